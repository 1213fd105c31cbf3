/* testserver.c — the HTTP server the fetch tests start on 127.0.0.1 (libmicrohttpd), built for the tests only.
 *
 * usage: testserver DOCROOT PORTFILE [LOGFILE]
 * Listens on 127.0.0.1 at a port the system picks, writes that port to
 * PORTFILE once it accepts connections, logs one line per request to
 * LOGFILE, and serves until SIGTERM/SIGINT or for TESTSERVER_LIFETIME
 * seconds (120 by default), so it never outlives a test that forgot it.
 *
 * Routes (every fixture name is a file under DOCROOT; ".." is refused):
 *   /robots.txt                 our group disallows /private/ except open.html;
 *                               the "*" group disallows everything
 *   /f/NAME[?charset=CS]        the file; Content-Type from the extension,
 *                               with "; charset=CS" when asked
 *   /private/NAME               the file (robots.txt disallows it)
 *   /etag/NAME                  the file with an ETag; If-None-Match -> 304
 *   /lm/NAME                    the file with Last-Modified (its mtime);
 *                               If-Modified-Since with that date -> 304
 *   /redirect/N/NAME            302 to /redirect/N-1/NAME … /f/NAME
 *   /loop/a, /loop/b            302 to each other
 *   /ftp-redirect               302 to an ftp:// URL
 *   /status/CODE                that status
 *   /flaky/KEY/NAME             500 on the first request for KEY, then the file
 *   /always503                  503, every time
 *   /slow/SECONDS/NAME          the file after SECONDS
 *   /big/BYTES                  a page of BYTES bytes, Content-Length given
 *   /bigchunked/BYTES           the same, chunked (no length known up front)
 *   /gzip/NAME                  the file gzip-compressed, and 406 to a client
 *                               that does not accept gzip */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include <microhttpd.h>
#include <zlib.h>

#if MHD_VERSION >= 0x00097100
typedef enum MHD_Result handler_result;
#else
typedef int handler_result;
#endif

static const char *docroot;
static FILE *logfile;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static volatile sig_atomic_t stopping;

/* /flaky/KEY: how often each key was asked for. */
#define MAX_KEYS 64
static struct {
	char key[64];
	int count;
} flaky[MAX_KEYS];

static void on_signal(int sig)
{
	(void)sig;
	stopping = 1;
}

static void log_line(const char *fmt, ...)
{
	if (!logfile)
		return;
	va_list ap;
	va_start(ap, fmt);
	pthread_mutex_lock(&lock);
	vfprintf(logfile, fmt, ap);
	fflush(logfile);
	pthread_mutex_unlock(&lock);
	va_end(ap);
}

static int read_whole(const char *path, char **out, size_t *len, struct stat *st)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	if (fstat(fileno(f), st) < 0 || !S_ISREG(st->st_mode)) {
		fclose(f);
		return -1;
	}
	char *buf = malloc((size_t)st->st_size + 1);
	if (!buf) {
		fclose(f);
		return -1;
	}
	size_t n = fread(buf, 1, (size_t)st->st_size, f);
	fclose(f);
	*out = buf;
	*len = n;
	return 0;
}

static const char *mime_of(const char *name)
{
	const char *dot = strrchr(name, '.');
	if (dot && (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0))
		return "text/html";
	if (dot && strcasecmp(dot, ".txt") == 0)
		return "text/plain";
	if (dot && strcasecmp(dot, ".md") == 0)
		return "text/markdown";
	return "application/octet-stream";
}

static handler_result send_buf(struct MHD_Connection *c, unsigned status, const char *type,
			       const void *data, size_t len)
{
	struct MHD_Response *r =
		MHD_create_response_from_buffer(len, (void *)data, MHD_RESPMEM_MUST_COPY);
	if (type)
		MHD_add_response_header(r, "Content-Type", type);
	handler_result ret = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return ret;
}

static handler_result send_text(struct MHD_Connection *c, unsigned status, const char *text)
{
	return send_buf(c, status, "text/plain; charset=utf-8", text, strlen(text));
}

