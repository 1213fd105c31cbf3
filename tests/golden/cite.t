# Document numbers on the bundled corpus: citation cards, search by number, filters, facets.
# 57-QĐ/TW: a Quy định of the Ban Bí thư (8/2/2022); one seed writes "57- QĐ/TW", one also cites 57-NQ/TW.
$ tracuu cite --color=never 57-QĐ/TW
> 57-QĐ/TW — Quy định
>   type          Quy định (5 of 5 mentions)
>   issuing body  Ban Bí thư (4 of 5 mentions)
>   issued        2022-02-08 (3 of 5 mentions)
>   subject       đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị (4 of 5 mentions)
>   its own text  not indexed
>   cited in      3 documents (5 mentions)
>   status        unknown (its text is not indexed)
> 
> 1. Dấu ấn công tác đào tạo, bồi dưỡng cán bộ năm 2022
>    2023-01-27 · seeds/003_ba266b507bcdfe8a.txt · id 4
>    Tham mưu với Ban Bí thư ban hành Quy định số «57-QĐ/TW» ngày 08/02/2022 về đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị.
> 
> 2. Sáng 16/3, Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến toàn quốc quán triệt Quy định số 57-QĐ/TW, ngày 8/2/2022 của Ban Bí thư về đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị
>    2022-03-16 · seeds/001_41436ee5358bae99.txt · id 2
>    Sáng 16/3, Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến toàn quốc quán triệt Quy định số «57-QĐ/TW», ngày 8/2/2022 của Ban Bí thư về đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị.
> 
> 3. Đào tạo, bồi dưỡng cán bộ chính trị đáp ứng yêu cầu trong kỷ nguyên mới
>    2024-05-19 (year inferred) · seeds/002_87044e7d986aef26.txt · id 3
>    "Những thuận lợi, khó khăn trong triển khai Quy định số «57- QĐ/TW», ngày 8/2/2022 của Ban Bí thư về đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị - từ thực tiễn tỉnh Lào Cai";
? 0
$ tracuu cite --json '57/qd-tw' | jq -c '{number, type, issuer, date, subject, documents}'
> {"number":"57-QĐ/TW","type":"Quy định","issuer":"Ban Bí thư","date":"2022-02-08","subject":"đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị","documents":3}
? 0
$ tracuu cite --json '57- QĐ/TW' | jq -r '.cited_in[].source'
> seeds/003_ba266b507bcdfe8a.txt
> seeds/001_41436ee5358bae99.txt
> seeds/002_87044e7d986aef26.txt
? 0
# The same regulation by a short reference, typed without marks.
$ tracuu search --json 'quy dinh 57' | jq -r .source
> seeds/001_41436ee5358bae99.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
? 0
# Search by number: the card first, then only documents citing exactly that number.
$ tracuu search --color=never '57-QĐ/TW' | grep -E '^(57-|[0-9]+ result|[0-9]+\. )'
> 57-QĐ/TW — Quy định
> 3 results
> 1. Sáng 16/3, Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến toàn quốc quán triệt Quy định số 57-QĐ/TW, ngày 8/2/2022 của Ban Bí thư về đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị
> 2. Đào tạo, bồi dưỡng cán bộ chính trị đáp ứng yêu cầu trong kỷ nguyên mới
> 3. Dấu ấn công tác đào tạo, bồi dưỡng cán bộ năm 2022
? 0
$ tracuu search --json '57-NQ/TW' | jq -r .source
> seeds/002_87044e7d986aef26.txt
? 0
$ tracuu search --json '57-QD/TW dao tao' | jq -r .source
> seeds/001_41436ee5358bae99.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
? 0
# In bulk: one JSON line per number; exit 1 when some were not found.
$ printf '57-QĐ/TW\n11-qđ/tw\n# a comment\n99-QĐ/TW\nhello\n' | tracuu cite --batch | jq -c '{query, found, number}'
> {"query":"57-QĐ/TW","found":true,"number":"57-QĐ/TW"}
> {"query":"11-qđ/tw","found":true,"number":"11-QĐ/TW"}
> {"query":"99-QĐ/TW","found":false,"number":"99-QĐ/TW"}
> {"query":"hello","found":false,"number":null}
? 0
$ tracuu cite 99-QĐ/TW
! tracuu: cite: 99-QĐ/TW: not cited in any indexed document
? 1
$ tracuu cite hello
! tracuu: cite: hello: not a document number
? 1
# Filters and facets. The seeds are news: none is a Kết luận itself, one cites one.
$ tracuu search --type 'Kết luận' 'đào tạo'
> 0 results
! tracuu: no document matches the words with every filter given; the words alone find 5
! tracuu: no indexed document is itself of that type (the number in its own letterhead); 1 document cites a text of that type: ask with --cites-type
? 1
$ tracuu search --json --cites-type 'Kết luận' 'đào tạo' | jq -r .source
> seeds/003_ba266b507bcdfe8a.txt
? 0
$ tracuu search --json 'đào tạo cites-type:KL' | jq -r .source
> seeds/003_ba266b507bcdfe8a.txt
? 0
$ tracuu search --json --cites-issuer 'Bộ Chính trị' 'cán bộ' | jq -r .source
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
? 0
$ tracuu search --json --cites-issuer TW --cites-issuer HVCTQG 'thi đua' | jq -r .source
> seeds/004_cc89c4ef70d66a47.txt
> seeds/003_ba266b507bcdfe8a.txt
? 0
$ tracuu search --json --year 2023 'học viện' | jq -r '.source + " " + .date'
> seeds/004_cc89c4ef70d66a47.txt 2023-01-12
> seeds/003_ba266b507bcdfe8a.txt 2023-01-27
? 0
$ tracuu search --json --from 2022-06-01 --to 2023-01-20 'học viện' | jq -r '.source + " " + .date'
> seeds/004_cc89c4ef70d66a47.txt 2023-01-12
? 0
$ tracuu search --facets --json --limit 0 'đào tạo' | jq -c .facets.year
> {"2023":2,"2022":1}
? 0
$ tracuu search --type 'no such type' 'đào tạo'
! tracuu: search: 'no such type' is not a document type (a code such as NQ, QĐ, NĐ, TT, KL, or a name such as 'Nghị quyết', 'Luật', 'bo luat')
! (see 'tracuu search --help')
? 2
$ tracuu search --from yesterday 'đào tạo'
! tracuu: search: 'yesterday' is not a date (YYYY, YYYY-MM, MM/YYYY, YYYY-MM-DD or DD/MM/YYYY)
! (see 'tracuu search --help')
? 2
# Leading zeros: 01/2025/TT-BNV and 001/2025/TT-BNV are two circulars; 1/2025/TT-BNV offers both.
$ tracuu ingest -q --db db "$FIXTURES/cite"
? 0
$ tracuu cite --db db --json 1/2025/TT-BNV | jq -c '{number, date}'
> {"number":"001/2025/TT-BNV","date":"2025-03-17"}
> {"number":"01/2025/TT-BNV","date":"2025-01-17"}
? 0
$ tracuu cite --db db --json 01/2025/TT-BNV | jq -c '{number, date}'
> {"number":"01/2025/TT-BNV","date":"2025-01-17"}
? 0
# Only documents citing 57-QĐ/TW, not those citing 57-NQ/TW alone.
$ tracuu ingest -q --db db "$TRACUU_SRCDIR/corpus/seeds"
? 0
$ tracuu search --db db --json '57-QĐ/TW' | jq -r .source | sed 's|.*/||' | sort
> 001_41436ee5358bae99.txt
> 002_87044e7d986aef26.txt
> 003_ba266b507bcdfe8a.txt
? 0
$ tracuu search --db db --json '57-NQ/TW' | jq -r .source | sed 's|.*/||' | sort
> 002_87044e7d986aef26.txt
> nq-57-nhandan.md
? 0
