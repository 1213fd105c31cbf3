# ingest-laws.sh — the 110 laws of uts-vlc-laws, 15 of them partly decomposed (NFD): all go in, NFD text is found and shown composed; ranking on real laws: a law's subject alone, a description's best article, "X là gì?".
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

# A description of five words or more is ranked again by its best article
# (query/search.c, fuse_articles): the law with an article headed "Cơ sở dữ
# liệu quốc gia" first, not the anti-corruption law that has the words
# spread over a long article (ranked first by whole texts alone).
run "$TRACUU" search --db "$DB" --json --limit 1 'Cơ sở dữ liệu quốc gia'
expect_rc 0 "a five-word description"
expect_out '"source":"[^"]*luat-cong-nghe-thong-tin\.txt"' "the law with the article on it is first"
expect_out '"heading":"Cơ sở dữ liệu quốc gia"' "its article is the one shown"
# A later page of it is the rest of the same ranking: no result twice.
run "$TRACUU" search --db "$DB" --json --limit 3 'Cơ sở dữ liệu quốc gia'
printf '%s\n' "$OUT" | jq -r .source > "$WORK/first3"
run "$TRACUU" search --db "$DB" --json --limit 2 --offset 1 'Cơ sở dữ liệu quốc gia'
[ "$(printf '%s\n' "$OUT" | jq -r .source)" = "$(tail -n 2 "$WORK/first3")" ] && ok ||
	fail "--offset 1 --limit 2 is places 2–3 of the same ranking (got: $(printf '%s\n' "$OUT" | jq -r .source))"

# A law's subject typed alone is that law (query/build.c, subject_law_first): the Labour
# Code first for "lao động", with or without marks, not the law on workers sent abroad
# whose title holds the words; the Enterprise Law, not the state-enterprise law (its
# subject goes on) nor the corporate income tax law; the Housing Law, not the law on
# the inviolability of the home.
for q in 'lao động:bo-luat-lao-dong' 'lao dong:bo-luat-lao-dong' 'doanh nghiệp:luat-doanh-nghiep' \
	'nhà ở:luat-nha-o' 'nha o:luat-nha-o'; do
	run "$TRACUU" search --db "$DB" --json --limit 1 "${q%%:*}"
	expect_out "\"source\":\"[^\"]*/${q#*:}\\.txt\"" "'${q%%:*}' puts ${q#*:}.txt first"
done

run "$TRACUU" stats --db "$DB"
expect_out '^documents: +111$' "stats counts the documents"
# "X là gì?" asks what X is. With congbao-8chude's bhxh folder added, the Q&A page's question
# "Hành vi nhũng nhiễu là gì? Trong khám bệnh, chữa bệnh có cấm các hành vi nhũng nhiễu hay
# không?" put the Law on the Protection of People's Health first (the words around the
# subject: "khám bệnh, chữa bệnh", "cấm", "hành vi"), the Anti-corruption Law, whose
# definitions say what "nhũng nhiễu" is, below. The subject's last pair and its last word with
# "là" weigh more in the documents' query and the articles' scorer (query_asked_weight,
# query/build.c; issue 18): the Anti-corruption Law first.
run "$TRACUU" ingest --quiet --no-progress --db "$DB" "$TRACUU_SHARED/corpus/congbao-8chude/docs/bhxh"
# 3: some of the folder's files are refused (another's copy); the rest is indexed.
[ "$RC" -le 3 ] && ok || fail "ingest of the bhxh folder: exit status $RC ($(head -c 400 "$WORK/err"))"
first() { # query: the Anti-corruption Law first, the health law still on the page
	"$TRACUU" search --db "$DB" --json -n 10 "$1" >"$WORK/json" 2>"$WORK/err"
	T_CHECKS=$((T_CHECKS + 2))
	top=$(jq -r 'select(.rank == 1) | .source' "$WORK/json")
	case $top in
	*/luat-phong-chong-tham-nhung.txt) ;;
	*) fail "$1: first is '$top', expected the Anti-corruption Law" ;;
	esac
	grep -q luat-bao-ve-suc-khoe-nhan-dan "$WORK/json" ||
		fail "$1: the health law is no longer on the page (the test lost its case)"
}
first "Hành vi nhũng nhiễu là gì? Trong khám bệnh, chữa bệnh có cấm các hành vi nhũng nhiễu hay không?"
first "Hanh vi nhung nhieu la gi? Trong kham benh, chua benh co cam cac hanh vi nhung nhieu hay khong?"
finish
