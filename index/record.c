/* record.c — a document's stored record: its fields and text, serialised
 * into Xapian's document data as length-prefixed fields. */
#include "index/record.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Format: "tracuu-record 3\n", then per field "<name> <length>\n<bytes>\n".
 * Lengths make any byte (newlines, NULs) safe; unknown names are skipped so
 * later versions can add fields, and absent ones read as NULL.
 *
 * The text ("textz") is cut into TEXT_PIECE-byte pieces, each compressed on
 * its own (zlib), so that showing a passage of a 100-page law decompresses
 * one or two pieces, not the law: the varint text length, the varint
 * piece size, the varint compressed length of each piece, then the pieces.
 * The other fields go first, as one field "headz": the varint length of
 * their bytes (name, length and value each, as above), then those bytes
 * compressed. So every byte of the record is compressed already, Xapian
 * finds it incompressible and stores it as it is, and reading a record is
 * a copy: record 2 kept those fields plain, a few KB a law that Xapian
 * could shrink, so it compressed the whole record and inflated all of it,
 * pieces included, each time a result was read (a fifth of a search's
 * instructions). Record 2 is read as before (an index written before gives
 * the same answers); record 1 kept the text plain and let Xapian compress
 * the whole record. */
#define RECORD_MAGIC "tracuu-record 3\n"
#define RECORD_MAGIC_2 "tracuu-record 2\n"
#define TEXT_PIECE 32768

struct record_text {
	unsigned char *z;     /* the compressed pieces, back to back */
	int borrowed;         /* z points into the record's data … */
	void *own;            /* … which this holds, once the record took it, */
	void (*own_free)(void *); /* … and this releases */
	size_t *start;        /* piece i is z[start[i]..start[i + 1]) */
	size_t n;
	size_t *done;         /* bytes of piece i in r->text, from its start */
	struct inflater **inf; /* piece i part inflated: where it goes on */
	size_t piece;         /* bytes of text a piece holds (the last: fewer) */
};

/* A lazy record's head, inflated as far as its articles start. The
 * articles are the head's last field (record_encode) and most of it: a
 * long law's are tens of KB, and a result reads them only as far as its
 * passage (idx_articles_read_before). They are inflated as far as a reader
 * asks (idx_record_articles). */
struct record_head {
	char *buf;            /* the head's n bytes, [0, ready) inflated */
	size_t n, ready;
	struct inflater *inf; /* NULL once all are inflated (or damaged) */
	size_t rest;          /* where the articles end (their '\n') */
	int complete;         /* all inflated, the fields after them read */
	int damaged;
};

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
	{ "pages", offsetof(struct idx_record, pages) },
	{ "own", offsetof(struct idx_record, own) },
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

static void put_text(struct buf *out, const char *text, size_t len)
{
	struct buf hdr = BUF_INIT, z = BUF_INIT;
	buf_add_varint(&hdr, len);
	buf_add_varint(&hdr, TEXT_PIECE);
	for (size_t off = 0; off < len; off += TEXT_PIECE) {
		size_t n = len - off < TEXT_PIECE ? len - off : TEXT_PIECE;
		buf_add_varint(&hdr, buf_add_deflated_text(&z, text + off, n));
	}
	buf_addf(out, "textz %zu\n", hdr.len + z.len);
	buf_add(out, hdr.p, hdr.len);
	buf_add(out, z.p, z.len);
	buf_addc(out, '\n');
	buf_release(&hdr);
	buf_release(&z);
}

/* Where each page after the first starts (PDF text has a form feed there). */
static void put_pages(struct buf *out, const char *text, size_t len)
{
	struct buf v = BUF_INIT;
	for (const char *p = text; p && (p = memchr(p, '\f', len - (size_t)(p - text))); p++)
		buf_addf(&v, "%s%zu", v.len ? " " : "", (size_t)(p - text));
	if (v.len)
		put(out, "pages", v.p, v.len);
	buf_release(&v);
}

