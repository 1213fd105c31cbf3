/* index.h — the search index: documents in, queries out. The only door to
 * Xapian (which no other folder includes).
 *
 * Ownership, for the whole API: a function that returns a pointer or fills a
 * struct gives it to the caller, who releases it with the matching _free or
 * _release; error strings (char **err) are malloc'd and the caller frees them.
 * Every function that can fail returns 0 on success and -1 with *err set. */
#ifndef TRACUU_INDEX_H
#define TRACUU_INDEX_H

#include <signal.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct idx_db idx_db;

enum idx_mode {
	IDX_READ,
	IDX_WRITE, /* creates the index if it does not exist yet */
	IDX_READ_PARTIAL, /* IDX_READ; of shards (below), those down are left out */
};

/* Opens the index at path. Fails with a clear message when it does not exist
 * (read mode), is not an index, or another process is writing to it: then
 * (write mode) it returns IDX_LOCKED and *err names that process ("the index
 * is being updated by process 1234"). A writer records its pid in
 * IDX_WRITER_FILE inside the index while it holds the lock. Opening a
 * writer sets XAPIAN_FLUSH_THRESHOLD in the environment (index.c): open it
 * before starting threads. */
#define IDX_LOCKED (-2)
#define IDX_WRITER_FILE "tracuu-writer.pid"
int idx_open(const char *path, enum idx_mode mode, idx_db **out, char **err);

/* ---- shards (index/shards.c) ---------------------------------------------
 * An index may be several searched as one, named in a Xapian stub file
 * (a regular file; idx_open reads it): "auto PATH" (a tracuu index folder,
 * relative to the stub's folder), "remote HOST:PORT" or "tcp HOST PORT"
 * (xapian-tcpsrv), "#" comments. Docids are Xapian's interleaved ones:
 * shard i (from 0) of n, its docid d: (d-1)*n + i+1, valid as long as the
 * stub lists the same shards in the same order. Metadata (the registry,
 * the scheme) is read from every shard. A writer opens one shard at a
 * time: a local folder, or IDX_REMOTE_SCHEME HOST:PORT (xapian-tcpsrv
 * --writable; never compacted, no bulk run). */
#define IDX_REMOTE_SCHEME "tcp://"
struct idx_shard {
	char *name; /* the folder's path, or tcp://HOST:PORT */
	char *path; /* a local folder, or NULL */
	char *host;
	unsigned port;
};
int idx_is_stub(const char *path);
int idx_stub_read(const char *stub, struct idx_shard **out, size_t *n, char **err);
void idx_shards_release(struct idx_shard *s, size_t n);
/* 1 and host, port (host malloc'd) when path is IDX_REMOTE_SCHEME HOST:PORT,
 * 0 when it is not remote, -1 when it is malformed. */
int idx_remote_name(const char *path, char **host, unsigned *port);
/* The shard a source's documents go to, of n: a stable hash of its
 * identity term. */
size_t idx_shard_for(const char *source, size_t nshards);
/* Shards of an open index (0: a single index), their names, those left out
 * (IDX_READ_PARTIAL: down at opening or during a read). */
size_t idx_shard_count(idx_db *db);
const char *idx_shard_name(idx_db *db, size_t i);
int idx_shard_down(idx_db *db, size_t i);
unsigned long long idx_shard_documents(idx_db *db, size_t i);
/* After documents went to the shards of stub: one index refuses a text
 * another source holds (a duplicate); shards see only their own. Of each
 * text held by documents on several shards, the one of lowest rank stays
 * (rank: its source's place in the run's input, below 0 when the run did
 * not give it, so held before; ties: the lowest docid) and the others are
 * removed from their shards, each said to removed (with the source kept).
 * *n: how many. 0, or -1 and *err. */
int idx_shards_dedupe(const char *stub, long (*rank)(const char *source, void *arg),
		      void (*removed)(const char *source, const char *kept, void *arg), void *arg,
		      size_t *n, char **err);

/* Closes; a writer's changes since the last idx_commit are discarded, so an
 * interrupted ingest never leaves a half-written batch. NULL is a no-op. */
void idx_close(idx_db *db);

/* A tokeniser that lives as long as db, for readers that tokenise passage
 * after passage (the excerpts): its memo of syllables already seen stays
 * warm from one result and one search to the next. One thread at a time,
 * as db itself; not for nested use. */
struct text_tokeniser *idx_read_tokeniser(idx_db *db);

/* Makes every change since the previous commit durable, all or nothing. */
int idx_commit(idx_db *db, char **err);

/* At the end of a run of additions: brings the citation cards of every
 * number the run touched up to date, once (until then readers compute
 * them as they read), and commits. *settled (if given): how many. */
int idx_settle(idx_db *db, size_t *settled, char **err);

