/* test_export.c — unit tables for query/export.c: citations of cards and documents as CSL-JSON, biblatex and RIS, with hostile text escaped and unknown fields left out. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query/query.h"
#include "util/util.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* A title (subject) a reference manager or LaTeX would choke on: braces, a
 * percent sign, quotes, a line break, a tab, LaTeX's other specials and a
 * backslash. */
#define HOSTILE "kế hoạch {A} đạt 50% \"mục tiêu\"\nnăm\t& #1 $x_y ~^\\"

struct card_row {
	const char *type, *type_code, *issuer, *date, *subject, *canonical, *conflicts;
	int letterhead; /* the top votes are the letterhead's */
	const char *url;  /* its own text's source, or NULL */
	enum query_export_format f;
	const char *want;
};

static const struct card_row card_rows[] = {
	/* A Party regulation named by its subject after "về". */
	{ "Quy định", "QĐ", "Ban Bí thư", "2022-02-08",
	  "đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị", "57-QĐ/TW", NULL, 0, NULL,
	  QUERY_EXPORT_CSL_JSON,
	  "[\n  {\n    \"id\": \"quydinh-57-qd-tw-2022\",\n    \"type\": \"legislation\",\n"
	  "    \"title\": \"Quy định về đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị\",\n"
	  "    \"number\": \"57-QĐ/TW\",\n    \"author\": [{\"literal\": \"Ban Bí thư\"}],\n"
	  "    \"authority\": \"Ban Bí thư\",\n    \"issued\": {\"date-parts\": [[2022, 2, 8]]},\n"
	  "    \"jurisdiction\": \"vn\",\n    \"language\": \"vi\"\n  }\n]\n" },
	/* A law is named by type and subject, without "về"; its own text is a
	 * web page, cited by URL (braces and spaces percent-encoded). */
	{ "Bộ luật", NULL, "Quốc hội", "2019-11-20", "Lao động", "45/2019/QH14", NULL, 1,
	  "https://example.vn/luat {45}.html", QUERY_EXPORT_BIBTEX,
	  "@legislation{boluat-45-2019-qh14,\n  author   = {{Quốc hội}},\n"
	  "  title    = {Bộ luật Lao động},\n  number   = {45/2019/QH14},\n"
	  "  date     = {2019-11-20},\n  url      = {https://example.vn/luat%20%7B45%7D.html},\n"
	  "  langid   = {vietnamese},\n}\n" },
	/* A decree whose subject says what it does: no "về". */
	{ "Nghị định", "NĐ", "Chính phủ", "2021-10-18",
	  "sửa đổi, bổ sung một số điều của Nghị định số 101/2017/NĐ-CP", "89/2021/NĐ-CP", NULL, 0,
	  "http://vanban.gov.vn/89.html", QUERY_EXPORT_RIS,
	  "TY  - STAT\nTI  - Nghị định sửa đổi, bổ sung một số điều của Nghị định số 101/2017/NĐ-CP\n"
	  "AU  - Chính phủ\nM1  - 89/2021/NĐ-CP\nDA  - 2021/10/18/\nPY  - 2021\n"
	  "UR  - http://vanban.gov.vn/89.html\nLA  - vi\nER  - \n" },
	/* A body whose name holds a comma (6316/BVHTTDL-VP, tvpl-legal-news):
	 * one name everywhere. Zotero splits an AU at its first ASCII comma
	 * into a person's names, so RIS writes it U+201A; biblatex braces it
	 * and CSL-JSON gives it as a literal, the comma kept. */
	{ "Công văn", "CV", "Bộ Văn hóa, Thể thao và Du lịch", "2025-11-21", "giao nhiệm vụ",
	  "6316/BVHTTDL-VP", NULL, 1, NULL, QUERY_EXPORT_RIS,
	  "TY  - STAT\nTI  - Công văn giao nhiệm vụ\nAU  - Bộ Văn hóa\xE2\x80\x9A Thể thao và Du lịch\n"
	  "M1  - 6316/BVHTTDL-VP\nDA  - 2025/11/21/\nPY  - 2025\nLA  - vi\nER  - \n" },
	{ "Công văn", "CV", "Bộ Văn hóa, Thể thao và Du lịch", "2025-11-21", "giao nhiệm vụ",
	  "6316/BVHTTDL-VP", NULL, 1, NULL, QUERY_EXPORT_BIBTEX,
	  "@legislation{congvan-6316-bvhttdl-vp-2025,\n  author   = {{Bộ Văn hóa, Thể thao và Du lịch}},\n"
	  "  title    = {Công văn giao nhiệm vụ},\n  number   = {6316/BVHTTDL-VP},\n"
	  "  date     = {2025-11-21},\n  langid   = {vietnamese},\n}\n" },
	{ "Công văn", "CV", "Bộ Văn hóa, Thể thao và Du lịch", "2025-11-21", "giao nhiệm vụ",
	  "6316/BVHTTDL-VP", NULL, 1, NULL, QUERY_EXPORT_CSL_JSON,
	  "[\n  {\n    \"id\": \"congvan-6316-bvhttdl-vp-2025\",\n    \"type\": \"legislation\",\n"
	  "    \"title\": \"Công văn giao nhiệm vụ\",\n    \"number\": \"6316/BVHTTDL-VP\",\n"
	  "    \"author\": [{\"literal\": \"Bộ Văn hóa, Thể thao và Du lịch\"}],\n"
	  "    \"authority\": \"Bộ Văn hóa, Thể thao và Du lịch\",\n"
	  "    \"issued\": {\"date-parts\": [[2025, 11, 21]]},\n"
	  "    \"jurisdiction\": \"vn\",\n    \"language\": \"vi\"\n  }\n]\n" },
	/* A heading's verb in lower case after the type; a name in it kept. */
	{ "Kế hoạch", "KH", "Tỉnh ủy Nghệ An", "2024-03-05",
	  "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị", "12-KH/TU", NULL, 1, NULL,
	  QUERY_EXPORT_RIS,
	  "TY  - STAT\nTI  - Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n"
	  "AU  - Tỉnh ủy Nghệ An\nM1  - 12-KH/TU\nDA  - 2024/03/05/\nPY  - 2024\nLA  - vi\nER  - \n" },
	/* A law's name from its letterhead in capitals reads as a sentence. */
	{ "Luật", NULL, "Quốc hội", "2020-06-17", "DOANH NGHIỆP", "59/2020/QH14", NULL, 1, NULL,
	  QUERY_EXPORT_RIS,
	  "TY  - STAT\nTI  - Luật Doanh nghiệp\nAU  - Quốc hội\nM1  - 59/2020/QH14\n"
	  "DA  - 2020/06/17/\nPY  - 2020\nLA  - vi\nER  - \n" },
	/* A card an older index stored in capitals: its proper names (the
	 * table's) keep theirs. */
	{ "Luật", NULL, "Quốc hội", "2006-06-29", "HÀNG KHÔNG DÂN DỤNG VIỆT NAM", "66/2006/QH11", NULL,
	  1, NULL, QUERY_EXPORT_RIS,
	  "TY  - STAT\nTI  - Luật Hàng không dân dụng Việt Nam\nAU  - Quốc hội\nM1  - 66/2006/QH11\n"
	  "DA  - 2006/06/29/\nPY  - 2006\nLA  - vi\nER  - \n" },
	/* Hostile text: escaped for LaTeX, one line everywhere, JSON-escaped. */
	{ "Kế hoạch", "KH", "Bộ {X} & Y", "2020", HOSTILE, "12/KH-BXY", NULL, 0, NULL,
	  QUERY_EXPORT_BIBTEX,
	  "@legislation{kehoach-12-kh-bxy-2020,\n  author   = {{Bộ \\{X\\} \\& Y}},\n"
	  "  title    = {Kế hoạch về kế hoạch \\{A\\} đạt 50\\% {\"}mục tiêu{\"} năm \\& \\#1 "
	  "\\$x\\_y \\textasciitilde{}\\textasciicircum{}\\textbackslash{}},\n"
	  "  number   = {12/KH-BXY},\n  date     = {2020},\n  langid   = {vietnamese},\n}\n" },
	{ "Kế hoạch", "KH", "Bộ {X} & Y", "2020", HOSTILE, "12/KH-BXY", NULL, 0, NULL,
	  QUERY_EXPORT_CSL_JSON,
	  "[\n  {\n    \"id\": \"kehoach-12-kh-bxy-2020\",\n    \"type\": \"legislation\",\n"
	  "    \"title\": \"Kế hoạch về kế hoạch {A} đạt 50% \\\"mục tiêu\\\" năm & #1 $x_y ~^\\\\\",\n"
	  "    \"number\": \"12/KH-BXY\",\n    \"author\": [{\"literal\": \"Bộ {X} & Y\"}],\n"
	  "    \"authority\": \"Bộ {X} & Y\",\n    \"issued\": {\"date-parts\": [[2020]]},\n"
	  "    \"jurisdiction\": \"vn\",\n    \"language\": \"vi\"\n  }\n]\n" },
	{ "Kế hoạch", "KH", "Bộ {X} & Y", "2020-05", HOSTILE, "12/KH-BXY", NULL, 0, NULL,
	  QUERY_EXPORT_RIS,
	  "TY  - STAT\nTI  - Kế hoạch về kế hoạch {A} đạt 50% \"mục tiêu\" năm & #1 $x_y ~^\\\n"
	  "AU  - Bộ {X} & Y\nM1  - 12/KH-BXY\nDA  - 2020/05//\nPY  - 2020\nLA  - vi\nER  - \n" },
	/* A date and an issuer the mentions dispute, no letterhead: left out;
	 * no subject: the title is the type and number. */
	{ "Quyết định", "QĐ", "Thủ tướng Chính phủ", "2015-03-01", NULL, "98/QĐ-TTg", "date,issuer",
	  0, NULL, QUERY_EXPORT_RIS,
	  "TY  - STAT\nTI  - Quyết định số 98/QĐ-TTg\nM1  - 98/QĐ-TTg\nLA  - vi\nER  - \n" },
	/* The same with the letterhead's word: kept. */
	{ "Quyết định", "QĐ", "Thủ tướng Chính phủ", "2015-03-01", NULL, "98/QĐ-TTg", "date,issuer",
	  1, NULL, QUERY_EXPORT_RIS,
	  "TY  - STAT\nTI  - Quyết định số 98/QĐ-TTg\nAU  - Thủ tướng Chính phủ\nM1  - 98/QĐ-TTg\n"
	  "DA  - 2015/03/01/\nPY  - 2015\nLA  - vi\nER  - \n" },
	/* A date without a year is no date. */
	{ "Thông tư", "TT", "Bộ Tài chính", "--03-01", "thuế", "10/TT-BTC", NULL, 0, NULL,
	  QUERY_EXPORT_CSL_JSON,
	  "[\n  {\n    \"id\": \"thongtu-10-tt-btc\",\n    \"type\": \"legislation\",\n"
	  "    \"title\": \"Thông tư về thuế\",\n    \"number\": \"10/TT-BTC\",\n"
	  "    \"author\": [{\"literal\": \"Bộ Tài chính\"}],\n    \"authority\": \"Bộ Tài chính\",\n"
	  "    \"jurisdiction\": \"vn\",\n    \"language\": \"vi\"\n  }\n]\n" },
};

