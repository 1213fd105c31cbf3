/* textclean.c — page furniture out of text saved off a web page: menus,
 * counters, share links, related-article lists and footers, found line by
 * line from lists of phrases. */
#include "ingest/ingest_int.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text/text.h"

/* ---- phrases ------------------------------------------------------------- */

/* Length of a punctuation character at p: ASCII punctuation, U+00A0 and
 * the Latin-1 quotes and dots, general punctuation (dashes, curly quotes,
 * bullets, "…"), arrows and geometric shapes ("►", "■"). 0 for others. */
static size_t punct_at(const unsigned char *p, size_t avail)
{
	if (avail >= 1 && p[0] < 0x80)
		return ispunct(p[0]) ? 1 : 0;
	if (avail >= 2 && p[0] == 0xC2 && (p[1] == 0xA0 || p[1] == 0xAB || p[1] == 0xBB || p[1] == 0xB7))
		return 2;
	if (avail >= 3 && p[0] == 0xE2 && (p[1] == 0x80 || p[1] == 0x86 || p[1] == 0x96 || p[1] == 0x97))
		return 3;
	return 0;
}

static int is_space_at(const unsigned char *p, size_t avail)
{
	return isspace(p[0]) || (avail >= 2 && p[0] == 0xC2 && p[1] == 0xA0);
}

/* Punctuation that may end a label or a heading: "Tin khác:", "Xem thêm »".
 * A comma or semicolon may not: "bản, in," is a cell of a table, not the
 * "Bản in" link. */
static int trailing_punct(unsigned char c)
{
	return c == ':' || c == '.' || c == '|' || c == '>' || c == '!' || c == '?';
}

/* Longer than any phrase of the lists below (bytes). */
#define KEY_ENOUGH 64

/* "12", "1.250", "3,5": a word strip_numbers takes off a key. */
static int is_number(const char *w, size_t len)
{
	if (!len || !isdigit((unsigned char)w[0]))
		return 0;
	for (size_t i = 0; i < len; i++)
		if (!isdigit((unsigned char)w[i]) && w[i] != '.' && w[i] != ',')
			return 0;
	return 1;
}

static int starts_a_phrase(const char *w, size_t n);

/* Lower-case (ICU case folding, marks kept) key of a short line or element
 * text: its words separated by one space, with bullets before the first
 * word, colons after any word, and a label's closing punctuation after the
 * last one left out; it stops at the first word past KEY_ENOUGH bytes
 * that is not a number. Returns 0 when s is too long to be a heading or a
 * label, 2 when no phrase of the lists below starts with the key's first
 * word: the key is then that word alone, and like the whole key it matches
 * none of them, whole or as a prefix (most lines of a text are spared the
 * case folding of all their words and the lists); 1 otherwise. */
static int phrase_key(const char *str, size_t len, struct buf *out)
{
	const unsigned char *s = (const unsigned char *)str;
	buf_reset(out);
	buf_adds(out, "");
	if (len > 240)
		return 0;
	struct buf exact = BUF_INIT;
	int rc = 1;
	size_t i = 0;
	while (i < len) {
		while (i < len && is_space_at(s + i, len - i))
			i += s[i] == 0xC2 ? 2 : 1;
		size_t j = i;
		while (j < len && !is_space_at(s + j, len - j))
			j++;
		size_t a = i, b = j, k;
		int last = 1;
		for (size_t q = j; q < len; q++)
			if (!is_space_at(s + q, len - q)) {
				last = 0;
				break;
			}
		if (out->len == 0)
			while (a < b && (k = punct_at(s + a, b - a)) > 0)
				a += k;
		for (;;) {
			if (b > a && s[b - 1] == ':')
				b--;
			else if (last && b > a && trailing_punct(s[b - 1]))
				b--;
			else if (last && b >= a + 3 && punct_at(s + b - 3, 3) == 3)
				b -= 3; /* "…", "–" */
			else if (last && b >= a + 2 && s[b - 2] == 0xC2 && s[b - 1] == 0xBB)
				b -= 2; /* "»" */
			else
				break;
		}
		if (b > a) {
			buf_reset(&exact);
			text_word_terms(str + a, b - a, &exact, NULL);
			int first = out->len == 0;
			if (!first)
				buf_addc(out, ' ');
			buf_add(out, exact.p, exact.len);
			if (first && out->len && !starts_a_phrase(out->p, out->len)) {
				rc = 2;
				break;
			}
			/* Longer than any phrase of the lists below and not ending
			 * in a number (is_counter), the key can match none of them
			 * whatever follows: the rest of the line need not be read. */
			if (out->len > KEY_ENOUGH && !is_number(exact.p, exact.len))
				break;
		}
		i = j;
	}
	buf_release(&exact);
	return rc;
}

