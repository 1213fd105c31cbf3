/* test_record.c — unit tables for index/record.c: a stored record's fields and text survive encode and decode, its byte layout is fixed, and damaged records are refused (record 2 still read); the position lists a record keeps. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "index/articles.h"
#include "index/record.h"
#include "util/util.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))
/* A string literal with its length: records hold NULs and newlines. */
#define BYTES(s) s, sizeof(s) - 1

static int same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Fails naming the row and the first field that differs. */
static void expect_record(size_t row, const struct idx_record *got, const struct idx_record *want)
{
	static const struct {
		const char *name;
		size_t off;
	} f[] = {
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
		{ "pages", offsetof(struct idx_record, pages) },
		{ "own", offsetof(struct idx_record, own) },
	};
	for (size_t i = 0; i < N_ELEMS(f); i++) {
		const char *g = *(char *const *)((const char *)got + f[i].off);
		const char *w = *(char *const *)((const char *)want + f[i].off);
		if (!same_str(g, w))
			fail_msg("row %zu: %s \"%s\", want \"%s\"", row, f[i].name, g ? g : "(null)",
				 w ? w : "(null)");
	}
	if (got->bytes != want->bytes)
		fail_msg("row %zu: bytes %llu, want %llu", row, got->bytes, want->bytes);
	if (got->text_len != want->text_len || memcmp(got->text, want->text, want->text_len) != 0)
		fail_msg("row %zu: text of %zu bytes differs from the %zu bytes wanted", row,
			 got->text_len, want->text_len);
}

/* A text of n bytes that compresses and varies: "line 1\nline 2\n…". */
static char *long_text(size_t n)
{
	char *t = malloc(n + 1);
	size_t at = 0;
	for (unsigned i = 1; at < n; i++) {
		char line[32];
		int k = snprintf(line, sizeof line, "dòng %u\n", i);
		for (int j = 0; j < k && at < n; j++)
			t[at++] = line[j];
	}
	t[n] = '\0';
	return t;
}

/* Each row: a record to encode, and the pages decoding it gives back (the
 * only field that is derived, from the form feeds in the text). */
static void test_round_trip(void **state)
{
	(void)state;
	char *big = long_text(100000); /* four pieces */
	static char nul_text[] = "a\0b\nc";
	struct {
		struct idx_record r;
		const char *pages;
	} rows[] = {
		{ { .source = "a.txt", .title = "T" }, NULL },
		{ { .source = "", .title = "", .text = "", .text_len = 0 }, NULL },
		{ { .source = "seeds/000.txt", .title = "Đào tạo cán bộ", .date = "2023-08-09",
		    .date_inferred = "1", .format = "text", .charset = "utf-8",
		    .hash = "1d538c08b4553ef8d59777f27c5b457b", .bytes = 4560,
		    .text = "Đào tạo cán bộ.\n\nNội dung.\n", .text_len = 30 },
		  NULL },
		{ { .source = "https://example.vn/a?b=1", .title = "Tin", .format = "html",
		    .canonical_url = "https://example.vn/a", .site_name = "Báo",
		    .etag = "\"abc\"", .last_modified = "Tue, 01 Apr 2025 10:00:00 GMT",
		    .date = "--04-01", .text = "x", .text_len = 1 },
		  NULL },
		/* Newlines and a length-like line in a field; NUL bytes in the text. */
		{ { .source = "b.txt", .title = "one\ntwo 3\nthree", .text = nul_text,
		    .text_len = sizeof nul_text - 1 },
		  NULL },
		/* Form feeds: where each page after the first starts (the form feed's offset). */
		{ { .source = "c.pdf", .title = "P", .format = "pdf", .text = "one\ftwo\fthree",
		    .text_len = 13 },
		  "3 7" },
		{ { .source = "d.txt", .title = "Long", .text = big, .text_len = 100000,
		    .bytes = 100000 },
		  NULL },
		/* A regulation's own text names its number; "" says it has none
		 * (NULL: a record from before the field). */
		{ { .source = "nd.txt", .title = "Nghị định 158/2025/NĐ-CP", .own = "158/2025/NĐ-CP",
		    .text = "Số: 158/2025/NĐ-CP", .text_len = 21 },
		  NULL },
		{ { .source = "tin.md", .title = "Tin", .own = "", .text = "x", .text_len = 1 },
		  NULL },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct idx_record want = rows[i].r;
		want.pages = (char *)rows[i].pages;
		if (!want.text)
			want.text = "", want.text_len = 0;
		struct buf b = BUF_INIT;
		record_encode(&rows[i].r, &b);
		/* mode 2 and 3: record_decode_take, which keeps (lazy) or frees
		 * a copy of the data; the copy is gone before the text is read. */
		for (int mode = 0; mode < 4; mode++) {
			int lazy = mode & 1;
			struct idx_record got = { .docid = 7 };
			int rc;
			if (mode < 2) {
				rc = record_decode(b.p, b.len, lazy, &got);
			} else {
				char *copy = xmalloc(b.len);
				memcpy(copy, b.p, b.len);
				rc = record_decode_take(copy, b.len, lazy, &got);
			}
			if (rc < 0)
				fail_msg("row %zu: its own encoding refused (mode %d)", i, mode);
			assert_int_equal(got.docid, 7);
			/* Lazily decoded, a text is there once it is asked for. */
			if (lazy)
				idx_record_need(&got, 0, got.text_len);
			expect_record(i, &got, &want);
			idx_record_release(&got);
		}
		/* RECORD_TEXT_ONLY (idx_get_text): the same text, taken too,
		 * and none of the head's fields. */
		for (int take = 0; take < 2; take++) {
			struct idx_record got = { .docid = 7 };
			char *copy = xmalloc(b.len);
			memcpy(copy, b.p, b.len);
			int rc = take ? record_decode_take(copy, b.len, RECORD_TEXT_ONLY, &got)
				      : record_decode(copy, b.len, RECORD_TEXT_ONLY, &got);
			if (!take)
				free(copy);
			if (rc < 0)
				fail_msg("row %zu: refused for its text only (take %d)", i, take);
			idx_record_need(&got, 0, got.text_len);
			if (got.text_len != want.text_len || memcmp(got.text, want.text, want.text_len))
				fail_msg("row %zu: the text alone differs (take %d)", i, take);
			if (strcmp(got.title, "") != 0 || strcmp(got.source, "") != 0 || got.own ||
			    got.articles)
				fail_msg("row %zu: the text alone came with its head's fields", i);
			idx_record_release(&got);
		}
		buf_release(&b);
	}
	free(big);
}

