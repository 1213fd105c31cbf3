# default-index.sh — with no --db: the bundled index until the user ingests, then the user's own.
. "$TRACUU_SRCDIR/tests/lib.sh"
[ -d "$TRACUU_BUNDLED_DB" ] || { fail "no bundled index at $TRACUU_BUNDLED_DB"; finish; }

run "$TRACUU" search 'Tô Hiệu'
expect_rc 0 "a first search works with no set-up"
expect_out 'seeds/000_b59fb608fd294d74\.txt' "from the bundled corpus"
expect_err 'note: searching the bundled sample index \(5 news articles\)' "says it is the bundled sample"
T_CHECKS=$((T_CHECKS + 1))
[ "$(grep -c 'bundled sample' "$WORK/err")" -eq 1 ] || fail "the note is said once"
printf 'Tô Hiệu\nđào tạo\n' >"$WORK/queries"
run sh -c "\"$TRACUU\" search --batch < \"$WORK/queries\""
T_CHECKS=$((T_CHECKS + 1))
[ "$(grep -c 'bundled sample' "$WORK/err")" -eq 1 ] || fail "the note is said once in a --batch run"

export XDG_DATA_HOME="$WORK/xdg"
run "$TRACUU" ingest "$FIXTURES/ingest/bom.txt"
expect_rc 0 "ingest with no --db"
[ -d "$XDG_DATA_HOME/tracuu/index" ] && ok || fail "the user's index is made under XDG_DATA_HOME"
run "$TRACUU" search 'Tô Hiệu'
expect_rc 1 "now the user's index is searched, not the bundled one"
T_CHECKS=$((T_CHECKS + 1))
! grep -q 'bundled sample' "$WORK/err" || fail "no note on the user's own index"
run "$TRACUU" search 'thông tư'
expect_out 'bom\.txt' "the user's document is found"
run env TRACUU_DB="$TRACUU_BUNDLED_DB" "$TRACUU" search 'Tô Hiệu'
expect_rc 0 "TRACUU_DB wins over the user's index"
finish
