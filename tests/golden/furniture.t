<file name="in/bhxh-58.txt">
 
38 
CÔNG BÁO/Số 1093 + 1094/Ngày 30-8-2025 
  
Mục 2 
CHẾ ĐỘ THAI SẢN 
 
Điều 50. Đối tượng và điều kiện hưởng chế độ thai sản 
1. Đối tượng quy định tại các điểm a, b, c, d, i, k, l, m và n khoản 1 và khoản 2 
Điều 2 của Luật này được hưởng chế độ thai sản khi thuộc một trong các trường 
hợp sau đây: 
a) Lao động nữ mang thai; 
b) Lao động nữ sinh con; 
c) Lao động nữ mang thai hộ; 
d) Lao động nữ nhờ mang thai hộ; 
đ) Người lao động nhận nuôi con nuôi dưới 06 tháng tuổi; 
e) Người lao động sử dụng các biện pháp tránh thai mà các biện pháp đó phải 
được thực hiện tại cơ sở khám bệnh, chữa bệnh; 
5. Đối tượng quy định tại điểm b khoản 1 Điều này đã đóng bảo hiểm xã hội 
bắt buộc từ đủ 06 tháng trở lên trong thời gian 24 tháng liền kề trước khi sinh con 
đối với trường hợp phải nghỉ việc để điều trị vô sinh. 

 
 
CÔNG BÁO/Số 1093 + 1094/Ngày 30-8-2025 
39 
 
Điều 51. Thời gian nghỉ việc hưởng chế độ thai sản khi khám thai 
1. Lao động nữ mang thai được nghỉ việc hưởng chế độ thai sản để đi khám 
thai tối đa 05 lần, mỗi lần không quá 02 ngày. 
2. Thời gian nghỉ việc hưởng chế độ thai sản khi khám thai được tính theo 
ngày làm việc không kể ngày nghỉ lễ, tết, ngày nghỉ hằng tuần. 
Điều 53. Thời gian nghỉ việc hưởng chế độ thai sản khi sinh con 
1. Thời gian nghỉ việc hưởng chế độ thai sản của lao động nữ khi sinh con 
được thực hiện theo quy định tại khoản 1 Điều 139 của Bộ luật Lao động. 
Trường hợp lao động nữ trở lại làm việc trước khi hết thời gian nghỉ việc 
hưởng chế độ thai sản khi sinh con theo quy định tại khoản 4 Điều 139 của Bộ luật 
Lao động thì được hưởng tiền lương của những ngày làm việc do người sử dụng 
lao động trả và tiếp tục được hưởng trợ cấp thai sản theo mức quy định tại Điều 59 
của Luật này; người sử dụng lao động và người lao động có trách nhiệm đóng bảo 
hiểm xã hội bắt buộc cho thời gian người lao động trở lại làm việc. 
2. Lao động nam đang tham gia bảo hiểm xã hội bắt buộc khi vợ sinh con được 
nghỉ việc hưởng chế độ thai sản với thời gian như sau: 

 
40 
CÔNG BÁO/Số 1093 + 1094/Ngày 30-8-2025 
  
a) 05 ngày làm việc; 
b) 07 ngày làm việc khi vợ sinh con phải phẫu thuật hoặc sinh con dưới 
32 tuần tuổi; 
c) Trường hợp vợ sinh đôi thì được nghỉ 10 ngày làm việc. Trường hợp sinh ba 
trở lên thì được nghỉ thêm 03 ngày làm việc cho mỗi con tính từ con thứ ba trở đi; 
d) Trường hợp vợ sinh đôi phải phẫu thuật thì được nghỉ 14 ngày làm việc. 
Trường hợp sinh ba trở lên phải phẫu thuật thì được nghỉ thêm 03 ngày làm việc 
cho mỗi con tính từ con thứ ba trở đi. 
6. Trường hợp cha hoặc người trực tiếp nuôi dưỡng không nghỉ việc theo quy 
định tại khoản 5 Điều này thì ngoài tiền lương còn được hưởng trợ cấp thai sản đối 
với thời gian còn lại của người mẹ kể từ ngày liền kề sau ngày người mẹ chết theo 
quy định tại khoản 1 Điều này. 
7. Trường hợp chỉ có cha tham gia bảo hiểm xã hội bắt buộc mà mẹ chết sau 
khi sinh con hoặc gặp rủi ro sau khi sinh mà không đủ sức khỏe để chăm sóc con 
theo xác nhận của cơ sở khám bệnh, chữa bệnh thì cha được nghỉ việc hưởng chế 
độ thai sản cho đến khi con đủ 06 tháng tuổi. 

 
 
