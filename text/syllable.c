/* syllable.c — whether a word is one syllable Vietnamese spelling allows (onset, rhyme, tone). */
#include "text/text.h"
#include "text/text_int.h"

#include <string.h>

/* Each vowel letter with its five tones (none first), as in tone.c; the
 * modified letters (ă â ê ô ơ ư) are letters of their own. */
static const char *const vowel_rows[] = {
	"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
	"oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
};
#define N_ROWS (sizeof vowel_rows / sizeof vowel_rows[0])

/* Longest first where one is a prefix of another. */
static const char *const onsets[] = {
	"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
};
static const char *const codas[] = { "ch", "nh", "ng", "c", "m", "n", "p", "t" };

enum { TONE_NONE, TONE_GRAVE, TONE_ACUTE, TONE_HOOK, TONE_TILDE, TONE_DOT };

/* The letter at s without its tone, into out (UTF-8); its tone; 0 when it
 * is no vowel. */
static int vowel_of(unsigned cp, char *out, int *tone)
{
	for (size_t r = 0; r < N_ROWS; r++) {
		const char *p = vowel_rows[r];
		size_t plen = strlen(p);
		for (int t = 0; plen; t++) {
			unsigned v;
			size_t k = text_utf8_decode(p, plen, &v);
			if (v == cp) {
				size_t b = text_utf8_decode(vowel_rows[r], strlen(vowel_rows[r]), &v);
				memcpy(out, vowel_rows[r], b);
				out[b] = '\0';
				*tone = t;
				return 1;
			}
			p += k;
			plen -= k;
		}
	}
	return 0;
}

static int starts(const char *s, const char *p)
{
	return strncmp(s, p, strlen(p)) == 0;
}

/* Front vowels, before which k, gh, ngh are written (c, g, ng elsewhere). */
static int front(const char *v)
{
	return starts(v, "i") || starts(v, "e") || starts(v, "ê") || starts(v, "y");
}

/* A cluster without its breve, circumflex or horn, into out. */
static const char *fold_cluster(const char *cl, char *out)
{
	size_t n = 0, len = strlen(cl);
	for (size_t i = 0; i < len;) {
		unsigned cp;
		i += text_utf8_decode(cl + i, len - i, &cp);
		switch (cp) {
		case 0x0103: case 0x00E2: cp = 'a'; break; /* ă â */
		case 0x00EA: cp = 'e'; break;              /* ê */
		case 0x00F4: case 0x01A1: cp = 'o'; break; /* ô ơ */
		case 0x01B0: cp = 'u'; break;              /* ư */
		}
		n += text_utf8_encode(out + n, cp);
	}
	out[n] = '\0';
	return out;
}

int text_syllable_valid(const char *s, size_t len)
{
	/* The word with its tone taken off, and the tone. */
	char bare[64];
	size_t blen = 0;
	int tone = TONE_NONE, ascii = 1;
	for (size_t i = 0; i < len;) {
		unsigned cp;
		i += text_utf8_decode(s + i, len - i, &cp);
		ascii &= cp < 0x80;
		char v[8];
		int t;
		if (vowel_of(cp, v, &t)) {
			if (t && tone)
				return 0; /* two tones */
			if (t)
				tone = t;
			size_t k = strlen(v);
			if (blen + k >= sizeof bare)
				return 0;
			memcpy(bare + blen, v, k);
			blen += k;
		} else if ((cp >= 'a' && cp <= 'z') || cp == 0x0111) {
			if (blen + 2 >= sizeof bare)
				return 0;
			blen += text_utf8_encode(bare + blen, cp);
		} else {
			return 0;
		}
	}
	bare[blen] = '\0';

	const char *p = bare;
	const char *onset = "";
	for (size_t i = 0; i < sizeof onsets / sizeof onsets[0]; i++) {
		if (!starts(p, onsets[i]))
			continue;
		size_t k = strlen(onsets[i]);
		unsigned next;
		char v[8];
		int t;
		/* gi, qu hold their vowel only when another vowel follows
		 * (gia, quý; gì is g + ì). */
		if ((strcmp(onsets[i], "gi") == 0 || strcmp(onsets[i], "qu") == 0) &&
		    (!p[k] || (text_utf8_decode(p + k, strlen(p + k), &next), !vowel_of(next, v, &t))))
			continue;
		onset = onsets[i];
		p += k;
		break;
	}
	if (strcmp(onset, "gi") == 0 && !*p)
		return 0;
	/* The vowels: the longest cluster that leaves a valid coda. */
	for (size_t vl = strlen(p); vl > 0; vl--) {
		const char *coda = p + vl;
		int closed = *coda != '\0';
		if (closed) {
			size_t c = 0;
			while (c < sizeof codas / sizeof codas[0] && strcmp(coda, codas[c]) != 0)
				c++;
			if (c == sizeof codas / sizeof codas[0])
				continue;
		}
		for (size_t c = 0; c < text_n_vowel_clusters; c++) {
			/* Typed without marks, "ie" may be "iê" and "a" "ă". */
			char folded[16];
			const char *cl = ascii ? fold_cluster(text_vowel_clusters[c].cluster, folded)
					       : text_vowel_clusters[c].cluster;
			if (strlen(cl) != vl || strncmp(p, cl, vl) != 0)
				continue;
			if (!(text_vowel_clusters[c].allows &
			      (closed ? TEXT_CLUSTER_CLOSED : TEXT_CLUSTER_OPEN)))
				continue;
			/* Stop codas take only the acute or the dot tone; a word
			 * typed without any mark may have lost its tone. */
			if (!ascii && (starts(coda, "c") || starts(coda, "p") || starts(coda, "t")) &&
			    tone != TONE_ACUTE && tone != TONE_DOT)
				return 0;
			/* ch and nh follow a, ê, i (and their glided forms) only. */
			if ((strcmp(coda, "ch") == 0 || strcmp(coda, "nh") == 0) &&
			    !(cl[vl - 1] == 'a' || cl[vl - 1] == 'i' || cl[vl - 1] == 'y' ||
			      (vl >= 2 && strcmp(cl + vl - 2, "ê") == 0) || (ascii && cl[vl - 1] == 'e')))
				return 0;
			/* k gh ngh before front vowels, c g ng elsewhere. */
			int fr = front(p);
			if ((!strcmp(onset, "k") || !strcmp(onset, "gh") || !strcmp(onset, "ngh")) && !fr)
				return 0;
			if ((!strcmp(onset, "c") || !strcmp(onset, "ng")) && fr)
				return 0;
			if (!strcmp(onset, "g") && (starts(p, "e") || starts(p, "ê")))
				return 0;
			/* qu is u + vowel: "quu" is not written. */
			if (!strcmp(onset, "qu") && starts(p, "u"))
				return 0;
			return 1;
		}
	}
	return 0;
}
