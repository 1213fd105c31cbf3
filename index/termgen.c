/* termgen.c — turns a document into Xapian terms with the shared text rules:
 * each word's folded form at its position and its exact form counted, the
 * two-syllable words, the document numbers it cites, and its dates. */
#include "index/termgen.h"

#include <string.h>

#include "index/cites.h"
#include "index/schema.h"

struct emit_ctx {
	xs_doc *doc;
	struct buf term;
	struct buf key;
	/* From the letterhead, when the text is a regulation's own. */
	char issue_date[11];
	int seen_letterhead;
	/* The text being tokenised and the previous token, for PREFIX_PAIR. */
	const char *text;
	size_t prev_end;
	struct buf prev; /* folded form of the previous token; empty: none */
	/* The body's token offsets (schema.h, SLOT_OFFSETS); body_pos 0 while
	 * the title is tokenised. */
	struct buf *offsets;
	unsigned body_pos, next_pos;
	size_t last_offset;
};

/* Only spaces between two tokens: they may form one word. Punctuation or a
 * line break ends a word. */
static int adjacent(const char *s, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

static int emit_token(const struct text_token *tok, void *arg)
{
	struct emit_ctx *c = arg;
	buf_reset(&c->term);
	buf_adds(&c->term, PREFIX_FOLDED);
	buf_add(&c->term, tok->folded, tok->folded_len);
	xs_doc_add_posting(c->doc, c->term.p, c->term.len, tok->position);
	xs_doc_add_counted_term(c->doc, tok->exact, tok->exact_len);
	/* A checkpoint every SCHEMA_OFFSET_STEP positions; a skipped overlong
	 * token hands its checkpoint to the next token. */
	while (c->body_pos && tok->position >= c->next_pos) {
		buf_add_varint(c->offsets, tok->start - c->last_offset);
		c->last_offset = tok->start;
		c->next_pos += SCHEMA_OFFSET_STEP;
	}
	if (c->prev.len && adjacent(c->text, c->prev_end, tok->start)) {
		buf_reset(&c->term);
		buf_adds(&c->term, PREFIX_PAIR);
		buf_add(&c->term, c->prev.p, c->prev.len);
		buf_addc(&c->term, PAIR_JOIN);
		buf_add(&c->term, tok->folded, tok->folded_len);
		if (c->term.len <= SCHEMA_MAX_ID_TERM)
			xs_doc_add_counted_term(c->doc, c->term.p, c->term.len);
	}
	buf_reset(&c->prev);
	buf_add(&c->prev, tok->folded, tok->folded_len);
	c->prev_end = tok->end;
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

static int emit_citation(const struct cite_mention *m, void *arg)
{
	struct emit_ctx *c = arg;
	const char *type_name = m->type_name ? m->type_name : cite_type_name(m->num.type, m->num.kind);
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
	if (type_name)
		add_folded_term(c, PREFIX_TYPE, type_name);
	add_term(c, PREFIX_ISSUER, m->num.issuer, strlen(m->num.issuer));
	if (m->issuer_name[0] && m->issuer_from_context)
		add_folded_term(c, PREFIX_ISSUER_NAME, m->issuer_name);
	if (m->letterhead && !c->seen_letterhead) {
		c->seen_letterhead = 1;
		add_term(c, PREFIX_SOURCE_OF, m->num.canonical, strlen(m->num.canonical));
		if (m->date.year && m->date.month && m->date.day)
			text_date_iso(&m->date, c->issue_date);
	}
	return 0;
}

static int full_date(const char *d)
{
	return d && strlen(d) == 10 && d[0] != '-';
}

void termgen_document(struct text_tokeniser *tz, const struct idx_record *r, xs_doc *doc,
		      struct buf *mentions)
{
	struct buf offsets = BUF_INIT;
	struct emit_ctx c = { .doc = doc, .term = BUF_INIT, .key = BUF_INIT, .prev = BUF_INIT,
			      .offsets = &offsets };
	/* Positions start at 1 (Xapian's convention); the body follows the
	 * title after a gap so that no phrase spans the two. */
	unsigned pos = 1;
	if (r->title && *r->title) {
		size_t tlen = strlen(r->title);
		c.text = r->title;
		pos += text_tokenise(tz, r->title, tlen, pos, emit_token, &c) + SCHEMA_TITLE_GAP;
		/* Numbers in a title count as mentions but have no place in the text. */
		struct buf ignored = BUF_INIT;
		int seen = c.seen_letterhead;
		cites_scan_text(r->title, tlen, &ignored, emit_citation, &c);
		c.seen_letterhead = seen;
		buf_release(&ignored);
	}
	c.text = r->text;
	buf_reset(&c.prev);
	c.body_pos = c.next_pos = pos;
	buf_add_varint(&offsets, pos);
	text_tokenise(tz, r->text, r->text_len, pos, emit_token, &c);
	xs_doc_set_value(doc, SLOT_OFFSETS, offsets.p, offsets.len);
	cites_scan_text(r->text, r->text_len, mentions, emit_citation, &c);
	if (mentions->len) {
		struct buf packed = BUF_INIT;
		cites_pack(mentions->p, mentions->len, &packed);
		xs_doc_set_value(doc, SLOT_MENTIONS, packed.p, packed.len);
		buf_release(&packed);
	}

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
	if (pub)
		xs_doc_set_value(doc, SLOT_PUB_DATE, pub, 10);
	if (date) {
		xs_doc_set_value(doc, SLOT_DATE, date, 10);
		add_term(&c, PREFIX_YEAR, date, 4);
	}
	buf_release(&c.term);
	buf_release(&c.key);
	buf_release(&c.prev);
	buf_release(&offsets);
}
