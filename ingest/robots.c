/* robots.c — robots.txt (RFC 9309): our group's Allow/Disallow rules and Crawl-delay. */
#include "ingest/ingest_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Google reads the first 500 KiB and so does RFC 9309's minimum; a file
 * larger than that is almost always an error page or a mistake. */
#define ROBOTS_MAX_BYTES ((size_t)500 << 10)

struct rule {
	char *pattern;
	size_t len;
	int allow;
};

struct robots {
	struct rule *v;
	size_t n, cap;
	int disallow_all; /* unreachable robots.txt: nothing is fetched */
	double crawl_delay;
};

static struct robots *robots_new(void)
{
	return xcalloc(1, sizeof(struct robots));
}

struct robots *robots_allow_all(void)
{
	return robots_new();
}

struct robots *robots_disallow_all(void)
{
	struct robots *r = robots_new();
	r->disallow_all = 1;
	return r;
}

void robots_free(struct robots *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++)
		free(r->v[i].pattern);
	free(r->v);
	free(r);
}

static void add_rule(struct robots *r, const char *p, size_t len, int allow)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 8;
		r->v = xrealloc(r->v, r->cap * sizeof *r->v);
	}
	r->v[r->n].pattern = xstrndup(p, len);
	r->v[r->n].len = len;
	r->v[r->n].allow = allow;
	r->n++;
}

/* One parsed "key: value" line. */
struct line {
	const char *key, *val;
	size_t klen, vlen;
};

static int key_is(const struct line *l, const char *k)
{
	return l->klen == strlen(k) && strncasecmp(l->key, k, l->klen) == 0;
}

/* Splits the line at ':', drops a '#' comment and surrounding blanks.
 * Returns 0 for blank or malformed lines. */
static int parse_line(const char *s, size_t len, struct line *l)
{
	const char *hash = memchr(s, '#', len);
	if (hash)
		len = (size_t)(hash - s);
	const char *colon = memchr(s, ':', len);
	if (!colon)
		return 0;
	const char *a = s, *b = colon;
	while (a < b && isspace((unsigned char)*a))
		a++;
	while (b > a && isspace((unsigned char)b[-1]))
		b--;
	l->key = a;
	l->klen = (size_t)(b - a);
	a = colon + 1;
	b = s + len;
	while (a < b && isspace((unsigned char)*a))
		a++;
	while (b > a && isspace((unsigned char)b[-1]))
		b--;
	l->val = a;
	l->vlen = (size_t)(b - a);
	return l->klen > 0;
}

/* A User-agent value names us when its product token is ours, in any case
 * ("tracuu", "Tracuu/1.0"). */
static int names_us(const char *v, size_t len, const char *token)
{
	size_t n = 0;
	while (n < len && (isalnum((unsigned char)v[n]) || v[n] == '-' || v[n] == '_'))
		n++;
	return n == strlen(token) && strncasecmp(v, token, n) == 0;
}

/* Groups are runs of User-agent lines followed by rules. Two passes: the
 * first learns whether any group names us; the second keeps the rules of
 * the groups that apply (ours, else "*"), merged as the RFC says. */
struct robots *robots_parse(const char *txt, size_t len, const char *token)
{
	struct robots *r = robots_new();
	if (len > ROBOTS_MAX_BYTES)
		len = ROBOTS_MAX_BYTES;
	if (len >= 3 && memcmp(txt, "\xEF\xBB\xBF", 3) == 0) {
		txt += 3;
		len -= 3;
	}
	int ours_exists = 0;
	for (int pass = 0; pass < 2; pass++) {
		int in_agents = 0;       /* the previous line was a User-agent line */
		int group_ours = 0, group_star = 0;
		size_t i = 0;
		while (i < len) {
			size_t end = i;
			while (end < len && txt[end] != '\n' && txt[end] != '\r')
				end++;
			struct line l;
			int ok = parse_line(txt + i, end - i, &l);
			i = end + 1;
			if (!ok)
				continue;
			if (key_is(&l, "user-agent")) {
				if (!in_agents)
					group_ours = group_star = 0;
				in_agents = 1;
				if (names_us(l.val, l.vlen, token))
					group_ours = ours_exists = 1;
				else if (l.vlen == 1 && l.val[0] == '*')
					group_star = 1;
				continue;
			}
			in_agents = 0;
			if (pass == 0)
				continue;
			int applies = ours_exists ? group_ours : group_star;
			if (!applies)
				continue;
			if (key_is(&l, "allow") || key_is(&l, "disallow")) {
				/* An empty Disallow allows everything: no rule. */
				if (l.vlen)
					add_rule(r, l.val, l.vlen, key_is(&l, "allow"));
			} else if (key_is(&l, "crawl-delay")) {
				char *v = xstrndup(l.val, l.vlen);
				char *endp;
				double d = strtod(v, &endp);
				if (endp != v && d > 0 && d < 86400)
					r->crawl_delay = d;
				free(v);
			}
		}
	}
	return r;
}

/* Matches pattern ("*" any run, "$" at the end anchors) against the start
 * of s. Backtracking over '*' only; patterns are short. */
static int match(const char *p, size_t plen, const char *s, size_t slen)
{
	size_t pi = 0, si = 0;
	size_t star_p = (size_t)-1, star_s = 0;
	for (;;) {
		if (pi == plen)
			return 1; /* a prefix match is a match */
		if (p[pi] == '$' && pi + 1 == plen) {
			if (si == slen)
				return 1;
		} else if (p[pi] == '*') {
			star_p = ++pi;
			star_s = si;
			continue;
		} else if (si < slen && p[pi] == s[si]) {
			pi++;
			si++;
			continue;
		}
		if (star_p == (size_t)-1 || star_s >= slen)
			return 0;
		pi = star_p;
		si = ++star_s;
	}
}

int robots_allowed(const struct robots *r, const char *path_query)
{
	if (strcmp(path_query, "/robots.txt") == 0)
		return 1;
	if (r->disallow_all)
		return 0;
	size_t slen = strlen(path_query);
	size_t best = 0;
	int allowed = 1, found = 0;
	for (size_t i = 0; i < r->n; i++) {
		const struct rule *ru = &r->v[i];
		if (!match(ru->pattern, ru->len, path_query, slen))
			continue;
		if (!found || ru->len > best || (ru->len == best && ru->allow)) {
			best = ru->len;
			allowed = ru->allow;
			found = 1;
		}
	}
	return allowed;
}

double robots_crawl_delay(const struct robots *r)
{
	return r->crawl_delay;
}
