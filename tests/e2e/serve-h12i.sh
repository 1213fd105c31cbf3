# serve-h12i.sh — a card whose effective date is a portal's stated one shows, on the page, also the date its own text gives, with that sentence (docs/trust-sweep.md, "h12i").
. "$TRACUU_SRCDIR/tests/lib.sh"
. "$TRACUU_SRCDIR/tests/serve-lib.sh"
need_shared

# vbpl-html: vbpl.vn's attribute table of 101/2015/QH13 (Bộ luật Tố tụng
# hình sự) states "Ngày có hiệu lực: 01/01/2018" (resolutions not in the
# collection put the day off); its text's Article 509 says 01/07/2016. The
# card's effective date is the portal's; the command line shows the text's
# beside it ("its text says …"), the page showed only the portal's.
DB="$WORK/db"
run "$TRACUU" ingest --quiet --no-progress --db "$DB" "$TRACUU_SHARED/corpus/vbpl-html"
expect_rc 0 "vbpl-html is ingested"
run "$TRACUU" cite --db "$DB" --json 101/2015/QH13
expect_rc 0 "101/2015/QH13's card"
printf '%s\n' "$OUT" | jq -e '.effective == "2018-01-01" and .effective_in_text.date == "2016-07-01"' >/dev/null &&
	ok || fail "the card states 2018-01-01, its text 2016-07-01: $(printf '%s' "$OUT" | jq -c '[.effective, .effective_in_text]')"
start_server --db "$DB"

get '/cite/101%2F2015%2FQH13'
expect_code 200 "the card's page"
expect_body '<dd class="effective">2018-01-01<br><q class="evidence">Ngày có hiệu lực: 01/01/2018</q>' \
	"the portal's stated date with its line"
expect_body '<dd class="effective-in-text">Văn bản ghi 2016-07-01<br><q class="evidence">1\. Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2016\.</q> <a class="evidence-doc" href="/doc/[0-9]+\?at=[0-9]+' \
	"the date its text gives, with its sentence and a link to it"
get '/cite/101%2F2015%2FQH13?lang=en'
expect_code 200 "the card's page in English"
expect_body '<dd class="effective-in-text">Its text says 2016-07-01<br><q class="evidence">1\. Bộ luật này' \
	"in English"

# A card whose date is its text's own has no second line.
get '/cite/15%2F2012%2FQH13'
expect_code 200 "a card of the collection"
expect_body '<dd class="effective">' "with an effective date"
expect_no_body 'effective-in-text' "no second line where the text's date is the card's"
finish
