/* export.c — citations for reference managers: CSL-JSON, biblatex, RIS. */
#include "query/query_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "index/schema.h"
#include "text/text.h"

/* What one entry says, whatever the format. Strings are cleaned (NFC, one
 * line) or NULL when unknown. */
struct entry {
	enum { ENTRY_LEGISLATION, ENTRY_WEBPAGE, ENTRY_DOCUMENT, ENTRY_NEWS } kind;
	struct buf key, title, number, issuer, url, site;
	int date[3]; /* year, month, day; 0: not known (date[0] 0: no date) */
};

static void entry_release(struct entry *e)
{
	buf_release(&e->key);
	buf_release(&e->title);
	buf_release(&e->number);
	buf_release(&e->issuer);
	buf_release(&e->url);
	buf_release(&e->site);
}

/* s as shown to a reader (NFC, controls and line ends as spaces), white
 * space runs as one space, trimmed; appended to out. */
static void add_clean(struct buf *out, const char *s)
{
	if (!s)
		return;
	struct buf t = BUF_INIT;
	text_shown(s, strlen(s), 0, &t);
	int space = 0;
	for (size_t i = 0; i < t.len; i++) {
		unsigned char c = (unsigned char)t.p[i];
		if (c == ' ' || c == '\t') {
			space = 1;
			continue;
		}
		if (space && out->len)
			buf_addc(out, ' ');
		space = 0;
		buf_addc(out, (char)c);
	}
	buf_release(&t);
}

/* "2022-02-08", "2022-02", "2022" -> parts; a date without a year
 * ("--02-08") or anything else is no date. */
static void read_date(const char *s, int date[3])
{
	date[0] = date[1] = date[2] = 0;
	if (!s)
		return;
	int parts[3] = { 0, 0, 0 };
	const char *p = s;
	for (int k = 0; k < 3; k++) {
		size_t want = k ? 2 : 4, n = 0;
		int v = 0;
		while (n < want && p[n] >= '0' && p[n] <= '9')
			v = v * 10 + (p[n++] - '0');
		if (n != want)
			return;
		parts[k] = v;
		p += n;
		if (*p != '-')
			break;
		p++;
	}
	if (*p || parts[0] < 1000 || parts[1] > 12 || parts[2] > 31 || (parts[2] && !parts[1]))
		return;
	memcpy(date, parts, sizeof parts);
}

/* The folded ASCII words of s ("57-QĐ/TW" -> "57-qd-tw"), at most max of
 * them (0: all), appended to out with a '-' before each but a first into
 * an empty out. */
static void add_key_words(struct buf *out, const char *s, size_t max)
{
	struct buf w = BUF_INIT;
	size_t n = 0;
	const char *p = s;
	while (*p && (!max || n < max)) {
		/* A word: a run of bytes that are not ASCII punctuation or space. */
		size_t len = 0;
		while (p[len] && ((unsigned char)p[len] >= 0x80 || (p[len] >= '0' && p[len] <= '9') ||
				  ((p[len] | 0x20) >= 'a' && (p[len] | 0x20) <= 'z')))
			len++;
		if (len) {
			buf_reset(&w);
			text_fold_key(p, len, &w);
			size_t start = out->len;
			if (out->len)
				buf_addc(out, '-');
			size_t kept = 0;
			for (size_t i = 0; i < w.len; i++) {
				char c = w.p[i];
				if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
					buf_addc(out, c);
					kept++;
				}
			}
			if (!kept)
				out->len = start; /* a word of symbols only */
			else
				n++;
			p += len;
		} else {
			p++;
		}
	}
	if (out->p)
		out->p[out->len] = '\0';
	buf_release(&w);
}

static int is_web(const char *source)
{
	return source && (strncasecmp(source, "http://", 7) == 0 ||
			  strncasecmp(source, "https://", 8) == 0);
}

/* A web page: fetched from the web, or saved from it (a file whose page
 * names its canonical URL). */
static int record_is_web(const struct idx_record *r)
{
	return r && (is_web(r->source) || is_web(r->canonical_url));
}

