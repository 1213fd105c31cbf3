# A researcher's sweep (docs/trust-sweep.md): new cases of the classes of issue 17.
# Real excerpts of ../shared/corpus/tvpl-legal-news/legal_docs (ca9ba61fc61bf961.md,
# 020bddd030400bd2.md, 0f98ee482389e59e.md, a6fb1f372de14a1e.md).
<file name="in/qd-384-tw.md">
**BAN CHẤP HÀNH
TRUNG ƯƠNG**
*
|
**ĐẢNG CỘNG SẢN
VIỆT NAM**
---------------
|
|
Số 384-QĐ/TW
|
*Hà Nội, ngày 19
tháng 11 năm 2025*
|

* *

**QUY ĐỊNH**

VỀ
KẾT NỐI, CHIA SẺ DỮ LIỆU GIỮA CÁC CƠ QUAN ĐẢNG VỚI CÁC CƠ QUAN, TỔ CHỨC KHÁC
TRONG HỆ THỐNG CHÍNH TRỊ

-----

- Căn cứ Điều lệ Đảng;

- Căn cứ Quy chế làm việc của Ban Chấp hành Trung
ương, Bộ Chính trị và Ban Bí thư khoa XIII;

- Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của
Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và
chuyển đổi số quốc gia;

- Căn cứ Quyết định số 204-QĐ/TW, ngày 29/11/2024 của
Ban Bí thư về phê duyệt Đề án Chuyển đổi số trong các cơ quan đảng;

- Căn cứ Quyết định số 333-QĐ/TW, ngày 24/6/2025 của
Ban Bí thư về việc ban hành Kiến trúc chuyển đổi số trong các cơ quan đảng,
phiên bản 3.0;

- Căn cứ Quy định số 379-QĐ/TW, ngày 22/10/2025 của
Ban Bí thư về thực hiện giao dịch điện tử trong hoạt động của các cơ quan, tổ
chức đảng;
</file>
<file name="in/qd-84-2025-ha-tinh.md">
**Số hiệu:**
|
84/2025/QĐ-UBND
|
|
**Loại văn bản:**
|
Quyết định
|
**Nơi ban hành:**
|
Tỉnh Hà Tĩnh
|
|
**Người ký:**
|
Trần Báu Hà
|
**Ngày ban hành:**
|
02/12/2025
|
|
**
Ngày hiệu lực:**
|
Đã biết
|
**Ngày công báo:**
|
Đang cập nhật
|
|
**Số công báo:**
|
Đang cập nhật
|
|
**Tình trạng:**
|
Đã biết
|
|
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
ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 10/2016/QĐ-UBND NGÀY 21/3/2016 CỦA ỦY BAN NHÂN DÂN
TỈNH
*Căn cứ Luật Tổ chức chính quyền địa phương
ngày 16/6/2025;*
</file>
<file name="in/qd-2979-ha-tinh.md">
**ỦY BAN NHÂN DÂN**
**TỈNH HÀ TĨNH**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 2979/QĐ-UBND
|
*Hà Tĩnh, ngày 27
tháng 11 năm 2025*
|


**QUYẾT ĐỊNH**

BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ
CHỨC CỦA SỞ TƯ PHÁP

**ỦY BAN NHÂN DÂN TỈNH**

*Căn cứ Luật Tổ chức chính
quyền địa phương ngày 16/6/2025;*

