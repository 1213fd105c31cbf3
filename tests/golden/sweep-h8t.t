# The h8t sweep (issue 17, docs/trust-sweep.md, "h8t sweep"): legacy-encoding samples, Party
# office letters and old texts, as a researcher reads them.
#
# A regulation's own text says its number, type and issuing body in a result wherever the
# passage shown stands. A letterhead read with a flag (an unsure issuer: a tax office the tables
# do not know) was not taken for the document's own: the mention line's flags were read by their
# first character ("5" is not "1"), so a passage far from the letterhead lost the line "Công văn
# 3257/TNI-QLDN1 · …" (17 of the 6,672 documents of the shared corpus).
# The same công văn quotes the decree it applies ("1. Nghị định này có hiệu lực thi hành từ ngày
# 01 tháng 7 năm 2024 đến hết ngày 31 tháng 12 năm 2024"): its card said it took effect then and
# had expired. Only its own type's sentence dates it.
# The site's footer writes "do Thuế Tỉnh Tây Ninh ban hành" twice; its capital "Tỉnh" outvoted
# the letterhead's "Thuế tỉnh Tây Ninh". tvpl-legal-news legal_docs/2249fe89ed46eae5.md, cut.
<file name="in/tv/2249fe89ed46eae5.md">
Đã biết
|
|
CỤC THUẾ
**THUẾ TỈNH TÂY NINH**
--------
|
**CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 3257/TNI-QLDN1
*V/v thuế suất thuế
GTGT*
|
*Tây
Ninh, ngày 01 tháng 12 năm 2025*
|
|
**Kính
gửi:**
|
Công Ty TNHH Khuôn Mẫu Yong Hong;
Mã số thuế: 1102044417;
Địa chỉ nhận thông báo: Lô A8-A9 Đường Số 01, Cụm Công Nghiệp Hải Sơn Đức Hòa
Đông, Xã Mỹ Hạnh, tỉnh Tây Ninh.
|
Trả lời văn bản số
01/CV-01 ngày 20/11/2025 của Công Ty TNHH Khuôn Mẫu Yong Hong (gọi tắt là Công
ty) về việc thuế suất thuế GTGT, Thuế tỉnh Tây Ninh có ý kiến như sau:
- Căn cứ Quyết định số
43/2018/QĐ-TTg ngày 01/11/2018 của Thủ tướng Chính phủ ban hành hệ thống ngành
sản phẩm Việt Nam.
- Căn cứ Nghị định số
72/2024/NĐ-CP ngày 30/6/2024 của Chính phủ quy định chính sách giảm thuế giá trị
gia tăng theo Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024 của Quốc
+ Tại Điều 2 quy định
hiệu lực thi hành như sau:
*Điều 2. Hiệu lực thi
hành và tổ chức thực hiện*
*1. Nghị định này có
hiệu lực thi hành từ ngày 01 tháng 7 năm 2024 đến hết ngày 31 tháng 12 năm
2024.*
*…”*
hàng hóa, dịch vụ bán ra của Công ty.
Chính sách giảm thuế
GTGT theo Nghị định số 72/2024/NĐ-CP có hiệu lực từ ngày 01/7/2024 đến hết ngày
31/12/2024.
Đề nghị Công ty căn cứ
vào tình hình thực tế của đơn vị, đối chiếu với các quy định tại văn bản pháp
luật nêu trên để thực hiện đúng quy định.
Thuế tỉnh Tây Ninh trả
lời cho Công ty được biết và thực hiện theo đúng quy định tại văn bản quy phạm
pháp luật đã được trích dẫn tại văn bản này./.
|
*Nơi nhận:*
- Như trên;
- BLĐ Thuế tỉnh;
- Phòng NVDTPC, KTR1;
- Trang web Thuế tỉnh;
- Lưu: VT, QLDN1, HDiem.
|
**KT.
TRƯỞNG THUẾ TỈNH**
**PHÓ TRƯỞNG THUẾ TỈNH**
**Nguyễn Tấn Lợi**
|
Công văn 3257/TNI-QLDN1 năm 2025 về thuế suất thuế giá trị gia tăng do Thuế Tỉnh Tây Ninh ban hành
Văn bản này chưa cập nhật nội dung Tiếng Anh
Công văn 3257/TNI-QLDN1 ngày 01/12/2025 về thuế suất thuế giá trị gia tăng do Thuế Tỉnh Tây Ninh ban hành
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu search --db db 'tình hình thực tế'
> 1 result (every word, anywhere in the text)
> 
> 1. Công văn 3257/TNI-QLDN1: Thuế suất thuế GTGT
>    Công văn 3257/TNI-QLDN1 · Thuế tỉnh Tây Ninh · 2025-12-01
>    tv/2249fe89ed46eae5.md · id 1
>    Điều 2. Hiệu lực thi (khoản 1)
>    … ngày 01/7/2024 đến hết ngày 31/12/2024. Đề nghị Công ty căn cứ vào «tình hình thực tế» của đơn vị, đối chiếu với các quy định tại văn bản pháp luật nêu trên để thực hiện đúng quy định. Thuế tỉnh Tây Ninh trả lời cho …
? 0
$ tracuu cite --db db 3257/TNI-QLDN1 | sed -n 3p
>   issuing body  Thuế tỉnh Tây Ninh (its letterhead)
? 0
$ tracuu cite --db db --json 3257/TNI-QLDN1 | jq -c '[.effective, .expires, .status]'
> [null,null,"unknown"]
? 0
# party-docs-nq57's letter of the Government's Party committee office: "ĐẢNG ỦY CHÍNH PHỦ" over
# "VĂN PHÒNG" is the office of that committee, as known as the committee is (an office alone
# names no body, so the letterhead's body was unsure and the number's code, "Văn phòng Đảng
# ủy", tied with it).
<file name="in/nq/402-CV-VPDU.md">
## Công Văn Số 402-CV/VPĐU

