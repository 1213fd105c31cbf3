/* search.c — runs a parsed query on the index and gathers what a result
 * shows: the stored record, the score and the excerpt. */
#include "query/query.h"

#include <stdlib.h>
#include <string.h>

/* Counting stops being exact past this many matches; enough for any result
 * set a person pages through, cheap on a large index. */
#define EXACT_COUNT_UP_TO 5000

int query_search(idx_db *db, const struct query *q, const struct search_opts *o,
		 struct search_result *out, char **err)
{
	memset(out, 0, sizeof *out);
	idx_query *iq = query_build(q);
	struct idx_results r;
	size_t check = o->offset + o->limit;
	if (check < EXACT_COUNT_UP_TO)
		check = EXACT_COUNT_UP_TO;
	int rc = idx_search(db, iq, o->offset, o->limit, check, &r, err);
	idx_q_free(iq);
	if (rc < 0)
		return -1;
	out->total = r.estimated;
	out->exact = r.lower == r.upper;
	if (out->exact)
		out->total = r.lower;
	out->hits = r.n ? xcalloc(r.n, sizeof *out->hits) : NULL;
	for (size_t i = 0; i < r.n; i++) {
		struct search_hit *h = &out->hits[out->n];
		char *e = NULL;
		if (idx_get(db, r.hits[i].docid, &h->rec, &e) != 0) {
			*err = e ? e : xasprintf("document %u vanished during the search",
						 r.hits[i].docid);
			idx_results_release(&r);
			search_result_release(out);
			return -1;
		}
		h->rank = (unsigned)(o->offset + i + 1);
		h->score = r.hits[i].weight;
		if (o->excerpt_chars)
			excerpt_make(q, h->rec.text, h->rec.text_len, o->excerpt_chars, &h->excerpt);
		out->n++;
	}
	idx_results_release(&r);
	return 0;
}

void search_result_release(struct search_result *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++) {
		idx_record_release(&r->hits[i].rec);
		excerpt_release(&r->hits[i].excerpt);
	}
	free(r->hits);
	memset(r, 0, sizeof *r);
}
