# A page dated only by its day and month ("Sáng 19/5") gets the latest year its text gives,
# never one before a regulation it cites. The cited number's date is in the text ("Nghị quyết
# 57-NQ/TW ngày 22/12/2024": read at ingest) or only in another document, its own letterhead
# (read from the number's card when the page is shown or found: query_date_floor).
# ../shared/seeds/002_87044e7d986aef26.txt: the title, the first paragraph and two sentences.
<file name="in/news.txt">
Đào tạo, bồi dưỡng cán bộ chính trị đáp ứng yêu cầu trong kỷ nguyên mới
Sáng 19/5, tại Hải Phòng, Học viện Chính trị Quốc gia Hồ Chí Minh phối hợp với Thành ủy Hải Phòng tổ chức hội thảo khoa học 'Công tác đào tạo, bồi dưỡng tại các trường chính trị cấp tỉnh trong bối cảnh mới'.

Bước vào kỷ nguyên phát triển mới, đất nước đứng trước yêu cầu cấp thiết phải xây dựng đội ngũ cán bộ thật sự tiêu biểu về bản lĩnh chính trị; đẩy mạnh phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số theo tinh thần Nghị quyết số 57-NQ/TW của Bộ Chính trị cùng các nghị quyết quan trọng khác.

Năm 2024, thành phố là địa phương dẫn đầu cả nước về năng lực cạnh tranh cấp tỉnh (PCI) cùng các thành tựu nổi bật khác về phát triển kinh tế, đảm bảo an sinh xã hội.
</file>
# The same page, had it given the resolution's date beside its number.
<file name="in/news-dated.txt">
Đào tạo, bồi dưỡng cán bộ chính trị đáp ứng yêu cầu trong kỷ nguyên mới
Sáng 19/5, tại Hải Phòng, Học viện Chính trị Quốc gia Hồ Chí Minh phối hợp với Thành ủy Hải Phòng tổ chức hội thảo khoa học.

Đẩy mạnh phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số theo tinh thần Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.

Năm 2024, thành phố là địa phương dẫn đầu cả nước về năng lực cạnh tranh cấp tỉnh (PCI).
</file>
# ../shared/corpus/party-docs-nq57/docs/57-NQ-TW_document-layout.md: its letterhead.
<file name="later/57-NQ-TW.md">
**BAN CHẤP HÀNH TRUNG ƯƠNG**   
**ĐẢNG CỘNG SẢN VIỆT NAM** 

Số 57\-NQ/TW   
*Hà Nội*, *ngày 22 tháng 12 năm 2024* 

**NGHỊ QUYẾT** 

CỦA BỘ CHÍNH TRỊ   
**về đột phá phát triển khoa học, công nghệ**, **đổi mới sáng tạo và chuyển** đổi **số quốc gia** 

Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đang là yếu tố quyết định phát triển của các quốc gia.
</file>
$ tracuu ingest --quiet --no-progress --db db --root . in/news.txt
? 0
# Nothing says when 57-NQ/TW was issued yet: the text's latest year.
$ tracuu show --db db --json in/news.txt | jq -c '{date, date_inferred}'
> {"date":"2024-05-19","date_inferred":true}
? 0
$ tracuu ingest --quiet --no-progress --db db --root . in/news-dated.txt
? 0
$ tracuu show --db db --json in/news-dated.txt | jq -c '{date, date_inferred}'
> {"date":"2025-05-19","date_inferred":true}
? 0
# Its own text, indexed later, dates it 2024-12-22: a page citing it in May is of 2025.
$ tracuu ingest --quiet --no-progress --db db --root . later
? 0
$ tracuu show --db db --json in/news.txt | jq -c '{date, date_inferred}'
> {"date":"2025-05-19","date_inferred":true}
? 0
$ tracuu show --db db in/news.txt
~ ^date: +2025-05-19 \(year inferred\)$
? 0
$ tracuu search --db db --json 'năng lực cạnh tranh' | jq -c '{source, date, date_inferred}' | sort
> {"source":"in/news-dated.txt","date":"2025-05-19","date_inferred":true}
> {"source":"in/news.txt","date":"2025-05-19","date_inferred":true}
? 0
# A regulation's own text keeps its letterhead's date.
$ tracuu show --db db --json later/57-NQ-TW.md | jq -c '{date, date_inferred}'
> {"date":"2024-12-22","date_inferred":false}
? 0
# On the card of the number it cites, the page is listed with that date too, not the one
# its text alone gave.
$ tracuu cite --db db --json 57-NQ/TW | jq -c '.cited_in[] | {source, date, date_inferred}' | sort
> {"source":"in/news-dated.txt","date":"2025-05-19","date_inferred":true}
> {"source":"in/news.txt","date":"2025-05-19","date_inferred":true}
> {"source":"later/57-NQ-TW.md","date":"2024-12-22","date_inferred":false}
? 0
$ tracuu cite --db db 57-NQ/TW
~ ^   2025-05-19 \(year inferred\) · in/news\.txt · id 1$
? 0
# A day named without its year inside a rule the page quotes ("lấy ngày 20 tháng 11 là ngày
# Nhà giáo Việt Nam": a yearly holiday) is no day the page came out: no date, not
# 2025-11-20 from the year the text writes beside it (h13j).
# ../shared/corpus/tvpl-legal-news/qa_explainers/e395d2127dd5fd70.md: a few lines.
<file name="qa/nha-giao.md">
# 20 tháng 11 năm 2025 là thứ mấy? Ngày nhà giáo Việt Nam 20/11 học sinh có được nghỉ học không?

