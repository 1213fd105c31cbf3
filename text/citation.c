/* citation.c — document numbers (số hiệu), short references and what their context says. */
#include <string.h>

#include "text/cite_tables.h"
#include "text/text.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* ---- letters ---------------------------------------------------------------
 * The scanner runs over every ingested byte, so Vietnamese letters are read
 * from two small tables instead of ICU: the base letter of U+00C0..U+01B0
 * (Latin-1 and Extended-A, with ơ and ư) and of U+1EA0..U+1EF9 (the
 * tone-marked vowels). U+00D0 (Eth) stands in for Đ in legacy conversions. */
static const char fold_lat[] =
	"aaaaaa ceeeeiiiidnooooo  uuuuy  aaaaaa ceeeeiiiidnooooo  uuuuy y"
	"aaaaaaccccccccddddeeeeeeeeeegggggggghh  iiiiiiiii   jjkk llllll "
	"   nnnnnn   oooooo  rrrrrrsssssssstttt  uuuuuuuuuuuuwwyyyzzzzzz "
	"                                oo             uu";
static const char fold_viet[] =
	"aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy";

static int is_mark(unsigned cp)
{
	return cp >= 0x300 && cp <= 0x36F;
}

unsigned text_vn_fold(unsigned cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	if (cp >= 0xC0 && cp <= 0x1B0 && fold_lat[cp - 0xC0] != ' ')
		return (unsigned char)fold_lat[cp - 0xC0];
	if (cp >= 0x1EA0 && cp <= 0x1EF9)
		return (unsigned char)fold_viet[cp - 0x1EA0];
	if (is_mark(cp))
		return 0;
	return cp;
}

int text_vn_is_letter(unsigned cp)
{
	if (cp < 0x80)
		return (cp | 32) >= 'a' && (cp | 32) <= 'z';
	unsigned f = text_vn_fold(cp);
	return f == 0 || (f != cp && f >= 'a' && f <= 'z');
}

static int is_upper(unsigned cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp >= 0xC0 && cp <= 0xDE)
		return cp != 0xD7;
	if (cp >= 0x1EA0 && cp <= 0x1EF9)
		return cp % 2 == 0;
	return cp == 0x102 || cp == 0x110 || cp == 0x128 || cp == 0x168 || cp == 0x1A0 ||
	       cp == 0x1AF;
}

static int is_lower(unsigned cp)
{
	return text_vn_is_letter(cp) && !is_mark(cp) && !is_upper(cp);
}

static unsigned to_lower(unsigned cp)
{
	if (!is_upper(cp))
		return cp;
	if (cp < 0x80 || cp <= 0xDE)
		return cp + 32;
	return cp == 0x1AF ? 0x1B0 : cp + 1;
}

static unsigned to_upper(unsigned cp)
{
	if (!is_lower(cp))
		return cp;
	if (cp < 0x80 || (cp >= 0xE0 && cp <= 0xFE))
		return cp - 32;
	if (cp == 0x1B0)
		return 0x1AF;
	if ((cp >= 0x1EA1 && cp <= 0x1EF9) || cp == 0x103 || cp == 0x111 || cp == 0x129 ||
	    cp == 0x169 || cp == 0x1A1)
		return cp - 1;
	return cp;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Decodes at p (p < end); *n = its length. */
static unsigned dec(const char *p, const char *end, size_t *n)
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
static unsigned dec_back(const char *lo, const char *p, const char **start)
{
	const char *s = p - 1;
	while (s > lo && p - s < 4 && ((unsigned char)*s & 0xC0) == 0x80)
		s--;
	size_t n;
	unsigned cp = dec(s, p, &n);
	if (s + n != p) {
		s = p - 1;
		cp = 0xFFFD;
	}
	*start = s;
	return cp;
}

static size_t put_cp(char *o, unsigned cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	o[0] = (char)(0xE0 | (cp >> 12));
	o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[2] = (char)(0x80 | (cp & 0x3F));
	return 3;
}

static int is_word_cp(unsigned cp)
{
	return (cp < 0x80 && is_digit((char)cp)) || text_vn_is_letter(cp);
}

/* ---- spacing ---------------------------------------------------------------
 * Hard wraps, table pipes and bold markers fall between any two words of the
 * tvpl Markdown ("Thông tư số\n|\n219/2013/TT-BTC"), so context reading treats
 * them as space. Inside a number only real space and one line break count. */
static int soft_at(const char *p, const char *end, size_t *n)
{
	unsigned char c = (unsigned char)*p;
	*n = 1;
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '*' || c == '|' || c == '_')
		return 1;
	if (c == 0xC2 && p + 1 < end && (unsigned char)p[1] == 0xA0) {
		*n = 2;
		return 1;
	}
	return 0;
}

static const char *skip_soft(const char *p, const char *end)
{
	size_t n;
	while (p < end && soft_at(p, end, &n))
		p += n;
	return p;
}

static const char *skip_soft_back(const char *lo, const char *p)
{
	for (;;) {
		if (p > lo && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n' || p[-1] == '\r' ||
			       p[-1] == '*' || p[-1] == '|' || p[-1] == '_' || p[-1] == '#'))
			p--;
		else if (p - lo >= 2 && (unsigned char)p[-2] == 0xC2 && (unsigned char)p[-1] == 0xA0)
			p -= 2;
		else
			return p;
	}
}

/* Space inside a number: "57 - QĐ/TW", "87 /2025", "QĐ-\nUBND". */
static const char *skip_gap(const char *p, const char *end)
{
	int lines = 0;
	const char *start = p;
	while (p < end && p - start < 8) {
		if (*p == ' ' || *p == '\t' || *p == '\r')
			p++;
		else if (*p == '\n' && !lines)
			p++, lines++;
		else if ((unsigned char)*p == 0xC2 && p + 1 < end && (unsigned char)p[1] == 0xA0)
			p += 2;
		else
			break;
	}
	return p;
}

/* A hyphen as typed: '-', Markdown's "\-", and the Unicode dashes. */
static const char *dash_at(const char *p, const char *end)
{
	if (p < end && *p == '-')
		return p + 1;
	if (p + 1 < end && p[0] == '\\' && p[1] == '-')
		return p + 2;
	if (p + 2 < end && (unsigned char)p[0] == 0xE2) {
		unsigned char b1 = (unsigned char)p[1], b2 = (unsigned char)p[2];
		if ((b1 == 0x80 && b2 >= 0x90 && b2 <= 0x94) || (b1 == 0x88 && b2 == 0x92))
			return p + 3;
	}
	return NULL;
}

static const char *slash_at(const char *p, const char *end)
{
	if (p < end && *p == '/')
		return p + 1;
	if (p + 1 < end && p[0] == '\\' && p[1] == '/')
		return p + 2;
	return NULL;
}

/* The separator ch with the space around it that real text puts there. */
static const char *sep(const char *p, const char *end, char ch)
{
	p = skip_gap(p, end);
	p = ch == '-' ? dash_at(p, end) : slash_at(p, end);
	return p ? skip_gap(p, end) : NULL;
}

/* Between parts of one issuer chain ("TTLT-BTC-BNV", "NQ-\nHĐND") no space
 * before the dash: "TT-BTC - Bộ Tài chính" ends at BTC. */
static const char *sep_tight(const char *p, const char *end, char ch)
{
	p = ch == '-' ? dash_at(p, end) : slash_at(p, end);
	if (!p)
		return NULL;
	const char *q = p;
	while (q < end && (*q == ' ' || *q == '\r'))
		q++;
	return q < end && *q == '\n' ? q + 1 : p;
}

/* ---- case- and mark-blind matching ----------------------------------------- */

/* If the text at p spells name (case-blind, and mark-blind unless marks;
 * a space in name matches any run of soft space, and at least one), returns
 * where the match ends, at a word boundary; else NULL. */
static const char *match_word(const char *p, const char *end, const char *name, int marks)
{
	const char *ne = name + strlen(name);
	while (name < ne) {
		if (*name == ' ') {
			const char *q = skip_soft(p, end);
			if (q == p)
				return NULL;
			p = q;
			while (name < ne && *name == ' ')
				name++;
			continue;
		}
		size_t nn, tn;
		unsigned nc = dec(name, ne, &nn);
		name += nn;
		unsigned nf = marks ? to_lower(nc) : text_vn_fold(nc);
		if (nf == 0)
			continue;
		unsigned tf;
		do {
			if (p >= end)
				return NULL;
			unsigned tc = dec(p, end, &tn);
			tf = marks ? to_lower(tc) : text_vn_fold(tc);
			p += tn;
		} while (tf == 0);
		if (tf != nf)
			return NULL;
	}
	size_t n;
	while (p < end && is_mark(dec(p, end, &n)))
		p += n;
	if (p < end && is_word_cp(dec(p, end, &n)))
		return NULL;
	return p;
}

static const char *match_name(const char *p, const char *end, const char *name)
{
	return match_word(p, end, name, 0);
}

size_t text_vn_word(const char *s, size_t len, const char *ascii_word)
{
	const char *e = match_name(s, s + len, ascii_word);
	return e ? (size_t)(e - s) : 0;
}

/* Folds s[0..len) to lower-case ASCII without marks, soft space as one
 * space; returns the length written (out holds cap - 1 bytes and a NUL). */
static size_t fold_ascii(const char *s, const char *end, char *out, size_t cap)
{
	size_t o = 0;
	int space = 0;
	while (s < end && o + 1 < cap) {
		size_t n;
		if (soft_at(s, end, &n)) {
			space = o > 0;
			s += n;
			continue;
		}
		unsigned f = text_vn_fold(dec(s, end, &n));
		s += n;
		if (f == 0)
			continue;
		if (space && o + 2 < cap)
			out[o++] = ' ';
		space = 0;
		out[o++] = f < 0x80 ? (char)f : '?';
	}
	out[o] = '\0';
	return o;
}

/* The start of the word that ends at p (letters and marks), or p. */
static const char *word_start_back(const char *lo, const char *p)
{
	while (p > lo) {
		const char *s;
		unsigned cp = dec_back(lo, p, &s);
		if (!text_vn_is_letter(cp))
			break;
		p = s;
	}
	return p;
}

/* ---- the tables ------------------------------------------------------------- */

enum { TAB_ISSUER, TAB_TYPE };

/* Row of code up[0..n) (ASCII upper, Đ kept): as spelled, then mark-blind
 * when the writer typed no Đ at all ("QD" -> QĐ, "DU" -> ĐU). */
static int find_code(int table, const char *up, size_t n)
{
	size_t rows = table == TAB_ISSUER ? cite_tab_n_issuers : cite_tab_n_types;
	for (int pass = 0; pass < 2; pass++) {
		if (pass == 1 && memchr(up, 0xC4, n))
			break;
		for (size_t i = 0; i < rows; i++) {
			const char *key;
			if (table == TAB_ISSUER)
				key = pass ? cite_tab_issuers[i].folded : cite_tab_issuers[i].upper;
			else
				key = pass ? cite_tab_types[i].folded : cite_tab_types[i].upper;
			if (strlen(key) == n && memcmp(key, up, n) == 0)
				return (int)i;
		}
	}
	return -1;
}

/* Upper-cases a code typed in any case ("qđ", "tTg"); non-ASCII other than
 * đ is copied. Returns the length, 0 if it does not fit. */