/* One stored document, as added and as read back. */
struct idx_record {
	unsigned docid;  /* set when read back; ignored when adding */
	char *source;    /* path (relative to the ingest root) or URL: its identity */
	char *title;
	char *date;      /* publication date "YYYY-MM-DD" ("--MM-DD" without a year), or NULL */
	char *date_inferred; /* "1" when the date's year was inferred, else NULL */
	char *issue_date; /* read back, not stored in the record: a regulation's own
			   * text's issue date from its letterhead (SLOT_ISSUE_DATE), the
			   * date it is filtered and sorted by; NULL for other texts */
	char *format;    /* "text", "markdown", "html" */
	char *charset;   /* what the source was decoded from: "utf-8", "tcvn3"… */
	char *hash;      /* content digest, 32 hex digits */
	char *canonical_url, *site_name;  /* web pages, or NULL */
	char *etag, *last_modified;       /* HTTP validators, or NULL */
	unsigned long long bytes; /* size of the source as read */
	char *pages;     /* read back: where each page after the first starts in
			  * text (decimal byte offsets, space-separated), or NULL */
	char *own;       /* read back: the number whose own text this is (its first
			  * letterhead, PREFIX_SOURCE_OF), "" when none; set when
			  * added, so NULL only in records stored before it was */
	char *articles;  /* the text's articles, packed (idx_articles_read); set
			  * when added, NULL for a text without articles and in
			  * records stored before it was */
	size_t articles_len;
	char *text;      /* the body text (idx_get_lazy: see idx_record_need) */
	size_t text_len;
	int note;        /* when added, not stored: a folder's note about its files
			  * (README.md, SOURCE.md): no citation terms, mentions or
			  * letterhead are read from it */
	struct record_text *packed; /* idx_get_lazy: the text's compressed pieces */
	struct record_head *head;   /* idx_get_lazy: the head's articles, inflated as
				     * read (idx_record_articles) */
	struct record_positions *positions; /* idx_record_positions: lists read */
	char *offsets;   /* idx_record_offsets: its SLOT_OFFSETS value, once read */
	size_t offsets_len;
	int offsets_read;
};
void idx_record_release(struct idx_record *r);

/* The articles (Điều) of a regulation's text, as stored at ingest
 * (index/articles.c): bytes in the record's text, token positions as
 * indexed (pos_end past the last). */
struct idx_clause {
	unsigned number;
	size_t start, end;
	unsigned pos, pos_end;
};
#define IDX_ARTICLE_NUMBER_MAX 16 /* TEXT_ARTICLE_NUMBER_MAX */
struct idx_article {
	char number[IDX_ARTICLE_NUMBER_MAX]; /* "26", "5a" */
	char *heading;                        /* "" when none */
	size_t start, end, head_start, head_end;
	unsigned pos, pos_end;
	size_t first_clause, nclauses; /* in idx_articles.clauses */
};
struct idx_articles {
	struct idx_article *a;
	size_t n;
	struct idx_clause *clauses;
	size_t nclauses;
	/* Its Phần / Chương / Mục (idx_divisions_read): stored since records
	 * carry them (has_divisions), where in the field they start. */
	int has_divisions;
	size_t ndivisions, divisions_at;
};
/* A Phần (kind 0), Chương (1) or Mục (2) as stored (text_division). */
struct idx_division {
	int kind;
	char label[16]; /* "IV", "2", "thứ nhất" */
	char *title;    /* "" when none */
	size_t start;
};
/* The divisions of r whose articles idx_articles_read read into as: *out
 * malloc'd (NULL when none), their count; 0 when as->has_divisions is 0
 * (a record written before they were stored: read them from the text,
 * text_structure_read). Free with idx_divisions_release. */
size_t idx_divisions_read(const struct idx_record *r, const struct idx_articles *as,
			  struct idx_division **out);
void idx_divisions_release(struct idx_division *d, size_t n);
/* Reads r's articles into *out (none when it has none). 0, or -1 when the
 * field is damaged (*out is then empty). */
int idx_articles_read(const struct idx_record *r, struct idx_articles *out);
/* The same for the articles starting before byte until only (no divisions):
 * a result's article is one of them, and a long law's table is read no
 * further than the passage. */
int idx_articles_read_before(const struct idx_record *r, size_t until, struct idx_articles *out);
void idx_articles_release(struct idx_articles *as);
/* The article holding byte off of the text, or NULL; its clause holding
 * off, or NULL. */
const struct idx_article *idx_article_at(const struct idx_articles *as, size_t off);
const struct idx_clause *idx_clause_at(const struct idx_articles *as, const struct idx_article *a,
				       size_t off);
/* The first article numbered number ("26", "5a"), or NULL. */
const struct idx_article *idx_article_find(const struct idx_articles *as, const char *number);

enum idx_add_result {
	IDX_ADDED,     /* a new document */
	IDX_REPLACED,  /* the same source with new content */
	IDX_UNCHANGED, /* the same source, the same content: nothing written */
	IDX_DUPLICATE, /* the same content under another source: not indexed */
	IDX_MOVED,     /* the same content as a document whose source is gone (a file
			* renamed or moved): that document now has this source */
};

/* Adds or replaces the document whose identity is r->source. For
 * IDX_DUPLICATE, *dup_of (if dup_of is non-NULL) receives the source that
 * already holds this content. */
int idx_add(idx_db *db, const struct idx_record *r, enum idx_add_result *res,
	    char **dup_of, char **err);

