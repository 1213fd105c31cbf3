/* serve_main.c — tracuu-serve, the program behind `tracuu serve`: kept apart
 * so that the other commands start without libmicrohttpd and its TLS libraries. */
#include "config.h"

#include "cli/cli.h"

/* `tracuu serve ARGS…` execs this with ARGS; the command wants its own name first. */
int main(int argc, char **argv)
{
	char *none[] = { (char *)"serve", NULL };
	if (argc < 1)
		return cmd_serve(1, none);
	argv[0] = (char *)"serve";
	return cmd_serve(argc, argv);
}
