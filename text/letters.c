/* letters.c — Vietnamese letters without ICU, for the hot paths (the
 * tokeniser, the citation reader, dates): base letter, case, and the
 * code point before a position. */
#include "text/text.h"
#include "text/text_int.h"

/* ---- letters ---------------------------------------------------------------
 * The scanner runs over every ingested byte, so Vietnamese letters are read
 * from two small tables instead of ICU: the base letter of U+00C0..U+01B0
 * (Latin-1 and Extended-A, with ơ and ư) and of U+1EA0..U+1EF9 (the
 * tone-marked vowels). U+00D0 (Eth) stands in for Đ in legacy conversions. */
static const char fold_lat[] =
	"aaaaaa ceeeeiiiidnooooo  uuuuy  aaaaaa ceeeeiiiidnooooo  uuuuy y"
	"aaaaaaccccccccddddeeeeeeeeeegggggggghh  iiiiiiiii   jjkk llllll "
	"   nnnnnn   oooooo  rrrrrrsssssssstttt  uuuuuuuuuuuuwwyyyzzzzzz "
	"                                oo             uu";
static const char fold_viet[] =
	"aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy";

unsigned text_vn_fold(unsigned cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	if (cp >= 0xC0 && cp <= 0x1B0 && fold_lat[cp - 0xC0] != ' ')
		return (unsigned char)fold_lat[cp - 0xC0];
	if (cp >= 0x1EA0 && cp <= 0x1EF9)
		return (unsigned char)fold_viet[cp - 0x1EA0];
	if (text_vn_is_mark(cp))
		return 0;
	return cp;
}

int text_vn_is_letter(unsigned cp)
{
	if (cp < 0x80)
		return (cp | 32) >= 'a' && (cp | 32) <= 'z';
	unsigned f = text_vn_fold(cp);
	return f == 0 || (f != cp && f >= 'a' && f <= 'z');
}

int text_vn_is_upper(unsigned cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp >= 0xC0 && cp <= 0xDE)
		return cp != 0xD7;
	if (cp >= 0x1EA0 && cp <= 0x1EF9)
		return cp % 2 == 0;
	return cp == 0x102 || cp == 0x110 || cp == 0x128 || cp == 0x168 || cp == 0x1A0 ||
	       cp == 0x1AF;
}

int text_vn_is_lower(unsigned cp)
{
	return text_vn_is_letter(cp) && !text_vn_is_mark(cp) && !text_vn_is_upper(cp);
}

unsigned text_vn_lower(unsigned cp)
{
	if (!text_vn_is_upper(cp))
		return cp;
	if (cp < 0x80 || cp <= 0xDE)
		return cp + 32;
	return cp == 0x1AF ? 0x1B0 : cp + 1;
}

unsigned text_vn_upper(unsigned cp)
{
	if (!text_vn_is_lower(cp))
		return cp;
	if (cp < 0x80 || (cp >= 0xE0 && cp <= 0xFE))
		return cp - 32;
	if (cp == 0x1B0)
		return 0x1AF;
	if ((cp >= 0x1EA1 && cp <= 0x1EF9) || cp == 0x103 || cp == 0x111 || cp == 0x129 ||
	    cp == 0x169 || cp == 0x1A1)
		return cp - 1;
	return cp;
}


/* The code point ending at p (lo < p); *start = where it begins. */
unsigned text_utf8_before(const char *lo, const char *p, const char **start)
{
	const char *s = p - 1;
	while (s > lo && p - s < 4 && ((unsigned char)*s & 0xC0) == 0x80)
		s--;
	size_t n;
	unsigned cp = text_utf8_at(s, p, &n);
	if (s + n != p) {
		s = p - 1;
		cp = 0xFFFD;
	}
	*start = s;
	return cp;
}

int text_vn_letter(unsigned cp, unsigned *lower, char *base)
{
	/* À..Ý and à..ý: only the letters Vietnamese uses.
	 *                         àáâãäåæçèéêëìíîïðñòóôõö÷øùúûüý */
	static const char latin1[] = "aaaa    eee ii    oooo   uu  y";
	if (cp >= 0xC0 && cp <= 0xFD) {
		unsigned lo = cp >= 0xE0 ? cp : cp + 0x20;
		if (lo - 0xE0 >= sizeof latin1 - 1 || latin1[lo - 0xE0] == ' ')
			return 0;
	} else if (!(cp >= 0x1EA0 && cp <= 0x1EF9) && (cp | 1) != 0x0103 && (cp | 1) != 0x0111 &&
		   (cp | 1) != 0x0129 && (cp | 1) != 0x0169 && (cp | 1) != 0x01A1 && cp != 0x01AF &&
		   cp != 0x01B0) {
		return 0; /* Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư are the others */
	}
	*lower = text_vn_lower(cp);
	*base = (char)text_vn_fold(cp);
	return 1;
}

int text_vn_punct(unsigned cp)
{
	if (cp >= 0xA0 && cp <= 0xBF) /* but ª, SOFT HYPHEN, µ, º */
		return cp != 0xAA && cp != 0xAD && cp != 0xB5 && cp != 0xBA;
	return cp == 0xD7 || cp == 0xF7 || (cp >= 0x2010 && cp <= 0x2027) ||
	       (cp >= 0x2030 && cp <= 0x205E);
}

int text_vn_is_word(unsigned cp)
{
	return (cp < 0x80 && cite_is_digit((char)cp)) || text_vn_is_letter(cp);
}