static struct idx_vote *one_vote(const char *v, int letterhead)
{
	struct idx_vote *vote = xcalloc(1, sizeof *vote);
	vote->value = xstrdup(v);
	vote->support = 3;
	vote->letterhead = letterhead;
	return vote;
}

static void test_card_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < N_ELEMS(card_rows); i++) {
		const struct card_row *r = &card_rows[i];
		struct idx_card c = { 0 };
		c.canonical = xstrdup(r->canonical);
		c.kind = xstrdup("qppl");
		c.type_code = r->type_code ? xstrdup(r->type_code) : NULL;
		c.types = one_vote(r->type, r->letterhead);
		c.ntypes = 1;
		c.issuers = one_vote(r->issuer, r->letterhead);
		c.nissuers = 1;
		c.dates = one_vote(r->date, r->letterhead);
		c.ndates = 1;
		if (r->subject) {
			c.subjects = one_vote(r->subject, r->letterhead);
			c.nsubjects = 1;
		}
		c.conflicts = r->conflicts ? xstrdup(r->conflicts) : NULL;
		struct idx_record src = { .docid = 7, .source = (char *)r->url };
		struct buf out = BUF_INIT;
		query_export_begin(&out, r->f);
		query_export_card(&out, r->f, 0, &c, r->url ? &src : NULL, NULL, 0);
		query_export_end(&out, r->f);
		if (strcmp(out.p, r->want) != 0)
			fail_msg("row %zu (%s, %s):\n got: %s\nwant: %s", i, r->canonical,
				 query_export_format_name(r->f), out.p, r->want);
		buf_release(&out);
		idx_card_release(&c);
	}
}

