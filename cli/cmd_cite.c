/* cmd_cite.c — `tracuu cite`: what a document number is and where it is
 * cited, for people, for scripts, and in bulk. */
#include "cli/cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "index/index.h"
#include "query/query.h"
#include "text/text.h"
#include "util/util.h"
#include "web/web.h"

static const char cite_help[] =
	"usage: tracuu cite [OPTIONS] NUMBER…\n"
	"       tracuu cite --batch [--json | --format FORMAT] < numbers.txt\n\n"
	"Prints the citation card of each document number (any spelling: 57-QĐ/TW,\n"
	"57/qd-tw, '57 - QĐ/TW', 'Quy định 57', 'NĐ 89/2021'): its type, issuing body,\n"
	"issue date and subject as its mentions agree, with how many support each, and\n"
	"where its own text is; then the documents citing it, newest first, each with\n"
	"the sentence that cites it. A number typed without its leading zeros shows every\n"
	"number it may be (01/2025/TT-BNV and 001/2025/TT-BNV), and one typed with its\n"
	"year only (45/2019) every number of that year, most cited first. A\n"
	"regulation's name ('Bộ luật Lao động 2019', 'Luật BHXH', 'BLLĐ'; abbreviations\n"
	"from corpus/abbreviations.tsv) shows the numbers the collection's letterheads\n"
	"and mentions give it: of that year, or without one every number, newest first.\n\n"
	"An article named before the number ('khoản 3 Điều 2 Nghị định 89/2021/NĐ-CP',\n"
	"'Điều 5 của Luật 45/2019/QH14') prints that article or clause of the number's\n"
	"own text after its card, when the index holds that text (JSON: article,\n"
	"article_text).\n\n"
	"  --db PATH       the index to read (a folder or a stub file of shards)\n"
	"  --partial       with shards: answer from those that are up\n"
	"  --json          one JSON object per card (JSON Lines)\n"
	"  --batch         read one number per line from stdin (blank lines and lines\n"
	"                  starting with # skipped); one JSON line each, its \"query\"\n"
	"                  the line as read (with the ids of the citing documents,\n"
	"                  no sentences)\n"
	"  -n, --limit N   citing documents to list per number (default 10)\n"
	"  --all-copies    list every copy of a citing text: by default the copies of\n"
	"                  one regulation (the same number and issue date in their\n"
	"                  letterheads) are one entry, its others under \"also:\"\n"
	"                  (JSON: copies), and cited_in_total counts texts\n"
	"  --as-of DATE    the status as of DATE (YYYY-MM-DD or 'ngày 1 tháng 7 năm\n"
	"                  2019'; default today)\n"
	"  --format FORMAT each number as a reference managers import: csl-json (one\n"
	"                  JSON array), bibtex (biblatex @legislation) or ris (Zotero\n"
	"                  imports TY STAT as a Statute)\n"
	"  --color=WHEN    mark the number in bold: auto, always, never\n"
	"  -h, --help      this text\n\n"
	"JSON fields: query, found, number, kind, type, type_code, issuer, issuer_code,\n"
	"date, subject, signer, mentions, documents, evidence {type, issuer, date,\n"
	"subject, signer: "
	"[{value, support, letterhead}]}, conflicts, source {id, source, title} or null,\n"
	"effective (YYYY-MM-DD or null), effective_evidence {id, sentence},\n"
	"effective_in_text {date, id, sentence} or null, expires,\n"
	"effective_parts [{scope, date, evidence}],\n"
	"status (in force, not yet in force, replaced, repealed, expired, suspended,\n"
	"unknown),\n"
	"status_as_of, status_since, status_by, status_until, status_until_by,\n"
	"status_parts_ended, relations [{kind\n"
	"(replaces, repeals, amends, guides, consolidates, based-on, suspends),\n"
	"direction (out:\n"
	"this text does it; in: done to it), other, scope (null: the whole text),\n"
	"from, by_name, evidence {id, sentence}}],\n"
	"cited_in_total, cited_in [{id, title, date, source, sentence, article, clause,\n"
	"copies [{id, source}] (when it has)}]\n"
	"(the article and clause the sentence cites, or null), cited_articles\n"
	"[{article, mentions}] (the articles its mentions cite, most first). A number not\n"
	"found: {query, found: false, number (as it is cited; null when what was typed\n"
	"is not a number), error}. A number may be typed with what surrounds it\n"
	"('(145/2020/NĐ-CP)', 'Số: 145/2020/NĐ-CP', '… ngày 14/12/2020'); a short\n"
	"reference ('Luật 45') shows every number it may mean.\n\n"
	"Exit status: 0 every number was found, 1 some were not, 2 bad usage,\n"
	"4 index error.\n";

