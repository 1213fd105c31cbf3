/* main.c — the `tracuu` binary: one sorted table of subcommands. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "util/util.h"

#define INGEST_PROGRAM "tracuu-ingest"
#define SERVE_PROGRAM "tracuu-serve"

/* `tracuu ingest` and `tracuu rm` run tracuu-ingest, and `tracuu serve`
 * tracuu-serve, so that the other commands start without loading curl,
 * poppler, libzip and libxml2, nor libmicrohttpd and the TLS libraries it
 * pulls in: scripts call search and cite by the thousand, and each library
 * loaded costs every call its relocations. The program is looked for beside
 * this binary (a build tree), then in PKGLIBEXECDIR; its argv[0] says which
 * command (ingest_main.c, serve_main.c). exec passes the exit status and
 * signals through; returns only on failure, with FAIL. */
static int run_program(char **argv, const char *program, const char *as, int fail)
{
	char installed[PATH_MAX];
	char here[PATH_MAX];
	const char *cmd = argv[0];
	size_t plen = strlen(program) + 1;
	snprintf(installed, sizeof installed, "%s/%s", PKGLIBEXECDIR, program);
	argv[0] = (char *)as;
	ssize_t n = readlink("/proc/self/exe", here, sizeof here - plen);
	char *slash = NULL;
	if (n > 0 && n < (ssize_t)(sizeof here - plen)) {
		here[n] = '\0';
		slash = strrchr(here, '/');
	}
	if (slash) {
		memcpy(slash + 1, program, plen);
		execv(here, argv);
		if (errno != ENOENT) {
			errorf("%s: cannot run %s: %s", cmd, here, strerror(errno));
			return fail;
		}
	}
	execv(installed, argv);
	if (slash && errno == ENOENT)
		errorf("%s: cannot run %s or %s: %s", cmd, here, installed, strerror(errno));
	else
		errorf("%s: cannot run %s: %s", cmd, installed, strerror(errno));
	return fail;
}

static int run_ingest(int argc, char **argv)
{
	(void)argc;
	return run_program(argv, INGEST_PROGRAM, INGEST_PROGRAM, EXIT_INPUT);
}

static int run_rm(int argc, char **argv)
{
	(void)argc;
	return run_program(argv, INGEST_PROGRAM, "tracuu-rm", EXIT_INPUT);
}

/* The server's heap on huge pages where the system gives them on request
 * (transparent huge pages "madvise"): glibc's malloc asks for them when
 * told so at the program's start (GLIBC_TUNABLES, read before main). A
 * served search walks index blocks and records copied all over its heap:
 * on huge pages it cost about 1% less CPU, at most 2% (bench/RESULTS.md,
 * h14c; fewer TLB misses, the likely cause). A setting of glibc.malloc.hugetlb the
 * caller made is kept. */
#define SERVE_TUNABLE "glibc.malloc.hugetlb"

static void serve_tunables(void)
{
	const char *now = getenv("GLIBC_TUNABLES");
	if (now && strstr(now, SERVE_TUNABLE "="))
		return;
	char *v = now && *now ? xasprintf("%s:" SERVE_TUNABLE "=1", now) : xstrdup(SERVE_TUNABLE "=1");
	setenv("GLIBC_TUNABLES", v, 1);
	free(v);
}

static int run_serve(int argc, char **argv)
{
	(void)argc;
	serve_tunables();
	return run_program(argv, SERVE_PROGRAM, SERVE_PROGRAM, EXIT_INDEX);
}

struct command {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
};

/* Sorted by name. */
static const struct command commands[] = {
	{ "cite", cmd_cite, "what a document number is and where it is cited" },
	{ "ingest", run_ingest, "add files and folders to the index" },
	{ "rm", run_rm, "remove documents from the index" },
	{ "search", cmd_search, "search the index" },
	{ "serve", run_serve, "serve the search as web pages and a JSON API" },
	{ "show", cmd_show, "print one document's metadata and text" },
	{ "stats", cmd_stats, "print the index's size and counts" },
};

static void print_help(FILE *f)
{
	fprintf(f, "usage: tracuu [--version] [--help] COMMAND [ARGS…]\n\n"
		   "Search Vietnamese regulation texts and the news about them.\n\ncommands:\n");
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\n'tracuu COMMAND --help' tells more about each.\n\n"
		   "Which index: --db PATH, else $TRACUU_DB, else your own index\n"
		   "($XDG_DATA_HOME/tracuu/index, made by 'tracuu ingest'), else the bundled one.\n\n"
		   "exit status:\n"
		   "  0  done (search: something was found)\n"
		   "  1  no results, or no such document\n"
		   "  2  bad command line or query\n"
		   "  3  some input could not be read or ingested\n"
		   "  4  the index could not be opened, read or written\n"
		   "  5  a download failed\n"
		   "  130  interrupted (what was committed is kept)\n");
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		print_help(stderr);
		return EXIT_USAGE;
	}
	const char *name = argv[1];
	if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
		if (argc > 2 && strcmp(name, "help") == 0) {
			char *sub[] = { argv[2], (char *)"--help", NULL };
			for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
				if (strcmp(commands[i].name, argv[2]) == 0)
					return commands[i].fn(2, sub);
		}
		print_help(stdout);
		return EXIT_OK;
	}
	if (strcmp(name, "--version") == 0 || strcmp(name, "version") == 0) {
		printf("tracuu %s\n", PACKAGE_VERSION);
		return EXIT_OK;
	}
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		if (strcmp(commands[i].name, name) == 0)
			return commands[i].fn(argc - 1, argv + 1);
	errorf("'%s' is not a command (see 'tracuu --help')", name);
	return EXIT_USAGE;
}
