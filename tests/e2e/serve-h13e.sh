# serve-h13e.sh — the page and the API refuse as the command line does: a line of several numbers says so, a date filter's day its month does not have is no date (docs/trust-sweep.md, "h13e").
. "$TRACUU_SRCDIR/tests/lib.sh"
. "$TRACUU_SRCDIR/tests/serve-lib.sh"

# Two lines of congbao-8chude and tvpl-legal-news (the sweep's excerpts).
mkdir -p "$WORK/in"
printf '%s\n' 'đổi, bổ sung một số điều của Nghị định số 112/2021/NĐ-CP ngày 10/12/2021 của Chính phủ quy' \
	'- Thông tư số 40/2025/TT-BNNMT ngày 02/7/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường; thuế' >"$WORK/in/a.txt"
DB="$WORK/db"
run "$TRACUU" ingest --quiet --no-progress --db "$DB" "$WORK/in"
expect_rc 0 "the excerpt is ingested"
start_server --db "$DB"

get '/api/cite/112%2F2021%2FN%C4%90-CP%2C%2040%2F2025%2FTT-BNNMT'
expect_code 400 "two numbers on /api/cite"
expect_json '.error' '"2 numbers (112/2021/NĐ-CP, 40/2025/TT-BNNMT), not one: give one number a line"' \
	"the API names the two numbers"
get '/cite/112%2F2021%2FN%C4%90-CP%2C%2040%2F2025%2FTT-BNNMT?lang=en'
expect_code 400 "two numbers on /cite"
expect_body '2 numbers \(112/2021/NĐ-CP, 40/2025/TT-BNNMT\), not one: look one number up at a time' \
	"the page names the two numbers"
get '/cite/112%2F2021%2FN%C4%90-CP%2C%2040%2F2025%2FTT-BNNMT'
expect_body '2 số hiệu \(112/2021/NĐ-CP, 40/2025/TT-BNNMT\), không phải một' "in Vietnamese"

get '/api/search?q=thu%E1%BA%BF&from=2025-02-30'
expect_code 400 "30 February on /api/search"
expect_json '.error' "\"from: '2025-02-30' is not a date: 2025-02 has 28 days\"" "the API says why"
get '/search?q=thu%E1%BA%BF&to=2025-06-31&lang=en'
expect_code 400 "31 June on /search"
expect_body '2025-06-31(&#39;|'"'"') is not a date: 2025-06 has 30 days' "the page says why"
finish
