# sweep-h9x.t — what a search result shows for everyday queries (h9x's sweep, docs/trust-sweep.md): dates, headings, marks.
#
# A weekday date inside a sentence is a day the page speaks of, not the
# page's own date (tvpl-legal-news qa_explainers/9dfdd981db5a4a43.md,
# 0883d031bf7e23f9.md); a dateline that opens its line still dates the
# page (party-docs-nq57 news_nhandan_steering-committee_session1.md).
<file name="in/doan-ngo.md">
# Cúng Tết Đoan Ngọ 2025 ngày nào? Tết Đoan Ngọ ăn gì đầu tiên?

Tết Đoan Ngọ, tức ngày giết sâu bọ, được diễn ra vào ngày mùng 5 tháng 5 âm lịch hằng năm. Tết Đoan Ngọ 2025 rơi vào Thứ bảy 31/5/2025 Dương lịch là ngày 5/5/2025 Âm lịch.
</file>
<file name="in/quoc-khanh.md">
# Lịch nghỉ lễ Quốc khánh 2026 của công chức, viên chức

- Công chức, viên chức được nghỉ dịp lễ Quốc khánh năm 2026 như sau: Nghỉ 02 ngày theo quy định gồm ngày 02/9/2026 Dương lịch và 01 ngày liền kề trước là ngày 01/9/2026 Dương lịch; Hoán đổi từ ngày làm việc thứ Hai ngày 31/8/2026 Dương lịch sang ngày nghỉ hằng tuần.
</file>
<file name="in/dateline.md">
# Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ họp phiên thứ nhất

Thứ hai, ngày 20/01/2025 - 19:33

Chiều 20/1, tại Hà Nội, Ban Chỉ đạo Trung ương họp phiên thứ nhất.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ for f in doan-ngo.md quoc-khanh.md dateline.md; do tracuu show --db db --json "$f" | jq -c '{source, date, date_inferred}'; done
> {"source":"doan-ngo.md","date":null,"date_inferred":false}
> {"source":"quoc-khanh.md","date":null,"date_inferred":false}
> {"source":"dateline.md","date":"2025-01-20","date_inferred":false}
? 0
#
# Markdown marks never reach an excerpt: four or more '*' between blanks
# are a bold opened and closed on nothing (qa_explainers/96412e4c0bce70de.md).
<file name="md/nghi-tet.md">
# Công văn 10325/SNV-LĐTLBHXH báo cáo tình hình lao động tiền lương 2025 và kế hoạch thưởng tết năm 2026 tại TPHCM ra sao?

Như vậy, người lao động được nghỉ** **** 5 ngày **nghỉ Tết âm lịch theo quy định của Nhà nước** + ngày nghỉ bù** ngày nghỉ hằng tuần.
</file>
$ tracuu ingest --quiet --no-progress --db md.db --root md md
? 0
$ tracuu search --db md.db 'nghỉ bù' --json | jq -r .excerpt
> … nghỉ 5 ngày nghỉ Tết âm lịch theo quy định của Nhà nước + ngày nghỉ bù ngày nghỉ hằng tuần.
? 0
