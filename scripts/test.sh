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
grep -E '^(PASS|FAIL|ERROR|SKIP|XFAIL|XPASS):' "$out"
count() { sed -n "s/^# $1: *\([0-9][0-9]*\).*/\1/p" "$out" | tail -n 1; }
pass=$(count PASS); fail=$(count FAIL); err=$(count ERROR); xpass=$(count XPASS); skip=$(count SKIP)
failed=$(( ${fail:-0} + ${err:-0} + ${xpass:-0} ))
if [ "$rc" -ne 0 ]; then
	# Show what went wrong: the failing tests' logs, or the build error.
	sed -n '/^=\{10,\}$/,$p' "$out" | head -n 400
	[ -n "$pass" ] || tail -n 40 "$out"
	[ "$failed" -gt 0 ] || failed=1
fi
if [ "${skip:-0}" -gt 0 ]; then
	echo "${pass:-0} passed, $failed failed, $skip skipped"
else
	echo "${pass:-0} passed, $failed failed"
fi
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
