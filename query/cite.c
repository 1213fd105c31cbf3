/* cite.c — document numbers in queries: resolving what a typed number
 * means, and the documents that cite it. */
#include "query/query_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "index/schema.h"

/* ---- what a typed number means ----------------------------------------- */

static int card_exists(idx_db *db, const char *canonical, char **err)
{
	struct idx_card *c;
	size_t n;
	int rc = idx_cards_get(db, canonical, &c, &n, err);
	idx_cards_release(c, n);
	return rc;
}

/* Fills c->canonicals (and c->short_key for references by type and number). */
static int resolve_one(idx_db *db, struct query_cite *c, char **err)
{
	const struct cite_number *num = &c->num;
	char **cands = NULL;
	size_t n = 0;
	if (num->kind == CITE_SHORT) {
		const char *name = num->type_name ? num->type_name : cite_type_name(num->type, CITE_QPPL);
		struct buf key = BUF_INIT;
		cite_short_key(name ? name : num->type, num->number, num->year, &key);
		c->short_key = buf_detach(&key, NULL);
		if (idx_card_candidates(db, META_SHORT, c->short_key, &cands, &n, err) < 0)
			return -1;
		/* QĐ is read as Quy định in Party usage, and a Bộ luật is a law
		 * ("Luật 45" may mean Bộ luật Lao động 45/2019/QH14): try that name too. */
		const char *party = num->type[0] ? cite_type_name(num->type, CITE_PARTY)
						 : name && strcmp(name, "Luật") == 0 ? "Bộ luật" : NULL;
		if (party && (!name || strcmp(party, name) != 0)) {
			char **more = NULL;
			size_t m = 0;
			struct buf k2 = BUF_INIT;
			cite_short_key(party, num->number, num->year, &k2);
			int rc = idx_card_candidates(db, META_SHORT, k2.p, &more, &m, err);
			buf_release(&k2);
			if (rc < 0)
				return -1;
			cands = xrealloc(cands, (n + m + 1) * sizeof *cands);
			memcpy(cands + n, more, m * sizeof *more);
			n += m;
			free(more);
		}
	} else {
		int rc = card_exists(db, num->canonical, err);
		if (rc < 0)
			return -1;
		if (rc == 0) {
			cands = xmalloc(sizeof *cands);
			cands[n++] = xstrdup(num->canonical);
		} else {
			/* Not indexed as typed: its leading-zero twins and the
			 * spellings of its marks and case, if any; an index written
			 * before the key lost them keeps them in its keys. */
			struct buf loose = BUF_INIT;
			cite_loose_key(num->canonical, num->number, &loose);
			rc = idx_card_candidates(db, META_LOOSE, loose.p, &cands, &n, err);
			buf_reset(&loose);
			size_t zeros = 0;
			while (num->number[zeros] == '0' && num->number[zeros + 1])
				zeros++;
			buf_adds(&loose, num->canonical + zeros);
			char **old = NULL;
			size_t nold = 0;
			if (rc == 0)
				rc = idx_card_candidates(db, META_LOOSE, loose.p, &old, &nold, err);
			buf_release(&loose);
			if (rc < 0) {
				for (size_t i = 0; i < n; i++)
					free(cands[i]);
				free(cands);
				return -1;
			}
			cands = xrealloc(cands, (n + nold + 1) * sizeof *cands);
			memcpy(cands + n, old, nold * sizeof *old);
			n += nold;
			free(old);
		}
	}
	/* Keep only numbers the registry still holds, each once. */
	for (size_t i = 0; i < n; i++) {
		int dup = 0;
		for (size_t j = 0; j < c->ncanonicals; j++)
			dup |= strcmp(c->canonicals[j], cands[i]) == 0;
		int rc = dup ? 1 : card_exists(db, cands[i], err);
		if (rc < 0) {
			for (; i < n; i++)
				free(cands[i]);
			free(cands);
			return -1;
		}
		if (rc == 0) {
			c->canonicals = xrealloc(c->canonicals, (c->ncanonicals + 1) * sizeof *c->canonicals);
			c->canonicals[c->ncanonicals++] = cands[i];
		} else {
			free(cands[i]);
		}
	}
	free(cands);
	return 0;
}

/* A word in more than this share of the documents says little on its own. */
#define COMMON_SHARE 0.4

static void mark_common(idx_db *db, struct query_node *n, unsigned long long docs)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->nkids; i++)
		mark_common(db, n->kids[i], docs);
	if (n->kind != QN_WORDS || n->nwords != 1)
		return;
	struct query_word *w = &n->words[0];
	struct buf t = BUF_INIT;
	buf_adds(&t, PREFIX_FOLDED);
	buf_adds(&t, w->folded);
	/* Documents with the word in any spelling of its marks. */
	unsigned long long df = idx_term_freq(db, t.p, t.len);
	buf_release(&t);
	w->common = docs > 20 && (double)df > COMMON_SHARE * (double)docs;
}

