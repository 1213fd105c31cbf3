# compact.sh — compaction after an ingest: a smaller index that answers exactly as the
# uncompacted one, later ingests on top of it, SIGKILLs at random moments of a compaction,
# searches meanwhile, and a disk too full for the copy.
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
command -v xapian-check >/dev/null || { echo "xapian-check (xapian-tools) is missing" >&2; exit 1; }
TRIALS=${TRACUU_KILL_TRIALS:-$(loops 4 20)}
# 110 laws, 14 MB: an index of about 14 MiB whose compaction takes a few tenths of a second.
mkdir -p "$WORK/laws"
cp "$TRACUU_SHARED/corpus/uts-vlc-laws/docs/"*.txt "$WORK/laws/"
chmod u+w "$WORK/laws/"*
: >"$WORK/none.lst"
ingest() { "$TRACUU" ingest --no-progress --root "$WORK" "$@"; }
# Numbers the laws cite, for the registry's cards.
cat "$WORK/laws/"*.txt | grep -oE '[0-9]+/[0-9]{4}/(QH1[0-9]|NĐ-CP|L-CTN)' | sort -u | head -n 40 \
	>"$WORK/numbers"
# What an index answers: its counts (not its path or size), searches, citation cards.
state() {
	"$TRACUU" stats --db "$1" --json | jq -c 'del(.index, .disk_bytes)'
	for q in 'người lao động' 'giao thông đường bộ' '"hợp đồng lao động"' 'thue thu nhap' \
		'Điều 5' 'bảo hiểm NOT xã hội'; do
		"$TRACUU" search --db "$1" --json --limit 100 "$q"
	done
	"$TRACUU" cite --db "$1" --batch --json <"$WORK/numbers"
}
size() { "$TRACUU" stats --db "$1" --json | jq -r .disk_bytes; }
# Nothing left over: the stub and the one generation it names.
tidy() { # db what
	_want="XAPIANDB $(sed -n 's/^auto //p' "$1/XAPIANDB")"
	_have=$(ls "$1" | tr '\n' ' ' | sed 's/ $//')
	[ "$_have" = "$_want" ] && ok || fail "$2: the index folder holds '$_have', not '$_want'"
}

# A new index is compacted; the same ingest with --no-compact is not.
run ingest --db "$WORK/plain" --no-compact "$WORK/laws"
expect_rc 0 "an ingest with --no-compact"
expect_no_out '^index compacted' "--no-compact: nothing compacted"
[ -f "$WORK/plain/iamglass" ] && [ ! -e "$WORK/plain/XAPIANDB" ] && ok || fail "--no-compact left a stub"
run ingest --db "$WORK/db" "$WORK/laws"
expect_rc 0 "an ingest into a new index"
expect_out '^index compacted: [0-9.]+ MiB -> [0-9.]+ MiB$' "a new index is compacted, and the summary says so"
tidy "$WORK/db" "after the first compaction"
xapian-check "$(live_index "$WORK/db")" >"$WORK/check" 2>&1 && ok || fail "xapian-check: $(tail -n 3 "$WORK/check")"
small=$(size "$WORK/db") big=$(size "$WORK/plain")
echo "110 laws: $big bytes as ingested, $small compacted"
[ "$small" -lt "$big" ] && ok || fail "compacted: $small bytes, not less than $big"
du_small=$(du -sk "$WORK/db" | cut -f1) du_big=$(du -sk "$WORK/plain" | cut -f1)
[ "$du_small" -lt "$du_big" ] && ok || fail "du: $du_small KiB compacted, $du_big KiB not"
state "$WORK/plain" >"$WORK/ref.state"
state "$WORK/db" >"$WORK/state"
grep -q '"found":true' "$WORK/ref.state" && ok || fail "no citation card to compare"
cmp -s "$WORK/ref.state" "$WORK/state" && ok ||
	fail "compacted and uncompacted indexes answer differently: $(diff "$WORK/ref.state" "$WORK/state" | head -c 400)"
# A small index is not worth it, and a small ingest into a big one is not due.
run ingest --db "$WORK/tiny" "$FIXTURES/ingest/good.txt"
expect_no_out '^index compacted' "a tiny index is not compacted"
[ -f "$WORK/tiny/iamglass" ] && ok || fail "the tiny index is not a plain one"
run ingest --db "$WORK/db" "$FIXTURES/ingest/good.txt"
expect_out '^1 added' "one more document"
expect_no_out '^index compacted' "one document in 111 does not make a compaction due"

