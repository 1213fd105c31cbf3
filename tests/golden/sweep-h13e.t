# h13e's sweep (session 13): a script looking citations up by the thousand, as
# texts write them. Excerpts of ../shared/corpus.
#
# Cyrillic letters that look like Latin ones inside a number or a word (OCR of
# the gazette, a keyboard switched mid-word) are read as the Latin letters:
# congbao-8chude nghi-quyet-so-24-2026-nq-cp-469471.txt writes "NĐ-CР" with a
# Cyrillic Р (the index held the number 112/2021/NĐ-C), tvpl-legal-news
# qa_explainers/254e215acd571cbd.md "TT-BCТ" and "theо" (a Cyrillic о); a
# Russian word (news-dantri-unc news_world_167.txt) stays Russian.
<file name="in/nq.txt">
đổi, bổ sung một số điều của Nghị định số 
112/2021/NĐ-CР ngày 10/12/2021 của Chính phủ quy 
định chi tiết một số điều và biện pháp thi hành Luật 
</file>
<file name="in/qa.md">
Điểm a khoản 3 Điều 3 Thông tư 60/2025/TT-BCТ quy định:

Quyết định mức khoán kinh phí sử dụng nhà ở công vụ, đối tượng, mức khoán kinh phí sử dụng máy móc, thiết bị đối với các đối tượng theо quy định; Quyết định tiêu chuẩn, định mức đối với máy móc, thiết bị chuyên dùng
</file>
<file name="in/news.txt">
Các tổ hợp Topol-M ("Тополь-М") lỗi thời đang dần được Yarsy ("Ярсы") thay thế.
</file>
<file name="in/cite.txt">
26. Quyết định số 67/2002/QĐ-UB ngày 24 tháng 10 năm 2002 của Ủy ban nhân dân tỉnh Bình Phước
- Thông tư số 40/2025/TT-BNNMT ngày 02/7/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường;
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu cite --db db -n 1 112/2021/NĐ-CP | grep -E '^112|cited in|^1\.'
> 112/2021/NĐ-CP — Nghị định
>   cited in      1 document (1 mention)
> 1. đổi, bổ sung một số điều của Nghị định số 112/2021/NĐ-CP ngày 10/12/2021 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật
? 0
$ tracuu cite --db db -n 0 60/2025/TT-BCT | grep -E '^60|cited in'
> 60/2025/TT-BCT — Thông tư
>   cited in      1 document (1 mention)
? 0
$ sources --db db '"các đối tượng theo quy định"'
> qa.md
? 0
$ sources --db db 'Тополь'
> news.txt
? 0
# A number pasted from such a text reads as the one it looks like.
$ tracuu cite --db db -n 0 '112/2021/NĐ-CР' | head -1
> 112/2021/NĐ-CP — Nghị định
? 0
#
# A number with its date after it, as texts write it, is read in lower case and
# with its type and body written together ("TTBNNMT") as it is without the date
# (the raw spellings of 300 mentions run through `cite --batch`).
$ tracuu cite --db db -n 0 'quyết định số 67/2002/qđ-ub ngày 24 tháng 10 năm 2002' | head -1
> 67/2002/QĐ-UB — Quyết định
? 0
$ tracuu cite --db db -n 0 'Thông tư số 40/2025/TTBNNMT ngày 02/7/2025' | head -1
> 40/2025/TT-BNNMT — Thông tư
? 0
$ tracuu cite --db db -n 0 '67/2002/qđ-ub, ngày 24/10/2002' | head -1
> 67/2002/QĐ-UB — Quyết định
? 0
#
# A day its month does not have is no date, as a month's 00 is not: a filter
# on it is refused, not read as the 1st or 2nd of the next month.
$ tracuu search --db db --from 2025-02-30 thuế
! tracuu: search: '2025-02-30' is not a date: 2025-02 has 28 days
! (see 'tracuu search --help')
? 2
$ tracuu search --db db 'to:2025-06-31' thuế
! tracuu: query: '2025-06-31' is not a date: 2025-06 has 30 days
? 2
#
# The same number cut at a line's end, its "СР" (two Cyrillic letters) on the
# next line: 17 mentions of 40/2026/NĐ-CP in congbao-8chude
# nghi-quyet-so-17-2026-nq-cp-469464.txt were read as none.
<file name="in2/nq17.txt">
khoản 2, khoản 8 Điều 15 Nghị định số 40/2026/NĐ-СР; 06 ngày làm việc đối 
với hoạt động quy định tại khoản 3, khoản 5 Điều 15 Nghị định số 40/2026/NĐ-
СР; 08 ngày làm việc đối với hoạt động quy định tại khoản 4, khoản 6, khoản 7 
Điều 15 Nghị định số 40/2026/NĐ-СР kể từ ngày nhận đủ hồ sơ, cơ quan chuyên 
</file>
$ tracuu ingest --quiet --no-progress --db db2 --root in2 in2
? 0
$ tracuu cite --db db2 -n 0 40/2026/NĐ-CP | grep -E 'cited in|articles'
>   cited in      1 document (3 mentions)
>   articles cited Điều 15 ×3
? 0
#
# A news text's metadata header (news-dantri-unc news_society_232.txt) gives the
# date and the URL and is not the text: its URL's words ("sot ruot", only in
# the URL) found it, and an excerpt near the top began "… htm # date = 20210426".
<file name="in3/news_society_232.txt">
# doc_id = news_society_232
# url = https://dantri.com.vn/xa-hoi/thu-tuong-sot-ruot-truoc-nguy-co-cao-dich-covid-19-bung-phat-tro-lai-20210426202518986.htm
# date = 20210426
Văn phòng Chính phủ vừa có văn bản số 81 thông báo kết luận của Thủ tướng Chính phủ Phạm Minh Chính, tại cuộc họp Thường trực Chính phủ về phòng, chống dịch Covid-19 diễn ra sáng 26/4.
Cụ thể, Thủ tướng lưu ý, dịch bệnh Covid-19 trên thế giới hiện đang rất phức tạp, tiếp tục gia tăng về lượng người mắc bệnh, số người vào bệnh viện, số người chết và bùng phát trở lại tại nhiều quốc gia trên thế giới, trong đó có một số nước láng giềng, có chung đường biên giới phía Tây Nam.
</file>
$ tracuu ingest --quiet --no-progress --db db3 --root in3 in3
? 0
$ tracuu search --db db3 'sot ruot'
> 0 results
? 1
$ tracuu search --db db3 'cuộc họp Thường trực Chính phủ' | sed -n 3,5p
> 1. Văn phòng Chính phủ vừa có văn bản số 81 thông báo kết luận của Thủ tướng Chính phủ Phạm Minh Chính, tại cuộc họp Thường trực Chính phủ về phòng, chống dịch Covid-19 diễn ra sáng 26/4.
>    2021-04-26 · news_society_232.txt · id 1
>    Văn phòng «Chính phủ» vừa có văn bản số 81 thông báo kết luận của Thủ tướng «Chính phủ» Phạm Minh Chính, tại «cuộc họp Thường trực Chính phủ» về phòng, chống dịch Covid-19 diễn ra sáng 26/4. Cụ thể, Thủ tướng lưu ý, dịch …
#
# A number without its year restarts each year: a lone mention of another
# year is another text, not a misprint joined to the card of this year's
# (11/NQ-CP: congbao-8chude quyet-dinh-so-08-2022-qd-ttg-36945.txt cites the
# resolution of 30/01/2022, tvpl-legal-news gov_news_and_docs/a0c01a2a7edd5140.md
# and another page the one of 15/01/2025; the card of 2025 took the subject of
# 2022). A year misprinted on the same day and month still joins.
<file name="in4/qd08.txt">
Căn cứ Nghị quyết số 11/NQ-CP ngày 30 tháng 01 năm 2022 của Chính phủ về Chương trình phục hồi và phát triển kinh tế - xã hội và triển khai Nghị quyết số 43/2022/QH15 ngày 11 tháng 01 năm 2022 của Quốc hội về chính sách tài khóa, tiền tệ hỗ trợ Chương trình;
</file>
<file name="in4/a.md">
Chính phủ vừa ban hành Nghị quyết số 11/NQ-CP ngày 15/1/2025 về việc miễn thị thực theo Chương trình kích cầu phát triển du lịch trong năm 2025 cho công dân các nước: Cộng hoà Ba Lan, Cộng hòa Séc và Liên bang Thụy Sỹ.
</file>
<file name="in4/b.md">
Nghị quyết số 11/NQ-CP ngày 15/01/2025 của Chính phủ về việc miễn thị thực theo Chương trình kích cầu phát triển du lịch trong năm 2025 cho công dân các nước: Cộng hòa Ba Lan, Cộng hòa Séc và Liên bang Thụy Sỹ sẽ hết hiệu lực.
</file>
<file name="in4/c.md">
Nghị quyết số 11/NQ-CP ngày 15/01/2024 của Chính phủ về việc miễn thị thực theo Chương trình kích cầu phát triển du lịch trong năm 2025 cho công dân các nước: Cộng hòa Ba Lan, Cộng hòa Séc và Liên bang Thụy Sỹ.
</file>
$ tracuu ingest --quiet --no-progress --db db4 --root in4 in4
? 0
$ tracuu cite --db db4 -n 0 11/NQ-CP | grep -E '—|issued|subject|cited in'
> 11/NQ-CP — Nghị quyết
>   issued        2025-01-15 (2 of 3 mentions; also 2024-01-15 ×1)
>   subject       miễn thị thực theo Chương trình kích cầu phát triển du lịch trong năm 2025 cho công dân các nước (3 of 3 mentions)
>   cited in      3 documents (3 mentions)
> 11/NQ-CP — Nghị quyết
>   issued        2022-01-30 (1 of 1 mention)
>   subject       chương trình phục hồi và phát triển kinh tế - xã hội và triển khai (1 of 1 mention)
>   cited in      1 document (1 mention)
#
# The eth Ð a Latin-1 font gives for Đ (Ð U+00D0, not Đ U+0110): "Ðơn vị" in
# congbao-8chude nghi-dinh-so-133-2026-nd-cp-469331.txt matched no search for
# "đơn vị", "102/2024/NÐ-CP" (tvpl-legal-news qa_explainers/d439c664d678b534.md)
# was no number.
<file name="in5/nd133.txt">
c) Buộc Ðơn vị bán buôn điện thực hiện đàm phán, giao kết hợp đồng mua 
bán điện với Ðơn vị bán lẻ điện trong thời gian không quá 07 ngày kể từ ngày 
</file>
<file name="in5/qa.md">
 với nhóm đất quy định tại các khoản 1, 2, 3 và điểm i Khoản 4 Điều 5 Nghị định 102/2024/NÐ-CP.
