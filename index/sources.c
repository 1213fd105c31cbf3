/* sources.c — the sources in the index: web pages and their HTTP validators, for
 * re-crawling; the files under a folder, for removing those gone from it. */
#include "index/index.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "index/record.h"
#include "index/schema.h"
#include "index/xapian_shim.h"
#include "util/util.h"

/* The identity terms are "Q" + source, so "Qhttp" lists web pages without a
 * term of their own; a source too long for a term is "Q#" + its digest and
 * is looked at through its record. */

struct lister {
	idx_db *db;
	xs_db *xs;
	struct idx_sources *out;
	size_t cap;
	char *err;
	int (*wanted)(const char *source, const char *dir);
	const char *dir;
};

static int is_web(const char *s)
{
	return strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0;
}

static int web_wanted(const char *source, const char *dir)
{
	(void)dir;
	return is_web(source);
}

/* Is source under the folder dir? "" is an ingest root: every relative
 * path. */
static int under(const char *source, const char *dir)
{
	size_t n = strlen(dir);
	if (n == 0)
		return source[0] != '/' && !strstr(source, "://");
	if (dir[n - 1] == '/')
		return strncmp(source, dir, n) == 0 && source[n];
	return strncmp(source, dir, n) == 0 && source[n] == '/' && source[n + 1];
}

static int on_term(const char *term, size_t len, void *arg)
{
	struct lister *L = arg;
	unsigned docid;
	int rc = xs_first_doc(L->xs, term, len, &docid, &L->err);
	if (rc < 0)
		return 1;
	if (rc > 0)
		return 0;
	struct idx_record r = { 0 };
	rc = idx_get_lazy(L->db, docid, &r, &L->err); /* the text is not needed */
	if (rc < 0)
		return 1;
	if (rc == 0 && L->wanted(r.source, L->dir)) {
		if (L->out->n == L->cap) {
			L->cap = L->cap ? 2 * L->cap : 64;
			L->out->v = xrealloc(L->out->v, L->cap * sizeof *L->out->v);
		}
		struct idx_source *s = &L->out->v[L->out->n++];
		s->docid = docid;
		s->source = r.source;
		s->etag = r.etag;
		s->last_modified = r.last_modified;
		s->hash = r.hash;
		r.source = r.etag = r.last_modified = r.hash = NULL;
	}
	idx_record_release(&r);
	return 0;
}

static int by_source(const void *a, const void *b)
{
	return strcmp(((const struct idx_source *)a)->source, ((const struct idx_source *)b)->source);
}

/* The documents whose identity term starts with one of prefixes and whose
 * source L->wanted, sorted by source. */
static int list_sources(struct lister *L, const char *const *prefixes, size_t n, char **err)
{
	struct idx_sources *out = L->out;
	memset(out, 0, sizeof *out);
	L->xs = idx_xs(L->db);
	for (size_t i = 0; i < n; i++) {
		if (xs_terms_with_prefix(L->xs, prefixes[i], strlen(prefixes[i]), on_term, L, err) < 0 ||
		    L->err) {
			if (L->err)
				*err = L->err;
			idx_sources_release(out);
			return -1;
		}
	}
	if (out->n)
		qsort(out->v, out->n, sizeof *out->v, by_source);
	return 0;
}

int idx_list_web_sources(idx_db *db, struct idx_sources *out, char **err)
{
	struct lister L = { .db = db, .out = out, .wanted = web_wanted };
	static const char *const prefixes[] = { PREFIX_ID "http", PREFIX_ID "#" };
	return list_sources(&L, prefixes, 2, err);
}

int idx_list_sources_under(idx_db *db, const char *dir, struct idx_sources *out, char **err)
{
	struct lister L = { .db = db, .out = out, .wanted = under, .dir = dir };
	/* Sources too long for a term are named by a digest (Q#…): looked at
	 * through their records. An ingest root's files have no common
	 * prefix. */
	size_t n = strlen(dir);
	char *folder = n == 0 ? xstrdup(PREFIX_ID)
		       : xasprintf(PREFIX_ID "%s%s", dir, dir[n - 1] == '/' ? "" : "/");
	const char *prefixes[] = { folder, PREFIX_ID "#" };
	int rc = list_sources(&L, prefixes, n == 0 ? 1 : 2, err);
	free(folder);
	return rc;
}

void idx_sources_release(struct idx_sources *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].source);
		free(l->v[i].etag);
		free(l->v[i].last_modified);
		free(l->v[i].hash);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

int idx_set_validators(idx_db *db, unsigned docid, const char *etag, const char *last_modified,
		       char **err)
{
	struct idx_record r = { 0 };
	int rc = idx_get(db, docid, &r, err);
	if (rc != 0) {
		if (rc > 0)
			*err = xasprintf("no document %u", docid);
		return -1;
	}
	free(r.etag);
	free(r.last_modified);
	r.etag = etag ? xstrdup(etag) : NULL;
	r.last_modified = last_modified ? xstrdup(last_modified) : NULL;
	struct buf data = BUF_INIT;
	record_encode(&r, &data);
	rc = xs_set_data(idx_xs(db), docid, data.p, data.len, err);
	buf_release(&data);
	idx_record_release(&r);
	if (rc > 0)
		*err = xasprintf("no document %u", docid);
	return rc == 0 ? 0 : -1;
}