CÔNG BÁO/Số 1093 + 1094/Ngày 30-8-2025 
41 
 
8. Đối với trường hợp lao động nữ sinh con, người lao động nhận nuôi con 
nuôi dưới 06 tháng tuổi, lao động nữ mang thai hộ khi sinh con, lao động nữ nhờ 
mang thai hộ thì thời gian nghỉ việc hưởng chế độ thai sản được tính là thời gian 
đóng bảo hiểm xã hội bắt buộc, người lao động và người sử dụng lao động không 
phải đóng bảo hiểm xã hội. 
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu show --db db bhxh-58.txt | grep -cE "CÔNG BÁO|^ *(38|39|40|41) *$"
> 0
? 1
# The sentence before a page's head, and the one a page break cuts.
$ tracuu search --db db --json 'điều trị vô sinh' | jq -r .excerpt
> … kề trước khi sinh con đối với trường hợp phải nghỉ việc để điều trị vô sinh. Điều 51. Thời gian nghỉ việc hưởng chế độ thai sản khi khám thai 1. Lao động nữ mang thai được nghỉ việc hưởng chế độ thai sản để …
? 0
$ tracuu search --db db --json 'thời gian như sau' | jq -r .excerpt
> … bắt buộc cho thời gian người lao động trở lại làm việc. 2. Lao động nam đang tham gia bảo hiểm xã hội bắt buộc khi vợ sinh con được nghỉ việc hưởng chế độ thai sản với thời gian như sau: a) 05 ngày làm việc; b) 07 ngày …
? 0
$ tracuu search --db db --json '"chế độ thai sản với thời gian như sau: a) 05 ngày làm việc"' | jq -r .source
> bhxh-58.txt
? 0
# The gazette's running head is no label dating the page as it stands; with nothing else to
# date this continued text (no letterhead, no dateline), the day the gazette published it is its
# publication date (date-floor.t).
$ tracuu show --db db --json bhxh-58.txt | jq -c '{date, date_inferred}'
> {"date":"2025-08-30","date_inferred":false}
? 0
# A table's repeated cell beside its rising row numbers is no running head
# (news-dantri-unc/docs/news_education_055.txt, cut short): a row is
# shorter than a page.
<file name="table/news_education_055.txt">
Điểm trúng tuyển từ kết quả thi THPT
Khối ngành/Ngành/
Tổ hợp xét tuyển
Năm tuyển sinh 2019
Năm tuyển sinh 2020
Chỉ tiêu
Số trúng tuyển
Điểm trúng tuyển
Chỉ tiêu
Số trúng tuyển
Điểm trúng tuyển
Khối ngành III
1
Kế toán
360
340
25.35
240
246
27.15
(A00, A01, D01, D07)
2
Kiểm toán
-
-
-
120
118
27.55
(A00, A01, D01, D07)
3
Kinh doanh quốc tế
120
116
26.15
120
124
27.8
(A00, A01, D01, D07)
4
Marketing
250
250
25.6
250
248
27.55
(A00, A01, D01, D07)
</file>
$ tracuu ingest --quiet --no-progress --db tdb --root table table && tracuu show --db tdb news_education_055.txt | grep -c '^(A00, A01, D01, D07)$'
> 4
? 0
# Markdown (issue 17): a .md document is stored as the text it shows, so
# excerpts, show, phrases and the structure reader see no marks: emphasis,
# escapes ("57\-NQ/TW"), heading marks, tables' pipes (each cell on a line of
# its own). From party-docs-nq57/docs/57-NQ-TW_document-layout.md and
# tvpl-legal-news (qa_explainers, gov_news_and_docs, legal_docs), cut short.
<file name="md/57-NQ-TW.md">
**BAN CHẤP HÀNH TRUNG ƯƠNG**   
**ĐẢNG CỘNG SẢN VIỆT NAM** 