</file>
$ tracuu ingest --quiet --no-progress --db db5 --root in5 in5
? 0
$ sources --db db5 '"đơn vị bán lẻ điện"'
> nd133.txt
$ tracuu cite --db db5 -n 0 102/2024/NĐ-CP | grep -E '^102|cited in|articles'
> 102/2024/NĐ-CP — Nghị định
>   cited in      1 document (1 mention)
>   articles cited Điều 5 ×1
$ tracuu cite --db db5 -n 0 '102/2024/NÐ-CP' | head -1
> 102/2024/NĐ-CP — Nghị định
# A search pasted from such a text reads as the text was stored.
$ sources --db db5 '"Ðơn vị bán lẻ điện"'
> nd133.txt
$ sources --db db '"các đối tượng theо quy định"'
> qa.md
#
# A line holding several numbers is refused saying so, not "not a document
# number" (a script's line of two, as texts list them).
$ tracuu cite --db db 'Nghị định 112/2021/NĐ-CP, Thông tư 40/2025/TT-BNNMT'
! tracuu: cite: Nghị định 112/2021/NĐ-CP, Thông tư 40/2025/TT-BNNMT: 2 numbers (112/2021/NĐ-CP, 40/2025/TT-BNNMT), not one: give one number a line
? 1
$ printf '112/2021/NĐ-CP và 40/2025/TT-BNNMT\n' | tracuu cite --db db --batch
> {"query":"112/2021/NĐ-CP và 40/2025/TT-BNNMT","found":false,"number":null,"error":"2 numbers (112/2021/NĐ-CP, 40/2025/TT-BNNMT), not one: give one number a line"}
? 1