*Căn cứ Nghị định số
158/2018/NĐ-CP ngày 22/11/2018 của Chính phủ quy định về thành lập, tổ chức lại,
</file>
<file name="in/kh-dvsn.md">
giao, nhiệm vụ chi của ngân sách cấp Thành phố theo phân cấp, các chương trình,
đề án, kế hoạch được cấp có thẩm quyền phê duyệt, trên cơ sở định hướng đổi mới
đơn vị sự nghiệp công lập theo Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban
Chấp hành Trung ương Đảng khóa XII về việc tiếp tục đổi mới hệ thống tổ chức và
quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp
công lập; Kế hoạch số 130/KH-BCĐTKNQ18 ngày 21/09/2025 của Ban Chỉ đạo về tổng
kết thực hiện Nghị quyết số 18-NQ/TW của Chính phủ về sắp xếp đơn vị sự nghiệp
công lập, doanh nghiệp nhà nước, tổ chức bên trong hệ thống hành chính nhà nước
và các văn bản hướng dẫn về cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập
và các quy định của pháp luật về việc giao nhiệm vụ, đặt hàng, đấu thầu cung cấp
sản phẩm dịch vụ sự nghiệp công.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
# A type by its name is that type only: the Party's Quy định shares its code
# QĐ with Quyết định (and Thông tri shares TT with Thông tư); the code means both.
$ sources --db db --type 'Quy định'
> qd-384-tw.md
? 0
$ sources --db db --type 'quyet dinh'
> qd-2979-ha-tinh.md
> qd-84-2025-ha-tinh.md
? 0
$ sources --db db --type QĐ
> qd-2979-ha-tinh.md
> qd-384-tw.md
> qd-84-2025-ha-tinh.md
? 0
$ tracuu search --db db --type 'Thông tri'
> 0 results
? 1
# thuvienphapluat's attribute block names a province's committee by its place
# ("Nơi ban hành: Tỉnh Hà Tĩnh"): the body is the one the number's code names,
# of that place, as its letterhead says; a body typed with its usual
# abbreviation (UBND, HĐND, TP) is that body.
$ tracuu search --db db --json --type QĐ --issuer 'UBND tỉnh Hà Tĩnh' | jq -r '.number + " " + .issuer'
> 2979/QĐ-UBND Ủy ban nhân dân tỉnh Hà Tĩnh
> 84/2025/QĐ-UBND Ủy ban nhân dân tỉnh Hà Tĩnh
? 0
$ sources --db db --issuer 'ubnd tinh ha tinh'
> qd-2979-ha-tinh.md
> qd-84-2025-ha-tinh.md
? 0
# A province's bodies are also found by its place alone, or with the word naming it (before,
# 'Hà Tĩnh' named no body and found nothing).
$ sources --db db --issuer 'Hà Tĩnh'
> qd-2979-ha-tinh.md
> qd-84-2025-ha-tinh.md
? 0
$ sources --db db --issuer 'tinh ha tinh'
> qd-2979-ha-tinh.md
> qd-84-2025-ha-tinh.md
? 0
# A State body beside a Party number is the one carrying it out: "Nghị quyết
# số 18-NQ/TW của Chính phủ" names no issuer of the resolution.
$ tracuu cite --db db --json 18-NQ/TW | jq -c '[.number, .issuer, .evidence.issuer]'
> ["18-NQ/TW",null,[]]
? 0
$ tracuu cite --db db --json 19-NQ/TW | jq -c '[.number, .issuer]'
> ["19-NQ/TW","Ban Chấp hành Trung ương"]
? 0
# An inferred year is the latest the text is written in, not one it aims at
# ("đến năm 2045") nor one ahead of today (a retirement age reached "vào năm
# 2035"): a text is read after it was written.
<file name="in2/le-ky-niem.md">
## Tổ chức trọng thể Lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước

Sáng 30/4, tại Thành phố Hồ Chí Minh rực rỡ tên vàng, Ban Chấp hành Trung ương Đảng, Quốc hội, Chủ tịch nước, Chính phủ, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và Ủy ban nhân dân Thành phố Hồ Chí Minh đã tổ chức trọng thể Lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975-30/4/2025).

