/* cmd_search.c — `tracuu search`: ranked results with excerpts, as text for
 * people or JSON Lines for scripts. */
#include "cli/cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "index/index.h"
#include "query/query.h"
#include "util/util.h"
#include "web/web.h"

#define EXCERPT_CHARS 220

static const char search_help[] =
	"usage: tracuu search [OPTIONS] QUERY…\n"
	"       tracuu search FILTER… [OPTIONS] [QUERY…]   (--type NĐ --year 2025 …)\n"
	"       tracuu search --batch [OPTIONS] < queries.txt\n\n"
	"A document number in any spelling (57-QĐ/TW, 57/qd-tw, 'quy dinh 57') shows\n"
	"its citation card first, then the documents that cite exactly that number.\n"
	"A regulation's name ('Bộ luật Lao động 2019', 'Luật BHXH', 'BLLĐ') shows the\n"
	"cards of the numbers the collection gives it (of that year, else all, newest\n"
	"first) before the results.\n"
	"Up to four words are all required; five or more (a pasted sentence) are\n"
	"ranked, none required, adjacent words counting as words. A year among a\n"
	"few words ('lương cơ sở 2024') is not required: the texts of that year\n"
	"rank first (in a name, 'Hiến pháp 2013', or sorted by date it is).\n"
	"\"Quoted words\"\n"
	"form a phrase: in order, only white space between words typed with only\n"
	"white space between them (\"chuyên gia, kỹ sư\": a comma or nothing).\n"
	"OR, AND, NOT (in capitals) and parentheses combine; -word or -\"a phrase\"\n"
	"excludes.\n"
	"Without marks ('dao tao') a word matches every accented form; typed with\n"
	"marks ('đào tạo') the same documents match, exact tones ranked first.\n\n"
	"  --db PATH         the index to search (a folder, or a stub file listing\n"
	"                    shards: 'auto FOLDER', 'remote HOST:PORT' lines)\n"
	"  --partial         with shards: answer from those that are up, warn about\n"
	"                    the others (JSON: a last line {\"partial\": true, …})\n"
	"  -n, --limit N     results to show (default 10)\n"
	"  --offset N        skip the first N results\n"
	"  --json            one JSON object per result (JSON Lines)\n"
	"  --batch           read one query per line from stdin (blank lines and lines\n"
	"                    starting with # skipped); write one JSON line per query:\n"
	"                    {\"query\", \"total\", \"exact\", \"results\": [the --json\n"
	"                    objects]} (\"warning\" when read leniently; \"counted\":\n"
	"                    what total counts, as the text's total line says), or\n"
	"                    {\"query\", \"error\"} for a query that cannot be read;\n"
	"                    the other options apply to every query\n"
	"  --color=WHEN      mark matches in bold: auto (a terminal), always, never;\n"
	"                    otherwise they are marked «like this»\n"
	"  --type T          regulations that are of type T themselves (their\n"
	"                    letterhead's number): a code (NQ, QĐ, NĐ…: every type\n"
	"                    it stands for, QĐ is Quyết định and the Party's Quy\n"
	"                    định) or a name, marks optional, that type only\n"
	"                    ('Nghị quyết', 'quy dinh', 'Luật', 'bo luat'); also\n"
	"                    type:T in the query\n"
	"  --issuer I        regulations issued by I themselves: a code (TW, CP, BTC;\n"
	"                    QH14: the laws of one term) or a name in any spelling\n"
	"                    ('Quốc hội', 'quoc hoi', 'Ban Bí thư', 'UBND tỉnh\n"
	"                    Nghệ An'); also issuer:I\n"
	"  --cites-type T    documents citing a number of type T (news about a decree:\n"
	"                    --cites-type NĐ); also cites-type:T\n"
	"  --cites-issuer I  documents citing a number issued by I; also cites-issuer:I\n"
	"  --year Y          the document's own date is in year Y (or years Y1-Y2);\n"
	"                    also year:Y\n"
	"  --from D, --to D  the document's date (issue date of a regulation's own\n"
	"                    text, else publication date) within D: YYYY[-MM[-DD]];\n"
	"                    also from:D, to:D\n"
	"  --in-force        regulations in force (as of --as-of, else today) by what\n"
	"                    the collection shows: their own text's effective date, no\n"
	"                    indexed text replacing or repealing them; also\n"
	"                    status:in-force\n"
	"  --status S        in-force, not-yet, replaced, repealed, expired, ended (the\n"
	"                    last three), suspended, unknown; also status:S\n"
	"                    ('status:\"hết hiệu\n"
	"                    lực\"'). Read from the cards of the first 500 matches:\n"
	"                    totals past them are lower bounds (--count reads every\n"
	"                    match's)\n"
	"  --as-of DATE      the day statuses are of; alone, the regulations in force\n"
	"                    that day\n"
	"                    Filters may stand alone, without a query: they list the\n"
	"                    documents they keep. A value with spaces is quoted:\n"
	"                    issuer:\"Bộ Tài chính\" or issuer:'Bộ Tài chính'; unquoted,\n"
	"                    a type or body runs on over the words of its name\n"
	"                    (issuer:Bộ Tài chính thuế). The fields by their\n"
	"                    Vietnamese names: loại:, cơ-quan:, năm:, từ:, đến:.\n"
	"  --sort=ORDER      relevance (default), date (newest first) or date-asc\n"
	"                    (oldest first); undated documents come last\n"
	"  --facets          also count the matches by their own type, issuer and year\n"
	"  --count           count every match (the total is exact up to 500 matches,\n"
	"                    then Xapian's estimate, \"about N\", which for a phrase\n"
	"                    can be a few times off). Words that make a two-syllable\n"
	"                    word ('thử việc') count every document holding each\n"
	"                    word anywhere; sorted by date, those holding them side\n"
	"                    by side: the total line says which\n"
	"  --all-copies      list every copy of a text: by default the copies of one\n"
	"                    regulation (the same number and issue date in their\n"
	"                    letterheads: two sources, two formats) are one result,\n"
	"                    the best matching, its others under \"also:\" (JSON:\n"
	"                    copies), and totals count texts, not copies\n"
	"  --articles        rank articles (Điều) as units: one result per article,\n"
	"                    with its document, from the documents that match best;\n"
	"                    a text without articles is one unit\n"
	"  --explain         print the index query to stderr\n"
	"  -h, --help        this text\n\n"
	"JSON fields: rank, id, score, title, date (YYYY-MM-DD or null), date_inferred,\n"
	"source, format, page (PDF), excerpt, highlights ([start, end) in characters of\n"
	"excerpt); article ({number, heading, clause} of the article (Điều) and clause\n"
	"(khoản) the excerpt is in, or null); for a regulation's own text its number, type, issuer and signer\n"
	"(else null); cites ([{number, type, issuer, date}] of the numbers the excerpt\n"
	"cites, from their cards); copies ([{id, source}] of the other copies of its\n"
	"text). With --batch, a query read otherwise says so: read_as, read_note,\n"
	"did_you_mean; one that found nothing for a number no document cites lists\n"
	"it in uncited ([{typed, number, words}]: words, the query with the number\n"
	"read as words, or null).\n\n"
	"A phrase that matches nothing only because of punctuation not typed says so:\n"
	"on stderr, or in --batch as \"across_punctuation\": the documents it would\n"
	"match with punctuation between its words.\n\n"
	"Exit status: 0 results found, 1 none, 2 bad usage or query, 4 index error.\n"
	"With --batch: 0 every query found something, 1 some found nothing, 2 some\n"
	"could not be read (their lines say why), 4 index error (the run stops).\n";

