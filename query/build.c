/* build.c — the parsed query -> the index query: exact and folded forms,
 * weighted so that tones typed by the user rank exact matches first. */
#include "query/query_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "index/schema.h"

/* How much a folded-only match counts next to an exact one when the query
 * carries marks. Small enough that a document matching the typed tones
 * ranks above one matching only the bare letters in all but freak cases,
 * large enough that folded matches still rank among themselves. */
#define FOLDED_WEIGHT 0.2

/* How much a word of the document's name (PREFIX_NAME) counts next to the
 * same word in an article heading: the law named "Hiến pháp" above the laws
 * with "Hiến pháp" in five headings. */
#define NAME_WEIGHT 2.0
/* What an article heading that is the words typed, whole, weighs for each
 * word (PREFIX_WHOLE_HEADING), a fixed weight: a long law's heading term
 * would weigh next to nothing under BM25's length normalisation, which is
 * about the body, not about a heading of a few words. */
#define WHOLE_HEADING_WEIGHT 8.0
/* How many times more three or four words that all join weigh, through
 * their pairs, where they stand as a phrase (with_words). */
#ifndef RUN_WEIGHT
#define RUN_WEIGHT 3.0
#endif

static idx_query *term(const char *t)
{
	return idx_q_term(t, strlen(t));
}

static idx_query *prefixed(const char *prefix, const char *t)
{
	struct buf b = BUF_INIT;
	buf_adds(&b, prefix);
	buf_adds(&b, t);
	idx_query *q = idx_q_term(b.p, b.len);
	buf_release(&b);
	return q;
}

/* Every indexed form that folds to w->folded ("Fdao": schema.h). */
static idx_query *folded_form(const struct query_word *w)
{
	return prefixed(PREFIX_FOLDED, w->folded);
}

/* The words exactly as typed, in order: only the folded terms have
 * positions, so the phrase is found by its folded form and the exact words
 * are required beside it (a document holding "bảo hiểm" as a phrase and
 * "bao" elsewhere is the rare price). Weighted by the exact words. */
static idx_query *exact_words(const struct query_node *n, idx_query *folded_phrase)
{
	idx_query **v = xcalloc(n->nwords, sizeof *v);
	/* A word typed (or read, query_spell) without marks among marked ones
	 * means every spelling: its unmarked exact term ("dong") is a rare
	 * spelling of its own, not what was meant. */
	for (size_t i = 0; i < n->nwords; i++)
		v[i] = n->words[i].has_marks ? term(n->words[i].exact) : folded_form(&n->words[i]);
	idx_query *r = n->nwords > 1 ? idx_q_combine(IDX_Q_AND, v, n->nwords) : v[0];
	free(v);
	if (folded_phrase) {
		idx_query *f[2] = { r, folded_phrase };
		r = idx_q_combine(IDX_Q_FILTER, f, 2);
	}
	return r;
}

/* query_int.h: two adjacent syllables as one word under prefix. */
void query_pair_text(struct buf *t, const char *prefix, const char *a, const char *b)
{
	buf_adds(t, prefix);
	buf_adds(t, a);
	buf_addc(t, PAIR_JOIN);
	buf_adds(t, b);
}

idx_query *query_pair_term(const char *prefix, const char *a, const char *b)
{
	struct buf t = BUF_INIT;
	query_pair_text(&t, prefix, a, b);
	idx_query *r = idx_q_term(t.p, t.len);
	buf_release(&t);
	return r;
}

static idx_query *pair_term(const char *a, const char *b)
{
	return query_pair_term(PREFIX_PAIR, a, b);
}

/* query_int.h */
int query_pair_fits(const char *a, const char *b)
{
	return sizeof PREFIX_PAIR + strlen(a) + strlen(b) <= SCHEMA_MAX_ID_TERM;
}

/* The words in order at consecutive positions. Where two of them were typed
 * as one two-syllable word (text_joins), the document must hold that pair
 * too, with nothing but white space inside: "hợp đồng lao động" does not
 * match a text that only has "hợp đồng. Lao động". The pairs are rare next
 * to their syllables, so Xapian checks the positions of far fewer
 * candidates: a filter, adding no weight. q->loose_phrases drops them
 * (query_loose_count). */
static idx_query *folded_phrase(const struct query_node *n, const struct query *q)
{
	idx_query **v = xcalloc(n->nwords + 1, sizeof *v);
	for (size_t i = 0; i < n->nwords; i++)
		v[i] = folded_form(&n->words[i]);
	idx_query *r = n->nwords > 1 ? idx_q_combine(IDX_Q_PHRASE, v, n->nwords) : v[0];
	size_t np = 0;
	v[np++] = r;
	for (size_t i = 1; i < n->nwords; i++) {
		const char *a = n->words[i - 1].folded, *b = n->words[i].folded;
		if (n->words[i].joins && !q->loose_phrases && query_pair_fits(a, b))
			v[np++] = pair_term(a, b);
	}
	if (np > 1)
		r = idx_q_combine(IDX_Q_FILTER, v, np);
	free(v);
	return r;
}

/* Every document with the folded form matches; the exact words add their
 * weight where they stand too. The same documents and weights as an OR of
 * the two (the exact words imply the folded form), but the exact side is
 * only looked at for documents the folded side matched: a phrase's
 * positions are checked once per candidate, a second time only for those
 * that match (an OR checks every candidate twice). */
static int words_marked(const struct query_node *n)
{
	for (size_t i = 0; i < n->nwords; i++)
		if (n->words[i].has_marks)
			return 1;
	return 0;
}

