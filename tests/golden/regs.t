# Results say who issued what: a regulation's own text shows its number,
# type, issuing body, issue date (and, in show, its signer); any result shows
# the regulations its excerpt cites, each with the issuing body of its
# citation card. Texts: the letterhead, opening and signature block of Nghị
# định 158/2025/NĐ-CP (congbao-8chude) and lines of a Q&A page that cites it
# (tvpl-legal-news).
<file name="in/nd-158-2025.txt">
CHÍNH PHỦ

CHÍNH PHỦ


Số: 158/2025/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 25 tháng 6 năm 2025

 NGHỊ ĐỊNH
Quy định chi tiết và hướng dẫn thi hành một số điều
của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024;
Căn cứ điểm 13 của Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024
của Quốc hội về Nghị quyết kỳ họp thứ 7, Quốc hội Khóa XV;
Điều 1. Phạm vi điều chỉnh
3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc
Chính phủ, Chủ tịch Ủy ban nhân dân các cấp và tổ chức, cá nhân khác có liên
quan chịu trách nhiệm thi hành Nghị định này./.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Hồ Đức Phớc
</file>
<file name="in/hoi-dap.md">
# Đối tượng tham gia bảo hiểm xã hội bắt buộc theo Nghị định 158 2025 NĐ CP?

(5) Đối tượng quy định tại điểm a khoản 1 Điều 2 của Luật Bảo hiểm xã hội 2024 làm việc không trọn thời gian, có tiền lương trong tháng tính theo quy định tại khoản 2 Điều 7 của Nghị định 158/2025/NĐ-CP thấp hơn tiền lương làm căn cứ đóng bảo hiểm xã hội bắt buộc thấp nhất; người lao động làm việc theo hợp đồng thử việc theo quy định của pháp luật lao động không thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc.

**Luật Bảo hiểm xã hội 2024 và Nghị định 158/2025/NĐ-CP có hiệu lực từ 1/7/2025.*
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
# The Q&A page cites the decree: its issuing body comes from the card.
$ tracuu search --db db --color=never 'không trọn thời gian'
> 1 result (every word, anywhere in the text)
> 
> 1. Đối tượng tham gia bảo hiểm xã hội bắt buộc theo Nghị định 158 2025 NĐ CP?
>    hoi-dap.md · id 1
>    … điểm a khoản 1 Điều 2 của Luật Bảo hiểm xã hội 2024 làm việc «không trọn thời gian», có tiền lương trong tháng tính theo quy định tại khoản 2 Điều 7 của Nghị định 158/2025/NĐ-CP thấp hơn tiền lương làm căn cứ đóng bảo …
>    cites: 158/2025/NĐ-CP (Chính phủ)
? 0
# The decree's own text: number, type, issuing body and issue date under its
# title; its excerpt cites a resolution of the National Assembly.
$ tracuu search --db db --color=never 'kỳ họp thứ 7'
> 1 result (every word, anywhere in the text)
> 
> 1. Nghị định 158/2025/NĐ-CP: Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc
>    Nghị định 158/2025/NĐ-CP · Chính phủ · 2025-06-25
>    nd-158-2025.txt · id 2
>    … số 142/2024/QH15 ngày 29 tháng 6 năm 2024 của Quốc hội về Nghị quyết «kỳ họp thứ 7», Quốc hội Khóa XV; Điều 1. Phạm vi điều chỉnh 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch …
>    cites: 142/2024/QH15 (Quốc hội)
? 0
$ tracuu search --db db --json 'không trọn thời gian' | jq -c '{number, type, issuer, signer, date, cites}'
> {"number":null,"type":null,"issuer":null,"signer":null,"date":null,"cites":[{"number":"158/2025/NĐ-CP","type":"Nghị định","issuer":"Chính phủ","issuers":["Chính phủ"],"date":"2025-06-25"}]}
? 0
$ tracuu search --db db --json 'kỳ họp thứ 7' | jq -c '{number, type, issuer, signer, date, cites}'
> {"number":"158/2025/NĐ-CP","type":"Nghị định","issuer":"Chính phủ","signer":"Hồ Đức Phớc","date":"2025-06-25","cites":[{"number":"142/2024/QH15","type":"Nghị quyết","issuer":"Quốc hội","issuers":["Quốc hội"],"date":"2024-06-29"}]}
? 0
# A text's own number is not one its excerpt cites; a number alone puts its own text first (h12f).
$ tracuu search --db db --json '158/2025/NĐ-CP' | jq -c '{source, number, cites: [.cites[].number]}'
> {"source":"nd-158-2025.txt","number":"158/2025/NĐ-CP","cites":[]}
> {"source":"hoi-dap.md","number":null,"cites":["158/2025/NĐ-CP"]}
? 0
$ tracuu show --db db nd-158-2025.txt | head -n 10
> id:      2
> source:  nd-158-2025.txt
> title:   Nghị định 158/2025/NĐ-CP: Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc
> number:  158/2025/NĐ-CP
> type:    Nghị định
> issuer:  Chính phủ
> signer:  Hồ Đức Phớc
> date:    2025-06-25
> format:  text
> bytes:   1111
? 0
$ tracuu show --db db --json nd-158-2025.txt | jq -c '{number, type, issuer, signer, date, cites}'
> {"number":"158/2025/NĐ-CP","type":"Nghị định","issuer":"Chính phủ","signer":"Hồ Đức Phớc","date":"2025-06-25","cites":[{"number":"142/2024/QH15","type":"Nghị quyết","issuer":"Quốc hội","issuers":["Quốc hội"],"date":"2024-06-29"}]}
? 0
$ tracuu show --db db --json hoi-dap.md | jq -c '{number, type, issuer, signer, date, cites}'
> {"number":null,"type":null,"issuer":null,"signer":null,"date":null,"cites":[{"number":"158/2025/NĐ-CP","type":"Nghị định","issuer":"Chính phủ","issuers":["Chính phủ"],"date":"2025-06-25"}]}
? 0