/* idx_add in two steps, so that the costly one can run on other threads:
 * idx_prepare builds a document's terms, values and stored record without
 * the writer (thread-safe given one idx_preparer per thread);
 * idx_add_prepared then runs idx_add's checks and writes, on the thread
 * that owns the writer. */
typedef struct idx_preparer idx_preparer;
typedef struct idx_prepared idx_prepared;

/* path (or NULL): the index the documents go to, opened read-only when it
 * holds documents, so that idx_prepare passes over one already indexed with
 * the same content (the writer checks again). Never fails. */
idx_preparer *idx_preparer_new(const char *path);
void idx_preparer_free(idx_preparer *p); /* NULL is a no-op */

/* r's document, for idx_add_prepared with the same r; never fails. */
idx_prepared *idx_prepare(idx_preparer *p, const struct idx_record *r);
void idx_prepared_free(idx_prepared *d); /* NULL is a no-op */

/* idx_add, using d (from idx_prepare(…, r), or NULL) instead of building the
 * document again; d is the caller's to free. */
int idx_add_prepared(idx_db *db, const struct idx_record *r, idx_prepared *d,
		     enum idx_add_result *res, char **dup_of, char **err);

/* When fn (or NULL) says that the source holding a document is gone (a
 * file deleted, renamed or moved: fn returns non-zero), the same content
 * added under another source moves that document (IDX_MOVED, *dup_of its
 * old source) instead of being refused as a duplicate. */
void idx_set_source_gone(idx_db *db, int (*fn)(const char *source, void *arg), void *arg);

/* Removes document docid; the citation cards of the numbers it cited, or
 * was the own text of, are marked in the same commit and recomputed at the
 * next idx_settle (readers compute them meanwhile), so a kill leaves the
 * document in, with its cards, or out, with theirs. 0, 1 when there is no
 * such document, -1. Not during a bulk run. */
int idx_remove(idx_db *db, unsigned docid, char **err);

/* Reads document docid. Returns 0, 1 when there is no such document, -1. */
int idx_get(idx_db *db, unsigned docid, struct idx_record *out, char **err);

/* As idx_get, but the text stays compressed: r->text is text_len zero bytes
 * until idx_record_need decompresses the part a caller reads. For excerpts of
 * long texts. */
int idx_get_lazy(idx_db *db, unsigned docid, struct idx_record *out, char **err);
/* As idx_get_lazy, for a reader of the text alone: the other fields are not
 * decompressed (title and source "", articles NULL, no dates), which for a
 * long law is most of reading its record. */
int idx_get_text(idx_db *db, unsigned docid, struct idx_record *out, char **err);
/* Makes r->text[from..to) hold the text (a no-op for whole records). */
void idx_record_need(struct idx_record *r, size_t from, size_t to);

/* A document's value in slot (schema.h), malloc'd ("" when unset). Returns 0,
 * 1 when there is no such document, -1. */
int idx_get_value(idx_db *db, unsigned docid, unsigned slot, char **v, size_t *len, char **err);
/* Calls fn with each of the document's terms that start with prefix
 * (schema.h), the prefix included. 0, or -1. */
int idx_doc_terms(idx_db *db, unsigned docid, const char *prefix,
		  void (*fn)(const char *term, size_t len, void *ctx), void *ctx, char **err);

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
/* terms and words walk the whole term list (600,000 terms on the bench
 * corpus: a tenth of a second); every other count is read at once. A reader
 * that asks again of the same revision (the server, per index version) keeps
 * them: kept->known 0, they are counted and kept; 1, taken from it. */
struct idx_term_counts {
	int known;
	unsigned long long terms, words;
};
int idx_read_stats_kept(idx_db *db, const char *path, struct idx_term_counts *kept,
			struct idx_stats *out, char **err);

/* ---- bulk runs (index/bulk.c) ----------------------------------------------
 * A run that adds many documents writes them into segments beside the
 * index on `writers` threads instead, and merges them in by the compaction
 * at its end: idx_add and idx_add_prepared give the same outcomes, and
 * idx_commit does nothing until then. A run closed before idx_bulk_finish
 * leaves the index as it was. expected: about how many documents the run
 * may add. */
int idx_bulk_begin(idx_db *db, unsigned writers, size_t expected, char **err);
/* Documents per segment, at most: a segment's B-trees stay small enough for
 * Xapian's flushes to find their blocks in the page cache. */
#define IDX_SEGMENT_DOCS 8192
/* How many documents of a bulk run killed before its merge idx_open merged
 * in for this writer; *why_not: why they could not be (the index is as it
 * was, they are dropped), or NULL. */
size_t idx_recovered(const idx_db *db, const char **why_not);
/* Would compaction be due after a run adding expected documents? The
 * rule of idx_compact_due, read only. */
int idx_bulk_worth(idx_db *db, size_t expected, int *worth, char **err);
/* Merges the run in: 0, *merged the number of segments merged (sizes
 * before and after, as for idx_compact), 0 when it wrote nothing; -1 (*err)
 * when the index is as
 * it was before the run. *settle_err (malloc'd, or NULL): the citation
 * cards that could not be settled, as for idx_settle. */
int idx_bulk_finish(idx_db *db, int *merged, unsigned long long *before,
		    unsigned long long *after, char **settle_err, char **err);

