/* text.h — the Vietnamese text rules, one module for documents and queries alike:
 * UTF-8 checks, NFC, one tone-mark placement, case folding, a mark-free folded
 * form, and the tokeniser that turns text into positioned terms.
 *
 * Everything is UTF-8 as (pointer, length); offsets are byte offsets into the
 * caller's original text, so excerpts point at what the user actually has.
 * Nothing here prints; nothing here keeps global state beyond ICU's own. */
#ifndef TRACUU_TEXT_H
#define TRACUU_TEXT_H

#include <stddef.h>

#include "util/util.h"

/* Longest term kept, in bytes of its exact form. Longer tokens (runs of
 * 10,000 digits, base64 blobs) are not indexed but still take a position. */
#define TEXT_MAX_TERM 96

/* Returns 1 if s[0..len) is valid UTF-8 (no overlongs, no surrogates),
 * else 0 and *bad_offset = offset of the first invalid byte. */
int text_utf8_valid(const char *s, size_t len, size_t *bad_offset);

/* Decodes one code point at s (len > 0). Returns its byte length (1-4) and
 * sets *cp; an invalid byte yields U+FFFD and length 1. */
size_t text_utf8_decode(const char *s, size_t len, unsigned *cp);

/* Writes cp (at most U+10FFFF) to out (4 bytes of room) as UTF-8; returns
 * its length (1-4). The one encoder: surrogates and code points past
 * U+10FFFF are the caller's to keep out. */
size_t text_utf8_encode(char *out, unsigned cp);

/* 1 if s[0..len) holds a letter of any script (ICU's alphabetic property):
 * a gazette's page number ("2") or a table's rule ("|", "---") does not. */
int text_has_letter(const char *s, size_t len);
/* 1 if s[0..len) holds a lower-case letter (ICU's lowercase property). */
int text_has_lower(const char *s, size_t len);
/* 1 if s[0..len) holds an ASCII lower-case letter: a heading typed in
 * capitals has none, though its marks may sit on lower-case bases in NFD. */
int text_has_ascii_lower(const char *s, size_t len);

/* The byte length of a character at s that has no place in text shown to a
 * reader: a C0 control (line breaks included) or DEL, a C1 control (U+0085
 * NEL; U+009B, the escape a terminal obeys), U+2028 or U+2029. 0 for any
 * other character. */
size_t text_control_len(const char *s, size_t len);

/* Appends NFC of s[0..len) to out with every such character a space, but
 * for \n, \t and \f when keep_lines: a title, a path or a document's text
 * printed on a terminal cannot move the cursor or set its title. */
void text_shown(const char *s, size_t len, int keep_lines, struct buf *out);

/* Appends NFC of s[0..len) to out. Returns 0, or -1 if ICU failed (out is
 * then unchanged). Invalid UTF-8 is replaced by U+FFFD. */
int text_nfc(const char *s, size_t len, struct buf *out);

/* Cyrillic letters that look like Latin ones (Р С Т О Н І …), typed inside a
 * Latin word or number by OCR or a keyboard switched mid-word ("NĐ-CР",
 * "TT-BCТ", "theо"), and the eth Ð ð a Latin-1 font gives for Đ đ ("Ðộc
 * lập", "102/2024/NÐ-CP"), rewritten in place as the letters they look like,
 * from b->p[from] on: a word (a run without white space) is rewritten when it
 * holds a Latin letter or a digit, or follows a Latin word ending in '-'
 * ("NĐ-" at a line's end), and no Cyrillic letter without a Latin twin, so
 * Russian words ("Тополь-М") stay. Returns how many were rewritten. */
size_t text_latin_lookalikes(struct buf *b, size_t from);
/* s[0..len) so rewritten into out (empty), 1; 0 and out untouched when s holds
 * no look-alike: a query or a number pasted from such a text. */
int text_latin_lookalikes_copy(const char *s, size_t len, struct buf *out);

/* s with its first letter in lower case, appended to out: a title's
 * opening verb after a type's name ("Thực hiện …" -> "Kế hoạch thực hiện …"). */
void text_lower_first(const char *s, size_t len, struct buf *out);
/* s with its first letter in upper case, appended to out: a subject that
 * starts a title's sentence ("đột phá …" -> "Đột phá …"). */
void text_upper_first(const char *s, size_t len, struct buf *out);

/* A phrase typed in capitals ("BÁO CHÍ"), as a sentence: lower case but the
 * first letter ("Báo chí"), appended to out. Returns 0, or -1 if ICU failed. */
int text_sentence_case(const char *s, size_t len, struct buf *out);
/* A phrase typed in capitals ("HÀNG KHÔNG DÂN DỤNG VIỆT NAM"), in sentence
 * case with its proper names' capitals kept ("Hàng không dân dụng Việt
 * Nam"): the names of corpus/propernames.tsv and the issuers' names, and the
 * runs of words text (the document's, from its letterhead; may be NULL)
 * writes with capitals; acronyms and Roman numerals as typed, a document
 * number as its canonical form writes it ("27/CT-TTg"). Appended to out. Returns 0, or -1 if ICU failed. text/propercase.c. */
int text_proper_case(const char *s, size_t len, const char *text, size_t text_len, struct buf *out);
/* The document numbers in s[0..len) written as their canonical forms write
 * them, in place: a heading's "27/CT-TTG" as "27/CT-TTg" (the same length,
 * letters' case only). text/propercase.c. */
void text_numbers_canonical(char *s, size_t len);
/* Whether s's first word keeps its capital inside a sentence: it opens a
 * proper name of the table text_proper_case reads ("Việt Nam", "Quốc hội")
 * or is an acronym ("UBND", "COVID"). */
int text_proper_first(const char *s, size_t len);

