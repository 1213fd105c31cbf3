/* cmd_serve.c — `tracuu serve`: the search pages and the JSON API on a
 * local address, until Ctrl-C or SIGTERM. */
#include "cli/cli.h"

#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "index/index.h"
#include "util/util.h"
#include "web/web.h"

extern char **environ;

static const char serve_help[] =
	"usage: tracuu serve [--listen ADDRESS:PORT] [--db PATH] [--open] [--log FILE]\n"
	"                    [--threads N] [--partial]\n\n"
	"Serves the search as web pages (Vietnamese; English with ?lang=en) and as a\n"
	"JSON API with the objects of --json, until Ctrl-C or SIGTERM:\n"
	"  /                         the search box\n"
	"  /search?q=…&type=&issuer=&year=&from=&to=&sort=&articles=1&in-force=1\n"
	"          &status=&as-of=&page=\n"
	"  /cite/NUMBER              a number's citation card (status, relations) and the\n"
	"                            documents citing it\n"
	"                            ('khoản 3 Điều 2 NUMBER': that clause too)\n"
	"  /doc/ID                   a document, its articles and clauses as anchors\n"
	"                            (#dieu-26, #dieu-26-khoan-3)\n"
	"  /api/search?q=…           {query, total, exact, results, cards; facets with\n"
	"                            &facets=1}; also n, offset and the filters above\n"
	"  /api/cite/NUMBER          {query, cards: [the cite --json objects]}\n"
	"  /api/doc/ID, /api/stats   the show --json and stats --json objects\n"
	"Errors are JSON {error, status}: 400 a query that cannot be read, 404, 503\n"
	"while the index cannot be opened, 414 a query longer than 1024 bytes.\n"
	"A newer index (an ingest's commit, a compaction) is read without a restart;\n"
	"the server never writes to it.\n\n"
	"  --listen ADDR:PORT  where to listen (default 127.0.0.1:8080; port 0: any\n"
	"                      free one); an address other than loopback makes the\n"
	"                      pages reachable from other machines, and says so\n"
	"  --db PATH           the index to serve (default: as for search)\n"
	"  --open              open the address in the browser (xdg-open or $BROWSER)\n"
	"  --log FILE          one line per request: time, client, method, path,\n"
	"                      status, bytes, milliseconds ('-': stdout)\n"
	"  --threads N         request threads (default: one per processor, 2 to 16)\n"
	"  --partial           with shards: answer from those that are up (the pages\n"
	"                      say which are down; API objects end \"partial\": true,\n"
	"                      \"shards_down\": […]); a shard down is tried again\n"
	"                      every 10 s\n"
	"  -h, --help          this text\n\n"
	"Exit status: 0 stopped by Ctrl-C or SIGTERM, 2 bad usage, 4 no index to\n"
	"serve or the address cannot be listened on.\n";

/* "127.0.0.1:8080", "[::1]:8080", "localhost:8080", ":8080", "8080". */
static int parse_listen(const char *s, char **host, unsigned *port)
{
	const char *colon;
	if (*s == '[') {
		const char *close = strchr(s, ']');
		if (!close || close[1] != ':')
			return -1;
		*host = xstrndup(s + 1, (size_t)(close - s - 1));
		colon = close + 1;
	} else if ((colon = strrchr(s, ':')) != NULL) {
		*host = colon == s ? xstrdup("127.0.0.1") : xstrndup(s, (size_t)(colon - s));
	} else {
		*host = xstrdup("127.0.0.1");
		colon = s - 1;
	}
	if (strcmp(*host, "localhost") == 0) {
		free(*host);
		*host = xstrdup("127.0.0.1");
	}
	char *end;
	errno = 0;
	unsigned long p = strtoul(colon + 1, &end, 10);
	if (!colon[1] || *end || errno || p > 65535) {
		free(*host);
		*host = NULL;
		return -1;
	}
	*port = (unsigned)p;
	return 0;
}

static int loopback(const char *host)
{
	return strncmp(host, "127.", 4) == 0 || strcmp(host, "::1") == 0;
}

