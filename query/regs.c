/* regs.c — who issued what: the regulation a result is the own text of and
 * the regulations its passage cites, each named from its citation card. */
#include "query/query_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"

void query_card_cache_release(struct query_card_cache *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n; i++) {
		free(c->numbers[i]);
		idx_cards_release(c->cards[i], c->ncards[i]);
	}
	free(c->numbers);
	free(c->cards);
	free(c->ncards);
	memset(c, 0, sizeof *c);
}

/* The cards of canonical, read once per cache: a card read is a metadata
 * lookup and a parse, and one number often recurs across a page of results.
 * *n 0: the registry has no card for it. */
static int cards_of(idx_db *db, struct query_card_cache *cache, const char *canonical,
		    const struct idx_card **cards, size_t *n, char **err)
{
	for (size_t i = 0; i < cache->n; i++) {
		if (strcmp(cache->numbers[i], canonical) == 0) {
			*cards = cache->cards[i];
			*n = cache->ncards[i];
			return 0;
		}
	}
	struct idx_card *c = NULL;
	size_t nc = 0;
	if (idx_cards_get(db, canonical, &c, &nc, err) < 0)
		return -1;
	size_t k = cache->n++;
	cache->numbers = xrealloc(cache->numbers, cache->n * sizeof *cache->numbers);
	cache->cards = xrealloc(cache->cards, cache->n * sizeof *cache->cards);
	cache->ncards = xrealloc(cache->ncards, cache->n * sizeof *cache->ncards);
	cache->numbers[k] = xstrdup(canonical);
	cache->cards[k] = c;
	cache->ncards[k] = nc;
	*cards = c;
	*n = nc;
	return 0;
}

/* One number can name several documents (a card per variant): the one this
 * document is the text of, else the one its mention was counted in, else
 * the best supported. */
static const struct idx_card *variant_of(const struct idx_card *cards, size_t n, unsigned docid)
{
	for (size_t i = 0; i < n; i++)
		if (cards[i].source_docid == docid)
			return &cards[i];
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < cards[i].ndocids; k++)
			if (cards[i].docids[k] == docid)
				return &cards[i];
	return n ? &cards[0] : NULL;
}

static char *dup_or_null(const char *s)
{
	return s && *s ? xstrdup(s) : NULL;
}

static const char *top(const struct idx_vote *v, size_t n)
{
	return n ? v[0].value : NULL;
}

/* What the card agrees on, else what this mention says, else the code
 * tables' names. */
static void reg_fill(struct query_reg *r, const struct idx_mention *m, const struct idx_card *c,
		     int own)
{
	r->number = xstrdup(m->canonical);
	const char *type = c ? top(c->types, c->ntypes) : NULL;
	if (!type && *m->type_name)
		type = m->type_name;
	if (!type)
		type = cite_type_name(m->type_code,
				      strcmp(m->kind, "party") == 0 ? CITE_PARTY : CITE_QPPL);
	r->type = dup_or_null(type);
	const char *issuer = c ? top(c->issuers, c->nissuers) : NULL;
	if (!issuer && *m->issuer_name)
		issuer = m->issuer_name;
	r->issuer = dup_or_null(issuer);
	const char *date = c ? top(c->dates, c->ndates) : NULL;
	r->date = dup_or_null(date ? date : m->date);
	if (own) {
		const char *signer = c ? top(c->signers, c->nsigners) : NULL;
		r->signer = dup_or_null(signer ? signer : m->signer);
	}
}

static void reg_release(struct query_reg *r)
{
	free(r->number);
	free(r->type);
	free(r->issuer);
	free(r->date);
	free(r->signer);
	memset(r, 0, sizeof *r);
}

struct regs_ctx {
	idx_db *db;
	const struct idx_record *rec;
	struct query_card_cache *cache;
	struct query_regs *out;
	int seen_letterhead;
	char *err;
	int failed;
};

static int cited_already(const struct query_regs *r, const char *canonical)
{
	if (r->own.number && strcmp(r->own.number, canonical) == 0)
		return 1;
	for (size_t i = 0; i < r->ncites; i++)
		if (strcmp(r->cites[i].number, canonical) == 0)
			return 1;
	return 0;
}

