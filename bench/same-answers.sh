#!/bin/sh
# same-answers.sh — do two builds (or two indexes) give byte-identical
# answers? For a change meant to leave every answer as it was (speed, the
# index's size): `cite --batch --json` over NUMBERS, `search --batch` over
# QUERIES (top 10 and top 50, with excerpts), `show --json` of every 25th
# document id up to the index's last. Prints one line per check; exit 0
# when all are the same, 1 when one differs (the outputs stay in WORK).
# Usage: same-answers.sh OLD_TRACUU OLD_DB NEW_TRACUU NEW_DB NUMBERS QUERIES [WORK]
# (bench/RESULTS.md: how the ×1 bench's numbers and queries are taken).
set -u
if [ $# -lt 6 ]; then
	echo "usage: $0 OLD_TRACUU OLD_DB NEW_TRACUU NEW_DB NUMBERS QUERIES [WORK]" >&2
	exit 2
fi
ob=$1 od=$2 nb=$3 nd=$4 numbers=$5 queries=$6 w=${7:-$(mktemp -d "${TMPDIR:-/tmp}/same-answers.XXXXXX")}
mkdir -p "$w"
rc=0
same() { # name file: old and new outputs compared
	if cmp -s "$w/$2.old" "$w/$2.new"; then
		echo "$1: same ($(wc -c < "$w/$2.new") bytes)"
	else
		echo "$1: DIFFER (see $w/$2.old and $w/$2.new)"
		rc=1
	fi
}
"$ob" cite --batch --json --db "$od" < "$numbers" > "$w/cite.old" 2>&1
"$nb" cite --batch --json --db "$nd" < "$numbers" > "$w/cite.new" 2>&1
same "cite --batch" cite
for n in 10 50; do
	"$ob" search --batch --db "$od" -n $n < "$queries" > "$w/search$n.old" 2>&1
	"$nb" search --batch --db "$nd" -n $n < "$queries" > "$w/search$n.new" 2>&1
	same "search --batch -n $n" search$n
done
last=$("$nb" stats --json --db "$nd" | sed -n 's/.*"documents": *\([0-9]*\).*/\1/p')
: > "$w/show.old"
: > "$w/show.new"
for id in $(seq 1 25 "${last:-1}"); do
	"$ob" show --json --db "$od" "$id" >> "$w/show.old" 2>&1
	"$nb" show --json --db "$nd" "$id" >> "$w/show.new" 2>&1
done
same "show --json (every 25th id of ${last:-1})" show
exit $rc
