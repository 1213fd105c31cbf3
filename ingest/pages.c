/* pages.c — running heads and page numbers of paged text: a page number alone on its line, and the lines printed beside one on page after page. */
#include "ingest/ingest_int.h"

#include <stdlib.h>
#include <string.h>

#include "text/text.h"

/* A head longer than this is a line of text. */
#define HEAD_MAX_BYTES 120
/* A page holds at least this many lines (non-blank ones, the head
 * included) and at most the other: a line repeated closer than that is a
 * table's or a form's; a page number going up by one over more lines is
 * a table's row number. */
#define PAGE_MIN_LINES 12
#define PAGE_MAX_LINES 200
/* Page numbers beside successive heads go up by at most this much: by 1,
 * by 2 when even and odd pages wear different heads, more when a page
 * without text (a table, a picture) lost its head. */
#define PAGE_STEP_MAX 3

static int blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static int digit(char c)
{
	return c >= '0' && c <= '9';
}

/* s[*i..) starts with word (ASCII), then a space or the end. */
static int skip_word(const char *s, size_t len, size_t *i, const char *word)
{
	size_t n = strlen(word);
	if (len - *i < n || memcmp(s + *i, word, n) != 0)
		return 0;
	*i += n;
	while (*i < len && blank((unsigned char)s[*i]))
		(*i)++;
	return 1;
}

static int skip_dash(const char *s, size_t len, size_t *i)
{
	if (*i < len && s[*i] == '-')
		(*i)++;
	else if (len - *i >= 3 && memcmp(s + *i, "\xE2\x80\x93", 3) == 0) /* "–" */
		*i += 3;
	else
		return 0;
	while (*i < len && blank((unsigned char)s[*i]))
		(*i)++;
	return 1;
}

int ingest_page_number(const char *s, size_t len, long *page)
{
	size_t i = 0;
	while (i < len && blank((unsigned char)s[i]))
		i++;
	while (len > i && blank((unsigned char)s[len - 1]))
		len--;
	int dash = skip_dash(s, len, &i);
	if (!dash && !skip_word(s, len, &i, "Trang"))
		if (!skip_word(s, len, &i, "trang"))
			skip_word(s, len, &i, "Page");
	size_t d = i;
	long n = 0;
	while (i < len && digit(s[i]) && i - d < 5)
		n = n * 10 + (s[i++] - '0');
	if (i == d)
		return 0;
	while (i < len && blank((unsigned char)s[i]))
		i++;
	if (dash && !skip_dash(s, len, &i))
		return 0;
	if (!dash && i < len && s[i] == '/') { /* "12/40" */
		i++;
		while (i < len && blank((unsigned char)s[i]))
			i++;
		size_t e = i;
		while (i < len && digit(s[i]))
			i++;
		if (i == e)
			return 0;
	}
	if (i != len)
		return 0;
	if (page)
		*page = n;
	return 1;
}

struct line {
	size_t start, end;  /* the line, its newline excluded */
	size_t a, b;        /* without the blanks around it */
	long page;          /* the page number it holds, or -1 */
	char *key;          /* a head's text, blanks collapsed; NULL if it cannot be one */
	int drop;
	int page_break;     /* holds a form feed: where a PDF's page starts, kept */
};

static char *head_key(const char *s, size_t a, size_t b)
{
	if (b - a > HEAD_MAX_BYTES || !text_has_letter(s + a, b - a))
		return NULL;
	int has_digit = 0;
	for (size_t i = a; i < b && !has_digit; i++)
		has_digit = digit(s[i]);
	/* The gazette's issue number and date: a head without a number is
	 * a heading or a table's column, repeated for what it says. */
	if (!has_digit)
		return NULL;
	struct buf k = BUF_INIT;
	for (size_t i = a; i < b; i++) {
		if (blank((unsigned char)s[i])) {
			if (k.len && k.p[k.len - 1] != ' ')
				buf_addc(&k, ' ');
			continue;
		}
		buf_addc(&k, s[i]);
	}
	return buf_detach(&k, NULL);
}