int query_resolve(idx_db *db, struct query *q, char **err)
{
	for (size_t i = 0; i < q->ncites; i++) {
		struct query_cite *c = &q->cites[i];
		if (resolve_one(db, c, err) < 0)
			return -1;
		/* A number nothing cites only adds evidence to a long query
		 * (build.c, ranked_query). */
		c->cited = c->ncanonicals > 0;
		if (!c->cited && c->short_key) {
			struct buf t = BUF_INIT;
			buf_adds(&t, PREFIX_SHORT);
			buf_adds(&t, c->short_key);
			c->cited = idx_term_freq(db, t.p, t.len) > 0;
			buf_release(&t);
		}
	}
	mark_common(db, q->root, idx_doc_count(db));
	return 0;
}

int query_cite_lookup(idx_db *db, const char *s, struct query_cite *out,
		      struct idx_card **cards, size_t *n, char **err)
{
	memset(out, 0, sizeof *out);
	*cards = NULL;
	*n = 0;
	if (!cite_parse_typed(s, strlen(s), &out->num))
		return 0;
	out->typed = xstrdup(s);
	if (resolve_one(db, out, err) < 0)
		return -1;
	for (size_t i = 0; i < out->ncanonicals; i++) {
		struct idx_card *more;
		size_t m;
		int rc = idx_cards_get(db, out->canonicals[i], &more, &m, err);
		if (rc < 0) {
			idx_cards_release(*cards, *n);
			*cards = NULL;
			*n = 0;
			return -1;
		}
		*cards = xrealloc(*cards, (*n + m + 1) * sizeof **cards);
		memcpy(*cards + *n, more, m * sizeof *more);
		*n += m;
		free(more);
	}
	return 1;
}

/* ---- the documents that cite a number ----------------------------------- */

/* Bytes of a sentence kept on each side of the number. */
#define SENTENCE_SIDE 300

static int is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
}

/* Where a sentence longer than SENTENCE_SIDE before the number may start:
 * after the first clause mark (';', ':', ',') in the window's far half, else
 * at its first word; never inside a word. */
static size_t cut_before(const char *t, size_t s, size_t at)
{
	size_t from = at - SENTENCE_SIDE;
	static const char marks[] = ";:,";
	/* A mark counts when it keeps at least half the window. */
	for (const char *m = marks; *m; m++)
		for (size_t i = from; i + 1 < at - SENTENCE_SIDE / 2; i++)
			if (t[i] == *m && is_space(t[i + 1]))
				return i + 1;
	for (size_t i = from; i < at; i++)
		if (is_space(t[i]) && i > s)
			return i;
	return at;
}

/* Where one longer than SENTENCE_SIDE after the number may end: after the
 * last clause mark in the window, else at the end of its last word. */
static size_t cut_after(const char *t, size_t e, size_t at)
{
	size_t to = at + SENTENCE_SIDE;
	static const char marks[] = ";:,";
	for (const char *m = marks; *m; m++)
		for (size_t i = to; i > at + SENTENCE_SIDE / 2; i--)
			if (t[i - 1] == *m && i < e && is_space(t[i]))
				return i;
	for (size_t i = to; i > at; i--)
		if (is_space(t[i]))
			return i;
	return at;
}

/* Markdown in the stored text of a saved page: emphasis ("**", "__"),
 * escapes ("57\\-NQ/TW"), heading marks and table pipes. Returns the bytes
 * of t[i..end) to leave out (0: keep t[i]); *space: put a space instead. */
static size_t markup_at(const char *t, size_t i, size_t end, int *space)
{
	*space = 0;
	char c = t[i];
	if (c == '\\' && i + 1 < end && strchr("-*_.#|()[]`>+!\\/", t[i + 1]))
		return 1;
	if ((c == '*' || c == '_') && i + 1 < end && t[i + 1] == c) {
		size_t n = 2;
		while (i + n < end && t[i + n] == c)
			n++;
		return n;
	}
	/* A lone '*' opening or closing emphasis, next to a space or a stop. */
	if (c == '*' && (i + 1 >= end || i == 0 || is_space(t[i + 1]) || is_space(t[i - 1]) ||
			 strchr(";,.:", t[i - 1])))
		return 1;
	if (c == '|' || (c == '#' && (i == 0 || is_space(t[i - 1])))) {
		*space = 1;
		return 1;
	}
	return 0;
}

/* The sentence around a mention, one line, NFC, with the number marked:
 * cut at a clause or a word when long (and "…" says so), without the
 * Markdown of saved pages. */
