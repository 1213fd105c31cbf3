/* title.c — a document's title: a page's og:title, h1 or <title> without
 * the site's name; a text's first line that can be one, past a dateline;
 * or, for a regulation's own text, its type, number and subject. */
#include "ingest/ingest_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/uchar.h>

#include "text/text.h"

/* Titles longer than this are cut (at a UTF-8 boundary): a first "line" can
 * be a whole paragraph in text without line breaks. */
#define TITLE_MAX_BYTES 300
/* How far into a text its letterhead and type heading are looked for. */
#define HEAD_BYTES 6000
#define HEAD_SLACK 2000

/* s[*a..*b) without the blanks around it. */
static void strip_blanks(const char *s, size_t *a, size_t *b)
{
	while (*a < *b && isspace((unsigned char)s[*a]))
		(*a)++;
	while (*b > *a && isspace((unsigned char)s[*b - 1]))
		(*b)--;
}

/* The next line of s from *at: its content s[*a..*b) without blanks; 0
 * past the end. */
static int next_line(const char *s, size_t len, size_t *at, size_t *a, size_t *b)
{
	if (*at >= len)
		return 0;
	size_t end = *at;
	while (end < len && s[end] != '\n')
		end++;
	*a = *at;
	*b = end;
	strip_blanks(s, a, b);
	*at = end + 1;
	return 1;
}

/* The official gazette's running head, above every page's text:
 * "CÔNG BÁO/Số 246/Ngày 23-04-2026". */
int ingest_gazette_head(const char *s, size_t len)
{
	static const char head[] = "CÔNG BÁO/";
	return len >= sizeof head - 1 && memcmp(s, head, sizeof head - 1) == 0;
}

static int starts_with_bytes(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	return len >= n && memcmp(s, prefix, n) == 0;
}

/* A header line of metadata, "# doc_id = news_001", "# date = 20201001"
 * (corpora in the CoNLL style open each text with them). */
static int metadata_line(const char *s, size_t len)
{
	size_t i = 0;
	if (!len || s[0] != '#')
		return 0;
	for (i = 1; i < len && s[i] == ' '; i++)
		;
	size_t k = i;
	while (i < len && (isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '-'))
		i++;
	if (i == k)
		return 0;
	while (i < len && s[i] == ' ')
		i++;
	return i < len && s[i] == '=';
}

/* What a line is to a title's search: 0 a line that can be one; 1 a line
 * to pass over: a metadata header, a site's menu, a digital signature's stamp ("Ký bởi:
 * CÔNG BÁO…", "Người ký: …" and the "Cơ quan: …", "Ngày ký: …" fields
 * under it; *stamp says the stamp goes on); 2 the signature block that
 * ends a text ("TM. CHÍNH PHỦ", "KT. BỘ TRƯỞNG"): nothing under it is a
 * title. */
/* A site's menu: three items or more between " | ", each of a few words
 * ("Trang chủ | Thời sự | Pháp luật"); a Markdown table's row, which opens
 * with its pipe, is not one. */
static int menu_line(const char *s, size_t len)
{
	if (!len || s[0] == '|')
		return 0;
	size_t items = 1, words = 0;
	int in_word = 0;
	for (size_t i = 0; i < len; i++) {
		if (i + 3 <= len && memcmp(s + i, " | ", 3) == 0) {
			if (!words)
				return 0;
			items++;
			words = 0;
			in_word = 0;
			i += 2;
			continue;
		}
		if (isspace((unsigned char)s[i])) {
			in_word = 0;
		} else if (!in_word) {
			in_word = 1;
			if (++words > 4)
				return 0;
		}
	}
	return items >= 3 && words;
}

/* What the lines above left *stamp saying about the next. */
enum {
	STAMP_FIELDS = 1,     /* a signature stamp's fields go on */
	STAMP_ADDRESSEE_NEXT, /* the next line is an addressee's */
	STAMP_ADDRESSEES,     /* a list of addressees goes on */
};

/* A site's masthead standing alone: "BÁO ĐIỆN TỬ CHÍNH PHỦ", "Cổng thông
 * tin điện tử …", a few words without a sentence's punctuation. */
static int masthead(const char *s, size_t len)
{
	if (len > 120 || memchr(s, '.', len) || memchr(s, ',', len) || memchr(s, ':', len))
		return 0;
	struct buf k = BUF_INIT;
	text_fold_key(s, len, &k);
	static const char *const heads[] = { "baodientu", "congthongtindientu",
					     "trangthongtindientu", "tapchidientu", NULL };
	int yes = 0;
	for (const char *const *h = heads; *h && !yes; h++)
		yes = strncmp(k.p ? k.p : "", *h, strlen(*h)) == 0;
	buf_release(&k);
	return yes;
}

/* Words in s[0..len). */
static size_t words_in(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += !isspace((unsigned char)s[i]) && (i == 0 || isspace((unsigned char)s[i - 1]));
	return n;
}

