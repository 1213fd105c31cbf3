/* search.c — runs a parsed query on the index and gathers what a result
 * shows: the stored record, the score and the excerpt. */
#include "query/query_int.h"

#include <stdlib.h>
#include <string.h>

#include "index/schema.h"


static int copy_order(const void *a, const void *b)
{
	return strcmp(((const struct query_copy *)a)->source, ((const struct query_copy *)b)->source);
}

/* Document d's source, from SLOT_ORDER (its source; in an index written
 * before, then a NUL and its hash) rather than its record: a copy is
 * named, its record (a law's head of articles) not inflated. An index
 * written before SLOT_ORDER: the record. NULL when d cannot be read. */
static char *copy_source(idx_db *db, unsigned d)
{
	char *v = NULL, *source = NULL;
	size_t vlen = 0;
	if (idx_get_value(db, d, SLOT_ORDER, &v, &vlen, NULL) == 0 && v && vlen) {
		const char *nul = memchr(v, '\0', vlen);
		source = xstrndup(v, nul ? (size_t)(nul - v) : vlen);
	} else {
		struct idx_record rec;
		if (idx_get_lazy(db, d, &rec, NULL) == 0) {
			source = xstrdup(rec.source);
			idx_record_release(&rec);
		}
	}
	free(v);
	return source;
}

/* The other copies of h's text: documents with its own number (L) whose
 * SLOT_TEXT_OF is the same, by source (not docid: shards number them
 * otherwise). A regulation without a number (its key starts with its
 * type's folded name, index/termgen.c): the documents of that type (XT)
 * holding the same key. */
static int find_copies(idx_db *db, struct query_hit *h, char **err)
{
	char *key;
	size_t klen;
	if (idx_get_value(db, h->rec.docid, SLOT_TEXT_OF, &key, &klen, err) < 0)
		return -1;
	if (!key || !klen || !h->rec.own || memchr(key, '\0', klen)) {
		free(key);
		return 0;
	}
	struct buf t = BUF_INIT;
	idx_query *iq;
	if (*h->rec.own) {
		buf_adds(&t, PREFIX_SOURCE_OF);
		buf_adds(&t, h->rec.own);
		iq = idx_q_term(t.p, t.len);
	} else {
		buf_adds(&t, PREFIX_OWN_TYPE);
		buf_add(&t, key, strcspn(key, " "));
		idx_query *both[2] = { idx_q_term(t.p, t.len), idx_q_value_range(SLOT_TEXT_OF, key, key) };
		iq = idx_q_combine(IDX_Q_FILTER, both, 2);
	}
	buf_release(&t);
	struct idx_results r;
	int rc = idx_search(db, iq, 0, 64, 0, 0, 0, &r, err);
	idx_q_free(iq);
	for (size_t i = 0; rc == 0 && i < r.n; i++) {
		unsigned d = r.hits[i].docid;
		char *v = NULL;
		size_t vlen;
		if (d == h->rec.docid)
			continue;
		if (idx_get_value(db, d, SLOT_TEXT_OF, &v, &vlen, err) < 0) {
			rc = -1;
			break;
		}
		char *source = v && vlen == klen && memcmp(v, key, klen) == 0 ? copy_source(db, d) : NULL;
		if (source) {
			h->copies = xrealloc(h->copies, (h->ncopies + 1) * sizeof *h->copies);
			h->copies[h->ncopies].docid = d;
			h->copies[h->ncopies++].source = source;
		}
		free(v);
	}
	idx_results_release(&r);
	free(key);
	if (h->ncopies > 1)
		qsort(h->copies, h->ncopies, sizeof *h->copies, copy_order);
	return rc;
}

/* A description (a question) is ranked again, its first FUSE_TOP documents
 * only, by reciprocal-rank fusion (constant FUSE_K) of their place by the
 * whole text and their place by their best article: the law whose article
 * answers above a long text that repeats the question's words across many
 * articles. The response is flat in both (bench/RESULTS.md, "Questions"). */
#define FUSE_TOP 10
#define FUSE_K 10.0

struct fused {
	double score;
	double sure; /* a tie's judge: how near each list's first it scores */
	size_t place;
};

static int fused_order(const void *x, const void *y)
{
	const struct fused *a = x, *b = y;
	if (a->score != b->score)
		return a->score < b->score ? 1 : -1;
	if (a->sure != b->sure)
		return a->sure < b->sure ? 1 : -1;
	return a->place < b->place ? -1 : a->place > b->place;
}

/* query_int.h */
void query_fuse_order(const double *weight, const size_t *rank, const double *best, size_t n,
		      size_t *order)
{
	struct fused f[FUSE_TOP];
	double top = 0;
	if (n > FUSE_TOP)
		n = FUSE_TOP;
	for (size_t i = 0; i < n; i++)
		if (best[i] > top)
			top = best[i];
	for (size_t i = 0; i < n; i++) {
		f[i].place = i;
		f[i].score = 1.0 / (FUSE_K + (double)i + 1) +
			     (rank[i] < n ? 1.0 / (FUSE_K + (double)rank[i] + 1) : 0);
		/* The lists disagree as much each way (one 1st and 3rd, the
		 * other 3rd and 1st: the same fused score): the document
		 * whose scores stand nearer each list's first wins, not the
		 * document list's order. */
		f[i].sure = (weight[0] > 0 ? weight[i] / weight[0] : 0) + (top > 0 ? best[i] / top : 0);
	}
	qsort(f, n, sizeof *f, fused_order);
	for (size_t i = 0; i < n; i++)
		order[i] = f[i].place;
}

/* The length of the type of legal force title begins with (corpus/
 * doctypes.tsv's force column: cite_title_force), 0 for none; *level its
 * force. */
static size_t title_type(const char *title, int *level)
{
	size_t len;
	*level = cite_title_force(title, &len);
	return len;
}

/* query_int.h */
int query_title_level(const char *title)
{
	int level;
	title_type(title, &level);
	return level;
}

/* query_int.h */
char *query_title_subject(const char *title)
{
	int level;
	size_t at = title_type(title, &level);
	if (!at)
		return NULL;
	/* Its words but the numbers ("số 58/2014/QH13", "25/2025/NĐ-CP:"). */
	struct buf words = BUF_INIT, key = BUF_INIT;
	const char *p = title + at;
	while (*p) {
		while (*p == ' ')
			p++;
		const char *w = p;
		while (*p && *p != ' ')
			p++;
		int digit = 0;
		for (const char *c = w; c < p; c++)
			digit |= *c >= '0' && *c <= '9';
		int number_next = 0;
		if ((size_t)(p - w) == sizeof "số" - 1 && memcmp(w, "số", sizeof "số" - 1) == 0) {
			const char *n = p;
			while (*n == ' ')
				n++;
			number_next = *n >= '0' && *n <= '9';
		}
		if (p > w && !digit && !number_next) {
			buf_addc(&words, ' ');
			buf_add(&words, w, (size_t)(p - w));
		}
	}
	if (words.len)
		text_fold_key(words.p, words.len, &key);
	buf_release(&words);
	if (key.len < TITLE_SUBJECT_MIN) {
		buf_release(&key);
		return NULL;
	}
	return buf_detach(&key, NULL);
}

