/* fuzz_html.c — libFuzzer target: a page read as ingest reads it (ingest_html_read: the whole page's text and the article extractor, one parse). */
#include <stdint.h>
#include <stdlib.h>

#include "tests/fuzz/fuzz.h"
#include "tests/fuzz/xml_arena.h"

#include "ingest/ingest.h"
#include "ingest/ingest_int.h"

/* The longest input this target takes (run.sh reads it from here for -max_len). */
#define FUZZ_MAX_LEN 8192

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	xa_install();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (fuzz_too_big(size, FUZZ_MAX_LEN))
		return 0;
	char *err = NULL;
	struct ingest_doc d = { 0 };
	if (ingest_html_read((const char *)data, size, &d, &err) < 0)
		free(err);
	ingest_doc_release(&d);
	xa_input_done();
	return 0;
}
