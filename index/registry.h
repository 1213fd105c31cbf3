/* registry.h — private to index/: keeping the citation registry current. */
#ifndef TRACUU_REGISTRY_H
#define TRACUU_REGISTRY_H

#include "index/xapian_shim.h"
#include "util/util.h"

/* The numbers whose registry entries a batch changed. */
struct registry_pending {
	char **v;
	size_t n, cap;
};

/* Notes every number in stored mention lines (SLOT_MENTIONS format). */
void registry_touch_lines(struct registry_pending *p, const char *lines, size_t len);
/* Recomputes the entry of every noted number from the documents that cite
 * it now, and forgets them. Runs inside the batch, before its commit. */
int registry_flush(xs_db *xs, struct registry_pending *p, char **err);
void registry_pending_release(struct registry_pending *p);

/* The reading side of idx_cards_get, idx_card_candidates, idx_cite_places. */
int registry_cards_read(xs_db *xs, const char *canonical, struct idx_card **out, size_t *n,
			char **err);
int registry_candidates(xs_db *xs, const char *meta_prefix, const char *key, char ***out,
			size_t *n, char **err);
size_t registry_places(xs_db *xs, unsigned docid, const char *canonical,
		       struct idx_cite_place *out, size_t max);

#endif
