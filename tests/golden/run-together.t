# Issue 18: a word typed run together and read as its syllables ranks as those words typed
# apart: its pairs weigh as an article's heading and a document's name (with_words), and an
# article headed by the words comes first (headed_first). Read as a phrase that weighed its
# folded syllables only, "thuviec" put a decree's "nghiệm thu việc" (Nghị định 207/2026/NĐ-CP,
# dense with "nghiệm thu") above the Labour Code's Điều 24 "Thử việc" over the six folders.
# Excerpts: Nghị định 207/2026/NĐ-CP Điều 14 and 33 (congbao-8chude, chinh_sach_dn), Bộ luật
# Lao động 45/2019/QH14 Điều 13-24, and its Điều 13 alone (uts-vlc-laws).
<file name="in/nd207-dieu-33.txt">
Nghị định 207/2026/NĐ-CP

với yêu cầu thiết kế; nhà sản xuất, chế tạo; nơi sản xuất, chế tạo và các chứng 
từ chứng minh xuất xứ. 
6. Vật liệu, sản phẩm, cấu kiện, thiết bị phải được người giám sát thi công 
xây dựng của chủ đầu tư nghiệm thu trước khi đưa vào sử dụng cho công trình. 
Kết quả nghiệm thu phải được lập thành biên bản. Nội dung biên bản nghiệm 
thu vật liệu, sản phẩm, cấu kiện, thiết bị sử dụng cho công trình bao gồm những 
nội dung chủ yếu sau: tên, chủng loại, khối lượng, số sê-ri sản phẩm (nếu có) 
của từng lô vật liệu, sản phẩm, cấu kiện, thiết bị được nghiệm thu; thời gian, 
địa điểm, thành phần ký, kết luận nghiệm thu; các yêu cầu khác (nếu có); chữ 
ký, họ và tên, chức vụ của người ký biên bản; phụ lục kèm theo (nếu có). 
4. Chủ đầu tư có trách nhiệm kiểm tra, nghiệm thu việc thực hiện bảo hành 
của nhà thầu thi công xây dựng công trình, nhà thầu cung ứng thiết bị. 
5. Xác nhận hoàn thành việc bảo hành công trình xây dựng: 
cho các nhà thầu trong trường hợp kết quả kiểm tra, nghiệm thu việc thực hiện 
bảo hành của nhà thầu thi công xây dựng công trình, nhà thầu cung ứng thiết 
bị tại khoản 4 Điều này đạt yêu cầu; 
</file>
<file name="in/blld-dieu-24.txt">
Bộ luật Lao động

Điều 13. Hợp đồng lao động

1. Hợp đồng lao động là sự thỏa thuận giữa người lao động và người sử dụng lao động về việc làm có trả công, tiền lương, điều kiện lao động, quyền và nghĩa vụ của mỗi bên trong quan hệ lao động.

Trường hợp hai bên thỏa thuận bằng tên gọi khác nhưng có nội dung thể hiện về việc làm có trả công, tiền lương và sự quản lý, điều hành, giám sát của một bên thì được coi là hợp đồng lao động.

2. Trước khi nhận người lao động vào làm việc thì người sử dụng lao động phải giao kết hợp đồng lao động với người lao động.

Điều 14. Hình thức hợp đồng lao động

1. Hợp đồng lao động phải được giao kết bằng văn bản và được làm thành 02 bản, người lao động giữ 01 bản, người sử dụng lao động giữ 01 bản, trừ trường hợp quy định tại khoản 2 Điều này.

Hợp đồng lao động được giao kết thông qua phương tiện điện tử dưới hình thức thông điệp dữ liệu theo quy định của pháp luật về giao dịch điện tử có giá trị như hợp đồng lao động bằng văn bản.

2. Hai bên có thể giao kết hợp đồng lao động bằng lời nói đối với hợp đồng có thời hạn dưới 01 tháng, trừ trường hợp quy định tại khoản 2 Điều 18, điểm a khoản 1 Điều 145 và khoản 1 Điều 162 của Bộ luật này.

