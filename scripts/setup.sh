#!/bin/sh
# setup.sh — from a fresh clone to a built tracuu in build/: packages, autotools, configure, make.
# Extra arguments go to configure (e.g. --enable-sanitizers) in a fresh build folder.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
sh scripts/deps.sh
if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt Makefile.in ]; then
	autoreconf -fi >/dev/null 2>&1 || autoreconf -fi
fi
builddir=${TRACUU_BUILD:-build}
mkdir -p "$builddir"
cd "$builddir"
if [ ! -f Makefile ] || [ $# -gt 0 ]; then
	"$top/configure" --quiet "$@"
fi
echo "tracuu: building in $builddir/" >&2
make -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
