/* legacy.c — table-driven decoders for TCVN3 (ABC), VNI-Windows, VISCII and
 * TCVN 5712:1993 VN1, and the Vietnamese syllable check.
 *
 * Where the tables come from (../shared/corpus/legacy-encodings/tables), and
 * what was checked or corrected:
 *
 * - VISCII: glibc's charmap VISCII (localedata/charmaps, Debian locales
 *   2.36). Checked byte for byte against Perl's Encode "viscii": identical.
 * - VN1 (TCVN5712-1): glibc's charmap TCVN5712-1. Checked byte for byte
 *   against libX11's lcUniConv/tcvn.h: identical. 0xB0-0xB4 are combining
 *   tone marks (grave, hook, tilde, acute, dot below) after their letter.
 * - TCVN3 (VN3, .VnTime): TCVN 5712:1993 VN3 has 67 lowercase letters,
 *   ĂÂÊÔƠƯĐ and NBSP, and no toned capitals: a .VnTimeH font draws the
 *   lowercase codes as capitals. The shared table's TCVN3 column is not
 *   that: it lists 16 toned capitals (Ắ Ằ Ẳ Ẵ Ấ Ầ Ẩ Ẫ Ế Ề Ể Ễ Ố Ồ Ổ Ỗ) at VN2's
 *   codes, and the npm package vietnamese-conversion it comes from writes
 *   the other toned capitals as a capital plus a lowercase code ("Aµ" for
 *   À), a converter's habit that is read here as the two letters it is. The
 *   67 lowercase codes agree with VN1's. So TCVN3 is VN1's 0xA0-0xFF: VN3,
 *   plus VN2's 16 capitals, unassigned in VN3 but written by converters and
 *   by the shared samples; 0x80-0x9F are Windows-1252 (Word's quotes and
 *   dashes in .VnTime documents) and 0xB0-0xB4 Latin-1 (VN3 has no combining
 *   tones). Case lost to .VnTimeH headings is put back where the rest of
 *   the word or line is capitals (tcvn3_recase).
 * - VNI-Windows: the npm package's column checked against UniKey's vnconv
 *   table (VNI-WIN in data.cpp): it agrees except for four letters, where
 *   the npm column is wrong: ỷ/Ỷ are y/Y + 0xFB/0xDB (hook), not 0xEB/0xCB
 *   (breve + dot, the mark of ặ), and ỹ/Ỹ are y/Y + 0xF5/0xD5 (tilde), not
 *   0xEC/0xCC, which are ì/Ì. Decoding follows the real layout; text made
 *   with the npm table still reads right: a lone 0xEB/0xCB (no a/A before it)
 *   is ỷ/Ỷ, and unless the text uses the real codes somewhere, a word-final
 *   0xEC/0xCC after k, m, s, qu or u is ỹ/Ỹ (kỹ, Mỹ, sỹ, quỹ, luỹ).
 * - Windows-1252 0x80-0x9F (for TCVN3, VNI and Latin-1): the WHATWG
 *   encoding standard's table; its five unassigned bytes stay C1 controls. */
#include "ingest/ingest_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include "text/text.h"

/* VISCII: the six capitals it puts on C0 codes; the rest is ASCII. */
static const uint16_t viscii_c0[32] = {
	0x0000, 0x0001, 0x1EB2, 0x0003, 0x0004, 0x1EB4, 0x1EAA, 0x0007, /* 00 */
	0x0008, 0x0009, 0x000A, 0x000B, 0x000C, 0x000D, 0x000E, 0x000F, /* 08 */
	0x0010, 0x0011, 0x0012, 0x0013, 0x1EF6, 0x0015, 0x0016, 0x0017, /* 10 */
	0x0018, 0x1EF8, 0x001A, 0x001B, 0x001C, 0x001D, 0x1EF4, 0x001F, /* 18 */
};

