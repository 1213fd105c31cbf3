#!/bin/sh
# shards.sh — an index split over shards (local folders, xapian-tcpsrv remotes, both) answers as one
# index holding the same documents: search (totals, facets), cite cards, show; ids interleave as
# documented; re-ingesting replaces on the shard that holds a source; a shard down is named and
# --partial answers from the rest; a writer killed on one shard leaves the index whole.
. "$TRACUU_SRCDIR/tests/lib.sh"
. "$TRACUU_SRCDIR/tests/xapian-servers.sh"
need_shared
command -v jq >/dev/null 2>&1 || { echo "jq not installed: skipped" >&2; exit 77; }

C="$WORK/corpus"
mkdir -p "$C"
cp -r "$TRACUU_SHARED/corpus/congbao-8chude/docs/hdld" "$C/hdld"
cp -r "$TRACUU_SHARED/corpus/party-docs-nq57/docs" "$C/nq57"
# Four words that all join, whose pairs a law holds apart ("nội dung", "đúng thủ", "thu thập"
# in the Civil Procedure Code) and a circular holds as the phrase: the phrase's bonus only
# where it stands, alike over shards (Xapian left a FILTER's phrase unchecked there).
cp "$TRACUU_SHARED/corpus/uts-vlc-laws/docs/bo-luat-to-tung-dan-su.txt" "$C/"
cp "$TRACUU_SHARED/corpus/congbao-8chude/docs/hd_khoan/thong-tu-so-01-2022-tt-bldtbxh-36838.txt" "$C/"
# The same text under other names: one index keeps the first (input order); so must shards.
for n in 1 2 3; do cp "$C/nq57/57-NQ-TW_document-layout.md" "$C/hdld/copy-$n.md"; done
cd "$WORK" || exit 1

# Remote shards: xapian-tcpsrv --writable over empty folders.
for s in r1 r2 m2 m4; do
	mkdir -p "$WORK/$s.db"
	xs_tcpsrv "$s" "$WORK/$s.db" --writable
done
printf 'auto l1.db\nauto l2.db\n' >local2.stub
printf '# two remote shards\nremote 127.0.0.1:%s\ntcp 127.0.0.1 %s\n' "$r1_PORT" "$r2_PORT" >remote2.stub
printf 'auto m1.db\nremote 127.0.0.1:%s\nauto m3.db\nremote 127.0.0.1:%s\n' "$m2_PORT" "$m4_PORT" >mixed4.stub

run "$TRACUU" ingest -q --db one.db "$C"
expect_rc 0 "ingest into one index"
for stub in local2 remote2 mixed4; do
	run "$TRACUU" ingest --shards $stub.stub "$C"
	expect_rc 0 "ingest --shards $stub"
	grep -q "^shards: [0-9]* duplicates\? removed" "$WORK/out" || dups_missing="$dups_missing $stub"
done
# The copies land on other shards than their original in some layout (else this test
# tests nothing).
[ "$dups_missing" != " local2 remote2 mixed4" ] || fail "no layout put a copy on another shard"
ndocs=$("$TRACUU" stats --db one.db --json | jq .documents)
[ "$ndocs" -gt 50 ] || fail "one index holds $ndocs documents"
for stub in local2 remote2 mixed4; do
	run "$TRACUU" stats --db $stub.stub --json
	expect_rc 0 "stats over $stub"
	[ "$(jq .documents "$WORK/out")" = "$ndocs" ] || fail "$stub holds $(jq .documents "$WORK/out") documents, one index $ndocs"
	# Every shard got some: the hash spreads them.
	[ "$(jq '[.shards[] | select(.documents == 0)] | length' "$WORK/out")" = 0 ] ||
		fail "$stub: a shard got no documents: $(cat "$WORK/out")"
done

