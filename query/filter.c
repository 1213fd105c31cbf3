/* filter.c — the filters a user types (type, issuer, year, dates; the
 * document's own or those of the numbers it cites) read as index terms. */
#include "query/query_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "index/schema.h"

static void strv_add(char ***v, size_t *n, const char *s)
{
	for (size_t i = 0; i < *n; i++)
		if (strcmp((*v)[i], s) == 0)
			return;
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = xstrdup(s);
}

static const enum cite_kind kinds[] = { CITE_QPPL, CITE_ADM, CITE_PARTY };

/* Is name one of the names code stands for (in Party or State usage)? */
static int names_code(const char *code, const char *name)
{
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
		const char *t = cite_type_name(code, kinds[k]);
		if (t && strcmp(t, name) == 0)
			return 1;
	}
	return 0;
}

/* Types are kept as the indexer keeps them: the folded name ("nghidinh",
 * "luat"). A code means every name it stands for; a name means that type
 * only ("Thông tri" is not the Thông tư that shares its code TT). */
static int add_type(char ***v, size_t *n, const char *s, char **err)
{
	const char *code = cite_type_code(s);
	const char *named = cite_type_name_for(s);
	struct buf key = BUF_INIT;
	if (code && named && names_code(code, named)) {
		text_fold_key(named, strlen(named), &key);
		strv_add(v, n, key.p);
	} else if (code) {
		/* A code may name a different document in Party and State usage
		 * (QĐ: Quyết định, Quy định): any of them. */
		for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
			const char *name = cite_type_name(code, kinds[k]);
			if (!name)
				continue;
			buf_reset(&key);
			text_fold_key(name, strlen(name), &key);
			strv_add(v, n, key.p);
		}
	} else {
		/* A type without a code (Luật, Bộ luật, Hiến pháp) by its name. */
		const char *name = cite_type_name_for(s);
		if (name) {
			text_fold_key(name, strlen(name), &key);
			strv_add(v, n, key.p);
		}
	}
	int known = code || key.len;
	buf_release(&key);
	if (!known) {
		*err = xasprintf("'%s' is not a document type (a code such as NQ, QĐ, NĐ, TT, KL, "
				 "or a name such as 'Nghị quyết', 'Luật', 'bo luat')", s);
		return -1;
	}
	return 0;
}

/* Issuers are kept as the indexer keeps them: the table's code of the body
 * (cite_issuer_body: "QH", "QH14" for one term, "BLĐTBXH" for "LĐTBXH"), or
 * '~' and the folded name for a body the code cannot say (one of the three
 * /TW bodies, a province's committee). */
static int add_issuer(char ***v, size_t *n, const char *s, char **err)
{
	char term[8];
	const char *body = cite_issuer_body(s, strlen(s), term);
	if (body) { /* typed as a code: "QH14", "btc", "BGD&ĐT" */
		char code[64];
		snprintf(code, sizeof code, "%s%s", body, term);
		strv_add(v, n, code);
		return 0;
	}
	/* A name; a name that several bodies share a code with (Bộ Chính trị:
	 * TW) means that body, as the texts name it. */
	const char *code = cite_issuer_code(s);
	const char *names = code ? cite_issuer_names(code) : NULL;
	body = code ? cite_issuer_body(code, strlen(code), term) : NULL;
	if (body && names && !strchr(names, '|')) {
		strv_add(v, n, body);
		return 0;
	}
	/* Short: "Bộ TC", "bộ GDĐT" (a ministry by its code's letters after
	 * "Bộ"), "Bộ Lao động"; one body, else which are meant. */
	const char *typed[4];
	size_t nt = cite_issuer_codes_typed(s, typed, 4);
	if (nt == 1) {
		strv_add(v, n, cite_issuer_body(typed[0], strlen(typed[0]), term));
		return 0;
	}
	if (nt > 1) {
		struct buf which = BUF_INIT;
		for (size_t i = 0; i < nt; i++) {
			const char *nm = cite_issuer_names(typed[i]);
			buf_addf(&which, "%s'%s'", i ? (i + 1 == nt ? " or " : ", ") : "", nm);
		}
		*err = xasprintf("'%s' may be %s%s: type more of the name", s, which.p,
				 nt == 4 ? " or more" : "");
		buf_release(&which);
		return -1;
	}
	struct buf key = BUF_INIT, spelled = BUF_INIT, placed = BUF_INIT;
	buf_addc(&key, '~');
	cite_body_spelled(s, strlen(s), &spelled);
	text_fold_key(spelled.p ? spelled.p : "", spelled.len, &key);
	if (key.len == 1) {
		buf_release(&key);
		buf_release(&spelled);
		*err = xasprintf("'%s' is not an issuing body", s);
		return -1;
	}
	strv_add(v, n, key.p);
	/* "UBND Nghệ An", "HĐND Hà Nội": the body of the province or the
	 * city, as its letterhead names it ("… tỉnh Nghệ An"). */
	for (size_t k = 0; cite_body_placed(spelled.p, spelled.len, k, &placed); k++) {
		buf_reset(&key);
		buf_addc(&key, '~');
		text_fold_key(placed.p, placed.len, &key);
		strv_add(v, n, key.p);
	}
	buf_release(&placed);
	buf_release(&spelled);
	buf_release(&key);
	return 0;
}

