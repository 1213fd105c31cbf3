/* batch_lines.c — the lines of a --batch run (cite, search): one number or
 * query a line, as a script or a spreadsheet writes them, and the output
 * written out as it grows. */
#include "cli/cli.h"

#include <string.h>

#include "util/util.h"

void batch_flush(struct buf *out)
{
	if (out->len)
		fwrite(out->p, 1, out->len, stdout);
	buf_reset(out);
}

ssize_t batch_line(FILE *in, char **line, size_t *cap, unsigned long *lineno)
{
	ssize_t n;
	while ((n = getline(line, cap, in)) >= 0) {
		char *s = *line;
		++*lineno;
		while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
			s[--n] = '\0';
		/* A byte-order mark, as Windows editors save UTF-8. */
		if (*lineno == 1 && n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
			memmove(s, s + 3, (size_t)n - 2);
			n -= 3;
		}
		if (n > 0 && s[0] != '#')
			return n;
	}
	return -1;
}
