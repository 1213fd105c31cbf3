/* xapian_shim.h — private to index/: the extern "C" face of the C++ shim.
 * Translation only: every entry point catches Xapian's exceptions and turns
 * them into a message (*err, malloc'd); no logic of ours lives in C++. */
#ifndef TRACUU_XAPIAN_SHIM_H
#define TRACUU_XAPIAN_SHIM_H

#include <stddef.h>

#include "index/index.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct xs_db xs_db;
typedef struct xs_doc xs_doc;

/* The shim handle behind an open index (index.c), for the rest of index/. */
xs_db *idx_xs(idx_db *db);

/* writable: create if missing, take the write lock. Returns 0, -1, or -2 when
 * another process holds the write lock. */
int xs_open(const char *path, int writable, xs_db **out, char **err);
void xs_close(xs_db *db); /* a writer's open transaction is cancelled */

/* Shards searched as one database (index/shards.c reads them from a stub):
 * a local index folder (path) or a remote one served by xapian-tcpsrv
 * (host, port). Docids interleave: shard i's docid d is (d-1)*n + i+1.
 * partial: a shard that cannot be opened, or fails during a read, is left
 * out (an empty stand-in keeps the others' docids) instead of failing;
 * without it, the message names the shard. */
struct xs_shard {
	const char *name; /* as messages name it */
	const char *path;
	const char *host;
	unsigned port;
};
int xs_open_shards(const struct xs_shard *s, size_t n, int partial, xs_db **out, char **err);
/* A remote database alone (a writer's shard): -2 when locked. */
int xs_open_remote(const char *host, unsigned port, int writable, xs_db **out, char **err);
/* 0 for a database not opened from shards. */
size_t xs_shard_count(xs_db *db);
const char *xs_shard_name(xs_db *db, size_t i);
int xs_shard_down(xs_db *db, size_t i);
/* Shard i's own metadata (a combined database gives only the first
 * shard's): "" when unset or the shard is down. */
int xs_shard_get_metadata(xs_db *db, size_t i, const char *key, char **v, size_t *len,
			  char **err);
unsigned long long xs_shard_doccount(xs_db *db, size_t i);
/* Reads go over the network (shards, or a remote database): one round trip
 * each. */
int xs_remote_reads(xs_db *db);
/* Some of the reads go over the network (a remote shard or database). */
int xs_network_reads(xs_db *db);
/* xs_terms_with_prefix with each term's document count. */
int xs_terms_with_prefix_freq(xs_db *db, const char *prefix, size_t len,
			      int (*fn)(const char *term, size_t len, unsigned freq, void *ctx),
			      void *ctx, char **err);
int xs_begin(xs_db *db, char **err);  /* start a batch (flushed transaction) */
int xs_commit(xs_db *db, char **err); /* commit the batch, all or nothing */

xs_doc *xs_doc_new(void);
void xs_doc_free(xs_doc *doc);
void xs_doc_add_posting(xs_doc *doc, const char *term, size_t len, unsigned pos);
void xs_doc_add_term(xs_doc *doc, const char *term, size_t len);
/* A term without positions whose occurrences count for ranking (wdf + 1). */
void xs_doc_add_counted_term(xs_doc *doc, const char *term, size_t len);
/* One term at once: the positions pos[0..npos) as that many add_posting calls
 * in that order, then wdf more occurrences without a position (as many
 * xs_doc_add_counted_term calls). */
void xs_doc_add_term_wdf(xs_doc *doc, const char *term, size_t len, unsigned wdf,
			 const unsigned *pos, size_t npos);
void xs_doc_set_value(xs_doc *doc, unsigned slot, const char *v, size_t len);
void xs_doc_set_data(xs_doc *doc, const char *data, size_t len);

/* replace_document(idterm, doc): idempotent on the unique term. */
int xs_replace(xs_db *db, const char *idterm, size_t len, xs_doc *doc, unsigned *docid,
	       char **err);

/* A database for one segment of a bulk run (index/bulk.c): created afresh
 * (what path held is overwritten), its commits never synced: a killed run
 * leaves it as its last commit, a crash of the system may damage it. */
