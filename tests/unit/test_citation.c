/* test_citation.c — unit tables for document numbers, their context, cite_parse and dates. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"
#include "text/text_int.h"
#include "util/util.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* The table must not shrink by accident. */
#define MIN_MENTION_ROWS 150
#define MIN_NEGATIVE_ROWS 30

static const char *const kind_names[] = { "PARTY", "QPPL", "LAW", "ADM", "CONG_VAN", "VBHN", "SHORT" };

static const char *kind_name(enum cite_kind k)
{
	return (size_t)k < N_ELEMS(kind_names) ? kind_names[k] : "?";
}

/* ---- the table of real mentions --------------------------------------------- */

struct first {
	int found;
	size_t count;
	struct cite_mention m;
};

static int keep_first(const struct cite_mention *m, void *ctx)
{
	struct first *f = ctx;
	if (!f->found) {
		f->found = 1;
		f->m = *m;
	}
	f->count++;
	return 0;
}

/* \n, \t and \\ in a field; unknown escapes stay as they are. */
static void unescape(const char *s, struct buf *out)
{
	buf_reset(out);
	buf_add(out, "", 0);
	for (; *s; s++) {
		if (*s == '\\' && (s[1] == 'n' || s[1] == 't' || s[1] == '\\')) {
			s++;
			buf_addc(out, *s == 'n' ? '\n' : *s == 't' ? '\t' : '\\');
		} else {
			buf_addc(out, *s);
		}
	}
}

enum { F_INPUT, F_KIND, F_CANON, F_TYPE, F_TYPE_NAME, F_ISSUER, F_ISSUER_NAME, F_DATE, F_LH,
       F_NOTE, N_FIELDS };

/* Splits line at tabs in place; returns the number of fields. */
static int split_tabs(char *line, char **f, int max)
{
	int n = 0;
	f[n++] = line;
	for (char *p = line; *p && n < max; p++)
		if (*p == '\t') {
			*p = '\0';
			f[n++] = p + 1;
		}
	return n;
}

struct got {
	char canon[CITE_MAX + 8];
	char date[11];
	char lh[2];
};

/* What the row's columns would say for mention m. */
static void describe(const struct cite_mention *m, struct got *g)
{
	if (m->num.kind == CITE_SHORT) {
		if (m->num.year)
			snprintf(g->canon, sizeof g->canon, "%s/%d", m->num.number, m->num.year);
		else
			snprintf(g->canon, sizeof g->canon, "%s", m->num.number);
	} else {
		snprintf(g->canon, sizeof g->canon, "%s", m->num.canonical);
	}
	g->date[0] = '\0';
	if (m->date.day)
		text_date_iso(&m->date, g->date);
	g->lh[0] = m->letterhead ? '1' : '0';
	g->lh[1] = '\0';
}

static int check_field(const char *path, unsigned line, const char *what, const char *got,
		       const char *want, const char *note)
{
	if (strcmp(got, want) == 0)
		return 0;
	print_error("%s:%u: %s: got \"%s\", want \"%s\" (%s)\n", path, line, what, got, want, note);
	return 1;
}

static char *table_path(void)
{
	const char *src = getenv("TRACUU_SRCDIR");
	return xasprintf("%s/tests/unit/citations.tsv", src && *src ? src : ".");
}

static void test_mention_table(void **state)
{
	char *path = table_path();
	char *data;
	size_t len;
	if (read_file(path, 4 << 20, &data, &len) < 0)
		fail_msg("cannot read %s: %s (set TRACUU_SRCDIR)", path, strerror(errno));
	struct buf input = BUF_INIT;
	unsigned line = 0, mentions = 0, negatives = 0, failures = 0;
	const char *end = data + len, *next;
	char *l = NULL;
	for (const char *p = data; p < end; p = next) {
		/* Lines are copied: read_file's buffer is not NUL-terminated
		 * past a raw read (util/file.c), so nothing here reads past len. */
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		next = nl ? nl + 1 : end;
		free(l);
		l = xstrndup(p, (size_t)((nl ? nl : end) - p));
		line++;
		if (*l == '#' || *l == '\0')
			continue;
		char *f[N_FIELDS + 1];
		if (split_tabs(l, f, N_FIELDS + 1) != N_FIELDS) {
			print_error("%s:%u: want %d fields\n", path, line, N_FIELDS);
			failures++;
			continue;
		}
		unescape(f[F_INPUT], &input);
		struct first first = { 0, 0, { 0 } };
		size_t n = cite_scan(input.p, input.len, keep_first, &first);
		if (n != first.count) {
			print_error("%s:%u: cite_scan returned %zu, reported %zu\n", path, line, n,
				    first.count);
			failures++;
		}
		if (strcmp(f[F_KIND], "NONE") == 0) {
			negatives++;
			if (first.found) {
				print_error("%s:%u: \"%.*s\" read as %s %s (%s)\n", path, line,
					    (int)(first.m.end - first.m.start), input.p + first.m.start,
					    kind_name(first.m.num.kind), first.m.num.canonical, f[F_NOTE]);
				failures++;
			}
			continue;
		}
		mentions++;
		if (!first.found) {
			print_error("%s:%u: nothing recognised (%s)\n", path, line, f[F_NOTE]);
			failures++;
			continue;
		}
		const struct cite_mention *m = &first.m;
		struct got g;
		describe(m, &g);
		int bad = 0;
		bad |= check_field(path, line, "kind", kind_name(m->num.kind), f[F_KIND], f[F_NOTE]);
		bad |= check_field(path, line, "canonical", g.canon, f[F_CANON], f[F_NOTE]);
		bad |= check_field(path, line, "type", m->num.type, f[F_TYPE], f[F_NOTE]);
		bad |= check_field(path, line, "type name", m->type_name ? m->type_name : "",
				   f[F_TYPE_NAME], f[F_NOTE]);
		bad |= check_field(path, line, "issuer", m->num.issuer, f[F_ISSUER], f[F_NOTE]);
		bad |= check_field(path, line, "issuer name",
				   m->issuer_from_context ? m->issuer_name : "", f[F_ISSUER_NAME],
				   f[F_NOTE]);
		bad |= check_field(path, line, "date", g.date, f[F_DATE], f[F_NOTE]);
		bad |= check_field(path, line, "letterhead", g.lh, f[F_LH], f[F_NOTE]);
		/* The offsets must cover the number as written. */
		if (m->start >= m->end || m->end > input.len || !(input.p[m->start] >= '0' &&
								  input.p[m->start] <= '9')) {
			print_error("%s:%u: bad range %zu..%zu\n", path, line, m->start, m->end);
			bad = 1;
		}
		if (m->sentence_start > m->start || m->sentence_end < m->end) {
			print_error("%s:%u: sentence %zu..%zu does not hold %zu..%zu\n", path, line,
				    m->sentence_start, m->sentence_end, m->start, m->end);
			bad = 1;
		}
		failures += (unsigned)bad;
	}
	print_message("citations.tsv: %u mention rows and %u negative rows checked, %u failed\n",
		      mentions, negatives, failures);
	free(l);
	buf_release(&input);
	free(data);
	free(path);
	if (mentions < MIN_MENTION_ROWS || negatives < MIN_NEGATIVE_ROWS)
		fail_msg("the table holds %u mention and %u negative rows; want at least %d and %d",
			 mentions, negatives, MIN_MENTION_ROWS, MIN_NEGATIVE_ROWS);
	if (failures)
		fail_msg("%u rows of citations.tsv failed", failures);
}

/* ---- context the table does not show ---------------------------------------- */

static int keep_all(const struct cite_mention *m, void *ctx)
{
	struct first *f = ctx;
	if (f->count == 0)
		f->m = *m;
	f->count++;
	f->found = 1;
	return 0;
}

static struct first scan_first(const char *s)
{
	struct first f = { 0, 0, { 0 } };
	cite_scan(s, strlen(s), keep_all, &f);
	return f;
}

/* Every mention of a text, in order. */
struct all {
	struct cite_mention *v;
	size_t n;
};

static int keep_every(const struct cite_mention *m, void *ctx)
{
	struct all *a = ctx;
	a->v = xrealloc(a->v, (a->n + 1) * sizeof *a->v);
	a->v[a->n++] = *m;
	return 0;
}

/* The acceptance sentence of seed 001: number, type, body, date, subject, sentence. */
static void test_seed_sentence(void **state)
{
	const char *s = "Sáng 16/3, Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến toàn quốc "
			"quán triệt Quy định số 57-QĐ/TW, ngày 8/2/2022 của Ban Bí thư về đối "
			"tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị. Đồng chí Hoàng "
			"Đăng Quang chủ trì.";
	struct first f = scan_first(s);
	assert_int_equal(f.count, 1);
	const struct cite_mention *m = &f.m;
	assert_int_equal(m->num.kind, CITE_PARTY);
	assert_string_equal(m->num.canonical, "57-QĐ/TW");
	assert_string_equal(m->num.number, "57");
	assert_int_equal(m->num.year, 0);
	assert_string_equal(m->type_name, "Quy định");
	assert_string_equal(m->issuer_name, "Ban Bí thư");
	assert_int_equal(m->issuer_from_context, 1);
	assert_int_equal(m->date.year, 2022);
	assert_int_equal(m->date.month, 2);
	assert_int_equal(m->date.day, 8);
	assert_string_equal(m->subject,
			    "đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị");
	assert_memory_equal(s + m->start, "57-QĐ/TW", m->end - m->start);
	assert_int_equal(m->sentence_start, 0);
	assert_memory_equal(s + m->sentence_end - 6, "trị.", 6 - 2);
	assert_int_equal(m->letterhead, 0);
}

/* The sentence a mention is shown in: one clause of a preamble, never the
 * letterhead, the gazette's running head or the heading above it. */
static void test_sentences(void **state)
{
	static const struct {
		const char *text, *number, *sentence;
	} rows[] = {
		/* congbao-8chude/docs/bhxh/nghi-dinh-so-162-2026-nd-cp-469551.txt */
		{ "CÔNG BÁO/Số 290/Ngày 29-05-2026 \n10\n \n \nCHÍNH PHỦ \n_________ \n \nSố: "
		  "162/2026/NĐ-CP \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc "
		  "\n__________________________________________ \nHà Nội, ngày 15 tháng 5 năm 2026 \n \n"
		  " \n NGHỊ ĐỊNH \nĐiều chỉnh lương hưu, trợ cấp bảo hiểm xã hội \nvà trợ cấp hằng "
		  "tháng \n \nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; \nCăn cứ Luật Tổ chức "
		  "Chính quyền địa phương số 72/2025/QH15; \nCăn cứ Luật Bảo hiểm xã hội số "
		  "41/2024/QH15 được sửa đổi, bổ sung bởi \nLuật số 73/2025/QH15, Luật số 84/2025/QH15",
		  "63/2025/QH15", "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;" },
		{ NULL, "41/2024/QH15", "Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15 được sửa đổi, bổ sung "
		  "bởi \nLuật số 73/2025/QH15, Luật số 84/2025/QH15" },
		/* congbao-8chude/docs/bhxh/van-ban-hop-nhat-so-19-vbhn-vpqh-468972.txt */
		{ "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n \nLUẬT \nBẢO "
		  "HIỂM XÃ HỘI \n \nLuật Bảo hiểm xã hội số 41/2024/QH15 ngày 29 tháng 6 năm 2024 của "
		  "\nQuốc hội, có hiệu lực kể từ ngày 01 tháng 7 năm 2025, được sửa đổi, bổ sung bởi: \n1. "
		  "Luật Nhà giáo số 73/2025/QH15 ngày 16 tháng 6 năm 2025 của Quốc \nhội;",
		  "41/2024/QH15", "Luật Bảo hiểm xã hội số 41/2024/QH15 ngày 29 tháng 6 năm 2024 của "
		  "\nQuốc hội, có hiệu lực kể từ ngày 01 tháng 7 năm 2025, được sửa đổi, bổ sung bởi:" },
		/* congbao-8chude/docs/hdld/thong-tu-so-09-2026-tt-bnv-469696.txt: a title
		 * without a stop above the preamble */
		{ "quy định chi tiết một số điều của Luật Người lao động Việt Nam\n đi làm việc ở nước "
		  "ngoài theo hợp đồng \n\nCăn cứ Luật Người lao động Việt Nam đi làm việc ở nước ngoài "
		  "theo hợp đồng số 69/2020/QH14;", "69/2020/QH14",
		  "Căn cứ Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số "
		  "69/2020/QH14;" },
		{ "Bộ trưởng Bộ Lao động – Thương binh và Xã hội quy định chi tiết\nCăn cứ Luật Người lao "
		  "động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14;", "69/2020/QH14",
		  "Căn cứ Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số "
		  "69/2020/QH14;" },
		/* congbao-8chude/docs/chinh_sach_dn/nghi-quyet-so-109-nq-cp-469403.txt: a
		 * table's task cell, its next cells (body, partners, years) under it */
		{ "36 \nThực hiện theo Kế hoạch số 01-KH/BCĐTW, ngày 02/6/2025 của \nBan Chỉ đạo "
		  "Trung ương về phát triển khoa học, công nghệ, đổi mới \nsáng tạo và chuyển đổi số "
		  "về hành động chiến lược triển khai Nghị \nquyết số 57-NQ/TW ngày 22/12/2024 của Bộ "
		  "Chính trị về đột phá \nphát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
		  "đổi số \nquốc gia \nBộ Khoa học và \nCông nghệ \nCác bộ, ngành, các \ntỉnh, "
		  "thành phố \n2026 - 2030 \nTheo thẩm \nquyền \n37 \n", "57-NQ/TW",
		  "Thực hiện theo Kế hoạch số 01-KH/BCĐTW, ngày 02/6/2025 của \nBan Chỉ đạo Trung "
		  "ương về phát triển khoa học, công nghệ, đổi mới \nsáng tạo và chuyển đổi số về hành "
		  "động chiến lược triển khai Nghị \nquyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị "
		  "về đột phá \nphát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
		  "\nquốc gia" },
		/* tvpl-legal-news/legal_docs/689f49d25e51cbaa.md: a short line wrapped
		 * before a body's name is no cell's end */
		{ "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ\nChính trị về đột phá phát "
		  "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển\nđổi số quốc gia;",
		  "57-NQ/TW", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ\nChính trị về đột "
		  "phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển\nđổi số quốc gia;" },
	};
	const char *text = NULL;
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		if (rows[i].text)
			text = rows[i].text;
		struct all a = { 0 };
		cite_scan(text, strlen(text), keep_every, &a);
		const struct cite_mention *m = NULL;
		for (size_t k = 0; k < a.n && !m; k++)
			if (strcmp(a.v[k].num.canonical, rows[i].number) == 0)
				m = &a.v[k];
		if (!m)
			fail_msg("row %zu: %s not found", i, rows[i].number);
		size_t n = m->sentence_end - m->sentence_start;
		if (n != strlen(rows[i].sentence) || memcmp(text + m->sentence_start, rows[i].sentence, n))
			fail_msg("row %zu: sentence \"%.*s\", want \"%s\"", i, (int)n,
				 text + m->sentence_start, rows[i].sentence);
		free(a.v);
	}
}

