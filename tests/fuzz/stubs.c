/* stubs.c — the index calls query/cite.c makes, for fuzz targets that link the query
 * parser without Xapian: none is reached from query_parse, so each aborts. */
#include <stdlib.h>

#include "index/index.h"
#include "query/query.h"
#include "query/query_int.h"

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

void idx_cards_ahead(idx_db *db, char *const *canonicals, size_t n)
{
	(void)db, (void)canonicals, (void)n;
	abort();
}

void idx_card_release(struct idx_card *c)
{
	(void)c;
	abort();
}

const char *query_card_type(const struct idx_card *c)
{
	(void)c;
	abort();
}

void idx_cards_release(struct idx_card *cards, size_t n)
{
	(void)cards, (void)n;
	abort();
}

int idx_card_outgoing(idx_db *db, struct idx_card *card, char **err)
{
	(void)db, (void)card, (void)err;
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

void idx_term_freqs_ahead(idx_db *db, const char *const *terms, const size_t *lens, size_t n)
{
	(void)db, (void)terms, (void)lens, (void)n;
	abort();
}

idx_query *idx_q_term(const char *term, size_t len)
{
	(void)term, (void)len;
	abort();
}

idx_query *idx_q_combine(enum idx_qop op, idx_query **subs, size_t n)
{
	(void)op, (void)subs, (void)n;
	abort();
}

idx_query *idx_q_match_nothing(void)
{
	abort();
}

void idx_q_free(idx_query *q)
{
	(void)q;
	abort();
}

int idx_search(idx_db *db, const idx_query *q, size_t offset, size_t limit,
	       size_t check_at_least, int by_date, int collapse, struct idx_results *out,
	       char **err)
{
	(void)db, (void)q, (void)offset, (void)limit, (void)check_at_least, (void)by_date;
	(void)collapse, (void)out, (void)err;
	abort();
}

void idx_results_release(struct idx_results *r)
{
	(void)r;
	abort();
}

int idx_get_lazy(idx_db *db, unsigned docid, struct idx_record *out, char **err)
{
	(void)db, (void)docid, (void)out, (void)err;
	abort();
}

void idx_record_need(struct idx_record *r, size_t from, size_t to)
{
	(void)r, (void)from, (void)to;
	abort();
}

int idx_mentions_each(idx_db *db, unsigned docid, const char *own, size_t from, size_t to,
		      int (*fn)(const struct idx_mention *m, void *ctx), void *ctx, char **err)
{
	(void)db, (void)docid, (void)own, (void)from, (void)to, (void)fn, (void)ctx, (void)err;
	abort();
}

int idx_mentions_each_head(idx_db *db, unsigned docid, size_t head,
			   int (*fn)(const struct idx_mention *m, void *ctx), void *ctx, char **err)
{
	(void)db, (void)docid, (void)head, (void)fn, (void)ctx, (void)err;
	abort();
}

int idx_keep_get(idx_db *db, const char *key, size_t klen, char **v, size_t *len)
{
	(void)db, (void)key, (void)klen;
	*v = NULL;
	*len = 0;
	return 1;
}

void idx_keep_put(idx_db *db, const char *key, size_t klen, const char *v, size_t len)
{
	(void)db, (void)key, (void)klen, (void)v, (void)len;
}

/* query/articles.c (the article a mention cites) is not linked: only the
 * citing documents' listing calls it. */
void query_article_cited(const char *text, size_t from, size_t start,
			 char number[IDX_ARTICLE_NUMBER_MAX], unsigned *clause)
{
	(void)text, (void)from, (void)start, (void)number, (void)clause;
	abort();
}

/* query/build.c is not linked: only query_resolve, which needs an index, asks
 * whether a query is a ranked list. */
int query_is_ranked(const struct query *q)
{
	(void)q;
	abort();
}

int idx_get_text(idx_db *db, unsigned docid, struct idx_record *out, char **err)
{
	(void)db, (void)docid, (void)out, (void)err;
	abort();
}

idx_query *query_pair_term(const char *prefix, const char *a, const char *b)
{
	(void)prefix, (void)a, (void)b;
	abort();
}

int query_pair_fits(const char *a, const char *b)
{
	(void)a, (void)b;
	abort();
}

void query_pair_text(struct buf *t, const char *prefix, const char *a, const char *b)
{
	(void)t, (void)prefix, (void)a, (void)b;
	abort();
}

int query_ranked_list(const struct query_node *n)
{
	(void)n;
	abort();
}

int query_date_floor(idx_db *db, struct idx_record *rec, struct query_card_cache *cache,
		     char **err)
{
	(void)db, (void)rec, (void)cache, (void)err;
	abort();
}

int idx_card_candidates_under(idx_db *db, const char *meta_prefix, const char *key_prefix,
			      size_t max_keys, char ***out, size_t *n, char **err)
{
	(void)db, (void)meta_prefix, (void)key_prefix, (void)max_keys, (void)out, (void)n,
		(void)err;
	abort();
}

int query_regs_read(idx_db *db, const struct idx_record *rec, size_t from, size_t to,
		    struct query_card_cache *cache, struct query_regs *out, char **err)
{
	(void)db, (void)rec, (void)from, (void)to, (void)cache, (void)out, (void)err;
	abort();
}

void query_regs_release(struct query_regs *r)
{
	(void)r;
	abort();
}
