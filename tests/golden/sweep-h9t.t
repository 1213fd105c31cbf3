# The h9t sweep (issues 17 and 18 tried again, docs/trust-sweep.md, "h9t sweep").
#
# A regulation without a number is filed under the type its heading names and the body its
# letterhead's first line names: the Constitution (uts-vlc-laws docs/hien-phap.txt, cut) was
# found by no --type ('Hiến pháp' was accepted and found nothing), counted in no facet, and its
# results said neither type nor body although its card ("Hiến pháp 2013") did. A Gazette
# excerpt of a consolidated law (congbao-8chude bhxh/van-ban-hop-nhat-so-14-vbhn-vpqh-42949.txt,
# cut) opens with the same kind of heading, then names its base's number: not a Luật of its
# own. A law of 1953 says when it was passed in its closing sentence, "Luật này do Quốc hội …
# thông qua trong khoá họp lần thứ III ngày 4 tháng 12 năm 1953" (luat-cai-cach-ruong-dat.txt,
# cut): it was undated.
<file name="in/uts/hien-phap.txt">
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------



Hà Nội, ngày 28 tháng 11 năm 2013



HIẾN PHÁP

NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM



LỜI NÓI ĐẦU

Trải qua mấy nghìn năm lịch sử, Nhân dân Việt Nam lao động cần cù, sáng tạo, đấu tranh anh dũng để dựng nước và giữ nước, đã hun đúc nên truyền thống yêu nước.

Từ năm 1930, dưới sự lãnh đạo của Đảng Cộng sản Việt Nam do Chủ tịch Hồ Chí Minh sáng lập và rèn luyện.

Thể chế hóa Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội, kế thừa Hiến pháp năm 1946, Hiến pháp năm 1959.

Chương I.

CHẾ ĐỘ CHÍNH TRỊ

Điều 1.

Nước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập, có chủ quyền, thống nhất và toàn vẹn lãnh thổ, bao gồm đất liền, hải đảo, vùng biển và vùng trời.

Điều 2.
</file>
<file name="in/cb/van-ban-hop-nhat-so-14-vbhn-vpqh-42949.txt">





 CÔNG BÁO/Số 1169 + 1170/Ngày 29-10-2024
85


CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc


LUẬT
AN TOÀN, VỆ SINH LAO ĐỘNG

Luật An toàn, vệ sinh lao động số 84/2015/QH13 ngày 25 tháng 6 năm 2015 của
Quốc hội, có hiệu lực kể từ ngày 01 tháng 7 năm 2016, được sửa đổi, bổ sung bởi:
Luật Bảo hiểm xã hội số 41/2024/QH15 ngày 29 tháng 6 năm 2024 của Quốc
hội, có hiệu lực kể từ ngày 01 tháng 7 năm 2025.

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật An toàn, vệ sinh lao động1.
Chương I
 QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định việc bảo đảm an toàn, vệ sinh lao động; chính sách, chế độ
đối với người bị tai nạn lao động, bệnh nghề nghiệp; trách nhiệm và quyền hạn của
các tổ chức, cá nhân liên quan đến công tác an toàn, vệ sinh lao động và quản lý
nhà nước về an toàn, vệ sinh lao động.
Điều 2. Đối tượng áp dụng
1. Người lao động làm việc theo hợp đồng lao động; người thử việc; người học
</file>
<file name="in/uts/luat-cai-cach-ruong-dat.txt">
LUẬT

CẢI CÁCH RUỘNG ĐẤT

Chương 1:

MỤC ĐÍCH VÀ Ý NGHĨA CẢI CÁCH RUỘNG ĐẤT

Điều 1.

- Mục đích và ý nghĩa cải cách ruộng đất là:

Thủ tiêu quyền chiếm hữu ruộng đất của thực dân Pháp và của đế quốc xâm lược khác ở Việt Nam, xoá bỏ chế độ phong kiến chiếm hữu ruộng đất của giai cấp địa chủ,


