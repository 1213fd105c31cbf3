/* ingest.h — from sources on disk to documents ready for the index:
 * walk directories, sniff formats, check and decode text, extract HTML.
 * Library code: it never prints; failures come back as messages the
 * caller owns (free them). */
#ifndef TRACUU_INGEST_H
#define TRACUU_INGEST_H

#include <signal.h>
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
	FMT_PDF,      /* %PDF-: extracted with poppler (ingest/pdf.c) */
	FMT_DOCX,     /* a ZIP archive holding word/document.xml (ingest/docx.c) */
	FMT_DOC,      /* an OLE file holding a WordDocument stream (ingest/doc.c) */
	FMT_ZIP, FMT_OLE, FMT_IMAGE, FMT_GZIP, FMT_EXECUTABLE, /* known, not ingested */
};

/* Decides the format from the content (magic bytes, NULs) and the file
 * name's extension. Never fails: unknown binary data is FMT_UNKNOWN_BINARY. */
enum ingest_format ingest_sniff(const char *name, const char *data, size_t len);
/* Does data hold NUL bytes like binary data (one in a thousand or more),
 * rather than a stray one in a text? */
int ingest_nul_heavy(const char *data, size_t len);
const char *ingest_format_name(enum ingest_format f); /* "text", "html", "PDF"… */

/* ---- charsets ------------------------------------------------------------
 * Text that is not UTF-8 is decoded to UTF-8 (NFC) before anything else. */

enum ingest_charset {
	CS_UNKNOWN,   /* not decided: detect */
	CS_UTF8,
	CS_UTF16LE,
	CS_UTF16BE,
	CS_CP1258,    /* Windows-1258 (ICU), then NFC */
	CS_TCVN3,     /* TCVN3 / ABC, ".VnTime" fonts (no capital toned letters) */
	CS_VNI,       /* VNI-Windows */
	CS_VISCII,
	CS_TCVN5712,  /* TCVN 5712:1993 VN1 */
	CS_LATIN1,    /* ISO-8859-1 / Windows-1252, for pages that say so */
};

const char *ingest_charset_name(enum ingest_charset cs); /* "utf-8", "windows-1258", "tcvn3"… */
/* Reads a charset name as HTTP, HTML and users write it ("UTF-8", "cp1258",
 * "windows-1258", "tcvn3", "abc", "vni", "viscii", "tcvn5712-1", "vn1"…).
 * Returns CS_UNKNOWN for names it does not know. */
enum ingest_charset ingest_charset_from_name(const char *name);

/* Decodes data to NFC UTF-8, appended to out. The charset is, in order: forced
 * (when not CS_UNKNOWN), declared (an HTTP Content-Type charset, or NULL), a
 * BOM, the HTML meta charset (when is_html), then the Vietnamese detector.
 * *used says which (and *why, if non-NULL, how it was chosen: "declared",
 * "BOM", "meta", "detected", "forced"; static). Returns 0, or -1 and *err
 * (e.g. "not valid UTF-8 at byte offset 12 (declared utf-8)"). */
int ingest_decode(const char *data, size_t len, int is_html, const char *declared,
		  enum ingest_charset forced, struct buf *out, enum ingest_charset *used,
		  const char **why, char **err);

/* ---- fetching ------------------------------------------------------------
 * URLs -> response bodies through libcurl's multi interface: a bounded
 * number of transfers at once, a pause between two requests to one host,
 * robots.txt, redirects followed here (so that robots.txt and the scheme
 * rule apply to every hop), and retries with backoff on timeouts and 5xx.
 * Only http and https. The fetcher never prints: every request ends in one
 * call of the caller's callback, success or failure. */

/* Sent with every request; robots.txt groups are matched on "tracuu". */
#define FETCH_USER_AGENT "tracuu/" PACKAGE_VERSION " (Vietnamese regulation indexer; honours robots.txt)"
#define FETCH_ROBOTS_TOKEN "tracuu"

