/* cites.c — the document numbers a text cites, stored one line per mention
 * beside the document, and the keys derived from them. */
#include "index/cites.h"

#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "index/schema.h"

static const char *const kind_names[] = {
	[CITE_PARTY] = "party", [CITE_QPPL] = "qppl", [CITE_LAW] = "law",
	[CITE_ADM] = "adm", [CITE_CONG_VAN] = "cong-van", [CITE_VBHN] = "vbhn",
	[CITE_SHORT] = "short",
};

const char *cites_kind_name(enum cite_kind k)
{
	return (unsigned)k < sizeof kind_names / sizeof *kind_names ? kind_names[k] : "?";
}

/* Stored fields are tab-separated: tabs and newlines inside become spaces. */
static void add_field(struct buf *b, const char *s)
{
	for (; s && *s; s++)
		buf_addc(b, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
	buf_addc(b, '\t');
}

struct scan_ctx {
	const char *text;
	size_t len;
	struct buf *lines;
	cite_fn each_fn;
	void *each_ctx;
	size_t count;
	/* The text's own number, once its first letterhead is read; its
	 * effective date; where quoted text stands. */
	char own[CITE_MAX];
	struct cite_number own_num;
	char own_body[CITE_ISSUER_MAX]; /* its body as its letterhead names it */
	int own_seen, consolidated;
	size_t opening; /* a consolidated text's: text_consolidated_opening */
	struct text_effective eff;
	int eff_stated; /* eff is a portal's stated date (text_effective_stated) */
	char effective[11], expires[11], issue[11];
	struct text_quote *quotes; /* text_quotes */
	size_t nquotes;
	/* The full numbers, kept until the scan has found the own letterhead:
	 * a consolidated text's stands at its end. */
	struct cite_mention *kept;
	size_t nkept, capkept;
};

/* The relation fields of a mention line: relation, scope, by, effective,
 * the effective sentence ("start,end"), expiry. */
static void add_relation(struct scan_ctx *c, const struct cite_mention *m, int own,
			 struct buf *b)
{
	char scope[128] = "";
	enum text_relation r = TEXT_REL_NONE;
	if (own) {
		add_field(b, "");
		add_field(b, "");
		add_field(b, "");
		add_field(b, c->effective);
		/* ",stated": a portal's attribute table states it; a reader
		 * before it reads the two numbers and stops at the comma */
		if (c->effective[0])
			buf_addf(b, "%zu,%zu%s\t", c->eff.sent_start, c->eff.sent_end,
				 c->eff_stated ? ",stated" : "");
		else
			add_field(b, "");
		add_field(b, c->expires);
		return;
	}
	/* Only a regulation's own text acts on others, never on itself, and
	 * never in what it quotes of another; the base's letterhead in a
	 * consolidated text is the text it consolidates. */
	if (c->own_seen && m->letterhead && c->consolidated &&
	    strcmp(m->num.canonical, c->own) != 0)
		r = TEXT_REL_CONSOLIDATES;
	else if (c->own_seen && !m->letterhead && strcmp(m->num.canonical, c->own) != 0 &&
		 !text_quoted(c->quotes, c->nquotes, m->start))
		r = text_relation_of(c->text, c->len, m, c->consolidated ? &c->opening : NULL, scope,
				     sizeof scope);
	if ((r == TEXT_REL_REPLACES || r == TEXT_REL_REPEALS || r == TEXT_REL_AMENDS) &&
	    !text_relation_reaches(&c->own_num, c->own_body, &m->num))
		r = TEXT_REL_NONE;
	add_field(b, text_relation_name(r));
	add_field(b, r ? scope : "");
	add_field(b, r ? c->own : "");
	add_field(b, r ? c->effective : "");
	add_field(b, "");
	add_field(b, "");
}

/* The text's own number: its first letterhead's, with its issue date, its
 * effective date and expiry. */
static void own_of(struct scan_ctx *c, const struct cite_mention *m)
{
	c->own_seen = 1;
	c->own_num = m->num;
	snprintf(c->own_body, sizeof c->own_body, "%s", m->issuer_name);
	snprintf(c->own, sizeof c->own, "%s", m->num.canonical);
	c->consolidated = m->num.kind == CITE_VBHN;
	if (c->consolidated)
		c->opening = text_consolidated_opening(c->text, c->len);
	if (m->date.year && m->date.month && m->date.day)
		text_date_iso(&m->date, c->issue);
	/* A consolidated text takes no effect of its own: the dates in it are
	 * its texts'. */
	if (!c->consolidated) {
		/* Its own type's sentence: a công văn quoting a decree's
		 * "Nghị định này có hiệu lực …" takes no effect by it. */
		if (!text_effective_find(c->text, c->len, m->type_name, &c->eff))
			c->eff_stated = text_effective_stated(c->text, c->len, &c->eff);
		text_effective_iso(&c->eff, c->issue, c->effective);
		if (c->eff.expires.year)
			text_date_iso(&c->eff.expires, c->expires);
	}
}

/* A body named without its place ("của Ủy ban nhân dân tỉnh"): the place
 * another mention of the number gives it in this text ("… tỉnh Kon Tum", a
 * merged province's text citing the old one's decisions), else the text's
 * own body's ("Ủy ban nhân dân tỉnh Quảng Ngãi"). */
static int body_placed(const struct scan_ctx *c, const struct cite_mention *m, char *out,
		       size_t cap)
{
	if (!m->issuer_name[0])
		return 0;
	for (size_t i = 0; i < c->nkept; i++)
		if (&c->kept[i] != m && strcmp(c->kept[i].num.canonical, m->num.canonical) == 0 &&
		    cite_body_with_place(m->issuer_name, c->kept[i].issuer_name, out, cap))
			return 1;
	return c->own_seen && cite_body_with_place(m->issuer_name, c->own_body, out, cap);
}

static void add_line(struct scan_ctx *c, const struct cite_mention *m, int own)
{
	struct buf *b = c->lines;
	char date[11] = "";
	if (m->date.year && m->date.month && m->date.day)
		text_date_iso(&m->date, date);
	add_field(b, m->num.canonical);
	add_field(b, cites_kind_name(m->num.kind));
	add_field(b, m->num.number);
	buf_addf(b, "%d\t", m->num.year);
	add_field(b, m->num.type);
	add_field(b, m->type_name ? m->type_name : "");
	add_field(b, date);
	add_field(b, m->num.issuer);
	char placed[CITE_ISSUER_MAX];
	if (!own && body_placed(c, m, placed, sizeof placed))
		add_field(b, placed);
	else
		add_field(b, m->issuer_name);
	buf_addf(b, "%d\t", m->issuer_from_context);
	/* A letterhead's subject in capitals, as the document's title reads
	 * it ("Hàng không dân dụng Việt Nam"), its capitals told by the text
	 * under it: the card, its JSON, page and exports show what is stored. */
	struct buf subject = BUF_INIT;
	if (m->letterhead && m->subject[0] && !text_has_ascii_lower(m->subject, strlen(m->subject)) &&
	    text_proper_case(m->subject, strlen(m->subject), c->text + m->start, c->len - m->start,
			     &subject) == 0)
		add_field(b, subject.p);
	else
		add_field(b, m->subject);
	buf_release(&subject);
	buf_addf(b, "%d\t%zu\t%zu\t%zu\t%zu\t", m->letterhead, m->start, m->end,
		 m->sentence_start, m->sentence_end);
	/* A regulation's own text: who signed it, from the block after it. */
	char signer[CITE_ISSUER_MAX] = "";
	size_t bodies = cite_joint_count(m->issuer_name);
	if (m->letterhead && bodies >= 2) {
		/* A joint text's bodies sign one block each: all of them, or
		 * none rather than one shown as the only signer. */
		if (text_signers(c->text + m->end, c->len - m->end, signer, sizeof signer) != bodies)
			signer[0] = '\0';
	} else if (m->letterhead) {
		/* Else a site's attribute table, its fields near the number. */
		if (!text_signer(c->text + m->end, c->len - m->end, signer, sizeof signer)) {
			size_t near = c->len - m->end < 1500 ? c->len - m->end : 1500;
			text_labelled_signer(c->text + m->end, near, signer, sizeof signer);
		}
	}
	add_field(b, signer);
	add_relation(c, m, own, b);
	buf_addf(b, "%d\n", m->subject_of_article);
}

static int on_mention(const struct cite_mention *m, void *arg)
{
	struct scan_ctx *c = arg;
	/* Past this many, the text is a list of numbers, not a text citing
	 * them; the registry reads each citing document once per number it
	 * cites, so an unbounded list would cost its square at commit. */
	if (++c->count > CITES_MAX_PER_TEXT)
		return 1;
	if (m->num.kind != CITE_SHORT && m->num.canonical[0]) {
		if (c->nkept == c->capkept) {
			c->capkept = c->capkept ? 2 * c->capkept : 16;
			c->kept = xrealloc(c->kept, c->capkept * sizeof *c->kept);
		}
		c->kept[c->nkept++] = *m;
	}
	return c->each_fn ? c->each_fn(m, c->each_ctx) : 0;
}

/* Splits a stored line at its tabs: up to max fields into f, fl; returns
 * how many (max + 1 when there are more). */
static size_t split_fields(const char *line, size_t len, const char **f, size_t *fl, size_t max)
{
	size_t n = 0, start = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i == len || line[i] == '\t') {
			if (n == max)
				return max + 1;
			f[n] = line + start;
			fl[n++] = i - start;
			start = i + 1;
		}
	}
	return n;
}

