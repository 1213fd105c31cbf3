# phrases.sh — a quoted phrase: its words in order, with only white space (line breaks included) where the query has only white space; typed punctuation matches any.
. "$TRACUU_SRCDIR/tests/lib.sh"
DB="$WORK/db"
IN="$WORK/in"
mkdir -p "$IN"
nbsp=$(printf '\302\240')
printf 'Văn bản A\n\nNgười sử dụng ký hợp đồng\nlao động với người lao động.\n' > "$IN/a-wrapped.txt"
printf 'Văn bản B\n\nBên A ký hợp đồng. Lao động là nghĩa vụ của công dân.\n' > "$IN/b-sentences.txt"
printf 'Văn bản C\n\nMẫu hợp%sđồng lao động ban hành kèm theo.\n' "$nbsp" > "$IN/c-nbsp.txt"
printf 'Văn bản D\n\nTheo Điều 5 khoản 2 của Luật này, đội ngũ chuyên gia, kỹ sư được tuyển.\n' > "$IN/d-numbers.txt"
run "$TRACUU" ingest --quiet --no-progress --db "$DB" --root "$IN" "$IN"
expect_rc 0 "ingest the four texts"

found() { # what query expected-sources
	sources "$DB" "$2" | tr '\n' ' ' > "$WORK/got"
	T_CHECKS=$((T_CHECKS + 1))
	[ "$(cat "$WORK/got")" = "$3" ] || fail "$1: '$2' found '$(cat "$WORK/got")', expected '$3'"
}
found "across a hard line break and U+00A0, not across a full stop" \
	'"hợp đồng lao động"' 'a-wrapped.txt c-nbsp.txt '
found "the same without marks" '"hop dong lao dong"' 'a-wrapped.txt c-nbsp.txt '
found "punctuation typed in the phrase matches punctuation or none" \
	'"hợp đồng. Lao động"' 'a-wrapped.txt b-sentences.txt c-nbsp.txt '
found "two words of a phrase, a full stop between" '"đồng lao"' 'a-wrapped.txt c-nbsp.txt '
found "numbers in a phrase" '"Điều 5 khoản 2"' 'd-numbers.txt '
found "a comma in the text, none in the query" '"chuyên gia kỹ sư"' ''
found "a comma in the text and in the query" '"chuyên gia, kỹ sư"' 'd-numbers.txt '
# Nothing found because of punctuation the user did not type: said, with
# the count; nothing found for another reason: no such hint.
run "$TRACUU" search --db "$DB" '"chuyên gia kỹ sư"'
expect_rc 1 "no result for the phrase without its comma"
expect_err '1 document has it with punctuation between them' "the hint says how many would match"
run "$TRACUU" search --db "$DB" '"hợp đồng lao động kỹ sư"'
expect_rc 1 "no result for a phrase no text has"
T_CHECKS=$((T_CHECKS + 1))
[ ! -s "$WORK/err" ] || fail "no hint when punctuation is not the reason (stderr: $(cat "$WORK/err"))"
found "unquoted words are not a phrase" 'hợp đồng lao động' 'a-wrapped.txt b-sentences.txt c-nbsp.txt '
found "an excluded phrase excludes what the phrase finds" \
	'lao động -"hợp đồng lao động"' 'b-sentences.txt '
found "words in the wrong order" '"lao động hợp đồng"' ''

# The excerpt marks the phrase where it stands, wrapped line and all, and
# not the words across the full stop.
run "$TRACUU" search --db "$DB" --color=never '"hợp đồng lao động"'
expect_out '«hợp đồng lao động»' "the wrapped phrase is marked as one"
run "$TRACUU" search --db "$DB" --color=never --json '"đồng lao"'
expect_no_out 'b-sentences' "no match across a full stop"
mkdir -p "$WORK/e"
printf 'Văn bản E\n\nKý hợp đồng lao động rồi. Sau đó, hợp đồng. Lao động chăm chỉ.\n' > "$WORK/e/e.txt"
run "$TRACUU" ingest --quiet --no-progress --db "$WORK/db-e" "$WORK/e"
run "$TRACUU" search --db "$WORK/db-e" --json '"hợp đồng lao động"'
T_CHECKS=$((T_CHECKS + 1))
[ "$(printf '%s\n' "$OUT" | jq -c '[.excerpt[.highlights[][0]:.highlights[][1]]]')" = '["hợp đồng lao động"]' ] ||
	fail "only the occurrence without punctuation is marked: $OUT"

# The index pairs words across white space only, and never a number.
live=$(live_index "$DB")
pairs() { xapian-delve -t "$1" "$live" 2>/dev/null | grep -c 'Posting List'; }
T_CHECKS=$((T_CHECKS + 1))
[ "$(pairs Bhop_dong)" -eq 1 ] && [ "$(pairs Bdong_lao)" -eq 1 ] && [ "$(pairs Blao_dong)" -eq 1 ] ||
	fail "pairs of words across spaces and line breaks are indexed"
T_CHECKS=$((T_CHECKS + 1))
[ "$(pairs Bgia_ky)" -eq 0 ] && [ "$(pairs Bdieu_5)" -eq 0 ] && [ "$(pairs B5_khoan)" -eq 0 ] ||
	fail "no pair across a comma or with a number"
finish