# Ingests on top of a compacted index: one file changed, one new, --compact.
first=luat-giao-thong-duong-bo.txt
printf '\nĐiều 999. Điều khoản xuthebiet được thêm vào.\n' >>"$WORK/laws/$first"
cp "$FIXTURES/ingest/bom.txt" "$WORK/laws/new.txt"
run ingest --db "$WORK/db" --compact "$WORK/laws"
expect_rc 0 "a second ingest into a compacted index"
expect_out '^1 added, 1 replaced, 108 unchanged' "the new file added, the changed one replaced"
expect_out '^index compacted' "--compact compacts"
tidy "$WORK/db" "after the second compaction"
xapian-check "$(live_index "$WORK/db")" >"$WORK/check" 2>&1 && ok || fail "xapian-check after the second: $(tail -n 3 "$WORK/check")"
[ "$(sources "$WORK/db" xuthebiet)" = "laws/$first" ] && ok || fail "the replaced text is not the one found"
run "$TRACUU" stats --db "$WORK/db" --json
expect_out '"documents":111' "109 laws (one file is empty), good.txt and new.txt"

# SIGKILL at random moments of a compaction (the ingest adds nothing, so compacting is
# most of its time), of a plain index (its first) and of a compacted one: each time the
# index opens, passes xapian-check, holds every document and answers as before; the next
# ingest clears what the killed one left.
cp -a "$WORK/plain" "$WORK/kc"
ingest --db "$WORK/kc" --compact @"$WORK/none.lst" >/dev/null 2>&1 || fail "a compacted copy for the kill trials"
state "$WORK/kc" | cmp -s "$WORK/ref.state" - && ok || fail "the kill trials' compacted copy answers differently"
cp -a "$WORK/plain" "$WORK/k" && t0=$(date +%s%N)
ingest --db "$WORK/k" --compact @"$WORK/none.lst" >/dev/null 2>&1 || fail "an uninterrupted compaction"
span=$(( ($(date +%s%N) - t0) / 1000000 ))
rm -rf "$WORK/k"
seed=${TRACUU_KILL_SEED:-$$}
echo "kill trials: $TRIALS, seed $seed, a compaction run takes ${span} ms"
killed=0 i=0
while [ "$i" -lt "$TRIALS" ]; do
	i=$((i + 1))
	from=plain; [ $((i % 2)) -eq 0 ] && from=kc
	db="$WORK/k$i"
	cp -a "$WORK/$from" "$db"
	delay=$(awk -v s="$seed" -v i="$i" -v span="$span" 'BEGIN { srand(s * 1000 + i); printf "%.3f", rand() * span * 1.1 / 1000 }')
	# A run that ended before its kill (the machine is shared: run times
	# vary) is tried again from the same copy with half the delay.
	tries=0
	while :; do
		"$TRACUU" ingest --no-progress --compact --db "$db" @"$WORK/none.lst" >/dev/null 2>&1 &
		pid=$!
		sleep "$delay"
		kill -KILL "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
		rc=$?
		tries=$((tries + 1))
		[ "$rc" -eq 137 ] && { killed=$((killed + 1)); break; }
		[ "$tries" -ge 4 ] && break
		rm -rf "$db" && cp -a "$WORK/$from" "$db"
		delay=$(awk -v d="$delay" 'BEGIN { printf "%.3f", d / 2 }')
	done
	what="trial $i ($from, killed after ${delay}s: $(ls "$db" | tr '\n' ' '))"
	xapian-check "$(live_index "$db")" >"$WORK/check.out" 2>&1 || fail "$what: xapian-check: $(tail -n 3 "$WORK/check.out")"
	state "$db" >"$WORK/state" 2>"$WORK/state.err"
	cmp -s "$WORK/ref.state" "$WORK/state" && ok ||
		fail "$what: answers differ: $(head -c 200 "$WORK/state.err") $(diff "$WORK/ref.state" "$WORK/state" | head -c 300)"
	run "$TRACUU" ingest --no-progress --compact --db "$db" @"$WORK/none.lst"
	expect_rc 0 "$what: the next ingest"
	tidy "$db" "$what: after the next ingest"
	state "$db" | cmp -s "$WORK/ref.state" - && ok || fail "$what: answers differ after the next ingest"
	rm -rf "$db"
