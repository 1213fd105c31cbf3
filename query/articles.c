/* articles.c — results by article: the article a passage lies in, an
 * article typed as an address ("khoản 3 Điều 26"), and articles ranked as
 * units (search --articles). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "index/schema.h"
#include "query/query.h"
#include "query/query_int.h"

/* Bytes between a match and the article it announces: a chapter's or a
 * section's title, no more. */
#define ARTICLE_GAP_MAX 400

void query_article_release(struct query_article *a)
{
	if (!a)
		return;
	free(a->number);
	free(a->heading);
	memset(a, 0, sizeof *a);
}

static void article_set(struct query_article *out, const struct idx_article *a,
			const struct idx_clause *c)
{
	out->number = xstrdup(a->number);
	out->heading = xstrdup(a->heading);
	out->clause = c ? c->number : 0;
}

/* Bytes past a passage read to find the end of its line (a longer line:
 * the whole clause is read). */
#define POINT_LOOKAHEAD 2048

/* The point (điểm) of clause c holding byte at: the last whose line starts
 * at or before it, read from the clause's text as text_points_read reads
 * it ("" when the clause has none there). */
static void point_of(struct idx_record *rec, const struct idx_clause *c, size_t at,
		     char point[8])
{
	point[0] = '\0';
	if (!c || at < c->start || at >= c->end || c->end > rec->text_len)
		return;
	/* Most clauses have no points before the passage: then neither the
	 * rest of the clause nor its quotes need reading. */
	idx_record_need(rec, c->start, at + 1);
	if (!text_points_may_open(rec->text, c->start, at + 1))
		return;
	/* The clause up to the passage's line, not the rest of it: some
	 * "clauses" run on through a long law's annexes, and inflating and
	 * reading them was most of a search's own cost. */
	size_t avail = at + POINT_LOOKAHEAD < c->end ? at + POINT_LOOKAHEAD : c->end;
	idx_record_need(rec, c->start, avail);
	struct text_point *p;
	size_t n = text_points_read_at(rec->text, c->start, avail, at, &p);
	if (n == TEXT_POINTS_WHOLE) {
		idx_record_need(rec, c->start, c->end);
		n = text_points_read(rec->text, c->start, c->end, &p);
	}
	for (size_t k = n; k-- > 0;)
		if (p[k].start <= at) {
			memcpy(point, p[k].letter, strlen(p[k].letter) + 1);
			break;
		}
	free(p);
}

void query_article_of(struct idx_record *rec, size_t at, size_t until, struct query_article *out)
{
	memset(out, 0, sizeof *out);
	struct idx_articles as;
	/* Every article looked at below starts at or before at, or before
	 * until. */
	if (idx_articles_read_before(rec, until > at ? until : at + 1, &as) < 0)
		return;
	const struct idx_article *a = idx_article_at(&as, at);
	if (!a) {
		/* A chapter's title between two articles: the article the
		 * passage reaches. Not the preamble before the first. */
		for (size_t i = 1; i < as.n && !a; i++)
			if (as.a[i].start >= at && as.a[i].start < until &&
			    as.a[i].start - at < ARTICLE_GAP_MAX)
				a = &as.a[i];
		at = a ? a->start : at;
	}
	if (a) {
		const struct idx_clause *c = idx_clause_at(&as, a, at);
		article_set(out, a, c);
		point_of(rec, c, at, out->point);
	}
	idx_articles_release(&as);
}

/* "26", "5a", "10đ": an article's number; 0 if s[0..n) is none. */
static int article_number(const char *s, size_t n, char number[IDX_ARTICLE_NUMBER_MAX])
{
	size_t d = 0;
	while (d < n && s[d] >= '0' && s[d] <= '9')
		d++;
	if (d == 0 || d > 4 || s[0] == '0')
		return 0;
	if (d < n && !(n == d + 1 && s[d] >= 'a' && s[d] <= 'z') &&
	    !(n == d + 2 && (unsigned char)s[d] == 0xc4 && (unsigned char)s[d + 1] == 0x91))
		return 0;
	memcpy(number, s, n);
	number[n] = '\0';
	return 1;
}

static int clause_number(const char *s, size_t n, unsigned *clause)
{
	if (n == 0 || n > 3 || s[0] == '0' || strspn(s, "0123456789") < n)
		return 0;
	*clause = (unsigned)strtoul(s, NULL, 10);
	return 1;
}

/* "a", "đ" (or "A", "Đ"): a point's letter, lower case; 0 if s[0..n) is
 * none. */
static int point_letter(const char *s, size_t n, char point[8])
{
	if (n == 1 && ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) {
		point[0] = (char)(s[0] | 0x20);
		point[1] = '\0';
		return 1;
	}
	if (n == 2 && (unsigned char)s[0] == 0xc4 &&
	    ((unsigned char)s[1] == 0x91 || (unsigned char)s[1] == 0x90)) {
		memcpy(point, "\xc4\x91", 3);
		return 1;
	}
	return 0;
}

/* "26.3", "37a.2", "26.3.a" (s[0..n)): article, clause, point; 0 when it is
 * not one. */
