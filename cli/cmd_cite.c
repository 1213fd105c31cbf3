/* cmd_cite.c — `tracuu cite`: what a document number is and where it is
 * cited, for people, for scripts, and in bulk. */
#include "cli/cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "index/index.h"
#include "query/query.h"
#include "util/util.h"

static const char cite_help[] =
	"usage: tracuu cite [OPTIONS] NUMBER…\n"
	"       tracuu cite --batch [--json | --format FORMAT] < numbers.txt\n\n"
	"Prints the citation card of each document number (any spelling: 57-QĐ/TW,\n"
	"57/qd-tw, '57 - QĐ/TW', 'Quy định 57', 'NĐ 89/2021'): its type, issuing body,\n"
	"issue date and subject as its mentions agree, with how many support each, and\n"
	"where its own text is; then the documents citing it, newest first, each with\n"
	"the sentence that cites it. A number typed without its leading zeros shows every\n"
	"number it may be (01/2025/TT-BNV and 001/2025/TT-BNV). A regulation's name\n"
	"('Bộ luật Lao động 2019', 'Luật BHXH', 'BLLĐ'; abbreviations from\n"
	"corpus/abbreviations.tsv) shows the numbers the collection's letterheads and\n"
	"mentions give it: of that year, or without one every number, newest first.\n\n"
	"  --db PATH       the index to read\n"
	"  --json          one JSON object per card (JSON Lines)\n"
	"  --batch         read one number per line from stdin; one JSON line each\n"
	"                  (with the ids of the citing documents, no sentences)\n"
	"  -n, --limit N   citing documents to list per number (default 10)\n"
	"  --format FORMAT each number as a reference managers import: csl-json (one\n"
	"                  JSON array), bibtex (biblatex @legislation) or ris (Zotero\n"
	"                  imports TY STAT as a Statute)\n"
	"  --color=WHEN    mark the number in bold: auto, always, never\n"
	"  -h, --help      this text\n\n"
	"JSON fields: query, found, number, kind, type, type_code, issuer, issuer_code,\n"
	"date, subject, signer, mentions, documents, evidence {type, issuer, date,\n"
	"subject, signer: "
	"[{value, support, letterhead}]}, conflicts, source {id, source, title} or null,\n"
	"cited_in_total, cited_in [{id, title, date, source, sentence}]. A number not\n"
	"found: {query, found: false, number (as it is cited; null when what was typed\n"
	"is not a number), error}. A number may be typed with what surrounds it\n"
	"('(145/2020/NĐ-CP)', 'Số: 145/2020/NĐ-CP', '… ngày 14/12/2020'); a short\n"
	"reference ('Luật 45') shows every number it may mean.\n\n"
	"Exit status: 0 every number was found, 1 some were not, 2 bad usage,\n"
	"4 index error.\n";

struct cite_run {
	idx_db *db;
	int json, batch, bold;
	int exporting;                   /* --format given */
	enum query_export_format format;
	size_t exported;                 /* entries written */
	size_t limit;
	struct buf out;
};

/* A number as it is cited: its canonical form, or a short reference's
 * type and number ("Luật 45", "Nghị định 89/2021"). */
static void cite_number_name(const struct cite_number *n, struct buf *out)
{
	if (n->canonical[0]) {
		buf_adds(out, n->canonical);
		return;
	}
	const char *type = n->type_name ? n->type_name : cite_type_name(n->type, CITE_QPPL);
	buf_addf(out, "%s%s%s", type ? type : "", type ? " " : "", n->number);
	if (n->year)
		buf_addf(out, "/%d", n->year);
}

