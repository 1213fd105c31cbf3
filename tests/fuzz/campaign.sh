#!/bin/sh
# campaign.sh — a long run of some targets, one after another, each up to FUZZ_RUNS executions
# (default 1,000,000) or SECONDS, then its corpus merged into tests/fuzz/corpus/TARGET; the
# figures are added to tests/fuzz/campaign.tsv (target, executions, crashes, seconds, execs/s,
# date, load average, and how it ended: "ended: runs" or "time", "signal" when interrupted, which
# is no crash, "crash" or "timeout" for a finding). Run two lanes side by side for two cores.
# usage: campaign.sh SRCDIR BUILDDIR SECONDS TARGET…
src=$(cd "$1" && pwd) || exit 1
build=$(cd "$2" && pwd) || exit 1
secs=$3
shift 3
status=0
for t in "$@"; do
	load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null)
	# A run that could not build or start leaves no report: nothing is recorded.
	rm -f "$build/tests/fuzz-out/report-$t.tsv"
	FUZZ_RUNS=${FUZZ_RUNS:-1000000} sh "$src/tests/fuzz/run.sh" "$src" "$build" "$secs" "$t" || status=1
	if [ ! -s "$build/tests/fuzz-out/report-$t.tsv" ]; then
		echo "campaign.sh: $t did not run: nothing recorded" >&2
		status=1
		continue
	fi
	row=$(cut -f1-5 "$build/tests/fuzz-out/report-$t.tsv")
	ended=$(cut -f6 "$build/tests/fuzz-out/report-$t.tsv")
	load2=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null)
	printf '%s\t%s\tload %s-%s\tended: %s\n' "$row" "$(date -u +%Y-%m-%dT%H:%MZ)" "$load" "$load2" \
		"${ended:-?}" >>"$src/tests/fuzz/campaign.tsv"
	sh "$src/tests/fuzz/merge.sh" "$src" "$build" "$t" || status=1
done
exit $status