/* What every query of a run shares: the index, the options, the output. */
struct search_run {
	idx_db *db;
	const char *path;
	struct query_search_opts so;
	/* Filter options, added to each query's own filters once it is parsed. */
	struct { int which; const char *value; } fopts[32];
	size_t nf;
	int json, batch, bold, explain, facets;
	char as_of[11]; /* --as-of, "" none */
	struct buf out;
};

static int add_filters(const struct search_run *r, struct query_filters *f, char **err)
{
	for (size_t i = 0; i < r->nf; i++) {
		int rc = 0;
		switch (r->fopts[i].which) {
		case 'T': rc = query_filter_type(f, r->fopts[i].value, err); break;
		case 'I': rc = query_filter_issuer(f, r->fopts[i].value, err); break;
		case 'Y': rc = query_filter_year(f, r->fopts[i].value, err); break;
		case 'F': rc = query_filter_date(f, r->fopts[i].value, 0, err); break;
		case 'U': rc = query_filter_date(f, r->fopts[i].value, 1, err); break;
		case 't': rc = query_filter_cites_type(f, r->fopts[i].value, err); break;
		case 'i': rc = query_filter_cites_issuer(f, r->fopts[i].value, err); break;
		case 'W': rc = query_filter_status(f, r->fopts[i].value, err); break;
		}
		if (rc < 0)
			return -1;
	}
	if (r->as_of[0])
		memcpy(f->as_of, r->as_of, sizeof f->as_of);
	query_filters_settle(f);
	return 0;
}

