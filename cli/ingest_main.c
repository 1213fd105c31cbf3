/* ingest_main.c — tracuu-ingest, the program behind `tracuu ingest`: kept
 * apart so that the other commands start without the extraction libraries. */
#include "config.h"

#include "cli/cli.h"

#include <string.h>

/* `tracuu ingest ARGS…` execs this with ARGS, `tracuu rm ARGS…` with
 * argv[0] "tracuu-rm" (a link by that name works too); each command wants
 * its own name first. */
int main(int argc, char **argv)
{
	char *none[] = { (char *)"ingest", NULL };
	if (argc < 1)
		return cmd_ingest(1, none);
	const char *name = strrchr(argv[0], '/');
	if (strcmp(name ? name + 1 : argv[0], "tracuu-rm") == 0) {
		argv[0] = (char *)"rm";
		return cmd_rm(argc, argv);
	}
	argv[0] = (char *)"ingest";
	return cmd_ingest(argc, argv);
}
