# serve-h14f.sh — a day's law by the command line and the API (docs/trust-sweep.md, "h14f"):
# `--as-of DAY` alone is a query; over the gazette and the laws it finds the laws in force that
# day, where the status scan read the 500 newest texts (none of them issued by 2010) and said
# "0 results"; `as-of=…&status=repealed` is the repealed texts, as `status=repealed&as-of=…`
# is (the as-of's "in force" default was added before the status was read: 102 results
# against 2).
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
. "$TRACUU_SRCDIR/tests/serve-lib.sh"

DB="$WORK/db"
run "$TRACUU" ingest --quiet --no-progress --db "$DB" \
	"$TRACUU_SHARED/corpus/congbao-8chude/docs" "$TRACUU_SHARED/corpus/uts-vlc-laws/docs"
expect_rc 0 "ingest the gazette and the laws"

# --as-of alone: a query of the regulations in force that day, each said so by cite.
for day in 2010-01-01 2015-07-01; do
	run "$TRACUU" search --db "$DB" --as-of "$day" --json -n 100
	expect_rc 0 "search --as-of $day alone finds the laws in force that day"
	jq -r '.number' "$WORK/out" >"$WORK/numbers"
	T_CHECKS=$((T_CHECKS + 1))
	[ "$(wc -l <"$WORK/numbers")" -ge 20 ] ||
		fail "--as-of $day: $(wc -l <"$WORK/numbers") results, expected the laws in force then (32 and more)"
	"$TRACUU" cite --db "$DB" --batch --json --as-of "$day" <"$WORK/numbers" |
		jq -r '"\(.query) \(.status)"' | grep -v ' in force$' >"$WORK/not" || true
	T_CHECKS=$((T_CHECKS + 1))
	[ ! -s "$WORK/not" ] || fail "--as-of $day: not in force that day by cite: $(head -3 "$WORK/not")"
done
# The status scan: 520 decrees of 2020 (more than the 500 it reads) and the Law on
# National Security of 2004 (uts-vlc-laws): in force on 2010-01-01, the law alone.
mkdir -p "$WORK/gen/a" "$WORK/gen/b"
i=1
while [ $i -le 520 ]; do
	printf 'CHÍNH PHỦ\nSố: %d/2020/NĐ-CP\nHà Nội, ngày 15 tháng 5 năm 2020\n\nNGHỊ ĐỊNH\nQuy định chế độ số %d\n\nĐiều 1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2020.\n' \
		$i $i >"$WORK/gen/a/nd-$i.txt"
	i=$((i + 1))
done
cp "$TRACUU_SHARED/corpus/uts-vlc-laws/docs/luat-an-ninh-quoc-gia.txt" "$WORK/gen/b/"
run "$TRACUU" ingest --quiet --no-progress --db "$WORK/gen/db" "$WORK/gen/a" "$WORK/gen/b"
expect_rc 0 "ingest 520 decrees and a law"
run "$TRACUU" search --db "$WORK/gen/db" --in-force --as-of 2010-01-01 -n 1
expect_out '^1\. Luật An ninh quốc gia số 32/2004/QH11$' "--in-force --as-of 2010-01-01 finds the law of 2004"
run "$TRACUU" search --db "$WORK/gen/db" --in-force --as-of 2021-01-01 -n 1
expect_out '^results 1–1 of about 5[0-9][0-9]$' "--in-force --as-of 2021-01-01: the decrees and the law"
# --count reads every match's standing: one exact total in every order, and the facets over it
# ("about 71", "about 231", "about 187" for `--in-force thuế` over the six folders by
# relevance, newest and oldest first: the 500 matches read were not the same).
for order in relevance date date-asc; do
	run "$TRACUU" search --db "$WORK/gen/db" --in-force --count --sort=$order -n 1
	expect_out '^results 1–1 of 521$' "--in-force --count --sort=$order: every match read"
done
run "$TRACUU" search --db "$WORK/gen/db" --in-force --count --facets -n 1
expect_out '^facets \(over 521 matching documents\):$' "--in-force --count --facets: the facets over them all"

