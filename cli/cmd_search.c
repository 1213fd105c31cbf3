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
	"A document number in any spelling (57-QĐ/TW, 57/qd-tw, 'quy dinh 57') shows\n"
	"its citation card first, then the documents that cite exactly that number.\n"
	"Up to four words are all required; five or more (a pasted sentence) are\n"
	"ranked, none required, adjacent words counting as words. \"Quoted words\"\n"
	"form a phrase: in order, only white space between words typed with only\n"
	"white space between them (\"chuyên gia, kỹ sư\": a comma or nothing).\n"
	"OR, AND, NOT (in capitals) and parentheses combine; -word or -\"a phrase\"\n"
	"excludes.\n"
	"Without marks ('dao tao') a word matches every accented form; typed with\n"
	"marks ('đào tạo') the same documents match, exact tones ranked first.\n\n"
	"  --db PATH         the index to search\n"
	"  -n, --limit N     results to show (default 10)\n"
	"  --offset N        skip the first N results\n"
	"  --json            one JSON object per result (JSON Lines)\n"
	"  --color=WHEN      mark matches in bold: auto (a terminal), always, never;\n"
	"                    otherwise they are marked «like this»\n"
	"  --type T          documents of (or citing) type T: a code (NQ, QĐ, NĐ…) or\n"
	"                    a name ('Nghị quyết', 'quy dinh'); also type:T in the query\n"
	"  --issuer I        issued by, or citing a document of, I: a code (TW, CP,\n"
	"                    BTC…) or a name ('Ban Bí thư'); also issuer:I\n"
	"  --year Y          the document's own date is in year Y; also year:Y\n"
	"  --from D, --to D  the document's date (issue date of a regulation's own\n"
	"                    text, else publication date) within D: YYYY[-MM[-DD]]\n"
	"  --sort=date       newest first (default: relevance)\n"
	"  --facets          also count the matches by type, issuer and year\n"
	"  --count           count every match (the total is exact up to 500 matches,\n"
	"                    then Xapian's estimate, \"about N\", which for a phrase\n"
	"                    can be a few times off)\n"
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
		{ "type", required_argument, NULL, 'T' },
		{ "issuer", required_argument, NULL, 'I' },
		{ "year", required_argument, NULL, 'Y' },
		{ "from", required_argument, NULL, 'F' },
		{ "to", required_argument, NULL, 'U' },
		{ "sort", required_argument, NULL, 'S' },
		{ "facets", no_argument, NULL, 'A' },
		{ "count", no_argument, NULL, 'C' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db_opt = NULL, *color = "auto";
	long limit = 10, offset = 0;
	int json = 0, explain = 0, by_date = 0, facets = 0, count_all = 0, c;
	/* Filter options, added to the query's own filters once it is parsed. */
	struct { int which; const char *value; } fopts[32];
	size_t nf = 0;
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
		case 'T': case 'I': case 'Y': case 'F': case 'U':
			if (nf == sizeof fopts / sizeof *fopts)
				return usage_error("search", "too many filters");
			fopts[nf].which = c;
			fopts[nf++].value = optarg;
			break;
		case 'A': facets = 1; break;
		case 'C': count_all = 1; break;
		case 'S':
			if (strcmp(optarg, "date") != 0 && strcmp(optarg, "relevance") != 0)
				return usage_error("search", "--sort takes relevance or date, not '%s'", optarg);
			by_date = strcmp(optarg, "date") == 0;
			break;
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
	for (size_t i = 0; i < nf && !err; i++) {
		struct qfilters *f = &q->filters;
		switch (fopts[i].which) {
		case 'T': query_filter_type(f, fopts[i].value, &err); break;
		case 'I': query_filter_issuer(f, fopts[i].value, &err); break;
		case 'Y': query_filter_year(f, fopts[i].value, &err); break;
		case 'F': query_filter_date(f, fopts[i].value, 0, &err); break;
		case 'U': query_filter_date(f, fopts[i].value, 1, &err); break;
		}
	}
	if (err) {
		int rc = usage_error("search", "%s", err);
		free(err);
		query_free(q);
		buf_release(&qs);
		return rc;
	}
	if (q->warning)
		warnf("query: %s", q->warning);

	int status = EXIT_OK;
	idx_db *db = NULL;
	struct buf out = BUF_INIT;
	char *path = dbpath_for_read(db_opt, &err);
	if (!path || idx_open(path, IDX_READ, &db, &err) < 0) {
		errorf("index%s%s: %s", path ? " " : "", path ? path : "", err);
		status = EXIT_INDEX;
		goto out;
	}
	if (query_resolve(db, q, &err) < 0) {
		errorf("index %s: %s", path, err);
		status = EXIT_INDEX;
		goto out;
	}
	if (explain) {
		idx_query *iq = query_build(q);
		char *d = idx_q_describe(iq);
		fprintf(stderr, "tracuu: query: %s\n", d);
		free(d);
		idx_q_free(iq);
	}
	/* A number in the query: its card comes first. */
	if (!json && q->root) {
		for (size_t i = 0; i < q->ncites; i++) {
			for (size_t k = 0; k < q->cites[i].ncanonicals; k++) {
				struct idx_card *cards;
				size_t nc;
				if (idx_cards_get(db, q->cites[i].canonicals[k], &cards, &nc, NULL) != 0)
					continue;
				for (size_t j = 0; j < nc; j++) {
					struct idx_record src = { 0 };
					int have_src = cards[j].source_docid &&
						       idx_get(db, cards[j].source_docid, &src, NULL) == 0;
					format_card_text(&out, &cards[j], have_src ? &src : NULL);
					buf_addc(&out, '\n');
					idx_record_release(&src);
				}
				idx_cards_release(cards, nc);
			}
		}
	}
	/* With only numbers and filters, newest first reads best. */
	struct search_opts so = { (size_t)offset, (size_t)limit, EXCERPT_CHARS, by_date, count_all };
	struct search_result res;
	if (query_search(db, q, &so, &res, &err) < 0) {
		errorf("search: %s", err);
		status = EXIT_INDEX;
		goto out;
	}
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
	if (res.total == 0) {
		status = EXIT_NO_RESULTS;
		/* A phrase stops at punctuation the user did not type: say
		 * when that is why nothing was found. */
		int exact;
		long long loose = query_loose_count(db, q, &exact, &err);
		if (loose < 0) {
			errorf("search: %s", err);
			status = EXIT_INDEX;
		} else if (loose > 0) {
			fprintf(stderr,
				"tracuu: no document has the phrase with only white space between its "
				"words; %s%lld %s it with punctuation between them (type the "
				"punctuation inside the quotes, as in \"chuyên gia, kỹ sư\", or leave "
				"the quotes out)\n",
				exact ? "" : "about ", loose, loose == 1 ? "document has" : "documents have");
		}
	}
	search_result_release(&res);
	if (facets && status == EXIT_OK && query_facets(db, q, json, &out, &err) < 0) {
		errorf("search: %s", err);
		status = EXIT_INDEX;
	}
	if (out.len)
		fwrite(out.p, 1, out.len, stdout);
out:
	buf_release(&out);
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
