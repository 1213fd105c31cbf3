/* server.c — the HTTP server of `tracuu serve`: libmicrohttpd on a pool of
 * threads, routes, limits, security headers, the request log, and one index
 * handle per thread, opened again when a newer index is there. */
#include "web/web_int.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <microhttpd.h>

#include "text/text.h"

/* A few answers kept, for a search asked again (a page reloaded or paged
 * back to, a class typing the same words): direct-mapped by a hash of the
 * request (path and parameters), each valid for the index version it was
 * made on. */
#define CACHE_SLOTS 512
#define CACHE_BODY_MAX (256 * 1024)

struct stamp {
	dev_t dev;
	ino_t ino;
	struct timespec mtime;
	off_t size;
	int ok;
};

struct cached {
	char *key;
	size_t key_len;
	struct stamp stamp;
	int status;
	const char *type;
	char *body;
	size_t len;
};

struct web_server {
	struct MHD_Daemon *mhd;
	int fd;
	unsigned port;
	char *db_path;
	int partial;
	FILE *log;
	pthread_mutex_t log_lock;
	pthread_key_t handle_key;
	pthread_mutex_t cache_lock;
	struct cached *cache; /* CACHE_SLOTS */
};

/* ---- the index, one handle per thread ------------------------------------
 * Xapian's Database objects are not thread-safe: each request thread opens
 * its own. A commit replaces the glass version file (iamglass) by a rename,
 * and a compaction switches the stub (XAPIANDB) to a new generation folder:
 * so the version file in use, by inode and time, says whether a newer index
 * is there, in two or three stat calls a request. */

static int stamp_same(const struct stamp *a, const struct stamp *b)
{
	return a->ok == b->ok && a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
	       a->mtime.tv_sec == b->mtime.tv_sec && a->mtime.tv_nsec == b->mtime.tv_nsec;
}

static void stamp_stat(const struct stat *sb, struct stamp *st)
{
	st->dev = sb->st_dev;
	st->ino = sb->st_ino;
	st->mtime = sb->st_mtim;
	st->size = sb->st_size;
	st->ok = 1;
}

/* What a compacted index's stub named when it was last read: the stub
 * unchanged (a switch writes a new one), its generation is read again
 * without opening it. */
struct stub_seen {
	struct stamp stub;
	char *version; /* PATH/GEN/iamglass */
};

static void stamp_of(const char *path, struct stub_seen *seen, struct stamp *st)
{
	memset(st, 0, sizeof *st);
	char *file = xasprintf("%s/iamglass", path);
	struct stat sb;
	int rc = stat(file, &sb);
	free(file);
	if (rc == 0) {
		stamp_stat(&sb, st);
		return;
	}
	/* A compacted index: the stub names its generation. */
	char *stub = xasprintf("%s/XAPIANDB", path);
	struct stamp stub_now = { 0 };
	if (stat(stub, &sb) == 0)
		stamp_stat(&sb, &stub_now);
	if (!stub_now.ok || !seen->version || !stamp_same(&stub_now, &seen->stub)) {
		free(seen->version);
		seen->version = NULL;
		seen->stub = stub_now;
		/* Its first database line, as Xapian reads a stub: comments
		 * and blank lines passed over (xapian-replicate's replica stub
		 * opens with a comment, then "auto replica_1"). */
		char line[256], type[16], name[200];
		FILE *f = stub_now.ok ? fopen(stub, "r") : NULL;
		int got = 0;
		while (f && !got && fgets(line, sizeof line, f))
			got = sscanf(line, "%15s %199s", type, name) == 2 && type[0] != '#';
		if (f)
			fclose(f);
		if (got && (strcmp(type, "auto") == 0 || strcmp(type, "glass") == 0))
			seen->version = xasprintf("%s/%s/iamglass", path, name);
	}
	free(stub);
	if (seen->version && stat(seen->version, &sb) == 0)
		stamp_stat(&sb, st);
}


struct handle {
	idx_db *db;
	struct stamp stamp;
	struct stub_seen seen;
	char *err;
	time_t opened;
	char *down; /* --partial: the shards left out, or NULL */
	/* /api/stats's term counts of the version opened: a walk of every
	 * term, a tenth of a second on the bench corpus, done once a version. */
	struct idx_term_counts counts;
};