/* Is date a later than date b (NULL: none, before any)? */
static int later(const char *a, const char *b)
{
	return a && (!b || strcmp(a, b) > 0);
}

/* query_int.h */
void query_restated_order(const int *level, const char *const *date, char *const *heads,
			  char *const *subject, char *const *title_key, size_t n, size_t *order)
{
	for (size_t k = 0; k < n; k++) {
		size_t at = order[k], pick = n;
		if (!heads[at] || !title_key[at])
			continue;
		for (size_t j = k + 1; j < n; j++) {
			size_t c = order[j];
			if (!heads[c] || strcmp(heads[c], heads[at]) != 0 || level[c] <= level[at] ||
			    !subject[c] || !strstr(title_key[at], subject[c]))
				continue;
			if (pick == n || level[c] > level[order[pick]] ||
			    (level[c] == level[order[pick]] && later(date[c], date[order[pick]])))
				pick = j;
		}
		if (pick == n)
			continue;
		size_t moved = order[pick];
		memmove(order + k + 1, order + k, (pick - k) * sizeof *order);
		order[k] = moved;
	}
}

/* Reads the records of r's first n hits into recs; *nrecs: how many were
 * read (the caller releases them, also on failure). */
static int read_first(idx_db *db, const struct idx_results *r, size_t n, struct idx_record *recs,
		      size_t *nrecs, char **err)
{
	*nrecs = 0;
	for (size_t i = 0; i < n; i++) {
		char *e = NULL;
		if (idx_get_lazy(db, r->hits[i].docid, &recs[i], &e) != 0) {
			*err = e ? e : xasprintf("document %u vanished during the search",
						 r->hits[i].docid);
			return -1;
		}
		(*nrecs)++;
	}
	return 0;
}

/* How many of the first results a few words' pairs order (written_first):
 * the first page's texts that write no pair as a word give their place to
 * those next that do ("dinh cong": seven of the first ten hold it only as
 * "quyết định công nhận", "gia đình công khai"). */
#define WRITTEN_POOL (2 * FUSE_TOP)

/* Puts r's first n hits and recs in order (order[i]: the place of the i-th). */
static void put_in_order(struct idx_results *r, struct idx_record *recs, const size_t *order,
			 size_t n)
{
	struct idx_hit hits[WRITTEN_POOL];
	struct idx_record was[WRITTEN_POOL];
	if (n == 0)
		return; /* r->hits may be NULL */
	memcpy(hits, r->hits, n * sizeof *hits);
	memcpy(was, recs, n * sizeof *was);
	for (size_t i = 0; i < n; i++) {
		r->hits[i] = hits[order[i]];
		recs[i] = was[order[i]];
	}
}

/* Reads the records of r's first hits (up to FUSE_TOP) into recs, and
 * orders both by the fused rank. *nrecs: how many were read (the caller
 * releases them, also on failure). */
static int fuse_articles(idx_db *db, const struct query *q, struct idx_results *r,
			 struct idx_record *recs, size_t *nrecs, char **err)
{
	size_t n = r->n < FUSE_TOP ? r->n : FUSE_TOP;
	if (read_first(db, r, n, recs, nrecs, err) < 0)
		return -1;
	if (n < 2)
		return 0;
	size_t rank[FUSE_TOP], order[FUSE_TOP];
	double best[FUSE_TOP], weight[FUSE_TOP];
	char *heads[FUSE_TOP], *subject[FUSE_TOP], *title_key[FUSE_TOP];
	int level[FUSE_TOP];
	const char *date[FUSE_TOP];
	if (query_article_ranks(db, q, recs, n, rank, best, heads, err) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		weight[i] = r->hits[i].weight;
		level[i] = query_title_level(recs[i].title);
		date[i] = recs[i].date;
		subject[i] = title_key[i] = NULL;
		if (heads[i]) {
			struct buf key = BUF_INIT;
			subject[i] = query_title_subject(recs[i].title);
			if (recs[i].title)
				text_fold_key(recs[i].title, strlen(recs[i].title), &key);
			title_key[i] = key.len ? buf_detach(&key, NULL) : NULL;
			buf_release(&key);
		}
	}
	query_fuse_order(weight, rank, best, n, order);
	/* A circular restating a law's article for its branch is the
	 * shortest text so headed and wins the article list; the question
	 * is the law's (tests/e2e/restated.sh). */
	query_restated_order(level, date, heads, subject, title_key, n, order);
	for (size_t i = 0; i < n; i++) {
		free(heads[i]);
		free(subject[i]);
		free(title_key[i]);
	}
	put_in_order(r, recs, order, n);
	return 0;
}

/* A few words whose side-by-side words may be one word ("đình công",
 * "huu tri"): among the first WRITTEN_TOP results (WRITTEN_POOL when a
 * pair's words are in no other pair: pair_alone), those that write more of
 * those words as a word come first: as typed (folded where typed without
 * marks), and not across two stronger words ("gia đình công khai", "sở hữu
 * trí tuệ"). The index's pairs are folded and written at every join
 * ("quyết định công nhận" holds "dinh_cong"); each pair as written in the
 * index made it a fifth larger (h10e's XB, docs/trust-sweep.md, h10g);
 * the first page's texts are read for their excerpts anyway, there where
 * the folded pair stands (query_pairs_written). */
#define WRITTEN_TOP FUSE_TOP
#define WRITTEN_PAIRS QUERY_WRITTEN_PAIRS

/* Which pairs rec writes (query_pairs_written). Over the network that scans
 * the whole text (no checkpoints are read there), for an answer that is a
 * fact of the revision: kept (idx_keep_*) under the text and the pairs'
 * folded words, for a process that meets the same words in it again (the
 * bench's mix asked again scanned the same first pages every round). */
static unsigned pairs_written(idx_db *db, struct idx_record *rec,
			      const struct query_word *const *words, size_t npairs)
{
	if (!idx_network_reads(db))
		return query_pairs_written(db, rec, words, npairs);
	struct buf k = BUF_INIT;
	buf_addf(&k, "w%u", rec->docid);
	for (size_t i = 0; i < 2 * npairs; i++) {
		buf_addc(&k, '\0');
		buf_adds(&k, words[i]->folded);
	}
	char *v = NULL;
	size_t len = 0;
	unsigned seen;
	if (idx_keep_get(db, k.p, k.len, &v, &len) == 0 && len == sizeof seen) {
		memcpy(&seen, v, sizeof seen);
	} else {
		seen = query_pairs_written(db, rec, words, npairs);
		idx_keep_put(db, k.p, k.len, (const char *)&seen, sizeof seen);
	}
	free(v);
	buf_release(&k);
	return seen;
}

