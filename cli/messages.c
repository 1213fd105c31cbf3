/* messages.c — every line the tool writes to stderr, and the progress line. */
#include "cli/cli.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <getopt.h>
#include <unistd.h>

static int progress_shown;

static void clear_progress(void)
{
	if (progress_shown) {
		fputs("\r\033[K", stderr);
		progress_shown = 0;
	}
}

static void vmsg(const char *kind, const char *fmt, va_list ap)
{
	clear_progress();
	fputs("tracuu: ", stderr);
	if (kind)
		fputs(kind, stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void errorf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(NULL, fmt, ap);
	va_end(ap);
}

void warnf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg("warning: ", fmt, ap);
	va_end(ap);
}

void notef(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(NULL, fmt, ap);
	va_end(ap);
}

void progressf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("\r\033[K", stderr);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fflush(stderr);
	progress_shown = 1;
}

void progress_done(void)
{
	clear_progress();
}

int cli_write_failed(const char *cmd, const char *what)
{
	if (errno == EPIPE) {
		signal(SIGPIPE, SIG_DFL);
		raise(SIGPIPE);
	}
	errorf("%s: cannot write %s: %s", cmd, what, strerror(errno));
	return EXIT_INPUT;
}

int usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	clear_progress();
	fprintf(stderr, "tracuu: %s: ", cmd);
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n(see 'tracuu %s --help')\n", cmd);
	va_end(ap);
	return EXIT_USAGE;
}

int bad_option(const char *cmd, int argc, char **argv)
{
	const char *arg = optind > 0 && optind <= argc ? argv[optind - 1] : "?";
	char shortopt[3] = { '-', (char)optopt, '\0' };
	if (optopt && strncmp(arg, "--", 2) != 0)
		arg = shortopt;
	if (strcmp(cmd, "search") == 0 && arg[0] == '-' && arg[1] != '-')
		return usage_error(cmd, "unknown option '%s' (a query that starts with '-' goes "
				   "after '--': tracuu search -- '-word other')", arg);
	return usage_error(cmd, "unknown option or missing value: '%s'", arg);
}

int color_choice(const char *when, FILE *stream)
{
	if (!when || strcmp(when, "auto") == 0) {
		const char *term = getenv("TERM");
		if (getenv("NO_COLOR") && *getenv("NO_COLOR"))
			return 0;
		return isatty(fileno(stream)) && term && strcmp(term, "dumb") != 0;
	}
	if (strcmp(when, "always") == 0)
		return 1;
	if (strcmp(when, "never") == 0)
		return 0;
	return -1;
}
