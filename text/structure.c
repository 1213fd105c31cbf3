/* structure.c — the structure of a regulation's own text: Phần, Chương, Mục,
 * Điều and khoản read from its lines, and the quoted text an amending
 * regulation carries, which is never structure of its own. */
#include <stdlib.h>
#include <string.h>

#include "text/text.h"

/* ---- quoted text ------------------------------------------------------- */

#define LQUOTE "\xe2\x80\x9c" /* “ */
#define RQUOTE "\xe2\x80\x9d" /* ” */

static int space_byte(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* A straight quote opens when nothing but a space, a line start or an
 * opening bracket stands before it and a word follows; it closes otherwise. */
static int straight_opens(const char *t, size_t len, size_t at)
{
	int before = at == 0 || space_byte((unsigned char)t[at - 1]) || t[at - 1] == '(' ||
		     t[at - 1] == '[' || t[at - 1] == ':';
	int after = at + 1 < len && !space_byte((unsigned char)t[at + 1]);
	return before && after;
}

/* The first c in t[from..len), or len. */
static size_t byte_next(const char *t, size_t from, size_t len, unsigned char c)
{
	const char *hit = from < len ? memchr(t + from, c, len - from) : NULL;
	return hit ? (size_t)(hit - t) : len;
}

/* The quotes of text[0..len) into *out; *depth_end the depth of quotes
 * still open at len. */
static size_t quotes_scan(const char *text, size_t len, struct text_quote **out,
			  unsigned *depth_end)
{
	struct text_quote *q = NULL;
	size_t n = 0, cap = 0, open_at = 0;
	unsigned depth = 0;
	/* Quote marks are rare: memchr finds the next '"' and the next lead
	 * byte of U+2000..U+2FFF, and the bytes between are not looked at. */
	size_t dq = byte_next(text, 0, len, '"'), e2 = byte_next(text, 0, len, 0xe2);
	for (size_t i = 0;; i++) {
		if (dq < i)
			dq = byte_next(text, i, len, '"');
		if (e2 < i)
			e2 = byte_next(text, i, len, 0xe2);
		i = dq < e2 ? dq : e2;
		if (i >= len)
			break;
		int opens, closes;
		if (text[i] == '"') {
			opens = depth == 0 && straight_opens(text, len, i);
			closes = !opens && depth > 0;
		} else if ((unsigned char)text[i] == 0xe2 && i + 2 < len &&
			   (memcmp(text + i, LQUOTE, 3) == 0 || memcmp(text + i, RQUOTE, 3) == 0)) {
			opens = text[i + 2] == LQUOTE[2];
			closes = !opens && depth > 0;
		} else {
			continue;
		}
		if (opens) {
			if (depth++ == 0)
				open_at = i;
		} else if (closes && --depth == 0) {
			if (n == cap) {
				cap = cap ? 2 * cap : 16;
				q = xrealloc(q, cap * sizeof *q);
			}
			q[n++] = (struct text_quote){ open_at, i + (text[i] == '"' ? 1 : 3) };
		}
	}
	/* A quote never closed is a slip of the typist: what follows it is
	 * not taken for quoted text. */
	*out = q;
	*depth_end = depth;
	return n;
}

size_t text_quotes(const char *text, size_t len, struct text_quote **out)
{
	unsigned depth;
	return quotes_scan(text, len, out, &depth);
}

int text_quoted(const struct text_quote *q, size_t n, size_t at)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (q[mid].end <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && q[lo].start <= at && at < q[lo].end;
}

/* ---- lines -------------------------------------------------------------- */

struct line {
	size_t start, end; /* end: the '\n' or '\f', or the text's end */
	size_t body;       /* after the spaces that open it */
	int quoted;        /* opens with a quote mark */
};

static size_t line_end(const char *t, size_t len, size_t from)
{
	size_t nl = byte_next(t, from, len, '\n');
	return byte_next(t, from, nl, '\f');
}

static size_t skip_spaces(const char *t, size_t at, size_t end)
{
	for (;;) {
		if (at < end && (t[at] == ' ' || t[at] == '\t'))
			at++;
		else if (at + 1 < end && (unsigned char)t[at] == 0xc2 && (unsigned char)t[at + 1] == 0xa0)
			at += 2;
		else
			return at;
	}
}

static struct line read_line(const char *t, size_t len, size_t from)
{
	struct line l = { from, line_end(t, len, from), 0, 0 };
	l.body = skip_spaces(t, from, l.end);
	if (l.body < l.end && t[l.body] == '"')
		l.quoted = 1;
	else if (l.body + 3 <= l.end && (memcmp(t + l.body, LQUOTE, 3) == 0 ||
					 memcmp(t + l.body, "\xe2\x80\x98", 3) == 0))
		l.quoted = 1;
	if (l.quoted)
		l.body = skip_spaces(t, l.body + (t[l.body] == '"' ? 1 : 3), l.end);
	return l;
}

/* Where l's words end, past the spaces that trail them. */
static size_t line_words_end(const char *t, const struct line *l)
{
	size_t e = l->end;
	while (e > l->body && space_byte((unsigned char)t[e - 1]))
		e--;
	return e;
}

/* Does t[at..end) start with one of the spellings, a whole word? Returns
 * the length matched, 0 if none. */
static size_t word_at(const char *t, size_t at, size_t end, const char *const *forms)
{
	for (; *forms; forms++) {
		size_t n = strlen(*forms);
		if (at + n <= end && memcmp(t + at, *forms, n) == 0 &&
		    (at + n == end || !((unsigned char)t[at + n] >= 0x80 ||
					(t[at + n] >= 'a' && t[at + n] <= 'z') ||
					(t[at + n] >= 'A' && t[at + n] <= 'Z'))))
			return n;
	}
	return 0;
}

/* Đ as U+0110, or as U+00D0 from a legacy font's decoding. */
static const char *const DIEU[] = { "\xc4\x90i\xe1\xbb\x81u", "\xc4\x90I\xe1\xbb\x80U",
				    "\xc3\x90i\xe1\xbb\x81u", "\xc3\x90I\xe1\xbb\x80U", NULL };
static const char *const THU[] = { "th\xe1\xbb\xa9", "TH\xe1\xbb\xa8", NULL };
static const char *const CHUONG[] = { "Ch\xc6\xb0\xc6\xa1ng", "CH\xc6\xaf\xc6\xa0NG", NULL };
static const char *const PHAN[] = { "Ph\xe1\xba\xa7n", "PH\xe1\xba\xa6N", NULL };
static const char *const MUC[] = { "M\xe1\xbb\xa5" "c", "M\xe1\xbb\xa4" "C", NULL };

/* The byte length of the code point at s if it is a lower-case letter. */
static size_t lower_at(const char *s, size_t len)
{
	unsigned cp;
	if (!len)
		return 0;
	size_t n = text_utf8_decode(s, len, &cp);
	return text_has_lower(s, n) ? n : 0;
}

static size_t upper_at(const char *s, size_t len)
{
	unsigned cp;
	if (!len)
		return 0;
	size_t n = text_utf8_decode(s, len, &cp);
	return text_has_letter(s, n) && !text_has_lower(s, n) ? n : 0;
}

/* ---- headings ----------------------------------------------------------- */

/* The end of a heading's text without what trails it: spaces and a
 * footnote's number glued to its last word ("hỗ trợ2"). */
static size_t trim_heading(const char *t, size_t from, size_t end)
{
	while (end > from && space_byte((unsigned char)t[end - 1]))
		end--;
	size_t d = end;
	while (d > from && t[d - 1] >= '0' && t[d - 1] <= '9')
		d--;
	if (d < end && d > from && end - d <= 3) {
		/* Glued to a letter (a byte of a multi-byte letter counts). */
		unsigned char b = (unsigned char)t[d - 1];
		if (b >= 0x80 || (b >= 'a' && b <= 'z'))
			end = d;
	}
	while (end > from && space_byte((unsigned char)t[end - 1]))
		end--;
	return end;
}

static char *copy_heading(const char *t, size_t from, size_t to)
{
	struct buf b = BUF_INIT;
	int space = 0, wrapped = 0;
	for (size_t i = from; i < to; i++) {
		if (space_byte((unsigned char)t[i])) {
			space = 1;
			wrapped |= t[i] == '\n';
			continue;
		}
		/* A number wrapped at its dash ("32/2016/TT-" / "BLĐTBXH") is one. */
		if (space && b.len && !(wrapped && b.p[b.len - 1] == '-'))
			buf_addc(&b, ' ');
		wrapped = 0;
		space = 0;
		buf_addc(&b, t[i]);
	}
	buf_addc(&b, '\0');
	return buf_detach(&b, NULL);
}

/* Does the heading t[from..end) stop on a word that cannot end one, so the
 * next line goes on with it whatever its case ("… thuộc Bộ Lao động -
 * Thương binh và" / "Xã hội")? 2 when that word asks for a number
 * ("… khoản 3 Điều" / "12 của Nghị định …"): only a number goes on
 * with it ("Tài khoản" ends one). */
static int heading_open(const char *t, size_t from, size_t end)
{
	static const char *const joins[] = { "và", "của", "các", "với", "theo", "tại", "về",
					     "cho", "trong", "những", "hoặc", "đối", "thuộc",
					     "bởi", "là", NULL };
	static const char *const numbered[] = { "Điều", "khoản", "điểm", "số", NULL };
	size_t w = end;
	while (w > from && !space_byte((unsigned char)t[w - 1]))
		w--;
	if (w == from)
		return 0;
	for (int k = 0; numbered[k]; k++)
		if (end - w == strlen(numbered[k]) && memcmp(t + w, numbered[k], end - w) == 0)
			return 2;
	for (int k = 0; joins[k]; k++)
		if (end - w == strlen(joins[k]) && memcmp(t + w, joins[k], end - w) == 0)
			return 1;
	return 0;
}

/* A line that can carry on a heading broken over lines: it follows at once
 * and starts in lower case (a hard-wrapped PDF's heading), or it is the
 * heading itself under a bare "Điều 26" line. After a heading that asks
 * for a number (open == 2), a number that is no clause's ("12 của …"). */
static int heading_line_ok(const char *t, const struct line *l, int open)
{
	size_t end = trim_heading(t, l->body, l->end);
	if (end <= l->body || end - l->body > 300)
		return 0;
	char last = t[end - 1];
	if (last == '.' || last == ';' || last == ':' || last == ',')
		return 0;
	char c = t[l->body];
	if (c >= '0' && c <= '9' && open == 2) {
		size_t d = l->body;
		while (d < end && t[d] >= '0' && t[d] <= '9')
			d++;
		return d < end && t[d] == ' ';
	}
	if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '(' || l->quoted)
		return 0;
	/* "a) …": a point, not a heading. */
	if (l->body + 1 < l->end && t[l->body + 1] == ')')
		return 0;
	return 1;
}

