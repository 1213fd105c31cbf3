/* ingest.h — from sources on disk and on the web to documents ready for
 * the index: walk directories, fetch URLs, load a file or a response body
 * (sniff, decode, extract, title, date). Library code: it never prints;
 * failures come back as messages the caller owns (free them). What ingest/
 * shares only inside itself is in ingest_int.h. */
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
	int other;      /* with skip_why: a file in a folder that is not a document
			 * (not of a type indexed): counted, named only when asked */
};

struct ingest_list {
	struct ingest_file *v;
	size_t n, cap;
	size_t hidden_skipped; /* dot-files and dot-directories passed over */
	size_t others;         /* files passed over as not documents (other == 1) */
	/* The folders walked in full, resolved (realpath): what the index
	 * should hold under each is what the walk found there. */
	char **folders;
	size_t nfolders, capfolders;
	/* How to walk; set before adding. */
	int follow;            /* walk into symbolic links to folders, each folder once */
	char **include_ext;    /* NULL-terminated extensions indexed besides the document
				* formats (lower case, no dot); "*": every file */
	void *seen;            /* the folders walked so far (walk.c) */
};

/* Adds path: a file is always added, whatever its name; a directory is
 * walked recursively in sorted order, and of its files those of a
 * document type (.txt, .md, .markdown, .html, .htm, .xhtml, .pdf, .docx,
 * .doc, include_ext, or without an extension and sniffed as text, HTML,
 * PDF or Word) are added, the others
 * listed as passed over (other); dot-entries are counted in
 * hidden_skipped; symbolic links to folders are followed only with
 * follow, never twice to one folder (loops). Returns 0, or -1 and *err
 * when path itself cannot be read. */
int ingest_list_add(struct ingest_list *l, const char *path, char **err);
/* Adds path as a walk meets it in a folder (a watcher's changed file or new
 * folder): a file only when it is a document (else passed over, other), a
 * folder walked; an entry that cannot be read is listed with its reason. */
void ingest_list_add_found(struct ingest_list *l, const char *path);
/* Is name (no folder) a file a folder walk passes over as no document of
 * its own: a dot-file, or a temporary file of an editor or a download
 * (`x~`, `#x#`, `4913`, `*.tmp`, `*.swp`, `*.part`, `*.crdownload`…)? */
int ingest_temp_name(const char *name);
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

/* ---- fetching ------------------------------------------------------------
 * URLs -> response bodies through libcurl's multi interface: a bounded
 * number of transfers at once, a pause between two requests to one host,
 * robots.txt, redirects followed here (so that robots.txt and the scheme
 * rule apply to every hop), and retries with backoff on timeouts and 5xx.
 * Only http and https. The fetcher never prints: every request ends in one
 * call of the caller's callback, success or failure. */

/* Sent with every request. */
#define FETCH_USER_AGENT "tracuu/" PACKAGE_VERSION " (Vietnamese regulation indexer; honours robots.txt)"

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
	char *script_title;  /* the title a page's script sets (document.title =
			      * '…' or a variable so assigned), the site's
			      * suffix after '+' left out; vbpl.vn: "Hiến pháp
			      * Không số Hiến pháp năm 2013" */
	char *etag;          /* HTTP validators, for conditional re-fetching */
	char *last_modified;
	/* A folder's note about its files (README.md, SOURCE.md, LICENSE …:
	 * ingest_collection_note): indexed for its words, but the numbers it
	 * lists are no citations and no letterhead makes it a number's text. */
	int note;
};

/* Whether a file's name is a folder's note about its files: README,
 * SOURCE, ORIGINAL_README, LICENSE/LICENCE, COPYING, NOTICE, CHANGELOG,
 * AUTHORS, CONTRIBUTING, any case, with any extension ("README.vi.md"). */
int ingest_collection_note(const char *path);

void ingest_doc_release(struct ingest_doc *d);

struct ingest_options {
	const char *root;             /* store paths relative to this; NULL: absolute paths */
	enum ingest_charset encoding; /* --encoding: CS_UNKNOWN detects */
};

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
/* Fetches the list's pages (fetch_run), each asked for with its validators. */
int ingest_urls_fetch(const struct ingest_urls *l, const struct fetch_options *o, fetch_cb cb,
		      void *arg, char **err);

/* One input as a command line gives it: "@LIST", a file with one path or
 * URL a line (blank lines and lines starting with # skipped; "@-" is
 * stdin); a URL (normalised, to urls); or a path (to files, folders walked).
 * Each input that cannot be added goes to on_error (what: the input, or
 * "@LIST"; why: the reason) and is counted: returns how many. */
size_t ingest_inputs_add(const char *arg, struct ingest_list *files, struct ingest_urls *urls,
			 void (*on_error)(const char *what, const char *why, void *arg),
			 void *arg_ctx);

/* What a walk found, by the names the index stores (ingest_load_file's
 * source, relative to root when given): for a folder ingested again, the
 * documents it should still hold. */
struct ingest_names {
	char **v;
	size_t n, cap;
};
/* The folders walked in full (l->folders). */
void ingest_list_folder_names(const struct ingest_list *l, const char *root,
			      struct ingest_names *out);
/* The list's files, each list sorted (strcmp): found, the documents;
 * others, the files passed over as no documents; held, the entries passed
 * over for a reason of their own (an unreadable folder, a link not
 * followed), under which what is stored stays. */
void ingest_list_names(const struct ingest_list *l, const char *root, struct ingest_names *found,
		       struct ingest_names *held, struct ingest_names *others);
void ingest_names_release(struct ingest_names *l);

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

/* Threads worth loading on, at most; by default, one per CPU up to that. */
#define INGEST_JOBS_MAX 16
size_t ingest_default_jobs(void);

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
