/* test_title.c — unit tables for titles: a text's head, as a file of that
 * name, through ingest_load_bytes to its title; and the rules titles take
 * from text/ (type headings, mottos) and a web page's title choice. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/ingest.h"
#include "ingest/ingest_int.h"
#include "text/text.h"
#include "util/util.h"

#include "tests/unit/shared_corpus.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* ---- heads of real texts ----------------------------------------------------
 * The hand-written rows are the cases of tests/golden/titles.t and their
 * neighbours; the rest are the first lines of files in ../shared/corpus,
 * cut where the title no longer changes. */

struct title_row {
	const char *what;  /* the case, or the file the head comes from */
	const char *name;  /* the file name given to the loader: its extension picks the format */
	const char *text;
	const char *title;
};

static const struct title_row rows[] = {
	{ "the line naming who enacts through an official's title (\"CỤC TRƯỞNG CỤC HẢI QUAN\") ends the subject — ../shared/corpus/tvpl-legal-news/legal_docs/c498c3f78df35e4f.md", "c498c3f78df35e4f.md",
		"BỘ TÀI\n"
		"CHÍNH\n"
		"**CỤC HẢI QUAN**\n"
		"-------\n"
		"|\n"
		"**CỘNG HÒA\n"
		"XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
		"Độc lập - Tự do - Hạnh phúc\n"
		"---------------\n"
		"|\n"
		"|\n"
		"Số: 37416/TB-CHQ\n"
		"|\n"
		"*Hà Nội,\n"
		"ngày **21** tháng **11** năm 2025*\n"
		"|\n"
		"** **\n"
		"**THÔNG BÁO**\n"
		"VỀ KẾT QUẢ XÁC ĐỊNH\n"
		"TRƯỚC MÃ SỐ\n"
		"**CỤC TRƯỞNG CỤC HẢI QUAN**\n"
		"Căn cứ Luật Hải quan ngày 23/6/2014;\n"
		"Căn cứ Nghị định số 08/2015/NĐ-CP ngày\n"
		"21/01/2015 của Chính phủ quy định chi tiết và biện pháp thi hành Luật Hải quan\n",
	  "Thông báo 37416/TB-CHQ: Kết quả xác định trước mã số" },
	{ "a title in capitals ending in a body's name (\"… QUẢN LÝ CỦA\" over \"BỘ CÔNG THƯƠNG\") keeps it; the line naming who enacts (\"BỘ TRƯỞNG BỘ CÔNG THƯƠNG\") is no part of it — ../shared/corpus/tvpl-legal-news/legal_docs/266dbea1c7803ae9.md", "266dbea1c7803ae9.md",
		"|\n"
		"**BỘ CÔNG\n"
		"THƯƠNG**\n"
		"-------\n"
		"|\n"
		"**CỘNG HÒA XÃ\n"
		"HỘI CHỦ NGHĨA VIỆT NAM**\n"
		"Độc lập - Tự do - Hạnh phúc\n"
		"---------------\n"
		"|\n"
		"|\n"
		"Số: 3361/QĐ-BCT\n"
		"|\n"
		"*Hà Nội, ngày\n"
		"18 tháng 11 năm 2025*\n"
		"|\n"
		"\n"
		"** **\n"
		"\n"
		"**QUYẾT\n"
		"ĐỊNH**\n"
		"\n"
		"VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ\n"
		"SUNG BAN HÀNH TRONG LĨNH VỰC XUẤT NHẬP KHẨU THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA\n"
		"BỘ CÔNG THƯƠNG\n"
		"\n"
		"**BỘ\n"
		"TRƯỞNG BỘ CÔNG THƯƠNG**\n"
		"\n"
		"*Căn cứ Nghị\n"
		"định số 40/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức\n"
		"năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công Thương, được sửa đổi\n",
	  "Quyết định 3361/QĐ-BCT: Công bố thủ tục hành chính sửa đổi, bổ sung ban hành trong lĩnh vực xuất nhập khẩu thuộc phạm vi chức năng quản lý của Bộ Công Thương" },
	{ "a one-word type heading is not joined to the subject under it: the regulation's title is made from both — ../shared/corpus/congbao-8chude/docs/thue_tncn/van-ban-hop-nhat-so-111-vbhn-vpqh-469594.txt", "vbhn-111.txt",
		"CÔNG BÁO/Số 302/Ngày 02-06-2026 \n"
		"76\n"
		" \n"
		"LUẬT \n"
		"THUẾ TIÊU THỤ ĐẶC BIỆT \n"
		" \n"
		"Luật Thuế tiêu thụ đặc biệt số 66/2025/QH15 ngày 14 tháng 6 năm 2025 \n"
		"của Quốc hội, có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026, được sửa \n"
		"đổi,  bổ sung bởi: \n",
	  "Luật Thuế tiêu thụ đặc biệt" },
	{ "a subject read after \"về\" starts the title's sentence — ../shared/corpus/tvpl-legal-news/legal_docs/2ebd04bbb88b5fcd.md", "2ebd04bbb88b5fcd.md",
		"Số: 1666/NQ-UBTVQH15 |\n"
		"|\n"
		"\n"
		"**NGHỊ QUYẾT**\n"
		"\n"
		"**Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Hưng Yên năm 2025**\n"
		"\n"
		"\n"
		"**ỦY BAN THƯỜNG VỤ QUỐC HỘI**\n"
		"\n"
		"*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*\n",
	  "Nghị quyết 1666/NQ-UBTVQH15: Sắp xếp các đơn vị hành chính cấp xã của tỉnh Hưng Yên năm 2025" },
	{ "a heading in capitals hard-wrapped after its first word — ../shared/corpus/tvpl-legal-news/gov_news_and_docs/cc4413ed987dcc19.md", "cc4413ed987dcc19.md",
		"VỀ\n"
		"VIỆC PHÊ DUYỆT DANH MỤC THỦ TỤC HÀNH CHÍNH NGÀNH XÂY DỰNG ĐỦ ĐIỀU KIỆN THỰC\n"
		"HIỆN DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH, MỘT PHẦN\n"
		"\n"
		"Giao Sở Khoa học và Công nghệ\n"
		"chủ trì phối hợp Sở Xây dựng và các đơn vị, địa phương liên quan khẩn trương\n",
	  "VỀ VIỆC PHÊ DUYỆT DANH MỤC THỦ TỤC HÀNH CHÍNH NGÀNH XÂY DỰNG ĐỦ ĐIỀU KIỆN THỰC HIỆN DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH, MỘT PHẦN" },
	{ "a sentence hard-wrapped after its first word goes on in lower case — ../shared/corpus/tvpl-legal-news/gov_news_and_docs/36d2368fa2828f51.md", "36d2368fa2828f51.md",
		"Những\n"
		"nội dung thẩm quyền quyết định không được quy định tại Quy định này thực hiện\n"
		"theo quy định của Luật quản lý, sử dụng tài sản công, Nghị định số 186/2025/NĐ-CP.\n"
		"\n"
		"**Điều 2. Đối tượng áp dụng**\n",
	  "Những nội dung thẩm quyền quyết định không được quy định tại Quy định này thực hiện theo quy định của Luật quản lý, sử dụng tài sản công, Nghị định số 186/2025/NĐ-CP." },
	{ "a bold headline wrapped inside its emphasis — ../shared/corpus/tvpl-legal-news/gov_news_and_docs/db6d1c72d8fac0ff.md", "db6d1c72d8fac0ff.md",
		"**\n"
		"Chúc\n"
		"tụng Bác Hồ**\n"
		"\n"
		"Bác Hồ là một người có công lớn với dân tộc.\n",
	  "Chúc tụng Bác Hồ" },
	{ "a headline standing alone over its text is not joined to it", "headline.txt",
		"Bộ Giáo dục trả lời về hiệu trưởng ĐH Tôn Đức Thắng bị đình chỉ chức vụ\n"
		"Theo đó, với các trường đại học ngoài thực hiện Luật sửa đổi số 34/2018/QH14.\n",
	  "Bộ Giáo dục trả lời về hiệu trưởng ĐH Tôn Đức Thắng bị đình chỉ chức vụ" },
	{ "an official gazette's page: running head, page number, a letterhead number the grammar does not read (66.16)", "gazette.txt",
		"CÔNG BÁO/Số 246/Ngày 23-04-2026 \n"
		"2\n"
		" \n"
		"CHÍNH PHỦ \n"
		"_________ \n"
		"Số: 66.16/2026/NQ-CP \n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
		"Độc lập - Tự do - Hạnh phúc \n"
		"Hà Nội, ngày 07 tháng 4 năm 2026 \n"
		" \n"
		"NGHỊ QUYẾT \n"
		"Cắt giảm, đơn giản hóa thủ tục hành chính,  \n"
		"quy định liên quan đến hoạt động sản xuất, kinh doanh  \n"
		" \n"
		"Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n",
	  "Nghị quyết 66.16/2026/NQ-CP: Cắt giảm, đơn giản hóa thủ tục hành chính, quy định liên quan đến hoạt động sản xuất, kinh doanh" },
	{ "a consolidated text's note on what it consolidates (\"Thông tư số … ngày … của …\") under its subject with no blank line between is no part of the title — ../shared/corpus/congbao-8chude/docs/chinh_sach_dn/van-ban-hop-nhat-so-37-vbhn-bct-469648.txt", "vbhn-37-bct.txt",
		"CÔNG BÁO/Số 321/Ngày 10-06-2026 \n"
		"13\n"
		" \n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
		"Độc lập - Tự do - Hạnh phúc  \n"
		" \n"
		"THÔNG TƯ \n"
		"Quy định về quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ \n"
		"thuộc thẩm quyền quản lý của Bộ Công Thương \n"
		"Thông tư số 23/2024/TT-BCT ngày 07 tháng 11 năm 2024 của Bộ trưởng \n"
		"Bộ Công Thương quy định về quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất \n"
		"thuốc nổ thuộc thẩm quyền quản lý của Bộ Công Thương, có hiệu lực kể từ ngày \n"
		"01 tháng 01 năm 2025, được sửa đổi, bổ sung bởi: \n",
	  "Thông tư quy định về quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ thuộc thẩm quyền quản lý của Bộ Công Thương" },
	{ "a subject amending a text of its own type wrapped before that text's number goes on (\"… một số điều của\" over \"Thông tư số 38/2025/TT-BCT …\") — ../shared/corpus/congbao-8chude/docs/chinh_sach_dn/van-ban-hop-nhat-so-40-vbhn-bct-469651.txt, its subject's line breaks moved", "vbhn-40-bct.txt",
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
		"Độc lập - Tự do - Hạnh phúc  \n"
		" \n"
		"THÔNG TƯ \n"
		"Sửa đổi, bổ sung một số điều của \n"
		"Thông tư số 38/2025/TT-BCT của Bộ trưởng Bộ Công Thương sửa đổi, bổ sung \n"
		"một số quy định về phân cấp thực hiện thủ tục hành chính trong các lĩnh vực \n"
		"thuộc phạm vi quản lý của Bộ Công Thương  \n"
		" \n"
		"Thông tư số 15/2026/TT-BCT ngày 25 tháng 3 năm 2026 của Bộ trưởng Bộ \n",
	  "Thông tư sửa đổi, bổ sung một số điều của Thông tư số 38/2025/TT-BCT của Bộ trưởng Bộ Công Thương sửa đổi, bổ sung một số quy định về phân cấp thực hiện thủ tục hành chính trong các lĩnh vực thuộc phạm vi quản lý của Bộ Công Thương" },
	{ "a consolidated text: a label, a footnote mark on the type heading", "consolidated.txt",
		"59 \n"
		"CÔNG BÁO/Số 347 + 348/Ngày 25-02-2025 \n"
		"VĂN BẢN PHÁP LUẬT KHÁC \n"
		"VĂN BẢN HỢP NHẤT -  \n"
		"BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI \n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
		"Độc lập - Tự do - Hạnh phúc  \n"
		"THÔNG TƯ1 \n"
		"Hướng dẫn quản lý lao động, tiền lương, thù lao, tiền thưởng \n"
		"đối với Bảo hiểm tiền gửi Việt Nam \n"
		" \n"
		"Thông tư số 32/2016/TT-BLĐTBXH ngày 25 tháng 10 năm 2016 của Bộ trưởng.\n",
	  "Thông tư hướng dẫn quản lý lao động, tiền lương, thù lao, tiền thưởng đối với Bảo hiểm tiền gửi Việt Nam" },
	{ "a law: no code for its type, its subject in capitals", "law.txt",
		"QUỐC HỘI\n"
		"\n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
		"Độc lập - Tự do - Hạnh phúc\n"
		"\n"
		"LUẬT\n"
		"\n"
		"AN TOÀN, VỆ SINH LAO ĐỘNG\n"
		"\n"
		"Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n",
	  "Luật An toàn, vệ sinh lao động" },
	{ "a type without a code in the tables, heading only", "constitution.txt",
		"QUỐC HỘI\n"
		"\n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
		"Độc lập - Tự do - Hạnh phúc\n"
		"\n"
		"HIẾN PHÁP\n"
		"\n"
		"NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
		"\n"
		"Lời nói đầu\n",
	  "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam" },
	{ "a gazette page continuing a text: the line below the letterhead", "continued.txt",
		"2 \n"
		"CÔNG BÁO/Số 203 + 204/Ngày 18-02-2019 \n"
		"VĂN BẢN QUY PHẠM PHÁP LUẬT \n"
		"BỘ TÀI CHÍNH \n"
		"Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018 \n"
		"hướng dẫn kế toán Bảo hiểm xã hội  \n"
		"(Tiếp theo Công báo số 201 + 202) \n",
	  "Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018" },
	{ "a letterhead the grammar reads", "letterhead.txt",
		"QUỐC HỘI\n"
		"\n"
		"Luật số: 103/2016/QH13\n"
		"\n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
		"\n"
		"LUẬT\n"
		"\n"
		"BÁO CHÍ\n"
		"\n"
		"Căn cứ Hiến pháp;\n",
	  "Luật Báo chí số 103/2016/QH13" },
	{ "Markdown opening with a table's pipe", "pipe.md",
		"|\n"
		"**THE GOVERNMENT\n"
		"OF VIETNAM**\n"
		"--------\n"
		"|\n"
		"\n"
		"No. 306/2025/ND-CP\n",
	  "THE GOVERNMENT OF VIETNAM" },
	{ "emphasis inside a headline", "emphasis.md",
		"**An Giang:** Tại *Nghị quyết* số 1654/NQ-UBTVQH15, Ủy ban Thường vụ Quốc hội quyết nghị.\n"
		"\n"
		"Nội dung.\n",
	  "An Giang: Tại Nghị quyết số 1654/NQ-UBTVQH15, Ủy ban Thường vụ Quốc hội quyết nghị." },
	{ "a page opening with a bare type heading, no letterhead", "bare.md",
		"**NGHỊ QUYẾT**\n"
		"\n"
		"**Về chủ trương đầu tư Dự án ****tuyến đường sắt Lào Cai - Hà Nội**\n"
		"\n"
		"**QUỐC HỘI**\n"
		"\n"
		"*Căn cứ Hiến pháp;*\n",
	  "Nghị quyết về chủ trương đầu tư Dự án tuyến đường sắt Lào Cai - Hà Nội" },
	{ "a page opening with app-store badges", "badges.md",
		"Download on the\n"
		"App Store\n"
		"(Chinhphu.vn) - Chính phủ vừa ban hành Nghị định số 238/2025/NĐ-CP.\n"
		"\n"
		"Nội dung.\n",
	  "(Chinhphu.vn) - Chính phủ vừa ban hành Nghị định số 238/2025/NĐ-CP." },
	{ "a page about a Party body is titled by the body", "body.txt",
		"Ban Tổ chức Trung ương\n"
		"\n"
		"I. CHỨC NĂNG NHIỆM VỤ\n"
		"\n"
		"Ban Tổ chức Trung ương là cơ quan tham mưu.\n",
	  "Ban Tổ chức Trung ương" },
	{ "a news page's page number is not its title", "news.txt",
		"2\n"
		"\n"
		"Tỉnh triển khai Nghị quyết về đào tạo cán bộ\n"
		"\n"
		"Nội dung bài viết.\n",
	  "Tỉnh triển khai Nghị quyết về đào tạo cán bộ" },
	{ "a site clock and a dateline above the headline", "dateline.txt",
		"Hà Nội, Ngày 20/04/2024\n"
		"\n"
		"Thứ Tư, 16/03/2022 15:30\n"
		"\n"
		"Bộ Tài chính hướng dẫn quyết toán thuế\n"
		"\n"
		"Nội dung bài viết.\n",
	  "Bộ Tài chính hướng dẫn quyết toán thuế" },
	{ "a headline naming a date is no dateline (tvpl qa 46ca3d655d81b8fb.md)", "qa.md",
		"# 2 luật mới về thuế được thông qua ngày 10/12/2025\n"
		"\n"
		"### Nội dung chính\n"
		"\n"
		"## 2 luật mới về thuế được thông qua ngày 10/12/2025\n"
		"\n"
		"Ngày 10/12/2025, có 2 luật mới về thuế được thông qua.\n",
	  "2 luật mới về thuế được thông qua ngày 10/12/2025" },
	{ "a Markdown heading with closing marks", "closing.md",
		"## Quy định về phòng cháy ##\n"
		"\n"
		"Nội dung.\n",
	  "Quy định về phòng cháy" },
	{ "a paragraph standing first, cut at a word and marked", "long.txt",
		"Trong bối cảnh chuyển đổi số diễn ra mạnh mẽ trên mọi lĩnh vực của đời sống xã hội, các cơ quan nhà nước từ trung ương đến địa phương đã và đang tích cực triển khai nhiều giải pháp đồng bộ nhằm nâng cao hiệu quả quản lý, cải cách thủ tục hành chính và phục vụ người dân, doanh nghiệp ngày càng tốt hơn, nhanh hơn, minh bạch hơn\n"
		"\n"
		"Nội dung.\n",
	  "Trong bối cảnh chuyển đổi số diễn ra mạnh mẽ trên mọi lĩnh vực của đời sống xã hội, các cơ quan nhà nước từ trung ương đến địa phương đã và đang tích cực triển khai nhiều giải pháp đồng bộ nhằm nâng cao hiệu quả quản lý…" },
	{ "a page's <title> without the site's name", "page.html",
		"<!DOCTYPE html><html><head><title>Quy định mới về thuế thu nhập cá nhân - Báo Tin tức</title><meta property=\"og:site_name\" content=\"Báo Tin tức\"></head><body><nav><a href=\"/\">Trang chủ</a></nav><article><h1>Quy định mới về thuế thu nhập cá nhân</h1><p>Bộ Tài chính vừa ban hành Thông tư hướng dẫn về thuế thu nhập cá nhân, áp dụng từ đầu năm sau với nhiều điểm mới đáng chú ý cho người nộp thuế.</p><p>Theo đó, mức giảm trừ gia cảnh được điều chỉnh tăng, thủ tục quyết toán được đơn giản hóa và thực hiện trực tuyến.</p></article></body></html>\n",
	  "Quy định mới về thuế thu nhập cá nhân" },
	{ "og:title without the site's name in front", "og.html",
		"<!DOCTYPE html><html><head><meta property=\"og:title\" content=\"Cổng TTĐT | Chính phủ ban hành Nghị định về đất đai mới nhất\"><title>x</title></head><body><div class=\"content\"><h1>Tiêu đề khác</h1><p>Chính phủ vừa ban hành Nghị định quy định chi tiết một số điều của Luật Đất đai, có hiệu lực từ ngày ký, áp dụng với mọi tổ chức và cá nhân liên quan trên cả nước.</p><p>Nghị định gồm nhiều chương và điều khoản, quy định cụ thể về giá đất, bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất.</p></div></body></html>\n",
	  "Chính phủ ban hành Nghị định về đất đai mới nhất" },
	{ "../shared/corpus/congbao-8chude/docs/hd_khoan/thong-tu-so-34-2021-tt-bldtbxh-36490.txt", "x.txt",
		" \n"
		" \n"
		"CÔNG BÁO/Số 91 + 92/Ngày 18-01-2022 \n"
		"93 \n"
		" \n"
		"BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI \n"
		" \n"
		"BỘ LAO ĐỘNG -  \n"
		"THƯƠNG BINH VÀ XÃ HỘI \n"
		" \n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
		"Độc lập - Tự do - Hạnh phúc  \n"
		"Số: 34/2021/TT-BLĐTBXH \n"
		"Hà Nội, ngày 30 tháng 12 năm 2021 \n"
		" \n"
		"THÔNG TƯ \n"
		"Sửa đổi, bổ sung một số điều của Thông tư số 27/2018/TT-BLĐTBXH \n"
		"ngày 25 tháng 12 năm 2018 của Bộ trưởng Bộ Lao động - Thương binh \n"
		"và Xã hội quy định về quy chế đánh giá cấp thẻ kiểm định viên  \n",
	  "Thông tư 34/2021/TT-BLĐTBXH: Sửa đổi, bổ sung một số điều của Thông tư số 27/2018/TT-BLĐTBXH ngày 25 tháng 12 năm 2018 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định về quy chế đánh giá cấp thẻ kiểm định viên" },
	{ "../shared/corpus/congbao-8chude/docs/hd_kinh_te/nghi-quyet-so-21-2026-nq-cp-469468.txt", "x.txt",
		"CÔNG BÁO/Số 275/Ngày 15-05-2026 \n"
		"2\n"
		" \n"
		" \n"
		"CHÍNH PHỦ \n"
		"_________ \n"
		" \n"
		"Số: 21/2026/NQ-CP \n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
		"Độc lập - Tự do - Hạnh phúc \n"
		"______________________________________ \n"
		"Hà Nội, ngày 29 tháng 4 năm 2026 \n"
		"  \n"
		" \n"
		"NGHỊ QUYẾT \n"
		"Cắt giảm, đơn giản hóa điều kiện kinh doanh, thủ tục hành chính và \n"
		"phân cấp thẩm quyền thực hiện thủ tục hành chính trong lĩnh vực y tế \n"
		" \n"
		"Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; \n",
	  "Nghị quyết 21/2026/NQ-CP: Cắt giảm, đơn giản hóa điều kiện kinh doanh, thủ tục hành chính và phân cấp thẩm quyền thực hiện thủ tục hành chính trong lĩnh vực y tế" },
	{ "../shared/corpus/congbao-8chude/docs/cong_doan/van-ban-hop-nhat-so-714-vbhn-bldtbxh-41372.txt", "x.txt",
		" \n"
		"76 \n"
		"CÔNG BÁO/Số 383 + 384/Ngày 07-3-2024 \n"
		"  \n"
		"VĂN BẢN PHÁP LUẬT KHÁC \n"
		" \n"
		"VĂN BẢN HỢP NHẤT -  \n"
		"BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI \n"
		" \n"
		" \n"
		" \n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
		"Độc lập - Tự do - Hạnh phúc \n"
		" \n"
		"THÔNG TƯ LIÊN TỊCH \n"
		"Hướng dẫn thực hiện một số điều về hỗ trợ đưa người lao động đi làm việc  \n"
		"ở nước ngoài theo hợp đồng quy định tại Nghị định số 61/2015/NĐ-CP  \n"
		"ngày 09 tháng 7 năm 2015 của Chính phủ quy định về chính sách  \n"
		"hỗ trợ tạo việc làm và Quỹ quốc gia về việc làm \n"
		" \n"
		"Thông tư liên tịch số 09/2016/TTLT-BLĐTBXH-BTC ngày 15 tháng 6 năm 2016 \n"
		"của Bộ trưởng Bộ Lao động - Thương binh và Xã hội và Bộ trưởng Bộ Tài chính \n"
		"hướng dẫn thực hiện một số điều về hỗ trợ đưa người lao động đi làm việc ở nước \n",
	  "Thông tư liên tịch hướng dẫn thực hiện một số điều về hỗ trợ đưa người lao động đi làm việc ở nước ngoài theo hợp đồng quy định tại Nghị định số 61/2015/NĐ-CP ngày 09 tháng 7 năm 2015 của Chính phủ quy định về chính sách hỗ trợ tạo việc làm và Quỹ quốc gia về việc làm" },
	{ "../shared/corpus/congbao-8chude/docs/hd_kinh_te/nghi-dinh-so-153-2026-nd-cp-469525.txt", "x.txt",
		"CÔNG BÁO/Số 286/Ngày 27-05-2026 \n"
		"47\n"
		" \n"
		" \n"
		"CHÍNH PHỦ \n"
		"________ \n"
		" \n"
		"Số: 153/2026/NĐ-CP \n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
		"Độc lập - Tự do - Hạnh phúc  \n"
		"______________________________________ \n"
		"Hà Nội, ngày 14 tháng 5 năm 2026 \n"
		" \n"
		" \n"
		"NGHỊ ĐỊNH \n"
		"Sửa đổi, bổ sung một số điều của Nghị định số 01/2015/NĐ-CP ngày 02 \n"
		"tháng 01 năm 2015 của Chính phủ quy định chi tiết phạm vi địa bàn  \n"
		"hoạt động hải quan; trách nhiệm phối hợp trong phòng, chống buôn lậu, \n",
	  "Nghị định 153/2026/NĐ-CP: Sửa đổi, bổ sung một số điều của Nghị định số 01/2015/NĐ-CP ngày 02 tháng 01 năm 2015 của Chính phủ quy định chi tiết phạm vi địa bàn hoạt động hải quan; trách nhiệm phối hợp trong phòng, chống buôn lậu" },
	{ "../shared/corpus/congbao-8chude/docs/cong_doan/thong-tu-so-14-2023-tt-bldtbxh-41170.txt", "x.txt",
		" \n"
		" \n"
		"CÔNG BÁO/Số 245 + 246/Ngày 05-02-2024 \n"
		"15 \n"
		" \n"
		" \n"
		"BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI \n"
		" \n"
		"BỘ LAO ĐỘNG - THƯƠNG BINH \n"
		"VÀ XÃ HỘI \n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
		"Độc lập - Tự do - Hạnh phúc \n"
		"Số: 14/2023/TT-BLĐTBXH \n"
		"Hà Nội, ngày 29 tháng 12 năm 2023 \n"
		" \n"
		"THÔNG TƯ \n"
		"Ban hành danh mục thiết bị đào tạo tối thiểu trình độ trung cấp,  \n"
		"trình độ cao đẳng của 19 ngành, nghề \n"
		" \n"
		"Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;  \n",
	  "Thông tư 14/2023/TT-BLĐTBXH: Ban hành danh mục thiết bị đào tạo tối thiểu trình độ trung cấp, trình độ cao đẳng của 19 ngành, nghề" },
	{ "../shared/corpus/congbao-8chude/docs/hd_kinh_te/nghi-dinh-so-189-2026-nd-cp-469677.txt", "x.txt",
		"CÔNG BÁO/Số 327/Ngày 14-06-2026 \n"
		"3\n"
		" \n"
		" \n"
		"CHÍNH PHỦ \n"
		"_________ \n"
		" \n"
		"Số: 189/2026/NĐ-CP \n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
		"Độc lập - Tự do - Hạnh phúc \n"
		"_______________________________________ \n"
		"  Hà Nội, ngày 28 tháng 5 năm 2026          \n"
		" \n"
		" \n"
		"NGHỊ ĐỊNH \n"
		"Quy định về phát hành, phổ biến phim phục vụ nhiệm vụ chính trị \n"
		" \n"
		"Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;  \n"
		"Căn cứ Luật Điện ảnh số 05/2022/QH15; \n"
		"Căn cứ Luật Sở hữu trí tuệ số 50/2005/QH11 được sửa đổi, bổ sung bởi \n",
	  "Nghị định 189/2026/NĐ-CP: Quy định về phát hành, phổ biến phim phục vụ nhiệm vụ chính trị" },
	{ "../shared/corpus/congbao-8chude/docs/bhxh/nghi-dinh-so-162-2026-nd-cp-469551.txt", "x.txt",
		"CÔNG BÁO/Số 290/Ngày 29-05-2026 \n"
		"10\n"
		" \n"
		" \n"
		"CHÍNH PHỦ \n"
		"_________ \n"
		" \n"
		"Số: 162/2026/NĐ-CP \n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
		"Độc lập - Tự do - Hạnh phúc \n"
		"__________________________________________ \n"
		"Hà Nội, ngày 15 tháng 5 năm 2026 \n"
		" \n"
		" \n"
		" NGHỊ ĐỊNH \n"
		"Điều chỉnh lương hưu, trợ cấp bảo hiểm xã hội \n"
		"và trợ cấp hằng tháng \n"
		" \n"
		"Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; \n"
		"Căn cứ Luật Tổ chức Chính quyền địa phương số 72/2025/QH15; \n",
	  "Nghị định 162/2026/NĐ-CP: Điều chỉnh lương hưu, trợ cấp bảo hiểm xã hội và trợ cấp hằng tháng" },
	{ "../shared/corpus/congbao-8chude/docs/hd_kinh_te/nghi-dinh-so-148-2026-nd-cp-469501.txt", "x.txt",
		"CÔNG BÁO/Số 282/Ngày 23-05-2026 \n"
		"15\n"
		" \n"
		" \n"
		" \n"
		"CHÍNH PHỦ \n"
		"________ \n"
		" \n"
		"Số: 148/2026/NĐ-CP \n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
		"Độc lập - Tự do - Hạnh phúc  \n"
		"______________________________________ \n"
		"Hà Nội, ngày 12 tháng 5 năm 2026 \n"
		" \n"
		" \n"
		"NGHỊ ĐỊNH \n"
		"Sửa đổi, bổ sung một số điều của Nghị định số 72/2015/NĐ-CP  \n"
		"ngày 07 tháng 9 năm 2015 của Chính phủ  \n"
		"về quản lý hoạt động thông tin đối ngoại  \n"
		" \n"
		"Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; \n",
	  "Nghị định 148/2026/NĐ-CP: Sửa đổi, bổ sung một số điều của Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại" },
	{ "../shared/corpus/congbao-8chude/docs/thue_tncn/thong-tu-so-50-2026-tt-btc-469544.txt", "x.txt",
		" \n"
		"CÔNG BÁO/Số 288/Ngày 29-05-2026 \n"
		"2 \n"
		" \n"
		" \n"
		"BỘ TÀI CHÍNH \n"
		" \n"
		" \n"
		"Số: 50/2026/TT-BTC \n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
		"Độc lập - Tự do - Hạnh phúc \n"
		" \n"
		"Hà Nội, ngày 13 tháng 5 năm 2026 \n"
		" \n"
		"THÔNG TƯ \n"
		"Sửa đổi, bổ sung một số điều của Thông tư số 18/2026/TT-BTC ngày 05 \n"
		"tháng 3 năm 2026 của Bộ trưởng Bộ Tài chính quy định về hồ sơ, thủ tục \n"
		"quản lý thuế đối với hộ kinh doanh, cá nhân kinh doanh \n"
		" \n"
		"Căn cứ Luật Quản lý thuế số 108/2025/QH15; \n",
	  "Thông tư 50/2026/TT-BTC: Sửa đổi, bổ sung một số điều của Thông tư số 18/2026/TT-BTC ngày 05 tháng 3 năm 2026 của Bộ trưởng Bộ Tài chính quy định về hồ sơ, thủ tục quản lý thuế đối với hộ kinh doanh, cá nhân kinh doanh" },
	{ "../shared/corpus/uts-vlc-laws/docs/luat-thong-ke.txt", "x.txt",
		"QUỐC HỘI\n"
		"--------\n"
		"\n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
		"Độc lập - Tự do - Hạnh phúc\n"
		"---------------\n"
		"\n"
		"Luật số: 89/2015/QH13\n"
		"\n"
		"Hà Nội, ngày 23 tháng 11 năm 2015\n"
		"\n"
		"\n"
		"\n"
		"LUẬT\n"
		"\n"
		"THỐNG KÊ\n"
		"\n"
		"Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
		"\n",
	  "Luật Thống kê số 89/2015/QH13" },
	{ "../shared/corpus/uts-vlc-laws/docs/luat-cu-tru.txt", "x.txt",
		"QUỐC HỘI\n"
		"-------\n"
		"\n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
		"Độc lập - Tự do - Hạnh phúc\n"
		"---------------\n"
		"\n"
		"Luật số: 68/2020/QH14\n"
		"\n"
		"Hà Nội, ngày 13 tháng 11 năm 2020\n"
		"\n"
		"\n"
		"\n"
		"LUẬT\n"
		"\n"
		"CƯ TRÚ\n"
		"\n"
		"Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
		"\n",
	  "Luật Cư trú số 68/2020/QH14" },
	{ "../shared/corpus/uts-vlc-laws/docs/luat-quoc-phong.txt", "x.txt",
		"QUỐC HỘI\n"
		"--------\n"
		"\n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
		"Độc lập - Tự do - Hạnh phúc\n"
		"---------------\n"
		"\n"
		"Luật số: 22/2018/QH14\n"
		"\n"
		"Hà Nội, ngày 08 tháng 6 năm 2018\n"
		"\n"
		"\n"
		"\n"
		"LUẬT\n"
		"\n"
		"QUỐC PHÒNG\n"
		"\n"
		"Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
		"\n",
	  "Luật Quốc phòng số 22/2018/QH14" },
	{ "../shared/corpus/uts-vlc-laws/docs/luat-cong-nghe-thong-tin.txt", "x.txt",
		"QUỐC HỘI\n"
		"--------\n"
		"\n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
		"Độc lập - Tự do - Hạnh phúc\n"
		"---------------\n"
		"\n"
		"Luật số: 67/2006/QH11\n"
		"\n"
		"Hà Nội, ngày 29 tháng 6 năm 2006\n"
		"\n"
		"\n"
		"\n"
		"QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
		"Khóa XI, kỳ họp thứ 9\n"
		"(Từ ngày 16 tháng 5 đến ngày 29 tháng 6 năm 2006)\n"
		"\n"
		"LUẬT\n"
		"\n"
		"CÔNG NGHỆ THÔNG TIN\n"
		"\n",
	  "Luật Công nghệ thông tin số 67/2006/QH11" },
	{ "../shared/corpus/uts-vlc-laws/docs/bo-luat-hang-hai.txt", "x.txt",
		"QUỐC HỘI\n"
		"--------\n"
		"\n"
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
		"Độc lập - Tự do - Hạnh phúc\n"
		"---------------\n"
		"\n"
		"Luật số: 95/2015/QH13\n"
		"\n"
		"Hà Nội, ngày 25 tháng 11 năm 2015\n"
		"\n"
		"\n"
		"\n"
		"BỘ LUẬT\n"
		"\n"
		"HÀNG HẢI VIỆT NAM\n"
		"\n",
	  "Bộ luật Hàng hải Việt Nam số 95/2015/QH13" },
	{ "../shared/corpus/news-dantri-unc/docs/news_science_155.txt", "x.txt",
		"# doc_id = news_science_155\n"
		"# url = https://dantri.com.vn/khoa-hoc-cong-nghe/nguoi-ngoai-hanh-tinh-co-tim-kiem-con-nguoi-khong-20210316112709291.htm\n"
		"# date = 20210316\n"
		"Đây là một câu hỏi khó, và sự thật là chúng ta không biết câu trả lời.\n",
	  "Đây là một câu hỏi khó, và sự thật là chúng ta không biết câu trả lời." },
	/* h10f: a photo's caption above the lead is passed over, once */
	{ "../shared/corpus/news-dantri-unc/docs/news_world_087.txt", "x.txt",
		"# doc_id = news_world_087\n"
		"# date = 20210422\n"
		"Đại sứ Phạm Sanh Châu tại một bệnh viện ở New Delhi, Ấn Độ (Ảnh: Facebook Đại sứ Phạm Sanh Châu).\n"
		"Đại sứ Phạm Sanh Châu đã có những chia sẻ về tình hình dịch Covid-19 đang rất căng thẳng tại Ấn Độ.\n",
	  "Đại sứ Phạm Sanh Châu đã có những chia sẻ về tình hình dịch Covid-19 đang rất căng thẳng tại Ấn Độ." },
	{ "../shared/corpus/news-dantri-unc/docs/news_science_112.txt", "x.txt",
		"# doc_id = news_science_112\n"
		"Ảnh minh họa một quan tài bằng gỗ. Ảnh: Sohu.\n"
		"Xung quanh môi trường sống tồn tại vô số các loại vi khuẩn.\n",
	  "Xung quanh môi trường sống tồn tại vô số các loại vi khuẩn." },
	{ "a credit with initials and a list of agencies — news-dantri-unc", "x.txt",
		"Ngành điện liên tục bị \"mạo danh\" trong thời gian qua, kể cả vào lĩnh vực cho vay (Ảnh: T.L).\n"
		"Thời gian gần đây, nhiều người dân phản ánh bị mạo danh.\n",
	  "Thời gian gần đây, nhiều người dân phản ánh bị mạo danh." },
	{ "a gallery: the second caption is taken — news-dantri-unc/docs/news_business_136.txt", "x.txt",
		"Tháng 5/2012, Facebook đã chính thức niêm yết trên sàn chứng khoán New York (Ảnh: Reuters).\n"
		"Hầu hết tài sản của Zuckerberg đều đến từ 13% cổ phần tại Facebook (Ảnh: Getty).\n",
	  "Hầu hết tài sản của Zuckerberg đều đến từ 13% cổ phần tại Facebook (Ảnh: Getty)." },
	{ "a headline about a photo is no caption — news-dantri-unc", "x.txt",
		"Sau tranh cãi thu tiền chụp ảnh: Tiểu thương Hàng Mã có chấp hành gỡ biển?\n"
		"Ngày 20/4, nhiều tiểu thương đã gỡ biển.\n",
	  "Sau tranh cãi thu tiền chụp ảnh: Tiểu thương Hàng Mã có chấp hành gỡ biển?" },
	{ "../shared/corpus/party-docs-nq57/docs/03-NQ-CP_resolution.md", "x.md",
		"# CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \n"
		"Độc lập - Tự do - Hạnh phúc\n"
		"\n"
		"Số: 03/NQ-CP  \n"
		"Hà Nội, ngày 09 tháng 01 năm 2025\n"
		"\n"
		"# NGHỊ QUYẾT\n"
		"## Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia\n"
		"\n"
		"# CHÍNH PHỦ\n"
		"\n"
		"Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
		"\n",
	  "Nghị quyết 03/NQ-CP: Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia" },
	{ "../shared/corpus/party-docs-nq57/docs/3260-KH-DDQH15_party-caucus-plan.md", "x.md",
		"      ## ĐẢNG CỘNG SẢN VIỆT NAM\n"
		"\n"
		"**BAN CHẤP HÀNH TRUNG ƯƠNG**\n"
		"**ĐẢNG ĐOÀN QUỐC HỘI**\n"
		"\n"
		"Số 3260-KH/ĐĐQH15\n"
		"\n"
		"Hà Nội, ngày 10 tháng 01 năm 2025\n"
		"\n"
		"**KẾ HOẠCH**\n"
		"\n"
		"**khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024**\n",
	  "Kế hoạch 3260-KH/ĐĐQH15: Khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024" },
	/* No number: the type's name and its subject, "V/V" read as "về việc"
	 * (before: "Công điện: V/V tập trung …"); lines 1-6 and 40. */
	{ "../shared/corpus/tvpl-legal-news/gov_news_and_docs/ac3686f6b1d64932.md", "x.md",
		"**CÔNG ĐIỆN**\n"
		"\n"
		"V/V TẬP TRUNG ỨNG\n"
		"PHÓ VÀ KHẮC PHỤC HẬU QUẢ MƯA LŨ ĐẶC BIỆT LỚN TẠI KHU VỰC TRUNG BỘ\n"
		"\n"
		"**THỦ TƯỚNG CHÍNH PHỦ điện:**\n"
		"\n"
		"vực Trung Bộ, nhất là các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai, Lâm Đồng tiếp tục\n",
	  "Công điện về việc tập trung ứng phó và khắc phục hậu quả mưa lũ đặc biệt lớn tại khu vực Trung Bộ" },
	{ "../shared/corpus/party-docs-nq57/docs/03-NQ-CP_appendix1_targets.md", "x.md",
		"\n"
		"PHỤ LỤC I\n"
		"\n"
		"DANH MỤC CÁC CHỈ TIÊU CỤ THỂ\n"
		"\n"
		"(Kèm theo Chương trình hành động tại Nghị quyết số /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ)\n"
		"\n"
		"\n",
	  "PHỤ LỤC I: DANH MỤC CÁC CHỈ TIÊU CỤ THỂ" },
	{ "../shared/corpus/tvpl-legal-news/qa_explainers/df4b467361c505bb.md", "x.md",
		"# Mức lương tối thiểu được điều chỉnh dựa trên những điều kiện nào? Trả lương thấp hơn mức lương tối thiểu bị xử phạt bao nhiêu?\n"
		"\n",
	  "Mức lương tối thiểu được điều chỉnh dựa trên những điều kiện nào? Trả lương thấp hơn mức lương tối thiểu bị xử phạt bao nhiêu?" },
	{ "../shared/corpus/tvpl-legal-news/gov_news_and_docs/df3cb096579fb2a4.md", "x.md",
		"**Kính gửi:** Công ty Luật Anh Sĩ.\n"
		"\n"
		"Cục Thuế nhận được Công văn số 15/CV-AS của Công ty Luật Anh Sĩ về các vướng mắc về chính\n"
		"sách thuế. Về vấn đề này, Cục Thuế có ý kiến như sau:\n"
		"\n"
		"**1. Về việc đăng ký thuế và kê\n"
		"khai thuế:**\n"
		"\n",
	  "Cục Thuế nhận được Công văn số 15/CV-AS của Công ty Luật Anh Sĩ về các vướng mắc về chính sách thuế. Về vấn đề này, Cục Thuế có ý kiến như sau:" },
	{ "../shared/corpus/tvpl-legal-news/qa_explainers/7e570695382c3096.md", "x.md",
		"# Mở rộng sân bay Phú Quốc phục vụ APEC 2027 thế nào?\n"
		"\n"
		"### Nội dung chính\n"
		"\n"
		"## Mở rộng sân bay Phú Quốc phục vụ APEC 2027 thế nào?\n"
		"\n",
	  "Mở rộng sân bay Phú Quốc phục vụ APEC 2027 thế nào?" },
	{ "a number in a heading in capitals keeps its canonical case (32/CT-TTg) — ../shared/corpus/tvpl-legal-news/legal_docs/0a97eb9c3c536047.md", "x.md",
		"|\n"
		"**ỦY BAN NHÂN DÂN**\n"
		"TỈNH NGHỆ AN\n"
		"-------\n"
		"|\n"
		"**CỘNG HÒA XÃ HỘI\n"
		"CHỦ NGHĨA VIỆT NAM**\n"
		"Độc lập - Tự do - Hạnh phúc\n"
		"---------------\n"
		"|\n"
		"|\n"
		"Số: 1026/KH-UBND\n"
		"|\n"
		"*Nghệ An, ngày 26\n"
		"tháng 11 năm 2025*\n"
		"|\n"
		"\n"
		"* *\n"
		"\n"
		"**KẾ HOẠCH**\n"
		"\n"
		"TRIỂN KHAI THỰC HIỆN\n"
		"CHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ “VỀ TĂNG CƯỜNG\n"
		"CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC TRONG TÌNH HÌNH MỚI” TRÊN ĐỊA BÀN TỈNH NGHỆ AN\n"
		"\n"
		"Thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của\n",
	  "Kế hoạch 1026/KH-UBND: Triển khai thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ “về tăng cường công tác bảo vệ bí mật nhà nước trong tình hình mới” trên địa bàn tỉnh Nghệ An" },
	/* A bare appendix label names nothing: the heading under it joins it
	 * (03-NQ-CP_appendix1_targets.md above); alone, it stays. */
	{ "a label with its number, not a heading under it: a label alone stays (constructed)", "pl.txt",
		"Phụ lục số 02\n",
	  "Phụ lục số 02" },
};