static void handle_free(void *p)
{
	struct handle *h = p;
	if (!h)
		return;
	idx_close(h->db);
	free(h->seen.version);
	free(h->err);
	free(h->down);
	free(h);
}

/* Closes h's index: the next thread_handle opens it again. */
static void handle_drop(struct handle *h)
{
	idx_close(h->db);
	h->db = NULL;
	h->counts.known = 0;
}

/* This thread's handle, opened or opened again when the index changed. */
static struct handle *thread_handle(web_server *s)
{
	struct handle *h = pthread_getspecific(s->handle_key);
	if (!h) {
		h = xcalloc(1, sizeof *h);
		pthread_setspecific(s->handle_key, h);
	}
	struct stamp now;
	stamp_of(s->db_path, &h->seen, &now);
	if (h->db && stamp_same(&now, &h->stamp))
		return h;
	/* Changed, or not open yet (or it failed before: try again, the index
	 * may be there now). A reader never holds a lock: this opens beside
	 * a running ingest or compaction. */
	handle_drop(h);
	free(h->err);
	h->err = NULL;
	if (idx_open(s->db_path, s->partial ? IDX_READ_PARTIAL : IDX_READ, &h->db, &h->err) < 0)
		h->db = NULL;
	h->stamp = now;
	h->opened = time(NULL);
	return h;
}

/* With --partial, a shard found down is left out until the handle is
 * opened again: that many seconds later, to see whether it is back (an
 * unreachable host costs a connection timeout to find out). */
#define PARTIAL_RETRY 10

/* The names of h's shards left out, "a, b" (malloc'd), or NULL. */
static char *shards_down(const struct handle *h)
{
	size_t n = h->db ? idx_shard_count(h->db) : 0;
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (!idx_shard_down(h->db, i))
			continue;
		if (b.len)
			buf_adds(&b, ", ");
		buf_adds(&b, idx_shard_name(h->db, i));
	}
	if (!b.len) {
		buf_release(&b);
		return NULL;
	}
	return buf_detach(&b, NULL);
}

static int same_text(const char *a, const char *b)
{
	return a && b ? strcmp(a, b) == 0 : !a && !b;
}

/* A JSON object's answer (ending "}\n") gets "partial": true and the names of
 * the shards left out, as the command line's last line says them. */
static void json_mark_partial(struct web_resp *o, const char *down)
{
	if (o->body.len < 2 || o->body.p[o->body.len - 2] != '}' || o->body.p[o->body.len - 1] != '\n')
		return;
	o->body.len -= 2;
	buf_adds(&o->body, ",\"partial\":true,\"shards_down\":[");
	for (const char *p = down; *p;) {
		size_t n = strcspn(p, ",");
		if (p != down)
			buf_addc(&o->body, ',');
		buf_add_json_string(&o->body, p, n);
		p += n;
		p += strspn(p, ", ");
	}
	buf_adds(&o->body, "]}\n");
}

/* ---- requests ------------------------------------------------------------ */

