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
 * with them (corpus/text-dict.txt), deflate refers back to them instead of
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

/* The dictionary's adler-32, as a stream's header names it: computed once a
 * process, under pthread_once since the server's threads inflate at once. */
static uLong text_dict_adler;
static pthread_once_t text_dict_adler_once = PTHREAD_ONCE_INIT;

static void text_dict_adler_compute(void)
{
	text_dict_adler = adler32(adler32(0, NULL, 0), deflate_text_dict, (uInt)deflate_text_dict_len);
}

static uLong text_dict_id(void)
{
	pthread_once(&text_dict_adler_once, text_dict_adler_compute);
	return text_dict_adler;
}

/* ---- what was inflated, kept for the next reader ---------------------------
 * The server inflates the same records again and again: a law that matches
 * one query matches the next, and each result inflates its record's fields
 * and the piece of text its passage is in (with the 32 KB dictionary copied
 * into zlib's window first, the text's formulas). Inflating is a pure
 * function of the compressed bytes, so what it gave is kept by those bytes
 * (compared whole, not trusted to a hash), up to a byte budget, the least
 * recently used dropped first: nothing to forget when the index changes, a
 * new revision's record is other bytes. Off unless a long-running reader
 * turns it on (inflate_memo_enable); one for all threads, under a lock held
 * for a lookup and a copy. */
struct zmemo {
	uint64_t h;
	unsigned char *z;   /* the compressed bytes, zlen */
	size_t zlen, len;   /* len: the whole inflated size */
	unsigned char *out; /* out[0..done): inflated from the start */
	size_t done;
	struct zmemo *chain;
	struct zmemo *next, *prev; /* by use, the most recent first */
};

#define ZMEMO_SLOTS 4096 /* chains: a budget of a few tens of MB holds
			  * thousands of records' fields and pieces */

static struct {
	pthread_mutex_t lock;
	size_t budget, bytes, hits;
	struct zmemo *slot[ZMEMO_SLOTS];
	struct zmemo lru; /* lru.next: used last; lru.prev: the first to go */
} zm = { .lock = PTHREAD_MUTEX_INITIALIZER };

static void zmemo_drop(struct zmemo *e);

void inflate_memo_enable(size_t bytes)
{
	pthread_mutex_lock(&zm.lock);
	if (!zm.lru.next)
		zm.lru.next = zm.lru.prev = &zm.lru;
	zm.budget = bytes;
	while (zm.bytes > zm.budget)
		zmemo_drop(zm.lru.prev);
	pthread_mutex_unlock(&zm.lock);
}

void inflate_memo_stats(size_t *hits, size_t *bytes)
{
	pthread_mutex_lock(&zm.lock);
	*hits = zm.hits;
	*bytes = zm.bytes;
	pthread_mutex_unlock(&zm.lock);
}

/* The compressed stream's length and ends: deflate's output looks random,
 * and a match is checked whole anyway. */
static uint64_t zmemo_hash(const unsigned char *z, size_t zlen)
{
	size_t n = zlen < 32 ? zlen : 32;
	return hash_fnv1a64(z + zlen - n, n, hash_fnv1a64(z, n, zlen));
}

static struct zmemo *zmemo_find(uint64_t h, const unsigned char *z, size_t zlen, size_t len)
{
	for (struct zmemo *e = zm.slot[h % ZMEMO_SLOTS]; e; e = e->chain)
		if (e->h == h && e->zlen == zlen && e->len == len && memcmp(e->z, z, zlen) == 0)
			return e;
	return NULL;
}

static void zmemo_unlink(struct zmemo *e)
{
	e->prev->next = e->next;
	e->next->prev = e->prev;
}

static void zmemo_front(struct zmemo *e)
{
	e->next = zm.lru.next;
	e->prev = &zm.lru;
	zm.lru.next->prev = e;
	zm.lru.next = e;
}

static size_t zmemo_size(const struct zmemo *e)
{
	return sizeof *e + e->zlen + e->done;
}

static void zmemo_drop(struct zmemo *e)
{
	struct zmemo **p = &zm.slot[e->h % ZMEMO_SLOTS];
	while (*p != e)
		p = &(*p)->chain;
	*p = e->chain;
	zmemo_unlink(e);
	zm.bytes -= zmemo_size(e);
	free(e->z);
	free(e->out);
	free(e);
}

/* Copies out[from..upto) from what is kept of z's stream when it reaches
 * upto: 1, else 0. */
static int zmemo_get(const unsigned char *z, size_t zlen, size_t len, unsigned char *out,
		     size_t from, size_t upto)
{
	if (!zm.budget || zlen < 6)
		return 0;
	uint64_t h = zmemo_hash(z, zlen);
	int got = 0;
	pthread_mutex_lock(&zm.lock);
	struct zmemo *e = zmemo_find(h, z, zlen, len);
	if (e && e->done >= upto) {
		memcpy(out + from, e->out + from, upto - from);
		zmemo_unlink(e);
		zmemo_front(e);
		zm.hits++;
		got = 1;
	}
	pthread_mutex_unlock(&zm.lock);
	return got;
}

