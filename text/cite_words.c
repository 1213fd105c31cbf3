/* cite_words.c — text as the citation reader sees it: soft space (hard
 * wraps, table pipes, bold markers), the separators inside a number, and
 * words matched case- and mark-blind. */
#include <string.h>

#include "text/text.h"
#include "text/text_int.h"

/* ---- spacing ---------------------------------------------------------------
 * Hard wraps, table pipes and bold markers fall between any two words of the
 * tvpl Markdown ("Thông tư số\n|\n219/2013/TT-BTC"), so context reading treats
 * them as space. Inside a number only real space and one line break count. */
int cite_soft_at(const char *p, const char *end, size_t *n)
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

const char *cite_skip_soft(const char *p, const char *end)
{
	size_t n;
	while (p < end && cite_soft_at(p, end, &n))
		p += n;
	return p;
}

const char *cite_skip_soft_back(const char *lo, const char *p)
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
const char *cite_skip_gap(const char *p, const char *end)
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
const char *cite_dash_at(const char *p, const char *end)
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

const char *cite_slash_at(const char *p, const char *end)
{
	if (p < end && *p == '/')
		return p + 1;
	if (p + 1 < end && p[0] == '\\' && p[1] == '/')
		return p + 2;
	return NULL;
}

/* The separator ch with the space around it that real text puts there. */
const char *cite_sep(const char *p, const char *end, char ch)
{
	p = cite_skip_gap(p, end);
	p = ch == '-' ? cite_dash_at(p, end) : cite_slash_at(p, end);
	return p ? cite_skip_gap(p, end) : NULL;
}

/* Between parts of one issuer chain ("TTLT-BTC-BNV", "NQ-\nHĐND") no space
 * before the dash: "TT-BTC - Bộ Tài chính" ends at BTC. */
const char *cite_sep_tight(const char *p, const char *end, char ch)
{
	p = ch == '-' ? cite_dash_at(p, end) : cite_slash_at(p, end);
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
const char *cite_match_word(const char *p, const char *end, const char *name, int marks)
{
	const char *ne = name + strlen(name);
	while (name < ne) {
		if (*name == ' ') {
			const char *q = cite_skip_soft(p, end);
			if (q == p)
				return NULL;
			p = q;
			while (name < ne && *name == ' ')
				name++;
			continue;
		}
		size_t nn, tn;
		unsigned nc = text_utf8_at(name, ne, &nn);
		name += nn;
		unsigned nf = marks ? text_vn_lower(nc) : text_vn_fold(nc);
		if (nf == 0)
			continue;
		unsigned tf;
		do {
			if (p >= end)
				return NULL;
			unsigned tc = text_utf8_at(p, end, &tn);
			tf = marks ? text_vn_lower(tc) : text_vn_fold(tc);
			p += tn;
		} while (tf == 0);
		if (tf != nf)
			return NULL;
	}
	size_t n;
	while (p < end && text_vn_is_mark(text_utf8_at(p, end, &n)))
		p += n;
	if (p < end && text_vn_is_word(text_utf8_at(p, end, &n)))
		return NULL;
	return p;
}

const char *cite_match_name(const char *p, const char *end, const char *name)
{
	return cite_match_word(p, end, name, 0);
}

size_t text_vn_word(const char *s, size_t len, const char *ascii_word)
{
	const char *e = cite_match_name(s, s + len, ascii_word);
	return e ? (size_t)(e - s) : 0;
}

/* Folds s[0..len) to lower-case ASCII without marks, soft space as one
 * space; returns the length written (out holds cap - 1 bytes and a NUL). */
size_t cite_fold_ascii(const char *s, const char *end, char *out, size_t cap)
{
	size_t o = 0;
	int space = 0;
	while (s < end && o + 1 < cap) {
		size_t n;
		if (cite_soft_at(s, end, &n)) {
			space = o > 0;
			s += n;
			continue;
		}
		unsigned f = text_vn_fold(text_utf8_at(s, end, &n));
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
const char *cite_word_start_back(const char *lo, const char *p)
{
	while (p > lo) {
		const char *s;
		unsigned cp = text_utf8_before(lo, p, &s);
		if (!text_vn_is_letter(cp))
			break;
		p = s;
	}
	return p;
}

/* Capitalised as written (a name goes on): "Bắc Ninh", "GD-ĐT", "XII". */
int cite_capital_at(const char *p, const char *end)
{
	size_t n;
	return p < end && (text_vn_is_upper(text_utf8_at(p, end, &n)) || cite_is_digit(*p));
}
