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
# Pages 2 to 4 of congbao-8chude bhxh/thong-tu-so-102-2018-tt-btc-28383.txt,
# cut short: the title is read past the running head at its top, which then
# goes from the stored text with its page numbers (issue 17).
<file name="in/continued.txt">
 
2 
CÔNG BÁO/Số 203 + 204/Ngày 18-02-2019 
  
VĂN BẢN QUY PHẠM PHÁP LUẬT 
 
 
BỘ TÀI CHÍNH 
 
 
Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018 
hướng dẫn kế toán Bảo hiểm xã hội  
 
 
(Tiếp theo Công báo số 201 + 202) 
 
 
 
 
Phụ lục số 04 
HỆ THỐNG BÁO CÁO TÀI CHÍNH, BÁO CÁO NGHIỆP VỤ QUỸ  
BẢO HIỂM DO HỆ THỐNG BẢO HIỂM XÃ HỘI VIỆT NAM QUẢN LÝ  
(Ban hành kèm theo Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018  
của Bộ Tài chính) 
Ký bởi: Cổng Thông tin điện tử Chính phủ
Email: thongtinchinhphu@chinhphu.vn
Cơ quan: Văn phòng Chính phủ
Thời gian ký: 11.03.2019 16:42:54 +07:00

 
 
CÔNG BÁO/Số 203 + 204/Ngày 18-02-2019 
3 
  
ĐƠN VỊ QUẢN LÝ CẤP TRÊN...... 
ĐƠN VỊ BÁO CÁO.................. 
Mẫu số: B11-BH 
(Ban hành kèm theo Thông tư số 102/2018/TT-BTC 
ngày 14/11/2018 của Bộ Tài chính) 
 
 
BÁO CÁO THANH TOÁN VỀ THU BHXH, BHYT, BHTN  
Quý.... năm..... 
Đơn vị tính:......... 
STT 
Chỉ tiêu 
Mã số 
Kỳ 
này 
Lũy kế từ 
đầu năm 
A 
B 
C 
1 

 
4 
CÔNG BÁO/Số 203 + 204/Ngày 18-02-2019 
  
 
BẢO HIỂM XÃ HỘI VIỆT NAM 
Mẫu số: B12a-BH 
(Ban hành kèm theo Thông tư số 102/2018/TT-BTC 
ngày 14/11/2018 của Bộ Tài chính) 
 
BÁO CÁO TÌNH HÌNH ĐẦU TƯ TÀI CHÍNH 
Năm..... 
Đơn vị tính:............ 
Dư nợ  
đầu năm 
Dư nợ  
cuối năm 
STT 
Hình thức đầu tư 
Mã 
số Tổng 
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
# Listed by a filter alone, its excerpt starts at its type heading: the
# letterhead's furniture (the Gazette's header, issuer, rule "_________",
# number, motto, date) is passed over (h10f).
$ tracuu search --db db --type NQ --json | jq -r 'select(.source | endswith("gazette.txt")) | .excerpt'
> … NGHỊ QUYẾT Cắt giảm, đơn giản hóa thủ tục hành chính, quy định liên quan đến hoạt động sản xuất, kinh doanh Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
? 0
$ tracuu show --db db --json gazette.txt | jq -r .title
> Nghị quyết 66.16/2026/NQ-CP: Cắt giảm, đơn giản hóa thủ tục hành chính, quy định liên quan đến hoạt động sản xuất, kinh doanh
? 0
$ tracuu show --db db --json consolidated.txt | jq -r .title
> Thông tư hướng dẫn quản lý lao động, tiền lương, thù lao, tiền thưởng đối với Bảo hiểm tiền gửi Việt Nam
? 0
$ tracuu show --db db --json law.txt | jq -r .title
> Luật An toàn, vệ sinh lao động
? 0
$ tracuu show --db db --json continued.txt | jq -r .title
> Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018
? 0
$ tracuu show --db db continued.txt | grep -cE "CÔNG BÁO/|^ *[234] *$"
> 0
? 1
$ tracuu show --db db --json letterhead.txt | jq -r .title
> Luật Báo chí số 103/2016/QH13
? 0
$ tracuu show --db db --json pipe.md | jq -r .title
> THE GOVERNMENT OF VIETNAM
? 0
$ tracuu show --db db --json emphasis.md | jq -r .title
> An Giang: Tại Nghị quyết số 1654/NQ-UBTVQH15, Ủy ban Thường vụ Quốc hội quyết nghị.
? 0
$ tracuu show --db db --json bare.md | jq -r .title
> Nghị quyết về chủ trương đầu tư Dự án tuyến đường sắt Lào Cai - Hà Nội
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
# Titles keep their proper names' capitals, and carry no Markdown marks,
# footnote digits, signature stamps or metadata lines (issue 17, item 10).
# A code in capitals (a proper name from corpus/propernames.tsv).
<file name="names/hang-hai.txt">
QUỐC HỘI
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Luật số: 95/2015/QH13