int query_filter_type(struct query_filters *f, const char *s, char **err)
{
	return add_type(&f->types, &f->ntypes, s, err);
}

int query_filter_cites_type(struct query_filters *f, const char *s, char **err)
{
	return add_type(&f->cites_types, &f->ncites_types, s, err);
}

/* Keeps s as typed when add_issuer read it as a name no table knows. */
static int note_unknown(struct query_filters *f, char **v, size_t before, size_t after,
			const char *s)
{
	if (after > before && v[before][0] == '~')
		strv_add(&f->unknown_bodies, &f->nunknown_bodies, s);
	return 0;
}

int query_filter_issuer(struct query_filters *f, const char *s, char **err)
{
	size_t before = f->nissuers;
	if (add_issuer(&f->issuers, &f->nissuers, s, err) < 0)
		return -1;
	return note_unknown(f, f->issuers, before, f->nissuers, s);
}

int query_filter_cites_issuer(struct query_filters *f, const char *s, char **err)
{
	size_t before = f->ncites_issuers;
	if (add_issuer(&f->cites_issuers, &f->ncites_issuers, s, err) < 0)
		return -1;
	return note_unknown(f, f->cites_issuers, before, f->ncites_issuers, s);
}

const char *query_filter_unheld(idx_db *db, const struct query_filters *f)
{
	for (size_t i = 0; i < f->nunknown_bodies; i++) {
		char **v = NULL, *err = NULL;
		size_t n = 0;
		if (add_issuer(&v, &n, f->unknown_bodies[i], &err) < 0) {
			free(err);
			continue;
		}
		unsigned long long held = 0;
		struct buf t = BUF_INIT;
		for (size_t k = 0; k < n && !held; k++) {
			static const char *const prefixes[] = { PREFIX_OWN_ISSUER_NAME, PREFIX_ISSUER_NAME };
			for (size_t p = 0; p < 2 && !held; p++) {
				buf_reset(&t);
				buf_adds(&t, prefixes[p]);
				buf_adds(&t, v[k] + (v[k][0] == '~'));
				held = idx_term_freq(db, t.p, t.len);
			}
		}
		buf_release(&t);
		strv_free(v, n);
		if (!held)
			return f->unknown_bodies[i];
	}
	return NULL;
}

/* Bounds that no date meets are a mistake to say, not a search that finds
 * nothing: --from 2021 --to 2020, or --year 2025 --to 2020. */