/* An article's number and where its heading starts, from a line that opens
 * "Điều 26." (or "Điều thứ 26", "Điều 5a:", "Điều 32" alone). 0 if the line
 * is no article's heading: "Điều 5 của Luật này …" is a sentence. */
static int article_line(const char *t, const struct line *l, char number[TEXT_ARTICLE_NUMBER_MAX],
			size_t *heading, int *weak)
{
	size_t at = l->body, end = l->end, n;
	*weak = 0;
	if (!(n = word_at(t, at, end, DIEU)))
		return 0;
	at = skip_spaces(t, at + n, end);
	if (at == l->body + n)
		return 0;
	if ((n = word_at(t, at, end, THU)) != 0)
		at = skip_spaces(t, at + n, end);
	size_t digits = at;
	while (at < end && t[at] >= '0' && t[at] <= '9')
		at++;
	if (at == digits || at - digits > 4 || t[digits] == '0')
		return 0;
	size_t num_end = at;
	/* A letter suffix: "5a", "10đ". */
	if (at < end && t[at] >= 'a' && t[at] <= 'z')
		at++;
	else if (at + 1 < end && (unsigned char)t[at] == 0xc4 && (unsigned char)t[at + 1] == 0x91)
		at += 2;
	if (at > num_end && at < end && (lower_at(t + at, end - at) || upper_at(t + at, end - at) ||
					 (t[at] >= '0' && t[at] <= '9')))
		return 0;
	if (at - digits >= TEXT_ARTICLE_NUMBER_MAX)
		return 0;
	memcpy(number, t + digits, at - digits);
	number[at - digits] = '\0';
	size_t after_num = at;
	at = skip_spaces(t, at, end);
	if (at == end) {
		*heading = end;
		return 1;
	}
	if (t[at] == '.' || t[at] == ':') {
		if (at + 1 < end && t[at + 1] >= '0' && t[at + 1] <= '9')
			return 0; /* "Điều 5.1" */
		at++;
	} else if (t[at] == '-' || (at + 3 <= end && memcmp(t + at, "\xe2\x80\x93", 3) == 0)) {
		at += t[at] == '-' ? 1 : 3;
		if (at < end && t[at] != ' ')
			return 0;
	} else if (at > after_num && upper_at(t + at, end - at)) {
		/* "Điều 5 Chính sách của Nhà nước …" without its full stop, or a
		 * line a wrapped sentence began ("Điều 1 Nghị định số 42/2023/NĐ-CP
		 * …", "Điều 5 Luật này"): no number, no "này", and only as the
		 * next article in order (*weak). */
		for (size_t i = at; i < end; i++)
			if ((t[i] >= '0' && t[i] <= '9') ||
			    (i + 6 <= end && memcmp(t + i, " n\xc3\xa0y", 5) == 0))
				return 0;
		*weak = 1;
	} else {
		return 0;
	}
	*heading = skip_spaces(t, at, end);
	return 1;
}

