/* format.c — results and records as text for people and JSON Lines for
 * scripts. The JSON field names are part of the interface (README). */
#include "query/query_int.h"

#include <stdlib.h>
#include <string.h>

#include "text/text.h"

#define BOLD_ON "\033[1m"
#define BOLD_OFF "\033[0m"

/* Code points in s[0..len): JSON consumers index strings by character. */
static size_t chars(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

static void add_marked(struct buf *out, const struct query_excerpt *e, int bold)
{
	size_t pos = 0;
	for (size_t i = 0; i < e->nmarks; i++) {
		buf_add(out, e->text + pos, e->marks[i].start - pos);
		buf_adds(out, bold ? BOLD_ON : "«");
		buf_add(out, e->text + e->marks[i].start, e->marks[i].end - e->marks[i].start);
		buf_adds(out, bold ? BOLD_OFF : "»");
		pos = e->marks[i].end;
	}
	buf_adds(out, e->text + pos);
}

/* The date a document is filtered and sorted by: a regulation's own text's
 * issue date, else the page's publication date, whose year may be a guess
 * from the text (said so). */
static const char *shown_date(const struct idx_record *r, int *inferred)
{
	*inferred = !r->issue_date && r->date_inferred;
	return r->issue_date ? r->issue_date : r->date;
}

static void add_date(struct buf *out, const struct idx_record *r, const char *after)
{
	int inferred;
	const char *date = shown_date(r, &inferred);
	if (!date)
		return;
	buf_addf(out, "%s%s%s", date, inferred ? " (year inferred)" : "", after);
}

static void json_date_fields(struct buf *out, const struct idx_record *r);

/* Titles and paths are stored as found; show them composed, on one line,
 * without control characters (text_shown). */
static void add_nfc(struct buf *out, const char *s)
{
	text_shown(s, strlen(s), 0, out);
}

/* "   also: <source> · id N, …": the other copies of a text listed once. */
static void copies_text(struct buf *out, const struct query_copy *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		buf_adds(out, i ? ", " : "   also: ");
		add_nfc(out, c[i].source);
		buf_addf(out, " · id %u", c[i].docid);
		if (i + 1 == n)
			buf_addc(out, '\n');
	}
}

/* PDF text keeps a form feed where each page after the first starts, and
 * the record lists where (r->pages): the page a passage is on, or 0 for
 * texts without pages. */
static unsigned page_at(const struct idx_record *r, size_t offset)
{
	if (!r->pages || !*r->pages)
		return 0;
	unsigned page = 1;
	for (const char *p = r->pages; *p;) {
		char *end;
		unsigned long long at = strtoull(p, &end, 10);
		if (end == p || at >= offset)
			break;
		page++;
		p = end;
	}
	return page;
}

/* A regulation's own text: "Nghị định 89/2021/NĐ-CP · Chính phủ · 2021-10-18";
 * one without a number, "Hiến pháp · Quốc hội · 2013-11-28". */
static void add_own(struct buf *out, const struct query_reg *own)
{
	if (own->type) {
		add_nfc(out, own->type);
		if (own->number)
			buf_addc(out, ' ');
	}
	if (own->number)
		add_nfc(out, own->number);
	if (own->issuer) {
		buf_adds(out, " · ");
		add_nfc(out, own->issuer);
	}
	if (own->date)
		buf_addf(out, " · %s", own->date);
}

/* The lines under a document's title, the one home of a search result's
 * and a citing document's (`cite`): a regulation's own text says what it
 * is on a line of its own ("Nghị định 89/2021/NĐ-CP · Chính phủ ·
 * 2021-10-18", whose date the next line then does not repeat), then its
 * date, source, page (0: none said) and id. */
static void add_doc_lines(struct buf *out, const struct idx_record *rec,
			  const struct query_reg *own, unsigned page)
{
	buf_adds(out, "\n   ");
	if (own->number || own->type) {
		add_own(out, own);
		buf_adds(out, "\n   ");
		if (!own->date)
			add_date(out, rec, " · ");
	} else {
		add_date(out, rec, " · ");
	}
	add_nfc(out, rec->source);
	if (page)
		buf_addf(out, ", page %u", page);
	buf_addf(out, " · id %u\n", rec->docid);
}

/* "57-NQ/TW (Bộ Chính trị), 89/2021/NĐ-CP (Chính phủ)": at most max, then
 * how many more. */
static void add_cites(struct buf *out, const struct query_regs *regs, size_t max)
{
	for (size_t i = 0; i < regs->ncites && i < max; i++) {
		const struct query_reg *c = &regs->cites[i];
		buf_adds(out, i ? ", " : "");
		add_nfc(out, c->number);
		if (c->issuer) {
			buf_adds(out, " (");
			add_nfc(out, c->issuer);
			buf_addc(out, ')');
		}
	}
	if (regs->ncites > max)
		buf_addf(out, " and %zu more", regs->ncites - max);
}

static void json_nfc_field(struct buf *out, const char *name, const char *v);

/* A text that is one article is titled by it ("Điều 21. Nội dung …"). */
static int title_names_article(const char *title, const char *number)
{
	size_t n = strlen(number);
	return strncmp(title, "Điều ", strlen("Điều ")) == 0 &&
	       strncmp(title + strlen("Điều "), number, n) == 0 &&
	       strchr(".: ", title[strlen("Điều ") + n]) && title[strlen("Điều ") + n];
}

