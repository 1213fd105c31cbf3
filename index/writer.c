/* writer.c — a run of additions and removals to the index: committed
 * batches, the choice of a bulk run, the files gone from a folder, the
 * compaction at the end, and what the run did. */
#include "index/index.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "util/util.h"

/* A batch is committed after this many documents or this much text, so an
 * interruption loses at most one batch and memory stays bounded. */
#define BATCH_BYTES ((size_t)64 << 20)

/* A run adding at least this many documents to an index that it makes due
 * for compaction is written as a bulk run (index/bulk.c): the compaction at
 * its end merges it in. A smaller run gains too little for what it costs:
 * posting lists split at segments and the registry written into the
 * compacted copy make its index a little larger, and what it saves in time
 * grows with the index (bench/RESULTS.md). TRACUU_BULK_MIN sets it (tests). */
#define BULK_MIN (2 * IDX_SEGMENT_DOCS)
/* Threads writing segments, at most: each segment splits the posting list
 * of every term it shares with another into one more chunk. */
#define BULK_THREADS_MAX 4

struct idx_writer {
	idx_db *db;
	char *path;
	struct idx_writer_options o;
	struct idx_writer_summary s;
	size_t batch_docs, batch_bytes;
	/* A bulk run's idx_writer_remove_missing, kept for after its merge. */
	char **after_dirs;
	size_t nafter_dirs;
	void (*after_walked)(struct idx_walked *out, void *arg);
	void *after_arg;
};

static void event(idx_writer *w, enum idx_writer_event_kind kind, const char *why)
{
	struct idx_writer_event ev = { kind, why, NULL };
	if (w->o.on_event)
		w->o.on_event(&ev, w->o.arg);
}

