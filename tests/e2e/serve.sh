# serve.sh — `tracuu serve` on a free loopback port: pages and API by curl, escaping of a hostile document, limits, a newer index picked up, a clean stop.
. "$TRACUU_SRCDIR/tests/lib.sh"
. "$TRACUU_SRCDIR/tests/serve-lib.sh"

# A hostile document: markup, script, quotes, a javascript: URL and control
# characters, in its title and its text.
DOCS="$WORK/docs"
mkdir -p "$DOCS"
printf '<script>alert("t")</script> Quy định "độc" <b onmouseover=x>\n\nĐiều 1. Phạm vi\nVăn bản <img src=x onerror=alert(1)> javascript:alert(2) \033[31mđỏ\033[0m chuông\007 và \x27nháy\x27 "kép" & hết.\nĐiều 2. Hiệu lực\nQuy định số 57-QĐ/TW vẫn còn hiệu lực.\n' >"$DOCS/hostile.txt"
# The same as a web page saved to disk: entities that decode to markup.
cat >"$DOCS/hostile.html" <<'HTML'
<!doctype html><html><head><meta charset="utf-8">
<title>&lt;script&gt;alert(&quot;h&quot;)&lt;/script&gt; Trang "độc hại"</title></head>
<body><article><h1>&lt;script&gt;alert(&quot;h&quot;)&lt;/script&gt; Trang "độc hại"</h1>
<p>Đoạn có &lt;iframe src=javascript:alert(4)&gt; và <a href="javascript:alert(5)">liên kết lạ</a>
cùng <a href="https://example.vn/" onclick="alert(6)">liên kết thường</a>, để kiểm tra trang web.</p>
<p>Thêm một đoạn văn bản đủ dài để trang này có nội dung chính được trích xuất đúng cách.</p>
</article></body></html>
HTML
# A regulation's own text with a chapter, a section, articles and clauses
# (an excerpt of the Labour Code,
# ../shared/corpus/congbao-8chude/docs/hdld/nghi-quyet-so-45-2019-qh14-30232.txt),
# and a text that cites one of its clauses.
cat >"$DOCS/blld.txt" <<'TXT'
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Bộ luật số: 45/2019/QH14

Hà Nội, ngày 20 tháng 11 năm 2019

BỘ LUẬT

LAO ĐỘNG

Quốc hội ban hành Bộ luật Lao động.

Điều 35. Quyền đơn phương chấm dứt hợp đồng lao động của người lao động

1. Người lao động có quyền đơn phương chấm dứt hợp đồng lao động nhưng phải báo trước cho người sử dụng lao động như sau:

a) Ít nhất 45 ngày nếu làm việc theo hợp đồng lao động không xác định thời hạn;

b) Ít nhất 30 ngày nếu làm việc theo hợp đồng lao động xác định thời hạn có thời hạn từ 12 tháng đến 36 tháng;

Chương VII

THỜI GIỜ LÀM VIỆC, THỜI GIỜ NGHỈ NGƠI

Mục 1. THỜI GIỜ LÀM VIỆC

Điều 105. Thời giờ làm việc bình thường

1. Thời giờ làm việc bình thường không quá 08 giờ trong 01 ngày và không quá 48 giờ trong 01 tuần.

2. Người sử dụng lao động có quyền quy định thời giờ làm việc theo ngày hoặc tuần nhưng phải thông báo cho người lao động biết.

3. Người sử dụng lao động có trách nhiệm bảo đảm giới hạn thời gian làm việc tiếp xúc với yếu tố nguy hiểm, yếu tố có hại.

Điều 106. Giờ làm việc ban đêm

Giờ làm việc ban đêm được tính từ 22 giờ đến 06 giờ sáng ngày hôm sau.

Chương XVII
ĐIỀU KHOẢN THI HÀNH

Điều 220. Hiệu lực thi hành
1. Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.
2. Bộ luật Lao động số 10/2012/QH13 hết hiệu lực thi hành kể từ ngày Bộ luật này có hiệu lực.
TXT
cat >"$DOCS/huongdan.txt" <<'TXT'
Hướng dẫn về thời giờ làm việc

Theo khoản 2 Điều 105 Bộ luật Lao động số 45/2019/QH14, người sử dụng lao động có quyền quy định thời giờ làm việc theo ngày hoặc tuần.

Doanh nghiệp áp dụng tuần làm việc 40 giờ theo Điều 105 của Bộ luật Lao động số 45/2019/QH14.
TXT
# A match a paragraph below where its excerpt's window starts.
cat >"$DOCS/doan.txt" <<'TXT'
Thông báo về lịch họp

Ban tổ chức thông báo lịch họp của các đơn vị trong tháng này như sau.

Hội nghị chuyên đề về thủy lợi sẽ họp vào sáng thứ Hai tại hội trường lớn của cơ quan.

Các đơn vị gửi báo cáo trước ngày họp.
TXT
DB="$WORK/db"
SEEDS="$TRACUU_SRCDIR/corpus/seeds"
run "$TRACUU" ingest --no-progress --db "$DB" "$DOCS/hostile.txt" "$DOCS/hostile.html" \
	"$DOCS/blld.txt" "$DOCS/huongdan.txt" "$SEEDS/000_b59fb608fd294d74.txt" \
	"$SEEDS/001_41436ee5358bae99.txt" "$SEEDS/002_87044e7d986aef26.txt" "$DOCS/doan.txt"
expect_rc 0 "the documents are ingested"

start_server --db "$DB" --log "$WORK/access.log"