static idx_query *typed_words(const struct query_node *n, const struct query *q, int exact_first)
{
	if (!exact_first)
		return folded_phrase(n, q);
	/* A chunk of words none of which has marks ("1/7", "01/2025"): its
	 * exact words are its folded ones, weighed already; the phrase's own
	 * weight would only add Xapian's estimate of the phrase, which each
	 * database makes its own way (shards gave other scores than one
	 * index for a description holding "từ ngày 1/7"). */
	if (n->nwords > 1 && !words_marked(n))
		return exact_words(n, folded_phrase(n, q));
	/* The exact side is looked at only where the folded phrase stands
	 * (AND_MAYBE: idx_q_combine filters it by the phrase), so it needs
	 * no phrase of its own: with one, each candidate's positions were
	 * checked three times, not twice. */
	idx_query *both[2] = { idx_q_scale(folded_phrase(n, q), FOLDED_WEIGHT),
			       exact_words(n, NULL) };
	return idx_q_combine(IDX_Q_AND_MAYBE, both, 2);
}

/* The words as typed; an abbreviation of a name ("BLLĐ", "BHXH") also
 * as the phrase it stands for, which is how texts write it. */
static idx_query *words_query(const struct query_node *n, const struct query *q, int exact_first)
{
	idx_query *typed = typed_words(n, q, exact_first);
	const char *const *words;
	size_t nw = n->nwords == 1 ? query_abbrev_words(n->words[0].folded, &words) : 0;
	if (!nw)
		return typed;
	idx_query **v = xcalloc(nw, sizeof *v);
	for (size_t i = 0; i < nw; i++)
		v[i] = prefixed(PREFIX_FOLDED, words[i]);
	idx_query *either[2] = { typed, idx_q_combine(IDX_Q_PHRASE, v, nw) };
	free(v);
	return idx_q_combine(IDX_Q_OR, either, 2);
}

static idx_query *build(const struct query_node *n, const struct query *q, int negated);

/* Two plain words side by side that may be one two-syllable word ("thử
 * việc", "đình công"). */
static int pair_at(const struct query_node *n, size_t i)
{
	const struct query_node *a = n->kids[i - 1], *b = n->kids[i];
	return b->joins_prev && a->kind == QN_WORDS && b->kind == QN_WORDS && a->nwords == 1 &&
	       b->nwords == 1 && !a->quoted && !b->quoted &&
	       query_pair_fits(a->words[0].folded, b->words[0].folded);
}

/* Pairs are folded ("Bdinh_cong" is "đình công" and "định công"): typed
 * with marks, a pair counts only in documents that hold its marked words
 * exactly, so "quyết định công nhận" does not weigh as a strike. Not where
 * the text writes the pair so: every pair as written would make the index a
 * fifth larger (docs/trust-sweep.md, h10g). */
static idx_query *exact_pair(const struct query_word *a, const struct query_word *b,
			     idx_query *pair, const struct query *q)
{
	if (!q->accented || (!a->has_marks && !b->has_marks))
		return pair;
	idx_query *v[3] = { pair };
	size_t n = 1;
	if (a->has_marks)
		v[n++] = term(a->exact);
	if (b->has_marks)
		v[n++] = term(b->exact);
	return idx_q_combine(IDX_Q_FILTER, v, n);
}

/* The name's pair (PREFIX_NAME) typed with marks on both words: only where
 * the name holds them so, by its exact pair (index/termgen.c writes it as a
 * filter): the title "Quyết định công nhận …" holds "dinh_cong" but not
 * "đình công". One word typed without marks may stand for any spelling: the
 * document's words, as exact_pair. */
static idx_query *exact_pair_in(const char *prefix, const struct query_word *a,
				const struct query_word *b, const struct query *q)
{
	idx_query *pair = query_pair_term(prefix, a->folded, b->folded);
	if (!q->accented || !a->has_marks || !b->has_marks ||
	    strlen(prefix) + strlen(a->exact) + 1 + strlen(b->exact) > SCHEMA_MAX_ID_TERM)
		return exact_pair(a, b, pair, q);
	idx_query *v[2] = { pair, query_pair_term(prefix, a->exact, b->exact) };
	return idx_q_combine(IDX_Q_FILTER, v, 2);
}

static int plain_word(const struct query_node *k);

/* Words not typed in quotes that join, none with a digit: a word typed
 * run together and read as its syllables ("thuviec" as "thu viec",
 * query_spell_split; a chunk's words otherwise never join, "thu-viec"). A
 * quoted phrase ranks by its syllables, as asked. */
static int words_run_together(const struct query_node *n)
{
	if (n->kind != QN_WORDS || n->nwords < 2 || n->quoted)
		return 0;
	for (size_t i = 0; i < n->nwords; i++)
		if ((i && !n->words[i].joins) || strpbrk(n->words[i].folded, "0123456789"))
			return 0;
	return 1;
}

/* query_int.h: the words typed as a heading's: 2 to
 * SCHEMA_WHOLE_HEADING_MAX plain words, or as many words run together
 * (words_run_together). */
size_t query_heading_words(const struct query *q, const struct query_word **w)
{
	const struct query_node *n = q->root;
	if (n && words_run_together(n) && n->nwords <= SCHEMA_WHOLE_HEADING_MAX) {
		for (size_t i = 0; i < n->nwords; i++)
			w[i] = &n->words[i];
		return n->nwords;
	}
	if (!n || n->kind != QN_AND || n->nkids < 2 || n->nkids > SCHEMA_WHOLE_HEADING_MAX)
		return 0;
	for (size_t i = 0; i < n->nkids; i++) {
		if (!plain_word(n->kids[i]))
			return 0;
		w[i] = &n->kids[i]->words[0];
	}
	return n->nkids;
}

/* query_int.h: the words typed as a heading's term. */
size_t query_whole_heading_term(const struct query *q, struct buf *out)
{
	const struct query_word *w[SCHEMA_WHOLE_HEADING_MAX];
	size_t nw = query_heading_words(q, w);
	if (!nw)
		return 0;
	buf_adds(out, PREFIX_WHOLE_HEADING);
	for (size_t i = 0; i < nw; i++) {
		if (i)
			buf_addc(out, PAIR_JOIN);
		buf_adds(out, w[i]->folded);
	}
	return nw;
}

/* The words typed as an article heading whole (query_whole_heading_term).
 * The heading's term is folded: typed with marks, only in documents that
 * write its pairs so (exact_pair), so "công nhân" does not weigh an
 * article headed "Công nhận". */