Số 57\-NQ/TW   
*Hà Nội*, *ngày 22 tháng 12 năm 2024* 

**NGHỊ QUYẾT** 

CỦA BỘ CHÍNH TRỊ   
**về đột phá phát triển khoa học, công nghệ**, **đổi mới sáng tạo và chuyển** đổi **số quốc gia** 

Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đang là yếu tố quyết định phát triển của các quốc gia; là điều kiện tiên quyết, thời cơ tốt nhất để nước ta phát triển giàu mạnh, hùng cường trong kỷ nguyên mới \- kỷ nguyên vươn mình của Dân tộc. 

**I- QUAN ĐIỂM CHỈ ĐẠO** 

**1\.** Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia *là đột phá* quan trọng hàng đầu, là động lực chính để phát triển nhanh lực lượng sản xuất hiện đại.
</file>
<file name="md/luong.md">
# Lương tối thiểu vùng phường Cao Xanh tỉnh Quảng Ninh từ 1/1/2026? Phường Cao Xanh thuộc vùng mấy theo Nghị định 293?

Theo Điều 3 Nghị định 293/2025/NĐ-CP quy định mức lương tối thiểu tháng và mức lương tối thiểu giờ đối với người lao động làm việc cho người sử dụng lao động theo vùng như sau:

|
|
|
Vùng I | 5.310.000 | 25.500 |
Vùng II | 4.730.000 | 22.700 |
Vùng III | 4.140.000 | 20.000 |
Vùng IV | 3.700.000 | 17.800 |
</file>
<file name="md/ap-dung.md">
## Áp dụng mức lương tối thiểu