static int roman_digit(char c)
{
	return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C';
}

/* A division's title that is a sentence's words run on: a line a wrapped
 * sentence began with a mention ("… tại điểm b.5.4 khoản 2 / Chương 98
 * Nghị định số 26/2023/NĐ-CP", "Mục II. 2, phần 19 Phụ lục III;"; a title
 * that starts with a number is one too: "Mục 22.1 và 22.2"). It ends
 * in ";", speaks of the text itself ("này"), or, with no separator after
 * the label, carries a number in a title that is not in capitals. */
static int title_runs_on(const char *t, size_t from, size_t end, int sep)
{
	end = trim_heading(t, from, end);
	/* A list item's end; a title that lists ("Các sản phẩm xay xát; malt;
	 * tinh bột;", a tariff chapter wrapped) has its ";" inside too. */
	if (end > from && t[end - 1] == ';' && !memchr(t + from, ';', end - from - 1))
		return 1;
	int lower = 0, digit = 0;
	for (size_t i = from; i < end; i++) {
		if (i + 4 <= end && memcmp(t + i, "n\xc3\xa0y", 4) == 0 && i > from &&
		    space_byte((unsigned char)t[i - 1]) &&
		    (i + 4 == end || !lower_at(t + i + 4, end - i - 4)))
			return 1;
		if (t[i] >= '0' && t[i] <= '9')
			digit = 1;
		else if (!lower && lower_at(t + i, end - i))
			lower = 1;
	}
	return !sep && digit && lower;
}

