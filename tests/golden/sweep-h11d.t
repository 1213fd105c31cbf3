# sweep-h11d.t — what h11d's sweep fixed (docs/trust-sweep.md, h11d): a citing regulation says what it is in cite's list; a misprinted mention does not vote for the number it misprints.
#
# congbao-8chude nghi-quyet-so-100-nq-cp-469357.txt (its head, and the paragraph that
# writes "Chỉ thị số 49-NQ/TW" for 49-CT/TW), and news-dantri-unc news_society_005.txt
# (Resolution 49-NQ/TW of the Politburo, 2005, on judicial reform).
<file name="in/nq-100.txt">
 CHÍNH PHỦ 
 
Số:  100/NQ-CP 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
 
Hà Nội, ngày 06 tháng 4 năm 2026     
 
NGHỊ QUYẾT 
Ban hành Chương trình hành động của Chính phủ  
thực hiện Chỉ thị số 49-CT/TW ngày 28 tháng 6 năm 2025 của Ban Bí thư  
về công tác phi chính phủ nước ngoài giai đoạn 2026 - 2030 
 
CHÍNH PHỦ 
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;  
Căn cứ Chỉ thị số 49-CT /TW ngày 28 tháng 6 năm 2025 của Ban Bí thư về công 
tác phi chính phủ nước ngoài; 
QUYẾT NGHỊ: 
Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính 
phủ triển khai Chỉ thị số 49-CT/TW ngày 28 tháng 6 năm 2025 của Ban Bí thư về công 
tác phi chính phủ nước ngoài giai đoạn 2026 - 2030.  
Điều 2. Nghị quyết này có hiệu lực kể từ ngày ký ban hành. 
1. Trên cơ sở nội dung Chỉ thị số 49-NQ/TW của Ban Bí thư, Chương trình hành 
động của Chính phủ, các Bộ, cơ quan ngang Bộ theo chức năng, nhiệm vụ chủ trì. 
</file>
<file name="in/news.txt">
Ngành tư pháp đón nhận Huân chương Lao động hạng Nhất

Ngành tư pháp đã triển khai Nghị quyết số 49-NQ/TW của Bộ Chính trị về Chiến lược cải cách tư pháp đến năm 2020.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
#
# cite's list of citing documents: a regulation's own text says what it is, as the same
# document does in search's results (one home: add_doc_lines, query/format.c), and in JSON.
$ tracuu cite --db db 49-NQ/TW | grep -A1 '^1\. '
> 1. Nghị quyết 100/NQ-CP: Ban hành Chương trình hành động của Chính phủ thực hiện Chỉ thị số 49-CT/TW ngày 28 tháng 6 năm 2025 của Ban Bí thư về công tác phi chính phủ nước ngoài giai đoạn 2026 - 2030
>    Nghị quyết 100/NQ-CP · Chính phủ · 2026-04-06
? 0
$ tracuu cite --db db --json 49-NQ/TW | jq -c '.cited_in[] | [.number, .type, .issuer]'
> ["100/NQ-CP","Nghị quyết","Chính phủ"]
> [null,null,null]
? 0
#
# "Chỉ thị số 49-NQ/TW của Ban Bí thư" names a Chỉ thị with a resolution's code: one
# is a misprint, so its body votes for neither, and the news page's "của Bộ Chính
# trị" names 49-NQ/TW's body alone (it was a tie of one each, broken by byte order).
$ tracuu cite --db db 49-NQ/TW | sed -n 2,3p
>   type          Nghị quyết (2 of 2 mentions)
>   issuing body  Bộ Chính trị (1 of 2 mentions)
? 0
#
# A regulation without a number saved from two sites, whose texts differ by a mark
# (uts-vlc-laws hien-phap.txt writes "Điều 58.", the vbpl page "Điều 58"), is one
# result, the other copy under "also:"; --all-copies lists both. 1992's Constitution
# (another date) stays apart.
<file name="hp/hien-phap.txt">
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Hà Nội, ngày 28 tháng 11 năm 2013

HIẾN PHÁP

NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

LỜI NÓI ĐẦU

Trải qua mấy nghìn năm lịch sử, Nhân dân Việt Nam lao động cần cù, sáng tạo, đấu tranh anh dũng để dựng nước và giữ nước, đã hun đúc nên truyền thống yêu nước, đoàn kết, nhân nghĩa, kiên cường, bất khuất và xây dựng nên nền văn hiến Việt Nam.

Điều 57.

1. Nhà nước khuyến khích, tạo điều kiện để tổ chức, cá nhân tạo việc làm cho người lao động.

