/* tone.c — one tone-mark placement per Vietnamese syllable (hòa, thủy, khỏe). */
#include "text/text.h"
#include "text/text_int.h"

#include <stdint.h>
#include <string.h>

/* The twelve vowel letters; the modified ones (ă â ê ô ơ ư) carry their
 * breve, circumflex or horn as part of the letter, never as the tone. */
enum vowel { V_A, V_AW, V_AA, V_E, V_EE, V_I, V_O, V_OO, V_OW, V_U, V_UW, V_Y, N_VOWELS };

/* The five tones in the order of the columns below: none, huyền (grave),
 * sắc (acute), hỏi (hook above), ngã (tilde), nặng (dot below). */
enum { N_TONES = 6 };

static const uint16_t vowel_forms[N_VOWELS][N_TONES] = {
	{ 0x0061, 0x00E0, 0x00E1, 0x1EA3, 0x00E3, 0x1EA1 }, /* a à á ả ã ạ */
	{ 0x0103, 0x1EB1, 0x1EAF, 0x1EB3, 0x1EB5, 0x1EB7 }, /* ă ằ ắ ẳ ẵ ặ */
	{ 0x00E2, 0x1EA7, 0x1EA5, 0x1EA9, 0x1EAB, 0x1EAD }, /* â ầ ấ ẩ ẫ ậ */
	{ 0x0065, 0x00E8, 0x00E9, 0x1EBB, 0x1EBD, 0x1EB9 }, /* e è é ẻ ẽ ẹ */
	{ 0x00EA, 0x1EC1, 0x1EBF, 0x1EC3, 0x1EC5, 0x1EC7 }, /* ê ề ế ể ễ ệ */
	{ 0x0069, 0x00EC, 0x00ED, 0x1EC9, 0x0129, 0x1ECB }, /* i ì í ỉ ĩ ị */
	{ 0x006F, 0x00F2, 0x00F3, 0x1ECF, 0x00F5, 0x1ECD }, /* o ò ó ỏ õ ọ */
	{ 0x00F4, 0x1ED3, 0x1ED1, 0x1ED5, 0x1ED7, 0x1ED9 }, /* ô ồ ố ổ ỗ ộ */
	{ 0x01A1, 0x1EDD, 0x1EDB, 0x1EDF, 0x1EE1, 0x1EE3 }, /* ơ ờ ớ ở ỡ ợ */
	{ 0x0075, 0x00F9, 0x00FA, 0x1EE7, 0x0169, 0x1EE5 }, /* u ù ú ủ ũ ụ */
	{ 0x01B0, 0x1EEB, 0x1EE9, 0x1EED, 0x1EEF, 0x1EF1 }, /* ư ừ ứ ử ữ ự */
	{ 0x0079, 0x1EF3, 0x00FD, 0x1EF7, 0x1EF9, 0x1EF5 }, /* y ỳ ý ỷ ỹ ỵ */
};

/* vowel_forms inverted for the non-ASCII letters, sorted by code point for
 * a binary search. */
