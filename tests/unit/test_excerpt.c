/* test_excerpt.c — unit tables for query/excerpt.c: the passage query_excerpt_make picks for a query and the words it marks. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query/query.h"
#include "query/query_int.h"
#include "util/util.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))
#define WHOLE ((size_t)-1)

/* A long text: the match sits in the middle of filler on both sides. */
#define FILLER "Nội dung khác của văn bản không liên quan. "
#define FILLER4 FILLER FILLER FILLER FILLER
#define FILLER16 FILLER4 FILLER4 FILLER4 FILLER4

/* Each row: a query, a text, the range of it to look in (WHOLE: all), the
 * excerpt's length in characters, a cited number's byte range (0, 0: none),
 * then the excerpt with its marks as «», and where in the text it starts. */
static const struct {
	const char *query, *text;
	size_t from, to, max_chars;
	size_t place_start, place_end;
	const char *want;
	size_t want_start;
} rows[] = {
	/* A word, typed with marks or without; capitals as written. */
	{ "đào tạo", "Công tác đào tạo cán bộ năm 2022.", 0, WHOLE, 200, 0, 0,
	  "Công tác «đào tạo» cán bộ năm 2022.", 0 },
	{ "dao tao", "Công tác ĐÀO TẠO cán bộ năm 2022.", 0, WHOLE, 200, 0, 0,
	  "Công tác «ĐÀO TẠO» cán bộ năm 2022.", 0 },
	/* Typed with marks: the exact form only, when the text has it; the
	 * folded form when it has only that. */
	{ "đường", "Con đường ở đây, con dương ở kia.", 0, WHOLE, 200, 0, 0,
	  "Con «đường» ở đây, con dương ở kia.", 0 },
	{ "đường", "Con dương ở kia.", 0, WHOLE, 200, 0, 0,
	  "Con «dương» ở kia.", 0 },
	{ "duong", "Con đường ở đây, con dương ở kia.", 0, WHOLE, 200, 0, 0,
	  "Con «đường» ở đây, con «dương» ở kia.", 0 },
	/* Old and new tone placement. */
	{ "hoà", "Hoà bình và hòa hợp.", 0, WHOLE, 200, 0, 0,
	  "«Hoà» bình và «hòa» hợp.", 0 },
	/* A phrase: the words in order, and where the query has only white
	 * space, only white space (line breaks too); not its words alone. */
	{ "\"hợp đồng lao động\"",
	  "Ký hợp đồng lao động rồi. Sau đó, hợp đồng. Lao động chăm chỉ.",
	  0, WHOLE, 200, 0, 0,
	  "Ký «hợp đồng lao động» rồi. Sau đó, hợp đồng. Lao động chăm chỉ.", 0 },
	{ "\"hợp đồng lao động\"",
	  "Người sử dụng ký hợp đồng\nlao động với người lao động.",
	  0, WHOLE, 200, 0, 0,
	  "Người sử dụng ký «hợp đồng lao động» với người lao động.", 0 },
	{ "\"lao động hợp đồng\"", "Ký hợp đồng lao động.", 0, WHOLE, 200, 0, 0,
	  "Ký hợp đồng lao động.", 0 },
	/* The phrase only across punctuation: marked all the same. */
	{ "\"chuyên gia kỹ sư\"", "Đội ngũ chuyên gia, kỹ sư được tuyển.", 0, WHOLE, 200, 0, 0,
	  "Đội ngũ «chuyên gia», «kỹ sư» được tuyển.", 0 },
	/* A match that starts the query again is a mark of its own, not one
	 * with the match before it (uts-vlc-laws bo-luat-lao-dong.txt, Điều
	 * 198; luat-doanh-nghiep-nha-nuoc.txt, Điều 1); the query's words in
	 * order across a line are one. */
	{ "đình công", "Điều 198. Đình công\n\nĐình công là sự ngừng việc tạm thời.", 0, WHOLE, 200, 0, 0,
	  "Điều 198. «Đình công» «Đình công» là sự ngừng việc tạm thời.", 0 },
	{ "doanh nghiệp nhà nước",
	  "Điều 1. Doanh nghiệp nhà nước\nDoanh nghiệp nhà nước là tổ chức kinh tế do Nhà\nnước sở hữu.",
	  0, WHOLE, 200, 0, 0,
	  "Điều 1. «Doanh nghiệp nhà nước» «Doanh nghiệp nhà nước» là tổ chức kinh tế do "
	  "«Nhà nước» sở hữu.", 0 },
	/* Excluded words are not marked; OR marks either side. */
	{ "lao động -hợp", "Hợp đồng lao động.", 0, WHOLE, 200, 0, 0,
	  "Hợp đồng «lao động».", 0 },
	{ "cán OR viên", "Cán bộ và viên chức.", 0, WHOLE, 200, 0, 0,
	  "«Cán» bộ và «viên» chức.", 0 },
	/* A long text: the passage around the match, cut with "…" at both ends. */
	{ "đào tạo", FILLER16 "Công tác đào tạo cán bộ. " FILLER16, 0, WHOLE, 60, 0, 0,
	  "… quan. Công tác «đào tạo» cán bộ. Nội dung khác của văn bản …", 842 },
	/* The passage with the most distinct words wins over an earlier one
	 * with one word. */
	{ "đào tạo cán bộ", "Đào tạo nghề. " FILLER16 "Đào tạo cán bộ trẻ. " FILLER4, 0, WHOLE, 60, 0, 0,
	  "… không liên quan. «Đào tạo cán bộ» trẻ. Nội dung khác của văn …", 849 },
	/* No match: the start of the text. */
	{ "qxzzqqv", "Một văn bản không có từ đó.", 0, WHOLE, 200, 0, 0,
	  "Một văn bản không có từ đó.", 0 },
	{ "qxzzqqv", FILLER16, 0, WHOLE, 30, 0, 0,
	  "Nội dung khác của văn bản …", 0 },
	/* A range of the text: offsets stay the whole text's. */
	{ "đào tạo", "Mở đầu. Công tác đào tạo cán bộ. Kết thúc.", 13, 46, 200, 0, 0,
	  "… Công tác «đào tạo» cán bộ. …", 13 },
	/* A range with no words at all. */
	{ "đào tạo", "Mở đầu. --- ... Kết thúc.", 13, 20, 200, 0, 0,
	  "… --- ...", 13 },
	/* White space and control characters fold to one space; an escape
	 * sequence never reaches the terminal; decomposed text is composed. */
	{ "cán bộ", "Công tác\n\n\tcán   bộ\x1b[31m đỏ.", 0, WHOLE, 200, 0, 0,
	  "Công tác «cán bộ» [31m đỏ.", 0 },
	/* Two words typed side by side: the window where they stand as one
	 * word, in the query's order, over the one where they meet the other
	 * way round ("Việc thử nghiệm") or across punctuation. */
	{ "thử việc", "Việc thử nghiệm được phép. " FILLER16 "Ký hợp đồng thử việc hai tháng. " FILLER4,
	  0, WHOLE, 60, 0, 0, "… Ký hợp đồng «thử việc» hai tháng. Nội dung khác của văn bản …", 886 },
	{ "trợ cấp thôi việc", "Trợ cấp, thôi việc làm. " FILLER16 "Được trợ cấp thôi việc. " FILLER4,
	  0, WHOLE, 60, 0, 0, "… quan. Được «trợ cấp thôi việc». Nội dung khác của văn bản …", 874 },
	/* Across a line break the words of a phrase share one mark. */
	{ "hợp đồng lao động", "Ký hợp đồng\nlao động.", 0, WHOLE, 200, 0, 0,
	  "Ký «hợp đồng lao động».", 0 },
	{ "đào tạo", "Công tác \xc4\x91" "a\xcc\x80o ta\xcc\xa3o cán bộ.", 0, WHOLE, 200, 0, 0,
	  "Công tác «đào tạo» cán bộ.", 0 },
	/* A cited number: its parts, written apart, are one mark. */
	{ "57-QĐ/TW", "Quán triệt Quy định số 57- QĐ/TW, ngày 8/2/2022.", 0, WHOLE, 200, 31, 41,
	  "Quán triệt Quy định số «57- QĐ/TW», ngày 8/2/2022.", 0 },
};

