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