void query_format_article_text(struct buf *out, const struct query_article *a)
{
	buf_adds(out, "Điều ");
	add_nfc(out, a->number);
	buf_addc(out, '.');
	if (*a->heading) {
		buf_addc(out, ' ');
		add_nfc(out, a->heading);
	}
	if (a->clause && a->point[0])
		buf_addf(out, " (khoản %u, điểm %s)", a->clause, a->point);
	else if (a->clause)
		buf_addf(out, " (khoản %u)", a->clause);
}

void query_format_article_passage_text(struct buf *out, const struct idx_record *src,
				       const struct query_article *a, size_t from, size_t to)
{
	/* The text as stored, without the blank lines that end it. */
	while (to > from && (src->text[to - 1] == '\n' || src->text[to - 1] == ' ' ||
			     src->text[to - 1] == '\f'))
		to--;
	query_format_article_text(out, a);
	buf_adds(out, ", ");
	add_nfc(out, src->source);
	buf_addf(out, " · id %u\n", src->docid);
	text_shown(src->text + from, to - from, 1, out);
	buf_addc(out, '\n');
}

void query_format_article_passage_json(struct buf *out, const struct idx_record *src,
				       const struct query_article *a, size_t from, size_t to)
{
	struct buf t = BUF_INIT;
	query_format_article_json(out, a);
	text_shown(src->text + from, to - from, 1, &t);
	buf_adds(out, ",\"article_text\":");
	buf_add_json_string(out, t.p ? t.p : "", t.len);
	buf_release(&t);
}

void query_format_cited_articles_json(struct buf *out, const struct query_article_count *a,
				      size_t n)
{
	buf_adds(out, ",\"cited_articles\":[");
	for (size_t i = 0; i < n; i++) {
		buf_adds(out, i ? ",{\"article\":" : "{\"article\":");
		buf_add_json_string(out, a[i].number, strlen(a[i].number));
		buf_addf(out, ",\"mentions\":%u}", a[i].count);
	}
	buf_addc(out, ']');
}

void query_format_article_json(struct buf *out, const struct query_article *a)
{
	buf_adds(out, ",\"article\":");
	if (!a->number) {
		buf_adds(out, "null");
		return;
	}
	buf_adds(out, "{\"number\":");
	buf_add_json_string(out, a->number, strlen(a->number));
	json_nfc_field(out, "heading", a->heading);
	if (a->clause)
		buf_addf(out, ",\"clause\":\"%u\"", a->clause);
	else
		buf_adds(out, ",\"clause\":null");
	/* Only when a point is named: older readers see the same object. */
	if (a->point[0])
		buf_addf(out, ",\"point\":\"%s\"", a->point);
	buf_addc(out, '}');
}

void query_format_hit_text(struct buf *out, const struct query_hit *h, int bold)
{
	buf_addf(out, "%u. ", h->rank);
	if (bold)
		buf_adds(out, BOLD_ON);
	add_nfc(out, *h->rec.title ? h->rec.title : "(no title)");
	if (bold)
		buf_adds(out, BOLD_OFF);
	add_doc_lines(out, &h->rec, &h->regs.own, page_at(&h->rec, h->excerpt.source_start));
	if (h->article.number && !title_names_article(h->rec.title, h->article.number)) {
		buf_adds(out, "   ");
		query_format_article_text(out, &h->article);
		buf_addc(out, '\n');
	}
	if (h->excerpt.text && *h->excerpt.text) {
		buf_adds(out, "   ");
		add_marked(out, &h->excerpt, bold);
		buf_addc(out, '\n');
	}
	if (h->regs.ncites) {
		buf_adds(out, "   cites: ");
		add_cites(out, &h->regs, h->regs.ncites);
		buf_addc(out, '\n');
	}
	/* One result per text: where else the collection holds it. */
	copies_text(out, h->copies, h->ncopies);
}

static void json_field_str(struct buf *out, const char *name, const char *v)
{
	buf_adds(out, ",\"");
	buf_adds(out, name);
	buf_adds(out, "\":");
	if (v)
		buf_add_json_string(out, v, strlen(v));
	else
		buf_adds(out, "null");
}

/* ,"copies":[{id, source}…] */
static void copies_json(struct buf *out, const struct query_copy *c, size_t n)
{
	buf_adds(out, ",\"copies\":[");
	for (size_t i = 0; i < n; i++) {
		buf_addf(out, "%s{\"id\":%u", i ? "," : "", c[i].docid);
		json_field_str(out, "source", c[i].source);
		buf_addc(out, '}');
	}
	buf_addc(out, ']');
}

static void json_nfc_field(struct buf *out, const char *name, const char *v)
{
	struct buf t = BUF_INIT;
	add_nfc(&t, v);
	json_field_str(out, name, t.p ? t.p : "");
	buf_release(&t);
}

static void json_nfc_or_null(struct buf *out, const char *name, const char *v)
{
	if (v)
		json_nfc_field(out, name, v);
	else
		json_field_str(out, name, NULL);
}

/* "date" and "date_inferred": true when the year is a guess from the text. */
static void json_date_fields(struct buf *out, const struct idx_record *r)
{
	int inferred;
	json_field_str(out, "date", shown_date(r, &inferred));
	buf_adds(out, inferred ? ",\"date_inferred\":true" : ",\"date_inferred\":false");
}

/* A value that may join several (a joint text's bodies or signers,
 * CITE_JOINT_SEP) as the array scripts read beside it: "issuers": ["Bộ
 * Công an", "Bộ Quốc phòng"]; one for a single body, [] for none. */