/* Newspapers by their sites: a page of one is an article in a newspaper
 * (Zotero's Newspaper Article; RIS NEWS), not a web page; a Q&A site's
 * answers (thuvienphapluat.vn) stay web pages. Sites whose first label
 * opens with "bao" (báo, newspaper: baochinhphu.vn, baophapluat.vn) are
 * newspapers too. */
static const struct {
	const char *host, *name;
} news_sites[] = {
	{ "dantri.com.vn", "Dân trí" },        { "vnexpress.net", "VnExpress" },
	{ "tuoitre.vn", "Tuổi Trẻ" },          { "thanhnien.vn", "Thanh Niên" },
	{ "vietnamnet.vn", "VietNamNet" },     { "laodong.vn", "Lao Động" },
	{ "nld.com.vn", "Người Lao Động" },    { "nhandan.vn", "Nhân Dân" },
	{ "qdnd.vn", "Quân đội nhân dân" },    { "cand.com.vn", "Công an nhân dân" },
	{ "vov.vn", "VOV" },                   { "vtv.vn", "VTV" },
	{ "tienphong.vn", "Tiền Phong" },      { "plo.vn", "Pháp Luật TP.HCM" },
	{ "vietnamplus.vn", "VietnamPlus" },   { "znews.vn", "Znews" },
	{ "zingnews.vn", "Zing News" },        { "vneconomy.vn", "VnEconomy" },
	{ "sggp.org.vn", "Sài Gòn Giải Phóng" }, { "hanoimoi.vn", "Hànộimới" },
	{ "kinhtedothi.vn", "Kinh tế & Đô thị" }, { "congan.com.vn", "Công an TP.HCM" },
	{ "dangcongsan.vn", "Báo điện tử Đảng Cộng sản Việt Nam" },
	{ "chinhphu.vn", "Cổng Thông tin điện tử Chính phủ" },
};

/* The host of an http(s) URL, without "www."; its length, 0 if none. */
static size_t url_host(const char *url, const char **host)
{
	const char *p = strstr(url, "://");
	if (!p)
		return 0;
	p += 3;
	if (strncasecmp(p, "www.", 4) == 0)
		p += 4;
	*host = p;
	return strcspn(p, "/:?#");
}

/* Whether a web page is a newspaper's article; *name the newspaper's name
 * when the table knows it. */
static int news_site(const char *url, const char **name)
{
	const char *h;
	size_t n = url ? url_host(url, &h) : 0;
	*name = NULL;
	if (!n)
		return 0;
	for (size_t i = 0; i < sizeof news_sites / sizeof *news_sites; i++) {
		size_t k = strlen(news_sites[i].host);
		/* The site or one of its sections' hosts (tuoitre.vn, congly.tuoitre.vn). */
		if (n >= k && strncasecmp(h + n - k, news_sites[i].host, k) == 0 &&
		    (n == k || h[n - k - 1] == '.')) {
			*name = news_sites[i].name;
			return 1;
		}
	}
	return n > 3 && strncasecmp(h, "bao", 3) == 0 && memchr(h, '.', n) != NULL;
}

/* The URL a citation gives: the page's canonical URL, else the one it was
 * fetched from; none for a local file. */
static void add_url(struct entry *e, const struct idx_record *r)
{
	if (record_is_web(r))
		add_clean(&e->url, is_web(r->canonical_url) ? r->canonical_url : r->source);
}

/* A regulation's title as Vietnamese bibliographies give it: its type and
 * subject ("Bộ luật Lao động"; "Nghị định sửa đổi, bổ sung …", a heading's
 * "Thực hiện …" in lower case after the type; "Quy định về đối tượng …",
 * the "về" its mentions were read after), or its type and number when no
 * subject is known. A subject only a letterhead in capitals gave (a card
 * stored before ingest read it as the title does) reads as a sentence, the
 * proper names of the table kept. */