/* A photo's caption standing above a news text's headline: the line ends
 * with its credit, "Ảnh: Sohu.", "(Ảnh: Facebook Đại sứ Phạm Sanh Châu).",
 * a few words after "Ảnh:" ("Ảnh minh họa:", "Nguồn:", "Video:") and
 * nothing after them but ")" and "."; or it is the credit alone ("Ảnh
 * minh họa"). Not a headline asking about a photo ("… chụp ảnh: Tiểu
 * thương … gỡ biển?"). */
static int photo_caption(const char *s, size_t len)
{
	static const char *const credits[] = { "Ảnh:", "ảnh:", "ẢNH:", "Ảnh :", "Ảnh minh họa:",
					       "Ảnh minh hoạ:", "Nguồn ảnh:", "Nguồn video:",
					       "Nguồn:", "Video:", "Clip:" };
	size_t e = len;
	while (e > 0 && (s[e - 1] == '.' || s[e - 1] == ')' || isspace((unsigned char)s[e - 1])))
		e--;
	if (!e)
		return 0;
	struct buf k = BUF_INIT;
	text_fold_key(s, e, &k);
	int alone = k.p && strcmp(k.p, "anhminhhoa") == 0;
	buf_release(&k);
	if (alone)
		return 1;
	for (size_t c = 0; c < sizeof credits / sizeof credits[0]; c++) {
		size_t n = strlen(credits[c]);
		for (size_t i = e > n ? e - n : 0;; i--) {
			if (i + n <= e && memcmp(s + i, credits[c], n) == 0) {
				/* the credit ends the line: a name of a few words */
				size_t w = words_in(s + i + n, e - i - n);
				int sentence = 0; /* "T.L", "AFP/Getty" are names */
				for (size_t q = i + n; q + 1 < e && !sentence; q++)
					sentence = s[q] == '.' && s[q + 1] == ' ';
				return w >= 1 && w <= 8 && !sentence && s[e - 1] != '?';
			}
			if (i == 0 || e - i > 80)
				break;
		}
	}
	return 0;
}

static int title_furniture(const char *s, size_t len, int *stamp)
{
	if (metadata_line(s, len) || menu_line(s, len) || masthead(s, len))
		return 1;
	if (starts_with_bytes(s, len, "Ký bởi:") || starts_with_bytes(s, len, "Người ký:")) {
		*stamp = STAMP_FIELDS;
		return 1;
	}
	/* A letter's salutation ("Kính gửi:") and its addressees: the line
	 * after it when it is left open ("Kính gửi:", "Kính gửi: Công" over
	 * "ty TNHH …"), items ("- Phó Thủ tướng …;"), an address in brackets,
	 * and the lines an item goes on in ("- Các sở: …, Xây dựng," over "Dân
	 * tộc và Tôn giáo, …"; "Văn" over "phòng …"). */
	if (starts_with_bytes(s, len, "Kính gửi") || starts_with_bytes(s, len, "KÍNH GỬI") ||
	    starts_with_bytes(s, len, "Đồng kính gửi")) {
		const char *colon = memchr(s, ':', len);
		size_t words = 0;
		for (const char *w = colon ? colon + 1 : s + len; w < s + len; w++)
			words += !isspace((unsigned char)*w) && isspace((unsigned char)w[-1]);
		*stamp = words <= 1 || s[len - 1] == ',' ? STAMP_ADDRESSEE_NEXT : STAMP_ADDRESSEES;
		return 1;
	}
	if (*stamp == STAMP_FIELDS) {
		/* The stamp's fields: a short label, a colon, a value. */
		const char *colon = memchr(s, ':', len < 32 ? len : 32);
		if (colon && colon > s)
			return 1;
		*stamp = 0;
	} else if (*stamp == STAMP_ADDRESSEE_NEXT || *stamp == STAMP_ADDRESSEES) {
		unsigned first = 0;
		text_utf8_decode(s, len, &first);
		int item = s[0] == '-' || s[0] == '+' || starts_with_bytes(s, len, "–") ||
			   starts_with_bytes(s, len, "•");
		if (*stamp == STAMP_ADDRESSEES && !item && s[0] != '(' && !u_islower((UChar32)first)) {
			*stamp = 0;
			return 0;
		}
		int open = !strchr(".;)", s[len - 1]);
		*stamp = (item && open) || s[len - 1] == ',' ? STAMP_ADDRESSEE_NEXT : STAMP_ADDRESSEES;
		return 1;
	}
	static const char *const forms[] = { "TM. ", "T/M ", "KT. ", "TL. ", "TUQ. ", "Q. ", NULL };
	for (const char *const *f = forms; *f; f++)
		if (starts_with_bytes(s, len, *f) && len > strlen(*f) &&
		    u_isupper((UChar32)(unsigned char)s[strlen(*f)]))
			return 2;
	return 0;
}

/* A site clock or dateline: short, and a whole date d/m/yyyy is most of
 * it ("Hà Nội, Ngày 20/04/2024", "Thứ Tư, 16/03/2022 15:30"); a headline
 * that names a date ("2 luật mới về thuế được thông qua ngày 10/12/2025")
 * is none. */
