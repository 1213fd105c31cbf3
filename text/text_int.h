/* text_int.h — private to text/: one block per file. The tables compiled
 * from corpus/ (issuers, doctypes), the Vietnamese letters the hot paths read without ICU,
 * and the parts of the citation reader (citation.c and cite_*.c). */
#ifndef TRACUU_TEXT_INT_H
#define TRACUU_TEXT_INT_H

#include <stddef.h>

#include "text/text.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* ---- cite_tables.c (scripts/gen-cite-tables.sh) ----------------------------
 * The issuer and type tables compiled from corpus/issuers.tsv and
 * corpus/doctypes.tsv. */

enum cite_tab_kind {
	CITE_TAB_PARTY,
	CITE_TAB_STATE,
	CITE_TAB_LAW, /* NUM/YYYY/CODE<term> is a law or a resolution of this body */
};

/* The side a body's code is on (enum cite_tab_kind), or -1 when the table
 * does not know it. (cite_codes.c) */
int cite_issuer_kind(const char *code);
int cite_issuer_merged_into(const char *code, const char *into);

/* Codes are kept three ways so a lookup can try the spelling as written,
 * then case-blind ("ttg"), then mark-blind ("DU" -> "ĐU"). */
struct cite_issuer_row {
	const char *code;    /* as the table spells it: "TTg", "ĐU" */
	const char *upper;   /* ASCII upper case, đ -> Đ: "TTG" */
	const char *folded;  /* upper with Đ -> D: "DU" */
	enum cite_tab_kind kind;
	const char *names;   /* "Ban Bí thư|Bộ Chính trị…": more than one means context only */
	const char *aliases; /* other spellings, ';'-separated, "" if none */
	int terms;           /* term digits follow the code: QH14, HĐND17 */
	const char *merged_into; /* the code of the body it was merged into ("merged into
				  * BNNMT" in the notes), "" if none */
};

struct cite_type_row {
	const char *code, *upper, *folded;
	const char *state_name; /* "" when the State has no such type */
	const char *party_name; /* the Party's default name; "" when not a Party type */
	int short_refs;         /* cited by type and number alone: "Nghị định 89" */
	int undated_dash;       /* numbered NUM-TYPE/ISSUER without a year: 18-L/CTN */
	int alone;              /* numbered NUM/YYYY/TYPE, no issuer: a precedent's 63/2023/AL */
	const char *body;       /* the issuer code the type implies (an Án lệ: HĐTP); "" none */
	int within;             /* usually stands in the text issuing it (a Quy chế) */
	int force;              /* legal force: 2 a law's, 1 a Nghị định's, 0 the rest */
};

/* Every name that may stand before a number of a type ("Quy định số 57-QĐ/TW"),
 * each its own string so a mention can point at it. */
enum { CITE_TAB_IN_STATE = 1, CITE_TAB_IN_PARTY = 2 };
struct cite_type_name_row {
	const char *name;
	unsigned short type;  /* index into cite_tab_types */
	unsigned char scope;  /* CITE_TAB_IN_STATE | CITE_TAB_IN_PARTY */
	const char *folded;   /* name as text_fold_key folds it, by the build; NULL: at run time */
};

extern const struct cite_issuer_row cite_tab_issuers[];
extern const size_t cite_tab_n_issuers;
extern const struct cite_type_row cite_tab_types[];
extern const size_t cite_tab_n_types;
extern const struct cite_type_name_row cite_tab_type_names[];
extern const size_t cite_tab_n_type_names;

/* ---- letters.c ---------------------------------------------------------------
 * Vietnamese letters from two small tables instead of ICU: the hot paths
 * (every ingested byte) cannot afford a call into ICU per character. */

static inline int text_vn_is_mark(unsigned cp) /* a combining mark (NFD text) */
{
	return cp >= 0x300 && cp <= 0x36F;
}
int text_vn_is_letter(unsigned cp);   /* letters, and combining marks (NFD text) */
unsigned text_vn_fold(unsigned cp);   /* 'a'..'z' for a letter (đ -> 'd'), 0 for a combining mark, else cp */
int text_vn_is_upper(unsigned cp);
int text_vn_is_lower(unsigned cp);
unsigned text_vn_lower(unsigned cp);  /* cp when it has no lower case here */
unsigned text_vn_upper(unsigned cp);
int text_vn_is_word(unsigned cp);     /* an ASCII digit or a letter */
/* A letter of the Vietnamese alphabet, precomposed (à, ă, đ, ơ, ư, ạ…ỹ and
 * their capitals): its lower case and its mark-free base letter ('a'..'y',
 * đ -> 'd'). 0 for anything else, the tokeniser's general (ICU) path. */
int text_vn_letter(unsigned cp, unsigned *lower, char *base);
/* The punctuation and signs a Vietnamese text is full of beside its letters
 * (… “ ” – ×, NO-BREAK SPACE, the Latin-1 signs): a separator, no letter, no
 * digit, and NFC as it is beside any letter — what ICU says of each (the
 * unit tests hold them to it), so that a search of such text never needs
 * ICU. */