static void legislation_title(struct entry *e, const char *type, const char *subject,
			      const char *number)
{
	struct buf subj = BUF_INIT, t = BUF_INIT;
	add_clean(&subj, subject);
	if (subj.len && !text_has_ascii_lower(subj.p, subj.len) &&
	    text_proper_case(subj.p, subj.len, NULL, 0, &t) == 0) {
		buf_reset(&subj);
		buf_add(&subj, t.p, t.len);
	}
	if (type)
		add_clean(&e->title, type);
	if (subj.len && !e->title.len) {
		buf_add(&e->title, subj.p, subj.len);
	} else if (subj.len) {
		buf_reset(&t);
		cite_regulation_name(e->title.p, subj.p, subj.len, &t);
		buf_reset(&e->title);
		buf_add(&e->title, t.p, t.len);
	} else if (number) {
		buf_adds(&e->title, e->title.len ? " số " : "");
		add_clean(&e->title, number);
	}
	buf_release(&subj);
	buf_release(&t);
}

/* A stable key from the type, the number and the year, in ASCII:
 * "quydinh-57-qd-tw-2022", "boluat-45-2019-qh14". */
static void legislation_key(struct entry *e, const char *type)
{
	if (type)
		add_key_words(&e->key, type, 0);
	/* The type's words run together: "quydinh", not "quy-dinh". */
	size_t w = 0;
	for (size_t i = 0; i < e->key.len; i++)
		if (e->key.p[i] != '-')
			e->key.p[w++] = e->key.p[i];
	e->key.len = w;
	if (e->key.p)
		e->key.p[w] = '\0';
	add_key_words(&e->key, e->number.p ? e->number.p : "", 0);
	char year[8];
	snprintf(year, sizeof year, "%d", e->date[0]);
	if (e->date[0] && !strstr(e->number.p ? e->number.p : "", year))
		buf_addf(&e->key, "-%s", year);
}

/* The value a card's mentions agree on; a field they dispute (conflicts)
 * counts only when the letterhead says it. */
static const char *card_value(const struct idx_card *c, const struct idx_vote *v, size_t n,
			      const char *field)
{
	if (!n || !v[0].value || !*v[0].value)
		return NULL;
	if (!v[0].letterhead && c->conflicts) {
		size_t len = strlen(field);
		for (const char *s = c->conflicts; (s = strstr(s, field)) != NULL; s += len)
			if ((s == c->conflicts || s[-1] == ',') && (s[len] == ',' || !s[len]))
				return NULL;
	}
	return v[0].value;
}

/* A number that carries its year ("13/2023/NĐ-CP") was issued in it: the
 * year to cite when no day is known (or the mentions dispute it), rather
 * than none. */
static void year_of_number(const char *number, int date[3])
{
	const char *slash = number ? strchr(number, '/') : NULL;
	if (date[0] || !slash || strspn(slash + 1, "0123456789") != 4 || slash[5] != '/')
		return;
	date[0] = atoi(slash + 1);
	date[1] = date[2] = 0;
}

static void entry_from_card(struct entry *e, const struct idx_card *c,
			    const struct idx_record *source, const struct idx_card *others,
			    size_t nothers);

static const char *card_field(const struct idx_card *c, int f)
{
	return f == 0	? card_value(c, c->issuers, c->nissuers, "issuer")
	       : f == 1 ? card_value(c, c->subjects, c->nsubjects, "subject")
			: card_value(c, c->dates, c->ndates, "date");
}

/* A number that names several documents (every province's 98/2025/QĐ-UBND,
 * the two laws of 1994 numbered 35-L/CTN) gives each of those whose key
 * would be the same its own: what tells its card apart from theirs, its
 * issuer's place ("…-ha-tinh"), else its subject's first words
 * ("…-khuyen-khich-dau"), else its day. */
static void key_apart(struct entry *e, const struct idx_card *c, const struct idx_card *others,
		      size_t nothers)
{
	char *same = nothers ? xcalloc(nothers, 1) : NULL;
	int any = 0;
	for (size_t k = 0; k < nothers; k++) {
		if (&others[k] == c || strcmp(others[k].canonical, c->canonical) != 0)
			continue;
		struct entry o = { 0 };
		entry_from_card(&o, &others[k], NULL, NULL, 0);
		same[k] = o.key.len == e->key.len && memcmp(o.key.p, e->key.p, o.key.len) == 0;
		any |= same[k];
		entry_release(&o);
	}
	int f = 0;
	const char *v = NULL;
	for (; any && f < 3; f++) {
		v = card_field(c, f);
		for (size_t k = 0; v && k < nothers; k++) {
			const char *theirs = same[k] ? card_field(&others[k], f) : NULL;
			if (theirs && strcmp(theirs, v) == 0)
				v = NULL;
		}
		if (v)
			break;
	}
	free(same);
	if (!any || !v)
		return;
	struct buf w = BUF_INIT;
	add_key_words(&w, v, f == 1 ? 3 : 0);
	const char *from = w.p;
	/* The issuer's last two words: its place. */
	for (int dashes = 0, i = (int)w.len - 1; f == 0 && i >= 0; i--)
		if (w.p[i] == '-' && ++dashes == 2) {
			from = w.p + i + 1;
			break;
		}
	if (from && *from)
		buf_addf(&e->key, "-%s", from);
	buf_release(&w);
}