/* record_decode_kept (a result's record read without a copy, its data held
 * by Xapian's string): a lazy record keeps the holder for its compressed
 * pieces until it is released, and releases it once; decoded whole, or
 * refused, the holder is released at once. The holder scribbles over the
 * data it releases: a record that read it after would show it. */
struct holder {
	char *data;
	size_t len;
	int released;
};

static void holder_free(void *h)
{
	struct holder *k = h;
	memset(k->data, 'x', k->len);
	free(k->data);
	k->data = NULL;
	k->released++;
}

static void test_decode_kept(void **state)
{
	(void)state;
	size_t tlen = 3 * 32768 + 500;
	char *text = xmalloc(tlen);
	for (size_t i = 0; i < tlen; i++)
		text[i] = (char)('a' + i * 7 % 26);
	struct idx_record r = { .source = "k.txt", .title = "Kept", .text = text, .text_len = tlen };
	struct buf b = BUF_INIT;
	record_encode(&r, &b);
	static const struct {
		int lazy;
		int damaged;
		int released_at_decode; /* the holder let go by the decoding */
		int rc;
	} rows[] = {
		{ 0, 0, 1, 0 },                /* inflated whole: nothing to hold */
		{ 1, 0, 0, 0 },                /* lazy: held for the pieces */
		{ RECORD_TEXT_ONLY, 0, 0, 0 }, /* the text alone: held too */
		{ 1, 1, 1, -1 },               /* refused: let go at once */
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct holder k = { xmalloc(b.len + 1), b.len, 0 };
		memcpy(k.data, b.p, b.len);
		k.data[b.len] = '\0';
		if (rows[i].damaged)
			k.data[3] = '?'; /* the magic line */
		struct idx_record got = { .docid = 9 };
		int rc = record_decode_kept(k.data, b.len, rows[i].lazy, &k, holder_free, &got);
		assert_int_equal(rc, rows[i].rc);
		if (k.released != rows[i].released_at_decode)
			fail_msg("row %zu: holder released %d times by the decoding", i, k.released);
		if (rc == 0) {
			idx_record_need(&got, 0, got.text_len);
			if (got.text_len != tlen || memcmp(got.text, text, tlen) != 0)
				fail_msg("row %zu: the text read differs", i);
			idx_record_release(&got);
		}
		if (k.released != 1)
			fail_msg("row %zu: holder released %d times in all", i, k.released);
	}
	buf_release(&b);
	free(text);
}

/* A lazy record decompresses only the pieces asked for, and gives them
 * right: a passage in the third 32 KiB piece of a long text. */
static void test_lazy_piece(void **state)
{
	(void)state;
	char *big = long_text(100000);
	struct idx_record r = { .source = "d.txt", .title = "Long", .text = big, .text_len = 100000 };
	struct buf b = BUF_INIT;
	record_encode(&r, &b);
	struct idx_record got = { 0 };
	assert_int_equal(record_decode(b.p, b.len, 1, &got), 0);
	assert_non_null(got.packed);
	idx_record_need(&got, 70000, 70100);
	assert_memory_equal(got.text + 70000, big + 70000, 100);
	/* A piece inflated part way goes on from where it stopped, across
	 * the pieces' edges, and back to what was ready. */
	static const size_t need[][2] = { { 65600, 65700 }, { 70050, 72000 }, { 98000, 100000 },
					  { 60000, 66000 }, { 0, 10 }, { 32700, 32800 },
					  { 0, 100000 } };
	for (size_t i = 0; i < N_ELEMS(need); i++) {
		idx_record_need(&got, need[i][0], need[i][1]);
		if (memcmp(got.text + need[i][0], big + need[i][0], need[i][1] - need[i][0]))
			fail_msg("bytes %zu-%zu differ", need[i][0], need[i][1]);
	}
	idx_record_release(&got);
	/* A damaged piece reads as blanks, never as other text. */
	b.p[b.len - 200] ^= 0x55;
	assert_int_equal(record_decode(b.p, b.len, 1, &got), 0);
	idx_record_need(&got, 0, 100000);
	for (size_t i = 65536; i < 100000; i++)
		if (got.text[i] != big[i] && got.text[i] != ' ')
			fail_msg("byte %zu: %02x", i, (unsigned char)got.text[i]);
	assert_memory_equal(got.text, big, 65536);
	idx_record_release(&got);
	buf_release(&b);
	free(big);
}

/* The bytes a record is stored as: a magic line, then "<name> <length>\n<bytes>\n"
 * per field (the fields set, in a fixed order), bytes always, then the
 * text: a varint length, the varint piece size (32768), a varint per
 * piece, the compressed pieces. An empty text compresses to no piece, so
 * the whole record is fixed. */
/* A record's bytes: "tracuu-record 3", its small fields as one field
 * "headz" (the varint length of their bytes, then those bytes deflated:
 * every byte of the record compressed, so Xapian stores it as it is), then
 * the text's pieces ("textz"). */