static void test_titles(void **state)
{
	(void)state;
	struct ingest_options o = { 0 };
	unsigned failures = 0;
	for (size_t i = 0; i < N_ELEMS(rows); i++) {
		struct ingest_doc d = { 0 };
		char *err = NULL;
		int rc = ingest_load_bytes(rows[i].text, strlen(rows[i].text), rows[i].name, NULL, &o, &d,
					   &err);
		if (rc != 0) {
			print_error("%s: load failed (%d): %s\n", rows[i].what, rc, err ? err : "");
			failures++;
		} else if (strcmp(d.title, rows[i].title) != 0) {
			print_error("%s:\n  title    '%s'\n  expected '%s'\n", rows[i].what, d.title,
				    rows[i].title);
			failures++;
		}
		free(err);
		ingest_doc_release(&d);
	}
	assert_true(N_ELEMS(rows) >= 30); /* the table must not shrink by accident */
	if (failures)
		fail_msg("%u of %zu title rows failed", failures, N_ELEMS(rows));
}

/* Whole pages of the shared corpus, for what only a long text shows. */
static void test_titles_shared(void **state)
{
	(void)state;
	static const struct {
		const char *rel, *title;
	} pages[] = {
		/* The site's banner and attribute block push the letterhead to
		 * the edge of the head read for it (its subject was cut, "… vật
		 * liệu bán DẪ"), and its table's cells, their bars dropped, put
		 * "Vật liệu" after a lower-case word (it took a capital). */
		{ "corpus/tvpl-legal-news/gov_news_and_docs/51f6b3d0d3d29a7f.md",
		  "Thông tư 32/2025/TT-BKHCN: Ban hành Danh mục nguyên liệu, vật liệu bán dẫn, thiết bị, "
		  "máy móc, công cụ cho công nghiệp bán dẫn được khuyến khích đầu tư phát triển" },
		/* Wikipedia's menus, from its skip link ("Bước tới nội dung", which
		 * was the title) to its tagline, are a site's notice; the page's
		 * name among them ("Bản mẫu" / ":" / "Quốc hiệu Việt Nam" / "4
		 * ngôn ngữ") is kept, its title, rather than its navigation box's
		 * ("Tên gọi Việt Nam"). */
		{ "corpus/tvpl-legal-news/gov_news_and_docs/e3c272dad15aa9c3.md", "Quốc hiệu Việt Nam" },
		/* "Tải ứng dụng:" and the masthead "BÁO ĐIỆN TỬ CHÍNH PHỦ" above
		 * the article were its title. */
		{ "corpus/tvpl-legal-news/gov_news_and_docs/2f78a0ca0ee21879.md",
		  "Ngày 14/12/2024, Thủ tướng Chính phủ Phạm Minh Chính cũng đã có Công điện 134/CĐ-TTg về "
		  "việc kịp thời chấn chỉnh công tác đấu giá quyền sử dụng đất." },
		/* A letter's "Kính gửi:" was its title; its addressees, items whose
		 * lines go on ("- Cục Quản trị A, Văn" / "phòng Trung ương Đảng;"),
		 * are not either. */
		{ "corpus/tvpl-legal-news/gov_news_and_docs/ce52cc3a1def51f6.md",
		  "Thực hiện chủ trương của Chính phủ về đẩy mạnh cải cách thủ tục hành chính và tăng cường "
		  "ứng dụng chuyển đổi số trong giải quyết thủ tục hành chính, Cục Lãnh sự Bộ Ngoại giao xin "
		  "trân trọng thông báo:" },
		/* "Kính gửi: Các" leaves its addressee to the next line. */
		{ "corpus/tvpl-legal-news/gov_news_and_docs/d604b4df6300560b.md",
		  "Thực hiện quy định Bộ luật Lao động năm 2012 và Nghị định số 145/2020/NĐ-CP ngày 14 tháng "
		  "12 năm 2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật "
		  "Lao động về điều kiện lao động và quan hệ lao…" },
	};
	struct ingest_options o = { 0 };
	for (size_t i = 0; i < N_ELEMS(pages); i++) {
		size_t len;
		char *data = read_shared(pages[i].rel, &len);
		struct ingest_doc d = { 0 };
		char *err = NULL;
		int rc = ingest_load_bytes(data, len, "x.md", NULL, &o, &d, &err);
		assert_int_equal(rc, 0);
		assert_string_equal(d.title, pages[i].title);
		free(err);
		ingest_doc_release(&d);
		free(data);
	}
}

