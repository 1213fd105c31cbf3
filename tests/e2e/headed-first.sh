#!/bin/sh
# headed-first.sh — a few words typed that are an article's heading put the law so headed above
# pages whose long titles hold the words by chance (issue 18, item 2): over tvpl-legal-news and
# the Labour Code, `thử việc` ranked a Tết bonus template first ("… cho nhân sự chính thức và thử
# việc công ty?", its title's rare pairs weighing as a name), `trợ cấp thôi việc` three news
# pages about civil servants, `nghỉ thai sản` three Q&A pages; the law's Điều 24, 46 and 139 are
# headed by the words (headed_first, query/search.c). Over the corpus: the weights that put the
# pages first need its thousands of documents (a rare title pair's IDF).
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
command -v jq >/dev/null 2>&1 || { echo "jq not installed: skipped" >&2; exit 77; }

law=uts-vlc-laws/docs/bo-luat-lao-dong.txt
(cd "$TRACUU_SHARED/corpus" && "$TRACUU" ingest --quiet --no-progress --db "$WORK/db" \
	tvpl-legal-news "$law" news-dantri-unc/docs/news_education_058.txt) >"$WORK/out" 2>"$WORK/err"
RC=$?
# 3: some of the corpus's files are refused (empty, or another's copy); the rest is indexed.
[ "$RC" -le 3 ] && [ -e "$WORK/db" ] ||
	{ echo "FAIL: ingest: exit status $RC ($(head -c 400 "$WORK/err"))" >&2; exit 1; }

first() { # query page heading [marked]: the law first with its article so headed, the page still listed
	"$TRACUU" search --db "$WORK/db" --json -n 10 "$1" >"$WORK/json" 2>"$WORK/err"
	T_CHECKS=$((T_CHECKS + 3))
	top=$(jq -r 'select(.rank == 1) | "\(.source) \(.article.heading // "")"' "$WORK/json")
	case $top in
	*"$law $3") ;;
	*) fail "$1: first is '$top', expected the Labour Code's article '$3'" ;;
	esac
	grep -q "$2" "$WORK/json" || fail "$1: $2 is no longer found (the test lost its case)"
	# The compound marked in the law's passage.
	"$TRACUU" search --db "$WORK/db" -n 1 "$1" 2>/dev/null | grep -qi "«${4:-$1}»" ||
		fail "$1: the first passage does not mark «${4:-$1}»"
}
first "thử việc" qa_explainers/987e1d3345c6ba81.md "Thử việc"
first "trợ cấp thôi việc" gov_news_and_docs/124a5ccaceadf062.md "Trợ cấp thôi việc"
first "nghỉ thai sản" qa_explainers/768f685b833cfc25.md "Nghỉ thai sản"
# Typed without marks, the same.
first "thu viec" qa_explainers/987e1d3345c6ba81.md "Thử việc" "thử việc"
finish
