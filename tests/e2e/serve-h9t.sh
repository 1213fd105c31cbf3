# serve-h9t.sh — a regulation without a number (the Constitution) says its type and issuing body on `tracuu serve`'s result list and document page, as `search` and `show` do (docs/trust-sweep.md, "h9t sweep", row 1).
. "$TRACUU_SRCDIR/tests/lib.sh"
. "$TRACUU_SRCDIR/tests/serve-lib.sh"

# uts-vlc-laws docs/hien-phap.txt, its letterhead, heading and first article.
DOCS="$WORK/docs"
mkdir -p "$DOCS"
cat >"$DOCS/hien-phap.txt" <<'TXT'
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
TXT
DB="$WORK/db"
run "$TRACUU" ingest --quiet --no-progress --db "$DB" "$DOCS"
expect_rc 0 "the Constitution is ingested"
start_server --db "$DB"
get "/search?q=&type=Hi%E1%BA%BFn+ph%C3%A1p"
expect_code 200 "the type filter's page"
expect_body '<span class="own">Hiến pháp</span> · <span class="issuer">Quốc hội</span>' "a result says its type and body"
get "/doc/1"
expect_code 200 "the document page"
expect_body '<dt>Loại văn bản</dt><dd>Hiến pháp</dd>' "the document page says its type"
expect_body '<dt>Cơ quan ban hành</dt><dd>Quốc hội</dd>' "the document page says its body"
stop_server
finish
