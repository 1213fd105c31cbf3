/* test_query.c — unit tables for query/parse.c: what a typed query reads as (words, phrases, operators, numbers, filters) and the errors it gives; and a description's fused order (search.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query/query.h"
#include "query/query_int.h"
#include "text/text.h"
#include "util/util.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* The tree in one line, so that a row's expected value reads as the query
 * does: a word as its exact form, "exact|folded" when the two differ, '+'
 * between two words that may be one two-syllable word (joins); a quoted
 * phrase in "", several words from one unquoted chunk in []; '^' before a
 * node whose first word joins the word before it; (AND …), (OR …), (NOT …);
 * a document number as {typed=canonical}. */
static void show_words(struct buf *b, const struct query_node *n)
{
	if (n->joins_prev)
		buf_addc(b, '^');
	const char *open = n->quoted ? "\"" : n->nwords > 1 ? "[" : "";
	const char *close = n->quoted ? "\"" : n->nwords > 1 ? "]" : "";
	buf_adds(b, open);
	for (size_t i = 0; i < n->nwords; i++) {
		const struct query_word *w = &n->words[i];
		if (i)
			buf_addc(b, w->joins ? '+' : ' ');
		buf_adds(b, w->exact);
		if (strcmp(w->exact, w->folded) != 0)
			buf_addf(b, "|%s", w->folded);
	}
	buf_adds(b, close);
}

static void show_node(struct buf *b, const struct query *q, const struct query_node *n)
{
	static const char *const ops[] = { [QN_AND] = "AND", [QN_OR] = "OR", [QN_NOT] = "NOT" };
	switch (n->kind) {
	case QN_WORDS:
		show_words(b, n);
		return;
	case QN_CITE:
		buf_addf(b, "{%s=%s}", q->cites[n->cite].typed, q->cites[n->cite].num.canonical);
		return;
	default:
		buf_addf(b, "(%s", ops[n->kind]);
		for (size_t i = 0; i < n->nkids; i++) {
			buf_addc(b, ' ');
			show_node(b, q, n->kids[i]);
		}
		buf_addc(b, ')');
	}
}

/* The whole query: the tree, then what else parsing set. */
static void show_query(struct buf *b, const struct query *q)
{
	if (q->root)
		show_node(b, q, q->root);
	else
		buf_adds(b, "-");
	if (q->accented)
		buf_adds(b, " accented");
	for (size_t i = 0; i < q->filters.ntypes; i++)
		buf_addf(b, " type=%s", q->filters.types[i]);
	for (size_t i = 0; i < q->filters.nissuers; i++)
		buf_addf(b, " issuer=%s", q->filters.issuers[i]);
	for (size_t i = 0; i < q->filters.ncites_types; i++)
		buf_addf(b, " cites-type=%s", q->filters.cites_types[i]);
	for (size_t i = 0; i < q->filters.ncites_issuers; i++)
		buf_addf(b, " cites-issuer=%s", q->filters.cites_issuers[i]);
	if (q->filters.year)
		buf_addf(b, " year=%d", q->filters.year);
	if (q->filters.from[0] || q->filters.to[0])
		buf_addf(b, " dates=%s..%s", q->filters.from, q->filters.to);
	if (q->warning)
		buf_addf(b, " warning: %s", q->warning);
}

/* What query_parse makes of s: the query shown, or "error: …". */
static char *parse_shown(const char *s)
{
	struct query *q = NULL;
	char *err = NULL;
	struct buf b = BUF_INIT;
	if (query_parse(s, strlen(s), &q, &err) < 0) {
		buf_addf(&b, "error: %s", err ? err : "(no message)");
		free(err);
	} else {
		show_query(&b, q);
		query_free(q);
	}
	char *r = xstrndup(b.p ? b.p : "", b.len);
	buf_release(&b);
	return r;
}

