/* shards.h — private to index/: opening the shards a stub names, and
 * reading a metadata key from each of them. */
#ifndef TRACUU_SHARDS_H
#define TRACUU_SHARDS_H

#include "index/xapian_shim.h"

int idx_open_stub(const char *stub, int partial, xs_db **out, char **err);
/* fn for every shard's value of key ("" when unset or the shard is down),
 * in the stub's order, until it returns non-zero (returned). */
int shards_metadata_each(xs_db *xs, const char *key,
			 int (*fn)(size_t shard, const char *v, size_t len, void *arg), void *arg,
			 char **err);

#endif
