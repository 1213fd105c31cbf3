# The lead's sweep of the ninth session (issue 17, docs/trust-sweep.md "The lead's sweep (ninth
# session)"): who issued a number, as its citing texts name the body.
#
# A decision's subject typed with a capital right after the place, as a Gazette list of decisions
# writes it, is no part of the place's name: the card said "Ủy ban nhân dân tỉnh Bình Phước Thành"
# and no subject. tvpl-legal-news/legal_docs/329d9e978debfeec.md, items 16 and 17.
<file name="bp/329d9e978debfeec.md">
16. Quyết định số 52/2002/QĐ-UB
ngày 27 tháng 9 năm 2002 của Ủy ban nhân dân tỉnh Bình Phước Thành lập trạm y
tế xã Đồng Tiến trực thuộc Trung tâm y tế huyện Đồng Phú - tỉnh Bình Phước.

17. Quyết định số 53/2002/QĐ-UB
ngày 27 tháng 9 năm 2002 của Ủy ban nhân dân tỉnh Bình Phước Thành lập trạm y
tế xã Tân Tiến trực thuộc Trung tâm y tế huyện Đồng Phú - tỉnh Bình Phước.
</file>
$ tracuu ingest --quiet --no-progress --db bpdb bp
? 0
$ tracuu cite --db bpdb 52/2002/QĐ-UB | sed -n 3,5p
>   issuing body  Ủy ban nhân dân tỉnh Bình Phước (1 of 1 mention)
>   issued        2002-09-27 (1 of 1 mention)
>   subject       thành lập trạm y tế xã Đồng Tiến trực thuộc Trung tâm y tế huyện Đồng Phú - tỉnh Bình Phước (1 of 1 mention)
? 0
#
# A province's text names its own committee without the place ("của Ủy ban nhân dân tỉnh"): the
# body is the province of the text's letterhead, not a bare "Ủy ban nhân dân tỉnh" (44 mentions
# over the six folders). tvpl-legal-news/legal_docs/fcc6947614833898.md (1622/QĐ-UBND of Quảng
# Ngãi), its letterhead and first ground.
<file name="qn/fcc6947614833898.md">
ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
-------
Số: 1622/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Quảng Ngãi, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH
Công bố Danh mục thủ tục hành chính được sửa đổi, bổ sung, bãi bỏ trong lĩnh vực đấu thầu

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI

