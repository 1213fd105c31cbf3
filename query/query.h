/* query.h — what the user typed -> ranked results with excerpts, and their
 * text and JSON Lines forms. Queries are normalised by text/, the same code
 * that indexed the documents, so the two can never disagree. What only
 * query/ itself uses (the parse tree, excerpts, facet lines) is in
 * query_int.h.
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

struct query_node; /* the parse tree (query_int.h) */

/* A document number in the query, in whatever spelling it was typed, and
 * the canonical numbers it was found to mean (query_resolve). */
struct query_cite {
	char *typed;
	struct cite_number num;
	char **canonicals;  /* the registry's numbers it means; none: not indexed */
	size_t ncanonicals;
	char *short_key;    /* "quydinh:57" for references by type and number */
	int cited;          /* some document cites it (query_resolve) */
	int named;          /* read from a regulation's name, not a number typed */
	unsigned text_docid; /* a name whose regulation has no number ("Hiến pháp
			      * 2013"): its own text, 0 if none */
	char *text_hash;     /* … and that text's content hash (PREFIX_HASH) */
	char **consolidated; /* a number a question gives: the numbers of the texts
			      * consolidating it (VBHN), which stand for its text
			      * (query_resolve) */
	size_t nconsolidated;
	int capped;          /* the numbers offered for one typed short ("1/2025",
			      * "10989/BNV") stopped at the most looked up: there may
			      * be more */
	const char *named_type; /* a name's type as the table spells it ("Luật",
				 * "Bộ luật"), static storage; NULL for a number */
};

/* Filters from options or from type:, issuer:, cites-type:, cites-issuer:,
 * year:, from:, to: words in the query. By default a filter is about the
 * document itself: its own type and issuing body, read from its letterhead
 * (index/schema.h, XT/XO/XN); the cites_ ones about the numbers it cites
 * (T/I/XI). Each list matches any of its values. */
struct query_filters {
	char **types;    /* folded type names ("quydinh", "luat") */
	size_t ntypes;
	char **issuers;  /* the table's body codes ("TW", "QH", "QH14") or,
			  * prefixed with '~', folded names ("~bochinhtri") */
	size_t nissuers;
	char **cites_types;   /* as types, of a cited number */
	size_t ncites_types;
	char **cites_issuers; /* as issuers, of a cited number */
	size_t ncites_issuers;
	char **unknown_bodies; /* issuers typed as names the tables do not know
				* ("Bộ TC"), as typed: query_filter_unheld */
	size_t nunknown_bodies;
	int year;        /* 0: any */
	char from[11], to[11]; /* "YYYY-MM-DD" bounds on the document's date, "" open */
	unsigned status; /* status:, --in-force: bits 1 << enum query_state; 0 any */
	char as_of[11];  /* the day the status is of, "" today */
};

struct query {
	struct query_node *root; /* NULL: filters only (type:NQ year:2022) */
	int accented;   /* some positive word carries marks: exact tones rank first */
	char *warning;  /* something was read leniently (an unbalanced quote…), or NULL */
	struct query_cite *cites;
	size_t ncites;
	struct query_filters filters;
	int loose_phrases; /* phrases match across punctuation too (query_loose_count) */
	int whole_words;   /* two syllables typed side by side that make a word match
			    * only as that word (query_words_for_date) */
	int words_apart;   /* sorted by date, no document holds them as words: the
			    * syllables apart are what matches (query_words_for_date) */
	int by_date;       /* sorted by date (query_words_for_date): a year typed
			    * among words stays required (query/build.c, year_at) */
	char *read_as;  /* query_spell: the words as read when some typed word was
			 * read otherwise ("hợp dong lao động", "lao dong"), or NULL */
	char *read_note;  /* what was read otherwise ("read 'đòng' without its marks"), or NULL */
	char *suggest;  /* query_spell: a split the typed words also match less well
			 * than ("lao dong"), or NULL */
};

/* Adds a filter as typed by the user (query/filter.c): a type by its code
 * or name, with or without marks ("NĐ", "Quy định", "nghi dinh", "Luật",
 * "bo luat"); an issuing body by its code, term digits included ("TW",
 * "QH14", "bgddt"), or by its name in any spelling ("Quốc hội", "bo tai
 * chinh"); "2022"; "2022-02-08", "2022", "8/2/2022". Returns 0, or -1 and
 * *err when it cannot be read or leaves the date range empty (from after
 * to, a year outside them). */