static int is_date_line(const char *s, size_t len)
{
	if (len > 64)
		return 0;
	for (size_t i = 0; i < len; i++) {
		if (!isdigit((unsigned char)s[i]) || (i > 0 && isdigit((unsigned char)s[i - 1])))
			continue;
		struct text_date d;
		size_t n = text_date_parse(s + i, len - i, &d);
		if (n && d.year)
			return words_in(s, i) <= 5 && words_in(s + i + n, len - i - n) <= 3;
	}
	return 0;
}

/* Where a text's title line starts: past a site clock or a dateline
 * ("Hà Nội, Ngày 20/04/2024", "Thứ Tư, 16/03/2022 15:30") opening it. */
static size_t title_start(const char *s, size_t len)
{
	size_t i = 0, skipped = 0;
	while (i < len && skipped < 2) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - s) : len;
		size_t a = i;
		while (a < end && isspace((unsigned char)s[a]))
			a++;
		if (a == end) {
			i = end + 1;
			continue;
		}
		if (!is_date_line(s + a, end - a))
			return a;
		skipped++;
		i = end + 1;
	}
	/* Nothing but date lines: the first one is all there is. */
	if (i >= len)
		return 0;
	return i;
}

/* Does the line l[0..ln) go on from the title line t[0..tn) above it, as
 * a hard-wrapped line does? A sentence going on in lower case ("Những" over
 * "nội dung thẩm quyền …"), or, when the first line is a word in capitals
 * (caps_head), a heading broken after it ("VỀ" over "VIỆC PHÊ DUYỆT DANH
 * MỤC …" over "… TOÀN TRÌNH"). */
static int title_goes_on(const char *t, size_t tn, const char *l, size_t ln, int caps_head)
{
	if (!tn || !ln || strchr(".:;!?", t[tn - 1]))
		return 0;
	unsigned first;
	if (!text_utf8_decode(l, ln, &first))
		return 0;
	if (u_islower((UChar32)first))
		return 1;
	/* "… đã có công văn số" over "18380/BTC-CST báo cáo …": a sentence
	 * wrapped before a number, not a list's item ("1. …", "2)") or a
	 * dateline under a headline. */
	size_t last = tn - 1;
	while (last > 0 && ((unsigned char)t[last] & 0xC0) == 0x80)
		last--;
	unsigned end;
	if (isdigit((unsigned char)l[0]) && text_utf8_decode(t + last, tn - last, &end) &&
	    u_islower((UChar32)end)) {
		size_t d = strspn(l, "0123456789");
		if (d < ln && (l[d] == '/' || l[d] == '-') && !is_date_line(l, ln))
			return 1;
	}
	return caps_head && u_isupper((UChar32)first) && !text_has_lower(t, tn) &&
	       !text_has_lower(l, ln);
}

/* A bare appendix label, "PHỤ LỤC I", "Phụ lục số 02": it names no
 * document; the heading under it says what the appendix holds. */
static int appendix_label(const char *s, size_t len)
{
	struct buf k = BUF_INIT;
	text_fold_key(s, len, &k);
	const char *r = k.len >= 6 && memcmp(k.p, "phuluc", 6) == 0 ? k.p + 6 : NULL;
	if (r && strncmp(r, "so", 2) == 0)
		r += 2;
	int label = r && strspn(r, "ivxl0123456789") == strlen(r) && strlen(r) <= 6;
	buf_release(&k);
	return label;
}

/* Letters in s[0..len), up to 2: a line of one ("x", "t" of a navigation
 * box's links) is no title. */
static int letters(const char *s, size_t len)
{
	int n = 0;
	for (size_t i = 0; i < len && n < 2;) {
		unsigned c;
		size_t k = text_utf8_decode(s + i, len - i, &c);
		if (!k)
			break;
		n += u_isalpha((UChar32)c) != 0;
		i += k;
	}
	return n;
}