/* One word (no spaces) -> its exact and folded terms, appended to the buffers:
 *   exact:  NFC, ICU case folding, canonical tone placement (hòa, thủy, ủy,
 *           khỏe: the tone on the first vowel of open oa/oe/uy; every other
 *           syllable keeps the standard placement), format characters (soft
 *           hyphen, ZWJ, LRM) removed;
 *   folded: exact with every combining mark removed and đ -> d ("dang").
 * Returns 1 if folded differs from exact (the word carries marks), else 0.
 * folded may be NULL when only exact is wanted (then returns 0). */
int text_word_terms(const char *s, size_t len, struct buf *exact, struct buf *folded);

/* Canonical tone placement for one lower-case NFC syllable; appends the result
 * to out. Words that are not Vietnamese syllables (no tone mark, or letters
 * outside the Vietnamese alphabet) are appended unchanged. */
void text_tone_canonical(const char *s, size_t len, struct buf *out);

/* Is the lower-case NFC word s one syllable Vietnamese spelling allows: an
 * onset, a vowel cluster with the coda it admits, one tone, and the stop
 * codas (c ch p t) with the acute or dot tone only ("đòng", "hợp" yes;
 * "hiẻm", "laodong", "hợpđồng" no)? A word without any mark ("hop") may
 * have lost its tone: only its letters are checked. text/syllable.c. */
int text_syllable_valid(const char *s, size_t len);

enum text_token_kind {
	TEXT_WORD,   /* letters (and digits mixed in: "qh14", "covid") */
	TEXT_NUMBER, /* digits, with . or , between digit groups kept: 1.250.000, 10,5, 2.1 */
};

struct text_token {
	enum text_token_kind kind;
	size_t start, end;   /* byte range in the original text */
	unsigned position;   /* 0-based index among the tokens of this call */
	const char *exact;   /* NUL-terminated, valid until the callback returns */
	size_t exact_len;
	const char *folded;  /* == exact's bytes when the word has no marks */
	size_t folded_len;
	int has_marks;       /* folded differs from exact */
};

/* Called once per token, in order; return non-zero to stop early. */
typedef int (*text_token_fn)(const struct text_token *tok, void *ctx);

/* Tokeniser state: reusable scratch buffers, so long texts cost no allocation
 * per token. text_tokeniser_free(NULL) is a no-op. */
struct text_tokeniser;
struct text_tokeniser *text_tokeniser_new(void);
void text_tokeniser_free(struct text_tokeniser *tz);

/* Splits text at spaces and punctuation into words and numbers and calls fn
 * for each. Tokens whose exact form exceeds TEXT_MAX_TERM bytes are skipped
 * but still use up a position. first_position is the position of the first
 * token (callers put a gap between a title and a body). Returns the number of
 * positions used, or stops early with what was used so far when fn returns
 * non-zero. */
unsigned text_tokenise(struct text_tokeniser *tz, const char *text, size_t len,
		       unsigned first_position, text_token_fn fn, void *ctx);
/* The same for a reader that only compares tokens with a few words: a token
 * whose folded form cannot start with a byte `lead` marks comes with exact
 * and folded NULL (lengths 0), its terms not worked out; every token still
 * comes, with its kind, range and position, and the same are skipped. */
unsigned text_tokenise_led(struct text_tokeniser *tz, const char *text, size_t len,
			   unsigned first_position, const unsigned char lead[256],
			   text_token_fn fn, void *ctx);

/* Where words stand in text: fn(w, position, ctx) for each token whose folded
 * form is words[w] (lens[w] bytes; the words distinct), numbered as
 * text_tokenise numbers them, in order; fn returns non-zero to stop. The same
 * tokens text_tokenise would report, through text_tokenise_led: a token's
 * terms are made only when its folded form could start as one of the words
 * (the excerpts of a long text read over the network). Returns the number of
 * positions used. */
unsigned text_tokenise_find(struct text_tokeniser *tz, const char *text, size_t len,
			    unsigned first_position, const char *const *words,
			    const size_t *lens, size_t n,
			    int (*fn)(size_t word, unsigned position, void *ctx), void *ctx);

/* Do the two words around text[from..to) form a two-syllable word
 * (index/schema.h, PREFIX_PAIR)? Only white space may stand between them
 * (spaces, tabs, line breaks of hard-wrapped text, U+00A0), never
 * punctuation, and neither may be a number. The indexer and the query
 * builder both ask here, so a quoted phrase can require its pairs. */
int text_joins(enum text_token_kind a, const char *text, size_t from, size_t to,
	       enum text_token_kind b);

/* Folds a phrase to a compact key: every word's folded form, run together
 * ("Quy định" -> "quydinh", "Bộ Tài chính" -> "botaichinh"). Appends to out.
 * The same key on both sides lets typed names meet indexed ones. */
void text_fold_key(const char *s, size_t len, struct buf *out);
/* A short heading's words folded and joined by `join` ("Thử việc" ->
 * "thu_viec"), appended to out; the number of words, counted up to max + 1
 * (a longer heading's key is cut there: not a key). The index's whole
 * headings (schema.h, PREFIX_WHOLE_HEADING) and a result's article. */
size_t text_heading_key(struct text_tokeniser *tz, const char *s, size_t len, size_t max,
			char join, struct buf *out);

/* ---- dates ---------------------------------------------------------------
 * Vietnamese dates as written: "8/2/2022", "08/02/2022", "ngày 08 tháng 02
 * năm 2022", "8-2-2022", "8.2.2022", and day/month alone ("9/8"). */

struct text_date {
	int year;    /* 0 when the text gives none */
	int month;   /* 1-12 */
	int day;     /* 1-31 */
	int inferred;/* year filled in from elsewhere in the text, not written here */
};

/* Parses a date at s[0..len) (leading spaces allowed; "ngày" optional).
 * Returns the number of bytes consumed, or 0 if no valid date starts there
 * (impossible days such as 31/02 are rejected). */
