#!/bin/sh
# restated.sh — a circular restates the law's article it implements. Over congbao-8chude's
# bhxh folder, `Mức hưởng dưỡng sức phục hồi sức khỏe sau thai sản là bao nhiêu?` (a question
# of mine, not of the Q&A set) put the police's circular 88/2025/TT-BCA first (its article
# "Dưỡng sức, phục hồi sức khỏe sau thai sản", a restatement for the police of the Social
# Insurance Law's article so headed), the law's texts below. In a description's fused first
# page, a text whose title names the subject of a text of higher legal force on the page and
# whose best article bears that text's best article's heading gives it its place, the latest
# of them first (query_restated_order, query/search.c; issue 18): the Social Insurance Law
# 2024 as consolidated (19/VBHN-VPQH of 2026) first. Over the corpus: real titles and articles.
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
command -v jq >/dev/null 2>&1 || { echo "jq not installed: skipped" >&2; exit 77; }

(cd "$TRACUU_SHARED/corpus" && "$TRACUU" ingest --quiet --no-progress --db "$WORK/db" \
	congbao-8chude/docs/bhxh) >"$WORK/out" 2>"$WORK/err"
RC=$?
# 3: some of the corpus's files are refused (empty, or another's copy); the rest is indexed.
[ "$RC" -le 3 ] && [ -e "$WORK/db" ] ||
	{ echo "FAIL: ingest: exit status $RC ($(head -c 400 "$WORK/err"))" >&2; exit 1; }

first() { # query: the 2024 law's consolidated text first, the circular still on the page
	"$TRACUU" search --db "$WORK/db" --json -n 10 "$1" >"$WORK/json" 2>"$WORK/err"
	T_CHECKS=$((T_CHECKS + 2))
	top=$(jq -r 'select(.rank == 1) | .source' "$WORK/json")
	case $top in
	*/van-ban-hop-nhat-so-19-vbhn-vpqh-468972.txt) ;;
	*) fail "$1: first is '$top', expected the Social Insurance Law's 19/VBHN-VPQH" ;;
	esac
	grep -q thong-tu-so-88-2025-tt-bca "$WORK/json" ||
		fail "$1: the circular 88/2025/TT-BCA is no longer on the page (the test lost its case)"
}
first "Mức hưởng dưỡng sức phục hồi sức khỏe sau thai sản là bao nhiêu?"
first "Muc huong duong suc phuc hoi suc khoe sau thai san la bao nhieu?"
first "Thời gian hưởng chế độ ốm đau tối đa trong một năm là bao lâu?"
first "Thoi gian huong che do om dau toi da trong mot nam la bao lau?"
finish
