/* fuzz_query.c — libFuzzer target: the query parser (query_parse). */
#include <stdint.h>
#include <stdlib.h>

#include "tests/fuzz/fuzz.h"

#include "query/query.h"

/* The longest input this target takes (run.sh reads it from here for -max_len). */
#define FUZZ_MAX_LEN 4096

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (fuzz_too_big(size, FUZZ_MAX_LEN))
		return 0;
	struct query *q = NULL;
	char *err = NULL;
	if (query_parse((const char *)data, size, &q, &err) < 0)
		free(err);
	query_free(q);
	return 0;
}
