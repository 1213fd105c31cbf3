/* pages.c — the server-rendered HTML pages: home, search results with
 * facets, a number's citation card with its standing and relations, a
 * document at its articles. Vietnamese,
 * English with ?lang=en; every text from a document, a query or a URL goes
 * through web_html; they work without JavaScript. */
#include "web/web_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text/text.h"

/* The page's language: Vietnamese, or English with ?lang=en. */
#define L(r, vi_, en_) ((r)->en ? (en_) : (vi_))

/* ---- the frame ------------------------------------------------------------ */

static void lang_param(struct buf *out, const struct web_req *r, int first)
{
	if (r->en)
		buf_adds(out, first ? "?lang=en" : "&amp;lang=en");
}

struct self_link {
	struct buf *out;
	int first;
};

static int self_arg(void *ctx, const char *name, const char *value)
{
	struct self_link *l = ctx;
	if (strcmp(name, "lang") == 0)
		return 0;
	buf_adds(l->out, l->first ? "?" : "&amp;");
	l->first = 0;
	web_url(l->out, name);
	if (value) {
		buf_addc(l->out, '=');
		web_url(l->out, value);
	}
	return 0;
}

/* This page's address with its parameters, in English when en: the path
 * percent-encoded but for its slashes, and never "//" (another host). */
static void self_href(struct buf *out, const struct web_req *r, int en)
{
	const char *p = r->path;
	while (*p == '/')
		p++;
	buf_addc(out, '/');
	for (const char *seg = p; *seg;) {
		const char *slash = strchr(seg, '/');
		size_t n = slash ? (size_t)(slash - seg) : strlen(seg);
		char *part = xstrndup(seg, n);
		web_url(out, part);
		free(part);
		if (!slash)
			break;
		buf_addc(out, '/');
		seg = slash + 1;
		while (*seg == '/')
			seg++;
	}
	struct self_link l = { out, 1 };
	web_args_each(r, self_arg, &l);
	if (en)
		buf_adds(out, l.first ? "?lang=en" : "&amp;lang=en");
}

static void page_open(struct buf *out, const struct web_req *r, const char *title, const char *q)
{
	buf_addf(out, "<!doctype html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
		      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		      "<title>", L(r, "vi", "en"));
	if (title && *title) {
		web_htmls(out, title);
		buf_adds(out, " · ");
	}
	buf_adds(out, "tracuu</title>\n<link rel=\"stylesheet\" href=\"/assets/style.css\">\n"
		      "<script src=\"/assets/app.js\" defer></script>\n</head>\n<body>\n"
		      "<header class=\"top\">\n<a class=\"brand\" href=\"/");
	lang_param(out, r, 1);
	buf_adds(out, "\">tracuu</a>\n<form class=\"search\" action=\"/search\" method=\"get\" "
		      "role=\"search\">\n<input id=\"q\" name=\"q\" type=\"search\" "
		      "autocomplete=\"off\" maxlength=\"1000\" value=\"");
	web_htmls(out, q ? q : "");
	buf_addf(out, "\" placeholder=\"%s\" aria-label=\"%s\">\n",
		 L(r, "Từ khoá, số hiệu (57-QĐ/TW), type: issuer: year:…",
		   "Words, a number (57-QĐ/TW), type: issuer: year:…"),
		 L(r, "Tìm kiếm", "Search"));
	if (r->en)
		buf_adds(out, "<input type=\"hidden\" name=\"lang\" value=\"en\">\n");
	buf_addf(out, "<button type=\"submit\">%s</button>\n</form>\n", L(r, "Tìm", "Search"));
	/* The other language: this page, its parameters kept, lang switched. */
	buf_adds(out, "<nav class=\"lang\"><a href=\"");
	self_href(out, r, !r->en);
	buf_addf(out, "\">%s</a></nav>\n</header>\n<main>\n", L(r, "English", "Tiếng Việt"));
	if (r->shards_down) {
		buf_addf(out, "<p class=\"partial\" role=\"status\">%s ",
			 L(r, "Một phần chỉ mục không trả lời:", "Part of the index does not answer:"));
		web_htmls(out, r->shards_down);
		buf_addf(out, ". %s</p>\n",
			 L(r, "Các kết quả dưới đây chỉ từ phần còn lại.",
			   "These answers come from the rest of it only."));
	}
}

static void page_close(struct buf *out, const struct web_req *r)
{
	buf_addf(out, "</main>\n<footer><p>%s <a href=\"/api/stats\">API</a></p></footer>\n"
		      "</body>\n</html>\n",
		 L(r, "tracuu — tra cứu văn bản quy phạm pháp luật và tin tức về chúng.",
		   "tracuu — searching Vietnamese regulations and the news about them."));
}

static void fix_form_html(struct buf *b, const struct web_req *r, const char *bad);

/* An error page; hint: what to do, in the page's language, or NULL; bad:
 * the search parameter that cannot be read, or NULL. A search's error page
 * keeps the search in a form, each value where it can be corrected. */
static void page_error_hint(const struct web_req *r, struct web_resp *o, int status, const char *why,
			    const char *hint, const char *bad)
{
	o->status = status;
	o->type = "text/html; charset=utf-8";
	buf_reset(&o->body);
	const char *head = status == 404   ? L(r, "Không tìm thấy", "Not found")
			   : status == 400 ? L(r, "Không đọc được yêu cầu", "The request cannot be read")
			   : status == 414 ? L(r, "Yêu cầu quá dài", "The request is too long")
			   : status == 503 ? L(r, "Chưa mở được chỉ mục", "The index cannot be opened")
					   : L(r, "Lỗi", "Error");
	/* The server says it in English; a reader of the Vietnamese page is
	 * told in Vietnamese, with what to do. */
	char *vi = NULL;
	if (status == 414 && !r->en)
		why = vi = xasprintf("Câu tìm kiếm hoặc địa chỉ dài quá %d byte (một chữ có dấu chiếm 2 "
				     "đến 3 byte): hãy rút ngắn, giữ lại các từ chính.",
				     WEB_QUERY_MAX);
	/* The index's reason is the server's, in English: what it means and
	 * what to do, in Vietnamese (the page said "chỉ mục db: no index
	 * there (run 'tracuu ingest' first)" alone, h14f). */
	if (status == 503 && !hint && !r->en)
		hint = "Máy chủ không mở được chỉ mục (cơ sở dữ liệu tìm kiếm): nó không có ở đường dẫn "
		       "trên, đang được chép hoặc thay thế, hoặc bị hỏng. Hãy thử lại sau giây lát; nếu "
		       "vẫn lỗi, người quản trị cần kiểm tra đường dẫn hoặc chạy lại «tracuu ingest».";
	page_open(&o->body, r, head, web_arg(r, "q"));
	buf_addf(&o->body, "<section class=\"error\">\n<h1>%s</h1>\n<p class=\"why\">", head);
	web_htmls(&o->body, why);
	free(vi);
	buf_adds(&o->body, "</p>\n");
	if (hint)
		buf_addf(&o->body, "<p class=\"hint\">%s</p>\n", hint);
	if (status == 400 && strcmp(r->path, "/search") == 0)
		fix_form_html(&o->body, r, bad);
	buf_addf(&o->body, "<p><a href=\"/");
	lang_param(&o->body, r, 1);
	buf_addf(&o->body, "\">%s</a></p>\n</section>\n", L(r, "Trang chủ", "Home"));
	page_close(&o->body, r);
}

void web_page_error(const struct web_req *r, struct web_resp *o, int status, const char *why)
{
	page_error_hint(r, o, status, why, NULL, NULL);
}

void web_page_not_text(const struct web_req *r, struct web_resp *o, const char *why, const char *param)
{
	page_error_hint(r, o, 400, why,
			L(r, "Địa chỉ có một byte không phải chữ (byte NUL, hoặc không phải UTF-8) ở tham số "
			     "nêu trên: hãy gõ lại giá trị ấy.",
			  NULL),
			param);
}

/* ---- links ---------------------------------------------------------------- */

/* The parameters a search page keeps in its links, in order. */
static const char *const search_params[] = { "q", "type", "issuer", "year", "from", "to",
					     "cites-type", "cites-issuer", "in-force", "status", "as-of",
					     "sort", "articles", "page", NULL };

/* Every value of parameter name, in order (a filter given twice holds
 * both, as the search read them: type=TT&type=NĐ), at most max. */
#define ARG_VALUES_MAX 16
struct arg_values {
	const char *name;
	const char **v;
	size_t n, max;
};

static int arg_value(void *ctx, const char *name, const char *value)
{
	struct arg_values *a = ctx;
	if (a->n < a->max && value && *value && strcasecmp(name, a->name) == 0)
		a->v[a->n++] = value;
	return 0;
}

static size_t arg_values(const struct web_req *r, const char *name, const char **v, size_t max)
{
	struct arg_values a = { name, v, 0, max };
	web_args_each(r, arg_value, &a);
	return a.n;
}

/* This search at path with name set to value (NULL or "": dropped); any
 * change but the page's goes back to the first page. 1 when no parameter
 * was written. */
static int search_href_at(struct buf *out, const struct web_req *r, const char *path,
			  const char *name, const char *value)
{
	int first = 1;
	buf_adds(out, path);
	for (size_t i = 0; search_params[i]; i++) {
		const char *p = search_params[i];
		const char *vs[ARG_VALUES_MAX];
		size_t nv = 1;
		if (name && strcmp(p, name) == 0)
			vs[0] = value;
		else
			nv = arg_values(r, p, vs, ARG_VALUES_MAX);
		if (strcmp(p, "page") == 0 && name && strcmp(name, "page") != 0)
			nv = 0;
		for (size_t k = 0; k < nv; k++) {
			if (!vs[k] || !*vs[k])
				continue;
			buf_adds(out, first ? "?" : "&amp;");
			first = 0;
			buf_adds(out, p);
			buf_addc(out, '=');
			web_url(out, vs[k]);
		}
	}
	lang_param(out, r, first);
	return first && !r->en;
}

static void search_href(struct buf *out, const struct web_req *r, const char *name,
			const char *value)
{
	search_href_at(out, r, "/search", name, value);
}

static void cite_href(struct buf *out, const struct web_req *r, const char *number)
{
	buf_adds(out, "/cite/");
	web_url(out, number);
	lang_param(out, r, 1);
}

/* The anchors the document page gives an article, a clause and a point
 * of its text (#dieu-26, #dieu-26-khoan-3, #dieu-26-khoan-3-diem-a), and a
 * link to them. point: "" or NULL for none. */
static void article_anchor(struct buf *b, const char *number, unsigned clause, const char *point)
{
	buf_adds(b, "dieu-");
	web_url(b, number);
	if (clause)
		buf_addf(b, "-khoan-%u", clause);
	if (clause && point && *point) {
		buf_adds(b, "-diem-");
		web_url(b, point);
	}
}

/* q: the words of the list the link is on (a search's, a card's number),
 * carried so the document page marks them there too; NULL for none. */
static void doc_href(struct buf *b, const struct web_req *r, unsigned docid, const char *q)
{
	buf_addf(b, "/doc/%u", docid);
	if (q && *q) {
		buf_adds(b, "?q=");
		web_url(b, q);
	}
	lang_param(b, r, !(q && *q));
}

static void article_href(struct buf *b, const struct web_req *r, unsigned docid, const char *q,
			 const char *number, unsigned clause, const char *point)
{
	doc_href(b, r, docid, q);
	buf_addc(b, '#');
	article_anchor(b, number, clause, point);
}

/* Whether article a of as has a clause numbered clause (its anchor). */
static int has_clause(const struct idx_articles *as, const struct idx_article *a, unsigned clause)
{
	for (size_t c = 0; clause && c < a->nclauses; c++)
		if (as->clauses[a->first_clause + c].number == clause)
			return 1;
	return 0;
}

/* "Điều 26. Thời giờ làm việc bình thường (khoản 3)", as the command line
 * names it (query_format_article_text). */
static void article_name_html(struct buf *b, const struct query_article *a)
{
	struct buf t = BUF_INIT;
	query_format_article_text(&t, a);
	web_html(b, t.p ? t.p : "", t.len, 0);
	buf_release(&t);
}

/* A record's format (ingest_format_name: "text", "markdown", "html"…) as
 * the page's reader names it; PDF, DOCX and DOC are the same words in both. */
static const char *format_shown(const struct web_req *r, const char *format)
{
	static const struct {
		const char *format, *vi, *en;
	} names[] = {
		{ "text", "văn bản thuần", "plain text" },
		{ "markdown", "Markdown", "Markdown" },
		{ "html", "trang web (HTML)", "web page (HTML)" },
	};
	for (size_t i = 0; format && i < sizeof names / sizeof *names; i++)
		if (strcmp(names[i].format, format) == 0)
			return L(r, names[i].vi, names[i].en);
	return format ? format : "";
}

/* The other copies of a text (another source, another format), each a link:
 * under a result, and under a citing document of a card, as `search` and
 * `cite` list them after "also:". */
static void copies_html(struct buf *b, const struct web_req *r, const struct query_copy *copies,
			size_t n, const char *q)
{
	if (!n)
		return;
	buf_addf(b, "<p class=\"copies\">%s ", L(r, "Bản khác:", "Also:"));
	for (size_t i = 0; i < n; i++) {
		buf_addf(b, "%s<a href=\"", i ? ", " : "");
		doc_href(b, r, copies[i].docid, q);
		buf_adds(b, "\">");
		web_htmls(b, web_source_shown(copies[i].source));
		buf_adds(b, "</a>");
	}
	buf_adds(b, "</p>\n");
}

