#!/bin/sh
# merge.sh — minimises a target's kept corpus (tests/fuzz/corpus/TARGET) together with the
# inputs its last run found (BUILDDIR/tests/fuzz-out/corpus-TARGET), with libFuzzer's -merge=1.
# usage: merge.sh SRCDIR BUILDDIR TARGET…   (run.sh first: it builds the targets)
src=$(cd "$1" && pwd) || exit 1
build=$(cd "$2" && pwd) || exit 1
shift 2
out="$build/tests/fuzz-out"
# A kept corpus stays small (the repository holds it): past MAX inputs the merge
# keeps one input per edge instead of one per edge and hit count.
max=${FUZZ_CORPUS_MAX:-600}
status=0
for t in "$@"; do
	bin="$out/fuzz_$t"
	[ -x "$bin" ] || { echo "merge.sh: no $bin: run run.sh first" >&2; status=1; continue; }
	kept="$src/tests/fuzz/corpus/$t"
	new="$out/merged-$t"
	mkdir -p "$kept" "$out/corpus-$t"
	maxlen=$(sed -n 's/^#define FUZZ_MAX_LEN \([0-9]*\).*/\1/p' "$src/tests/fuzz/fuzz_$t.c")
	for counters in 1 0; do
		# An empty folder first: only the inputs that add coverage are copied in.
		ok=
		rm -rf "$new" && mkdir -p "$new"
		ASAN_OPTIONS=detect_leaks=0 "$bin" -merge=1 -use_counters=$counters -max_len="${maxlen:-4096}" \
			-timeout=10 "$new" "$kept" "$out/corpus-$t" >"$out/merge-$t.log" 2>&1 || break
		ok=1
		[ "$(ls "$new" | wc -l)" -le "$max" ] && break
	done
	if [ -n "$ok" ]; then
		rm -f "$kept"/*
		# libFuzzer names an input by its content: the same input keeps its name
		cp "$new"/* "$kept"/
		echo "merge.sh: $t: $(ls "$kept" | wc -l) inputs, $(cat "$kept"/* | wc -c) bytes"
	else
		echo "merge.sh: $t: the merge failed (see $out/merge-$t.log)" >&2
		status=1
	fi
done
exit $status