static int on_mention(const struct idx_mention *m, void *arg)
{
	struct regs_ctx *c = arg;
	struct query_regs *out = c->out;
	/* The first letterhead is the document's own number (PREFIX_SOURCE_OF);
	 * one of a text the file holds after another's opening is not. */
	int own = m->letterhead && !(m->letterhead & CITE_LATER_TEXT) && !c->seen_letterhead;
	c->seen_letterhead |= m->letterhead;
	if (!own && cited_already(out, m->canonical))
		return 0;
	const struct idx_card *cards = NULL, *card;
	size_t n = 0;
	if (cards_of(c->db, c->cache, m->canonical, &cards, &n, &c->err) < 0) {
		c->failed = 1;
		return 1;
	}
	card = variant_of(cards, n, c->rec->docid);
	if (own) {
		reg_fill(&out->own, m, card, 1);
		/* The date a regulation is filtered and shown by (SLOT_ISSUE_DATE). */
		if (c->rec->issue_date) {
			free(out->own.date);
			out->own.date = xstrdup(c->rec->issue_date);
		}
		/* An own letterhead inside the passage is not one it cites. */
		for (size_t i = 0; i < out->ncites; i++) {
			if (strcmp(out->cites[i].number, m->canonical) == 0) {
				reg_release(&out->cites[i]);
				memmove(&out->cites[i], &out->cites[i + 1],
					(out->ncites - i - 1) * sizeof *out->cites);
				out->ncites--;
				break;
			}
		}
	} else {
		out->cites = xrealloc(out->cites, (out->ncites + 1) * sizeof *out->cites);
		memset(&out->cites[out->ncites], 0, sizeof *out->cites);
		reg_fill(&out->cites[out->ncites++], m, card, 0);
	}
	return 0;
}

/* Does text[from..to) hold an ASCII digit? Every mention starts with one
 * (cite_scan anchors a number at its digits). */
static int has_digit(const char *text, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if ((unsigned char)(text[i] - '0') <= 9)
			return 1;
	return 0;
}

/* A regulation's own text without a number (the Constitution): the type
 * its heading names and the body its letterhead's first line names (or
 * its type implies), read from its text as the indexer read them
 * (text_unnumbered_type, cite_unnumbered_body; index/termgen.c), only for a title that starts
 * with a type's name. Not from the document's terms: over a remote shard
 * those come whole, a message each (a search 15 times slower). */
static void unnumbered_own(const struct idx_record *rec, struct query_reg *own)
{
	if (!rec->own || *rec->own || !query_title_type(rec->title))
		return;
	/* The text is read as far as the type heading's test needs, then
	 * whole only where it names a type: what more of a record's text is
	 * inflated changes none of its fields. */
	struct idx_record *r = (struct idx_record *)rec;
	idx_record_need(r, 0, TEXT_OWN_HEAD_BYTES);
	size_t head = r->text_len < TEXT_OWN_HEAD_BYTES ? r->text_len : TEXT_OWN_HEAD_BYTES;
	if (!r->text || !text_head_type(r->text, head))
		return;
	idx_record_need(r, 0, r->text_len);
	const char *type = text_unnumbered_type(r->text, r->text_len, r->title);
	if (!type)
		return;
	const char *code = cite_unnumbered_body(r->text, r->text_len, type);
	own->type = xstrdup(type);
	own->issuer = code ? xstrdup(cite_issuer_names(code)) : NULL;
	own->date = rec->date && strlen(rec->date) == 10 && !rec->date_inferred ? xstrdup(rec->date)
										 : NULL;
}

/* The mentions query_regs_read reads of rec: *from, *to narrowed; 0 when
 * none is. */
static int regs_range(const struct idx_record *rec, size_t *from, size_t *to)
{
	/* A passage (its bytes read: the excerpt's) without a digit cites
	 * nothing: only the letterhead's line is wanted, the first one, and
	 * none from a text known to have none. A long law's mention lines are
	 * otherwise inflated and read up to its passage. */
	if (*from < *to && *to <= rec->text_len && !has_digit(rec->text, *from, *to))
		*from = *to = 0;
	return !(*from >= *to && rec->own && !*rec->own);
}

struct numbers_ctx {
	char ***v;
	size_t *n;
};