struct record_row {
	const char *source, *title, *date, *issue_date, *site, *canonical_url;
	int inferred;
	enum query_export_format f;
	const char *want;
};

static const struct record_row record_rows[] = {
	/* A newspaper's page: an article in it, the paper by its site's name,
	 * its canonical URL. */
	{ "https://baochinhphu.vn/a?x=1", "Dấu ấn công tác đào tạo, bồi dưỡng cán bộ năm 2022",
	  "2023-01-27", NULL, "Báo Chính phủ", "https://baochinhphu.vn/a", 0, QUERY_EXPORT_CSL_JSON,
	  "[\n  {\n    \"id\": \"dau-an-cong-tac-2023-0123\",\n    \"type\": \"article-newspaper\",\n"
	  "    \"title\": \"Dấu ấn công tác đào tạo, bồi dưỡng cán bộ năm 2022\",\n"
	  "    \"issued\": {\"date-parts\": [[2023, 1, 27]]},\n"
	  "    \"container-title\": \"Báo Chính phủ\",\n    \"URL\": \"https://baochinhphu.vn/a\"\n"
	  "  }\n]\n" },
	{ "https://baochinhphu.vn/a?x=1", "Dấu ấn công tác đào tạo, bồi dưỡng cán bộ năm 2022",
	  "2023-01-27", NULL, "Báo Chính phủ", NULL, 0, QUERY_EXPORT_RIS,
	  "TY  - NEWS\nTI  - Dấu ấn công tác đào tạo, bồi dưỡng cán bộ năm 2022\n"
	  "DA  - 2023/01/27/\nPY  - 2023\nT2  - Báo Chính phủ\nUR  - https://baochinhphu.vn/a?x=1\n"
	  "ER  - \n" },
	/* A year inferred from the text is no date to cite; a local file has
	 * no URL; hostile text in the title. */
	{ "seeds/002.txt", HOSTILE, "2024-05-19", NULL, NULL, NULL, 1, QUERY_EXPORT_BIBTEX,
	  "@misc{ke-hoach-a-dat-0123,\n"
	  "  title    = {kế hoạch \\{A\\} đạt 50\\% {\"}mục tiêu{\"} năm \\& \\#1 \\$x\\_y "
	  "\\textasciitilde{}\\textasciicircum{}\\textbackslash{}},\n}\n" },
	{ "seeds/002.txt", HOSTILE, "2024-05-19", NULL, NULL, NULL, 1, QUERY_EXPORT_RIS,
	  "TY  - GEN\nTI  - kế hoạch {A} đạt 50% \"mục tiêu\" năm & #1 $x_y ~^\\\nER  - \n" },
	/* A page saved as a file that names its canonical URL is a web page;
	 * a newspaper's, an article in it, the paper named by the table when
	 * the page does not name it. */
	{ "saved/trang.html", "Trang lưu", "2023-02-01", NULL, "Dân trí",
	  "https://dantri.com.vn/a.htm", 0, QUERY_EXPORT_RIS,
	  "TY  - NEWS\nTI  - Trang lưu\nDA  - 2023/02/01/\nPY  - 2023\nT2  - Dân trí\n"
	  "UR  - https://dantri.com.vn/a.htm\nER  - \n" },
	{ "docs/news_society_001.txt", "Tuyến metro số 1", "2020-09-18", NULL, NULL,
	  "https://dantri.com.vn/xa-hoi/metro-so-1.htm", 0, QUERY_EXPORT_BIBTEX,
	  "@article{tuyen-metro-so-1-2020-0123,\n  title    = {Tuyến metro số 1},\n"
	  "  date     = {2020-09-18},\n  journaltitle = {Dân trí},\n"
	  "  entrysubtype = {newspaper},\n  url      = {https://dantri.com.vn/xa-hoi/metro-so-1.htm},\n}\n" },
	{ "https://congly.tuoitre.vn/a", "Tin", NULL, NULL, NULL, NULL, 0, QUERY_EXPORT_CSL_JSON,
	  "[\n  {\n    \"id\": \"tin-0123\",\n    \"type\": \"article-newspaper\",\n"
	  "    \"title\": \"Tin\",\n    \"container-title\": \"Tuổi Trẻ\",\n"
	  "    \"URL\": \"https://congly.tuoitre.vn/a\"\n  }\n]\n" },
	/* A Q&A site's answer is a web page; a host that only ends like a
	 * newspaper's is not one. */
	{ "https://thuvienphapluat.vn/phap-luat/ho-tro-phap-luat/a.html", "Hỏi đáp", NULL, NULL,
	  NULL, NULL, 0, QUERY_EXPORT_RIS,
	  "TY  - ELEC\nTI  - Hỏi đáp\nUR  - https://thuvienphapluat.vn/phap-luat/ho-tro-phap-luat/a.html\n"
	  "ER  - \n" },
	{ "https://notdantri.com.vn/a", "Khác", NULL, NULL, NULL, NULL, 0, QUERY_EXPORT_RIS,
	  "TY  - ELEC\nTI  - Khác\nUR  - https://notdantri.com.vn/a\nER  - \n" },
	/* An issue date wins over the publication date. */
	{ "http://x.vn/p", "Trang", "2024-05-19", "2024-05-01", NULL, NULL, 1, QUERY_EXPORT_BIBTEX,
	  "@online{trang-2024-0123,\n  title    = {Trang},\n  date     = {2024-05-01},\n"
	  "  url      = {http://x.vn/p},\n}\n" },
};

