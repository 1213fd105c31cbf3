/* article.c — the article in a news page (libxml2 DOM): the main block's text
 * without menus, ads, counters, footers and related-article lists, and the
 * page's metadata (title, date, canonical URL, site name). */
#include "ingest/ingest_int.h"

#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "text/text.h"

/* A main block with less text than this (characters outside links) does not
 * stand out from the page: the whole page's text is kept instead. */
#define MIN_ARTICLE_CHARS 140
/* A paragraph shorter than this adds nothing to its container's score
 * (captions, bylines, buttons). */
#define MIN_PARAGRAPH_CHARS 25
/* Boilerplate by tag or class is never removed when it holds more than this
 * share of the page's text: some sites wrap the whole page in a <form> or
 * give the content column a class such as "has-sidebar". */
#define PROTECT_SHARE 0.5
/* A "Tin khác" heading cuts what follows only this far into the page's text,
 * so a toolbar link at the top never cuts the article. */
#define CUT_AFTER_SHARE 0.25
#define CUT_AFTER_CHARS 200
/* A block this much of whose text is links is a menu, on a page where no
 * article stands out (the breadcrumb's "»" between its links). */
#define MENU_LINK_SHARE 0.75

/* ---- HTML: walking ------------------------------------------------------- */

static int in_list(const char *key, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(key, *list) == 0)
			return 1;
	return 0;
}

/* Element names are compared for every node of every walk: the first
 * letter (folded, as strcasecmp folds it) rules most names out without a
 * call, which under the fuzzer's sanitizers is an interceptor's. */
static int same_name(const xmlChar *a, const char *b)
{
	return (a[0] | 0x20) == (b[0] | 0x20) && strcasecmp((const char *)a, b) == 0;
}

static int is_el(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && same_name(n->name, name);
}

static int name_in(const xmlNode *n, const char *const *names)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return 0;
	for (; *names; names++)
		if (same_name(n->name, *names))
			return 1;
	return 0;
}

/* Document order within top; skip: do not enter n's children. Only
 * elements and the document are entered: an entity reference's children
 * are its declaration's, outside the tree. */
static xmlNode *next_node(xmlNode *n, xmlNode *top, int skip)
{
	if (!skip && n->children &&
	    (n->type == XML_ELEMENT_NODE || n->type == XML_HTML_DOCUMENT_NODE ||
	     n->type == XML_DOCUMENT_NODE))
		return n->children;
	while (n && n != top && !n->next)
		n = n->parent;
	if (!n || n == top)
		return NULL;
	return n->next;
}

static char *attr(const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp((xmlNode *)n, BAD_CAST name);
	if (!v)
		return NULL;
	char *r = xstrdup((const char *)v);
	xmlFree(v);
	return r;
}

/* Whitespace collapsed, trimmed. */
static char *collapse(const char *s)
{
	struct buf b = BUF_INIT;
	int space = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		int sp = isspace(*p) || (p[0] == 0xC2 && p[1] == 0xA0);
		if (sp) {
			if (p[0] == 0xC2)
				p++;
			space = 1;
			continue;
		}
		if (space && b.len)
			buf_addc(&b, ' ');
		space = 0;
		buf_addc(&b, (char)*p);
	}
	if (!b.p)
		buf_adds(&b, "");
	return buf_detach(&b, NULL);
}

static char *node_text(xmlNode *n)
{
	xmlChar *c = xmlNodeGetContent(n);
	char *t = collapse(c ? (const char *)c : "");
	xmlFree(c);
	return t;
}

/* ---- HTML: text statistics ------------------------------------------------ */

struct nstat {
	size_t text, link;     /* characters under the element; those inside <a> */
	size_t own, own_link;  /* in text whose nearest block is this element */
	size_t commas, own_commas;
	size_t before;         /* non-link characters before it in the page */
	double score;
	int candidate;
	int doomed;            /* already marked for removal */
	int holds_title;       /* the headline's h1 is inside */
};

struct stats {
	struct nstat *v;
	size_t n;
};

static struct nstat *st(const xmlNode *n)
{
	return n && n->type == XML_ELEMENT_NODE ? (struct nstat *)n->_private : NULL;
}

static const char *const block_names[] = {
	"address", "article", "aside", "blockquote", "body", "center", "dd", "div", "dl", "dt",
	"fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
	"header", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th",
	"tr", "ul", NULL,
};

static size_t count_chars(const char *s, size_t *commas)
{
	size_t n = 0;
	int space = 1;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p & 0xC0) == 0x80)
			continue;
		if (isspace(*p)) {
			space = 1;
			continue;
		}
		if (space && n)
			n++; /* the space between two words */
		space = 0;
		n++;
		if (*p == ',')
			(*commas)++;
	}
	return n;
}

