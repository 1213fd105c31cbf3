#!/bin/sh
# replicas.sh — a writer's index replicated with xapian-replicate-server / xapian-replicate
# while it is ingested into and compacted (new generations: full copies): a reader of the
# replica always opens it and answers, and once caught up it answers as the master does;
# `tracuu serve` over the replica, started before, too (without a restart).
. "$TRACUU_SRCDIR/tests/lib.sh"
. "$TRACUU_SRCDIR/tests/xapian-servers.sh"
. "$TRACUU_SRCDIR/tests/serve-lib.sh"
trap 'stop_server; xs_stop_all; [ -n "${TRACUU_KEEP:-}" ] || rm -rf "$WORK"' EXIT
need_shared
command -v xapian-replicate >/dev/null 2>&1 || { echo "xapian-replicate not installed: skipped" >&2; exit 77; }
command -v jq >/dev/null 2>&1 || { echo "jq not installed: skipped" >&2; exit 77; }

# Changesets let the replica follow commits one by one; without them every update is a
# full copy.
XAPIAN_MAX_CHANGESETS=20; export XAPIAN_MAX_CHANGESETS
M="$WORK/masters/idx"
R="$WORK/replica"
mkdir -p "$WORK/masters"
ls "$TRACUU_SHARED/corpus/congbao-8chude/docs/hdld/"* | sort >"$WORK/files"
part() { sed -n "$1,$2p" "$WORK/files"; }

run "$TRACUU" ingest -q --no-compact --db "$M" $(part 1 12)
expect_rc 0 "first ingest into the master"
xs_replicate_server rs "$WORK/masters"
replicate_once() {
	xapian-replicate -h 127.0.0.1 -p "$rs_PORT" -m idx -o -r 0 -v "$R" >>"$WORK/once.log" 2>&1
}
replicate_once || fail "first replication: $(cat "$WORK/once.log")"
# A server over the replica, as a replica host runs it.
start_server --db "$R"
get /api/stats
expect_json .documents 12 "the server over the replica, at the start"

# Readers of the replica, all along.
: >"$WORK/counts"
(
	while [ ! -f "$WORK/stop" ]; do
		if "$TRACUU" stats --db "$R" --json >"$WORK/rs.out" 2>"$WORK/rs.err"; then
			jq .documents "$WORK/rs.out" >>"$WORK/counts"
		else
			echo "stats: $(cat "$WORK/rs.err")" >>"$WORK/reader.fail"
		fi
		"$TRACUU" search --db "$R" --json "hợp đồng lao động" >"$WORK/rq.out" 2>"$WORK/rq.err" ||
			echo "search: $(cat "$WORK/rq.err")" >>"$WORK/reader.fail"
	done
) &
reader=$!
# The replica follows, as a replica host's xapian-replicate would.
xapian-replicate -h 127.0.0.1 -p "$rs_PORT" -m idx -i 0 -r 0 -v "$R" >"$WORK/follow.log" 2>&1 &
follower=$!

# The master: batches (changesets), a compaction (a new generation: a full copy), more
# batches into that generation, another compaction.
"$TRACUU" ingest -q --no-compact --batch-size 2 --db "$M" $(part 13 22) || fail "ingest 2"
sleep 1
"$TRACUU" ingest -q --compact --db "$M" $(part 23 30) || fail "ingest 3 (compacting)"
[ -f "$M/XAPIANDB" ] || fail "the master was not compacted"
sleep 1
"$TRACUU" ingest -q --no-compact --batch-size 3 --db "$M" $(part 31 40) || fail "ingest 4"
sleep 1
"$TRACUU" ingest -q --compact --db "$M" $(part 41 46) || fail "ingest 5 (compacting)"
sleep 1.5

touch "$WORK/stop"
wait $reader
kill $follower 2>/dev/null
wait $follower 2>/dev/null
replicate_once || fail "last replication: $(tail -5 "$WORK/once.log")"

T_CHECKS=$((T_CHECKS + 1))
[ ! -s "$WORK/reader.fail" ] || fail "a reader of the replica failed: $(head -5 "$WORK/reader.fail")"
reads=$(wc -l <"$WORK/counts")
[ "$reads" -ge 5 ] || fail "only $reads reads of the replica"
# Documents only came in: a reader never saw the count go back (half an index).
sort -n -c "$WORK/counts" 2>/dev/null || fail "the replica's document count went back: $(tr '\n' ' ' <"$WORK/counts")"
copies=$(cat "$WORK/once.log" "$WORK/follow.log" | grep -o 'Update complete: [1-9][0-9]* copies' | wc -l)
[ "$copies" -ge 2 ] || fail "compactions sent no full copy ($copies): $(grep -h 'Update complete' "$WORK/once.log" "$WORK/follow.log" | sort | uniq -c)"
grep -q 'Update complete: 0 copies, [1-9]' "$WORK/once.log" "$WORK/follow.log" ||
	fail "no changeset was applied: $(grep -h 'Update complete' "$WORK/once.log" "$WORK/follow.log" | sort | uniq -c)"

# Caught up: the replica answers as the master, ids included (docids are kept).
for q in "hợp đồng lao động" "thử việc" "45/2019/QH14"; do
	"$TRACUU" search --db "$M" --json --facets "$q" >"$WORK/m.json" 2>&1
	"$TRACUU" search --db "$R" --json --facets "$q" >"$WORK/r.json" 2>&1
	T_CHECKS=$((T_CHECKS + 1))
	cmp -s "$WORK/m.json" "$WORK/r.json" || fail "replica differs for $q: $(diff "$WORK/m.json" "$WORK/r.json" | head -5)"
done
"$TRACUU" cite --db "$M" --json 45/2019/QH14 >"$WORK/m.json" 2>&1
"$TRACUU" cite --db "$R" --json 45/2019/QH14 >"$WORK/r.json" 2>&1
cmp -s "$WORK/m.json" "$WORK/r.json" || fail "replica's card differs: $(diff "$WORK/m.json" "$WORK/r.json" | head -5)"
[ "$("$TRACUU" stats --db "$R" --json | jq .documents)" = 46 ] || fail "the replica lacks documents"
# The server sees the replica caught up (xapian-replicate's stub opens with a comment; its
# copies are switched by it, and changesets applied in place), without a restart.
get /api/stats
expect_json .documents 46 "the server over the replica, caught up"
get "/api/search?q=45%2F2019%2FQH14"
T_CHECKS=$((T_CHECKS + 1))
[ "$(json .total)" = "$(printf '45/2019/QH14\n' | "$TRACUU" search --db "$M" --batch --json | jq .total)" ] ||
	fail "the server over the replica answers as the master: $(head -c 300 "$WORK/body")"
stop_server
# Its size is its copy's (replica_N, named by xapian-replicate's stub), not the stub's bytes.
mb=$("$TRACUU" stats --db "$M" --json | jq .disk_bytes)
rb=$("$TRACUU" stats --db "$R" --json | jq .disk_bytes)
T_CHECKS=$((T_CHECKS + 1))
[ "$rb" -ge $((mb / 2)) ] && [ "$rb" -le $((mb * 2)) ] || fail "the replica's size: $rb bytes, the master's $mb"

# A replica is read-only: tracuu refuses to write into it.
run "$TRACUU" ingest -q --db "$R" $(part 47 47)
expect_rc 4 "ingest into a replica"
expect_err "replica kept by xapian-replicate is read-only" "ingest into a replica: why"

[ $T_FAILED -eq 0 ] || exit 1
echo "replicas: $T_CHECKS checks, $reads reads of the replica, $copies full copies, in $(($(date +%s) - T_START)) s"