/* A batch names the same texts again and again (the numbers a text cites,
 * a list checked twice): a card shows its own text's source and title only,
 * so each text's are read once a batch, not its whole record each time.
 * Open addressing on the docid; at most SEEN_MAX texts, a bound on memory. */
#define SEEN_MAX 65536

struct seen_text {
	unsigned docid; /* 0: empty */
	char *source, *title;
};

struct seen_texts {
	struct seen_text *slot;
	size_t n, cap; /* cap: 0 or a power of two */
};

struct cite_run {
	idx_db *db;
	int json, batch, bold;
	int exporting;                   /* --format given */
	enum query_export_format format;
	size_t exported;                 /* entries written */
	size_t limit;
	int all_copies;                  /* --all-copies */
	const char *as_of; /* NULL: today */
	struct buf out;
	struct seen_texts seen; /* --batch */
};

static struct seen_text *seen_find(struct seen_texts *s, unsigned docid)
{
	size_t i = (docid * 2654435761u) & (s->cap - 1);
	while (s->slot[i].docid && s->slot[i].docid != docid)
		i = (i + 1) & (s->cap - 1);
	return &s->slot[i];
}

/* The source and title of text docid as a record (nothing else set), from
 * the batch's texts or read now: 0 kept, 1 read but not kept (the batch's
 * texts are full: the caller releases out), -1 it cannot be read. */
static int seen_text(struct cite_run *r, unsigned docid, struct idx_record *out)
{
	struct seen_texts *s = &r->seen;
	if (s->n * 2 >= s->cap && s->n < SEEN_MAX) {
		struct seen_texts g = { xcalloc(s->cap ? 2 * s->cap : 256, sizeof *g.slot), s->n,
					s->cap ? 2 * s->cap : 256 };
		for (size_t i = 0; i < s->cap; i++)
			if (s->slot[i].docid)
				*seen_find(&g, s->slot[i].docid) = s->slot[i];
		free(s->slot);
		*s = g;
	}
	struct seen_text *e = seen_find(s, docid);
	if (!e->docid) {
		struct idx_record rec = { 0 };
		if (idx_get_lazy(r->db, docid, &rec, NULL) != 0)
			return -1;
		struct seen_text t = { docid, rec.source, rec.title };
		rec.source = rec.title = NULL;
		idx_record_release(&rec);
		if (s->n * 2 >= s->cap) {
			/* Full: this one is not kept. */
			memset(out, 0, sizeof *out);
			out->docid = docid;
			out->source = t.source;
			out->title = t.title;
			return 1;
		}
		*e = t;
		s->n++;
	}
	memset(out, 0, sizeof *out);
	out->docid = docid;
	out->source = e->source;
	out->title = e->title;
	return 0;
}

static void seen_release(struct seen_texts *s)
{
	for (size_t i = 0; i < s->cap; i++) {
		free(s->slot[i].source);
		free(s->slot[i].title);
	}
	free(s->slot);
	memset(s, 0, sizeof *s);
}

/* Shown on a card: the articles cited most. */
#define CITED_ARTICLES_SHOWN 10

/* Ends the JSON object just written to out with fields (",\"a\":…"). */
static void json_extend(struct buf *out, const char *fields, size_t len)
{
	if (out->len >= 2 && memcmp(out->p + out->len - 2, "}\n", 2) == 0) {
		out->len -= 2;
		buf_add(out, fields, len);
		buf_adds(out, "}\n");
	}
}

/* The articles of c's number its mentions cite, with their counts: a line
 * of the card, or "cited_articles": [{article, mentions}]. */
static int add_cited_articles(struct cite_run *r, const struct idx_card *c, char **err)
{
	struct query_article_count *a;
	size_t n;
	if (query_cited_articles(r->db, c, &a, &n, err) < 0)
		return -1;
	struct buf f = BUF_INIT;
	if (r->json) {
		query_format_cited_articles_json(&f, a, n);
		json_extend(&r->out, f.p, f.len);
	} else if (n) {
		buf_adds(&r->out, "  articles cited");
		for (size_t i = 0; i < n && i < CITED_ARTICLES_SHOWN; i++)
			buf_addf(&r->out, "%s Điều %s ×%u", i ? "," : "", a[i].number, a[i].count);
		if (n > CITED_ARTICLES_SHOWN)
			buf_addf(&r->out, " and %zu more", n - CITED_ARTICLES_SHOWN);
		buf_addc(&r->out, '\n');
	}
	buf_release(&f);
	free(a);
	return 0;
}