/* The number a field's digits spell, read within the field: strtoul and atoi
 * skip leading white space, so on an empty field they read on through the
 * tabs and the newline into the next field or line (and past the bytes
 * inflated so far). Stops at the first other byte ("12,34" -> 12). */
static size_t field_num(const char *s, size_t len)
{
	size_t v = 0;
	for (size_t i = 0; i < len && s[i] >= '0' && s[i] <= '9' && v < SIZE_MAX / 10 - 1; i++)
		v = v * 10 + (size_t)(s[i] - '0');
	return v;
}

static void copy_field(char *dst, size_t cap, const char *s, size_t len)
{
	if (len >= cap) {
		len = cap - 1;
		/* Never leave half a UTF-8 sequence at the cut. */
		while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
			len--;
	}
	memcpy(dst, s, len);
	dst[len] = '\0';
}

void cites_name_key(const char *type, const char *name, struct buf *out)
{
	text_fold_key(type, strlen(type), out);
	buf_addc(out, ':');
	text_fold_key(name, strlen(name), out);
}

/* "\tname\ttype\tname\tyear\trelation\tscope\tby\teffective\tstart\tend\t
 * sent_start\tsent_end\tkey" */
static int on_named(const struct text_named *r, void *arg)
{
	struct scan_ctx *c = arg;
	/* A law named is a central text: a province's text does not act on it. */
	const struct cite_number law = { .kind = CITE_LAW };
	if ((r->rel == TEXT_REL_REPLACES || r->rel == TEXT_REL_REPEALS || r->rel == TEXT_REL_AMENDS) &&
	    !text_relation_reaches(&c->own_num, c->own_body, &law))
		return 0;
	struct buf *b = c->lines;
	struct buf key = BUF_INIT;
	cites_name_key(r->type, r->name, &key);
	buf_adds(b, "\tname\t");
	add_field(b, r->type);
	add_field(b, r->name);
	buf_addf(b, "%d\t", r->year);
	add_field(b, text_relation_name(r->rel));
	add_field(b, r->scope);
	add_field(b, c->own);
	add_field(b, c->effective);
	buf_addf(b, "%zu\t%zu\t%zu\t%zu\t", r->start, r->end, r->sentence_start, r->sentence_end);
	add_field(b, key.p ? key.p : "");
	b->p[b->len - 1] = '\n';
	buf_release(&key);
	return 0;
}

