# Searches on the bundled corpus (corpus/seeds), text and JSON output.
# A name that occurs in one article only. The other texts match by its folded words ("tổ chức",
# "hiệu quả"); typed with marks, "tổ" is no syllable of "Tô Hiệu" and is not marked. Each shows
# a passage with "hiệu" as typed: the 3rd's region, where its positions put "to hieu" closest
# ("tổ … hiểu"), holds no word as typed, and the next cluster is read (h11c, query_excerpt_region).
$ tracuu search --color=never 'Tô Hiệu'
> 4 results (every word, anywhere in the text)
> 
> 1. Đoàn công tác của Học viện Chính trị quốc gia Hồ Chí Minh làm việc với Ban Thường vụ Thành ủy
>    2023-08-09 (year inferred) · seeds/000_b59fb608fd294d74.txt · id 1
>    … trị «Tô Hiệu» phát biểu tại cuộc làm việc Tại cuộc làm việc, Ban Thường vụ Thành ủy kiến nghị Học viện Chính trị quốc gia Hồ Chí Minh tiếp tục quan tâm, tạo điều kiện cho Trường Chính trị «Tô Hiệu» tham gia hội thảo, …
> 
> 2. Sáng 16/3, Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến toàn quốc quán triệt Quy định số 57-QĐ/TW, ngày 8/2/2022 của Ban Bí thư về đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị
>    2022-03-16 · seeds/001_41436ee5358bae99.txt · id 2
>    … môn, tích cực tham gia nghiên cứu, nắm vững và tổ chức triển khai có «hiệu» quả Quy định số 57; xây dựng kế hoạch đào tạo lý luận chính trị cho cán bộ phù hợp với từng đối tượng, tiêu chuẩn trong hệ thống chính trị. …
> 
> 3. Học viện Cán bộ được trao tặng Bằng khen "Xuất sắc trong phong trào thi đua của Cụm thi đua các trường chính trị tỉnh, thành phố trực thuộc Trung ương, trường cán bộ của các bộ, ngành, đoàn thể Trung ương năm 2022"
>    2023-01-12 · seeds/004_cc89c4ef70d66a47.txt · id 5
>    … quả nổi bật trong công tác trường chính trị năm 2022 là triển khai có «hiệu» quả nhiều hoạt động thúc đẩy xây dựng trường chính trị chuẩn theo Quy định số 11-QĐ/TW ngày 19/5/2021 của Ban Bí thư về trường chính trị chuẩn. …
>    cites: 11-QĐ/TW (Ban Bí thư)
> 
> 4. Dấu ấn công tác đào tạo, bồi dưỡng cán bộ năm 2022
>    2023-01-27 · seeds/003_ba266b507bcdfe8a.txt · id 4
>    … quản lý ở nước ngoài bằng ngân sách nhà nước bảo đảm chất lượng, «hiệu» quả, thiết thực. Phối hợp với Học viện Chính trị quốc gia Hồ Chí Minh và các cơ quan liên quan triển khai Kế hoạch đào tạo, bồi dưỡng cán bộ …
? 0
# The same typed without marks and in capitals.
$ tracuu search --color=never 'TO HIEU' --limit 1
> results 1–1 of 4 (every word, anywhere in the text)
> 
> 1. Đoàn công tác của Học viện Chính trị quốc gia Hồ Chí Minh làm việc với Ban Thường vụ Thành ủy
>    2023-08-09 (year inferred) · seeds/000_b59fb608fd294d74.txt · id 1
>    … trị «Tô Hiệu» phát biểu tại cuộc làm việc Tại cuộc làm việc, Ban Thường vụ Thành ủy kiến nghị Học viện Chính trị quốc gia Hồ Chí Minh tiếp tục quan tâm, tạo điều kiện cho Trường Chính trị «Tô Hiệu» tham gia hội thảo, …
? 0
# A phrase, and the same words in another order (not the phrase).
$ tracuu search --color=never '"Trường Chính trị Tô Hiệu"'
> 1 result
> 
> 1. Đoàn công tác của Học viện Chính trị quốc gia Hồ Chí Minh làm việc với Ban Thường vụ Thành ủy
>    2023-08-09 (year inferred) · seeds/000_b59fb608fd294d74.txt · id 1
>    … «Trường Chính trị Tô Hiệu» phát biểu tại cuộc làm việc Tại cuộc làm việc, Ban Thường vụ Thành ủy kiến nghị Học viện Chính trị quốc gia Hồ Chí Minh tiếp tục quan tâm, tạo điều kiện cho «Trường Chính trị Tô Hiệu» tham …
? 0
$ tracuu search --color=never '"Hiệu Tô"'
> 0 results
? 1
# Old tone placement in the query finds the new placement in the text.
$ tracuu search --color=never --limit 1 'Uỷ ban Kiểm tra'
> results 1–1 of 2 (every word, anywhere in the text)
> 
> 1. Dấu ấn công tác đào tạo, bồi dưỡng cán bộ năm 2022
>    2023-01-27 · seeds/003_ba266b507bcdfe8a.txt · id 4
>    … chủ nhiệm «ủy ban kiểm tra» cấp ủy cấp huyện; 2 lớp văn phòng cấp ủy cấp huyện). Học viện Chính trị khu vực II, III, IV, mỗi học viện đều tổ chức 4 lớp bồi dưỡng công tác tổ chức, «kiểm tra», dân vận và văn phòng cấp …
? 0
# Exclusion, OR, NOT, parentheses.
$ tracuu search --json 'Hải Phòng -"Tô Hiệu"' | jq -r .source
> seeds/002_87044e7d986aef26.txt
> seeds/001_41436ee5358bae99.txt
> seeds/003_ba266b507bcdfe8a.txt
? 0
$ tracuu search --json 'khen OR "kỷ nguyên"' | jq -r .source
> seeds/004_cc89c4ef70d66a47.txt
> seeds/002_87044e7d986aef26.txt
? 0
$ tracuu search --json '(Hải Phòng) NOT (khen OR "Tô Hiệu")' | jq -r .source
> seeds/002_87044e7d986aef26.txt
> seeds/001_41436ee5358bae99.txt
> seeds/003_ba266b507bcdfe8a.txt
? 0
# JSON Lines: the documented fields.
$ tracuu search --json --limit 1 'Tô Hiệu' | jq -c '{rank, id, title, date, source, format, highlights}'
> {"rank":1,"id":1,"title":"Đoàn công tác của Học viện Chính trị quốc gia Hồ Chí Minh làm việc với Ban Thường vụ Thành ủy","date":"2023-08-09","source":"seeds/000_b59fb608fd294d74.txt","format":"text","highlights":[[6,13],[188,195]]}
? 0
$ tracuu search --json --limit 1 'Tô Hiệu' | jq -r '.excerpt[.highlights[0][0]:.highlights[0][1]]'
> Tô Hiệu
? 0
# Paging.
$ tracuu search --color=never --limit 2 --offset 1 'học viện' | grep -E '^(results|[0-9]+\.)'
> results 2–3 of 4 (every word, anywhere in the text)
> 2. Đoàn công tác của Học viện Chính trị quốc gia Hồ Chí Minh làm việc với Ban Thường vụ Thành ủy
> 3. Dấu ấn công tác đào tạo, bồi dưỡng cán bộ năm 2022
? 0
# A page past the last says so (it printed the total over nothing).
$ tracuu search --color=never --offset 10 'học viện'
> 4 results (every word, anywhere in the text); none from result 11 on (--offset 10)
? 0
# Nothing found: exit 1.
$ tracuu search 'xylophone'
> 0 results
? 1
# Lenient reading is reported; an empty query is an error.
$ tracuu search --json 'Tô Hiệu"' | jq -r .source
> seeds/000_b59fb608fd294d74.txt
> seeds/001_41436ee5358bae99.txt
> seeds/004_cc89c4ef70d66a47.txt
> seeds/003_ba266b507bcdfe8a.txt
! tracuu: warning: query: unbalanced quote: read as a phrase to the end of the query
? 0
$ tracuu search '-"Tô Hiệu"' Hải Phòng
! tracuu: search: unknown option '-"' (a query that starts with '-' goes after '--': tracuu search -- '-word other')
! (see 'tracuu search --help')
? 2
$ tracuu search -- '-"Tô Hiệu"'
! tracuu: query: nothing to search for: the query only excludes words
? 2
$ tracuu search '" ... "'
! tracuu: query: nothing to search for: the query has no words
? 2
# A short number no indexed document cites finds nothing: how it was read is
# said, with its words to search instead; a full number, how it was read.
$ tracuu search --color=never 'nghi dinh 77'
> 0 results
! tracuu: 'nghi dinh 77' is read as the document number Nghị định 77, which no indexed document cites; to search its words: tracuu search 'nghi dinh "77"'
? 1
$ tracuu search --color=never 'Nghị định 999/2099/NĐ-CP'
> 0 results
! tracuu: 'Nghị định 999/2099/NĐ-CP' is read as the document number 999/2099/NĐ-CP, which no indexed document cites
? 1
# A script's batch says the same in its JSON line: uncited, with the words to search instead.
$ printf 'nghi dinh 77\nNghị định 999/2099/NĐ-CP\n' | tracuu search --batch | jq -c '{query, total, uncited}'
> {"query":"nghi dinh 77","total":0,"uncited":[{"typed":"nghi dinh 77","number":"Nghị định 77","words":"nghi dinh \"77\""}]}
> {"query":"Nghị định 999/2099/NĐ-CP","total":0,"uncited":[{"typed":"Nghị định 999/2099/NĐ-CP","number":"999/2099/NĐ-CP","words":null}]}
? 0
$ tracuu search --color=never 'quy dinh 57' | head -n 1
> 57-QĐ/TW — Quy định
? 0
