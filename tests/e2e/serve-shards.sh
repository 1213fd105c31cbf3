#!/bin/sh
# serve-shards.sh — `tracuu serve` over a stub naming a remote shard (xapian-tcpsrv): documents ingested into the shards meanwhile are found by a search asked before (no stale answer kept), while the shard is down every answer is a 503 naming it, and once it is back (same port) every request thread answers again, without a restart of the server; with --partial, the answers come from the other shard meanwhile, saying so (JSON "partial", the page's notice), and are whole again once it is back.
. "$TRACUU_SRCDIR/tests/lib.sh"
. "$TRACUU_SRCDIR/tests/xapian-servers.sh"
. "$TRACUU_SRCDIR/tests/serve-lib.sh"
trap 'stop_server; xs_stop_all; rm -rf "$WORK"' EXIT
command -v stdbuf >/dev/null 2>&1 || { echo "stdbuf is missing: skipped" >&2; exit 77; }
cd "$WORK" || exit 1

printf 'auto a.db\nauto b.db\n' >write.stub
run "$TRACUU" ingest --shards write.stub --no-progress "$TRACUU_SRCDIR/corpus/seeds" "$FIXTURES/cite"
expect_rc 0 "two local shards"
xs_tcpsrv b "$WORK/b.db"
printf 'auto a.db\nremote 127.0.0.1:%s\n' "$b_PORT" >read.stub
run "$TRACUU" stats --db read.stub --json
expect_rc 0 "the stub, one shard remote"
docs=$(jq .documents "$WORK/out")

# hit TAG PATH: 32 requests, 8 at a time (every request thread gets some), PATH with
# &k=TAG-N (no two alike: none answered from the server's cache); "CODE COUNT" lines.
hit() {
	seq 1 32 | xargs -P 8 -I '{}' curl -s -g -o /dev/null -w '%{http_code}\n' "$B$2&k=$1-{}" |
		sort | uniq -c | awk '{ print $2, $1 }' >"$WORK/codes"
}
expect_codes() { # CODE what
	T_CHECKS=$((T_CHECKS + 1))
	[ "$(cat "$WORK/codes")" = "$1 32" ] || fail "$2: $(tr '\n' ' ' <"$WORK/codes")"
}
start_server --db read.stub --threads 4
hit up "/api/search?q=ban+b%C3%AD+th%C6%B0"
expect_codes 200 "searches while both shards are up"
hit stats "/api/stats?x=1"
expect_codes 200 "stats while both shards are up"

# A search asked again after an ingest into the shards: the new documents, not the
# answer of before (a stub has no version file to tell a newer index by).
get "/api/search?q=%22lu%E1%BA%ADt+b%C3%A1o+ch%C3%AD%22"
expect_code 200 "a search before the ingest"
before=$(jq .total "$WORK/body")
run "$TRACUU" ingest --shards write.stub --no-progress "$FIXTURES/formats/luat-bao-chi.txt"
expect_rc 0 "one more document into the shards"
get "/api/search?q=%22lu%E1%BA%ADt+b%C3%A1o+ch%C3%AD%22"
T_CHECKS=$((T_CHECKS + 1))
[ "$(jq .total "$WORK/body")" -gt "$before" ] ||
	fail "the same search after the ingest: total $(jq .total "$WORK/body"), before $before"
docs=$((docs + 1))

xs_kill "$b_PID"
hit down "/api/search?q=ban+b%C3%AD+th%C6%B0"
expect_codes 503 "searches while the remote shard is down"
get "/api/search?q=quy+dinh+57"
expect_code 503 "a search, the remote shard down"
expect_body "shard tcp://127\\.0\\.0\\.1:$b_PORT" "the 503 names the shard that is down"
get "/search?q=quy+dinh+57"
expect_code 503 "the search page, the remote shard down"