int cites_parse_named(const char *line, size_t len, struct stored_named *n)
{
	const char *f[14];
	size_t fl[14], k = split_fields(line, len, f, fl, 14);
	if (k != 14 || fl[0] != 0 || fl[1] != 4 || memcmp(f[1], "name", 4) != 0)
		return -1;
	memset(n, 0, sizeof *n);
	copy_field(n->type, sizeof n->type, f[2], fl[2]);
	copy_field(n->name, sizeof n->name, f[3], fl[3]);
	n->year = (int)field_num(f[4], fl[4]);
	copy_field(n->relation, sizeof n->relation, f[5], fl[5]);
	copy_field(n->scope, sizeof n->scope, f[6], fl[6]);
	copy_field(n->by, sizeof n->by, f[7], fl[7]);
	copy_field(n->effective, sizeof n->effective, f[8], fl[8]);
	n->start = field_num(f[9], fl[9]);
	n->end = field_num(f[10], fl[10]);
	n->sent_start = field_num(f[11], fl[11]);
	n->sent_end = field_num(f[12], fl[12]);
	copy_field(n->key, sizeof n->key, f[13], fl[13]);
	return n->key[0] && n->relation[0] ? 0 : -1;
}

/* "\tpart\tscope\tdate\tsent_start\tsent_end": a part's own effective date. */
static int on_part(const struct text_effective_part *p, void *arg)
{
	struct scan_ctx *c = arg;
	char iso[11];
	text_effective_iso(&p->e, c->issue, iso);
	if (!iso[0])
		return 0;
	buf_adds(c->lines, "\tpart\t");
	add_field(c->lines, p->scope);
	add_field(c->lines, iso);
	buf_addf(c->lines, "%zu\t%zu\n", p->e.sent_start, p->e.sent_end);
	return 0;
}