Về áp dụng mức lương tối thiểu, Nghị định quy định: Mức lương tối thiểu tháng là mức lương thấp nhất làm cơ sở để thỏa thuận và trả lương đối với người lao động áp dụng hình thức trả lương theo tháng, bảo đảm mức lương theo công việc hoặc chức danh của người lao động làm việc đủ thời giờ làm việc bình thường trong tháng và hoàn thành định mức lao động hoặc công việc đã thỏa thuận không được thấp hơn mức lương tối thiểu tháng.
</file>
<file name="md/518.md">
**Điều 1. Phạm vi điều
chỉnh và đối tượng áp dụng**
1. Phạm vi điều chỉnh
Quyết định này quy định
về phân cấp tuyển dụng viên chức, tiếp nhận vào viên chức, thăng hạng chức danh
nghề nghiệp viên chức trong các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân
cấp xã trên địa bàn tỉnh Lai Châu.
2. Đối tượng áp dụng
a) Ủy ban nhân dân các
xã, phường (gọi chung là UBND cấp xã);
b) Chủ tịch UBND cấp xã;
c) Các đơn vị sự nghiệp
công lập thuộc UBND cấp xã (gọi chung là đơn vị);
d) Viên chức trong các
đơn vị sự nghiệp công lập thuộc UBND cấp xã (gọi chung là viên chức);
đ) Các tổ chức, cá nhân
khác có liên quan.
</file>
$ tracuu ingest --quiet --no-progress --db mdb --root md md
? 0
$ for f in 57-NQ-TW.md luong.md ap-dung.md 518.md; do tracuu show --db mdb "$f" | sed '1,/^$/d' | grep -c '[*#|\\]'; done
> 0
> 0
> 0
> 0
? 1
$ tracuu show --db mdb 57-NQ-TW.md | sed '1,/^$/d' | head -9
> BAN CHẤP HÀNH TRUNG ƯƠNG
> ĐẢNG CỘNG SẢN VIỆT NAM
> 
> Số 57-NQ/TW
> Hà Nội, ngày 22 tháng 12 năm 2024
> 
> NGHỊ QUYẾT
> 
> CỦA BỘ CHÍNH TRỊ
? 0
$ tracuu search --db mdb --json 'kỷ nguyên vươn mình' | jq -r .excerpt
> … tốt nhất để nước ta phát triển giàu mạnh, hùng cường trong kỷ nguyên mới - kỷ nguyên vươn mình của Dân tộc. I- QUAN ĐIỂM CHỈ ĐẠO 1. Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia là …
? 0
$ tracuu search --db mdb --json '"là đột phá quan trọng hàng đầu"' | jq -r .source
> 57-NQ-TW.md
? 0
$ tracuu search --db mdb --json 'Vùng II' | jq -r .excerpt
> … cho người sử dụng lao động theo vùng như sau: Vùng I 5.310.000 25.500 Vùng II 4.730.000 22.700 Vùng III 4.140.000 20.000 Vùng IV 3.700.000 17.800
? 0
$ tracuu show --db mdb luong.md | sed '1,/^$/d' | tail -12
> Vùng I
> 5.310.000
> 25.500
> Vùng II
> 4.730.000
> 22.700
> Vùng III
> 4.140.000
> 20.000
> Vùng IV
> 3.700.000
> 17.800
? 0
$ tracuu search --db mdb --json 'áp dụng mức lương tối thiểu' | jq -r .excerpt
> Áp dụng mức lương tối thiểu Về áp dụng mức lương tối thiểu, Nghị định quy định: Mức lương tối thiểu tháng là mức lương thấp nhất làm cơ sở để thỏa thuận và trả lương đối với người lao động áp dụng hình …
> Lương tối thiểu vùng phường Cao Xanh tỉnh Quảng Ninh từ 1/1/2026? Phường Cao Xanh thuộc vùng mấy theo Nghị định 293? Theo Điều 3 Nghị định 293/2025/NĐ-CP quy định mức lương tối thiểu tháng và mức lương tối thiểu giờ đối …
> Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng 1. Phạm vi điều chỉnh Quyết định này quy định về phân cấp tuyển dụng viên chức, tiếp nhận vào viên chức, thăng hạng chức danh nghề nghiệp viên chức trong các đơn vị …
> … NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đang là yếu tố quyết định …
? 0
# A heading in bold over two lines is one article heading.
$ tracuu show --db mdb --json --article 1 518.md | jq -r '.article.heading // .article'
> Phạm vi điều chỉnh và đối tượng áp dụng
? 0
# Articles are a regulation's own (issue 17): a Q&A page that quotes
# "Điều 53" of one law and "Điều 139" of another (tvpl-legal-news,
# qa_explainers/052a918ab6a383e6.md, cut short) has no articles: no result
# from it is labelled with an article it quotes, least of all one its
# excerpt is not in.
<file name="qa/052a918ab6a383e6.md">
# Hướng dẫn xác định điều kiện hưởng chế độ thai sản áp dụng từ 1/7/2025 theo Thông tư 12 ra sao?

## Thời gian lao động nữ nghỉ việc hưởng chế độ thai sản khi sinh con là bao lâu?

Căn cứ tại khoản 1 Điều 53 Luật Bảo hiểm xã hôi 2024 quy định về thời gian nghỉ việc hưởng chế độ thai sản khi sinh con như sau:

Điều 53. Thời gian nghỉ việc hưởng chế độ thai sản khi sinh con

1. Thời gian nghỉ việc hưởng chế độ thai sản của lao động nữ khi sinh con được thực hiện theo quy định tại khoản 1 Điều 139 của Bộ luật Lao động.

Trường hợp lao động nữ trở lại làm việc trước khi hết thời gian nghỉ việc hưởng chế độ thai sản khi sinh con theo quy định tại khoản 4 Điều 139 của Bộ luật Lao động thì được hưởng tiền lương của những ngày làm việc do người sử dụng lao động trả và tiếp tục được hưởng trợ cấp thai sản theo mức quy định tại Điều 59 của Luật này; người sử dụng lao động và người lao động có trách nhiệm đóng bảo hiểm xã hội bắt buộc cho thời gian người lao động trở lại làm việc.

