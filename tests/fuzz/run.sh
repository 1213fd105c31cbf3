#!/bin/sh
# run.sh — builds the libFuzzer targets (clang, ASan, UBSan) and runs each for a set time.
# usage: run.sh SRCDIR BUILDDIR SECONDS [TARGET…]
#   Seeds: small files from $TRACUU_SHARED (the real corpus) and tests/fuzz/seeds/.
#   Figures (target, executions, crashes) go to BUILDDIR/tests/fuzz-out/report.tsv; a crash
#   input is kept as BUILDDIR/tests/fuzz-out/crash-TARGET-*: add it to tests/fuzz/regress/TARGET/.
#   Exit status: 0 no crash, 1 a crash or a build failure, 77 no libFuzzer here.
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

flags="-g -O1 -ffunction-sections -fdata-sections -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cflags="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DHAVE_CONFIG_H -I$src -I$build \
	$(pkg-config --cflags icu-uc icu-i18n libxml-2.0 libcurl poppler-glib libzip zlib)"
libs="$(pkg-config --libs icu-uc icu-i18n libxml-2.0 libcurl poppler-glib libzip zlib)"
# The libraries the targets use (every C file of util/, text/, ingest/, and the
# query parser), rebuilt only when a source or header is newer than its object.
sources=$(cd "$src" && ls util/*.c text/*.c ingest/*.c | grep -v -e '^text/cite_tables\.c$' -e '^ingest/proper_names\.c$')
sources="$sources query/parse.c query/filter.c query/cite.c tests/fuzz/stubs.c"
objs=
for f in $sources $build/text/cite_tables.c $build/ingest/proper_names.c \
	$build/query/abbrev_table.c; do
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

# seeds TARGET DIR: the target's starting corpus, copied into DIR (nothing is
# written anywhere else).
seeds() {
	dest=$2
	sh_=${TRACUU_SHARED:-$src/../shared}
	case $1 in
	decode|load) dirs="$sh_/corpus/legacy-encodings/samples $src/tests/fixtures/legacy $src/tests/fixtures/ingest $src/tests/fixtures/web" ;;
	html) dirs="$src/tests/fixtures/web $sh_/corpus/vbpl-html" ;;
	query) dirs="$src/tests/fuzz/seeds/query" ;;
	*) dirs="$sh_/seeds $src/tests/fixtures/cite $sh_/corpus/party-docs-nq57" ;;
	esac
	[ -n "$dest" ] && [ -d "$dest" ] || return 1
	for d in $dirs "$src/tests/fuzz/regress/$1"; do
		[ -d "$d" ] || continue
		find "$d" -type f -size -200k | head -n 20 | while read -r f; do
			cp "$f" "$dest/seed-$(echo "$f" | cksum | cut -d' ' -f1)"
		done
	done
	return 0
}

: >"$out/report.tsv"
status=0
for t in $targets; do
	bin="$out/fuzz_$t"
	if [ ! -x "$bin" ] || [ "$src/tests/fuzz/fuzz_$t.c" -nt "$bin" ] || [ -n "$(find $objs -newer "$bin" 2>/dev/null | head -n 1)" ]; then
		$CC_FUZZ $flags -fsanitize=fuzzer $cflags "$src/tests/fuzz/fuzz_$t.c" -Wl,--gc-sections $objs $libs -o "$bin" || { status=1; continue; }
	fi
	corpus="$out/corpus-$t"
	rm -rf "$corpus" && mkdir -p "$corpus"
	seeds "$t" "$corpus"
	log="$out/fuzz_$t.log"
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
	"$bin" -max_total_time="$secs" -max_len=65536 -rss_limit_mb=1024 -timeout=10 \
		-artifact_prefix="$out/crash-$t-" -print_final_stats=1 "$corpus" >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	crashes=0
	if [ "$rc" -ne 0 ]; then
		crashes=1
		status=1
		echo "fuzz_$t: crashed (exit $rc); the input is in $out/crash-$t-*; the log:" >&2
		grep -E 'ERROR|SUMMARY|runtime error|#[0-9] ' "$log" | head -n 30 >&2
	fi
	printf '%s\t%s\t%s\t%s\n' "$t" "${execs:-0}" "$crashes" "$secs" >>"$out/report.tsv"
	echo "fuzz_$t: ${execs:-0} executions in ${secs}s, $crashes crashes"
done
exit $status
