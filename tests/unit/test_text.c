/* test_text.c — unit tables for text/: UTF-8, NFC, terms, tone placement, the tokeniser. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "tests/unit/shared_corpus.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include "text/text.h"
#include "text/text_int.h"
#include "util/util.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* Fails with the row that broke, so one table failure names its input. */
static void expect_str(const char *what, const char *input, const char *got, size_t got_len,
		       const char *want)
{
	if (got_len != strlen(want) || memcmp(got, want, got_len) != 0)
		fail_msg("%s(\"%s\"): got \"%.*s\", want \"%s\"", what, input, (int)got_len, got,
			 want);
}

/* ---- UTF-8 ------------------------------------------------------------ */

static void test_utf8_valid(void **state)
{
	static const struct {
		const char *s;
		size_t len;
		int valid;
		size_t bad;
	} rows[] = {
		{ "", 0, 1, 0 },
		{ "ascii only", 10, 1, 0 },
		{ "Vi\xe1\xbb\x87t Nam", 10, 1, 0 },          /* Việt Nam */
		{ "\xf0\x9f\x93\x9c", 4, 1, 0 },              /* U+1F4DC */
		{ "a\0b", 3, 1, 0 },                          /* NUL is valid UTF-8 */
		{ "ab\xff", 3, 0, 2 },
		{ "\xc0\xaf", 2, 0, 0 },                      /* overlong '/' */
		{ "x\xe0\x80\xaf", 4, 0, 1 },                 /* overlong, 3 bytes */
		{ "\xed\xa0\x80", 3, 0, 0 },                  /* surrogate D800 */
		{ "\xf4\x90\x80\x80", 4, 0, 0 },              /* past U+10FFFF */
		{ "ok\xe1\xbb", 4, 0, 2 },                    /* truncated ệ */
		{ "\x80", 1, 0, 0 },                          /* lone continuation */
		{ "\xef\xbf\xbd", 3, 1, 0 },                  /* a real U+FFFD */
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		size_t bad = 12345;
		int v = text_utf8_valid(rows[i].s, rows[i].len, &bad);
		if (v != rows[i].valid)
			fail_msg("row %zu: valid %d, want %d", i, v, rows[i].valid);
		if (!v && bad != rows[i].bad)
			fail_msg("row %zu: bad offset %zu, want %zu", i, bad, rows[i].bad);
	}
}

static void test_utf8_decode(void **state)
{
	static const struct {
		const char *s;
		size_t len;
		unsigned cp;
		size_t n;
	} rows[] = {
		{ "A", 1, 'A', 1 },
		{ "\xc4\x91", 2, 0x0111, 2 },            /* đ */
		{ "\xe1\xbb\x87", 3, 0x1EC7, 3 },        /* ệ */
		{ "\xf0\x9f\x93\x9c", 4, 0x1F4DC, 4 },
		{ "\xe1\xbb\x87", 2, 0xFFFD, 1 },        /* cut short by len */
		{ "\xc1\xbf", 2, 0xFFFD, 1 },            /* overlong */
		{ "\xed\xbf\xbf", 3, 0xFFFD, 1 },        /* surrogate DFFF */
		{ "\xfe", 1, 0xFFFD, 1 },
		{ "\xc3\x28", 2, 0xFFFD, 1 },            /* bad continuation */
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		unsigned cp = 0;
		size_t n = text_utf8_decode(rows[i].s, rows[i].len, &cp);
		if (n != rows[i].n || cp != rows[i].cp)
			fail_msg("row %zu: got U+%04X/%zu, want U+%04X/%zu", i, cp, n, rows[i].cp,
				 rows[i].n);
	}
}

/* Every code point outside the surrogates, encoded and decoded back. */
static void test_utf8_encode(void **state)
{
	(void)state;
	static const struct {
		unsigned cp;
		const char *utf8;
	} rows[] = {
		{ 'A', "A" },
		{ 0x0111, "\xc4\x91" },         /* đ */
		{ 0x1EC7, "\xe1\xbb\x87" },     /* ệ */
		{ 0xFFFD, "\xef\xbf\xbd" },
		{ 0x1F4DC, "\xf0\x9f\x93\x9c" },
		{ 0x10FFFF, "\xf4\x8f\xbf\xbf" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		char out[4];
		size_t n = text_utf8_encode(out, rows[i].cp);
		assert_int_equal(n, strlen(rows[i].utf8));
		assert_memory_equal(out, rows[i].utf8, n);
	}
	for (unsigned cp = 0; cp <= 0x10FFFF; cp++) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		char out[4];
		unsigned back;
		size_t n = text_utf8_encode(out, cp);
		if (text_utf8_decode(out, n, &back) != n || back != cp)
			fail_msg("U+%04X does not come back", cp);
	}
}

/* ---- NFC --------------------------------------------------------------- */

static void test_nfc_table(void **state)
{
	static const struct {
		const char *in;
		size_t len;
		const char *want;
		size_t want_len;
	} rows[] = {
		{ "plain ascii", 11, "plain ascii", 11 },
		/* Real decomposed text from uts-vlc-laws (hien-phap.txt and
		 * bo-luat-to-tung-hinh-su.txt): ê + U+0301, a + U+0309. */
		{ "ti\xc3\xaa\xcc\x81n", 7, "ti\xe1\xba\xbfn", 6 },               /* tiến */
		{ "U\xcc\x89y ban", 8, "\xe1\xbb\xa6y ban", 8 },                  /* Ủy ban */
		/* Fully decomposed, marks in either order: both are "Việt". */
		{ "Vie\xcc\xa3\xcc\x82t", 8, "Vi\xe1\xbb\x87t", 6 },
		{ "Vie\xcc\x82\xcc\xa3t", 8, "Vi\xe1\xbb\x87t", 6 },
		/* Invalid bytes become U+FFFD, NUL stays. */
		{ "a\xff" "b", 3, "a\xef\xbf\xbd" "b", 5 },
		{ "\xc3", 1, "\xef\xbf\xbd", 3 },
		{ "x\0y", 3, "x\0y", 3 },
		{ "\xc4\x91\xe1\xbb\x87", 5, "\xc4\x91\xe1\xbb\x87", 5 },        /* already NFC */
		/* Precomposed letters, then a mark that still composes with
		 * the last: ơ + U+0300 is ờ (not the plain-Vietnamese pass). */
		{ "\xc6\xa1\xcc\x80", 4, "\xe1\xbb\x9d", 3 },
		{ "\xc4\x90I\xe1\xbb\x86N", 7, "\xc4\x90I\xe1\xbb\x86N", 7 },     /* ĐIỆN */
		{ "\xc3\xa2\xcc\xa3", 4, "\xe1\xba\xad", 3 },                      /* â + U+0323 */
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct buf out = BUF_INIT;
		buf_adds(&out, "<");
		assert_int_equal(text_nfc(rows[i].in, rows[i].len, &out), 0);
		if (out.len != rows[i].want_len + 1 || out.p[0] != '<' ||
		    memcmp(out.p + 1, rows[i].want, rows[i].want_len) != 0)
			fail_msg("row %zu: got %zu bytes \"%s\"", i, out.len, out.p);
		buf_release(&out);
	}
}

/* Longer than the internal chunk, with non-ASCII runs across chunk edges. */
/* Cyrillic look-alikes inside a Latin word become Latin; Russian stays. */
static void test_latin_lookalikes(void **state)
{
	(void)state;
	static const struct {
		const char *in, *out;
		size_t changed;
	} rows[] = {
		{ "NĐ-CР ngày", "NĐ-CP ngày", 1 },           /* Р U+0420 */
		{ "TT-BCТ: theо", "TT-BCT: theo", 2 },        /* Т, о */
		{ "số 40/2026/NĐ-\nСР; 06", "số 40/2026/NĐ-\nCP; 06", 2 },
		{ "ô đất СТ-05, СT-06", "ô đất CT-05, CT-06", 3 },
		{ "Topol-M (\"Тополь-М\")", "Topol-M (\"Тополь-М\")", 0 },
		{ "Ф550mm IIІ.", "Ф550mm III.", 1 },
		{ "Ярсы СР", "Ярсы СР", 0 },
		{ "plain text", "plain text", 0 },
		{ "Ðộc lập, QUY ÐỊNH, ðơn vị", "Độc lập, QUY ĐỊNH, đơn vị", 3 }, /* eth */
		{ "Điều 5 Nghị định 102/2024/NÐ-CP.", "Điều 5 Nghị định 102/2024/NĐ-CP.", 1 },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct buf b = BUF_INIT;
		buf_adds(&b, "x ");
		buf_adds(&b, rows[i].in);
		assert_int_equal(text_latin_lookalikes(&b, 2), rows[i].changed);
		assert_string_equal(b.p + 2, rows[i].out);
		assert_int_equal(b.len, 2 + strlen(rows[i].out));
		buf_release(&b);
	}
}