int query_filter_type(struct query_filters *f, const char *s, char **err);
int query_filter_issuer(struct query_filters *f, const char *s, char **err);
int query_filter_cites_type(struct query_filters *f, const char *s, char **err);
int query_filter_cites_issuer(struct query_filters *f, const char *s, char **err);
int query_filter_year(struct query_filters *f, const char *s, char **err);
int query_filter_date(struct query_filters *f, const char *s, int upper, char **err);
/* Whether f restricts anything. */
int query_filters_any(const struct query_filters *f);
/* Frees what the query_filter_ calls added to f, and clears it. */
void query_filters_release(struct query_filters *f);
/* An issuer filter typed as a name the tables do not know that no indexed
 * document carries, as typed, or NULL: a search that finds nothing says so
 * rather than just "0 results". */
const char *query_filter_unheld(idx_db *db, const struct query_filters *f);

/* Parses s. Fails when nothing searchable is left ("nothing to search for"),
 * a filter word cannot be read, or a word looks like a field that is none
 * ("format:html"). Filters alone (type:NQ year:2022) are a query. */
int query_parse(const char *s, size_t len, struct query **out, char **err);
/* The same for a query that filters given apart (command-line options) will
 * restrict: then no words at all, or only exclusions, is a query too. */
int query_parse_filtered(const char *s, size_t len, struct query **out, char **err);
void query_free(struct query *q);

/* Looks the query's document numbers up in the registry of db: which
 * canonical numbers each means (leading-zero twins and short references can
 * mean several); and marks the words most documents hold. A query of words
 * only that names a regulation ("Bộ luật Lao động 2019", "Luật BHXH",
 * "BLLĐ": a type, a subject, maybe a year; abbreviations from
 * corpus/abbreviations.tsv) gets a cite with the numbers the collection's
 * letterheads and mentions give that name (cite.c): the year's, else all,
 * newest first; it shows their cards but matches no differently. Needed
 * before query_build. */
int query_resolve(idx_db *db, struct query *q, char **err);
/* After query_resolve, for a search that found nothing: whether c is a
 * number no indexed document cites ("quy dinh 57": Quy định 57). Then its
 * name as cited (query_cite_name) is appended to name, and *words is qs
 * (the query as typed) with that number read as words ('quy dinh "57"';
 * malloc'd, or NULL for a number that has no words to keep apart). The one
 * rule stderr, the page and the JSON answer say it by. */
int query_cite_uncited(const char *qs, const struct query_cite *c, struct buf *name,
		       char **words);
/* A number as it is cited, appended to out: its canonical form, or a short
 * reference's type and number ("Luật 45", "Nghị định 89/2021"). */
void query_cite_name(const struct cite_number *n, struct buf *out);

/* Reads typos and run-together words (query/spell.c), before query_resolve:
 * a marked syllable the collection does not hold, or holds far less often
 * than its other spellings ("đòng" beside "đồng", "hiẻm"), is read without
 * its marks; a word that is no syllable and matches nothing ("laodong",
 * "hợpđồng") is read as the syllables it splits into where the collection
 * holds them as a word (pairs B), or suggested when it matches something.
 * Sets read_as, read_note, suggest. A few term-frequency lookups a word. */
void query_spell(idx_db *db, struct query *q);

/* The index query for q. With marks typed, a word matches its exact form
 * and, ranked lower, its folded form; without marks, every form it folds to.
 * A document number matches the documents that cite exactly that number. */
idx_query *query_build(const struct query *q);

/* ---- searching ----------------------------------------------------------*/

struct query_mark {
	size_t start, end; /* byte range of a match in the text it marks */
};

/* The passage of a document that best shows why it matched. */
struct query_excerpt {
	char *text;        /* NFC, one line, with "…" where it was cut */
	struct query_mark *marks;
	size_t nmarks;
	size_t source_start; /* where the passage starts in the document's text */
	size_t source_end;   /* and where it ends */
	size_t source_match; /* where its best match starts in the document's text */
};

/* Every whole match of q's words and phrases in text[from..to) (NFC), as
 * the excerpts mark them, in order: *marks (malloc'd; byte offsets into
 * text) and their number. For a document shown with its matches marked. */
size_t query_marks(const struct query *q, const char *text, size_t from, size_t to,
		   struct query_mark **marks);

struct query_search_opts {
	size_t offset, limit;
	size_t excerpt_chars; /* 0: no excerpts */
	int by_date;          /* 1: newest first, -1: oldest first, instead of by
			       * relevance; undated documents come last either way */
	int count_all;        /* count every match, not the first 500 (search.c) */
	int articles;         /* articles ranked as units (query_search_articles) */
	int all_copies;       /* every copy of a text its own result; by default the
			       * copies of one regulation's text (index/schema.h,
			       * SLOT_TEXT_OF) are one result, and totals count
			       * texts */
};

/* A regulation a result names: its number and what its citation card
 * (idx_cards_get) says of it — the card's variant that this document's
 * mentions belong to. NULL when unknown. */
struct query_reg {
	char *number;  /* canonical: "89/2021/NĐ-CP" */
	char *type;    /* "Nghị định" */
	char *issuer;  /* "Chính phủ" */
	char *date;    /* issue date "YYYY-MM-DD"; an own text's from its letterhead */
	char *signer;  /* own texts only: the name under its signature block */
};

