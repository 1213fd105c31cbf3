/* propercase.c — a phrase typed in capitals in reading case, its proper names' capitals kept. */
#include "text/text.h"
#include "text/text_int.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

/* How far into the text its own capitals are looked for: the preamble
 * ("Căn cứ Luật Tổ chức Chính phủ…") names what the subject names. */
#define CASE_SCAN_BYTES 65536

/* A word as the case rules see it: its exact term (case folded, one tone
 * placement: "Hoà" and "hòa" are one word), whether it starts with a
 * capital, whether it is all capitals (a heading's word, no evidence), and
 * whether only blanks separate it from the word before. */
struct cword {
	size_t start, end, key;
	enum text_token_kind kind;
	int upper, caps, joined;
};

struct cwords {
	struct cword *v;
	size_t n, cap;
	struct buf keys;
	const char *text;
	enum text_token_kind last_kind;
};

static int collect_cword(const struct text_token *t, void *arg)
{
	struct cwords *w = arg;
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 64;
		w->v = xrealloc(w->v, w->cap * sizeof *w->v);
	}
	struct cword *c = &w->v[w->n];
	c->start = t->start;
	c->end = t->end;
	c->kind = t->kind;
	c->key = w->keys.len;
	buf_add(&w->keys, t->exact, t->exact_len);
	buf_addc(&w->keys, '\0');
	unsigned cp;
	text_utf8_decode(w->text + t->start, t->end - t->start, &cp);
	c->upper = u_isupper((UChar32)cp);
	c->caps = c->upper;
	size_t letters = 0;
	for (size_t i = t->start; i < t->end && c->caps;) {
		i += text_utf8_decode(w->text + i, t->end - i, &cp);
		if (u_isalpha((UChar32)cp)) {
			letters++;
			c->caps = !u_islower((UChar32)cp);
		}
	}
	c->caps = c->caps && letters >= 2;
	c->joined = w->n && text_joins(w->last_kind, w->text, w->v[w->n - 1].end, t->start, t->kind);
	/* A blank line ends a run: table cells whose bars were dropped
	 * ("Tấm wafer\n\nVật liệu …") are no sentence going on. */
	if (c->joined) {
		const char *g = w->text + w->v[w->n - 1].end, *ge = w->text + t->start;
		const char *nl = memchr(g, '\n', (size_t)(ge - g));
		c->joined = !nl || !memchr(nl + 1, '\n', (size_t)(ge - nl - 1));
	}
	w->last_kind = t->kind;
	w->n++;
	return 0;
}

static void cwords_of(const char *s, size_t len, struct cwords *w)
{
	memset(w, 0, sizeof *w);
	w->keys = (struct buf)BUF_INIT;
	w->text = s;
	struct text_tokeniser *tz = text_tokeniser_new();
	text_tokenise(tz, s, len, 0, collect_cword, w);
	text_tokeniser_free(tz);
}

static void cwords_release(struct cwords *w)
{
	free(w->v);
	buf_release(&w->keys);
}

static const char *ckey(const struct cwords *w, size_t i)
{
	return w->keys.p + w->v[i].key;
}

/* The proper names' words, read once. */
struct pname {
	struct cwords w;
};
static struct pname *pnames;
static size_t npnames;
static pthread_once_t pnames_once = PTHREAD_ONCE_INIT;

static void pnames_load(void)
{
	size_t n = 0;
	while (text_proper_names[n].name)
		n++;
	pnames = xcalloc(n ? n : 1, sizeof *pnames);
	for (size_t i = 0; i < n; i++) {
		const struct text_proper_name *p = &text_proper_names[i];
		struct cwords w;
		cwords_of(p->name, strlen(p->name), &w);
		size_t upper = 0;
		for (size_t k = 0; k < w.n; k++)
			upper += w.v[k].upper;
		/* "Chính phủ" is also "tổ chức phi chính phủ": an issuer's
		 * name counts when two of its words are capitalised. */
		if (!w.n || (!p->listed && upper < 2)) {
			cwords_release(&w);
			continue;
		}
		pnames[npnames++].w = w;
	}
}

/* Do words s[i..i+n) read as the words of o from j? */
static size_t same_words(const struct cwords *s, size_t i, const struct cwords *o, size_t j)
{
	size_t k = 0;
	while (i + k < s->n && j + k < o->n && strcmp(ckey(s, i + k), ckey(o, j + k)) == 0 &&
	       (k == 0 || (s->v[i + k].joined && o->v[j + k].joined)) && !o->v[j + k].caps)
		k++;
	return k;
}

/* The text's words by key, each key's in the text's order: a subject's
 * word is matched where the text has it, not against every word of 64 KiB. */
#define NO_WORD ((size_t)-1)
struct cword_index {
	size_t *head, *next, mask;
};

static size_t cword_slot(const struct cword_index *x, const char *key)
{
	return (size_t)hash_fnv1a64(key, strlen(key), 0) & x->mask;
}

static void cword_index_of(const struct cwords *w, struct cword_index *x)
{
	size_t slots = 64;
	while (slots < 2 * w->n)
		slots *= 2;
	x->mask = slots - 1;
	x->head = xmalloc(slots * sizeof *x->head);
	x->next = xmalloc((w->n ? w->n : 1) * sizeof *x->next);
	for (size_t h = 0; h < slots; h++)
		x->head[h] = NO_WORD;
	for (size_t p = w->n; p-- > 0;) {
		size_t h = cword_slot(x, ckey(w, p));
		x->next[p] = x->head[h];
		x->head[h] = p;
	}
}