# The shard back on its port: the threads' old connections are dead, their handles open
# the index again.
(exec setsid stdbuf -oL xapian-tcpsrv --interface 127.0.0.1 --port "$b_PORT" "$WORK/b.db" \
	>"$WORK/b2.log" 2>&1 </dev/null) &
b2=$!
XS_PIDS="$XS_PIDS $b2"
i=0
while ! grep -q Listening "$WORK/b2.log" && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
grep -q Listening "$WORK/b2.log" || { fail "xapian-tcpsrv did not listen again on $b_PORT: $(cat "$WORK/b2.log")"; finish; exit 1; }
hit back "/api/search?q=ban+b%C3%AD+th%C6%B0"
expect_codes 200 "searches once the shard is back"
hit back "/api/stats?x=1"
expect_codes 200 "stats once the shard is back"
get "/api/stats"
T_CHECKS=$((T_CHECKS + 1))
[ "$(jq .documents "$WORK/body")" = "$docs" ] || fail "stats once the shard is back: $(head -c 300 "$WORK/body")"
get "/search?q=quy+dinh+57"
expect_code 200 "the search page once the shard is back"
expect_body '57-QĐ/TW' "the card, the shard back"
stop_server

# --partial: the shard down is left out, and said to be.
start_server --db read.stub --threads 4 --partial
get "/api/search?q=ban+b%C3%AD+th%C6%B0"
expect_code 200 "--partial, both shards up"
T_CHECKS=$((T_CHECKS + 1))
[ "$(jq .partial "$WORK/body")" = null ] || fail "--partial, both up: marked partial"
whole=$(jq .total "$WORK/body")
xs_kill "$b2"
hit partial "/api/search?q=ban+b%C3%AD+th%C6%B0"
expect_codes 200 "--partial: searches while the remote shard is down"
get "/api/search?q=ban+b%C3%AD+th%C6%B0&n=3"
expect_code 200 "--partial: a search, the shard down"
T_CHECKS=$((T_CHECKS + 1))
[ "$(jq -c '[.partial, .shards_down]' "$WORK/body")" = "[true,[\"tcp://127.0.0.1:$b_PORT\"]]" ] &&
	[ "$(jq .total "$WORK/body")" -lt "$whole" ] ||
	fail "--partial: the answer names the shard down and counts the others' only: $(head -c 300 "$WORK/body")"
get "/api/stats"
expect_body '"partial":true,"shards_down":\["tcp://127\.0\.0\.1:'"$b_PORT"'"\]\}' "--partial: stats say so"
get "/search?q=ban+b%C3%AD+th%C6%B0"
expect_code 200 "--partial: the search page, the shard down"
expect_body "<p class=\"partial\" role=\"status\">[^<]*tcp://127\.0\.0\.1:$b_PORT" "--partial: the page says which shard is down"
# Back: each thread tries it again after a while (10 s); polled until then, at most 60 s.
(exec setsid stdbuf -oL xapian-tcpsrv --interface 127.0.0.1 --port "$b_PORT" "$WORK/b.db" \
	>"$WORK/b3.log" 2>&1 </dev/null) &
XS_PIDS="$XS_PIDS $!"
i=0
while [ $i -lt 120 ]; do
	hit "whole$i" "/api/search?q=ban+b%C3%AD+th%C6%B0"
	seq 1 8 | xargs -P 4 -I '{}' curl -s -g "$B/api/search?q=ban+b%C3%AD+th%C6%B0&n=2&w=$i-{}" |
		jq -r '.partial' | sort -u >"$WORK/marks"
	[ "$(cat "$WORK/marks")" = null ] && break
	sleep 0.5
	i=$((i + 1))
done
T_CHECKS=$((T_CHECKS + 1))
[ "$(cat "$WORK/marks")" = null ] || fail "--partial: still partial a minute after the shard is back"
get "/search?q=ban+b%C3%AD+th%C6%B0&again=1"
expect_no_body 'class="partial"' "--partial: no notice once the shard is back"
finish