/* Subjects end with their clause, and a closing quote ends the title that held them. */
static void test_subjects(void **state)
{
	static const struct {
		const char *text, *subject;
	} rows[] = {
		{ "Quy định số 57- QĐ/TW, ngày 8/2/2022 của Ban Bí thư về đối tượng, tiêu chuẩn "
		  "và phân cấp đào tạo lý luận chính trị - từ thực tiễn tỉnh Lào Cai\";",
		  "đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị - từ thực tiễn "
		  "tỉnh Lào Cai" },
		{ "Kết luận 212-KL/TW ngày 18/11/2025 về định hướng xây dựng tiêu chuẩn của đơn vị "
		  "hành chính do Ban Chấp hành Trung ương ban hành",
		  "định hướng xây dựng tiêu chuẩn của đơn vị hành chính" },
		{ "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục "
		  "hành chính; Nghị định số 48/2013/NĐ-CP", "kiểm soát thủ tục hành chính" },
		{ "Quyết định số 517/QĐ-BTC ngày 20 tháng 3 năm 2026 về việc đính chính \nNghị "
		  "định số 320/2025/NĐ-CP", "đính chính" },
		{ "Thông tư số 12/2025/TT-BNV).", "" },
		/* congbao-8chude/docs/thue_tncn/thong-tu-so-01-2026-tt-btc-468744.txt: the
		 * sentence goes on past the page's signature stamp and running head; the
		 * subject was "… vi phạm hành Ký bởi" (h14g) */
		{ "Thực \nhiện theo quy định tại Nghị định số 176/2024/NĐ-CP ngày 30 tháng 12 năm 2024 \n"
		  "của Chính phủ quy định quản lý, sử dụng kinh phí thu từ xử phạt vi phạm hành \n"
		  "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH "
		  "PHỦ\nNgày ký: 2026-01-28 14:18:41 +07:00\n\nCÔNG BÁO/Số 55/Ngày 26-01-2026 \n25\n \n \n"
		  "chính về trật tự, an toàn giao thông đường bộ",
		  "quy định quản lý, sử dụng kinh phí thu từ xử phạt vi phạm hành" },
		/* tvpl-legal-news/legal_docs/056a116c77fe4047.md: the subject stops before
		 * "có hiệu lực", the "và" it hung on dropped (h14g) */
		{ "Quy định này thay thế Quy định số 270-QĐ/TW, ngày\n06/12/2014 của Ban Bí thư về "
		  "Phông lưu trữ Đảng Cộng sản Việt Nam và có hiệu lực\nthi hành kể từ ngày ký.",
		  "Phông lưu trữ Đảng Cộng sản Việt Nam" },
		/* tvpl-legal-news/qa_explainers/5d7dffe93b823205.md: a date stops it, the
		 * "từ" before the date dropped; the site's "Tải về" after the number left out (h14g) */
		{ "Ngày 26/11/2025, Hội đồng nhân dân thành phố Hà Nội có Nghị quyết 52/2025/NQ-HĐND "
		  "quy định về Bảng giá đất lần đầu để công bố và áp dụng từ 01 tháng 01 năm 2026 "
		  "trên địa bàn thành phố Hà Nội.",
		  "quy định về Bảng giá đất lần đầu để công bố và áp dụng" },
		/* tvpl-legal-news: "chứng từ" ends it, no date after "từ" (h14g) */
		{ "Nghị định 123/2020/NĐ-CP quy định về hóa đơn, chứng từ;",
		  "quy định về hóa đơn, chứng từ" },
		/* tvpl-legal-news/legal_docs/a161f65b93293a7b.md: a hard-wrapped line opens
		 * with "cơ quan", not a stamp's "Cơ quan:" (h14g) */
		{ "các quy định kỹ thuật cụ thể thực hiện theo Thông tư số 22/2023/TT-BTTTT ngày\n"
		  "31/12/2023 của Bộ trưởng Bộ Thông tin và Truyền thông Quy định về cấu trúc, bố\n"
		  "cục, yêu cầu kỹ thuật cho Cổng thông tin điện tử và trang thông tin điện tử của\n"
		  "cơ quan nhà nước do Bộ trưởng Bộ Thông tin và Truyền thông ban hành.",
		  "Quy định về cấu trúc, bố cục, yêu cầu kỹ thuật cho Cổng thông tin điện tử và trang "
		  "thông tin điện tử của cơ quan nhà nước" },
		/* congbao uu_dai_dt/thong-tu-so-10-2023-tt-bkhdt-40324.txt: an annex's heading
		 * in brackets; the subject was "… tăng trưởng xanh)" (22 cards of the six
		 * folders, some running on into a table's next cell) */
		{ "Phụ lục I \nDANH MỤC CHỈ TIÊU THỐNG KÊ TĂNG TRƯỞNG XANH  \n(Ban hành kèm theo "
		  "Thông tư số 10/2023/TT-BKHĐT ngày 01 tháng 11 năm 2023 \ncủa Bộ trưởng Bộ Kế "
		  "hoạch và Đầu tư quy định Bộ chỉ tiêu  \nthống kê tăng trưởng xanh) \n \nSTT Mã \n",
		  "quy định Bộ chỉ tiêu thống kê tăng trưởng xanh" },
		/* "về" a body is where a report goes (tvpl-legal-news
		 * qa_explainers/9b6c0673a93aee6b.md: 03/2025/TT-BYT's subject
		 * was "thanh tra Bộ trước"); "về" a matter is a subject. */
		{ "theo mẫu quy định tại Phụ lục V ban hành kèm theo Thông tư 03/2025/TT-BYT về "
		  "Thanh tra Bộ trước ngày 15 tháng 12 hằng năm để tổng hợp.", "" },
		{ "ban hành kèm theo Thông tư 03/2025/TT-BYT về giám định tư pháp.",
		  "giám định tư pháp" },
		/* "do <body> ban hành" ending a site's title line names the
		 * outer text's body: the cited one keeps its subject
		 * (tvpl-legal-news, Nghị quyết 375/NQ-CP's title). */
		{ "dự thảo Nghị quyết sửa đổi Nghị quyết 136/2024/QH15 về tổ chức chính quyền đô thị và thí điểm cơ chế, chính sách đặc thù "
		  "phát triển Thành phố Đà Nẵng do Chính phủ ban hành\n",
		  "tổ chức chính quyền đô thị và thí điểm cơ chế, chính sách đặc thù phát triển Thành "
		  "phố Đà Nẵng" },
		/* A joint text's bodies listed with a comma, its number naming
		 * both (congbao thong-tu-so-147-2025-tt-btc-468713.txt). */
		{ "2. Thông tư liên tịch số 96/2014/TTLT-BTC-BCA ngày 17 tháng 7 năm \n2014 của Bộ Tài "
		  "chính, Bộ Công an hướng dẫn việc quản lý và sử dụng kinh phí;",
		  "hướng dẫn việc quản lý và sử dụng kinh phí" },
		/* A title quoted whole: what the quotes hold (news-dantri-unc;
		 * tvpl-legal-news qa_explainers). */
		{ "hiện thực hóa Quyết định số 479/QĐ-TTg của Thủ tướng Chính phủ về \"Chương trình "
		  "chuyển đổi số Quốc gia đến năm 2025 định hướng đến 2030\", để Việt Nam có thể đi "
		  "tắt đón đầu.", "Chương trình chuyển đổi số Quốc gia đến năm 2025 định hướng đến 2030" },
		{ "Tại tiểu mục 1 Mục II Nghị quyết 11-NQ/TW năm 2017, Hội nghị lần thứ năm Ban Chấp "
		  "hành Trung ương Đảng khóa XII về “Hoàn thiện thể chế kinh tế thị trường định hướng "
		  "xã hội chủ nghĩa” có đề cập", "Hoàn thiện thể chế kinh tế thị trường định hướng xã "
		  "hội chủ nghĩa" },
		/* Subjects typed in title case whose first word folds as a
		 * body's head ("Bổ sung": "bo"; "Tổ chức": "to") (tvpl-legal-news). */
		{ "thực hiện Nghị quyết số 223/2025/QH15 ngày 27/6/2025 của Quốc hội về Bổ sung dự "
		  "toán thu ngân sách nhà nước năm 2023.",
		  "Bổ sung dự toán thu ngân sách nhà nước năm 2023" },
		{ "Ngày 24/7, UBND Thành phố ban hành Kế hoạch 198/KH-UBND năm 2025 về Tổ chức bắn "
		  "pháo hoa tại Thủ đô Hà Nội.", "Tổ chức bắn pháo hoa tại Thủ đô Hà Nội" },
		/* A law cited by its name: the name is its subject. */
		{ "thì áp dụng quy định tại Luật Bảo hiểm xã hội số 41/2024/QH15.", "Bảo hiểm xã hội" },
		{ "*Căn cứ Bộ luật Lao động số 45/2019/QH14;*", "Lao động" },
		{ "Bộ luật hình sự số 15/1999/QH10 và Luật số 37/2009/QH12 sửa đổi", "Hình sự" },
		/* An ordinance named so (congbao thong-tu-so-17-2026-tt-nhnn). */
		{ "Căn cứ Pháp lệnh Ngoại hối số 28/2005/PL-UBTVQH11 được sửa đổi, bổ sung bởi Pháp "
		  "lệnh số 06/2013/UBTVQH13;", "Ngoại hối" },
		{ "của Bộ luật dân sự số 91/2015/QH13 thì có hiệu lực", "Dân sự" },
		/* An amending law's number follows the name of the law it amends. */
		{ "Căn cứ Luật Doanh nghiệp số 59/2020/QH14 và Luật sửa đổi Luật Doanh nghiệp số "
		  "76/2025/QH15;", "Doanh nghiệp" },
		{ "Căn cứ Luật sửa đổi Luật Doanh nghiệp số 76/2025/QH15;",
		  "sửa đổi Luật Doanh nghiệp" },
		/* A title that says what the decree does, after its body. */
		{ "a) Nghị định số 115/2015/NĐ-CP ngày 11 tháng 11 năm 2015 của Chính phủ quy định chi "
		  "tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc;",
		  "quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc" },
		{ "theo Nghị định số 115/2015/NĐ-CP của Chính phủ quy định tại khoản 2", "" },
		/* After an article, what its article says, not the decree's
		 * subject (tvpl-legal-news/qa_explainers/c79212b74dc857e1.md,
		 * 2f9f2d0524852977.md). */
		{ "Căn cứ vào điểm đ khoản 2 Điều 7 Nghị định 144/2021/NĐ-CP quy định về mức phạt "
		  "khi dùng Flycam không phép như sau:", "" },
		{ "Căn cứ tại Điều 9 Nghị định 144/2021/NĐ-CP quy định về vi phạm quy định đăng ký và "
		  "quản lý cư trú như sau:", "" },
		/* A question or a list's lead names no subject
		 * (tvpl-legal-news/qa_explainers/01e90c7a2c3d6341.md). */
		{ "**Nghị định 168/2024/NĐ-CP quy định về gì?**", "" },
		{ "**(1) **Nghị định 168/2024/NĐ-CP quy định về:\n\n- Xử phạt vi phạm hành chính về "
		  "trật tự, an toàn giao thông", "" },
		/* congbao-8chude: a title in title case after the body. */
		{ "- Nghị định số 50/2025/NĐ-CP của\nChính phủ Sửa đổi, bổ sung một số điều của các "
		  "Nghị định quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công;",
		  "Sửa đổi, bổ sung một số điều của các Nghị định quy định chi tiết một số điều của "
		  "Luật Quản lý, sử dụng tài sản công" },
		/* Right after the number, only a title's opening (tvpl-legal-news). */
		{ "Dự án áp dụng loại hợp đồng BOT, hợp đồng BTO, hợp đồng BT được ký kết tại thời "
		  "điểm Thông tư 166/2011/TT-BTC quy định về quản lý, sử dụng chi phí chuẩn bị dự án; ",
		  "quy định về quản lý, sử dụng chi phí chuẩn bị dự án" },
		{ "Căn cứ theo Điều 5 Thông tư 22/2021/TT-BGDĐT quy định các hình thức đánh giá học "
		  "sinh hiện nay:", "" },
		{ "Sửa đổi, bổ sung một số điều của Thông tư số 53/2018/TT-NHNN quy định về mạng lưới "
		  "hoạt động của tổ chức tín dụng phi ngân hàng",
		  "quy định về mạng lưới hoạt động của tổ chức tín dụng phi ngân hàng" },
		/* A subject about another text keeps that text's type and number
		 * (congbao-8chude: a list of repealed circulars). */
		{ "Thông tư số 44/2015/TT-BLĐTBXH ngày 22/10/2015 \ncủa Bộ trưởng Bộ Lao động - "
		  "Thương binh và Xã hội \nhướng dẫn thực hiện một số điều của Nghị định số \n"
		  "63/2015/NĐ-CP ngày 22 tháng 7 năm 2015 của Chính ",
		  "hướng dẫn thực hiện một số điều của Nghị định số 63/2015/NĐ-CP" },
		/* A site's title line of a text: whatever verb opens it, up to
		 * "do <body> ban hành" ending the line (tvpl-legal-news
		 * gov_news_and_docs/5cbddd8946f41ee1.md, 2d737276bf416017.md: the
		 * công văn had no subject); not "do" in a sentence going on. */
		{ "Công văn 5402/CT-CS năm 2025 trả lời kiến nghị liên quan đến Bảng giá tính lệ phí "
		  "trước bạ ô tô, xe máy do Cục Thuế ban hành\n",
		  "trả lời kiến nghị liên quan đến Bảng giá tính lệ phí trước bạ ô tô, xe máy" },
		{ "Công văn 17809/BTC-CTK cung cấp thông tin phục vụ biên soạn số liệu GDP do Bộ Tài "
		  "chính ban hành", "cung cấp thông tin phục vụ biên soạn số liệu GDP" },
		{ "Công văn 5402/CT-CS trả lời kiến nghị do Cục Thuế ban hành trước đó, nay", "" },
		{ "Thông báo kết luận 432-TB/VPTW năm 2025 tại buổi làm việc với Đảng ủy Bộ Y tế do "
		  "Văn phòng Trung ương Đảng ban hành", "" },
		/* h11f: "và" before another cited text lists an amending
		 * text's second target, unless the subject names a text it
		 * is about (congbao-8chude/docs/thue_tncn/van-ban-hop-nhat-so-
		 * 13-vbhn-btc-469543.txt, chinh_sach_dn/…-so-37-vbhn-bct-469648.txt). */
		{ "sửa đổi, bổ sung một số điều của Thông tư 95/2020/TT-BTC ngày 16 tháng 11 năm 2020 "
		  "của Bộ trưởng Bộ Tài chính hướng dẫn giám sát giao dịch chứng khoán trên thị trường "
		  "chứng khoán và Thông tư số 06/2022/TT-BTC ngày 08 tháng 02 năm 2022 của Bộ trưởng",
		  "hướng dẫn giám sát giao dịch chứng khoán trên thị trường chứng khoán" },
		{ "sửa đổi, bổ sung một số điều của Nghị định số 68/2026/NĐ-CP quy định về chính sách "
		  "thuế đối với hộ kinh doanh, cá nhân kinh doanh và Nghị định số 320/2025/NĐ-CP quy "
		  "định chi tiết", "quy định về chính sách thuế đối với hộ kinh doanh, cá nhân kinh doanh" },
		/* h12e: a passive verb before the number names it as the text
		 * that acts; its own title's "và sửa đổi, bổ sung" stays
		 * (congbao-8chude …/van-ban-hop-nhat-so-2091-vbhn-bldtbxh-37409.txt,
		 * a note; the same text's opening, after a sentence that ends
		 * in a year). */
		{ "11 Khoản này được sửa đổi theo quy định tại khoản 3 Điều 1 Nghị định số 82/2021/NĐ-CP  "
		  "ngày 06 tháng 9 năm 2021 của Chính phủ về kéo dài thời gian thực hiện và sửa đổi, bổ sung "
		  "một  số điều của Nghị định số 121/2016/NĐ-CP ngày 24 tháng 8 năm 2016",
		  "kéo dài thời gian thực hiện và sửa đổi, bổ sung một số điều của Nghị định số "
		  "121/2016/NĐ-CP" },
		/* a list's next citation is not the subject
		 * (party-docs-nq57: a chỉ thị's "tiêu chuẩn cán bộ nêu tại …") */
		{ "tiêu chuẩn cán bộ nêu tại Quy định số 89-QĐ/TW ngày 4/8/2017, Quy định số "
		  "214-QĐ/TW ngày 2/1/2020 của Bộ Chính trị khoá XII", "" },
		{ "n) Khoản 2 Điều 5, khoản 3 Điều 6 Thông tư số 12/2018/TT-BCT ngày 15 tháng 6 năm 2018 "
		  "của Bộ trưởng Bộ Công Thương quy định chi tiết một số điều của Luật Quản lý ngoại "
		  "thương và Nghị định số 69/2018/NĐ-CP ngày 15 tháng 5 năm 2018 của Chính phủ",
		  "quy định chi tiết một số điều của Luật Quản lý ngoại thương và Nghị định số "
		  "69/2018/NĐ-CP" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct first f = scan_first(rows[i].text);
		if (!f.found)
			fail_msg("row %zu: nothing recognised", i);
		if (strcmp(f.m.subject, rows[i].subject) != 0)
			fail_msg("row %zu: subject \"%s\", want \"%s\"", i, f.m.subject,
				 rows[i].subject);
	}
}

/* h12e: in what an amending verb acts on, "và" with another such verb is the
 * amending text's second act, not the cited text's subject (tvpl-legal-news
 * gov_news_and_docs/76e422d2fb73bd77.md, a table's cell). */
static void test_subject_outer_verb(void **state)
{
	(void)state;
	const char *text = "Thông tư số 94/2025/TT-BTC\nngày 14 tháng 10 năm 2025 của Bộ Tài chính sửa "
			   "đổi, bổ sung một số điều của\nThông tư số 80/2021/TT-BTC ngày 29 tháng 9 năm "
			   "2021 của Bộ Tài chính hướng dẫn\nthi hành một số điều của Luật Quản lý thuế và "
			   "Nghị định số 126/2020/NĐ-CP\nngày 19 tháng 10 năm 2020 của Chính phủ quy định "
			   "chi tiết\nmột số điều của Luật Quản lý thuế và sửa đổi, bổ sung một số\nmẫu "
			   "biểu của Thông tư số 40/2021/TT-BTC ngày 01\ntháng 6 năm 2021 của Bộ Tài chính "
			   "hướng dẫn thuế giá trị gia tăng\n|";
	struct all a = { NULL, 0 };
	cite_scan(text, strlen(text), keep_every, &a);
	int seen = 0;
	for (size_t i = 0; i < a.n; i++) {
		if (strcmp(a.v[i].num.canonical, "126/2020/NĐ-CP") == 0) {
			assert_string_equal(a.v[i].subject,
					    "quy định chi tiết một số điều của Luật Quản lý thuế");
			seen = 1;
		}
		/* the amending text's own subject keeps its second act */
		if (strcmp(a.v[i].num.canonical, "94/2025/TT-BTC") == 0)
			assert_non_null(strstr(a.v[i].subject, "sửa đổi, bổ sung một số điều của"));
	}
	assert_true(seen);
	free(a.v);
	/* a sentence ending in a year ends the clause: the verb before it
	 * acts on nothing after it (…/van-ban-hop-nhat-so-2091-vbhn-bldtbxh-37409.txt) */
	const char *next = "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số  "
			   "121/2016/NĐ-CP ngày 24 tháng 8 năm 2016 của Chính phủ thực hiện thí điểm quản "
			   "lý lao động,  tiền lương đối với Tập đoàn Viễn thông Quân đội giai đoạn 2016 - "
			   "2020.   Nghị định số 82/2021/NĐ-CP ngày 06 tháng 9 năm 2021 của Chính phủ về kéo "
			   "dài thời  gian thực hiện và sửa đổi, bổ sung một số điều của Nghị định số "
			   "121/2016/NĐ-CP ngày 24 tháng 8 năm 2016";
	struct all b = { NULL, 0 };
	cite_scan(next, strlen(next), keep_every, &b);
	seen = 0;
	for (size_t i = 0; i < b.n; i++)
		if (strcmp(b.v[i].num.canonical, "82/2021/NĐ-CP") == 0) {
			assert_string_equal(b.v[i].subject, "kéo dài thời gian thực hiện và sửa đổi, bổ sung "
							    "một số điều của Nghị định số 121/2016/NĐ-CP");
			seen = 1;
		}
	assert_true(seen);
	free(b.v);
	/* h12i: a citation reached by "tại" after the verb is where a thing
	 * stands, not what the verb acts on: its own title's "và sửa đổi"
	 * stays (congbao-8chude, nghi-quyet-so-6616-2026-nq-cp-469362.txt) */
	const char *at = "I. Trình tự, thủ tục cấp mới, sửa đổi, bổ sung và gia hạn Giấy phép kinh \n"
			 "doanh sản phẩm, dịch vụ mật mã dân sự tại Điều 6 Nghị định số \n"
			 "211/2025/NĐ-CP quy định về hoạt động mật mã dân sự và sửa đổi, bổ sung \n"
			 "một số điều của Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ \n";
	struct all c = { NULL, 0 };
	cite_scan(at, strlen(at), keep_every, &c);
	seen = 0;
	for (size_t i = 0; i < c.n; i++)
		if (strcmp(c.v[i].num.canonical, "211/2025/NĐ-CP") == 0) {
			assert_string_equal(c.v[i].subject, "quy định về hoạt động mật mã dân sự và sửa đổi, bổ "
							    "sung một số điều của Nghị định số 15/2020/NĐ-CP");
			seen = 1;
		}
	assert_true(seen);
	free(c.v);
	/* "kèm theo" is still what the verb acts on: the outer act after
	 * "và" is cut (tvpl-legal-news, legal_docs/5545b1799f2968c0.md) */
	const char *annex = "Quyết định 08/2023/QĐ-UBND sửa đổi Quy định kèm theo Quyết định 55/2014/QĐ-UBND "
			    "quy định về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao thông trên "
			    "các tuyến đường thuộc địa bàn thành phố Đà Nẵng và bãi bỏ một phần Quyết định "
			    "24/2019/QĐ-UBND\n";
	struct all e = { NULL, 0 };
	cite_scan(annex, strlen(annex), keep_every, &e);
	seen = 0;
	for (size_t i = 0; i < e.n; i++)
		if (strcmp(e.v[i].num.canonical, "55/2014/QĐ-UBND") == 0) {
			assert_string_equal(e.v[i].subject, "quy định về quản lý và sử dụng tạm thời vỉa hè ngoài "
							    "mục đích giao thông trên các tuyến đường thuộc địa "
							    "bàn thành phố Đà Nẵng");
			seen = 1;
		}
	assert_true(seen);
	free(e.v);
}

/* h11f: a date of another year than the number's is not its issue date
 * (congbao-8chude, nghi-quyet-so-100-nq-cp-469357.txt: "ngày 31 tháng
 * 8 năm 2002" made 58/2022/NĐ-CP a second card, dated 2002); the body and
 * subject after it are still read. */
static void test_date_of_another_year(void **state)
{
	(void)state;
	struct first f = scan_first("b) Tổng kết, đánh giá thực tiễn thi hành Nghị định số "
				    "58/2022/NĐ-CP ngày 31 tháng 8 năm 2002 của Chính phủ về đăng ký "
				    "và quản lý hoạt động của tổ chức phi chính phủ nước ngoài;");
	assert_true(f.found);
	assert_string_equal(f.m.num.canonical, "58/2022/NĐ-CP");
	assert_int_equal(f.m.date.year, 0);
	assert_string_equal(f.m.issuer_name, "Chính phủ");
	assert_string_equal(f.m.subject,
			    "đăng ký và quản lý hoạt động của tổ chức phi chính phủ nước ngoài");
	f = scan_first("Nghị định số 58/2022/NĐ-CP ngày 31 tháng 8 năm 2022 của Chính phủ");
	assert_int_equal(f.m.date.year, 2022);
	assert_int_equal(f.m.date.day, 31);
}

/* A letterhead's "V/v" line is its subject; a Party letterhead takes the
 * signing body from its "T/M" block, never from /TW alone. */
static void test_letterhead_context(void **state)
{
	struct first f = scan_first("BỘ TÀI CHÍNH\n**CỤC THUẾ**\n-------\n|\n**CỘNG HÒA XÃ HỘI\n"
				    "CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n"
				    "---------------\n|\n|\nSố: 5253/CT-CS\n*V/v chính sách "
				    "tiền thuê đất*\n|\n*Hà Nội, ngày 17\ntháng 11 năm 2025*\n|\n");
	assert_int_equal(f.m.letterhead, 1);
	assert_int_equal(f.m.num.kind, CITE_CONG_VAN);
	assert_string_equal(f.m.subject, "chính sách tiền thuê đất");
	assert_string_equal(f.m.issuer_name, "Cục Thuế");
	assert_int_equal(f.m.date.day, 17);

	f = scan_first("**BAN CHẤP HÀNH\nTRUNG ƯƠNG**\n*\n|\n**ĐẢNG CỘNG SẢN\nVIỆT NAM**\n"
		       "|\nSố 383-QĐ/TW\n|\n*Hà Nội, ngày 19\ntháng 11 năm 2025 *\n|\n\n"
		       "**QUY ĐỊNH**\n\nVỀ\nPHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM\n\n-----\n\n"
		       "Điều 1. …\n\n**T/M BAN BÍ THƯ**\n");
	assert_int_equal(f.m.letterhead, 1);
	assert_string_equal(f.m.num.canonical, "383-QĐ/TW");
	assert_string_equal(f.m.type_name, "Quy định");
	assert_string_equal(f.m.issuer_name, "Ban Bí thư");
	assert_string_equal(f.m.subject, "PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM");

	/* /TW with no context: no body, and no name from the table either. */
	f = scan_first("theo Nghị quyết 57-NQ/TW, đến năm 2030");
	assert_string_equal(f.m.issuer_name, "");
	assert_null(cite_issuer_name("TW"));
	/* "do" names the issuer only as written and with "ban hành" after the
	 * body: "theo đó Hội đồng …", "do Quốc hội chuyển đến" (tvpl-legal-news). */
	f = scan_first("Theo quy định tại Điều 13 Nghị định 250/2025/NĐ-CP quy định về quyền và "
		       "nghĩa vụ của Hội đồng định giá tài sản theo đó Hội đồng định giá tài sản cấp bộ");
	assert_int_equal(f.m.issuer_from_context, 0);
	assert_string_equal(f.m.subject, "quy định về quyền và nghĩa vụ của Hội đồng định giá tài sản");
	/* "như sau:" after an article's citation: what Điều 4 says, not the
	 * decree's subject; a citation in full goes on with the title. */
	f = scan_first("Căn cứ Điều 4 Nghị định 73/2024/NĐ-CP quy định về chế độ tiền thưởng như sau:");
	assert_string_equal(f.m.subject, "");
	f = scan_first("tại Điều 9 Nghị định số 94/2025/NĐ-CP quy định về cơ chế thử nghiệm có kiểm "
		       "soát trong lĩnh vực ngân hàng (Nghị định số 94/2025/NĐ-CP)");
	assert_string_equal(f.m.subject, "quy định về cơ chế thử nghiệm có kiểm soát trong lĩnh vực ngân hàng");
	f = scan_first("Căn cứ khoản 1 Điều 3 Nghị định số 73/2024/NĐ-CP ngày 30 tháng 6 năm 2024 của "
		       "Chính phủ quy định mức lương cơ sở như sau:");
	assert_string_equal(f.m.subject, "quy định mức lương cơ sở");
	/* a table's next cell: a bare date */
	f = scan_first("182 Nghị định 122/2021/NĐ-CP \nngày 28/12/2021 \nQuy định về xử phạt vi phạm hành \n"
		       "chính trong lĩnh vực kế hoạch và \nđầu tư \n01/01/2022 \nNội dung: Đường dẫn");
	assert_string_equal(f.m.subject, "Quy định về xử phạt vi phạm hành chính trong lĩnh vực kế hoạch và đầu tư");
	f = scan_first("Quyết định số 30/2020/QĐ-TTg ngày 28 tháng 9 năm 2020 sửa đổi Quy chế về tiếp "
		       "nhận, giải quyết và trả lời kiến nghị của cử tri do Quốc hội chuyển đến ban hành "
		       "kèm theo Quyết định 33/2017/QĐ-TTg;");
	assert_string_equal(f.m.issuer_name, "Thủ tướng Chính phủ");
	assert_int_equal(f.m.issuer_from_context, 0);
	/* A State code the table knows gives its name, marked as not read. */
	f = scan_first("theo Nghị định số 89/2021/NĐ-CP.");
	assert_string_equal(f.m.issuer_name, "Chính phủ");
	assert_int_equal(f.m.issuer_from_context, 0);
}

/* Where a mention's subject comes from and when it is none (tvpl-legal-news,
 * congbao-8chude): after an article's name it is what the article is about
 * (subject_of_article: it counts only when no other mention names one), or
 * none when the clause quotes the article; a question's words are none; a
 * subject ends where a comma opens another clause. */
static void test_subject_sources(void **state)
{
	static const struct {
		const char *text, *subject;
		int of_article;
	} rows[] = {
		{ "Điều 21 Nghị định số 105/2012/NĐ-CP về chức danh được tổ chức Lễ tang cấp Nhà nước.",
		  "chức danh", 1 },
		{ "Theo Điều 5 Nghị định 105/2012/NĐ-CP về các chức danh được tổ chức Lễ Quốc tang như "
		  "sau:\n", "", 0 },
		{ "Tại Điều 19 Nghị định 93/2021/NĐ-CP về vận động, tiếp nhận, phân phối và sử dụng các "
		  "nguồn đóng góp tự nguyện; hỗ trợ bệnh nhân",
		  "vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện", 1 },
		{ "Ngày 01/6/2025, Chính phủ ban hành Nghị quyết 01/2025/NQ-CP về đầu tư mở rộng Cảng "
		  "hàng không quốc tế Phú Quốc.", "đầu tư mở rộng Cảng hàng không quốc tế Phú Quốc", 0 },
		/* the clause quotes the article, though the subject stopped before "như sau:" */
		{ "Theo Điều 1, Điều 2 Quyết định 266/2025/QĐ-CTN về đối tượng được đặc xá dịp lễ 30 4 "
		  "2025 như sau:\n", "", 0 },
		/* questions: their words run on past the subject, or it ends in the asking word */
		{ "# Quyết định 266/2025/QĐ-CTN về đối tượng được đặc xá dịp lễ 30 4 2025? Điều kiện "
		  "được đặc xã dịp lễ 30 4 2025?", "", 0 },
		{ "**Nghị định 221/2025/NĐ-CP miễn thị thực với người nước ngoài thuộc diện đặc biệt ra "
		  "sao?**", "", 0 },
		/* a headline naming the text keeps its subject */
		{ "**Toàn văn Nghị quyết 01/2025/NQ-CP về đầu tư mở rộng Cảng hàng không quốc tế Phú "
		  "Quốc? Tải về Nghị quyết 01?**", "đầu tư mở rộng Cảng hàng không quốc tế Phú Quốc", 0 },
		/* a comma that opens another clause */
		{ "Nghị định số 115/2015/NĐ-CP ngày 11 tháng 11 năm 2015 của Chính phủ quy \nđịnh chi "
		  "tiết một số điều của Luật BHXH về BHXH bắt buộc, gửi Bộ Tài chính để \nthẩm định",
		  "quy định chi tiết một số điều của Luật BHXH về BHXH bắt buộc", 0 },
		{ "Nghị định 155/2020/NĐ-CP quy định chi tiết thi hành một số điều của Luật Chứng khoán, "
		  "trong đó tài liệu báo cáo mua lại cổ phiếu bao gồm",
		  "quy định chi tiết thi hành một số điều của Luật Chứng khoán", 0 },
		/* h10f: the sentence's own subject and verb after an opening phrase
		 * (party-docs-nq57 57-NQ-TW_fulltext_news-intro_plus-commentary.md) */
		{ "Nghị quyết số 45-NQ/TW của Hội nghị Trung ương lần thứ tám khoá XIII về tiếp tục xây "
		  "dựng và phát huy vai trò của đội ngũ trí thức trong giai đoạn mới, Bộ Chính trị yêu "
		  "cầu các cấp uỷ tập trung thực hiện",
		  "tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức trong giai đoạn mới", 0 },
		/* … not a list of bodies */
		{ "Nghị quyết số 45-NQ/TW về trách nhiệm của Ban Chấp hành Trung ương, Bộ Chính trị và "
		  "Ban Bí thư.", "trách nhiệm của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư", 0 },
		/* a list after a comma goes on */
		{ "Nghị định 24/2024/NĐ-CP quy định chi tiết việc giám sát, theo dõi và kiểm tra hoạt "
		  "động đấu thầu.", "quy định chi tiết việc giám sát, theo dõi và kiểm tra hoạt động đấu "
		  "thầu", 0 },
	};
	(void)state;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct first f = scan_first(rows[i].text);
		assert_true(f.found);
		if (strcmp(f.m.subject, rows[i].subject) != 0 ||
		    f.m.subject_of_article != rows[i].of_article)
			fail_msg("row %zu: subject \"%s\" (of an article: %d), want \"%s\" (%d)", i,
				 f.m.subject, f.m.subject_of_article, rows[i].subject, rows[i].of_article);
	}
}

