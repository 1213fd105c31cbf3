/* deflate.c — zlib streams into and out of buffers, for what the index stores
 * compressed (the text's pieces, the mention lines). */
#include <stdint.h>
#include <stdlib.h>
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

int inflate_exact(void *out, size_t len, const void *z, size_t zlen)
{
	uLongf got = (uLongf)len;
	if (!len)
		return 0;
	return uncompress((Bytef *)out, &got, (const Bytef *)z, (uLong)zlen) == Z_OK && got == len
		       ? 0 : -1;
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
	f->zs.next_in = (Bytef *)z;
	f->zs.avail_in = (uInt)zlen;
	f->zs.next_out = f->out;
	if (zlen > UINT32_MAX || inflateInit(&f->zs) != Z_OK) {
		free(f);
		return NULL;
	}
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