/* Who issued what: the regulation a document is the own text of (its first
 * letterhead, "Số: …"), and the regulations a passage of it cites. */
struct query_regs {
	struct query_reg own; /* own.number NULL: not a regulation's own text */
	struct query_reg *cites; /* in text order, each once, own excluded */
	size_t ncites;
};

/* The citation cards read while filling results: a number repeated across
 * results is read once. Zero it before the first use. */
struct query_card_cache {
	char **numbers;
	struct idx_card **cards;
	size_t *ncards;
	size_t n;
};

void query_card_cache_release(struct query_card_cache *c);

/* Fills out for document rec->docid (whose issue_date the own text's date
 * comes from): its own number, and the numbers cited wholly within
 * [from, to) of its text (0, (size_t)-1: all of them). cache may be NULL.
 * Returns 0, or -1 and *err (out is then empty). */
int query_regs_read(idx_db *db, const struct idx_record *rec, size_t from, size_t to,
		    struct query_card_cache *cache, struct query_regs *out, char **err);
void query_regs_release(struct query_regs *r);

/* A page's date whose year was inferred from its text (idx_record.
 * date_inferred) is never before a regulation it cites: the cited number's
 * date is known from the other documents, in its card (a news article that
 * cites 57-NQ/TW of 2024-12-22 is no "2024-05-19"). Raises rec->date's year
 * so, as the text's own cited dates did at ingest (text_date_floor); leaves
 * other records alone. 0 or -1. */
int query_date_floor(idx_db *db, struct idx_record *rec, struct query_card_cache *cache,
		     char **err);

/* Another copy of a result's text: the same regulation's own text under
 * another source or format. */
struct query_copy {
	unsigned docid;
	char *source;
};

/* The article (Điều) of a text a result or a passage lies in. */
struct query_article {
	char *number;  /* "26", "5a"; NULL: in no article */
	char *heading; /* "" when it has none */
	unsigned clause; /* its khoản holding the place; 0 none */
	char point[8];   /* its điểm ("a", "đ"); "" none */
};
void query_article_release(struct query_article *a);
/* The article, clause and point of rec (query/articles.c) holding byte at,
 * else the first that starts before until, else out->number NULL. Reads
 * the clause's text (idx_record_need) for its point. */
void query_article_of(struct idx_record *rec, size_t at, size_t until, struct query_article *out);
/* An article address: its Điều, khoản (0: the whole article) and điểm (""
 * the whole clause). The one form every command, page and API reads an
 * article in (query_article_ref, query_article_prefix) and looks it up by
 * (query_article_range). */
struct query_article_addr {
	char number[IDX_ARTICLE_NUMBER_MAX];
	unsigned clause;
	char point[8];
};
/* An article address as a user types it: "26", "26.3", "26.3.a", "Điều 5a",
 * "khoản 3 Điều 26", "Điều 26 khoản 3", "điều 26, khoản 3", "điểm a khoản 3
 * Điều 26", "Điều 26.3.a". 0 and *ad, or -1 with *err saying why. */
int query_article_ref(const char *s, struct query_article_addr *ad, char **err);
/* The article (and clause) a mention at text[start] cites, named right
 * before it within its sentence (from: the sentence's start): "khoản 3 Điều
 * 2 Nghị định số 89/…" gives 2 and 3; number "" when it names none. */
void query_article_cited(const char *text, size_t from, size_t start,
			 char number[IDX_ARTICLE_NUMBER_MAX], unsigned *clause);
/* The articles of card's number its mentions cite ("khoản 2 Điều 4 Nghị
 * định số …" counts for Điều 4), most cited first, over its first 500
 * citing documents: *out malloc'd (NULL when none). 0 or -1. */
struct query_article_count {
	char number[IDX_ARTICLE_NUMBER_MAX];
	unsigned count; /* mentions */
};
int query_cited_articles(idx_db *db, const struct idx_card *card,
			 struct query_article_count **out, size_t *n, char **err);
/* An article named before a document number, as a lawyer cites one
 * ("khoản 3 Điều 2 Nghị định 89/2021/NĐ-CP", "Điều 5 của Luật …", "điểm a
 * khoản 1 Điều 3 …", "Điều 2.3.a Nghị định …"): the bytes it takes (the
 * rest is the number) and *ad; 0 when s does not start so or nothing
 * follows. */
size_t query_article_prefix(const char *s, struct query_article_addr *ad);
/* The byte range of the article, clause or point ad of rec (a point read
 * from rec's text, text_points_read): 0, or 1 with *err saying what the
 * text lacks ("no Điều 999 (its articles: 1 to 220)", "no điểm g in khoản 3
 * Điều 26 (its points: a to e)"), or -1 when the stored structure is
 * damaged. */
