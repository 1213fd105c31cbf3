/* office.c — what the PDF, DOCX and DOC readers share: legacy-font names, text made of bytes read back in TCVN3 or VNI. */
#include "ingest/ingest_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include "text/text.h"

/* Windows-1252 at 0x80-0x9F: what Word shows for those bytes in a legacy
 * font (a TCVN3 "ẫ" typed as byte 0x8A comes back as U+0160). */
static const unsigned short cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* The byte cp stands for, or -1. */
static int cp_byte(unsigned cp)
{
	if (cp <= 0xFF)
		return (int)cp;
	for (int i = 0; i < 32; i++)
		if (cp1252_high[i] == cp)
			return 0x80 + i;
	return -1;
}

enum ingest_charset office_font_charset(const char *font, int *capitals)
{
	if (capitals)
		*capitals = 0;
	if (!font)
		return CS_UNKNOWN;
	size_t n = strlen(font);
	if (n > 3 && strncasecmp(font, ".vn", 3) == 0) {
		/* ".VnTimeH", ".VnArialH": the capitals' font, its small letters'
		 * places drawn as capitals. */
		if (capitals && font[n - 1] == 'H' && n > 4 && font[n - 2] >= 'a' && font[n - 2] <= 'z')
			*capitals = 1;
		return CS_TCVN3;
	}
	if (n > 4 && strncasecmp(font, "vni", 3) == 0 && (font[3] == '-' || font[3] == ' '))
		return CS_VNI;
	return CS_UNKNOWN;
}

/* Decodes one stretch of bytes as cs (or detected), NFC, to out. */
static int decode_bytes(const char *b, size_t n, enum ingest_charset cs, struct buf *out,
			enum ingest_charset *used)
{
	enum ingest_charset u = CS_UNKNOWN;
	char *err = NULL;
	if (ingest_decode(b, n, 0, NULL, cs, out, &u, NULL, &err) < 0) {
		free(err);
		return 0;
	}
	if (used)
		*used = u;
	return 1;
}

int ingest_redecode_bytes(const char *s, size_t len, enum ingest_charset cs, struct buf *out,
			  enum ingest_charset *used)
{
	struct buf bytes = BUF_INIT;
	size_t high = 0;
	for (size_t i = 0; i < len;) {
		unsigned cp;
		size_t k = text_utf8_decode(s + i, len - i, &cp);
		int b = cp_byte(cp);
		if (b < 0 || b == 0) {
			if (cs == CS_UNKNOWN) {
				/* A character above U+00FF: real Unicode text. */
				buf_release(&bytes);
				return 0;
			}
			/* Forced: a symbol Word put in as itself stays. */
			if (bytes.len) {
				decode_bytes(bytes.p, bytes.len, cs, out, NULL);
				buf_reset(&bytes);
			}
			buf_add(out, s + i, k);
		} else {
			high += b >= 0x80;
			buf_addc(&bytes, (char)b);
		}
		i += k;
	}
	int rc = 1;
	if (cs == CS_UNKNOWN) {
		enum ingest_charset u = CS_UNKNOWN;
		struct buf tmp = BUF_INIT;
		rc = high > 0 && decode_bytes(bytes.p, bytes.len, CS_UNKNOWN, &tmp, &u) &&
		     (u == CS_TCVN3 || u == CS_VNI || u == CS_VISCII || u == CS_TCVN5712);
		if (rc) {
			buf_add(out, tmp.p, tmp.len);
			if (used)
				*used = u;
		}
		buf_release(&tmp);
	} else if (bytes.len) {
		decode_bytes(bytes.p, bytes.len, cs, out, NULL);
		if (used)
			*used = cs;
	}
	buf_release(&bytes);
	return rc;
}

void office_upper(const char *s, size_t len, struct buf *out)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t n16 = 0;
	u_strFromUTF8(NULL, 0, &n16, s, (int32_t)len, &st);
	st = U_ZERO_ERROR;
	UChar *a = xmalloc(((size_t)n16 + 1) * sizeof *a);
	u_strFromUTF8(a, n16 + 1, NULL, s, (int32_t)len, &st);
	int32_t cap = n16 * 2 + 8;
	UChar *b = xmalloc((size_t)cap * sizeof *b);
	int32_t m = U_SUCCESS(st) ? u_strToUpper(b, cap, a, n16, "vi", &st) : 0;
	int32_t n8 = 0;
	if (U_SUCCESS(st)) {
		u_strToUTF8(NULL, 0, &n8, b, m, &st);
		st = U_ZERO_ERROR;
		buf_grow(out, (size_t)n8 + 1);
		u_strToUTF8(out->p + out->len, n8 + 1, NULL, b, m, &st);
	}
	if (U_SUCCESS(st))
		out->len += (size_t)n8;
	else
		buf_add(out, s, len);
	free(a);
	free(b);
}

int office_is_lower_start(const char *s, size_t len)
{
	if (!len)
		return 0;
	unsigned cp;
	text_utf8_decode(s, len, &cp);
	return u_islower((UChar32)cp);
}
