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
# A question that names a regulation among its words ("… theo Bộ luật Lao động?", "… theo
# BLLĐ?") shows its card and ranks its own text first, as a question giving its number does; a
# year the collection does not hold for that name is not read as another year's law.
$ tracuu search --db db 'Người lao động được nghỉ hằng năm bao nhiêu ngày theo Bộ luật Lao động?' | head -1
> 45/2019/QH14 — Bộ luật
? 0
$ tracuu search --db db 'Người lao động được nghỉ hằng năm bao nhiêu ngày theo BLLĐ năm 2019?' | head -1
> 45/2019/QH14 — Bộ luật
? 0
$ tracuu search --db db 'Người lao động được nghỉ hằng năm bao nhiêu ngày theo Bộ luật Lao động 2030?' | head -1
> 3 results
? 0
# An abbreviation alone finds what it stands for, as the texts write it: the code and the texts
# citing it by name ("BLLĐ" is "Bộ luật Lao động"; the code's own text first).
$ tracuu search --db db --json 'BLLĐ' | jq -r .source
> bo-luat-lao-dong.txt
? 0
$ tracuu search --db db --json 'blld' | jq -r .source
> bo-luat-lao-dong.txt
? 0
$ tracuu search --db db --json 'BHXH' | jq -r .source
> nd-212-2025.txt
? 0
# A code named as a law, as people name it ("Luật Lao động"): when no law is named so, the code
# ("Bộ luật Lao động"); a law nothing names stays no number.
$ tracuu cite --db db --json 'Luật Lao động' | jq -r .number
> 45/2019/QH14
> 10/2012/QH13
? 0
$ tracuu cite --db db --json 'Luật Lao động 2019' | jq -r .number
> 45/2019/QH14
? 0
$ tracuu cite --db db --json 'Luật Bảo hiểm xã hội 2014' | jq -c .
> {"query":"Luật Bảo hiểm xã hội 2014","found":false,"number":null,"error":"a regulation's name that no letterhead, mention or title in the index gives a number: search its words instead"}
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
# With its year written after it, as people write it ("Nghị định 145 năm 2020"): that one.
$ tracuu cite --db db2 --json 'Nghị định 145 năm 2020' 'nghi dinh 145 nam 2024' | jq -r .number
> 145/2020/NĐ-CP
> 145/2024/NĐ-CP
? 0

# A regulation's name as the query: its own text first, above the decree that guides it and
# names it in its title (the code's excerpt is longer; before, the decree came first).
<file name="in3/nd-145-2020.txt">
 
2 
CÔNG BÁO/Số 1203 + 1204/Ngày 28-12-2020 
  
VĂN BẢN QUY PHẠM PHÁP LUẬT 
 
CHÍNH PHỦ 
 
CHÍNH PHỦ 
 
 
Số: 145/2020/NĐ-CP 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
 
Hà Nội, ngày 14 tháng 12 năm 2020 
 
NGHỊ ĐỊNH 
Quy định chi tiết và hướng dẫn thi hành một số điều của  
Bộ luật Lao động về điều kiện lao động và quan hệ lao động 
 
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ 
sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa 
phương ngày 22 tháng 11 năm 2019; 
Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019; 
Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020; 
Căn cứ Luật Doanh nghiệp ngày 17 tháng 6 năm 2020; 
Theo đề nghị của Bộ trưởng Bộ Lao động - Thương binh và Xã hội; 
Chính phủ ban hành Nghị định quy định chi tiết và hướng dẫn thi hành một số 
điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động.  
 
Chương I 
NHỮNG QUY ĐỊNH CHUNG 
 
Điều 1. Phạm vi điều chỉnh 
Nghị định này quy định chi tiết và hướng dẫn thi hành một số nội dung về 
điều kiện lao động và quan hệ lao động theo các điều, khoản sau đây của Bộ 
luật Lao động: 
1. Quản lý lao động theo khoản 3 Điều 12.  
2. Hợp đồng lao động theo khoản 4 Điều 21; điểm d khoản 1 Điều 35, điểm d 
khoản 2 Điều 36; khoản 4 Điều 46; khoản 4 Điều 47; khoản 3 Điều 51.  
Ký bởi: Cổng Thông tin điện tử Chính phủ
Email: thongtinchinhphu@chinhphu.vn
Cơ quan: Văn phòng Chính phủ
Thời gian ký: 28.12.2020 10:41:05 +07:00

 
 