/* ---- type headings and mottos (text/cite_letterhead.c) ------------------------- */

static void test_heading_type(void **state)
{
	(void)state;
	static const struct {
		const char *line, *type; /* NULL: not a heading */
	} h[] = {
		{ "NGHỊ QUYẾT", "Nghị quyết" },
		{ "THÔNG TƯ1", "Thông tư" },         /* a footnote mark */
		{ "THÔNG TƯ LIÊN TỊCH", "Thông tư liên tịch" },
		{ "LUẬT", "Luật" },                  /* no code in the tables */
		{ "BỘ LUẬT", "Bộ luật" },
		{ "HIẾN PHÁP", "Hiến pháp" },
		{ "PHÁP LỆNH", "Pháp lệnh" },
		{ "QUY ĐỊNH", "Quy định" },
		{ "Nghị quyết", NULL },              /* a heading is in capitals */
		{ "VĂN BẢN HỢP NHẤT", NULL },        /* a label; the heading comes below */
		{ "CHÍNH PHỦ", NULL },
		{ "123", NULL },
		{ "", NULL },
	};
	for (size_t i = 0; i < N_ELEMS(h); i++) {
		const char *t = cite_heading_type(h[i].line, strlen(h[i].line));
		if (!h[i].type)
			assert_null(t);
		else
			assert_non_null(t), assert_string_equal(t, h[i].type);
	}
}