/* Which words of a subject put in sentence case take a capital again:
 * those of a proper name in the table, and those the text itself writes
 * with a capital in the same run of words ("Luật Bảo hiểm xã hội",
 * "Quốc hội" after "của") more often than without. A run must be two
 * words or more; its first word's capital counts only in the middle of a
 * sentence, where it is not a sentence's capital. */
static void proper_capitals(const struct cwords *s, const char *text, size_t text_len, int *cap)
{
	pthread_once(&pnames_once, pnames_load);
	for (size_t i = 0; i < s->n; i++)
		for (size_t p = 0; p < npnames; p++) {
			const struct cwords *w = &pnames[p].w;
			if (strcmp(ckey(s, i), ckey(w, 0)) != 0)
				continue;
			size_t k = 0;
			while (k < w->n && i + k < s->n && strcmp(ckey(s, i + k), ckey(w, k)) == 0)
				k++;
			if (k < w->n)
				continue;
			for (k = 0; k < w->n; k++)
				cap[i + k] |= w->v[k].upper;
		}
	if (!text || !text_len)
		return;
	struct cwords b;
	cwords_of(text, text_len < CASE_SCAN_BYTES ? text_len : CASE_SCAN_BYTES, &b);
	struct cword_index at;
	cword_index_of(&b, &at);
	for (size_t i = 0; i < s->n;) {
		size_t best = 0, first = at.head[cword_slot(&at, ckey(s, i))];
		for (size_t p = first; p != NO_WORD; p = at.next[p]) {
			size_t k = same_words(s, i, &b, p);
			if (k > best)
				best = k;
		}
		if (best < 2) {
			i++;
			continue;
		}
		int up[64] = { 0 }, low[64] = { 0 };
		size_t n = best < 64 ? best : 64;
		for (size_t p = first; p != NO_WORD; p = at.next[p]) {
			if (same_words(s, i, &b, p) != best)
				continue;
			for (size_t k = 0; k < n; k++) {
				const struct cword *c = &b.v[p + k];
				if (k == 0 && !(c->joined && p > 0 && !b.v[p - 1].upper))
					continue; /* a sentence's capital, or a name's */
				if (c->upper)
					up[k]++;
				else
					low[k]++;
			}
		}
		for (size_t k = 0; k < n; k++)
			if (up[k] > low[k])
				cap[i + k] = 1;
		i += best;
	}
	free(at.head);
	free(at.next);
	cwords_release(&b);
}

int text_proper_first(const char *s, size_t len)
{
	struct cwords w;
	cwords_of(s, len, &w);
	int *cap = xcalloc(w.n + 1, sizeof *cap);
	proper_capitals(&w, NULL, 0, cap);
	int proper = w.n && (cap[0] || w.v[0].caps);
	free(cap);
	cwords_release(&w);
	return proper;
}

static int number_case(const struct cite_mention *m, void *arg)
{
	char *p = arg;
	size_t n = strlen(m->num.canonical);
	if (m->num.kind != CITE_SHORT && n == m->end - m->start &&
	    strncasecmp(p + m->start, m->num.canonical, n) == 0)
		memcpy(p + m->start, m->num.canonical, n);
	return 0;
}

void text_numbers_canonical(char *s, size_t len)
{
	if (len)
		cite_scan(s, len, number_case, s);
}

int text_proper_case(const char *s, size_t len, const char *text, size_t text_len, struct buf *out)
{
	size_t base = out->len;
	struct buf lower = BUF_INIT;
	if (text_sentence_case(s, len, &lower) < 0) {
		buf_release(&lower);
		return -1;
	}
	struct cwords w, orig;
	cwords_of(lower.p, lower.len, &w);
	cwords_of(s, len, &orig);
	int *cap = xcalloc(w.n + 1, sizeof *cap);
	proper_capitals(&w, text, text_len, cap);
	size_t at = 0;
	for (size_t i = 0; i < w.n; i++) {
		const struct cword *o = orig.n == w.n ? &orig.v[i] : NULL;
		if (o && !cap[i] && o->kind == TEXT_WORD &&
		    !text_syllable_valid(ckey(&w, i), strlen(ckey(&w, i)))) {
			/* Not a syllable nor a proper name's ("ĐẮK LẮK" is one): an
			 * acronym ("UBND", "TT-NHNN"), a Roman numeral ("XIV"): as
			 * typed. */
			buf_add(out, lower.p + at, w.v[i].start - at);
			buf_add(out, s + o->start, o->end - o->start);
			at = w.v[i].end;
			continue;
		}
		unsigned cp;
		size_t n = text_utf8_decode(lower.p + w.v[i].start, w.v[i].end - w.v[i].start, &cp);
		if (!cap[i] || !u_islower((UChar32)cp))
			continue;
		buf_add(out, lower.p + at, w.v[i].start - at);
		char up[4];
		buf_add(out, up, text_utf8_encode(up, (unsigned)u_toupper((UChar32)cp)));
		at = w.v[i].start + n;
	}
	buf_add(out, lower.p + at, lower.len - at);
	/* The numbers it holds, as typed in capitals: canonical. */
	text_numbers_canonical(out->p + base, out->len - base);
	free(cap);
	cwords_release(&orig);
	cwords_release(&w);
	buf_release(&lower);
	return 0;
}