/* ---- compaction (index/compact.c) ---------------------------------------
 * Xapian's B-trees written a batch at a time are left part empty; a
 * compacted copy is markedly smaller (bench/RESULTS.md). A compacted index
 * is a folder holding a stub file, XAPIANDB ("auto gen-3"), that names the
 * generation in use, a subfolder; a new generation is swapped in by
 * renaming the stub. */

/* Counts this run's written (added or replaced) documents toward the next
 * compaction, commits, and says whether one is due (*due): when the
 * documents written since the last compaction (all of them if there was
 * none) are at least a fifth of those the index holds, and the index takes
 * at least 1 MiB. */
int idx_compact_due(idx_db *db, const char *path, unsigned long long written, int *due,
		    char **err);

/* Replaces the writer's index at path by a compacted copy of what it has
 * committed, docids and metadata kept; *before and *after are the sizes in
 * bytes. A reader sees the old index or the new one, and a kill at any
 * moment leaves one of them whole; the old one's files go at idx_close.
 * After it, db accepts only idx_close. -1 (a full disk, say): the index is
 * as it was and what the attempt wrote is removed. */
int idx_compact(idx_db *db, const char *path, unsigned long long *before,
		unsigned long long *after, char **err);

/* ---- the writer (index/writer.c) -----------------------------------------
 * Additions to the index by a one-shot run or a long-running process: open
 * once, add documents (committed in batches), commit whenever, then finish
 * and compact. It owns the batch size, the choice of a bulk run and the
 * compaction policy, and never prints: what a caller may want to tell goes
 * to its on_event callback, or stays in the summary. Not thread-safe: one
 * thread adds; the costly idx_prepare may run on others. */
typedef struct idx_writer idx_writer;
struct idx_sources;

/* Documents per committed batch, by default. */
#define IDX_BATCH_DOCS 1000

enum idx_writer_event_kind {
	IDX_WRITER_WAITING,        /* another process holds the index: waiting (why: who) */
	IDX_WRITER_NOT_SETTLED,    /* the run's citation cards were not stored (why); readers
				    * compute them until the next run settles them */
	IDX_WRITER_NOT_COMPACTED,  /* whether compaction is due could not be told (why) */
	IDX_WRITER_COMPACT_FAILED, /* compaction failed (why); the index is as it was */
	IDX_WRITER_COMPACTING,     /* a compaction starts */
	IDX_WRITER_MERGING,        /* a bulk run's merge and compaction start */
	IDX_WRITER_MERGED,         /* a bulk run's segments are merged in (the summary says
				    * how many) */
	IDX_WRITER_REMOVED,        /* idx_writer_remove_missing removed source (why: its
				    * file is "no longer there", or "not a document type") */
	IDX_WRITER_REMOVE_FAILED,  /* the removal after a bulk run's merge failed (why);
				    * what it committed stays */
};
struct idx_writer_event {
	enum idx_writer_event_kind kind;
	const char *why;    /* or NULL */
	const char *source; /* IDX_WRITER_REMOVED's */
};

struct idx_writer_options {
	size_t batch_docs; /* commit after this many documents (0: IDX_BATCH_DOCS) */
	int compact;       /* idx_writer_compact: 0 when due, 1 always, -1 never (and then
			    * never a bulk run) */
	int update;        /* re-fetching known pages: never a bulk run */
	size_t jobs;       /* threads the caller prepares documents on (a bulk run writes
			    * on as many, up to 4) */
	double wait;       /* another process writing: try again for up to this many
			    * seconds; below 0, fail at once with IDX_LOCKED */
	void (*on_event)(const struct idx_writer_event *ev, void *arg);
	void *arg;
	/* Stored sources that are paths name files (a relative one under root,
	 * when given; else its file is not known): a file that no longer exists
	 * is gone (deleted or renamed), and the same content under a new source
	 * moves its document (idx_set_source_gone). 0: no source is ever gone. */
	int files;
	const char *root;
	/* When set and nonzero (a signal), idx_writer_remove_missing stops:
	 * what it removed stays removed. */
	const volatile sig_atomic_t *cancel;
};

/* What the writer did so far. */
struct idx_writer_summary {
	size_t added, replaced, unchanged, duplicates; /* idx_writer_add's outcomes */
	size_t moved;             /* idx_writer_add: IDX_MOVED */
	size_t removed;           /* idx_writer_remove */
	size_t kept_added, kept_replaced, kept_moved, kept_removed; /* of those, the ones
					   * committed (a bulk run: merged) */
	int failed;               /* the index failed: the writer accepts only close */
	int bulk;                 /* a bulk run (idx_writer_plan) */
	unsigned bulk_threads;
	int segments;             /* a bulk run's segments merged */
	size_t recovered;         /* documents of an interrupted bulk run merged at open */
	const char *recovery_failed; /* why they could not be (dropped), or NULL */
	int compacted;            /* by idx_writer_compact, from before to after bytes */
	unsigned long long before, after;
	/* A bulk run's idx_writer_remove_missing, done after its merge by a
	 * second writer: the removals it committed, and 1 when it could not
	 * open the index, 2 when writing failed (IDX_WRITER_REMOVE_FAILED). */
	size_t removed_after;
	int removal_failed;
};