Hà Nội, ngày 25 tháng 11 năm 2015



BỘ LUẬT

HÀNG HẢI VIỆT NAM

Căn cứ vào Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
</file>
# The capitals the text itself writes ("Luật Bảo hiểm y tế"), a heading's
# Markdown marks, a number's codes and a Roman numeral.
<file name="names/bhyt.md">
|
| Luật số: 51/2024/QH15 |
|


**LUẬT**

## SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ VÀ THÔNG TƯ SỐ 18/2024/TT-NHNN

*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;*

*Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 32/2013/QH 13.*
</file>
<file name="names/tinh.md">
Số: 87/2025/QĐ-UBND | Lai Châu, ngày 20 tháng 11 năm 2025 |

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

**QUYẾT ĐỊNH**

**QUY ĐỊNH THỰC HIỆN NẾP SỐNG VĂN MINH TRONG VIỆC CƯỚI, VIỆC TANG TRÊN ĐỊA BÀN TỈNH LAI CHÂU CHÀO MỪNG ĐẠI HỘI XIV**
</file>
<file name="names/dak-lak.md">
| Số: 0129/KH-UBND | Đắk Lắk, ngày 20 tháng 11 năm 2025 |

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

**KẾ HOẠCH**

**HỖ TRỢ NHU YẾU PHẨM KHẨN CẤP CHO NHÂN DÂN BỊ ẢNH HƯỞNG MƯA LŨ TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK**
</file>
# A footnote's digit glued to the heading's last word.
<file name="names/thue.txt">
CÔNG BÁO/Số 251/Ngày 27-04-2026 
2
 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc  
 
THÔNG TƯ 
Quy định về đăng ký thuế1 
 
Thông tư số 86/2024/TT-BTC ngày 23 tháng 12 năm 2024 của Bộ Tài 
</file>
# A gazette's scan: a signature stamp and a signature block, no text. The
# file's name is all that names it, read as congbao spells it: type, "so", number,
# codes, the site's id (h15g: "Nghị quyết 115/NQ-CP", not the slug).
<file name="names/nghi-quyet-so-115-nq-cp-469452.txt">
CÔNG BÁO/Số 251/Ngày 09-05-2026 
3
 
 
Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Cơ quan: VĂN PHÒNG CHÍNH PHỦ
Ngày ký: 2026-05-08 16:42:19 +07:00

CÔNG BÁO/Số 251/Ngày 09-05-2026 
4
 
TM. CHÍNH PHỦ 
KT. THỦ TƯỚNG 
PHÓ THỦ TƯỚNG 
 
Hồ Quốc Dũng 
</file>
<file name="names/stamp.txt">
 
18 
CÔNG BÁO/Số 1117 + 1118/Ngày 01-9-2025 
 
