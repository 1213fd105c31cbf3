# Relations between regulations and their standing as of a date, read from
# their own texts (text/relations.c, text/effective.c; cards: index/registry.c).
# Texts: the letterheads, grounds and closing articles of Thông tư
# 19/2022/TT-BKHĐT and of Thông tư 03/2025/TT-BKHĐT, which replaces it
# (congbao-8chude/docs/uu_dai_dt); an amending text made of lines of
# thong-tu-so-45-2026-tt-btc (a quoted phrase, a clause of its own) and of
# nghi-dinh-so-128-2026-nd-cp (a clause's own effective date); a news page's
# sentence that another text will replace a decree; the letterhead and
# closing article of Luật Thống kê (uts-vlc-laws), which the circular names
# by its name in its grounds; the opening and certificate of a consolidated
# text, van-ban-hop-nhat-so-40-vbhn-vpqh (congbao-8chude/bhxh), whose own
# number stands at its end.
<file name="in/tt-19-2022.txt">
BỘ KẾ HOẠCH VÀ ĐẦU TƯ


CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 19/2022/TT-BKHĐT
Hà Nội, ngày 10 tháng 8 năm 2022

THÔNG TƯ
Quy định chế độ báo cáo thống kê ngành Kế hoạch, Đầu tư và Thống kê

Căn cứ Luật Thống kê ngày 23 tháng 11 năm 2015;
Căn cứ Nghị định số 94/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính
phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thống kê;
Điều 8. Hiệu lực thi hành
1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 10 năm 2022.
2. Trường hợp các văn bản dẫn chiếu tại Thông tư này được sửa đổi, bổ sung,
thay thế thì thực hiện theo quy định tại văn bản mới.


BỘ TRƯỞNG

Nguyễn Chí Dũng
</file>
<file name="in/tt-03-2025.txt">
BỘ KẾ HOẠCH VÀ ĐẦU TƯ


CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 03/2025/TT-BKHĐT
Hà Nội, ngày 15 tháng 01 năm 2025

THÔNG TƯ
Quy định chế độ báo cáo thống kê ngành Kế hoạch và Đầu tư

Căn cứ Nghị định số 94/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính
phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thống kê;
Điều 7. Hiệu lực thi hành
1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2025 và thay
thế Thông tư số 19/2022/TT-BKHĐT ngày 10 tháng 8 năm 2022 của Bộ trưởng Bộ Kế
hoạch và Đầu tư quy định Chế độ báo cáo thống kê ngành Kế hoạch, Đầu tư và
Thống kê.


BỘ TRƯỞNG

Nguyễn Chí Dũng
</file>
<file name="in/tt-45-2026.txt">
BỘ TÀI CHÍNH


CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/2026/TT-BTC
Hà Nội, ngày 10 tháng 3 năm 2026

THÔNG TƯ
Sửa đổi, bổ sung một số điều của Thông tư số 80/2021/TT-BTC

Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 80/2021/TT-BTC ngày 29
tháng 9 năm 2021 của Bộ trưởng Bộ Tài chính
3. Thay thế cụm từ “khoản 3 Điều 6 Nghị định số 63/2019/NĐ-CP” bằng
cụm từ “khoản 1 Điều 6 Nghị định số 63/2019/NĐ-CP” tại khoản 3 Điều 4.
4. Bãi bỏ khoản 2 Điều 3 Thông tư số 45/2026/TT-BTC.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành sau 45 ngày kể từ ngày ký.
3. Quy định tại khoản 1 Điều 3 Thông tư này có hiệu lực thi hành kể từ
ngày 01 tháng 7 năm 2026.
</file>
<file name="in/luat-thong-ke.txt">
QUỐC HỘI
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Luật số: 89/2015/QH13

Hà Nội, ngày 23 tháng 11 năm 2015



LUẬT

THỐNG KÊ

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Quốc hội ban hành Luật thống kê.
1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2016.
2. Luật thống kê số 04/2003/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành, trừ trường hợp quy định tại Điều 71 của Luật này.
</file>
<file name="in/vbhn-40.txt">
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