# JSON Lines compared: ids (docids) differ by layout; everything else, orders included
# (results of equal score, citing documents of one date, a card's relations: their ties
# go by source, SLOT_ORDER, not by docid), must be the same.
NORM='map(walk(if type == "object" then del(.id) else . end))'
same() { # what command options…
	_what=$1; _cmd=$2; shift 2
	"$TRACUU" "$_cmd" --db one.db "$@" >"$WORK/a.raw" 2>"$WORK/a.err"
	_rc=$?
	jq -S -s "$NORM" "$WORK/a.raw" >"$WORK/a.json" || fail "$_what: one index gave no JSON"
	for stub in local2 remote2 mixed4; do
		"$TRACUU" "$_cmd" --db $stub.stub "$@" >"$WORK/b.raw" 2>"$WORK/b.err"
		_rc2=$?
		T_CHECKS=$((T_CHECKS + 1))
		[ "$_rc" = "$_rc2" ] || fail "$_what over $stub: exit $_rc2, one index $_rc ($(cat "$WORK/b.err"))"
		jq -S -s "$NORM" "$WORK/b.raw" >"$WORK/b.json" || fail "$_what over $stub: no JSON"
		cmp -s "$WORK/a.json" "$WORK/b.json" ||
			fail "$_what over $stub differs from one index: $(diff "$WORK/a.json" "$WORK/b.json" | head -20)"
		sed -i "s/$stub.stub/one.db/g" "$WORK/b.err"
		cmp -s "$WORK/a.err" "$WORK/b.err" ||
			fail "$_what over $stub: stderr differs: $(cat "$WORK/a.err") / $(cat "$WORK/b.err")"
	done
	[ "$_rc" != 0 ] || [ -s "$WORK/a.raw" ] || fail "$_what: one index printed nothing"
}
same "words" search --json --facets "hợp đồng lao động"
same "folded words" search --json --limit 30 "nguoi lao dong"
# A second page: Xapian 1.4's MSet::fetch() over a remote database crashed when the page did
# not start at the first match (keep_docs, index/xapian_shim.cc).
same "a second page" search --json --offset 10 --limit 5 "người lao động"
same "phrase" search --json --count '"thời gian thử việc"'
same "ranked description" search --json "quyền và nghĩa vụ của người lao động khi chấm dứt hợp đồng"
same "exclusion" search --json --facets "lao động -thử"
# A number alone scores 0 everywhere: its results, and the copy that stands for a
# collapsed text, go by source.
same "number, every copy" search --json --facets --all-copies "57-NQ/TW"
same "number" search --json --facets "57-NQ/TW"
same "number and words" search --json "03/NQ-CP chuyển đổi số"
same "name of a law" search --json "Bộ luật Lao động"
same "run-together word" search --json "laodong"
same "four words that join" search --json "Nội dung thu thập"
same "a description with a date" search --json "Thời gian nghỉ dưỡng sức phục hồi sức khỏe sau ốm đau từ ngày 1/7"
same "filter" search --json --type "nghị định" --facets "tiền lương"
same "by date" search --json --sort=date --limit 20 "kỷ luật lao động"
same "nothing found" search --json "xyzzyqwerty"
# The page's cited numbers, named from their cards: over remote shards their citing documents
# are read in one match for the page (idx_cards_ahead), each number's told by its weight.
same "the numbers a page cites" search --json --limit 20 "Nghị quyết"
same "the numbers a page cites, 2" search --json --limit 20 "chuyển đổi số"
# An article's heading typed with marks: the texts so headed that hold the marked words as
# typed go first (heading_held, query/search.c). Over remote shards each word's documents are
# read from every shard at once and mapped to the combined docids (xs_term_has_doc,
# postlist_by_shard): a shard's documents mapped to another's reorder these pages.
same "a heading typed with marks" search --json "cấp lại giấy phép"
same "a heading typed with marks, 2" search --json "phạm vi điều chỉnh"
# Typed with a wrong mark ("vú" for "vụ"): a text so headed that lacks the word as typed does
# not go first (the Civil Procedure Code's "Nghĩa vụ chứng minh"). Over the network the marked
# words are asked of the page's texts in one match (xs_holds_ahead); with every text said to
# hold them these differ over remote2 and mixed4.
same "a heading typed with a wrong mark" search --json "Nghĩa vú chứng minh"
same "a heading typed with a wrong mark, 2" search --json "Gia hán giấy phép"
same "cite" cite --json 57-NQ/TW
same "cite a law" cite --json 45/2019/QH14
same "cite a short reference" cite --json "Nghị định 145"
same "cite a công văn without its unit" cite --json "công văn 708/BTTTT"
same "cite a công văn without its unit, 2" cite --json "công văn 1552/BTTTT"
same "cite a công văn without its unit, 3" cite --json "562/BKHCN"
# One process (search --batch) keeps its further connections to a remote shard open (the first
# page of 20 opens them): then a few frequencies (the spelling's, a heading's term) and a page's
# few numbers' documents are asked one a connection at once (spread_terms: xs_termfreqs_ahead,
# prefetch_spread), the answers put back by term and by shard.
# Headings typed without marks ask three: their words' and the heading's term, whose count a
# shard left out makes 0 where the shard holds the only such heading (the page then differs).
printf '%s\n' "hợp đồng lao động" "thời gian thử việc" "cấp lại giấy phép" "Nghị quyết" \
	"chuyển đổi số" "nghỉ việc" "kỷ luật lao động" "phạm vi điều chỉnh" "người lao đông" \
	"Nghị quyết 57" "tiền lương" "thu viec" "doi chat" "thoi han" "tuyen an" "dinh cong" \
	"tra luong" "chung cu" "hieu luc" "ong ba" >"$WORK/batch.txt"
