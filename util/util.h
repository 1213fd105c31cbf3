/* util.h — allocation that aborts on failure, growable byte buffers, small string helpers. */
#ifndef TRACUU_UTIL_H
#define TRACUU_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* Allocation failure prints one line and aborts, so every NULL or error code
 * returned elsewhere means a real failure, never "out of memory". */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Frees an array of n heap strings and the array (NULL with n 0 is fine). */
void strv_free(char **v, size_t n);
/* Freed heap kept for the next search (glibc's mallopt): for processes
 * that search, once before the first. */
void xalloc_keep_heap(void);
/* printf into a fresh string; the caller frees. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/* A growable byte buffer, always NUL-terminated once anything was added.
 * buf_init'd or zeroed buffers are empty; buf_release frees and re-inits. */
struct buf {
	char *p;
	size_t len;
	size_t cap;
};
#define BUF_INIT { NULL, 0, 0 }
void buf_init(struct buf *b);
void buf_release(struct buf *b);
void buf_reset(struct buf *b); /* len = 0, keeps the memory */
void buf_grow(struct buf *b, size_t extra);
void buf_add(struct buf *b, const void *data, size_t len);
void buf_addc(struct buf *b, char c);
void buf_adds(struct buf *b, const char *s);
void buf_addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* v in decimal, as "%llu" writes it: the JSON writer's ids, ranks and
 * offsets without a printf each (a page of results has dozens). */
void buf_add_uint(struct buf *b, unsigned long long v);
/* Hands the bytes to the caller (who frees) and leaves b empty. */
char *buf_detach(struct buf *b, size_t *len);
/* Unsigned LEB128: seven bits a byte, low first. varint_get reads one at *p
 * (advancing it): 0, or -1 when it runs past end or overflows. */
void buf_add_varint(struct buf *b, size_t v);
int varint_get_long(const unsigned char **p, const unsigned char *end, size_t *v);
/* Most varints are one byte: read inline, as the record's readers (article
 * tables, offsets, mention lines) call it hundreds of thousands of times
 * a search mix; longer ones in buf.c. */
static inline int varint_get(const unsigned char **p, const unsigned char *end, size_t *v)
{
	if (*p < end && !(**p & 0x80)) {
		*v = *(*p)++;
		return 0;
	}
	return varint_get_long(p, end, v);
}

/* Byte strings compared as memcmp would, a prefix before what extends it
 * (values such as SLOT_ORDER hold NULs). */
int bytes_cmp(const void *a, size_t alen, const void *b, size_t blen);
/* zlib (util/deflate.c): appends data compressed and returns its compressed
 * length; inflate_exact fills out with exactly len bytes from z[0..zlen):
 * 0, or -1 when z is damaged or holds another length. */
size_t buf_add_deflated(struct buf *b, const void *data, size_t len);
/* The same primed with the preset dictionary of texts (util/text_dict.c,
 * from corpus/text-dict-1.txt): smaller for text that uses its formulas.
 * Read by inflate_exact and inflaters like any other stream. */
size_t buf_add_deflated_text(struct buf *b, const void *data, size_t len);
extern const unsigned char deflate_text_dict[];
extern const size_t deflate_text_dict_len;
extern const unsigned long deflate_text_dict_adler; /* its adler-32 */
int inflate_exact(void *out, size_t len, const void *z, size_t zlen);
/* The same a part at a time, for a reader that may stop early: out (len
 * bytes, the whole inflated size) is filled from the start; inflater_fill
 * makes out[0..upto) ready and returns how many bytes are (upto, or len when
 * less), or -1 when z is damaged. NULL from inflater_new: zlib refused. */
struct inflater;
struct inflater *inflater_new(void *out, size_t len, const void *z, size_t zlen);
long inflater_fill(struct inflater *f, size_t upto);
void inflater_free(struct inflater *f);

/* Decodes the UTF-8 sequence at s (avail > 0 bytes): its length (1-4) and
 * *cp, or 0 when it is not valid UTF-8 (overlong, surrogate, truncated…). */
size_t utf8_sequence(const char *s, size_t avail, unsigned *cp);

/* Appends s as a JSON string literal, quotes included. Invalid UTF-8 is
 * written as U+FFFD so the output always parses. */
void buf_add_json_string(struct buf *b, const char *s, size_t len);

/* Reads a whole file. Returns 0, or -1 with errno set (ENOENT, EACCES, EFBIG
 * when larger than max_bytes, EISDIR…). *out is malloc'd and NUL-terminated. */
int read_file(const char *path, size_t max_bytes, char **out, size_t *len);

/* The name a file is stored under in the index (its identity), malloc'd:
 * the path made absolute with its folders resolved (symbolic links, "..")
 * and its own name kept, so a link to a file is stored under the name it
 * was found by; relative to root (when given and the path lies under it).
 * Folders that no longer exist are resolved as far as they exist and the
 * rest is taken as written, so a deleted file or folder is named as it was
 * stored; root itself is "". ingest, show and rm all name files with it. */
char *path_source_name(const char *path, const char *root);

/* 64-bit FNV-1a, and a 128-bit content digest as 32 hex digits + NUL. */
uint64_t hash_fnv1a64(const void *data, size_t len, uint64_t seed);
void hash_content_hex(const void *data, size_t len, char out[33]);

#endif