static int written_first(idx_db *db, const struct query_word *const *words, size_t npairs,
			 size_t offset, struct idx_results *r, struct idx_record *recs,
			 size_t *nrecs, char **err)
{
	size_t n = r->n < WRITTEN_TOP ? r->n : WRITTEN_TOP;
	if (read_first(db, r, n, recs, nrecs, err) < 0)
		return -1;
	size_t order[WRITTEN_POOL], held[WRITTEN_POOL];
	size_t all = 0;
	for (size_t i = 0; i < WRITTEN_POOL && i < r->n; i++) {
		if (i == n) {
			/* The first page writes every pair: the next are
			 * read only for a page past it. */
			if (all == n && offset < WRITTEN_TOP)
				break;
			char *e = NULL;
			if (idx_get_lazy(db, r->hits[i].docid, &recs[i], &e) != 0) {
				*err = e ? e : xasprintf("document %u vanished during the search",
							 r->hits[i].docid);
				return -1;
			}
			(*nrecs)++;
			n++;
		}
		unsigned seen = pairs_written(db, &recs[i], words, npairs);
		for (held[i] = 0; seen; seen &= seen - 1)
			held[i]++;
		all += held[i] == npairs;
	}
	/* Stable: the index's order among those that write as many. */
	size_t m = 0;
	for (size_t k = npairs + 1; k-- > 0;)
		for (size_t i = 0; i < n; i++)
			if (held[i] == k)
				order[m++] = i;
	put_in_order(r, recs, order, n);
	return 0;
}

/* Is some pair of the npairs in words[] made of words in no other pair (two
 * words typed: "dinh cong")? Only such a pair can stand across two words
 * (query_pairs_written), a text on the first page giving way to the next. */
static int pair_alone(const struct query_word *const *words, size_t npairs)
{
	for (size_t i = 0; i < npairs; i++) {
		int shared = 0;
		for (size_t j = 0; j < npairs; j++)
			shared |= j != i && (words[2 * j] == words[2 * i + 1] ||
					     words[2 * j + 1] == words[2 * i]);
		if (!shared)
			return 1;
	}
	return 0;
}

/* The words typed as a heading whole (query_whole_heading_term), when some
 * article of the index is so headed: the key (the term without its
 * prefix), else NULL. */
static char *heading_typed(idx_db *db, const struct query *q)
{
	struct buf t = BUF_INIT;
	if (!query_whole_heading_term(q, &t) || !idx_term_freq(db, t.p, t.len)) {
		buf_release(&t);
		return NULL;
	}
	char *key = xstrdup(t.p + strlen(PREFIX_WHOLE_HEADING));
	buf_release(&t);
	return key;
}

/* Does document docid hold the term the indexer gave an article headed by
 * key whole (whole_headings, index/termgen.c)? idx_doc_holds's answer. */
static int whole_heading_held(idx_db *db, unsigned docid, const char *key)
{
	struct buf t = BUF_INIT;
	buf_adds(&t, PREFIX_WHOLE_HEADING);
	buf_adds(&t, key);
	int holds = idx_doc_holds(db, docid, t.p, t.len);
	buf_release(&t);
	return holds;
}

/* The article of rec headed by key, whole: its bytes into *from, *to; 0 when
 * none is. A result found for a heading typed shows that article, not the
 * passage where the words stand closest elsewhere. */
static int headed_article(idx_db *db, struct idx_record *rec, const char *key, size_t *from,
			  size_t *to)
{
	/* A text without the heading's term has no such heading, and its
	 * headings need not be keyed one by one (a law has hundreds). Over
	 * the network the check is a round trip of its own: there the
	 * headings are keyed as before. */
	if (!idx_network_reads(db) && whole_heading_held(db, rec->docid, key) == 0)
		return 0;
	struct idx_articles as;
	if (idx_articles_read(rec, &as) != 0)
		return 0;
	int found = 0;
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < as.n && !found; i++) {
		const char *h = as.a[i].heading;
		if (!h || !*h)
			continue;
		buf_reset(&b);
		text_heading_key(idx_read_tokeniser(db), h, strlen(h), SCHEMA_WHOLE_HEADING_MAX,
				 PAIR_JOIN, &b);
		if (b.len && strcmp(b.p, key) == 0) {
			*from = as.a[i].start;
			*to = as.a[i].end;
			found = 1;
		}
	}
	buf_release(&b);
	idx_articles_release(&as);
	return found;
}

/* A title is about the words typed when they stand in it side by side and
 * make at least this share of its words (one in TITLE_SUBJECT_SHARE). */
#define TITLE_SUBJECT_SHARE 2

/* query_int.h */
int query_title_about(struct text_tokeniser *tz, const char *title, const char *key, size_t words)
{
	if (!title || !*title || !words)
		return 0;
	struct buf b = BUF_INIT;
	size_t n = text_heading_key(tz, title, strlen(title), TITLE_SUBJECT_SHARE * words, PAIR_JOIN,
				    &b);
	int about = 0;
	size_t kl = strlen(key);
	for (const char *at = b.p; n <= TITLE_SUBJECT_SHARE * words && at && !about;
	     at = strchr(at, PAIR_JOIN), at = at ? at + 1 : NULL)
		about = strncmp(at, key, kl) == 0 && (at[kl] == '\0' || at[kl] == PAIR_JOIN);
	buf_release(&b);
	return about;
}

/* query_int.h */
void query_headed_order(const int *cls, size_t n, size_t *order)
{
	int headed = 0;
	for (size_t i = 0; i < n; i++)
		headed |= cls[i] == QUERY_HEADED;
	/* Stable: the texts about the words, then the rest, each in the
	 * index's order; none so headed, the index's order. */
	size_t m = 0;
	for (int about = 1; about >= 0; about--)
		for (size_t i = 0; i < n; i++)
			if (headed ? (cls[i] != QUERY_NOT_ABOUT) == about : about)
				order[m++] = i;
}

/* Does the text hold an article headed by the words typed, whole (its AH
 * term; over the network its headings keyed, as headed_article does)? */
static int heading_whole_held(idx_db *db, struct idx_record *rec, const char *key)
{
	if (idx_network_reads(db)) {
		size_t from, to;
		return headed_article(db, rec, key, &from, &to);
	}
	return whole_heading_held(db, rec->docid, key) == 1;
}

/* Typed with marks, does the text hold the marked words as typed
 * (whole_heading, query/build.c, weighs it so only there)? */
static int heading_marks_held(idx_db *db, const struct query *q, const struct idx_record *rec)
{
	const struct query_word *w[SCHEMA_WHOLE_HEADING_MAX];
	size_t nw = query_heading_words(q, w);
	int held = 1;
	for (size_t i = 0; held && q->accented && i < nw; i++)
		if (w[i]->has_marks)
			held = idx_doc_holds(db, rec->docid, w[i]->exact, strlen(w[i]->exact)) == 1;
	return held;
}

