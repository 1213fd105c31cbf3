/* cite_number.c — the number grammar (docs/design.md, "Document numbers"): the
 * type and issuer tables looked up, codes read, a number parsed into its
 * canonical form. */
#include <pthread.h>
#include <string.h>

#include "text/text.h"
#include "text/text_int.h"

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

int cite_single_name(const char *names)
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
	while (n > 0 && cite_is_digit(issuer_code[n - 1]))
		n--;
	if (!n || !code_upper(issuer_code, n, up, sizeof up))
		return NULL;
	int row = find_code(TAB_ISSUER, up, n);
	if (row < 0 || !cite_single_name(cite_tab_issuers[row].names))
		return NULL;
	return cite_tab_issuers[row].names;
}

const char *cite_type_row_name(int row, enum cite_kind kind)
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
	return row < 0 ? NULL : cite_type_row_name(row, kind);
}

const char *cite_type_guess(const char *type_code, enum cite_kind kind, const char *issuer_code)
{
	const char *name = cite_type_name(type_code, kind);
	if (name || kind != CITE_LAW)
		return name;
	return issuer_code && strncmp(issuer_code, "UBTVQH", 6) == 0 ? cite_type_name("NQ", CITE_LAW)
								      : "Luật";
}

/* Codes that stand for their type in short references ("NĐ 89/2021"). */
static const char *const short_codes[] = { "NĐ", "NQ", "QĐ", "TT", "CT", "KL", "TTLT" };

static void names_add(struct cite_names *nm, const char *name, int type, unsigned scope, int is_code)
{
	if (nm->n == CITE_MAX_TYPE_NAMES)
		return;
	size_t i = nm->n++;
	cite_fold_ascii(name, name + strlen(name), nm->v[i].folded, sizeof nm->v[i].folded);
	const char *sp = strrchr(nm->v[i].folded, ' ');
	nm->v[i].last = sp ? sp + 1 : nm->v[i].folded;
	nm->v[i].name = name;
	nm->v[i].type = type;
	nm->v[i].scope = scope;
	nm->v[i].is_code = is_code;
}

static struct cite_names names_once_built;
static pthread_once_t names_once = PTHREAD_ONCE_INIT;

static void names_build(void)
{
	struct cite_names *nm = &names_once_built;
	nm->n = 0;
	for (size_t i = 0; i < cite_tab_n_type_names; i++)
		names_add(nm, cite_tab_type_names[i].name, cite_tab_type_names[i].type,
			  cite_tab_type_names[i].scope, 0);
	for (size_t i = 0; i < cite_tab_n_uncoded; i++)
		if (cite_tab_uncoded[i].cited)
			names_add(nm, cite_tab_uncoded[i].name, -1, CITE_TAB_IN_STATE, 0);
	for (size_t i = 0; i < N_ELEMS(short_codes); i++) {
		char up[16];
		size_t n = code_upper(short_codes[i], strlen(short_codes[i]), up, sizeof up);
		int row = find_code(TAB_TYPE, up, n);
		if (row >= 0)
			names_add(nm, cite_tab_types[row].code, row, CITE_TAB_IN_STATE | CITE_TAB_IN_PARTY,
				  1);
	}
}

const struct cite_names *cite_names_get(void)
{
	pthread_once(&names_once, names_build);
	return &names_once_built;
}

/* The longest type name that ends exactly at q (after skipping nothing):
 * tries the word starts of up to four words back. *start = where it begins. */
