/* charset.c — bytes in the encodings tracuu reads to NFC UTF-8: names, BOMs,
 * HTTP and <meta> declarations, ICU for UTF-16 and Windows-1258, and the
 * detector that tells the Vietnamese legacy encodings apart. */
#include "ingest/ingest_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include "text/text.h"

/* The detector reads words holding non-ASCII bytes until it has this many
 * bytes of them, or DETECT_MAX_WORDS words: plenty to tell encodings apart,
 * and a large file costs no more than a small one. */
#define DETECT_SAMPLE_BYTES ((size_t)64 << 10)
#define DETECT_MAX_WORDS 4000

/* A decoding is believed when at least this share of those words come out
 * as Vietnamese syllables (or as plain ASCII words between punctuation).
 * Right decodings of the shared corpus score 0.98 and up (0.85 for an
 * English page full of Vietnamese names), wrong ones 0.52 at most, other
 * languages and binary data below 0.6. */
#define DETECT_MIN_SCORE 0.75

/* How far into a page the <meta> charset is looked for: saved pages open
 * with long comments and inline scripts before their <head> ends. */
#define META_WINDOW ((size_t)16 << 10)

/* ---- names ------------------------------------------------------------------ */

static const char *const canonical[] = {
	[CS_UNKNOWN] = "unknown",
	[CS_UTF8] = "utf-8",
	[CS_UTF16LE] = "utf-16le",
	[CS_UTF16BE] = "utf-16be",
	[CS_CP1258] = "windows-1258",
	[CS_TCVN3] = "tcvn3",
	[CS_VNI] = "vni",
	[CS_VISCII] = "viscii",
	[CS_TCVN5712] = "tcvn5712-1",
	[CS_LATIN1] = "windows-1252",
};

const char *ingest_charset_name(enum ingest_charset cs)
{
	if ((unsigned)cs < sizeof canonical / sizeof canonical[0] && canonical[cs])
		return canonical[cs];
	return "unknown";
}

/* Names as written by servers, pages, iconv and people, compared without
 * case, spaces and punctuation ("TCVN5712-1:1993" is "tcvn571211993").
 * ISO-8859-1 and ASCII are read as Windows-1252, as browsers do. */
static const struct {
	const char *key;
	enum ingest_charset cs;
} aliases[] = {
	{ "utf8", CS_UTF8 }, { "unicode11utf8", CS_UTF8 }, { "xunicode20utf8", CS_UTF8 },
	{ "utf16", CS_UTF16LE }, { "utf16le", CS_UTF16LE }, { "utf16be", CS_UTF16BE },
	{ "windows1258", CS_CP1258 }, { "cp1258", CS_CP1258 }, { "xcp1258", CS_CP1258 },
	{ "tcvn3", CS_TCVN3 }, { "abc", CS_TCVN3 }, { "vn3", CS_TCVN3 }, { "tcvn57123", CS_TCVN3 },
	{ "vntime", CS_TCVN3 }, { "vscii3", CS_TCVN3 },
	{ "vni", CS_VNI }, { "vniwindows", CS_VNI }, { "vniwin", CS_VNI },
	{ "viscii", CS_VISCII }, { "csviscii", CS_VISCII }, { "viscii111", CS_VISCII },
	{ "tcvn57121", CS_TCVN5712 }, { "tcvn5712", CS_TCVN5712 }, { "tcvn", CS_TCVN5712 },
	{ "vn1", CS_TCVN5712 }, { "tcvn571211993", CS_TCVN5712 }, { "xviettcvn5712", CS_TCVN5712 },
	{ "vscii", CS_TCVN5712 }, { "vscii1", CS_TCVN5712 },
	{ "windows1252", CS_LATIN1 }, { "cp1252", CS_LATIN1 }, { "xcp1252", CS_LATIN1 },
	{ "latin1", CS_LATIN1 }, { "l1", CS_LATIN1 }, { "iso88591", CS_LATIN1 },
	{ "iso885911987", CS_LATIN1 }, { "isoir100", CS_LATIN1 }, { "csisolatin1", CS_LATIN1 },
	{ "cp819", CS_LATIN1 }, { "ibm819", CS_LATIN1 }, { "usascii", CS_LATIN1 },
	{ "ascii", CS_LATIN1 },
};

