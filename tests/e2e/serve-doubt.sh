# serve-doubt.sh — a card whose number cannot be as written says so on the page (in
# Vietnamese and English) and in /api/cite, as `cite` does (golden misprint-names.t): a Hải
# Phòng decision grounds itself on "72/2022/QH14 ngày 17 tháng 11 năm 2020", a number the
# 14th National Assembly (2016–2021) cannot have given (tvpl-legal-news legal_docs
# ef57df9384270c6e.md, excerpt). A number of its term says nothing.
. "$TRACUU_SRCDIR/tests/lib.sh"
. "$TRACUU_SRCDIR/tests/serve-lib.sh"

mkdir -p "$WORK/in"
printf '*Căn cứ Luật Bảo vệ môi trường số 72/2022/QH14 ngày 17\ntháng 11 năm 2020;*\n' >"$WORK/in/hai-phong.md"
printf 'Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17/11/2020;\n' >"$WORK/in/can-cu.md"
printf -- '- Luật Bảo vệ môi trường số\n72/2020/QH14 ngày 17/11/2020.\n' >"$WORK/in/can-cu-2.md"
printf '6 Điều 79 Luật Bảo vệ môi trường số\n17/2020/QH14 ngày 17/11/2020 (được sửa đổi).\n' >"$WORK/in/ha-tinh.md"
DB="$WORK/db"
run "$TRACUU" ingest --quiet --no-progress --db "$DB" "$WORK/in"
expect_rc 0 "the texts are ingested"
start_server --db "$DB"

get '/cite/72%2F2022%2FQH14'
expect_code 200 "the misprinted number's card"
expect_body '<p class="note doubt">Quốc hội khóa 14 làm việc 2016–2021: không có số hiệu năm 2022 nào của khóa này' \
	"the page says the number cannot be"
get '/cite/72%2F2022%2FQH14?lang=en'
expect_body "<p class=\"note doubt\">the National Assembly.{1,6}s term 14 sat 2016–2021: no number of 2022 is its" \
	"in English too"
get '/api/cite/72%2F2022%2FQH14'
expect_json '.cards[0].doubt' '"the National Assembly'"'"'s term 14 sat 2016–2021: no number of 2022 is its (a misprint?)"' \
	"the API says it"
get '/cite/72%2F2020%2FQH14'
expect_no_body 'class="note doubt"' "a number of its term: no doubt"
get '/api/cite/72%2F2020%2FQH14'
expect_json '.cards[0] | has("doubt")' 'false' "nor in the API"
# A number of its term dated the day of its name's better-cited number may misprint it
# (tvpl-legal-news legal_docs ac0f18a2d1b4fb56.md, a Hà Tĩnh decision: "17/2020/QH14 ngày
# 17/11/2020").
get '/cite/17%2F2020%2FQH14'
expect_body '<p class="note doubt">Luật Bảo vệ môi trường cùng ngày 2020-11-17 là số 72/2020/QH14 \(được nhiều văn bản trích dẫn hơn; có lẽ in sai số\)' \
	"the page says which number it may misprint"
get '/api/cite/17%2F2020%2FQH14'
expect_json '.cards[0].doubt' '"Luật Bảo vệ môi trường of the same day, 2020-11-17, is 72/2020/QH14 (cited by more documents; a misprint?)"' \
	"the API says it"
finish
