/* normalise.c — NFC and the exact/folded terms of one word, through ICU. */
#include "text/text.h"
#include "text/text_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

/* UTF-16 scratch for ICU: words fit in the inline array, so indexing a
 * document costs no allocation per word; long inputs spill to the heap. */
struct ubuf {
	UChar *p;
	int32_t cap;
	UChar local[256];
};

static void ubuf_init(struct ubuf *u)
{
	u->p = u->local;
	u->cap = (int32_t)(sizeof u->local / sizeof u->local[0]);
}

static void ubuf_reserve(struct ubuf *u, int32_t n)
{
	if (n <= u->cap)
		return;
	if (u->p != u->local)
		free(u->p);
	u->p = xmalloc((size_t)n * sizeof(UChar));
	u->cap = n;
}

static void ubuf_release(struct ubuf *u)
{
	if (u->p != u->local)
		free(u->p);
	ubuf_init(u);
}

/* ICU works on int32_t lengths; callers chunk or refuse anything near that. */
#define ICU_MAX_INPUT ((size_t)INT32_MAX / 4)

/* UTF-8 -> UTF-16 into u, invalid bytes as U+FFFD. Returns the length, or
 * -1; *subs (if given) counts the replacements. */
static int32_t from_utf8(struct ubuf *u, const char *s, size_t len, int32_t *subs)
{
	for (;;) {
		UErrorCode err = U_ZERO_ERROR;
		int32_t n = 0;
		u_strFromUTF8WithSub(u->p, u->cap, &n, s, (int32_t)len, 0xFFFD, subs, &err);
		if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) {
			ubuf_reserve(u, n + 1);
			continue;
		}
		return U_FAILURE(err) ? -1 : n;
	}
}

/* Normalises src[0..n) into dst with norm. Returns the length, or -1. */
static int32_t normalize(const UNormalizer2 *norm, const UChar *src, int32_t n, struct ubuf *dst)
{
	for (;;) {
		UErrorCode err = U_ZERO_ERROR;
		int32_t m = unorm2_normalize(norm, src, n, dst->p, dst->cap, &err);
		if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) {
			ubuf_reserve(dst, m + 1);
			continue;
		}
		return U_FAILURE(err) ? -1 : m;
	}
}

static int32_t fold_case(const UChar *src, int32_t n, struct ubuf *dst)
{
	for (;;) {
		UErrorCode err = U_ZERO_ERROR;
		int32_t m = u_strFoldCase(dst->p, dst->cap, src, n, U_FOLD_CASE_DEFAULT, &err);
		if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) {
			ubuf_reserve(dst, m + 1);
			continue;
		}
		return U_FAILURE(err) ? -1 : m;
	}
}

/* Appends UTF-16 as UTF-8 to out; three bytes per unit always suffice. */
static int append_utf8(struct buf *out, const UChar *src, int32_t n)
{
	UErrorCode err = U_ZERO_ERROR;
	int32_t m = 0;
	size_t cap = (size_t)n * 3 + 1;
	buf_grow(out, cap);
	u_strToUTF8(out->p + out->len, (int32_t)cap, &m, src, n, &err);
	if (U_FAILURE(err))
		return -1;
	out->len += (size_t)m;
	out->p[out->len] = '\0';
	return 0;
}

static int is_ascii(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 0;
	return 1;
}

/* Only ASCII and precomposed Vietnamese letters (and, with punct, the
 * punctuation of text_vn_punct): NFC as it is (each is its own composite,
 * and none combines with a character before it), so a word of a Vietnamese
 * text skips ICU — an excerpt composes each word it shows. */
static int is_plain_vietnamese(const char *s, size_t len, int punct)
{
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		unsigned cp, lower;
		char base;
		size_t n = utf8_sequence(s + i, len - i, &cp);
		if (!n || !(text_vn_letter(cp, &lower, &base) || (punct && text_vn_punct(cp))))
			return 0;
		i += n;
	}
	return 1;
}

static void restore(struct buf *b, size_t len)
{
	b->len = len;
	if (b->p)
		b->p[len] = '\0';
}

/* text_nfc works in pieces of about this size, so a large document never
 * needs a UTF-16 copy of itself. */
#define NFC_CHUNK (64 * 1024)