static int dotted_addr(const char *s, size_t n, struct query_article_addr *ad)
{
	const char *dot = memchr(s, '.', n);
	if (!dot || dot == s || (size_t)(dot - s) >= IDX_ARTICLE_NUMBER_MAX ||
	    !article_number(s, (size_t)(dot - s), ad->number))
		goto none;
	const char *rest = dot + 1, *stop = s + n;
	const char *dot2 = memchr(rest, '.', (size_t)(stop - rest));
	if (clause_number(rest, (size_t)((dot2 ? dot2 : stop) - rest), &ad->clause) &&
	    (!dot2 || point_letter(dot2 + 1, (size_t)(stop - dot2 - 1), ad->point)))
		return 1;
none:
	memset(ad, 0, sizeof *ad);
	return 0;
}

int query_article_ref(const char *s, struct query_article_addr *ad, char **err)
{
	memset(ad, 0, sizeof *ad);
	if (dotted_addr(s, strlen(s), ad))
		return 0;
	char *number = ad->number, *point = ad->point;
	unsigned *clause = &ad->clause;
	/* Words: "Điều", "khoản" and "điểm" each before its number or
	 * letter, in any order; "Điều 26.3.a" too. */
	struct buf folded = BUF_INIT, exact = BUF_INIT;
	enum { NONE, ARTICLE, CLAUSE, POINT } want = NONE;
	int ok = 1;
	for (const char *p = s; *p && ok;) {
		size_t n = strcspn(p, " \t,;");
		if (!n) {
			p++;
			continue;
		}
		size_t m = n;
		while (m > 0 && p[m - 1] == '.')
			m--;
		buf_reset(&folded);
		buf_reset(&exact);
		text_word_terms(p, m, &exact, &folded);
		const char *f = folded.p ? folded.p : "";
		if (want == NONE && strcmp(f, "dieu") == 0) {
			want = ARTICLE;
		} else if (want == NONE && strcmp(f, "khoan") == 0) {
			want = CLAUSE;
		} else if (want == NONE && strcmp(f, "diem") == 0) {
			want = POINT;
		} else if (want == POINT) {
			ok = !point[0] && point_letter(p, m, point);
			want = NONE;
		} else if ((want == ARTICLE || (want == NONE && !number[0])) && !number[0] &&
			   !*clause && !point[0] && memchr(p, '.', m)) {
			ok = dotted_addr(p, m, ad);
			want = NONE;
		} else if (want == ARTICLE || (want == NONE && !number[0])) {
			ok = !number[0] && article_number(exact.p ? exact.p : "", exact.len, number);
			want = NONE;
		} else if (want == CLAUSE) {
			ok = !*clause && clause_number(p, m, clause);
			want = NONE;
		} else {
			ok = 0;
		}
		p += n;
	}
	buf_release(&folded);
	buf_release(&exact);
	if (ok && want == NONE && number[0] && (!point[0] || *clause))
		return 0;
	if (ok && want == NONE && number[0])
		*err = xasprintf("'%s': name the clause the point is in: 'điểm %s khoản N Điều %s' "
				 "or %s.N.%s", s, point, number, number, point);
	else
		*err = xasprintf("'%s' is not an article: give its number (26, 5a), 26.3 for a "
				 "clause, 26.3.a for a point, or 'khoản 3 Điều 26'", s);
	memset(ad, 0, sizeof *ad);
	return -1;
}

/* The article and clause of ad (its point left to the caller). */
static int article_clause_range(const struct idx_record *rec, const struct query_article_addr *ad,
				size_t *from, size_t *to, struct query_article *out, char **err)
{
	const char *number = ad->number;
	unsigned clause = ad->clause;
	memset(out, 0, sizeof *out);
	struct idx_articles as;
	if (idx_articles_read(rec, &as) < 0) {
		*err = xasprintf("its stored articles are damaged");
		return -1;
	}
	if (!as.n) {
		*err = xasprintf("no articles: no line 'Điều N. …' in its text");
		return 1;
	}
	const struct idx_article *a = idx_article_find(&as, number);
	if (!a) {
		*err = xasprintf("no Điều %s (its articles: %s to %s)", number, as.a[0].number,
				 as.a[as.n - 1].number);
		idx_articles_release(&as);
		return 1;
	}
	const struct idx_clause *c = NULL;
	for (size_t k = 0; clause && k < a->nclauses; k++)
		if (as.clauses[a->first_clause + k].number == clause)
			c = &as.clauses[a->first_clause + k];
	if (clause && !c) {
		if (a->nclauses)
			*err = xasprintf("no khoản %u in Điều %s (it has %zu)", clause, number,
					 a->nclauses);
		else
			*err = xasprintf("no khoản in Điều %s (it has no numbered clauses)", number);
		idx_articles_release(&as);
		return 1;
	}
	*from = c ? c->start : a->start;
	*to = c ? c->end : a->end;
	article_set(out, a, c);
	idx_articles_release(&as);
	return 0;
}

int query_article_range(const struct idx_record *rec, const struct query_article_addr *ad,
			size_t *from, size_t *to, struct query_article *out, char **err)
{
	const char *number = ad->number, *point = ad->point;
	unsigned clause = ad->clause;
	if (*point && !clause) {
		memset(out, 0, sizeof *out);
		*err = xasprintf("điểm %s of Điều %s: name the clause the point is in ('điểm %s khoản N "
				 "Điều %s')", point, number, point, number);
		return 1;
	}
	int rc = article_clause_range(rec, ad, from, to, out, err);
	if (rc != 0 || !*point)
		return rc;
	struct text_point *p;
	size_t n = text_points_read(rec->text, *from, *to, &p), k = 0;
	while (k < n && strcmp(p[k].letter, point) != 0)
		k++;
	if (k == n) {
		if (n)
			*err = xasprintf("no điểm %s in khoản %u Điều %s (its points: %s to %s)", point,
					 clause, number, p[0].letter, p[n - 1].letter);
		else
			*err = xasprintf("no điểm in khoản %u Điều %s (it has no lettered points)",
					 clause, number);
		free(p);
		query_article_release(out);
		return 1;
	}
	*from = p[k].start;
	*to = p[k].end;
	memcpy(out->point, p[k].letter, strlen(p[k].letter) + 1);
	free(p);
	return 0;
}