int cites_parse_part(const char *line, size_t len, struct stored_part *p)
{
	const char *f[6];
	size_t fl[6], k = split_fields(line, len, f, fl, 6);
	if (k != 6 || fl[0] != 0 || fl[1] != 4 || memcmp(f[1], "part", 4) != 0)
		return -1;
	memset(p, 0, sizeof *p);
	copy_field(p->scope, sizeof p->scope, f[2], fl[2]);
	copy_field(p->date, sizeof p->date, f[3], fl[3]);
	p->sent_start = field_num(f[4], fl[4]);
	p->sent_end = field_num(f[5], fl[5]);
	return p->scope[0] && p->date[0] ? 0 : -1;
}

void cites_scan_text(const char *text, size_t len, struct buf *lines, cite_fn each_fn, void *ctx)
{
	struct scan_ctx *c = xcalloc(1, sizeof *c);
	*c = (struct scan_ctx){ .text = text, .len = len, .lines = lines, .each_fn = each_fn,
				.each_ctx = ctx };
	c->nquotes = text_quotes(text, len, &c->quotes);
	cite_scan(text, len, on_mention, c);
	size_t own = c->nkept;
	for (size_t i = 0; i < c->nkept && own == c->nkept; i++)
		if (c->kept[i].letterhead)
			own = i;
	if (own < c->nkept)
		own_of(c, &c->kept[own]);
	for (size_t i = 0; i < c->nkept; i++)
		add_line(c, &c->kept[i], i == own);
	free(c->kept);
	free(c->quotes);
	/* Laws and codes cited by their names only, by a regulation's own text. */
	if (c->own_seen && c->count <= CITES_MAX_PER_TEXT) {
		text_relations_named(text, len, c->consolidated, on_named, c);
		if (!c->consolidated)
			text_effective_parts(text, len, on_part, c);
	}
	free(c);
}

int cites_parse_line(const char *line, size_t len, struct stored_mention *m)
{
	/* 16 fields, a 17th (the signer) since it was added, 23 with the
	 * relation fields, and 24 with the subject's provenance. */
	const char *f[24];
	size_t fl[24], n = split_fields(line, len, f, fl, 24);
	if (n != 16 && n != 17 && n != 23 && n != 24)
		return -1;
	memset(m, 0, sizeof *m);
	copy_field(m->canonical, sizeof m->canonical, f[0], fl[0]);
	copy_field(m->kind, sizeof m->kind, f[1], fl[1]);
	copy_field(m->number, sizeof m->number, f[2], fl[2]);
	m->year = (int)field_num(f[3], fl[3]);
	copy_field(m->type_code, sizeof m->type_code, f[4], fl[4]);
	copy_field(m->type_name, sizeof m->type_name, f[5], fl[5]);
	copy_field(m->date, sizeof m->date, f[6], fl[6]);
	copy_field(m->issuer_code, sizeof m->issuer_code, f[7], fl[7]);
	copy_field(m->issuer_name, sizeof m->issuer_name, f[8], fl[8]);
	m->issuer_from_context = (int)field_num(f[9], fl[9]);
	copy_field(m->subject, sizeof m->subject, f[10], fl[10]);
	m->letterhead = (int)field_num(f[11], fl[11]);
	m->start = field_num(f[12], fl[12]);
	m->end = field_num(f[13], fl[13]);
	m->sent_start = field_num(f[14], fl[14]);
	m->sent_end = field_num(f[15], fl[15]);
	if (n >= 17)
		copy_field(m->signer, sizeof m->signer, f[16], fl[16]);
	if (n >= 23) {
		copy_field(m->relation, sizeof m->relation, f[17], fl[17]);
		copy_field(m->scope, sizeof m->scope, f[18], fl[18]);
		copy_field(m->by, sizeof m->by, f[19], fl[19]);
		copy_field(m->effective, sizeof m->effective, f[20], fl[20]);
		m->eff_start = field_num(f[21], fl[21]);
		const char *comma = memchr(f[21], ',', fl[21]);
		m->eff_end = comma ? field_num(comma + 1, fl[21] - (size_t)(comma + 1 - f[21])) : 0;
		static const char stated[] = ",stated";
		m->eff_stated = fl[21] > sizeof stated - 1 &&
				memcmp(f[21] + fl[21] - (sizeof stated - 1), stated, sizeof stated - 1) == 0;
		copy_field(m->expires, sizeof m->expires, f[22], fl[22]);
	}
	if (n == 24)
		m->subject_of_article = (int)field_num(f[23], fl[23]);
	return m->canonical[0] ? 0 : -1;
}