size_t text_date_parse(const char *s, size_t len, struct text_date *out);

/* The days of month 1..12 of year (February of year 0 has 29). */
int text_days_in_month(int month, int year);

/* Writes "YYYY-MM-DD", or "--MM-DD" (ISO 8601 without a year) when year is 0.
 * out needs 11 bytes. */
void text_date_iso(const struct text_date *d, char out[11]);

/* Is a after b (year, then month, then day; 0s count as earliest)? */
int text_date_later(const struct text_date *a, const struct text_date *b);

/* A date whose year was inferred is never before a regulation the text
 * cites (an article about it is later than it): d's year is raised to
 * cited's, and one more when d's day and month would still come before
 * cited's. Returns 1 when it changed d. */
int text_date_floor(struct text_date *d, const struct text_date *cited);

/* ---- document numbers (số hiệu) ----------------------------------------
 * The grammar is in docs/design.md ("Document numbers"); the issuer codes and
 * document types are data (corpus/issuers.tsv, corpus/doctypes.tsv), compiled
 * in at build time. */

enum cite_kind {
	CITE_PARTY,     /* 57-QĐ/TW, 21-NQ/ĐU, 1247-KH/HVCTQG */
	CITE_QPPL,      /* 89/2021/NĐ-CP, 15/2023/TT-BTC */
	CITE_LAW,       /* 59/2020/QH14 */
	CITE_ADM,       /* 439/QĐ-TTg */
	CITE_CONG_VAN,  /* 125/SGDĐT-VP, 5348/CT-CS */
	CITE_VBHN,      /* 03/VBHN-VPQH */
	CITE_SHORT,     /* "Quy định 57", "Quy định số 57", "NĐ 89/2021": type + number only */
};

#define CITE_MAX 96
/* Room for a subject: the longest titles of decrees run to about 400 bytes. */
#define CITE_SUBJECT_MAX 640
/* An issuing body's name, or a joint text's bodies (five ministries and
 * courts fit). */
#define CITE_ISSUER_MAX 512
/* Between the bodies of a joint text ("Bộ Lao động - Thương binh và Xã hội
 * – Bộ Tài chính"), and between its signers: an en dash, so the hyphen and
 * the comma inside a body's own name never split it. */
#define CITE_JOINT_SEP " \xe2\x80\x93 " /* " – " */

struct cite_number {
	enum cite_kind kind;
	char canonical[CITE_MAX]; /* "57-QĐ/TW", with its proper marks; CITE_SHORT: "" */
	char number[24];          /* as written, leading zeros kept: "57", "01" */
	int year;                 /* 2021; 0 when the number carries none */
	char type[12];            /* type code with marks: "QĐ", "NĐ", "TT", "VBHN"; "" for laws and công văn */
	char issuer[40];          /* issuer code with marks: "TW", "CP", "BTC", "ĐU", "QH14"; công văn: the issuer part */
	const char *type_name;    /* CITE_SHORT: the type named ("Luật", "Bộ luật", "Quy định"), static
				   * storage; NULL otherwise */
};

/* One mention of a number in a text, with what its context says. */
struct cite_mention {
	size_t start, end;        /* byte range of the number (or short reference) */
	struct cite_number num;
	const char *type_name;    /* full type name: "Quy định", "Quyết định", "Thông tư", "Thông tri",
				   * "Nghị quyết", "Luật"…, read from the word before the number, else
				   * from the type table (Party vs State decides TT and QĐ where it can);
				   * NULL when unknown. Static storage. */
	struct text_date date;    /* "ngày 8/2/2022" right after the number; year 0 and day 0 when none */
	char issuer_name[CITE_ISSUER_MAX]; /* "Ban Bí thư", "Chính phủ", "Thủ tướng Chính phủ", "Bộ Tài chính" from
				   * "của …" after the number (or the issuer table when the context names
				   * none and the code is unambiguous; never for /TW); a joint text's
				   * bodies joined by CITE_JOINT_SEP; "" when unknown */
	int issuer_from_context;  /* 1: read from the text where a citation or a letterhead
				   * names it ("… ngày … của Bộ Chính trị"); CITE_ISSUER_TOLD:
				   * from a sentence telling who issued it ("Ban Chấp hành Trung
				   * ương ban hành Quy định …", "… do X ban hành"), which the
				   * first kind outranks; 0: from the code table */
	char subject[CITE_SUBJECT_MAX]; /* "về …" up to the end of the clause (a law's name: "Luật
				   * Đất đai số …" → "Đất đai"); a longer one is cut at a word and
				   * ends in "…"; "" */
	int subject_of_article;   /* 1: the subject was read after an article's or a clause's name
				   * ("Điều 5 Nghị định 105/2012/NĐ-CP về các chức danh …"): what
				   * that article is about, the text's own only when no other
				   * mention names one */
	size_t sentence_start, sentence_end; /* the sentence holding the mention */
	int letterhead;           /* 0, or the number stands in the document's own letterhead (the
				   * issuer above "Số: …", the place and date or the type heading
				   * below): CITE_OWN_TEXT, with a CITE_UNSURE_* bit for each value
				   * the letterhead gave without confidence */
};

/* What a letterhead gives: the document is the number's own text; the
 * values it read without confidence (a type from the code table when no
 * type heading fits, an issuer the tables do not know or a code several
 * bodies share, a subject not under a type heading, a date from above the
 * number) lose to what the mentions say. */
enum { CITE_ISSUER_TOLD = 2 };

enum {
	CITE_OWN_TEXT = 1,
	CITE_UNSURE_TYPE = 2,
	CITE_UNSURE_ISSUER = 4,
	CITE_UNSURE_DATE = 8,
	CITE_UNSURE_SUBJECT = 16,
	/* The letterhead of a text the file holds after another's opening
	 * (a heading naming another number stands above it): that number's
	 * own text, not the document's own number, type, issuer and date. */
	CITE_LATER_TEXT = 32,
};