**ĐẢNG ỦY CHÍNH PHỦ**
**VĂN PHÒNG**
\*
Số 402-CV/VPĐU
V/v xin ý kiến dự thảo báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.

**ĐẢNG CỘNG SẢN VIỆT NAM**
Hà Nội, ngày 25 tháng 5 năm 2025

**Kính gửi:**
- Đồng chí Phạm Minh Chính, Bí thư Đảng ủy Chính phủ, Thủ tướng Chính phủ,
- Đồng chí Nguyễn Hòa Bình, Phó Bí thư Thường trực Đảng ủy, Phó Thủ tướng Thường trực Chính phủ,
- Các đồng chí Phó Bí thư Đảng ủy Chính phủ,
- Các đồng chí Ủy viên Ban Thường vụ Đảng ủy Chính phủ.

Văn phòng Trung ương Đảng có văn bản số 15000-CV/VPTW ngày 23 tháng 5 năm 2025 gửi Đảng ủy Chính phủ đề nghị cho ý kiến đối với dự thảo Báo cáo của Văn phòng Trung ương Đảng về tình hình triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia và xây dựng báo cáo của Đảng ủy Chính phủ về việc triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị. Thực hiện nhiệm vụ được giao, Văn phòng Đảng ủy Chính phủ đã phối hợp với Bộ Khoa học và Công nghệ dự thảo báo cáo của Đảng ủy Chính phủ và góp ý dự thảo báo cáo của Văn phòng Trung ương Đảng (xin gửi kèm theo).

Căn cứ chức năng, nhiệm vụ của Ban Thường vụ Đảng ủy Chính phủ, Văn phòng Đảng ủy Chính phủ kính đề nghị các đồng chí Ủy viên Ban Thường vụ Đảng ủy Chính phủ cho ý kiến đối với dự thảo báo cáo nêu trên.

Do thời gian gấp, trân trọng đề nghị Đồng chí dành thời gian nghiên cứu, cho ý kiến và xin gửi về Văn phòng Đảng ủy Chính phủ trước **20h00 ngày 25 tháng 5 năm 2025** để tổng hợp, báo cáo đồng chí Bí thư Đảng ủy, Thủ tướng Chính phủ.

Trân trọng./.

**Nơi nhận:**
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu search --db db --json 'thời gian gấp' | jq -c '[.number, .type, .issuer]'
> ["402-CV/VPĐU","Công văn","Văn phòng Đảng ủy Chính phủ"]
? 0
$ tracuu cite --db db 402-CV/VPĐU | sed -n 3p
>   issuing body  Văn phòng Đảng ủy Chính phủ (its letterhead)
? 0
$ tracuu search --db db --issuer 'Văn phòng Đảng ủy Chính phủ' --json | jq -r .number
> 402-CV/VPĐU
? 0
# Filters by the names people use: "Thủ tướng" is the Prime Minister's body, as "TTg" is and as
# the facets name it (it found nothing). congbao-8chude 982/QĐ-TTg, its letterhead.
<file name="in/congbao/quyet-dinh-so-982-qd-ttg-469699.txt">
CÔNG BÁO/Số 333/Ngày 16-06-2026 
79
 
 
THỦ TƯỚNG CHÍNH PHỦ 
 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
 
