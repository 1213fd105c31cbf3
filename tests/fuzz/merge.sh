#!/bin/sh
# merge.sh — minimises a target's kept corpus (tests/fuzz/corpus/TARGET) together with the
# inputs its last run found (BUILDDIR/tests/fuzz-out/corpus-TARGET), with libFuzzer's -merge=1.
# usage: merge.sh SRCDIR BUILDDIR TARGET…   (run.sh first: it builds the targets)
src=$(cd "$1" && pwd) || exit 1
build=$(cd "$2" && pwd) || exit 1
shift 2
out="$build/tests/fuzz-out"
status=0
for t in "$@"; do
	bin="$out/fuzz_$t"
	[ -x "$bin" ] || { echo "merge.sh: no $bin: run run.sh first" >&2; status=1; continue; }
	kept="$src/tests/fuzz/corpus/$t"
	new="$out/merged-$t"
	rm -rf "$new" && mkdir -p "$new" "$kept"
	maxlen=$(sed -n 's/^#define FUZZ_MAX_LEN \([0-9]*\).*/\1/p' "$src/tests/fuzz/fuzz_$t.c")
	# An empty folder first: only the inputs that add coverage are copied in. Edges
	# only (-use_counters=0), not hit counts: a few hundred inputs, not thousands.
	if ASAN_OPTIONS=detect_leaks=0 "$bin" -merge=1 -use_counters=0 -max_len="${maxlen:-4096}" -timeout=10 \
		"$new" "$kept" "$out/corpus-$t" >"$out/merge-$t.log" 2>&1; then
		rm -f "$kept"/*
		# names by content, as libFuzzer names them: the same input keeps its name
		cp "$new"/* "$kept"/
		echo "merge.sh: $t: $(ls "$kept" | wc -l) inputs, $(cat "$kept"/* | wc -c) bytes"
	else
		echo "merge.sh: $t: the merge failed (see $out/merge-$t.log)" >&2
		status=1
	fi
done
exit $status
