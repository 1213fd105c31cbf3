# h9v's sweep of relations and status (docs/trust-sweep.md, "h9v: relations
# and status"). Texts: the letterhead and closing article of Nghị quyết
# 15/2026/NQ-CP (congbao-8chude/docs/chinh_sach_dn), which replaces a
# resolution whose title names a decree it suspended; the letterhead and
# one table row of Quyết định 2816/QĐ-UBND (tvpl-legal-news legal_docs
# 24ac05c2c7c4518e.md), a province's plan citing the decree and circular
# articles it proposes be amended.
<file name="in/nq-15-2026.txt">
CHÍNH PHỦ
_______

Số: 15/2026/NQ-CP
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 06 tháng 4 năm 2026

NGHỊ QUYẾT
Tạm ngưng hiệu lực Nghị định số 46/2026/NĐ-CP
ngày 26 tháng 01 năm 2026 và Nghị quyết số 66.13/2026/NQ-CP
ngày 27 tháng 01 năm 2026 của Chính phủ

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Điều 4. Hiệu lực thi hành
Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành và thay thế Nghị quyết
số 09/2026/NQ-CP ngày 04 tháng 02 năm 2026 của Chính phủ tạm ngưng hiệu lực và
điều chỉnh thời hạn áp dụng Nghị định số 46/2026/NĐ-CP ngày 26 tháng 01 năm 2026
và Nghị quyết số 66.13/2026/NQ-CP ngày 27 tháng 01 năm 2026.
</file>
<file name="in/qd-2816.txt">
ỦY BAN NHÂN DÂN
TỈNH ĐỒNG NAI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 2816/QĐ-UBND
Đồng Nai, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH
VỀ VIỆC THÔNG QUA PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH
THUỘC THẨM QUYỀN QUẢN LÝ VÀ GIẢI QUYẾT CỦA NGÀNH Y TẾ TỈNH ĐỒNG NAI NĂM 2025

Điều 1. Thông qua phương án đơn giản hóa thủ tục hành chính.

Sửa đổi điểm b khoản 2 Điều 5 Nghị định 147/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Y tế.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
# The resolution replaced; not the decree and resolution the replaced one's
# title names (h9y: its own title suspends them).
$ tracuu cite --db db --json -n 0 --as-of 2026-05-01 15/2026/NQ-CP | jq -c '[.relations[] | select(.kind != "based-on") | [.kind, .other, .scope]]'
> [["suspends","46/2026/NĐ-CP",null],["suspends","66.13/2026/NQ-CP",null],["replaces","09/2026/NQ-CP",null]]
? 0
$ tracuu cite --db db --json -n 0 --as-of 2026-05-01 46/2026/NĐ-CP | jq -c '{status, relations: [.relations[] | .kind]}'
> {"status":"suspended","relations":["suspends"]}
? 0
# A province's decision amends no decree of the Government.
$ tracuu cite --db db --json -n 0 147/2025/NĐ-CP | jq -c '{status, relations: [.relations[] | .kind]}'
> {"status":"unknown","relations":[]}
? 0