struct fetch_options {
	unsigned max_parallel;  /* transfers at once (4) */
	double host_delay;      /* seconds from one response to the next request to the same
				 * host (1); 0 also lets one host serve several at once */
	unsigned max_redirects; /* hops followed (5) */
	double connect_timeout; /* seconds (10) */
	double timeout;         /* seconds for one whole attempt (30) */
	unsigned retries;       /* further attempts after a timeout or a 5xx (2), with backoff
				 * 0.5 s, 1 s, 2 s… capped at 8 s */
	size_t max_bytes;       /* largest body once decompressed (16 MiB) */
	const char *user_agent; /* NULL: FETCH_USER_AGENT */
	int ignore_robots;      /* fetch what robots.txt disallows */
	/* Checked between transfers: when set and nonzero, fetch_run stops
	 * (a signal handler's flag). */
	volatile sig_atomic_t *cancel;
};
void fetch_options_init(struct fetch_options *o);

struct fetch_request {
	const char *url;
	const char *etag;          /* sent as If-None-Match, or NULL */
	const char *last_modified; /* sent as If-Modified-Since, or NULL */
};

enum fetch_failure {
	FETCH_OK,
	FETCH_REFUSED, /* not a URL we fetch (scheme, syntax): nothing was sent */
	FETCH_NETWORK, /* timeout, connection, HTTP error status, size, redirects */
	FETCH_ROBOTS,  /* robots.txt disallows it, or could not be read (5xx, timeout) */
};

/* One finished request. Every pointer lives until the callback returns. */
struct fetch_result {
	size_t index;             /* the request's position in reqs */
	const char *url;          /* as requested */
	const char *final_url;    /* after redirects (== url when none) */
	long status;              /* the last HTTP status; 0 when no response came */
	int not_modified;         /* 304: the stored copy is current (body is NULL) */
	const char *content_type; /* media type, lower case, without parameters; or NULL */
	const char *charset;      /* Content-Type's charset parameter, or NULL */
	const char *etag, *last_modified; /* the response's validators, or NULL */
	const char *body;         /* decompressed; NULL on failure and on 304 */
	size_t len;
	unsigned attempts;        /* requests made for the last hop (retries + 1) */
	enum fetch_failure failure;
	const char *error;        /* NULL on success, else why: "HTTP 404 Not Found",
				   * "timed out after 5 s", "too many redirects (more than 5)",
				   * "body larger than 16 MiB", "robots.txt disallows this URL"… */
};

/* Return nonzero to stop: transfers in flight are dropped. */
typedef int (*fetch_cb)(const struct fetch_result *r, void *arg);

/* Fetches reqs[0..n), calling cb once per request in the order they finish.
 * Returns 0 when every request was reported, 1 when stopped (by cb or
 * o->cancel), -1 and *err when libcurl could not be set up. */
int fetch_run(const struct fetch_request *reqs, size_t n, const struct fetch_options *o,
	      fetch_cb cb, void *arg, char **err);

/* Is s written as a URL ("scheme://…") rather than a path? */
int fetch_is_url(const char *s);

/* An http or https URL in the form stored as a document's identity: scheme
 * and host in lower case, no default port, no fragment, "/" for an empty
 * path. Returns it (the caller frees), or NULL and *err: "only http and
 * https URLs are supported, not ftp", "not a valid URL: …". */
char *fetch_url_normalise(const char *url, char **err);

/* robots.txt (RFC 9309): the groups for our product token, else those for
 * "*"; Allow/Disallow with "*" and "$", the longest match wins and Allow wins
 * a tie; "/robots.txt" itself is always allowed. */