Điều 15. Nguyên tắc giao kết hợp đồng lao động

1. Tự nguyện, bình đẳng, thiện chí, hợp tác và trung thực.

2. Tự do giao kết hợp đồng lao động nhưng không được trái pháp luật, thỏa ước lao động tập thể và đạo đức xã hội.

Điều 16. Nghĩa vụ cung cấp thông tin khi giao kết hợp đồng lao động

1. Người sử dụng lao động phải cung cấp thông tin trung thực cho người lao động về công việc, địa điểm làm việc, điều kiện làm việc, thời giờ làm việc, thời giờ nghỉ ngơi, an toàn, vệ sinh lao động, tiền lương, hình thức trả lương, bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp, quy định về bảo vệ bí mật kinh doanh, bảo vệ bí mật công nghệ và vấn đề khác liên quan trực tiếp đến việc giao kết hợp đồng lao động mà người lao động yêu cầu.

2. Người lao động phải cung cấp thông tin trung thực cho người sử dụng lao động về họ tên, ngày tháng năm sinh, giới tính, nơi cư trú, trình độ học vấn, trình độ kỹ năng nghề, xác nhận tình trạng sức khỏe và vấn đề khác liên quan trực tiếp đến việc giao kết hợp đồng lao động mà người sử dụng lao động yêu cầu.

Điều 17. Hành vi người sử dụng lao động không được làm khi giao kết, thực hiện hợp đồng lao động

1. Giữ bản chính giấy tờ tùy thân, văn bằng, chứng chỉ của người lao động.

2. Yêu cầu người lao động phải thực hiện biện pháp bảo đảm bằng tiền hoặc tài sản khác cho việc thực hiện hợp đồng lao động.

3. Buộc người lao động thực hiện hợp đồng lao động để trả nợ cho người sử dụng lao động.

Điều 18. Thẩm quyền giao kết hợp đồng lao động

1. Người lao động trực tiếp giao kết hợp đồng lao động, trừ trường hợp quy định tại khoản 2 Điều này.

2. Đối với công việc theo mùa vụ, công việc nhất định có thời hạn dưới 12 tháng thì nhóm người lao động từ đủ 18 tuổi trở lên có thể ủy quyền cho một người lao động trong nhóm để giao kết hợp đồng lao động; trong trường hợp này, hợp đồng lao động phải được giao kết bằng văn bản và có hiệu lực như giao kết với từng người lao động.

Hợp đồng lao động do người được ủy quyền ký kết phải kèm theo danh sách ghi rõ họ tên, ngày tháng năm sinh, giới tính, nơi cư trú và chữ ký của từng người lao động.

3. Người giao kết hợp đồng lao động bên phía người sử dụng lao động là người thuộc một trong các trường hợp sau đây:

a) Người đại diện theo pháp luật của doanh nghiệp hoặc người được ủy quyền theo quy định của pháp luật;

b) Người đứng đầu cơ quan, tổ chức có tư cách pháp nhân theo quy định của pháp luật hoặc người được ủy quyền theo quy định của pháp luật;

c) Người đại diện của hộ gia đình, tổ hợp tác, tổ chức khác không có tư cách pháp nhân hoặc người được ủy quyền theo quy định của pháp luật;

d) Cá nhân trực tiếp sử dụng lao động.

4. Người giao kết hợp đồng lao động bên phía người lao động là người thuộc một trong các trường hợp sau đây:

a) Người lao động từ đủ 18 tuổi trở lên;

b) Người lao động từ đủ 15 tuổi đến chưa đủ 18 tuổi khi có sự đồng ý bằng văn bản của người đại diện theo pháp luật của người đó;

c) Người chưa đủ 15 tuổi và người đại diện theo pháp luật của người đó;

d) Người lao động được những người lao động trong nhóm ủy quyền hợp pháp giao kết hợp đồng lao động.

