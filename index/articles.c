/* articles.c — a text's articles (Điều) and clauses (khoản) as the record
 * keeps them: bytes and token positions, packed as varints. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "index/articles.h"
#include "index/record.h"
#include "text/text.h"

_Static_assert(IDX_ARTICLE_NUMBER_MAX == TEXT_ARTICLE_NUMBER_MAX, "article numbers");

/* Field layout: varint count, then per article its number and heading
 * (varint length, bytes), start as a delta from the previous article's end,
 * length, heading start and length from its start, first position as a
 * delta from the previous article's last, position count, clause count,
 * and per clause: number, start from the previous clause's start (the
 * article's for the first), length, first position from the previous
 * clause's (the article's), position count. */
/* Then the divisions (Phần / Chương / Mục): varint count, and per division
 * its kind, label and title (varint length, bytes), and its start as a
 * delta from the previous one's. A field without them (written before)
 * ends after the articles. */
/* pos: each article's first position and the one past its last, then
 * each clause's (as text_structure orders them). */
void articles_pack(const struct text_structure *s, const unsigned *pos, struct buf *out)
{
	buf_add_varint(out, s->narticles);
	size_t prev_end = 0;
	unsigned prev_pos = 0;
	for (size_t i = 0; i < s->narticles; i++) {
		const struct text_article *a = &s->articles[i];
		size_t nl = strlen(a->number), hl = strlen(a->heading);
		buf_add_varint(out, nl);
		buf_add(out, a->number, nl);
		buf_add_varint(out, hl);
		buf_add(out, a->heading, hl);
		buf_add_varint(out, a->start - prev_end);
		buf_add_varint(out, a->end - a->start);
		buf_add_varint(out, a->head_start - a->start);
		buf_add_varint(out, a->head_end - a->head_start);
		unsigned ps = pos[2 * i], pe = pos[2 * i + 1];
		buf_add_varint(out, ps - prev_pos);
		buf_add_varint(out, pe - ps);
		buf_add_varint(out, a->nclauses);
		size_t cstart = a->start;
		unsigned cpos = ps;
		for (size_t k = 0; k < a->nclauses; k++) {
			size_t ci = a->first_clause + k;
			const struct text_clause *c = &s->clauses[ci];
			unsigned cs = pos[2 * s->narticles + 2 * ci], ce = pos[2 * s->narticles + 2 * ci + 1];
			buf_add_varint(out, c->number);
			buf_add_varint(out, c->start - cstart);
			buf_add_varint(out, c->end - c->start);
			buf_add_varint(out, cs - cpos);
			buf_add_varint(out, ce - cs);
			cstart = c->start;
			cpos = cs;
		}
		prev_end = a->end;
		prev_pos = pe;
	}
	buf_add_varint(out, s->ndivisions);
	size_t prev_start = 0;
	for (size_t i = 0; i < s->ndivisions; i++) {
		const struct text_division *d = &s->divisions[i];
		size_t ll = strlen(d->label), tl = strlen(d->title);
		buf_add_varint(out, (size_t)d->kind);
		buf_add_varint(out, ll);
		buf_add(out, d->label, ll);
		buf_add_varint(out, tl);
		buf_add(out, d->title, tl);
		buf_add_varint(out, d->start - prev_start);
		prev_start = d->start;
	}
}

/* One division at *p: 0 and its fields (title not copied: *title, *tl
 * point into the field), or -1 when damaged. */
static int division_get(const unsigned char **p, const unsigned char *end, size_t *kind,
			const unsigned char **label, size_t *ll, const unsigned char **title,
			size_t *tl, size_t *delta)
{
	if (varint_get(p, end, kind) < 0 || *kind > TEXT_SECTION || varint_get(p, end, ll) < 0 ||
	    *ll >= sizeof ((struct idx_division *)0)->label || *ll > (size_t)(end - *p))
		return -1;
	*label = *p;
	*p += *ll;
	if (varint_get(p, end, tl) < 0 || *tl > (size_t)(end - *p))
		return -1;
	*title = *p;
	*p += *tl;
	return varint_get(p, end, delta);
}