static const uint16_t viscii_hi[128] = {
	0x1EA0, 0x1EAE, 0x1EB0, 0x1EB6, 0x1EA4, 0x1EA6, 0x1EA8, 0x1EAC, /* 80 */
	0x1EBC, 0x1EB8, 0x1EBE, 0x1EC0, 0x1EC2, 0x1EC4, 0x1EC6, 0x1ED0, /* 88 */
	0x1ED2, 0x1ED4, 0x1ED6, 0x1ED8, 0x1EE2, 0x1EDA, 0x1EDC, 0x1EDE, /* 90 */
	0x1ECA, 0x1ECE, 0x1ECC, 0x1EC8, 0x1EE6, 0x0168, 0x1EE4, 0x1EF2, /* 98 */
	0x00D5, 0x1EAF, 0x1EB1, 0x1EB7, 0x1EA5, 0x1EA7, 0x1EA9, 0x1EAD, /* A0 */
	0x1EBD, 0x1EB9, 0x1EBF, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EC7, 0x1ED1, /* A8 */
	0x1ED3, 0x1ED5, 0x1ED7, 0x1EE0, 0x01A0, 0x1ED9, 0x1EDD, 0x1EDF, /* B0 */
	0x1ECB, 0x1EF0, 0x1EE8, 0x1EEA, 0x1EEC, 0x01A1, 0x1EDB, 0x01AF, /* B8 */
	0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x1EA2, 0x0102, 0x1EB3, 0x1EB5, /* C0 */
	0x00C8, 0x00C9, 0x00CA, 0x1EBA, 0x00CC, 0x00CD, 0x0128, 0x1EF3, /* C8 */
	0x0110, 0x1EE9, 0x00D2, 0x00D3, 0x00D4, 0x1EA1, 0x1EF7, 0x1EEB, /* D0 */
	0x1EED, 0x00D9, 0x00DA, 0x1EF9, 0x1EF5, 0x00DD, 0x1EE1, 0x01B0, /* D8 */
	0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x1EA3, 0x0103, 0x1EEF, 0x1EAB, /* E0 */
	0x00E8, 0x00E9, 0x00EA, 0x1EBB, 0x00EC, 0x00ED, 0x0129, 0x1EC9, /* E8 */
	0x0111, 0x1EF1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x1ECF, 0x1ECD, /* F0 */
	0x1EE5, 0x00F9, 0x00FA, 0x0169, 0x1EE7, 0x00FD, 0x1EE3, 0x1EEE, /* F8 */
};
/* TCVN 5712:1993 VN1: twelve capitals on C0 codes, the rest of the capitals
 * in 0x80-0x9F, lowercase and tone marks above. */
static const uint16_t vn1_c0[32] = {
	0x0000, 0x00DA, 0x1EE4, 0x0003, 0x1EEA, 0x1EEC, 0x1EEE, 0x0007, /* 00 */
	0x0008, 0x0009, 0x000A, 0x000B, 0x000C, 0x000D, 0x000E, 0x000F, /* 08 */
	0x0010, 0x1EE8, 0x1EF0, 0x1EF2, 0x1EF6, 0x1EF8, 0x00DD, 0x1EF4, /* 10 */
	0x0018, 0x0019, 0x001A, 0x001B, 0x001C, 0x001D, 0x001E, 0x001F, /* 18 */
};

static const uint16_t vn1_hi[128] = {
	0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8, /* 80 */
	0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128, /* 88 */
	0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8, /* 90 */
	0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168, /* 98 */
	0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, /* A0 */
	0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0, /* A8 */
	0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3, /* B0 */
	0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4, /* B8 */
	0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, /* C0 */
	0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD, /* C8 */
	0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, /* D0 */
	0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2, /* D8 */
	0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, /* E0 */
	0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9, /* E8 */
	0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, /* F0 */
	0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0, /* F8 */
};
/* Windows-1252 0x80-0x9F. */
static const uint16_t cp1252_c1[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, /* 80 */
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, /* 88 */
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, /* 90 */
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, /* 98 */
};

static void put_utf8(struct buf *b, unsigned cp)
{
	char u[4];
	buf_add(b, u, text_utf8_encode(u, cp));
}

/* What one byte is on its own. */
static unsigned byte_cp(enum ingest_charset cs, unsigned char c)
{
	switch (cs) {
	case CS_VISCII:
		return c < 0x20 ? viscii_c0[c] : c < 0x80 ? c : viscii_hi[c - 0x80];
	case CS_TCVN5712:
		return c < 0x20 ? vn1_c0[c] : c < 0x80 ? c : vn1_hi[c - 0x80];
	case CS_TCVN3:
		if (c < 0x80 || (c >= 0xB0 && c <= 0xB4))
			return c;
		return c < 0xA0 ? cp1252_c1[c - 0x80] : vn1_hi[c - 0x80];
	default:
		return c >= 0x80 && c < 0xA0 ? cp1252_c1[c - 0x80] : c;
	}
}

