/* bulk.c — a large ingest run written as segments and merged by compaction.
 *
 * A run that adds many documents to a small index ends in a compaction
 * anyway (compact.c). Such a run does not write into the index: its
 * documents go to segments, fresh Xapian databases beside it ("seg-N"),
 * written on several threads at once and never synced (xs_open_scratch),
 * and the compaction at its end merges the index and
 * the segments into the next generation. Xapian's writer is most of the
 * cost of an ingest, and one database takes one thread; a segment also
 * stays small, so the cost of adding a document does not grow with the
 * index.
 *
 * Docids. Compaction keeps them (the citation registry names documents by
 * docid), so every segment holds one range of docids of its own, after
 * the index's last. The run's new documents are dealt to the W threads in
 * blocks (BLOCK_DOCS); a thread's j-th document goes into its segment
 * j / span, and thread w's k-th segment, g = k * W + w, holds base +
 * g * span + [0, span). The docids of the segments a thread has not
 * filled are left unused, at most W * span, and span is about the run's
 * documents per thread, at most SPAN_MAX.
 *
 * What the index does not see until the merge, this run's documents and
 * the documents they replace, the run keeps in memory (the tables below),
 * so that a file given twice, or the same text under two names, gets the
 * outcome it gets in a run written straight into the index.
 *
 * A document that replaces one is written with a note of the docid it
 * replaces (META_REPLACED), in the same commit: the merge deletes those.
 *
 * A run killed before its merge leaves the index as it was. Xapian commits
 * a segment every XAPIAN_FLUSH_THRESHOLD documents, and the next writer
 * merges what the segments committed (bulk_leftovers, index.c: recover),
 * marking the numbers their documents cite. */
#include "index/bulk.h"

#include <dirent.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "index/compact.h"
#include "index/index.h"
#include "index/schema.h"

#define SPAN_MAX IDX_SEGMENT_DOCS
/* Documents go to the threads in blocks of consecutive ones, which get
 * consecutive docids: files side by side in a list are often alike, and
 * Xapian's posting lists store the gaps between docids. Dealt one by one,
 * the index came out larger. */
#define BLOCK_DOCS 32
/* Waiting for a segment's thread, per thread: more than a block, so that
 * one thread has work while the next block is dealt to the other. */
#define QUEUE_DOCS 48

/* ---- this run's documents, by source and by content --------------------- */

struct run_doc {
	char *idt;     /* identity term (index.c, id_term) */
	char *source;
	char *hash;
	unsigned docid;
	int replaced; /* a later document of this run took its source */
};

/* Open addressing from a key to an index in bulk.docs + 1 (0: free). */
struct table {
	uint32_t *slot;
	size_t mask, n;
};

static const char *doc_idt(const struct run_doc *d) { return d->idt; }
static const char *doc_hash(const struct run_doc *d) { return d->hash; }

struct writer {
	struct bulk *b;
	pthread_t thread;
	int started;
	struct {
		unsigned docid, seg, replaces;
		xs_doc *doc;
	} queue[QUEUE_DOCS];
	size_t head, n;
	xs_db *xs;    /* the segment being written */
	unsigned seg; /* its number */
	char *err;    /* the first failure; documents after it are dropped */
	int failed;   /* err is set: read under bulk.mu */
};

struct bulk {
	char *path;
	unsigned base, span, nwriters;
	size_t added;
	struct writer *w;
	pthread_mutex_t mu;
	pthread_cond_t queued, taken;
	int stop;
	/* Segments with documents: their numbers, then their folders. */
	unsigned *segs;
	size_t nsegs, capsegs;
	char **seg_dirs;
	struct run_doc *docs;
	size_t ndocs, capdocs;
	struct table by_idt, by_hash;
	/* The docids this run replaced (open addressing, 0: free); the
	 * segments name them too, for the merge (META_REPLACED). */
	unsigned *del_set;
	size_t del_mask, ndels;
};

static size_t key_hash(const char *s)
{
	return (size_t)hash_fnv1a64(s, strlen(s), 0);
}

/* The slot of key in t: a taken one holding it, or the free one where it
 * would go. */
static uint32_t *table_slot(struct bulk *b, struct table *t, const char *key,
			    const char *(*key_of)(const struct run_doc *))
{
	size_t at = key_hash(key) & t->mask;
	while (t->slot[at] && strcmp(key_of(&b->docs[t->slot[at] - 1]), key) != 0)
		at = (at + 1) & t->mask;
	return &t->slot[at];
}