/* A number in the query: its card comes first (text output only); an
 * article named before it ("khoản 3 Điều 2 Nghị định 89/2021/NĐ-CP"): that
 * article or clause of the number's own text under its card, when the index
 * holds the text. */
static void add_cards(struct search_run *r, const struct query *q, const char *qs)
{
	struct query_article_addr art;
	int named = query_article_prefix(qs, &art) > 0 && q->ncites == 1;
	for (size_t i = 0; i < q->ncites; i++) {
		struct idx_card *cards;
		size_t nc;
		char *err = NULL;
		if (query_cite_cards(r->db, &q->cites[i], &cards, &nc, &err) != 0) {
			free(err);
			continue;
		}
		for (size_t j = 0; j < nc; j++) {
			/* The card names its text by source and id: the text is
			 * inflated only for an article named (a code's whole
			 * text was most of `search 100/2015/QH13`'s work). */
			struct idx_record src = { 0 };
			int have_src = cards[j].source_docid &&
				       (named ? idx_get(r->db, cards[j].source_docid, &src, NULL)
					      : idx_get_lazy(r->db, cards[j].source_docid, &src, NULL)) == 0;
			/* Its status as cite gives it (as of --as-of), so a
			 * repealed number looks repealed here too; no
			 * sentences, no relations, no later namesake (a
			 * search through the names: two thirds of
			 * `search 100/2015/QH13`): those are cite's. */
			struct query_standing st;
			char *serr = NULL;
			int have_st = query_card_standing(r->db, &cards[j], r->as_of[0] ? r->as_of : NULL,
							  0, 0, &st, &serr) == 0;
			if (!have_st) {
				warnf("search: %s: its status could not be read: %s", cards[j].canonical,
				      serr ? serr : "unknown error");
				free(serr);
			}
			query_format_card_text(&r->out, &cards[j], have_src ? &src : NULL,
					       have_st ? &st : NULL);
			if (have_st)
				query_standing_release(&st);
			buf_addc(&r->out, '\n');
			size_t from, to;
			struct query_article a;
			char *why = NULL;
			int rc = named && have_src ? query_article_range(&src, &art, &from, &to, &a, &why)
						   : 1;
			if (rc == 0) {
				query_format_article_passage_text(&r->out, &src, &a, from, to);
				buf_addc(&r->out, '\n');
				query_article_release(&a);
			} else if (why) { /* what the text lacks, as cite says it */
				warnf("search: %s (id %u): %s", cards[j].canonical, src.docid, why);
			}
			free(why);
			idx_record_release(&src);
		}
		idx_cards_release(cards, nc);
	}
}

/* --articles: "results 1–10 of 1285 articles in the best 100 of 190
 * documents" — what was counted, and over what. */
static void add_articles_total_line(struct buf *out, const struct query_result *res, size_t offset)
{
	if (res->n && (offset || res->n < res->total))
		buf_addf(out, "results %zu–%zu of ", offset + 1, offset + res->n);
	buf_addf(out, "%llu article%s in ", res->total, res->total == 1 ? "" : "s");
	if (!res->exact)
		buf_addf(out, "the best %zu of ", res->documents_read);
	buf_addf(out, "%s%llu document%s\n", res->documents_exact ? "" : "about ", res->documents,
		 res->documents == 1 ? "" : "s");
}

/* counts: what the total counts ("every word, anywhere in the text"), or
 * NULL: a relevance search and a date sort of one query count otherwise. */