static void entry_from_card(struct entry *e, const struct idx_card *c,
			    const struct idx_record *source, const struct idx_card *others,
			    size_t nothers)
{
	e->kind = ENTRY_LEGISLATION;
	const char *type = query_card_type(c);
	add_clean(&e->number, c->canonical);
	add_clean(&e->issuer, card_value(c, c->issuers, c->nissuers, "issuer"));
	read_date(card_value(c, c->dates, c->ndates, "date"), e->date);
	year_of_number(c->canonical, e->date);
	legislation_title(e, type, card_value(c, c->subjects, c->nsubjects, "subject"), c->canonical);
	legislation_key(e, type);
	key_apart(e, c, others, nothers);
	add_url(e, source);
}

static void entry_from_record(struct entry *e, const struct idx_record *r,
			      const struct query_regs *regs)
{
	if (regs && regs->own.number) {
		/* A regulation's own text without its card: what its letterhead
		 * says, and its title as stored. */
		e->kind = ENTRY_LEGISLATION;
		add_clean(&e->number, regs->own.number);
		add_clean(&e->issuer, regs->own.issuer);
		read_date(regs->own.date, e->date);
		year_of_number(regs->own.number, e->date);
		add_clean(&e->title, r->title);
		legislation_key(e, regs->own.type);
		add_url(e, r);
		return;
	}
	e->kind = record_is_web(r) ? ENTRY_WEBPAGE : ENTRY_DOCUMENT;
	const char *paper = NULL;
	if (e->kind == ENTRY_WEBPAGE &&
	    news_site(is_web(r->canonical_url) ? r->canonical_url : r->source, &paper))
		e->kind = ENTRY_NEWS;
	add_clean(&e->title, r->title);
	/* A publication date whose year was a guess is no date to cite. */
	if (r->issue_date)
		read_date(r->issue_date, e->date);
	else if (!r->date_inferred)
		read_date(r->date, e->date);
	add_url(e, r);
	if (e->kind != ENTRY_DOCUMENT)
		add_clean(&e->site, r->site_name);
	if (!e->site.len)
		add_clean(&e->site, paper);
	/* A title's first words are no identity: 6 pages of one search for
	 * "thuế" began "Cục Thuế nhận được …", "Luật Thuế thu nhập …",
	 * "Điểm mới Nghị định …", and a reference manager keeps one entry
	 * of a key (h14f). The content digest's first digits make it one,
	 * the same in every export of the text. */
	add_key_words(&e->key, e->title.p ? e->title.p : "", 4);
	if (!e->key.len)
		buf_adds(&e->key, "doc");
	if (e->date[0])
		buf_addf(&e->key, "-%d", e->date[0]);
	if (r->hash && *r->hash)
		buf_addf(&e->key, "-%.4s", r->hash);
}

/* ---- CSL-JSON ---------------------------------------------------------------- */

static void csl_str(struct buf *out, const char *name, const struct buf *v)
{
	if (!v->len)
		return;
	buf_addf(out, ",\n    \"%s\": ", name);
	buf_add_json_string(out, v->p, v->len);
}

