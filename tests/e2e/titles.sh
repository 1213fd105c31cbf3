# titles.sh — a document's title: never a page number or a table's pipe; a regulation's own text by its type, number and subject, from its letterhead or, when that cannot be read, its type heading.
. "$TRACUU_SRCDIR/tests/lib.sh"
IN="$WORK/in"
mkdir -p "$IN"
# An official gazette's page: running head, page number, a letterhead whose
# number the citation grammar does not read (66.16).
printf 'CÔNG BÁO/Số 246/Ngày 23-04-2026 \n2\n \nCHÍNH PHỦ \n_________ \nSố: 66.16/2026/NQ-CP \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \nHà Nội, ngày 07 tháng 4 năm 2026 \n \nNGHỊ QUYẾT \nCắt giảm, đơn giản hóa thủ tục hành chính,  \nquy định liên quan đến hoạt động sản xuất, kinh doanh  \n \nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n' > "$IN/gazette.txt"
# A consolidated text: page number first, a label, a footnote mark on the heading.
printf '59 \nCÔNG BÁO/Số 347 + 348/Ngày 25-02-2025 \nVĂN BẢN PHÁP LUẬT KHÁC \nVĂN BẢN HỢP NHẤT -  \nBỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc  \nTHÔNG TƯ1 \nHướng dẫn quản lý lao động, tiền lương, thù lao, tiền thưởng \nđối với Bảo hiểm tiền gửi Việt Nam \n \nThông tư số 32/2016/TT-BLĐTBXH ngày 25 tháng 10 năm 2016 của Bộ trưởng.\n' > "$IN/consolidated.txt"
# A law: no code for its type, its subject in capitals.
printf 'QUỐC HỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nLUẬT\n\nAN TOÀN, VỆ SINH LAO ĐỘNG\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n' > "$IN/law.txt"
# A gazette page continuing a text: no heading, the line below the letterhead.
printf '2 \nCÔNG BÁO/Số 203 + 204/Ngày 18-02-2019 \nVĂN BẢN QUY PHẠM PHÁP LUẬT \nBỘ TÀI CHÍNH \nThông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018 \nhướng dẫn kế toán Bảo hiểm xã hội  \n(Tiếp theo Công báo số 201 + 202) \n' > "$IN/continued.txt"
# A letterhead the grammar reads: as before.
printf 'QUỐC HỘI\n\nLuật số: 103/2016/QH13\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nLUẬT\n\nBÁO CHÍ\n\nCăn cứ Hiến pháp;\n' > "$IN/letterhead.txt"
# Markdown opening with a table's pipe, and emphasis inside a headline.
printf '|\n**THE GOVERNMENT\nOF VIETNAM**\n--------\n|\n\nNo. 306/2025/ND-CP\n' > "$IN/pipe.md"
printf '**An Giang:** Tại *Nghị quyết* số 1654/NQ-UBTVQH15, Ủy ban Thường vụ Quốc hội quyết nghị.\n\nNội dung.\n' > "$IN/emphasis.md"
# A page about a Party body is titled by the body; a news page's page
# number is not its title.
# A page opening with a bare type heading, no letterhead; a page opening
# with app-store badges.
printf '**NGHỊ QUYẾT**\n\n**Về chủ trương đầu tư Dự án ****tuyến đường sắt Lào Cai - Hà Nội**\n\n**QUỐC HỘI**\n\n*Căn cứ Hiến pháp;*\n' > "$IN/bare.md"
printf 'Download on the\nApp Store\n(Chinhphu.vn) - Chính phủ vừa ban hành Nghị định số 238/2025/NĐ-CP.\n\nNội dung.\n' > "$IN/badges.md"
printf 'Ban Tổ chức Trung ương\n\nI. CHỨC NĂNG NHIỆM VỤ\n\nBan Tổ chức Trung ương là cơ quan tham mưu.\n' > "$IN/body.txt"
printf '2\n\nTỉnh triển khai Nghị quyết về đào tạo cán bộ\n\nNội dung bài viết.\n' > "$IN/news.txt"
run "$TRACUU" ingest --quiet --no-progress --db "$WORK/db" --root "$IN" "$IN"
expect_rc 0 "ingest the titles' texts"

title() { # source
	for id in $(seq 1 20); do
		"$TRACUU" show --db "$WORK/db" --json "$id" 2>/dev/null
	done | jq -r --arg s "$1" 'select(.source == $s) | .title'
}
is() { # source expected
	T_CHECKS=$((T_CHECKS + 1))
	got=$(title "$1")
	[ "$got" = "$2" ] || fail "$1: title '$got', expected '$2'"
}
is gazette.txt 'Nghị quyết 66.16/2026/NQ-CP: Cắt giảm, đơn giản hóa thủ tục hành chính, quy định liên quan đến hoạt động sản xuất, kinh doanh'
is consolidated.txt 'Thông tư: Hướng dẫn quản lý lao động, tiền lương, thù lao, tiền thưởng đối với Bảo hiểm tiền gửi Việt Nam'
is law.txt 'Luật: An toàn, vệ sinh lao động'
is continued.txt 'Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018'
is letterhead.txt 'Luật 103/2016/QH13: Báo chí'
is pipe.md 'THE GOVERNMENT'
is emphasis.md 'An Giang: Tại Nghị quyết số 1654/NQ-UBTVQH15, Ủy ban Thường vụ Quốc hội quyết nghị.'
is bare.md 'Nghị quyết: Về chủ trương đầu tư Dự án tuyến đường sắt Lào Cai - Hà Nội'
is badges.md '(Chinhphu.vn) - Chính phủ vừa ban hành Nghị định số 238/2025/NĐ-CP.'
is body.txt 'Ban Tổ chức Trung ương'
is news.txt 'Tỉnh triển khai Nghị quyết về đào tạo cán bộ'

# The date shown is the one searches filter and sort by: a regulation's own
# text's issue date from its letterhead (the record keeps no publication
# date for it), in show, search and JSON alike.
printf 'CÔNG BÁO/Số 272/Ngày 14-05-2026 \n7 \nCHÍNH PHỦ \n_________ \nSố: 17/2026/NQ-CP \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \nHà Nội, ngày 29 tháng 4 năm 2026 \n \nNGHỊ QUYẾT \nCắt giảm, phân cấp, đơn giản hóa thủ tục hành chính \n \nCăn cứ Luật Tổ chức Chính phủ;\n' > "$IN/dated.txt"
run "$TRACUU" ingest --quiet --no-progress --db "$WORK/db" --root "$IN" "$IN/dated.txt"
expect_rc 0 "ingest the dated regulation"
id=$("$TRACUU" search --db "$WORK/db" --json '17/2026/NQ-CP' | jq -r 'select(.source == "dated.txt") | .id')
"$TRACUU" show --db "$WORK/db" --json "$id" | jq -e '.date == "2026-04-29" and (.date_inferred | not)' >/dev/null &&
	ok || fail "show --json gives the letterhead's issue date"
run "$TRACUU" search --db "$WORK/db" --json --year 2026 'cắt giảm'
printf '%s\n' "$OUT" | jq -e -s 'map(select(.source == "dated.txt")) | length == 1 and .[0].date == "2026-04-29"' >/dev/null &&
	ok || fail "found by --year 2026 and shown with that date: $OUT"
"$TRACUU" show --db "$WORK/db" "$id" | grep -q '^date: *2026-04-29$' && ok || fail "show prints the issue date"
finish