static void add_total_line(struct buf *out, const struct query_result *res, size_t offset,
			   const char *counts)
{
	if (res->articles && res->total) {
		add_articles_total_line(out, res, offset);
		return;
	}
	if (res->total == 0)
		buf_adds(out, "0 results");
	else if (res->n && (offset || res->n < res->total))
		buf_addf(out, "results %zu–%zu of %s%llu", offset + 1, offset + res->n,
			 res->exact ? "" : "about ", res->total);
	else
		buf_addf(out, "%s%llu result%s", res->exact ? "" : "about ", res->total,
			 res->total == 1 ? "" : "s");
	if (counts && res->total)
		buf_addf(out, " (%s)", counts);
	/* A page past the last: said, not an empty list under the total
	 * ("1561 results" and nothing, h14f). */
	if (res->total && !res->n && offset)
		buf_addf(out, "; none from result %zu on (--offset %zu)", offset + 1, offset);
	buf_addc(out, '\n');
}

/* Parses one query and adds the filter options: NULL when it cannot be
 * read, said on stderr or, in a --batch run, in its line. */
static struct query *parse_one(struct search_run *r, const char *qs, size_t len)
{
	struct query *q;
	char *err = NULL;
	/* With filter options, filters alone (no words, or only exclusions)
	 * are a query; --as-of alone is one (the regulations in force that
	 * day). */
	int filtered = r->nf || r->as_of[0];
	int rc = filtered ? query_parse_filtered(qs, len, &q, &err) : query_parse(qs, len, &q, &err);
	if (rc < 0) {
		if (r->batch)
			query_format_error_json(&r->out, qs, "", err);
		else
			errorf("query: %s", err);
		free(err);
		return NULL;
	}
	if (add_filters(r, &q->filters, &err) < 0) {
		/* Read once before, so only a date range the query's own from:,
		 * to: or year: leaves empty. */
		if (r->batch)
			query_format_error_json(&r->out, qs, "", err);
		else
			errorf("query: %s", err);
		free(err);
		query_free(q);
		return NULL;
	}
	if (q->warning && !r->batch)
		warnf("query: %s", q->warning);
	return q;
}

/* A search with filters that found nothing: what the words find alone and
 * with each kind of filter alone ("--type NĐ --year 2024" on the six
 * folders: the type alone finds 81, the dates alone 66). Returns 0, or -1
 * (reported). */
static int say_filters_alone(idx_db *db, struct query *q)
{
	struct query_filter_count c[QUERY_FILTER_KINDS + 1];
	char *err = NULL;
	int n = query_filters_alone(db, q, c, &err);
	if (n < 0) {
		errorf("search: %s", err);
		free(err);
		return -1;
	}
	if (n == 0)
		return 0;
	struct buf b = BUF_INIT;
	buf_adds(&b, q->root ? "no document matches the words with every filter given"
			     : "no document matches every filter given");
	for (int i = 0; i < n; i++) {
		const char *about = c[i].exact ? "" : "about ";
		buf_adds(&b, i == 0 ? "; " : ", ");
		if (c[i].kind == QUERY_FILTER_NONE)
			buf_addf(&b, "the words alone find %s%lld", about, c[i].n);
		else if (q->root)
			buf_addf(&b, "with only %s %s%lld", query_filter_kind_name(c[i].kind, 0), about,
				 c[i].n);
		else
			buf_addf(&b, "%s alone %s%s%lld", query_filter_kind_name(c[i].kind, 0),
				 i == 0 ? "finds " : "",
				 about, c[i].n);
	}
	notef("%s", b.p);
	buf_release(&b);
	return 0;
}

/* A search whose one --type found no text of its own, though documents
 * say they issue one ("--type 'Quy chế'": a decision "ban hành Quy chế
 * …" holds it): says so, with the search that finds them. Returns 0, or
 * -1 (reported). */
static int say_issued_with(idx_db *db, struct query *q)
{
	int exact;
	const char *type;
	char *err = NULL;
	long long n = query_type_issued_with(db, q, &type, &exact, &err);
	if (n < 0) {
		errorf("search: %s", err);
		free(err);
		return -1;
	}
	if (n > 0)
		notef("no indexed document is itself of that type: a %s often stands in the text that "
		      "issues it; %s%lld %s \"ban hành %s\" (search for those words, without --type)",
		      type, exact ? "" : "about ", n, n == 1 ? "document says" : "documents say",
		      type);
	return 0;
}

