/* excerpt.c — the passage of a document that best shows why it matched,
 * with the matched words marked; offsets point at composed (NFC) text. */
#include "query/query_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "index/schema.h"
#include "text/text.h"

#define MAX_QWORDS 64

struct leaf {
	const struct query_word *w;
	size_t exact_len, folded_len;
	unsigned group;   /* phrase or single word it belongs to */
	unsigned in_group;
	unsigned group_len;
	int joins_prev;   /* the group and the one before may be one word */
};

struct tok {
	size_t start, end;
	uint64_t exact;  /* bit i: the token is leaf i's word, tones and all */
	uint64_t match;  /* bit i: … or its folded form, where that counts */
	int joined;     /* text_joins with the token before: one pair */
	int hit;        /* part of a full match of some group */
	int hit_exact;  /* … every word of it with the tones typed */
	unsigned group;
	int place;      /* 1 + index of the cited number it is part of, or 0 */
	unsigned page;  /* form feeds before it in the range: PDF pages */
};

struct collect {
	struct leaf *leaves;
	size_t nleaves;
	struct tok *v;
	size_t n, cap;
	size_t base; /* where the tokenised range starts in the text */
	const char *text; /* the tokenised range */
	enum text_token_kind last_kind;
	unsigned page;    /* form feeds seen so far */
	size_t scanned;   /* up to where (in the range) they were counted */
	int no_pages;     /* the range holds no form feed: none to count */
};

static void collect_leaves(const struct query_node *n, int negated, struct collect *c,
			   unsigned *group)
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
		l->joins_prev = n->joins_prev && n->nwords == 1 && !negated;
	}
	(*group)++;
}

