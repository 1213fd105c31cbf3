/* fetch.c — the web fetcher: libcurl multi, per-host politeness, robots.txt, redirects, retries. */
#include "config.h"

#include "ingest/ingest.h"
#include "ingest/ingest_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <curl/curl.h>

/* Backoff before retry k (1-based): 0.5 s doubling, capped. */
#define BACKOFF_FIRST 0.5
#define BACKOFF_MAX 8.0
/* A site's Crawl-delay is honoured up to this (seconds): a larger one would
 * stall a whole list on one host. */
#define CRAWL_DELAY_MAX 30.0
/* robots.txt is small; its own limit keeps a misconfigured server from
 * sending a page of megabytes in its place. */
#define ROBOTS_FETCH_MAX ((size_t)512 << 10)
/* The longest wait in curl_multi_poll, so a cancel flag is seen quickly. */
#define POLL_MAX_MS 200

void fetch_options_init(struct fetch_options *o)
{
	memset(o, 0, sizeof *o);
	o->max_parallel = 4;
	o->host_delay = 1.0;
	o->max_redirects = 5;
	o->connect_timeout = 10;
	o->timeout = 30;
	o->retries = 2;
	o->max_bytes = (size_t)16 << 20;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---- URLs ---------------------------------------------------------------- */

/* Length of "scheme" when s starts with "scheme://", else 0. */
static size_t scheme_len(const char *s)
{
	size_t n = 0;
	if (!isalpha((unsigned char)s[0]))
		return 0;
	while (isalnum((unsigned char)s[n]) || s[n] == '+' || s[n] == '-' || s[n] == '.')
		n++;
	return strncmp(s + n, "://", 3) == 0 ? n : 0;
}

int fetch_is_url(const char *s)
{
	return scheme_len(s) > 0;
}

static int is_http_scheme(const char *s, size_t n)
{
	return (n == 4 && strncasecmp(s, "http", 4) == 0) ||
	       (n == 5 && strncasecmp(s, "https", 5) == 0);
}

static char *curlu_part(CURLU *u, CURLUPart what, unsigned flags)
{
	char *p = NULL;
	if (curl_url_get(u, what, &p, flags) != CURLUE_OK)
		return NULL;
	char *r = xstrdup(p);
	curl_free(p);
	return r;
}

char *fetch_url_normalise(const char *url, char **err)
{
	size_t n = scheme_len(url);
	if (!n) {
		*err = xasprintf("not a valid URL: %s", url);
		return NULL;
	}
	if (!is_http_scheme(url, n)) {
		char *scheme = xstrndup(url, n);
		for (char *p = scheme; *p; p++)
			*p = (char)tolower((unsigned char)*p);
		*err = xasprintf("only http and https URLs are supported, not %s", scheme);
		free(scheme);
		return NULL;
	}
	CURLU *u = curl_url();
	if (!u)
		abort();
	CURLUcode rc = curl_url_set(u, CURLUPART_URL, url, 0);
	if (rc != CURLUE_OK) {
		*err = xasprintf("not a valid URL (%s)", curl_url_strerror(rc));
		curl_url_cleanup(u);
		return NULL;
	}
	char *host = curlu_part(u, CURLUPART_HOST, 0);
	if (!host || !*host) {
		*err = xstrdup("not a valid URL (no host)");
		free(host);
		curl_url_cleanup(u);
		return NULL;
	}
	for (char *p = host; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	curl_url_set(u, CURLUPART_HOST, host, 0);
	free(host);
	curl_url_set(u, CURLUPART_FRAGMENT, NULL, 0);
	char *out = curlu_part(u, CURLUPART_URL, CURLU_NO_DEFAULT_PORT);
	curl_url_cleanup(u);
	if (!out)
		*err = xstrdup("not a valid URL");
	return out;
}

/* "scheme://host:port", the unit of politeness and of robots.txt; and the
 * path with its query, what robots.txt rules are matched against. */
static int url_split(const char *url, char **hostkey, char **path_query)
{
	CURLU *u = curl_url();
	if (!u)
		abort();
	if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK) {
		curl_url_cleanup(u);
		return -1;
	}
	char *scheme = curlu_part(u, CURLUPART_SCHEME, 0);
	char *host = curlu_part(u, CURLUPART_HOST, 0);
	char *port = curlu_part(u, CURLUPART_PORT, CURLU_DEFAULT_PORT);
	char *path = curlu_part(u, CURLUPART_PATH, 0);
	char *query = curlu_part(u, CURLUPART_QUERY, 0);
	curl_url_cleanup(u);
	int ok = scheme && host && port;
	if (ok) {
		for (char *p = host; *p; p++)
			*p = (char)tolower((unsigned char)*p);
		*hostkey = xasprintf("%s://%s:%s", scheme, host, port);
		*path_query = xasprintf("%s%s%s", path && *path ? path : "/", query ? "?" : "",
					query ? query : "");
	}
	free(scheme);
	free(host);
	free(port);
	free(path);
	free(query);
	return ok ? 0 : -1;
}

/* ---- hosts and jobs ------------------------------------------------------ */

enum robots_state { ROBOTS_UNKNOWN, ROBOTS_FETCHING, ROBOTS_READY };

struct host {
	char *key;
	enum robots_state robots_state;
	struct robots *robots;
	char *robots_why;  /* why everything is disallowed (robots.txt unreadable) */
	double delay;      /* max(option, Crawl-delay) */
	double next_ok;    /* no request starts before this */
	unsigned inflight;
};

struct job {
	size_t index;         /* the request; (size_t)-1 for a robots.txt job */
	struct host *host;    /* of cur */
	char *url;            /* as requested, normalised */
	char *cur;            /* this hop */
	char *path_query;     /* of cur */
	char **chain;         /* hops so far, to see a loop */
	size_t nchain;
	unsigned attempt;     /* 1-based, within the current hop */
	double not_before;    /* backoff */
	const char *etag, *last_modified; /* the request's, not owned */
	CURL *easy;
	struct curl_slist *headers;
	/* The response being received (reset on each new status line). */
	struct buf body;
	size_t max_bytes;
	int too_big;
	char *reason;         /* the status line's reason phrase */
	char *resp_etag, *resp_lm, *resp_ct;
	char errbuf[CURL_ERROR_SIZE];
};

struct fetcher {
	const struct fetch_options *o;
	const char *ua;
	CURLM *multi;
	struct host **hosts;
	size_t nhosts, hosts_cap;
	struct job **pending;
	size_t npending, pending_cap;
	struct job **active;  /* transfers under way; max_parallel slots */
	unsigned running;
	fetch_cb cb;
	void *arg;
	int stopped;
};

static struct host *host_get(struct fetcher *f, const char *key)
{
	for (size_t i = 0; i < f->nhosts; i++)
		if (strcmp(f->hosts[i]->key, key) == 0)
			return f->hosts[i];
	if (f->nhosts == f->hosts_cap) {
		f->hosts_cap = f->hosts_cap ? 2 * f->hosts_cap : 8;
		f->hosts = xrealloc(f->hosts, f->hosts_cap * sizeof *f->hosts);
	}
	struct host *h = xcalloc(1, sizeof *h);
	h->key = xstrdup(key);
	h->delay = f->o->host_delay;
	h->robots_state = f->o->ignore_robots ? ROBOTS_READY : ROBOTS_UNKNOWN;
	f->hosts[f->nhosts++] = h;
	return h;
}

static void host_free(struct host *h)
{
	free(h->key);
	robots_free(h->robots);
	free(h->robots_why);
	free(h);
}

static void reset_response(struct job *j)
{
	buf_reset(&j->body);
	j->too_big = 0;
	free(j->reason);
	free(j->resp_etag);
	free(j->resp_lm);
	free(j->resp_ct);
	j->reason = j->resp_etag = j->resp_lm = j->resp_ct = NULL;
}

static void job_free(struct job *j)
{
	if (!j)
		return;
	reset_response(j);
	buf_release(&j->body);
	free(j->url);
	free(j->cur);
	free(j->path_query);
	for (size_t i = 0; i < j->nchain; i++)
		free(j->chain[i]);
	free(j->chain);
	free(j);
}

static void push_pending(struct fetcher *f, struct job *j, int front)
{
	if (f->npending == f->pending_cap) {
		f->pending_cap = f->pending_cap ? 2 * f->pending_cap : 16;
		f->pending = xrealloc(f->pending, f->pending_cap * sizeof *f->pending);
	}
	if (front) {
		memmove(f->pending + 1, f->pending, f->npending * sizeof *f->pending);
		f->pending[0] = j;
	} else {
		f->pending[f->npending] = j;
	}
	f->npending++;
}

/* Points the job at url (its first hop or a redirect target). */
static int job_set_hop(struct fetcher *f, struct job *j, const char *url)
{
	char *key, *pq;
	if (url_split(url, &key, &pq) < 0)
		return -1;
	free(j->cur);
	free(j->path_query);
	j->cur = xstrdup(url);
	j->path_query = pq;
	j->host = host_get(f, key);
	free(key);
	j->chain = xrealloc(j->chain, (j->nchain + 1) * sizeof *j->chain);
	j->chain[j->nchain++] = xstrdup(url);
	j->attempt = 0;
	j->not_before = 0;
	return 0;
}

/* ---- libcurl callbacks --------------------------------------------------- */

static size_t on_body(char *data, size_t size, size_t n, void *arg)
{
	struct job *j = arg;
	size_t len = size * n;
	if (j->body.len + len > j->max_bytes) {
		j->too_big = 1;
		return 0; /* aborts the transfer */
	}
	buf_add(&j->body, data, len);
	return len;
}

static char *trimmed(const char *s, size_t len)
{
	while (len && isspace((unsigned char)*s)) {
		s++;
		len--;
	}
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	return xstrndup(s, len);
}

static int header_is(const char *line, size_t len, const char *name, const char **value)
{
	size_t n = strlen(name);
	if (len <= n || strncasecmp(line, name, n) != 0 || line[n] != ':')
		return 0;
	*value = line + n + 1;
	return 1;
}

static size_t on_header(char *line, size_t size, size_t n, void *arg)
{
	struct job *j = arg;
	size_t len = size * n;
	const char *v;
	if (len > 5 && strncmp(line, "HTTP/", 5) == 0) {
		/* A new response (after a 100 Continue, or an auth round). */
		reset_response(j);
		const char *sp = memchr(line, ' ', len);
		const char *sp2 = sp ? memchr(sp + 1, ' ', len - (size_t)(sp + 1 - line)) : NULL;
		if (sp2)
			j->reason = trimmed(sp2 + 1, len - (size_t)(sp2 + 1 - line));
	} else if (header_is(line, len, "etag", &v)) {
		j->resp_etag = trimmed(v, len - (size_t)(v - line));
	} else if (header_is(line, len, "last-modified", &v)) {
		j->resp_lm = trimmed(v, len - (size_t)(v - line));
	} else if (header_is(line, len, "content-type", &v)) {
		j->resp_ct = trimmed(v, len - (size_t)(v - line));
	}
	return len;
}

/* ---- starting transfers -------------------------------------------------- */

static int is_robots_job(const struct job *j)
{
	return j->index == (size_t)-1;
}

static void start(struct fetcher *f, struct job *j)
{
	const struct fetch_options *o = f->o;
	reset_response(j);
	j->attempt++;
	j->errbuf[0] = '\0';
	j->max_bytes = is_robots_job(j) ? ROBOTS_FETCH_MAX : o->max_bytes;
	CURL *e = curl_easy_init();
	if (!e)
		abort();
	j->easy = e;
	curl_easy_setopt(e, CURLOPT_URL, j->cur);
	curl_easy_setopt(e, CURLOPT_PRIVATE, j);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_USERAGENT, f->ua);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, j->errbuf);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, j);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, j);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, (long)(o->connect_timeout * 1000));
	curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, (long)(o->timeout * 1000));
	curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)j->max_bytes);
	curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); /* every encoding libcurl decodes */
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(e, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	if (is_robots_job(j)) {
		/* RFC 9309: follow at least five redirects for robots.txt. */
		curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
		curl_easy_setopt(e, CURLOPT_MAXREDIRS, 5L);
	} else {
		/* Redirects are followed by hand, each hop checked. */
		struct curl_slist *h = NULL;
		h = curl_slist_append(h, "Accept: text/html,application/xhtml+xml,text/plain;q=0.9,"
					 "*/*;q=0.5");
		h = curl_slist_append(h, "Accept-Language: vi,en;q=0.5");
		if (j->etag) {
			char *l = xasprintf("If-None-Match: %s", j->etag);
			h = curl_slist_append(h, l);
			free(l);
		}
		if (j->last_modified) {
			char *l = xasprintf("If-Modified-Since: %s", j->last_modified);
			h = curl_slist_append(h, l);
			free(l);
		}
		j->headers = h;
		curl_easy_setopt(e, CURLOPT_HTTPHEADER, h);
	}
	curl_multi_add_handle(f->multi, e);
	j->host->inflight++;
	f->active[f->running++] = j;
}