enum ingest_charset ingest_charset_from_name(const char *name)
{
	char key[32];
	size_t n = 0;
	if (!name)
		return CS_UNKNOWN;
	for (const char *p = name; *p; p++) {
		char c = *p;
		if (c == '-' || c == '_' || c == ' ' || c == '.' || c == ':' || c == '"' || c == '\'' ||
		    c == '\t')
			continue;
		if (n + 1 >= sizeof key)
			return CS_UNKNOWN;
		key[n++] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
	}
	key[n] = '\0';
	for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (strcmp(key, aliases[i].key) == 0)
			return aliases[i].cs;
	return CS_UNKNOWN;
}

/* ---- BOM and <meta> ------------------------------------------------------ */

static enum ingest_charset bom_of(const char *data, size_t len, size_t *bom_len)
{
	const unsigned char *s = (const unsigned char *)data;
	*bom_len = 0;
	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
		*bom_len = 3;
		return CS_UTF8;
	}
	if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
		*bom_len = 2;
		return CS_UTF16LE;
	}
	if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
		*bom_len = 2;
		return CS_UTF16BE;
	}
	return CS_UNKNOWN;
}

static int ci_prefix(const char *p, const char *end, const char *word)
{
	for (; *word; word++, p++) {
		if (p >= end)
			return 0;
		char c = *p >= 'A' && *p <= 'Z' ? (char)(*p + 32) : *p;
		if (c != *word)
			return 0;
	}
	return 1;
}

static int html_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '-' || c == '_' || c == '.' || c == ':';
}

/* <meta charset=X> or <meta http-equiv=Content-Type content="…; charset=X">:
 * both carry "charset" "=" X inside a <meta> tag. A page cannot be UTF-16 if
 * its <meta> can be read as ASCII, so that claim means UTF-8 (as in HTML's
 * own prescan). */
static enum ingest_charset meta_charset(const char *data, size_t len)
{
	const char *end = data + (len < META_WINDOW ? len : META_WINDOW);
	for (const char *p = data; p < end; p++) {
		if (*p != '<' || !ci_prefix(p + 1, end, "meta") || p + 5 >= end ||
		    !(html_space(p[5]) || p[5] == '/'))
			continue;
		const char *gt = memchr(p + 5, '>', (size_t)(end - p - 5));
		if (!gt)
			break;
		for (const char *c = p + 5; c < gt; c++) {
			if (!ci_prefix(c, gt, "charset"))
				continue;
			const char *v = c + 7;
			while (v < gt && html_space(*v))
				v++;
			if (v >= gt || *v != '=')
				continue;
			v++;
			while (v < gt && (html_space(*v) || *v == '"' || *v == '\''))
				v++;
			const char *ve = v;
			while (ve < gt && name_char(*ve))
				ve++;
			char name[48];
			if (ve == v || (size_t)(ve - v) >= sizeof name)
				break;
			memcpy(name, v, (size_t)(ve - v));
			name[ve - v] = '\0';
			enum ingest_charset cs = ingest_charset_from_name(name);
			if (cs == CS_UTF16LE || cs == CS_UTF16BE)
				cs = CS_UTF8;
			if (cs != CS_UNKNOWN)
				return cs;
			break;
		}
		p = gt;
	}
	return CS_UNKNOWN;
}

/* ---- ICU ----------------------------------------------------------------- */

/* Converts through ICU straight to UTF-8 in pieces, so a large file never
 * needs a UTF-16 copy of itself. Bytes the converter cannot map become
 * U+FFFD. */
static int icu_to_utf8(const char *conv_name, const char *data, size_t len, struct buf *out,
		       char **err)
{
	UErrorCode e = U_ZERO_ERROR;
	UConverter *src = ucnv_open(conv_name, &e);
	UConverter *dst = U_SUCCESS(e) ? ucnv_open("UTF-8", &e) : NULL;
	if (U_FAILURE(e)) {
		*err = xasprintf("ICU has no %s converter (%s)", conv_name, u_errorName(e));
		ucnv_close(src);
		ucnv_close(dst);
		return -1;
	}
	UChar pivot[1024];
	UChar *ps = pivot, *pt = pivot;
	char chunk[16384];
	const char *s = data;
	UBool reset = 1;
	buf_grow(out, len + len / 2);
	do {
		char *t = chunk;
		e = U_ZERO_ERROR;
		ucnv_convertEx(dst, src, &t, chunk + sizeof chunk, &s, data + len, pivot, &ps, &pt,
			       pivot + sizeof pivot / sizeof pivot[0], reset, 1, &e);
		reset = 0;
		buf_add(out, chunk, (size_t)(t - chunk));
	} while (e == U_BUFFER_OVERFLOW_ERROR);
	ucnv_close(src);
	ucnv_close(dst);
	if (U_FAILURE(e)) {
		*err = xasprintf("cannot decode %s text (ICU: %s)", conv_name, u_errorName(e));
		return -1;
	}
	return 0;
}

