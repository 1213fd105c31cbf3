/* text.h — the Vietnamese text rules, one module for documents and queries alike:
 * UTF-8 checks, NFC, one tone-mark placement, case folding, a mark-free folded
 * form, and the tokeniser that turns text into positioned terms.
 *
 * Everything is UTF-8 as (pointer, length); offsets are byte offsets into the
 * caller's original text, so excerpts point at what the user actually has.
 * Nothing here prints; nothing here keeps global state beyond ICU's own. */
#ifndef TRACUU_TEXT_H
#define TRACUU_TEXT_H

#include <stddef.h>

#include "util/util.h"

/* Longest term kept, in bytes of its exact form. Longer tokens (runs of
 * 10,000 digits, base64 blobs) are not indexed but still take a position. */
#define TEXT_MAX_TERM 96

/* Returns 1 if s[0..len) is valid UTF-8 (no overlongs, no surrogates),
 * else 0 and *bad_offset = offset of the first invalid byte. */
int text_utf8_valid(const char *s, size_t len, size_t *bad_offset);

/* Decodes one code point at s (len > 0). Returns its byte length (1-4) and
 * sets *cp; an invalid byte yields U+FFFD and length 1. */
size_t text_utf8_decode(const char *s, size_t len, unsigned *cp);

/* Appends NFC of s[0..len) to out. Returns 0, or -1 if ICU failed (out is
 * then unchanged). Invalid UTF-8 is replaced by U+FFFD. */
int text_nfc(const char *s, size_t len, struct buf *out);

/* One word (no spaces) -> its exact and folded terms, appended to the buffers:
 *   exact:  NFC, ICU case folding, canonical tone placement (hòa, thủy, ủy,
 *           khỏe: the tone on the first vowel of open oa/oe/uy; every other
 *           syllable keeps the standard placement), format characters (soft
 *           hyphen, ZWJ, LRM) removed;
 *   folded: exact with every combining mark removed and đ -> d ("dang").
 * Returns 1 if folded differs from exact (the word carries marks), else 0. */
int text_word_terms(const char *s, size_t len, struct buf *exact, struct buf *folded);

/* Canonical tone placement for one lower-case NFC syllable; appends the result
 * to out. Words that are not Vietnamese syllables (no tone mark, or letters
 * outside the Vietnamese alphabet) are appended unchanged. */
void text_tone_canonical(const char *s, size_t len, struct buf *out);

enum text_token_kind {
	TEXT_WORD,   /* letters (and digits mixed in: "qh14", "covid") */
	TEXT_NUMBER, /* digits, with . or , between digit groups kept: 1.250.000, 10,5, 2.1 */
};

struct text_token {
	enum text_token_kind kind;
	size_t start, end;   /* byte range in the original text */
	unsigned position;   /* 0-based index among the tokens of this call */
	const char *exact;   /* NUL-terminated, valid until the callback returns */
	size_t exact_len;
	const char *folded;  /* == exact's bytes when the word has no marks */
	size_t folded_len;
	int has_marks;       /* folded differs from exact */
};

/* Called once per token, in order; return non-zero to stop early. */
typedef int (*text_token_fn)(const struct text_token *tok, void *ctx);

/* Tokeniser state: reusable scratch buffers, so long texts cost no allocation
 * per token. text_tokeniser_free(NULL) is a no-op. */
struct text_tokeniser;
struct text_tokeniser *text_tokeniser_new(void);
void text_tokeniser_free(struct text_tokeniser *tz);

/* Splits text at spaces and punctuation into words and numbers and calls fn
 * for each. Tokens whose exact form exceeds TEXT_MAX_TERM bytes are skipped
 * but still use up a position. first_position is the position of the first
 * token (callers put a gap between a title and a body). Returns the number of
 * positions used, or stops early with what was used so far when fn returns
 * non-zero. */
unsigned text_tokenise(struct text_tokeniser *tz, const char *text, size_t len,
		       unsigned first_position, text_token_fn fn, void *ctx);

#endif
