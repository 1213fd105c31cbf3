/* fuzz_decode.c — libFuzzer target: the charset detector and decoders (ingest_decode). */
#include <stdint.h>
#include <stdlib.h>

#include "tests/fuzz/fuzz.h"

#include "ingest/ingest.h"
#include "ingest/ingest_int.h"
#include "util/util.h"

/* The longest input this target takes (run.sh reads it from here for -max_len). */
#define FUZZ_MAX_LEN 4096

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (fuzz_too_big(size, FUZZ_MAX_LEN))
		return 0;
	/* The first byte picks HTML or not and a forced charset, as --encoding does. */
	int mode = size ? data[0] : 0;
	enum ingest_charset forced = (mode >> 1) % 4 == 0 ? (enum ingest_charset)((mode >> 3) % 11)
							  : CS_UNKNOWN;
	struct buf out = BUF_INIT;
	enum ingest_charset used;
	const char *why = NULL;
	char *err = NULL;
	if (ingest_decode((const char *)data, size, mode & 1, NULL, forced, &out, &used, &why,
			  &err) < 0)
		free(err);
	buf_release(&out);
	return 0;
}
