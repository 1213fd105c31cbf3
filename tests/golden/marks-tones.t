# Issue 18: a short query typed with marks ranks and marks its exact words first. "đình công"
# (strike) and "định công" (of "quyết định công nhận") fold to one pair, "dinh_cong"; the index
# weighs a pair typed with marks only in texts that hold its marked words ("đình" and "công"
# somewhere), ranks the texts of its first page that write the pair as typed first, and marks no
# syllable of the pair in other tones. (h10e's XB, every pair as written in the index, made the
# index a fifth larger and is gone.)
# Excerpts, short: Luật Du lịch 09/2017/QH14 (uts-vlc-laws, Điều 23-26, 50), Thông tư
# 02/2025/TT-BLĐTBXH biểu 112 (congbao-8chude, bhxh), VBHN 5162/VBHN-BLĐTBXH Điều 7 (congbao,
# cong_doan), Bộ luật Lao động Điều 24 and 90, Luật Công đoàn Điều 1-3 (uts-vlc-laws).
<file name="tone/du-lich-50.txt">
Luật Du lịch

1. Cá nhân, hộ gia đình nơi phát triển du lịch cộng đồng được ưu đãi, khuyến khích cung cấp dịch vụ lưu trú, ăn uống; hướng dẫn khách du lịch tham quan, trải nghiệm văn hóa, nếp sống tại cộng đồng; sản xuất hàng hóa, hàng thủ công truyền thống và các dịch vụ khác phục vụ khách du lịch.
2. Ủy ban nhân dân cấp tỉnh tổ chức nghiên cứu, khảo sát, lựa chọn địa điểm có tiềm năng phát triển du lịch cộng đồng; có chính sách hỗ trợ về trang thiết bị cần thiết ban đầu và bồi dưỡng kiến thức, kỹ năng phục vụ khách du lịch cho cá nhân, hộ gia đình trong cộng đồng tham gia cung cấp dịch vụ du lịch; hỗ trợ xúc tiến sản phẩm du lịch cộng đồng.
c) Trong thời hạn 10 ngày kể từ ngày nhận được kết quả thẩm định, Ủy ban nhân dân cấp tỉnh quyết định công nhận điểm du lịch; trường hợp từ chối, phải trả lời bằng văn bản và nêu rõ lý do.
3. Ủy ban nhân dân cấp tỉnh thu hồi quyết định công nhận điểm du lịch trong trường hợp điểm du lịch không còn bảo đảm điều kiện quy định tại khoản 1 Điều 23 của Luật này.
c) Trong thời hạn 15 ngày kể từ ngày nhận được kết quả thẩm định, Ủy ban nhân dân cấp tỉnh quyết định công nhận khu du lịch cấp tỉnh; trường hợp từ chối, phải trả lời bằng văn bản và nêu rõ lý do.
3. Đối với khu du lịch nằm trên địa bàn từ 02 đơn vị hành chính cấp huyện trở lên, cơ quan chuyên môn về du lịch cấp tỉnh lập hồ sơ đề nghị công nhận khu du lịch cấp tỉnh. Ủy ban nhân dân cấp tỉnh thành lập hội đồng thẩm định, quyết định công nhận khu du lịch cấp tỉnh.
4. Ủy ban nhân dân cấp tỉnh thu hồi quyết định công nhận khu du lịch cấp tỉnh trong trường hợp khu du lịch không còn bảo đảm điều kiện quy định tại khoản 1 Điều 26 của Luật này.
c) Trong thời hạn 15 ngày kể từ ngày nhận được kết quả thẩm định, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch quyết định công nhận và phối hợp với Ủy ban nhân dân cấp tỉnh tổ chức công bố khu du lịch quốc gia; trường hợp từ chối, phải trả lời bằng văn bản và nêu rõ lý do.
4. Người có thẩm quyền công nhận khu du lịch quốc gia thu hồi quyết định công nhận trong trường hợp khu du lịch không còn bảo đảm điều kiện quy định tại khoản 2 Điều 26 của Luật này.
3. Thẩm quyền thẩm định, công nhận hạng cơ sở lưu trú du lịch được quy định như sau:

a) Tổng cục Du lịch thẩm định, công nhận cơ sở lưu trú du lịch hạng 04 sao và hạng 05 sao;

