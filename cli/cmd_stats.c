/* cmd_stats.c — `tracuu stats`: how big the index is. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "index/index.h"
#include "query/query.h"
#include "util/util.h"

static const char stats_help[] =
	"usage: tracuu stats [--db PATH] [--json] [--partial]\n\n"
	"Prints the index's path, documents, distinct terms and words, word\n"
	"positions and size on disk.\n\n"
	"  --db PATH   the index to read (a folder, or a stub file listing shards)\n"
	"  --partial   with shards: answer from those that are up, warn about the\n"
	"              others (JSON: \"partial\": true)\n"
	"  --json      the same as one JSON object\n"
	"  -h, --help  this text\n\n"
	"Exit status: 0 printed, 2 bad usage, 4 index error (a shard down without\n"
	"--partial).\n";

int cmd_stats(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "json", no_argument, NULL, 'j' },
		{ "partial", no_argument, NULL, CLI_OPT_PARTIAL },
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
		case CLI_OPT_PARTIAL: cli_read_partial = 1; break;
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
		if (idx_shard_count(db)) {
			out.len -= 2; /* "}\n" */
			buf_adds(&out, ",\"shards\":[");
			for (size_t i = 0; i < idx_shard_count(db); i++) {
				const char *name = idx_shard_name(db, i);
				buf_adds(&out, i ? ",{\"name\":" : "{\"name\":");
				buf_add_json_string(&out, name, strlen(name));
				buf_addf(&out, ",\"documents\":%llu,\"down\":%s}",
					 idx_shard_documents(db, i),
					 idx_shard_down(db, i) ? "true" : "false");
			}
			buf_adds(&out, "]}\n");
		}
	} else {
		buf_addf(&out, "index:      %s\n", path);
		buf_addf(&out, "documents:  %llu\n", s.documents);
		buf_addf(&out, "terms:      %llu (%llu distinct words)\n", s.terms, s.words);
		buf_addf(&out, "positions:  %llu\n", s.postings);
		buf_addf(&out, "size:       %.1f MiB (%llu bytes)%s\n", s.disk_bytes / 1048576.0,
			 s.disk_bytes, idx_shard_count(db) ? " of the local shards" : "");
		for (size_t i = 0; i < idx_shard_count(db); i++)
			buf_addf(&out, "shard %zu:    %s, %llu documents%s\n", i + 1,
				 idx_shard_name(db, i), idx_shard_documents(db, i),
				 idx_shard_down(db, i) ? " (down)" : "");
	}
	fwrite(out.p, 1, out.len, stdout);
	buf_release(&out);
	cli_partial_end(db, json);
	idx_close(db);
	free(path);
	return EXIT_OK;
}