/* ---- articles ranked as units (search --articles) ---------------------------
 * Xapian ranks documents: a 400 KB code is one of them, and the words of a
 * query spread over its 200 articles make it match as a whole. Here the
 * documents the query finds first (a candidate set) are cut into their
 * articles by the positions stored at ingest, the query's words and
 * two-syllable pairs are counted in each article from the index's
 * positions, and the articles are ranked with BM25 over the candidates'
 * articles: an article's length, and how many of them hold a word (a word
 * every law holds somewhere is rare among articles). Words of an article's
 * heading count more, as PREFIX_HEADING does for documents. */

/* Documents read for their articles. */
#define ARTICLES_CANDIDATES 100
#define ARTICLES_MAX_TERMS 64
/* BM25's saturation lower than Xapian's default (1.2): an article is short,
 * and a word said twice in it is about as good as said five times (ALQAC as
 * whole laws, bench/eval.py: k1 0.6–1.0 within a query or two). */
#define BM25_K1 0.8
#define BM25_B 0.75
/* A word of the heading counts as this many occurrences more. */
#define ARTICLES_HEADING_TF 2.0
/* A document without articles counts as one unit of about this many bytes
 * a token. */
#define ARTICLES_BYTES_PER_TOKEN 5

struct art_term {
	const char *a, *b; /* folded forms: a word (b NULL) or a pair */
	unsigned units;    /* how many units hold it */
	double idf;
	double asked;      /* its weight's factor: query_asked_weight */
};

struct art_unit {
	size_t doc;        /* index among the candidates */
	long article;      /* index in its articles; -1: the whole document */
	unsigned len;      /* in tokens */
	float *tf;         /* per term */
	double score;
};

struct art_doc {
	unsigned docid;
	struct idx_articles as;
	unsigned body_pos;
};

/* Adds the pair a b to t[0..*nt) unless it is there or t is full. */
static void add_pair(struct art_term *t, size_t *nt, const char *a, const char *b)
{
	for (size_t k = 0; k < *nt; k++)
		if (t[k].b && strcmp(t[k].a, a) == 0 && strcmp(t[k].b, b) == 0)
			return;
	if (*nt < ARTICLES_MAX_TERMS)
		t[(*nt)++] = (struct art_term){ a, b, 0, 0, 1.0 };
}

/* The query's positive words, each once, and its two-syllable pairs (the
 * words the query joins: parse.c's joins and joins_prev). Common words
 * count only within pairs, as in a ranked document query. */
static void collect_terms(const struct query_node *n, int negated, const struct query_word **last,
			  struct art_term *t, size_t *nt)
{
	if (n->kind == QN_NOT) {
		collect_terms(n->kids[0], !negated, last, t, nt);
		return;
	}
	if (n->kind != QN_WORDS) {
		for (size_t i = 0; i < n->nkids; i++) {
			collect_terms(n->kids[i], negated, last, t, nt);
			/* The subject a question asks about weighs more, as
			 * in the documents' query (build.c). */
			double asked = negated ? 1.0 : query_asked_weight(n, i);
			const char *a = asked != 1.0 ? n->kids[i - 1]->words[0].folded : NULL;
			const char *b = a ? n->kids[i]->words[0].folded : NULL;
			for (size_t k = 0; a && k < *nt; k++)
				if (t[k].b && strcmp(t[k].a, a) == 0 && strcmp(t[k].b, b) == 0 &&
				    t[k].asked < asked)
					t[k].asked = asked;
		}
		return;
	}
	if (negated) {
		*last = NULL;
		return;
	}
	for (size_t i = 0; i < n->nwords && *nt < ARTICLES_MAX_TERMS; i++) {
		const struct query_word *w = &n->words[i];
		int joins = i ? w->joins : n->joins_prev;
		if (joins && *last)
			add_pair(t, nt, (*last)->folded, w->folded);
		int seen = w->common || !*w->folded;
		for (size_t k = 0; k < *nt && !seen; k++)
			seen = !t[k].b && strcmp(t[k].a, w->folded) == 0;
		if (!seen && *nt < ARTICLES_MAX_TERMS)
			t[(*nt)++] = (struct art_term){ w->folded, NULL, 0, 0, 1.0 };
		*last = w;
		/* An abbreviation standing alone ("BHYT") counts as the
		 * words it stands for, as the document query reads it
		 * (build.c, words_query): its pairs, which is how an
		 * article writes it. */
		const char *const *ex;
		size_t nex = n->nwords == 1 ? query_abbrev_words(w->folded, &ex) : 0;
		for (size_t e = 1; e < nex; e++)
			add_pair(t, nt, ex[e - 1], ex[e]);
	}
}

/* The unit of d holding position p: its article's index, -1 before the
 * first article (the title, the preamble), or -2 past them all. Asked for
 * ascending p, *at (0 at first) walks the articles once: a word's
 * positions come sorted, and a binary search each cost more than the walk. */
