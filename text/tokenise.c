/* tokenise.c — text to positioned word and number terms, fast on plain Vietnamese. */
#include "text/text.h"
#include "text/text_int.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

/* The terms of the last syllables seen, by their raw bytes: a passage says
 * "của", "người", "được" again and again, and the tone rule is most of what
 * a marked word costs (the excerpts tokenise every result's passage). */
#define SEEN_SLOTS 2048
#define SEEN_RAW 24
#define SEEN_EXACT 32
/* A text shorter than this does not make the memo (SEEN_SLOTS slots, past
 * the size ASan's allocator serves from its heap, so under the fuzzers each
 * one made was an mmap, page faults and an munmap): a line or a key of a
 * few words has too few repeats to win it back (without sanitizers the two
 * break even near 200 bytes; past that the memo wins). A memo already made
 * is used whatever the length. */
#define SEEN_MIN_TEXT 256
struct seen {
	uint8_t exact_len, folded_len, has_marks;
	char raw[SEEN_RAW], exact[SEEN_EXACT], folded[SEEN_RAW];
};

/* Scratch reused from token to token: the lower-cased word before tone
 * placement, the two terms handed to the callback, and the memo. */
struct text_tokeniser {
	struct buf lower;
	struct buf exact;
	struct buf folded;
	struct seen *seen; /* SEEN_SLOTS, made at the first marked word */
	int memo;          /* the current text may use (and make) the memo */
	uint8_t seen_len[SEEN_SLOTS]; /* raw length of seen[i], 0: empty (the
				       * slots themselves are not cleared) */
};

struct text_tokeniser *text_tokeniser_new(void)
{
	struct text_tokeniser *tz = xmalloc(sizeof *tz);
	buf_init(&tz->lower);
	buf_init(&tz->exact);
	buf_init(&tz->folded);
	tz->seen = NULL;
	tz->memo = 0;
	memset(tz->seen_len, 0, sizeof tz->seen_len);
	return tz;
}

void text_tokeniser_free(struct text_tokeniser *tz)
{
	if (!tz)
		return;
	buf_release(&tz->lower);
	buf_release(&tz->exact);
	buf_release(&tz->folded);
	free(tz->seen);
	free(tz);
}

enum cls { C_SEP, C_LETTER, C_DIGIT, C_MARK, C_FORMAT };

static enum cls classify(unsigned cp)
{
	if (text_vn_punct(cp))
		return C_SEP;
	switch (u_charType((UChar32)cp)) {
	case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
	case U_MODIFIER_LETTER: case U_OTHER_LETTER:
		return C_LETTER;
	case U_NON_SPACING_MARK: case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK:
		return C_MARK;
	case U_DECIMAL_DIGIT_NUMBER:
		return C_DIGIT;
	case U_FORMAT_CHAR:
		return C_FORMAT;
	default:
		return C_SEP;
	}
}

/* Classes of the ASCII bytes; everything not listed separates tokens. */
static const unsigned char ascii_cls[128] = {
	['0'] = C_DIGIT, ['1'] = C_DIGIT, ['2'] = C_DIGIT, ['3'] = C_DIGIT,
	['4'] = C_DIGIT, ['5'] = C_DIGIT, ['6'] = C_DIGIT, ['7'] = C_DIGIT,
	['8'] = C_DIGIT, ['9'] = C_DIGIT,
	['A'] = C_LETTER, ['B'] = C_LETTER, ['C'] = C_LETTER, ['D'] = C_LETTER,
	['E'] = C_LETTER, ['F'] = C_LETTER, ['G'] = C_LETTER, ['H'] = C_LETTER,
	['I'] = C_LETTER, ['J'] = C_LETTER, ['K'] = C_LETTER, ['L'] = C_LETTER,
	['M'] = C_LETTER, ['N'] = C_LETTER, ['O'] = C_LETTER, ['P'] = C_LETTER,
	['Q'] = C_LETTER, ['R'] = C_LETTER, ['S'] = C_LETTER, ['T'] = C_LETTER,
	['U'] = C_LETTER, ['V'] = C_LETTER, ['W'] = C_LETTER, ['X'] = C_LETTER,
	['Y'] = C_LETTER, ['Z'] = C_LETTER,
	['a'] = C_LETTER, ['b'] = C_LETTER, ['c'] = C_LETTER, ['d'] = C_LETTER,
	['e'] = C_LETTER, ['f'] = C_LETTER, ['g'] = C_LETTER, ['h'] = C_LETTER,
	['i'] = C_LETTER, ['j'] = C_LETTER, ['k'] = C_LETTER, ['l'] = C_LETTER,
	['m'] = C_LETTER, ['n'] = C_LETTER, ['o'] = C_LETTER, ['p'] = C_LETTER,
	['q'] = C_LETTER, ['r'] = C_LETTER, ['s'] = C_LETTER, ['t'] = C_LETTER,
	['u'] = C_LETTER, ['v'] = C_LETTER, ['w'] = C_LETTER, ['x'] = C_LETTER,
	['y'] = C_LETTER, ['z'] = C_LETTER,
};