/* A source: a link when it is a web page (http, https), else its text. */
static void source_html(struct buf *out, const char *source)
{
	if (web_link_ok(source)) {
		buf_adds(out, "<a class=\"source\" rel=\"noopener noreferrer nofollow\" href=\"");
		web_htmls(out, source);
		buf_adds(out, "\">");
		web_htmls(out, source);
		buf_adds(out, "</a>");
	} else {
		buf_adds(out, "<span class=\"source\">");
		web_htmls(out, web_source_shown(source));
		buf_adds(out, "</span>");
	}
}

/* text with marks (byte ranges, ascending) as <mark>. */
static void marked_html(struct buf *out, const char *text, size_t len,
			const struct query_mark *marks, size_t n)
{
	size_t pos = 0;
	for (size_t i = 0; i < n; i++) {
		if (marks[i].start < pos || marks[i].end > len)
			continue;
		web_html(out, text + pos, marks[i].start - pos, 0);
		buf_adds(out, "<mark>");
		web_html(out, text + marks[i].start, marks[i].end - marks[i].start, 0);
		buf_adds(out, "</mark>");
		pos = marks[i].end;
	}
	web_html(out, text + pos, len - pos, 0);
}

static const char *record_date(const struct idx_record *rec)
{
	return rec->issue_date ? rec->issue_date : rec->date;
}

/* The date as `tracuu search` shows it, an inferred year said so: such a
 * date is a guess, so it is no year facet, no date range, and sorts after
 * the dated documents — the title says why. after: what follows it. */
static void date_html(struct buf *b, const struct web_req *r, const struct idx_record *rec,
		      const char *after)
{
	const char *date = record_date(rec);
	if (!date)
		return;
	if (rec->issue_date || !rec->date_inferred) {
		buf_adds(b, "<span class=\"date\">");
		web_htmls(b, date);
		buf_addf(b, "</span>%s", after);
		return;
	}
	buf_addf(b, "<span class=\"date inferred\" title=\"%s\">",
		 L(r, "Năm được suy ra từ nội dung, không ghi trong văn bản: văn bản này không "
		      "thuộc bộ lọc năm, khoảng ngày và xếp sau cùng khi sắp theo ngày.",
		   "The year is inferred from the text, not stated in it: this document is left "
		   "out of the year facet and the date range and comes last when sorted by date."));
	web_htmls(b, date);
	buf_addf(b, " %s</span>%s", L(r, "(năm suy ra)", "(year inferred)"), after);
}

/* ---- home ----------------------------------------------------------------- */

/* Does the request ask for a search: a query or a filter, not empty? */
static int search_asked(const struct web_req *r)
{
	const char *typed = web_arg(r, "q");
	int any = typed && *typed;
	for (size_t i = 0; web_filter_params[i]; i++) {
		const char *v = web_arg(r, web_filter_params[i]);
		any |= v && *v;
	}
	return any;
}

void web_page_home(const struct web_req *r, struct web_resp *o)
{
	/* "/?q=…" (an address typed by hand, a browser's keyword search):
	 * the search, not the box emptied. */
	if (search_asked(r)) {
		web_page_search(r, o);
		return;
	}
	struct buf *b = &o->body;
	page_open(b, r, NULL, "");
	buf_addf(b, "<section class=\"home\">\n<h1>%s</h1>\n<p>%s</p>\n",
		 L(r, "Tra cứu văn bản", "Search the regulations"),
		 /* What is typed as it is typed, in <code>: a line does not break
		  * "-loại trừ" after its minus, which then read as a dash. */
		 L(r, "Gõ từ khoá có dấu hoặc không dấu, <code>\"cụm từ\"</code>, <code>-loại trừ</code>, "
		      "<code>OR</code>, một số hiệu viết cách nào cũng được (<code>57-QĐ/TW</code>, "
		      "<code>quy định 57</code>), hoặc bộ lọc <code>type:</code> <code>issuer:</code> "
		      "<code>year:</code> <code>from:</code> <code>to:</code>.",
		   "Type words with or without marks, <code>\"phrases\"</code>, <code>-exclusions</code>, "
		   "<code>OR</code>, a document number in any spelling (<code>57-QĐ/TW</code>, "
		   "<code>quy dinh 57</code>), or filters <code>type:</code> <code>issuer:</code> "
		   "<code>year:</code> <code>from:</code> <code>to:</code>."));
	/* The number to try is one this index cites: "quy dinh 57" finds
	 * nothing in a collection without it, a poor first click. */
	static const char *const numbers[] = { "quy dinh 57", "nghi quyet 57", "bo luat lao dong",
					       "45/2019/QH14", NULL };
	const char *number = numbers[0];
	for (size_t i = 0; r->db && numbers[i]; i++) {
		struct query_cite qc;
		struct idx_card *cards;
		size_t ncards = 0;
		char *err = NULL;
		int rc = query_cite_lookup(r->db, numbers[i], &qc, &cards, &ncards, &err);
		free(err);
		if (rc > 0)
			idx_cards_release(cards, ncards);
		if (rc >= 0)
			query_cite_release(&qc);
		if (rc > 0 && ncards) {
			number = numbers[i];
			break;
		}
	}
	const char *const examples[] = { number, "hợp đồng lao động", "\"bảo hiểm xã hội\" year:2024",
					 "type:NĐ issuer:CP", NULL };
	buf_addf(b, "<ul class=\"examples\">\n");
	for (size_t i = 0; examples[i]; i++) {
		buf_adds(b, "<li><a href=\"/search?q=");
		web_url(b, examples[i]);
		lang_param(b, r, 0);
		buf_adds(b, "\">");
		web_htmls(b, examples[i]);
		buf_adds(b, "</a></li>\n");
	}
	buf_adds(b, "</ul>\n");
	if (r->db)
		buf_addf(b, "<p class=\"stats\">%llu %s</p>\n", idx_doc_count(r->db),
			 L(r, "văn bản trong chỉ mục", "documents in the index"));
	else if (r->db_error)
		buf_addf(b, "<p class=\"stats error\">%s</p>\n",
			 L(r, "Chưa mở được chỉ mục.", "The index cannot be opened."));
	buf_adds(b, "</section>\n");
	page_close(b, r);
}

/* ---- a citation card ------------------------------------------------------ */

static void card_row(struct buf *b, const char *label, const struct idx_vote *v, size_t n)
{
	if (!n)
		return;
	buf_addf(b, "<dt>%s</dt><dd>", label);
	web_htmls(b, v[0].value);
	buf_adds(b, "</dd>\n");
}

/* The "export citation" control: the BibTeX entry to copy, and each format
 * to download (api: "/api/cite/57-Q%C4%90%2FTW" or "/api/doc/12", which
 * answer ?format=). bibtex: the entry (query/export.c), or NULL. */
static void export_html(struct buf *b, const struct web_req *r, const char *api, const char *bibtex)
{
	static const struct {
		const char *format, *label;
	} formats[] = { { "bibtex", "BibTeX" }, { "csl-json", "CSL-JSON" }, { "ris", "RIS" } };
	buf_addf(b, "<div class=\"export\">\n<span class=\"export-label\">%s</span>\n",
		 L(r, "Xuất trích dẫn:", "Export citation:"));
	for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
		buf_addf(b, "<a class=\"export-link\" data-format=\"%s\" href=\"%s?format=%s&amp;download=1\">%s</a>\n",
			 formats[i].format, api, formats[i].format, formats[i].label);
	buf_addf(b, "<a class=\"export-link\" data-format=\"json\" href=\"%s\">JSON</a>\n", api);
	if (bibtex && *bibtex) {
		buf_addf(b, "<details class=\"export-bibtex\"><summary>%s</summary>\n<pre class=\"export-text\">",
			 L(r, "BibTeX để sao chép", "BibTeX to copy"));
		web_html(b, bibtex, strlen(bibtex), 1);
		buf_adds(b, "</pre>\n</details>\n");
	}
	buf_adds(b, "</div>\n");
}

struct doc_division;
static void text_html(struct buf *b, const char *t, size_t len, const struct query_mark *marks,
		      size_t nmarks, size_t at, const struct idx_articles *as,
		      const struct doc_division *dv, size_t nd);

/* The article (clause, point) ad of src's text, named before the number
 * typed ("điểm a khoản 3 Điều 2 Nghị định 89/2021/NĐ-CP"), as `tracuu
 * search` and `tracuu cite` show it: its name linking to its anchor, then
 * its text in paragraphs as the document page has them (text_html: a
 * line wrapped at a column goes on its paragraph), a whole article's
 * heading once (the link is it); what the text lacks when it lacks it. */
static void article_passage_html(struct buf *b, const struct web_req *r,
				 const struct idx_record *src, const struct query_article_addr *ad)
{
	size_t from, to;
	struct query_article a;
	char *why = NULL;
	if (query_article_range(src, ad, &from, &to, &a, &why) != 0) {
		buf_adds(b, "<p class=\"note article-missing\">");
		web_htmls(b, why ? why : "");
		buf_adds(b, "</p>\n");
		free(why);
		return;
	}
	if (!a.clause) {
		/* the article's heading lines are the link above */
		struct idx_articles as;
		if (idx_articles_read(src, &as) == 0) {
			const struct idx_article *art = idx_article_find(&as, a.number);
			const char *nl = art && art->start == from && art->head_end < to
						 ? memchr(src->text + art->head_end, '\n', to - art->head_end)
						 : NULL;
			if (nl) /* past the heading's last line */
				from = (size_t)(nl - src->text) + 1;
			idx_articles_release(&as);
		}
	}
	buf_adds(b, "<section class=\"article-passage\">\n<h3><a href=\"");
	article_href(b, r, src->docid, NULL, a.number, a.clause, a.point);
	buf_adds(b, "\">");
	article_name_html(b, &a);
	buf_adds(b, "</a></h3>\n<div class=\"text\">\n");
	struct buf t = BUF_INIT;
	text_shown(src->text + from, to - from, 1, &t);
	const struct idx_articles none = { 0 };
	text_html(b, t.p ? t.p : "", t.len, NULL, 0, (size_t)-1, &none, NULL, 0);
	buf_release(&t);
	buf_adds(b, "</div>\n</section>\n");
	query_article_release(&a);
}

/* The articles of c's number its mentions cite, most cited first (the
 * card's line `tracuu cite` prints), each linking to its anchor in the
 * number's own text when the index holds that text and it has the
 * article. */
#define CITED_ARTICLES_SHOWN 10
static void cited_articles_html(struct buf *b, const struct web_req *r, const struct idx_card *c,
				const struct idx_record *src)
{
	struct query_article_count *ac;
	size_t n;
	char *err = NULL;
	if (query_cited_articles(r->db, c, &ac, &n, &err) < 0) {
		buf_adds(b, "<p class=\"error\">");
		web_htmls(b, err ? err : "");
		buf_adds(b, "</p>\n");
		free(err);
		return;
	}
	if (!n)
		return;
	struct idx_articles as = { 0 };
	if (!src || idx_articles_read(src, &as) < 0)
		as = (struct idx_articles){ 0 };
	buf_addf(b, "<p class=\"cited-articles\">%s ", L(r, "Các điều được trích dẫn:", "Articles cited:"));
	for (size_t i = 0; i < n && i < CITED_ARTICLES_SHOWN; i++) {
		if (i)
			buf_adds(b, ", ");
		int link = idx_article_find(&as, ac[i].number) != NULL;
		if (link) {
			buf_adds(b, "<a href=\"");
			article_href(b, r, src->docid, NULL, ac[i].number, 0, NULL);
			buf_adds(b, "\">");
		}
		buf_adds(b, "Điều ");
		web_htmls(b, ac[i].number);
		if (link)
			buf_adds(b, "</a>");
		buf_addf(b, " <span class=\"count\">×%u</span>", ac[i].count);
	}
	if (n > CITED_ARTICLES_SHOWN)
		buf_addf(b, " %s %zu %s", L(r, "và", "and"), n - CITED_ARTICLES_SHOWN, L(r, "điều khác", "more"));
	buf_adds(b, "</p>\n");
	idx_articles_release(&as);
	free(ac);
}

/* ---- a regulation's standing: status, effective date, relations ---------- */

/* Relations listed per kind and direction on a page; the rest are counted
 * and a link shows them all (a code may be the ground for hundreds). */
#define RELATIONS_SHOWN 8
/* Documents citing a number listed on one card page; the rest on the next. */
#define CITING_PAGE 50

/* A relation as the card's number takes part in it ("replaced by"). */
static const char *relation_label(const struct web_req *r, const struct idx_relation *rel)
{
	static const struct {
		const char *kind, *out_vi, *in_vi, *out_en, *in_en;
	} labels[] = {
		{ "replaces", "Thay thế", "Bị thay thế bởi", "Replaces", "Replaced by" },
		{ "repeals", "Bãi bỏ", "Bị bãi bỏ bởi", "Repeals", "Repealed by" },
		{ "amends", "Sửa đổi, bổ sung", "Được sửa đổi, bổ sung bởi", "Amends", "Amended by" },
		{ "guides", "Hướng dẫn", "Được hướng dẫn bởi", "Guides", "Guided by" },
		{ "consolidates", "Hợp nhất", "Được hợp nhất trong", "Consolidates", "Consolidated in" },
		{ "based-on", "Căn cứ", "Là căn cứ của", "Based on", "Grounds for" },
		{ "suspends", "Tạm ngưng hiệu lực", "Bị tạm ngưng hiệu lực bởi", "Suspends",
		  "Suspended by" },
	};
	for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
		if (strcmp(rel->kind, labels[i].kind) == 0)
			return rel->incoming ? L(r, labels[i].in_vi, labels[i].in_en)
					     : L(r, labels[i].out_vi, labels[i].out_en);
	return rel->kind;
}