void record_encode(const struct idx_record *r, struct buf *out)
{
	char num[32];
	struct buf head = BUF_INIT, z = BUF_INIT;
	for (size_t i = 0; i < NFIELDS; i++) {
		const char *v = *field((struct idx_record *)r, i);
		if (v && strcmp(fields[i].name, "pages") != 0)
			put(&head, fields[i].name, v, strlen(v));
	}
	snprintf(num, sizeof num, "%llu", r->bytes);
	put(&head, "bytes", num, strlen(num));
	if (r->text)
		put_pages(&head, r->text, r->text_len);
	if (r->articles && r->articles_len)
		put(&head, "articles", r->articles, r->articles_len);
	buf_add_varint(&z, head.len);
	buf_add_deflated_text(&z, head.p, head.len);
	buf_adds(out, RECORD_MAGIC);
	put(out, "headz", z.p, z.len);
	put_text(out, r->text ? r->text : "", r->text ? r->text_len : 0);
	buf_release(&head);
	buf_release(&z);
}

static void text_release(struct record_text *t)
{
	if (!t)
		return;
	if (t->borrowed && t->own)
		t->own_free(t->own);
	else
		free(t->z);
	free(t->start);
	for (size_t i = 0; i < t->n; i++)
		inflater_free(t->inf[i]);
	free(t->inf);
	free(t->done);
	free(t);
}

/* Reads a "textz" field: r->text gets text_len bytes (zeros until needed),
 * r->packed the pieces. */
static int get_text(const char *v, size_t len, int borrow, struct idx_record *r)
{
	const unsigned char *p = (const unsigned char *)v, *end = p + len;
	size_t text_len, piece, n, at = 0, zlen;
	if (varint_get(&p, end, &text_len) < 0 || text_len > ((size_t)1 << 40) ||
	    varint_get(&p, end, &piece) < 0 || piece < 1024 || piece > ((size_t)1 << 26))
		return -1;
	n = (text_len + piece - 1) / piece;
	if (n > len)
		return -1;
	struct record_text *t = xcalloc(1, sizeof *t);
	t->n = n;
	t->piece = piece;
	t->start = xcalloc(n + 1, sizeof *t->start);
	t->done = xcalloc(n ? n : 1, sizeof *t->done);
	t->inf = xcalloc(n ? n : 1, sizeof *t->inf);
	for (size_t i = 0; i < n; i++) {
		if (varint_get(&p, end, &zlen) < 0 || zlen > (size_t)(end - p)) {
			text_release(t);
			return -1;
		}
		t->start[i] = at;
		at += zlen;
	}
	t->start[n] = at;
	if (at != (size_t)(end - p)) {
		text_release(t);
		return -1;
	}
	if (borrow) {
		t->z = (unsigned char *)p;
		t->borrowed = 1;
	} else {
		t->z = xmalloc(at ? at : 1);
		memcpy(t->z, p, at);
	}
	free(r->text);
	text_release(r->packed);
	/* Not zeroed: a piece is written before it is read (idx_record_need),
	 * and zeroing a long law's buffer for a short excerpt was a
	 * noticeable share of a phrase search on a large corpus. */
	r->text = xmalloc(text_len + 1);
	r->text[text_len] = '\0';
	r->text_len = text_len;
	r->packed = t;
	return 0;
}

/* Makes piece i ready up to its byte upto: a passage needs the piece's
 * start to its own end, not the whole piece (inflating is most of what a
 * search result costs). */