/* The first offset at or after `at` where NFC may cut s: before a character
 * that never combines with what precedes it (any ASCII, most letters). */
static size_t nfc_cut(const UNormalizer2 *nfc, const char *s, size_t len, size_t at)
{
	while (at < len) {
		unsigned cp;
		if ((unsigned char)s[at] < 0x80)
			return at;
		size_t n = text_utf8_decode(s + at, len - at, &cp);
		if (n > 1 && unorm2_hasBoundaryBefore(nfc, (UChar32)cp))
			return at;
		at += n;
	}
	return len;
}

int text_nfc(const char *s, size_t len, struct buf *out)
{
	size_t len0 = out->len;
	const UNormalizer2 *nfc;
	UErrorCode err = U_ZERO_ERROR;
	struct ubuf a, b;
	int rc = 0;

	if (is_plain_vietnamese(s, len, 1)) {
		buf_add(out, s, len);
		return 0;
	}
	nfc = unorm2_getNFCInstance(&err);
	if (U_FAILURE(err))
		return -1;
	ubuf_init(&a);
	ubuf_init(&b);
	for (size_t pos = 0; pos < len && rc == 0;) {
		size_t end = len - pos > NFC_CHUNK ? nfc_cut(nfc, s, len, pos + NFC_CHUNK) : len;
		if (end - pos > ICU_MAX_INPUT) {
			rc = -1;
			break;
		}
		if (is_ascii(s + pos, end - pos)) {
			buf_add(out, s + pos, end - pos);
			pos = end;
			continue;
		}
		int32_t subs = 0;
		int32_t n = from_utf8(&a, s + pos, end - pos, &subs);
		if (n < 0) {
			rc = -1;
			break;
		}
		err = U_ZERO_ERROR;
		if (subs == 0 && unorm2_isNormalized(nfc, a.p, n, &err) && U_SUCCESS(err)) {
			/* Already NFC and valid: the input bytes are the answer. */
			buf_add(out, s + pos, end - pos);
		} else {
			int32_t m = normalize(nfc, a.p, n, &b);
			if (m < 0 || append_utf8(out, b.p, m) < 0)
				rc = -1;
		}
		pos = end;
	}
	ubuf_release(&a);
	ubuf_release(&b);
	if (rc < 0)
		restore(out, len0);
	return rc;
}

/* NFC, full case folding, no format characters, canonical tone placement.
 * Cf characters go first so that "e" SOFT HYPHEN U+0301 still composes. */
static int word_exact(const char *s, size_t len, struct buf *exact)
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
	struct ubuf a, b;
	struct buf utf8 = BUF_INIT;
	char local[3 * 256 + 1];
	int rc = -1;

	if (U_FAILURE(err) || len > ICU_MAX_INPUT)
		return -1;
	ubuf_init(&a);
	ubuf_init(&b);
	int32_t n = from_utf8(&a, s, len, NULL);
	if (n < 0)
		goto out;
	int32_t kept = 0;
	for (int32_t i = 0; i < n;) {
		int32_t at = i;
		UChar32 c;
		U16_NEXT(a.p, i, n, c);
		if (u_charType(c) == U_FORMAT_CHAR)
			continue;
		while (at < i)
			a.p[kept++] = a.p[at++];
	}
	int32_t m = fold_case(a.p, kept, &b);
	if (m < 0)
		goto out;
	const UChar *nfc_p = b.p;
	if (unorm2_quickCheck(nfc, b.p, m, &err) != UNORM_YES || U_FAILURE(err)) {
		m = normalize(nfc, b.p, m, &a);
		if (m < 0)
			goto out;
		nfc_p = a.p;
	}

	/* Tone placement works on UTF-8; short words stay on the stack. */
	const char *word;
	int32_t wlen = 0;
	err = U_ZERO_ERROR;
	u_strToUTF8(local, (int32_t)sizeof local, &wlen, nfc_p, m, &err);
	if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) {
		if (append_utf8(&utf8, nfc_p, m) < 0)
			goto out;
		word = utf8.p;
		wlen = (int32_t)utf8.len;
	} else if (U_FAILURE(err)) {
		goto out;
	} else {
		word = local;
	}
	text_tone_canonical(word, (size_t)wlen, exact);
	rc = 0;
out:
	buf_release(&utf8);
	ubuf_release(&a);
	ubuf_release(&b);
	return rc;
}

