/* record.c — a document's stored record: its fields and text, serialised
 * into Xapian's document data as length-prefixed fields. */
#include "index/record.h"

#include <stdlib.h>
#include <string.h>

/* Format: "tracuu-record 1\n", then per field "<name> <length>\n<bytes>\n".
 * Lengths make any byte (newlines, NULs) safe; unknown names are skipped so
 * later versions can add fields. */
#define RECORD_MAGIC "tracuu-record 1\n"

static void put(struct buf *b, const char *name, const char *v, size_t len)
{
	if (!v)
		return;
	buf_addf(b, "%s %zu\n", name, len);
	buf_add(b, v, len);
	buf_addc(b, '\n');
}

static void puts0(struct buf *b, const char *name, const char *v)
{
	if (v)
		put(b, name, v, strlen(v));
}

void record_encode(const struct idx_record *r, struct buf *out)
{
	char num[32];
	buf_adds(out, RECORD_MAGIC);
	puts0(out, "source", r->source);
	puts0(out, "title", r->title);
	puts0(out, "date", r->date);
	puts0(out, "format", r->format);
	puts0(out, "hash", r->hash);
	snprintf(num, sizeof num, "%llu", r->bytes);
	puts0(out, "bytes", num);
	put(out, "text", r->text ? r->text : "", r->text ? r->text_len : 0);
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
		size_t name_len = (size_t)(sp - (data + i));
		size_t vstart = (size_t)(nl - data) + 1;
		if (flen > len - vstart || len - vstart - flen < 1 || data[vstart + flen] != '\n')
			goto bad;
		const char *name = data + i;
		char *v = xstrndup(data + vstart, (size_t)flen);
#define FIELD(n, dst)                                                        \
	else if (name_len == strlen(n) && memcmp(name, n, name_len) == 0) { \
		free(dst);                                                   \
		dst = v;                                                     \
	}
		if (name_len == 4 && memcmp(name, "text", 4) == 0) {
			free(r->text);
			r->text = v;
			r->text_len = (size_t)flen;
		}
		FIELD("source", r->source)
		FIELD("title", r->title)
		FIELD("date", r->date)
		FIELD("format", r->format)
		FIELD("hash", r->hash)
		else if (name_len == 5 && memcmp(name, "bytes", 5) == 0) {
			r->bytes = strtoull(v, NULL, 10);
			free(v);
		} else {
			free(v);
		}
#undef FIELD
		i = vstart + (size_t)flen + 1;
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
	free(r->source);
	free(r->title);
	free(r->date);
	free(r->format);
	free(r->hash);
	free(r->text);
	memset(r, 0, sizeof *r);
}