CÔNG BÁO/Số 1203 + 1204/Ngày 28-12-2020 
3 
 
3. Cho thuê lại lao động theo khoản 2 Điều 54. 
4. Tổ chức đối thoại và thực hiện quy chế dân chủ ở cơ sở tại nơi làm việc theo 
khoản 4 Điều 63. 
5. Tiền lương theo khoản 3 Điều 92; khoản 3 Điều 96; khoản 4 Điều 98.  
6. Thời giờ làm việc, thời giờ nghỉ ngơi theo khoản 5 Điều 107, khoản 7 
Điều 113, Điều 116. 
7. Kỷ luật lao động, trách nhiệm vật chất theo khoản 5 Điều 118; khoản 6 
Điều 122; khoản 2 Điều 130; Điều 13
</file>
<file name="in3/bo-luat-lao-dong.txt">
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

Điều 2. Đối tượng áp dụng

1. Người lao động, người học nghề, người tập nghề và người làm việc không có quan hệ lao động.

2. Người sử dụng lao động.

3. Người lao động nước ngoài làm việc tại Việt Nam.

4. Cơ quan, tổ chức, cá nhân khác có liên quan trực tiếp đến quan hệ lao động.

Điều 3. Giải thích từ ngữ

Trong Bộ luật này, các từ ngữ dưới đây được hiểu như sau:

1. Người lao động là người làm việc cho người sử dụng lao động theo thỏa thuận, được trả lương và chịu sự quản lý, điều hành, giám sát của người sử dụng lao động.

Độ tuổi lao động tối thiểu của người lao động là đủ 15 tuổi, trừ trường hợp quy định tại Mục 1 Chương XI của Bộ luật này.

2. Người sử dụng lao động là doanh nghiệp, cơ quan, tổ chức, hợp tác xã, hộ gia đình, cá nhân có thuê mướn, sử dụng người lao động làm việc cho mình theo thỏa thuận; trường hợp người sử dụng lao động là cá nhân thì phải có năng lực hành vi dân sự đầy đủ.

3. Tổ chức đại diện người lao động tại cơ sở là tổ chức được thành lập trên cơ sở tự nguyện của người lao động tại một đơn vị sử dụng lao động nhằm mục đích bảo vệ quyền và lợi ích hợp pháp, chính đáng của người lao động trong quan hệ lao động thông qua thương lượng tập thể hoặc các hình thức khác theo quy định của pháp luật về lao động. Tổ chức đại diện người lao động tại cơ sở bao gồm công đoàn cơ sở và tổ chức của người lao động tại doanh nghiệp.

4. Tổ chức đại diện người sử dụng lao động là tổ chức được thành lập hợp pháp, đại diện và bảo vệ quyền, lợi ích hợp pháp của người sử dụng lao động trong quan hệ lao động.

5. Quan hệ lao động là quan hệ xã hội phát sinh trong việc thuê mướn, sử dụng lao động, trả lương giữa người lao động, người sử dụng lao động, các tổ chức đại diện của các bên, cơ quan nhà nước có thẩm quyền. Quan hệ lao động bao gồm quan hệ lao động cá nhân và quan hệ lao động tập thể.

6. Người làm việc không có quan hệ lao động là người làm việc không trên cơ sở thuê mướn bằng hợp đồng lao động.

7. Cưỡng bức lao động là việc dùng vũ lực, đe dọa dùng vũ lực hoặc các thủ đoạn khác để ép buộc người lao động phải làm việc trái ý muốn của họ.