int query_article_range(const struct idx_record *rec, const struct query_article_addr *ad,
			size_t *from, size_t *to, struct query_article *out, char **err);

struct query_hit {
	unsigned rank; /* 1-based, counting the offset */
	double score;
	struct idx_record rec;
	struct query_excerpt excerpt;
	struct query_regs regs; /* own number; numbers the excerpt cites (with excerpts only) */
	struct query_copy *copies; /* the other copies of its text, by source */
	size_t ncopies;
	struct query_article article; /* where its excerpt's match lies (with excerpts only) */
};

struct query_result {
	struct query_hit *hits;
	size_t n;
	unsigned long long total;  /* exact when exact is set, else an estimate */
	int exact;
	/* Articles ranked as units (query_search_articles): the hits and total
	 * are articles, found in the first documents_read of the documents
	 * matching (exact when documents_exact, else an estimate); total is
	 * exact when they were all read. */
	int articles;
	unsigned long long documents;
	int documents_exact;
	size_t documents_read;
};

int query_search(idx_db *db, const struct query *q, const struct query_search_opts *o,
		 struct query_result *out, char **err);
/* The same with articles as the units ranked (search --articles,
 * query/articles.c): one hit per article, its document's record, the
 * excerpt from the article and hit.article; a text without articles is one
 * unit. by_date is not used. A query without words (filters, numbers)
 * gives query_search's documents. */
int query_search_articles(idx_db *db, const struct query *q, const struct query_search_opts *o,
			  struct query_result *out, char **err);
void query_result_release(struct query_result *r);

/* Counts the matches (the first FACET_MAX_DOCS of them, query_int.h) by
 * type, issuer and year, appended to out as three text lines or one JSON
 * line {"facets": …}. The copies of a text count once, as in the results,
 * unless o->all_copies (--all-copies); with a status filter, the matches it
 * keeps of those its results read (the first QUERY_STATUS_SCAN, or every
 * match with o->count_all). */
int query_facets(idx_db *db, const struct query *q, const struct query_search_opts *o, int json,
		 struct buf *out, char **err);

/* The same counts as data, for a front end that links each value to its
 * narrower search: f[0] type, f[1] issuer, f[2] year, each most frequent
 * first (years newest first). values are shown ("Nghị định", "Quốc hội");
 * keys are what query_filter_type/_issuer/_year take for each ("nghidinh",
 * "QH", "Bộ Chính trị", "2022"). */
struct query_facet {
	const char *name;   /* "type", "issuer", "year" */
	char **values, **keys;
	unsigned *counts;
	size_t n;
};
struct query_facets {
	struct query_facet f[3];
	size_t scanned;     /* matches counted (at most FACET_MAX_DOCS) */
};
int query_facets_read(idx_db *db, const struct query *q, const struct query_search_opts *o,
		      struct query_facets *out, char **err);
void query_facets_release(struct query_facets *fs);
/* {"documents_counted": N, "type": {value: count…}, "issuer": …, "year": …} */
void query_format_facets_json(struct buf *out, const struct query_facets *fs);

/* What a search's total counts when its words make two-syllable words
 * ("thử việc"): sorted by relevance, the documents holding every word
 * anywhere (their pairs rank, they do not restrict: "thử" here, "việc"
 * there counts); sorted by date, those holding them side by side
 * (query_words_for_date). NULL for other queries. Static storage; vi: in
 * Vietnamese, as the page says it. */
const char *query_total_counts(const struct query *q, int vi);
/* Sorted by date nothing ranks a word above its syllables standing apart:
 * two plain syllables typed side by side that make a word ("ngư dân") are
 * then required as that word (q->whole_words), for the results and the
 * facets alike; when no document holds them so, the syllables apart match
 * and q->words_apart says so. by_date 0 clears both. Returns 0 or -1. */
int query_words_for_date(idx_db *db, struct query *q, int by_date, char **err);
/* What every front end does to a parsed query before its search: typos and
 * run-together words read (query_spell), numbers and names resolved
 * (query_resolve), and sorted by date, words required whole
 * (query_words_for_date). Returns 0, or -1 with *err when the index cannot
 * be read. */
int query_prepare(idx_db *db, struct query *q, int by_date, char **err);

/* For a search that found nothing: how many documents its phrases would
 * match if they ran across punctuation where the query has only white space
 * between two words ("chuyen gia ky su" against "chuyên gia, kỹ sư"), the
 * rule a phrase keeps (build.c). Counted up to 500 like a search (*exact
 * 0 past that); 0 when the query has no such phrase. -1 and *err on an
 * index error. */
long long query_loose_count(idx_db *db, struct query *q, int *exact, char **err);

