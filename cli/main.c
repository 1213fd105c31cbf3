/* main.c — the `tracuu` binary: one sorted table of subcommands. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

struct command {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
};

/* Sorted by name. */
static const struct command commands[] = {
	{ "cite", cmd_cite, "what a document number is and where it is cited" },
	{ "ingest", cmd_ingest, "add files and folders to the index" },
	{ "search", cmd_search, "search the index" },
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
	fprintf(stderr, "tracuu: '%s' is not a command (see 'tracuu --help')\n", name);
	return EXIT_USAGE;
}