/* What a letterhead's structure gives, from real heads: the subject under
 * the type heading without an old heading's clauses, the issuer those
 * clauses name, and which values were read without confidence
 * (CITE_UNSURE_*, so that the mentions decide them). */
static void test_letterhead_structure(void **state)
{
	static const struct {
		const char *text, *number, *type, *issuer, *subject;
		int letterhead;
	} rows[] = {
		/* uts-vlc-laws/docs/luat-an-ninh-quoc-gia.txt */
		{ "QUỐC HỘI\n********\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
		  "phúc\n********\n\nSố: 32/2004/QH11\n\nHà Nội, ngày 03 tháng 12 năm 2004\n\n\n\n"
		  "LUẬT\n\nCỦA QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM SỐ 32/2004/QH11 NGÀY "
		  "03 THÁNG 12 NĂM 2004 VỀ AN NINH QUỐC GIA\n\nCăn cứ vào Hiến pháp nước Cộng hoà xã "
		  "hội chủ nghĩa Việt Nam năm 1992;",
		  "32/2004/QH11", "Luật", "Quốc hội", "AN NINH QUỐC GIA", CITE_OWN_TEXT },
		/* uts-vlc-laws/docs/luat-doanh-nghiep-tu-nhan.txt: the clauses after the subject */
		{ "QUỐC HỘI\n********\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
		  "phúc\n********\n\nSố: 48-LCT/HĐNN8\n\nHà Nội, ngày 21 tháng 12 năm 1990\n\n\n\n"
		  "LUẬT\n\n DOANH NGHIỆP TƯ NHÂN CỦA QUỐC HỘI SỐ 48-LCT/HĐNN8 NGÀY 21/12/1990\n\nĐể "
		  "thực hiện đường lối phát triển nền kinh tế hàng hoá nhiều thành phần,",
		  "48-LCT/HĐNN8", "Luật", "Quốc hội", "DOANH NGHIỆP TƯ NHÂN", CITE_OWN_TEXT },
		/* party-docs-nq57/docs/57-NQ-TW_document-layout.md: the body under the heading */
		{ "**BAN CHẤP HÀNH TRUNG ƯƠNG**   \n**ĐẢNG CỘNG SẢN VIỆT NAM** \n\nSố 57\\-NQ/TW   \n"
		  "*Hà Nội*, *ngày 22 tháng 12 năm 2024* \n\n**NGHỊ QUYẾT** \n\nCỦA BỘ CHÍNH TRỊ   \n"
		  "**về đột phá phát triển khoa học, công nghệ**, **đổi mới sáng tạo và chuyển** đổi "
		  "**số quốc gia** \n\nPhát triển khoa học, công nghệ, đổi mới sáng tạo",
		  "57-NQ/TW", "Nghị quyết", "Bộ Chính trị",
		  "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
		  CITE_OWN_TEXT },
		/* party-docs-nq57/docs/57-NQ-TW_fulltext_news-intro_plus-commentary.md: a plenum */
		{ "| BAN CHẤP HÀNH TRUNG ƯƠNG\n\\-------- | ĐẢNG CỘNG SẢN VIỆT NAM\n\\--------------- "
		  "|\n| :---- | :---- |\n| Số: 20-NQ/TW | *Hà Nội, ngày 01 tháng 11 năm 2012* |\n\n \n\n"
		  "**NGHỊ QUYẾT**  \n**HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XI**\n\n"
		  "VỀ PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ PHỤC VỤ SỰ NGHIỆP CÔNG NGHIỆP HOÁ, HIỆN ĐẠI HOÁ\n\n"
		  "**A- TÌNH HÌNH VÀ NGUYÊN NHÂN**",
		  "20-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương",
		  "PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ PHỤC VỤ SỰ NGHIỆP CÔNG NGHIỆP HOÁ, HIỆN ĐẠI HOÁ",
		  CITE_OWN_TEXT },
		/* uts-vlc-laws/docs/luat-bao-ve-moi-truong.txt: a body the tables do not know */
		{ "UỐC HỘI\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
		  "phúc\n---------------\n\nLuật số: 72/2020/QH14\n\nHà Nội, ngày 17 tháng 11 năm "
		  "2020\n\n\n\nLUẬT\n\nBẢO VỆ MÔI TRƯỜNG\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội "
		  "chủ nghĩa Việt Nam;",
		  "72/2020/QH14", "Luật", "Uốc hội", "BẢO VỆ MÔI TRƯỜNG",
		  CITE_OWN_TEXT | CITE_UNSURE_ISSUER },
		/* congbao-8chude/docs/chinh_sach_dn/nghi-dinh-so-135-2026-nd-cp-469360.txt: the
		 * heading stood above, where the PDF put it; the type is the code's */
		{ "3. Các tổ chức, cá nhân có liên quan. \nCHÍNH PHỦ \n_________ \n \nSố: "
		  "135/2026/NĐ-CP \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc "
		  "\n_______________________________________ \nHà Nội, ngày 07 tháng 4 năm 2026 \n"
		  "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
		  "135/2026/NĐ-CP", "Nghị định", "Chính phủ", "",
		  CITE_OWN_TEXT | CITE_UNSURE_TYPE | CITE_UNSURE_SUBJECT },
		/* tvpl-legal-news/legal_docs/0f145efacbf006fc.md: the page opens with the
		 * number, the letterhead's first column lost */
		{ "Số: 1675/NQ-UBTVQH15 |\n|\n\n**NGHỊ QUYẾT**\n\n**Về việc sắp xếp các đơn vị "
		  "hành chính cấp xã của thành phố Huế năm 2025**\n\n\n**ỦY BAN THƯỜNG VỤ QUỐC HỘI**"
		  "\n\n*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;*",
		  "1675/NQ-UBTVQH15", "Nghị quyết", "Ủy ban Thường vụ Quốc hội",
		  "sắp xếp các đơn vị hành chính cấp xã của thành phố Huế năm 2025",
		  CITE_OWN_TEXT | CITE_UNSURE_ISSUER },
		/* uts-vlc-laws/docs/luat-dam-bao-quyen-tu-do-than-the-…-cua-nhan-dan.txt: a law of
		 * 1957 numbered by its Sắc lệnh, no body above; a Luật is the Quốc hội's */
		{ "LUẬT\n\nSỐ 103-SL/L.005 NGÀY 20-5-1957 ĐẢM BẢO QUYỀN TỰ DO THÂN THỂ VÀ QUYỀN BẤT "
		  "KHẢ XÂM PHẠM ĐỐI VỚI NHÀ Ở, ĐỒ VẬT, THƯ TÍN CỦA NHÂN DÂN\n\nCHỦ TỊCH NƯỚC VIỆT NAM "
		  "DÂN CHỦ CỘNG HOÀ\n\nRA SẮC LỆNH\n\nNay ban bố luật quy định quyền tự do thân thể",
		  "103-SL/L.005", "Luật", "Quốc hội",
		  "ĐẢM BẢO QUYỀN TỰ DO THÂN THỂ VÀ QUYỀN BẤT KHẢ XÂM PHẠM ĐỐI VỚI NHÀ Ở, ĐỒ VẬT, THƯ "
		  "TÍN CỦA NHÂN DÂN", CITE_OWN_TEXT },
		/* vbpl-html/pages/anle_thuoctinh.html: a precedent's block; an Án lệ is the
		 * Council of Judges' */
		{ "Ý kiến bình luận\n\nSố án lệ: 63/2023/AL\n\nTên án lệ: Về xem xét quyết định hành "
		  "chính có liên quan đến hành vi hành chính bị khiếu kiện\n\nNgày thông qua: 01/02/2023"
		  "\n\nNgày công bố: 24/02/2023\n\n",
		  "63/2023/AL", "Án lệ", "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
		  "xem xét quyết định hành chính có liên quan đến hành vi hành chính bị khiếu kiện",
		  CITE_OWN_TEXT },
		/* congbao-8chude/docs/hd_kinh_te/nghi-quyet-so-126-nq-cp-469505.txt: "Số" opens
		 * a wrapped line of the text, no letterhead */
		{ "Du lịch về Ủy ban nhân dân thành phố Hà Nội trực tiếp quản lý theo đề           \n"
		  "nghị của Bộ trưởng Bộ Văn hoá, Thể thao và Du lịch tại các Tờ trình:                 \n"
		  "Số 202/TTr-BVHTTDL ngày 11 tháng 5 năm 2026, số 192/TTr-BVHTTDL \n",
		  "202/TTr-BVHTTDL", "Tờ trình", "Bộ Văn hóa, Thể thao và Du lịch", "", 0 },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct first f = scan_first(rows[i].text);
		if (!f.found)
			fail_msg("row %zu: nothing recognised", i);
		const struct cite_mention *m = &f.m;
		if (strcmp(m->num.canonical, rows[i].number) != 0 ||
		    strcmp(m->type_name ? m->type_name : "", rows[i].type) != 0 ||
		    strcmp(m->issuer_name, rows[i].issuer) != 0 ||
		    strcmp(m->subject, rows[i].subject) != 0 || m->letterhead != rows[i].letterhead)
			fail_msg("row %zu: %s, %s, %s, \"%s\", letterhead %d; want %s, %s, %s, \"%s\", %d",
				 i, m->num.canonical, m->type_name ? m->type_name : "", m->issuer_name,
				 m->subject, m->letterhead, rows[i].number, rows[i].type,
				 rows[i].issuer, rows[i].subject, rows[i].letterhead);
	}
	/* The heading's "SỐ 35-L/CTN NGÀY …" restates the number: no second mention. */
	struct first f = scan_first(rows[1].text);
	assert_int_equal(f.count, 1);
}