static handler_result redirect(struct MHD_Connection *c, const char *to)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
	MHD_add_response_header(r, "Location", to);
	handler_result ret = MHD_queue_response(c, MHD_HTTP_FOUND, r);
	MHD_destroy_response(r);
	return ret;
}

/* FNV-1a: an ETag that changes when the file does. */
static uint64_t fnv(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static int safe_name(const char *name)
{
	return *name && !strstr(name, "..") && name[0] != '/';
}

enum validators { V_NONE, V_ETAG, V_LASTMOD };

/* Serves DOCROOT/name, gzip'd when asked, with validators when asked. */
static handler_result serve_file(struct MHD_Connection *c, const char *name, const char *charset,
				 enum validators v, int gzip)
{
	if (!safe_name(name))
		return send_text(c, MHD_HTTP_NOT_FOUND, "not found\n");
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", docroot, name);
	char *data;
	size_t len;
	struct stat st;
	if (read_whole(path, &data, &len, &st) < 0)
		return send_text(c, MHD_HTTP_NOT_FOUND, "not found\n");
	char type[128], etag[40], lastmod[64];
	if (charset)
		snprintf(type, sizeof type, "%s; charset=%s", mime_of(name), charset);
	else
		snprintf(type, sizeof type, "%s", mime_of(name));
	snprintf(etag, sizeof etag, "\"%016llx\"", (unsigned long long)fnv(data, len));
	struct tm tm;
	gmtime_r(&st.st_mtime, &tm);
	strftime(lastmod, sizeof lastmod, "%a, %d %b %Y %H:%M:%S GMT", &tm);

	if (v == V_ETAG) {
		const char *inm = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "If-None-Match");
		if (inm && strcmp(inm, etag) == 0) {
			free(data);
			struct MHD_Response *r =
				MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
			MHD_add_response_header(r, "ETag", etag);
			handler_result ret = MHD_queue_response(c, MHD_HTTP_NOT_MODIFIED, r);
			MHD_destroy_response(r);
			return ret;
		}
	} else if (v == V_LASTMOD) {
		/* Clients send back the date they were given: equal means unchanged. */
		const char *ims = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "If-Modified-Since");
		if (ims && strcmp(ims, lastmod) == 0) {
			free(data);
			struct MHD_Response *r =
				MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
			MHD_add_response_header(r, "Last-Modified", lastmod);
			handler_result ret = MHD_queue_response(c, MHD_HTTP_NOT_MODIFIED, r);
			MHD_destroy_response(r);
			return ret;
		}
	}

	char *body = data;
	size_t body_len = len;
	unsigned char *z = NULL;
	if (gzip) {
		const char *ae = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Accept-Encoding");
		if (!ae || !strstr(ae, "gzip")) {
			free(data);
			return send_text(c, MHD_HTTP_NOT_ACCEPTABLE, "this page is only sent gzip'd\n");
		}
		z_stream s;
		memset(&s, 0, sizeof s);
		uLong cap = compressBound(len) + 64;
		z = malloc(cap);
		if (!z || deflateInit2(&s, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
			abort();
		s.next_in = (Bytef *)data;
		s.avail_in = (uInt)len;
		s.next_out = z;
		s.avail_out = (uInt)cap;
		if (deflate(&s, Z_FINISH) != Z_STREAM_END)
			abort();
		body = (char *)z;
		body_len = s.total_out;
		deflateEnd(&s);
	}
	struct MHD_Response *r = MHD_create_response_from_buffer(body_len, body, MHD_RESPMEM_MUST_COPY);
	MHD_add_response_header(r, "Content-Type", type);
	if (gzip)
		MHD_add_response_header(r, "Content-Encoding", "gzip");
	if (v == V_ETAG)
		MHD_add_response_header(r, "ETag", etag);
	if (v == V_LASTMOD)
		MHD_add_response_header(r, "Last-Modified", lastmod);
	handler_result ret = MHD_queue_response(c, MHD_HTTP_OK, r);
	MHD_destroy_response(r);
	free(data);
	free(z);
	return ret;
}

/* /big and /bigchunked: an HTML page padded with paragraphs. */
static char *big_page(size_t n)
{
	static const char head[] = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Trang rất "
				   "lớn</title></head><body>";
	static const char para[] = "<p>Văn bản này dài quá giới hạn cho phép của công cụ.</p>\n";
	char *p = malloc(n + 1);
	if (!p)
		abort();
	size_t i = 0;
	for (size_t k = 0; k < sizeof head - 1 && i < n; k++)
		p[i++] = head[k];
	while (i < n)
		for (size_t k = 0; k < sizeof para - 1 && i < n; k++)
			p[i++] = para[k];
	p[n] = '\0';
	return p;
}

struct chunked {
	char *data;
	size_t len;
};

static ssize_t chunk_reader(void *cls, uint64_t pos, char *buf, size_t max)
{
	struct chunked *ch = cls;
	if (pos >= ch->len)
		return MHD_CONTENT_READER_END_OF_STREAM;
	size_t n = ch->len - (size_t)pos;
	if (n > max)
		n = max;
	if (n > 4096)
		n = 4096;
	memcpy(buf, ch->data + pos, n);
	return (ssize_t)n;
}

static void chunk_free(void *cls)
{
	struct chunked *ch = cls;
	free(ch->data);
	free(ch);
}

static const char robots[] =
	"# tracuu's tests: the catch-all group shuts everyone out,\n"
	"# our own group only keeps us out of /private/.\n"
	"User-agent: *\n"
	"Disallow: /\n"
	"\n"
	"User-agent: Tracuu\n"
	"Allow: /private/open.html\n"
	"Disallow: /private/\n";

static handler_result route(struct MHD_Connection *c, const char *url)
{
	char a[256], b[600], key[64];
	long n;
	if (strcmp(url, "/robots.txt") == 0)
		return send_buf(c, MHD_HTTP_OK, "text/plain", robots, sizeof robots - 1);
	if (strncmp(url, "/f/", 3) == 0) {
		const char *cs = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "charset");
		return serve_file(c, url + 3, cs, V_NONE, 0);
	}
	if (strncmp(url, "/private/", 9) == 0)
		return serve_file(c, url + 1, NULL, V_NONE, 0);
	if (strncmp(url, "/etag/", 6) == 0)
		return serve_file(c, url + 6, NULL, V_ETAG, 0);
	if (strncmp(url, "/lm/", 4) == 0)
		return serve_file(c, url + 4, NULL, V_LASTMOD, 0);
	if (strncmp(url, "/gzip/", 6) == 0)
		return serve_file(c, url + 6, NULL, V_NONE, 1);
	if (sscanf(url, "/redirect/%ld/%255s", &n, a) == 2) {
		if (n <= 0)
			snprintf(b, sizeof b, "/f/%s", a);
		else
			snprintf(b, sizeof b, "/redirect/%ld/%s", n - 1, a);
		return redirect(c, b);
	}
	if (strcmp(url, "/loop/a") == 0)
		return redirect(c, "/loop/b");
	if (strcmp(url, "/loop/b") == 0)
		return redirect(c, "/loop/a");
	if (strcmp(url, "/ftp-redirect") == 0)
		return redirect(c, "ftp://127.0.0.1/pub/file.txt");
	if (sscanf(url, "/status/%ld", &n) == 1 && n >= 200 && n <= 599)
		return send_text(c, (unsigned)n, "a status chosen by the test\n");
	if (strcmp(url, "/always503") == 0)
		return send_text(c, MHD_HTTP_SERVICE_UNAVAILABLE, "down for maintenance\n");
	if (sscanf(url, "/flaky/%63[^/]/%255s", key, a) == 2) {
		int count = 0;
		pthread_mutex_lock(&lock);
		for (int i = 0; i < MAX_KEYS; i++) {
			if (!flaky[i].key[0])
				memcpy(flaky[i].key, key, sizeof key);
			if (strcmp(flaky[i].key, key) == 0) {
				count = ++flaky[i].count;
				break;
			}
		}
		pthread_mutex_unlock(&lock);
		if (count == 1)
			return send_text(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "try again\n");
		return serve_file(c, a, NULL, V_NONE, 0);
	}
	if (sscanf(url, "/slow/%ld/%255s", &n, a) == 2) {
		/* In small steps, so a stopping server is not held up. */
		for (long i = 0; i < n * 10 && !stopping; i++)
			usleep(100000);
		return serve_file(c, a, NULL, V_NONE, 0);
	}
	if (sscanf(url, "/big/%ld", &n) == 1 && n > 0 && n <= (64L << 20)) {
		char *p = big_page((size_t)n);
		handler_result r = send_buf(c, MHD_HTTP_OK, "text/html; charset=utf-8", p, (size_t)n);
		free(p);
		return r;
	}
	if (sscanf(url, "/bigchunked/%ld", &n) == 1 && n > 0 && n <= (64L << 20)) {
		struct chunked *ch = malloc(sizeof *ch);
		if (!ch)
			abort();
		ch->data = big_page((size_t)n);
		ch->len = (size_t)n;
		struct MHD_Response *r =
			MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 4096, chunk_reader, ch, chunk_free);
		MHD_add_response_header(r, "Content-Type", "text/html; charset=utf-8");
		handler_result ret = MHD_queue_response(c, MHD_HTTP_OK, r);
		MHD_destroy_response(r);
		return ret;
	}
	return send_text(c, MHD_HTTP_NOT_FOUND, "not found\n");
}

