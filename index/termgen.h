/* termgen.h — private to index/: a document's text -> its terms and positions. */
#ifndef TRACUU_TERMGEN_H
#define TRACUU_TERMGEN_H

#include "index/index.h"
#include "index/xapian_shim.h"
#include "text/text.h"

/* Adds the positional terms of r's title and text, the citation terms, the
 * boolean terms and the values to doc. The stored mention lines (one per
 * number cited in the text) are appended to mentions, its articles packed
 * for the record (articles_pack) to articles. tz is reused scratch. */
void termgen_document(struct text_tokeniser *tz, const struct idx_record *r, xs_doc *doc,
		      struct buf *mentions, struct buf *articles);

#endif
