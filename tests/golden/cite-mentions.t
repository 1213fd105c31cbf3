# Citation cards from mentions (issue 17, items 7-9), on excerpts of ../shared/corpus: types and
# subjects read from a law's name, numbers typed as users type them, cited-in sentences.
<file name="in/nd-162-2026.txt">
CÔNG BÁO/Số 290/Ngày 29-05-2026 
10
 
 
CHÍNH PHỦ 
_________ 
 
Số: 162/2026/NĐ-CP 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
__________________________________________ 
Hà Nội, ngày 15 tháng 5 năm 2026 
 
 
 NGHỊ ĐỊNH 
Điều chỉnh lương hưu, trợ cấp bảo hiểm xã hội 
và trợ cấp hằng tháng 
 
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; 
Căn cứ Luật Tổ chức Chính quyền địa phương số 72/2025/QH15; 
Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15 được sửa đổi, bổ sung bởi 
Luật số 73/2025/QH15, Luật số 84/2025/QH15, Luật số 113/2025/QH15 và 
Luật số 142/2025/QH15; 
Căn cứ Luật An toàn, vệ sinh lao động số 84/2015/QH13 được sửa đổi, 
bổ sung bởi Luật số 41/2024/QH15; 
Căn cứ Nghị quyết số 245/2025/QH15 của Quốc hội về dự toán ngân sách 
nhà nước năm 2026; 
Căn cứ Nghị quyết số 265/2025/QH15 của Quốc hội về Nghị quyết kỳ họp 
thứ 10, Quốc hội khoá XV; 
Theo đề nghị của Bộ trưởng Bộ Nội vụ; 
Chính phủ ban hành Nghị định điều chỉnh lương hưu, trợ cấp bảo hiểm 
xã hội và trợ cấp hằng tháng. 
</file>
<file name="in/tt-08-2026.txt">
CÔNG BÁO/Số 332/Ngày 16-06-2026 
18
 
 
BỘ NỘI VỤ 
_______________ 
 
Số: 08/2026/TT-BNV 
 
 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập – Tự do – Hạnh phúc 
____________________________________________________ 
Hà Nội, ngày 15 tháng 5 năm 2026 
THÔNG TƯ 
Quy định chi tiết và hướng dẫn thi hành một số điều của  
Nghị định số 337/2025/NĐ-CP ngày 24 tháng 12 năm 2025 
của Chính phủ quy định về hợp đồng lao động điện tử 
 
 
Căn cứ Bộ luật Lao động số 45/2019/QH14; 
Căn cứ Luật Giao dịch điện tử số 20/2023/QH15; 
Căn cứ Luật Dữ liệu số 60/2024/QH15; 
Căn cứ Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15; 
Căn cứ Luật Tiếp cận thông tin mạng số 104/2016/QH13; 
Căn cứ Luật An ninh mạng số 116/2025/QH15; 
Căn cứ Luật Lưu trữ số 33/2024/QH15; 
Căn cứ Luật Chuyển đổi số 148/2025/QH15; 
Căn cứ Nghị định số 337/2025/NĐ-CP ngày 24 tháng 12 năm 2025 của 
Chính phủ quy định về hợp đồng lao động điện tử; 
</file>
<file name="in/nd-158-2025.txt">
ngày 01 tháng 01 năm 1995 thì việc xác định thời gian công tác liên tục, thời gian 
công tác thực tế để tính hưởng bảo hiểm xã hội được thực hiện theo các văn bản 
quy định trước đây về tính thời gian công tác trước ngày 01 tháng 01 năm 1995 để 
hưởng bảo hiểm xã hội, trừ quy định tại Điều 3 của Nghị định số 66/CP ngày 30 
tháng 9 năm 1993 của Chính phủ quy định tạm thời chế độ bảo hiểm xã hội đối với 
lực lượng vũ trang; Điều 3 của Nghị định số 43/CP ngày 22 tháng 6 năm 1993 của 
Chính phủ quy định tạm thời chế độ bảo hiểm xã hội; Điều 54 của Điều lệ bảo 
hiểm xã hội ban hành kèm theo Nghị định số 12/CP ngày 26 tháng 01 năm 1995 
của Chính phủ; Điều 49 Điều lệ Bảo hiểm xã hội đối với sỹ quan, quân nhân 
chuyên nghiệp, hạ sỹ quan, binh sỹ Quân đội nhân dân và Công an nhân dân ban 
hành kèm theo Nghị định số 45/CP ngày 15 tháng 7 năm 1995 của Chính phủ; 
khoản 4 Điều 139 của Luật Bảo hiểm xã hội năm 2006; khoản 6 Điều 123 của Luật 
Bảo hiểm xã hội năm 2014; Điều 23 của Nghị định số 115/2015/NĐ-CP ngày 11 
tháng 11 năm 2015 của Chính phủ quy định chi tiết một số điều của Luật Bảo 
hiểm xã hội về bảo hiểm xã hội bắt buộc; các khoản 7, 8 và 9 Điều 38 của Nghị 
định số 33/2023/NĐ-CP ngày 10 tháng 6 năm 2023 của Chính phủ quy định về 
cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở 
thôn, tổ dân phố; khoản 2 và khoản 3 Điều 16 của Nghị định số 92/2009/NĐ-CP 
</file>
<file name="in/nq-66-16-2026.txt">
CÔNG BÁO/Số 246/Ngày 23-04-2026 
2
 
 
CHÍNH PHỦ 
_________ 
            
