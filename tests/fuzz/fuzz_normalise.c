/* fuzz_normalise.c — libFuzzer target: NFC, tone placement, word terms, the tokeniser. */
#include <stdint.h>
#include <stdlib.h>

#include "tests/fuzz/fuzz.h"

#include "text/text.h"
#include "util/util.h"

/* The longest input this target takes (run.sh reads it from here for -max_len). */
#define FUZZ_MAX_LEN 4096

static int on_token(const struct text_token *tok, void *ctx)
{
	(void)tok;
	(*(unsigned *)ctx)++;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (fuzz_too_big(size, FUZZ_MAX_LEN))
		return 0;
	const char *s = (const char *)data;
	struct buf a = BUF_INIT, b = BUF_INIT;
	size_t bad;
	text_utf8_valid(s, size, &bad);
	text_nfc(s, size, &a);
	buf_reset(&a);
	text_tone_canonical(s, size, &a);
	buf_reset(&a);
	text_word_terms(s, size, &a, &b);
	buf_reset(&a);
	text_fold_key(s, size, &a);
	static struct text_tokeniser *tz;
	if (!tz)
		tz = text_tokeniser_new();
	unsigned n = 0;
	text_tokenise(tz, s, size, 0, on_token, &n);
	buf_release(&a);
	buf_release(&b);
	return 0;
}
