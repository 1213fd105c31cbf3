# serve-today.sh — the server's answers are as of today: a card's status and the in-force
# filter asked again after midnight are the new day's, not the answer it kept yesterday for
# the same request on the same index (the answer cache is keyed by the day). The server runs
# under libfaketime (Debian `faketime`) with its clock read from a file the test moves on.
. "$TRACUU_SRCDIR/tests/lib.sh"
. "$TRACUU_SRCDIR/tests/serve-lib.sh"

FAKE=
for f in /usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1 \
	 /usr/lib/*/faketime/libfaketimeMT.so.1 /usr/lib/faketime/libfaketimeMT.so.1; do
	[ -f "$f" ] && { FAKE=$f; break; }
done
[ -n "$FAKE" ] || { echo "libfaketime (Debian faketime) is not installed: skipped" >&2; exit 77; }

# Thông tư 19/2022/TT-BKHĐT, replaced by 03/2025/TT-BKHĐT from 2025-04-01
# (congbao-8chude/docs/uu_dai_dt): letterheads and closing articles, tests/fixtures/standing.
cp -R "$TRACUU_SRCDIR/tests/fixtures/standing" "$WORK/in"
DB="$WORK/db"
run "$TRACUU" ingest --quiet --no-progress --db "$DB" "$WORK/in"
expect_rc 0 "the two circulars are ingested"

# The server's clock: the evening before the replacement takes effect, running on.
echo "@2025-03-31 23:59:00" >"$WORK/clock"
SERVE_WRAP="env LD_PRELOAD=$FAKE FAKETIME_TIMESTAMP_FILE=$WORK/clock FAKETIME_NO_CACHE=1
FAKETIME_DONT_FAKE_MONOTONIC=1 NO_FAKE_STAT=1 ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
start_server --db "$DB"

N='19%2F2022%2FTT-BKH%C4%90T'
get "/api/cite/$N"
expect_code 200 "/api/cite of the circular, the evening before"
expect_json '.cards[0].status' '"in force"' "the evening before, the API says it is in force"
expect_json '.cards[0].status_as_of' '"2025-03-31"' "as of the server's today"
get "/api/search?q=b%C3%A1o%20c%C3%A1o%20th%E1%BB%91ng%20k%C3%AA&in-force=1"
expect_code 200 "a search for texts in force, the evening before"
expect_json '[.results[].number]' '["19/2022/TT-BKHĐT"]' \
	"the evening before, the in-force filter keeps the old circular, not the one not yet in effect"

# Midnight passes (the index is the same): the same requests are the new day's answers.
echo "@2025-04-02 08:00:00" >"$WORK/clock"
get "/api/cite/$N"
expect_code 200 "/api/cite of the circular, two days on"
expect_json '.cards[0].status' '"replaced"' "after the day it was replaced, the API says so (not yesterday's kept answer)"
expect_json '.cards[0].status_as_of' '"2025-04-02"' "as of the new today"
get "/api/search?q=b%C3%A1o%20c%C3%A1o%20th%E1%BB%91ng%20k%C3%AA&in-force=1"
expect_json '[.results[].number]' '["03/2025/TT-BKHĐT"]' \
	"after the day, the in-force filter gives the new circular, not the replaced one"
stop_server
finish