static void test_nfc_long(void **state)
{
	struct buf in = BUF_INIT, want = BUF_INIT, out = BUF_INIT;
	for (int i = 0; i < 40000; i++) {
		buf_adds(&in, "ng\xc6\xb0\xc6\xa1\xcc\x80i ");             /* ngươ + U+0300 + i */
		buf_adds(&want, "ng\xc6\xb0\xe1\xbb\x9di ");               /* người */
	}
	for (int i = 0; i < 30000; i++) {                                  /* no ASCII at all */
		buf_adds(&in, "\xc6\xb0\xcc\x81");
		buf_adds(&want, "\xe1\xbb\xa9");
	}
	buf_adds(&in, "\xff.");
	buf_adds(&want, "\xef\xbf\xbd.");
	assert_int_equal(text_nfc(in.p, in.len, &out), 0);
	assert_int_equal(out.len, want.len);
	assert_memory_equal(out.p, want.p, want.len);
	buf_release(&in);
	buf_release(&want);
	buf_release(&out);
}

/* ---- exact and folded terms --------------------------------------------- */

static const struct term_row {
	const char *in, *exact, *folded;
} term_rows[] = {
	/* Old tone placement (the hunspell list and uts-vlc-laws write it
	 * this way: "hoà", "thuỷ", "Uỷ ban", "khoẻ"), to the modern one. */
	{ "hoà", "hòa", "hoa" },
	{ "Hoà", "hòa", "hoa" },
	{ "HOÀ", "hòa", "hoa" },
	{ "hoá", "hóa", "hoa" },
	{ "thuỷ", "thủy", "thuy" },
	{ "THUỶ", "thủy", "thuy" },
	{ "Uỷ", "ủy", "uy" },
	{ "khoẻ", "khỏe", "khoe" },
	{ "loà", "lòa", "loa" },
	{ "Toà", "tòa", "toa" },
	{ "xoè", "xòe", "xoe" },
	{ "huỷ", "hủy", "huy" },
	{ "luỹ", "lũy", "luy" },
	{ "tuỳ", "tùy", "tuy" },
	{ "thoả", "thỏa", "thoa" },
	/* Decomposed words as found in uts-vlc-laws (bo-luat-to-tung-hinh-su,
	 * luat-canh-tranh, luat-hoat-dong-giam-sat..., luat-duoc). */
	{ "U\xcc\x89y", "ủy", "uy" },
	{ "cu\xcc\x89" "a", "của", "cua" },
	{ "\xc4\x91i\xcc\xa3nh", "định", "dinh" },
	{ "Ca\xcc\xa3nh", "cạnh", "canh" },
	{ "ng\xc6\xb0\xc6\xa1\xcc\x80i", "người", "nguoi" },
	{ "tu\xc3\xb4\xcc\x89i", "tuổi", "tuoi" },
	{ "quy\xc3\xaa\xcc\x80n", "quyền", "quyen" },
	{ "ho\xc4\x83\xcc\xa3" "c", "hoặc", "hoac" },
	{ "\xc4\x90i\xc3\xaa\xcc\x80u", "điều", "dieu" },
	{ "CU\xcc\x89" "A", "của", "cua" },
	{ "\xc4\x90\xc3\x94\xcc\x80NG", "đồng", "dong" },
	{ "D\xc6\xaf\xc6\xa0\xcc\xa3" "C", "dược", "duoc" },
	/* luat-quan-ly-thue.txt: decomposed AND old placement. */
	{ "Thoa\xcc\x89", "thỏa", "thoa" },
	/* Fully decomposed (ư = u + U+031B, ê = e + U+0302). */
	{ "ngu\xcc\x9bo\xcc\x9b\xcc\x80i", "người", "nguoi" },
	{ "tie\xcc\x82\xcc\x81n", "tiến", "tien" },
	{ "hoa\xcc\x80", "hòa", "hoa" },
	{ "ho\xcc\x80" "a", "hòa", "hoa" },
	/* Capitals and đ. */
	{ "ỦY", "ủy", "uy" },
	{ "BAN", "ban", "ban" },
	{ "Đảng", "đảng", "dang" },
	{ "ĐẢNG", "đảng", "dang" },
	{ "ĐÀO", "đào", "dao" },
	{ "TẠO", "tạo", "tao" },
	{ "đ", "đ", "d" },
	{ "Đ", "đ", "d" },
	{ "ĐƯỜNG", "đường", "duong" },
	{ "dương", "dương", "duong" },
	/* Format characters inside words: luat-day-nghe.txt "l<SHY>ượng",
	 * luat-quan-ly-thue.txt "l<LRM>ý"; a SHY between a letter and its mark. */
	{ "l\xc2\xad\xc6\xb0\xe1\xbb\xa3ng", "lượng", "luong" },
	{ "ch\xc2\xad\xc6\xb0\xc6\xa1ng", "chương", "chuong" },
	{ "l\xe2\x80\x8e\xc3\xbd", "lý", "ly" },
	{ "a\xe2\x80\x8b" "b", "ab", "ab" },
	{ "\xef\xbb\xbfLu\xe1\xba\xadt", "luật", "luat" },
	{ "ho\xc2\xad\xc3\xa0", "hòa", "hoa" },
	{ "e\xc2\xad\xcc\x81", "é", "e" },
	/* Already canonical: onsets qu/gi, modified vowels, codas, triphthongs. */
	{ "quý", "quý", "quy" },
	{ "QUÝ", "quý", "quy" },
	{ "quỳnh", "quỳnh", "quynh" },
	{ "quỷ", "quỷ", "quy" },
	{ "gì", "gì", "gi" },
	{ "gìn", "gìn", "gin" },
	{ "gia", "gia", "gia" },
	{ "giữ", "giữ", "giu" },
	{ "giường", "giường", "giuong" },
	{ "người", "người", "nguoi" },
	{ "được", "được", "duoc" },
	{ "khuỷu", "khuỷu", "khuyu" },
	{ "ngoài", "ngoài", "ngoai" },
	{ "hoàng", "hoàng", "hoang" },
	{ "thuở", "thuở", "thuo" },
	{ "khuyến", "khuyến", "khuyen" },
	{ "hoạch", "hoạch", "hoach" },
	{ "hòa", "hòa", "hoa" },
	/* Not Vietnamese syllables: only case folding and mark removal. */
	{ "café", "café", "cafe" },
	{ "CAFÉ", "café", "cafe" },
	{ "COVID", "covid", "covid" },
	{ "qh14", "qh14", "qh14" },
	{ "QH14", "qh14", "qh14" },
	{ "hoà1", "hoà1", "hoa1" },
	{ "zoà", "zoà", "zoa" },
	{ "résumé", "résumé", "resume" },
	{ "naïve", "naïve", "naive" },
	{ "Straße", "strasse", "strasse" },
	{ "İ", "i\xcc\x87", "i" },
	{ "αβ", "αβ", "αβ" },
	{ "2022", "2022", "2022" },
	{ "1.250.000", "1.250.000", "1.250.000" },
};

static void check_terms(const struct term_row *r)
{
	struct buf exact = BUF_INIT, folded = BUF_INIT;
	/* The buffers are appended to, never reset. */
	buf_adds(&exact, "#");
	buf_adds(&folded, "@");
	int marks = text_word_terms(r->in, strlen(r->in), &exact, &folded);
	assert_true(exact.p[0] == '#' && folded.p[0] == '@');
	expect_str("exact", r->in, exact.p + 1, exact.len - 1, r->exact);
	expect_str("folded", r->in, folded.p + 1, folded.len - 1, r->folded);
	if (marks != (strcmp(r->exact, r->folded) != 0))
		fail_msg("has_marks(\"%s\") = %d", r->in, marks);
	buf_release(&exact);
	buf_release(&folded);
}

/* Collects the tokens of one text_tokenise call. */
struct seen {
	int n, stop_after;
	struct {
		char exact[TEXT_MAX_TERM + 1], folded[TEXT_MAX_TERM * 2 + 1];
		size_t start, end;
		unsigned position;
		enum text_token_kind kind;
		int has_marks;
	} t[64];
};

