# A letterhead's subject typed in capitals, read as the document's title reads
# it (text/propercase.c): the card stores it in sentence case with its proper
# names' capitals kept ("Việt Nam", from corpus/propernames.tsv and from how
# the text under it writes them), and cite, its JSON and the exports show it
# so. A short excerpt of uts-vlc-laws/docs/luat-hang-khong-dan-dung-viet-nam.txt
# (luat-luat-su.txt's letterhead is in tests/golden/titles.t).
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
# "Hội đồng nhân dân" is in no table: the text under the letterhead writes
# it with a capital in the middle of its sentences (an excerpt of
# uts-vlc-laws/docs/luat-bau-cu-dai-bieu-hdnd.txt).
<file name="in/luat-bau-cu-dai-bieu-hdnd.txt">
QUỐC HỘI
********

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
********

Số: 12/2003/QH11

Hà Nội, ngày 26 tháng 11 năm 2003



LUẬT

CỦA QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỐ 12/2003/QH11 NGÀY 26 THÁNG 11 NĂM 2003 VỀ BẦU CỬ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN

Luật này quy định việc bầu cử đại biểu Hội đồng nhân dân.

Điều 1

Việc bầu cử đại biểu Hội đồng nhân dân được tiến hành theo nguyên tắc phổ thông, bình đẳng, trực tiếp và bỏ phiếu kín.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu cite --db db 66/2006/QH11
> 66/2006/QH11 — Luật
>   type          Luật (its letterhead)
>   issuing body  Quốc hội (its letterhead)
>   issued        2006-06-29 (its letterhead)
>   subject       Hàng không dân dụng Việt Nam (its letterhead)
>   its own text  luat-hang-khong-dan-dung-viet-nam.txt · id 2
>   cited in      1 document (1 mention)
>   effective     unknown (not stated in its text)
>   status        unknown (no effective date in its text)
> 
> 1. Luật Hàng không dân dụng Việt Nam số 66/2006/QH11
>    Luật 66/2006/QH11 · Quốc hội · 2006-06-29
>    luat-hang-khong-dan-dung-viet-nam.txt · id 2
>    Số: «66/2006/QH11»
? 0
$ tracuu show --db db --json 1 2 | jq -r .title
> Luật Bầu cử đại biểu Hội đồng nhân dân số 12/2003/QH11
> Luật Hàng không dân dụng Việt Nam số 66/2006/QH11
? 0
$ tracuu cite --db db --json 66/2006/QH11 | jq -r .subject
> Hàng không dân dụng Việt Nam
? 0
$ tracuu cite --db db --format bibtex 66/2006/QH11
> @legislation{luat-66-2006-qh11,
>   author   = {{Quốc hội}},
>   title    = {Luật Hàng không dân dụng Việt Nam},
>   number   = {66/2006/QH11},
>   date     = {2006-06-29},
>   langid   = {vietnamese},
> }
? 0
$ tracuu cite --db db --format csl-json 66/2006/QH11 | jq -r '.[].title'
> Luật Hàng không dân dụng Việt Nam
? 0
$ tracuu cite --db db --format ris 66/2006/QH11 | grep '^TI'
> TI  - Luật Hàng không dân dụng Việt Nam
? 0
$ tracuu cite --db db --json 12/2003/QH11 | jq -r .subject
> Bầu cử đại biểu Hội đồng nhân dân
? 0
$ tracuu cite --db db --format csl-json 12/2003/QH11 | jq -r '.[].title'
> Luật Bầu cử đại biểu Hội đồng nhân dân
? 0