static int in_list(const char *key, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(key, *list) == 0)
			return 1;
	return 0;
}

static int starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Headings of what follows an article: related articles, comments. Strong
 * ones are never a law's or an article's own heading. */
static const char *const cut_strong[] = {
	"tin khác", "các tin khác", "tin tức khác", "tin tức cùng chuyên mục",
	"tin cùng chuyên mục", "các tin cùng chuyên mục", "bài viết cùng chuyên mục",
	"tin liên quan", "tin bài liên quan", "bài viết liên quan", "bài liên quan",
	"các bài viết liên quan", "các tin liên quan", "có thể bạn quan tâm", "tin đọc nhiều",
	"đọc nhiều nhất", "xem nhiều nhất", "tin xem nhiều", "các tin đã đưa", "tin đã đưa",
	"tin cũ hơn", "các tin cũ hơn", "tin mới hơn", NULL,
};
/* Weak ones could head a real section ("Bình luận" in a commentary): they
 * cut only on a page that shows other signs of being a saved web page. */
static const char *const cut_weak[] = {
	"bình luận", "ý kiến bạn đọc", "ý kiến", "gửi bình luận", "viết bình luận",
	"tin mới", "tin mới nhất", "tin nổi bật", "xem thêm", "đọc thêm", "cùng chuyên mục",
	"chuyên mục", NULL,
};

/* Lines that are page furniture wherever they appear. */
static const char *const drop_always[] = {
	"image advertisement", "mặc định cỡ chữ", "cỡ chữ", "bản in",
	"in bài viết", "in bài này", "in trang", "tiện ích thông tin",
	"chúng tôi trên mạng xã hội", "qr code", "qr code fanpage", "thống kê truy cập",
	"về đầu trang", "lên đầu trang", "gửi bài viết", "gửi email", "lưu bài viết",
	"chia sẻ bài viết", "theo dõi chúng tôi trên",
	/* app-store badges, a page's first lines: "Download on the" / "App Store" */
	"download on the", "app store", "get it on", "get it on google play", "google play",
	"tải ứng dụng",
	/* Wikipedia's tagline, where a saved page kept it without its menus */
	"bách khoa toàn thư mở wikipedia",
	/* a script's loading line and the skip link for screen readers, at
	 * the top of a saved page (anle.toaan.gov.vn: "Loading..." then "Skip
	 * to main content" over every precedent) */
	"loading", "loading please wait", "đang tải", "đang tải dữ liệu", "skip to main content",
	"skip to content", "skip navigation", "chuyển đến nội dung chính", NULL,
};
static const char *const drop_always_prefix[] = {
	"qr code ", "mã qr code ", NULL,
};
/* Furniture too, but also a word a real text may hold on a line of its own
 * (an "Email:" field in a form): dropped only on a saved web page. */
static const char *const drop_on_pages[] = {
	"advertisement", "quảng cáo", "print", "gốc", "chia sẻ", "share", "tweet", "facebook", "zalo", "email",
	"nguồn tin", "tags", "từ khóa", "trở về", "quay lại", "mặc định", "lượt truy cập", NULL,
};
/* Visitor counters: the label, then numbers ("Đang online: 12"). The
 * second list's labels could start a line of a table ("Tổng cộng: 15"): on a
 * saved page only. */
static const char *const counters[] = {
	"đang online", "online", "tổng truy cập", "lượt truy cập", "tổng lượt truy cập",
	"đang truy cập", "lượt xem", "số lượt xem", "số người đang xem", "lượt đọc", NULL,
};
static const char *const counters_on_pages[] = {
	"hôm nay", "hôm qua", "trong tuần", "tuần này", "trong tháng", "tháng này", "tất cả",
	"tổng cộng", "truy cập", "lượt thích", "thành viên", "khách", NULL,
};

