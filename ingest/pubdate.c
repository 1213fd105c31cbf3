/* pubdate.c — a page's publication date from the labels news sites print
 * ("Ngày đăng: 27/01/2023 16:11"), never from a site clock or related lists. */
#include "ingest/ingest_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"

/* Labels sit near the top; related-article lists with their own dates come
 * at the bottom, so only the head of the text is read. */
#define HEAD_BYTES 4000
/* A dateline without a year ("Chiều 9/8, …") opens the first paragraphs. */
#define LEAD_BYTES 1500
#define MAX_WORDS 64

struct word {
	size_t start, end;
	char folded[24];
};

struct line_words {
	struct word w[MAX_WORDS];
	size_t n;
};

static int collect(const struct text_token *t, void *arg)
{
	struct line_words *l = arg;
	if (l->n == MAX_WORDS)
		return 1;
	struct word *w = &l->w[l->n++];
	w->start = t->start;
	w->end = t->end;
	size_t n = t->folded_len < sizeof w->folded - 1 ? t->folded_len : sizeof w->folded - 1;
	memcpy(w->folded, t->folded, n);
	w->folded[n] = '\0';
	return 0;
}

/* Labels as folded word sequences. */
static const char *const labels[][4] = {
	{ "ngay", "dang" }, { "dang", "ngay" }, { "ngay", "cap", "nhat" }, { "cap", "nhat", "ngay" },
	{ "cap", "nhat", "luc" }, { "cap", "nhat" }, { "ngay", "xuat", "ban" }, { "xuat", "ban", "ngay" },
	{ "xuat", "ban" }, { "thoi", "gian", "dang" }, { "dang", "luc" }, { "dang", "tai" },
	{ "ngay", "phat", "hanh" }, { "published" }, { "posted" }, { "date", "published" },
};

static const char *const weekdays[] = { "hai", "ba", "tu", "nam", "sau", "bay", "2", "3",
					"4", "5", "6", "7" };

/* Number of words of a label starting at word i, or 0. */
static size_t label_at(const struct line_words *l, size_t i)
{
	for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
		size_t m = 0;
		if (labels[k][0][0] != l->w[i].folded[0])
			continue;
		while (m < 4 && labels[k][m] && i + m < l->n && strcmp(l->w[i + m].folded, labels[k][m]) == 0)
			m++;
		if (m > 0 && (m == 4 || !labels[k][m]))
			return m;
	}
	return 0;
}

static size_t weekday_at(const struct line_words *l, size_t i)
{
	if (i + 1 < l->n && strcmp(l->w[i].folded, "chu") == 0 && strcmp(l->w[i + 1].folded, "nhat") == 0)
		return 2;
	if (i + 1 >= l->n || strcmp(l->w[i].folded, "thu") != 0)
		return 0;
	for (size_t k = 0; k < sizeof weekdays / sizeof *weekdays; k++)
		if (strcmp(l->w[i + 1].folded, weekdays[k]) == 0)
			return 2;
	return 0;
}

/* A full date right after word i (punctuation between allowed). */
static int date_after(const char *text, size_t len, const struct line_words *l, size_t i,
		      struct text_date *d)
{
	size_t at = i < l->n ? l->w[i].start : len;
	size_t from = i > 0 ? l->w[i - 1].end : 0;
	/* Only separators between the label and the date: ": ", ", ", " - ". */
	for (size_t p = from; p < at; p++)
		if (!strchr(" \t:,-|*", text[p]))
			return 0;
	return i < l->n && text_date_parse(text + at, len - at, d) > 0 && d->year > 0;
}

/* The latest year the text names ("năm 2022", a full date): the best guess
 * for a dateline that gives none. 0 when the text names none. */
static int latest_year(const char *text, size_t len)
{
	int best = 0;
	for (size_t i = 0; i + 4 <= len; i++) {
		if (text[i] < '1' || text[i] > '2' || (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9'))
			continue;
		struct text_date d;
		size_t n;
		/* A full date ending here, or "năm YYYY". */
		if ((n = text_date_parse(text + i, len - i, &d)) > 0 && d.year) {
			if (d.year > best)
				best = d.year;
			i += n - 1;
			continue;
		}
		/* "năm 2022" or "Năm 2022": the 'n' and then "ăm ". */
		if (i >= 5 && (text[i - 5] == 'n' || text[i - 5] == 'N') &&
		    memcmp(text + i - 4, "ăm ", 4) == 0 &&
		    (i + 4 == len || text[i + 4] < '0' || text[i + 4] > '9')) {
			int y = atoi(text + i);
			if (y >= 1945 && y <= 2100 && y > best)
				best = y;
		}
	}
	return best;
}

static const char *const daytimes[] = { "sang", "chieu", "toi", "trua", "dem", "ngay", "hom" };

/* Can a date that text_date_parse reads start at a word of text[ls..le)?
 * Each has a digit: in the line, or after a "ngày" that ends it, first in
 * what follows (text_date_parse reads on past the line break). Other lines
 * are not tokenised. */
static int may_start_date(const char *text, size_t len, size_t ls, size_t le)
{
	for (size_t i = ls; i < le; i++)
		if (text[i] >= '0' && text[i] <= '9')
			return 1;
	/* What text_date_parse skips there, and the bytes of U+00A0 alone. */
	size_t i = le;
	while (i < len && memchr(" \t\n\r*_\xC2\xA0", text[i], 8))
		i++;
	return i < len && text[i] >= '0' && text[i] <= '9';
}

int ingest_pubdate(const char *text, size_t len, char date[11], int *inferred)
{
	size_t head = len < HEAD_BYTES ? len : HEAD_BYTES;
	struct text_tokeniser *tz = text_tokeniser_new();
	struct text_date found = { 0 }, weekday = { 0 }, partial = { 0 };
	struct line_words l;
	*inferred = 0;
	for (size_t ls = 0; ls < head && !found.year;) {
		const char *nl = memchr(text + ls, '\n', len - ls);
		size_t le = nl ? (size_t)(nl - text) : len;
		l.n = 0;
		if (may_start_date(text, len, ls, le))
			text_tokenise(tz, text + ls, le - ls, 0, collect, &l);
		for (size_t i = 0; i < l.n; i++) {
			l.w[i].start += ls;
			l.w[i].end += ls;
		}
		for (size_t i = 0; i < l.n && !found.year; i++) {
			struct text_date d;
			size_t m = label_at(&l, i);
			if (m && date_after(text, len, &l, i + m, &d))
				found = d;
			else if (!weekday.year && (m = weekday_at(&l, i)) && date_after(text, len, &l, i + m, &d))
				weekday = d;
			else if (!partial.month && ls < LEAD_BYTES && i + 1 < l.n) {
				for (size_t k = 0; k < sizeof daytimes / sizeof *daytimes; k++) {
					if (daytimes[k][0] != l.w[i].folded[0] ||
					    strcmp(l.w[i].folded, daytimes[k]) != 0)
						continue;
					if (text_date_parse(text + l.w[i + 1].start, len - l.w[i + 1].start,
							    &d) > 0 && !d.year)
						partial = d;
					break;
				}
			}
		}
		ls = le + 1;
	}
	text_tokeniser_free(tz);
	if (!found.year)
		found = weekday;
	if (!found.year && partial.month) {
		found = partial;
		found.year = latest_year(text, len);
		found.inferred = found.year != 0;
	}
	if (!found.month)
		return 0;
	*inferred = found.inferred;
	text_date_iso(&found, date);
	return 1;
}
