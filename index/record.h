/* record.h — private to index/: (de)serialising struct idx_record. */
#ifndef TRACUU_RECORD_H
#define TRACUU_RECORD_H

#include <stdio.h>

#include "index/index.h"
#include "util/util.h"

/* Appends r's serialised form to out. */
void record_encode(const struct idx_record *r, struct buf *out);
/* Parses data into *r (r->docid is kept); lazy leaves the text compressed
 * (idx_record_need), RECORD_TEXT_ONLY too and reads none of the fields a
 * record 3 keeps in its head (title "", source "", articles NULL…).
 * Returns 0, or -1 if the data is not a record or is damaged (r is then
 * released). */
#define RECORD_TEXT_ONLY 2
int record_decode(const char *data, size_t len, int lazy, struct idx_record *r);
/* record_decode that takes data (malloc'd): a lazy record keeps it for its
 * compressed text instead of a copy; otherwise it is freed. */
int record_decode_take(char *data, size_t len, int lazy, struct idx_record *r);
/* The same for data that keep holds, released by keep_free(keep). */
int record_decode_kept(const char *data, size_t len, int lazy, void *keep,
		       void (*keep_free)(void *), struct idx_record *r);

/* r's articles (r->articles) ready as far as byte upto of them at least
 * (SIZE_MAX: all): a lazy record inflates them as they are read. Returns
 * the bytes ready, or -1 when they are damaged. */
long idx_record_articles(const struct idx_record *r, size_t upto);

/* The position lists kept for r (idx_record_positions): *found 0 when
 * term's is not; keeping one takes pos (malloc'd) and returns it. */
const unsigned *record_positions_find(const struct idx_record *r, const char *term, size_t len,
				      size_t *n, int *found);
const unsigned *record_positions_keep(struct idx_record *r, const char *term, size_t len,
				      unsigned *pos, size_t n);

#endif
