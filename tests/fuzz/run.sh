#!/bin/sh
# run.sh — builds the libFuzzer targets (clang, ASan, UBSan) and runs each for a set time.
# usage: [FUZZ_RUNS=N] run.sh SRCDIR BUILDDIR SECONDS [TARGET…]
#   Inputs: windows cut from $TRACUU_SHARED (the real corpus), tests/fuzz/seeds/, the kept
#   corpus tests/fuzz/corpus/TARGET and the dictionary tests/fuzz/dict/TARGET.dict.
#   Figures (target, executions, crashes, seconds, executions/s, how it ended: runs, time,
#   signal, timeout or crash) go to BUILDDIR/tests/fuzz-out/report.tsv; a crash
#   input is kept as BUILDDIR/tests/fuzz-out/crash-TARGET-*: add it to tests/fuzz/regress/TARGET/.
#   Exit status: 0 no crash (an interrupted run included), 1 a crash or a build failure,
#   77 no libFuzzer here.
src=$(cd "$1" && pwd) || exit 1
build=$(cd "$2" && pwd) || exit 1
secs=${3:-60}
shift 3 2>/dev/null || shift $#
CC_FUZZ=${FUZZ_CC:-clang}
out="$build/tests/fuzz-out"
mkdir -p "$out/obj"
targets=${*:-"decode normalise citation dates html load query"}

probe="$out/probe.c"
printf '#include <stdint.h>\n#include <stddef.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }\n' >"$probe"
if ! $CC_FUZZ -fsanitize=fuzzer "$probe" -o "$out/probe" 2>/dev/null; then
	echo "no libFuzzer ($CC_FUZZ -fsanitize=fuzzer fails; Debian: libclang-rt-dev): skipped" >&2
	exit 77
fi

# -O2, and no comparison tracing (trace-cmp): the tracing hooks took half of every
# execution and the optimiser's absence a factor of two more; the dictionaries
# (tests/fuzz/dict/) give the mutator the keywords tracing would have found.
flags="-g -O2 -ffunction-sections -fdata-sections -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-coverage=trace-cmp -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cflags="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DHAVE_CONFIG_H -I$src -I$build \
	$(pkg-config --cflags icu-uc icu-i18n libxml-2.0 libcurl poppler-glib libzip zlib)"
