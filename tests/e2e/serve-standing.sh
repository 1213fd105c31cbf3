# serve-standing.sh — /api/cite gives a card's standing as `cite --json` does (status, its
# relations with their sentences, as of as-of), and /api/search's cards their status, so a
# script asking the API whether a text is in force is not told less than the command line.
. "$TRACUU_SRCDIR/tests/lib.sh"
. "$TRACUU_SRCDIR/tests/serve-lib.sh"

# Thông tư 19/2022/TT-BKHĐT and the circular that replaces it, 03/2025/TT-BKHĐT
# (congbao-8chude/docs/uu_dai_dt): letterheads and closing articles, tests/fixtures/standing.
cp -R "$TRACUU_SRCDIR/tests/fixtures/standing" "$WORK/in"
DB="$WORK/db"
run "$TRACUU" ingest --quiet --no-progress --db "$DB" "$WORK/in"
expect_rc 0 "the two circulars are ingested"
start_server --db "$DB"

N='19%2F2022%2FTT-BKH%C4%90T'
get "/api/cite/$N?as-of=2026-01-01"
expect_code 200 "/api/cite of the replaced circular"
expect_json '.cards[0].status' '"replaced"' "the API says it was replaced"
expect_json '.cards[0].status_by' '"03/2025/TT-BKHĐT"' "and by which"
expect_json '.cards[0].status_since' '"2025-04-01"' "and from when"
expect_json '.cards[0].effective' '"2022-10-01"' "its own effective date"
expect_json '[.cards[0].relations[] | select(.kind == "replaces") | .evidence.sentence | test("thay thế Thông tư số 19/2022")] | any' 'true' \
	"the relation with the sentence that says so"
get "/api/cite/$N?as-of=2025-03-31"
expect_json '.cards[0].status' '"in force"' "the day before, it was in force"
get "/api/cite/$N?as-of=2025-02-30"
expect_code 400 "an as-of day February does not have"
expect_json '.error' "\"as-of takes a date (YYYY-MM-DD or 'ngày 1 tháng 7 năm 2019'), not '2025-02-30'\"" \
	"the API says which parameter and value"
get "/api/search?q=$N&as-of=2026-01-01"
expect_json '.cards[0].status' '"replaced"' "/api/search's card of the number says so too"
expect_json '.cards[0].status_by' '"03/2025/TT-BKHĐT"' "/api/search's card names the replacing text"
finish