Số:  982/QĐ-TTg 
Hà Nội, ngày 04 tháng 6 năm 2026 
 
QUYẾT ĐỊNH 
Phê duyệt Đề án hỗ trợ, phát triển các doanh nghiệp công nghệ số 
vươn ra toàn cầu đến năm 2030, tầm nhìn đến năm 2045 
 
 
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu search --db db --issuer 'Thủ tướng' --json | jq -r '[.number, .issuer] | join(" ")'
> 982/QĐ-TTg Thủ tướng Chính phủ
? 0
$ tracuu search --db db --issuer 'thu tuong' --json | jq -r .number
> 982/QĐ-TTg
? 0
# Titles and card subjects. The Official Gazette's PDF, turned to text, puts a decree's letterhead
# box after the first page's text: "NGHỊ ĐỊNH" and its subject open the file, "Số: 135/2026/NĐ-CP"
# comes 30 lines down with nothing under it, and the decree was titled by its number alone (4 of
# congbao-8chude's texts). The first type heading above the number, naming the number's type,
# gives the subject, as it does for a consolidated text.
<file name="in/congbao/nghi-dinh-so-135-2026-nd-cp-469360.txt">
CÔNG BÁO/Số 245/Ngày 23-04-2026 
2
 
 
 
 
NGHỊ ĐỊNH 
Quy định cơ chế, chính sách ưu đãi, ưu tiên cho đơn vị điều độ  
hệ thống điện quốc gia và đơn vị điều hành giao dịch thị trường điện 
 
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;  
Căn cứ Luật Điện lực số 61/2024/QH15 được sửa đổi, bổ sung bởi Luật 
số 94/2025/QH15, Luật số 116/2025/QH15 và Luật số 135/2025/QH15; 
Theo đề nghị của Bộ trưởng Bộ Công Thương; 
Chính phủ ban hành Nghị định quy định cơ chế, chính sách ưu đãi, ưu tiên 
cho đơn vị điều độ hệ thống điện quốc gia và đơn vị điều hành giao dịch thị 
trường điện. 
 
Chương I 
QUY ĐỊNH CHUNG 
 
Điều 1. Phạm vi điều chỉnh 
Nghị định này quy định về các cơ chế, chính sách theo quy định tại điểm 
g và điểm h khoản 1 Điều 64, điểm e và điểm g khoản 1 Điều 65 của Luật Điện 
lực số 61/2024/QH15, bao gồm: 
1. Cơ chế, chính sách ưu đãi để bảo đảm cơ sở hạ tầng và các hệ thống 
thiết yếu khác phục vụ hoạt động điều độ hệ thống điện quốc gia và điều hành 
thị trường điện. 
2. Cơ chế, chính sách ưu tiên nhằm thu hút nguồn nhân lực chất lượng cao 
cho hoạt động điều độ hệ thống điện quốc gia và điều hành thị trường điện. 
Điều 2. Đối tượng áp dụng 
1. Đơn vị điều độ hệ thống điện quốc gia. 
2. Đơn vị điều hành giao dịch thị trường điện. 
3. Các tổ chức, cá nhân có liên quan. 
CHÍNH PHỦ 
_________ 
 
Số: 135/2026/NĐ-CP 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
_______________________________________ 
Hà Nội, ngày 07 tháng 4 năm 2026 
</file>
# A rule of dashes ("––––––", not hyphens) under the subject ran into it: "… giai đoạn mới ––––––".
<file name="in/congbao/quyet-dinh-so-844-qd-ttg-469526.txt">
CÔNG BÁO/Số 286/Ngày 27-05-2026 
89 
 
 
THỦ TƯỚNG CHÍNH PHỦ
_______________ 
 
Số: 844/QĐ-TTg 
 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
___________________________________________________ 
Hà Nội, ngày 13 tháng 5 năm 2026 
QUYẾT ĐỊNH 
Ban hành Kế hoạch hành động thực hiện  
Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư  
về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới  
–––––– 
 