static const struct {
	uint16_t cp;
	uint8_t vowel, tone;
} vowel_index[] = {
	{ 0x00E0, V_A, 1 },   { 0x00E1, V_A, 2 },   { 0x00E2, V_AA, 0 },  { 0x00E3, V_A, 4 },
	{ 0x00E8, V_E, 1 },   { 0x00E9, V_E, 2 },   { 0x00EA, V_EE, 0 },  { 0x00EC, V_I, 1 },
	{ 0x00ED, V_I, 2 },   { 0x00F2, V_O, 1 },   { 0x00F3, V_O, 2 },   { 0x00F4, V_OO, 0 },
	{ 0x00F5, V_O, 4 },   { 0x00F9, V_U, 1 },   { 0x00FA, V_U, 2 },   { 0x00FD, V_Y, 2 },
	{ 0x0103, V_AW, 0 },  { 0x0129, V_I, 4 },   { 0x0169, V_U, 4 },   { 0x01A1, V_OW, 0 },
	{ 0x01B0, V_UW, 0 },  { 0x1EA1, V_A, 5 },   { 0x1EA3, V_A, 3 },   { 0x1EA5, V_AA, 2 },
	{ 0x1EA7, V_AA, 1 },  { 0x1EA9, V_AA, 3 },  { 0x1EAB, V_AA, 4 },  { 0x1EAD, V_AA, 5 },
	{ 0x1EAF, V_AW, 2 },  { 0x1EB1, V_AW, 1 },  { 0x1EB3, V_AW, 3 },  { 0x1EB5, V_AW, 4 },
	{ 0x1EB7, V_AW, 5 },  { 0x1EB9, V_E, 5 },   { 0x1EBB, V_E, 3 },   { 0x1EBD, V_E, 4 },
	{ 0x1EBF, V_EE, 2 },  { 0x1EC1, V_EE, 1 },  { 0x1EC3, V_EE, 3 },  { 0x1EC5, V_EE, 4 },
	{ 0x1EC7, V_EE, 5 },  { 0x1EC9, V_I, 3 },   { 0x1ECB, V_I, 5 },   { 0x1ECD, V_O, 5 },
	{ 0x1ECF, V_O, 3 },   { 0x1ED1, V_OO, 2 },  { 0x1ED3, V_OO, 1 },  { 0x1ED5, V_OO, 3 },
	{ 0x1ED7, V_OO, 4 },  { 0x1ED9, V_OO, 5 },  { 0x1EDB, V_OW, 2 },  { 0x1EDD, V_OW, 1 },
	{ 0x1EDF, V_OW, 3 },  { 0x1EE1, V_OW, 4 },  { 0x1EE3, V_OW, 5 },  { 0x1EE5, V_U, 5 },
	{ 0x1EE7, V_U, 3 },   { 0x1EE9, V_UW, 2 },  { 0x1EEB, V_UW, 1 },  { 0x1EED, V_UW, 3 },
	{ 0x1EEF, V_UW, 4 },  { 0x1EF1, V_UW, 5 },  { 0x1EF3, V_Y, 1 },   { 0x1EF5, V_Y, 5 },
	{ 0x1EF7, V_Y, 3 },   { 0x1EF9, V_Y, 4 },
};

/* Vowel clusters of standard orthography (the nucleus with its glides, the
 * semivowel i/y/o/u after it included), and whether a coda may or must
 * follow (text_int.h). Anything else is not a Vietnamese syllable. */
const struct text_vowel_cluster text_vowel_clusters[] = {
	{ "a", TEXT_CLUSTER_BOTH }, { "ă", TEXT_CLUSTER_CLOSED }, { "â", TEXT_CLUSTER_CLOSED },
	{ "e", TEXT_CLUSTER_BOTH }, { "ê", TEXT_CLUSTER_BOTH }, { "i", TEXT_CLUSTER_BOTH },
	{ "o", TEXT_CLUSTER_BOTH }, { "ô", TEXT_CLUSTER_BOTH }, { "ơ", TEXT_CLUSTER_BOTH },
	{ "u", TEXT_CLUSTER_BOTH }, { "ư", TEXT_CLUSTER_BOTH }, { "y", TEXT_CLUSTER_BOTH },
	{ "ai", TEXT_CLUSTER_OPEN }, { "ao", TEXT_CLUSTER_OPEN }, { "au", TEXT_CLUSTER_OPEN },
	{ "ay", TEXT_CLUSTER_OPEN }, { "âu", TEXT_CLUSTER_OPEN }, { "ây", TEXT_CLUSTER_OPEN },
	{ "eo", TEXT_CLUSTER_OPEN }, { "êu", TEXT_CLUSTER_OPEN }, { "ia", TEXT_CLUSTER_OPEN },
	{ "iê", TEXT_CLUSTER_CLOSED }, { "iu", TEXT_CLUSTER_OPEN }, { "oa", TEXT_CLUSTER_BOTH },
	{ "oă", TEXT_CLUSTER_CLOSED }, { "oe", TEXT_CLUSTER_BOTH }, { "oi", TEXT_CLUSTER_OPEN },
	{ "oo", TEXT_CLUSTER_CLOSED }, { "ôi", TEXT_CLUSTER_OPEN }, { "ơi", TEXT_CLUSTER_OPEN },
	{ "ua", TEXT_CLUSTER_OPEN }, { "uâ", TEXT_CLUSTER_CLOSED }, { "uê", TEXT_CLUSTER_BOTH },
	{ "ui", TEXT_CLUSTER_OPEN }, { "uô", TEXT_CLUSTER_CLOSED }, { "uơ", TEXT_CLUSTER_OPEN },
	{ "uy", TEXT_CLUSTER_BOTH }, { "ưa", TEXT_CLUSTER_OPEN }, { "ưi", TEXT_CLUSTER_OPEN },
	{ "ươ", TEXT_CLUSTER_CLOSED }, { "ưu", TEXT_CLUSTER_OPEN }, { "yê", TEXT_CLUSTER_CLOSED },
	{ "iêu", TEXT_CLUSTER_OPEN }, { "oai", TEXT_CLUSTER_OPEN }, { "oao", TEXT_CLUSTER_OPEN },
	{ "oay", TEXT_CLUSTER_OPEN }, { "oeo", TEXT_CLUSTER_OPEN }, { "uây", TEXT_CLUSTER_OPEN },
	{ "uôi", TEXT_CLUSTER_OPEN }, { "uya", TEXT_CLUSTER_OPEN }, { "uyê", TEXT_CLUSTER_CLOSED },
	{ "uyu", TEXT_CLUSTER_OPEN }, { "ươi", TEXT_CLUSTER_OPEN }, { "ươu", TEXT_CLUSTER_OPEN },
	{ "yêu", TEXT_CLUSTER_OPEN },
};
const size_t text_n_vowel_clusters = sizeof text_vowel_clusters / sizeof text_vowel_clusters[0];