/* The bytes of a lazy record's articles inflated first for
 * idx_articles_read_before: a few articles; more are inflated as read. */
#define ARTICLES_FIRST 2048

/* idx_articles_read, or (until not SIZE_MAX) the articles starting before
 * until only: the field is read no further than the first starting at or
 * after it, its divisions not at all. */
static int articles_read(const struct idx_record *r, size_t until, struct idx_articles *out)
{
	memset(out, 0, sizeof *out);
	if (!r->articles || !r->articles_len)
		return 0;
	/* A lazy record's articles are inflated as far as they are read:
	 * an article cut short by the bytes ready is read again with more. */
	long ready = idx_record_articles(r, until == SIZE_MAX ? SIZE_MAX : ARTICLES_FIRST);
	if (ready < 0)
		return -1;
	const unsigned char *p = (const unsigned char *)r->articles,
			    *end = p + ready, *all = p + r->articles_len;
	size_t n, prev_end = 0, capc = 0, v[6];
	unsigned prev_pos = 0;
	while (varint_get(&p, end, &n) < 0 || n > r->articles_len) {
		if (end == all || (ready = idx_record_articles(r, 2 * (size_t)ready)) < 0)
			return -1;
		p = (const unsigned char *)r->articles;
		end = p + ready;
	}
	out->a = n ? xcalloc(n, sizeof *out->a) : NULL;
	for (size_t i = 0; i < n; i++) {
		struct idx_article *a = &out->a[i];
		const unsigned char *from = p;
		size_t nl, hl;
		const unsigned char *number, *heading;
		a->first_clause = out->nclauses;
		if (0) {
		more:	/* cut short by the bytes ready, not damaged */
			if (end == all)
				goto bad;
			ready = idx_record_articles(r, 2 * (size_t)ready);
			if (ready < 0)
				goto bad;
			end = (const unsigned char *)r->articles + ready;
			p = from;
			free(a->heading);
			a->heading = NULL;
			out->nclauses = a->first_clause;
		}
		if (varint_get(&p, end, &nl) < 0 || nl > (size_t)(end - p))
			goto more;
		if (nl >= IDX_ARTICLE_NUMBER_MAX)
			goto bad;
		number = p;
		p += nl;
		if (varint_get(&p, end, &hl) < 0 || hl > (size_t)(end - p))
			goto more;
		heading = p;
		p += hl;
		if (varint_get(&p, end, &v[0]) < 0)
			goto more;
		if (prev_end + v[0] >= until)
			return 0; /* a[i] and the rest left unread (zeroed) */
		for (int k = 1; k < 6; k++)
			if (varint_get(&p, end, &v[k]) < 0)
				goto more;
		size_t nc;
		if (varint_get(&p, end, &nc) < 0)
			goto more;
		out->n = i + 1;
		memcpy(a->number, number, nl);
		a->heading = xstrndup((const char *)heading, hl);
		a->start = prev_end + v[0];
		a->end = a->start + v[1];
		a->head_start = a->start + v[2];
		a->head_end = a->head_start + v[3];
		a->pos = prev_pos + (unsigned)v[4];
		a->pos_end = a->pos + (unsigned)v[5];
		if (a->end > r->text_len || a->head_end > a->end)
			goto bad;
		if (nc > (size_t)(all - p))
			goto bad;
		a->nclauses = nc;
		size_t cstart = a->start;
		unsigned cpos = a->pos;
		for (size_t k = 0; k < nc; k++) {
			for (int j = 0; j < 5; j++)
				if (varint_get(&p, end, &v[j]) < 0)
					goto more;
			if (out->nclauses == capc) {
				capc = capc ? 2 * capc : 16;
				out->clauses = xrealloc(out->clauses, capc * sizeof *out->clauses);
			}
			struct idx_clause *c = &out->clauses[out->nclauses++];
			c->number = (unsigned)v[0];
			c->start = cstart + v[1];
			c->end = c->start + v[2];
			c->pos = cpos + (unsigned)v[3];
			c->pos_end = c->pos + (unsigned)v[4];
			if (c->end > a->end)
				goto bad;
			cstart = c->start;
			cpos = c->pos;
		}
		prev_end = a->end;
		prev_pos = a->pos_end;
	}
	if (until != SIZE_MAX)
		return 0;
	if (p < end) { /* the divisions, checked here, read by idx_divisions_read */
		size_t nd, start = 0, kind, ll, tl, delta;
		const unsigned char *label, *title;
		out->divisions_at = (size_t)(p - (const unsigned char *)r->articles);
		if (varint_get(&p, end, &nd) < 0 || nd > (size_t)(end - p))
			goto bad;
		for (size_t i = 0; i < nd; i++) {
			if (division_get(&p, end, &kind, &label, &ll, &title, &tl, &delta) < 0)
				goto bad;
			start += delta;
			if (start > r->text_len)
				goto bad;
		}
		out->has_divisions = 1;
		out->ndivisions = nd;
	}
	return p == end ? 0 : (idx_articles_release(out), -1);
bad:
	idx_articles_release(out);
	return -1;
}