static void expect_layout(size_t row, const struct buf *b, const char *fields, size_t flen,
			  const char *textz, size_t tlen)
{
	static const char magic[] = "tracuu-record 3\nheadz ";
	if (b->len < sizeof magic - 1 || memcmp(b->p, magic, sizeof magic - 1) != 0)
		fail_msg("row %zu: starts \"%.*s\"", row, (int)(b->len < 24 ? b->len : 24), b->p);
	char *end;
	size_t zlen = strtoul(b->p + sizeof magic - 1, &end, 10);
	assert_true(*end == '\n');
	const unsigned char *z = (const unsigned char *)end + 1, *zend = z + zlen;
	assert_true((const char *)zend < b->p + b->len && *zend == '\n');
	size_t n;
	assert_int_equal(varint_get(&z, zend, &n), 0);
	char *head = xmalloc(n + 1);
	assert_int_equal(inflate_exact(head, n, z, (size_t)(zend - z)), 0);
	if (n != flen || memcmp(head, fields, n) != 0)
		fail_msg("row %zu: fields \"%.*s\" (%zu bytes, want %zu)", row, (int)n, head, n, flen);
	free(head);
	const char *rest = (const char *)zend + 1;
	size_t rlen = b->len - (size_t)(rest - b->p);
	if (rlen != tlen || memcmp(rest, textz, tlen) != 0)
		fail_msg("row %zu: text field \"%.*s\"", row, (int)rlen, rest);
}

static void test_layout(void **state)
{
	(void)state;
	static const struct {
		struct idx_record r;
		const char *fields;
		size_t len;
	} rows[] = {
		{ { .source = "a.txt", .title = "T" },
		  BYTES("source 5\na.txt\ntitle 1\nT\nbytes 1\n0\n") },
		{ { .source = "a.txt", .title = "T", .date = "2022-02-08", .date_inferred = "1",
		    .format = "text", .charset = "tcvn3", .hash = "ab", .bytes = 42 },
		  BYTES("source 5\na.txt\ntitle 1\nT\ndate 10\n2022-02-08\n"
			"date_inferred 1\n1\nformat 4\ntext\ncharset 5\ntcvn3\nhash 2\nab\n"
			"bytes 2\n42\n") },
		{ { .source = "u", .title = "", .canonical_url = "c", .site_name = "s", .etag = "e",
		    .last_modified = "m", .bytes = 18446744073709551615ULL },
		  BYTES("source 1\nu\ntitle 0\n\ncanonical_url 1\nc\nsite_name 1\ns\n"
			"etag 1\ne\nlast_modified 1\nm\nbytes 20\n18446744073709551615\n") },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct buf b = BUF_INIT;
		record_encode(&rows[i].r, &b);
		expect_layout(i, &b, rows[i].fields, rows[i].len, BYTES("textz 4\n\x00\x80\x80\x02\n"));
		buf_release(&b);
	}
	/* A text's header: its length and the piece size, then one piece. */
	struct idx_record r = { .source = "a", .title = "", .text = "xyz", .text_len = 3 };
	struct buf b = BUF_INIT;
	record_encode(&r, &b);
	static const char textz[] = "\ntextz ";
	const char *t = NULL;
	for (const char *p = b.p; p + sizeof textz - 1 <= b.p + b.len && !t; p++)
		if (memcmp(p, textz, sizeof textz - 1) == 0)
			t = p;
	assert_non_null(t);
	const char *nl = memchr(t + sizeof textz - 1, '\n', b.len - (size_t)(t + sizeof textz - 1 - b.p));
	assert_non_null(nl);
	assert_memory_equal(nl + 1, "\x03\x80\x80\x02", 4);
	/* Read back, lazily or not: the same record. */
	struct idx_record got = { 0 };
	assert_int_equal(record_decode(b.p, b.len, 0, &got), 0);
	assert_string_equal(got.source, "a");
	assert_int_equal(got.text_len, 3);
	assert_memory_equal(got.text, "xyz", 3);
	idx_record_release(&got);
	/* Its fields as written by hand: read back, and refused with a headz
	 * inside headz or a length its bytes do not fill. */
	static const struct {
		const char *fields;
		size_t extra; /* added to the length given */
		const char *source; /* NULL: refused */
	} heads[] = {
		{ "source 1\na\ntitle 1\nT\n", 0, "a" },
		{ "headz 1\nx\n", 0, NULL },
		{ "source 1\na\n", 1, NULL },
	};
	for (size_t i = 0; i < N_ELEMS(heads); i++) {
		struct buf z = BUF_INIT, rec = BUF_INIT;
		size_t n = strlen(heads[i].fields);
		buf_add_varint(&z, n + heads[i].extra);
		buf_add_deflated(&z, heads[i].fields, n);
		buf_adds(&rec, "tracuu-record 3\n");
		buf_addf(&rec, "headz %zu\n", z.len);
		buf_add(&rec, z.p, z.len);
		buf_addc(&rec, '\n');
		int rc = record_decode(rec.p, rec.len, 0, &got);
		if (rc != (heads[i].source ? 0 : -1) ||
		    (heads[i].source && strcmp(got.source, heads[i].source) != 0))
			fail_msg("head %zu: decoded %d", i, rc);
		idx_record_release(&got);
		buf_release(&z);
		buf_release(&rec);
	}
	buf_release(&b);
}

/* Records written by hand: what decoding reads (NULL: refused). Each row:
 * the bytes, lazy or not, then the source, title, bytes and text read. */
