# bad-inputs.sh — hostile files, queries and paths: each gets a clear message and a defined
# exit status, nothing crashes, and the index stays searchable afterwards.
. "$TRACUU_SRCDIR/tests/lib.sh"
DB="$WORK/db"
BIG_DIR_FILES=${TRACUU_BIG_DIR_FILES:-$(loops 10000 100000)}
tried=0
"$TRACUU" ingest --quiet --db "$DB" "$FIXTURES/ingest/good.txt" || fail "the first ingest"

# searchable: the index still answers after each bad input.
searchable() {
	run "$TRACUU" search --db "$DB" --color=never 'Tô Hiệu'
	expect_rc 0 "$1: the index is still searchable"
	expect_out 'good\.txt' "$1: the good document is still found"
}
# bad_file NAME STATUS PATTERN: ingest $WORK/bad/NAME, expect STATUS and PATTERN on stderr.
bad_file() {
	tried=$((tried + 1))
	run "$TRACUU" ingest --no-progress --db "$DB" "$WORK/bad/$1"
	expect_rc "$2" "$1"
	expect_err "$3" "$1: the message"
	[ "$RC" -lt 128 ] || fail "$1: killed by a signal ($RC)"
	searchable "$1"
}
mkdir -p "$WORK/bad"
: >"$WORK/bad/empty.txt"
bad_file empty.txt 0 'empty\.txt: empty file, nothing to index'
printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\0\1' >"$WORK/bad/image.txt"
bad_file image.txt 3 'image\.txt: binary file \(image\)'
printf '%%PDF-1.4\n%%\342\343\317\323\n1 0 obj << /Length 99999 >> stream\n\0\0garbage' >"$WORK/bad/broken.pdf"
bad_file broken.pdf 3 'broken\.pdf: .*(PDF|pdf)'
printf 'Xin chào \300\300 thế giới\n' >"$WORK/bad/bad-utf8.txt"
bad_file bad-utf8.txt 3 'bad-utf8\.txt: not valid UTF-8 at byte offset 10'
printf 'Quy định về\0 chữ ký số\0\0 của Bộ Tư pháp\n' >"$WORK/bad/nul.txt"
bad_file nul.txt 3 'nul\.txt: '
# 2 GB, sparse: refused by the documented limit (INGEST_MAX_FILE_BYTES) before it is read.
truncate -s 2G "$WORK/bad/huge.txt"
bad_file huge.txt 3 'huge\.txt: file too large \(2147483648 bytes; the limit is 256 MiB\)'
rm -f "$WORK/bad/huge.txt"
# HTML nested 100,000 levels deep.
awk 'BEGIN { printf "<html><body>"; for (i = 0; i < 100000; i++) printf "<div>";
	printf "Nghị định sâu thẳm"; for (i = 0; i < 100000; i++) printf "</div>"; print "</body></html>" }' \
	>"$WORK/bad/deep.html"
tried=$((tried + 1))
run "$TRACUU" ingest --no-progress --db "$DB" "$WORK/bad/deep.html"
[ "$RC" -eq 0 ] || [ "$RC" -eq 3 ] && ok || fail "deep.html: exit status $RC (stderr: $(head -c 300 "$WORK/err"))"
[ "$RC" -eq 0 ] || expect_err 'deep\.html: ' "deep.html: the message names the file"
searchable deep.html
# Entity expansion bombs: entities are not expanded, nothing is fetched.
cat >"$WORK/bad/lol.html" <<'HTML'
<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
 <!ENTITY net SYSTEM "http://127.0.0.1:9/x">
]>
<html><head><title>Bom thực thể</title></head><body><p>Văn bản bom &lol9; &xxe; &net; hết.</p></body></html>
HTML
tried=$((tried + 1))
run timeout 60 "$TRACUU" ingest --no-progress --db "$DB" "$WORK/bad/lol.html"
[ "$RC" -eq 0 ] || [ "$RC" -eq 3 ] && ok || fail "lol.html: exit status $RC"
run "$TRACUU" search --db "$DB" --json 'bom thực thể'
expect_no_out 'lollollol' "lol.html: entities are not expanded"
expect_no_out 'root:' "lol.html: an external entity is not read"
searchable lol.html
# Extremely long lines and words, without a newline.
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "Quy định về chữ ký số %d ", i }' >"$WORK/bad/long-line.txt"
awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "ả"; print "" }' >"$WORK/bad/long-word.txt"
for f in long-line.txt long-word.txt; do
	tried=$((tried + 1))
	run "$TRACUU" ingest --no-progress --db "$DB" "$WORK/bad/$f"
	expect_rc 0 "$f is ingested"
	searchable "$f"
done
# Document numbers with 10,000 digits, in a file and in queries.
digits=$(awk 'BEGIN { for (i = 0; i < 10000; i++) printf "%d", (i % 9) + 1 }')
printf 'Căn cứ Quy định số %s-QĐ/TW và Nghị định %s/2021/NĐ-CP.\n' "$digits" "$digits" >"$WORK/bad/digits.txt"
tried=$((tried + 1))
run "$TRACUU" ingest --no-progress --db "$DB" "$WORK/bad/digits.txt"
expect_rc 0 "a file with 10,000-digit numbers is ingested"
for q in "$digits-QĐ/TW" "$digits/2021/NĐ-CP"; do
	tried=$((tried + 1))
	run "$TRACUU" search --db "$DB" "$q"
	[ "$RC" -le 2 ] && ok || fail "a 10,000-digit number query: exit status $RC ($(head -c 200 "$WORK/err"))"
	tried=$((tried + 1))
	run "$TRACUU" cite --db "$DB" "$q"
	[ "$RC" -le 2 ] && ok || fail "cite with a 10,000-digit number: exit status $RC ($(head -c 200 "$WORK/err"))"