8. Phân biệt đối xử trong lao động là hành vi phân biệt, loại trừ hoặc ưu tiên dựa trên chủng tộc, màu da, nguồn gốc quốc gia hoặc nguồn gốc xã hội, dân tộc, giới tính, độ tuổi, tình trạng thai sản, tình trạng hôn nhân, tôn giáo, tín ngưỡng, chính kiến, khuyết tật, trách nhiệm gia đình hoặc trên cơ sở tình trạng nhiễm HIV hoặc vì lý do thành lập, gia nhập và hoạt động công đoàn, tổ chức của người lao động tại doanh nghiệp có tác động làm ảnh hưởng đến bình đẳng về cơ hội việc làm hoặc nghề nghiệp.

Việc phân biệt, loại trừ hoặc ưu tiên xuất phát từ yêu cầu đặc thù của công việc và các hành vi duy trì, bảo vệ việc làm cho người lao động dễ bị tổn thương thì không bị xem là phân biệt đối xử.

9. Quấy rối tình dục tại nơi làm việc là hành vi có tính chất tình dục của bất kỳ người nào đối với người khác tại nơi làm việc mà không được người đó mong muốn hoặc chấp nhận. Nơi làm việc là bất kỳ nơi nào mà người lao động thực tế làm việc theo thỏa thuận hoặc phân công của người sử dụng lao động.

Điều 4. Chính sách của Nhà nước về lao động

1. Bảo đảm quyền và lợi ích hợp pháp, chính đáng của người lao động, người làm việc không có quan hệ lao động; khuyến khích những thỏa thuận bảo đảm cho người lao động có điều kiện thuận lợi hơn so với quy định của pháp luật về lao động.

2. Bảo đảm quyền và lợi ích hợp pháp của người sử dụng lao động, quản lý lao động đúng pháp luật, dân chủ, công bằng, văn minh và nâng cao trách nhiệm xã hội.

3. Tạo điều điện thuận lợi đối với hoạt động tạo việc làm, tự tạo việc làm, dạy nghề và học nghề để có việc làm; hoạt động sản xuất, kinh doanh thu hút nhiều lao động; áp dụng một số quy định của Bộ luật này đối với người làm việc không có quan hệ lao 
</file>
$ tracuu ingest --quiet --no-progress --db db3 --root in3 in3
? 0
$ tracuu search --db db3 --json -n 2 'Bộ luật Lao động' 2>/dev/null | jq -r .source
> bo-luat-lao-dong.txt
> nd-145-2020.txt
? 0
# h10f: a regulation matched only in its letterhead (its number after "Số:", the code's
# abbreviation through its name, the issuer "CHÍNH PHỦ") shows its type heading and subject,
# not the Gazette's furniture and the motto (docs/trust-sweep.md, h10f row 1).
$ tracuu search --db db3 --json BLLĐ | jq -r '[.source, .excerpt] | @tsv'
> bo-luat-lao-dong.txt	… BỘ LUẬT LAO ĐỘNG Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Quốc hội ban hành Bộ luật Lao động. Chương I NHỮNG QUY ĐỊNH CHUNG Điều 1. Phạm vi điều chỉnh Bộ luật Lao động quy định tiêu chuẩn lao …
> nd-145-2020.txt	… NGHỊ ĐỊNH Quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung …
? 0
$ tracuu search --db db3 --json 145/2020/NĐ-CP | jq -r .excerpt
> … NGHỊ ĐỊNH Quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung …
? 0
$ tracuu search --db db3 --json 'Chính phủ' | jq -r 'select(.source == "nd-145-2020.txt") | .excerpt'
> … hệ lao động Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019; Căn cứ Bộ …
? 0
# A regulation without a number ("Hiến pháp 2013": its letterhead has no "Số:") is known by its
# type and year: its card is read from its own text (type, issuer, date; cited in: the texts naming
# it with its year), and its text comes first.
# uts-vlc-laws/docs/hien-phap.txt: the letterhead, the preamble and the first articles.
<file name="in/hien-phap.txt">
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

