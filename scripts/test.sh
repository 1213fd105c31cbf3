#!/bin/sh
# test.sh — builds (as setup.sh does) and runs the whole test suite: the normal build,
# the release tarball (make distcheck) and an ASan/UBSan build. Prints each part's time, then
# ends with "N passed, N failed".
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
jobs=$(nproc 2>/dev/null || echo 2)

# Each part's time, printed at the end: "part seconds" lines.
times=""
t0=$(date +%s)
part_start=$t0
part_done() { # name
	now=$(date +%s)
	times="$times$1 $((now - part_start))
"
	part_start=$now
}
print_times() {
	part_done end
	printf '%s' "$times" | awk -v total=$(( $(date +%s) - t0 )) '
		function mmss(s) { return sprintf("%d:%02d", s / 60, s % 60) }
		$1 != "end" { name = $1; for (i = 2; i < NF; i++) name = name " " $i; printf "time: %-12s %s\n", name, mmss($NF) }
		END { printf "time: %-12s %s\n", "total", mmss(total) }'
}

if ! sh scripts/setup.sh; then
	echo "tracuu: the build failed" >&2
	part_done build
	print_times
	echo "0 passed, 1 failed"
	exit 1
fi
part_done build
# The real corpus beside the repository (../shared); tests that need it fail
# when it is missing rather than pass quietly.
TRACUU_SHARED=${TRACUU_SHARED:-$(cd "$top/.." && pwd)/shared}
export TRACUU_SHARED

passed=0 failed=0 skipped=0
# suite NAME BUILDDIR: make check there, print its results, add up the counts.
suite() {
	out="$2/check.out"
	make -C "$2" -j"$jobs" check VERBOSE=yes >"$out" 2>&1
	rc=$?
	grep -E '^(PASS|FAIL|ERROR|SKIP|XPASS): tests/' "$out" | sed "s|: |: $1 |"
	count() { v=$(sed -n "s/^# $1: *\([0-9][0-9]*\).*/\1/p" "$out" | tail -n 1); echo "${v:-}"; }
	p=$(count PASS); f=$(count FAIL); e=$(count ERROR); x=$(count XPASS); s=$(count SKIP)
	passed=$((passed + ${p:-0}))
	skipped=$((skipped + ${s:-0}))
	bad=$(( ${f:-0} + ${e:-0} + ${x:-0} ))
	if [ "$rc" -ne 0 ]; then
		# What went wrong: the failing tests' logs, or the build error.
		sed -n '/^=\{10,\}$/,$p' "$out" | head -n 300
		[ -n "$p" ] || tail -n 40 "$out"
		[ "$bad" -gt 0 ] || bad=1
	fi
	failed=$((failed + bad))
}

suite build "${TRACUU_BUILD:-build}"
part_done suite

# The release tarball must build, pass a representative subset of the tests (the
# whole suite just ran on the same sources; see Makefile.am), install and answer.
if make -C "${TRACUU_BUILD:-build}" -j"$jobs" distcheck >"${TRACUU_BUILD:-build}/distcheck.out" 2>&1; then
	echo "PASS: make distcheck"
	passed=$((passed + 1))
else
	echo "FAIL: make distcheck (see ${TRACUU_BUILD:-build}/distcheck.out)"
	tail -n 30 "${TRACUU_BUILD:-build}/distcheck.out"
	failed=$((failed + 1))
fi
part_done distcheck

# The tests again under AddressSanitizer (leaks included) and UBSan.
if TRACUU_BUILD=build-asan sh scripts/setup.sh --enable-sanitizers CFLAGS="-g -O1" CXXFLAGS="-g -O1"; then
	part_done "asan build"
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
		suite asan build-asan
	part_done "asan suite"
else
	echo "FAIL: the ASan/UBSan build"
	failed=$((failed + 1))
	part_done "asan build"
fi

print_times

if [ "$skipped" -gt 0 ]; then
	echo "$passed passed, $failed failed, $skipped skipped"
else
	echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
