# sweep-h16f.t — what h16f's sweep fixed (docs/trust-sweep.md, h16f).
#
# A citation in a decision's title heading, in capitals wrapped over lines as the Gazette and
# the portals print it ("… TRONG LĨNH VỰC THIẾT BỊ Y" / "TẾ QUY ĐỊNH TẠI THÔNG TƯ SỐ
# 44/2025/TT-BYT …"): its cited-in sentence began mid-name, "TẾ QUY ĐỊNH TẠI …", the line
# before taken for page furniture (a line in capitals). Excerpt of tvpl-legal-news
# gov_news_and_docs/85dfc8ce7a836e1d.md (Quyết định 3618/QĐ-BYT).
<file name="in/qd-3618.md">
24 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ
VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG TRONG LĨNH VỰC THIẾT BỊ Y
TẾ QUY ĐỊNH TẠI THÔNG TƯ SỐ 44/2025/TT-BYT THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA
BỘ Y TẾ
**BỘ TRƯỞNG BỘ Y TẾ**
*Căn cứ Nghị định số
42/2025/NĐ-CP ngày 27 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm
vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;*
*Căn cứ Nghị định số 63**/**2010**/**NĐ-CP ngày 08
</file>
# The same in a repealing decision's title (tvpl-legal-news legal_docs/606d5f203dec293b.md,
# Quyết định 122/2025/QĐ-UBND, Huế): its sentence stopped at a wrapped line in capitals,
# "… VÀ QUYẾT ĐỊNH SỐ 07/2022/QĐ-UBND", mid-title; the type's heading above it ("QUYẾT ĐỊNH")
# is a heading of its own and stays out.
<file name="in/qd-122.md">
|
*Huế, ngày 24
tháng 11 năm 2025 *
|
** **
**QUYẾT ĐỊNH**
BÃI
BỎ QUYẾT ĐỊNH SỐ 42/2018/QĐ-UBND NGÀY 08 THÁNG 8 NĂM 2018 VÀ QUYẾT ĐỊNH SỐ 07/2022/QĐ-UBND
NGÀY 17 THÁNG 02 NĂM 2022 CỦA CỦA ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ SỬA ĐỔI,
BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ
42/2018/QĐ-UBND NGÀY 08 THÁNG 8 NĂM 2018 CỦA ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN
HUẾ VỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ PHÂN CẤP QUẢN LÝ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ
CHỨC ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ CỦA ĐỊA PHƯƠNG TRÊN ĐỊA BÀN TỈNH THỪA THIÊN
HUẾ
*Căn cứ Luật Tổ chức chính
quyền địa phương số 72/2025/QH15;*
</file>
# A body with its place right before "ban hành" in a news sentence ("Ngày 04/12/2025, UBND
# tỉnh Đắk Lắk đã ban hành Quyết định 02223/QĐ-UBND …"): the card said "Ủy ban nhân dân" and no
# date, the body's name read only when it ended at "ban hành" (tvpl-legal-news qa_explainers
# 6d81dac582056e8e.md, f444e08bc3a564e4.md).
<file name="in/dak-lak.md">
Ngày 04/12/2025, UBND tỉnh Đắk Lắk đã ban hành Quyết định 02223/QĐ-UBND về việc công bố thủ tục hành chính nội bộ mới ban hành; sửa đổi, bổ sung lĩnh vực Đất đai thuộc phạm vi chức năng quản lý Nhà nước của Sở Nông nghiệp và Môi trường trên địa bàn tỉnh Đắk Lắk.
</file>
<file name="in/da-nang.md">
Ngày 08 tháng 5 năm 2025, Ủy ban nhân dân thành phố Đà Nẵng ban hành Quyết định 1463/QĐ-UBND về việc thành lập tổ công tác nghiên cứu đầu tư tuyến đường sắt đô thị Đà Nẵng Quảng Nam.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu cite --db db --json 44/2025/TT-BYT | jq -r '.cited_in[].sentence'
> VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG TRONG LĨNH VỰC THIẾT BỊ Y TẾ QUY ĐỊNH TẠI THÔNG TƯ SỐ 44/2025/TT-BYT THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA BỘ Y TẾ
? 0
# The heading names no act on the circular: "SỬA ĐỔI, BỔ SUNG" there is what the decision
# lists, not what it does to 44/2025/TT-BYT.
$ tracuu cite --db db --json 44/2025/TT-BYT | jq -c '.relations'
> []
? 0
$ tracuu cite --db db --json 42/2018/QĐ-UBND | jq -r '.cited_in[].sentence'
> BÃI BỎ QUYẾT ĐỊNH SỐ 42/2018/QĐ-UBND NGÀY 08 THÁNG 8 NĂM 2018 VÀ QUYẾT ĐỊNH SỐ 07/2022/QĐ-UBND NGÀY 17 THÁNG 02 NĂM 2022 CỦA CỦA ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ SỬA ĐỔI, …
? 0
$ tracuu cite --db db --json 02223/QĐ-UBND 1463/QĐ-UBND | jq -r '"\(.number) · \(.issuer) · \(.date)"'
> 02223/QĐ-UBND · Ủy ban nhân dân tỉnh Đắk Lắk · 2025-12-04
> 1463/QĐ-UBND · Ủy ban nhân dân thành phố Đà Nẵng · 2025-05-08
? 0