static int stop_at_first(const struct cite_mention *m, void *ctx)
{
	(*(int *)ctx)++;
	return 1;
}

/* Many mentions, early stop, no callback, and inputs that are not text. */
static void test_scan_edges(void **state)
{
	const char *s = "Nghị định 89/2021/NĐ-CP, Thông tư 15/2023/TT-BTC và Quyết định 439/QĐ-TTg.";
	assert_int_equal(cite_scan(s, strlen(s), NULL, NULL), 3);
	int calls = 0;
	assert_int_equal(cite_scan(s, strlen(s), stop_at_first, &calls), 1);
	assert_int_equal(calls, 1);
	assert_int_equal(cite_scan("", 0, NULL, NULL), 0);
	/* Only the given length is read: "57-QĐ/TW" cut before its issuer. */
	assert_int_equal(cite_scan("57-QĐ/TW", 6, NULL, NULL), 0);
	static const char bad[] = "57-Q\xff\xfe/TW \x80\x80 89/2021/N\xc4-CP \0 12/2020/TT-BTC";
	size_t n = cite_scan(bad, sizeof bad - 1, NULL, NULL);
	assert_int_equal(n, 1); /* the last one, past the NUL */

	/* Long runs of digits, separators and letters cost nothing and find nothing. */
	struct buf b = BUF_INIT;
	for (int i = 0; i < 20000; i++)
		buf_adds(&b, i % 3 ? "1234567890-/" : "QĐ/TW-");
	n = cite_scan(b.p, b.len, NULL, NULL);
	assert_true(n < 20000);
	buf_release(&b);

	/* Every prefix of a letterhead is safe to scan (the readers look around). */
	const char *lh = "BỘ TÀI CHÍNH\n**CỤC THUẾ**\n|\nSố: 5253/CT-CS\n*V/v chính sách*\n"
			 "*Hà Nội, ngày 17\ntháng 11 năm 2025*\n**QUYẾT ĐỊNH**\nVỀ VIỆC X\n";
	for (size_t k = 0; k <= strlen(lh); k++)
		cite_scan(lh, k, NULL, NULL);
}

