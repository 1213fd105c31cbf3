#!/bin/sh
# page-pruning.sh — a page ranked by score is the one `--count` (every match weighed) gives,
# score for score. Xapian 1.4.22's pruning skipped a law that ranks 8th on the whole corpus (an
# AND MAYBE decaying into AND steps past the document its optional side stands on) and, over
# tvpl-legal-news, added a phrase's weight to an answer that lacks the phrase (an OR checked
# where its side failed): docs/design.md, "Counting". xs_search takes the page from a deeper top.
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
command -v jq >/dev/null 2>&1 || { echo "jq not installed: skipped" >&2; exit 77; }

# The folders in this order: the documents' ids, and so the matcher's path, are the ones the
# fault was seen with.
ingest() { # index folder…
	_db=$1; shift
	(cd "$TRACUU_SHARED/corpus" && "$TRACUU" ingest --quiet --no-progress --db "$_db" "$@") \
		>"$WORK/out" 2>"$WORK/err"
	RC=$?
	# 3: some of the corpus's files are refused (empty, or another's copy); the rest is indexed.
	[ "$RC" -le 3 ] && [ -e "$_db" ] ||
		{ echo "FAIL: ingest of $*: exit status $RC ($(head -c 400 "$WORK/err"))" >&2; exit 1; }
}
page() { # index query [option]: "score source" of each result
	"$TRACUU" search --db "$1" --json -n 10 $3 "$2" |
		jq -r 'select(.source) | "\(.score) \(.source)"'
}
same_page() { # index query source: the page is --count's, which ranks source
	page "$1" "$2" >"$WORK/pruned"
	page "$1" "$2" --count >"$WORK/every"
	T_CHECKS=$((T_CHECKS + 3))
	[ "$(wc -l <"$WORK/every")" -eq 10 ] || fail "$2: $(wc -l <"$WORK/every") results with --count, expected 10"
	grep -q "$3" "$WORK/every" || fail "$2: --count no longer ranks $3 (the test lost its case)"
	cmp -s "$WORK/pruned" "$WORK/every" ||
		fail "$2: the page is not the one --count gives: $(diff "$WORK/pruned" "$WORK/every" | head -6)"
}

# The folders in this order: the documents' ids, and so the matcher's path, are the ones the
# faults were seen with.
ingest "$WORK/all.db" alqac2023 congbao-8chude news-dantri-unc party-docs-nq57 tvpl-legal-news \
	uts-vlc-laws vbpl-html
for q in "Luật Thuế thu nhập cá nhân" "Luật Thuế thu nhập cá nhân 2025"; do
	same_page "$WORK/all.db" "$q" "uts-vlc-laws/docs/luat-thue-thu-nhap-doanh-nghiep"
done
ingest "$WORK/tvpl.db" tvpl-legal-news
same_page "$WORK/tvpl.db" \
	"Thời gian tối đa nghỉ dưỡng sức phục hồi sức khỏe sau ốm đau được quy định như thế nào từ ngày 1/7?" \
	"qa_explainers/5aa83c7c944cc74f.md"
finish