static int collect(const struct text_token *tok, void *ctx)
{
	struct seen *s = ctx;
	assert_true(tok->exact_len <= TEXT_MAX_TERM);
	assert_true(tok->exact[tok->exact_len] == '\0');
	assert_true(tok->folded[tok->folded_len] == '\0');
	assert_true(tok->start < tok->end);
	if (!tok->has_marks)
		assert_true(tok->folded_len == tok->exact_len &&
			    !memcmp(tok->folded, tok->exact, tok->exact_len));
	if (s->n < (int)N_ELEMS(s->t)) {
		memcpy(s->t[s->n].exact, tok->exact, tok->exact_len + 1);
		assert_true(tok->folded_len < sizeof s->t[0].folded);
		memcpy(s->t[s->n].folded, tok->folded, tok->folded_len + 1);
		s->t[s->n].start = tok->start;
		s->t[s->n].end = tok->end;
		s->t[s->n].position = tok->position;
		s->t[s->n].kind = tok->kind;
		s->t[s->n].has_marks = tok->has_marks;
	}
	s->n++;
	return s->stop_after && s->n >= s->stop_after;
}

static unsigned tokenise(const char *text, size_t len, unsigned first, struct seen *s)
{
	struct text_tokeniser *tz = text_tokeniser_new();
	unsigned used = text_tokenise(tz, text, len, first, collect, s);
	text_tokeniser_free(tz);
	return used;
}

/* The tokeniser has its own ICU-free path for ASCII and precomposed
 * Vietnamese; it must agree with text_word_terms on every word it sees. */
static void check_tokeniser_agrees(struct text_tokeniser *tz, const char *w, size_t len)
{
	struct seen s = { 0 };
	text_tokenise(tz, w, len, 0, collect, &s);
	if (s.n != 1 || s.t[0].start != 0 || s.t[0].end != len)
		return;
	struct buf exact = BUF_INIT, folded = BUF_INIT;
	int marks = text_word_terms_icu(w, len, &exact, &folded);
	expect_str("tokeniser exact", w, s.t[0].exact, strlen(s.t[0].exact), exact.p);
	expect_str("tokeniser folded", w, s.t[0].folded, strlen(s.t[0].folded), folded.p);
	if (marks != s.t[0].has_marks)
		fail_msg("has_marks(\"%s\"): tokeniser %d, text_word_terms %d", w,
			 s.t[0].has_marks, marks);
	buf_release(&exact);
	buf_release(&folded);
}

static void test_word_terms(void **state)
{
	struct text_tokeniser *tz = text_tokeniser_new();
	for (size_t i = 0; i < N_ELEMS(term_rows); i++) {
		check_terms(&term_rows[i]);
		check_tokeniser_agrees(tz, term_rows[i].in, strlen(term_rows[i].in));
	}
	/* Again through the same tokeniser: now from its memo of the
	 * syllables seen (tokenise.c), which must give the same terms, the
	 * case of the raw bytes and slots other words took included. Only a
	 * text of 256 bytes or more makes the memo (a memo made serves every
	 * text after it): every word, again and again, in one such text first. */
	struct buf all = BUF_INIT;
	while (all.len < 4096)
		for (size_t i = 0; i < N_ELEMS(term_rows); i++) {
			buf_adds(&all, term_rows[i].in);
			buf_addc(&all, ' ');
		}
	struct seen s = { 0 };
	text_tokenise(tz, all.p, all.len, 0, collect, &s);
	assert_true(s.n > 64);
	buf_release(&all);
	for (size_t i = N_ELEMS(term_rows); i-- > 0;)
		check_tokeniser_agrees(tz, term_rows[i].in, strlen(term_rows[i].in));
	text_tokeniser_free(tz);
}

/* A decomposed word gets exactly the terms of its NFC twin. */
static void test_word_terms_nfd_twin(void **state)
{
	static const char *const nfd[] = {
		"U\xcc\x89y", "ng\xc6\xb0\xc6\xa1\xcc\x80i", "tie\xcc\x82\xcc\x81n",
		"\xc4\x90i\xc3\xaa\xcc\x80u", "Thoa\xcc\x89",
	};
	for (size_t i = 0; i < N_ELEMS(nfd); i++) {
		struct buf nfc = BUF_INIT, e1 = BUF_INIT, f1 = BUF_INIT, e2 = BUF_INIT,
			   f2 = BUF_INIT;
		assert_int_equal(text_nfc(nfd[i], strlen(nfd[i]), &nfc), 0);
		assert_true(nfc.len != strlen(nfd[i]) || memcmp(nfc.p, nfd[i], nfc.len) != 0);
		text_word_terms(nfd[i], strlen(nfd[i]), &e1, &f1);
		text_word_terms(nfc.p, nfc.len, &e2, &f2);
		assert_string_equal(e1.p, e2.p);
		assert_string_equal(f1.p, f2.p);
		buf_release(&nfc);
		buf_release(&e1);
		buf_release(&f1);
		buf_release(&e2);
		buf_release(&f2);
	}
}

/* ---- tone placement ------------------------------------------------------ */

