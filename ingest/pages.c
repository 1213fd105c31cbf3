/* pages.c — running heads and page numbers of paged text: a page number alone on its line, and the lines printed beside one on page after page. */
#include "ingest/ingest_int.h"

#include <stdlib.h>
#include <string.h>

#include "text/text.h"

/* A head longer than this is a line of text. */
#define HEAD_MAX_BYTES 120
/* A page holds more lines than this (non-blank ones, heads included):
 * a line repeated closer than that is a table's or a form's. */
#define PAGE_MIN_LINES 6
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
};

static int by_key(const void *x, const void *y)
{
	const struct occurrence *p = x, *q = y;
	int c = strcmp(p->key, q->key);
	return c ? c : (p->line > q->line) - (p->line < q->line);
}

/* The page number on the non-blank line next to nb[i], before or after
 * it, and that line; -1 when neither holds one. */
static long page_beside(struct line **nb, size_t n, size_t i, size_t *at)
{
	if (i > 0 && nb[i - 1]->page >= 0) {
		*at = i - 1;
		return nb[i - 1]->page;
	}
	if (i + 1 < n && nb[i + 1]->page >= 0) {
		*at = i + 1;
		return nb[i + 1]->page;
	}
	return -1;
}

/* The occurrences o[0..n) of one line are a running head when page
 * numbers stand beside them and go up from one to the next, a page or
 * more apart, for most of them; they and their page numbers are then
 * dropped. */
static void mark_head(const struct occurrence *o, size_t n, struct line **nb, size_t nnb)
{
	if (n < 3)
		return;
	size_t rising = 0;
	long prev = -1;
	for (size_t k = 0; k < n; k++) {
		size_t at;
		long p = page_beside(nb, nnb, o[k].line, &at);
		if (k > 0 && prev >= 0 && p > prev && p - prev <= PAGE_STEP_MAX &&
		    o[k].line - o[k - 1].line >= PAGE_MIN_LINES)
			rising++;
		prev = p;
	}
	if (rising < 2 || 2 * (rising + 1) < n)
		return;
	for (size_t k = 0; k < n; k++) {
		size_t at;
		nb[o[k].line]->drop = 1;
		if (page_beside(nb, nnb, o[k].line, &at) >= 0)
			nb[at]->drop = 1;
	}
}

size_t ingest_drop_running_heads(char *s, size_t len)
{
	struct line *v = NULL;
	size_t n = 0, cap = 0, nheads = 0;
	for (size_t i = 0; i <= len;) {
		const char *nl = i < len ? memchr(s + i, '\n', len - i) : NULL;
		size_t end = nl ? (size_t)(nl - s) : len;
		if (n == cap) {
			cap = cap ? 2 * cap : 256;
			v = xrealloc(v, cap * sizeof *v);
		}
		struct line *l = &v[n++];
		memset(l, 0, sizeof *l);
		l->start = i;
		l->end = end;
		l->a = i;
		l->b = end;
		while (l->a < l->b && blank((unsigned char)s[l->a]))
			l->a++;
		while (l->b > l->a && blank((unsigned char)s[l->b - 1]))
			l->b--;
		l->page = -1;
		if (l->a < l->b && !ingest_page_number(s + l->a, l->b - l->a, &l->page)) {
			l->page = -1;
			l->key = head_key(s, l->a, l->b);
			nheads += l->key != NULL;
		}
		i = end + 1;
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
				o[no++] = (struct occurrence){ v[i].key, nnb };
			nb[nnb++] = &v[i];
		}
		qsort(o, no, sizeof *o, by_key);
		for (size_t i = 0, j; i < no; i = j) {
			for (j = i + 1; j < no && strcmp(o[j].key, o[i].key) == 0; j++)
				;
			mark_head(o + i, j - i, nb, nnb);
		}
		free(o);
		free(nb);
		/* The blank lines of a page break go with its head: a sentence
		 * runs on across pages far more often than a paragraph ends at
		 * the bottom of one. */
		for (size_t i = 0; i < n; i++)
			if (v[i].drop)
				for (size_t j = i; j-- > 0 && v[j].a == v[j].b && !v[j].drop;)
					v[j].drop = 1;
		for (size_t i = n; i-- > 0;)
			if (v[i].drop)
				for (size_t j = i + 1; j < n && v[j].a == v[j].b && !v[j].drop; j++)
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