static int digit_at(const char *text, size_t len, size_t i)
{
	if (i >= len)
		return 0;
	unsigned char b = (unsigned char)text[i];
	if (b < 0x80)
		return ascii_cls[b] == C_DIGIT;
	unsigned cp;
	return text_utf8_decode(text + i, len - i, &cp) > 1 && classify(cp) == C_DIGIT;
}

/* The scan's two questions of a character past ASCII, asked of every
 * letter of every passage an excerpt reads: its code point (the two- and
 * three-byte forms of utf8_sequence, inline) and whether it is a letter of
 * Vietnamese and its folded base (text_vn_letter, read once into a table
 * for the two ranges where it says yes). */
#define VN_LAT_FIRST 0xC0
#define VN_LAT_LAST 0x1B0
#define VN_VIET_FIRST 0x1EA0
#define VN_VIET_LAST 0x1EF9
static unsigned char vn_lat[VN_LAT_LAST - VN_LAT_FIRST + 1];
static unsigned char vn_viet[VN_VIET_LAST - VN_VIET_FIRST + 1];
static pthread_once_t vn_once = PTHREAD_ONCE_INIT;

static void vn_tables(void)
{
	unsigned lower;
	char base;
	for (unsigned cp = VN_LAT_FIRST; cp <= VN_LAT_LAST; cp++)
		vn_lat[cp - VN_LAT_FIRST] =
			text_vn_letter(cp, &lower, &base) ? (unsigned char)base : 0;
	for (unsigned cp = VN_VIET_FIRST; cp <= VN_VIET_LAST; cp++)
		vn_viet[cp - VN_VIET_FIRST] =
			text_vn_letter(cp, &lower, &base) ? (unsigned char)base : 0;
}

/* text_vn_letter's base for cp, 0 when it is no letter of Vietnamese
 * (every base it gives is a letter a-z; vn_tables read them). */
static inline unsigned char vn_base(unsigned cp)
{
	if (cp - VN_LAT_FIRST <= VN_LAT_LAST - VN_LAT_FIRST)
		return vn_lat[cp - VN_LAT_FIRST];
	if (cp - VN_VIET_FIRST <= VN_VIET_LAST - VN_VIET_FIRST)
		return vn_viet[cp - VN_VIET_FIRST];
	return 0;
}

/* text_utf8_decode(s, avail, cp) for s[0] >= 0x80: the same length and
 * value. */
static inline size_t decode(const char *s, size_t avail, unsigned *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned c = u[0];
	if (c >= 0xC2 && c <= 0xDF && avail >= 2 && (u[1] & 0xC0) == 0x80) {
		*cp = (c & 0x1Fu) << 6 | (u[1] & 0x3Fu);
		return 2;
	}
	if (c >= 0xE0 && c <= 0xEF && avail >= 3 && (u[1] & 0xC0) == 0x80 &&
	    (u[2] & 0xC0) == 0x80) {
		unsigned v = (c & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu);
		if (v >= 0x800 && !(v >= 0xD800 && v <= 0xDFFF)) {
			*cp = v;
			return 3;
		}
	}
	return text_utf8_decode(s, avail, cp);
}

/* What the scan learnt about one token, to choose the cheapest path. */
enum path { P_ASCII, P_VIET, P_ICU };

/* Terms of a token on the fast paths, which give what text_word_terms
 * gives (the unit tests hold them to it) without touching ICU. */
static void terms_ascii(struct text_tokeniser *tz, const char *s, size_t len)
{
	struct buf *e = &tz->exact;
	buf_grow(e, len);
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		e->p[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
	}
	e->len = len;
	e->p[len] = '\0';
}

static int terms_viet_work(struct text_tokeniser *tz, const char *s, size_t len);

/* A remembered term into an emptied scratch buffer: the common path of
 * every passage, kept out of buf_add's calls. */
static void memo_put(struct buf *b, const char *s, size_t n)
{
	if (n + 1 > b->cap)
		buf_grow(b, n);
	memcpy(b->p, s, n);
	b->p[n] = '\0';
	b->len = n;
}

