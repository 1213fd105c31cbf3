# Citation export (query/export.c): a card or a document as CSL-JSON, biblatex
# and RIS, for cite --format and show --format. On the bundled index:
# 57-QĐ/TW (Ban Bí thư, 8/2/2022), 11-QĐ/TW; the seeds are news articles
# saved as files (no URL).
$ tracuu cite --format csl-json 57-QĐ/TW
> [
>   {
>     "id": "quydinh-57-qd-tw-2022",
>     "type": "legislation",
>     "title": "Quy định về đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị",
>     "number": "57-QĐ/TW",
>     "author": [{"literal": "Ban Bí thư"}],
>     "authority": "Ban Bí thư",
>     "issued": {"date-parts": [[2022, 2, 8]]},
>     "jurisdiction": "vn",
>     "language": "vi"
>   }
> ]
? 0
$ tracuu cite --format csl-json '57/qd-tw' 11-qđ/tw | jq -c '.[] | {id, type, number, title, authority, author, issued, jurisdiction, language}'
> {"id":"quydinh-57-qd-tw-2022","type":"legislation","number":"57-QĐ/TW","title":"Quy định về đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị","authority":"Ban Bí thư","author":[{"literal":"Ban Bí thư"}],"issued":{"date-parts":[[2022,2,8]]},"jurisdiction":"vn","language":"vi"}
> {"id":"quydinh-11-qd-tw-2021","type":"legislation","number":"11-QĐ/TW","title":"Quy định về trường chính trị chuẩn","authority":"Ban Bí thư","author":[{"literal":"Ban Bí thư"}],"issued":{"date-parts":[[2021,5,19]]},"jurisdiction":"vn","language":"vi"}
? 0
$ tracuu cite --format bibtex 57-QĐ/TW 11-QĐ/TW
> @legislation{quydinh-57-qd-tw-2022,
>   author   = {{Ban Bí thư}},
>   title    = {Quy định về đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị},
>   number   = {57-QĐ/TW},
>   date     = {2022-02-08},
>   langid   = {vietnamese},
> }
> 
> @legislation{quydinh-11-qd-tw-2021,
>   author   = {{Ban Bí thư}},
>   title    = {Quy định về trường chính trị chuẩn},
>   number   = {11-QĐ/TW},
>   date     = {2021-05-19},
>   langid   = {vietnamese},
> }
? 0
$ tracuu cite --format ris 57-QĐ/TW
> TY  - STAT
> TI  - Quy định về đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị
> AU  - Ban Bí thư
> M1  - 57-QĐ/TW
> DA  - 2022/02/08/
> PY  - 2022
> LA  - vi
> ER  - 
? 0
# A news article: a document, its date, no jurisdiction; a year inferred
# from the text is no date to cite (id 3: 2024-05-19, year inferred).
$ tracuu show --format csl-json 4 3 | jq -c '.[]'
> {"id":"dau-an-cong-tac-2023-082f","type":"document","title":"Dấu ấn công tác đào tạo, bồi dưỡng cán bộ năm 2022","issued":{"date-parts":[[2023,1,27]]}}
> {"id":"dao-tao-boi-duong-518f","type":"document","title":"Đào tạo, bồi dưỡng cán bộ chính trị đáp ứng yêu cầu trong kỷ nguyên mới"}
? 0
$ tracuu show --format ris 3
> TY  - GEN
> TI  - Đào tạo, bồi dưỡng cán bộ chính trị đáp ứng yêu cầu trong kỷ nguyên mới
> ER  - 
? 0
# In bulk: one array for every number found; those not found said on stderr.
$ printf '57-QĐ/TW\n99-QĐ/TW\n11-QĐ/TW\n' | tracuu cite --batch --format csl-json | jq -r '.[].number'
> 57-QĐ/TW
> 11-QĐ/TW
! tracuu: cite: 99-QĐ/TW: not cited in any indexed document
? 0
# Mistakes.
$ tracuu cite --format endnote 57-QĐ/TW
! tracuu: cite: --format takes csl-json, bibtex or ris, not 'endnote'
! (see 'tracuu cite --help')
? 2
$ tracuu cite --json --format ris 57-QĐ/TW
! tracuu: cite: --json and --format are two outputs: give one
! (see 'tracuu cite --help')
? 2
$ tracuu show --format xml 4
! tracuu: show: --format takes csl-json, bibtex or ris, not 'xml'
! (see 'tracuu show --help')
? 2
$ tracuu cite --format ris 99-QĐ/TW
! tracuu: cite: 99-QĐ/TW: not cited in any indexed document
? 1
# Text that breaks a bibliography: braces, a percent sign, quotes, an
# ampersand and a hash in a plan's title, from its own letterhead (a
# letterhead like those of congbao-8chude) and from a news item citing it.
<file name="in/kh-12.txt">
ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN

Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nghệ An, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Thực hiện chương trình {A} đạt 50% "mục tiêu" & #1 năm 2024

I. MỤC ĐÍCH, YÊU CẦU
Triển khai đồng bộ các nhiệm vụ của chương trình.
</file>
<file name="in/tin.txt">
Nghệ An triển khai chương trình {A}

Ngày 10/3/2024, các sở, ngành đã triển khai Kế hoạch số 12/KH-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh Nghệ An về thực hiện chương trình {A} đạt 50% "mục tiêu" & #1 năm 2024.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu cite --db db --format bibtex 12/KH-UBND
> @legislation{kehoach-12-kh-ubnd-2024,
>   author   = {{Ủy ban nhân dân tỉnh Nghệ An}},
>   title    = {Kế hoạch thực hiện chương trình \{A\} đạt 50\% {"}mục tiêu{"} \& \#1 năm 2024},
>   number   = {12/KH-UBND},
>   date     = {2024-03-05},
>   langid   = {vietnamese},
> }
? 0
$ tracuu cite --db db --format ris 12/KH-UBND
> TY  - STAT
> TI  - Kế hoạch thực hiện chương trình {A} đạt 50% "mục tiêu" & #1 năm 2024
> AU  - Ủy ban nhân dân tỉnh Nghệ An
> M1  - 12/KH-UBND
> DA  - 2024/03/05/
> PY  - 2024
> LA  - vi
> ER  - 
? 0
$ tracuu cite --db db --format csl-json 12/KH-UBND | jq -r '.[0].title'
> Kế hoạch thực hiện chương trình {A} đạt 50% "mục tiêu" & #1 năm 2024
? 0
# The plan's own text cites as the plan; the news item as a document.
$ tracuu show --db db --format bibtex tin.txt
> @misc{nghe-an-trien-khai-bdc7,
>   title    = {Nghệ An triển khai chương trình \{A\}},
> }
? 0
$ diff <(tracuu show --db db --format bibtex kh-12.txt) <(tracuu cite --db db --format bibtex 12/KH-UBND) && echo same
> same
? 0
$ diff <(tracuu show --db db --format ris kh-12.txt) <(tracuu cite --db db --format ris 12/KH-UBND) && echo same
> same
? 0
