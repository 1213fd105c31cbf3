/* signer.c — who signed a regulation: the name under its signature block
 * ("TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / Hồ Đức Phớc"). */
#include "text/text.h"
#include "text/text_int.h"

#include <string.h>

#include <unicode/uchar.h>

/* A line's letters: how many, how many in capitals, and whether it reads as
 * a person's name (2 to 6 words, each a capital then small letters). */
struct line_shape {
	unsigned letters, upper, words, name_words, digits;
};

static void shape_of(const char *s, size_t len, struct line_shape *sh)
{
	memset(sh, 0, sizeof *sh);
	int in_word = 0, word_ok = 0;
	size_t word_letters = 0;
	for (size_t i = 0; i < len;) {
		unsigned cp, lower;
		char base;
		int letter, mark = 0, up;
		/* ASCII and Vietnamese letters by hand (letters.c's tables): every
		 * line after a letterhead is shaped, and ICU's look-ups cost more
		 * than the rest of the reader. */
		if ((unsigned char)s[i] < 0x80) {
			cp = (unsigned char)s[i++];
			letter = (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
			up = cp >= 'A' && cp <= 'Z';
		} else {
			i += text_utf8_decode(s + i, len - i, &cp);
			if (text_vn_letter(cp, &lower, &base)) {
				letter = 1;
				up = lower != cp;
			} else {
				mark = u_getCombiningClass((UChar32)cp) > 0;
				letter = mark || u_isalpha((UChar32)cp);
				up = letter && !mark && u_isupper((UChar32)cp);
			}
		}
		if (cp >= '0' && cp <= '9')
			sh->digits++;
		if (letter) {
			if (mark)
				continue;
			sh->letters++;
			sh->upper += up;
			if (!in_word) {
				in_word = 1;
				word_ok = up;
				word_letters = 0;
				sh->words++;
			} else if (up) {
				word_ok = 0;
			}
			word_letters++;
		} else if (in_word) {
			in_word = 0;
			sh->name_words += word_ok && word_letters >= 1;
		}
	}
	if (in_word)
		sh->name_words += word_ok;
}

/* Marks ('*', '|', '_') and spaces around a line's text. */
static void trim(const char **s, const char **e)
{
	while (*s < *e && strchr(" \t*|_", **s))
		(*s)++;
	while (*e > *s && strchr(" \t*|_\r", (*e)[-1]))
		(*e)--;
}

static int starts(const char *s, const char *e, const char *word)
{
	size_t n = strlen(word);
	return (size_t)(e - s) >= n && memcmp(s, word, n) == 0;
}

static int contains(const char *s, const char *e, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = s; p + n <= e; p++)
		if (memcmp(p, word, n) == 0)
			return 1;
	return 0;
}

/* A line of the block above the name: a signing form or a title; once the
 * block has begun, any line in capitals (a title wrapped over two lines). */
static int title_line(const char *s, const char *e, int in_block)
{
	static const char *const forms[] = { "TM.", "T/M", "KT.", "TL.", "TUQ.", "Q.", "TM ", "KT " };
	static const char *const titles[] = { "TRƯỞNG", "CHỦ TỊCH", "THỦ TƯỚNG", "GIÁM ĐỐC", "BÍ THƯ",
					      "CHÁNH", "TỔNG", "CHỦ NHIỆM", "PHÓ" };
	struct line_shape sh;
	shape_of(s, (size_t)(e - s), &sh);
	if (sh.letters < 2 || sh.upper * 10 < sh.letters * 9 || sh.digits)
		return 0;
	if (in_block)
		return 1;
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
		if (starts(s, e, forms[i]))
			return 1;
	for (size_t i = 0; i < sizeof titles / sizeof *titles; i++)
		if (contains(s, e, titles[i]))
			return 1;
	return 0;
}

static int name_line(const char *s, const char *e)
{
	struct line_shape sh;
	shape_of(s, (size_t)(e - s), &sh);
	return e - s < 60 && !sh.digits && sh.words >= 2 && sh.words <= 6 &&
	       sh.name_words == sh.words && sh.upper < sh.letters;
}

/* A military rank before the name ("Thượng tướng Vũ Hải Sản", "Đại tá …"):
 * a capitalised word and a small one. Returns where the name starts. */
static const char *after_rank(const char *s, const char *e)
{
	static const char *const ranks[] = { "Đại tướng ", "Thượng tướng ", "Trung tướng ",
					     "Thiếu tướng ", "Đại tá ", "Thượng tá ", "Trung tá ",
					     "Thiếu tá " };
	for (size_t i = 0; i < sizeof ranks / sizeof *ranks; i++)
		if (starts(s, e, ranks[i]))
			return s + strlen(ranks[i]);
	return s;
}

/* A gazette's page break inside the signatures: "CÔNG BÁO/Số 261 + 262/…"
 * and the page number. */