/* "Chương II", "CHƯƠNG 3", "Phần thứ nhất", "PHẦN I", "Mục 2": the kind, its
 * label and where its title starts. 0 for "Phần mềm", "MỤC LỤC", "Mục tiêu". */
static int division_line(const char *t, const struct line *l, enum text_division_kind *kind,
			 char label[16], size_t *title)
{
	size_t at = l->body, end = l->end, n;
	if ((n = word_at(t, at, end, CHUONG)) != 0)
		*kind = TEXT_CHAPTER;
	else if ((n = word_at(t, at, end, PHAN)) != 0)
		*kind = TEXT_PART;
	else if ((n = word_at(t, at, end, MUC)) != 0)
		*kind = TEXT_SECTION;
	else
		return 0;
	at = skip_spaces(t, at + n, end);
	if (at == l->body + n)
		return 0;
	size_t from = at;
	size_t thu = word_at(t, at, end, THU);
	if (thu && *kind == TEXT_PART) {
		/* "Phần thứ nhất", "PHẦN THỨ HAI": the ordinal word. */
		at = skip_spaces(t, at + thu, end);
		while (at < end && !space_byte((unsigned char)t[at]) && t[at] != '.' && t[at] != ':')
			at++;
		if (at == from + thu + 1)
			return 0;
	} else if (at < end && t[at] >= '1' && t[at] <= '9') {
		while (at < end && t[at] >= '0' && t[at] <= '9')
			at++;
	} else if (at < end && roman_digit(t[at])) {
		while (at < end && roman_digit(t[at]))
			at++;
	} else {
		return 0;
	}
	if (at - from >= 16)
		return 0;
	memcpy(label, t + from, at - from);
	label[at - from] = '\0';
	if (at < end && !space_byte((unsigned char)t[at]) && t[at] != '.' && t[at] != ':' &&
	    t[at] != '-')
		return 0;
	at = skip_spaces(t, at, end);
	size_t sep = at;
	while (at < end && (t[at] == '.' || t[at] == ':' || t[at] == '-'))
		at++;
	if (at + 3 <= end && memcmp(t + at, "\xe2\x80\x93", 3) == 0)
		at += 3;
	at = skip_spaces(t, at, end);
	/* After the label a title in capitals, or nothing on the line. */
	if (at < end && !upper_at(t + at, end - at))
		return 0;
	if (title_runs_on(t, at, end, at > sep))
		return 0;
	*title = at;
	return 1;
}

/* ---- the reader ---------------------------------------------------------- */

struct cand {
	struct text_article a;
	unsigned num, suffix; /* suffix: 0, or 2 * letter index (+1 for đ) */
	size_t heading_from;  /* where the line's heading text starts */
	size_t line_end;
	int weak; /* no separator after its number: kept only in order */
	int keep;
};

static void number_key(const char *number, unsigned *num, unsigned *suffix)
{
	char *end;
	*num = (unsigned)strtoul(number, &end, 10);
	if (!*end)
		*suffix = 0;
	else if ((unsigned char)*end == 0xc4)
		*suffix = 2 * ('d' - 'a' + 1) + 1;
	else
		*suffix = 2 * (unsigned)(*end - 'a' + 1);
}

/* Follows "Điều 26" — the next article in order (26a after 26, 27 after
 * 26a), or a first article again (a regulation issued with the decision
 * that issues it)? */
static int follows(const struct cand *prev, const struct cand *c)
{
	if (!prev)
		return 1;
	if (c->num == prev->num + 1)
		return 1;
	if (c->num == prev->num && c->suffix > prev->suffix)
		return 1;
	return c->num == 1 && c->suffix == 0;
}

/* The heading of the article whose line ends at c->line_end: the rest of
 * its line, carried on by the lines that continue it, or the next line
 * when the number stands alone. */