/* terms_viet_work through the memo: the same terms, by construction. */
static int terms_viet(struct text_tokeniser *tz, const char *s, size_t len)
{
	if (len > SEEN_RAW || !tz->memo)
		return terms_viet_work(tz, s, len);
	uint32_t h = 2166136261u; /* FNV-1a */
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	if (!tz->seen)
		tz->seen = xmalloc(SEEN_SLOTS * sizeof *tz->seen);
	size_t slot = (h ^ h >> 16) % SEEN_SLOTS;
	struct seen *m = &tz->seen[slot];
	if (tz->seen_len[slot] == len && memcmp(m->raw, s, len) == 0) {
		memo_put(&tz->exact, m->exact, m->exact_len);
		memo_put(&tz->folded, m->folded, m->folded_len);
		return m->has_marks;
	}
	int has_marks = terms_viet_work(tz, s, len);
	if (tz->exact.len <= SEEN_EXACT && tz->folded.len <= SEEN_RAW) {
		tz->seen_len[slot] = (uint8_t)len;
		memcpy(m->raw, s, len);
		m->exact_len = (uint8_t)tz->exact.len;
		memcpy(m->exact, tz->exact.p, tz->exact.len);
		m->folded_len = (uint8_t)tz->folded.len;
		memcpy(m->folded, tz->folded.p, tz->folded.len);
		m->has_marks = (uint8_t)has_marks;
	} else {
		tz->seen_len[slot] = 0;
	}
	return has_marks;
}

static int terms_viet_work(struct text_tokeniser *tz, const char *s, size_t len)
{
	return text_vn_terms(s, len, &tz->lower, &tz->exact, &tz->folded);
}

/* Case folding and NFC shrink a word at most threefold (U+212A KELVIN SIGN
 * -> k), so a longer raw token cannot fit TEXT_MAX_TERM: skip the work. */
#define MAX_RAW_TERM (8 * TEXT_MAX_TERM)

static unsigned tokenise(struct text_tokeniser *tz, const char *text, size_t len,
			 unsigned first_position, const unsigned char *lead, text_token_fn fn,
			 void *ctx)
{
	unsigned used = 0;
	size_t i = 0;

	pthread_once(&vn_once, vn_tables);
	tz->memo = tz->seen || len >= SEEN_MIN_TEXT;
	while (i < len) {
		/* Find the start: a letter or a digit (a stray mark or format
		 * character belongs to no word). */
		unsigned cp;
		size_t n;
		enum cls c;
		enum path path = P_ASCII;
		unsigned char b = (unsigned char)text[i];
		/* The folded form's first byte where the fast paths make it. */
		unsigned char first = 0;
		if (b < 0x80) {
			c = ascii_cls[b];
			n = 1;
			first = (b >= 'A' && b <= 'Z') ? (unsigned char)(b - 'A' + 'a') : b;
		} else {
			n = decode(text + i, len - i, &cp);
			if (n == 1) {
				c = C_SEP; /* invalid byte */
			} else {
				unsigned char base = vn_base(cp);
				if (base) {
					c = C_LETTER;
					path = P_VIET;
					first = base;
				} else {
					c = classify(cp);
					path = P_ICU;
				}
			}
		}
		if (c != C_LETTER && c != C_DIGIT) {
			i += n;
			continue;
		}

		size_t start = i, end = i + n, raw = n;
		int letters = c == C_LETTER;
		enum cls prev = c;
		i += n;
		while (i < len) {
			b = (unsigned char)text[i];
			if (b < 0x80 && ascii_cls[b] == C_LETTER) {
				/* A run of ASCII letters, most of a Vietnamese word's
				 * bytes: what the general step below does for each. */
				size_t j = i + 1;
				while (j < len && (unsigned char)text[j] < 0x80 &&
				       ascii_cls[(unsigned char)text[j]] == C_LETTER)
					j++;
				raw += j - i;
				i = end = j;
				letters = 1;
				prev = C_LETTER;
				continue;
			}
			if (b < 0x80) {
				c = ascii_cls[b];
				n = 1;
				if ((b == '.' || b == ',') && prev == C_DIGIT &&
				    digit_at(text, len, i + 1)) {
					/* 1.250.000, 10,5: the separator joins digit groups. */
					i++, end = i, raw++;
					prev = C_SEP;
					continue;
				}
				if (c == C_SEP)
					break;
			} else {
				n = decode(text + i, len - i, &cp);
				if (n == 1)
					break;
				if (vn_base(cp)) {
					c = C_LETTER;
					if (path == P_ASCII)
						path = P_VIET;
				} else {
					c = classify(cp);
					if (c == C_SEP)
						break;
					path = P_ICU;
				}
			}
			i += n;
			if (c == C_FORMAT)
				continue; /* dropped, and never the end of a token */
			end = i;
			raw += n;
			letters |= c == C_LETTER;
			prev = c;
		}

		/* The token is text[start..end); i may have run past trailing
		 * format characters, which belong to no token either. */
		struct text_token tok;
		unsigned position = first_position + used++;
		size_t tlen = end - start;
		int has_marks = 0;
		if (raw > MAX_RAW_TERM || (path == P_ASCII && tlen > TEXT_MAX_TERM))
			continue;
		/* Not led as asked: its terms cannot be the reader's. Each letter
		 * of the fast paths is at most 3 bytes in the exact form too (tone
		 * placement moves a mark from one precomposed letter to another),
		 * so no token skipped for its length comes here. */
		if (lead && path != P_ICU && first && !lead[first] && 3 * tlen <= TEXT_MAX_TERM) {
			tok = (struct text_token){ .kind = letters ? TEXT_WORD : TEXT_NUMBER,
						   .start = start, .end = end, .position = position };
			if (fn(&tok, ctx))
				break;
			continue;
		}
		buf_reset(&tz->exact);
		buf_reset(&tz->folded);
		if (path == P_ASCII) {
			terms_ascii(tz, text + start, tlen);
		} else if (path == P_VIET) {
			has_marks = terms_viet(tz, text + start, tlen);
		} else {
			has_marks = text_word_terms(text + start, tlen, &tz->exact, &tz->folded);
		}
		if (tz->exact.len > TEXT_MAX_TERM)
			continue;
		tok.kind = letters ? TEXT_WORD : TEXT_NUMBER;
		tok.start = start;
		tok.end = end;
		tok.position = position;
		tok.exact = tz->exact.p;
		tok.exact_len = tz->exact.len;
		tok.folded = has_marks ? tz->folded.p : tz->exact.p;
		tok.folded_len = has_marks ? tz->folded.len : tz->exact.len;
		tok.has_marks = has_marks;
		if (fn(&tok, ctx))
			break;
	}
	return used;
}

