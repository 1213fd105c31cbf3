/* effective.c — when a regulation takes effect, and until when, from its own words. */
#include "text/text.h"
#include "text/text_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Skips soft space and a comma: "có hiệu lực thi hành, kể từ ngày …". */
static const char *skip(const char *p, const char *end)
{
	p = cite_skip_soft(p, end);
	if (p < end && *p == ',')
		p = cite_skip_soft(p + 1, end);
	return p;
}

/* p past word w (mark-blind) and the space after it, or NULL. */
static const char *word(const char *p, const char *end, const char *w)
{
	const char *q = cite_match_name(p, end, w);
	return q ? skip(q, end) : NULL;
}

/* "ký", "ký ban hành", "ban hành", "thông qua", "công bố": the day the
 * text was signed or passed, which its letterhead dates. */
static const char *signing_day(const char *p, const char *end)
{
	static const char *const ways[] = { "ky ban hanh", "ky", "ban hanh", "duoc thong qua",
					    "thong qua", "cong bo" };
	for (size_t k = 0; k < N_ELEMS(ways); k++) {
		const char *q = cite_match_name(p, end, ways[k]);
		if (q)
			return q;
	}
	return NULL;
}

/* Whether the words before "có hiệu lực" at h make the text its subject:
 * "<type> này" right before, and no article or clause named ("Điều 5 của
 * Nghị định này có hiệu lực …" is one article's date). */
/* 1 when the words before "có hiệu lực" at h make the text its subject, 2
 * when a part of it ("Điều 1 của Luật này"), else 0. */
static int about_itself(const char *lo, const char *h, char type[32])
{
	type[0] = '\0';
	const char *from = h - lo > 80 ? h - 80 : lo;
	while (from < h && ((unsigned char)*from & 0xC0) == 0x80)
		from++;
	char f[128];
	size_t n = cite_fold_ascii(from, h, f, sizeof f);
	while (n && f[n - 1] == ' ')
		f[--n] = '\0';
	/* "… này có hiệu lực", "… này sẽ có hiệu lực" */
	static const char *const tails[] = { " nay co", " nay se co", " nay chinh thuc co" };
	int ok = 0;
	for (size_t k = 0; k < N_ELEMS(tails) && !ok; k++) {
		size_t tl = strlen(tails[k]);
		ok = n >= tl && strcmp(f + n - tl, tails[k]) == 0;
	}
	if (!ok)
		return 0;
	/* "<type> này", the type's name not after "của" (an article's:
	 * "Điều 5 của Nghị định này"), nor "Điều này", "khoản này". */
	char *w[10];
	int nw = 0;
	char *end = f + n;
	while (nw < 10) {
		char *e = end;
		while (e > f && e[-1] == ' ')
			e--;
		char *st = e;
		while (st > f && st[-1] != ' ' && st[-1] != '.' && st[-1] != ',' && st[-1] != ';' &&
		       st[-1] != ':' && st[-1] != ')')
			st--;
		if (st == e)
			break;
		w[nw++] = st;
		*e = '\0';
		end = st;
	}
	/* w[0] "co" (or "co" after "se"), then "nay", then the type. */
	int i = 0;
	while (i < nw && strcmp(w[i], "nay") != 0)
		i++;
	if (i + 1 >= nw)
		return 0;
	if (!text_type_last_word(w[i + 1], strlen(w[i + 1])))
		return 0;
	/* Past the rest of the type's name ("Nghị định", "Thông tư liên tịch"),
	 * what stands before it: "Điều 1 của", "khoản 1 Điều 3", "tại Điều 37"
	 * make it a part's date; anything else (a heading's words, nothing) the
	 * text's. */
	static const char *const type_words[] = { "thong", "nghi", "quyet", "bo", "lien", "tich",
						  "hien", "phap", "van", "ban", "hop", "chi", "quy",
						  "chuong" };
	int j = i + 2;
	for (int k = 0; k < 3 && j < nw; k++) {
		int t = 0;
		for (size_t x = 0; x < N_ELEMS(type_words) && !t; x++)
			t = strcmp(w[j], type_words[x]) == 0;
		if (!t)
			break;
		j++;
	}
	for (int k = j; k < nw && k < j + 5; k++) {
		int unit = strcmp(w[k], "dieu") == 0 || strcmp(w[k], "khoan") == 0 ||
			   strcmp(w[k], "diem") == 0 || strcmp(w[k], "chuong") == 0;
		if (unit)
			return 2;
		int digit = w[k][0] >= '0' && w[k][0] <= '9';
		if (k == j && !digit && strcmp(w[k], "cua") != 0 && strcmp(w[k], "tai") != 0)
			break;
	}
	if (j < nw && (strcmp(w[j], "cua") == 0 || strcmp(w[j], "tai") == 0))
		return 0; /* "… của Nghị định này": another's words */
	/* The type's words, read backwards: "nghi dinh". */
	struct cite_out o = { type, 0, 32, 0 };
	for (int k = j - 1; k > i; k--) {
		cite_out_adds(&o, w[k]);
		if (k > i + 1)
			cite_out_adds(&o, " ");
	}
	if (o.overflow)
		type[0] = '\0';
	return 1;
}

