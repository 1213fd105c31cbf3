/* termgen.c — turns a document into Xapian terms with the shared text rules:
 * each word's folded form at its position and its exact form counted, the
 * two-syllable words, the document numbers it cites, and its dates. */
#include "index/termgen.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "index/articles.h"
#include "index/cites.h"
#include "index/schema.h"

/* A document's word terms, gathered before they go to Xapian. Xapian's
 * Document keeps its terms in a std::map of strings, so three calls per token
 * cost three tree walks of string compares; here a token costs hash probes,
 * and each distinct term reaches Xapian once (bag_flush). The index is the
 * same: the positions are handed over in the order they were found, and the
 * counts add up as Xapian's own calls would have added them. */
struct bag_term {
	uint32_t hash;
	uint32_t len;
	size_t off;   /* of the term's bytes in bag.bytes */
	unsigned wdf; /* occurrences without a position */
	unsigned npos;
	size_t first; /* bag_flush: where its positions start */
};

struct bag_post {
	uint32_t term; /* index in bag.terms */
	unsigned pos;
};

struct bag {
	struct bag_term *terms; /* in order of first occurrence */
	size_t n, cap;
	uint32_t *table; /* open addressing: index in terms + 1, 0 when free */
	size_t mask;
	struct buf bytes;
	struct bag_post *posts; /* in token order */
	size_t nposts, cap_posts;
};

/* Eight bytes at a step: terms are short, and a collision costs one probe. */
static uint32_t bag_hash(const char *s, size_t len)
{
	const uint64_t k = 0xff51afd7ed558ccdu;
	uint64_t h = 0x9e3779b97f4a7c15u ^ len, w;
	for (; len >= 8; s += 8, len -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * k;
		h ^= h >> 32;
	}
	/* The last 0 to 7 bytes, as two overlapping words or three bytes:
	 * every byte counts, and len is in h already. */
	if (len >= 4) {
		uint32_t a, b;
		memcpy(&a, s, 4);
		memcpy(&b, s + len - 4, 4);
		w = (uint64_t)a << 32 | b;
	} else {
		const unsigned char *u = (const unsigned char *)s;
		w = len ? (uint64_t)u[0] << 16 | (uint64_t)u[len / 2] << 8 | u[len - 1] : 0;
	}
	h = (h ^ w) * k;
	return (uint32_t)(h ^ (h >> 32));
}

static void bag_grow_table(struct bag *g)
{
	size_t size = g->table ? 2 * (g->mask + 1) : 1024;
	free(g->table);
	g->table = xcalloc(size, sizeof *g->table);
	g->mask = size - 1;
	for (size_t i = 0; i < g->n; i++) {
		size_t at = g->terms[i].hash & g->mask;
		while (g->table[at])
			at = (at + 1) & g->mask;
		g->table[at] = (uint32_t)i + 1;
	}
}

/* The entry for term, made on first sight. */
static struct bag_term *bag_term(struct bag *g, const char *term, size_t len)
{
	if (2 * (g->n + 1) > (g->table ? g->mask + 1 : 0))
		bag_grow_table(g);
	uint32_t h = bag_hash(term, len);
	size_t at = h & g->mask;
	for (uint32_t i; (i = g->table[at]) != 0; at = (at + 1) & g->mask) {
		struct bag_term *t = &g->terms[i - 1];
		if (t->hash == h && t->len == len && memcmp(g->bytes.p + t->off, term, len) == 0)
			return t;
	}
	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 512;
		g->terms = xrealloc(g->terms, g->cap * sizeof *g->terms);
	}
	struct bag_term *t = &g->terms[g->n];
	*t = (struct bag_term){ .hash = h, .len = (uint32_t)len, .off = g->bytes.len };
	buf_add(&g->bytes, term, len);
	g->table[at] = (uint32_t)++g->n;
	return t;
}

static void bag_add_posting(struct bag *g, const char *term, size_t len, unsigned pos)
{
	struct bag_term *t = bag_term(g, term, len);
	t->npos++;
	if (g->nposts == g->cap_posts) {
		g->cap_posts = g->cap_posts ? 2 * g->cap_posts : 4096;
		g->posts = xrealloc(g->posts, g->cap_posts * sizeof *g->posts);
	}
	g->posts[g->nposts++] = (struct bag_post){ (uint32_t)(t - g->terms), pos };
}