static void json_parts(struct buf *out, const char *name, const char *v)
{
	buf_adds(out, ",\"");
	buf_adds(out, name);
	buf_adds(out, "\":[");
	for (const char *p = v && *v ? v : NULL; p;) {
		const char *part = p;
		size_t n = cite_joint_part(part, &p);
		struct buf t = BUF_INIT;
		text_shown(part, n, 0, &t);
		buf_adds(out, part == v ? "" : ",");
		buf_add_json_string(out, t.p ? t.p : "", t.len);
		buf_release(&t);
	}
	buf_addc(out, ']');
}

/* "number", "type", "issuer", "signer" of a regulation's own text (null
 * for other texts), and the bodies and signers one by one. */
static void json_own_fields(struct buf *out, const struct query_regs *regs)
{
	const struct query_reg *own = regs ? &regs->own : NULL;
	int is = own && (own->number || own->type);
	json_nfc_or_null(out, "number", is ? own->number : NULL);
	json_nfc_or_null(out, "type", is ? own->type : NULL);
	json_nfc_or_null(out, "issuer", is ? own->issuer : NULL);
	json_parts(out, "issuers", is ? own->issuer : NULL);
	json_nfc_or_null(out, "signer", is ? own->signer : NULL);
	json_parts(out, "signers", is ? own->signer : NULL);
}

/* "cites": [{"number", "type", "issuer", "date"}…]. */
static void json_cites(struct buf *out, const struct query_regs *regs)
{
	buf_adds(out, ",\"cites\":[");
	for (size_t i = 0; regs && i < regs->ncites; i++) {
		const struct query_reg *c = &regs->cites[i];
		buf_adds(out, i ? "," : "");
		buf_adds(out, "{\"number\":");
		buf_add_json_string(out, c->number, strlen(c->number));
		json_nfc_or_null(out, "type", c->type);
		json_nfc_or_null(out, "issuer", c->issuer);
		json_parts(out, "issuers", c->issuer);
		json_field_str(out, "date", c->date);
		buf_addc(out, '}');
	}
	buf_addc(out, ']');
}

void query_json_typed(struct buf *out, const char *typed, size_t len)
{
	/* Composed: a query typed decomposed (NFD, as some keyboards and
	 * pastes give it) is echoed as every other text is written. */
	struct buf t = BUF_INIT;
	if (text_nfc(typed, len, &t) == 0)
		buf_add_json_string(out, t.p, t.len);
	else
		buf_add_json_string(out, typed, len);
	buf_release(&t);
}

void query_format_error_json(struct buf *out, const char *typed, const char *fields,
			     const char *why)
{
	buf_adds(out, "{\"query\":");
	query_json_typed(out, typed, strlen(typed));
	buf_addf(out, ",%s\"error\":", fields);
	buf_add_json_string(out, why, strlen(why));
	buf_adds(out, "}\n");
}

void query_format_not_cited_json(struct buf *out, const char *typed, const char *canonical,
				 const char *why)
{
	struct buf fields = BUF_INIT;
	buf_adds(&fields, "\"found\":false,\"number\":");
	if (canonical && *canonical)
		buf_add_json_string(&fields, canonical, strlen(canonical));
	else
		buf_adds(&fields, "null");
	buf_addc(&fields, ',');
	query_format_error_json(out, typed, fields.p, why);
	buf_release(&fields);
}

void query_format_hit_json(struct buf *out, const struct query_hit *h)
{
	query_format_hit_json_object(out, h);
	buf_addc(out, '\n');
}

void query_format_hit_json_object(struct buf *out, const struct query_hit *h)
{
	buf_adds(out, "{\"rank\":");
	buf_add_uint(out, h->rank);
	buf_adds(out, ",\"id\":");
	buf_add_uint(out, h->rec.docid);
	buf_addf(out, ",\"score\":%.4f", h->score);
	json_nfc_field(out, "title", h->rec.title);
	json_date_fields(out, &h->rec);
	json_own_fields(out, &h->regs);
	json_field_str(out, "source", h->rec.source);
	json_field_str(out, "format", h->rec.format);
	const struct query_excerpt *e = &h->excerpt;
	json_field_str(out, "excerpt", e->text ? e->text : "");
	unsigned page = page_at(&h->rec, e->source_start);
	if (page) {
		buf_adds(out, ",\"page\":");
		buf_add_uint(out, page);
	} else
		buf_adds(out, ",\"page\":null");
	buf_adds(out, ",\"highlights\":[");
	/* Marks come in order: characters counted on from the last one. */
	size_t counted = 0, upto = 0;
	for (size_t i = 0; i < e->nmarks; i++) {
		if (e->marks[i].start < upto)
			counted = upto = 0;
		counted += chars(e->text + upto, e->marks[i].start - upto);
		upto = e->marks[i].start;
		size_t s = counted;
		size_t n = chars(e->text + e->marks[i].start, e->marks[i].end - e->marks[i].start);
		buf_adds(out, i ? ",[" : "[");
		buf_add_uint(out, s);
		buf_addc(out, ',');
		buf_add_uint(out, s + n);
		buf_addc(out, ']');
	}
	buf_addc(out, ']');
	query_format_article_json(out, &h->article);
	json_cites(out, &h->regs);
	copies_json(out, h->copies, h->ncopies);
	buf_addc(out, '}');
}

static void record_line(struct buf *out, const char *label, const char *v)
{
	if (!v)
		return;
	buf_addf(out, "%-8s ", label);
	add_nfc(out, v);
	buf_addc(out, '\n');
}

/* The numbers a whole text cites can run to hundreds: the text lists this
 * many, the JSON all. */
#define RECORD_CITES_SHOWN 10

