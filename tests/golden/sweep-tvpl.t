# Cases found using tracuu on tvpl-legal-news, vbpl-html and party-docs-nq57 (docs/trust-sweep.md,
# second sweep). Each fails without its fix.
#
# A subject written in several cases shows as most of its mentions write it: two of three
# grounds write "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày …", one "… Chính
# quyền …" with no date (before, the dated mentions were counted first and the spelling merged
# last won, whatever its count: "Tổ chức Chính quyền địa phương", 152 of 162 mentions on the
# sweep's index). Grounds of three thuvienphapluat pages (tvpl-legal-news/legal_docs:
# 15decdf210c22d70.md, 8bb752497f83eeee.md, a16f8b41d34cc524.md).
<file name="in/15decdf210c22d70.md">
*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15
ngày 16 tháng 6 năm 2025;*
*Căn cứ Luật Giá số 16/2023/QH15 ngày 19 tháng 6 năm
2023;*
</file>
<file name="in/8bb752497f83eeee.md">
*Căn cứ Luật Tổ chức chính quyền
địa phương số 72/2025/QH15 ngày 16/6/2025;*
*Căn cứ các Nghị định của Chính
phủ: số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành chính; số
</file>
<file name="in/a16f8b41d34cc524.md">
*Căn cứ Luật Tổ chức Chính quyền địa phương số
72/2025/QH15; *
*Căn cứ Luật Ban hành văn bản quy phạm pháp luật
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu cite --db db 72/2025/QH15 | grep subject
>   subject       Tổ chức chính quyền địa phương (3 of 3 mentions)
? 0

# thuvienphapluat's attribute block names the issuing body as the site files it: in another
# spelling ("Bộ Văn hoá, Thể thao và du lịch"), with its place's word capitalised ("Sở Giáo dục
# và Đào tạo Thành phố Hồ Chí Minh"), or under another body ("Thủ tướng Chính phủ" for the
# Government Office's notice 653/TB-VPCP, whose code and letterhead say Văn phòng Chính phủ).
# The body is written as letterheads and the tables write it, and the number's code overrules a
# known body it contradicts. Block and letterhead of three pages (tvpl-legal-news:
# gov_news_and_docs/77bf894e2b13c72c.md, legal_docs/3870cd0c35318a44.md,
# legal_docs/ad0066b8d39e5c85.md).
<file name="block/77bf894e2b13c72c.md">
#
**Số hiệu:**
|
6316/BVHTTDL-VP
|
|
**Loại văn bản:**
|
Công văn
|
**Nơi ban hành:**
|
Bộ Văn hoá, Thể thao và du lịch
|
|
**Người ký:**
|
Nguyễn Thanh Sơn
|
**Ngày ban hành:**
|
21/11/2025
|
|
**
Ngày hiệu lực:**
|
Đã biết
|
|
**Tình trạng:**
|
Đã biết
|
**Kính gửi:** Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc
Bộ
Thực hiện ý kiến chỉ đạo của
Thủ tướng Chính phủ về việc triển khai kết luận Hội nghị Trung ương lần thứ 13
</file>
<file name="block/3870cd0c35318a44.md">
#
**Số hiệu:**
|
5155/SGDĐT-GDTXNNĐH
|
|
**Loại văn bản:**
|
Công văn
|
**Nơi ban hành:**
|
Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh
|
|
**Người ký:**
|
Trương Hải Thanh
|
**Ngày ban hành:**
|
28/11/2025
|
|
**
Ngày hiệu lực:**
|
Đã biết
|
|
**Tình trạng:**
|
Đã biết
|
|
ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
**SỞ GIÁO DỤC VÀ ĐÀO TẠO**
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 5155/SGDĐT-GDTXNNĐH
*Về hướng dẫn đánh giá, xếp loại trung tâm
học tập cộng đồng tại phường, xã và đặc khu từ năm 2025*
|
</file>
<file name="block/ad0066b8d39e5c85.md">
#
**Số hiệu:**
|
653/TB-VPCP
|
|
**Loại văn bản:**
|
Thông báo
|
**Nơi ban hành:**
|
Thủ tướng Chính phủ
|
|
**Người ký:**
|
Nguyễn Sỹ Hiệp
|
**Ngày ban hành:**
|
28/11/2025
|
|
**
Ngày hiệu lực:**
|
Đã biết
|
**Ngày công báo:**
|
Đang cập nhật
|
|
**Số công báo:**
|
Đang cập nhật
|
|
**Tình trạng:**
|
Đã biết
|
|
**VĂN PHÒNG CHÍNH
PHỦ**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 653/TB-VPCP
|
*Hà Nội, ngày 28
tháng 11 năm 2025*
|
**THÔNG BÁO**
Ý
KIẾN CHỈ ĐẠO CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI CÁC BUỔI LÀM VIỆC TẠI
CÁC DỰ ÁN ĐIỆN TẠI THÀNH PHỐ HỒ CHÍ MINH VÀ TỈNH ĐỒNG NAI
Ngày 20 tháng 11 năm 2025, Phó Thủ tướng Chính phủ
Bùi Thanh Sơn đã đi khảo sát thực tế và làm việc tại Dự án Nhà máy điện Hiệp
Phước giai đoạn 1 tại Thành phố Hồ Chí Minh và Dự án Nhà máy điện Nhơn Trạch 3
và Nhơn Trạch 4 tỉnh Đồng Nai. Tham dự chương trình làm việc có đại diện Bộ
Công Thương, Bộ Xây dựng, Văn phòng Chính phủ; lãnh đạo Ủy ban nhân dân các tỉnh,
</file>
$ tracuu ingest --quiet --no-progress --db dbb --root block block
? 0
$ tracuu search --db dbb --json --sort=date --from 2025 | jq -r 'select(.rank) | "\(.number) \(.issuer)"' | sort
> 5155/SGDĐT-GDTXNNĐH Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh
> 6316/BVHTTDL-VP Bộ Văn hóa, Thể thao và Du lịch
> 653/TB-VPCP Văn phòng Chính phủ
? 0
$ tracuu search --db dbb --facets --from 2025 | grep '^issuer:'
> issuer: Bộ Văn hóa, Thể thao và Du lịch (1), Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh (1), Văn phòng Chính phủ (1)
? 0
# The city typed as people write it short ("TP.HCM", "TP HCM", "TPHCM", "UBND TP.HCM") is
# the city's name, as "Hồ Chí Minh" and "thành phố Hồ Chí Minh" are (before: 0 results).
$ sources --db dbb --issuer 'TP.HCM'
> 3870cd0c35318a44.md
? 0
$ sources --db dbb --issuer 'tp hcm'
> 3870cd0c35318a44.md
? 0
$ sources --db dbb --issuer 'TPHCM'
> 3870cd0c35318a44.md
? 0
$ sources --db dbb --issuer 'UBND TP.HCM'
! tracuu: no indexed document was issued by, or cites, a body named 'UBND TP.HCM' (--facets lists the bodies the index holds)
? 0
# A letterhead's body the tables do not know keeps its province's name in capitals ("THUẾ TỈNH
# VĨNH LONG", before "Thuế tỉnh vĩnh long"). tvpl-legal-news/legal_docs/de1ea1a30ca1e0bc.md: its
# letterhead (1539/VLO-QLDN3).
<file name="lh/vlo-1539.md">
|
CỤC THUẾ
**THUẾ TỈNH VĨNH LONG**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 1539/VLO-QLDN3
*V/v trả lãi tiền vay cho cổ đông*
|
*Vĩnh Long, ngày
02 tháng 12 năm 2025*
|
</file>
$ tracuu ingest --quiet --no-progress --db dbl --root lh lh
? 0
$ tracuu cite --db dbl 1539/VLO-QLDN3 | grep 'issuing body'
>   issuing body  Thuế tỉnh Vĩnh Long (its letterhead)
? 0