/* Footer lines: whoever runs the site, how to reach them, its licence. */
static const char *const footer_prefix[] = {
	"cơ quan quản lý", "cơ quan chủ quản", "cơ quan chủ trì", "trưởng ban biên tập",
	"tổng biên tập", "phó tổng biên tập", "chịu trách nhiệm", "giấy phép", "bản quyền",
	"copyright", "©", "địa chỉ", "điện thoại", "đt", "tel", "fax", "email", "e-mail",
	"hotline", "cổng thông tin điện tử", "trang thông tin điện tử", "ghi rõ nguồn",
	"thiết kế bởi", "phát triển bởi", "liên hệ", "đường dây nóng", NULL,
};

/* A site's notice at the top of its copy of a text, from its first line to
 * its last (the same index in both lists): thuvienphapluat.vn's copyright
 * notice, the legend of its colour marks and its loading line, which put
 * "vi phạm pháp luật về Sở hữu trí tuệ" in 283 of its 449 saved texts. */
static const char *const notice_from[] = { "bản dịch này thuộc quyền sở hữu của",
					   /* Wikipedia's menus, from its skip link to its tagline */
					   "bước tới nội dung",
					   /* the Wayback Machine's banner over a page it keeps,
					    * its donors' note or its count ("67 captures / 24
					    * Jul 2011 - 18 Dec 2024 / … / About this capture") */
					   "starting in 1996, alexa internet", "captures", NULL };
static const char *const notice_to[] = { "đang tải văn bản", "bách khoa toàn thư mở wikipedia",
					 "the wayback machine", "the wayback machine", NULL };
/* Wikipedia's menus hold the page's name: the lines after the last of
 * notice_after (or a namespace's ':', "Bản mẫu" / ":" / "Thủ tướng Việt
 * Nam") and before the first that names the languages it is in
 * (notice_until, "3 ngôn ngữ") are kept, its title. */
static const char *const notice_after[] = { NULL, "Đăng nhập", NULL, NULL, NULL };
static const char *const notice_until[] = { "Thêm ngôn ngữ", "Thêm liên kết", NULL };
/* The same at the end of its copy: the attribute panel's legend, the
 * attached files, the site's address and its log-in dialogs (one naming
 * Nghị định 13/2023/NĐ-CP, which 282 saved pages then cited), from the
 * first of these lines to the last line below it, within TAIL_LINES. */
static const char *const tail_from[] = { "nội dung sửa đổi, hướng dẫn",
					 "file được đính kèm theo văn bản", NULL };
static const char *const tail_to[] = { "có thể tài khoản của bạn đã bị rò rỉ mật khẩu", NULL };
#define TAIL_LINES 120
/* A site's request to log in inside the text it hides (thuvienphapluat's
 * English translations: "... ... ... Hãy đăng nhập hoặc đăng ký Thành viên
 * Pro tại đây để xem toàn bộ văn bản tiếng Anh."), with its dots. */
static const char *const inline_notices[] = {
	"Hãy đăng nhập hoặc đăng ký Thành viên Pro tại đây để xem toàn bộ văn bản tiếng Anh.",
	"Hãy đăng nhập hoặc đăng ký Thành viên Pro tại đây để xem toàn bộ văn bản.", NULL,
};
/* A notice is looked for in a page's first lines, and ends within so many. */
#define NOTICE_START_LINES 20
#define NOTICE_LINES 90
/* A paragraph that repeats the one before it is a page's title set again as
 * its lead (thuvienphapluat.vn sets it twice in bold under the heading) when
 * it has at least so many words and is not a form's label (ending in ':'). */
#define REPEAT_MIN_WORDS 6

static const char *const *const all_lists[] = {
	cut_strong, cut_weak, drop_always, drop_always_prefix, drop_on_pages,
	counters, counters_on_pages, footer_prefix, notice_from, notice_to, tail_from, tail_to, NULL,
};

/* Is the key word w[0..n) the first word of a phrase of the lists? */
static int starts_a_phrase(const char *w, size_t n)
{
	for (const char *const *const *l = all_lists; *l; l++)
		for (const char *const *p = *l; *p; p++)
			if ((*p)[0] == w[0] && strncmp(*p, w, n) == 0 &&
			    ((*p)[n] == ' ' || (*p)[n] == '\0'))
				return 1;
	return 0;
}

