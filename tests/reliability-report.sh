#!/bin/sh
# reliability-report.sh — prints the figures the reliability tests left in BUILDDIR/tests/tmp/figures:
# fuzz executions and crashes per target, kill trials survived, concurrent searches, bad inputs tried;
# of the last 'make check', 'make stress' or 'make fuzz'; and the fuzzing campaign recorded in the repository (tests/fuzz/campaign.tsv).
dir=${1:-.}/tests/tmp/figures
echo "tracuu reliability report"
[ -d "$dir" ] || echo "  (no figures in $dir: run 'make check' and 'make fuzz' for the last run's)"
f="$dir/fuzz.tsv"
[ -f "${1:-.}/tests/fuzz-out/report.tsv" ] && f="${1:-.}/tests/fuzz-out/report.tsv"
if [ -f "$f" ]; then
	echo "  fuzzing, the last run (make fuzz or the suite's smoke run):"
	printf '  %-10s %12s %8s %8s %8s  %s\n' target executions crashes seconds exec/s ended
	awk -F '\t' '{ printf "  %-10s %12s %8s %8s %8s  %s\n", $1, $2, $3, $4, $5, $6 }' "$f"
else
	echo "  fuzzing: no figures (libFuzzer missing?)"
fi
# The recorded campaign (tests/fuzz/campaign.sh appends to it): the latest row of each target
# and, when that run stopped short of 1,000,000 executions, the latest run that reached them.
c=$(dirname "$0")/fuzz/campaign.tsv
if [ -f "$c" ]; then
	echo "  fuzzing, the recorded campaign ($c):"
	printf '  %-10s %12s %8s %8s %8s  %s\n' target executions crashes seconds exec/s when
	awk -F '\t' '{ last[$1] = $0; if ($2 >= 1000000) full[$1] = $0 }
		END { for (t in last) { print t "\t0\t" last[t]
			if (t in full && full[t] != last[t]) print t "\t1\t" full[t] } }' "$c" | sort |
		cut -f3- | awk -F '\t' '{ printf "  %-10s %12s %8s %8s %8s  %s, %s%s\n", $1, $2, $3, $4, $5, $6, $7,
			$8 == "" ? "" : ", " $8 }'
fi
for t in crash-safety concurrency bad-inputs; do
	if [ -f "$dir/$t.txt" ]; then awk -F '\t' '{ printf "  %s: %s\n", $1, $2 }' "$dir/$t.txt"
	else echo "  $t: not run"; fi
done