static void bag_add_counted(struct bag *g, const char *term, size_t len)
{
	bag_term(g, term, len)->wdf++;
}

/* qsort order of bag_flush: the terms with the most positions first. */
static int more_positions(const void *a, const void *b)
{
	unsigned x = (*(struct bag_term *const *)a)->npos, y = (*(struct bag_term *const *)b)->npos;
	return x < y ? 1 : x > y ? -1 : 0;
}

/* Hands every term to doc once, its positions grouped by term (a counting
 * sort of the postings, which keeps each term's in token order). Xapian
 * looks each position's term up in its map: the terms with the most
 * positions go first, while the map is small, and the counted terms last. */
static void bag_flush(struct bag *g, xs_doc *doc)
{
	size_t first = 0, npositional = 0;
	struct bag_term **order = xmalloc((g->n ? g->n : 1) * sizeof *order);
	for (size_t i = 0; i < g->n; i++) {
		struct bag_term *t = &g->terms[i];
		t->first = first;
		first += t->npos;
		if (t->npos)
			order[npositional++] = t;
	}
	qsort(order, npositional, sizeof *order, more_positions);
	for (size_t i = 0, k = npositional; i < g->n; i++)
		if (!g->terms[i].npos)
			order[k++] = &g->terms[i];
	unsigned *pos = xmalloc((g->nposts ? g->nposts : 1) * sizeof *pos);
	for (size_t i = 0; i < g->nposts; i++)
		pos[g->terms[g->posts[i].term].first++] = g->posts[i].pos;
	for (size_t i = 0; i < g->n; i++) {
		const struct bag_term *t = order[i];
		/* first now points past the term's positions. */
		xs_doc_add_term_wdf(doc, g->bytes.p + t->off, t->len, t->wdf, pos + t->first - t->npos,
				    t->npos);
	}
	free(pos);
	free(order);
}

static void bag_release(struct bag *g)
{
	free(g->terms);
	free(g->table);
	free(g->posts);
	buf_release(&g->bytes);
}

struct emit_ctx {
	xs_doc *doc;
	struct bag *bag;
	struct buf term;
	struct buf key;
	/* From the letterhead, when the text is a regulation's own. */
	char issue_date[11];
	int seen_letterhead;
	int own_issuer_unsure; /* its first letterhead named no body with confidence */
	char own[CITE_MAX]; /* its own number, from the letterhead; "" when none */
	struct buf own_subject; /* the letterhead's subject, folded (SLOT_TEXT_OF) */
	int own_one_text; /* its number names one text alone (one_text_number) */
	const char *issuer_prefix; /* PREFIX_ISSUER or PREFIX_OWN_ISSUER (issuer_term) */
	/* The text being tokenised and the previous token, for PREFIX_PAIR. */
	const char *text;
	size_t prev_end;
	enum text_token_kind prev_kind;
	/* PREFIX_PAIR, the previous token's folded form and PAIR_JOIN, the
	 * start of a pair term; empty: none. */
	struct buf prev;
	/* The previous token's exact form in the name (its pairs are written
	 * exactly too: exact_pair); empty: none. */
	struct buf prev_exact, exact_term;
	/* Heading words (PREFIX_HEADING): the articles' headings as the
	 * structure reader finds them (text_structure_read: in order, quoted
	 * articles left out); head_next: the first whose heading does not end
	 * before the token; heading: the heading words seen so far in the
	 * current one, 0 outside. */
	const struct text_structure *st;
	size_t head_next;
	unsigned heading;
	const char *own_type; /* its own type's name, from the letterhead */
	/* The body's token offsets (schema.h, SLOT_OFFSETS); body_pos 0 while
	 * the title is tokenised. */
	struct buf *offsets;
	unsigned body_pos, next_pos;
	size_t last_offset;
	/* The body's articles and clauses: the byte where each starts or ends
	 * and where the position of the first token at or past it goes. */
	struct mark *marks;
	size_t nmarks, next_mark;
};

struct mark {
	size_t byte;
	unsigned *pos;
};

/* b = prefix + s[0..n), with one growth check (three terms a token) and
 * room for one more byte. */
static void put_term(struct buf *b, const char *prefix, size_t plen, const char *s, size_t n)
{
	b->len = 0;
	buf_grow(b, plen + n + 1);
	memcpy(b->p, prefix, plen);
	memcpy(b->p + plen, s, n);
	b->len = plen + n;
	b->p[b->len] = '\0';
}