void query_format_record_text(struct buf *out, const struct idx_record *r,
			      const struct query_regs *regs)
{
	buf_addf(out, "id:      %u\n", r->docid);
	buf_adds(out, "source:  ");
	add_nfc(out, r->source);
	buf_adds(out, "\ntitle:   ");
	add_nfc(out, r->title);
	buf_addc(out, '\n');
	if (regs && (regs->own.number || regs->own.type)) {
		record_line(out, "number:", regs->own.number);
		record_line(out, "type:", regs->own.type);
		record_line(out, "issuer:", regs->own.issuer);
		record_line(out, "signer:", regs->own.signer);
	}
	buf_adds(out, "date:    ");
	if (r->date || r->issue_date)
		add_date(out, r, "\n");
	else
		buf_adds(out, "unknown\n");
	buf_addf(out, "format:  %s\n", r->format ? r->format : "unknown");
	buf_addf(out, "bytes:   %llu\n", r->bytes);
	buf_addf(out, "hash:    %s\n", r->hash ? r->hash : "");
	if (regs && regs->ncites) {
		buf_adds(out, "cites:   ");
		add_cites(out, regs, RECORD_CITES_SHOWN);
		buf_addc(out, '\n');
	}
	buf_addc(out, '\n');
	text_shown(r->text, r->text_len, 1, out);
	if (r->text_len && r->text[r->text_len - 1] != '\n')
		buf_addc(out, '\n');
}

static void record_json(struct buf *out, const struct idx_record *r,
			const struct query_regs *regs, const struct query_article *a, size_t from,
			size_t to);

void query_format_record_json(struct buf *out, const struct idx_record *r,
			      const struct query_regs *regs)
{
	record_json(out, r, regs, NULL, 0, r->text_len);
}

void query_format_record_article_json(struct buf *out, const struct idx_record *r,
				      const struct query_regs *regs,
				      const struct query_article *a, size_t from, size_t to)
{
	record_json(out, r, regs, a, from, to);
}

static void record_json(struct buf *out, const struct idx_record *r,
			const struct query_regs *regs, const struct query_article *a, size_t from,
			size_t to)
{
	struct buf t = BUF_INIT;
	buf_addf(out, "{\"id\":%u", r->docid);
	json_field_str(out, "source", r->source);
	json_nfc_field(out, "title", r->title);
	json_date_fields(out, r);
	json_own_fields(out, regs);
	json_field_str(out, "format", r->format);
	buf_addf(out, ",\"bytes\":%llu", r->bytes);
	json_field_str(out, "hash", r->hash);
	json_cites(out, regs);
	if (a)
		query_format_article_json(out, a);
	if (text_nfc(r->text + from, to - from, &t) < 0)
		buf_add(&t, r->text + from, to - from);
	buf_adds(out, ",\"text\":");
	buf_add_json_string(out, t.p ? t.p : "", t.len);
	buf_adds(out, "}\n");
	buf_release(&t);
}

/* ---- citation cards -------------------------------------------------------- */

const char *query_card_type(const struct idx_card *c)
{
	if (c->ntypes)
		return c->types[0].value;
	const char *kind = c->kind ? c->kind : "";
	enum cite_kind k = strcmp(kind, "party") == 0 ? CITE_PARTY
			   : strcmp(kind, "law") == 0	 ? CITE_LAW
							 : CITE_QPPL;
	/* No mention names its type: what its number's shape suggests. */
	return cite_type_guess(c->type_code ? c->type_code : "", k, c->issuer_code);
}

static void card_line(struct buf *out, const char *label, const struct idx_vote *v, size_t n,
		      unsigned mentions)
{
	buf_addf(out, "  %-13s ", label);
	if (!n) {
		buf_adds(out, "unknown\n");
		return;
	}
	add_nfc(out, v[0].value);
	if (v[0].letterhead)
		buf_adds(out, " (its letterhead");
	else
		buf_addf(out, " (%u of %u mention%s", v[0].support, mentions, mentions == 1 ? "" : "s");
	if (n > 1) {
		buf_adds(out, "; also ");
		for (size_t i = 1; i < n && i < 3; i++) {
			buf_adds(out, i > 1 ? ", " : "");
			add_nfc(out, v[i].value);
			buf_addf(out, " ×%u", v[i].support);
		}
		if (n > 3)
			buf_addf(out, " and %zu more", n - 3);
	}
	buf_adds(out, ")\n");
}

/* A relation as the card's number takes part in it: "replaced by",
 * "repealed in part by", "replaces", "consolidated in". */
static void relation_words(struct buf *out, const struct idx_relation *r)
{
	static const struct {
		const char *kind, *out, *in;
	} words[] = {
		{ "replaces", "replaces", "replaced" },  { "repeals", "repeals", "repealed" },
		{ "amends", "amends", "amended" },       { "guides", "guides", "guided" },
		{ "consolidates", "consolidates", "consolidated" },
		{ "suspends", "suspends", "suspended" },
		{ "based-on", "is based on", "grounds for" },
	};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
		if (strcmp(r->kind, words[i].kind) != 0)
			continue;
		if (!r->incoming) {
			buf_adds(out, words[i].out);
			if (r->scope[0]) {
				buf_adds(out, " (");
				add_nfc(out, r->scope);
				buf_adds(out, " of)");
			}
		} else if (strcmp(r->kind, "based-on") == 0) {
			buf_adds(out, words[i].in);
		} else {
			buf_adds(out, words[i].in);
			if (r->scope[0]) {
				buf_adds(out, " (");
				add_nfc(out, r->scope);
				buf_adds(out, ")");
			}
			buf_adds(out, strcmp(r->kind, "consolidates") == 0 ? " in" : " by");
		}
		return;
	}
	buf_adds(out, r->kind);
}

