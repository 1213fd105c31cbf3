/* cite_codes.c — reading the type and issuer a user typed ("qd", "Quy định",
 * "bo tai chinh") as the tables' codes and names, for filters and facets. */
#include "text/text.h"

#include <pthread.h>
#include <stdio.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>

#include "text/text_int.h"


/* Keys are text_fold_key's: marks, case and spaces all fall away ("Bộ Tài
 * chính" -> "botaichinh"). The tables' names are folded once per process:
 * every letterhead line of an ingest asks for its issuer here. The type
 * names and the issuers' are folded apart, each when first asked for: a
 * search asks every query whether it names a type, and folding the
 * issuers' names too was a share of each command-line search. The type
 * names come folded by the build (scripts/gen-cite-tables.sh, held to
 * text_fold_key by the unit tests): folding them here was a search's
 * largest cost of start-up in tracuu's own code. */
struct code_keys {
	const char **type_names; /* cite_tab_type_names[i].name folded */
	const char **uncoded;    /* cite_tab_uncoded[i].name folded */
	const char **every;  /* both, each key once (cite_type_keys) */
	size_t nevery;
	char ***issuer;      /* row i's names and aliases folded, NULL-ended */
};
static struct code_keys keys;
static pthread_once_t types_once = PTHREAD_ONCE_INIT, issuers_once = PTHREAD_ONCE_INIT;

static char *fold_dup(const char *s, size_t n)
{
	struct buf b = BUF_INIT;
	text_fold_key(s, n, &b);
	char *k = xstrdup(b.p ? b.p : "");
	buf_release(&b);
	return k;
}

/* The sep-separated names of list, folded, appended to v[*n…]; "-" is none. */
static void fold_list(const char *list, char sep, char ***v, size_t *n)
{
	for (const char *s = list; s && *s;) {
		const char *e = strchr(s, sep);
		size_t len = e ? (size_t)(e - s) : strlen(s);
		if (!(len == 1 && *s == '-')) {
			*v = xrealloc(*v, (*n + 2) * sizeof **v);
			(*v)[(*n)++] = fold_dup(s, len);
			(*v)[*n] = NULL;
		}
		s = e ? e + 1 : NULL;
	}
}

static void types_build(void)
{
	keys.type_names = xcalloc(cite_tab_n_type_names + 1, sizeof *keys.type_names);
	for (size_t i = 0; i < cite_tab_n_type_names; i++) {
		const struct cite_type_name_row *r = &cite_tab_type_names[i];
		keys.type_names[i] = r->folded ? r->folded : fold_dup(r->name, strlen(r->name));
	}
	keys.uncoded = xcalloc(cite_tab_n_uncoded + 1, sizeof *keys.uncoded);
	for (size_t i = 0; i < cite_tab_n_uncoded; i++) {
		const struct cite_uncoded *u = &cite_tab_uncoded[i];
		keys.uncoded[i] = u->folded ? u->folded : fold_dup(u->name, strlen(u->name));
	}
	keys.every = xcalloc(cite_tab_n_type_names + cite_tab_n_uncoded, sizeof *keys.every);
	for (size_t i = 0; i < cite_tab_n_type_names + cite_tab_n_uncoded; i++) {
		const char *k = i < cite_tab_n_type_names ? keys.type_names[i]
							 : keys.uncoded[i - cite_tab_n_type_names];
		size_t j = 0;
		while (j < keys.nevery && strcmp(keys.every[j], k) != 0)
			j++;
		if (*k && j == keys.nevery)
			keys.every[keys.nevery++] = k;
	}
}

static void issuers_build(void)
{
	keys.issuer = xcalloc(cite_tab_n_issuers + 1, sizeof *keys.issuer);
	for (size_t i = 0; i < cite_tab_n_issuers; i++) {
		size_t n = 0;
		fold_list(cite_tab_issuers[i].names, '|', &keys.issuer[i], &n);
		fold_list(cite_tab_issuers[i].aliases, ';', &keys.issuer[i], &n);
	}
}