static long unit_of(const struct art_doc *d, size_t *at, unsigned p)
{
	while (*at < d->as.n && d->as.a[*at].pos_end <= p)
		(*at)++;
	if (*at < d->as.n && d->as.a[*at].pos <= p)
		return (long)*at;
	return *at == 0 ? -1 : -2;
}

struct word_pos {
	const char *folded;
	const unsigned *pos; /* the record's (idx_record_positions) */
	size_t n;
};

/* The positions of folded in rec's document: looked up in wp[0..*nwp),
 * else read (once while rec lives) and added. */
static const struct word_pos *word_positions(idx_db *db, struct idx_record *rec,
					     const char *folded, struct word_pos *wp, size_t *nwp)
{
	for (size_t k = 0; k < *nwp; k++)
		if (strcmp(wp[k].folded, folded) == 0)
			return &wp[k];
	struct word_pos *w = &wp[(*nwp)++];
	struct buf t = BUF_INIT;
	buf_adds(&t, PREFIX_FOLDED);
	buf_adds(&t, folded);
	w->folded = folded;
	if (idx_record_positions(db, rec, t.p, t.len, &w->pos, &w->n) < 0) {
		w->pos = NULL;
		w->n = 0;
	}
	buf_release(&t);
	return w;
}

/* Does v (ascending) hold a position in [lo, hi)? *at as for
 * query_pos_at, for ascending lo. */
static int holds_in(const unsigned *v, size_t n, size_t *at, unsigned lo, unsigned hi)
{
	while (*at < n && v[*at] < lo)
		(*at)++;
	return *at < n && v[*at] < hi;
}

/* Where the tokens of article a's heading can stand: from its first
 * position to *end. Each token takes a position and at least a byte, so
 * the tokens from the article's start to its heading's end take at most
 * that many positions; none lies past its first clause or its end. 0 when
 * the record stores no heading range (then any position may be its). */
static int heading_window(const struct idx_articles *as, const struct idx_article *a,
			  unsigned *end)
{
	if (a->head_end <= a->start || a->head_end > a->end)
		return 0;
	size_t w = a->head_end - a->start;
	unsigned e = w < (size_t)(a->pos_end - a->pos) ? a->pos + (unsigned)w : a->pos_end;
	if (a->nclauses) {
		const struct idx_clause *c = &as->clauses[a->first_clause];
		if (c->start >= a->head_end && c->pos >= a->pos && c->pos < e)
			e = c->pos;
	}
	*end = e;
	return 1;
}

struct heading_words {
	const struct art_term *t;
	const size_t *alen, *blen; /* strlen of each term's a and b */
	size_t nt;
	float *tf;
	uint64_t prev; /* bit k: the previous token is term k's first word */
	int found;     /* heading_query_word: a query word seen */
};

static int heading_token(const struct text_token *tok, void *arg)
{
	struct heading_words *h = arg;
	uint64_t is_a = 0;
	for (size_t k = 0; k < h->nt; k++) {
		const struct art_term *t = &h->t[k];
		if (h->alen[k] == tok->folded_len && t->a[0] == tok->folded[0] &&
		    memcmp(t->a, tok->folded, tok->folded_len) == 0)
			is_a |= (uint64_t)1 << k;
		if (!t->b) {
			if (is_a >> k & 1)
				h->tf[k] += (float)ARTICLES_HEADING_TF;
		} else if (h->prev >> k & 1 && h->blen[k] == tok->folded_len &&
			   t->b[0] == tok->folded[0] &&
			   memcmp(t->b, tok->folded, tok->folded_len) == 0) {
			h->tf[k] += (float)ARTICLES_HEADING_TF;
		}
	}
	h->prev = is_a;
	return 0;
}

/* Is a query word (any term's a or b) among the tokens? */
static int heading_query_word(const struct text_token *tok, void *arg)
{
	struct heading_words *h = arg;
	for (size_t k = 0; k < h->nt; k++)
		if ((h->alen[k] == tok->folded_len &&
		     memcmp(h->t[k].a, tok->folded, tok->folded_len) == 0) ||
		    (h->t[k].b && h->blen[k] == tok->folded_len &&
		     memcmp(h->t[k].b, tok->folded, tok->folded_len) == 0)) {
			h->found = 1;
			return 1;
		}
	return 0;
}

/* Can heading hold a query word its text's positions do not show? The
 * heading is its text as the structure reader copied it
 * (text/structure.c): a footnote's number glued to its last word in the
 * text is left out ("Cấp thẻ bảo hiểm y tế44": "te44" in the index, "te" in
 * the heading), so the last word is looked at itself; and a number wrapped
 * at its dash is joined ("TT-" / "BLĐTBXH"): a heading with a dash inside a
 * word is read whole. Every other token of the headings of the bench corpus
 * (238,207 in 23,119 articles) stands in its window as the index has it. */
static int heading_unlike_text(struct text_tokeniser *tz, const char *heading,
			       struct heading_words *h)
{
	for (const char *p = strchr(heading, '-'); p; p = strchr(p + 1, '-'))
		if (p[1] && p[1] != ' ')
			return 1;
	const char *last = strrchr(heading, ' ');
	last = last ? last + 1 : heading;
	h->found = 0;
	text_tokenise(tz, last, strlen(last), 0, heading_query_word, h);
	return h->found;
}