LUẬT
BẢO HIỂM Y TẾ


Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008 của Quốc
hội, có hiệu lực kể từ ngày 01 tháng 7 năm 2009, được sửa đổi, bổ sung bởi:
1. Luật số 32/2013/QH13 ngày 19 tháng 6 năm 2013 của Quốc hội sửa đổi,
bổ sung một số điều của Luật Thuế thu nhập doanh nghiệp, có hiệu lực kể từ ngày
01 tháng 01 năm 2014;
2. Luật số 46/2014/QH13 ngày 13 tháng 6 năm 2014 của Quốc hội sửa đổi,
bổ sung một số điều của Luật Bảo hiểm y tế, có hiệu lực kể từ ngày 01 tháng 01
năm 2015;
1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.

 VĂN PHÒNG QUỐC HỘI
Số: 40/VBHN-VPQH



XÁC THỰC VĂN BẢN HỢP NHẤT
Hà Nội, ngày 16 tháng 3 năm 2026
CHỦ NHIỆM

Lê Quang Mạnh
</file>
<file name="in/tin-tuc.md">
# Sắp có nghị định mới về báo cáo thống kê

Theo dự thảo, nghị định mới sẽ thay thế Nghị định số 94/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
# The card of the replaced circular: replaced by the later one from its
# effective date, with the sentence that says so; its own effective date.
$ tracuu cite --db db --color=never -n 0 --as-of 2026-01-01 19/2022/TT-BKHĐT
> 19/2022/TT-BKHĐT — Thông tư
>   type          Thông tư (its letterhead)
>   issuing body  Bộ Kế hoạch và Đầu tư (its letterhead)
>   issued        2022-08-10 (its letterhead)
>   subject       quy định Chế độ báo cáo thống kê ngành Kế hoạch, Đầu tư và Thống kê (its letterhead)
>   signed by     Nguyễn Chí Dũng (its letterhead)
>   its own text  tt-19-2022.txt · id 4
>   cited in      2 documents (2 mentions)
>   effective     2022-10-01 (id 4: "Điều 8. Hiệu lực thi hành 1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 10 năm 2022.")
>   status        replaced by 03/2025/TT-BKHĐT from 2025-04-01 · as of 2026-01-01
>   relations     replaced by 03/2025/TT-BKHĐT from 2025-04-01 · id 3
>                   "Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2025 và thay thế Thông tư số 19/2022/TT-BKHĐT ngày 10 tháng 8 năm 2022 của Bộ trưởng Bộ Kế hoạch và Đầu tư quy định Chế độ báo cáo thống kê ngành Kế hoạch, Đầu tư và Thống kê."
>                 is based on 94/2016/NĐ-CP · id 4
>                   "Căn cứ Nghị định số 94/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thống kê;"
>                 is based on Luật Thống kê năm 2015 (by its name) · id 4
>                   "Căn cứ Luật Thống kê ngày 23 tháng 11 năm 2015;"
> 
> … and 2 more (--limit)
? 0
# The day before the replacement took effect, it was in force; before its
# own effective date, not yet.
$ tracuu cite --db db -n 0 --as-of 2025-03-31 19/2022/TT-BKHĐT | grep status
>   status        in force (effective 2022-10-01) · as of 2025-03-31
? 0
$ tracuu cite --db db -n 0 --as-of 'ngày 30 tháng 9 năm 2022' 19/2022/TT-BKHĐT | grep status
>   status        not yet in force (effective 2022-10-01) · as of 2022-09-30
? 0
# Asked of a day before it was issued, it says so, not only that it was not yet in force.
$ tracuu cite --db db -n 0 --as-of 2022-01-01 19/2022/TT-BKHĐT | grep status
>   status        not yet in force (not yet issued: issued 2022-08-10, effective 2022-10-01) · as of 2022-01-01
? 0
# A number typed into search: its card says its status as cite does (as of
# --as-of), so a replaced text does not look current; its relations stay cite's.
$ tracuu search --db db --color=never -n 0 --as-of 2026-01-01 19/2022/TT-BKHĐT
> 19/2022/TT-BKHĐT — Thông tư
>   type          Thông tư (its letterhead)
>   issuing body  Bộ Kế hoạch và Đầu tư (its letterhead)
>   issued        2022-08-10 (its letterhead)
>   subject       quy định Chế độ báo cáo thống kê ngành Kế hoạch, Đầu tư và Thống kê (its letterhead)
>   signed by     Nguyễn Chí Dũng (its letterhead)
>   its own text  tt-19-2022.txt · id 4
>   cited in      2 documents (2 mentions)
>   effective     2022-10-01
>   status        replaced by 03/2025/TT-BKHĐT from 2025-04-01 · as of 2026-01-01
>
> 1 result
? 0
$ tracuu search --db db -n 0 --as-of 2025-03-31 19/2022/TT-BKHĐT | grep status
>   status        in force (effective 2022-10-01) · as of 2025-03-31
? 0
# The replacing circular's card says what it replaces.
$ tracuu cite --db db --json -n 0 --as-of 2026-01-01 03/2025/TT-BKHĐT | jq -c '{effective, status, status_since, relations: [.relations[] | {kind, direction, other, scope, id: .evidence.id}]}'
> {"effective":"2025-04-01","status":"in force","status_since":"2025-04-01","relations":[{"kind":"based-on","direction":"out","other":"94/2016/NĐ-CP","scope":null,"id":3},{"kind":"replaces","direction":"out","other":"19/2022/TT-BKHĐT","scope":null,"id":3}]}
? 0
$ tracuu cite --db db --json -n 0 --as-of 2026-01-01 19/2022/TT-BKHĐT | jq -c '{status, status_by, status_since, relations: [.relations[] | {kind, direction, other, from}]}'
> {"status":"replaced","status_by":"03/2025/TT-BKHĐT","status_since":"2025-04-01","relations":[{"kind":"replaces","direction":"in","other":"03/2025/TT-BKHĐT","from":"2025-04-01"},{"kind":"based-on","direction":"out","other":"94/2016/NĐ-CP","from":null},{"kind":"based-on","direction":"out","other":"Luật Thống kê năm 2015","from":null}]}
? 0
# "sau 45 ngày kể từ ngày ký": 45 days after its letterhead's date. A quoted
# phrase that names a decree is no relation, nor is a clause repealing a
# part of the text itself: its card lists only what it amends.
$ tracuu cite --db db --json -n 0 --as-of 2026-05-01 45/2026/TT-BTC | jq -c '{effective, status, relations: [.relations[] | {kind, other, scope}]}'
> {"effective":"2026-04-24","status":"in force","relations":[{"kind":"amends","other":"80/2021/TT-BTC","scope":"một số điều"}]}
? 0
$ tracuu cite --db db -n 0 --as-of 2026-05-01 45/2026/TT-BTC | grep -A1 -E '^  (effective|in part)'
>   effective     2026-04-24 (id 5: "Điều 2. Hiệu lực thi hành Thông tư này có hiệu lực thi hành sau 45 ngày kể từ ngày ký.")
>   in part       khoản 1 Điều 3 from 2026-07-01 (id 5: "3. Quy định tại khoản 1 Điều 3 Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.")
>   status        in force (effective 2026-04-24) · as of 2026-05-01
? 0
$ tracuu cite --db db --json -n 0 63/2019/NĐ-CP | jq -c '{effective, status, relations}'
> {"effective":null,"status":"unknown","relations":[]}
? 0
# A news page's "sẽ thay thế" is no relation: the decree only grounds the
# two circulars (the news page has no letterhead of its own).
$ tracuu cite --db db --json -n 0 94/2016/NĐ-CP | jq -c '[.status, (.relations[] | [.kind, .direction, .other])]'
> ["unknown",["based-on","in","03/2025/TT-BKHĐT"],["based-on","in","19/2022/TT-BKHĐT"]]
? 0
# A law named only by its name ("Căn cứ Luật Thống kê ngày 23 tháng 11 năm
# 2015"): its card finds the circular that names it so (the year written
# with the name is the law's); the law repeals its predecessor, whose
# status the collection shows without its text.
$ tracuu cite --db db --json -n 0 --as-of 2026-01-01 89/2015/QH13 | jq -c '{effective, status, relations: [.relations[] | {kind, direction, other, scope, by_name}]}'
> {"effective":"2016-07-01","status":"in force","relations":[{"kind":"repeals","direction":"out","other":"04/2003/QH11","scope":null,"by_name":false},{"kind":"based-on","direction":"in","other":"19/2022/TT-BKHĐT","scope":null,"by_name":true}]}
? 0
$ tracuu cite --db db --json -n 0 --as-of 2026-01-01 19/2022/TT-BKHĐT | jq -c '[.relations[] | select(.by_name) | {kind, direction, other}]'
> [{"kind":"based-on","direction":"out","other":"Luật Thống kê năm 2015"}]
? 0
$ tracuu cite --db db -n 0 --as-of 2026-01-01 04/2003/QH11 | grep -A1 -E 'status|relations'
>   status        repealed by 89/2015/QH13 from 2016-07-01 · as of 2026-01-01
>   relations     repealed by 89/2015/QH13 from 2016-07-01 · id 1
>                   "Luật thống kê số 04/2003/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành, trừ trường hợp quy định tại Điều 71 của Luật này."
? 0
# A consolidated text joins its base and the laws that amended it; it takes
# no effect of its own (the dates in it are its texts').
$ tracuu cite --db db --json -n 0 40/VBHN-VPQH | jq -c '{effective, status, relations: [.relations[] | [.kind, .direction, .other]]}'
> {"effective":null,"status":"unknown","relations":[["consolidates","out","25/2008/QH12"],["consolidates","out","32/2013/QH13"],["consolidates","out","46/2014/QH13"]]}
? 0
$ tracuu cite --db db -n 0 46/2014/QH13 | grep -A1 relations
>   relations     consolidated in 40/VBHN-VPQH · id 6
>                   "Luật số 46/2014/QH13 ngày 13 tháng 6 năm 2014 của Quốc hội sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế, có hiệu lực kể từ ngày 01 tháng 01 năm 2015;"
? 0
# Search by standing: in force, replaced, as of a day.
$ sources --db db '"chế độ báo cáo thống kê"'
> tt-03-2025.txt
> tt-19-2022.txt
? 0
$ sources --db db --in-force '"chế độ báo cáo thống kê"'
> tt-03-2025.txt
? 0
$ sources --db db '"chế độ báo cáo thống kê" status:replaced'
> tt-19-2022.txt
? 0
$ sources --db db --as-of 2024-06-01 '"chế độ báo cáo thống kê"'
> tt-19-2022.txt
? 0
$ sources --db db --status 'hết hiệu lực' 'báo cáo'
> tt-19-2022.txt
? 0
$ tracuu search --db db 'status:valid'
! tracuu: query: 'valid' is no status (in-force, not-yet, replaced, repealed, expired, ended, suspended, unknown; or còn hiệu lực, hết hiệu lực, chưa có hiệu lực)
? 2
$ tracuu cite --db db --as-of 2025-02-30 19/2022/TT-BKHĐT
! tracuu: cite: --as-of takes a date (YYYY-MM-DD or 'ngày 1 tháng 7 năm 2019'), not '2025-02-30'
! (see 'tracuu cite --help')
? 2
# A decree whose own text is not indexed, which an indexed decree replaces
# from a later day (nghi-dinh-so-139-2026-nd-cp, congbao-8chude/chinh_sach_dn,
# letterhead and closing article): replaced from that day; in force the day
# before, by that act, from the day the act was issued; unknown before then
# (it is not guessed).
<file name="nd139/nd-139-2026.txt">
CHÍNH PHỦ
__________

