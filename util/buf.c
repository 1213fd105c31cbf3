/* buf.c — growable byte buffers and JSON string escaping. */
#include "util/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void buf_init(struct buf *b)
{
	b->p = NULL;
	b->len = b->cap = 0;
}

void buf_release(struct buf *b)
{
	free(b->p);
	buf_init(b);
}

void buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->p)
		b->p[0] = '\0';
}

void buf_grow(struct buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->p = xrealloc(b->p, cap);
	b->cap = cap;
}

void buf_add(struct buf *b, const void *data, size_t len)
{
	buf_grow(b, len);
	if (len)
		memcpy(b->p + b->len, data, len);
	b->len += len;
	b->p[b->len] = '\0';
}

void buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap, cp;
	va_start(ap, fmt);
	va_copy(cp, ap);
	/* Written once where it fits (most numbers and short fields), else
	 * measured by the first try and written again. */
	buf_grow(b, 32);
	size_t room = b->cap - b->len;
	int n = vsnprintf(b->p + b->len, room, fmt, cp);
	va_end(cp);
	if (n > 0 && (size_t)n >= room) {
		buf_grow(b, (size_t)n);
		vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	}
	if (n > 0)
		b->len += (size_t)n;
	else
		b->p[b->len] = '\0';
	va_end(ap);
}

void buf_add_uint(struct buf *b, unsigned long long v)
{
	char d[20], *e = d + sizeof d, *p = e;
	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	buf_add(b, p, (size_t)(e - p));
}

char *buf_detach(struct buf *b, size_t *len)
{
	if (!b->p)
		buf_grow(b, 0), b->p[0] = '\0';
	char *p = b->p;
	if (len)
		*len = b->len;
	buf_init(b);
	return p;
}

/* Shortest-form rules of RFC 3629: the lead byte fixes the length and the
 * smallest value, so overlongs, surrogates and values past U+10FFFF fail. */
size_t utf8_sequence(const char *s, size_t avail, unsigned *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned c = u[0];
	size_t n;
	unsigned min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		/* Two bytes (Latin letters with marks): no overlong, surrogate
		 * or out-of-range value can be spelt, only a bad second byte. */
		if (avail < 2 || (u[1] & 0xC0) != 0x80)
			return 0;
		*cp = (c & 0x1Fu) << 6 | (u[1] & 0x3Fu);
		return 2;
	}
	if (c >= 0xE0 && c <= 0xEF && avail >= 3 && (u[1] & 0xC0) == 0x80 &&
	    (u[2] & 0xC0) == 0x80) {
		/* Three bytes (Vietnamese ạ…ỹ): the common case, unrolled. */
		unsigned v = (c & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu);
		if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))
			return 0;
		*cp = v;
		return 3;
	}
	if (c >= 0xE0 && c <= 0xEF)
		n = 3, min = 0x800;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4, min = 0x10000;
	else
		return 0;
	if (avail < n)
		return 0;
	unsigned v = c & (0xFFu >> (n + 1));
	for (size_t i = 1; i < n; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (u[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return n;
}

void buf_add_json_string(struct buf *b, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	buf_grow(b, len + 2);
	buf_addc(b, '"');
	/* What needs no escape is copied a run at a time (most of a title or
	 * an excerpt). */
	size_t run = 0;
	unsigned cp;
	for (size_t i = 0; i < len;) {
		unsigned c = u[i];
		if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
			i++;
			continue;
		}
		size_t n = c >= 0x80 ? utf8_sequence(s + i, len - i, &cp) : 0;
		if (n) {
			i += n;
			continue;
		}
		buf_add(b, s + run, i - run);
		if (c == '"' || c == '\\') {
			buf_addc(b, '\\');
			buf_addc(b, (char)c);
		} else if (c == '\n') {
			buf_adds(b, "\\n");
		} else if (c == '\t') {
			buf_adds(b, "\\t");
		} else if (c == '\r') {
			buf_adds(b, "\\r");
		} else if (c < 0x20 || c == 0x7F) {
			buf_addf(b, "\\u%04x", c);
		} else {
			buf_adds(b, "\xEF\xBF\xBD"); /* not UTF-8 */
		}
		run = ++i;
	}
	if (len > run)
		buf_add(b, s + run, len - run);
	buf_addc(b, '"');
}

void buf_add_varint(struct buf *b, size_t v)
{
	while (v >= 0x80) {
		buf_addc(b, (char)(0x80 | (v & 0x7F)));
		v >>= 7;
	}
	buf_addc(b, (char)v);
}

int varint_get_long(const unsigned char **p, const unsigned char *end, size_t *v)
{
	size_t r = 0;
	for (unsigned shift = 0; *p < end && shift < 64; shift += 7) {
		unsigned char c = *(*p)++;
		r |= (size_t)(c & 0x7F) << shift;
		if (!(c & 0x80)) {
			*v = r;
			return 0;
		}
	}
	return -1;
}

int bytes_cmp(const void *a, size_t alen, const void *b, size_t blen)
{
	int c = alen && blen ? memcmp(a, b, alen < blen ? alen : blen) : 0;
	if (c)
		return c;
	return alen < blen ? -1 : alen > blen;
}
