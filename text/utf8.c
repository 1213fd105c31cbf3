/* utf8.c — strict UTF-8 validation, decoding and encoding of one code point, and the
 * characters kept off a reader's screen. */
#include "text/text.h"

size_t text_utf8_decode(const char *s, size_t len, unsigned *cp)
{
	size_t n = utf8_sequence(s, len, cp);
	if (n)
		return n;
	*cp = 0xFFFD;
	return 1;
}

size_t text_utf8_encode(char *out, unsigned cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

int text_utf8_valid(const char *s, size_t len, size_t *bad_offset)
{
	size_t i = 0;
	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		unsigned cp;
		size_t n = text_utf8_decode(s + i, len - i, &cp);
		/* A real U+FFFD is three bytes, so length 1 means a bad byte. */
		if (n == 1) {
			if (bad_offset)
				*bad_offset = i;
			return 0;
		}
		i += n;
	}
	return 1;
}

size_t text_control_len(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	if (!len)
		return 0;
	if (u[0] < 0x20 || u[0] == 0x7F)
		return 1;
	if (len >= 2 && u[0] == 0xC2 && u[1] >= 0x80 && u[1] <= 0x9F)
		return 2; /* C1: NEL, CSI, OSC… */
	if (len >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9))
		return 3; /* U+2028, U+2029 */
	return 0;
}

void text_shown(const char *s, size_t len, int keep_lines, struct buf *out)
{
	struct buf t = BUF_INIT;
	if (text_nfc(s, len, &t) < 0)
		buf_add(&t, s, len);
	/* Copied a run at a time: a title or a passage is mostly text. */
	size_t run = 0;
	for (size_t i = 0; i < t.len;) {
		size_t n = text_control_len(t.p + i, t.len - i);
		if (!n) {
			i++;
			continue;
		}
		buf_add(out, t.p + run, i - run);
		char c = t.p[i];
		buf_addc(out, keep_lines && (c == '\n' || c == '\t' || c == '\f') ? c : ' ');
		i += n;
		run = i;
	}
	if (t.len > run)
		buf_add(out, t.p + run, t.len - run);
	buf_release(&t);
}
