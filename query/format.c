/* format.c — results and records as text for people and JSON Lines for
 * scripts. The JSON field names are part of the interface (README). */
#include "query/query.h"

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

static void add_marked(struct buf *out, const struct excerpt *e, int bold)
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

/* Titles are stored as found; show them composed. */
static void add_nfc(struct buf *out, const char *s)
{
	if (text_nfc(s, strlen(s), out) < 0)
		buf_adds(out, s);
}

void format_hit_text(struct buf *out, const struct search_hit *h, int bold)
{
	buf_addf(out, "%u. ", h->rank);
	if (bold)
		buf_adds(out, BOLD_ON);
	add_nfc(out, *h->rec.title ? h->rec.title : "(no title)");
	if (bold)
		buf_adds(out, BOLD_OFF);
	buf_adds(out, "\n   ");
	if (h->rec.date)
		buf_addf(out, "%s · ", h->rec.date);
	buf_addf(out, "%s · id %u\n", h->rec.source, h->rec.docid);
	if (h->excerpt.text && *h->excerpt.text) {
		buf_adds(out, "   ");
		add_marked(out, &h->excerpt, bold);
		buf_addc(out, '\n');
	}
}

static void json_field_str(struct buf *out, const char *name, const char *v)
{
	buf_addf(out, ",\"%s\":", name);
	if (v)
		buf_add_json_string(out, v, strlen(v));
	else
		buf_adds(out, "null");
}

static void json_nfc_field(struct buf *out, const char *name, const char *v)
{
	struct buf t = BUF_INIT;
	add_nfc(&t, v);
	json_field_str(out, name, t.p ? t.p : "");
	buf_release(&t);
}

void format_hit_json(struct buf *out, const struct search_hit *h)
{
	buf_addf(out, "{\"rank\":%u,\"id\":%u,\"score\":%.4f", h->rank, h->rec.docid, h->score);
	json_nfc_field(out, "title", h->rec.title);
	json_field_str(out, "date", h->rec.date);
	json_field_str(out, "source", h->rec.source);
	json_field_str(out, "format", h->rec.format);
	const struct excerpt *e = &h->excerpt;
	json_field_str(out, "excerpt", e->text ? e->text : "");
	buf_adds(out, ",\"highlights\":[");
	for (size_t i = 0; i < e->nmarks; i++) {
		size_t s = chars(e->text, e->marks[i].start);
		size_t n = chars(e->text + e->marks[i].start, e->marks[i].end - e->marks[i].start);
		buf_addf(out, "%s[%zu,%zu]", i ? "," : "", s, s + n);
	}
	buf_adds(out, "]}\n");
}

void format_record_text(struct buf *out, const struct idx_record *r)
{
	buf_addf(out, "id:      %u\n", r->docid);
	buf_addf(out, "source:  %s\n", r->source);
	buf_adds(out, "title:   ");
	add_nfc(out, r->title);
	buf_addf(out, "\ndate:    %s\n", r->date ? r->date : "unknown");
	buf_addf(out, "format:  %s\n", r->format ? r->format : "unknown");
	buf_addf(out, "bytes:   %llu\n", r->bytes);
	buf_addf(out, "hash:    %s\n\n", r->hash ? r->hash : "");
	if (text_nfc(r->text, r->text_len, out) < 0)
		buf_add(out, r->text, r->text_len);
	if (r->text_len && r->text[r->text_len - 1] != '\n')
		buf_addc(out, '\n');
}

void format_record_json(struct buf *out, const struct idx_record *r)
{
	struct buf t = BUF_INIT;
	buf_addf(out, "{\"id\":%u", r->docid);
	json_field_str(out, "source", r->source);
	json_nfc_field(out, "title", r->title);
	json_field_str(out, "date", r->date);
	json_field_str(out, "format", r->format);
	buf_addf(out, ",\"bytes\":%llu", r->bytes);
	json_field_str(out, "hash", r->hash);
	if (text_nfc(r->text, r->text_len, &t) < 0)
		buf_add(&t, r->text, r->text_len);
	buf_adds(out, ",\"text\":");
	buf_add_json_string(out, t.p ? t.p : "", t.len);
	buf_adds(out, "}\n");
	buf_release(&t);
}