/* Strips trailing numbers ("12", "1.250") off key; returns how many. */
static int strip_numbers(char *key)
{
	int n = 0;
	for (;;) {
		size_t len = strlen(key);
		size_t i = len;
		while (i > 0 && (isdigit((unsigned char)key[i - 1]) || key[i - 1] == '.' ||
				 key[i - 1] == ','))
			i--;
		if (i == len || (i > 0 && key[i - 1] != ' ') || !isdigit((unsigned char)key[i]))
			return n;
		key[i > 0 ? i - 1 : 0] = '\0';
		n++;
	}
}

/* 2: an unmistakable visitor counter; 1: one on a saved page; 0: no. */
static int is_counter(const char *key)
{
	char *k = xstrdup(key);
	int nums = strip_numbers(k);
	int yes = nums == 0 ? 0 : in_list(k, counters) ? 2 : in_list(k, counters_on_pages) ? 1 : 0;
	free(k);
	return yes;
}

/* An e-mail address, or a telephone number written in digit groups. */
static int is_footer_line(const char *line, size_t len)
{
	const char *at = memchr(line, '@', len);
	if (at && at > line && at + 1 < line + len && memchr(at, '.', (size_t)(line + len - at)))
		return 1;
	int groups = 0, digits = 0;
	for (size_t i = 0; i < len; i++) {
		if (isdigit((unsigned char)line[i])) {
			digits++;
		} else {
			if (digits >= 3)
				groups++;
			digits = 0;
		}
	}
	if (digits >= 3)
		groups++;
	return groups >= 3 && len < 80 && !memchr(line, '/', len);
}

static int is_footer(const char *key, const char *line, size_t len)
{
	for (const char *const *p = footer_prefix; *p; p++) {
		size_t n = strlen(*p);
		if (strncmp(key, *p, n) == 0 && (key[n] == '\0' || key[n] == ' '))
			return 1;
	}
	return is_footer_line(line, len);
}

/* "Print Thứ Tư, 16/03/2022 15:30 Gốc": the print and "original" links
 * around a dateline. The dateline stays; it is the page's date. */
static int print_wrapped(const char *s, size_t len, size_t *a, size_t *b)
{
	static const char pre[] = "Print ", post[] = " Gốc";
	size_t np = sizeof pre - 1, nq = sizeof post - 1;
	if (len <= np + nq || strncasecmp(s, pre, np) != 0 || memcmp(s + len - nq, post, nq) != 0)
		return 0;
	*a = np;
	*b = len - nq;
	return 1;
}

/* ---- plain-text clean-up --------------------------------------------------- */

enum line_kind {
	L_KEEP,
	L_BLANK,
	L_DROP,        /* furniture anywhere */
	L_DROP_PAGE,   /* furniture on a saved page */
	L_CUT_STRONG,  /* "Tin khác": the rest is not the article */
	L_CUT_WEAK,    /* "Bình luận" */
	L_REWRITE,     /* "Print … Gốc", "… | Lượt xem: 12": keep a part */
};

struct line {
	size_t start, end;  /* in the text, without the newline */
	size_t a, b;        /* for L_REWRITE: what stays */
	enum line_kind kind;
	int footer, short_line;
};

/* A line that ends a sentence or runs long is article text: the footer
 * block never reaches past it. */
static int is_short(const char *s, size_t len)
{
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	if (len == 0)
		return 1;
	if (len > 160)
		return 0;
	char last = s[len - 1];
	return !(last == '.' || last == '!' || last == '?' || last == ';');
}

static int has_sub(const char *s, size_t len, const char *needle)
{
	size_t n = strlen(needle);
	const char *end = s + len;
	/* memchr to each candidate: this runs over every line of a text. */
	for (const char *q = s; (q = memchr(q, needle[0], (size_t)(end - q))) && (size_t)(end - q) >= n;
	     q++)
		if (memcmp(q, needle, n) == 0)
			return 1;
	return 0;
}