...

Dẫn chiếu, tại khoản 1 Điều 139 Bộ luật Lao động 2019 quy định về nghỉ thai sản như sau:

Điều 139. Nghỉ thai sản

1. Lao động nữ được nghỉ thai sản trước và sau khi sinh con là 06 tháng; thời gian nghỉ trước khi sinh không quá 02 tháng.

Trường hợp lao động nữ sinh đôi trở lên thì tính từ con thứ 02 trở đi, cứ mỗi con, người mẹ được nghỉ thêm 01 tháng.

...

Như vậy, theo các quy định trên thì thời gian lao động nữ nghỉ việc hưởng chế độ thai sản khi sinh con cả trước và sau khi sinh là 06 tháng. Trong đó, thời gian nghỉ trước khi sinh không quá 02 tháng.

</file>
# A regulation's own text copied off a page (tvpl-legal-news legal_docs/
# 355bcc582867074b.md, cut short): its number in a table's cell ("Số: … |"),
# its type heading glued to the bold after it ("**NGHỊ ĐỊNH****Về …**"): it
# keeps its articles, and the heading is a line of its own.
<file name="qa/355bcc582867074b.md">
Số: 173/2025/NĐ-CP |
|

**NGHỊ ĐỊNH****Về hợp đồng thực hiện nhiệm vụ của công chức**

**Về hợp đồng thực hiện nhiệm vụ của công chức**

_______________


*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*

*Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;*

*Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;*

*Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;*

*Theo đề nghị của Bộ trưởng Bộ Nội vụ;*

*Chính phủ ban hành Nghị định về hợp đồng thực hiện nhiệm vụ của công chức.*


**Chương I****QUY ĐỊNH CHUNG**

**QUY ĐỊNH CHUNG**


**Điều 1. Phạm vi điều chỉnh**

</file>
$ tracuu ingest --quiet --no-progress --db qdb --root qa qa
? 0
$ tracuu search --db qdb --json 'nghỉ thai sản bao nhiêu tháng' | jq -c '{source, article: (.article.number // null)}'
> {"source":"052a918ab6a383e6.md","article":null}
> {"source":"355bcc582867074b.md","article":null}
? 0
$ tracuu show --db qdb --article 53 052a918ab6a383e6.md
! tracuu: show: id 1: no articles: no line 'Điều N. …' in its text
? 1
$ tracuu search --db qdb --json 'phạm vi điều chỉnh' | jq -c '{source, article: (.article.number // null)}'
> {"source":"355bcc582867074b.md","article":"1"}
? 0
$ tracuu show --db qdb 355bcc582867074b.md | sed '1,/^$/d' | grep -v '^ *$' | head -3
> Số: 173/2025/NĐ-CP
> NGHỊ ĐỊNH
> Về hợp đồng thực hiện nhiệm vụ của công chức
? 0
$ tracuu show --db qdb --article 1 355bcc582867074b.md | head -1
> Điều 1. Phạm vi điều chỉnh
? 0
# Bold runs Word split inside one heading ("**Điều 39. Mức**** hưởng****, …**", "**Điều 41. ****Chuyển
# nơi hưởng…**", "**Chương**** I**"): a seam of two bolds beside a blank is no lost line break. The
# Employment Law's article 39 was headed "Mức" and its article 41 had no heading, so `trợ cấp thất
# nghiệp` found no heading of the law (tvpl-legal-news gov_news_and_docs/7f4a15771553654e.md, cut
# short; 354 of the corpus's 3,516 .md files, 669 lines, 151 of them an article's).
<file name="vl/7f4a15771553654e.md">
Luật số: 74/2025/QH15 |
|

**LUẬT VIỆC LÀM**

*Quốc hội ban hành Luật Việc làm.*

**Chương**** I**

**NHỮNG QUY ĐỊNH CHUNG**

**Điều 39. Mức**** hưởng****, thời gian**** hưởng****, thời điểm hưởng**** và hồ sơ, trình tự, thủ tục hưởng**** trợ cấp thất nghiệp**