THỦ TƯỚNG CHÍNH PHỦ 
 
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; 
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu search --db db --type NĐ --json | jq -r .title
> Nghị định 135/2026/NĐ-CP: Quy định cơ chế, chính sách ưu đãi, ưu tiên cho đơn vị điều độ hệ thống điện quốc gia và đơn vị điều hành giao dịch thị trường điện
? 0
$ tracuu cite --db db 135/2026/NĐ-CP | sed -n 5p
>   subject       quy định cơ chế, chính sách ưu đãi, ưu tiên cho đơn vị điều độ hệ thống điện quốc gia và đơn vị điều hành giao dịch thị trường điện (its letterhead)
? 0
$ tracuu search --db db --issuer TTg --from 2026-05 --json | jq -r .title
> Quyết định 844/QĐ-TTg: Ban hành Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới
> Quyết định 982/QĐ-TTg: Phê duyệt Đề án hỗ trợ, phát triển các doanh nghiệp công nghệ số vươn ra toàn cầu đến năm 2030, tầm nhìn đến năm 2045
? 0
# Laws of 1989-94 are numbered by the order that promulgated them (21-LCT/HĐNN8 of the Hội đồng
# Nhà nước, 18-L/CTN of the Chủ tịch nước) under the letterhead "QUỐC HỘI": results and cards
# said Quốc hội while --issuer 'Quốc hội' found none of them and the facets listed "Hội đồng Nhà
# nước (4)", "Chủ tịch nước (4)". A body a letterhead names with confidence is the document's
# own issuer for the filter and the facets too. uts-vlc-laws, the heads of two laws.
<file name="in/uts/luat-dau-khi.txt">
QUỐC HỘI
********

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
********

Số: 18-L/CTN

Hà Nội, ngày 06 tháng 7 năm 1993



LUẬT

SỐ 18-L/CTN NGÀY 06/07/1993 CỦA QUỐC HỘI VỀ DẦU KHÍ

Để bảo vệ, khai thác và sử dụng có hiệu quả nguồn tài nguyên dầu khí nhằm phát triển kinh tế quốc dân, mở rộng hợp tác với nước ngoài;
Căn cứ vào các điều 17, 29 và 84 của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;
</file>
<file name="in/uts/luat-bao-ve-suc-khoe-nhan-dan.txt">
QUỐC HỘI
********

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
********

Số: 21-LCT/HĐNN8

Hà Nội, ngày 30 tháng 6 năm 1989



LUẬT

CỦA QUỐC HỘI SỐ 21-LCT/HĐNN8 NGÀY 30/06/1989 VỀ BẢO VỆ SỨC KHOẺ NHÂN DÂN

Sức khoẻ là vốn quý nhất của con người, là một trong những điều cơ bản để con người sống hạnh phúc, là mục tiêu và là nhân tố quan trọng trong việc phát triển kinh tế, văn hoá, xã hội và bảo vệ Tổ quốc.
Để bảo vệ và tăng cường sức khoẻ nhân dân;
Căn cứ vào Điều 47, Điều 61 và Điều 83 của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam;
Luật này quy định việc bảo vệ sức khoẻ nhân dân.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu search --db db --issuer 'Quốc hội' --to 1999 --sort date-asc --json | jq -r '[.number, .issuer] | join(" ")'
> 21-LCT/HĐNN8 Quốc hội
> 18-L/CTN Quốc hội
? 0
$ tracuu search --db db --to 1999 --facets -n 0 | grep '^issuer'
> issuer: Quốc hội (2)
? 0
# Every province's People's Committee numbers its decisions 84/2025/QĐ-UBND: "cite 'QĐ 84/2025'"
# said "may be 2 numbers: 84/2025/QĐ-UBND, 84/2025/QĐ-UBND". Each says its body.
# tvpl-legal-news legal_docs/020bddd030400bd2.md and 8b9a38d6a8f8c20f.md, their letterheads.
<file name="in/tv/020bddd030400bd2.md">
**ỦY BAN NHÂN
DÂN **
TỈNH HÀ TĨNH
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số:
84/2025/QĐ-UBND
|
*Hà Tĩnh, ngày
02 tháng 12 năm 2025*
|
**QUYẾT ĐỊNH**
BÃI BỎ TOÀN BỘ
QUYẾT ĐỊNH SỐ 10/2016/QĐ-UBND NGÀY 21/3/2016 CỦA ỦY BAN NHÂN DÂN TỈNH BAN HÀNH
QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NGOẠI VỤ VÀ
QUYẾT ĐỊNH SỐ 14/2022/QĐ-UBND NGÀY 15/6/2022 CỦA ỦY BAN NHÂN DÂN TỈNH VỀ SỬA
</file>
<file name="in/tv/8b9a38d6a8f8c20f.md">
|
**ỦY BAN NHÂN
DÂN**
**TỈNH BẮC NINH**
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số:
84/2025/QĐ-UBND
|
*Bắc Ninh, ngày
28 tháng 11 năm 2025*
|