b) Cơ quan chuyên môn về du lịch cấp tỉnh thẩm định, công nhận cơ sở lưu trú du lịch hạng 01 sao, hạng 02 sao và hạng 03 sao.
b) Trong thời hạn 30 ngày kể từ ngày nhận được hồ sơ hợp lệ, cơ quan nhà nước có thẩm quyền chủ trì, phối hợp với tổ chức xã hội - nghề nghiệp về du lịch thẩm định và ra quyết định công nhận hạng cơ sở lưu trú du lịch; trường hợp không công nhận, phải thông báo bằng văn bản và nêu rõ lý do.
</file>
<file name="tone/tt02-bieu112.txt">
các bên trong quan hệ lao động.
Tranh chấp lao động bao gồm tranh chấp lao động cá nhân giữa người lao
động với người sử dụng lao động và tranh chấp lao động tập thể giữa tập thể lao
động với người sử dụng lao động.
Tập thể lao động là tập hợp có tổ chức của người lao động cùng làm việc cho
một người sử dụng lao động hoặc trong một bộ phận thuộc cơ cấu tổ chức của
người sử dụng lao động.
 Tranh chấp lao động tập thể về quyền là tranh chấp giữa tập thể lao động với
người sử dụng lao động phát sinh từ việc giải thích và thực hiện khác nhau quy
định của pháp luật về lao động, thỏa ước lao động tập thể, nội quy lao động, quy
chế và thỏa thuận hợp pháp khác.
Tranh chấp lao động tập thể về lợi ích là tranh chấp lao động phát sinh từ việc
tập thể lao động yêu cầu xác lập các điều kiện lao động mới so với quy định của
pháp luật về lao động, thỏa ước lao động tập thể, nội quy lao động hoặc các quy
chế, thỏa thuận hợp pháp khác trong quá trình thương lượng giữa tập thể lao động
với người sử dụng lao động.
Số người tham gia đình công là những người lao động cùng làm việc trong một
</file>
<file name="tone/vbhn5162-7.txt">
đủ giấy tờ theo quy định tại khoản 1 Điều này, có trách nhiệm xác nhận bản
khai và gửi đầy đủ giấy tờ đến cơ quan có thẩm quyền quy định tại Điều 6 Nghị
định này.
3. Cơ quan có thẩm quyền trong thời gian 20 ngày kể từ ngày nhận đủ giấy tờ,
có trách nhiệm xem xét, ban hành quyết định công nhận theo Mẫu số 49 Phụ lục I
Nghị định này và chuyển hồ sơ đến Sở Lao động -Thương binh và Xã hội nơi
người hưởng trợ cấp thường trú để giải quyết chế độ ưu đãi.
</file>
<file name="tone/cong-doan-1.txt">
Luật Công đoàn

Điều 1. Công đoàn

Công đoàn là tổ chức chính trị - xã hội rộng lớn của giai cấp công nhân và của người lao động, được thành lập trên cơ sở tự nguyện, là thành viên trong hệ thống chính trị của xã hội Việt Nam, dưới sự lãnh đạo của Đảng Cộng sản Việt Nam; đại diện cho cán bộ, công chức, viên chức, công nhân và những người lao động khác (sau đây gọi chung là người lao động), cùng với cơ quan nhà nước, tổ chức kinh tế, tổ chức xã hội chăm lo và bảo vệ quyền, lợi ích hợp pháp, chính đáng của người lao động; tham gia quản lý nhà nước, quản lý kinh tế - xã hội, tham gia thanh tra, kiểm tra, giám sát hoạt động của cơ quan nhà nước, tổ chức, đơn vị, doanh nghiệp; tuyên truyền, vận động người lao động học tập nâng cao trình độ, kỹ năng nghề nghiệp, chấp hành pháp luật, xây dựng và bảo vệ Tổ quốc Việt Nam xã hội chủ nghĩa.

Điều 2. Phạm vi điều chỉnh

Luật này quy định về quyền thành lập, gia nhập và hoạt động công đoàn của người lao động; chức năng, quyền, trách nhiệm của Công đoàn; quyền, trách nhiệm của đoàn viên công đoàn; trách nhiệm của Nhà nước, cơ quan nhà nước, tổ chức, đơn vị, doanh nghiệp sử dụng lao động đối với Công đoàn; bảo đảm hoạt động của Công đoàn; giải quyết tranh chấp và xử lý vi phạm pháp luật về công đoàn.

Điều 3. Đối tượng áp dụng

 Luật này áp dụng đối với công đoàn các cấp, cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội, tổ chức chính trị xã hội - nghề nghiệp, tổ chức xã hội - nghề nghiệp, đơn vị, doanh nghiệp, tổ chức khác có sử dụng lao động theo quy định của pháp luật về lao động, cơ quan, tổ chức nước ngoài, tổ chức quốc tế hoạt động trên lãnh thổ Việt Nam có liên quan đến tổ chức và hoạt động công đoàn (sau đây gọi chung là cơ quan, tổ chức, doanh nghiệp), đoàn viên công đoàn và người lao động.

