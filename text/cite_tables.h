/* cite_tables.h — private to text/: the issuer and type tables that
 * scripts/gen-cite-tables.sh compiles from corpus/issuers.tsv and
 * corpus/doctypes.tsv into cite_tables.c, and the letter helpers that
 * dates.c shares with citation.c. */
#ifndef TRACUU_CITE_TABLES_H
#define TRACUU_CITE_TABLES_H

#include <stddef.h>

enum cite_tab_kind {
	CITE_TAB_PARTY,
	CITE_TAB_STATE,
	CITE_TAB_LAW, /* NUM/YYYY/CODE<term> is a law or a resolution of this body */
};

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
};

struct cite_type_row {
	const char *code, *upper, *folded;
	const char *state_name; /* "" when the State has no such type */
	const char *party_name; /* the Party's default name; "" when not a Party type */
	int short_refs;         /* cited by type and number alone: "Nghị định 89" */
};

/* Every name that may stand before a number of a type ("Quy định số 57-QĐ/TW"),
 * each its own string so a mention can point at it. */
enum { CITE_TAB_IN_STATE = 1, CITE_TAB_IN_PARTY = 2 };
struct cite_type_name_row {
	const char *name;
	unsigned short type;  /* index into cite_tab_types */
	unsigned char scope;  /* CITE_TAB_IN_STATE | CITE_TAB_IN_PARTY */
};

extern const struct cite_issuer_row cite_tab_issuers[];
extern const size_t cite_tab_n_issuers;
extern const struct cite_type_row cite_tab_types[];
extern const size_t cite_tab_n_types;
extern const struct cite_type_name_row cite_tab_type_names[];
extern const size_t cite_tab_n_type_names;

/* Vietnamese letters without ICU, for the hot paths (citation.c). */
int text_vn_is_letter(unsigned cp);   /* letters, and combining marks (NFD text) */
unsigned text_vn_fold(unsigned cp);   /* 'a'..'z' for a letter (đ -> 'd'), 0 for a combining mark, else cp */
/* Length of the word at s if, case- and mark-blind, it is ascii_word
 * ("thang" matches "tháng", "THÁNG", NFD "tha\u0301ng") and ends there; else 0. */
size_t text_vn_word(const char *s, size_t len, const char *ascii_word);

#endif
