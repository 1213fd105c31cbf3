/* registry.h — private to index/: keeping the citation registry current. */
#ifndef TRACUU_REGISTRY_H
#define TRACUU_REGISTRY_H

#include "index/xapian_shim.h"
#include "util/util.h"

/* The numbers whose registry entries a batch changed, and the
 * "key\tcanonical" additions to the short-reference and loose-spelling
 * sets its new mentions make. */
struct registry_pending {
	char **v;
	size_t n, cap;
	char **keys;
	size_t nkeys, capkeys;
	size_t fold_n, fold_keys; /* the sizes at which repeats go next */
};

/* Notes every number in stored mention lines (SLOT_MENTIONS format):
 * cited_now for a text being added, 0 for one being replaced. */
void registry_touch_lines(struct registry_pending *p, const char *lines, size_t len,
			  int cited_now);
/* Marks the noted numbers' entries as waiting (META_PENDING) and adds to the
 * short and loose sets, inside the batch, before its commit; forgets them. */
int registry_mark(xs_db *xs, struct registry_pending *p, char **err);
/* Recomputes every waiting entry from the documents that cite its number
 * now and clears its mark; *settled: how many. Needs a commit after. */
int registry_settle(xs_db *xs, size_t *settled, char **err);
void registry_pending_release(struct registry_pending *p);
/* Appends to out->v the metadata keys under prefix, the prefix dropped, in
 * key order (registry_pending_release frees them). */
int registry_meta_keys(xs_db *xs, const char *prefix, struct registry_pending *out, char **err);

/* The reading side of idx_cards_get, idx_card_candidates, idx_cite_places. */
void registry_cards_ahead(xs_db *xs, char *const *canonicals, size_t n);
int registry_cards_read(xs_db *xs, const char *canonical, struct idx_card **out, size_t *n,
			char **err);
int registry_candidates(xs_db *xs, const char *meta_prefix, const char *key, char ***out,
			size_t *n, char **err);
/* Adds to c the relations its own text states of others, and those other
 * texts state of it by its name (idx_card_outgoing). */
int registry_card_outgoing(xs_db *xs, struct idx_card *c, char **err);
size_t registry_places(xs_db *xs, unsigned docid, const char *canonical,
		       struct idx_cite_place *out, size_t max);

#endif
