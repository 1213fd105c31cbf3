# cite-pending.sh — citation cards are settled once at the end of a run: no
# number stays marked after it, a card marked by a killed run is computed by
# the reader from the documents (never read stale), and the next run stores it.
. "$TRACUU_SRCDIR/tests/lib.sh"
db="$WORK/db"
mkdir -p "$WORK/in"
printf 'Tin một\n\nHội nghị quán triệt Quy định số 57-QĐ/TW ngày 08/02/2022 của Ban Bí thư về đào tạo lý luận chính trị.\n' \
	> "$WORK/in/a.txt"
printf 'Tin hai\n\nCác tỉnh triển khai Quy định số 57-QĐ/TW của Ban Bí thư trong năm nay.\n' > "$WORK/b.txt"

marks() { xapian-metadata list "$(live_index "$db")" P | wc -l; }
documents() {
	run "$TRACUU" cite --db "$db" --json 57-QĐ/TW
	jq -r .documents "$WORK/out"
}

run "$TRACUU" ingest --quiet --no-progress --db "$db" --root "$WORK" "$WORK/in"
expect_rc 0 "ingest the first text"
[ "$(marks)" -eq 0 ] && ok || fail "numbers left marked after a run: $(marks)"
key=$(xapian-metadata list "$(live_index "$db")" R)
[ -n "$key" ] && ok || fail "no registry entry stored"
one=$(xapian-metadata get "$(live_index "$db")" "$key")
[ "$(documents)" = 1 ] && ok || fail "one document cites it, the card says $(documents)"

cp "$WORK/b.txt" "$WORK/in/b.txt"
run "$TRACUU" ingest --quiet --no-progress --db "$db" --root "$WORK" "$WORK/in"
expect_rc 0 "ingest the second text"
[ "$(documents)" = 2 ] && ok || fail "two documents cite it, the card says $(documents)"

# A run killed after a batch and before its end: the stored entry is the old
# one and the number is marked.
xapian-metadata set "$(live_index "$db")" "$key" "$one"
xapian-metadata set "$(live_index "$db")" "P${key#R}" 1
[ "$(documents)" = 2 ] && ok || fail "a marked card was read stale: $(documents) documents"
run "$TRACUU" search --db "$db" --json 57-QĐ/TW
n=$(jq -s 'map(select(.source)) | length' "$WORK/out")
[ "$n" = 2 ] && ok || fail "search by the marked number finds $n documents"

# The next run, even with nothing new, stores the card and clears the mark.
run "$TRACUU" ingest --quiet --no-progress --db "$db" --root "$WORK" "$WORK/in"
expect_rc 0 "ingest again, nothing changed"
[ "$(marks)" -eq 0 ] && ok || fail "the mark outlived the next run"
xapian-metadata get "$(live_index "$db")" "$key" | grep -q '^documents	2$' && ok ||
	fail "the stored entry was not recomputed: $(xapian-metadata get "$(live_index "$db")" "$key" | grep documents)"
finish