unsigned text_tokenise(struct text_tokeniser *tz, const char *text, size_t len,
		       unsigned first_position, text_token_fn fn, void *ctx)
{
	return tokenise(tz, text, len, first_position, NULL, fn, ctx);
}

unsigned text_tokenise_led(struct text_tokeniser *tz, const char *text, size_t len,
			   unsigned first_position, const unsigned char lead[256],
			   text_token_fn fn, void *ctx)
{
	return tokenise(tz, text, len, first_position, lead, fn, ctx);
}

struct find {
	const char *const *words;
	const size_t *lens;
	size_t n;
	int (*fn)(size_t word, unsigned position, void *ctx);
	void *ctx;
};

static int find_token(const struct text_token *t, void *arg)
{
	const struct find *f = arg;
	if (!t->folded)
		return 0; /* led out: none of the words */
	for (size_t w = 0; w < f->n; w++)
		if (f->lens[w] == t->folded_len && memcmp(f->words[w], t->folded, t->folded_len) == 0)
			return f->fn(w, t->position, f->ctx);
	return 0;
}

unsigned text_tokenise_find(struct text_tokeniser *tz, const char *text, size_t len,
			    unsigned first_position, const char *const *words,
			    const size_t *lens, size_t n,
			    int (*fn)(size_t word, unsigned position, void *ctx), void *ctx)
{
	unsigned char lead[256] = { 0 };
	for (size_t w = 0; w < n; w++)
		if (lens[w])
			lead[(unsigned char)words[w][0]] = 1;
	struct find f = { words, lens, n, fn, ctx };
	return tokenise(tz, text, len, first_position, lead, find_token, &f);
}

int text_joins(enum text_token_kind a, const char *text, size_t from, size_t to,
	       enum text_token_kind b)
{
	if (a != TEXT_WORD || b != TEXT_WORD)
		return 0;
	for (size_t i = from; i < to; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == 0xC2 && i + 1 < to && (unsigned char)text[i + 1] == 0xA0)
			i++;
		else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
			return 0;
	}
	return 1;
}

static int fold_key_token(const struct text_token *t, void *arg)
{
	buf_add(arg, t->folded, t->folded_len);
	return 0;
}

void text_fold_key(const char *s, size_t len, struct buf *out)
{
	struct text_tokeniser *tz = text_tokeniser_new();
	text_tokenise(tz, s, len, 0, fold_key_token, out);
	text_tokeniser_free(tz);
}

struct heading_key {
	struct buf *out;
	size_t words, max;
	char join;
};

static int heading_key_token(const struct text_token *t, void *arg)
{
	struct heading_key *k = arg;
	if (!t->folded_len)
		return 0;
	if (k->words++)
		buf_addc(k->out, k->join);
	buf_add(k->out, t->folded, t->folded_len);
	return k->words > k->max;
}

size_t text_heading_key(struct text_tokeniser *tz, const char *s, size_t len, size_t max,
			char join, struct buf *out)
{
	struct heading_key k = { out, 0, max, join };
	text_tokenise(tz, s, len, 0, heading_key_token, &k);
	return k.words;
}