**QUYẾT ĐỊNH**

QUY ĐỊNH PHÂN CÔNG NHIỆM VỤ ĐỂ THỰC HIỆN QUẢN LÝ NHÀ
NƯỚC VỀ GIÁ VÀ THẨM ĐỊNH GIÁ TRÊN ĐỊA BÀN TỈNH BẮC NINH

*Căn cứ Luật Tổ chức chính
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu cite --db db 'QĐ 84/2025' | head -1
> Quyết định 84/2025 may be 2 numbers: 84/2025/QĐ-UBND (Ủy ban nhân dân tỉnh Hà Tĩnh), 84/2025/QĐ-UBND (Ủy ban nhân dân tỉnh Bắc Ninh)
? 0
# vbpl.vn's full text of the Constitution (vbpl-html/pages/vbpl_v1.html) was titled by its
# breadcrumb, "Hiến pháp" (a type's name alone), while its text's heading names it whole; the
# same text in legacy-encodings is "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam". A page
# titled by a type's name alone takes its text's type heading. The page, cut to its trail and
# the head of its text; a page of the same shape without that heading keeps its crumb.
<file name="in/vbpl/vbpl_v1.html">
<html><head><meta charset="utf-8"><title>

		Trung ương

	</title></head><body>
<ul class="menu"><li><a href="/TW">Trung ương</a></li><li><a href="/">CSDL Quốc Gia</a></li></ul>
<div class="box-map"><ul>
<li> <a href="/">CSDL quốc gia về VBPL</a><span> » </span></li>
<li> <a href="/TW">CSDL Trung ương</a><span> » </span></li>
<li> <a href="/tw/pages/home.aspx">Văn bản pháp luật</a><span> » </span></li>
<li> <a href=""> Hiến pháp Không số</a><span></span></li>
</ul></div>
<div class="fulltext">
<p>QUỐC HỘI</p>
<p>Số: Không số</p>
<p>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
<p>Độc lập - Tự do - Hạnh phúc</p>
<p>Hà Nội, ngày 28 tháng 11 năm 2013</p>
<p>HIẾN PHÁP</p>
<p>NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
<p>LỜI NÓI ĐẦU</p>
<p>Trải qua mấy nghìn năm lịch sử, Nhân dân Việt Nam lao động cần cù, sáng tạo, đấu tranh anh dũng để dựng nước và giữ nước, đã hun đúc nên truyền thống yêu nước, đoàn kết, nhân nghĩa, kiên cường, bất khuất và xây dựng nên nền văn hiến Việt Nam.</p>
</div>
</body></html>
</file>
<file name="in/vbpl/vbpl_luocdo_phaply.html">
<html><head><meta charset="utf-8"><title>

		Trung ương

	</title></head><body>
<ul class="menu"><li><a href="/TW">Trung ương</a></li><li><a href="/">CSDL Quốc Gia</a></li></ul>
<div class="box-map"><ul>
<li> <a href="/">CSDL quốc gia về VBPL</a><span> » </span></li>
<li> <a href="/TW">CSDL Trung ương</a><span> » </span></li>
<li> <a href="/tw/pages/home.aspx">Văn bản pháp luật</a><span> » </span></li>
<li> <a href=""> Hiến pháp Không số</a><span></span></li>
</ul></div>
<p>Lược đồ: Hiến pháp năm 2013. Văn bản được hướng dẫn, văn bản hợp nhất, văn bản liên quan.</p>
</body></html>
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu show --db db --json vbpl/vbpl_v1.html | jq -r .title
> Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam
? 0
$ tracuu show --db db --json vbpl/vbpl_luocdo_phaply.html | jq -r .title
> Hiến pháp
? 0
