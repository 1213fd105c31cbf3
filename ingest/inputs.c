/* inputs.c — what a run is given (paths, URLs, @list files) sorted into the
 * files to load and the pages to fetch. */
#include "ingest/ingest_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An @list file larger than this is a mistake (a page, a binary). */
#define LIST_MAX_BYTES ((size_t)64 << 20)

void ingest_urls_add(struct ingest_urls *l, char *url)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i].url, url) == 0) {
			free(url);
			return;
		}
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	l->v[l->n++] = (struct ingest_url){ .url = url };
}

void ingest_urls_set_validators(struct ingest_urls *l, const char *url, const char *etag,
				const char *last_modified)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ingest_url *u = &l->v[i];
		if (strcmp(u->url, url) != 0)
			continue;
		if (!u->etag && !u->last_modified) {
			u->etag = etag ? xstrdup(etag) : NULL;
			u->last_modified = last_modified ? xstrdup(last_modified) : NULL;
		}
		return;
	}
}

void ingest_urls_release(struct ingest_urls *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].url);
		free(l->v[i].etag);
		free(l->v[i].last_modified);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

int ingest_urls_fetch(const struct ingest_urls *l, const struct fetch_options *o, fetch_cb cb,
		      void *arg, char **err)
{
	struct fetch_request *reqs = xcalloc(l->n, sizeof *reqs);
	for (size_t i = 0; i < l->n; i++) {
		const struct ingest_url *u = &l->v[i];
		reqs[i] = (struct fetch_request){ u->url, u->etag, u->last_modified };
	}
	int rc = fetch_run(reqs, l->n, o, cb, arg, err);
	free(reqs);
	return rc;
}

struct reporter {
	void (*on_error)(const char *what, const char *why, void *arg);
	void *arg;
	size_t failed;
};

static void fail(struct reporter *rep, const char *what, const char *why)
{
	rep->failed++;
	if (rep->on_error)
		rep->on_error(what, why, rep->arg);
}

/* One argument or @list line: a URL goes to urls, anything else to files. */
static void add_one(const char *arg, struct ingest_list *files, struct ingest_urls *urls,
		    struct reporter *rep)
{
	char *err = NULL;
	int rc = 0;
	if (fetch_is_url(arg)) {
		char *url = fetch_url_normalise(arg, &err);
		if (url)
			ingest_urls_add(urls, url);
		else
			rc = -1;
	} else {
		rc = ingest_list_add(files, arg, &err);
	}
	if (rc < 0)
		fail(rep, arg, err ? err : "cannot be read");
	free(err);
}

/* @LIST: one path or URL per line; blank lines and # comments skipped. */
static void add_list(const char *name, struct ingest_list *files, struct ingest_urls *urls,
		     struct reporter *rep)
{
	char *data = NULL;
	size_t len = 0;
	int rc;
	if (strcmp(name, "-") == 0) {
		struct buf b = BUF_INIT;
		char chunk[8192];
		size_t n;
		while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0 && b.len < LIST_MAX_BYTES)
			buf_add(&b, chunk, n);
		rc = ferror(stdin) ? -1 : 0;
		if (!b.p)
			buf_adds(&b, "");
		data = buf_detach(&b, &len);
	} else {
		rc = read_file(name, LIST_MAX_BYTES, &data, &len);
	}
	if (rc < 0) {
		const char *why = strerror(errno);
		char *what = xasprintf("@%s", name);
		fail(rep, what, why);
		free(what);
		free(data);
		return;
	}
	/* A list saved as UTF-16 (Windows' "Unicode") or with a byte-order
	 * mark is decoded; names in other bytes are kept as they are. */
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		memmove(data, data + 3, len - 3 + 1);
		len -= 3;
	}
	int bom16 = len >= 2 && ((unsigned char)data[0] == 0xFF || (unsigned char)data[0] == 0xFE);
	if (bom16 || memchr(data, '\0', len)) {
		struct buf text = BUF_INIT;
		enum ingest_charset used;
		char *err = NULL;
		if (ingest_decode(data, len, 0, NULL, CS_UNKNOWN, &text, &used, NULL, &err) < 0) {
			char *what = xasprintf("@%s", name);
			char *why = xasprintf("not a list of paths and URLs (%s)", err);
			fail(rep, what, why);
			free(what);
			free(why);
			free(err);
			buf_release(&text);
			free(data);
			return;
		}
		free(data);
		if (!text.p)
			buf_adds(&text, "");
		data = buf_detach(&text, &len);
	}
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(data + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - data) : len;
		size_t a = i, b = end;
		while (a < b && (data[a] == ' ' || data[a] == '\t' || data[a] == '\r'))
			a++;
		while (b > a && (data[b - 1] == ' ' || data[b - 1] == '\t' || data[b - 1] == '\r'))
			b--;
		if (a < b && data[a] != '#') {
			char *line = xstrndup(data + a, b - a);
			add_one(line, files, urls, rep);
			free(line);
		}
		i = end + 1;
	}
	free(data);
}

size_t ingest_inputs_add(const char *arg, struct ingest_list *files, struct ingest_urls *urls,
			 void (*on_error)(const char *what, const char *why, void *arg),
			 void *arg_ctx)
{
	struct reporter rep = { on_error, arg_ctx, 0 };
	if (arg[0] == '@' && arg[1])
		add_list(arg + 1, files, urls, &rep);
	else
		add_one(arg, files, urls, &rep);
	return rep.failed;
}

/* ---- what a walk found, by stored name ---------------------------------- */

static void names_push(struct ingest_names *l, char *s)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 256;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	l->v[l->n++] = s;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void ingest_names_release(struct ingest_names *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

void ingest_list_folder_names(const struct ingest_list *l, const char *root,
			      struct ingest_names *out)
{
	for (size_t i = 0; i < l->nfolders; i++)
		names_push(out, path_source_name(l->folders[i], root));
}

/* The folder of the last file is resolved once for its siblings. */
void ingest_list_names(const struct ingest_list *l, const char *root, struct ingest_names *found,
		       struct ingest_names *held, struct ingest_names *others)
{
	char *dir = NULL, *prefix = NULL; /* the last folder, and its stored name + "/" */
	for (size_t i = 0; i < l->n; i++) {
		const struct ingest_file *f = &l->v[i];
		const char *slash = strrchr(f->path, '/');
		const char *base = slash ? slash + 1 : f->path;
		size_t dlen = slash ? (size_t)(slash - f->path) : 0;
		char *name;
		if (prefix && slash && strlen(dir) == dlen && memcmp(dir, f->path, dlen) == 0 && *base) {
			name = xasprintf("%s%s", prefix, base);
		} else {
			name = path_source_name(f->path, root);
			free(dir);
			free(prefix);
			dir = prefix = NULL;
			size_t n = strlen(name), b = strlen(base);
			if (slash && b && n >= b && strcmp(name + n - b, base) == 0 &&
			    (n == b || name[n - b - 1] == '/')) {
				dir = xstrndup(f->path, dlen);
				prefix = xstrndup(name, n - b);
			}
		}
		if (f->skip_why && !f->other)
			names_push(held, xstrdup(name));
		names_push(f->other ? others : found, name);
	}
	free(dir);
	free(prefix);
	struct ingest_names *sets[] = { found, held, others };
	for (size_t i = 0; i < sizeof sets / sizeof *sets; i++)
		if (sets[i]->n) /* an empty set has no array: qsort takes none */
			qsort(sets[i]->v, sets[i]->n, sizeof *sets[i]->v, cmp_str);
}