static void test_decode_table(void **state)
{
	(void)state;
	static const struct {
		const char *data;
		size_t len;
		int lazy;
		const char *source, *title;
		unsigned long long bytes;
		const char *text;
	} rows[] = {
		/* The magic line alone: empty fields, no text. */
		{ BYTES("tracuu-record 2\n"), 0, "", "", 0, "" },
		/* Fields in any order; a later one replaces an earlier. */
		{ BYTES("tracuu-record 2\ntitle 1\nT\nsource 1\na\nbytes 2\n42\n"), 0, "a", "T", 42, "" },
		{ BYTES("tracuu-record 2\nsource 1\na\nsource 1\nb\n"), 0, "b", "", 0, "" },
		/* Unknown fields (a later version's) are skipped, newlines and all. */
		{ BYTES("tracuu-record 2\nsource 1\na\nfuture 3\nx\ny\ntitle 1\nT\n"), 0, "a", "T", 0, "" },
		/* A text of length 0 with no piece. */
		{ BYTES("tracuu-record 2\ntextz 4\n\x00\x80\x80\x02\n"), 0, "", "", 0, "" },
		/* Not a record, or another version of it. */
		{ BYTES(""), 0, NULL, NULL, 0, NULL },
		{ BYTES("tracuu-record 1\nsource 1\na\n"), 0, NULL, NULL, 0, NULL },
		{ BYTES("TRACUU-RECORD 2\n"), 0, NULL, NULL, 0, NULL },
		/* A field cut short, running past the end, or not ending in '\n'. */
		{ BYTES("tracuu-record 2\nsource 5\na.txt"), 0, NULL, NULL, 0, NULL },
		{ BYTES("tracuu-record 2\nsource 9\na.txt\n"), 0, NULL, NULL, 0, NULL },
		{ BYTES("tracuu-record 2\nsource 4\na.txt\n"), 0, NULL, NULL, 0, NULL },
		{ BYTES("tracuu-record 2\nsource 1\naX"), 0, NULL, NULL, 0, NULL },
		/* A length that is not a number; a name without one. */
		{ BYTES("tracuu-record 2\nsource x\na\n"), 0, NULL, NULL, 0, NULL },
		{ BYTES("tracuu-record 2\nsource 1x\na\n"), 0, NULL, NULL, 0, NULL },
		{ BYTES("tracuu-record 2\nsource\na\n"), 0, NULL, NULL, 0, NULL },
		/* A text header cut short, a piece size out of range, piece lengths
		 * past the field or short of it. */
		{ BYTES("tracuu-record 2\ntextz 1\n\x80\n"), 0, NULL, NULL, 0, NULL },
		{ BYTES("tracuu-record 2\ntextz 2\n\x00\x64\n"), 0, NULL, NULL, 0, NULL },
		{ BYTES("tracuu-record 2\ntextz 7\n\x05\x80\x80\x02\x03" "ab\n"), 0, NULL, NULL, 0, NULL },
		{ BYTES("tracuu-record 2\ntextz 8\n\x05\x80\x80\x02\x01" "abc\n"), 0, NULL, NULL, 0, NULL },
		/* A piece that does not inflate: refused when read at once; read
		 * lazily, its text is blanks. */
		{ BYTES("tracuu-record 2\ntextz 7\n\x05\x80\x80\x02\x02" "ab\n"), 0, NULL, NULL, 0, NULL },
		{ BYTES("tracuu-record 2\ntextz 7\n\x05\x80\x80\x02\x02" "ab\n"), 1, "", "", 0, "     " },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct idx_record r = { 0 };
		int rc = record_decode(rows[i].data, rows[i].len, rows[i].lazy, &r);
		if (!rows[i].source) {
			if (rc != -1)
				fail_msg("row %zu: a damaged record read (source \"%s\")", i, r.source);
			/* Refused: nothing left to free. */
			assert_null(r.source);
			assert_null(r.text);
			continue;
		}
		if (rc != 0)
			fail_msg("row %zu: refused", i);
		if (rows[i].lazy)
			idx_record_need(&r, 0, r.text_len);
		struct idx_record want = { .source = (char *)rows[i].source,
					   .title = (char *)rows[i].title,
					   .bytes = rows[i].bytes,
					   .text = (char *)rows[i].text,
					   .text_len = strlen(rows[i].text) };
		want.date = r.date; /* not in these rows */
		expect_record(i, &r, &want);
		idx_record_release(&r);
	}
}

/* Mention lines are inflated a part at a time (util/deflate.c): each part
 * as inflate_exact gives it, in any steps, and a damaged stream refused. */
static void test_inflate_parts(void **state)
{
	(void)state;
	size_t n = 100000;
	char *text = long_text(n), *out = malloc(n);
	struct buf z = BUF_INIT;
	buf_add_deflated(&z, text, n);
	static const size_t steps[] = { 1, 7, 8192, 65536, 200000 };
	for (size_t s = 0; s < N_ELEMS(steps); s++) {
		memset(out, 0, n);
		struct inflater *f = inflater_new(out, n, z.p, z.len);
		assert_non_null(f);
		size_t ready = 0;
		while (ready < n) {
			long got = inflater_fill(f, ready + steps[s]);
			if (got < 0 || (size_t)got < ready || (size_t)got > n)
				fail_msg("step %zu: %ld bytes ready after %zu", steps[s], got, ready);
			ready = (size_t)got;
			if (memcmp(out, text, ready) != 0)
				fail_msg("step %zu: the first %zu bytes differ", steps[s], ready);
		}
		/* Asking again, or past the end, changes nothing. */
		assert_int_equal(inflater_fill(f, n + 10), (long)n);
		inflater_free(f);
	}
	z.p[z.len / 2] ^= 0x55;
	struct inflater *f = inflater_new(out, n, z.p, z.len);
	long got = 0;
	while (f && got >= 0 && (size_t)got < n)
		got = inflater_fill(f, (size_t)got + 8192);
	assert_true(got < 0);
	inflater_free(f);
	inflater_free(NULL);
	buf_release(&z);
	free(out);
	free(text);
}

/* util/deflate.c: text pieces are deflated with the preset dictionary
 * (corpus/text-dict-1.txt, composed once from the project's own formulas,
 * no corpus text, and frozen). Each row comes back byte for byte by both readers; a real
 * decree's head (congbao-8chude: letterhead, motto, preamble formulas)
 * shrinks by at least half beside plain deflate (it gives 163 bytes
 * against 412: the dictionary holds the formulas, not these lines);
 * plain streams (records written before) still read; a stream naming
 * another dictionary is refused. */