static int add_number(const struct idx_mention *m, void *arg)
{
	struct numbers_ctx *c = arg;
	for (size_t i = 0; i < *c->n; i++)
		if (strcmp((*c->v)[i], m->canonical) == 0)
			return 0;
	*c->v = xrealloc(*c->v, (*c->n + 1) * sizeof **c->v);
	(*c->v)[(*c->n)++] = xstrdup(m->canonical);
	return 0;
}

/* query_int.h */
void query_regs_numbers(idx_db *db, const struct idx_record *rec, size_t from, size_t to,
			char ***v, size_t *n)
{
	if (!regs_range(rec, &from, &to))
		return;
	struct numbers_ctx c = { v, n };
	char *err = NULL;
	/* Not read: query_regs_read reads it again and says why. */
	idx_mentions_each(db, rec->docid, rec->own, from, to, add_number, &c, &err);
	free(err);
}

int query_regs_read(idx_db *db, const struct idx_record *rec, size_t from, size_t to,
		    struct query_card_cache *cache, struct query_regs *out, char **err)
{
	memset(out, 0, sizeof *out);
	unnumbered_own(rec, &out->own);
	if (!regs_range(rec, &from, &to))
		return 0;
	struct query_card_cache local = { 0 };
	struct regs_ctx c = { db, rec, cache ? cache : &local, out, 0, NULL, 0 };
	int rc = idx_mentions_each(db, rec->docid, rec->own, from, to, on_mention, &c, &c.err);
	query_card_cache_release(&local);
	if (rc < 0 || c.failed) {
		query_regs_release(out);
		*err = c.err ? c.err : xasprintf("document %u: its cited numbers cannot be read",
						 rec->docid);
		return -1;
	}
	return 0;
}

void query_regs_release(struct query_regs *r)
{
	if (!r)
		return;
	reg_release(&r->own);
	for (size_t i = 0; i < r->ncites; i++)
		reg_release(&r->cites[i]);
	free(r->cites);
	memset(r, 0, sizeof *r);
}

/* ---- results by status ---------------------------------------------------- */

/* Whether result h's own text stands, as of the filter's day, as it asks. */
static int status_matches(idx_db *db, struct query_card_cache *cache, const struct query_hit *h,
			  const struct query_filters *f, int *match, char **err)
{
	const struct idx_card *cards = NULL;
	size_t n = 0;
	enum query_state state = QUERY_STATE_UNKNOWN;
	if (h->rec.own && *h->rec.own && cards_of(db, cache, h->rec.own, &cards, &n, err) < 0)
		return -1;
	const struct idx_card *c = variant_of(cards, n, h->rec.docid);
	if (c) {
		struct query_standing st;
		/* Its incoming relations are on the card: no evidence read. */
		if (query_card_standing(db, (struct idx_card *)c, f->as_of, 0, 0, &st, err) < 0)
			return -1;
		state = st.state;
		query_standing_release(&st);
	}
	*match = (f->status >> state) & 1u;
	return 0;
}

/* Releases one hit (query_result_release owns the array it frees). */
static void hit_release(struct query_hit *h)
{
	struct query_result one = { .hits = xmalloc(sizeof *h), .n = 1 };
	one.hits[0] = *h;
	query_result_release(&one);
}

