/* test_structure.c — unit tables for text/structure.c: articles, clauses, points, divisions and quoted text, on lines of ../shared/corpus. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"
#include "util/util.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* The articles as "number|heading|clauses" joined by "; ", the divisions as
 * "kind label|title" joined by "; ". */
static void describe(const char *text, struct buf *arts, struct buf *divs)
{
	struct text_structure s;
	assert_int_equal(text_structure_read(text, strlen(text), &s), 0);
	for (size_t i = 0; i < s.narticles; i++) {
		const struct text_article *a = &s.articles[i];
		buf_addf(arts, "%s%s|%s|%zu", i ? "; " : "", a->number, a->heading, a->nclauses);
		/* The ranges are the text's own: an article holds its heading
		 * and its clauses, in order. */
		assert_true(a->start <= a->head_start && a->head_start <= a->head_end &&
			    a->head_end <= a->end && a->end <= strlen(text));
		for (size_t k = 0; k < a->nclauses; k++) {
			const struct text_clause *c = &s.clauses[a->first_clause + k];
			assert_int_equal(c->number, k + 1);
			assert_true(c->start >= a->head_end && c->start < c->end && c->end <= a->end);
		}
		if (i)
			assert_true(s.articles[i - 1].end <= a->start);
	}
	static const char kinds[] = { 'P', 'C', 'M' };
	for (size_t i = 0; i < s.ndivisions; i++)
		buf_addf(divs, "%s%c %s|%s", i ? "; " : "", kinds[s.divisions[i].kind],
			 s.divisions[i].label, s.divisions[i].title);
	text_structure_release(&s);
}

