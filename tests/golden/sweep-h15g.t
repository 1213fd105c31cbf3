# sweep-h15g.t — what h15g's sweep fixed (docs/trust-sweep.md, h15g).
#
# The Assembly numbers its laws and its resolutions apart: Luật An toàn thực phẩm and the
# resolution on the farm-land tax are both 55/2010/QH12 (so 41/2009/QH12, 74/2014/QH13,
# 19/2008/QH12, 71/2006/QH11). Mentions that write another type and another subject are two
# texts, each a card; a mention writing a type alone joins the card of its type, one writing a
# subject alone the card of its subject. Before: one card, "Luật (3 of 5 mentions; also Nghị
# quyết ×2)", its subjects and dates mixed. And a QH number with no type written before it
# ("các Nghị quyết của Quốc hội: số 55/2010/QH12", "Resolution No. 107/2023/QH15") says no
# type: it was counted a Luật. Excerpts of congbao-8chude nghi-dinh-so-127-2026-nd-cp, tvpl
# legal_docs/478446b53ded4c18.md, gov_news_and_docs/d174f5dc19c0dc57.md, e538df5c1d06ae41.md,
# ddce4aa6d4b88d94.md and qa_explainers (107/2023/QH15).
<file name="in/halal.txt">
Căn cứ Luật An toàn thực phẩm số 55/2010/QH12;

Căn cứ Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12;
</file>
<file name="in/gia-thoc.txt">
Căn cứ các Nghị quyết của Quốc hội: số 55/2010/QH12 ngày 24/11/2010 về miễn, giảm thuế sử dụng đất nông nghiệp; số 28/2016/QH14 ngày 11/11/2016 sửa đổi, bổ sung một số điều của Nghị quyết số 55/2010/QH12 về miễn, giảm thuế sử dụng đất nông nghiệp;
</file>
<file name="in/mien-thue.txt">
Theo Nghị định, các đối tượng được miễn thuế sử dụng đất nông nghiệp thực hiện theo quy định tại Điều 1 Nghị quyết số 55/2010/QH12 ngày 24/11/2010 của Quốc hội về miễn, giảm thuế sử dụng đất nông nghiệp (đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 28/2016/QH14 ngày 11/11/2016 của Quốc hội), cụ thể như sau:
</file>
<file name="in/csdl.txt">
Luật An toàn thực phẩm số 55/2010/QH12, Nghị định số 77/2016/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 17/2020/NĐ-CP
</file>
<file name="in/decree-en.md">
If a constituent entity assigned by the Group to submit the notification of the constituent entity responsible for declaration and the list of constituent entities subject to Resolution No. 107/2023/QH15 commits administrative violations under this Decree, such constituent entity shall be penalized under this Decree.
</file>
<file name="in/qh-nq.md">
Trường hợp quy định tại điểm g khoản 1 Điều 2 Nghị quyết số 107/2023/QH15 bao gồm:
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0

$ tracuu cite --db db -n 0 55/2010/QH12 | grep -E '—|type|subject|issued'
> 55/2010/QH12 — Nghị quyết
>   type          Nghị quyết (2 of 3 mentions)
>   issued        2010-11-24 (2 of 3 mentions)
>   subject       miễn, giảm thuế sử dụng đất nông nghiệp (3 of 3 mentions)
> 55/2010/QH12 — Luật
>   type          Luật (2 of 2 mentions)
>   issued        unknown
>   subject       An toàn thực phẩm (2 of 2 mentions)
? 0

# A reference that names the type means that type's card: the law's, or the resolution's.
$ tracuu cite --db db -n 0 'Luật 55/2010' | grep -E '—|may be'
> 55/2010/QH12 — Luật
? 0

$ tracuu cite --db db -n 0 'Nghị quyết 55/2010' | grep -E '—|may be'
> 55/2010/QH12 — Nghị quyết
? 0

$ tracuu cite --db db -n 0 'Luật An toàn thực phẩm' | grep -E '—|may be'
> 55/2010/QH12 — Luật
? 0