/* Is tok a word of an article's heading ("Điều 26. Thời giờ làm việc bình
 * thường")? Its rank in the heading (1 for the first), or 0 outside one or
 * past SCHEMA_HEADING_MAX words. The title has none. */
static int heading_word(struct emit_ctx *c, const struct text_token *tok)
{
	const struct text_structure *st = c->st;
	if (!c->body_pos || !st) {
		c->heading = 0;
		return 0;
	}
	while (c->head_next < st->narticles && st->articles[c->head_next].head_end <= tok->start)
		c->head_next++;
	if (c->head_next == st->narticles || tok->start < st->articles[c->head_next].head_start) {
		c->heading = 0;
		return 0;
	}
	if (++c->heading > SCHEMA_HEADING_MAX)
		return 0;
	return (int)c->heading;
}

/* The token as the first word of the next pair: prefix + its folded form +
 * the join mark; no pair starts at a token without a folded form. */
static void remember_prev(struct emit_ctx *c, const char *prefix, size_t plen,
			  const struct text_token *tok)
{
	if (tok->folded_len) {
		put_term(&c->prev, prefix, plen, tok->folded, tok->folded_len);
		c->prev.p[c->prev.len++] = PAIR_JOIN;
		c->prev.p[c->prev.len] = '\0';
	} else {
		c->prev.len = 0;
	}
	c->prev_end = tok->end;
	c->prev_kind = tok->kind;
}

/* The name's pair as typed with marks ("XAđình_công"), beside its folded
 * form in c->term: a filter (no wdf, the document's length is unchanged), so
 * that "đình công" typed with marks does not weigh a title saying "quyết
 * định công nhận" (query/build.c, exact_pair_in). Not written when it is the
 * folded pair itself. Headings' pairs are not: they are many, and would
 * make the index a few percent larger. */
static void exact_pair(struct emit_ctx *c, const struct text_token *tok)
{
	if (!c->prev_exact.len)
		return;
	struct buf *t = &c->exact_term;
	put_term(t, PREFIX_NAME, sizeof PREFIX_NAME - 1, c->prev_exact.p, c->prev_exact.len);
	buf_addc(t, PAIR_JOIN);
	buf_add(t, tok->exact, tok->exact_len);
	if (t->len > SCHEMA_MAX_ID_TERM || (t->len == c->term.len && memcmp(t->p, c->term.p, t->len) == 0))
		return;
	xs_doc_add_term(c->doc, t->p, t->len);
}

static void remember_exact(struct emit_ctx *c, const struct text_token *tok)
{
	c->prev_exact.len = 0;
	if (tok->folded_len)
		buf_add(&c->prev_exact, tok->exact, tok->exact_len);
}

/* Each short article heading whole (schema.h, PREFIX_WHOLE_HEADING). */
static void whole_headings(struct emit_ctx *c, struct text_tokeniser *tz,
			   const struct text_structure *st)
{
	struct buf t = BUF_INIT;
	for (size_t i = 0; i < st->narticles; i++) {
		const char *h = st->articles[i].heading;
		if (!h || !*h)
			continue;
		buf_reset(&t);
		buf_adds(&t, PREFIX_WHOLE_HEADING);
		size_t words = text_heading_key(tz, h, strlen(h), SCHEMA_WHOLE_HEADING_MAX, PAIR_JOIN, &t);
		if (words >= 2 && words <= SCHEMA_WHOLE_HEADING_MAX && t.len <= SCHEMA_MAX_ID_TERM)
			bag_add_counted(c->bag, t.p, t.len);
	}
	buf_release(&t);
}

