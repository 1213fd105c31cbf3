/* fuzz_html.c — libFuzzer target: HTML extraction (ingest_html_extract) and the article extractor. */
#include <stdint.h>
#include <stdlib.h>

#include "ingest/ingest.h"
#include "ingest/ingest_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *err = NULL;
	struct ingest_doc d = { 0 };
	if (ingest_html_extract((const char *)data, size, &d, &err) < 0)
		free(err);
	ingest_doc_release(&d);
	struct ingest_doc a = { 0 };
	err = NULL;
	if (ingest_article_extract((const char *)data, size, &a, &err) < 0)
		free(err);
	ingest_doc_release(&a);
	return 0;
}
