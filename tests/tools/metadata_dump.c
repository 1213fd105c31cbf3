/* metadata_dump.c — test tool: prints an index's metadata under the given key prefixes as
 * KEY=VALUE lines, in key order. One process for what `xapian-metadata get` needs one per key
 * (thousands per comparison in tests/e2e/bulk-ingest.sh).
 * usage: metadata_dump DB PREFIX… */
#include <stdio.h>
#include <stdlib.h>

#include "index/xapian_shim.h"

struct dump {
	xs_db *db;
	char *err;
};

static int dump_key(const char *key, size_t len, void *ctx)
{
	struct dump *d = ctx;
	char *v = NULL;
	size_t vlen = 0;
	(void)len;
	if (xs_get_metadata(d->db, key, &v, &vlen, &d->err) != 0)
		return 1;
	printf("%s=", key);
	fwrite(v, 1, vlen, stdout);
	putchar('\n');
	free(v);
	return 0;
}

int main(int argc, char **argv)
{
	struct dump d = { NULL, NULL };
	if (argc < 3) {
		fprintf(stderr, "usage: metadata_dump DB PREFIX...\n");
		return 2;
	}
	if (xs_open(argv[1], 0, &d.db, &d.err) != 0) {
		fprintf(stderr, "metadata_dump: %s: %s\n", argv[1], d.err ? d.err : "cannot open");
		return 1;
	}
	int rc = 0;
	for (int i = 2; i < argc && rc == 0 && !d.err; i++)
		rc = xs_metadata_keys(d.db, argv[i], dump_key, &d, &d.err);
	xs_close(d.db);
	if (rc != 0 || d.err) {
		fprintf(stderr, "metadata_dump: %s: %s\n", argv[1], d.err ? d.err : "cannot read");
		free(d.err);
		return 1;
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