/* Per kind and direction, the relations a text card lists; the rest are
 * counted ("grounds for" may run to hundreds: --json has them all). */
#define CARD_RELATIONS_SHOWN 5

size_t query_card_relations_shown(const struct idx_card *c, size_t cap, size_t **order,
				  size_t *hidden)
{
	size_t shown[2][8] = { { 0 } }, n = 0;
	*hidden = 0;
	*order = c->nrelations ? xcalloc(c->nrelations, sizeof **order) : NULL;
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < c->nrelations; i++) {
			const struct idx_relation *r = &c->relations[i];
			if ((strcmp(r->kind, "based-on") == 0) != pass)
				continue;
			size_t k = (size_t)text_relation_from_name(r->kind) % 8;
			if (shown[r->incoming ? 1 : 0][k]++ >= cap)
				(*hidden)++;
			else
				(*order)[n++] = i;
		}
	return n;
}

/* Its effective date and status (with st's sentences when read), the
 * lines `search`'s card shows too. */
static void card_status_text(struct buf *out, const struct idx_card *c,
			     const struct query_standing *st)
{
	if (c->effective && *c->effective) {
		buf_addf(out, "  %-13s %s", "effective", c->effective);
		if (c->expires && *c->expires)
			buf_addf(out, " until %s", c->expires);
		if (st->eff_sentence && *st->eff_sentence) {
			buf_addf(out, " (id %u: \"", c->eff_docid);
			add_nfc(out, st->eff_sentence);
			buf_adds(out, "\")");
		}
		/* a portal's stated date over what its text said */
		if (c->eff_text && *c->eff_text) {
			buf_addf(out, "; its text says %s", c->eff_text);
			if (st->eff_text_sentence && *st->eff_text_sentence) {
				buf_addf(out, " (id %u: \"", c->efft_docid);
				add_nfc(out, st->eff_text_sentence);
				buf_adds(out, "\")");
			}
		}
		buf_addc(out, '\n');
	} else if (c->source_docid) {
		buf_addf(out, "  %-13s unknown (not stated in its text)\n", "effective");
	}
	for (size_t i = 0; i < c->nparts; i++) {
		buf_addf(out, "  %-13s ", i ? "" : "in part");
		add_nfc(out, c->parts[i].scope);
		buf_addf(out, " from %s", c->parts[i].date);
		const char *sent = i < st->nparts ? st->part_sentences[i] : NULL;
		if (sent && *sent) {
			buf_addf(out, " (id %u: \"", c->parts[i].docid);
			add_nfc(out, sent);
			buf_adds(out, "\")");
		}
		buf_addc(out, '\n');
	}
	buf_addf(out, "  %-13s %s", "status", query_state_name(st->state));
	if (st->state == QUERY_STATE_UNKNOWN) {
		/* Nothing here depends on the day: no "as of". */
		buf_adds(out, c->source_docid ? " (no effective date in its text)\n"
					      : " (its text is not indexed)\n");
	} else {
		if (st->by) {
			buf_adds(out, " by ");
			buf_adds(out, st->by->other);
			buf_adds(out, st->since[0] ? " from "
						   : " (from a date the collection does not show)");
			buf_adds(out, st->since);
			if (st->state == QUERY_STATE_SUSPENDED)
				buf_addf(out, st->suspended_until[0] ? " until %s"
					       : " (until a condition its text states)",
					 st->suspended_until);
		} else if (st->until) {
			buf_addf(out, " until %s, when %s %s it (its own text is not indexed: "
				      "in force by that act, issued %s)",
				 st->until->from, st->until->other,
				 strcmp(st->until->kind, "replaces") == 0 ? "replaces" : "repeals",
				 st->acted);
		} else if (st->state == QUERY_STATE_NOT_YET && c->ndates &&
			   strcmp(c->dates[0].value, st->as_of) > 0) {
			/* Asked of a day before it existed: say so, not only
			 * that its effective date is ahead. */
			buf_addf(out, " (not yet issued: issued %s, effective %s)",
				 c->dates[0].value, st->since);
		} else if (st->state == QUERY_STATE_IN_FORCE || st->state == QUERY_STATE_NOT_YET) {
			buf_addf(out, " (effective %s)", st->since);
		} else if (st->state == QUERY_STATE_EXPIRED) {
			buf_addf(out, " (its own text ends it %s)", st->since);
		}
		if (st->partial)
			buf_addf(out, "; %zu part%s replaced or repealed", st->partial,
				 st->partial == 1 ? "" : "s");
		buf_addf(out, " · as of %s\n", st->as_of);
		if (st->namesake) {
			buf_addf(out, "  %-13s a later %s %s is cited: %s", "", c->types[0].value,
				 c->subjects[0].value, st->namesake);
			if (st->namesake_date[0])
				buf_addf(out, " (issued %s)", st->namesake_date);
			buf_adds(out, "; its text is not indexed, so whether it replaces this one is "
				      "not known\n");
		}
	}
}