static void table_set(struct bulk *b, struct table *t, const char *key, uint32_t doc,
		      const char *(*key_of)(const struct run_doc *))
{
	if (2 * (t->n + 1) > t->mask + 1) {
		struct table old = *t;
		t->mask = old.slot ? 2 * old.mask + 1 : 1023;
		t->slot = xcalloc(t->mask + 1, sizeof *t->slot);
		t->n = 0;
		for (size_t i = 0; old.slot && i <= old.mask; i++)
			if (old.slot[i]) {
				*table_slot(b, t, key_of(&b->docs[old.slot[i] - 1]), key_of) =
					old.slot[i];
				t->n++;
			}
		free(old.slot);
	}
	uint32_t *s = table_slot(b, t, key, key_of);
	t->n += !*s;
	*s = doc;
}

static struct run_doc *table_get(struct bulk *b, struct table *t, const char *key,
				 const char *(*key_of)(const struct run_doc *))
{
	if (!t->slot)
		return NULL;
	uint32_t i = *table_slot(b, t, key, key_of);
	return i ? &b->docs[i - 1] : NULL;
}

/* ---- the segments' threads ------------------------------------------------ */

static char *seg_dir(const struct bulk *b, unsigned seg)
{
	return xasprintf("%s/%s%u", b->path, COMPACT_SEGMENT, seg);
}

/* Commits and closes w's segment. */
static void writer_close(struct writer *w)
{
	if (!w->xs)
		return;
	if (!w->err)
		xs_commit(w->xs, &w->err);
	xs_close(w->xs);
	w->xs = NULL;
}

/* Writes doc into segment seg, opening it on its first document; it
 * replaces the document replaces (0: none), which the merge deletes. */
static void writer_put(struct writer *w, unsigned seg, unsigned docid, unsigned replaces,
		       xs_doc *doc)
{
	if (w->err)
		return;
	if (!w->xs || w->seg != seg) {
		writer_close(w);
		if (w->err)
			return;
		char *dir = seg_dir(w->b, seg);
		char *e = NULL;
		if (xs_open_scratch(dir, &w->xs, &e) < 0) {
			w->err = xasprintf("segment %s: %s", dir, e);
			compact_remove_dir(dir); /* what Xapian made of it */
			free(e);
			free(dir);
			return;
		}
		free(dir);
		w->seg = seg;
		pthread_mutex_lock(&w->b->mu);
		if (w->b->nsegs == w->b->capsegs) {
			w->b->capsegs = w->b->capsegs ? 2 * w->b->capsegs : 16;
			w->b->segs = xrealloc(w->b->segs, w->b->capsegs * sizeof *w->b->segs);
		}
		w->b->segs[w->b->nsegs++] = seg;
		pthread_mutex_unlock(&w->b->mu);
	}
	if (replaces) {
		char key[24];
		snprintf(key, sizeof key, META_REPLACED "%u", replaces);
		if (xs_set_metadata(w->xs, key, "1", 1, &w->err) < 0)
			return;
	}
	xs_put(w->xs, docid, doc, &w->err);
}

static void *writer_main(void *arg)
{
	struct writer *w = arg;
	struct bulk *b = w->b;
	pthread_mutex_lock(&b->mu);
	for (;;) {
		if (!w->n) {
			if (b->stop)
				break;
			pthread_cond_wait(&b->queued, &b->mu);
			continue;
		}
		unsigned docid = w->queue[w->head].docid, seg = w->queue[w->head].seg;
		unsigned replaces = w->queue[w->head].replaces;
		xs_doc *doc = w->queue[w->head].doc;
		pthread_mutex_unlock(&b->mu);
		writer_put(w, seg, docid, replaces, doc);
		xs_doc_free(doc);
		pthread_mutex_lock(&b->mu);
		w->failed = w->err != NULL;
		w->head = (w->head + 1) % QUEUE_DOCS;
		w->n--;
		pthread_cond_broadcast(&b->taken);
	}
	pthread_mutex_unlock(&b->mu);
	writer_close(w);
	return NULL;
}

struct bulk *bulk_new(const char *path, unsigned base, unsigned writers, size_t expected)
{
	struct bulk *b = xcalloc(1, sizeof *b);
	b->path = xstrdup(path);
	b->base = base ? base : 1;
	b->nwriters = writers ? writers : 1;
	size_t blocks = (expected + BLOCK_DOCS - 1) / BLOCK_DOCS;
	size_t per = (blocks + b->nwriters - 1) / b->nwriters * BLOCK_DOCS;
	b->span = per < BLOCK_DOCS ? BLOCK_DOCS : per > SPAN_MAX ? SPAN_MAX : (unsigned)per;
	b->w = xcalloc(b->nwriters, sizeof *b->w);
	pthread_mutex_init(&b->mu, NULL);
	pthread_cond_init(&b->queued, NULL);
	pthread_cond_init(&b->taken, NULL);
	for (unsigned i = 0; i < b->nwriters; i++) {
		b->w[i].b = b;
		/* A thread that cannot start: its documents are written here. */
		b->w[i].started = pthread_create(&b->w[i].thread, NULL, writer_main, &b->w[i]) == 0;
	}
	return b;
}