2. Nhà nước bảo vệ quyền, lợi ích hợp pháp của người lao động, người sử dụng lao động và tạo điều kiện xây dựng quan hệ lao động tiến bộ, hài hòa và ổn định.

Điều 58.

1. Nhà nước, xã hội đầu tư phát triển sự nghiệp bảo vệ, chăm sóc sức khỏe của Nhân dân.

Hiến pháp này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 6 thông qua ngày 28 tháng 11 năm 2013.
</file>
<file name="hp/vbpl.txt">
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Hà Nội, ngày 28 tháng 11 năm 2013

HIẾN PHÁP

NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

LỜI NÓI ĐẦU

Trải qua mấy nghìn năm lịch sử, Nhân dân Việt Nam lao động cần cù, sáng tạo, đấu tranh anh dũng để dựng nước và giữ nước, đã hun đúc nên truyền thống yêu nước, đoàn kết, nhân nghĩa, kiên cường, bất khuất và xây dựng nên nền văn hiến Việt Nam.

Điều 57.

1. Nhà nước khuyến khích, tạo điều kiện để tổ chức, cá nhân tạo việc làm cho người lao động.

2. Nhà nước bảo vệ quyền, lợi ích hợp pháp của người lao động, người sử dụng lao động và tạo điều kiện xây dựng quan hệ lao động tiến bộ, hài hòa và ổn định.

Điều 58

1. Nhà nước, xã hội đầu tư phát triển sự nghiệp bảo vệ, chăm sóc sức khỏe của Nhân dân.

Hiến pháp này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 6 thông qua ngày 28 tháng 11 năm 2013.
</file>
<file name="hp/hien-phap-1992.txt">
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Hà Nội, ngày 15 tháng 4 năm 1992

HIẾN PHÁP

NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

LỜI NÓI ĐẦU

Trải qua mấy nghìn năm lịch sử, Nhân dân Việt Nam lao động cần cù, sáng tạo, đấu tranh anh dũng để dựng nước và giữ nước, đã hun đúc nên truyền thống yêu nước, đoàn kết, nhân nghĩa, kiên cường, bất khuất và xây dựng nên nền văn hiến Việt Nam.

Điều 57.

1. Nhà nước khuyến khích, tạo điều kiện để tổ chức, cá nhân tạo việc làm cho người lao động.

2. Nhà nước bảo vệ quyền, lợi ích hợp pháp của người lao động, người sử dụng lao động và tạo điều kiện xây dựng quan hệ lao động tiến bộ, hài hòa và ổn định.

Điều 58.

1. Nhà nước, xã hội đầu tư phát triển sự nghiệp bảo vệ, chăm sóc sức khỏe của Nhân dân.

Hiến pháp này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa VIII, kỳ họp thứ 11 thông qua ngày 15 tháng 4 năm 1992.
</file>
$ tracuu ingest --quiet --no-progress --db hp.db --root hp hp
? 0
$ tracuu search --db hp.db --type 'Hiến pháp' 'lao động' --json | jq -c '[.source, .date, ([.copies[]?.source])]'
> ["hien-phap-1992.txt","1992-04-15",[]]
> ["hien-phap.txt","2013-11-28",["vbpl.txt"]]
? 0
$ tracuu search --db hp.db --type 'Hiến pháp' 'lao động' --all-copies --json | jq -r '.source' | sort
> hien-phap-1992.txt
> hien-phap.txt
> vbpl.txt
? 0
#
# A precedent's number (án lệ) is NUM/YYYY/AL: its code ends it and names no issuer
# (corpus/doctypes.tsv, "alone"); it was "not a document number" (vbpl-html
# anle_thuoctinh.html, the attributes of precedent 63/2023/AL).
# Its body is the one its type implies, the Council of Judges (doctypes.tsv's body column,
# h14e); it was "unknown".
<file name="anle/anle.txt">
Số án lệ 63/2023/AL
Tên án lệ Về xem xét quyết định hành chính có liên quan đến hành vi hành chính bị khiếu kiện
Quyết định công bố Quyết định 39/QĐ-CA về việc công bố án lệ
Ngày áp dụng 27/03/2023
</file>
$ tracuu ingest --quiet --no-progress --db anle.db --root anle anle
? 0
$ tracuu cite --db anle.db --json 63/2023/AL | jq -c '[.number, .kind, .type, .type_code, .issuer, .mentions]'
> ["63/2023/AL","qppl","Án lệ","AL","Hội đồng Thẩm phán Tòa án nhân dân tối cao",1]
? 0
$ tracuu cite --db anle.db --json '63/2023/al' | jq -r '.number'
> 63/2023/AL
? 0