/* One number: 0 found, 1 not found or not a number, -1 index error. */
static int cite_one(struct cite_run *r, const char *typed, char **err)
{
	struct query_cite qc;
	struct idx_card *cards;
	size_t ncards;
	int rc = query_cite_lookup(r->db, typed, &qc, &cards, &ncards, err);
	if (rc < 0)
		return -1;
	if (rc == 0 || ncards == 0) {
		const char *why = rc == 0 ? "not a document number" : "not cited in any indexed document";
		/* A number read but not cited is named as it would be cited. */
		struct buf name = BUF_INIT;
		if (rc > 0)
			cite_number_name(&qc.num, &name);
		if ((r->json || r->batch) && !r->exporting)
			query_format_not_cited_json(&r->out, typed, rc > 0 ? qc.num.canonical : NULL,
						    why);
		else
			errorf("cite: %s: %s", name.len ? name.p : typed, why);
		buf_release(&name);
		query_cite_release(&qc);
		return 1;
	}
	if (ncards > 1 && !r->json && !r->batch && !r->exporting && qc.num.kind == CITE_SHORT) {
		/* "Luật 45": every law numbered 45 the index knows. */
		struct buf name = BUF_INIT;
		cite_number_name(&qc.num, &name);
		buf_addf(&r->out, "%s may be %zu numbers:", name.p, ncards);
		for (size_t i = 0; i < ncards; i++)
			buf_addf(&r->out, "%s %s", i ? "," : "", cards[i].canonical);
		buf_addc(&r->out, '\n');
		buf_release(&name);
	}
	int status = 0;
	for (size_t i = 0; i < ncards && status == 0; i++) {
		const struct idx_card *c = &cards[i];
		struct idx_record src = { 0 }, *srcp = NULL;
		if (c->source_docid && idx_get(r->db, c->source_docid, &src, NULL) == 0)
			srcp = &src;
		struct query_cite_doc *docs = NULL;
		size_t ndocs = 0;
		unsigned long long total = 0;
		if (r->exporting) {
			query_export_card(&r->out, r->format, r->exported++, c, srcp);
		} else if (r->batch) {
			query_format_card_json(&r->out, typed, c, srcp, NULL, 0, 0);
		} else if (query_cite_documents(r->db, c, 0, r->limit, &docs, &ndocs, &total,
						err) < 0) {
			status = -1;
		} else if (r->json) {
			query_format_card_json(&r->out, typed, c, srcp, docs, ndocs, total);
		} else {
			if (r->out.len)
				buf_addc(&r->out, '\n');
			query_format_card_text(&r->out, c, srcp);
			for (size_t d = 0; d < ndocs; d++) {
				buf_addc(&r->out, '\n');
				query_format_cite_doc_text(&r->out, d + 1, &docs[d], r->bold);
			}
			if (total > ndocs)
				buf_addf(&r->out, "\n… and %llu more (--limit)\n", total - ndocs);
		}
		query_cite_documents_release(docs, ndocs);
		idx_record_release(&src);
	}
	idx_cards_release(cards, ncards);
	query_cite_release(&qc);
	return status;
}

int cmd_cite(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "json", no_argument, NULL, 'j' },
		{ "batch", no_argument, NULL, 'b' },
		{ "limit", required_argument, NULL, 'n' },
		{ "format", required_argument, NULL, 'f' },
		{ "color", required_argument, NULL, 'c' },
		{ "colour", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db_opt = NULL, *color = "auto";
	struct cite_run r = { .limit = 10, .out = BUF_INIT };
	long v;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "n:h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db_opt = optarg; break;
		case 'j': r.json = 1; break;
		case 'b': r.batch = 1; break;
		case 'n':
			if ((v = parse_count(optarg)) < 0)
				return usage_error("cite", "--limit needs a whole number, not '%s'", optarg);
			r.limit = (size_t)v;
			break;
		case 'f':
			if (query_export_format_parse(optarg, &r.format) < 0)
				return usage_error("cite", "--format takes csl-json, bibtex or ris, not '%s'",
						   optarg);
			r.exporting = 1;
			break;
		case 'c': color = optarg; break;
		case 'h': fputs(cite_help, stdout); return EXIT_OK;
		default: return bad_option("cite", argc, argv);
		}
	}
	if ((r.bold = color_choice(color, stdout)) < 0)
		return usage_error("cite", "--color takes auto, always or never, not '%s'", color);
	if (r.json && r.exporting)
		return usage_error("cite", "--json and --format are two outputs: give one");
	if (r.batch && optind < argc)
		return usage_error("cite", "--batch reads the numbers from stdin, not the command line");
	if (!r.batch && optind >= argc)
		return usage_error("cite", "no document number given");

	char *path, *err = NULL;
	if (cli_open_index(db_opt, &r.db, &path) != EXIT_OK)
		return EXIT_INDEX;
	int missing = 0, failed = 0, unreadable = 0;
	if (r.exporting)
		query_export_begin(&r.out, r.format);
	if (r.batch) {
		char *line = NULL;
		size_t cap = 0;
		unsigned long lineno = 0;
		while (!failed && batch_line(stdin, &line, &cap, &lineno) >= 0) {
			int rc = cite_one(&r, line, &err);
			failed = rc < 0;
			missing += rc > 0;
			if (r.out.len > 65536)
				batch_flush(&r.out);
		}
		free(line);
		unreadable = !failed && ferror(stdin) ? errno : 0;
	} else {
		for (int i = optind; i < argc && !failed; i++) {
			int rc = cite_one(&r, argv[i], &err);
			failed = rc < 0;
			missing += rc > 0;
		}
	}
	if (r.exporting && !failed)
		query_export_end(&r.out, r.format);
	batch_flush(&r.out);
	buf_release(&r.out);
	idx_close(r.db);
	/* A write that failed earlier (a full disk, a closed pipe) leaves
	 * the stream's error set. */
	if ((fflush(stdout) != 0 || ferror(stdout)) && !failed) {
		errorf("cite: cannot write the cards: %s", strerror(errno));
		free(path);
		return EXIT_INPUT;
	}
	if (failed) {
		errorf("index %s: %s", path, err);
		free(err);
		free(path);
		return EXIT_INDEX;
	}
	free(path);
	if (unreadable) {
		errorf("cite: cannot read the numbers from stdin: %s", strerror(unreadable));
		return EXIT_INPUT;
	}
	return missing ? EXIT_NO_RESULTS : EXIT_OK;
}