static void read_heading(const char *t, size_t len, struct cand *c)
{
	size_t from = c->heading_from, end = trim_heading(t, from, c->line_end);
	size_t next = c->line_end;
	if (end == from) {
		/* "Điều 32" alone: its heading, if any, is the next line with text. */
		while (next < len) {
			struct line l = read_line(t, len, next + 1);
			if (l.body < l.end) {
				char num[TEXT_ARTICLE_NUMBER_MAX];
				size_t h;
				int weak;
				if (heading_line_ok(t, &l, 0) && !article_line(t, &l, num, &h, &weak)) {
					from = l.body;
					end = trim_heading(t, l.body, l.end);
					next = l.end;
				}
				break;
			}
			next = l.end;
			if (next >= len)
				break;
		}
	} else if (t[end - 1] == '.' && end - from > 120) {
		/* "Điều 1. Công dân có quyền …": no heading, the article's text. */
		end = from;
	} else if ((end - from >= 40 || heading_open(t, from, end)) && t[end - 1] != '.') {
		/* A heading hard-wrapped: lines that start in lower case, or any
		 * line after one cut at a dash ("Thông tư số 32/2016/TT-") or on
		 * a word that cannot end it. */
		for (int k = 0; k < 3 && next < len; k++) {
			struct line l = read_line(t, len, next + 1);
			int open = heading_open(t, from, end);
			if (l.body >= l.end ||
			    (!lower_at(t + l.body, l.end - l.body) && t[end - 1] != '-' &&
			     !(open == 1 || (open == 2 && t[l.body] >= '0' && t[l.body] <= '9'))) ||
			    !heading_line_ok(t, &l, open))
				break;
			if (open) {
				/* Not the next article or division itself. */
				char num[TEXT_ARTICLE_NUMBER_MAX], label[16];
				enum text_division_kind kind;
				size_t h;
				int weak;
				if (article_line(t, &l, num, &h, &weak) ||
				    division_line(t, &l, &kind, label, &h))
					break;
			}
			end = trim_heading(t, l.body, l.end);
			next = l.end;
		}
	}
	if (end > from && t[end - 1] == '.')
		end--;
	c->a.head_start = from;
	c->a.head_end = end > from ? end : from;
	c->a.heading = copy_heading(t, from, c->a.head_end);
}

/* Clause lines inside an article: "1. …" ("1- …", "1) …" in older texts),
 * numbered from 1 in order, outside quoted text. */
static void read_clauses(const char *t, struct text_article *a, size_t body,
			 const struct text_quote *q, size_t nq, struct text_structure *s,
			 size_t *cap)
{
	unsigned want = 1;
	a->first_clause = s->nclauses;
	for (size_t at = body; at < a->end;) {
		struct line l = read_line(t, a->end, at);
		size_t p = skip_spaces(t, l.start, l.end);
		size_t d = p;
		while (d < l.end && t[d] >= '0' && t[d] <= '9')
			d++;
		if (d > p && d - p <= 3 && d + 1 < l.end && (t[d] == '.' || t[d] == '-' || t[d] == ')') &&
		    (t[d + 1] == ' ' || t[d + 1] == '\t') && !text_quoted(q, nq, p) &&
		    (unsigned)strtoul(t + p, NULL, 10) == want) {
			if (s->nclauses == *cap) {
				*cap = *cap ? 2 * *cap : 64;
				s->clauses = xrealloc(s->clauses, *cap * sizeof *s->clauses);
			}
			if (s->nclauses > a->first_clause)
				s->clauses[s->nclauses - 1].end = l.start;
			s->clauses[s->nclauses++] = (struct text_clause){ want, l.start, a->end };
			want++;
		}
		at = l.end + 1;
	}
	a->nclauses = s->nclauses - a->first_clause;
}

/* Lines of text an excerpt of a law may open with before its article: its
 * title. */
#define OWN_FIRST_LINES 2

/* Where a text's head, read for its type heading, ends: a line's end. */
static size_t head_end(const char *text, size_t len)
{
	size_t end = len;
	if (end > TEXT_OWN_HEAD_BYTES) {
		end = TEXT_OWN_HEAD_BYTES;
		while (end > 0 && text[end - 1] != '\n')
			end--;
	}
	return end;
}

/* The type the first type heading of text[0..end) names, on a line of its
 * own ("HIẾN PHÁP", "LUẬT"); NULL when none. */
static const char *head_type(const char *text, size_t len, size_t end)
{
	for (size_t at = 0; at < end;) {
		struct line l = read_line(text, len, at);
		at = l.end + 1;
		size_t e = line_words_end(text, &l);
		const char *type = e > l.body ? cite_heading_type(text + l.body, e - l.body) : NULL;
		if (type)
			return type;
	}
	return NULL;
}

static int own_letterhead(const struct cite_mention *m, void *found)
{
	if (!(m->letterhead & CITE_OWN_TEXT))
		return 0;
	*(int *)found = 1;
	return 1;
}

int text_own_regulation(const char *text, size_t len)
{
	size_t end = head_end(text, len);
	/* An article on its first line or under its title: a law's
	 * excerpt, its own words. A page quoting one says first why. */
	for (size_t at = 0, seen = 0; at < end && seen < OWN_FIRST_LINES;) {
		struct line l = read_line(text, len, at);
		at = l.end + 1;
		if (l.body >= l.end)
			continue;
		seen++;
		char number[TEXT_ARTICLE_NUMBER_MAX];
		size_t heading;
		int weak;
		if (!l.quoted && article_line(text, &l, number, &heading, &weak) && !weak)
			return 1;
	}
	/* Its own number, in its letterhead ("Số: 21/2025/TT-BGDĐT"). */
	int found = 0;
	cite_scan(text, end, own_letterhead, &found);
	if (found)
		return 1;
	/* Or its type heading, for a text without a number ("HIẾN PHÁP"). */
	return head_type(text, len, end) != NULL;
}