int text_vn_punct(unsigned cp);
/* text_word_terms of a word of ASCII and Vietnamese letters (text_vn_letter),
 * without ICU: lower case, canonical tone placement, and folded (NULL: not
 * wanted) each letter to its base; lower is scratch. Returns 1 when folded
 * differs from exact (0 without folded). */
int text_vn_terms(const char *s, size_t len, struct buf *lower, struct buf *exact,
		  struct buf *folded);
/* text_word_terms through ICU whatever the word (the unit tests compare the
 * fast paths with it). */
int text_word_terms_icu(const char *s, size_t len, struct buf *exact, struct buf *folded);

/* Decodes at p (p < end); *n = its length. */
static inline unsigned text_utf8_at(const char *p, const char *end, size_t *n)
{
	if ((unsigned char)*p < 0x80) {
		*n = 1;
		return (unsigned char)*p;
	}
	unsigned cp;
	*n = text_utf8_decode(p, (size_t)(end - p), &cp);
	return cp;
}
/* The code point ending at p (lo < p); *start = where it begins. */
unsigned text_utf8_before(const char *lo, const char *p, const char **start);

/* ---- cite_words.c ------------------------------------------------------------ */

static inline int cite_is_digit(char c)
{
	return c >= '0' && c <= '9';
}
/* Soft space at p: blanks, line breaks, U+00A0, and the '*', '|', '_' of
 * tvpl Markdown; *n = its length. */
int cite_soft_at(const char *p, const char *end, size_t *n);
const char *cite_skip_soft(const char *p, const char *end);
const char *cite_skip_soft_back(const char *lo, const char *p);
const char *cite_skip_gap(const char *p, const char *end);
const char *cite_dash_at(const char *p, const char *end);
const char *cite_slash_at(const char *p, const char *end);
const char *cite_sep(const char *p, const char *end, char ch);
const char *cite_sep_tight(const char *p, const char *end, char ch);
const char *cite_match_word(const char *p, const char *end, const char *name, int marks);
const char *cite_match_name(const char *p, const char *end, const char *name);
size_t cite_fold_ascii(const char *s, const char *end, char *out, size_t cap);
const char *cite_word_start_back(const char *lo, const char *p);
int cite_capital_at(const char *p, const char *end);
/* Vietnamese words for dates.c: the length of the word at s if, case- and
 * mark-blind, it is ascii_word ("thang" matches "tháng", "THÁNG", NFD
 * "tha\u0301ng") and ends there; else 0. */
size_t text_vn_word(const char *s, size_t len, const char *ascii_word);

/* ---- cite_number.c ------------------------------------------------------------ */

/* The folded type names, so that the check run at every digit costs a few
 * short compares: built once (cite_names_get), then only read, by every
 * thread. */
#define CITE_MAX_TYPE_NAMES 96
struct cite_names {
	size_t n;
	struct {
		char folded[40];   /* "quy dinh" */
		const char *last;  /* its last word */
		const char *name;  /* static: "Quy định" */
		int type;          /* row in cite_tab_types, -1 for "Luật" */
		unsigned scope;
		int is_code;       /* a bare code written as a word: "NĐ 89/2021" */
	} v[CITE_MAX_TYPE_NAMES];
};

/* Types whose numbers carry no type code (a law is 84/2015/QH13), so the
 * type tables do not hold them: names read before a number when cited,
 * and as a type heading ("HIẾN PHÁP") in any case. */
struct cite_uncoded {
	const char *name;
	int cited;
	const char *body; /* the issuer code the type implies (a Luật: QH); "" none */
	const char *folded; /* name as text_fold_key folds it, by the build; NULL: at run time */
	int force;          /* legal force, as cite_type_row's */
};
/* The rows of corpus/doctypes.tsv without a code (cite_tables.c): the number
 * grammar, the type heading, filters and facets all read these. */
extern const struct cite_uncoded cite_tab_uncoded[];
extern const size_t cite_tab_n_uncoded;
/* cite_type_name_for, for a line already folded by text_fold_key. */
const char *cite_type_name_for_key(const char *key);

enum { CITE_WANT_TYPE = 1, CITE_WANT_ISSUER = 2 };

struct cite_code {
	const char *end;
	char text[44];  /* the table's spelling, or upper case, plus term digits */
	int iss, typ;   /* rows, -1 when the tables do not know it */
	int digits;     /* term digits follow the letters: QH14, HĐND17 */
	int glued;      /* cut before a lower-case word it was glued to */
};

struct cite_parsed {
	struct cite_number num;
	int iss_row;  /* first issuer's row, -1 if unknown */
	int typ_row;
	int issuers;  /* how many issuers the chain names (TTLT-BTC-BNV: 2) */
	int glued;    /* the last code was cut from a word glued to it */
};

/* A fixed buffer that notes, rather than overruns, what does not fit. */
struct cite_out {
	char *p;
	size_t n, cap;
	int overflow;
};
void cite_out_add(struct cite_out *o, const char *s, size_t n);
void cite_out_adds(struct cite_out *o, const char *s);