/* Starts the user's browser on url, without waiting for it. */
static void open_browser(const char *url)
{
	const char *browser = getenv("BROWSER");
	char *argv[] = { (char *)(browser && *browser ? browser : "xdg-open"), (char *)url, NULL };
	pid_t pid;
	int rc = posix_spawnp(&pid, argv[0], NULL, NULL, argv, environ);
	if (rc != 0)
		warnf("serve: cannot start %s: %s (open %s yourself)", argv[0], strerror(rc), url);
}

int cmd_serve(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "listen", required_argument, NULL, 'l' },
		{ "open", no_argument, NULL, 'o' },
		{ "log", required_argument, NULL, 'L' },
		{ "threads", required_argument, NULL, 't' },
		{ "partial", no_argument, NULL, CLI_OPT_PARTIAL },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db_opt = NULL, *listen = "127.0.0.1:8080", *log_path = NULL;
	int open_it = 0, c;
	long threads = 0;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db_opt = optarg; break;
		case 'l': listen = optarg; break;
		case 'o': open_it = 1; break;
		case 'L': log_path = optarg; break;
		case 't': {
			int rc = parse_whole("serve", "--threads", optarg, 1, 64, &threads);
			if (rc)
				return rc;
			break;
		}
		case CLI_OPT_PARTIAL: cli_read_partial = 1; break;
		case 'h': fputs(serve_help, stdout); return EXIT_OK;
		default: return bad_option("serve", argc, argv);
		}
	}
	if (optind < argc)
		return usage_error("serve", "unexpected argument '%s'", argv[optind]);
	struct web_options o = { .threads = (unsigned)threads, .partial = cli_read_partial };
	char *host = NULL;
	if (parse_listen(listen, &host, &o.port) < 0)
		return usage_error("serve", "--listen takes ADDRESS:PORT (127.0.0.1:8080, "
				   "[::1]:8080, :8080), not '%s'", listen);
	o.host = host;
	unsigned char addr[16];
	if (inet_pton(AF_INET, host, addr) != 1 && inet_pton(AF_INET6, host, addr) != 1) {
		free(host);
		return usage_error("serve", "--listen takes a numeric address (127.0.0.1, ::1, "
				   "0.0.0.0) or localhost, not '%s'", listen);
	}

	/* The index as the other commands choose it; opened once here so
	 * that a wrong --db is said now, then by each request thread. */
	idx_db *db;
	char *path;
	if (cli_open_index(db_opt, &db, &path) != EXIT_OK) {
		free(host);
		return EXIT_INDEX;
	}
	idx_close(db);
	o.db_path = path;

	FILE *log = NULL;
	if (log_path && strcmp(log_path, "-") == 0) {
		log = stdout;
	} else if (log_path && !(log = fopen(log_path, "a"))) {
		errorf("serve: cannot open the log %s: %s", log_path, strerror(errno));
		free(host);
		free(path);
		return EXIT_INPUT;
	}
	o.log = log;

	/* The server's threads inherit this mask: the signals that stop it
	 * come to sigwait below, never to a thread in the middle of a request. */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	signal(SIGPIPE, SIG_IGN);
	signal(SIGCHLD, SIG_IGN); /* a browser started by --open is not waited for */

	xalloc_keep_heap(); /* a long-running server keeps what it freed */

	web_server *srv;
	char *err = NULL;
	if (web_start(&o, &srv, &err) < 0) {
		errorf("serve: %s", err);
		free(err);
		free(host);
		free(path);
		if (log && log != stdout)
			fclose(log);
		return EXIT_INDEX;
	}
	int v6 = strchr(host, ':') != NULL;
	char *url = xasprintf("http://%s%s%s:%u/", v6 ? "[" : "", host, v6 ? "]" : "", web_port(srv));
	if (!loopback(host))
		warnf("serve: listening on %s: the pages and the API are reachable from other "
		      "machines (--listen 127.0.0.1:PORT keeps them on this one)", host);
	printf("serving %s (index %s; Ctrl-C stops)\n", url, path);
	fflush(stdout);
	if (open_it)
		open_browser(url);

	int sig = 0;
	sigwait(&stop, &sig);
	notef("serve: stopping (%s)", sig == SIGINT ? "Ctrl-C" : sig == SIGTERM ? "SIGTERM" : "SIGHUP");
	web_stop(srv);
	if (log && log != stdout)
		fclose(log);
	free(url);
	free(host);
	free(path);
	return EXIT_OK;
}
