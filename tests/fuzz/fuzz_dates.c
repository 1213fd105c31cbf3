/* fuzz_dates.c — libFuzzer target: date parsing (text_date_parse) and a page's publication date. */
#include <stdint.h>
#include <stdlib.h>

#include "ingest/ingest.h"
#include "ingest/ingest_int.h"
#include "text/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
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