/* Bytes that stand for themselves in every one of these encodings: printable
 * ASCII and the usual white space (VISCII and VN1 put letters on a few other
 * C0 codes). */
static int plain_ascii(unsigned char c)
{
	return (c >= 0x20 && c < 0x80) || c == '\n' || c == '\r' || c == '\t';
}

static void decode_single(enum ingest_charset cs, const unsigned char *s, size_t len,
			  struct buf *out)
{
	buf_grow(out, len + len / 2);
	size_t i = 0;
	while (i < len) {
		size_t j = i;
		while (j < len && plain_ascii(s[j]))
			j++;
		buf_add(out, s + i, j - i);
		if (j < len)
			put_utf8(out, byte_cp(cs, s[j++]));
		i = j;
	}
}

/* ---- TCVN3: capitals lost to .VnTimeH --------------------------------------
 * A heading set in .VnTimeH is stored with lowercase codes for the toned
 * capitals, so "CỘNG HÒA" comes back as "CộNG HòA". Such a word is put back in
 * capitals when its other letters are capitals (two or more), when such
 * words stand on both sides of it ("ĐIỆN Tử CHÍNH"), or when its whole line
 * is capitals ("Bộ TàI CHíNH"). "Mỹ", "Hà Nội" and "TP Hồ Chí Minh" are left alone; a
 * lone capital ("Đông Nam á") cannot be told from a lowercase letter. */

struct word_case {
	size_t start, end;
	size_t upper;       /* capital letters */
	size_t lower_ascii; /* a-z: typed lowercase on purpose */
	size_t lower_vn;    /* lowercase non-ASCII letters: maybe lost capitals */
};

static int is_letter_cp(unsigned cp)
{
	return u_isalpha((UChar32)cp) || (cp >= 0x300 && cp < 0x370);
}

/* Capitals but for letters that may have lost their case. */
static int capital_word(const struct word_case *w)
{
	return !w->lower_ascii && w->upper >= 2 && w->lower_vn;
}

/* w, seen from a word beside it across s[a..b): a capital word with only
 * spaces between, or nothing at all. */