"$TRACUU" search --db one.db --batch --limit 20 <"$WORK/batch.txt" | jq -S -s "$NORM" >"$WORK/a.json" ||
	fail "search --batch over one index"
for stub in local2 remote2 mixed4; do
	"$TRACUU" search --db $stub.stub --batch --limit 20 <"$WORK/batch.txt" | jq -S -s "$NORM" >"$WORK/b.json" ||
		fail "search --batch over $stub"
	T_CHECKS=$((T_CHECKS + 1))
	cmp -s "$WORK/a.json" "$WORK/b.json" ||
		fail "search --batch over $stub differs from one index: $(diff "$WORK/a.json" "$WORK/b.json" | head -20)"
done
# A reader that closes the pipe (| head) ends a search quietly, as over one index: Xapian's
# remote backend ignores SIGPIPE, and the write's EPIPE was said as a failure (exit 3).
"$TRACUU" search --db remote2.stub --limit 500 "lao động" 2>"$WORK/pipe.err" | head -n 1 >/dev/null
[ ! -s "$WORK/pipe.err" ] || fail "a closed pipe over remote shards: $(cat "$WORK/pipe.err")"
# A remote shard's documents of a page are read over several connections to it at once
# (read_shard_docs): Xapian 1.4 reads one document a round trip on one connection. A server
# of its own over the first shard counts them; the page is the same as one index's (above).
xs_tcpsrv c1 "$WORK/r1.db"
printf 'remote 127.0.0.1:%s\nremote 127.0.0.1:%s\n' "$c1_PORT" "$r2_PORT" >count2.stub
"$TRACUU" search --db count2.stub --json --limit 20 "hợp đồng lao động" >"$WORK/c.raw" 2>&1 ||
	fail "search over count2: $(cat "$WORK/c.raw")"
"$TRACUU" search --db remote2.stub --json --limit 20 "hợp đồng lao động" >"$WORK/d.raw" 2>&1
cmp -s "$WORK/c.raw" "$WORK/d.raw" || fail "count2 differs from remote2: $(diff "$WORK/c.raw" "$WORK/d.raw" | head -5)"
[ "$(grep -c "Connection from" "$WORK/c1.log")" -ge 2 ] ||
	fail "a page's documents on one remote shard read over one connection: $(cat "$WORK/c1.log")"
# Facets over remote shards: their counting match reads no document (xs_ids_only; a page
# of 10,000 matches was as many documents read) and a facet's values' postings come in a
# match or a few (xs_postlists_ahead), not a round trip a value and a shard. A relay in front
# of the two shards counts the client's messages (bench/slow_relay.py, no delay).
if command -v python3 >/dev/null 2>&1; then
	(SLOW_RELAY_LOG="$WORK/relay.log" exec setsid python3 "$TRACUU_SRCDIR/bench/slow_relay.py" 0 \
		"127.0.0.1:$r1_PORT" "127.0.0.1:$r2_PORT" >"$WORK/relay.out" 2>&1 </dev/null) &
	XS_PIDS="$XS_PIDS $!"
	_i=0
	while [ ! -s "$WORK/relay.out" ] && [ $_i -lt 100 ]; do sleep 0.05; _i=$((_i + 1)); done
	read -r p1 p2 <"$WORK/relay.out" || fail "the relay did not start: $(cat "$WORK/relay.out")"
	printf 'remote 127.0.0.1:%s\nremote 127.0.0.1:%s\n' "$p1" "$p2" >relay2.stub
	for facets in "" --facets; do
		: >"$WORK/relay.log"
		# shellcheck disable=SC2086
		"$TRACUU" search --db relay2.stub --json $facets "hợp đồng lao động" >"$WORK/r$facets.raw" 2>&1 ||
			fail "search $facets over the relay: $(cat "$WORK/r$facets.raw")"
		docs=$(grep -c ' DOCUMENT$' "$WORK/relay.log")
		posts=$(grep -c ' POSTLIST$' "$WORK/relay.log")
		[ -n "$facets" ] || { docs0=$docs; posts0=$posts; }
	done
	echo "search over the relay: $docs0 / $docs documents, $posts0 / $posts posting lists without / with --facets"
	"$TRACUU" search --db remote2.stub --json --facets "hợp đồng lao động" >"$WORK/d.raw" 2>&1
	T_CHECKS=$((T_CHECKS + 2))
	cmp -s "$WORK/r--facets.raw" "$WORK/d.raw" || fail "facets over the relay differ: $(diff "$WORK/r--facets.raw" "$WORK/d.raw" | head -5)"
	[ "$docs" -eq "$docs0" ] && [ "$posts" -le $((posts0 + 2)) ] ||
		fail "search --facets over two remote shards: $docs documents and $posts posting lists read, $docs0 and $posts0 without --facets"