static int unit_order(const void *x, const void *y)
{
	const struct art_unit *a = x, *b = y;
	if (a->score != b->score)
		return a->score < b->score ? 1 : -1;
	if (a->doc != b->doc)
		return a->doc < b->doc ? -1 : 1;
	return a->article < b->article ? -1 : a->article > b->article;
}

/* One result: the unit's document, its article and the passage of it that
 * shows the query best. */
static int unit_hit(idx_db *db, const struct query *q, const struct query_search_opts *o,
		    const struct art_doc *d, const struct art_unit *u, struct query_card_cache *cards,
		    struct query_hit *h, char **err)
{
	char *e = NULL;
	if (idx_get_lazy(db, d->docid, &h->rec, &e) != 0) {
		*err = e ? e : xasprintf("document %u vanished during the search", d->docid);
		return -1;
	}
	size_t from = 0, to = h->rec.text_len;
	int made = 0;
	const struct idx_article *a = u->article >= 0 ? &d->as.a[u->article] : NULL;
	if (a) {
		from = a->start;
		to = a->end;
	} else if (o->excerpt_chars) {
		made = query_excerpt_region(db, &h->rec, q, o->excerpt_chars, NULL, 0, &from, &to,
					    &h->excerpt);
	}
	if (o->excerpt_chars && !made) {
		idx_record_need(&h->rec, from, to + 8);
		query_excerpt_make_with(idx_read_tokeniser(db), q, h->rec.text, h->rec.text_len,
					from, to, o->excerpt_chars, NULL, 0, &h->excerpt);
	}
	if (a) {
		const struct idx_clause *c = idx_clause_at(&d->as, a, h->excerpt.source_match);
		h->article.number = xstrdup(a->number);
		h->article.heading = xstrdup(a->heading);
		h->article.clause = c ? c->number : 0;
		point_of(&h->rec, c, h->excerpt.source_match, h->article.point);
	}
	h->score = u->score;
	return query_regs_read(db, &h->rec, h->excerpt.source_start, h->excerpt.source_end, cards,
			       &h->regs, err);
}

/* The units (articles, or whole texts) of the documents docids[0..n) (or
 * of the records recs[0..n) read already, when recs is not NULL), each
 * scored by BM25 on the query's words and pairs (terms), heading words
 * counting ARTICLES_HEADING_TF more. docs[i] holds document i's articles
 * (the caller releases them); *units the units, unsorted. */