/* Fills every element's nstat (through _private): one walk in document
 * order, totals added to the parent on the way back up. */
static void compute_stats(xmlNode *top, struct stats *S)
{
	size_t count = 0;
	for (xmlNode *n = top; n; n = next_node(n, top, 0))
		if (n->type == XML_ELEMENT_NODE)
			count++;
	free(S->v);
	S->v = xcalloc(count ? count : 1, sizeof *S->v);
	S->n = count;
	size_t k = 0, seen = 0;
	for (xmlNode *n = top; n; n = next_node(n, top, 0))
		if (n->type == XML_ELEMENT_NODE)
			n->_private = &S->v[k++];

	/* Post-order: an explicit walk that "leaves" elements. */
	xmlNode *n = top;
	st(top)->before = 0;
	int link_depth = 0;
	for (;;) {
		if (n->type == XML_ELEMENT_NODE) {
			st(n)->before = seen;
			if (is_el(n, "a"))
				link_depth++;
			if (n->children) {
				n = n->children;
				continue;
			}
		} else if (n->type == XML_TEXT_NODE && n->content) {
			size_t commas = 0;
			size_t c = count_chars((const char *)n->content, &commas);
			struct nstat *p = st(n->parent);
			if (p && c) {
				p->text += c;
				p->commas += commas;
				if (link_depth)
					p->link += c;
				else
					seen += c;
				/* A page of 100,000 unclosed <font>s has no block for
				 * its text anywhere near: the walk up is bounded. */
				xmlNode *b = n->parent;
				for (int up = 0; b && b != top && !name_in(b, block_names); up++) {
					if (up == 32) {
						b = n->parent;
						break;
					}
					b = b->parent;
				}
				if (st(b)) {
					st(b)->own += c;
					st(b)->own_commas += commas;
					if (link_depth)
						st(b)->own_link += c;
				}
			}
		}
		/* Leave n (if an element with no children) and every ancestor
		 * whose last child this was. */
		for (;;) {
			if (n->type == XML_ELEMENT_NODE) {
				if (is_el(n, "a") && link_depth)
					link_depth--;
				struct nstat *s = st(n), *p = n == top ? NULL : st(n->parent);
				if (p) {
					p->text += s->text;
					p->link += s->link;
					p->commas += s->commas;
				}
			}
			if (n == top)
				return;
			if (n->next) {
				n = n->next;
				break;
			}
			n = n->parent;
		}
	}
}

static size_t nonlink(const xmlNode *n)
{
	const struct nstat *s = st(n);
	return s ? s->text - s->link : 0;
}

static double link_density(const xmlNode *n)
{
	const struct nstat *s = st(n);
	return s && s->text ? (double)s->link / (double)s->text : 0;
}

/* ---- HTML: what to remove -------------------------------------------------- */

/* Elements a reader never sees, and form controls. */
static const char *const invisible[] = {
	"applet", "audio", "button", "canvas", "embed", "head", "iframe", "input", "map",
	"noframes", "noscript", "object", "script", "select", "style", "svg", "template",
	"textarea", "title", "video", NULL,
};
static const char *const furniture_tags[] = { "nav", "footer", "aside", "form", "menu", NULL };

/* Words in class and id values that name page furniture. */
static const char *const bad_words[] = {
	"menu", "menus", "nav", "navbar", "navigation", "footer", "foot", "sidebar", "side",
	"banner", "banners", "ads", "ad", "adv", "advert", "advertisement", "advertising", "qc",
	"quangcao", "share", "sharing", "social", "comment", "comments", "binhluan", "related",
	"relate", "tinkhac", "lienquan", "breadcrumb", "breadcrumbs", "cookie", "popup", "modal",
	"counter", "thongke", "visitor", "toolbar", "print", "widget", "tags", "tag", "hotline",
	"topbar", "sitemap", "copyright", "login", "search", "weather", "header",
	"mostview", "xemnhieu", "docnhieu", "tinmoi", "othernews", "morenews", NULL,
};
/* Word pairs ("quang-cao", "tin_khac"). */
static const char *const bad_pairs[][2] = {
	{ "quang", "cao" }, { "binh", "luan" }, { "tin", "khac" }, { "lien", "quan" },
	{ "thong", "ke" }, { "chia", "se" }, { "xa", "hoi" }, { "chuyen", "muc" },
	{ "xem", "nhieu" }, { "doc", "nhieu" }, { "tin", "moi" }, { "other", "news" },
	{ "more", "news" }, { "most", "view" },
};
static const char *const good_words[] = {
	"article", "content", "detail", "details", "body", "entry", "post", "story", "text",
	"main", "noidung", "chitiet", "news", "newsdetail", "baiviet", "maincontent",
	"contentdetail", "fck", "sapo", "lead", NULL,
};

