/* test_robots.c — unit tables for ingest/robots.c: which paths a robots.txt lets tracuu fetch, and its Crawl-delay. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "ingest/ingest.h"
#include "ingest/ingest_int.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* Each row: a robots.txt, a path (with its query), whether we may fetch it. */
static const struct {
	const char *txt, *path;
	int allowed;
} allow_rows[] = {
	/* No rules, an empty file, an empty Disallow: everything. */
	{ "", "/a", 1 },
	{ "User-agent: *\nDisallow:\n", "/a", 1 },
	/* A prefix match; a path only starts with it. */
	{ "User-agent: *\nDisallow: /private\n", "/private", 0 },
	{ "User-agent: *\nDisallow: /private\n", "/private/x.html", 0 },
	{ "User-agent: *\nDisallow: /private\n", "/privateer", 0 },
	{ "User-agent: *\nDisallow: /private\n", "/public", 1 },
	{ "User-agent: *\nDisallow: /private\n", "/", 1 },
	{ "User-agent: *\nDisallow: /\n", "/", 0 },
	{ "User-agent: *\nDisallow: /\n", "/anything?q=1", 0 },
	/* Paths are case-sensitive. */
	{ "User-agent: *\nDisallow: /Private\n", "/private", 1 },
	/* The longest match wins; Allow wins a tie. */
	{ "User-agent: *\nDisallow: /a\nAllow: /a/b\n", "/a/b/c", 1 },
	{ "User-agent: *\nDisallow: /a\nAllow: /a/b\n", "/a/c", 0 },
	{ "User-agent: *\nAllow: /a\nDisallow: /a/b\n", "/a/b/c", 0 },
	{ "User-agent: *\nDisallow: /a\nAllow: /a\n", "/a", 1 },
	{ "User-agent: *\nAllow: /a\nDisallow: /a\n", "/a", 1 },
	/* "*" any run, "$" the end. */
	{ "User-agent: *\nDisallow: /*.pdf$\n", "/docs/x.pdf", 0 },
	{ "User-agent: *\nDisallow: /*.pdf$\n", "/docs/x.pdf?v=2", 1 },
	{ "User-agent: *\nDisallow: /*.pdf$\n", "/docs/x.html", 1 },
	{ "User-agent: *\nDisallow: /*?\n", "/search?q=1", 0 },
	{ "User-agent: *\nDisallow: /*?\n", "/search", 1 },
	{ "User-agent: *\nDisallow: /a*b*c\n", "/a-x-b-y-c-z", 0 },
	{ "User-agent: *\nDisallow: /a*b*c\n", "/a-x-c-y-b", 1 },
	{ "User-agent: *\nDisallow: /x$\n", "/x", 0 },
	{ "User-agent: *\nDisallow: /x$\n", "/xy", 1 },
	/* Our group, named in any case and with a version, is the only one
	 * that applies; without one, the "*" group; another robot's, never. */
	{ "User-agent: *\nDisallow: /\n\nUser-agent: tracuu\nDisallow: /private\n", "/public", 1 },
	{ "User-agent: *\nDisallow: /\n\nUser-agent: tracuu\nDisallow: /private\n", "/private", 0 },
	{ "User-agent: *\nDisallow: /\n\nUser-agent: Tracuu/1.0\nAllow: /\n", "/a", 1 },
	{ "User-agent: Googlebot\nDisallow: /\n", "/a", 1 },
	{ "User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /b\n", "/a", 1 },
	{ "User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /b\n", "/b", 0 },
	{ "User-agent: tracuubot\nDisallow: /\n", "/a", 1 },
	/* Several User-agent lines share one group; two groups of ours merge. */
	{ "User-agent: Googlebot\nUser-agent: tracuu\nDisallow: /g\n", "/g", 0 },
	{ "User-agent: tracuu\nDisallow: /a\n\nUser-agent: other\nDisallow: /\n\n"
	  "User-agent: tracuu\nDisallow: /b\n", "/b", 0 },
	{ "User-agent: tracuu\nDisallow: /a\n\nUser-agent: other\nDisallow: /\n\n"
	  "User-agent: tracuu\nDisallow: /b\n", "/c", 1 },
	/* Rules before any User-agent line belong to no group. */
	{ "Disallow: /\n", "/a", 1 },
	/* Keys in any case, blanks, comments, CR LF and CR line ends, a
	 * byte-order mark, lines it cannot read. */
	{ "user-AGENT :  *  \nDISALLOW:   /p   # private\n", "/p", 0 },
	{ "# Disallow: /\nUser-agent: *\nDisallow: /p\n", "/q", 1 },
	{ "User-agent: *\r\nDisallow: /p\r\n", "/p/1", 0 },
	{ "User-agent: *\rDisallow: /p\r", "/p/1", 0 },
	{ "\xEF\xBB\xBFUser-agent: *\nDisallow: /p\n", "/p", 0 },
	{ "<html><body>Not found</body></html>\n", "/a", 1 },
	{ "User-agent: *\nthis line has no colon\nDisallow: /p\n", "/p", 0 },
	/* robots.txt itself is always allowed. */
	{ "User-agent: *\nDisallow: /\n", "/robots.txt", 1 },
};