static idx_query *whole_heading(const struct query *q)
{
	struct buf t = BUF_INIT;
	size_t words = query_whole_heading_term(q, &t);
	idx_query *r = words && t.len <= SCHEMA_MAX_ID_TERM
			       ? idx_q_fixed(idx_q_term(t.p, t.len), WHOLE_HEADING_WEIGHT * (double)words)
			       : NULL;
	buf_release(&t);
	if (!r || !q->accented)
		return r;
	const struct query_word *w[SCHEMA_WHOLE_HEADING_MAX];
	size_t nw = query_heading_words(q, w);
	idx_query *v[SCHEMA_WHOLE_HEADING_MAX];
	size_t nv = 0;
	v[nv++] = r;
	const struct query_node *n = q->root;
	for (size_t i = 1; i < nw; i++) {
		const struct query_word *a = w[i - 1], *b = w[i];
		/* Run together, the words join (words_run_together). */
		int joined = n->kind == QN_WORDS ? query_pair_fits(a->folded, b->folded) : pair_at(n, i);
		if (joined && (a->has_marks || b->has_marks))
			v[nv++] = exact_pair(a, b, pair_term(a->folded, b->folded), q);
	}
	if (nv > 1)
		r = idx_q_combine(IDX_Q_FILTER, v, nv);
	return r;
}

/* A regulation's own text: it holds its own type (PREFIX_OWN_TYPE), and
 * with it the one term TERM_OWN_TEXT (index/schema.h), a posting list
 * read where an OR of every type's term read forty. A page's title (a
 * question, a headline) is no regulation's name: it weighs as an article's
 * heading does, not NAME_WEIGHT times. A Q&A page titled "Mẫu CT01 đơn
 * đăng ký tạm trú …" held "tạm trú" once in a title only four texts share,
 * and its rarity, doubled, put the page above the Law on Residence, whose
 * six articles are headed by the words. */
static idx_query *own_text(void)
{
	return term(TERM_OWN_TEXT);
}

/* The weighed sides a pair of words adds in with_words: the pair, as a
 * heading's, in the document's name, in a regulation's name. */
#define PAIR_SIDES 4

/* The PAIR_SIDES weighed sides of two words that may be one word, into v:
 * the pair, as a heading's, in the document's name; a title weighs as a
 * heading, a regulation's name NAME_WEIGHT times (own_text). */
static size_t pair_sides(const struct query_word *wa, const struct query_word *wb,
			 const struct query *q, idx_query **v)
{
	const char *a = wa->folded, *b = wb->folded;
	size_t nv = 0;
	v[nv++] = exact_pair(wa, wb, pair_term(a, b), q);
	v[nv++] = exact_pair(wa, wb, query_pair_term(PREFIX_HEADING, a, b), q);
	v[nv++] = exact_pair_in(PREFIX_NAME, wa, wb, q);
	idx_query *named[2] = { exact_pair_in(PREFIX_NAME, wa, wb, q), own_text() };
	v[nv++] = idx_q_scale(idx_q_combine(IDX_Q_FILTER, named, 2), NAME_WEIGHT - 1);
	return nv;
}

/* A phrase's words that join weigh as two words typed apart do
 * (with_words): where the pair is an article's heading or the document's
 * name. The phrase alone weighed its syllables only (its pairs a filter):
 * "thuviec", read as the phrase "thu viec", put a decree's "nghiệm thu
 * việc" above the Labour Code's Điều 24 "Thử việc". */
static idx_query *phrase_weighed(const struct query_node *n, const struct query *q,
				 idx_query *phrase)
{
	if (!words_run_together(n) || q->whole_words)
		return phrase;
	idx_query **v = xcalloc(PAIR_SIDES * n->nwords + 1, sizeof *v);
	size_t nv = 0;
	for (size_t i = 1; i < n->nwords; i++) {
		const struct query_word *wa = &n->words[i - 1], *wb = &n->words[i];
		if (wb->joins && query_pair_fits(wa->folded, wb->folded))
			nv += pair_sides(wa, wb, q, v + nv);
	}
	idx_query *whole = n == q->root ? whole_heading(q) : NULL;
	if (whole)
		v[nv++] = whole;
	if (nv) {
		idx_query *both[2] = { phrase, idx_q_combine(IDX_Q_OR, v, nv) };
		phrase = idx_q_combine(IDX_Q_AND_MAYBE, both, 2);
	}
	free(v);
	return phrase;
}

/* Vietnamese writes a word as space-separated syllables: the unit of meaning
 * is the pair, not the syllable. A few words typed side by side are all
 * required, and where two of them may be one word, the documents holding
 * that word (the pair term, index/schema.h) rank above those holding the
 * syllables apart ("thử việc": the Labour Code above "việc thu hồi … thử
 * nghiệm"). The pairs add weight only: the same documents match. */