/* Do n's class or id words (lower case, split at anything not a letter or
 * digit) include one of the bad (or good) words or word pairs? */
static int words_match(const xmlNode *n, int bad)
{
	int hit = 0;
	for (int which = 0; which < 2 && !hit; which++) {
		char *v = attr(n, which ? "id" : "class");
		if (!v)
			continue;
		char prev[32] = "";
		for (char *p = v; *p && !hit;) {
			while (*p && !isalnum((unsigned char)*p))
				p++;
			char word[32];
			size_t k = 0;
			while (*p && isalnum((unsigned char)*p)) {
				if (k < sizeof word - 1)
					word[k++] = (char)tolower((unsigned char)*p);
				p++;
			}
			word[k] = '\0';
			if (!k)
				break;
			if (in_list(word, bad ? bad_words : good_words))
				hit = 1;
			if (bad)
				for (size_t i = 0; i < sizeof bad_pairs / sizeof *bad_pairs; i++)
					if (strcmp(prev, bad_pairs[i][0]) == 0 &&
					    strcmp(word, bad_pairs[i][1]) == 0)
						hit = 1;
			memcpy(prev, word, k + 1);
		}
		free(v);
	}
	return hit;
}

static int inside(const xmlNode *n, const char *name)
{
	for (const xmlNode *p = n->parent; p; p = p->parent)
		if (is_el(p, name))
			return 1;
	return 0;
}

static int hidden(const xmlNode *n)
{
	if (xmlHasProp((xmlNode *)n, BAD_CAST "hidden"))
		return 1;
	char *style = attr(n, "style");
	int yes = 0;
	if (style) {
		char *c = collapse(style);
		for (char *p = c; *p; p++)
			*p = (char)tolower((unsigned char)*p);
		/* collapse() keeps single spaces: "display: none" and "display:none". */
		yes = strstr(c, "display:none") || strstr(c, "display: none") ||
		      strstr(c, "visibility:hidden") || strstr(c, "visibility: hidden");
		free(c);
	}
	char *aria = attr(n, "aria-hidden");
	if (aria && strcmp(aria, "true") == 0)
		yes = 1;
	free(aria);
	free(style);
	return yes;
}

struct nodes {
	xmlNode **v;
	size_t n, cap;
};

static void nodes_add(struct nodes *l, xmlNode *n)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	l->v[l->n++] = n;
}

static void remove_all(struct nodes *l)
{
	for (size_t i = 0; i < l->n; i++) {
		xmlUnlinkNode(l->v[i]);
		xmlFreeNode(l->v[i]);
	}
	l->n = 0;
}

struct page {
	xmlDoc *doc;
	xmlNode *body;
	xmlNode *title_h1; /* kept whatever its container */
	struct stats S;
	struct buf key;
};

static int is_protected(struct page *pg, const xmlNode *n)
{
	return (double)nonlink(n) > PROTECT_SHARE * (double)nonlink(pg->body) || st(n)->holds_title;
}

/* After each count: the headline's ancestors are marked, once. */
static void mark_title(struct page *pg)
{
	for (xmlNode *n = pg->title_h1; n && n != pg->body; n = n->parent)
		if (st(n))
			st(n)->holds_title = 1;
}

/* Is n a heading of related articles or comments ("Tin khác")? */
static int is_cut_heading(struct page *pg, xmlNode *n)
{
	if (!name_in(n, (const char *const[]){ "h2", "h3", "h4", "h5", "h6", "div", "span", "p",
					      "strong", "b", "li", "header", "section", "td",
					      "label", "font", NULL }))
		return 0;
	if (st(n)->text > 48 || st(n)->text < 3 || st(n)->holds_title || inside(n, "a") ||
	    inside(n, "button"))
		return 0;
	/* After some of the article only. */
	size_t total = nonlink(pg->body);
	if (st(n)->before < CUT_AFTER_CHARS || (double)st(n)->before < CUT_AFTER_SHARE * (double)total)
		return 0;
	char *t = node_text(n);
	int yes = ingest_cut_heading(t, strlen(t), &pg->key);
	free(t);
	return yes;
}

static int blank_str(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (p[0] == 0xC2 && p[1] == 0xA0) {
			p++;
			continue;
		}
		if (!isspace(*p))
			return 0;
	}
	return 1;
}

/* The block a heading opens: up while it is its parent's first child. */
static xmlNode *heading_block(struct page *pg, xmlNode *n)
{
	for (;;) {
		xmlNode *p = n->parent;
		if (!p || p == pg->body || p->type != XML_ELEMENT_NODE || is_protected(pg, p))
			return n;
		xmlNode *first = p->children;
		while (first && first != n &&
		       (first->type == XML_COMMENT_NODE ||
			(first->type == XML_TEXT_NODE && (!first->content ||
							  blank_str((const char *)first->content)))))
			first = first->next;
		if (first != n)
			return n;
		n = p;
	}
}