/* Opens the index at path for writing (as idx_open). With o->wait, waits
 * for another writer (on_event IDX_WRITER_WAITING once): IDX_LOCKED when it
 * is still there after that, *err saying so. Open it before starting
 * threads (idx_open). o may be NULL. */
int idx_writer_open(const char *path, const struct idx_writer_options *o, idx_writer **out,
		    char **err);
/* A run about to add about expected documents: makes it a bulk run when it
 * is large enough and makes compaction due. Returns 1 when it is one. */
int idx_writer_plan(idx_writer *w, size_t expected);
/* Adds or replaces r (d: from idx_prepare(…, r), or NULL), as
 * idx_add_prepared, and commits when the batch is full. 0; -1 and *err
 * when it could not be added; IDX_WRITER_COMMIT_FAILED and *err when it was
 * (*res is set) but the batch's commit failed. After a failure the writer
 * refuses everything but idx_writer_close. */
#define IDX_WRITER_COMMIT_FAILED (-3)
int idx_writer_add(idx_writer *w, const struct idx_record *r, idx_prepared *d,
		   enum idx_add_result *res, char **dup_of, char **err);
/* Removes document docid (idx_remove), counted in the batch. 0, 1 when
 * there is no such document, -1 and *err (the writer then refuses all but
 * idx_writer_close). Before idx_writer_plan: a bulk run removes nothing. */
int idx_writer_remove(idx_writer *w, unsigned docid, char **err);
/* What a walk of folders found in them, by stored source, each sorted
 * (strcmp): found, the documents; others, files that are no documents;
 * held, entries passed over for a reason of their own (an unreadable
 * folder, a link not followed): what is stored under them stays. */
struct idx_walked {
	char *const *found, *const *held, *const *others;
	size_t nfound, nheld, nothers;
};
/* A folder ingested again (or rescanned by a watcher): what the index holds
 * under each of dirs (stored names, as idx_list_sources_under) becomes what
 * the walk found there. Removes, each an IDX_WRITER_REMOVED event, the
 * documents of files the walk passed over as no documents and of files
 * that are gone (options.files); a file the walk did not see but that is
 * there (a hidden one, named once on a command line) keeps its document.
 * Call it after the additions, so that a renamed file has moved its
 * document first. walked fills *out (its arrays stay the caller's), once,
 * and only when some folder holds documents. Returns 0, or -1 and *err
 * (the writer refuses all but idx_writer_close when a removal failed).
 * A bulk run removes nothing before its merge: there it returns 0 and
 * idx_writer_compact removes after the merge, with a second writer of the
 * same options (walked and arg must live until then; the summary's
 * removed_after and removal_failed say how it went). */
int idx_writer_remove_missing(idx_writer *w, char *const *dirs, size_t ndirs,
			      void (*walked)(struct idx_walked *out, void *arg), void *arg,
			      char **err);
/* A watcher's files and folders deleted or moved away, by stored source:
 * the document stored under each name, and those under it as a folder,
 * removed when their files are gone (options.files), each an
 * IDX_WRITER_REMOVED event; a name whose file is there again is kept.
 * Call it after the additions (a rename moves its document first). 0, or
 * -1 and *err (the writer then refuses all but idx_writer_close). */
int idx_writer_remove_gone(idx_writer *w, char *const *sources, size_t n, char **err);
/* Finds the document stored under source (idx_find_source): 0, 1 none, -1. */
int idx_writer_find(idx_writer *w, const char *source, unsigned *docid, char **err);
/* Documents stored under the folder dir (idx_list_sources_under). */
int idx_writer_sources_under(idx_writer *w, const char *dir, struct idx_sources *out,
			     char **err);
/* Reads document docid back (idx_get_lazy: the text stays compressed). */
int idx_writer_get(idx_writer *w, unsigned docid, struct idx_record *out, char **err);
/* Commits what was added since the last commit (a bulk run: nothing goes
 * in before its merge). */
int idx_writer_commit(idx_writer *w, char **err);
/* The page at source came back "not modified" or with the same text: keeps
 * its new validators, when they differ, for the next conditional request. */
int idx_writer_refresh_validators(idx_writer *w, const char *source, const char *etag,
				  const char *last_modified, char **err);
/* The web pages in the index with their validators (idx_list_web_sources). */
int idx_writer_web_sources(idx_writer *w, struct idx_sources *out, char **err);
/* The end of a run's additions: the last commit, then the citation cards of
 * the numbers it touched, settled once. A long-running writer may call it
 * after each burst of additions and go on adding. A bulk run: nothing (its
 * merge in idx_writer_compact does both). */
int idx_writer_finish(idx_writer *w, char **err);
/* After idx_writer_finish: a bulk run merged in and compacted (-1 and *err
 * when it could not be: the index is as it was before the run); another
 * run compacted when options.compact says so. A compaction that fails is
 * an event, not an error. Slow, and a kill at any moment leaves the index
 * whole. Afterwards the writer accepts only idx_writer_close. */
