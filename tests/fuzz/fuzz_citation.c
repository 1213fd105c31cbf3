/* fuzz_citation.c — libFuzzer target: the citation recogniser (cite_scan, cite_parse). */
#include <stdint.h>
#include <stdlib.h>

#include "tests/fuzz/fuzz.h"

#include "text/text.h"

/* The longest input this target takes (run.sh reads it from here for -max_len). */
#define FUZZ_MAX_LEN 4096

static int on_mention(const struct cite_mention *m, void *ctx)
{
	(void)m;
	(*(size_t *)ctx)++;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (fuzz_too_big(size, FUZZ_MAX_LEN))
		return 0;
	size_t n = 0;
	cite_scan((const char *)data, size, on_mention, &n);
	struct cite_number num;
	cite_parse((const char *)data, size, &num);
	return 0;
}