/* ---- the detector ---------------------------------------------------------- */

/* The C0 codes VISCII and VN1 use for capitals: part of words, not controls. */
static int c0_letter(unsigned char c)
{
	static const uint32_t mask = (1u << 0x01) | (1u << 0x02) | (1u << 0x04) | (1u << 0x05) |
				     (1u << 0x06) | (1u << 0x11) | (1u << 0x12) | (1u << 0x13) |
				     (1u << 0x14) | (1u << 0x15) | (1u << 0x16) | (1u << 0x17) |
				     (1u << 0x19) | (1u << 0x1E);
	return c < 0x20 && (mask >> c & 1u);
}

/* Words are cut at ASCII punctuation, digits and space only: what a wrong
 * decoding makes of a byte inside a word ("C—NG") must count against it. */
static int word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c0_letter(c);
}

static int mark_cp(unsigned cp)
{
	return cp >= 0x300 && cp < 0x370;
}

/* Windows-1252's signs no Vietnamese text uses: where TCVN3 or VNI reads one
 * of these, VN1 or VISCII reads a capital ("™" is VN1's "Ở"). Dashes,
 * quotes, "…", "•" and "‰" are kept as text. */
static int unlikely_sign(unsigned cp)
{
	static const uint16_t signs[] = { 0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017D, 0x017E,
					  0x0192, 0x02C6, 0x02DC, 0x201A, 0x201E, 0x2020, 0x2021,
					  0x2039, 0x203A, 0x2122 };
	for (size_t i = 0; i < sizeof signs / sizeof signs[0]; i++)
		if (cp == signs[i])
			return 1;
	return 0;
}

enum word_kind {
	W_BAD,
	W_PLAIN,  /* ASCII letters between punctuation */
	W_LETTER, /* a syllable of one letter: "ở", but also what "–" is in VN1 */
	W_VIET,   /* a syllable of two letters or more */
};

/* One decoded word: punctuation at its ends is dropped; what is left must be
 * plain ASCII letters (the non-ASCII bytes were quotes or dashes) or one
 * Vietnamese syllable. A control character anywhere (the C1 codes that
 * Windows-1252 leaves unassigned and VN1 fills with capitals) is no text,
 * nor is an unlikely sign. */
static enum word_kind classify(const char *s, size_t len)
{
	size_t a = 0, z = 0, i = 0;
	int started = 0, inner_bad = 0, ascii = 1;
	while (i < len) {
		unsigned cp;
		size_t n = text_utf8_decode(s + i, len - i, &cp);
		if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || unlikely_sign(cp))
			return W_BAD;
		int letter = u_isalpha((UChar32)cp) || (started && mark_cp(cp));
		if (letter) {
			if (!started) {
				started = 1;
				a = i;
			} else if (z != i) {
				inner_bad = 1; /* something that is no letter between letters */
			}
			if (cp >= 0x80)
				ascii = 0;
			z = i + n;
		}
		i += n;
	}
	if (!started || ascii)
		return inner_bad ? W_BAD : W_PLAIN;
	if (inner_bad)
		return W_BAD;
	if (!legacy_vn_syllable(s + a, z - a))
		return W_BAD;
	unsigned cp;
	return a + text_utf8_decode(s + a, z - a, &cp) == z ? W_LETTER : W_VIET;
}

/* Candidates in order of preference when they score the same: the common
 * encodings first, and TCVN3 before VN1, which reads a file without capitals
 * in 0x80-0x9F exactly as TCVN3 does. */
static const enum ingest_charset candidates[] = { CS_CP1258, CS_TCVN3, CS_VNI, CS_VISCII,
						  CS_TCVN5712 };
#define N_CANDIDATES (sizeof candidates / sizeof candidates[0])

struct tally {
	size_t words; /* words with non-ASCII bytes */
	size_t fine;  /* of which Vietnamese syllables or plain words */
	size_t viet;  /* of which Vietnamese syllables */
	size_t long_viet; /* of which of two letters or more */
};