static idx_query *with_words(const struct query_node *n, const struct query *q, idx_query *all,
			     size_t skip)
{
	idx_query **v = xcalloc(PAIR_SIDES * n->nkids + 1, sizeof *v);
	size_t nv = 0;
	for (size_t i = 1; i < n->nkids; i++) {
		if (!pair_at(n, i))
			continue;
		const struct query_word *wa = &n->kids[i - 1]->words[0], *wb = &n->kids[i]->words[0];
		const char *a = wa->folded, *b = wb->folded;
		/* Sorted by date nothing ranks the word above its syllables
		 * apart: the word is required (q->whole_words). */
		if (q->whole_words) {
			/* Typed with marks, in documents that hold the marked
			 * words: exact words have no positions (exact_words). */
			idx_query *f[2] = { all, exact_pair(wa, wb, pair_term(a, b), q) };
			all = idx_q_combine(IDX_Q_FILTER, f, 2);
		}
		nv += pair_sides(wa, wb, q, v + nv);
	}
	/* Three or four words that all join ("người phụ thuộc"): a pair of
	 * them can be a false word ("người phụ" of "người phụ trách"), the
	 * words in order are not. Where they stand as a phrase (checked only
	 * where every pair stands: folded_phrase), the pairs count once more:
	 * the phrase's own weight is its syllables', next to nothing. */
	/* A year typed first or last (with_year: skip) is no word of the run:
	 * "lương cơ sở 2024" is the run "lương cơ sở". */
	size_t k0 = skip == 0 ? 1 : 0, nrun = n->nkids - (skip < n->nkids);
	if (nv >= 2 * PAIR_SIDES && nv / PAIR_SIDES + 1 == nrun && (skip == 0 || skip >= n->nkids - 1)) {
		struct query_node run = { .kind = QN_WORDS, .nwords = nrun };
		run.words = xcalloc(nrun, sizeof *run.words);
		for (size_t i = 0; i < nrun; i++) {
			run.words[i] = n->kids[k0 + i]->words[0];
			run.words[i].joins = i > 0;
		}
		idx_query **b = xcalloc(nrun, sizeof *b);
		for (size_t i = 1; i < nrun; i++)
			b[i - 1] = exact_pair(&run.words[i - 1], &run.words[i],
					      pair_term(run.words[i - 1].folded, run.words[i].folded),
					      q);
		/* The phrase as an AND side weighing nothing, not a FILTER's:
		 * under the OR of this list Xapian 1.4 left a FILTER's phrase
		 * unchecked in some documents, so texts holding the pairs apart
		 * had the bonus ("Nội dung thu thập": the Civil Procedure Code),
		 * and differently over shards than on one index. */
		idx_query *f[2] = { idx_q_combine(IDX_Q_AND, b, nrun - 1),
				    idx_q_scale(folded_phrase(&run, q), 0) };
		v[nv++] = idx_q_scale(idx_q_combine(IDX_Q_AND, f, 2), RUN_WEIGHT);
		free(b);
		free(run.words);
	}
	idx_query *whole = n == q->root ? whole_heading(q) : NULL;
	if (whole)
		v[nv++] = whole;
	if (nv) {
		idx_query *any = nv == 1 ? v[0] : idx_q_combine(IDX_Q_OR, v, nv);
		idx_query *both[2] = { all, any };
		all = idx_q_combine(IDX_Q_AND_MAYBE, both, 2);
	}
	free(v);
	return all;
}

/* A list of at least RANKED_MIN_WORDS plain words reads as a description
 * (a question, a pasted sentence), not as a set of requirements: no article
 * holds every word of "Nếu không phạm tội quả tang, một người sẽ không bị
 * bắt…". Such a list is a ranked OR: every word adds evidence, none is
 * required. Four words or fewer ("đào tạo cán bộ") stay all required, as
 * people typing a few words expect; so do quoted phrases, numbers the
 * index knows and exclusions inside a long list (ranked_query). */
#define RANKED_MIN_WORDS 5

/* In a description, a pair standing in some article's heading weighs twice:
 * as a term (BM25, divided by the whole text's length) and, beside it,
 * HEADING_FLAT times its idf (query_word.head_idf) whatever the length. A
 * heading is one article's, not the text's: BM25 alone weighed the Civil
 * Code's article headed "Nội dung của hợp đồng về quyền sử dụng đất" at a
 * fraction of a short law's heading, so a code of 689 articles lost to a law
 * of 180 whose article only shared a word with the question
 * (tests/e2e/heading-flat.sh; bench/RESULTS.md, h13b). 0.25 to 1 give the
 * same Q&A firsts; 1.5 loses one. */
#define HEADING_FLAT 0.5

/* A year typed among words (year_at): within these, texts of that year rank
 * up by this factor (with_year). */
#define YEAR_MIN 1945
#define YEAR_MAX 2100
#define YEAR_SCALE 2.0

static int plain_word(const struct query_node *k)
{
	return k->kind == QN_WORDS && k->nwords == 1;
}

/* A question's asked subject: "X là gì?" asks what X is, and the text that
 * answers is the one that says it, not one that holds the words around it
 * ("Hành vi nhũng nhiễu là gì? Trong khám bệnh, chữa bệnh có cấm …": the
 * Anti-corruption Law, whose definitions say "Nhũng nhiễu là …", not the
 * health texts). X's last pair (a subject's head comes first, what sets it
 * apart last: "hành vi nhũng nhiễu") and its last word with "là" (where a
 * text says what X is) weigh ASKED_WEIGHT times, in the documents' query and
 * in the articles' scorer (articles.c, collect_terms). Q&A firsts 59 → 60 as
 * written, 60 → 61 without marks; at 4 the independent check lost two. */
#define ASKED_WEIGHT 2.0
/* The most words a subject so weighed has: a term (a definitions article's
 * are two to six syllables: "nhũng nhiễu", "anh em thúc bá"). */
#define ASKED_TERM_MAX 6

/* Is k the one word w (folded), typed as marked or without marks? */
static int is_word(const struct query_node *k, const char *folded, const char *marked)
{
	return plain_word(k) && strcmp(k->words[0].folded, folded) == 0 &&
	       (!k->words[0].has_marks || strcmp(k->words[0].exact, marked) == 0);
}

/* query_int.h */
double query_asked_weight(const struct query_node *n, size_t i)
{
	if (!n || n->kind != QN_AND || i == 0 || i >= n->nkids || !plain_word(n->kids[i - 1]) ||
	    !plain_word(n->kids[i]) || !n->kids[i]->joins_prev)
		return 1.0;
	/* "là gì" right after the pair (its last word "là"), or one word
	 * after it, each word joined to the one before. */
	for (size_t m = i; m + 1 < n->nkids && m <= i + 1; m++) {
		if (is_word(n->kids[m], "la", "là") && is_word(n->kids[m + 1], "gi", "gì") &&
		    n->kids[m + 1]->joins_prev) {
			/* A term, not a sentence ("Trách nhiệm của Bộ Y tế
			 * trong việc phòng, chống ma túy là gì?" asks of the
			 * ministry, not of drugs): its words back to the
			 * sentence's start (over commas) are few. */
			size_t from = m - 1;
			while (from > 0 && plain_word(n->kids[from - 1]) &&
			       (n->kids[from]->joins_prev || n->kids[from]->comma_prev))
				from--;
			return m - from <= ASKED_TERM_MAX ? ASKED_WEIGHT : 1.0;
		}
		if (!plain_word(n->kids[m + 1]) || !n->kids[m + 1]->joins_prev)
			break;
	}
	return 1.0;
}

