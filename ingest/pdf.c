/* pdf.c — PDF -> text in reading order, a form feed between pages, running headers and footers dropped, broken lines joined (poppler-glib). */
#include "ingest/ingest_int.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <poppler.h>

/* Lines this far from a page's top or bottom may be a running header or
 * footer. */
#define PDF_EDGE_LINES 3

struct line {
	char *s;     /* trimmed; NULL once dropped */
	char *key;   /* digits as '#', blanks collapsed: "CÔNG BÁO/Số # + #" */
	int edge;    /* 1 top zone, 2 bottom zone, 3 both, 0 neither */
};

struct page {
	struct line *v;
	size_t n;
};

static int blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static char *line_key(const char *s)
{
	struct buf b = BUF_INIT;
	int space = 0;
	for (; *s; s++) {
		if (blank(*s)) {
			space = 1;
			continue;
		}
		if (space && b.len)
			buf_addc(&b, ' ');
		space = 0;
		buf_addc(&b, *s >= '0' && *s <= '9' ? '#' : *s);
	}
	/* "##" and "#" alike: page 9 and page 10 */
	size_t w = 0;
	for (size_t r = 0; r < b.len; r++)
		if (!(b.p[r] == '#' && w && b.p[w - 1] == '#'))
			b.p[w++] = b.p[r];
	b.len = w;
	char *k = buf_detach(&b, NULL);
	return k ? k : xstrdup("");
}

static void split_page(const char *t, struct page *p)
{
	size_t cap = 0;
	while (t && *t) {
		const char *e = strchr(t, '\n');
		size_t n = e ? (size_t)(e - t) : strlen(t);
		size_t a = 0, b = n;
		while (a < b && blank(t[a]))
			a++;
		while (b > a && blank(t[b - 1]))
			b--;
		if (a < b) {
			if (p->n == cap) {
				cap = cap ? cap * 2 : 64;
				p->v = xrealloc(p->v, cap * sizeof *p->v);
			}
			struct line *l = &p->v[p->n++];
			l->s = xstrndup(t + a, b - a);
			l->key = line_key(l->s);
			l->edge = 0;
		}
		t = e ? e + 1 : NULL;
	}
	for (size_t i = 0; i < p->n; i++) {
		if (i < PDF_EDGE_LINES)
			p->v[i].edge |= 1;
		if (i + PDF_EDGE_LINES >= p->n)
			p->v[i].edge |= 2;
	}
}

/* On how many pages does key stand in the zone (1 top, 2 bottom)? */
static size_t pages_with(const struct page *pg, size_t n, const char *key, int zone)
{
	size_t count = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < pg[i].n; j++)
			if ((pg[i].v[j].edge & zone) && strcmp(pg[i].v[j].key, key) == 0) {
				count++;
				break;
			}
	return count;
}

/* A line at the top or bottom repeated on at least half the pages (and on
 * two at least), or a page number, is furniture, not text. */
static void drop_furniture(struct page *pg, size_t n)
{
	if (n < 2)
		return;
	size_t need = n / 2 > 2 ? n / 2 : 2;
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < pg[i].n; j++) {
			struct line *l = &pg[i].v[j];
			if (!l->edge)
				continue;
			int drop = ingest_page_number(l->s, strlen(l->s), NULL);
			for (int zone = 1; zone <= 2 && !drop; zone++)
				if ((l->edge & zone) && pages_with(pg, n, l->key, zone) >= need)
					drop = 1;
			if (drop)
				l->edge = -1;
		}
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < pg[i].n; j++)
			if (pg[i].v[j].edge == -1) {
				free(pg[i].v[j].s);
				pg[i].v[j].s = NULL;
			}
}

static int ends_sentence(const char *s)
{
	size_t n = strlen(s);
	/* Past closing quotes and brackets: "…như sau:”" */
	while (n && (s[n - 1] == ')' || s[n - 1] == '"' || s[n - 1] == '\''))
		n--;
	if (n >= 3 && (memcmp(s + n - 3, "\xE2\x80\x9D", 3) == 0 || memcmp(s + n - 3, "\xE2\x80\x99", 3) == 0))
		n -= 3;
	return n && strchr(".:;!?", s[n - 1]) != NULL;
}

