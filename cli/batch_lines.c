/* batch_lines.c — the lines of a --batch run (cite, search): one number or
 * query a line, as a script or a spreadsheet writes them, and the output
 * written out as it grows. */
#include "cli/cli.h"

#include <stdlib.h>
#include <string.h>

#include "util/util.h"

/* Windows saves "Unicode" text as UTF-16: such an input is read whole,
 * decoded to UTF-8, and its lines read from memory. */
static FILE *decoded;

/* p[0..len) as UTF-16 (big-endian when be) into out, as UTF-8; a lone
 * surrogate becomes U+FFFD. */
static void utf16_to_utf8(const unsigned char *p, size_t len, int be, struct buf *out)
{
	for (size_t i = 0; i + 1 < len; i += 2) {
		unsigned u = be ? (unsigned)(p[i] << 8 | p[i + 1]) : (unsigned)(p[i + 1] << 8 | p[i]);
		if (u >= 0xD800 && u < 0xDC00 && i + 3 < len) {
			unsigned v = be ? (unsigned)(p[i + 2] << 8 | p[i + 3])
					: (unsigned)(p[i + 3] << 8 | p[i + 2]);
			if (v >= 0xDC00 && v < 0xE000) {
				u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
				i += 2;
			}
		}
		if (u >= 0xD800 && u < 0xE000)
			u = 0xFFFD;
		char b[4];
		size_t n;
		if (u < 0x80) {
			b[0] = (char)u;
			n = 1;
		} else if (u < 0x800) {
			b[0] = (char)(0xC0 | u >> 6);
			b[1] = (char)(0x80 | (u & 0x3F));
			n = 2;
		} else if (u < 0x10000) {
			b[0] = (char)(0xE0 | u >> 12);
			b[1] = (char)(0x80 | (u >> 6 & 0x3F));
			b[2] = (char)(0x80 | (u & 0x3F));
			n = 3;
		} else {
			b[0] = (char)(0xF0 | u >> 18);
			b[1] = (char)(0x80 | (u >> 12 & 0x3F));
			b[2] = (char)(0x80 | (u >> 6 & 0x3F));
			b[3] = (char)(0x80 | (u & 0x3F));
			n = 4;
		}
		buf_add(out, b, n);
	}
}

/* head[0..n) and the rest of in, decoded from UTF-16 (a BOM says which
 * order, else be), become the stream the lines are read from. */
static void decode_utf16(FILE *in, const char *head, size_t n, int be)
{
	struct buf raw = BUF_INIT, text = BUF_INIT;
	char chunk[8192];
	size_t got;
	buf_add(&raw, head, n);
	while ((got = fread(chunk, 1, sizeof chunk, in)) > 0)
		buf_add(&raw, chunk, got);
	const unsigned char *p = (const unsigned char *)raw.p;
	size_t len = raw.len;
	if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
		be = p[0] == 0xFE;
		p += 2;
		len -= 2;
	}
	utf16_to_utf8(p, len, be, &text);
	buf_release(&raw);
	size_t tlen;
	char *t = buf_detach(&text, &tlen);
	decoded = tlen ? fmemopen(t, tlen, "r") : NULL;
	if (!decoded)
		decoded = fopen("/dev/null", "r");
	/* t lives as long as the stream: to the end of the run. */
}

void batch_flush(struct buf *out)
{
	if (out->len)
		fwrite(out->p, 1, out->len, stdout);
	buf_reset(out);
}

ssize_t batch_line(FILE *in, char **line, size_t *cap, unsigned long *lineno)
{
	ssize_t n;
	if (*lineno == 0 && !decoded) {
		/* 0xFF and 0xFE never start UTF-8: a UTF-16 byte-order mark; a
		 * NUL first is UTF-16BE without one. */
		int c = getc(in);
		if (c == 0xFF || c == 0xFE || c == 0) {
			char head = (char)c;
			decode_utf16(in, &head, 1, 1);
		} else if (c != EOF) {
			ungetc(c, in);
		}
	}
	FILE *from = decoded ? decoded : in;
	while ((n = getline(line, cap, from)) >= 0) {
		char *s = *line;
		++*lineno;
		/* UTF-16LE without a mark: "q\0u\0…\n" ends its first line at
		 * the newline's first byte, after whole code units: an odd
		 * length. "a\0b\n" is a line with a NUL, not UTF-16 (read as
		 * it, it took the lines after it as UTF-16 too: one query of
		 * garbage for the whole input, h14f). */
		if (*lineno == 1 && !decoded && n >= 2 && s[1] == '\0' && n % 2 == 1) {
			decode_utf16(in, s, (size_t)n, 0);
			*lineno = 0;
			return batch_line(in, line, cap, lineno);
		}
		while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
			s[--n] = '\0';
		/* A byte-order mark, as Windows editors save UTF-8. */
		if (*lineno == 1 && n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
			memmove(s, s + 3, (size_t)n - 2);
			n -= 3;
		}
		if (memchr(s, '\0', (size_t)n)) {
			errorf("--batch: line %lu holds NUL bytes (binary data, or text that is "
			       "neither UTF-8 nor UTF-16): passed over", *lineno);
			continue;
		}
		if (n > 0 && s[0] != '#')
			return n;
	}
	return -1;
}