done
echo "$killed of $TRIALS runs killed before they ended"
[ "$killed" -ge $((TRIALS / 2)) ] && ok || fail "only $killed of $TRIALS kills landed before the run ended"
# The moments around a switch, too short for a random kill to find, made by hand.
gen=$(sed -n 's/^auto //p' "$WORK/kc/XAPIANDB")
for moment in stub-written switched retiring; do
	db="$WORK/m-$moment"
	case $moment in
	stub-written) # a first compaction's stub is there, iamglass not yet removed
		cp -a "$WORK/plain" "$db" && cp -a "$WORK/kc/$gen" "$db/gen-1" && echo "auto gen-1" >"$db/XAPIANDB" ;;
	switched) # iamglass removed, the plain files not yet
		cp -a "$WORK/plain" "$db" && cp -a "$WORK/kc/$gen" "$db/gen-1" && echo "auto gen-1" >"$db/XAPIANDB" &&
			rm "$db/iamglass" ;;
	retiring) # a later compaction switched; the old generation half removed
		cp -a "$WORK/kc" "$db" && cp -a "$db/$gen" "$db/gen-9" && echo "auto gen-9" >"$db/XAPIANDB" &&
			mv "$db/$gen" "$db/$gen.old" && rm "$db/$gen.old/postlist.glass" ;;
	esac
	xapian-check "$(live_index "$db")" >"$WORK/check.out" 2>&1 && ok || fail "$moment: xapian-check: $(tail -n 3 "$WORK/check.out")"
	state "$db" | cmp -s "$WORK/ref.state" - && ok || fail "$moment: the index answers differently"
	run ingest --db "$db" --no-compact @"$WORK/none.lst"
	expect_rc 0 "$moment: the next ingest"
	state "$db" | cmp -s "$WORK/ref.state" - && ok || fail "$moment: answers differ after the next ingest"
	case $moment in
	stub-written) [ "$(ls "$db" | grep -c -e XAPIANDB -e gen-)" -eq 0 ] && ok || fail "$moment: not cleared: $(ls "$db")" ;;
	*) tidy "$db" "$moment: after the next ingest" ;;
	esac
done

# Searches during an ingest that commits and compacts, and during compactions: none fails.
ingest --db "$WORK/live" "$FIXTURES/ingest/good.txt" >/dev/null 2>&1 || fail "the first ingest"
(
	ingest --db "$WORK/live" --batch-size 10 "$WORK/laws" >"$WORK/live.out" 2>&1 || echo "FAILED: the ingest" >>"$WORK/live.out"
	for n in 1 2 3 4 5 6; do
		ingest --db "$WORK/live" --compact @"$WORK/none.lst" >>"$WORK/live.out" 2>&1 || echo "FAILED: compaction $n" >>"$WORK/live.out"
	done
	: >"$WORK/live.done"
) &
writer=$!
searches=0
while [ ! -f "$WORK/live.done" ]; do
	run "$TRACUU" search --db "$WORK/live" --json --limit 20 'người lao động'
	[ "$RC" -le 1 ] && ok || fail "a search during the ingest: exit $RC: $ERR"
	run "$TRACUU" stats --db "$WORK/live" --json
	expect_rc 0 "stats during the ingest"
	searches=$((searches + 1))
done
wait "$writer"
! grep -q '^FAILED' "$WORK/live.out" && ok || fail "the writer: $(cat "$WORK/live.out")"
[ "$(grep -c '^index compacted' "$WORK/live.out")" -eq 7 ] && ok || fail "7 compactions expected: $(cat "$WORK/live.out")"
echo "$searches searches and stats ran during the ingest and its compactions"
[ "$searches" -ge 5 ] && ok || fail "only $searches searches overlapped the writer"

# A disk with no room for the copy: a warning, exit 0, the index as it was.
DISK="$WORK/disk"
mkdir -p "$DISK"
if mount -t tmpfs -o size=$(( big / 1024 + 2048 ))k tmpfs "$DISK" 2>/dev/null; then
	trap 'umount "$DISK" 2>/dev/null; rm -rf "$WORK"' EXIT
	cp -a "$WORK/plain" "$DISK/db"
	before=$(ls "$DISK/db" | tr '\n' ' ')
	# Xapian 1.4's compaction leaks its tables when a write fails: in a sanitizer
	# build, ignore what leaks under the shim's call, and only that.
	printf 'leak:xs_compact\n' >"$WORK/lsan.supp"
	asan=${ASAN_OPTIONS:-}
	export ASAN_OPTIONS="${asan:+$asan:}fast_unwind_on_malloc=0" LSAN_OPTIONS="suppressions=$WORK/lsan.supp"
	run ingest --db "$DISK/db" --compact @"$WORK/none.lst"
	export ASAN_OPTIONS="$asan" && unset LSAN_OPTIONS
	expect_rc 0 "no room to compact: the ingest still succeeds"
	expect_err 'compaction failed, the index is kept as it was' "the warning says so"
	expect_err 'No space left on device' "and why"
	[ "$(ls "$DISK/db" | tr '\n' ' ')" = "$before" ] && ok || fail "left behind: $(ls "$DISK/db")"
	xapian-check "$DISK/db" >"$WORK/check" 2>&1 && ok || fail "xapian-check after the failed compaction: $(tail -n 3 "$WORK/check")"
	state "$DISK/db" | cmp -s "$WORK/ref.state" - && ok || fail "the index answers differently after the failed compaction"
	umount "$DISK"
else
	echo "cannot mount a small tmpfs here (needs root): the full disk is not tried"
fi
mkdir -p "$TRACUU_TMP/figures"
printf 'compaction\t110 laws: %s bytes as ingested, %s compacted; %s of %s kills mid-run recovered\n' \
	"$big" "$small" "$killed" "$TRIALS" >"$TRACUU_TMP/figures/compact.txt"
finish