/* A search whose --type or --issuer (a document's own) found nothing,
 * though documents cite texts of that type or body ("--issuer BHXH": no
 * text of its own is indexed): says so, with the option that asks that.
 * Returns 0, or -1 (reported). */
static int say_as_cited(idx_db *db, struct query *q)
{
	int exact;
	char *err = NULL;
	long long n = query_filters_as_cited(db, q, &exact, &err);
	if (n < 0) {
		errorf("search: %s", err);
		free(err);
		return -1;
	}
	if (n == 0)
		return say_issued_with(db, q);
	int t = q->filters.ntypes > 0, i = q->filters.nissuers > 0;
	notef("no indexed document is itself %s (the number in its own letterhead); %s%lld %s "
	      "%s: ask with %s%s%s",
	      t && i ? "of that type from that body" : t ? "of that type" : "from that body",
	      exact ? "" : "about ", n, n == 1 ? "document cites" : "documents cite",
	      t && i ? "such a text" : t ? "a text of that type" : "that body's texts",
	      t ? "--cites-type" : "", t && i ? " and " : "", i ? "--cites-issuer" : "");
	return 0;
}

/* Runs and formats one parsed query (and frees it): EXIT_OK,
 * EXIT_NO_RESULTS, or EXIT_INDEX (reported; a run stops). */
static int search_one(struct search_run *r, struct query *q, const char *qs, size_t len)
{
	char *err = NULL;
	int status = EXIT_OK;
	if (query_prepare(r->db, q, r->so.by_date, &err) < 0) {
		errorf("index %s: %s", r->path, err);
		status = EXIT_INDEX;
		goto out;
	}
	/* Typos and run-together words, read as the collection's words and
	 * said so (query/spell.c). */
	if (!r->batch && q->read_as)
		notef("showing results for %s (%s)", q->read_as, q->read_note);
	if (!r->batch && q->suggest)
		notef("did you mean %s?", q->suggest);
	if (r->explain) {
		idx_query *iq = query_build(q);
		char *d = idx_q_describe(iq);
		notef("query: %s", d);
		free(d);
		idx_q_free(iq);
	}
	if (!r->json && q->root)
		add_cards(r, q, qs);
	struct query_result res;
	if (query_search_status(r->db, q, &r->so, &res, &err) < 0) {
		errorf("search: %s", err);
		status = EXIT_INDEX;
		goto out;
	}
	if (r->batch) {
		query_format_search_json(&r->out, qs, len, q, &res);
	} else if (!r->json) {
		add_total_line(&r->out, &res, r->so.offset, query_total_counts(q, 0));
	}
	if (!r->batch && q->words_apart)
		notef("no document holds the words as typed, side by side; sorted by date, "
		      "these hold their syllables apart");
	for (size_t i = 0; i < res.n && !r->batch; i++) {
		if (r->json) {
			query_format_hit_json(&r->out, &res.hits[i]);
		} else {
			buf_addc(&r->out, '\n');
			query_format_hit_text(&r->out, &res.hits[i], r->bold);
		}
	}
	if (res.total == 0) {
		status = EXIT_NO_RESULTS;
		/* A short number nothing cites ("quy dinh 57"): how it was
		 * read, and its words to search instead. */
		for (size_t i = 0; !r->batch && i < q->ncites; i++) {
			const struct query_cite *c = &q->cites[i];
			struct buf name = BUF_INIT;
			char *words;
			if (!query_cite_uncited(qs, c, &name, &words))
				continue;
			if (words)
				notef("'%s' is read as the document number %s, which no indexed "
				      "document cites; to search its words: tracuu search '%s'",
				      c->typed, name.p, words);
			else
				notef("'%s' is read as the document number %s, which no indexed "
				      "document cites", c->typed, name.p);
			buf_release(&name);
			free(words);
		}
		/* An issuing body by a name no table knows and no document
		 * carries ("Bộ TC" before it was read, a typo). */
		const char *unheld = r->batch ? NULL : query_filter_unheld(r->db, &q->filters);
		if (unheld)
			notef("no indexed document was issued by, or cites, a body named '%s' "
			      "(--facets lists the bodies the index holds)", unheld);
		/* Filters that together leave nothing: which one does. */
		if (!r->batch && query_filters_any(&q->filters) && !unheld &&
		    (say_filters_alone(r->db, q) < 0 || say_as_cited(r->db, q) < 0))
			status = EXIT_INDEX;
		/* A phrase stops at punctuation the user did not type: say
		 * when that is why nothing was found. */
		int exact;
		long long loose = query_loose_count(r->db, q, &exact, &err);
		if (loose < 0) {
			errorf("search: %s", err);
			status = EXIT_INDEX;
		} else if (loose > 0 && r->batch) {
			buf_addf(&r->out, ",\"across_punctuation\":%lld,\"across_punctuation_exact\":%s",
				 loose, exact ? "true" : "false");
		} else if (loose > 0) {
			notef("no document has the phrase with only white space between its words; "
			      "%s%lld %s it with punctuation between them (type the punctuation "
			      "inside the quotes, as in \"chuyên gia, kỹ sư\", or leave the quotes out)",
			      exact ? "" : "about ", loose, loose == 1 ? "document has" : "documents have");
		}
	}
	if (r->batch)
		buf_adds(&r->out, "}\n");
	query_result_release(&res);
	if (r->facets && status == EXIT_OK && query_facets(r->db, q, &r->so, r->json, &r->out, &err) < 0) {
		errorf("search: %s", err);
		status = EXIT_INDEX;
	}
out:
	free(err);
	query_free(q);
	return status;
}