static const struct {
	const char *in, *want;
} parse_rows[] = {
	/* Words are ANDed; marks and capitals fold; two syllables that may be one word join. */
	{ "đào tạo",
	  "(AND đào|dao ^tạo|tao) accented" },
	{ "dao tao",
	  "(AND dao ^tao)" },
	{ "ĐÀO TẠO",
	  "(AND đào|dao ^tạo|tao) accented" },
	{ "cán bộ đào tạo",
	  "(AND cán|can ^bộ|bo ^đào|dao ^tạo|tao) accented" },
	{ "Uỷ ban",
	  "(AND ủy|uy ^ban) accented" },
	{ "hoà",
	  "hòa|hoa accented" },
	/* Phrases, typographic quotes too; punctuation typed inside keeps words apart. */
	{ "\"hợp đồng lao động\"",
	  "\"hợp|hop+đồng|dong+lao+động|dong\" accented" },
	{ "“hợp đồng lao động”",
	  "\"hợp|hop+đồng|dong+lao+động|dong\" accented" },
	{ "\"hợp đồng. Lao động\"",
	  "\"hợp|hop+đồng|dong lao+động|dong\" accented" },
	{ "\"type:NQ\"",
	  "\"type nq\"" },
	/* -word and -"phrase" exclude; '+' and a lone '-' are no operators. */
	{ "lao động -\"hợp đồng lao động\"",
	  "(AND lao ^động|dong (NOT \"hợp|hop+đồng|dong+lao+động|dong\")) accented" },
	{ "lao động -hợp",
	  "(AND lao ^động|dong (NOT hợp|hop)) accented" },
	{ "-đào tạo",
	  "(AND (NOT đào|dao) ^tạo|tao) accented" },
	{ "+đào tạo",
	  "(AND đào|dao ^tạo|tao) accented" },
	{ "- tạo",
	  "tạo|tao accented" },
	{ "a -\"b c\" OR d",
	  "(OR (AND a (NOT \"b+c\")) d)" },
	/* OR, AND and NOT in capitals; NOT takes the next word; parentheses group. */
	{ "đào tạo OR bồi dưỡng",
	  "(OR (AND đào|dao ^tạo|tao) (AND bồi|boi ^dưỡng|duong)) accented" },
	{ "đào tạo AND bồi dưỡng",
	  "(AND đào|dao ^tạo|tao bồi|boi ^dưỡng|duong) accented" },
	{ "đào tạo NOT bồi dưỡng",
	  "(AND đào|dao ^tạo|tao (NOT bồi|boi) ^dưỡng|duong) accented" },
	{ "đào tạo or bồi dưỡng",
	  "(AND đào|dao ^tạo|tao ^or ^bồi|boi ^dưỡng|duong) accented" },
	{ "(đào tạo OR bồi dưỡng) cán bộ",
	  "(AND (OR (AND đào|dao ^tạo|tao) (AND bồi|boi ^dưỡng|duong)) cán|can ^bộ|bo) accented" },
	{ "a OR b OR c",
	  "(OR a b c)" },
	{ "a b OR c d",
	  "(OR (AND a ^b) (AND c ^d))" },
	{ "NOT (a OR b) c",
	  "(AND (NOT (OR a b)) c)" },
	{ "x NOT NOT y",
	  "(AND x (NOT (NOT y)))" },
	{ "(a) (b)",
	  "(AND a b)" },
	{ "a AND",
	  "a warning: 'AND' with nothing on one side: ignored" },
	{ "OR a",
	  "a warning: 'OR' with nothing on one side: the other side searched alone" },
	/* A word the text rules split is searched as its parts: e-mail, dates, addresses. */
	{ "e-mail",
	  "[e mail]" },
	{ "20/01/2023",
	  "[20 01 2023]" },
	{ "email@example.com",
	  "[email example com]" },
	{ "Điều 5 khoản 2",
	  "(AND điều|dieu 5 khoản|khoan 2) accented" },
	/* Document numbers, in any spelling and over several words. */
	{ "57-QĐ/TW",
	  "{57-QĐ/TW=57-QĐ/TW}" },
	{ "57/qd-tw",
	  "{57/qd-tw=57-QĐ/TW}" },
	{ "Quy định số 57-QĐ/TW",
	  "{Quy định số 57-QĐ/TW=57-QĐ/TW}" },
	{ "Luật số 103/2016/QH13",
	  "{Luật số 103/2016/QH13=103/2016/QH13}" },
	{ "NĐ 89/2021",
	  "{NĐ 89/2021=}" },
	{ "-57-QĐ/TW đào tạo",
	  "(AND (NOT {57-QĐ/TW=57-QĐ/TW}) đào|dao ^tạo|tao) accented" },
	/* Filters: type:, issuer:, year:, alone or with words. */
	{ "type:QĐ đào tạo",
	  "(AND đào|dao ^tạo|tao) accented type=quyetdinh type=quydinh" },
	{ "type:NQ",
	  "- type=nghiquyet" },
	{ "Type:nq đào",
	  "đào|dao accented type=nghiquyet" },
	{ "year:2022 đào tạo",
	  "(AND đào|dao ^tạo|tao) accented year=2022" },
	{ "year:2022",
	  "- year=2022" },
	{ "issuer:TW",
	  "- issuer=TW" },
	{ "issuer:\"Bộ Tài chính\" thuế",
	  "thuế|thue accented issuer=BTC" },
	{ "issuer:Foo",
	  "- issuer=~foo" },
	{ "-type:NQ đào",
	  "error: '-type:NQ' cannot exclude: a filter keeps what it names (exclude words with -word)" },
	/* Issuers as the table's bodies: by name in any spelling, by code with
	 * or without term digits, an older or '&' spelling of a code; a body
	 * that shares its code (TW) by its name. */
	{ "issuer:QH14",
	  "- issuer=QH14" },
	{ "issuer:qh",
	  "- issuer=QH" },
	{ "issuer:'Quốc hội'",
	  "- issuer=QH" },
	{ "issuer:\"quoc hoi\"",
	  "- issuer=QH" },
	{ "issuer:‘Bộ Tài chính’ thuế",
	  "thuế|thue accented issuer=BTC" },
	{ "issuer:BGD&ĐT",
	  "- issuer=BGDĐT" },
	{ "issuer:bgddt",
	  "- issuer=BGDĐT" },
	{ "issuer:LĐTBXH",
	  "- issuer=BLĐTBXH" },
	{ "issuer:'Bộ Chính trị'",
	  "- issuer=~bochinhtri" },
	{ "issuer:TW",
	  "- issuer=TW" },
	{ "issuer:HĐND17",
	  "- issuer=HĐND17" },
	{ "issuer:BTC14",
	  "- issuer=~btc14" },
	/* Types by code or by name, coded or not. */
	{ "type:luat",
	  "- type=luat" },
	{ "type:'Bộ luật'",
	  "- type=boluat" },
	{ "type:\"hien phap\"",
	  "- type=hienphap" },
	{ "type:'Nghị định'",
	  "- type=nghidinh" },
	/* The numbers a document cites, apart from its own type and issuer. */
	{ "cites-type:NĐ lao động",
	  "(AND lao ^động|dong) accented cites-type=nghidinh" },
	{ "Cites-Issuer:cp type:TT",
	  "- type=thongtu type=thongtri cites-issuer=CP" },
	{ "from:2020 to:2021-06",
	  "- dates=2020-01-01..2021-06-30" },
	/* The fields by their Vietnamese names (the h8t sweep: "loại:KH",
	 * "năm:2025 bảo hiểm" were read as words). */
	{ "loại:KH",
	  "- type=kehoach" },
	/* A range of years in year: (it was "not a year"). */
	{ "year:2019-2020",
	  "- dates=2019-01-01..2020-12-31" },
	{ "năm:2019–2020",
	  "- dates=2019-01-01..2020-12-31" },
	{ "Năm:2025 từ:2025-03 đến:2025-06",
	  "- year=2025 dates=2025-03-01..2025-06-30" },
	{ "cơ-quan:QH lao động",
	  "(AND lao ^động|dong) accented issuer=QH" },
	/* Typed with combining marks (NFD: Unikey's "Unicode tổ hợp", a Mac):
	 * the same fields (h14f: the words "loại", "NĐ", 0 results). */
	{ "lo\x61\xcc\xa3i:KH",
	  "- type=kehoach" },
	{ "c\x6f\xcc\x9b-quan:QH lao \xc4\x91o\xcc\x82\xcc\xa3ng",
	  "(AND lao ^động|dong) accented issuer=QH" },
	{ "Na\xcc\x86m:2025 t\x75\xcc\x9b\xcc\x80:2025-03 \xc4\x91\x65\xcc\x82\xcc\x81n:2025-06",
	  "- year=2025 dates=2025-03-01..2025-06-30" },
	/* A type or a body typed unquoted runs on over the words that make
	 * its name, and no further (issuer:Bộ took "Bộ" alone). */
	{ "issuer:Bộ Tài chính thuế",
	  "thuế|thue accented issuer=BTC" },
	{ "type:Nghị định lao động",
	  "(AND lao ^động|dong) accented type=nghidinh" },
	{ "issuer:Ủy ban nhân dân tỉnh Nghệ An",
	  "- issuer=~uybannhandantinhnghean" },
	{ "type:Luật lao động",
	  "(AND lao ^động|dong) accented type=luat" },
	/* Not fields: words before a colon and a space, marked words, URLs. */
	{ "note: đào",
	  "(AND note đào|dao) accented" },
	{ "lưu ý:đào",
	  "(AND lưu|luu ^[ý|y đào|dao]) accented" },
	{ "http://example.com",
	  "[http example com]" },
	/* Read leniently, with a warning. */
	{ "\"đào tạo",
	  "\"đào|dao+tạo|tao\" accented warning: unbalanced quote: read as a phrase to the end of the query" },
	{ "(đào tạo",
	  "(AND đào|dao ^tạo|tao) accented warning: unbalanced parenthesis: closed at the end of the query" },
	{ "đào (tạo",
	  "(AND đào|dao tạo|tao) accented warning: unbalanced parenthesis: closed at the end of the query" },
	{ "đào tạo)",
	  "(AND đào|dao ^tạo|tao) accented warning: unbalanced parenthesis: ignored" },
	/* An operator with nothing on one side: the rest is searched, said. */
	{ "OR đào",
	  "đào|dao accented warning: 'OR' with nothing on one side: the other side searched alone" },
	{ "đào OR",
	  "đào|dao accented warning: 'OR' with nothing on one side: the other side searched alone" },
	{ "đào OR OR tạo",
	  "(OR đào|dao tạo|tao) accented warning: 'OR' with nothing on one side: the other side searched alone" },
	{ "AND đào",
	  "đào|dao accented warning: 'AND' with nothing on one side: ignored" },
	{ "đào AND",
	  "đào|dao accented warning: 'AND' with nothing on one side: ignored" },
	{ "đào NOT",
	  "đào|dao accented warning: 'NOT' with nothing after it: ignored" },
	{ "(đào OR) tạo",
	  "(AND đào|dao tạo|tao) accented warning: 'OR' with nothing on one side: the other side searched alone" },
	{ "đào OR tạo",
	  "(OR đào|dao tạo|tao) accented" },
	{ "đào AND tạo",
	  "(AND đào|dao tạo|tao) accented" },
	/* Errors and their messages. */
	{ "type:XYZ đào tạo",
	  "error: 'XYZ' is not a document type (a code such as NQ, QĐ, NĐ, TT, KL, or a name such as 'Nghị quyết', 'Luật', 'bo luat')" },
	{ "year:abc",
	  "error: 'abc' is not a year" },
	{ "format:html đào",
	  "error: unknown field 'format:' (the fields are type:, issuer:, cites-type:, cites-issuer:, year:, status:, from:, to:); to search for the words, put them in quotes" },
	{ "title:\"Bộ luật\"",
	  "error: unknown field 'title:' (the fields are type:, issuer:, cites-type:, cites-issuer:, year:, status:, from:, to:); to search for the words, put them in quotes" },
	{ "from:2021 to:2020 đào",
	  "error: the date range is empty: from 2021-01-01 is after to 2020-12-31" },
	{ "to:2020 year:2025",
	  "error: the date range is empty: year 2025 is outside … to 2020-12-31" },
	{ "year:1800",
	  "error: '1800' is not a year" },
	{ "year:2021-2019",
	  "error: the date range is empty: from 2021-01-01 is after to 2019-12-31" },
	{ "type:",
	  "error: 'type:' needs a value" },
	{ "\"\"",
	  "error: nothing to search for: the query has no words" },
	{ "NOT",
	  "error: nothing to search for: the query has no words" },
	{ "NOT đào",
	  "error: nothing to search for: the query only excludes words" },
	{ ",,, ...",
	  "error: nothing to search for: the query has no words" },
	{ "()",
	  "error: nothing to search for: the query has no words" },
	{ "",
	  "error: nothing to search for: the query has no words" },
	{ "   ",
	  "error: nothing to search for: the query has no words" },
};