static void test_text_dict(void **state)
{
	(void)state;
	static const char decree[] =
		" \n \nCÔNG BÁO/Số 851 + 852/Ngày 01-7-2025 \n3 \n \nVĂN BẢN QUY PHẠM PHÁP LUẬT \n"
		" \nCHÍNH PHỦ \n \nCHÍNH PHỦ \n \n \nSố: 158/2025/NĐ-CP \n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n \n"
		"Hà Nội, ngày 25 tháng 6 năm 2025 \n \n NGHỊ ĐỊNH \n"
		"Quy định chi tiết và hướng dẫn thi hành một số điều  \n"
		"của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc \n \n"
		"Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; \n"
		"Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; \n"
		"Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024; \n";
	/* The dictionary is frozen (scripts/gen-text-dict.sh): every index
	 * written since h17c names this one, and must keep reading. */
	if (deflate_text_dict_adler != 3506400334UL)
		fail_msg("the compiled-in dictionary is %lu, indexes name 3506400334",
			 deflate_text_dict_adler);
	char *big = long_text(100000);
	static const struct {
		const char *text;
		size_t len;
		int smaller; /* must shrink by half beside plain deflate */
	} rows[] = {
		{ decree, sizeof decree - 1, 1 },
		{ "x", 1, 0 },
		{ "a\0b\nc", 5, 0 },
		{ NULL, 100000, 0 }, /* big */
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		const char *text = rows[i].text ? rows[i].text : big;
		size_t len = rows[i].len;
		struct buf z = BUF_INIT, plain = BUF_INIT;
		size_t zn = buf_add_deflated_text(&z, text, len);
		buf_add_deflated(&plain, text, len);
		assert_int_equal(zn, z.len);
		if (!(z.p[1] & 0x20))
			fail_msg("row %zu: no dictionary named in the header", i);
		/* zlib's adler-32 of the dictionary, as scripts/gen-text-dict.sh
		 * compiled it in for readers. */
		const unsigned char *h = (const unsigned char *)z.p;
		unsigned long id = (unsigned long)h[2] << 24 | (unsigned long)h[3] << 16 |
				   (unsigned long)h[4] << 8 | h[5];
		if (id != deflate_text_dict_adler)
			fail_msg("row %zu: the header names dictionary %lu, compiled in %lu", i, id,
				 deflate_text_dict_adler);
		if (rows[i].smaller && z.len * 2 > plain.len)
			fail_msg("row %zu: %zu bytes with the dictionary, %zu without", i, z.len,
				 plain.len);
		char *out = malloc(len + 1);
		if (inflate_exact(out, len, z.p, z.len) != 0 || memcmp(out, text, len) != 0)
			fail_msg("row %zu: inflate_exact did not give the text back", i);
		memset(out, 0, len);
		struct inflater *f = inflater_new(out, len, z.p, z.len);
		if (!f || inflater_fill(f, len / 2 + 1) < 0 || inflater_fill(f, len) != (long)len ||
		    memcmp(out, text, len) != 0)
			fail_msg("row %zu: the inflater did not give the text back", i);
		inflater_free(f);
		/* Plain: a record written before the dictionary. */
		memset(out, 0, len);
		if (inflate_exact(out, len, plain.p, plain.len) != 0 || memcmp(out, text, len) != 0)
			fail_msg("row %zu: a plain stream no longer reads", i);
		/* Another dictionary's id (bytes 2-5, not covered by FCHECK). */
		z.p[4] ^= 0x01;
		if (inflate_exact(out, len, z.p, z.len) == 0)
			fail_msg("row %zu: a stream naming another dictionary was read", i);
		assert_null(inflater_new(out, len, z.p, z.len));
		free(out);
		buf_release(&z);
		buf_release(&plain);
	}
	/* The record's pieces are written so: its piece starts with the
	 * same header, the dictionary's id in it. */
	struct idx_record r = { .source = "a", .title = "", .text = (char *)decree,
				.text_len = sizeof decree - 1 };
	struct buf rec = BUF_INIT, z = BUF_INIT;
	record_encode(&r, &rec);
	buf_add_deflated_text(&z, decree, sizeof decree - 1);
	int found = 0;
	for (size_t k = 0; k + 6 <= rec.len && !found; k++)
		found = memcmp(rec.p + k, z.p, 6) == 0;
	if (!found)
		fail_msg("the record's text piece is not deflated with the dictionary");
	buf_release(&rec);
	buf_release(&z);
	free(big);
}

/* util/buf.c: buf_addf appends what snprintf gives, whether it fits the
 * room the buffer has (one pass) or needs it grown (two), and keeps the
 * buffer NUL-terminated. */
static void test_buf_addf(void **state)
{
	(void)state;
	static const struct {
		size_t before; /* bytes already in the buffer */
		const char *word;
		int count;
	} rows[] = {
		{ 0, "", 0 },        /* nothing to add */
		{ 0, "ab", 3 },      /* fits a new buffer */
		{ 60, "xyz", 2 },    /* near a power of two: fits or not */
		{ 63, "xyz", 1 },
		{ 28, "xyz", 1 },
		/* one piece longer than any room buf_addf makes first */
		{ 10, "long long long long long long long long long long long long long long long "
		      "long long long long long long long long long long long long long long", 2 },
		{ 1000, "mid", 30 }, /* a grown buffer's room */
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct buf b = BUF_INIT;
		char want[4096];
		for (size_t k = 0; k < rows[i].before; k++)
			buf_addc(&b, (char)('a' + k % 26));
		memcpy(want, b.p ? b.p : "", rows[i].before);
		size_t n = rows[i].before;
		for (int k = 0; k < rows[i].count; k++)
			n += (size_t)snprintf(want + n, sizeof want - n, "%s-%d;", rows[i].word, k);
		want[n] = '\0';
		for (int k = 0; k < rows[i].count; k++)
			buf_addf(&b, "%s-%d;", rows[i].word, k);
		if (rows[i].count == 0)
			buf_addf(&b, "%s", "");
		if (b.len != n || memcmp(b.p, want, n + 1) != 0)
			fail_msg("row %zu: %zu bytes \"%.80s\", want %zu \"%.80s\"", i, b.len, b.p,
				 n, want);
		buf_release(&b);
	}
}

/* index/articles.c: a text's articles packed into the record come back
 * whole through encode and decode; a field cut short is refused. */