static int emit_token(const struct text_token *tok, void *arg)
{
	struct emit_ctx *c = arg;
	unsigned was_heading = c->heading;
	int heading = heading_word(c, tok);
	put_term(&c->term, PREFIX_FOLDED, sizeof PREFIX_FOLDED - 1, tok->folded, tok->folded_len);
	bag_add_posting(c->bag, c->term.p, c->term.len, tok->position);
	bag_add_counted(c->bag, tok->exact, tok->exact_len);
	/* A checkpoint every SCHEMA_OFFSET_STEP positions; a skipped overlong
	 * token hands its checkpoint to the next token. */
	while (c->next_mark < c->nmarks && tok->start >= c->marks[c->next_mark].byte)
		*c->marks[c->next_mark++].pos = tok->position;
	while (c->body_pos && tok->position >= c->next_pos) {
		buf_add_varint(c->offsets, tok->start - c->last_offset);
		c->last_offset = tok->start;
		c->next_pos += SCHEMA_OFFSET_STEP;
	}
	if (c->prev.len && text_joins(c->prev_kind, c->text, c->prev_end, tok->start, tok->kind)) {
		/* PREFIX_PAIR + prev + PAIR_JOIN, then the token. */
		put_term(&c->term, c->prev.p, c->prev.len, tok->folded, tok->folded_len);
		if (c->term.len <= SCHEMA_MAX_ID_TERM) {
			bag_add_counted(c->bag, c->term.p, c->term.len);
			/* Both words in the heading: the same pair under 'A'. */
			if (heading && was_heading) {
				c->term.p[0] = PREFIX_HEADING[0];
				bag_add_counted(c->bag, c->term.p, c->term.len);
			}
		}
	}
	remember_prev(c, PREFIX_PAIR, sizeof PREFIX_PAIR - 1, tok);
	return 0;
}

static void add_term(struct emit_ctx *c, const char *prefix, const char *v, size_t len)
{
	if (!len)
		return;
	buf_reset(&c->term);
	buf_adds(&c->term, prefix);
	buf_add(&c->term, v, len);
	if (c->term.len <= SCHEMA_MAX_ID_TERM)
		xs_doc_add_term(c->doc, c->term.p, c->term.len);
}

static void add_folded_term(struct emit_ctx *c, const char *prefix, const char *phrase)
{
	buf_reset(&c->key);
	text_fold_key(phrase, strlen(phrase), &c->key);
	add_term(c, prefix, c->key.p, c->key.len);
}

/* A body's name term, each body of a joint text's on its own ("Bộ Công
 * an – Bộ Quốc phòng": --issuer 'Bộ Công an' finds it). */
static void add_body_terms(struct emit_ctx *c, const char *prefix, const char *names)
{
	for (const char *p = names; p && *p;) {
		const char *part = p;
		size_t n = cite_joint_part(part, &p);
		buf_reset(&c->key);
		text_fold_key(part, n, &c->key);
		add_term(c, prefix, c->key.p, c->key.len);
		/* A province's or a town's body is also filed under its place, so
		 * --issuer 'Nghệ An' (or 'tỉnh Nghệ An') finds all of its bodies. */
		const char *loc, *place;
		size_t pn = cite_body_place(part, n, &loc, &place);
		if (pn) {
			buf_reset(&c->key);
			text_fold_key(place, pn, &c->key);
			add_term(c, prefix, c->key.p, c->key.len);
			buf_reset(&c->key);
			text_fold_key(loc, (size_t)(place + pn - loc), &c->key);
			add_term(c, prefix, c->key.p, c->key.len);
		}
	}
}

/* The document's own bodies with a place, by their names as read
 * (PREFIX_OWN_ISSUER_SHOWN): what the issuer facet shows for them. */
static void add_shown_terms(struct emit_ctx *c, const char *names)
{
	for (const char *p = names; p && *p;) {
		const char *part = p;
		size_t n = cite_joint_part(part, &p);
		const char *loc, *place;
		if (cite_body_place(part, n, &loc, &place))
			add_term(c, PREFIX_OWN_ISSUER_SHOWN, part, n);
	}
}

/* An issuing body's terms: its code, and with the term digits of a
 * legislature (QH14) that code too, so --issuer QH14 narrows QH. */
static void issuer_term(const char *code, const char *term, void *arg)
{
	struct emit_ctx *c = arg;
	buf_reset(&c->key);
	buf_adds(&c->key, code);
	add_term(c, c->issuer_prefix, c->key.p, c->key.len);
	if (term[0]) {
		buf_adds(&c->key, term);
		add_term(c, c->issuer_prefix, c->key.p, c->key.len);
	}
}

struct code_seen {
	const char *code;
	int seen;
};

static void code_is(const char *code, const char *term, void *arg)
{
	struct code_seen *c = arg;
	(void)term;
	c->seen |= strcmp(code, c->code) == 0;
}

/* The code of the one body a letterhead names with confidence when the
 * number's codes name another: a law of 1989-94 is numbered by the order
 * promulgating it (21-LCT/HĐNN8, 18-L/CTN) under the letterhead "QUỐC HỘI",
 * and is the Quốc hội's, as its card and results say, for --issuer and the
 * facets too. NULL otherwise. */