static double score(const struct tally *t)
{
	return t->words ? (double)t->fine / (double)t->words : 0.0;
}

static void decode_word(enum ingest_charset cs, UConverter *cp1258, const char *w, size_t n,
			struct buf *out)
{
	buf_reset(out);
	if (cs != CS_CP1258) {
		legacy_decode(cs, w, n, out);
		return;
	}
	UChar u[256];
	char s[768];
	UErrorCode e = U_ZERO_ERROR;
	int32_t un = ucnv_toUChars(cp1258, u, 256, w, (int32_t)n, &e);
	int32_t sn = 0;
	if (U_SUCCESS(e))
		u_strToUTF8(s, (int32_t)sizeof s, &sn, u, un, &e);
	if (U_FAILURE(e))
		buf_add(out, "\xEF\xBF\xBD", 3);
	else
		buf_add(out, s, (size_t)sn);
}

/* What each candidate makes of a word, remembered by the word's bytes: a
 * text says the same few hundred syllables over and over, and each costs a
 * decoding and a spelling check per candidate. Open addressing; a full table
 * stops remembering, not counting. */
#define MEMO_SLOTS 1024
struct word_memo {
	const char *w; /* into the input; NULL: a free slot */
	size_t n;
	unsigned char kind[N_CANDIDATES];
};

static struct word_memo *memo_slot(struct word_memo *m, const char *w, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	for (size_t i = 0; i < MEMO_SLOTS / 4 * 3; i++) {
		struct word_memo *e = &m[(h + i) & (MEMO_SLOTS - 1)];
		if (!e->w || (e->n == n && memcmp(e->w, w, n) == 0))
			return e;
	}
	return NULL;
}

/* Counts, in the first 1 MiB, UTF-8 sequences of two bytes or more and bytes
 * that are not UTF-8: a file that is UTF-8 but for a few bytes is damaged,
 * not in another encoding. */
static int mostly_utf8(const char *data, size_t len)
{
	size_t n = len < ((size_t)1 << 20) ? len : (size_t)1 << 20, multi = 0, bad = 0;
	for (size_t i = 0; i < n;) {
		if ((unsigned char)data[i] < 0x80) {
			i++;
			continue;
		}
		unsigned cp;
		size_t k = text_utf8_decode(data + i, n - i, &cp);
		if (k > 1)
			multi++;
		else
			bad++;
		i += k;
	}
	return multi >= 8 && multi >= 8 * bad;
}

/* Valid UTF-8 up to bad (where text_utf8_valid stopped), and from there to
 * the end the first bytes of one character: a copy cut short, or a file
 * whose writer closed it half-written (a watcher reads it again when it
 * changes), not a damaged or legacy text. */