const char *web_arg(const struct web_req *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

struct args_each {
	int (*fn)(void *ctx, const char *name, const char *value);
	void *ctx;
};

static enum MHD_Result arg_each(void *cls, enum MHD_ValueKind kind, const char *key,
				const char *value)
{
	(void)kind;
	struct args_each *a = cls;
	return a->fn(a->ctx, key, value) == 0 ? MHD_YES : MHD_NO;
}

void web_args_each(const struct web_req *r, int (*fn)(void *ctx, const char *name, const char *value),
		   void *ctx)
{
	struct args_each a = { fn, ctx };
	MHD_get_connection_values(r->conn, MHD_GET_ARGUMENT_KIND, arg_each, &a);
}

/* What a request's parameters hold that cannot be read: one too long, or
 * the first value holding a NUL byte or bytes that are not UTF-8 (a value
 * would be cut at the NUL, or its bad bytes dropped unsaid). */
struct args_checked {
	size_t max;
	int too_long;
	const char *bad_name; /* the first value that is not text, or NULL */
	size_t bad_offset;
	int bad_nul;          /* 1: a NUL byte; 0: not UTF-8 */
};

static enum MHD_Result arg_check(void *cls, enum MHD_ValueKind kind, const char *key, size_t key_size,
				 const char *value, size_t value_size)
{
	(void)kind;
	struct args_checked *t = cls;
	if ((key && key_size > t->max) || (value && value_size > t->max)) {
		t->too_long = 1;
		return MHD_NO;
	}
	if (!value || t->bad_name)
		return MHD_YES;
	const char *nul = memchr(value, '\0', value_size);
	size_t off;
	if (!text_utf8_valid(value, nul ? (size_t)(nul - value) : value_size, &off)) {
		t->bad_name = key;
		t->bad_offset = off;
	} else if (nul) {
		t->bad_name = key;
		t->bad_offset = (size_t)(nul - value);
		t->bad_nul = 1;
	}
	return MHD_YES;
}

/* {"error", "status", "parameter", "offset"}: a value that is not text. */
static void api_not_text(struct web_resp *o, const char *why, const struct args_checked *t)
{
	o->status = 400;
	o->type = "application/json; charset=utf-8";
	buf_reset(&o->body);
	buf_adds(&o->body, "{\"error\":");
	buf_add_json_string(&o->body, why, strlen(why));
	buf_adds(&o->body, ",\"status\":400,\"parameter\":");
	buf_add_json_string(&o->body, t->bad_name, strlen(t->bad_name));
	buf_addf(&o->body, ",\"offset\":%zu}\n", t->bad_offset);
}

/* Security headers on every answer: no script but our own file, no
 * style inline, no frames, no sniffing a JSON answer into a page. */
static void add_headers(struct MHD_Response *resp, const char *type, int asset)
{
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	MHD_add_response_header(resp, "Content-Security-Policy",
				"default-src 'none'; script-src 'self'; style-src 'self'; "
				"img-src 'self'; connect-src 'self'; form-action 'self'; "
				"base-uri 'none'; frame-ancestors 'none'");
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "X-Frame-Options", "DENY");
	MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL,
				asset ? "public, max-age=3600" : "no-cache");
}

static int starts(const char *s, const char *prefix, const char **rest)
{
	size_t n = strlen(prefix);
	if (strncmp(s, prefix, n) != 0)
		return 0;
	*rest = s + n;
	return 1;
}