static handler_result on_request(void *cls, struct MHD_Connection *c, const char *url,
				 const char *method, const char *version, const char *upload,
				 size_t *upload_size, void **state)
{
	(void)cls;
	(void)version;
	(void)upload;
	(void)upload_size;
	if (!*state) {
		/* The first call only announces the headers. */
		*state = (void *)1;
		return MHD_YES;
	}
	const char *inm = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "If-None-Match");
	const char *ims = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "If-Modified-Since");
	const char *ae = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Accept-Encoding");
	const char *ua = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "User-Agent");
	log_line("%s %s inm=%s ims=%s ae=%s ua=%s\n", method, url, inm ? inm : "-",
		  ims ? ims : "-", ae ? ae : "-", ua ? ua : "-");
	if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
		return send_text(c, MHD_HTTP_METHOD_NOT_ALLOWED, "GET only\n");
	return route(c, url);
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: testserver DOCROOT PORTFILE [LOGFILE]\n");
		return 2;
	}
	docroot = argv[1];
	if (argc > 3 && !(logfile = fopen(argv[3], "a"))) {
		perror(argv[3]);
		return 1;
	}
	signal(SIGPIPE, SIG_IGN);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);

	struct sockaddr_in addr;
	memset(&addr, 0, sizeof addr);
	addr.sin_family = AF_INET;
	addr.sin_port = 0; /* the system picks a free port */
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	struct MHD_Daemon *d = MHD_start_daemon(
		MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD, 0, NULL, NULL,
		on_request, NULL, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30, MHD_OPTION_END);
	if (!d) {
		fprintf(stderr, "testserver: cannot listen on 127.0.0.1\n");
		return 1;
	}
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_LISTEN_FD);
	struct sockaddr_in bound;
	socklen_t blen = sizeof bound;
	if (!info || getsockname(info->listen_fd, (struct sockaddr *)&bound, &blen) < 0) {
		fprintf(stderr, "testserver: cannot tell which port it listens on\n");
		MHD_stop_daemon(d);
		return 1;
	}
	/* Written whole, then renamed: a reader never sees half a number. */
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s.tmp", argv[2]);
	FILE *pf = fopen(tmp, "w");
	if (!pf || fprintf(pf, "%u\n", (unsigned)ntohs(bound.sin_port)) < 0 || fclose(pf) != 0 ||
	    rename(tmp, argv[2]) < 0) {
		perror(argv[2]);
		MHD_stop_daemon(d);
		return 1;
	}
	const char *life = getenv("TESTSERVER_LIFETIME");
	long lifetime = life ? atol(life) : 120;
	for (long i = 0; i < lifetime * 10 && !stopping; i++)
		usleep(100000);
	stopping = 1;
	MHD_stop_daemon(d);
	if (logfile)
		fclose(logfile);
	return 0;
}
