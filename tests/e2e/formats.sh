# formats.sh — one law as PDF, DOCX, DOC and HTML searches alike and gives one citation card; a TCVN3-font DOCX is found by an accented query; broken files fail alone.
. "$TRACUU_SRCDIR/tests/lib.sh"
DB="$WORK/db"
FORMATS="$FIXTURES/formats"

command -v antiword >/dev/null 2>&1 || { echo "FAIL: antiword is not installed (scripts/deps.sh)" >&2; exit 1; }

run "$TRACUU" ingest --db "$DB" "$FORMATS/law"
expect_rc 0 "ingesting the law in four formats"
expect_out '^4 added, 0 replaced, 0 unchanged, 0 skipped, 0 failed$' "four documents, none taken for a duplicate"
run "$TRACUU" search --db "$DB" --json --limit 10 --all-copies 'báo chí'
for f in PDF DOCX DOC html; do
	expect_out "\"format\":\"$f\"" "a document of format $f"
done
# Four copies of one law (same number, date and subject in their letterheads)
# are one result, the others listed as its copies, unless --all-copies.
run "$TRACUU" search --db "$DB" --json --limit 10 'báo chí'
T_CHECKS=$((T_CHECKS + 1))
[ "$(jq -s -c '[length, (.[0].copies | length)]' "$WORK/out")" = "[1,3]" ] ||
	fail "four copies are not one result with three copies: $(jq -c '[.source, .copies]' "$WORK/out")"

# The same phrases find the same four documents: the letterhead, a title,
# body text across line breaks and the two-column layout, the signer.
all4=$(printf 'luat-bao-chi.%s\n' doc docx html pdf)
for q in '"Cộng hòa xã hội chủ nghĩa Việt Nam"' '"Luật số: 103/2016/QH13"' '"Hà Nội, ngày 05 tháng 4 năm 2016"' \
	 '"sản phẩm báo chí"' '"truyền dẫn, phát sóng báo nói, báo hình"' '"Tạp chí khoa học là sản phẩm báo chí xuất bản định kỳ"' \
	 '"trích dẫn nguyên văn, chính xác nguồn tin báo chí"' '"Nguyễn Thị Kim Ngân"' '"san pham bao chi"' '103/2016/QH13'; do
	got=$(sources "$DB" --all-copies "$q" | xargs -n1 basename)
	T_CHECKS=$((T_CHECKS + 1))
	[ "$got" = "$all4" ] || fail "$q finds $(echo $got) instead of the four"
done
# The PDF's running header ("CÔNG BÁO/Số …") and page numbers are not text.
run "$TRACUU" search --db "$DB" --json '"công báo"'
expect_no_out '"source"' "the PDF's running header and the DOCX header are left out"

# One card: every document's letterhead agrees on type, issuer, date, subject.
run "$TRACUU" cite --db "$DB" --json 103/2016/QH13
expect_rc 0 "cite the law"
for field in type issuer date subject; do
	n=$(jq -r ".evidence.$field | length" "$WORK/out")
	s=$(jq -r ".evidence.$field[0].support" "$WORK/out")
	T_CHECKS=$((T_CHECKS + 1))
	[ "$n" = 1 ] && [ "$s" = 4 ] || fail "card $field: $n values, support $s (want 1 value from 4 letterheads): $(jq -c .evidence.$field "$WORK/out")"
done
expect_out '"issuer":"Quốc hội"' "the issuer"
expect_out '"date":"2016-04-05"' "the date"

# Pages: a form feed alone on a line starts each page after the first.
pdf=$(sources "$DB" '"sản phẩm báo chí"' | grep 'pdf$')
run "$TRACUU" show --db "$DB" --json "$pdf"
pages=$(jq -r .text "$WORK/out" | grep -c "$(printf '^\f$')")
T_CHECKS=$((T_CHECKS + 1))
[ "$pages" -ge 1 ] || fail "the PDF's text keeps no page break"
run "$TRACUU" show --db "$DB" "$pdf"
expect_out '^Luật số: 103/2016/QH13$' "the PDF's letterhead line whole"
expect_no_out 'CÔNG BÁO' "no running header in the PDF's text"

# Articles (issue 19): each format gives the same four, with their headings.
for f in $all4; do
	src=$(sources "$DB" --all-copies '"sản phẩm báo chí"' | grep "$f\$")
	run "$TRACUU" show --db "$DB" --json "$src" --article 3
	T_CHECKS=$((T_CHECKS + 1))
	[ "$(jq -c .article "$WORK/out")" = '{"number":"3","heading":"Giải thích từ ngữ","clause":null}' ] ||
		fail "$f: Điều 3 is $(jq -c .article "$WORK/out")"
	run "$TRACUU" show --db "$DB" "$src" --article 5
	expect_err 'no Điều 5 \(its articles: 1 to 4\)' "$f has articles 1 to 4"
done

# TCVN3 runs (.VnTime) decoded: accented and plain queries find it.
run "$TRACUU" ingest --db "$WORK/db-tcvn3" "$FORMATS/tcvn3"
expect_rc 0 "ingesting the TCVN3-font DOCX"
for q in '"kỷ nguyên vươn mình"' '"ky nguyen vuon minh"' '57-NQ/TW'; do
	run "$TRACUU" search --db "$WORK/db-tcvn3" --json "$q"
	expect_out '57-NQ-TW\.vntime\.docx' "$q finds the TCVN3 DOCX"
done
run "$TRACUU" show --db "$WORK/db-tcvn3" 1
expect_out 'BAN CHẤP HÀNH TRUNG ƯƠNG' "TCVN3 heading decoded, capitals restored"
expect_out 'hùng cường trong kỷ nguyên mới' "TCVN3 body decoded"

# Broken files: each named with its reason, nothing indexed from them, the
# law beside them still goes in; a scan is reported, not indexed empty.
mkdir -p "$WORK/batch"
cp "$FORMATS"/broken/* "$FORMATS"/law/luat-bao-chi.docx "$WORK/batch/"
run "$TRACUU" ingest --db "$WORK/db-batch" "$WORK/batch"
expect_rc 3 "broken files fail the run"
expect_out '^1 added, 0 replaced, 0 unchanged, 1 skipped, 3 failed$' "the good file goes in"
expect_err 'cut\.pdf: not a readable PDF file' "the cut PDF"
expect_err 'bad-xml\.docx: word/document\.xml is not well-formed XML' "the broken DOCX"
expect_err 'truncated\.doc: not a readable Word 97-2003 file \(antiword: the file is not a Word Document' "the broken DOC"
expect_err 'scan\.pdf: scanned PDF: no text layer' "the scan is reported as such"
run "$TRACUU" stats --db "$WORK/db-batch"
expect_rc 0 "stats after the batch"
finish