/* Calls fn for each number (and short reference) in text, in order; fn
 * returning non-zero stops the scan. Dates, phone numbers, 1.250.000, GS.TS
 * and the like are not numbers. Returns the number of mentions reported. */
typedef int (*cite_fn)(const struct cite_mention *m, void *ctx);
size_t cite_scan(const char *text, size_t len, cite_fn fn, void *ctx);

/* Reads s[0..len) as one number typed by a user, in any spelling ("57/qd-tw",
 * "57-QD/TW", "89/2021/nd-cp", "Quy định 57", "NĐ 89/2021"). Returns 1 and
 * fills *out when the whole string is a number, else 0. */
int cite_parse(const char *s, size_t len, struct cite_number *out);

/* Reads the one number in what a user typed around it ("(145/2020/NĐ-CP)",
 * "Số: 145/2020/NĐ-CP", "145/2020/NĐ-CP ngày 14/12/2020", "Luật Đất đai
 * 45/2013/QH13"): the whole string as cite_parse reads it, else the number
 * a document holding the string would be read to cite, when it cites one
 * number only (or, citing none, makes one short reference). Returns 1 and
 * fills *out, else 0. */
int cite_parse_typed(const char *s, size_t len, struct cite_number *out);

/* A regulation's type as its heading stands, a line of its own in capitals
 * ("NGHỊ QUYẾT", "THÔNG TƯ1" with a footnote mark, "LUẬT", "HIẾN PHÁP"): the
 * type's name ("Nghị quyết"), or NULL. Static storage. */
const char *cite_heading_type(const char *s, size_t len);
/* The same, given key, s[0..len) folded by text_fold_key, when the caller
 * has it already (NULL: folds s itself). */
const char *cite_heading_type_key(const char *s, size_t len, const char *key);

/* The lines of a letterhead that name no body, when s[0..len) is one whole
 * (case, marks and punctuation aside): the national motto ("CỘNG HÒA XÃ HỘI
 * CHỦ NGHĨA VIỆT NAM"), its slogan ("Độc lập - Tự do - Hạnh phúc"), the
 * Party's name, a consolidation's certificate ("XÁC THỰC VĂN BẢN HỢP NHẤT"). */
enum cite_motto {
	CITE_MOTTO_NONE,
	CITE_MOTTO_STATE,
	CITE_MOTTO_SLOGAN,
	CITE_MOTTO_PARTY,
	CITE_MOTTO_CONSOLIDATED,
};
enum cite_motto cite_motto(const char *s, size_t len);
/* The same for a line already folded by text_fold_key. */
enum cite_motto cite_motto_key(const char *key);

/* The name under a regulation's signature block (a signing form or title in
 * capitals — "TM. CHÍNH PHỦ", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG" — then a
 * person's name: "Hồ Đức Phớc"), the first such block in text. Copies it
 * to out (cap bytes) and returns its length, or 0 when there is none.
 * (text/signer.c) */
size_t text_signer(const char *text, size_t len, char *out, size_t cap);
/* The names under every signature block from the first one on, while
 * only blocks follow (a joint text's bodies sign one each: "KT. CHÁNH ÁN
 * … / Nguyễn Trí Tuệ", "KT. VIỆN TRƯỞNG … / Nguyễn Duy Giảng", …), joined
 * by CITE_JOINT_SEP into out; returns how many (0: none, out ""). */
size_t text_signers(const char *text, size_t len, char *out, size_t cap);
/* Who signed, as a site's attribute table names it ("Người ký: …", or the
 * cell of a row labelled "Cơ quan ban hành/ Chức danh / Người ký") in
 * text; 0 when none reads as a person's name. (text/signer.c) */
size_t text_labelled_signer(const char *text, size_t len, char *out, size_t cap);

/* Full names from the tables: the type code's name(s) ("QĐ" -> "Quyết định",
 * Party: "Quy định"), the issuer code's name ("BTC" -> "Bộ Tài chính"), or
 * NULL when unknown. Static storage. */
const char *cite_type_name(const char *type_code, enum cite_kind kind);
/* The type a number's shape alone suggests, when no word before it names
 * one: its code's ("89/2021/NĐ-CP": Nghị định), a UBTVQH number's
 * resolution, a QH number's law. A guess for terms and short keys; a
 * mention that names no type gives its card no type (a QH number is a
 * law's or a resolution's: 55/2010/QH12 is both). */
const char *cite_type_guess(const char *type_code, enum cite_kind kind, const char *issuer_code);
const char *cite_issuer_name(const char *issuer_code);

/* What a user typed for a type or an issuer, in any case and with or without
 * marks ("qd", "QD", "Quyết định", "nghi dinh"; "btc", "Bộ Tài chính"), as the
 * table's code ("QĐ", "NĐ"; "BTC"), or NULL when the tables do not know it.
 * Static storage. (text/cite_codes.c) */
const char *cite_type_code(const char *s);
const char *cite_issuer_code(const char *s);
/* Every type name the tables know, folded as the index's own type terms
 * (PREFIX_OWN_TYPE: "nghidinh", "luat", "hienphap"), each once: a
 * regulation's own text holds one of them. Static storage. */
size_t cite_type_keys(const char *const **out);
/* The body a letterhead without a number names on the text's first line
 * ("QUỐC HỘI" over the national motto): its code, or NULL when that line is
 * no body the tables know. (text/cite_letterhead.c) */
const char *cite_first_line_issuer(const char *text, size_t len);
/* cite_first_line_issuer when its code names one body only (not "TW",
 * which three share): the body a regulation without a number is filed under
 * and shown with. */
