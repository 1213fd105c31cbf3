/* pubdate.c — a page's publication date from the labels news sites print
 * ("Ngày đăng: 27/01/2023 16:11"), never from a site clock or related lists. */
#include "ingest/ingest_int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <unicode/uchar.h>

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

/* The number the digits at s[0..] spell, at least min and at most max of
 * them and never past len; -1 when fewer than min. The text is a slice,
 * not a C string: atoi or sscanf would read on past its end. */
static int digits_at(const char *s, size_t len, size_t min, size_t max, size_t *used)
{
	size_t n = 0;
	int v = 0;
	while (n < len && n < max && s[n] >= '0' && s[n] <= '9')
		v = v * 10 + (s[n++] - '0');
	if (used)
		*used = n;
	return n >= min ? v : -1;
}

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
	/* Not "Ngày ban hành": on vbpl.vn's pages it labels every related
	 * document's date as well as the page's own. */
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

/* Does "năm" at text[at] follow "đến" or "tới": a year aimed at ("đến năm
 * 2030, tầm nhìn đến năm 2045"), not one the text was written in? A range's
 * end ("Từ năm 1983 đến năm 1988") is a year gone by. */
static int target_year(const char *text, size_t at)
{
	static const char *const words[] = { "đến ", "Đến ", "tới ", "Tới " };
	for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
		size_t n = strlen(words[k]);
		if (at < n || memcmp(text + at - n, words[k], n) != 0 ||
		    (at > n && isalpha((unsigned char)text[at - n - 1])))
			continue;
		for (size_t i = at - n, back = 0; i > 0 && back < 24 && text[i - 1] != '\n'; i--, back++)
			if (i >= 4 && (memcmp(text + i - 4, "từ ", 4) == 0 || memcmp(text + i - 4, "Từ ", 4) == 0))
				return 0;
		return 1;
	}
	return 0;
}

/* The latest year the text names ("năm 2022", a full date): the best guess
 * for a dateline that gives none, unless the text writes that day and month
 * in full somewhere (then that date's year). 0 when the text names none. */
