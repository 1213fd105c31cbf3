/* query_int.h — what the files of query/ share and nothing outside uses: the
 * parse tree, excerpts, facet lines. One block per file that defines them. */
#ifndef TRACUU_QUERY_INT_H
#define TRACUU_QUERY_INT_H

#include "query/query.h"

/* ---- parse.c: the parse tree ------------------------------------------- */

struct query_word {
	char *exact;  /* the indexed exact form */
	char *folded; /* mark-free form; equals exact when the word has no marks */
	int has_marks;
	int common;   /* in most documents ("của", "và"): in a long ranked query it
		       * counts only through the two-syllable words it is part of
		       * (set by query_resolve) */
	unsigned long long df; /* documents holding its folded form (set by
				* query_resolve) */
	int loose;    /* it and the word before it, one of them common, stand
		       * side by side in few of the documents holding the rarer
		       * ("mẹ là", "những cách"): no word, so in a long ranked
		       * query their pair weighs as no heading (set by
		       * query_resolve, mark_loose) */
	double head_idf; /* log(documents / documents with an article headed by
			  * it and the word before it: their PREFIX_HEADING
			  * pair), in a long ranked query; 0 when none is (set
			  * by query_resolve, mark_heads) */
	int joins;    /* it and the word before it in the same node may be one
		       * two-syllable word (text_joins): a phrase requires the pair */
};

enum query_node_kind { QN_WORDS, QN_AND, QN_OR, QN_NOT, QN_CITE };

struct query_node {
	enum query_node_kind kind;
	struct query_word *words; /* QN_WORDS: one word, or a phrase */
	size_t nwords;
	struct query_node **kids; /* QN_AND, QN_OR: two or more; QN_NOT: one */
	size_t nkids;
	size_t cite;    /* QN_CITE: index into query->cites */
	int joins_prev; /* QN_WORDS: its first word and the last word of the
			 * words before it may be one word (text_joins,
			 * index/schema.h, PREFIX_PAIR) */
	int quoted;     /* QN_WORDS: typed in quotes, a phrase the user asked
			 * for; otherwise a chunk such as "20/01/2023" */
	int comma_prev; /* QN_WORDS: only a comma (and white space) stands
			 * between its first word and the words before it:
			 * a name may go on ("Luật Phòng, chống tham nhũng") */
};

/* Does n hold a word with marks outside an exclusion (negated: n is
 * inside one)? query->accented; query_spell sets it again. */
int query_any_positive_marks(const struct query_node *n, int negated);

/* ---- spell.c ------------------------------------------------------------*/

/* Run-together words of up to this many syllables are split. */
#define QUERY_SPLIT_MAX 3
/* How many documents hold the two-syllable word a_b (folded forms). */
typedef unsigned long long (*query_pair_docs_fn)(const char *a, const char *b, void *ctx);
/* The cut of word (exact form) into the fewest syllables (text_syllable_valid),
 * at most QUERY_SPLIT_MAX, each adjacent two held as a word (pairs > 0), the
 * commonest such cut first: its pieces' exact forms into pieces (the caller
 * frees them), their count (0: none, or the word is one syllable), and the
 * fewest documents holding one of its pairs. */
size_t query_spell_split(const char *word, size_t len, query_pair_docs_fn pairs, void *ctx,
			 char *pieces[QUERY_SPLIT_MAX], unsigned long long *score);

/* ---- filter.c -----------------------------------------------------------*/

/* s without the spaces, tabs and line ends around it (a date pasted into a
 * form's box, "2020-01-01 "): s itself past its leading ones, or a copy in
 * buf (size bytes) when its end is cut; s as given when it does not fit. */
const char *query_trimmed(const char *s, char *buf, size_t size);

/* ---- excerpt.c ----------------------------------------------------------*/

/* The passage of text[from..to) (about max_chars characters) with the most
 * distinct query words and cited numbers (places: byte ranges of the query's
 * numbers in text), its matches marked. Falls back to the start of the range.
 * Offsets (source_start) are into the whole text. */
void query_excerpt_make(const struct query *q, const char *text, size_t len, size_t from,
			size_t to, size_t max_chars, const struct idx_cite_place *places,
			size_t nplaces, struct query_excerpt *out);