/* ---- cite_parse: what users type -------------------------------------------- */

static void test_cite_parse(void **state)
{
	static const struct {
		const char *in;
		enum cite_kind kind;
		const char *canonical, *number, *type, *issuer;
		int year;
	} ok[] = {
		{ "57-QĐ/TW", CITE_PARTY, "57-QĐ/TW", "57", "QĐ", "TW", 0 },
		{ "57/qd-tw", CITE_PARTY, "57-QĐ/TW", "57", "QĐ", "TW", 0 },
		{ "57-QD/TW", CITE_PARTY, "57-QĐ/TW", "57", "QĐ", "TW", 0 },
		{ "57 - qđ / tw", CITE_PARTY, "57-QĐ/TW", "57", "QĐ", "TW", 0 },
		{ "  57-QĐ/TW  ", CITE_PARTY, "57-QĐ/TW", "57", "QĐ", "TW", 0 },
		{ "Quy định số 57-QĐ/TW", CITE_PARTY, "57-QĐ/TW", "57", "QĐ", "TW", 0 },
		{ "21-nq/du", CITE_PARTY, "21-NQ/ĐU", "21", "NQ", "ĐU", 0 },
		{ "1247-KH/HVCTQG", CITE_PARTY, "1247-KH/HVCTQG", "1247", "KH", "HVCTQG", 0 },
		{ "89/2021/nd-cp", CITE_QPPL, "89/2021/NĐ-CP", "89", "NĐ", "CP", 2021 },
		{ "89/2021/NĐ-CP", CITE_QPPL, "89/2021/NĐ-CP", "89", "NĐ", "CP", 2021 },
		{ "15/2023/tt-btc", CITE_QPPL, "15/2023/TT-BTC", "15", "TT", "BTC", 2023 },
		{ "01/2025/TT-BNV", CITE_QPPL, "01/2025/TT-BNV", "01", "TT", "BNV", 2025 },
		{ "001/2025/TT-BNV", CITE_QPPL, "001/2025/TT-BNV", "001", "TT", "BNV", 2025 },
		{ "59/2020/qh14", CITE_LAW, "59/2020/QH14", "59", "", "QH14", 2020 },
		{ "439/qd-ttg", CITE_ADM, "439/QĐ-TTg", "439", "QĐ", "TTg", 0 },
		{ "03/vbhn-vpqh", CITE_VBHN, "03/VBHN-VPQH", "03", "VBHN", "VPQH", 0 },
		{ "125/sgddt-vp", CITE_CONG_VAN, "125/SGDĐT-VP", "125", "", "SGDĐT", 0 },
		{ "5348/CT-CS", CITE_CONG_VAN, "5348/CT-CS", "5348", "", "CT", 0 },
		{ "06/CT-TTg", CITE_ADM, "06/CT-TTg", "06", "CT", "TTg", 0 },
		{ "Quy định 57", CITE_SHORT, "", "57", "QĐ", "", 0 },
		{ "quy dinh 57", CITE_SHORT, "", "57", "QĐ", "", 0 },
		{ "Quy định số 57", CITE_SHORT, "", "57", "QĐ", "", 0 },
		{ "quyết định 439", CITE_SHORT, "", "439", "QĐ", "", 0 },
		{ "Nghị quyết 26", CITE_SHORT, "", "26", "NQ", "", 0 },
		{ "NĐ 89/2021", CITE_SHORT, "", "89", "NĐ", "", 2021 },
		{ "nd 89/2021", CITE_SHORT, "", "89", "NĐ", "", 2021 },
		{ "thong tu 15/2023", CITE_SHORT, "", "15", "TT", "", 2023 },
		{ "Luật số 59/2020", CITE_SHORT, "", "59", "", "QH", 2020 },
		{ "Luật 59/2020", CITE_SHORT, "", "59", "", "QH", 2020 },
		{ "Bộ luật 45", CITE_SHORT, "", "45", "", "QH", 0 },
		/* A code glued to its number, as typed. */
		{ "NQ57", CITE_SHORT, "", "57", "NQ", "", 0 },
		{ "QĐ57", CITE_SHORT, "", "57", "QĐ", "", 0 },
		{ "nđ145", CITE_SHORT, "", "145", "NĐ", "", 0 },
		{ "nd145/2020", CITE_SHORT, "", "145", "NĐ", "", 2020 },
		/* A number under another, and separators as users type them. */
		{ "66.16/2026/NQ-CP", CITE_QPPL, "66.16/2026/NQ-CP", "66.16", "NQ", "CP", 2026 },
		{ "57 NQ/TW", CITE_PARTY, "57-NQ/TW", "57", "NQ", "TW", 0 },
		{ "57-NQ-TW", CITE_PARTY, "57-NQ/TW", "57", "NQ", "TW", 0 },
		{ "57/NQ/TW", CITE_PARTY, "57-NQ/TW", "57", "NQ", "TW", 0 },
		{ "57-NQTW", CITE_PARTY, "57-NQ/TW", "57", "NQ", "TW", 0 },
		{ "57 nq tw", CITE_PARTY, "57-NQ/TW", "57", "NQ", "TW", 0 },
		/* The type before, the Party body after (the page's sweep,
		 * docs/trust-sweep.md "lead13"). */
		{ "NQ 57/TW", CITE_PARTY, "57-NQ/TW", "57", "NQ", "TW", 0 },
		{ "nq 57-tw", CITE_PARTY, "57-NQ/TW", "57", "NQ", "TW", 0 },
		{ "Nghị quyết 57/TW", CITE_PARTY, "57-NQ/TW", "57", "NQ", "TW", 0 },
		{ "quy dinh 57-tw", CITE_PARTY, "57-QĐ/TW", "57", "QĐ", "TW", 0 },
		{ "Công văn 402/VPĐU", CITE_PARTY, "402-CV/VPĐU", "402", "CV", "VPĐU", 0 },
		{ "Công văn 57/UBND", CITE_CONG_VAN, "57/UBND", "57", "", "UBND", 0 },
		{ "145/2020/NĐ/CP", CITE_QPPL, "145/2020/NĐ-CP", "145", "NĐ", "CP", 2020 },
		{ "145/2020/NĐCP", CITE_QPPL, "145/2020/NĐ-CP", "145", "NĐ", "CP", 2020 },
		{ "145/2020/ndcp", CITE_QPPL, "145/2020/NĐ-CP", "145", "NĐ", "CP", 2020 },
		{ "439/QĐ/TTg", CITE_ADM, "439/QĐ-TTg", "439", "QĐ", "TTg", 0 },
		{ "439/QĐTTg", CITE_ADM, "439/QĐ-TTg", "439", "QĐ", "TTg", 0 },
		{ "59/2020/QH 14", CITE_LAW, "59/2020/QH14", "59", "", "QH14", 2020 },
		{ "59/2020/QH-14", CITE_LAW, "59/2020/QH14", "59", "", "QH14", 2020 },
		/* Any body with terms, its term typed apart (party-docs-nq57). */
		{ "3260-KH/ĐĐQH 15", CITE_PARTY, "3260-KH/ĐĐQH15", "3260", "KH", "ĐĐQH15", 0 },
		{ "3260 KH/ĐĐQH-15", CITE_PARTY, "3260-KH/ĐĐQH15", "3260", "KH", "ĐĐQH15", 0 },
		{ "78/2025/NQ-UBTVQH 15", CITE_QPPL, "78/2025/NQ-UBTVQH15", "78", "NQ", "UBTVQH15",
		  2025 },
		/* A State type numbered in the dash shape (doctypes.tsv): the
		 * old orders promulgating laws, as the corpus cites them. */
		{ "21/LCT-HĐNN8", CITE_PARTY, "21-LCT/HĐNN8", "21", "LCT", "HĐNN8", 0 },
		{ "21 LCT/HĐNN8", CITE_PARTY, "21-LCT/HĐNN8", "21", "LCT", "HĐNN8", 0 },
		{ "21 LCT/HĐNN 8", CITE_PARTY, "21-LCT/HĐNN8", "21", "LCT", "HĐNN8", 0 },
		{ "18 L/CTN", CITE_PARTY, "18-L/CTN", "18", "L", "CTN", 0 },
		{ "18/L-CTN", CITE_PARTY, "18-L/CTN", "18", "L", "CTN", 0 },
		{ "18/2013/L-CTN", CITE_QPPL, "18/2013/L-CTN", "18", "L", "CTN", 2013 },
		/* An address's slashes typed as dashes (/cite/45-2019-qh14). */
		{ "45-2019-qh14", CITE_LAW, "45/2019/QH14", "45", "", "QH14", 2019 },
		{ "145-2020-nd-cp", CITE_QPPL, "145/2020/NĐ-CP", "145", "NĐ", "CP", 2020 },
		{ "19-2025-VBHN-VPQH", CITE_VBHN, "19/2025/VBHN-VPQH", "19", "VBHN", "VPQH", 2025 },
		{ "4328/abc-cs", CITE_CONG_VAN, "4328/ABC-CS", "4328", "", "ABC", 0 },
		{ "202/tccp-vc", CITE_CONG_VAN, "202/TCCP-VC", "202", "", "TCCP", 0 },
	};
	for (size_t i = 0; i < N_ELEMS(ok); i++) {
		struct cite_number n;
		memset(&n, 0x55, sizeof n);
		if (!cite_parse(ok[i].in, strlen(ok[i].in), &n))
			fail_msg("cite_parse(\"%s\") failed", ok[i].in);
		if (n.kind != ok[i].kind || strcmp(n.canonical, ok[i].canonical) != 0 ||
		    strcmp(n.number, ok[i].number) != 0 || strcmp(n.type, ok[i].type) != 0 ||
		    strcmp(n.issuer, ok[i].issuer) != 0 || n.year != ok[i].year)
			fail_msg("cite_parse(\"%s\"): %s \"%s\" number \"%s\" type \"%s\" issuer "
				 "\"%s\" year %d", ok[i].in, kind_name(n.kind), n.canonical, n.number,
				 n.type, n.issuer, n.year);
	}
	static const char *const no[] = { "", "   ", "57", "57/2020", "8/2/2022", "Điều 57",
					  "quy định", "57-QĐ/TW của Ban Bí thư", "abc",
					  "1.250.000", "GS.TS", "57-XYZ/TW", "Quy định này",
					  "Điều 5/2020", "14/12/2020", "0912.345.678", "24.1/ĐK-TCT",
					  "1.250/2020", "57 TW", "2024 tt btc", "12 QĐ/TTg",
					  "QH14", "ABC57", "NQ57abc", "HĐ57", "45-2019",
					  "45-2019-", "2019-2020", "NQ 57/XYZ", "NQ 57/TW/abc" };
	for (size_t i = 0; i < N_ELEMS(no); i++) {
		struct cite_number n;
		if (cite_parse(no[i], strlen(no[i]), &n))
			fail_msg("cite_parse(\"%s\") read %s \"%s\"", no[i], kind_name(n.kind),
				 n.canonical);
	}
	/* The query "quy dinh 57" and the citation "57/qd-tw" name one regulation. */
	struct cite_number a, b;
	assert_true(cite_parse("57/qd-tw", 8, &a));
	assert_true(cite_parse("quy dinh 57", 11, &b));
	assert_string_equal(a.number, b.number);
	assert_string_equal(a.type, b.type);
}