int idx_writer_compact(idx_writer *w, char **err);
/* The summary, valid until idx_writer_close. */
const struct idx_writer_summary *idx_writer_get_summary(const idx_writer *w);
/* Closes: what was not committed is discarded. NULL is a no-op. */
void idx_writer_close(idx_writer *w);

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
/* The documents q matches, each weighing `weight` whatever q's own weight
 * (no length normalisation: a term of a long law counts as in a page). */
idx_query *idx_q_fixed(idx_query *q, double weight);
/* Documents whose date (SLOT_DATE) is within [lo, hi]; either may be NULL. */
idx_query *idx_q_value_range(unsigned slot, const char *lo, const char *hi);
void idx_q_free(idx_query *q);
char *idx_q_describe(const idx_query *q); /* Xapian's description, for --explain */

struct idx_hit {
	unsigned docid;
	double weight;
	unsigned copies; /* collapsed: at least this many other copies matched */
};
struct idx_results {
	struct idx_hit *hits;
	size_t n;
	unsigned long long lower, estimated, upper; /* lower == upper: exact */
};

/* Runs q, ranked with BM25 (by_date 1: newest first, -1: oldest first,
 * undated last); counts exactly up to check_at_least matches. collapse:
 * copies of one regulation's text (SLOT_TEXT_OF) give one hit, the best,
 * and count as one match. */
int idx_search(idx_db *db, const idx_query *q, size_t offset, size_t limit,
	       size_t check_at_least, int by_date, int collapse, struct idx_results *out,
	       char **err);

/* idx_search whose hits' copies (idx_hit.copies) may still be asked over
 * remote shards when it returns, on connections of their own while the
 * caller goes on: idx_results_settle answers them, and must come before
 * they are read (and before the next idx_search_copies_later). */
int idx_search_copies_later(idx_db *db, const idx_query *q, size_t offset, size_t limit,
			    size_t check_at_least, int by_date, int collapse,
			    struct idx_results *out, char **err);
int idx_results_settle(idx_db *db, struct idx_results *r, char **err);

/* Counts, over the first max_docs matches of q, the documents carrying each
 * term that starts with prefix; calls fn(term without prefix, count) in no
 * particular order. *scanned is how many documents were looked at. With
 * collapse, the copies of a text count once, as idx_search's hits do. */
int idx_facet(idx_db *db, const idx_query *q, const char *prefix, size_t max_docs, int collapse,
	      void (*fn)(const char *value, size_t len, unsigned count, void *ctx), void *ctx,
	      size_t *scanned, char **err);
/* idx_facet for a prefix few documents carry (PREFIX_OWN_ISSUER_SHOWN):
 * counted from its terms' postings against the matches, not from each
 * match's term list (which reads the whole list of every match). */
int idx_facet_sparse(idx_db *db, const idx_query *q, const char *prefix, size_t max_docs,
		     int collapse,
		     void (*fn)(const char *value, size_t len, unsigned count, void *ctx),
		     void *ctx, size_t *scanned, char **err);

/* ---- the citation registry ----------------------------------------------
 * For each document number, what its mentions agree on. Kept up to date at
 * every commit; see registry.c. */

struct idx_vote {
	char *value;
	unsigned support;     /* mentions that say so */
	int letterhead;       /* the number's own letterhead says so */
};

/* A relation between two regulations, as one of them states it (a mention
 * line carrying a relation, text_relation_of). */
struct idx_relation {
	char *kind;           /* "replaces", "repeals", "amends", "guides", "consolidates", "based-on" */
	int incoming;         /* 1: other does it to this card's number; 0: this one to other */
	char *other;          /* the other number, canonical */
	char *scope;          /* "" the whole text; "Điều 5", "khoản 2 Điều 3", "một phần" */
	char *from;           /* the acting text's effective date, "" unknown */
	unsigned docid;       /* the document whose sentence says so */
	size_t sent_start, sent_end; /* the sentence, bytes in that document's text */
	int by_name;          /* other named only by its name ("Luật Bảo hiểm y tế"): shown,
			       * never counted for the status */
};

/* An article or clause with its own effective date, as its text says. */
struct idx_part_date {
	char *scope;          /* "khoản 1 Điều 3" */
	char *date;           /* "YYYY-MM-DD" */
	unsigned docid;
	size_t sent_start, sent_end;
};

struct idx_card {
	char *canonical;      /* "57-QĐ/TW" */
	char *kind;           /* "party", "qppl", "law", "adm", "cong-van", "vbhn" */
	char *number;
	int year;             /* carried by the number, 0 if none */
	char *type_code, *issuer_code;
	/* Each sorted best first: the letterhead's value, then by support. */
	struct idx_vote *types, *issuers, *dates, *subjects;
	size_t ntypes, nissuers, ndates, nsubjects;
	struct idx_vote *signers; /* from the signature blocks of its own text */
	size_t nsigners;
	char *conflicts;      /* "date,type" where mentions disagree, or NULL */
	unsigned mentions, documents;
	unsigned source_docid; /* the indexed text of the number itself, 0 if none */
	unsigned *docids;      /* the documents citing it (this variant), by id */
	size_t ndocids;
	char *effective;       /* its own text's effective date, or NULL */
	unsigned eff_docid;    /* the document saying so, and the sentence (bytes) */
	size_t eff_start, eff_end;
	char *eff_text;        /* when effective is a portal's stated date: the date its
				* text's own sentence gives, if another, or NULL */
	unsigned efft_docid;   /* the document saying so, and the sentence */
	size_t efft_start, efft_end;
	char *expires;         /* the end its own text states, or NULL */
	struct idx_relation *relations; /* incoming from the registry; outgoing added by
					 * idx_card_outgoing */
	size_t nrelations;
	struct idx_part_date *parts; /* parts with their own effective date (idx_card_outgoing) */
	size_t nparts;
};