int bulk_source(struct bulk *b, const struct buf *idt, const char *hash, unsigned *docid,
		int *same)
{
	struct run_doc *d = table_get(b, &b->by_idt, idt->p, doc_idt);
	if (!d)
		return 0;
	*docid = d->docid;
	*same = strcmp(d->hash, hash) == 0;
	return 1;
}

const char *bulk_content(struct bulk *b, const char *hash)
{
	struct run_doc *d = table_get(b, &b->by_hash, hash, doc_hash);
	return d && !d->replaced ? d->source : NULL;
}

/* The slot of docid in b->del_set (open addressing, 0: free). */
static unsigned *del_slot(struct bulk *b, unsigned docid)
{
	size_t at = (docid * 2654435761u) & b->del_mask;
	while (b->del_set[at] && b->del_set[at] != docid)
		at = (at + 1) & b->del_mask;
	return &b->del_set[at];
}

int bulk_replaced(struct bulk *b, unsigned docid)
{
	return b->del_set && *del_slot(b, docid) == docid;
}

static void add_deletion(struct bulk *b, unsigned docid)
{
	if (2 * (b->ndels + 1) > (b->del_set ? b->del_mask + 1 : 0)) {
		unsigned *old = b->del_set;
		size_t old_size = old ? b->del_mask + 1 : 0;
		b->del_mask = old ? 2 * old_size - 1 : 127;
		b->del_set = xcalloc(b->del_mask + 1, sizeof *b->del_set);
		for (size_t i = 0; i < old_size; i++)
			if (old[i])
				*del_slot(b, old[i]) = old[i];
		free(old);
	}
	unsigned *slot = del_slot(b, docid);
	b->ndels += *slot == 0;
	*slot = docid;
}

int bulk_put(struct bulk *b, const char *source, const struct buf *idt, const char *hash,
	     unsigned replaces, xs_doc *doc, unsigned *docid, char **err)
{
	size_t block = b->added / BLOCK_DOCS;
	unsigned w = (unsigned)(block % b->nwriters);
	size_t j = block / b->nwriters * BLOCK_DOCS + b->added % BLOCK_DOCS;
	unsigned long long seg = (unsigned long long)(j / b->span) * b->nwriters + w;
	unsigned long long id = b->base + seg * b->span + j % b->span;
	if (id > UINT32_MAX || seg > UINT32_MAX) {
		xs_doc_free(doc);
		*err = xstrdup("the index has no document ids left for this run");
		return -1;
	}
	struct writer *t = &b->w[w];
	int failed;
	if (t->started) {
		pthread_mutex_lock(&b->mu);
		while (t->n == QUEUE_DOCS && !t->failed)
			pthread_cond_wait(&b->taken, &b->mu);
		failed = t->failed;
		if (!failed) {
			size_t at = (t->head + t->n) % QUEUE_DOCS;
			t->queue[at].docid = (unsigned)id;
			t->queue[at].seg = (unsigned)seg;
			t->queue[at].replaces = replaces;
			t->queue[at].doc = doc;
			t->n++;
			pthread_cond_broadcast(&b->queued);
		}
		pthread_mutex_unlock(&b->mu);
	} else {
		writer_put(t, (unsigned)seg, (unsigned)id, replaces, doc);
		xs_doc_free(doc);
		failed = t->err != NULL;
	}
	if (failed) { /* seen at the next document for its thread */
		if (t->started)
			xs_doc_free(doc);
		*err = xstrdup(t->err);
		return -1;
	}
	b->added++;
	*docid = (unsigned)id;

	if (replaces) {
		add_deletion(b, replaces);
		struct run_doc *old = table_get(b, &b->by_idt, idt->p, doc_idt);
		if (old)
			old->replaced = 1;
	}
	if (b->ndocs == b->capdocs) {
		b->capdocs = b->capdocs ? 2 * b->capdocs : 256;
		b->docs = xrealloc(b->docs, b->capdocs * sizeof *b->docs);
	}
	b->docs[b->ndocs] = (struct run_doc){ xstrndup(idt->p, idt->len), xstrdup(source),
					      xstrdup(hash), (unsigned)id, 0 };
	b->ndocs++;
	table_set(b, &b->by_idt, idt->p, (uint32_t)b->ndocs, doc_idt);
	table_set(b, &b->by_hash, hash, (uint32_t)b->ndocs, doc_hash);
	return 0;
}

