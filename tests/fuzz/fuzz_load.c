/* fuzz_load.c — libFuzzer target: a whole file's path through ingest (sniff, decode, extract, clean). */
#include <stdint.h>
#include <stdlib.h>

#include "tests/fuzz/fuzz.h"

#include "ingest/ingest.h"

/* The longest input this target takes (run.sh reads it from here for -max_len). */
#define FUZZ_MAX_LEN 4096

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (fuzz_too_big(size, FUZZ_MAX_LEN))
		return 0;
	static const char *const names[] = { "a.txt", "a.html", "a.md", "a" };
	const char *name = names[size ? data[size - 1] % 4 : 0];
	struct ingest_options o = { 0 };
	struct ingest_doc d = { 0 };
	char *err = NULL;
	ingest_load_bytes((const char *)data, size, name, NULL, &o, &d, &err);
	free(err);
	ingest_doc_release(&d);
	return 0;
}