/* h: this thread's handle, already checked for this request, or NULL. */
static void route(web_server *s, struct handle *h, struct web_req *r, struct web_resp *o)
{
	const char *p = r->path, *rest = "";
	int api = starts(p, "/api/", &rest) || strcmp(p, "/api") == 0;
	/* The assets compiled in, by name: nothing else is served as a file. */
	if (starts(p, "/assets/", &rest)) {
		for (size_t i = 0; i < web_nassets; i++) {
			if (strcmp(web_assets[i].name, rest) == 0) {
				o->status = 200;
				o->type = web_assets[i].type;
				buf_add(&o->body, web_assets[i].data, web_assets[i].len);
				return;
			}
		}
		web_page_error(r, o, 404, r->en ? "no such file" : "không có tệp này");
		return;
	}
	static const struct {
		const char *prefix;
		int exact;
		void (*fn)(const struct web_req *r, struct web_resp *o);
	} routes[] = {
		{ "/", 1, web_page_home },
		{ "/search", 1, web_page_search },
		{ "/cite", 1, web_page_cite },
		{ "/cite/", 0, web_page_cite },
		{ "/doc/", 0, web_page_doc },
		{ "/api/search", 1, web_api_search },
		{ "/api/cite", 1, web_api_cite },
		{ "/api/cite/", 0, web_api_cite },
		{ "/api/doc/", 0, web_api_doc },
		{ "/api/stats", 1, web_api_stats },
	};
	for (size_t i = 0; i < sizeof routes / sizeof *routes; i++) {
		if (routes[i].exact ? strcmp(p, routes[i].prefix) != 0
				    : !starts(p, routes[i].prefix, &rest))
			continue;
		r->rest = routes[i].exact ? "" : rest;
		for (int tries = 0;; tries++) {
			if (!h)
				h = thread_handle(s);
			r->db = h->db;
			r->db_error = h->err;
			if (s->partial) {
				free(h->down);
				h->down = shards_down(h);
			}
			r->shards_down = h->down;
			/* A version that a stamp names (not a stub of shards, whose
			 * remote shards change unseen; not one read with shards
			 * left out) keeps its term counts. */
			r->term_counts = h->stamp.ok && !s->partial ? &h->counts : NULL;
			/* The home page says so itself and still offers the box. */
			if (!r->db && routes[i].fn != web_page_home) {
				char *why = xasprintf("%s %s: %s",
						      r->en || api ? "the index" : "chỉ mục",
						      s->db_path, h->err ? h->err : "cannot be opened");
				if (api)
					web_api_error(o, 503, why);
				else
					web_page_error(r, o, 503, why);
				free(why);
				return;
			}
			routes[i].fn(r, o);
			if (s->partial && h->db && o->status != 500) {
				/* A shard that went down during the read: the answer is
				 * made again, saying so. */
				char *now = shards_down(h);
				int changed = !same_text(now, h->down);
				free(h->down);
				h->down = now;
				if (changed && !tries)
					goto again;
				if (now) {
					o->partial = 1;
					if (strncmp(o->type, "application/json", 16) == 0)
						json_mark_partial(o, now);
					if (time(NULL) - h->opened >= PARTIAL_RETRY)
						handle_drop(h);
				}
				return;
			}
			/* A read that failed may have left the handle unusable, as a
			 * remote shard's connection is once its server went away (and
			 * stays, even when the server is back): this thread opens the
			 * index again, and the request runs once more on it; a shard
			 * still down then fails the opening, a 503 that names it. */
			if (o->status != 500 || tries)
				return;
			handle_drop(h);
			h = NULL;
		again:
			o->status = 200;
			o->type = "text/html; charset=utf-8";
			buf_release(&o->body);
			free(o->location);
			free(o->disposition);
			o->location = o->disposition = NULL;
		}
	}
	if (api)
		web_api_error(o, 404, "no such API path (/api/search, /api/cite, /api/doc/ID, /api/stats)");
	else
		web_page_error(r, o, 404, r->en ? "no such page" : "không có trang này");
}

/* ---- the cache -------------------------------------------------------------- */

static int key_arg(void *ctx, const char *name, const char *value)
{
	struct buf *key = ctx;
	buf_addc(key, '\001');
	buf_adds(key, name);
	buf_addc(key, '\002');
	buf_adds(key, value ? value : "");
	return 0;
}

/* Searches and cards are worth keeping; a document or an export is read
 * quickly enough, and not kept. */
static int cacheable(const char *url)
{
	return strcmp(url, "/search") == 0 || strcmp(url, "/api/search") == 0 ||
	       strncmp(url, "/cite", 5) == 0 || strncmp(url, "/api/cite", 9) == 0;
}

static struct cached *cache_slot(web_server *s, const struct buf *key)
{
	return &s->cache[hash_fnv1a64(key->p, key->len, 0) % CACHE_SLOTS];
}

/* Fills o from the cache when it holds key for this version of the index. */
static int cache_get(web_server *s, const struct buf *key, const struct stamp *st,
		     struct web_resp *o)
{
	/* A stamp that says nothing cannot tell a newer index: a stub of
	 * shards (a file, no version file of its own; a remote shard changes
	 * with no sign here) is never answered from the cache. */
	if (!st->ok)
		return 0;
	int hit = 0;
	pthread_mutex_lock(&s->cache_lock);
	struct cached *c = cache_slot(s, key);
	if (c->key && c->key_len == key->len && memcmp(c->key, key->p, key->len) == 0 &&
	    stamp_same(&c->stamp, st)) {
		o->status = c->status;
		o->type = c->type;
		buf_add(&o->body, c->body, c->len);
		hit = 1;
	}
	pthread_mutex_unlock(&s->cache_lock);
	return hit;
}