int idx_articles_read(const struct idx_record *r, struct idx_articles *out)
{
	return articles_read(r, SIZE_MAX, out);
}

int idx_articles_read_before(const struct idx_record *r, size_t until, struct idx_articles *out)
{
	return articles_read(r, until == SIZE_MAX ? SIZE_MAX - 1 : until, out);
}

size_t idx_divisions_read(const struct idx_record *r, const struct idx_articles *as,
			  struct idx_division **out)
{
	*out = NULL;
	if (!as->has_divisions || !as->ndivisions)
		return 0;
	const unsigned char *p = (const unsigned char *)r->articles + as->divisions_at,
			    *end = (const unsigned char *)r->articles + r->articles_len;
	size_t nd, start = 0, kind, ll, tl, delta;
	const unsigned char *label, *title;
	if (varint_get(&p, end, &nd) < 0 || nd != as->ndivisions)
		return 0;
	*out = xcalloc(nd, sizeof **out);
	for (size_t i = 0; i < nd; i++) {
		/* Checked by idx_articles_read: it cannot fail here. */
		if (division_get(&p, end, &kind, &label, &ll, &title, &tl, &delta) < 0) {
			idx_divisions_release(*out, i);
			*out = NULL;
			return 0;
		}
		struct idx_division *d = &(*out)[i];
		start += delta;
		d->kind = (int)kind;
		memcpy(d->label, label, ll);
		d->label[ll] = '\0';
		d->title = xstrndup((const char *)title, tl);
		d->start = start;
	}
	return nd;
}

void idx_divisions_release(struct idx_division *d, size_t n)
{
	for (size_t i = 0; d && i < n; i++)
		free(d[i].title);
	free(d);
}

void idx_articles_release(struct idx_articles *as)
{
	if (!as)
		return;
	for (size_t i = 0; i < as->n; i++)
		free(as->a[i].heading);
	free(as->a);
	free(as->clauses);
	memset(as, 0, sizeof *as);
}

const struct idx_article *idx_article_at(const struct idx_articles *as, size_t off)
{
	size_t lo = 0, hi = as->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (as->a[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < as->n && as->a[lo].start <= off ? &as->a[lo] : NULL;
}

const struct idx_clause *idx_clause_at(const struct idx_articles *as, const struct idx_article *a,
				       size_t off)
{
	for (size_t k = 0; a && k < a->nclauses; k++) {
		const struct idx_clause *c = &as->clauses[a->first_clause + k];
		if (c->start <= off && off < c->end)
			return c;
	}
	return NULL;
}

const struct idx_article *idx_article_find(const struct idx_articles *as, const char *number)
{
	for (size_t i = 0; i < as->n; i++)
		if (strcmp(as->a[i].number, number) == 0)
			return &as->a[i];
	return NULL;
}
