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
#include "text/text.h"
#include "util/util.h"

/* ---- parsing ------------------------------------------------------------
 * Words are ANDed; "quoted phrases"; OR, AND, NOT (upper case) and
 * parentheses; -word or -"phrase" excludes. A word that the text rules split
 * into several tokens (e-mail, 57-QĐ/TW) is searched as a phrase. */

struct qword {
	char *exact;  /* the indexed exact form */
	char *folded; /* mark-free form; equals exact when the word has no marks */
	int has_marks;
	int common;   /* in most documents ("của", "và"): in a long ranked query it
		       * counts only through the two-syllable words it is part of
		       * (set by query_resolve) */
	int joins;    /* it and the word before it in the same node may be one
		       * two-syllable word (text_joins): a phrase requires the pair */
};

enum qnode_kind { QN_WORDS, QN_AND, QN_OR, QN_NOT, QN_CITE };

struct qnode {
	enum qnode_kind kind;
	struct qword *words; /* QN_WORDS: one word, or a phrase */
	size_t nwords;
	struct qnode **kids; /* QN_AND, QN_OR: two or more; QN_NOT: one */
	size_t nkids;
	size_t cite;         /* QN_CITE: index into query->cites */
	int joins_prev;      /* QN_WORDS: its first word and the last word of the
			      * words before it may be one word (text_joins,
			      * index/schema.h, PREFIX_PAIR) */
	int quoted;          /* QN_WORDS: typed in quotes, a phrase the user asked
			      * for; otherwise a chunk such as "20/01/2023" */
};

/* A document number in the query, in whatever spelling it was typed, and
 * the canonical numbers it was found to mean (query_resolve). */
struct qcite {
	char *typed;
	struct cite_number num;
	char **canonicals;  /* the registry's numbers it means; none: not indexed */
	size_t ncanonicals;
	char *short_key;    /* "quydinh:57" for references by type and number */
	int cited;          /* some document cites it (query_resolve) */
};

/* Filters from options or from type:, issuer:, year: words in the query. */
struct qfilters {
	char **types;    /* folded type names ("quydinh"); any of them */
	size_t ntypes;
	char **issuers;  /* issuer codes ("TW") or, prefixed with '~', folded names */
	size_t nissuers;
	int year;        /* 0: any */
	char from[11], to[11]; /* "YYYY-MM-DD" bounds on the document's date, "" open */
};

struct query {
	struct qnode *root;
	int accented;   /* some positive word carries marks: exact tones rank first */
	char *warning;  /* something was read leniently (an unbalanced quote…), or NULL */
	struct qcite *cites;
	size_t ncites;
	struct qfilters filters;
	int loose_phrases; /* phrases match across punctuation too (query_loose_count) */
};

/* Adds a filter as typed by the user ("QĐ", "Quy định", "nghi dinh"; "TW",
 * "Bộ Tài chính"; "2022"; "2022-02-08", "2022", "8/2/2022"). Returns 0, or
 * -1 and *err when it cannot be read. */
int query_filter_type(struct qfilters *f, const char *s, char **err);
int query_filter_issuer(struct qfilters *f, const char *s, char **err);
int query_filter_year(struct qfilters *f, const char *s, char **err);
int query_filter_date(struct qfilters *f, const char *s, int upper, char **err);
/* Frees what the query_filter_ calls added to f, and clears it. */
void query_filters_release(struct qfilters *f);

/* Parses s. Fails when nothing searchable is left ("nothing to search for")
 * or a filter word cannot be read. */
int query_parse(const char *s, size_t len, struct query **out, char **err);
void query_free(struct query *q);

/* Looks the query's document numbers up in the registry of db: which
 * canonical numbers each means (leading-zero twins and short references can
 * mean several); and marks the words most documents hold. Needed before
 * query_build. */
int query_resolve(idx_db *db, struct query *q, char **err);

/* The index query for q. With marks typed, a word matches its exact form
 * and, ranked lower, its folded form; without marks, every form it folds to.
 * A document number matches the documents that cite exactly that number. */
idx_query *query_build(const struct query *q);

/* ---- excerpts -----------------------------------------------------------*/

struct excerpt_mark {
	size_t start, end; /* byte range of a matched word in excerpt->text */
};

struct excerpt {
	char *text;        /* NFC, one line, with "…" where it was cut */
	struct excerpt_mark *marks;
	size_t nmarks;
	size_t source_start; /* where the passage starts in the document's text */
};

