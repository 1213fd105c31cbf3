/* test_charset.c — unit tables for ingest/charset.c and ingest/legacy.c: names, BOMs,
 * declarations, the legacy decoders and the detector, on the shared samples. */
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

#include "ingest/ingest.h"
#include "ingest/ingest_int.h"
#include "text/text.h"
#include "util/util.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

struct decoded {
	int rc;
	enum ingest_charset cs;
	const char *why;
	char *err;
	struct buf out;
};

static void decode(struct decoded *r, const char *data, size_t len, int is_html,
		   const char *declared, enum ingest_charset forced)
{
	memset(r, 0, sizeof *r);
	r->rc = ingest_decode(data, len, is_html, declared, forced, &r->out, &r->cs, &r->why,
			      &r->err);
	if (r->rc == 0 && !r->out.p)
		buf_adds(&r->out, "");
}

static void decoded_release(struct decoded *r)
{
	buf_release(&r->out);
	free(r->err);
}

/* ---- names ------------------------------------------------------------------ */

static void test_names(void **state)
{
	static const struct {
		const char *name;
		enum ingest_charset cs;
	} rows[] = {
		{ "UTF-8", CS_UTF8 }, { "utf8", CS_UTF8 }, { " \"utf-8\" ", CS_UTF8 },
		{ "UTF-16", CS_UTF16LE }, { "utf-16le", CS_UTF16LE }, { "UTF-16BE", CS_UTF16BE },
		{ "windows-1258", CS_CP1258 }, { "CP1258", CS_CP1258 },
		{ "tcvn3", CS_TCVN3 }, { "ABC", CS_TCVN3 }, { "TCVN5712-3", CS_TCVN3 },
		{ ".VnTime", CS_TCVN3 },
		{ "vni", CS_VNI }, { "VNI-Windows", CS_VNI }, { "vni-win", CS_VNI },
		{ "VISCII", CS_VISCII },
		{ "TCVN5712-1", CS_TCVN5712 }, { "tcvn5712-1:1993", CS_TCVN5712 }, { "VN1", CS_TCVN5712 },
		{ "ISO-8859-1", CS_LATIN1 }, { "latin1", CS_LATIN1 }, { "windows-1252", CS_LATIN1 },
		{ "us-ascii", CS_LATIN1 },
		{ "", CS_UNKNOWN }, { "koi8-r", CS_UNKNOWN }, { "vni-mac", CS_UNKNOWN },
		{ "utf-8-and-a-very-long-name-that-is-no-charset", CS_UNKNOWN },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++)
		if (ingest_charset_from_name(rows[i].name) != rows[i].cs)
			fail_msg("ingest_charset_from_name(\"%s\") = %s, want %s", rows[i].name,
				 ingest_charset_name(ingest_charset_from_name(rows[i].name)),
				 ingest_charset_name(rows[i].cs));
	/* Every name the library prints reads back as itself. */
	for (int cs = CS_UTF8; cs <= CS_LATIN1; cs++)
		assert_int_equal(ingest_charset_from_name(ingest_charset_name((enum ingest_charset)cs)),
				 cs);
	assert_int_equal(ingest_charset_from_name(NULL), CS_UNKNOWN);
	assert_string_equal(ingest_charset_name((enum ingest_charset)99), "unknown");
}

/* ---- the syllable check -------------------------------------------------- */

