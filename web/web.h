/* web.h — `tracuu serve`: the search pages and the JSON API over HTTP
 * (libmicrohttpd), reading an index it never writes. */
#ifndef TRACUU_WEB_H
#define TRACUU_WEB_H

#include <stdio.h>

typedef struct web_server web_server;

struct web_options {
	const char *db_path;  /* the index folder (the CLI's choice: --db, $TRACUU_DB…) */
	const char *host;     /* a numeric IPv4 or IPv6 address to listen on */
	unsigned port;        /* 0: any free port (web_port says which) */
	unsigned threads;     /* request threads (0: one per processor, 2 to 16) */
	unsigned connections; /* open connections at most (0: WEB_CONNECTIONS) */
	unsigned timeout;     /* seconds a connection may sit idle (0: WEB_TIMEOUT) */
	FILE *log;            /* one line per request, or NULL */
	int partial;          /* shards: answer from those up (pages say so; the API's
			       * objects end "partial": true, "shards_down": […]) */
};

#define WEB_CONNECTIONS 256
#define WEB_TIMEOUT 15
/* Seconds a 503 (the index or a shard cannot be opened) asks a client to
 * wait before asking again: each request tries to open it anew. */
#define WEB_RETRY_AFTER "5"
/* The longest query (bytes) a search takes, and the longest request line
 * and headers (bytes, MHD's per-connection memory): past them 414 / 431. */
#define WEB_QUERY_MAX 1024
#define WEB_REQUEST_MAX 16384

/* Starts serving in threads of its own and returns: 0 and *out, or -1 and
 * *err (malloc'd) when the address cannot be read or bound. The index is
 * opened by each request thread when it first needs it, and opened again
 * when a newer one (a commit, a compaction's generation) is there; while it
 * cannot be opened, requests get 503 and say why. */
int web_start(const struct web_options *o, web_server **out, char **err);
/* The port it listens on. */
unsigned web_port(const web_server *s);
/* Stops accepting, waits for the requests in flight, closes the index
 * handles. NULL is a no-op. */
void web_stop(web_server *s);

/* web/mapread.c, linked into the programs that read the index (tracuu,
 * tracuu-serve, bench/latency): whether tables opened from now on are
 * mapped (the default) or read by pread(2). A process that makes one search
 * reads too few blocks for the mapping's faults and its teardown to pay
 * (bench/RESULTS.md, h10b). */
void web_map_tables(int on);

#endif