/* "Điều 20. Quy định này thay thế Quy định số 270-QĐ/TW, ngày 06/12/2014 …
 * và có hiệu lực thi hành kể từ ngày ký" (383-QĐ/TW): "có hiệu lực" as the
 * second predicate of a sentence whose subject is "<type> này". 1 and the
 * type's words when the words before h end "và" and the sentence (back to a
 * line that ends one, or an article's label) opens with "<type> này". */
static int sentence_about_itself(const char *lo, const char *h, char type[32])
{
	type[0] = '\0';
	const char *b = cite_skip_soft_back(lo, h);
	const char *w = cite_word_start_back(lo, b);
	if (w == b || !cite_match_name(w, b, "co"))
		return 0;
	b = cite_skip_soft_back(lo, w);
	w = cite_word_start_back(lo, b);
	if (w == b || cite_match_name(w, b, "va") != b)
		return 0;
	/* the sentence's start: a full stop or a line ending in one, within 600 bytes */
	const char *s = w;
	for (; s > lo && w - s < 600; s--) {
		if ((s[-1] == '.' || s[-1] == ';' || s[-1] == ':') && s < w &&
		    (*s == ' ' || *s == '\n' || *s == '*'))
			break;
		if (s[-1] == '\n' && s - 1 > lo && s[-2] == '\n')
			break;
	}
	if (w - s >= 600)
		return 0;
	while (s < w && (*s == ' ' || *s == '\n' || *s == '*' || *s == '-' || *s == '\t'))
		s++;
	char f[64];
	size_t n = cite_fold_ascii(s, w - s > 60 ? s + 60 : w, f, sizeof f);
	/* "<type words> nay <verb>": up to four words of a type's name */
	char *words[6];
	int nw = 0;
	for (char *t = strtok(f, " "); t && nw < 6; t = strtok(NULL, " "))
		words[nw++] = t;
	(void)n;
	int i0 = 0; /* "Điều 20 Quy định này …" when the label was not cut */
	if (nw > 2 && strcmp(words[0], "dieu") == 0 && words[1][0] >= '0' && words[1][0] <= '9')
		i0 = 2;
	for (int i = i0 + 1; i < nw && i <= i0 + 4; i++) {
		if (strcmp(words[i], "nay") != 0)
			continue;
		if (!text_type_last_word(words[i - 1], strlen(words[i - 1])))
			return 0;
		struct cite_out o = { type, 0, 32, 0 };
		for (int k = i0; k < i; k++) {
			cite_out_adds(&o, words[k]);
			if (k + 1 < i)
				cite_out_adds(&o, " ");
		}
		if (o.overflow)
			type[0] = '\0';
		return 1;
	}
	return 0;
}

/* Reads what follows "có hiệu lực" at p into e; returns where it stopped,
 * or NULL when no date or rule follows. */