const char *cite_first_line_body(const char *text, size_t len);
/* The body a regulation without a number of type (its heading's name) is
 * filed under: its first line's (cite_first_line_body), else the one its
 * type implies (a Luật of 1953 under "LUẬT" alone: QH). Its code, or NULL. */
const char *cite_unnumbered_body(const char *text, size_t len, const char *type);
/* The bodies a name typed short may mean, as their codes (at most max):
 * a ministry as "Bộ" and its initials ("Bộ TC": BTC), or the first
 * syllables, three at least, of the table's names ("Bộ Lao động": BLĐTBXH;
 * "Bộ Nông nghiệp": BNNPTNT and BNNMT). 0 when none; for what
 * cite_issuer_code does not know. */
size_t cite_issuer_codes_typed(const char *s, const char **codes, size_t max);
/* cite_issuer_code for a string already folded by text_fold_key. */
const char *cite_issuer_code_key(const char *key);
/* The issuing body an issuer code names, as its code in the table:
 * s[0..len) as written in a number or typed ("QH14" -> "QH" with "14" in
 * term, "BGD&ĐT" -> "BGDĐT", an older code "LĐTBXH" -> "BLĐTBXH"; any case,
 * with or without marks); term "" when no term digits follow. NULL when the
 * table knows no such body (a form's code "BK", a number cut short "NĐ-C"),
 * so such codes name no issuer. Static storage. (text/cite_codes.c) */
const char *cite_issuer_body(const char *s, size_t len, char term[8]);
/* The full name(s) of a body's code, '|' between several (TW), or NULL. */
const char *cite_issuer_names(const char *code);
/* A body's name as a user typed it, in the spelling letterheads give it: a
 * code or other spelling of a body the tables know at its start becomes the
 * body's name, and "TP"/"TP." after it or alone "thành phố", "HCM" after
 * that "Hồ Chí Minh" ("UBND TP Hồ Chí Minh", "UBND TP.HCM" -> "Ủy ban nhân
 * dân thành phố Hồ Chí Minh"; "TPHCM"). Written to out (reset first); s as
 * it is when it starts with none of these. (text/cite_context.c) */
void cite_body_spelled(const char *s, size_t len, struct buf *out);
/* Whether a body's name starts with a body the tables know, by name, other
 * spelling or code ("Bộ Chính trị", "Ủy ban nhân dân tỉnh Hà Tĩnh", "BTC");
 * not an OCR'd "Bộ phình". (text/cite_context.c) */
int cite_body_known(const char *s, size_t len);
/* The place a body's name ends with ("Ủy ban nhân dân tỉnh Nghệ An"): its
 * name's length, *place at it ("Nghệ An") and *locality at the word naming
 * what it is ("tỉnh Nghệ An"); 0 when the name ends with no place. */
size_t cite_body_place(const char *s, size_t len, const char **locality, const char **place);
/* A body named with its locality word and no place ("Ủy ban nhân dân
 * tỉnh", "Hội đồng nhân dân Thành phố"), given by another name that ends
 * with that word and a place ("Ủy ban nhân dân tỉnh Quảng Ngãi": a
 * province's texts write their own province so): writes the name with that
 * place to out[cap] and returns 1; 0 (out untouched) otherwise. */
int cite_body_with_place(const char *name, const char *placed, char *out, size_t cap);
/* "Ủy ban nhân dân Nghệ An", a body the tables know and a place typed
 * without the word letterheads write between them: writes to out the name
 * with the k-th such word ("Ủy ban nhân dân tỉnh Nghệ An", "… thành phố
 * Nghệ An" …) and returns 1; 0 past the last, or for a name that is no such
 * body and place. */
int cite_body_placed(const char *s, size_t len, size_t k, struct buf *out);
/* Calls fn for each body a number's issuer part names ("BLĐTBXH-BTC": two;
 * a công văn's unit is none), with cite_issuer_body's code and term. */
void cite_issuer_bodies(const struct cite_number *num,
			void (*fn)(const char *code, const char *term, void *arg), void *arg);
/* A joint text's bodies as its number names them ("TTLT-BLĐTBXH-BTC"): the
 * table's names of its issuer codes, in the number's order, joined by
 * CITE_JOINT_SEP into out. Returns how many (2 or more); 0, out "", when
 * the number names fewer than two bodies, or one of its codes is unknown
 * or names several bodies (TW), or names a unit ("Tổng cục …", "Cục …",
 * "Sở …") after its body in a number whose type does not say it is joint
 * (1234/QĐ-BTC-TCT). (text/cite_codes.c) */
int cite_joint_names(const struct cite_number *num, char *out, size_t cap);
/* Whether a number may be a joint text's: its type says so ("TTLT",
 * "NQLT", "QĐLT"), or its issuer part chains several codes, whether or not
 * the table knows them. */
int cite_is_joint(const struct cite_number *num);
/* Whether its type says it is joint: TTLT, NQLT, QĐLT. */
int cite_joint_type(const struct cite_number *num);
/* The parts of a value joined by CITE_JOINT_SEP (a joint text's bodies or
 * signers): the first part's length, *next the rest or NULL at the last. */
size_t cite_joint_part(const char *s, const char **next);
/* How many parts a joined value has (0 for ""). */
size_t cite_joint_count(const char *s);
/* The keys that let a reference meet the number it means, the same on the
 * index side and the query side:
 *   short key: folded type name, ':', the number and "/year" when known
 *     ("quydinh:57", "nghidinh:89/2021"); leading zeros kept (01 ≠ 001);
 *   loose key: the canonical number without its number's leading zeros,
 *     in ASCII capitals with Đ as D ("1/2025/TT-BNV" for 01/… and 001/…;
 *     "12/BGDDT-GDDH" for 12/BGDĐT-GDĐH and a unit typed without marks).
 *     (Indexes written before 2026-12 hold keys with the marks and case
 *     kept; readers ask for both.) Both append to out. */