static void test_record_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < N_ELEMS(record_rows); i++) {
		const struct record_row *r = &record_rows[i];
		struct idx_record rec = {
			.docid = 3,
			.source = (char *)r->source,
			.title = (char *)r->title,
			.date = (char *)r->date,
			.date_inferred = r->inferred ? "1" : NULL,
			.issue_date = (char *)r->issue_date,
			.site_name = (char *)r->site,
			.canonical_url = (char *)r->canonical_url,
			.hash = "0123456789abcdef0123456789abcdef",
		};
		struct buf out = BUF_INIT;
		query_export_begin(&out, r->f);
		query_export_record(&out, r->f, 0, &rec, NULL);
		query_export_end(&out, r->f);
		if (strcmp(out.p, r->want) != 0)
			fail_msg("row %zu (%s, %s):\n got: %s\nwant: %s", i, r->source,
				 query_export_format_name(r->f), out.p, r->want);
		buf_release(&out);
	}
}

/* Two texts whose titles begin alike (two of a search's Q&A pages for
 * "thuế", tvpl-legal-news) are two entries: a key is one text's, not its
 * first words' (a reference manager keeps one entry of a key). The same
 * text keeps its key in every export. */
static void test_keys_apart(void **state)
{
	(void)state;
	struct idx_record a = { .docid = 1, .source = "a.md", .hash = "5c0e21aa",
				.title = "Cục Thuế nhận được công văn số 0909/2025/TAEK/CT ngày 9/9/2025 "
					 "của Công ty TNHH TKG Taekwang Cần Thơ" };
	struct idx_record b = { .docid = 2, .source = "b.md", .hash = "93d4e7f0",
				.title = "Cục Thuế nhận được Công văn số 15/CV-AS của Công ty Luật Anh Sĩ" };
	struct buf out = BUF_INIT;
	query_export_record(&out, QUERY_EXPORT_BIBTEX, 0, &a, NULL);
	query_export_record(&out, QUERY_EXPORT_BIBTEX, 1, &b, NULL);
	query_export_record(&out, QUERY_EXPORT_BIBTEX, 2, &a, NULL);
	assert_non_null(strstr(out.p, "@misc{cuc-thue-nhan-duoc-5c0e,"));
	assert_non_null(strstr(out.p, "@misc{cuc-thue-nhan-duoc-93d4,"));
	assert_non_null(strstr(strstr(out.p, "93d4,") , "@misc{cuc-thue-nhan-duoc-5c0e,"));
	buf_release(&out);
}

