/* cmd_search.c — `tracuu search`: ranked results with excerpts, as text for
 * people or JSON Lines for scripts. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "index/index.h"
#include "query/query.h"
#include "util/util.h"

#define EXCERPT_CHARS 220

static const char search_help[] =
	"usage: tracuu search [OPTIONS] QUERY…\n\n"
	"Words are all required; \"quoted words\" form a phrase; OR, AND, NOT (in\n"
	"capitals) and parentheses combine; -word or -\"a phrase\" excludes.\n"
	"Without marks ('dao tao') a word matches every accented form; typed with\n"
	"marks ('đào tạo') the same documents match, exact tones ranked first.\n\n"
	"  --db PATH         the index to search\n"
	"  -n, --limit N     results to show (default 10)\n"
	"  --offset N        skip the first N results\n"
	"  --json            one JSON object per result (JSON Lines)\n"
	"  --color=WHEN      mark matches in bold: auto (a terminal), always, never;\n"
	"                    otherwise they are marked «like this»\n"
	"  --explain         print the index query to stderr\n"
	"  -h, --help        this text\n\n"
	"JSON fields: rank, id, score, title, date (YYYY-MM-DD or null), source,\n"
	"format, excerpt, highlights ([start, end) in characters of excerpt).\n\n"
	"Exit status: 0 results found, 1 none, 2 bad usage or query, 4 index error.\n";

int cmd_search(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "limit", required_argument, NULL, 'n' },
		{ "offset", required_argument, NULL, 'o' },
		{ "json", no_argument, NULL, 'j' },
		{ "color", required_argument, NULL, 'c' },
		{ "colour", required_argument, NULL, 'c' },
		{ "explain", no_argument, NULL, 'x' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db_opt = NULL, *color = "auto";
	long limit = 10, offset = 0;
	int json = 0, explain = 0, c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "n:h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db_opt = optarg; break;
		case 'n':
			if ((limit = parse_count(optarg)) < 0)
				return usage_error("search", "--limit needs a whole number, not '%s'", optarg);
			break;
		case 'o':
			if ((offset = parse_count(optarg)) < 0)
				return usage_error("search", "--offset needs a whole number, not '%s'", optarg);
			break;
		case 'j': json = 1; break;
		case 'c': color = optarg; break;
		case 'x': explain = 1; break;
		case 'h': fputs(search_help, stdout); return EXIT_OK;
		default:
			return bad_option("search", argc, argv);
		}
	}
	int bold = color_choice(color, stdout);
	if (bold < 0)
		return usage_error("search", "--color takes auto, always or never, not '%s'", color);
	if (optind >= argc)
		return usage_error("search", "no query given");

	struct buf qs = BUF_INIT;
	for (int i = optind; i < argc; i++) {
		if (i > optind)
			buf_addc(&qs, ' ');
		buf_adds(&qs, argv[i]);
	}
	struct query *q;
	char *err = NULL;
	if (query_parse(qs.p, qs.len, &q, &err) < 0) {
		errorf("query: %s", err);
		free(err);
		buf_release(&qs);
		return EXIT_USAGE;
	}
	if (q->warning)
		warnf("query: %s", q->warning);
	if (explain) {
		idx_query *iq = query_build(q);
		char *d = idx_q_describe(iq);
		fprintf(stderr, "tracuu: query: %s\n", d);
		free(d);
		idx_q_free(iq);
	}

	int status = EXIT_OK;
	idx_db *db = NULL;
	char *path = dbpath_for_read(db_opt, &err);
	if (!path || idx_open(path, IDX_READ, &db, &err) < 0) {
		errorf("index%s%s: %s", path ? " " : "", path ? path : "", err);
		status = EXIT_INDEX;
		goto out;
	}
	struct search_opts so = { (size_t)offset, (size_t)limit, EXCERPT_CHARS };
	struct search_result res;
	if (query_search(db, q, &so, &res, &err) < 0) {
		errorf("search: %s", err);
		status = EXIT_INDEX;
		goto out;
	}
	struct buf out = BUF_INIT;
	if (!json) {
		if (res.total == 0)
			buf_adds(&out, "0 results\n");
		else if (res.n && (offset || res.n < res.total))
			buf_addf(&out, "results %zu–%zu of %s%llu\n", res.n ? (size_t)offset + 1 : 0,
				 (size_t)offset + res.n, res.exact ? "" : "about ", res.total);
		else
			buf_addf(&out, "%s%llu result%s\n", res.exact ? "" : "about ", res.total,
				 res.total == 1 ? "" : "s");
	}
	for (size_t i = 0; i < res.n; i++) {
		if (json) {
			format_hit_json(&out, &res.hits[i]);
		} else {
			buf_addc(&out, '\n');
			format_hit_text(&out, &res.hits[i], bold);
		}
	}
	fwrite(out.p, 1, out.len, stdout);
	buf_release(&out);
	if (res.total == 0)
		status = EXIT_NO_RESULTS;
	search_result_release(&res);
out:
	free(err);
	free(path);
	idx_close(db);
	query_free(q);
	buf_release(&qs);
	if (fflush(stdout) != 0 && status == EXIT_OK) {
		errorf("search: cannot write the results");
		status = EXIT_INPUT;
	}
	return status;
}