int query_search_status(idx_db *db, const struct query *q, const struct query_search_opts *o,
			struct query_result *out, char **err)
{
	if (!q->filters.status)
		return query_search(db, q, o, out, err);
	memset(out, 0, sizeof *out);
	/* On a day given, only a text dated by then can have stood that day
	 * (in force, not yet, ended): the later ones, newest first, filled the
	 * scan and left 'in force on 2015-01-01' with none (h14f). Its date
	 * bounds the matches, unless texts of unknown standing are asked for. */
	struct query dated;
	if (q->filters.as_of[0] && !(q->filters.status & (1u << QUERY_STATE_UNKNOWN)) &&
	    (!q->filters.to[0] || strcmp(q->filters.as_of, q->filters.to) < 0)) {
		dated = *q;
		memcpy(dated.filters.to, q->filters.as_of, sizeof dated.filters.to);
		q = &dated;
	}
	/* First the matches without excerpts, to read their standing; then
	 * the page's span again with them. */
	struct query_search_opts scan = *o;
	scan.offset = 0;
	scan.limit = o->offset + o->limit > QUERY_STATUS_SCAN ? o->offset + o->limit
								: QUERY_STATUS_SCAN;
	/* --count: every match's standing, so the total is the same whatever
	 * the order ("about 71" by relevance, "about 231" newest first and
	 * "about 187" oldest first for `--in-force thuế`, h14f). */
	if (o->count_all && scan.limit < idx_doc_count(db))
		scan.limit = idx_doc_count(db);
	scan.excerpt_chars = 0;
	struct query_result all;
	if (query_search(db, q, &scan, &all, err) < 0)
		return -1;
	struct query_card_cache cache = { 0 };
	size_t *keep = all.n ? xmalloc(all.n * sizeof *keep) : NULL, nkeep = 0;
	int rc = 0;
	for (size_t i = 0; i < all.n && rc == 0; i++) {
		int match = 0;
		rc = status_matches(db, &cache, &all.hits[i], &q->filters, &match, err);
		if (match)
			keep[nkeep++] = i;
	}
	out->total = nkeep;
	out->exact = all.n >= all.total && all.exact;
	query_card_cache_release(&cache);
	query_result_release(&all);
	if (rc < 0 || o->offset >= nkeep || !o->limit) {
		free(keep);
		return rc;
	}
	size_t first = o->offset, last = nkeep - 1;
	if (last - first + 1 > o->limit)
		last = first + o->limit - 1;
	struct query_search_opts page = *o;
	page.offset = keep[first];
	page.limit = keep[last] - keep[first] + 1;
	struct query_result span;
	if (query_search(db, q, &page, &span, err) < 0) {
		free(keep);
		return -1;
	}
	out->hits = xcalloc(last - first + 1, sizeof *out->hits);
	size_t k = first;
	for (size_t j = 0; j < span.n; j++) {
		if (k <= last && page.offset + j == keep[k]) {
			out->hits[out->n] = span.hits[j];
			out->hits[out->n].rank = (unsigned)(k + 1);
			out->n++;
			k++;
		} else {
			hit_release(&span.hits[j]);
		}
	}
	free(span.hits);
	free(keep);
	return 0;
}

/* ---- an inferred year's floor --------------------------------------------- */

struct floor_ctx {
	idx_db *db;
	unsigned docid;
	struct query_card_cache *cache;
	struct text_date latest;
	char *err;
	int failed;
};

/* "YYYY-MM-DD" into d; 0 when s is no full date. */
static int iso_date(const char *s, struct text_date *d)
{
	if (!s || strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d", &d->year, &d->month, &d->day) != 3)
		return 0;
	return d->year > 0 && d->month >= 1 && d->month <= 12 && d->day >= 1 && d->day <= 31;
}

static int floor_mention(const struct idx_mention *m, void *arg)
{
	struct floor_ctx *c = arg;
	const struct idx_card *cards = NULL;
	size_t n = 0;
	if (m->letterhead)
		return 0;
	if (cards_of(c->db, c->cache, m->canonical, &cards, &n, &c->err) < 0) {
		c->failed = 1;
		return 1;
	}
	const struct idx_card *card = variant_of(cards, n, c->docid);
	struct text_date d = { 0 };
	if (card && iso_date(top(card->dates, card->ndates), &d) && text_date_later(&d, &c->latest))
		c->latest = d;
	return 0;
}

int query_date_floor(idx_db *db, struct idx_record *rec, struct query_card_cache *cache,
		     char **err)
{
	struct text_date d = { 0 };
	if (!rec->date_inferred || rec->issue_date || !iso_date(rec->date, &d))
		return 0;
	struct query_card_cache local = { 0 };
	struct floor_ctx c = { db, rec->docid, cache ? cache : &local, { 0, 0, 0, 0 }, NULL, 0 };
	int rc = idx_mentions_each(db, rec->docid, "", 0, (size_t)-1, floor_mention, &c, &c.err);
	query_card_cache_release(&local);
	if (rc < 0 || c.failed) {
		*err = c.err ? c.err : xasprintf("document %u: its cited numbers cannot be read",
						 rec->docid);
		return -1;
	}
	if (c.latest.year && text_date_floor(&d, &c.latest)) {
		free(rec->date);
		rec->date = xmalloc(11);
		text_date_iso(&d, rec->date);
	}
	return 0;
}