static const char *state_label(const struct web_req *r, enum query_state s)
{
	switch (s) {
	case QUERY_STATE_IN_FORCE: return L(r, "còn hiệu lực", "in force");
	case QUERY_STATE_NOT_YET: return L(r, "chưa có hiệu lực", "not yet in force");
	case QUERY_STATE_REPLACED: return L(r, "đã bị thay thế", "replaced");
	case QUERY_STATE_REPEALED: return L(r, "đã bị bãi bỏ", "repealed");
	case QUERY_STATE_EXPIRED: return L(r, "hết hiệu lực", "expired");
	case QUERY_STATE_SUSPENDED: return L(r, "tạm ngưng hiệu lực", "suspended");
	default: return L(r, "chưa rõ", "unknown");
	}
}

/* The sentence that says so, and a link to the document holding it, at
 * that sentence (?at= opens the page there). */
static void evidence_html(struct buf *b, const struct web_req *r, const char *sentence,
			  unsigned docid, size_t at)
{
	if (sentence && *sentence) {
		buf_adds(b, "<q class=\"evidence\">");
		web_htmls(b, sentence);
		buf_adds(b, "</q> ");
	}
	if (docid) {
		buf_addf(b, "<a class=\"evidence-doc\" href=\"/doc/%u?at=%zu", docid, at);
		lang_param(b, r, 0);
		/* Named by its title (a tooltip) and what the link does: an id
		 * ("văn bản 264") tells a reader nothing. */
		struct idx_record rec = { 0 };
		if (idx_get_lazy(r->db, docid, &rec, NULL) == 0 && *rec.title) {
			buf_adds(b, "#excerpt\" title=\"");
			web_htmls(b, rec.title);
			buf_adds(b, "\">");
		} else {
			buf_adds(b, "#excerpt\">");
		}
		idx_record_release(&rec);
		buf_addf(b, "%s</a>", L(r, "xem trong văn bản", "see it in the document"));
	}
}

/* The rows of a card or document's metadata (dl) for its standing: the
 * effective date (and the parts with their own), the status as of today. */
static void standing_rows_html(struct buf *b, const struct web_req *r, const struct idx_card *c,
			       const struct query_standing *st)
{
	if (c->effective && *c->effective) {
		buf_addf(b, "<dt>%s</dt><dd class=\"effective\">", L(r, "Hiệu lực từ", "Effective"));
		web_htmls(b, c->effective);
		if (c->expires && *c->expires) {
			buf_addf(b, " %s ", L(r, "đến", "until"));
			web_htmls(b, c->expires);
		}
		buf_adds(b, "<br>");
		evidence_html(b, r, st->eff_sentence, c->eff_docid, c->eff_start);
		buf_adds(b, "</dd>\n");
		/* a portal's stated date (above) over another its own text
		 * gives: both shown, each with its sentence */
		if (c->eff_text && *c->eff_text) {
			buf_addf(b, "<dt></dt><dd class=\"effective-in-text\">%s ",
				 L(r, "Văn bản ghi", "Its text says"));
			web_htmls(b, c->eff_text);
			buf_adds(b, "<br>");
			evidence_html(b, r, st->eff_text_sentence, c->efft_docid, c->efft_start);
			buf_adds(b, "</dd>\n");
		}
	} else if (c->source_docid) {
		buf_addf(b, "<dt>%s</dt><dd class=\"effective\">%s</dd>\n", L(r, "Hiệu lực từ", "Effective"),
			 L(r, "chưa rõ (văn bản không nêu)", "unknown (not stated in its text)"));
	}
	for (size_t i = 0; i < c->nparts; i++) {
		buf_addf(b, "<dt>%s</dt><dd class=\"effective-part\">", i ? "" : L(r, "Hiệu lực riêng", "In part"));
		web_htmls(b, c->parts[i].scope);
		buf_addf(b, " %s ", L(r, "từ", "from"));
		web_htmls(b, c->parts[i].date);
		buf_adds(b, "<br>");
		evidence_html(b, r, i < st->nparts ? st->part_sentences[i] : NULL, c->parts[i].docid,
			      c->parts[i].sent_start);
		buf_adds(b, "</dd>\n");
	}
	buf_addf(b, "<dt>%s</dt><dd class=\"status\" data-status=\"%s\">", L(r, "Tình trạng", "Status"),
		 query_state_name(st->state));
	web_htmls(b, state_label(r, st->state));
	if (st->state == QUERY_STATE_UNKNOWN) {
		buf_adds(b, c->source_docid ? L(r, " (văn bản không nêu ngày có hiệu lực)",
						" (no effective date in its text)")
					    : L(r, " (chỉ mục không có văn bản này)", " (its text is not indexed)"));
	} else {
		if (st->by) {
			buf_addf(b, " %s <a href=\"", L(r, "bởi", "by"));
			cite_href(b, r, st->by->other);
			buf_adds(b, "\">");
			web_htmls(b, st->by->other);
			buf_adds(b, "</a>");
		}
		if (st->since[0]) {
			buf_addf(b, " %s ", L(r, "từ", "since"));
			web_htmls(b, st->since);
		}
		if (st->state == QUERY_STATE_SUSPENDED) {
			buf_addf(b, " %s ", L(r, "đến", "until"));
			web_htmls(b, st->suspended_until[0]
					     ? st->suspended_until
					     : L(r, "khi điều kiện văn bản nêu được đáp ứng",
						 "a condition its text states"));
		}
		if (st->partial)
			buf_addf(b, L(r, "; %zu phần đã bị thay thế hoặc bãi bỏ", "; %zu part(s) replaced or repealed"),
				 st->partial);
		buf_addf(b, " · %s %s", L(r, "tính đến", "as of"), st->as_of);
		if (st->namesake) {
			buf_addf(b, "<br><span class=\"namesake\">%s ",
				 L(r, "Lưu ý: có văn bản cùng tên ban hành sau được trích dẫn:",
				   "Note: a later text of the same name is cited:"));
			web_htmls(b, c->types[0].value);
			buf_adds(b, " ");
			web_htmls(b, c->subjects[0].value);
			buf_adds(b, " <a href=\"");
			cite_href(b, r, st->namesake);
			buf_adds(b, "\">");
			web_htmls(b, st->namesake);
			buf_adds(b, "</a>");
			if (st->namesake_date[0]) {
				buf_addf(b, " (%s ", L(r, "ban hành", "issued"));
				web_htmls(b, st->namesake_date);
				buf_adds(b, ")");
			}
			buf_addf(b, "; %s</span>",
				 L(r, "chỉ mục không có văn bản đó nên không rõ văn bản đó có thay thế văn "
				      "bản này hay không",
				   "its text is not indexed, so whether it replaces this one is not known"));
		}
	}
	buf_adds(b, "</dd>\n");
}

/* The relations both ways, whole acts first, each with its scope, its
 * date, the sentence that states it and the document holding it. */
static void relations_html(struct buf *b, const struct web_req *r, const struct idx_card *c,
			   const struct query_standing *st)
{
	if (!c->nrelations)
		return;
	buf_addf(b, "<section class=\"relations\">\n<h3>%s</h3>\n<ul>\n",
		 L(r, "Quan hệ với văn bản khác", "Relations"));
	const char *all = web_arg(r, "all");
	size_t *order, hidden;
	size_t n = query_card_relations_shown(c, all && strcmp(all, "1") == 0 ? SIZE_MAX : RELATIONS_SHOWN,
					      &order, &hidden);
	for (size_t j = 0; j < n; j++) {
		size_t i = order[j];
		const struct idx_relation *rel = &c->relations[i];
		int based = strcmp(rel->kind, "based-on") == 0;
		buf_adds(b, "<li class=\"relation\" data-kind=\"");
		web_htmls(b, rel->kind);
		buf_addf(b, "\" data-direction=\"%s\">", rel->incoming ? "in" : "out");
		web_htmls(b, relation_label(r, rel));
		buf_adds(b, " ");
		if (rel->by_name) {
			web_htmls(b, rel->other);
		} else {
			buf_adds(b, "<a href=\"");
			cite_href(b, r, rel->other);
			buf_adds(b, "\">");
			web_htmls(b, rel->other);
			buf_adds(b, "</a>");
		}
		if (rel->scope[0]) {
			buf_adds(b, " (");
			web_htmls(b, rel->scope);
			buf_adds(b, ")");
		}
		if (rel->incoming && rel->from[0] && !based) {
			buf_addf(b, " %s ", L(r, "từ", "from"));
			web_htmls(b, rel->from);
		}
		buf_adds(b, "<br>");
		evidence_html(b, r, i < st->nsentences ? st->sentences[i] : NULL, rel->docid,
			      rel->sent_start);
		buf_adds(b, "</li>\n");
	}
	free(order);
	buf_adds(b, "</ul>\n");
	if (hidden) {
		/* A link a reader can follow, not the API's address to type. */
		buf_addf(b, "<p class=\"more\">… %zu %s <a class=\"all-relations\" href=\"/cite/",
			 hidden, L(r, "quan hệ khác:", "more:"));
		web_url(b, c->canonical);
		buf_adds(b, "?all=1");
		lang_param(b, r, 0);
		buf_addf(b, "\">%s</a></p>\n", L(r, "xem tất cả", "show all"));
	}
	buf_adds(b, "</section>\n");
}

/* A number's card; full (its own page): the signer, the sentences of its
 * standing, its relations and the articles cited too. */
/* texts: the citing list's count, copies folded (0: not known). art: the
 * article asked for, shown from src's text under the card's export (NULL
 * none). others (nothers): the cards shown with it, whose export keys its
 * own is kept apart from (query_export_card). */
static void card_html(struct buf *b, const struct web_req *r, struct idx_card *c,
		      const struct idx_record *src, int full, unsigned long long texts,
		      const struct query_article_addr *art, const struct idx_card *others,
		      size_t nothers)
{
	struct query_standing st;
	char *err = NULL;
	int have_st = query_card_standing(r->db, c, NULL, 1, full, &st, &err) == 0;
	const char *type = query_card_type(c);
	buf_adds(b, "<section class=\"card\">\n<h2><a href=\"");
	cite_href(b, r, c->canonical);
	buf_adds(b, "\">");
	web_htmls(b, c->canonical);
	buf_adds(b, "</a>");
	if (type) {
		buf_adds(b, " <span class=\"type\">");
		web_htmls(b, type);
		buf_adds(b, "</span>");
	}
	buf_adds(b, "</h2>\n");
	struct buf doubt = BUF_INIT;
	if (query_card_doubt(c, have_st ? &st : NULL, !r->en, &doubt)) {
		buf_adds(b, "<p class=\"note doubt\">");
		web_htmls(b, doubt.p);
		buf_adds(b, "</p>\n");
	}
	buf_release(&doubt);
	buf_adds(b, "<dl>\n");
	card_row(b, L(r, "Cơ quan ban hành", "Issuing body"), c->issuers, c->nissuers);
	card_row(b, L(r, "Ngày ban hành", "Issued"), c->dates, c->ndates);
	card_row(b, L(r, "Trích yếu", "Subject"), c->subjects, c->nsubjects);
	if (full)
		card_row(b, L(r, "Người ký", "Signed by"), c->signers, c->nsigners);
	buf_addf(b, "<dt>%s</dt><dd>", L(r, "Văn bản gốc", "Its own text"));
	if (src) {
		buf_addf(b, "<a href=\"/doc/%u", src->docid);
		lang_param(b, r, 1);
		buf_adds(b, "\">");
		web_htmls(b, *src->title ? src->title : web_source_shown(src->source));
		buf_adds(b, "</a>");
	} else {
		buf_adds(b, L(r, "chưa có trong chỉ mục", "not indexed"));
	}
	buf_addf(b, "</dd>\n<dt>%s</dt><dd>%u %s (%u %s)", L(r, "Được trích dẫn", "Cited in"),
		 c->documents, L(r, "văn bản", c->documents == 1 ? "document" : "documents"),
		 c->mentions, L(r, "lần", c->mentions == 1 ? "mention" : "mentions"));
	struct buf note = BUF_INIT;
	query_cited_in_texts(&note, c->documents, texts, !r->en);
	if (note.len)
		web_html(b, note.p, note.len, 0);
	buf_release(&note);
	buf_adds(b, "</dd>\n");
	if (c->conflicts) {
		buf_addf(b, "<dt>%s</dt><dd>", L(r, "Lưu ý", "Note"));
		buf_adds(b, L(r, "các lần trích dẫn không thống nhất về: ", "the mentions disagree on: "));
		web_htmls(b, c->conflicts);
		buf_adds(b, "</dd>\n");
	}
	if (have_st)
		standing_rows_html(b, r, c, &st);
	buf_adds(b, "</dl>\n");
	if (!have_st) {
		buf_adds(b, "<p class=\"error\">");
		web_htmls(b, err ? err : "");
		buf_adds(b, "</p>\n");
		free(err);
	}
	struct buf api = BUF_INIT, bib = BUF_INIT;
	buf_adds(&api, "/api/cite/");
	web_url(&api, c->canonical);
	query_export_begin(&bib, QUERY_EXPORT_BIBTEX);
	query_export_card(&bib, QUERY_EXPORT_BIBTEX, 0, c, src, others, nothers);
	query_export_end(&bib, QUERY_EXPORT_BIBTEX);
	export_html(b, r, api.p, bib.p);
	buf_release(&api);
	buf_release(&bib);
	/* The article asked for ("/cite/khoản 1 Điều 35 …") before the
	 * articles cited and the relations, not below a code's list of them. */
	if (art && src)
		article_passage_html(b, r, src, art);
	if (full)
		cited_articles_html(b, r, c, src);
	if (full && have_st)
		relations_html(b, r, c, &st);
	if (have_st)
		query_standing_release(&st);
	buf_adds(b, "</section>\n");
}

/* ---- search --------------------------------------------------------------- */

/* The line under a document's title, the one home of a search result's and
 * a citing document's (a number's page): its date, what it is when a
 * regulation's own text (a regulation without a number says its type
 * alone: "Hiến pháp"), who issued it, its source. */