# ---- pages
get /
expect_code 200 "the home page"
expect_body 'id="q"' "the search box"
T_CHECKS=$((T_CHECKS + 1))
grep -qi "^Content-Security-Policy: .*script-src 'self'" "$WORK/head" || fail "a CSP forbidding inline script"
T_CHECKS=$((T_CHECKS + 1))
grep -qi '^X-Content-Type-Options: nosniff' "$WORK/head" || fail "nosniff"
get '/search?q='
expect_code 200 "the box sent empty"
expect_body 'class="home"' "is the page to type in"
get '/search?q=t%C3%B4+hi%E1%BB%87u'
expect_code 200 "a search page"
expect_body '<li class="result"' "results"
expect_body '<mark>Tô Hiệu</mark>|<mark>Tô</mark>' "matches marked in the excerpt"
# A year guessed from the text is said so, as `tracuu search` says it, and
# why it is no facet or range (seeds/000: 2023-08-09, year inferred).
expect_body '<span class="date inferred" title="[^"]*bộ lọc năm[^"]*">2023-08-09 \(năm suy ra\)</span>' "an inferred year marked in the results"
get "$(grep -o '<h2><a href="/doc/[^"]*#excerpt"' "$WORK/body" | head -n 1 | sed 's/^<h2><a href="//; s/"$//; s/&amp;/\&/g')"
expect_body '<span class="date inferred"[^>]*>2023-08-09 \(năm suy ra\)' "and on the document page"
# The excerpt's link opens the document at the paragraph holding its first
# match, not at the one where the excerpt's window starts (doan.txt).
get '/search?q=th%E1%BB%A7y+l%E1%BB%A3i'
XHREF=$(grep -o '<h2><a href="/doc/[^"]*#excerpt"' "$WORK/body" | head -n 1 | sed 's/^<h2><a href="//; s/"$//; s/&amp;/\&/g')
get "$XHREF"
expect_code 200 "the document from its excerpt link ($XHREF)"
T_CHECKS=$((T_CHECKS + 1))
XPAR=$(grep -o '<[ph][3]*[^>]*id="excerpt"[^>]*>.*' "$WORK/body" | head -n 1)
case $XPAR in
*'<mark>'*) ;;
*) fail "the paragraph at #excerpt holds no match: ${XPAR:-none}" ;;
esac
get '/search?q=%C4%91%C3%A0o+t%E1%BA%A1o'
expect_body '<section class="facet" id="facet-year">' "facets"
T_CHECKS=$((T_CHECKS + 1))
# The facets come before the results, in an open <details> a phone folds.
[ "$(grep -o '<details class="facets"[^>]*>\|<div class="main"' "$WORK/body" | tr '\n' ' ')" = '<details class="facets" aria-label="Thu hẹp" open> <div class="main" ' ] ||
	fail "the facets: an open <details> before the results: $(grep -o '<details class="facets"[^>]*>\|<div class="main"' "$WORK/body")"