static size_t code_upper(const char *s, size_t n, char *out, size_t cap)
{
	if (n >= cap)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		out[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
		if ((unsigned char)c == 0x91 && i > 0 && (unsigned char)s[i - 1] == 0xC4)
			out[i] = (char)0x90;
	}
	out[n] = '\0';
	return n;
}

static int single_name(const char *names)
{
	return names[0] && !strchr(names, '|');
}

const char *cite_issuer_name(const char *issuer_code)
{
	if (!issuer_code)
		return NULL;
	char up[48];
	size_t n = strlen(issuer_code);
	/* Term digits name the legislature, not another body: QH14 is QH. */
	while (n > 0 && is_digit(issuer_code[n - 1]))
		n--;
	if (!n || !code_upper(issuer_code, n, up, sizeof up))
		return NULL;
	int row = find_code(TAB_ISSUER, up, n);
	if (row < 0 || !single_name(cite_tab_issuers[row].names))
		return NULL;
	return cite_tab_issuers[row].names;
}

static const char *type_row_name(int row, enum cite_kind kind)
{
	const struct cite_type_row *t = &cite_tab_types[row];
	if (kind == CITE_PARTY && t->party_name[0])
		return t->party_name;
	return t->state_name[0] ? t->state_name : t->party_name;
}

const char *cite_type_name(const char *type_code, enum cite_kind kind)
{
	if (!type_code || !type_code[0])
		return NULL;
	char up[24];
	size_t n = code_upper(type_code, strlen(type_code), up, sizeof up);
	if (!n)
		return NULL;
	int row = find_code(TAB_TYPE, up, n);
	return row < 0 ? NULL : type_row_name(row, kind);
}

/* The folded type names, built once per scan on the stack so that the
 * check run at every digit costs a few short compares and no global state. */
#define MAX_TYPE_NAMES 96
struct names {
	size_t n;
	struct {
		char folded[40];   /* "quy dinh" */
		const char *last;  /* its last word */
		const char *name;  /* static: "Quy định" */
		int type;          /* row in cite_tab_types, -1 for "Luật" */
		unsigned scope;
		int is_code;       /* a bare code written as a word: "NĐ 89/2021" */
	} v[MAX_TYPE_NAMES];
};

/* Codes that stand for their type in short references ("NĐ 89/2021"). */
static const char *const short_codes[] = { "NĐ", "NQ", "QĐ", "TT", "CT", "KL", "TTLT" };

static void names_add(struct names *nm, const char *name, int type, unsigned scope, int is_code)
{
	if (nm->n == MAX_TYPE_NAMES)
		return;
	size_t i = nm->n++;
	fold_ascii(name, name + strlen(name), nm->v[i].folded, sizeof nm->v[i].folded);
	const char *sp = strrchr(nm->v[i].folded, ' ');
	nm->v[i].last = sp ? sp + 1 : nm->v[i].folded;
	nm->v[i].name = name;
	nm->v[i].type = type;
	nm->v[i].scope = scope;
	nm->v[i].is_code = is_code;
}

static void names_init(struct names *nm)
{
	nm->n = 0;
	for (size_t i = 0; i < cite_tab_n_type_names; i++)
		names_add(nm, cite_tab_type_names[i].name, cite_tab_type_names[i].type,
			  cite_tab_type_names[i].scope, 0);
	names_add(nm, "Luật", -1, CITE_TAB_IN_STATE, 0);
	names_add(nm, "Bộ luật", -1, CITE_TAB_IN_STATE, 0);
	for (size_t i = 0; i < N_ELEMS(short_codes); i++) {
		char up[16];
		size_t n = code_upper(short_codes[i], strlen(short_codes[i]), up, sizeof up);
		int row = find_code(TAB_TYPE, up, n);
		if (row >= 0)
			names_add(nm, cite_tab_types[row].code, row, CITE_TAB_IN_STATE | CITE_TAB_IN_PARTY,
				  1);
	}
}

/* The longest type name that ends exactly at q (after skipping nothing):
 * tries the word starts of up to four words back. *start = where it begins. */
static int type_name_before(const struct names *nm, const char *lo, const char *q,
			    const char **start)
{
	const char *ws = word_start_back(lo, q);
	if (ws == q)
		return -1;
	char last[24];
	fold_ascii(ws, q, last, sizeof last);
	size_t i0 = 0;
	while (i0 < nm->n && strcmp(nm->v[i0].last, last) != 0)
		i0++;
	if (i0 == nm->n)
		return -1; /* the usual case: "Điều 5", "khoản 2", "ngày 8" */
	const char *starts[4];
	int nstarts = 0;
	const char *p = ws;
	starts[nstarts++] = p;
	while (nstarts < 4) {
		const char *b = skip_soft_back(lo, p);
		if (b == p)
			break;
		const char *w = word_start_back(lo, b);
		if (w == b)
			break;
		starts[nstarts++] = p = w;
	}
	int best = -1;
	const char *best_start = q;
	for (size_t i = i0; i < nm->n; i++) {
		if (strcmp(nm->v[i].last, last) != 0)
			continue;
		for (int k = nstarts - 1; k >= 0; k--) {
			if (starts[k] >= best_start)
				break;
			if (match_name(starts[k], q, nm->v[i].name) == q) {
				if (nm->v[i].is_code && memcmp(starts[k], nm->v[i].name,
							       strlen(nm->v[i].name)) != 0)
					continue; /* codes count only in capitals */
				best = (int)i;
				best_start = starts[k];
				break;
			}
		}
	}
	*start = best_start;
	return best;
}

/* ---- codes -------------------------------------------------------------------- */

enum { WANT_TYPE = 1, WANT_ISSUER = 2 };

struct code {
	const char *end;
	char text[44];  /* the table's spelling, or upper case, plus term digits */
	int iss, typ;   /* rows, -1 when the tables do not know it */
	int digits;     /* term digits follow the letters: QH14, HĐND17 */
	int glued;      /* cut before a lower-case word it was glued to */
};

static void code_lookup(struct code *c, const char *up, size_t n, int want)
{
	c->iss = (want & WANT_ISSUER) ? find_code(TAB_ISSUER, up, n) : -1;
	c->typ = (want & WANT_TYPE) ? find_code(TAB_TYPE, up, n) : -1;
}

/* Reads a code: letters (ASCII, Đ), then up to three term digits. A code the
 * tables know may be typed in any case and without marks; an unknown one must
 * be in capitals, unless lenient (what a user typed). A known code glued to a
 * lower-case word ("NĐ-Cpngày", "TT-BGDĐTsẽ") is cut where the word starts. */
static int read_code(const char *p, const char *end, int want, int lenient, struct code *c)
{
	char up[44];
	const char *cut[44]; /* text position after each byte of up */
	size_t n = 0;
	int lower = 0, other = 0;
	const char *q = p;
	while (q < end) {
		size_t len;
		unsigned cp = dec(q, end, &len);
		if (!text_vn_is_letter(cp))
			break;
		if (n + 2 >= sizeof up)
			return 0;
		if (cp < 0x80) {
			lower |= cp >= 'a';
			up[n] = (char)(cp >= 'a' ? cp - 32 : cp);
			cut[n++] = q + 1;
		} else if (cp == 0x110 || cp == 0x111) {
			lower |= cp == 0x111;
			up[n] = (char)0xC4;
			cut[n++] = q; /* inside Đ: never a place to cut */
			up[n] = (char)0x90;
			cut[n++] = q + 2;
		} else {
			other = 1;
			break;
		}
		q += len;
	}
	if (n == 0)
		return 0;
	const char *letters_end = q;
	size_t letters = n;
	c->digits = 0;
	c->glued = 0;
	if (!other) {
		while (q < end && is_digit(*q) && c->digits < 3)
			q++, c->digits++;
		if (q < end && is_digit(*q))
			return 0;
	}
	if (!other && (q >= end || !text_vn_is_letter(dec(q, end, &(size_t){ 0 })))) {
		code_lookup(c, up, letters, want);
		int known = c->iss >= 0 || c->typ >= 0;
		/* Digits after a body that has no terms are a footnote mark
		 * ("66-NQ/TW1"): the code ends before them. */
		if (c->digits && c->iss >= 0 && !cite_tab_issuers[c->iss].terms && c->typ < 0) {
			q = letters_end;
			c->digits = 0;
			c->glued = 1;
		}
		if (known || !lower || lenient) {
			size_t o = 0;
			const char *spelled = NULL;
			if (known)
				spelled = c->typ >= 0 ? cite_tab_types[c->typ].code
						      : cite_tab_issuers[c->iss].code;
			if (spelled) {
				o = strlen(spelled);
				memcpy(c->text, spelled, o);
			} else {
				memcpy(c->text, up, letters);
				o = letters;
			}
			memcpy(c->text + o, letters_end, (size_t)c->digits);
			c->text[o + (size_t)c->digits] = '\0';
			c->end = q;
			return 1;
		}
	}
	/* Glued: the longest known prefix followed by a lower-case letter. */
	for (size_t k = letters + 1; k-- > 1;) {
		const char *at = cut[k - 1];
		if ((unsigned char)up[k - 1] == 0xC4)
			continue;
		size_t len;
		if (at >= end || !is_lower(dec(at, end, &len)))
			continue;
		code_lookup(c, up, k, want);
		if (c->iss < 0 && c->typ < 0)
			continue;
		const char *spelled = c->typ >= 0 && (want & WANT_TYPE) ? cite_tab_types[c->typ].code
									: cite_tab_issuers[c->iss].code;
		strcpy(c->text, spelled);
		c->digits = 0;
		c->glued = 1;
		c->end = at;
		return 1;
	}
	return 0;
}

/* ---- the grammar ----------------------------------------------------------- */

static int capital_at(const char *p, const char *end);

struct parsed {
	struct cite_number num;
	int iss_row;  /* first issuer's row, -1 if unknown */
	int typ_row;
	int issuers;  /* how many issuers the chain names (TTLT-BTC-BNV: 2) */
	int glued;    /* the last code was cut from a word glued to it */
};

struct out {
	char *p;
	size_t n, cap;
	int overflow;
};

static void out_add(struct out *o, const char *s, size_t n)
{
	if (o->n + n + 1 > o->cap) {
		o->overflow = 1;
		return;
	}
	memcpy(o->p + o->n, s, n);
	o->n += n;
	o->p[o->n] = '\0';
}

static void out_adds(struct out *o, const char *s)
{
	out_add(o, s, strlen(s));
}

/* One code of an issuer chain, appended to o. */
static int chain_code(const char *p, const char *end, int lenient, struct code *c, struct out *o)
{
	if (!read_code(p, end, WANT_ISSUER, lenient, c))
		return 0;
	out_adds(o, c->text);
	struct code d;
	const char *q = c->end;
	/* "V.I" (Vụ I of the Government Office) and "CTTN&BĐG" keep their joins. */
	if (!c->glued && q + 1 < end && (*q == '.' || *q == '&') && capital_at(q + 1, end) &&
	    !is_digit(q[1]) && q[-1] >= 'A' && q[-1] <= 'Z' &&
	    read_code(q + 1, end, WANT_ISSUER, 0, &d) && !d.glued) {
		out_add(o, q, 1);
		out_adds(o, d.text);
		c->end = d.end;
		c->iss = -1;
	}
	return 1;
}

