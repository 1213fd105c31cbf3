# A letterhead's subject typed in capitals, read as the document's title reads
# it (text/propercase.c): the card stores it in sentence case with its proper
# names' capitals kept ("Việt Nam", from corpus/propernames.tsv and from how
# the text under it writes them), and cite, its JSON and the exports show it
# so. Short excerpts of uts-vlc-laws/docs/luat-hang-khong-dan-dung-viet-nam.txt
# and luat-luat-su.txt.
<file name="in/luat-hang-khong-dan-dung-viet-nam.txt">
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 66/2006/QH11

Hà Nội, ngày 29 tháng 06 năm 2006



LUẬT

HÀNG KHÔNG DÂN DỤNG VIỆT NAM

Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốc hội khoá X, kỳ họp thứ 10;

Luật này quy định về hàng không dân dụng.

Chương 1.

NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

2. Luật này không quy định về hoạt động của tàu bay công vụ, trừ trường hợp tàu bay công vụ được dùng vào mục đích dân dụng hoặc những trường hợp khác được Luật hàng không dân dụng Việt Nam quy định.
</file>
<file name="in/luat-luat-su.txt">
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

Căn cứ vào Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốc hội khóa X, kỳ họp thứ 10;
Luật này quy định về luật sư và hành nghề luật sư.

Điều 2. Luật sư

Luật sư là người có đủ tiêu chuẩn, điều kiện hành nghề theo quy định của Luật này.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu cite --db db 66/2006/QH11 65/2006/QH11
> 66/2006/QH11 — Luật
>   type          Luật (its letterhead)
>   issuing body  Quốc hội (its letterhead)
>   issued        2006-06-29 (its letterhead)
>   subject       Hàng không dân dụng Việt Nam (its letterhead)
>   its own text  luat-hang-khong-dan-dung-viet-nam.txt · id 1
>   cited in      1 document (1 mention)
>   effective     unknown (not stated in its text)
>   status        unknown (no effective date in its text)
> 
> 1. Luật 66/2006/QH11: Hàng không dân dụng Việt Nam
>    2006-06-29 · luat-hang-khong-dan-dung-viet-nam.txt · id 1
>    Số: «66/2006/QH11»
> 
> 65/2006/QH11 — Luật
>   type          Luật (its letterhead)
>   issuing body  Quốc hội (its letterhead)
>   issued        2006-06-29 (its letterhead)
>   subject       Luật sư (its letterhead)
>   its own text  luat-luat-su.txt · id 2
>   cited in      1 document (1 mention)
>   effective     unknown (not stated in its text)
>   status        unknown (no effective date in its text)
> 
> 1. Luật 65/2006/QH11: Luật sư
>    2006-06-29 · luat-luat-su.txt · id 2
>    Số:: «65/2006/QH11»
? 0
$ tracuu show --db db --json 1 2 | jq -r .title
> Luật 66/2006/QH11: Hàng không dân dụng Việt Nam
> Luật 65/2006/QH11: Luật sư
? 0
$ tracuu cite --db db --json 66/2006/QH11 | jq -r .subject
> Hàng không dân dụng Việt Nam
? 0
$ tracuu cite --db db --format bibtex 66/2006/QH11 65/2006/QH11
> @legislation{luat-66-2006-qh11,
>   author   = {{Quốc hội}},
>   title    = {Luật Hàng không dân dụng Việt Nam},
>   number   = {66/2006/QH11},
>   date     = {2006-06-29},
>   langid   = {vietnamese},
> }
> 
> @legislation{luat-65-2006-qh11,
>   author   = {{Quốc hội}},
>   title    = {Luật Luật sư},
>   number   = {65/2006/QH11},
>   date     = {2006-06-29},
>   langid   = {vietnamese},
> }
? 0
$ tracuu cite --db db --format csl-json 66/2006/QH11 | jq -r '.[].title'
> Luật Hàng không dân dụng Việt Nam
? 0