void cites_pack(const char *lines, size_t len, struct buf *out)
{
	buf_add_varint(out, len);
	buf_add_deflated(out, lines, len);
}

int cites_get(xs_db *xs, unsigned docid, char **lines, size_t *len, char **err)
{
	char *v = NULL;
	size_t vlen = 0, n = 0;
	*lines = NULL;
	*len = 0;
	int rc = xs_get_value(xs, docid, SLOT_MENTIONS, &v, &vlen, err);
	if (rc != 0)
		return rc;
	const unsigned char *p = (const unsigned char *)v, *end = p + vlen;
	if (vlen && (varint_get(&p, end, &n) < 0 || n > ((size_t)1 << 30)))
		goto bad;
	*lines = xmalloc(n + 1);
	if (inflate_exact(*lines, n, p, (size_t)(end - p)) < 0)
		goto bad;
	(*lines)[n] = '\0';
	*len = n;
	free(v);
	return 0;
bad:
	free(v);
	free(*lines);
	*lines = NULL;
	if (err)
		*err = xasprintf("document %u: its list of cited numbers is damaged", docid);
	return -1;
}

/* Lines are inflated EACH_FIRST bytes first, then twice as many beyond
 * the last read each time: most readers stop at the first lines (a
 * result's letterhead and the mentions early in its text), and 8 KiB
 * inflated for them was most of what a search result's regulations cost. */
#define EACH_FIRST 1024

int cites_each_line(xs_db *xs, unsigned docid, int (*fn)(const char *line, size_t len, void *ctx),
		    void *ctx, char **err)
{
	char *v = NULL, *lines = NULL;
	size_t vlen = 0, n = 0;
	int rc = xs_get_value(xs, docid, SLOT_MENTIONS, &v, &vlen, err);
	if (rc != 0 || !vlen) {
		free(v);
		return rc;
	}
	const unsigned char *p = (const unsigned char *)v, *end = p + vlen;
	struct inflater *f = NULL;
	if (varint_get(&p, end, &n) < 0 || n > ((size_t)1 << 30))
		goto bad;
	lines = xmalloc(n + 1);
	lines[n] = '\0'; /* the last line's last number ends here (strtoul) */
	f = inflater_new(lines, n, p, (size_t)(end - p));
	if (!f)
		goto bad;
	size_t at = 0, ready = 0, step = EACH_FIRST;
	while (at < n) {
		const char *nl = memchr(lines + at, '\n', ready - at);
		if (!nl && ready < n) {
			long got = inflater_fill(f, ready + step);
			step *= 2;
			if (got < 0)
				goto bad;
			ready = (size_t)got;
			continue;
		}
		size_t stop = nl ? (size_t)(nl - lines) : n;
		if (fn(lines + at, stop - at, ctx))
			break;
		at = stop + 1;
	}
	inflater_free(f);
	free(lines);
	free(v);
	return 0;
bad:
	inflater_free(f);
	free(lines);
	free(v);
	if (err)
		*err = xasprintf("document %u: its list of cited numbers is damaged", docid);
	return -1;
}
