# ingest-laws.sh — the 110 laws of uts-vlc-laws, 15 of them partly decomposed (NFD): all go in, NFD text is found and shown composed.
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
DB="$WORK/db"
LAWS="$TRACUU_SHARED/corpus/uts-vlc-laws"

run "$TRACUU" ingest --db "$DB" "$LAWS"
expect_rc 0 "ingesting the laws succeeds"
# 110 laws (one empty upstream) + SOURCE.md, ORIGINAL_README.md; metadata.jsonl is data,
# not a document (it lists every law's number): passed over.
expect_out '^111 added, 0 replaced, 0 unchanged, 1 skipped, 0 failed, 1 other file passed over$' "every law went in"
expect_err 'luat-ban-hanh-van-ban-quy-pham-phap-luat\.txt: empty file' "the empty law is reported"

# "Cộng sản Việt Nam do" occurs only in hien-phap.txt, where it is typed
# decomposed (o+U+0302+U+0323, a+U+0309, e+U+0302+U+0323).
run "$TRACUU" search --db "$DB" --json '"Cộng sản Việt Nam do"'
expect_rc 0 "a phrase found only in decomposed text"
[ "$(printf '%s\n' "$OUT" | grep -c .)" -eq 1 ] && ok || fail "exactly one document has the phrase (got: $(printf '%s\n' "$OUT" | jq -r .source))"
expect_out '"source":"[^"]*hien-phap\.txt"' "it is the constitution"
printf '%s\n' "$OUT" | jq -r .excerpt > "$WORK/excerpt"
grep -q 'Cộng sản Việt Nam do' "$WORK/excerpt" && ok || fail "the excerpt prints composed text: $(cat "$WORK/excerpt")"
LC_ALL=C grep -q "$(printf '\314[\200-\277]\|\315[\200-\257]')" "$WORK/excerpt" && fail "the excerpt has combining marks" || ok
# The same phrase typed decomposed, and typed without marks.
run "$TRACUU" search --db "$DB" --json "\"$(printf 'C\303\264\314\243ng sa\314\211n Vi\303\252\314\243t Nam do')\""
expect_out 'hien-phap\.txt' "the decomposed query finds it"
run "$TRACUU" search --db "$DB" --json '"cong san viet nam do"'
expect_out 'hien-phap\.txt' "the unaccented query finds it"

run "$TRACUU" stats --db "$DB"
expect_out '^documents: +111$' "stats counts the documents"
finish
