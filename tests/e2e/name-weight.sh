#!/bin/sh
# name-weight.sh — a page's title weighs as an article's heading, a regulation's name twice
# (own_text, query/build.c; issue 18, item 2). Over tvpl-legal-news, the Law on Residence and the
# Law on Marriage and Family, `tạm trú` put a Q&A page titled "Mẫu CT01 đơn đăng ký tạm trú …"
# first and `ly hôn` a page of divorce forms: a title pair only a few texts share weighed as a
# regulation's name, above the law whose articles are headed by the words ("Điều 27. Điều kiện
# đăng ký tạm trú", "Điều 56. Ly hôn theo yêu cầu của một bên"). And typed with marks, a page's
# excerpt came from where the folded words stand ("Quyết định «công» nhận" for `đình công`), not
# where they are written as typed (query_excerpt_region, query/excerpt.c). Over the corpus: the
# weights need its thousands of documents (a rare title pair's IDF).
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
command -v jq >/dev/null 2>&1 || { echo "jq not installed: skipped" >&2; exit 77; }

(cd "$TRACUU_SHARED/corpus" && "$TRACUU" ingest --quiet --no-progress --db "$WORK/db" \
	tvpl-legal-news uts-vlc-laws/docs/luat-cu-tru.txt uts-vlc-laws/docs/luat-hon-nhan-va-gia-dinh.txt \
	news-dantri-unc/docs/news_entertainment_248.txt) >"$WORK/out" 2>"$WORK/err"
RC=$?
# 3: some of the corpus's files are refused (empty, or another's copy); the rest is indexed.
[ "$RC" -le 3 ] && [ -e "$WORK/db" ] ||
	{ echo "FAIL: ingest: exit status $RC ($(head -c 400 "$WORK/err"))" >&2; exit 1; }

first() { # query law page: the law first, the page still listed
	"$TRACUU" search --db "$WORK/db" --json -n 10 "$1" >"$WORK/json" 2>"$WORK/err"
	T_CHECKS=$((T_CHECKS + 2))
	top=$(jq -r 'select(.rank == 1) | .source' "$WORK/json")
	case $top in
	*"$2") ;;
	*) fail "$1: first is '$top', expected $2" ;;
	esac
	grep -q "$3" "$WORK/json" || fail "$1: $3 is no longer found (the test lost its case)"
}
first "tạm trú" uts-vlc-laws/docs/luat-cu-tru.txt qa_explainers/c69ac38b36ae41f2.md
first "tam tru" uts-vlc-laws/docs/luat-cu-tru.txt qa_explainers/c69ac38b36ae41f2.md
first "ly hôn" uts-vlc-laws/docs/luat-hon-nhan-va-gia-dinh.txt qa_explainers/0ad0f1259e1d6b27.md
first "ly hon" uts-vlc-laws/docs/luat-hon-nhan-va-gia-dinh.txt qa_explainers/0ad0f1259e1d6b27.md

# The page about a trade union's forms writes "đình công" once, "Quyết định công nhận" often.
"$TRACUU" search --db "$WORK/db" --json -n 40 "đình công" >"$WORK/json" 2>"$WORK/err"
T_CHECKS=$((T_CHECKS + 2))
ex=$(jq -r 'select(.source | endswith("qa_explainers/fe719bdc0b09db6f.md")) | .excerpt' "$WORK/json")
[ -n "$ex" ] || fail "đình công: the trade union's page is no longer found (the test lost its case)"
case $ex in
*"đình công"*) ;;
*) fail "đình công: the page's passage is '$ex', not where it writes 'đình công'" ;;
esac
finish
