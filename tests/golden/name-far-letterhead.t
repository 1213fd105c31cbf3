# A name resolves to the number of a letterhead far into a text: a file that holds two laws, the
# second's letterhead (LUẬT / THỬ NGHIỆM ĐỊNH DANH above 77/2021/QH15) past the top that the name's
# reading looks at for mentions ("Luật … số N", query/cite.c NAME_HEAD). Letterhead lines are read
# wherever they stand (idx_mentions_each_head); other mentions only near the top. The laws are made up;
# their letterheads follow uts-vlc-laws/docs/bo-luat-lao-dong.txt.
<file name="top.txt">
QUỐC HỘI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Luật số: 76/2021/QH15

Hà Nội, ngày 19 tháng 11 năm 2021

LUẬT

LƯU TRỮ THỬ NGHIỆM

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

</file>
<file name="second.txt">
QUỐC HỘI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Luật số: 77/2021/QH15

Hà Nội, ngày 20 tháng 11 năm 2021

LUẬT

THỬ NGHIỆM ĐỊNH DANH

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
</file>
# 300 different lines between the two (the same line repeated would be page furniture, dropped).
$ mkdir -p in && { cat top.txt; for i in $(seq 300); do echo "$i. Hồ sơ loại $i được lưu trữ tại kho số $i theo quy định của cơ quan quản lý."; done; cat second.txt; } > in/tuyen-tap.txt && test "$(wc -c < in/tuyen-tap.txt)" -gt 30000
$ tracuu ingest --quiet --no-progress --db db --root in in
$ tracuu search --db db -n 1 'Luật Thử nghiệm định danh'
~ ^77/2021/QH15 — Luật$
~ ^  subject       Thử nghiệm định danh \(its letterhead\)$
$ tracuu search --db db -n 1 'Luật Lưu trữ thử nghiệm 2021'
~ ^76/2021/QH15 — Luật$