/* The passage of text[from..to) (about max_chars characters) with the most
 * distinct query words and cited numbers (places: byte ranges of the query's
 * numbers in text), its matches marked. Falls back to the start of the range.
 * Offsets (source_start) are into the whole text. */
void excerpt_make(const struct query *q, const char *text, size_t len, size_t from, size_t to,
		  size_t max_chars, const struct idx_cite_place *places, size_t nplaces,
		  struct excerpt *out);
/* The part of a long text worth giving excerpt_make: around the best cluster
 * of the query's words, found from the index's positions and the document's
 * token offsets (SLOT_OFFSETS). The whole text for short
 * texts and for indexes without offsets. */
void excerpt_region(idx_db *db, unsigned docid, const struct query *q, size_t len,
		    size_t max_chars, const struct idx_cite_place *places, size_t nplaces,
		    size_t *from, size_t *to);
void excerpt_release(struct excerpt *e);

/* ---- searching ----------------------------------------------------------*/

struct search_opts {
	size_t offset, limit;
	size_t excerpt_chars; /* 0: no excerpts */
	int by_date;          /* newest first instead of by relevance */
	int count_all;        /* count every match, not the first 500 (search.c) */
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

/* Counts the matches (the first FACET_MAX_DOCS of them) by type, issuer and
 * year, appended to out as three text lines or one JSON line {"facets": …}. */
#define FACET_MAX_DOCS 10000
int query_facets(idx_db *db, const struct query *q, int json, struct buf *out, char **err);
void search_result_release(struct search_result *r);

/* For a search that found nothing: how many documents its phrases would
 * match if they ran across punctuation where the query has only white space
 * between two words ("chuyen gia ky su" against "chuyên gia, kỹ sư"), the
 * rule a phrase keeps (build.c). Counted up to 500 like a search (*exact
 * 0 past that); 0 when the query has no such phrase. -1 and *err on an
 * index error. */
long long query_loose_count(idx_db *db, struct query *q, int *exact, char **err);

/* ---- citations -----------------------------------------------------------*/

/* A document that cites a number, with the sentence where it does. */
struct cite_doc {
	struct idx_record rec;
	char *sentence;     /* NFC, one line */
	struct excerpt_mark mark; /* the number within sentence */
};

/* The documents citing the number of card (its variant), newest first.
 * *total counts them all. */
int cite_documents(idx_db *db, const struct idx_card *card, size_t offset, size_t limit,
		   struct cite_doc **docs, size_t *n, unsigned long long *total, char **err);
void cite_documents_release(struct cite_doc *docs, size_t n);

/* Resolves one number typed by a user (any spelling) to its cards: *cards
 * gets one card per canonical number it may mean (several for leading-zero
 * twins or short references, or a number issued twice); release them with
 * idx_cards_release. Returns 1 and the cards; 0 when s is not a
 * document number; -1 on error. With no card found, returns 1 and *n = 0. */
int cite_lookup(idx_db *db, const char *s, struct qcite *out, struct idx_card **cards, size_t *n,
		char **err);
void qcite_release(struct qcite *c);

/* ---- output -------------------------------------------------------------*/

/* The citation card: number, type, issuing body, date, subject, support,
 * where its own text is. source may be NULL. */
void format_card_text(struct buf *out, const struct idx_card *c, const struct idx_record *source);
void format_card_json(struct buf *out, const char *typed, const struct idx_card *c,
		      const struct idx_record *source, const struct cite_doc *docs, size_t ndocs,
		      unsigned long long ndocs_total);
void format_cite_doc_text(struct buf *out, size_t rank, const struct cite_doc *d, int bold);
/* Facet counts: "type", "issuer", "year". */
void format_facets_text(struct buf *out, const char *name, const char *const *values,
			const unsigned *counts, size_t n);

/* One hit as text: rank and title, then date · source · id, then the
 * excerpt with matches in «» (or bold when bold is set). */
void format_hit_text(struct buf *out, const struct search_hit *h, int bold);
/* One hit as a JSON object on one line (fields documented in README). */
void format_hit_json(struct buf *out, const struct search_hit *h);
/* The same object without the line's end, for a list of hits. */
void format_hit_json_object(struct buf *out, const struct search_hit *h);
/* A --batch line for a query that got no answer: {"query": typed, fields
 * (a JSON fragment ending in ',', or ""), "error": why}. */
void format_query_error_json(struct buf *out, const char *typed, const char *fields,
			     const char *why);
/* A document's metadata and text, for `tracuu show`. */
void format_record_text(struct buf *out, const struct idx_record *r);
void format_record_json(struct buf *out, const struct idx_record *r);

#endif