libs="$(pkg-config --libs icu-uc icu-i18n libxml-2.0 libcurl poppler-glib libzip zlib)"
# The libraries the targets use (every C file of util/, text/, ingest/, and the
# query parser), rebuilt only when a source or header is newer than its object.
sources=$(cd "$src" && ls util/*.c text/*.c ingest/*.c | grep -v -e '^text/cite_tables\.c$' -e '^text/proper_names\.c$' \
	-e '^util/text_dict\.c$')
sources="$sources query/parse.c query/filter.c query/cite.c tests/fuzz/stubs.c"
objs=
# objects built with other flags are stale
[ "$(cat "$out/obj/flags" 2>/dev/null)" = "$flags" ] || { rm -f "$out"/obj/*.o "$out"/fuzz_*; echo "$flags" >"$out/obj/flags"; }
for f in $sources $build/text/cite_tables.c $build/text/proper_names.c \
	$build/query/abbrev_table.c $build/util/text_dict.c; do
	case $f in /*) s=$f ;; *) s=$src/$f ;; esac
	o="$out/obj/$(echo "$f" | sed 's|.*/\([^/]*/[^/]*\)\.c$|\1|; s|/|_|').o"
	stale=
	for h in ingest/ingest.h ingest/ingest_int.h text/text.h text/text_int.h query/query.h \
		query/query_int.h util/util.h; do
		[ "$src/$h" -nt "$o" ] && stale=1
	done
	if [ ! -f "$o" ] || [ "$s" -nt "$o" ] || [ -n "$stale" ]; then
		$CC_FUZZ $flags $cflags -c "$s" -o "$o" || exit 1
	fi
	objs="$objs $o"
done

# window FILE OFFSET BEFORE LENGTH: LENGTH bytes of FILE starting BEFORE bytes
# ahead of OFFSET (clipped to the file's start).
window() {
	from=$(($2 - $3))
	[ "$from" -lt 0 ] && from=0
	tail -c +$((from + 1)) "$1" | head -c "$4"
}

# seeds TARGET DIR: the target's starting corpus, copied into DIR (nothing is
# written anywhere else). Not whole files: windows of a few hundred bytes to a few
# KB around the places the parser cares about (a letterhead, a number, a date, an
# HTML head), each no longer than the target's cap, so that every run starts small.
seeds() {
	dest=$2
	sh_=${TRACUU_SHARED:-$src/../shared}
	# what to look for (grep -E on bytes), how far before it to start, how long a window
	case $1 in
	decode|load)
		dirs="$sh_/corpus/legacy-encodings/samples $src/tests/fixtures/legacy $src/tests/fixtures/ingest $src/tests/fixtures/web"
		pat='^|<head|<title|charset|CỘNG|C.NG H.A|Số|S. *:|/NĐ-CP|/QH1|ngày|n.m 20' before=64 len=1024 ;;
	html)
		dirs="$src/tests/fixtures/web $sh_/corpus/vbpl-html"
		pat='<head|<title|<meta|<table|<h1|<article|class="content|Số:|Điều 1\.' before=256 len=2048 ;;
	query)
		dirs="$src/tests/fuzz/seeds/query" pat='^' before=0 len=1024 ;;
	*)
		dirs="$sh_/seeds $src/tests/fixtures/cite $sh_/corpus/party-docs-nq57"
		pat='Số:|Số [0-9]|/NĐ-CP|/QĐ-|-NQ/TW|/TW|/QH1|QH1[0-9]|ngày [0-9]+ tháng|tháng [0-9]+ năm|Luật|Điều [0-9]|Nghị định' before=96 len=512 ;;
	esac
	[ -n "$dest" ] && [ -d "$dest" ] || return 1
	for d in $dirs; do
		[ -d "$d" ] || continue
		find "$d" -type f -size -4M | sort | head -n 20 | while read -r f; do
			key=$(echo "$f" | cksum | cut -d' ' -f1)
			# at most 8 places a file, spread over it (every k-th match)
			LC_ALL=C grep -boaE "$pat" "$f" 2>/dev/null | cut -d: -f1 >"$dest/.offsets"
			n=$(wc -l <"$dest/.offsets")
			[ "$n" -eq 0 ] && echo 0 >"$dest/.offsets" && n=1
			awk -v n="$n" 'NR == 1 || NR % int((n + 7) / 8) == 0' "$dest/.offsets" | head -n 8 |
			while read -r off; do
				window "$f" "$off" "$before" "$len" >"$dest/seed-$key-$off"
			done
		done
	done
	rm -f "$dest/.offsets"
	# the regression inputs, whole (each is a crash that was fixed)
	[ -d "$src/tests/fuzz/regress/$1" ] && cp "$src/tests/fuzz/regress/$1"/* "$dest/" 2>/dev/null
	return 0
}

# FUZZ_RUNS=N stops each target after N executions instead (a campaign);
# FUZZ_SECONDS still bounds it. Each target's figures go to report-TARGET.tsv, so
# targets run side by side do not overwrite each other; report.tsv gathers them.
runs=${FUZZ_RUNS:+-runs=$FUZZ_RUNS}
status=0
for t in $targets; do
	bin="$out/fuzz_$t"
	if [ ! -x "$bin" ] || [ "$src/tests/fuzz/fuzz_$t.c" -nt "$bin" ] || [ "$src/tests/fuzz/fuzz.h" -nt "$bin" ] ||
		[ -n "$(find $objs -newer "$bin" 2>/dev/null | head -n 1)" ]; then
		$CC_FUZZ $flags -fsanitize=fuzzer $cflags "$src/tests/fuzz/fuzz_$t.c" -Wl,--gc-sections $objs $libs -o "$bin" || { status=1; continue; }
	fi
	# the cap the target itself enforces, so the mutator never makes longer inputs
	maxlen=$(sed -n 's/^#define FUZZ_MAX_LEN \([0-9]*\).*/\1/p' "$src/tests/fuzz/fuzz_$t.c")
	dict=
	[ -f "$src/tests/fuzz/dict/$t.dict" ] && dict="-dict=$src/tests/fuzz/dict/$t.dict"
	# New inputs go to the scratch corpus (the first folder); the kept, merged corpus
	# in the repository (tests/fuzz/corpus/TARGET) is read, never written.
	corpus="$out/corpus-$t"
	rm -rf "$corpus" && mkdir -p "$corpus"
	seeds "$t" "$corpus"
	kept=
	[ -d "$src/tests/fuzz/corpus/$t" ] && kept="$src/tests/fuzz/corpus/$t"
	log="$out/fuzz_$t.log"
	start=$(date +%s)
	# -entropic=0: libFuzzer's entropic schedule counts every feature of every run
	# against its rarest ones (UpdateFeatureFrequency, AddRareFeature); with the
	# ~18,000 features of a whole-file load that bookkeeping was 40% of the run (perf),
	# more than the code under test.
	# quarantine_size_mb=32: ASan holds freed memory back (256 MB by default) to catch a
	# use after free, so each allocation comes from fresh pages; in a long html run the
	# allocator and its page faults were the largest cost (perf). 32 MB still spans
	# many executions, so a use after free within one is still caught.
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1:malloc_context_size=8:quarantine_size_mb=32 UBSAN_OPTIONS=print_stacktrace=1 \
	"$bin" -max_total_time="$secs" $runs -entropic=0 -max_len="${maxlen:-4096}" $dict -rss_limit_mb=2048 -timeout=10 \
		-artifact_prefix="$out/crash-$t-" -print_final_stats=1 "$corpus" $kept >"$log" 2>&1
	rc=$?
	took=$(($(date +%s) - start))
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	# How the run ended, from libFuzzer's exit status (clang 14, -help=1): 0 when
	# -runs or -max_total_time is reached; 72 when interrupted (SIGINT, SIGTERM:
	# -interrupted_exitcode), and 128+N when killed by a signal it cannot catch:
	# neither is a finding. A finding exits otherwise: 1 for a sanitizer's report,
	# 77 (-error_exitcode) for a deadly signal, a leak or the RSS limit, 70
	# (-timeout_exitcode) for an input that ran past -timeout; each leaves its input.
	crashes=0
	case $rc in
	0) if [ -n "$FUZZ_RUNS" ] && [ "${execs:-0}" -ge "$FUZZ_RUNS" ]; then ended=runs; else ended=time; fi ;;
	72 | 129 | 130 | 137 | 143) ended=signal ;;
	70) ended=timeout crashes=1 ;;
	*) ended=crash crashes=1 ;;
	esac
	if [ "$crashes" -ne 0 ]; then
		status=1
		echo "fuzz_$t: $ended (exit $rc); the input is in $out/*-$t-*; the log:" >&2
		grep -E 'ERROR|SUMMARY|runtime error|#[0-9] ' "$log" | head -n 30 >&2
	elif [ "$ended" = signal ]; then
		echo "fuzz_$t: interrupted (exit $rc), not a crash" >&2
	fi
	rate=$(( ${execs:-0} / (took > 0 ? took : 1) ))
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "${execs:-0}" "$crashes" "$took" "$rate" "$ended" >"$out/report-$t.tsv"
	echo "fuzz_$t: ${execs:-0} executions in ${took}s ($rate/s, max_len $maxlen), $crashes crashes, ended: $ended"
done
cat "$out"/report-*.tsv >"$out/report.tsv" 2>/dev/null
exit $status
