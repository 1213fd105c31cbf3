/* cmd_show.c — `tracuu show`: one document's metadata and text. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "index/index.h"
#include "query/query.h"
#include "util/util.h"

static const char show_help[] =
	"usage: tracuu show [--db PATH] [--json | --format FORMAT] [--article ARTICLE]\n"
	"                   [--partial]\n"
	"                   ID|SOURCE|NUMBER…\n\n"
	"Prints each document's metadata and text. ID is the number search shows\n"
	"(\"id 3\"); SOURCE is the stored path or URL, or a file's path as given to\n"
	"ingest (relative to the current folder); NUMBER a regulation's number\n"
	"(45/2019/QH14) whose own text the index holds.\n\n"
	"  --db PATH          the index to read\n"
	"  --json             one JSON object per document (JSON Lines)\n"
	"  --format FORMAT    a citation of each instead: csl-json (one JSON array),\n"
	"                     bibtex or ris; a regulation's own text as the regulation\n"
	"                     (as tracuu cite --format), any other document as a web\n"
	"                     page or a document\n"
	"  --article ARTICLE  only that article, clause or point of its text: 26, 5a,\n"
	"                     26.3, 26.3.a, 'Điều 26', 'khoản 3 Điều 26',\n"
	"                     'điểm a khoản 3 Điều 26'\n"
	"  -h, --help         this text\n\n"
	"Exit status: 0 all shown, 1 some document does not exist, 2 bad usage,\n"
	"4 index error.\n";

/* With --partial, may a shard that is down hold the document not found:
 * by id, the shard its id names ((d-1)·n + i+1 is shard i's docid d); by
 * source, any shard down. */
static int held_by_down_shard(idx_db *db, unsigned docid, int by_id)
{
	size_t n = idx_shard_count(db);
	if (!n)
		return 0;
	if (by_id)
		return docid > 0 && idx_shard_down(db, (docid - 1) % n);
	for (size_t i = 0; i < n; i++)
		if (idx_shard_down(db, i))
			return 1;
	return 0;
}

/* The one document whose source is arg (as typed, or as ingest names the
 * path) in Unicode's other form: a file named in NFD, as macOS writes names,
 * typed in NFC (`show 'Luật đất đai.txt'` said "no document", h14f). 0 and
 * *docid, 1 when none or several are, -1 on error. */
static int other_form(idx_db *db, const char *arg, unsigned *docid, char **err)
{
	if (strstr(arg, "://"))
		return 1;
	char *name = path_source_name(arg, NULL);
	struct idx_sources all;
	/* Absolute paths under "/", an ingest root's relative ones under "". */
	if (idx_list_sources_under(db, name[0] == '/' ? "/" : "", &all, err) < 0) {
		free(name);
		return -1;
	}
	size_t found = 0;
	for (size_t i = 0; i < all.n; i++)
		if (cli_source_is_typed(all.v[i].source, name, 0) ||
		    cli_source_is_typed(all.v[i].source, arg, 0)) {
			*docid = all.v[i].docid;
			found++;
		}
	free(name);
	idx_sources_release(&all);
	return found == 1 ? 0 : 1;
}

/* The document a regulation's number names: its own text's. 0 and *docid,
 * 1 when the index holds no text of that number (with *err saying so when
 * it knows the number), -1 on error. */
static int own_text(idx_db *db, const char *arg, unsigned *docid, char **err)
{
	struct query_cite qc;
	struct idx_card *cards;
	size_t n;
	int rc = query_cite_lookup(db, arg, &qc, &cards, &n, err);
	if (rc <= 0) {
		query_cite_release(&qc);
		return rc < 0 ? -1 : 1;
	}
	unsigned found = 0;
	int several = 0;
	for (size_t i = 0; i < n; i++) {
		if (!cards[i].source_docid)
			continue;
		several |= found && found != cards[i].source_docid;
		if (!found)
			found = cards[i].source_docid;
	}
	rc = 0;
	if (several) {
		struct buf ids = BUF_INIT;
		for (size_t i = 0; i < n; i++)
			if (cards[i].source_docid)
				buf_addf(&ids, "%s%u", ids.len ? ", " : "", cards[i].source_docid);
		*err = xasprintf("%s names several texts (ids %s): show one by its id", arg, ids.p);
		buf_release(&ids);
		rc = 1;
	} else if (!found) {
		if (n)
			*err = xasprintf("the index cites %s but does not hold its text", arg);
		rc = 1;
	} else {
		*docid = found;
	}
	idx_cards_release(cards, n);
	query_cite_release(&qc);
	return rc;
}

