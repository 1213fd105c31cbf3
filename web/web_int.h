/* web_int.h — what the web layer's files share: a request as the pages and
 * the API see it, the response they fill, HTML escaping. One block per file. */
#ifndef TRACUU_WEB_INT_H
#define TRACUU_WEB_INT_H

#include <stddef.h>

#include "index/index.h"
#include "query/query.h"
#include "util/util.h"
#include "web/web.h"

/* ---- server.c ----------------------------------------------------------- */

/* A request, routed: rest is the path after its route ("/doc/12" -> "12"),
 * decoded; arg() reads a query-string parameter (decoded, or NULL). */
struct web_req {
	const char *path, *rest;
	void *conn;
	int en;             /* ?lang=en: English labels */
	idx_db *db;         /* this thread's handle; NULL when the index cannot be opened */
	const char *db_path;
	const char *db_error; /* why it cannot be opened, or NULL */
	const char *shards_down; /* serve --partial: the shards left out ("a, b"), or NULL */
	struct idx_term_counts *term_counts; /* kept for this version of the index, or NULL */
};
const char *web_arg(const struct web_req *r, const char *name);
/* Calls fn for each query-string parameter, in order (value NULL: none). */
void web_args_each(const struct web_req *r, int (*fn)(void *ctx, const char *name, const char *value),
		   void *ctx);

struct web_resp {
	int status;
	const char *type;   /* Content-Type */
	struct buf body;
	char *location;     /* a redirect's target (malloc'd), or NULL */
	char *disposition;  /* Content-Disposition (malloc'd), or NULL */
	int partial;        /* answered with shards left out: not kept in the cache */
};

/* ---- html.c ------------------------------------------------------------- */

/* Appends s[0..len) as HTML text or attribute value: composed (NFC), control
 * characters as spaces (text_shown; keep_lines keeps \n and \t), and & < > "
 * ' as entities, so that nothing a document or a query holds can open a tag
 * or leave an attribute. */
void web_html(struct buf *out, const char *s, size_t len, int keep_lines);
void web_htmls(struct buf *out, const char *s);
/* Appends s percent-encoded for a query-string value or a path segment:
 * everything but unreserved characters (A-Z a-z 0-9 - . _ ~) as %XX. */
void web_url(struct buf *out, const char *s);
/* Whether url may be a link: http:// or https:// (any case) and nothing
 * a browser would read otherwise (no control characters or spaces). */
int web_link_ok(const char *url);
/* A stored source as a page shows it: a URL, or a name relative to --root,
 * as it is; an absolute path (a file ingested without --root) by its file
 * name, so that a page does not tell whoever reads it where the server's
 * files lie (the API and the command line keep the whole path). Points
 * into source. */
const char *web_source_shown(const char *source);

/* ---- pages.c ------------------------------------------------------------ */

void web_page_home(const struct web_req *r, struct web_resp *o);
void web_page_search(const struct web_req *r, struct web_resp *o);
void web_page_cite(const struct web_req *r, struct web_resp *o);
void web_page_doc(const struct web_req *r, struct web_resp *o);
/* An error page: status and why, in the page's language. */
void web_page_error(const struct web_req *r, struct web_resp *o, int status, const char *why);
/* A 400 page for a parameter whose value is not text (a NUL byte, not
 * UTF-8): why in English, a hint on the Vietnamese page; on /search the
 * search kept in a form, param marked. */
void web_page_not_text(const struct web_req *r, struct web_resp *o, const char *why, const char *param);

/* ---- api.c -------------------------------------------------------------- */

/* A search as the request asks it (q, type, issuer, cites-type,
 * cites-issuer, year, from, to, sort, articles=1; offset from page or
 * offset, limit from n): parsed with the command line's parser and filters. 0 and *q, or
 * *err (a 400) and -1 when the query cannot be read, -2 when another
 * parameter cannot. for_page: for the search page, whose two controls
 * articles=1 and a date order together rank articles by relevance
 * (sort_dropped) where the API refuses them. */
struct web_search {
	const char *typed;       /* q as typed ("" when only filters) */
	struct query *q;
	struct query_search_opts so;
	unsigned page;           /* 1-based, pages */
	int sort_dropped;        /* page: a date order set aside for articles=1 */
	const char *bad;         /* web_search_read's -2: the parameter it could not read */
};
#define WEB_PAGE_SIZE 10
#define WEB_LIMIT_MAX 100
#define WEB_EXCERPT_CHARS 220
int web_search_read(const struct web_req *r, struct web_search *s, int for_page, char **err);
void web_search_release(struct web_search *s);
/* The filter parameters, in the order they are shown. */
extern const char *const web_filter_params[];

void web_api_search(const struct web_req *r, struct web_resp *o);
void web_api_cite(const struct web_req *r, struct web_resp *o);
void web_api_doc(const struct web_req *r, struct web_resp *o);
void web_api_stats(const struct web_req *r, struct web_resp *o);
/* ?format=csl-json|bibtex|ris: 1 and *f; 0 when not asked; -1 when it is
 * none of them (a 400 is in o). */
int web_export_format(const struct web_req *r, struct web_resp *o, enum query_export_format *f);
/* "12" -> document 12; 0 when it is not a document id. */
unsigned web_doc_id(const char *s);
/* {"error": why, "status": status} with that status. */
void web_api_error(struct web_resp *o, int status, const char *why);

/* ---- mapread.c (linked into tracuu-serve, tracuu and bench/latency) ------- */

/* How many of this thread's reads of an index table were copies from its
 * mapping rather than pread(2) calls; 0 where tables are not mapped (other
 * than 64-bit Linux). */
unsigned long web_mapped_reads(void);

/* ---- assets (generated from web/assets/ by scripts/gen-assets.sh) -------- */

struct web_asset {
	const char *name, *type, *data;
	size_t len;
};
extern const struct web_asset web_assets[];
extern const size_t web_nassets;

#endif