/* The keys with the type names' (type_names, uncoded) folded. */
static const struct code_keys *types_get(void)
{
	pthread_once(&types_once, types_build);
	return &keys;
}

/* The keys with the issuers' names folded. */
static const struct code_keys *issuers_get(void)
{
	pthread_once(&issuers_once, issuers_build);
	return &keys;
}

/* text.h */
size_t cite_type_keys(const char *const **out)
{
	const struct code_keys *k = types_get();
	*out = k->every;
	return k->nevery;
}

static int code_is(const char *key, const char *folded_code)
{
	return strcasecmp(key, folded_code) == 0;
}

/* The row of the type name that folds to key, or NULL. */
static const struct cite_type_name_row *type_name_row(const char *key)
{
	const struct code_keys *k = types_get();
	for (size_t i = 0; *key && i < cite_tab_n_type_names; i++)
		if (*k->type_names[i] && strcmp(k->type_names[i], key) == 0)
			return &cite_tab_type_names[i];
	return NULL;
}

const char *cite_type_code(const char *s)
{
	struct buf k = BUF_INIT;
	text_fold_key(s, strlen(s), &k);
	const char *code = NULL;
	for (size_t i = 0; k.len && i < cite_tab_n_types && !code; i++)
		if (code_is(k.p, cite_tab_types[i].folded))
			code = cite_tab_types[i].code;
	if (!code && k.len) {
		const struct cite_type_name_row *r = type_name_row(k.p);
		if (r)
			code = cite_tab_types[r->type].code;
	}
	buf_release(&k);
	return code;
}

const char *cite_issuer_code(const char *s)
{
	struct buf k = BUF_INIT;
	text_fold_key(s, strlen(s), &k);
	const char *code = cite_issuer_code_key(k.len ? k.p : "");
	buf_release(&k);
	return code;
}

const char *cite_issuer_code_key(const char *key)
{
	const char *code = NULL;
	for (size_t i = 0; *key && i < cite_tab_n_issuers && !code; i++)
		if (code_is(key, cite_tab_issuers[i].folded))
			code = cite_tab_issuers[i].code;
	const struct code_keys *ks = *key ? issuers_get() : NULL;
	for (size_t i = 0; ks && i < cite_tab_n_issuers && !code; i++)
		for (char **f = ks->issuer[i]; f && *f && !code; f++)
			if (**f && strcmp(*f, key) == 0)
				code = cite_tab_issuers[i].code;
	return code;
}

/* The name of a type without a code (corpus/doctypes.tsv's "-" rows:
 * Luật, Bộ luật, Hiến pháp) that folds to key, or NULL. */
static const char *uncoded_name(const char *key)
{
	const struct code_keys *k = types_get();
	for (size_t i = 0; *key && i < cite_tab_n_uncoded; i++)
		if (*k->uncoded[i] && strcmp(k->uncoded[i], key) == 0)
			return cite_tab_uncoded[i].name;
	return NULL;
}

const char *cite_type_name_for_key(const char *key)
{
	const struct cite_type_name_row *r = *key ? type_name_row(key) : NULL;
	return r ? r->name : *key ? uncoded_name(key) : NULL;
}

const char *cite_type_name_for(const char *s)
{
	struct buf k = BUF_INIT;
	text_fold_key(s, strlen(s), &k);
	const char *name = cite_type_name_for_key(k.p ? k.p : "");
	buf_release(&k);
	return name;
}

struct leading_key {
	struct buf key;
	const size_t *ends; /* the words' ends in bytes */
	size_t *lens;       /* the key's length after each word */
	size_t n, k;
};

static int leading_token(const struct text_token *t, void *arg)
{
	struct leading_key *c = arg;
	while (c->k < c->n && t->end > c->ends[c->k])
		c->lens[c->k++] = c->key.len;
	buf_add(&c->key, t->folded, t->folded_len);
	return 0;
}

