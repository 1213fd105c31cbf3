/* api.c — the JSON API: /api/search, /api/cite, /api/doc/ID, /api/stats,
 * answering with the objects of the command line's --json (query/format.c,
 * the one JSON writer), and errors as {"error", "status"}. */
#include "web/web_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *const web_filter_params[] = { "type", "issuer", "year", "from", "to", "cites-type",
					  "cites-issuer", "in-force", "status", "as-of", NULL };

/* An as-of value, as `--as-of` reads it; -1 and *err saying what it takes. */
static int read_as_of(const char *v, char out[11], char **err)
{
	if (query_as_of(v, out) == 0)
		return 0;
	*err = xasprintf("takes a date (YYYY-MM-DD or 'ngày 1 tháng 7 năm 2019'), not '%s'", v);
	return -1;
}

static int add_filter(struct query_filters *f, const char *name, const char *v, char **err)
{
	if (strcmp(name, "type") == 0)
		return query_filter_type(f, v, err);
	if (strcmp(name, "issuer") == 0)
		return query_filter_issuer(f, v, err);
	if (strcmp(name, "year") == 0)
		return query_filter_year(f, v, err);
	if (strcmp(name, "from") == 0)
		return query_filter_date(f, v, 0, err);
	if (strcmp(name, "to") == 0)
		return query_filter_date(f, v, 1, err);
	if (strcmp(name, "cites-type") == 0)
		return query_filter_cites_type(f, v, err);
	/* As search --in-force, --status, --as-of (which alone keeps what was
	 * in force that day). */
	if (strcmp(name, "in-force") == 0) {
		if (strcmp(v, "1") != 0) {
			*err = xasprintf("takes 1, not '%s'", v);
			return -1;
		}
		return query_filter_status(f, "in-force", err);
	}
	if (strcmp(name, "status") == 0)
		return query_filter_status(f, v, err);
	if (strcmp(name, "as-of") == 0)
		return read_as_of(v, f->as_of, err) < 0 ? -1 : 0;
	return query_filter_cites_issuer(f, v, err);
}

struct filter_args {
	struct query_filters *f;
	const char *bad; /* the first filter whose value cannot be read */
	char *err;
};

static int filter_arg(void *ctx, const char *name, const char *value)
{
	struct filter_args *a = ctx;
	for (size_t i = 0; web_filter_params[i]; i++) {
		/* Names as libmicrohttpd looks them up: case aside. */
		if (strcasecmp(name, web_filter_params[i]) != 0 || !value || !*value)
			continue;
		char *e = NULL;
		if (add_filter(a->f, web_filter_params[i], value, &e) < 0) {
			a->err = xasprintf("%s: %s", web_filter_params[i], e);
			free(e);
			a->bad = web_filter_params[i];
			return 1;
		}
		return 0;
	}
	return 0;
}

/* A whole number parameter in [lo, hi], else def; -1 when it is not one. */
static long number_arg(const struct web_req *r, const char *name, long lo, long hi, long def)
{
	const char *v = web_arg(r, name);
	if (!v || !*v)
		return def;
	char *end;
	long n = strtol(v, &end, 10);
	return *end || n < lo || n > hi ? -1 : n;
}