static int collect_token(const struct text_token *t, void *arg)
{
	struct collect *c = arg;
	uint64_t e = 0, m = 0;
	for (size_t i = 0; t->exact && i < c->nleaves; i++) {
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
	int joined = c->n && text_joins(c->last_kind, c->text, c->v[c->n - 1].end - c->base,
					t->start, t->kind);
	/* A form feed starts a PDF page: an excerpt never runs across one. */
	for (const char *f = c->text + c->scanned;
	     !c->no_pages && (f = memchr(f, '\f', t->start - (size_t)(f - c->text))) != NULL; f++)
		c->page++;
	c->scanned = t->end;
	c->v[c->n++] = (struct tok){ .start = c->base + t->start, .end = c->base + t->end,
				     .exact = e, .match = m, .joined = joined, .page = c->page };
	c->last_kind = t->kind;
	return 0;
}

/* Marks the whole matches of the group starting at leaf li; strict: with
 * the query's joins kept. Returns how many. A text given a region where the
 * phrase only stands across punctuation (query_excerpt_region reads positions,
 * which know no punctuation) still shows it marked: not strict. */
static size_t mark_group(struct collect *c, size_t li, int strict)
{
	const struct leaf *l = &c->leaves[li];
	size_t found = 0;
	for (size_t t = 0; t + l->group_len <= c->n; t++) {
		size_t k = 0;
		while (k < l->group_len && (c->v[t + k].match >> (li + k) & 1) &&
		       (k == 0 || !strict || !l[k].w->joins || c->v[t + k].joined))
			k++;
		if (k < l->group_len)
			continue;
		int exact = 1;
		for (k = 0; k < l->group_len; k++)
			exact &= (int)(c->v[t + k].exact >> (li + k) & 1);
		for (k = 0; k < l->group_len; k++) {
			c->v[t + k].hit = 1;
			c->v[t + k].hit_exact = exact;
			c->v[t + k].group = l->group;
		}
		found++;
	}
	return found;
}

/* The leaf of a group of one word, or -1. */
static long single_leaf(const struct collect *c, unsigned group)
{
	for (size_t li = 0; li < c->nleaves; li++)
		if (c->leaves[li].group == group)
			return c->leaves[li].group_len == 1 ? (long)li : -1;
	return -1;
}

/* Two words typed side by side that make one ("quy định", "thử việc"):
 * where the range holds them so, a syllable of theirs standing alone
 * ("quy chế", "Nghị định", "việc thu hồi") is no match of the word and
 * loses its mark; a text that holds them only apart keeps its marks (it
 * matched by them). */
static void unmark_lone_syllables(struct collect *c)
{
	int joins = 0;
	for (size_t li = 1; li < c->nleaves; li++)
		joins |= c->leaves[li].joins_prev;
	if (!joins || c->n < 2)
		return;
	unsigned char *in_word = xcalloc(c->n, 1);
	uint64_t paired = 0; /* bit g: a token of group g stands in its word */
	for (size_t t = 0; t + 1 < c->n; t++) {
		const struct tok *a = &c->v[t], *b = &c->v[t + 1];
		if (!a->hit || !b->hit || !b->joined || a->group + 1 != b->group)
			continue;
		long la = single_leaf(c, a->group), lb = single_leaf(c, b->group);
		if (la < 0 || lb < 0 || !c->leaves[lb].joins_prev)
			continue;
		in_word[t] = in_word[t + 1] = 1;
		paired |= (uint64_t)1 << a->group | (uint64_t)1 << b->group;
	}
	for (size_t t = 0; t < c->n; t++)
		if (c->v[t].hit && !in_word[t] && c->v[t].group < 64 && (paired >> c->v[t].group & 1))
			c->v[t].hit = c->v[t].hit_exact = 0;
	free(in_word);
}

/* Marks the tokens that form a whole match of a group: a single word, or
 * every word of a phrase in order, with only white space where the query
 * joined two words (build.c, folded_phrase). Folded matches count for words
 * typed without marks, and for marked words the document only has folded. */
static void mark_hits(struct collect *c, int accented)
{
	uint64_t has_exact = 0;
	for (size_t t = 0; t < c->n; t++)
		has_exact |= c->v[t].exact;
	uint64_t fold_ok = accented ? ~has_exact : ~(uint64_t)0;
	/* A marked word of a two-syllable word or a phrase typed with marks
	 * ("đình công") in other tones is another word ("quyết định công
	 * nhận", "quy định"): no match of it, even where the text has none
	 * in the tones typed. */
	for (size_t li = 0; accented && li < c->nleaves; li++) {
		const struct leaf *l = &c->leaves[li];
		int paired = l->group_len > 1 || l->joins_prev ||
			     (li + 1 < c->nleaves && c->leaves[li + 1].joins_prev &&
			      c->leaves[li + 1].group == l->group + 1);
		if (paired && l->w->has_marks)
			fold_ok &= ~((uint64_t)1 << li);
	}
	for (size_t t = 0; t < c->n; t++)
		c->v[t].match = c->v[t].exact | (c->v[t].match & fold_ok);

	for (size_t li = 0; li < c->nleaves; li++)
		if (c->leaves[li].in_group == 0 && !mark_group(c, li, 1))
			mark_group(c, li, 0);
	unmark_lone_syllables(c);
}

/* Appends text[a..b) with every run of white space and control characters
 * (text_control_len: an escape sequence in a page must not reach the
 * terminal) folded to one space. */
static void add_gap(struct buf *out, const char *s, size_t len)
{
	if (len == 1 && s[0] == ' ') { /* between most words: as below */
		if (out->len)
			buf_addc(out, ' ');
		return;
	}
	int space = 0;
	struct buf tmp = BUF_INIT;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		size_t n = text_control_len(s + i, len - i);
		/* A letterhead's rule ("________", "=====") is no text to read. */
		size_t rule = 0;
		while ((c == '_' || c == '=') && i + rule < len && (unsigned char)s[i + rule] == c)
			rule++;
		if (rule >= 3)
			n = rule;
		if (c == ' ' || n) {
			space = 1;
			i += n ? n - 1 : 0;
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

/* Only white space: two marked words across a line break ("hợp đồng lao\n
 * động") share one mark, as across one space. */
static int white_only(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr(" \t\r\n", s[i]))
			return 0;
	return n > 0;
}

/* Do the hits v[t - 1] and v[t], side by side, go on with the mark that
 * opened at v[first]? Not when v[t] is that mark's first word again, a
 * word the query holds once: the query starts over there, "Điều 198.
 * «Đình công» «Đình công» là …", not one mark over a heading and the
 * sentence under it. Parts of a cited number always go on. */
static int hits_go_on(const struct tok *v, size_t first, size_t t)
{
	if (v[t].place || v[t - 1].place)
		return 1;
	uint64_t m = v[first].match;
	return !(v[t].match & m) || (m & (m - 1)) != 0;
}

/* Is group b the word right after group a in the query, the two typed
 * as one two-syllable word may be (query_node.joins_prev)? */
static int joins_group(const struct collect *c, unsigned a, unsigned b)
{
	if (b != a + 1)
		return 0;
	for (size_t i = 0; i < c->nleaves; i++)
		if (c->leaves[i].group == b)
			return c->leaves[i].joins_prev;
	return 0;
}

/* An excerpt's length in bytes: Vietnamese runs about 1.3 bytes a character. */
static size_t budget_bytes(size_t max_chars)
{
	return max_chars * 13 / 10;
}

/* A match as the window scoring sees it: where it is (bytes, or token
 * numbers), its group, and whether it follows a match of another group with
 * nothing between. */
struct span {
	size_t start, end;
	unsigned group;
	int joins; /* the query's two-syllable word: this group's word right
		    * after the group before it, nothing but white space between */
	int exact; /* typed with marks, matched with them */
	unsigned page; /* a window holds spans of one page */
};

/* The run of spans no wider than width with the most distinct groups (100
 * each), then the query's two-syllable words standing as such (60: "thử
 * việc" over "việc thu hồi … thử nghiệm"), then matches with the tones typed
 * (5: "lao động" over "Lào Cai"), then matches (1): its first and last span. Returns the run's score, -1 when there are no spans.
 * v is sorted by start. One window slides over it: the spans that fit after
 * v[i] also fit after any later start, so each span enters and leaves once
 * (common words in a long law give thousands of spans). */
/* What the best run holds: its distinct groups and words side by side. */
struct run_held {
	size_t distinct, joins;
};

static long best_run(const struct span *v, size_t n, size_t width, size_t *first, size_t *last,
		     struct run_held *held)
{
	size_t count[64] = { 0 };
	size_t distinct = 0, joins = 0, exact = 0, e = 0; /* the window is v[i..e) */
	long best = -1;
	*first = *last = 0;
	for (size_t i = 0; i < n; i++) {
		if (e < i)
			e = i;
		for (; e < n && v[e].end - v[i].start <= width && v[e].page == v[i].page; e++) {
			distinct += count[v[e].group % 64]++ == 0;
			joins += v[e].joins != 0;
			exact += v[e].exact != 0;
		}
		long score = 0;
		if (e > i)
			score = 100 * (long)distinct + 60 * (long)(joins - (v[i].joins != 0)) +
				5 * (long)exact + (long)(e - i);
		if (score > best) {
			best = score;
			*first = i;
			*last = e > i ? e - 1 : i;
			if (held)
				*held = (struct run_held){ distinct, joins - (v[i].joins != 0) };
		}
		if (e > i) {
			distinct -= --count[v[i].group % 64] == 0;
			joins -= v[i].joins != 0;
			exact -= v[i].exact != 0;
		}
	}
	return best;
}

static int lead_token(const struct text_token *t, void *arg)
{
	unsigned char *lead = arg;
	if (t->folded_len)
		lead[(unsigned char)t->folded[0]] = 1;
	return 1; /* the first token only */
}

/* The bytes the leaves' folded forms start with, and those of their exact
 * forms folded by the tokeniser (a token equal to a leaf's exact form
 * folds as it does): what text_tokenise_led needs to leave out no token
 * collect_token could match. 0 when a leaf has no such byte: read them all. */
static int leaves_lead(struct text_tokeniser *tz, const struct collect *c, unsigned char lead[256])
{
	memset(lead, 0, 256);
	for (size_t i = 0; i < c->nleaves; i++) {
		const struct leaf *l = &c->leaves[i];
		if (!l->folded_len || !l->exact_len)
			return 0;
		lead[(unsigned char)l->w->folded[0]] = 1;
		text_tokenise(tz, l->w->exact, l->exact_len, 0, lead_token, lead);
	}
	lead[0] = 0;
	return 1;
}

/* Tokenises text[from..to) for q's words into c (its leaves given), marks
 * the hits and the cited places, and finds the window of budget bytes
 * best_run scores best: its first and last tokens into *first, *last, what
 * it holds into *held (when not NULL). Returns the score, -1 when nothing
 * matched. The caller frees c->v. */
static long collect_best(struct text_tokeniser *tz, const struct query *q, const char *text,
			 size_t from, size_t to, size_t budget, const struct idx_cite_place *places,
			 size_t nplaces, struct collect *c, size_t *first, size_t *last,
			 struct run_held *held)
{
	unsigned groups = 0;
	*c = (struct collect){ c->leaves, 0, NULL, 0, 0, from, text + from, TEXT_WORD, 0, 0, 0 };
	if (q->root)
		collect_leaves(q->root, 0, c, &groups);
	c->no_pages = !memchr(text + from, '\f', to - from);
	/* Room for the range's tokens at once (a word and its space run about
	 * six bytes): growing by doubling copied them over and over. */
	c->cap = (to - from) / 4 + 16 < 4096 ? (to - from) / 4 + 16 : 4096;
	c->v = xmalloc(c->cap * sizeof *c->v);
	/* Only the tokens that may be the query's words need their terms. */
	unsigned char lead[256];
	if (leaves_lead(tz, c, lead))
		text_tokenise_led(tz, text + from, to - from, 0, lead, collect_token, c);
	else
		text_tokenise(tz, text + from, to - from, 0, collect_token, c);
	mark_hits(c, q->accented);
	mark_places(c, groups, places, nplaces);

	size_t nspans = 0, *at = xmalloc((c->n + 1) * sizeof *at);
	struct span *spans = xmalloc((c->n + 1) * sizeof *spans); /* written before read */
	for (size_t t = 0; t < c->n; t++) {
		if (!c->v[t].hit)
			continue;
		at[nspans] = t;
		spans[nspans++] = (struct span){ c->v[t].start, c->v[t].end, c->v[t].group,
						 t > 0 && c->v[t - 1].hit && c->v[t].joined &&
							 joins_group(c, c->v[t - 1].group,
								     c->v[t].group),
						 q->accented && c->v[t].hit_exact, c->v[t].page };
	}
	*first = *last = 0;
	long best = best_run(spans, nspans, budget, first, last, held);
	if (best >= 0) {
		*first = at[*first];
		*last = at[*last];
	}
	free(spans);
	free(at);
	return best;
}

void query_excerpt_make(const struct query *q, const char *text, size_t len, size_t from,
			size_t to, size_t max_chars, const struct idx_cite_place *places,
			size_t nplaces, struct query_excerpt *out)
{
	struct text_tokeniser *tz = text_tokeniser_new();
	query_excerpt_make_with(tz, q, text, len, from, to, max_chars, places, nplaces, out);
	text_tokeniser_free(tz);
}

/* Writes the excerpt of text[from..to) (len in all) into out: the window
 * collect_best found in c (best_score, best_first, best_last), with some
 * context before its first hit, filling the budget. Frees c->v. */
static void excerpt_write(struct collect *c, const char *text, size_t len, size_t from, size_t to,
			  size_t budget, long best_score, size_t best_first, size_t best_last,
			  struct query_excerpt *out)
{
	memset(out, 0, sizeof *out);
	/* The window: some context before the first hit, then fill the budget. */
	size_t first = 0, last = c->n ? c->n - 1 : 0;
	if (best_score >= 0) {
		size_t span = c->v[best_last].end - c->v[best_first].start;
		size_t before = span < budget ? (budget - span) / 3 : 0;
		first = best_first;
		while (first > 0 && c->v[best_first].start - c->v[first - 1].start <= before &&
		       c->v[first - 1].page == c->v[first].page)
			first--;
	}
	last = first;
	while (last + 1 < c->n && c->v[last + 1].end - c->v[first].start <= budget &&
	       c->v[last + 1].page == c->v[first].page)
		last++;

	struct buf b = BUF_INIT;
	struct query_mark *marks = NULL;
	size_t nmarks = 0;
	if (c->n == 0) {
		/* No words at all: show the start of the range as it is. */
		size_t n = to - from < budget ? to - from : budget;
		while (from + n < to && ((unsigned char)text[from + n] & 0xC0) == 0x80)
			n++;
		if (from > 0)
			buf_adds(&b, "… ");
		add_gap(&b, text + from, n);
		out->source_end = from + n;
	} else {
		if (first > 0 || from > 0)
			buf_adds(&b, "… ");
		size_t pos = c->v[first].start, mark_first = first;
		for (size_t i = first; i <= last; i++) {
			if (i > first)
				add_gap(&b, text + pos, c->v[i].start - pos);
			size_t mstart = b.len;
			if (text_nfc(text + c->v[i].start, c->v[i].end - c->v[i].start, &b) < 0)
				buf_add(&b, text + c->v[i].start, c->v[i].end - c->v[i].start);
			if (c->v[i].hit) {
				/* Matched words separated by one space share a mark, and
				 * so do the parts of one cited number ("57- QĐ/TW"). */
				int same_number = c->v[i].place && c->v[i].place == c->v[i - 1].place;
				if (nmarks && i > first && c->v[i - 1].hit && marks[nmarks - 1].end <= mstart &&
				    (same_number || (hits_go_on(c->v, mark_first, i) && marks[nmarks - 1].end + 1 == mstart &&
						     b.p[mstart - 1] == ' ' &&
						     white_only(text + c->v[i - 1].end,
								c->v[i].start - c->v[i - 1].end)))) {
					marks[nmarks - 1].end = b.len;
				} else {
					marks = xrealloc(marks, (nmarks + 1) * sizeof *marks);
					marks[nmarks++] = (struct query_mark){ mstart, b.len };
					mark_first = i;
				}
			}
			pos = c->v[i].end;
		}
		/* Keep closing punctuation right after the last word. */
		size_t tail = pos;
		while (tail < len && tail - pos < 4 && text[tail] && strchr(".,;:!?)\"", text[tail]))
			tail++;
		buf_add(&b, text + pos, tail - pos);
		out->source_end = tail;
		if (last + 1 < c->n || to < len)
			buf_adds(&b, " …");
	}
	out->source_start = c->n ? c->v[first].start : from;
	out->source_match = best_score >= 0 ? c->v[best_first].start : out->source_start;
	free(c->v);
	c->v = NULL;
	out->text = buf_detach(&b, NULL);
	out->marks = marks;
	out->nmarks = nmarks;
}

void query_excerpt_make_with(struct text_tokeniser *tz, const struct query *q, const char *text,
			     size_t len, size_t from, size_t to, size_t max_chars,
			     const struct idx_cite_place *places, size_t nplaces,
			     struct query_excerpt *out)
{
	struct leaf leaves[MAX_QWORDS];
	struct collect c = { .leaves = leaves };
	if (to > len)
		to = len;
	if (from > to)
		from = to;
	size_t budget = budget_bytes(max_chars), best_first = 0, best_last = 0;
	long best_score = collect_best(tz, q, text, from, to, budget, places, nplaces, &c,
				       &best_first, &best_last, NULL);

	excerpt_write(&c, text, len, from, to, budget, best_score, best_first, best_last, out);
}

size_t query_marks(const struct query *q, const char *text, size_t from, size_t to,
		   struct query_mark **marks)
{
	*marks = NULL;
	struct leaf leaves[MAX_QWORDS];
	struct collect c = { leaves, 0, NULL, 0, 0, from, text + from, TEXT_WORD, 0, 0, 0 };
	unsigned groups = 0;
	if (q->root)
		collect_leaves(q->root, 0, &c, &groups);
	if (!c.nleaves || from >= to)
		return 0;
	struct text_tokeniser *tz = text_tokeniser_new();
	text_tokenise(tz, text + from, to - from, 0, collect_token, &c);
	text_tokeniser_free(tz);
	mark_hits(&c, q->accented);
	size_t n = 0, mark_first = 0;
	for (size_t t = 0; t < c.n; t++) {
		if (!c.v[t].hit)
			continue;
		/* Matches side by side, white space between them included,
		 * are one mark, as in the excerpts. */
		if (n && t > 0 && c.v[t - 1].hit && hits_go_on(c.v, mark_first, t) &&
		    white_only(text + (*marks)[n - 1].end, c.v[t].start - (*marks)[n - 1].end)) {
			(*marks)[n - 1].end = c.v[t].end;
			continue;
		}
		*marks = xrealloc(*marks, (n + 1) * sizeof **marks);
		(*marks)[n++] = (struct query_mark){ c.v[t].start, c.v[t].end };
		mark_first = t;
	}
	free(c.v);
	return n;
}

void query_excerpt_release(struct query_excerpt *e)
{
	if (!e)
		return;
	free(e->text);
	free(e->marks);
	memset(e, 0, sizeof *e);
}

/* ---- where to look in a long text ------------------------------------------
 * Tokenising a 100-page law to show 200 characters would cost more than the
 * search. The index knows where the query's words are (the positions of
 * their folded terms) and where every SCHEMA_OFFSET_STEP-th token starts
 * (SLOT_OFFSETS): the best cluster of matches is found in positions, and only
 * the text around it is tokenised. */

/* Texts shorter than this are tokenised whole: cheaper than the look-ups. */
#define EXCERPT_SCAN_ALL 2048
/* Vietnamese runs about five bytes a token (syllable and space). */
#define BYTES_PER_TOKEN 5

/* Where the run of spans sorted by start that begins at v[i] ends. */
static size_t run_end(const struct span *v, size_t n, size_t i)
{
	while (++i < n && v[i - 1].start <= v[i].start)
		;
	return i;
}

/* Sorts v by start, keeping the order of equal starts. The hits come as a
 * few sorted runs (one per group, then the cited numbers), so merging the
 * runs pairwise costs far less than qsort on the thousands of hits of
 * common words in a long text. Returns the array that holds them sorted:
 * v, or (v freed) the one the last pass merged into, so that they are not
 * copied back (a common word's hits in a long law: a second copy of all of
 * them, a tenth of an excerpt's region). */
static struct span *sort_runs(struct span *v, size_t n)
{
	if (n < 2 || run_end(v, n, 0) == n)
		return v;
	/* Each pass merges src into dst, then the two swap roles. */
	struct span *tmp = xmalloc(n * sizeof *tmp), *src = v, *dst = tmp;
	size_t runs;
	do {
		runs = 0;
		for (size_t a = 0; a < n; runs++) {
			size_t m = run_end(src, n, a), b = m < n ? run_end(src, n, m) : n;
			size_t x = a, y = m, k = a;
			while (x < m && y < b)
				dst[k++] = src[y].start < src[x].start ? src[y++] : src[x++];
			while (x < m)
				dst[k++] = src[x++];
			while (y < b)
				dst[k++] = src[y++];
			a = b;
		}
		struct span *t = src;
		src = dst;
		dst = t;
	} while (runs > 1);
	free(dst);
	return src;
}

/* Matches in token numbers of the body (start == end). */
struct hits {
	struct span *v;
	size_t n, cap;
};

static void hits_add(struct hits *h, size_t tok, unsigned group)
{
	if (h->n == h->cap) {
		h->cap = h->cap ? 2 * h->cap : 64;
		h->v = xrealloc(h->v, h->cap * sizeof *h->v);
	}
	h->v[h->n++] = (struct span){ tok, tok, group, 0, 0, 0 };
}

/* Every place where a whole group (a word, or a phrase in order) stands: a
 * run sorted by position for each group. Over the network the positions
 * come from rec's text (idx_body_positions): a position list there is a
 * message a position, and a common word in a long law has thousands. */
static void group_hits(idx_db *db, struct idx_record *rec, struct leaf *leaves, size_t nleaves,
		       unsigned body_pos, struct hits *out)
{
	struct buf t = BUF_INIT;
	/* From the index, the record's lists (idx_record_positions: a
	 * question's article ranking read them already); from the text, the
	 * lists idx_body_positions made, ours to free. */
	unsigned *own[MAX_QWORDS] = { 0 };
	const unsigned *pos[MAX_QWORDS] = { 0 };
	size_t npos[MAX_QWORDS] = { 0 };
	int shared[MAX_QWORDS] = { 0 };
	int from_text = idx_network_reads(db) && rec->text_len;
	for (size_t i = 0; i < nleaves; i++) {
		/* A word the query repeats ("người … người lao động") is read once:
		 * shared[i] says how many leaves back. */
		for (size_t j = 0; j < i && !shared[i]; j++) {
			if (leaves[j].folded_len == leaves[i].folded_len &&
			    memcmp(leaves[j].w->folded, leaves[i].w->folded, leaves[i].folded_len) == 0) {
				pos[i] = pos[j], npos[i] = npos[j];
				shared[i] = (int)(i - j);
			}
		}
		if (shared[i] || from_text)
			continue;
		buf_reset(&t);
		buf_adds(&t, PREFIX_FOLDED);
		buf_add(&t, leaves[i].w->folded, leaves[i].folded_len);
		if (idx_record_positions(db, rec, t.p, t.len, &pos[i], &npos[i]) < 0)
			pos[i] = NULL, npos[i] = 0;
	}
	if (from_text && nleaves) {
		size_t leaf[MAX_QWORDS], lens[MAX_QWORDS], found[MAX_QWORDS], nw = 0;
		const char *words[MAX_QWORDS];
		unsigned *lists[MAX_QWORDS];
		for (size_t i = 0; i < nleaves; i++) {
			if (shared[i])
				continue;
			leaf[nw] = i;
			words[nw] = leaves[i].w->folded;
			lens[nw++] = leaves[i].folded_len;
		}
		idx_body_positions(db, rec, body_pos, words, lens, nw, lists, found);
		for (size_t w = 0; w < nw; w++)
			own[leaf[w]] = lists[w], npos[leaf[w]] = found[w];
		for (size_t i = 0; i < nleaves; i++)
			pos[i] = own[i - shared[i]], npos[i] = npos[i - shared[i]];
	}
	/* Room for every hit at once: a common word in a long law has
	 * thousands, and growing by doubling copies them over and over. */
	size_t most = out->n;
	for (size_t i = 0; i < nleaves; i++)
		if (leaves[i].in_group == 0)
			most += npos[i];
	if (most > out->cap) {
		out->cap = most;
		out->v = xrealloc(out->v, out->cap * sizeof *out->v);
	}
	for (size_t i = 0; i < nleaves; i++) {
		if (leaves[i].in_group != 0)
			continue;
		size_t at[MAX_QWORDS] = { 0 };
		size_t before[MAX_QWORDS] = { 0 };
		for (size_t k = 0; k < npos[i]; k++) {
			unsigned p = pos[i][k];
			size_t j = 1;
			while (j < leaves[i].group_len && i + j < nleaves &&
			       query_pos_at(pos[i + j], npos[i + j], &at[j], p + (unsigned)j))
				j++;
			if (j == leaves[i].group_len && p >= body_pos) {
				/* Room was made above: no call a hit. */
				out->v[out->n++] = (struct span){ p - body_pos, p - body_pos,
								  leaves[i].group, 0, 0, 0 };
				/* Right after the query's word before it: the pair
				 * (positions know no punctuation; near enough). */
				if (i > 0 && leaves[i].joins_prev && leaves[i - 1].group_len == 1)
					out->v[out->n - 1].joins =
						query_pos_at(pos[i - 1], npos[i - 1], &before[i], p - 1);
			}
		}
	}
	for (size_t i = 0; i < nleaves; i++)
		free(own[i]);
	buf_release(&t);
}

/* The checkpoints of SLOT_OFFSETS (a byte offset every SCHEMA_OFFSET_STEP
 * tokens, as deltas), read only as far as they are asked for: a long law
 * has thousands, and a passage near its start needs the first few. */
struct checkpoints {
	const unsigned char *p, *end; /* the deltas not read yet */
	size_t len;                   /* the text's: one past it ends them */
	size_t at;                    /* the last one read */
	size_t *v, n, cap;
	int done;
};

/* Reads checkpoints until there are more than i, or none are left. */
static void cp_read_to(struct checkpoints *c, size_t i)
{
	size_t d;
	while (!c->done && c->n <= i) {
		if (c->p >= c->end || varint_get(&c->p, c->end, &d) < 0 || (c->at += d) > c->len) {
			c->done = 1;
			break;
		}
		if (c->n == c->cap) {
			c->cap = c->cap ? 2 * c->cap : 64;
			c->v = xrealloc(c->v, c->cap * sizeof *c->v);
		}
		c->v[c->n++] = c->at;
	}
}

/* The last checkpoint at or before byte b (the first when none is). */
static size_t cp_before(struct checkpoints *c, size_t b)
{
	while (!c->done && c->v[c->n - 1] <= b)
		cp_read_to(c, c->n);
	size_t lo = 0, hi = c->n;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (c->v[mid] <= b)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* The checkpoints of rec's text, when it is long enough to be read by them
 * (EXCERPT_SCAN_ALL) and has them: 1, *cp with its first one read and
 * *body_pos the body's first position; else 0 (the text is read whole).
 * The offsets are rec's (idx_record_offsets: read once for its pairs and
 * its excerpt); the caller frees cp->v either way. */
static int cp_open(idx_db *db, struct idx_record *rec, struct checkpoints *cp, size_t *body_pos)
{
	const char *offsets;
	size_t offsets_len = 0;
	*cp = (struct checkpoints){ 0 };
	if (rec->text_len < EXCERPT_SCAN_ALL ||
	    idx_record_offsets(db, rec, &offsets, &offsets_len) != 0 || !offsets_len)
		return 0;
	*cp = (struct checkpoints){ .p = (const unsigned char *)offsets,
				    .end = (const unsigned char *)offsets + offsets_len,
				    .len = rec->text_len };
	if (varint_get(&cp->p, cp->end, body_pos) < 0)
		return 0;
	cp_read_to(cp, 0);
	return cp->n > 0;
}

/* A few words typed with marks, two of them side by side ("đình công"), and
 * no regulation named: where a region of folded words can show another
 * word ("quyết định công nhận"). A description's many words cluster
 * anywhere, and a name's text shows its head (query_excerpt_past_head). */
static int tones_matter(const struct query *q)
{
	const struct query_word *pairs[2];
	for (size_t i = 0; i < q->ncites; i++)
		if (q->cites[i].named)
			return 0;
	return query_marked_pairs(q, pairs, 2) > 0;
}

/* How many clusters a text typed with marks may have read for its region
 * (query_excerpt_region). */
#define REGION_TRIES 4

/* The bytes of the tokens around the cluster h->v[first..last] (score
 * best_run's, -1: none), widened to checkpoints; no cluster: the start of
 * the text. */
static void cluster_bytes(struct checkpoints *cp, const struct hits *h, long score, size_t first,
			  size_t last, size_t window, size_t *from, size_t *to)
{
	size_t t0 = 0, t1 = window;
	if (score >= 0) {
		t0 = h->v[first].start > window ? h->v[first].start - window : 0;
		t1 = h->v[last].start + window;
	}
	size_t k0 = t0 / SCHEMA_OFFSET_STEP, k1 = t1 / SCHEMA_OFFSET_STEP + 2;
	cp_read_to(cp, k1);
	if (k0 >= cp->n)
		k0 = cp->n - 1;
	*from = k0 ? cp->v[k0] : 0;
	*to = k1 < cp->n ? cp->v[k1] : cp->len;
}

int query_excerpt_region(idx_db *db, struct idx_record *rec, const struct query *q,
			 size_t max_chars, const struct idx_cite_place *places, size_t nplaces,
			 size_t *from, size_t *to, struct query_excerpt *out)
{
	size_t len = rec->text_len;
	*from = 0;
	*to = len;
	struct checkpoints cp;
	size_t body_pos;
	if (!cp_open(db, rec, &cp, &body_pos)) {
		free(cp.v);
		return 0;
	}

	struct leaf leaves[MAX_QWORDS];
	struct collect c = { leaves, 0, NULL, 0, 0, 0, NULL, TEXT_WORD, 0, 0, 0 };
	unsigned groups = 0;
	if (q->root)
		collect_leaves(q->root, 0, &c, &groups);
	struct hits h = { 0 };
	group_hits(db, rec, leaves, c.nleaves, (unsigned)body_pos, &h);
	/* A cited number's place, in bytes: the checkpoint before it, plus
	 * an estimate of the tokens between. */
	for (size_t i = 0; i < nplaces; i++) {
		size_t lo = cp_before(&cp, places[i].start);
		size_t extra = (places[i].start - cp.v[lo]) / BYTES_PER_TOKEN;
		if (extra >= SCHEMA_OFFSET_STEP)
			extra = SCHEMA_OFFSET_STEP - 1;
		hits_add(&h, lo * SCHEMA_OFFSET_STEP + extra, groups);
	}
	struct span *sorted = sort_runs(h.v, h.n);
	if (sorted != h.v) {
		h.v = sorted;
		h.cap = h.n;
	}

	/* The cluster of hits scored as query_excerpt_make scores its window. */
	size_t window = budget_bytes(max_chars) / BYTES_PER_TOKEN + 1;
	size_t best_first = 0, best_last = 0;
	struct run_held promised;
	long best_score = best_run(h.v, h.n, window, &best_first, &best_last, &promised);
	cluster_bytes(&cp, &h, best_score, best_first, best_last, window, from, to);
	/* The positions are the folded words': typed with marks, "quyết định
	 * công nhận" is a cluster of "đình công" as much as "đình công" is.
	 * The region is read and scored by the tones typed (collect_best);
	 * when it holds fewer of the query's words, or none side by side,
	 * than its positions promised, the next clusters are read too, up to
	 * REGION_TRIES, and the best kept. */
	int made = 0;
	if (q->accented && best_score >= 0 && out && tones_matter(q)) {
		struct text_tokeniser *tz = idx_read_tokeniser(db);
		size_t budget = budget_bytes(max_chars), f, l, bf, bl;
		struct collect best = { .leaves = leaves }, rc = { .leaves = leaves };
		struct run_held held = { 0 };
		idx_record_need(rec, *from, *to + 8); /* + closing punctuation */
		long got = collect_best(tz, q, rec->text, *from, *to, budget, places, nplaces, &best,
					&bf, &bl, &held);
		for (int tries = 1; tries < REGION_TRIES &&
				    (held.distinct < promised.distinct || (promised.joins && !held.joins));
		     tries++) {
			/* The cluster read, out of the running. */
			memmove(h.v + best_first, h.v + best_last + 1,
				(h.n - best_last - 1) * sizeof *h.v);
			h.n -= best_last + 1 - best_first;
			long next = best_run(h.v, h.n, window, &best_first, &best_last, &promised);
			if (next < 0)
				break;
			size_t nf, nt;
			struct run_held now = { 0 };
			cluster_bytes(&cp, &h, next, best_first, best_last, window, &nf, &nt);
			idx_record_need(rec, nf, nt + 8);
			long score = collect_best(tz, q, rec->text, nf, nt, budget, places, nplaces,
						  &rc, &f, &l, &now);
			if (score > got) {
				free(best.v);
				best = rc;
				got = score, bf = f, bl = l, held = now;
				*from = nf;
				*to = nt;
			} else {
				free(rc.v);
			}
		}
		/* Read already: the excerpt made from it. */
		excerpt_write(&best, rec->text, rec->text_len, *from, *to, budget, got, bf, bl, out);
		made = 1;
	}
	free(h.v);
	free(cp.v);
	return made;
}

struct written {
	const struct query_word *const *words; /* pairs: words[2i], words[2i + 1] */
	size_t npairs;
	const char *text; /* the whole text: tokens' ranges are from base */
	size_t base;
	size_t from, to, len; /* the range read, of the text's len bytes */
	unsigned seen;	     /* bit i: pair i written so */
	unsigned prev_first; /* bit i: the token before is pair i's first word */
	unsigned alone;	     /* bit i: pair i's words are in no other pair */
	unsigned pending;    /* bit i: pair i just read, the word after it awaited */
	int have_prev, have_before;
	enum text_token_kind prev_kind, before_kind;
	size_t prev_start, prev_end, before_start, before_end; /* the last two tokens */
	size_t x_start, x_end; /* the word before a pending pair */
	idx_db *db;
};

/* How many times prefix a[_b] stands in the index (kept by the handle:
 * idx_collection_freq). */
static unsigned long long memo_cf(struct written *w, const char *prefix, const char *a,
				  const char *b)
{
	struct buf t = BUF_INIT;
	if (b)
		query_pair_text(&t, prefix, a, b);
	else
		buf_adds(&t, prefix), buf_adds(&t, a);
	unsigned long long cf = idx_collection_freq(w->db, t.p, t.len);
	buf_release(&t);
	return cf;
}

/* How well p q hold together as one word: the times they stand side by
 * side, squared, over the times each stands (a pair's cosine, squared). */
static double holds_together(struct written *w, const char *p, const char *q)
{
	if (!query_pair_fits(p, q))
		return 0;
	double pq = (double)memo_cf(w, PREFIX_PAIR, p, q);
	double np = (double)memo_cf(w, PREFIX_FOLDED, p, NULL);
	double nq = (double)memo_cf(w, PREFIX_FOLDED, q, NULL);
	return np > 0 && nq > 0 ? pq * pq / (np * nq) : 0;
}

/* A pair standing across words holds together this many times less well
 * than the words on each side of it do with its own: "gia đình công khai"
 * (gia_dinh 6.6, cong_khai 7.9 times dinh_cong), "quyết định công nhận"
 * (quyet_dinh 47, cong_nhan 6.1), "sở hữu trí tuệ" (2.5, 3.1 for huu_tri);
 * "được giải mật từ" is "giải mật" (mat_tu holds less well than giai_mat),
 * "quyền chuyển trường khi" "chuyển trường" (1.1). Over the six corpus
 * folders. */
#define CROSS_MARGIN 2.0
/* And the words outside are bound to the pair's: at least this share of the
 * word before stands before its first word ("gia" 6.6% before "đình",
 * "quyết" 57%), of the word after after its second ("tuệ" 98% after
 * "trí"). A word that stands beside every other ("và", "của", "để",
 * "ngày") is no part of a word that crosses: "và thử việc công ty" (0.6%,
 * 0.6%), "ngày nghỉ phép của" (1.5%, 0.1%), "được cộng gộp để". */
#define CROSS_BOUND 0.02

/* query_int.h: does the pair a b, read in the text as x a b y, stand across
 * two stronger words x a and b y? */
static int pair_crosses(struct written *w, size_t i, size_t y_start, size_t y_end)
{
	const char *a = w->words[2 * i]->folded, *b = w->words[2 * i + 1]->folded;
	struct buf xe = BUF_INIT, xf = BUF_INIT, ye = BUF_INIT, yf = BUF_INIT;
	text_word_terms(w->text + w->x_start, w->x_end - w->x_start, &xe, &xf);
	text_word_terms(w->text + y_start, y_end - y_start, &ye, &yf);
	int crosses = 0;
	if (xf.len && yf.len && query_pair_fits(xf.p, a) && query_pair_fits(b, yf.p)) {
		double xa = (double)memo_cf(w, PREFIX_PAIR, xf.p, a);
		double by = (double)memo_cf(w, PREFIX_PAIR, b, yf.p);
		double nx = (double)memo_cf(w, PREFIX_FOLDED, xf.p, NULL);
		double ny = (double)memo_cf(w, PREFIX_FOLDED, yf.p, NULL);
		if (nx > 0 && ny > 0 && xa >= CROSS_BOUND * nx && by >= CROSS_BOUND * ny) {
			double ab = holds_together(w, a, b) * CROSS_MARGIN * CROSS_MARGIN;
			crosses = holds_together(w, xf.p, a) > ab && holds_together(w, b, yf.p) > ab;
		}
	}
	buf_release(&xe), buf_release(&xf), buf_release(&ye), buf_release(&yf);
	return crosses;
}

/* Does tok stand for word q (typed with marks: as typed; else folded)? */
static int written_is(const struct text_token *tok, const struct query_word *q)
{
	if (q->has_marks)
		return strcmp(q->exact, tok->exact) == 0;
	return tok->folded_len == strlen(q->folded) &&
	       memcmp(tok->folded, q->folded, tok->folded_len) == 0;
}

static int written_token(const struct text_token *tok, void *arg)
{
	struct written *w = arg;
	unsigned first = 0;
	size_t start = w->base + tok->start, end = w->base + tok->end;
	int joined = w->have_prev &&
		     text_joins(w->prev_kind, w->text, w->prev_end, start, tok->kind);
	if (w->pending) {
		/* The word after a pair just read: is the pair a word? */
		for (size_t i = 0; i < w->npairs; i++)
			if ((w->pending >> i & 1) && !(joined && pair_crosses(w, i, start, end)))
				w->seen |= 1u << i;
		w->pending = 0;
	}
	if (tok->exact_len) {
		if (w->prev_first && joined)
			for (size_t i = 0; i < w->npairs; i++) {
				if (!(w->prev_first >> i & 1) || !written_is(tok, w->words[2 * i + 1]))
					continue;
				if ((w->alone >> i & 1) && w->db && !w->have_before && w->from > 0)
					continue; /* the word before it unread */
				if ((w->alone >> i & 1) && w->have_before && w->db &&
				    text_joins(w->before_kind, w->text, w->before_end,
					       w->prev_start, w->prev_kind)) {
					w->pending |= 1u << i;
					w->x_start = w->before_start;
					w->x_end = w->before_end;
				} else {
					w->seen |= 1u << i;
				}
			}
		for (size_t i = 0; i < w->npairs; i++)
			if (written_is(tok, w->words[2 * i]))
				first |= 1u << i;
	}
	w->prev_first = first;
	w->before_kind = w->prev_kind;
	w->before_start = w->prev_start;
	w->before_end = w->prev_end;
	w->have_before = w->have_prev;
	w->prev_kind = tok->kind;
	w->prev_start = start;
	w->prev_end = end;
	w->have_prev = 1;
	return w->seen + 1 == 1u << w->npairs; /* all written: enough */
}

/* Reads text[from..to) of its len bytes (rec: decompressing it first) into
 * w. */
static void written_scan(struct text_tokeniser *tz, struct idx_record *rec, const char *text,
			 size_t len, size_t from, size_t to, const unsigned char lead[256],
			 struct written *w)
{
	if (rec)
		idx_record_need(rec, from, to);
	w->text = text;
	w->base = from;
	w->from = from;
	w->to = to;
	w->len = len;
	w->prev_first = 0;
	w->have_prev = w->have_before = 0;
	w->pending = 0;
	text_tokenise_led(tz, text + from, to - from, 0, lead, written_token, w);
	/* A pair that ends the text: nothing after it. */
	if (to == len)
		w->seen |= w->pending;
	w->pending = 0;
}

/* How far a passage read for its pairs reaches past its checkpoints: to the
 * words before and after a pair near its ends (query_pairs_written asks
 * them whether the pair is a word). A pair at a passage's end not the
 * text's, the word beyond it unread, is not counted there. */
#define WRITTEN_REACH 48

/* Is c white space between words (text_joins' own, but U+00A0)? */
static int written_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

/* Widens [*from, *to) of rec's text (len bytes) by WRITTEN_REACH bytes
 * each way, cut at white space: a few words for the words around a pair
 * near the passage's ends. */
static void written_widen(struct idx_record *rec, size_t len, size_t *from, size_t *to)
{
	size_t f = *from > WRITTEN_REACH ? *from - WRITTEN_REACH : 0;
	size_t t = len - *to > WRITTEN_REACH ? *to + WRITTEN_REACH : len;
	idx_record_need(rec, f, t);
	const char *s = rec->text;
	if (f > 0) {
		while (f < *from && !written_space(s[f]))
			f++;
		*from = f;
	}
	if (t < len) {
		while (t > *to && !written_space(s[t - 1]))
			t--;
	}
	*to = t;
}

/* How many passages of a pair's folded form are read, at most: "quyết định
 * công nhận" stands hundreds of times in some laws, none "đình công". */
#define WRITTEN_MAX_PASSAGES 256

/* query_int.h */
unsigned query_pairs_written(idx_db *db, struct idx_record *rec,
			     const struct query_word *const *words, size_t npairs)
{
	struct text_tokeniser *tz = idx_read_tokeniser(db);
	unsigned char lead[256] = { 0 };
	for (size_t i = 0; i < 2 * npairs; i++)
		lead[(unsigned char)words[i]->folded[0]] = 1;
	struct written w = { .words = words, .npairs = npairs, .db = db };
	for (size_t i = 0; i < npairs; i++) {
		int shared = 0;
		for (size_t j = 0; j < npairs; j++)
			shared |= j != i && (words[2 * j] == words[2 * i] ||
					     words[2 * j] == words[2 * i + 1] ||
					     words[2 * j + 1] == words[2 * i] ||
					     words[2 * j + 1] == words[2 * i + 1]);
		if (!shared)
			w.alone |= 1u << i;
	}
	unsigned all = (1u << npairs) - 1;
	if (rec->title)
		written_scan(tz, NULL, rec->title, strlen(rec->title), 0, strlen(rec->title), lead,
			     &w);
	size_t len = rec->text_len;
	size_t body_pos = 0;
	struct checkpoints cp = { 0 };
	if (w.seen != all && !idx_network_reads(db))
		cp_open(db, rec, &cp, &body_pos);
	if (w.seen != all && !cp.n) {
		/* A short text, or one read whole over the network. */
		written_scan(tz, rec, rec->text, len, 0, len, lead, &w);
	}
	struct buf t = BUF_INIT;
	for (size_t i = 0; i < npairs && cp.n && w.seen != all; i++) {
		if (w.seen >> i & 1)
			continue;
		const unsigned *pa, *pb;
		size_t na, nb;
		buf_reset(&t);
		buf_adds(&t, PREFIX_FOLDED);
		buf_adds(&t, words[2 * i]->folded);
		if (idx_record_positions(db, rec, t.p, t.len, &pa, &na) < 0)
			continue;
		buf_reset(&t);
		buf_adds(&t, PREFIX_FOLDED);
		buf_adds(&t, words[2 * i + 1]->folded);
		if (idx_record_positions(db, rec, t.p, t.len, &pb, &nb) < 0)
			continue;
		size_t at = 0, read = 0, last = (size_t)-1;
		for (size_t k = 0; k < na && !(w.seen >> i & 1) && read < WRITTEN_MAX_PASSAGES; k++) {
			if (pa[k] < body_pos || !query_pos_at(pb, nb, &at, pa[k] + 1))
				continue;
			/* The checkpoints around the pair's first word. */
			size_t c = (pa[k] - body_pos) / SCHEMA_OFFSET_STEP;
			if (c == last)
				continue;
			last = c;
			cp_read_to(&cp, c + 2);
			if (c >= cp.n)
				c = cp.n - 1;
			size_t from = c ? cp.v[c] : 0, to = c + 2 < cp.n ? cp.v[c + 2] : len;
			if (w.db)
				written_widen(rec, len, &from, &to);
			written_scan(tz, rec, rec->text, len, from, to, lead, &w);
			read++;
		}
	}
	buf_release(&t);
	free(cp.v);
	return w.seen;
}

int query_excerpt_past_head(struct text_tokeniser *tz, const struct query *q,
			    struct idx_record *rec, size_t max_chars,
			    const struct idx_cite_place *places, size_t nplaces,
			    struct query_excerpt *e)
{
	/* Only a passage that opens in the letterhead and marks nothing past
	 * it: the issuer, "Số: …" and the motto are no reading, and a number
	 * found in its own letterhead is the text the result is. */
	if (e->source_start >= TEXT_OWN_HEAD_BYTES ||
	    (e->nmarks && e->source_match >= TEXT_OWN_HEAD_BYTES))
		return 0;
	size_t head = rec->text_len < TEXT_OWN_HEAD_BYTES ? rec->text_len : TEXT_OWN_HEAD_BYTES;
	idx_record_need(rec, 0, head);
	size_t start, at = text_head_heading_at(rec->text, head, &start);
	if (!at || e->source_start < start || e->source_start >= at ||
	    (e->nmarks && e->source_match >= at))
		return 0;
	/* One window from the type heading: the subject under it, then the
	 * preamble or the first article, the query's words there marked; then
	 * filled from where that window starts, when a match put it later. */
	size_t from = at, span = budget_bytes(max_chars) + 64;
	for (int round = 0; round < 2; round++) {
		size_t to = from + span < rec->text_len ? from + span : rec->text_len;
		idx_record_need(rec, from, to + 8); /* + closing punctuation */
		query_excerpt_release(e);
		query_excerpt_make_with(tz, q, rec->text, rec->text_len, from, to, max_chars, places,
					nplaces, e);
		if (e->source_start <= from)
			break;
		from = e->source_start;
	}
	return 1;
}
