/* html.c — title and visible text out of an HTML page, with libxml2's HTML parser. */
#include "ingest/ingest_int.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* RECOVER: real pages are tag soup. NONET, and no NOENT/DTDLOAD: nothing is
 * ever fetched and only HTML's predefined entities are decoded. HUGE: without
 * it libxml2 stops at 256 levels of nesting and silently drops the rest of the
 * page (unclosed <font> tags reach that); its parser and free are iterative,
 * so depth costs heap, not stack. IGNORE_ENC: the loader has already checked
 * the bytes are UTF-8, whatever a <meta charset> claims. NOIMPLIED is left
 * out: with it, body text after a <title> ends up inside the title element. */
#define HTML_OPTIONS                                                                  \
	(HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |                  \
	 HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC |           \
	 XML_PARSE_HUGE)

/* Sorted for bsearch. Elements whose content a reader never sees. */
static const char *const skipped[] = {
	"applet", "audio", "canvas", "embed", "head", "iframe", "noframes", "noscript",
	"object", "script", "style", "svg", "template", "title", "video",
};

/* Sorted for bsearch. Elements that start and end a paragraph. */
static const char *const blocks[] = {
	"address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
	"details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
	"footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
	"html", "legend", "li", "main", "menu", "nav", "ol", "option", "p", "pre",
	"section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
};