struct occurrence {
	const char *key;
	size_t line;  /* index among the non-blank lines */
	long page;    /* the page number found beside it, or -1 */
	size_t at;    /* that number's line */
};

static int by_key(const void *x, const void *y)
{
	const struct occurrence *p = x, *q = y;
	int c = strcmp(p->key, q->key);
	return c ? c : (p->line > q->line) - (p->line < q->line);
}

/* One line repeated: its occurrences o[0..n), and how many times the page
 * number beside one goes up from the one before, a page's lines apart. */
struct family {
	struct occurrence *o;
	size_t n, rising;
};

/* Reads the page beside each occurrence of f: of the numbers on the lines
 * just before and after it, the one that goes on from the page before (a
 * table's row number may stand on the other side). */
static void read_pages(struct family *f, struct line **nb, size_t nnb)
{
	long last = -1;
	size_t last_line = 0, last_k = 0; /* the occurrence last was read beside */
	f->rising = 0;
	for (size_t k = 0; k < f->n; k++) {
		struct occurrence *o = &f->o[k];
		o->page = -1;
		long cand[2];
		size_t cand_at[2], nc = 0;
		if (o->line > 0 && nb[o->line - 1]->page >= 0) {
			cand[nc] = nb[o->line - 1]->page;
			cand_at[nc++] = o->line - 1;
		}
		if (o->line + 1 < nnb && nb[o->line + 1]->page >= 0) {
			cand[nc] = nb[o->line + 1]->page;
			cand_at[nc++] = o->line + 1;
		}
		size_t fit = nc;
		for (size_t c = 0; c < nc && fit == nc; c++) {
			long step = cand[c] - last;
			size_t lines = o->line - last_line;
			if (k > 0 && last >= 0 && step > 0 && step <= PAGE_STEP_MAX && lines >= PAGE_MIN_LINES &&
			    lines <= PAGE_MAX_LINES * (size_t)step)
				fit = c;
		}
		if (fit < nc) {
			if (!f->rising)
				f->o[last_k].page = -2; /* where the run starts: a page number too */
			f->rising++;
			o->page = cand[fit];
			o->at = cand_at[fit];
			last = cand[fit];
			last_line = o->line;
			last_k = k;
		} else if (nc) {
			/* No page goes on here: the smallest number past the last
			 * is the best guess at this page. */
			size_t pick = 0;
			for (size_t c = 1; c < nc; c++)
				if ((cand[c] > last && (cand[pick] <= last || cand[c] < cand[pick])))
					pick = c;
			last = cand[pick];
			o->at = cand_at[pick];
			last_line = o->line;
			last_k = k;
		}
	}
	for (size_t k = 0; k < f->n; k++)
		if (f->o[k].page == -2)
			f->o[k].page = nb[f->o[k].at]->page;
}

static int is_head(const struct family *f)
{
	return f->n >= 3 && f->rising >= 2 && 2 * (f->rising + 1) >= f->n;
}

/* Do the pages read beside g's occurrences fit between those of best, the
 * text's main head, line for line? A repeated cell of a table, whose row
 * numbers start over, does not. */
static int fits(const struct family *g, const struct family *best)
{
	for (size_t k = 0; k < g->n; k++) {
		const struct occurrence *o = &g->o[k];
		if (o->page < 0)
			continue;
		long before = -1, after = -1;
		for (size_t b = 0; b < best->n; b++) {
			const struct occurrence *m = &best->o[b];
			if (m->page < 0)
				continue;
			if (m->line < o->line)
				before = m->page;
			else if (after < 0)
				after = m->page;
		}
		if ((before >= 0 && o->page <= before) || (after >= 0 && o->page >= after))
			return 0;
	}
	return 1;
}

static void drop_family(const struct family *f, struct line **nb)
{
	for (size_t k = 0; k < f->n; k++) {
		nb[f->o[k].line]->drop = 1;
		if (f->o[k].page >= 0)
			nb[f->o[k].at]->drop = 1;
	}
}