static const char *named_code(const struct cite_mention *m)
{
	if (!m->issuer_name[0] || (m->letterhead & CITE_UNSURE_ISSUER) ||
	    cite_joint_count(m->issuer_name) != 1)
		return NULL;
	const char *code = cite_issuer_code(m->issuer_name);
	const char *names = code ? cite_issuer_names(code) : NULL;
	if (!names || strchr(names, '|'))
		return NULL;
	struct code_seen s = { code, 0 };
	cite_issuer_bodies(&m->num, code_is, &s);
	return s.seen ? NULL : code;
}

/* The names the text's relations name regulations by (their lines lead
 * with an empty number): "XR" terms, for the cards of the texts so titled. */
static void named_terms(struct emit_ctx *c, const struct buf *lines)
{
	for (size_t i = 0; i < lines->len;) {
		const char *nl = memchr(lines->p + i, '\n', lines->len - i);
		size_t end = nl ? (size_t)(nl - lines->p) : lines->len;
		struct stored_named n;
		if (lines->p[i] == '\t' && cites_parse_named(lines->p + i, end - i, &n) == 0)
			add_term(c, PREFIX_NAMED, n.key, strlen(n.key));
		i = end + 1;
	}
}

/* A number that carries its year, in a letterhead that names with
 * confidence the one body its code names and no place ("CHÍNH PHỦ" over
 * 158/2025/NĐ-CP, "Bộ Tài chính" over a TT-BTC), is one text: its copies
 * are one result whatever date and subject each copy's letterhead gives
 * (thuvienphapluat's copy of 158/2025/NĐ-CP has no "Hà Nội, ngày …" line
 * and doubles its heading's "Quy định"). So is a law's (NUM/YYYY/QHnn:
 * the legislature is one body), whatever its letterhead's reading: every
 * copy of it must get the same key (thuvienphapluat's copy of
 * 51/2024/QH15 reads its "QUỐC HỘI" without confidence). Each
 * province's 98/2025/QĐ-UBND, a joint text, another body read without
 * confidence keep their date and subject in the key (SLOT_TEXT_OF). */
static int one_text_number(const struct cite_mention *m)
{
	if (!m->num.year)
		return 0;
	if (m->num.kind == CITE_LAW)
		return 1;
	if (!m->issuer_name[0] || (m->letterhead & CITE_UNSURE_ISSUER))
		return 0;
	const char *table = cite_issuer_name(m->num.issuer);
	if (!table) /* a single name, or none */
		return 0;
	struct buf a = BUF_INIT, b = BUF_INIT;
	text_fold_key(m->issuer_name, strlen(m->issuer_name), &a);
	text_fold_key(table, strlen(table), &b);
	int same = a.len && a.len == b.len && memcmp(a.p, b.p, a.len) == 0;
	buf_release(&a);
	buf_release(&b);
	return same;
}

