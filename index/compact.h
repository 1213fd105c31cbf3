/* compact.h — private to index/: the generations of a compacted index's folder. */
#ifndef TRACUU_COMPACT_H
#define TRACUU_COMPACT_H

#include <stddef.h>

#include "index/xapian_shim.h"

/* The stub file naming the generation in use ("auto gen-3"). */
#define COMPACT_STUB "XAPIANDB"

/* The folder of the generation in use, malloc'd; NULL when the index is a
 * plain Xapian folder (or not made yet). */
char *compact_live_dir(const char *path);
/* The folder's XAPIANDB stub is not one a compaction wrote: a replica
 * xapian-replicate keeps ("auto replica_1"), or a stub written by hand. */
int compact_foreign_stub(const char *path);

/* The size of the index's files: the folder's own and those of the
 * generation in use (not those of one that is being written or retired). */
unsigned long long compact_disk_bytes(const char *path);

/* Removes what is no longer in use: retired generations, the copy of a
 * compaction that was killed, the plain files of a migrated index. For a
 * writer, under its lock: idx_open, and idx_close after a compaction. */
void compact_sweep(const char *path);

/* A folder holding one segment of a bulk run, "seg-N" (index/bulk.c):
 * not part of the index until merged; one a killed run left is merged or
 * removed by the next writer (bulk_leftovers), not by compact_sweep. */
#define COMPACT_SEGMENT "seg-"

/* Removes a folder of Xapian tables (no subfolders). */
void compact_remove_dir(const char *dir);

/* What a merge does to the new generation before it becomes the index;
 * gen is open for writing, and committed after fn returns 0. */
typedef int (*compact_finish_fn)(xs_db *gen, void *arg, char **err);

/* idx_compact with the segments segs[0..nsegs) merged in (their docids
 * after the index's, in order, not overlapping), and fn's changes made
 * to the copy: the index switches to the copy, whole, or stays as it was. */
int compact_merge(const char *path, const char *const *segs, size_t nsegs, compact_finish_fn fn,
		  void *arg, unsigned long long *before, unsigned long long *after, char **err);

#endif