static void test_motto(void **state)
{
	(void)state;
	static const struct {
		const char *line;
		enum cite_motto m;
	} r[] = {
		{ "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", CITE_MOTTO_STATE },
		{ "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", CITE_MOTTO_STATE },
		{ "Cộng hoà xã hội chủ nghĩa Việt Nam", CITE_MOTTO_STATE },
		{ "Độc lập - Tự do - Hạnh phúc", CITE_MOTTO_SLOGAN },
		{ "ĐỘC LẬP – TỰ DO – HẠNH PHÚC", CITE_MOTTO_SLOGAN },
		{ "ĐẢNG CỘNG SẢN VIỆT NAM", CITE_MOTTO_PARTY },
		{ "XÁC THỰC VĂN BẢN HỢP NHẤT", CITE_MOTTO_CONSOLIDATED },
		/* Passed over or folded by the line's first letters
		 * (may_be_motto): a Vietnamese letter by its base, marks
		 * written apart, a quote past ASCII first. */
		{ "“ĐỘC LẬP - TỰ DO - HẠNH PHÚC”", CITE_MOTTO_SLOGAN },
		{ "Đo\u0302\u0323c la\u0302\u0323p - Tu\u031b\u0323 do - Ha\u0323nh phu\u0301c",
		  CITE_MOTTO_SLOGAN },
		{ "- ĐẢNG CỘNG SẢN VIỆT NAM -", CITE_MOTTO_PARTY },
		{ "Điều 1. Độc lập - Tự do - Hạnh phúc", CITE_MOTTO_NONE },
		{ "Ủy ban nhân dân", CITE_MOTTO_NONE },
		{ "2 Độc lập - Tự do - Hạnh phúc", CITE_MOTTO_NONE },
		{ "CỘNG HÒA XÃ HỘI", CITE_MOTTO_NONE }, /* a whole line only */
		{ "CHÍNH PHỦ", CITE_MOTTO_NONE },
		{ "", CITE_MOTTO_NONE },
	};
	for (size_t i = 0; i < N_ELEMS(r); i++)
		assert_int_equal(cite_motto(r[i].line, strlen(r[i].line)), r[i].m);
}