/* --batch: one query a line from stdin, one JSON line each, one index
 * opened once (a script's thousand queries pay the start-up once). */
static int search_batch(struct search_run *r)
{
	char *line = NULL;
	size_t cap = 0;
	unsigned long lineno = 0;
	ssize_t n;
	int none = 0, bad = 0, status = EXIT_OK;
	while (status != EXIT_INDEX && (n = batch_line(stdin, &line, &cap, &lineno)) >= 0) {
		struct query *q = parse_one(r, line, (size_t)n);
		status = q ? search_one(r, q, line, (size_t)n) : EXIT_USAGE;
		none |= status == EXIT_NO_RESULTS;
		bad |= status == EXIT_USAGE;
		if (r->out.len > 65536)
			batch_flush(&r->out);
	}
	free(line);
	if (status == EXIT_INDEX)
		return EXIT_INDEX;
	if (ferror(stdin)) {
		errorf("search: cannot read the queries from stdin: %s", strerror(errno));
		return EXIT_INPUT;
	}
	return bad ? EXIT_USAGE : none ? EXIT_NO_RESULTS : EXIT_OK;
}

int cmd_search(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "limit", required_argument, NULL, 'n' },
		{ "offset", required_argument, NULL, 'o' },
		{ "json", no_argument, NULL, 'j' },
		{ "batch", no_argument, NULL, 'b' },
		{ "color", required_argument, NULL, 'c' },
		{ "colour", required_argument, NULL, 'c' },
		{ "explain", no_argument, NULL, 'x' },
		{ "type", required_argument, NULL, 'T' },
		{ "issuer", required_argument, NULL, 'I' },
		{ "cites-type", required_argument, NULL, 't' },
		{ "cites-issuer", required_argument, NULL, 'i' },
		{ "year", required_argument, NULL, 'Y' },
		{ "from", required_argument, NULL, 'F' },
		{ "to", required_argument, NULL, 'U' },
		{ "sort", required_argument, NULL, 'S' },
		{ "facets", no_argument, NULL, 'A' },
		{ "count", no_argument, NULL, 'C' },
		{ "all-copies", no_argument, NULL, 'K' },
		{ "in-force", no_argument, NULL, 'V' },
		{ "status", required_argument, NULL, 'W' },
		{ "as-of", required_argument, NULL, 'a' },
		{ "articles", no_argument, NULL, 'R' },
		{ "partial", no_argument, NULL, CLI_OPT_PARTIAL },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db_opt = NULL, *color = "auto";
	long limit = 10, offset = 0;
	struct search_run r = { .out = BUF_INIT };
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "n:h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db_opt = optarg; break;
		case 'n':
			if (parse_whole("search", "--limit", optarg, 0, 1000000000L, &limit))
				return EXIT_USAGE;
			break;
		case 'o':
			if (parse_whole("search", "--offset", optarg, 0, 1000000000L, &offset))
				return EXIT_USAGE;
			break;
		case 'j': r.json = 1; break;
		case 'b': r.batch = r.json = 1; break;
		case 'c': color = optarg; break;
		case 'x': r.explain = 1; break;
		case 'V': /* --in-force: status:in-force */
		case 'T': case 'I': case 'Y': case 'F': case 'U': case 't': case 'i': case 'W':
			if (c == 'V') {
				c = 'W';
				optarg = (char *)"in-force";
			}
			if (r.nf == sizeof r.fopts / sizeof *r.fopts)
				return usage_error("search", "too many filters");
			r.fopts[r.nf].which = c;
			r.fopts[r.nf++].value = optarg;
			break;
		case 'a':
			if (query_as_of(optarg, r.as_of) < 0)
				return usage_error("search", "--as-of takes a date (YYYY-MM-DD or "
					"'ngày 1 tháng 7 năm 2019'), not '%s'", optarg);
			break;
		case 'A': r.facets = 1; break;
		case 'C': r.so.count_all = 1; break;
		case 'K': r.so.all_copies = 1; break;
		case 'R': r.so.articles = 1; break;
		case CLI_OPT_PARTIAL: cli_read_partial = 1; break;
		case 'S':
			if (strcmp(optarg, "date") == 0 || strcmp(optarg, "date-desc") == 0)
				r.so.by_date = 1;
			else if (strcmp(optarg, "date-asc") == 0)
				r.so.by_date = -1;
			else if (strcmp(optarg, "relevance") == 0)
				r.so.by_date = 0;
			else
				return usage_error("search", "--sort takes relevance, date (newest first) "
					"or date-asc (oldest first), not '%s'", optarg);
			break;
		case 'h': fputs(search_help, stdout); return EXIT_OK;
		default:
			return bad_option("search", argc, argv);
		}
	}
	if ((r.bold = color_choice(color, stdout)) < 0)
		return usage_error("search", "--color takes auto, always or never, not '%s'", color);
	if (r.batch && optind < argc)
		return usage_error("search", "--batch reads the queries from stdin, not the command line");
	if (r.so.articles && r.so.by_date)
		return usage_error("search", "--articles ranks articles by relevance; it does not go "
				   "with --sort=date");
	if (r.batch && r.facets)
		return usage_error("search", "--facets counts one query's matches; it does not go with --batch");
	if (!r.batch && optind >= argc && !r.nf && !r.as_of[0])
		return usage_error("search", "no query given (words, a number, or filters such "
				   "as --type, --issuer, --year)");
	r.so.offset = (size_t)offset;
	r.so.limit = (size_t)limit;
	r.so.excerpt_chars = EXCERPT_CHARS;

	/* The filter options are read once, before any query runs. */
	char *err = NULL;
	struct query_filters check = { 0 };
	int bad_filter = add_filters(&r, &check, &err) < 0;
	query_filters_release(&check);
	if (bad_filter) {
		int rc = usage_error("search", "%s", err);
		free(err);
		return rc;
	}

	/* One query: read before the index is opened. */
	struct buf qs = BUF_INIT;
	struct query *q = NULL;
	if (!r.batch) {
		for (int i = optind; i < argc; i++) {
			if (i > optind)
				buf_addc(&qs, ' ');
			buf_adds(&qs, argv[i]);
		}
		if (!(q = parse_one(&r, qs.p, qs.len))) {
			buf_release(&qs);
			return EXIT_USAGE;
		}
	}
	xalloc_keep_heap();
	if (!r.batch)
		web_map_tables(0); /* one search: too few reads to map the tables */
	char *path;
	int status = cli_open_index(db_opt, &r.db, &path);
	if (status != EXIT_OK) {
		query_free(q);
		buf_release(&qs);
		return status;
	}
	r.path = path;
	status = r.batch ? search_batch(&r) : search_one(&r, q, qs.p, qs.len);
	buf_release(&qs);
	batch_flush(&r.out);
	buf_release(&r.out);
	free(path);
	cli_partial_end(r.db, r.json);
	idx_close(r.db);
	/* A write that failed earlier (a full disk, a closed pipe) leaves
	 * the stream's error set. */
	if ((fflush(stdout) != 0 || ferror(stdout)) && status != EXIT_INDEX) {
		status = cli_write_failed("search", "the results");
	}
	return status;
}