/* The article (clause, point) art of the card's own text, after its card:
 * the text as stored (text output), or an "article" field with its "text"
 * added to the card's JSON object. A text without it is said on stderr. */
static void add_article(struct cite_run *r, const struct idx_card *c,
			const struct idx_record *src, const struct query_article_addr *ad)
{
	size_t from, to;
	struct query_article a;
	char *why = NULL;
	if (!src) {
		if (!r->json && !r->batch)
			notef("cite: the text of %s is not indexed: its card only", c->canonical);
		return;
	}
	if (query_article_range(src, ad, &from, &to, &a, &why) != 0) {
		if (!r->json && !r->batch)
			warnf("cite: %s (id %u): %s", c->canonical, src->docid, why);
		free(why);
		return;
	}
	if (r->json || r->batch) {
		struct buf f = BUF_INIT;
		query_format_article_passage_json(&f, src, &a, from, to);
		json_extend(&r->out, f.p, f.len);
		buf_release(&f);
	} else {
		buf_addc(&r->out, '\n');
		query_format_article_passage_text(&r->out, src, &a, from, to);
	}
	query_article_release(&a);
}

/* One number: 0 found, 1 not found or not a number, -1 index error. */
static int cite_one(struct cite_run *r, const char *typed, char **err)
{
	struct query_cite qc;
	struct idx_card *cards;
	size_t ncards;
	/* "khoản 3 Điều 2 Nghị định 89/2021/NĐ-CP": the number, then its
	 * clause. */
	struct query_article_addr art;
	size_t skip = query_article_prefix(typed, &art);
	const char *full = typed;
	typed += skip;
	/* A number is text: bytes that are not UTF-8 would be dropped unsaid
	 * ("45/2019/QH\xff" read as 45/2019/QH). */
	size_t bad;
	char *not_text = NULL;
	int rc;
	if (!text_utf8_valid(full, strlen(full), &bad)) {
		not_text = xasprintf("not valid UTF-8 at byte offset %zu: a number is text in UTF-8", bad);
		memset(&qc, 0, sizeof qc);
		rc = 0;
	} else {
		rc = query_cite_lookup(r->db, typed, &qc, &cards, &ncards, err);
	}
	if (rc < 0)
		return -1;
	if (rc == 0 && !not_text)
		not_text = query_cite_several_why(full);
	if (rc == 0 || ncards == 0) {
		const char *why = not_text ? not_text
			  : rc == 0 ? "not a document number" : "not cited in any indexed document";
		/* A number read but not cited is named as it would be cited. */
		struct buf name = BUF_INIT;
		if (rc > 0)
			query_cite_name(&qc.num, &name);
		if ((r->json || r->batch) && !r->exporting)
			query_format_not_cited_json(&r->out, full, rc > 0 ? qc.num.canonical : NULL,
						    why);
		else
			errorf("cite: %s: %s", name.len ? name.p : typed, why);
		free(not_text);
		buf_release(&name);
		query_cite_release(&qc);
		return 1;
	}
	/* A number typed short of its unit or its body's code ("10989/BNV",
	 * "23/2021/QĐ-TT") is no card's number: say which it was read as. */
	int typed_short = qc.num.kind != CITE_SHORT && qc.num.canonical[0] &&
			  !cite_same_number(&qc.num, cards[0].canonical);
	if ((ncards > 1 || typed_short) && !r->json && !r->batch && !r->exporting &&
	    (qc.num.kind == CITE_SHORT || typed_short)) {
		/* "Luật 45": every law numbered 45 the index knows. */
		struct buf name = BUF_INIT;
		query_cite_name(&qc.num, &name);
		buf_addf(&r->out, "%s may be %zu number%s:", name.p, ncards, ncards > 1 ? "s" : "");
		for (size_t i = 0; i < ncards; i++) {
			buf_addf(&r->out, "%s %s", i ? "," : "", cards[i].canonical);
			/* One number of several bodies (every province's
			 * 84/2025/QĐ-UBND): each by its body. */
			int twice = 0;
			for (size_t j = 0; j < ncards && !twice; j++)
				twice = j != i && strcmp(cards[j].canonical, cards[i].canonical) == 0;
			if (twice && cards[i].nissuers)
				buf_addf(&r->out, " (%s)", cards[i].issuers[0].value);
		}
		if (qc.capped)
			buf_adds(&r->out, ", and perhaps more: only the first numbers the index holds "
					  "under that spelling were looked up; give the type or the "
					  "issuing body to narrow it");
		buf_addc(&r->out, '\n');
		buf_release(&name);
	}
	int status = 0;
	for (size_t i = 0; i < ncards && status == 0; i++) {
		struct idx_card *c = &cards[i];
		struct idx_record src = { 0 }, *srcp = NULL;
		struct query_standing st;
		if (query_card_standing(r->db, c, r->as_of, 1, !r->batch && !r->exporting, &st, err) < 0) {
			status = -1;
			break;
		}
		/* Its text is read only for an article: the card names the text
		 * by its source and title, and inflating a long law for them
		 * was most of a batch's time. */
		struct idx_record seen;
		int kept = -1;
		if (c->source_docid && r->batch && !skip && !r->exporting) {
			kept = seen_text(r, c->source_docid, &seen);
			srcp = kept >= 0 ? &seen : NULL;
		} else if (c->source_docid &&
			   (skip ? idx_get(r->db, c->source_docid, &src, NULL)
				 : idx_get_lazy(r->db, c->source_docid, &src, NULL)) == 0) {
			srcp = &src;
		}
		struct query_cite_doc *docs = NULL;
		size_t ndocs = 0;
		unsigned long long total = 0;
		if (r->exporting) {
			query_export_card(&r->out, r->format, r->exported++, c, srcp, cards, ncards);
		} else if (r->batch) {
			query_format_card_standing_json(&r->out, full, c, srcp, &st, NULL, 0, 0);
			if (skip)
				add_article(r, c, srcp, &art);
		} else if (query_cite_documents_copies(r->db, c, r->all_copies, 0, r->limit, &docs,
						       &ndocs, &total, err) < 0) {
			status = -1;
		} else if (r->json) {
			query_format_card_standing_json(&r->out, full, c, srcp, &st, docs, ndocs,
							total);
			if (add_cited_articles(r, c, err) < 0)
				status = -1;
			if (skip)
				add_article(r, c, srcp, &art);
		} else {
			if (r->out.len)
				buf_addc(&r->out, '\n');
			query_format_card_standing_text(&r->out, c, srcp, &st, r->all_copies ? 0 : total);
			if (add_cited_articles(r, c, err) < 0)
				status = -1;
			if (skip)
				add_article(r, c, srcp, &art);
			for (size_t d = 0; d < ndocs; d++) {
				buf_addc(&r->out, '\n');
				query_format_cite_doc_text(&r->out, d + 1, &docs[d], r->bold);
			}
			if (total > ndocs)
				buf_addf(&r->out, "\n… and %llu more (--limit)\n", total - ndocs);
		}
		query_cite_documents_release(docs, ndocs);
		idx_record_release(&src);
		if (kept == 1) /* read, not kept: the batch's texts were full */
			idx_record_release(&seen);
		query_standing_release(&st);
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
		{ "partial", no_argument, NULL, CLI_OPT_PARTIAL },
		{ "batch", no_argument, NULL, 'b' },
		{ "limit", required_argument, NULL, 'n' },
		{ "all-copies", no_argument, NULL, 'K' },
		{ "as-of", required_argument, NULL, 'a' },
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
	char as_of[11];
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "n:h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db_opt = optarg; break;
		case 'j': r.json = 1; break;
		case CLI_OPT_PARTIAL: cli_read_partial = 1; break;
		case 'b': r.batch = 1; break;
		case 'K': r.all_copies = 1; break;
		case 'n':
			if (parse_whole("cite", "--limit", optarg, 0, 1000000000L, &v))
				return EXIT_USAGE;
			r.limit = (size_t)v;
			break;
		case 'a':
			if (query_as_of(optarg, as_of) < 0)
				return usage_error("cite", "--as-of takes a date (YYYY-MM-DD or "
					"'ngày 1 tháng 7 năm 2019'), not '%s'", optarg);
			r.as_of = as_of;
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
	if (!r.batch)
		web_map_tables(0); /* a few numbers: too few reads to map the tables */
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
	seen_release(&r.seen);
	cli_partial_end(r.db, r.json || r.batch);
	idx_close(r.db);
	/* A write that failed earlier (a full disk, a closed pipe) leaves
	 * the stream's error set. */
	if ((fflush(stdout) != 0 || ferror(stdout)) && !failed) {
		free(path);
		return cli_write_failed("cite", "the cards");
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