static void test_tone_table(void **state)
{
	static const struct {
		const char *in, *want;
	} rows[] = {
		/* oa / oe / uy, open, old placement: tone to the first vowel. */
		{ "hoà", "hòa" }, { "hoá", "hóa" }, { "hoả", "hỏa" }, { "hoã", "hõa" },
		{ "hoạ", "họa" }, { "khoẻ", "khỏe" }, { "thuỷ", "thủy" }, { "uỷ", "ủy" },
		{ "oà", "òa" }, { "loà", "lòa" }, { "toà", "tòa" }, { "xoè", "xòe" },
		{ "huỷ", "hủy" }, { "luỹ", "lũy" }, { "tuỳ", "tùy" }, { "nguỵ", "ngụy" },
		/* Misplaced tones are repaired by the same rule. */
		{ "ngừơi", "người" }, { "đựơc", "được" }, { "gíup", "giúp" }, { "qúy", "quý" },
		{ "gìa", "già" }, { "hòang", "hoàng" }, { "tóan", "toán" }, { "ngòai", "ngoài" },
		{ "khủyu", "khuỷu" }, { "xóay", "xoáy" }, { "muà", "mùa" }, { "caí", "cái" },
		{ "tuôỉ", "tuổi" }, { "khúyên", "khuyến" }, { "thủơ", "thuở" },
		{ "hoằc", "hoằc" }, { "ọăc", "oặc" },
		/* Standard placement stays. */
		{ "hòa", "hòa" }, { "quý", "quý" }, { "quỳnh", "quỳnh" }, { "quỷ", "quỷ" },
		{ "gì", "gì" }, { "gìn", "gìn" }, { "gia", "gia" }, { "giữ", "giữ" },
		{ "giường", "giường" }, { "người", "người" }, { "được", "được" },
		{ "thuở", "thuở" }, { "tuổi", "tuổi" }, { "khuyến", "khuyến" },
		{ "hoàng", "hoàng" }, { "toán", "toán" }, { "hoạch", "hoạch" },
		{ "huỳnh", "huỳnh" }, { "ngoài", "ngoài" }, { "khuỷu", "khuỷu" },
		{ "xoáy", "xoáy" }, { "mùa", "mùa" }, { "cái", "cái" }, { "kìa", "kìa" },
		{ "gào", "gào" }, { "ý", "ý" }, { "yến", "yến" }, { "quái", "quái" },
		/* Not a syllable: unchanged. */
		{ "café", "café" }, { "résumé", "résumé" }, { "covid", "covid" },
		{ "qh14", "qh14" }, { "hoà1", "hoà1" }, { "zoà", "zoà" }, { "woà", "woà" },
		{ "hòà", "hòà" }, { "hoàcông", "hoàcông" }, { "qú", "qú" }, { "ngà y", "ngà y" },
		{ "", "" }, { "đ", "đ" }, { "hoà\xcc\x81", "hoà\xcc\x81" },
		{ "naïve", "naïve" }, { "aioà", "aioà" },
		/* Upper case is the caller's job; it must just come back intact. */
		{ "HOÀ", "HOÀ" }, { "Thuỷ", "Thuỷ" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct buf out = BUF_INIT;
		buf_adds(&out, ">");
		text_tone_canonical(rows[i].in, strlen(rows[i].in), &out);
		expect_str("text_tone_canonical", rows[i].in, out.p + 1, out.len - 1, rows[i].want);
		buf_release(&out);
	}
	/* Invalid UTF-8 is not a syllable either. */
	struct buf out = BUF_INIT;
	text_tone_canonical("ho\xe1\xbb", 4, &out);
	assert_int_equal(out.len, 4);
	assert_memory_equal(out.p, "ho\xe1\xbb", 4);
	buf_release(&out);
}

/* ---- text_syllable_valid ---------------------------------------------- */

static void test_syllable_valid(void **state)
{
	(void)state;
	static const struct {
		const char *word;
		int want;
	} rows[] = {
		/* Real syllables, rare ones included. */
		{ "đòng", 1 }, { "hợp", 1 }, { "đồng", 1 }, { "nghiêng", 1 }, { "người", 1 },
		{ "quyết", 1 }, { "gì", 1 }, { "gìn", 1 }, { "giữ", 1 }, { "khuỷu", 1 },
		{ "hoạch", 1 }, { "kế", 1 }, { "ghế", 1 }, { "nghề", 1 }, { "xoong", 1 },
		{ "quoắt", 1 }, { "ếch", 1 }, { "ạ", 1 }, { "y", 1 }, { "uyển", 1 },
		{ "thuở", 1 }, { "lưởng", 1 }, { "chục", 1 },
		/* Typed without marks: the letters are checked, not the tone. */
		{ "hop", 1 }, { "dong", 1 }, { "hiem", 1 }, { "nguoi", 1 }, { "nghiep", 1 },
		{ "ech", 1 }, { "bao", 1 },
		/* No syllable: a cluster that does not exist, a stop coda with a
		 * level tone, two tones, spelling rules, run-together words. */
		{ "hiẻm", 0 }, { "ngừoi", 0 }, { "nhâp", 0 }, { "nươc", 0 }, { "nghiêp", 0 },
		{ "hòà", 0 }, { "hàt", 0 }, { "kan", 0 }, { "ngi", 0 }, { "ghan", 0 },
		{ "cế", 0 }, { "ăn", 1 }, { "ă", 0 }, { "quu", 0 }, { "gi", 1 },
		{ "laodong", 0 }, { "hopdong", 0 }, { "hợpđồng", 0 }, { "thuêthu", 0 },
		{ "qh14", 0 }, { "covid", 0 }, { "web", 0 }, { "", 0 }, { "đ", 0 },
		{ "anh", 1 }, { "onh", 0 }, { "uch", 0 },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++)
		if (text_syllable_valid(rows[i].word, strlen(rows[i].word)) != rows[i].want)
			fail_msg("text_syllable_valid(%s): want %d", rows[i].word, rows[i].want);
}

/* Every lower-case syllable of the hunspell-vi list (in its canonical tone
 * placement) is one, but for the few loanwords it holds. */
static void test_syllable_valid_list(void **state)
{
	(void)state;
	size_t len;
	char *data = read_shared("corpus/dictionaries/hunspell-vi/vi_VN.dic", &len);
	if (!data)
		return;
	size_t seen = 0, valid = 0;
	int first = 1;
	for (char *line = data, *next; line < data + len; line = next) {
		char *nl = memchr(line, '\n', (size_t)(data + len - line));
		next = nl ? nl + 1 : data + len;
		size_t n = (size_t)((nl ? nl : data + len) - line);
		if (n && line[n - 1] == '\r')
			n--;
		if (first) { /* the count */
			first = 0;
			continue;
		}
		char *slash = memchr(line, '/', n);
		if (slash)
			n = (size_t)(slash - line);
		if (n == 0 || (line[0] >= 'A' && line[0] <= 'Z'))
			continue;
		struct buf e = BUF_INIT;
		text_word_terms(line, n, &e, NULL);
		seen++;
		valid += text_syllable_valid(e.p, e.len) != 0;
		buf_release(&e);
	}
	free(data);
	/* 16 of 6,605 today: email, internet, tivi, ka, têt… */
	assert_true(seen > 6000);
	assert_true(seen - valid <= 20);
}

/* ---- the full syllable list (hunspell-vi) -------------------------------- */

/* The vowel letters with their five tones, kept apart from tone.c's own
 * table so the two are checked against each other. */
static const char *const vowel_rows[] = {
	"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
	"oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
};
static unsigned vowel_cp[12][6];

static void load_vowels(void)
{
	for (int r = 0; r < 12; r++) {
		const char *p = vowel_rows[r];
		for (int t = 0; t < 6; t++)
			p += text_utf8_decode(p, strlen(p), &vowel_cp[r][t]);
	}
}

/* Row and tone of a vowel letter, or row -1. */
static int vowel_of(unsigned cp, int *tone)
{
	for (int r = 0; r < 12; r++)
		for (int t = 0; t < 6; t++)
			if (vowel_cp[r][t] == cp) {
				*tone = t;
				return r;
			}
	*tone = 0;
	return -1;
}

static void encode(struct buf *b, const unsigned *cps, size_t n)
{
	buf_reset(b);
	for (size_t i = 0; i < n; i++) {
		char u[4];
		buf_add(b, u, text_utf8_encode(u, cps[i]));
	}
}

static void canon(const char *s, size_t len, struct buf *out)
{
	buf_reset(out);
	text_tone_canonical(s, len, out);
}

static void test_syllable_list(void **state)
{
	size_t len;
	char *data = read_shared("corpus/dictionaries/hunspell-vi/vi_VN.dic", &len);

	struct buf c1 = BUF_INIT, c2 = BUF_INIT, moved = BUF_INIT, c3 = BUF_INIT;
	struct buf e1 = BUF_INIT, f1 = BUF_INIT, e2 = BUF_INIT, f2 = BUF_INIT;
	struct text_tokeniser *tz = text_tokeniser_new();
	size_t entries = 0, checked = 0, changed = 0, toned = 0, repaired = 0;
	long declared = -1;
	load_vowels();

	for (char *line = data, *next; line < data + len; line = next) {
		char *nl = memchr(line, '\n', (size_t)(data + len - line));
		next = nl ? nl + 1 : data + len;
		size_t n = (size_t)((nl ? nl : data + len) - line);
		if (n && line[n - 1] == '\r')
			n--;
		if (declared < 0) {
			declared = strtol(line, NULL, 10);
			continue;
		}
		char *slash = memchr(line, '/', n);
		if (slash)
			n = (size_t)(slash - line);
		if (n == 0)
			continue;
		entries++;
		check_tokeniser_agrees(tz, line, n);

		/* Lower case only: no ASCII capital, every other letter a
		 * lower-case vowel or đ. */
		unsigned cps[32];
		size_t ncp = 0;
		int lower = 1;
		for (size_t i = 0; i < n && lower;) {
			unsigned cp;
			int t;
			i += text_utf8_decode(line + i, n - i, &cp);
			if (ncp == N_ELEMS(cps) || (cp >= 'A' && cp <= 'Z') ||
			    (cp >= 0x80 && cp != 0x0111 && vowel_of(cp, &t) < 0))
				lower = 0;
			else
				cps[ncp++] = cp;
		}
		if (!lower)
			continue;
		checked++;

		canon(line, n, &c1);
		canon(c1.p, c1.len, &c2);
		if (c1.len != c2.len || memcmp(c1.p, c2.p, c1.len))
			fail_msg("not idempotent: %.*s -> %s -> %s", (int)n, line, c1.p, c2.p);

		/* Where is the tone, and is this an open oa/oe/uy with the tone
		 * on its second vowel (not after qu, whose u is the onset)? */
		int tpos = -1, tone = 0, ntones = 0;
		for (size_t i = 0; i < ncp; i++) {
			int t;
			if (vowel_of(cps[i], &t) >= 0 && t) {
				tpos = (int)i, tone = t;
				ntones++;
			}
		}
		assert_true(ntones <= 1);
		int old_style = 0;
		if (tpos >= 1 && (size_t)tpos == ncp - 1) {
			int t, r = vowel_of(cps[tpos], &t);
			unsigned prev = cps[tpos - 1];
			int before_ok = tpos < 2 || (vowel_of(cps[tpos - 2], &t) < 0 &&
						     cps[tpos - 2] != 'q');
			old_style = before_ok && ((prev == 'o' && (r == 3 || r == 0)) ||
						  (prev == 'u' && r == 11));
		}
		int did_change = c1.len != n || memcmp(c1.p, line, n) != 0;
		if (old_style) {
			unsigned want[32];
			int t;
			memcpy(want, cps, ncp * sizeof cps[0]);
			want[tpos] = vowel_cp[vowel_of(cps[tpos], &t)][0];
			want[tpos - 1] = vowel_cp[vowel_of(cps[tpos - 1], &t)][tone];
			encode(&moved, want, ncp);
			if (strcmp(moved.p, c1.p))
				fail_msg("%.*s -> %s, want %s", (int)n, line, c1.p, moved.p);
			changed++;
		} else if (did_change) {
			fail_msg("%.*s changed to %s", (int)n, line, c1.p);
		}

		/* Old and new placement fold alike, and the exact term is the
		 * canonical form. */
		buf_reset(&e1), buf_reset(&f1), buf_reset(&e2), buf_reset(&f2);
		text_word_terms(line, n, &e1, &f1);
		text_word_terms(c1.p, c1.len, &e2, &f2);
		assert_string_equal(e1.p, c1.p);
		assert_string_equal(e2.p, c1.p);
		assert_string_equal(f1.p, f2.p);

		/* Move the tone to every other vowel: the rule puts it back. */
		if (tpos < 0)
			continue;
		toned++;
		for (size_t j = 0; j < ncp; j++) {
			int t, rj = vowel_of(cps[j], &t);
			if ((int)j == tpos || rj < 0)
				continue;
			unsigned m[32];
			memcpy(m, cps, ncp * sizeof cps[0]);
			m[tpos] = vowel_cp[vowel_of(cps[tpos], &t)][0];
			m[j] = vowel_cp[rj][tone];
			encode(&moved, m, ncp);
			canon(moved.p, moved.len, &c3);
			if (strcmp(c3.p, c1.p))
				fail_msg("misplaced %s -> %s, want %s (from %.*s)", moved.p, c3.p,
					 c1.p, (int)n, line);
			repaired++;
		}
	}
	print_message("hunspell-vi: %zu entries (header says %ld), %zu lower-case syllables "
		      "checked, %zu changed, %zu with a tone, %zu misplaced variants repaired\n",
		      entries, declared, checked, changed, toned, repaired);
	assert_true(checked > 6000);
	assert_true(changed > 0);

	text_tokeniser_free(tz);
	buf_release(&c1), buf_release(&c2), buf_release(&c3), buf_release(&moved);
	buf_release(&e1), buf_release(&f1), buf_release(&e2), buf_release(&f2);
	free(data);
}

/* Every letter-like code point of the Latin, Greek, Cyrillic… blocks and
 * Latin Extended Additional (all the precomposed Vietnamese letters), alone
 * and after "ho", goes the same way through both paths. */
/* What a search reads without ICU (normalise.c, tokenise.c; so that a
 * command-line search need not load it): each answer of the fast paths is
 * ICU's, code point by code point and word by word. */
static int icu_is_nfc(const unsigned *cps, size_t n)
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
	UChar u[8];
	int32_t m = 0;
	for (size_t i = 0; i < n; i++)
		U16_APPEND_UNSAFE(u, m, (UChar32)cps[i]);
	UBool yes = unorm2_isNormalized(nfc, u, m, &err);
	assert_true(U_SUCCESS(err));
	return yes;
}

