#!/bin/sh
# loose-pairs.sh — a question's words join across their bounds ("… khi cha mẹ …" makes the
# pair "khi cha" beside "cha mẹ"); a heading holding such a pair by chance is one of a few,
# so the pair's heading term weighed as a rare word. Over congbao-8chude and uts-vlc-laws,
# `Con cái phải làm gì khi cha mẹ ốm đau?` put the Nationality Law first (its headings
# "Quốc tịch của con chưa thành niên khi cha mẹ …"), above the Law on Marriage and Family.
# A pair one of whose words is common and that the collection writes side by side in under
# 5% of the documents holding its rarer word is no word: no heading term (mark_loose,
# query/cite.c; issue 18). Over the corpus: the shares need its hundreds of documents.
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
command -v jq >/dev/null 2>&1 || { echo "jq not installed: skipped" >&2; exit 77; }

(cd "$TRACUU_SHARED/corpus" && "$TRACUU" ingest --quiet --no-progress --db "$WORK/db" \
	congbao-8chude/docs uts-vlc-laws/docs) >"$WORK/out" 2>"$WORK/err"
RC=$?
# 3: some of the corpus's files are refused (empty, or another's copy); the rest is indexed.
[ "$RC" -le 3 ] && [ -e "$WORK/db" ] ||
	{ echo "FAIL: ingest: exit status $RC ($(head -c 400 "$WORK/err"))" >&2; exit 1; }

first() { # query law other: the law first, the other still listed below it
	"$TRACUU" search --db "$WORK/db" --json -n 10 "$1" >"$WORK/json" 2>"$WORK/err"
	T_CHECKS=$((T_CHECKS + 2))
	top=$(jq -r 'select(.rank == 1) | .source' "$WORK/json")
	case $top in
	*"$2") ;;
	*) fail "$1: first is '$top', expected $2" ;;
	esac
	grep -q "$3" "$WORK/json" || fail "$1: $3 is no longer found (the test lost its case)"
}
first "Con cái phải làm gì khi cha mẹ ốm đau?" uts-vlc-laws/docs/luat-hon-nhan-va-gia-dinh.txt \
	luat-quoc-tich-viet-nam.txt
first "Con cai phai lam gi khi cha me om dau?" uts-vlc-laws/docs/luat-hon-nhan-va-gia-dinh.txt \
	luat-quoc-tich-viet-nam.txt
finish
