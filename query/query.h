/* query.h — what the user typed -> ranked results with excerpts, and their
 * text and JSON Lines forms. Queries are normalised by text/, the same code
 * that indexed the documents, so the two can never disagree.
 *
 * Ownership: every struct filled or pointer returned here belongs to the
 * caller and is released with the matching _free/_release; *err strings are
 * malloc'd. Failing calls return -1 with *err set. */
#ifndef TRACUU_QUERY_H
#define TRACUU_QUERY_H

#include <stddef.h>

#include "index/index.h"
#include "util/util.h"

/* ---- parsing ------------------------------------------------------------
 * Words are ANDed; "quoted phrases"; OR, AND, NOT (upper case) and
 * parentheses; -word or -"phrase" excludes. A word that the text rules split
 * into several tokens (e-mail, 57-QĐ/TW) is searched as a phrase. */

struct qword {
	char *exact;  /* the indexed exact form */
	char *folded; /* mark-free form; equals exact when the word has no marks */
	int has_marks;
};

enum qnode_kind { QN_WORDS, QN_AND, QN_OR, QN_NOT };

struct qnode {
	enum qnode_kind kind;
	struct qword *words; /* QN_WORDS: one word, or a phrase */
	size_t nwords;
	struct qnode **kids; /* QN_AND, QN_OR: two or more; QN_NOT: one */
	size_t nkids;
};

struct query {
	struct qnode *root;
	int accented;   /* some positive word carries marks: exact tones rank first */
	char *warning;  /* something was read leniently (an unbalanced quote…), or NULL */
};

/* Parses s. Fails when nothing searchable is left ("nothing to search for"). */
int query_parse(const char *s, size_t len, struct query **out, char **err);
void query_free(struct query *q);

/* The index query for q. With marks typed, a word matches its exact form
 * and, ranked lower, its folded form; without marks, every form it folds to. */
idx_query *query_build(const struct query *q);

/* ---- excerpts -----------------------------------------------------------*/

struct excerpt_mark {
	size_t start, end; /* byte range of a matched word in excerpt->text */
};

struct excerpt {
	char *text;        /* NFC, one line, with "…" where it was cut */
	struct excerpt_mark *marks;
	size_t nmarks;
};

/* The passage of text (about max_chars characters) with the most distinct
 * query words, its matches marked. Falls back to the start of the text. */
void excerpt_make(const struct query *q, const char *text, size_t len, size_t max_chars,
		  struct excerpt *out);
void excerpt_release(struct excerpt *e);

/* ---- searching ----------------------------------------------------------*/

struct search_opts {
	size_t offset, limit;
	size_t excerpt_chars; /* 0: no excerpts */
};

struct search_hit {
	unsigned rank; /* 1-based, counting the offset */
	double score;
	struct idx_record rec;
	struct excerpt excerpt;
};

struct search_result {
	struct search_hit *hits;
	size_t n;
	unsigned long long total;  /* exact when exact is set, else an estimate */
	int exact;
};

int query_search(idx_db *db, const struct query *q, const struct search_opts *o,
		 struct search_result *out, char **err);
void search_result_release(struct search_result *r);

/* ---- output -------------------------------------------------------------*/

/* One hit as text: rank and title, then date · source · id, then the
 * excerpt with matches in «» (or bold when bold is set). */
void format_hit_text(struct buf *out, const struct search_hit *h, int bold);
/* One hit as a JSON object on one line (fields documented in README). */
void format_hit_json(struct buf *out, const struct search_hit *h);
/* A document's metadata and text, for `tracuu show`. */
void format_record_text(struct buf *out, const struct idx_record *r);
void format_record_json(struct buf *out, const struct idx_record *r);

#endif
