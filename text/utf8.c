/* utf8.c — strict UTF-8 validation and decoding of one code point. */
#include "text/text.h"

size_t text_utf8_decode(const char *s, size_t len, unsigned *cp)
{
	size_t n = utf8_sequence(s, len, cp);
	if (n)
		return n;
	*cp = 0xFFFD;
	return 1;
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
