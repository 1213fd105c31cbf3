# h9u: what a user would still trip on after the h8 sweeps (docs/trust-sweep.md, "h9u").
# Sentences of party-docs-nq57, congbao-8chude and tvpl-legal-news.
<file name="in/nq57.md">
BỘ CHÍNH TRỊ
-------
Số 57-NQ/TW
Hà Nội, ngày 22 tháng 12 năm 2024

NGHỊ QUYẾT
VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ QUỐC GIA

Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đang phát triển nhanh chóng.
</file>
<file name="in/a.txt">
Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Bộ luật Lao động số 45/2019/QH14;
</file>
<file name="in/b.txt">
Chương trình hành động của Chính phủ thực hiện Nghị quyết 57-NQ/TW năm 2024 của Bộ phình trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.
</file>
<file name="in/c.txt">
Nghị quyết số 69/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội sửa đổi, bổ sung khoản 1 Điều 1 của Nghị quyết số 57/2024/UBTVQH15 ngày 15/11/2024 của Ủy ban Thường vụ Quốc hội phê chuẩn đề nghị của Chánh án Tòa án nhân dân tối cao.
Căn cứ Nghị quyết số 20-NQ/TW ngày 01 tháng 11 năm 2012 của Ban Chấp hành Trung ương.
</file>
$ tracuu ingest --quiet --no-progress --db db in
? 0
# A short key with a year reaches a Party number (no year in it) whose card is dated that year:
# 57-NQ/TW (3 documents) before 57/2024/UBTVQH15 (1); typed glued too.
$ tracuu cite --db db --json 'NQ 57/2024' | jq -r .number
> 57-NQ/TW
> 57/2024/UBTVQH15
? 0
$ tracuu cite --db db --json 'nq57/2024' | jq -r .number
> 57-NQ/TW
> 57/2024/UBTVQH15
? 0
# Not a Party number of another year.
$ tracuu cite --db db 'NQ 20/2024'
! tracuu: cite: Nghị quyết 20/2024: not cited in any indexed document
? 1
$ tracuu cite --db db --json 'NQ 20/2012' | jq -r .number
> 20-NQ/TW
? 0
# One OCR'd mention of a body the tables do not know ("Bộ phình trị") is no other issuer.
$ tracuu cite --db db 57-NQ/TW | grep 'issuing body'
>   issuing body  Bộ Chính trị (its letterhead)
? 0
# An address's slashes typed as dashes (/cite/45-2019-qh14).
$ tracuu cite --db db --json 45-2019-qh14 | jq -r .number
> 45/2019/QH14
? 0
# A news article saved with its corpus's metadata lines (news-dantri-unc): its page's address
# is read from "# url = …", and a newspaper's article exports as one (RIS NEWS, CSL
# article-newspaper), the paper named by its site.
<file name="news/news_society_001.txt">
# doc_id = news_society_001
# url = https://dantri.com.vn/xa-hoi/metro-so-1-tang-toc-dau-thang-10-don-tau-ve-viet-nam-20200918111305799.htm
# date = 20200918
Tuyến metro số 1 đang "tăng tốc" với việc các chuyên gia nước ngoài được cho phép vào Việt Nam để làm việc tại đây.
Vào tháng 10, đoàn tàu đầu tiên cũng sẽ được chuyển về TPHCM.
</file>
$ tracuu ingest --quiet --no-progress --db news.db news
? 0
$ tracuu show --db news.db --format ris 1
> TY  - NEWS
> TI  - Tuyến metro số 1 đang "tăng tốc" với việc các chuyên gia nước ngoài được cho phép vào Việt Nam để làm việc tại đây.
> DA  - 2020/09/18/
> PY  - 2020
> T2  - Dân trí
> UR  - https://dantri.com.vn/xa-hoi/metro-so-1-tang-toc-dau-thang-10-don-tau-ve-viet-nam-20200918111305799.htm
> ER  - 
? 0
$ tracuu show --db news.db --format csl-json 1 | jq -r '.[] | .type, ."container-title"'
> article-newspaper
> Dân trí
? 0
# A folder's own notes (SOURCE.md, README.md) are indexed for their words, but the numbers
# they list are no citations: no result for a number, no citing document on its card, never
# a number's own text (congbao-8chude's and party-docs-nq57's SOURCE.md).
<file name="col/SOURCE.md">
# congbao-8chude — Official Gazette (Công báo) legal texts, 8 labour/tax/business topics

