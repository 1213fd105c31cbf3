# long-texts.sh — a 100-page law: excerpts found from the index's positions and token offsets
# (only the passage is tokenised and decompressed), the whole text still shown by `show`, and
# an index of an older term scheme refused with what to do.
. "$TRACUU_SRCDIR/tests/lib.sh"
db="$WORK/db"
mkdir -p "$WORK/in"

# About 400 KB of numbered articles (made up here, not from the corpus): the
# match sits near the end, in the middle of a compressed piece, far past the
# first token offsets.
awk 'BEGIN {
	print "LUẬT THỬ NGHIỆM VỀ VĂN BẢN DÀI";
	for (i = 1; i <= 1500; i++) {
		printf "Điều %d. Quy định chung số %d\n", i, i;
		printf "Cơ quan, tổ chức, cá nhân có trách nhiệm thực hiện đầy đủ các nội dung tại khoản %d của Điều này theo hướng dẫn của cơ quan có thẩm quyền.\n", i % 7 + 1;
		if (i == 1317) {
			print "Nhà nước hỗ trợ ngư dân bám biển, bảo vệ chủ quyền biển đảo theo Kết luận số 999-KL/TW của Bộ Chính trị.";
		}
	}
	print "Điều cuối. Hiệu lực thi hành: văn bản này kết thúc ở đây.";
}' > "$WORK/in/luat-dai.txt"
size=$(wc -c < "$WORK/in/luat-dai.txt")
[ "$size" -gt 300000 ] && ok || fail "the long text is only $size bytes"
printf 'Ngư dân bám biển\n\nBài ngắn: ngư dân bám biển, giữ vững chủ quyền.\n' > "$WORK/in/ngan.txt"

run "$TRACUU" ingest --quiet --no-progress --db "$db" --root "$WORK/in" "$WORK/in"
expect_rc 0 "ingest the long and the short text"

# The excerpt of the long text is the passage near its end, marked.
for q in 'ngư dân bám biển' 'ngu dan bam bien' '"ngư dân bám biển"' '"ngu dan bam bien"'; do
	run "$TRACUU" search --db "$db" --json "$q"
	expect_rc 0 "$q: found"
	ex=$(jq -r 'select(.source == "luat-dai.txt") | .excerpt' "$WORK/out")
	case "$ex" in
	*"«ngư dân bám biển»"*|*"ngư dân bám biển"*) ok ;;
	*) fail "$q: the long text's excerpt lacks the passage (excerpt: $ex)" ;;
	esac
	run "$TRACUU" search --db "$db" "$q"
	expect_out '«ngư dân bám biển»' "$q: the phrase is marked as one run"
	expect_out '^   … .*«ngư dân bám biển».* …$' "$q: the passage is cut on both sides"
done

# A cited number deep in the long text: its excerpt shows the number.
run "$TRACUU" search --db "$db" '999-KL/TW'
expect_rc 0 "the number is found"
expect_out '«999-KL/TW»' "the long text's excerpt marks the number"

# A word only in the title of the short text and everywhere in the long
# one: each excerpt has a marked word.
run "$TRACUU" search --db "$db" 'thẩm quyền'
expect_out '«thẩm quyền»' "a word spread over the whole long text is marked"

# The whole text comes back from its compressed pieces.
run "$TRACUU" show --db "$db" luat-dai.txt
expect_rc 0 "show the long text"
expect_out '^Điều 1500\. Quy định chung số 1500$' "its last article"
expect_out 'văn bản này kết thúc ở đây\.' "its last line"
lines=$(grep -c '^Điều [0-9]*\. ' "$WORK/out")
[ "$lines" -eq 1500 ] && ok || fail "show prints $lines of the 1500 articles"

# A regulation's own text holds XWown beside its own type (XT), a page
# neither: the term a name's weight filters by (query/build.c, own_text).
# No ranking test notices it missing, so its postings are read here.
db2="$WORK/db2"
mkdir -p "$WORK/in2"
cat >"$WORK/in2/blld.txt" <<'TXT'
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Bộ luật số: 45/2019/QH14

Hà Nội, ngày 20 tháng 11 năm 2019

BỘ LUẬT

LAO ĐỘNG

Điều 1. Phạm vi điều chỉnh
Bộ luật này quy định tiêu chuẩn lao động.
TXT
cp "$WORK/in/ngan.txt" "$WORK/in2/ngan.txt"
run "$TRACUU" ingest --quiet --no-progress --db "$db2" --root "$WORK/in2" "$WORK/in2"
expect_rc 0 "ingest a law and a page"
own=$(xapian-delve -t XWown "$(live_index "$db2")" 2>&1 | sed -n 's/.*termfreq \([0-9]*\).*/\1/p')
typed=$(xapian-delve -t XTboluat "$(live_index "$db2")" 2>&1 | sed -n 's/.*termfreq \([0-9]*\).*/\1/p')
[ "$own" = 1 ] && [ "$typed" = 1 ] && ok ||
	fail "the law's own-text term: XWown in ${own:-no} documents, XTboluat in ${typed:-no} (1 each)"

# An index of the older scheme (scheme 1 put positions on the exact words):
# refused for reading and for writing, with what to do.
xapian-metadata set "$(live_index "$db")" schema 1
run "$TRACUU" search --db "$db" 'ngư dân'
expect_rc 4 "an index of scheme 1 is not searched"
expect_err 'older tracuu \(index scheme 1; this one reads scheme [0-9]+\): ingest the texts again' \
	"the message says why and what to do"
run "$TRACUU" ingest --quiet --no-progress --db "$db" --root "$WORK/in" "$WORK/in"
expect_rc 4 "nor written to"
expect_err 'older tracuu' "ingest says why"

# An index of a newer scheme than this tracuu reads is no older index: the
# message says which made it (it said "made by an older tracuu").
xapian-metadata set "$(live_index "$db")" schema 99
run "$TRACUU" search --db "$db" 'ngư dân'
expect_rc 4 "an index of a newer scheme is not searched"
expect_err 'made by a newer tracuu \(index scheme 99; this one reads scheme [0-9]+\): read it with that tracuu' \
	"the message says a newer tracuu made it"
finish