Căn cứ theo Điều 1 Quyết định 167-HĐBT năm 1982 quy định về ngày Nhà giáo Việt Nam như sau:

Từ nay hàng năm sẽ lấy ngày 20 tháng 11 là ngày Nhà giáo Việt Nam.

Tính từ ngày công nhận ngày 20/11 là ngày Nhà giáo Việt Nam từ năm 1982 đến nay thì ngày 20/11/2025 sẽ là 43 năm kỷ niệm ngày Nhà giáo Việt Nam.

Luật Nhà giáo 2025 có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.
</file>
$ tracuu ingest --quiet --no-progress --db db --root . qa/nha-giao.md
? 0
$ tracuu show --db db --json qa/nha-giao.md | jq -c '{date, date_inferred}'
> {"date":null,"date_inferred":false}
? 0
# Nor is a deadline a regulation sets ("trước ngày 05 tháng 6"), nor the day a rule takes
# effect ("Từ ngày 15/12, …" opening a title). Only a news lead's dateline, a day and month
# set apart as a clause ("Sáng 19/5, tại Hải Phòng, …"; "Tiếp tục chương trình Kỳ họp thứ
# Mười, ngày 10/12, …"), dates a page by its day and month.
# ../shared/corpus/tvpl-legal-news/qa_explainers/84ce7553be6db2e8.md: its title and the rule.
<file name="qa/bao-cao.md">
# Hạn chót nộp báo cáo tình hình sử dụng lao động 6 tháng đầu năm 2025 là ngày mấy?

Căn cứ khoản 2 Điều 4 Nghị định 145/2020/NĐ-CP (được sửa đổi bởi khoản 1 Điều 73 Nghị định 35/2022/NĐ-CP) quy định hạn nộp báo cáo như sau:

2. Định kỳ 06 tháng (trước ngày 05 tháng 6) và hằng năm (trước ngày 05 tháng 12), người sử dụng lao động phải báo cáo tình hình thay đổi lao động đến Sở Lao động - Thương binh và Xã hội thông qua Cổng Dịch vụ công Quốc gia …
</file>
# ../shared/corpus/tvpl-legal-news/qa_explainers/47696149147653d8.md: its title, a line.
<file name="qa/tam-tru.md">
# Từ ngày 15/12, không xóa đăng ký tạm trú ở trọ cũ có thể bị phạt đến 1 triệu đồng theo Nghị định 282?

Căn cứ tại Điều 10 Nghị định 282/2025/NĐ-CP* (có hiệu lực kể từ 15/12/2025)* quy định về vi phạm quy định về đăng ký và quản lý cư trú như sau:
</file>
$ tracuu ingest --quiet --no-progress --db db --root . qa/bao-cao.md qa/tam-tru.md
? 0
$ tracuu show --db db --json qa/bao-cao.md | jq -c '{date, date_inferred}'
> {"date":null,"date_inferred":false}
? 0
$ tracuu show --db db --json qa/tam-tru.md | jq -c '{date, date_inferred}'
> {"date":null,"date_inferred":false}
? 0
# A gazette text whose own date cannot be read (this consolidated law's certification is in
# the next issue) is dated by the day the gazette published it: a full date, filtered and
# sorted by. ../shared/corpus/congbao-8chude/docs/bhxh/van-ban-hop-nhat-so-19-vbhn-vpqh-30971.txt:
# its head.
<file name="congbao/vbhn-19.txt">
 
CÔNG BÁO/Số 329 + 330/Ngày 01-4-2020 
61 
 
VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI 
 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
 
LUẬT  
BẢO HIỂM XÃ HỘI 
 
Luật Bảo hiểm xã hội số 58/2014/QH13 ngày 20 tháng 11 năm 2014 của Quốc 
hội, có hiệu lực kể từ ngày 01 tháng 01 năm 2016, được sửa đổi, bổ sung bởi: 
1. Luật An toàn, vệ sinh lao động số 84/2015/QH13 ngày 25 tháng 6 năm 2015 
của Quốc hội, có hiệu lực kể từ ngày 01 tháng 7 năm 2016; 
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; 
Quốc hội ban hành Luật Bảo hiểm xã hội. 
</file>
$ tracuu ingest --quiet --no-progress --db db --root . congbao/vbhn-19.txt
? 0
$ tracuu show --db db --json congbao/vbhn-19.txt | jq -c '{title, date, date_inferred}'
> {"title":"Luật Bảo hiểm xã hội","date":"2020-04-01","date_inferred":false}
? 0
$ tracuu search --db db --year 2020 | grep -c 'congbao/vbhn-19.txt'
> 1
? 0
