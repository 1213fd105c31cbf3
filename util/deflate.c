/* deflate.c — zlib streams into and out of buffers, for what the index stores
 * compressed (the text's pieces, the mention lines). */
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
