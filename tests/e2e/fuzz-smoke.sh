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
# html's libxml2 arena (tests/fuzz/xml_arena.h) must still report what ASan reports on
# the heap: a read past a block, a read of a freed one, a second free, a leak, a bad free.
${FUZZ_CC:-clang} -g -fsanitize=address -I"$TRACUU_SRCDIR" $(pkg-config --cflags libxml-2.0) \
	"$TRACUU_SRCDIR/tests/fuzz/xml_arena_check.c" $(pkg-config --libs libxml-2.0) -o "$WORK/xml_arena_check"
[ -x "$WORK/xml_arena_check" ] || fail "xml_arena_check did not build"
run env ASAN_OPTIONS=detect_leaks=1 "$WORK/xml_arena_check" 0
expect_rc 0 "the arena on three clean inputs"
expect_out '^clean$' "the arena on three clean inputs"
for m in 1 2; do
	run env ASAN_OPTIONS=detect_leaks=0 "$WORK/xml_arena_check" $m
	expect_err 'ERROR: AddressSanitizer: use-after-poison' "the arena, mode $m (read past a block, read after free)"
done
for m in "3 a second xmlFree" "4 allocations not freed after this input" "5 a pointer libxml2 did not hand out"; do
	run env ASAN_OPTIONS=detect_leaks=0 "$WORK/xml_arena_check" ${m%% *}
	[ "$RC" -ne 0 ] && ok || fail "the arena, mode ${m%% *}: exit 0"
	expect_err "xml_arena: .*${m#* }" "the arena, mode ${m%% *}"
done
mkdir -p "$TRACUU_TMP/figures"
cp "$build/tests/fuzz-out/report.tsv" "$TRACUU_TMP/figures/fuzz.tsv" 2>/dev/null
finish