static void sentence_of(const struct idx_record *r, const struct idx_cite_place *p,
			struct query_cite_doc *d)
{
	size_t s = p->sent_start, e = p->sent_end;
	if (e > r->text_len || s > e || p->start < s || p->end > e) {
		d->sentence = xstrdup("");
		return;
	}
	int cut_s = 0, cut_e = 0;
	/* Very long "sentences" (tables, lists) are cut around the number. */
	if (p->start - s > SENTENCE_SIDE) {
		s = cut_before(r->text, s, p->start);
		cut_s = 1;
	}
	if (e - p->end > SENTENCE_SIDE) {
		e = cut_after(r->text, e, p->end);
		cut_e = 1;
	}
	struct buf b = BUF_INIT;
	if (cut_s)
		buf_adds(&b, "… ");
	const char *t = r->text;
	size_t parts[3][2] = { { s, p->start }, { p->start, p->end }, { p->end, e } };
	for (int i = 0; i < 3; i++) {
		if (i == 1)
			d->mark.start = b.len;
		struct buf raw = BUF_INIT;
		size_t lim = parts[i][1];
		for (size_t k = parts[i][0]; k < lim; k++) {
			char ch = t[k];
			int space;
			size_t skip = markup_at(t, k, lim, &space);
			if (skip) {
				k += skip - 1;
				if (!space)
					continue;
				ch = ' ';
			}
			/* Line breaks and other controls (text_control_len). */
			size_t n = text_control_len(t + k, lim - k);
			if (n) {
				ch = ' ';
				k += n - 1;
			}
			if (ch == ' ' && ((raw.len && raw.p[raw.len - 1] == ' ') ||
					  (!raw.len && (b.len == 0 || b.p[b.len - 1] == ' '))))
				continue;
			buf_addc(&raw, ch);
		}
		if (i == 1)
			while (raw.len && raw.p[raw.len - 1] == ' ')
				raw.p[--raw.len] = '\0';
		if (raw.len && text_nfc(raw.p, raw.len, &b) < 0)
			buf_add(&b, raw.p, raw.len);
		buf_release(&raw);
		if (i == 1)
			d->mark.end = b.len;
	}
	while (b.len && b.p[b.len - 1] == ' ')
		b.p[--b.len] = '\0';
	if (cut_e)
		buf_adds(&b, " …");
	d->sentence = buf_detach(&b, NULL);
}

struct dated {
	unsigned docid;
	char date[11];
};

/* Newest first; undated last; then the later-added first. */
static int cmp_dated(const void *a, const void *b)
{
	const struct dated *x = a, *y = b;
	int c = strcmp(y->date, x->date);
	if (c)
		return c;
	return x->docid < y->docid ? 1 : x->docid > y->docid ? -1 : 0;
}

int query_cite_documents(idx_db *db, const struct idx_card *card, size_t offset, size_t limit,
			 struct query_cite_doc **docs, size_t *n, unsigned long long *total,
			 char **err)
{
	*docs = NULL;
	*n = 0;
	*total = card->ndocids;
	struct dated *d = card->ndocids ? xcalloc(card->ndocids, sizeof *d) : NULL;
	for (size_t i = 0; i < card->ndocids; i++) {
		char *v;
		size_t len;
		d[i].docid = card->docids[i];
		if (idx_get_value(db, d[i].docid, SLOT_DATE, &v, &len, err) < 0) {
			free(d);
			return -1;
		}
		if (v && len == 10)
			memcpy(d[i].date, v, 11);
		free(v);
	}
	if (card->ndocids)
		qsort(d, card->ndocids, sizeof *d, cmp_dated);
	size_t end = offset + limit < card->ndocids ? offset + limit : card->ndocids;
	*docs = end > offset ? xcalloc(end - offset, sizeof **docs) : NULL;
	for (size_t i = offset; i < end; i++) {
		struct query_cite_doc *c = &(*docs)[*n];
		char *e = NULL;
		int rc = idx_get(db, d[i].docid, &c->rec, &e);
		if (rc < 0) {
			*err = e;
			free(d);
			query_cite_documents_release(*docs, *n);
			*docs = NULL;
			*n = 0;
			return -1;
		}
		if (rc > 0)
			continue; /* removed since the registry was written */
		struct idx_cite_place p;
		if (idx_cite_places(db, c->rec.docid, card->canonical, &p, 1) == 1)
			sentence_of(&c->rec, &p, c);
		else
			c->sentence = xstrdup(""); /* cited in the title only */
		(*n)++;
	}
	free(d);
	return 0;
}

void query_cite_documents_release(struct query_cite_doc *docs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		idx_record_release(&docs[i].rec);
		free(docs[i].sentence);
	}
	free(docs);
}
