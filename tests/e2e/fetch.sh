# fetch.sh — web ingest against a local server on 127.0.0.1: encodings, article extraction, every failure reason, --update, robots.txt.
. "$TRACUU_SRCDIR/tests/lib.sh"
DOCROOT="$WORK/docroot"
mkdir -p "$DOCROOT"
cp -R "$FIXTURES/web/." "$DOCROOT/"
chmod -R u+w "$DOCROOT"
# Fixed dates, so Last-Modified changes exactly when the test changes a file.
find "$DOCROOT" -type f -exec touch -d '2024-01-01 00:00:00 UTC' {} +
need_testserver "$DOCROOT"
LOG=$SERVER_LOG
# Short timeouts, no politeness delay: the whole script runs in seconds.
FAST="--no-progress --timeout 1 --connect-timeout 2 --retries 1 --delay 0 --parallel 8"
ingest() { run "$TRACUU" ingest $FAST "$@"; }
# Requests matching $1 since the last mark.
MARK=0
mark() { MARK=$(wc -l < "$LOG"); }
requests() { tail -n +$((MARK + 1)) "$LOG" | grep -c -- "$1" || true; }

# ---- 1. Encodings: each page has no charset anywhere unless the name says so.
for enc in cp1258 tcvn3 vni viscii tcvn5712 utf8 cp1258-meta; do
	DB="$WORK/enc-$enc.db"
	ingest --db "$DB" "$B/f/enc-$enc.html"
	expect_rc 0 "$enc page ingested"
	expect_out '^1 added, 0 replaced, 0 unchanged, 0 skipped, 0 failed$' "$enc summary"
	run "$TRACUU" search --db "$DB" 'đoàn tàu'
	expect_rc 0 "$enc page found by an accented query"
	run "$TRACUU" search --db "$DB" 'doan tau'
	expect_rc 0 "$enc page found by an unaccented query"
	run "$TRACUU" show --db "$DB" --json 1
	expect_out 'Tuyến metro số 1 đang \\"tăng tốc\\"' "$enc page decoded to the right Vietnamese"
	expect_no_out 'Nhadatvip|Thachsanhcorp|Xổ số' "$enc page without its clutter"
done
DB="$WORK/enc-http.db"
ingest --db "$DB" "$B/f/enc-cp1258.html?charset=windows-1258"
expect_rc 0 "a cp1258 page with an HTTP charset"
run "$TRACUU" search --db "$DB" 'Bến Thành'
expect_rc 0 "a declared cp1258 page is searchable"

# ---- 2. The article alone: not the menu, ads, counters, lists or footer.
DB="$WORK/article.db"
ingest --db "$DB" "$B/f/tin-khac.html"
expect_rc 0 "the news page"
for w in 'Tô Lâm' 'to lam' 'quán triệt' 'Phiên họp' 'Hoàng Tùng'; do
	run "$TRACUU" search --db "$DB" "$w"
	expect_rc 0 "'$w' (article text) is found"
done
for w in Thachsanhcorp '"Xổ số"' Nhadatvip '"thủy sản"' Olympic '"bóng đá"' '"Ngư dân"' \
	'"Lượt xem"' '"Đang online"' '"Cơ quan chủ quản"' '"image advertisement"' \
	'"Gửi bình luận"' '"Đường dây nóng"' '"Tin khác"' '"Tin đọc nhiều"'; do
	run "$TRACUU" search --db "$DB" "$w"
	expect_rc 1 "'$w' (page furniture) is not indexed"
done
run "$TRACUU" show --db "$DB" --json 1
expect_out '"title":"Phiên họp thứ nhất Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"' "og:title, without the site's name"
expect_out '"date":"2025-01-20"' "article:published_time"
expect_out '"source":"http://127.0.0.1:[0-9]+/f/tin-khac.html"' "the URL is the source"
# Titles and dates from the other places pages keep them.
DB="$WORK/meta.db"
ingest --db "$DB" "$B/f/bai-3.html" "$B/f/bai-4.html" "$B/f/bai-2.html"
expect_out '^3 added' "three more pages"
for id in 1 2 3; do
	run "$TRACUU" show --db "$DB" --json $id
	case "$OUT" in
	*bai-3.html*)
		expect_out '"date":"2023-01-27"' "a date labelled in the text (Ngày đăng)"
		expect_out '"title":"Chính phủ ban hành Nghị định 150/2025' "the h1 without og:title" ;;
	*bai-4.html*)
		expect_out '"date":"2025-06-19"' "JSON-LD datePublished" ;;
	*bai-2.html*)
		expect_no_out 'Thachsanhcorp|Xổ số|Olympic|Đường dây nóng' "HTML5 nav/aside/footer left out" ;;
	esac