/* ISSUER ('-' CODE)*: the units of a công văn or the bodies of a joint text. */
static const char *issuer_chain(const char *p, const char *end, int lenient, struct parsed *pp,
				struct out *iss)
{
	struct code c;
	if (!chain_code(p, end, lenient, &c, iss))
		return NULL;
	pp->iss_row = c.iss;
	pp->issuers = 1;
	pp->glued = c.glued;
	p = c.end;
	while (!c.glued) {
		const char *q = sep_tight(p, end, '-');
		struct out save = *iss;
		out_adds(iss, "-");
		if (!q || !chain_code(q, end, lenient, &c, iss)) {
			*iss = save;
			iss->p[iss->n] = '\0';
			break;
		}
		pp->issuers++;
		pp->glued = c.glued;
		p = c.end;
	}
	return p;
}

static int year_at(const char *p, const char *end, int *year)
{
	if (end - p < 4 || !is_digit(p[0]) || !is_digit(p[1]) || !is_digit(p[2]) || !is_digit(p[3]))
		return 0;
	if (end - p > 4 && is_digit(p[4]))
		return 0;
	int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
	if (y < 1945 || y > 2099)
		return 0;
	*year = y;
	return 1;
}

/* Copies src into a fixed field, cut at a UTF-8 boundary when too long. */
static void set_field(char *dst, size_t cap, const char *src)
{
	size_t n = strlen(src);
	if (n >= cap) {
		n = cap - 1;
		while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* Parses a number at p (a digit). Returns its end, or NULL. */
static const char *parse_number(const char *p, const char *end, int lenient, struct parsed *pp)
{
	struct cite_number *num = &pp->num;
	memset(pp, 0, sizeof *pp);
	pp->iss_row = pp->typ_row = -1;
	const char *d = p;
	while (p < end && is_digit(*p))
		p++;
	size_t nd = (size_t)(p - d);
	if (nd == 0 || nd > 7)
		return NULL;
	memcpy(num->number, d, nd);
	num->number[nd] = '\0';

	char issbuf[64] = "";
	struct out iss = { issbuf, 0, sizeof issbuf, 0 };
	struct out can = { num->canonical, 0, sizeof num->canonical, 0 };
	struct code a, b;
	const char *q;

	if ((q = sep(p, end, '-')) != NULL) {
		/* PARTY: NUM-TYPE/ISSUER[/SUFFIX] */
		if (!read_code(q, end, WANT_TYPE, lenient, &a) || a.typ < 0 || a.digits)
			return NULL;
		q = sep(a.end, end, '/');
		/* Joint Party texts chain their issuers: 06-HD/BTCTW-BTGTW. */
		if (!q || !(p = issuer_chain(q, end, lenient, pp, &iss)) || iss.overflow)
			return NULL;
		num->kind = CITE_PARTY;
		pp->typ_row = a.typ;
		out_add(&can, d, nd);
		out_adds(&can, "-");
		out_adds(&can, a.text);
		out_adds(&can, "/");
		out_adds(&can, issbuf);
		set_field(num->type, sizeof num->type, a.text);
		set_field(num->issuer, sizeof num->issuer, issbuf);
		struct code s;
		if (!pp->glued && (q = sep_tight(p, end, '/')) != NULL &&
		    read_code(q, end, WANT_ISSUER, 0, &s) && !s.digits && !s.glued) {
			out_adds(&can, "/");
			out_adds(&can, s.text);
			p = s.end;
		}
		return can.overflow ? NULL : p;
	}
	if ((q = sep(p, end, '/')) == NULL)
		return NULL;
	int year;
	if (year_at(q, end, &year)) {
		/* QPPL, LAW, VBHN with a year: NUM/YYYY/… */
		const char *y = q;
		q = sep(q + 4, end, '/');
		if (!q || !read_code(q, end, WANT_TYPE | WANT_ISSUER, lenient, &a))
			return NULL;
		num->year = year;
		out_add(&can, d, nd);
		out_adds(&can, "/");
		out_add(&can, y, 4);
		out_adds(&can, "/");
		const char *r = sep_tight(a.end, end, '-');
		if (a.iss >= 0 && cite_tab_issuers[a.iss].kind == CITE_TAB_LAW && a.typ < 0 &&
		    (!r || !read_code(r, end, WANT_ISSUER, 0, &b))) {
			/* "32/2013/QH 13": the term typed apart. */
			const char *tm = a.end;
			if (!a.digits && tm + 3 < end && *tm == ' ' && is_digit(tm[1]) &&
			    is_digit(tm[2]) && !is_digit(tm[3]) && tm[3] != '/') {
				size_t k = strlen(a.text);
				if (k + 3 <= sizeof a.text) {
					a.text[k] = tm[1];
					a.text[k + 1] = tm[2];
					a.text[k + 2] = '\0';
					a.end = tm + 3;
				}
			}
			num->kind = CITE_LAW;
			pp->iss_row = a.iss;
			pp->issuers = 1;
			out_adds(&can, a.text);
			set_field(num->issuer, sizeof num->issuer, a.text);
			pp->glued = a.glued;
			return can.overflow ? NULL : a.end;
		}
		if (a.typ < 0 || a.digits)
			return NULL;
		r = sep(a.end, end, '-');
		if (!r || !(p = issuer_chain(r, end, lenient, pp, &iss)))
			return NULL;
		pp->typ_row = a.typ;
		num->kind = strcmp(a.text, "VBHN") == 0 ? CITE_VBHN : CITE_QPPL;
		out_adds(&can, a.text);
		out_adds(&can, "-");
		out_adds(&can, issbuf);
		set_field(num->type, sizeof num->type, a.text);
		set_field(num->issuer, sizeof num->issuer, issbuf);
		return can.overflow || iss.overflow ? NULL : p;
	}
	/* ADM, CONG_VAN, VBHN: NUM/A-B */
	if (!read_code(q, end, WANT_TYPE | WANT_ISSUER, lenient, &a))
		return NULL;
	const char *r = sep(a.end, end, '-');
	if (!r || !(p = issuer_chain(r, end, lenient, pp, &iss))) {
		/* "NUM/UBND": a công văn with no unit, only from a body the table knows. */
		if (a.iss < 0 || a.typ >= 0 || a.digits)
			return NULL;
		num->kind = CITE_CONG_VAN;
		pp->iss_row = a.iss;
		pp->issuers = 1;
		out_add(&can, d, nd);
		out_adds(&can, "/");
		out_adds(&can, a.text);
		set_field(num->issuer, sizeof num->issuer, a.text);
		return can.overflow ? NULL : a.end;
	}
	if (iss.overflow)
		return NULL;
	int b_known = pp->iss_row >= 0;
	int a_type = a.typ >= 0 && !a.digits;
	/* 5348/CT-CS: CT is Cục Thuế (a công văn), unless a known body follows
	 * (06/CT-TTg is a Chỉ thị). A code that is only a type is a type. */
	if (a_type && (b_known || a.iss < 0)) {
		pp->typ_row = a.typ;
		const char *tcode = cite_tab_types[a.typ].code;
		set_field(num->type, sizeof num->type, tcode);
		set_field(num->issuer, sizeof num->issuer, issbuf);
		if (strcmp(tcode, "VBHN") == 0) {
			num->kind = CITE_VBHN;
		} else if (b_known && pp->issuers == 1 &&
			   cite_tab_issuers[pp->iss_row].kind == CITE_TAB_PARTY) {
			/* 57/QĐ-TW: the wrong separator; TW only issues Party numbers. */
			num->kind = CITE_PARTY;
			out_add(&can, d, nd);
			out_adds(&can, "-");
			out_adds(&can, tcode);
			out_adds(&can, "/");
			out_adds(&can, issbuf);
			return can.overflow ? NULL : p;
		} else {
			num->kind = CITE_ADM;
		}
		out_add(&can, d, nd);
		out_adds(&can, "/");
		out_adds(&can, tcode);
		out_adds(&can, "-");
		out_adds(&can, issbuf);
		return can.overflow ? NULL : p;
	}
	num->kind = CITE_CONG_VAN;
	pp->typ_row = -1;
	pp->iss_row = a.iss;
	pp->issuers = 1; /* the units after it are the body's own departments */
	set_field(num->issuer, sizeof num->issuer, a.text);
	out_add(&can, d, nd);
	out_adds(&can, "/");
	out_adds(&can, a.text);
	out_adds(&can, "-");
	out_adds(&can, issbuf);
	return can.overflow ? NULL : p;
}

/* ---- where a number may start and end ----------------------------------- */

/* A digit run glued to a letter, a decimal point, a dash or a slash is the
 * middle of something else: QH14, 1.250.000, 2020-2022, 8/2/2022. */
static int anchor_ok(const char *lo, const char *d)
{
	if (d == lo)
		return 1;
	unsigned char c = (unsigned char)d[-1];
	if (c < 0x80) {
		if ((c | 32) >= 'a' && (c | 32) <= 'z')
			return 0;
		/* "Số:57" yes; "QCVN 14:2024/BGTVT", "15:30" and "://" no. */
		if (c == ':')
			return d - lo < 2 || !(is_digit(d[-2]) || d[-2] == '/');
		return !strchr("./,-_=&?#%+\\@~", c);
	}
	const char *s;
	unsigned cp = dec_back(lo, d, &s);
	/* "số57" happens; a dash before digits is a range "2020–2025". */
	return cp != 0x2013 && cp != 0x2014;
}

/* What follows a number or a short reference may not continue it. */
static int end_ok(const char *p, const char *end)
{
	if (p >= end)
		return 1;
	size_t n;
	unsigned cp = dec(p, end, &n);
	if (is_word_cp(cp))
		return 0;
	if ((*p == '.' || *p == ',') && p + 1 < end && is_digit(p[1]))
		return 0;
	return 1;
}

/* Inside a URL every number is part of a path: .../nghi-quyet-57-nq-tw.htm. */
static int in_url(const char *lo, const char *d)
{
	const char *s = d;
	while (s > lo && d - s < 400 && s[-1] != ' ' && s[-1] != '\n' && s[-1] != '\t' &&
	       s[-1] != '(' && s[-1] != '<' && s[-1] != '"' && s[-1] != '[')
		s--;
	for (const char *q = s; q + 3 <= d; q++) {
		if ((q[0] == ':' && q[1] == '/' && q[2] == '/') ||
		    ((q[0] | 32) == 'w' && (q[1] | 32) == 'w' && (q[2] | 32) == 'w' && q + 3 < d &&
		     q[3] == '.'))
			return 1;
		if (q[0] == '.' && (q[1] | 32) == 'v' && (q[2] | 32) == 'n' && q + 3 < d && q[3] == '/')
			return 1;
	}
	return 0;
}

/* "Mẫu số 01/BHYT-QĐ", "mẫu 02/TP-TTTM": a form's code, not a document. */
static int form_before(const char *lo, const char *d)
{
	const char *q = skip_soft_back(lo, d);
	const char *ws = word_start_back(lo, q);
	if (ws < q && match_name(ws, q, "so") == q) {
		q = skip_soft_back(lo, ws);
		ws = word_start_back(lo, q);
	}
	return ws < q && match_name(ws, q, "mau") == q;
}

/* ---- context: dates, bodies, subjects --------------------------------------- */

/* Copies src[0..n) into dst (cap bytes with the NUL), soft space as single
 * spaces, cut at a word (else UTF-8) boundary when too long. */
static void copy_clean(char *dst, size_t cap, const char *src, const char *end)
{
	size_t o = 0;
	int space = 0;
	size_t last_space = 0;
	while (src < end) {
		size_t n;
		if (soft_at(src, end, &n) && *src != '_') {
			space = o > 0;
			src += n;
			continue;
		}
		dec(src, end, &n);
		if (space) {
			if (o + 1 >= cap)
				break;
			last_space = o;
			dst[o++] = ' ';
			space = 0;
		}
		if (o + n >= cap) {
			if (last_space)
				o = last_space;
			break;
		}
		memcpy(dst + o, src, n);
		o += n;
		src += n;
	}
	while (o > 0 && (dst[o - 1] == ' ' || dst[o - 1] == ',' || dst[o - 1] == '-'))
		o--;
	dst[o] = '\0';
}

struct scan {
	const char *lo, *end;
	struct names nm;
};

/* Capitalised as written (a name goes on): "Bắc Ninh", "GD-ĐT", "XII". */
static int capital_at(const char *p, const char *end)
{
	size_t n;
	return p < end && (is_upper(dec(p, end, &n)) || is_digit(*p));
}

/* The next word after soft space: [*ws, *we); letters, digits, '-', '&'
 * inside. Returns 0 at punctuation or the end. */
static int next_word(const char *p, const char *end, const char **ws, const char **we)
{
	p = skip_soft(p, end);
	const char *s = p;
	while (p < end) {
		size_t n;
		unsigned cp = dec(p, end, &n);
		if (is_word_cp(cp) || ((cp == '-' || cp == '&' || cp == '.') && p > s && p + 1 < end &&
				       is_word_cp(dec(p + 1, end, &(size_t){ 0 }))))
			p += n;
		else
			break;
	}
	*ws = s;
	*we = p;
	return p > s;
}

static int word_is(const char *ws, const char *we, const char *ascii)
{
	return match_name(ws, we, ascii) == we;
}

/* "tỉnh Bắc Ninh", "thành phố Hồ Chí Minh", "TP. Huế": the place after an
 * Ủy ban nhân dân or a Sở. Returns the end, or p. */
static const char *read_locality(const char *p, const char *end)
{
	/* With their marks: the place "Hà Tĩnh" is not the word "tỉnh". */
	static const char *const loc[] = { "tỉnh", "thành phố", "tp", "huyện", "quận", "thị xã",
					   "xã", "phường", "đặc khu", "thị trấn" };
	const char *ws = skip_soft(p, end), *q = NULL;
	for (size_t i = 0; i < N_ELEMS(loc) && !q; i++)
		q = match_word(ws, end, loc[i], 1);
	if (!q)
		return p;
	if (q < end && *q == '.')
		q++;
	const char *t = skip_soft(q, end);
	if (!capital_at(t, end) || is_digit(*t))
		return q; /* "UBND tỉnh" with no name: the province of the text */
	/* A capitalised "Ban hành" after the place is the sentence going on. */
	const char *last = q, *s, *e;
	int words = 0;
	while (words < 6 && next_word(last, end, &s, &e) && capital_at(s, end) &&
	       !match_name(s, end, "ban hanh") && !match_name(s, end, "quy dinh") &&
	       !match_name(s, end, "ve viec")) {
		last = e;
		words++;
	}
	return words ? last : p;
}

/* Body names the tables know, longest first; returns the end and sets
 * *name to its primary spelling (copied by the caller). */
static const char *table_body(const char *p, const char *end, const char **name, size_t *name_len)
{
	const char *best = NULL;
	for (size_t i = 0; i < cite_tab_n_issuers; i++) {
		const struct cite_issuer_row *r = &cite_tab_issuers[i];
		for (int list = 0; list < 2; list++) {
			const char *s = list ? r->aliases : r->names;
			while (*s) {
				const char *e = s + strcspn(s, list ? ";" : "|");
				char one[128];
				size_t n = (size_t)(e - s);
				if (n < sizeof one) {
					memcpy(one, s, n);
					one[n] = '\0';
					const char *m = match_name(p, end, one);
					if (m && (!best || m > best)) {
						best = m;
						if (list) {
							*name = r->names;
							*name_len = strcspn(r->names, "|");
						} else {
							*name = s;
							*name_len = n;
						}
					}
				}
				s = *e ? e + 1 : e;
			}
		}
	}
	return best;
}

/* The name goes on while words are capitalised, or one lower-case syllable
 * finishes a capitalised one ("Tài chính", "Chỉ đạo"); "và" joins two
 * capitalised parts ("Giáo dục và Đào tạo"). Returns its end, or p. */
static const char *name_goes_on(const char *p, const char *end, int same_line, int after_head)
{
	/* Lower-case runs that belong to names. */
	static const char *const units[] = { "uy ban nhan dan", "hoi dong nhan dan", "ban chap hanh",
					     "mat tran to quoc", "ban thuong vu" };
	/* Lower-case words that start what is said of the body, never finish
	 * its name: "Thành ủy Cần Thơ thực hiện", "Bộ Tài chính quy định". */
	static const char *const verbs[] = { "thuc", "quy", "ban hanh", "huong", "trien", "yeu",
					     "de", "phe", "giao", "ve", "tai", "trong", "theo", "cho",
					     "voi", "khoa", "da", "duoc", "nham", "nam", "ngay", "so",
					     "la", "co", "va", "tiep", "chu", "can", "ky", "gui",
					     "thong", "to chuc" };
	const char *last = p, *s, *e;
	int lower_run = after_head ? 0 : 2, words = 0;
	while (words < 14 && next_word(last, end, &s, &e)) {
		if (same_line && memchr(last, '\n', (size_t)(s - last)))
			break;
		const char *u = NULL;
		for (size_t i = 0; i < N_ELEMS(units) && !u; i++)
			u = capital_at(s, end) ? match_name(s, end, units[i]) : NULL;
		if (u) {
			last = u;
			lower_run = 0;
			words++;
			continue;
		}
		int verb = 0;
		for (size_t i = 0; i < N_ELEMS(verbs) && !verb; i++)
			verb = match_name(s, end, verbs[i]) != NULL;
		if (capital_at(s, end) && !is_digit(*s)) {
			lower_run = 0;
		} else if ((words || after_head) && !verb && !is_digit(*s) && lower_run < 2) {
			/* One lower-case syllable finishes a capitalised one ("Tài
			 * chính"); a second only when a capitalised word follows
			 * ("Tổ giúp việc Ban Chỉ đạo…"). */
			const char *s2, *e2;
			if (lower_run == 1 &&
			    (!next_word(e, end, &s2, &e2) || !capital_at(s2, end) || is_digit(*s2)))
				break;
			lower_run++;
		} else if (words && word_is(s, e, "va")) {
			const char *s2, *e2;
			if (!next_word(e, end, &s2, &e2) || !capital_at(s2, end))
				break;
			lower_run = 1;
		} else {
			break;
		}
		last = e;
		words++;
	}
	return last;
}

/* A body named in running text after "của": the table's names first
 * ("Ban Bí thư", "UBND" + place), else a capitalised run after a head word
 * ("Ban Chỉ đạo Trung ương…"), or a plenum "Hội nghị Trung ương 7 (khóa XII)".
 * Writes the name to out and returns where it ends, or NULL. */
static const char *read_body(const char *p, const char *end, char *out, size_t cap)
{
	static const char *const titles[] = { "bo truong", "chu tich", "thong doc", "tong giam doc",
					      "truong", "giam doc", "chu nhiem", "tong kiem toan" };
	static const char *const heads[] = { "bo", "ban", "so", "cuc", "tong cuc", "van phong",
					     "uy ban", "hoi dong", "ngan hang", "toa an", "vien",
					     "kiem toan", "thanh tra", "dang uy", "dang doan",
					     "tinh uy", "thanh uy", "huyen uy", "hoc vien",
					     "bao hiem", "kho bac", "chi cuc", "lien doan",
					     "mat tran", "quan uy", "thue" };
	p = skip_soft(p, end);
	/* The plenum: "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII",
	 * "Hội nghị Trung ương 7 (khóa XII)". */
	const char *q = match_name(p, end, "hoi nghi");
	if (q && capital_at(p, end)) {
		const char *last = q, *s, *e;
		int tw = 0;
		for (int words = 0; words < 14; words++) {
			const char *t = skip_soft(last, end);
			int paren = t < end && *t == '(';
			if (!next_word(paren ? t + 1 : t, end, &s, &e))
				break;
			if (word_is(s, e, "khoa") || word_is(s, e, "khoá")) {
				const char *rs, *re;
				if (next_word(e, end, &rs, &re) && capital_at(rs, end)) {
					last = re;
					if (paren && last < end && *last == ')')
						last++;
				}
				break;
			}
			if (paren || word_is(s, e, "ve") || word_is(s, e, "da") ||
			    word_is(s, e, "ngay") || word_is(s, e, "thong"))
				break;
			if (word_is(s, e, "uong"))
				tw = 1;
			last = e;
		}
		if (!tw)
			return NULL;
		copy_clean(out, cap, p, last);
		return last;
	}
	/* "của liên Bộ Quốc phòng, Bộ Y tế …": the first body. */
	const char *lien = match_name(p, end, "lien");
	if (lien && !capital_at(p, end) && capital_at(skip_soft(lien, end), end))
		p = skip_soft(lien, end);
	/* Titles sign for their body: "của Bộ trưởng Bộ Tài chính" is the Bộ,
	 * and so is "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ". */
	for (int round = 0; round < 2; round++) {
		const char *t = NULL;
		for (size_t i = 0; i < N_ELEMS(titles) && !t; i++)
			t = match_name(p, end, titles[i]);
		if (!t)
			break;
		const char *b = skip_soft(t, end);
		while (b < end && *b == ',')
			b = skip_soft(b + 1, end);
		if (!capital_at(b, end))
			break;
		p = b;
	}
	const char *name;
	size_t name_len;
	const char *e = table_body(p, end, &name, &name_len);
	if (e && capital_at(p, end)) {
		struct out o = { out, 0, cap, 0 };
		out[0] = '\0';
		out_add(&o, name, name_len);
		const char *l = read_locality(e, end);
		if (l == e)
			l = name_goes_on(e, end, 1, 0); /* "Ban Chỉ đạo Quốc gia", "Thành ủy Cần Thơ" */
		if (l != e) {
			char more[80];
			copy_clean(more, sizeof more, skip_soft(e, end), l);
			out_adds(&o, " ");
			out_adds(&o, more);
			e = l;
		}
		if (o.overflow)
			copy_clean(out, cap, p, e);
		return e;
	}
	if (!capital_at(p, end))
		return NULL;
	const char *ws, *we;
	if (!next_word(p, end, &ws, &we))
		return NULL;
	/* "Tổ giúp việc" with its marks: "Tô Lâm" is a person. */
	const char *head = match_word(p, end, "tổ", 1);
	for (size_t i = 0; i < N_ELEMS(heads) && !head; i++)
		head = match_name(p, end, heads[i]);
	if (!head)
		return NULL;
	const char *last = name_goes_on(head, end, 0, 1);
	if (last == head)
		return NULL;
	last = read_locality(last, end);
	copy_clean(out, cap, p, last);
	return last;
}

/* A body, or two joined by "và" ("của Ban Tổ chức Trung ương và Ban Tuyên
 * giáo Trung ương"); the name is written to out. */
static const char *body_of(const char *p, const char *end, char *out, size_t cap)
{
	const char *e = read_body(p, end, out, cap);
	if (!e)
		return NULL;
	/* "của liên Bộ Quốc phòng, Bộ Y tế và Bộ Tài chính": a list counts
	 * only when "và" closes it; "của Chính phủ, Thủ tướng … giao" is a
	 * new clause. */
	char list[96];
	size_t n = strlen(out);
	memcpy(list, out, n + 1);
	const char *le = e;
	for (int more = 0; more < 4; more++) {
		const char *q = skip_soft(le, end);
		int comma = q < end && *q == ',';
		const char *v = comma ? q + 1 : match_name(q, end, "va");
		char two[96];
		const char *e2;
		if (!v || (e2 = read_body(v, end, two, sizeof two)) == NULL ||
		    n + 4 + strlen(two) >= sizeof list)
			break;
		strcat(list, comma ? ", " : " và ");
		strcat(list, two);
		n = strlen(list);
		le = e2;
		if (!comma) {
			if (n < cap) {
				memcpy(out, list, n + 1);
				e = le;
			}
			break;
		}
	}
	return e;
}

/* Another citation starts: a type name then "số" or a digit. */
static int citation_starts(const struct scan *sc, const char *p, const char *end)
{
	if (!capital_at(p, end))
		return 0;
	for (size_t i = 0; i < sc->nm.n; i++) {
		if (sc->nm.v[i].is_code)
			continue;
		const char *e = match_name(p, end, sc->nm.v[i].name);
		if (!e)
			continue;
		e = skip_soft(e, end);
		if ((e < end && is_digit(*e)) || match_name(e, end, "so"))
			return 1;
	}
	return 0;
}

/* "về …" to the end of the clause: a full stop, ';', ':', '(', a blank line,
 * a table cell, another dated clause or another citation. */
static const char *read_subject(const struct scan *sc, const char *p, const char *end, char *out,
				size_t cap)
{
	p = skip_soft(p, end);
	const char *v = match_name(p, end, "viec");
	if (v && !match_name(skip_soft(v, end), end, "nay"))
		p = skip_soft(v, end);
	const char *s = p, *limit = end - p > 600 ? p + 600 : end;
	int quote = 0;
	while (p < limit) {
		char c = *p;
		if (c == '.' && !(p > s && is_digit(p[-1]) && p + 1 < end && is_digit(p[1])))
			break;
		if (c == ';' || c == ':' || c == '(' || c == '[' || c == '|' || c == '?' || c == '!')
			break;
		/* A quotation opened inside the subject is part of it; a closing
		 * mark with none open ends the title that held the citation. */
		if (c == '"') {
			int opening = p == s || p[-1] == ' ' || p[-1] == '\n' || p[-1] == '(';
			if (!quote && !opening)
				break;
			quote = opening;
		} else if ((unsigned char)c == 0xE2 && p + 2 < end && (unsigned char)p[1] == 0x80) {
			unsigned char q = (unsigned char)p[2];
			if (q == 0x9C)
				quote = 1; /* “ */
			else if (q == 0x9D && !quote)
				break;     /* ” */
			else if (q == 0x9D)
				quote = 0;
		}
		if (c == '\n') {
			const char *q = p + 1;
			while (q < limit && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '*'))
				q++;
			if (q >= limit || *q == '\n' || *q == '|' || *q == '#' || *q == '-')
				break;
		}
		if (c == ' ' || c == '\n') {
			const char *w = skip_soft(p, end);
			const char *n = match_name(w, end, "ngay");
			if (!quote && n && (n = skip_soft(n, end)) < end && is_digit(*n))
				break;
			/* "… do Ban Chấp hành Trung ương ban hành", "… đã đưa ra", "… được". */
			n = match_name(w, end, "do");
			if (!quote && ((n && capital_at(skip_soft(n, end), end)) ||
				       match_word(w, end, "đã", 1) || match_word(w, end, "được", 1) ||
				       match_name(w, end, "co hieu luc") || match_name(w, end, "nhu sau")))
				break;
			if (!quote && citation_starts(sc, w, end))
				break;
		}
		size_t n;
		dec(p, end, &n);
		p += n;
	}
	copy_clean(out, cap, s, p);
	return p;
}

/* "Bộ Chính trị ban hành Kết luận số 39-KL/TW", "Bộ Nội vụ đã (vừa) ban hành
 * Công văn 10988/BNV-CQĐP": the body named right before "ban hành". */
static int body_before(const struct scan *sc, const char *d, char *out, size_t cap)
{
	const char *lo = sc->lo;
	const char *q = skip_soft_back(lo, d);
	const char *ws = word_start_back(lo, q);
	if (ws < q && match_name(ws, q, "so") == q)
		q = skip_soft_back(lo, ws);
	const char *start;
	if (type_name_before(&sc->nm, lo, q, &start) < 0)
		return 0;
	q = skip_soft_back(lo, start);
	ws = word_start_back(lo, q);
	if (ws == q || match_name(ws, q, "hanh") != q)
		return 0;
	q = skip_soft_back(lo, ws);
	ws = word_start_back(lo, q);
	if (ws == q || match_name(ws, q, "ban") != q)
		return 0;
	q = skip_soft_back(lo, ws);
	ws = word_start_back(lo, q);
	if (ws < q && (match_word(ws, q, "đã", 1) == q || match_word(ws, q, "vừa", 1) == q ||
		       match_word(ws, q, "mới", 1) == q))
		q = skip_soft_back(lo, ws);
	/* The longest table name that ends at q. */
	const char *from = q - lo > 90 ? q - 90 : lo;
	for (const char *w = from; w < q; w++) {
		if (w > lo && is_word_cp((unsigned char)w[-1]) && (unsigned char)w[-1] < 0x80)
			continue;
		if (w > lo && ((unsigned char)w[-1] & 0xC0) == 0x80)
			continue;
		if (((unsigned char)*w & 0xC0) == 0x80 || !capital_at(w, q))
			continue;
		const char *name;
		size_t name_len;
		if (table_body(w, q, &name, &name_len) != q)
			continue;
		if (name_len >= cap)
			return 0;
		memcpy(out, name, name_len);
		out[name_len] = '\0';
		/* "Đảng ủy Học viện Chính trị quốc gia…": a body of that body. */
		const char *b = skip_soft_back(lo, w);
		for (const char *w2 = from; b < w && w2 < b; w2++) {
			if ((w2 > lo && word_start_back(lo, w2) != w2) || !capital_at(w2, b))
				continue;
			const char *n2;
			size_t l2;
			if (table_body(w2, b, &n2, &l2) == b) {
				copy_clean(out, cap, w2, q);
				break;
			}
		}
		return 1;
	}
	return 0;
}

/* Reads what follows a number: ", ngày 8/2/2022", "của Ban Bí thư",
 * "năm 2025", in any order, then "về …". */
static void read_after(const struct scan *sc, const char *p, struct cite_mention *m)
{
	const char *end = sc->end;
	int have_date = 0, have_body = 0;
	for (int step = 0; step < 5; step++) {
		const char *q = skip_soft(p, end);
		while (q < end && (*q == ',' || *q == ')'))
			q = skip_soft(q + 1, end);
		const char *w;
		if (!have_date && (w = match_name(q, end, "ngay")) != NULL) {
			const char *r = skip_soft(w, end);
			const char *again = match_name(r, end, "ngay"); /* "ngày ngày 08…" */
			if (again)
				r = again;
			size_t used = text_date_parse(r, (size_t)(end - r), &m->date);
			if (!used || m->date.year == 0) {
				memset(&m->date, 0, sizeof m->date);
				break;
			}
			have_date = 1;
			p = r + used;
			continue;
		}
		if (!have_date && (w = match_name(q, end, "ban hanh ngay")) != NULL) {
			size_t used = text_date_parse(w, (size_t)(end - w), &m->date);
			if (used && m->date.year) {
				have_date = 1;
				p = w + used;
				continue;
			}
			memset(&m->date, 0, sizeof m->date);
		}
		if ((w = match_name(q, end, "nam")) != NULL) {
			const char *r = skip_soft(w, end);
			int y;
			if (year_at(r, end, &y)) {
				p = r + 4;
				continue;
			}
		}
		if (!have_body) {
			const char *b = match_name(q, end, "cua");
			const char *e = NULL;
			if (b)
				e = body_of(b, end, m->issuer_name, sizeof m->issuer_name);
			else if (match_name(q, end, "hoi nghi"))
				e = body_of(q, end, m->issuer_name, sizeof m->issuer_name);
			if (e) {
				m->issuer_from_context = 1;
				have_body = 1;
				p = e;
				continue;
			}
			m->issuer_name[0] = '\0';
		}
		break;
	}
	const char *q = skip_soft(p, end);
	while (q < end && *q == ',')
		q = skip_soft(q + 1, end);
	const char *v = match_name(q, end, "ve");
	if (v)
		q = skip_soft(read_subject(sc, v, end, m->subject, sizeof m->subject), end);
	/* "… về định hướng … do Ban Chấp hành Trung ương ban hành". */
	const char *by = match_name(q, end, "do");
	if (!have_body && by && body_of(by, end, m->issuer_name, sizeof m->issuer_name)) {
		m->issuer_from_context = 1;
		have_body = 1;
	}
	if (!have_body && body_before(sc, sc->lo + m->start, m->issuer_name, sizeof m->issuer_name))
		m->issuer_from_context = 1;
}

/* The sentence around [s, e): back to a full stop, a blank line or a table
 * cell, forward to the next; at most about 1 KB each way. */
static void sentence_bounds(const char *lo, const char *end, const char *s, const char *e,
			    struct cite_mention *m)
{
	const char *a = s;
	while (a > lo && s - a < 1000) {
		char c = a[-1];
		if (c == '|' || c == '#' || c == '!' || c == '?')
			break;
		if (c == '.' && !(a - 1 > lo && is_digit(a[-2]) && is_digit(*a)) &&
		    (*a == ' ' || *a == '\n' || *a == '*' || *a == '"'))
			break;
		if (c == '\n' && a - 1 > lo && (a[-2] == '\n' || (a[-2] == '\r' && a - 2 > lo &&
								 a[-3] == '\n')))
			break;
		a--;
	}
	a = skip_soft(a, s);
	const char *b = e;
	while (b < end && b - e < 1000) {
		char c = *b;
		if (c == '|' || c == '#')
			break;
		if ((c == '.' || c == '!' || c == '?') &&
		    (b + 1 >= end || b[1] == ' ' || b[1] == '\n' || b[1] == '*' || b[1] == '"') &&
		    !(c == '.' && b > lo && is_digit(b[-1]) && b + 1 < end && is_digit(b[1]))) {
			b++;
			break;
		}
		if (c == '\n' && b + 1 < end && (b[1] == '\n' || b[1] == '\r'))
			break;
		b++;
	}
	while (b > e && (b[-1] == ' ' || b[-1] == '\n' || b[-1] == '\r' || b[-1] == '\t'))
		b--;
	m->sentence_start = (size_t)(a - lo);
	m->sentence_end = (size_t)(b - lo);
}

/* ---- letterheads -------------------------------------------------------------- */

/* The first occurrence of needle in [p, end), or NULL (memmem is not POSIX). */
static const char *find_bytes(const char *p, const char *end, const char *needle)
{
	size_t n = strlen(needle);
	while (p + n <= end) {
		const char *f = memchr(p, needle[0], (size_t)(end - p));
		if (!f || f + n > end)
			return NULL;
		if (memcmp(f, needle, n) == 0)
			return f;
		p = f + 1;
	}
	return NULL;
}

enum { LH_NONE, LH_SO, LH_TVPL };

/* "Số: 89/2021/NĐ-CP" at the start of a line (tables and bold allowed),
 * "Số 57\-NQ/TW", "Luật số: 91/2015/QH13"; or thuvienphapluat's attribute
 * block "**Số hiệu:** | 10988/BNV-CQĐP". */
static int letterhead_at(const struct scan *sc, const char *d, const char **so_word)
{
	const char *lo = sc->lo;
	const char *q = skip_soft_back(lo, d);
	if (q > lo && q[-1] == ':')
		q = skip_soft_back(lo, q - 1);
	const char *ws = word_start_back(lo, q);
	if (ws == q)
		return LH_NONE;
	int kind = LH_NONE;
	int colon = q < d && skip_soft(q, d) < d && *skip_soft(q, d) == ':';
	size_t n1;
	/* "Số 57\-NQ/TW" needs no colon; a wrapped title "… QUYẾT ĐỊNH\nSỐ 90/QĐ-TTg"
	 * is in capitals and has none. */
	if (match_name(ws, q, "so") == q && *ws == 'S' && (colon || is_lower(dec(ws + 1, q, &n1)))) {
		kind = LH_SO;
	} else if (match_name(ws, q, "hieu") == q) {
		const char *b = skip_soft_back(lo, ws);
		const char *w2 = word_start_back(lo, b);
		if (w2 < b && match_name(w2, b, "so") == b && *w2 == 'S') {
			kind = LH_TVPL;
			ws = w2;
		}
	} else if (match_name(ws, q, "so") == q && colon) {
		/* "Luật số: 91/2015/QH13", "Nghị quyết số: 78/2025/UBTVQH15". */
		const char *b = skip_soft_back(lo, ws);
		const char *w2;
		if (b < ws && type_name_before(&sc->nm, lo, b, &w2) >= 0 && is_upper((unsigned char)*w2)) {
			kind = LH_SO;
			ws = w2;
		}
	}
	if (kind == LH_NONE)
		return LH_NONE;
	/* Only line starts: "CÔNG BÁO/Số 182" and "… văn bản Số 12" are not. */
	*so_word = ws;
	while (ws > lo && (ws[-1] == ' ' || ws[-1] == '\t' || ws[-1] == '*' || ws[-1] == '|' ||
			   ws[-1] == '#'))
		ws--;
	return ws == lo || ws[-1] == '\n' ? kind : LH_NONE;
}

static const char *line_end(const char *p, const char *end)
{
	const char *e = memchr(p, '\n', (size_t)(end - p));
	return e ? e : end;
}

/* A type heading as a whole line: "**QUYẾT ĐỊNH**", "# THÔNG TƯ", "BỘ LUẬT";
 * returns its index among the names, or -1. */
static int heading_type(const struct scan *sc, const char *s, const char *e)
{
	s = skip_soft(s, e);
	while (s < e && *s == '#')
		s = skip_soft(s + 1, e);
	/* Headings are in capitals; a lone "Quyết định" line is prose. */
	size_t n;
	if (!capital_at(s, e) || e - s < 2 || !is_upper(dec(s, e, &n)) || s + n >= e ||
	    !is_upper(dec(s + n, e, &n)))
		return -1;
	int best = -1;
	const char *best_end = NULL;
	for (size_t i = 0; i < sc->nm.n; i++) {
		if (sc->nm.v[i].is_code)
			continue;
		const char *m = match_name(s, e, sc->nm.v[i].name);
		if (m && skip_soft(m, e) == e && (best < 0 || m > best_end)) {
			best = (int)i;
			best_end = m;
		}
	}
	return best;
}

/* The name at index h of the names when it fits a number of this type and
 * kind ("Quy định" is the Party's QĐ and the State's QyĐ); else NULL. */
static const char *heading_name(const struct scan *sc, int h, const char *type_code,
				enum cite_kind kind)
{
	const char *want = sc->nm.v[h].folded;
	unsigned scope = kind == CITE_PARTY ? CITE_TAB_IN_PARTY : CITE_TAB_IN_STATE;
	for (size_t i = 0; i < sc->nm.n; i++) {
		const struct names *nm = &sc->nm;
		if (nm->v[i].is_code || strcmp(nm->v[i].folded, want) != 0)
			continue;
		/* Laws carry no type code: "LUẬT", "BỘ LUẬT", "NGHỊ QUYẾT" all fit;
		 * a công văn may be headed anything. */
		if (kind == CITE_LAW || !type_code[0])
			return nm->v[i].name;
		if (nm->v[i].type < 0)
			return NULL;
		if (strcmp(cite_tab_types[nm->v[i].type].code, type_code) == 0 &&
		    (nm->v[i].scope & scope))
			return nm->v[i].name;
	}
	return NULL;
}

/* Proper case for a body from a letterhead in capitals: the table's spelling
 * when it knows the body or how it starts ("ỦY BAN NHÂN DÂN" -> "Ủy ban nhân
 * dân"), place words in lower case, and each word of a place capitalised. */
static void body_case(const char *s, const char *e, char *out, size_t cap)
{
	struct out o = { out, 0, cap, 0 };
	out[0] = '\0';
	const char *name;
	size_t name_len;
	const char *t = table_body(s, e, &name, &name_len);
	int place = 0;
	if (t) {
		out_add(&o, name, name_len);
		s = t;
	}
	static const char *const loc[] = { "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã",
					   "phường", "đặc khu", "thị trấn" };
	int first = !t;
	const char *ws, *we;
	while (next_word(s, e, &ws, &we)) {
		const char *lw = NULL;
		for (size_t i = 0; i < N_ELEMS(loc) && !lw; i++)
			lw = match_word(ws, e, loc[i], 1);
		if (lw && !first && t) {
			we = lw;
			place = 1;
		} else {
			lw = NULL;
		}
		if (o.n)
			out_adds(&o, " ");
		int word_first = 1;
		for (const char *p = ws; p < we;) {
			size_t n;
			unsigned cp = dec(p, we, &n);
			if (cp == ' ' || cp == '\n' || cp == '\r' || cp == '\t') {
				out_adds(&o, " ");
				word_first = 1;
				p += n;
				continue;
			}
			int keep_upper = word_first && (first || (place && !lw));
			char buf[4];
			size_t k = put_cp(buf, keep_upper ? cp : to_lower(cp));
			if (!keep_upper && word_first && first)
				k = put_cp(buf, to_upper(cp));
			out_add(&o, buf, k);
			word_first = 0;
			p += n;
		}
		first = 0;
		s = we;
	}
	if (o.overflow)
		out[0] = '\0';
}

/* Lines of a letterhead that name no body: the national and Party mottos
 * (wrapped anywhere) and the heading of a consolidation's certificate. */
static const char *const motto[] = { "cong hoa xa hoi chu nghia viet nam",
				     "doc lap - tu do - hanh phuc", "dang cong san viet nam",
				     "xac thuc van ban hop nhat" };

static int is_motto(const char *folded)
{
	char pad[80];
	size_t n = strlen(folded);
	if (n == 0 || n + 3 > sizeof pad)
		return 0;
	pad[0] = ' ';
	memcpy(pad + 1, folded, n);
	pad[n + 1] = ' ';
	pad[n + 2] = '\0';
	for (size_t i = 0; i < N_ELEMS(motto); i++) {
		char m[64];
		size_t k = strlen(motto[i]);
		m[0] = ' ';
		memcpy(m + 1, motto[i], k);
		m[k + 1] = ' ';
		m[k + 2] = '\0';
		if (strstr(m, pad))
			return 1;
	}
	return 0;
}

/* Heads that open a new body on a letterhead line ("BỘ TÀI CHÍNH / CỤC THUẾ");
 * a line without one continues the line above ("ỦY BAN NHÂN / DÂN / TỈNH …"). */
static int opens_body(const char *folded)
{
	static const char *const heads[] = { "bo", "cuc", "tong cuc", "so", "uy ban", "ubnd",
					     "hoi dong", "chinh phu", "thu tuong", "quoc hoi",
					     "van phong", "ngan hang", "kiem toan", "thanh tra",
					     "toa an", "vien", "bao hiem", "kho bac", "ban",
					     "dang uy", "dang bo", "dang doan", "ban can su",
					     "tinh uy", "thanh uy", "huyen uy",
					     "chi cuc", "thue", "hoc vien", "dai hoc", "truong",
					     "cong an", "lien doan", "hoi nghi" };
	for (size_t i = 0; i < N_ELEMS(heads); i++) {
		size_t n = strlen(heads[i]);
		if (strncmp(folded, heads[i], n) == 0 && (folded[n] == ' ' || folded[n] == '\0'))
			return 1;
	}
	return 0;
}

/* Where a place ("tỉnh Cao Bằng") runs to the end of s, or NULL. */
static const char *locality_in(const char *s)
{
	const char *e = s + strlen(s);
	for (const char *w = s; *w; w++)
		if ((w == s || w[-1] == ' ') && read_locality(w, e) == e)
			return w;
	return NULL;
}

/* The issuing body from the capitals above "Số:": collect the lines back to
 * the first that is prose, skip the national motto, split into bodies at
 * head words, and keep the lowest body ("BỘ TÀI CHÍNH / CỤC THUẾ": Cục
 * Thuế), with its parent's place when it names none. */
static int letterhead_body(const char *lo, const char *so_line, char *out, size_t cap)
{
	const char *ls[12], *le[12];
	int nl = 0;
	const char *p = so_line;
	for (int lines = 0; lines < 30 && p > lo && nl < 12; lines++) {
		const char *e = p - 1; /* the '\n' ending the line above */
		const char *s = e;
		while (s > lo && s[-1] != '\n')
			s--;
		p = s;
		const char *a = s, *b = e;
		while (a < b && (*a == ' ' || *a == '*' || *a == '|' || *a == '#' || *a == '-' ||
				 *a == '_' || *a == '=' || *a == '\t' || *a == '\r'))
			a++;
		while (b > a && (b[-1] == ' ' || b[-1] == '*' || b[-1] == '|' || b[-1] == '-' ||
				 b[-1] == '_' || b[-1] == '=' || b[-1] == '\t' || b[-1] == '\r'))
			b--;
		/* "CHÍNH PHỦ CỘNG HÒA XÃ HỘI…" when the two columns share a line. */
		for (const char *w = a; w < b; w++)
			if ((w == a || w[-1] == ' ') && (match_name(w, b, "cong hoa xa hoi") ||
							 match_name(w, b, "dang cong san viet nam"))) {
				while (w > a && w[-1] == ' ')
					w--;
				if (w > a)
					b = w;
				break;
			}
		if (a == b)
			continue;
		char f[80];
		fold_ascii(a, b, f, sizeof f);
		if (is_motto(f))
			continue;
		int letters = 0, lower = 0;
		for (const char *q = a; q < b;) {
			size_t n;
			unsigned cp = dec(q, b, &n);
			if (text_vn_is_letter(cp) && !is_mark(cp)) {
				letters++;
				lower |= is_lower(cp);
			}
			q += n;
		}
		if (!letters || lower || strstr(f, "cong bao"))
			break;
		ls[nl] = a;
		le[nl] = b;
		nl++;
	}
	if (!nl)
		return 0;
	/* Lines were read bottom-up; bodies are read top-down. */
	char bodies[4][160];
	int nb = 0;
	for (int i = nl - 1; i >= 0; i--) {
		const char *s = ls[i];
		while (s < le[i]) {
			/* "BỘ TÀI CHÍNH CỤC HẢI QUAN" on one line is two bodies. */
			const char *cut = le[i], *name, *ne;
			size_t name_len;
			const char *t = table_body(s, le[i], &name, &name_len);
			if (t && t < le[i]) {
				char f[80];
				fold_ascii(t, le[i], f, sizeof f);
				if (opens_body(f))
					cut = t;
			}
			char f[80];
			fold_ascii(s, cut, f, sizeof f);
			char piece[160];
			copy_clean(piece, sizeof piece, s, cut);
			size_t k = nb ? strlen(bodies[nb - 1]) : 0;
			/* "THỦ TƯỚNG / CHÍNH PHỦ", "ỦY / BAN NHÂN DÂN": a table name
			 * across the break keeps one body. */
			int across = 0;
			if (nb && opens_body(f) && k + 1 + strlen(piece) < 330) {
				char joined[330];
				memcpy(joined, bodies[nb - 1], k);
				joined[k] = ' ';
				strcpy(joined + k + 1, piece);
				const char *je = joined + strlen(joined);
				ne = table_body(joined, je, &name, &name_len);
				const char *pe = piece + strlen(piece);
				across = ne && ne > joined + k + 1 &&
					 (ne == je || !table_body(piece, pe, &name, &name_len));
			}
			if (nb == 0 || (opens_body(f) && !across && nb < 4)) {
				set_field(bodies[nb], sizeof bodies[nb], piece);
				nb++;
			} else if (k + 1 + strlen(piece) < sizeof bodies[nb - 1]) {
				bodies[nb - 1][k] = ' ';
				strcpy(bodies[nb - 1] + k + 1, piece);
			}
			s = skip_soft(cut, le[i]);
		}
	}
	const char *last = bodies[nb - 1];
	body_case(last, last + strlen(last), out, cap);
	if (nb < 2 || !out[0])
		return out[0] != 0;
	char pc[160];
	const char *parent = bodies[nb - 2];
	body_case(parent, parent + strlen(parent), pc, sizeof pc);
	char pf[80];
	fold_ascii(pc, pc + strlen(pc), pf, sizeof pf);
	struct out o = { out, strlen(out), cap, 0 };
	if (strcmp(pf, "ban chap hanh trung uong") == 0) {
		/* "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TỔ CHỨC": the central Ban. */
		char f[80];
		fold_ascii(out, out + o.n, f, sizeof f);
		size_t fl = strlen(f);
		const char *name;
		size_t name_len;
		const char *oe = out + o.n;
		if ((fl < 10 || strcmp(f + fl - 10, "trung uong") != 0) &&
		    table_body(out, oe, &name, &name_len) != oe)
			out_adds(&o, " Trung ương");
	} else if (!locality_in(out) && (parent = locality_in(pc)) != NULL) {
		/* A Sở under a provincial committee takes its place:
		 * "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh". */
		out_adds(&o, " ");
		out_adds(&o, parent);
	}
	if (o.overflow)
		body_case(last, last + strlen(last), out, cap);
	return out[0] != 0;
}

/* "T/M BỘ CHÍNH TRỊ" in the signature block names which body of /TW signed. */
static void signature_body(const char *from, const char *end, char *out, size_t cap)
{
	const char *p = from;
	while (p < end) {
		const char *t = memchr(p, '/', (size_t)(end - p));
		if (!t)
			return;
		p = t + 1;
		if (t - from < 1 || t[-1] != 'T' || t + 1 >= end || t[1] != 'M')
			continue;
		if (t - 1 > from && is_word_cp((unsigned char)t[-2]))
			continue;
		const char *s = skip_soft(t + 2, end);
		const char *name;
		size_t name_len;
		const char *e = table_body(s, end, &name, &name_len);
		if (e) {
			body_case(s, e, out, cap);
			return;
		}
	}
}

/* The first "…, ngày 20 tháng 11 năm 2025" (a place line: a comma before
 * "ngày") in [s, e). */
static int place_date(const char *s, const char *e, const char *end, struct text_date *d)
{
	for (const char *p = s; p + 4 < e; p++) {
		if ((*p | 32) != 'n' || (p[1] | 32) != 'g')
			continue;
		if (p > s && is_word_cp((unsigned char)p[-1]))
			continue;
		const char *w = match_name(p, end, "ngay");
		if (!w)
			continue;
		/* "Hà Nội, ngày …", or "Hà Nội ngày …" without the comma. */
		const char *b = skip_soft_back(s, p);
		if (b == s)
			continue;
		if (b[-1] != ',') {
			/* The place is in title case ("Hà Nội"), unlike "… TT-BCT NGÀY 19". */
			const char *ws = word_start_back(s, b);
			size_t n;
			if (ws == b || !is_upper(dec(ws, b, &n)) || ws + n >= b ||
			    !is_lower(dec(ws + n, b, &n)))
				continue;
		}
		struct text_date t;
		if (text_date_parse(w, (size_t)(end - w), &t) && t.year) {
			*d = t;
			return 1;
		}
	}
	return 0;
}

/* Reads the letterhead around the number at [d, e): date line, body above,
 * type heading and "V/v" or title below. */
static void read_letterhead(const struct scan *sc, const char *so_word, const char *d,
			    const char *e, struct cite_mention *m)
{
	const char *so_line = so_word;
	while (so_line > sc->lo && so_line[-1] != '\n')
		so_line--;
	m->sentence_start = (size_t)(so_word - sc->lo);
	m->sentence_end = (size_t)(line_end(e, sc->end) - sc->lo);
	const char *sig_from = e;

	/* Bold markers fall inside words and digits ("**V****Ă****N PHÒNG",
	 * "ng**ày", "tháng 1**1**"): read a copy without those; the ones
	 * around words still mark headings. */
	char buf[4096];
	const char *a = so_line - sc->lo > 1800 ? so_line - 1800 : sc->lo;
	const char *b = sc->end - e > 2000 ? e + 2000 : sc->end;
	size_t o = 0;
	const char *cd = NULL, *ce = NULL, *cso = NULL;
	for (const char *p = a; p <= b && o < sizeof buf; p++) {
		if (p == d)
			cd = buf + o;
		if (p == e)
			ce = buf + o;
		if (p == so_line)
			cso = buf + o;
		if (p == b)
			break;
		if (*p == '*' && o > 0 && ((unsigned char)buf[o - 1] >= 0x80 ||
					   is_word_cp((unsigned char)buf[o - 1]))) {
			const char *r = p;
			while (r < b && *r == '*')
				r++;
			size_t n;
			if (r < b && is_word_cp(dec(r, b, &n))) {
				p = r - 1;
				continue;
			}
		}
		buf[o++] = *p;
	}
	if (!cd || !ce || !cso)
		return;
	const char *lo = buf, *end = buf + o;
	d = cd, e = ce, so_line = cso;
	const char *win = end - e > 1200 ? e + 1200 : end;

	/* The place and date line follows the number, before the text
	 * starts ("Căn cứ …", "Kính gửi …"); some layouts put it above. */
	const char *dw = end - e > 600 ? e + 600 : end;
	static const char *const stops[] = { "Căn cứ", "căn cứ", "CĂN CỨ", "Kính gửi" };
	for (size_t i = 0; i < N_ELEMS(stops); i++) {
		const char *s = find_bytes(e, dw, stops[i]);
		if (s)
			dw = s;
	}
	if (!place_date(e, dw, end, &m->date)) {
		const char *bb = so_line - lo > 500 ? so_line - 500 : lo;
		place_date(bb, so_line, end, &m->date);
	}

	/* Laws and resolutions of the Assembly carry no date line: they are
	 * dated where they were passed, "… thông qua ngày 17 tháng 5 năm 2025". */
	if (!m->date.year && m->num.kind == CITE_LAW) {
		const char *tq = find_bytes(sig_from, sc->end, "thông qua ngày");
		if (tq && !text_date_parse(tq + strlen("thông qua "),
					   (size_t)(sc->end - tq) - strlen("thông qua "), &m->date))
			memset(&m->date, 0, sizeof m->date);
	}

	char body[96];
	if (letterhead_body(lo, so_line, body, sizeof body)) {
		set_field(m->issuer_name, sizeof m->issuer_name, body);
		m->issuer_from_context = 1;
	}
	if (strcmp(m->num.issuer, "TW") == 0) {
		char sig[96] = "";
		signature_body(sig_from, sc->end, sig, sizeof sig);
		if (sig[0]) {
			set_field(m->issuer_name, sizeof m->issuer_name, sig);
			m->issuer_from_context = 1;
		}
	}

	/* Lines below: the heading, then the title or the "V/v" line. */
	const char *title = NULL;
	for (const char *p = line_end(e, end); p < win;) {
		const char *s = p + 1;
		const char *le = line_end(s, end);
		const char *t = skip_soft(s, le);
		const char *vv = NULL;
		if (le - t > 3 && (t[0] == 'V' || t[0] == 'v') && t[1] == '/' && (t[2] | 32) == 'v')
			vv = t + 3;
		if (vv) {
			const char *ve = vv;
			while (ve < end && *ve != '*' && *ve != '|' &&
			       !(*ve == '\n' && ve + 1 < end && ve[1] == '\n'))
				ve++;
			copy_clean(m->subject, sizeof m->subject, vv, ve);
			break;
		}
		int h = heading_type(sc, s, le);
		if (h >= 0) {
			/* The heading names the type when the number agrees: "QUY ĐỊNH"
			 * tells a Party QĐ apart; a consolidated text keeps its
			 * heading ("QUYẾT ĐỊNH") but is a Văn bản hợp nhất. */
			const char *ty = heading_name(sc, h, m->num.type, m->num.kind);
			if (ty && m->num.kind != CITE_VBHN)
				m->type_name = ty;
			title = le;
			break;
		}
		if (match_name(t, le, "can cu") || match_name(t, le, "kinh gui"))
			break;
		p = le;
	}
	if (title) {
		const char *s = title, *p = title;
		int lines = 0;
		while (p < end && lines < 8) {
			const char *ls = p + 1;
			if (ls >= end)
				break;
			const char *le = line_end(ls, end);
			const char *t = ls;
			while (t < le && (*t == ' ' || *t == '\t' || *t == '\r'))
				t++;
			if (t == le) {
				if (lines)
					break;
				p = le;
				s = le;
				continue;
			}
			if ((t[0] == '*' && t + 1 < le && t[1] == '*' && lines) || *t == '-' || *t == '|' ||
			    *t == '_' || match_name(skip_soft(t, le), le, "can cu") ||
			    match_name(skip_soft(t, le), le, "kinh gui"))
				break;
			if (*t == '*' && lines)
				break;
			if (!lines)
				s = ls;
			lines++;
			p = le;
		}
		if (lines) {
			const char *t = skip_soft(s, p);
			const char *v = match_name(t, p, "ve viec");
			if (!v)
				v = match_name(t, p, "ve");
			if (!v && p - t > 3 && (t[0] | 32) == 'v' && t[1] == '/' && (t[2] | 32) == 'v')
				v = t + 3;
			copy_clean(m->subject, sizeof m->subject, v ? skip_soft(v, p) : t, p);
		}
	}
}

/* thuvienphapluat's own attribute block: "Loại văn bản:", "Nơi ban hành:",
 * "Ngày ban hành:", each value on the next cell. */
static const char *tvpl_value(const char *from, const char *end, const char *label,
			      const char **ve)
{
	const char *p = from;
	size_t n = strlen(label);
	while (p + n < end) {
		const char *f = memchr(p, label[0], (size_t)(end - p));
		if (!f || f + n >= end)
			return NULL;
		if (memcmp(f, label, n) == 0) {
			const char *v = skip_soft(f + n, end);
			const char *e = v;
			while (e < end && *e != '\n' && *e != '|')
				e++;
			while (e > v && (e[-1] == ' ' || e[-1] == '*' || e[-1] == '\r'))
				e--;
			*ve = e;
			return v;
		}
		p = f + 1;
	}
	return NULL;
}

static void read_tvpl(const struct scan *sc, const char *d, const char *e, struct cite_mention *m)
{
	const char *end = sc->end;
	const char *win = end - e > 900 ? e + 900 : end;
	const char *v, *ve;
	if ((v = tvpl_value(e, win, "Loại văn bản:", &ve)) != NULL) {
		for (size_t i = 0; i < sc->nm.n; i++)
			if (!sc->nm.v[i].is_code && match_name(v, ve, sc->nm.v[i].name) == ve) {
				m->type_name = sc->nm.v[i].name;
				break;
			}
	}
	if ((v = tvpl_value(e, win, "Nơi ban hành:", &ve)) != NULL && ve > v) {
		copy_clean(m->issuer_name, sizeof m->issuer_name, v, ve);
		m->issuer_from_context = 1;
	}
	if ((v = tvpl_value(e, win, "Ngày ban hành:", &ve)) != NULL) {
		struct text_date t;
		if (text_date_parse(v, (size_t)(ve - v), &t) && t.year)
			m->date = t;
	}
	const char *ls = d;
	while (ls > sc->lo && ls[-1] != '\n')
		ls--;
	m->sentence_start = (size_t)(ls - sc->lo);
	m->sentence_end = (size_t)(line_end(e, end) - sc->lo);
}

/* ---- mentions ------------------------------------------------------------------ */

/* The name before the number when it fits the number's type ("Quy định số
 * 57-QĐ/TW"), else the table's name for the type and kind. */
static const char *mention_type_name(const struct scan *sc, const char *d, const struct parsed *pp)
{
	const char *q = skip_soft_back(sc->lo, d);
	if (q > sc->lo && q[-1] == ':')
		q = skip_soft_back(sc->lo, q - 1);
	const char *ws = word_start_back(sc->lo, q);
	if (ws < q && match_name(ws, q, "so") == q)
		q = skip_soft_back(sc->lo, ws);
	const char *start;
	int i = type_name_before(&sc->nm, sc->lo, q, &start);
	const struct cite_number *n = &pp->num;
	if (i >= 0 && !sc->nm.v[i].is_code) {
		int t = sc->nm.v[i].type;
		if (pp->typ_row >= 0 && t == pp->typ_row)
			return sc->nm.v[i].name;
		if (pp->typ_row < 0 && (n->kind == CITE_LAW || n->kind == CITE_CONG_VAN))
			return sc->nm.v[i].name;
	}
	if (pp->typ_row >= 0)
		return type_row_name(pp->typ_row, n->kind);
	if (n->kind == CITE_LAW) {
		/* UBTVQH numbers are its resolutions; QH numbers are laws. */
		return strncmp(n->issuer, "UBTVQH", 6) == 0 ? cite_type_name("NQ", CITE_LAW) : "Luật";
	}
	if (n->kind == CITE_CONG_VAN)
		return cite_type_name("CV", CITE_CONG_VAN);
	return NULL;
}

/* The code table's name when the text names no body and the code names one. */
static void issuer_from_table(struct cite_mention *m, const struct parsed *pp)
{
	if (m->issuer_name[0] || pp->issuers != 1 || pp->iss_row < 0)
		return;
	const char *names = cite_tab_issuers[pp->iss_row].names;
	if (single_name(names)) {
		set_field(m->issuer_name, sizeof m->issuer_name, names);
		m->issuer_from_context = 0;
	}
}

static void mention_init(struct cite_mention *m)
{
	memset(m, 0, sizeof *m);
}

/* "Quy định 57", "Quy định số 57", "NĐ 89/2021", "Luật số 59/2020": a type
 * word (capitalised, or followed by "số") right before a number that is not
 * a year, a date or an amount. */
static const char *parse_short(const struct scan *sc, const char *d, struct cite_mention *m)
{
	const char *lo = sc->lo, *end = sc->end;
	const char *p = d;
	while (p < end && is_digit(*p))
		p++;
	size_t nd = (size_t)(p - d);
	if (nd > 5)
		return NULL;
	int year = 0;
	if (p < end && *p == '/') {
		if (!year_at(p + 1, end, &year))
			return NULL;
		p += 5;
		if (p < end && (*p == '/' || *p == '-'))
			return NULL;
	}
	if (!end_ok(p, end) || (p < end && (*p == '%' || *p == '/' || dash_at(p, end))))
		return NULL;
	/* Back over "số" to the type word. */
	const char *q = skip_soft_back(lo, d);
	if (q == d && d > lo)
		return NULL; /* glued to something */
	int has_so = 0;
	const char *ws = word_start_back(lo, q);
	if (ws < q && match_name(ws, q, "so") == q) {
		has_so = 1;
		q = skip_soft_back(lo, ws);
	}
	const char *start;
	int i = type_name_before(&sc->nm, lo, q, &start);
	if (i < 0 || (sc->nm.v[i].type >= 0 && !cite_tab_types[sc->nm.v[i].type].short_refs))
		return NULL; /* "Dự án 1", "Báo cáo 6 tháng" */
	size_t n;
	if (!has_so && !is_upper(dec(start, end, &n)))
		return NULL;
	if (memchr(q, '|', (size_t)(d - q)))
		return NULL; /* a table's type column beside its number column */
	int v = 0;
	for (const char *x = d; x < d + nd; x++)
		v = v * 10 + (*x - '0');
	if (!has_so && !year && nd == 4 && v >= 1900 && v <= 2099)
		return NULL; /* "Kế hoạch 2025" is a year */
	int t = sc->nm.v[i].type;
	if (t < 0 && !has_so && !year)
		return NULL; /* "Luật 2024" */
	m->num.kind = CITE_SHORT;
	memcpy(m->num.number, d, nd);
	m->num.number[nd] = '\0';
	m->num.year = year;
	if (t >= 0) {
		/* "Quy định" names QyĐ for the State and QĐ for the Party; short
		 * references to a Quy định are the Party's. */
		for (size_t k = 0; k < sc->nm.n; k++)
			if (!sc->nm.v[k].is_code && strcmp(sc->nm.v[k].folded, sc->nm.v[i].folded) == 0 &&
			    (sc->nm.v[k].scope & CITE_TAB_IN_PARTY)) {
				t = sc->nm.v[k].type;
				break;
			}
		set_field(m->num.type, sizeof m->num.type, cite_tab_types[t].code);
		m->type_name = sc->nm.v[i].is_code ? type_row_name(t, CITE_QPPL) : sc->nm.v[i].name;
	} else {
		set_field(m->num.issuer, sizeof m->num.issuer, "QH");
		m->type_name = sc->nm.v[i].name;
	}
	return p;
}

size_t cite_scan(const char *text, size_t len, cite_fn fn, void *ctx)
{
	struct scan sc;
	sc.lo = text;
	sc.end = text + len;
	names_init(&sc.nm);
	size_t count = 0;
	const char *p = text, *end = text + len;
	while (p < end) {
		while (p < end && (unsigned char)(*p - '0') > 9)
			p++;
		if (p >= end)
			break;
		const char *d = p;
		while (p < end && is_digit(*p))
			p++;
		if (!anchor_ok(text, d))
			continue;
		struct cite_mention m;
		struct parsed pp;
		const char *e = parse_number(d, end, 0, &pp);
		if (e && ((!pp.glued && !end_ok(e, end)) || in_url(text, d) || form_before(text, d)))
			e = NULL;
		mention_init(&m);
		if (e) {
			m.num = pp.num;
			const char *so_word = d;
			int lh = letterhead_at(&sc, d, &so_word);
			m.type_name = mention_type_name(&sc, d, &pp);
			if (lh == LH_TVPL) {
				m.letterhead = 1;
				read_tvpl(&sc, d, e, &m);
			} else if (lh == LH_SO) {
				m.letterhead = 1;
				read_letterhead(&sc, so_word, d, e, &m);
			} else {
				m.start = (size_t)(d - text);
				read_after(&sc, e, &m);
				sentence_bounds(text, end, d, e, &m);
			}
			issuer_from_table(&m, &pp);
		} else {
			e = parse_short(&sc, d, &m);
			if (!e || in_url(text, d))
				continue;
			m.start = (size_t)(d - text);
			read_after(&sc, e, &m);
			sentence_bounds(text, end, d, e, &m);
		}
		m.start = (size_t)(d - text);
		m.end = (size_t)(e - text);
		p = e;
		count++;
		if (fn && fn(&m, ctx))
			break;
	}
	return count;
}

int cite_parse(const char *s, size_t len, struct cite_number *out)
{
	const char *end = s + len;
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r' ||
			   end[-1] == '.' || end[-1] == ',' || end[-1] == ';'))
		end--;
	const char *p = skip_soft(s, end);
	struct names nm;
	names_init(&nm);
	/* An optional type word ("quy dinh", "NĐ", "Luật số"), as typed. */
	int word = -1;
	const char *after = p;
	for (size_t i = 0; i < nm.n; i++) {
		const char *e = match_name(p, end, nm.v[i].name);
		if (e && e > after && (e >= end || !is_digit(*e))) {
			after = e;
			word = (int)i;
		}
	}
	if (word < 0) {
		/* Codes typed in lower case: "nd 89/2021", "qd 57". */
		struct code c;
		if (read_code(p, end, WANT_TYPE, 1, &c) && c.typ >= 0 && !c.digits &&
		    skip_soft(c.end, end) > c.end) {
			for (size_t i = 0; i < nm.n; i++)
				if (nm.v[i].is_code && nm.v[i].type == c.typ)
					word = (int)i;
			if (word >= 0)
				after = c.end;
		}
	}
	p = skip_soft(after, end);
	const char *so = match_name(p, end, "so");
	if (so && word >= 0)
		p = skip_soft(so, end);
	if (p < end && *p == ':')
		p = skip_soft(p + 1, end);
	if (p >= end || !is_digit(*p))
		return 0;
	struct parsed pp;
	const char *e = parse_number(p, end, 1, &pp);
	if (e && skip_soft(e, end) == end) {
		*out = pp.num;
		return 1;
	}
	if (word < 0)
		return 0;
	const char *d = p;
	while (p < end && is_digit(*p))
		p++;
	size_t nd = (size_t)(p - d);
	if (nd == 0 || nd >= sizeof out->number)
		return 0;
	int year = 0;
	if (p < end && *p == '/') {
		if (!year_at(p + 1, end, &year))
			return 0;
		p += 5;
	}
	if (skip_soft(p, end) != end)
		return 0;
	memset(out, 0, sizeof *out);
	out->kind = CITE_SHORT;
	memcpy(out->number, d, nd);
	out->year = year;
	int t = nm.v[word].type;
	if (t >= 0) {
		for (size_t k = 0; k < nm.n; k++)
			if (!nm.v[k].is_code && strcmp(nm.v[k].folded, nm.v[word].folded) == 0 &&
			    (nm.v[k].scope & CITE_TAB_IN_PARTY)) {
				t = nm.v[k].type;
				break;
			}
		set_field(out->type, sizeof out->type, cite_tab_types[t].code);
	} else {
		set_field(out->issuer, sizeof out->issuer, "QH");
	}
	return 1;
}