const char *cite_type_row_name(int row, enum cite_kind kind);
int cite_single_name(const char *names);
const struct cite_names *cite_names_get(void);
int cite_type_name_before(const struct cite_names *nm, const char *lo, const char *q,
			  const char **start);
int cite_read_code(const char *p, const char *end, int want, int lenient, struct cite_code *c);
int cite_year_at(const char *p, const char *end, int *year);
void cite_set_field(char *dst, size_t cap, const char *src);
const char *cite_parse_number(const char *p, const char *end, int lenient, struct cite_parsed *pp);

/* ---- cite_context.c ----------------------------------------------------------- */

/* One scan of a text: its bounds and its type names. */
struct cite_reader {
	const char *lo, *end;
	const struct cite_names *nm;
};

void cite_copy_clean(char *dst, size_t cap, const char *src, const char *end);
int cite_next_word(const char *p, const char *end, const char **ws, const char **we);
const char *cite_read_locality(const char *p, const char *end);
/* Where a place ("tỉnh Cao Bằng") runs to the end e of s: its locality word,
 * or NULL; *place (if not NULL) at the place's name, NULL when it has none
 * ("Sở Tài chính tỉnh"). */
/* What a place's name follows, with their marks (the place "Hà Tĩnh" is
 * not the word "tỉnh"): a province and a city first, the short "tp" last. */
extern const char *const cite_localities[];
extern const size_t cite_n_localities;
const char *cite_locality_at_end(const char *s, const char *e, const char **place);
/* A body's name ending in its place writes the locality word in lower case,
 * as letterheads are read ("Thuế Tỉnh Tây Ninh" → "Thuế tỉnh Tây Ninh");
 * name[0..len) is changed in place. A city's ("Thành phố Hồ Chí Minh", as
 * the texts write it) only with city_too, and then with or without a place
 * named after it. */
void cite_lower_locality(char *name, size_t len, int city_too);
/* An official's title that signs for a body ("Bộ trưởng", "Cục trưởng",
 * "Chủ tịch"): where it ends, or NULL. (cite_context.c) */
const char *cite_official_title(const char *p, const char *end);
const char *cite_table_body(const char *p, const char *end, const char **name, size_t *name_len);
void cite_read_after(const struct cite_reader *sc, const char *p, struct cite_mention *m);
const char *cite_law_name_before(const struct cite_reader *sc, const char *q, char *out,
				 size_t cap);
void cite_sentence_bounds(const char *lo, const char *end, const char *s, const char *e,
			  struct cite_mention *m);

/* ---- cite_letterhead.c -------------------------------------------------------- */

enum { CITE_LH_NONE, CITE_LH_SO, CITE_LH_TVPL };

/* The first occurrence of needle in [p, end), or NULL (memmem is not POSIX). */
const char *cite_find_bytes(const char *p, const char *end, const char *needle);
int cite_letterhead_at(const struct cite_reader *sc, const char *d, const char **so_word);
/* 1 and m filled when the number at [d, e) stands in a letterhead's
 * structure (m->letterhead: CITE_OWN_TEXT and the CITE_UNSURE_* bits),
 * *own_end where the letterhead's heading and title end; else 0 and m as
 * it was. */
int cite_read_letterhead(const struct cite_reader *sc, const char *so_word, const char *d,
			 const char *e, struct cite_mention *m, const char **own_end);
void cite_read_tvpl(const struct cite_reader *sc, const char *d, const char *e,
		    struct cite_mention *m);

/* ---- tone.c: the vowel clusters (tone placement, text_syllable_valid) --- */

/* The vowel clusters of standard orthography (the older tone-free "oo" and
 * "uơ" included) and whether a coda may (BOTH), must (CLOSED) or may not
 * (OPEN) follow. */
enum { TEXT_CLUSTER_OPEN = 1, TEXT_CLUSTER_CLOSED = 2, TEXT_CLUSTER_BOTH = 3 };
struct text_vowel_cluster {
	const char *cluster;
	int allows;
};
extern const struct text_vowel_cluster text_vowel_clusters[];
extern const size_t text_n_vowel_clusters;

/* ---- propercase.c: the proper names a subject in capitals keeps ----------- */

/* corpus/propernames.tsv and the bodies of corpus/issuers.tsv, compiled into
 * text/proper_names.c by scripts/gen-proper-names.sh: listed 1 for the first
 * table, 0 for an issuer's name (kept only with two capitalised words or
 * more). Ends with { NULL, 0 }. */
struct text_proper_name {
	const char *name;
	int listed;
};
extern const struct text_proper_name text_proper_names[];

/* ---- relations.c ----------------------------------------------------------- */

/* Whether the folded word w[0..len) ends a regulation type's name ("tu" of
 * Thông tư, "dinh" of Nghị định): "<type> này" is the text itself. */
int text_type_last_word(const char *w, size_t len);

#endif