/* Over the network, heading_marks_held's words asked of the texts held[]
 * says hold the heading, all at once: one by one each reads a word's whole
 * posting list ("định", "công": thousands of documents a shard). */
static void heading_marks_ahead(idx_db *db, const struct query *q, struct idx_record *recs,
				const int *held, size_t n)
{
	const struct query_word *w[SCHEMA_WHOLE_HEADING_MAX];
	size_t nw = q->accented ? query_heading_words(q, w) : 0, nt = 0, nr = 0;
	const char *terms[SCHEMA_WHOLE_HEADING_MAX];
	size_t lens[SCHEMA_WHOLE_HEADING_MAX];
	const struct idx_record *rs[WRITTEN_TOP];
	if (!idx_network_reads(db))
		return;
	for (size_t i = 0; i < nw; i++)
		if (w[i]->has_marks) {
			terms[nt] = w[i]->exact;
			lens[nt++] = strlen(w[i]->exact);
		}
	for (size_t i = 0; i < n; i++)
		if (held[i])
			rs[nr++] = &recs[i];
	idx_doc_holds_ahead(db, rs, nr, terms, lens, nt);
}

/* A few words typed that are an article's heading whole ("thử việc",
 * "trợ cấp thôi việc"): among the first WRITTEN_TOP results, a text with an
 * article so headed ranks above those that hold the words neither in such a
 * heading nor as their title's subject (title_about). A page whose long
 * title holds the words among many ("Mẫu Thông báo quy chế Thưởng Tết …
 * dành cho nhân sự chính thức và thử việc công ty?") weighs by its title's
 * rare pairs (PREFIX_NAME) as though it were about them, above the law
 * whose article is headed "Thử việc"; a title of a few words that are the
 * query's keeps its place. The index's order is kept otherwise. */
static int headed_first(idx_db *db, const struct query *q, const char *key,
			struct idx_results *r, struct idx_record *recs, size_t *nrecs, char **err)
{
	size_t n = r->n < WRITTEN_TOP ? r->n : WRITTEN_TOP;
	if (!*nrecs && read_first(db, r, n, recs, nrecs, err) < 0)
		return -1;
	const struct query_word *w[SCHEMA_WHOLE_HEADING_MAX];
	size_t words = query_heading_words(q, w);
	int cls[WRITTEN_TOP] = { 0 }, held[WRITTEN_TOP] = { 0 };
	size_t order[WRITTEN_TOP];
	for (size_t i = 0; i < n; i++)
		held[i] = heading_whole_held(db, &recs[i], key);
	heading_marks_ahead(db, q, recs, held, n);
	for (size_t i = 0; i < n; i++)
		cls[i] = held[i] && heading_marks_held(db, q, &recs[i]) ? QUERY_HEADED
			 : query_title_about(idx_read_tokeniser(db), recs[i].title, key, words)
				 ? QUERY_TITLE_ABOUT
				 : QUERY_NOT_ABOUT;
	query_headed_order(cls, n, order);
	put_in_order(r, recs, order, n);
	return 0;
}

int query_search(idx_db *db, const struct query *q, const struct query_search_opts *o,
		 struct query_result *out, char **err)
{
	if (o->articles)
		return query_search_articles(db, q, o, out, err);
	memset(out, 0, sizeof *out);
	idx_query *iq = query_build(q);
	struct idx_results r;
	size_t check = o->offset + o->limit;
	if (check < EXACT_COUNT_UP_TO)
		check = EXACT_COUNT_UP_TO;
	if (o->count_all)
		check = idx_doc_count(db);
	/* A description's first page is fused (fuse_articles): the records
	 * read for it are the results' own. */
	int fuse = !o->by_date && o->limit && o->offset < FUSE_TOP && query_is_description(q);
	/* A few words: their first results as their pairs are written
	 * (written_first). */
	const struct query_word *marked[2 * WRITTEN_PAIRS];
	size_t npairs = !fuse && !o->by_date && o->limit && o->offset < WRITTEN_POOL
				? query_written_pairs(q, marked, 2 * WRITTEN_PAIRS)
				: 0;
	/* A pair that may stand across two words orders WRITTEN_POOL results,
	 * the rest the first page only. */
	if (npairs && o->offset >= WRITTEN_TOP && !pair_alone(marked, npairs))
		npairs = 0;
	/* Words typed that are an article's heading: the texts so headed
	 * first (headed_first). */
	int heading_asked = !fuse && !o->by_date && o->limit && o->offset < WRITTEN_TOP;
	char *heading_key = heading_asked ? heading_typed(db, q) : NULL;
	int reorder = fuse || npairs || heading_key;
	size_t first = reorder ? 0 : o->offset;
	size_t want = o->limit;
	if (reorder)
		want = o->offset + o->limit < FUSE_TOP ? FUSE_TOP : o->offset + o->limit;
	if (npairs && want < WRITTEN_POOL && pair_alone(marked, npairs))
		want = WRITTEN_POOL;
	/* Over remote shards the hits' copies are asked meanwhile, settled
	 * once the page's passages and cards are read (find_copies below). */
	int rc = idx_search_copies_later(db, iq, first, want, check, o->by_date, !o->all_copies,
					 &r, err);
	idx_q_free(iq);
	if (rc < 0) {
		free(heading_key);
		return -1;
	}
	struct idx_record pre[WRITTEN_POOL];
	size_t npre = 0, skip = 0;
	memset(pre, 0, sizeof pre);
	struct query_card_cache cards = { 0 };
	if (!heading_asked && o->excerpt_chars && r.n)
		heading_key = heading_typed(db, q);
	if (reorder) {
		if (fuse ? fuse_articles(db, q, &r, pre, &npre, err) < 0
			 : npairs && written_first(db, marked, npairs, o->offset, &r, pre, &npre,
						   err) < 0)
			goto fail;
		if (!fuse && heading_key && headed_first(db, q, heading_key, &r, pre, &npre, err) < 0)
			goto fail;
		/* Back to the page asked for. */
		skip = o->offset < r.n ? o->offset : r.n;
		size_t keep = r.n - skip < o->limit ? r.n - skip : o->limit;
		if (skip)
			memmove(r.hits, r.hits + skip, keep * sizeof *r.hits);
		r.n = keep;
	}
	out->total = r.estimated;
	out->exact = r.lower == r.upper;
	if (out->exact)
		out->total = r.lower;
	out->hits = r.n ? xcalloc(r.n, sizeof *out->hits) : NULL;
	for (size_t i = 0; i < r.n; i++) {
		struct query_hit *h = &out->hits[out->n];
		char *e = NULL;
		if (skip + i < npre) {
			h->rec = pre[skip + i];
			memset(&pre[skip + i], 0, sizeof pre[skip + i]);
		} else if (idx_get_lazy(db, r.hits[i].docid, &h->rec, &e) != 0) {
			/* The text stays compressed but for the passage shown. */
			*err = e ? e : xasprintf("document %u vanished during the search",
						 r.hits[i].docid);
			goto fail;
		}
		h->rank = (unsigned)(o->offset + i + 1);
		h->score = r.hits[i].weight;
		out->n++;
		if (query_date_floor(db, &h->rec, &cards, err) < 0)
			goto fail;
		if (o->excerpt_chars) {
			/* Where the document cites the query's numbers. */
			struct idx_cite_place places[8];
			size_t np = 0;
			for (size_t c = 0; c < q->ncites; c++)
				for (size_t k = 0; k < q->cites[c].ncanonicals && np < 8; k++)
					np += idx_cite_places(db, h->rec.docid, q->cites[c].canonicals[k],
							      places + np, 8 - np);
			size_t from, to;
			int made = 0;
			if (!heading_key || !headed_article(db, &h->rec, heading_key, &from, &to))
				made = query_excerpt_region(db, &h->rec, q, o->excerpt_chars, places,
							    np, &from, &to, &h->excerpt);
			if (!made) {
				idx_record_need(&h->rec, from, to + 8); /* + closing punctuation */
				query_excerpt_make_with(idx_read_tokeniser(db), q, h->rec.text,
							h->rec.text_len, from, to, o->excerpt_chars,
							places, np, &h->excerpt);
			}
			query_excerpt_past_head(idx_read_tokeniser(db), q, &h->rec, o->excerpt_chars,
						places, np, &h->excerpt);
			query_article_of(&h->rec, h->excerpt.source_match, h->excerpt.source_end,
					 &h->article);
		}
	}
	/* Over remote shards a card is computed from its number's citing
	 * documents, a round trip a number and its documents' after it; over
	 * one remote shard it is read from its metadata, two round trips a
	 * number: the page's numbers are asked for at once. */
	if (out->n > 1 && idx_shard_count(db) > 0 && idx_network_reads(db)) {
		char **nums = NULL;
		size_t nnums = 0;
		for (size_t i = 0; i < out->n; i++)
			query_regs_numbers(db, &out->hits[i].rec, out->hits[i].excerpt.source_start,
					   out->hits[i].excerpt.source_end, &nums, &nnums);
		idx_cards_ahead(db, nums, nnums);
		strv_free(nums, nnums);
	}
	if (idx_results_settle(db, &r, err) < 0)
		goto fail;
	for (size_t i = 0; i < out->n; i++) {
		struct query_hit *h = &out->hits[i];
		/* Collapsed onto this one: say where the others are. */
		if (r.hits[i].copies && find_copies(db, h, err) < 0)
			goto fail;
		/* Who issued it, and whom the passage shown cites. */
		if (query_regs_read(db, &h->rec, h->excerpt.source_start, h->excerpt.source_end,
				    &cards, &h->regs, err) < 0)
			goto fail;
	}
	rc = 0;
	goto done;
fail:
	rc = -1;
	idx_results_settle(db, &r, NULL); /* nothing left running */
	query_result_release(out);
done:
	free(heading_key);
	for (size_t i = 0; i < npre; i++)
		idx_record_release(&pre[i]);
	query_card_cache_release(&cards);
	idx_results_release(&r);
	return rc;
}