/* For a search with filters that found nothing: which filter leaves nothing.
 * The words alone (QUERY_FILTER_NONE, first, when the query has words) and
 * each kind of filter given (enum query_filter_kind), counted with only that
 * kind kept, up to 500 like a search (exact 0 past that). Returns how many
 * of out tell more than the search did (at most QUERY_FILTER_KINDS + 1): 0
 * when no filter or one alone was given (then with words, 1: the words
 * alone); -1 and *err on an index error. */
enum query_filter_kind {
	QUERY_FILTER_NONE,
	QUERY_FILTER_TYPE,
	QUERY_FILTER_ISSUER,
	QUERY_FILTER_DATE,
	QUERY_FILTER_STATUS,
	QUERY_FILTER_CITES,
	QUERY_FILTER_KINDS = QUERY_FILTER_CITES
};
struct query_filter_count {
	enum query_filter_kind kind;
	long long n;
	int exact;
};
int query_filters_alone(idx_db *db, struct query *q, struct query_filter_count *out, char **err);
/* The search with its own type and issuer filters (--type, --issuer) read
 * as what the documents cite (--cites-type, --cites-issuer): how many it
 * finds; 0 when it does not apply or finds nothing; -1 on error (*err). */
long long query_filters_as_cited(idx_db *db, struct query *q, int *exact, char **err);
/* A type that stands in the text issuing it: a Quy chế, a Quy định, a
 * Điều lệ is a decision's annex ("Quyết định … ban hành Quy chế …"), whose
 * own type is the decision's. When the search's one --type finds no text
 * of its own: how many documents the search finds without it and with the
 * phrase "ban hành <type>"; *name the type's name. 0 when it does not apply
 * or finds nothing; -1 on error (*err). */
long long query_type_issued_with(idx_db *db, struct query *q, const char **name, int *exact,
				 char **err);
/* What a kind of filter restricts, in English ("the type", "the dates") or,
 * vi, in Vietnamese ("loại văn bản", "thời gian"). */
const char *query_filter_kind_name(enum query_filter_kind k, int vi);

/* ---- citations -----------------------------------------------------------*/

/* A document that cites a number, with the sentence where it does. */
struct query_cite_doc {
	struct idx_record rec;
	char *sentence;         /* NFC, one line, without Markdown; "… " / " …" where cut */
	struct query_mark mark; /* the number within sentence */
	char article[IDX_ARTICLE_NUMBER_MAX]; /* the article it cites ("2"), "" none */
	unsigned clause;        /* and the clause (khoản), 0 none */
	struct query_copy *copies; /* the other copies of its text, by date then source */
	size_t ncopies;
	struct query_regs regs; /* its own number, as a search result has it (no cites) */
};

/* The cards of what c means: the registry's for each canonical number, and
 * for a regulation without a number (c->text_docid) one read from its own
 * text (kind "unnumbered"; its name and year stand for the number). 0 or
 * -1. */
int query_cite_cards(idx_db *db, const struct query_cite *c, struct idx_card **cards, size_t *n,
		     char **err);
/* Resolves one number typed by a user (any spelling, or pasted with what
 * surrounds it: cite_parse_typed) to its cards: *cards
 * gets one card per canonical number it may mean (several for leading-zero
 * twins or short references, or a number issued twice); release them with
 * idx_cards_release, and out with query_cite_release. A regulation's name
 * ("Bộ luật Lao động 2019", "Luật BHXH") gives the numbers the collection
 * names so (query_resolve). Returns 1 and the cards; 0 when s is neither a
 * document number nor a name the collection knows; -1 on error. With no
 * card found, returns 1 and *n = 0. */
int query_cite_lookup(idx_db *db, const char *s, struct query_cite *out,
		      struct idx_card **cards, size_t *n, char **err);
void query_cite_release(struct query_cite *c);
/* When what was typed holds several document numbers ("Nghị định
 * 145/2020/NĐ-CP, Nghị định 12/2022/NĐ-CP": a script's line of two), the
 * first three of them ("145/2020/NĐ-CP, 12/2022/NĐ-CP", ", …" after), to
 * say why it is no one number; *n their count. NULL when fewer than two. */
char *query_cite_several(const char *typed, size_t *n);
/* The command line's and the API's refusal of such a line: "2 numbers
 * (A, B), not one: give one number a line" (malloc'd); of a regulation's
 * name nothing gives a number ("Luật Không có"), that it is one; or NULL. */
char *query_cite_several_why(const char *typed);
/* Why c's number cannot be as written (an Assembly number whose year is not
 * its term's: 72/2022/QH14), or may not be (st's twin, when st is given:
 * 17/2020/QH14, Luật Bảo vệ môi trường of 2020-11-17, whose own text is
 * 72/2020/QH14), appended to out in Vietnamese (vi) or English; 1 when so,
 * else 0 and nothing written. */
struct query_standing;
int query_card_doubt(const struct idx_card *c, const struct query_standing *st, int vi,
		     struct buf *out);