static void check_word_fast(const unsigned *cps, size_t n)
{
	struct buf w = BUF_INIT, e1 = BUF_INIT, f1 = BUF_INIT, e2 = BUF_INIT, f2 = BUF_INIT;
	encode(&w, cps, n);
	buf_adds(&e1, "x"), buf_adds(&f1, "y"), buf_adds(&e2, "x"), buf_adds(&f2, "y");
	int m1 = text_word_terms(w.p, w.len, &e1, &f1);
	int m2 = text_word_terms_icu(w.p, w.len, &e2, &f2);
	expect_str("exact, fast against ICU", w.p, e1.p, e1.len, e2.p);
	expect_str("folded, fast against ICU", w.p, f1.p, f1.len, f2.p);
	if (m1 != m2)
		fail_msg("\"%s\": marks %d fast, %d by ICU", w.p, m1, m2);
	buf_reset(&e1), buf_reset(&e2);
	assert_int_equal(text_word_terms(w.p, w.len, &e1, NULL), text_word_terms_icu(w.p, w.len, &e2, NULL));
	expect_str("exact alone, fast against ICU", w.p, e1.p, e1.len, e2.p);
	buf_release(&w), buf_release(&e1), buf_release(&f1), buf_release(&e2), buf_release(&f2);
}

static void test_icu_free_paths(void **state)
{
	static const unsigned letters_around[] = { 'a', 'A', 0x1EA1, 0x1EA0, 0x0111, 0x0110, 0x01B0 };
	static const char *const words[] = {
		"Thủy", "thuỷ", "HOÀ", "hòa", "Đất", "QUỐC", "Nguyễn", "type:NĐ", "ngư", "khuya",
		"quỹ", "giữ", "Ưu", "ỦY", "BLLĐ", "nghị-định", "x1ệ9",
	};
	struct buf w = BUF_INIT;
	size_t punct = 0, letters = 0;
	for (unsigned cp = 0x20; cp < 0x2070; cp++) {
		unsigned lower;
		char base;
		int vn = text_vn_letter(cp, &lower, &base), p = text_vn_punct(cp);
		unsigned one[1] = { cp };
		encode(&w, one, 1);
		if (text_has_letter(w.p, w.len) != (u_isalpha((UChar32)cp) != 0))
			fail_msg("U+%04X: text_has_letter %d, u_isalpha %d", cp,
				 text_has_letter(w.p, w.len), u_isalpha((UChar32)cp));
		if (text_has_lower(w.p, w.len) != (u_islower((UChar32)cp) != 0))
			fail_msg("U+%04X: text_has_lower %d, u_islower %d", cp,
				 text_has_lower(w.p, w.len), u_islower((UChar32)cp));
		if (vn) {
			letters++;
			assert_true(u_isalpha((UChar32)cp));
			assert_int_equal(lower == cp, u_islower((UChar32)cp) != 0);
		}
		if (!p)
			continue;
		punct++;
		int8_t t = u_charType((UChar32)cp);
		if (u_isalpha((UChar32)cp) || t == U_DECIMAL_DIGIT_NUMBER || t == U_NON_SPACING_MARK ||
		    t == U_ENCLOSING_MARK || t == U_COMBINING_SPACING_MARK || t == U_FORMAT_CHAR ||
		    t == U_MODIFIER_LETTER || t == U_OTHER_LETTER)
			fail_msg("U+%04X is no separator to ICU (type %d)", cp, t);
		/* NFC as it is beside any letter of the fast paths, either side. */
		for (unsigned l = 0x20; l < 0x1F00; l++) {
			if (!text_vn_letter(l, &lower, &base) && !(l < 0x80 && l > 0x20))
				continue;
			unsigned pair[2] = { l, cp }, back[2] = { cp, l };
			if (!icu_is_nfc(pair, 2) || !icu_is_nfc(back, 2))
				fail_msg("U+%04X beside U+%04X is not NFC as it is", cp, l);
		}
	}
	assert_int_equal(letters, 134);
	assert_true(punct > 100);
	/* Each letter in a word, alone, after "ho" and before "n". */
	for (unsigned cp = 0x80; cp < 0x1F00; cp++) {
		unsigned lower;
		char base;
		if (!text_vn_letter(cp, &lower, &base))
			continue;
		for (size_t a = 0; a < N_ELEMS(letters_around); a++) {
			unsigned one[1] = { cp }, three[4] = { 'h', letters_around[a], cp, 'n' };
			check_word_fast(one, 1);
			check_word_fast(three, 4);
		}
	}
	for (size_t i = 0; i < N_ELEMS(words); i++) {
		unsigned cps[32];
		size_t n = 0;
		for (size_t j = 0; words[i][j] && n < 32;) {
			j += text_utf8_decode(words[i] + j, strlen(words[i] + j), &cps[n]);
			n++;
		}
		check_word_fast(cps, n);
	}
	buf_release(&w);
}

static void test_tokeniser_agrees_sweep(void **state)
{
	struct text_tokeniser *tz = text_tokeniser_new();
	struct buf w = BUF_INIT;
	for (unsigned cp = 0x20; cp < 0x2070; cp++) {
		unsigned one[3] = { 'h', 'o', cp };
		encode(&w, one + 2, 1);
		check_tokeniser_agrees(tz, w.p, w.len);
		encode(&w, one, 3);
		check_tokeniser_agrees(tz, w.p, w.len);
	}
	buf_release(&w);
	text_tokeniser_free(tz);
}