static void test_syllables(void **state)
{
	static const struct {
		const char *s;
		int ok;
	} rows[] = {
		{ "Việt", 1 }, { "VIỆT", 1 }, { "Vie\xcc\x82\xcc\xa3t", 1 }, /* NFD */
		{ "nghiêng", 1 }, { "người", 1 }, { "khuỷu", 1 }, { "gì", 1 }, { "gìn", 1 },
		{ "quốc", 1 }, { "giường", 1 }, { "đẩy", 1 }, { "hoạch", 1 }, { "huỳnh", 1 },
		{ "thuở", 1 }, { "khuya", 1 }, { "xoong", 1 }, { "kỹ", 1 }, { "Mỹ", 1 },
		{ "ác", 1 }, { "ạch", 1 }, { "hòa", 1 }, { "hoà", 1 }, { "ủy", 1 }, { "uỷ", 1 },
		{ "àc", 0 },    /* huyền before a stop final */
		{ "Viêt", 0 },  /* no tone before a stop final */
		{ "cafe", 0 }, { "kà", 0 }, { "ghà", 0 }, { "cê", 0 },
		{ "ViÖt", 0 }, { "hoaëc", 0 }, { "Vi\xc3\xaa\xc3\xb2t", 0 }, /* Viêòt */
		{ "ăa", 0 }, { "ắả", 0 }, { "ng", 0 }, { "", 0 }, { "nghiêngggg", 0 },
		{ "C—NG", 0 }, { "ain", 0 }, { "ăng", 1 }, { "ă", 0 },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++)
		if (legacy_vn_syllable(rows[i].s, strlen(rows[i].s)) != rows[i].ok)
			fail_msg("legacy_vn_syllable(\"%s\") = %d, want %d", rows[i].s, !rows[i].ok,
				 rows[i].ok);
}

/* ---- the shared corpus ------------------------------------------------------ */

#define SAMPLES "corpus/legacy-encodings/samples"

static char *read_sample(const char *name, size_t *len)
{
	char *rel = xasprintf("%s/%s", SAMPLES, name);
	char *data = read_shared(rel, len);
	free(rel);
	return data;
}

struct sample {
	char name[96];
	long lost_case; /* toned capitals TCVN3 stores as lowercase */
};

/* The few fields wanted from MANIFEST.json, read by hand. */
static size_t read_manifest(struct sample *v, size_t cap)
{
	size_t len, n = 0;
	char *raw = read_sample("MANIFEST.json", &len);
	char *m = xstrndup(raw, len); /* read_file's buffer is not NUL-terminated */
	free(raw);
	const char *key = "\"sample\": \"";
	for (const char *p = strstr(m, key); p && n < cap; p = strstr(p, key)) {
		p += strlen(key);
		const char *q = strchr(p, '"');
		assert_non_null(q);
		assert_true((size_t)(q - p) < sizeof v[n].name);
		memcpy(v[n].name, p, (size_t)(q - p));
		v[n].name[q - p] = '\0';
		const char *lc = strstr(q, "\"uppercase_toned_letters_lost_case_in_tcvn3\":");
		assert_non_null(lc);
		v[n].lost_case = strtol(strchr(lc, ':') + 1, NULL, 10);
		n++;
		p = q;
	}
	free(m);
	assert_true(n >= 4);
	return n;
}

/* Compares got with want; TCVN3 may give a toned capital as its lowercase
 * letter, at most max_lost times. Returns how many it did. */
static long compare_text(const char *what, const char *got, size_t got_len, const char *want,
			 size_t want_len, long max_lost)
{
	long lost = 0;
	size_t i = 0, j = 0;
	while (i < got_len && j < want_len) {
		unsigned a, b;
		size_t na = text_utf8_decode(got + i, got_len - i, &a);
		size_t nb = text_utf8_decode(want + j, want_len - j, &b);
		if (a != b) {
			if (max_lost > 0 && b >= 0x80 && u_isupper((UChar32)b) &&
			    (unsigned)u_tolower((UChar32)b) == a) {
				lost++;
			} else {
				size_t from = j > 40 ? j - 40 : 0;
				fail_msg("%s: differs at byte %zu of the truth: got U+%04X, want U+%04X "
					 "in \"%.*s\"", what, j, a, b, (int)(j + 20 - from), want + from);
			}
		}
		i += na;
		j += nb;
	}
	if (i != got_len || j != want_len)
		fail_msg("%s: length differs: got %zu bytes, want %zu", what, got_len, want_len);
	if (lost > max_lost)
		fail_msg("%s: %ld capitals came back lowercase, MANIFEST allows %ld", what, lost,
			 max_lost);
	return lost;
}

