/* cites.h — private to index/: the document numbers a text cites, as stored
 * with each document (value SLOT_MENTIONS) and read back by the registry. */
#ifndef TRACUU_CITES_H
#define TRACUU_CITES_H

#include <stddef.h>

#include "index/index.h"
#include "index/xapian_shim.h"
#include "text/text.h"
#include "util/util.h"

/* One stored mention: the fields of struct cite_mention that outlive the scan. */
struct stored_mention {
	char canonical[CITE_MAX];
	char kind[12];
	char number[24];
	int year;
	char type_code[12];
	char type_name[40];
	char date[11];           /* full ISO date or "" */
	char issuer_code[40];
	char issuer_name[CITE_ISSUER_MAX];
	int issuer_from_context;
	char subject[CITE_SUBJECT_MAX];
	int subject_of_article; /* the subject was read after an article's name (cite_mention) */
	int letterhead;
	size_t start, end, sent_start, sent_end; /* byte offsets in the text */
	char signer[CITE_ISSUER_MAX]; /* letterheads: the name(s) under the signature block, or "" */
	/* What the citing text, a regulation's own, does to the number
	 * (text_relation_name, "" none), on which part ("" the whole), and
	 * that text's own number and effective date; on its own letterhead's
	 * line: its effective date, the sentence saying so, its expiry. */
	char relation[16];
	char scope[128];
	char by[CITE_MAX];
	char effective[11];
	size_t eff_start, eff_end;
	int eff_stated;           /* the date is a portal's attribute table's, not a sentence's */
	char expires[11];
};

const char *cites_kind_name(enum cite_kind k);

/* A relation to a regulation named only by its name, stored as a line of
 * its own among the mention lines: its first field (the number) is empty,
 * so every reader of mentions passes it over. */
struct stored_named {
	char type[16], name[160];
	int year;
	char relation[16], scope[128], by[CITE_MAX], effective[11];
	size_t start, end, sent_start, sent_end;
	char key[200];
};
/* The key a name is found by: folded type ':' folded name ("luat:baohiemyte"),
 * the same for the relation's line and for the card of the text so titled. */
void cites_name_key(const char *type, const char *name, struct buf *out);
/* A part's own effective date (text_effective_parts), a line of its own
 * like a named line: "", "part", scope, date, sentence start, end. */
struct stored_part {
	char scope[128], date[11];
	size_t sent_start, sent_end;
};
int cites_parse_part(const char *line, size_t len, struct stored_part *p);
/* Parses a named line (without its newline): 0, or -1 when it is not one. */
int cites_parse_named(const char *line, size_t len, struct stored_named *n);

/* The citations read from one text (title or body); the rest of a longer
 * list of numbers is searchable as words but not as citations. */
#define CITES_MAX_PER_TEXT 2000

/* Scans text and appends one line per full number (short references are
 * left out: they name no single number) to lines. Calls each_fn, if given,
 * for every mention including short ones, for the terms. Stops after
 * CITES_MAX_PER_TEXT mentions. */
void cites_scan_text(const char *text, size_t len, struct buf *lines,
		     cite_fn each_fn, void *ctx);

/* The stored value holds the lines deflated (zlib, after their varint
 * length): lines repeat issuers, subjects and dates, and Xapian stores
 * values as they are. cites_pack appends the value for lines to out;
 * cites_get reads document docid's lines back (malloc'd, NUL-terminated,
 * "" when it cites nothing): 0, 1 when there is no such document, -1. */
void cites_pack(const char *lines, size_t len, struct buf *out);
int cites_get(xs_db *xs, unsigned docid, char **lines, size_t *len, char **err);
/* The same lines one at a time (without their newline), inflated only as
 * far as fn reads: fn returning non-zero stops. 0, 1, -1 as cites_get. */
int cites_each_line(xs_db *xs, unsigned docid, int (*fn)(const char *line, size_t len, void *ctx),
		    void *ctx, char **err);

/* Parses one stored line (without its newline). Returns 0, or -1 if it is
 * not a mention line. */
int cites_parse_line(const char *line, size_t len, struct stored_mention *m);


#endif
