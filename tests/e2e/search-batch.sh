# search-batch.sh — `search --batch`: one JSON line per query from stdin, the same results as one search per query, bad lines said in their line.
. "$TRACUU_SRCDIR/tests/lib.sh"
B="$TRACUU_BUNDLED_DB"

# Queries as a script would send them: a blank line and a comment, skipped.
cat > "$WORK/queries" <<'Q'
đào tạo cán bộ
# a comment
57-QĐ/TW

"Trường Chính trị Tô Hiệu"
dao tao
qxzzqqv
Q
run "$TRACUU" search --db "$B" --batch --limit 3 < "$WORK/queries"
expect_rc 1 "a query that finds nothing makes the status 1"
[ "$(grep -c . "$WORK/out")" -eq 5 ] && ok || fail "one line per query, none for blank and # lines: $(grep -c . "$WORK/out")"
jq -r .query "$WORK/out" > "$WORK/asked" 2>/dev/null || fail "every line is JSON"
grep -v '^#' "$WORK/queries" | grep . | cmp -s - "$WORK/asked" && ok ||
	fail "the lines name their queries in the input's order: $(tr '\n' '|' < "$WORK/asked")"
jq -e -s 'all(.[]; has("total") and has("exact") and (.results | type) == "array")' "$WORK/out" >/dev/null &&
	ok || fail "each line has total, exact and results"

# Each line holds what a search of that query alone prints with --json.
while IFS= read -r q; do
	"$TRACUU" search --db "$B" --json --limit 3 "$q" | jq -c . > "$WORK/one"
	jq -c --arg q "$q" 'select(.query == $q) | .results[]' "$WORK/out" > "$WORK/from-batch"
	T_CHECKS=$((T_CHECKS + 1))
	cmp -s "$WORK/one" "$WORK/from-batch" || fail "'$q': batch results differ from a single search"
done < "$WORK/asked"
[ "$(jq -s 'map(.results | length) | add' "$WORK/out")" -gt 3 ] && ok || fail "the batch found results at all"
jq -e 'select(.query == "qxzzqqv") | .total == 0 and .exact and .results == []' "$WORK/out" >/dev/null &&
	ok || fail "a query that finds nothing: total 0, no results"

# Options apply to every query: a filter, the offset.
printf '57-QĐ/TW\nđào tạo\n' > "$WORK/two"
"$TRACUU" search --db "$B" --batch --type QĐ --offset 1 < "$WORK/two" > "$WORK/filtered"
for q in '57-QĐ/TW' 'đào tạo'; do
	"$TRACUU" search --db "$B" --json --type QĐ --offset 1 "$q" | jq -r .id > "$WORK/one"
	jq -r --arg q "$q" 'select(.query == $q) | .results[].id' "$WORK/filtered" > "$WORK/from-batch"
	T_CHECKS=$((T_CHECKS + 1))
	cmp -s "$WORK/one" "$WORK/from-batch" || fail "'$q' with --type and --offset: batch differs from a single search"
done

# A query read leniently says so in its line, as a single search does on stderr.
printf '"đào tạo\nđào tạo\n' | "$TRACUU" search --db "$B" --batch > "$WORK/out"
jq -e -s '(.[0].warning | test("unbalanced quote")) and (.[1] | has("warning") | not) and .[0].total > 0' \
	"$WORK/out" >/dev/null && ok || fail "the warning of a lenient reading: $(cut -c1-200 "$WORK/out")"

# A query that cannot be read is said in its line; the others still run.
printf 'đào tạo\nNOT\n"Tô Hiệu"\n' | "$TRACUU" search --db "$B" --batch > "$WORK/out" 2> "$WORK/err"
RC=$?
expect_rc 2 "a query that cannot be read makes the status 2"
jq -e -s 'length == 3 and (.[1] | .query == "NOT" and (.error | test("nothing to search for")))
	and (.[0].results | length) > 0 and (.[2].results | length) > 0' "$WORK/out" >/dev/null &&
	ok || fail "the bad line has its error, the lines around it their results: $(cat "$WORK/out" | head -c 400)"

