# startup.sh — what a search or cite call loads, and in what order: the tracuu binary needs none of the libraries of ingest (curl, poppler, libzip, libxml2) or of serve (libmicrohttpd and its TLS libraries), which each call would pay for in relocations; `tracuu serve` reaches tracuu-serve, and says so when it is missing.
. "$TRACUU_SRCDIR/tests/lib.sh"
command -v readelf >/dev/null 2>&1 || { echo "SKIP: no readelf"; exit 77; }

readelf -d "$TRACUU" >"$WORK/dynamic" 2>&1
grep -q 'NEEDED' "$WORK/dynamic" && ok || fail "readelf -d $TRACUU names no library (is it dynamic?)"
for lib in libmicrohttpd libgnutls libcurl libpoppler libzip libxml2; do
	T_CHECKS=$((T_CHECKS + 1))
	! grep -q "NEEDED.*\[$lib" "$WORK/dynamic" || fail "tracuu links $lib: every search and cite call loads it"
done

# libstdc++ named ahead of Xapian (and ICU, zlib): the loader looks for each
# of libstdc++'s own ~2,000 symbols in the libraries in the order the binary
# names them, and finds them at the first (bench/RESULTS.md, h15b: a tenth of
# a call's start-up instructions). Only where the binary names libstdc++.
if grep -q 'NEEDED.*\[libstdc++' "$WORK/dynamic"; then
	T_CHECKS=$((T_CHECKS + 1))
	first=$(grep -o 'NEEDED.*\[lib\(stdc++\|xapian\|icuuc\|z\)\.' "$WORK/dynamic" | head -n 1)
	case $first in
	*'[libstdc++.'*) ;;
	*) fail "tracuu names $(echo "$first" | sed 's/.*\[//; s/\.$//') before libstdc++: each call's loader searches it for libstdc++'s own symbols" ;;
	esac
fi

# ICU is opened when a command first needs it (cli/icu_lazy.c), not with
# the program: a search of Vietnamese text reads it on text/'s fast paths.
T_CHECKS=$((T_CHECKS + 1))
! grep -q 'NEEDED.*\[libicuuc' "$WORK/dynamic" || fail "tracuu links libicuuc: every call loads it"
run "$TRACUU" search --db "$TRACUU_BUNDLED_DB" -n 3 --json 'Ωmega café'
[ "$RC" -le 1 ] && ok || fail "a query ICU reads (Ωmega café) ended $RC: $(cat "$WORK/err")"
T_CHECKS=$((T_CHECKS + 1))
! grep -q "cannot load ICU" "$WORK/err" || fail "a query ICU reads: $(cat "$WORK/err")"
# Which libraries a call opened, where the loader says (glibc's LD_DEBUG).
if LD_DEBUG=files "$TRACUU" --version 2>&1 >/dev/null | grep -q 'file=libxapian'; then
	LD_DEBUG=files "$TRACUU" search --db "$TRACUU_BUNDLED_DB" -n 10 'thuế thu nhập cá nhân' \
		>/dev/null 2>"$WORK/files"
	T_CHECKS=$((T_CHECKS + 1))
	! grep -q 'file=libicuuc' "$WORK/files" || fail "a search of Vietnamese words loaded ICU"
	LD_DEBUG=files "$TRACUU" search --db "$TRACUU_BUNDLED_DB" -n 3 'Ωmega' >/dev/null 2>"$WORK/files"
	T_CHECKS=$((T_CHECKS + 1))
	grep -q 'file=libicuuc' "$WORK/files" || fail "a search of a Greek word did not load ICU"
fi

# serve runs tracuu-serve, beside tracuu in the build tree.
run "$TRACUU" serve --help
expect_rc 0 "tracuu serve --help"
expect_out '^usage: tracuu serve' "tracuu serve --help"
run "$TRACUU" help serve
expect_rc 0 "tracuu help serve"
expect_out '^usage: tracuu serve' "tracuu help serve"
run "$TRACUU" serve --listen 'no such address'
expect_rc 2 "serve with a bad --listen"
expect_err "serve: .*no such address" "serve with a bad --listen"

# A tracuu alone, without its tracuu-serve beside it: it says what it could
# not run (unless an installed one is found in its libexec folder).
mkdir -p "$WORK/alone" && cp "$TRACUU" "$WORK/alone/tracuu"
run "$WORK/alone/tracuu" serve --help
if [ "$RC" -eq 0 ]; then
	expect_out '^usage: tracuu serve' "the installed tracuu-serve"
else
	expect_rc 4 "tracuu without tracuu-serve"
	expect_err "serve: cannot run .*/alone/tracuu-serve" "tracuu without tracuu-serve"
fi
finish