static const struct {
	const char *suffix;
	enum ingest_charset cs;
} sample_files[] = {
	{ "utf8-nfc", CS_UTF8 },          { "utf8-nfd", CS_UTF8 },
	{ "cp1258", CS_CP1258 },          { "tcvn3-vntime", CS_TCVN3 },
	{ "vni-windows", CS_VNI },        { "viscii", CS_VISCII },
	{ "tcvn5712-1-vn1", CS_TCVN5712 },
};

static void test_samples(void **state)
{
	struct sample samples[16];
	size_t n = read_manifest(samples, N_ELEMS(samples));
	for (size_t s = 0; s < n; s++) {
		char *name = xasprintf("%s.utf8-nfc.txt", samples[s].name);
		size_t truth_len;
		char *truth = read_sample(name, &truth_len);
		free(name);
		name = xasprintf("%s.tcvn3-vntime.txt", samples[s].name);
		size_t tcvn3_len;
		char *tcvn3 = read_sample(name, &tcvn3_len);
		free(name);
		for (size_t f = 0; f < N_ELEMS(sample_files); f++) {
			name = xasprintf("%s.%s.txt", samples[s].name, sample_files[f].suffix);
			size_t len;
			char *data = read_sample(name, &len);
			long max_lost = sample_files[f].cs == CS_TCVN3 ? samples[s].lost_case : 0;
			/* VN1 and TCVN3 agree on every byte when there is no toned capital:
			 * such a file is either. */
			int either = sample_files[f].cs == CS_TCVN5712 && len == tcvn3_len &&
				     memcmp(data, tcvn3, len) == 0;
			for (int forced = 0; forced <= 1; forced++) {
				struct decoded r;
				decode(&r, data, len, 0, NULL, forced ? sample_files[f].cs : CS_UNKNOWN);
				char *what = xasprintf("%s (%s)", name, forced ? "forced" : "detected");
				if (r.rc != 0)
					fail_msg("%s: %s", what, r.err);
				if (r.cs != sample_files[f].cs && !(either && r.cs == CS_TCVN3))
					fail_msg("%s: decoded as %s, want %s", what, ingest_charset_name(r.cs),
						 ingest_charset_name(sample_files[f].cs));
				long lost = compare_text(what, r.out.p, r.out.len, truth, truth_len,
							 r.cs == CS_TCVN3 ? samples[s].lost_case : max_lost);
				if (lost)
					print_message("%s: %ld of %ld toned capitals lost to TCVN3\n", what,
						      lost, samples[s].lost_case);
				assert_string_equal(r.why, forced ? "forced" : "detected");
				free(what);
				decoded_release(&r);
			}
			free(data);
			free(name);
		}
		free(tcvn3);
		free(truth);
	}
}

/* Every syllable of the hunspell list with a mark in it passes the check,
 * but for two that are no Vietnamese syllables: a loanword of two ("palăng")
 * and "têt" (a stop final without a tone; the word is "tết"). */
static void test_syllable_list(void **state)
{
	size_t len;
	char *data = read_shared("corpus/dictionaries/hunspell-vi/vi_VN.dic", &len);
	size_t checked = 0;
	int first = 1;
	for (char *line = data, *next; line < data + len; line = next) {
		char *nl = memchr(line, '\n', (size_t)(data + len - line));
		next = nl ? nl + 1 : data + len;
		size_t n = (size_t)((nl ? nl : data + len) - line);
		char *slash = memchr(line, '/', n);
		if (slash)
			n = (size_t)(slash - line);
		if (n && line[n - 1] == '\r')
			n--;
		if (first || n == 0) {
			first = 0; /* the count */
			continue;
		}
		int marked = 0, capital = 0;
		for (size_t i = 0; i < n; i++) {
			marked |= (unsigned char)line[i] >= 0x80;
			capital |= line[i] >= 'A' && line[i] <= 'Z';
		}
		if (!marked || capital || (n == 7 && memcmp(line, "palăng", 7) == 0) ||
		    (n == 4 && memcmp(line, "têt", 4) == 0))
			continue;
		checked++;
		if (!legacy_vn_syllable(line, n))
			fail_msg("legacy_vn_syllable(\"%.*s\") = 0 for a syllable of the list", (int)n,
				 line);
	}
	free(data);
	print_message("%zu syllables with marks checked\n", checked);
	assert_true(checked > 4000);
}

