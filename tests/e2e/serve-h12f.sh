# serve-h12f.sh — what a lecturer and an operator tripped on in `tracuu serve` (docs/trust-sweep.md, "h12f sweep"): a path that is not text, totals said the same way on every page, number-only searches' order and score.
. "$TRACUU_SRCDIR/tests/lib.sh"
. "$TRACUU_SRCDIR/tests/serve-lib.sh"

DOCS="$WORK/docs"
mkdir -p "$DOCS"
cat >"$DOCS/nd-12.txt" <<'TXT'
CHÍNH PHỦ
-------

Số: 12/2022/NĐ-CP

Hà Nội, ngày 17 tháng 1 năm 2022

NGHỊ ĐỊNH

Quy định xử phạt vi phạm hành chính trong lĩnh vực lao động

Điều 1. Phạm vi điều chỉnh

Nghị định này quy định về hành vi vi phạm hành chính trong lĩnh vực lao động.
TXT
DB="$WORK/db"
run "$TRACUU" ingest --quiet --no-progress --db "$DB" "$DOCS"
expect_rc 0 "the decree is ingested"
start_server --db "$DB"

# ---- a path that is not text (h12f): a NUL byte cut it ("/doc/1%00abc"
# answered as /doc/1), bytes not UTF-8 were "no such document".
get '/doc/1'
expect_code 200 "the document"
get '/doc/1%00abc'
expect_code 400 "a NUL byte in the path"
expect_body 'the path holds a NUL byte \(%00\) at byte offset 6' "says what and where"
get '/api/doc/1%00'
expect_code 400 "a NUL byte in an API path"
expect_json '{status}' '{"status":400}' "the API's error"
expect_body 'NUL byte \(%00\) at byte offset 10' "says where"
get '/api/stats%00.json'
expect_code 400 "a NUL byte after a path that exists"
get '/api/doc/%FF1'
expect_code 400 "a path not UTF-8"
expect_body 'the path is not valid UTF-8 at byte offset 9' "says where"
get '/doc/1%2500'
expect_code 404 "an escaped percent sign is no NUL byte"

finish