int web_search_read(const struct web_req *r, struct web_search *s, int for_page, char **err)
{
	memset(s, 0, sizeof *s);
	const char *typed = web_arg(r, "q");
	s->typed = typed ? typed : "";
	int filtered = 0;
	for (size_t i = 0; web_filter_params[i]; i++) {
		const char *v = web_arg(r, web_filter_params[i]);
		filtered |= v && *v;
	}
	/* As `tracuu search`: with filter options, filters alone are a query. */
	size_t len = strlen(s->typed);
	if ((filtered ? query_parse_filtered(s->typed, len, &s->q, err)
		      : query_parse(s->typed, len, &s->q, err)) < 0)
		return -1;
	/* Every value of a filter, in order, as `search` takes an option
	 * given twice: type=TT&type=NĐ is either type, as --type TT --type
	 * NĐ (only the first was read: 162 results where the command line
	 * gave 213, h12f). */
	struct filter_args fa = { .f = &s->q->filters };
	web_args_each(r, filter_arg, &fa);
	if (fa.bad) {
		*err = fa.err;
		web_search_release(s);
		s->bad = fa.bad;
		return -2;
	}
	/* After them all: as-of=…&status=repealed is the repealed, as
	 * status=repealed&as-of=… (102 results where it gave 2, h14f). */
	query_filters_settle(&s->q->filters);
	const char *sort = web_arg(r, "sort");
	if (!sort || !*sort || strcmp(sort, "relevance") == 0)
		s->so.by_date = 0;
	else if (strcmp(sort, "date") == 0)
		s->so.by_date = 1;
	else if (strcmp(sort, "date-asc") == 0)
		s->so.by_date = -1;
	else {
		*err = xasprintf("sort takes relevance, date or date-asc, not '%s'", sort);
		web_search_release(s);
		s->bad = "sort";
		return -2;
	}
	long page = number_arg(r, "page", 1, 1000, 1);
	/* "limit" as the answer names it (and /api/cite takes it), "n" as
	 * `tracuu search -n` */
	const char *lname = web_arg(r, "n") ? "n" : "limit";
	long limit = number_arg(r, lname, 1, WEB_LIMIT_MAX, WEB_PAGE_SIZE);
	long offset = page < 0 || limit < 0 ? 0
					    : number_arg(r, "offset", 0, 100000, (page - 1) * limit);
	if (page < 0 || limit < 0 || offset < 0) {
		/* The parameter refused, by name, with what it was given. */
		const char *name = page < 0 ? "page" : limit < 0 ? lname : "offset";
		long lo = page < 0 ? 1 : limit < 0 ? 1 : 0;
		long hi = page < 0 ? 1000 : limit < 0 ? WEB_LIMIT_MAX : 100000;
		*err = xasprintf("%s takes a whole number from %ld to %ld, not '%s'", name, lo, hi,
				 web_arg(r, name));
		web_search_release(s);
		s->bad = "page"; /* the page's form: one field, its hint names all three */
		return -2;
	}
	s->page = (unsigned)page;
	s->so.offset = (size_t)offset;
	s->so.limit = (size_t)limit;
	s->so.excerpt_chars = WEB_EXCERPT_CHARS;
	s->so.all_copies = web_arg(r, "all-copies") != NULL;
	/* As `search --articles`: articles ranked as units, by relevance. */
	const char *art = web_arg(r, "articles");
	if (art && *art && strcmp(art, "0") != 0) {
		if (strcmp(art, "1") != 0) {
			*err = xasprintf("articles takes 1 or 0, not '%s'", art);
			web_search_release(s);
			s->bad = "articles";
			return -2;
		}
		if (s->so.by_date && for_page) {
			s->so.by_date = 0;
			s->sort_dropped = 1;
		} else if (s->so.by_date) {
			*err = xstrdup("articles ranks articles by relevance; it does not go with "
				       "sort=date or sort=date-asc");
			web_search_release(s);
			s->bad = "articles";
			return -2;
		}
		s->so.articles = 1;
	}
	return 0;
}

void web_search_release(struct web_search *s)
{
	query_free(s->q);
	s->q = NULL;
}

void web_api_error(struct web_resp *o, int status, const char *why)
{
	o->status = status;
	o->type = "application/json; charset=utf-8";
	buf_reset(&o->body);
	buf_adds(&o->body, "{\"error\":");
	buf_add_json_string(&o->body, why, strlen(why));
	buf_addf(&o->body, ",\"status\":%d}\n", status);
}

static void json_ok(struct web_resp *o)
{
	o->status = 200;
	o->type = "application/json; charset=utf-8";
}

/* A line query/format.c ends with '\n', inside a larger object. */
static void chop_line(struct buf *b, size_t from)
{
	if (b->len > from && b->p[b->len - 1] == '\n')
		b->p[--b->len] = '\0';
}