static int inflate_piece(struct idx_record *r, size_t i, size_t upto)
{
	struct record_text *t = r->packed;
	size_t off = i * t->piece;
	size_t n = r->text_len - off < t->piece ? r->text_len - off : t->piece;
	if (upto > n)
		upto = n;
	if (t->done[i] >= upto)
		return 0;
	if (!t->inf[i] && upto == n) {
		if (inflate_exact(r->text + off, n, t->z + t->start[i],
				  t->start[i + 1] - t->start[i]) < 0) {
			memset(r->text + off, ' ', n);
			t->done[i] = n;
			return -1;
		}
		t->done[i] = n;
		return 0;
	}
	if (!t->inf[i])
		t->inf[i] = inflater_new(r->text + off, n, t->z + t->start[i],
					 t->start[i + 1] - t->start[i]);
	long got = t->inf[i] ? inflater_fill(t->inf[i], upto) : -1;
	if (got < 0 || (size_t)got < upto) {
		inflater_free(t->inf[i]);
		t->inf[i] = NULL;
		memset(r->text + off + t->done[i], ' ', n - t->done[i]);
		t->done[i] = n; /* damaged: blanks, not read again */
		return -1;
	}
	t->done[i] = (size_t)got;
	if (t->done[i] == n) {
		inflater_free(t->inf[i]);
		t->inf[i] = NULL;
	}
	return 0;
}

void idx_record_need(struct idx_record *r, size_t from, size_t to)
{
	struct record_text *t = r->packed;
	if (!t)
		return;
	if (to > r->text_len)
		to = r->text_len;
	for (size_t i = from / t->piece; from < to && i < t->n && i * t->piece < to; i++)
		inflate_piece(r, i, to - i * t->piece);
}

static int name_is(const char *name, size_t len, const char *want)
{
	return strlen(want) == len && memcmp(name, want, len) == 0;
}

/* The small fields a record 3 keeps compressed together: the varint
 * length of their bytes, then the bytes deflated. */
/* Where fields_read reads: a record's top level, its "headz", or its top
 * level without the head (RECORD_TEXT_ONLY). */
enum { FIELDS_TOP, FIELDS_HEAD, FIELDS_TOP_NO_HEAD };
static int fields_read(const char *data, size_t i, size_t len, int borrow, int nested,
		       struct record_head *h, struct idx_record *r);

static void head_release(struct record_head *h)
{
	if (!h)
		return;
	inflater_free(h->inf);
	free(h->buf);
	free(h);
}

/* h's bytes [0, upto) inflated (upto at most h->n), in steps at least
 * doubling what is there (each call of inflate copies its output into
 * zlib's window): 0, or -1 when the stream is damaged. */
static int head_fill(struct record_head *h, size_t upto)
{
	if (upto > h->n)
		upto = h->n;
	if (upto <= h->ready)
		return 0;
	if (h->damaged || !h->inf)
		return -1;
	size_t want = 2 * h->ready > upto ? 2 * h->ready : upto;
	if (want > h->n)
		want = h->n;
	long got = inflater_fill(h->inf, want);
	if (got < 0 || (size_t)got < want) {
		inflater_free(h->inf);
		h->inf = NULL;
		h->damaged = 1;
		return -1;
	}
	h->ready = (size_t)got;
	if (h->ready == h->n) {
		inflater_free(h->inf);
		h->inf = NULL;
	}
	return 0;
}

/* The first bytes of a head inflated for its small fields: all of them
 * but a long law's articles. */
#define HEAD_FIRST 1024

static int get_head(const char *v, size_t len, int lazy, struct idx_record *r)
{
	const unsigned char *p = (const unsigned char *)v, *end = p + len;
	size_t n;
	if (varint_get(&p, end, &n) < 0 || n > ((size_t)1 << 32))
		return -1;
	if (r->head)
		return -1; /* a second head after a lazy one */
	if (lazy && n > HEAD_FIRST) {
		struct record_head *h = xcalloc(1, sizeof *h);
		h->buf = xmalloc(n + 1);
		h->buf[n] = '\0';
		h->n = n;
		h->inf = inflater_new(h->buf, n, p, (size_t)(end - p));
		if (!h->inf || fields_read(h->buf, 0, n, 0, FIELDS_HEAD, h, r) < 0) {
			if (r->head != h)
				head_release(h);
			return -1;
		}
		if (r->head != h)
			head_release(h); /* no articles: all read */
		return 0;
	}
	char *head = xmalloc(n + 1);
	int rc = inflate_exact(head, n, p, (size_t)(end - p));
	if (rc == 0)
		rc = fields_read(head, 0, n, 0, FIELDS_HEAD, NULL, r);
	free(head);
	return rc;
}