struct robots;
/* Never fails: text it cannot read allows everything. */
struct robots *robots_parse(const char *txt, size_t len, const char *token);
struct robots *robots_allow_all(void);
struct robots *robots_disallow_all(void);
/* path_query: the URL's path, with "?query" when there is one. */
int robots_allowed(const struct robots *r, const char *path_query);
/* The group's Crawl-delay in seconds, 0 when none. */
double robots_crawl_delay(const struct robots *r);
void robots_free(struct robots *r); /* NULL is a no-op */

/* ---- articles ------------------------------------------------------------
 * The article in a news page, without the menus, ads, counters, footers and
 * related-article lists around it; and the same clean-up, line by line, for
 * pages saved as plain text. */

struct ingest_doc;

/* HTML -> d->title (og:title, else h1, else <title>, without a " - Site"
 * suffix), d->text (the main block's paragraphs), d->date (meta tags,
 * JSON-LD, else a labelled date in the text), d->canonical_url and
 * d->site_name. Returns 0; 1 when no main block stands out: then only the
 * metadata (date, canonical URL, site name) is filled and the caller takes
 * title and text from ingest_html_extract. -1 and *err when unreadable. */
int ingest_article_extract(const char *data, size_t len, struct ingest_doc *d, char **err);

/* Drops boilerplate lines from text saved off a web page ("image
 * advertisement", "Mặc định Cỡ chữ", "Print … Gốc", visitor counters, share
 * and print links) and, when the text shows such signs, the "Tin khác" /
 * "Bình luận" lists and the footer (address, telephone, copyright) at its
 * end. Text without them (a law) is returned unchanged. Rewrites s in place
 * and returns its new length. */
size_t ingest_text_clean(char *s, size_t len);

/* A text's title (ingest/title.c): its first line holding a letter (not a
 * page number or a table's rule), without Markdown's marks, cut to 300 bytes. */
char *ingest_text_title(const char *s, size_t len, int markdown);
/* A regulation's own text is titled by its type, number and subject
 * ("Luật 103/2016/QH13: Báo chí"), from its letterhead, or, when the
 * letterhead's number cannot be read and the title found is only the
 * letterhead's first line ("CHÍNH PHỦ"), from its type heading
 * ("NGHỊ QUYẾT") and the lines under it. Replaces d->title when found. */
void ingest_regulation_title(struct ingest_doc *d);

/* Where a text's title line starts: past a site clock or a dateline
 * ("Hà Nội, Ngày 20/04/2024", "Thứ Tư, 16/03/2022 15:30") opening it. */
size_t ingest_text_title_start(const char *s, size_t len);

/* ---- office and PDF files ----------------------------------------------
 * PDF, DOCX and Word 97 DOC -> UTF-8 text (NFC), paragraphs separated by
 * blank lines, the letterhead's lines first and in order. Each returns 0 and
 * appends to out; 1 when the file holds no text (*err says why: a scanned
 * PDF); -1 and *err when it cannot be read. *cs is set to CS_TCVN3 or
 * CS_VNI when text typed in such a font was decoded, else CS_UTF8. */

/* Pages are separated by a line holding a form feed alone ("\n\f\n"): page
 * N starts after the (N-1)th form feed. Running headers and footers (lines
 * repeated at the top or bottom of the pages, page numbers) are dropped,
 * lines broken inside a sentence or a hyphenated word joined again. */
int ingest_pdf_text(const char *data, size_t len, struct buf *out, enum ingest_charset *cs,
		    char **err);
/* The body (paragraphs, tables a cell per paragraph, row by row); headers,
 * footers, notes and comments are left out. Runs in a TCVN3 (".Vn…") or VNI
 * ("VNI-…") font are decoded from those encodings; when no run names one,
 * text made only of bytes is given to the charset detector. */
int ingest_docx_text(const char *data, size_t len, struct buf *out, enum ingest_charset *cs,
		     char **err);
/* Through antiword (Debian package antiword), run without a shell, under a
 * time limit (INGEST_CONVERT_SECONDS) and an output size limit. */