static void test_articles_field(void **state)
{
	(void)state;
	static const char text[] = "Điều 1. Phạm vi\n1. Một.\n2. Hai.\nĐiều 2a. Hiệu lực\nNay.\n";
	struct text_clause clauses[] = { { 1, 21, 31 }, { 2, 31, 39 } };
	struct text_article arts[] = {
		{ "1", (char *)"Phạm vi", 0, 39, 11, 20, 0, 2, -1 },
		{ "2a", (char *)"Hiệu lực", 39, sizeof text - 1, 51, 63, 2, 0, -1 },
	};
	struct text_division divs[] = { { TEXT_CHAPTER, "I", (char *)"QUY ĐỊNH CHUNG", 0 },
					 { TEXT_SECTION, "2", (char *)"", 39 } };
	struct text_structure st = { arts, 2, clauses, 2, divs, 2 };
	/* First and past-last positions: the articles', then the clauses'. */
	unsigned pos[] = { 101, 107, 107, 110, 104, 106, 106, 107 };
	struct buf packed = BUF_INIT, data = BUF_INIT;
	articles_pack(&st, pos, &packed);
	struct idx_record r = { .source = (char *)"a.txt", .title = (char *)"t",
				.text = (char *)text, .text_len = sizeof text - 1,
				.articles = packed.p, .articles_len = packed.len };
	record_encode(&r, &data);
	struct idx_record got = { 0 };
	assert_int_equal(record_decode(data.p, data.len, 0, &got), 0);
	struct idx_articles as;
	assert_int_equal(idx_articles_read(&got, &as), 0);
	assert_int_equal(as.n, 2);
	assert_string_equal(as.a[0].number, "1");
	assert_string_equal(as.a[0].heading, "Phạm vi");
	assert_string_equal(as.a[1].number, "2a");
	assert_int_equal(as.a[1].start, 39);
	assert_int_equal(as.a[1].end, sizeof text - 1);
	assert_int_equal(as.a[1].head_start, 51);
	assert_int_equal(as.a[1].pos, 107);
	assert_int_equal(as.a[1].pos_end, 110);
	assert_int_equal(as.a[0].nclauses, 2);
	assert_int_equal(as.clauses[1].number, 2);
	assert_int_equal(as.clauses[1].start, 31);
	assert_int_equal(as.clauses[1].pos, 106);
	assert_ptr_equal(idx_article_at(&as, 35), &as.a[0]);
	assert_ptr_equal(idx_clause_at(&as, &as.a[0], 35), &as.clauses[1]);
	assert_null(idx_clause_at(&as, &as.a[0], 15));
	assert_ptr_equal(idx_article_at(&as, 45), &as.a[1]);
	assert_null(idx_clause_at(&as, &as.a[1], 45));
	assert_null(idx_article_at(&as, 69));
	assert_ptr_equal(idx_article_find(&as, "2a"), &as.a[1]);
	assert_null(idx_article_find(&as, "2"));
	/* The divisions, stored after the articles. */
	assert_int_equal(as.has_divisions, 1);
	struct idx_division *dv;
	size_t nd = idx_divisions_read(&got, &as, &dv);
	assert_int_equal(nd, 2);
	assert_int_equal(dv[0].kind, TEXT_CHAPTER);
	assert_string_equal(dv[0].label, "I");
	assert_string_equal(dv[0].title, "QUY ĐỊNH CHUNG");
	assert_int_equal(dv[1].kind, TEXT_SECTION);
	assert_string_equal(dv[1].title, "");
	assert_int_equal(dv[1].start, 39);
	idx_divisions_release(dv, nd);
	idx_articles_release(&as);
	/* A field written before divisions were stored (it ends after the
	 * articles) reads, without them. */
	struct buf old = BUF_INIT;
	struct text_structure st_old = { arts, 2, clauses, 2, NULL, 0 };
	articles_pack(&st_old, pos, &old);
	struct idx_record r_old = got;
	r_old.articles = old.p;
	r_old.articles_len = old.len - 1; /* its count of divisions, 0, left out */
	assert_int_equal(idx_articles_read(&r_old, &as), 0);
	assert_int_equal(as.n, 2);
	assert_int_equal(as.has_divisions, 0);
	assert_int_equal(idx_divisions_read(&r_old, &as, &dv), 0);
	assert_null(dv);
	idx_articles_release(&as);
	buf_release(&old);
	/* The articles starting before a byte, as the whole read gives them;
	 * the field read no further than the first starting at or after it
	 * (cut short past it, it still reads). */
	static const struct {
		size_t until, n, cut;
	} before[] = { { 0, 0, 0 }, { 1, 1, 0 }, { 39, 1, 0 }, { 40, 2, 0 }, { SIZE_MAX, 2, 0 },
		       { 39, 1, 1 }, { 1, 1, 1 } };
	for (size_t i = 0; i < sizeof before / sizeof *before; i++) {
		struct idx_articles all, some;
		assert_int_equal(idx_articles_read(&got, &all), 0);
		got.articles_len -= before[i].cut;
		int rc = idx_articles_read_before(&got, before[i].until, &some);
		got.articles_len += before[i].cut;
		if (rc != 0 || some.n != before[i].n)
			fail_msg("row %zu: rc %d, %zu articles, want %zu", i, rc, some.n, before[i].n);
		for (size_t k = 0; k < some.n; k++) {
			assert_string_equal(some.a[k].number, all.a[k].number);
			assert_string_equal(some.a[k].heading, all.a[k].heading);
			assert_int_equal(some.a[k].start, all.a[k].start);
			assert_int_equal(some.a[k].end, all.a[k].end);
			assert_int_equal(some.a[k].nclauses, all.a[k].nclauses);
			assert_ptr_equal(idx_clause_at(&some, &some.a[k], 35) ? 1 : 0,
					 idx_clause_at(&all, &all.a[k], 35) ? 1 : 0);
		}
		assert_int_equal(some.has_divisions, 0);
		idx_articles_release(&some);
		idx_articles_release(&all);
	}
	/* Cut short, or past the text: damaged. */
	got.articles_len--;
	assert_int_equal(idx_articles_read(&got, &as), -1);
	assert_int_equal(as.n, 0);
	got.articles_len++;
	got.text_len = 20;
	assert_int_equal(idx_articles_read(&got, &as), -1);
	idx_record_release(&got);
	buf_release(&packed);
	buf_release(&data);
}