/* ---- a web page's title (ingest/title.c) --------------------------------------- */

static void test_page_title(void **state)
{
	(void)state;
	static const struct {
		const char *og, *tag, *site, *h1, *want;
	} r[] = {
		{ "Headline of the article - Báo Tin tức", NULL, NULL, NULL, "Headline of the article" },
		{ NULL, "Báo Tin tức | Headline of the article", NULL, NULL, "Headline of the article" },
		{ NULL, "Headline of the article - tintuc.vn", NULL, NULL, "Headline of the article" },
		{ NULL, "Headline of the article - Tin tức", "Tin tức", NULL, "Headline of the article" },
		{ NULL, "Short - Not a site name here", NULL, NULL, "Short - Not a site name here" },
		{ NULL, "Tin mới về khoa học", NULL, "NGHỊ QUYẾT", "Tin mới về khoa học" },
		{ NULL, "NGHỊ QUYẾT về khoa học", NULL, "NGHỊ QUYẾT", "NGHỊ QUYẾT" }, /* <title> holds it */
		{ NULL, "Trang chủ", NULL, "Bốn từ trở lên là tiêu đề", "Bốn từ trở lên là tiêu đề" },
		{ NULL, NULL, NULL, "Tiêu đề", "Tiêu đề" },
		{ NULL, NULL, NULL, NULL, "" },
	};
	for (size_t i = 0; i < N_ELEMS(r); i++) {
		char *t = ingest_page_title(r[i].og, r[i].tag, r[i].site, r[i].h1);
		assert_string_equal(t, r[i].want);
		free(t);
	}
}