/* ---- BOMs, declarations, <meta> -------------------------------------------- */

/* UTF-8 -> UTF-16 (BMP only), with a BOM. */
static char *utf16(const char *s, int big_endian, size_t *len)
{
	struct buf b = BUF_INIT;
	buf_add(&b, big_endian ? "\xFE\xFF" : "\xFF\xFE", 2);
	for (size_t i = 0, n = strlen(s); i < n;) {
		unsigned cp;
		i += text_utf8_decode(s + i, n - i, &cp);
		char u[2] = { (char)(big_endian ? cp >> 8 : cp & 0xFF),
			      (char)(big_endian ? cp & 0xFF : cp >> 8) };
		buf_add(&b, u, 2);
	}
	return buf_detach(&b, len);
}

static void expect_text(const char *what, const char *data, size_t len, int is_html,
			const char *declared, enum ingest_charset forced, const char *want,
			enum ingest_charset want_cs, const char *want_why)
{
	struct decoded r;
	decode(&r, data, len, is_html, declared, forced);
	if (r.rc != 0)
		fail_msg("%s: failed: %s", what, r.err);
	if (strcmp(r.out.p, want) != 0)
		fail_msg("%s: got \"%s\", want \"%s\"", what, r.out.p, want);
	if (r.cs != want_cs || strcmp(r.why, want_why) != 0)
		fail_msg("%s: %s (%s), want %s (%s)", what, ingest_charset_name(r.cs), r.why,
			 ingest_charset_name(want_cs), want_why);
	decoded_release(&r);
}

static void expect_error(const char *what, const char *data, size_t len, int is_html,
			 const char *declared, enum ingest_charset forced, const char *want_err)
{
	struct decoded r;
	decode(&r, data, len, is_html, declared, forced);
	if (r.rc == 0)
		fail_msg("%s: decoded as %s, want the error \"%s\"", what, ingest_charset_name(r.cs),
			 want_err);
	if (!strstr(r.err, want_err))
		fail_msg("%s: error \"%s\" lacks \"%s\"", what, r.err, want_err);
	assert_int_equal(r.out.len, 0);
	decoded_release(&r);
}

#define S(x) x, sizeof(x) - 1

static void test_utf(void **state)
{
	expect_text("plain UTF-8", S("Quy định 57-QĐ/TW"), 0, NULL, CS_UNKNOWN, "Quy định 57-QĐ/TW",
		    CS_UTF8, "detected");
	expect_text("UTF-8 with a BOM", S("\xEF\xBB\xBFQuy định"), 0, NULL, CS_UNKNOWN, "Quy định",
		    CS_UTF8, "BOM");
	expect_text("NFD UTF-8 comes out NFC", S("Vie\xcc\x82\xcc\xa3t"), 0, NULL, CS_UNKNOWN, "Việt",
		    CS_UTF8, "detected");
	expect_text("empty", "", 0, 0, NULL, CS_UNKNOWN, "", CS_UTF8, "detected");

	const char *text = "Cộng hòa xã hội chủ nghĩa Việt Nam\n";
	for (int be = 0; be <= 1; be++) {
		size_t len;
		char *data = utf16(text, be, &len);
		expect_text(be ? "UTF-16BE with a BOM" : "UTF-16LE with a BOM", data, len, 0, NULL,
			    CS_UNKNOWN, text, be ? CS_UTF16BE : CS_UTF16LE, "BOM");
		/* Without its BOM, the NULs give it away. */
		expect_text(be ? "UTF-16BE, no BOM" : "UTF-16LE, no BOM", data + 2, len - 2, 0, NULL,
			    CS_UNKNOWN, text, be ? CS_UTF16BE : CS_UTF16LE, "detected");
		/* Declared "utf-16": the BOM says which way round. */
		expect_text("declared utf-16", data, len, 0, "utf-16", CS_UNKNOWN, text,
			    CS_UTF16LE, "declared");
		free(data);
	}
	expect_text("UTF-16LE, ASCII only, no BOM", S("N\0o\0 \0B\0O\0M\0"), 0, NULL, CS_UNKNOWN,
		    "No BOM", CS_UTF16LE, "detected");
	expect_error("UTF-32", S("\xFF\xFE\0\0a\0\0\0"), 0, NULL, CS_UNKNOWN, "UTF-32");
	expect_error("UTF-32BE", S("\0\0\xFE\xFF\0\0\0a"), 0, NULL, CS_UNKNOWN, "UTF-32");
}

