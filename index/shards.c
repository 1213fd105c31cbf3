/* shards.c — an index of several shards named in a Xapian stub file: the
 * stub read, remote shard names, and the metadata every shard holds. */
#include "index/index.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "index/schema.h"
#include "index/shards.h"
#include "index/xapian_shim.h"
#include "util/util.h"

int idx_is_stub(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int idx_remote_name(const char *path, char **host, unsigned *port)
{
	if (strncmp(path, IDX_REMOTE_SCHEME, strlen(IDX_REMOTE_SCHEME)) != 0)
		return 0;
	const char *hp = path + strlen(IDX_REMOTE_SCHEME);
	const char *colon = strrchr(hp, ':');
	char *end;
	if (!colon || colon == hp)
		return -1;
	errno = 0;
	unsigned long p = strtoul(colon + 1, &end, 10);
	if (errno || *end || end == colon + 1 || p == 0 || p > 65535)
		return -1;
	if (host)
		*host = xstrndup(hp, (size_t)(colon - hp));
	if (port)
		*port = (unsigned)p;
	return 1;
}

static char *word(char **s)
{
	char *p = *s;
	while (*p == ' ' || *p == '\t')
		p++;
	if (!*p)
		return NULL;
	char *start = p;
	while (*p && *p != ' ' && *p != '\t')
		p++;
	if (*p)
		*p++ = '\0';
	*s = p;
	return start;
}

static int add_remote(struct idx_shard *s, const char *host, const char *port, char **err,
		      const char *stub, unsigned line)
{
	char *e;
	errno = 0;
	unsigned long p = strtoul(port, &e, 10);
	if (errno || *e || e == port || p == 0 || p > 65535) {
		*err = xasprintf("%s:%u: '%s' is not a port", stub, line, port);
		return -1;
	}
	s->host = xstrdup(*host ? host : "127.0.0.1");
	s->port = (unsigned)p;
	s->name = xasprintf("%s%s:%lu", IDX_REMOTE_SCHEME, s->host, p);
	return 0;
}

int idx_stub_read(const char *stub, struct idx_shard **out, size_t *n, char **err)
{
	*out = NULL;
	*n = 0;
	size_t len;
	char *text = NULL;
	if (read_file(stub, 1 << 20, &text, &len) < 0) {
		*err = xasprintf("cannot read %s: %s", stub, strerror(errno));
		return -1;
	}
	char *dir = xstrdup(stub);
	char *slash = strrchr(dir, '/');
	if (slash)
		slash[1] = '\0';
	else
		dir[0] = '\0';
	int rc = 0;
	unsigned lineno = 0;
	for (char *line = text; line && rc == 0;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		lineno++;
		char *rest = line;
		char *kind = word(&rest);
		if (kind && *kind != '#') {
			char *a = word(&rest), *b = word(&rest);
			struct idx_shard s = { 0 };
			if (!a) {
				*err = xasprintf("%s:%u: '%s' names no shard", stub, lineno, kind);
				rc = -1;
			} else if (strcmp(kind, "auto") == 0 || strcmp(kind, "glass") == 0) {
				/* Relative to the stub's folder, as Xapian reads it. */
				char *p = *a == '/' ? xstrdup(a) : xasprintf("%s%s", dir, a);
				s.path = p;
				s.name = xstrdup(p);
			} else if (strcmp(kind, "remote") == 0 && strchr(a, ':') && !b) {
				char *colon = strrchr(a, ':');
				*colon = '\0';
				rc = add_remote(&s, a, colon + 1, err, stub, lineno);
			} else if (strcmp(kind, "tcp") == 0 && b) {
				rc = add_remote(&s, a, b, err, stub, lineno);
			} else if (strcmp(kind, "remote") == 0) {
				*err = xasprintf("%s:%u: a remote shard is 'remote HOST:PORT' "
						 "(xapian-tcpsrv); a program is not supported",
						 stub, lineno);
				rc = -1;
			} else {
				*err = xasprintf("%s:%u: unknown shard type '%s' (auto PATH, "
						 "remote HOST:PORT, tcp HOST PORT)", stub, lineno, kind);
				rc = -1;
			}
			for (size_t i = 0; rc == 0 && i < *n; i++)
				if (strcmp((*out)[i].name, s.name) == 0) {
					*err = xasprintf("%s:%u: shard %s is listed twice", stub,
							 lineno, s.name);
					rc = -1;
				}
			if (rc == 0) {
				*out = xrealloc(*out, (*n + 1) * sizeof **out);
				(*out)[(*n)++] = s;
			} else {
				free(s.name);
				free(s.path);
				free(s.host);
			}
		}
		line = nl ? nl + 1 : NULL;
	}
	if (rc == 0 && *n == 0) {
		*err = xasprintf("%s names no shards (lines 'auto PATH', 'remote HOST:PORT')", stub);
		rc = -1;
	}
	free(text);
	free(dir);
	if (rc < 0) {
		idx_shards_release(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

void idx_shards_release(struct idx_shard *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(s[i].name);
		free(s[i].path);
		free(s[i].host);
	}
	free(s);
}

int idx_open_stub(const char *stub, int partial, xs_db **out, char **err)
{
	struct idx_shard *s;
	size_t n;
	if (idx_stub_read(stub, &s, &n, err) < 0)
		return -1;
	struct xs_shard *x = xcalloc(n, sizeof *x);
	for (size_t i = 0; i < n; i++)
		x[i] = (struct xs_shard){ s[i].name, s[i].path, s[i].host, s[i].port };
	int rc = xs_open_shards(x, n, partial, out, err);
	free(x);
	idx_shards_release(s, n);
	return rc;
}

int shards_metadata_each(xs_db *xs, const char *key,
			 int (*fn)(size_t shard, const char *v, size_t len, void *arg), void *arg,
			 char **err)
{
	size_t n = xs_shard_count(xs);
	for (size_t i = 0; i < n; i++) {
		char *v;
		size_t len;
		if (xs_shard_get_metadata(xs, i, key, &v, &len, err) < 0)
			return -1;
		int stop = fn(i, v, len, arg);
		free(v);
		if (stop)
			return stop;
	}
	return 0;
}

/* ---- duplicates across shards ------------------------------------------ */

struct dup_terms {
	char **v;
	size_t n;
};

static int dup_term(const char *term, size_t len, unsigned freq, void *arg)
{
	struct dup_terms *d = arg;
	if (freq > 1) {
		d->v = xrealloc(d->v, (d->n + 1) * sizeof *d->v);
		d->v[d->n++] = xstrndup(term, len);
	}
	return 0;
}

struct dup_docs {
	unsigned *v;
	size_t n;
};

static int dup_doc(unsigned docid, void *arg)
{
	struct dup_docs *d = arg;
	d->v = xrealloc(d->v, (d->n + 1) * sizeof *d->v);
	d->v[d->n++] = docid;
	return 0;
}

/* A document to remove: shard and its docid there. */
struct dup_gone {
	size_t shard;
	unsigned docid;
};

static int remove_from_shards(const struct idx_shard *s, size_t ns, const struct dup_gone *g,
			      size_t ng, char **err)
{
	for (size_t i = 0; i < ns; i++) {
		idx_db *w = NULL;
		int any = 0, rc = 0;
		for (size_t k = 0; k < ng && !any; k++)
			any = g[k].shard == i;
		if (!any)
			continue;
		char *e = NULL;
		if (idx_open(s[i].path ? s[i].path : s[i].name, IDX_WRITE, &w, &e) < 0)
			rc = -1;
		for (size_t k = 0; rc == 0 && k < ng; k++)
			if (g[k].shard == i)
				rc = idx_remove(w, g[k].docid, &e) < 0 ? -1 : 0;
		if (rc == 0)
			rc = idx_commit(w, &e) < 0 || idx_settle(w, NULL, &e) < 0 ? -1 : 0;
		idx_close(w);
		if (rc < 0) {
			*err = xasprintf("shard %s: %s", s[i].name, e ? e : "failed");
			free(e);
			return -1;
		}
	}
	return 0;
}

int idx_shards_dedupe(const char *stub, long (*rank)(const char *source, void *arg),
		      void (*removed)(const char *source, const char *kept, void *arg), void *arg,
		      size_t *n, char **err)
{
	*n = 0;
	struct idx_shard *s;
	size_t ns;
	if (idx_stub_read(stub, &s, &ns, err) < 0)
		return -1;
	idx_db *db = NULL;
	struct dup_terms terms = { 0 };
	struct dup_gone *gone = NULL;
	size_t ngone = 0;
	int rc = ns < 2 ? 0 : idx_open(stub, IDX_READ, &db, err);
	if (rc == 0 && db)
		rc = xs_terms_with_prefix_freq(idx_xs(db), PREFIX_HASH, strlen(PREFIX_HASH), dup_term,
					       &terms, err);
	for (size_t t = 0; rc == 0 && t < terms.n; t++) {
		struct dup_docs d = { 0 };
		rc = xs_postlist_each(idx_xs(db), terms.v[t], strlen(terms.v[t]), dup_doc, &d, err);
		char **src = d.n ? xcalloc(d.n, sizeof *src) : NULL;
		size_t keep = 0;
		long best = 0;
		for (size_t k = 0; rc == 0 && k < d.n; k++) {
			struct idx_record r;
			if (idx_get_lazy(db, d.v[k], &r, err) != 0) {
				rc = -1;
				break;
			}
			src[k] = xstrdup(r.source ? r.source : "");
			idx_record_release(&r);
			long rk = rank(src[k], arg);
			if (k == 0 || rk < best) /* docids ascend: ties keep the first */
				best = rk, keep = k;
		}
		/* Documents of one shard share a text only when that shard let
		 * them (an index written before the check): not ours to fix. */
		size_t keep_shard = d.n ? (d.v[keep] - 1) % ns : 0;
		for (size_t k = 0; rc == 0 && k < d.n; k++) {
			size_t sh = (d.v[k] - 1) % ns;
			if (k == keep || sh == keep_shard)
				continue;
			gone = xrealloc(gone, (ngone + 1) * sizeof *gone);
			gone[ngone++] = (struct dup_gone){ sh, (d.v[k] - 1) / (unsigned)ns + 1 };
			if (removed)
				removed(src[k], src[keep], arg);
		}
		for (size_t k = 0; k < d.n; k++)
			free(src[k]);
		free(src);
		free(d.v);
	}
	idx_close(db);
	if (rc == 0 && ngone)
		rc = remove_from_shards(s, ns, gone, ngone, err);
	if (rc == 0)
		*n = ngone;
	for (size_t t = 0; t < terms.n; t++)
		free(terms.v[t]);
	free(terms.v);
	free(gone);
	idx_shards_release(s, ns);
	return rc;
}