int query_ranked_list(const struct query_node *n)
{
	size_t plain = 0;
	for (size_t i = 0; i < n->nkids; i++)
		plain += plain_word(n->kids[i]);
	return plain >= RANKED_MIN_WORDS;
}

static int has_word_pairs(const struct query_node *n)
{
	if (!n || n->kind == QN_NOT)
		return 0;
	if (n->kind == QN_AND && !query_ranked_list(n))
		for (size_t i = 1; i < n->nkids; i++)
			if (pair_at(n, i))
				return 1;
	for (size_t i = 0; i < n->nkids; i++)
		if (has_word_pairs(n->kids[i]))
			return 1;
	return 0;
}

int query_has_word_pairs(const struct query *q)
{
	return has_word_pairs(q->root);
}

/* query_int.h */
size_t query_marked_pairs(const struct query *q, const struct query_word **words, size_t max)
{
	const struct query_node *n = q->root;
	size_t np = 0;
	if (!q->accented || !n || n->kind != QN_AND || query_ranked_list(n))
		return 0;
	for (size_t i = 1; i < n->nkids && 2 * np + 2 <= max; i++) {
		const struct query_word *a = &n->kids[i - 1]->words[0], *b = &n->kids[i]->words[0];
		if (pair_at(n, i) && a->has_marks && b->has_marks) {
			words[2 * np] = a;
			words[2 * np + 1] = b;
			np++;
		}
	}
	return np;
}

size_t query_written_pairs(const struct query *q, const struct query_word **words, size_t max)
{
	const struct query_node *n = q->root;
	if (q->accented)
		return query_marked_pairs(q, words, max);
	size_t np = 0;
	if (!n || n->kind != QN_AND || query_ranked_list(n))
		return 0;
	for (size_t i = 1; i < n->nkids && 2 * np + 2 <= max; i++)
		if (pair_at(n, i)) {
			words[2 * np] = &n->kids[i - 1]->words[0];
			words[2 * np + 1] = &n->kids[i]->words[0];
			np++;
		}
	return np;
}

static size_t year_at(const struct query_node *n);
static int names_regulation(const struct query *q);

const char *query_total_counts(const struct query *q, int vi)
{
	if (q->whole_words)
		return vi ? "các từ đứng liền nhau" : "the words side by side";
	if (q->root && q->root->kind == QN_AND && !q->by_date && !query_ranked_list(q->root) &&
	    !names_regulation(q) && year_at(q->root) < q->root->nkids)
		return vi ? "mọi từ trừ năm, ở bất cứ đâu trong văn bản; văn bản của năm đó xếp "
			    "trước"
			  : "every word but the year, anywhere in the text; that year's texts first";
	if (!q->words_apart && has_word_pairs(q->root))
		return vi ? "mọi từ, ở bất cứ đâu trong văn bản" : "every word, anywhere in the text";
	return NULL;
}

int query_is_ranked(const struct query *q)
{
	return q->root && q->root->kind == QN_AND && query_ranked_list(q->root);
}

/* Does cite c name a regulation whose own text ranks first? */
static int names(const struct query *q, const struct query_cite *c)
{
	return c->named || (c->cited && c->ncanonicals && query_is_ranked(q));
}

static int names_regulation(const struct query *q)
{
	for (size_t i = 0; i < q->ncites; i++)
		if (names(q, &q->cites[i]))
			return 1;
	return 0;
}

int query_is_description(const struct query *q)
{
	return query_is_ranked(q) && !names_regulation(q);
}

static idx_query *ranked_query(const struct query_node *n, const struct query *q)
{
	idx_query **req = xcalloc(n->nkids + 1, sizeof *req);
	idx_query **opt = xcalloc(4 * n->nkids, sizeof *opt);
	idx_query **neg = xcalloc(n->nkids + 1, sizeof *neg);
	size_t nr = 0, no = 0, nn = 0, nwords = 0, npairs = 0;
	for (size_t i = 0; i < n->nkids; i++) {
		const struct query_node *k = n->kids[i];
		if (k->kind == QN_NOT)
			neg[1 + nn++] = build(k->kids[0], q, 1);
		else if (plain_word(k) && !k->words[0].common)
			opt[no++] = words_query(k, q, q->accented), nwords++;
		/* A pair counts as a word, and again where it stands in an
		 * article's heading or a title (PREFIX_HEADING): a question
		 * names the subject its article is headed by. Typed with
		 * marks, only where its marked words stand exactly
		 * (exact_pair): "hội chợ" is not "hỏi cho", "truyền thông" not
		 * "truyền thống". Not the document's name (PREFIX_NAME): a
		 * long description shares words with many names, and weighing
		 * them buried the article that answers (ALQAC and the everyday
		 * queries both fell: bench/RESULTS.md). */
		if (i && k->joins_prev && plain_word(k) && plain_word(n->kids[i - 1])) {
			const char *a = n->kids[i - 1]->words[0].folded, *b = k->words[0].folded;
			const struct query_word *wa = &n->kids[i - 1]->words[0], *wb = &k->words[0];
			size_t from = no;
			opt[no++] = exact_pair(wa, wb, pair_term(a, b), q), npairs++;
			if (!wb->loose) {
				opt[no++] = exact_pair(wa, wb, query_pair_term(PREFIX_HEADING, a, b), q);
				/* Again at a weight the document's length
				 * does not divide (HEADING_FLAT). */
				if (wb->head_idf > 0)
					opt[no++] = idx_q_fixed(
						exact_pair(wa, wb, query_pair_term(PREFIX_HEADING, a, b), q),
						HEADING_FLAT * wb->head_idf);
			}
			double asked = query_asked_weight(n, i);
			for (size_t j = from; asked != 1.0 && j < no; j++)
				opt[j] = idx_q_scale(opt[j], asked);
		}
		if (k->kind == QN_NOT || plain_word(k))
			continue;
		/* What the user did not ask for explicitly is evidence, not a
		 * requirement: a chunk such as "20/01/2023" or "trị-xã" (not in
		 * quotes), or a number no document cites. Phrases in quotes,
		 * groups and numbers the index knows stay required. */
		if ((k->kind == QN_WORDS && !k->quoted) ||
		    (k->kind == QN_CITE && !q->cites[k->cite].cited))
			opt[no++] = build(k, q, 0);
		else
			req[nr++] = build(k, q, 0);
	}
	/* Only common words and no two of them side by side: they are all
	 * there is to rank by. With pairs, the common words count through
	 * them, as they do beside an uncommon word: each common word is a
	 * posting list nearly as long as the index, far slower to read than
	 * its pairs (bench/RESULTS.md). */
	for (size_t i = 0; nwords == 0 && npairs == 0 && i < n->nkids; i++)
		if (plain_word(n->kids[i]))
			opt[no++] = words_query(n->kids[i], q, q->accented);
	idx_query *whole = n == q->root ? whole_heading(q) : NULL;
	if (whole)
		opt[no++] = whole;
	idx_query *any = idx_q_combine(IDX_Q_OR, opt, no);
	idx_query *r;
	if (nr) {
		idx_query *all = nr == 1 ? req[0] : idx_q_combine(IDX_Q_AND, req, nr);
		idx_query *v[2] = { all, any };
		r = idx_q_combine(IDX_Q_AND_MAYBE, v, 2);
	} else {
		r = any;
	}
	if (nn) {
		neg[0] = r;
		r = idx_q_combine(IDX_Q_AND_NOT, neg, nn + 1);
	}
	free(req);
	free(opt);
	free(neg);
	return r;
}

