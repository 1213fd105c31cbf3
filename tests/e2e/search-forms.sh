# search-forms.sh — the ways Vietnamese is typed find the same documents; typed tones rank first.
. "$TRACUU_SRCDIR/tests/lib.sh"
B="$TRACUU_BUNDLED_DB"

same() { # what query1 query2
	sources "$B" "$2" > "$WORK/a"; sources "$B" "$3" > "$WORK/b"
	T_CHECKS=$((T_CHECKS + 1))
	if [ ! -s "$WORK/a" ]; then fail "$1: '$2' finds nothing"; return; fi
	cmp -s "$WORK/a" "$WORK/b" || fail "$1: '$2' and '$3' differ: $(tr '\n' ' ' < "$WORK/a") / $(tr '\n' ' ' < "$WORK/b")"
}
same "with and without marks" 'đào tạo' 'dao tao'
same "old and new tone placement" 'Uỷ ban' 'Ủy ban'
same "old and new tone placement, lower case" 'hoà' 'hòa'
same "decomposed and composed" "$(printf '\304\221a\314\200o ta\314\243o')" 'đào tạo'
same "capitals" 'ĐÀO TẠO' 'đào tạo'

run sources "$B" '"Trường Chính trị Tô Hiệu"'
[ "$OUT" = "seeds/000_b59fb608fd294d74.txt" ] && ok || fail "the phrase finds only the article naming the school, got: $OUT"
run sources "$B" '"Tô Hiệu Trường"'
[ -z "$OUT" ] && ok || fail "words in the wrong order are not the phrase"

# A pasted sentence (five words or more) is ranked: a date in it, or a number
# nothing cites, adds evidence and empties nothing; a quoted phrase and a
# number some document cites stay required.
run sources "$B" 'Học viện tổ chức hội nghị ngày 31/12/1999 về đào tạo cán bộ'
[ -n "$OUT" ] && ok || fail "a date no document holds does not empty a pasted sentence"
run sources "$B" 'Học viện tổ chức hội nghị theo Quy định 99-QĐ/TW về đào tạo cán bộ'
[ -n "$OUT" ] && ok || fail "a number nothing cites does not empty a pasted sentence"
run sources "$B" 'Học viện tổ chức hội nghị "Trường Chính trị Tô Hiệu" về đào tạo cán bộ'
[ "$OUT" = "seeds/000_b59fb608fd294d74.txt" ] && ok || fail "a quoted phrase in a pasted sentence stays required, got: $OUT"
sources "$B" '57-QĐ/TW' | sort > "$WORK/cited"
run sources "$B" 'Học viện tổ chức hội nghị quán triệt 57-QĐ/TW về đào tạo cán bộ'
[ -s "$WORK/cited" ] && [ "$(printf '%s\n' "$OUT" | sort)" = "$(cat "$WORK/cited")" ] && ok ||
	fail "a cited number in a pasted sentence stays required, got: $OUT"

run "$TRACUU" search --json 'học viện'
expect_rc 0 "JSON search"
printf '%s\n' "$OUT" | jq -e -s 'length >= 1 and all(.[]; has("rank") and has("title") and has("source") and has("excerpt") and has("highlights"))' >/dev/null \
	&& ok || fail "JSON Lines parse, one object per result with the documented fields"
[ "$(printf '%s\n' "$OUT" | grep -c .)" -eq "$(printf '%s\n' "$OUT" | jq -s length)" ] && ok || fail "one object per line"

# Exact tones rank first: "dương" three times in A, "đường" once in B.
mkdir -p "$WORK/t"
printf 'Con dương ở đây.\n\nMột con dương, hai con dương nữa.\n' > "$WORK/t/a.txt"
printf 'Con đường ở đây.\n\nMột con phố nữa.\n' > "$WORK/t/b.txt"
"$TRACUU" ingest -q --db "$WORK/db" "$WORK/t" || fail "ingest the tone test"
top() { "$TRACUU" search --db "$WORK/db" --json "$1" | jq -r .source | head -n 1 | sed 's|.*/||'; }
[ "$(top 'đường')" = b.txt ] && ok || fail "'đường' ranks the exact match first, got $(top 'đường')"
[ "$(top 'dương')" = a.txt ] && ok || fail "'dương' ranks the exact match first"
run sources "$WORK/db" 'duong'
[ "$(printf '%s\n' "$OUT" | grep -c .)" -eq 2 ] && ok || fail "'duong' finds both"
run sources "$WORK/db" 'đường'
[ "$(printf '%s\n' "$OUT" | grep -c .)" -eq 2 ] && ok || fail "'đường' finds the folded match too, ranked lower"

# Old tone placement in the query is the new one in the text: "thủy" once in
# C ranks above "thùy" (another word) three times in D for 'thuỷ' and 'THUỶ'.
printf 'Công trình thủy lợi.\n' > "$WORK/t/c.txt"
printf 'Thùy, thùy, thùy lợi.\n' > "$WORK/t/d.txt"
printf 'Hoà bình và hòa hợp.\n' > "$WORK/t/e.txt"
"$TRACUU" ingest -q --db "$WORK/db" "$WORK/t" || fail "ingest the tone-placement test"
[ "$(top 'thuỷ')" = c.txt ] && ok || fail "'thuỷ' is 'thủy': the exact match ranks first, got $(top 'thuỷ')"
[ "$(top 'THUỶ LỢI')" = c.txt ] && ok || fail "'THUỶ LỢI' is 'thủy lợi'"
run "$TRACUU" search --db "$WORK/db" --json '"hòa bình"'
expect_out 'e\.txt' "'hòa bình' finds 'Hoà bình'"
run "$TRACUU" search --db "$WORK/db" --json --limit 1 'hoà'
printf '%s\n' "$OUT" | jq -r '.highlights | length' | grep -qx 2 && ok || fail "'hoà' marks both placements in the excerpt: $OUT"

# Excerpts mark the match.
run "$TRACUU" search --color=never 'Tô Hiệu'
expect_out '«Tô Hiệu»' "the match is marked in the excerpt"
run "$TRACUU" search --color=always 'Tô Hiệu'
expect_out "$(printf '\033')\[1mTô Hiệu" "bold on request"
# Totals: exact up to 500 matches, then an estimate ("about"); --count counts all.
mkdir -p "$WORK/many"
i=0
while [ $i -lt 1200 ]; do
	if [ $((i % 2)) -eq 0 ]; then
		printf 'Tin %d\n\nChế độ bảo hiểm xã hội cho người lao động, tin số %d.\n' $i $i
	else
		printf 'Tin %d\n\nXã hội và bảo hiểm, tin số %d.\n' $i $i
	fi > "$WORK/many/$i.txt"
	i=$((i + 1))
done
run "$TRACUU" ingest --quiet --no-progress --db "$WORK/many.db" "$WORK/many"
expect_rc 0 "ingest 1200 short texts"
run "$TRACUU" search --db "$WORK/many.db" --color=never '"tin số"'
expect_out '^results 1–10 of about [0-9]*$' "past 500 matches the total is an estimate"
run "$TRACUU" search --db "$WORK/many.db" --color=never --count '"tin số"'
expect_out '^results 1–10 of 1200$' "--count counts every match"
run "$TRACUU" search --db "$WORK/many.db" --color=never --count '"bảo hiểm xã hội"'
expect_out '^results 1–10 of 600$' "--count counts the phrase's matches, not its words'"
run "$TRACUU" search --db "$WORK/many.db" --color=never --count '"bảo hiểm xã hội" "tin số 70"'
expect_out '^1 result$' "a total under 500 is exact"
finish
