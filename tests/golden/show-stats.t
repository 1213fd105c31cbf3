# tracuu show and tracuu stats on the bundled corpus.
$ tracuu show 5 | head -n 8
> id:      5
> source:  seeds/004_cc89c4ef70d66a47.txt
> title:   Học viện Cán bộ được trao tặng Bằng khen "Xuất sắc trong phong trào thi đua của Cụm thi đua các trường chính trị tỉnh, thành phố trực thuộc Trung ương, trường cán bộ của các bộ, ngành, đoàn thể Trung ương năm 2022"
> date:    2023-01-12
> format:  text
> bytes:   4560
> hash:    1d538c08b4553ef8d59777f27c5b457b
> cites:   11-QĐ/TW (Ban Bí thư), 21-NQ/ĐU (Đảng ủy Học viện Chính trị quốc gia Hồ Chí Minh), 1247-KH/HVCTQG (Học viện Chính trị quốc gia Hồ Chí Minh)
? 0
$ tracuu show seeds/002_87044e7d986aef26.txt | head -n 3
> id:      3
> source:  seeds/002_87044e7d986aef26.txt
> title:   Đào tạo, bồi dưỡng cán bộ chính trị đáp ứng yêu cầu trong kỷ nguyên mới
? 0
$ tracuu show --json 3 | jq -c '{id, source, format, bytes}'
> {"id":3,"source":"seeds/002_87044e7d986aef26.txt","format":"text","bytes":5026}
? 0
$ tracuu show 99
! tracuu: show: no document 99 in <bundled-db>
? 1
$ tracuu show no/such/file.txt
! tracuu: show: no document no/such/file.txt in <bundled-db>
? 1
$ tracuu stats --json | jq -c '{documents, words}'
> {"documents":5,"words":691}
? 0
$ tracuu stats | sed -n '2p'
> documents:  5
? 0