/* The excerpt with «» around each mark, after checking that the marks lie
 * in order inside the text. */
static char *shown(size_t row, const struct query_excerpt *e)
{
	struct buf b = BUF_INIT;
	size_t at = 0, len = strlen(e->text);
	for (size_t i = 0; i < e->nmarks; i++) {
		if (e->marks[i].start < at || e->marks[i].end < e->marks[i].start ||
		    e->marks[i].end > len)
			fail_msg("row %zu: mark %zu [%zu, %zu) out of order or past the text", row, i,
				 e->marks[i].start, e->marks[i].end);
		buf_add(&b, e->text + at, e->marks[i].start - at);
		buf_adds(&b, "«");
		buf_add(&b, e->text + e->marks[i].start, e->marks[i].end - e->marks[i].start);
		buf_adds(&b, "»");
		at = e->marks[i].end;
	}
	buf_add(&b, e->text + at, len - at);
	char *r = xstrndup(b.p ? b.p : "", b.len);
	buf_release(&b);
	return r;
}

/* Row i's excerpt as shown, and its source_start; made with tz (one that
 * outlives the row) when given. */
static char *make_with(struct text_tokeniser *tz, size_t i, size_t *start)
{
	struct query *q = NULL;
	char *err = NULL;
	if (query_parse(rows[i].query, strlen(rows[i].query), &q, &err) < 0)
		fail_msg("row %zu: query '%s' not read: %s", i, rows[i].query, err);
	size_t len = strlen(rows[i].text);
	struct idx_cite_place place = { rows[i].place_start, rows[i].place_end, 0, len };
	struct query_excerpt e;
	size_t to = rows[i].to == WHOLE ? len : rows[i].to, nplaces = rows[i].place_end ? 1 : 0;
	if (tz)
		query_excerpt_make_with(tz, q, rows[i].text, len, rows[i].from, to, rows[i].max_chars,
					&place, nplaces, &e);
	else
		query_excerpt_make(q, rows[i].text, len, rows[i].from, to, rows[i].max_chars, &place,
				   nplaces, &e);
	char *r = shown(i, &e);
	*start = e.source_start;
	query_excerpt_release(&e);
	query_free(q);
	return r;
}