/* What a user pastes around a number: brackets, the letterhead's label, its
 * date, the sentence it came from. One number is read; two, or none, are not. */
static void test_cite_parse_typed(void **state)
{
	static const struct {
		const char *in, *canonical, *number;
	} ok[] = {
		{ "(145/2020/NĐ-CP)", "145/2020/NĐ-CP", "145" },
		{ "Số: 145/2020/NĐ-CP", "145/2020/NĐ-CP", "145" },
		{ "145/2020/NĐ-CP ngày 14/12/2020", "145/2020/NĐ-CP", "145" },
		{ "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ", "145/2020/NĐ-CP", "145" },
		{ "“57 NQ/TW”", "57-NQ/TW", "57" },
		{ "Luật Bảo hiểm xã hội số 41/2024/QH15", "41/2024/QH15", "41" },
		{ "(Luật 45)", "", "45" },
	};
	for (size_t i = 0; i < N_ELEMS(ok); i++) {
		struct cite_number n;
		if (!cite_parse_typed(ok[i].in, strlen(ok[i].in), &n))
			fail_msg("cite_parse_typed(\"%s\") failed", ok[i].in);
		if (strcmp(n.canonical, ok[i].canonical) != 0 || strcmp(n.number, ok[i].number) != 0)
			fail_msg("cite_parse_typed(\"%s\"): \"%s\" number \"%s\"", ok[i].in, n.canonical,
				 n.number);
	}
	struct cite_number n;
	assert_true(cite_parse_typed("Luật 45", strlen("Luật 45"), &n));
	assert_string_equal(n.type_name, "Luật");
	static const char *const no[] = { "", "()", "Số:", "ngày 14/12/2020", "Điều 5/2020",
					  "89/2021/NĐ-CP và 15/2023/TT-BTC", "hello" };
	for (size_t i = 0; i < N_ELEMS(no); i++)
		if (cite_parse_typed(no[i], strlen(no[i]), &n))
			fail_msg("cite_parse_typed(\"%s\") read \"%s\"", no[i], n.canonical);
}

/* ---- the tables ------------------------------------------------------------- */

/* A subject's case on a card and in a name: the tail of its regulation's
 * name, whichever text gave it (h9u). */
