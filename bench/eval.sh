#!/bin/sh
# eval.sh — `make eval`: the ranking benchmarks (ALQAC 2023; everyday queries,
# issue 18), tracuu beside SQLite FTS5 and Xapian's defaults, measured in the
# same run (bench/eval.py); the tables go to stdout and to TRACUU_EVAL_OUT.
# TRACUU: the binary (default ./tracuu); TRACUU_SHARED: the shared corpus
# folder (default ../shared beside the source tree); TRACUU_EVAL_DIR: scratch
# space (default a fresh temporary folder, removed afterwards);
# TRACUU_EVAL_OUT: the output file (default eval-results.txt).
set -e
here=$(cd "$(dirname "$0")" && pwd)
TRACUU=${TRACUU:-./tracuu}
shared=${TRACUU_SHARED:-$here/../../shared}
out=${TRACUU_EVAL_OUT:-eval-results.txt}
[ -f "$shared/corpus/alqac2023/legal_passages.json" ] || { echo "eval: no ALQAC 2023 corpus in $shared/corpus/alqac2023 (set TRACUU_SHARED)" >&2; exit 2; }
for d in congbao-8chude uts-vlc-laws tvpl-legal-news/qa_explainers; do
	[ -d "$shared/corpus/$d" ] || { echo "eval: no $d in $shared/corpus (set TRACUU_SHARED)" >&2; exit 2; }
done
for tool in python3 scriptindex quest; do
	command -v $tool >/dev/null 2>&1 || { echo "eval: $tool is missing (scripts/deps.sh installs it)" >&2; exit 2; }
done
if [ -n "$TRACUU_EVAL_DIR" ]; then
	work=$TRACUU_EVAL_DIR
	mkdir -p "$work"
else
	work=$(mktemp -d "${TMPDIR:-/tmp}/tracuu-eval.XXXXXX")
	trap 'rm -rf "$work"' EXIT
fi
# The everyday-query set is rebuilt from the corpus (deterministic); the
# committed copy says which queries the figures in bench/RESULTS.md are on.
python3 "$here/everyday.py" "$shared/corpus" "$work/everyday-queries.tsv"
cmp -s "$work/everyday-queries.tsv" "$here/everyday-queries.tsv" ||
	echo "eval: note: the corpus gives a query set other than bench/everyday-queries.tsv (figures not comparable)" >&2
python3 "$here/eval.py" "$TRACUU" "$shared/corpus" "$work" --queries "$work/everyday-queries.tsv" --out "$out" "$@"
echo "eval: tables written to $out" >&2