static char *make(size_t i, size_t *start)
{
	return make_with(NULL, i, start);
}

static void test_excerpt_table(void **state)
{
	(void)state;
	int bad = 0;
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		size_t start;
		char *got = make(i, &start);
		if (strcmp(got, rows[i].want) != 0 || start != rows[i].want_start) {
			print_error("row %zu, '%s':\n  got  %s @%zu\n  want %s @%zu\n", i, rows[i].query,
				    got, start, rows[i].want, rows[i].want_start);
			bad++;
		}
		free(got);
	}
	if (bad)
		fail_msg("%d of %zu rows differ", bad, N_ELEMS(rows));
}

/* One tokeniser for every row, twice over, both ways (as a server thread
 * keeps one for all its searches): the syllables it remembers from one
 * passage change nothing in the next. */
static void test_excerpt_shared_tokeniser(void **state)
{
	(void)state;
	struct text_tokeniser *tz = text_tokeniser_new();
	size_t n = N_ELEMS(rows);
	for (size_t k = 0; k < 2 * n; k++) {
		size_t i = k < n ? k : 2 * n - 1 - k, start;
		char *got = make_with(tz, i, &start);
		if (strcmp(got, rows[i].want) != 0 || start != rows[i].want_start)
			fail_msg("row %zu, pass %zu, '%s':\n  got  %s @%zu\n  want %s @%zu", i,
				 k / n + 1, rows[i].query, got, start, rows[i].want, rows[i].want_start);
		free(got);
	}
	text_tokeniser_free(tz);
}

/* query_excerpt_release on a released or zeroed excerpt, and on NULL, is safe. */
static void test_release(void **state)
{
	(void)state;
	struct query_excerpt e = { 0 };
	query_excerpt_release(&e);
	query_excerpt_release(&e);
	query_excerpt_release(NULL);
}

/* test_excerpt --dump prints every row's excerpt as made now: the values
 * for a new row. */
int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--dump") == 0) {
		for (size_t i = 0; i < N_ELEMS(rows); i++) {
			size_t start;
			char *got = make(i, &start);
			printf("%zu\t%s\t%zu\n", i, got, start);
			free(got);
		}
		return 0;
	}
	const struct CMUnitTest excerpt[] = {
		cmocka_unit_test(test_excerpt_table),
		cmocka_unit_test(test_excerpt_shared_tokeniser),
		cmocka_unit_test(test_release),
	};
	return cmocka_run_group_tests_name("excerpt", excerpt, NULL, NULL) ? 1 : 0;
}
