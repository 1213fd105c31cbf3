/* shared_corpus.h — the unit tests' door to ../shared/corpus: read a file of it,
 * failing when TRACUU_SHARED names a folder that lacks it, skipping when nobody
 * said where the corpus is and it is not beside the sources. Include after cmocka.h. */
#ifndef TRACUU_TEST_SHARED_CORPUS_H
#define TRACUU_TEST_SHARED_CORPUS_H

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

/* The file rel (under the folder holding corpus/), malloc'd and NUL-terminated. */
static char *read_shared(const char *rel, size_t *len)
{
	const char *shared = getenv("TRACUU_SHARED");
	int explicit = shared && *shared;
	const char *src = getenv("TRACUU_SRCDIR");
	char *path = explicit ? xasprintf("%s/%s", shared, rel)
			      : xasprintf("%s/../shared/%s", src && *src ? src : ".", rel);
	char *data;
	if (read_file(path, 16 << 20, &data, len) < 0) {
		if (explicit)
			fail_msg("cannot read %s: %s", path, strerror(errno));
		print_message("skipping: no %s (set TRACUU_SHARED)\n", path);
		free(path);
		skip();
	}
	free(path);
	return data;
}

#endif