static void write_csl(struct buf *out, size_t i, const struct entry *e)
{
	static const char *const types[] = { "legislation", "webpage", "document", "article-newspaper" };
	buf_adds(out, i ? ",\n  {\n    \"id\": " : "\n  {\n    \"id\": ");
	buf_add_json_string(out, e->key.p ? e->key.p : "", e->key.len);
	buf_addf(out, ",\n    \"type\": \"%s\"", types[e->kind]);
	csl_str(out, "title", &e->title);
	csl_str(out, "number", &e->number);
	if (e->issuer.len) {
		/* A joint text's bodies are its authors each. */
		buf_adds(out, ",\n    \"author\": [");
		for (const char *p = e->issuer.p; p;) {
			const char *part = p;
			size_t n = cite_joint_part(part, &p);
			buf_adds(out, part == e->issuer.p ? "{\"literal\": " : ", {\"literal\": ");
			buf_add_json_string(out, part, n);
			buf_addc(out, '}');
		}
		buf_addc(out, ']');
		csl_str(out, "authority", &e->issuer);
	}
	if (e->date[0]) {
		buf_addf(out, ",\n    \"issued\": {\"date-parts\": [[%d", e->date[0]);
		for (int k = 1; k < 3 && e->date[k]; k++)
			buf_addf(out, ", %d", e->date[k]);
		buf_adds(out, "]]}");
	}
	csl_str(out, "container-title", &e->site);
	csl_str(out, "URL", &e->url);
	if (e->kind == ENTRY_LEGISLATION)
		buf_adds(out, ",\n    \"jurisdiction\": \"vn\",\n    \"language\": \"vi\"");
	buf_adds(out, "\n  }");
}

/* ---- biblatex ----------------------------------------------------------------- */

/* A field's text with LaTeX's special characters escaped; Vietnamese kept
 * as UTF-8 (biber and LuaLaTeX/XeLaTeX read it; inputenc does too). A
 * double quote is braced: babel makes it active in some languages. */
static void bib_escaped(struct buf *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		switch (c) {
		case '\\': buf_adds(out, "\\textbackslash{}"); break;
		case '^': buf_adds(out, "\\textasciicircum{}"); break;
		case '~': buf_adds(out, "\\textasciitilde{}"); break;
		case '"': buf_adds(out, "{\"}"); break;
		case '{': case '}': case '%': case '$': case '&': case '#': case '_':
			buf_addc(out, '\\');
			buf_addc(out, c);
			break;
		default: buf_addc(out, c);
		}
	}
}

static void bib_field(struct buf *out, const char *name, const struct buf *v)
{
	if (!v->len)
		return;
	buf_addf(out, "  %-8s = {", name);
	bib_escaped(out, v->p, v->len);
	buf_adds(out, "},\n");
}

/* The issuing bodies as biblatex's name list: each braced, so a body is
 * never split into a person's names, joined by " and " (a joint text's). */
static void bib_authors(struct buf *out, const struct buf *v)
{
	if (!v->len)
		return;
	buf_addf(out, "  %-8s = {", "author");
	for (const char *p = v->p; p;) {
		const char *part = p;
		size_t n = cite_joint_part(part, &p);
		buf_adds(out, part == v->p ? "{" : " and {");
		bib_escaped(out, part, n);
		buf_addc(out, '}');
	}
	buf_adds(out, "},\n");
}

/* A URL is read verbatim by biblatex: escaping would stay in it. Only what
 * would unbalance the field or end it is percent-encoded. */
static void bib_url(struct buf *out, const struct buf *v)
{
	if (!v->len)
		return;
	buf_addf(out, "  %-8s = {", "url");
	for (size_t i = 0; i < v->len; i++) {
		unsigned char c = (unsigned char)v->p[i];
		if (c == '{' || c == '}' || c == '\\' || c == ' ')
			buf_addf(out, "%%%02X", c);
		else
			buf_addc(out, (char)c);
	}
	buf_adds(out, "},\n");
}