static void test_articles(void **state)
{
	(void)state;
	static const struct {
		const char *text, *articles, *divisions;
	} rows[] = {
		/* uts-vlc-laws/bo-luat-lao-dong.txt */
		{ "Điều 105. Thời giờ làm việc bình thường\n\n"
		  "1. Thời giờ làm việc bình thường không quá 08 giờ trong 01 ngày và không quá 48 giờ trong 01 tuần.\n\n"
		  "2. Người sử dụng lao động có quyền quy định thời giờ làm việc theo ngày hoặc tuần.\n\n"
		  "Nhà nước khuyến khích người sử dụng lao động thực hiện tuần làm việc 40 giờ đối với người lao động.\n\n"
		  "3. Người sử dụng lao động có trách nhiệm bảo đảm giới hạn thời gian làm việc.\n\n"
		  "Điều 106. Giờ làm việc ban đêm\n\n"
		  "Giờ làm việc ban đêm được tính từ 22 giờ đến 06 giờ sáng ngày hôm sau.\n",
		  "105|Thời giờ làm việc bình thường|3; 106|Giờ làm việc ban đêm|0", "" },
		/* uts-vlc-laws/bo-luat-dan-su.txt: Phần thứ nhất, Chương I, the title on the next line */
		{ "Quốc hội ban hành Bộ luật dân sự.\n\nPhần thứ nhất\n\nQUY ĐỊNH CHUNG\n\nChương I\n\n"
		  "NHỮNG QUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\n\nBộ luật này quy định địa vị pháp lý.\n",
		  "1|Phạm vi điều chỉnh|0", "P thứ nhất|QUY ĐỊNH CHUNG; C I|NHỮNG QUY ĐỊNH CHUNG" },
		/* Roman chapter with its title on the line; "Mục 1"; "MỤC LỤC" and "Phần mềm" are none */
		{ "MỤC LỤC\n\nChương III HỢP ĐỒNG LAO ĐỘNG\n\nMục 1. GIAO KẾT HỢP ĐỒNG LAO ĐỘNG\n\n"
		  "Điều 13. Hợp đồng lao động\n\nPhần mềm quản lý được cài đặt.\n",
		  "13|Hợp đồng lao động|0", "C III|HỢP ĐỒNG LAO ĐỘNG; M 1|GIAO KẾT HỢP ĐỒNG LAO ĐỘNG" },
		/* uts-vlc-laws/luat-khieu-nai-to-cao.txt: a bare number, clauses "1- …" */
		{ "Điều 1\n\n1- Công dân, cơ quan, tổ chức có quyền khiếu nại quyết định hành chính.\n\n"
		  "Cán bộ, công chức có quyền khiếu nại quyết định kỷ luật.\n\n2- Công dân có quyền tố cáo.\n\n"
		  "Điều 2\n\nTrong Luật này, các từ ngữ dưới đây được hiểu như sau:\n",
		  "1||2; 2||0", "" },
		/* uts-vlc-laws/luat-bao-ve-suc-khoe-nhan-dan.txt: the next line is the text, not a heading */
		{ "Điều 32\n\nKhám bệnh, chữa bệnh cho người nước ngoài tại Việt Nam.\n", "32||0", "" },
		/* uts-vlc-laws/hien-phap.txt style: "Điều 20." alone */
		{ "Điều 20.\n\n1. Mọi người có quyền bất khả xâm phạm về thân thể.\n", "20||1", "" },
		/* uts-vlc-laws/luat-cong-nghe-thong-tin.txt: "Điều 5" without its full stop, in order */
		{ "Điều 4. Giải thích từ ngữ\n\n18. Số hóa là việc biến đổi các loại hình thông tin sang thông tin số.\n\n"
		  "Điều 5 Chính sách của Nhà nước về ứng dụng và phát triển công nghệ thông tin\n\n"
		  "1. Ưu tiên ứng dụng và phát triển công nghệ thông tin.\n",
		  "4|Giải thích từ ngữ|0; 5|Chính sách của Nhà nước về ứng dụng và phát triển công nghệ thông tin|1", "" },
		/* congbao hd_khoan/thong-tu-so-06-2023: a wrapped sentence that begins "Điều 1 Nghị định số …" */
		{ "Điều 2. Đối tượng áp dụng\n"
		  "1. Các đối tượng quy định tại điểm a, điểm b, điểm c, điểm h và điểm i khoản 1 \n"
		  "Điều 1 Nghị định số 42/2023/NĐ-CP hưởng lương hưu, trợ cấp bảo hiểm xã hội và \n"
		  "trợ cấp hằng tháng trước ngày 01 tháng 7 năm 2023. \n",
		  "2|Đối tượng áp dụng|1", "" },
		/* a mention inside a sentence and a sentence that starts with one */
		{ "Điều 3. Giải thích từ ngữ\nTrường hợp theo quy định tại Điều 5 của Luật này.\n"
		  "Điều 5 của Luật Bảo hiểm xã hội được áp dụng.\nĐiều 4. Nguyên tắc\n",
		  "3|Giải thích từ ngữ|0; 4|Nguyên tắc|0", "" },
		/* congbao VBHN 4496/VBHN-BLĐTBXH: footnote digits glued, "37a", a heading over lines */
		{ "Điều 5. Điều kiện hỗ trợ2 \n1. Người lao động được hỗ trợ.\n"
		  "Điều 37a. Hỗ trợ đối với hộ kinh doanh sản xuất nông, lâm, ngư nghiệp, \n"
		  "làm muối và những người bán hàng rong, quà vặt, buôn chuyến, kinh doanh \n"
		  "lưu động, kinh doanh thời vụ, làm dịch vụ có thu nhập thấp không phải đăng \n"
		  "ký hộ kinh doanh29 \n1. Hộ kinh doanh được hỗ trợ.\nĐiều 38. Hồ sơ\n",
		  "5|Điều kiện hỗ trợ|1; 37a|Hỗ trợ đối với hộ kinh doanh sản xuất nông, lâm, ngư nghiệp, "
		  "làm muối và những người bán hàng rong, quà vặt, buôn chuyến, kinh doanh lưu động, "
		  "kinh doanh thời vụ, làm dịch vụ có thu nhập thấp không phải đăng ký hộ kinh doanh|1; "
		  "38|Hồ sơ|0", "" },
		/* congbao cong_doan/thong-tu-so-12-2024: a heading cut at a number's dash */
		{ "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 32/2016/TT-\n"
		  "BLĐTBXH ngày 25 tháng 10 năm 2016\n1. Sửa đổi khoản 1 Điều 3.\n",
		  "1|Sửa đổi, bổ sung một số điều của Thông tư số 32/2016/TT-BLĐTBXH ngày 25 tháng 10 năm 2016|1", "" },
		/* congbao hd_khoan/thong-tu-so-11-2022 and thue_tncn/thong-tu-so-20-2026: a heading
		 * wrapped after a word that cannot end it, the next line in capitals or a number;
		 * bhxh/van-ban-hop-nhat-so-16: "thanh khoản5" ends one (the text goes on below) */
		{ "Điều 17. Trách nhiệm của các đơn vị thuộc Bộ Lao động - Thương binh và \n"
		  "Xã hội \n1. Cục Việc làm có trách nhiệm hướng dẫn, kiểm tra.\n"
		  "Điều 18. Thuế thu nhập doanh nghiệp đối với doanh nghiệp nước ngoài \n"
		  "kinh doanh tại Việt Nam quy định tại Điều 2, khoản 4 Điều 3 và khoản 3 Điều \n"
		  "12 của Nghị định số 320/2025/NĐ-CP  \n"
		  "1. Quy định tại Điều này áp dụng đối với doanh nghiệp nước ngoài.\n"
		  "Điều 19. Bảo đảm thanh khoản5 \n"
		  "Bảo hiểm xã hội Việt Nam có trách nhiệm đảm bảo số dư trên tài khoản tiền \n"
		  "gửi phản ánh các khoản thu, chi theo quy định.\n"
		  "Điều 20. Trách nhiệm của \nĐiều 21. Hiệu lực thi hành\n",
		  "17|Trách nhiệm của các đơn vị thuộc Bộ Lao động - Thương binh và Xã hội|1; "
		  "18|Thuế thu nhập doanh nghiệp đối với doanh nghiệp nước ngoài kinh doanh tại Việt Nam "
		  "quy định tại Điều 2, khoản 4 Điều 3 và khoản 3 Điều 12 của Nghị định số 320/2025/NĐ-CP|1; "
		  "19|Bảo đảm thanh khoản|0; 20|Trách nhiệm của|0; 21|Hiệu lực thi hành|0", "" },
		/* congbao hdld/nghi-dinh-so-372-2025: quoted amending text is the amending article's */
		{ "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 112/2021/NĐ-CP\n"
		  "1. Sửa đổi khoản 2 Điều 3.\n"
		  "2. Bổ sung Điều 15a như sau: \n"
		  "“Điều 15a. Thông báo đáp ứng điều kiện của thị trường, ngành nghề  \n"
		  "1. Trước khi thực hiện hoạt động đưa người lao động đi làm việc tại Đài \n"
		  "Loan (Trung Quốc), doanh nghiệp thực hiện việc thông báo.  \n"
		  "Điều 15b. Thông báo danh sách người lao động dự kiến đi làm việc\n"
		  "2. Doanh nghiệp thông báo theo “Mẫu số 01”.”\n"
		  "3. Sửa đổi Điều 20.\n"
		  "Điều 2. Hiệu lực thi hành\nNghị định này có hiệu lực thi hành kể từ ngày ký.\n",
		  "1|Sửa đổi, bổ sung một số điều của Nghị định số 112/2021/NĐ-CP|3; 2|Hiệu lực thi hành|0", "" },
		/* congbao cong_doan/thong-tu-so-12-2024: straight quotes */
		{ "Điều 2. Sửa đổi, bổ sung\n1. Bổ sung Điều 3a vào sau Điều 3 như sau: \n"
		  "\"Điều 3a. Thang lương, bảng lương, phụ cấp lương \n"
		  "VAMC xây dựng thang lương, bảng lương và phụ cấp lương.\"\n"
		  "Điều 3. Hiệu lực thi hành\n",
		  "2|Sửa đổi, bổ sung|1; 3|Hiệu lực thi hành|0", "" },
		/* a quoted article the quotes do not mark: out of order */
		{ "Điều 1. Sửa đổi Luật\n1. Điều 5 được sửa đổi như sau:\nĐiều 5. Giải thích từ ngữ\nNội dung.\n"
		  "Điều 2. Hiệu lực thi hành\n",
		  "1|Sửa đổi Luật|1; 2|Hiệu lực thi hành|0", "" },
		/* tvpl-legal-news legal_docs/518fe8ba9a6bd9dc.md as ingest's Markdown
		 * step leaves it (its bold over two lines joined: golden furniture.t) */
		{ "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n1. Phạm vi điều chỉnh\n"
		  "Điều 2. Đối tượng và nội dung phân cấp\n",
		  "1|Phạm vi điều chỉnh và đối tượng áp dụng|1; 2|Đối tượng và nội dung phân cấp|0", "" },
		/* "Điều thứ 5", capitals, a decision and the regulation it issues (numbering again) */
		{ "Điều thứ 5. Quyền sở hữu\nĐIỀU 6. NGHĨA VỤ\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế\n",
		  "5|Quyền sở hữu|0; 6|NGHĨA VỤ|0; 1|Ban hành kèm theo Quyết định này Quy chế|0", "" },
		/* congbao chinh_sach_dn/nghi-quyet-so-6616-2026 and xuat_nhap_khau: lines a
		 * wrapped sentence began with a mention of another text's division, and
		 * a real section after them */
		{ "Chương I\nQUY ĐỊNH CHUNG\n"
		  "kiện hoặc xe ô tô sát xi để sản xuất, lắp ráp xe ô tô tại điểm b.5.4 khoản 2 \n"
		  "Chương 98 Nghị định số 26/2023/NĐ-CP \n"
		  "quyền, phân cấp trong lĩnh vực y tế. \nMục II.3, phần 12 Phụ lục III;  \n"
		  "Mục 22.1 và 22.2 chỉ khai đối với phương \n"
		  "thuộc Chương IV Nghị định này; \nChương IV Nghị định này; \n"
		  "Mục 1. CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH\n",
		  "", "C I|QUY ĐỊNH CHUNG; M 1|CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH" },
		/* congbao chinh_sach_dn/nghi-quyet-so-6616-2026: a table's cell lists the
		 * provisions of a circular it amends, "Chương V." alone its last; the
		 * Constitution's "Chương V." alone over its title is a chapter */
		{ "13. Thông tư số 10/2021/TT-BTC hướng dẫn quản lý hành \n"
		  "nghề dịch vụ làm thủ tục về thuế. \nChương III; \nChương V. \nBộ Tài chính \n"
		  "14. Thông tư số 86/2024/TT-BTC quy định về đăng ký \nthuế. \n"
		  "Nhà nước phát huy tinh thần yêu nước.\n\nChương V.\n\nQUỐC HỘI\n",
		  "", "C V|QUỐC HỘI" },
		/* the text's edges: nothing, a word alone, a number without a line end */
		{ "", "", "" },
		{ "Điều", "", "" },
		{ "Điều 7", "7||0", "" },
		{ "Chương", "", "" },
		/* no structure: a news story */
		{ "Theo Điều 26 Bộ luật Lao động, người lao động được nghỉ.\n", "", "" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct buf arts = BUF_INIT, divs = BUF_INIT;
		describe(rows[i].text, &arts, &divs);
		const char *got = arts.p ? arts.p : "", *gotd = divs.p ? divs.p : "";
		if (strcmp(got, rows[i].articles) != 0)
			fail_msg("row %zu: articles\n  got  \"%s\"\n  want \"%s\"", i, got, rows[i].articles);
		if (strcmp(gotd, rows[i].divisions) != 0)
			fail_msg("row %zu: divisions\n  got  \"%s\"\n  want \"%s\"", i, gotd, rows[i].divisions);
		buf_release(&arts);
		buf_release(&divs);
	}
}

static void test_quotes(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		const char *spans; /* "start-end" of each quote, as byte offsets */
	} rows[] = {
		{ "a “b” c", "2-9" },
		{ "“Điều 5. X “Mẫu số 01” y.”\nz", "0-41" },
		{ "\"Điều 3a. Thang lương\"\nVAMC", "0-27" },
		{ "gọi là \"ABC\" và \"DEF\"", "10-15; 20-25" },
		{ "mở “ không đóng", "" },
		{ "", "" },
	};
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct text_quote *q;
		size_t n = text_quotes(rows[i].text, strlen(rows[i].text), &q);
		struct buf b = BUF_INIT;
		for (size_t k = 0; k < n; k++)
			buf_addf(&b, "%s%zu-%zu", k ? "; " : "", q[k].start, q[k].end);
		if (strcmp(b.p ? b.p : "", rows[i].spans) != 0)
			fail_msg("row %zu: got \"%s\", want \"%s\"", i, b.p ? b.p : "", rows[i].spans);
		for (size_t k = 0; k < n; k++) {
			assert_true(text_quoted(q, n, q[k].start));
			assert_false(text_quoted(q, n, q[k].end));
		}
		free(q);
		buf_release(&b);
	}
}

