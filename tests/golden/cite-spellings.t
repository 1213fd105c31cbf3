# Number spellings users type (issue 17, item 8, h8n): an old promulgation order's separators
# swapped or left out, a type code glued to its number, a công văn without its unit. Excerpts of
# ../shared/corpus/uts-vlc-laws (letterheads without their blank lines) and tvpl-legal-news.
<file name="in/luat-bao-ve-suc-khoe-nhan-dan.txt">
QUỐC HỘI
Số: 21-LCT/HĐNN8
Hà Nội, ngày 30 tháng 6 năm 1989
LUẬT
CỦA QUỐC HỘI SỐ 21-LCT/HĐNN8 NGÀY 30/06/1989 VỀ BẢO VỆ SỨC KHOẺ NHÂN DÂN
</file>
<file name="in/luat-dau-khi.txt">
QUỐC HỘI
Số: 18-L/CTN
Hà Nội, ngày 06 tháng 7 năm 1993
LUẬT
SỐ 18-L/CTN NGÀY 06/07/1993 CỦA QUỐC HỘI VỀ DẦU KHÍ
</file>
<file name="in/bien-che.md">
**Biên chế 2026-2031 theo vị trí việc làm theo Phụ lục Công văn 10989/BNV-TCBC thế nào?**

Phụ lục Công văn 10989/BNV-TCBC về biên chế 2026-2031 theo vị trí việc làm ban hành kèm theo Công văn 10989/BNV-TCBC năm 2025 như sau:
</file>
<file name="in/nq-57.md">
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ
Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển
đổi số quốc gia (sau đây gọi tắt là Nghị quyết số 57-NQ/TW);
</file>
<file name="in/van-ban-hop-nhat-4496.txt">
Quyết định số 23/2021/QĐ-TTg ngày 07 tháng 7 năm 2021 của Thủ tướng
Chính phủ quy định về việc thực hiện một số chính sách hỗ trợ người lao động và
người sử dụng lao động gặp khó khăn do đại dịch COVID-19, có hiệu lực kể từ
ngày 07 tháng 7 năm 2021, được sửa đổi, bổ sung bởi:
</file>
$ tracuu ingest --quiet --no-progress --db db in
? 0
# The old orders take the Party's shape (doctypes.tsv): swapped or missing separators set right.
$ tracuu cite --db db --json '21/LCT-HĐNN8' '21 LCT/HĐNN8' '18 L/CTN' '18/L-CTN' | jq -c '{query, found, number}'
> {"query":"21/LCT-HĐNN8","found":true,"number":"21-LCT/HĐNN8"}
> {"query":"21 LCT/HĐNN8","found":true,"number":"21-LCT/HĐNN8"}
> {"query":"18 L/CTN","found":true,"number":"18-L/CTN"}
> {"query":"18/L-CTN","found":true,"number":"18-L/CTN"}
? 0
# A type code glued to its number reads as "NQ 57" does.
$ tracuu cite --db db --json 'NQ57' 'nq 57' | jq -c '{query, found, number}'
> {"query":"NQ57","found":true,"number":"57-NQ/TW"}
> {"query":"nq 57","found":true,"number":"57-NQ/TW"}
? 0
$ tracuu cite --db db NQ57
> 57-NQ/TW — Nghị quyết
>   type          Nghị quyết (2 of 2 mentions)
>   issuing body  Bộ Chính trị (1 of 2 mentions)
>   issued        2024-12-22 (1 of 2 mentions)
>   subject       đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia (1 of 2 mentions)
>   its own text  not indexed
>   cited in      1 document (2 mentions)
>   status        unknown (its text is not indexed)
> 
> 1. Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ
>    <work>/in/nq-57.md · id 4
>    Căn cứ Nghị quyết số «57-NQ/TW» ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia (sau đây gọi tắt là Nghị quyết số 57-NQ/TW);
? 0
# A công văn without its unit offers the numbers cited under it.
$ tracuu cite --db db 'công văn 10989/BNV'
> 10989/BNV may be 1 number: 10989/BNV-TCBC
> 
> 10989/BNV-TCBC — Công văn
>   type          Công văn (3 of 3 mentions)
>   issuing body  Bộ Nội vụ (3 of 3 mentions)
>   issued        unknown
>   subject       biên chế 2026-2031 theo vị trí việc làm ban hành kèm theo Công văn 10989/BNV-TCBC (1 of 3 mentions)
>   its own text  not indexed
>   cited in      1 document (3 mentions)
>   status        unknown (its text is not indexed)
> 
> 1. Biên chế 2026-2031 theo vị trí việc làm theo Phụ lục Công văn 10989/BNV-TCBC thế nào?
>    <work>/in/bien-che.md · id 1
>    Biên chế 2026-2031 theo vị trí việc làm theo Phụ lục Công văn «10989/BNV-TCBC» thế nào?
? 0
$ tracuu cite --db db --json '10989/BNV' '99999/BNV' | jq -c '{query, found, number}'
> {"query":"10989/BNV","found":true,"number":"10989/BNV-TCBC"}
> {"query":"99999/BNV","found":false,"number":"99999/BNV"}
? 0
$ tracuu search --db db --json '10989/BNV' | jq -r .source
> <work>/in/bien-che.md
? 0
# A body's code typed short (QĐ-TT for the Prime Minister's QĐ-TTg) offers the numbers cited so
# and says which it read; one cited nowhere under that start is still "not cited".
$ tracuu cite --db db '23/2021/QĐ-TT' | head -3
> 23/2021/QĐ-TT may be 1 number: 23/2021/QĐ-TTg
> 
> 23/2021/QĐ-TTg — Quyết định
? 0
$ tracuu cite --db db --json '23/2021/qd-tt' '24/2021/QĐ-TT' | jq -c '{query, found, number}'
> {"query":"23/2021/qd-tt","found":true,"number":"23/2021/QĐ-TTg"}
> {"query":"24/2021/QĐ-TT","found":false,"number":"24/2021/QĐ-TT"}
? 0