5. Người được ủy quyền giao kết hợp đồng lao động không được ủy quyền lại cho người khác giao kết hợp đồng lao động.

Điều 19. Giao kết nhiều hợp đồng lao động

1. Người lao động có thể giao kết nhiều hợp đồng lao động với nhiều người sử dụng lao động nhưng phải bảo đảm thực hiện đầy đủ các nội dung đã giao kết.

2. Người lao động đồng thời giao kết nhiều hợp đồng lao động với nhiều người sử dụng lao động thì việc tham gia bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp được thực hiện theo quy định của pháp luật về bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp và an toàn, vệ sinh lao động.

Điều 20. Loại hợp đồng lao động

1. Hợp đồng lao động phải được giao kết theo một trong các loại sau đây:

a) Hợp đồng lao động không xác định thời hạn là hợp đồng mà trong đó hai bên không xác định thời hạn, thời điểm chấm dứt hiệu lực của hợp đồng;

b) Hợp đồng lao động xác định thời hạn là hợp đồng mà trong đó hai bên xác định thời hạn, thời điểm chấm dứt hiệu lực của hợp đồng trong thời gian không quá 36 tháng kể từ thời điểm có hiệu lực của hợp đồng.

2. Khi hợp đồng lao động quy định tại điểm b khoản 1 Điều này hết hạn mà người lao động vẫn tiếp tục làm việc thì thực hiện như sau:

a) Trong thời hạn 30 ngày kể từ ngày hợp đồng lao động hết hạn, hai bên phải ký kết hợp đồng lao động mới; trong thời gian chưa ký kết hợp đồng lao động mới thì quyền, nghĩa vụ và lợi ích của hai bên được thực hiện theo hợp đồng đã giao kết;

b) Nếu hết thời hạn 30 ngày kể từ ngày hợp đồng lao động hết hạn mà hai bên không ký kết hợp đồng lao động mới thì hợp đồng đã giao kết theo quy định tại điểm b khoản 1 Điều này trở thành hợp đồng lao động không xác định thời hạn;

c) Trường hợp hai bên ký kết hợp đồng lao động mới là hợp đồng lao động xác định thời hạn thì cũng chỉ được ký thêm 01 lần, sau đó nếu người lao động vẫn tiếp tục làm việc thì phải ký kết hợp đồng lao động không xác định thời hạn, trừ hợp đồng lao động đối với người được thuê làm giám đốc trong doanh nghiệp có vốn nhà nước và trường hợp quy định tại khoản 1 Điều 149, khoản 2 Điều 151 và khoản 4 Điều 177 của Bộ luật này.

Điều 21. Nội dung hợp đồng lao động

1. Hợp đồng lao động phải có những nội dung chủ yếu sau đây:

a) Tên, địa chỉ của người sử dụng lao động và họ tên, chức danh của người giao kết hợp đồng lao động bên phía người sử dụng lao động;

b) Họ tên, ngày tháng năm sinh, giới tính, nơi cư trú, số thẻ Căn cước công dân, Chứng minh nhân dân hoặc hộ chiếu của người giao kết hợp đồng lao động bên phía người lao động;

c) Công việc và địa điểm làm việc;

d) Thời hạn của hợp đồng lao động;

đ) Mức lương theo công việc hoặc chức danh, hình thức trả lương, thời hạn trả lương, phụ cấp lương và các khoản bổ sung khác;

e) Chế độ nâng bậc, nâng lương;

g) Thời giờ làm việc, thời giờ nghỉ ngơi;

h) Trang bị bảo hộ lao động cho người lao động;

i) Bảo hiểm xã hội, bảo hiểm y tế và bảo hiểm thất nghiệp;

k) Đào tạo, bồi dưỡng, nâng cao trình độ, kỹ năng nghề.