static idx_query *build_not(const struct query_node *kid, const struct query *q)
{
	idx_query *v[2] = { idx_q_match_all(), build(kid, q, 1) };
	return idx_q_combine(IDX_Q_AND_NOT, v, 2);
}

/* The documents citing a number: every canonical number it was resolved to,
 * and for a reference by type and number, the documents citing it so. */
static idx_query *cite_query(const struct query_cite *c)
{
	size_t n = 0;
	idx_query **v = xcalloc(c->ncanonicals + 2, sizeof *v);
	for (size_t i = 0; i < c->ncanonicals; i++)
		v[n++] = prefixed(PREFIX_CITE, c->canonicals[i]);
	if (c->short_key)
		v[n++] = prefixed(PREFIX_SHORT, c->short_key);
	else if (!c->ncanonicals)
		v[n++] = prefixed(PREFIX_CITE, c->num.canonical);
	idx_query *r = n == 1 ? v[0] : idx_q_combine(IDX_Q_OR, v, n);
	free(v);
	return r;
}

/* A year typed among a few words ("lương cơ sở 2024"): the kid that is
 * one, when another kid is a plain word, else n->nkids. */
static size_t year_at(const struct query_node *n)
{
	size_t y = n->nkids, words = 0;
	for (size_t i = 0; i < n->nkids; i++) {
		const struct query_node *k = n->kids[i];
		if (!plain_word(k))
			continue;
		const char *w = k->words[0].exact;
		int year = strlen(w) == 4 && w[0] >= '1' && w[0] <= '2';
		for (size_t j = 0; year && j < 4; j++)
			year = w[j] >= '0' && w[j] <= '9';
		if (year && y == n->nkids && atoi(w) >= YEAR_MIN && atoi(w) <= YEAR_MAX)
			y = i;
		else
			words++;
	}
	return words ? y : n->nkids;
}

static idx_query *build_and(const struct query_node *n, const struct query *q, int negated,
			    size_t skip);

/* A year typed beside a topic asks for the topic's texts of that year, not
 * for the texts that write the number: "lương cơ sở 2024" required "2024"
 * somewhere, and its first ten held none of 2024. The topic's words are
 * required; texts dated that year (Y) rank up (their weight scaled by
 * YEAR_SCALE), and so do texts that write the year. Sorted by date, or
 * in a regulation's name ("Hiến pháp 2013", whose year says which), the
 * year stays a word that must be there. */
static idx_query *with_year(const struct query_node *n, const struct query *q, size_t y)
{
	char t[16];
	snprintf(t, sizeof t, "%s", n->kids[y]->words[0].exact);
	idx_query *dated[2] = { build_and(n, q, 0, y), prefixed(PREFIX_YEAR, t) };
	idx_query *up[2] = { idx_q_scale(idx_q_combine(IDX_Q_FILTER, dated, 2), YEAR_SCALE),
			     build(n->kids[y], q, 0) };
	idx_query *both[2] = { build_and(n, q, 0, y), idx_q_combine(IDX_Q_OR, up, 2) };
	return idx_q_combine(IDX_Q_AND_MAYBE, both, 2);
}

static idx_query *build(const struct query_node *n, const struct query *q, int negated)
{
	switch (n->kind) {
	case QN_CITE:
		return cite_query(&q->cites[n->cite]);
	case QN_WORDS: {
		/* Exclusions match what was typed: marks typed -> exactly that
		 * word; none typed -> every word spelled with those letters. */
		if (!negated)
			return phrase_weighed(n, q, words_query(n, q, q->accented));
		if (!words_marked(n))
			return words_query(n, q, 0);
		return exact_words(n, n->nwords > 1 ? folded_phrase(n, q) : NULL);
	}
	case QN_NOT:
		/* Under a NOT the words are what to exclude; a double negation
		 * is read back as positive. */
		if (negated)
			return build(n->kids[0], q, 0);
		return build_not(n->kids[0], q);
	case QN_AND: {
		if (!negated && query_ranked_list(n))
			return ranked_query(n, q);
		size_t y = negated || q->by_date || names_regulation(q) ? n->nkids : year_at(n);
		if (y < n->nkids)
			return with_year(n, q, y);
		return build_and(n, q, negated, n->nkids);
	}
	case QN_OR: {
		idx_query **v = xcalloc(n->nkids, sizeof *v);
		for (size_t i = 0; i < n->nkids; i++)
			v[i] = build(n->kids[i], q, negated);
		idx_query *r = idx_q_combine(IDX_Q_OR, v, n->nkids);
		free(v);
		return r;
	}
	}
	return idx_q_match_nothing();
}