static const char *read_when(const char *p, const char *end, struct text_effective *e)
{
	const char *q;
	if ((q = word(p, end, "thi hanh")) != NULL)
		p = q;
	if ((q = word(p, end, "sau")) != NULL) {
		/* "sau 45 ngày kể từ ngày ký" */
		int days = 0;
		const char *d = q;
		while (d < end && cite_is_digit(*d) && days < 10000)
			days = days * 10 + (*d++ - '0');
		if (d == q || !(q = word(cite_skip_soft(d, end), end, "ngay")))
			return NULL;
		if ((d = word(q, end, "ke tu ngay")) == NULL && (d = word(q, end, "tu ngay")) == NULL)
			return NULL;
		if (!(q = signing_day(d, end)))
			return NULL;
		e->from_signing = 1;
		e->days_after = days;
		return q;
	}
	if ((q = word(p, end, "ke tu")) != NULL || (q = word(p, end, "tu")) != NULL)
		p = q;
	else
		return NULL;
	const char *day = word(p, end, "ngay");
	if (day && (q = signing_day(day, end)) != NULL) {
		e->from_signing = 1;
		return q;
	}
	size_t n = text_date_parse(p, (size_t)(end - p), &e->date);
	if (!n || !e->date.year)
		return NULL;
	return p + n;
}

/* Calls fn(part, e, at, ctx) for each sentence outside quoted text that
 * says when the text (part 0) or a part of it (part 1, "có hiệu lực" at
 * byte at) takes effect; fn returning non-zero stops. */
static void each_effective(const char *text, size_t len,
			   int (*fn)(int part, const struct text_effective *e, size_t at, void *ctx),
			   void *ctx)
{
	const char *end = text + len;
	struct text_quote *quotes = NULL;
	size_t nquotes = text_quotes(text, len, &quotes);
	static const char key[] = "hi\xe1\xbb\x87u"; /* "hiệu", then "lực" after any soft space */
	for (const char *p = text; p < end;) {
		const char *h = cite_find_bytes(p, end, key);
		if (!h)
			break;
		p = h + sizeof key - 1;
		const char *hl = cite_match_name(h, end, "hieu luc");
		if (!hl)
			continue;
		p = hl;
		char type[32];
		int about = about_itself(text, h, type);
		if (!about)
			about = sentence_about_itself(text, h, type);
		if (!about || text_quoted(quotes, nquotes, (size_t)(h - text)))
			continue;
		struct text_effective e = { 0 };
		const char *stop = read_when(skip(p, end), end, &e);
		if (!stop)
			continue;
		/* "… đến hết ngày 31 tháng 12 năm 2025": the day it ends. */
		const char *q = skip(stop, end);
		const char *d = NULL;
		if ((d = word(q, end, "den het ngay")) || (d = word(q, end, "den ngay")) ||
		    (d = word(q, end, "den het")))
			stop = d + text_date_parse(d, (size_t)(end - d), &e.expires);
		/* The sentence: from the end of the one before (a full stop, a
		 * clause's ';' or ':', a blank line, ending a line) to its own
		 * full stop; a hard-wrapped line break is no end. */
		const char *s = h;
		while (s > text && h - s < 400) {
			if (s[-1] == '\n') {
				const char *b = s - 1;
				while (b > text && (b[-1] == ' ' || b[-1] == '\r' || b[-1] == '\t'))
					b--;
				if (b == text || strchr(".;:\n", b[-1]))
					break;
			}
			s--;
		}
		const char *t = stop;
		while (t < end && *t != ';' && !(*t == '\n' && t + 1 < end && t[1] == '\n') &&
		       !(*t == '.' && (t + 1 == end || t[1] == ' ' || t[1] == '\n' || t[1] == '\r')))
			t++;
		if (t < end && *t == '.')
			t++;
		e.found = 1;
		memcpy(e.type, type, sizeof e.type);
		e.sent_start = (size_t)(s - text);
		e.sent_end = (size_t)(t - text);
		if (fn(about == 2, &e, (size_t)(h - text), ctx))
			break;
	}
	free(quotes);
}

