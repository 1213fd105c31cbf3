/* test_web.c — unit tables for web/html.c: HTML escaping of text and attributes, URL encoding and which URLs may be links. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "web/web_int.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* Each row: text as a document or a query holds it, as the page shows it. */
static const struct {
	const char *in, *out;
	int keep_lines;
} html_rows[] = {
	{ "", "", 0 },
	{ "Nghị định 89/2021/NĐ-CP", "Nghị định 89/2021/NĐ-CP", 0 },
	/* Markup is text: no tag opens, no attribute is left. */
	{ "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", 0 },
	{ "\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", 0 },
	{ "' onmouseover='x", "&#39; onmouseover=&#39;x", 0 },
	{ "a & b &amp; c", "a &amp; b &amp;amp; c", 0 },
	/* Control characters are spaces (an escape sequence, a bell, a NUL
	 * never reaches the page); line ends kept where asked. */
	{ "đỏ\033[31m!", "đỏ [31m!", 0 },
	{ "chuông\007.", "chuông .", 0 },
	{ "một\ndòng", "một dòng", 0 },
	{ "hai\ndòng", "hai\ndòng", 1 },
	/* Composed: a decomposed "ệ" (e + circumflex + dot below) is one letter. */
	{ "Vie\xcc\x82\xcc\xa3t", "Việt", 0 },
};

static void test_html(void **state)
{
	(void)state;
	for (size_t i = 0; i < N_ELEMS(html_rows); i++) {
		struct buf b = BUF_INIT;
		web_html(&b, html_rows[i].in, strlen(html_rows[i].in), html_rows[i].keep_lines);
		if (strcmp(b.p ? b.p : "", html_rows[i].out) != 0)
			fail_msg("row %zu: '%s' -> '%s', expected '%s'", i, html_rows[i].in,
				 b.p ? b.p : "", html_rows[i].out);
		buf_release(&b);
	}
}

/* Each row: a value, as a query-string value or a path segment. */
static const struct {
	const char *in, *out;
} url_rows[] = {
	{ "abc-._~XYZ09", "abc-._~XYZ09" },
	{ "57-QĐ/TW", "57-Q%C4%90%2FTW" },
	{ "a b&c=d?e#f", "a%20b%26c%3Dd%3Fe%23f" },
	{ "\"'<>", "%22%27%3C%3E" },
	{ "javascript:x", "javascript%3Ax" },
};

static void test_url(void **state)
{
	(void)state;
	for (size_t i = 0; i < N_ELEMS(url_rows); i++) {
		struct buf b = BUF_INIT;
		web_url(&b, url_rows[i].in);
		if (strcmp(b.p ? b.p : "", url_rows[i].out) != 0)
			fail_msg("row %zu: '%s' -> '%s', expected '%s'", i, url_rows[i].in,
				 b.p ? b.p : "", url_rows[i].out);
		buf_release(&b);
	}
}

/* Each row: a stored source, whether the page may make it a link. */
static const struct {
	const char *url;
	int link;
} link_rows[] = {
	{ "https://thuvienphapluat.vn/van-ban/a.aspx", 1 },
	{ "http://example.vn/", 1 },
	{ "HTTPS://EXAMPLE.VN/", 1 },
	{ "javascript:alert(1)", 0 },
	{ "JavaScript:alert(1)", 0 },
	{ " javascript:alert(1)", 0 },
	{ "data:text/html,<script>", 0 },
	{ "vbscript:x", 0 },
	{ "//example.vn/", 0 },
	{ "congbao/docs/a.txt", 0 },
	{ "/home/u/a.txt", 0 },
	{ "http://a.vn/\njavascript:x", 0 },
	{ "http://a.vn/ x", 0 },
	{ "", 0 },
};

static void test_link_ok(void **state)
{
	(void)state;
	for (size_t i = 0; i < N_ELEMS(link_rows); i++)
		if (web_link_ok(link_rows[i].url) != link_rows[i].link)
			fail_msg("row %zu: '%s' is%s a link", i, link_rows[i].url,
				 link_rows[i].link ? " not" : "");
	assert_int_equal(web_link_ok(NULL), 0);
}

/* Each row: a stored source, as a page shows it. */
static const struct {
	const char *source, *shown;
} shown_rows[] = {
	{ "/home/u/corpus/docs/nghi-dinh-15.pdf", "nghi-dinh-15.pdf" },
	{ "/x.txt", "x.txt" },
	{ "congbao/docs/a.txt", "congbao/docs/a.txt" }, /* relative to --root: kept */
	{ "https://vbpl.vn/a/b.aspx", "https://vbpl.vn/a/b.aspx" },
	{ "/", "/" },
	{ "", "" },
};

static void test_source_shown(void **state)
{
	(void)state;
	for (size_t i = 0; i < N_ELEMS(shown_rows); i++)
		if (strcmp(web_source_shown(shown_rows[i].source), shown_rows[i].shown) != 0)
			fail_msg("row %zu: '%s' shown as '%s', expected '%s'", i, shown_rows[i].source,
				 web_source_shown(shown_rows[i].source), shown_rows[i].shown);
	assert_null(web_source_shown(NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_url),
		cmocka_unit_test(test_link_ok),
		cmocka_unit_test(test_source_shown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
