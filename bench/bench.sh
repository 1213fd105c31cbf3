#!/bin/sh
# bench.sh — `make bench`: ingest throughput, index size, peak RSS and search
# latency of tracuu beside SQLite FTS5, Xapian's omindex/quest and ripgrep, and
# `tracuu serve` under wrk (bench/serve_bench.py), in one run on the shared
# corpus (bench/bench.py; figures in bench/RESULTS.md).
# TRACUU, LATENCY: the binaries (default ./tracuu, ./bench/latency);
# TRACUU_SHARED: the shared folder (default ../shared beside the source tree);
# SCALE: 1 (the real corpus, default) or N > 1 (the real corpus plus N-1 times
# its size of generated text, bench/gen.py); BENCH_CORPUS=subset: a quick run
# on about 5 MB; BENCH_CORPUS=synthetic:MB: only generated text (the smoke
# test); BENCH_DIR: scratch space (default a temporary folder, removed);
# BENCH_OUT: where bench.md and bench.json go (default the current folder);
# bench/shards.py then adds shards.md and shards.json (BENCH_SHARDS=0: skipped).
set -e
here=$(cd "$(dirname "$0")" && pwd)
TRACUU=${TRACUU:-./tracuu}
LATENCY=${LATENCY:-./bench/latency}
shared=${TRACUU_SHARED:-$here/../../shared}
[ -d "$shared/corpus" ] || { echo "bench: no corpus in $shared/corpus (set TRACUU_SHARED)" >&2; exit 2; }
for tool in python3 sqlite3 omindex quest rg wrk /usr/bin/time; do
	command -v $tool >/dev/null 2>&1 || { echo "bench: $tool is missing (scripts/deps.sh installs it)" >&2; exit 2; }
done
if [ -n "$BENCH_DIR" ]; then
	work=$BENCH_DIR; mkdir -p "$work"
else
	work=$(mktemp -d "${TMPDIR:-/tmp}/tracuu-bench.XXXXXX")
	trap 'rm -rf "$work"' EXIT
fi
python3 "$here/bench.py" --tracuu "$TRACUU" --latency "$LATENCY" --shared "$shared" \
	--work "$work" --scale "${SCALE:-1}" --corpus "${BENCH_CORPUS:-full}" --out "${BENCH_OUT:-.}" "$@"
# The same corpus and query mix over remote shards (BENCH_SHARDS=0: not run).
# BENCH_SHARDS_ARGS: more options for shards.py (the smoke test's fewer passes and queries).
# shellcheck disable=SC2086
[ "${BENCH_SHARDS:-1}" = 0 ] || python3 "$here/shards.py" --tracuu "$TRACUU" --latency "$LATENCY" \
	--work "$work" --out "${BENCH_OUT:-.}" ${BENCH_SHARDS_ARGS:-}