Năm 2025, phấn đấu tăng trưởng kinh tế đạt từ 8% trở lên và đạt hai con số trong giai đoạn 2026-2030, quyết tâm thực hiện thắng lợi các mục tiêu chiến lược đến năm 2030, Việt Nam trở thành nước đang phát triển, có công nghiệp hiện đại, thu nhập trung bình cao; đến năm 2045, trở thành nước phát triển, thu nhập cao theo định hướng Xã hội chủ nghĩa.
</file>
<file name="in2/tuoi-nghi-huu.md">
# Mẫu kế hoạch tổ chức giải thể thao chào mừng ngày Nhà giáo Việt Nam 20 tháng 11 dành cho giáo viên tại trường học các cấp?

Sáng 20/11, các trường học tổ chức giải thể thao chào mừng ngày Nhà giáo Việt Nam.

2. Tuổi nghỉ hưu của người lao động trong điều kiện lao động bình thường được điều chỉnh theo lộ trình cho đến khi đủ 62 tuổi đối với lao động nam vào năm 2028 và đủ 60 tuổi đối với lao động nữ vào năm 2035.
</file>
<file name="in2/tu-tran.md">
Thiếu tướng Huỳnh Đắc Hương từ trần ngày 11/6, hưởng thọ 106 tuổi. Lễ viếng và truy điệu được tổ chức ngày 17/6 tại nhà tang lễ Quốc gia, số 5 Trần Thánh Tông; lễ an táng được tổ chức cùng ngày tại nghĩa trang Mai Dịch, Hà Nội.

Thiếu tướng Huỳnh Đắc Hương sinh năm 1920, nguyên quán thành phố Hội An. Từ năm 1983 đến năm 1988, ông giữ chức Phó Chính ủy Quân khu 3.
</file>
$ tracuu ingest --quiet --no-progress --db db2 --root in2 in2
? 0
# A day after its verb ("từ trần ngày 11/6, …") is the story's, not a dateline: no date
# (it was 1988-06-11, the latest year the text names, for a general born in 1920 who died
# aged 106; h13j).
$ tracuu show --db db2 --json tu-tran.md | jq -c '[.date, .date_inferred]'
> [null,false]
? 0
$ tracuu show --db db2 --json le-ky-niem.md | jq -c '[.date, .date_inferred]'
> ["2025-04-30",true]
? 0
$ tracuu show --db db2 --json tuoi-nghi-huu.md | jq -c '[.date <= (now | strftime("%Y-%m-%d")), .date[5:], .date_inferred]'
> [true,"11-20",true]
? 0
# A consolidated text is certified at its end ("Số: 05/VBHN-BTC / XÁC THỰC VĂN
# BẢN HỢP NHẤT"); its subject is under the heading it opens with, which
# carries a footnote mark ("THÔNG TƯ1"). congbao-8chude/docs/thue_tncn/van-ban-hop-nhat-so-5-vbhn-btc-469151.txt
<file name="in3/vbhn-05-btc.txt">
CÔNG BÁO/Số 181/Ngày 03-04-2026 
2 
 
 
 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc  
 
 
 
THÔNG TƯ1 
Hướng dẫn một số nội dung về chào bán, phát hành chứng khoán, chào 
mua công khai, mua lại cổ phiếu, đăng ký công ty đại chúng và hủy tư cách 
công ty đại chúng 
 
Thông tư số 118/2020/TT-BTC ngày 31 tháng 12 năm 2020 của Bộ trưởng 
Bộ Tài chính hướng dẫn một số nội dung về chào bán, phát hành chứng khoán, 
chào mua công khai, mua lại cổ phiếu, đăng ký công ty đại chúng và hủy tư cách 
công ty đại chúng, có hiệu lực thi hành kể từ ngày 15 tháng 02 năm 2021 được 
sửa đổi, bổ sung bởi: 
Điều 16. Điều khoản thi hành 
1. Thông tư này có hiệu lực kể từ ngày 15 tháng 02 năm 2021 và thay thế 
Thông tư số 162/2015/TT-BTC ngày 26 tháng 10 năm 2015 của Bộ trưởng Bộ 
Tài chính hướng dẫn việc chào bán chứng khoán ra công chúng, chào bán cổ phiếu 
để hoán đổi, phát hành thêm cổ phiếu, mua lại cổ phiếu, bán cổ phiếu quỹ và chào 
mua công khai cổ phiếu. 
2. Ủy ban Chứng khoán Nhà nước, Sở giao dịch chứng khoán, Tổng công 
ty lưu ký và bù trừ chứng khoán Việt Nam, tổ chức phát hành, công ty đại chúng, 
công ty chứng khoán và các tổ chức, cá nhân có liên quan chịu trách nhiệm thực 
hiện Thông tư này./. 
BỘ TÀI CHÍNH 
Số: 05/VBHN-BTC 
  