/* The same with a tokeniser that outlives it (idx_read_tokeniser): the
 * syllables of one passage are looked up, not worked out, in the next. */
void query_excerpt_make_with(struct text_tokeniser *tz, const struct query *q, const char *text,
			     size_t len, size_t from, size_t to, size_t max_chars,
			     const struct idx_cite_place *places, size_t nplaces,
			     struct query_excerpt *out);
/* Is p in v (ascending positions)? *at is where the last look ended: asked
 * for ascending p, the walk over v is done once (a common word in a long
 * law has thousands of positions; a binary search each costs more). */
static inline int query_pos_at(const unsigned *v, size_t n, size_t *at, unsigned p)
{
	while (*at < n && v[*at] < p)
		(*at)++;
	return *at < n && v[*at] == p;
}

/* Which of npairs pairs of words (words[2i], words[2i + 1]; npairs at most
 * QUERY_WRITTEN_PAIRS) rec's title or text writes as typed (a word typed
 * with marks as typed, one typed without folded), side by side with only
 * white space between, and not across two stronger words: bit i for pair i.
 * A pair whose words are in no other pair of the query stands across words
 * where the word before it and its first word, and its second word and the
 * word after it, are each a pair that holds together more than
 * CROSS_MARGIN times as well as it does (query_pair_crosses: "gia đình
 * công khai", "quyết định công nhận" hold no "đình công"). Only the
 * passages where the folded pair stands are read (the positions and the
 * byte checkpoints of query_excerpt_region), in a text read whole over the
 * network. The collection frequencies asked are kept by the handle
 * (idx_collection_freq), across texts and searches. */
#define QUERY_WRITTEN_PAIRS 8
unsigned query_pairs_written(idx_db *db, struct idx_record *rec,
			     const struct query_word *const *words, size_t npairs);
/* The part of a long text worth giving query_excerpt_make: around the best
 * cluster of the query's words, found from the index's positions (over the
 * network: from rec's text, tokenised as the indexer did) and the
 * document's token offsets (SLOT_OFFSETS). The whole text for short texts
 * and for indexes without offsets. Typed with marks, the positions (the
 * folded words') may promise what the text does not write as typed: the
 * region is read and scored by the tones typed, up to REGION_TRIES clusters
 * (query/excerpt.c); then, when out is not NULL, the excerpt is made from it
 * into out (rec's text read there) and 1 returned; else 0. */
int query_excerpt_region(idx_db *db, struct idx_record *rec, const struct query *q,
			 size_t max_chars, const struct idx_cite_place *places, size_t nplaces,
			 size_t *from, size_t *to, struct query_excerpt *out);
/* When e, made from rec's text, shows only its letterhead (its best match
 * there, or no match at all), makes it again from the text's type heading
 * (text_head_heading_at) and returns 1; 0 when e stands. Reads the head of
 * rec's text (idx_record_need). */
int query_excerpt_past_head(struct text_tokeniser *tz, const struct query *q,
			    struct idx_record *rec, size_t max_chars,
			    const struct idx_cite_place *places, size_t nplaces,
			    struct query_excerpt *e);
void query_excerpt_release(struct query_excerpt *e);

/* ---- build.c, search.c: questions ------------------------------------- */

/* Is q a ranked list of plain words (five or more, build.c)? */
int query_is_ranked(const struct query *q);
/* Does a few words' AND hold two plain syllables side by side that may be
 * one word (the pairs with_words weighs)? query_words_for_date. */
int query_has_word_pairs(const struct query *q);
/* Two plain words side by side, both typed with marks, that may be one word
 * ("đình công") in a few words' AND (not a ranked list): each pair's words
 * into words[2i], words[2i + 1] (at most max / 2 pairs); their count. */
size_t query_marked_pairs(const struct query *q, const struct query_word **words, size_t max);
/* The pairs a few words' first page is ordered by (search.c, written_first):
 * typed with marks, query_marked_pairs; typed without any, every two plain
 * words side by side that make a pair term ("dinh cong"), matched folded. */