Số: 139/2026/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
_______________________________________
Hà Nội, ngày 07 tháng 4 năm 2026

NGHỊ ĐỊNH
Quy định chi tiết nội dung chế độ báo cáo thống kê cấp quốc gia

Căn cứ Luật Thống kê số 89/2015/QH13 được sửa đổi, bổ sung bởi Luật số
01/2021/QH15 và Luật số 138/2025/QH15;
Điều 5. Hiệu lực thi hành
1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.
2. Nghị định này thay thế Nghị định số 60/2018/NĐ-CP ngày 20 tháng 4
năm 2018 của Chính phủ quy định chi tiết nội dung chế độ báo cáo thống kê
cấp quốc gia.
</file>
$ tracuu ingest --quiet --no-progress --db db139 nd139
? 0
$ tracuu cite --db db139 -n 0 --as-of 2026-07-01 60/2018/NĐ-CP | grep status
>   status        replaced by 139/2026/NĐ-CP from 2026-07-01 · as of 2026-07-01
? 0
$ tracuu cite --db db139 -n 0 --as-of 2026-06-30 60/2018/NĐ-CP | grep status
>   status        in force until 2026-07-01, when 139/2026/NĐ-CP replaces it (its own text is not indexed: in force by that act, issued 2026-04-07) · as of 2026-06-30
? 0
$ tracuu cite --db db139 -n 0 --as-of 2026-04-06 60/2018/NĐ-CP | grep status
>   status        unknown (its text is not indexed)
? 0
$ tracuu cite --db db139 --json -n 0 --as-of 2026-06-30 60/2018/NĐ-CP | jq -c '[.status, .status_until, .status_until_by]'
> ["in force","2026-07-01","139/2026/NĐ-CP"]
? 0
# A question that gives a number is about that regulation: where its own
# text is not indexed, the text consolidating it (vbhn-40 for 46/2014/QH13)
# comes first, before a page that cites the number beside more of the
# question's words (an excerpt of tvpl-legal-news/gov_news_and_docs/
# 4c21d5c3a31dc7a2.md, Luật 51/2024/QH15).
<file name="q46/luat-51-2024.md">
# Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế

*Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 32/2013/QH 13, Luật số 46/2014/QH13, Luật số 97/2015/QH13, Luật số 35/2018/QH14, Luật số 68/2020/QH14 và Luật số 30/2023/QH15.*

d) Đối với số tiền bảo hiểm y tế mà người sử dụng lao động có trách nhiệm đóng theo quy định của Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 32/2013/QH13, Luật số 46/2014/QH13, Luật số 97/2015/QH13, Luật số 35/2018/QH14, Luật số 68/2020/QH14 và Luật số 30/2023/QH15 nhưng đến hết ngày 30 tháng 6 năm 2025 mà không đóng hoặc không đóng đầy đủ thì được xử lý theo quy định về chậm đóng của Luật này.
</file>
$ cp in/vbhn-40.txt q46/ && tracuu ingest --quiet --no-progress --db db46 --root q46 q46
? 0
$ tracuu search --db db46 --json 'Số tiền đóng bảo hiểm y tế theo Luật số 46/2014/QH13 được quy định thế nào?' | jq -r .source
> vbhn-40.txt
> luat-51-2024.md
? 0
# A law named by its name alone in a text whose grounds date or number the name as another
# law ("Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024"): the bare name there is that
# law, not the indexed one of 2014, even where the text also cites the old law by number in
# its transitional articles. A text whose grounds give the 2014 date names the 2014 law.
# Excerpts: uts-vlc-laws/docs/luat-bao-hiem-xa-hoi.txt (letterhead);
# congbao-8chude/docs/bhxh/nghi-dinh-so-158-2025-nd-cp-45240.txt (letterhead, grounds,
# scope, a transitional sentence); congbao-8chude/docs/hd_khoan/
# thong-tu-so-23-2022-tt-bldtbxh-38400.txt (letterhead, grounds).
<file name="bhxh/luat-bhxh-2014.txt">
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Luật số: 58/2014/QH13