#define INGEST_CONVERT_SECONDS 30
int ingest_doc_text(const char *data, size_t len, struct buf *out, enum ingest_charset *cs,
		    char **err);

/* Text whose every character stands for one byte (U+0000-U+00FF, and the
 * Windows-1252 signs at 0x80-0x9F) read back as those bytes in cs (CS_TCVN3,
 * CS_VNI), or in the encoding the detector finds when cs is CS_UNKNOWN.
 * Returns 1 and appends NFC UTF-8 to out when decoded; 0 (out untouched)
 * when the text is not such bytes or the detector finds no legacy encoding. */
int ingest_redecode_bytes(const char *s, size_t len, enum ingest_charset cs, struct buf *out,
			  enum ingest_charset *used);

/* ---- documents -------------------------------------------------------- */

/* What the index needs from one source. All strings are UTF-8. */
struct ingest_doc {
	char *source;   /* path as stored (relative to --root when given), or the URL */
	char *title;    /* never NULL after a successful extract ("" if none) */
	char *date;     /* publication date, "YYYY-MM-DD", or "--MM-DD" when the text
			 * gives no year; NULL when unknown */
	int date_inferred; /* the year was inferred from elsewhere in the text */
	char *text;     /* the body text, paragraphs separated by blank lines */
	size_t text_len;
	enum ingest_format format;
	enum ingest_charset charset; /* what the source was decoded from */
	size_t bytes;   /* size of the source as read */
	char hash[33];  /* content digest of title + text */
	/* Web pages only (NULL otherwise): */
	char *canonical_url; /* <link rel=canonical> / og:url */
	char *site_name;     /* og:site_name */
	char *etag;          /* HTTP validators, for conditional re-fetching */
	char *last_modified;
};

void ingest_doc_release(struct ingest_doc *d);

struct ingest_options {
	const char *root;             /* store paths relative to this; NULL: absolute paths */
	enum ingest_charset encoding; /* --encoding: CS_UNKNOWN detects */
};

/* HTML -> title and visible text (libxml2's HTML parser, no network, no
 * entity expansion; script/style/noscript/template/head left out; block
 * elements end paragraphs). Title: <title>, else og:title, else the first
 * <h1>. Returns 0, or -1 and *err. Fills d->title, d->text, d->text_len. */
int ingest_html_extract(const char *data, size_t len, struct ingest_doc *d, char **err);

/* The publication date a page's text states with a label ("Ngày đăng:
 * 27/01/2023 16:11", "Cập nhật ngày: 12/01/2023", "Thứ Tư, 16/03/2022 15:30"),
 * never a site clock ("Hà Nội, Ngày 20/04/2024" above the title) nor dates in
 * lists of related articles. A day and month without a year give "--MM-DD",
 * or a year inferred from the text with *inferred set. Returns 1 and fills
 * date, else 0. */
int ingest_pubdate(const char *text, size_t len, char date[11], int *inferred);

/* Bytes (a file's or a response body's) -> *d: sniff, decode, extract, clean.
 * name is the file name or URL path, for the extension; declared is the HTTP
 * charset or NULL. Sets everything but d->source. Returns 0; 1 when there is
 * nothing to index (*err says why); -1 and *err on failure. */
int ingest_load_bytes(const char *data, size_t len, const char *name, const char *declared,
		      const struct ingest_options *o, struct ingest_doc *d, char **err);

/* Reads one file and loads it with ingest_load_bytes. The stored source name
 * is the path made relative to o->root (when set and the path lies under
 * it), else the absolute path. Returns as ingest_load_bytes, e.g. -1 with
 * "binary file (PDF), not supported yet". */
int ingest_load_file(const char *path, const struct ingest_options *o, struct ingest_doc *d,
		     char **err);

/* The loaders may run on several threads at once, each on its own document;
 * a program that does so calls this first (it sets up libxml2's parser, as
 * the loaders otherwise do on first use). */
void ingest_init(void);