/* The documents citing the number of card (its variant), newest first.
 * *total counts them all. */
int query_cite_documents(idx_db *db, const struct idx_card *card, size_t offset, size_t limit,
			 struct query_cite_doc **docs, size_t *n, unsigned long long *total,
			 char **err);
/* The same with all_copies: every copy of a text listed on its own (by
 * default the copies of one regulation's text, SLOT_TEXT_OF, are one entry,
 * the others its copies, and *total counts texts, as search results do). */
int query_cite_documents_copies(idx_db *db, const struct idx_card *card, int all_copies,
				size_t offset, size_t limit, struct query_cite_doc **docs,
				size_t *n, unsigned long long *total, char **err);
void query_cite_documents_release(struct query_cite_doc *docs, size_t n);

/* A regulation's standing as of a date, derived from its card: its own
 * text's effective date and expiry, and what other indexed texts say they
 * did to it (replaced, repealed, wholly or in part, from their effective
 * dates). Never guessed: "unknown" when the collection does not show it. */
enum query_state {
	QUERY_STATE_UNKNOWN,
	QUERY_STATE_IN_FORCE,
	QUERY_STATE_NOT_YET,   /* as of a date before its effective date */
	QUERY_STATE_REPLACED,  /* wholly, by another text, from its effective date */
	QUERY_STATE_REPEALED,
	QUERY_STATE_EXPIRED,   /* past the end its own text states */
	QUERY_STATE_SUSPENDED, /* another text suspends it, from its effective date until
				* the day it states (or a condition: no day) */
};
const char *query_state_name(enum query_state s); /* "in force", "not yet in force", … */

struct query_standing {
	char as_of[11];          /* "YYYY-MM-DD" */
	enum query_state state;
	const struct idx_relation *by; /* what ended it (REPLACED, REPEALED), or NULL */
	char since[11];          /* when the state began, "" unknown */
	const struct idx_relation *until; /* IN_FORCE read from a later act that ends it (its
				     own text not indexed): the act, which replaces or repeals it
				     from until->from */
	char acted[11];          /* that act's issue date: from it the act shows it standing */
	const struct idx_relation *suspended_by; /* SUSPENDED: the suspending act */
	char suspended_until[11]; /* the day its suspension ends, "" a condition or unknown */
	size_t partial;          /* relations in effect on a part of it (repealed, replaced in part) */
	char *eff_sentence;      /* the sentence giving the effective date, or NULL */
	char *eff_text_sentence; /* card->eff_text's sentence in its own text, or NULL */
	char **sentences;        /* one per card->relations: the sentence saying so */
	size_t nsentences;
	char **part_sentences;   /* one per card->parts */
	size_t nparts;
	/* IN_FORCE or NOT_YET by its own texts, a text named by its subject
	 * (a law): the next one of its type and subject the collection cites,
	 * issued by that day, whose own text is not here to say whether it
	 * replaces this one ("45/2013/QH13", Luật Đất đai, and 31/2024/QH15);
	 * NULL none. Read only with_out. */
	char *namesake;
	char namesake_date[11];  /* its issue date as its card gives it, "" unknown */
	/* Its own text not here: another number of its type and subject dated
	 * its day, whose own text is here or which more documents cite
	 * (72/2020/QH14 for 17/2020/QH14): this one may misprint it
	 * (query_card_doubt); NULL none. Read only with_out and with_evidence. */
	char *twin;
	int twin_own;            /* the twin's own text is indexed */
};

/* A day a user typed ("2019-07-01", "1/7/2019", "ngày 01 tháng 7 năm
 * 2019") as "YYYY-MM-DD": 0, or -1 when it is no whole, valid date. */
int query_as_of(const char *s, char out[11]);
/* status:VALUE — "in-force", "not-yet", "replaced", "repealed", "expired", "suspended",
 * "ended" (any of the last three), "unknown", or in Vietnamese ("còn hiệu
 * lực", "hết hiệu lực", "chưa có hiệu lực"): adds its bits to f->status. */
int query_filter_status(struct query_filters *f, const char *s, char **err);
/* Once every filter is read (in any order): a day (as_of) without a status
 * asks for the law as it stood that day, what was in force. */
void query_filters_settle(struct query_filters *f);

/* query_search for a query with a status filter: the first
 * QUERY_STATUS_SCAN matches (or offset + limit, if more) are read, each
 * result's own number's card is read and its standing computed as of
 * filters.as_of, and those that match are returned, ranked among
 * themselves; total counts them and is exact when every match was read.
 * Without a status filter, query_search itself. */
#define QUERY_STATUS_SCAN 500
int query_search_status(idx_db *db, const struct query *q, const struct query_search_opts *o,
			struct query_result *out, char **err);