static int units_score(idx_db *db, const unsigned *docids, struct idx_record *recs,
		       size_t n, const struct art_term *tconst, size_t nt, struct art_doc *docs,
		       struct art_unit **units_out, size_t *nunits_out, char **err)
{
	struct art_term terms[ARTICLES_MAX_TERMS];
	memcpy(terms, tconst, nt * sizeof *terms);
	size_t alen[ARTICLES_MAX_TERMS], blen[ARTICLES_MAX_TERMS];
	for (size_t t = 0; t < nt; t++) {
		alen[t] = strlen(terms[t].a);
		blen[t] = terms[t].b ? strlen(terms[t].b) : 0;
	}
	/* Every word the terms name, for idx_record_positions_ahead. */
	const char *words[2 * ARTICLES_MAX_TERMS];
	size_t wlens[2 * ARTICLES_MAX_TERMS], nw = 0;
	for (size_t t = 0; t < nt; t++) {
		words[nw] = terms[t].a;
		wlens[nw++] = alen[t];
		if (terms[t].b) {
			words[nw] = terms[t].b;
			wlens[nw++] = blen[t];
		}
	}
	struct art_unit *units = NULL;
	size_t nunits = 0, capu = 0;
	double total_len = 0;
	int rc = 0;
	/* Over the network, the records read already scanned two at a time
	 * (no-op locally); the loop's own call then finds them kept. */
	if (recs)
		idx_records_positions_ahead(db, recs, n, words, wlens, nw);
	for (size_t i = 0; i < n && rc == 0; i++) {
		struct art_doc *d = &docs[i];
		struct idx_record rec;
		char *e = NULL;
		d->docid = recs ? recs[i].docid : docids[i];
		if (!recs && idx_get_lazy(db, d->docid, &rec, &e) != 0) {
			*err = e ? e : xasprintf("document %u vanished during the search", d->docid);
			rc = -1;
			break;
		}
		struct idx_record *r = recs ? &recs[i] : &rec;
		/* Over the network, every word's list from one scan of the
		 * text (no-op locally). */
		idx_record_positions_ahead(db, r, words, wlens, nw);
		size_t text_len = r->text_len;
		if (idx_articles_read(r, &d->as) < 0)
			memset(&d->as, 0, sizeof d->as); /* damaged: the whole text, one unit */
		/* Its units: each article, or the whole text. */
		size_t first = nunits, nu = d->as.n ? d->as.n : 1;
		if (nunits + nu > capu) {
			capu = (nunits + nu) * 2;
			units = xrealloc(units, capu * sizeof *units);
		}
		for (size_t k = 0; k < nu; k++) {
			struct art_unit *u = &units[nunits++];
			u->doc = i;
			u->article = d->as.n ? (long)k : -1;
			u->len = d->as.n ? d->as.a[k].pos_end - d->as.a[k].pos
					 : (unsigned)(text_len / ARTICLES_BYTES_PER_TOKEN + 1);
			if (!u->len)
				u->len = 1;
			u->tf = xcalloc(nt + 1, sizeof *u->tf);
			u->score = 0;
			total_len += u->len;
		}
		/* The query's words and pairs, counted in each unit; each word's
		 * positions read once (a word is in up to two pairs and alone). */
		struct word_pos wp[2 * ARTICLES_MAX_TERMS];
		const struct word_pos *wa[ARTICLES_MAX_TERMS], *wb[ARTICLES_MAX_TERMS];
		size_t nwp = 0;
		for (size_t t = 0; t < nt; t++) {
			size_t at = 0, bat = 0;
			wa[t] = word_positions(db, r, terms[t].a, wp, &nwp);
			wb[t] = terms[t].b ? word_positions(db, r, terms[t].b, wp, &nwp) : NULL;
			for (size_t k = 0; k < wa[t]->n; k++) {
				/* A pair: its first word, the second right after. */
				if (wb[t] && !query_pos_at(wb[t]->pos, wb[t]->n, &bat, wa[t]->pos[k] + 1))
					continue;
				long a = d->as.n ? unit_of(d, &at, wa[t]->pos[k]) : 0;
				if (a >= 0)
					units[first + (size_t)a].tf[t] += 1;
			}
		}
		/* Heading words. */
		struct heading_words hw = { terms, alen, blen, nt, NULL, 0, 0 };
		/* The index's reading tokeniser: its syllable memo stays warm
		 * from one heading, one document and one search to the next. */
		struct text_tokeniser *tz = idx_read_tokeniser(db);
		size_t wat[ARTICLES_MAX_TERMS] = { 0 }, wbt[ARTICLES_MAX_TERMS] = { 0 };
		for (size_t k = 0; k < d->as.n; k++) {
			const struct idx_article *a = &d->as.a[k];
			hw.tf = units[first + k].tf;
			/* The heading is the article's first line: an article
			 * none of whose words match has none in its heading. */
			size_t t = 0;
			while (t < nt && hw.tf[t] == 0)
				t++;
			if (t == nt || !*a->heading)
				continue;
			/* Nor one none of whose words stands where its heading
			 * can: tokenising the heading would find nothing. */
			unsigned end;
			if (heading_window(&d->as, a, &end)) {
				int may = 0;
				for (t = 0; t < nt; t++)
					may |= holds_in(wa[t]->pos, wa[t]->n, &wat[t], a->pos, end) &&
					       (!wb[t] || holds_in(wb[t]->pos, wb[t]->n, &wbt[t], a->pos, end));
				if (!may && !heading_unlike_text(tz, a->heading, &hw))
					continue;
			}
			hw.prev = 0;
			text_tokenise(tz, a->heading, strlen(a->heading), 0, heading_token, &hw);
		}
		if (!recs)
			idx_record_release(&rec);
	}
	if (rc == 0 && nunits) {
		double avg = total_len / (double)nunits;
		for (size_t t = 0; t < nt; t++) {
			for (size_t u = 0; u < nunits; u++)
				terms[t].units += units[u].tf[t] > 0;
			double df = terms[t].units;
			terms[t].idf = terms[t].asked * log(1.0 + ((double)nunits - df + 0.5) / (df + 0.5));
		}
		for (size_t u = 0; u < nunits; u++) {
			struct art_unit *x = &units[u];
			double norm = BM25_K1 * (1 - BM25_B + BM25_B * (double)x->len / avg);
			for (size_t t = 0; t < nt; t++)
				if (x->tf[t] > 0)
					x->score += terms[t].idf * x->tf[t] * (BM25_K1 + 1) /
						    (x->tf[t] + norm);
		}
	}
	*units_out = units;
	*nunits_out = nunits;
	return rc;
}

static void units_release(struct art_unit *units, size_t nunits, struct art_doc *docs, size_t n)
{
	for (size_t u = 0; u < nunits; u++)
		free(units[u].tf);
	free(units);
	for (size_t i = 0; i < n; i++)
		idx_articles_release(&docs[i].as);
	free(docs);
}

int query_search_articles(idx_db *db, const struct query *q, const struct query_search_opts *o,
			  struct query_result *out, char **err)
{
	memset(out, 0, sizeof *out);
	struct art_term terms[ARTICLES_MAX_TERMS];
	size_t nt = 0;
	const struct query_word *last = NULL;
	if (q->root)
		collect_terms(q->root, 0, &last, terms, &nt);
	if (!nt) {
		/* Filters or numbers alone: nothing to rank articles by; the
		 * documents they keep. */
		struct query_search_opts docs_only = *o;
		docs_only.articles = 0;
		return query_search(db, q, &docs_only, out, err);
	}
	idx_query *iq = query_build(q);
	struct idx_results r;
	/* The documents counted as query_search counts them, so the total
	 * line's documents are the plain search's. */
	size_t check = o->count_all ? idx_doc_count(db) : EXACT_COUNT_UP_TO;
	int rc = idx_search(db, iq, 0, ARTICLES_CANDIDATES, check, 0, !o->all_copies, &r, err);
	idx_q_free(iq);
	if (rc < 0)
		return -1;