static void test_subject_cased(void **state)
{
	(void)state;
	static const struct {
		const char *type, *subject, *want;
	} rows[] = {
		/* A letterhead's (congbao 12/2022/NĐ-CP) and a mention's spelling. */
		{ "Nghị định", "Quy định xử phạt vi phạm hành chính trong lĩnh vực lao động",
		  "quy định xử phạt vi phạm hành chính trong lĩnh vực lao động" },
		{ "Nghị định", "quy định chi tiết một số điều của Bộ luật Lao động",
		  "quy định chi tiết một số điều của Bộ luật Lao động" },
		{ "Nghị quyết", "Đột phá phát triển khoa học, công nghệ",
		  "đột phá phát triển khoa học, công nghệ" },
		/* A law's is its name: "Bộ luật lao động số 45/2019/QH14" as texts write it. */
		{ "Bộ luật", "lao động", "Lao động" },
		{ "Luật", "Bảo hiểm xã hội", "Bảo hiểm xã hội" },
		/* An amending law's is what it does: "Luật sửa đổi, bổ sung …". */
		{ "Luật", "Sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế",
		  "sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế" },
		{ "Luật", "tổ chức chính quyền địa phương", "Tổ chức chính quyền địa phương" },
		/* A proper name or an acronym keeps its capital. */
		{ "Quyết định", "Việt Nam đi làm việc ở nước ngoài", "Việt Nam đi làm việc ở nước ngoài" },
		{ "Kế hoạch", "UBND tỉnh triển khai", "UBND tỉnh triển khai" },
		{ "Hiến pháp", "Nước Cộng hòa xã hội chủ nghĩa Việt Nam",
		  "nước Cộng hòa xã hội chủ nghĩa Việt Nam" },
		{ "Nghị định", "", "" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct buf out = BUF_INIT;
		cite_subject_cased(rows[i].type, rows[i].subject, strlen(rows[i].subject), &out);
		if (strcmp(out.p ? out.p : "", rows[i].want) != 0)
			fail_msg("%s \"%s\": \"%s\", want \"%s\"", rows[i].type, rows[i].subject,
				 out.p ? out.p : "", rows[i].want);
		buf_release(&out);
	}
}

static void test_names(void **state)
{
	assert_string_equal(cite_type_name("QĐ", CITE_PARTY), "Quy định");
	assert_string_equal(cite_type_name("QĐ", CITE_ADM), "Quyết định");
	assert_string_equal(cite_type_name("TT", CITE_PARTY), "Thông tri");
	assert_string_equal(cite_type_name("TT", CITE_QPPL), "Thông tư");
	assert_string_equal(cite_type_name("NĐ", CITE_QPPL), "Nghị định");
	assert_string_equal(cite_type_name("qd", CITE_ADM), "Quyết định");
	assert_string_equal(cite_type_name("VBHN", CITE_VBHN), "Văn bản hợp nhất");
	assert_string_equal(cite_type_name("KL", CITE_PARTY), "Kết luận");
	assert_string_equal(cite_type_name("HĐ", CITE_ADM), "Hợp đồng");
	assert_string_equal(cite_type_name("HD", CITE_ADM), "Hướng dẫn");
	assert_null(cite_type_name("XYZ", CITE_ADM));
	assert_null(cite_type_name("", CITE_ADM));
	assert_null(cite_type_name(NULL, CITE_ADM));

	assert_string_equal(cite_issuer_name("BTC"), "Bộ Tài chính");
	assert_string_equal(cite_issuer_name("CP"), "Chính phủ");
	assert_string_equal(cite_issuer_name("ttg"), "Thủ tướng Chính phủ");
	assert_string_equal(cite_issuer_name("QH14"), "Quốc hội");
	assert_string_equal(cite_issuer_name("UBTVQH15"), "Ủy ban Thường vụ Quốc hội");
	assert_string_equal(cite_issuer_name("DU"), "Đảng ủy");
	assert_string_equal(cite_issuer_name("CT"), "Cục Thuế");
	assert_null(cite_issuer_name("TW"));  /* three bodies share it */
	assert_null(cite_issuer_name("XYZ"));
	assert_null(cite_issuer_name(""));
	assert_null(cite_issuer_name(NULL));
}

/* ---- dates ------------------------------------------------------------------ */

static void test_dates(void **state)
{
	static const struct {
		const char *in;
		size_t used; /* 0: not a date */
		int y, m, d;
	} rows[] = {
		{ "8/2/2022", 8, 2022, 2, 8 },
		{ "08/02/2022 của Ban Bí thư", 10, 2022, 2, 8 },
		{ "ngày 8/2/2022", 14, 2022, 2, 8 },
		{ "  ngày 08-02-2022", 18, 2022, 2, 8 },
		{ "8.2.2022.", 8, 2022, 2, 8 },
		{ "ngày 08 tháng 02 năm 2022", 28, 2022, 2, 8 },
		{ "NGÀY 08 THÁNG 02 NĂM 2022", 28, 2022, 2, 8 },
		{ "ngay 8 thang 2 nam 2022", 23, 2022, 2, 8 },
		{ "ngày 19\ntháng 11 năm 2025*", 28, 2025, 11, 19 },
		{ "ngày **21** tháng **11** năm 2025*", 36, 2025, 11, 21 },
		{ "ngày 01 tháng 7, năm 2025", 28, 2025, 7, 1 },
		{ "9/8", 3, 0, 8, 9 },
		{ "ngày 9 tháng 8 sẽ", 16, 0, 8, 9 },
		{ "29/02/2024", 10, 2024, 2, 29 },
		{ "29/2", 4, 0, 2, 29 },
		{ "1/1/1945", 8, 1945, 1, 1 },
		/* a footnote's mark glued to a spelled year (congbao-8chude
		 * quyet-dinh-so-333-qd-btc: "Hà Nội, ngày 23 tháng 02 năm 20264") */
		{ "ngày 23 tháng 02 năm 20264 ", 29, 2026, 2, 23 },
		{ "ngày 23 tháng 02 năm 202645", 18, 0, 2, 23 },
		/* impossible or not dates */
		{ "31/02/2022", 0, 0, 0, 0 },
		{ "29/02/2023", 0, 0, 0, 0 },
		{ "29/02/1900", 0, 0, 0, 0 },
		{ "0/5/2020", 0, 0, 0, 0 },
		{ "32/1/2020", 0, 0, 0, 0 },
		{ "15/13/2020", 0, 0, 0, 0 },
		{ "31/4", 0, 0, 0, 0 },
		{ "8/2/22", 0, 0, 0, 0 },
		{ "8/2/20221", 0, 0, 0, 0 },
		{ "8/2/2022a", 0, 0, 0, 0 },
		{ "1.250.000", 0, 0, 0, 0 },
		{ "10.5", 0, 0, 0, 0 },
		{ "2-1", 0, 0, 0, 0 },
		{ "485/502", 0, 0, 0, 0 },
		{ "9/8/", 0, 0, 0, 0 },
		{ "8/2/1700", 0, 0, 0, 0 },
		{ "ngày", 0, 0, 0, 0 },
		{ "ngày mai", 0, 0, 0, 0 },
		{ "ngàyx 8/2/2022", 0, 0, 0, 0 },
		{ "tháng 8", 0, 0, 0, 0 },
		{ "", 0, 0, 0, 0 },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct text_date d = { 77, 77, 77, 77 };
		size_t used = text_date_parse(rows[i].in, strlen(rows[i].in), &d);
		if (used != rows[i].used)
			fail_msg("text_date_parse(\"%s\") used %zu, want %zu", rows[i].in, used,
				 rows[i].used);
		if (used && (d.year != rows[i].y || d.month != rows[i].m || d.day != rows[i].d ||
			     d.inferred != 0))
			fail_msg("text_date_parse(\"%s\"): %d-%d-%d", rows[i].in, d.year, d.month,
				 d.day);
	}
	/* Only len bytes are read. */
	struct text_date d;
	assert_int_equal(text_date_parse("8/2/2022", 6, &d), 0);

	char iso[11];
	text_date_iso(&(struct text_date){ 2022, 2, 8, 0 }, iso);
	assert_string_equal(iso, "2022-02-08");
	text_date_iso(&(struct text_date){ 0, 8, 9, 0 }, iso);
	assert_string_equal(iso, "--08-09");
	text_date_iso(&(struct text_date){ 1945, 9, 2, 1 }, iso);
	assert_string_equal(iso, "1945-09-02");

	/* An inferred year never before a cited date: raised to its year, and
	 * one more when the day and month would still come first. */
	static const struct {
		struct text_date d, cited;
		int year, changed;
	} floors[] = {
		{ { 2024, 5, 19, 1 }, { 2024, 12, 22, 0 }, 2025, 1 },
		{ { 2024, 12, 23, 1 }, { 2024, 12, 22, 0 }, 2024, 0 },
		{ { 2024, 12, 22, 1 }, { 2024, 12, 22, 0 }, 2024, 0 },
		{ { 2020, 5, 19, 1 }, { 2023, 1, 1, 0 }, 2023, 1 },
		{ { 2020, 1, 1, 1 }, { 2023, 6, 1, 0 }, 2024, 1 },
		{ { 2025, 5, 19, 1 }, { 2024, 12, 22, 0 }, 2025, 0 },
		{ { 2025, 5, 19, 1 }, { 0, 0, 0, 0 }, 2025, 0 },
		{ { 0, 5, 19, 1 }, { 0, 0, 0, 0 }, 0, 0 },
	};
	for (size_t i = 0; i < N_ELEMS(floors); i++) {
		struct text_date f = floors[i].d;
		int changed = text_date_floor(&f, &floors[i].cited);
		if (f.year != floors[i].year || changed != floors[i].changed || f.month != floors[i].d.month ||
		    f.day != floors[i].d.day)
			fail_msg("floor row %zu: %d-%d-%d changed %d", i, f.year, f.month, f.day, changed);
	}
}

/* Signature blocks as tvpl-legal-news has them (Markdown table pipes, bold
 * markers, titles wrapped over lines, a military rank), and text without one. */
static void test_signers(void **state)
{
	(void)state;
	static const struct {
		const char *text, *want;
	} rows[] = {
		{ "- Lưu: VT, KTTH (2).\n|\n**TM. CHÍNH PHỦ**\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nHồ Đức Phớc\n|\n",
		  "Hồ Đức Phớc" },
		{ "- Lưu: VT, Vụ CQĐP.\n|\n**KT. BỘ TRƯỞNG**\nTHỨ TRƯỞNG\n**Trương Hải Long**\n|\n",
		  "Trương Hải Long" },
		{ "- Lưu: VT.\n|\n**KT. BỘ TRƯỞNG**\nTHỨ TRƯỞNG\nThượng tướng Vũ Hải Sản\n|\n",
		  "Vũ Hải Sản" },
		{ "|\n**TL. CỤC\nTRƯỞNG**\n**KT.\nTRƯỞNG BAN NGHIỆP VỤ THU****Ế**** HQ**\n**PHÓ\n"
		  "TRƯ****Ở****NG BAN**\nĐào Thu Hương\n|\n",
		  "Đào Thu Hương" },
		{ "Điều 3. Hiệu lực thi hành\nNghị quyết này có hiệu lực từ ngày ký.\nNguyễn Văn An đã phát biểu.\n",
		  "" },
		{ "CHƯƠNG I\nNhững Quy Định Chung\n", "" },
	};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
		char out[96];
		size_t n = text_signer(rows[i].text, strlen(rows[i].text), out, sizeof out);
		if (strcmp(out, rows[i].want) != 0 || n != strlen(rows[i].want))
			fail_msg("signer row %zu: got '%s', want '%s'", i, out, rows[i].want);
	}
}

/* A joint text's signature blocks, one per body (congbao-8chude, the end of
 * 01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH: a gazette page break between
 * two of them in the second row), and where the blocks end: the text that
 * follows, or a single block. */
static void test_joint_signers(void **state)
{
	(void)state;
	static const struct {
		const char *text, *want;
		size_t n;
	} rows[] = {
		{ "đổi, bổ sung cho phù hợp./.\n \nKT. CHÁNH ÁN\nTÒA ÁN NHÂN DÂN TỐI CAO\nPHÓ CHÁNH ÁN\n \n"
		  " \nNguyễn Trí Tuệ\n \nKT. VIỆN TRƯỞNG\nVIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nPHÓ VIỆN TRƯỞNG\n"
		  " \n \nNguyễn Duy Giảng\n \nKT. BỘ TRƯỞNG BỘ CÔNG AN\nTHỨ TRƯỞNG\n \n \n"
		  "Trung tướng Nguyễn Duy Ngọc\n",
		  "Nguyễn Trí Tuệ – Nguyễn Duy Giảng – Nguyễn Duy Ngọc", 3 },
		{ "KT. BỘ TRƯỞNG BỘ QUỐC PHÒNG\nTHỨ TRƯỞNG\n\nThượng tướng Võ Minh Lương\n \n20 \n"
		  "CÔNG BÁO/Số 261 + 262/Ngày 06-3-2022 \nKT. BỘ TRƯỞNG\n"
		  "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI    \nTHỨ TRƯỞNG\n\n\nNguyễn Thị Hà \n",
		  "Võ Minh Lương – Nguyễn Thị Hà", 2 },
		{ "**KT. BỘ TRƯỞNG**\nTHỨ TRƯỞNG\n**Trương Hải Long**\n\nPHỤ LỤC\nDanh mục\n"
		  "Điều 1. Phạm vi\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n",
		  "Trương Hải Long", 1 },
		{ "Điều 3. Hiệu lực thi hành\nNghị quyết này có hiệu lực từ ngày ký.\n", "", 0 },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		char out[CITE_ISSUER_MAX];
		size_t n = text_signers(rows[i].text, strlen(rows[i].text), out, sizeof out);
		if (strcmp(out, rows[i].want) != 0 || n != rows[i].n)
			fail_msg("signers row %zu: got %zu '%s', want '%s'", i, n, out, rows[i].want);
	}
}

/* A joint text's letterhead (congbao-8chude, 01/2022/TTLT-VKSNDTC-TANDTC-BCA-
 * BQP-BLĐTBXH, as the gazette prints it: twice, wrapped differently): all
 * five bodies in its order, read with confidence; the same letterhead over
 * a number with a code the table does not know (XYZ for BLĐTBXH) gives the
 * letterhead's own names; a body and its unit over a number that does not
 * say it is joint are one issuer, the unit. */
