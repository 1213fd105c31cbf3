/* cmd_show.c — `tracuu show`: one document's metadata and text. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "index/index.h"
#include "query/query.h"
#include "util/util.h"

static const char show_help[] =
	"usage: tracuu show [--db PATH] [--json | --format FORMAT] ID|SOURCE…\n\n"
	"Prints each document's metadata and text. ID is the number search shows\n"
	"(\"id 3\"); SOURCE is the stored path or URL, or a file's path as given to\n"
	"ingest (relative to the current folder).\n\n"
	"  --db PATH        the index to read\n"
	"  --json           one JSON object per document (JSON Lines)\n"
	"  --format FORMAT  a citation of each instead: csl-json (one JSON array),\n"
	"                   bibtex or ris; a regulation's own text as the regulation\n"
	"                   (as tracuu cite --format), any other document as a web\n"
	"                   page or a document\n"
	"  -h, --help       this text\n\n"
	"Exit status: 0 all shown, 1 some document does not exist, 4 index error.\n";

int cmd_show(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "json", no_argument, NULL, 'j' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db_opt = NULL;
	int json = 0, exporting = 0, c;
	enum query_export_format format = QUERY_EXPORT_CSL_JSON;
	size_t exported = 0;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db_opt = optarg; break;
		case 'j': json = 1; break;
		case 'f':
			if (query_export_format_parse(optarg, &format) < 0)
				return usage_error("show", "--format takes csl-json, bibtex or ris, not '%s'",
						   optarg);
			exporting = 1;
			break;
		case 'h': fputs(show_help, stdout); return EXIT_OK;
		default:
			return bad_option("show", argc, argv);
		}
	}
	if (optind >= argc)
		return usage_error("show", "no document id given");
	if (json && exporting)
		return usage_error("show", "--json and --format are two outputs: give one");

	idx_db *db;
	char *path, *err = NULL;
	if (cli_open_index(db_opt, &db, &path) != EXIT_OK)
		return EXIT_INDEX;
	int status = EXIT_OK;
	if (exporting) {
		struct buf out = BUF_INIT;
		query_export_begin(&out, format);
		fwrite(out.p, 1, out.len, stdout);
		buf_release(&out);
	}
	for (int i = optind; i < argc && status != EXIT_INDEX; i++) {
		const char *arg = argv[i];
		unsigned docid = 0;
		long n = parse_count(arg);
		int rc = 0;
		if (n <= 0 || n > 0xFFFFFFFFL) {
			/* As stored (a URL, a path under an ingest root), else the path
			 * as ingest names a file: resolved from the current folder. */
			rc = idx_find_source(db, arg, &docid, &err);
			if (rc > 0 && !strstr(arg, "://")) {
				char *name = path_source_name(arg, NULL);
				if (strcmp(name, arg) != 0)
					rc = idx_find_source(db, name, &docid, &err);
				free(name);
			}
		} else {
			docid = (unsigned)n;
		}
		struct idx_record r = { 0 };
		struct query_regs regs;
		if (rc == 0)
			rc = idx_get(db, docid, &r, &err);
		if (rc < 0) {
			errorf("index %s: %s", path, err);
			status = EXIT_INDEX;
		} else if (rc > 0) {
			errorf("show: no document %s in %s", arg, path);
			status = EXIT_NO_RESULTS;
		} else if (exporting) {
			struct buf out = BUF_INIT;
			if (query_export_document(db, &out, format, exported, &r, &err) < 0) {
				errorf("index %s: %s", path, err);
				status = EXIT_INDEX;
			} else {
				exported++;
				fwrite(out.p, 1, out.len, stdout);
			}
			buf_release(&out);
		} else if (query_regs_read(db, &r, 0, (size_t)-1, NULL, &regs, &err) < 0) {
			errorf("index %s: %s", path, err);
			status = EXIT_INDEX;
		} else {
			struct buf out = BUF_INIT;
			if (json) {
				query_format_record_json(&out, &r, &regs);
			} else {
				if (i > optind)
					buf_adds(&out, "\n");
				query_format_record_text(&out, &r, &regs);
			}
			fwrite(out.p, 1, out.len, stdout);
			buf_release(&out);
			query_regs_release(&regs);
		}
		free(err);
		err = NULL;
		idx_record_release(&r);
	}
	if (exporting && status != EXIT_INDEX) {
		struct buf out = BUF_INIT;
		query_export_end(&out, format);
		fwrite(out.p, 1, out.len, stdout);
		buf_release(&out);
	}
	idx_close(db);
	free(path);
	return status;
}