fi
# One remote shard: a page's cards are read from its metadata, asked over several connections
# at once ahead of the page (registry_cards_ahead, xs_metadata_ahead): the same as one index.
xs_tcpsrv o1 "$WORK/one.db"
printf 'remote 127.0.0.1:%s\n' "$o1_PORT" >one1.stub
for q in "Nghị quyết" "chuyển đổi số" "hợp đồng lao động"; do
	"$TRACUU" search --db one.db --json --limit 20 "$q" >"$WORK/a.raw" 2>&1
	"$TRACUU" search --db one1.stub --json --limit 20 "$q" >"$WORK/b.raw" 2>&1
	T_CHECKS=$((T_CHECKS + 1))
	cmp -s "$WORK/a.raw" "$WORK/b.raw" ||
		fail "$q over one remote shard differs from one index: $(diff "$WORK/a.raw" "$WORK/b.raw" | head -c 600)"
done
src=$(find "$C/hdld" -type f | sort | head -1)
same "show by source" show --json "$src"

# Searches in one process: a later one reads the documents and word positions an earlier
# one kept (the document cache, idx_body_positions; a whole text's positions of a word, for a
# question's article ranking and idx_positions; which pairs a text writes, for words typed
# without marks) and answers as the first did.
printf '%s\n' "hợp đồng lao động" "người lao động" "hợp đồng lao động" "lao động" "người lao động" \
	"thời gian thử việc tối đa là bao lâu" "thu viec" "thời gian thử việc tối đa là bao lâu" \
	"thu viec" "dinh cong" "dinh cong" >"$WORK/again.txt"
"$TRACUU" search --db one.db --batch <"$WORK/again.txt" | jq -S -c "$NORM" -s >"$WORK/a.json"
[ "$(jq '.[0]' "$WORK/a.json")" = "$(jq '.[2]' "$WORK/a.json")" ] || fail "one index: a search asked again differs"
for stub in remote2 mixed4; do
	"$TRACUU" search --db $stub.stub --batch <"$WORK/again.txt" | jq -S -c "$NORM" -s >"$WORK/b.json"
	T_CHECKS=$((T_CHECKS + 1))
	cmp -s "$WORK/a.json" "$WORK/b.json" ||
		fail "searches in one process over $stub differ from one index: $(diff "$WORK/a.json" "$WORK/b.json" | head -c 600)"
done

# Ids: shard i (from 0) of n, its docid d: (d-1)*n + i+1.
for f in $(find "$C" -type f | sort | sed -n '1p;7p;23p;41p'); do
	want=$("$TRACUU" show --db one.db --json "$f" | jq -r .source)
	i=0
	for shard in "$WORK/m1.db" "tcp://127.0.0.1:$m2_PORT" "$WORK/m3.db" "tcp://127.0.0.1:$m4_PORT"; do
		d=$("$TRACUU" show --db "$shard" --json "$f" 2>/dev/null | jq -r .id)
		if [ -n "$d" ]; then
			id=$(((d - 1) * 4 + i + 1))
			got=$("$TRACUU" show --db mixed4.stub --json "$id" | jq -r .source)
			T_CHECKS=$((T_CHECKS + 1))
			[ "$got" = "$want" ] || fail "show $id over mixed4 (shard $i docid $d): $got, not $want"
		fi
		i=$((i + 1))
	done
done