Hà Nội, ngày 20 tháng 11 năm 2014

LUẬT

BẢO HIỂM XÃ HỘI

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Quốc hội ban hành Luật bảo hiểm xã hội.
</file>
<file name="bhxh/nd-158-2025.txt">
CHÍNH PHỦ 
Số: 158/2025/NĐ-CP 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
Hà Nội, ngày 25 tháng 6 năm 2025 
 NGHỊ ĐỊNH 
Quy định chi tiết và hướng dẫn thi hành một số điều  
của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc 
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; 
Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024; 
Chính phủ ban hành Nghị định quy định chi tiết và hướng dẫn thi hành một số 
điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc. 
Điều 1. Phạm vi điều chỉnh 
Nghị định này quy định chi tiết và hướng dẫn thi hành một số điều của Luật 
Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc. 
Điều 40. Chuyển tiếp 
1. Người lao động đang nghỉ việc hưởng chế độ thai sản thì tiếp tục thực hiện chế độ thai sản theo quy định tại mục 2 Chương III của Luật Bảo hiểm xã hội số 58/2014/QH13. 
</file>
<file name="bhxh/tt-23-2022.txt">
BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI 
Số: 23/2022/TT-BLĐTBXH 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
Hà Nội, ngày 30 tháng 9 năm 2022 
THÔNG TƯ 
Quy định về giám định tư pháp theo vụ việc trong lĩnh vực bảo hiểm xã hội, bảo hiểm thất nghiệp 
Căn cứ Luật Bảo hiểm xã hội ngày 20 tháng 11 năm 2014; 
Căn cứ Luật Việc làm ngày 16 tháng 11 năm 2013; 
Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư quy định về giám định tư pháp theo vụ việc trong lĩnh vực bảo hiểm xã hội, bảo hiểm thất nghiệp.
</file>
$ tracuu ingest --quiet --no-progress --db dbbh --root bhxh bhxh
? 0
$ tracuu cite --db dbbh --json -n 0 58/2014/QH13 | jq -c '[.relations[] | select(.by_name) | {kind, direction, other}]'
> [{"kind":"based-on","direction":"in","other":"23/2022/TT-BLĐTBXH"}]
? 0
# A law in force by its own texts whose successor of the same name is cited but not indexed
# (Luật Đất đai 45/2013/QH13; texts of 2026 cite Luật Đất đai số 31/2024/QH15): the card says
# so beside the status, which stays what the texts say. Not before that law was issued, and
# not for a law named differently. tests/fixtures/namesake: excerpts of
# uts-vlc-laws/docs/luat-dat-dai.txt (letterhead, Điều 211), the grounds of congbao-8chude
# thong-tu-so-21-2026-tt-btc-469148.txt and a sentence of nghi-quyet-so-6619-2026-nq-cp-469586.txt.
$ cp -r "$FIXTURES/namesake" datdai && tracuu ingest --quiet --no-progress --db dbdd --root datdai datdai
? 0
$ tracuu cite --db dbdd -n 0 --as-of 2026-06-01 45/2013/QH13 | grep -A1 '^  status'
>   status        in force (effective 2014-07-01) · as of 2026-06-01
>                 a later Luật Đất đai is cited: 31/2024/QH15; its text is not indexed, so whether it replaces this one is not known
? 0
$ tracuu cite --db dbdd --json -n 0 --as-of 2026-06-01 45/2013/QH13 | jq -c '{status, later_namesake}'
> {"status":"in force","later_namesake":"31/2024/QH15"}
? 0
# Before 2024 no later law of its name is known.
$ tracuu cite --db dbdd --json -n 0 --as-of 2020-01-01 45/2013/QH13 | jq -c '{status, later_namesake}'
> {"status":"in force","later_namesake":null}
? 0
