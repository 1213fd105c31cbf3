/* stubs.c — the index calls query/cite.c makes, for fuzz targets that link the query
 * parser without Xapian: none is reached from query_parse, so each aborts. */
#include <stdlib.h>

#include "index/index.h"

int idx_get(idx_db *db, unsigned docid, struct idx_record *out, char **err)
{
	(void)db, (void)docid, (void)out, (void)err;
	abort();
}

int idx_get_value(idx_db *db, unsigned docid, unsigned slot, char **v, size_t *len, char **err)
{
	(void)db, (void)docid, (void)slot, (void)v, (void)len, (void)err;
	abort();
}

void idx_record_release(struct idx_record *r)
{
	(void)r;
	abort();
}

int idx_cards_get(idx_db *db, const char *canonical, struct idx_card **cards, size_t *n,
		  char **err)
{
	(void)db, (void)canonical, (void)cards, (void)n, (void)err;
	abort();
}

void idx_cards_release(struct idx_card *cards, size_t n)
{
	(void)cards, (void)n;
	abort();
}

int idx_card_candidates(idx_db *db, const char *meta_prefix, const char *key, char ***out,
			size_t *n, char **err)
{
	(void)db, (void)meta_prefix, (void)key, (void)out, (void)n, (void)err;
	abort();
}

size_t idx_cite_places(idx_db *db, unsigned docid, const char *canonical,
		       struct idx_cite_place *out, size_t max)
{
	(void)db, (void)docid, (void)canonical, (void)out, (void)max;
	abort();
}

unsigned long long idx_doc_count(idx_db *db)
{
	(void)db;
	abort();
}

unsigned long long idx_term_freq(idx_db *db, const char *term, size_t len)
{
	(void)db, (void)term, (void)len;
	abort();
}