/* A result's record (record_decode_kept, lazy) inflates its head as far
 * as its articles start, and the articles as far as they are read: a
 * long law's 400 articles, read before a byte as a passage asks, then
 * whole, come out as a record decoded whole gives them, and the first
 * article's read leaves most of them compressed. */
static void test_articles_lazy(void **state)
{
	(void)state;
	enum { NA = 400, NC = 3, LEN = 300 };
	size_t tlen = NA * LEN;
	char *text = xmalloc(tlen + 1);
	memset(text, 'x', tlen);
	text[tlen] = '\0';
	struct text_article *arts = xcalloc(NA, sizeof *arts);
	struct text_clause *cls = xcalloc(NA * NC, sizeof *cls);
	struct text_division divs[] = { { TEXT_CHAPTER, "I", (char *)"CHUNG", 0 },
					 { TEXT_CHAPTER, "II", (char *)"RIÊNG", 150 * LEN } };
	unsigned *pos = xcalloc(2 * (NA + NA * NC), sizeof *pos);
	for (size_t i = 0; i < NA; i++) {
		struct text_article *a = &arts[i];
		snprintf(a->number, sizeof a->number, "%zu", i + 1);
		a->heading = xasprintf("Điều khoản số %zu về việc %zu", i * 7919 % 1000, i * 104729 % 997);
		a->start = i * LEN;
		a->end = a->start + LEN;
		a->head_start = a->start + 5;
		a->head_end = a->start + 40;
		a->first_clause = i * NC;
		a->nclauses = NC;
		pos[2 * i] = (unsigned)(i * 50);
		pos[2 * i + 1] = (unsigned)(i * 50 + 50);
		for (size_t k = 0; k < NC; k++) {
			size_t c = i * NC + k;
			cls[c] = (struct text_clause){ (unsigned)k + 1, a->start + 40 + k * 80,
						       a->start + 120 + k * 80 };
			pos[2 * NA + 2 * c] = (unsigned)(i * 50 + 8 + k * 13);
			pos[2 * NA + 2 * c + 1] = (unsigned)(i * 50 + 21 + k * 13);
		}
	}
	struct text_structure st = { arts, NA, cls, NA * NC, divs, 2 };
	struct buf packed = BUF_INIT, data = BUF_INIT;
	articles_pack(&st, pos, &packed);
	struct idx_record r = { .source = (char *)"long.txt", .title = (char *)"Luật dài",
				.text = text, .text_len = tlen, .articles = packed.p,
				.articles_len = packed.len };
	record_encode(&r, &data);
	struct idx_record whole = { 0 };
	assert_int_equal(record_decode(data.p, data.len, 0, &whole), 0);
	static const size_t until[] = { 1, LEN, LEN + 1, 37 * LEN + 5, 200 * LEN, 399 * LEN + 1,
					 SIZE_MAX - 1, SIZE_MAX };
	for (size_t u = 0; u < N_ELEMS(until); u++) {
		struct holder k = { xmalloc(data.len + 1), data.len, 0 };
		memcpy(k.data, data.p, data.len);
		struct idx_record got = { .docid = 3 };
		assert_int_equal(record_decode_kept(k.data, data.len, 1, &k, holder_free, &got), 0);
		assert_string_equal(got.title, "Luật dài");
		assert_int_equal(got.articles_len, packed.len);
		for (int twice = 0; twice < 2; twice++) {
			struct idx_articles want, some;
			size_t t = twice ? SIZE_MAX : until[u];
			assert_int_equal(idx_articles_read_before(&whole, t, &want), 0);
			assert_int_equal(idx_articles_read_before(&got, t, &some), 0);
			if (some.n != want.n || some.nclauses != want.nclauses ||
			    some.has_divisions != want.has_divisions)
				fail_msg("until %zu: %zu articles, %zu clauses, want %zu, %zu", t,
					 some.n, some.nclauses, want.n, want.nclauses);
			for (size_t i = 0; i < some.n; i++) {
				assert_string_equal(some.a[i].number, want.a[i].number);
				assert_string_equal(some.a[i].heading, want.a[i].heading);
				assert_int_equal(some.a[i].start, want.a[i].start);
				assert_int_equal(some.a[i].pos_end, want.a[i].pos_end);
				assert_int_equal(some.a[i].first_clause, want.a[i].first_clause);
			}
			for (size_t c = 0; c < some.nclauses; c++) {
				assert_int_equal(some.clauses[c].start, want.clauses[c].start);
				assert_int_equal(some.clauses[c].pos_end, want.clauses[c].pos_end);
			}
			if (u == 0 && !twice)
				assert_true(idx_record_articles(&got, 0) < (long)packed.len / 2);
			idx_articles_release(&some);
			idx_articles_release(&want);
		}
		assert_int_equal(idx_record_articles(&got, 0), (long)packed.len);
		assert_memory_equal(got.articles, packed.p, packed.len);
		assert_int_equal(k.released, 0);
		idx_record_release(&got);
		assert_int_equal(k.released, 1);
	}
	/* A byte of the compressed head damaged, here and there: the record
	 * is refused, or read with its articles refused or read, never past
	 * its bytes (the sanitizers' build says). */
	const char *hz = strstr(data.p, "headz ");
	size_t hzlen = strtoul(hz + 6, NULL, 10), hzat = (size_t)(strchr(hz, '\n') + 1 - data.p);
	for (size_t at = hzat + 8; at < hzat + hzlen; at += hzlen / 97 + 1) {
		struct holder k = { xmalloc(data.len + 1), data.len, 0 };
		memcpy(k.data, data.p, data.len);
		k.data[at] ^= 0x55;
		struct idx_record got = { .docid = 4 };
		if (record_decode_kept(k.data, data.len, 1, &k, holder_free, &got) == 0) {
			struct idx_articles some;
			int rc = idx_articles_read_before(&got, 200 * LEN, &some);
			assert_true(rc == 0 || rc == -1);
			idx_articles_release(&some);
			rc = idx_articles_read(&got, &some);
			assert_true(rc == 0 || rc == -1);
			idx_articles_release(&some);
			idx_record_release(&got);
		}
		assert_int_equal(k.released, 1);
	}
	/* A second head after a lazy one: refused (its table would be
	 * replaced under a pointer into the first). */
	size_t hzend = hzat + hzlen + 1;
	struct holder k2 = { xmalloc(data.len + hzend), data.len + hzend - 16, 0 };
	memcpy(k2.data, data.p, hzend);
	memcpy(k2.data + hzend, data.p + 16, data.len - 16);
	struct idx_record two = { .docid = 5 };
	assert_int_equal(record_decode_kept(k2.data, k2.len, 1, &k2, holder_free, &two), -1);
	assert_int_equal(k2.released, 1);
	/* Decoded without the data held, the head is inflated whole. */
	struct idx_record copy = { 0 };
	assert_int_equal(record_decode(data.p, data.len, 1, &copy), 0);
	assert_memory_equal(copy.articles, packed.p, packed.len);
	idx_record_release(&copy);
	idx_record_release(&whole);
	for (size_t i = 0; i < NA; i++)
		free(arts[i].heading);
	free(arts);
	free(cls);
	free(pos);
	free(text);
	buf_release(&packed);
	buf_release(&data);
}

