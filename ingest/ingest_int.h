/* ingest_int.h — private to ingest/ (and its tests): one block per file,
 * what the files share inside the library. The API is ingest.h. Names:
 * ingest_ for a step of the pipeline; a sub-module that is a file of its
 * own with an API of its own keeps its file's prefix (fetch_, robots_,
 * legacy_, office_). */
#ifndef TRACUU_INGEST_INT_H
#define TRACUU_INGEST_INT_H

#include <stddef.h>

#include "ingest/ingest.h"

/* ---- sniff.c -------------------------------------------------------------- */

/* Decides the format from the content (magic bytes, NULs) and the file
 * name's extension. Never fails: unknown binary data is FMT_UNKNOWN_BINARY. */
enum ingest_format ingest_sniff(const char *name, const char *data, size_t len);
/* Does data hold NUL bytes like binary data (one in a thousand or more),
 * rather than a stray one in a text? */
int ingest_nul_heavy(const char *data, size_t len);

/* ---- charset.c ------------------------------------------------------------ */

/* Decodes data to NFC UTF-8, appended to out. The charset is, in order: forced
 * (when not CS_UNKNOWN), declared (an HTTP Content-Type charset, or NULL), a
 * BOM, the HTML meta charset (when is_html), then the Vietnamese detector.
 * *used says which (and *why, if non-NULL, how it was chosen: "declared",
 * "BOM", "meta", "detected", "forced"; static). Returns 0, or -1 and *err
 * (e.g. "not valid UTF-8 at byte offset 12 (declared utf-8)"). */
int ingest_decode(const char *data, size_t len, int is_html, const char *declared,
		  enum ingest_charset forced, struct buf *out, enum ingest_charset *used,
		  const char **why, char **err);

/* ---- legacy.c ------------------------------------------------------------- */

/* Appends data[0..len) read as cs (CS_TCVN3, CS_VNI, CS_VISCII, CS_TCVN5712;
 * anything else is read as Windows-1252) to out as UTF-8. Not NFC yet: VN1's
 * tone bytes and VNI's mark bytes come out as combining marks after their
 * letter. Every byte means something in these encodings, so it cannot fail. */
void legacy_decode(enum ingest_charset cs, const char *data, size_t len, struct buf *out);

/* 1 if s[0..len) (UTF-8 letters and combining marks, any case, NFC or NFD)
 * spells one Vietnamese syllable: an onset, a rhyme, at most one tone mark,
 * and only sắc or nặng before a final -c, -ch, -p, -t. Else 0. */
int legacy_vn_syllable(const char *s, size_t len);

/* ---- robots.c ------------------------------------------------------------- */

/* Product token our robots.txt groups are matched on. */
#define FETCH_ROBOTS_TOKEN "tracuu"

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

/* ---- html.c --------------------------------------------------------------- */

/* libxml2's HTML parser, as every HTML reader here uses it: tag soup
 * recovered, no network, no entity expansion, deep nesting, bytes already
 * checked to be UTF-8. NULL and *err when unreadable (or past INT_MAX);
 * free with xmlFreeDoc. */
struct _xmlDoc;
struct _xmlDoc *ingest_html_parse(const char *data, size_t len, char **err);
/* A parsed page -> d->title and its visible text (script/style/noscript/
 * template/head left out; block elements end paragraphs). Title: <title>,
 * else og:title, else the first <h1>. */
void ingest_html_doc_text(struct _xmlDoc *doc, struct ingest_doc *d);
/* The visible text of some nodes of a parsed page (libxml2's xmlNode), each
 * with its subtree, as ingest_html_doc_text gives a page's: the article's
 * blocks without serialising and parsing them again. Never fails; *text
 * is "" when there is none. */
struct _xmlNode;
void ingest_html_nodes_text(struct _xmlNode *const *v, size_t n, char **text, size_t *len);

/* ---- article.c ------------------------------------------------------------ */

/* HTML -> d as ingest reads a page, from one parse: the article when one
 * stands out: d->title (og:title, else h1, else <title>, without a " - Site"
 * suffix), d->text (the main block's paragraphs); else the whole page's
 * visible text and title (ingest_html_doc_text), the title given way to the
 * last item of the page's breadcrumb trail when the <title> only repeats a
 * link of the page. Both with d->date (meta tags, JSON-LD, else a labelled
 * date in the text), d->canonical_url and d->site_name. Returns 0 with the
 * article, 1 with the whole page, -1 and *err when unreadable. */
int ingest_html_read(const char *data, size_t len, struct ingest_doc *d, char **err);

/* ---- textclean.c ---------------------------------------------------------- */

/* Drops boilerplate lines from text saved off a web page ("image
 * advertisement", "Mặc định Cỡ chữ", "Print … Gốc", visitor counters, share
 * and print links) and, when the text shows such signs, the "Tin khác" /
 * "Bình luận" lists and the footer (address, telephone, copyright) at its
 * end. Text without them (a law) is returned unchanged. Rewrites s in place
 * and returns its new length. */
size_t ingest_text_clean(char *s, size_t len);
/* Is s[0..len) the heading of what follows an article: related articles
 * ("Tin khác"), comments ("Bình luận")? key is scratch. */
int ingest_cut_heading(const char *s, size_t len, struct buf *key);

/* ---- markdown.c ----------------------------------------------------------- */