static void cache_put(web_server *s, const struct buf *key, const struct stamp *st,
		      const struct web_resp *o)
{
	if (!st->ok || o->partial || o->status != 200 || o->disposition || o->location || o->body.len > CACHE_BODY_MAX)
		return;
	char *k = xmalloc(key->len), *body = xmalloc(o->body.len + 1);
	memcpy(k, key->p, key->len);
	memcpy(body, o->body.p, o->body.len);
	pthread_mutex_lock(&s->cache_lock);
	struct cached *c = cache_slot(s, key);
	char *old_key = c->key, *old_body = c->body;
	*c = (struct cached){ k, key->len, *st, o->status, o->type, body, o->body.len };
	pthread_mutex_unlock(&s->cache_lock);
	free(old_key);
	free(old_body);
}

static void log_request(web_server *s, struct MHD_Connection *conn, const char *method,
			const char *url, int status, size_t bytes, const struct timespec *start)
{
	if (!s->log)
		return;
	struct timespec end;
	clock_gettime(CLOCK_MONOTONIC, &end);
	double ms = (double)(end.tv_sec - start->tv_sec) * 1e3 +
		    (double)(end.tv_nsec - start->tv_nsec) / 1e6;
	char when[32], host[64] = "-";
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	if (ci && ci->client_addr) {
		socklen_t len = ci->client_addr->sa_family == AF_INET6 ? sizeof(struct sockaddr_in6)
									 : sizeof(struct sockaddr_in);
		if (getnameinfo(ci->client_addr, len, host, sizeof host, NULL, 0, NI_NUMERICHOST) != 0)
			strcpy(host, "-");
	}
	/* The path as a client sent it may hold anything: shown without
	 * control characters or spaces, so a line stays one line of fields. */
	struct buf line = BUF_INIT;
	buf_addf(&line, "%s %s %s ", when, host, method);
	for (const unsigned char *c = (const unsigned char *)url; *c; c++) {
		if (*c <= ' ' || *c == 0x7F)
			buf_addf(&line, "%%%02X", *c);
		else
			buf_addc(&line, (char)*c);
	}
	buf_addf(&line, " %d %zu %.1f\n", status, bytes, ms);
	pthread_mutex_lock(&s->log_lock);
	fwrite(line.p, 1, line.len, s->log);
	fflush(s->log);
	pthread_mutex_unlock(&s->log_lock);
	buf_release(&line);
}

/* Marks a request's state in its *con_cls: its headers read (the first
 * call), and whether its path, as sent, escapes a NUL byte (%00).
 * libmicrohttpd unescapes the path in place and hands it on cut at the
 * NUL: "/doc/12%00abc" would answer as "/doc/12", so the raw URI is read
 * here, before that, from the URI log callback (its value is *con_cls). */
static char path_nul, path_nul_seen, seen;