/* A writer whose index failed accepts only idx_writer_close. */
static int refused(char **err)
{
	*err = xstrdup("an earlier write to the index failed");
	return -1;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Is the stored source a file that no longer exists? (URLs: never; a
 * relative path: under root, else not known.) */
static int source_gone(const char *source, void *arg)
{
	const idx_writer *w = arg;
	if (!w->o.files || strstr(source, "://"))
		return 0;
	char *p = source[0] == '/' ? xstrdup(source)
		  : w->o.root ? xasprintf("%s/%s", w->o.root, source) : NULL;
	if (!p)
		return 0;
	struct stat st;
	int gone = lstat(p, &st) < 0 && (errno == ENOENT || errno == ENOTDIR);
	free(p);
	return gone;
}

int idx_writer_open(const char *path, const struct idx_writer_options *o, idx_writer **out,
		    char **err)
{
	idx_writer *w = xcalloc(1, sizeof *w);
	if (o)
		w->o = *o;
	else
		w->o.wait = -1;
	if (!w->o.batch_docs)
		w->o.batch_docs = IDX_BATCH_DOCS;
	int rc = idx_open(path, IDX_WRITE, &w->db, err);
	if (rc == IDX_LOCKED && w->o.wait >= 0) {
		/* Try again every 0.2 s until the other writer is done. */
		event(w, IDX_WRITER_WAITING, *err);
		double until = now() + w->o.wait;
		while (rc == IDX_LOCKED && now() < until && !(w->o.cancel && *w->o.cancel)) {
			free(*err);
			*err = NULL;
			nanosleep(&(struct timespec){ 0, 200000000 }, NULL);
			rc = idx_open(path, IDX_WRITE, &w->db, err);
		}
		if (rc == IDX_LOCKED) {
			char *e = xasprintf("%s (gave up after waiting %.0f s)", *err, w->o.wait);
			free(*err);
			*err = e;
		}
	}
	if (rc < 0) {
		free(w);
		*out = NULL;
		return rc;
	}
	w->path = xstrdup(path);
	if (w->o.files)
		idx_set_source_gone(w->db, source_gone, w);
	w->s.recovered = idx_recovered(w->db, &w->s.recovery_failed);
	*out = w;
	return 0;
}

int idx_writer_plan(idx_writer *w, size_t expected)
{
	const char *env = getenv("TRACUU_BULK_MIN");
	size_t min = env && *env ? strtoul(env, NULL, 10) : BULK_MIN;
	int worth = w->o.compact > 0;
	char *err = NULL;
	if (w->s.bulk || w->o.compact < 0 || w->o.update || expected < min || expected == 0)
		return w->s.bulk;
	if (!worth && idx_bulk_worth(w->db, expected, &worth, &err) < 0) {
		free(err); /* an index that cannot say: written as usual */
		return 0;
	}
	size_t jobs = w->o.jobs ? w->o.jobs : 1;
	unsigned threads = jobs < BULK_THREADS_MAX ? (unsigned)jobs : BULK_THREADS_MAX;
	if (!worth || idx_bulk_begin(w->db, threads, expected, &err) < 0) {
		free(err);
		return 0;
	}
	w->s.bulk = 1;
	w->s.bulk_threads = threads;
	return 1;
}

/* What the run did so far is in the index. */
static void keep(idx_writer *w)
{
	w->s.kept_added = w->s.added;
	w->s.kept_replaced = w->s.replaced;
	w->s.kept_moved = w->s.moved;
	w->s.kept_removed = w->s.removed;
}

int idx_writer_commit(idx_writer *w, char **err)
{
	if (w->s.failed)
		return refused(err);
	w->batch_docs = w->batch_bytes = 0;
	if (w->s.bulk) /* nothing reaches the index before the merge */
		return 0;
	if (idx_commit(w->db, err) < 0) {
		w->s.failed = 1;
		return -1;
	}
	keep(w);
	return 0;
}

int idx_writer_add(idx_writer *w, const struct idx_record *r, idx_prepared *d,
		   enum idx_add_result *res, char **dup_of, char **err)
{
	if (w->s.failed)
		return refused(err);
	if (idx_add_prepared(w->db, r, d, res, dup_of, err) < 0) {
		w->s.failed = 1;
		return -1;
	}
	switch (*res) {
	case IDX_ADDED: w->s.added++; break;
	case IDX_REPLACED: w->s.replaced++; break;
	case IDX_UNCHANGED: w->s.unchanged++; break;
	case IDX_DUPLICATE: w->s.duplicates++; break;
	case IDX_MOVED: w->s.moved++; break;
	}
	w->batch_docs++;
	w->batch_bytes += r->text_len;
	if ((w->batch_docs >= w->o.batch_docs || w->batch_bytes >= BATCH_BYTES) &&
	    idx_writer_commit(w, err) < 0)
		return IDX_WRITER_COMMIT_FAILED;
	return 0;
}

int idx_writer_remove(idx_writer *w, unsigned docid, char **err)
{
	if (w->s.failed)
		return refused(err);
	int rc = idx_remove(w->db, docid, err);
	if (rc < 0) {
		w->s.failed = 1;
		return -1;
	}
	if (rc > 0)
		return 1;
	w->s.removed++;
	if (++w->batch_docs >= w->o.batch_docs && idx_writer_commit(w, err) < 0)
		return -1;
	return 0;
}

/* ---- files gone ------------------------------------------------------------
 * Documents whose files were renamed met their content again under the new
 * name and moved (source_gone); those left are of files deleted, or no
 * longer of a type indexed. */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has(char *const *v, size_t n, const char *s)
{
	return n && bsearch(&s, v, n, sizeof *v, cmp_str);
}

/* Is source, or a folder it lies in, among held? */
static int under_held(const struct idx_walked *k, const char *source)
{
	if (!k->nheld)
		return 0;
	char *s = xstrdup(source);
	int in = 0;
	for (char *p = s + strlen(s); !in && p > s; p--) {
		if (*p != '/' && *p != '\0')
			continue;
		char c = *p;
		*p = '\0';
		in = has(k->held, k->nheld, s);
		*p = c;
	}
	free(s);
	return in;
}

static int cancelled(const idx_writer *w)
{
	return w->o.cancel && *w->o.cancel;
}

int idx_writer_remove_missing(idx_writer *w, char *const *dirs, size_t ndirs,
			      void (*walked)(struct idx_walked *out, void *arg), void *arg,
			      char **err)
{
	struct idx_walked k = { 0 };
	int listed = 0, rc = 0;
	char *e = NULL;
	if (w->s.failed)
		return refused(err);
	if (w->s.bulk) {
		for (size_t i = 0; i < ndirs; i++) {
			w->after_dirs = xrealloc(w->after_dirs, (i + 1) * sizeof *w->after_dirs);
			w->after_dirs[i] = xstrdup(dirs[i]);
		}
		w->nafter_dirs = ndirs;
		w->after_walked = walked;
		w->after_arg = arg;
		return 0;
	}
	for (size_t i = 0; i < ndirs && rc == 0 && !cancelled(w); i++) {
		struct idx_sources in;
		if (idx_writer_sources_under(w, dirs[i], &in, err) < 0)
			return -1;
		if (in.n && !listed) {
			walked(&k, arg);
			listed = 1;
		}
		for (size_t j = 0; j < in.n && rc == 0 && !cancelled(w); j++) {
			const char *src = in.v[j].source;
			int other = has(k.others, k.nothers, src);
			if (has(k.found, k.nfound, src) || under_held(&k, src) ||
			    (!other && !source_gone(src, w)))
				continue;
			int r = idx_writer_remove(w, in.v[j].docid, &e);
			if (r < 0) {
				*err = xasprintf("removing %s: %s", src, e);
				free(e);
				rc = -1;
			} else if (r == 0 && w->o.on_event) {
				const char *why = other ? "not a document type" : "no longer there";
				struct idx_writer_event ev = { IDX_WRITER_REMOVED, why, src };
				w->o.on_event(&ev, w->o.arg);
			}
		}
		idx_sources_release(&in);
	}
	return rc;
}

/* Removes docid stored as src when its file is gone; 0, or -1 and *err. */
static int remove_if_gone(idx_writer *w, unsigned docid, const char *src, char **err)
{
	char *e = NULL;
	if (!source_gone(src, w))
		return 0;
	int r = idx_writer_remove(w, docid, &e);
	if (r < 0) {
		*err = xasprintf("removing %s: %s", src, e);
		free(e);
		return -1;
	}
	if (r == 0 && w->o.on_event) {
		struct idx_writer_event ev = { IDX_WRITER_REMOVED, "no longer there", src };
		w->o.on_event(&ev, w->o.arg);
	}
	return 0;
}

int idx_writer_remove_gone(idx_writer *w, char *const *sources, size_t n, char **err)
{
	if (w->s.failed)
		return refused(err);
	for (size_t i = 0; i < n && !cancelled(w); i++) {
		unsigned docid;
		struct idx_sources in;
		int rc = idx_writer_find(w, sources[i], &docid, err);
		if (rc < 0 || (rc == 0 && remove_if_gone(w, docid, sources[i], err) < 0))
			return -1;
		if (idx_writer_sources_under(w, sources[i], &in, err) < 0)
			return -1;
		for (size_t j = 0; j < in.n && rc >= 0 && !cancelled(w); j++)
			rc = remove_if_gone(w, in.v[j].docid, in.v[j].source, err);
		idx_sources_release(&in);
		if (rc < 0)
			return -1;
	}
	return 0;
}

int idx_writer_find(idx_writer *w, const char *source, unsigned *docid, char **err)
{
	return idx_find_source(w->db, source, docid, err);
}

int idx_writer_sources_under(idx_writer *w, const char *dir, struct idx_sources *out,
			     char **err)
{
	return idx_list_sources_under(w->db, dir, out, err);
}

int idx_writer_get(idx_writer *w, unsigned docid, struct idx_record *out, char **err)
{
	return idx_get_lazy(w->db, docid, out, err);
}

static int same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

int idx_writer_refresh_validators(idx_writer *w, const char *source, const char *etag,
				  const char *last_modified, char **err)
{
	unsigned docid;
	char *e = NULL;
	struct idx_record rec = { 0 };
	if (idx_find_source(w->db, source, &docid, &e) != 0 || idx_get(w->db, docid, &rec, &e) != 0) {
		free(e);
		return 0;
	}
	int rc = 0;
	if ((etag || last_modified) &&
	    (!same(rec.etag, etag) || !same(rec.last_modified, last_modified)) &&
	    idx_set_validators(w->db, docid, etag, last_modified, err) < 0) {
		w->s.failed = 1;
		rc = -1;
	}
	idx_record_release(&rec);
	return rc;
}

int idx_writer_web_sources(idx_writer *w, struct idx_sources *out, char **err)
{
	return idx_list_web_sources(w->db, out, err);
}

/* The citation cards of the run's numbers, computed once after its last
 * commit. A failure leaves them marked (readers compute them, the next run
 * settles them): a warning only. */
int idx_writer_finish(idx_writer *w, char **err)
{
	if (w->s.failed)
		return refused(err);
	if (w->s.bulk) /* its documents go in with its merge */
		return 0;
	if (idx_writer_commit(w, err) < 0)
		return -1;
	char *why = NULL;
	if (idx_settle(w->db, NULL, &why) < 0) {
		event(w, IDX_WRITER_NOT_SETTLED, why);
		free(why);
	}
	return 0;
}

/* After a bulk run's merge, which left the writer done: the removals it
 * was asked for, by a second writer. */
static void remove_after_merge(idx_writer *w)
{
	idx_writer *w2;
	char *err = NULL;
	idx_close(w->db); /* its lock, for the second writer */
	w->db = NULL;
	if (idx_writer_open(w->path, &w->o, &w2, &err) < 0) {
		event(w, IDX_WRITER_REMOVE_FAILED, err);
		free(err);
		w->s.removal_failed = 1;
		return;
	}
	if (idx_writer_remove_missing(w2, w->after_dirs, w->nafter_dirs, w->after_walked,
				      w->after_arg, &err) < 0) {
		event(w, IDX_WRITER_REMOVE_FAILED, err);
		free(err);
	} else if (idx_writer_finish(w2, &err) < 0) {
		char *why = xasprintf("commit: %s", err);
		event(w, IDX_WRITER_REMOVE_FAILED, why);
		free(why);
		free(err);
	}
	w->s.removed_after = w2->s.kept_removed;
	if (w2->s.failed)
		w->s.removal_failed = 2; /* said above; the documents stay */
	idx_writer_close(w2);
}

/* The end of a bulk run: its segments merged into the index, compacted. */
static int merge(idx_writer *w, char **err)
{
	char *settle_err = NULL;
	int merged = 0;
	event(w, IDX_WRITER_MERGING, NULL);
	if (idx_bulk_finish(w->db, &merged, &w->s.before, &w->s.after, &settle_err, err) < 0) {
		w->s.failed = 1;
		return -1;
	}
	if (settle_err) {
		event(w, IDX_WRITER_NOT_SETTLED, settle_err);
		free(settle_err);
	}
	w->s.segments = merged;
	keep(w);
	w->s.compacted = merged > 0;
	event(w, IDX_WRITER_MERGED, NULL);
	if (w->after_walked)
		remove_after_merge(w);
	return 0;
}

int idx_writer_compact(idx_writer *w, char **err)
{
	if (w->s.failed)
		return refused(err);
	if (w->s.bulk)
		return merge(w, err);
	/* Counts what the run wrote toward the next compaction; a failure is a
	 * warning only, as the documents are in and the index is as it was. */
	char *why = NULL;
	int due;
	if (idx_compact_due(w->db, w->path, w->s.added + w->s.replaced + w->s.moved, &due,
			    &why) < 0) {
		event(w, IDX_WRITER_NOT_COMPACTED, why);
		free(why);
		return 0;
	}
	if (w->o.compact < 0 || (w->o.compact == 0 && !due))
		return 0;
	event(w, IDX_WRITER_COMPACTING, NULL);
	if (idx_compact(w->db, w->path, &w->s.before, &w->s.after, &why) < 0) {
		event(w, IDX_WRITER_COMPACT_FAILED, why);
		free(why);
		return 0;
	}
	w->s.compacted = 1;
	return 0;
}

const struct idx_writer_summary *idx_writer_get_summary(const idx_writer *w)
{
	return &w->s;
}

void idx_writer_close(idx_writer *w)
{
	if (!w)
		return;
	idx_close(w->db);
	for (size_t i = 0; i < w->nafter_dirs; i++)
		free(w->after_dirs[i]);
	free(w->after_dirs);
	free(w->path);
	free(w);
}
