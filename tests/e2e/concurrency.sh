# concurrency.sh — searches while an ingest commits always succeed and see whole batches; a
# second writer is refused with the first one's pid, or waits for it with --wait.
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
DB="$WORK/db"
mkdir -p "$WORK/docs"
# 60 regulations (300 under `make stress`), committed two at a time.
find "$TRACUU_SHARED/corpus/congbao-8chude/docs" -type f -name '*.txt' | sort | head -n "$(loops 60 300)" |
	while read -r f; do cp "$f" "$WORK/docs/"; done
"$TRACUU" ingest --quiet --db "$DB" "$FIXTURES/ingest/good.txt" || fail "the first ingest"

"$TRACUU" ingest --no-progress --batch-size 2 --db "$DB" "$WORK/docs" >"$WORK/writer.out" 2>&1 &
writer=$!
# Wait until the writer holds the lock (its pid file is there), at most 10 s.
n=0
while [ ! -f "$DB/tracuu-writer.pid" ] && [ "$n" -lt 100 ]; do sleep 0.1; n=$((n + 1)); done

run "$TRACUU" ingest --db "$DB" "$FIXTURES/ingest/bom.txt"
expect_rc 4 "a second writer"
expect_err "^tracuu: index .*: the index is being updated by process $writer$" "the second writer is told who holds the index"

# Readers during the commits: every search succeeds, and the count never goes down.
searches=0 last=0
while kill -0 "$writer" 2>/dev/null; do
	run "$TRACUU" stats --db "$DB" --json
	expect_rc 0 "stats while the ingest commits (search $searches)"
	docs=$(printf '%s' "$OUT" | jq -r .documents)
	[ "${docs:-0}" -ge "$last" ] && ok || fail "the document count went from $last down to $docs"
	last=${docs:-0}
	run "$TRACUU" search --db "$DB" --json --limit 100 'người lao động'
	[ "$RC" -le 1 ] && ok || fail "a search while the ingest commits: exit $RC: $ERR"
	searches=$((searches + 1))
done
wait "$writer" || fail "the writer failed: $(cat "$WORK/writer.out")"
echo "$searches searches and stats ran while the ingest committed"
[ "$searches" -ge 2 ] && ok || fail "only $searches searches overlapped the ingest"
[ ! -f "$DB/tracuu-writer.pid" ] && ok || fail "the writer left its pid file behind"

# --wait: the second writer waits for the first, then does its work.
"$TRACUU" ingest --no-progress --batch-size 2 --db "$DB" "$WORK/docs" "$FIXTURES/ingest/page.html" >/dev/null 2>&1 &
writer=$!
n=0
while [ ! -f "$DB/tracuu-writer.pid" ] && [ "$n" -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
run "$TRACUU" ingest --wait=120 --db "$DB" "$FIXTURES/ingest/bom.txt"
expect_rc 0 "a second writer with --wait"
expect_out '^1 added' "the waiting writer added its file"
wait "$writer" || fail "the first writer failed"
run "$TRACUU" ingest --wait=abc --db "$DB" "$FIXTURES/ingest/bom.txt"
expect_rc 2 "--wait with a bad number"
sources "$DB" 'thong tu' | grep -q 'bom\.txt$' && ok || fail "the file added after waiting is not searchable"
mkdir -p "$TRACUU_TMP/figures"
printf 'concurrency\t%s searches during commits, all succeeded; second writer refused with its pid\n' \
	"$searches" >"$TRACUU_TMP/figures/concurrency.txt"
finish