/* A word hyphenated at the end of what out holds: a letter, then "-" or a
 * soft hyphen, no space between. Returns the hyphen's length, or 0. */
static size_t hyphen_end(const struct buf *out)
{
	size_t h = 0;
	if (out->len >= 2 && out->p[out->len - 1] == '-')
		h = 1;
	else if (out->len >= 3 && memcmp(out->p + out->len - 2, "\xC2\xAD", 2) == 0)
		h = 2;
	if (!h)
		return 0;
	unsigned char c = (unsigned char)out->p[out->len - h - 1];
	return c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? h : 0;
}

static void join_page(const struct page *p, struct buf *out)
{
	const char *prev = NULL;
	for (size_t j = 0; j < p->n; j++) {
		const char *s = p->v[j].s;
		if (!s)
			continue;
		if (prev) {
			int lower = office_is_lower_start(s, strlen(s));
			size_t h = lower ? hyphen_end(out) : 0;
			if (h)
				out->len -= h; /* "quy-" + "định" */
			else if (!ends_sentence(prev) && (lower || out->p[out->len - 1] == ','))
				buf_addc(out, ' ');
			else
				buf_add(out, "\n\n", 2);
		}
		buf_adds(out, s);
		prev = s;
	}
	if (prev)
		buf_add(out, "\n\n", 2);
}

static void quiet(const gchar *domain, GLogLevelFlags level, const gchar *msg, gpointer data)
{
	(void)domain, (void)level, (void)msg, (void)data;
}

/* poppler reports damage through GLib's log: library code never prints.
 * Once per process, whichever thread reads a PDF first. */
static void quiet_poppler(void)
{
	g_log_set_handler("Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION, quiet, NULL);
}

int ingest_pdf_text(const char *data, size_t len, struct buf *out, enum ingest_charset *cs,
		    char **err)
{
	*cs = CS_UTF8;
	static pthread_once_t quieted = PTHREAD_ONCE_INIT;
	pthread_once(&quieted, quiet_poppler);
	GBytes *bytes = g_bytes_new_static(data, len);
	GError *ge = NULL;
	PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &ge);
	if (!doc) {
		*err = xasprintf("not a readable PDF file (%s)", ge && ge->message ? ge->message : "poppler failed");
		if (ge)
			g_error_free(ge);
		g_bytes_unref(bytes);
		return -1;
	}
	int n = poppler_document_get_n_pages(doc);
	struct page *pg = xcalloc(n > 0 ? (size_t)n : 1, sizeof *pg);
	for (int i = 0; i < n; i++) {
		PopplerPage *page = poppler_document_get_page(doc, i);
		if (!page)
			continue;
		char *t = poppler_page_get_text(page);
		split_page(t, &pg[i]);
		g_free(t);
		g_object_unref(page);
	}
	g_object_unref(doc);
	g_bytes_unref(bytes);

	size_t lines = 0;
	for (int i = 0; i < n; i++)
		lines += pg[i].n;
	int rc = 0;
	if (n <= 0) {
		*err = xstrdup("the PDF file has no pages, nothing to index");
		rc = 1;
	} else if (lines == 0) {
		*err = xasprintf("scanned PDF: no text layer on its %d page%s (text recognition, OCR, "
				 "is not done), nothing to index", n, n == 1 ? "" : "s");
		rc = 1;
	} else {
		drop_furniture(pg, (size_t)n);
		struct buf text = BUF_INIT;
		for (int i = 0; i < n; i++) {
			if (i > 0)
				buf_add(&text, "\f\n\n", 3);
			join_page(&pg[i], &text);
		}
		/* A PDF typed in a TCVN3 or VNI font without a Unicode map gives
		 * the font's bytes as Latin-1 letters: the detector decides. */
		enum ingest_charset used = CS_UNKNOWN;
		if (ingest_redecode_bytes(text.p, text.len, CS_UNKNOWN, out, &used))
			*cs = used;
		else
			buf_add(out, text.p, text.len);
		buf_release(&text);
	}
	for (int i = 0; i < n; i++) {
		for (size_t j = 0; j < pg[i].n; j++) {
			free(pg[i].v[j].s);
			free(pg[i].v[j].key);
		}
		free(pg[i].v);
	}
	free(pg);
	return rc;
}