static int emit_citation(const struct cite_mention *m, void *arg)
{
	struct emit_ctx *c = arg;
	const char *type_name = m->type_name ? m->type_name
						: cite_type_guess(m->num.type, m->num.kind, m->num.issuer);
	if (type_name && m->num.number[0]) {
		buf_reset(&c->key);
		cite_short_key(type_name, m->num.number, 0, &c->key);
		add_term(c, PREFIX_SHORT, c->key.p, c->key.len);
		if (m->num.year) {
			buf_reset(&c->key);
			cite_short_key(type_name, m->num.number, m->num.year, &c->key);
			add_term(c, PREFIX_SHORT, c->key.p, c->key.len);
		}
	}
	if (m->num.kind == CITE_SHORT || !m->num.canonical[0])
		return 0;
	add_term(c, PREFIX_CITE, m->num.canonical, strlen(m->num.canonical));
	/* The text is the own text of every number in a letterhead of its
	 * (a consolidated text: the base's and its own at the end), as the
	 * registry's cards say. The first gives the document's own date, type
	 * and issuer: what --type and --issuer mean, apart from the numbers it
	 * cites. */
	if (m->letterhead & CITE_OWN_TEXT) {
		add_term(c, PREFIX_SOURCE_OF, m->num.canonical, strlen(m->num.canonical));
		if (c->seen_letterhead || (m->letterhead & CITE_LATER_TEXT)) {
			/* A site's block first, the letterhead under it: the body
			 * the letterhead names with confidence (its heading, its
			 * "T/M BỘ CHÍNH TRỊ") is the document's, as on its card. */
			if (c->own_issuer_unsure && strcmp(c->own, m->num.canonical) == 0 &&
			    m->issuer_name[0] && !(m->letterhead & CITE_UNSURE_ISSUER)) {
				add_folded_term(c, PREFIX_OWN_ISSUER_NAME, m->issuer_name);
				add_shown_terms(c, m->issuer_name);
				c->own_issuer_unsure = 0;
			}
			return 0;
		}
		c->seen_letterhead = 1;
		snprintf(c->own, sizeof c->own, "%s", m->num.canonical);
		text_fold_key(m->subject, strlen(m->subject), &c->own_subject);
		c->own_one_text = one_text_number(m);
		if (m->date.year && m->date.month && m->date.day)
			text_date_iso(&m->date, c->issue_date);
		if (type_name) {
			add_folded_term(c, PREFIX_OWN_TYPE, type_name);
			c->own_type = type_name;
		}
		c->issuer_prefix = PREFIX_OWN_ISSUER;
		const char *named = named_code(m);
		if (named)
			issuer_term(named, "", c);
		else
			cite_issuer_bodies(&m->num, issuer_term, c);
		if (m->issuer_name[0] && !(m->letterhead & CITE_UNSURE_ISSUER)) {
			add_body_terms(c, PREFIX_OWN_ISSUER_NAME, m->issuer_name);
			add_shown_terms(c, m->issuer_name);
		} else
			c->own_issuer_unsure = 1;
		return 0;
	}
	/* Its own number again (in its title, a footer) cites nothing. */
	if (c->own[0] && strcmp(c->own, m->num.canonical) == 0)
		return 0;
	if (type_name)
		add_folded_term(c, PREFIX_TYPE, type_name);
	c->issuer_prefix = PREFIX_ISSUER;
	cite_issuer_bodies(&m->num, issuer_term, c);
	if (m->issuer_name[0] && m->issuer_from_context)
		add_body_terms(c, PREFIX_ISSUER_NAME, m->issuer_name);
	return 0;
}

/* The pair a word of the name ends, under PREFIX_NAME. */
static int emit_heading_token(const struct text_token *tok, void *arg)
{
	struct emit_ctx *c = arg;
	if (c->prev.len && text_joins(c->prev_kind, c->text, c->prev_end, tok->start, tok->kind)) {
		put_term(&c->term, c->prev.p, c->prev.len, tok->folded, tok->folded_len);
		if (c->term.len <= SCHEMA_MAX_ID_TERM) {
			xs_doc_add_term_wdf(c->doc, c->term.p, c->term.len, 1, NULL, 0);
			exact_pair(c, tok);
		}
	}
	remember_prev(c, PREFIX_NAME, sizeof PREFIX_NAME - 1, tok);
	remember_exact(c, tok);
	return 0;
}

/* The document's name as a reader says it: its own type (from its
 * letterhead) and its title, "Bộ luật" + "Lao động", "Hiến pháp": every
 * pair of it a PREFIX_NAME term. A title that starts with the type already
 * is taken as it is. */
static void heading_terms(struct emit_ctx *c, struct text_tokeniser *tz, const char *title)
{
	struct buf name = BUF_INIT, k = BUF_INIT;
	if (!title)
		title = "";
	if (c->own_type) {
		text_fold_key(c->own_type, strlen(c->own_type), &k);
		buf_reset(&c->key);
		text_fold_key(title, strlen(title), &c->key);
		if (c->key.len < k.len || memcmp(c->key.p, k.p, k.len) != 0) {
			/* One space: the type's last word and the title's first
			 * make a pair ("luật lao" of "Luật Lao động"). */
			buf_adds(&name, c->own_type);
			buf_addc(&name, ' ');
		}
	}
	buf_adds(&name, title);
	if (name.len) {
		c->text = name.p;
		c->prev.len = 0;
		c->prev_exact.len = 0;
		c->prev_end = 0;
		c->prev_kind = TEXT_WORD;
		text_tokenise(tz, name.p, name.len, 0, emit_heading_token, c);
	}
	buf_release(&name);
	buf_release(&k);
}

static int full_date(const char *d)
{
	return d && strlen(d) == 10 && d[0] != '-';
}

static int mark_order(const void *a, const void *b)
{
	size_t x = ((const struct mark *)a)->byte, y = ((const struct mark *)b)->byte;
	return x < y ? -1 : x > y;
}

