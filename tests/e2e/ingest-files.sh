# ingest-files.sh — ingesting a folder of good and bad files: every bad one named, the good ones searchable.
. "$TRACUU_SRCDIR/tests/lib.sh"
DB="$WORK/db"
mkdir -p "$WORK/docs/sub"
cp "$FIXTURES/ingest/good.txt" "$FIXTURES/ingest/bom.txt" "$FIXTURES/ingest/binary.bin" \
   "$FIXTURES/ingest/bad-utf8.txt" "$FIXTURES/ingest/empty.txt" "$WORK/docs/"
cp "$FIXTURES/ingest/page.html" "$WORK/docs/sub/"
echo "ẩn" > "$WORK/docs/.hidden.txt"

run "$TRACUU" ingest --db "$DB" "$WORK/docs"
expect_rc 3 "a folder with bad files"
# binary.bin (an image) is no document type: passed over and counted, not failed.
expect_out '^3 added, 0 replaced, 0 unchanged, 1 skipped, 1 failed, 1 other file passed over$' "summary"
expect_err "docs/bad-utf8.txt: not valid UTF-8 at byte offset 56" "bad UTF-8 named with its offset"
expect_err "docs/empty.txt: empty file" "empty file reported"
run "$TRACUU" ingest --db "$WORK/db-bin" "$WORK/docs/binary.bin"
expect_err "docs/binary.bin: binary file \(image\)" "an image named on the command line is tried, and named"

run "$TRACUU" search --db "$DB" --color=never 'Tô Hiệu'
expect_rc 0 "the text file is searchable"
expect_out 'good\.txt' "good.txt found"
run "$TRACUU" search --db "$DB" 'Chính phủ'
expect_out 'sub/page\.html' "the HTML page is searchable"
run "$TRACUU" search --db "$DB" 'thong tu'
expect_out 'bom\.txt' "a file with a BOM is searchable, unaccented"
for w in kiwiscript mangostyle; do
	run "$TRACUU" search --db "$DB" "$w"
	expect_rc 1 "$w (inside <script>/<style>) is not indexed"
done
run "$TRACUU" search --db "$DB" 'ẩn'
expect_no_out 'hidden' "hidden files are not ingested"

# Again: nothing changes; then a changed file is replaced, a copy is a duplicate.
run "$TRACUU" ingest --db "$DB" "$WORK/docs/good.txt" "$WORK/docs/sub"
expect_rc 0 "re-ingest"
expect_out '^0 added, 0 replaced, 2 unchanged, 0 skipped, 0 failed$' "re-ingest changes nothing"
printf '\nThêm một đoạn mới về khoa học lượng tử.\n' >> "$WORK/docs/good.txt"
cp "$FIXTURES/ingest/bom.txt" "$WORK/docs/copy.txt"
run "$TRACUU" ingest --db "$DB" "$WORK/docs/good.txt" "$WORK/docs/copy.txt"
expect_out '^0 added, 1 replaced, 0 unchanged, 1 skipped, 0 failed$' "replaced and duplicate"
expect_err "copy\.txt: same content as .*bom\.txt" "the duplicate names the original"
run "$TRACUU" search --db "$DB" 'lượng tử'
expect_out 'good\.txt' "the replaced document has its new text"
run "$TRACUU" stats --db "$DB" --json
expect_out '"documents":3' "still three documents"

# --jobs: on one thread and on four, the same messages in the same order, the
# same counts and the same index (docids included).
for j in 1 4; do
	"$TRACUU" ingest -v --jobs "$j" --db "$WORK/jobs$j" "$FIXTURES" >"$WORK/jobs$j.out" 2>"$WORK/jobs$j.err"
	echo "$?" >>"$WORK/jobs$j.out"
	"$TRACUU" search --db "$WORK/jobs$j" --json --limit 100 'luật' >>"$WORK/jobs$j.out"
done
cmp -s "$WORK/jobs1.out" "$WORK/jobs4.out" && ok || fail "--jobs 4: another summary or index than --jobs 1"
cmp -s "$WORK/jobs1.err" "$WORK/jobs4.err" && ok || fail "--jobs 4: other messages than --jobs 1: $(diff "$WORK/jobs1.err" "$WORK/jobs4.err" | head -c 400)"
grep -q 'added$' "$WORK/jobs1.err" && ok || fail "--jobs 1 -v: no file added"
run "$TRACUU" ingest --jobs 0 --db "$DB" "$WORK/docs/good.txt"
expect_rc 2 "--jobs 0"
expect_err "--jobs needs a whole number from 1 to 16" "--jobs 0 explained"

# Bad arguments and bad indexes.
run "$TRACUU" ingest --db "$DB" "$WORK/nonexistent"
expect_rc 3 "missing path"
expect_err "nonexistent: No such file or directory" "missing path named"
echo "not an index" > "$WORK/notadb"
run "$TRACUU" ingest --db "$WORK/notadb" "$WORK/docs/good.txt"
expect_rc 4 "an index path that is a file"
expect_err "^tracuu: " "index error message"
run "$TRACUU" search --db "$WORK/none" 'x'
expect_rc 4 "searching a missing index"
expect_err "no index there" "missing index explained"
finish