char *ingest_text_title(const char *s, size_t len)
{
	/* A site clock or dateline above the headline is not its title. */
	size_t skip = title_start(s, len);
	s += skip;
	len -= skip;
	int stamp = 0, captions = 0;
	for (size_t at = 0, a, b; next_line(s, len, &at, &a, &b);) {
		int furniture = a < b ? title_furniture(s + a, b - a, &stamp) : 0;
		/* A photo's caption above the text: its lead names the story
		 * better. Once: a gallery's captions are all its text. */
		if (a < b && !furniture && !captions && photo_caption(s + a, b - a)) {
			captions = 1;
			continue;
		}
		if (furniture == 2)
			break;
		if (a < b && !furniture && letters(s + a, b - a) >= 2 && !ingest_gazette_head(s + a, b - a)) {
			struct buf t = BUF_INIT;
			buf_add(&t, s + a, b - a);
			/* A type heading ("LUẬT" over "THUẾ TIÊU THỤ ĐẶC BIỆT") is
			 * left whole: the regulation's title is made from it. */
			int caps_head = !memchr(s + a, ' ', b - a) && !text_has_lower(s + a, b - a) &&
					!cite_heading_type(s + a, b - a);
			if (appendix_label(s + a, b - a)) {
				/* "PHỤ LỤC I" over "DANH MỤC CÁC CHỈ TIÊU CỤ THỂ". */
				size_t at2 = at, c = 0, d = 0;
				while (next_line(s, len, &at2, &c, &d) && c == d)
					;
				if (c < d && text_has_letter(s + c, d - c)) {
					buf_adds(&t, ": ");
					buf_add(&t, s + c, d - c);
					at = at2;
					caps_head = 0;
				}
			}
			for (size_t c, d; t.len <= TITLE_MAX_BYTES && next_line(s, len, &at, &c, &d) &&
					  title_goes_on(t.p, t.len, s + c, d - c, caps_head);) {
				buf_addc(&t, ' ');
				buf_add(&t, s + c, d - c);
			}
			if (t.len <= TITLE_MAX_BYTES)
				return t.p;
			/* A paragraph standing first: its first sentence if short enough,
			 * else its words up to the limit, marked as cut. */
			const char *p = t.p;
			char *r = NULL;
			size_t cut = TITLE_MAX_BYTES;
			for (size_t k = 20; !r && k + 1 < TITLE_MAX_BYTES; k++)
				if ((p[k] == '.' || p[k] == '?' || p[k] == '!') && isspace((unsigned char)p[k + 1]))
					r = xstrndup(p, k);
			if (!r) {
				while (cut > 0 && !isspace((unsigned char)p[cut]))
					cut--;
				while (cut > 0 && (isspace((unsigned char)p[cut - 1]) || p[cut - 1] == ','))
					cut--;
				if (cut == 0)
					cut = TITLE_MAX_BYTES;
				while (cut > 0 && ((unsigned char)p[cut] & 0xC0) == 0x80)
					cut--;
				r = xasprintf("%.*s…", (int)cut, p);
			}
			buf_release(&t);
			return r;
		}
	}
	return xstrdup("");
}

/* ---- tidying --------------------------------------------------------------- */

/* Is the word that ends at out[w) (letters only, after a blank, not part
 * of a number such as "/qh11") a Vietnamese syllable a footnote's digits
 * were glued to ("thuế1", "Viên1")? "QH14", "H5N1", "Covid19" are not. */
static int footnote_base(const char *out, size_t w)
{
	size_t ws = w;
	while (ws > 0 && !isspace((unsigned char)out[ws - 1]) && !ispunct((unsigned char)out[ws - 1]))
		ws--;
	if (w - ws < 2 || (ws > 0 && strchr("/-.", out[ws - 1])))
		return 0;
	for (size_t i = ws; i < w; i++)
		if (isdigit((unsigned char)out[i]))
			return 0;
	return legacy_vn_syllable(out + ws, w - ws);
}

void ingest_title_tidy(char *t)
{
	size_t n = strlen(t), w = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)t[i];
		if (c == '_' && i + 2 < n && t[i + 1] == '_' && t[i + 2] == '_' &&
		    (i == 0 || isspace((unsigned char)t[i - 1]))) {
			size_t j = i;
			while (j < n && t[j] == '_')
				j++;
			if (j == n || isspace((unsigned char)t[j])) {
				i = j; /* a rule line, "_________" under a letterhead */
				continue;
			}
		}
		if (isspace(c)) {
			if (w && t[w - 1] != ' ')
				t[w++] = ' ';
			i++;
			continue;
		}
		if (isdigit(c) && w > 0 && !isdigit((unsigned char)t[w - 1])) {
			size_t j = i;
			while (j < n && isdigit((unsigned char)t[j]))
				j++;
			int ends = j == n || isspace((unsigned char)t[j]) ||
				   (strchr(",;:)", t[j]) != NULL);
			if (j - i <= 2 && ends && footnote_base(t, w)) {
				i = j;
				continue;
			}
		}
		t[w++] = t[i++];
	}
	while (w > 0 && t[w - 1] == ' ')
		w--;
	t[w] = '\0';
}

/* ---- a regulation's own text ------------------------------------------------ */

struct letterhead {
	int found;
	struct cite_mention m;
};

static int first_letterhead(const struct cite_mention *m, void *arg)
{
	struct letterhead *lh = arg;
	/* A text the file holds after another's opening is not its title. */
	if (!m->letterhead || m->num.kind == CITE_SHORT || (m->letterhead & CITE_LATER_TEXT))
		return 0;
	/* A site's attribute block names no subject: the letterhead under
	 * it, of the same number, gives it. */
	if (lh->found) {
		if (strcmp(lh->m.num.canonical, m->num.canonical) == 0 && m->subject[0])
			memcpy(lh->m.subject, m->subject, sizeof lh->m.subject);
		return 1;
	}
	lh->found = 1;
	lh->m = *m;
	return m->subject[0] != 0;
}

/* "Type number: Subject", the subject in sentence case when it was typed in
 * capitals, its proper names kept (text: the document's, for the
 * capitals it writes them with). */