static int capital_side(const struct word_case *w, const char *s, size_t a, size_t b)
{
	if (!w)
		return 1;
	for (size_t i = a; i < b; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return capital_word(w);
}

/* The words of s[from..to), appended to *v. */
static void line_words(const char *s, size_t from, size_t to, struct word_case **v, size_t *n,
		       size_t *cap)
{
	*n = 0;
	for (size_t i = from; i < to;) {
		unsigned cp;
		size_t k = text_utf8_decode(s + i, to - i, &cp);
		if (!is_letter_cp(cp)) {
			i += k;
			continue;
		}
		if (*n == *cap) {
			*cap = *cap ? 2 * *cap : 64;
			*v = xrealloc(*v, *cap * sizeof **v);
		}
		struct word_case *w = &(*v)[(*n)++];
		memset(w, 0, sizeof *w);
		w->start = i;
		while (i < to) {
			k = text_utf8_decode(s + i, to - i, &cp);
			if (!is_letter_cp(cp))
				break;
			if (u_isupper((UChar32)cp))
				w->upper++;
			else if (cp < 0x80)
				w->lower_ascii++;
			else if (u_islower((UChar32)cp))
				w->lower_vn++;
			i += k;
		}
		w->end = i;
	}
}

static void tcvn3_recase(struct buf *out, size_t from)
{
	const char *s = out->p + from;
	size_t len = out->len - from;
	struct buf r = BUF_INIT;
	struct word_case *v = NULL;
	size_t n = 0, cap = 0;
	int changed = 0;
	for (size_t ls = 0; ls < len;) {
		const char *nl = memchr(s + ls, '\n', len - ls);
		size_t le = nl ? (size_t)(nl - s) + 1 : len;
		line_words(s, ls, le, &v, &n, &cap);
		int caps_line = n > 0, strong = 0;
		for (size_t i = 0; i < n; i++) {
			if (v[i].lower_ascii)
				caps_line = 0;
			strong |= capital_word(&v[i]);
		}
		caps_line &= strong;
		size_t copied = ls;
		for (size_t i = 0; i < n; i++) {
			const struct word_case *w = &v[i];
			const struct word_case *prev = i > 0 ? &v[i - 1] : NULL;
			const struct word_case *next = i + 1 < n ? &v[i + 1] : NULL;
			int fix = w->lower_vn && !w->lower_ascii &&
				  (caps_line || w->upper >= 2 ||
				   (w->upper == 1 && (prev || next) &&
				    capital_side(prev, s, prev ? prev->end : 0, w->start) &&
				    capital_side(next, s, w->end, next ? next->start : 0)));
			if (!fix)
				continue;
			buf_add(&r, s + copied, w->start - copied);
			for (size_t k = w->start; k < w->end;) {
				unsigned cp;
				k += text_utf8_decode(s + k, w->end - k, &cp);
				put_utf8(&r, (unsigned)u_toupper((UChar32)cp));
			}
			copied = w->end;
			changed = 1;
		}
		buf_add(&r, s + copied, le - copied);
		ls = le;
	}
	if (changed) {
		out->len = from;
		buf_add(out, r.p, r.len);
	}
	free(v);
	buf_release(&r);
}

/* ---- VNI-Windows -------------------------------------------------------------
 * A letter is an ASCII base letter followed by mark bytes (0xC0-0xFF, the
 * capital forms 0x20 below the small ones), or one of a few letters of
 * their own (ơ ư đ and the toned i's, ỵ). */

enum vni_kind { VNI_OTHER, VNI_TONE, VNI_CIRC, VNI_BREVE, VNI_LETTER };

struct vni_code {
	uint8_t kind;
	uint16_t cp; /* VNI_TONE/CIRC/BREVE: the tone's combining mark, or 0;
		      * VNI_LETTER: the small letter */
};

/* Indexed by the byte's low five bits: small forms are 0xE0 + i, capital
 * forms 0xC0 + i. */
static const struct vni_code vni_codes[32] = {
	[0x00] = { VNI_CIRC, 0x0300 },   /* à: â + grave */
	[0x01] = { VNI_CIRC, 0x0301 },   /* á: â + acute */
	[0x02] = { VNI_CIRC, 0 },        /* â */
	[0x03] = { VNI_CIRC, 0x0303 },   /* ã: â + tilde */
	[0x04] = { VNI_CIRC, 0x0323 },   /* ä: â + dot below */
	[0x05] = { VNI_CIRC, 0x0309 },   /* å: â + hook */
	[0x06] = { VNI_LETTER, 0x1EC9 }, /* æ: ỉ */
	[0x08] = { VNI_BREVE, 0x0300 },  /* è: ă + grave */
	[0x09] = { VNI_BREVE, 0x0301 },  /* é: ă + acute */
	[0x0A] = { VNI_BREVE, 0 },       /* ê: ă */
	[0x0B] = { VNI_BREVE, 0x0323 },  /* ë: ă + dot below */
	[0x0C] = { VNI_LETTER, 0x00EC }, /* ì */
	[0x0D] = { VNI_LETTER, 0x00ED }, /* í */
	[0x0E] = { VNI_LETTER, 0x1EF5 }, /* î: ỵ */
	[0x0F] = { VNI_TONE, 0x0323 },   /* ï: dot below */
	[0x11] = { VNI_LETTER, 0x0111 }, /* ñ: đ */
	[0x12] = { VNI_LETTER, 0x1ECB }, /* ò: ị */
	[0x13] = { VNI_LETTER, 0x0129 }, /* ó: ĩ */
	[0x14] = { VNI_LETTER, 0x01A1 }, /* ô: ơ */
	[0x15] = { VNI_TONE, 0x0303 },   /* õ: tilde */
	[0x16] = { VNI_LETTER, 0x01B0 }, /* ö: ư */
	[0x18] = { VNI_TONE, 0x0300 },   /* ø: grave */
	[0x19] = { VNI_TONE, 0x0301 },   /* ù: acute */
	[0x1A] = { VNI_BREVE, 0x0309 },  /* ú: ă + hook */
	[0x1B] = { VNI_TONE, 0x0309 },   /* û: hook */
	[0x1C] = { VNI_BREVE, 0x0303 },  /* ü: ă + tilde */
};

static int ascii_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static unsigned char ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* The real layout's ỷ ỹ (y + hook or tilde) anywhere: then 0xEC is ì. */
static int vni_has_real_y(const unsigned char *s, size_t len)
{
	for (size_t i = 1; i < len; i++)
		if ((s[i] & 0xDF) == 0xD5 || (s[i] & 0xDF) == 0xDB)
			if (s[i - 1] == 'y' || s[i - 1] == 'Y')
				return 1;
	return 0;
}

/* The npm table's ỹ (0xEC) at the end of the word w[0..n): kỹ, Mỹ, sỹ, quỹ, luỹ. */
static int vni_npm_y_tilde(const unsigned char *w, size_t n)
{
	if (n == 1)
		return strchr("kms", ascii_lower(w[0])) != NULL;
	if (n < 2 || ascii_lower(w[n - 1]) != 'u')
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!ascii_alpha(w[i]))
			return 0;
	return 1;
}