void cite_short_key(const char *type_name, const char *number, int year, struct buf *out);
void cite_loose_key(const char *canonical, const char *number, struct buf *out);
/* Whether canonical is num's number in another spelling (leading zeros,
 * marks, case): their loose keys are equal. A card found for a number
 * typed short of its unit or code ("23/2021/QĐ-TT" → …/QĐ-TTg) is not. */
int cite_same_number(const struct cite_number *num, const char *canonical);
/* Whether a number of the National Assembly or its Standing Committee
 * carries a year of the term its code names (72/2022/QH14 does not: the
 * 14th Assembly sat 2016-2021, a misprint of 72/2020/QH14); 1 for others. */
int cite_term_fits(const struct cite_number *num);
/* 1 when it does not, with the term and its years: *term (14), *from, *to. */
int cite_term_misfit(const struct cite_number *num, int *term, int *from, int *to);

/* Whether a subject read from mentions (cite_mention.subject) says what the
 * text does ("quy định chi tiết …", "sửa đổi, bổ sung …", a heading's
 * "thực hiện …") rather than what it is about (read after "về"): a title
 * then reads type + subject, not type + "về" + subject. */
int cite_subject_acts(const char *s, size_t len);
/* Types named by their subject ("Bộ luật Lao động"): Luật, Bộ luật, Pháp
 * lệnh, Hiến pháp. */
int cite_named_by_subject(const char *type_name);
/* A subject in the case it has as the tail of its regulation's name, one
 * rule whichever text gave it (a letterhead in capitals, a mention): a
 * law's, a code's, an ordinance's name with a capital ("Bộ luật Lao động":
 * "Lao động"); what an amending law does and any other's in lower case ("Nghị định quy định chi tiết …": "quy
 * định chi tiết …", not a letterhead's "Quy định …"), but a proper name or
 * an acronym it opens with ("Việt Nam", "UBND") and the Constitution's
 * ("nước Cộng hòa …"). Appended to out. (text/cite_context.c) */
void cite_subject_cased(const char *type, const char *subject, size_t len, struct buf *out);
/* A regulation's name from its type and subject, as Vietnamese writes it
 * (appended to out): "Bộ luật Lao động"; "Nghị định sửa đổi, bổ sung …", a
 * subject saying what the text does in lower case after the type; "Nghị
 * quyết về bổ sung …" for a subject that opens with "Về" (or "V/v", "về
 * việc"); else type "về" subject ("Quy định về đối tượng …"). */
void cite_regulation_name(const char *type, const char *subject, size_t len, struct buf *out);

/* The table's spelling of a type name typed or folded any way ("quydinh",
 * "quy dinh" -> "Quy định"), or NULL. Static storage. */
const char *cite_type_name_for(const char *s);
/* The type name of the longest of s's first n words (n <= 4; a word ends
 * at a space, a colon or s's end) that names one: "Thông tư liên tịch
 * số …" -> "Thông tư liên tịch"; NULL for none. cite_type_name_for of
 * each such prefix, longest first, with s folded once. */
const char *cite_type_name_leading(const char *s, size_t n);
/* The issuer code a type implies, by its name (corpus/doctypes.tsv: a
 * Luật is the Quốc hội's, an Án lệ the Council of Judges', a Lệnh the
 * President's); row: the number's type row, or -1. NULL when none. */
const char *cite_type_body(const char *type_name, int row);
/* Does a text of the type usually stand in the one issuing it (a Quy chế
 * in a decision "ban hành Quy chế …"; corpus/doctypes.tsv)? By its name. */
int cite_type_within(const char *type_name);
/* The legal force of the type a title begins with, followed by a space or
 * its end (corpus/doctypes.tsv's force column: 2 "Luật Đất đai", "Bộ luật
 * …", "Hiến pháp …"; 1 "Nghị định …", "Pháp lệnh …"), and its name's
 * length in *len; 0 (and *len 0) for a title of no such type. */
int cite_title_force(const char *title, size_t *len);

/* ---- relations and effective dates (text/relations.c, text/effective.c) ----
 * What a regulation's own text says it does to the numbers it cites, and
 * when it takes effect. Only a text with a letterhead of its own has them. */

enum text_relation {
	TEXT_REL_NONE,
	TEXT_REL_REPLACES,     /* "Nghị định này thay thế Nghị định số …" */
	TEXT_REL_REPEALS,      /* "Bãi bỏ Điều 5 của …", "… số … hết hiệu lực kể từ …" */
	TEXT_REL_AMENDS,       /* "Sửa đổi, bổ sung một số điều của …" */
	TEXT_REL_GUIDES,       /* "Thông tư này hướng dẫn …", "quy định chi tiết …" */
	TEXT_REL_CONSOLIDATES, /* a consolidated text (VBHN) and the texts it joins */
	TEXT_REL_BASED_ON,     /* "Căn cứ …": the grounds, kept apart from the others */
	TEXT_REL_SUSPENDS,     /* "Tạm ngưng hiệu lực Nghị định số …", "… ngưng hiệu lực thi hành
				* từ ngày … đến ngày …": for a while, or until a condition */
};

/* "replaces", "repeals", "amends", "guides", "consolidates", "based-on",
 * "suspends";
 * "" for TEXT_REL_NONE. text_relation_from_name reads them back. */
const char *text_relation_name(enum text_relation r);
enum text_relation text_relation_from_name(const char *s);

/* What the sentence of mention m (in a regulation's own text) says the text
 * does to m's number, and the articles or clauses it names for it
 * (cite_scope: "" the whole text). Future and passive verbs ("sẽ thay
 * thế", "được thay thế bởi") are no relation. opening: for a consolidated
 * text (a VBHN), where its opening ends (text_consolidated_opening, read
 * once per text), else NULL. */
