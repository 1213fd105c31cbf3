/* html.c — escaping for the pages: HTML text and attributes, URLs, which
 * links may be links. */
#include "web/web_int.h"

#include <string.h>
#include <strings.h>

#include "text/text.h"

void web_html(struct buf *out, const char *s, size_t len, int keep_lines)
{
	struct buf t = BUF_INIT;
	/* Composed, and no control character left to confuse a browser or a
	 * copy of the page pasted into a terminal. */
	text_shown(s, len, keep_lines, &t);
	for (size_t i = 0; i < t.len; i++) {
		char c = t.p[i];
		switch (c) {
		case '&': buf_adds(out, "&amp;"); break;
		case '<': buf_adds(out, "&lt;"); break;
		case '>': buf_adds(out, "&gt;"); break;
		case '"': buf_adds(out, "&quot;"); break;
		case '\'': buf_adds(out, "&#39;"); break;
		case '\f': buf_addc(out, '\n'); break; /* a PDF's page break */
		default: buf_addc(out, c);
		}
	}
	buf_release(&t);
}

void web_htmls(struct buf *out, const char *s)
{
	if (s)
		web_html(out, s, strlen(s), 0);
}

void web_url(struct buf *out, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    *p == '-' || *p == '.' || *p == '_' || *p == '~') {
			buf_addc(out, (char)*p);
		} else {
			char e[3] = { '%', hex[*p >> 4], hex[*p & 15] };
			buf_add(out, e, 3);
		}
	}
}

const char *web_source_shown(const char *source)
{
	if (!source || source[0] != '/')
		return source;
	const char *slash = strrchr(source, '/');
	return slash[1] ? slash + 1 : source;
}

int web_link_ok(const char *url)
{
	if (!url || (strncasecmp(url, "http://", 7) != 0 && strncasecmp(url, "https://", 8) != 0))
		return 0;
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		if (*p <= ' ' || *p == 0x7F)
			return 0;
	return 1;
}