/* The marks of s's articles and clauses, sorted by byte; pos gets their
 * positions (articles_pack's order). */
static struct mark *structure_marks(const struct text_structure *s, unsigned *pos, size_t *n)
{
	*n = 2 * (s->narticles + s->nclauses);
	struct mark *m = xmalloc((*n ? *n : 1) * sizeof *m);
	for (size_t i = 0; i < s->narticles; i++) {
		m[2 * i] = (struct mark){ s->articles[i].start, &pos[2 * i] };
		m[2 * i + 1] = (struct mark){ s->articles[i].end, &pos[2 * i + 1] };
	}
	for (size_t i = 0, b = 2 * s->narticles; i < s->nclauses; i++) {
		m[b + 2 * i] = (struct mark){ s->clauses[i].start, &pos[b + 2 * i] };
		m[b + 2 * i + 1] = (struct mark){ s->clauses[i].end, &pos[b + 2 * i + 1] };
	}
	qsort(m, *n, sizeof *m, mark_order);
	return m;
}

void termgen_document(struct text_tokeniser *tz, const struct idx_record *r, xs_doc *doc,
		      struct buf *mentions, struct buf *articles)
{
	struct text_structure st;
	text_structure_read(r->text, r->text_len, &st);
	/* The articles a page quotes are the law's, not the page's: a page
	 * has none, and no heading words from them. */
	if (st.narticles && !text_own_regulation(r->text, r->text_len))
		text_structure_release(&st);
	unsigned *st_pos = xcalloc(2 * (st.narticles + st.nclauses) + 1, sizeof *st_pos);
	struct buf offsets = BUF_INIT;
	struct bag bag = { .bytes = BUF_INIT };
	struct emit_ctx c = { .doc = doc, .bag = &bag, .term = BUF_INIT, .key = BUF_INIT,
			      .prev = BUF_INIT, .prev_exact = BUF_INIT, .exact_term = BUF_INIT,
			      .offsets = &offsets,
			      .own_subject = BUF_INIT };
	/* Positions start at 1 (Xapian's convention); the body follows the
	 * title after a gap so that no phrase spans the two. */
	unsigned pos = 1;
	if (r->title && *r->title) {
		c.text = r->title;
		pos += text_tokenise(tz, r->title, strlen(r->title), pos, emit_token, &c) +
		       SCHEMA_TITLE_GAP;
	}
	c.text = r->text;
	c.heading = 0;
	c.st = &st;
	c.head_next = 0;
	c.prev_end = 0;
	c.prev_kind = TEXT_WORD;
	buf_reset(&c.prev);
	c.body_pos = c.next_pos = pos;
	buf_add_varint(&offsets, pos);
	c.marks = structure_marks(&st, st_pos, &c.nmarks);
	unsigned body_end = pos + text_tokenise(tz, r->text, r->text_len, pos, emit_token, &c);
	/* Marks past the last token: the body's end. */
	for (; c.next_mark < c.nmarks; c.next_mark++)
		*c.marks[c.next_mark].pos = body_end;
	if (st.narticles) {
		articles_pack(&st, st_pos, articles);
		whole_headings(&c, tz, &st);
	}
	free(c.marks);
	free(st_pos);
	text_structure_release(&st);
	bag_flush(&bag, doc);
	bag_release(&bag);
	xs_doc_set_value(doc, SLOT_OFFSETS, offsets.p, offsets.len);
	/* A folder's README lists numbers; it cites none and is no
	 * regulation's text. */
	if (!r->note)
		cites_scan_text(r->text, r->text_len, mentions, emit_citation, &c);
	named_terms(&c, mentions);
	/* A regulation without a number (the Constitution, a law of the
	 * 1950s) is filed under the type its heading names and the body its
	 * letterhead's first line names, as its card says ("Hiến pháp 2013"). */
	const char *unnumbered = c.seen_letterhead ? NULL
				 : text_unnumbered_type(r->text, r->text_len, r->title);
	const char *unnumbered_code = NULL;
	if (unnumbered) {
		add_folded_term(&c, PREFIX_OWN_TYPE, unnumbered);
		c.own_type = unnumbered;
		const char *code = cite_unnumbered_body(r->text, r->text_len, unnumbered);
		unnumbered_code = code;
		const char *names = code ? cite_issuer_names(code) : NULL;
		char term[8];
		const char *body = code ? cite_issuer_body(code, strlen(code), term) : NULL;
		if (body) {
			c.issuer_prefix = PREFIX_OWN_ISSUER;
			issuer_term(body, "", &c);
			add_body_terms(&c, PREFIX_OWN_ISSUER_NAME, names);
		}
	}
	if (mentions->len) {
		struct buf packed = BUF_INIT;
		cites_pack(mentions->p, mentions->len, &packed);
		xs_doc_set_value(doc, SLOT_MENTIONS, packed.p, packed.len);
		buf_release(&packed);
	}
	/* Numbers in a title count as mentions but have no place in the text;
	 * read after the body, whose letterhead says which is its own. */
	if (r->title && *r->title && !r->note) {
		struct buf ignored = BUF_INIT;
		int seen = c.seen_letterhead;
		c.seen_letterhead = 1;
		cites_scan_text(r->title, strlen(r->title), &ignored, emit_citation, &c);
		c.seen_letterhead = seen;
		buf_release(&ignored);
	}

