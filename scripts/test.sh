#!/bin/sh
# test.sh — builds (as setup.sh does) and runs the whole test suite; ends with "N passed, N failed".
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
if ! sh scripts/setup.sh; then
	echo "tracuu: the build failed" >&2
	echo "0 passed, 1 failed"
	exit 1
fi
# The real corpus beside the repository (../shared); tests that need it fail
# when it is missing rather than pass quietly.
TRACUU_SHARED=${TRACUU_SHARED:-$(cd "$top/.." && pwd)/shared}
export TRACUU_SHARED
builddir=${TRACUU_BUILD:-build}
out="$builddir/check.out"
make -C "$builddir" -j"$(nproc 2>/dev/null || echo 2)" check VERBOSE=yes >"$out" 2>&1
rc=$?
# The release tarball must build and pass its tests too: one more result.
dist_pass=0 dist_fail=0
if make -C "$builddir" distcheck >"$builddir/distcheck.out" 2>&1; then
	dist_pass=1
else
	dist_fail=1
fi
grep -E '^(PASS|FAIL|ERROR|SKIP|XFAIL|XPASS): tests/' "$out"
if [ "$dist_pass" -eq 1 ]; then
	echo "PASS: make distcheck"
else
	echo "FAIL: make distcheck (see $builddir/distcheck.out)"
	tail -n 30 "$builddir/distcheck.out"
fi
count() { sed -n "s/^# $1: *\([0-9][0-9]*\).*/\1/p" "$out" | tail -n 1; }
raw_pass=$(count PASS); pass=$raw_pass; fail=$(count FAIL); err=$(count ERROR); xpass=$(count XPASS); skip=$(count SKIP)
pass=$(( ${pass:-0} + dist_pass ))
failed=$(( ${fail:-0} + ${err:-0} + ${xpass:-0} + dist_fail ))
if [ "$rc" -ne 0 ]; then
	# Show what went wrong: the failing tests' logs, or the build error.
	sed -n '/^=\{10,\}$/,$p' "$out" | head -n 400
	[ -n "$raw_pass" ] || tail -n 40 "$out"
	[ "$failed" -gt 0 ] || failed=1
fi
if [ "${skip:-0}" -gt 0 ]; then
	echo "$pass passed, $failed failed, $skip skipped"
else
	echo "$pass passed, $failed failed"
fi
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
