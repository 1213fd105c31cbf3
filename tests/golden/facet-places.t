# The issuer facet names a province's or a town's committee and council with its place ("Ủy ban
# nhân dân tỉnh Hà Tĩnh (2)"), as their letterheads do, not all of them under the code they share
# ("Ủy ban nhân dân (3)", "Hội đồng nhân dân (1)"); the name is a filter that finds exactly that
# count, and "UỶ BAN" spelt with its older mark counts with "Ủy ban". Letterheads and grounds of
# four thuvienphapluat pages (tvpl-legal-news/legal_docs: d5e470b7ce8d175f.md, 9d2bfa38605fbc89.md,
# 8fe888e498bceabd.md, 90cfa0f24fcb05de.md; the site's attribute block left out).
<file name="in/d5e470b7ce8d175f.md">
**ỦY BAN NHÂN DÂN
**
TỈNH HÀ TĨNH
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số:
76/2025/QĐ-UBND
|
*Hà Tĩnh, ngày 21
tháng 11 năm 2025 *
|
* *
**QUYẾT ĐỊNH**
BÃI
BỎ CÁC QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
*Căn cứ Luật Tổ chức chính
quyền địa phương ngày 16 tháng 6 năm 2025;*
*Căn cứ Luật Ban hành văn bản
quy phạm pháp luật ngày 19 tháng 02 năm 2025; Luật sửa đổi bổ sung một số điều
của Luật Ban hành văn bản quy phạm pháp luật ngày 25 tháng 6 năm 2025;*
</file>
<file name="in/9d2bfa38605fbc89.md">
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
78/2025/QĐ-UBND
|
*Hà Tĩnh, ngày
24 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
BÃI BỎ QUYẾT ĐỊNH SỐ
02/2022/QĐ-UBND NGÀY 11/01/2022 CỦA ỦY BAN NHÂN DÂN TỈNH BAN HÀNH QUY ĐỊNH VỀ
AN TOÀN PHÒNG CHÁY VÀ CHỮA CHÁY ĐỐI VỚI NHÀ Ở KẾT HỢP SẢN XUẤT, KINH DOANH TRÊN
ĐỊA BÀN TỈNH HÀ TĨNH
*Căn cứ Luật Tổ chức chính quyền địa phương ngày
</file>
<file name="in/8fe888e498bceabd.md">
|
**UỶ BAN NHÂN DÂN**
TỈNH CAO BẰNG
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 2003/QĐ-UBND
|
*Cao Bằng, ngày 25
tháng 11 năm 2025*
|
** **
**QUYẾT ĐỊNH**
PHÊ DUYỆT DANH SÁCH XÃ, PHƯỜNG MIỀN NÚI TRÊN ĐỊA BÀN TỈNH
CAO BẰNG GIAI ĐOẠN 2026 – 2030
*Căn cứ Luật Tổ chức chính
quyền địa phương ngày 16 tháng 6 năm 2025;*
*Căn cứ Nghị định số
272/2025/NĐ-CP ngày 16 tháng 10 năm 2025 của* *Chính phủ về phân định khu
vực vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026–2030;*
</file>
<file name="in/90cfa0f24fcb05de.md">
**HỘI ĐỒNG NHÂN
DÂN **
THÀNH PHỐ HÀ NỘI
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số:
74/2025/NQ-HĐND
|
*Hà Nội, ngày 27
tháng 11 năm 2025 *
|
**NGHỊ QUYẾT**
BÃI BỎ NGHỊ QUYẾT SỐ
30/2013/NQ-HĐND NGÀY 06 THÁNG 12 NĂM 2013 CỦA HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ
NỘI VỀ XÂY DỰNG KHU VỰC PHÒNG THỦ THÀNH PHỐ HÀ NỘI ĐẾN NĂM 2020 VÀ NHỮNG NĂM
TIẾP THEO
*Căn cứ Luật Tổ chức chính quyền địa phương số
72/2025/QH15;*
*Căn cứ Luật Ban hành văn bản quy phạm pháp luật
số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;*
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu search --db db --facets --year 2025 | grep '^issuer:'
> issuer: Ủy ban nhân dân tỉnh Hà Tĩnh (2), Hội đồng nhân dân thành phố Hà Nội (1), Ủy ban nhân dân tỉnh Cao Bằng (1)
? 0
$ tracuu search --db db --facets --json --year 2025 | tail -1 | jq -c .facets.issuer
> {"Ủy ban nhân dân tỉnh Hà Tĩnh":2,"Hội đồng nhân dân thành phố Hà Nội":1,"Ủy ban nhân dân tỉnh Cao Bằng":1}
? 0
# Each name narrows to its count; the code still takes them all.
$ tracuu search --db db --issuer 'Ủy ban nhân dân tỉnh Hà Tĩnh' --year 2025 | head -1
> 2 results
? 0
$ tracuu search --db db --issuer 'Ủy ban nhân dân tỉnh Cao Bằng' --year 2025 | head -1
> 1 result
? 0
$ tracuu search --db db --issuer UBND --year 2025 | head -1
> 3 results
? 0
# A body and its place typed without the word the letterhead writes between them ("tỉnh",
# "thành phố"): the body of that province or city (before: 0 results, said nothing).
$ tracuu search --db db --issuer 'UBND Hà Tĩnh' --year 2025 | head -1
> 2 results
$ tracuu search --db db --issuer 'HĐND Hà Nội' --year 2025 | head -1
> 1 result
$ tracuu search --db db --issuer 'Ủy ban nhân dân Cao Bằng' --year 2025 | head -1
> 1 result
$ tracuu search --db db --issuer 'UBND Hà Nội' --year 2025 | head -1
> 0 results
! tracuu: no indexed document was issued by, or cites, a body named 'UBND Hà Nội' (--facets lists the bodies the index holds)
