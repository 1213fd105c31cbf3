# bulk-ingest.sh — a run written as segments and merged (index/bulk.c) ends in the state a run
# written straight into the index ends in: the same documents, searches, citation cards and
# counts, for a first ingest, for changed and new files, for a file given twice and for the
# same text under two names. A bulk run killed before its merge leaves the index as it was.
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
command -v xapian-check >/dev/null || { echo "xapian-check (xapian-tools) is missing" >&2; exit 1; }

# 40 regulations from the official gazette, in two folders.
mkdir -p "$WORK/docs/a" "$WORK/docs/b"
find "$TRACUU_SHARED/corpus/congbao-8chude/docs" -type f -name '*.txt' | sort | head -n 40 >"$WORK/picked"
n=0
while read -r f; do
	n=$((n + 1))
	if [ $n -le 20 ]; then cp "$f" "$WORK/docs/a/"; else cp "$f" "$WORK/docs/b/"; fi
done <"$WORK/picked"
# The same text under another name: reported, indexed once.
cp "$(head -n 1 "$WORK/picked")" "$WORK/docs/b/copy-of-first.txt"

# A run written straight into the index, and a bulk run: TRACUU_BULK_MIN=1
# makes every run that ends in a compaction a bulk run.
serial() { TRACUU_BULK_MIN=1000000 "$TRACUU" ingest --no-progress --db "$WORK/serial" "$@"; }
bulk() { TRACUU_BULK_MIN=1 "$TRACUU" ingest --no-progress --compact --jobs 2 --db "$WORK/bulk" "$@"; }

# What a user sees, docids left out (a bulk run numbers its documents by
# segment) and results sorted (ties are ordered by docid); every copy of a
# text (which of two equal copies stands for both depends on docids).
state() {
	"$TRACUU" stats --db "$1" --json | jq -c 'del(.index, .disk_bytes)'
	for q in 'người lao động' 'bảo hiểm xã hội' '"hợp đồng lao động"' 'thue thu nhap' 'Điều 5' \
		'kinh phí' 'Nghị định'; do
		"$TRACUU" search --db "$1" --json --limit 100 --all-copies "$q" | jq -c 'del(.id, .rank, .copies)' | sort
	done
	for c in $(cat "$WORK/numbers"); do
		"$TRACUU" cite --db "$1" --json "$c" | jq -c 'walk(if type == "object" then del(.id, .docid) else . end)'
	done
}
# The sets a short reference or a spelling without leading zeros leads to,
# and the numbers waiting to be settled (none): thousands of keys, read in
# one process (xapian-metadata would take one per key).
metadata_dump=$(dirname "$TRACUU")/tests/tools/metadata_dump
sets() {
	"$metadata_dump" "$1" r z P D || fail "metadata_dump $1"
}
compare() { # what
	state "$WORK/serial" >"$WORK/serial.state"
	state "$WORK/bulk" >"$WORK/bulk.state"
	sets "$WORK/serial" >>"$WORK/serial.state"
	sets "$WORK/bulk" >>"$WORK/bulk.state"
	if cmp -s "$WORK/serial.state" "$WORK/bulk.state"; then ok; else
		fail "$1: the bulk run's index differs: $(diff "$WORK/serial.state" "$WORK/bulk.state" | head -c 600)"
	fi
	xapian-check "$(live_index "$WORK/bulk")" >/dev/null 2>&1 && ok || fail "$1: xapian-check"
	ls -d "$WORK/bulk"/seg-* >/dev/null 2>&1 && fail "$1: segments left in the index folder" || ok
}

# The summary lines of the last serial and bulk runs agree.
same_counts() { # what
	[ "$(head -n 1 "$WORK/out")" = "$serial_counts" ] && ok ||
		fail "$1: the counts differ: serial '$serial_counts', bulk '$(head -n 1 "$WORK/out")'"
}