static int vni_vowel(unsigned char base)
{
	return strchr("aeiouyOU", base) != NULL; /* O, U: ơ, ư */
}

static void decode_vni(const unsigned char *s, size_t len, struct buf *out)
{
	int npm_y = !vni_has_real_y(s, len);
	/* The letter being built: its small base ('O'/'U' for ơ/ư), 0 if the
	 * last character was not a letter; and whether it has its marks. */
	unsigned char base = 0;
	int shaped = 0, toned = 0;
	size_t word = 0; /* where the current word started */
	buf_grow(out, len + len / 2);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = s[i];
		if (c < 0x80) {
			/* A run of ASCII goes out whole; what matters next is its
			 * last letter and where that letter's word began. */
			size_t j = i;
			while (j < len && s[j] < 0x80)
				j++;
			buf_add(out, s + i, j - i);
			if (ascii_alpha(s[j - 1])) {
				size_t k = j - 1;
				while (k > i && ascii_alpha(s[k - 1]))
					k--;
				if (k > i || !base)
					word = k;
				base = ascii_lower(s[j - 1]);
				shaped = toned = 0;
			} else {
				base = 0;
			}
			i = j - 1;
			continue;
		}
		struct vni_code v = c >= 0xC0 ? vni_codes[c & 0x1F] : (struct vni_code){ VNI_OTHER, 0 };
		int upper = c < 0xE0;
		if (v.kind == VNI_TONE && base && vni_vowel(base) && !toned) {
			put_utf8(out, v.cp);
			toned = 1;
			continue;
		}
		if (v.kind == VNI_CIRC && base && strchr("aeo", base) && !shaped && !toned) {
			put_utf8(out, 0x0302);
			if (v.cp)
				put_utf8(out, v.cp);
			shaped = 1;
			toned = v.cp != 0;
			continue;
		}
		if (v.kind == VNI_BREVE && base == 'a' && !shaped && !toned) {
			put_utf8(out, 0x0306);
			if (v.cp)
				put_utf8(out, v.cp);
			shaped = 1;
			toned = v.cp != 0;
			continue;
		}
		if (v.kind == VNI_BREVE && v.cp == 0x0323) {
			v = (struct vni_code){ VNI_LETTER, 0x1EF7 }; /* npm's lone ë: ỷ */
		} else if (v.kind == VNI_LETTER && v.cp == 0x00EC && npm_y && base &&
			   (i + 1 == len || (s[i + 1] < 0x80 && !ascii_alpha(s[i + 1]))) &&
			   vni_npm_y_tilde(s + word, i - word)) {
			v.cp = 0x1EF9; /* npm's ỹ */
		}
		if (v.kind == VNI_LETTER) {
			if (!base)
				word = i;
			put_utf8(out, upper ? (unsigned)u_toupper((UChar32)v.cp) : v.cp);
			switch (v.cp) {
			case 0x01A1: base = 'O'; toned = 0; break;
			case 0x01B0: base = 'U'; toned = 0; break;
			case 0x0111: base = 'd'; toned = 0; break;
			default: base = v.cp == 0x1EF5 || v.cp == 0x1EF7 || v.cp == 0x1EF9 ? 'y' : 'i';
				 toned = 1;
			}
			shaped = 1;
			continue;
		}
		put_utf8(out, byte_cp(CS_LATIN1, c));
		base = 0;
	}
}