/* ---- inputs (ingest/inputs.c) ------------------------------------------
 * What a run is given, sorted into files to load and pages to fetch. */

struct ingest_url {
	char *url;                   /* normalised (fetch_url_normalise) */
	char *etag, *last_modified;  /* the stored validators to ask with, or NULL */
};
struct ingest_urls {
	struct ingest_url *v;
	size_t n, cap;
};
/* Adds url (which the list takes), unless it is listed already (then it
 * is freed). */
void ingest_urls_add(struct ingest_urls *l, char *url);
/* When url is listed without validators: asks for it with these (copied),
 * so that an unchanged page comes back as "not modified". */
void ingest_urls_set_validators(struct ingest_urls *l, const char *url, const char *etag,
				const char *last_modified);
void ingest_urls_release(struct ingest_urls *l);

/* One input as a command line gives it: "@LIST", a file with one path or
 * URL a line (blank lines and lines starting with # skipped; "@-" is
 * stdin); a URL (normalised, to urls); or a path (to files, folders walked).
 * Each input that cannot be added goes to on_error (what: the input, or
 * "@LIST"; why: the reason) and is counted: returns how many. */
size_t ingest_inputs_add(const char *arg, struct ingest_list *files, struct ingest_urls *urls,
			 void (*on_error)(const char *what, const char *why, void *arg),
			 void *arg_ctx);

/* ---- the loader (ingest/loader.c) --------------------------------------
 * A list's files loaded on worker threads (ingest_load_file, then the
 * caller's prepare step) and handed out in the list's order, so that what
 * the caller writes is what one thread would have written. Memory stays
 * bounded: files are loaded a bounded window ahead. */

/* The caller's step run on the worker threads for each loaded document
 * (e.g. building its index terms); every member may be NULL. thread_begin
 * makes a worker's own state, handed to prepare and then to thread_end;
 * prepare's result goes to release once the caller is done with it. */
struct ingest_prepare {
	void *(*thread_begin)(void *arg);
	void *(*prepare)(void *state, const struct ingest_doc *d, void *arg);
	void (*release)(void *prepared, void *arg);
	void (*thread_end)(void *state, void *arg);
	void *arg;
};

/* One file of the list, loaded. A file with a skip_why is not loaded. */
struct ingest_loaded {
	int rc;                /* ingest_load_file's: 0, 1 nothing to index, -1 */
	char *err;             /* why, when rc is not 0 */
	struct ingest_doc doc; /* when rc is 0 */
	void *prepared;        /* prepare's result, or NULL: not prepared */
};

typedef struct ingest_loader ingest_loader;

/* Starts loading list (which must outlive the loader) on up to jobs
 * threads. Never fails: with jobs below 2, a list of one file, or no thread
 * to be had, ingest_loader_get loads each file on the caller's thread,
 * without the prepare step. The caller calls ingest_init first. */
ingest_loader *ingest_loader_new(const struct ingest_list *list, const struct ingest_options *o,
				 size_t jobs, const struct ingest_prepare *prep);
/* File i, loaded: i is 0 at first, then one more than the last i handed
 * out. It stays the loader's, valid until ingest_loader_done(ld, i). */
struct ingest_loaded *ingest_loader_get(ingest_loader *ld, size_t i);
void ingest_loader_done(ingest_loader *ld, size_t i);
/* Stops the workers (each finishes its file) and frees what they loaded;
 * the caller may stop at any file. NULL is a no-op. */
void ingest_loader_free(ingest_loader *ld);

/* A fetched page (a fetch_result that is neither a failure nor "not
 * modified") -> *d as ingest_load_bytes, named for the sniffer by the URL's
 * last path segment with the extension its Content-Type implies; d->source
 * is r->url, with the response's validators. Returns as ingest_load_bytes. */
int ingest_load_fetched(const struct fetch_result *r, const struct ingest_options *o,
			struct ingest_doc *d, char **err);

#endif