static char *regulation_title(const char *type, const char *number, const char *subject,
			      const char *text, size_t text_len)
{
	struct buf t = BUF_INIT;
	buf_addf(&t, "%s%s%s", type ? type : "", type && *number ? " " : "", number);
	/* Without its marks first: "## SỬA ĐỔI…" is put in sentence case
	 * from its first letter. */
	char *sub = xstrdup(subject);
	ingest_title_tidy(sub);
	if (*sub && type && (!*number || cite_named_by_subject(type))) {
		/* No number: the regulation's name, "Nghị quyết về bổ sung …",
		 * not "Nghị quyết: Về bổ sung …". A law is named by its subject
		 * and cited with its number after it, as the texts cite it:
		 * "Bộ luật Lao động số 45/2019/QH14", not "Bộ luật 45/2019/QH14:
		 * Lao động". */
		struct buf s = BUF_INIT;
		if (text_has_ascii_lower(sub, strlen(sub)) ||
		    text_proper_case(sub, strlen(sub), text, text_len, &s) < 0) {
			buf_reset(&s);
			buf_adds(&s, sub);
		}
		buf_reset(&t);
		if (*number && cite_subject_acts(s.p, s.len)) {
			/* What an amending law does follows its number: "Luật số
			 * 51/2024/QH15 sửa đổi, bổ sung một số điều của …". */
			buf_addf(&t, "%s số %s ", type, number);
			text_lower_first(s.p, s.len, &t);
		} else {
			cite_regulation_name(type, s.p, s.len, &t);
			if (*number)
				buf_addf(&t, " số %s", number);
		}
		buf_release(&s);
	} else if (*sub) {
		buf_adds(&t, t.len ? ": " : "");
		if (text_has_ascii_lower(sub, strlen(sub)) ||
		    text_proper_case(sub, strlen(sub), text, text_len, &t) < 0) {
			/* The subject after "về" ("NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về
			 * đột phá …") starts the title's sentence after the colon. */
			text_upper_first(sub, strlen(sub), &t);
		}
	}
	free(sub);
	/* A number in a title is written as it is canonically ("Chỉ thị số
	 * 27/CT-TTg", not the heading's "27/CT-TTG"), whatever its case. */
	text_numbers_canonical(t.p, t.len);
	return buf_detach(&t, NULL);
}

/* The folded form of s[0..len), for comparing a line with a name. */
static void folded(const char *s, size_t len, struct buf *out)
{
	buf_reset(out);
	text_fold_key(s, len, out);
}

/* A title that is only where a regulation's letterhead starts: the state's
 * motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), the Party's name, an issuer
 * ("CHÍNH PHỦ"), a consolidated text's label ("VĂN BẢN HỢP NHẤT - BỘ Y TẾ"),
 * the gazette's section ("VĂN BẢN PHÁP LUẬT KHÁC"), or the type heading
 * itself ("THÔNG TƯ"). */
static int letterhead_line(const char *title, enum cite_motto *motto)
{
	/* folded once for every test below: the title checks asked each
	 * line's key of the tokeniser four times */
	size_t n = strlen(title);
	struct buf k = BUF_INIT;
	folded(title, n, &k);
	enum cite_motto mt = k.len ? cite_motto_key(k.p) : CITE_MOTTO_NONE;
	int r = k.len && (mt == CITE_MOTTO_STATE || mt == CITE_MOTTO_PARTY ||
			  strcmp(k.p, "vanbanquyphamphapluat") == 0 ||
			  strcmp(k.p, "vanbanphapluatkhac") == 0 ||
			  strncmp(k.p, "vanbanhopnhat", 13) == 0 || cite_issuer_code_key(k.p) != NULL ||
			  cite_heading_type_key(title, n, k.p) != NULL);
	buf_release(&k);
	if (motto)
		*motto = mt;
	return r;
}

/* Does a line under a type heading open a consolidated text's note on what
 * it consolidates: the heading's own type, "số" and a number ("Thông tư số
 * 23/2024/TT-BCT ngày 07 tháng 11 năm 2024 của Bộ trưởng …, có hiệu lực kể từ
 * …, được sửa đổi, bổ sung bởi:"), after a subject line that ends a phrase?
 * After "… một số điều của" the same words go on the subject ("… của \n
 * Thông tư số 38/2025/TT-BCT"). */
static int names_itself(const char *s, size_t len, const char *type, const struct buf *subject)
{
	size_t n = strlen(type);
	if (len < n + sizeof " số 1" - 1 || memcmp(s, type, n) != 0 ||
	    memcmp(s + n, " số ", sizeof " số " - 1) != 0 || !isdigit((unsigned char)s[n + sizeof " số " - 1]))
		return 0;
	static const char *const links[] = { " của", " tại", " theo", " và", " về", " với", " hoặc", ",",
					     " số", " tháng", " năm", " ngày", "-" };
	size_t e = subject->len;
	while (e > 0 && isspace((unsigned char)subject->p[e - 1]))
		e--;
	for (size_t k = 0; k < sizeof links / sizeof *links; k++) {
		size_t m = strlen(links[k]);
		if (e >= m && memcmp(subject->p + e - m, links[k], m) == 0)
			return 0;
	}
	return 1;
}