static int is_furniture(const xmlNode *n)
{
	if (name_in(n, furniture_tags))
		return 1;
	/* An article's own <header> holds its title and date. */
	if (is_el(n, "header"))
		return !inside(n, "article") && !inside(n, "main");
	if (name_in(n, (const char *const[]){ "html", "body", "article", "main", NULL }))
		return 0;
	char *role = attr(n, "role");
	int yes = role && in_list(role, (const char *const[]){ "navigation", "banner",
			"contentinfo", "complementary", "search", "menu", "menubar", NULL });
	free(role);
	return yes || words_match(n, 1);
}

static void doom(struct nodes *del, xmlNode *n)
{
	if (st(n)) {
		if (st(n)->doomed)
			return;
		st(n)->doomed = 1;
	}
	nodes_add(del, n);
}

static char *longest_h1(xmlNode *top, xmlNode **which);

/* Takes out what is not the article: invisible elements first, then (with
 * the text counted) furniture by tag, role, class or id, and the related
 * lists and comments under a "Tin khác" heading. */
static void prune(struct page *pg)
{
	struct nodes del = { 0 };
	xmlNode *top = pg->body;
	for (xmlNode *n = top; n;) {
		int skip = 0;
		if (n != top && ((n->type == XML_ELEMENT_NODE && (name_in(n, invisible) || hidden(n))) ||
				 n->type == XML_COMMENT_NODE)) {
			nodes_add(&del, n);
			skip = 1;
		}
		n = next_node(n, top, skip);
	}
	remove_all(&del);
	/* The headline may have gone with what was invisible. */
	free(longest_h1(top, &pg->title_h1));
	compute_stats(top, &pg->S);
	mark_title(pg);

	for (xmlNode *n = top; n;) {
		int skip = 0;
		if (n != top && n->type == XML_ELEMENT_NODE) {
			if (st(n)->doomed) {
				skip = 1;
			} else if (is_furniture(n) && !is_protected(pg, n)) {
				doom(&del, n);
				skip = 1;
			} else if (is_cut_heading(pg, n)) {
				xmlNode *b = heading_block(pg, n);
				doom(&del, b);
				for (xmlNode *s = b->next; s; s = s->next) {
					if (s->type == XML_ELEMENT_NODE && is_protected(pg, s))
						continue;
					if (s->type == XML_ELEMENT_NODE)
						doom(&del, s);
					else
						nodes_add(&del, s);
				}
				n = b;
				skip = 1;
			}
		}
		n = next_node(n, top, skip);
	}
	remove_all(&del);
	free(del.v);
	compute_stats(top, &pg->S);
}

/* Has n two links or more? */
static int several_links(xmlNode *n)
{
	int k = 0;
	for (xmlNode *c = n; c; c = next_node(c, n, 0))
		if (is_el(c, "a") && ++k == 2)
			return 1;
	return 0;
}

/* On a page where no article stands out, what is left after prune() is
 * the page's text but for its menus with no name furniture's words give:
 * a block of links and little else (a list of issuing bodies, of types,
 * of years; a row of tabs; a breadcrumb trail). A block of one link is
 * kept: a table's cell names a type or a body by a link. */
static void drop_menus(struct page *pg)
{
	struct nodes del = { 0 };
	xmlNode *top = pg->body;
	for (xmlNode *n = top; n;) {
		int skip = 0;
		if (n != top && name_in(n, block_names) && st(n) && st(n)->text &&
		    link_density(n) >= MENU_LINK_SHARE && !st(n)->holds_title && several_links(n)) {
			nodes_add(&del, n);
			skip = 1;
		}
		n = next_node(n, top, skip);
	}
	remove_all(&del);
	free(del.v);
	compute_stats(top, &pg->S);
}

/* ---- HTML: the main block ---------------------------------------------------- */

static const char *const para_like[] = {
	"p", "li", "dd", "dt", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6", "th", NULL,
};

static void add_score(struct page *pg, xmlNode *n, double v)
{
	struct nstat *s = st(n);
	if (!s)
		return;
	if (!s->candidate) {
		s->candidate = 1;
		if (n != pg->body && words_match(n, 0))
			s->score += 10;
	}
	s->score += v;
}

static double final_score(const xmlNode *n)
{
	const struct nstat *s = st(n);
	return s && s->candidate ? s->score * (1 - link_density(n)) : 0;
}