BỘ QUỐC PHÒNG 
 
Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ
Email: thongtinchinhphu@chinhphu.vn
Cơ quan: VĂN PHÒNG CHÍNH PHỦ
Thời gian ký: 04.09.2025 10:56:03 +07:00

 
Thông tư quy định chế độ bảo hiểm xã hội đối với quân nhân 
</file>
# A corpus's metadata lines above a news article (news-dantri-unc).
<file name="names/news_business_001.txt">
# doc_id = news_business_001
# url = https://dantri.com.vn/kinh-doanh/vinamilk-lot-top-1000-thuong-hieu-hang-dau-chau-a-20201001163534963.htm
# date = 20201001
Vinamilk lọt Top 1.000 thương hiệu hàng đầu châu Á
Năm 2020, Vinamilk đã vượt qua các thương hiệu trong và ngoài nước khác để dẫn đầu Top 10 thương hiệu mạnh nhất của Việt Nam.
</file>
# vbpl.vn titles every page "Trung ương", a link of its menu: the page's
# breadcrumb trail names it.
<file name="names/vbpl_thuoctinh.html">
<html><head><meta charset="utf-8"><title>
		Trung ương
</title></head><body>
<ul class="menu"><li><a href="/TW">Trung ương</a></li><li><a href="/">CSDL Quốc Gia</a></li></ul>
<div class="box-map"><ul>
<li> <a href="/">CSDL quốc gia về VBPL</a><span> » </span></li>
<li> <a href="/TW">CSDL Trung ương</a><span> » </span></li>
<li> <a href="/tw/pages/home.aspx">Văn bản pháp luật</a><span> » </span></li>
<li> <a href=""> Bộ luật 101/2015/QH13</a><span></span></li>
</ul></div>
<table><tr><td class="title">Tố tụng hình sự</td></tr>
<tr><td>Số ký hiệu</td><td>101/2015/QH13</td><td>Ngày ban hành</td><td>27/11/2015</td></tr></table>
</body></html>
</file>
$ tracuu ingest --quiet --no-progress --db names.db --root names names
? 0
$ for f in hang-hai.txt bhyt.md tinh.md dak-lak.md thue.txt nghi-quyet-so-115-nq-cp-469452.txt stamp.txt news_business_001.txt vbpl_thuoctinh.html; do tracuu show --db names.db --json "$f" | jq -r .title; done
> Bộ luật Hàng hải Việt Nam số 95/2015/QH13
> Luật số 51/2024/QH15 sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế và thông tư số 18/2024/TT-NHNN
> Quyết định 87/2025/QĐ-UBND: Quy định thực hiện nếp sống văn minh trong việc cưới, việc tang trên địa bàn tỉnh Lai Châu chào mừng đại hội XIV
> Kế hoạch 0129/KH-UBND: Hỗ trợ nhu yếu phẩm khẩn cấp cho nhân dân bị ảnh hưởng mưa lũ trên địa bàn tỉnh Đắk Lắk
> Thông tư quy định về đăng ký thuế
> Nghị quyết 115/NQ-CP
> Thông tư quy định chế độ bảo hiểm xã hội đối với quân nhân
> Vinamilk lọt Top 1.000 thương hiệu hàng đầu châu Á
> Bộ luật 101/2015/QH13
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
# Dates (issue 17, item 11). A regulation whose number the grammar does not
# read is dated by its letterhead's place and date; so is an old law whose
# "Số::" has a doubled colon; a corpus's metadata line dates a page.
$ tracuu show --db db --json gazette.txt | jq -c '{date, date_inferred}'
> {"date":"2026-04-07","date_inferred":false}
? 0
<file name="dates/luat-luat-su.txt">
QUỐC HỘI





 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
 Độc lập - Tự do - Hạnh phúc



Số:: 65/2006/QH11

Hà Nội, ngày 29 tháng 6 năm 2006



QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

Khoá XI, kỳ họp thứ 9
(Từ ngày 16 tháng 5 đến ngày 29 tháng 6 năm 2006)

LUẬT

LUẬT SƯ

Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốc hội khoá X, kỳ họp thứ 10;
</file>
# A page whose top bar shows the site's clock, and the article its own date.
<file name="dates/clock.txt">
Thứ Năm, 20/05/2021
Trang chủ | Thời sự | Pháp luật

Tỉnh triển khai Nghị quyết về đào tạo cán bộ

Thứ Tư, 19/05/2021 15:30