/* "Việt Nam" in Windows-1258: ê, then a combining dot below. */
#define CP1258_VIET "Vi\xea\xf2t Nam"
/* "Tiếng Việt" in TCVN3. */
#define TCVN3_TV "Ti\xd5ng Vi\xd6t"

static void test_declared(void **state)
{
	expect_text("declared windows-1258", S(CP1258_VIET), 0, "windows-1258", CS_UNKNOWN,
		    "Việt Nam", CS_CP1258, "declared");
	expect_text("declared tcvn3 beats the detector", S(TCVN3_TV), 0, "TCVN3", CS_UNKNOWN,
		    "Tiếng Việt", CS_TCVN3, "declared");
	expect_text("an unknown declared name is passed over", S(TCVN3_TV), 0, "x-unknown",
		    CS_UNKNOWN, "Tiếng Việt", CS_TCVN3, "detected");
	expect_text("forced beats declared", S(TCVN3_TV), 0, "windows-1258", CS_TCVN3,
		    "Tiếng Việt", CS_TCVN3, "forced");
	expect_text("declared beats the BOM", S("\xEF\xBB\xBF" "caf\xe9"), 0, "iso-8859-1",
		    CS_UNKNOWN, "ï»¿café", CS_LATIN1, "declared");
	expect_text("forced latin1", S("caf\xe9 cr\xe8me"), 0, NULL, CS_LATIN1, "café crème",
		    CS_LATIN1, "forced");
	expect_error("declared utf-8, not UTF-8", S("Vi\xea\xf2t"), 0, "UTF-8", CS_UNKNOWN,
		     "not valid UTF-8 at byte offset 2 (declared utf-8)");
	expect_error("a UTF-8 BOM, then not UTF-8", S("\xEF\xBB\xBFVi\xea\xf2t"), 0, NULL,
		     CS_UNKNOWN, "not valid UTF-8 at byte offset 5 (it has a UTF-8 BOM)");
	expect_error("forced utf-8, not UTF-8", S("ab\xff"), 0, NULL, CS_UTF8,
		     "not valid UTF-8 at byte offset 2 (forced utf-8)");
}

static void test_meta(void **state)
{
	expect_text("<meta charset>",
		    S("<html><head><meta charset=\"windows-1258\"><title>" CP1258_VIET "</title>"),
		    1, NULL, CS_UNKNOWN, "<html><head><meta charset=\"windows-1258\"><title>Việt Nam</title>",
		    CS_CP1258, "meta");
	expect_text("<meta http-equiv>",
		    S("<HTML><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=TCVN3\">"
		      TCVN3_TV),
		    1, NULL, CS_UNKNOWN,
		    "<HTML><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=TCVN3\">"
		    "Tiếng Việt", CS_TCVN3, "meta");
	expect_text("a <meta> saying UTF-16 means UTF-8",
		    S("<meta charset=utf-16><p>Việt"), 1, NULL, CS_UNKNOWN,
		    "<meta charset=utf-16><p>Việt", CS_UTF8, "meta");
	expect_text("declared beats <meta>",
		    S("<meta charset=\"tcvn3\"><p>" CP1258_VIET), 1, "windows-1258", CS_UNKNOWN,
		    "<meta charset=\"tcvn3\"><p>Việt Nam", CS_CP1258, "declared");
	expect_text("no <meta> outside HTML",
		    S("<meta charset=\"windows-1258\"> " TCVN3_TV), 0, NULL, CS_UNKNOWN,
		    "<meta charset=\"windows-1258\"> Tiếng Việt", CS_TCVN3, "detected");
	expect_text("<metadata> is no <meta>",
		    S("<metadata charset=\"windows-1258\"> " TCVN3_TV), 1, NULL, CS_UNKNOWN,
		    "<metadata charset=\"windows-1258\"> Tiếng Việt", CS_TCVN3, "detected");
	expect_error("<meta> utf-8, not UTF-8", S("<meta charset=utf-8><p>Vi\xea\xf2t"), 1, NULL,
		     CS_UNKNOWN, "not valid UTF-8 at byte offset 25 (its <meta> says utf-8)");
}