void legacy_decode(enum ingest_charset cs, const char *data, size_t len, struct buf *out)
{
	const unsigned char *s = (const unsigned char *)data;
	size_t from = out->len;
	switch (cs) {
	case CS_VNI:
		decode_vni(s, len, out);
		break;
	case CS_TCVN3:
		decode_single(cs, s, len, out);
		tcvn3_recase(out, from);
		break;
	case CS_VISCII:
	case CS_TCVN5712:
		decode_single(cs, s, len, out);
		break;
	default:
		decode_single(CS_LATIN1, s, len, out);
		break;
	}
}

/* ---- the syllable check --------------------------------------------------
 * Letters are spelt one byte each: a-z, and the marked letters as digits. */
enum {
	L_AW = '1', /* ă */
	L_AA = '2', /* â */
	L_EE = '3', /* ê */
	L_OO = '4', /* ô */
	L_OW = '5', /* ơ */
	L_UW = '6', /* ư */
	L_DD = '7', /* đ */
};

static int is_vowel(char c)
{
	return c && strchr("aeiouy123456", c) != NULL;
}

static const char *const onsets[] = {
	"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
	"b", "c", "d", "7", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
};

enum { OPEN = 1, CLOSED = 2, BOTH = OPEN | CLOSED };

/* Vowel groups and whether a final consonant may (CLOSED) or may not (OPEN)
 * follow. */
static const struct {
	const char *v;
	int kind;
} nuclei[] = {
	{ "a", BOTH }, { "e", BOTH }, { "3", BOTH }, { "i", BOTH }, { "o", BOTH },
	{ "4", BOTH }, { "5", BOTH }, { "u", BOTH }, { "6", BOTH }, { "y", BOTH },
	{ "oa", BOTH }, { "oe", BOTH }, { "u3", BOTH }, { "uy", BOTH },
	{ "1", CLOSED }, { "2", CLOSED }, { "o1", CLOSED }, { "oo", CLOSED }, { "u2", CLOSED },
	{ "i3", CLOSED }, { "y3", CLOSED }, { "u4", CLOSED }, { "65", CLOSED }, { "uy3", CLOSED },
	{ "ai", OPEN }, { "ao", OPEN }, { "au", OPEN }, { "ay", OPEN }, { "2u", OPEN },
	{ "2y", OPEN }, { "eo", OPEN }, { "3u", OPEN }, { "ia", OPEN }, { "iu", OPEN },
	{ "oi", OPEN }, { "4i", OPEN }, { "5i", OPEN }, { "ua", OPEN }, { "ui", OPEN },
	{ "6a", OPEN }, { "6i", OPEN }, { "6u", OPEN }, { "u5", OPEN }, { "oai", OPEN },
	{ "oao", OPEN }, { "oay", OPEN }, { "oeo", OPEN }, { "i3u", OPEN }, { "y3u", OPEN },
	{ "u2y", OPEN }, { "u4i", OPEN }, { "uya", OPEN }, { "uyu", OPEN }, { "65i", OPEN },
	{ "65u", OPEN },
};

static const char *const codas[] = { "c", "ch", "m", "n", "ng", "nh", "p", "t" };

/* Does s[0..n) start with the string p; *len its length? By hand, not
 * strlen and memcmp: the detector asks it of every word in every candidate
 * charset, for each of the onsets, nuclei and codas. */
static int starts_with_part(const char *s, size_t n, const char *p, size_t *len)
{
	size_t i = 0;
	for (; p[i]; i++)
		if (i >= n || s[i] != p[i])
			return 0;
	*len = i;
	return 1;
}