	/* Whatever gave it its own type (a letterhead's number, the heading
	 * of a text without one), it is a regulation's own text. */
	if (c.own_type)
		xs_doc_add_term(doc, TERM_OWN_TEXT, strlen(TERM_OWN_TEXT));

	/* A short text's name is a good share of its words already (its
	 * title, its first line); in a long law it is drowned by them. And
	 * every counted term lengthens a document for BM25: a few pairs are
	 * noise in a law, not in an article of a few lines. */
	if (c.next_pos - c.body_pos >= SCHEMA_NAME_MIN_TOKENS)
		heading_terms(&c, tz, r->title);

	if (r->hash)
		add_term(&c, PREFIX_HASH, r->hash, strlen(r->hash));
	if (r->format)
		add_term(&c, PREFIX_FORMAT, r->format, strlen(r->format));
	/* A regulation's own text is dated by its letterhead; a page by its
	 * publication date. Partial dates ("--08-09") and guessed years sort
	 * and filter nowhere. */
	const char *pub = full_date(r->date) && !r->date_inferred ? r->date : NULL;
	const char *date = c.issue_date[0] ? c.issue_date : pub;
	if (c.issue_date[0])
		xs_doc_set_value(doc, SLOT_ISSUE_DATE, c.issue_date, 10);
	if (c.own[0]) {
		struct buf key = BUF_INIT;
		if (c.own_one_text)
			buf_addf(&key, "%s  ", c.own);
		else
			buf_addf(&key, "%s %s %.*s", c.own, c.issue_date, (int)c.own_subject.len,
				 c.own_subject.p ? c.own_subject.p : "");
		xs_doc_set_value(doc, SLOT_TEXT_OF, key.p, key.len);
		buf_release(&key);
	} else if (unnumbered && pub && r->title && *r->title) {
		/* A regulation without a number is one text by what it is, who
		 * issued it, its date and its title: the Constitution saved from
		 * two sites, whose texts differ by a line or a mark, is one
		 * result ("hienphap QH 2013-11-28 hienphapnuoc…"; no number is
		 * spelled so). Without a date, none: the Constitutions of 1992
		 * and 2013 are two texts. */
		struct buf key = BUF_INIT;
		text_fold_key(unnumbered, strlen(unnumbered), &key);
		buf_addf(&key, " %s %s ", unnumbered_code ? unnumbered_code : "", pub);
		text_fold_key(r->title, strlen(r->title), &key);
		xs_doc_set_value(doc, SLOT_TEXT_OF, key.p, key.len);
		buf_release(&key);
	}
	buf_release(&c.own_subject);
	if (r->source) {
		struct buf order = BUF_INIT;
		buf_adds(&order, r->source);
		buf_addc(&order, '\0');
		buf_adds(&order, r->hash ? r->hash : "");
		xs_doc_set_value(doc, SLOT_ORDER, order.p, order.len);
		buf_release(&order);
	}
	if (pub)
		xs_doc_set_value(doc, SLOT_PUB_DATE, pub, 10);
	if (date) {
		xs_doc_set_value(doc, SLOT_DATE, date, 10);
		add_term(&c, PREFIX_YEAR, date, 4);
	}
	buf_release(&c.term);
	buf_release(&c.key);
	buf_release(&c.prev);
	buf_release(&c.prev_exact);
	buf_release(&c.exact_term);
	buf_release(&offsets);
}