int cite_type_name_before(const struct cite_names *nm, const char *lo, const char *q,
			    const char **start)
{
	const char *ws = cite_word_start_back(lo, q);
	if (ws == q)
		return -1;
	char last[24];
	cite_fold_ascii(ws, q, last, sizeof last);
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
		const char *b = cite_skip_soft_back(lo, p);
		if (b == p)
			break;
		const char *w = cite_word_start_back(lo, b);
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
			if (cite_match_name(starts[k], q, nm->v[i].name) == q) {
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

static void code_lookup(struct cite_code *c, const char *up, size_t n, int want)
{
	c->iss = (want & CITE_WANT_ISSUER) ? find_code(TAB_ISSUER, up, n) : -1;
	c->typ = (want & CITE_WANT_TYPE) ? find_code(TAB_TYPE, up, n) : -1;
}

/* A known code glued to a lower-case word ("NĐ-Cpngày", "TT-BGDĐTsẽ"):
 * the longest prefix of up[0..letters) the tables know that a lower-case
 * letter follows; cut[i] is the text position after byte i of up. */
static int read_glued(const char *up, const char *const *cut, size_t letters, const char *end,
		      int want, struct cite_code *c)
{
	for (size_t k = letters + 1; k-- > 1;) {
		const char *at = cut[k - 1];
		if ((unsigned char)up[k - 1] == 0xC4)
			continue;
		size_t len;
		if (at >= end || !text_vn_is_lower(text_utf8_at(at, end, &len)))
			continue;
		code_lookup(c, up, k, want);
		if (c->iss < 0 && c->typ < 0)
			continue;
		const char *spelled = c->typ >= 0 && (want & CITE_WANT_TYPE) ? cite_tab_types[c->typ].code
									: cite_tab_issuers[c->iss].code;
		strcpy(c->text, spelled);
		c->digits = 0;
		c->glued = 1;
		c->end = at;
		return 1;
	}
	return 0;
}

/* Reads a code: letters (ASCII, Đ), then up to three term digits. A code the
 * tables know may be typed in any case and without marks; an unknown one must
 * be in capitals, unless lenient (what a user typed). A known code glued to a
 * lower-case word ("NĐ-Cpngày", "TT-BGDĐTsẽ") is cut where the word starts. */
int cite_read_code(const char *p, const char *end, int want, int lenient, struct cite_code *c)
{
	char up[44];
	const char *cut[44]; /* text position after each byte of up */
	size_t n = 0;
	int lower = 0, other = 0;
	const char *q = p;
	while (q < end) {
		size_t len;
		unsigned cp = text_utf8_at(q, end, &len);
		if (!text_vn_is_letter(cp))
			break;
		/* The letters go to c->text with up to three term digits and
		 * a NUL after them: a longer run is no code. */
		if (n + 2 + 3 + 1 > sizeof c->text)
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
		while (q < end && cite_is_digit(*q) && c->digits < 3)
			q++, c->digits++;
		if (q < end && cite_is_digit(*q))
			return 0;
	}
	if (!other && (q >= end || !text_vn_is_letter(text_utf8_at(q, end, &(size_t){ 0 })))) {
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
	return read_glued(up, cut, letters, end, want, c);
}

/* ---- the grammar ----------------------------------------------------------- */

void cite_out_add(struct cite_out *o, const char *s, size_t n)
{
	if (o->n + n + 1 > o->cap) {
		o->overflow = 1;
		return;
	}
	memcpy(o->p + o->n, s, n);
	o->n += n;
	o->p[o->n] = '\0';
}

void cite_out_adds(struct cite_out *o, const char *s)
{
	cite_out_add(o, s, strlen(s));
}

/* One code of an issuer chain, appended to o. */
/* "QH 13", "ĐĐQH-15", "HĐNN 8": a term typed apart from its body's code,
 * two digits (one only in what a user typed: the old Council of State's
 * terms, HĐNN8) ending the number. Past them when tm starts so, else NULL. */
static const char *term_apart(const char *tm, const char *end, int lenient)
{
	if (tm + 2 > end || !(*tm == ' ' || (lenient && *tm == '-')) || !cite_is_digit(tm[1]))
		return NULL;
	const char *e = tm + 2 < end && cite_is_digit(tm[2]) ? tm + 3 : tm + 2;
	if (e == tm + 2 && !lenient)
		return NULL;
	return e == end || (!cite_is_digit(*e) && *e != '/') ? e : NULL;
}

static int chain_code(const char *p, const char *end, int lenient, struct cite_code *c, struct cite_out *o)
{
	if (!cite_read_code(p, end, CITE_WANT_ISSUER, lenient, c))
		return 0;
	cite_out_adds(o, c->text);
	/* A Party or council body's term typed apart ("3260-KH/ĐĐQH 15"), by
	 * a user: in a text, "… /NQ-HĐND 20 tháng 7" is a number and a date. */
	const char *te;
	if (lenient && !c->digits && !c->glued && c->iss >= 0 && cite_tab_issuers[c->iss].terms &&
	    (te = term_apart(c->end, end, lenient)) != NULL) {
		cite_out_add(o, c->end + 1, (size_t)(te - c->end - 1));
		c->digits = (int)(te - c->end - 1);
		c->end = te;
	}
	struct cite_code d;
	const char *q = c->end;
	/* "V.I" (Vụ I of the Government Office) and "CTTN&BĐG" keep their joins. */
	if (!c->glued && q + 1 < end && (*q == '.' || *q == '&') && cite_capital_at(q + 1, end) &&
	    !cite_is_digit(q[1]) && q[-1] >= 'A' && q[-1] <= 'Z' &&
	    cite_read_code(q + 1, end, CITE_WANT_ISSUER, 0, &d) && !d.glued) {
		cite_out_add(o, q, 1);
		cite_out_adds(o, d.text);
		c->end = d.end;
		c->iss = -1;
	}
	return 1;
}

/* ISSUER ('-' CODE)*: the units of a công văn or the bodies of a joint text. */
static const char *issuer_chain(const char *p, const char *end, int lenient, struct cite_parsed *pp,
				struct cite_out *iss)
{
	struct cite_code c;
	if (!chain_code(p, end, lenient, &c, iss))
		return NULL;
	pp->iss_row = c.iss;
	pp->issuers = 1;
	pp->glued = c.glued;
	p = c.end;
	while (!c.glued) {
		const char *q = cite_sep_tight(p, end, '-');
		struct cite_out save = *iss;
		cite_out_adds(iss, "-");
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

int cite_year_at(const char *p, const char *end, int *year)
{
	if (end - p < 4 || !cite_is_digit(p[0]) || !cite_is_digit(p[1]) || !cite_is_digit(p[2]) || !cite_is_digit(p[3]))
		return 0;
	if (end - p > 4 && cite_is_digit(p[4]))
		return 0;
	int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
	if (y < 1945 || y > 2099)
		return 0;
	*year = y;
	return 1;
}

/* Copies src into a fixed field, cut at a UTF-8 boundary when too long. */
void cite_set_field(char *dst, size_t cap, const char *src)
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

/* A type code and its issuer glued together as a user typed them ("NQTW",
 * "NĐCP", "QĐTTg"): the longest type prefix that a known issuer follows.
 * Fills a as the type, its end where the issuer starts. */
static int read_type_glued(const char *p, const char *end, struct cite_code *a)
{
	char up[44];
	const char *cut[44];
	size_t n = 0;
	const char *q = p;
	while (q < end && n + 2 < sizeof up) {
		size_t len;
		unsigned cp = text_utf8_at(q, end, &len);
		if (cp < 0x80 && ((cp | 32) >= 'a' && (cp | 32) <= 'z')) {
			up[n] = (char)(cp >= 'a' ? cp - 32 : cp);
			cut[n++] = q + 1;
		} else if (cp == 0x110 || cp == 0x111) {
			up[n] = (char)0xC4;
			cut[n++] = q;
			up[n] = (char)0x90;
			cut[n++] = q + 2;
		} else {
			break;
		}
		q += len;
	}
	for (size_t k = n; k-- > 1;) {
		if ((unsigned char)up[k - 1] == 0xC4)
			continue;
		int t = find_code(TAB_TYPE, up, k);
		struct cite_code b;
		/* Only a whole number ends there: 202/TCCP-VC is a body's code
		 * (Ban Tổ chức cán bộ Chính phủ) with its unit, not TC + CP. */
		if (t < 0 || !cite_read_code(cut[k - 1], end, CITE_WANT_ISSUER, 0, &b) || b.iss < 0 ||
		    cite_sep(b.end, end, '-') || cite_sep(b.end, end, '/'))
			continue;
		a->typ = t;
		a->iss = -1;
		a->digits = 0;
		a->glued = 0;
		a->end = cut[k - 1];
		strcpy(a->text, cite_tab_types[t].code);
		return 1;
	}
	return 0;
}

/* The separator between a type and its issuer: '-' (and '/' in Party
 * numbers, where the caller asks for it). What a user types may swap them,
 * leave it out or type a space ("57-NQ-TW", "89/2021/NĐ/CP", "89/2021/NĐCP",
 * "57 nq tw"). */
static const char *type_sep(const char *p, const char *end, char ch, int lenient)
{
	const char *q = cite_sep(p, end, ch);
	if (q || !lenient)
		return q;
	q = cite_sep(p, end, ch == '-' ? '/' : '-');
	if (q)
		return q;
	q = cite_skip_gap(p, end);
	return q < end && text_vn_is_letter(text_utf8_at(q, end, &(size_t){ 0 })) ? q : NULL;
}

/* The type code at p: read whole, or, typed glued to its issuer, cut off. */
static int read_type(const char *p, const char *end, int want, int lenient, struct cite_code *a)
{
	int ok = cite_read_code(p, end, want, lenient, a);
	if (ok && (a->typ >= 0 || a->iss >= 0 || !lenient))
		return 1;
	struct cite_code g;
	if (lenient && read_type_glued(p, end, &g)) {
		*a = g;
		return 1;
	}
	return ok;
}

/* Whether a number without a year of type row typ from issuer row iss has
 * the dash shape NUM-TYPE/ISSUER: a Party body's (57-NQ/TW), or a type the
 * State numbers so (18-L/CTN, 21-LCT/HĐNN8). What decides the shape also
 * sets the separators a user swapped ("57/NQ-TW", "21/LCT-HĐNN8") or left
 * out ("57 NQ/TW", "18 L/CTN"). */
static int dash_shaped(int typ, int iss)
{
	return (iss >= 0 && cite_tab_issuers[iss].kind == CITE_TAB_PARTY) ||
	       (typ >= 0 && cite_tab_types[typ].undated_dash);
}

/* A type whose code ends the number, read without a year: the decrees of
 * the 1940s–50s, 133-SL (also 229/SL), and the laws they promulgated, which
 * carry the law's own number after a slash, 103-SL/L.005. Writes NUM-TYPE
 * and the tail to can; returns the end. */
static const char *alone_undated(const char *d, size_t nd, const struct cite_code *a,
				 const char *end, struct cite_parsed *pp, struct cite_out *can)
{
	struct cite_number *num = &pp->num;
	const char *p = a->end;
	num->kind = CITE_PARTY;
	pp->typ_row = a->typ;
	cite_out_add(can, d, nd);
	cite_out_adds(can, "-");
	cite_out_adds(can, a->text);
	cite_set_field(num->type, sizeof num->type, a->text);
	const char *q = cite_slash_at(p, end);
	if (q && q + 2 < end && q[0] == 'L' && q[1] == '.' && cite_is_digit(q[2])) {
		const char *e = q + 2;
		while (e < end && cite_is_digit(*e) && e - q < 6)
			e++;
		if (e == end || (!cite_is_digit(*e) && !text_vn_is_letter(text_utf8_at(e, end, &(size_t){ 0 })))) {
			cite_out_adds(can, "/");
			cite_out_add(can, q, (size_t)(e - q));
			p = e;
		}
	}
	return can->overflow ? NULL : p;
}

/* PARTY: NUM-TYPE/ISSUER[/SUFFIX]; q is past the dash (or, typed with a
 * space for it, at the type: spaced). */
static const char *parse_party(const char *d, size_t nd, const char *q, const char *end,
			       int lenient, int spaced, struct cite_parsed *pp)
{
	struct cite_number *num = &pp->num;
	char issbuf[64] = "";
	struct cite_out iss = { issbuf, 0, sizeof issbuf, 0 };
	struct cite_out can = { num->canonical, 0, sizeof num->canonical, 0 };
	struct cite_code a;
	const char *p;
	if (!read_type(q, end, CITE_WANT_TYPE, lenient, &a) || a.typ < 0 || a.digits)
		return NULL;
	if (cite_tab_types[a.typ].alone)
		return spaced ? NULL : alone_undated(d, nd, &a, end, pp, &can);
	q = type_sep(a.end, end, '/', lenient);
	/* Joint Party texts chain their issuers: 06-HD/BTCTW-BTGTW. */
	if (!q || !(p = issuer_chain(q, end, lenient, pp, &iss)) || iss.overflow)
		return NULL;
	/* "57 NQ/TW" is a number only in the dash shape: "2024 tt btc" typed
	 * in a search is a year and two words. */
	if (spaced && (pp->iss_row < 0 || !dash_shaped(a.typ, pp->iss_row)))
		return NULL;
	num->kind = CITE_PARTY;
	pp->typ_row = a.typ;
	cite_out_add(&can, d, nd);
	cite_out_adds(&can, "-");
	cite_out_adds(&can, a.text);
	cite_out_adds(&can, "/");
	cite_out_adds(&can, issbuf);
	cite_set_field(num->type, sizeof num->type, a.text);
	cite_set_field(num->issuer, sizeof num->issuer, issbuf);
	struct cite_code s;
	if (!pp->glued && (q = cite_sep_tight(p, end, '/')) != NULL &&
	    cite_read_code(q, end, CITE_WANT_ISSUER, 0, &s) && !s.digits && !s.glued) {
		cite_out_adds(&can, "/");
		cite_out_adds(&can, s.text);
		p = s.end;
	}
	return can.overflow ? NULL : p;
}

/* QPPL, LAW, VBHN with a year: NUM/YYYY/…; q is at the year. */
static const char *parse_dated(const char *d, size_t nd, const char *q, int year, const char *end,
			       int lenient, struct cite_parsed *pp)
{
	struct cite_number *num = &pp->num;
	char issbuf[64] = "";
	struct cite_out iss = { issbuf, 0, sizeof issbuf, 0 };
	struct cite_out can = { num->canonical, 0, sizeof num->canonical, 0 };
	struct cite_code a, b;
	const char *p;
	const char *y = q;
	q = cite_sep(q + 4, end, '/');
	if (!q && lenient)
		q = cite_sep(y + 4, end, '-');
	if (!q || !read_type(q, end, CITE_WANT_TYPE | CITE_WANT_ISSUER, lenient, &a))
		return NULL;
	num->year = year;
	cite_out_add(&can, d, nd);
	cite_out_adds(&can, "/");
	cite_out_add(&can, y, 4);
	cite_out_adds(&can, "/");
	const char *r = cite_sep_tight(a.end, end, '-');
	if (a.iss >= 0 && cite_tab_issuers[a.iss].kind == CITE_TAB_LAW && a.typ < 0 &&
	    (!r || !cite_read_code(r, end, CITE_WANT_ISSUER, 0, &b))) {
		/* "32/2013/QH 13", "QH-13": the term typed apart. */
		const char *tm = a.end, *te;
		if (!a.digits && (te = term_apart(tm, end, lenient)) != NULL) {
			size_t k = strlen(a.text), nt = (size_t)(te - tm - 1);
			if (k + nt + 1 <= sizeof a.text) {
				memcpy(a.text + k, tm + 1, nt);
				a.text[k + nt] = '\0';
				a.end = te;
			}
		}
		num->kind = CITE_LAW;
		pp->iss_row = a.iss;
		pp->issuers = 1;
		cite_out_adds(&can, a.text);
		cite_set_field(num->issuer, sizeof num->issuer, a.text);
		pp->glued = a.glued;
		return can.overflow ? NULL : a.end;
	}
	if (a.typ < 0 || a.digits)
		return NULL;
	r = type_sep(a.end, end, '-', lenient);
	/* A precedent's 63/2023/AL: its code ends the number. */
	if (!r && cite_tab_types[a.typ].alone) {
		pp->typ_row = a.typ;
		num->kind = CITE_QPPL;
		cite_out_adds(&can, a.text);
		cite_set_field(num->type, sizeof num->type, a.text);
		pp->glued = a.glued;
		return can.overflow ? NULL : a.end;
	}
	if (!r || !(p = issuer_chain(r, end, lenient, pp, &iss)))
		return NULL;
	pp->typ_row = a.typ;
	num->kind = strcmp(a.text, "VBHN") == 0 ? CITE_VBHN : CITE_QPPL;
	cite_out_adds(&can, a.text);
	cite_out_adds(&can, "-");
	cite_out_adds(&can, issbuf);
	cite_set_field(num->type, sizeof num->type, a.text);
	cite_set_field(num->issuer, sizeof num->issuer, issbuf);
	return can.overflow || iss.overflow ? NULL : p;
}

/* ADM, CONG_VAN, VBHN: NUM/A-B; q is past the slash. */
static const char *parse_undated(const char *d, size_t nd, const char *q, const char *end,
				 int lenient, struct cite_parsed *pp)
{
	struct cite_number *num = &pp->num;
	char issbuf[64] = "";
	struct cite_out iss = { issbuf, 0, sizeof issbuf, 0 };
	struct cite_out can = { num->canonical, 0, sizeof num->canonical, 0 };
	struct cite_code a;
	const char *p;
	if (!read_type(q, end, CITE_WANT_TYPE | CITE_WANT_ISSUER, lenient, &a))
		return NULL;
	if (a.typ >= 0 && !a.digits && cite_tab_types[a.typ].alone)
		return alone_undated(d, nd, &a, end, pp, &can); /* 229/SL */
	/* A slash or nothing between a type and its issuer only after a type. */
	const char *r = a.typ >= 0 ? type_sep(a.end, end, '-', lenient) : cite_sep(a.end, end, '-');
	if (!r || !(p = issuer_chain(r, end, lenient, pp, &iss))) {
		/* "NUM/UBND": a công văn with no unit, only from a body the table knows. */
		if (a.iss < 0 || a.typ >= 0 || a.digits)
			return NULL;
		num->kind = CITE_CONG_VAN;
		pp->iss_row = a.iss;
		pp->issuers = 1;
		cite_out_add(&can, d, nd);
		cite_out_adds(&can, "/");
		cite_out_adds(&can, a.text);
		cite_set_field(num->issuer, sizeof num->issuer, a.text);
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
		cite_set_field(num->type, sizeof num->type, tcode);
		cite_set_field(num->issuer, sizeof num->issuer, issbuf);
		if (strcmp(tcode, "VBHN") == 0) {
			num->kind = CITE_VBHN;
		} else if (b_known && pp->issuers == 1 && dash_shaped(a.typ, pp->iss_row)) {
			/* 57/QĐ-TW, 21/LCT-HĐNN8: the separators swapped. */
			num->kind = CITE_PARTY;
			cite_out_add(&can, d, nd);
			cite_out_adds(&can, "-");
			cite_out_adds(&can, tcode);
			cite_out_adds(&can, "/");
			cite_out_adds(&can, issbuf);
			return can.overflow ? NULL : p;
		} else {
			num->kind = CITE_ADM;
		}
		cite_out_add(&can, d, nd);
		cite_out_adds(&can, "/");
		cite_out_adds(&can, tcode);
		cite_out_adds(&can, "-");
		cite_out_adds(&can, issbuf);
		return can.overflow ? NULL : p;
	}
	num->kind = CITE_CONG_VAN;
	pp->typ_row = -1;
	pp->iss_row = a.iss;
	pp->issuers = 1; /* the units after it are the body's own departments */
	cite_set_field(num->issuer, sizeof num->issuer, a.text);
	cite_out_add(&can, d, nd);
	cite_out_adds(&can, "/");
	cite_out_adds(&can, a.text);
	cite_out_adds(&can, "-");
	cite_out_adds(&can, issbuf);
	return can.overflow ? NULL : p;
}

/* Parses a number at p (a digit). Returns its end, or NULL. */
const char *cite_parse_number(const char *p, const char *end, int lenient, struct cite_parsed *pp)
{
	struct cite_number *num = &pp->num;
	memset(pp, 0, sizeof *pp);
	pp->iss_row = pp->typ_row = -1;
	const char *d = p;
	while (p < end && cite_is_digit(*p))
		p++;
	/* "66.16/2026/NQ-CP": a resolution numbered under another (66), only
	 * with a year after it (1.250/… is an amount, 24.1/ĐK-TCT a form). */
	int year;
	const char *q;
	if (p + 1 < end && *p == '.' && cite_is_digit(p[1])) {
		const char *s = p + 1;
		while (s < end && cite_is_digit(*s) && s - p <= 3)
			s++;
		if (s - p <= 3 && (q = cite_slash_at(s, end)) != NULL && cite_year_at(q, end, &year))
			p = s;
	}
	size_t nd = (size_t)(p - d);
	if (nd == 0 || nd > 7)
		return NULL;
	memcpy(num->number, d, nd);
	num->number[nd] = '\0';

	/* "45-2019-qh14" (an address's slashes typed as dashes): a year of
	 * four digits between dashes is no Party number's type. */
	if ((q = cite_sep(p, end, '-')) != NULL && lenient && cite_year_at(q, end, &year) &&
	    cite_sep(q + 4, end, '-'))
		return parse_dated(d, nd, q, year, end, lenient, pp);
	if (q)
		return parse_party(d, nd, q, end, lenient, 0, pp);
	if ((q = cite_sep(p, end, '/')) == NULL) {
		/* "57 NQ/TW" typed with a space for the dash. */
		q = cite_skip_gap(p, end);
		if (!lenient || q == p || q >= end || cite_is_digit(*q))
			return NULL;
		return parse_party(d, nd, q, end, lenient, 1, pp);
	}
	if (cite_year_at(q, end, &year))
		return parse_dated(d, nd, q, year, end, lenient, pp);
	return parse_undated(d, nd, q, end, lenient, pp);
}