Sáng nay, Tỉnh ủy tổ chức hội nghị triển khai Nghị quyết về công tác đào tạo, bồi dưỡng cán bộ.
</file>
# A day and month without a year: never shown as "--05-19"; the year the
# text names, but never before a regulation it cites.
<file name="dates/no-year.txt">
Hội thảo về đào tạo cán bộ

Sáng 19/5, tại Hải Phòng, Học viện tổ chức hội thảo khoa học về công tác đào tạo, bồi dưỡng.
</file>
<file name="dates/cites.txt">
Hội thảo về khoa học công nghệ

Sáng 19/5, tại Hải Phòng, Học viện tổ chức hội thảo. Năm 2024, thành phố dẫn đầu cả nước về năng lực cạnh tranh. Hội thảo bàn việc thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.
</file>
$ tracuu ingest --quiet --no-progress --db dates.db --root dates dates
? 0
$ for f in luat-luat-su.txt clock.txt no-year.txt cites.txt; do tracuu show --db dates.db --json "$f" | jq -c '{source, date, date_inferred}'; done
> {"source":"luat-luat-su.txt","date":"2006-06-29","date_inferred":false}
> {"source":"clock.txt","date":"2021-05-19","date_inferred":false}
> {"source":"no-year.txt","date":null,"date_inferred":false}
> {"source":"cites.txt","date":"2025-05-19","date_inferred":true}
? 0
$ tracuu cite --db dates.db 65/2006/QH11 | grep -E 'issued|its own text'
>   issued        2006-06-29 (its letterhead)
>   its own text  luat-luat-su.txt · id 3
? 0
# Its card's subject, typed in capitals ("LUẬT SƯ"), reads as its title does
# (tests/golden/subject-case.t has the proper names).
$ tracuu cite --db dates.db --json 65/2006/QH11 | jq -r .subject
> Luật sư
? 0
$ tracuu cite --db dates.db --format csl-json 65/2006/QH11 | jq -r '.[].title'
> Luật Luật sư
? 0
$ tracuu show --db names.db --json news_business_001.txt | jq -c '{source, date}'
> {"source":"news_business_001.txt","date":"2020-10-01"}
? 0
# Neither the site's clock nor its menu is the page's title.
$ tracuu show --db dates.db --json clock.txt | jq -r .title
> Tỉnh triển khai Nghị quyết về đào tạo cán bộ
? 0
# A resolution whose letterhead lost its date: the sentence that closes
# it says when it was passed (tvpl-legal-news/legal_docs/0f145efacbf006fc.md).
<file name="closing/1675.md">
Số: 1675/NQ-UBTVQH15 |
|

**NGHỊ QUYẾT**

**Về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Huế năm 2025**


**ỦY BAN THƯỜNG VỤ QUỐC HỘI**

*Căn cứ Nghị quyết số 76/2025/UBTVQH15 ngày 14 tháng 4 năm 2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính năm 2025;*

**Điều 3. Hiệu lực thi hành**

Nghị quyết này có hiệu lực thi hành từ ngày được Ủy ban Thường vụ Quốc hội thông qua.


*Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV thông qua ngày 16 tháng 6 năm 2025.*
</file>
$ tracuu ingest --quiet --no-progress --db closing.db --root closing closing && tracuu show --db closing.db --json 1675.md | jq -c '{date, date_inferred}'
> {"date":"2025-06-16","date_inferred":false}
? 0
# Double underscores: Markdown's strong emphasis around words is dropped,
# an identifier's "__" (a hostile page's `window.__pwned`) is kept.
<file name="under/ident.md">
Trang thử window.__pwned và __proto__x

Nội dung.
</file>
<file name="under/strong.md">
__Nghị quyết__ về __đào tạo__ cán bộ

Nội dung.
</file>
$ tracuu ingest --quiet --no-progress --db udb --root under under
? 0
$ tracuu show --db udb --json ident.md | jq -r .title
> Trang thử window.__pwned và __proto__x
? 0
$ tracuu show --db udb --json strong.md | jq -r .title
> Nghị quyết về đào tạo cán bộ
? 0