/* Keeps out[0..done) as what z's stream gives from its start. */
static void zmemo_put(const unsigned char *z, size_t zlen, size_t len, const unsigned char *out,
		      size_t done)
{
	if (!zm.budget || zlen < 6 || !done)
		return;
	uint64_t h = zmemo_hash(z, zlen);
	pthread_mutex_lock(&zm.lock);
	if (sizeof(struct zmemo) + zlen + done > zm.budget / 4) {
		pthread_mutex_unlock(&zm.lock); /* one stream must not empty it */
		return;
	}
	struct zmemo *e = zmemo_find(h, z, zlen, len);
	if (e && e->done >= done) {
		pthread_mutex_unlock(&zm.lock);
		return;
	}
	if (e) { /* more of a stream kept in part */
		zm.bytes -= zmemo_size(e);
		e->out = xrealloc(e->out, done);
		memcpy(e->out + e->done, out + e->done, done - e->done);
		e->done = done;
		zmemo_unlink(e);
	} else {
		e = xcalloc(1, sizeof *e);
		e->h = h;
		e->z = xmalloc(zlen);
		memcpy(e->z, z, zlen);
		e->zlen = zlen;
		e->len = len;
		e->out = xmalloc(done);
		memcpy(e->out, out, done);
		e->done = done;
		e->chain = zm.slot[h % ZMEMO_SLOTS];
		zm.slot[h % ZMEMO_SLOTS] = e;
	}
	zmemo_front(e);
	zm.bytes += zmemo_size(e);
	while (zm.bytes > zm.budget && zm.lru.prev != e)
		zmemo_drop(zm.lru.prev);
	pthread_mutex_unlock(&zm.lock);
}

/* Streams are inflated raw, past zlib's header: zlib's trailer
 * checksum (adler-32 over every byte out) cost as much as a tenth of the
 * inflating, which every search result pays for its excerpt. A damaged
 * stream is still refused when its header, its codes or its length are
 * wrong. The header's length (2, or 6 naming the text's dictionary), or
 * -1 when z has no zlib header or names a dictionary other than the
 * text's. */
static int raw_header(const void *z, size_t zlen)
{
	const unsigned char *h = z;
	/* RFC 1950: deflate (CM 8), FCHECK, and with FDICT the dictionary's
	 * adler-32 (big-endian) after the two bytes. */
	if (zlen < 6 || zlen > UINT32_MAX || (h[0] & 0x0f) != 8 ||
	    ((unsigned)h[0] << 8 | h[1]) % 31)
		return -1;
	if (!(h[1] & 0x20))
		return 2;
	uLong id = (uLong)h[2] << 24 | (uLong)h[3] << 16 | (uLong)h[4] << 8 | h[5];
	return zlen < 10 || id != text_dict_id() ? -1 : 6;
}

/* zs ready to inflate z's stream past its header (head bytes): 0, or -1. */
static int raw_start(z_stream *zs, const void *z, size_t zlen, int head)
{
	memset(zs, 0, sizeof *zs);
	if (inflateInit2(zs, -15) != Z_OK)
		return -1;
	if (head == 6 &&
	    inflateSetDictionary(zs, deflate_text_dict, (uInt)deflate_text_dict_len) != Z_OK) {
		inflateEnd(zs);
		return -1;
	}
	zs->next_in = (Bytef *)z + head;
	zs->avail_in = (uInt)(zlen - head);
	return 0;
}

int inflate_exact(void *out, size_t len, const void *z, size_t zlen)
{
	if (!len)
		return 0;
	z_stream zs;
	int head = len > UINT32_MAX ? -1 : raw_header(z, zlen);
	if (head < 0)
		return -1;
	if (zmemo_get(z, zlen, len, out, 0, len))
		return 0;
	if (raw_start(&zs, z, zlen, head) < 0)
		return -1;
	zs.next_out = out;
	zs.avail_out = (uInt)len;
	int rc = inflate(&zs, Z_FINISH);
	size_t got = zs.total_out;
	inflateEnd(&zs);
	if (rc != Z_STREAM_END || got != len)
		return -1;
	zmemo_put(z, zlen, len, out, len);
	return 0;
}

struct inflater {
	z_stream zs;
	int head;           /* the header's length; zlib started: started */
	int started;
	const unsigned char *z;
	size_t zlen;
	unsigned char *out;
	size_t len, ready;  /* out[0..ready) holds the stream's bytes */
};

struct inflater *inflater_new(void *out, size_t len, const void *z, size_t zlen)
{
	int head = len > UINT32_MAX ? -1 : raw_header(z, zlen);
	if (head < 0)
		return NULL;
	struct inflater *f = xcalloc(1, sizeof *f);
	f->out = out;
	f->len = len;
	f->z = z;
	f->zlen = zlen;
	f->head = head;
	return f;
}

long inflater_fill(struct inflater *f, size_t upto)
{
	if (upto > f->len)
		upto = f->len;
	if (upto <= f->ready)
		return (long)f->ready;
	if (zmemo_get(f->z, f->zlen, f->len, f->out, f->ready, upto)) {
		f->ready = upto;
		return (long)upto;
	}
	/* zlib only once the memo lacks it; from where zlib itself stopped,
	 * over bytes the memo gave (the same bytes). */
	if (!f->started) {
		if (raw_start(&f->zs, f->z, f->zlen, f->head) < 0)
			return -1;
		f->zs.next_out = f->out;
		f->started = 1;
	}
	size_t done = (size_t)(f->zs.next_out - f->out);
	f->zs.avail_out = (uInt)(upto - done);
	int rc = inflate(&f->zs, Z_SYNC_FLUSH);
	done = (size_t)(f->zs.next_out - f->out);
	if (rc == Z_STREAM_END ? done != f->len : rc != Z_OK || done < upto)
		return -1;
	f->ready = done;
	zmemo_put(f->z, f->zlen, f->len, f->out, done);
	return (long)done;
}

void inflater_free(struct inflater *f)
{
	if (!f)
		return;
	if (f->started)
		inflateEnd(&f->zs);
	free(f);
}