static int range_empty(const struct query_filters *f, char **err)
{
	char ylo[11] = "", yhi[11] = "";
	if (f->year) {
		snprintf(ylo, sizeof ylo, "%04d-01-01", f->year);
		snprintf(yhi, sizeof yhi, "%04d-12-31", f->year);
	}
	if (f->from[0] && f->to[0] && strcmp(f->from, f->to) > 0) {
		*err = xasprintf("the date range is empty: from %s is after to %s", f->from, f->to);
		return -1;
	}
	if (f->year && ((f->from[0] && strcmp(f->from, yhi) > 0) ||
			(f->to[0] && strcmp(f->to, ylo) < 0))) {
		*err = xasprintf("the date range is empty: year %d is outside %s to %s", f->year,
				 f->from[0] ? f->from : "…", f->to[0] ? f->to : "…");
		return -1;
	}
	return 0;
}

const char *query_trimmed(const char *s, char *buf, size_t size)
{
	static const char space[] = " \t\r\n";
	s += strspn(s, space);
	size_t len = strlen(s);
	while (len && strchr(space, s[len - 1]))
		len--;
	if (s[len] == '\0' || len >= size)
		return s;
	memcpy(buf, s, len);
	buf[len] = '\0';
	return buf;
}

int query_filter_year(struct query_filters *f, const char *s, char **err)
{
	char trimmed[64];
	s = query_trimmed(s, trimmed, sizeof trimmed);
	char *end;
	long y = strtol(s, &end, 10);
	/* "2019-2020", "2019–2020", "2019..2020": the years from one to the
	 * other, as from:2019 to:2020. */
	const char *sep = end;
	size_t seplen = strncmp(sep, "..", 2) == 0 ? 2 : strncmp(sep, "\xe2\x80\x93", 3) == 0 ? 3
										     : *sep == '-';
	if (end != s && end - s == 4 && seplen && strlen(sep + seplen) == 4 &&
	    strspn(sep + seplen, "0123456789") == 4) {
		char lo[5], hi[5];
		snprintf(lo, sizeof lo, "%.4s", s);
		snprintf(hi, sizeof hi, "%.4s", sep + seplen);
		return query_filter_date(f, lo, 0, err) < 0 ? -1 : query_filter_date(f, hi, 1, err);
	}
	if (!*s || *end || y < 1900 || y > 2200) {
		*err = xasprintf("'%s' is not a year", s);
		return -1;
	}
	f->year = (int)y;
	return range_empty(f, err);
}

/* "2021-02-01", "2021-2-1", "2021-02", "2021-2": 3 or 2 parts read into
 * y, m, d (a month and day of one or two digits); 0 when s is no such. */
static int iso_date(const char *s, int *y, int *m, int *d)
{
	int v[3] = { 0 }, n = 0;
	for (const char *p = s;; p++) {
		size_t k = strspn(p, "0123456789");
		if (k != (n ? 1 : 4) && !(n && k == 2))
			return 0;
		for (size_t i = 0; i < k; i++)
			v[n] = 10 * v[n] + (p[i] - '0');
		n++;
		p += k;
		if (!*p)
			break;
		if (*p != '-' || n == 3)
			return 0;
	}
	if (n < 2)
		return 0;
	*y = v[0], *m = v[1], *d = v[2];
	return n;
}

int query_filter_date(struct query_filters *f, const char *s, int upper, char **err)
{
	char trimmed[128];
	s = query_trimmed(s, trimmed, sizeof trimmed);
	char *dst = upper ? f->to : f->from;
	int y, m = 0, d = 0;
	size_t len = strlen(s);
	struct text_date td;
	int iso = iso_date(s, &y, &m, &d);
	/* d 0: the month's last day as an upper bound, its first as a lower. */
	if (len == 4 && sscanf(s, "%4d", &y) == 1) {
		m = upper ? 12 : 1;
	} else if (iso == 2) {
	} else if (iso == 3) {
		if (d < 1)
			d = -1; /* a day 00 is none */
	} else if ((len == 6 || len == 7) && s[len - 5] == '/' &&
		   strspn(s, "0123456789") == len - 5 && strspn(s + len - 4, "0123456789") == 4 &&
		   sscanf(s, "%2d/%4d", &m, &y) == 2) {
		/* "1/2026", "01/2026": a month, as Vietnamese writes it */
	} else if (text_date_parse(s, len, &td) == len && td.year) {
		y = td.year, m = td.month, d = td.day;
	} else {
		*err = xasprintf("'%s' is not a date (YYYY, YYYY-MM, MM/YYYY, YYYY-MM-DD or DD/MM/YYYY)", s);
		return -1;
	}
	if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 0 || d > 31) {
		*err = xasprintf("'%s' is not a date", s);
		return -1;
	}
	if (d > text_days_in_month(m, y)) {
		*err = xasprintf("'%s' is not a date: %04d-%02d has %d days", s, y, m,
				 text_days_in_month(m, y));
		return -1;
	}
	if (!d)
		d = upper ? text_days_in_month(m, y) : 1;
	snprintf(dst, 11, "%04d-%02d-%02d", y, m, d);
	return range_empty(f, err);
}

