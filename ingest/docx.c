/* docx.c — DOCX (ZIP + WordprocessingML) -> body text, legacy-font runs decoded (libzip, libxml2). */
#include "ingest/ingest_int.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

/* A member larger than this once inflated is refused (a ZIP bomb, or not a
 * document anyone types). */
#define DOCX_MAX_MEMBER ((zip_uint64_t)64 << 20)
/* basedOn chains are followed this far (a loop in a broken file stops). */
#define DOCX_STYLE_DEPTH 16

struct style {
	char *id, *based_on, *font;
};

struct docx {
	struct style *st;
	size_t n_st;
	const char *default_font;   /* docDefaults */
	const char *default_pstyle; /* the paragraph style with w:default="1" */
	struct buf out;
	struct buf seg;              /* the run text not yet decoded */
	enum ingest_charset seg_cs;
	int seg_caps;
	int legacy_font_seen;
	enum ingest_charset legacy_used;
};

static int is(const xmlNode *n, const char *local)
{
	return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, local) == 0;
}

static xmlNode *child(const xmlNode *n, const char *local)
{
	for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
		if (is(c, local))
			return c;
	return NULL;
}

/* An attribute by its local name, whatever the namespace prefix (Word's
 * "transitional" and "strict" files use different ones). */
static const char *attr(const xmlNode *n, const char *local)
{
	if (!n)
		return NULL;
	for (xmlAttr *a = n->properties; a; a = a->next)
		if (strcmp((const char *)a->name, local) == 0 && a->children &&
		    a->children->type == XML_TEXT_NODE)
			return (const char *)a->children->content;
	return NULL;
}

/* rFonts' font for the characters we read: hAnsi covers the bytes 0x80-0xFF
 * where the legacy encodings keep their letters; ascii the rest. A legacy
 * name in either wins. */
static const char *rfonts_font(const xmlNode *rpr)
{
	xmlNode *f = child(rpr, "rFonts");
	if (!f)
		return NULL;
	const char *h = attr(f, "hAnsi"), *a = attr(f, "ascii");
	if (office_font_charset(h, NULL) != CS_UNKNOWN)
		return h;
	if (office_font_charset(a, NULL) != CS_UNKNOWN)
		return a;
	return a ? a : h;
}

static void styles_load(struct docx *x, xmlDoc *doc)
{
	xmlNode *root = xmlDocGetRootElement(doc);
	if (!root)
		return;
	xmlNode *defs = child(root, "docDefaults");
	x->default_font = rfonts_font(child(child(defs, "rPrDefault"), "rPr"));
	size_t cap = 0;
	for (xmlNode *s = root->children; s; s = s->next) {
		if (!is(s, "style"))
			continue;
		const char *id = attr(s, "styleId");
		if (!id)
			continue;
		if (x->n_st == cap) {
			cap = cap ? cap * 2 : 32;
			x->st = xrealloc(x->st, cap * sizeof *x->st);
		}
		const char *type = attr(s, "type"), *def = attr(s, "default");
		struct style *y = &x->st[x->n_st++];
		y->id = xstrdup(id);
		const char *b = attr(child(s, "basedOn"), "val");
		y->based_on = b ? xstrdup(b) : NULL;
		const char *f = rfonts_font(child(s, "rPr"));
		y->font = f ? xstrdup(f) : NULL;
		if (type && strcmp(type, "paragraph") == 0 && def && (strcmp(def, "1") == 0 || strcmp(def, "true") == 0))
			x->default_pstyle = y->id;
	}
}

static const char *style_font(const struct docx *x, const char *id)
{
	for (int depth = 0; id && depth < DOCX_STYLE_DEPTH; depth++) {
		const struct style *y = NULL;
		for (size_t i = 0; i < x->n_st; i++)
			if (strcmp(x->st[i].id, id) == 0) {
				y = &x->st[i];
				break;
			}
		if (!y)
			return NULL;
		if (y->font)
			return y->font;
		id = y->based_on;
	}
	return NULL;
}