static void classify(const char *s, struct line *l, struct buf *key)
{
	const char *p = s + l->start;
	size_t len = l->end - l->start;
	l->kind = L_KEEP;
	l->short_line = is_short(p, len);
	size_t i = 0;
	while (i < len && is_space_at((const unsigned char *)p + i, len - i))
		i += (unsigned char)p[i] == 0xC2 ? 2 : 1;
	if (i >= len) {
		l->kind = L_BLANK;
		return;
	}
	if (print_wrapped(p + i, len - i, &l->a, &l->b)) {
		l->a += l->start + i;
		l->b += l->start + i;
		l->kind = L_REWRITE;
		return;
	}
	/* Dot leaders are a form to fill in ("Email: ........"), never a link;
	 * a loading line's dots ("Loading...") are no form. */
	if (has_sub(p, len, "...") || has_sub(p, len, "…")) {
		if (phrase_key(p, len, key) == 1 && in_list(key->p, drop_always))
			l->kind = L_DROP;
		return;
	}
	/* "Ngày đăng: 20/01/2025 19:33 | Lượt xem: 1.234": the counter goes,
	 * the dateline stays. */
	size_t cut = len;
	for (size_t bar = cut; bar-- > i + 1;) {
		if (bar + 3 > cut || memcmp(p + bar, " | ", 3) != 0)
			continue;
		if (phrase_key(p + bar + 3, cut - bar - 3, key) != 1 || is_counter(key->p) != 2)
			break;
		cut = bar;
	}
	if (cut < len) {
		l->kind = L_REWRITE;
		l->a = l->start + i;
		l->b = l->start + cut;
		return;
	}
	int matchable = phrase_key(p, len, key);
	if (!matchable)
		return;
	const char *k = key->p;
	if (!*k)
		return; /* punctuation only: a separator line, left as it is */
	if (matchable == 2) {
		l->footer = is_footer_line(p + i, len - i);
		return;
	}
	int counter = is_counter(k);
	if (in_list(k, drop_always) || counter == 2) {
		l->kind = L_DROP;
		return;
	}
	for (const char *const *q = drop_always_prefix; *q; q++)
		if (starts_with(k, *q)) {
			l->kind = L_DROP;
			return;
		}
	if (in_list(k, cut_strong))
		l->kind = L_CUT_STRONG;
	else if (in_list(k, cut_weak))
		l->kind = L_CUT_WEAK;
	else if (in_list(k, drop_on_pages) || counter == 1)
		l->kind = L_DROP_PAGE;
	l->footer = is_footer(k, p + i, len - i);
}

static int key_starts(const char *s, const struct line *l, struct buf *key,
		      const char *const *list)
{
	/* The notice's first line may run on ("… sở hữu của THƯ VIỆN PHÁP
	 * LUẬT. Mọi hành vi sao chép …"): its opening words are enough. */
	size_t len = l->end - l->start;
	if (len > 160) {
		len = 160;
		while (len > 0 && s[l->start + len] != ' ')
			len--;
	}
	if (phrase_key(s + l->start, len, key) != 1)
		return -1;
	for (size_t i = 0; list[i]; i++)
		if (starts_with(key->p, list[i]))
			return (int)i;
	return -1;
}

/* Line l as written, without the blanks around it, is w. */
static int line_is(const char *s, const struct line *l, const char *w)
{
	size_t a = l->start, b = l->end, n = strlen(w);
	while (a < b && isspace((unsigned char)s[a]))
		a++;
	while (b > a && isspace((unsigned char)s[b - 1]))
		b--;
	return b - a == n && memcmp(s + a, w, n) == 0;
}

/* Does line l name the languages a page is in: one of notice_until, or
 * "3 ngôn ngữ"? */
static int names_languages(const char *s, const struct line *l)
{
	for (const char *const *u = notice_until; *u; u++)
		if (line_is(s, l, *u))
			return 1;
	size_t a = l->start;
	while (a < l->end && isspace((unsigned char)s[a]))
		a++;
	size_t d = a;
	while (d < l->end && s[d] >= '0' && s[d] <= '9')
		d++;
	struct line rest = { .start = d, .end = l->end };
	return d > a && line_is(s, &rest, "ngôn ngữ");
}

/* In notice lines v[i..j], the lines after the last that is after (and
 * after a namespace's ':') and before the next that names the page's
 * languages: [*from, *to). Left as they are when there are none. */
static void keep_between(const char *s, const struct line *v, size_t i, size_t j,
			 const char *after, size_t *from, size_t *to)
{
	size_t last = j + 1;
	for (size_t q = i; q <= j; q++)
		if (line_is(s, &v[q], after))
			last = q;
	for (size_t q = last + 1; last <= j && q <= j; q++) {
		if (names_languages(s, &v[q])) {
			if (q > last + 1) {
				*from = last + 1;
				*to = q;
			}
			break;
		}
		if (line_is(s, &v[q], ":"))
			last = q;
	}
}

