/* cmd_stats.c — `tracuu stats`: how big the index is. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "index/index.h"
#include "query/query.h"
#include "util/util.h"

static const char stats_help[] =
	"usage: tracuu stats [--db PATH] [--json]\n\n"
	"Prints the index's path, documents, distinct terms and words, word\n"
	"positions and size on disk.\n";

int cmd_stats(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db_opt = NULL;
	int json = 0, c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db_opt = optarg; break;
		case 'j': json = 1; break;
		case 'h': fputs(stats_help, stdout); return EXIT_OK;
		default:
			return bad_option("stats", argc, argv);
		}
	}
	if (optind < argc)
		return usage_error("stats", "unexpected argument '%s'", argv[optind]);
	idx_db *db;
	char *path, *err = NULL;
	if (cli_open_index(db_opt, &db, &path) != EXIT_OK)
		return EXIT_INDEX;
	struct idx_stats s;
	if (idx_read_stats(db, path, &s, &err) < 0) {
		errorf("index %s: %s", path, err);
		free(err);
		free(path);
		idx_close(db);
		return EXIT_INDEX;
	}
	struct buf out = BUF_INIT;
	if (json) {
		query_format_stats_json(&out, path, &s);
	} else {
		buf_addf(&out, "index:      %s\n", path);
		buf_addf(&out, "documents:  %llu\n", s.documents);
		buf_addf(&out, "terms:      %llu (%llu distinct words)\n", s.terms, s.words);
		buf_addf(&out, "positions:  %llu\n", s.postings);
		buf_addf(&out, "size:       %.1f MiB (%llu bytes)\n", s.disk_bytes / 1048576.0,
			 s.disk_bytes);
	}
	fwrite(out.p, 1, out.len, stdout);
	buf_release(&out);
	idx_close(db);
	free(path);
	return EXIT_OK;
}