const char *cite_type_name_leading(const char *s, size_t n)
{
	size_t ends[4], lens[4], nw = 0;
	if (n > 4)
		n = 4;
	for (size_t i = 0; s && s[i] && nw < n; i++)
		if (!s[i + 1] || s[i + 1] == ' ' || s[i + 1] == ':')
			ends[nw++] = i + 1;
	if (!nw)
		return NULL;
	/* A word ends where a token cannot go on (a space, a colon, the
	 * end), so the key of the first k words is the whole key's first
	 * lens[k - 1] bytes: text_fold_key of that prefix. */
	struct leading_key c = { BUF_INIT, ends, lens, nw, 0 };
	struct text_tokeniser *tz = text_tokeniser_new();
	text_tokenise(tz, s, ends[nw - 1], 0, leading_token, &c);
	text_tokeniser_free(tz);
	while (c.k < nw)
		lens[c.k++] = c.key.len;
	const char *name = NULL;
	for (size_t k = nw; k > 0 && !name; k--) {
		if (c.key.p)
			c.key.p[lens[k - 1]] = '\0';
		name = cite_type_name_for_key(c.key.p && lens[k - 1] ? c.key.p : "");
	}
	buf_release(&c.key);
	return name;
}

/* The issuer code a type implies (corpus/doctypes.tsv's body column: a
 * Luật is the Quốc hội's, an Án lệ the Council of Judges'), by the name a
 * card shows; row: the type code's row of the number, which decides between
 * rows sharing a name (L and LCT are both "Lệnh"), or -1. NULL for none. */
const char *cite_type_body(const char *type_name, int row)
{
	if (!type_name || !*type_name)
		return NULL;
	if (row >= 0 && (size_t)row < cite_tab_n_types &&
	    strcmp(cite_tab_types[row].state_name, type_name) == 0)
		return *cite_tab_types[row].body ? cite_tab_types[row].body : NULL;
	for (size_t i = 0; i < cite_tab_n_uncoded; i++)
		if (strcmp(cite_tab_uncoded[i].name, type_name) == 0)
			return *cite_tab_uncoded[i].body ? cite_tab_uncoded[i].body : NULL;
	for (size_t i = 0; i < cite_tab_n_types; i++)
		if (strcmp(cite_tab_types[i].state_name, type_name) == 0)
			return *cite_tab_types[i].body ? cite_tab_types[i].body : NULL;
	return NULL;
}

int cite_type_within(const char *type_name)
{
	for (size_t i = 0; type_name && i < cite_tab_n_types; i++)
		if (strcmp(cite_tab_types[i].state_name, type_name) == 0 && cite_tab_types[i].within)
			return 1;
	return 0;
}

/* text.h: the legal force of the type a title begins with (a type of
 * force 1 or 2: corpus/doctypes.tsv's force column). */
int cite_title_force(const char *title, size_t *len)
{
	*len = 0;
	for (size_t k = 0; title && k < cite_tab_n_types + cite_tab_n_uncoded; k++) {
		int uncoded = k >= cite_tab_n_types;
		const char *name = uncoded ? cite_tab_uncoded[k - cite_tab_n_types].name
					   : cite_tab_types[k].state_name;
		int force = uncoded ? cite_tab_uncoded[k - cite_tab_n_types].force
				    : cite_tab_types[k].force;
		size_t n = strlen(name);
		if (force && strncmp(title, name, n) == 0 && (title[n] == ' ' || !title[n])) {
			*len = n;
			return force;
		}
	}
	return 0;
}

/* ---- issuing bodies ---------------------------------------------------------- */

/* The row of an issuer code written any way ("bgddt", "BGD&ĐT", "TTG"):
 * '&' dropped, case- and mark-blind; the spelling with its marks wins when
 * two rows fold alike. -1 when the table does not know it. */