void query_result_release(struct query_result *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++) {
		idx_record_release(&r->hits[i].rec);
		query_excerpt_release(&r->hits[i].excerpt);
		query_regs_release(&r->hits[i].regs);
		query_article_release(&r->hits[i].article);
		for (size_t k = 0; k < r->hits[i].ncopies; k++)
			free(r->hits[i].copies[k].source);
		free(r->hits[i].copies);
	}
	free(r->hits);
	memset(r, 0, sizeof *r);
}

/* ---- facets ---------------------------------------------------------------- */

static void facet_add(const char *value, size_t len, unsigned count, void *arg)
{
	struct query_facet *f = arg;
	f->values = xrealloc(f->values, (f->n + 1) * sizeof *f->values);
	f->keys = xrealloc(f->keys, (f->n + 1) * sizeof *f->keys);
	f->counts = xrealloc(f->counts, (f->n + 1) * sizeof *f->counts);
	f->values[f->n] = xstrndup(value, len);
	f->keys[f->n] = xstrndup(value, len);
	f->counts[f->n++] = count;
}

static void facet_sort(struct query_facet *f, int by_value_desc)
{
	/* Few values: insertion sort, most frequent first (years: newest first). */
	for (size_t i = 1; i < f->n; i++) {
		for (size_t j = i; j > 0; j--) {
			int swap = by_value_desc ? strcmp(f->values[j], f->values[j - 1]) > 0
						 : f->counts[j] > f->counts[j - 1] ||
							   (f->counts[j] == f->counts[j - 1] &&
							    strcmp(f->values[j], f->values[j - 1]) < 0);
			if (!swap)
				break;
			char *v = f->values[j];
			f->values[j] = f->values[j - 1];
			f->values[j - 1] = v;
			v = f->keys[j];
			f->keys[j] = f->keys[j - 1];
			f->keys[j - 1] = v;
			unsigned c = f->counts[j];
			f->counts[j] = f->counts[j - 1];
			f->counts[j - 1] = c;
		}
	}
}

static void facet_release(struct query_facet *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->values[i]);
		free(f->keys[i]);
	}
	free(f->values);
	free(f->keys);
	free(f->counts);
}

/* Drops the values whose count went to others. */
static void facet_drop_empty(struct query_facet *f)
{
	size_t kept = 0;
	for (size_t i = 0; i < f->n; i++) {
		if (!f->counts[i]) {
			free(f->values[i]);
			free(f->keys[i]);
			continue;
		}
		f->values[kept] = f->values[i];
		f->keys[kept] = f->keys[i];
		f->counts[kept++] = f->counts[i];
	}
	f->n = kept;
}

/* A facet value as people read it: a type's name ("Nghị định", "Luật"
 * for "nghidinh", "luat"); a body's name ("Quốc hội" for "QH"), the bodies
 * sharing a code joined by " / " (TW). NULL: keep the value. */
static char *facet_name(size_t kind, const char *value)
{
	if (kind == 0) {
		const char *name = cite_type_name_for(value);
		return name ? xstrdup(name) : NULL;
	}
	const char *names = kind == 1 ? cite_issuer_names(value) : NULL;
	if (!names)
		return NULL;
	struct buf b = BUF_INIT;
	for (const char *n = names; *n; n++) {
		if (*n == '|')
			buf_adds(&b, " / ");
		else
			buf_addc(&b, *n);
	}
	return b.p;
}

/* A legislature's code with its term (QH14) narrows its body's (QH): a
 * filter, not a body of its own to count. */
static int term_suffixed(const char *value)
{
	size_t n = strlen(value);
	return n && value[n - 1] >= '0' && value[n - 1] <= '9';
}