/* exact without combining marks (NFD, drop Mn, NFC again) and đ -> d. */
static int word_folded(const char *s, size_t len, struct buf *folded)
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
	struct ubuf a, b;
	int rc = -1;

	if (U_FAILURE(err) || len > ICU_MAX_INPUT)
		return -1;
	ubuf_init(&a);
	ubuf_init(&b);
	int32_t n = from_utf8(&a, s, len, NULL);
	if (n < 0)
		goto out;
	int32_t m = normalize(nfd, a.p, n, &b);
	if (m < 0)
		goto out;
	int32_t kept = 0;
	for (int32_t i = 0; i < m;) {
		int32_t at = i;
		UChar32 c;
		U16_NEXT(b.p, i, m, c);
		if (u_charType(c) == U_NON_SPACING_MARK)
			continue;
		if (c == 0x0111) {
			b.p[kept++] = 'd';
			continue;
		}
		while (at < i)
			b.p[kept++] = b.p[at++];
	}
	/* Removing marks can leave decomposed Hangul or the like: recompose. */
	n = normalize(nfc, b.p, kept, &a);
	if (n < 0 || append_utf8(folded, a.p, n) < 0)
		goto out;
	rc = 0;
out:
	ubuf_release(&a);
	ubuf_release(&b);
	return rc;
}

int text_vn_terms(const char *s, size_t len, struct buf *lower, struct buf *exact,
		  struct buf *folded)
{
	struct buf *lo = lower;
	size_t e0 = exact->len;
	unsigned cp, low;
	char base;

	/* Each of these letters has its lower case at the same UTF-8 length. */
	buf_reset(lo);
	buf_grow(lo, len);
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			lo->p[i++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : (char)c;
			continue;
		}
		size_t n = text_utf8_decode(s + i, len - i, &cp);
		text_vn_letter(cp, &low, &base);
		text_utf8_encode(lo->p + i, low);
		i += n;
	}
	lo->len = len;
	lo->p[len] = '\0';
	text_tone_canonical(lo->p, lo->len, exact);

	size_t elen = exact->len - e0;
	if (!folded)
		return 0; /* as text_word_terms */
	struct buf *f = folded;
	size_t f0 = f->len;
	buf_grow(f, elen);
	for (size_t i = e0; i < exact->len;) {
		unsigned char c = (unsigned char)exact->p[i];
		if (c < 0x80) {
			f->p[f->len++] = (char)c;
			i++;
			continue;
		}
		i += text_utf8_decode(exact->p + i, exact->len - i, &cp);
		text_vn_letter(cp, &low, &base);
		f->p[f->len++] = base;
	}
	f->p[f->len] = '\0';
	return f->len - f0 != elen;
}

int text_word_terms(const char *s, size_t len, struct buf *exact, struct buf *folded)
{
	if (!is_ascii(s, len) && is_plain_vietnamese(s, len, 0)) {
		struct buf lower = BUF_INIT;
		int r = text_vn_terms(s, len, &lower, exact, folded);
		buf_release(&lower);
		return r;
	}
	return text_word_terms_icu(s, len, exact, folded);
}