static int issuer_row(const char *s, size_t len)
{
	char up[48], fold[48];
	size_t n = 0, f = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '&')
			continue;
		if (n + 2 >= sizeof up)
			return -1;
		if (c == 0xC4 && i + 1 < len &&
		    ((unsigned char)s[i + 1] == 0x90 || (unsigned char)s[i + 1] == 0x91)) {
			up[n++] = (char)0xC4, up[n++] = (char)0x90, fold[f++] = 'D';
			i++;
		} else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
			up[n++] = (char)(c & ~0x20), fold[f++] = (char)(c & ~0x20);
		} else {
			return -1; /* codes are letters and Đ only */
		}
	}
	up[n] = fold[f] = '\0';
	if (!n)
		return -1;
	int row = -1;
	for (size_t i = 0; i < cite_tab_n_issuers; i++) {
		if (strcmp(cite_tab_issuers[i].upper, up) == 0)
			return (int)i;
		if (row < 0 && strcmp(cite_tab_issuers[i].folded, fold) == 0)
			row = (int)i;
	}
	return row;
}

const char *cite_issuer_body(const char *s, size_t len, char term[8])
{
	term[0] = '\0';
	size_t n = len;
	while (n > 0 && s[n - 1] >= '0' && s[n - 1] <= '9')
		n--;
	int row = issuer_row(s, n);
	if (row < 0)
		return NULL;
	if (n < len) {
		/* Term digits name one legislature's term (QH14); elsewhere
		 * digits are no part of a body's code. */
		if (!cite_tab_issuers[row].terms || len - n > 3)
			return NULL;
		memcpy(term, s + n, len - n);
		term[len - n] = '\0';
	}
	/* Rows sharing a full name are one body, known by its first row. */
	for (int i = 0; i < row; i++)
		if (strcmp(cite_tab_issuers[i].names, cite_tab_issuers[row].names) == 0)
			return cite_tab_issuers[i].code;
	return cite_tab_issuers[row].code;
}

int cite_issuer_kind(const char *code)
{
	int row = issuer_row(code, strlen(code));
	return row < 0 ? -1 : (int)cite_tab_issuers[row].kind;
}

/* Whether the body of code was merged into the body of into (BTNMT into
 * BNNMT in 2025: a text may still name the old ministry). */
int cite_issuer_merged_into(const char *code, const char *into)
{
	int row = issuer_row(code, strlen(code));
	return row >= 0 && into && cite_tab_issuers[row].merged_into[0] &&
	       strcmp(cite_tab_issuers[row].merged_into, into) == 0;
}

const char *cite_issuer_names(const char *code)
{
	char term[8];
	const char *body = code ? cite_issuer_body(code, strlen(code), term) : NULL;
	int row = body ? issuer_row(body, strlen(body)) : -1;
	return row < 0 ? NULL : cite_tab_issuers[row].names;
}

void cite_issuer_bodies(const struct cite_number *num, void (*fn)(const char *code,
		        const char *term, void *arg), void *arg)
{
	const char *s = num->issuer;
	for (;;) {
		const char *dash = strchr(s, '-');
		size_t n = dash ? (size_t)(dash - s) : strlen(s);
		char term[8];
		const char *body = cite_issuer_body(s, n, term);
		if (body)
			fn(body, term, arg);
		/* A công văn's issuer is followed by its unit (5348/CT-CS). */
		if (!dash || num->kind == CITE_CONG_VAN)
			break;
		s = dash + 1;
	}
}

struct joint {
	const char *codes[8];
	size_t n;
	int unknown;
};

static void joint_add(const char *code, const char *term, void *arg)
{
	struct joint *j = arg;
	(void)term;
	for (size_t i = 0; i < j->n; i++)
		if (strcmp(j->codes[i], code) == 0)
			return; /* "LĐTBXH" and "BLĐTBXH" are one body */
	if (j->n < N_ELEMS(j->codes))
		j->codes[j->n++] = code;
	else
		j->unknown = 1;
}

int cite_joint_type(const struct cite_number *num)
{
	size_t t = strlen(num->type);
	return t > 2 && strcmp(num->type + t - 2, "LT") == 0;
}

int cite_is_joint(const struct cite_number *num)
{
	if (num->kind == CITE_CONG_VAN || num->kind == CITE_SHORT)
		return 0;
	return cite_joint_type(num) || (num->issuer[0] && strchr(num->issuer, '-') != NULL);
}