done
searchable "10,000-digit numbers"

# Queries: unbalanced quotes and operators, and a long one: 11 KB, 100 KB under
# `make stress` (the command line caps one argument near 128 KiB; the fuzz smoke
# test gives the parser 1 MiB).
for q in '"quy định' 'quy định"' '"' '""' '(' ')' '((((Tô' 'AND' 'OR OR' 'NOT' '-' '+' '-"' \
	'Tô AND' 'NOT NOT Tô' ':' 'loai:' 'nam:abc' '57-' '-QĐ/TW' '/'; do
	tried=$((tried + 1))
	run "$TRACUU" search --db "$DB" "$q"
	case $RC in
	0|1) ok ;;
	2) expect_err '^tracuu: ' "query '$q': a message" ;;
	*) fail "query '$q': exit status $RC ($(head -c 200 "$WORK/err"))" ;;
	esac
done
long=$(awk -v n="$(loops 1000 9000)" 'BEGIN { for (i = 0; i < n; i++) printf "Tô Hiệu " }')
tried=$((tried + 1))
run "$TRACUU" search --db "$DB" "$long"
[ "$RC" -le 2 ] && ok || fail "a ${#long}-byte query: exit status $RC ($(head -c 200 "$WORK/err"))"

# Missing and unusable indexes.
tried=$((tried + 1))
run "$TRACUU" search --db "$WORK/none" 'x'
expect_rc 4 "a missing --db"
expect_err 'no index there' "a missing --db explained"
echo x >"$WORK/afile"
tried=$((tried + 1))
run "$TRACUU" ingest --db "$WORK/afile/db" "$FIXTURES/ingest/good.txt"
expect_rc 4 "an index under a file"
expect_err '^tracuu: index ' "an index under a file: the message"
if [ "$(id -u)" -ne 0 ]; then
	cp -r "$DB" "$WORK/locked" && chmod 000 "$WORK/locked"
	tried=$((tried + 1))
	run "$TRACUU" search --db "$WORK/locked" 'Tô'
	expect_rc 4 "an unreadable --db"
	expect_err '^tracuu: ' "an unreadable --db: the message"
	chmod 755 "$WORK/locked"
else
	echo "running as root: an unreadable --db cannot be made, not tried"
fi

# A folder of empty files (10,000; 100,000 under `make stress`): each named, none
# indexed, in bounded time.
mkdir -p "$WORK/many"
(cd "$WORK/many" && seq -f 'f%06g.txt' 1 "$BIG_DIR_FILES" | xargs touch)
tried=$((tried + 1))
run "$TRACUU" ingest --quiet --no-progress --db "$DB" "$WORK/many"
expect_rc 0 "a folder of empty files (skipped, each named)"
n=$(grep -c 'empty file, nothing to index$' "$WORK/err")
[ "$n" -eq "$BIG_DIR_FILES" ] && ok || fail "$n of $BIG_DIR_FILES empty files named"
searchable "a folder of $BIG_DIR_FILES empty files"

# A page with terminal escapes (CSI colours, an OSC that sets the window
# title, the one-byte C1 CSI), NEL and U+2028: what a terminal would obey
# never reaches it, in search, show and cite output; JSON excerpts stay one line.
mkdir -p "$WORK/esc"
printf 'Tiêu đề \033]0;pwned\007đỏ\n\nNghị định 15/2020/NĐ-CP \033[31mquy định\033[0m \302\23331m xử phạt\302\205 vi phạm\342\200\250hành chính.\n' \
	> "$WORK/esc/a.txt"
tried=$((tried + 1))
run "$TRACUU" ingest --quiet --no-progress --db "$WORK/escdb" "$WORK/esc/a.txt"
expect_rc 0 "a text with terminal escapes"
controls() { LC_ALL=C grep -c "$(printf '[\001-\010\013-\037\177]\\|\302[\200-\237]\\|\342\200[\250\251]')" "$1"; }
for cmd in "search --color=never xử phạt" "search --color=never 15/2020/NĐ-CP" "show 1" "cite --color=never 15/2020/NĐ-CP"; do
	# shellcheck disable=SC2086
	"$TRACUU" $cmd --db "$WORK/escdb" > "$WORK/shown" 2>&1
	T_CHECKS=$((T_CHECKS + 1))
	[ "$(controls "$WORK/shown")" -eq 0 ] || fail "'tracuu $cmd' prints control characters: $(head -c 300 "$WORK/shown" | od -c | head -5)"
done
T_CHECKS=$((T_CHECKS + 1))
grep -q '15/2020/NĐ-CP.*quy định.*xử phạt' "$WORK/shown" ||
	fail "cite shows the sentence around the escapes: $(cat "$WORK/shown")"
"$TRACUU" search --db "$WORK/escdb" --json 'vi phạm' > "$WORK/shown"
T_CHECKS=$((T_CHECKS + 1))
[ "$(controls "$WORK/shown")" -eq 0 ] && [ "$(grep -c . "$WORK/shown")" -eq 1 ] &&
	jq -e '.excerpt | test("vi phạm hành chính")' "$WORK/shown" >/dev/null ||
	fail "the JSON excerpt holds control characters or line separators: $(cat "$WORK/shown")"

echo "$tried bad inputs tried"
mkdir -p "$TRACUU_TMP/figures"
printf 'bad inputs\t%s tried, each with a message and a defined exit status\n' "$tried" \
	>"$TRACUU_TMP/figures/bad-inputs.txt"
finish
