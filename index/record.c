/* record.c — a document's stored record: its fields and text, serialised
 * into Xapian's document data as length-prefixed fields. */
#include "index/record.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Format: "tracuu-record 1\n", then per field "<name> <length>\n<bytes>\n".
 * Lengths make any byte (newlines, NULs) safe; unknown names are skipped so
 * later versions can add fields, and absent ones read as NULL. */
#define RECORD_MAGIC "tracuu-record 1\n"

/* The string fields, by name; "text" and "bytes" are handled apart. */
static const struct {
	const char *name;
	size_t off;
} fields[] = {
	{ "source", offsetof(struct idx_record, source) },
	{ "title", offsetof(struct idx_record, title) },
	{ "date", offsetof(struct idx_record, date) },
	{ "date_inferred", offsetof(struct idx_record, date_inferred) },
	{ "format", offsetof(struct idx_record, format) },
	{ "charset", offsetof(struct idx_record, charset) },
	{ "hash", offsetof(struct idx_record, hash) },
	{ "canonical_url", offsetof(struct idx_record, canonical_url) },
	{ "site_name", offsetof(struct idx_record, site_name) },
	{ "etag", offsetof(struct idx_record, etag) },
	{ "last_modified", offsetof(struct idx_record, last_modified) },
};
#define NFIELDS (sizeof fields / sizeof *fields)

static char **field(struct idx_record *r, size_t i)
{
	return (char **)((char *)r + fields[i].off);
}

static void put(struct buf *b, const char *name, const char *v, size_t len)
{
	buf_addf(b, "%s %zu\n", name, len);
	buf_add(b, v, len);
	buf_addc(b, '\n');
}

void record_encode(const struct idx_record *r, struct buf *out)
{
	char num[32];
	buf_adds(out, RECORD_MAGIC);
	for (size_t i = 0; i < NFIELDS; i++) {
		const char *v = *field((struct idx_record *)r, i);
		if (v)
			put(out, fields[i].name, v, strlen(v));
	}
	snprintf(num, sizeof num, "%llu", r->bytes);
	put(out, "bytes", num, strlen(num));
	put(out, "text", r->text ? r->text : "", r->text ? r->text_len : 0);
}

static int name_is(const char *name, size_t len, const char *want)
{
	return strlen(want) == len && memcmp(name, want, len) == 0;
}

int record_decode(const char *data, size_t len, struct idx_record *r)
{
	size_t magic = strlen(RECORD_MAGIC);
	unsigned docid = r->docid;
	memset(r, 0, sizeof *r);
	r->docid = docid;
	if (len < magic || memcmp(data, RECORD_MAGIC, magic) != 0)
		return -1;
	size_t i = magic;
	while (i < len) {
		const char *nl = memchr(data + i, '\n', len - i);
		const char *sp = memchr(data + i, ' ', len - i);
		if (!nl || !sp || sp > nl)
			goto bad;
		char *endp;
		unsigned long long flen = strtoull(sp + 1, &endp, 10);
		if (endp != nl)
			goto bad;
		const char *name = data + i;
		size_t name_len = (size_t)(sp - name);
		size_t vstart = (size_t)(nl - data) + 1;
		if (flen > len - vstart || len - vstart - flen < 1 || data[vstart + flen] != '\n')
			goto bad;
		char *v = xstrndup(data + vstart, (size_t)flen);
		i = vstart + (size_t)flen + 1;
		if (name_is(name, name_len, "text")) {
			free(r->text);
			r->text = v;
			r->text_len = (size_t)flen;
			continue;
		}
		if (name_is(name, name_len, "bytes")) {
			r->bytes = strtoull(v, NULL, 10);
			free(v);
			continue;
		}
		size_t f = 0;
		while (f < NFIELDS && !name_is(name, name_len, fields[f].name))
			f++;
		if (f == NFIELDS) {
			free(v);
			continue;
		}
		free(*field(r, f));
		*field(r, f) = v;
	}
	if (!r->source)
		r->source = xstrdup("");
	if (!r->title)
		r->title = xstrdup("");
	if (!r->text) {
		r->text = xstrdup("");
		r->text_len = 0;
	}
	return 0;
bad:
	idx_record_release(r);
	return -1;
}

void idx_record_release(struct idx_record *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < NFIELDS; i++)
		free(*field(r, i));
	free(r->text);
	memset(r, 0, sizeof *r);
}