Chính phủ quy định chi tiết và chịu trách nhiệm thi hành luật cải cách ruộng đất này.

Luật này do Quốc hội nước Việt Nam dân chủ cộng hoà thông qua trong khoá họp lần thứ III ngày 4 tháng 12 năm 1953





Hồ Chí Minh

(Đã ký)
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu search --db db --type 'Hiến pháp'
> 1 result
> 
> 1. Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam
>    Hiến pháp · Quốc hội · 2013-11-28
>    uts/hien-phap.txt · id 2
>    … HIẾN PHÁP NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM LỜI NÓI ĐẦU Trải qua mấy nghìn năm lịch sử, Nhân dân Việt Nam lao động cần cù, sáng tạo, đấu tranh anh dũng để dựng nước và giữ nước, đã hun đúc nên truyền …
? 0
$ tracuu search --db db --type 'hien phap' --json | jq -c '[.number, .type, .issuer, .date]'
> [null,"Hiến pháp","Quốc hội","2013-11-28"]
? 0
$ tracuu show --db db --json uts/hien-phap.txt | jq -c '[.number, .type, .issuer, .date]'
> [null,"Hiến pháp","Quốc hội","2013-11-28"]
? 0
$ tracuu show --db db uts/hien-phap.txt | head -6
> id:      2
> source:  uts/hien-phap.txt
> title:   Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam
> type:    Hiến pháp
> issuer:  Quốc hội
> date:    2013-11-28
? 0
$ sources --db db --type Luật
> uts/luat-cai-cach-ruong-dat.txt
? 0
# The law of 1953 names no body above its heading "LUẬT": its type implies the Quốc hội
# (corpus/doctypes.tsv's body column, h14e); it was in no issuer facet and no --issuer.
$ tracuu search --db db --issuer 'Quốc hội' --facets -n 0 --from 1900
> 2 results
> 
> facets (over 2 matching documents):
> type: Hiến pháp (1), Luật (1)
> issuer: Quốc hội (2)
> year: 2013 (1), 1953 (1)
? 0
$ tracuu search --db db 'cải cách ruộng đất' -n 1 | head -4
> 1 result (every word, anywhere in the text)
> 
> 1. Luật Cải cách ruộng đất
>    Luật · Quốc hội · 1953-12-04
? 0
$ tracuu show --db db --json cb/van-ban-hop-nhat-so-14-vbhn-vpqh-42949.txt | jq -c '[.number, .type, .issuer]'
> [null,null,null]
? 0

# A ministry typed short, as people write it: "Bộ TC" ("Bộ" and the initials its code is made
# of: h9u's rule, also in the query's issuer: field now), "Bộ Lao động" (the first syllables of
# its name, three at least), which found nothing; a start that two bodies share says which. congbao-8chude thue_tncn/thong-tu-so-18-2026-tt-btc-469080.txt
# and bhxh/thong-tu-so-01-2025-tt-bldtbxh-43956.txt, their letterheads.
<file name="in/cb/thong-tu-so-18-2026-tt-btc-469080.txt">
CÔNG BÁO/Số 159/Ngày 25-03-2026
26


BỘ TÀI CHÍNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 18/2026/TT-BTC
Hà Nội, ngày 05 tháng 3 năm 2026

THÔNG TƯ
Quy định về hồ sơ, thủ tục quản lý thuế
đối với hộ kinh doanh, cá nhân kinh doanh

</file>
<file name="in/cb/thong-tu-so-01-2025-tt-bldtbxh-43956.txt">


CÔNG BÁO/Số 231 + 232/Ngày 01-02-2025
7

BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI

BỘ LAO ĐỘNG - THƯƠNG BINH
VÀ XÃ HỘI

Số: 01/2025/TT-BLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 10 tháng 01 năm 2025