static void seg_flush(struct docx *x)
{
	if (!x->seg.len)
		return;
	struct buf dec = BUF_INIT;
	const char *s = x->seg.p;
	size_t n = x->seg.len;
	if (x->seg_cs != CS_UNKNOWN) {
		enum ingest_charset used = CS_UNKNOWN;
		if (ingest_redecode_bytes(x->seg.p, x->seg.len, x->seg_cs, &dec, &used)) {
			s = dec.p ? dec.p : "";
			n = dec.len;
			x->legacy_used = x->seg_cs;
		}
	}
	if (x->seg_caps)
		office_upper(s, n, &x->out);
	else
		buf_add(&x->out, s, n);
	buf_release(&dec);
	buf_reset(&x->seg);
}

static void add_text(struct docx *x, enum ingest_charset cs, int caps, const char *s, size_t n)
{
	if (cs != x->seg_cs || caps != x->seg_caps) {
		seg_flush(x);
		x->seg_cs = cs;
		x->seg_caps = caps;
	}
	buf_add(&x->seg, s, n);
}

static void run(struct docx *x, const xmlNode *r, const char *para_font)
{
	xmlNode *rpr = child(r, "rPr");
	const char *font = rfonts_font(rpr);
	if (!font)
		font = style_font(x, attr(child(rpr, "rStyle"), "val"));
	if (!font)
		font = para_font;
	int caps = 0;
	enum ingest_charset cs = office_font_charset(font, &caps);
	if (cs != CS_UNKNOWN)
		x->legacy_font_seen = 1;
	/* Capitals set with w:caps are shown as such, whatever the font. */
	xmlNode *c = child(rpr, "caps");
	if (c) {
		const char *v = attr(c, "val");
		if (!v || (strcmp(v, "0") != 0 && strcmp(v, "false") != 0))
			caps = 1;
	}
	for (xmlNode *k = r->children; k; k = k->next) {
		if (is(k, "t")) {
			xmlChar *t = xmlNodeGetContent(k);
			if (t)
				add_text(x, cs, caps, (const char *)t, strlen((const char *)t));
			xmlFree(t);
		} else if (is(k, "tab")) {
			add_text(x, CS_UNKNOWN, 0, "\t", 1);
		} else if (is(k, "br") || is(k, "cr")) {
			add_text(x, CS_UNKNOWN, 0, "\n", 1);
		} else if (is(k, "noBreakHyphen")) {
			add_text(x, CS_UNKNOWN, 0, "-", 1);
		}
	}
}

/* Runs inside a paragraph, through the wrappers that hold them (insertions,
 * hyperlinks, fields, content controls); deletions are left out. */
static void runs(struct docx *x, const xmlNode *n, const char *para_font)
{
	for (xmlNode *c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || is(c, "pPr") || is(c, "del") || is(c, "moveFrom"))
			continue;
		if (is(c, "r"))
			run(x, c, para_font);
		else
			runs(x, c, para_font);
	}
}

static void paragraph(struct docx *x, const xmlNode *p)
{
	const char *ps = attr(child(child(p, "pPr"), "pStyle"), "val");
	const char *font = style_font(x, ps ? ps : x->default_pstyle);
	if (!font)
		font = x->default_font;
	size_t start = x->out.len;
	runs(x, p, font);
	seg_flush(x);
	x->seg_cs = CS_UNKNOWN;
	x->seg_caps = 0;
	/* Trailing blanks off; an empty paragraph leaves nothing. */
	while (x->out.len > start && (x->out.p[x->out.len - 1] == ' ' || x->out.p[x->out.len - 1] == '\t' ||
				      x->out.p[x->out.len - 1] == '\n'))
		x->out.len--;
	if (x->out.len > start)
		buf_add(&x->out, "\n\n", 2);
	else if (x->out.p)
		x->out.p[x->out.len] = '\0';
}

/* The body in document order: paragraphs, and tables cell by cell, each
 * cell's paragraphs in turn (a letterhead is usually a two-cell table). */