/* The AND of n's kids but skip (n->nkids: none), its pairs ranking up
 * (with_words), its NOTs excluded. */
static idx_query *build_and(const struct query_node *n, const struct query *q, int negated,
			    size_t skip)
{
	idx_query **pos = xcalloc(n->nkids + 1, sizeof *pos);
	idx_query **neg = xcalloc(n->nkids, sizeof *neg);
	size_t np = 0, nn = 0;
	for (size_t i = 0; i < n->nkids; i++) {
		const struct query_node *k = n->kids[i];
		if (i == skip)
			continue;
		if (k->kind == QN_NOT)
			neg[nn++] = build(k->kids[0], q, 1);
		else
			pos[np++] = build(k, q, negated);
	}
	idx_query *r = np ? (np == 1 ? pos[0] : idx_q_combine(IDX_Q_AND, pos, np))
			  : idx_q_match_all();
	if (!negated && np)
		r = with_words(n, q, r, skip);
	if (nn) {
		idx_query **v = xcalloc(nn + 1, sizeof *v);
		v[0] = r;
		memcpy(v + 1, neg, nn * sizeof *neg);
		r = idx_q_combine(IDX_Q_AND_NOT, v, nn + 1);
		free(v);
	}
	free(pos);
	free(neg);
	return r;
}

/* Any of the values: codes under prefix, names ('~' + folded name, from
 * filter.c) under name_prefix. */
static idx_query *any_of(const char *prefix, const char *name_prefix, char *const *values,
			 size_t n)
{
	idx_query **v = xcalloc(n, sizeof *v);
	for (size_t i = 0; i < n; i++) {
		if (values[i][0] == '~' && name_prefix)
			v[i] = prefixed(name_prefix, values[i] + 1);
		else
			v[i] = prefixed(prefix, values[i]);
	}
	idx_query *r = n == 1 ? v[0] : idx_q_combine(IDX_Q_OR, v, n);
	free(v);
	return r;
}

/* How much more a regulation's own text weighs when the query is its name. */
#define NAMED_OWN_TEXT_SCALE 10.0

/* A query that names a regulation ("Luật Doanh nghiệp", "BLLĐ"), or a
 * question that gives its number ("… theo Nghị định 320/2025/NĐ-CP?"): its
 * own text (or, for a number, a text consolidating it) ranks above the
 * decrees that guide it and quote its name in their titles. The matching
 * documents stay the same: the own text's weight for the query is scaled
 * up (AND_MAYBE), nothing is required. */
static idx_query *named_first(const struct query *q, idx_query *v)
{
	size_t n = 0;
	for (size_t i = 0; i < q->ncites; i++)
		if (names(q, &q->cites[i]))
			n += q->cites[i].ncanonicals + q->cites[i].nconsolidated +
			     (q->cites[i].text_hash != NULL);
	if (!n || !q->root)
		return v;
	idx_query **own = xcalloc(n, sizeof *own);
	size_t k = 0;
	for (size_t i = 0; i < q->ncites; i++) {
		const struct query_cite *c = &q->cites[i];
		if (!names(q, c))
			continue;
		for (size_t j = 0; j < c->ncanonicals; j++)
			own[k++] = prefixed(PREFIX_SOURCE_OF, c->canonicals[j]);
		for (size_t j = 0; j < c->nconsolidated; j++)
			own[k++] = prefixed(PREFIX_SOURCE_OF, c->consolidated[j]);
		/* A regulation without a number: its text by its content. */
		if (c->text_hash)
			own[k++] = prefixed(PREFIX_HASH, c->text_hash);
	}
	idx_query *texts = k == 1 ? own[0] : idx_q_combine(IDX_Q_OR, own, k);
	free(own);
	idx_query *mine[2] = { build(q->root, q, 0), texts };
	idx_query *boost = idx_q_scale(idx_q_combine(IDX_Q_FILTER, mine, 2), NAMED_OWN_TEXT_SCALE);
	idx_query *both[2] = { v, boost };
	return idx_q_combine(IDX_Q_AND_MAYBE, both, 2);
}

/* A law's subject typed alone ("lao động", "đất đai", "bảo hiểm xã hội"):
 * the law named so ranks first, as if its name were typed ("Luật Lao động",
 * named_first), not the circulars of the Ministry of Labour whose titles and
 * issuer hold the words as often. Such a law's name (PREFIX_NAME, the type
 * then the title: index/termgen.c, heading_terms) holds the pair of its
 * type's last word and the subject's first ("luật lao"), then the subject's
 * pairs; its own type is a law or a code. Up to SUBJECT_WORDS_MAX words, not
 * a description (query_is_ranked), not a name or number already. */
#define SUBJECT_WORDS_MAX 5
static size_t subject_words(const struct query_node *n, const struct query_word **w)
{
	size_t k = 0;
	if (n->kind == QN_WORDS && !n->quoted) {
		if (n->nwords > SUBJECT_WORDS_MAX)
			return 0;
		for (size_t i = 0; i < n->nwords; i++)
			w[k++] = &n->words[i];
		return k;
	}
	if (n->kind != QN_AND || n->nkids > SUBJECT_WORDS_MAX)
		return 0;
	for (size_t i = 0; i < n->nkids; i++) {
		if (!plain_word(n->kids[i]) || (i && !n->kids[i]->joins_prev))
			return 0;
		w[k++] = &n->kids[i]->words[0];
	}
	return k;
}