static int hex_digit(char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

static void *uri_read(void *cls, const char *uri, struct MHD_Connection *conn)
{
	(void)cls;
	(void)conn;
	for (const char *c = uri; *c && *c != '?' && *c != '#'; c++)
		if (c[0] == '%' && hex_digit(c[1]) && hex_digit(c[2])) {
			if (c[1] == '0' && c[2] == '0')
				return &path_nul;
			c += 2;
		}
	return NULL;
}

static enum MHD_Result answer(void *cls, struct MHD_Connection *conn, const char *url,
			      const char *method, const char *version, const char *upload,
			      size_t *upload_size, void **con_cls)
{
	(void)version;
	(void)upload;
	web_server *s = cls;
	const char *clen = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
						       MHD_HTTP_HEADER_CONTENT_LENGTH);
	int refuse = (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0) ||
		     (clen && strcmp(clen, "0") != 0);
	/* A GET is answered on the second call, when MHD has the whole
	 * request: answered on the first, the connection would not be kept
	 * alive. A request with a body is refused at once, its body unread. */
	if ((!*con_cls || *con_cls == &path_nul) && !refuse) {
		*con_cls = *con_cls ? &path_nul_seen : &seen;
		return MHD_YES;
	}
	int bad_nul = *con_cls == &path_nul || *con_cls == &path_nul_seen;
	size_t bad_at;
	int bad_path = bad_nul || !text_utf8_valid(url, strlen(url), &bad_at);
	if (bad_nul)
		bad_at = strlen(url);
	*upload_size = 0;
	struct timespec start;
	clock_gettime(CLOCK_MONOTONIC, &start);
	struct web_resp o = { .status = 200, .type = "text/html; charset=utf-8", .body = BUF_INIT };
	struct web_req r = { .path = url, .conn = conn, .db_path = s->db_path };
	const char *lang = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "lang");
	r.en = lang && strcmp(lang, "en") == 0;
	int api = strncmp(url, "/api/", 5) == 0;
	struct args_checked tl = { .max = WEB_QUERY_MAX };
	MHD_get_connection_values_n(conn, MHD_GET_ARGUMENT_KIND, arg_check, &tl);
	if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0) {
		const char *why = "only GET and HEAD are served";
		if (api)
			web_api_error(&o, 405, why);
		else
			web_page_error(&r, &o, 405, why);
	} else if (clen && strcmp(clen, "0") != 0) {
		web_api_error(&o, 413, "a request body is not taken");
	} else if (tl.too_long || strlen(url) > WEB_QUERY_MAX) {
		char *why = xasprintf("the request is too long (a query or path of at most %d bytes)",
				      WEB_QUERY_MAX);
		if (api)
			web_api_error(&o, 414, why);
		else
			web_page_error(&r, &o, 414, why);
		free(why);
	} else if (bad_path) {
		char *why = xasprintf(bad_nul ? "the path holds a NUL byte (%%00) at byte offset %zu: "
						"a path is text, without NUL bytes"
					      : "the path is not valid UTF-8 at byte offset %zu: a path "
						"is text in UTF-8",
				      bad_at);
		if (api)
			web_api_error(&o, 400, why);
		else
			web_page_error(&r, &o, 400, why);
		free(why);
	} else if (tl.bad_name) {
		char *why = xasprintf(tl.bad_nul ? "%s: a NUL byte at byte offset %zu: a parameter is text, "
						   "without NUL bytes"
						 : "%s: not valid UTF-8 at byte offset %zu: a parameter is text "
						   "in UTF-8",
				      tl.bad_name, tl.bad_offset);
		if (api)
			api_not_text(&o, why, &tl);
		else
			web_page_not_text(&r, &o, why, tl.bad_name);
		free(why);
	} else if (cacheable(url)) {
		struct buf key = BUF_INIT;
		buf_adds(&key, url);
		web_args_each(&r, key_arg, &key);
		/* A card's status and an in-force filter are as of today: an
		 * answer kept yesterday is not today's, though the index is
		 * the same. */
		char today[11];
		query_today(today);
		buf_addc(&key, '\003');
		buf_adds(&key, today);
		struct handle *h = thread_handle(s);
		struct stamp st = h->stamp;
		if (!h->db || !cache_get(s, &key, &st, &o)) {
			route(s, h, &r, &o);
			if (h->db)
				cache_put(s, &key, &st, &o);
		}
		buf_release(&key);
	} else {
		route(s, NULL, &r, &o);
	}
	struct MHD_Response *resp;
	size_t bytes = o.body.len;
	char *body = buf_detach(&o.body, NULL);
	resp = MHD_create_response_from_buffer(bytes, body ? body : (char *)"",
					       body ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
	add_headers(resp, o.type, strncmp(url, "/assets/", 8) == 0 && o.status == 200);
	/* The index (or a shard) cannot be opened now: every request tries
	 * it again, so a client may ask again shortly (RFC 9110 10.2.3). */
	if (o.status == 503)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_RETRY_AFTER, WEB_RETRY_AFTER);
	if (o.disposition) {
		MHD_add_response_header(resp, "Content-Disposition", o.disposition);
		free(o.disposition);
	}
	if (o.location) {
		MHD_add_response_header(resp, MHD_HTTP_HEADER_LOCATION, o.location);
		free(o.location);
	}
	enum MHD_Result rc = MHD_queue_response(conn, (unsigned)o.status, resp);
	MHD_destroy_response(resp);
	log_request(s, conn, method, url, o.status, bytes, &start);
	return rc;
}

/* libmicrohttpd's own messages (a client that hung up): the library does
 * not print; they go to the log when there is one. */
static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	web_server *s = cls;
	if (!s->log)
		return;
	pthread_mutex_lock(&s->log_lock);
	fputs("# ", s->log);
	vfprintf(s->log, fmt, ap);
	fflush(s->log);
	pthread_mutex_unlock(&s->log_lock);
}