# Ingesting a source again replaces it on the shard that holds it; a file gone goes.
victim=$(find "$C/hdld" -type f | sort | sed -n 5p)
gone=$(find "$C/hdld" -type f | sort | sed -n 9p)
printf '\nĐiều bổ sung: quyxyzchuan mới.\n' >>"$victim"
rm "$gone"
run "$TRACUU" ingest --shards mixed4.stub "$C"
expect_rc 0 "ingest again"
[ "$(grep -c '1 replaced' "$WORK/out")" = 1 ] || fail "one shard replaces the changed file: $OUT"
[ "$(grep -c '^1 removed\|, 1 removed' "$WORK/out")" = 1 ] || grep -q 'removed' "$WORK/out" || fail "the file gone is removed: $OUT"
# A copy another shard holds is added on its own shard again and then removed: nothing
# else is added.
added=$(awk '/^[0-9]+ added/ { s += $1 } END { print s + 0 }' "$WORK/out")
dups=$(sed -n 's/^shards: \([0-9]*\) duplicates\{0,1\} removed.*/\1/p' "$WORK/out")
[ "$added" = "${dups:-0}" ] || fail "only the copies are added again ($added added, ${dups:-0} removed): $OUT"
run "$TRACUU" stats --db mixed4.stub --json
[ "$(jq .documents "$WORK/out")" = $((ndocs - 1)) ] || fail "after one removal: $(jq .documents "$WORK/out") documents"
[ "$(sources mixed4.stub quyxyzchuan)" = "$victim" ] || fail "the changed text is found: $(sources mixed4.stub quyxyzchuan)"
run "$TRACUU" search --db mixed4.stub --json --count "\"$(basename "$gone")\""
"$TRACUU" show --db mixed4.stub "$gone" >/dev/null 2>&1 && fail "the file gone still shows"

# Writing with --db into a stub of shards: refused, saying how (was "local2.stub/XAPIANDB is
# not a stub tracuu wrote: a replica …" for ingest, "no index there" for rm).
run "$TRACUU" ingest --db local2.stub "$FIXTURES/watch/luat-thue-tieu-thu-dac-biet.txt"
expect_rc 4 "ingest --db a stub of shards"
expect_err "index local2.stub: a file, not an index folder; a stub of shards is written through its shards: 'tracuu ingest --shards local2.stub'" \
	"ingest --db a stub: how to write into its shards"
run "$TRACUU" rm --db local2.stub 1
expect_rc 4 "rm --db a stub of shards"
expect_err "index local2.stub: a file, not an index folder; from a stub of shards, rm removes through the shard" \
	"rm --db a stub: where to remove"

# A stub that cannot be read names the line.
printf 'auto m1.db\nsqlite foo\n' >bad.stub
run "$TRACUU" search --db bad.stub "lao động"
expect_rc 4 "a bad stub"
expect_err "bad.stub:2: unknown shard type 'sqlite'" "the bad line named"

# A shard down before the query: named; --partial answers from the rest.
xs_kill "$r2_PID" KILL
run "$TRACUU" search --db remote2.stub "hợp đồng lao động"
expect_rc 4 "a shard down"
expect_err "shard tcp://127.0.0.1:$r2_PORT" "the shard down named"
run "$TRACUU" search --db remote2.stub --partial --json "hợp đồng lao động"
expect_rc 0 "--partial with a shard down"
expect_err "warning: shard tcp://127.0.0.1:$r2_PORT is down" "--partial warns"
[ "$(tail -n 1 "$WORK/out" | jq -c '[.partial, .shards_down[0]]')" = "[true,\"tcp://127.0.0.1:$r2_PORT\"]" ] ||
	fail "--partial: the last JSON line says partial: $(tail -n 1 "$WORK/out")"
[ "$(grep -c '"source"' "$WORK/out")" -gt 0 ] || fail "--partial: results from the shard up"
run "$TRACUU" cite --db remote2.stub --partial --json 57-NQ/TW
expect_err "is down" "cite --partial warns"
# show --partial of an id the shard down holds (id 2: the second shard's first): said so, not
# "no document".
run "$TRACUU" show --db remote2.stub --partial 2
expect_rc 4 "show --partial, an id on the shard down"
expect_err "document 2 is on shard tcp://127.0.0.1:$r2_PORT, which is down" "show --partial: the shard named"
# Two of three down: the warning counts the one shard up; all down: an index error, not
# "no results".
printf 'remote 127.0.0.1:%s\ntcp 127.0.0.2 %s\nauto l1.db\n' "$r2_PORT" "$r2_PORT" >down2.stub
run "$TRACUU" search --db down2.stub --partial "hợp đồng lao động"
expect_rc 0 "--partial, two of three shards down"
expect_err "is down: these answers come from the other 1 shard only" "--partial counts the shards up"
printf 'remote 127.0.0.1:%s\n' "$r2_PORT" >down1.stub
run "$TRACUU" search --db down1.stub --partial "hợp đồng lao động"
expect_rc 4 "--partial, every shard down"
expect_err "every shard is down \\(tcp://127.0.0.1:$r2_PORT\\)" "--partial, every shard down: said"

