# browser.sh — `tracuu serve` in headless Chromium through WebDriver (tests/browser/test_pages.py), over a small index with a hostile document.
# Screenshots of every step are kept in $TRACUU_TMP/screenshots (build/tests/tmp/screenshots) to look at.
. "$TRACUU_SRCDIR/tests/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 is missing: skipped" >&2; exit 77; }
python3 -B -c "import sys; sys.path.insert(0, '$TRACUU_SRCDIR/tests/browser'); import webdriver; webdriver.find_chromium()" ||
	{ echo "no headless Chromium: skipped" >&2; exit 77; }
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
NO_PROXY='*'; no_proxy='*'; export NO_PROXY no_proxy

# Two hostile documents: a page whose title and text are markup (entities decoded to
# '<script>'… by the reader, real scripts and handlers beside them), and a text file
# of raw markup, a javascript: URL and control characters. Each script would set
# window.__pwned; the test checks it never is.
mkdir -p "$WORK/hostile"
cat > "$WORK/hostile/doc-hai.html" <<'HTML'
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Thử nghiệm độc hại &lt;script&gt;window.__pwned='title'&lt;/script&gt; "trích" 'dẫn'</title>
<script>window.__pwned = 'head';</script></head>
<body onload="window.__pwned='onload'">
<h1>Thử nghiệm độc hại &lt;img src=x onerror="window.__pwned='h1'"&gt;</h1>
<p>Văn bản thử nghiệm độc hại chứa &lt;script&gt;window.__pwned='text'&lt;/script&gt; và
&lt;a href="javascript:window.__pwned='link'"&gt;một liên kết&lt;/a&gt; để kiểm tra việc thoát ký tự.</p>
<p><img src="x" onerror="window.__pwned='img'"> Đoạn hai: <a href="javascript:window.__pwned='a'">bấm vào</a>
&lt;iframe src="javascript:window.__pwned='iframe'"&gt;&lt;/iframe&gt; "ngoặc kép" &amp; 'ngoặc đơn' &lt;/textarea&gt;&lt;/title&gt;.</p>
<script>window.__pwned = 'body';</script>
</body></html>
HTML
printf '%s\n' "<script>window.__pwned='txt-title'</script> Thử nghiệm độc hại văn bản thô" "" \
	"Nội dung thử nghiệm độc hại: <img src=x onerror=\"window.__pwned='txt-img'\"> và <svg onload=\"window.__pwned='svg'\"></svg>" \
	"Một đường dẫn javascript:window.__pwned='txt-url' và http://127.0.0.1/\"><script>window.__pwned='url'</script>" \
	"</div></pre></textarea><script>window.__pwned='close'</script> ký tự điều khiển: [$(printf '\001\002\007\033[31m\013\014')] hết." \
	"9. Hợp đồng làm chứng số… đã ký ngày ……./……/……tại…….. ……….. 10. Thông tin người làm chứng: - Địa chỉ:……………………………….………………............................. - Điện thoại: …" \
	> "$WORK/hostile/tho.txt"

DB="$WORK/db"
run "$TRACUU" ingest --db "$DB" --no-progress "$TRACUU_SRCDIR/corpus/seeds" "$FIXTURES/cite" \
	"$FIXTURES/legacy/utf8" "$FIXTURES/formats/luat-bao-chi.txt" "$WORK/hostile"
expect_rc 0 "the test's index"
expect_out '^14 added' "the fixtures and the hostile documents"

SHOTS="$TRACUU_TMP/screenshots"
rm -rf "$SHOTS"
TRACUU="$TRACUU" DB="$DB" WORK="$WORK" SHOTS="$SHOTS" python3 "$TRACUU_SRCDIR/tests/browser/test_pages.py"
rc=$?
[ $rc -eq 77 ] && exit 77
[ $rc -eq 0 ] && ok || fail "the browser walk (tests/browser/test_pages.py) failed"
finish