/* Two entries: CSL-JSON is one array with a comma between; the others
 * stand apart by a blank line. An empty list is still a valid array. */
static void test_lists(void **state)
{
	(void)state;
	struct idx_record rec = { .docid = 1, .source = "a.txt", .title = "A", .hash = "ff" };
	struct buf out = BUF_INIT;
	query_export_begin(&out, QUERY_EXPORT_CSL_JSON);
	query_export_record(&out, QUERY_EXPORT_CSL_JSON, 0, &rec, NULL);
	query_export_record(&out, QUERY_EXPORT_CSL_JSON, 1, &rec, NULL);
	query_export_end(&out, QUERY_EXPORT_CSL_JSON);
	assert_string_equal(out.p, "[\n  {\n    \"id\": \"a-ff\",\n    \"type\": \"document\",\n"
				   "    \"title\": \"A\"\n  },\n  {\n    \"id\": \"a-ff\",\n"
				   "    \"type\": \"document\",\n    \"title\": \"A\"\n  }\n]\n");
	buf_reset(&out);
	query_export_begin(&out, QUERY_EXPORT_CSL_JSON);
	query_export_end(&out, QUERY_EXPORT_CSL_JSON);
	assert_string_equal(out.p, "[\n]\n");
	buf_reset(&out);
	query_export_record(&out, QUERY_EXPORT_RIS, 0, &rec, NULL);
	query_export_record(&out, QUERY_EXPORT_RIS, 1, &rec, NULL);
	assert_string_equal(out.p, "TY  - GEN\nTI  - A\nER  - \n\nTY  - GEN\nTI  - A\nER  - \n");
	buf_release(&out);
}