# Ingesting with a shard down: the others are written; the error says how many sources that
# shard lacks and what mends it (they were not counted anywhere). Twenty notes: their paths
# (under $WORK) hash anew each run, and twenty all but never go to one shard alone.
mkdir -p "$WORK/half"
for k in $(seq 1 20); do printf 'Ghi chú %s\n\nĐò Cái Mơn số %s.\n' $k $k >"$WORK/half/g$k.txt"; done
printf 'auto h1.db\nremote 127.0.0.1:%s\n' "$r2_PORT" >half.stub
run "$TRACUU" ingest -q --shards half.stub "$WORK/half"
expect_rc 4 "ingest --shards with a shard down"
held=$("$TRACUU" stats --db h1.db --json | jq .documents)
expect_err "shard tcp://127.0.0.1:$r2_PORT: the $((20 - held)) sources? that goe?s? to it (was|were) not read, and texts held on two shards were not looked for: once it is up, run the same command again" \
	"ingest --shards, a shard down: what it lacks and what mends it ($held on the shard up)"
[ "$held" -gt 0 ] && [ "$held" -lt 20 ] || fail "the 20 notes spread over both shards: $held on the one up"

# Killed mid-query: a batch of queries on one open index; a shard dies between them.
mkfifo "$WORK/q"
for partial in "" --partial; do
	xs_tcpsrv k2 "$WORK/m2.db"
	printf 'auto m1.db\nremote 127.0.0.1:%s\nauto m3.db\n' "$k2_PORT" >kill.stub
	"$TRACUU" search --db kill.stub $partial --batch <"$WORK/q" >"$WORK/kq.out" 2>"$WORK/kq.err" &
	sp=$!
	exec 3>"$WORK/q"
	echo "hợp đồng lao động" >&3
	# Batch output is buffered: the shard's log says when the index is open.
	i=0
	while ! grep -q "Connection from" "$WORK/k2.log" && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
	sleep 0.3
	xs_kill "$k2_PID" KILL
	echo "tiền lương" >&3
	exec 3>&-
	wait $sp
	krc=$?
	T_CHECKS=$((T_CHECKS + 1))
	if [ -z "$partial" ]; then
		[ $krc = 4 ] || fail "killed mid-run: exit $krc, expected 4"
		grep -q "shard tcp://127.0.0.1:$k2_PORT" "$WORK/kq.err" || fail "killed mid-run: not named: $(cat "$WORK/kq.err")"
	else
		[ $krc = 0 ] || fail "killed mid-run, --partial: exit $krc ($(cat "$WORK/kq.err"))"
		[ "$(grep -c '"query"' "$WORK/kq.out")" = 2 ] || fail "--partial: both queries answered: $(cat "$WORK/kq.out")"
		tail -n 1 "$WORK/kq.out" | grep -q '"partial":true' || fail "--partial mid-run: no partial line"
	fi
done

# A writer killed on a remote shard mid-batch: xapian-tcpsrv commits what it was sent when
# the connection drops, so the scheme and the registry's marks must be there before the
# documents. The index still opens; running it again completes, with one index's cards.
mkdir -p "$WORK/w1.db"
xs_tcpsrv w1 "$WORK/w1.db" --writable
printf 'auto w0.db\nremote 127.0.0.1:%s\n' "$w1_PORT" >w.stub
"$TRACUU" ingest -q --batch-size 100000 --shards w.stub "$C" >/dev/null 2>&1 &
wp=$!
i=0
while ! grep -q "Connection from" "$WORK/w1.log" && [ $i -lt 400 ]; do sleep 0.05; i=$((i + 1)); done
sleep 0.3
pkill -KILL -P $wp 2>/dev/null
kill -KILL $wp 2>/dev/null
wait $wp 2>/dev/null
run "$TRACUU" stats --db w.stub --json
expect_rc 0 "the index opens after a writer was killed"
run "$TRACUU" ingest -q --shards w.stub "$C"
expect_rc 0 "the run again"
run "$TRACUU" stats --db w.stub --json
[ "$(jq .documents "$WORK/out")" = $((ndocs - 1)) ] || fail "after the run again: $(jq .documents "$WORK/out") documents, expected $((ndocs - 1))"
[ "$(sources w.stub "hợp đồng lao động")" = "$(sources mixed4.stub "hợp đồng lao động")" ] || fail "the rerun answers as the others"
for n in 45/2019/QH14 57-NQ/TW; do
	"$TRACUU" cite --db w.stub --json "$n" | jq -S -s "$NORM" >"$WORK/a.json"
	"$TRACUU" cite --db mixed4.stub --json "$n" | jq -S -s "$NORM" >"$WORK/b.json"
	cmp -s "$WORK/a.json" "$WORK/b.json" || fail "after the run again, the card of $n: $(diff "$WORK/a.json" "$WORK/b.json" | head -5)"