XÁC THỰC VĂN BẢN HỢP NHẤT 
Hà Nội, ngày 16 tháng 3 năm 2026 
KT. BỘ TRƯỞNG 
THỨ TRƯỞNG 
 
Nguyễn Đức Chi 
</file>
$ tracuu ingest --quiet --no-progress --db db3 --root in3 in3
? 0
$ tracuu cite --db db3 --json 05/VBHN-BTC | jq -c '[.type, .issuer, .date, .subject]'
> ["Văn bản hợp nhất","Bộ Tài chính","2026-03-16","hướng dẫn một số nội dung về chào bán, phát hành chứng khoán, chào mua công khai, mua lại cổ phiếu, đăng ký công ty đại chúng và hủy tư cách công ty đại chúng"]
? 0
# A Party text on thuvienphapluat: the site's block files it under the Ban
# Chấp hành Trung ương and its footer says "do Ban Chấp hành Trung ương ban
# hành" twice; the letterhead's heading ("KẾT LUẬN CỦA BỘ CHÍNH TRỊ, BAN BÍ
# THƯ") and its signature ("T/M BỘ CHÍNH TRỊ") say who, with confidence, and
# win. The subject is what follows the bodies; the title takes it from the
# letterhead under the block. tvpl-legal-news/legal_docs/53b3997d70905b16.md
<file name="in4/kl-212.md">
**Số hiệu:**
|
212-KL/TW
|
|
**Loại văn bản:**
|
Văn bản khác
|
**Nơi ban hành:**
|
Ban Chấp hành Trung ương
|
|
**Người ký:**
|
Trần Cẩm Tú
|
**Ngày ban hành:**
|
18/11/2025
|
|
**
Ngày hiệu lực:**
|
Đã biết
|
**Ngày công báo:**
|
Đang cập nhật
|
|
**Số công báo:**
|
Đang cập nhật
|
|
**Tình trạng:**
|
Đã biết
|
|
**BAN
CHẤP HÀNH TRUNG ƯƠNG**
*
|
**ĐẢNG
CỘNG SẢN VIỆT NAM**
---------------
|
|
Số 212-KL/TW
|
*Hà Nội, ngày 18
tháng 11 năm 2025*
|
**KẾT LUẬN **
CỦA BỘ CHÍNH TRỊ,
BAN BÍ THƯ
VỀ ĐỊNH HƯỚNG XÂY
DỰNG TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH, PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH VÀ PHÂN LOẠI
ĐÔ THỊ
-----
Tại phiên họp ngày 14/11/2025, xem xét Tờ trình của
Đảng uỷ Chính phủ về Đề án tiêu chuẩn của đơn vị hành chính, phân loại đơn vị
hành chính và phân loại đô thị (Tờ trình số 03-TTr/ĐU, ngày 17/10/2025), Bộ
Chính trị, Ban Bí thư kết luận như sau:
**1.** Bộ Chính trị, Ban Bí thư cơ bản nhất trí
- Các đảng uỷ đơn vị sự nghiệp Trung ương,
- Các đồng chí Ủy viên
Ban Chấp hành Trung ương Đảng,
- Lưu Văn phòng Trung ương Đảng.
|
**T/M BỘ CHÍNH
TRỊ**
Trần Cẩm Tú
|
Kết luận 212-KL/TW năm 2025 về định hướng xây dựng tiêu chuẩn của đơn vị hành chính, phân loại đơn vị hành chính và phân loại đô thị do Ban Chấp hành Trung ương ban hành
Văn bản này chưa cập nhật nội dung Tiếng Anh
Kết luận 212-KL/TW ngày 18/11/2025 về định hướng xây dựng tiêu chuẩn của đơn vị hành chính, phân loại đơn vị hành chính và phân loại đô thị do Ban Chấp hành Trung ương ban hành
</file>
# A province's decision: its subject ends where the line naming who enacts
# it ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH") stands. tvpl-legal-news/legal_docs/00e8b0e4daffc2ef.md
<file name="in4/qd-471.md">
**Số hiệu:**
|
471/QĐ-UBND
|
|
**Loại văn bản:**
|
Quyết định
|
**Nơi ban hành:**
|
Tỉnh Bắc Ninh
|
|
**Người ký:**
|
Phạm Văn Thịnh
|
**Ngày ban hành:**
|
28/11/2025
|
|
**
Ngày hiệu lực:**
|
Đã biết
|
**Ngày công báo:**
|
Đang cập nhật
|
|
**Số công báo:**
|
Đang cập nhật
|
|
**Tình trạng:**
|
Đã biết
|
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
Số: 471/QĐ-UBND
|
*Bắc Ninh, ngày 28 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC PHÊ DUYỆT DANH MỤC ĐỊA ĐIỂM TỔ CHỨC HỘI CHỢ,
TRIỂN LÃM THƯƠNG MẠI VÀ LĨNH VỰC ƯU TIÊN TỔ CHỨC HỘI CHỢ, TRIỂN LÃM THƯƠNG MẠI
TRÊN ĐỊA BÀN TỈNH BẮC NINH NĂM 2026
**ỦY BAN NHÂN DÂN TỈNH BẮC NINH**
*Căn cứ Luật Tổ chức chính
quyền địa phương ngày 16/6/2025; *
*Căn cứ Luật Thương mại
ngày 14/6/2005;*
</file>
$ tracuu ingest --quiet --no-progress --db db4 --root in4 in4
? 0
$ tracuu cite --db db4 --json 212-KL/TW | jq -c '[.issuer, .subject, [.evidence.issuer[] | [.value, .support, .letterhead]]]'
> ["Bộ Chính trị","định hướng xây dựng tiêu chuẩn của đơn vị hành chính, phân loại đơn vị hành chính và phân loại đô thị",[["Bộ Chính trị",1,true],["Ban Chấp hành Trung ương",3,false]]]
? 0
$ tracuu search --db db4 --from 2025 --sort=date --json | jq -r .title
> Quyết định 471/QĐ-UBND: Phê duyệt danh mục địa điểm tổ chức hội chợ, triển lãm thương mại và lĩnh vực ưu tiên tổ chức hội chợ, triển lãm thương mại trên địa bàn tỉnh Bắc Ninh năm 2026
> Kết luận 212-KL/TW: Định hướng xây dựng tiêu chuẩn của đơn vị hành chính, phân loại đơn vị hành chính và phân loại đô thị
? 0
# The filter and the facets follow the body the card names.
$ sources --db db4 --issuer 'Bộ Chính trị'
> kl-212.md
? 0
$ tracuu search --db db4 --facets --limit 0 --type KL
> 1 result
> 
> facets (over 1 matching document):
> type: Kết luận (1)
> issuer: Bộ Chính trị (1)
> year: 2025 (1)
? 0
# vbpl.vn's breadcrumb names a text without a number "Hiến pháp Không số"
# (vbpl-html/pages/vbpl_luocdo_phaply.html): "Không số" is no part of a title.
<file name="in5/vbpl_luocdo_phaply.html">
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
$ tracuu ingest --quiet --no-progress --db db5 --root in5 in5
? 0
$ tracuu show --db db5 --json vbpl_luocdo_phaply.html | jq -r .title
> Hiến pháp
? 0