static void test_parse_table(void **state)
{
	(void)state;
	int bad = 0;
	for (size_t i = 0; i < N_ELEMS(parse_rows); i++) {
		char *got = parse_shown(parse_rows[i].in);
		if (strcmp(got, parse_rows[i].want) != 0) {
			print_error("query_parse(%s):\n  got  %s\n  want %s\n", parse_rows[i].in, got,
				    parse_rows[i].want);
			bad++;
		}
		free(got);
	}
	if (bad)
		fail_msg("%d of %zu rows differ", bad, N_ELEMS(parse_rows));
}

/* Parentheses nest up to 64 deep; deeper is an error, not a deep recursion. */
static void test_parse_depth(void **state)
{
	(void)state;
	static const struct {
		int depth;
		const char *want;
	} rows[] = {
		{ 1, "a" },
		{ 64, "a" },
		{ 65, "error: parentheses nested more than 64 deep" },
		{ 1000, "error: parentheses nested more than 64 deep" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct buf b = BUF_INIT;
		for (int d = 0; d < rows[i].depth; d++)
			buf_addc(&b, '(');
		buf_addc(&b, 'a');
		for (int d = 0; d < rows[i].depth; d++)
			buf_addc(&b, ')');
		buf_addc(&b, '\0');
		char *got = parse_shown(b.p);
		if (strcmp(got, rows[i].want) != 0)
			fail_msg("depth %d: got %s, want %s", rows[i].depth, got, rows[i].want);
		free(got);
		buf_release(&b);
	}
}

/* ---- spell.c: run-together words -------------------------------------- */

/* A few two-syllable words of a collection and how many documents hold them
 * (folded, as the index's pairs B). */
static const struct {
	const char *pair;
	unsigned long long docs;
} pairs[] = {
	{ "lao_dong", 370 }, { "hop_dong", 305 }, { "thue_thu", 120 }, { "thu_nhap", 200 },
	{ "bao_hiem", 280 }, { "ngan_hang", 90 }, { "nga_nhang", 1 }, { "doanh_nghiep", 300 },
	{ "bo_luat", 150 }, { "luat_dan", 3 }, { "dan_su", 140 }, { "tai_chinh", 250 },
	{ "bo_tai", 80 }, { "thanh_toan", 100 }, { "dat_dai", 120 },
};

static unsigned long long pair_docs(const char *a, const char *b, void *ctx)
{
	(void)ctx;
	char key[64];
	snprintf(key, sizeof key, "%s_%s", a, b);
	for (size_t i = 0; i < N_ELEMS(pairs); i++)
		if (strcmp(pairs[i].pair, key) == 0)
			return pairs[i].docs;
	return 0;
}

static void test_spell_split(void **state)
{
	(void)state;
	static const struct {
		const char *word, *want; /* want: the pieces, space-separated; "" none */
	} rows[] = {
		{ "laodong", "lao dong" },
		{ "hợpđồng", "hợp đồng" },
		{ "thuêthu", "thuê thu" },
		{ "thuếthu", "thuế thu" },
		{ "baohiem", "bao hiem" },        /* "ie" is "iê" typed without marks */
		{ "nganhang", "ngan hang" },      /* "nga nhang" is a rarer word */
		{ "doanhnghiệp", "doanh nghiệp" },
		{ "đấtđai", "đất đai" },
		{ "thanhtoán", "thanh toán" },
		{ "bộtàichính", "bộ tài chính" }, /* three syllables */
		{ "bộluậtdânsự", "" },            /* four: more than QUERY_SPLIT_MAX */
		{ "lao", "" },                    /* one syllable: nothing to split */
		{ "nghiêng", "" },
		{ "laoxyz", "" },                 /* no syllables */
		{ "hợpđòng", "hợp đòng" },        /* pairs are folded: the tone is judged
						   * after the split (read_tones) */
		{ "qh14", "" },
		{ "internet", "" },               /* syllables, but no word of the collection */
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		char *pieces[QUERY_SPLIT_MAX];
		unsigned long long score;
		size_t n = query_spell_split(rows[i].word, strlen(rows[i].word), pair_docs, NULL,
					     pieces, &score);
		struct buf b = BUF_INIT;
		buf_adds(&b, "");
		for (size_t k = 0; k < n; k++) {
			if (k)
				buf_addc(&b, ' ');
			buf_adds(&b, pieces[k]);
			free(pieces[k]);
		}
		if (strcmp(b.p, rows[i].want) != 0)
			fail_msg("split %s: got '%s', want '%s'", rows[i].word, b.p, rows[i].want);
		buf_release(&b);
	}
}

/* An order of n results as "2 0 1" against want: row (and what, its
 * input as the row gives it, or NULL) named when it differs. */
static void check_order(size_t row, const char *what, const size_t *order, size_t n,
			const char *want)
{
	struct buf b = BUF_INIT;
	buf_adds(&b, "");
	for (size_t k = 0; k < n; k++)
		buf_addf(&b, k ? " %zu" : "%zu", order[k]);
	if (strcmp(b.p, want) != 0)
		fail_msg("row %zu%s%s%s: got '%s', want '%s'", row, what ? " (" : "", what ? what : "",
			 what ? ")" : "", b.p, want);
	buf_release(&b);
}

/* A description's first documents in their fused order (query_fuse_order):
 * each row the documents' weights by their whole text, their places among
 * the best articles (n: none matches) and their best articles' scores. */
static void test_fuse_order(void **state)
{
	(void)state;
	static const struct {
		size_t n;
		double weight[4];
		size_t rank[4];
		double best[4];
		const char *want; /* the documents' indexes, first place first */
	} rows[] = {
		/* The lists agree. */
		{ 2, { 10, 9 }, { 0, 1 }, { 10, 5 }, "0 1" },
		/* They disagree, each list's first by as many places: the
		 * article far ahead in its list wins over a text barely ahead
		 * in its own (a code's article on the question, 52 against 33,
		 * beside a law a tenth ahead by its whole text). */
		{ 2, { 94.4, 85.4 }, { 1, 0 }, { 33.1, 52.1 }, "1 0" },
		/* The text far ahead wins over an article barely ahead. */
		{ 2, { 10, 5 }, { 1, 0 }, { 9, 10 }, "0 1" },
		/* Both as near their lists' first: the text's order. */
		{ 2, { 10, 10 }, { 1, 0 }, { 10, 10 }, "0 1" },
		/* No tie: the fused places decide, whatever the scores. */
		{ 3, { 10, 9, 8 }, { 2, 0, 1 }, { 4, 10, 8 }, "1 0 2" },
		{ 3, { 10, 1, 1 }, { 2, 0, 1 }, { 1, 10, 9 }, "1 0 2" },
		/* A text none of whose articles matches counts by its text alone. */
		{ 2, { 10, 9 }, { 2, 0 }, { 0, 3 }, "1 0" },
		{ 4, { 10, 9, 8, 7 }, { 4, 4, 0, 1 }, { 0, 0, 5, 4 }, "2 3 0 1" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		size_t order[4];
		query_fuse_order(rows[i].weight, rows[i].rank, rows[i].best, rows[i].n, order);
		check_order(i, NULL, order, rows[i].n, rows[i].want);
	}
}

/* A title's legal force and subject (query_title_level, query_title_subject),
 * titles of the everyday index. */
static void test_title_subject(void **state)
{
	(void)state;
	static const struct {
		const char *title;
		int level;
		const char *subject; /* NULL: none */
	} rows[] = {
		{ "Luật Bảo hiểm xã hội số 58/2014/QH13", 2, "baohiemxahoi" },
		{ "Luật Bảo hiểm xã hội", 2, "baohiemxahoi" },
		{ "Luật số 23/2008/QH12 giao thông đường bộ", 2, "giaothongduongbo" },
		{ "Bộ luật Hình sự số 100/2015/QH13", 2, "hinhsu" },
		{ "Nghị định 233/2025/NĐ-CP: Quy định cơ chế tài chính về bảo hiểm xã hội", 1,
		  "quydinhcochetaichinhvebaohiemxahoi" },
		{ "Hiến pháp", 2, NULL },
		{ "Luật Thuế", 2, NULL }, /* shorter than TITLE_SUBJECT_MIN */
		{ "Thông tư 88/2025/TT-BCA: Hướng dẫn thực hiện bảo hiểm xã hội bắt buộc", 0,
		  NULL },
		{ "Luậtsư", 0, NULL },
		{ NULL, 0, NULL },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		int level = query_title_level(rows[i].title);
		char *subject = query_title_subject(rows[i].title);
		if (level != rows[i].level)
			fail_msg("%s: level %d, want %d", rows[i].title, level, rows[i].level);
		if (!subject != !rows[i].subject ||
		    (subject && strcmp(subject, rows[i].subject) != 0))
			fail_msg("%s: subject '%s', want '%s'", rows[i].title, subject ? subject : "(none)",
				 rows[i].subject ? rows[i].subject : "(none)");
		free(subject);
	}
}

/* A fused first page where a text restates a law's article (query_restated_order):
 * "Thời gian tối đa nghỉ dưỡng sức … từ ngày 1/7?" on the everyday index — the
 * police's circular 88/2025/TT-BCA first by its article "Dưỡng sức, phục hồi sức
 * khỏe sau khi ốm đau", the Social Insurance Law's texts (2014, consolidated 2018;
 * 2024, consolidated 2025) bearing that heading below it. */
static void test_restated_order(void **state)
{
	(void)state;
	char head[] = "duongsucphuchoisuckhoesaukhiomdau", other[] = "tochucthuchien";
	char law[] = "baohiemxahoi";
	char tt[] = "thongtu882025ttbcahuongdanthuchienbaohiemxahoibatbuoc";
	char l14[] = "luatbaohiemxahoiso582014qh13", vbhn[] = "luatbaohiemxahoi";
	char nd[] = "nghidinh2332025ndcpquydinhcochetaichinhvebaohiemxahoi";
	char ndsub[] = "quydinhcochetaichinhvebaohiemxahoi";
	static const struct {
		size_t n, order[5];
		int level[5];
		const char *date[5];
		int same[5];   /* 1: its best article bears head, 2: other, 0: none */
		int titled[5]; /* 0 the circular, 1 the 2014 law, 2 a consolidation, 3 the decree */
		const char *want;
	} rows[] = {
		/* The circular yields its place to the laws so headed, the
		 * latest first, and stands after them. */
		{ 4, { 0, 1, 2, 3 }, { 0, 2, 2, 2 }, { "2025-09-17", "2014-11-20", "2025-08-15", "2018-12-10" },
		  { 1, 1, 1, 1 }, { 0, 1, 2, 2 }, "2 3 1 0" },
		/* Not the same heading: no move. */
		{ 2, { 0, 1 }, { 0, 2 }, { "2025-09-17", "2025-08-15" }, { 1, 2 }, { 0, 2 }, "0 1" },
		/* No heading on the law's side: no move. */
		{ 2, { 0, 1 }, { 0, 2 }, { "2025-09-17", "2025-08-15" }, { 1, 0 }, { 0, 2 }, "0 1" },
		/* A text of no higher force: no move. */
		{ 2, { 0, 1 }, { 2, 2 }, { "2025-09-17", "2026-01-01" }, { 1, 1 }, { 1, 2 }, "0 1" },
		/* A decree whose subject the circular's title does not name
		 * restates nothing of it. */
		{ 2, { 0, 1 }, { 0, 1 }, { "2025-09-17", "2025-08-26" }, { 1, 1 }, { 0, 3 }, "0 1" },
		/* The decree first, the law so headed below: the law first. */
		{ 3, { 1, 0, 2 }, { 0, 1, 2 }, { "2020-01-01", "2025-08-26", "2025-08-15" }, { 2, 1, 1 },
		  { 0, 3, 2 }, "2 1 0" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		char *heads[5], *subject[5], *title_key[5];
		char *titles[] = { tt, l14, vbhn, nd }, *subjects[] = { NULL, law, law, ndsub };
		size_t order[5];
		for (size_t k = 0; k < rows[i].n; k++) {
			heads[k] = rows[i].same[k] == 1 ? head : rows[i].same[k] == 2 ? other : NULL;
			title_key[k] = titles[rows[i].titled[k]];
			subject[k] = subjects[rows[i].titled[k]];
			order[k] = rows[i].order[k];
		}
		query_restated_order(rows[i].level, rows[i].date, heads, subject, title_key, rows[i].n,
				     order);
		check_order(i, NULL, order, rows[i].n, rows[i].want);
	}
}

/* The subject a question asks about ("X là gì?", build.c,
 * query_asked_weight): which pairs weigh more, as "a_b" (folded). */
static void test_asked_weight(void **state)
{
	(void)state;
	static const struct {
		const char *in, *want;
	} rows[] = {
		/* A Q&A page's question (tvpl-legal-news 0…): the subject's last
		 * pair and its last word with "là", not the head "hành vi", not
		 * its second mention. */
		{ "Hành vi nhũng nhiễu là gì? Trong khám bệnh, chữa bệnh có cấm các hành vi nhũng "
		  "nhiễu hay không?",
		  "nhung_nhieu nhieu_la" },
		{ "Hanh vi nhung nhieu la gi? Trong kham benh, chua benh co cam cac hanh vi nhung "
		  "nhieu hay khong?",
		  "nhung_nhieu nhieu_la" },
		{ "HÀNH VI NHŨNG NHIỄU LÀ GÌ? TRONG KHÁM BỆNH CÓ CẤM KHÔNG?", "nhung_nhieu nhieu_la" },
		{ "Đầu cơ là gì? Phân biệt đầu cơ và đầu tư", "dau_co co_la" },
		/* Eight words: a sentence, not a term. */
		{ "Biên bản giao nhận hàng hóa theo hợp đồng mua bán? Tải về? Các loại hợp đồng mua "
		  "bán thường dùng là gì?",
		  "" },
		/* A sentence, not a term (ALQAC 2023's train.json): the
		 * ministry's duties are asked, not what drugs are. */
		{ "Trách nhiệm của Bộ Y tế trong việc phòng, chống ma túy là gì? Trả lời: Tổ chức công "
		  "tác giám định chất ma túy và tiền chất",
		  "" },
		{ "Quyền của nhà giáo là gì? Trả lời: Được giảng dạy theo chuyên môn đào tạo",
		  "nha_giao giao_la" },
		/* Typed with marks, "lạ gì" is not "là gì". */
		{ "Hành vi nhũng nhiễu lạ gì mà trong khám bệnh, chữa bệnh vẫn thấy?", "" },
		/* Punctuation between: no subject. */
		{ "Nhũng nhiễu, là gì trong khám bệnh, chữa bệnh bảo hiểm y tế?", "" },
		{ "Thời hạn thanh toán tiền mua căn hộ chung cư là bao lâu?", "" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct query *q = NULL;
		char *err = NULL;
		if (query_parse(rows[i].in, strlen(rows[i].in), &q, &err) < 0)
			fail_msg("row %zu: %s", i, err);
		const struct query_node *n = q->root;
		struct buf b = BUF_INIT;
		buf_adds(&b, "");
		for (size_t k = 1; n && n->kind == QN_AND && k < n->nkids; k++)
			if (query_asked_weight(n, k) != 1.0)
				buf_addf(&b, b.len ? " %s_%s" : "%s_%s", n->kids[k - 1]->words[0].folded,
					 n->kids[k]->words[0].folded);
		if (strcmp(b.p, rows[i].want) != 0)
			fail_msg("row %zu: got '%s', want '%s'", i, b.p, rows[i].want);
		buf_release(&b);
		query_free(q);
	}
}

/* A heading typed (query/search.c, headed_first): whether a title is about
 * the words (query_title_about), titles of the six folders' index. */
static void test_title_about(void **state)
{
	(void)state;
	static const struct {
		const char *title, *key;
		size_t words;
		int about;
	} rows[] = {
		/* The words among many: the Tết bonus template, a news page. */
		{ "Mẫu Thông báo quy chế Thưởng Tết Dương lịch dành cho nhân sự chính thức và thử "
		  "việc công ty? Tết Dương lịch năm nay là thứ mấy?",
		  "thu_viec", 2, 0 },
		{ "Cụ thể, công chức tự nguyện xin thôi việc được hưởng trợ cấp thôi việc như sau:",
		  "tro_cap_thoi_viec", 3, 0 },
		/* The words as the title's subject: at least half of it. */
		{ "Điều kiện hưởng trợ cấp thất nghiệp", "tro_cap_that_nghiep", 4, 1 },
		{ "Thử việc", "thu_viec", 2, 1 },
		{ "Hợp đồng thử việc", "thu_viec", 2, 1 },
		/* Twice the words: still about; one more word: not. */
		{ "Thời gian thử việc tối đa", "thu_viec", 2, 0 },
		{ "Thời gian thử việc", "thu_viec", 2, 1 },
		/* Short, but the words not side by side, or only a part of a word's. */
		{ "Việc thử nghiệm", "thu_viec", 2, 0 },
		{ "Bộ luật Lao động số 45/2019/QH14", "thu_viec", 2, 0 },
		{ "Đình công", "dinh_cong", 2, 1 },
		{ "Định công suất", "dinh_cong", 2, 1 },
		{ "Thử việcc", "thu_viec", 2, 0 },
		{ "", "thu_viec", 2, 0 },
	};
	struct text_tokeniser *tz = text_tokeniser_new();
	for (size_t i = 0; i < N_ELEMS(rows); i++)
		if (query_title_about(tz, rows[i].title, rows[i].key, rows[i].words) != rows[i].about)
			fail_msg("row %zu: '%s' about %s: got %d", i, rows[i].title, rows[i].key,
				 !rows[i].about);
	text_tokeniser_free(tz);
}

/* The first page's order when a heading is typed (query_headed_order): h a
 * text with an article so headed, t one whose title is about the words, n
 * neither; each row the index's order. */
static void test_headed_order(void **state)
{
	(void)state;
	static const struct {
		const char *cls;
		const char *want; /* the texts' indexes, first place first */
	} rows[] = {
		/* `thử việc` over the six folders: the template, the Labour Code, a news story. */
		{ "nhn", "1 0 2" },
		/* `trợ cấp thôi việc`: three news pages, the code. */
		{ "nnnh", "3 0 1 2" },
		/* A title about the words keeps its place above the law; the
		 * law rises above the texts that are not about them. */
		{ "tnh", "0 2 1" },
		{ "nthn", "1 2 0 3" },
		{ "hnt", "0 2 1" },
		/* The texts about the words keep their own order. */
		{ "nhnh", "1 3 0 2" },
		{ "hhn", "0 1 2" },
		/* None so headed: the index's order, titles about the words or not. */
		{ "nnt", "0 1 2" },
		{ "nnn", "0 1 2" },
		{ "", "" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		int cls[8];
		size_t n = strlen(rows[i].cls), order[8];
		for (size_t k = 0; k < n; k++)
			cls[k] = rows[i].cls[k] == 'h'	 ? QUERY_HEADED
				 : rows[i].cls[k] == 't' ? QUERY_TITLE_ABOUT
							 : QUERY_NOT_ABOUT;
		query_headed_order(cls, n, order);
		check_order(i, rows[i].cls, order, n, rows[i].want);
	}
}

/* test_query --dump reads queries, one a line, and prints each with what it
 * reads as: the second column of a new row. */
/* The abbreviations' keys compiled in by scripts/gen-abbreviations.sh are
 * text_fold_key's, row for row: a query word folded at run time is compared
 * with them. And a folded word finds its row's words ("BLLĐ", "blld"). */
static void test_abbrev_keys(void **state)
{
	(void)state;
	assert_true(query_nabbrevs > 0);
	for (size_t i = 0; i < query_nabbrevs; i++) {
		const char *a = query_abbrevs[i].abbrev;
		struct buf b = BUF_INIT;
		text_fold_key(a, strlen(a), &b);
		assert_non_null(query_abbrevs[i].key);
		assert_string_equal(query_abbrevs[i].key, b.p ? b.p : "");
		buf_release(&b);
	}
	const char *const *words = NULL;
	assert_int_equal(query_abbrev_words("blld", &words), 4);
	assert_string_equal(words[0], "bo");
	assert_string_equal(words[3], "dong");
	assert_int_equal(query_abbrev_words("zzz", &words), 0);
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--dump") == 0) {
		char line[4096];
		while (fgets(line, sizeof line, stdin)) {
			line[strcspn(line, "\n")] = '\0';
			char *got = parse_shown(line);
			printf("%s\t%s\n", line, got);
			free(got);
		}
		return 0;
	}
	const struct CMUnitTest parse[] = {
		cmocka_unit_test(test_parse_table),
		cmocka_unit_test(test_parse_depth),
		cmocka_unit_test(test_spell_split),
		cmocka_unit_test(test_fuse_order),
		cmocka_unit_test(test_title_subject),
		cmocka_unit_test(test_restated_order),
		cmocka_unit_test(test_asked_weight),
		cmocka_unit_test(test_title_about),
		cmocka_unit_test(test_headed_order),
		cmocka_unit_test(test_abbrev_keys),
	};
	return cmocka_run_group_tests_name("parse", parse, NULL, NULL) ? 1 : 0;
}