/* Adds fields (",\"a\":…") to the object that ends b (at its closing
 * brace). */
static void object_extend(struct buf *b, const char *fields, size_t len)
{
	if (b->len && b->p[b->len - 1] == '}') {
		b->p[--b->len] = '\0';
		buf_add(b, fields, len);
		buf_addc(b, '}');
	}
}

/* The article (clause, point) of src named before the number typed
 * ("điểm a khoản 3 Điều 2 Nghị định 89/2021/NĐ-CP"), added to the card
 * just written to b as `cite --json` adds it: "article" and
 * "article_text"; nothing when the text lacks it. */
static void card_article(struct buf *b, const struct idx_record *src,
			 const struct query_article_addr *ad)
{
	size_t from, to;
	struct query_article a;
	char *why = NULL;
	if (query_article_range(src, ad, &from, &to, &a, &why) != 0) {
		free(why);
		return;
	}
	struct buf f = BUF_INIT;
	query_format_article_passage_json(&f, src, &a, from, to);
	object_extend(b, f.p, f.len);
	buf_release(&f);
	query_article_release(&a);
}

static void export_headers(const struct web_req *r, struct web_resp *o, enum query_export_format f,
			   const char *name);

/* A page of results as citations (format=bibtex…): each document once,
 * as /api/doc/ID exports it, in the results' order; articles ranked as
 * units give their documents. */
static void export_results(const struct web_req *r, struct web_resp *o, enum query_export_format f,
			   const struct query_result *res)
{
	struct buf t = BUF_INIT;
	char *err = NULL;
	size_t done = 0;
	query_export_begin(&t, f);
	for (size_t i = 0; i < res->n; i++) {
		size_t k = 0;
		while (k < i && res->hits[k].rec.docid != res->hits[i].rec.docid)
			k++;
		if (k < i)
			continue;
		if (query_export_document(r->db, &t, f, done, &res->hits[i].rec, &err) < 0) {
			web_api_error(o, 500, err);
			free(err);
			buf_release(&t);
			return;
		}
		done++;
	}
	query_export_end(&t, f);
	export_headers(r, o, f, "tracuu-search");
	buf_add(&o->body, t.p, t.len);
	buf_release(&t);
}