/* A Markdown document's text as it shows (out is reset): emphasis, heading
 * and quote marks, backslash escapes and code's backquotes go; a link is
 * its text, an image nothing; a table's row is its cells' text, one a
 * line, and rules and separator rows go; a fence's code stays as it is; an
 * emphasis hard-wrapped over lines joins them into one; blank lines stay. */
void ingest_markdown_text(const char *s, size_t len, struct buf *out);

/* ---- pages.c -------------------------------------------------------------- */

/* Is s[0..len) a page number alone ("12", "- 12 -", "Trang 12", "12/40",
 * "Page 12")? Sets *page (when not NULL) to its number. */
int ingest_page_number(const char *s, size_t len, long *page);
/* Drops the running heads of paged text whose pages are not marked (text
 * converted from PDF upstream): a short line holding a number (the
 * gazette's "CÔNG BÁO/Số 1093 + 1094/Ngày 30-8-2025") printed again and
 * again with a page number beside it, the numbers going up, and those page
 * numbers. Text without one is returned unchanged. Rewrites s in place and
 * returns its new length. */
size_t ingest_drop_running_heads(char *s, size_t len);

/* ---- title.c -------------------------------------------------------------- */

/* A text's title: its first line holding a letter (not a page number or a
 * table's rule), past a site clock or a dateline opening it ("Hà Nội, Ngày
 * 20/04/2024", "Thứ Tư, 16/03/2022 15:30"), cut to 300 bytes (a Markdown
 * document's text is plain by then: ingest_markdown_text). The caller
 * frees it. */
char *ingest_text_title(const char *s, size_t len);
/* A regulation's own text is titled by its type, number and subject
 * ("Luật 103/2016/QH13: Báo chí"), from its letterhead, or, when the
 * letterhead's number cannot be read and the title found is only the
 * letterhead's first line ("CHÍNH PHỦ"), from its type heading
 * ("NGHỊ QUYẾT") and the lines under it. Replaces d->title when found. */
void ingest_regulation_title(struct ingest_doc *d);
/* The title of a text that gives none, from its file's name base[0..len)
 * (no folder, no extension): a name spelling its type and number
 * ("nghi-dinh-so-186-2026-nd-cp-469660") as "Nghị định 186/2026/NĐ-CP",
 * else the name itself. malloc'd. */
char *ingest_name_title(const char *base, size_t len);
/* Tidies a title in place: rule lines joined in ("_________"), footnote
 * digits glued to a word ("đăng ký thuế1") and runs of blanks go. */
void ingest_title_tidy(char *title);
/* Is s[0..len) the official gazette's running head, "CÔNG BÁO/Số 246/Ngày
 * 23-04-2026" (the gazette's issue and the day it came out)? */
int ingest_gazette_head(const char *s, size_t len);
/* A web page's title: og:title, else the h1 (the longest), unless it is
 * only a heading word ("NGHỊ QUYẾT") and <title> says more, else <title>;
 * without the site's name around it ("Headline - Báo Tin tức"). Any may be
 * NULL. Never NULL; the caller frees it. */
char *ingest_page_title(const char *og_title, const char *title_tag, const char *site_name,
			const char *h1);

/* ---- pubdate.c ------------------------------------------------------------ */

/* The publication date a page's text states with a label ("Ngày đăng:
 * 27/01/2023 16:11", "Cập nhật ngày: 12/01/2023", "Thứ Tư, 16/03/2022 15:30"),
 * never a site clock ("Hà Nội, Ngày 20/04/2024" above the title) nor dates in
 * lists of related articles. A day and month without a year give "--MM-DD",
 * or a year inferred from the text with *inferred set. Returns 1 and fills
 * date, else 0. */
int ingest_pubdate(const char *text, size_t len, char date[11], int *inferred);
/* The page's address a corpus's metadata line above a saved text gives
 * ("# url = https://dantri.com.vn/…"), malloc'd, or NULL. */
char *ingest_metadata_url(const char *text, size_t len);

/* ---- office.c, pdf.c, docx.c, doc.c --------------------------------------- */

/* PDF, DOCX and Word 97 DOC -> UTF-8 text (NFC), paragraphs separated by
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

/* The encoding a font name implies: CS_TCVN3 for ".Vn…" fonts (*capitals
 * set for their capitals-only "…H" members, e.g. ".VnTimeH"), CS_VNI for
 * "VNI-…" fonts, else CS_UNKNOWN. font may be NULL. */
enum ingest_charset office_font_charset(const char *font, int *capitals);

/* Appends s[0..len) in capitals (ICU, Vietnamese rules) to out. */
void office_upper(const char *s, size_t len, struct buf *out);

/* 1 if the UTF-8 text starts with a lower-case letter. */
int office_is_lower_start(const char *s, size_t len);

/* Text whose every character stands for one byte (U+0000-U+00FF, and the
 * Windows-1252 signs at 0x80-0x9F) read back as those bytes in cs (CS_TCVN3,
 * CS_VNI), or in the encoding the detector finds when cs is CS_UNKNOWN.
 * Returns 1 and appends NFC UTF-8 to out when decoded; 0 (out untouched)
 * when the text is not such bytes or the detector finds no legacy encoding. */
int ingest_redecode_bytes(const char *s, size_t len, enum ingest_charset cs, struct buf *out,
			  enum ingest_charset *used);

#endif
