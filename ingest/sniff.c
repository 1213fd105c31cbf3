/* sniff.c — format detection from magic bytes, NUL bytes and file-name extensions. */
#include "ingest/ingest_int.h"

#include <string.h>
#include <strings.h>

/* NULs are looked for only this far: enough to catch binary formats without
 * scanning a whole large text file twice (the loader checks the rest). */
#define SNIFF_NUL_WINDOW ((size_t)64 << 10)

/* Leading comments and white space are skipped this far when looking for
 * "<!doctype html" / "<html": saved pages (vbpl.vn) open with server
 * timing comments before the doctype. */
#define SNIFF_HTML_WINDOW ((size_t)64 << 10)

static int has_prefix(const char *data, size_t len, const char *magic, size_t n)
{
	return len >= n && memcmp(data, magic, n) == 0;
}

static enum ingest_format sniff_magic(const char *d, size_t len)
{
	static const struct {
		const char *magic;
		size_t len;
		enum ingest_format fmt;
	} magics[] = {
		{ "%PDF-", 5, FMT_PDF },
		{ "PK\3\4", 4, FMT_ZIP },
		{ "PK\5\6", 4, FMT_ZIP }, /* empty archive */
		{ "PK\7\10", 4, FMT_ZIP }, /* spanned archive */
		{ "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, FMT_OLE },
		{ "\x89PNG\r\n\x1A\n", 8, FMT_IMAGE },
		{ "\xFF\xD8\xFF", 3, FMT_IMAGE },
		{ "GIF87a", 6, FMT_IMAGE },
		{ "GIF89a", 6, FMT_IMAGE },
		{ "II*\0", 4, FMT_IMAGE }, /* TIFF */
		{ "MM\0*", 4, FMT_IMAGE },
		{ "\x1F\x8B", 2, FMT_GZIP },
		{ "\x7F" "ELF", 4, FMT_EXECUTABLE },
		{ "\xCF\xFA\xED\xFE", 4, FMT_EXECUTABLE }, /* Mach-O 64 */
		{ "\xCE\xFA\xED\xFE", 4, FMT_EXECUTABLE }, /* Mach-O 32 */
	};
	for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++)
		if (has_prefix(d, len, magics[i].magic, magics[i].len))
			return magics[i].fmt;
	if (len >= 12 && memcmp(d, "RIFF", 4) == 0 && memcmp(d + 8, "WEBP", 4) == 0)
		return FMT_IMAGE;
	/* "MZ" alone could open a text file; a real DOS/PE header has NULs
	 * in its first fields. */
	if (has_prefix(d, len, "MZ", 2) && memchr(d, '\0', len < 64 ? len : 64))
		return FMT_EXECUTABLE;
	return FMT_UNKNOWN_BINARY; /* meaning: no magic matched */
}

static const char *extension(const char *name)
{
	if (!name)
		return "";
	const char *base = strrchr(name, '/');
	base = base ? base + 1 : name;
	const char *dot = strrchr(base, '.');
	return dot && dot != base ? dot + 1 : "";
}

static int ext_is(const char *ext, const char *const *list)
{
	for (; *list; list++)
		if (strcasecmp(ext, *list) == 0)
			return 1;
	return 0;
}

static int starts_ci(const char *p, const char *end, const char *word)
{
	size_t n = strlen(word);
	return (size_t)(end - p) >= n && strncasecmp(p, word, n) == 0;
}

static int looks_like_html(const char *d, size_t len)
{
	const char *p = d, *end = d + (len < SNIFF_HTML_WINDOW ? len : SNIFF_HTML_WINDOW);
	if (has_prefix(p, len, "\xEF\xBB\xBF", 3))
		p += 3;
	for (;;) {
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f'))
			p++;
		if (starts_ci(p, end, "<!--")) {
			const char *close = NULL;
			for (const char *q = p + 4; q + 3 <= end; q++)
				if (q[0] == '-' && q[1] == '-' && q[2] == '>') {
					close = q;
					break;
				}
			if (!close)
				return 0;
			p = close + 3;
			continue;
		}
		break;
	}
	if (starts_ci(p, end, "<!doctype html"))
		return 1;
	if (starts_ci(p, end, "<html")) {
		p += 5;
		return p == end || *p == '>' || *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
		       *p == '\f';
	}
	return 0;
}

/* A ZIP archive names its members in clear, in each local header and in the
 * central directory at its end; a Word file's directory names its
 * "WordDocument" stream in UTF-16LE. Looking for the names is enough to
 * choose the reader, which then finds out for itself. */
static int holds(const char *d, size_t len, const char *needle, size_t n)
{
	for (size_t i = 0; i + n <= len; i++) {
		const char *p = memchr(d + i, needle[0], len - i - n + 1);
		if (!p)
			return 0;
		i = (size_t)(p - d);
		if (memcmp(p, needle, n) == 0)
			return 1;
	}
	return 0;
}

static enum ingest_format refine(enum ingest_format f, const char *d, size_t len)
{
	static const char word_xml[] = "word/document.xml";
	static const char word_stream[] = "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0";
	if (f == FMT_ZIP && holds(d, len, word_xml, sizeof word_xml - 1))
		return FMT_DOCX;
	if (f == FMT_OLE && holds(d, len, word_stream, sizeof word_stream - 1))
		return FMT_DOC;
	return f;
}

int ingest_nul_heavy(const char *data, size_t len)
{
	size_t nuls = 0;
	for (const char *p = data; (p = memchr(p, '\0', len - (size_t)(p - data))); p++)
		nuls++;
	/* Binary data holds NULs by the hundred; text extracted from a PDF may
	 * hold a stray one where a checkbox was (congbao-8chude has such laws). */
	return nuls > 0 && nuls * 1000 >= len;
}

enum ingest_format ingest_sniff(const char *name, const char *data, size_t len)
{
	enum ingest_format f = sniff_magic(data, len);
	if (f != FMT_UNKNOWN_BINARY)
		return refine(f, data, len);

	/* UTF-16/32 text is all NULs in ASCII ranges; it is text in a form the
	 * loader refuses with its own message, not unknown binary data. */
	int utf16 = has_prefix(data, len, "\xFF\xFE", 2) || has_prefix(data, len, "\xFE\xFF", 2) ||
		    has_prefix(data, len, "\0\0\xFE\xFF", 4);
	if (!utf16 && ingest_nul_heavy(data, len < SNIFF_NUL_WINDOW ? len : SNIFF_NUL_WINDOW))
		return FMT_UNKNOWN_BINARY;

	static const char *const html_ext[] = { "html", "htm", "xhtml", NULL };
	static const char *const md_ext[] = { "md", "markdown", NULL };
	const char *ext = extension(name);
	if (ext_is(ext, html_ext) || (!utf16 && looks_like_html(data, len)))
		return FMT_HTML;
	if (ext_is(ext, md_ext))
		return FMT_MARKDOWN;
	return FMT_TEXT;
}

const char *ingest_format_name(enum ingest_format f)
{
	switch (f) {
	case FMT_UNKNOWN_BINARY: return "binary";
	case FMT_TEXT: return "text";
	case FMT_MARKDOWN: return "markdown";
	case FMT_HTML: return "html";
	case FMT_PDF: return "PDF";
	case FMT_DOCX: return "DOCX";
	case FMT_DOC: return "DOC";
	case FMT_ZIP: return "zip";
	case FMT_OLE: return "OLE";
	case FMT_IMAGE: return "image";
	case FMT_GZIP: return "gzip";
	case FMT_EXECUTABLE: return "executable";
	}
	return "unknown";
}