void web_api_search(const struct web_req *r, struct web_resp *o)
{
	struct web_search s;
	char *err = NULL;
	if (web_search_read(r, &s, 0, &err) < 0) {
		web_api_error(o, 400, err);
		free(err);
		return;
	}
	enum query_export_format f;
	int ex = web_export_format(r, o, &f);
	if (ex < 0) {
		web_search_release(&s);
		return;
	}
	struct query_result res;
	if (query_prepare(r->db, s.q, s.so.by_date, &err) < 0 ||
	    query_search_status(r->db, s.q, &s.so, &res, &err) < 0) {
		web_api_error(o, 500, err);
		free(err);
		web_search_release(&s);
		return;
	}
	if (ex > 0) {
		export_results(r, o, f, &res);
		query_result_release(&res);
		web_search_release(&s);
		return;
	}
	json_ok(o);
	query_format_search_json(&o->body, s.typed, strlen(s.typed), s.q, &res);
	buf_addf(&o->body, ",\"offset\":%zu,\"limit\":%zu", s.so.offset, s.so.limit);
	/* As `search --batch`: a phrase that matched nothing only because of
	 * punctuation not typed says how many it would match. */
	int exact;
	long long loose = res.total ? 0 : query_loose_count(r->db, s.q, &exact, &err);
	query_result_release(&res);
	if (loose < 0) {
		web_api_error(o, 500, err);
		free(err);
		web_search_release(&s);
		return;
	}
	if (loose > 0)
		buf_addf(&o->body, ",\"across_punctuation\":%lld,\"across_punctuation_exact\":%s",
			 loose, exact ? "true" : "false");
	/* The cards of the numbers typed, as `cite --batch` gives them; an
	 * article named before the number, that article of its text. */
	struct query_article_addr art;
	int named = query_article_prefix(s.typed, &art) > 0 && s.q->ncites == 1;
	if (s.q->ncites) {
		buf_adds(&o->body, ",\"cards\":[");
		size_t shown = 0;
		for (size_t i = 0; i < s.q->ncites; i++) {
			struct idx_card *cards;
			size_t nc;
			char *cerr = NULL;
			if (query_cite_cards(r->db, &s.q->cites[i], &cards, &nc, &cerr) != 0) {
				free(cerr);
				continue;
			}
			for (size_t j = 0; j < nc; j++) {
				if (shown++)
					buf_addc(&o->body, ',');
				size_t at = o->body.len;
				/* Its status as of the as-of filter (today), as
				 * `search`'s card shows it (no later namesake:
				 * /api/cite's). */
				struct query_standing st;
				char *serr = NULL;
				const char *day = s.q->filters.as_of[0] ? s.q->filters.as_of : NULL;
				int have_st = query_card_standing(r->db, &cards[j], day, 0, 0, &st,
								  &serr) == 0;
				free(serr);
				query_format_card_standing_json(&o->body, s.q->cites[i].typed, &cards[j],
								NULL, have_st ? &st : NULL, NULL, 0, 0);
				if (have_st)
					query_standing_release(&st);
				chop_line(&o->body, at);
				struct idx_record src = { 0 };
				if (named && cards[j].source_docid &&
				    idx_get(r->db, cards[j].source_docid, &src, NULL) == 0)
					card_article(&o->body, &src, &art);
				idx_record_release(&src);
			}
			idx_cards_release(cards, nc);
		}
		buf_addc(&o->body, ']');
	}
	if (web_arg(r, "facets")) {
		struct query_facets fs;
		if (query_facets_read(r->db, s.q, &s.so, &fs, &err) < 0) {
			web_api_error(o, 500, err);
			free(err);
			web_search_release(&s);
			return;
		}
		buf_adds(&o->body, ",\"facets\":");
		query_format_facets_json(&o->body, &fs);
		query_facets_release(&fs);
	}
	buf_adds(&o->body, "}\n");
	web_search_release(&s);
}

int web_export_format(const struct web_req *r, struct web_resp *o, enum query_export_format *f)
{
	const char *name = web_arg(r, "format");
	if (!name || !*name || strcmp(name, "json") == 0)
		return 0;
	if (query_export_format_parse(name, f) < 0) {
		char *why = xasprintf("format takes json, csl-json, bibtex or ris, not '%s'", name);
		web_api_error(o, 400, why);
		free(why);
		return -1;
	}
	return 1;
}

/* An export's answer: its media type, and with ?download a file named
 * after what it cites ("57-QD-TW.bib"). */
static void export_headers(const struct web_req *r, struct web_resp *o, enum query_export_format f,
			   const char *name)
{
	o->status = 200;
	o->type = f == QUERY_EXPORT_CSL_JSON ? "application/vnd.citationstyles.csl+json; charset=utf-8"
		  : web_arg(r, "download")  ? query_export_mime(f)
					    : "text/plain; charset=utf-8";
	if (!web_arg(r, "download"))
		return;
	struct buf fn = BUF_INIT;
	for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) {
			buf_addc(&fn, (char)*p);
		} else if (p[0] == 0xC4 && (p[1] == 0x90 || p[1] == 0x91)) { /* Đ, đ */
			buf_addc(&fn, p[1] == 0x90 ? 'D' : 'd');
			p++;
		} else if (fn.len && fn.p[fn.len - 1] != '-') {
			buf_addc(&fn, '-');
		}
	}
	o->disposition = xasprintf("attachment; filename=\"%s.%s\"", fn.len ? fn.p : "citation",
				   query_export_extension(f));
	buf_release(&fn);
}

