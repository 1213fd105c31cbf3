/* document.c — one file on disk to one document: read, sniff, check, extract, name. */
#include "ingest/ingest_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <libxml/parser.h>

#include "text/text.h"

void ingest_doc_release(struct ingest_doc *d)
{
	free(d->source);
	free(d->title);
	free(d->date);
	free(d->text);
	free(d->canonical_url);
	free(d->site_name);
	free(d->script_title);
	free(d->etag);
	free(d->last_modified);
	memset(d, 0, sizeof *d);
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int all_blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!is_blank(s[i]))
			return 0;
	return 1;
}

static char *too_large(const char *path)
{
	struct stat st;
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		return xasprintf("file too large (%lld bytes; the limit is %zu MiB)",
				 (long long)st.st_size, INGEST_MAX_FILE_BYTES >> 20);
	return xasprintf("file too large (more than %zu MiB)", INGEST_MAX_FILE_BYTES >> 20);
}

static char *binary_why(enum ingest_format f, const char *data, size_t len)
{
	switch (f) {
	case FMT_ZIP:
		return xstrdup("binary file (ZIP archive without word/document.xml), not supported");
	case FMT_OLE:
		return xstrdup("binary file (OLE document without a WordDocument stream, e.g. .xls), "
			       "not supported");
	case FMT_GZIP:
		return xstrdup("binary file (gzip), not supported yet");
	case FMT_IMAGE:
		return xstrdup("binary file (image), not supported");
	case FMT_EXECUTABLE:
		return xstrdup("binary file (executable), not supported");
	default:
		break;
	}
	const char *nul = memchr(data, '\0', len);
	if (nul)
		return xasprintf("binary data (NUL byte at offset %zu)", (size_t)(nul - data));
	return xstrdup("binary data");
}

/* CRLF and lone CR become LF. */
static char *normalise_newlines(const char *s, size_t len, size_t *out_len)
{
	struct buf b = BUF_INIT;
	buf_grow(&b, len);
	size_t start = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '\r')
			continue;
		buf_add(&b, s + start, i - start);
		buf_addc(&b, '\n');
		if (i + 1 < len && s[i + 1] == '\n')
			i++;
		start = i + 1;
	}
	buf_add(&b, s + start, len - start);
	return buf_detach(&b, out_len);
}

/* Decoded text -> title and body, by format. */
static int extract(const char *body, size_t body_len, enum ingest_format f, const char *name,
		   struct ingest_doc *d, char **err)
{
	if (f == FMT_HTML) {
		/* The article alone when one stands out, else the whole page. */
		if (ingest_html_read(body, body_len, d, err) < 0)
			return -1;
		if (d->text_len == 0) {
			*err = xstrdup("no visible text in the HTML page, nothing to index");
			return 1;
		}
	} else {
		d->text = normalise_newlines(body, body_len, &d->text_len);
		if (f == FMT_MARKDOWN) {
			/* Every reader after this one sees the text, not its marks. */
			struct buf plain = BUF_INIT;
			ingest_markdown_text(d->text, d->text_len, &plain);
			free(d->text);
			d->text = buf_detach(&plain, &d->text_len);
			if (!d->text)
				d->text = xstrdup("");
		}
		/* The date label may stand in a line the clean-up drops
		 * ("Print Thứ Tư, 16/03/2022 15:30 Gốc"): read it first. */
		char date[11];
		if (ingest_pubdate(d->text, d->text_len, date, &d->date_inferred))
			d->date = xstrdup(date);
		if (!d->canonical_url)
			d->canonical_url = ingest_metadata_url(d->text, d->text_len);
		d->text_len = ingest_text_clean(d->text, d->text_len);
		if (d->text_len == 0) {
			*err = xstrdup("nothing but page furniture (menus, counters), nothing to index");
			return 1;
		}
		d->title = ingest_text_title(d->text, d->text_len);
	}
	ingest_regulation_title(d);
	/* After the title's readers, who know a gazette's page by its head
	 * at the top; before anything is indexed or stored. */
	if (f != FMT_HTML)
		d->text_len = ingest_drop_running_heads(d->text, d->text_len);
	ingest_title_tidy(d->title);
	if (!*d->title && name) {
		/* A text with no line that can be a title (a gazette's scan: a
		 * signature stamp, page numbers): the file's name is what
		 * names it ("nghi-dinh-so-186-2026-nd-cp-469660": "Nghị định
		 * 186/2026/NĐ-CP"). */
		const char *base = strrchr(name, '/') ? strrchr(name, '/') + 1 : name;
		const char *dot = strrchr(base, '.');
		free(d->title);
		d->title = ingest_name_title(base, dot && dot > base ? (size_t)(dot - base) : strlen(base));
	}

	struct buf h = BUF_INIT;
	buf_grow(&h, strlen(d->title) + 1 + d->text_len);
	/* The same law as PDF, DOCX and DOC is three publications of it, each
	 * kept (a PDF's pages differ), not one file under three names. */
	if (f == FMT_PDF || f == FMT_DOCX || f == FMT_DOC) {
		buf_adds(&h, ingest_format_name(f));
		buf_addc(&h, '\n');
	}
	buf_adds(&h, d->title);
	buf_addc(&h, '\n');
	buf_add(&h, d->text, d->text_len);
	hash_content_hex(h.p, h.len, d->hash);
	buf_release(&h);
	return 0;
}