THÔNG TƯ
Quy định mức điều chỉnh tiền lương
và thu nhập tháng đã đóng bảo hiểm xã hội
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ sources --db db --issuer 'Bộ TC'
> cb/thong-tu-so-18-2026-tt-btc-469080.txt
? 0
$ sources --db db --issuer 'bo tc'
> cb/thong-tu-so-18-2026-tt-btc-469080.txt
? 0
$ sources --db db --issuer 'Bộ LĐTBXH'
> cb/thong-tu-so-01-2025-tt-bldtbxh-43956.txt
? 0
$ sources --db db --issuer 'Bộ Lao động'
> cb/thong-tu-so-01-2025-tt-bldtbxh-43956.txt
? 0
$ sources --db db 'issuer:Bộ Lao động tiền lương'
> cb/thong-tu-so-01-2025-tt-bldtbxh-43956.txt
? 0
$ tracuu search --db db --issuer 'Bộ Nông nghiệp'
! tracuu: search: 'Bộ Nông nghiệp' may be 'Bộ Nông nghiệp và Môi trường' or 'Bộ Nông nghiệp và Phát triển nông thôn': type more of the name
! (see 'tracuu search --help')
? 2

# A saved Wikipedia page opens with its menus, its name among them ("Đăng nhập" / "Vĩ tuyến 17" /
# "Thêm ngôn ngữ"), down to the site's tagline: 46 pages of tvpl-legal-news were titled "Bước tới
# nội dung" (the skip link) and their menus indexed as their words. A template's name follows its
# namespace ("Bản mẫu" / ":" / "Thủ tướng Việt Nam" / "3 ngôn ngữ"), and a navigation box opens
# with "x", "t", "s" (xem, thảo luận, sửa), which ran into the title. gov_news_and_docs
# 06ff3a92ed772329.md, its head, and aba6a753b8921c31.md, its head with most of its menus cut.
<file name="in/wiki/06ff3a92ed772329.md">
Bước tới nội dung
Trình đơn chính
Trình đơn chính
chuyển sang thanh bên
ẩn
Điều hướng
Trang Chính
Nội dung chọn lọc
Bài viết ngẫu nhiên
Thay đổi gần đây
Báo lỗi nội dung
Tương tác
Hướng dẫn
Giới thiệu Wikipedia
Cộng đồng
Thảo luận chung
Giúp sử dụng
Liên lạc
Tải lên tập tin
Tìm kiếm
Tìm kiếm
Giao diện
Quyên góp
Tạo tài khoản
Đăng nhập
Công cụ cá nhân
Quyên góp
Tạo tài khoản
Đăng nhập
Vĩ tuyến 17
Thêm ngôn ngữ
Thêm liên kết
Bài viết
Thảo luận
Tiếng Việt
Đọc
Sửa đổi
Sửa mã nguồn
Xem lịch sử
Công cụ
Công cụ
chuyển sang thanh bên
ẩn
Tác vụ
Đọc
Sửa đổi
Sửa mã nguồn
Xem lịch sử
Chung
Các liên kết đến đây
Thay đổi liên quan
Liên kết thường trực
Thông tin trang
Trích dẫn trang này
Tạo URL rút gọn
Tải mã QR
In và xuất
Tạo một quyển sách
Tải dưới dạng PDF
Bản để in ra
Tại dự án khác
Khoản mục Wikidata
Giao diện
chuyển sang thanh bên
ẩn
Bách khoa toàn thư mở Wikipedia
Vĩ tuyến 17
trên
Trái Đất
có thể là một trong hai
vĩ tuyến
sau:
Vĩ tuyến 17 Bắc
Vĩ tuyến 17 Nam
</file>
<file name="in/wiki/aba6a753b8921c31.md">
Bước tới nội dung
Đăng nhập
Bản mẫu
:
Thủ tướng Việt Nam
3 ngôn ngữ
Bách khoa toàn thư mở Wikipedia
x
t
s
Thủ tướng Việt Nam
Hồ Chí Minh
(1945–1955)
Huỳnh Thúc Kháng
(1946)
Phạm Văn Đồng
(1955–1987)
Huỳnh Tấn Phát
(Miền Nam Việt Nam: 1969–1976)
Phạm Hùng
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu show --db db --json wiki/06ff3a92ed772329.md | jq -r .title
> Vĩ tuyến 17
? 0
$ tracuu show --db db --json wiki/aba6a753b8921c31.md | jq -r .title
> Thủ tướng Việt Nam
? 0
$ sources --db db '"Tạo tài khoản"'
? 0