# Facets with a status filter count what it keeps, as the results: each type's count is what
# that type as a filter finds ('--in-force --facets thuế' over the six folders counted 1,561
# matches, "Văn bản hợp nhất (53)" among them, over results of about 71; the 53 gave none).
"$TRACUU" search --db "$DB" --in-force --facets --json -n 0 thuế | tail -1 |
	jq -r '.facets.type | to_entries[] | "\(.value)\t\(.key)"' >"$WORK/facets"
T_CHECKS=$((T_CHECKS + 1))
[ -s "$WORK/facets" ] || fail "--in-force --facets thuế: no type facet"
while IFS="$(printf '\t')" read -r n t; do
	got=$(printf 'thuế\n' | "$TRACUU" search --db "$DB" --batch --in-force --type "$t" -n 0 | jq -r .total)
	T_CHECKS=$((T_CHECKS + 1))
	[ "$got" = "$n" ] || fail "--in-force thuế: the facet says $t ($n), --type '$t' finds $got"
done <"$WORK/facets"
# And a search that finds nothing says what the status alone finds, not the words' count.
run "$TRACUU" search --db "$DB" --in-force --type 'Văn bản hợp nhất' thuế
expect_rc 1 "--in-force --type 'Văn bản hợp nhất' thuế: nothing"
n_status=$(printf 'thuế\n' | "$TRACUU" search --db "$DB" --batch --in-force -n 0 | jq -r .total)
T_CHECKS=$((T_CHECKS + 1))
grep -q "with only the status $n_status\$" "$WORK/err" ||
	fail "the status alone finds $n_status: $(cat "$WORK/err")"

start_server --db "$DB"
# The page of a day alone ticks "in force only" and says it (the box was unticked over a list
# of what was in force that day).
get '/search?as-of=2010-01-01'
expect_body 'id="in-force" value="1" checked' "as-of alone: the in-force box ticked"
expect_body '<p class="searched">Còn hiệu lực · Tính đến ngày: 2010-01-01</p>' "as-of alone: said in force"
get '/search?as-of=2010-01-01&status=repealed&lang=en'
expect_no_body 'id="in-force" value="1" checked' "as-of with a status: the box not ticked"
get '/api/search?as-of=2010-01-01&n=1'
expect_code 200 "as-of alone on /api/search"
T_CHECKS=$((T_CHECKS + 1))
[ "$(json .total)" -ge 20 ] || fail "as-of=2010-01-01 alone: total $(json .total)"
get '/api/search?q=lao&as-of=2025-01-01&status=repealed&n=100'
a=$(json '[.results[].id] | join(",")')
get '/api/search?q=lao&status=repealed&as-of=2025-01-01&n=100'
b=$(json '[.results[].id] | join(",")')
T_CHECKS=$((T_CHECKS + 1))
[ -n "$b" ] && [ "$a" = "$b" ] ||
	fail "as-of before status gave ids $a; status before as-of $b"
T_CHECKS=$((T_CHECKS + 1))
"$TRACUU" search --db "$DB" --status repealed --as-of 2025-01-01 lao --json -n 100 |
	jq -r '.id' | paste -sd, - | grep -qx "$b" || fail "the API's repealed texts are not the command line's"

# The index gone while the server runs: 503, and on the Vietnamese page what it means and what
# to do in Vietnamese (the reason alone was the server's English).
stop_server
cp -a "$WORK/gen/db" "$WORK/gone"
start_server --db "$WORK/gone"
mv "$WORK/gone" "$WORK/gone.away"
get '/search?q=ngh%E1%BB%8B%20%C4%91%E1%BB%8Bnh'
expect_code 503 "the index moved away: the page"
expect_body 'Hãy thử lại sau giây lát' "the Vietnamese page says what to do"
get '/search?q=ngh%E1%BB%8B%20%C4%91%E1%BB%8Bnh&lang=en'
expect_no_body 'Hãy thử lại' "the English page has the reason alone"
get '/api/search?q=a'
expect_code 503 "the index moved away: the API"
mv "$WORK/gone.away" "$WORK/gone"
get '/api/search?q=ngh%E1%BB%8B%20%C4%91%E1%BB%8Bnh'
expect_code 200 "the index back: the API answers again"
finish