void web_api_cite(const struct web_req *r, struct web_resp *o)
{
	const char *typed = *r->rest ? r->rest : web_arg(r, "n");
	if (!typed || !*typed)
		typed = web_arg(r, "q");
	if (!typed || !*typed) {
		web_api_error(o, 400, "no document number (/api/cite/NUMBER or /api/cite?n=NUMBER)");
		return;
	}
	long limit = 10;
	const char *n = web_arg(r, "limit");
	if (n) {
		char *end;
		limit = strtol(n, &end, 10);
		if (*end || limit < 0 || limit > WEB_LIMIT_MAX) {
			web_api_error(o, 400, "limit takes 0 to 100");
			return;
		}
	}
	/* The citing documents past the first ones, a page at a time, as
	 * the card's page gives them (cited_in_total says how many). */
	long offset = 0;
	const char *off = web_arg(r, "offset");
	if (off) {
		char *end;
		offset = strtol(off, &end, 10);
		if (!*off || *end || offset < 0 || offset > 100000) {
			web_api_error(o, 400, "offset takes 0 to 100000");
			return;
		}
	}
	/* The day its status is of, as `cite --as-of`: today when not given. */
	char as_of[11] = "";
	const char *day = web_arg(r, "as-of");
	char *bad = NULL;
	if (day && read_as_of(day, as_of, &bad) < 0) {
		char *why = xasprintf("as-of %s", bad);
		web_api_error(o, 400, why);
		free(why);
		free(bad);
		return;
	}
	/* "khoản 3 Điều 2 Nghị định 89/2021/NĐ-CP": the number, then that
	 * clause of its text, as `cite --json` reads it. */
	const char *full = typed;
	struct query_article_addr art;
	size_t skip = query_article_prefix(typed, &art);
	typed += skip;
	struct query_cite qc;
	struct idx_card *cards;
	size_t ncards;
	char *err = NULL;
	int rc = query_cite_lookup(r->db, typed, &qc, &cards, &ncards, &err);
	if (rc < 0) {
		web_api_error(o, 500, err);
		free(err);
		return;
	}
	if (rc == 0 || ncards == 0) {
		/* As `cite --json` says it, with the status it means, which every
		 * API error carries. */
		o->status = rc == 0 ? 400 : 404;
		o->type = "application/json; charset=utf-8";
		char *why = rc == 0 ? query_cite_several_why(full) : NULL;
		query_format_not_cited_json(&o->body, full, rc > 0 ? qc.num.canonical : NULL,
					    why		? why
					    : rc == 0 ? "not a document number"
						      : "not cited in any indexed document");
		free(why);
		chop_line(&o->body, 0);
		o->body.p[--o->body.len] = '\0'; /* its '}' */
		buf_addf(&o->body, ",\"status\":%d}\n", o->status);
		query_cite_release(&qc);
		return;
	}
	enum query_export_format f;
	int ex = web_export_format(r, o, &f);
	if (ex != 0) {
		if (ex > 0) {
			export_headers(r, o, f, cards[0].canonical);
			query_export_begin(&o->body, f);
			for (size_t i = 0; i < ncards; i++) {
				struct idx_record src = { 0 }, *srcp = NULL;
				if (cards[i].source_docid &&
				    idx_get_lazy(r->db, cards[i].source_docid, &src, NULL) == 0)
					srcp = &src;
				query_export_card(&o->body, f, i, &cards[i], srcp, cards, ncards);
				idx_record_release(&src);
			}
			query_export_end(&o->body, f);
		}
		idx_cards_release(cards, ncards);
		query_cite_release(&qc);
		return;
	}
	json_ok(o);
	buf_adds(&o->body, "{\"query\":");
	query_json_typed(&o->body, full, strlen(full));
	buf_adds(&o->body, ",\"cards\":[");
	for (size_t i = 0; i < ncards; i++) {
		/* The text itself only for an article asked for (skip). */
		struct idx_record src = { 0 }, *srcp = NULL;
		if (cards[i].source_docid &&
		    (skip ? idx_get(r->db, cards[i].source_docid, &src, NULL)
			  : idx_get_lazy(r->db, cards[i].source_docid, &src, NULL)) == 0)
			srcp = &src;
		struct query_cite_doc *docs = NULL;
		size_t ndocs = 0;
		unsigned long long total = 0;
		if (query_cite_documents(r->db, &cards[i], (size_t)offset, (size_t)limit, &docs, &ndocs, &total,
					 &err) < 0) {
			idx_record_release(&src);
			web_api_error(o, 500, err);
			free(err);
			break;
		}
		/* As `cite --json`: its standing as of as-of (today), with the
		 * sentences that say so. */
		struct query_standing st;
		if (query_card_standing(r->db, &cards[i], as_of[0] ? as_of : NULL, 1, 1, &st, &err) < 0) {
			query_cite_documents_release(docs, ndocs);
			idx_record_release(&src);
			web_api_error(o, 500, err);
			free(err);
			break;
		}
		if (i)
			buf_addc(&o->body, ',');
		size_t at = o->body.len;
		query_format_card_standing_json(&o->body, full, &cards[i], srcp, &st, docs, ndocs, total);
		query_standing_release(&st);
		chop_line(&o->body, at);
		query_cite_documents_release(docs, ndocs);
		/* As `cite --json`: the articles its mentions cite. */
		struct query_article_count *ac;
		size_t nac;
		if (query_cited_articles(r->db, &cards[i], &ac, &nac, &err) < 0) {
			idx_record_release(&src);
			web_api_error(o, 500, err);
			free(err);
			break;
		}
		struct buf fields = BUF_INIT;
		query_format_cited_articles_json(&fields, ac, nac);
		object_extend(&o->body, fields.p, fields.len);
		buf_release(&fields);
		free(ac);
		if (skip && srcp)
			card_article(&o->body, srcp, &art);
		idx_record_release(&src);
	}
	if (o->status == 200)
		buf_adds(&o->body, "]}\n");
	idx_cards_release(cards, ncards);
	query_cite_release(&qc);
}