/* SLOT_ORDER values (source, NUL, hash) in order: the tie-breaker shards and
 * one index share, so its order is memcmp's, a prefix first. */
/* buf_add_uint writes what "%llu" writes, at the ends of the range too. */
static void test_add_uint(void **state)
{
	(void)state;
	const unsigned long long vs[] = { 0, 1, 9, 10, 99, 100, 4294967295ULL, 4294967296ULL,
					  18446744073709551615ULL };
	for (size_t i = 0; i < N_ELEMS(vs); i++) {
		struct buf a = BUF_INIT, b = BUF_INIT;
		buf_adds(&a, "x");
		buf_add_uint(&a, vs[i]);
		buf_addf(&b, "x%llu", vs[i]);
		assert_string_equal(a.p, b.p);
		assert_int_equal(a.len, b.len);
		buf_release(&a);
		buf_release(&b);
	}
}

static void test_bytes_cmp(void **state)
{
	(void)state;
	static const struct {
		const char *a;
		size_t alen;
		const char *b;
		size_t blen;
		int sign;
	} rows[] = {
		{ "a.txt\0ff", 8, "b.txt\0aa", 8, -1 },
		{ "blhs-1.txt\0aa", 13, "blhs-2.txt\0aa", 13, -1 },
		{ "a.txt\0bb", 8, "a.txt\0aa", 8, 1 },     /* same source: the hash */
		{ "a.txt", 5, "a.txt\0aa", 8, -1 },         /* a prefix first */
		{ "a.txt\0aa", 8, "a.txt\0aa", 8, 0 },
		{ "", 0, "", 0, 0 },
		{ "", 0, "a", 1, -1 },
		{ "\xc4\x91", 2, "z", 1, 1 },                /* bytes, unsigned: đ after z */
	};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
		int c = bytes_cmp(rows[i].a, rows[i].alen, rows[i].b, rows[i].blen);
		int r = bytes_cmp(rows[i].b, rows[i].blen, rows[i].a, rows[i].alen);
		assert_int_equal((c > 0) - (c < 0), rows[i].sign);
		assert_int_equal((r > 0) - (r < 0), -rows[i].sign);
	}
}

/* The position lists a record keeps (idx_record_positions): each term's
 * found again as kept, terms that share a prefix or differ in length kept
 * apart, an empty list kept as read (found, none), a term never kept not
 * found; idx_record_release frees them (ASan and valgrind say if not). */
static void test_kept_positions(void **state)
{
	(void)state;
	static const struct {
		const char *term;
		unsigned pos[4];
		size_t n;
	} rows[] = {
		{ "Fdao", { 3, 9, 40 }, 3 },
		{ "Fdao_tao", { 7 }, 1 },
		{ "Fda", { 0 }, 0 },
		{ "Ftao", { 4, 10, 41, 90 }, 4 },
	};
	struct idx_record r = { 0 };
	size_t n;
	int found;
	assert_null(record_positions_find(&r, "Fdao", 4, &n, &found));
	assert_int_equal(found, 0);
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		unsigned *pos = rows[i].n ? xmalloc(rows[i].n * sizeof *pos) : NULL;
		if (pos)
			memcpy(pos, rows[i].pos, rows[i].n * sizeof *pos);
		const unsigned *kept =
			record_positions_keep(&r, rows[i].term, strlen(rows[i].term), pos, rows[i].n);
		assert_ptr_equal(kept, pos);
	}
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		const unsigned *got =
			record_positions_find(&r, rows[i].term, strlen(rows[i].term), &n, &found);
		if (!found || n != rows[i].n)
			fail_msg("row %zu (%s): found %d, %zu positions, expected %zu", i,
				 rows[i].term, found, n, rows[i].n);
		for (size_t k = 0; k < n; k++)
			assert_int_equal(got[k], rows[i].pos[k]);
	}
	/* A term is its bytes: "Fdao" asked with its length 3 is "Fda". */
	record_positions_find(&r, "Fdao", 3, &n, &found);
	assert_true(found && n == 0);
	record_positions_find(&r, "Fdaox", 5, &n, &found);
	assert_int_equal(found, 0);
	idx_record_release(&r);
	assert_null(r.positions);
}

int main(void)
{
	const struct CMUnitTest record[] = {
		cmocka_unit_test(test_add_uint),
		cmocka_unit_test(test_bytes_cmp),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_articles_field),
		cmocka_unit_test(test_lazy_piece),
		cmocka_unit_test(test_decode_kept),
		cmocka_unit_test(test_layout),
		cmocka_unit_test(test_decode_table),
		cmocka_unit_test(test_inflate_parts),
		cmocka_unit_test(test_buf_addf),
		cmocka_unit_test(test_text_dict),
		cmocka_unit_test(test_kept_positions),
		cmocka_unit_test(test_articles_lazy),
	};
	return cmocka_run_group_tests_name("record", record, NULL, NULL) ? 1 : 0;
}