static void test_format_names(void **state)
{
	(void)state;
	static const struct {
		const char *name;
		int ok;
		enum query_export_format f;
	} rows[] = {
		{ "csl-json", 1, QUERY_EXPORT_CSL_JSON }, { "CSL", 1, QUERY_EXPORT_CSL_JSON },
		{ "json", 1, QUERY_EXPORT_CSL_JSON },     { "bibtex", 1, QUERY_EXPORT_BIBTEX },
		{ "BibLaTeX", 1, QUERY_EXPORT_BIBTEX },   { "bib", 1, QUERY_EXPORT_BIBTEX },
		{ "ris", 1, QUERY_EXPORT_RIS },           { "endnote", 0, 0 },
		{ "", 0, 0 },                             { "csl-json ", 0, 0 },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		enum query_export_format f = QUERY_EXPORT_RIS;
		int rc = query_export_format_parse(rows[i].name, &f);
		if ((rc == 0) != rows[i].ok || (rows[i].ok && f != rows[i].f))
			fail_msg("format '%s': rc %d, format %d", rows[i].name, rc, (int)f);
	}
	assert_string_equal(query_export_format_name(QUERY_EXPORT_RIS), "ris");
	assert_string_equal(query_export_extension(QUERY_EXPORT_BIBTEX), "bib");
	assert_string_equal(query_export_mime(QUERY_EXPORT_CSL_JSON),
			    "application/vnd.citationstyles.csl+json; charset=utf-8");
	assert_string_equal(query_export_mime(QUERY_EXPORT_BIBTEX),
			    "application/x-bibtex; charset=utf-8");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_card_table),
		cmocka_unit_test(test_record_table),
		cmocka_unit_test(test_lists),
		cmocka_unit_test(test_keys_apart),
		cmocka_unit_test(test_format_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