/* ---- tokeniser ----------------------------------------------------------- */

static void test_tokenise_offsets(void **state)
{
	/* BOM, a decomposed "luật" (â + U+0323, as in uts-vlc-laws), a soft
	 * hyphen inside "chương", curly quotes, a soft hyphen after a
	 * quote, a decomposed capital "Điều". */
	static const char text[] =
		"\xef\xbb\xbfTheo lu\xc3\xa2\xcc\xa3t n\xc3\xa0y, ch\xc2\xad\xc6\xb0\xc6\xa1ng "
		"tr\xc3\xacnh \xe2\x80\x9cQH14\xe2\x80\x9d\xc2\xad \xc4\x90i\xc3\xaa\xcc\x80u 5.";
	static const struct {
		const char *exact, *folded;
		size_t start, end;
		enum text_token_kind kind;
	} want[] = {
		{ "theo", "theo", 3, 7, TEXT_WORD },
		{ "luật", "luat", 8, 15, TEXT_WORD },
		{ "này", "nay", 16, 20, TEXT_WORD },
		{ "chương", "chuong", 22, 32, TEXT_WORD },
		{ "trình", "trinh", 33, 39, TEXT_WORD },
		{ "qh14", "qh14", 43, 47, TEXT_WORD },
		{ "điều", "dieu", 53, 61, TEXT_WORD },
		{ "5", "5", 62, 63, TEXT_NUMBER },
	};
	struct seen s = { 0 };
	unsigned used = tokenise(text, sizeof text - 1, 100, &s);
	assert_int_equal(used, N_ELEMS(want));
	assert_int_equal(s.n, N_ELEMS(want));
	for (size_t i = 0; i < N_ELEMS(want); i++) {
		assert_string_equal(s.t[i].exact, want[i].exact);
		assert_string_equal(s.t[i].folded, want[i].folded);
		assert_int_equal(s.t[i].start, want[i].start);
		assert_int_equal(s.t[i].end, want[i].end);
		assert_int_equal(s.t[i].position, 100 + i);
		assert_int_equal(s.t[i].kind, want[i].kind);
		assert_int_equal(s.t[i].has_marks, strcmp(want[i].exact, want[i].folded) != 0);
	}
}

/* Which neighbours form a two-syllable word: white space of any kind
 * between two words, never punctuation, never a number. */
static void test_joins(void **state)
{
	static const struct {
		const char *text;
		int joins; /* of the first two tokens */
	} rows[] = {
		{ "hợp đồng", 1 },
		{ "hợp \t đồng", 1 },
		{ "hợp\nđồng", 1 },
		{ "hợp \r\n  đồng", 1 },
		{ "hợp\xc2\xa0đồng", 1 },
		{ "hợp, đồng", 0 },
		{ "hợp. Đồng", 0 },
		{ "hợp-đồng", 0 },
		{ "hợp \xe2\x80\x9cđồng", 0 },
		{ "điều 5", 0 },
		{ "5 khoản", 0 },
		{ "qh14 khóa", 1 },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct seen s = { 0 };
		tokenise(rows[i].text, strlen(rows[i].text), 0, &s);
		assert_true(s.n >= 2);
		int got = text_joins(s.t[0].kind, rows[i].text, s.t[0].end, s.t[1].start, s.t[1].kind);
		if (got != rows[i].joins)
			fail_msg("'%s': text_joins %d, expected %d", rows[i].text, got, rows[i].joins);
	}
}

/* A subject typed in capitals in reading case: the proper names of the
 * table (corpus/propernames.tsv) and the runs of words the text writes with
 * capitals keep theirs; acronyms and Roman numerals stay as typed. */
/* letters.c's Vietnamese letters stand in for ICU where every line is
 * read (the signer's line shapes): each must be what ICU says, a letter
 * with no combining class, upper case exactly when it has a lower case. */
static void test_vn_letters_agree_with_icu(void **state)
{
	(void)state;
	unsigned n = 0;
	for (unsigned cp = 0x80; cp <= 0x10FFFF; cp++) {
		unsigned lower;
		char base;
		if (!text_vn_letter(cp, &lower, &base))
			continue;
		n++;
		if (!u_isalpha((UChar32)cp) || u_getCombiningClass((UChar32)cp) != 0 ||
		    !u_isupper((UChar32)cp) != (lower == cp))
			fail_msg("U+%04X: letters.c and ICU disagree", cp);
	}
	assert_int_equal(n, 134); /* 67 lower-case letters (the vowels with marks, đ) and their capitals */
}

