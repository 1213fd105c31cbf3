#!/bin/sh
# page-pruning.sh — a page ranked by score is the one `--count` (every match weighed) gives,
# score for score, on the whole corpus. Xapian 1.4.22's pruning skipped a law that ranks 8th
# for these queries (an AND MAYBE decaying into AND steps past the document its optional side
# stands on: docs/design.md, "Counting"); xs_search takes the page from a deeper top.
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
command -v jq >/dev/null 2>&1 || { echo "jq not installed: skipped" >&2; exit 77; }

# The folders in this order: the documents' ids, and so the matcher's path, are the ones the
# fault was seen with.
(cd "$TRACUU_SHARED/corpus" && "$TRACUU" ingest --quiet --no-progress --db "$WORK/all.db" \
	alqac2023 congbao-8chude news-dantri-unc party-docs-nq57 tvpl-legal-news uts-vlc-laws \
	vbpl-html) >"$WORK/out" 2>"$WORK/err"
RC=$?
# 3: some of the corpus's files are refused (empty, or another's copy); the rest is indexed.
[ "$RC" -le 3 ] && [ -e "$WORK/all.db" ] ||
	{ echo "FAIL: ingest of the corpus: exit status $RC ($(head -c 400 "$WORK/err"))" >&2; exit 1; }

page() { # query [option]: "score source" of each result
	"$TRACUU" search --db "$WORK/all.db" --json -n 10 $2 "$1" |
		jq -r 'select(.source) | "\(.score) \(.source)"'
}
for q in "Luật Thuế thu nhập cá nhân" "Luật Thuế thu nhập cá nhân 2025"; do
	page "$q" >"$WORK/pruned"
	page "$q" --count >"$WORK/every"
	T_CHECKS=$((T_CHECKS + 3))
	[ "$(wc -l <"$WORK/every")" -eq 10 ] || fail "$q: $(wc -l <"$WORK/every") results with --count, expected 10"
	grep -q "uts-vlc-laws/docs/luat-thue-thu-nhap-doanh-nghiep" "$WORK/every" ||
		fail "$q: --count no longer ranks the law the fault skipped (the test lost its case)"
	cmp -s "$WORK/pruned" "$WORK/every" ||
		fail "$q: the page is not the one --count gives: $(diff "$WORK/pruned" "$WORK/every" | head -6)"
done
finish