/* Readability's idea: each paragraph scores by its length and commas,
 * discounted by its links, and gives that score to its container (and
 * half to the next one up); the best container is the article. Text set
 * straight in a <div> or <td> with <br>s scores for the div itself. */
static xmlNode *best_block(struct page *pg)
{
	xmlNode *top = pg->body;
	for (xmlNode *n = top; n; n = next_node(n, top, 0)) {
		struct nstat *s = st(n);
		if (!s || !name_in(n, block_names) || s->own - s->own_link < MIN_PARAGRAPH_CHARS)
			continue;
		double ps = 1 + (double)s->own_commas + (double)(s->own / 100 < 3 ? s->own / 100 : 3);
		ps *= 1 - (double)s->own_link / (double)s->own;
		if (name_in(n, para_like) && n != top) {
			add_score(pg, n->parent, ps);
			if (n->parent != top)
				add_score(pg, n->parent->parent, ps / 2);
		} else {
			add_score(pg, n, ps);
			if (n != top)
				add_score(pg, n->parent, ps / 2);
		}
	}
	xmlNode *best = NULL;
	double best_score = 0;
	for (xmlNode *n = top; n; n = next_node(n, top, 0)) {
		double sc = final_score(n);
		if (sc > best_score) {
			best_score = sc;
			best = n;
		}
	}
	return best;
}

/* The best block and, beside it, the siblings that belong with it: others
 * that score well, and text without links: a lead paragraph or a dateline
 * before it, a letterhead ("QUỐC HỘI / Số: …") and a signature block in
 * their own tables around a law's body. */
static void main_blocks(struct page *pg, xmlNode *best, struct nodes *keep)
{
	if (best == pg->body || !best->parent) {
		nodes_add(keep, best);
		return;
	}
	double threshold = final_score(best) * 0.2;
	if (threshold < 10)
		threshold = 10;
	int after = 0;
	for (xmlNode *s = best->parent->children; s; s = s->next) {
		if (s == best) {
			nodes_add(keep, s);
			after = 1;
			continue;
		}
		if (s->type != XML_ELEMENT_NODE || is_el(s, "h1"))
			continue;
		int plain = nonlink(s) > 0 && link_density(s) < 0.25;
		if (final_score(s) >= threshold ||
		    (plain && (!after || nonlink(s) <= 300 || is_el(s, "table"))))
			nodes_add(keep, s);
	}
}

/* ---- HTML: metadata ---------------------------------------------------------- */

struct meta {
	char *og_title, *site_name, *canonical, *og_url, *title_tag;
	char date[11];
	int date_rank; /* lower is better; 99: none */
};

/* "2023-01-27T16:11:00+07:00", "2023/01/27", "27/01/2023 16:11",
 * "ngày 27 tháng 01 năm 2023" -> "2023-01-27". */
static int parse_date(const char *s, char out[11])
{
	while (*s && isspace((unsigned char)*s))
		s++;
	int y, m, d;
	char s1, s2;
	int n = 0;
	if (sscanf(s, "%4d%c%2d%c%2d%n", &y, &s1, &m, &s2, &d, &n) == 5 && n >= 8 && s1 == s2 &&
	    (s1 == '-' || s1 == '/' || s1 == '.')) {
		if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31)
			return 0;
		snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
		return 1;
	}
	struct text_date td;
	size_t len = strlen(s);
	for (size_t i = 0; i < len && i < 64; i++) {
		if (i > 0 && isdigit((unsigned char)s[i - 1]))
			continue;
		if (text_date_parse(s + i, len - i, &td) > 0 && td.year) {
			text_date_iso(&td, out);
			return 1;
		}
	}
	return 0;
}

static void set_date(struct meta *m, const char *v, int rank)
{
	char d[11];
	if (v && rank < m->date_rank && parse_date(v, d)) {
		memcpy(m->date, d, sizeof d);
		m->date_rank = rank;
	}
}

static void set_once(char **field, const char *v)
{
	if (*field || !v)
		return;
	char *c = collapse(v);
	if (*c)
		*field = c;
	else
		free(c);
}

/* JSON-LD's "datePublished": a string search is enough for one key. */
static void json_ld_date(struct meta *m, const char *js)
{
	for (const char *p = strstr(js, "\"datePublished\""); p; p = strstr(p + 1, "\"datePublished\"")) {
		const char *q = p + strlen("\"datePublished\"");
		while (isspace((unsigned char)*q))
			q++;
		if (*q++ != ':')
			continue;
		while (isspace((unsigned char)*q))
			q++;
		if (*q++ != '"')
			continue;
		const char *e = strchr(q, '"');
		if (!e || e - q > 64)
			continue;
		char *v = xstrndup(q, (size_t)(e - q));
		set_date(m, v, 1);
		free(v);
		return;
	}
}