struct first_cite {
	size_t at;
};

static int first_cite(const struct cite_mention *m, void *arg)
{
	((struct first_cite *)arg)->at = m->start;
	return 1;
}

const char *text_head_type(const char *text, size_t len)
{
	return head_type(text, len, head_end(text, len));
}

/* The type a line in capitals opens with, its heading run on with its
 * subject ("LUẬT NGƯỜI LAO ĐỘNG VIỆT NAM …"): its first one to three words
 * as cite_heading_type reads a heading of their own. */
static const char *heading_opens(const char *s, size_t len)
{
	if (text_has_lower(s, len))
		return NULL;
	size_t at = 0;
	for (int words = 0; words < 3 && at < len; words++) {
		while (at < len && s[at] != ' ')
			at++;
		const char *type = cite_heading_type(s, at);
		if (type)
			return type;
		while (at < len && s[at] == ' ')
			at++;
	}
	return NULL;
}

size_t text_head_heading_at(const char *text, size_t len, size_t *head_start)
{
	size_t end = head_end(text, len);
	int motto = 0;
	/* the starts of the last few lines read, for where the letterhead
	 * starts: its issuer's lines and "Số: …" stand above the motto */
	enum { ABOVE = 8 };
	size_t starts[ABOVE] = { 0 }, nstarts = 0;
	int furniture[ABOVE] = { 0 };
	*head_start = 0;
	for (size_t at = 0; at < end;) {
		struct line l = read_line(text, len, at);
		at = l.end + 1;
		size_t e = line_words_end(text, &l);
		if (e == l.body)
			continue;
		if (!motto) {
			enum cite_motto m = cite_motto(text + l.body, e - l.body);
			motto = m == CITE_MOTTO_STATE || m == CITE_MOTTO_SLOGAN || m == CITE_MOTTO_PARTY;
			if (motto) {
				/* up the short lines above it, to a sentence or an
				 * item ("- Trường hợp …;") of what stands before */
				size_t k = 0;
				*head_start = l.start;
				while (k < nstarts && k < ABOVE && furniture[(nstarts - 1 - k) % ABOVE])
					*head_start = starts[(nstarts - 1 - k++) % ABOVE];
				if (k == nstarts)
					*head_start = 0;
			}
			starts[nstarts % ABOVE] = l.start;
			/* an item's mark and a space ("- Trường hợp …"); a rule
			 * ("-------") is furniture */
			int item = l.body + 1 < e && strchr("-*+", text[l.body]) &&
				   text[l.body + 1] == ' ';
			furniture[nstarts++ % ABOVE] = e - l.body <= 80 && !item &&
						      !strchr(".;", text[e - 1]);
			continue;
		}
		if (cite_heading_type(text + l.body, e - l.body) || heading_opens(text + l.body, e - l.body))
			return l.body;
		/* An article or a division first: no heading above the text's
		 * words, nothing to skip to. */
		char number[TEXT_ARTICLE_NUMBER_MAX], label[16];
		size_t heading;
		int weak;
		enum text_division_kind kind;
		if (!l.quoted && (article_line(text, &l, number, &heading, &weak) ||
				  division_line(text, &l, &kind, label, &heading)))
			return 0;
	}
	return 0;
}

const char *text_unnumbered_type(const char *text, size_t len, const char *title)
{
	const char *type = head_type(text, len, head_end(text, len));
	if (!type || !title)
		return NULL;
	/* Titled by that heading: "Hiến pháp nước Cộng hòa …", "Luật Cải
	 * cách ruộng đất" (a page quoting a law's heading is titled by its own
	 * headline). */
	size_t words = 1, n = 0;
	for (const char *p = type; *p; p++)
		words += *p == ' ';
	while (title[n] && (words > 1 || title[n] != ' ')) {
		words -= title[n] == ' ';
		n++;
	}
	struct buf t = BUF_INIT, k = BUF_INIT;
	text_fold_key(type, strlen(type), &t);
	text_fold_key(title, n, &k);
	int titled = t.len && k.len == t.len && memcmp(k.p, t.p, t.len) == 0;
	buf_release(&t);
	buf_release(&k);
	if (!titled)
		return NULL;
	/* No number anywhere above its first chapter or article: a letterhead's would
	 * make it that number's text, and a consolidated text's opening names
	 * its base's ("Luật An toàn, vệ sinh lao động số 84/2015/QH13 …, được
	 * sửa đổi, bổ sung bởi:"), which a gazette excerpt without its
	 * certification still starts with. */
	size_t stop = len;
	for (size_t at = 0; at < len;) {
		struct line l = read_line(text, len, at);
		char number[TEXT_ARTICLE_NUMBER_MAX], label[16];
		size_t heading;
		int weak;
		enum text_division_kind kind;
		if (l.body < l.end && !l.quoted &&
		    (article_line(text, &l, number, &heading, &weak) ||
		     division_line(text, &l, &kind, label, &heading))) {
			stop = l.start;
			break;
		}
		at = l.end + 1;
	}
	struct first_cite f = { stop };
	cite_scan(text, stop, first_cite, &f);
	return f.at < stop ? NULL : type;
}