/* "/doc/12" -> 12; 0 when it is not a document id. */
unsigned web_doc_id(const char *s)
{
	char *end;
	if (!*s || *s < '0' || *s > '9')
		return 0;
	unsigned long n = strtoul(s, &end, 10);
	return *end || n > 0xFFFFFFFFul ? 0 : (unsigned)n;
}

void web_api_doc(const struct web_req *r, struct web_resp *o)
{
	unsigned id = web_doc_id(r->rest);
	if (!id) {
		web_api_error(o, 404, "no such document (an id is a whole number: /api/doc/12)");
		return;
	}
	struct idx_record rec = { 0 };
	struct query_regs regs;
	char *err = NULL;
	int rc = idx_get(r->db, id, &rec, &err);
	if (rc == 0)
		rc = query_date_floor(r->db, &rec, NULL, &err);
	if (rc == 0 && query_regs_read(r->db, &rec, 0, (size_t)-1, NULL, &regs, &err) < 0)
		rc = -1;
	if (rc < 0) {
		web_api_error(o, 500, err);
	} else if (rc > 0) {
		char *why = xasprintf("no document %u", id);
		web_api_error(o, 404, why);
		free(why);
	} else {
		enum query_export_format f;
		int ex = web_export_format(r, o, &f);
		if (ex > 0) {
			struct buf t = BUF_INIT;
			query_export_begin(&t, f);
			if (query_export_document(r->db, &t, f, 0, &rec, &err) < 0) {
				web_api_error(o, 500, err);
			} else {
				query_export_end(&t, f);
				export_headers(r, o, f, regs.own.number ? regs.own.number : r->rest);
				buf_add(&o->body, t.p, t.len);
			}
			buf_release(&t);
		} else if (ex == 0) {
			json_ok(o);
			query_format_record_json(&o->body, &rec, &regs);
		}
		query_regs_release(&regs);
	}
	free(err);
	idx_record_release(&rec);
}

void web_api_stats(const struct web_req *r, struct web_resp *o)
{
	struct idx_stats st;
	char *err = NULL;
	if (idx_read_stats_kept(r->db, r->db_path, r->term_counts, &st, &err) < 0) {
		web_api_error(o, 500, err);
		free(err);
		return;
	}
	json_ok(o);
	query_format_stats_json(&o->body, r->db_path, &st);
}