Số: 66.16/2026/NQ-CP 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
______________________________________   
Hà Nội, ngày 07 tháng 4 năm 2026 
 
 
NGHỊ QUYẾT 
Cắt giảm, đơn giản hóa thủ tục hành chính,  
quy định liên quan đến hoạt động sản xuất, kinh doanh  
 
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; 
Căn cứ Nghị quyết số 206/2025/QH15 của Quốc hội về cơ chế đặc biệt xử 
lý khó khăn, vướng mắc do quy định của pháp luật; 
Theo đề nghị của Bộ trưởng Bộ Tư pháp; 
Chính phủ ban hành Nghị quyết cắt giảm, đơn giản hóa thủ tục hành 
chính, quy định liên quan đến hoạt động sản xuất, kinh doanh. 
 
</file>
<file name="in/tt-09-2026.txt">
CÔNG BÁO/Số 332/Ngày 16-06-2026 
42
 
 
                                                        THÔNG TƯ 
Sửa đổi, bổ sung một số điều của Thông tư số 21/2021/TT-BLĐTBXH ngày 15 
tháng 12 năm 2021 của Bộ trưởng Bộ Lao động – Thương binh và Xã hội quy 
định chi tiết một số điều của Luật Người lao động Việt Nam 
 đi làm việc ở nước ngoài theo hợp đồng 
 
Căn cứ Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng 
số 69/2020/QH14; 
Căn cứ Nghị định số 25/2025/NĐ-CP của Chính phủ quy định chức năng, 
nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ; 
</file>
<file name="in/57-NQ-TW.md">
**BAN CHẤP HÀNH TRUNG ƯƠNG**   
**ĐẢNG CỘNG SẢN VIỆT NAM** 

Số 57\-NQ/TW   
*Hà Nội*, *ngày 22 tháng 12 năm 2024* 

**NGHỊ QUYẾT** 