static void meta_html(struct buf *b, const struct web_req *r, const struct idx_record *rec,
		      const struct query_reg *own)
{
	buf_adds(b, "<p class=\"meta\">");
	date_html(b, r, rec, " · ");
	if (own->number || own->type) {
		buf_adds(b, "<span class=\"own\">");
		if (own->type) {
			web_htmls(b, own->type);
			if (own->number)
				buf_addc(b, ' ');
		}
		if (own->number) {
			buf_adds(b, "<a href=\"");
			cite_href(b, r, own->number);
			buf_adds(b, "\">");
			web_htmls(b, own->number);
			buf_adds(b, "</a>");
		}
		buf_adds(b, "</span> · ");
		if (own->issuer) {
			buf_adds(b, "<span class=\"issuer\">");
			web_htmls(b, own->issuer);
			buf_adds(b, "</span> · ");
		}
	}
	source_html(b, rec->source);
	buf_adds(b, "</p>\n");
}

static void hit_html(struct buf *b, const struct web_req *r, struct query_hit *h, const char *q)
{
	buf_addf(b, "<li class=\"result\" value=\"%u\">\n<h2><a href=\"/doc/%u?q=", h->rank,
		 h->rec.docid);
	web_url(b, q);
	/* The match, not where the excerpt's window starts (a paragraph
	 * or more above it): the page opens at the paragraph holding it. */
	buf_addf(b, "&amp;at=%zu", h->excerpt.source_match);
	lang_param(b, r, 0);
	buf_adds(b, "#excerpt\">");
	web_htmls(b, *h->rec.title ? h->rec.title : L(r, "(không có tiêu đề)", "(no title)"));
	buf_adds(b, "</a></h2>\n");
	meta_html(b, r, &h->rec, &h->regs.own);
	if (h->excerpt.text && *h->excerpt.text) {
		buf_adds(b, "<p class=\"excerpt\">");
		marked_html(b, h->excerpt.text, strlen(h->excerpt.text), h->excerpt.marks,
			    h->excerpt.nmarks);
		buf_adds(b, "</p>\n");
	}
	/* The article its excerpt lies in, as `tracuu search` names it. */
	if (h->article.number) {
		buf_adds(b, "<p class=\"article\"><a href=\"");
		article_href(b, r, h->rec.docid, q, h->article.number, h->article.clause,
			     h->article.point);
		buf_adds(b, "\">");
		article_name_html(b, &h->article);
		buf_adds(b, "</a></p>\n");
	}
	copies_html(b, r, h->copies, h->ncopies, q);
	buf_adds(b, "</li>\n");
}

/* The facets, an open <details> before the results: on a phone a block
 * above them that a tap folds (app.js folds it at load unless a facet is
 * chosen); on a wide screen the style sheet sets it beside them. */
/* Values of a facet listed open; the others are folded under "more". */
#define FACET_SHOWN 12

/* An active filter as the facet named it: an issuer filter holds its key
 * (the code the facet's link carries, "CP"), shown by the body's name the
 * lecturer clicked ("Chính phủ"); a key no value has (typed by hand), as it is. */
static const char *facet_shown(const struct query_facets *fs, size_t k, const char *active)
{
	if (!fs)
		return active;
	const struct query_facet *f = &fs->f[k];
	for (size_t i = 0; i < f->n; i++)
		if (f->keys && f->keys[i] && strcmp(f->keys[i], active) == 0)
			return f->values[i];
	return active;
}

static void facets_html(struct buf *b, const struct web_req *r, const struct query_facets *fs)
{
	static const char *const params[] = { "type", "issuer", "year" };
	const char *titles[] = { L(r, "Loại văn bản", "Type"), L(r, "Cơ quan ban hành", "Issuing body"),
				 L(r, "Năm", "Year") };
	buf_addf(b, "<details class=\"facets\" aria-label=\"%s\" open>\n<summary>%s</summary>\n",
		 L(r, "Thu hẹp", "Narrow"), L(r, "Thu hẹp: loại, cơ quan, năm", "Narrow: type, body, year"));
	for (size_t k = 0; k < 3; k++) {
		const struct query_facet *f = &fs->f[k];
		const char *active = web_arg(r, params[k]);
		if (!f->n && !(active && *active))
			continue;
		buf_addf(b, "<section class=\"facet\" id=\"facet-%s\">\n<h3>%s</h3>\n<ul>\n",
			 params[k], titles[k]);
		if (active && *active) {
			buf_adds(b, "<li class=\"active\"><a href=\"");
			search_href(b, r, params[k], NULL);
			buf_addf(b, "\" title=\"%s\">× ", L(r, "Bỏ lọc", "Remove the filter"));
			web_htmls(b, facet_shown(fs, k, active));
			buf_adds(b, "</a></li>\n");
		}
		for (size_t i = 0; i < f->n; i++) {
			if (active && *active)
				break;
			/* Past the first ones, the rest folded (a catalogue's
			 * "more"), so that an old year or a small body is
			 * still a link: without script, no second request. */
			if (i == FACET_SHOWN)
				buf_addf(b, "<li class=\"facet-more\"><details><summary>%s %zu</summary>\n<ul>\n",
					 L(r, "Thêm", "More:"), f->n - FACET_SHOWN);
			/* A type and a year by name (the filters read them); an
			 * issuer by its key: a code several bodies share is one. */
			const char *v = k == 1 ? f->keys[i] : f->values[i];
			buf_adds(b, "<li><a href=\"");
			search_href(b, r, params[k], v);
			buf_adds(b, "\">");
			web_htmls(b, f->values[i]);
			buf_addf(b, "</a> <span class=\"count\">%u</span></li>\n", f->counts[i]);
		}
		if (!(active && *active) && f->n > FACET_SHOWN)
			buf_adds(b, "</ul>\n</details></li>\n");
		buf_adds(b, "</ul>\n</section>\n");
	}
	buf_adds(b, "</details>\n");
}

/* as-of without in-force or status: the regulations in force that day
 * (query_filters_settle), so the page ticks "in force only" and says it
 * (it showed the box unticked over a list of what was in force, h14f). */
static int as_of_alone(const struct web_req *r)
{
	const char *a = web_arg(r, "as-of"), *inf = web_arg(r, "in-force"), *st = web_arg(r, "status");
	return a && *a && !(inf && *inf) && !(st && *st);
}

/* The date range and the order, a form that keeps the rest of the search. */
static void refine_html(struct buf *b, const struct web_req *r, const struct web_search *s)
{
	buf_adds(b, "<form class=\"refine\" action=\"/search\" method=\"get\">\n");
	static const char *const keep[] = { "q", "type", "issuer", "year", "cites-type",
					    "cites-issuer", "status", "as-of", NULL };
	for (size_t i = 0; keep[i]; i++) {
		const char *vs[ARG_VALUES_MAX];
		size_t nv = arg_values(r, keep[i], vs, ARG_VALUES_MAX);
		for (size_t k = 0; k < nv; k++) {
			buf_addf(b, "<input type=\"hidden\" name=\"%s\" value=\"", keep[i]);
			web_htmls(b, vs[k]);
			buf_adds(b, "\">\n");
		}
	}
	if (r->en)
		buf_adds(b, "<input type=\"hidden\" name=\"lang\" value=\"en\">\n");
	const char *from = web_arg(r, "from"), *to = web_arg(r, "to");
	buf_addf(b, "<label>%s <input name=\"from\" id=\"from\" size=\"10\" placeholder=\"YYYY-MM-DD\" value=\"",
		 L(r, "Từ ngày", "From"));
	web_htmls(b, from ? from : "");
	buf_addf(b, "\"></label>\n<label>%s <input name=\"to\" id=\"to\" size=\"10\" placeholder=\"YYYY-MM-DD\" value=\"",
		 L(r, "đến", "to"));
	web_htmls(b, to ? to : "");
	buf_addf(b, "\"></label>\n<label>%s <select name=\"sort\" id=\"sort\">\n", L(r, "Xếp theo", "Sort by"));
	static const char *const sorts[] = { "relevance", "date", "date-asc" };
	const char *names[] = { L(r, "mức liên quan", "relevance"), L(r, "mới nhất", "newest first"),
				L(r, "cũ nhất", "oldest first") };
	int cur = s->so.by_date == 1 ? 1 : s->so.by_date == -1 ? 2 : 0;
	for (int i = 0; i < 3; i++)
		buf_addf(b, "<option value=\"%s\"%s>%s</option>\n", sorts[i], i == cur ? " selected" : "",
			 names[i]);
	buf_addf(b, "</select></label>\n<label class=\"articles\"><input type=\"checkbox\" "
		    "name=\"articles\" id=\"articles\" value=\"1\"%s> %s</label>\n",
		 s->so.articles ? " checked" : "",
		 L(r, "Xếp hạng từng điều", "Rank articles as units"));
	/* As search --in-force: by what the collection shows of each
	 * regulation (its effective date, no indexed text ending it). */
	const char *inf = web_arg(r, "in-force");
	buf_addf(b, "<label class=\"in-force\"><input type=\"checkbox\" name=\"in-force\" "
		    "id=\"in-force\" value=\"1\"%s> %s</label>\n",
		 (inf && strcmp(inf, "1") == 0) || as_of_alone(r) ? " checked" : "",
		 L(r, "Chỉ văn bản còn hiệu lực", "In force only"));
	buf_addf(b, "<button type=\"submit\">%s</button>\n</form>\n", L(r, "Áp dụng", "Apply"));
}

/* A search's parameters, named as its forms name them: the error page's
 * form and the printed search's line. */
static const struct {
	const char *param, *vi, *en;
} search_fields[] = {
	{ "q", "Từ khoá", "Words" },
	{ "type", "Loại văn bản", "Type" },
	{ "issuer", "Cơ quan ban hành", "Issuing body" },
	{ "year", "Năm", "Year" },
	{ "from", "Từ ngày", "From" },
	{ "to", "Đến ngày", "To" },
	{ "cites-type", "Trích dẫn loại", "Cites the type" },
	{ "cites-issuer", "Trích dẫn cơ quan", "Cites the body" },
	{ "in-force", "Còn hiệu lực", "In force" },
	{ "status", "Tình trạng", "Status" },
	{ "as-of", "Tính đến ngày", "As of" },
	{ "sort", "Xếp theo", "Sort by" },
	{ "articles", "Xếp hạng từng điều", "Rank articles" },
	{ "page", "Trang", "Page" },
};

/* What was searched, in one line the page shows only when printed (print
 * media hides the search box, the facets and the refining form): the words,
 * each filter, the order and the page, so that a printed list says what it
 * answers. */
static void searched_html(struct buf *b, const struct web_req *r, const struct query_facets *fs)
{
	buf_adds(b, "<p class=\"searched\">");
	int any = 0;
	for (size_t i = 0; i < sizeof search_fields / sizeof *search_fields; i++) {
		const char *p = search_fields[i].param, *vs[ARG_VALUES_MAX];
		size_t nv = arg_values(r, p, vs, ARG_VALUES_MAX);
		for (size_t k = 0; k < nv; k++) {
			const char *v = vs[k], *shown = v;
			if (!*v || (strcmp(p, "page") == 0 && strcmp(v, "1") == 0))
				continue;
			if (strcmp(p, "issuer") == 0)
				shown = facet_shown(fs, 1, v);
			if (strcmp(p, "sort") == 0) {
				if (strcmp(v, "date") == 0)
					shown = L(r, "mới nhất", "newest first");
				else if (strcmp(v, "date-asc") == 0)
					shown = L(r, "cũ nhất", "oldest first");
				else
					continue;
			}
			/* A box ticked says its name alone. */
			int tick = strcmp(p, "in-force") == 0 || strcmp(p, "articles") == 0;
			if (tick && (strcmp(v, "0") == 0 || strcmp(v, "no") == 0))
				continue;
			if (strcmp(p, "as-of") == 0 && as_of_alone(r)) {
				buf_adds(b, any++ ? " · " : "");
				buf_adds(b, L(r, "Còn hiệu lực", "In force"));
			}
			buf_adds(b, any++ ? " · " : "");
			buf_adds(b, L(r, search_fields[i].vi, search_fields[i].en));
			if (tick)
				continue;
			buf_adds(b, strcmp(p, "q") == 0 ? ": «" : ": ");
			web_htmls(b, shown);
			if (strcmp(p, "q") == 0)
				buf_adds(b, "»");
		}
	}
	buf_adds(b, "</p>\n");
}

/* A search's error page: its parameters in a form, each where it can be
 * corrected, the one that cannot be read marked and focused; the page
 * number left out (a corrected search starts at its first page). */
static void fix_form_html(struct buf *b, const struct web_req *r, const char *bad)
{
	buf_addf(b, "<form class=\"refine fix\" action=\"/search\" method=\"get\" aria-label=\"%s\">\n",
		 L(r, "Sửa tìm kiếm", "Correct the search"));
	if (r->en)
		buf_adds(b, "<input type=\"hidden\" name=\"lang\" value=\"en\">\n");
	for (size_t i = 0; i < sizeof search_fields / sizeof *search_fields; i++) {
		const char *p = search_fields[i].param, *v = web_arg(r, p);
		int is_bad = bad && strcmp(bad, p) == 0;
		if (!is_bad && (!v || !*v || strcmp(p, "page") == 0))
			continue;
		buf_addf(b, "<label%s>%s (%s) <input name=\"%s\" id=\"fix-%s\"%s value=\"",
			 is_bad ? " class=\"bad\"" : "", L(r, search_fields[i].vi, search_fields[i].en), p, p, p,
			 is_bad ? " aria-invalid=\"true\" autofocus" : "");
		web_htmls(b, v ? v : "");
		buf_adds(b, "\"></label>\n");
	}
	buf_addf(b, "<button type=\"submit\">%s</button>\n</form>\n", L(r, "Tìm lại", "Search again"));
}