1. Mức hưởng trợ cấp thất nghiệp hằng tháng bằng 60% mức bình quân tiền lương tháng đóng bảo hiểm thất nghiệp của 06 tháng đã đóng bảo hiểm thất nghiệp gần nhất.

**Điều 41. ****Chuyển nơi hưởng, t****ạm dừng, tiếp tục****,**** chấm dứt hưởng ****và hủy hưởng ****trợ cấp thất nghiệp **

1. Trong thời gian hưởng trợ cấp thất nghiệp, người lao động được chuyển nơi hưởng trợ cấp thất nghiệp khi có nhu cầu.
</file>
$ tracuu ingest --quiet --no-progress --db vdb --root vl vl
? 0
$ tracuu show --db vdb 7f4a15771553654e.md | sed '1,/^$/d' | grep -v '^ *$' | grep '^Chương'
> Chương I
? 0
$ tracuu show --db vdb --article 39 7f4a15771553654e.md | head -1
> Điều 39. Mức hưởng, thời gian hưởng, thời điểm hưởng và hồ sơ, trình tự, thủ tục hưởng trợ cấp thất nghiệp
? 0
$ tracuu show --db vdb --article 41 7f4a15771553654e.md | head -1
> Điều 41. Chuyển nơi hưởng, tạm dừng, tiếp tục, chấm dứt hưởng và hủy hưởng trợ cấp thất nghiệp 
? 0
# A site's notice at the top of its copy of a text (thuvienphapluat.vn: its copyright notice, the
# legend of its colour marks, "Đang tải văn bản..."; 283 of its 449 saved texts) is no part of the
# text: it put "vi phạm pháp luật về Sở hữu trí tuệ" in every one of them. The attribute table and
# the letterhead after it stay, and so does everything when the notice does not end.
<file name="tv/5095.md">
|
|
Bản dịch này thuộc quyền sở hữu của **
THƯ VIỆN PHÁP LUẬT**. Mọi hành vi sao chép, đăng tải lại mà không có sự đồng ý của **
THƯ VIỆN PHÁP LUẬT** là vi phạm pháp luật về Sở hữu trí tuệ.
**
THƯ VIỆN PHÁP LUẬT** has the copyright on this translation. Copying or reposting it without the consent of **
THƯ VIỆN PHÁP LUẬT** is a violation against the Law on Intellectual Property.
X
**
CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN
**
Các nội dung của VB này được VB khác thay đổi, hướng dẫn sẽ được làm nổi bật bằng
các màu sắc:
: Sửa đổi, thay thế,
hủy bỏ
Click vào phần bôi vàng để xem chi tiết.
|
|
|
|
Đang tải văn bản...
#
**Số hiệu:**
|
5095/SGDĐT-CTTTHSSV
|
|
**Loại văn bản:**
|
Công văn
|
**Nơi ban hành:**
|
Thành phố Hà Nội
|
|
**Người ký:**
|
Nguyễn Quang Tuấn
|
**Ngày ban hành:**
|
03/12/2025
|
|
**
Ngày hiệu lực:**
|
Đã biết
|
|
**Tình trạng:**
|
Đã biết
|
|
UBND THÀNH PHỐ HÀ
NỘI
**SỞ GIÁO DỤC VÀ ĐÀO TẠO**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 5095/SGDĐT-CTTTHSSV
*V/v tăng cường các biện pháp cấp bách về
kiểm soát ô nhiễm môi trường không khí trên địa bàn Thành phố*
|
*Hà Nội, ngày 03
tháng 12 năm 2025*
|
|
**Kính gửi:**
|
- UBND các xã, phường;
- Các đơn vị, cơ sở giáo dục trực thuộc.
|
Thực hiện Công văn số
6356/UBND-NNMT ngày 01/12/2025 của UBND Thành phố về việc tăng cường các biện
pháp cấp bách về kiểm soát ô nhiễm môi trường không khí trên địa bàn Thành phố *(Văn
bản đính kèm)*;
Nhằm đảm bảo sức khỏe cho học
sinh, sinh viên và cán bộ, giáo viên, nhân viên của các đơn vị, trường học, Sở
Giáo dục và Đào tạo đề nghị UBND các xã, phường; các đơn vị, cơ sở giáo dục
trực thuộc thực hiện nghiêm túc theo văn bản chỉ đạo của UBND Thành phố, chủ
động điều chỉnh lịch học tập và sinh hoạt ngoài trời. Cụ thể:
</file>
<file name="tv/open.md">
Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT, nói trong một bài viết không có phần kết.
Nội dung khác của bài viết.
</file>
$ tracuu ingest --quiet --no-progress --db tvdb --root tv tv
$ tracuu search --db tvdb --json '"thuộc quyền sở hữu"' | jq -r .source
> open.md
$ tracuu show --db tvdb 5095.md | sed '1,/^$/d' | grep -c 'THƯ VIỆN PHÁP LUẬT\|Đang tải\|bôi vàng'
> 0
? 1
$ tracuu show --db tvdb --json 5095.md | jq -c '{number, type, issuer, date}'
> {"number":"5095/SGDĐT-CTTTHSSV","type":"Công văn","issuer":"Sở Giáo dục và Đào tạo thành phố Hà Nội","date":"2025-12-03"}
$ tracuu show --db tvdb 5095.md | sed '1,/^$/d' | grep -c 'Thực hiện Công văn số'
> 1