static int is_http_url(const char *s)
{
	return s && (strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0);
}

static void read_meta(xmlDoc *doc, struct meta *m)
{
	static const struct {
		const char *key;
		int rank;
	} date_keys[] = {
		{ "article:published_time", 0 }, { "datepublished", 1 },
		{ "og:published_time", 2 }, { "dc.date.issued", 2 }, { "dcterms.issued", 2 },
		{ "pubdate", 3 }, { "publishdate", 3 }, { "publish-date", 3 }, { "publish_date", 3 },
		{ "dc.date", 3 }, { "dc.date.created", 3 }, { "dcterms.created", 3 },
		{ "dcterms.date", 3 }, { "citation_publication_date", 3 }, { "article.published", 3 },
		{ "sailthru.date", 4 }, { "parsely-pub-date", 4 }, { "date", 5 },
	};
	m->date_rank = 99;
	xmlNode *top = (xmlNode *)doc;
	for (xmlNode *n = top; n; n = next_node(n, top, 0)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (is_el(n, "meta")) {
			char *k = attr(n, "property");
			if (!k)
				k = attr(n, "name");
			if (!k)
				k = attr(n, "itemprop");
			char *v = attr(n, "content");
			if (k && v) {
				for (char *p = k; *p; p++)
					*p = (char)tolower((unsigned char)*p);
				if (strcmp(k, "og:title") == 0)
					set_once(&m->og_title, v);
				else if (strcmp(k, "og:site_name") == 0)
					set_once(&m->site_name, v);
				else if (strcmp(k, "og:url") == 0 && is_http_url(v))
					set_once(&m->og_url, v);
				for (size_t i = 0; i < sizeof date_keys / sizeof *date_keys; i++)
					if (strcmp(k, date_keys[i].key) == 0)
						set_date(m, v, date_keys[i].rank);
			}
			free(k);
			free(v);
		} else if (is_el(n, "link")) {
			char *rel = attr(n, "rel");
			if (rel && strcasecmp(rel, "canonical") == 0) {
				char *href = attr(n, "href");
				if (is_http_url(href))
					set_once(&m->canonical, href);
				free(href);
			}
			free(rel);
		} else if (is_el(n, "script")) {
			char *type = attr(n, "type");
			if (type && strcasecmp(type, "application/ld+json") == 0) {
				xmlChar *c = xmlNodeGetContent(n);
				if (c)
					json_ld_date(m, (const char *)c);
				xmlFree(c);
			}
			free(type);
		} else if (is_el(n, "title") && !m->title_tag && !inside(n, "svg")) {
			char *t = node_text(n);
			set_once(&m->title_tag, t);
			free(t);
		} else {
			char *ip = attr(n, "itemprop");
			if (ip && strcmp(ip, "datePublished") == 0) {
				char *v = attr(n, "content");
				if (!v)
					v = attr(n, "datetime");
				if (!v)
					v = node_text(n);
				set_date(m, v, 1);
				free(v);
			}
			free(ip);
		}
	}
}

static void meta_release(struct meta *m)
{
	free(m->og_title);
	free(m->site_name);
	free(m->canonical);
	free(m->og_url);
	free(m->title_tag);
}

/* ---- HTML: the title's h1 ----------------------------------------------------- */

/* The h1 with the most text: a logo's h1 is shorter than a headline. */
static char *longest_h1(xmlNode *top, xmlNode **which)
{
	char *best = NULL;
	*which = NULL;
	for (xmlNode *n = top; n; n = next_node(n, top, 0)) {
		if (!is_el(n, "h1"))
			continue;
		char *t = node_text(n);
		if (!best || strlen(t) > strlen(best)) {
			free(best);
			best = t;
			*which = n;
		} else {
			free(t);
		}
	}
	return best;
}

/* ---- HTML: the breadcrumb trail ---------------------------------------------- */

/* Does t end with a breadcrumb's separator ("CSDL Trung ương »")? */
static int ends_with_separator(const char *t)
{
	static const char *const seps[] = { "»", "›", ">", "/", "→", "|", NULL };
	size_t n = strlen(t);
	for (const char *const *s = seps; *s; s++) {
		size_t k = strlen(*s);
		if (n >= k && strcmp(t + n - k, *s) == 0)
			return 1;
	}
	return 0;
}

/* A list's items, each but the last ending with a separator ("Trang chủ »
 * Văn bản pháp luật » Bộ luật 101/2015/QH13"): the last item's text names
 * the page itself. NULL when top holds no such list. */