size_t query_written_pairs(const struct query *q, const struct query_word **words, size_t max);
/* Is q a description (a question, a pasted sentence): a ranked list
 * naming no regulation, by its name or by a number some document cites
 * (whose own text ranks first instead: build.c, named_first)? */
int query_is_description(const struct query *q);
/* The words typed as a short article heading's term: PREFIX_WHOLE_HEADING
 * and text_heading_key's form (folded, joined by PAIR_JOIN), appended to
 * out, when they are 2 to SCHEMA_WHOLE_HEADING_MAX plain words and nothing
 * else; their count, else 0 (out untouched). */
size_t query_whole_heading_term(const struct query *q, struct buf *out);
/* Those words, into w (SCHEMA_WHOLE_HEADING_MAX at most): the plain words
 * of an AND, or the words of one phrase whose words are side by side; their
 * count, else 0. */
size_t query_heading_words(const struct query *q, const struct query_word **w);

/* Two adjacent syllables, folded, as one word (index/schema.h, PREFIX_PAIR),
 * as one word of a title or heading (PREFIX_HEADING) or of a document's name
 * (PREFIX_NAME): prefix, a, PAIR_JOIN, b. */
idx_query *query_pair_term(const char *prefix, const char *a, const char *b);
/* Whether the pair of folded words a b is a term: a pair too long to be one
 * is not indexed (termgen.c). */
int query_pair_fits(const char *a, const char *b);
/* The same term's text, appended to t. */
void query_pair_text(struct buf *t, const char *prefix, const char *a, const char *b);

/* How much the pair of n's kids i - 1 and i weighs in a ranked list, in
 * the documents' query and the articles' scorer: ASKED_WEIGHT when it is
 * the last pair of the subject a question asks about or that subject's last
 * word with "là" ("X là gì?": "nhũng nhiễu", "nhiễu là"), else 1 (build.c). */
double query_asked_weight(const struct query_node *n, size_t i);
/* A list of at least RANKED_MIN_WORDS plain words, read as a description: a
 * ranked OR, none required (build.c). */
int query_ranked_list(const struct query_node *n);

/* ---- articles.c, search.c: article evidence for a description ----------- */

/* The documents recs[0..n) ordered by their best article (BM25 over the
 * articles of those documents, as search --articles ranks them): rank[i]
 * the place of document i, 0 first; n for a document with no article
 * matching; best[i] that article's score (0: none); heads (NULL: not
 * asked) heads[i] that article's heading folded (text_fold_key), or NULL
 * when it has none (the caller frees). 0, or -1 with *err set. */
int query_article_ranks(idx_db *db, const struct query *q, struct idx_record *recs,
			size_t n, size_t *rank, double *best, char **heads, char **err);
/* A description's fused first page, order[0..n) (query_fuse_order): a
 * text that implements a law and restates its article — its title names
 * the subject of a text of higher legal force on the page (subject[j] in
 * title_key[i]) and its best article bears the same heading (heads[i],
 * heads[j], folded) — gives its place to that text, the latest of them by
 * date. level[i]: document i's force (query_title_level); date[i] its
 * date or NULL; subject[i] query_title_subject's key or NULL; title_key[i]
 * its title folded (text_fold_key) or NULL. */
void query_restated_order(const int *level, const char *const *date, char *const *heads,
			  char *const *subject, char *const *title_key, size_t n, size_t *order);
/* A regulation's legal force as its title names its type: 2 the
 * Constitution, a code or a law; 1 a decree or an ordinance; 0 else. */
int query_title_level(const char *title);
/* What a title beginning with a type of query_title_level names, its
 * numbers left out, folded (text_fold_key: "Luật Bảo hiểm xã hội số
 * 58/2014/QH13" -> "baohiemxahoi"); NULL for another title or a subject
 * shorter than TITLE_SUBJECT_MIN bytes. The caller frees. */
char *query_title_subject(const char *title);
#define TITLE_SUBJECT_MIN 6
/* A description's first documents (at most 10) in their fused order:
 * order[k] the index of the document at place k, from each one's weight
 * by its whole text (weight[0] the first's), its place among the best
 * articles (rank, n for none) and its best article's score (best); a tie
 * between the two lists goes to the document scoring nearer each list's
 * first (search.c, fuse_articles). */
