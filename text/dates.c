/* dates.c — Vietnamese dates as written: "8/2/2022", "ngày 08 tháng 02 năm 2022", "9/8". */
#include "text/text.h"
#include "text/text_int.h"

/* Years outside this range are page numbers, amounts or typos, not dates. */
#define YEAR_MIN 1800
#define YEAR_MAX 2199

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Spaces, tabs, line breaks, no-break spaces and Markdown emphasis: a hard
 * wrap or a bold marker may fall anywhere in "ngày **19**\ntháng 11 năm 2025". */
static size_t skip_space(const char *s, size_t i, size_t len)
{
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '*' || c == '_')
			i++;
		else if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0)
			i += 2;
		else
			break;
	}
	return i;
}

/* Reads 1..max digits; returns how many, 0 if none or too many. */
static size_t read_int(const char *s, size_t i, size_t len, size_t max, int *out)
{
	size_t n = 0;
	int v = 0;
	while (i + n < len && is_digit(s[i + n])) {
		if (n == max)
			return 0;
		v = v * 10 + (s[i + n] - '0');
		n++;
	}
	*out = v;
	return n;
}

/* A letter or digit right after a date means it was not one ("8/2/2022a"). */
static int word_goes_on(const char *s, size_t i, size_t len)
{
	if (i >= len)
		return 0;
	unsigned cp;
	text_utf8_decode(s + i, len - i, &cp);
	return is_digit(s[i]) || text_vn_is_letter(cp);
}

int text_days_in_month(int month, int year)
{
	static const int days[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (month != 2 || year == 0)
		return days[month - 1];
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	return leap ? 29 : 28;
}

static int valid(int day, int month, int year)
{
	if (month < 1 || month > 12 || day < 1)
		return 0;
	if (year != 0 && (year < YEAR_MIN || year > YEAR_MAX))
		return 0;
	return day <= text_days_in_month(month, year);
}

/* "8/2/2022", "08-02-2022", "8.2.2022", "9/8". Only '/' may drop the year:
 * "2-1" is a score and "10.5" a decimal. */
static size_t numeric(const char *s, size_t i, size_t len, struct text_date *out)
{
	int d, m, y = 0;
	size_t n = read_int(s, i, len, 2, &d);
	if (!n || i + n >= len)
		return 0;
	i += n;
	char sep = s[i];
	if (sep != '/' && sep != '-' && sep != '.')
		return 0;
	i++;
	n = read_int(s, i, len, 2, &m);
	if (!n)
		return 0;
	i += n;
	if (i < len && s[i] == sep) {
		n = read_int(s, i + 1, len, 4, &y);
		/* "8/2/22" and "1/2/345" are not dates we can trust. */
		if (n != 4)
			return 0;
		i += 1 + n;
	} else if (sep != '/') {
		return 0;
	}
	if (word_goes_on(s, i, len) ||
	    (i + 1 < len && (s[i] == '/' || s[i] == '.' || s[i] == ',' || s[i] == '-') &&
	     is_digit(s[i + 1])))
		return 0;
	if (!valid(d, m, y))
		return 0;
	out->day = d, out->month = m, out->year = y;
	return i;
}

/* "08 tháng 02 năm 2022", "9 tháng 8": the words may be wrapped or typed
 * without marks; "năm" may sit after a comma. */
static size_t spelled(const char *s, size_t i, size_t len, struct text_date *out)
{
	int d, m, y = 0;
	size_t n = read_int(s, i, len, 2, &d);
	if (!n)
		return 0;
	size_t j = skip_space(s, i + n, len);
	if (j == i + n)
		return 0;
	size_t w = text_vn_word(s + j, len - j, "thang");
	if (!w)
		return 0;
	j = skip_space(s, j + w, len);
	n = read_int(s, j, len, 2, &m);
	if (!n)
		return 0;
	i = j + n;
	j = i;
	if (j < len && s[j] == ',')
		j++;
	j = skip_space(s, j, len);
	w = text_vn_word(s + j, len - j, "nam");
	if (w) {
		size_t k = skip_space(s, j + w, len);
		n = read_int(s, k, len, 4, &y);
		if (n == 4) {
			i = k + n;
		} else if (!n && read_int(s, k, len, 5, &y) == 5 && !word_goes_on(s, k + 5, len)) {
			/* A footnote's mark glued to the year ("Hà Nội, ngày 23
			 * tháng 02 năm 20264", its note 4): no year has five
			 * digits. */
			y /= 10;
			i = k + 5;
		} else {
			y = 0;
		}
	}
	if (word_goes_on(s, i, len) || !valid(d, m, y))
		return 0;
	out->day = d, out->month = m, out->year = y;
	return i;
}

size_t text_date_parse(const char *s, size_t len, struct text_date *out)
{
	struct text_date d = { 0, 0, 0, 0 };
	size_t i = skip_space(s, 0, len);
	size_t w = text_vn_word(s + i, len - i, "ngay");
	if (w) {
		size_t j = skip_space(s, i + w, len);
		if (j == i + w)
			return 0;
		i = j;
	}
	if (i >= len || !is_digit(s[i]))
		return 0;
	size_t end = numeric(s, i, len, &d);
	if (!end)
		end = spelled(s, i, len, &d);
	if (!end)
		return 0;
	*out = d;
	return end;
}

static char *put2(char *o, int v)
{
	o[0] = (char)('0' + v / 10);
	o[1] = (char)('0' + v % 10);
	return o + 2;
}

void text_date_iso(const struct text_date *d, char out[11])
{
	int m = d->month >= 1 && d->month <= 12 ? d->month : 0;
	int day = d->day >= 1 && d->day <= 31 ? d->day : 0;
	char *o = out;
	if (d->year > 0 && d->year <= 9999) {
		o = put2(o, d->year / 100);
		o = put2(o, d->year % 100);
	} else {
		*o++ = '-'; /* "--MM-DD": ISO 8601 without the year */
	}
	*o++ = '-';
	o = put2(o, m);
	*o++ = '-';
	o = put2(o, day);
	*o = '\0';
}

int text_date_later(const struct text_date *a, const struct text_date *b)
{
	if (a->year != b->year)
		return a->year > b->year;
	if (a->month != b->month)
		return a->month > b->month;
	return a->day > b->day;
}

int text_date_floor(struct text_date *d, const struct text_date *cited)
{
	int year = d->year;
	if (cited->year > d->year)
		d->year = cited->year;
	if (d->year && d->year == cited->year && text_date_later(cited, d))
		d->year++;
	return d->year != year;
}