static void paging_html(struct buf *b, const struct web_req *r, const struct web_search *s,
			const struct query_result *res)
{
	unsigned long long pages = (res->total + WEB_PAGE_SIZE - 1) / WEB_PAGE_SIZE;
	if (pages > 1000)
		pages = 1000;
	if (pages <= 1 && s->page <= 1)
		return;
	buf_addf(b, "<nav class=\"paging\" aria-label=\"%s\">\n", L(r, "Trang", "Pages"));
	char num[16];
	if (s->page > 1) {
		/* Past the end, "previous" is the last page. */
		snprintf(num, sizeof num, "%llu", s->page > pages ? (pages ? pages : 1) : s->page - 1ULL);
		buf_adds(b, "<a rel=\"prev\" href=\"");
		search_href(b, r, "page", num);
		buf_addf(b, "\">‹ %s</a>\n", L(r, "Trước", "Previous"));
	}
	unsigned cur = s->page > pages ? (unsigned)pages : s->page;
	unsigned lo = cur > 4 ? cur - 4 : 1;
	for (unsigned p = lo; p <= pages && p < lo + 9; p++) {
		if (p == s->page) {
			buf_addf(b, "<span class=\"current\">%u</span>\n", p);
			continue;
		}
		snprintf(num, sizeof num, "%u", p);
		buf_adds(b, "<a href=\"");
		search_href(b, r, "page", num);
		buf_addf(b, "\">%u</a>\n", p);
	}
	if (s->page < pages) {
		snprintf(num, sizeof num, "%u", s->page + 1);
		buf_adds(b, "<a rel=\"next\" href=\"");
		search_href(b, r, "page", num);
		buf_addf(b, "\">%s ›</a>\n", L(r, "Sau", "Next"));
	}
	buf_adds(b, "</nav>\n");
}

/* Articles ranked as units: how many articles, in how many documents, as
 * `search --articles` says it ("results 1–10 of 1285 articles in the best
 * 100 of 190 documents"). */
static void articles_total_html(struct buf *b, const struct web_req *r, const struct query_result *res,
				size_t offset)
{
	if (res->n && (offset || res->n < res->total))
		buf_addf(b, "%s %zu–%zu %s ", L(r, "Kết quả", "Results"), offset + 1, offset + res->n,
			 L(r, "/", "of"));
	buf_addf(b, "%llu %s ", res->total,
		 L(r, "điều, thuộc", res->total == 1 ? "article in" : "articles in"));
	if (!res->exact)
		buf_addf(b, L(r, "%zu văn bản phù hợp nhất trong số ", "the best %zu of "),
			 res->documents_read);
	buf_addf(b, "%s%llu %s", res->documents_exact ? "" : L(r, "khoảng ", "about "),
		 res->documents, L(r, "văn bản", res->documents == 1 ? "document" : "documents"));
}

/* Nothing found: what to try, as a search page suggests it, and the same
 * words without the filters chosen when there are some. */
static void no_results_html(struct buf *b, const struct web_req *r, const char *typed)
{
	buf_addf(b, "<ul class=\"no-results\">\n<li>%s</li>\n<li>%s</li>\n",
		 L(r, "Kiểm tra chính tả, hoặc gõ không dấu: không dấu tìm cả chữ có dấu.",
		   "Check the spelling, or type without marks: unmarked words find marked ones."),
		 L(r, "Bớt từ, hoặc dùng từ chung hơn; bỏ ngoặc kép của một cụm từ.",
		   "Use fewer or more general words; take the quotes off a phrase."));
	int filtered = 0;
	for (size_t i = 0; web_filter_params[i]; i++) {
		const char *v = web_arg(r, web_filter_params[i]);
		filtered |= v && *v;
	}
	if (filtered && typed && *typed) {
		buf_addf(b, "<li><a class=\"unfiltered\" href=\"/search?q=");
		web_url(b, typed);
		buf_addf(b, "%s\">%s</a></li>\n", r->en ? "&amp;lang=en" : "",
			 L(r, "Tìm lại không có bộ lọc (loại, cơ quan, năm, ngày…)",
			   "Search again without the filters (type, body, year, dates…)"));
	}
	buf_adds(b, "</ul>\n");
}

/* A search with filters that found nothing: what the words find alone and
 * with each kind of filter alone (query_filters_alone), as the command line
 * says it. An index error leaves it out. */
static void filters_alone_html(struct buf *b, const struct web_req *r, struct query *q)
{
	struct query_filter_count c[QUERY_FILTER_KINDS + 1];
	char *err = NULL;
	int n = query_filters_alone(r->db, q, c, &err);
	free(err);
	if (n <= 0)
		return;
	buf_adds(b, L(r, " Không văn bản nào khớp với mọi bộ lọc cùng lúc: ",
		      " No document matches every filter at once: "));
	for (int i = 0; i < n; i++) {
		const char *about = c[i].exact ? "" : L(r, "khoảng ", "about ");
		if (i)
			buf_adds(b, "; ");
		if (c[i].kind == QUERY_FILTER_NONE)
			buf_addf(b, L(r, "chỉ các từ: %s%lld", "the words alone: %s%lld"), about, c[i].n);
		else
			buf_addf(b, L(r, "chỉ lọc %s: %s%lld", "only %s: %s%lld"),
				 query_filter_kind_name(c[i].kind, !r->en), about, c[i].n);
	}
	buf_addc(b, '.');
}

/* A search whose own type or issuer found nothing, though documents cite
 * such texts (query_filters_as_cited), as the command line says it. */
static void as_cited_html(struct buf *b, const struct web_req *r, struct query *q)
{
	int exact;
	char *err = NULL;
	long long n = query_filters_as_cited(r->db, q, &exact, &err);
	free(err);
	if (n <= 0)
		return;
	int t = q->filters.ntypes > 0, i = q->filters.nissuers > 0;
	buf_adds(b, t && i ? L(r, " Không văn bản nào trong chỉ mục tự thuộc loại đó, do cơ quan đó ban hành",
			       " No indexed document is itself of that type from that body")
		    : t ? L(r, " Không văn bản nào trong chỉ mục tự thuộc loại đó",
			    " No indexed document is itself of that type")
			: L(r, " Không văn bản nào trong chỉ mục do chính cơ quan đó ban hành",
			    " No indexed document is itself from that body"));
	buf_addf(b, L(r, " (số hiệu ở phần đầu của chính nó); %s%lld văn bản trích dẫn văn bản như vậy "
		       "(tham số %s thay cho %s).",
		       " (the number in its own letterhead); %s%lld cite such texts (the parameter "
		       "%s in place of %s)."),
		 exact ? "" : L(r, "khoảng ", "about "), n,
		 t && i ? "cites-type=, cites-issuer=" : t ? "cites-type=" : "cites-issuer=",
		 t && i ? "type=, issuer=" : t ? "type=" : "issuer=");
}

/* The results of this page as citations, as a catalogue exports a list:
 * /api/search with the same parameters and format=. */
static void list_export_html(struct buf *b, const struct web_req *r)
{
	static const struct {
		const char *format, *label;
	} formats[] = { { "bibtex", "BibTeX" }, { "csl-json", "CSL-JSON" }, { "ris", "RIS" } };
	buf_addf(b, "<div class=\"export export-list\">\n<span class=\"export-label\">%s</span>\n",
		 L(r, "Xuất trích dẫn các kết quả trên trang này:", "Export the citations of this page's results:"));
	for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
		buf_addf(b, "<a class=\"export-link\" data-format=\"%s\" href=\"", formats[i].format);
		int first = search_href_at(b, r, "/api/search", "page", web_arg(r, "page"));
		buf_addf(b, "%sformat=%s&amp;download=1\">%s</a>\n", first ? "?" : "&amp;", formats[i].format,
			 formats[i].label);
	}
	buf_adds(b, "</div>\n");
}

/* What a search parameter takes, said on the Vietnamese page below the
 * reason web_search_read gives in English: a reader who typed 'from 2025
 * to 2020' in the boxes is told in Vietnamese. */
static const char *param_takes_vi(const char *param)
{
	static const struct {
		const char *param, *vi;
	} takes[] = {
		{ "type", "Loại văn bản (type) là một mã như NQ, QĐ, NĐ, TT, KL, hoặc một tên như "
			  "«Nghị quyết», «Luật», «bo luat»." },
		{ "cites-type", "Loại văn bản được trích dẫn (cites-type) là một mã như NQ, QĐ, NĐ, "
				"TT, KL, hoặc một tên như «Nghị quyết», «Luật»." },
		{ "year", "Năm (year) là một năm, như 2019." },
		{ "from", "«Từ ngày» và «đến» (from, to) là một ngày: YYYY, YYYY-MM, MM/YYYY, "
			  "YYYY-MM-DD hoặc DD/MM/YYYY; «từ ngày» không được sau «đến»." },
		{ "to", "«Từ ngày» và «đến» (from, to) là một ngày: YYYY, YYYY-MM, MM/YYYY, "
			"YYYY-MM-DD hoặc DD/MM/YYYY; «từ ngày» không được sau «đến»." },
		{ "in-force", "«Chỉ văn bản còn hiệu lực» (in-force) nhận 1." },
		{ "status", "Tình trạng (status) là in-force, not-yet, replaced, repealed, expired, "
			    "ended, suspended, unknown, hoặc «còn hiệu lực», «hết hiệu lực», «chưa "
			    "có hiệu lực»." },
		{ "as-of", "«Tính đến ngày» (as-of) là một ngày: YYYY-MM-DD hoặc «ngày 1 tháng 7 năm "
			   "2019»." },
		{ "sort", "«Xếp theo» (sort) nhận relevance (mức liên quan), date (mới nhất) hoặc "
			  "date-asc (cũ nhất)." },
		{ "page", "page nhận số trang từ 1 đến 1000; n (hoặc limit) từ 1 đến 100; offset từ 0 "
			  "đến 100000." },
		{ "articles", "«Xếp hạng từng điều» (articles) nhận 1 hoặc 0." },
	};
	for (size_t i = 0; param && i < sizeof takes / sizeof *takes; i++)
		if (strcmp(takes[i].param, param) == 0)
			return takes[i].vi;
	return NULL;
}