static void test_joint_letterhead(void **state)
{
	(void)state;
	static const char *const five =
		"Viện kiểm sát nhân dân tối cao – Tòa án nhân dân tối cao – Bộ Công an – Bộ Quốc phòng – "
		"Bộ Lao động - Thương binh và Xã hội";
	static const char head[] =
		"CÔNG BÁO/Số 261 + 262/Ngày 06-3-2022 \n3 \n \nVĂN BẢN QUY PHẠM PHÁP LUẬT \n \n"
		"VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - \nTÒA ÁN NHÂN DÂN TỐI CAO - \n"
		"BỘ CÔNG AN - BỘ QUỐC PHÒNG - \nBỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI \n \n"
		"VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - \n TÒA ÁN NHÂN DÂN TỐI CAO -  \n"
		"BỘ CÔNG AN - BỘ QUỐC PHÒNG -  \nBỘ LAO ĐỘNG - THƯƠNG BINH  \nVÀ XÃ HỘI \n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n \n \n";
	static const char tail[] = " \nHà Nội, ngày 18 tháng 02 năm 2022 \n \nTHÔNG TƯ LIÊN TỊCH \n"
				   "Quy định về phối hợp giữa các cơ quan có thẩm quyền \n \n";
	char text[2048];
	snprintf(text, sizeof text, "%sSố: 01/2022/TTLT-VKSNDTC-\nTANDTC-BCA-BQP-BLĐTBXH%s", head, tail);
	struct first f = scan_first(text);
	assert_true(f.m.letterhead & CITE_OWN_TEXT);
	assert_string_equal(f.m.num.canonical, "01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH");
	assert_string_equal(f.m.issuer_name, five);
	assert_false(f.m.letterhead & CITE_UNSURE_ISSUER);

	snprintf(text, sizeof text, "%sSố: 01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-XYZ%s", head, tail);
	f = scan_first(text);
	assert_true(f.m.letterhead & CITE_OWN_TEXT);
	assert_string_equal(f.m.issuer_name, five);

	f = scan_first("BỘ CÔNG AN\nCỤC QUẢN LÝ XUẤT NHẬP CẢNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
		       "Độc lập - Tự do - Hạnh phúc\n\nSố: 8258/QĐ-BCA-QLXNC\nHà Nội, ngày 12 tháng 9 "
		       "năm 2024\n\nQUYẾT ĐỊNH\nVề việc ban hành quy trình\n\n");
	assert_true(f.m.letterhead & CITE_OWN_TEXT);
	assert_null(strstr(f.m.issuer_name, CITE_JOINT_SEP));
	assert_int_equal(cite_joint_count(f.m.issuer_name), 1);
}

/* A joint number's bodies from the issuer table, in the number's order; a
 * body's own unit after it (1234/QĐ-BTC-TCT), a code the table does not
 * know, a code several bodies share, and a number of one body are none. */
static void test_joint_names(void **state)
{
	(void)state;
	static const struct {
		const char *number, *want;
		int n;
	} rows[] = {
		{ "01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH",
		  "Viện kiểm sát nhân dân tối cao – Tòa án nhân dân tối cao – Bộ Công an – Bộ Quốc phòng – "
		  "Bộ Lao động - Thương binh và Xã hội", 5 },
		{ "17/2014/TTLT-BLĐTBXH-BTC", "Bộ Lao động - Thương binh và Xã hội – Bộ Tài chính", 2 },
		{ "26/2007/TTLT-LĐTBXH-TWĐTNCSHCM",
		  "Bộ Lao động - Thương binh và Xã hội – Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", 2 },
		{ "06-HD/BTCTW-BTGTW", "Ban Tổ chức Trung ương – Ban Tuyên giáo Trung ương", 2 },
		{ "515/KH-BCA-BNN&MT", "Bộ Công an – Bộ Nông nghiệp và Môi trường", 2 },
		{ "1234/QĐ-BTC-TCT", "", 0 },
		{ "8258/QĐ-BCA-QLXNC", "", 0 },
		{ "12/2016/TTLT-BLĐTBXH-XYZ", "", 0 },
		{ "89/2021/NĐ-CP", "", 0 },
		{ "5348/CT-CS", "", 0 },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct cite_number num;
		if (!cite_parse(rows[i].number, strlen(rows[i].number), &num))
			fail_msg("joint row %zu: %s is not read", i, rows[i].number);
		char out[CITE_ISSUER_MAX];
		int n = cite_joint_names(&num, out, sizeof out);
		if (n != rows[i].n || strcmp(out, rows[i].want) != 0 ||
		    cite_joint_count(out) != (size_t)rows[i].n)
			fail_msg("joint row %zu: got %d '%s', want '%s'", i, n, out, rows[i].want);
	}
	/* Too small a buffer: nothing, not a name cut short. */
	struct cite_number num;
	char small[40];
	assert_true(cite_parse("17/2014/TTLT-BLĐTBXH-BTC", strlen("17/2014/TTLT-BLĐTBXH-BTC"), &num));
	assert_int_equal(cite_joint_names(&num, small, sizeof small), 0);
	assert_string_equal(small, "");
}

/* A run of letters longer than any code, with term digits after it: no
 * code, and nothing written past the code's buffer (tests/fuzz/regress/citation/). */
static void test_code_too_long(void **state)
{
	(void)state;
	static const char *const in[] = {
		"4328/ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP142-CS",
		"4328/ĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐ14-CS",
		"phrttienkhoahoccongnghedoimoisangtvanphong25/TT-Bdang0, t",
	};
	for (size_t i = 0; i < N_ELEMS(in); i++) {
		struct cite_number n;
		if (cite_parse(in[i], strlen(in[i]), &n))
			fail_msg("cite_parse(\"%s\") read %s \"%s\"", in[i], kind_name(n.kind),
				 n.canonical);
	}
	/* The longest code that fits is still read. */
	struct cite_number n;
	static const char fits[] = "4328/ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL-CS";
	assert_true(cite_parse(fits, strlen(fits), &n));
}

/* The type names' keys compiled in by scripts/gen-cite-tables.sh are
 * text_fold_key's, name for name: a search compares them with the keys it
 * folds at run time. Every name of the tables is folded there today. */
static void check_folded(const char *name, const char *folded)
{
	struct buf b = BUF_INIT;
	text_fold_key(name, strlen(name), &b);
	assert_non_null(folded);
	assert_string_equal(folded, b.p ? b.p : "");
	buf_release(&b);
}

static void test_folded_names(void **state)
{
	(void)state;
	for (size_t i = 0; i < cite_tab_n_type_names; i++)
		check_folded(cite_tab_type_names[i].name, cite_tab_type_names[i].folded);
	for (size_t i = 0; i < cite_tab_n_uncoded; i++)
		check_folded(cite_tab_uncoded[i].name, cite_tab_uncoded[i].folded);
	assert_string_equal(cite_type_code("nghi dinh"), "NĐ");
	assert_string_equal(cite_type_code("Bản thỏa thuận"), cite_type_code("ban THOA thuan"));
}

/* cite_type_name_leading folds a title once: what cite_type_name_for says
 * of its first 4, 3, 2, 1 words, longest first, as query_title_type asked
 * it before. Titles from the corpus and the odd spacing they carry. */
static const char *type_of_prefixes(const char *title)
{
	size_t ends[4], nw = 0;
	const char *name = NULL;
	for (size_t i = 0; title[i] && nw < 4; i++)
		if (!title[i + 1] || title[i + 1] == ' ' || title[i + 1] == ':')
			ends[nw++] = i + 1;
	for (size_t k = nw; k > 0 && !name; k--) {
		char *prefix = xstrndup(title, ends[k - 1]);
		name = cite_type_name_for(prefix);
		free(prefix);
	}
	return name;
}

static void test_type_name_leading(void **state)
{
	(void)state;
	static const char *const titles[] = {
		"Thông tư liên tịch 01/2014/TTLT-BTP-BNV hướng dẫn",
		"Thông tư liên tịch: hướng dẫn",
		"Thông tư 15/2020/TT-BTC",
		"Bộ luật Lao động 2019",
		"Bộ luật Dân sự",
		"BỘ LUẬT HÌNH SỰ",
		"Luật Đất đai",
		"Luật:",
		"Luật",
		"Hiến pháp năm 2013",
		"Nghị quyết 57-NQ/TW về đột phá phát triển",
		"Quyết định  số 12", /* two spaces */
		"Quy dinh ve to chuc", /* without marks */
		"Văn bản hợp nhất 05/VBHN-VPQH",
		"Chỉ thị\u200b 05", /* a format character before the space */
		"Hỏi đáp: lương cơ sở 2024",
		"Lương cơ sở năm 2024 là bao nhiêu?",
		"  Luật Đầu tư", /* opening spaces */
		"Công văn",
		"Điều 5. Thời giờ làm việc",
		"",
	};
	for (size_t i = 0; i < sizeof titles / sizeof *titles; i++) {
		const char *want = type_of_prefixes(titles[i]);
		const char *got = cite_type_name_leading(titles[i], 4);
		if (want != got)
			fail_msg("\"%s\": cite_type_name_leading %s, by prefix %s", titles[i],
				 got ? got : "NULL", want ? want : "NULL");
	}
	assert_string_equal(cite_type_name_leading("Thông tư liên tịch 01/2014", 4),
			    "Thông tư liên tịch");
	assert_string_equal(cite_type_name_leading("Bộ luật Lao động", 4), "Bộ luật");
	assert_null(cite_type_name_leading(NULL, 4));
}

/* A title's type of legal force, from corpus/doctypes.tsv's force column
 * (it was a table of its own in query/search.c). */
static void test_title_force(void **state)
{
	(void)state;
	static const struct {
		const char *title;
		int force;
		size_t len;
	} cases[] = {
		{ "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", 2, sizeof "Hiến pháp" - 1 },
		{ "Bộ luật Lao động số 45/2019/QH14", 2, sizeof "Bộ luật" - 1 },
		{ "Luật Đất đai", 2, sizeof "Luật" - 1 },
		{ "Luật", 2, sizeof "Luật" - 1 },
		{ "Nghị định 145/2020/NĐ-CP", 1, sizeof "Nghị định" - 1 },
		{ "Pháp lệnh Ưu đãi người có công", 1, sizeof "Pháp lệnh" - 1 },
		{ "Thông tư 15/2020/TT-BTC", 0, 0 },
		{ "Nghị quyết 57-NQ/TW", 0, 0 },
		{ "Luật:", 0, 0 },          /* no space after the type: no title of it */
		{ "Luậtsư", 0, 0 },
		{ "luật đất đai", 0, 0 },   /* a title's type is capitalised */
		{ "", 0, 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		size_t len = 99;
		int force = cite_title_force(cases[i].title, &len);
		if (force != cases[i].force || len != cases[i].len)
			fail_msg("\"%s\": force %d length %zu, want %d and %zu", cases[i].title, force,
				 len, cases[i].force, cases[i].len);
	}
	size_t len = 99;
	assert_int_equal(cite_title_force(NULL, &len), 0);
	assert_int_equal(len, 0);
}

int main(void)
{
	const struct CMUnitTest mentions[] = {
		cmocka_unit_test(test_mention_table),
		cmocka_unit_test(test_seed_sentence),
		cmocka_unit_test(test_subjects),
		cmocka_unit_test(test_subject_outer_verb),
		cmocka_unit_test(test_date_of_another_year),
		cmocka_unit_test(test_sentences),
		cmocka_unit_test(test_letterhead_context),
		cmocka_unit_test(test_subject_sources),
		cmocka_unit_test(test_letterhead_structure),
		cmocka_unit_test(test_scan_edges),
	};
	const struct CMUnitTest parse[] = {
		cmocka_unit_test(test_code_too_long),
		cmocka_unit_test(test_cite_parse),
		cmocka_unit_test(test_cite_parse_typed),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_type_name_leading),
		cmocka_unit_test(test_title_force),
		cmocka_unit_test(test_subject_cased),
	};
	const struct CMUnitTest dates[] = {
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_signers),
		cmocka_unit_test(test_joint_signers),
		cmocka_unit_test(test_joint_names),
		cmocka_unit_test(test_joint_letterhead),
		cmocka_unit_test(test_folded_names),
	};
	int failed = 0;
	failed += cmocka_run_group_tests_name("mentions", mentions, NULL, NULL);
	failed += cmocka_run_group_tests_name("cite_parse", parse, NULL, NULL);
	failed += cmocka_run_group_tests_name("dates", dates, NULL, NULL);
	/* A count could reach 77 or 99, which automake reads as SKIP or ERROR. */
	return failed ? 1 : 0;
}
