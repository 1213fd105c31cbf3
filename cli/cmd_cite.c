/* cmd_cite.c — placeholder, being written. */
#include "cli/cli.h"

int cmd_cite(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return EXIT_USAGE;
}