int text_word_terms_icu(const char *s, size_t len, struct buf *exact, struct buf *folded)
{
	size_t e0 = exact->len, f0 = folded ? folded->len : 0;

	if (is_ascii(s, len)) {
		buf_grow(exact, len);
		for (size_t i = 0; i < len; i++) {
			char c = s[i];
			exact->p[e0 + i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
		}
		exact->len += len;
		exact->p[exact->len] = '\0';
		if (folded)
			buf_add(folded, exact->p + e0, len);
		return 0;
	}
	/* ICU only fails here on absurd lengths; the word is then kept as
	 * given rather than dropped, so it can at least be found verbatim. */
	if (word_exact(s, len, exact) < 0) {
		restore(exact, e0);
		buf_add(exact, s, len);
	}
	if (!folded)
		return 0;
	size_t elen = exact->len - e0;
	if (is_ascii(exact->p + e0, elen)) {
		buf_add(folded, exact->p + e0, elen);
	} else if (word_folded(exact->p + e0, elen, folded) < 0) {
		restore(folded, f0);
		buf_add(folded, exact->p + e0, elen);
	}
	size_t flen = folded->len - f0;
	return flen != elen || memcmp(folded->p + f0, exact->p + e0, elen) != 0;
}

/* s with its first letter in the other case (upper: to lower, or lower: to
 * upper), appended to out. */
static void first_to(const char *s, size_t len, int upper, struct buf *out)
{
	unsigned cp;
	size_t n = len ? text_utf8_decode(s, len, &cp) : 0;
	if (!n || !(upper ? u_islower((UChar32)cp) : u_isupper((UChar32)cp))) {
		buf_add(out, s, len);
		return;
	}
	char enc[4];
	UChar32 to = upper ? u_toupper((UChar32)cp) : u_tolower((UChar32)cp);
	buf_add(out, enc, text_utf8_encode(enc, (unsigned)to));
	buf_add(out, s + n, len - n);
}

void text_lower_first(const char *s, size_t len, struct buf *out)
{
	first_to(s, len, 0, out);
}

void text_upper_first(const char *s, size_t len, struct buf *out)
{
	first_to(s, len, 1, out);
}

int text_sentence_case(const char *s, size_t len, struct buf *out)
{
	int32_t ulen = 0;
	UErrorCode st = U_ZERO_ERROR;
	u_strFromUTF8(NULL, 0, &ulen, s, (int32_t)len, &st);
	if (st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st))
		return -1;
	UChar *u = xmalloc(((size_t)ulen + 1) * sizeof *u);
	UChar *l = xmalloc(((size_t)ulen * 2 + 1) * sizeof *l);
	int rc = -1;
	st = U_ZERO_ERROR;
	u_strFromUTF8WithSub(u, ulen + 1, NULL, s, (int32_t)len, 0xFFFD, NULL, &st);
	int32_t llen = U_FAILURE(st) ? 0 : u_strToLower(l, ulen * 2 + 1, u, ulen, "vi", &st);
	if (U_SUCCESS(st) && llen > 0) {
		/* The first letter of the phrase up again; it is a BMP letter in
		 * any Vietnamese text. */
		l[0] = (UChar)u_toupper(l[0]);
		int32_t blen = 0;
		st = U_ZERO_ERROR;
		u_strToUTF8(NULL, 0, &blen, l, llen, &st);
		st = U_ZERO_ERROR;
		buf_grow(out, (size_t)blen + 1);
		u_strToUTF8(out->p + out->len, blen + 1, NULL, l, llen, &st);
		if (U_SUCCESS(st)) {
			out->len += (size_t)blen;
			out->p[out->len] = '\0';
			rc = 0;
		}
	}
	free(u);
	free(l);
	return rc;
}

/* ASCII, Vietnamese letters and text_vn_punct answered here, the rest by
 * ICU: a search reads its titles' and letterheads' case without loading it. */
int text_has_letter(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		unsigned cp, lower;
		char base;
		i += text_utf8_decode(s + i, len - i, &cp);
		if (cp < 0x80) {
			if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
				return 1;
		} else if (text_vn_letter(cp, &lower, &base)) {
			return 1;
		} else if (!text_vn_punct(cp) && u_isalpha((UChar32)cp)) {
			return 1;
		}
	}
	return 0;
}

int text_has_lower(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		unsigned cp, lower;
		char base;
		i += text_utf8_decode(s + i, len - i, &cp);
		if (cp < 0x80) {
			if (cp >= 'a' && cp <= 'z')
				return 1;
		} else if (text_vn_letter(cp, &lower, &base)) {
			if (lower == cp)
				return 1;
		} else if (!text_vn_punct(cp) && u_islower((UChar32)cp)) {
			return 1;
		}
	}
	return 0;
}

int text_has_ascii_lower(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return 1;
	return 0;
}

/* Cyrillic letters drawn as a Latin letter, by code point (sorted). */
static const struct {
	unsigned short cp;
	char latin;
} lookalikes[] = {
	{ 0x0405, 'S' }, { 0x0406, 'I' }, { 0x0408, 'J' }, { 0x0410, 'A' }, { 0x0412, 'B' },
	{ 0x0415, 'E' }, { 0x041A, 'K' }, { 0x041C, 'M' }, { 0x041D, 'H' }, { 0x041E, 'O' },
	{ 0x0420, 'P' }, { 0x0421, 'C' }, { 0x0422, 'T' }, { 0x0423, 'Y' }, { 0x0425, 'X' },
	{ 0x0430, 'a' }, { 0x0435, 'e' }, { 0x043E, 'o' }, { 0x0440, 'p' }, { 0x0441, 'c' },
	{ 0x0443, 'y' }, { 0x0445, 'x' }, { 0x0455, 's' }, { 0x0456, 'i' }, { 0x0458, 'j' },
};