static void stop_threads(struct bulk *b)
{
	pthread_mutex_lock(&b->mu);
	b->stop = 1;
	pthread_cond_broadcast(&b->queued);
	pthread_mutex_unlock(&b->mu);
	for (unsigned i = 0; i < b->nwriters; i++) {
		if (b->w[i].started)
			pthread_join(b->w[i].thread, NULL);
		else
			writer_close(&b->w[i]);
		b->w[i].started = 0;
	}
}

static int cmp_unsigned(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
	return x < y ? -1 : x > y;
}

int bulk_close(struct bulk *b, const char *const **segs, char **err)
{
	stop_threads(b);
	for (unsigned i = 0; i < b->nwriters; i++)
		if (b->w[i].err) {
			*err = xstrdup(b->w[i].err);
			return -1;
		}
	if (b->nsegs)
		qsort(b->segs, b->nsegs, sizeof *b->segs, cmp_unsigned);
	if (!b->seg_dirs) {
		b->seg_dirs = xcalloc(b->nsegs + 1, sizeof *b->seg_dirs);
		for (size_t i = 0; i < b->nsegs; i++)
			b->seg_dirs[i] = seg_dir(b, b->segs[i]);
	}
	*segs = (const char *const *)b->seg_dirs;
	return (int)b->nsegs;
}

static int first_doc(unsigned docid, void *arg)
{
	*(unsigned *)arg = docid;
	return 1;
}

struct leftover {
	unsigned seg;
	char *dir;
};

static int cmp_leftover(const void *a, const void *b)
{
	unsigned x = ((const struct leftover *)a)->seg, y = ((const struct leftover *)b)->seg;
	return x < y ? -1 : x > y;
}

size_t bulk_leftovers(const char *path, unsigned after, char ***dirs)
{
	struct leftover *v = NULL;
	size_t n = 0;
	size_t plen = strlen(COMPACT_SEGMENT);
	*dirs = NULL;
	DIR *d = opendir(path);
	if (!d)
		return 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		char *end;
		if (strncmp(e->d_name, COMPACT_SEGMENT, plen) != 0)
			continue;
		unsigned long seg = strtoul(e->d_name + plen, &end, 10);
		char *dir = xasprintf("%s/%s", path, e->d_name);
		xs_db *xs = NULL;
		unsigned long long docs = 0, len;
		unsigned last, first = 0;
		char *err = NULL;
		/* Segments come in docid order; one that does not open whole,
		 * is empty or was merged before its run could remove it goes. */
		int ok = !*end && e->d_name[plen] && xs_open(dir, 0, &xs, &err) == 0 &&
			 xs_counts(xs, &docs, &len, &last, &err) == 0 && docs &&
			 xs_postlist_each(xs, "", 0, first_doc, &first, &err) == 0 && first > after;
		free(err);
		if (xs)
			xs_close(xs);
		if (!ok) {
			compact_remove_dir(dir);
			free(dir);
			continue;
		}
		v = xrealloc(v, (n + 1) * sizeof *v);
		v[n++] = (struct leftover){ (unsigned)seg, dir };
	}
	closedir(d);
	if (!n)
		return 0;
	qsort(v, n, sizeof *v, cmp_leftover);
	*dirs = xcalloc(n, sizeof **dirs);
	for (size_t i = 0; i < n; i++)
		(*dirs)[i] = v[i].dir;
	free(v);
	return n;
}

void bulk_free(struct bulk *b)
{
	if (!b)
		return;
	stop_threads(b);
	for (size_t i = 0; i < b->nsegs; i++) {
		char *dir = seg_dir(b, b->segs[i]);
		compact_remove_dir(dir);
		free(dir);
	}
	for (unsigned i = 0; i < b->nwriters; i++)
		free(b->w[i].err);
	for (size_t i = 0; b->seg_dirs && i < b->nsegs; i++)
		free(b->seg_dirs[i]);
	for (size_t i = 0; i < b->ndocs; i++) {
		free(b->docs[i].idt);
		free(b->docs[i].source);
		free(b->docs[i].hash);
	}
	free(b->seg_dirs);
	free(b->segs);
	free(b->docs);
	free(b->by_idt.slot);
	free(b->by_hash.slot);
	free(b->del_set);
	free(b->w);
	free(b->path);
	pthread_mutex_destroy(&b->mu);
	pthread_cond_destroy(&b->queued);
	pthread_cond_destroy(&b->taken);
	free(b);
}
