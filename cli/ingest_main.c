/* ingest_main.c — tracuu-ingest, the program behind `tracuu ingest`: kept
 * apart so that the other commands start without the extraction libraries. */
#include "config.h"

#include "cli/cli.h"

/* `tracuu ingest ARGS…` execs this with ARGS; cmd_ingest wants its own name
 * first, as every command does. */
int main(int argc, char **argv)
{
	char *none[] = { (char *)"ingest", NULL };
	if (argc < 1)
		return cmd_ingest(1, none);
	argv[0] = (char *)"ingest";
	return cmd_ingest(argc, argv);
}