# A phrase that finds nothing only because of punctuation not typed: the
# count of documents that have it across punctuation, as on stderr.
mkdir -p "$WORK/t"
printf 'Văn bản\n\nĐội ngũ chuyên gia, kỹ sư được tuyển.\n' > "$WORK/t/a.txt"
"$TRACUU" ingest -q --db "$WORK/db" "$WORK/t" || fail "ingest the punctuation text"
printf '"chuyên gia kỹ sư"\n"chuyên gia, kỹ sư"\n"kỹ sư chuyên gia"\n' |
	"$TRACUU" search --db "$WORK/db" --batch > "$WORK/out"
jq -e -s '.[0].total == 0 and .[0].across_punctuation == 1 and .[0].across_punctuation_exact
	and .[1].total == 1 and (.[1] | has("across_punctuation") | not)
	and .[2].total == 0 and (.[2] | has("across_punctuation") | not)' "$WORK/out" >/dev/null &&
	ok || fail "across_punctuation only where punctuation is why: $(cat "$WORK/out")"

# A file saved by a Windows editor: a byte-order mark and CRLF line ends,
# for search --batch and cite --batch alike.
printf '\357\273\27757-QĐ/TW\r\n\r\n# x\r\nđào tạo\r\n' > "$WORK/windows"
"$TRACUU" search --db "$B" --batch < "$WORK/windows" > "$WORK/out"
jq -e -s 'length == 2 and .[0].query == "57-QĐ/TW" and .[1].query == "đào tạo" and all(.[]; .total > 0)' \
	"$WORK/out" >/dev/null && ok || fail "search --batch reads a BOM and CRLF file: $(cut -c1-120 "$WORK/out")"
printf '\357\273\27757-QĐ/TW\r\n' | "$TRACUU" cite --db "$B" --batch > "$WORK/out"
jq -e '.query == "57-QĐ/TW" and .found' "$WORK/out" >/dev/null && ok ||
	fail "cite --batch reads a number after a BOM: $(cut -c1-120 "$WORK/out")"

# Input that cannot be read and output that cannot be written: said, why, status 3.
for cmd in search cite; do
	run "$TRACUU" $cmd --db "$B" --batch < "$WORK"
	expect_rc 3 "$cmd --batch reading a folder"
	expect_err "cannot read the .* from stdin: Is a directory" "$cmd --batch says why it cannot read"
done
for i in $(seq 300); do echo 'đào tạo'; done > "$WORK/many"
run "$TRACUU" search --db "$B" --batch < "$WORK/many"
[ "$(grep -c . "$WORK/out")" -eq 300 ] && ok || fail "300 queries, 300 lines"
"$TRACUU" search --db "$B" --batch < "$WORK/many" > /dev/full 2> "$WORK/err"
RC=$?
expect_rc 3 "search --batch on a full disk"
expect_err "cannot write the results: No space left on device" "says the results were not written"
"$TRACUU" cite --db "$B" --batch < "$WORK/windows" > /dev/full 2> "$WORK/err"
RC=$?
expect_rc 3 "cite --batch on a full disk"
expect_err "cannot write the cards: No space left on device" "says the cards were not written"

# Usage mistakes are found before any query runs; a missing index stops it.
run "$TRACUU" search --db "$B" --batch 'đào tạo' < /dev/null
expect_rc 2 "--batch with a query on the command line"
expect_err "reads the queries from stdin" "says where the queries come from"
run "$TRACUU" search --db "$B" --batch --facets < "$WORK/two"
expect_rc 2 "--batch with --facets"
[ -z "$OUT" ] && ok || fail "nothing searched after a usage mistake"
run "$TRACUU" search --db "$B" --batch --type XYZ < "$WORK/two"
expect_rc 2 "a filter option that cannot be read"
expect_err "'XYZ' is not a document type" "names the bad filter once"
[ -z "$OUT" ] && ok || fail "no query runs with a bad filter option"
run "$TRACUU" search --db "$WORK/none" --batch < "$WORK/two"
expect_rc 4 "no index"
expect_err "no index there" "says there is no index"
finish