static int page_break(const char *s, const char *e)
{
	if (starts(s, e, "CÔNG BÁO"))
		return 1;
	for (const char *p = s; p < e; p++)
		if ((*p < '0' || *p > '9') && *p != ' ')
			return 0;
	return 1;
}

/* The names under the signature blocks from the first one on, while only
 * blocks follow it (a joint text's bodies each sign one); up to max. */
static size_t signers(const char *text, size_t len, size_t max, char *out, size_t cap)
{
	int titles = 0;
	size_t found = 0;
	struct cite_out o = { out, 0, cap, 0 };
	out[0] = '\0';
	for (size_t i = 0; i < len && found < max;) {
		const char *nl = memchr(text + i, '\n', len - i);
		const char *s = text + i, *e = nl ? nl : text + len;
		i = (size_t)(e - text) + 1;
		trim(&s, &e);
		if (s == e)
			continue; /* blank or a lone '|' between the block's lines */
		if (title_line(s, e, titles > 0)) {
			titles++;
			continue;
		}
		/* "(Đã ký)" or "Đã ký" may stand between the title and the name. */
		if (titles && (starts(s, e, "(Đã ký)") || starts(s, e, "Đã ký") || starts(s, e, "(đã ký)")))
			continue;
		s = titles ? after_rank(s, e) : s;
		if (titles && name_line(s, e)) {
			size_t kept = o.n;
			if (found)
				cite_out_adds(&o, CITE_JOINT_SEP);
			cite_out_add(&o, s, (size_t)(e - s));
			if (o.overflow) {
				out[kept] = '\0'; /* the names that fit */
				return found;
			}
			found++;
			titles = 0;
			continue;
		}
		if (found && !titles && page_break(s, e))
			continue;
		if (found)
			break; /* the text goes on: the blocks have ended */
		titles = 0;
	}
	return found;
}

size_t text_signer(const char *text, size_t len, char *out, size_t cap)
{
	return signers(text, len, 1, out, cap) ? strlen(out) : 0;
}

size_t text_signers(const char *text, size_t len, char *out, size_t cap)
{
	return signers(text, len, 16, out, cap);
}

/* A part of a label: its words between the slashes, spaces and marks off. */
static int label_part_is(const char *s, const char *e, const char *word)
{
	trim(&s, &e);
	return (size_t)(e - s) == strlen(word) && memcmp(s, word, (size_t)(e - s)) == 0;
}

/* A site's attribute table names who signed in a labelled field: "Người
 * ký: Nguyễn Thanh Sơn", the value on the label's line or the next one
 * (thuvienphapluat's block), or a row whose label names its cells in order
 * ("Cơ quan ban hành/ Chức danh / Người ký: Quốc hội | Chủ tịch Quốc hội |
 * Nguyễn Sinh Hùng", "Cơ quan hợp nhất/ Người ký/ Chức danh: Văn phòng
 * Quốc hội | Nguyễn Hạnh Phúc | Chủ nhiệm" on vbpl.vn): the cell the label's
 * "Người ký" names, when it reads as a person's name. */
size_t text_labelled_signer(const char *text, size_t len, char *out, size_t cap)
{
	const char *end = text + len;
	out[0] = '\0';
	for (const char *ls = text; ls < end;) {
		const char *le = memchr(ls, '\n', (size_t)(end - ls));
		if (!le)
			le = end;
		const char *colon = memchr(ls, ':', (size_t)(le - ls));
		if (colon && contains(ls, colon, "Người ký")) {
			/* Which part of the label: parts are split by '/'. */
			int part = -1, k = 0;
			const char *ps = ls;
			for (const char *p = ls; p <= colon; p++) {
				if (p == colon || *p == '/') {
					if (label_part_is(ps, p, "Người ký"))
						part = k;
					k++;
					ps = p + 1;
				}
			}
			if (part < 0)
				return 0;
			const char *vs = colon + 1, *ve = le;
			trim(&vs, &ve);
			if (vs == ve && part == 0) {
				/* The value on the next line with text. */
				for (const char *n = le; n < end && vs == ve;) {
					n++;
					const char *ne = memchr(n, '\n', (size_t)(end - n));
					if (!ne)
						ne = end;
					vs = n;
					ve = ne;
					trim(&vs, &ve);
					n = ne;
				}
			}
			/* The cell of that part. */
			const char *cs = vs;
			for (int i = 0; cs <= ve; i++) {
				const char *ce = memchr(cs, '|', (size_t)(ve - cs));
				if (!ce)
					ce = ve;
				if (i == part) {
					const char *a = cs, *b = ce;
					trim(&a, &b);
					if (a == b || !name_line(a, b) || (size_t)(b - a) >= cap)
						return 0;
					memcpy(out, a, (size_t)(b - a));
					out[b - a] = '\0';
					return (size_t)(b - a);
				}
				cs = ce + 1;
			}
			return 0;
		}
		ls = le + 1;
	}
	return 0;
}
