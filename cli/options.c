/* options.c — the values options take (counts, seconds, sizes, extensions),
 * parsed alike by every command. */
#include "cli/cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

long parse_count(const char *s)
{
	char *end;
	if (!s || !*s || *s == '-' || *s == '+')
		return -1;
	long v = strtol(s, &end, 10);
	if (*end || v < 0 || v > 1000000000L)
		return -1;
	return v;
}

int parse_seconds(const char *cmd, const char *opt, const char *s, int positive, double *out)
{
	char *end;
	double v = s && *s ? strtod(s, &end) : -1;
	if (v < 0 || *end || !(v >= 0) || v > 86400 || (positive && v <= 0))
		return usage_error(cmd, "%s needs a number of seconds, not '%s'", opt, s);
	*out = v;
	return 0;
}

int parse_whole(const char *cmd, const char *opt, const char *s, long lo, long hi, long *out)
{
	if ((*out = parse_count(s)) >= lo && *out <= hi)
		return 0;
	if (lo == 0)
		return usage_error(cmd, "%s needs a whole number up to %ld, not '%s'", opt, hi, s);
	return usage_error(cmd, "%s needs a whole number from %ld to %ld, not '%s'", opt, lo, hi,
			   s);
}

int parse_size(const char *s, size_t *out)
{
	char *end;
	if (!s || !*s || *s == '-')
		return -1;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s)
		return -1;
	unsigned shift = 0;
	if (*end) {
		switch (*end) {
		case 'k': case 'K': shift = 10; break;
		case 'm': case 'M': shift = 20; break;
		case 'g': case 'G': shift = 30; break;
		default: return -1;
		}
		end++;
		if (*end == 'i' || *end == 'I')
			end++;
		if (*end == 'b' || *end == 'B')
			end++;
		if (*end)
			return -1;
	}
	if (v == 0 || v > ((unsigned long long)1 << 40) >> shift)
		return -1;
	*out = (size_t)(v << shift);
	return 0;
}

int parse_extensions(const char *cmd, const char *opt, const char *arg, char ***exts, size_t *n)
{
	char *copy = xstrdup(arg), *save = NULL;
	int rc = 0;
	for (char *t = strtok_r(copy, ", ", &save); t; t = strtok_r(NULL, ", ", &save)) {
		if (*t == '.')
			t++;
		size_t len = strlen(t);
		int ok = len > 0 && len <= 8;
		for (size_t i = 0; i < len && ok; i++)
			ok = (t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z') ||
			     (t[i] >= '0' && t[i] <= '9') || (len == 1 && t[i] == '*');
		if (!ok) {
			rc = usage_error(cmd, "%s needs extensions such as json,csv (or '*' for "
					 "every file), not '%s'", opt, t);
			break;
		}
		*exts = xrealloc(*exts, (*n + 2) * sizeof **exts);
		for (size_t i = 0; i < len; i++)
			t[i] = (char)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] + 32 : t[i]);
		(*exts)[(*n)++] = xstrdup(t);
		(*exts)[*n] = NULL;
	}
	free(copy);
	if (rc == 0 && *n == 0)
		rc = usage_error(cmd, "%s needs extensions such as json,csv", opt);
	return rc;
}

void free_extensions(char **exts)
{
	for (size_t i = 0; exts && exts[i]; i++)
		free(exts[i]);
	free(exts);
}