static void card_standing_text(struct buf *out, const struct idx_card *c,
			       const struct query_standing *st)
{
	card_status_text(out, c, st);
	/* The relations, whole acts first, each kind and direction capped. */
	size_t *order, hidden;
	size_t n = query_card_relations_shown(c, CARD_RELATIONS_SHOWN, &order, &hidden);
	for (size_t j = 0; j < n; j++) {
		size_t i = order[j];
		const struct idx_relation *r = &c->relations[i];
		int based = strcmp(r->kind, "based-on") == 0;
		buf_addf(out, "  %-13s ", j ? "" : "relations");
		relation_words(out, r);
		buf_adds(out, " ");
		add_nfc(out, r->other);
		if (r->by_name)
			buf_adds(out, r->incoming ? " (naming it by its name)" : " (by its name)");
		if (r->incoming && r->from[0] && !based)
			buf_addf(out, " from %s", r->from);
		buf_addf(out, " · id %u\n", r->docid);
		const char *sent = i < st->nsentences ? st->sentences[i] : NULL;
		if (sent && *sent) {
			buf_addf(out, "  %-13s   \"", "");
			add_nfc(out, sent);
			buf_adds(out, "\"\n");
		}
	}
	free(order);
	if (hidden)
		buf_addf(out, "  %-13s … and %zu more (--json lists them all)\n", "", hidden);
}

void query_format_card_text(struct buf *out, const struct idx_card *c,
			    const struct idx_record *source, const struct query_standing *st)
{
	query_format_card_standing_text(out, c, source, NULL, 0);
	if (st)
		card_status_text(out, c, st);
}

void query_cited_in_texts(struct buf *out, unsigned documents, unsigned long long texts, int vi)
{
	if (!texts || texts >= documents)
		return;
	if (vi)
		buf_addf(out, ", tính mọi bản sao; %llu văn bản khi gộp các bản sao, như danh sách dưới",
			 texts);
	else
		buf_addf(out, ", every copy counted; %llu text%s with copies folded, as listed below", texts,
			 texts == 1 ? "" : "s");
}

void query_format_card_standing_text(struct buf *out, const struct idx_card *c,
				     const struct idx_record *source,
				     const struct query_standing *st, unsigned long long texts)
{
	const char *type = query_card_type(c);
	buf_addf(out, "%s%s%s\n", c->canonical, type ? " — " : "", type ? type : "");
	struct buf doubt = BUF_INIT;
	if (query_card_doubt(c, st, 0, &doubt))
		buf_addf(out, "  %-13s %s\n", "doubt", doubt.p);
	buf_release(&doubt);
	card_line(out, "type", c->types, c->ntypes, c->mentions);
	/* A joint text names its bodies, " – " between them (README). */
	int joint = c->nissuers && cite_joint_count(c->issuers[0].value) > 1;
	card_line(out, joint ? "joint issuers" : "issuing body", c->issuers, c->nissuers, c->mentions);
	card_line(out, "issued", c->dates, c->ndates, c->mentions);
	card_line(out, "subject", c->subjects, c->nsubjects, c->mentions);
	if (c->nsigners)
		card_line(out, "signed by", c->signers, c->nsigners, c->mentions);
	buf_addf(out, "  %-13s ", "its own text");
	if (source) {
		add_nfc(out, source->source);
		buf_addf(out, " · id %u\n", source->docid);
	} else {
		buf_adds(out, "not indexed\n");
	}
	buf_addf(out, "  %-13s %u document%s (%u mention%s)", "cited in", c->documents,
		 c->documents == 1 ? "" : "s", c->mentions, c->mentions == 1 ? "" : "s");
	query_cited_in_texts(out, c->documents, texts, 0);
	buf_addc(out, '\n');
	if (c->conflicts)
		buf_addf(out, "  %-13s the mentions disagree on: %s\n", "note", c->conflicts);
	if (st)
		card_standing_text(out, c, st);
}

static void json_votes(struct buf *out, const char *name, const struct idx_vote *v, size_t n,
		       int first)
{
	buf_addf(out, "%s\"%s\":[", first ? "" : ",", name);
	for (size_t i = 0; i < n; i++) {
		buf_adds(out, i ? ",{\"value\":" : "{\"value\":");
		buf_add_json_string(out, v[i].value, strlen(v[i].value));
		buf_addf(out, ",\"support\":%u,\"letterhead\":%s}", v[i].support,
			 v[i].letterhead ? "true" : "false");
	}
	buf_adds(out, "]");
}

static void json_top(struct buf *out, const char *name, const struct idx_vote *v, size_t n,
		     const char *fallback)
{
	json_field_str(out, name, n ? v[0].value : fallback);
}

static void json_evidence(struct buf *out, unsigned docid, const char *sentence)
{
	buf_addf(out, ",\"evidence\":{\"id\":%u", docid);
	json_nfc_or_null(out, "sentence", sentence);
	buf_adds(out, "}");
}