/* The matches a status filter keeps (a post-filter, query/regs.c), by their
 * content digests' terms: the facets count them, as the results do.
 * `--in-force --facets thuế` counted 1,561 matches ("Văn bản hợp nhất
 * (53)") over results of about 71, and the 53 gave none (h14f). */
struct status_kept {
	int on;        /* a status filter was given */
	char **terms;  /* "H" + digest */
	size_t n;
};

static int kept_read(idx_db *db, const struct query *q, const struct query_search_opts *so,
		     struct status_kept *k, char **err)
{
	memset(k, 0, sizeof *k);
	if (!q->filters.status)
		return 0;
	/* As far as the results read (query_search_status): every match with
	 * --count. */
	struct query_search_opts o = { .limit = QUERY_STATUS_SCAN, .all_copies = so->all_copies,
				       .count_all = so->count_all };
	if (o.count_all)
		o.limit = idx_doc_count(db);
	struct query_result r;
	if (query_search_status(db, q, &o, &r, err) < 0)
		return -1;
	k->on = 1;
	k->terms = xcalloc(r.n + 1, sizeof *k->terms);
	for (size_t i = 0; i < r.n; i++)
		if (r.hits[i].rec.hash)
			k->terms[k->n++] = xasprintf(PREFIX_HASH "%s", r.hits[i].rec.hash);
	query_result_release(&r);
	return 0;
}

static void kept_release(struct status_kept *k)
{
	strv_free(k->terms, k->n);
	memset(k, 0, sizeof *k);
}

/* iq restricted to the kept matches (iq itself without a status filter). */
static idx_query *within_kept(idx_query *iq, const struct status_kept *k)
{
	if (!k->on)
		return iq;
	idx_query **v = xmalloc((k->n + 1) * sizeof *v);
	for (size_t i = 0; i < k->n; i++)
		v[i] = idx_q_term(k->terms[i], strlen(k->terms[i]));
	idx_query *both[2] = { iq, k->n ? idx_q_combine(IDX_Q_OR, v, k->n) : idx_q_match_nothing() };
	free(v);
	return idx_q_combine(IDX_Q_FILTER, both, 2);
}

/* q's matches whose own issuer is code (XO). */
static idx_query *own_issuer_within(const struct query *q, const struct status_kept *k,
				    const char *code, struct buf *term)
{
	buf_reset(term);
	buf_adds(term, PREFIX_OWN_ISSUER);
	buf_adds(term, code);
	idx_query *v[2] = { within_kept(query_build(q), k), idx_q_term(term->p, term->len) };
	return idx_q_combine(IDX_Q_FILTER, v, 2);
}

/* A code several bodies share (TW: Ban Chấp hành Trung ương, Bộ Chính
 * trị, Ban Bí thư) counted by the body each letterhead names (XN), as
 * --issuer 'Bộ Chính trị' finds them; what no letterhead names stays under
 * the code. */
static int split_shared(idx_db *db, const struct query *q, const struct status_kept *sk,
			int collapse, struct query_facet *f, char **err)
{
	struct buf key = BUF_INIT, term = BUF_INIT;
	size_t n = f->n;
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < n; i++) {
		const char *names = cite_issuer_names(f->values[i]);
		if (!names || !strchr(names, '|'))
			continue;
		idx_query *sub = own_issuer_within(q, sk, f->values[i], &term);
		struct query_facet byname = { 0 };
		size_t scanned;
		rc = idx_facet(db, sub, PREFIX_OWN_ISSUER_NAME, FACET_MAX_DOCS, collapse, facet_add, &byname,
			       &scanned, err);
		idx_q_free(sub);
		for (size_t j = 0; rc == 0 && j < byname.n; j++) {
			/* The table's spelling of the body the folded name is. */
			for (const char *s = names; *s;) {
				const char *bar = strchr(s, '|');
				size_t len = bar ? (size_t)(bar - s) : strlen(s);
				buf_reset(&key);
				text_fold_key(s, len, &key);
				if (key.len && strcmp(key.p, byname.values[j]) == 0 &&
				    byname.counts[j] <= f->counts[i]) {
					char *name = xstrndup(s, len);
					facet_add(name, len, byname.counts[j], f);
					free(name);
					f->counts[i] -= byname.counts[j];
					break;
				}
				s = bar ? bar + 1 : s + len;
			}
		}
		facet_release(&byname);
	}
	facet_drop_empty(f); /* what the names took whole */
	buf_release(&key);
	buf_release(&term);
	return rc;
}

/* The code of a body whose name ends with a place (Ủy ban nhân dân tỉnh
 * Hà Tĩnh → UBND), or NULL. */
static const char *placed_code(const char *name, struct buf *body)
{
	const char *loc, *place;
	if (!cite_body_place(name, strlen(name), &loc, &place))
		return NULL;
	buf_reset(body);
	buf_add(body, name, (size_t)(loc - name));
	while (body->len && body->p[body->len - 1] == ' ')
		body->p[--body->len] = '\0';
	return body->len ? cite_issuer_code(body->p) : NULL;
}

/* The names with a place of the matches (PREFIX_OWN_ISSUER_SHOWN), one
 * entry a name: spellings of one name (its fold, the entry's key) count
 * together under the most frequent. */
static int shown_names(idx_db *db, const idx_query *iq, int collapse, struct query_facet *out,
		       char **err)
{
	struct query_facet shown = { 0 };
	size_t scanned;
	int rc = idx_facet_sparse(db, iq, PREFIX_OWN_ISSUER_SHOWN, FACET_MAX_DOCS, collapse, facet_add,
				  &shown, &scanned, err);
	facet_sort(&shown, 0); /* most frequent spelling first */
	struct buf key = BUF_INIT;
	for (size_t i = 0; rc == 0 && i < shown.n; i++) {
		free(shown.keys[i]);
		buf_reset(&key);
		text_fold_key(shown.values[i], strlen(shown.values[i]), &key);
		shown.keys[i] = buf_detach(&key, NULL);
	}
	for (size_t i = 0; rc == 0 && i < shown.n; i++) {
		size_t k = 0;
		while (k < out->n && strcmp(out->keys[k], shown.keys[i]) != 0)
			k++;
		if (k < out->n) {
			out->counts[k] += shown.counts[i];
			continue;
		}
		facet_add(shown.values[i], strlen(shown.values[i]), shown.counts[i], out);
		free(out->keys[k]);
		out->keys[k] = xstrdup(shown.keys[i]);
	}
	buf_release(&key);
	facet_release(&shown);
	return rc;
}

/* A body with a place (Ủy ban nhân dân tỉnh Hà Tĩnh) under its name, with
 * the count --issuer with that name finds (XN: every text the name is
 * read for), taken from its code's count (UBND) for the texts that carry
 * the code: a text whose number's code the tables do not know
 * (52/2025/QĐ-CTUBND, the chairman of Ủy ban nhân dân tỉnh Cao Bằng) has
 * the name and not the code, and taken from it, it left the code a count
 * its link did not find. f's keys are still the codes. */