static void write_bib(struct buf *out, size_t i, const struct entry *e)
{
	/* A newspaper's article: biblatex's @article with entrysubtype
	 * newspaper, the paper as its journaltitle. */
	static const char *const types[] = { "legislation", "online", "misc", "article" };
	if (i)
		buf_addc(out, '\n');
	buf_addf(out, "@%s{%s,\n", types[e->kind], e->key.p ? e->key.p : "");
	bib_authors(out, &e->issuer);
	bib_field(out, "title", &e->title);
	bib_field(out, "number", &e->number);
	if (e->date[0]) {
		buf_addf(out, "  %-8s = {%04d", "date", e->date[0]);
		for (int k = 1; k < 3 && e->date[k]; k++)
			buf_addf(out, "-%02d", e->date[k]);
		buf_adds(out, "},\n");
	}
	if (e->kind == ENTRY_NEWS) {
		bib_field(out, "journaltitle", &e->site);
		buf_addf(out, "  %-8s = {newspaper},\n", "entrysubtype");
	} else {
		bib_field(out, "organization", &e->site);
	}
	bib_url(out, &e->url);
	if (e->kind == ENTRY_LEGISLATION)
		buf_addf(out, "  %-8s = {%s},\n", "langid", "vietnamese");
	buf_adds(out, "}\n");
}

/* ---- RIS ---------------------------------------------------------------------- */

static void ris_line(struct buf *out, const char *tag, const struct buf *v)
{
	if (!v->len)
		return;
	buf_addf(out, "%s  - ", tag);
	buf_add(out, v->p, v->len);
	buf_addc(out, '\n');
}

/* Tags as Zotero's RIS translator maps them for a Statute (TI nameOfAct,
 * AU author, DA/PY dateEnacted, M1 publicLawNumber), a Web Page (T2
 * websiteTitle) and a Newspaper Article (NEWS: T2 publicationTitle). */
static void write_ris(struct buf *out, size_t i, const struct entry *e)
{
	static const char *const types[] = { "STAT", "ELEC", "GEN", "NEWS" };
	if (i)
		buf_addc(out, '\n');
	buf_addf(out, "TY  - %s\n", types[e->kind]);
	ris_line(out, "TI", &e->title);
	/* One AU a body: a joint text's each. Zotero reads an AU with no
	 * comma as one name (an institution, single-field) and splits any
	 * other at its first comma into a person's last and first names,
	 * with no escape (its RIS translator unescapes HTML before it
	 * splits): "Bộ Văn hóa, Thể thao và Du lịch" became the person
	 * "Thể thao và Du lịch Bộ Văn hóa". A body's comma is written as
	 * U+201A (‚, the low single quotation mark, a comma's glyph), so the
	 * body stays one name; CSL-JSON ("literal") and biblatex (braced)
	 * keep the comma itself. */
	for (const char *p = e->issuer.len ? e->issuer.p : NULL; p;) {
		const char *part = p;
		size_t n = cite_joint_part(part, &p);
		buf_adds(out, "AU  - ");
		for (size_t k = 0; k < n; k++)
			if (part[k] == ',')
				buf_adds(out, "\xE2\x80\x9A");
			else
				buf_addc(out, part[k]);
		buf_addc(out, '\n');
	}
	ris_line(out, "M1", &e->number);
	if (e->date[0]) {
		/* YYYY/MM/DD/, parts unknown left empty. */
		buf_addf(out, "DA  - %04d/", e->date[0]);
		for (int k = 1; k < 3; k++)
			if (e->date[k])
				buf_addf(out, "%02d/", e->date[k]);
			else
				buf_addc(out, '/');
		buf_addf(out, "\nPY  - %04d\n", e->date[0]);
	}
	ris_line(out, "T2", &e->site);
	ris_line(out, "UR", &e->url);
	if (e->kind == ENTRY_LEGISLATION)
		buf_adds(out, "LA  - vi\n");
	buf_adds(out, "ER  - \n");
}

/* ---- the interface ---------------------------------------------------------- */

static const struct {
	const char *name, *mime, *ext;
} formats[] = {
	[QUERY_EXPORT_CSL_JSON] = { "csl-json", "application/vnd.citationstyles.csl+json; charset=utf-8", "json" },
	[QUERY_EXPORT_BIBTEX] = { "bibtex", "application/x-bibtex; charset=utf-8", "bib" },
	[QUERY_EXPORT_RIS] = { "ris", "application/x-research-info-systems; charset=utf-8", "ris" },
};