static int cut_in_a_character(const char *data, size_t len, size_t bad)
{
	if (bad >= len)
		return 0;
	const unsigned char *p = (const unsigned char *)data + bad;
	size_t n = len - bad;
	size_t want = p[0] >= 0xf0 && p[0] <= 0xf4   ? 4
		      : p[0] >= 0xe0 && p[0] <= 0xef ? 3
		      : p[0] >= 0xc2 && p[0] <= 0xdf ? 2
						     : 0;
	if (n >= want)
		return 0;
	for (size_t i = 1; i < n; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;
	return 1;
}

/* Scores every candidate on the same words and returns the best one that is
 * believable, else CS_UNKNOWN and *err. bad_utf8 is where UTF-8 failed. */
static enum ingest_charset detect_legacy(const char *data, size_t len, size_t bad_utf8,
					 char **err)
{
	struct tally t[N_CANDIDATES];
	memset(t, 0, sizeof t);
	UErrorCode e = U_ZERO_ERROR;
	UConverter *cp1258 = ucnv_open("windows-1258", &e);
	if (U_FAILURE(e)) {
		*err = xasprintf("ICU has no windows-1258 converter (%s)", u_errorName(e));
		return CS_UNKNOWN;
	}
	struct buf scratch = BUF_INIT;
	struct word_memo *memo = xcalloc(MEMO_SLOTS, sizeof *memo);
	const unsigned char *s = (const unsigned char *)data;
	size_t sampled = 0, words = 0;
	for (size_t i = 0; i < len && sampled < DETECT_SAMPLE_BYTES && words < DETECT_MAX_WORDS;) {
		if (!word_byte(s[i])) {
			i++;
			continue;
		}
		size_t j = i;
		int telling = 0;
		while (j < len && word_byte(s[j])) {
			if (s[j] >= 0x80 || c0_letter(s[j]))
				telling = 1;
			j++;
		}
		/* Longer runs are no words of any language: they still count, as
		 * bad, through their first 64 bytes. */
		size_t n = j - i < 64 ? j - i : 64;
		if (telling) {
			struct word_memo *wm = memo_slot(memo, data + i, n);
			if (wm && !wm->w) {
				for (size_t c = 0; c < N_CANDIDATES; c++) {
					decode_word(candidates[c], cp1258, data + i, n, &scratch);
					wm->kind[c] = (unsigned char)classify(scratch.p, scratch.len);
				}
				wm->w = data + i;
				wm->n = n;
			}
			for (size_t c = 0; c < N_CANDIDATES; c++) {
				enum word_kind k;
				if (wm) {
					k = (enum word_kind)wm->kind[c];
				} else {
					decode_word(candidates[c], cp1258, data + i, n, &scratch);
					k = classify(scratch.p, scratch.len);
				}
				t[c].words++;
				t[c].fine += k != W_BAD;
				t[c].viet += k == W_VIET || k == W_LETTER;
				t[c].long_viet += k == W_VIET;
			}
			sampled += n;
			words++;
		}
		i = j;
	}
	buf_release(&scratch);
	free(memo);
	ucnv_close(cp1258);

	/* On a tie, more syllables win ("Ớt" in VN1 is "›t" in TCVN3), but
	 * not syllables of one letter: in TCVN3, "–" between spaces is a dash,
	 * not VN1's "Ọ". */
	size_t best = 0;
	for (size_t c = 1; c < N_CANDIDATES; c++)
		if (t[c].fine > t[best].fine ||
		    (t[c].fine == t[best].fine && t[c].long_viet > t[best].long_viet))
			best = c;
	if (words && score(&t[best]) >= DETECT_MIN_SCORE)
		return candidates[best];
	if (cut_in_a_character(data, len, bad_utf8))
		*err = xasprintf("UTF-8 that ends inside a character at byte offset %zu: a file "
				 "cut short, or still being written?", bad_utf8);
	else if (mostly_utf8(data, len))
		*err = xasprintf("not valid UTF-8 at byte offset %zu, though the rest is UTF-8 "
				 "(a damaged file?); use --encoding to read it otherwise",
				 bad_utf8);
	else
		*err = xasprintf("not valid UTF-8 at byte offset %zu, and cannot tell the text "
				 "encoding (closest: %s, %.0f%% of words valid Vietnamese); use "
				 "--encoding", bad_utf8, ingest_charset_name(candidates[best]),
				 100.0 * (double)t[best].viet / (double)(words ? words : 1));
	return CS_UNKNOWN;
}

/* UTF-16 without a BOM: ASCII characters put a NUL in every other byte. NFD
 * marks (U+03xx) put a few on the other side too. */
static enum ingest_charset utf16_guess(const char *data, size_t len)
{
	size_t n = (len < DETECT_SAMPLE_BYTES ? len : DETECT_SAMPLE_BYTES) & ~(size_t)1;
	size_t zero[2] = { 0, 0 };
	if (n < 4)
		return CS_UNKNOWN;
	for (size_t i = 0; i < n; i++)
		if (data[i] == '\0')
			zero[i & 1]++;
	if (zero[1] * 3 >= n / 2 && zero[0] * 20 <= zero[1])
		return CS_UTF16LE;
	if (zero[0] * 3 >= n / 2 && zero[1] * 20 <= zero[0])
		return CS_UTF16BE;
	return CS_UNKNOWN;
}

/* ---- decoding ------------------------------------------------------------ */

/* Where cs came from, for the message when UTF-8 was promised and broken. */
static const char *utf8_promise(const char *how)
{
	if (strcmp(how, "declared") == 0)
		return "declared utf-8";
	if (strcmp(how, "BOM") == 0)
		return "it has a UTF-8 BOM";
	if (strcmp(how, "meta") == 0)
		return "its <meta> says utf-8";
	return "forced utf-8";
}

/* Decodes data as cs; *text is then data itself (UTF-8) or raw's bytes, not
 * yet NFC. valid_utf8: data is already known to be valid UTF-8. */
static int decode_as(enum ingest_charset cs, const char *data, size_t len, const char *how,
		     int valid_utf8, struct buf *raw, const char **text, size_t *text_len,
		     char **err)
{
	size_t bom_len;
	enum ingest_charset bom = bom_of(data, len, &bom_len);
	int rc = 0;
	switch (cs) {
	case CS_UTF8: {
		size_t skip = bom == CS_UTF8 ? bom_len : 0, bad;
		if (!valid_utf8 && !text_utf8_valid(data + skip, len - skip, &bad)) {
			*err = xasprintf("not valid UTF-8 at byte offset %zu (%s)", bad + skip,
					 utf8_promise(how));
			return -1;
		}
		*text = data + skip;
		*text_len = len - skip;
		return 0;
	}
	case CS_UTF16LE:
	case CS_UTF16BE:
		/* A BOM says which way round, whatever was declared. */
		if (bom == CS_UTF16LE || bom == CS_UTF16BE)
			rc = icu_to_utf8(bom == CS_UTF16LE ? "UTF-16LE" : "UTF-16BE", data + 2,
					 len - 2, raw, err);
		else
			rc = icu_to_utf8(cs == CS_UTF16LE ? "UTF-16LE" : "UTF-16BE", data, len, raw,
					 err);
		break;
	case CS_CP1258:
		rc = icu_to_utf8("windows-1258", data, len, raw, err);
		break;
	case CS_TCVN3:
	case CS_VNI:
	case CS_VISCII:
	case CS_TCVN5712:
	case CS_LATIN1:
		legacy_decode(cs, data, len, raw);
		break;
	case CS_UNKNOWN:
		*err = xstrdup("no charset to decode with");
		return -1;
	}
	*text = raw->p ? raw->p : "";
	*text_len = raw->len;
	return rc;
}

int ingest_decode(const char *data, size_t len, int is_html, const char *declared,
		  enum ingest_charset forced, struct buf *out, enum ingest_charset *used,
		  const char **why, char **err)
{
	size_t bom_len;
	enum ingest_charset bom = bom_of(data, len, &bom_len);
	enum ingest_charset cs = CS_UNKNOWN;
	const char *how = "detected";
	int valid_utf8 = 0; /* all of data, checked here: decode_as need not */

	if (len >= 4 && memcmp(data, "\0\0\xFE\xFF", 4) == 0) {
		*err = xstrdup("UTF-32 text is not supported");
		return -1;
	}
	if (forced != CS_UNKNOWN) {
		cs = forced;
		how = "forced";
	} else if (declared && (cs = ingest_charset_from_name(declared)) != CS_UNKNOWN) {
		how = "declared";
	} else if (bom != CS_UNKNOWN) {
		if (bom == CS_UTF16LE && len >= 4 && data[2] == '\0' && data[3] == '\0') {
			*err = xstrdup("UTF-32 text is not supported");
			return -1;
		}
		cs = bom;
		how = "BOM";
	} else if (is_html && (cs = meta_charset(data, len)) != CS_UNKNOWN) {
		how = "meta";
	} else {
		/* UTF-16 of ASCII text is valid UTF-8 too: it is looked for first. */
		size_t bad = 0;
		cs = utf16_guess(data, len);
		if (cs == CS_UNKNOWN && text_utf8_valid(data, len, &bad)) {
			cs = CS_UTF8;
			valid_utf8 = 1;
		}
		if (cs == CS_UNKNOWN && (cs = detect_legacy(data, len, bad, err)) == CS_UNKNOWN)
			return -1;
	}

	struct buf raw = BUF_INIT;
	const char *text;
	size_t text_len;
	if (decode_as(cs, data, len, how, valid_utf8, &raw, &text, &text_len, err) < 0) {
		buf_release(&raw);
		return -1;
	}
	/* Windows-1258, VN1 and VNI spell many letters as a base and a mark;
	 * UTF-8 and UTF-16 sources may be decomposed too. */
	size_t out0 = out->len;
	int rc = text_nfc(text, text_len, out);
	buf_release(&raw);
	if (rc == 0)
		text_latin_lookalikes(out, out0);
	if (rc < 0) {
		*err = xstrdup("cannot normalise the decoded text (ICU failed)");
		return -1;
	}
	*used = cs;
	if (why)
		*why = how;
	return 0;
}
