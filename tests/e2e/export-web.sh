# export-web.sh — citation export of web pages, fetched from a local server on 127.0.0.1: a news page cites as a web page with its canonical URL and site; a regulation published as a page cites as legislation with the page's URL; hostile text in both stays inside its field in every format.
. "$TRACUU_SRCDIR/tests/lib.sh"
DOCROOT="$WORK/docroot"
mkdir -p "$DOCROOT"  # served under /f/
cp "$FIXTURES/web/tin-khac.html" "$DOCROOT/"
# A plan published as a web page: its letterhead, a subject with braces, a
# percent sign, quotes, an ampersand, and a page title with markup.
cat >"$DOCROOT/ke-hoach-12.html" <<'EOF'
<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Kế hoạch 12/KH-UBND {A} 50% "mục tiêu" &lt;b&gt; - Cổng thông tin</title></head>
<body><article>
<p>ỦY BAN NHÂN DÂN<br>TỈNH NGHỆ AN</p>
<p>Số: 12/KH-UBND</p>
<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</p>
<p>Nghệ An, ngày 05 tháng 3 năm 2024</p>
<p>KẾ HOẠCH<br>Thực hiện chương trình {A} đạt 50% "mục tiêu" &amp; #1 năm 2024</p>
<p>I. MỤC ĐÍCH, YÊU CẦU</p>
<p>Triển khai đồng bộ các nhiệm vụ của chương trình trên địa bàn toàn tỉnh, bảo đảm
tiến độ và chất lượng, phân công rõ trách nhiệm của từng sở, ngành và địa phương.</p>
</article></body></html>
EOF
need_testserver "$DOCROOT"
DB="$WORK/db"
run "$TRACUU" ingest --db "$DB" --no-progress --timeout 2 --retries 0 --delay 0 \
	"$B/f/tin-khac.html" "$B/f/ke-hoach-12.html"
expect_rc 0 "both pages ingested"

# The news page: a web page, its canonical URL, its date, no jurisdiction.
run "$TRACUU" show --db "$DB" --format csl-json "$B/f/tin-khac.html"
expect_rc 0 "show --format csl-json of a page"
T_CHECKS=$((T_CHECKS + 1))
jq -e '.[0] | .type == "webpage" and .URL == "https://nhandan.example.vn/phien-hop-thu-nhat.html"
	and (.title | startswith("Phiên họp thứ nhất")) and (.issued."date-parts"[0][0] > 2000)
	and has("jurisdiction") == false' "$WORK/out" >/dev/null ||
	fail "the news page as CSL-JSON: $(head -c 600 "$WORK/out")"
run "$TRACUU" show --db "$DB" --format ris "$B/f/tin-khac.html"
expect_out '^TY  - ELEC$' "RIS: a web page"
expect_out '^UR  - https://nhandan\.example\.vn/phien-hop-thu-nhat\.html$' "RIS: its canonical URL"

# The plan: legislation, cited by the URL it was fetched from.
for f in csl-json bibtex ris; do
	run "$TRACUU" cite --db "$DB" --format "$f" 12/KH-UBND
	expect_rc 0 "cite --format $f of a number whose own text is a web page"
	cp "$WORK/out" "$WORK/cite.$f"
done
T_CHECKS=$((T_CHECKS + 1))
jq -e --arg url "$B/f/ke-hoach-12.html" '.[0] | .type == "legislation" and .number == "12/KH-UBND"
	and .URL == $url and .authority == "Ủy ban nhân dân tỉnh Nghệ An"
	and .author == [{"literal": "Ủy ban nhân dân tỉnh Nghệ An"}]
	and .issued."date-parts" == [[2024, 3, 5]] and .jurisdiction == "vn" and .language == "vi"
	and .title == "Kế hoạch thực hiện chương trình {A} đạt 50% \"mục tiêu\" & #1 năm 2024"' \
	"$WORK/cite.csl-json" >/dev/null ||
	fail "the plan as CSL-JSON: $(head -c 800 "$WORK/cite.csl-json")"
T_CHECKS=$((T_CHECKS + 1))
grep -qxF "  title    = {Kế hoạch thực hiện chương trình \\{A\\} đạt 50\\% {\"}mục tiêu{\"} \\& \\#1 năm 2024}," \
	"$WORK/cite.bibtex" || fail "biblatex: the title escaped: $(cat "$WORK/cite.bibtex")"
T_CHECKS=$((T_CHECKS + 1))
grep -qxF "  url      = {$B/f/ke-hoach-12.html}," "$WORK/cite.bibtex" ||
	fail "biblatex: the page's URL verbatim: $(cat "$WORK/cite.bibtex")"
T_CHECKS=$((T_CHECKS + 1))
# Each RIS line a tag; nothing spills onto a line of its own.
[ "$(grep -cvE '^([A-Z][A-Z0-9])  - ' "$WORK/cite.ris")" -eq 0 ] &&
	grep -qxF "UR  - $B/f/ke-hoach-12.html" "$WORK/cite.ris" &&
	grep -qxF 'TY  - STAT' "$WORK/cite.ris" || fail "RIS of the plan: $(cat "$WORK/cite.ris")"

# Its page shown as a citation is the plan, the same as cite gives.
run "$TRACUU" show --db "$DB" --format ris "$B/f/ke-hoach-12.html"
T_CHECKS=$((T_CHECKS + 1))
cmp -s "$WORK/out" "$WORK/cite.ris" || fail "show --format of the plan's page differs from cite"
finish
