#!/bin/sh
# heading-flat.sh — a heading is one article's, not the whole text's. In a description, a
# pair of the question standing in an article's heading weighed only as a BM25 term, which
# the whole text's length divides: the Civil Code (689 articles) and its article headed
# "Nội dung của hợp đồng về quyền sử dụng đất" lost to the Housing Law 2014 (183 articles)
# and its "Kinh phí bảo trì phần sở hữu chung" for `Hợp đồng về quyền sử dụng đất khi mua
# bán căn hộ chung cư được quy định thế nào?` (a question of mine, not of the Q&A set).
# The heading pair now weighs also at a share of its idf that no length divides
# (HEADING_FLAT, query/build.c; issue 18). Over the corpus: the idf needs its documents.
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
command -v jq >/dev/null 2>&1 || { echo "jq not installed: skipped" >&2; exit 77; }

(cd "$TRACUU_SHARED/corpus" && "$TRACUU" ingest --quiet --no-progress --db "$WORK/db" \
	congbao-8chude/docs uts-vlc-laws/docs) >"$WORK/out" 2>"$WORK/err"
RC=$?
# 3: some of the corpus's files are refused (empty, or another's copy); the rest is indexed.
[ "$RC" -le 3 ] && [ -e "$WORK/db" ] ||
	{ echo "FAIL: ingest: exit status $RC ($(head -c 400 "$WORK/err"))" >&2; exit 1; }

first() { # query law heading other: the law first with its article so headed, the other below
	"$TRACUU" search --db "$WORK/db" --json -n 10 "$1" >"$WORK/json" 2>"$WORK/err"
	T_CHECKS=$((T_CHECKS + 3))
	top=$(jq -r 'select(.rank == 1) | .source' "$WORK/json")
	case $top in
	*"$2") ;;
	*) fail "$1: first is '$top', expected $2" ;;
	esac
	head=$(jq -r 'select(.rank == 1) | .article.heading // ""' "$WORK/json")
	[ "$head" = "$3" ] || fail "$1: the first's article is '$head', expected '$3'"
	grep -q "$4" "$WORK/json" || fail "$1: $4 is no longer found (the test lost its case)"
}
first "Hợp đồng về quyền sử dụng đất khi mua bán căn hộ chung cư được quy định thế nào?" \
	uts-vlc-laws/docs/bo-luat-dan-su.txt "Nội dung của hợp đồng về quyền sử dụng đất" luat-nha-o.txt
first "Hop dong ve quyen su dung dat khi mua ban can ho chung cu duoc quy dinh the nao?" \
	uts-vlc-laws/docs/bo-luat-dan-su.txt "Nội dung của hợp đồng về quyền sử dụng đất" luat-nha-o.txt
finish