Điều 4. Giải thích từ ngữ

Trong Luật này, các từ ngữ dưới đây được hiểu như sau:
</file>
<file name="tone/blld-24.txt">
Điều 24. Thử việc

1. Người sử dụng lao động và người lao động có thể thỏa thuận nội dung thử việc ghi trong hợp đồng lao động hoặc thỏa thuận về thử việc bằng việc giao kết hợp đồng thử việc.

2. Nội dung chủ yếu của hợp đồng thử việc gồm thời gian thử việc và nội dung quy định tại các điểm a, b, c, đ, g và h khoản 1 Điều 21 của Bộ luật này.

3. Không áp dụng thử việc đối với người lao động giao kết hợp đồng lao động có thời hạn dưới 01 tháng.
</file>
<file name="tone/blld-90.txt">
Điều 90. Tiền lương

1. Tiền lương là số tiền mà người sử dụng lao động trả cho người lao động theo thỏa thuận để thực hiện công việc, bao gồm mức lương theo công việc hoặc chức danh, phụ cấp lương và các khoản bổ sung khác.

2. Mức lương theo công việc hoặc chức danh không được thấp hơn mức lương tối thiểu.
</file>
$ tracuu ingest --quiet --no-progress --db db --root tone tone
? 0
# The one text that writes "đình công" first, above the tourism law that only has "quyết định
# công nhận" and "hộ gia đình": the first page's texts are read where the folded pair stands
# (query/search.c, written_first). The text holding neither "đình" nor the pair as typed (VBHN
# 5162: "quyết định công nhận", "Nghị định") last.
$ tracuu search --db db --json 'đình công' | jq -r .source
> tt02-bieu112.txt
> du-lich-50.txt
> cong-doan-1.txt
> vbhn5162-7.txt
? 0
# The second page starts where the first, so ordered, left off.
$ tracuu search --db db --json -n 1 --offset 1 'đình công' | jq -r .source
> du-lich-50.txt
? 0
# A text longer than a passage is read only where its folded pairs stand: Luật Công đoàn's
# "giai cấp công nhân" above the tourism law's many "công nhận".
$ tracuu search --db db --json 'công nhân' | jq -r .source | head -2
> cong-doan-1.txt
> du-lich-50.txt
? 0
# The folded pair weighs only where both marked words stand.
$ tracuu search --db db --explain 'đình công' 2>&1 >/dev/null
~ \(Bdinh_cong FILTER đình FILTER công\)
? 0
# Its excerpt marks no "định công": a syllable in other tones is no word of a pair typed with
# marks ("quyết định «công» nhận", not "quyết «định công» nhận"; not "Nghị «định»" either).
$ tracuu search --db db 'đình công' | grep -c 'định»\|«định'
> 0
? 1
$ tracuu search --db db 'đình công' | grep -F 'vbhn5162' -A1 | tail -1
>    … từ ngày nhận đủ giấy tờ, có trách nhiệm xem xét, ban hành quyết định «công» nhận theo Mẫu số 49 Phụ lục I Nghị định này và chuyển hồ sơ đến Sở Lao động -Thương binh và Xã hội nơi người hưởng trợ cấp thường trú …
? 0
# Without marks every spelling matches, as before, and is marked.
$ tracuu search --db db --json 'dinh cong' | jq -r .source | sort
> cong-doan-1.txt
> du-lich-50.txt
> tt02-bieu112.txt
> vbhn5162-7.txt
? 0
$ tracuu search --db db 'dinh cong' | grep -c '«định công»'
> 2
? 0
# Three words that all join count their pairs three times more where they stand as a phrase,
# typed with marks where their marked words stand: "người phụ thuộc" above a text holding
# "người phụ nữ" and "thuộc" apart.
$ tracuu search --db db --explain 'người phụ thuộc' 2>&1 >/dev/null
~ 3 \* \(\(\(Bnguoi_phu FILTER người FILTER phụ\) AND \(Bphu_thuoc FILTER phụ FILTER thuộc\)\) AND 0 \* \(\(\(Fnguoi PHRASE 3 Fphu PHRASE 3 Fthuoc\) AND_MAYBE 0 \* Fnguoi\)
? 1
# Words typed that are an article's heading whole weigh so only where the text holds their
# words with the marks typed: "công nhân" weighs no "Điều 1. Công nhận" in a text without "nhân".
$ tracuu search --db db --explain 'công nhân' 2>&1 >/dev/null
~ FixedWeightPostingSource.*FILTER \(Bcong_nhan FILTER công FILTER nhân\)
