/* termgen.c — turns a document into Xapian terms with the shared text rules:
 * each word's exact form, and its folded form at the same position. */
#include "index/termgen.h"

#include <string.h>

#include "index/schema.h"

struct emit_ctx {
	xs_doc *doc;
	struct buf term;
};

static int emit_token(const struct text_token *tok, void *arg)
{
	struct emit_ctx *c = arg;
	xs_doc_add_posting(c->doc, tok->exact, tok->exact_len, tok->position);
	if (tok->has_marks) {
		buf_reset(&c->term);
		buf_adds(&c->term, PREFIX_FOLDED);
		buf_add(&c->term, tok->folded, tok->folded_len);
		xs_doc_add_posting(c->doc, c->term.p, c->term.len, tok->position);
	}
	return 0;
}

static void add_prefixed(xs_doc *doc, struct buf *scratch, const char *prefix, const char *v)
{
	buf_reset(scratch);
	buf_adds(scratch, prefix);
	buf_adds(scratch, v);
	xs_doc_add_term(doc, scratch->p, scratch->len);
}

void termgen_document(struct text_tokeniser *tz, const struct idx_record *r, xs_doc *doc)
{
	struct emit_ctx c = { doc, BUF_INIT };
	/* Positions start at 1 (Xapian's convention); the body follows the
	 * title after a gap so that no phrase spans the two. */
	unsigned pos = 1;
	if (r->title && *r->title)
		pos += text_tokenise(tz, r->title, strlen(r->title), pos, emit_token, &c) +
		       SCHEMA_TITLE_GAP;
	text_tokenise(tz, r->text, r->text_len, pos, emit_token, &c);
	if (r->hash)
		add_prefixed(doc, &c.term, PREFIX_HASH, r->hash);
	if (r->format)
		add_prefixed(doc, &c.term, PREFIX_FORMAT, r->format);
	if (r->date)
		xs_doc_set_value(doc, SLOT_DATE, r->date, strlen(r->date));
	buf_release(&c.term);
}
