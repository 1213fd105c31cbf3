/* index.h — the search index: documents in, queries out. The only door to
 * Xapian (which no other folder includes).
 *
 * Ownership, for the whole API: a function that returns a pointer or fills a
 * struct gives it to the caller, who releases it with the matching _free or
 * _release; error strings (char **err) are malloc'd and the caller frees them.
 * Every function that can fail returns 0 on success and -1 with *err set. */
#ifndef TRACUU_INDEX_H
#define TRACUU_INDEX_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct idx_db idx_db;

enum idx_mode {
	IDX_READ,
	IDX_WRITE, /* creates the index if it does not exist yet */
};

/* Opens the index at path. Fails with a clear message when it does not exist
 * (read mode), is not an index, or another process is writing to it. */
int idx_open(const char *path, enum idx_mode mode, idx_db **out, char **err);

/* Closes; a writer's changes since the last idx_commit are discarded, so an
 * interrupted ingest never leaves a half-written batch. NULL is a no-op. */
void idx_close(idx_db *db);

/* Makes every change since the previous commit durable, all or nothing. */
int idx_commit(idx_db *db, char **err);

/* One stored document, as added and as read back. */
struct idx_record {
	unsigned docid;  /* set when read back; ignored when adding */
	char *source;    /* path (relative to the ingest root) or URL: its identity */
	char *title;
	char *date;      /* publication date "YYYY-MM-DD" ("--MM-DD" without a year), or NULL */
	char *date_inferred; /* "1" when the date's year was inferred, else NULL */
	char *format;    /* "text", "markdown", "html" */
	char *charset;   /* what the source was decoded from: "utf-8", "tcvn3"… */
	char *hash;      /* content digest, 32 hex digits */
	char *canonical_url, *site_name;  /* web pages, or NULL */
	char *etag, *last_modified;       /* HTTP validators, or NULL */
	unsigned long long bytes; /* size of the source as read */
	char *text;      /* the body text */
	size_t text_len;
};
void idx_record_release(struct idx_record *r);

enum idx_add_result {
	IDX_ADDED,     /* a new document */
	IDX_REPLACED,  /* the same source with new content */
	IDX_UNCHANGED, /* the same source, the same content: nothing written */
	IDX_DUPLICATE, /* the same content under another source: not indexed */
};

/* Adds or replaces the document whose identity is r->source. For
 * IDX_DUPLICATE, *dup_of (if dup_of is non-NULL) receives the source that
 * already holds this content. */
int idx_add(idx_db *db, const struct idx_record *r, enum idx_add_result *res,
	    char **dup_of, char **err);

/* Reads document docid. Returns 0, 1 when there is no such document, -1. */
int idx_get(idx_db *db, unsigned docid, struct idx_record *out, char **err);

/* Finds the document whose source is exactly source. 0 found, 1 not, -1. */
int idx_find_source(idx_db *db, const char *source, unsigned *docid, char **err);

struct idx_stats {
	unsigned long long documents;
	unsigned long long terms;       /* distinct terms, prefixed ones included */
	unsigned long long words;       /* distinct exact word forms */
	unsigned long long postings;    /* total token positions (sum of lengths) */
	unsigned long long disk_bytes;  /* size of the index's files */
	unsigned last_docid;
};
int idx_read_stats(idx_db *db, const char *path, struct idx_stats *out, char **err);

/* ---- queries ------------------------------------------------------------
 * Query nodes are built bottom-up. idx_q_combine and idx_q_scale take
 * ownership of their subqueries (they are freed with the result). */
typedef struct idx_query idx_query;

enum idx_qop {
	IDX_Q_AND,
	IDX_Q_OR,
	IDX_Q_AND_NOT,  /* first AND NOT (OR of the rest) */
	IDX_Q_AND_MAYBE,/* first, ranked up by the rest */
	IDX_Q_PHRASE,   /* subqueries are terms or ORs of terms, in order */
	IDX_Q_SYNONYM,  /* one term for ranking: "dao" and "Fdao" */
	IDX_Q_FILTER,   /* first, restricted by the rest, which add no weight */
};

idx_query *idx_q_term(const char *term, size_t len);
idx_query *idx_q_match_all(void);
idx_query *idx_q_match_nothing(void);
idx_query *idx_q_combine(enum idx_qop op, idx_query **subs, size_t n);
idx_query *idx_q_scale(idx_query *q, double factor);
void idx_q_free(idx_query *q);
char *idx_q_describe(const idx_query *q); /* Xapian's description, for --explain */

struct idx_hit {
	unsigned docid;
	double weight;
};
struct idx_results {
	struct idx_hit *hits;
	size_t n;
	unsigned long long lower, estimated, upper; /* lower == upper: exact */
};

/* Runs q, ranked with BM25; counts exactly up to check_at_least matches. */
int idx_search(idx_db *db, const idx_query *q, size_t offset, size_t limit,
	       size_t check_at_least, struct idx_results *out, char **err);
void idx_results_release(struct idx_results *r);

/* The term's frequency in the index (documents containing it); 0 if absent. */
unsigned long long idx_term_freq(idx_db *db, const char *term, size_t len);

#ifdef __cplusplus
}
#endif

#endif
