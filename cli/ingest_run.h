/* ingest_run.h — one ingest run: files and web pages read by ingest/ and
 * written by index/'s writer, joined here because those two layers may not
 * know each other. Prints nothing: every outcome goes to a callback. */
#ifndef TRACUU_INGEST_RUN_H
#define TRACUU_INGEST_RUN_H

#include <signal.h>
#include <stddef.h>

#include "index/index.h"
#include "ingest/ingest.h"

/* A run is a writer held open: a one-shot command opens one, adds what it
 * was given and finishes; a watcher or a server may add and fetch many
 * times before finishing. Not thread-safe (the loader's threads are its
 * own). */
typedef struct ingest_run ingest_run;

/* What happened to one input (a file of the list or a page), or to a step
 * of the run (name NULL). */
enum ingest_run_kind {
	INGEST_RUN_OTHER,       /* a file of a type not indexed, passed over (why) */
	INGEST_RUN_SKIPPED,     /* nothing to index: empty, a link not followed… (why) */
	INGEST_RUN_FAILED,      /* could not be read or extracted (why) */
	INGEST_RUN_DOWNLOAD_FAILED, /* the page could not be had (why; refused: by a rule,
				     * such as the scheme or robots.txt, not the network) */
	INGEST_RUN_NOT_MODIFIED, /* the site says the page did not change */
	INGEST_RUN_INDEXED,     /* idx_writer_add's outcome: res, and dup_of for a
				 * duplicate or a move (or NULL) */
	INGEST_RUN_ADD_FAILED,  /* the index failed adding it (why): the run stops */
	INGEST_RUN_COMMIT_FAILED, /* after INGEST_RUN_INDEXED, or at ingest_run_finish
				   * (name NULL), a commit failed (why): the run stops */
	INGEST_RUN_VALIDATORS_FAILED, /* the page's new ETag and Last-Modified could not
				       * be stored (why) */
	INGEST_RUN_INDEX_ERROR, /* reading the index's pages or removing files gone
				 * failed (why) */
	INGEST_RUN_FETCH_ERROR, /* the downloads could not start (why): every page failed */
	INGEST_RUN_MERGE_FAILED, /* ingest_run_compact failed (why) */
};
struct ingest_run_outcome {
	enum ingest_run_kind kind;
	const char *name; /* the file's path or the page's URL */
	const char *why;  /* or NULL */
	int refused;
	enum idx_add_result res;
	const char *dup_of;
};

/* What the run counted of inputs that did not reach the index or that the
 * index already had (the writer's summary counts the rest). */
struct ingest_run_counts {
	size_t files_done;  /* files of the lists handed to ingest_run_add_files reached */
	size_t urls_done;   /* pages fetched (or failed) by ingest_run_fetch */
	size_t skipped;     /* INGEST_RUN_SKIPPED */
	size_t failed;      /* INGEST_RUN_FAILED, INGEST_RUN_DOWNLOAD_FAILED, whole fetches */
	size_t failed_input, failed_network; /* of failed: refused or unreadable; network */
	size_t not_modified;    /* INGEST_RUN_NOT_MODIFIED */
	size_t pages_unchanged; /* not modified, or fetched again with the same text */
};

struct ingest_run_options {
	/* The writer's (on_event and arg included); cancel and files are set
	 * by the run. */
	struct idx_writer_options writer;
	struct ingest_options load;
	size_t jobs;    /* threads files are read and prepared on */
	/* When set and nonzero (a signal), the run stops at the next input:
	 * what was added is committed by ingest_run_finish. */
	volatile sig_atomic_t *cancel;
	void (*on_outcome)(const struct ingest_run_outcome *o, void *arg);
	/* Before each file (done: the files before it) and after each page
	 * (done: the pages so far, this one included), of total. May be NULL. */
	void (*on_progress)(int page, size_t done, size_t total, const char *name, void *arg);
	/* Just before the compaction or a bulk run's merge, which a kill leaves
	 * whole (a one-shot command gives the signals back there). May be NULL. */
	void (*before_compact)(void *arg);
	void *arg;
};

/* Opens the index at path for writing (idx_writer_open): 0, or -1 (or
 * IDX_LOCKED) and *err. o must outlive the run. */
int ingest_run_open(const char *path, const struct ingest_run_options *o, ingest_run **out,
		    char **err);
/* --update: urls given are asked for with the validators the index holds
 * for them (none with force); with none given, every page in the index is
 * added to urls. 0, or -1 (INGEST_RUN_INDEX_ERROR). */
int ingest_run_update_requests(ingest_run *r, struct ingest_urls *urls, int force);
/* About expected documents to come: may make this a bulk run. */
void ingest_run_plan(ingest_run *r, size_t expected);
/* The files of list, read on the run's threads and added in the list's
 * order, each outcome said; stops early when cancelled or when the index
 * fails. list must outlive the run (ingest_run_remove_missing). */
void ingest_run_add_files(ingest_run *r, const struct ingest_list *list);
/* The pages, fetched and added (fo->cancel is set by the run). Does
 * nothing after a failure of the index or when cancelled. */
void ingest_run_fetch(ingest_run *r, const struct ingest_urls *urls, struct fetch_options *fo);
/* The folders of list ingested again: the documents of files no longer in
 * them go (IDX_WRITER_REMOVED events). After the additions, so that a
 * renamed file has moved its document first; does nothing when cancelled or
 * after a failure. */
void ingest_run_remove_missing(ingest_run *r, const struct ingest_list *list);
/* A watcher's files and folders gone, by stored source: their documents
 * removed when their files are gone (idx_writer_remove_gone), after the
 * additions; does nothing when cancelled or after a failure. */
void ingest_run_remove_gone(ingest_run *r, char *const *sources, size_t n);
/* Commits what is pending (unless the index failed). */
void ingest_run_finish(ingest_run *r);
/* Compacts the index when due, or merges a bulk run's segments (even when
 * cancelled: stopping that leaves the segments for the next writer). */
void ingest_run_compact(ingest_run *r);
/* A one-shot run, the steps above in their order: list's files, the pages,
 * the files gone from list's folders (unless keep_missing), finish,
 * compact. */
void ingest_run_all(ingest_run *r, const struct ingest_list *list,
		    const struct ingest_urls *urls, struct fetch_options *fo, int keep_missing);

const struct idx_writer_summary *ingest_run_summary(const ingest_run *r);
const struct ingest_run_counts *ingest_run_counts(const ingest_run *r);
/* NULL is a no-op. */
void ingest_run_close(ingest_run *r);

#endif