/* A text whose letterhead gives no number the citation grammar reads (a
 * consolidated text, "Số: 66.16/2026/NQ-CP"): its type heading, a line of
 * its own in capitals ("NGHỊ QUYẾT", "THÔNG TƯ1" with a footnote mark), the
 * "Số:" line above it, and the subject lines under it up to a blank line. */
static char *heading_title(const char *s, size_t len)
{
	char number[64] = "";
	const char *type = NULL;
	struct buf subject = BUF_INIT;
	for (size_t at = 0, a, b; next_line(s, len, &at, &a, &b);) {
		if (type) {
			if (a == b && !subject.len)
				continue; /* blank lines under the heading */
			if (a == b || !text_has_letter(s + a, b - a) || subject.len > TITLE_MAX_BYTES ||
			    (b - a >= sizeof "Căn cứ" - 1 && memcmp(s + a, "Căn cứ", sizeof "Căn cứ" - 1) == 0) ||
			    (subject.len && names_itself(s + a, b - a, type, &subject)))
				break;
			buf_adds(&subject, subject.len ? " " : "");
			buf_add(&subject, s + a, b - a);
			continue;
		}
		if (b - a > sizeof "Số" && memcmp(s + a, "Số", sizeof "Số" - 1) == 0) {
			/* "Số: 66.16/2026/NQ-CP", "Số 12/VBHN-BTC" */
			size_t k = a + sizeof "Số" - 1;
			while (k < b && (s[k] == ':' || isspace((unsigned char)s[k])))
				k++;
			size_t n = 0;
			while (k < b && !isspace((unsigned char)s[k]) && n + 1 < sizeof number)
				number[n++] = s[k++];
			number[n] = '\0';
			/* "Số: Không số" (a constitution has none): no number. */
			if (!strpbrk(number, "0123456789"))
				number[0] = '\0';
			continue;
		}
		type = cite_heading_type(s + a, b - a);
	}
	char *r = type && subject.len ? regulation_title(type, number, subject.p, s, len) : NULL;
	buf_release(&subject);
	return r;
}

/* Failing a type heading, the first line below the letterhead that can be
 * a title ("Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018" on a
 * gazette page continuing a text), or NULL. */
static char *past_letterhead(const char *s, size_t len)
{
	char *r = NULL;
	int stamp = 0;
	for (size_t at = 0, a, b; !r && next_line(s, len, &at, &a, &b);) {
		int furniture = a < b ? title_furniture(s + a, b - a, &stamp) : 0;
		if (furniture == 2)
			break;
		if (a == b || furniture || !text_has_letter(s + a, b - a) || ingest_gazette_head(s + a, b - a) ||
		    b - a > TITLE_MAX_BYTES)
			continue;
		char *line = xstrndup(s + a, b - a);
		enum cite_motto mt;
		if (letterhead_line(line, &mt) || mt == CITE_MOTTO_SLOGAN)
			free(line);
		else
			r = line;
	}
	return r;
}

/* Does the head of a text read as a regulation's: the state's motto or the
 * Party's name on a line of its own, or the gazette's running head? A page
 * about a Party body ("Ban Tổ chức Trung ương") is titled by the body. */
static int regulation_head(const char *s, size_t len)
{
	int r = 0;
	for (size_t at = 0, a, b; !r && next_line(s, len, &at, &a, &b);) {
		if (ingest_gazette_head(s + a, b - a)) {
			r = 1;
		} else if (b - a < 80) {
			enum cite_motto mt = cite_motto(s + a, b - a);
			r = mt == CITE_MOTTO_STATE || mt == CITE_MOTTO_PARTY;
		}
	}
	return r;
}

/* The head a title is read from: HEAD_BYTES, run on to the end of the
 * paragraph it cuts (a blank line), or of a line, within HEAD_SLACK more,
 * so that a letterhead at its edge is read whole (a thuvienphapluat page's
 * banner and attribute block push the letterhead there: its subject was cut
 * mid-word, "… VẬT LIỆU BÁN DẪ"). */
static size_t head_window(const char *s, size_t len)
{
	if (len <= HEAD_BYTES)
		return len;
	size_t end = len < HEAD_BYTES + HEAD_SLACK ? len : HEAD_BYTES + HEAD_SLACK;
	for (size_t i = HEAD_BYTES; i + 1 < end; i++)
		if (s[i] == '\n' && s[i + 1] == '\n')
			return i;
	if (end == len)
		return len;
	for (size_t i = end; i > HEAD_BYTES; i--)
		if (s[i - 1] == '\n')
			return i - 1;
	return HEAD_BYTES;
}

/* A text with no number ("Số ký hiệu: Không số") on vbpl.vn's attribute
 * table: the table's first row names it whole ("Hiến pháp năm 2013"), the
 * line above the number's, when it opens with the type the page is titled
 * by. NULL otherwise. */