/* Is a type named "<type> này" (folded) the text's own type (folded)? The
 * same name, or one the other's last words ("Luật này" in a Bộ luật), or
 * "văn bản", which names any. */
static int same_type(const char *named, const char *own)
{
	size_t n = strlen(named), k = strlen(own);
	if (!n || !k || strcmp(named, "van ban") == 0)
		return 1;
	if (n < k)
		return own[k - n - 1] == ' ' && strcmp(own + k - n, named) == 0;
	if (k < n)
		return named[n - k - 1] == ' ' && strcmp(named + n - k, own) == 0;
	return strcmp(named, own) == 0;
}

struct whole_ctx {
	struct text_effective *out;
	char own[32]; /* the text's type, folded; "" any */
};

static int first_whole(int part, const struct text_effective *e, size_t at, void *ctx)
{
	struct whole_ctx *c = ctx;
	(void)at;
	if (part || (c->own[0] && !same_type(e->type, c->own)))
		return 0;
	*c->out = *e;
	return 1;
}

int text_effective_find(const char *text, size_t len, const char *type_name,
			struct text_effective *out)
{
	memset(out, 0, sizeof *out);
	struct whole_ctx c = { out, "" };
	if (type_name)
		cite_fold_ascii(type_name, type_name + strlen(type_name), c.own, sizeof c.own);
	each_effective(text, len, first_whole, &c);
	return out->found;
}

int text_effective_stated(const char *text, size_t len, struct text_effective *out)
{
	/* vbpl.vn's attribute table; a precedent's block (anle.toaan.gov.vn)
	 * says from when courts apply it. */
	static const char *const labels[] = { "Ngày có hiệu lực:", "Ngày áp dụng:" };
	memset(out, 0, sizeof *out);
	for (size_t a = 0; a < len;) {
		const char *nl = memchr(text + a, '\n', len - a);
		size_t b = nl ? (size_t)(nl - text) : len, s = a, e = b;
		while (s < e && (text[s] == ' ' || text[s] == '\t'))
			s++;
		while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r'))
			e--;
		for (size_t li = 0; li < N_ELEMS(labels); li++) {
			const size_t ln = strlen(labels[li]);
			if (e - s <= ln || memcmp(text + s, labels[li], ln) != 0)
				continue;
			size_t d = s + ln;
			while (d < e && text[d] == ' ')
				d++;
			struct text_date date;
			size_t used = text_date_parse(text + d, e - d, &date);
			if (used && d + used == e && date.year && date.month && date.day) {
				out->found = 1;
				out->date = date;
				out->sent_start = s;
				out->sent_end = e;
				return 1;
			}
		}
		a = b + 1;
	}
	return 0;
}

struct parts_ctx {
	const char *text;
	text_effective_part_fn fn;
	void *ctx;
};

static int each_part(int part, const struct text_effective *e, size_t at, void *arg)
{
	struct parts_ctx *c = arg;
	if (!part)
		return 0;
	struct text_effective_part p = { .e = *e };
	if (!cite_scope(c->text + e->sent_start, at - e->sent_start, p.scope, sizeof p.scope))
		return 0;
	return c->fn(&p, c->ctx);
}

void text_effective_parts(const char *text, size_t len, text_effective_part_fn fn, void *ctx)
{
	struct parts_ctx c = { text, fn, ctx };
	each_effective(text, len, each_part, &c);
}

/* Days since 1970-01-01 of a proleptic Gregorian date, and back. */
static long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

void text_effective_iso(const struct text_effective *e, const char *issue_iso, char out[11])
{
	out[0] = '\0';
	if (!e->found)
		return;
	if (!e->from_signing) {
		if (e->date.year)
			text_date_iso(&e->date, out);
		return;
	}
	int y, m, d;
	if (!issue_iso || sscanf(issue_iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return;
	civil_from_days(days_from_civil(y, m, d) + e->days_after, &y, &m, &d);
	struct text_date t = { .year = y, .month = m, .day = d };
	text_date_iso(&t, out);
}