static void finish_transfer(struct fetcher *f, struct job *j)
{
	curl_multi_remove_handle(f->multi, j->easy);
	curl_easy_cleanup(j->easy);
	j->easy = NULL;
	curl_slist_free_all(j->headers);
	j->headers = NULL;
	j->host->inflight--;
	j->host->next_ok = now() + j->host->delay;
	for (unsigned i = 0; i < f->running; i++)
		if (f->active[i] == j) {
			f->active[i] = f->active[--f->running];
			break;
		}
}

/* ---- reporting ----------------------------------------------------------- */

static char *size_text(size_t n)
{
	if (n >= ((size_t)1 << 20) && n % ((size_t)1 << 20) == 0)
		return xasprintf("%zu MiB", n >> 20);
	if (n >= 1024 && n % 1024 == 0)
		return xasprintf("%zu KiB", n >> 10);
	return xasprintf("%zu bytes", n);
}

/* The reason phrase HTTP/2 no longer sends. */
static const char *standard_reason(long status)
{
	switch (status) {
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 406: return "Not Acceptable";
	case 408: return "Request Timeout";
	case 410: return "Gone";
	case 429: return "Too Many Requests";
	case 451: return "Unavailable For Legal Reasons";
	case 500: return "Internal Server Error";
	case 501: return "Not Implemented";
	case 502: return "Bad Gateway";
	case 503: return "Service Unavailable";
	case 504: return "Gateway Timeout";
	}
	return "";
}

