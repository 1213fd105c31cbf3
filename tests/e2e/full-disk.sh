# full-disk.sh — a disk that fills up mid-ingest: a clear error, exit 4, and the last committed state intact.
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
DISK="$WORK/disk"
mkdir -p "$DISK"
# A 3 MiB file system: root can mount a tmpfs; anyone else skips (77) saying why.
if ! mount -t tmpfs -o size=3m tmpfs "$DISK" 2>/dev/null; then
	echo "cannot mount a small tmpfs here (needs root): skipped" >&2
	exit 77
fi
trap 'umount "$DISK" 2>/dev/null; rm -rf "$WORK"' EXIT
DB="$DISK/db"

run "$TRACUU" ingest --db "$DB" "$FIXTURES/ingest/good.txt" "$FIXTURES/ingest/bom.txt"
expect_rc 0 "a first ingest fits"
"$TRACUU" search --db "$DB" --json 'Tô Hiệu' >"$WORK/before.json"

# 14 MB of laws into 3 MiB.
run "$TRACUU" ingest --db "$DB" "$TRACUU_SHARED/corpus/uts-vlc-laws/docs"
expect_rc 4 "a full disk is an index error"
expect_err "No space left on device" "the error says the disk is full"
expect_err "was not committed; the index keeps its state from before it" "and what was kept"
expect_out "^0 added, 0 replaced, 0 unchanged, 1 skipped, [0-9]+ failed$" "the summary counts nothing as added"

if xapian-check "$(live_index "$DB")" >"$WORK/check" 2>&1; then ok; else fail "xapian-check after the full disk: $(tail -3 "$WORK/check")"; fi
run "$TRACUU" stats --db "$DB" --json
expect_out '"documents":2' "the two committed documents are still there"
"$TRACUU" search --db "$DB" --json 'Tô Hiệu' >"$WORK/after.json"
cmp -s "$WORK/before.json" "$WORK/after.json" && ok || fail "searches give what they gave before the failed ingest"

# The same as a bulk run (index/bulk.c): its segments fill the disk, the run
# says none of its documents were written, and the index and folder are as before.
run env TRACUU_BULK_MIN=1 "$TRACUU" ingest --compact --jobs 2 --db "$DB" \
	"$TRACUU_SHARED/corpus/uts-vlc-laws/docs"
expect_rc 4 "a full disk in a bulk run is an index error"
expect_err "No space left on device" "the bulk run's error says the disk is full"
expect_err "none of this run's [0-9]+ new or changed documents were written; the index is as it was" \
	"and that the index is as it was"
expect_out "^0 added, 0 replaced, 0 unchanged, [01] skipped, [0-9]+ failed$" "the bulk summary counts nothing as added"
ls -d "$DB"/seg-* >/dev/null 2>&1 && fail "the bulk run left segments behind" || ok
if xapian-check "$(live_index "$DB")" >"$WORK/check" 2>&1; then ok; else fail "xapian-check after the full disk in a bulk run: $(tail -3 "$WORK/check")"; fi
"$TRACUU" search --db "$DB" --json 'Tô Hiệu' >"$WORK/after.json"
cmp -s "$WORK/before.json" "$WORK/after.json" && ok || fail "searches give what they gave before the failed bulk run"

# Room again: the same ingest completes.
umount "$DISK"
mount -t tmpfs -o size=64m tmpfs "$DISK" || { fail "remount"; finish; }
run "$TRACUU" ingest -q --db "$DB" "$TRACUU_SHARED/corpus/uts-vlc-laws/docs"
expect_rc 0 "with room, the ingest completes into a fresh index"
finish