/* A page's date read from a slice of a larger buffer: the digits that
 * follow the slice are not the slice's (atoi and sscanf read on past its
 * end; tests/fuzz/regress/dates/). */
static void test_pubdate_slice(void **state)
{
	(void)state;
	static const char buf[] = "# date = 2020-10-0155\n\nNăm 20199 tháng 5";
	char date[11] = "";
	int inferred = 0;
	/* The slice ends inside the day: "2020-10-0" is no date. */
	size_t cut = strlen("# date = 2020-10-0");
	assert_int_equal(ingest_pubdate(buf, cut, date, &inferred), 0);
	/* Eight digits cut to seven. */
	static const char b2[] = "# date = 20201001\n";
	assert_int_equal(ingest_pubdate(b2, strlen("# date = 2020100"), date, &inferred), 0);
	/* Whole, both are dates. */
	assert_int_equal(ingest_pubdate(b2, strlen(b2), date, &inferred), 1);
	assert_string_equal(date, "2020-10-01");
	static const char b3[] = "# date = 2020-10-01\n";
	assert_int_equal(ingest_pubdate(b3, strlen(b3), date, &inferred), 1);
	assert_string_equal(date, "2020-10-01");
}

int main(void)
{
	ingest_init();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pubdate_slice),
		cmocka_unit_test(test_titles),
		cmocka_unit_test(test_titles_shared),
		cmocka_unit_test(test_heading_type),
		cmocka_unit_test(test_motto),
		cmocka_unit_test(test_page_title),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