enum text_relation text_relation_of(const char *text, size_t len, const struct cite_mention *m,
				    const size_t *opening, char *scope, size_t cap);
/* Whether a text numbered actor may act on (replace, repeal, amend) one
 * numbered target: a province's or its council's text (UBND, HĐND, a Sở)
 * never replaces, repeals or amends a law or a central or Party body's
 * text — its table of procedures citing "Sửa đổi Điều 19 Thông tư số …"
 * names another's act (it may detail one: "guides"); only the legislature
 * (QH, UBTVQH) acts on a law, an ordinance or the legislature's
 * resolution. actor_body (may be NULL): the actor's body as its letterhead
 * names it, which tells a body the code tables do not know ("…/QĐ-TTPVHCC"
 * under "UBND THÀNH PHỐ HÀ NỘI") as a province's. */
int text_relation_reaches(const struct cite_number *actor, const char *actor_body,
			  const struct cite_number *target);
/* The day a suspension stated in s[0..len) ends: the date after "đến
 * ngày" / "đến hết ngày" ("… ngưng hiệu lực thi hành từ ngày 01 tháng 8
 * năm 2022 đến ngày 15 tháng 9 năm 2022") as "YYYY-MM-DD" in out; 0 when
 * the words give no day ("cho đến khi Luật … có hiệu lực": a condition). */
int text_suspension_until(const char *s, size_t len, char out[11]);
/* The latest such day any sentence of text states (a suspending text
 * whose act on a number is read from its title or a list's head gives the
 * days in its articles: "a) Ngưng hiệu lực thi hành từ … đến ngày …"); 0
 * when none does. */
int text_suspension_last_day(const char *text, size_t len, char out[11]);
/* Where a consolidated text's opening, the list of the texts it joins,
 * ends: its first line of grounds ("Căn cứ …") or its first article. */
size_t text_consolidated_opening(const char *text, size_t len);

/* A relation whose target is named only by its name ("Luật Bảo hiểm y
 * tế", "Luật Công đoàn năm 1990", "Căn cứ Luật Tổ chức Chính phủ ngày 18
 * tháng 02 năm 2025"): laws, codes, ordinances and the Constitution, which
 * are cited so; a name followed by its number is a mention instead. */
struct text_named {
	enum text_relation rel;
	char type[16];           /* "Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp" */
	char name[160];          /* "Bảo hiểm y tế" */
	int year;                /* the year written with it, 0 when none */
	char scope[128];         /* as text_relation_of */
	size_t start, end, sentence_start, sentence_end;
};
typedef int (*text_named_fn)(const struct text_named *r, void *ctx);
/* Calls fn for each such relation of text (a regulation's own; consolidated
 * as for text_relation_of), outside quoted text, in order; fn returning
 * non-zero stops. */
void text_relations_named(const char *text, size_t len, int consolidated, text_named_fn fn,
			  void *ctx);

/* The articles, clauses and points s[0..len) names, written the one way
 * ("khoản 2 Điều 3, Điều 5", "một số điều"): copied to out (cap bytes),
 * "" when it names none. Returns the length. (text/cite_context.c) */
size_t cite_scope(const char *s, size_t len, char *out, size_t cap);

/* When a regulation takes effect, from its own words ("Nghị định này có
 * hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2019", "… kể từ ngày ký",
 * "… sau 45 ngày kể từ ngày ký", "… từ ngày ban hành") and until when
 * ("… đến hết ngày 31 tháng 12 năm 2025"). */
struct text_effective {
	int found;               /* a sentence of the text about itself was read */
	struct text_date date;   /* the date it names; year 0 when it counts from signing */
	int from_signing;        /* counts from the issue date ... */
	int days_after;          /* ... plus this many days */
	struct text_date expires;/* year 0 when it names none */
	size_t sent_start, sent_end; /* the sentence that says so */
	char type[32];           /* the type it names, folded: "nghi dinh" */
};
/* The first such sentence of text outside quoted text about a text of type
 * type_name (the text's own, as its letterhead says; NULL: any): a công
 * văn quoting "Nghị định này có hiệu lực …" names the decree's date, not
 * its own. 1 found, else 0. */
int text_effective_find(const char *text, size_t len, const char *type_name,
			struct text_effective *out);
/* The effective date a portal's attribute table states for the text it
 * shows, a line of its own "Ngày có hiệu lực: 01/01/2018" (vbpl.vn), when
 * no sentence of the text says it (text_effective_find): out->date and the
 * line as its sentence. 1 found, else 0 (thuvienphapluat's "Ngày hiệu
 * lực: Đã biết" hides it). */
int text_effective_stated(const char *text, size_t len, struct text_effective *out);
/* A part's own date ("Điều 1 của Luật này có hiệu lực thi hành từ ngày 01
 * tháng 01 năm 2025"): the articles or clauses (cite_scope) and when. */
struct text_effective_part {
	char scope[128];
	struct text_effective e;
};
typedef int (*text_effective_part_fn)(const struct text_effective_part *p, void *ctx);
/* Calls fn for each, in order, outside quoted text; non-zero stops. */
void text_effective_parts(const char *text, size_t len, text_effective_part_fn fn, void *ctx);
/* The effective date as "YYYY-MM-DD" given the issue date ("" unknown);
 * out "" when it cannot be known. */
void text_effective_iso(const struct text_effective *e, const char *issue_iso, char out[11]);
/* ---- a regulation's structure (text/structure.c) ---------------------- */

/* Quoted text: the byte ranges between “ and ” (nested pairs inside one),
 * or between straight quotes read by where they stand. What an amending
 * regulation quotes ("Điều 5 được sửa đổi như sau: “Điều 5. …”") is part of
 * the amending article, never structure, relation or date of its own. A
 * quote never closed is not quoted text. Returns the count; *out is
 * malloc'd (NULL when none), sorted, not overlapping. */