/* The cards of a number: usually one; more when one number names several
 * documents (Party numbers restart each term; every province's People's
 * Committee has its own 98/2025/QĐ-UBND), told apart by issue date and by
 * the place in the issuer's name; the best supported first. 0 found (*n
 * at least 1), 1 not in the registry, -1 error. */
int idx_cards_get(idx_db *db, const char *canonical, struct idx_card **cards, size_t *n,
		  char **err);
void idx_card_release(struct idx_card *c);
/* Over several remote shards, where a card is computed from the documents
 * citing its number: the citing documents of n numbers read at once, for
 * the idx_cards_get that follow (a round trip a number otherwise, and its
 * documents' after it). A no-op elsewhere. */
void idx_cards_ahead(idx_db *db, char *const *canonicals, size_t n);
/* Adds to card the relations its own text (source_docid) states of other
 * numbers and of regulations it names only by name, and those other texts
 * state of it by its name (its type and subject, "Luật Bảo hiểm y tế":
 * PREFIX_NAMED): read from mention lines, not stored on the card. 0, -1
 * with *err. */
int idx_card_outgoing(idx_db *db, struct idx_card *card, char **err);
void idx_cards_release(struct idx_card *cards, size_t n);

/* Canonical numbers a reference may mean: by short key ("quydinh:57") with
 * META_SHORT, or by the number without leading zeros with META_LOOSE.
 * Fills a malloc'd array of malloc'd strings. */
int idx_card_candidates(idx_db *db, const char *meta_prefix, const char *key, char ***out,
			size_t *n, char **err);
/* idx_card_candidates for every key that starts with key_prefix, in key
 * order, the first max_keys of them ("10989/BNV-": the công văn of every
 * unit of a body under one number). */
int idx_card_candidates_under(idx_db *db, const char *meta_prefix, const char *key_prefix,
			      size_t max_keys, char ***out, size_t *n, char **err);

/* Where document docid cites canonical: the byte ranges of the mention and
 * of its sentence in the document's text. Returns the number found (0 if
 * none), filling up to max. */
struct idx_cite_place {
	size_t start, end, sent_start, sent_end;
};
size_t idx_cite_places(idx_db *db, unsigned docid, const char *canonical,
		       struct idx_cite_place *out, size_t max);

/* One number a document's text cites, as stored with it (SLOT_MENTIONS):
 * what the text around it says. The strings are valid during the call only;
 * "" when the text says nothing. */
struct idx_mention {
	const char *canonical, *kind, *type_code, *type_name, *date, *issuer_code,
		*issuer_name, *subject, *signer;
	int letterhead;      /* the number of the document's own letterhead ("Số: …") */
	size_t start, end;   /* byte range of the number in the document's text */
};
/* Calls fn, in text order, for the numbers docid's text cites wholly within
 * [from, to) (0, (size_t)-1: all) and for its first letterhead's, wherever
 * it is: the number whose own text the document is (PREFIX_SOURCE_OF); until
 * fn returns non-zero. Other mentions are passed over unread. own: the
 * record's (idx_record.own; "" spares looking for a letterhead past to), or
 * NULL. Returns 0 (also when it cites none), 1 when there is no such
 * document, -1. */
int idx_mentions_each(idx_db *db, unsigned docid, const char *own, size_t from, size_t to,
		      int (*fn)(const struct idx_mention *m, void *ctx), void *ctx, char **err);
/* idx_mentions_each over the whole text, but a mention starting past byte
 * head reaches fn only when it is a letterhead (idx_mention.letterhead
 * non-zero): for a reader that wants nothing else from the rest. */
int idx_mentions_each_head(idx_db *db, unsigned docid, size_t head,
			   int (*fn)(const struct idx_mention *m, void *ctx), void *ctx, char **err);
void idx_results_release(struct idx_results *r);

/* The positions of term in document docid, ascending, malloc'd (NULL and 0
 * when it has none). Returns 0 or -1. */
int idx_positions(idx_db *db, unsigned docid, const char *term, size_t len, unsigned **pos,
		  size_t *n, char **err);
/* idx_positions for rec's document, read once while rec lives: a
 * question's article ranking and its excerpt read the same words' positions
 * in the same results. *pos is rec's (freed by idx_record_release), NULL
 * and 0 when it has none. Returns 0 or -1 (then nothing is kept). */
int idx_record_positions(idx_db *db, struct idx_record *rec, const char *term, size_t len,
			 const unsigned **pos, size_t *n);