/* A pair of the name (PREFIX_NAME): typed with marks on both words, only
 * where the name holds them so (exact_pair_in); else the folded pair alone,
 * not filtered by the body's exact words (exact_pair): "số" is in nearly
 * every text. */
static idx_query *name_pair(const struct query *q, const struct query_word *a,
			    const struct query_word *b)
{
	if (q->accented && a->has_marks && b->has_marks)
		return exact_pair_in(PREFIX_NAME, a, b, q);
	return query_pair_term(PREFIX_NAME, a->folded, b->folded);
}

/* The laws and codes whose subject is the words (w, nw): their name holds
 * "luật" and the first word, the words' pairs, and the last word goes on
 * with its number ("Luật Doanh nghiệp số 59/2020/QH14"), not with more words
 * ("Luật Doanh nghiệp nhà nước số …"): the subject ends where the words do.
 * Typed with marks, by the name's exact pairs: "Bộ luật Lao động số" for
 * "lao động", not "Luật Người lao động … theo hợp đồng số". */
static idx_query *subject_law(const struct query *q, const struct query_word *const *w, size_t nw)
{
	static const struct query_word luat = { .exact = "luật", .folded = "luat", .has_marks = 1 },
					so = { .exact = "số", .folded = "so", .has_marks = 1 };
	idx_query *need[SUBJECT_WORDS_MAX + 2];
	size_t nn = 0;
	need[nn++] = name_pair(q, &luat, w[0]);
	for (size_t i = 1; i < nw; i++)
		need[nn++] = name_pair(q, w[i - 1], w[i]);
	need[nn++] = name_pair(q, w[nw - 1], &so);
	idx_query *types[2] = { prefixed(PREFIX_OWN_TYPE, "luat"),
				prefixed(PREFIX_OWN_TYPE, "boluat") };
	need[nn++] = idx_q_combine(IDX_Q_OR, types, 2);
	return idx_q_combine(IDX_Q_AND, need, nn);
}

static idx_query *subject_law_first(const struct query *q, idx_query *v)
{
	const struct query_word *w[SUBJECT_WORDS_MAX];
	size_t nw = q->root && !q->ncites && !q->by_date && !query_is_ranked(q)
			    ? subject_words(q->root, w)
			    : 0;
	if (!nw || strcmp(w[0]->folded, "luat") == 0)
		return v;
	idx_query *mine[2] = { build(q->root, q, 0), subject_law(q, w, nw) };
	idx_query *both[2] = {
		v, idx_q_scale(idx_q_combine(IDX_Q_FILTER, mine, 2), NAMED_OWN_TEXT_SCALE)
	};
	return idx_q_combine(IDX_Q_AND_MAYBE, both, 2);
}

/* Numbers alone, and/or'ed ("57-NQ/TW", "57-NQ/TW 52-NQ/TW"). */
static int cites_only(const struct query_node *n)
{
	if (n->kind == QN_CITE)
		return 1;
	if (n->kind != QN_AND && n->kind != QN_OR)
		return 0;
	for (size_t i = 0; i < n->nkids; i++)
		if (!cites_only(n->kids[i]))
			return 0;
	return 1;
}

/* A search of numbers alone: a mention (N) is boolean, so every match
 * weighed 0 and came in its source's order (SLOT_ORDER), and the number's
 * own text anywhere among the texts citing it (57-NQ/TW's, id 521, was
 * not on the first page of 67). Its own text now weighs OWN_TEXT_WEIGHT,
 * the texts citing it 0: the score says which is which (h12f). */
#define OWN_TEXT_WEIGHT 1.0
static idx_query *own_text_first(const struct query *q, idx_query *v)
{
	if (!q->root || !cites_only(q->root))
		return v;
	size_t n = 0;
	for (size_t i = 0; i < q->ncites; i++)
		n += q->cites[i].ncanonicals;
	if (!n)
		return v;
	idx_query **own = xcalloc(n, sizeof *own);
	size_t k = 0;
	for (size_t i = 0; i < q->ncites; i++)
		for (size_t j = 0; j < q->cites[i].ncanonicals; j++)
			own[k++] = prefixed(PREFIX_SOURCE_OF, q->cites[i].canonicals[j]);
	idx_query *texts = k == 1 ? own[0] : idx_q_combine(IDX_Q_OR, own, k);
	free(own);
	idx_query *both[2] = { v, idx_q_fixed(texts, OWN_TEXT_WEIGHT) };
	return idx_q_combine(IDX_Q_AND_MAYBE, both, 2);
}

idx_query *query_build(const struct query *q)
{
	const struct query_filters *f = &q->filters;
	idx_query *v[8];
	size_t n = 0;
	v[n++] = q->root ? own_text_first(q, subject_law_first(q, named_first(q, build(q->root, q, 0))))
			 : idx_q_match_all();
	/* The document's own type and issuer (its letterhead), and those of
	 * the numbers it cites (index/schema.h). */
	if (f->ntypes)
		v[n++] = any_of(PREFIX_OWN_TYPE, NULL, f->types, f->ntypes);
	if (f->nissuers)
		v[n++] = any_of(PREFIX_OWN_ISSUER, PREFIX_OWN_ISSUER_NAME, f->issuers, f->nissuers);
	if (f->ncites_types)
		v[n++] = any_of(PREFIX_TYPE, NULL, f->cites_types, f->ncites_types);
	if (f->ncites_issuers)
		v[n++] = any_of(PREFIX_ISSUER, PREFIX_ISSUER_NAME, f->cites_issuers,
				f->ncites_issuers);
	if (f->year) {
		char y[16];
		snprintf(y, sizeof y, "%d", f->year);
		v[n++] = prefixed(PREFIX_YEAR, y);
	}
	if (f->from[0] || f->to[0])
		v[n++] = idx_q_value_range(SLOT_DATE, f->from[0] ? f->from : NULL,
					   f->to[0] ? f->to : NULL);
	/* Filters restrict without adding weight. */
	return n == 1 ? v[0] : idx_q_combine(IDX_Q_FILTER, v, n);
}