/* Is l a division's label ending in ";", an item of a list of provisions
 * ("Khoản 2 Điều 3; / Chương III; / Chương V.", a table's cell naming a
 * circular's)? A label alone after it is the list's last item, no
 * division. */
static int listed(const char *t, const struct line *l)
{
	size_t e = l->end;
	while (e > l->body && space_byte((unsigned char)t[e - 1]))
		e--;
	return e > l->body && t[e - 1] == ';' &&
	       (word_at(t, l->body, e, CHUONG) || word_at(t, l->body, e, PHAN) ||
		word_at(t, l->body, e, MUC));
}

int text_structure_read(const char *text, size_t len, struct text_structure *s)
{
	memset(s, 0, sizeof *s);
	struct text_quote *q;
	size_t nq = text_quotes(text, len, &q);
	struct cand *c = NULL;
	size_t nc = 0, ccap = 0, dcap = 0;
	/* The line with text before, for a label alone (listed). */
	struct line last = { 0, 0, 0, 0 };
	for (size_t at = 0; at < len;) {
		struct line l = read_line(text, len, at);
		at = l.end + 1;
		struct line before = last;
		if (l.body < l.end)
			last = l;
		if (l.body >= l.end || l.quoted || text_quoted(q, nq, l.body))
			continue;
		char number[TEXT_ARTICLE_NUMBER_MAX];
		size_t heading;
		enum text_division_kind kind;
		char label[16];
		int weak;
		if (article_line(text, &l, number, &heading, &weak)) {
			if (nc == ccap) {
				ccap = ccap ? 2 * ccap : 64;
				c = xrealloc(c, ccap * sizeof *c);
			}
			struct cand *k = &c[nc++];
			memset(k, 0, sizeof *k);
			memcpy(k->a.number, number, sizeof number);
			k->a.start = l.start;
			k->a.division = -1;
			k->heading_from = heading;
			k->line_end = l.end;
			k->weak = weak;
			number_key(number, &k->num, &k->suffix);
		} else if (division_line(text, &l, &kind, label, &heading) &&
			   !(trim_heading(text, heading, l.end) == heading && listed(text, &before))) {
			if (s->ndivisions == dcap) {
				dcap = dcap ? 2 * dcap : 16;
				s->divisions = xrealloc(s->divisions, dcap * sizeof *s->divisions);
			}
			struct text_division *d = &s->divisions[s->ndivisions++];
			memset(d, 0, sizeof *d);
			d->kind = kind;
			memcpy(d->label, label, sizeof label);
			d->start = l.start;
			size_t end = trim_heading(text, heading, l.end);
			if (end == heading && l.end < len) {
				/* "Chương I" alone: its title is the next line with text. */
				struct line n = read_line(text, len, l.end + 1);
				while (n.body >= n.end && n.end < len)
					n = read_line(text, len, n.end + 1);
				if (n.body < n.end && upper_at(text + n.body, n.end - n.body) &&
				    !article_line(text, &n, number, &end, &weak) && heading_line_ok(text, &n, 0)) {
					heading = n.body;
					end = trim_heading(text, n.body, n.end);
				} else {
					end = heading;
				}
			}
			d->title = copy_heading(text, heading, end);
		}
	}
	/* Keep the articles in order: one out of order is quoted text the
	 * quotes did not mark, or a sentence a line break began with "Điều"; a
	 * gap is kept when the article after it carries on from it (a page
	 * the extraction lost). */
	const struct cand *prev = NULL;
	for (size_t i = 0; i < nc; i++) {
		if (c[i].weak ? prev && follows(prev, &c[i]) && c[i].num != 1 : follows(prev, &c[i]) ||
		    (prev && c[i].num > prev->num + 1 &&
		     (i + 1 == nc || (c[i + 1].num == c[i].num + 1 ||
				      (c[i + 1].num == c[i].num && c[i + 1].suffix > c[i].suffix))))) {
			c[i].keep = 1;
			prev = &c[i];
		}
	}
	size_t n = 0;
	for (size_t i = 0; i < nc; i++)
		if (c[i].keep)
			n++;
	s->articles = n ? xmalloc(n * sizeof *s->articles) : NULL;
	size_t clause_cap = 0, d = 0;
	for (size_t i = 0, k = 0; i < nc; i++) {
		if (!c[i].keep)
			continue;
		read_heading(text, len, &c[i]);
		struct text_article *a = &s->articles[k];
		*a = c[i].a;
		/* It ends where the next article or division starts. */
		a->end = len;
		for (size_t j = i + 1; j < nc; j++)
			if (c[j].keep) {
				a->end = c[j].a.start;
				break;
			}
		while (d < s->ndivisions && s->divisions[d].start < a->start)
			d++;
		if (d < s->ndivisions && s->divisions[d].start < a->end)
			a->end = s->divisions[d].start;
		/* The last division opened before it holds it. */
		a->division = d ? (int)d - 1 : -1;
		size_t body = c[i].line_end;
		if (a->head_end > body)
			body = line_end(text, len, a->head_end);
		read_clauses(text, a, body < a->end ? body + 1 : a->end, q, nq, s, &clause_cap);
		k++;
	}
	s->narticles = n;
	free(c);
	free(q);
	return 0;
}