static int split_places(idx_db *db, const struct query *q, const struct status_kept *sk,
			const idx_query *iq, int collapse, struct query_facet *f, char **err)
{
	struct query_facet names = { 0 };
	int rc = shown_names(db, iq, collapse, &names, err);
	size_t n = f->n;
	char *split = n ? xcalloc(n, 1) : NULL;
	struct buf body = BUF_INIT, term = BUF_INIT;
	for (size_t i = 0; rc == 0 && i < names.n; i++) {
		const char *code = placed_code(names.values[i], &body);
		size_t k = 0;
		while (code && k < n && strcmp(f->keys[k], code) != 0)
			k++;
		if (!code || k == n || split[k])
			continue;
		split[k] = 1;
		/* The names of the code's own texts, taken from its count. */
		idx_query *sub = own_issuer_within(q, sk, f->keys[k], &term);
		struct query_facet own = { 0 };
		rc = shown_names(db, sub, collapse, &own, err);
		idx_q_free(sub);
		for (size_t j = 0; rc == 0 && j < own.n; j++) {
			const char *c = placed_code(own.values[j], &body);
			if (c && strcmp(c, f->keys[k]) == 0)
				f->counts[k] -= own.counts[j] < f->counts[k] ? own.counts[j] : f->counts[k];
		}
		facet_release(&own);
	}
	for (size_t i = 0; rc == 0 && i < names.n; i++)
		facet_add(names.values[i], strlen(names.values[i]), names.counts[i], f);
	buf_release(&term);
	buf_release(&body);
	free(split);
	facet_release(&names);
	facet_drop_empty(f);
	return rc;
}

int query_facets_read(idx_db *db, const struct query *q, const struct query_search_opts *o,
		      struct query_facets *out, char **err)
{
	int all_copies = o->all_copies;
	/* What --type and --issuer filter on: the document's own (schema.h). */
	static const struct {
		const char *name, *prefix;
	} kinds[] = { { "type", PREFIX_OWN_TYPE },
		      { "issuer", PREFIX_OWN_ISSUER },
		      { "year", PREFIX_YEAR } };
	memset(out, 0, sizeof *out);
	struct query_facet *f = out->f;
	struct status_kept sk;
	if (kept_read(db, q, o, &sk, err) < 0)
		return -1;
	idx_query *iq = within_kept(query_build(q), &sk);
	int rc = 0;
	for (size_t k = 0; k < 3 && rc == 0; k++) {
		f[k].name = kinds[k].name;
		rc = idx_facet(db, iq, kinds[k].prefix, FACET_MAX_DOCS, !all_copies, facet_add, &f[k],
			       &out->scanned, err);
	}
	if (rc == 0)
		rc = split_shared(db, q, &sk, !all_copies, &f[1], err);
	for (size_t k = 0; rc == 0 && k < 2; k++) {
		size_t kept = 0;
		for (size_t i = 0; i < f[k].n; i++) {
			if (k == 1 && term_suffixed(f[k].values[i])) {
				free(f[k].values[i]);
				free(f[k].keys[i]);
				continue;
			}
			char *name = facet_name(k, f[k].values[i]);
			if (name) {
				free(f[k].values[i]);
				f[k].values[i] = name;
			}
			f[k].counts[kept] = f[k].counts[i];
			f[k].keys[kept] = f[k].keys[i];
			f[k].values[kept++] = f[k].values[i];
		}
		f[k].n = kept;
	}
	if (rc == 0)
		rc = split_places(db, q, &sk, iq, !all_copies, &f[1], err);
	idx_q_free(iq);
	kept_release(&sk);
	for (size_t k = 0; k < 3; k++)
		facet_sort(&f[k], k == 2);
	if (rc < 0)
		query_facets_release(out);
	return rc;
}

void query_facets_release(struct query_facets *fs)
{
	for (size_t k = 0; k < 3; k++)
		facet_release(&fs->f[k]);
	memset(fs, 0, sizeof *fs);
}

int query_facets(idx_db *db, const struct query *q, const struct query_search_opts *o, int json,
		 struct buf *out, char **err)
{
	struct query_facets fs;
	if (query_facets_read(db, q, o, &fs, err) < 0)
		return -1;
	if (json) {
		buf_adds(out, "{\"facets\":");
		query_format_facets_json(out, &fs);
		buf_adds(out, "}\n");
	} else {
		buf_addf(out, "\nfacets (over %s%zu matching document%s):\n",
			 fs.scanned == FACET_MAX_DOCS ? "the first " : "", fs.scanned,
			 fs.scanned == 1 ? "" : "s");
		for (size_t k = 0; k < 3; k++)
			query_format_facets_text(out, fs.f[k].name,
						 (const char *const *)fs.f[k].values,
						 fs.f[k].counts, fs.f[k].n);
	}
	query_facets_release(&fs);
	return 0;
}

/* A phrase with two words the query joins (text_joins): one the pairs
 * restrict. */
static int has_joined_phrase(const struct query_node *n)
{
	if (!n)
		return 0;
	if (n->kind == QN_WORDS) {
		for (size_t i = 1; i < n->nwords; i++)
			if (n->words[i].joins)
				return 1;
		return 0;
	}
	for (size_t i = 0; i < n->nkids; i++)
		if (has_joined_phrase(n->kids[i]))
			return 1;
	return 0;
}

int query_prepare(idx_db *db, struct query *q, int by_date, char **err)
{
	query_spell(db, q);
	if (query_resolve(db, q, err) < 0)
		return -1;
	return query_words_for_date(db, q, by_date, err);
}

int query_words_for_date(idx_db *db, struct query *q, int by_date, char **err)
{
	q->whole_words = 0;
	q->words_apart = 0;
	q->by_date = by_date;
	if (!by_date || !query_has_word_pairs(q))
		return 0;
	q->whole_words = 1;
	idx_query *iq = query_build(q);
	struct idx_results r;
	int rc = idx_search(db, iq, 0, 1, 1, 0, 0, &r, err);
	idx_q_free(iq);
	if (rc < 0)
		return -1;
	if (r.n == 0) {
		q->whole_words = 0;
		q->words_apart = 1;
	}
	idx_results_release(&r);
	return 0;
}

long long query_loose_count(idx_db *db, struct query *q, int *exact, char **err)
{
	*exact = 1;
	if (!has_joined_phrase(q->root))
		return 0;
	struct query_search_opts o = { 0 };
	struct query_result r;
	q->loose_phrases = 1;
	int rc = query_search(db, q, &o, &r, err);
	q->loose_phrases = 0;
	if (rc < 0)
		return -1;
	*exact = r.exact;
	long long n = (long long)r.total;
	query_result_release(&r);
	return n;
}