void web_page_search(const struct web_req *r, struct web_resp *o)
{
	struct web_search s;
	char *err = NULL;
	const char *typed = web_arg(r, "q");
	if (!search_asked(r)) { /* the box sent empty: the page to type in */
		web_page_home(r, o);
		return;
	}
	int rc = web_search_read(r, &s, 1, &err);
	if (rc < 0) {
		/* The reason quotes what was typed (in English, as the command
		 * line says it); the hint, for a query, is the syntax in the
		 * page's language, for a parameter what it takes, in Vietnamese. */
		page_error_hint(r, o, 400, err,
				rc == -2 ? (r->en ? NULL : param_takes_vi(s.bad)) :
				L(r, "Cách gõ: các từ cần tìm, có dấu hoặc không; \"cụm từ\" trong ngoặc kép; "
				     "-từ để loại trừ; OR giữa hai từ; số hiệu như 57-NQ/TW; và type:, "
				     "issuer:, year:, from:, to: để lọc (type:NĐ, year:2019). Để tìm "
				     "đúng chữ đã gõ, hãy đặt nó trong ngoặc kép.",
				  "How to type: the words, with or without marks; a \"phrase\" in quotes; "
				  "-word to exclude it; OR between two words; a number such as 57-NQ/TW; "
				  "and type:, issuer:, year:, from:, to: to filter (type:NĐ, year:2019). "
				  "To search for what you typed as it is, put it in quotes."),
				rc == -2 ? s.bad : "q");
		free(err);
		return;
	}
	struct query_result res;
	if (query_prepare(r->db, s.q, s.so.by_date, &err) < 0 ||
	    query_search_status(r->db, s.q, &s.so, &res, &err) < 0) {
		web_page_error(r, o, 500, err);
		free(err);
		web_search_release(&s);
		return;
	}
	struct query_facets fs;
	int have_facets = query_facets_read(r->db, s.q, &s.so, &fs, &err) == 0;
	free(err);
	err = NULL;
	struct buf *b = &o->body;
	page_open(b, r, typed && *typed ? typed : L(r, "Tìm kiếm", "Search"), typed);
	/* From the box, the keyboard reaches the results in one step, not
	 * through the refining form and every facet link first. */
	buf_addf(b, "<a class=\"skip\" href=\"#results\">%s</a>\n", L(r, "Tới kết quả", "Skip to the results"));
	searched_html(b, r, have_facets ? &fs : NULL);
	refine_html(b, r, &s);
	if (s.sort_dropped)
		buf_addf(b, "<p class=\"note sort-dropped\">%s</p>\n",
			 L(r, "Xếp hạng từng điều: theo mức liên quan, không theo ngày.",
			   "Articles ranked as units: by relevance, not by date."));
	if (s.q->warning || s.q->read_as || s.q->suggest) {
		buf_adds(b, "<p class=\"note\">");
		if (s.q->read_as) {
			buf_addf(b, "%s <b>", L(r, "Kết quả cho", "Showing results for"));
			web_htmls(b, s.q->read_as);
			buf_adds(b, "</b> (");
			web_htmls(b, s.q->read_note);
			buf_adds(b, "). ");
		}
		if (s.q->suggest) {
			buf_addf(b, "%s <a href=\"", L(r, "Có phải bạn muốn tìm", "Did you mean"));
			search_href(b, r, "q", s.q->suggest);
			buf_adds(b, "\">");
			web_htmls(b, s.q->suggest);
			buf_adds(b, "</a>? ");
		}
		if (s.q->warning)
			web_htmls(b, s.q->warning);
		buf_adds(b, "</p>\n");
	}
	buf_adds(b, "<div class=\"layout\">\n");
	if (have_facets) {
		facets_html(b, r, &fs);
		query_facets_release(&fs);
	}
	buf_adds(b, "<div class=\"main\" id=\"results\" tabindex=\"-1\">\n");
	/* A number typed: its card first, as `tracuu search` prints it; an
	 * article named before it, that article of the number's own text. */
	struct query_article_addr art;
	int named = typed && query_article_prefix(typed, &art) > 0 && s.q->ncites == 1;
	for (size_t i = 0; s.page == 1 && i < s.q->ncites; i++) {
		struct idx_card *cards;
		size_t nc;
		char *cerr = NULL;
		if (query_cite_cards(r->db, &s.q->cites[i], &cards, &nc, &cerr) != 0) {
			free(cerr);
			continue;
		}
		for (size_t j = 0; j < nc; j++) {
			/* The text itself only for an article named: the card
			 * reads the record's fields and article list. */
			struct idx_record src = { 0 };
			int have = cards[j].source_docid &&
				   (named ? idx_get(r->db, cards[j].source_docid, &src, NULL)
					  : idx_get_lazy(r->db, cards[j].source_docid, &src, NULL)) == 0;
			card_html(b, r, &cards[j], have ? &src : NULL, 0, 0, NULL, cards, nc);
			if (named && have)
				article_passage_html(b, r, &src, &art);
			idx_record_release(&src);
		}
		idx_cards_release(cards, nc);
	}
	buf_adds(b, "<p class=\"total\" id=\"total\">");
	int exact;
	long long loose = res.total ? 0 : query_loose_count(r->db, s.q, &exact, &err);
	free(err);
	err = NULL;
	if (res.total == 0 && loose > 0)
		buf_addf(b, L(r, "Không có văn bản nào có cụm từ này mà giữa các từ chỉ có khoảng "
				 "trắng; %s%lld văn bản có nó với dấu câu xen giữa (gõ cả dấu câu "
				 "trong ngoặc kép, hoặc bỏ ngoặc kép).",
			      "No document has the phrase with only white space between its "
			      "words; %s%lld have it with punctuation between them (type the "
			      "punctuation inside the quotes, or leave the quotes out)."),
			 exact ? "" : L(r, "khoảng ", "about "), loose);
	else if (res.total == 0) {
		buf_adds(b, L(r, "Không có kết quả.", "No results."));
		const char *unheld = query_filter_unheld(r->db, &s.q->filters);
		if (unheld) {
			buf_adds(b, L(r, " Không văn bản nào trong chỉ mục do cơ quan tên «",
				      " No indexed document was issued by, or cites, a body named «"));
			web_htmls(b, unheld);
			buf_adds(b, L(r, "» ban hành hay trích dẫn.", "»."));
		} else if (query_filters_any(&s.q->filters)) {
			filters_alone_html(b, r, s.q);
			as_cited_html(b, r, s.q);
		}
	}
	else if (res.n == 0 && !res.articles) {
		/* A page past the end (a link kept while the index changed, a
		 * number typed in the address): how many there are, and the
		 * last page. */
		unsigned long long last = (res.total + s.so.limit - 1) / s.so.limit;
		if (last > 1000)
			last = 1000;
		char num[24];
		snprintf(num, sizeof num, "%llu", last);
		buf_addf(b, L(r, "Trang %u không có kết quả: có %s%llu kết quả, đến trang %llu. ",
			      "Page %u has no results: there are %s%llu, up to page %llu. "),
			 s.page, res.exact ? "" : L(r, "khoảng ", "about "), res.total, last);
		buf_adds(b, "<a rel=\"last\" href=\"");
		search_href(b, r, "page", num);
		buf_addf(b, "\">%s</a>", L(r, "Tới trang cuối", "Go to the last page"));
	}
	else if (res.articles)
		articles_total_html(b, r, &res, s.so.offset);
	else {
		if (res.n && (s.so.offset || res.n < res.total))
			buf_addf(b, "%s %zu–%zu / %s%llu", L(r, "Kết quả", "Results"),
				 s.so.offset + 1, s.so.offset + res.n,
				 res.exact ? "" : L(r, "khoảng ", "about "), res.total);
		else
			buf_addf(b, "%s%llu %s", res.exact ? "" : L(r, "khoảng ", "about "),
				 res.total, L(r, "kết quả", res.total == 1 ? "result" : "results"));
		/* What the total counts, as the command line and the API say it:
		 * sorted by date a search of "trợ cấp" counts fewer. */
		const char *counts = query_total_counts(s.q, !r->en);
		if (counts)
			buf_addf(b, " (%s)", counts);
	}
	buf_adds(b, "</p>\n");
	if (s.q->words_apart)
		buf_adds(b, L(r, "<p class=\"note\">Không văn bản nào có các từ này đứng liền nhau "
				 "như khi gõ; xếp theo ngày, đây là các văn bản có các âm tiết của "
				 "chúng ở rời nhau.</p>\n",
			      "<p class=\"note\">No document holds the words as typed, side by "
			      "side; sorted by date, these hold their syllables apart.</p>\n"));
	/* Nothing found for a short number nothing cites ("quy dinh 57"):
	 * say how it was read, and offer its words. */
	for (size_t i = 0; res.total == 0 && typed && i < s.q->ncites; i++) {
		const struct query_cite *c = &s.q->cites[i];
		struct buf name = BUF_INIT;
		char *words;
		if (!query_cite_uncited(typed, c, &name, &words))
			continue;
		buf_adds(b, "<p class=\"note uncited\">«");
		web_htmls(b, c->typed);
		buf_addf(b, "» %s (", L(r, "được đọc là số hiệu văn bản", "is read as a document number"));
		web_htmls(b, name.p);
		buf_addf(b, ") %s", L(r, "nhưng không văn bản nào trong chỉ mục trích dẫn số này.",
				     "but no indexed document cites it."));
		if (words) {
			buf_addf(b, " %s <a href=\"", L(r, "Tìm các từ:", "Search the words:"));
			search_href(b, r, "q", words);
			buf_adds(b, "\">");
			web_htmls(b, words);
			buf_adds(b, "</a>");
		}
		buf_adds(b, "</p>\n");
		buf_release(&name);
		free(words);
	}
	if (res.total == 0)
		no_results_html(b, r, typed);
	if (res.n) {
		buf_addf(b, "<ol class=\"results\" start=\"%zu\">\n", s.so.offset + 1);
		for (size_t i = 0; i < res.n; i++)
			hit_html(b, r, &res.hits[i], typed ? typed : "");
		buf_adds(b, "</ol>\n");
		list_export_html(b, r);
	}
	paging_html(b, r, &s, &res);
	buf_adds(b, "</div>\n</div>\n");
	page_close(b, r);
	query_result_release(&res);
	web_search_release(&s);
}

/* ---- a number's card page ------------------------------------------------- */

/* Previous and next pages of the documents citing a number, the same
 * address otherwise (the article named before it, all=1, the language). */
static void citing_paging_html(struct buf *b, const struct web_req *r, const char *typed,
			       unsigned page, int more)
{
	if (page <= 1 && !more)
		return;
	const char *all = web_arg(r, "all");
	int all1 = all && strcmp(all, "1") == 0;
	buf_addf(b, "<nav class=\"paging\" aria-label=\"%s\">\n", L(r, "Trang", "Pages"));
	for (int dir = -1; dir <= 1; dir += 2) {
		if ((dir < 0 && page <= 1) || (dir > 0 && !more))
			continue;
		buf_adds(b, dir < 0 ? "<a rel=\"prev\" href=\"/cite/" : "<a rel=\"next\" href=\"/cite/");
		web_url(b, typed);
		buf_addf(b, "?page=%u", page + dir);
		if (all1)
			buf_adds(b, "&amp;all=1");
		lang_param(b, r, 0);
		buf_addf(b, "#citing\">%s</a>\n",
			 dir < 0 ? L(r, "‹ Trước", "‹ Previous") : L(r, "Sau ›", "Next ›"));
	}
	buf_adds(b, "</nav>\n");
}

void web_page_cite(const struct web_req *r, struct web_resp *o)
{
	const char *typed = *r->rest ? r->rest : web_arg(r, "n");
	if (!typed || !*typed) {
		web_page_error(r, o, 400, L(r, "Chưa có số hiệu văn bản (/cite/57-QĐ/TW)",
					    "No document number given (/cite/57-QĐ/TW)"));
		return;
	}
	/* The documents citing it come CITING_PAGE at a time (?page=2…). */
	const char *pg = web_arg(r, "page");
	char *pg_end = NULL;
	long page = pg && *pg ? strtol(pg, &pg_end, 10) : 1;
	if (pg && *pg && (*pg_end || page < 1 || page > 1000)) {
		web_page_error(r, o, 400, L(r, "page nhận số trang từ 1 đến 1000",
					    "page takes a page number from 1 to 1000"));
		return;
	}
	/* "khoản 3 Điều 2 Nghị định 89/2021/NĐ-CP": the number, then that
	 * clause of its text, as `tracuu cite` reads it. */
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
		web_page_error(r, o, 500, err);
		free(err);
		return;
	}
	if (rc == 0 || ncards == 0) {
		size_t nseveral;
		char *several = rc == 0 ? query_cite_several(typed, &nseveral) : NULL;
		/* Not several numbers: a regulation's name, or neither
		 * (query_cite_several_why says which, as on the command line). */
		char *named = rc == 0 && !several ? query_cite_several_why(typed) : NULL;
		char *why = several ? xasprintf(L(r, "%s: %zu số hiệu (%s), không phải một: tra từng số một",
						  "%s: %zu numbers (%s), not one: look one number up at a time"),
						typed, nseveral, several)
				    : xasprintf("%s: %s", typed,
				      named ? L(r, "tên một văn bản mà chỉ mục chưa cho số hiệu nào "
						   "(ở phần đầu văn bản, trích dẫn hay tiêu đề): hãy tìm theo các "
						   "từ của tên",
						 "a regulation's name that no letterhead, mention or title in "
						 "the index gives a number: search its words instead")
				      : rc == 0 ? L(r, "không phải số hiệu văn bản", "not a document number")
					      : L(r, "không văn bản nào trong chỉ mục trích dẫn số này",
						  "not cited in any indexed document"));
		free(several);
		free(named);
		web_page_error(r, o, rc == 0 ? 400 : 404, why);
		free(why);
		query_cite_release(&qc);
		return;
	}
	struct buf *b = &o->body;
	page_open(b, r, full, full);
	for (size_t i = 0; i < ncards; i++) {
		/* The text itself only for an article asked for (skip): the
		 * card and the cited articles read the record's fields and
		 * article list. */
		struct idx_record src = { 0 };
		int have = cards[i].source_docid &&
			   (skip ? idx_get(r->db, cards[i].source_docid, &src, NULL)
				 : idx_get_lazy(r->db, cards[i].source_docid, &src, NULL)) == 0;
		/* The citing list first: the card says how many texts it
		 * counts, copies folded. */
		struct query_cite_doc *docs = NULL;
		size_t ndocs = 0;
		unsigned long long total = 0;
		size_t first = (size_t)(page - 1) * CITING_PAGE;
		int listed = query_cite_documents(r->db, &cards[i], first, CITING_PAGE, &docs, &ndocs,
						  &total, &err);
		card_html(b, r, &cards[i], have ? &src : NULL, 1, listed < 0 ? 0 : total,
			  skip && have ? &art : NULL, cards, ncards);
		if (skip && !have)
			buf_addf(b, "<p class=\"note article-missing\">%s</p>\n",
				 L(r, "Chỉ mục không có văn bản này: chỉ có thẻ trích dẫn.",
				   "The index does not hold this text: its card only."));
		struct idx_articles as = { 0 };
		if (!have || idx_articles_read(&src, &as) < 0)
			as = (struct idx_articles){ 0 };
		if (listed < 0) {
			buf_adds(b, "<p class=\"error\">");
			web_htmls(b, err);
			buf_adds(b, "</p>\n");
			free(err);
			err = NULL;
			idx_articles_release(&as);
			idx_record_release(&src);
			continue;
		}
		if (ndocs) {
			buf_addf(b, "<h3 id=\"citing\">%s (%llu)</h3>\n", L(r, "Văn bản trích dẫn", "Documents citing it"),
				 total);
			if (first)
				buf_addf(b, "<p class=\"total\">%s %zu–%zu / %llu</p>\n", L(r, "Văn bản", "Documents"),
					 first + 1, first + ndocs, total);
			buf_addf(b, "<ol class=\"citing\" start=\"%zu\">\n", first + 1);
			for (size_t d = 0; d < ndocs; d++) {
				const struct query_cite_doc *cd = &docs[d];
				buf_addf(b, "<li class=\"result\"><h4><a href=\"/doc/%u?q=", cd->rec.docid);
				web_url(b, cards[i].canonical);
				lang_param(b, r, 0);
				buf_adds(b, "#excerpt\">");
				web_htmls(b, *cd->rec.title ? cd->rec.title : web_source_shown(cd->rec.source));
				buf_adds(b, "</a></h4>\n");
				meta_html(b, r, &cd->rec, &cd->regs.own);
				/* The article of this number it cites, at its
				 * anchor when the index holds the text. */
				if (*cd->article) {
					const struct idx_article *a = idx_article_find(&as, cd->article);
					buf_adds(b, "<p class=\"article\">");
					if (a) {
						buf_adds(b, "<a href=\"");
						article_href(b, r, src.docid, NULL, cd->article,
							     has_clause(&as, a, cd->clause) ? cd->clause : 0, NULL);
						buf_adds(b, "\">");
					}
					if (cd->clause)
						buf_addf(b, "khoản %u ", cd->clause);
					buf_adds(b, "Điều ");
					web_htmls(b, cd->article);
					if (a) {
						buf_adds(b, "</a>");
						if (*a->heading) {
							buf_adds(b, ". ");
							web_htmls(b, a->heading);
						}
					}
					buf_adds(b, "</p>\n");
				}
				if (cd->sentence) {
					buf_adds(b, "<p class=\"sentence\">");
					marked_html(b, cd->sentence, strlen(cd->sentence), &cd->mark,
						    cd->mark.end > cd->mark.start);
					buf_adds(b, "</p>\n");
				}
				copies_html(b, r, cd->copies, cd->ncopies, cards[i].canonical);
				buf_adds(b, "</li>\n");
			}
			buf_adds(b, "</ol>\n");
			if (first + ndocs < total)
				buf_addf(b, "<p class=\"more\">… %llu %s</p>\n", total - first - ndocs,
					 L(r, "văn bản khác", "more"));
			citing_paging_html(b, r, full, (unsigned)page, first + ndocs < total);
		} else if (first && total) {
			buf_addf(b, "<p class=\"note\">%s %llu %s.</p>\n",
				 L(r, "Chỉ có", "Only"), total, L(r, "văn bản trích dẫn số này", "documents cite it"));
			/* Past the last page: back to the last one. */
			citing_paging_html(b, r, full, (unsigned)((total + CITING_PAGE - 1) / CITING_PAGE) + 1, 0);
		}
		query_cite_documents_release(docs, ndocs);
		idx_articles_release(&as);
		idx_record_release(&src);
	}
	page_close(b, r);
	idx_cards_release(cards, ncards);
	query_cite_release(&qc);
}