static void test_proper_case(void **state)
{
	static const struct {
		const char *in, *text, *out;
	} rows[] = {
		{ "HÀNG KHÔNG DÂN DỤNG VIỆT NAM", NULL, "Hàng không dân dụng Việt Nam" },
		{ "QUỐC TỊCH VIỆT NAM", NULL, "Quốc tịch Việt Nam" },
		{ "LUẬT SƯ", NULL, "Luật sư" },
		{ "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM XÃ HỘI",
		  "Căn cứ Luật Bảo hiểm xã hội số 58/2014/QH13; sửa đổi Luật Bảo hiểm xã hội.",
		  "Sửa đổi, bổ sung một số điều của Luật Bảo hiểm xã hội" },
		{ "KẾ HOẠCH CỦA UBND NĂM 2026", NULL, "Kế hoạch của UBND năm 2026" },
		{ "KỲ HỌP THỨ XIV", NULL, "Kỳ họp thứ XIV" },
		/* tvpl-legal-news legal_docs/c5d930a5fc8373cd.md (980/KH-UBND): a number in the
		 * capitals as its canonical form writes it; the card's subject said "QĐ-TTG" */
		{ "THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ", NULL,
		  "Thực hiện quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct buf out = BUF_INIT;
		const char *t = rows[i].text;
		assert_int_equal(text_proper_case(rows[i].in, strlen(rows[i].in), t, t ? strlen(t) : 0,
						  &out), 0);
		if (strcmp(out.p, rows[i].out) != 0)
			fail_msg("'%s': '%s', expected '%s'", rows[i].in, out.p, rows[i].out);
		buf_release(&out);
	}
}

/* What a terminal would obey never reaches it: C0, DEL, C1 (NEL, CSI),
 * U+2028/9 become spaces; line breaks stay in a text shown with its lines. */
static void test_shown(void **state)
{
	static const struct {
		const char *in;
		int keep_lines;
		const char *out;
	} rows[] = {
		{ "Đỏ \033[31mđỏ\033[0m", 0, "Đỏ  [31mđỏ [0m" },
		{ "a\033]0;title\007b", 0, "a ]0;title b" },
		{ "Đạt \xc2\x85 Không", 0, "Đạt   Không" },
		{ "a\xc2\x9b" "31mb", 0, "a 31mb" },
		{ "một\xe2\x80\xa8hai\xe2\x80\xa9" "ba", 0, "một hai ba" },
		{ "dòng\nhai\tba\fbốn\r\x7f", 1, "dòng\nhai\tba\fbốn  " },
		{ "dòng\nhai", 0, "dòng hai" },
		{ "\xc2\xa0nbsp giữ nguyên \xc2\xa9", 0, "\xc2\xa0nbsp giữ nguyên \xc2\xa9" },
		{ "Ho\xcc\x80" "a", 0, "Hòa" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct buf b = BUF_INIT;
		text_shown(rows[i].in, strlen(rows[i].in), rows[i].keep_lines, &b);
		if (strcmp(b.p ? b.p : "", rows[i].out) != 0)
			fail_msg("row %zu: '%s', expected '%s'", i, b.p ? b.p : "", rows[i].out);
		buf_release(&b);
	}
	assert_int_equal(text_control_len("\xc2", 1), 0); /* cut short: not a control */
	assert_int_equal(text_control_len("\xe2\x80", 2), 0);
	assert_int_equal(text_control_len("\xc2\xa0", 2), 0);
	assert_int_equal(text_control_len("\xc2\x80", 2), 2);
}

/* JSON strings as the API and --json write them: escapes where JSON needs
 * them, UTF-8 kept whole, a byte that is not UTF-8 replaced (U+FFFD), the
 * rest copied as it is, at the start, the middle and the end of a string. */
static void test_json_string(void **state)
{
	static const struct {
		const char *in, *out;
	} rows[] = {
		{ "", "\"\"" },
		{ "abc", "\"abc\"" },
		{ "Điều 26 “trích”", "\"Điều 26 “trích”\"" },
		{ "\"a\\b\"", "\"\\\"a\\\\b\\\"\"" },
		{ "dòng\nhai\tba\rbốn", "\"dòng\\nhai\\tba\\rbốn\"" },
		{ "\001x\x7f", "\"\\u0001x\\u007f\"" },
		{ "a\xff" "b", "\"a\xEF\xBF\xBD" "b\"" },
		{ "đ\xe1\xba", "\"đ\xEF\xBF\xBD\xEF\xBF\xBD\"" },
		{ "\xc3", "\"\xEF\xBF\xBD\"" },
		{ "\xed\xa0\x80" "z", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "z\"" },
		{ "ỹ\"", "\"ỹ\\\"\"" },
		{ "\xf0\x9f\x98\x80 ok", "\"\xf0\x9f\x98\x80 ok\"" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct buf b = BUF_INIT;
		buf_adds(&b, "[");
		buf_add_json_string(&b, rows[i].in, strlen(rows[i].in));
		if (strncmp(b.p, "[", 1) != 0 || strcmp(b.p + 1, rows[i].out) != 0)
			fail_msg("row %zu: '%s', expected '%s'", i, b.p + 1, rows[i].out);
		buf_release(&b);
	}
}

/* Each row: text, then the expected terms separated by '|'. */
static void test_tokenise_table(void **state)
{
	static const struct {
		const char *text, *terms, *kinds;
	} rows[] = {
		{ "1.250.000 đồng", "1.250.000|đồng", "NW" },
		{ "10,5%", "10,5", "N" },
		{ "Điều 2.1.", "điều|2.1", "WN" },
		{ "ngày 9/8", "ngày|9|8", "WNN" },
		{ "năm 2022.", "năm|2022", "WN" },
		{ "1..2 ,5 3, 4.x", "1|2|5|3|4|x", "NNNNNW" },
		{ "1.2.3.4", "1.2.3.4", "N" },
		{ "Luật số 59/2020/QH14", "luật|số|59|2020|qh14", "WWNNW" },
		{ "57-QĐ/TW", "57|qđ|tw", "NWW" },
		{ "COVID-19", "covid|19", "WN" },
		{ "don't", "don|t", "WW" },
		{ "Tp.HCM", "tp|hcm", "WW" },
		{ "HOÀ BÌNH, Uỷ ban", "hòa|bình|ủy|ban", "WWWW" },
		{ "α-β", "α|β", "WW" },
		{ "２０２２年", "２０２２年", "W" },
		{ "١٢٣", "١٢٣", "N" },
		{ "x\xcc\x81 \xcc\x81y", "x\xcc\x81|y", "WW" },   /* a stray mark starts nothing */
		{ "a\xc2\xad", "a", "W" },
		{ "\xc2\xad", "", "" },
		{ "  ,.;!? -- “” …", "", "" },
		{ "", "", "" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct seen s = { 0 };
		struct buf got = BUF_INIT, kinds = BUF_INIT;
		unsigned used = tokenise(rows[i].text, strlen(rows[i].text), 0, &s);
		buf_grow(&got, 0);
		buf_grow(&kinds, 0);
		for (int k = 0; k < s.n; k++) {
			if (k)
				buf_addc(&got, '|');
			buf_adds(&got, s.t[k].exact);
			buf_addc(&kinds, s.t[k].kind == TEXT_NUMBER ? 'N' : 'W');
			if (s.t[k].position != (unsigned)k)
				fail_msg("\"%s\": token %d at position %u", rows[i].text, k,
					 s.t[k].position);
		}
		assert_int_equal(used, (unsigned)s.n);
		expect_str("tokens", rows[i].text, got.p, got.len, rows[i].terms);
		expect_str("kinds", rows[i].text, kinds.p, kinds.len, rows[i].kinds);
		buf_release(&got);
		buf_release(&kinds);
	}
}

static void test_tokenise_long(void **state)
{
	struct buf t = BUF_INIT;
	struct seen s = { 0 };

	buf_adds(&t, "ngắn ");
	for (int i = 0; i < TEXT_MAX_TERM; i++)
		buf_addc(&t, 'a');                                 /* exactly the limit: kept */
	buf_addc(&t, ' ');
	for (int i = 0; i < TEXT_MAX_TERM + 1; i++)
		buf_addc(&t, 'B');                                 /* one over: skipped */
	buf_addc(&t, ' ');
	for (int i = 0; i < 49; i++)
		buf_adds(&t, "đ");                                 /* 98 bytes */
	buf_addc(&t, ' ');
	for (int i = 0; i < 50; i++)
		buf_adds(&t, "a\xcc\x81");                         /* NFC is 100 bytes */
	buf_addc(&t, ' ');
	for (int i = 0; i < 40; i++)
		buf_adds(&t, "a\xcc\x81");                         /* NFC is 80 bytes: kept */
	buf_addc(&t, ' ');
	for (int i = 0; i < 100000; i++)
		buf_addc(&t, (char)('0' + i % 10));
	buf_adds(&t, " dài");

	unsigned used = tokenise(t.p, t.len, 7, &s);
	assert_int_equal(used, 8);
	assert_int_equal(s.n, 4);
	assert_string_equal(s.t[0].exact, "ngắn");
	assert_int_equal(s.t[0].position, 7);
	assert_int_equal(strlen(s.t[1].exact), TEXT_MAX_TERM);
	assert_int_equal(s.t[1].position, 8);
	assert_int_equal(strlen(s.t[2].exact), 80);
	assert_int_equal(s.t[2].position, 12);
	assert_string_equal(s.t[3].exact, "dài");
	assert_int_equal(s.t[3].position, 14);
	assert_int_equal(s.t[3].end, t.len);
	buf_release(&t);
}

static void test_tokenise_bad_bytes(void **state)
{
	static const char text[] = "ab\0cd\xff\xfe" "ef vi\xe1\xbbt \xc0\xaf" "g\xed\xa0\x80h x\xc3";
	static const char *const want[] = { "ab", "cd", "ef", "vi", "t", "g", "h", "x" };
	static const size_t starts[] = { 0, 3, 7, 10, 14, 18, 22, 24 };
	struct seen s = { 0 };
	unsigned used = tokenise(text, sizeof text - 1, 0, &s);
	assert_int_equal(used, N_ELEMS(want));
	for (size_t i = 0; i < N_ELEMS(want); i++) {
		assert_string_equal(s.t[i].exact, want[i]);
		assert_int_equal(s.t[i].start, starts[i]);
	}
}

static void test_tokenise_stop(void **state)
{
	static const char text[] = "một hai ba bốn năm";
	struct seen s = { 0 };
	s.stop_after = 2;
	unsigned used = tokenise(text, sizeof text - 1, 10, &s);
	assert_int_equal(s.n, 2);
	assert_int_equal(used, 2);
	assert_string_equal(s.t[1].exact, "hai");
	assert_int_equal(s.t[1].position, 11);
}

/* text_tokenise_find reports what text_tokenise reports for the words asked:
 * each row's text, the words ('|' between), then the hits as word@position.
 * Every row is also checked against text_tokenise's own tokens. */
struct found {
	struct buf b;
	const char *const *words;
};

static int found_one(size_t w, unsigned position, void *ctx)
{
	struct found *f = ctx;
	char at[32];
	snprintf(at, sizeof at, "@%u ", position);
	buf_adds(&f->b, f->words[w]);
	buf_adds(&f->b, at);
	return 0;
}

static void test_tokenise_find(void **state)
{
	static const struct {
		const char *text, *words, *hits;
	} rows[] = {
		{ "Người lao động, NGƯỜI LAO ĐỘNG và nguoi lao dong", "lao|dong",
		  "lao@1 dong@2 lao@4 dong@5 lao@8 dong@9 " },
		{ "đồng động dòng Dong đông dongs adong", "dong",
		  "dong@0 dong@1 dong@2 dong@3 dong@4 " },
		/* NFD marks and a soft hyphen: ICU's path, the same terms */
		{ "đo\xcc\x82\xcc\xa3ng lao\xc2\xad\xc4\x91o\xcc\x82\xcc\xa3ng", "dong|laodong",
		  "dong@0 laodong@1 " },
		{ "\xc3\xb1gu ngư Ngu\xcc\x9b", "ngu", "ngu@0 ngu@1 ngu@2 " },
		{ "\xe2\x84\xaay ky KÝ", "ky", "ky@0 ky@1 ky@2 " },
		{ "1.250.000 đồng, 1.250 và 250", "1.250|250", "1.250@2 250@4 " },
		{ "Luật số 59/2020/QH14 qh14", "qh14|2020", "2020@3 qh14@4 qh14@5 " },
		{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa a", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|a",
		  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@0 a@1 " },
		{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
		  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@1 " },
		{ "hòa hoà HOÀ hoa", "hoa", "hoa@0 hoa@1 hoa@2 hoa@3 " },
		{ "ab\xff" "cd x\xe1\xbb" "t", "cd|t", "cd@1 t@3 " },
		{ "không có gì", "lao", "" },
		{ "", "lao", "" },
	};
	struct text_tokeniser *tz = text_tokeniser_new();
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		char *copy = strdup(rows[i].words), *save = NULL;
		const char *words[8];
		size_t lens[8], n = 0;
		for (char *w = strtok_r(copy, "|", &save); w && n < 8; w = strtok_r(NULL, "|", &save)) {
			words[n] = w;
			lens[n++] = strlen(w);
		}
		struct found f = { BUF_INIT, words };
		buf_adds(&f.b, "");
		size_t len = strlen(rows[i].text);
		unsigned used = text_tokenise_find(tz, rows[i].text, len, 3, words, lens, n,
						   found_one, &f);
		/* The positions here from 0, as the rows write them. */
		struct found g = { BUF_INIT, words };
		buf_adds(&g.b, "");
		text_tokenise_find(tz, rows[i].text, len, 0, words, lens, n, found_one, &g);
		expect_str("hits", rows[i].text, g.b.p, g.b.len, rows[i].hits);
		/* text_tokenise's tokens, filtered: the same hits, the same count. */
		struct seen s = { 0 };
		unsigned all = tokenise(rows[i].text, len, 0, &s);
		struct buf want = BUF_INIT;
		buf_adds(&want, "");
		for (int k = 0; k < s.n; k++)
			for (size_t w = 0; w < n; w++)
				if (strcmp(s.t[k].folded, words[w]) == 0) {
					char at[32];
					snprintf(at, sizeof at, "@%u ", s.t[k].position);
					buf_adds(&want, words[w]);
					buf_adds(&want, at);
				}
		expect_str("text_tokenise's", rows[i].text, g.b.p, g.b.len, want.p);
		assert_int_equal(used, all);
		buf_release(&want);
		buf_release(&f.b);
		buf_release(&g.b);
		free(copy);
	}
	text_tokeniser_free(tz);
}

/* One tokeniser, many calls: the scratch buffers are reused. */
static void test_tokenise_reuse(void **state)
{
	struct text_tokeniser *tz = text_tokeniser_new();
	for (int round = 0; round < 3; round++) {
		struct seen s = { 0 };
		const char *text = "Ngoà\xcc\x80i ĐÀO TẠO 2,5";
		unsigned used = text_tokenise(tz, text, strlen(text), 0, collect, &s);
		assert_int_equal(used, 4);
		assert_string_equal(s.t[0].exact, "ngoà\xcc\x80i");
	}
	text_tokeniser_free(tz);
	text_tokeniser_free(NULL);
}

/* text_tokenise_led: the same tokens (kind, range, position, the same
 * skipped), each with the same terms or, when its folded form does not
 * start with a byte asked for, none; led by every first byte the text's
 * tokens have, and by none. Capitals, marks, đ, a decomposed word and the
 * Kelvin sign (ICU's path), numbers, and words past the length limit. */
static int collect_led(const struct text_token *tok, void *ctx)
{
	struct seen *s = ctx;
	if (tok->exact)
		return collect(tok, ctx);
	assert_int_equal(tok->exact_len, 0);
	assert_null(tok->folded);
	if (s->n < (int)N_ELEMS(s->t)) {
		s->t[s->n].exact[0] = s->t[s->n].folded[0] = '\0';
		s->t[s->n].start = tok->start;
		s->t[s->n].end = tok->end;
		s->t[s->n].position = tok->position;
		s->t[s->n].kind = tok->kind;
		s->t[s->n].has_marks = -1;
	}
	s->n++;
	return 0;
}

static void test_tokenise_led(void **state)
{
	struct buf t = BUF_INIT;
	buf_adds(&t, "Điều 5. ĐÀO tạo Ngoà\xcc\x80i nước \xe2\x84\xaa" "elvin 1.250.000 Ưu đãi ABC x ");
	for (int i = 0; i < 40; i++)
		buf_adds(&t, "đ"); /* 80 bytes: kept, too long to be left unread */
	buf_addc(&t, ' ');
	for (int i = 0; i < 49; i++)
		buf_adds(&t, "đ"); /* 98 bytes: skipped */
	buf_adds(&t, " ơn zero");
	struct seen all = { 0 };
	struct text_tokeniser *tz = text_tokeniser_new();
	unsigned used = text_tokenise(tz, t.p, t.len, 3, collect, &all);
	assert_true(all.n >= 15 && all.n < (int)N_ELEMS(all.t));
	for (int round = -1; round < all.n; round++) {
		unsigned char lead[256] = { 0 };
		if (round >= 0)
			lead[(unsigned char)all.t[round].folded[0]] = 1;
		struct seen led = { 0 };
		assert_int_equal(text_tokenise_led(tz, t.p, t.len, 3, lead, collect_led, &led), used);
		assert_int_equal(led.n, all.n);
		size_t left = 0;
		for (int i = 0; i < all.n; i++) {
			assert_int_equal(led.t[i].start, all.t[i].start);
			assert_int_equal(led.t[i].end, all.t[i].end);
			assert_int_equal(led.t[i].position, all.t[i].position);
			assert_int_equal(led.t[i].kind, all.t[i].kind);
			if (led.t[i].has_marks < 0) {
				left++;
				if (lead[(unsigned char)all.t[i].folded[0]])
					fail_msg("'%s' was led by a byte asked for", all.t[i].exact);
				continue;
			}
			assert_string_equal(led.t[i].exact, all.t[i].exact);
			assert_string_equal(led.t[i].folded, all.t[i].folded);
		}
		/* Most are left unread: the point of it. */
		if (round < 0 && left + 3 < (size_t)all.n)
			fail_msg("led by nothing, %zu of %d tokens left unread", left, all.n);
	}
	text_tokeniser_free(tz);
	buf_release(&t);
}

int main(void)
{
	const struct CMUnitTest utf8[] = {
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_utf8_decode),
		cmocka_unit_test(test_utf8_encode),
	};
	const struct CMUnitTest nfc[] = {
		cmocka_unit_test(test_nfc_table),
		cmocka_unit_test(test_nfc_long),
		cmocka_unit_test(test_shown),
	};
	const struct CMUnitTest terms[] = {
		cmocka_unit_test(test_word_terms),
		cmocka_unit_test(test_word_terms_nfd_twin),
	};
	const struct CMUnitTest tone[] = {
		cmocka_unit_test(test_tone_table),
		cmocka_unit_test(test_syllable_list),
		cmocka_unit_test(test_syllable_valid),
		cmocka_unit_test(test_syllable_valid_list),
	};
	const struct CMUnitTest tokeniser[] = {
		cmocka_unit_test(test_tokenise_offsets),
		cmocka_unit_test(test_tokenise_table),
		cmocka_unit_test(test_tokenise_long),
		cmocka_unit_test(test_tokenise_bad_bytes),
		cmocka_unit_test(test_tokenise_stop),
		cmocka_unit_test(test_tokenise_reuse),
		cmocka_unit_test(test_tokenise_find),
		cmocka_unit_test(test_tokenise_led),
		cmocka_unit_test(test_joins),
		cmocka_unit_test(test_proper_case),
		cmocka_unit_test(test_vn_letters_agree_with_icu),
		cmocka_unit_test(test_json_string),
		cmocka_unit_test(test_latin_lookalikes),
		cmocka_unit_test(test_tokeniser_agrees_sweep),
		cmocka_unit_test(test_icu_free_paths),
	};
	int failed = 0;
	failed += cmocka_run_group_tests_name("utf8", utf8, NULL, NULL);
	failed += cmocka_run_group_tests_name("nfc", nfc, NULL, NULL);
	failed += cmocka_run_group_tests_name("terms", terms, NULL, NULL);
	failed += cmocka_run_group_tests_name("tone", tone, NULL, NULL);
	failed += cmocka_run_group_tests_name("tokeniser", tokeniser, NULL, NULL);
	/* A sum of failures could hit 77 or 99, which automake reads as SKIP
	 * or ERROR. */
	return failed ? 1 : 0;
}