Từ năm 1930, dưới sự lãnh đạo của Đảng Cộng sản Việt Nam do Chủ tịch Hồ Chí Minh sáng lập và rèn luyện, Nhân dân ta tiến hành cuộc đấu tranh lâu dài, đầy gian khổ, hy sinh vì độc lập, tự do của dân tộc, vì hạnh phúc của Nhân dân. Cách mạng tháng Tám thành công, ngày 2 tháng 9 năm 1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập, khai sinh ra nước Việt Nam dân chủ cộng hòa, nay là Cộng hòa xã hội chủ nghĩa Việt Nam. Bằng ý chí và sức mạnh của toàn dân tộc, được sự giúp đỡ của bạn bè trên thế giới, Nhân dân ta đã giành chiến thắng vĩ đại trong các cuộc đấu tranh giải phóng dân tộc, thống nhất đất nước, bảo vệ Tổ quốc và làm nghĩa vụ quốc tế, đạt được những thành tựu to lớn, có ý nghĩa lịch sử trong công cuộc đổi mới, đưa đất nước đi lên chủ nghĩa xã hội.

Thể chế hóa Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội, kế thừa Hiến pháp năm 1946, Hiến pháp năm 1959, Hiến pháp năm 1980 và Hiến pháp năm 1992, Nhân dân Việt Nam xây dựng, thi hành và bảo vệ Hiến pháp này vì mục tiêu dân giàu, nước mạnh, dân chủ, công bằng, văn minh.

Chương I.

CHẾ ĐỘ CHÍNH TRỊ

Điều 1.

Nước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập, có chủ quyền, thống nhất và toàn vẹn lãnh thổ, bao gồm đất liền, hải đảo, vùng biển và vùng trời.

Điều 2.

1. Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam là nhà nước pháp quyền xã hội chủ nghĩa của Nhân dân, do Nhân dân, vì Nhân dân.

2. Nước Cộng hòa xã hội chủ nghĩa Việt Nam do Nhân dân làm chủ; tất cả quyền lực nhà nước thuộc về Nhân dân mà nền tảng là liên minh giữa giai cấp công nhân với giai cấp nông dân và đội ngũ trí thức.

3. Quyền lực nhà nước là thống nhất, có sự phân công, phối hợp, kiểm soát giữa các cơ quan nhà nước trong việc thực hiện các quyền lập pháp, hành pháp, tư pháp.

Điều 3.

Nhà nước bảo đảm và phát huy quyền làm chủ của Nhân dân; công nhận, tôn trọng, bảo vệ và bảo đảm quyền con người, quyền công dân; thực hiện mục tiêu dân giàu, nước mạnh, dân chủ, công bằng, văn minh, mọi người có cuộc sống ấm no, tự do, hạnh phúc, có điều kiện phát triển toàn diện.

Điều 4.

1. Đảng Cộng sản Việt Nam - Đội tiên phong của giai cấp công nhân, đồng thời là đội tiên phong của Nhân dân lao động và của dân tộc Việt Nam, đại biểu trung thành lợi ích của giai cấp công nhân, nhân dân lao động và của cả dân tộc, lấy chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh làm nền tảng tư tưởng, là lực lượng lãnh đạo Nhà nước và xã hội.

2. Đảng Cộng sản Việt Nam gắn bó mật thiết với Nhân dân, phục vụ Nhân dân, chịu sự giám sát của Nhân dân, chịu trách nhiệm trước Nhân dân về những quyết định của mình.

3. Các tổ chức của Đảng và đảng viên Đảng Cộng sản Việt Nam hoạt động trong khuôn khổ Hiến pháp và pháp luật.

Điều 5.