/* The token offsets of rec's document (SLOT_OFFSETS), read once while rec
 * lives: the first page's pairs (query_pairs_written) and its excerpts
 * (query_excerpt_region) read them in the same results. *v is rec's (freed
 * by idx_record_release; NULL and 0 when it has none). Returns 0 or -1. */
int idx_record_offsets(idx_db *db, struct idx_record *rec, const char **v, size_t *len);
/* Over the network, the lists idx_record_positions would read for the
 * folded words words[0..n) (their PREFIX_FOLDED terms) in rec's document,
 * found in one scan of its fetched title and text (text_tokenise_find) and
 * kept in rec, where idx_record_positions then finds them: read one word at
 * a time, a list comes one message a position, and its fallback tokenised
 * the whole text for every word of it. Their body lists are kept as
 * idx_body_positions keeps its own. Locally nothing: each list is read from
 * the index when asked. */
void idx_record_positions_ahead(idx_db *db, struct idx_record *rec, const char *const *words,
				const size_t *lens, size_t n);
/* idx_record_positions_ahead of the records recs[0..nrecs) (a page, read
 * already), their texts scanned by this thread and one more side by side:
 * the scans are most of a question's CPU over the network. */
void idx_records_positions_ahead(idx_db *db, struct idx_record *recs, size_t nrecs,
				 const char *const *words, const size_t *lens, size_t n);
/* Do reads of db go over the network (a remote shard)? Then each read is a
 * round trip, and a position list comes one message a position: what a
 * document's fetched text gives is cheaper read from it. */
int idx_network_reads(idx_db *db);
/* Over the network, where each of words[0..n) (folded forms, distinct)
 * stands in rec's body, the body's first token at body_pos, numbered as the
 * index numbers positions: pos[i] malloc'd and ascending (NULL and 0 when
 * none). Found in rec's fetched text (text_tokenise_find), and kept with
 * what the handle memoises for the revision it reads: a later search that
 * shows the same document and word reads the list back instead of
 * inflating and scanning the whole text again. */
void idx_body_positions(idx_db *db, struct idx_record *rec, unsigned body_pos,
			const char *const *words, const size_t *lens, size_t n, unsigned **pos,
			size_t *npos);

/* What query/ computed from the revision db reads, kept with the handle
 * (xs_keep_*: one handle a thread, emptied when it reopens at another
 * revision or grows past a few MB; writers keep nothing). A key's first
 * letter says whose it is (index/xapian_shim.cc, MEMO_BYTES). get: 0 and
 * *v malloc'd, or 1 when not kept. */
int idx_keep_get(idx_db *db, const char *key, size_t klen, char **v, size_t *len);
void idx_keep_put(idx_db *db, const char *key, size_t klen, const char *v, size_t len);

/* How many documents the index holds (0 on error). */
unsigned long long idx_doc_count(idx_db *db);

/* The term's frequency in the index (documents containing it); 0 if absent. */
unsigned long long idx_term_freq(idx_db *db, const char *term, size_t len);
/* How many times the term stands in the index, all documents' counts
 * (wdf) added up; 0 if absent. */
unsigned long long idx_collection_freq(idx_db *db, const char *term, size_t len);
/* Does document docid hold term? 1 yes, 0 no, -1 when it cannot be read. */
int idx_doc_holds(idx_db *db, unsigned docid, const char *term, size_t len);
/* Over the network, idx_doc_holds of each of the records recs[0..n) and each
 * of terms[0..nt) asked at once (one match, every shard at once) before they
 * are asked one by one: each alone reads the term's whole posting list. A
 * no-op locally. */
void idx_doc_holds_ahead(idx_db *db, const struct idx_record *const *recs, size_t n,
			 const char *const *terms, const size_t *lens, size_t nt);
/* Over remote shards, the frequencies of n terms about to be asked for one by
 * one, asked at once (one match instead of a round trip per term and shard). */
void idx_term_freqs_ahead(idx_db *db, const char *const *terms, const size_t *lens, size_t n);

/* ---- sources ------------------------------------------------------------
 * The web pages in the index, with what `tracuu ingest --update` needs to
 * ask for them again. (index/sources.c) */

struct idx_source {
	unsigned docid;
	char *source;                /* the URL, as stored */
	char *etag, *last_modified;  /* the stored HTTP validators, or NULL */
	char *hash;                  /* the content digest */
};
struct idx_sources {
	struct idx_source *v;
	size_t n;
};

/* Lists the documents whose source is an http:// or https:// URL, in URL
 * order. Fills *out (release with idx_sources_release). */
int idx_list_web_sources(idx_db *db, struct idx_sources *out, char **err);
/* Lists the documents stored under the folder dir (a stored source: an
 * absolute path, or one relative to an ingest root, "" for the root
 * itself), in source order, with docid, source and hash only. */
int idx_list_sources_under(idx_db *db, const char *dir, struct idx_sources *out, char **err);
void idx_sources_release(struct idx_sources *l);

/* Replaces the HTTP validators stored with docid (NULL clears one) without
 * indexing it again: the page came back with the same text but new ones. */
int idx_set_validators(idx_db *db, unsigned docid, const char *etag,
		       const char *last_modified, char **err);

#ifdef __cplusplus
}
#endif

#endif