/* Longest first where one onset is a prefix of another. "gi" and "qu" take
 * their i/u only when another vowel follows (gia, quý; but gì, gìn). */
static const struct {
	const char *letters;
	int needs_vowel;
} onsets[] = {
	{ "ngh", 0 }, { "ng", 0 }, { "nh", 0 }, { "ch", 0 }, { "gh", 0 }, { "gi", 1 },
	{ "kh", 0 },  { "ph", 0 }, { "th", 0 }, { "tr", 0 }, { "qu", 1 },
};
static const char *const codas[] = { "c", "ch", "m", "n", "ng", "nh", "p", "t" };

/* Single consonants; q only ever starts "qu". f j w z are not Vietnamese. */
#define BIT(c) (1ul << ((c) - 'a'))
static const unsigned long consonants = BIT('b') | BIT('c') | BIT('d') | BIT('g') |
	BIT('h') | BIT('k') | BIT('l') | BIT('m') | BIT('n') | BIT('p') | BIT('q') |
	BIT('r') | BIT('s') | BIT('t') | BIT('v') | BIT('x');
#define CP_DD 0x0111 /* đ */
/* No syllable is longer than "nghiêng"; a cap keeps the arrays small. */
#define MAX_LETTERS 12

struct letter {
	int vowel;   /* enum vowel, or -1 for a consonant */
	unsigned cp; /* the letter without its tone */
};

static int is_modified(int v)
{
	return v == V_AW || v == V_AA || v == V_EE || v == V_OO || v == V_OW || v == V_UW;
}

/* Splits a lower-case letter into vowel and tone; returns 0 if it is not a
 * letter of the Vietnamese alphabet. */
static int classify(unsigned cp, struct letter *l, int *tone)
{
	*tone = 0;
	if (cp < 0x80) {
		switch (cp) {
		case 'a': l->vowel = V_A; break;
		case 'e': l->vowel = V_E; break;
		case 'i': l->vowel = V_I; break;
		case 'o': l->vowel = V_O; break;
		case 'u': l->vowel = V_U; break;
		case 'y': l->vowel = V_Y; break;
		default:
			if (cp < 'a' || cp > 'z' || !(consonants & BIT(cp)))
				return 0;
			l->vowel = -1;
		}
		l->cp = cp;
		return 1;
	}
	if (cp == CP_DD) {
		l->vowel = -1;
		l->cp = cp;
		return 1;
	}
	size_t lo = 0, hi = sizeof vowel_index / sizeof vowel_index[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (vowel_index[mid].cp < cp) {
			lo = mid + 1;
		} else if (vowel_index[mid].cp > cp) {
			hi = mid;
		} else {
			l->vowel = vowel_index[mid].vowel;
			l->cp = vowel_forms[l->vowel][0];
			*tone = vowel_index[mid].tone;
			return 1;
		}
	}
	return 0;
}

/* Length of p if the ASCII string p spells the first letters of l[0..n),
 * else 0. Onsets and codas are plain ASCII. */
static size_t spells(const struct letter *l, size_t n, const char *p)
{
	size_t k;
	for (k = 0; p[k]; k++)
		if (k >= n || l[k].cp != (unsigned char)p[k])
			return 0;
	return k;
}

static int cluster_allows(const struct letter *l, size_t n, int closed)
{
	char bare[16];
	size_t len = 0;
	for (size_t i = 0; i < n; i++)
		len += text_utf8_encode(bare + len, l[i].cp);
	bare[len] = '\0';
	for (size_t i = 0; i < text_n_vowel_clusters; i++)
		if (strcmp(text_vowel_clusters[i].cluster, bare) == 0)
			return (text_vowel_clusters[i].allows &
				(closed ? TEXT_CLUSTER_CLOSED : TEXT_CLUSTER_OPEN)) != 0;
	return 0;
}