1. Nước Cộng hòa xã hội chủ nghĩa Việt Nam là quốc gia thống nhất của các dân tộc cùng sinh sống trên đất nước Việt Nam.
</file>
# tvpl-legal-news/qa_explainers/34103b9c717b58d1.md: one sentence.
<file name="in/trung-cau.txt">
Căn cứ theo khoản 15 Điều 70 Hiến pháp 2013 và Điều 19 Luật Tổ chức Quốc hội 2014 quy định Quốc hội quyết định trưng cầu ý dân về Hiến pháp hoặc về những vấn đề quan trọng khác theo đề nghị của Ủy ban thường vụ Quốc hội, Chủ tịch nước, Chính phủ hoặc ít nhất một phần ba tổng số đại biểu Quốc hội.
</file>
$ tracuu ingest --quiet --no-progress --db db2 --root in in/hien-phap.txt in/trung-cau.txt in/bo-luat-lao-dong.txt
? 0
$ tracuu cite --db db2 'Hiến pháp 2013'
~ ^Hiến pháp 2013 — Hiến pháp$
~ ^  issuing body  Quốc hội \(its letterhead\)$
~ ^  issued        2013-11-28 \(its letterhead\)$
~ ^  its own text  hien-phap.txt · id [0-9]+$
~ ^  cited in      1 document \(1 mention\)$
? 0
$ tracuu cite --db db2 --json 'hien phap' | jq -c '{number, kind, type, issuer, date}'
> {"number":"Hiến pháp 2013","kind":"unnumbered","type":"Hiến pháp","issuer":"Quốc hội","date":"2013-11-28"}
? 0
$ tracuu search --db db2 --json 'Hiến pháp 2013' | jq -r .source
> hien-phap.txt
> trung-cau.txt
? 0
$ tracuu search --db db2 'Hiến pháp 2013'
~ ^Hiến pháp 2013 — Hiến pháp$
? 0
# The question the Q&A page asks (its title): the Constitution it names first, above the page's
# own answer sentence, which holds every word of it.
$ tracuu search --db db2 --json 'Việc trưng cầu ý dân về Hiến pháp do cơ quan nhà nước nào quyết định?' | jq -r .source | head -2
> hien-phap.txt
> trung-cau.txt
? 0
# A year without its text is no card.
$ tracuu cite --db db2 --json 'Hiến pháp 1992' | jq -c '{found, number}'
> {"found":false,"number":null}
? 0

# A law known from mentions only ("Luật Đất đai số 31/2024/QH15" in one text's grounds), among
# texts that name it without its number: its name finds it, with or without the year (before, the
# texts read for numbers were the phrase's best 12 and gave none).
# congbao-8chude/docs/thue_tncn/thong-tu-so-21-2026-tt-btc-469148.txt: letterhead and grounds.
<file name="in4/tt-21-2026.txt">
BỘ TÀI CHÍNH 
 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập – Tự do – Hạnh phúc 
 
Số: 21/2026/TT-BTC 
Hà Nội, ngày 17 tháng 3 năm 2026  
 
THÔNG TƯ 
 Sửa đổi, bổ sung một số điều của Thông tư số 80/2021/TT-BTC ngày 29 
tháng 9 năm 2021 của Bộ trưởng Bộ Tài chính hướng dẫn thi hành một số 
điều của Luật Quản lý thuế 
 
