/* excerpt.c — the passage of a document that best shows why it matched,
 * with the matched words marked; offsets point at composed (NFC) text. */
#include "query/query.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"

#define MAX_QWORDS 64

struct leaf {
	const struct qword *w;
	size_t exact_len, folded_len;
	unsigned group;   /* phrase or single word it belongs to */
	unsigned in_group;
	unsigned group_len;
};

struct tok {
	size_t start, end;
	uint64_t exact;  /* bit i: the token is leaf i's word, tones and all */
	uint64_t match;  /* bit i: … or its folded form, where that counts */
	int hit;        /* part of a full match of some group */
	unsigned group;
	int place;      /* 1 + index of the cited number it is part of, or 0 */
};

struct collect {
	struct leaf *leaves;
	size_t nleaves;
	struct tok *v;
	size_t n, cap;
};

static void collect_leaves(const struct qnode *n, int negated, struct collect *c, unsigned *group)
{
	if (n->kind == QN_NOT) {
		collect_leaves(n->kids[0], !negated, c, group);
		return;
	}
	if (n->kind != QN_WORDS) {
		for (size_t i = 0; i < n->nkids; i++)
			collect_leaves(n->kids[i], negated, c, group);
		return;
	}
	if (negated || c->nleaves + n->nwords > MAX_QWORDS)
		return;
	for (size_t i = 0; i < n->nwords; i++) {
		struct leaf *l = &c->leaves[c->nleaves++];
		l->w = &n->words[i];
		l->exact_len = strlen(l->w->exact);
		l->folded_len = strlen(l->w->folded);
		l->group = *group;
		l->in_group = (unsigned)i;
		l->group_len = (unsigned)n->nwords;
	}
	(*group)++;
}

static int collect_token(const struct text_token *t, void *arg)
{
	struct collect *c = arg;
	uint64_t e = 0, m = 0;
	for (size_t i = 0; i < c->nleaves; i++) {
		const struct leaf *l = &c->leaves[i];
		if (t->exact_len == l->exact_len && memcmp(t->exact, l->w->exact, l->exact_len) == 0)
			e |= (uint64_t)1 << i;
		else if (t->folded_len == l->folded_len &&
			 memcmp(t->folded, l->w->folded, l->folded_len) == 0)
			m |= (uint64_t)1 << i;
	}
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 256;
		c->v = xrealloc(c->v, c->cap * sizeof *c->v);
	}
	c->v[c->n++] = (struct tok){ t->start, t->end, e, m, 0, 0, 0 };
	return 0;
}

/* Marks the tokens that form a whole match of a group: a single word, or
 * every word of a phrase in order. Folded matches count for words typed
 * without marks, and for marked words the document only has folded. */
static void mark_hits(struct collect *c, int accented)
{
	uint64_t has_exact = 0;
	for (size_t t = 0; t < c->n; t++)
		has_exact |= c->v[t].exact;
	uint64_t fold_ok = accented ? ~has_exact : ~(uint64_t)0;
	for (size_t t = 0; t < c->n; t++)
		c->v[t].match = c->v[t].exact | (c->v[t].match & fold_ok);

	for (size_t li = 0; li < c->nleaves; li++) {
		const struct leaf *l = &c->leaves[li];
		if (l->in_group != 0)
			continue;
		for (size_t t = 0; t + l->group_len <= c->n; t++) {
			size_t k = 0;
			while (k < l->group_len && (c->v[t + k].match >> (li + k) & 1))
				k++;
			if (k < l->group_len)
				continue;
			for (k = 0; k < l->group_len; k++) {
				c->v[t + k].hit = 1;
				c->v[t + k].group = l->group;
			}
		}
	}
}

/* Appends text[a..b) with every run of white space folded to one space. */
static void add_gap(struct buf *out, const char *s, size_t len)
{
	int space = 0;
	struct buf tmp = BUF_INIT;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
			space = 1;
			continue;
		}
		if (space && (tmp.len || out->len))
			buf_addc(&tmp, ' ');
		space = 0;
		buf_addc(&tmp, (char)c);
	}
	if (space && (tmp.len || out->len))
		buf_addc(&tmp, ' ');
	if (tmp.len && text_nfc(tmp.p, tmp.len, out) < 0)
		buf_add(out, tmp.p, tmp.len);
	buf_release(&tmp);
}

/* Tokens inside a cited number count as one more matched group. */
static void mark_places(struct collect *c, unsigned group, const struct idx_cite_place *places,
			size_t nplaces)
{
	for (size_t t = 0; t < c->n; t++) {
		for (size_t i = 0; i < nplaces; i++) {
			if (c->v[t].start >= places[i].start && c->v[t].end <= places[i].end) {
				c->v[t].hit = 1;
				c->v[t].group = group;
				c->v[t].place = (int)i + 1;
			}
		}
	}
}

