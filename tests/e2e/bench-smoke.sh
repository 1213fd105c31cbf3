# bench-smoke.sh — `make bench` end to end on a tiny generated corpus (1 MB from
# bench/gen.py): every system ingests and answers, the Markdown and JSON are
# written. Figures are not checked (no timed assertions). Skipped without the peers.
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
for tool in python3 sqlite3 omindex quest xapian-delve rg wrk /usr/bin/time; do
	command -v $tool >/dev/null 2>&1 || { echo "$tool is missing: skipped" >&2; exit 77; }
done
latency=$(dirname "$TRACUU")/bench/latency
[ -x "$latency" ] || { echo "bench/latency is not built: skipped" >&2; exit 77; }
# The shards' searches not seen before: 20 of the everyday queries, one pass (a fresh process
# each, four layouts: the whole set is minutes under ASan).
grep -v '^#' "$TRACUU_SRCDIR/bench/everyday-queries.tsv" | cut -f2 | head -20 >"$WORK/distinct.txt"
run env TRACUU_SHARED="$TRACUU_SHARED" BENCH_CORPUS=synthetic:1 BENCH_DIR="$WORK/bench" \
	BENCH_OUT="$WORK/out-files" LATENCY="$latency" \
	BENCH_SHARDS_ARGS="--passes 1 --distinct $WORK/distinct.txt" \
	sh "$TRACUU_SRCDIR/bench/bench.sh" --cli-rounds 1 --inproc-rounds 1 --serve-seconds 1
expect_rc 0 "make bench on a generated corpus"
[ "$RC" -eq 0 ] || { echo "bench's last words:"; tail -n 20 "$WORK/err"; } >&2
expect_out '^\| tracuu \| [0-9.]+ \|' "the ingest row"
expect_out 'look-ups/s' "the cite --batch figure"
expect_out 'searches/s' "the search --batch figure"
expect_out '^\| ingest peak RSS' "the targets"
expect_out '^`tracuu serve` under wrk.* = \*\*[0-9,]+ searches/s\*\*.*, 0 failed' "the server line"
[ -s "$WORK/out-files/bench-synthetic1-x1.json" ] && ok || fail "no JSON file"
grep -q '^Searches a process has not seen: the 20 ' "$WORK/out-files/shards.md" && ok ||
	fail "shards.md lacks the searches not seen before"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["ingest"]["tracuu"]["docs"] > 0 and d["queries"] and d["search_batch"]["answered"] == d["search_batch"]["searches"] and d["serve"]["requests"] > 0' \
	"$WORK/out-files/bench-synthetic1-x1.json" && ok || fail "the JSON lacks figures"
finish