void query_fuse_order(const double *weight, const size_t *rank, const double *best, size_t n,
		      size_t *order);

/* A heading typed (search.c, headed_first): what each of the first page's
 * texts is to the words. */
enum { QUERY_HEADED, QUERY_TITLE_ABOUT, QUERY_NOT_ABOUT };
/* Does title hold the words of key (a heading's key, "thu_viec", of words
 * words) as its subject: side by side, and at least half of its words? */
int query_title_about(struct text_tokeniser *tz, const char *title, const char *key, size_t words);
/* The first page's order (order[k]: the index of the text at place k) when
 * a heading is typed: when some text has an article so headed (cls
 * QUERY_HEADED), the texts about the words (QUERY_HEADED,
 * QUERY_TITLE_ABOUT) first, then the others (QUERY_NOT_ABOUT), each in the
 * index's order; else the index's order. */
void query_headed_order(const int *cls, size_t n, size_t *order);

/* ---- regs.c ------------------------------------------------------------ */

/* Appends to *v (*n of them) the numbers query_regs_read(db, rec, from, to)
 * may look a card up for, each once: a page's, asked at once over remote
 * shards (idx_cards_ahead) before its results are named one by one. */
void query_regs_numbers(idx_db *db, const struct idx_record *rec, size_t from, size_t to,
			char ***v, size_t *n);

/* ---- abbrev_table.c (from corpus/abbreviations.tsv) -------------------- */

/* An abbreviation in names of regulations ("BLLĐ" -> "Bộ luật Lao động",
 * "BHXH" -> "Bảo hiểm xã hội"), read by cite.c where a query names one. */
struct query_abbrev {
	const char *abbrev, *expansion;
	const char *key; /* abbrev as text_fold_key folds it, by the build ("blld") */
};
extern const struct query_abbrev query_abbrevs[];
extern const size_t query_nabbrevs;
/* The folded words a query word (folded: "blld") abbreviates, searched as
 * a phrase beside it ("BLLĐ" finds "Bộ luật Lao động"): how many, 0 when
 * it is no abbreviation of three letters or more (cite.c). */
size_t query_abbrev_words(const char *folded, const char *const **words);

/* ---- cite.c: numbers, names, common words --------------------------------- */

/* The terms whose frequencies query_resolve reads to mark common words (the
 * folded term of each one-word node under n; in a list of five words or more,
 * also the pair of each two side by side, for loose pairs, and its heading
 * term, for mark_heads), appended to *terms (*nterms
 * of them, each a buf the caller releases): query_spell asks them ahead with
 * its own, in one round trip over remote shards instead of two. */
void query_common_terms(const struct query_node *n, struct buf **terms, size_t *nterms);

/* ---- cite.c, export.c: names of regulations ----------------------------- */

/* Types whose texts people name by their subject ("Luật Doanh nghiệp"); a
 * decree or a contract is named by its number. */
int query_named_by_subject(const char *type_name);

/* ---- format.c, export.c: cards ------------------------------------------ */

/* A card's type name: its best supported, else the code table's; or NULL. */
const char *query_card_type(const struct idx_card *c);

/* ---- search.c, articles.c: how far a total is exact ------------------------ */

/* Counting stops being exact past this many matches (then the total is
 * Xapian's estimate, "about N"; query_search_opts.count_all counts them all).
 * Each match of a phrase is a check of its words' positions, so counting
 * every match of a common phrase costs many times what the top 10 do; the
 * latency for each limit is in bench/RESULTS.md. A limit in matches, not in
 * time, so the same search always prints the same total. */
#define EXACT_COUNT_UP_TO 500

/* ---- search.c, format.c: facets ---------------------------------------- */

/* query_facets counts at most this many matches ("over the first N"). */
#define FACET_MAX_DOCS 10000

/* The type a title starts with, by its name ("Hiến pháp nước …", "Bộ luật
 * Lao động …": the longest of its first four words), or NULL. (cite.c) */
const char *query_title_type(const char *title);

/* One facet's counts as a text line: "type: Nghị định (3), …". */
void query_format_facets_text(struct buf *out, const char *name, const char *const *values,
			      const unsigned *counts, size_t n);

#endif
