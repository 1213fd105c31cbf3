# text-dict.sh — the record's preset deflate dictionary (corpus/text-dict-1.txt) is frozen: its bytes are the ones every index's text pieces name (adler-32 3506400334), whatever the tables say since; the build refuses it changed; scripts/compose-text-dict.py still composes a candidate from the project's own phrases and tables, and refuses a bad phrase line and a missing table.
. "$TRACUU_SRCDIR/tests/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "no python3: skipped" >&2; exit 77; }
COMPOSE="$TRACUU_SRCDIR/scripts/compose-text-dict.py"
GEN="$TRACUU_SRCDIR/scripts/gen-text-dict.sh"
DICT="$TRACUU_SRCDIR/corpus/text-dict-1.txt"

# ---- 1. The dictionary in use is the one indexes were written with: the
# id in every piece's header. A table's new row does not touch it (the
# composer's output may differ: it is a candidate, not the dictionary).
T_CHECKS=$((T_CHECKS + 1))
id=$(python3 -c 'import sys, zlib; print(zlib.adler32(open(sys.argv[1], "rb").read()))' "$DICT")
[ "$id" = 3506400334 ] || fail "corpus/text-dict-1.txt changed (adler-32 $id): every index names 3506400334"
T_CHECKS=$((T_CHECKS + 1))
grep -q '^TEXT_DICT_ADLER = 3506400334$' "$TRACUU_SRCDIR/Makefile.am" ||
	fail "Makefile.am does not build with the frozen id"
# The build compiles it in, and refuses a changed copy, saying why.
run sh "$GEN" "$DICT" 3506400334
expect_rc 0 "gen-text-dict.sh, the frozen dictionary"
expect_out '^const unsigned long deflate_text_dict_adler = 3506400334UL;$' "the id compiled in"
{ printf 'X'; tail -c +2 "$DICT"; } > "$WORK/changed.txt"
run sh "$GEN" "$WORK/changed.txt" 3506400334
expect_rc 1 "gen-text-dict.sh, a changed dictionary"
expect_err 'the dictionary is frozen' "gen-text-dict.sh, a changed dictionary"

# ---- 2. The composer gives a candidate within deflate's window, with the
# formulas a decree's head repeats, the most used last.
run python3 "$COMPOSE" "$TRACUU_SRCDIR"
expect_rc 0 "compose-text-dict.py"
T_CHECKS=$((T_CHECKS + 1))
size=$(wc -c < "$WORK/out")
[ "$size" -gt 16384 ] && [ "$size" -le 32768 ] ||
	fail "the candidate holds $size bytes (deflate's window: 32768)"
expect_out 'Căn cứ Luật Tổ chức Chính phủ ngày' "a preamble formula"
expect_out 'Theo đề nghị của Bộ trưởng Bộ Tư pháp;' "a formula composed with issuers.tsv"
T_CHECKS=$((T_CHECKS + 1))
[ "$(tail -n 1 "$WORK/out")" = "Độc lập - Tự do - Hạnh phúc" ] ||
	fail "the motto is not the last line: $(tail -n 1 "$WORK/out")"

# ---- 3. A copy of the sources with a bad phrase line, then a missing table.
SRC="$WORK/src"
mkdir -p "$SRC"
cp -R "$TRACUU_SRCDIR/corpus" "$SRC/"
chmod -R u+w "$SRC"
echo 'Căn cứ {type} của {body}' >> "$SRC/corpus/text-dict-phrases.txt"
run python3 "$COMPOSE" "$SRC"
expect_rc 1 "two templates in one phrase"
expect_err 'one template a line' "two templates in one phrase"
rm "$SRC/corpus/issuers.tsv"
run python3 "$COMPOSE" "$SRC"
expect_rc 1 "no issuers table"
expect_err 'issuers\.tsv' "no issuers table"
finish