static char *breadcrumb_last(xmlNode *top)
{
	for (xmlNode *n = top; n; n = next_node(n, top, 0)) {
		if (!is_el(n, "ul") && !is_el(n, "ol"))
			continue;
		xmlNode *items[64];
		size_t k = 0;
		for (xmlNode *c = n->children; c && k < 64; c = c->next)
			if (is_el(c, "li"))
				items[k++] = c;
		if (k < 2 || k == 64)
			continue;
		int trail = 1;
		for (size_t i = 0; i + 1 < k && trail; i++) {
			char *t = node_text(items[i]);
			trail = ends_with_separator(t);
			free(t);
		}
		if (!trail)
			continue;
		char *last = node_text(items[k - 1]);
		/* vbpl.vn names a text by its type and number, "Không số" when
		 * it has none ("Hiến pháp Không số"): the type alone. */
		size_t ln = strlen(last), kn = strlen(" Không số");
		if (ln > kn && strcmp(last + ln - kn, " Không số") == 0)
			last[ln - kn] = '\0';
		if (*last && !ends_with_separator(last))
			return last;
		free(last);
	}
	return NULL;
}

/* A quoted string literal at p ('…' or "…", no escapes): its text, or NULL. */
static char *js_literal(const char *p)
{
	char q = *p;
	if (q != '\'' && q != '"')
		return NULL;
	const char *e = strchr(p + 1, q);
	return e && !memchr(p + 1, '\\', (size_t)(e - p - 1)) ? xstrndup(p + 1, (size_t)(e - p - 1)) : NULL;
}

/* The title a page's script gives it: "document.title = '…'" or
 * "document.title = title1 + ' - Cơ sở dữ liệu …'" with "var title1 = '…'"
 * in the same script (vbpl.vn: every page's <title> is "Trung ương"; the
 * script names the text the page is about). Its first operand only: what
 * '+' adds is the site's name; the last script's, as a browser runs them
 * (vbpl.vn sets the site's name first). NULL when no script sets one. */
static char *script_title(xmlNode *top)
{
	char *last = NULL;
	for (xmlNode *n = top; n; n = next_node(n, top, 0)) {
		if (!is_el(n, "script"))
			continue;
		xmlChar *c = xmlNodeGetContent(n);
		const char *js = c ? (const char *)c : "", *at = strstr(js, "document.title");
		char *t = NULL;
		if (at) {
			const char *p = at + strlen("document.title");
			while (*p == ' ' || *p == '\t')
				p++;
			if (*p == '=' && p[1] != '=') {
				p++;
				while (*p == ' ' || *p == '\t')
					p++;
				t = js_literal(p);
				size_t idn = 0;
				while (!t && (isalnum((unsigned char)p[idn]) || p[idn] == '_' || p[idn] == '$'))
					idn++;
				if (!t && idn) {
					/* "var title1 = '…'" before it */
					for (const char *v = strstr(js, "var "); v && v < at && !t; v = strstr(v + 4, "var ")) {
						const char *w = v + 4;
						if (strncmp(w, p, idn) != 0 || isalnum((unsigned char)w[idn]) || w[idn] == '_')
							continue;
						w += idn;
						while (*w == ' ' || *w == '\t')
							w++;
						if (*w++ != '=')
							continue;
						while (*w == ' ' || *w == '\t')
							w++;
						t = js_literal(w);
					}
				}
			}
		}
		xmlFree(c);
		if (t) {
			char *clean = collapse(t);
			free(t);
			if (*clean) {
				free(last);
				last = clean;
			} else
				free(clean);
		}
	}
	return last;
}

/* Is t the text of a link of the page: a menu's item, a section's name? */
static int link_text(xmlNode *top, const char *t)
{
	int yes = 0;
	for (xmlNode *n = top; n && !yes; n = next_node(n, top, 0)) {
		if (!is_el(n, "a"))
			continue;
		char *a = node_text(n);
		yes = strcmp(a, t) == 0;
		free(a);
	}
	return yes;
}

/* ---- HTML: putting it together ------------------------------------------------ */

#define ARTICLE_MAX_DEPTH 512

/* Is any element under top more than limit levels below it? */
static int deeper_than(const xmlNode *top, int limit)
{
	int depth = 0;
	for (const xmlNode *n = top->children; n;) {
		if (n->children) {
			if (++depth > limit)
				return 1;
			n = n->children;
			continue;
		}
		while (n && !n->next && n != top) {
			n = n->parent;
			depth--;
		}
		if (!n || n == top)
			break;
		n = n->next;
	}
	return 0;
}