done
# A page saved as text: the same clean-up, line by line.
DB="$WORK/text.db"
ingest --db "$DB" "$B/f/saved-page.txt"
expect_rc 0 "a text page"
run "$TRACUU" show --db "$DB" --json 1
expect_out 'phân bổ ít nhất 3% tổng chi ngân sách' "the text page's article is kept"
expect_no_out 'image advertisement|Đang online|Cơ quan quản lý|Thachsanhcorp|Tin khác|Print' "its clutter is not"
expect_out '"title":"Phiên họp thứ hai' "a dateline is not the title"

# ---- 3. A list where some fail: the good ones go in, every failure named.
cat > "$WORK/list.txt" <<EOF
# pages for the failure test
$B/f/bai-1.html
   $B/gzip/bai-2.html

# a 500 that works the second time, and three redirects
$B/flaky/first/bai-3.html
$B/redirect/3/bai-4.html
$B/status/404
$B/loop/a
$B/slow/4/bai-5.html
$B/redirect/9/bai-5.html
$B/big/3000000
$B/bigchunked/3000000
$B/always503
$B/private/secret.html
$B/ftp-redirect
EOF
T0=$(date +%s)
mark
ingest --db "$WORK/list.db" --max-size 1M @"$WORK/list.txt"
T1=$(date +%s)
expect_rc 5 "downloads failed, nothing else did"
expect_out '^4 added, 0 replaced, 0 unchanged, 0 skipped, 9 failed$' "the good pages went in"
expect_err "^tracuu: $B/status/404: HTTP 404 Not Found$" "404"
expect_err "^tracuu: $B/loop/a: redirect loop \\(back to $B/loop/a\\)$" "redirect loop"
expect_err "^tracuu: $B/slow/4/bai-5.html: timed out after 1 s \\(2 attempts\\)$" "timeout, retried"
expect_err "^tracuu: $B/redirect/9/bai-5.html: too many redirects \\(more than 5\\)$" "redirect limit"
expect_err "^tracuu: $B/big/3000000: body larger than 1 MiB$" "size limit (Content-Length)"
expect_err "^tracuu: $B/bigchunked/3000000: body larger than 1 MiB$" "size limit (chunked)"
expect_err "^tracuu: $B/always503: HTTP 503 Service Unavailable \\(2 attempts\\)$" "503, retried"
expect_err "^tracuu: $B/private/secret.html: robots.txt disallows this URL$" "robots.txt"
expect_err "^tracuu: $B/ftp-redirect: redirected to ftp://127.0.0.1/pub/file.txt: only http and https" "redirect to ftp"
[ $((T1 - T0)) -le 8 ] || fail "the failing list took $((T1 - T0)) s"
ok
[ "$(requests 'GET /flaky/first/')" = 2 ] || fail "the 500 was retried once: $(requests 'GET /flaky/first/') requests"
ok
[ "$(requests 'GET /robots.txt')" = 1 ] || fail "robots.txt fetched once: $(requests 'GET /robots.txt') times"
ok
[ "$(requests 'GET /gzip/bai-2.html .*ae=.*gzip')" = 1 ] || fail "gzip not offered"
ok
[ "$(requests 'ua=tracuu/')" -ge 13 ] || fail "not every request says it is tracuu"
ok
[ "$(requests 'GET /private/secret.html')" = 0 ] || fail "a page robots.txt disallows was fetched"
ok
for w in 'giả danh lực lượng' 'Bộ Xây dựng' 'Giám đốc sở' 'quân hàm'; do
	run "$TRACUU" search --db "$WORK/list.db" "$w"
	expect_rc 0 "'$w' from a good page of the list"