	unsigned *ids = xcalloc(r.n + 1, sizeof *ids);
	for (size_t i = 0; i < r.n; i++)
		ids[i] = r.hits[i].docid;
	struct art_doc *docs = xcalloc(r.n + 1, sizeof *docs);
	struct art_unit *units = NULL;
	size_t nunits = 0;
	rc = units_score(db, ids, NULL, r.n, terms, nt, docs, &units, &nunits, err);
	free(ids);
	if (rc == 0 && nunits) {
		qsort(units, nunits, sizeof *units, unit_order);
		size_t matched = 0;
		while (matched < nunits && units[matched].score > 0)
			matched++;
		out->total = matched;
		out->exact = r.n < ARTICLES_CANDIDATES;
		out->articles = 1;
		out->documents_read = r.n;
		out->documents = r.estimated > r.n ? r.estimated : r.n;
		out->documents_exact = r.lower == r.upper;
		size_t end = o->offset + o->limit < matched ? o->offset + o->limit : matched;
		if (end > o->offset)
			out->hits = xcalloc(end - o->offset, sizeof *out->hits);
		struct query_card_cache cards = { 0 };
		for (size_t u = o->offset; u < end && rc == 0; u++) {
			struct query_hit *h = &out->hits[out->n++];
			h->rank = (unsigned)(u + 1);
			rc = unit_hit(db, q, o, &docs[units[u].doc], &units[u], &cards, h, err);
		}
		query_card_cache_release(&cards);
	}
	units_release(units, nunits, docs, r.n);
	idx_results_release(&r);
	if (rc < 0)
		query_result_release(out);
	return rc;
}

int query_article_ranks(idx_db *db, const struct query *q, struct idx_record *recs,
			size_t n, size_t *rank, double *best, char **heads, char **err)
{
	struct art_term terms[ARTICLES_MAX_TERMS];
	size_t nt = 0;
	const struct query_word *last = NULL;
	for (size_t i = 0; i < n; i++) {
		rank[i] = n;
		best[i] = 0;
		if (heads)
			heads[i] = NULL;
	}
	if (q->root)
		collect_terms(q->root, 0, &last, terms, &nt);
	if (!nt || !n)
		return 0;
	struct art_doc *docs = xcalloc(n, sizeof *docs);
	struct art_unit *units = NULL;
	size_t nunits = 0;
	int rc = units_score(db, NULL, recs, n, terms, nt, docs, &units, &nunits, err);
	if (rc == 0 && nunits) {
		qsort(units, nunits, sizeof *units, unit_order);
		size_t next = 0;
		for (size_t u = 0; u < nunits && units[u].score > 0; u++)
			if (rank[units[u].doc] == n) {
				rank[units[u].doc] = next++;
				best[units[u].doc] = units[u].score;
				const struct art_doc *d = &docs[units[u].doc];
				const char *h = units[u].article >= 0
							? d->as.a[units[u].article].heading
							: "";
				if (heads && *h) {
					struct buf key = BUF_INIT;
					text_fold_key(h, strlen(h), &key);
					heads[units[u].doc] =
						key.len ? buf_detach(&key, NULL) : NULL;
					buf_release(&key);
				}
			}
	}
	units_release(units, nunits, docs, n);
	return rc;
}

/* ---- an article named before a number ------------------------------------ */

size_t query_article_prefix(const char *s, struct query_article_addr *ad)
{
	char *number = ad->number, *point = ad->point;
	unsigned *clause = &ad->clause;
	struct buf folded = BUF_INIT, exact = BUF_INIT;
	enum { NONE, POINT, CLAUSE, ARTICLE } want = NONE;
	size_t done = 0;
	int have_article = 0;
	number[0] = '\0';
	*clause = 0;
	point[0] = '\0';
	for (const char *p = s; *p;) {
		size_t n = strcspn(p, " \t,;");
		if (!n) {
			p++;
			continue;
		}
		buf_reset(&folded);
		buf_reset(&exact);
		text_word_terms(p, n, &exact, &folded);
		const char *f = folded.p ? folded.p : "";
		int ok = 1;
		if (want == NONE && strcmp(f, "diem") == 0 && !*clause && !have_article)
			want = POINT;
		else if (want == NONE && strcmp(f, "khoan") == 0 && !*clause && !have_article)
			want = CLAUSE;
		else if (want == NONE && strcmp(f, "dieu") == 0 && !have_article)
			want = ARTICLE;
		else if (want == POINT)
			ok = point_letter(p, n, point), want = NONE;
		else if (want == CLAUSE)
			ok = clause_number(p, n, clause), want = NONE;
		else if (want == ARTICLE && !*clause && !point[0] && memchr(p, '.', n))
			ok = have_article = dotted_addr(p, n, ad), want = NONE; /* "Điều 2.3.a" */
		else if (want == ARTICLE)
			ok = have_article = article_number(exact.p ? exact.p : "", exact.len, number),
			want = NONE;
		else if (have_article && strcmp(f, "cua") == 0)
			done = (size_t)(p + n - s); /* "Điều 2 của Nghị định …" */
		else
			break;
		if (!ok) {
			have_article = 0;
			break;
		}
		p += n;
		if (have_article && want == NONE && done < (size_t)(p - s))
			done = (size_t)(p - s);
	}
	buf_release(&folded);
	buf_release(&exact);
	if (!have_article || want != NONE)
		done = 0;
	while (done && (s[done] == ' ' || s[done] == ',' || s[done] == '\t'))
		done++;
	if (!done || !s[done]) {
		number[0] = '\0';
		*clause = 0;
		point[0] = '\0';
		return 0;
	}
	return done;
}

/* ---- the article a mention cites ---------------------------------------- */

/* Bytes before a mention read for its article ("khoản 3 Điều 2 Nghị định
 * số …"): room for the address and a law's long name. */
