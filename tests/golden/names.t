# Names of regulations: a type, a subject and maybe a year ("Bộ luật Lao động 2019", "Luật BHXH 2024",
# "BLLĐ"; abbreviations from corpus/abbreviations.tsv) resolve to the numbers the collection gives that
# name: its letterheads (BỘ LUẬT / LAO ĐỘNG above 45/2019/QH14) and the mentions the name stands right
# before ("Luật Bảo hiểm xã hội số 41/2024/QH15"); a year picks that year's, none lists all, newest
# first; "Bộ luật Lao động" is no "Luật Lao động"; "Luật sửa đổi Luật Doanh nghiệp số 76/2025/QH15"
# names the amending law, not the Enterprise Law. search shows the cards first, as for numbers.
# uts-vlc-laws/docs/bo-luat-lao-dong.txt: letterhead, Article 1 and the start of Article 220.
<file name="in/bo-luat-lao-dong.txt">
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Bộ luật số: 45/2019/QH14

Hà Nội, ngày 20 tháng 11 năm 2019



BỘ LUẬT

LAO ĐỘNG

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Quốc hội ban hành Bộ luật Lao động.

Chương I

NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Bộ luật Lao động quy định tiêu chuẩn lao động; quyền, nghĩa vụ, trách nhiệm của người lao động, người sử dụng lao động, tổ chức đại diện người lao động tại cơ sở, tổ chức đại diện người sử dụng lao động trong quan hệ lao động và các quan hệ khác liên quan trực tiếp đến quan hệ lao động; quản lý nhà nước về lao động.

Điều 220. Hiệu lực thi hành

1. Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.

Bộ luật Lao động số 10/2012/QH13 hết hiệu lực thi hành kể từ ngày Bộ luật này có hiệu lực.
</file>
# congbao-8chude/docs/hdld/nghi-dinh-so-372-2025-nd-cp-468594.txt: letterhead and grounds.
<file name="in/nd-372-2025.txt">
_________ 
 
Số: 372/2025/NĐ-CP 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
________________________________________ 
Hà Nội, ngày 31 tháng 12 năm 2025 
 
NGHỊ ĐỊNH 
Sửa đổi, bổ sung một số điều của Nghị định số 112/2021/NĐ-CP  
ngày 10 tháng 12 năm 2021 của Chính phủ quy định chi tiết một số điều 
và biện pháp thi hành Luật Người lao động Việt Nam đi làm việc  
ở nước ngoài theo hợp đồng 
 
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; 
Căn cứ Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp 
đồng số 69/2020/QH14;  
Căn cứ Luật Đầu tư số 61/2020/QH14; 
Căn cứ Luật Doanh nghiệp số 59/2020/QH14 và Luật sửa đổi Luật Doanh 
nghiệp số 76/2025/QH15; 
Theo đề nghị của Bộ trưởng Bộ Nội vụ; 
</file>
# congbao-8chude/docs/bhxh/nghi-dinh-so-212-2025-nd-cp-45740.txt: letterhead and grounds.
<file name="in/nd-212-2025.txt">
CHÍNH PHỦ 
__________ 
 
Số: 212/2025/NĐ-CP 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
 
Hà Nội, ngày 25 tháng 7 năm 2025 
 
 
NGHỊ ĐỊNH 
Quy định chi tiết hoạt động đầu tư từ quỹ bảo hiểm xã hội, 
bảo hiểm y tế, bảo hiểm thất nghiệp 
 
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; 
Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15; 
Căn cứ Luật Việc làm số 38/2013/QH13; 
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu search --db db 'Bộ luật Lao động 2019'
~ ^45/2019/QH14 — Bộ luật$
? 0
$ tracuu cite --db db --json 'Bộ luật Lao động' | jq -r .number
> 45/2019/QH14
> 10/2012/QH13
? 0
$ tracuu cite --db db --json 'BLLĐ 2012' | jq -r .number
> 10/2012/QH13
? 0
$ tracuu cite --db db --json 'bo luat lao dong nam 2019' | jq -r .number
> 45/2019/QH14
? 0
$ tracuu cite --db db --json 'Luật Doanh nghiệp' | jq -r .number
> 59/2020/QH14
? 0
$ tracuu cite --db db --json 'Luật BHXH 2024' | jq -r .number
> 41/2024/QH15
? 0
$ tracuu cite --db db --json 'luật bảo hiểm xã hội' | jq -r .number
> 41/2024/QH15
? 0
$ tracuu cite --db db --json 'Luật Lao động' | jq -c .
> {"query":"Luật Lao động","found":false,"number":null,"error":"not a document number"}
? 0
$ tracuu cite --db db --json 'Luật Bảo hiểm xã hội 2014' | jq -c .
> {"query":"Luật Bảo hiểm xã hội 2014","found":false,"number":null,"error":"not a document number"}
? 0
# A short reference without its year ("NĐ 145") may mean one decree of each year: newest first.
# congbao-8chude/docs/hd_kinh_te/nghi-dinh-so-145-2026-nd-cp-469483.txt: letterhead and grounds.
<file name="in/nd-145-2026.txt">
CÔNG BÁO/Số 279/Ngày 18-05-2026 
3
 
 
CHÍNH PHỦ 
_________ 
 
Số: 145/2026/NĐ-CP 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc  
_________________________________________ 
Hà Nội, ngày 05 tháng 5 năm 2026 
 
 
NGHỊ ĐỊNH 
Quy định một số nội dung về cơ chế quản lý tài chính, đánh giá, xếp loại 
doanh nghiệp đối với Sở Giao dịch chứng khoán Việt Nam, Tổng công ty 
Lưu ký và Bù trừ chứng khoán Việt Nam 
 
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; 
Căn cứ Luật Doanh nghiệp số 59/2020/QH14 được sửa đổi, bổ sung bởi 
Luật số 03/2022/QH15 và Luật số 76/2025/QH15; 
</file>
# congbao-8chude/docs/hd_kinh_te/nghi-quyet-so-24-2026-nq-cp-469471.txt, lines 6307-6311.
<file name="in/nq-24-2026.txt">
VII. Hồ sơ thủ tục cấp Giấy phép thu, chi ngoại tệ và các hoạt động 
ngoại hối khác đối với doanh nghiệp kinh doanh casino tại Điều 32 Nghị 
định số 03/2017/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 
151/2018/NĐ-CP và Nghị định số 145/2024/NĐ-CP (Nghị định số 
03/2017/NĐ-CP) 
</file>
# congbao-8chude/docs/hd_khoan/thong-tu-so-01-2022-tt-bldtbxh-36838.txt, lines 190-192.
<file name="in/tt-01-2022.txt">
Điều 4 Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ 
quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều 
kiện lao động và quan hệ lao động. 
</file>
$ tracuu ingest --quiet --no-progress --db db2 --root in in
? 0
$ tracuu cite --db db2 --json 'NĐ 145' | jq -r .number
> 145/2026/NĐ-CP
> 145/2024/NĐ-CP
> 145/2020/NĐ-CP
? 0