static void test_allowed(void **state)
{
	(void)state;
	for (size_t i = 0; i < N_ELEMS(allow_rows); i++) {
		struct robots *r = robots_parse(allow_rows[i].txt, strlen(allow_rows[i].txt), "tracuu");
		int got = robots_allowed(r, allow_rows[i].path);
		robots_free(r);
		if (got != allow_rows[i].allowed)
			fail_msg("row %zu: %s %s, want %s (robots.txt: \"%s\")", i, allow_rows[i].path,
				 got ? "allowed" : "disallowed",
				 allow_rows[i].allowed ? "allowed" : "disallowed", allow_rows[i].txt);
	}
}

/* Each row: a robots.txt and the Crawl-delay it gives us (0: none). */
static const struct {
	const char *txt;
	double delay;
} delay_rows[] = {
	{ "", 0 },
	{ "User-agent: *\nCrawl-delay: 2\n", 2 },
	{ "User-agent: *\nCrawl-delay: 0.5\n", 0.5 },
	{ "User-agent: *\ncrawl-delay:10 # slow\n", 10 },
	/* Out of range or unreadable: none. */
	{ "User-agent: *\nCrawl-delay: 0\n", 0 },
	{ "User-agent: *\nCrawl-delay: -3\n", 0 },
	{ "User-agent: *\nCrawl-delay: 86400\n", 0 },
	{ "User-agent: *\nCrawl-delay: soon\n", 0 },
	/* Our group's, not another robot's. */
	{ "User-agent: Googlebot\nCrawl-delay: 5\n", 0 },
	{ "User-agent: *\nCrawl-delay: 5\n\nUser-agent: tracuu\nCrawl-delay: 1\n", 1 },
	{ "User-agent: tracuu\nDisallow: /a\n\nUser-agent: *\nCrawl-delay: 5\n", 0 },
};

static void test_crawl_delay(void **state)
{
	(void)state;
	for (size_t i = 0; i < N_ELEMS(delay_rows); i++) {
		struct robots *r = robots_parse(delay_rows[i].txt, strlen(delay_rows[i].txt), "tracuu");
		double got = robots_crawl_delay(r);
		robots_free(r);
		if (got != delay_rows[i].delay)
			fail_msg("row %zu: Crawl-delay %g, want %g (robots.txt: \"%s\")", i, got,
				 delay_rows[i].delay, delay_rows[i].txt);
	}
}

/* The two fixed policies: allow all (no robots.txt, 4xx) and disallow all
 * (unreachable), which still lets robots.txt itself be fetched. */
static void test_fixed(void **state)
{
	(void)state;
	struct robots *all = robots_allow_all(), *none = robots_disallow_all();
	assert_int_equal(robots_allowed(all, "/a"), 1);
	assert_int_equal(robots_allowed(none, "/a"), 0);
	assert_int_equal(robots_allowed(none, "/"), 0);
	assert_int_equal(robots_allowed(none, "/robots.txt"), 1);
	assert_true(robots_crawl_delay(all) == 0);
	robots_free(all);
	robots_free(none);
	robots_free(NULL);
}

/* Only the first 500 KiB is read: a rule past it does not count. */
static void test_size_limit(void **state)
{
	(void)state;
	static const char head[] = "User-agent: *\nDisallow: /early\n";
	static const char tail[] = "\nDisallow: /late\n";
	size_t pad = (size_t)600 << 10;
	size_t len = strlen(head) + pad + strlen(tail);
	char *txt = test_malloc(len);
	memcpy(txt, head, strlen(head));
	memset(txt + strlen(head), '#', pad);
	memcpy(txt + strlen(head) + pad, tail, strlen(tail));
	struct robots *r = robots_parse(txt, len, "tracuu");
	assert_int_equal(robots_allowed(r, "/early"), 0);
	assert_int_equal(robots_allowed(r, "/late"), 1);
	robots_free(r);
	test_free(txt);
}

int main(void)
{
	const struct CMUnitTest robots[] = {
		cmocka_unit_test(test_allowed),
		cmocka_unit_test(test_crawl_delay),
		cmocka_unit_test(test_fixed),
		cmocka_unit_test(test_size_limit),
	};
	return cmocka_run_group_tests_name("robots", robots, NULL, NULL) ? 1 : 0;
}