long idx_record_articles(const struct idx_record *cr, size_t upto)
{
	/* Inflated as read, as the text is (idx_record_need): the record
	 * reads the same whatever was asked before. */
	struct idx_record *r = (struct idx_record *)cr;
	struct record_head *h = r->head;
	if (!h)
		return (long)r->articles_len;
	size_t at = (size_t)(r->articles - h->buf);
	if (h->damaged)
		return -1;
	if (upto >= r->articles_len && !h->complete) {
		/* Their '\n' and any field after them (none is written). */
		h->complete = 1;
		if (head_fill(h, h->n) < 0 || h->buf[h->rest] != '\n' ||
		    fields_read(h->buf, h->rest + 1, h->n, 0, FIELDS_HEAD, NULL, r) < 0) {
			h->damaged = 1;
			return -1;
		}
	}
	if (upto >= r->articles_len)
		return (long)r->articles_len;
	if (head_fill(h, at + upto) < 0)
		return -1;
	return (long)(h->ready - at < r->articles_len ? h->ready - at : r->articles_len);
}

/* A field's name and length line, "canonical_url 123\n", is shorter. */
#define FIELD_LINE 64

/* The fields of data[i..len) into r; a "headz" field only outside one
 * (nested 0). With h (a lazy head: data is h->buf, inflated as read), the
 * reading stops at the articles, left to idx_record_articles. 0, or -1
 * when they are damaged. */