static char *table_title(const char *s, size_t len, const char *type)
{
	static const char label[] = "Số ký hiệu";
	size_t tn = strlen(type), pa = 0, pb = 0;
	for (size_t at = 0, a, b; next_line(s, len, &at, &a, &b);) {
		if (b - a >= sizeof label - 1 && memcmp(s + a, label, sizeof label - 1) == 0)
			return pb - pa > tn + 1 && pb - pa <= TITLE_MAX_BYTES && memcmp(s + pa, type, tn) == 0 &&
					       s[pa + tn] == ' ' && !memchr(s + pa, ':', pb - pa)
				       ? xstrndup(s + pa, pb - pa)
				       : NULL;
		if (a < b) {
			pa = a;
			pb = b;
		}
	}
	return NULL;
}

/* A page about a text with no number that neither a heading nor an
 * attribute table names (vbpl.vn's "Lược đồ" and "VB liên quan" tabs):
 * the title its script sets, "Hiến pháp Không số Hiến pháp năm 2013",
 * names it whole after the type and "Không số" ("Hiến pháp năm 2013"),
 * when what follows opens with the type again. NULL otherwise. */
static char *script_named(const char *script, const char *type)
{
	static const char none[] = " Không số ";
	size_t tn = strlen(type);
	if (!script || strncmp(script, type, tn) != 0 || strncmp(script + tn, none, sizeof none - 1) != 0)
		return NULL;
	const char *name = script + tn + sizeof none - 1;
	size_t nn = strlen(name);
	return nn > tn + 1 && nn <= TITLE_MAX_BYTES && strncmp(name, type, tn) == 0 && name[tn] == ' '
		       ? xstrdup(name)
		       : NULL;
}

struct whole_number {
	int found;
	struct cite_mention m;
};

static int first_number(const struct cite_mention *m, void *arg)
{
	struct whole_number *w = arg;
	if (m->num.kind == CITE_SHORT)
		return 0;
	w->found = 1;
	w->m = *m;
	return 1;
}

/* A title that is a type and a consolidated text's number, the type the
 * text it joins ("Luật 31/VBHN-VPQH", vbpl.vn's breadcrumb): the text is a
 * consolidated one, as its number says ("Văn bản hợp nhất 31/VBHN-VPQH"),
 * titled as a letterhead of that number titles it. NULL otherwise. */
static char *consolidated_title(const char *title)
{
	size_t n = strlen(title);
	struct whole_number w = { 0 };
	cite_scan(title, n, first_number, &w);
	if (!w.found || w.m.num.kind != CITE_VBHN || w.m.end != n || w.m.start < 2)
		return NULL;
	const char *name = cite_type_name(w.m.num.type, w.m.num.kind);
	char *type = xstrndup(title, w.m.start - 1);
	const char *typed = cite_type_name_for(type);
	free(type);
	if (!name || !typed || strcmp(typed, name) == 0 || title[w.m.start - 1] != ' ')
		return NULL;
	return regulation_title(name, w.m.num.canonical, "", title, n);
}

void ingest_regulation_title(struct ingest_doc *d)
{
	size_t head = head_window(d->text, d->text_len);
	struct letterhead lh = { 0 };
	char *t = NULL;
	/* each asked at most once: -1 until then */
	int title_lh = -1, reg_head = -1;
	cite_scan(d->text, head, first_letterhead, &lh);
	if (lh.found) {
		const struct cite_mention *m = &lh.m;
		const char *type = m->type_name ? m->type_name : cite_type_name(m->num.type, m->num.kind);
		t = regulation_title(type, m->num.canonical, m->subject, d->text, d->text_len);
	} else if (((!*d->title || (title_lh = letterhead_line(d->title, NULL))) &&
		    (reg_head = regulation_head(d->text, head))) ||
		   cite_heading_type(d->title, strlen(d->title))) {
		/* A bare type heading ("**NGHỊ QUYẾT**" opening a page) is
		 * never a title, letterhead or not. */
		t = heading_title(d->text, head);
		if (!t)
			t = past_letterhead(d->text, head);
	} else if (*d->title && cite_type_name_for(d->title)) {
		/* A page titled by a type's name alone (vbpl.vn's breadcrumb
		 * "Hiến pháp"): the heading in its text names it whole. */
		t = heading_title(d->text, head);
		if (!t)
			t = table_title(d->text, head, d->title);
		if (!t)
			t = script_named(d->script_title, d->title);
	}
	if (!t && *d->title)
		t = consolidated_title(d->title);
	if (t) {
		free(d->title);
		d->title = t;
	} else if (*d->title && (title_lh >= 0 ? title_lh : letterhead_line(d->title, NULL)) &&
		   (reg_head >= 0 ? reg_head : regulation_head(d->text, head))) {
		/* Only the letterhead's first line ("BỘ QUỐC PHÒNG" over a
		 * scan): it names no document; the caller names it by its
		 * file. */
		d->title[0] = '\0';
	}
}

/* ---- a web page ------------------------------------------------------------- */