struct text_quote {
	size_t start, end; /* the opening mark .. past the closing one */
};
size_t text_quotes(const char *text, size_t len, struct text_quote **out);
/* 1 if byte at lies inside one of q[0..n). */
int text_quoted(const struct text_quote *q, size_t n, size_t at);

#define TEXT_ARTICLE_NUMBER_MAX 16

/* A khoản: "1. …" lines of an article, numbered from 1 in order. */
struct text_clause {
	unsigned number;
	size_t start, end; /* its line's start .. the next clause's or the article's end */
};

/* An Điều: a line "Điều 26. Heading" (also "Điều thứ 26", "Điều 5a:", a
 * bare "Điều 32" with its heading on the next line, Markdown marks), in
 * order, outside quoted text. */
struct text_article {
	char number[TEXT_ARTICLE_NUMBER_MAX]; /* "26", "5a" */
	char *heading;                        /* lines joined, footnote digits dropped; "" none */
	size_t start, end;           /* its heading line .. the next article or division */
	size_t head_start, head_end; /* the heading's bytes (over one or more lines) */
	size_t first_clause, nclauses; /* its khoản in text_structure.clauses */
	int division;                  /* the last Phần/Chương/Mục opened before it; -1 none */
};

enum text_division_kind { TEXT_PART, TEXT_CHAPTER, TEXT_SECTION };

/* Phần / Chương / Mục: "Chương IV", "PHẦN THỨ NHẤT", "Mục 2", a title on the
 * line or the next. */
struct text_division {
	enum text_division_kind kind;
	char label[16]; /* "IV", "2", "thứ nhất" */
	char *title;    /* "" when none */
	size_t start;
};

struct text_structure {
	struct text_article *articles;
	size_t narticles;
	struct text_clause *clauses;
	size_t nclauses;
	struct text_division *divisions;
	size_t ndivisions;
};

/* Is the text a regulation's own: its own number in a letterhead near its
 * top (a mention cite_scan reads CITE_OWN_TEXT), its type heading there
 * ("LUẬT", "HIẾN PHÁP": cite_heading_type), or an article on its first line
 * or under its title (an excerpt of a law)? A page that quotes a law's articles (a Q&A, a news
 * article) is not: the articles it quotes are not its own. */
int text_own_regulation(const char *text, size_t len);

/* The type of a regulation's own text that carries no number (the
 * Constitution, a law of the 1950s): the type its heading names
 * ("HIẾN PHÁP"), when its title starts with that type's name and no number
 * is cited above its first article; NULL otherwise. What --type and the
 * facets file it under, as a letterhead's number files the others. */
const char *text_unnumbered_type(const char *text, size_t len, const char *title);
/* How far into a text its type heading is looked for (past a letterhead,
 * a consolidated text's note, a site's menu), and the type its first type
 * heading there names ("HIẾN PHÁP"), or NULL: the quick test before
 * text_unnumbered_type. */
#define TEXT_OWN_HEAD_BYTES 6000
const char *text_head_type(const char *text, size_t len);

/* Where a regulation's own text goes past its letterhead's furniture (the
 * issuer, "Số: …", the motto, the place and date): the start of its type
 * heading ("NGHỊ ĐỊNH", "BỘ LUẬT", "LUẬT NGƯỜI LAO ĐỘNG …") on a line below
 * the motto, within TEXT_OWN_HEAD_BYTES; 0 when the text has none (a page,
 * a text without a letterhead). *head_start: where the letterhead starts,
 * the eighth non-blank line above the motto at most (a page's summary
 * above a saved text is no letterhead). Excerpts show the text from the
 * heading rather than its letterhead (query/excerpt.c). */
size_t text_head_heading_at(const char *text, size_t len, size_t *head_start);

/* A điểm: "a) …" ("a. …") lines of a khoản, lettered from a in the order of the
 * Vietnamese alphabet (a b c d đ e g h i k l m n o p q r s t u v x y). */
#define TEXT_POINT_LETTER_MAX 4
struct text_point {
	char letter[TEXT_POINT_LETTER_MAX]; /* "a", "đ" */
	size_t start, end; /* its line's start .. the next point's or the clause's end */
};
/* The points of the clause text[from..to), outside quoted text: *out
 * malloc'd (NULL when none); returns the count. Read at show time from a
 * clause the structure gave, so a list outside any khoản is no point. */
size_t text_points_read(const char *text, size_t from, size_t to, struct text_point **out);
/* 0 when no line starting in text[from..upto) can open a point "a)" (nor
 * can one cut at upto): then text_points_read finds no point starting
 * before upto, whatever follows; 1 when one may. Reads only
 * text[from..upto). */
int text_points_may_open(const char *text, size_t from, size_t upto);
/* The points of a clause starting at from that start at or before at,
 * as text_points_read gives them over the whole clause (the last one's end
 * aside: the end of at's line), reading text[from..avail) only; or
 * TEXT_POINTS_WHOLE when that cannot be told from it (at's line runs past
 * avail, or a quote is open at its end): then read the whole clause. */
#define TEXT_POINTS_WHOLE ((size_t)-1)
size_t text_points_read_at(const char *text, size_t from, size_t avail, size_t at,
			   struct text_point **out);

/* Reads the structure of text[0..len) into *s (release it with
 * text_structure_release). A text without articles gives none. Returns 0. */
int text_structure_read(const char *text, size_t len, struct text_structure *s);
void text_structure_release(struct text_structure *s);
/* The first article numbered number ("26", "5a"), or NULL. */
const struct text_article *text_structure_find(const struct text_structure *s,
					       const char *number);

#endif