/* onset + vowel cluster + coda, as letter counts. */
struct syllable {
	size_t onset, vowels, coda;
};

/* Cuts l[0..n) into onset, vowels and the rest; 0 if that already fails.
 * Whether the cluster and coda are real is checked only when a tone has to
 * move (syllable_valid): a tone already in place needs no proof. */
static int syllable_split(const struct letter *l, size_t n, struct syllable *sy)
{
	size_t on = 0;
	if (l[0].vowel < 0) {
		for (size_t i = 0; i < sizeof onsets / sizeof onsets[0] && !on; i++) {
			size_t k = spells(l, n, onsets[i].letters);
			if (k && onsets[i].needs_vowel && (k == n || l[k].vowel < 0))
				k = 0;
			on = k;
		}
		if (!on) {
			if (l[0].cp == 'q')
				return 0;
			on = 1;
		}
	}
	size_t nv = 0;
	while (on + nv < n && l[on + nv].vowel >= 0)
		nv++;
	if (nv == 0 || nv > 3)
		return 0;
	sy->onset = on;
	sy->vowels = nv;
	sy->coda = n - on - nv;
	return 1;
}

static int syllable_valid(const struct letter *l, const struct syllable *sy)
{
	const struct letter *coda = l + sy->onset + sy->vowels;
	if (sy->coda) {
		size_t i = 0;
		while (i < sizeof codas / sizeof codas[0] && spells(coda, sy->coda, codas[i]) != sy->coda)
			i++;
		if (i == sizeof codas / sizeof codas[0])
			return 0;
	}
	return cluster_allows(l + sy->onset, sy->vowels, sy->coda != 0);
}

/* The rule: the last modified vowel (ă â ê ô ơ ư); else the only vowel;
 * else with a coda the last vowel (hoàng); else the middle of three
 * (ngoài, khuỷu); else the first of two (hòa, thủy, mùa). */
static size_t tone_target(const struct letter *l, const struct syllable *sy)
{
	size_t on = sy->onset, nv = sy->vowels;
	for (size_t i = nv; i-- > 0;)
		if (is_modified(l[on + i].vowel))
			return on + i;
	if (nv == 1 || sy->coda)
		return on + nv - 1;
	if (nv == 3)
		return on + 1;
	return on;
}

void text_tone_canonical(const char *s, size_t len, struct buf *out)
{
	struct letter l[MAX_LETTERS];
	size_t n = 0, vowels = 0;
	int tone = 0, toned = -1, last_modified = -1;

	/* A tone mark is never ASCII: most tokens of a text leave here (the
	 * excerpt tokenises every result's passage on each search). */
	size_t k = 0;
	while (k < len && (unsigned char)s[k] < 0x80)
		k++;
	if (k == len)
		goto unchanged;
	for (size_t i = 0; i < len;) {
		unsigned cp;
		int t;
		if (n == MAX_LETTERS)
			goto unchanged;
		i += text_utf8_decode(s + i, len - i, &cp);
		if (!classify(cp, &l[n], &t))
			goto unchanged;
		if (t) {
			if (toned >= 0)
				goto unchanged;
			tone = t;
			toned = (int)n;
		}
		if (l[n].vowel >= 0) {
			vowels++;
			if (is_modified(l[n].vowel))
				last_modified = (int)n;
		}
		n++;
	}
	/* Most marked syllables have their tone where the rule puts it, and
	 * two cases prove it without the split: the only vowel (no onset
	 * takes it: gi and qu keep their i/u only before another vowel), or
	 * the last modified vowel (the rule's first choice; in a coda it
	 * fails syllable_valid, which leaves the word as it is too). */
	if (toned < 0 || vowels == 1 || last_modified == toned)
		goto unchanged;
	struct syllable sy;
	if (!syllable_split(l, n, &sy))
		goto unchanged;
	size_t target = tone_target(l, &sy);
	if ((int)target == toned || !syllable_valid(l, &sy))
		goto unchanged;

	buf_grow(out, n * 3);
	for (size_t i = 0; i < n; i++) {
		unsigned cp = l[i].cp;
		if (i == target)
			cp = vowel_forms[l[i].vowel][tone];
		out->len += text_utf8_encode(out->p + out->len, cp);
	}
	out->p[out->len] = '\0';
	return;
unchanged:
	buf_add(out, s, len);
}