void excerpt_make(const struct query *q, const char *text, size_t len, size_t max_chars,
		  const struct idx_cite_place *places, size_t nplaces, struct excerpt *out)
{
	memset(out, 0, sizeof *out);
	struct leaf leaves[MAX_QWORDS];
	struct collect c = { leaves, 0, NULL, 0, 0 };
	unsigned groups = 0;
	if (q->root)
		collect_leaves(q->root, 0, &c, &groups);

	struct text_tokeniser *tz = text_tokeniser_new();
	text_tokenise(tz, text, len, 0, collect_token, &c);
	text_tokeniser_free(tz);
	mark_hits(&c, q->accented);
	mark_places(&c, groups, places, nplaces);

	/* Budget in bytes: Vietnamese runs about 1.3 bytes a character. */
	size_t budget = max_chars * 13 / 10;
	size_t best_first = 0, best_last = 0;
	long best_score = -1;
	uint64_t seen;
	for (size_t i = 0; i < c.n; i++) {
		if (!c.v[i].hit)
			continue;
		seen = 0;
		long score = 0;
		size_t last = i;
		for (size_t j = i; j < c.n && c.v[j].end - c.v[i].start <= budget; j++) {
			if (!c.v[j].hit)
				continue;
			if (!(seen >> (c.v[j].group % 64) & 1))
				score += 100;
			/* Query words side by side read better than scattered ones. */
			if (j > i && c.v[j - 1].hit && c.v[j - 1].group != c.v[j].group)
				score += 20;
			seen |= (uint64_t)1 << (c.v[j].group % 64);
			score++;
			last = j;
		}
		if (score > best_score) {
			best_score = score;
			best_first = i;
			best_last = last;
		}
	}

	/* The window: some context before the first hit, then fill the budget. */
	size_t first = 0, last = c.n ? c.n - 1 : 0;
	if (best_score >= 0) {
		size_t span = c.v[best_last].end - c.v[best_first].start;
		size_t before = span < budget ? (budget - span) / 3 : 0;
		first = best_first;
		while (first > 0 && c.v[best_first].start - c.v[first - 1].start <= before)
			first--;
	}
	last = first;
	while (last + 1 < c.n && c.v[last + 1].end - c.v[first].start <= budget)
		last++;

	struct buf b = BUF_INIT;
	struct excerpt_mark *marks = NULL;
	size_t nmarks = 0;
	if (c.n == 0) {
		/* No words at all: show the start of the text as it is. */
		size_t n = len < budget ? len : budget;
		while (n < len && ((unsigned char)text[n] & 0xC0) == 0x80)
			n++;
		add_gap(&b, text, n);
	} else {
		if (first > 0)
			buf_adds(&b, "… ");
		size_t pos = c.v[first].start;
		for (size_t i = first; i <= last; i++) {
			if (i > first)
				add_gap(&b, text + pos, c.v[i].start - pos);
			size_t mstart = b.len;
			if (text_nfc(text + c.v[i].start, c.v[i].end - c.v[i].start, &b) < 0)
				buf_add(&b, text + c.v[i].start, c.v[i].end - c.v[i].start);
			if (c.v[i].hit) {
				/* Matched words separated by one space share a mark, and
				 * so do the parts of one cited number ("57- QĐ/TW"). */
				int same_number = c.v[i].place && c.v[i].place == c.v[i - 1].place;
				if (nmarks && i > first && c.v[i - 1].hit && marks[nmarks - 1].end <= mstart &&
				    (same_number || (marks[nmarks - 1].end + 1 == mstart &&
						     b.p[mstart - 1] == ' ' && c.v[i].start - c.v[i - 1].end == 1))) {
					marks[nmarks - 1].end = b.len;
				} else {
					marks = xrealloc(marks, (nmarks + 1) * sizeof *marks);
					marks[nmarks++] = (struct excerpt_mark){ mstart, b.len };
				}
			}
			pos = c.v[i].end;
		}
		/* Keep closing punctuation right after the last word. */
		size_t tail = pos;
		while (tail < len && tail - pos < 4 && text[tail] && strchr(".,;:!?)\"", text[tail]))
			tail++;
		buf_add(&b, text + pos, tail - pos);
		if (last + 1 < c.n)
			buf_adds(&b, " …");
	}
	out->source_start = c.n ? c.v[first].start : 0;
	free(c.v);
	out->text = buf_detach(&b, NULL);
	out->marks = marks;
	out->nmarks = nmarks;
}

void excerpt_release(struct excerpt *e)
{
	if (!e)
		return;
	free(e->text);
	free(e->marks);
	memset(e, 0, sizeof *e);
}