/* Drops a site's notice (notice_from … notice_to) near the top; 1 if one
 * was. No sign of a page for the rest: a regulation's copy keeps its
 * signature block, which the footer rule would take for a site's. */
static int drop_notice(const char *s, struct line *v, size_t n, struct buf *key)
{
	for (size_t i = 0; i < n && i < NOTICE_START_LINES; i++) {
		int k = key_starts(s, &v[i], key, notice_from);
		/* A count may open it ("67 captures"). */
		size_t d = v[i].start;
		while (d < v[i].end && s[d] >= '0' && s[d] <= '9')
			d++;
		if (k < 0 && d > v[i].start && d < v[i].end && s[d] == ' ') {
			struct line rest = v[i];
			rest.start = d + 1;
			k = key_starts(s, &rest, key, notice_from);
		}
		if (k < 0)
			continue;
		for (size_t j = i + 1; j < n && j < i + NOTICE_LINES; j++) {
			struct buf one = BUF_INIT;
			const char *to[] = { notice_to[k], NULL };
			int end = key_starts(s, &v[j], &one, to) == 0;
			buf_release(&one);
			if (!end)
				continue;
			size_t keep_from = j + 1, keep_to = j + 1;
			if (notice_after[k])
				keep_between(s, v, i, j, notice_after[k], &keep_from, &keep_to);
			for (size_t q = i; q <= j; q++)
				if (q < keep_from || q >= keep_to)
					v[q].kind = L_DROP;
			return 1;
		}
		return 0;
	}
	return 0;
}

/* 1 if line l only repeats line prev, as a page's title set again. */
static int repeats(const char *s, const struct line *prev, const struct line *l)
{
	size_t len = l->end - l->start;
	if (!prev || len != prev->end - prev->start || memcmp(s + prev->start, s + l->start, len) != 0)
		return 0;
	const char *p = s + l->start;
	while (len && isspace((unsigned char)p[len - 1]))
		len--;
	if (len == 0 || p[len - 1] == ':')
		return 0;
	size_t words = 1;
	for (size_t i = 0; i + 1 < len; i++)
		words += p[i] == ' ' && p[i + 1] != ' ';
	return words >= REPEAT_MIN_WORDS;
}

/* Drops the site's tail (tail_from … tail_to); 1 if it was. */
static int drop_tail(const char *s, struct line *v, size_t n, struct buf *key)
{
	for (size_t j = n; j-- > 0;) {
		if (key_starts(s, &v[j], key, tail_to) < 0)
			continue;
		size_t from = j + 1;
		for (size_t i = j; i-- > 0 && j - i < TAIL_LINES;)
			if (key_starts(s, &v[i], key, tail_from) >= 0)
				from = i;
		if (from > j)
			return 0;
		for (size_t q = from; q <= j; q++)
			v[q].kind = L_DROP;
		return 1;
	}
	return 0;
}