/* effective, expires, status and relations (README: cite --json). */
static void card_standing_json(struct buf *out, const struct idx_card *c,
			       const struct query_standing *st)
{
	json_field_str(out, "effective", c->effective && *c->effective ? c->effective : NULL);
	if (c->effective && *c->effective) {
		buf_adds(out, ",\"effective_evidence\":{");
		buf_addf(out, "\"id\":%u", c->eff_docid);
		json_nfc_or_null(out, "sentence", st->eff_sentence);
		buf_adds(out, "}");
	}
	/* a portal's stated date (effective) over another its text gives */
	if (c->eff_text && *c->eff_text) {
		buf_adds(out, ",\"effective_in_text\":{");
		buf_adds(out, "\"date\":");
		buf_add_json_string(out, c->eff_text, strlen(c->eff_text));
		buf_addf(out, ",\"id\":%u", c->efft_docid);
		json_nfc_or_null(out, "sentence", st->eff_text_sentence);
		buf_adds(out, "}");
	} else
		buf_adds(out, ",\"effective_in_text\":null");
	json_field_str(out, "expires", c->expires && *c->expires ? c->expires : NULL);
	buf_adds(out, ",\"effective_parts\":[");
	for (size_t i = 0; i < c->nparts; i++) {
		buf_adds(out, i ? ",{" : "{");
		buf_adds(out, "\"scope\":");
		buf_add_json_string(out, c->parts[i].scope, strlen(c->parts[i].scope));
		json_field_str(out, "date", c->parts[i].date);
		json_evidence(out, c->parts[i].docid, i < st->nparts ? st->part_sentences[i] : NULL);
		buf_adds(out, "}");
	}
	buf_adds(out, "]");
	json_field_str(out, "status", query_state_name(st->state));
	json_field_str(out, "status_as_of", st->as_of);
	json_field_str(out, "status_since", st->since[0] ? st->since : NULL);
	json_field_str(out, "status_by", st->by ? st->by->other : NULL);
	json_field_str(out, "status_until", st->until ? st->until->from
					 : st->suspended_until[0] ? st->suspended_until : NULL);
	json_field_str(out, "status_until_by", st->until ? st->until->other : NULL);
	buf_addf(out, ",\"status_parts_ended\":%zu", st->partial);
	json_field_str(out, "later_namesake", st->namesake);
	json_field_str(out, "later_namesake_date", st->namesake_date[0] ? st->namesake_date : NULL);
	buf_adds(out, ",\"relations\":[");
	for (size_t i = 0; i < c->nrelations; i++) {
		const struct idx_relation *r = &c->relations[i];
		buf_adds(out, i ? ",{" : "{");
		buf_adds(out, "\"kind\":");
		buf_add_json_string(out, r->kind, strlen(r->kind));
		json_field_str(out, "direction", r->incoming ? "in" : "out");
		json_field_str(out, "other", r->other);
		json_nfc_or_null(out, "scope", r->scope[0] ? r->scope : NULL);
		json_field_str(out, "from", r->incoming && r->from[0] ? r->from : NULL);
		buf_addf(out, ",\"by_name\":%s", r->by_name ? "true" : "false");
		json_evidence(out, r->docid, i < st->nsentences ? st->sentences[i] : NULL);
		buf_adds(out, "}");
	}
	buf_adds(out, "]");
}

void query_format_card_standing_json(struct buf *out, const char *typed,
				     const struct idx_card *c, const struct idx_record *source,
				     const struct query_standing *st,
				     const struct query_cite_doc *docs, size_t ndocs,
				     unsigned long long ndocs_total)
{
	buf_adds(out, "{\"query\":");
	query_json_typed(out, typed, strlen(typed));
	buf_adds(out, ",\"found\":true");
	json_field_str(out, "number", c->canonical);
	struct buf doubt = BUF_INIT;
	if (query_card_doubt(c, st, 0, &doubt))
		json_field_str(out, "doubt", doubt.p);
	buf_release(&doubt);
	json_field_str(out, "kind", c->kind);
	json_top(out, "type", c->types, c->ntypes, query_card_type(c));
	json_field_str(out, "type_code", c->type_code && *c->type_code ? c->type_code : NULL);
	json_top(out, "issuer", c->issuers, c->nissuers, NULL);
	json_parts(out, "issuers", c->nissuers ? c->issuers[0].value : NULL);
	json_field_str(out, "issuer_code", c->issuer_code && *c->issuer_code ? c->issuer_code : NULL);
	json_top(out, "date", c->dates, c->ndates, NULL);
	json_top(out, "subject", c->subjects, c->nsubjects, NULL);
	json_top(out, "signer", c->signers, c->nsigners, NULL);
	json_parts(out, "signers", c->nsigners ? c->signers[0].value : NULL);
	buf_addf(out, ",\"mentions\":%u,\"documents\":%u", c->mentions, c->documents);
	buf_adds(out, ",\"evidence\":{");
	json_votes(out, "type", c->types, c->ntypes, 1);
	json_votes(out, "issuer", c->issuers, c->nissuers, 0);
	json_votes(out, "date", c->dates, c->ndates, 0);
	json_votes(out, "subject", c->subjects, c->nsubjects, 0);
	json_votes(out, "signer", c->signers, c->nsigners, 0);
	buf_adds(out, "},\"conflicts\":[");
	if (c->conflicts) {
		const char *s = c->conflicts;
		while (*s) {
			const char *comma = strchr(s, ',');
			size_t n = comma ? (size_t)(comma - s) : strlen(s);
			if (s != c->conflicts)
				buf_addc(out, ',');
			buf_add_json_string(out, s, n);
			s += n + (comma != NULL);
		}
	}
	buf_adds(out, "],\"source\":");
	if (source) {
		buf_addf(out, "{\"id\":%u", source->docid);
		json_field_str(out, "source", source->source);
		json_nfc_field(out, "title", source->title);
		buf_adds(out, "}");
	} else {
		buf_adds(out, "null");
	}
	if (st)
		card_standing_json(out, c, st);
	if (docs) {
		buf_addf(out, ",\"cited_in_total\":%llu,\"cited_in\":[", ndocs_total);
		for (size_t i = 0; i < ndocs; i++) {
			const struct query_cite_doc *d = &docs[i];
			buf_addf(out, "%s{\"id\":%u", i ? "," : "", d->rec.docid);
			json_nfc_field(out, "title", d->rec.title);
			json_date_fields(out, &d->rec);
			json_own_fields(out, &d->regs);
			json_field_str(out, "source", d->rec.source);
			json_field_str(out, "sentence", d->sentence);
			json_field_str(out, "article", d->article[0] ? d->article : NULL);
			if (d->clause)
				buf_addf(out, ",\"clause\":\"%u\"", d->clause);
			else
				buf_adds(out, ",\"clause\":null");
			if (d->ncopies)
				copies_json(out, d->copies, d->ncopies);
			buf_adds(out, "}");
		}
		buf_adds(out, "]");
	}
	buf_adds(out, "}\n");
}