# A subject no two mentions agree on, with others said, is disputed: the card says so and a
# citation names the number, not what one answer happened to be about (before: "Nghị định quy
# định về mẫu tờ trình đề nghị khen thưởng cho cá nhân"). After an article ("Điều 7 Nghị định
# 144/2021/NĐ-CP quy định về mức phạt khi dùng Flycam …") what follows is the article's, and no
# subject (144/2021/NĐ-CP had a new one in each of 57 answers). tvpl-legal-news/qa_explainers:
# 15ff7ade631e8e25.md line 9, 49695009fa04c5e2.md line 7, c79212b74dc857e1.md line 15.
<file name="qa/15ff7ade631e8e25.md">
Theo đó, tại nội dung Nghị định 152/2025/NĐ-CP quy định về mẫu tờ trình đề nghị khen thưởng cho cá nhân như sau:
</file>
<file name="qa/49695009fa04c5e2.md">
Ngày 31/10/2025, Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư 62/2025/TT-BNNMT hướng dẫn Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; hướng dẫn Luật Thi đua, khen thưởng 2022 trong ngành Nông nghiệp và Môi trường.
</file>
<file name="qa/c79212b74dc857e1.md">
Căn cứ vào điểm đ khoản 2 Điều 7 Nghị định 144/2021/NĐ-CP quy định về mức phạt khi dùng Flycam không phép như sau:
</file>
$ tracuu ingest --quiet --no-progress --db dbq --root qa qa
? 0
$ tracuu cite --db dbq 152/2025/NĐ-CP | grep note
>   note          the mentions disagree on: subject
? 0
$ tracuu cite --db dbq --format ris 152/2025/NĐ-CP | grep '^TI'
> TI  - Nghị định số 152/2025/NĐ-CP
? 0
$ tracuu cite --db dbq --json 144/2021/NĐ-CP | jq -c '[.subject, .conflicts]'
> [null,[]]
? 0