/* ---- the legacy decoders ----------------------------------------------------- */

static void test_legacy(void **state)
{
	static const struct {
		enum ingest_charset cs;
		const char *in, *want;
	} rows[] = {
		/* TCVN3: capitals lost to .VnTimeH come back in capital words and lines. */
		{ CS_TCVN3, "C\xe9NG H\xdf" "A X\xb7 H\xe9I", "CỘNG HÒA XÃ HỘI" },
		{ CS_TCVN3, "B\xe9 T\xb5I CH\xddNH\n", "BỘ TÀI CHÍNH\n" },
		{ CS_TCVN3, "M\xfc v\xb5 H\xb5 N\xe9i", "Mỹ và Hà Nội" },
		{ CS_TCVN3, "TP H\xe5 Ch\xdd Minh", "TP Hồ Chí Minh" },
		{ CS_TCVN3, "TIN \xa7I\xd6N T\xf6 CH\xddNH", "TIN ĐIỆN TỬ CHÍNH" },
		{ CS_TCVN3, "C\xabNG B\xb8O/S\xe8 851/Ng\xb5y 01-7-2025", "CÔNG BÁO/Số 851/Ngày 01-7-2025" },
		{ CS_TCVN3, "\xa7\xb8nh gi\xb8 30\xb0" "C \x93x\x94", "Đánh giá 30°C “x”" },
		{ CS_TCVN3, "\xc1U", "ẦU" }, /* VN2's capitals in 0xA0-0xFF */
		/* VN1: capitals in C0 and 0x80-0x9F, combining tones at 0xB0-0xB4. */
		{ CS_TCVN5712, "C\x97NG \x01 \x02 a\xb3 a\xb4", "CỘNG Ú Ụ á ạ" },
		{ CS_VISCII, "Vi\xaet \x02 \x19", "Việt Ẳ Ỹ" },
		/* VNI: base letter + marks; its own letters. */
		{ CS_VNI, "ch\xe6 Vie\xe4t Nam", "chỉ Việt Nam" },
		{ CS_VNI, "\xd1" "A\xca" "NG \xd1" "a\xeft", "ĐĂNG Đạt" },
		{ CS_VNI, "ng\xf6\xf4\xf8i NG\xd6\xd4\xd8I", "người NGƯỜI" },
		{ CS_VNI, "ky\xf5 My\xf5 ky\xfb", "kỹ Mỹ kỷ" },
		/* The npm table's codes still read right... */
		{ CS_VNI, "k\xec s\xf6 M\xec qu\xec lu\xec k\xeb th\xec", "kỹ sư Mỹ quỹ luỹ kỷ thì" },
		/* ...unless the text uses the real ones: then 0xEC is ì. */
		{ CS_VNI, "k\xec My\xf5", "kì Mỹ" },
		/* A mark with nothing to sit on is what Windows-1252 shows. */
		{ CS_VNI, "\xf9 1\xe2", "ù 1â" },
		{ CS_LATIN1, "\x80 \x93x\x94 \xe9", "€ “x” é" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct decoded r;
		decode(&r, rows[i].in, strlen(rows[i].in), 0, NULL, rows[i].cs);
		if (r.rc != 0 || strcmp(r.out.p, rows[i].want) != 0)
			fail_msg("%s row %zu: got \"%s\", want \"%s\"", ingest_charset_name(rows[i].cs),
				 i, r.rc ? r.err : r.out.p, rows[i].want);
		decoded_release(&r);
	}
}

/* ---- the detector: what it refuses ------------------------------------------ */

static void test_refused(void **state)
{
	/* High bytes at random in words: no encoding makes syllables of them. */
	struct buf g = BUF_INIT;
	uint32_t x = 12345;
	for (int w = 0; w < 400; w++) {
		x = x * 1103515245u + 12345u;
		int n = 2 + (int)(x >> 16) % 6;
		for (int k = 0; k < n; k++) {
			x = x * 1103515245u + 12345u;
			unsigned v = (x >> 16) & 0xFF;
			buf_addc(&g, (char)(v & 1 ? 0x80 | v : 'a' + v % 26));
		}
		buf_addc(&g, ' ');
	}
	expect_error("random high bytes", g.p, g.len, 0, NULL, CS_UNKNOWN,
		     "cannot tell the text encoding (closest: ");
	expect_error("random high bytes", g.p, g.len, 0, NULL, CS_UNKNOWN, "; use --encoding");
	buf_release(&g);

	/* French in Latin-1 is not Vietnamese: it has to be asked for. */
	expect_error("Latin-1 French", S("Le caf\xe9 de la gare est ferm\xe9 depuis l'\xe9t\xe9 "
					 "derni\xe8re, h\xe9las, \xe0 cause des travaux."),
		     0, NULL, CS_UNKNOWN, "cannot tell the text encoding");

	/* UTF-8 but for one byte: damaged, not another encoding. */
	expect_error("one bad byte in UTF-8",
		     S("Quy định số 57-QĐ/TW của Bộ Chính trị về \xffmột số vấn đề bảo vệ chính "
		       "trị nội bộ Đảng, ngày 08 tháng 02 năm 2022."),
		     0, NULL, CS_UNKNOWN, "not valid UTF-8 at byte offset 56, though the rest is UTF-8");

	/* UTF-8 cut inside its last character (the first half of the Labour
	 * Code, its writer to write the rest): no damage, no other encoding. */
	expect_error("UTF-8 cut inside a character",
		     S("Điều 24. Thử việc\n1. Người sử dụng lao động và người lao động có thể thỏa "
		       "thuận nội dung thử vi\xe1\xbb"),
		     0, NULL, CS_UNKNOWN, "UTF-8 that ends inside a character at byte offset 130: "
		     "a file cut short, or still being written?");
	expect_error("UTF-8 cut after a lead byte", S("Nội dung thử việc ghi trong hợp đồng lao \xc4"),
		     0, NULL, CS_UNKNOWN, "ends inside a character at byte offset 52");
	expect_error("a character cut, then more text",
		     S("Nội dung thử việc ghi trong hợp đồng lao \xc4 động."),
		     0, NULL, CS_UNKNOWN, "though the rest is UTF-8");

	/* Quotes and dashes from Windows in English text: nothing Vietnamese to
	 * go wrong, read as Windows-1258. */
	expect_text("Windows quotes", S("\x93Quoted\x94 \x96 text"), 0, NULL, CS_UNKNOWN,
		    "“Quoted” – text", CS_CP1258, "detected");
}

int main(void)
{
	const struct CMUnitTest names[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_syllables),
	};
	const struct CMUnitTest decoding[] = {
		cmocka_unit_test(test_utf),
		cmocka_unit_test(test_declared),
		cmocka_unit_test(test_meta),
		cmocka_unit_test(test_legacy),
		cmocka_unit_test(test_refused),
	};
	const struct CMUnitTest samples[] = {
		cmocka_unit_test(test_syllable_list),
		cmocka_unit_test(test_samples),
	};
	int failed = 0;
	failed += cmocka_run_group_tests_name("names", names, NULL, NULL);
	failed += cmocka_run_group_tests_name("decoding", decoding, NULL, NULL);
	failed += cmocka_run_group_tests_name("samples", samples, NULL, NULL);
	/* A sum of failures could hit 77 or 99, which automake reads as SKIP
	 * or ERROR. */
	return failed ? 1 : 0;
}