run serial "$WORK/docs"
expect_rc 0 "the serial ingest"
serial_counts=$(head -n 1 "$WORK/out")
# Numbers to look up: some the texts cite.
grep -ohE '[0-9]+/20[0-9]{2}/(NĐ-CP|TT-BTC|QĐ-TTg|TT-BLĐTBXH)' "$WORK"/docs/a/*.txt | sort | uniq -c |
	sort -rn | head -n 6 | awk '{ print $2 }' >"$WORK/numbers"
[ "$(wc -l <"$WORK/numbers")" -ge 3 ] && ok || fail "too few numbers to look up: $(cat "$WORK/numbers")"

run bulk -v "$WORK/docs"
expect_rc 0 "the bulk ingest"
expect_err 'written as [0-9]+ segments on 2 threads, merged into the index' "the run was a bulk run"
expect_err 'copy-of-first.txt: same content as' "a duplicate is reported in a bulk run"
same_counts "a first ingest"
compare "a first ingest"

# Changed and new files, and one file given twice in the same run.
for f in "$WORK"/docs/a/*.txt; do
	printf '\nĐiều bổ sung: kinh phí thực hiện do ngân sách nhà nước bảo đảm.\n' >>"$f"
	break
done
second=$(ls "$WORK"/docs/b/*.txt | grep -v copy-of | head -n 1)
printf '\nSửa đổi: hợp đồng lao động được ký kết bằng văn bản.\n' >>"$second"
sed -n '1,40p' "$(sed -n 30p "$WORK/picked")" >"$WORK/docs/b/new-part.txt"
printf 'Văn bản mới về bảo hiểm xã hội tự nguyện cho người lao động.\n' >"$WORK/docs/b/new-note.txt"
run serial "$WORK/docs" "$second"
expect_rc 0 "the serial re-ingest"
# The first file's old text is no longer indexed: its copy is added now.
expect_out '^3 added, 2 replaced, 39 unchanged, 0 skipped, 0 failed$' "the serial re-ingest counts"
serial_counts=$(head -n 1 "$WORK/out")
run bulk -v "$WORK/docs" "$second"
expect_rc 0 "the bulk re-ingest"
same_counts "changed and new files"
expect_err 'written as [0-9]+ segments' "the re-ingest was a bulk run"
compare "changed and new files"

# A bulk run killed before its merge: the index is as it was, whole. Its
# segments keep what they committed (Xapian commits a segment every
# XAPIAN_FLUSH_THRESHOLD documents), and the next writer merges that in.
before=$("$TRACUU" stats --db "$WORK/bulk" --json | jq -c 'del(.index, .disk_bytes)')
for f in "$WORK"/docs/a/*.txt "$WORK"/docs/b/*.txt; do
	printf '\nGhi chú %s.\n' "$(basename "$f")" >>"$f"
done
XAPIAN_FLUSH_THRESHOLD=2 TRACUU_BULK_MIN=1 "$TRACUU" ingest --no-progress --compact --jobs 2 \
	--db "$WORK/bulk" "$WORK/docs" >/dev/null 2>&1 &
pid=$!
# Until a segment has committed documents, then kill: mid-run, before the merge.
committed() {
	for s in "$WORK/bulk"/seg-*; do
		[ -d "$s" ] && xapian-delve "$s" 2>/dev/null | grep -q 'number of documents = [1-9]' && return 0
	done
	return 1
}
i=0
while [ $i -lt 1000 ] && ! committed; do sleep 0.01; i=$((i + 1)); done
kill -KILL "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
committed && ok || fail "no segment had committed documents at the kill"
after=$("$TRACUU" stats --db "$WORK/bulk" --json | jq -c 'del(.index, .disk_bytes)')
[ "$before" = "$after" ] && ok || fail "the killed bulk run changed the index: $before -> $after"
xapian-check "$(live_index "$WORK/bulk")" >/dev/null 2>&1 && ok || fail "xapian-check after the kill"
run serial "$WORK/docs"
expect_rc 0 "the serial ingest of the annotated files"
expect_out '^0 added, 43 replaced, 0 unchanged, 0 skipped, 0 failed$' "every annotated file is replaced"
run bulk "$WORK/docs"
expect_rc 0 "the bulk ingest after the kill"
expect_err 'merged the [0-9]+ documents an interrupted bulk run had written' "the killed run's documents are merged"
merged=$(sed -n 's/.*merged the \([0-9]*\) documents an interrupted.*/\1/p' "$WORK/err")
expect_out "^0 added, $((43 - ${merged:-0})) replaced, ${merged:-0} unchanged, 0 skipped, 0 failed\$" \
	"what the killed run wrote is kept, the rest replaced"
compare "after a killed bulk run"

finish