- Counts of reference patterns in the bodies: about 8,000 `…/NĐ-CP`, 5,200 `…/TT-B…` and 3,000 `…/QH1x`. There are 167 Party references (`18-KL/TW`, `52-CT/TW`, `66-NQ/TW`, `57-NQ/TW` …).
</file>
<file name="col/docs/README.md">
| 57-NQ-TW_document-layout.md | DHQG/cldhqg.md | Nghị quyết 57-NQ/TW (22/12/2024, Bộ Chính trị), full text in document layout. |
</file>
<file name="col/docs/a.txt">
Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
</file>
$ tracuu ingest --quiet --no-progress --db col.db --root col col
? 0
$ tracuu search --db col.db --json 57-NQ/TW | jq -r .source
> docs/a.txt
? 0
$ tracuu cite --db col.db --json 57-NQ/TW | jq -r '.cited_in_total // .documents'
> 1
? 0
$ tracuu search --db col.db --json 'Official Gazette' | jq -r .source
> SOURCE.md
? 0
# One case for a card's subject, whichever text gave it: the tail of its regulation's name
# (congbao's 12/2022/NĐ-CP letterhead, its mentions; a law's mention in lower case).
<file name="sub/nd12.txt">
CHÍNH PHỦ 
 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc  
 
Số: 12/2022/NĐ-CP 
Hà Nội, ngày 17 tháng 01 năm 2022 
 
NGHỊ ĐỊNH 
Quy định xử phạt vi phạm hành chính trong lĩnh vực lao động, bảo hiểm xã hội, 
người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng 
 
Căn cứ Bộ luật lao động số 45/2019/QH14;
</file>
<file name="sub/tt.txt">
Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động;
</file>
$ tracuu ingest --quiet --no-progress --db sub.db sub
? 0
$ for n in 12/2022/NĐ-CP 145/2020/NĐ-CP 45/2019/QH14; do tracuu cite --db sub.db --json $n | jq -r .subject; done
> quy định xử phạt vi phạm hành chính trong lĩnh vực lao động, bảo hiểm xã hội, người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng
> quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động
> Lao động
? 0
# A number cited only in a table's row: its subject ends where the row's next cell starts (a
# body's name alone on its line, the next row's counter), and the articles cell left on its
# line goes too (congbao's 24/2026/NQ-CP, party-docs-nq57's 03/NQ-CP appendix II).
<file name="tab/nq24.txt">
Khoản 3, khoản 4, khoản 5 Điều 7 
Bộ Xây dựng 
54. Nghị định số 09/2021/NĐ-CP về quản lý vật liệu xây dựng Điều 8 
Bộ Xây dựng 
55. 
Nghị định số 37/2017/NĐ-CP (được sửa đổi, bổ sung 
</file>
<file name="tab/pl2.md">
| 88. | Sửa đổi hoặc ban hành thay thế Quyết định số 157/2007/QĐ-TTg, Quyết định số 05/2022/QĐ-TTg của Thủ tướng Chính phủ về tín dụng đối với học sinh, sinh viên  | Bộ Tài chính  | Bộ Giáo dục và Đào tạo | Quyết định của Thủ tướng Chính phủ | 2025 |
|  **V.** | Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị |  |  |   |   |
</file>
<file name="tab/nq24b.txt">
Quyết định số 34/2025/QĐ-TTg về Quỹ hỗ trợ việc làm ngoài nước khoản 3 Điều 10, khoản 3 Điều 11, điểm c khoản 1 Điều 13, khoản 3 Điều 14 
Bộ Nội vụ 
</file>
<file name="tab/wrap.txt">
Căn cứ Thông tư số 10/2024/TT-BTC ngày 1/2/2024 của Bộ Tài chính hướng dẫn quản lý kinh phí thuộc phạm vi của
Bộ Tài chính;
</file>
$ tracuu ingest --quiet --no-progress --db tab.db tab
? 0
$ for n in 09/2021/NĐ-CP 05/2022/QĐ-TTg 34/2025/QĐ-TTg 10/2024/TT-BTC; do tracuu cite --db tab.db --json $n | jq -r .subject; done
> quản lý vật liệu xây dựng
> tín dụng đối với học sinh, sinh viên
> quỹ hỗ trợ việc làm ngoài nước
> hướng dẫn quản lý kinh phí thuộc phạm vi của Bộ Tài chính
? 0