/* PDF, DOCX, DOC -> text, then the plain-text path: title, date, clean-up. */
static int load_office(const char *data, size_t len, enum ingest_format f, const char *name,
		       struct ingest_doc *d, char **err)
{
	struct buf text = BUF_INIT;
	int rc = f == FMT_PDF	 ? ingest_pdf_text(data, len, &text, &d->charset, err)
		 : f == FMT_DOCX ? ingest_docx_text(data, len, &text, &d->charset, err)
				 : ingest_doc_text(data, len, &text, &d->charset, err);
	if (rc == 0 && (all_blank(text.p, text.len) || memchr(text.p, '\0', text.len))) {
		*err = xasprintf("no text in the %s file, nothing to index", ingest_format_name(f));
		rc = 1;
	}
	/* PDF text is often decomposed; Word's may be. */
	struct buf nfc = BUF_INIT;
	if (rc == 0 && text_nfc(text.p, text.len, &nfc) < 0) {
		*err = xstrdup("cannot normalise the extracted text (ICU failed)");
		rc = -1;
	}
	if (rc == 0) {
		text_latin_lookalikes(&nfc, 0);
		rc = extract(nfc.p, nfc.len, f, name, d, err);
	}
	buf_release(&nfc);
	buf_release(&text);
	return rc;
}

static int load_bytes(const char *data, size_t len, const char *name, const char *declared,
		      const struct ingest_options *o, struct ingest_doc *d, char **err)
{
	d->bytes = len;
	size_t bom = 0;
	if (len >= 4 && (memcmp(data, "\xFF\xFE\0\0", 4) == 0 || memcmp(data, "\0\0\xFE\xFF", 4) == 0)) {
		*err = xstrdup("UTF-32 text is not supported");
		return -1;
	}
	/* UTF-16 is all NULs in ASCII ranges: its checks wait for the decoded text. */
	int utf16 = len >= 2 && (memcmp(data, "\xFF\xFE", 2) == 0 || memcmp(data, "\xFE\xFF", 2) == 0);
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		bom = 3;
	if (!utf16 && all_blank(data + bom, len - bom)) {
		*err = xstrdup("empty file, nothing to index");
		return 1;
	}

	enum ingest_format f = ingest_sniff(name, data, len);
	d->format = f;
	if (f == FMT_PDF || f == FMT_DOCX || f == FMT_DOC)
		return load_office(data, len, f, name, d, err);
	if (f != FMT_TEXT && f != FMT_MARKDOWN && f != FMT_HTML) {
		*err = binary_why(f, data, len);
		return -1;
	}
	/* The sniffer only looks at the first 64 KiB. NULs all through are
	 * binary data; a stray one in a text (a checkbox in PDF-extracted text)
	 * becomes a space, as it would cut every C string made from the text. */
	const char *nul = utf16 ? NULL : memchr(data, '\0', len);
	char *cleaned = NULL;
	if (nul && ingest_nul_heavy(data, len)) {
		*err = xasprintf("binary data (NUL byte at offset %zu)", (size_t)(nul - data));
		return -1;
	}
	if (nul) {
		cleaned = xmalloc(len);
		for (size_t i = 0; i < len; i++)
			cleaned[i] = data[i] ? data[i] : ' ';
		data = cleaned;
	}
	struct buf text = BUF_INIT;
	int drc = ingest_decode(data, len, f == FMT_HTML, declared, o ? o->encoding : CS_UNKNOWN,
				&text, &d->charset, NULL, err);
	free(cleaned);
	if (drc < 0) {
		buf_release(&text);
		return -1;
	}
	int rc;
	if (text.len && memchr(text.p, '\0', text.len)) {
		*err = xstrdup("binary data (NUL character in the decoded text)");
		rc = -1;
	} else if (all_blank(text.p, text.len)) {
		*err = xstrdup("empty file, nothing to index");
		rc = 1;
	} else {
		rc = extract(text.p, text.len, f, name, d, err);
	}
	buf_release(&text);
	return rc;
}

/* Nothing half-filled reaches the caller. */
static int finish(int rc, struct ingest_doc *d)
{
	if (rc != 0) {
		size_t bytes = d->bytes;
		enum ingest_format f = d->format;
		ingest_doc_release(d);
		d->bytes = bytes;
		d->format = f;
	}
	return rc;
}

int ingest_load_bytes(const char *data, size_t len, const char *name, const char *declared,
		      const struct ingest_options *o, struct ingest_doc *d, char **err)
{
	memset(d, 0, sizeof *d);
	return finish(load_bytes(data, len, name, declared, o, d, err), d);
}

void ingest_init(void)
{
	xmlInitParser();
}

int ingest_collection_note(const char *path)
{
	static const char *const stems[] = { "readme", "source", "sources", "original_readme",
					     "license", "licence", "copying", "notice",
					     "changelog", "authors", "contributing" };
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t n = strcspn(base, ".");
	for (size_t i = 0; i < sizeof stems / sizeof *stems; i++)
		if (n == strlen(stems[i]) && strncasecmp(base, stems[i], n) == 0)
			return 1;
	return 0;
}

int ingest_load_file(const char *path, const struct ingest_options *o, struct ingest_doc *d,
		     char **err)
{
	memset(d, 0, sizeof *d);
	char *data;
	size_t len;
	if (read_file(path, INGEST_MAX_FILE_BYTES, &data, &len) < 0) {
		*err = errno == EFBIG ? too_large(path) : xstrdup(strerror(errno));
		return -1;
	}
	int rc = load_bytes(data, len, path, NULL, o, d, err);
	free(data);
	if (rc == 0) {
		d->source = path_source_name(path, o ? o->root : NULL);
		d->note = (d->format == FMT_TEXT || d->format == FMT_MARKDOWN) &&
			  ingest_collection_note(path);
	}
	return finish(rc, d);
}