$ tracuu cite --db db --json 107/2023/QH15 | jq -c '[.type, .evidence.type, .conflicts]'
> ["Nghị quyết",[{"value":"Nghị quyết","support":1,"letterhead":false}],[]]
? 0

# A regulation with no number, named (uts-vlc-laws/docs/luat-cai-cach-ruong-dat.txt, its first
# 80 lines and its date line, long enough for its name's terms; 1953: the
# law was promulgated by a Sắc lệnh and carries no number of its own). Before: "not a document
# number" — the name was tried as a Bộ luật's ("Luật Lao động" means the Labour Code) and its
# text then looked for under that name. A name nothing in the index gives a number or a title
# says it is a name.
<file name="laws/luat-cai-cach-ruong-dat.txt">
LUẬT

CẢI CÁCH RUỘNG ĐẤT

Chương 1:

MỤC ĐÍCH VÀ Ý NGHĨA CẢI CÁCH RUỘNG ĐẤT

Điều 1.

- Mục đích và ý nghĩa cải cách ruộng đất là:

Thủ tiêu quyền chiếm hữu ruộng đất của thực dân Pháp và của đế quốc xâm lược khác ở Việt Nam, xoá bỏ chế độ phong kiến chiếm hữu ruộng đất của giai cấp địa chủ,

Để thực hiện chế độ sở hữu ruộng đất của nông dân,

Để giải phóng sức sản xuất ở nông thôn, đẩy mạnh sản xuất nông nghiệp và mở đường cho công thương nghiệp phát triển,

Để cải thiện đời sống của nông dân, bồi dưỡng lực lượng của nhân dân, lực lượng của kháng chiến,

Để đẩy mạnh kháng chiến, hoàn thành giải phòng dân tộc, củng cố chế độ dân chủ nhân dân, phát triển công cuộc kiến quốc.

Chương 2:

TỊCH THU, TRƯNG THU, TRƯNG MUA RUỘNG ĐẤT

Mục 1: ĐỐI VỚI RUỘNG ĐẤT VÀ TÀI SẢN CỦA THỰC DÂN PHÁP VÀ CỦA ĐẾ QUỐC XÂM LƯỢC KHÁC; CỦA ĐỊA CHỦ VIỆT GIAN, PHẢN ĐỘNG, CƯỜNG HÀO GIAN ÁC

Điều 2.

- Tịch thu toàn bộ ruộng đất và tài sản của thực dân Pháp và của đế quốc xâm lược khác.

Điều 3.

- Đối với địa chủ Việt gian, phản động, cường hào gian ác, thì tuỳ tội nặng nhẹ mà tịch thu toàn bộ hoặc một phần ruộng đất, trâu bò, nông cụ, lương thực thừa, nhà cửa thừa và tài sản khác.

Phần không tịch thu thì trưng thu.

Mục 2: ĐỐI VỚI RUỘNG ĐẤT VÀ TÀI SẢN CỦA NHÂN SĨ DÂN CHỦ, ĐỊA CHỦ KHÁNG CHIẾN, ĐỊA CHỦ THƯỜNG.

Điều 4.

- Đối với nhân sĩ dân chủ, địa chủ kháng chiến, địa chủ thường, thì:

Trưng thu toàn bộ ruộng đất hiện có cùng trâu bò và nông cụ.

Không đụng đến tài sản khác.

Giá trưng mua ruộng đất là giá sản lượng trung bình hàng năm của ruộng đất trưng mua.

Giá trưng mua trâu bò, nông cụ là giá thị trường ở địa phương.

Giá trưng mua được trả bằng một loại công phiếu riêng.

Công phiếu ấy được trả lãi 1,5 phần trăm mỗi năm.

Sau thời hạn mười năm sẽ hoàn vốn.

Mục 3: ĐỐI VỚI RUỘNG ĐẤT CỦA ĐỊA CHỦ ĐÃ PHÂN TÁN.