/* The points of each clause, as the structure reads them: "26.3: a Word,
 * b Word" (the letter and the first word after its mark) joined by "; ",
 * clauses without points left out. */
static void test_points(void **state)
{
	(void)state;
	static const struct {
		const char *text, *points;
	} rows[] = {
		/* uts-vlc-laws/bo-luat-lao-dong.txt Điều 35: "đ)" after "d)", "g)" after "e)" */
		{ "Điều 35. Quyền đơn phương chấm dứt hợp đồng lao động của người lao động\n\n"
		  "1. Người lao động có quyền đơn phương chấm dứt hợp đồng lao động nhưng phải báo trước cho người sử dụng lao động như sau:\n\n"
		  "a) Ít nhất 45 ngày nếu làm việc theo hợp đồng lao động không xác định thời hạn;\n\n"
		  "b) Ít nhất 30 ngày nếu làm việc theo hợp đồng lao động xác định thời hạn có thời hạn từ 12 tháng đến 36 tháng;\n\n"
		  "2. Người lao động có quyền đơn phương chấm dứt hợp đồng lao động không cần báo trước trong trường hợp sau đây:\n\n"
		  "a) Không được bố trí theo đúng công việc;\n\n"
		  "b) Không được trả đủ lương hoặc trả lương không đúng thời hạn;\n\n"
		  "c) Bị người sử dụng lao động ngược đãi, đánh đập;\n\n"
		  "d) Bị quấy rối tình dục tại nơi làm việc;\n\n"
		  "đ) Lao động nữ mang thai phải nghỉ việc theo quy định tại khoản 1 Điều 138 của Bộ luật này;\n\n"
		  "e) Đủ tuổi nghỉ hưu theo quy định tại Điều 169 của Bộ luật này;\n\n"
		  "g) Người sử dụng lao động cung cấp thông tin không trung thực.\n\n"
		  "Điều 36. Quyền đơn phương chấm dứt hợp đồng lao động của người sử dụng lao động\n",
		  "35.1: a Ít, b Ít; 35.2: a Không, b Không, c Bị, d Bị, đ Lao, e Đủ, g Người" },
		/* uts-vlc-laws/luat-canh-tranh.txt: "a." in an older law */
		{ "Điều 71. Người phiên dịch\n\n"
		  "1. Người phiên dịch là người có khả năng dịch từ một ngôn ngữ khác ra tiếng Việt và ngược lại.\n\n"
		  "2. Người phiên dịch có quyền và nghĩa vụ sau đây:\n\n"
		  "a. Có mặt theo giấy triệu tập;\n\n"
		  "b. Phải phiên dịch trung thực, khách quan, đúng nghĩa;\n",
		  "71.2: a Có, b Phải" },
		/* A trap: a lettered list in an article without khoản is no point. */
		{ "Điều 35. Quyền đơn phương chấm dứt hợp đồng lao động của người lao động\n\n"
		  "Người lao động có quyền đơn phương chấm dứt hợp đồng lao động nhưng phải báo trước:\n\n"
		  "a) Ít nhất 45 ngày nếu làm việc theo hợp đồng lao động không xác định thời hạn;\n\n"
		  "b) Ít nhất 30 ngày nếu làm việc theo hợp đồng lao động xác định thời hạn;\n",
		  "" },
		/* Traps: quoted amending text ("a) …" inside “…”) is the clause's
		 * text, not its points; letters out of order ("c)" before "b)")
		 * and a word ("a)b") are none. */
		{ "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 145/2020/NĐ-CP\n\n"
		  "1. Sửa đổi điểm a khoản 2 Điều 4 như sau:\n\n"
		  "“a) Người lao động làm việc theo hợp đồng lao động;\n\n"
		  "b) Người học nghề, tập nghề.”\n\n"
		  "2. Bổ sung khoản 3 như sau:\n\n"
		  "a) Thời gian nghỉ;\n\n"
		  "c) Thời gian khác;\n\n"
		  "a)b không phải điểm;\n\n"
		  "b) Nghỉ hằng năm.\n",
		  "1.2: a Thời, b Nghỉ" },
		/* A quote opened at a line's end: the lines under it are quoted,
		 * which a reading cut at one of them cannot tell. */
		{ "Điều 1. Sửa đổi Nghị định số 145/2020/NĐ-CP\n\n"
		  "1. Sửa đổi khoản 2 Điều 4 như sau: “\n"
		  "a) Người lao động làm việc theo hợp đồng lao động;\n"
		  "b) Người học nghề, tập nghề.”\n\n"
		  "2. Bổ sung khoản 3 như sau:\n\n"
		  "a) Thời gian nghỉ.\n",
		  "1.2: a Thời" },
	};
	int says[2] = { 0, 0 }, cut[2] = { 0, 0 };
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		const char *text = rows[i].text;
		struct text_structure s;
		struct buf b = BUF_INIT;
		assert_int_equal(text_structure_read(text, strlen(text), &s), 0);
		for (size_t j = 0; j < s.narticles; j++) {
			const struct text_article *a = &s.articles[j];
			for (size_t k = 0; k < a->nclauses; k++) {
				const struct text_clause *c = &s.clauses[a->first_clause + k];
				struct text_point *p;
				size_t n = text_points_read(text, c->start, c->end, &p);
				/* text_points_may_open's 0 (nothing to read) is never
				 * wrong: no point starts at or before the offset. */
				for (size_t at = c->start; at < c->end; at++) {
					int may = text_points_may_open(text, c->start, at + 1);
					says[may] = 1;
					if (!may && n && p[0].start <= at)
						fail_msg("row %zu: point %s at %zu, but none may open "
							 "before %zu", i, p[0].letter, p[0].start, at + 1);
					/* Read only to at's line (the text up to avail),
					 * the points up to at are the whole clause's, or
					 * it says it cannot tell. */
					size_t avails[] = { at + 1, at + 16, c->end };
					for (size_t v = 0; v < N_ELEMS(avails); v++) {
						size_t avail = avails[v] < c->end ? avails[v] : c->end;
						struct text_point *pa;
						size_t na = text_points_read_at(text, c->start, avail, at, &pa);
						cut[na == TEXT_POINTS_WHOLE] = 1;
						if (na == TEXT_POINTS_WHOLE) {
							assert_null(pa);
							continue;
						}
						size_t upto = 0;
						while (upto < n && p[upto].start <= at)
							upto++;
						if (na != upto)
							fail_msg("row %zu, at %zu, avail %zu: %zu points, "
								 "the whole clause has %zu to there",
								 i, at, avail, na, upto);
						for (size_t m = 0; m < upto && m < na; m++)
							if (pa[m].start != p[m].start ||
							    strcmp(pa[m].letter, p[m].letter) != 0)
								fail_msg("row %zu, at %zu: point %zu is %s at "
									 "%zu, the whole clause's %s at %zu",
									 i, at, m, pa[m].letter, pa[m].start,
									 p[m].letter, p[m].start);
						free(pa);
					}
				}
				for (size_t m = 0; m < n; m++) {
					assert_true(c->start < p[m].start && p[m].start < p[m].end &&
						    p[m].end <= c->end);
					if (m)
						assert_true(p[m - 1].end == p[m].start);
					const char *w = strstr(text + p[m].start, " ") + 1;
					if (!m)
						buf_addf(&b, "%s%s.%u: ", b.len ? "; " : "", a->number,
							 c->number);
					buf_addf(&b, "%s%s %.*s", m ? ", " : "", p[m].letter,
						 (int)strcspn(w, " "), w);
				}
				free(p);
			}
		}
		if (strcmp(b.p ? b.p : "", rows[i].points) != 0)
			fail_msg("row %zu:\n  got  \"%s\"\n  want \"%s\"", i, b.p ? b.p : "",
				 rows[i].points);
		buf_release(&b);
		text_structure_release(&s);
	}
	/* Both answers come: the look-ahead saves reading some clauses. */
	assert_true(says[0] && says[1]);
	/* Both again: cut at the line's end, and the whole clause asked for
	 * (a line running past avail, a quote open across lines). */
	assert_true(cut[0] && cut[1]);
	/* A range without text has no points. */
	struct text_point *p;
	assert_int_equal(text_points_read("a) x\n", 3, 3, &p), 0);
	assert_null(p);
}

