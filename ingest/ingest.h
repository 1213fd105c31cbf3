/* ingest.h — from sources on disk to documents ready for the index:
 * walk directories, sniff formats, check and decode text, extract HTML.
 * Library code: it never prints; failures come back as messages the
 * caller owns (free them). */
#ifndef TRACUU_INGEST_H
#define TRACUU_INGEST_H

#include <stddef.h>

#include "util/util.h"

/* Largest file read whole (bytes). Larger files are refused with a message. */
#define INGEST_MAX_FILE_BYTES ((size_t)256 << 20)

/* ---- walking ---------------------------------------------------------- */

/* One file found under the paths given on the command line. */
struct ingest_file {
	char *path;     /* as reachable from the cwd */
	char *skip_why; /* non-NULL: not ingested, and why (reported, never silent) */
};

struct ingest_list {
	struct ingest_file *v;
	size_t n, cap;
	size_t hidden_skipped; /* dot-files and dot-directories passed over */
};

/* Adds path (a file, or a directory walked recursively in sorted order;
 * dot-entries are counted in hidden_skipped, symlinked directories are not
 * followed). Returns 0, or -1 and *err when path itself cannot be read. */
int ingest_list_add(struct ingest_list *l, const char *path, char **err);
void ingest_list_release(struct ingest_list *l);

/* ---- formats ---------------------------------------------------------- */

enum ingest_format {
	FMT_UNKNOWN_BINARY,
	FMT_TEXT,     /* plain text, .txt and anything textual without a better match */
	FMT_MARKDOWN, /* .md */
	FMT_HTML,     /* .html/.htm, or content starting with <!doctype html / <html */
	FMT_PDF, FMT_ZIP, FMT_OLE, FMT_IMAGE, FMT_GZIP, FMT_EXECUTABLE, /* known, not (yet) ingested */
};

/* Decides the format from the content (magic bytes, NULs) and the file
 * name's extension. Never fails: unknown binary data is FMT_UNKNOWN_BINARY. */
enum ingest_format ingest_sniff(const char *name, const char *data, size_t len);
const char *ingest_format_name(enum ingest_format f); /* "text", "html", "PDF"… */

/* ---- documents -------------------------------------------------------- */

/* What the index needs from one source. All strings are UTF-8, NFC-clean
 * text is not required (the index normalises terms; excerpts are NFC'd). */
struct ingest_doc {
	char *source;   /* path as stored (relative to --root when given) */
	char *title;    /* never NULL after a successful extract ("" if none) */
	char *date;     /* ISO 8601 "YYYY-MM-DD", or NULL when the text gives none */
	char *text;     /* the body text, paragraphs separated by blank lines */
	size_t text_len;
	enum ingest_format format;
	size_t bytes;   /* size of the source as read */
	char hash[33];  /* content digest of title + text */
};

void ingest_doc_release(struct ingest_doc *d);

/* HTML -> title and visible text (libxml2's HTML parser, no network, no
 * entity expansion; script/style/noscript/template/head left out; block
 * elements end paragraphs). Title: <title>, else og:title, else the first
 * <h1>. Returns 0, or -1 and *err. Fills d->title, d->text, d->text_len. */
int ingest_html_extract(const char *data, size_t len, struct ingest_doc *d, char **err);

/* Reads, sniffs, checks and extracts one file into *d. The stored source
 * name is the path made relative to root (when root is non-NULL and the path
 * lies under it), else the absolute path. Returns 0 on success; 1 when the
 * file holds nothing to index (empty or only white space: *err says so);
 * -1 on failure with *err, e.g. "not valid UTF-8 at byte offset 1234" or
 * "binary file (PDF), not supported yet". */
int ingest_load_file(const char *path, const char *root, struct ingest_doc *d, char **err);

#endif
