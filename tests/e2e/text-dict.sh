# text-dict.sh — corpus/text-dict.txt (the record's preset deflate dictionary) is what scripts/compose-text-dict.py composes from the project's own phrases and tables, byte for byte; the composer refuses a bad phrase line and a missing table.
. "$TRACUU_SRCDIR/tests/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "no python3: skipped" >&2; exit 77; }
COMPOSE="$TRACUU_SRCDIR/scripts/compose-text-dict.py"

# ---- 1. The committed dictionary is the composer's output: a phrase or a
# table changed without recomposing (or the file edited by hand) fails here.
run python3 "$COMPOSE" "$TRACUU_SRCDIR"
expect_rc 0 "compose-text-dict.py"
T_CHECKS=$((T_CHECKS + 1))
cmp -s "$WORK/out" "$TRACUU_SRCDIR/corpus/text-dict.txt" ||
	fail "corpus/text-dict.txt is not what scripts/compose-text-dict.py gives"
T_CHECKS=$((T_CHECKS + 1))
size=$(wc -c < "$WORK/out")
[ "$size" -gt 16384 ] && [ "$size" -le 32768 ] ||
	fail "the dictionary holds $size bytes (deflate's window: 32768)"
# The formulas a decree's head repeats are in it, the most used last.
expect_out 'Căn cứ Luật Tổ chức Chính phủ ngày' "a preamble formula"
expect_out 'Theo đề nghị của Bộ trưởng Bộ Tư pháp;' "a formula composed with issuers.tsv"
T_CHECKS=$((T_CHECKS + 1))
[ "$(tail -n 1 "$WORK/out")" = "Độc lập - Tự do - Hạnh phúc" ] ||
	fail "the motto is not the last line: $(tail -n 1 "$WORK/out")"

# ---- 2. A copy of the sources with a bad phrase line, then a missing table.
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