static void blocks(struct docx *x, const xmlNode *n)
{
	for (xmlNode *c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || is(c, "sectPr") || is(c, "del"))
			continue;
		if (is(c, "p"))
			paragraph(x, c);
		else
			blocks(x, c);
	}
}

static int member(zip_t *z, const char *name, char **data, size_t *len, char **err)
{
	zip_stat_t st;
	zip_stat_init(&st);
	if (zip_stat(z, name, 0, &st) < 0)
		return 0;
	if (!(st.valid & ZIP_STAT_SIZE) || st.size > DOCX_MAX_MEMBER) {
		*err = xasprintf("%s is larger than %u MiB once unpacked", name,
				 (unsigned)(DOCX_MAX_MEMBER >> 20));
		return -1;
	}
	zip_file_t *f = zip_fopen(z, name, 0);
	if (!f) {
		*err = xasprintf("cannot unpack %s: %s", name, zip_strerror(z));
		return -1;
	}
	*data = xmalloc((size_t)st.size + 1);
	zip_int64_t got = zip_fread(f, *data, st.size);
	int bad = got < 0 || (zip_uint64_t)got != st.size;
	if (bad)
		*err = xasprintf("cannot unpack %s: %s", name, zip_file_strerror(f));
	zip_fclose(f);
	if (bad) {
		free(*data);
		*data = NULL;
		return -1;
	}
	(*data)[st.size] = '\0';
	*len = (size_t)st.size;
	return 1;
}

/* No network, no entity expansion, no messages on stderr. */
static xmlDoc *parse(const char *data, size_t len, const char *name)
{
	return xmlReadMemory(data, (int)len, name, NULL,
			     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

int ingest_docx_text(const char *data, size_t len, struct buf *out, enum ingest_charset *cs,
		     char **err)
{
	*cs = CS_UTF8;
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
	zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : NULL;
	if (!z) {
		*err = xasprintf("not a readable DOCX file (ZIP: %s)", zip_error_strerror(&ze));
		zip_error_fini(&ze);
		if (src)
			zip_source_free(src);
		return -1;
	}
	zip_error_fini(&ze);

	char *xml = NULL, *sxml = NULL;
	size_t xml_len = 0, sxml_len = 0;
	int rc = member(z, "word/document.xml", &xml, &xml_len, err);
	if (rc == 0)
		*err = xstrdup("not a Word document: the archive has no word/document.xml");
	if (rc <= 0 || member(z, "word/styles.xml", &sxml, &sxml_len, err) < 0) {
		free(xml);
		zip_close(z);
		return -1;
	}
	zip_close(z);

	struct docx x = { 0 };
	xmlDoc *sdoc = sxml ? parse(sxml, sxml_len, "styles.xml") : NULL;
	if (sdoc)
		styles_load(&x, sdoc);
	xmlDoc *doc = parse(xml, xml_len, "document.xml");
	xmlNode *body = doc ? child(xmlDocGetRootElement(doc), "body") : NULL;
	if (!body) {
		*err = xstrdup(doc ? "not a Word document: word/document.xml has no body"
				   : "word/document.xml is not well-formed XML");
		rc = -1;
	} else {
		blocks(&x, body);
		rc = 0;
		if (x.legacy_font_seen && x.legacy_used != CS_UNKNOWN) {
			*cs = x.legacy_used;
			buf_add(out, x.out.p, x.out.len);
		} else {
			/* No font says: text that is all bytes may still be TCVN3 or
			 * VNI typed in a font we do not know. */
			enum ingest_charset used = CS_UNKNOWN;
			if (x.out.len && ingest_redecode_bytes(x.out.p, x.out.len, CS_UNKNOWN, out, &used))
				*cs = used;
			else
				buf_add(out, x.out.p, x.out.len);
		}
	}
	xmlFreeDoc(doc);
	xmlFreeDoc(sdoc);
	for (size_t i = 0; i < x.n_st; i++) {
		free(x.st[i].id);
		free(x.st[i].based_on);
		free(x.st[i].font);
	}
	free(x.st);
	buf_release(&x.out);
	buf_release(&x.seg);
	free(xml);
	free(sxml);
	return rc;
}