static int starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Does this title part name the site rather than the article? */
static int names_site(const char *part, size_t len, const char *site)
{
	char *p = xstrndup(part, len);
	int yes = site && strcasecmp(p, site) == 0;
	static const char *const domains[] = { ".vn", ".com", ".net", ".org", ".gov", ".edu", NULL };
	for (const char *const *d = domains; *d && !yes; d++)
		yes = strstr(p, *d) != NULL && !strchr(p, ' ');
	static const char *const starts[] = { "Báo ", "Cổng ", "Tạp chí ", "Trang thông tin",
					      "Trang tin", "Thông tấn", "Thư viện ", NULL };
	for (const char *const *s = starts; *s && !yes; s++)
		yes = starts_with(p, *s) && words_in(p, strlen(p)) <= 10;
	free(p);
	return yes;
}

/* "Headline - Báo Tin tức" -> "Headline"; "Site | Headline" -> "Headline". */
static char *strip_site(const char *title, const char *site)
{
	static const char *const seps[] = { " - ", " | ", " – ", " — ", " :: ", " » ", NULL };
	char *t = xstrdup(title);
	for (int round = 0; round < 2; round++) {
		size_t len = strlen(t);
		const char *best = NULL;
		size_t seplen = 0;
		for (const char *const *s = seps; *s; s++) {
			const char *last = NULL;
			for (const char *p = strstr(t, *s); p; p = strstr(p + 1, *s))
				last = p;
			if (last && (!best || last > best)) {
				best = last;
				seplen = strlen(*s);
			}
		}
		if (best && (size_t)(best - t) >= 10) {
			const char *tail = best + seplen;
			if (names_site(tail, len - (size_t)(tail - t), site)) {
				t[best - t] = '\0';
				continue;
			}
		}
		/* A site name in front. */
		for (const char *const *s = seps; *s; s++) {
			const char *first = strstr(t, *s);
			if (first && len - (size_t)(first - t) - strlen(*s) >= 10 &&
			    names_site(t, (size_t)(first - t), site)) {
				memmove(t, first + strlen(*s), len - (size_t)(first - t) - strlen(*s) + 1);
				break;
			}
		}
		break;
	}
	return t;
}

char *ingest_page_title(const char *og_title, const char *title_tag, const char *site_name,
			const char *h1)
{
	if (og_title)
		return strip_site(og_title, site_name);
	char *t = title_tag ? strip_site(title_tag, site_name) : xstrdup("");
	if (!h1 || !*h1)
		return t;
	if (!*t || strstr(t, h1) || (words_in(h1, strlen(h1)) >= 4 && !strstr(h1, t))) {
		free(t);
		return xstrdup(h1);
	}
	if (words_in(h1, strlen(h1)) >= 4) {
		free(t);
		return xstrdup(h1);
	}
	return t;
}

/* The file's name as its title, when the text gives none (a gazette's
 * scan: a signature stamp and page numbers only). congbao.chinhphu.vn
 * names its files by the document's type and number
 * ("nghi-dinh-so-186-2026-nd-cp-469660", "quyet-dinh-so-109-qd-btc-468842"):
 * read so, the title is "Nghị định 186/2026/NĐ-CP", not the slug. The
 * type's words before "so", the number, its year, its codes up to the
 * site's id (all digits); the number is read as a user's would be
 * (cite_parse_typed) and must carry the type the words name. Else the
 * name as it is. */
char *ingest_name_title(const char *base, size_t len)
{
	char *words[16];
	size_t n = 0;
	char *s = xstrndup(base, len);
	for (char *p = s; *p && n < 16;) {
		while (*p == '-' || *p == '_' || *p == ' ' || *p == '.')
			*p++ = '\0';
		if (!*p)
			break;
		words[n++] = p;
		while (*p && *p != '-' && *p != '_' && *p != ' ' && *p != '.')
			p++;
	}
	char *title = NULL;
	size_t so = 0;
	while (so < n && strcasecmp(words[so], "so") != 0)
		so++;
	if (so > 0 && so < 5 && so + 2 < n) {
		struct buf type = BUF_INIT, num = BUF_INIT;
		for (size_t i = 0; i < so; i++)
			buf_adds(&type, words[i]);
		const char *type_name = cite_type_name_for(type.p);
		size_t i = so + 1, codes = 0;
		if (type_name && strspn(words[i], "0123456789") == strlen(words[i])) {
			buf_adds(&num, words[i++]);
			if (i < n && strlen(words[i]) == 4 && strspn(words[i], "0123456789") == 4) {
				buf_addc(&num, '/');
				buf_adds(&num, words[i++]);
			}
			for (; i < n && strspn(words[i], "0123456789") != strlen(words[i]); i++, codes++) {
				buf_addc(&num, codes ? '-' : '/');
				buf_adds(&num, words[i]);
			}
		}
		struct cite_number c;
		if (codes && cite_parse_typed(num.p, num.len, &c) && c.canonical[0]) {
			const char *coded = cite_type_name(c.type, c.kind);
			if (coded && strcmp(coded, type_name) == 0)
				title = xasprintf("%s %s", type_name, c.canonical);
		}
		buf_release(&type);
		buf_release(&num);
	}
	free(s);
	return title ? title : xstrndup(base, len);
}