void query_format_cite_doc_text(struct buf *out, size_t rank, const struct query_cite_doc *d,
				int bold)
{
	buf_addf(out, "%zu. ", rank);
	add_nfc(out, *d->rec.title ? d->rec.title : "(no title)");
	add_doc_lines(out, &d->rec, &d->regs.own, 0);
	if (d->sentence && *d->sentence) {
		struct query_excerpt e = { d->sentence, (struct query_mark *)&d->mark, 1, 0, 0, 0 };
		buf_adds(out, "   ");
		add_marked(out, &e, bold);
		buf_addc(out, '\n');
	}
	copies_text(out, d->copies, d->ncopies);
}

void query_format_facets_text(struct buf *out, const char *name, const char *const *values,
			      const unsigned *counts, size_t n)
{
	buf_addf(out, "%s:", name);
	if (!n)
		buf_adds(out, " none");
	for (size_t i = 0; i < n; i++)
		buf_addf(out, "%s %s (%u)", i ? "," : "", values[i], counts[i]);
	buf_addc(out, '\n');
}

void query_format_facets_json(struct buf *out, const struct query_facets *fs)
{
	buf_addf(out, "{\"documents_counted\":%zu", fs->scanned);
	for (size_t k = 0; k < 3; k++) {
		const struct query_facet *f = &fs->f[k];
		buf_addf(out, ",\"%s\":{", f->name ? f->name : "");
		for (size_t i = 0; i < f->n; i++) {
			if (i)
				buf_addc(out, ',');
			buf_add_json_string(out, f->values[i], strlen(f->values[i]));
			buf_addf(out, ":%u", f->counts[i]);
		}
		buf_addc(out, '}');
	}
	buf_addc(out, '}');
}

void query_format_search_json(struct buf *out, const char *typed, size_t len,
			      const struct query *q, const struct query_result *res)
{
	buf_adds(out, "{\"query\":");
	query_json_typed(out, typed, len);
	if (q->warning) { /* what was read leniently, as stderr says it */
		buf_adds(out, ",\"warning\":");
		buf_add_json_string(out, q->warning, strlen(q->warning));
	}
	if (q->read_as) {
		buf_adds(out, ",\"read_as\":");
		buf_add_json_string(out, q->read_as, strlen(q->read_as));
		buf_adds(out, ",\"read_note\":");
		buf_add_json_string(out, q->read_note, strlen(q->read_note));
	}
	if (q->suggest) {
		buf_adds(out, ",\"did_you_mean\":");
		buf_add_json_string(out, q->suggest, strlen(q->suggest));
	}
	buf_addf(out, ",\"total\":%llu,\"exact\":%s", res->total, res->exact ? "true" : "false");
	if (q->words_apart) /* sorted by date: query_words_for_date */
		buf_adds(out, ",\"words_apart\":true");
	const char *counts = query_total_counts(q, 0);
	if (counts && res->total) { /* what total counts: pairs rank or restrict */
		buf_adds(out, ",\"counted\":");
		buf_add_json_string(out, counts, strlen(counts));
	}
	/* --articles: total counts the articles listed; the documents they
	 * were found in beside it. */
	if (res->articles)
		buf_addf(out, ",\"unit\":\"article\",\"documents\":%llu,\"documents_exact\":%s,"
			      "\"documents_read\":%zu",
			 res->documents, res->documents_exact ? "true" : "false", res->documents_read);
	buf_adds(out, ",\"results\":[");
	for (size_t i = 0; i < res->n; i++) {
		if (i)
			buf_addc(out, ',');
		query_format_hit_json_object(out, &res->hits[i]);
	}
	buf_addc(out, ']');
	/* Nothing found for a number nothing cites ("quy dinh 57"): how it
	 * was read, and its words to search instead, as stderr and the
	 * page say it. */
	int listed = 0;
	char *qs = res->total ? NULL : xstrndup(typed, len);
	for (size_t i = 0; qs && i < q->ncites; i++) {
		const struct query_cite *c = &q->cites[i];
		struct buf name = BUF_INIT;
		char *words;
		if (!query_cite_uncited(qs, c, &name, &words))
			continue;
		buf_adds(out, listed++ ? "," : ",\"uncited\":[");
		buf_adds(out, "{\"typed\":");
		buf_add_json_string(out, c->typed, strlen(c->typed));
		buf_adds(out, ",\"number\":");
		buf_add_json_string(out, name.p, name.len);
		buf_adds(out, ",\"words\":");
		if (words)
			buf_add_json_string(out, words, strlen(words));
		else
			buf_adds(out, "null");
		buf_addc(out, '}');
		free(words);
		buf_release(&name);
	}
	if (listed)
		buf_addc(out, ']');
	free(qs);
}

void query_format_stats_json(struct buf *out, const char *path, const struct idx_stats *s)
{
	buf_adds(out, "{\"index\":");
	buf_add_json_string(out, path, strlen(path));
	buf_addf(out, ",\"documents\":%llu,\"terms\":%llu,\"words\":%llu,"
		 "\"positions\":%llu,\"disk_bytes\":%llu}\n",
		 s->documents, s->terms, s->words, s->postings, s->disk_bytes);
}
