/* fuzz_query.c — libFuzzer target: the query parser (query_parse). */
#include <stdint.h>
#include <stdlib.h>

#include "query/query.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct query *q = NULL;
	char *err = NULL;
	if (query_parse((const char *)data, size, &q, &err) < 0)
		free(err);
	query_free(q);
	return 0;
}