/* Prints one article or clause of r; returns the status so far or the
 * error's. */
static int show_article(const char *arg, const struct idx_record *r,
			const struct query_regs *regs, const struct query_article_addr *ad, int json, int not_first, int status)
{
	size_t from, to;
	struct query_article a;
	char *err = NULL;
	int rc = query_article_range(r, ad, &from, &to, &a, &err);
	if (rc != 0) {
		if (strcmp(arg, r->source) == 0 || (unsigned)parse_count(arg) == r->docid)
			errorf("show: id %u: %s", r->docid, err);
		else
			errorf("show: %s (id %u): %s", arg, r->docid, err);
		free(err);
		return rc < 0 ? EXIT_INDEX : EXIT_NO_RESULTS;
	}
	struct buf out = BUF_INIT;
	if (json) {
		query_format_record_article_json(&out, r, regs, &a, from, to);
	} else {
		if (not_first)
			buf_addc(&out, '\n');
		/* The text as stored, without the blank lines that end it. */
		while (to > from && (r->text[to - 1] == '\n' || r->text[to - 1] == ' ' ||
				     r->text[to - 1] == '\f'))
			to--;
		text_shown(r->text + from, to - from, 1, &out);
		buf_addc(&out, '\n');
	}
	fwrite(out.p, 1, out.len, stdout);
	buf_release(&out);
	query_article_release(&a);
	return status;
}

int cmd_show(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "json", no_argument, NULL, 'j' },
		{ "format", required_argument, NULL, 'f' },
		{ "article", required_argument, NULL, 'a' },
		{ "partial", no_argument, NULL, CLI_OPT_PARTIAL },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db_opt = NULL, *article = NULL;
	struct query_article_addr art = { 0 };
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
		case 'a': article = optarg; break;
		case CLI_OPT_PARTIAL: cli_read_partial = 1; break;
		case 'h': fputs(show_help, stdout); return EXIT_OK;
		default:
			return bad_option("show", argc, argv);
		}
	}
	if (optind >= argc)
		return usage_error("show", "no document id given");
	if (json && exporting)
		return usage_error("show", "--json and --format are two outputs: give one");
	if (article && exporting)
		return usage_error("show", "--format cites a whole document: --article does not go with it");
	if (article) {
		char *aerr = NULL;
		if (query_article_ref(article, &art, &aerr) < 0) {
			int rc = usage_error("show", "%s", aerr);
			free(aerr);
			return rc;
		}
	}

	idx_db *db;
	char *path, *err = NULL;
	if (cli_open_index(db_opt, &db, &path) != EXIT_OK)
		return EXIT_INDEX;
	int status = EXIT_OK;
	if (exporting) {
		struct buf out = BUF_INIT;
		query_export_begin(&out, format);
		if (out.len) /* BibTeX and RIS have no list brackets */
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
			if (rc > 0)
				rc = other_form(db, arg, &docid, &err);
			if (rc > 0)
				rc = own_text(db, arg, &docid, &err);
		} else {
			docid = (unsigned)n;
		}
		struct idx_record r = { 0 };
		struct query_regs regs;
		if (rc == 0)
			rc = idx_get(db, docid, &r, &err);
		if (rc == 0)
			rc = query_date_floor(db, &r, NULL, &err);
		if (rc < 0) {
			errorf("index %s: %s", path, err);
			status = EXIT_INDEX;
		} else if (rc > 0 && held_by_down_shard(db, docid, n > 0 && n <= 0xFFFFFFFFL)) {
			/* --partial: not "no document" when it may be there. */
			size_t shards = idx_shard_count(db);
			if (n > 0 && n <= 0xFFFFFFFFL)
				errorf("show: document %s is on shard %s, which is down (--partial)",
				       arg, idx_shard_name(db, (docid - 1) % shards));
			else
				errorf("show: no document %s in the shards that are up; a shard that is "
				       "down may hold it (--partial)", arg);
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
		} else if (article) {
			status = show_article(arg, &r, &regs, &art, json,
					      i > optind, status);
			query_regs_release(&regs);
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
		if (out.len) /* BibTeX and RIS have no list brackets */
			fwrite(out.p, 1, out.len, stdout);
		buf_release(&out);
	}
	cli_partial_end(db, json);
	idx_close(db);
	free(path);
	return status;
}
