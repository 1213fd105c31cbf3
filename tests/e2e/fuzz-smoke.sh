# fuzz-smoke.sh — every libFuzzer target for a few seconds (FUZZ_SMOKE_SECONDS), its kept corpus
# and regression inputs included, and the query parser fed a 1 MiB query. Skipped without libFuzzer.
. "$TRACUU_SRCDIR/tests/lib.sh"
build=$(dirname "$TRACUU")
sh "$TRACUU_SRCDIR/tests/fuzz/run.sh" "$TRACUU_SRCDIR" "$build" "${FUZZ_SMOKE_SECONDS:-2}" >"$WORK/fuzz.out" 2>&1
rc=$?
cat "$WORK/fuzz.out"
[ "$rc" -eq 77 ] && exit 77
[ "$rc" -eq 0 ] && ok || fail "a fuzz target crashed or did not build (exit $rc)"
# A 1 MiB query (more than a command line holds) straight into the parser: past the
# target's cap, so FUZZ_NO_CAP lifts it for this one input.
awk 'BEGIN { for (i = 0; i < 30000; i++) printf "\"quy định (57-QĐ/TW OR "; }' >"$WORK/query-1m"
run env FUZZ_NO_CAP=1 "$build/tests/fuzz-out/fuzz_query" "$WORK/query-1m"
expect_rc 0 "the query parser on a 1 MiB query"
mkdir -p "$TRACUU_TMP/figures"
cp "$build/tests/fuzz-out/report.tsv" "$TRACUU_TMP/figures/fuzz.tsv" 2>/dev/null
finish