#define CITED_WINDOW 160
/* Tokens between the article's number and the mention: the type and name. */
#define CITED_NAME_TOKENS 12

struct cited_tok {
	size_t start, end;
	char folded[8];
	int number;
};

struct cited_toks {
	struct cited_tok v[64];
	size_t n;
};

static int cited_token(const struct text_token *t, void *arg)
{
	struct cited_toks *c = arg;
	if (c->n == sizeof c->v / sizeof *c->v) {
		memmove(c->v, c->v + 1, (c->n - 1) * sizeof *c->v);
		c->n--;
	}
	struct cited_tok *k = &c->v[c->n++];
	k->start = t->start;
	k->end = t->end;
	size_t n = t->folded_len < sizeof k->folded - 1 ? t->folded_len : sizeof k->folded - 1;
	memcpy(k->folded, t->folded, n);
	k->folded[n] = '\0';
	k->number = t->kind == TEXT_NUMBER;
	return 0;
}

void query_article_cited(const char *text, size_t from, size_t start,
			 char number[IDX_ARTICLE_NUMBER_MAX], unsigned *clause)
{
	number[0] = '\0';
	*clause = 0;
	if (start < from)
		return;
	size_t w = start - from > CITED_WINDOW ? start - CITED_WINDOW : from;
	while (w < start && ((unsigned char)text[w] & 0xC0) == 0x80)
		w++;
	struct cited_toks c = { .n = 0 };
	struct text_tokeniser *tz = text_tokeniser_new();
	text_tokenise(tz, text + w, start - w, 0, cited_token, &c);
	text_tokeniser_free(tz);
	/* The last "Điều N" with only a name (no number, no clause mark)
	 * between it and the mention. */
	for (size_t i = c.n; i-- > 0;) {
		if (c.n - i > CITED_NAME_TOKENS + 2)
			return;
		if (!c.v[i].number)
			continue;
		/* A number: the article's, or the end of the search. */
		if (i == 0 || strcmp(c.v[i - 1].folded, "dieu") != 0)
			return;
		i--;
		size_t a = w + c.v[i + 1].start, e = a;
		while (e < start && text[e] >= '0' && text[e] <= '9')
			e++;
		if (e < start && text[e] >= 'a' && text[e] <= 'z' &&
		    !(e + 1 < start && ((text[e + 1] >= 'a' && text[e + 1] <= 'z') ||
					(unsigned char)text[e + 1] >= 0x80)))
			e++;
		for (size_t k = e; k < start; k++)
			if (text[k] == ';' || text[k] == '.' || text[k] == ',' || text[k] == '(' ||
			    (text[k] >= '0' && text[k] <= '9'))
				return;
		if (!article_number(text + a, e - a, number))
			return;
		if (i >= 2 && strcmp(c.v[i - 2].folded, "khoan") == 0 && c.v[i - 1].number)
			clause_number(text + w + c.v[i - 1].start, c.v[i - 1].end - c.v[i - 1].start,
				      clause);
		return;
	}
}

/* Citing documents read for query_cited_articles, and mentions a document. */
#define CITED_DOCS_MAX 500
#define CITED_PLACES_MAX 32

static int count_order(const void *x, const void *y)
{
	const struct query_article_count *a = x, *b = y;
	if (a->count != b->count)
		return a->count < b->count ? 1 : -1;
	unsigned long na = strtoul(a->number, NULL, 10), nb = strtoul(b->number, NULL, 10);
	if (na != nb)
		return na < nb ? -1 : 1;
	return strcmp(a->number, b->number);
}

int query_cited_articles(idx_db *db, const struct idx_card *card,
			 struct query_article_count **out, size_t *n, char **err)
{
	*out = NULL;
	*n = 0;
	size_t cap = 0;
	for (size_t i = 0; i < card->ndocids && i < CITED_DOCS_MAX; i++) {
		struct idx_cite_place p[CITED_PLACES_MAX];
		size_t np = idx_cite_places(db, card->docids[i], card->canonical, p, CITED_PLACES_MAX);
		if (!np)
			continue;
		struct idx_record rec;
		char *e = NULL;
		int rc = idx_get_text(db, card->docids[i], &rec, &e);
		if (rc < 0) {
			*err = e;
			free(*out);
			*out = NULL;
			*n = 0;
			return -1;
		}
		if (rc > 0)
			continue; /* removed since the registry was written */
		for (size_t k = 0; k < np; k++) {
			if (p[k].start > rec.text_len || p[k].sent_start > p[k].start)
				continue;
			size_t from = p[k].start > CITED_WINDOW ? p[k].start - CITED_WINDOW : 0;
			idx_record_need(&rec, from, p[k].start);
			char number[IDX_ARTICLE_NUMBER_MAX];
			unsigned clause;
			query_article_cited(rec.text, p[k].sent_start, p[k].start, number, &clause);
			if (!number[0])
				continue;
			size_t j = 0;
			while (j < *n && strcmp((*out)[j].number, number) != 0)
				j++;
			if (j == *n) {
				if (*n == cap) {
					cap = cap ? 2 * cap : 16;
					*out = xrealloc(*out, cap * sizeof **out);
				}
				memcpy((*out)[j].number, number, sizeof number);
				(*out)[j].count = 0;
				(*n)++;
			}
			(*out)[j].count++;
		}
		idx_record_release(&rec);
	}
	if (*n)
		qsort(*out, *n, sizeof **out, count_order);
	return 0;
}