/* ---- a document ----------------------------------------------------------- */

/* A place of the text that gets an id: an article's heading, a clause's
 * first line, from the stored articles (the record's "articles" field,
 * index/articles.c), or a point's, read from its clause's text as `show`
 * and `cite` read it (text_points_read). */
struct doc_anchor {
	size_t pos;
	const char *number;
	unsigned clause;
	char point[TEXT_POINT_LETTER_MAX];
};

static void anchor_add(struct doc_anchor **v, size_t *n, size_t *cap, struct doc_anchor a)
{
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		*v = xrealloc(*v, *cap * sizeof **v);
	}
	(*v)[(*n)++] = a;
}

/* The anchors of as in text order: only the first article of each number,
 * the first clause of each number in it and the first point of each letter
 * in that clause, so that a text that quotes another's articles or repeats
 * a number keeps its ids unique. t: the stored text. *out malloc'd (NULL
 * when none); their number. */
static size_t doc_anchors(const char *t, const struct idx_articles *as, struct doc_anchor **out)
{
	*out = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; i < as->n; i++) {
		const struct idx_article *a = &as->a[i];
		if (idx_article_find(as, a->number) != a)
			continue;
		anchor_add(out, &n, &cap, (struct doc_anchor){ a->head_start, a->number, 0, "" });
		unsigned last = 0;
		for (size_t c = 0; c < a->nclauses; c++) {
			const struct idx_clause *cl = &as->clauses[a->first_clause + c];
			if (cl->number <= last)
				continue;
			last = cl->number;
			anchor_add(out, &n, &cap, (struct doc_anchor){ cl->start, a->number, cl->number, "" });
			struct text_point *p;
			size_t np = text_points_read(t, cl->start, cl->end, &p);
			for (size_t k = 0; k < np; k++) {
				size_t j = 0;
				while (j < k && strcmp(p[j].letter, p[k].letter) != 0)
					j++;
				if (j < k || p[k].start <= cl->start)
					continue;
				struct doc_anchor x = { p[k].start, a->number, cl->number, "" };
				memcpy(x.point, p[k].letter, sizeof x.point);
				anchor_add(out, &n, &cap, x);
			}
			free(p);
		}
	}
	return n;
}

/* A Phần / Chương / Mục of the text shown (its stored divisions, or read
 * from its text: doc_divisions) with the id a link can name: "chuong-iii",
 * "chuong-iii-muc-2" (a Mục's number starts again in each Chương),
 * "phan-thunhat" (the label folded, text_fold_key); the first of each id
 * only, as for articles (a text quoting another's chapter); "" none. */
struct doc_division {
	size_t start;
	int kind;
	int title_below; /* "Chương I" alone on its line, its title the next line's */
	char id[64];
};

static const char *const division_kinds[] = { "Phần", "Chương", "Mục" };

/* dv's ids and where their titles stand; *out malloc'd (NULL when none). */
static size_t doc_division_ids(const char *t, size_t len, const struct idx_division *dv, size_t nd,
			       struct doc_division **out)
{
	static const char *const prefixes[] = { "phan-", "chuong-", "muc-" };
	*out = nd ? xcalloc(nd, sizeof **out) : NULL;
	const char *chapter = NULL; /* the id of the Chương a Mục is in */
	for (size_t i = 0; i < nd; i++) {
		struct doc_division *d = &(*out)[i];
		d->start = dv[i].start;
		d->kind = dv[i].kind;
		if (dv[i].kind < 0 || dv[i].kind > 2 || dv[i].start >= len)
			continue;
		struct buf id = BUF_INIT;
		if (dv[i].kind == 2 && chapter) {
			buf_adds(&id, chapter);
			buf_addc(&id, '-');
		}
		buf_adds(&id, prefixes[dv[i].kind]);
		size_t key = id.len;
		text_fold_key(dv[i].label, strlen(dv[i].label), &id);
		if (id.len > key && id.len < sizeof d->id) {
			int seen = 0;
			for (size_t j = 0; j < i && !seen; j++)
				seen = strcmp((*out)[j].id, id.p) == 0;
			if (!seen)
				memcpy(d->id, id.p, id.len + 1);
		}
		buf_release(&id);
		if (dv[i].kind == 1)
			chapter = d->id[0] ? d->id : NULL;
		else if (dv[i].kind == 0)
			chapter = NULL;
		/* Its title on its own line when the line holds none of it. */
		const char *title = dv[i].title;
		size_t tl = strlen(title), le = dv[i].start;
		while (le < len && t[le] != '\n')
			le++;
		if (tl) { /* memmem is not POSIX */
			size_t probe = tl < 12 ? tl : 12, at = dv[i].start;
			while (at + probe <= le && memcmp(t + at, title, probe) != 0)
				at++;
			d->title_below = at + probe > le;
		}
	}
	return nd;
}

/* Does a line go on the paragraph the line before it began? A text
 * wrapped at a column (the Gazette's, "… báo cáo tình hình thay đổi về lao" /
 * "động tại khoản 2 …") breaks its sentences across lines, which as a
 * paragraph each read as fragments on a phone: a line that starts with a
 * lower-case letter after one that ends with no sentence's or clause's
 * end (. : ; ! ?) goes on it. A numbered clause, a point "a)", a dash, a
 * heading or a capital starts its own. */
static int line_goes_on(const char *prev, size_t prev_len, const char *line, size_t len)
{
	while (prev_len && (prev[prev_len - 1] == ' ' || prev[prev_len - 1] == '\t' || prev[prev_len - 1] == '\r'))
		prev_len--;
	if (!prev_len || strchr(".:;!?", prev[prev_len - 1]))
		return 0;
	if (!len)
		return 0;
	/* A line ending in a word no sentence or heading ends with ("… của
	 * Luật" / "Bảo hiểm xã hội …", "… khoản 1 và" / "Khoản 2 …") goes on
	 * whatever the next starts with, but for an item ("2.", "c)", "- "). */
	static const char *const open_words[] = { "của", "và", "với", "về", "theo", "tại", "cho", "để",
						   "các", "những", "hoặc", "bởi", "Luật", "luật" };
	size_t w = prev_len, first = 1;
	while (first < len && ((unsigned char)line[first] & 0xC0) == 0x80)
		first++;
	int item = strchr("0123456789-+*(", line[0]) || (first < len && line[first] == ')');
	while (w && prev[w - 1] != ' ' && prev[w - 1] != '\t')
		w--;
	for (size_t i = 0; !item && i < sizeof open_words / sizeof *open_words; i++)
		if (prev_len - w == strlen(open_words[i]) && memcmp(prev + w, open_words[i], prev_len - w) == 0)
			return 1;
	unsigned char c = (unsigned char)line[0];
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	/* A lower-case letter, or a base letter its marks follow (NFD). */
	unsigned cp;
	return text_has_lower(line, text_utf8_decode(line, len, &cp));
}

/* A line of an electronic signature's stamp the Gazette prints over a
 * page ("Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ" / "Email: …" / "Cơ
 * quan: VĂN PHÒNG CHÍNH PHỦ" / "Thời gian ký: …"): 1 a line that opens
 * one, 2 a line that goes on one, 0 neither. ("Cơ quan: ……" alone is a
 * form's field: only after an opening line is it the stamp's.) */
static int stamp_line(const char *s, size_t len)
{
	static const char *const opens[] = { "Người ký:", "Ký bởi:" };
	static const char *const goes_on[] = { "Email:", "Cơ quan:", "Thời gian ký:", "Ngày ký:" };
	while (len && (*s == ' ' || *s == '\t')) {
		s++;
		len--;
	}
	for (size_t i = 0; i < sizeof opens / sizeof *opens; i++)
		if (len >= strlen(opens[i]) && memcmp(s, opens[i], strlen(opens[i])) == 0)
			return 1;
	for (size_t i = 0; i < sizeof goes_on / sizeof *goes_on; i++)
		if (len >= strlen(goes_on[i]) && memcmp(s, goes_on[i], strlen(goes_on[i])) == 0)
			return 2;
	return 0;
}

/* The text, a line a paragraph but for a line that goes on the one before
 * (line_goes_on): the lines of an article's heading are headings, anchored
 * (doc_anchors); a form feed is a page break, marks are <mark>, and the
 * line holding offset at (the excerpt a search showed) gets id="excerpt".
 * as: the stored articles, none for a text indexed without them. dv: its
 * Phần / Chương / Mục, each a heading <h2 class="division"> with its id,
 * its title's line (the next one with text) in it when not on its own.
 * A signature stamp's lines (stamp_line) are class "stamp", not the text's
 * (muted, not printed): inside a paragraph it interrupts, which goes on
 * after it. */
static void text_html(struct buf *b, const char *t, size_t len, const struct query_mark *marks,
		      size_t nmarks, size_t at, const struct idx_articles *as,
		      const struct doc_division *dv, size_t nd)
{
	size_t m = 0, h = 0, k = 0, dk = 0;
	int title_due = 0; /* a division's <h2> open, its title's line next */
	int in_stamp = 0;  /* the line before was a signature stamp's */
	int excerpt_done = at == (size_t)-1;
	struct doc_anchor *anchors;
	size_t nanchors = doc_anchors(t, as, &anchors);
	/* The paragraph open (its line's start and end), closed by the line
	 * that does not go on it. */
	size_t open_s = 0, open_e = 0;
	int open = 0;
	for (size_t s = 0; s < len;) {
		const char *nl = memchr(t + s, '\n', len - s);
		size_t e = nl ? (size_t)(nl - t) : len;
		size_t ls = s;
		if (ls < e && t[ls] == '\f' && (open || title_due)) {
			buf_adds(b, title_due ? "</h2>\n" : "</p>\n");
			open = title_due = 0;
		}
		while (ls < e && t[ls] == '\f') {
			buf_adds(b, "<hr class=\"page\">\n");
			ls++;
		}
		if (ls == e || text_control_len(t + ls, e - ls) == e - ls) {
			if (open)
				buf_adds(b, "</p>\n");
			open = 0;
			s = e + 1;
			continue;
		}
		while (h < as->n && as->a[h].head_end <= s)
			h++;
		int heading = h < as->n && as->a[h].head_start <= e;
		int stamp = stamp_line(t + ls, e - ls);
		in_stamp = !heading && (stamp == 1 || (stamp == 2 && in_stamp));
		if (in_stamp) {
			if (title_due)
				buf_adds(b, "</h2>\n");
			title_due = 0;
			/* a paragraph its sentence ended closes before it */
			size_t pe = open_e;
			while (pe > open_s && (t[pe - 1] == ' ' || t[pe - 1] == '\t' || t[pe - 1] == '\r'))
				pe--;
			if (open && (pe == open_s || strchr(".:;!?", t[pe - 1]))) {
				buf_adds(b, "</p>\n");
				open = 0;
			}
			buf_adds(b, open ? "<span class=\"stamp\">" : "<p class=\"stamp\">");
			web_html(b, t + ls, e - ls, 0);
			buf_adds(b, open ? "</span>" : "</p>\n");
			s = e + 1; /* open_s, open_e: the paragraph's line before it */
			continue;
		}
		while (dk < nd && dv[dk].start < s)
			dk++;
		int division = !heading && dk < nd && dv[dk].start <= e;
		const char *tag = heading ? "h3" : division ? "h2" : "p";
		int title_line = title_due && !heading && !division;
		if (title_due && !title_line)
			buf_adds(b, "</h2>\n");
		title_due = 0;
		if (title_line ||
		    (open && !heading && !division && !(k < nanchors && anchors[k].pos <= e) &&
		     line_goes_on(t + open_s, open_e - open_s, t + ls, e - ls))) {
			/* a title's line under its division's; else a space, not
			 * its line break: the page's paragraphs keep their white
			 * space (pre-wrap), a column's break is none */
			if (title_line)
				buf_adds(b, "<br>");
			else if (open_e > open_s && t[open_e - 1] != ' ' && t[open_e - 1] != '\t')
				buf_addc(b, ' ');
			if (!excerpt_done && at < e + 1) {
				buf_adds(b, "<span id=\"excerpt\"></span>");
				excerpt_done = 1;
			}
			tag = NULL;
		} else {
			if (open)
				buf_adds(b, "</p>\n");
			open = 0;
		}
		if (tag) {
			buf_addf(b, "<%s", tag);
			int has_id = 0;
			if (division && dv[dk].id[0]) {
				buf_adds(b, " id=\"");
				web_url(b, dv[dk].id); /* folded words: ASCII, encoded all the same */
				buf_addc(b, '"');
				has_id = 1;
			} else if (k < nanchors && anchors[k].pos <= e) {
				buf_adds(b, " id=\"");
				article_anchor(b, anchors[k].number, anchors[k].clause, anchors[k].point);
				buf_addc(b, '"');
				k++;
				has_id = 1;
			} else if (!excerpt_done && at < e + 1) {
				buf_adds(b, " id=\"excerpt\"");
				excerpt_done = 1;
			}
			if (heading)
				buf_adds(b, " class=\"article\"");
			else if (division)
				buf_addf(b, " class=\"division %s\"",
					 dv[dk].kind == 0 ? "part" : dv[dk].kind == 1 ? "chapter" : "section");
			buf_addc(b, '>');
			for (; k < nanchors && anchors[k].pos <= e; k++) { /* more on the same line */
				buf_adds(b, "<span id=\"");
				article_anchor(b, anchors[k].number, anchors[k].clause, anchors[k].point);
				buf_adds(b, "\"></span>");
			}
			if (has_id && !excerpt_done && at < e + 1) { /* an anchored line holds it */
				buf_adds(b, "<span id=\"excerpt\"></span>");
				excerpt_done = 1;
			}
		}
		size_t pos = ls;
		while (m < nmarks && marks[m].end <= ls)
			m++;
		for (; m < nmarks && marks[m].start < e; m++) {
			size_t ms = marks[m].start < pos ? pos : marks[m].start;
			size_t me = marks[m].end > e ? e : marks[m].end;
			web_html(b, t + pos, ms - pos, 0);
			buf_adds(b, "<mark>");
			web_html(b, t + ms, me - ms, 0);
			buf_adds(b, "</mark>");
			pos = me;
			if (marks[m].end > e)
				break; /* it goes on on the next line */
		}
		web_html(b, t + pos, e - pos, 0);
		if (division && !title_line && dv[dk].title_below)
			title_due = 1; /* its title's line closes it */
		else if ((tag && (heading || division)) || title_line)
			buf_adds(b, heading ? "</h3>\n" : "</h2>\n");
		else
			open = 1;
		open_s = ls;
		open_e = e;
		s = e + 1;
	}
	if (open || title_due)
		buf_adds(b, title_due ? "</h2>\n" : "</p>\n");
	free(anchors);
}

