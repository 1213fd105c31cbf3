# serve-ingest.sh — wrk against `tracuu serve`'s /api/search while `tracuu ingest` adds files (and compacts): no failed request, and the new documents are found afterwards without a restart.
. "$TRACUU_SRCDIR/tests/lib.sh"
command -v wrk >/dev/null 2>&1 || { echo "wrk is missing (scripts/deps.sh installs it): skipped" >&2; exit 77; }
for tool in curl jq; do
	command -v $tool >/dev/null 2>&1 || { echo "$tool is missing: skipped" >&2; exit 77; }
done
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
NO_PROXY='*'; no_proxy='*'; export NO_PROXY no_proxy

DB="$WORK/db"
run "$TRACUU" ingest --db "$DB" --no-progress "$TRACUU_SRCDIR/corpus/seeds"
expect_rc 0 "the first index (the seeds)"

: >"$WORK/serve.out"
"$TRACUU" serve --db "$DB" --listen 127.0.0.1:0 >"$WORK/serve.out" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
B=""
i=0
while [ $i -lt 200 ] && kill -0 "$SERVER" 2>/dev/null; do
	B=$(grep -Eo 'http://127\.0\.0\.1:[0-9]+' "$WORK/serve.out" | head -n 1)
	[ -n "$B" ] && curl -sf "$B/api/stats" >/dev/null && break
	B=""
	sleep 0.05
	i=$((i + 1))
done
[ -n "$B" ] || { echo "FAIL: tracuu serve did not start: $(cat "$WORK/serve.out")" >&2; exit 1; }

# Found before the ingest: a seed; after it: a word of each file added.
found() { # query source-pattern: the API's results for the query name a source matching it
	curl -s "$B/api/search?q=$1" >"$WORK/out"
	grep -Eq -- "$2" "$WORK/out"
}
found 'T%C3%B4%20Hi%E1%BB%87u' '000_b59fb608fd294d74' && ok || fail "a seed is found before the ingest"
found 'b%E1%BA%A3o%20hi%E1%BB%83m%20x%C3%A3%20h%E1%BB%99i%20b%E1%BA%AFt%20bu%E1%BB%99c' 'nghi-dinh-158' &&
	fail "the file to add is found before it was added" || ok

# The requests: words of the seeds and of the files added, numbers, the stats and
# card look-ups, each its own URL; wrk repeats the list until the ingests are over
# (then SIGINT: it stops and reports).
cat > "$WORK/paths.txt" <<'P'
/api/search?q=T%C3%B4%20Hi%E1%BB%87u
/api/search?q=b%E1%BA%A3o%20hi%E1%BB%83m%20x%C3%A3%20h%E1%BB%99i
/api/search?q=57-Q%C4%90%2FTW
/api/search?q=quy%20dinh%2057
/api/search?q=b%C3%A1o%20ch%C3%AD&sort=date
/api/search?q=%22trang%20ch%E1%BB%A7%22
/api/search?q=c%C3%A1n%20b%E1%BB%99%20OR%20c%C3%B4ng%20ch%E1%BB%A9c
/api/search?q=th%C3%B4ng%20t%C6%B0%20-%20n%E1%BB%99i%20v%E1%BB%A5
/api/stats
/api/cite/57-NQ%2FTW
/
/search?q=metro
P
wrk -t 2 -c 8 -d 120s --timeout 10s -s "$TRACUU_SRCDIR/bench/wrk-paths.lua" "$B" -- "$WORK/paths.txt" 2 \
	>"$WORK/wrk.out" 2>&1 &
WRK=$!
sleep 1
# Three ingests while the requests run: one more file, a folder, then the Press Law
# with a compaction (the index moves to a new generation under the server).
run "$TRACUU" ingest --db "$DB" --no-progress --no-compact "$FIXTURES/legacy/utf8/nghi-dinh-158-2025.utf8.txt"
expect_rc 0 "an ingest while serving"
# Seen at once, by every request thread (each has its own handle on the index):
# the next requests, on new connections, all find it.
seen=0
for i in 1 2 3 4 5 6 7 8; do
	found 'b%E1%BA%A3o%20hi%E1%BB%83m%20x%C3%A3%20h%E1%BB%99i%20b%E1%BA%AFt%20bu%E1%BB%99c' 'nghi-dinh-158' &&
		seen=$((seen + 1))
done
[ $seen -eq 8 ] && ok || fail "right after the ingest, $seen of 8 searches found the new file"
run "$TRACUU" ingest --db "$DB" --no-progress "$FIXTURES/cite"
expect_rc 0 "a second ingest while serving"
run "$TRACUU" ingest --db "$DB" --no-progress --compact "$FIXTURES/formats/luat-bao-chi.txt"
expect_rc 0 "an ingest with a compaction while serving"
expect_out '^index compacted' "the compaction ran"
sleep 0.5
kill -INT "$WRK"
wait "$WRK"
W=$(sed -n 's/^wrk-json: //p' "$WORK/wrk.out")
[ -n "$W" ] || { echo "FAIL: wrk said: $(cat "$WORK/wrk.out")" >&2; exit 1; }
echo "wrk: $W"
echo "$W" | jq -e '.requests > 100' >/dev/null && ok || fail "wrk made too few requests: $W"
echo "$W" | jq -e '([.errors[]] | add) == 0' >/dev/null && ok ||
	fail "requests failed during the ingests (socket errors or non-2xx): $W"
echo "$W" | jq -e '.bad == 0' >/dev/null && ok ||
	fail "answers that were not 200 with JSON or HTML during the ingests: $W"
kill -0 "$SERVER" 2>/dev/null && ok || fail "the server died under the ingests"

# The new documents are found, by the same server.
found 'b%E1%BA%A3o%20hi%E1%BB%83m%20x%C3%A3%20h%E1%BB%99i%20b%E1%BA%AFt%20bu%E1%BB%99c' 'nghi-dinh-158' && ok ||
	fail "the file ingested while serving is not found: $(head -c 400 "$WORK/out")"
found '01%2F2025%2FTT-BNV' 'tt-01-2025-bnv' && ok ||
	fail "the folder ingested while serving is not found: $(head -c 400 "$WORK/out")"
found '%22trang%20ch%E1%BB%A7%22' 'luat-bao-chi' && ok ||
	fail "the file ingested with a compaction is not found: $(head -c 400 "$WORK/out")"
found 'T%C3%B4%20Hi%E1%BB%87u' '000_b59fb608fd294d74' && ok || fail "a seed is still found after the ingests"
curl -s "$B/api/stats" | jq -e '.documents == 10' >/dev/null && ok ||
	fail "the stats count the new documents: $(curl -s "$B/api/stats" | head -c 300)"
# The term counts each thread keeps for a version of the index (wrk asked for
# /api/stats at the versions between) are counted again for the last one: as
# `tracuu stats` counts them, on every thread (eight new connections).
"$TRACUU" stats --db "$DB" --json | jq -c '{terms, words}' >"$WORK/terms.cli"
same=0
for i in 1 2 3 4 5 6 7 8; do
	curl -s "$B/api/stats" | jq -c '{terms, words}' | cmp -s - "$WORK/terms.cli" && same=$((same + 1))
done
[ $same -eq 8 ] && ok ||
	fail "$same of 8 /api/stats gave the terms and words of the last version ($(cat "$WORK/terms.cli")): $(curl -s "$B/api/stats")"

kill -TERM "$SERVER"
wait "$SERVER"
rc=$?
[ $rc -eq 0 ] && ok || fail "tracuu serve stopped with status $rc on SIGTERM"
trap 'rm -rf "$WORK"' EXIT
finish
