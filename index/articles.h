/* articles.h — private to index/: a text's structure packed into its record. */
#ifndef TRACUU_ARTICLES_H
#define TRACUU_ARTICLES_H

#include "index/index.h"
#include "text/text.h"

/* Appends s's articles and clauses to out (the record's "articles" field);
 * pos holds 2 positions per article (first, past the last), then 2 per
 * clause, in s's order. */
void articles_pack(const struct text_structure *s, const unsigned *pos, struct buf *out);

#endif