int xs_open_scratch(const char *path, xs_db **out, char **err);
/* replace_document(docid, doc): doc under that docid, added when it is free. */
int xs_put(xs_db *db, unsigned docid, xs_doc *doc, char **err);
/* delete_document(docid); no such document is not an error. */
int xs_delete(xs_db *db, unsigned docid, char **err);

/* First document indexed by term: 0 found, 1 none, -1 error. */
int xs_first_doc(xs_db *db, const char *term, size_t len, unsigned *docid, char **err);
/* Is term in docid's term list? 1 yes, 0 no, -1 error. */
int xs_doc_has_term(xs_db *db, unsigned docid, const char *term, size_t len, char **err);
/* The same from term's posting list: cheaper for a rare term in a long
 * text, whose term list is read from its start. */
int xs_term_has_doc(xs_db *db, const char *term, size_t len, unsigned docid, char **err);
/* Over the network: which of the documents docids[0..nd) (each named by its
 * identity term ids[j]) hold each of terms[0..nt) (at most 16), asked in one
 * match (every shard at once) and kept for xs_term_has_doc, whose own read
 * is a term's whole posting list, one message a document in Xapian 1.4's
 * protocol. A no-op elsewhere. */
void xs_holds_ahead(xs_db *db, const char *const *terms, const size_t *lens, size_t nt,
		    const unsigned *docids, const char *const *ids, const size_t *idlens,
		    size_t nd);
/* Document data: 0, 1 when there is no such document, -1. */
int xs_get_data(xs_db *db, unsigned docid, char **data, size_t *len, char **err);
/* The same without a copy: *data (NUL-terminated) lives in *keep until
 * xs_kept_free(*keep) (a long law's record is most of a megabyte). */
int xs_get_data_kept(xs_db *db, unsigned docid, const char **data, size_t *len, void **keep,
		     char **err);
void xs_kept_free(void *keep);
/* The positions of term in docid, ascending, malloc'd (NULL, 0 when none). */
int xs_positions(xs_db *db, unsigned docid, const char *term, size_t len, unsigned **pos,
		 size_t *n, char **err);

int xs_counts(xs_db *db, unsigned long long *docs, unsigned long long *total_len,
	      unsigned *last_docid, char **err);
/* Walks the whole term list: slow on big indexes, for `stats` only. */
int xs_count_terms(xs_db *db, unsigned long long *all, unsigned long long *unprefixed,
		   char **err);
/* Over shards or a remote database, asked once per revision (the memo). */
unsigned long long xs_termfreq(xs_db *db, const char *term, size_t len);
/* How many times the term stands in the whole index (the sum of its wdf);
 * kept by every reader (the memo, as xs_keep_*), asked once a revision. */
unsigned long long xs_collfreq(xs_db *db, const char *term, size_t len);
/* Over the network, the frequencies of n terms asked in one match (every
 * shard at once) and kept for xs_termfreq: a term's frequency alone asks
 * each shard in turn. A no-op elsewhere. */
void xs_termfreqs_ahead(xs_db *db, const char *const *terms, const size_t *lens, size_t n);
/* A memo of what index/ computes from the revision the reader reads, for
 * readers of shards or of a remote database (a no-op for others), emptied
 * when they reopen, and when it grows past a few MB. get: 0 and *v
 * malloc'd, or 1 when not kept. */
/* Over the network: the documents indexed by term (as many as the document
 * cache holds) asked for at once, their requests pipelined, and kept for the
 * reads that follow; a no-op elsewhere. */
void xs_prefetch(xs_db *db, const char *term, size_t len);
/* Over several remote shards: the documents of n terms (the citing
 * documents of a page's numbers) read in one match and kept, each term's
 * list as xs_postlist_each reads it, in place of a round trip a term (and
 * its documents' after it); terms kept already are not asked. A no-op
 * elsewhere, and for those whose documents number DOC_CACHE or more. */
void xs_prefetch_many(xs_db *db, const char *const *terms, const size_t *lens, size_t n);
/* Over the network: the documents of n terms (a facet's values) read in a
 * match or a few and kept, each term's list as xs_postlist_each reads it;
 * terms kept already are not asked. A no-op elsewhere. */