static int listen_on(const char *host, unsigned port, int *fd, unsigned *bound, int *v6,
		     char **err)
{
	struct addrinfo hints = { .ai_flags = AI_NUMERICHOST | AI_NUMERICSERV | AI_PASSIVE,
				  .ai_socktype = SOCK_STREAM }, *ai;
	char ps[16];
	snprintf(ps, sizeof ps, "%u", port);
	int rc = getaddrinfo(host, ps, &hints, &ai);
	if (rc != 0) {
		*err = xasprintf("'%s' is not an IP address (%s)", host, gai_strerror(rc));
		return -1;
	}
	*v6 = ai->ai_family == AF_INET6;
	*fd = socket(ai->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
	int one = 1;
	if (*fd < 0 || setsockopt(*fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) < 0 ||
	    bind(*fd, ai->ai_addr, ai->ai_addrlen) < 0 || listen(*fd, 128) < 0) {
		*err = xasprintf("cannot listen on %s port %u: %s", host, port, strerror(errno));
		if (*fd >= 0)
			close(*fd);
		freeaddrinfo(ai);
		return -1;
	}
	freeaddrinfo(ai);
	struct sockaddr_storage sa;
	socklen_t len = sizeof sa;
	getsockname(*fd, (struct sockaddr *)&sa, &len);
	*bound = sa.ss_family == AF_INET6 ? ntohs(((struct sockaddr_in6 *)&sa)->sin6_port)
					  : ntohs(((struct sockaddr_in *)&sa)->sin_port);
	return 0;
}

int web_start(const struct web_options *o, web_server **out, char **err)
{
	*out = NULL;
	web_server *s = xcalloc(1, sizeof *s);
	int v6 = 0;
	if (listen_on(o->host, o->port, &s->fd, &s->port, &v6, err) < 0) {
		free(s);
		return -1;
	}
	s->db_path = xstrdup(o->db_path);
	s->partial = o->partial;
	s->log = o->log;
	pthread_mutex_init(&s->log_lock, NULL);
	pthread_key_create(&s->handle_key, handle_free);
	pthread_mutex_init(&s->cache_lock, NULL);
	s->cache = xcalloc(CACHE_SLOTS, sizeof *s->cache);
	unsigned threads = o->threads;
	if (!threads) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		threads = n < 2 ? 2 : n > 16 ? 16 : (unsigned)n;
	}
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_USE_ERROR_LOG |
			 (v6 ? MHD_USE_IPv6 : 0);
	s->mhd = MHD_start_daemon(
		flags, 0, NULL, NULL, answer, s,
		MHD_OPTION_EXTERNAL_LOGGER, mhd_log, s, /* first: before any message */
		MHD_OPTION_URI_LOG_CALLBACK, uri_read, NULL,
		MHD_OPTION_LISTEN_SOCKET, (MHD_socket)s->fd,
		MHD_OPTION_THREAD_POOL_SIZE, threads,
		MHD_OPTION_CONNECTION_LIMIT, o->connections ? o->connections : WEB_CONNECTIONS,
		MHD_OPTION_CONNECTION_TIMEOUT, o->timeout ? o->timeout : WEB_TIMEOUT,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)WEB_REQUEST_MAX * 2,
		MHD_OPTION_END);
	if (!s->mhd) {
		*err = xstrdup("the HTTP server did not start (libmicrohttpd refused its options)");
		close(s->fd);
		web_stop(s);
		return -1;
	}
	*out = s;
	return 0;
}

unsigned web_port(const web_server *s)
{
	return s->port;
}

void web_stop(web_server *s)
{
	if (!s)
		return;
	if (s->mhd) {
		/* Its threads end here, each closing its index handle (the
		 * key's destructor). */
		MHD_stop_daemon(s->mhd);
		close(s->fd);
	}
	pthread_key_delete(s->handle_key);
	for (size_t i = 0; i < CACHE_SLOTS; i++) {
		free(s->cache[i].key);
		free(s->cache[i].body);
	}
	free(s->cache);
	pthread_mutex_destroy(&s->cache_lock);
	pthread_mutex_destroy(&s->log_lock);
	free(s->db_path);
	free(s);
}