CỦA BỘ CHÍNH TRỊ   
**về đột phá phát triển khoa học, công nghệ**, **đổi mới sáng tạo và chuyển** đổi **số quốc gia** 
</file>
<file name="in/cv-10325.md">
# Công văn 10325/SNV-LĐTLBHXH báo cáo tình hình lao động tiền lương 2025 và kế hoạch thưởng tết năm 2026 tại TPHCM ra sao?
Ngày 01/12/2025, Sở Nội vụ TP HCM đã có Công văn 10325/SNV-LĐTLBHXH năm 2025 về báo cáo tình hình lao động tiền lương năm 2025 và kế hoạch thưởng tết năm 2026 tại TPHCM.
</file>
$ tracuu ingest --quiet --no-progress --db db in
? 0
# A law cited by its name: "Luật Bảo hiểm xã hội số 41/2024/QH15" has that name as its subject.
$ tracuu cite --db db --json 41/2024/QH15 | jq -c '{number, type, subject}'
> {"number":"41/2024/QH15","type":"Luật","subject":"Bảo hiểm xã hội"}
? 0
# "Căn cứ Bộ luật Lao động số 45/2019/QH14" is a Bộ luật, with no disagreement on its type.
$ tracuu cite --db db -n 0 45/2019/QH14
> 45/2019/QH14 — Bộ luật
>   type          Bộ luật (1 of 1 mention)
>   issuing body  Quốc hội (1 of 1 mention)
>   issued        unknown
>   subject       Lao động (1 of 1 mention)
>   its own text  not indexed
>   cited in      1 document (1 mention)
>   status        unknown (its text is not indexed)
>   relations     grounds for 08/2026/TT-BNV · id 6
>                   "Căn cứ Bộ luật Lao động số 45/2019/QH14;"
> 
> … and 1 more (--limit)
? 0
# "… theo hợp đồng số 69/2020/QH14" ends the law's name: it is not a Hợp đồng.
$ tracuu cite --db db --json 69/2020/QH14 | jq -c '{type, subject, evidence: .evidence.type}'
> {"type":"Luật","subject":"Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng","evidence":[{"value":"Luật","support":1,"letterhead":false}]}
? 0
# A decree's title after its body is its subject; the sentence is its clause, never cut mid-word.
$ tracuu cite --db db 115/2015/NĐ-CP
> 115/2015/NĐ-CP — Nghị định
>   type          Nghị định (1 of 1 mention)
>   issuing body  Chính phủ (1 of 1 mention)
>   issued        2015-11-11 (1 of 1 mention)
>   subject       quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc (1 of 1 mention)
>   its own text  not indexed
>   cited in      1 document (1 mention)
>   status        unknown (its text is not indexed)
>   articles cited Điều 23 ×1
> 
> 1. ngày 01 tháng 01 năm 1995 thì việc xác định thời gian công tác liên tục, thời gian công tác thực tế để tính hưởng bảo hiểm xã hội được thực hiện theo các văn bản quy định trước đây về tính thời gian công tác trước ngày 01 tháng…
>    <work>/in/nd-158-2025.txt · id 3
>    Điều 23 của Nghị định số «115/2015/NĐ-CP» ngày 11 tháng 11 năm 2015 của Chính phủ quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc;
? 0
$ tracuu cite --db db --json -n 1 63/2025/QH15 | jq -r '.cited_in[].sentence'
> Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
? 0
# Numbers as users type and paste them.
$ tracuu cite --db db --json '66.16/2026/NQ-CP' '(66.16/2026/NQ-CP)' 'Số: 66.16/2026/NQ-CP' '66.16/2026/NQ-CP ngày 07/4/2026' '57 NQ/TW' '57-NQ-TW' '57/nq/tw' '337/2025/NĐ/CP' '337/2025/ndcp' '63/2025/QH 15' | jq -c '{query, found, number}'
> {"query":"66.16/2026/NQ-CP","found":true,"number":"66.16/2026/NQ-CP"}
> {"query":"(66.16/2026/NQ-CP)","found":true,"number":"66.16/2026/NQ-CP"}
> {"query":"Số: 66.16/2026/NQ-CP","found":true,"number":"66.16/2026/NQ-CP"}
> {"query":"66.16/2026/NQ-CP ngày 07/4/2026","found":true,"number":"66.16/2026/NQ-CP"}
> {"query":"57 NQ/TW","found":true,"number":"57-NQ/TW"}
> {"query":"57-NQ-TW","found":true,"number":"57-NQ/TW"}
> {"query":"57/nq/tw","found":true,"number":"57-NQ/TW"}
> {"query":"337/2025/NĐ/CP","found":true,"number":"337/2025/NĐ-CP"}
> {"query":"337/2025/ndcp","found":true,"number":"337/2025/NĐ-CP"}
> {"query":"63/2025/QH 15","found":true,"number":"63/2025/QH15"}
? 0
# A công văn's unit typed without its marks.
$ tracuu cite --db db --json 10325/snv-ldtlbhxh | jq -c '{query, number, subject}'
> {"query":"10325/snv-ldtlbhxh","number":"10325/SNV-LĐTLBHXH","subject":"báo cáo tình hình lao động tiền lương năm 2025 và kế hoạch thưởng tết năm 2026 tại TPHCM"}
? 0
$ tracuu cite --db db 57/qd-tw
! tracuu: cite: 57-QĐ/TW: not cited in any indexed document
? 1
$ tracuu cite --db db 'Luật 45'
> 45/2019/QH14 — Bộ luật
>   type          Bộ luật (1 of 1 mention)
>   issuing body  Quốc hội (1 of 1 mention)
>   issued        unknown
>   subject       Lao động (1 of 1 mention)
>   its own text  not indexed
>   cited in      1 document (1 mention)
>   status        unknown (its text is not indexed)
>   relations     grounds for 08/2026/TT-BNV · id 6
>                   "Căn cứ Bộ luật Lao động số 45/2019/QH14;"
> 
> 1. Thông tư 08/2026/TT-BNV: Quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 337/2025/NĐ-CP ngày 24 tháng 12 năm 2025 của Chính phủ quy định về hợp đồng lao động điện tử
>    Thông tư 08/2026/TT-BNV · Bộ Nội vụ · 2026-05-15
>    <work>/in/tt-08-2026.txt · id 6
>    Căn cứ Bộ luật Lao động số «45/2019/QH14»;
? 0
$ tracuu cite --db db 'Điều 5/2020'
! tracuu: cite: Điều 5/2020: not a document number
? 1
# The Markdown escape of a letterhead is not shown.
$ tracuu cite --db db --json 57-NQ/TW | jq -r '.cited_in[].sentence'
> Số 57-NQ/TW
? 0