static int cmp_name(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

static int name_in(const xmlNode *n, const char *const *set, size_t count)
{
	return bsearch(n->name, set, count, sizeof *set, cmp_name) != NULL;
}

#define NAME_IN(n, set) name_in((n), (set), sizeof(set) / sizeof(set)[0])

static int is_named(const xmlNode *n, const char *name)
{
	/* The first byte rules most names out without a strcmp call (an
	 * interceptor's, under the fuzzer's sanitizers). */
	return n->type == XML_ELEMENT_NODE && n->name[0] == (xmlChar)name[0] &&
	       strcmp((const char *)n->name, name) == 0;
}

/* Text output with white space collapsed and breaks held back until more
 * text arrives, so no blank line leads or trails and none doubles up. */
struct emit {
	struct buf out;
	int space;    /* a space is due before the next character */
	int brk;      /* 0, or 1/2 newlines due before the next character */
	int flat;     /* a title: breaks become spaces */
	int pre;      /* inside <pre>: newlines are kept as line breaks */
	int bar;      /* a value's cell follows another: " | " before the next character */
	size_t label_at; /* where a label's cell began in out */
};

static void want_break(struct emit *e, int n)
{
	if (e->flat)
		e->space = 1;
	else if (e->brk < n)
		e->brk = n;
}

/* Byte length of a white-space character at s, or 0. U+00A0 (&nbsp;) and
 * the typographic spaces count: they separate words like a space does. */
static size_t space_len(const unsigned char *s, size_t avail)
{
	switch (s[0]) {
	case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
		return 1;
	case 0xC2:
		return avail >= 2 && s[1] == 0xA0 ? 2 : 0;
	case 0xE2:
		if (avail >= 3 && s[1] == 0x80 && ((s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xAF))
			return 3;
		if (avail >= 3 && s[1] == 0x81 && s[2] == 0x9F)
			return 3;
		return 0;
	case 0xE3:
		return avail >= 3 && s[1] == 0x80 && s[2] == 0x80 ? 3 : 0;
	}
	return 0;
}

static void emit_text(struct emit *e, const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t len = strlen(text);
	size_t i = 0;
	while (i < len) {
		size_t sp = space_len(s + i, len - i);
		if (sp) {
			if (e->pre && s[i] == '\n' && !e->flat)
				e->brk = e->brk < 2 ? e->brk + 1 : 2;
			else
				e->space = 1;
			i += sp;
			continue;
		}
		/* Copy the run up to the next white space in one go. */
		size_t j = i + 1;
		while (j < len && !space_len(s + j, len - j))
			j++;
		if (e->out.len) {
			if (e->brk)
				buf_add(&e->out, "\n\n", (size_t)e->brk);
			else if (e->bar && e->out.p[e->out.len - 1] != '\n')
				buf_add(&e->out, " | ", 3);
			else if (e->space && e->out.p[e->out.len - 1] != '\n')
				buf_addc(&e->out, ' ');
		}
		e->brk = e->space = e->bar = 0;
		buf_add(&e->out, s + i, j - i);
		i = j;
	}
}

static int is_cell(const xmlNode *n)
{
	return n && (is_named(n, "td") || is_named(n, "th"));
}

static const xmlNode *cell_before(const xmlNode *n)
{
	for (n = n->prev; n; n = n->prev)
		if (n->type == XML_ELEMENT_NODE)
			return is_cell(n) ? n : NULL;
	return NULL;
}

static const xmlNode *cell_after(const xmlNode *n)
{
	for (n = n->next; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			return is_cell(n) ? n : NULL;
	return NULL;
}

/* Does a class attribute name a label ("label", "field-label")? */
static int label_class(const xmlNode *n)
{
	xmlChar *c = xmlGetProp((xmlNode *)n, BAD_CAST "class");
	int yes = 0;
	for (const char *p = (const char *)c; p && (p = strstr(p, "label")) != NULL; p += 5) {
		char after = p[5];
		if (!(after >= 'a' && after <= 'z') && !(after >= 'A' && after <= 'Z'))
			yes = 1;
	}
	xmlFree(c);
	return yes;
}

static int labels_cell(const xmlNode *n)
{
	return is_named(n, "th") || label_class(n);
}

/* A table of labelled fields: a row's header cell (<th>, or a cell whose
 * class says "label") followed by its value's cells ("Số ký hiệu |
 * 101/2015/QH13 | Ngày ban hành | 27/11/2015" on vbpl.vn). */
static int label_cell(const xmlNode *n)
{
	const xmlNode *v = cell_after(n);
	return labels_cell(n) && v && !labels_cell(v);
}

/* A value's cell after the first one of its label. */
static int more_value_cell(const xmlNode *n)
{
	const xmlNode *p = cell_before(n);
	if (!p || labels_cell(n) || labels_cell(p))
		return 0;
	for (; p; p = cell_before(p))
		if (label_cell(p))
			return 1;
	return 0;
}

static void enter(struct emit *e, const xmlNode *n)
{
	if (is_named(n, "br")) {
		if (e->flat)
			e->space = 1;
		else
			e->brk = e->brk < 2 ? e->brk + 1 : 2;
	} else if (is_named(n, "td") || is_named(n, "th")) {
		e->space = 1;
		/* Each field on its own line, "label: value | value". */
		if (!e->flat && label_cell(n)) {
			want_break(e, 2);
			e->label_at = e->out.len;
		} else if (!e->flat && more_value_cell(n)) {
			e->bar = 1;
		} else if (!e->flat && cell_before(n) && !label_cell(cell_before(n))) {
			/* A data row's next cell: "56/2022/AL | Về việc giải quyết
			 * tranh chấp di dời mồ mả | Tải về" (anle.toaan.gov.vn's
			 * list), each cell its own, as a Markdown table's row is;
			 * a cell holding blocks starts its own line instead. */
			e->bar = 1;
		}
	} else if (NAME_IN(n, blocks)) {
		want_break(e, 2);
		if (is_named(n, "pre"))
			e->pre++;
	}
}

static void leave(struct emit *e, const xmlNode *n)
{
	if (is_named(n, "td") || is_named(n, "th")) {
		if (!e->flat && label_cell(n) && e->out.len > e->label_at &&
		    e->out.p[e->out.len - 1] != ':' && e->out.p[e->out.len - 1] != '\n') {
			buf_addc(&e->out, ':');
			e->label_at = e->out.len;
		}
		e->space = 1;
	} else if (NAME_IN(n, blocks)) {
		want_break(e, 2);
		if (is_named(n, "pre") && e->pre)
			e->pre--;
	}
}

static int is_skipped(const xmlNode *n)
{
	return NAME_IN(n, skipped) || xmlHasProp((xmlNode *)n, BAD_CAST "hidden") != NULL;
}

/* Emits the visible text under top. Iterative (children, next, parent) so
 * pages nested 100,000 levels deep cost no stack. */
static void emit_tree(struct emit *e, xmlNode *top)
{
	xmlNode *n = top->children;
	while (n) {
		int descend = 0;
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content)
				emit_text(e, (const char *)n->content);
		} else if (n->type == XML_ELEMENT_NODE && !is_skipped(n)) {
			enter(e, n);
			if (n->children)
				descend = 1;
			else
				leave(e, n);
		}
		if (descend) {
			n = n->children;
			continue;
		}
		while (!n->next) {
			n = n->parent;
			if (!n || n == top)
				return;
			leave(e, n);
		}
		n = n->next;
	}
}

/* Next node in document order after n, within top, skipping n's subtree
 * when skip_children is set. */
static xmlNode *next_node(xmlNode *n, xmlNode *top, int skip_children)
{
	if (!skip_children && n->children)
		return n->children;
	while (!n->next) {
		n = n->parent;
		if (!n || n == top)
			return NULL;
	}
	return n->next;
}

static char *collapse(const char *s)
{
	struct emit e = { BUF_INIT, 0, 0, 1, 0, 0, 0 };
	emit_text(&e, s);
	return buf_detach(&e.out, NULL);
}

static char *flat_text(xmlNode *n)
{
	struct emit e = { BUF_INIT, 0, 0, 1, 0, 0, 0 };
	emit_tree(&e, n);
	return buf_detach(&e.out, NULL);
}

static int og_title(const xmlNode *n)
{
	if (!is_named(n, "meta"))
		return 0;
	xmlChar *p = xmlGetProp((xmlNode *)n, BAD_CAST "property");
	if (!p)
		p = xmlGetProp((xmlNode *)n, BAD_CAST "name");
	int yes = p && strcmp((const char *)p, "og:title") == 0;
	xmlFree(p);
	return yes;
}

/* <title>, else <meta property="og:title">, else the first <h1>; each only
 * when it holds some text. Never NULL. */
static char *find_title(xmlDoc *doc)
{
	xmlNode *top = (xmlNode *)doc;
	xmlNode *og = NULL, *h1 = NULL;
	/* An inline icon's <svg><title>Menu</title> is not the page's title. */
	for (xmlNode *n = top->children; n; n = next_node(n, top, is_named(n, "svg"))) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (is_named(n, "title")) {
			char *t = flat_text(n);
			if (*t)
				return t;
			free(t);
		} else if (!og && og_title(n)) {
			og = n;
		} else if (!h1 && is_named(n, "h1")) {
			h1 = n;
		}
	}
	if (og) {
		xmlChar *c = xmlGetProp(og, BAD_CAST "content");
		char *t = collapse(c ? (const char *)c : "");
		xmlFree(c);
		if (*t)
			return t;
		free(t);
	}
	return h1 ? flat_text(h1) : xstrdup("");
}