Điều 5.

- Từ ngày ban hành sắc lệnh giảm tô (14 tháng 7 năm 1949) đến ngày ban hành sắc lệnh phát động quần chúng triệt để giảm tô (12 tháng 4 năm 1953), việc phân tán ruộng đất của địa chủ với mục đích trốn tránh sắc lệnh giảm tô và sắc lệnh thuế nông nghiệp, là không chính đáng.

Đối với ruộng đất của địa chủ đã phân tán trong trường hợp kể trên, thì xử trí như sau:

1) Ruộng đất đã phân tán vào tay địa chủ thì tịch thu, trưng thu hoặc trưng mua tuỳ trường hợp, như đã quy định ở điều 3 và điều 4.

Giá trưng mua ruộng đất phân tán nói trên là nguyên giá lúc mua.

Giá trưng mua đó được trả cho địa chủ đã mua ruộng đất phân tán bằng công phiếu.

2) Ruộng đất đã phân tán vào tay phú nông thì trưng mua theo nguyên giá lúc mua.

Giá trưng mua sẽ trả dần trong thời hạn không quá năm năm, bằng tiền hay hiện vật.

3) Ruộng đất đã phân tán vào tay trung nông thì coi đó là việc trong nội bộ nông dân lao động, dùng lối thuyết phục mà dàn xếp một cách thoả thuận, để trung nông tự động nhường lại cho nông dân không có ruộng đất hoặc thiếu ruộng đất.

Khi trung nông nhường lại, thì phải đảm bảo cho họ còn số diện tích không dưới mức bình quân chiến hữu hiện nay của trung nông trong xã.

Luật này do Quốc hội nước Việt Nam dân chủ cộng hoà thông qua trong khoá họp lần thứ III ngày 4 tháng 12 năm 1953
</file>
$ tracuu ingest --quiet --no-progress --db laws.db --root laws laws
? 0

$ tracuu cite --db laws.db 'Luật Cải cách ruộng đất' | head -6
> Luật Cải cách ruộng đất 1953 — Luật
>   type          Luật (its letterhead)
>   issuing body  Quốc hội (its letterhead)
>   issued        1953-12-04 (its letterhead)
>   subject       Cải cách ruộng đất (its letterhead)
>   its own text  luat-cai-cach-ruong-dat.txt · id 1
? 0

$ tracuu cite --db laws.db 'Luật Không có'
! tracuu: cite: Luật Không có: a regulation's name that no letterhead, mention or title in the index gives a number: search its words instead
? 1

# thuvienphapluat.vn sets its download link's label "Tải về" inline after the name of each
# document it links, in the sentence (tvpl-legal-news: qa_explainers/e3830cda8b812ecf.md,
# 7ee265bf25225091.md, and a page on Bến Tre's admissions): the label stood between a number
# and its subject, which then read none (30 of 40 such numbers), or ended a subject ("… trong
# hệ thống chính trị Tải về"). Now it is page furniture: dropped where it follows a word or a
# number on its line; a line's own "Tải về Công văn …" (a link under a heading) stays.
<file name="tv/lanh-su.md">
Ngày 21/11/2025, Cục Lãnh sự - Bộ Ngoại giao đã ban hành Hướng dẫn 5609/LS-XNC Tải về về việc chính thức triển khai tiếp nhận, giải quyết 03 thủ tục hành chính về xuất nhập cảnh trên môi trường điện tử.
</file>
<file name="tv/so-hoa.md">

Ngày 29/11/2025, Bộ Khoa học và Công nghệ đã ban hành Công văn 7197/BKHCN-CĐSQG về việc hướng dẫn việc số hoá hồ sơ, tài liệu thống nhất trong hệ thống chính trị **Tải về**, trong đó có quy định các hồ sơ tài liệu ưu tiên số hóa trong hệ thống chính trị.
</file>
<file name="tv/tuyen-sinh.md">
Ngày 28 tháng 02 năm 2025 Uỷ ban nhân dân tỉnh Bến Tre ban hành Quyết định 563/QĐ-UBND năm 2025 Tải về về việc Phê duyệt Kế hoạch số 418/KH-SGD&ĐT ngày 20 tháng 02 năm 2025 của Sở GDĐT tỉnh Bến Tre về việc tuyển sinh vào lớp 10 trung học phổ thông công lập năm học 2025 - 2026 Tải về.

