/* compact.h — private to index/: the generations of a compacted index's folder. */
#ifndef TRACUU_COMPACT_H
#define TRACUU_COMPACT_H

/* The stub file naming the generation in use ("auto gen-3"). */
#define COMPACT_STUB "XAPIANDB"

/* The folder of the generation in use, malloc'd; NULL when the index is a
 * plain Xapian folder (or not made yet). */
char *compact_live_dir(const char *path);

/* The size of the index's files: the folder's own and those of the
 * generation in use (not those of one that is being written or retired). */
unsigned long long compact_disk_bytes(const char *path);

/* Removes what is no longer in use: retired generations, the copy of a
 * compaction that was killed, the plain files of a migrated index. For a
 * writer, under its lock: idx_open, and idx_close after a compaction. */
void compact_sweep(const char *path);

#endif
