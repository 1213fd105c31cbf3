#!/bin/sh
# reliability-report.sh — prints the figures the reliability tests left in BUILDDIR/tests/tmp/figures:
# fuzz executions and crashes per target, kill trials survived, concurrent searches, bad inputs tried
# (of the last 'make check', 'make stress' or 'make fuzz').
dir=${1:-.}/tests/tmp/figures
[ -d "$dir" ] || { echo "no figures in $dir: run 'make check' (or 'make stress', and 'make fuzz') first" >&2; exit 1; }
echo "tracuu reliability report"
f="$dir/fuzz.tsv"
[ -f "${1:-.}/tests/fuzz-out/report.tsv" ] && f="${1:-.}/tests/fuzz-out/report.tsv"
if [ -f "$f" ]; then
	printf '  %-10s %12s %8s %8s\n' target executions crashes seconds
	awk -F '\t' '{ printf "  %-10s %12s %8s %8s\n", $1, $2, $3, $4 }' "$f"
else
	echo "  fuzzing: no figures (libFuzzer missing?)"
fi
for t in crash-safety concurrency bad-inputs; do
	if [ -f "$dir/$t.txt" ]; then awk -F '\t' '{ printf "  %s: %s\n", $1, $2 }' "$dir/$t.txt"
	else echo "  $t: not run"; fi
done