**>>> Tải về Công văn 5609/LS-XNC**
</file>
$ tracuu ingest --quiet --no-progress --db tv.db --root tv tv
? 0

$ printf '5609/LS-XNC\n7197/BKHCN-CĐSQG\n418/KH-SGD&ĐT\n' | tracuu cite --db tv.db --batch --json | jq -c '[.number, .subject]'
> ["5609/LS-XNC","chính thức triển khai tiếp nhận, giải quyết 03 thủ tục hành chính về xuất nhập cảnh trên môi trường điện tử"]
> ["7197/BKHCN-CĐSQG","hướng dẫn việc số hoá hồ sơ, tài liệu thống nhất trong hệ thống chính trị"]
> ["418/KH-SGD&ĐT","tuyển sinh vào lớp 10 trung học phổ thông công lập năm học 2025 - 2026"]
? 0

$ tracuu show --db tv.db tuyen-sinh.md | tail -3
> Ngày 28 tháng 02 năm 2025 Uỷ ban nhân dân tỉnh Bến Tre ban hành Quyết định 563/QĐ-UBND năm 2025 về việc Phê duyệt Kế hoạch số 418/KH-SGD&ĐT ngày 20 tháng 02 năm 2025 của Sở GDĐT tỉnh Bến Tre về việc tuyển sinh vào lớp 10 trung học phổ thông công lập năm học 2025 - 2026.
> 
> >>> Tải về Công văn 5609/LS-XNC
? 0

# Two copies of one regulation whose letterheads give one subject longer than 200 bytes
# (party-docs-nq57/docs/03-NQ-CP_resolution.md and …_with_appendices.md, their letterheads and
# one more line each): one card. The card kept its own text's subject in 200 bytes copied
# without a terminating NUL (read on into the next field of the variant), so the second copy's
# letterhead could disagree with it and make a second card (it did once a field followed it).
<file name="nq/03-NQ-CP_resolution.md">
# CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc

Số: 03/NQ-CP  
Hà Nội, ngày 09 tháng 01 năm 2025

# NGHỊ QUYẾT
## Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia


**Điều 1.** Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.
</file>
<file name="nq/03-NQ-CP_resolution_with_appendices.md">
# CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc

Số: 03/NQ-CP  
Hà Nội, ngày 09 tháng 01 năm 2025

# NGHỊ QUYẾT
## Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia


PHỤ LỤC I
</file>
$ tracuu ingest --quiet --no-progress --db nq.db --root nq nq
? 0

$ tracuu cite --db nq.db -n 0 03/NQ-CP | grep -E '—|its own text'
> 03/NQ-CP — Nghị quyết
>   its own text  03-NQ-CP_resolution.md · id 1
? 0

# Word's runs split inside a word by a saved page's bold marks ("**V****ề việc s****ắp xếp …**",
# tvpl-legal-news legal_docs/a57bf3febd1d410d.md, its head): one word, not a heading's line
# break the page lost ("**NGHỊ ĐỊNH****Quy định về …**", a capital after the marks). Before: the
# title "Nghị quyết 1654/NQ-UBTVQH15: V" (241 such seams in tvpl-legal-news).
<file name="md/nq-1654.md">
| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc
|
Số: 1654/NQ-UBTVQH15 |
|

**NGHỊ QUYẾT**

**V****ề việc s****ắp xếp các đơn vị hành chính cấp xã của tỉnh An**** Giang ****năm 2025**

**------------**

**ỦY**** BAN THƯỜNG VỤ QUỐC HỘI**

*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam** đã được sửa đổi, **bổ sung một số điều theo Nghị quyết số** 203**/2025/QH15**;*