/* Where an excerpt skips a letterhead to: the type heading below the motto,
 * alone or run on with its subject; nothing without a motto above it, nor
 * past the first article. */
static void test_head_heading(void **state)
{
	(void)state;
	static const struct {
		const char *text, *heading; /* heading: the text there, NULL: none */
		const char *start;          /* where the letterhead starts, NULL: the text's start */
	} rows[] = {
		/* congbao-8chude hdld/nghi-dinh-so-145-2020-nd-cp-32732.txt */
		{ "VĂN BẢN QUY PHẠM PHÁP LUẬT \n \nCHÍNH PHỦ \n \nSố: 145/2020/NĐ-CP \n"
		  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n \n"
		  "Hà Nội, ngày 14 tháng 12 năm 2020 \n \nNGHỊ ĐỊNH \nQuy định chi tiết …\n",
		  "NGHỊ ĐỊNH \n", NULL },
		/* uts-vlc-laws bo-luat-lao-dong.txt */
		{ "QUỐC HỘI\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
		  "---------------\n\nBộ luật số: 45/2019/QH14\n\nHà Nội, ngày 20 tháng 11 năm 2019\n\n"
		  "BỘ LUẬT\n\nLAO ĐỘNG\n",
		  "BỘ LUẬT\n", NULL },
		/* the heading and the subject on one line */
		{ "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLuật số: 39/2024/QH15\n"
		  "LUẬT THỦ ĐÔ\nCăn cứ Hiến pháp …\n",
		  "LUẬT THỦ ĐÔ\n", NULL },
		/* the Party's motto */
		{ "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 57-NQ/TW\nHà Nội, ngày 22 "
		  "tháng 12 năm 2024\nNGHỊ QUYẾT\nCỦA BỘ CHÍNH TRỊ\n",
		  "NGHỊ QUYẾT\n", NULL },
		/* capitals under a motto that open with no type */
		{ "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỘI ĐỒNG NHÂN DÂN TỈNH\nĐiều 1. Phạm vi\n"
		  "NGHỊ ĐỊNH\n",
		  NULL, NULL },
		/* a page's summary above the saved text (tvpl gov_news_and_docs
		 * 5b23fa267ca390f9.md): the letterhead starts below its items */
		{ "Thủ tục đăng ký biện pháp bảo đảm bằng tàu bay\n"
		  "- Tùy từng trường hợp thì nộp thêm:\n"
		  "- Trường hợp thực hiện thông qua người đại diện thì nộp văn bản.\n"
		  "BỘ TƯ PHÁP\n-------\nSố: 3303/QĐ-BTP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
		  "QUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH\n",
		  "QUYẾT ĐỊNH\n", "BỘ TƯ PHÁP\n" },
		/* a page: no motto */
		{ "# Nghị định 145/2020/NĐ-CP\n\nCHÍNH PHỦ\n\nNGHỊ ĐỊNH\nBài viết …\n", NULL, NULL },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		size_t len = strlen(rows[i].text);
		size_t start, at = text_head_heading_at(rows[i].text, len, &start);
		if (!rows[i].heading) {
			assert_int_equal(at, 0);
			continue;
		}
		assert_true(at > 0);
		assert_memory_equal(rows[i].text + at, rows[i].heading, strlen(rows[i].heading));
		if (rows[i].start)
			assert_memory_equal(rows[i].text + start, rows[i].start, strlen(rows[i].start));
		else
			assert_int_equal(start, 0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_articles),
		cmocka_unit_test(test_quotes),
		cmocka_unit_test(test_points),
		cmocka_unit_test(test_head_heading),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
