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
# A circular citing the decree, whose source sorts before it.
printf 'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nSố: 5/2023/TT-BLĐTBXH\n\nHà Nội, ngày 2 tháng 3 năm 2023\n\nTHÔNG TƯ\n\nHướng dẫn Nghị định số 12/2022/NĐ-CP ngày 17 tháng 1 năm 2022 của Chính phủ.\n' >"$DOCS/a-tt-5.txt"
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

# ---- a number searched alone (h12f): every match scored 0 and came in its
# source's order, the decree's own text after the circular citing it.
get '/api/search?q=12%2F2022%2FN%C4%90-CP'
expect_code 200 "a number alone"
expect_json '[.results[]|{source:(.source|split("/")|last),score}]' \
	'[{"source":"nd-12.txt","score":1},{"source":"a-tt-5.txt","score":0}]' \
	"its own text first, scored 1; the text citing it 0"
T_CHECKS=$((T_CHECKS + 1))
[ "$("$TRACUU" search --db "$DB" --json 12/2022/NĐ-CP | jq -r .source | head -1)" = "$DOCS/nd-12.txt" ] ||
	fail "the command line the same: $("$TRACUU" search --db "$DB" --json 12/2022/NĐ-CP | jq -c '{source,score}')"
# ---- a filter given twice (h12f): either value, as `search --type TT
# --type NĐ`; only the first was read, and the page's links kept only it.
get '/api/search?q=n%C4%83m&type=TT&type=N%C4%90'
expect_code 200 "two types"
T_CHECKS=$((T_CHECKS + 1))
[ "$(json .total)" = "$("$TRACUU" search --db "$DB" --json --type TT --type NĐ năm | jq -s length)" ] && [ "$(json .total)" = 2 ] ||
	fail "type=TT&type=NĐ finds what --type TT --type NĐ does: $(json .total)"
get '/search?q=n%C4%83m&type=TT&type=N%C4%90'
expect_body '<input type="hidden" name="type" value="TT">' "the form keeps the first"
expect_body '<input type="hidden" name="type" value="NĐ">' "and the second"
# ---- a paging parameter refused (the lead, eleventh session): the message listed
# every limit ("page takes 1 to 1000, n (or limit) 1 to 100, offset …")
# whichever was wrong; it names the one refused and what it was given.
get '/api/search?q=n%C4%83m&n=abc'
expect_code 400 "n not a number"
expect_json '{error}' '{"error":"n takes a whole number from 1 to 100, not '"'abc'"'"}' "names n and its value"
get '/api/search?q=n%C4%83m&offset=-3'
expect_json '{error}' '{"error":"offset takes a whole number from 0 to 100000, not '"'-3'"'"}' "names offset"
get '/search?q=n%C4%83m&limit=%22%3Cb%3E'
expect_code 400 "limit refused on the page"
expect_body 'limit takes a whole number from 1 to 100, not &#39;&quot;&lt;b&gt;&#39;' "its value escaped"
finish