void xs_postlists_ahead(xs_db *db, const char *const *terms, const size_t *lens, size_t n);
/* Over a single remote shard: metadata keys (a page's cards' registry
 * entries) asked over several connections to it at once and kept for the
 * revision, as xs_get_metadata keeps what it reads; keys kept already are
 * not asked. A no-op elsewhere. */
void xs_metadata_ahead(xs_db *db, const char *const *keys, size_t n);
int xs_memo_get(xs_db *db, const char *key, size_t klen, char **v, size_t *len);
void xs_memo_put(xs_db *db, const char *key, size_t klen, const char *v, size_t len);
/* The same memo for what is dear to compute on any reader (a local one
 * too; a no-op for writers): emptied when the reader reopens at another
 * revision, and when it grows past a few MB. */
int xs_keep_get(xs_db *db, const char *key, size_t klen, char **v, size_t *len);
void xs_keep_put(xs_db *db, const char *key, size_t klen, const char *v, size_t len);

/* by_date 1: newest first (value SLOT_DATE), -1: oldest first, then
 * relevance; undated documents last either way. collapse: one document per
 * value of SLOT_TEXT_OF (the best), the others counted in its hit. */
int xs_search(xs_db *db, const idx_query *q, size_t offset, size_t limit,
	      size_t check_at_least, int by_date, int collapse, struct idx_results *out,
	      char **err);

/* The next xs_search may return before its hits' copies are known over
 * remote shards (asked on connections of their own meanwhile):
 * xs_settle_copies(db, out) answers them, before idx_hit.copies is read. */
void xs_copies_later(xs_db *db);
/* The next xs_search answers its hits' docids and weights only: their
 * copies are not counted (idx_hit.copies 0) nor, over the network, their
 * documents read (a facet's 10,000 matches were as many round trips). */
void xs_ids_only(xs_db *db);
int xs_settle_copies(xs_db *db, struct idx_results *out, char **err);

/* Calls fn for every document indexed by term; fn returning non-zero stops. */
int xs_postlist_each(xs_db *db, const char *term, size_t len,
		     int (*fn)(unsigned docid, void *ctx), void *ctx, char **err);
/* A document's value in slot: 0 (possibly empty), 1 no such document, -1. */
int xs_get_value(xs_db *db, unsigned docid, unsigned slot, char **v, size_t *len, char **err);
/* The document's terms that start with prefix, for facets. */
int xs_doc_terms(xs_db *db, unsigned docid, const char *prefix,
		 void (*fn)(const char *term, size_t len, void *ctx), void *ctx, char **err);
/* Metadata: "" when the key is unset. */
int xs_get_metadata(xs_db *db, const char *key, char **v, size_t *len, char **err);
int xs_set_metadata(xs_db *db, const char *key, const char *v, size_t len, char **err);
/* Calls fn for every metadata key starting with prefix, in order, until
 * fn returns non-zero; over shards, every shard's keys, each once. */
int xs_metadata_keys(xs_db *db, const char *prefix,
		     int (*fn)(const char *key, size_t len, void *ctx), void *ctx, char **err);

/* Writes a compacted copy of the committed databases srcs[0..n) (what a
 * reader opens there) merged into dest, a new folder: docids and metadata
 * kept, so their ranges of docids must not overlap (Xapian's rule without
 * renumbering); metadata from the first that has the key. */
int xs_compact_many(const char *const *srcs, size_t n, const char *dest, char **err);

/* Calls fn for every term starting with prefix, in sorted order; fn
 * returning non-zero stops. (index/sources.c) */
int xs_terms_with_prefix(xs_db *db, const char *prefix, size_t len,
			 int (*fn)(const char *term, size_t len, void *ctx), void *ctx, char **err);
/* Replaces docid's document data, its terms and values untouched: 0, 1 when
 * there is no such document, -1. */
int xs_set_data(xs_db *db, unsigned docid, const char *data, size_t len, char **err);

#ifdef __cplusplus
}
#endif

#endif