/* A body that is a unit of another ("Tổng cục Thuế" under "Bộ Tài
 * chính"): after a body's code in a number that does not say it is joint
 * (1234/QĐ-BTC-TCT), it is the issuer's own department, not a co-issuer. */
static int unit_name(const char *names)
{
	static const char *const units[] = { "Cục ", "Tổng cục ", "Chi cục ", "Vụ ", "Văn phòng ", "Sở " };
	for (size_t i = 0; i < N_ELEMS(units); i++)
		if (strncmp(names, units[i], strlen(units[i])) == 0)
			return 1;
	return 0;
}

int cite_joint_names(const struct cite_number *num, char *out, size_t cap)
{
	struct joint j = { .n = 0 };
	out[0] = '\0';
	if (!cite_is_joint(num))
		return 0;
	/* Every code must name a body: "TTLT-BTC-XYZ" is not two bodies known. */
	for (const char *s = num->issuer;;) {
		const char *dash = strchr(s, '-');
		char term[8];
		if (!cite_issuer_body(s, dash ? (size_t)(dash - s) : strlen(s), term))
			return 0;
		if (!dash)
			break;
		s = dash + 1;
	}
	cite_issuer_bodies(num, joint_add, &j);
	if (j.unknown || j.n < 2)
		return 0;
	struct cite_out o = { out, 0, cap, 0 };
	for (size_t i = 0; i < j.n; i++) {
		const char *names = cite_issuer_names(j.codes[i]);
		if (!names || !cite_single_name(names) || (i && !cite_joint_type(num) && unit_name(names)))
			break;
		if (i)
			cite_out_adds(&o, CITE_JOINT_SEP);
		cite_out_adds(&o, names);
		if (o.overflow)
			break;
		if (i + 1 == j.n)
			return (int)j.n;
	}
	out[0] = '\0';
	return 0;
}

size_t cite_joint_part(const char *s, const char **next)
{
	const char *sep = strstr(s, CITE_JOINT_SEP);
	*next = sep ? sep + strlen(CITE_JOINT_SEP) : NULL;
	return sep ? (size_t)(sep - s) : strlen(s);
}

size_t cite_joint_count(const char *s)
{
	size_t n = 0;
	for (const char *p = s && *s ? s : NULL; p; n++)
		cite_joint_part(p, &p);
	return n;
}

void cite_short_key(const char *type_name, const char *number, int year, struct buf *out)
{
	text_fold_key(type_name, strlen(type_name), out);
	buf_addc(out, ':');
	buf_adds(out, number);
	if (year)
		buf_addf(out, "/%d", year);
}

void cite_loose_key(const char *canonical, const char *number, struct buf *out)
{
	size_t zeros = 0;
	while (number[zeros] == '0' && number[zeros + 1])
		zeros++;
	/* The number leads every canonical form. */
	const char *s = strncmp(canonical, number, strlen(number)) == 0 ? canonical + zeros : canonical;
	/* A unit's code the tables do not know keeps the case and the Đ it
	 * was typed with ("GDĐH", "gddh"): the key has neither. */
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == 0xC4 && (s[1] == (char)0x90 || s[1] == (char)0x91)) {
			buf_addc(out, 'D');
			s++;
		} else {
			buf_addc(out, c >= 'a' && c <= 'z' ? (char)(c - 32) : (char)c);
		}
	}
}

int cite_same_number(const struct cite_number *num, const char *canonical)
{
	struct buf a = BUF_INIT, b = BUF_INIT;
	cite_loose_key(num->canonical, num->number, &a);
	cite_loose_key(canonical, num->number, &b);
	int same = a.len == b.len && (a.len == 0 || memcmp(a.p, b.p, a.len) == 0);
	buf_release(&a);
	buf_release(&b);
	return same;
}

/* The National Assembly's terms (khóa IX on): the years a number of the
 * Assembly or its Standing Committee may carry (a term's last year is the
 * next's first). Numbers of the terms before used other shapes (35-L/CTN). */