/* The Latin twin of a Cyrillic letter, 0 if it has none. */
static char lookalike(unsigned cp)
{
	size_t lo = 0, hi = N_ELEMS(lookalikes);
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (lookalikes[mid].cp == cp)
			return lookalikes[mid].latin;
		if (lookalikes[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* Ð U+00D0 or ð U+00F0 (Icelandic eth) at p: a legacy page's Đ, đ. */
static int eth_at(const char *p, size_t avail)
{
	return avail >= 2 && (unsigned char)p[0] == 0xC3 &&
	       ((unsigned char)p[1] == 0x90 || (unsigned char)p[1] == 0xB0);
}

/* Is there a byte that may start a look-alike? Cyrillic is U+0400..U+04FF:
 * lead bytes 0xD0..0xD3; Ð and ð are C3 90 and C3 B0. */
static int any_lookalike(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] >= 0xD0 && (unsigned char)s[i] <= 0xD3) ||
		    eth_at(s + i, len - i))
			return 1;
	return 0;
}

int text_latin_lookalikes_copy(const char *s, size_t len, struct buf *out)
{
	if (!s || !any_lookalike(s, len))
		return 0;
	buf_add(out, s, len);
	if (text_latin_lookalikes(out, 0))
		return 1;
	buf_release(out);
	return 0;
}

static int is_white(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

size_t text_latin_lookalikes(struct buf *b, size_t from)
{
	if (!any_lookalike(b->p + from, b->len - from))
		return 0;
	/* Word by word from the start: a word's reading needs the one before. */
	size_t changed = 0, i = from, w = from;
	int joined = 0; /* the word before ends in '-' and is Latin */
	while (i < b->len) {
		size_t e = i;
		int look = 0, other = 0, latin = 0; /* look-alikes, other Cyrillic, Latin */
		while (e < b->len && !is_white((unsigned char)b->p[e])) {
			unsigned char c = (unsigned char)b->p[e];
			if (c < 0x80) {
				if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
					latin = 1;
				e++;
				continue;
			}
			unsigned cp, lower;
			char base;
			size_t n = text_utf8_decode(b->p + e, b->len - e, &cp);
			if (!n)
				n = 1;
			if (cp == 0x00D0 || cp == 0x00F0) {
				look = 1;
			} else if (cp >= 0x0400 && cp <= 0x04FF) {
				if (lookalike(cp))
					look = 1;
				else
					other = 1;
			} else if (text_vn_letter(cp, &lower, &base)) {
				latin = 1;
			}
			e += n;
		}
		/* "40/2026/NĐ-" at a line's end, "СР;" on the next. */
		int fold = look && !other && (latin || joined);
		joined = e > i && b->p[e - 1] == '-' && (latin || fold);
		while (i < e) {
			unsigned cp;
			size_t n = 1;
			char l = 0;
			if (fold && (unsigned char)b->p[i] >= 0xD0 && (unsigned char)b->p[i] <= 0xD3) {
				n = text_utf8_decode(b->p + i, b->len - i, &cp);
				if (!n)
					n = 1;
				l = lookalike(cp);
			}
			if (fold && eth_at(b->p + i, b->len - i)) {
				/* Đ U+0110 is C4 90, đ U+0111 C4 91. */
				b->p[w++] = (char)0xC4;
				b->p[w++] = b->p[i + 1] == (char)0x90 ? (char)0x90 : (char)0x91;
				changed++;
				n = 2;
			} else if (l) {
				b->p[w++] = l;
				changed++;
			} else {
				memmove(b->p + w, b->p + i, n);
				w += n;
			}
			i += n;
		}
		while (i < b->len && is_white((unsigned char)b->p[i]))
			b->p[w++] = b->p[i++];
	}
	b->len = w;
	if (b->p)
		b->p[w] = '\0';
	return changed;
}
