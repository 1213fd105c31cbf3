# Joint texts (Thông tư liên tịch, Nghị quyết liên tịch, Quyết định liên tịch: a number whose issuer part chains several codes) are issued by all their bodies, not by the lowest line of their letterhead: the card, the result line and show join them with " – " (an en dash: a body's own name may hold a hyphen or a comma), JSON gives them one by one in "issuers" beside "issuer"; --issuer finds a joint text by any of its bodies, by code or name, and the facets count it under each; its signers are all of them, or none.
# The letterhead of 01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH as the gazette prints it (twice, wrapped differently; "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" holds a hyphen), its first article and its five signature blocks (congbao-8chude, hd_khoan/thong-tu-lien-tich-so-01-2022-ttlt-vksndtc-tandtc-bca-bqp-bldtbxh-36844.txt).
<file name="in/ttlt-01-2022.txt">
 
 
CÔNG BÁO/Số 261 + 262/Ngày 06-3-2022 
3 
 
VĂN BẢN QUY PHẠM PHÁP LUẬT 
 
VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - 
TÒA ÁN NHÂN DÂN TỐI CAO - 
BỘ CÔNG AN - BỘ QUỐC PHÒNG - 
BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI 
 
VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - 
 TÒA ÁN NHÂN DÂN TỐI CAO -  
BỘ CÔNG AN - BỘ QUỐC PHÒNG -  
BỘ LAO ĐỘNG - THƯƠNG BINH  
VÀ XÃ HỘI 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
 
 
Số: 01/2022/TTLT-VKSNDTC-
TANDTC-BCA-BQP-BLĐTBXH 
Hà Nội, ngày 18 tháng 02 năm 2022 
 
THÔNG TƯ LIÊN TỊCH 
Quy định về phối hợp giữa các cơ quan có thẩm quyền trong tiếp nhận,  
giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố, điều tra, truy tố,  
xét xử sơ thẩm các vụ án xâm hại tình dục người dưới 18 tuổi 
 
quyền trong thực hiện một số quy định của Bộ luật Tố tụng hình sự về tiếp nhận, 
giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố, điều tra, truy tố, xét xử sơ 
thẩm các vụ án xâm hại tình dục người dưới 18 tuổi.  
2. Thông tư liên tịch này áp dụng đối với các đối tượng sau: 
a) Các cơ quan có thẩm quyền tiến hành tố tụng, người có thẩm quyền tiến 
hành tố tụng; 
Điều 27. Tổ chức thực hiện 
1. Trong phạm vi thẩm quyền của mình, Viện kiểm sát nhân dân tối cao, Tòa 
án nhân dân tối cao, Bộ Công an, Bộ Quốc phòng, Bộ Lao động - Thương binh và 
Xã hội có trách nhiệm triển khai, tổ chức thực hiện Thông tư liên tịch này. 
2. Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc hoặc có 
vấn đề mới phát sinh, các cơ quan, tổ chức và cá nhân liên quan phản ánh với Viện 
kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao, Bộ Công an, Bộ Quốc phòng, 
Bộ Lao động - Thương binh và Xã hội để xem xét, hướng dẫn thực hiện hoặc sửa 
đổi, bổ sung cho phù hợp./. 
 
KT. CHÁNH ÁN 
TÒA ÁN NHÂN DÂN TỐI CAO 
PHÓ CHÁNH ÁN 
 
 
Nguyễn Trí Tuệ 
 
KT. VIỆN TRƯỞNG 
VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO 
PHÓ VIỆN TRƯỞNG 
 
 
Nguyễn Duy Giảng 
 
 
 
KT. BỘ TRƯỞNG BỘ CÔNG AN 
THỨ TRƯỞNG 
 
 
Trung tướng Nguyễn Duy Ngọc 
 
KT. BỘ TRƯỞNG BỘ QUỐC PHÒNG 
THỨ TRƯỞNG 
 
 
Thượng tướng Võ Minh Lương 
 
 
 
KT. BỘ TRƯỞNG 
BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI    
THỨ TRƯỞNG 
 
 
Nguyễn Thị Hà 
 

</file>
# A consolidated text of a two-body circular, which names it "… số 17/2014/TTLT-BLĐTBXH-BTC … của Bộ trưởng Bộ Lao động Thương binh và Xã hội và Bộ trưởng Bộ Tài chính" (congbao-8chude, cong_doan/van-ban-hop-nhat-so-605-vbhn-bldtbxh-41352.txt).
<file name="in/vbhn-605.txt">
 
 
CÔNG BÁO/Số 375 + 376/Ngày 03-3-2024 
23 
 
VĂN BẢN PHÁP LUẬT KHÁC 
 
VĂN BẢN HỢP NHẤT -  
BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI 
 
 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
 
THÔNG TƯ LIÊN TỊCH 
Hướng dẫn thực hiện trợ cấp một lần đối với người được cử làm chuyên gia 
sang giúp Lào và Căm-pu-chi-a theo Quyết định số 57/2013/QĐ-TTg  
ngày 14 tháng 10 năm 2013 của Thủ tướng Chính phủ 
 