done
run "$TRACUU" search --db "$WORK/list.db" --json 'quân hàm'
expect_out "\"source\":\"$B/redirect/3/bai-4.html\"" "a redirected page is stored under the URL asked for"

# robots.txt: our group's Allow gets through; --ignore-robots overrides.
ingest --db "$WORK/robots.db" "$B/private/open.html" "$B/private/secret.html"
expect_rc 5 "robots.txt"
expect_out '^1 added' "an allowed page in a disallowed folder"
ingest --db "$WORK/robots.db" --ignore-robots "$B/private/secret.html"
expect_rc 0 "--ignore-robots"
expect_out '^1 added' "--ignore-robots fetched it"

# ---- 4. Schemes other than http and https are refused before any request.
mark
ingest --db "$WORK/scheme.db" ftp://127.0.0.1/pub/file.txt file:///etc/hostname "$B/f/bai-5.html" \
	"$FIXTURES/ingest/good.txt"
expect_rc 3 "refused schemes are an input failure (3 wins over 5)"
expect_out '^2 added, 0 replaced, 0 unchanged, 0 skipped, 2 failed$' "the http page and the file went in"
expect_err "^tracuu: ftp://127.0.0.1/pub/file.txt: only http and https URLs are supported, not ftp$" "ftp refused"
expect_err "^tracuu: file:///etc/hostname: only http and https URLs are supported, not file$" "file refused"
[ "$(requests 'pub/file\|hostname')" = 0 ] || fail "a refused URL reached the server"
ok
[ "$(requests 'GET')" = 2 ] || fail "requests besides the page and robots.txt: $(requests GET)"
ok
run "$TRACUU" ingest --db "$WORK/scheme.db" --timeout soon "$B/f/bai-5.html"
expect_rc 2 "a bad --timeout"
expect_err "--timeout needs a number of seconds, not 'soon'" "--timeout explained"

# ---- 5. --update: conditional requests; unchanged pages cost nothing.
DB="$WORK/update.db"
ingest --db "$DB" "$B/etag/bai-1.html" "$B/lm/bai-2.html" "$B/f/bai-3.html" "$FIXTURES/ingest/good.txt"
expect_out '^4 added' "pages with an ETag, a Last-Modified, neither, and a file"
mark
ingest --db "$DB" --update
expect_rc 0 "--update"
expect_out '^0 added, 0 replaced, 3 unchanged, 0 skipped, 0 failed$' "--update over unchanged pages"
expect_out '^update: 3 pages checked, nothing re-indexed \(2 not modified, 1 with the same text\)$' "--update says so"
[ "$(requests 'GET /etag/bai-1.html inm="')" = 1 ] || fail "no If-None-Match sent"
ok
[ "$(requests 'GET /lm/bai-2.html inm=- ims=Mon, 01 Jan 2024 00:00:00 GMT')" = 1 ] ||
	fail "no If-Modified-Since sent"
ok
# Change two pages: they, and only they, are replaced.
sed -i 's|<p style="text-align:right">|<p>Bổ sung: quy định mới về kiểm toán viên độc lập.</p>&|' \
	"$DOCROOT/bai-1.html" "$DOCROOT/bai-3.html"
ingest --db "$DB" --update
expect_out '^0 added, 2 replaced, 1 unchanged, 0 skipped, 0 failed$' "changed pages replaced"
expect_out '^update: 3 pages checked, 2 re-indexed \(1 not modified\)$' "--update counts them"
run "$TRACUU" search --db "$DB" 'kiểm toán viên'
expect_out 'etag/bai-1.html' "the new text is searchable"
expect_out 'f/bai-3.html' "the new text of the page without validators too"
touch -d '2024-06-01 00:00:00 UTC' "$DOCROOT/bai-2.html"
ingest --db "$DB" --update
expect_out '^0 added, 0 replaced, 3 unchanged' "a new Last-Modified with the same text"
ingest --db "$DB" --update
expect_out '^update: 3 pages checked, nothing re-indexed \(2 not modified' "the new Last-Modified was stored"
mark
ingest --db "$DB" --update --force
expect_out '^0 added, 0 replaced, 3 unchanged' "--force fetches in full, changes nothing"
[ "$(requests 'inm="')" = 0 ] || fail "--force sent If-None-Match"
ok

finish