/* The line at s[start..end): its bounds, its page number or head key. */
static void read_line(const char *s, size_t start, size_t end, struct line *l, size_t *nheads)
{
	memset(l, 0, sizeof *l);
	l->start = l->a = start;
	l->end = l->b = end;
	while (l->a < l->b && blank((unsigned char)s[l->a]))
		l->a++;
	while (l->b > l->a && blank((unsigned char)s[l->b - 1]))
		l->b--;
	l->page_break = memchr(s + start, '\f', end - start) != NULL;
	if (l->a < l->b && ingest_page_number(s + l->a, l->b - l->a, &l->page))
		return;
	l->page = -1;
	if (l->a < l->b && (l->key = head_key(s, l->a, l->b)) != NULL)
		(*nheads)++;
}

size_t ingest_drop_running_heads(char *s, size_t len)
{
	/* One line more than the text has newlines. */
	size_t n = 1, nheads = 0;
	for (const char *p = s; (p = memchr(p, '\n', len - (size_t)(p - s))) != NULL; p++)
		n++;
	struct line *v = xmalloc(n * sizeof *v);
	for (size_t k = 0, start = 0; k < n; k++) {
		const char *nl = k + 1 < n ? memchr(s + start, '\n', len - start) : NULL;
		size_t end = nl ? (size_t)(nl - s) : len;
		read_line(s, start, end, &v[k], &nheads);
		start = end + 1;
	}

	size_t w = len;
	if (nheads >= 3) {
		struct line **nb = xmalloc(n * sizeof *nb);
		struct occurrence *o = xmalloc(nheads * sizeof *o);
		size_t nnb = 0, no = 0;
		for (size_t i = 0; i < n; i++) {
			if (v[i].a == v[i].b)
				continue;
			if (v[i].key)
				o[no++] = (struct occurrence){ v[i].key, nnb, -1, 0 };
			nb[nnb++] = &v[i];
		}
		qsort(o, no, sizeof *o, by_key);
		/* The lines repeated often enough, with the page numbers beside
		 * them read; the one that rises most is the text's head, and
		 * others count only where their pages agree with its own (even
		 * and odd pages may wear different heads). */
		struct family *fam = xmalloc(no * sizeof *fam);
		size_t nf = 0, best = 0;
		for (size_t i = 0, j; i < no; i = j) {
			for (j = i + 1; j < no && strcmp(o[j].key, o[i].key) == 0; j++)
				;
			if (j - i < 3)
				continue;
			struct family *f = &fam[nf];
			f->o = o + i;
			f->n = j - i;
			read_pages(f, nb, nnb);
			if (!is_head(f))
				continue;
			if (nf == 0 || f->rising > fam[best].rising)
				best = nf;
			nf++;
		}
		for (size_t k = 0; k < nf; k++)
			if (k == best || fits(&fam[k], &fam[best]))
				drop_family(&fam[k], nb);
		free(fam);
		free(o);
		free(nb);
		/* The blank lines of a page break go with its head: a sentence
		 * runs on across pages far more often than a paragraph ends at
		 * the bottom of one. */
		for (size_t i = 0; i < n; i++)
			if (v[i].drop)
				for (size_t j = i; j-- > 0 && v[j].a == v[j].b && !v[j].drop && !v[j].page_break;)
					v[j].drop = 1;
		for (size_t i = n; i-- > 0;)
			if (v[i].drop)
				for (size_t j = i + 1; j < n && v[j].a == v[j].b && !v[j].drop && !v[j].page_break;
				     j++)
					v[j].drop = 1;

		/* Rewrite in place: the output never outgrows the input. */
		w = 0;
		int dropped = 0;
		for (size_t i = 0; i < n; i++) {
			if (v[i].drop) {
				dropped = 1;
				continue;
			}
			memmove(s + w, s + v[i].start, v[i].end - v[i].start);
			w += v[i].end - v[i].start;
			if (v[i].end < len)
				s[w++] = '\n';
		}
		if (!dropped)
			w = len;
		else if (w < len)
			s[w] = '\0';
	}
	for (size_t i = 0; i < n; i++)
		free(v[i].key);
	free(v);
	return w;
}
