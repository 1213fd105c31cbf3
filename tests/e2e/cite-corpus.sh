# cite-corpus.sh — on tvpl-legal-news, citation cards agree with the site's own attribute block (≥95%, the letterhead winning where the two differ).
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
DB="$WORK/db"
TVPL="$TRACUU_SHARED/corpus/tvpl-legal-news"

run "$TRACUU" ingest -q --db "$DB" "$TVPL"
expect_rc 0 "ingesting tvpl-legal-news"
python3 "$TRACUU_SRCDIR/tests/tools/cite_agreement.py" --tracuu "$TRACUU" --db "$DB" \
	--corpus "$TVPL" --min 0.95 --show 60 >"$WORK/agreement" 2>&1
rc=$?
cat "$WORK/agreement"
T_CHECKS=$((T_CHECKS + 1))
[ "$rc" -eq 0 ] || fail "cards agree with the attribute blocks for at least 95% of the documents"

# A Party regulation the corpus discusses: the card and its documents.
run "$TRACUU" cite --db "$DB" --json 57-NQ/TW
expect_rc 0 "57-NQ/TW is cited in the corpus"
printf '%s\n' "$OUT" | jq -e '.number == "57-NQ/TW" and .type == "Nghị quyết" and .documents >= 10' >/dev/null \
	&& ok || fail "57-NQ/TW's card: $(printf '%s' "$OUT" | head -c 400)"
finish