static char *http_error(const struct job *j, long status)
{
	const char *reason = j->reason && *j->reason ? j->reason : standard_reason(status);
	return *reason ? xasprintf("HTTP %ld %s", status, reason) : xasprintf("HTTP %ld", status);
}

static void media_type(const char *ct, char **type, char **charset)
{
	*type = *charset = NULL;
	if (!ct)
		return;
	size_t n = strcspn(ct, ";");
	*type = trimmed(ct, n);
	for (char *p = *type; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	for (const char *p = ct + n; *p;) {
		p++;
		while (*p == ' ' || *p == '\t')
			p++;
		size_t m = strcspn(p, ";");
		if (m > 8 && strncasecmp(p, "charset=", 8) == 0) {
			const char *v = p + 8;
			size_t vl = m - 8;
			while (vl && isspace((unsigned char)v[vl - 1]))
				vl--;
			if (vl >= 2 && (v[0] == '"' || v[0] == '\'')) {
				v++;
				vl -= 2;
			}
			free(*charset);
			*charset = xstrndup(v, vl);
		}
		p += m;
	}
}

/* Reports request j and frees it. */
static void report(struct fetcher *f, struct job *j, enum fetch_failure failure,
		   const char *error, long status)
{
	char *type = NULL, *charset = NULL;
	struct fetch_result r = {
		.index = j->index,
		.url = j->url,
		.final_url = j->cur ? j->cur : j->url,
		.status = status,
		.attempts = j->attempt,
		.failure = failure,
		.error = error,
	};
	if (failure == FETCH_OK) {
		media_type(j->resp_ct, &type, &charset);
		r.content_type = type;
		r.charset = charset;
		r.etag = j->resp_etag;
		r.last_modified = j->resp_lm;
		r.not_modified = status == 304;
		if (!r.not_modified) {
			r.body = j->body.p ? j->body.p : "";
			r.len = j->body.len;
		}
	}
	if (!f->stopped && f->cb(&r, f->arg))
		f->stopped = 1;
	free(type);
	free(charset);
	job_free(j);
}

static void fail_job(struct fetcher *f, struct job *j, enum fetch_failure why, long status,
		     const char *fmt, ...) __attribute__((format(printf, 5, 6)));
static void fail_job(struct fetcher *f, struct job *j, enum fetch_failure why, long status,
		     const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	report(f, j, why, msg, status);
	free(msg);
}

static double backoff(unsigned attempt)
{
	double d = BACKOFF_FIRST;
	for (unsigned i = 1; i < attempt && d < BACKOFF_MAX; i++)
		d *= 2;
	return d < BACKOFF_MAX ? d : BACKOFF_MAX;
}

static char *curl_why(const struct job *j, CURLcode rc, const struct fetch_options *o)
{
	if (rc == CURLE_OPERATION_TIMEDOUT) {
		/* libcurl's own message tells the phases apart; its timings
		 * cannot (a reused connection took no time to connect). */
		if (strncmp(j->errbuf, "Connection timed out", 20) == 0 ||
		    strncmp(j->errbuf, "Resolving timed out", 19) == 0)
			return xasprintf("could not connect within %g s", o->connect_timeout);
		return xasprintf("timed out after %g s", o->timeout);
	}
	if ((rc == CURLE_WRITE_ERROR && j->too_big) || rc == CURLE_FILESIZE_EXCEEDED) {
		char *s = size_text(j->max_bytes);
		char *m = xasprintf("body larger than %s", s);
		free(s);
		return m;
	}
	if (rc == CURLE_TOO_MANY_REDIRECTS)
		return xstrdup("too many redirects (more than 5)");
	return xstrdup(j->errbuf[0] ? j->errbuf : curl_easy_strerror(rc));
}

static int retryable(CURLcode rc, long status)
{
	return rc == CURLE_OPERATION_TIMEDOUT || (rc == CURLE_OK && status >= 500 && status <= 599);
}

static void requeue_later(struct fetcher *f, struct job *j, unsigned attempt)
{
	j->not_before = now() + backoff(attempt);
	push_pending(f, j, 0);
}

/* robots.txt for j->host has come back: 2xx is read, 4xx allows all,
 * 5xx and timeouts (after retries) disallow all for this run, and a host
 * that cannot be reached at all is left to fail on its own request. */
static void robots_done(struct fetcher *f, struct job *j, CURLcode rc, long status)
{
	struct host *h = j->host;
	if (retryable(rc, status) && j->attempt <= f->o->retries) {
		finish_transfer(f, j);
		requeue_later(f, j, j->attempt);
		return;
	}
	if (rc == CURLE_OK && status >= 200 && status < 300) {
		h->robots = robots_parse(j->body.p ? j->body.p : "", j->body.len, FETCH_ROBOTS_TOKEN);
	} else if (rc == CURLE_OK && status >= 500) {
		h->robots = robots_disallow_all();
		char *e = http_error(j, status);
		h->robots_why = xasprintf("robots.txt could not be read (%s), so nothing is fetched "
					  "from this site (--ignore-robots to fetch anyway)", e);
		free(e);
	} else if (rc == CURLE_OPERATION_TIMEDOUT) {
		h->robots = robots_disallow_all();
		char *e = curl_why(j, rc, f->o);
		h->robots_why = xasprintf("robots.txt could not be read (%s), so nothing is fetched "
					  "from this site (--ignore-robots to fetch anyway)", e);
		free(e);
	} else {
		h->robots = robots_allow_all();
	}
	double cd = robots_crawl_delay(h->robots);
	if (cd > CRAWL_DELAY_MAX)
		cd = CRAWL_DELAY_MAX;
	if (cd > h->delay)
		h->delay = cd;
	h->robots_state = ROBOTS_READY;
	finish_transfer(f, j);
	/* The next request may follow at once: robots.txt is not a page. */
	h->next_ok = now();
	job_free(j);
}

static void page_done(struct fetcher *f, struct job *j, CURLcode rc)
{
	long status = 0;
	curl_easy_getinfo(j->easy, CURLINFO_RESPONSE_CODE, &status);
	char *location = NULL;
	if (rc == CURLE_OK && status >= 300 && status < 400 && status != 304) {
		char *loc = NULL;
		curl_easy_getinfo(j->easy, CURLINFO_REDIRECT_URL, &loc);
		if (loc)
			location = xstrdup(loc);
	}
	if (retryable(rc, status) && j->attempt <= f->o->retries) {
		finish_transfer(f, j);
		requeue_later(f, j, j->attempt);
		return;
	}
	char *why = NULL;
	if (rc != CURLE_OK) {
		why = curl_why(j, rc, f->o);
		if (j->attempt > 1) {
			char *w = xasprintf("%s (%u attempts)", why, j->attempt);
			free(why);
			why = w;
		}
	}
	finish_transfer(f, j);
	if (why) {
		fail_job(f, j, FETCH_NETWORK, status, "%s", why);
		free(why);
		return;
	}
	if (location) {
		size_t n = scheme_len(location);
		char *next = NULL, *err = NULL;
		if (n && !is_http_scheme(location, n)) {
			fail_job(f, j, FETCH_NETWORK, status, "redirected to %s: only http and https "
				 "URLs are supported", location);
		} else if (!(next = fetch_url_normalise(location, &err))) {
			fail_job(f, j, FETCH_NETWORK, status, "redirected to %s: %s", location, err);
		} else {
			int loop = 0;
			for (size_t i = 0; i < j->nchain; i++)
				loop |= strcmp(j->chain[i], next) == 0;
			if (loop)
				fail_job(f, j, FETCH_NETWORK, status, "redirect loop (back to %s)", next);
			else if (j->nchain > f->o->max_redirects)
				fail_job(f, j, FETCH_NETWORK, status, "too many redirects (more than %u)",
					 f->o->max_redirects);
			else if (job_set_hop(f, j, next) < 0)
				fail_job(f, j, FETCH_NETWORK, status, "redirected to %s: not a valid URL",
					 next);
			else
				push_pending(f, j, 0);
		}
		free(err);
		free(next);
		free(location);
		return;
	}
	if (status >= 300 && status != 304) {
		char *e = http_error(j, status);
		if (j->attempt > 1)
			fail_job(f, j, FETCH_NETWORK, status, "%s (%u attempts)", e, j->attempt);
		else
			fail_job(f, j, FETCH_NETWORK, status, "%s", e);
		free(e);
		return;
	}
	report(f, j, FETCH_OK, NULL, status);
}

/* ---- the loop ------------------------------------------------------------ */

/* Starts what may start; returns how long until something else may (s). */
static double schedule(struct fetcher *f)
{
	double t = now(), wait = 1.0;
	size_t keep = 0;
	struct job **robots = NULL;
	size_t nrobots = 0;
	for (size_t i = 0; i < f->npending; i++) {
		struct job *j = f->pending[i];
		struct host *h = j->host;
		int held = 0;
		if (f->stopped) {
			job_free(j);
			continue;
		}
		if (!is_robots_job(j) && h->robots_state != ROBOTS_READY) {
			if (h->robots_state == ROBOTS_UNKNOWN) {
				struct job *r = xcalloc(1, sizeof *r);
				r->index = (size_t)-1;
				char *url = xasprintf("%s/robots.txt", h->key);
				r->url = xstrdup(url);
				r->cur = url;
				r->host = h;
				h->robots_state = ROBOTS_FETCHING;
				robots = xrealloc(robots, (nrobots + 1) * sizeof *robots);
				robots[nrobots++] = r;
			}
			held = 1;
		} else if (!is_robots_job(j) && !f->o->ignore_robots &&
			   !robots_allowed(h->robots, j->path_query)) {
			if (h->robots_why)
				fail_job(f, j, FETCH_ROBOTS, 0, "%s", h->robots_why);
			else
				fail_job(f, j, FETCH_ROBOTS, 0, "robots.txt disallows this URL");
			continue;
		} else if (f->running >= f->o->max_parallel) {
			held = 1;
		} else if (j->not_before > t) {
			held = 1;
			if (j->not_before - t < wait)
				wait = j->not_before - t;
		} else if (h->inflight && (h->delay > 0 || is_robots_job(j))) {
			held = 1;
		} else if (h->next_ok > t) {
			held = 1;
			if (h->next_ok - t < wait)
				wait = h->next_ok - t;
		}
		if (held) {
			f->pending[keep++] = j;
			continue;
		}
		start(f, j);
	}
	f->npending = keep;
	/* Ahead of everything waiting for them; started on the next round. */
	for (size_t i = nrobots; i-- > 0;)
		push_pending(f, robots[i], 1);
	free(robots);
	if (nrobots)
		wait = 0;
	return wait;
}

static void drain(struct fetcher *f)
{
	CURLMsg *m;
	int left;
	while ((m = curl_multi_info_read(f->multi, &left))) {
		if (m->msg != CURLMSG_DONE)
			continue;
		struct job *j = NULL;
		CURLcode rc = m->data.result;
		curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&j);
		if (is_robots_job(j)) {
			long status = 0;
			curl_easy_getinfo(j->easy, CURLINFO_RESPONSE_CODE, &status);
			robots_done(f, j, rc, status);
		} else {
			page_done(f, j, rc);
		}
	}
}