Căn cứ Quyết định số 44/2022/QĐ-UBND ngày 24 tháng 11 năm 2022 của Ủy ban nhân dân tỉnh ban hành Quy chế về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính trên địa bàn tỉnh Quảng Ngãi;
</file>
$ tracuu ingest --quiet --no-progress --db qndb qn
? 0
$ tracuu cite --db qndb 44/2022/QĐ-UBND | sed -n 3p
>   issuing body  Ủy ban nhân dân tỉnh Quảng Ngãi (1 of 1 mention)
? 0
$ tracuu search --db qndb 44/2022/QĐ-UBND | grep cites:
>    cites: 44/2022/QĐ-UBND (Ủy ban nhân dân tỉnh Quảng Ngãi)
? 0
#
# A place's name ends where a sentence or a heading goes on: "… của Ủy ban nhân dân tỉnh.
# Điều 2" gave a card of "Ủy ban nhân dân tỉnh. Điều 2", a heading in capitals "… CỦA ỦY BAN NHÂN
# DÂN TỈNH VỀ SỬA ĐỔI …" one of "Ủy ban nhân dân TỈNH VỀ SỬA ĐỔI", and "… TỈNH / Căn cứ" one of
# "TỈNH Căn": three cards of one number. tvpl-legal-news/legal_docs/020bddd030400bd2.md, its heading
# and Điều 1 (its letterhead left out, so that the bodies stay as written).
<file name="ht/020bddd030400bd2.md">
**QUYẾT ĐỊNH**
BÃI BỎ TOÀN BỘ
QUYẾT ĐỊNH SỐ 10/2016/QĐ-UBND NGÀY 21/3/2016 CỦA ỦY BAN NHÂN DÂN TỈNH BAN HÀNH
QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NGOẠI VỤ VÀ
QUYẾT ĐỊNH SỐ 14/2022/QĐ-UBND NGÀY 15/6/2022 CỦA ỦY BAN NHÂN DÂN TỈNH VỀ SỬA
ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 10/2016/QĐ-UBND NGÀY 21/3/2016 CỦA ỦY BAN NHÂN DÂN
TỈNH
*Căn cứ Luật Tổ chức chính quyền địa phương
ngày 16/6/2025;*
**Điều 1. Bãi bỏ toàn bộ các quyết định**
Bãi bỏ toàn bộ Quyết định số 10/2016/QĐ-UBND
ngày 21/3/2016 của Ủy ban nhân dân tỉnh ban hành Quy định chức năng, nhiệm vụ,
quyền hạn và cơ cấu tổ chức của Sở Ngoại vụ và Quyết định số 14/2022/QĐ-UBND
ngày 15/6/2022 của Ủy ban nhân dân tỉnh về sửa đổi, bổ sung Quyết định số
10/2016/QĐ-UBND ngày 21/3/2016 của Ủy ban nhân dân tỉnh.
**Điều 2. Điều khoản thi hành**
</file>
$ tracuu ingest --quiet --no-progress --db htdb ht
? 0
$ tracuu cite --db htdb 10/2016/QĐ-UBND 14/2022/QĐ-UBND | grep -E '—|issuing|subject'
> 10/2016/QĐ-UBND — Quyết định
>   issuing body  Ủy ban nhân dân tỉnh (4 of 4 mentions)
>   subject       ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Ngoại vụ và Quyết định số 14/2022/QĐ-UBND (2 of 4 mentions)
> 14/2022/QĐ-UBND — Quyết định
>   issuing body  Ủy ban nhân dân tỉnh (2 of 2 mentions)
>   subject       sửa đổi, bổ sung Quyết định số 10/2016/QĐ-UBND (2 of 2 mentions)
? 0
#
# A merged province's text citing the old province's decisions: "… của Ủy ban nhân dân tỉnh" after
# "… của Ủy ban nhân dân tỉnh Kon Tum" for the same number is Kon Tum's, not the text's own
# province (Quảng Ngãi). tvpl-legal-news/legal_docs/150d48a05ed57aa3.md (44/2025/QĐ-UBND), its
# letterhead and the items of its article 2.
<file name="kt/150d48a05ed57aa3.md">
|
**ỦY BAN NHÂN DÂN**
TỈNH QUẢNG NGÃI
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số:
44/2025/QĐ-UBND
|
*Quảng Ngãi, ngày
21 tháng 11 năm 2025*
2. Các Quyết định sau hết hiệu
lực thi hành kể từ ngày Quyết định này có hiệu lực:

a) Quyết định số
09/2019/QĐ-UBND ngày 28/5/2019 của Ủy ban nhân dân tỉnh Kon Tum về việc ban
hành tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng của các cơ
quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh Kon Tum;

b) Quyết định số
06/2020/QĐ-UBND ngày 13/02/2020 của Ủy ban nhân dân tỉnh Kon Tum bổ sung tiêu
chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng quy định tại Quyết định
09/2019/QĐ-UBND ngày 28 tháng 5 năm 2019 của Ủy ban nhân dân tỉnh;

</file>
$ tracuu ingest --quiet --no-progress --db ktdb kt
? 0
$ tracuu cite --db ktdb 09/2019/QĐ-UBND | grep -E '—|issuing'
> 09/2019/QĐ-UBND — Quyết định
>   issuing body  Ủy ban nhân dân tỉnh Kon Tum (2 of 2 mentions)
? 0
