# A reference without its year ("Nghị quyết 57", "NĐ 145") may mean several numbers: the one
# the collection cites in most documents comes first, the newest of those cited as often
# (query/cite.c, most_cited_first). Sentences of congbao-8chude and tvpl-legal-news.
<file name="in/a.txt">
Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động;
</file>
<file name="in/b.txt">
Các giải pháp tại Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị được triển khai đồng bộ.
Thời giờ làm việc theo Nghị định số 145/2020/NĐ-CP của Chính phủ.
</file>
<file name="in/c.txt">
Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.
</file>
<file name="in/d.txt">
Lộ trình thực hiện vùng phát thải thấp tại Hà Nội theo Nghị quyết 57/2025/NQ-HĐND của Hội đồng nhân dân thành phố Hà Nội.
Theo Nghị định số 145/2026/NĐ-CP của Chính phủ.
</file>
$ tracuu ingest --quiet --no-progress --db db in
? 0
# 57-NQ/TW (three documents) before 57/2025/NQ-HĐND (one), though the latter's number is newer.
$ tracuu cite --db db --json 'Nghị quyết 57' | jq -r .number
> 57-NQ/TW
> 57/2025/NQ-HĐND
? 0
# 145/2020/NĐ-CP (two documents) before 145/2026/NĐ-CP (one).
$ tracuu cite --db db --json 'NĐ 145' | jq -r .number
> 145/2020/NĐ-CP
> 145/2026/NĐ-CP
? 0
