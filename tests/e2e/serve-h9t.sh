# serve-h9t.sh — a regulation without a number (the Constitution) says its type and issuing body on `tracuu serve`'s result list and document page, as `search` and `show` do (docs/trust-sweep.md, "h9t sweep", row 1).
. "$TRACUU_SRCDIR/tests/lib.sh"
. "$TRACUU_SRCDIR/tests/serve-lib.sh"

# uts-vlc-laws docs/hien-phap.txt, its letterhead, heading and first article.
DOCS="$WORK/docs"
mkdir -p "$DOCS"
# The same cut as tests/golden/sweep-h9t.t's, read from there.
sed -n '/<file name="in\/uts\/hien-phap.txt">/,/<\/file>/p' "$TRACUU_SRCDIR/tests/golden/sweep-h9t.t" |
	sed '1d;$d' >"$DOCS/hien-phap.txt"
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
