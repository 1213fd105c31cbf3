/* deflate.c — zlib streams into and out of buffers, for what the index stores
 * compressed (the text's pieces, the mention lines). */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "util/util.h"

size_t buf_add_deflated(struct buf *b, const void *data, size_t len)
{
	uLongf zlen = compressBound((uLong)len);
	buf_grow(b, zlen);
	if (compress2((Bytef *)b->p + b->len, &zlen, (const Bytef *)data, (uLong)len,
		      Z_DEFAULT_COMPRESSION) != Z_OK)
		abort(); /* only Z_MEM_ERROR is possible: out of memory */
	b->len += zlen;
	b->p[b->len] = '\0';
	return zlen;
}

/* Every text repeats the same letterheads and statutory formulas: primed
 * with them (corpus/text-dict-1.txt), deflate refers back to them instead of
 * spelling each out again. zlib's header then says so and names
 * the dictionary by its adler-32. Level 5, not the default 6: the
 * dictionary lengthens the chains deflate searches, and at 6 it took twice
 * the time of a plain deflate for a quarter of the bytes more saved. The
 * stream is primed once a process (hashing the dictionary cost more than
 * deflating a short text) and copied for each piece; the copy only reads
 * it, so threads share it. */
static z_stream text_primed;
static pthread_once_t text_primed_once = PTHREAD_ONCE_INIT;

static void text_prime(void)
{
	if (deflateInit(&text_primed, 5) != Z_OK ||
	    deflateSetDictionary(&text_primed, deflate_text_dict, (uInt)deflate_text_dict_len) != Z_OK)
		abort(); /* only Z_MEM_ERROR is possible: out of memory */
}

size_t buf_add_deflated_text(struct buf *b, const void *data, size_t len)
{
	pthread_once(&text_primed_once, text_prime);
	z_stream zs;
	if (deflateCopy(&zs, &text_primed) != Z_OK)
		abort(); /* out of memory */
	uLong zlen = deflateBound(&zs, (uLong)len);
	buf_grow(b, zlen);
	zs.next_in = (Bytef *)data;
	zs.avail_in = (uInt)len;
	zs.next_out = (Bytef *)b->p + b->len;
	zs.avail_out = (uInt)zlen;
	if (deflate(&zs, Z_FINISH) != Z_STREAM_END)
		abort();
	size_t n = zs.total_out;
	deflateEnd(&zs);
	b->len += n;
	b->p[b->len] = '\0';
	return n;
}

/* The dictionary's adler-32, as a stream's header names it, is computed
 * when the dictionary is compiled in (scripts/gen-text-dict.sh). */
static uLong text_dict_id(void)
{
	return deflate_text_dict_adler;
}

/* Streams are inflated raw, past zlib's header: zlib's trailer
 * checksum (adler-32 over every byte out) cost as much as a tenth of the
 * inflating, which every search result pays for its excerpt. A damaged
 * stream is still refused when its header, its codes or its length are
 * wrong. 0, or -1 when z has no zlib header or names a dictionary other
 * than the text's. */
static int raw_start(z_stream *zs, const void *z, size_t zlen)
{
	const unsigned char *h = z;
	memset(zs, 0, sizeof *zs);
	/* RFC 1950: deflate (CM 8), FCHECK, and with FDICT the dictionary's
	 * adler-32 (big-endian) after the two bytes. */
	if (zlen < 6 || zlen > UINT32_MAX || (h[0] & 0x0f) != 8 ||
	    ((unsigned)h[0] << 8 | h[1]) % 31)
		return -1;
	size_t head = 2;
	if (h[1] & 0x20) {
		uLong id = (uLong)h[2] << 24 | (uLong)h[3] << 16 | (uLong)h[4] << 8 | h[5];
		if (zlen < 10 || id != text_dict_id())
			return -1;
		head = 6;
	}
	if (inflateInit2(zs, -15) != Z_OK)
		return -1;
	if (head == 6 &&
	    inflateSetDictionary(zs, deflate_text_dict, (uInt)deflate_text_dict_len) != Z_OK) {
		inflateEnd(zs);
		return -1;
	}
	zs->next_in = (Bytef *)h + head;
	zs->avail_in = (uInt)(zlen - head);
	return 0;
}

int inflate_exact(void *out, size_t len, const void *z, size_t zlen)
{
	if (!len)
		return 0;
	z_stream zs;
	if (len > UINT32_MAX || raw_start(&zs, z, zlen) < 0)
		return -1;
	zs.next_out = out;
	zs.avail_out = (uInt)len;
	int rc = inflate(&zs, Z_FINISH);
	size_t got = zs.total_out;
	inflateEnd(&zs);
	return rc == Z_STREAM_END && got == len ? 0 : -1;
}

struct inflater {
	z_stream zs;
	unsigned char *out;
	size_t len;
};

struct inflater *inflater_new(void *out, size_t len, const void *z, size_t zlen)
{
	struct inflater *f = xcalloc(1, sizeof *f);
	f->out = out;
	f->len = len;
	if (len > UINT32_MAX || raw_start(&f->zs, z, zlen) < 0) {
		free(f);
		return NULL;
	}
	f->zs.next_out = f->out;
	return f;
}

long inflater_fill(struct inflater *f, size_t upto)
{
	size_t done = (size_t)(f->zs.next_out - f->out);
	if (upto > f->len)
		upto = f->len;
	if (upto <= done)
		return (long)done;
	f->zs.avail_out = (uInt)(upto - done);
	int rc = inflate(&f->zs, Z_SYNC_FLUSH);
	done = (size_t)(f->zs.next_out - f->out);
	if (rc == Z_STREAM_END ? done != f->len : rc != Z_OK || done < upto)
		return -1;
	return (long)done;
}

void inflater_free(struct inflater *f)
{
	if (!f)
		return;
	inflateEnd(&f->zs);
	free(f);
}