/* tone: 0 none, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
static int rhyme_ok(const char *r, size_t n, int tone)
{
	size_t v = 0;
	while (v < n && is_vowel(r[v]))
		v++;
	if (v == 0 || v > 3)
		return 0;
	int kind = 0;
	size_t len;
	for (size_t i = 0; i < sizeof nuclei / sizeof nuclei[0]; i++)
		if (starts_with_part(r, v, nuclei[i].v, &len) && len == v) {
			kind = nuclei[i].kind;
			break;
		}
	if (!kind)
		return 0;
	const char *coda = r + v;
	size_t cn = n - v;
	if (cn == 0)
		return (kind & OPEN) != 0;
	if (!(kind & CLOSED))
		return 0;
	int found = 0;
	for (size_t i = 0; i < sizeof codas / sizeof codas[0]; i++)
		if (starts_with_part(coda, cn, codas[i], &len) && len == cn)
			found = 1;
	if (!found)
		return 0;
	/* -ch and -nh follow a, ê, i, y only (anh, ếch, tình, huynh). */
	if (cn == 2 && coda[1] == 'h' && !strchr("a3iy", r[v - 1]))
		return 0;
	/* A stop final takes sắc or nặng. */
	if ((coda[0] == 'c' || coda[0] == 'p' || coda[0] == 't') && tone != 1 && tone != 5)
		return 0;
	return 1;
}

static int front(char c)
{
	return c == 'e' || c == L_EE || c == 'i' || c == 'y';
}

/* Spelling rules joining onset and rhyme: k/gh/ngh before e ê i (y),
 * c/g/ng elsewhere (gì is g + ì: the i of gi merged). */
static int spelling_ok(const char *on, const char *r)
{
	if (strcmp(on, "k") == 0)
		return front(r[0]);
	if (strcmp(on, "gh") == 0 || strcmp(on, "ngh") == 0)
		return front(r[0]) && r[0] != 'y';
	if (strcmp(on, "c") == 0 || strcmp(on, "ng") == 0)
		return !front(r[0]);
	if (strcmp(on, "g") == 0)
		return !front(r[0]) || r[0] == 'i';
	return 1;
}

/* Applies one character of the NFD form to the word being spelt. */
static int spell(char *w, size_t *n, int *tone, UChar32 u)
{
	int t = 0;
	switch (u) {
	case 0x0300: case 0x0340: t = 2; break;
	case 0x0301: case 0x0341: t = 1; break;
	case 0x0309: t = 3; break;
	case 0x0303: t = 4; break;
	case 0x0323: t = 5; break;
	default: break;
	}
	if (t) {
		if (*tone || *n == 0 || !is_vowel(w[*n - 1]))
			return 0;
		*tone = t;
		return 1;
	}
	if (u == 0x0302 || u == 0x0306 || u == 0x031B) {
		if (*n == 0)
			return 0;
		char *last = &w[*n - 1];
		if (u == 0x0302 && (*last == 'a' || *last == 'e' || *last == 'o'))
			*last = *last == 'a' ? L_AA : *last == 'e' ? L_EE : L_OO;
		else if (u == 0x0306 && *last == 'a')
			*last = L_AW;
		else if (u == 0x031B && (*last == 'o' || *last == 'u'))
			*last = *last == 'o' ? L_OW : L_UW;
		else
			return 0;
		return 1;
	}
	if (*n >= 8)
		return 0;
	if (u >= 'A' && u <= 'Z')
		u += 32;
	if (u >= 'a' && u <= 'z' && u != 'f' && u != 'j' && u != 'w' && u != 'z')
		w[(*n)++] = (char)u;
	else if (u == 0x0111)
		w[(*n)++] = L_DD;
	else
		return 0;
	return 1;
}

int legacy_vn_syllable(const char *s, size_t len)
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
	if (U_FAILURE(err))
		return 0;
	char w[9];
	size_t n = 0;
	int tone = 0;
	for (size_t i = 0; i < len;) {
		unsigned cp;
		i += text_utf8_decode(s + i, len - i, &cp);
		UChar d[8];
		int32_t dn = -1;
		UChar32 c = u_tolower((UChar32)cp);
		if (c >= 0xC0) {
			err = U_ZERO_ERROR;
			dn = unorm2_getDecomposition(nfd, c, d, 8, &err);
			if (U_FAILURE(err))
				return 0;
		}
		if (dn < 0) {
			if (!spell(w, &n, &tone, c))
				return 0;
			continue;
		}
		for (int32_t k = 0; k < dn; k++)
			if (!spell(w, &n, &tone, d[k]))
				return 0;
	}
	w[n] = '\0';
	for (size_t i = 0; i < sizeof onsets / sizeof onsets[0]; i++) {
		size_t on;
		if (!starts_with_part(w, n, onsets[i], &on))
			continue;
		if (rhyme_ok(w + on, n - on, tone) && spelling_ok(onsets[i], w + on))
			return 1;
	}
	return 0;
}