static int space_byte(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Where needle ends when it stands at s[at..len), a space of it matching
 * any run of white space, line breaks too (a page wraps the notice:
 * "… Thành viên" / "" / "Pro tại đây …"); 0 when it does not. */
static size_t notice_end(const char *s, size_t len, size_t at, const char *needle)
{
	size_t k = at;
	for (const char *n = needle; *n; n++) {
		if (*n == ' ') {
			if (k >= len || !space_byte(s[k]))
				return 0;
			while (k < len && space_byte(s[k]))
				k++;
		} else if (k < len && s[k] == *n) {
			k++;
		} else {
			return 0;
		}
	}
	return k;
}

/* Cuts the inline notices out of s[0..len), and the leader dots before
 * them ("... ... ..."); returns the new length. */
static size_t drop_inline(char *s, size_t len)
{
	for (size_t k = 0; inline_notices[k]; k++) {
		const char *needle = inline_notices[k];
		for (size_t at = 0; at < len;) {
			char *hit = memchr(s + at, needle[0], len - at);
			if (!hit)
				break;
			size_t a = (size_t)(hit - s), b = notice_end(s, len, a, needle);
			if (!b) {
				at = a + 1;
				continue;
			}
			for (;;) {
				size_t t = a;
				while (t > 0 && space_byte(s[t - 1]))
					t--;
				if (t >= 3 && (memcmp(s + t - 3, "...", 3) == 0 || memcmp(s + t - 3, "…", 3) == 0)) {
					a = t - 3;
					continue;
				}
				break;
			}
			/* The white space before it stays, so the one after it goes. */
			if (a == 0 || space_byte(s[a - 1]))
				while (b < len && (s[b] == ' ' || s[b] == '\t'))
					b++;
			memmove(s + a, s + b, len - b);
			len -= b - a;
			at = a;
		}
	}
	return len;
}

/* A site's download link after a document's name, set inline in the
 * sentence naming it (thuvienphapluat.vn: "Công văn 5609/LS-XNC Tải về về
 * việc …", "… trong hệ thống chính trị Tải về, trong đó …"): its label is
 * no word of the sentence, and it stood between a number and its subject
 * (30 of 40 such numbers read no subject) or ended one. It is the label
 * when it stands after a word or a number on its line (not at a line's
 * start, nor after "?", ":", ">", "-" or ",": a heading's or a list's
 * "Tải về Mẫu …", the verb), capitalised mid-sentence, and a word ends
 * with it. In capitals too ("Quyết định 3352/QĐ-CT năm 2025 TẢI VỀ ban hành …"). */
static const char *const link_labels[] = { "Tải về", "TẢI VỀ", NULL };

static int label_after_word(const char *s, size_t a)
{
	size_t t = a;
	while (t > 0 && (s[t - 1] == ' ' || s[t - 1] == '\t'))
		t--;
	if (t == a || t == 0 || s[t - 1] == '\n')
		return 0;
	unsigned char c = (unsigned char)s[t - 1];
	if (c < 0x80)
		return isalnum(c) || c == '.' || c == ')' || c == '"';
	size_t k = t - 1;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	unsigned cp;
	text_utf8_decode(s + k, t - k, &cp);
	/* A letter, not a dash, a quote or an ellipsis (U+2000–U+2BFF), nor
	 * a byte that is no UTF-8. */
	return cp >= 0xC0 && cp != 0xFFFD && !(cp >= 0x2000 && cp <= 0x2BFF);
}

static size_t drop_link_label(char *s, size_t len, const char *link_label)
{
	size_t n = strlen(link_label);
	for (size_t at = 0; at + n <= len;) {
		char *hit = memchr(s + at, link_label[0], len - at);
		if (!hit)
			break;
		size_t a = (size_t)(hit - s), b = a + n;
		if (b > len || memcmp(hit, link_label, n) != 0) {
			at = a + 1;
			continue;
		}
		unsigned char after = b < len ? (unsigned char)s[b] : ' ';
		if (!label_after_word(s, a) || isalnum(after) || after >= 0x80) {
			at = a + 1;
			continue;
		}
		/* The space before it goes with it. */
		a--;
		memmove(s + a, s + b, len - b);
		len -= b - a;
		at = a;
	}
	return len;
}

static size_t drop_link_labels(char *s, size_t len)
{
	for (const char *const *l = link_labels; *l; l++)
		len = drop_link_label(s, len, *l);
	return len;
}
/* The metadata header a corpus opens each text with ("# doc_id = news_001",
 * "# url = https://…", "# date = 20201001": news-dantri-unc), read before
 * the clean-up (ingest_pubdate, ingest_metadata_url): its bytes, whole
 * lines from the first, else 0. Not the text: a URL's words and "# date ="
 * are no passage to search or show. */
static size_t metadata_head(const char *s, size_t len)
{
	size_t at = 0;
	while (at < len && s[at] == '#') {
		const char *nl = memchr(s + at, '\n', len - at);
		size_t le = nl ? (size_t)(nl - s) : len, i = at + 1;
		while (i < le && s[i] == ' ')
			i++;
		size_t k = i;
		while (i < le && (isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '-'))
			i++;
		if (i == k)
			break;
		while (i < le && s[i] == ' ')
			i++;
		if (i >= le || s[i] != '=')
			break;
		at = nl ? le + 1 : len;
	}
	return at;
}

size_t ingest_text_clean(char *s, size_t len)
{
	size_t head = metadata_head(s, len);
	if (head) {
		memmove(s, s + head, len - head);
		len -= head;
		s[len] = '\0';
	}
	size_t inline_len = drop_link_labels(s, drop_inline(s, len));
	int inline_cut = inline_len < len;
	len = inline_len;
	struct line *v = NULL;
	size_t n = 0, cap = 0;
	struct buf key = BUF_INIT;
	size_t paragraph_bytes = 0; /* long lines: article text */
	int signs = 0;
	size_t last_text = SIZE_MAX; /* the last line with text (v moves) */
	for (size_t i = 0; i <= len;) {
		const char *nl = i < len ? memchr(s + i, '\n', len - i) : NULL;
		size_t end = nl ? (size_t)(nl - s) : len;
		if (n == cap) {
			cap = cap ? 2 * cap : 256;
			v = xrealloc(v, cap * sizeof *v);
		}
		struct line *l = &v[n++];
		memset(l, 0, sizeof *l);
		l->start = i;
		l->end = end;
		classify(s, l, &key);
		if (l->kind == L_KEEP && repeats(s, last_text < n ? &v[last_text] : NULL, l))
			l->kind = L_DROP;
		if (l->kind == L_DROP || l->kind == L_REWRITE)
			signs++;
		if (l->kind != L_BLANK)
			last_text = n - 1;
		i = end + 1;
	}
	int notice = drop_notice(s, v, n, &key);
	/* A navigation box's "x t s" (xem, thảo luận, sửa), a line each: not
	 * words of the title a kept page name heads. */
	for (size_t i = 0; i + 2 < n; i++)
		if (line_is(s, &v[i], "x") && line_is(s, &v[i + 1], "t") && line_is(s, &v[i + 2], "s"))
			v[i].kind = v[i + 1].kind = v[i + 2].kind = L_DROP;
	notice |= drop_tail(s, v, n, &key);
	buf_release(&key);

	/* Where the article ends: the first cut heading after some article
	 * text; a weak one only on a page or just before a strong one. */
	size_t cut = n;
	for (size_t i = 0; i < n && cut == n; i++) {
		struct line *l = &v[i];
		if (l->kind == L_KEEP && !l->short_line)
			paragraph_bytes += l->end - l->start;
		if (paragraph_bytes < 500)
			continue;
		if (l->kind == L_CUT_STRONG) {
			cut = i;
		} else if (l->kind == L_CUT_WEAK) {
			int strong_next = 0;
			for (size_t j = i + 1, seen = 0; j < n && seen < 5; j++) {
				if (v[j].kind == L_BLANK)
					continue;
				seen++;
				strong_next |= v[j].kind == L_CUT_STRONG;
			}
			if (signs || strong_next)
				cut = i;
		}
	}
	if (cut < n)
		signs++;
	/* Text without any sign of a page (a law) keeps every byte. */
	if (!signs && !notice) {
		free(v);
		if (inline_cut && len > 0)
			s[len] = '\0';
		return len;
	}

	/* The footer: from the first footer line in the run of short lines that
	 * ends the text (furniture lines aside), on a page only. */
	size_t foot = cut;
	if (signs) {
		size_t i = cut;
		while (i > 0) {
			struct line *l = &v[i - 1];
			int furniture = l->kind == L_DROP || l->kind == L_DROP_PAGE || l->kind == L_BLANK;
			if (!furniture && !l->short_line)
				break;
			i--;
		}
		for (; i < cut; i++)
			if (v[i].footer && v[i].kind != L_BLANK) {
				foot = i;
				break;
			}
	}

	/* Rewrite in place: the output never outgrows the input. */
	size_t w = 0;
	int blank_run = 0;
	for (size_t i = 0; i < foot; i++) {
		struct line *l = &v[i];
		size_t a = l->start, b = l->end;
		if (l->kind == L_DROP || l->kind == L_DROP_PAGE)
			continue;
		if (l->kind == L_REWRITE) {
			a = l->a;
			b = l->b;
		}
		if (l->kind == L_BLANK) {
			/* Blank lines left around dropped ones collapse to one. */
			if (blank_run++ || w == 0)
				continue;
		} else {
			blank_run = 0;
		}
		memmove(s + w, s + a, b - a);
		w += b - a;
		s[w++] = '\n';
	}
	/* No trailing blank lines; one final newline when the input had one. */
	while (w > 0 && (s[w - 1] == '\n' || s[w - 1] == ' ' || s[w - 1] == '\t'))
		w--;
	if (w < len && len > 0 && s[len - 1] == '\n' && w > 0)
		s[w++] = '\n';
	free(v);
	if (w < len)
		s[w] = '\0';
	return w;
}

int ingest_cut_heading(const char *s, size_t len, struct buf *key)
{
	return phrase_key(s, len, key) == 1 && (in_list(key->p, cut_strong) || in_list(key->p, cut_weak));
}
