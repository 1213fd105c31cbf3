/* fuzz_dates.c — libFuzzer target: date parsing (text_date_parse) and a page's publication date. */
#include <stdint.h>
#include <stdlib.h>

#include "tests/fuzz/fuzz.h"

#include "ingest/ingest.h"
#include "ingest/ingest_int.h"
#include "text/text.h"

/* The longest input this target takes (run.sh reads it from here for -max_len). */
#define FUZZ_MAX_LEN 2048

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (fuzz_too_big(size, FUZZ_MAX_LEN))
		return 0;
	const char *s = (const char *)data;
	struct text_date d;
	char iso[11];
	/* Every start offset, as a scanner would try them (bounded for speed). */
	for (size_t i = 0; i < size && i < 256; i++)
		if (text_date_parse(s + i, size - i, &d))
			text_date_iso(&d, iso);
	char date[11];
	int inferred = 0;
	ingest_pubdate(s, size, date, &inferred);
	return 0;
}