Thông tư liên tịch số 17/2014/TTLT-BLĐTBXH-BTC ngày 01 tháng 8 năm 2023 
của Bộ trưởng Bộ Lao động Thương binh và Xã hội và Bộ trưởng Bộ Tài chính 
hướng dẫn thực hiện trợ cấp một lần đối với người được cử làm chuyên gia sang 
giúp Lào và Căm-pu-chi-a theo Quyết định số 57/2013/QĐ-TTg ngày 14 tháng 10 
năm 2013 của Thủ tướng Chính phủ, có hiệu lực kể từ ngày 15 tháng 9 năm 2014, 
được sửa đổi, bổ sung bởi: 
Thông tư số 08/2023/TT-BLĐTBXH ngày 29 tháng 8 năm 2023 của Bộ trưởng 
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
# The card names the five bodies in the letterhead's order, and the five signers.
$ tracuu cite --db db '01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH' | head -6
> 01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH — Thông tư liên tịch
>   type          Thông tư liên tịch (its letterhead)
>   joint issuers Viện kiểm sát nhân dân tối cao – Tòa án nhân dân tối cao – Bộ Công an – Bộ Quốc phòng – Bộ Lao động - Thương binh và Xã hội (its letterhead)
>   issued        2022-02-18 (its letterhead)
>   subject       quy định về phối hợp giữa các cơ quan có thẩm quyền trong tiếp nhận, giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố, điều tra, truy tố, xét xử sơ thẩm các vụ án xâm hại tình dục người dưới 18 tuổi (its letterhead)
>   signed by     Nguyễn Trí Tuệ – Nguyễn Duy Giảng – Nguyễn Duy Ngọc – Võ Minh Lương – Nguyễn Thị Hà (its letterhead)
? 0
# JSON: the joined string, and the array beside it.
$ tracuu cite --json --db db '01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH' | jq -c '.issuer, .issuers, .signers'
> "Viện kiểm sát nhân dân tối cao – Tòa án nhân dân tối cao – Bộ Công an – Bộ Quốc phòng – Bộ Lao động - Thương binh và Xã hội"
> ["Viện kiểm sát nhân dân tối cao","Tòa án nhân dân tối cao","Bộ Công an","Bộ Quốc phòng","Bộ Lao động - Thương binh và Xã hội"]
> ["Nguyễn Trí Tuệ","Nguyễn Duy Giảng","Nguyễn Duy Ngọc","Võ Minh Lương","Nguyễn Thị Hà"]
? 0
# Any of its bodies, by name with or without marks, or by code, finds it.
$ sources --db db --issuer 'Bộ Công an' 'phối hợp'
> ttlt-01-2022.txt
? 0
$ sources --db db --issuer 'bo lao dong thuong binh va xa hoi' 'phối hợp'
> ttlt-01-2022.txt
? 0
$ sources --db db --issuer BQP 'phối hợp'
> ttlt-01-2022.txt
? 0
$ sources --db db --issuer TANDTC --type 'thong tu lien tich'
> ttlt-01-2022.txt
? 0
# The result line and show carry all of them.
$ tracuu search --db db --issuer VKSNDTC 'phối hợp' | sed -n 4p
>    Thông tư liên tịch 01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH · Viện kiểm sát nhân dân tối cao – Tòa án nhân dân tối cao – Bộ Công an – Bộ Quốc phòng – Bộ Lao động - Thương binh và Xã hội · 2022-02-18
? 0
$ tracuu show --db db --json ttlt-01-2022.txt | jq -c '.issuers, .signers'
> ["Viện kiểm sát nhân dân tối cao","Tòa án nhân dân tối cao","Bộ Công an","Bộ Quốc phòng","Bộ Lao động - Thương binh và Xã hội"]
> ["Nguyễn Trí Tuệ","Nguyễn Duy Giảng","Nguyễn Duy Ngọc","Võ Minh Lương","Nguyễn Thị Hà"]
? 0
# The facets count it under each of its bodies.
$ tracuu search --db db --facets --type 'thong tu lien tich' | grep '^issuer:'
> issuer: Bộ Công an (1), Bộ Lao động - Thương binh và Xã hội (1), Bộ Quốc phòng (1), Tòa án nhân dân tối cao (1), Viện kiểm sát nhân dân tối cao (1)
? 0
# A two-body number cited with "của" naming one body: the number names both.
$ tracuu cite --db db '17/2014/TTLT-BLĐTBXH-BTC' | sed -n 3p
>   joint issuers Bộ Lao động - Thương binh và Xã hội – Bộ Tài chính (1 of 1 mention)
? 0
$ tracuu cite --json --db db '17/2014/TTLT-BLĐTBXH-BTC' | jq -c .issuers
> ["Bộ Lao động - Thương binh và Xã hội","Bộ Tài chính"]
? 0
# A text of one body stays one body.
$ tracuu cite --json --db db '57/2013/QĐ-TTg' | jq -c '.issuer, .issuers'
> "Thủ tướng Chính phủ"
> ["Thủ tướng Chính phủ"]
? 0
# Exported for reference managers, each body is an author of its own: a CSL
# literal each, biblatex names braced each and joined by "and", one RIS AU
# line each.
$ tracuu cite --db db --format csl-json '01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH' | jq -c '.[0].author'
> [{"literal":"Viện kiểm sát nhân dân tối cao"},{"literal":"Tòa án nhân dân tối cao"},{"literal":"Bộ Công an"},{"literal":"Bộ Quốc phòng"},{"literal":"Bộ Lao động - Thương binh và Xã hội"}]
? 0
$ tracuu cite --db db --format bibtex '01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH' | grep author
>   author   = {{Viện kiểm sát nhân dân tối cao} and {Tòa án nhân dân tối cao} and {Bộ Công an} and {Bộ Quốc phòng} and {Bộ Lao động - Thương binh và Xã hội}},
? 0
$ tracuu cite --db db --format ris '17/2014/TTLT-BLĐTBXH-BTC' | grep '^AU'
> AU  - Bộ Lao động - Thương binh và Xã hội
> AU  - Bộ Tài chính
? 0