static void abandon(struct fetcher *f)
{
	for (size_t i = 0; i < f->npending; i++)
		job_free(f->pending[i]);
	f->npending = 0;
	while (f->running) {
		struct job *j = f->active[0];
		finish_transfer(f, j);
		job_free(j);
	}
}

int fetch_run(const struct fetch_request *reqs, size_t n, const struct fetch_options *o,
	      fetch_cb cb, void *arg, char **err)
{
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		*err = xstrdup("libcurl could not be initialised");
		return -1;
	}
	struct fetcher f = { 0 };
	f.o = o;
	f.ua = o->user_agent ? o->user_agent : FETCH_USER_AGENT;
	f.cb = cb;
	f.arg = arg;
	f.multi = curl_multi_init();
	if (!f.multi) {
		curl_global_cleanup();
		*err = xstrdup("libcurl could not be initialised");
		return -1;
	}
	struct fetch_options fixed = *o;
	if (fixed.max_parallel == 0)
		fixed.max_parallel = 1;
	f.o = &fixed;
	f.active = xcalloc(fixed.max_parallel, sizeof *f.active);

	for (size_t i = 0; i < n && !f.stopped; i++) {
		struct job *j = xcalloc(1, sizeof *j);
		j->index = i;
		j->etag = reqs[i].etag;
		j->last_modified = reqs[i].last_modified;
		char *why = NULL;
		j->url = fetch_url_normalise(reqs[i].url, &why);
		if (!j->url) {
			j->url = xstrdup(reqs[i].url);
			report(&f, j, FETCH_REFUSED, why, 0);
			free(why);
			continue;
		}
		if (job_set_hop(&f, j, j->url) < 0) {
			report(&f, j, FETCH_REFUSED, "not a valid URL", 0);
			continue;
		}
		push_pending(&f, j, 0);
	}

	while (!f.stopped && (f.npending || f.running)) {
		if (o->cancel && *o->cancel) {
			f.stopped = 1;
			break;
		}
		double wait = schedule(&f);
		int still;
		curl_multi_perform(f.multi, &still);
		drain(&f);
		if (f.stopped || (!f.npending && !f.running))
			break;
		long ms = (long)(wait * 1000) + 1;
		if (ms > POLL_MAX_MS)
			ms = POLL_MAX_MS;
		curl_multi_poll(f.multi, NULL, 0, (int)ms, NULL);
	}
	abandon(&f);
	for (size_t i = 0; i < f.nhosts; i++)
		host_free(f.hosts[i]);
	free(f.hosts);
	free(f.pending);
	free(f.active);
	curl_multi_cleanup(f.multi);
	curl_global_cleanup();
	return f.stopped ? 1 : 0;
}