int ingest_html_read(const char *data, size_t len, struct ingest_doc *d, char **err)
{
	if (len == 0) {
		d->title = xstrdup("");
		d->text = xstrdup("");
		d->text_len = 0;
		return 1;
	}
	xmlDoc *doc = ingest_html_parse(data, len, err);
	if (!doc)
		return -1;
	/* The whole page's text, kept for when no article stands out: read
	 * before pruning takes the menus and lists out of the tree. */
	struct ingest_doc whole = { 0 };
	ingest_html_doc_text(doc, &whole);
	struct page pg = { .doc = doc };
	struct meta m = { 0 };
	read_meta(doc, &m);
	xmlNode *root = xmlDocGetRootElement(doc);
	for (xmlNode *n = root; n && !pg.body; n = next_node(n, root, 0))
		if (is_el(n, "body"))
			pg.body = n;
	char *h1 = longest_h1(pg.body ? pg.body : root, &pg.title_h1);
	/* A <title> that only repeats a link of the page names the site or a
	 * section of it (vbpl.vn titles every page "Trung ương"): the last
	 * item of the page's breadcrumb trail names the page. Read before
	 * pruning, which takes the trail away with the menus. */
	char *crumb = NULL;
	if (!m.og_title && pg.body) {
		crumb = breadcrumb_last(pg.body);
		char *t = m.title_tag ? collapse(m.title_tag) : NULL;
		if (crumb && t && *t && !link_text(pg.body, t)) {
			free(crumb);
			crumb = NULL;
		}
		free(t);
		/* read before pruning takes the scripts away */
		if (crumb)
			d->script_title = script_title(root);
	}

	int rc = 1;
	char *text = NULL, *page_text = NULL, *bare_text = NULL;
	size_t text_len = 0, page_len = 0, bare_len = 0;
	/* Pruning looks up every node's ancestors: on a page nested thousands of
	 * levels deep (hostile, never a real article) that is quadratic, so such
	 * a page goes to the plain extractor (rc 1). */
	if (pg.body && deeper_than(pg.body, ARTICLE_MAX_DEPTH))
		pg.body = NULL;
	if (pg.body) {
		prune(&pg);
		xmlNode *best = best_block(&pg);
		struct nodes keep = { 0 };
		if (best)
			main_blocks(&pg, best, &keep);
		size_t chars = 0;
		for (size_t i = 0; i < keep.n; i++)
			chars += nonlink(keep.v[i]);
		if (chars >= MIN_ARTICLE_CHARS) {
			ingest_html_nodes_text(keep.v, keep.n, &text, &text_len);
			text_len = ingest_text_clean(text, text_len);
			rc = 0;
		}
		free(keep.v);
		/* A labelled date sits near the title, outside the article's
		 * body: look in the whole page, furniture and lists removed.
		 * That is also the text of a page where no article stands out
		 * (a register's attribute table, its cells short): the page's
		 * menus, hidden templates and footers are not its text. */
		ingest_html_nodes_text(&pg.body, 1, &page_text, &page_len);
		/* Without its menus, unless the page is a list of links (a
		 * diagram of the texts a law relates to). */
		if (rc) {
			drop_menus(&pg);
			ingest_html_nodes_text(&pg.body, 1, &bare_text, &bare_len);
		}
	}
	{
		char date[11];
		int inferred = 0;
		if (m.date_rank != 99) {
			d->date = xstrdup(m.date);
		} else if (page_text && ingest_pubdate(page_text, page_len, date, &inferred)) {
			d->date = xstrdup(date);
			d->date_inferred = inferred;
		}
		d->canonical_url = m.canonical ? xstrdup(m.canonical) : m.og_url ? xstrdup(m.og_url) : NULL;
		d->site_name = m.site_name ? xstrdup(m.site_name) : NULL;
	}
	if (rc == 0 && crumb) {
		d->title = ingest_page_title(NULL, crumb, m.site_name, h1);
	} else if (rc > 0 && crumb) {
		d->title = crumb; /* over the <title> */
		crumb = NULL;
	} else if (rc == 0) {
		d->title = ingest_page_title(m.og_title, m.title_tag, m.site_name, h1);
	} else {
		d->title = whole.title;
		whole.title = NULL;
	}
	if (rc == 0) {
		d->text = text;
		d->text_len = text_len;
		text = NULL;
	} else if (bare_text && !blank_str(bare_text)) {
		d->text = bare_text;
		d->text_len = ingest_text_clean(bare_text, bare_len);
		bare_text = NULL;
	} else if (page_text && !blank_str(page_text)) {
		d->text = xstrdup(page_text);
		d->text_len = ingest_text_clean(d->text, page_len);
	} else {
		d->text = whole.text;
		d->text_len = whole.text_len;
		whole.text = NULL;
	}
	ingest_doc_release(&whole);
	free(text);
	free(page_text);
	free(bare_text);
	free(h1);
	free(crumb);
	meta_release(&m);
	free(pg.S.v);
	buf_release(&pg.key);
	xmlFreeDoc(doc);
	return rc;
}