TOTAL=$(sed -n 's/.*id="total">\([0-9]*\) kết quả.*/\1/p' "$WORK/body")
HREF=$(grep -A3 'id="facet-year"' "$WORK/body" | sed -n 's/.*<li><a href="\([^"]*\)">\([0-9]*\)<\/a> <span class="count">\([0-9]*\)<.*/\1 \3/p' | head -n 1)
COUNT=${HREF#* }
HREF=$(echo "${HREF% *}" | sed 's/&amp;/\&/g')
get "$HREF"
expect_code 200 "a facet link"
expect_body '<li class="active">' "the facet chosen is shown, with a link that removes it"
T_CHECKS=$((T_CHECKS + 1))
NARROW=$(sed -n 's/.*id="total">\([0-9]*\) kết quả.*/\1/p' "$WORK/body")
[ -n "$TOTAL" ] && [ "$NARROW" = "$COUNT" ] && [ "$NARROW" -lt "$TOTAL" ] ||
	fail "the year facet narrows $TOTAL results to its count $COUNT: $NARROW"
get '/search?q=t%C3%B4+hi%E1%BB%87u&lang=en'
expect_body '<html lang="en">' "English with lang=en"
expect_body 'results?' "English labels"
get '/search?q=hi%E1%BB%87u+l%E1%BB%B1c&year=1999'
expect_code 200 "a filter that keeps nothing"
expect_body 'Không có kết quả' "says there is nothing"
get '/search?q=%22unbalanced&sort=sideways'
expect_code 400 "a bad sort"
expect_body 'sort takes relevance' "says why"

# ---- the hostile document: every text escaped, no script of its own
get '/search?q=javascript'
expect_code 200 "the hostile document is found"
# Both hostile files match with one score (ties go by source: hostile.html first).
ID=$(curl -s -g "$B/api/search?q=javascript" | jq -r '.results[] | select(.source | endswith("hostile.txt")) | .id')
get "/doc/$ID?q=javascript"
expect_code 200 "its page"
expect_no_body '<script>alert|<img src=x|<b onmouseover' "no markup of the document reaches the page"
expect_body '&lt;script&gt;alert\(&quot;t&quot;\)&lt;/script&gt;' "its title as text"
expect_body '&lt;img src=x onerror=alert\(1\)&gt;' "its text as text"
expect_no_body 'href="javascript:' "a javascript: URL is no link"
expect_body '&#39;nháy&#39; &quot;kép&quot; &amp; hết' "quotes and ampersands as entities"
T_CHECKS=$((T_CHECKS + 1))
! LC_ALL=C grep -q "$(printf '[\001-\010\013\016-\037\177]')" "$WORK/body" || fail "no control character in the page"
expect_body 'id="dieu-1"' "articles as anchors"
expect_body 'id="dieu-2"' "every article"
expect_body '<mark>javascript</mark>' "the match marked in the document"

# ---- articles: the stored structure (the record's "articles" field)
LID=$(curl -s -g "$B/api/search?q=%22gi%E1%BB%9D+l%C3%A0m+vi%E1%BB%87c+ban+%C4%91%C3%AAm%22" | jq -r '.results[0].id')
get "/doc/$LID"
expect_code 200 "a regulation's page"
expect_body '<h3 id="dieu-105" class="article">Điều 105. Thời giờ làm việc bình thường</h3>' "an article's heading, anchored"
# A file's source: its name on the page, never where the server's files lie;
# the whole path in the API.
expect_body '<dt>Nguồn</dt><dd><span class="source">blld\.txt</span></dd>' "the page names the file"
expect_no_body "$WORK" "and not its folder"
get "/search?q=%22gi%E1%BB%9D+l%C3%A0m+vi%E1%BB%87c+ban+%C4%91%C3%AAm%22"
expect_body '<span class="source">blld\.txt</span>' "a result names the file"
# The home page asked a search ("/?q=", typed by hand): the search, not an empty box.
get "/?q=%22gi%E1%BB%9D+l%C3%A0m+vi%E1%BB%87c+ban+%C4%91%C3%AAm%22"
expect_body '<span class="source">blld\.txt</span>' "/?q= answers the search"
expect_body 'value="&quot;giờ làm việc ban đêm&quot;"' "/?q= keeps what was typed in the box"
expect_no_body "$WORK" "and not its folder"
get "/api/doc/$LID"
T_CHECKS=$((T_CHECKS + 1))
[ "$(json .source)" = "$(cd "$DOCS" && pwd -P)/blld.txt" ] || fail "the API keeps the whole path: $(json .source)"
get "/doc/$LID"
expect_body '<p id="dieu-105-khoan-3">3\. Người sử dụng' "a clause, anchored"
expect_body '<h3 id="dieu-106" class="article">' "every article"
expect_no_body 'id="dieu-105-khoan-4"|id="dieu-106-khoan' "no clause the text lacks"
expect_body '<li class="division chapter"><a href="#chuong-vii">Chương VII\. THỜI GIỜ LÀM VIỆC, THỜI GIỜ NGHỈ NGƠI</a></li>' "the contents: the chapter, linked to its heading"
expect_body '<li class="division section"><a href="#chuong-vii-muc-1">Mục 1\. THỜI GIỜ LÀM VIỆC</a></li>' "and its section"
expect_body '<li class="toc-article"><a href="#dieu-106">Điều 106\. Giờ làm việc ban đêm</a></li>' "and the articles, linked"
T_CHECKS=$((T_CHECKS + 1))
[ "$(grep -o 'id="dieu-[^"]*"' "$WORK/body" | tr '\n' ' ')" = 'id="dieu-35" id="dieu-35-khoan-1" id="dieu-35-khoan-1-diem-a" id="dieu-35-khoan-1-diem-b" id="dieu-105" id="dieu-105-khoan-1" id="dieu-105-khoan-2" id="dieu-105-khoan-3" id="dieu-106" id="dieu-220" id="dieu-220-khoan-1" id="dieu-220-khoan-2" ' ] ||
	fail "the anchors are the stored articles and clauses and their points, once each: $(grep -o 'id="dieu-[^"]*"' "$WORK/body" | tr '\n' ' ')"
CID=$(curl -s -g "$B/api/search?q=h%C6%B0%E1%BB%9Bng+d%E1%BA%ABn+th%E1%BB%9Di+gi%E1%BB%9D" | jq -r '.results[0].id')
get "/doc/$CID"
expect_code 200 "a text without articles"
expect_no_body 'id="dieu-|class="toc"' "has neither anchors nor contents"
expect_body 'Theo khoản 2 Điều 105 Bộ luật' "but its text"
get '/search?q=%22gi%E1%BB%9D+l%C3%A0m+vi%E1%BB%87c+ban+%C4%91%C3%AAm%22+22'
expect_body "<p class=\"article\"><a href=\"/doc/$LID\\?q=[^\"#]*#dieu-106\">Điều 106\. Giờ làm việc ban đêm</a></p>" "a result names its article, linked to its anchor"
get '/api/search?q=%22gi%E1%BB%9D+l%C3%A0m+vi%E1%BB%87c+ban+%C4%91%C3%AAm%22+22'
T_CHECKS=$((T_CHECKS + 1))
[ "$(json '.results[0].article.number')" = 106 ] || fail "and the API the same field: $(head -c 300 "$WORK/body")"
get '/search?q=gi%E1%BB%9D+l%C3%A0m+vi%E1%BB%87c&articles=1'
expect_code 200 "articles ranked as units"
expect_body '<input type="checkbox" name="articles" id="articles" value="1" checked>' "the control says so"
expect_body '<p class="total" id="total">[0-9]+ điều, thuộc [0-9]+ văn bản</p>' "the total counts articles, in how many documents"
T_CHECKS=$((T_CHECKS + 1))
[ "$(grep -Ec "<p class=\"article\"><a href=\"/doc/$LID\\?q=[^\"#]*#dieu-10[56]\"" "$WORK/body")" = 2 ] ||
	fail "one result per article: $(grep 'class="article"' "$WORK/body")"
expect_body 'href="/search\?q=gi%E1%BB%9D%20l%C3%A0m%20vi%E1%BB%87c&amp;articles=1&amp;issuer=|href="/search\?q=gi%E1%BB%9D%20l%C3%A0m%20vi%E1%BB%87c&amp;[a-z]*=[^"]*&amp;articles=1"' "its links keep it"
get '/search?q=gi%E1%BB%9D+l%C3%A0m+vi%E1%BB%87c'
expect_body '<input type="checkbox" name="articles" id="articles" value="1">' "off by default"
get '/api/search?q=gi%E1%BB%9D+l%C3%A0m+vi%E1%BB%87c&articles=1'
expect_json '[.results[] | select(.id == '"$LID"') | .article.number] | sort' '["105","106","35"]' "the API: one result per article"
expect_json '[.unit, .total == (.results | length), .documents]' '["article",true,2]' "the API's total: articles, and the documents they are in"
get '/api/search?q=gi%E1%BB%9D&articles=1&sort=date'
expect_code 400 "articles by date"
expect_body 'articles ranks articles by relevance' "says why, as the command line does"
get '/api/search?q=gi%E1%BB%9D&articles=yes'
expect_code 400 "articles takes 1 or 0"
# The page size as the answer names it ("limit") or as the command line does ("n").
get '/api/search?q=gi%E1%BB%9D&limit=1'
expect_json '[.limit, (.results | length)]' '[1,1]' "limit=1: one result"
get '/api/search?q=gi%E1%BB%9D&n=2'
expect_json '[.limit, (.results | length)]' '[2,2]' "n=2: two results"
get '/api/search?q=gi%E1%BB%9D&limit=0'
expect_code 400 "limit takes 1 to 100"
expect_body "limit takes a whole number from 1 to 100, not '0'" "says what it takes"
get '/search?q=kho%E1%BA%A3n+3+%C4%90i%E1%BB%81u+105+B%E1%BB%99+lu%E1%BA%ADt+45%2F2019%2FQH14'
expect_code 200 "a clause cited before a number, typed in the box"
expect_body '<section class="card">' "its card"
expect_body "<h3><a href=\"/doc/$LID#dieu-105-khoan-3\">Điều 105\. Thời giờ làm việc bình thường \(khoản 3\)</a></h3>" "the clause, linked to its anchor"
expect_body '<p>3\. Người sử dụng lao động có trách nhiệm bảo đảm giới hạn' "and its text"
expect_no_body '<p>2\. Người sử dụng lao động có quyền' "not the article's other clauses"
get '/search?q=%C4%90i%E1%BB%81u+999+B%E1%BB%99+lu%E1%BA%ADt+45%2F2019%2FQH14'
expect_body 'class="note article-missing"' "an article the text lacks is said"
get '/cite/kho%E1%BA%A3n%203%20%C4%90i%E1%BB%81u%20105%20B%E1%BB%99%20lu%E1%BA%ADt%2045%2F2019%2FQH14'
expect_code 200 "the card page with a clause"
expect_body "<h3><a href=\"/doc/$LID#dieu-105-khoan-3\">" "shows the clause"
# what was asked first: the clause under the card's status and export, above
# the articles cited and the relations (a code's list of them pushed it down)
T_CHECKS=$((T_CHECKS + 1))
at_clause=$(grep -n 'class="article-passage"' "$WORK/body" | head -1 | cut -d: -f1)
at_rest=$(grep -En 'class="(cited-articles|relations)"' "$WORK/body" | head -1 | cut -d: -f1)
[ -n "$at_clause" ] && [ -n "$at_rest" ] && [ "$at_clause" -lt "$at_rest" ] ||
	fail "the clause comes before the articles cited and the relations: lines ${at_clause:-none}, ${at_rest:-none}"
get '/api/cite/kho%E1%BA%A3n%203%20%C4%90i%E1%BB%81u%20105%20B%E1%BB%99%20lu%E1%BA%ADt%2045%2F2019%2FQH14'
expect_json '.cards[0] | [.number, .article.number, .article.clause, (.article_text | startswith("3. Người sử dụng")), .cited_articles]' '["45/2019/QH14","105","3",true,[{"article":"105","mentions":2}]]' "the API's card: the clause, its text and the articles cited, as cite --json"
get '/api/search?q=kho%E1%BA%A3n+3+%C4%90i%E1%BB%81u+105+B%E1%BB%99+lu%E1%BA%ADt+45%2F2019%2FQH14'
expect_json '.cards[0] | [.article.number, .article.clause]' '["105","3"]' "the search API's card: the clause"
# A short number nothing cites: how it was read, and a link to search its words.
get '/search?q=nghi+dinh+77'
expect_body '<p class="note uncited">«nghi dinh 77» được đọc là số hiệu văn bản \(Nghị định 77\) nhưng không văn bản nào trong chỉ mục trích dẫn số này\. Tìm các từ: <a href="/search\?q=nghi%20dinh%20%2277%22">nghi dinh &quot;77&quot;</a></p>' "the page says how a number nothing cites was read, and offers its words"
get '/search?q=nghi+dinh+77&lang=en'
expect_body 'is read as a document number \(Nghị định 77\) but no indexed document cites it\. Search the words:' "in English too"
get '/api/search?q=nghi+dinh+77'
expect_json '.uncited' '[{"typed":"nghi dinh 77","number":"Nghị định 77","words":"nghi dinh \"77\""}]' "the API says it too, as search --batch"
# A point (điểm) before a number, in words or as 35.1.a: that point, as
# cite and search show it, linked to its anchor.
get '/search?q=%C4%91i%E1%BB%83m%20b%20kho%E1%BA%A3n%201%20%C4%90i%E1%BB%81u%2035%20B%E1%BB%99%20lu%E1%BA%ADt%2045%2F2019%2FQH14'
expect_body "<h3><a href=\"/doc/$LID#dieu-35-khoan-1-diem-b\">Điều 35\. Quyền đơn phương chấm dứt hợp đồng lao động của người lao động \(khoản 1, điểm b\)</a></h3>" "the point, linked to its anchor"
expect_body '<p>b\) Ít nhất 30 ngày' "and its text"
expect_no_body '<p>a\) Ít nhất 45 ngày' "not the clause's other points"
get '/search?q=%22%C3%8Dt+nh%E1%BA%A5t+30+ng%C3%A0y%22'
expect_body "<p class=\"article\"><a href=\"/doc/$LID\\?q=[^\"#]*#dieu-35-khoan-1-diem-b\">Điều 35\. [^<]* \(khoản 1, điểm b\)</a></p>" "a result whose match lies in a point links to the point"
get '/cite/%C4%90i%E1%BB%81u%2035.1.a%20B%E1%BB%99%20lu%E1%BA%ADt%2045%2F2019%2FQH14'
expect_code 200 "the card page with a point as 35.1.a"
expect_body "<h3><a href=\"/doc/$LID#dieu-35-khoan-1-diem-a\">" "shows the point"
expect_no_body '<p>b\) Ít nhất 30 ngày' "and only it"
get '/api/cite/%C4%90i%E1%BB%81u%2035.1.a%20B%E1%BB%99%20lu%E1%BA%ADt%2045%2F2019%2FQH14'
expect_json '.cards[0] | [.article.number, .article.clause, .article.point, (.article_text | startswith("a) Ít nhất 45"))]' '["35","1","a",true]' "the API's card: the point and its text"
get '/api/search?q=%C4%91i%E1%BB%83m%20b%20kho%E1%BA%A3n%201%20%C4%90i%E1%BB%81u%2035%20B%E1%BB%99%20lu%E1%BA%ADt%2045%2F2019%2FQH14'
expect_json '.cards[0] | [.article.number, .article.clause, .article.point]' '["35","1","b"]' "the search API's card: the point"
get '/api/search?q=%C4%91i%E1%BB%83m+g+kho%E1%BA%A3n+1+%C4%90i%E1%BB%81u+35+B%E1%BB%99+lu%E1%BA%ADt+45%2F2019%2FQH14'
expect_json '.cards[0] | has("article")' 'false' "a point the clause lacks: no article"
get '/search?q=%C4%91i%E1%BB%83m+g+kho%E1%BA%A3n+1+%C4%90i%E1%BB%81u+35+B%E1%BB%99+lu%E1%BA%ADt+45%2F2019%2FQH14'
expect_body '<p class="note article-missing">no điểm g in khoản 1 Điều 35 \(its points: a to b\)</p>' "the page says what the clause lacks"
# A regulation's name nothing numbers: said so on the page, as cite says it
get '/cite/Lu%E1%BA%ADt%20Kh%C3%B4ng%20c%C3%B3'
expect_code 400 "a name nothing numbers is a bad request"
expect_body 'Luật Không có: tên một văn bản mà chỉ mục chưa cho số hiệu nào' "the page says it is a name with no number"
get '/cite/Lu%E1%BA%ADt%20Kh%C3%B4ng%20c%C3%B3?lang=en'
expect_body 'Luật Không có: a regulation.{1,6}s name that no letterhead, mention or title in the index gives a number' "in English too"
get '/cite/45%2F2019%2FQH14'
expect_body "<p class=\"cited-articles\">Các điều được trích dẫn: <a href=\"/doc/$LID#dieu-105\">Điều 105</a> <span class=\"count\">×2</span></p>" "the articles cited, linked to their anchors"
expect_body "<p class=\"article\"><a href=\"/doc/$LID#dieu-105-khoan-2\">khoản 2 Điều 105</a>" "a citing text's clause, linked"

# ---- status, effective date, relations (issue 19), and the in-force filter
get '/cite/45%2F2019%2FQH14'
expect_body '<dd class="effective">2021-01-01<br><q class="evidence">[^<]*Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021\.</q> <a class="evidence-doc" href="/doc/'"$LID"'\?at=[0-9]+#excerpt"[^>]*>' "the card: the effective date, its sentence and its document"
expect_body '<dd class="status" data-status="in force">còn hiệu lực từ 2021-01-01 · tính đến [0-9-]{10}</dd>' "the card: in force"
expect_body '<li class="relation" data-kind="repeals" data-direction="out">Bãi bỏ <a href="/cite/10%2F2012%2FQH13">10/2012/QH13</a><br><q class="evidence">Bộ luật Lao động số 10/2012/QH13 hết hiệu lực' "the card: what it repeals, with the sentence"
get '/cite/10%2F2012%2FQH13'
expect_code 200 "the repealed code's card"
expect_body '<dd class="status" data-status="repealed">đã bị bãi bỏ bởi <a href="/cite/45%2F2019%2FQH14">45/2019/QH14</a> từ 2021-01-01' "repealed, by what and from when"
expect_body '<li class="relation" data-kind="repeals" data-direction="in">Bị bãi bỏ bởi <a href="/cite/45%2F2019%2FQH14">45/2019/QH14</a> từ 2021-01-01<br><q class="evidence">[^<]*</q> <a class="evidence-doc" href="/doc/'"$LID"'\?at=' "the other direction, linked to the document saying so"
expect_body '<span class="own">Bộ luật <a href="/cite/45%2F2019%2FQH14">45/2019/QH14</a></span> · <span class="issuer">Quốc hội</span>' "a citing regulation says what it is, as a search result does"
get '/cite/10%2F2012%2FQH13?lang=en'
expect_body 'data-status="repealed">repealed by <a href="/cite/45%2F2019%2FQH14\?lang=en">45/2019/QH14</a> since 2021-01-01' "in English"
get "/doc/$LID"
expect_body '<dd class="status" data-status="in force">còn hiệu lực' "the document page: its status"
expect_body '<dd class="effective">2021-01-01' "its effective date"
expect_body '<li class="relation" data-kind="repeals" data-direction="out">' "its relations"
EV=$(sed -n 's/.*data-direction="out">Bãi bỏ.*<a class="evidence-doc" href="\([^"]*\)".*/\1/p' "$WORK/body" | head -n 1)
T_CHECKS=$((T_CHECKS + 1))
[ -n "$EV" ] || fail "the relation links to the document holding its sentence"
get "${EV:-/doc/0}"
expect_body '<p id="excerpt">2\. Bộ luật Lao động số 10/2012/QH13 hết hiệu lực|<p id="dieu-220-khoan-2"><span id="excerpt"></span>2\. Bộ luật Lao động số 10/2012/QH13' "the evidence link opens the document at the sentence"
get "/doc/$CID"
expect_no_body 'class="status"|class="relations"' "a text that is no regulation's has no standing"
get '/search?q=b%E1%BB%99+lu%E1%BA%ADt+lao+%C4%91%E1%BB%99ng'
ALL=$(sed -n 's/.*id="total">\([0-9]*\) kết quả.*/\1/p' "$WORK/body")
expect_body '<input type="checkbox" name="in-force" id="in-force" value="1">' "the in-force box, off"
get '/search?q=b%E1%BB%99+lu%E1%BA%ADt+lao+%C4%91%E1%BB%99ng&in-force=1'
expect_body '<input type="checkbox" name="in-force" id="in-force" value="1" checked>' "on"
INF=$(sed -n 's/.*id="total">\([0-9]*\) kết quả.*/\1/p' "$WORK/body")
T_CHECKS=$((T_CHECKS + 1))
[ "$INF" = 1 ] && [ "$ALL" -gt 1 ] || fail "in force only keeps the code in force: $ALL -> $INF"
expect_body "href=\"/doc/$LID\\?" "the code"
get '/api/search?q=b%E1%BB%99+lu%E1%BA%ADt+lao+%C4%91%E1%BB%99ng&in-force=1'
T_CHECKS=$((T_CHECKS + 1))
[ "$(json '[.total, .results[0].id] | @csv')" = "1,$LID" ] || fail "the API the same: $(head -c 300 "$WORK/body")"
get '/api/search?q=b%E1%BB%99+lu%E1%BA%ADt+lao+%C4%91%E1%BB%99ng&as-of=2020-06-01'
T_CHECKS=$((T_CHECKS + 1))
[ "$(json .total)" = 0 ] || fail "as of a day before its effective date, nothing in force: $(head -c 300 "$WORK/body")"
get '/api/search?q=b%E1%BB%99+lu%E1%BA%ADt&in-force=yes'
expect_code 400 "in-force takes 1"
get '/api/search?q=b%E1%BB%99+lu%E1%BA%ADt&status=sideways'
expect_code 400 "a status that is none"
expect_body 'is no status' "says why"

HID=$(curl -s -g "$B/api/search?q=li%C3%AAn+k%E1%BA%BFt+l%E1%BA%A1" | jq -r '.results[0].id')
get "/search?q=li%C3%AAn+k%E1%BA%BFt+l%E1%BA%A1"
expect_body '&lt;script&gt;alert\(&quot;h&quot;\)&lt;/script&gt;' "an HTML page's title as text in the results"
expect_no_body '<script>alert|<iframe' "no markup of the page in the results"
get "/doc/$HID"
expect_code 200 "the HTML page's document page"
expect_body '&lt;iframe src=javascript:alert\(4\)&gt;' "its text as text"
expect_no_body '<script>alert|<iframe|href="javascript:|onclick' "no markup, script or javascript: link of the page"
get "/search?q=%3Cscript%3Ealert(9)%3C%2Fscript%3E%22%3E"
expect_no_body '<script>alert\(9\)' "a query is escaped where the page repeats it"
expect_body 'value="&lt;script&gt;alert\(9\)&lt;/script&gt;&quot;&gt;"' "in the search box's value"
get "/api/doc/$ID"
expect_code 200 "the document by the API"
T_CHECKS=$((T_CHECKS + 1))
[ "$(json .title)" = '<script>alert("t")</script> Quy định "độc" <b onmouseover=x>' ] ||
	fail "the API gives the title as it is (JSON escapes it): $(json .title)"
T_CHECKS=$((T_CHECKS + 1))
grep -qi '^Content-Type: application/json' "$WORK/head" || fail "the API answers JSON"

# ---- cards
get '/cite/57-Q%C4%90%2FTW'
expect_code 200 "a card page"
expect_body 'class="card"' "the card"
expect_body '<mark>57-QĐ/TW</mark>' "the citing sentence with the number marked"
get '/cite/57%2Fqd-tw'
expect_code 200 "the card under another spelling"
get '/search?q=quy+dinh+57'
expect_body 'class="card"' "a number typed in a search shows its card"
get '/cite/hello'
expect_code 400 "not a number"
get '/cite/99-QĐ/TW'
expect_code 404 "a number nothing cites"

# ---- the API
get '/api/search?q=t%C3%B4+hi%E1%BB%87u&facets=1'
expect_code 200 "an API search"
T_CHECKS=$((T_CHECKS + 1))
[ "$(json '.total')" -ge 1 ] && [ "$(json '.results[0].id')" -ge 1 ] && [ "$(json '.facets.documents_counted')" -ge 1 ] ||
	fail "the search object: $(head -c 300 "$WORK/body")"
T_CHECKS=$((T_CHECKS + 1))
# The same object as the command line's --batch line.
"$TRACUU" search --db "$DB" --batch <<Q >"$WORK/batch" 2>/dev/null
tô hiệu
Q
[ "$(jq -c .results "$WORK/batch")" = "$(json '.results' | jq -c .)" ] || fail "the API's results are search --batch's"
# Asked again: the same answer (kept in the server's cache).
cp "$WORK/body" "$WORK/first"
get '/api/search?q=t%C3%B4+hi%E1%BB%87u&facets=1'
T_CHECKS=$((T_CHECKS + 1))
cmp -s "$WORK/first" "$WORK/body" || fail "the same search asked again gives the same answer"
get '/api/cite/57-Q%C4%90%2FTW'
expect_code 200 "an API card"
T_CHECKS=$((T_CHECKS + 1))
[ "$(json '.cards[0].number')" = "57-QĐ/TW" ] && [ "$(json '.cards[0].cited_in | length')" -ge 1 ] ||
	fail "the card object: $(head -c 300 "$WORK/body")"
# ---- citation export: on the card and the document, and by the API
get '/cite/57-Q%C4%90%2FTW'
expect_body '<div class="export">' "an export control on the card"
expect_body '@legislation\{' "the BibTeX entry to copy"
get '/api/cite/57-Q%C4%90%2FTW?format=csl-json'
expect_code 200 "CSL-JSON"
T_CHECKS=$((T_CHECKS + 1))
[ "$(json '.[0].type')" = legislation ] && [ "$(json '.[0].number')" = "57-QĐ/TW" ] ||
	fail "a CSL-JSON item jq parses: $(head -c 300 "$WORK/body")"
get '/api/cite/57-Q%C4%90%2FTW?format=bibtex&download=1'
expect_body '^@legislation\{' "BibTeX"
T_CHECKS=$((T_CHECKS + 1))
grep -qi '^Content-Disposition: attachment; filename="57-QD-TW.bib"' "$WORK/head" || fail "downloaded as a file: $(cat "$WORK/head")"
T_CHECKS=$((T_CHECKS + 1))
grep -qi '^Content-Type: application/x-bibtex; charset=utf-8' "$WORK/head" || fail "a downloaded BibTeX file says it is UTF-8: $(cat "$WORK/head")"
get '/api/cite/57-Q%C4%90%2FTW?format=ris'
expect_body '^TY  - STAT' "RIS"
get "/api/doc/$ID?format=bibtex"
expect_code 200 "a document's citation"
get "/doc/$ID"
expect_body '<div class="export">' "an export control on the document"
get '/api/cite/57-Q%C4%90%2FTW?format=word'
expect_code 400 "a format that is none"
get '/api/cite/nothing'
expect_code 400 "an API card for what is no number"
T_CHECKS=$((T_CHECKS + 1))
[ "$(json .found)" = false ] && [ "$(json .status)" = 400 ] && [ -n "$(json .error)" ] ||
	fail "found: false, and the status every API error says: $(cat "$WORK/body")"
get '/api/cite/99%2F2099%2FQH99'
expect_code 404 "an API card for a number cited nowhere"
T_CHECKS=$((T_CHECKS + 1))
[ "$(json .found)" = false ] && [ "$(json .status)" = 404 ] && [ "$(json .number)" = 99/2099/QH99 ] ||
	fail "found: false, the number, and the status: $(cat "$WORK/body")"
# A value that is not text: 400 naming the parameter and the byte offset,
# not a query cut at the NUL ("lao" alone) or "no words" (h11h).
get '/api/search?q=lao%00dong'
expect_code 400 "a NUL byte in q"
expect_json '{parameter,offset,status}' '{"parameter":"q","offset":3,"status":400}' "names where"
expect_body 'q: a NUL byte at byte offset 3' "and says it"
get '/api/search?q=%FF%FE'
expect_code 400 "q not UTF-8"
expect_json '{parameter,offset}' '{"parameter":"q","offset":0}' "names where"
expect_body 'q: not valid UTF-8 at byte offset 0' "not 'no words'"
get '/api/search?q=lao&issuer=B%E1%BB'
expect_code 400 "a filter not UTF-8"
expect_json '{parameter,offset}' '{"parameter":"issuer","offset":1}' "the filter named"
# The command line the same: a query, a --batch line, a number (h11h).
T_CHECKS=$((T_CHECKS + 1))
"$TRACUU" search --db "$DB" "$(printf 'lao\377')" 2>"$WORK/err" >/dev/null
[ $? = 2 ] && grep -q 'query: not valid UTF-8 at byte offset 3' "$WORK/err" ||
	fail "search of bytes that are not UTF-8: $(cat "$WORK/err")"
T_CHECKS=$((T_CHECKS + 1))
printf 'lao\377 dong\n' | "$TRACUU" search --db "$DB" --batch 2>/dev/null |
	jq -e 'select(.error == "not valid UTF-8 at byte offset 3: a query is text in UTF-8")' >/dev/null ||
	fail "a --batch line that is not UTF-8"
T_CHECKS=$((T_CHECKS + 1))
"$TRACUU" cite --db "$DB" "$(printf '57-Q\304\220/T\377')" 2>"$WORK/err" >/dev/null
grep -q 'not valid UTF-8 at byte offset 8' "$WORK/err" || fail "cite of bytes that are not UTF-8: $(cat "$WORK/err")"
# A phrase that stands only across punctuation: said, as search --batch says it.
get '/api/search?q=%22c%C3%A1c%20s%E1%BB%9F%20ng%C3%A0nh%20li%C3%AAn%22'
T_CHECKS=$((T_CHECKS + 1))
[ "$(json .total)" = 0 ] && [ "$(json .across_punctuation)" = 1 ] ||
	fail "across_punctuation in the API: $(cat "$WORK/body")"
get '/search?q=%22c%C3%A1c%20s%E1%BB%9F%20ng%C3%A0nh%20li%C3%AAn%22'
expect_body 'id="total">Không có văn bản nào có cụm từ này.*1 văn bản có nó với dấu câu' "and on the page"
get '/api/search?q=%22'
expect_code 400 "a query that cannot be read"
T_CHECKS=$((T_CHECKS + 1))
[ -n "$(json .error)" ] && [ "$(json .status)" = 400 ] || fail "a JSON error: $(cat "$WORK/body")"
get '/api/doc/9999'
expect_code 404 "no such document"
get '/api/stats'
expect_code 200 "stats"
T_CHECKS=$((T_CHECKS + 1))
[ "$(json .documents)" = 8 ] || fail "stats counts the documents: $(cat "$WORK/body")"
get '/api/nowhere'
expect_code 404 "no such API path"

# ---- limits and refusals; the server goes on after each
get "/api/search?q=$(head -c 2000 /dev/zero | tr '\0' a)"
expect_code 414 "a query too long"
get "/search?q=$(head -c 2000 /dev/zero | tr '\0' a)"
expect_code 414 "a query too long, as a page"
get '/api/search?q=x' -X POST -d 'q=x'
expect_code 405 "POST"
get '/api/search?q=x' -X GET -d 'q=x'
expect_code 413 "a GET with a body"
T_CHECKS=$((T_CHECKS + 1))
[ "$(curl -s -o /dev/null -o /dev/null -w '%{num_connects}' "$B/api/stats" "$B/api/stats" | tr -d '\n')" = 10 ] ||
	fail "connections are kept alive"
get '/assets/../../../etc/passwd' --path-as-is
expect_code 404 "no file outside the assets"
expect_no_body 'root:' "not /etc/passwd"
get '/assets/style.css'
expect_code 200 "the style sheet"
expect_body '@media print' "printable"
get '/assets/app.js'
expect_code 200 "the script"
get '/doc/..%2F..%2Fetc%2Fpasswd'
expect_code 404 "a document id is a number"
get '/api/stats'
expect_code 200 "the server still answers"

# ---- a newer index: a commit, then a compaction's new generation
get '/api/search?q=%22c%E1%BB%A5m+thi+%C4%91ua%22'
T_CHECKS=$((T_CHECKS + 1))
[ "$(json .total)" = 0 ] || fail "not there yet: $(json .total)"
run "$TRACUU" ingest --no-progress --no-compact --db "$DB" "$TRACUU_SRCDIR/corpus/seeds/004_cc89c4ef70d66a47.txt"
expect_rc 0 "an ingest beside the server"
get '/api/search?q=%22c%E1%BB%A5m+thi+%C4%91ua%22'
T_CHECKS=$((T_CHECKS + 1))
[ "$(json .total)" = 1 ] || fail "a committed document is found without a restart: $(head -c 200 "$WORK/body")"
run "$TRACUU" ingest --no-progress --compact --db "$DB" "$TRACUU_SRCDIR/corpus/seeds/003_ba266b507bcdfe8a.txt"
expect_rc 0 "an ingest that compacts"
T_CHECKS=$((T_CHECKS + 1))
[ -f "$DB/XAPIANDB" ] || fail "the index was compacted into a generation"
get '/api/stats'
T_CHECKS=$((T_CHECKS + 1))
[ "$(json .documents)" = 10 ] || fail "the new generation is read: $(cat "$WORK/body")"
# The index gone: 503 saying why; back: answers again.
mv "$DB" "$DB.away"
get '/api/stats'
expect_code 503 "the index cannot be opened"
T_CHECKS=$((T_CHECKS + 1))
[ -n "$(json .error)" ] || fail "says why"
T_CHECKS=$((T_CHECKS + 1))
grep -qi '^Retry-After: 5' "$WORK/head" || fail "a 503 says when to ask again: $(cat "$WORK/head")"
get '/search?q=x'
expect_code 503 "a page while the index cannot be opened"
mv "$DB.away" "$DB"
get '/api/stats'
expect_code 200 "the index back"
T_CHECKS=$((T_CHECKS + 1))
! grep -qi '^Retry-After:' "$WORK/head" || fail "a 200 has no Retry-After"

# ---- the log, and a clean stop
T_CHECKS=$((T_CHECKS + 1))
grep -Eq '^[0-9T:-]+Z 127\.0\.0\.1 GET /api/stats 200 [0-9]+ [0-9.]+$' "$WORK/access.log" ||
	fail "a log line per request: $(tail -n 3 "$WORK/access.log")"
kill -TERM "$SERVER"
wait "$SERVER"
RC=$?
SERVER=
T_CHECKS=$((T_CHECKS + 1))
[ "$RC" -eq 0 ] || fail "SIGTERM stops it cleanly: exit $RC"
T_CHECKS=$((T_CHECKS + 1))
grep -q 'stopping' "$WORK/serve.err" || fail "says it stops: $(cat "$WORK/serve.err")"

# ---- the address: not loopback says so; a bad one is refused
run "$TRACUU" serve --db "$DB" --listen nowhere:80
expect_rc 2 "a --listen that is no address"
run "$TRACUU" serve --db "$DB" --listen 127.0.0.1:99999
expect_rc 2 "a port out of range"
run "$TRACUU" serve --db "$WORK/none"
expect_rc 4 "no index there"
start_server --db "$DB" --listen 0.0.0.0:0
stop_server
T_CHECKS=$((T_CHECKS + 1))
grep -q 'reachable from other machines' "$WORK/serve.err" || fail "a non-loopback address is said"
# --open starts $BROWSER on the address; Ctrl-C (SIGINT) stops too.
printf '#!/bin/sh\necho "$1" > "%s"\n' "$WORK/opened" >"$WORK/browser"
chmod +x "$WORK/browser"
BROWSER="$WORK/browser" start_server --db "$DB" --open
i=0
while [ ! -s "$WORK/opened" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
T_CHECKS=$((T_CHECKS + 1))
[ "$(cat "$WORK/opened" 2>/dev/null)" = "$B/" ] || fail "--open opens the address: $(cat "$WORK/opened" 2>/dev/null)"
kill -INT "$SERVER"
wait "$SERVER"
RC=$?
SERVER=
T_CHECKS=$((T_CHECKS + 1))
[ "$RC" -eq 0 ] && grep -q 'stopping (Ctrl-C)' "$WORK/serve.err" || fail "SIGINT stops it: exit $RC, $(cat "$WORK/serve.err")"
# glibc's malloc is told to ask for huge pages for the server's heap (read by
# the program's loader, so set by `tracuu serve` before it runs tracuu-serve),
# beside the caller's own tunables; a caller's own setting of it is kept.
# (The loader ends each value it read with a NUL in the environment's first
# copy, the one /proc shows: the pieces after it are put back together.)
tunables() {
	tr '\000' '\n' <"/proc/$SERVER/environ" |
		awk '/^GLIBC_TUNABLES=/ { v = substr($0, 16); on = 1; next }
		     on && /^glibc\./ { v = v ":" $0; next }
		     { on = 0 }
		     END { print v }'
}
if [ -r "/proc/$$/environ" ]; then
	GLIBC_TUNABLES= start_server --db "$DB"
	T_CHECKS=$((T_CHECKS + 1))
	[ "$(tunables)" = "glibc.malloc.hugetlb=1" ] || fail "huge pages asked for: GLIBC_TUNABLES=$(tunables)"
	stop_server
	GLIBC_TUNABLES=glibc.malloc.perturb=0 start_server --db "$DB"
	T_CHECKS=$((T_CHECKS + 1))
	[ "$(tunables)" = "glibc.malloc.perturb=0:glibc.malloc.hugetlb=1" ] ||
		fail "the caller's tunables kept: GLIBC_TUNABLES=$(tunables)"
	stop_server
	GLIBC_TUNABLES=glibc.malloc.hugetlb=0 start_server --db "$DB"
	T_CHECKS=$((T_CHECKS + 1))
	[ "$(tunables)" = "glibc.malloc.hugetlb=0" ] || fail "the caller's hugetlb kept: GLIBC_TUNABLES=$(tunables)"
	stop_server
fi
finish