/* Today's date, "YYYY-MM-DD" (UTC). */
void query_today(char out[11]);

/* The standing of card as of as_of (NULL: today): adds to card the
 * relations its own text states (idx_card_outgoing) when with_out, reads
 * the evidence sentences when with_evidence. 0, or -1 and *err. Release
 * with query_standing_release. */
int query_card_standing(idx_db *db, struct idx_card *card, const char *as_of, int with_out,
			int with_evidence, struct query_standing *out, char **err);
void query_standing_release(struct query_standing *s);
/* The next regulation after card of its type and subject (a law named
 * by its subject, query_named_by_subject) cited in the collection and
 * issued by day: *number (malloc'd, NULL none) and its date ("" unknown).
 * 0, or -1 on error. */
int query_later_namesake(idx_db *db, const struct idx_card *card, const char *day,
			 char **number, char date[11], char **err);
/* The number card's may misprint (query_standing's twin): *number
 * (malloc'd, NULL none), *own_text. 0, or -1 on error. */
int query_same_day_namesake(idx_db *db, const struct idx_card *card, char **number,
			    int *own_text, char **err);
/* The relations of c a card shows, in the order it shows them: whole acts
 * before "based on", at most cap of each kind and direction. *order
 * (malloc'd, NULL when none) gets their indexes in c->relations, *hidden
 * the number left out; returns how many are shown. */
size_t query_card_relations_shown(const struct idx_card *c, size_t cap, size_t **order,
				  size_t *hidden);

/* ---- output -------------------------------------------------------------
 * Text for people, JSON Lines for scripts; each appends to out. The JSON
 * field names are part of the interface (README), the same for any front
 * end. */

/* One hit as text: rank and title, then date · source · id, then the
 * excerpt with matches in «» (or bold when bold is set). */
void query_format_hit_text(struct buf *out, const struct query_hit *h, int bold);
/* "Điều 26. Thời giờ làm việc bình thường (khoản 3)"; the JSON field
 * ,"article":{"number","heading","clause"} or null. */
void query_format_article_text(struct buf *out, const struct query_article *a);
void query_format_article_json(struct buf *out, const struct query_article *a);
/* An article or clause of src's text (bytes [from, to)) under its name and
 * source: "Điều 2. … (khoản 3), <source> · id 7", then the text as stored. */
void query_format_article_passage_text(struct buf *out, const struct idx_record *src,
				       const struct query_article *a, size_t from, size_t to);
/* The same as JSON fields: ,"article":{…},"article_text": the text as
 * shown (cite --json). */
void query_format_article_passage_json(struct buf *out, const struct idx_record *src,
				       const struct query_article *a, size_t from, size_t to);
/* The JSON field ,"cited_articles":[{"article","mentions"}] of a card
 * (query_cited_articles). */
void query_format_cited_articles_json(struct buf *out, const struct query_article_count *a,
				      size_t n);
/* One hit as a JSON object on one line (fields documented in README). */
void query_format_hit_json(struct buf *out, const struct query_hit *h);
/* The same object without the line's end, for a list of hits. */
void query_format_hit_json_object(struct buf *out, const struct query_hit *h);
/* A number with no card, as `cite --json` says it: {"query": typed,
 * "found": false, "number": canonical (as it would be cited) or null,
 * "error": why}. */
void query_format_not_cited_json(struct buf *out, const char *typed, const char *canonical,
				 const char *why);
/* A search's answer as one JSON object, as `search --batch` writes it and
 * /api/search answers: {"query": typed, "warning", "read_as", "read_note",
 * "did_you_mean" (each when set), "total", "exact", "results": [the hits'
 * objects]. The object is left open after "results" so that a caller may
 * add fields ("across_punctuation", "facets"); the caller closes it. */
void query_format_search_json(struct buf *out, const char *typed, size_t len,
			      const struct query *q, const struct query_result *res);
/* `stats --json` and /api/stats: {"index", "documents", "terms", "words",
 * "positions", "disk_bytes"} and a line end. */
void query_format_stats_json(struct buf *out, const char *path, const struct idx_stats *s);
/* What was typed, as a JSON string, composed (NFC): the "query" of the
 * JSON answers. */
void query_json_typed(struct buf *out, const char *typed, size_t len);
/* A --batch line for a query or a number that got no answer: {"query":
 * typed, fields (a JSON fragment ending in ',', or ""), "error": why}. */
void query_format_error_json(struct buf *out, const char *typed, const char *fields,
			     const char *why);

/* The citation card: number, type, issuing body, date, subject, support,
 * where its own text is. source may be NULL; so may docs (--batch: no
 * citing documents listed). */
/* The card's type as shown: its mentions' best, else its code's name
 * (a static string, or NULL). */
const char *query_card_type(const struct idx_card *c);
/* search's card: with st (NULL: none), its effective date and status
 * lines too, as the page's search card shows them; its relations are
 * cite's. */