done

# Past 500 matches one index's count is an estimate (each remote shard counts its own),
# unless its bound is within twice that (then counted in full, h12f): 1,100 short notes
# citing 57-NQ/TW make the number's search one of those; its page (the number's own text
# scoring 1, the rest 0, by source: the notes' folder sorts last) shows the texts and their
# copies, over two remote shards as in one index, the first time and asked again in one
# process.
M="$WORK/many"
mkdir -p "$M/zz-notes"
cp -r "$C/hdld" "$C/nq57" "$M/"
i=0
while [ $i -lt 1100 ]; do
	printf 'Ghi chú %d\n\nGhi chú số %d về việc học tập Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n' $i $i \
		>"$M/zz-notes/note-$i.txt"
	i=$((i + 1))
done
# Two texts of one law (one letterhead, other bodies): "ghi chú" and "mục lục" are in the first
# only. Over the notes' 1,100+ matches the count is not exact, so a hit with the law's key that
# the match saw once may have a copy the match did not check: keys two documents hold (this
# one) are asked again in a second match restricted to the query (xs_search, key_counts),
# which must not count the second text: it does not match.
mkdir -p "$M/luat"
for v in 1 2; do
	{
		printf 'QUỐC HỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n'
		printf 'Luật số: 77/2019/QH14\n\nHà Nội, ngày 20 tháng 11 năm 2019\n\nLUẬT\nLƯU TRỮ HỒ SƠ\n\n'
		printf 'Điều 1. Phạm vi điều chỉnh\n\n'
		if [ $v = 1 ]; then
			printf 'Ghi chú hồ sơ. Ghi chú lưu trữ. Ghi chú mục lục. Ghi chú bản sao. Ghi chú bản gốc.\n'
		else
			printf 'Luật này quy định việc lưu trữ hồ sơ của cơ quan nhà nước.\n'
		fi
		printf '\nĐiều 2. Hiệu lực thi hành\n\nLuật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2020.\n'
	} >"$M/luat/luu-tru-$v.txt"
done
for s in n1 n2; do
	mkdir -p "$WORK/$s.db"
	xs_tcpsrv "$s" "$WORK/$s.db" --writable
done
printf 'remote 127.0.0.1:%s\nremote 127.0.0.1:%s\n' "$n1_PORT" "$n2_PORT" >many2.stub
run "$TRACUU" ingest -q --db many1.db "$M"
expect_rc 0 "ingest the notes into one index"
run "$TRACUU" ingest -q --shards many2.stub "$M"
expect_rc 0 "ingest the notes into two remote shards"
"$TRACUU" search --db many1.db --json "57-NQ/TW" | jq -S -s "$NORM" >"$WORK/a.json"
printf '%s\n' "57-NQ/TW" "57-NQ/TW" "nghị quyết 57-NQ/TW" >"$WORK/many.txt"
[ "$(head -n 1 "$WORK/many.txt" | "$TRACUU" search --db many1.db --batch |
	jq -c '[.exact, ([.results[].copies // [] | length] | add) > 0]')" = "[false,true]" ] ||
	fail "57-NQ/TW over the notes: an exact count or no copies on the page, the case is not tested"
"$TRACUU" search --db many1.db --batch <"$WORK/many.txt" | jq -S -c "$NORM" -s >"$WORK/a2.json"
"$TRACUU" search --db many2.stub --json "57-NQ/TW" | jq -S -s "$NORM" >"$WORK/b.json"
"$TRACUU" search --db many2.stub --batch <"$WORK/many.txt" | jq -S -c "$NORM" -s >"$WORK/b2.json"
T_CHECKS=$((T_CHECKS + 2))
cmp -s "$WORK/a.json" "$WORK/b.json" ||
	fail "an estimated count over remote shards differs from one index: $(diff "$WORK/a.json" "$WORK/b.json" | head -c 600)"