/* q's filters with only those of kind k kept (none for QUERY_FILTER_NONE);
 * the arrays are q's, not copied. */
static struct query_filters filters_of_kind(const struct query_filters *f,
					     enum query_filter_kind k)
{
	struct query_filters g = { 0 };
	memcpy(g.as_of, f->as_of, sizeof g.as_of);
	switch (k) {
	case QUERY_FILTER_TYPE:
		g.types = f->types;
		g.ntypes = f->ntypes;
		break;
	case QUERY_FILTER_ISSUER:
		g.issuers = f->issuers;
		g.nissuers = f->nissuers;
		break;
	case QUERY_FILTER_DATE:
		g.year = f->year;
		memcpy(g.from, f->from, sizeof g.from);
		memcpy(g.to, f->to, sizeof g.to);
		break;
	case QUERY_FILTER_STATUS:
		g.status = f->status;
		break;
	case QUERY_FILTER_CITES:
		g.cites_types = f->cites_types;
		g.ncites_types = f->ncites_types;
		g.cites_issuers = f->cites_issuers;
		g.ncites_issuers = f->ncites_issuers;
		break;
	case QUERY_FILTER_NONE:
		break;
	}
	return g;
}

const char *query_filter_kind_name(enum query_filter_kind k, int vi)
{
	static const char *const names[][2] = {
		[QUERY_FILTER_NONE] = { "the words", "các từ" },
		[QUERY_FILTER_TYPE] = { "the type", "loại văn bản" },
		[QUERY_FILTER_ISSUER] = { "the issuing body", "cơ quan ban hành" },
		[QUERY_FILTER_DATE] = { "the dates", "thời gian" },
		[QUERY_FILTER_STATUS] = { "the status", "hiệu lực" },
		[QUERY_FILTER_CITES] = { "the cited numbers' type or body", "văn bản được trích dẫn" },
	};
	return names[k][vi != 0];
}

static int filter_kind_given(const struct query_filters *f, enum query_filter_kind k)
{
	switch (k) {
	case QUERY_FILTER_TYPE:
		return f->ntypes > 0;
	case QUERY_FILTER_ISSUER:
		return f->nissuers > 0;
	case QUERY_FILTER_DATE:
		return f->year || f->from[0] || f->to[0];
	case QUERY_FILTER_STATUS:
		return f->status != 0;
	case QUERY_FILTER_CITES:
		return f->ncites_types || f->ncites_issuers;
	case QUERY_FILTER_NONE:
		break;
	}
	return 0;
}

/* The total of q's search with filters f instead of its own: 0, or -1. */
static int total_with(idx_db *db, struct query *q, struct query_filters f, long long *n,
		      int *exact, char **err)
{
	struct query_filters all = q->filters;
	q->filters = f;
	struct query_search_opts o = { 0 };
	struct query_result r;
	/* A status among f is read as the search reads it (query/regs.c):
	 * "with only the status" said the words' count (h14f). */
	int rc = query_search_status(db, q, &o, &r, err);
	q->filters = all;
	if (rc < 0)
		return -1;
	*n = (long long)r.total;
	*exact = r.exact;
	query_result_release(&r);
	return 0;
}

/* The same search with its own type and issuer filters asking what the
 * documents cite instead ("--issuer BHXH" on the six folders: no text of
 * Bảo hiểm xã hội Việt Nam's own, yet 40 documents cite its texts): how
 * many it finds, 0 when no such filter was given, a cites- filter was
 * (the user asked for both), or nothing is found either; -1 on error. */
long long query_filters_as_cited(idx_db *db, struct query *q, int *exact, char **err)
{
	struct query_filters all = q->filters;
	*exact = 1;
	if ((!all.ntypes && !all.nissuers) || all.ncites_types || all.ncites_issuers)
		return 0;
	/* Only when no document is itself of that type or from that body
	 * (with the words): "--type NĐ --year 2021" with a decree of 2020
	 * is the dates' doing, which query_filters_alone says. */
	struct query_filters own = { 0 };
	own.types = all.types;
	own.ntypes = all.ntypes;
	own.issuers = all.issuers;
	own.nissuers = all.nissuers;
	long long held, n;
	if (total_with(db, q, own, &held, exact, err) < 0)
		return -1;
	if (held)
		return 0;
	struct query_filters f = all;
	f.cites_types = all.types;
	f.ncites_types = all.ntypes;
	f.cites_issuers = all.issuers;
	f.ncites_issuers = all.nissuers;
	f.types = f.issuers = NULL;
	f.ntypes = f.nissuers = 0;
	return total_with(db, q, f, &n, exact, err) < 0 ? -1 : n;
}

long long query_type_issued_with(idx_db *db, struct query *q, const char **name, int *exact,
				 char **err)
{
	struct query_filters all = q->filters;
	*name = NULL;
	*exact = 1;
	const char *type = all.ntypes == 1 ? cite_type_name_for(all.types[0]) : NULL;
	if (!type || !cite_type_within(type))
		return 0;
	struct query_filters own = { 0 };
	own.types = all.types;
	own.ntypes = all.ntypes;
	long long held, n = 0;
	if (total_with(db, q, own, &held, exact, err) < 0)
		return -1;
	if (held)
		return 0;
	char *s = xasprintf("\"ban hành %s\"", type);
	struct query *p = NULL;
	int rc = query_parse(s, strlen(s), &p, err);
	free(s);
	if (rc < 0)
		return -1;
	/* The words, and the phrase: one tree for the count, then q's own. */
	struct query_node both = { .kind = QN_AND };
	struct query_node *kids[2] = { p->root, q->root };
	both.kids = kids;
	both.nkids = 2;
	struct query_node *root = q->root;
	q->root = root ? &both : p->root;
	struct query_filters f = all;
	f.types = NULL;
	f.ntypes = 0;
	rc = total_with(db, q, f, &n, exact, err);
	q->root = root;
	query_free(p);
	if (rc < 0)
		return -1;
	if (n)
		*name = type;
	return n;
}

int query_filters_alone(idx_db *db, struct query *q, struct query_filter_count *out, char **err)
{
	int n = 0;
	struct query_filters all = q->filters;
	for (int k = QUERY_FILTER_NONE; k <= QUERY_FILTER_KINDS; k++) {
		if (k == QUERY_FILTER_NONE ? !q->root : !filter_kind_given(&all, k))
			continue;
		long long total;
		int exact;
		if (total_with(db, q, filters_of_kind(&all, k), &total, &exact, err) < 0)
			return -1;
		out[n++] = (struct query_filter_count){ k, total, exact };
	}
	/* One kind of filter is the search itself: only the words alone (the
	 * first count) tell more, and without words nothing does. */
	int kinds = n - (q->root != NULL);
	if (kinds == 0 || (kinds == 1 && !q->root))
		return 0;
	return kinds == 1 ? 1 : n;
}
