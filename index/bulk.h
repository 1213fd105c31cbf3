/* bulk.h — private to index/: a large ingest run written as segments on
 * several threads and merged into the index by a compaction (bulk.c). */
#ifndef TRACUU_BULK_H
#define TRACUU_BULK_H

#include <stddef.h>

#include "index/xapian_shim.h"
#include "util/util.h"

struct bulk;

/* A run writing into segments of the index at path, whose documents get
 * docids from base on; expected: about how many documents it may add. */
struct bulk *bulk_new(const char *path, unsigned base, unsigned writers, size_t expected);

/* This run's document under the source named by idt: 1 (*docid, *same:
 * the hash is the same), 0 none. */
int bulk_source(struct bulk *b, const struct buf *idt, const char *hash, unsigned *docid,
		int *same);
/* The source of this run's document with that content hash, or NULL. */
const char *bulk_content(struct bulk *b, const char *hash);
/* Was docid (of the index, or of this run) replaced during this run? */
int bulk_replaced(struct bulk *b, unsigned docid);

/* Takes doc (freed by the segment's thread) for the source named by idt
 * with that content hash; it replaces docid replaces (0: none). *docid: the
 * new document's. -1 when a segment could not be written (*err). */
int bulk_put(struct bulk *b, const char *source, const struct buf *idt, const char *hash,
	     unsigned replaces, xs_doc *doc, unsigned *docid, char **err);

/* Waits for the segments' threads and closes the segments. Returns the
 * number of segments with documents (*segs: their folders, in docid order,
 * owned by b), or -1 when one could not be written (*err). */
int bulk_close(struct bulk *b, const char *const **segs, char **err);
/* The segments a killed bulk run left in the index folder at path, whose
 * docids all follow after (the index's last): their folders, in docid
 * order (*dirs, malloc'd). Those that cannot be opened, are empty or were
 * merged already are removed. */
size_t bulk_leftovers(const char *path, unsigned after, char ***dirs);

/* Stops the threads if running and removes the segments. */
void bulk_free(struct bulk *b);

#endif