void ingest_html_nodes_text(struct _xmlNode *const *v, size_t n, char **text, size_t *len)
{
	struct emit e = { BUF_INIT, 0, 0, 0, 0, 0, 0 };
	for (size_t i = 0; i < n; i++) {
		/* Nodes side by side are words apart, not glued. */
		e.space = 1;
		xmlNode *node = v[i];
		if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
			if (node->content)
				emit_text(&e, (const char *)node->content);
		} else if (node->type == XML_ELEMENT_NODE && !is_skipped(node)) {
			enter(&e, node);
			emit_tree(&e, node);
			leave(&e, node);
		}
	}
	*text = buf_detach(&e.out, len);
}

xmlDoc *ingest_html_parse(const char *data, size_t len, char **err)
{
	if (len > INT_MAX) {
		*err = xasprintf("HTML too large for the parser (%zu bytes)", len);
		return NULL;
	}
	xmlInitParser();
	xmlDoc *doc = htmlReadMemory(data, (int)len, NULL, "UTF-8", HTML_OPTIONS);
	if (!doc)
		*err = xstrdup("the HTML parser could not read this page");
	return doc;
}

void ingest_html_doc_text(xmlDoc *doc, struct ingest_doc *d)
{
	struct emit e = { BUF_INIT, 0, 0, 0, 0, 0, 0 };
	emit_tree(&e, (xmlNode *)doc);
	d->title = find_title(doc);
	d->text = buf_detach(&e.out, &d->text_len);
}