2. Khi người lao động làm việc có liên quan trực tiếp đến bí mật kinh doanh, bí mật công nghệ theo quy định của pháp luật thì người sử dụng lao động có quyền thỏa thuận bằng văn bản với người lao động về nội dung, thời hạn bảo vệ bí mật kinh doanh, bảo vệ bí mật công nghệ, quyền lợi và việc bồi thường trong trường hợp vi phạm.

3. Đối với người lao động làm việc trong lĩnh vực nông nghiệp, lâm nghiệp, ngư nghiệp, diêm nghiệp thì tùy theo loại công việc mà hai bên có thể giảm một số nội dung chủ yếu của hợp đồng lao động và thỏa thuận bổ sung nội dung về phương thức giải quyết trong trường hợp thực hiện hợp đồng chịu ảnh hưởng của thiên tai, hỏa hoạn, thời tiết.

4. Chính phủ quy định nội dung của hợp đồng lao động đối với người lao động được thuê làm giám đốc trong doanh nghiệp có vốn nhà nước.

5. Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định chi tiết các khoản 1, 2 và 3 Điều này.

Điều 22. Phụ lục hợp đồng lao động

1. Phụ lục hợp đồng lao động là bộ phận của hợp đồng lao động và có hiệu lực như hợp đồng lao động.

2. Phụ lục hợp đồng lao động quy định chi tiết, sửa đổi, bổ sung một số điều, khoản của hợp đồng lao động nhưng không được sửa đổi thời hạn của hợp đồng lao động.

Trường hợp phụ lục hợp đồng lao động quy định chi tiết một số điều, khoản của hợp đồng lao động mà dẫn đến cách hiểu khác với hợp đồng lao động thì thực hiện theo nội dung của hợp đồng lao động.

Trường hợp phụ lục hợp đồng lao động sửa đổi, bổ sung một số điều, khoản của hợp đồng lao động thì phải ghi rõ nội dung điều, khoản sửa đổi, bổ sung và thời điểm có hiệu lực.

Điều 23. Hiệu lực của hợp đồng lao động

Hợp đồng lao động có hiệu lực kể từ ngày hai bên giao kết, trừ trường hợp hai bên có thỏa thuận hoặc pháp luật có quy định khác.

Điều 24. Thử việc

1. Người sử dụng lao động và người lao động có thể thỏa thuận nội dung thử việc ghi trong hợp đồng lao động hoặc thỏa thuận về thử việc bằng việc giao kết hợp đồng thử việc.

2. Nội dung chủ yếu của hợp đồng thử việc gồm thời gian thử việc và nội dung quy định tại các điểm a, b, c, đ, g và h khoản 1 Điều 21 của Bộ luật này.

3. Không áp dụng thử việc đối với người lao động giao kết hợp đồng lao động có thời hạn dưới 01 tháng.

</file>
<file name="in/blld-dieu-13.txt">
Bộ luật Lao động

Điều 13. Hợp đồng lao động

1. Hợp đồng lao động là sự thỏa thuận giữa người lao động và người sử dụng lao động về việc làm có trả công, tiền lương, điều kiện lao động, quyền và nghĩa vụ của mỗi bên trong quan hệ lao động.

Trường hợp hai bên thỏa thuận bằng tên gọi khác nhưng có nội dung thể hiện về việc làm có trả công, tiền lương và sự quản lý, điều hành, giám sát của một bên thì được coi là hợp đồng lao động.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
# Run together: the article headed "Thử việc" first, as with the words typed apart.
$ tracuu search --db db --json 'thuviec' | jq -r .source
> blld-dieu-24.txt
> nd207-dieu-33.txt
! tracuu: showing results for thu viec (read 'thuviec' as 'thu viec')
? 0
$ tracuu search --db db --json 'thu viec' | jq -r .source
> blld-dieu-24.txt
> nd207-dieu-33.txt
? 0
# Quoted, a phrase ranks by its syllables, as asked (unchanged).
$ tracuu search --db db --json '"thu viec"' | jq -r .source
> nd207-dieu-33.txt
> blld-dieu-24.txt
? 0