void query_format_card_text(struct buf *out, const struct idx_card *c,
			    const struct idx_record *source, const struct query_standing *st);
/* The card in JSON with its standing (query_card_standing; st may be NULL): the
 * effective date, the status and the relations with their sentences; JSON
 * fields effective, effective_evidence, expires, status, status_as_of,
 * status_since, status_by, status_parts_ended, effective_parts, relations. */
void query_format_card_standing_text(struct buf *out, const struct idx_card *c,
				     const struct idx_record *source,
				     const struct query_standing *st, unsigned long long texts);
/* After a card's "cited in N documents (M mentions)", which counts every
 * copy: when the citing list folds copies into fewer texts (texts, 0: not
 * known), ", every copy counted; T texts with copies folded, as listed
 * below" (vi: in Vietnamese), the command line and the card page in the
 * same words. */
void query_cited_in_texts(struct buf *out, unsigned documents, unsigned long long texts, int vi);
void query_format_card_standing_json(struct buf *out, const char *typed,
				     const struct idx_card *c, const struct idx_record *source,
				     const struct query_standing *st,
				     const struct query_cite_doc *docs, size_t ndocs,
				     unsigned long long ndocs_total);
/* A citing document: rank, title, date · source · id, the sentence with the
 * number marked. */
void query_format_cite_doc_text(struct buf *out, size_t rank, const struct query_cite_doc *d,
				int bold);

/* A document's metadata and text, for `tracuu show`; regs (or NULL): what
 * it is and what it cites (query_regs_read over the whole text). */
void query_format_record_text(struct buf *out, const struct idx_record *r,
			      const struct query_regs *regs);
void query_format_record_json(struct buf *out, const struct idx_record *r,
			      const struct query_regs *regs);
/* The same for one article or clause of it (show --article): its "article"
 * field, and "text" the bytes [from, to) of its text. */
void query_format_record_article_json(struct buf *out, const struct idx_record *r,
				      const struct query_regs *regs,
				      const struct query_article *a, size_t from, size_t to);

/* ---- citation export (export.c) -------------------------------------------
 * A regulation or a document as reference managers import it: CSL-JSON (an
 * array of items: Zotero, citeproc, pandoc), biblatex, RIS (Zotero's RIS
 * translator: TY STAT imports as a Statute). A regulation is CSL type
 * "legislation", biblatex @legislation, RIS STAT, with its number, a title
 * made of its type and subject, its issuing body as an institutional author,
 * its issue date, jurisdiction "vn" and language "vi"; any other document
 * is a web page (its URL and site) or a document. What the index does not
 * know is left out: no date whose year was inferred, no value the mentions
 * dispute that no letterhead settles (docs/design.md, "Citation export").
 * A list is begin, entries numbered from 0, end: for CSL-JSON the brackets
 * and commas; for the others each entry stands alone. */

enum query_export_format { QUERY_EXPORT_CSL_JSON, QUERY_EXPORT_BIBTEX, QUERY_EXPORT_RIS };

/* "csl-json" (or "csl", "json"), "bibtex" (or "biblatex", "bib"), "ris",
 * any case. 0, or -1 when name is none of them. */
int query_export_format_parse(const char *name, enum query_export_format *out);
/* "csl-json", "bibtex", "ris". */
const char *query_export_format_name(enum query_export_format f);
/* The media type to serve it as, with its charset ("application/vnd.citationstyles.csl+json; charset=utf-8",
 * "application/x-bibtex", "application/x-research-info-systems") and a
 * file name extension ("json", "bib", "ris"). */
const char *query_export_mime(enum query_export_format f);
const char *query_export_extension(enum query_export_format f);

void query_export_begin(struct buf *out, enum query_export_format f);
void query_export_end(struct buf *out, enum query_export_format f);

/* The regulation of a citation card; source: its own text (its URL is
 * cited when it is a web page), or NULL. i: the entry's place in the list.
 * others (nothers, may hold c): the cards read with it; one of the same
 * number gives c's key what tells c apart (its place, subject or day). */
void query_export_card(struct buf *out, enum query_export_format f, size_t i,
		       const struct idx_card *c, const struct idx_record *source,
		       const struct idx_card *others, size_t nothers);
/* A document as it stands: a regulation's own text from regs->own (regs
 * may be NULL: not one), else a web page or a document. */
void query_export_record(struct buf *out, enum query_export_format f, size_t i,
			 const struct idx_record *r, const struct query_regs *regs);
/* A document read from db: a regulation's own text is exported from its
 * citation card (the variant it is the text of), as query_export_card;
 * anything else as query_export_record. 0, or -1 and *err (out unchanged). */
int query_export_document(idx_db *db, struct buf *out, enum query_export_format f, size_t i,
			  const struct idx_record *r, char **err);

#endif
