# A document's title: never a page number or a table's pipe; a regulation's own text by its type, number and subject, from its letterhead or, when that cannot be read, its type heading.
# An official gazette's page: running head, page number, a letterhead whose
# number the citation grammar does not read (66.16).
<file name="in/gazette.txt">
CÔNG BÁO/Số 246/Ngày 23-04-2026 
2
 
CHÍNH PHỦ 
_________ 
Số: 66.16/2026/NQ-CP 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
Hà Nội, ngày 07 tháng 4 năm 2026 
 
NGHỊ QUYẾT 
Cắt giảm, đơn giản hóa thủ tục hành chính,  
quy định liên quan đến hoạt động sản xuất, kinh doanh  
 
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
</file>
# A consolidated text: page number first, a label, a footnote mark on the heading.
<file name="in/consolidated.txt">
59 
CÔNG BÁO/Số 347 + 348/Ngày 25-02-2025 
VĂN BẢN PHÁP LUẬT KHÁC 
VĂN BẢN HỢP NHẤT -  
BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc  
THÔNG TƯ1 
Hướng dẫn quản lý lao động, tiền lương, thù lao, tiền thưởng 
đối với Bảo hiểm tiền gửi Việt Nam 
 
Thông tư số 32/2016/TT-BLĐTBXH ngày 25 tháng 10 năm 2016 của Bộ trưởng.
</file>
# A law: no code for its type, its subject in capitals.
<file name="in/law.txt">
QUỐC HỘI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

LUẬT

AN TOÀN, VỆ SINH LAO ĐỘNG

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
</file>
# A gazette page continuing a text: no heading, the line below the letterhead.
<file name="in/continued.txt">
2 
CÔNG BÁO/Số 203 + 204/Ngày 18-02-2019 
VĂN BẢN QUY PHẠM PHÁP LUẬT 
BỘ TÀI CHÍNH 
Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018 
hướng dẫn kế toán Bảo hiểm xã hội  
(Tiếp theo Công báo số 201 + 202) 
</file>
# A letterhead the grammar reads: as before.
<file name="in/letterhead.txt">
QUỐC HỘI

Luật số: 103/2016/QH13

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

LUẬT

BÁO CHÍ

Căn cứ Hiến pháp;
</file>
# Markdown opening with a table's pipe, and emphasis inside a headline.
<file name="in/pipe.md">
|
**THE GOVERNMENT
OF VIETNAM**
--------
|

No. 306/2025/ND-CP
</file>
<file name="in/emphasis.md">
**An Giang:** Tại *Nghị quyết* số 1654/NQ-UBTVQH15, Ủy ban Thường vụ Quốc hội quyết nghị.

Nội dung.
</file>
# A page opening with a bare type heading, no letterhead; a page opening
# with app-store badges.
<file name="in/bare.md">
**NGHỊ QUYẾT**

**Về chủ trương đầu tư Dự án ****tuyến đường sắt Lào Cai - Hà Nội**

**QUỐC HỘI**

*Căn cứ Hiến pháp;*
</file>
<file name="in/badges.md">
Download on the
App Store
(Chinhphu.vn) - Chính phủ vừa ban hành Nghị định số 238/2025/NĐ-CP.

Nội dung.
</file>
# A page about a Party body is titled by the body; a news page's page
# number is not its title.
<file name="in/body.txt">
Ban Tổ chức Trung ương

I. CHỨC NĂNG NHIỆM VỤ

Ban Tổ chức Trung ương là cơ quan tham mưu.
</file>
<file name="in/news.txt">
2

Tỉnh triển khai Nghị quyết về đào tạo cán bộ

Nội dung bài viết.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu show --db db --json gazette.txt | jq -r .title
> Nghị quyết 66.16/2026/NQ-CP: Cắt giảm, đơn giản hóa thủ tục hành chính, quy định liên quan đến hoạt động sản xuất, kinh doanh
? 0
$ tracuu show --db db --json consolidated.txt | jq -r .title
> Thông tư: Hướng dẫn quản lý lao động, tiền lương, thù lao, tiền thưởng đối với Bảo hiểm tiền gửi Việt Nam
? 0
$ tracuu show --db db --json law.txt | jq -r .title
> Luật: An toàn, vệ sinh lao động
? 0
$ tracuu show --db db --json continued.txt | jq -r .title
> Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018
? 0
$ tracuu show --db db --json letterhead.txt | jq -r .title
> Luật 103/2016/QH13: Báo chí
? 0
$ tracuu show --db db --json pipe.md | jq -r .title
> THE GOVERNMENT
? 0
$ tracuu show --db db --json emphasis.md | jq -r .title
> An Giang: Tại Nghị quyết số 1654/NQ-UBTVQH15, Ủy ban Thường vụ Quốc hội quyết nghị.
? 0
$ tracuu show --db db --json bare.md | jq -r .title
> Nghị quyết: Về chủ trương đầu tư Dự án tuyến đường sắt Lào Cai - Hà Nội
? 0
$ tracuu show --db db --json badges.md | jq -r .title
> (Chinhphu.vn) - Chính phủ vừa ban hành Nghị định số 238/2025/NĐ-CP.
? 0
$ tracuu show --db db --json body.txt | jq -r .title
> Ban Tổ chức Trung ương
? 0
$ tracuu show --db db --json news.txt | jq -r .title
> Tỉnh triển khai Nghị quyết về đào tạo cán bộ
? 0
# The date shown is the one searches filter and sort by: a regulation's own
# text's issue date from its letterhead (the record keeps no publication
# date for it), in show, search and JSON alike.
<file name="in/dated.txt">
CÔNG BÁO/Số 272/Ngày 14-05-2026 
7 
CHÍNH PHỦ 
_________ 
Số: 17/2026/NQ-CP 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
Hà Nội, ngày 29 tháng 4 năm 2026 
 
NGHỊ QUYẾT 
Cắt giảm, phân cấp, đơn giản hóa thủ tục hành chính 
 
Căn cứ Luật Tổ chức Chính phủ;
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in/dated.txt
? 0
$ tracuu show --db db --json $(tracuu search --db db --json '17/2026/NQ-CP' | jq -r 'select(.source == "dated.txt") | .id') | jq -c '{source, date, date_inferred}'
> {"source":"dated.txt","date":"2026-04-29","date_inferred":false}
? 0
$ tracuu search --db db --json --year 2026 'cắt giảm' | jq -c 'select(.source == "dated.txt") | {source, date}'
> {"source":"dated.txt","date":"2026-04-29"}
? 0
$ tracuu show --db db dated.txt | grep '^date:'
> date:    2026-04-29
? 0