*Căn cứ** Luật Tổ chức chính quyền địa phương số** 72**/2025/QH15;*

*Căn cứ
</file>
$ tracuu ingest --quiet --no-progress --db md.db --root md md
? 0

$ tracuu show --db md.db nq-1654.md | sed -n 3p
> title:   Nghị quyết 1654/NQ-UBTVQH15: Sắp xếp các đơn vị hành chính cấp xã của tỉnh An Giang năm 2025
? 0

# The label in capitals, bold after a name (qa_explainers/d262530e44d99074.md): "… lần thứ XXIV TẢI VỀ" ended
# the subject of 3254/QĐ-BVHTTDL (5 such cards).
<file name="tv2/lien-hoan.md">
Bộ Văn hóa, Thể thao và Du lịch đã ban hành Quyết định 368/QĐ- BVHTTDL ngày 25/02/2025 về việc tổ chức Liên hoan Phim Việt Nam lần thứ XXIV và Quyết định 3254/QĐ- BVHTTDL ngày 10/9/2025 về việc phê duyệt Đề án tổ chức Liên hoan Phim Việt Nam lần thứ XXIV** TẢI VỀ**
</file>
$ tracuu ingest --quiet --no-progress --db tv2.db --root tv2 tv2
? 0

$ tracuu cite --db tv2.db --json 3254/QĐ-BVHTTDL | jq -r .subject
> phê duyệt Đề án tổ chức Liên hoan Phim Việt Nam lần thứ XXIV
? 0

# A gazette's scan whose text is its running heads and signature stamp only (congbao-8chude
# docs/chinh_sach_dn/nghi-dinh-so-186-2026-nd-cp-469660.txt, whole; 7 such texts in the
# folder): titled by its file's name, which congbao spells from the document's type and
# number. Before: "nghi-dinh-so-186-2026-nd-cp-469660".
<file name="cb/nghi-dinh-so-186-2026-nd-cp-469660.txt">
CÔNG BÁO/Số 323/Ngày 11-06-2026 
3
 
 
 
Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Cơ quan: VĂN PHÒNG CHÍNH PHỦ
Ngày ký: 2026-06-10 16:59:39 +07:00

CÔNG BÁO/Số 323/Ngày 11-06-2026 
4
 
 

CÔNG BÁO/Số 323/Ngày 11-06-2026 
5
 
 

CÔNG BÁO/Số 323/Ngày 11-06-2026 
6
 
 

CÔNG BÁO/Số 323/Ngày 11-06-2026 
7
 
 

CÔNG BÁO/Số 323/Ngày 11-06-2026 
8
 
 

CÔNG BÁO/Số 323/Ngày 11-06-2026 
9
 
 

CÔNG BÁO/Số 323/Ngày 11-06-2026 
10
 
 

CÔNG BÁO/Số 323/Ngày 11-06-2026 
11
 
 

CÔNG BÁO/Số 323/Ngày 11-06-2026 
12
 
 

CÔNG BÁO/Số 323/Ngày 11-06-2026 
13
 
 

CÔNG BÁO/Số 323/Ngày 11-06-2026 
14
 
 

CÔNG BÁO/Số 323/Ngày 11-06-2026 
15
 
 

CÔNG BÁO/Số 323/Ngày 11-06-2026 
16
 
 

CÔNG BÁO/Số 323/Ngày 11-06-2026 
17
 
 
 
 
 
 
 
 
 
TM. CHÍNH PHỦ 
KT. THỦ TƯỚNG 
PHÓ THỦ TƯỚNG 
 
Hồ Quốc Dũng 
 
</file>
$ tracuu ingest --quiet --no-progress --db cb.db --root cb cb
? 0

$ tracuu show --db cb.db --json nghi-dinh-so-186-2026-nd-cp-469660.txt | jq -c '[.title, .date]'
> ["Nghị định 186/2026/NĐ-CP","2026-06-11"]
? 0