# Saved without its menus, an article opens with Wikipedia's tagline (gov_news_and_docs
# 08da47243aa69728.md, its head): six pages were titled "Bách khoa toàn thư mở Wikipedia".
<file name="in/wiki/08da47243aa69728.md">
Bách khoa toàn thư mở Wikipedia

Danh sách tỷ phú nga theo giá trị tài sản
Dưới đây là danh sách các tỷ phú Nga dựa trên sự định giá thường niên về của cải và tài sản được tổng hợp, biên soạn và xuất bản trên tạp chí Forbes của Mỹ năm 2021.[ 1]
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu show --db db --json wiki/08da47243aa69728.md | jq -r .title
> Danh sách tỷ phú nga theo giá trị tài sản
? 0

# A letter saved without its letterhead opens with its salutation: nine pages of
# tvpl-legal-news were titled "Kính gửi:". The recipients under it, up to the blank line that
# ends them, and an address in parentheses name no text either; the body's first sentence
# does. gov_news_and_docs 070712cd976e7f9a.md and 72d08272d570f412.md, their heads.
<file name="in/kg/070712cd976e7f9a.md">
** **

|
**Kính gửi:**
|
- Bảo hiểm xã hội thành phố Hà Nội;
- Sở Y tế;
- UBND các phường, xã;
- Các cơ sở khám bệnh, chữa bệnh bảo hiểm y tế trên địa bàn Thành phố.
|

Thời gian qua, Ủy ban nhân
dân thành phố Hà Nội đã có nhiều văn bản chỉ đạo thực hiện chính sách bảo hiểm
y tế (BHYT) trên địa bàn nhằm đảm bảo tốt quyền lợi của người tham gia, đồng thời
kiểm soát chặt chẽ chi phí khám chữa bệnh (KCB) BHYT, phòng chống lạm dụng, trục
lợi quỹ BHYT.
</file>
<file name="in/kg/72d08272d570f412.md">
**Kính gửi:**
Công ty TNHH TKG Taekwang Cần Thơ

*(Đ/C: KCN Hưng Phú 2B, P.Phú Thứ, Q. Cái Răng, TP. Cần Thơ)*

Cục Thuế nhận được công văn số 0909/2025/TAEK/CT
ngày 9/9/2025 của Công ty TNHH TKG Taekwang Cần Thơ về việc nộp nghĩa vụ thuế
thu nhập doanh nghiệp (TNDN). Về vấn đề này, Cục Thuế có ý kiến như sau:
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu show --db db --json kg/070712cd976e7f9a.md | jq -r .title
> Thời gian qua, Ủy ban nhân dân thành phố Hà Nội đã có nhiều văn bản chỉ đạo thực hiện chính sách bảo hiểm y tế (BHYT) trên địa bàn nhằm đảm bảo tốt quyền lợi của người tham gia, đồng thời kiểm soát chặt chẽ chi phí khám chữa…
? 0
$ tracuu show --db db --json kg/72d08272d570f412.md | jq -r .title
> Cục Thuế nhận được công văn số 0909/2025/TAEK/CT ngày 9/9/2025 của Công ty TNHH TKG Taekwang Cần Thơ về việc nộp nghĩa vụ thuế thu nhập doanh nghiệp (TNDN). Về vấn đề này, Cục Thuế có ý kiến như sau:
? 0