static const struct {
	int term, from, to;
} assembly_terms[] = {
	{ 9, 1992, 1997 },  { 10, 1997, 2002 }, { 11, 2002, 2007 }, { 12, 2007, 2011 },
	{ 13, 2011, 2016 }, { 14, 2016, 2021 }, { 15, 2021, 2026 }, { 16, 2026, 2031 },
};

int cite_term_misfit(const struct cite_number *num, int *term, int *from, int *to)
{
	const char *code = num->issuer;
	size_t n = strlen(code), d = n;
	while (d > 0 && cite_is_digit(code[d - 1]))
		d--;
	if (!num->year || d == n || d < 2 || memcmp(code + d - 2, "QH", 2) != 0 ||
	    !(d == 2 || (d == 6 && memcmp(code, "UBTV", 4) == 0)))
		return 0;
	int k = atoi(code + d);
	for (size_t i = 0; i < sizeof assembly_terms / sizeof *assembly_terms; i++)
		if (assembly_terms[i].term == k) {
			*term = k;
			*from = assembly_terms[i].from;
			*to = assembly_terms[i].to;
			return num->year < *from || num->year > *to;
		}
	return 0;
}

int cite_term_fits(const struct cite_number *num)
{
	int term, from, to;
	return !cite_term_misfit(num, &term, &from, &to);
}

/* The words of a name folded one by one, '\x1f' after each ("bo\x1flao\x1f
 * dong\x1f"): a name's start is a prefix of it on word boundaries. Marks
 * and punctuation alone ("-", "&") are no words. */
static void fold_words(const char *s, size_t len, struct buf *out)
{
	struct buf w = BUF_INIT;
	buf_reset(out);
	for (size_t i = 0; i < len;) {
		size_t n = strcspn(s + i, " \t");
		if (n > len - i)
			n = len - i;
		buf_reset(&w);
		text_fold_key(s + i, n, &w);
		if (w.len) {
			buf_add(out, w.p, w.len);
			buf_addc(out, '\x1f');
		}
		i += n + 1;
	}
	buf_release(&w);
}

size_t cite_issuer_codes_typed(const char *s, const char **codes, size_t max)
{
	size_t n = 0, len = strlen(s);
	/* "Bộ TC", "bo GDDT": a ministry's code is "B" and its initials. */
	struct buf k = BUF_INIT;
	fold_words(s, len, &k);
	if (k.len > 3 && memcmp(k.p, "bo\x1f", 3) == 0) {
		const char *rest = s + strspn(s, " \t");
		rest += strcspn(rest, " \t");
		rest += strspn(rest, " \t");
		char code[48];
		int w = snprintf(code, sizeof code, "B%s", rest);
		int row = w > 0 && (size_t)w < sizeof code ? issuer_row(code, (size_t)w) : -1;
		if (row >= 0 && strncmp(cite_tab_issuers[row].names, "Bộ ", 4) == 0 && max) {
			codes[n++] = cite_tab_issuers[row].code;
			buf_release(&k);
			return n;
		}
	}
	/* "Bộ Lao động", "Bộ Kế hoạch": the first syllables of one body's
	 * name (or of each that starts so), three at least, so that a word of
	 * two is whole ("Bộ Tư" is no start of "Bộ Tư pháp"), and not all of it. */
	struct buf name = BUF_INIT;
	size_t words = 0;
	for (size_t i = 0; i < k.len; i++)
		words += k.p[i] == '\x1f';
	for (size_t i = 0; words >= 3 && i < cite_tab_n_issuers; i++) {
		const struct cite_issuer_row *r = &cite_tab_issuers[i];
		if (strchr(r->names, '|'))
			continue;
		fold_words(r->names, strlen(r->names), &name);
		if (name.len <= k.len || memcmp(name.p, k.p, k.len) != 0)
			continue;
		int dup = 0;
		for (size_t j = 0; j < n && !dup; j++)
			dup = strcmp(cite_issuer_names(codes[j]), r->names) == 0;
		if (!dup && n < max)
			codes[n++] = r->code;
	}
	buf_release(&name);
	buf_release(&k);
	return n;
}
