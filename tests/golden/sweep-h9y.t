# h9y: suspensions ("tạm ngưng hiệu lực") and the status "suspended"
# (docs/trust-sweep.md, "h9y"). Texts: Nghị quyết 15/2026/NQ-CP
# (congbao-8chude/docs/chinh_sach_dn), whose Điều 1 suspends the texts its
# list names until a condition; Thông tư 16/2022/TT-BKHĐT
# (congbao-8chude/docs/uu_dai_dt), which suspends a circular between two
# days; a plan's task from Nghị quyết 175/NQ-CP (congbao-8chude/docs/bhxh).
<file name="in/nq-15-2026.txt">
CHÍNH PHỦ
_______

Số: 15/2026/NQ-CP
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 06 tháng 4 năm 2026

NGHỊ QUYẾT
VỀ AN TOÀN THỰC PHẨM

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Điều 1.  Tạm ngưng hiệu lực áp dụng văn bản
Tạm ngưng hiệu lực áp dụng cho đến khi Luật An toàn thực phẩm (sửa đổi)
và Nghị định hướng dẫn Luật An toàn thực phẩm (sửa đổi) có hiệu lực thi hành
đối với các văn bản sau đây:
1. Nghị định số 46/2026/NĐ-CP ngày 26 tháng 01 năm 2026 của Chính phủ
quy định chi tiết thi hành một số điều và biện pháp để tổ chức, hướng dẫn thi hành
Luật An toàn thực phẩm.
2. Nghị quyết số 66.13/2026/NQ-CP ngày 27 tháng 01 năm 2026 của Chính
phủ quy định về công bố, đăng ký sản phẩm thực phẩm.
Điều 2. Áp dụng văn bản trong thời gian tạm ngưng hiệu lực
Trong thời gian tạm ngưng hiệu lực theo quy định tại Điều 1 Nghị quyết này,
Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ quy định
chi tiết thi hành một số điều của Luật An toàn thực phẩm tiếp tục có hiệu lực.
Điều 5. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.
</file>
<file name="in/tt-16-2022.txt">
BỘ KẾ HOẠCH VÀ ĐẦU TƯ

Số: 16/2022/TT-BKHĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 29 tháng 7 năm 2022

THÔNG TƯ
Ngưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT ngày 31 tháng 5 năm 2022
và Thông tư số 10/2022/TT-BKHĐT ngày 15 tháng 6 năm 2022

Căn cứ Luật Đấu thầu ngày 26 tháng 11 năm 2013;
Điều 1. Ngưng hiệu lực thi hành
1. Đối với Thông tư số 08/2022/TT-BKHĐT ngày 31 tháng 5 năm 2022:
a) Ngưng hiệu lực thi hành từ ngày 01 tháng 8 năm 2022 đến ngày 15 tháng 9
năm 2022, trừ quy định về lộ trình áp dụng đấu thầu qua mạng.
b) Ngưng hiệu lực quy định về lộ trình áp dụng đấu thầu qua mạng từ
ngày 01 tháng 8 năm 2022 đến ngày 01 tháng 01 năm 2023.
2. Đối với Thông tư số 10/2022/TT-BKHĐT ngày 15 tháng 6 năm 2022 của
Bộ trưởng Bộ Kế hoạch và Đầu tư quy định chi tiết việc cung cấp, đăng tải thông
tin và lựa chọn nhà đầu tư trên Hệ thống mạng đấu thầu quốc gia, ngưng hiệu lực
thi hành từ ngày 01 tháng 8 năm 2022 đến ngày 15 tháng 9 năm 2022.
Điều 3. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2022.
</file>
<file name="in/tt-10-2022.txt">
BỘ KẾ HOẠCH VÀ ĐẦU TƯ

Số: 10/2022/TT-BKHĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 15 tháng 6 năm 2022

THÔNG TƯ
Quy định chi tiết việc cung cấp, đăng tải thông tin và lựa chọn nhà đầu tư
trên Hệ thống mạng đấu thầu quốc gia

Căn cứ Luật Đấu thầu ngày 26 tháng 11 năm 2013;
Điều 20. Hiệu lực thi hành
1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2022.
</file>
<file name="in/nq-175.txt">
CHÍNH PHỦ
_______

Số: 175/NQ-CP
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 30 tháng 10 năm 2023

NGHỊ QUYẾT
PHÊ DUYỆT ĐỀ ÁN TRUNG TÂM DỮ LIỆU QUỐC GIA

1. Về xây dựng và hoàn thiện cơ sở pháp lý
b) Sửa đổi, bổ sung Nghị định số 01/2018/NĐ-CP của Chính phủ quy định
chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công an để bổ sung
Trung tâm dữ liệu quốc gia là đơn vị tương đương cấp Cục thuộc Bộ Công an.
- Đơn vị chủ trì: Bộ Công an.
- Thời gian hoàn thành: Trong năm 2024.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
# Suspended until a condition: no end day, so it stays suspended.
$ tracuu cite --db db --json -n 0 --as-of 2026-05-01 46/2026/NĐ-CP | jq -c '{status, status_by, status_since, status_until}'
> {"status":"suspended","status_by":"15/2026/NQ-CP","status_since":"2026-04-06","status_until":null}
? 0
$ tracuu cite --db db -n 0 --as-of 2026-05-01 66.13/2026/NQ-CP | grep -E '^  (status|relations)'
>   status        suspended by 15/2026/NQ-CP from 2026-04-06 (until a condition its text states) · as of 2026-05-01
>   relations     suspended by 15/2026/NQ-CP from 2026-04-06 · id 1
? 0
# What stays in force meanwhile is not suspended.
$ tracuu cite --db db --json -n 0 15/2018/NĐ-CP | jq -c '[.status, [.relations[] | .kind]]'
> ["unknown",[]]
? 0
# Suspended between two days (its own text here): before, during, after.
$ tracuu cite --db db --json -n 0 --as-of 2022-07-15 10/2022/TT-BKHĐT | jq -c '[.status, .status_until]'
> ["not yet in force",null]
? 0
$ tracuu cite --db db --json -n 0 --as-of 2022-09-01 10/2022/TT-BKHĐT | jq -c '[.status, .status_since, .status_until]'
> ["suspended","2022-08-01","2022-09-15"]
? 0
$ tracuu cite --db db --json -n 0 --as-of 2022-10-01 10/2022/TT-BKHĐT | jq -c '[.status, .status_until]'
> ["in force",null]
? 0
# Acted on by the title only: the days its articles state, the latest.
$ tracuu cite --db db --json -n 0 --as-of 2022-09-01 08/2022/TT-BKHĐT | jq -c '[.status, .status_by, .status_until]'
> ["suspended","16/2022/TT-BKHĐT","2023-01-01"]
? 0
$ tracuu cite --db db --json -n 0 --as-of 2026-05-01 08/2022/TT-BKHĐT | jq -c '[.status, [.relations[] | .kind]]'
> ["unknown",["suspends"]]
? 0
# The status filter knows it, on the day asked.
$ tracuu search --db db --status suspended --as-of 2022-09-01 'đấu thầu' --json | jq -r '.number'
> 10/2022/TT-BKHĐT
? 0
$ tracuu search --db db --status 'tạm ngưng hiệu lực' --as-of 2022-10-01 'đấu thầu' --json | jq -r '.number'
! tracuu: no document matches the words with every filter given; the words alone find 2
? 0
# A plan's task is no act of the plan.
$ tracuu cite --db db --json -n 0 01/2018/NĐ-CP | jq -c '[.status, [.relations[] | .kind]]'
> ["unknown",[]]
? 0