Căn cứ Luật Quản lý thuế số 38/2019/QH14 được sửa đổi, bổ sung bởi 
Luật số 56/2024/QH15; 
Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi các Luật 
số 43/2024/QH15, số 47/2024/QH15; 
Căn cứ Nghị định số 230/2025/NĐ-CP ngày 19 tháng 8 năm 2025 của 
Chính phủ quy định các trường hợp khác được miễn, giảm tiền sử dụng đất, tiền 
thuê đất theo quy định tại khoản 2 Điều 157 Luật Đất đai năm 2024; 
</file>
# Thirteen texts that name the law without its number (one line each from congbao-8chude), ranked
# above the one that gives it: the phrase followed by "số" comes first, and a year asked reads more.
<file name="in4/named-01.txt">
Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;
</file>
<file name="in4/named-02.txt">
Sửa đổi Luật Đất đai và các văn bản hướng dẫn thi hành
</file>
<file name="in4/named-03.txt">
chia theo chức năng theo quy hoạch xây dựng (Ha) (Điều 203 Luật Đất đai 2024)
</file>
<file name="in4/named-04.txt">
chính sách tháo gỡ khó khăn, vướng mắc trong tổ chức thi hành Luật Đất đai;
</file>
<file name="in4/named-05.txt">
chức, cá nhân xảy ra trước khi Luật Đất đai năm 2024 có hiệu lực và tháo gỡ khó
</file>
<file name="in4/named-06.txt">
d) Khẩn trương báo cáo Chính phủ để trình Quốc hội sửa đổi Luật Đất đai
</file>
<file name="in4/named-07.txt">
hành Luật Đất đai.
</file>
<file name="in4/named-08.txt">
khó khăn, vướng mắc trong tổ chức thi hành Luật Đất đai về tiền sử dụng đất,
</file>
<file name="in4/named-09.txt">
quy định tại Điều 78 của Luật Đất đai.
</file>
<file name="in4/named-10.txt">
quy định tại Điều 8 của Luật Đất đai.
</file>
<file name="in4/named-11.txt">
số điều của Luật Đất đai
</file>
<file name="in4/named-12.txt">
thuê đất theo quy định tại khoản 2 Điều 157 Luật Đất đai năm 2024;
</file>
<file name="in4/named-13.txt">
phần đất thuộc các trường hợp quy định tại khoản 1 Điều 217 Luật Đất đai năm
</file>
$ tracuu ingest --quiet --no-progress --db db4 --root in4 in4
? 0
$ tracuu cite --db db4 --json 'Luật Đất đai 2024' | jq -c '{found, number}'
> {"found":true,"number":"31/2024/QH15"}
? 0
$ tracuu search --db db4 'Luật Đất đai 2024'
~ ^31/2024/QH15 — Luật$
? 0
$ tracuu cite --db db4 --json 'Luật Đất đai' | jq -c '{found, number}'
> {"found":true,"number":"31/2024/QH15"}
? 0

# A subject ending in "Việt Nam" keeps its "Nam" before a year: folded, "Nam" and "năm" are one word,
# and the one before tells them apart (before, "… Việt Nam 2008" read as "… Việt, năm 2008").
# uts-vlc-laws/docs/luat-quoc-tich-viet-nam.txt: letterhead and grounds.
<file name="in5/luat-quoc-tich-viet-nam.txt">
QUỐC HỘI
-------

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Luật số: 24/2008/QH12

Hà Nội, ngày 13 tháng 11 năm 2008

LUẬT

QUỐC TỊCH VIỆT NAM

Căn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 51/2001/QH10;
Quốc hội ban hành Luật quốc tịch Việt Nam.
</file>
$ tracuu ingest --quiet --no-progress --db db5 --root in5 in5
? 0
$ tracuu cite --db db5 --json 'Luật Quốc tịch Việt Nam 2008' | jq -r .number
> 24/2008/QH12
? 0
$ tracuu cite --db db5 --json 'luat quoc tich viet nam nam 2008' | jq -r .number
> 24/2008/QH12
? 0

# A name holding a comma ("Luật Phòng, chống tham nhũng") inside a question: its card, as
# for other names there (before, the comma ended the name at "Luật Phòng"); a comma after a
# whole name still ends it. uts-vlc-laws/docs/luat-phong-chong-tham-nhung.txt: letterhead,
# grounds and the start of Article 34.
<file name="in6/luat-phong-chong-tham-nhung.txt">
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Luật số: 36/2018/QH14

Hà Nội, ngày 20 tháng 11 năm 2018


LUẬT

PHÒNG, CHỐNG THAM NHŨNG

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Quốc hội ban hành Luật Phòng, chống tham nhũng.

Điều 34. Người có nghĩa vụ kê khai tài sản, thu nhập

1. Cán bộ, công chức.
</file>
$ tracuu ingest --quiet --no-progress --db db6 --root in6 in6
? 0
$ tracuu search --db db6 'Theo Luật Phòng, chống tham nhũng thì ai phải kê khai tài sản?' | head -1
> 36/2018/QH14 — Luật
? 0
$ tracuu search --db db6 'theo luat phong, chong tham nhung ai phai ke khai tai san' | head -1
> 36/2018/QH14 — Luật
? 0
$ tracuu search --db db6 'Theo Luật Phòng, ai phải kê khai tài sản?' | head -1
~ ^[0-9]+ results?$
? 0