static int latest_year(const char *text, size_t len, const struct text_date *partial)
{
	int best = 0, same = 0;
	for (size_t i = 0; i + 4 <= len; i++) {
		if (text[i] < '1' || text[i] > '2' || (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9'))
			continue;
		struct text_date d;
		size_t n;
		/* A full date ending here, or "năm YYYY". */
		if ((n = text_date_parse(text + i, len - i, &d)) > 0 && d.year) {
			if (d.year > best)
				best = d.year;
			if (d.day == partial->day && d.month == partial->month && d.year > same)
				same = d.year;
			i += n - 1;
			continue;
		}
		/* "năm 2022" or "Năm 2022": the 'n' and then "ăm ". */
		if (i >= 5 && (text[i - 5] == 'n' || text[i - 5] == 'N') &&
		    memcmp(text + i - 4, "ăm ", 4) == 0 &&
		    (i + 4 == len || text[i + 4] < '0' || text[i + 4] > '9') &&
		    !target_year(text, i - 5)) {
			int y = digits_at(text + i, len - i, 4, 4, NULL);
			if (y >= 1945 && y <= 2100 && y > best)
				best = y;
		}
	}
	/* The day itself written in full elsewhere ("ngày 20/11" and "ngày
	 * 20/11/2025"): its year, whatever later year the text names. */
	return same ? same : best;
}

/* "Hà Nội, ngày 07 tháng 4 năm 2026", "Số: 25/2025/NĐ-CP | Hà Nội, ngày 21
 * tháng 02 năm 2025": a letterhead's place and date, the word "ngày" after
 * a comma and a capitalised place name. */
static int dateline_at(const char *text, size_t len, const struct line_words *l, size_t i,
		       struct text_date *d)
{
	if (i == 0 || strcmp(l->w[i].folded, "ngay") != 0)
		return 0;
	int comma = 0;
	for (size_t p = l->w[i - 1].end; p < l->w[i].start; p++) {
		if (text[p] == ',')
			comma = 1;
		else if (!strchr(" \t*", text[p]))
			return 0;
	}
	unsigned cp;
	text_utf8_decode(text + l->w[i - 1].start, l->w[i - 1].end - l->w[i - 1].start, &cp);
	return comma && u_isupper((UChar32)cp) &&
	       text_date_parse(text + l->w[i].start, len - l->w[i].start, d) > 0 && d->year > 0;
}

/* A letterhead's line: the national motto, its slogan, the Party's name. */
static int motto_line(const char *s, size_t len)
{
	if (len >= 80)
		return 0;
	enum cite_motto m = cite_motto(s, len);
	return m == CITE_MOTTO_STATE || m == CITE_MOTTO_SLOGAN || m == CITE_MOTTO_PARTY;
}

/* A regulation's type heading on a line of its own ("**NGHỊ QUYẾT**", "LUẬT"). */
static int heading_line(const char *s, size_t len)
{
	return len < 40 && cite_heading_type(s, len);
}

/* Does some line of text[0..head), without its table and emphasis marks,
 * pass the test? A letterhead's line makes a place and date the text's
 * date; a type heading, its closing formula. */
static int head_has_line(const char *text, size_t head, int (*test)(const char *, size_t))
{
	for (size_t ls = 0; ls < head;) {
		const char *nl = memchr(text + ls, '\n', head - ls);
		size_t le = nl ? (size_t)(nl - text) : head;
		size_t a = ls, b = le;
		while (a < b && strchr(" \t|*#", text[a]))
			a++;
		while (b > a && strchr(" \t|*\r", text[b - 1]))
			b--;
		if (b > a && test(text + a, b - a))
			return 1;
		ls = le + 1;
	}
	return 0;
}

/* How far from its end a regulation's closing formula is looked for. */
#define CLOSING_BYTES 6000

/* How far after "thông qua" its date may stand: past the session that
 * passed it ("thông qua trong khoá họp lần thứ III ngày 4 tháng 12 năm 1953"). */
#define SESSION_BYTES 64

/* "Nghị quyết này được Ủy ban Thường vụ Quốc hội … thông qua ngày 16 tháng
 * 6 năm 2025.", "Luật này do Quốc hội … thông qua trong khoá họp lần thứ
 * III ngày 4 tháng 12 năm 1953": the date a law or resolution whose
 * letterhead lost its date (or never had one) was passed, in the sentence
 * that closes it. */
static int closing_date(const char *text, size_t len, struct text_date *d)
{
	static const char key[] = "thông qua ";
	size_t from = len > CLOSING_BYTES ? len - CLOSING_BYTES : 0;
	for (size_t i = from; i + sizeof key - 1 <= len; i++) {
		if (memcmp(text + i, key, sizeof key - 1) != 0)
			continue;
		/* The sentence it ends must say "… này được …" or "… này do
		 * …" (this law was, by whom). */
		size_t s = i;
		while (s > from && text[s - 1] != '.' && text[s - 1] != '\n')
			s--;
		static const char *const passed[] = { "này được ", "này do " };
		int own = 0;
		for (size_t k = s; k < i && !own; k++)
			for (size_t p = 0; p < 2 && !own; p++)
				own = k + strlen(passed[p]) <= i &&
				      memcmp(text + k, passed[p], strlen(passed[p])) == 0;
		if (!own)
			continue;
		/* "ngày" right after, or after the session, in the sentence. */
		static const char day[] = "ngày ", session[] = "trong ";
		size_t at = i + sizeof key - 1, dl = sizeof day - 1, sl = sizeof session - 1;
		if (len - at >= sl && memcmp(text + at, session, sl) == 0) {
			size_t e = at + sl;
			while (e < len && e - at < SESSION_BYTES && !strchr(".\n,;", text[e]) &&
			       !(text[e - 1] == ' ' && len - e >= dl && memcmp(text + e, day, dl) == 0))
				e++;
			if (e >= len || e - at >= SESSION_BYTES || strchr(".\n,;", text[e]))
				continue;
			at = e;
		}
		if (len - at >= dl && memcmp(text + at, day, dl) == 0 &&
		    text_date_parse(text + at, len - at, d) > 0 && d->year && d->month && d->day)
			return 1;
	}
	return 0;
}

/* The value of a corpus's metadata line above the text ("# date =
 * 20201001", "# url = https://…": news-dantri-unc) whose key is one of
 * keys; only the opening lines. Sets [*vs, *ve) and returns 1, else 0. */
static int metadata_value(const char *text, size_t len, const char *const *keys, size_t *vs,
			  size_t *ve)
{
	for (size_t ls = 0; ls < len && text[ls] == '#';) {
		const char *nl = memchr(text + ls, '\n', len - ls);
		size_t le = nl ? (size_t)(nl - text) : len;
		size_t i = ls + 1;
		while (i < le && text[i] == ' ')
			i++;
		for (const char *const *k = keys; *k; k++) {
			size_t n = strlen(*k);
			size_t j = i + n;
			if (le - i < n || strncasecmp(text + i, *k, n) != 0)
				continue;
			while (j < le && text[j] == ' ')
				j++;
			if (j >= le || text[j] != '=')
				continue;
			j++;
			while (j < le && text[j] == ' ')
				j++;
			size_t e = le;
			while (e > j && (text[e - 1] == ' ' || text[e - 1] == '\r' || text[e - 1] == '\t'))
				e--;
			*vs = j;
			*ve = e;
			return 1;
		}
		ls = le + 1;
	}
	return 0;
}

/* "# date = 20201001", "# date = 2020-10-01". */
static int metadata_date(const char *text, size_t len, struct text_date *d)
{
	static const char *const keys[] = { "date", "published", "pubdate", NULL };
	size_t j, le;
	if (!metadata_value(text, len, keys, &j, &le))
		return 0;
	/* "2020-10-01" (month and day of one or two digits) or "20201001". */
	size_t o, u;
	int y = digits_at(text + j, le - j, 4, 4, &o), m = -1, dd = -1;
	if (y >= 0 && j + o < le && text[j + o] == '-') {
		o++;
		m = digits_at(text + j + o, le - j - o, 1, 2, &u);
		o += u;
		if (m >= 0 && j + o < le && text[j + o] == '-')
			dd = digits_at(text + j + o + 1, le - j - o - 1, 1, 2, NULL);
	} else if (y >= 0 && digits_at(text + j + 4, le - j - 4, 4, 4, NULL) >= 0) {
		m = digits_at(text + j + 4, 2, 2, 2, NULL);
		dd = digits_at(text + j + 6, 2, 2, 2, NULL);
	}
	if (y >= 1800 && y <= 2199 && m >= 1 && m <= 12 && dd >= 1 && dd <= 31) {
		d->year = y, d->month = m, d->day = dd, d->inferred = 0;
		return 1;
	}
	return 0;
}

char *ingest_metadata_url(const char *text, size_t len)
{
	static const char *const keys[] = { "url", "source_url", NULL };
	size_t vs, ve;
	if (!metadata_value(text, len < HEAD_BYTES ? len : HEAD_BYTES, keys, &vs, &ve))
		return NULL;
	size_t n = ve - vs;
	const char *v = text + vs;
	int web = (n > 7 && strncasecmp(v, "http://", 7) == 0) || (n > 8 && strncasecmp(v, "https://", 8) == 0);
	if (!web || memchr(v, ' ', n) || memchr(v, '\t', n))
		return NULL;
	return xstrndup(v, n);
}

struct floor_ctx {
	struct text_date latest;
};

static int cited_date(const struct cite_mention *m, void *arg)
{
	struct floor_ctx *f = arg;
	struct text_date d = { 0 };
	if (m->date.year && m->date.month && m->date.day)
		d = m->date;
	else if (m->num.year)
		d = (struct text_date){ m->num.year, 1, 1, 0 };
	if (d.year && text_date_later(&d, &f->latest))
		f->latest = d;
	return 0;
}

static const char *const daytimes[] = { "sang", "chieu", "toi", "trua", "dem", "ngay", "hom" };

/* Is the day and month at text[ws..we) (its daytime word first: "Sáng
 * 19/5") a news lead's dateline? That is a time phrase set apart as a
 * clause: it opens the line or follows a clause's end (",.:;)" or a
 * dash), and a comma closes it ("Sáng 19/5, tại Hải Phòng, …"; "Tiếp tục
 * Kỳ họp thứ 9, sáng 16/6, …"). A day and month the text talks about is
 * a preposition's object or a clause's part: a deadline or an effective
 * day ("trước ngày 05 tháng 6)", "Từ ngày 15/12, …", "kể từ ngày 13/10
 * tới đây"), a yearly holiday ("là ngày 26/12 hằng năm"), a day in a
 * quoted rule ("(ngày 01 tháng 01 dương lịch);"), an event's day after
 * its verb ("từ trần ngày 11/6, hưởng thọ …"): no day the page came out,
 * and no year to infer. */
static int lead_dateline(const char *text, size_t ls, size_t ws, size_t we, size_t len)
{
	size_t i = ws;
	while (i > ls && memchr(" \t*_#>", text[i - 1], 6))
		i--;
	int opens = i == ls || memchr(",.:;)-", text[i - 1], 6) != NULL ||
		    (i - ls >= 3 && (unsigned char)text[i - 3] == 0xE2 && (unsigned char)text[i - 2] == 0x80 &&
		     ((unsigned char)text[i - 1] == 0x93 || (unsigned char)text[i - 1] == 0x94));
	while (we < len && memchr(" \t*_", text[we], 4))
		we++;
	return opens && we < len && text[we] == ',';
}

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

/* The day the official gazette's issue holding the text came out, from its
 * running head ("CÔNG BÁO/Số 329 + 330/Ngày 01-4-2020"): a text published
 * there whose own date cannot be read (a scan, a consolidated text whose
 * certification is in the next issue) is dated by its publication. */
static int gazette_date(const char *text, size_t head, struct text_date *d)
{
	static const char day[] = "/Ngày ";
	for (size_t ls = 0; ls < head;) {
		const char *nl = memchr(text + ls, '\n', head - ls);
		size_t le = nl ? (size_t)(nl - text) : head;
		char line[128];
		if (le - ls < sizeof line && ingest_gazette_head(text + ls, le - ls)) {
			memcpy(line, text + ls, le - ls);
			line[le - ls] = '\0';
			const char *p = strstr(line, day);
			if (p) {
				size_t at = (size_t)(p - line) + sizeof day - 1;
				return text_date_parse(line + at, le - ls - at, d) > 0 && d->year > 0;
			}
		}
		ls = le + 1;
	}
	return 0;
}

int ingest_pubdate(const char *text, size_t len, char date[11], int *inferred)
{
	size_t head = len < HEAD_BYTES ? len : HEAD_BYTES;
	struct text_date found = { 0 }, weekday = { 0 }, clock = { 0 }, partial = { 0 }, dateline = { 0 };
	*inferred = 0;
	if (metadata_date(text, head, &found)) {
		text_date_iso(&found, date);
		return 1;
	}
	struct text_tokeniser *tz = text_tokeniser_new();
	struct line_words l;
	int letterhead = head_has_line(text, head, motto_line);
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
			if (m && date_after(text, len, &l, i + m, &d)) {
				found = d;
			} else if (!weekday.year && i <= 1 && (m = weekday_at(&l, i)) &&
				   l.n <= i + m + 8 && date_after(text, len, &l, i + m, &d)) {
				/* A dateline is a short line the weekday opens (after
				 * a toolbar's word: "Print Thứ Tư, 16/03/2022 15:30
				 * Gốc"): a weekday date inside a sentence is a day the
				 * text speaks of ("Rằm tháng 7 năm 2024 rơi vào Chủ
				 * nhật ngày 18/8/2024"). The first
				 * "Thứ Năm, 20/05/2021" alone on its line may be the
				 * site's clock in the top bar: the article's own weekday
				 * date, further down, wins over it. */
				if (!clock.year && l.n <= m + 3)
					clock = d;
				else
					weekday = d;
			} else if (letterhead && !dateline.year && dateline_at(text, len, &l, i, &d)) {
				dateline = d;
			} else if (!partial.month && ls < LEAD_BYTES && i + 1 < l.n) {
				for (size_t k = 0; k < sizeof daytimes / sizeof *daytimes; k++) {
					if (daytimes[k][0] != l.w[i].folded[0] ||
					    strcmp(l.w[i].folded, daytimes[k]) != 0)
						continue;
					size_t n = text_date_parse(text + l.w[i + 1].start,
								   len - l.w[i + 1].start, &d);
					if (n > 0 && !d.year &&
					    lead_dateline(text, ls, l.w[i].start, l.w[i + 1].start + n, len))
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
	if (!found.year)
		found = clock;
	if (!found.year)
		found = dateline;
	if (!found.year && (letterhead || head_has_line(text, head, heading_line))) {
		struct text_date d;
		if (closing_date(text, len, &d))
			found = d;
	}
	if (!found.year && partial.month) {
		found = partial;
		found.year = latest_year(text, len, &partial);
		/* Never before a regulation the text cites with its date or
		 * year: an article about it is later than it. */
		struct floor_ctx f = { { 0, 0, 0, 0 } };
		cite_scan(text, len, cited_date, &f);
		text_date_floor(&found, &f.latest);
		/* Nor after today: a text is read after it was written (a date
		 * it names ahead, "có hiệu lực từ ngày 1/7/2026", is no year of
		 * its own). */
		time_t now = time(NULL);
		struct tm tm;
		if (found.year && gmtime_r(&now, &tm)) {
			struct text_date today = { tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, 0 };
			if (found.year > today.year)
				found.year = today.year;
			if (text_date_later(&found, &today))
				found.year--;
		}
		found.inferred = found.year != 0;
	}
	/* Last, the day the gazette published it. (After a letterhead's day
	 * whose year is misprinted, "ngày 23 tháng 02 năm 20264": its issue
	 * date, though inferred, says more than the gazette's.) */
	if (!found.year) {
		struct text_date d;
		if (gazette_date(text, head, &d))
			found = d;
	}
	/* A day and month whose year nothing gives is no date to show or
	 * sort by ("--10-05"). */
	if (!found.month || !found.year)
		return 0;
	*inferred = found.inferred;
	text_date_iso(&found, date);
	return 1;
}
