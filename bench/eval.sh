#!/bin/sh
# eval.sh — `make eval`: the ALQAC 2023 retrieval benchmark, tracuu beside
# SQLite FTS5 and Xapian's defaults, measured in the same run (bench/eval.py).
# TRACUU: the binary (default ./tracuu); TRACUU_SHARED: the shared corpus
# folder (default ../shared beside the source tree); TRACUU_EVAL_DIR: scratch
# space (default a fresh temporary folder, removed afterwards).
set -e
here=$(cd "$(dirname "$0")" && pwd)
TRACUU=${TRACUU:-./tracuu}
shared=${TRACUU_SHARED:-$here/../../shared}
corpus=$shared/corpus/alqac2023
[ -f "$corpus/legal_passages.json" ] || { echo "eval: no ALQAC 2023 corpus in $corpus (set TRACUU_SHARED)" >&2; exit 2; }
for tool in python3 scriptindex quest; do
	command -v $tool >/dev/null 2>&1 || { echo "eval: $tool is missing (scripts/deps.sh installs it)" >&2; exit 2; }
done
if [ -n "$TRACUU_EVAL_DIR" ]; then
	work=$TRACUU_EVAL_DIR
else
	work=$(mktemp -d "${TMPDIR:-/tmp}/tracuu-eval.XXXXXX")
	trap 'rm -rf "$work"' EXIT
fi
python3 "$here/eval.py" "$TRACUU" "$corpus" "$work" "$@"