cmp -s "$WORK/a2.json" "$WORK/b2.json" ||
	fail "estimated counts in one process over remote shards differ from one index: $(diff "$WORK/a2.json" "$WORK/b2.json" | head -c 600)"

"$TRACUU" search --db many1.db --json "ghi chú OR mục lục" >"$WORK/a.raw"
[ "$(echo "ghi chú OR mục lục" | "$TRACUU" search --db many1.db --batch | jq -c '[.exact,
	[.results[] | select(.source | endswith("luat/luu-tru-1.txt")) | .copies // [] | length]]')" = "[false,[0]]" ] ||
	fail "ghi chú over the notes: an exact count, or the law not on the page, or with copies: the case is not tested"
jq -S -s "$NORM" "$WORK/a.raw" >"$WORK/a.json"
"$TRACUU" search --db many2.stub --json "ghi chú OR mục lục" | jq -S -s "$NORM" >"$WORK/b.json"
T_CHECKS=$((T_CHECKS + 1))
cmp -s "$WORK/a.json" "$WORK/b.json" ||
	fail "a hit's copies asked again over remote shards differ from one index: $(diff "$WORK/a.json" "$WORK/b.json" | head -c 600)"
# The card of a number cited by more documents than a fetch keeps (256): its citing documents
# are read from the posting list, not from the fetch (xs_prefetch keeps a term's documents
# only when the fetch held them all).
"$TRACUU" cite --db many1.db --json "57-NQ/TW" | jq -S -s "$NORM" >"$WORK/a.json"
"$TRACUU" cite --db many2.stub --json "57-NQ/TW" | jq -S -s "$NORM" >"$WORK/b.json"
T_CHECKS=$((T_CHECKS + 1))
cmp -s "$WORK/a.json" "$WORK/b.json" ||
	fail "the card of a number cited 520 times over remote shards differs from one index: $(diff "$WORK/a.json" "$WORK/b.json" | head -c 600)"

# A total is the same however the index is split (lead, eleventh session). A count is exact
# "when cheap" (its bound within twice the 500 checked); Xapian's bound over shards is each
# shard's added up, for words required together the fewest of each shard's, lower than one
# index's: the same search was exact over two remote shards and "about" over one index.
# Here the notes on the first shard all hold "alphaword", those on the second "betaword",
# and all but 90 of each shard's notes the other word too: each word is in 1,010 notes (one
# index's bound, above 1,000), the shards' bounds add up to 920, and 920 notes match (past 500).
printf 'remote 127.0.0.1:%s\n' "$n1_PORT" >one1.stub
"$TRACUU" search --db one1.stub --json -n 2000 'ghi chú' | jq -r .source | grep '/zz-notes/' >"$WORK/on1.txt"
s0=$(wc -l <"$WORK/on1.txt")
k1=0 k2=0
for f in "$M"/zz-notes/note-*.txt; do
	if grep -qxF "$f" "$WORK/on1.txt"; then
		k1=$((k1 + 1)); w=alphaword; [ "$k1" -le $((s0 - 90)) ] && w="alphaword betaword"
	else
		k2=$((k2 + 1)); w=betaword; [ "$k2" -le $((1100 - s0 - 90)) ] && w="betaword alphaword"
	fi
	printf 'Ghi chú %s\n\nGhi chú về %s.\n' "$f" "$w" >"$f"
done
run "$TRACUU" ingest -q --db many1.db "$M"
expect_rc 0 "the notes changed, into one index"
run "$TRACUU" ingest -q --shards many2.stub "$M"
expect_rc 0 "the notes changed, into two remote shards"
T_CHECKS=$((T_CHECKS + 2))
one=$(echo "alphaword betaword" | "$TRACUU" search --db many1.db --batch | jq -c '[.exact, .total > 500]')
two=$(echo "alphaword betaword" | "$TRACUU" search --db many2.stub --batch | jq -c '[.exact, .total > 500]')
[ "$one" = "[false,true]" ] || fail "alphaword betaword over one index: $one, not an estimate past 500: the case is not tested"
[ "$two" = "$one" ] || fail "alphaword betaword: $two over two remote shards, $one over one index (exact or estimated alike)"

[ $T_FAILED -eq 0 ] || exit 1
echo "shards: $T_CHECKS checks in $(($(date +%s) - T_START)) s"
