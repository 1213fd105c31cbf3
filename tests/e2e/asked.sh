#!/bin/sh
# asked.sh — "X là gì?" asks what X is. Over uts-vlc-laws and congbao-8chude's bhxh folder, the
# Q&A page's question "Hành vi nhũng nhiễu là gì? Trong khám bệnh, chữa bệnh có cấm các hành vi
# nhũng nhiễu hay không?" put the Law on the Protection of People's Health first (the words
# around the subject: "khám bệnh, chữa bệnh", "cấm", "hành vi"), the Anti-corruption Law, whose
# definitions say what "nhũng nhiễu" is, below. The subject's last pair and its last word with
# "là" weigh more in the documents' query and the articles' scorer (query_asked_weight,
# query/build.c; issue 18): the Anti-corruption Law first. Over the corpus: real texts.
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
command -v jq >/dev/null 2>&1 || { echo "jq not installed: skipped" >&2; exit 77; }

(cd "$TRACUU_SHARED/corpus" && "$TRACUU" ingest --quiet --no-progress --db "$WORK/db" \
	uts-vlc-laws/docs congbao-8chude/docs/bhxh) >"$WORK/out" 2>"$WORK/err"
RC=$?
# 3: some of the corpus's files are refused (empty, or another's copy); the rest is indexed.
[ "$RC" -le 3 ] && [ -e "$WORK/db" ] ||
	{ echo "FAIL: ingest: exit status $RC ($(head -c 400 "$WORK/err"))" >&2; exit 1; }

first() { # query: the Anti-corruption Law first, the health law still on the page
	"$TRACUU" search --db "$WORK/db" --json -n 10 "$1" >"$WORK/json" 2>"$WORK/err"
	T_CHECKS=$((T_CHECKS + 2))
	top=$(jq -r 'select(.rank == 1) | .source' "$WORK/json")
	case $top in
	*/luat-phong-chong-tham-nhung.txt) ;;
	*) fail "$1: first is '$top', expected the Anti-corruption Law" ;;
	esac
	grep -q luat-bao-ve-suc-khoe-nhan-dan "$WORK/json" ||
		fail "$1: the health law is no longer on the page (the test lost its case)"
}
first "Hành vi nhũng nhiễu là gì? Trong khám bệnh, chữa bệnh có cấm các hành vi nhũng nhiễu hay không?"
first "Hanh vi nhung nhieu la gi? Trong kham benh, chua benh co cam cac hanh vi nhung nhieu hay khong?"
finish