int query_filters_any(const struct query_filters *f)
{
	return f->ntypes || f->nissuers || f->ncites_types || f->ncites_issuers || f->year ||
	       f->from[0] || f->to[0] || f->status;
}

int query_filter_status(struct query_filters *f, const char *s, char **err)
{
	static const struct {
		const char *key; /* folded, run together (text_fold_key) */
		unsigned bits;
	} names[] = {
		{ "inforce", 1u << QUERY_STATE_IN_FORCE },
		{ "conhieuluc", 1u << QUERY_STATE_IN_FORCE },
		{ "dangcohieuluc", 1u << QUERY_STATE_IN_FORCE },
		{ "notyet", 1u << QUERY_STATE_NOT_YET },
		{ "notyetinforce", 1u << QUERY_STATE_NOT_YET },
		{ "chuacohieuluc", 1u << QUERY_STATE_NOT_YET },
		{ "replaced", 1u << QUERY_STATE_REPLACED },
		{ "bithaythe", 1u << QUERY_STATE_REPLACED },
		{ "repealed", 1u << QUERY_STATE_REPEALED },
		{ "bibaibo", 1u << QUERY_STATE_REPEALED },
		{ "expired", 1u << QUERY_STATE_EXPIRED },
		{ "ended", (1u << QUERY_STATE_REPLACED) | (1u << QUERY_STATE_REPEALED) |
				   (1u << QUERY_STATE_EXPIRED) },
		{ "hethieuluc", (1u << QUERY_STATE_REPLACED) | (1u << QUERY_STATE_REPEALED) |
					(1u << QUERY_STATE_EXPIRED) },
		{ "suspended", 1u << QUERY_STATE_SUSPENDED },
		{ "tamngunghieuluc", 1u << QUERY_STATE_SUSPENDED },
		{ "ngunghieuluc", 1u << QUERY_STATE_SUSPENDED },
		{ "unknown", 1u << QUERY_STATE_UNKNOWN },
	};
	struct buf key = BUF_INIT;
	text_fold_key(s, strlen(s), &key);
	for (size_t i = 0; key.p && i < sizeof names / sizeof *names; i++)
		if (strcmp(key.p, names[i].key) == 0) {
			f->status |= names[i].bits;
			buf_release(&key);
			return 0;
		}
	buf_release(&key);
	*err = xasprintf("'%s' is no status (in-force, not-yet, replaced, repealed, expired, "
			 "ended, suspended, unknown; or còn hiệu lực, hết hiệu lực, chưa có hiệu lực)", s);
	return -1;
}

void query_filters_settle(struct query_filters *f)
{
	if (f->as_of[0] && !f->status)
		f->status = 1u << QUERY_STATE_IN_FORCE;
}

void query_filters_release(struct query_filters *f)
{
	strv_free(f->types, f->ntypes);
	strv_free(f->issuers, f->nissuers);
	strv_free(f->cites_types, f->ncites_types);
	strv_free(f->cites_issuers, f->ncites_issuers);
	strv_free(f->unknown_bodies, f->nunknown_bodies);
	memset(f, 0, sizeof *f);
}
