/* markdown.c — a Markdown document as the plain text it shows: marks, escapes, links and tables' pipes out, paragraphs kept. */
#include "ingest/ingest_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "text/text.h"

/* An emphasis opened on one line is looked for this many lines on. */
#define EMPHASIS_LINES 3

static int blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Is the letter at s[at..end) a lower-case one: ASCII's, or Vietnamese's
 * (Latin-1's, and the odd code points of Latin Extended-A/B and of the
 * Vietnamese block U+1EA0–U+1EF9: "ă", "đ", "ơ", "ư", "ắ", "ề")? */
static int lower_at(const char *s, size_t at, size_t end)
{
	unsigned char c = (unsigned char)s[at];
	if (c < 0x80)
		return islower(c);
	unsigned cp;
	text_utf8_decode(s + at, end - at, &cp);
	return (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || (cp >= 0x100 && cp <= 0x1FF && (cp & 1)) ||
	       (cp >= 0x1EA0 && cp <= 0x1EF9 && (cp & 1));
}

/* Do the marks s[k..e) stand inside a word: a letter before them, a
 * lower-case one after ("V****ề", Word's runs splitting "Về")? */
static int in_word(const char *s, size_t k, size_t e, size_t end)
{
	unsigned char before = (unsigned char)s[k - 1];
	return e < end && (isalpha(before) || before >= 0x80) && lower_at(s, e, end);
}

static size_t line_end(const char *s, size_t len, size_t i)
{
	const char *nl = memchr(s + i, '\n', len - i);
	return nl ? (size_t)(nl - s) : len;
}

static size_t skip_blanks(const char *s, size_t i, size_t end)
{
	while (i < end && blank(s[i]))
		i++;
	return i;
}

static size_t trim_end(const char *s, size_t a, size_t b)
{
	while (b > a && (blank(s[b - 1]) || s[b - 1] == '\r'))
		b--;
	return b;
}

/* "```" or "~~~", three or more, up to three spaces in: a code fence. */
static int fence_line(const char *s, size_t a, size_t b)
{
	size_t i = a;
	while (i < b && i - a < 3 && s[i] == ' ')
		i++;
	if (b - i < 3 || (s[i] != '`' && s[i] != '~'))
		return 0;
	return s[i + 1] == s[i] && s[i + 2] == s[i];
}

/* A line of nothing but '-', '=', '*' or '_' (three or more, blanks and a
 * table's pipes and colons between): a rule, a heading's underline or a
 * table's separator row ("|---|:---:|"). */
static int rule_line(const char *s, size_t a, size_t b)
{
	size_t marks = 0;
	int pipe = 0;
	char mark = 0;
	for (size_t i = a; i < b; i++) {
		char c = s[i];
		if (blank(c) || c == '\r')
			continue;
		if (c == '|' || c == ':') {
			pipe |= c == '|';
			continue;
		}
		if (c != '-' && c != '=' && c != '*' && c != '_')
			return 0;
		if (mark && c != mark && !pipe)
			return 0;
		mark = c;
		marks++;
	}
	return marks >= 3;
}

/* Is s[i] ASCII punctuation a backslash may escape? */
static int escapable(char c)
{
	return c > 0x20 && c < 0x7f && ispunct((unsigned char)c);
}

/* A run of '*' at s[i..j) is emphasis when it touches a word on one
 * side ("**LUẬT**", "*Căn cứ", "ngày 22*") or ends a line; a lone one
 * between blanks ("5 * 3") and a note's mark "(*)" are text. */
static int emphasis_run(const char *s, size_t a, size_t b, size_t i, size_t j)
{
	char c = s[i];
	int before = i > a && !blank(s[i - 1]);
	int after = j < b && !blank(s[j]);
	/* "DÂN **" closes what "**ỦY BAN NHÂN" opened on the line above;
	 * four or more between blanks are a bold opened and closed on
	 * nothing ("được nghỉ** **** 5 ngày **nghỉ"), never text. */
	if (!before && !after)
		return c == '*' && (((i == a || j == b) && j - i < b - a) || j - i >= 4);
	if (i > a && j < b && s[i - 1] == '(' && s[j] == ')')
		return 0;
	return 1;
}

/* "[text](url)" at s[i]: the text's bounds and where the link ends. */
static int link_at(const char *s, size_t i, size_t b, size_t *ta, size_t *tb, size_t *next)
{
	if (s[i] != '[')
		return 0;
	int depth = 0;
	size_t k = i;
	for (; k < b; k++) {
		if (s[k] == '\\' && k + 1 < b) {
			k++;
			continue;
		}
		if (s[k] == '[')
			depth++;
		else if (s[k] == ']' && --depth == 0)
			break;
	}
	if (k + 1 >= b || s[k + 1] != '(')
		return 0;
	size_t close = k + 2;
	while (close < b && s[close] != ')' && !blank(s[close]))
		close++;
	if (close < b && blank(s[close])) /* [text](url "title") */
		while (close < b && s[close] != ')')
			close++;
	if (close >= b)
		return 0;
	*ta = i + 1;
	*tb = k;
	*next = close + 1;
	return 1;
}

static int word_byte(const char *s, size_t i)
{
	return isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80;
}

/* "__đào tạo__", "_Căn cứ_": a run of '_' that opens at a word's start
 * and one as long that closes at a word's end, further on the line; an
 * identifier's ("window.__pwned", "__proto__x") has none and stays. */
static int underscore_pair(const char *s, size_t a, size_t b, size_t i, size_t *ta, size_t *tb,
			   size_t *next)
{
	size_t j = i;
	while (j < b && s[j] == '_')
		j++;
	size_t n = j - i;
	if (n > 2 || j == b || blank(s[j]) || (i > a && word_byte(s, i - 1)))
		return 0;
	for (size_t k = j + 1; k < b; k++) {
		if (s[k] != '_')
			continue;
		size_t e = k;
		while (e < b && s[e] == '_')
			e++;
		if (e - k == n && !blank(s[k - 1]) && (e == b || !word_byte(s, e))) {
			*ta = j;
			*tb = k;
			*next = e;
			return 1;
		}
		k = e;
	}
	return 0;
}

static void inline_text(const char *s, size_t a, size_t b, struct buf *out);

/* A byte no inline rule below starts at. */
static int inline_plain(char c)
{
	return c != '\\' && c != '_' && c != '*' && c != '`' && c != '!' && c != '[' && c != '<';
}

/* One span of inline Markdown s[a..b) to out. */
static void inline_text(const char *s, size_t a, size_t b, struct buf *out)
{
	for (size_t i = a; i < b;) {
		char c = s[i];
		size_t ta, tb, next;
		if (inline_plain(c)) {
			/* A run of text at once, not a byte at a time. */
			size_t j = i + 1;
			while (j < b && inline_plain(s[j]))
				j++;
			buf_add(out, s + i, j - i);
			i = j;
		} else if (c == '\\' && i + 1 < b && escapable(s[i + 1])) {
			buf_addc(out, s[i + 1]);
			i += 2;
		} else if (c == '\\' && i + 1 == b) {
			i++; /* a hard line break */
		} else if (c == '_' && underscore_pair(s, a, b, i, &ta, &tb, &next)) {
			inline_text(s, ta, tb, out);
			i = next;
		} else if (c == '_') {
			size_t j = i;
			while (j < b && s[j] == c)
				j++;
			buf_add(out, s + i, j - i);
			i = j;
		} else if (c == '*') {
			size_t j = i;
			while (j < b && s[j] == c)
				j++;
			if (!emphasis_run(s, a, b, i, j))
				buf_add(out, s + i, j - i);
			i = j;
		} else if (c == '`') {
			size_t j = i;
			while (j < b && s[j] == '`')
				j++;
			i = j; /* the code's text stays, its marks go */
		} else if (c == '!' && i + 1 < b && link_at(s, i + 1, b, &ta, &tb, &next)) {
			i = next; /* an image: nothing to read */
		} else if (link_at(s, i, b, &ta, &tb, &next)) {
			inline_text(s, ta, tb, out);
			i = next;
		} else if (c == '<' && b - i > 8 && (memcmp(s + i + 1, "http://", 7) == 0 ||
						      memcmp(s + i + 1, "https://", 8) == 0)) {
			size_t j = i + 1;
			while (j < b && s[j] != '>' && !blank(s[j]))
				j++;
			if (j < b && s[j] == '>') {
				buf_add(out, s + i + 1, j - i - 1);
				i = j + 1;
			} else {
				buf_addc(out, c);
				i++;
			}
		} else if (c == '<' && b - i >= 4 && strncasecmp(s + i, "<br", 3) == 0 &&
			   (s[i + 3] == '>' || s[i + 3] == '/' || s[i + 3] == ' ')) {
			size_t j = i + 3;
			while (j < b && s[j] != '>')
				j++;
			buf_addc(out, '\n');
			i = j < b ? j + 1 : b;
		} else {
			buf_addc(out, c);
			i++;
		}
	}
}

/* Does s[a..b) hold an odd number of "**" (a bold that stays open at the
 * line's end)? */
static int emphasis_open(const char *s, size_t a, size_t b)
{
	unsigned n = 0;
	for (size_t i = a; i < b;) {
		if (s[i] == '\\') {
			i += 2;
			continue;
		}
		if (s[i] != '*') {
			i++;
			continue;
		}
		size_t j = i;
		while (j < b && s[j] == s[i])
			j++;
		if (j - i == 2 && emphasis_run(s, a, b, i, j))
			n++;
		i = j;
	}
	return n % 2;
}

/* A table row's cells, each on a line of its own. */
static void table_row(const char *s, size_t a, size_t b, struct buf *out)
{
	size_t i = a;
	if (i < b && s[i] == '|')
		i++;
	while (i < b) {
		size_t j = i;
		while (j < b && s[j] != '|') {
			if (s[j] == '\\' && j + 1 < b)
				j++;
			j++;
		}
		size_t ca = skip_blanks(s, i, j), cb = trim_end(s, ca, j < b ? j : b);
		if (ca < cb) {
			inline_text(s, ca, cb, out);
			buf_addc(out, '\n');
		}
		i = j + 1;
	}
}

/* A table's row: it opens or ends with a pipe, or holds two. */
static int table_line(const char *s, size_t a, size_t b)
{
	if (a < b && (s[a] == '|' || (s[b - 1] == '|' && (b - a < 2 || s[b - 2] != '\\'))))
		return 1;
	size_t pipes = 0;
	for (size_t i = a; i < b; i++)
		if (s[i] == '|' && (i == a || s[i - 1] != '\\'))
			pipes++;
	return pipes >= 2;
}

void ingest_markdown_text(const char *s, size_t len, struct buf *out)
{
	buf_reset(out);
	buf_grow(out, len + 1);
	int fenced = 0;
	for (size_t i = 0; i < len;) {
		size_t end = line_end(s, len, i);
		size_t a = i, b = trim_end(s, i, end);
		size_t next = end < len ? end + 1 : len;
		if (fence_line(s, a, b)) {
			fenced = !fenced;
			i = next;
			continue;
		}
		if (fenced) { /* code: text as it stands */
			buf_add(out, s + a, end - a);
			buf_addc(out, '\n');
			i = next;
			continue;
		}
		a = skip_blanks(s, a, b);
		/* Quotes' marks, then a heading's. */
		while (a < b && s[a] == '>')
			a = skip_blanks(s, a + 1, b);
		if (a < b && s[a] == '#') {
			size_t h = a;
			while (h < b && s[h] == '#')
				h++;
			if (h - a <= 6 && (h == b || blank(s[h]))) {
				a = skip_blanks(s, h, b);
				size_t c = b; /* "## Title ##" */
				while (c > a && s[c - 1] == '#')
					c--;
				if (c < b && (c == a || blank(s[c - 1])))
					b = trim_end(s, a, c);
			}
		}
		if (a == b) {
			buf_addc(out, '\n');
			i = next;
			continue;
		}
		const char *rb = s[a] == '[' ? memchr(s + a, ']', b - a) : NULL;
		size_t stars = a;
		while (stars < b && s[stars] == '*')
			stars++;
		if (rule_line(s, a, b) || (b - a == 1 && s[a] == '|') || stars == b ||
		    (rb && rb + 1 < s + b && rb[1] == ':')) {
			/* A rule, a table's separator row, a row's lone pipe
			 * ("|" in tables copied from Word), an emphasis's lone
			 * marks, a link's definition. */
			buf_addc(out, '\n');
			i = next;
			continue;
		}
		if (table_line(s, a, b)) {
			table_row(s, a, b, out);
			i = next;
			continue;
		}
		if ((s[a] == '*' || s[a] == '+') && a + 1 < b && blank(s[a + 1])) {
			buf_adds(out, "- "); /* a list's bullet */
			a = skip_blanks(s, a + 1, b);
		}
		/* A bold opening the line and closed against the next word or
		 * the next bold ("**NGHỊ ĐỊNH****Quy định về…**", "**Chương
		 * I**QUY ĐỊNH CHUNG"): a heading whose line break the page lost.
		 * Not a seam of two bolds beside a blank, inside one line of
		 * text ("**Điều 39. Mức**** hưởng****, thời gian…**", "**Điều
		 * 41. ****Chuyển nơi hưởng…**"), nor inside a word ("**V****ề
		 * việc s****ắp xếp …**"): Word's runs, one heading. */
		if (b - a > 4 && s[a] == '*' && s[a + 1] == '*' && s[a + 2] != '*') {
			size_t k = a + 2, r = 0;
			while (k + 1 < b && !(s[k] == '*' && s[k + 1] == '*' && s[k - 1] != '\\'))
				k++;
			while (k + r < b && s[k + r] == '*')
				r++;
			int seam = r == 4 && (blank(s[k - 1]) || (k + 4 < b && blank(s[k + 4])) ||
					      in_word(s, k, k + 4, b));
			if (k + 2 < b && ((r == 4 && !seam) ||
					  (r == 2 && ((unsigned char)s[k + 2] >= 0x80 ||
						      isalnum((unsigned char)s[k + 2]))))) {
				inline_text(s, a, k + 2, out);
				buf_addc(out, '\n');
				a = k + 2;
			}
		}
		/* Emphasis hard-wrapped ("**Điều 1. Phạm vi điều" / "chỉnh**"):
		 * its lines are one line of text. */
		if (emphasis_open(s, a, b)) {
			size_t at = next;
			for (int k = 0; k < EMPHASIS_LINES && at < len; k++) {
				size_t e = line_end(s, len, at);
				size_t la = skip_blanks(s, at, e), lb = trim_end(s, at, e);
				if (la == lb || table_line(s, la, lb) || fence_line(s, la, lb))
					break;
				if (emphasis_open(s, la, lb)) {
					struct buf joined = BUF_INIT;
					for (size_t p = a; p < lb; p++)
						buf_addc(&joined, s[p] == '\n' ? ' ' : s[p]);
					inline_text(joined.p, 0, joined.len, out);
					buf_release(&joined);
					buf_addc(out, '\n');
					b = lb;
					next = e < len ? e + 1 : len;
					a = b;
					break;
				}
				at = e < len ? e + 1 : len;
			}
			if (a == b) {
				i = next;
				continue;
			}
		}
		inline_text(s, a, b, out);
		buf_addc(out, '\n');
		i = next;
	}
	/* One final newline when the input had one. */
	while (out->len && out->p[out->len - 1] == '\n')
		out->len--;
	if (len && s[len - 1] == '\n')
		buf_addc(out, '\n');
	buf_addc(out, '\0');
	out->len--;
}