/* The divisions of rec: stored with its articles (the record's "articles"
 * field), or for a record written before they were, read from its text
 * (text_structure_read). *out malloc'd; their count. */
static size_t doc_divisions(const struct idx_record *rec, const struct idx_articles *as,
			    struct idx_division **out)
{
	if (as->has_divisions)
		return idx_divisions_read(rec, as, out);
	struct text_structure st;
	text_structure_read(rec->text, rec->text_len, &st);
	*out = st.ndivisions ? xcalloc(st.ndivisions, sizeof **out) : NULL;
	for (size_t i = 0; i < st.ndivisions; i++) {
		const struct text_division *d = &st.divisions[i];
		(*out)[i].kind = (int)d->kind;
		memcpy((*out)[i].label, d->label, sizeof (*out)[i].label);
		(*out)[i].title = xstrdup(d->title);
		(*out)[i].start = d->start;
	}
	size_t n = st.ndivisions;
	text_structure_release(&st);
	return n;
}

/* The table of contents: each article (the first of each number) by its
 * heading, under the Phần / Chương / Mục opened before it, each linking to
 * its place (doc_division_ids). dv, nd: the text's divisions (idv their
 * stored form, for the titles). */
static void toc_html(struct buf *b, const struct web_req *r, const struct idx_articles *as,
		     const struct idx_division *idv, const struct doc_division *dv, size_t nd)
{
	if (!as->n)
		return;
	buf_addf(b, "<nav class=\"toc\" aria-label=\"%s\">\n<details%s><summary>%s (%zu)</summary>\n<ul>\n",
		 L(r, "Mục lục", "Contents"), as->n <= 40 ? " open" : "", L(r, "Mục lục", "Contents"),
		 as->n);
	size_t shown = 0; /* divisions listed so far */
	for (size_t i = 0; i < as->n; i++) {
		const struct idx_article *a = &as->a[i];
		if (idx_article_find(as, a->number) != a)
			continue;
		/* The divisions opened before it, not listed yet. */
		for (; shown < nd && idv[shown].start < a->start; shown++) {
			static const char *const classes[] = { "part", "chapter", "section" };
			const struct idx_division *d = &idv[shown];
			if (d->kind < 0 || d->kind > 2)
				continue;
			buf_addf(b, "<li class=\"division %s\">", classes[d->kind]);
			if (dv && dv[shown].id[0]) {
				buf_adds(b, "<a href=\"#");
				web_url(b, dv[shown].id);
				buf_adds(b, "\">");
			}
			web_htmls(b, division_kinds[d->kind]);
			buf_addc(b, ' ');
			web_htmls(b, d->label);
			if (*d->title) {
				buf_adds(b, ". ");
				web_htmls(b, d->title);
			}
			if (dv && dv[shown].id[0])
				buf_adds(b, "</a>");
			buf_adds(b, "</li>\n");
		}
		buf_adds(b, "<li class=\"toc-article\"><a href=\"#");
		article_anchor(b, a->number, 0, NULL);
		buf_adds(b, "\">");
		struct query_article name = { .number = (char *)a->number, .heading = a->heading };
		article_name_html(b, &name);
		buf_adds(b, "</a></li>\n");
	}
	buf_adds(b, "</ul>\n</details>\n</nav>\n");
}

static int mark_cmp(const void *a, const void *b)
{
	const struct query_mark *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* Adds to marks (n of them) the places docid cites q's numbers, and sorts
 * them, overlaps dropped. Returns their number. */
static size_t cite_marks(idx_db *db, unsigned docid, const struct query *q,
			 struct query_mark **marks, size_t n)
{
	struct idx_cite_place places[64];
	for (size_t i = 0; i < q->ncites; i++) {
		for (size_t k = 0; k < q->cites[i].ncanonicals; k++) {
			size_t np = idx_cite_places(db, docid, q->cites[i].canonicals[k], places, 64);
			if (np > 64)
				np = 64;
			*marks = xrealloc(*marks, (n + np + 1) * sizeof **marks);
			for (size_t j = 0; j < np; j++)
				(*marks)[n++] = (struct query_mark){ places[j].start, places[j].end };
		}
	}
	if (n > 1)
		qsort(*marks, n, sizeof **marks, mark_cmp);
	size_t kept = 0;
	for (size_t i = 0; i < n; i++)
		if (!kept || (*marks)[i].start >= (*marks)[kept - 1].end)
			(*marks)[kept++] = (*marks)[i];
	return kept;
}

void web_page_doc(const struct web_req *r, struct web_resp *o)
{
	unsigned id = web_doc_id(r->rest);
	if (!id) {
		web_page_error(r, o, 404, L(r, "Không có văn bản này", "No such document"));
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
	if (rc != 0) {
		char *why = rc > 0 ? xasprintf("%s %u", L(r, "Không có văn bản", "No document"), id) : NULL;
		web_page_error(r, o, rc > 0 ? 404 : 500, rc > 0 ? why : err);
		free(why);
		free(err);
		idx_record_release(&rec);
		return;
	}
	struct buf text = BUF_INIT;
	if (text_nfc(rec.text, rec.text_len, &text) < 0) {
		buf_reset(&text);
		buf_add(&text, rec.text, rec.text_len);
	}
	/* Arriving from a search: its matches marked, the excerpt's line
	 * the place the page opens at (#excerpt). */
	const char *q = web_arg(r, "q"), *at_s = web_arg(r, "at");
	struct query_mark *marks = NULL;
	size_t nmarks = 0, at = (size_t)-1;
	struct query *pq = NULL;
	if (q && *q && query_parse(q, strlen(q), &pq, &err) == 0) {
		nmarks = query_marks(pq, text.p ? text.p : "", 0, text.len, &marks);
		/* The numbers typed: where this text cites them. */
		if (pq->ncites && query_resolve(r->db, pq, &err) == 0)
			nmarks = cite_marks(r->db, rec.docid, pq, &marks, nmarks);
		if (!at_s && nmarks)
			at = marks[0].start;
	}
	free(err);
	err = NULL;
	if (at_s) {
		char *end;
		unsigned long long v = strtoull(at_s, &end, 10);
		if (!*end)
			at = (size_t)v;
	}
	query_free(pq);

	struct buf *b = &o->body;
	struct idx_card *own_cards = NULL, *own = NULL;
	size_t nown = 0;
	struct query_standing own_st;
	int have_st = 0;
	page_open(b, r, *rec.title ? rec.title : web_source_shown(rec.source), q);
	buf_adds(b, "<article class=\"document\">\n<h1>");
	web_htmls(b, *rec.title ? rec.title : web_source_shown(rec.source));
	buf_adds(b, "</h1>\n<dl class=\"meta\">\n");
	if (regs.own.number) {
		buf_addf(b, "<dt>%s</dt><dd>", L(r, "Số hiệu", "Number"));
		if (regs.own.type) {
			web_htmls(b, regs.own.type);
			buf_addc(b, ' ');
		}
		buf_adds(b, "<a href=\"");
		cite_href(b, r, regs.own.number);
		buf_adds(b, "\">");
		web_htmls(b, regs.own.number);
		buf_adds(b, "</a></dd>\n");
		if (regs.own.issuer) {
			buf_addf(b, "<dt>%s</dt><dd>", L(r, "Cơ quan ban hành", "Issuing body"));
			web_htmls(b, regs.own.issuer);
			buf_adds(b, "</dd>\n");
		}
		if (regs.own.signer) {
			buf_addf(b, "<dt>%s</dt><dd>", L(r, "Người ký", "Signed by"));
			web_htmls(b, regs.own.signer);
			buf_adds(b, "</dd>\n");
		}
		/* Its standing, as its card page shows it: the card of the
		 * number whose own text this is. */
		if (idx_cards_get(r->db, regs.own.number, &own_cards, &nown, NULL) == 0) {
			for (size_t i = 0; i < nown && !own; i++)
				if (own_cards[i].source_docid == rec.docid)
					own = &own_cards[i];
			if (!own && nown == 1) /* another copy of its text */
				own = &own_cards[0];
			if (own && query_card_standing(r->db, own, NULL, 1, 1, &own_st, NULL) == 0)
				have_st = 1;
			if (have_st)
				standing_rows_html(b, r, own, &own_st);
		}
	} else if (regs.own.type) { /* a regulation without a number: "Hiến pháp" */
		buf_addf(b, "<dt>%s</dt><dd>", L(r, "Loại văn bản", "Type"));
		web_htmls(b, regs.own.type);
		buf_adds(b, "</dd>\n");
	}
	if (!regs.own.number && regs.own.type && regs.own.issuer) {
		buf_addf(b, "<dt>%s</dt><dd>", L(r, "Cơ quan ban hành", "Issuing body"));
		web_htmls(b, regs.own.issuer);
		buf_adds(b, "</dd>\n");
	}
	if (record_date(&rec)) {
		buf_addf(b, "<dt>%s</dt><dd>", L(r, "Ngày", "Date"));
		date_html(b, r, &rec, "</dd>\n");
	}
	buf_addf(b, "<dt>%s</dt><dd>", L(r, "Nguồn", "Source"));
	source_html(b, rec.source);
	buf_addf(b, "</dd>\n<dt>%s</dt><dd>%u · ", L(r, "Mã · định dạng", "Id · format"), rec.docid);
	web_htmls(b, format_shown(r, rec.format));
	buf_adds(b, "</dd>\n");
	if (regs.ncites) {
		buf_addf(b, "<dt>%s</dt><dd class=\"cites\">", L(r, "Dẫn chiếu", "Cites"));
		for (size_t i = 0; i < regs.ncites; i++) {
			buf_adds(b, i ? ", <a href=\"" : "<a href=\"");
			cite_href(b, r, regs.cites[i].number);
			buf_adds(b, "\">");
			web_htmls(b, regs.cites[i].number);
			buf_adds(b, "</a>");
		}
		buf_adds(b, "</dd>\n");
	}
	buf_adds(b, "</dl>\n");
	if (have_st) {
		relations_html(b, r, own, &own_st);
		query_standing_release(&own_st);
	}
	idx_cards_release(own_cards, nown);
	char *api = xasprintf("/api/doc/%u", rec.docid);
	struct buf bib = BUF_INIT;
	query_export_begin(&bib, QUERY_EXPORT_BIBTEX);
	if (query_export_document(r->db, &bib, QUERY_EXPORT_BIBTEX, 0, &rec, &err) == 0)
		query_export_end(&bib, QUERY_EXPORT_BIBTEX);
	else
		buf_reset(&bib);
	free(err);
	err = NULL;
	export_html(b, r, api, bib.p);
	free(api);
	buf_release(&bib);
	/* The stored articles: byte offsets into the stored text, which is
	 * NFC already (ingest), so they hold for the text shown. */
	struct idx_articles as = { 0 };
	if (text.len != rec.text_len || idx_articles_read(&rec, &as) < 0)
		as = (struct idx_articles){ 0 };
	/* its Phần / Chương / Mục: stored with the articles, offsets as theirs */
	struct idx_division *idv = NULL;
	struct doc_division *dv = NULL;
	size_t nd = as.n ? doc_divisions(&rec, &as, &idv) : 0;
	doc_division_ids(text.p ? text.p : "", text.len, idv, nd, &dv);
	toc_html(b, r, &as, idv, dv, nd);
	buf_adds(b, "<div id=\"doc\" class=\"text\">\n");
	text_html(b, text.p ? text.p : "", text.len, marks, nmarks, at, &as, dv, nd);
	free(dv);
	idx_divisions_release(idv, nd);
	idx_articles_release(&as);
	buf_adds(b, "</div>\n</article>\n");
	page_close(b, r);
	free(marks);
	buf_release(&text);
	query_regs_release(&regs);
	idx_record_release(&rec);
}