# A page that sets its title again as its lead, twice (thuvienphapluat.vn):
# the repeats go; a form whose labels repeat (a consolidated text) keeps them.
<file name="rep/768f685b833cfc25.md">
# Phụ nữ được nghỉ thai sản 7 tháng khi sinh con thứ 2 và ưu tiên mua nhà ở xã hội từ 1/7/2026 ra sao?

**Phụ nữ được nghỉ thai sản 7 tháng khi sinh con thứ 2 và ưu tiên mua nhà ở xã hội từ 1/7/2026 ra sao?**

**Phụ nữ được nghỉ thai sản 7 tháng khi sinh con thứ 2 và ưu tiên mua nhà ở xã hội từ 1/7/2026 ra sao?**

Sáng 10-12, tại kỳ họp thứ 10, Quốc hội khóa XV, Quốc hội chính thức thông qua Luật Dân số, có hiệu lực thi hành thừ ngày 01/7/2026 với nhiều quy định mới liên quan đến truyền thông dân số, duy trì mức sinh thay thế, giảm mất cân bằng giới tính khi sinh, thích ứng với già hóa dân số và nâng cao chất lượng dân số.

*Toàn văn Luật Dân số đang được cập nhật, bạn đọc tham khảo bản dự thảo Luật Dân số được thông qua ngày 10/12/2025 TẠI ĐÂY*

Theo đó, phụ nữ được nghỉ thai sản 7 tháng khi sinh con thứ 2 và ưu tiên mua nhà ở xã hội từ 1/7/2026, cụ thể như sau:

- Trường hợp sinh con thứ hai, thời gian nghỉ thai sản đối với lao động nữ là 07 tháng; lao động nam là 10 ngày làm việc khi vợ sinh con;

</file>
<file name="rep/form.txt">
CÔNG BÁO/Số 251/Ngày 27-04-2026 
2
 
 
     
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc  
 
 
 
 
THÔNG TƯ 
17.1. Giám đốc/Tổng giám đốc (nếu có): 
 
17.2. Kế toán trưởng/Phụ trách kế toán (nếu có): 
a. Họ và tên: 
 
a. Họ và tên: 
b. Mã số thuế cá nhân/Số định danh cá nhân:  
 
b. Mã số thuế cá nhân/Số định danh cá nhân:  
c. Ngày tháng năm sinh: 
</file>
$ tracuu ingest --quiet --no-progress --db rdb --root rep rep
$ tracuu show --db rdb 768f685b833cfc25.md | sed '1,/^$/d' | grep -c 'ra sao?$'
> 1
$ tracuu show --db rdb form.txt | grep -c 'Mã số thuế cá nhân/Số định danh cá nhân:'
> 2