void text_structure_release(struct text_structure *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->narticles; i++)
		free(s->articles[i].heading);
	for (size_t i = 0; i < s->ndivisions; i++)
		free(s->divisions[i].title);
	free(s->articles);
	free(s->clauses);
	free(s->divisions);
	memset(s, 0, sizeof *s);
}

const struct text_article *text_structure_find(const struct text_structure *s, const char *number)
{
	for (size_t i = 0; i < s->narticles; i++)
		if (strcmp(s->articles[i].number, number) == 0)
			return &s->articles[i];
	return NULL;
}

/* ---- points (điểm) ------------------------------------------------------- */

static const char *const POINT_LETTERS[] = { "a", "b", "c", "d", "\xc4\x91", "e", "g", "h",
					     "i", "k", "l", "m", "n", "o", "p", "q",
					     "r", "s", "t", "u", "v", "x", "y", NULL };

int text_points_may_open(const char *text, size_t from, size_t upto)
{
	const char *letter = POINT_LETTERS[0];
	size_t k = strlen(letter);
	for (size_t at = from; at < upto;) {
		struct line l = read_line(text, upto, at);
		at = l.end + 1;
		size_t b = l.body;
		if (b + k + 2 > l.end) {
			if (l.end == upto)
				return 1; /* cut short: what follows may make it one */
			continue;
		}
		/* As text_points_read asks, quoted text left aside (a superset). */
		if (memcmp(text + b, letter, k) == 0 && (text[b + k] == ')' || text[b + k] == '.') &&
		    (text[b + k + 1] == ' ' || text[b + k + 1] == '\t'))
			return 1;
	}
	return 0;
}

/* The points of the clause text[from..to) into *out, with the quotes
 * q[0..nq) of its text (offsets from from). */
static size_t points_in(const char *text, size_t from, size_t to, const struct text_quote *q,
			size_t nq, struct text_point **out)
{
	struct text_point *p = NULL;
	size_t n = 0, cap = 0, want = 0;
	for (size_t at = from; at < to && POINT_LETTERS[want];) {
		struct line l = read_line(text, to, at);
		at = l.end + 1;
		const char *letter = POINT_LETTERS[want];
		size_t k = strlen(letter), b = l.body;
		/* "a) …" ("a. …" in older laws): its letter, the mark and a
		 * space, outside quoted text. */
		if (l.quoted || b + k + 2 > l.end || memcmp(text + b, letter, k) != 0 ||
		    (text[b + k] != ')' && text[b + k] != '.') ||
		    !(text[b + k + 1] == ' ' || text[b + k + 1] == '\t') ||
		    text_quoted(q, nq, b - from))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 8;
			p = xrealloc(p, cap * sizeof *p);
		}
		if (n)
			p[n - 1].end = l.start;
		p[n] = (struct text_point){ { 0 }, l.start, to };
		memcpy(p[n].letter, letter, k + 1);
		n++;
		want++;
	}
	*out = p;
	return n;
}

size_t text_points_read(const char *text, size_t from, size_t to, struct text_point **out)
{
	*out = NULL;
	if (to <= from)
		return 0;
	struct text_quote *q;
	size_t nq = text_quotes(text + from, to - from, &q);
	size_t n = points_in(text, from, to, q, nq, out);
	free(q);
	return n;
}

size_t text_points_read_at(const char *text, size_t from, size_t avail, size_t at,
			   struct text_point **out)
{
	*out = NULL;
	if (at < from || at >= avail)
		return TEXT_POINTS_WHOLE;
	size_t cut = line_end(text, avail, at);
	if (cut >= avail)
		return TEXT_POINTS_WHOLE;
	cut++;
	/* The quotes up to cut are the whole clause's up to there (text[cut
	 * - 1] ends a line: no quote mark to look past), and with none open
	 * at cut, no later quote covers a line before it. */
	struct text_quote *q;
	unsigned depth;
	size_t nq = quotes_scan(text + from, cut - from, &q, &depth);
	size_t n = depth ? TEXT_POINTS_WHOLE : points_in(text, from, cut, q, nq, out);
	free(q);
	return n;
}