static int fields_read(const char *data, size_t i, size_t len, int borrow, int nested,
		       struct record_head *h, struct idx_record *r)
{
	while (i < len) {
		if (h && head_fill(h, i + FIELD_LINE) < 0)
			goto bad;
		size_t avail = h ? h->ready : len;
		const char *nl = memchr(data + i, '\n', avail - i);
		if (!nl && avail < len) {
			if (head_fill(h, len) < 0)
				goto bad;
			continue;
		}
		const char *sp = memchr(data + i, ' ', (size_t)(nl ? nl - (data + i) : 0));
		if (!nl || !sp)
			goto bad;
		char *endp;
		unsigned long long flen = strtoull(sp + 1, &endp, 10);
		if (endp != nl)
			goto bad;
		const char *name = data + i;
		size_t name_len = (size_t)(sp - name);
		size_t vstart = (size_t)(nl - data) + 1;
		if (flen > len - vstart || len - vstart - flen < 1)
			goto bad;
		if (h && name_is(name, name_len, "articles")) {
			free(r->articles);
			r->articles = (char *)data + vstart;
			r->articles_len = (size_t)flen;
			h->rest = vstart + (size_t)flen;
			r->head = h;
			return 0;
		}
		if (h && head_fill(h, vstart + (size_t)flen + 1) < 0)
			goto bad;
		if (data[vstart + flen] != '\n')
			goto bad;
		i = vstart + (size_t)flen + 1;
		if (name_is(name, name_len, "headz")) {
			if (nested == FIELDS_TOP_NO_HEAD)
				continue;
			if (nested || get_head(data + vstart, (size_t)flen, borrow, r) < 0)
				return -1;
			continue;
		}
		if (name_is(name, name_len, "textz")) {
			if (nested == FIELDS_HEAD || get_text(data + vstart, (size_t)flen, borrow, r) < 0)
				return -1;
			continue;
		}
		if (name_is(name, name_len, "articles")) {
			if (r->head)
				goto bad; /* a second table after a lazy head's */
			/* Varints: any byte, NULs included. */
			free(r->articles);
			r->articles = xmalloc((size_t)flen + 1);
			memcpy(r->articles, data + vstart, (size_t)flen);
			r->articles_len = (size_t)flen;
			continue;
		}
		char *v = xstrndup(data + vstart, (size_t)flen);
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
	return 0;
bad:
	return -1;
}

static int decode(const char *data, size_t len, int lazy, int borrow, struct idx_record *r)
{
	size_t magic = strlen(RECORD_MAGIC);
	unsigned docid = r->docid;
	memset(r, 0, sizeof *r);
	r->docid = docid;
	if (len < magic || (memcmp(data, RECORD_MAGIC, magic) != 0 &&
			    memcmp(data, RECORD_MAGIC_2, magic) != 0))
		return -1;
	if (fields_read(data, magic, len, borrow,
			lazy == RECORD_TEXT_ONLY ? FIELDS_TOP_NO_HEAD : FIELDS_TOP, NULL, r) < 0)
		goto bad;
	/* The head's rest is inflated from the record's data, held only with
	 * the text's pieces borrowed from it. */
	if (r->head && !(r->packed && r->packed->borrowed) && idx_record_articles(r, SIZE_MAX) < 0)
		goto bad;
	if (!r->source)
		r->source = xstrdup("");
	if (!r->title)
		r->title = xstrdup("");
	if (!r->text) {
		r->text = xstrdup("");
		r->text_len = 0;
	}
	if (r->packed && !lazy) {
		for (size_t p = 0; p < r->packed->n; p++)
			if (inflate_piece(r, p, (size_t)-1) < 0)
				goto bad;
		text_release(r->packed);
		r->packed = NULL;
	}
	return 0;
bad:
	idx_record_release(r);
	return -1;
}

int record_decode(const char *data, size_t len, int lazy, struct idx_record *r)
{
	return decode(data, len, lazy, 0, r);
}

int record_decode_kept(const char *data, size_t len, int lazy, void *keep,
		       void (*keep_free)(void *), struct idx_record *r)
{
	/* The pieces stay where they are: a long law's compressed text is
	 * not copied for the passage a result shows. */
	int rc = decode(data, len, lazy, lazy, r);
	if (rc == 0 && r->packed && r->packed->borrowed) {
		r->packed->own = keep;
		r->packed->own_free = keep_free;
	} else {
		keep_free(keep);
	}
	return rc;
}

int record_decode_take(char *data, size_t len, int lazy, struct idx_record *r)
{
	return record_decode_kept(data, len, lazy, data, free, r);
}

struct record_positions {
	struct kept_positions {
		char *term;
		size_t len, n;
		unsigned *pos;
	} *v;
	size_t n, cap;
};

const unsigned *record_positions_find(const struct idx_record *r, const char *term, size_t len,
				      size_t *n, int *found)
{
	const struct record_positions *p = r->positions;
	for (size_t i = 0; p && i < p->n; i++)
		if (p->v[i].len == len && memcmp(p->v[i].term, term, len) == 0) {
			*found = 1;
			*n = p->v[i].n;
			return p->v[i].pos;
		}
	*found = 0;
	*n = 0;
	return NULL;
}

const unsigned *record_positions_keep(struct idx_record *r, const char *term, size_t len,
				      unsigned *pos, size_t n)
{
	struct record_positions *p = r->positions;
	if (!p)
		p = r->positions = xcalloc(1, sizeof *p);
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 16;
		p->v = xrealloc(p->v, p->cap * sizeof *p->v);
	}
	char *t = xmalloc(len + 1);
	memcpy(t, term, len);
	t[len] = '\0';
	p->v[p->n++] = (struct kept_positions){ t, len, n, pos };
	return pos;
}

static void positions_release(struct record_positions *p)
{
	for (size_t i = 0; p && i < p->n; i++) {
		free(p->v[i].term);
		free(p->v[i].pos);
	}
	if (p)
		free(p->v);
	free(p);
}

void idx_record_release(struct idx_record *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < NFIELDS; i++)
		free(*field(r, i));
	free(r->issue_date);
	if (r->head)
		head_release(r->head);
	else
		free(r->articles);
	free(r->text);
	text_release(r->packed);
	positions_release(r->positions);
	free(r->offsets);
	memset(r, 0, sizeof *r);
}