int query_export_format_parse(const char *name, enum query_export_format *out)
{
	static const struct {
		const char *name;
		enum query_export_format f;
	} names[] = {
		{ "csl-json", QUERY_EXPORT_CSL_JSON }, { "csl", QUERY_EXPORT_CSL_JSON },
		{ "json", QUERY_EXPORT_CSL_JSON },     { "bibtex", QUERY_EXPORT_BIBTEX },
		{ "biblatex", QUERY_EXPORT_BIBTEX },   { "bib", QUERY_EXPORT_BIBTEX },
		{ "ris", QUERY_EXPORT_RIS },
	};
	for (size_t i = 0; name && i < sizeof names / sizeof *names; i++)
		if (strcasecmp(name, names[i].name) == 0) {
			*out = names[i].f;
			return 0;
		}
	return -1;
}

const char *query_export_format_name(enum query_export_format f)
{
	return formats[f].name;
}

const char *query_export_mime(enum query_export_format f)
{
	return formats[f].mime;
}

const char *query_export_extension(enum query_export_format f)
{
	return formats[f].ext;
}

void query_export_begin(struct buf *out, enum query_export_format f)
{
	if (f == QUERY_EXPORT_CSL_JSON)
		buf_addc(out, '[');
}

void query_export_end(struct buf *out, enum query_export_format f)
{
	if (f == QUERY_EXPORT_CSL_JSON)
		buf_adds(out, "\n]\n");
}

static void write_entry(struct buf *out, enum query_export_format f, size_t i,
			const struct entry *e)
{
	switch (f) {
	case QUERY_EXPORT_CSL_JSON: write_csl(out, i, e); break;
	case QUERY_EXPORT_BIBTEX: write_bib(out, i, e); break;
	case QUERY_EXPORT_RIS: write_ris(out, i, e); break;
	}
}

void query_export_card(struct buf *out, enum query_export_format f, size_t i,
		       const struct idx_card *c, const struct idx_record *source,
		       const struct idx_card *others, size_t nothers)
{
	struct entry e = { 0 };
	entry_from_card(&e, c, source, others, nothers);
	write_entry(out, f, i, &e);
	entry_release(&e);
}

void query_export_record(struct buf *out, enum query_export_format f, size_t i,
			 const struct idx_record *r, const struct query_regs *regs)
{
	struct entry e = { 0 };
	entry_from_record(&e, r, regs);
	write_entry(out, f, i, &e);
	entry_release(&e);
}

int query_export_document(idx_db *db, struct buf *out, enum query_export_format f, size_t i,
			  const struct idx_record *r, char **err)
{
	struct query_regs regs;
	/* The own number only: no range of cited numbers. */
	if (query_regs_read(db, r, 0, 0, NULL, &regs, err) < 0)
		return -1;
	struct idx_card *cards = NULL;
	size_t ncards = 0;
	int rc = regs.own.number ? idx_cards_get(db, regs.own.number, &cards, &ncards, err) : 1;
	if (rc < 0) {
		query_regs_release(&regs);
		return -1;
	}
	const struct idx_card *card = NULL;
	for (size_t k = 0; rc == 0 && k < ncards; k++)
		if (cards[k].source_docid == r->docid)
			card = &cards[k];
	/* A copy of the card's own text (another source, another format:
	 * SLOT_TEXT_OF the same, as a search collapses them) is cited as that
	 * text is, so the copy a search shows first and its card agree. */
	char *key = NULL;
	size_t klen = 0;
	if (!card && rc == 0 && ncards &&
	    idx_get_value(db, r->docid, SLOT_TEXT_OF, &key, &klen, err) < 0)
		goto failed;
	for (size_t k = 0; key && klen && !card && k < ncards; k++) {
		char *v = NULL;
		size_t vlen = 0;
		if (!cards[k].source_docid)
			continue;
		if (idx_get_value(db, cards[k].source_docid, SLOT_TEXT_OF, &v, &vlen, err) < 0)
			goto failed;
		if (v && vlen == klen && memcmp(v, key, klen) == 0)
			card = &cards[k];
		free(v);
	}
	free(key);
	if (card)
		query_export_card(out, f, i, card, r, cards, ncards);
	else
		query_export_record(out, f, i, r, &regs);
	idx_cards_release(cards, ncards);
	query_regs_release(&regs);
	return 0;
failed:
	free(key);
	idx_cards_release(cards, ncards);
	query_regs_release(&regs);
	return -1;
}
