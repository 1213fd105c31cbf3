/* cite_letterhead.c — a regulation's own letterhead around its "Số:" line:
 * the issuing body above, the place and date, the type heading and the
 * subject below; and thuvienphapluat's attribute block. */
#include <stdio.h>
#include <string.h>

#include <unicode/uchar.h>

#include "text/text.h"
#include "text/text_int.h"

/* ---- letterheads -------------------------------------------------------------- */

static int shared_code(const char *issuer);
static int heading_above(const struct cite_reader *sc, const char *so_line, const char **hl_end);

/* The first occurrence of needle in [p, end), or NULL (memmem is not POSIX). */
const char *cite_find_bytes(const char *p, const char *end, const char *needle)
{
	size_t n = strlen(needle);
	while (p + n <= end) {
		const char *f = memchr(p, needle[0], (size_t)(end - p));
		if (!f || f + n > end)
			return NULL;
		if (memcmp(f, needle, n) == 0)
			return f;
		p = f + 1;
	}
	return NULL;
}

/* "Số: 89/2021/NĐ-CP" at the start of a line (tables and bold allowed),
 * "Số 57\-NQ/TW", "Luật số: 91/2015/QH13"; or thuvienphapluat's attribute
 * block "**Số hiệu:** | 10988/BNV-CQĐP". */
int cite_letterhead_at(const struct cite_reader *sc, const char *d, const char **so_word)
{
	const char *lo = sc->lo;
	const char *q = cite_skip_soft_back(lo, d);
	while (q > lo && q[-1] == ':') /* "Số:: 65/2006/QH11", a doubled colon */
		q = cite_skip_soft_back(lo, q - 1);
	const char *ws = cite_word_start_back(lo, q);
	if (ws == q)
		return CITE_LH_NONE;
	int kind = CITE_LH_NONE;
	int colon = q < d && cite_skip_soft(q, d) < d && *cite_skip_soft(q, d) == ':';
	size_t n1;
	/* "Số 57\-NQ/TW" needs no colon; a wrapped title "… QUYẾT ĐỊNH\nSỐ 90/QĐ-TTg"
	 * is in capitals and has none. */
	if (cite_match_name(ws, q, "so") == q && *ws == 'S' && (colon || text_vn_is_lower(text_utf8_at(ws + 1, q, &n1)))) {
		kind = CITE_LH_SO;
	} else if (cite_match_name(ws, q, "so") == q && *ws == 'S' && !colon &&
		   (ws == lo || ws[-1] == '\n') && heading_above(sc, ws, &(const char *){ NULL }) >= 0) {
		/* "LUẬT / SỐ 103-SL/L.005 NGÀY 20-5-1957 …" opening a text. */
		*so_word = ws;
		return CITE_LH_SO;
	} else if (colon && cite_match_name(ws, q, "le") == q) {
		/* anle.toaan.gov.vn's block: "Số án lệ: 63/2023/AL". */
		const char *b = cite_skip_soft_back(lo, ws);
		const char *w2 = cite_word_start_back(lo, b);
		if (w2 < b && cite_match_name(w2, q, "an le") == q) {
			b = cite_skip_soft_back(lo, w2);
			const char *w3 = cite_word_start_back(lo, b);
			if (w3 < b && cite_match_name(w3, b, "so") == b && *w3 == 'S') {
				kind = CITE_LH_TVPL;
				ws = w3;
			}
		}
	} else if (cite_match_name(ws, q, "hieu") == q) {
		const char *b = cite_skip_soft_back(lo, ws);
		const char *w2 = cite_word_start_back(lo, b);
		if (w2 < b && cite_match_name(w2, b, "so") == b && *w2 == 'S') {
			kind = CITE_LH_TVPL;
			ws = w2;
		} else if (w2 < b && cite_match_name(w2, b, "ky") == b && colon) {
			/* vbpl.vn's attribute table: "Số ký hiệu: 101/2015/QH13". */
			const char *b3 = cite_skip_soft_back(lo, w2);
			const char *w3 = cite_word_start_back(lo, b3);
			if (w3 < b3 && cite_match_name(w3, b3, "so") == b3 && *w3 == 'S') {
				kind = CITE_LH_TVPL;
				ws = w3;
			}
		}
	} else if (cite_match_name(ws, q, "so") == q && colon) {
		/* "Luật số: 91/2015/QH13", "Nghị quyết số: 78/2025/UBTVQH15". */
		const char *b = cite_skip_soft_back(lo, ws);
		const char *w2;
		if (b < ws && cite_type_name_before(sc->nm, lo, b, &w2) >= 0 && text_vn_is_upper((unsigned char)*w2)) {
			kind = CITE_LH_SO;
			ws = w2;
		}
	}
	if (kind == CITE_LH_NONE)
		return CITE_LH_NONE;
	/* Only line starts: "CÔNG BÁO/Số 182" and "… văn bản Số 12" are not. */
	*so_word = ws;
	while (ws > lo && (ws[-1] == ' ' || ws[-1] == '\t' || ws[-1] == '*' || ws[-1] == '|' ||
			   ws[-1] == '#'))
		ws--;
	if (ws == lo || ws[-1] == '\n')
		return kind;
	/* A letterhead's cells run together on one line, the body in capitals
	 * and its rule before the number: "CHÍNH PHỦ__________ Số: 170/2025/NĐ-CP
	 * | CỘNG HÒA …", "------------------ Số: 1661/NQ-UBTVQH15". */
	const char *r = ws;
	while (r > lo && (r[-1] == '_' || r[-1] == '-'))
		r--;
	if (ws - r < 3 || kind != CITE_LH_SO)
		return CITE_LH_NONE;
	while (r > lo && r[-1] != '\n') {
		size_t n;
		const char *c = r - 1;
		while (c > lo && ((unsigned char)*c & 0xC0) == 0x80)
			c--;
		if (text_vn_is_lower(text_utf8_at(c, r, &n)))
			return CITE_LH_NONE;
		r = c;
	}
	return kind;
}

static const char *line_end(const char *p, const char *end)
{
	const char *e = memchr(p, '\n', (size_t)(end - p));
	return e ? e : end;
}

/* A type heading as a whole line: "**QUYẾT ĐỊNH**", "# THÔNG TƯ", "BỘ LUẬT";
 * returns its index among the names, or -1. */
static int heading_type(const struct cite_reader *sc, const char *s, const char *e)
{
	s = cite_skip_soft(s, e);
	while (s < e && *s == '#')
		s = cite_skip_soft(s + 1, e);
	/* Headings are in capitals; a lone "Quyết định" line is prose. */
	size_t n;
	if (!cite_capital_at(s, e) || e - s < 2 || !text_vn_is_upper(text_utf8_at(s, e, &n)) || s + n >= e ||
	    !text_vn_is_upper(text_utf8_at(s + n, e, &n)))
		return -1;
	/* A consolidated text's heading carries its footnote's mark, one or
	 * two digits glued on: "THÔNG TƯ1". */
	const char *mark = e;
	while (mark > s && (mark[-1] == ' ' || mark[-1] == '\t' || mark[-1] == '\r'))
		mark--;
	const char *dg = mark;
	while (dg > s && mark - dg < 3 && cite_is_digit(dg[-1]))
		dg--;
	if (dg < mark && mark - dg <= 2 && dg > s && !cite_is_digit(dg[-1]) && dg[-1] != ' ')
		mark = dg;
	else
		mark = e;
	int best = -1;
	const char *best_end = NULL;
	for (size_t i = 0; i < sc->nm->n; i++) {
		if (sc->nm->v[i].is_code)
			continue;
		const char *m = cite_match_name(s, e, sc->nm->v[i].name);
		if (!m && mark < e)
			m = cite_match_name(s, mark, sc->nm->v[i].name) == mark ? e : NULL;
		if (m && cite_skip_soft(m, e) == e && (best < 0 || m > best_end)) {
			best = (int)i;
			best_end = m;
		}
	}
	return best;
}

/* The same rule for a line standing alone, as a title is read: folded
 * whole (punctuation falls away), a footnote mark after it allowed, the
 * types without a code too. The reader's own check above stays strict:
 * it decides which lines under a number are its subject. */
const char *cite_heading_type(const char *s, size_t len)
{
	return cite_heading_type_key(s, len, NULL);
}

const char *cite_heading_type_key(const char *s, size_t len, const char *key)
{
	size_t whole = len;
	while (len > 0 && s[len - 1] >= '0' && s[len - 1] <= '9')
		len--;
	if (!len || len >= 40 || !text_has_letter(s, len) || text_has_ascii_lower(s, len))
		return NULL;
	struct buf k = BUF_INIT;
	if (!key || len != whole) {
		/* the footnote mark is no part of the heading's key */
		text_fold_key(s, len, &k);
		key = k.len ? k.p : "";
	}
	/* "VĂN BẢN HỢP NHẤT - BỘ Y TẾ" labels a consolidated text; its own
	 * type heading comes below. */
	const char *type = !*key || strncmp(key, "vanbanhopnhat", 13) == 0
				   ? NULL
				   : cite_type_name_for_key(key);
	buf_release(&k);
	return type;
}

/* A type code that is the President's order promulgating a law ("Lệnh"). */
static int promulgation_order(const char *type_code)
{
	const char *name = cite_type_name(type_code, CITE_QPPL);
	return name && (strcmp(name, "Lệnh") == 0 || strcmp(name, "Sắc lệnh") == 0);
}

/* The name at index h of the names when it fits a number of this type and
 * kind ("Quy định" is the Party's QĐ and the State's QyĐ); else NULL. */
static const char *heading_name(const struct cite_reader *sc, int h, const char *type_code,
				enum cite_kind kind)
{
	const char *want = sc->nm->v[h].folded;
	unsigned scope = kind == CITE_PARTY ? CITE_TAB_IN_PARTY : CITE_TAB_IN_STATE;
	for (size_t i = 0; i < sc->nm->n; i++) {
		const struct cite_names *nm = sc->nm;
		if (nm->v[i].is_code || strcmp(nm->v[i].folded, want) != 0)
			continue;
		/* Laws carry no type code: "LUẬT", "BỘ LUẬT", "NGHỊ QUYẾT" all fit;
		 * a công văn may be headed anything; a law of 1989-94 carries the
		 * number of the order that promulgated it (35-L/CTN, 21-LCT/HĐNN8),
		 * and its heading says what it is ("LUẬT", "PHÁP LỆNH"). */
		if (kind == CITE_LAW || !type_code[0] || promulgation_order(type_code))
			return nm->v[i].name;
		if (nm->v[i].type < 0)
			return NULL;
		if (strcmp(cite_tab_types[nm->v[i].type].code, type_code) == 0 &&
		    (nm->v[i].scope & scope))
			return nm->v[i].name;
	}
	return NULL;
}

/* Proper case for a body from a letterhead in capitals: the table's spelling
 * when it knows the body or how it starts ("ỦY BAN NHÂN DÂN" -> "Ủy ban nhân
 * dân"), place words in lower case, and each word of a place capitalised. */
static void body_case(const char *s, const char *e, char *out, size_t cap)
{
	struct cite_out o = { out, 0, cap, 0 };
	out[0] = '\0';
	const char *name;
	size_t name_len;
	const char *t = cite_table_body(s, e, &name, &name_len);
	int place = 0;
	/* "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …": an official's title over a body
	 * the tables know, the title in sentence case, the body in theirs. */
	const char *ot = t ? NULL : cite_official_title(s, e);
	const char *bs = ot ? cite_skip_soft(ot, e) : NULL;
	if (bs && bs > ot && (t = cite_table_body(bs, e, &name, &name_len)) != NULL) {
		for (const char *p = s; p < ot;) {
			size_t n;
			unsigned cp = text_utf8_at(p, ot, &n);
			char buf[4];
			if (cp == '\n' || cp == '\r' || cp == '\t')
				cp = ' ';
			cite_out_add(&o, buf, text_utf8_encode(buf, p == s ? text_vn_upper(cp)
									 : text_vn_lower(cp)));
			p += n;
		}
		cite_out_adds(&o, " ");
	}
	if (t) {
		cite_out_add(&o, name, name_len);
		s = t;
	}
	int first = !t;
	const char *ws, *we;
	while (cite_next_word(s, e, &ws, &we)) {
		const char *lw = NULL;
		size_t li;
		/* "tp" (the last) no letterhead writes inside a name */
		for (li = 0; li + 1 < cite_n_localities; li++)
			if ((lw = cite_match_word(ws, e, cite_localities[li], 1)) != NULL)
				break;
		/* After a body the tables do not know, only a province or a
		 * city (the first two) is taken for a place ("THUẾ TỈNH VĨNH
		 * LONG"): "xã" may be a word of its name. */
		if (lw && !first && (t || li < 2)) {
			we = lw;
			place = 1;
		} else {
			lw = NULL;
		}
		if (o.n)
			cite_out_adds(&o, " ");
		int word_first = 1;
		for (const char *p = ws; p < we;) {
			size_t n;
			unsigned cp = text_utf8_at(p, we, &n);
			if (cp == ' ' || cp == '\n' || cp == '\r' || cp == '\t') {
				cite_out_adds(&o, " ");
				word_first = 1;
				p += n;
				continue;
			}
			int keep_upper = word_first && (first || (place && !lw));
			char buf[4];
			size_t k = text_utf8_encode(buf, keep_upper ? cp : text_vn_lower(cp));
			if (!keep_upper && word_first && first)
				k = text_utf8_encode(buf, text_vn_upper(cp));
			cite_out_add(&o, buf, k);
			word_first = 0;
			p += n;
		}
		first = 0;
		s = we;
	}
	if (o.overflow)
		out[0] = '\0';
}

/* Lines of a letterhead that name no body: the national motto and slogan,
 * the Party's name (wrapped anywhere), and the heading of a consolidation's
 * certificate; in the order of enum cite_motto, from CITE_MOTTO_STATE. */
static const char *const motto[] = { "cong hoa xa hoi chu nghia viet nam",
				     "doc lap - tu do - hanh phuc", "dang cong san viet nam",
				     "xac thuc van ban hop nhat" };

/* Does some motto's key (its letters alone) start with run[0..n)? */
static int motto_starts(const char *run, size_t n)
{
	for (size_t m = 0; m < N_ELEMS(motto); m++) {
		size_t k = 0;
		for (const char *c = motto[m]; *c && k < n; c++)
			if (*c >= 'a' && *c <= 'z') {
				if (*c != run[k])
					break;
				k++;
			}
		if (k == n)
			return 1;
	}
	return 0;
}

/* Can s fold to a motto's key? The key is the line's words folded and
 * joined, so it starts with the line's first run of letters folded: a line
 * whose first letters, ASCII ones as they stand and Vietnamese ones by their
 * base ("Điều 1": dieu; "Căn cứ": can), start no motto's key cannot, and is
 * passed over without folding (the letterhead reader and the date reader
 * ask about every short line of a text). A line that opens with a digit
 * starts none; one that opens with another character past ASCII is folded
 * to find out. */
static int may_be_motto(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len && (unsigned char)s[i] < 0x80 && !cite_is_digit(s[i]) &&
	       !((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
		i++;
	char run[40];
	size_t n = 0;
	while (i < len && n < sizeof run) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80) {
			unsigned cp, lower;
			char base;
			size_t k = text_utf8_decode(s + i, len - i, &cp);
			if (!text_vn_letter(cp, &lower, &base))
				break;
			run[n++] = base;
			i += k;
		} else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
			run[n++] = (char)(c | 0x20);
			i++;
		} else {
			break;
		}
	}
	if (i == len && !n)
		return 0; /* no letter, no digit */
	if (n ? !motto_starts(run, n) : (unsigned char)s[i] < 0x80)
		return 0; /* a digit first, or letters that start no motto */
	/* A motto is a line of at most 34 letters (each one byte, or a
	 * lead byte and its continuations): a paragraph is none, and is
	 * not folded to find it out. */
	size_t letters = 0;
	for (size_t j = 0; j < len && letters <= 48; j++) {
		unsigned char c = (unsigned char)s[j];
		letters += (c >= 0xC0) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}
	return letters <= 48;
}

enum cite_motto cite_motto(const char *s, size_t len)
{
	if (!may_be_motto(s, len))
		return CITE_MOTTO_NONE;
	struct buf k = BUF_INIT;
	text_fold_key(s, len, &k);
	enum cite_motto r = k.len ? cite_motto_key(k.p) : CITE_MOTTO_NONE;
	buf_release(&k);
	return r;
}

enum cite_motto cite_motto_key(const char *key)
{
	enum cite_motto r = CITE_MOTTO_NONE;
	for (size_t i = 0; *key && i < N_ELEMS(motto) && !r; i++) {
		/* The motto's fold key: its letters alone. */
		char m[64];
		size_t n = 0;
		for (const char *c = motto[i]; *c; c++)
			if (*c >= 'a' && *c <= 'z')
				m[n++] = *c;
		m[n] = '\0';
		if (strcmp(key, m) == 0)
			r = (enum cite_motto)(CITE_MOTTO_STATE + i);
	}
	return r;
}

/* Letters and single spaces of a folded line: "doc lap – tu do" and "doc
 * lap - tu do" are one, whatever dash the slogan was typed with. */
static void letters_only(const char *s, char *out, size_t cap)
{
	size_t o = 0;
	int space = 0;
	for (; *s && o + 2 < cap; s++) {
		if (*s >= 'a' && *s <= 'z') {
			if (space && o)
				out[o++] = ' ';
			space = 0;
			out[o++] = *s;
		} else if (*s == ' ') {
			space = 1;
		}
	}
	out[o] = '\0';
}

/* A letterhead line the reader passes over: part of a motto, as folded by
 * cite_fold_ascii. */
static int is_motto(const char *folded)
{
	char pad[80];
	letters_only(folded, pad + 1, sizeof pad - 2);
	size_t n = strlen(pad + 1);
	if (n == 0)
		return 0;
	pad[0] = ' ';
	pad[n + 1] = ' ';
	pad[n + 2] = '\0';
	for (size_t i = 0; i < N_ELEMS(motto); i++) {
		char m[64];
		letters_only(motto[i], m + 1, sizeof m - 2);
		size_t k = strlen(m + 1);
		m[0] = ' ';
		m[k + 1] = ' ';
		m[k + 2] = '\0';
		if (strstr(m, pad))
			return 1;
	}
	/* The motto and its slogan glued in one cell ("… VIỆT NAMĐộc lập - Tự
	 * do - Hạnh phúc"): the letters alone, in the order they stand. */
	char glued[80], state[80];
	size_t g = 0, st = 0;
	for (const char *c = pad; *c && g + 1 < sizeof glued; c++)
		if (*c != ' ')
			glued[g++] = *c;
	glued[g] = '\0';
	for (size_t i = 0; i < 2; i++)
		for (const char *c = motto[i]; *c && st + 1 < sizeof state; c++)
			if (*c >= 'a' && *c <= 'z')
				state[st++] = *c;
	state[st] = '\0';
	return g >= 8 && strstr(state, glued) != NULL;
}

/* Nothing but the motto, rules and blank lines before the line at so_line:
 * a text that opens with "Số: …" (thuvienphapluat's pages lose the
 * letterhead's first column) opens with its own number. */
static int at_top(const char *lo, const char *so_line)
{
	const char *p = so_line;
	for (int lines = 0; p > lo; lines++) {
		const char *e = p - 1, *s = e;
		while (s > lo && s[-1] != '\n')
			s--;
		p = s;
		int text = 0;
		for (const char *q = s; q < e && !text;) {
			size_t n;
			unsigned cp = text_utf8_at(q, e, &n);
			text = text_vn_is_word(cp) || (text_vn_is_letter(cp) && !text_vn_is_mark(cp));
			q += n;
		}
		if (!text)
			continue;
		char f[80];
		cite_fold_ascii(s, e, f, sizeof f);
		if (lines >= 6 || !is_motto(f))
			return 0;
	}
	return 1;
}

/* Heads that open a new body on a letterhead line ("BỘ TÀI CHÍNH / CỤC THUẾ");
 * a line without one continues the line above ("ỦY BAN NHÂN / DÂN / TỈNH …"). */
static int opens_body(const char *folded)
{
	static const char *const heads[] = { "bo", "cuc", "tong cuc", "so", "uy ban", "ubnd",
					     "hoi dong", "chinh phu", "thu tuong", "quoc hoi",
					     "van phong", "ngan hang", "kiem toan", "thanh tra",
					     "toa an", "vien", "bao hiem", "kho bac", "ban",
					     "dang uy", "dang bo", "dang doan", "ban can su",
					     "tinh uy", "thanh uy", "huyen uy",
					     "chi cuc", "thue", "hoc vien", "dai hoc", "truong",
					     "cong an", "lien doan", "hoi nghi" };
	for (size_t i = 0; i < N_ELEMS(heads); i++) {
		size_t n = strlen(heads[i]);
		if (strncmp(folded, heads[i], n) == 0 && (folded[n] == ' ' || folded[n] == '\0'))
			return 1;
	}
	return 0;
}

/* Where a place ("tỉnh Cao Bằng") runs to the end of s, or NULL. */
static const char *locality_in(const char *s)
{
	return cite_locality_at_end(s, s + strlen(s), NULL);
}

/* The lines of capitals above "Số:", bottom-up, without the national
 * motto, back to the first that is prose: [ls[i], le[i]). Returns how many
 * (at most max). */
static int letterhead_lines(const char *lo, const char *so_line, const char **ls, const char **le,
			    int max, int *motto_seen)
{
	int nl = 0;
	const char *p = so_line;
	for (int lines = 0; lines < 30 && p > lo && nl < max; lines++) {
		const char *e = p - 1; /* the '\n' ending the line above */
		const char *s = e;
		while (s > lo && s[-1] != '\n')
			s--;
		p = s;
		const char *a = s, *b = e;
		while (a < b && (*a == ' ' || *a == '*' || *a == '|' || *a == '#' || *a == '-' ||
				 *a == '_' || *a == '=' || *a == '\t' || *a == '\r'))
			a++;
		while (b > a && (b[-1] == ' ' || b[-1] == '*' || b[-1] == '|' || b[-1] == '-' ||
				 b[-1] == '_' || b[-1] == '=' || b[-1] == '\t' || b[-1] == '\r'))
			b--;
		/* "CHÍNH PHỦ CỘNG HÒA XÃ HỘI…" when the two columns share a line. */
		for (const char *w = a; w < b; w++)
			if ((w == a || w[-1] == ' ') && (cite_match_name(w, b, "cong hoa xa hoi") ||
							 cite_match_name(w, b, "dang cong san viet nam"))) {
				while (w > a && w[-1] == ' ')
					w--;
				if (w > a)
					b = w;
				break;
			}
		if (a == b)
			continue;
		char f[80];
		cite_fold_ascii(a, b, f, sizeof f);
		if (is_motto(f)) {
			*motto_seen = 1;
			continue;
		}
		int letters = 0, lower = 0, digits = 0;
		for (const char *q = a; q < b;) {
			size_t n;
			unsigned cp = text_utf8_at(q, b, &n);
			if (text_vn_is_letter(cp) && !text_vn_is_mark(cp)) {
				letters++;
				lower |= text_vn_is_lower(cp);
			}
			digits |= cite_is_digit(*q);
			q += n;
		}
		if (!letters && !digits)
			continue; /* a rule: "\\*", "– – –" */
		if (!letters || lower || strstr(f, "cong bao"))
			break;
		ls[nl] = a;
		le[nl] = b;
		nl++;
	}
	return nl;
}

/* The letterhead's lines split into bodies at head words, top-down:
 * "BỘ TÀI CHÍNH / CỤC THUẾ" is two. Returns how many (1-4). */
static int split_bodies(const char **ls, const char **le, int nl, char bodies[4][160])
{
	/* Lines were read bottom-up; bodies are read top-down. */
	int nb = 0;
	for (int i = nl - 1; i >= 0; i--) {
		const char *s = ls[i];
		while (s < le[i]) {
			/* "BỘ TÀI CHÍNH CỤC HẢI QUAN" on one line is two bodies. */
			const char *cut = le[i], *name, *ne;
			size_t name_len;
			const char *t = cite_table_body(s, le[i], &name, &name_len);
			if (t && t < le[i]) {
				char f[80];
				cite_fold_ascii(t, le[i], f, sizeof f);
				if (opens_body(f))
					cut = t;
			}
			char f[80];
			cite_fold_ascii(s, cut, f, sizeof f);
			char piece[160];
			cite_copy_clean(piece, sizeof piece, s, cut);
			size_t k = nb ? strlen(bodies[nb - 1]) : 0;
			/* "THỦ TƯỚNG / CHÍNH PHỦ", "ỦY / BAN NHÂN DÂN": a table name
			 * across the break keeps one body. */
			int across = 0;
			if (nb && opens_body(f) && k + 1 + strlen(piece) < 330) {
				char joined[330];
				memcpy(joined, bodies[nb - 1], k);
				joined[k] = ' ';
				strcpy(joined + k + 1, piece);
				const char *je = joined + strlen(joined);
				ne = cite_table_body(joined, je, &name, &name_len);
				const char *pe = piece + strlen(piece);
				across = ne && ne > joined + k + 1 &&
					 (ne == je || !cite_table_body(piece, pe, &name, &name_len));
			}
			if (nb == 0 || (opens_body(f) && !across && nb < 4)) {
				cite_set_field(bodies[nb], sizeof bodies[nb], piece);
				nb++;
			} else if (k + 1 + strlen(piece) < sizeof bodies[nb - 1]) {
				bodies[nb - 1][k] = ' ';
				strcpy(bodies[nb - 1] + k + 1, piece);
			}
			s = cite_skip_soft(cut, le[i]);
		}
	}
	return nb;
}

/* The issuing body from the capitals above "Số:": collect the lines back to
 * the first that is prose, skip the national motto, split into bodies at
 * head words, and keep the lowest body ("BỘ TÀI CHÍNH / CỤC THUẾ": Cục
 * Thuế), with its parent's place when it names none. */
static int letterhead_body(const char *lo, const char *so_line, char *out, size_t cap,
			   int *lines, int *known, int *motto_seen)
{
	const char *ls[12], *le[12];
	int nl = letterhead_lines(lo, so_line, ls, le, 12, motto_seen);
	*lines = nl;
	if (!nl)
		return 0;
	char bodies[4][160];
	int nb = split_bodies(ls, le, nl, bodies);
	const char *last = bodies[nb - 1];
	const char *name;
	size_t name_len;
	/* A body the tables know, not an OCR slip ("UỐC HỘI"). */
	*known = cite_table_body(last, last + strlen(last), &name, &name_len) != NULL;
	body_case(last, last + strlen(last), out, cap);
	if (nb < 2 || !out[0])
		return out[0] != 0;
	char pc[160];
	const char *parent = bodies[nb - 2];
	body_case(parent, parent + strlen(parent), pc, sizeof pc);
	char pf[80];
	cite_fold_ascii(pc, pc + strlen(pc), pf, sizeof pf);
	struct cite_out o = { out, strlen(out), cap, 0 };
	char lf[80];
	cite_fold_ascii(out, out + o.n, lf, sizeof lf);
	if (strcmp(pf, "ban chap hanh trung uong") == 0) {
		/* "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TỔ CHỨC": the central Ban. */
		char f[80];
		cite_fold_ascii(out, out + o.n, f, sizeof f);
		size_t fl = strlen(f);
		const char *oe = out + o.n;
		if ((fl < 10 || strcmp(f + fl - 10, "trung uong") != 0) &&
		    cite_table_body(out, oe, &name, &name_len) != oe)
			cite_out_adds(&o, " Trung ương");
		/* In the table's spelling: "Văn phòng Trung ương Đảng". */
		if (!o.overflow && cite_table_body(out, out + o.n, &name, &name_len) == out + o.n &&
		    name_len < cap) {
			memmove(out, name, name_len);
			out[name_len] = '\0';
			o.n = name_len;
		}
	} else if (strcmp(lf, "van phong") == 0) {
		/* "ĐẢNG ỦY CHÍNH PHỦ / VĂN PHÒNG": the office of the body above,
		 * as known as that body is (an office alone names none). */
		cite_out_adds(&o, " ");
		cite_out_adds(&o, pc);
		const char *pe = pc + strlen(pc);
		*known = cite_table_body(pc, pe, &name, &name_len) == pe;
	} else if (!locality_in(out) && (parent = locality_in(pc)) != NULL) {
		/* A Sở under a provincial committee takes its place:
		 * "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh". */
		cite_out_adds(&o, " ");
		cite_out_adds(&o, parent);
	}
	if (o.overflow)
		body_case(last, last + strlen(last), out, cap);
	return out[0] != 0;
}

#define JOINT_MAX 8

/* Is there a dash in [s, e) with nothing but spaces and marks around it? */
static int dash_only(const char *s, const char *e)
{
	int dash = 0;
	while (s < e) {
		const char *d = cite_dash_at(s, e);
		if (d) {
			dash = 1;
			s = d;
		} else if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '*' || *s == '|') {
			s++;
		} else {
			return 0;
		}
	}
	return dash;
}

/* A joint text's letterhead names each of its bodies ("VIỆN KIỂM SÁT NHÂN
 * DÂN TỐI CAO - / TÒA ÁN NHÂN DÂN TỐI CAO - / BỘ CÔNG AN - BỘ QUỐC PHÒNG"):
 * split at a dash or a line break where a body's head word follows; a
 * hyphen inside a name ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI") keeps it
 * whole, and a gazette's second copy of the letterhead counts once. Lines
 * above the first body ("VĂN BẢN QUY PHẠM PHÁP LUẬT") are none. Fills
 * bodies top-down; returns how many, 0 when there are more than max. */
static int joint_bodies(const char **ls, const char **le, int nl, char bodies[][CITE_ISSUER_MAX / 2],
			int max)
{
	char pieces[2 * JOINT_MAX][CITE_ISSUER_MAX / 2];
	int np = 0;
	for (int i = nl - 1; i >= 0; i--) {
		/* A dash closing the line above joins this one to it. */
		int dash_before = i + 1 < nl && dash_only(le[i + 1], line_end(le[i + 1], ls[i]));
		const char *s = ls[i];
		while (s < le[i]) {
			/* the next " - " on the line, or its end */
			const char *cut = le[i], *next = le[i];
			for (const char *q = s + 1; q < le[i]; q++) {
				const char *d;
				if (q[-1] == ' ' && (d = cite_dash_at(q, le[i])) != NULL &&
				    (d == le[i] || *d == ' ')) {
					cut = q;
					next = cite_skip_soft(d, le[i]);
					break;
				}
			}
			const char *pe = cut;
			while (pe > s && pe[-1] == ' ')
				pe--;
			char f[96];
			cite_fold_ascii(s, pe, f, sizeof f);
			if (pe > s && opens_body(f)) {
				if (np == N_ELEMS(pieces))
					return 0;
				cite_copy_clean(pieces[np++], sizeof pieces[0], s, pe);
			} else if (pe > s && np > 0) {
				/* "THƯƠNG BINH VÀ XÃ HỘI" goes on the body before it */
				char *b = pieces[np - 1];
				char piece[CITE_ISSUER_MAX / 2];
				cite_copy_clean(piece, sizeof piece, s, pe);
				size_t k = strlen(b);
				struct cite_out o = { b, k, sizeof pieces[0], 0 };
				cite_out_adds(&o, dash_before ? " - " : " ");
				cite_out_adds(&o, piece);
				if (o.overflow)
					b[k] = '\0';
			}
			dash_before = cut < le[i];
			s = next;
		}
	}
	/* The gazette prints the letterhead twice, wrapped differently. */
	int nb = 0;
	char keys[JOINT_MAX][96];
	for (int i = 0; i < np; i++) {
		char f[192], k[96];
		cite_fold_ascii(pieces[i], pieces[i] + strlen(pieces[i]), f, sizeof f);
		letters_only(f, k, sizeof k);
		int dup = 0;
		for (int j = 0; j < nb && !dup; j++)
			dup = strcmp(keys[j], k) == 0;
		if (dup)
			continue;
		if (nb == max || nb == JOINT_MAX)
			return 0;
		memcpy(keys[nb], k, sizeof k);
		memcpy(bodies[nb++], pieces[i], sizeof pieces[i]);
	}
	return nb;
}

/* Is name[0..n) one of the parts of a joined value? */
static int joint_has(const char *joined, const char *name, size_t n)
{
	for (const char *p = *joined ? joined : NULL; p;) {
		const char *part = p;
		if (cite_joint_part(part, &p) == n && memcmp(part, name, n) == 0)
			return 1;
	}
	return 0;
}

/* The bodies of a joint text from its letterhead, joined by
 * CITE_JOINT_SEP into out, top-down: the table's names when its number's
 * codes name the same bodies (*sure), else the codes' names (they are
 * what the number says; not sure); with codes the table does not know,
 * the letterhead's names (sure when the table knows each). Returns 0 when
 * neither reads as two bodies or more. */
static int joint_letterhead(const char *lo, const char *so_line, const struct cite_number *num,
			    char *out, size_t cap, int *sure)
{
	const char *ls[12], *le[12];
	int motto_seen = 0;
	int nl = letterhead_lines(lo, so_line, ls, le, 12, &motto_seen);
	char bodies[JOINT_MAX][CITE_ISSUER_MAX / 2];
	int nb = nl ? joint_bodies(ls, le, nl, bodies, JOINT_MAX) : 0;
	char codes[CITE_ISSUER_MAX];
	int nc = cite_joint_names(num, codes, sizeof codes);
	struct cite_out o = { out, 0, cap, 0 };
	out[0] = '\0';
	*sure = 0;
	int known = 0, match = 0;
	for (int i = 0; i < nb; i++) {
		const char *b = bodies[i], *be = b + strlen(b), *name;
		size_t name_len;
		const char *t = cite_table_body(b, be, &name, &name_len);
		if (!t || cite_skip_soft(t, be) != be)
			continue;
		known++;
		match += joint_has(codes, name, name_len);
	}
	if (nc >= 2 && nb == nc && match == nc) {
		for (int i = 0; i < nb; i++) {
			const char *b = bodies[i], *name;
			size_t name_len;
			cite_table_body(b, b + strlen(b), &name, &name_len);
			if (i)
				cite_out_adds(&o, CITE_JOINT_SEP);
			cite_out_add(&o, name, name_len);
		}
		*sure = 1;
	} else if (nc >= 2) {
		cite_out_adds(&o, codes);
	} else if (nb >= 2 && cite_joint_type(num)) {
		/* Only a number that says it is joint: "BỘ CÔNG AN / CỤC QUẢN LÝ
		 * XUẤT NHẬP CẢNH" over 8258/QĐ-BCA-QLXNC is a body and its unit. */
		for (int i = 0; i < nb; i++) {
			char name[CITE_ISSUER_MAX / 2];
			body_case(bodies[i], bodies[i] + strlen(bodies[i]), name, sizeof name);
			if (!name[0])
				return 0;
			if (i)
				cite_out_adds(&o, CITE_JOINT_SEP);
			cite_out_adds(&o, name);
		}
		*sure = known == nb;
	}
	if (o.overflow) {
		out[0] = '\0';
		*sure = 0;
	}
	return out[0] != '\0';
}

/* "T/M BỘ CHÍNH TRỊ" in the signature block names which body of /TW signed. */
static void signature_body(const char *from, const char *end, char *out, size_t cap)
{
	const char *p = from;
	while (p < end) {
		const char *t = memchr(p, '/', (size_t)(end - p));
		if (!t)
			return;
		p = t + 1;
		if (t - from < 1 || t[-1] != 'T' || t + 1 >= end || t[1] != 'M')
			continue;
		if (t - 1 > from && text_vn_is_word((unsigned char)t[-2]))
			continue;
		const char *s = cite_skip_soft(t + 2, end);
		const char *name;
		size_t name_len;
		const char *e = cite_table_body(s, end, &name, &name_len);
		if (e) {
			body_case(s, e, out, cap);
			return;
		}
	}
}

/* The first "…, ngày 20 tháng 11 năm 2025" (a place line: a comma before
 * "ngày") in [s, e): 1 and *d, or 0. */
static int place_date(const char *s, const char *e, const char *end, struct text_date *d)
{
	for (const char *p = s; p + 4 < e; p++) {
		if ((*p | 32) != 'n' || (p[1] | 32) != 'g')
			continue;
		if (p > s && text_vn_is_word((unsigned char)p[-1]))
			continue;
		const char *w = cite_match_name(p, end, "ngay");
		if (!w)
			continue;
		/* "Hà Nội, ngày …", or "Hà Nội ngày …" without the comma. */
		const char *b = cite_skip_soft_back(s, p);
		if (b == s)
			continue;
		if (b[-1] != ',') {
			/* The place is in title case ("Hà Nội"), unlike "… TT-BCT NGÀY 19". */
			const char *ws = cite_word_start_back(s, b);
			size_t n;
			if (ws == b || !text_vn_is_upper(text_utf8_at(ws, b, &n)) || ws + n >= b ||
			    !text_vn_is_lower(text_utf8_at(ws + n, b, &n)))
				continue;
		}
		struct text_date t;
		if (text_date_parse(w, (size_t)(end - w), &t) && t.year) {
			*d = t;
			return 1;
		}
	}
	return 0;
}

/* Bold markers fall inside words and digits ("**V****Ă****N PHÒNG",
 * "ng**ày", "tháng 1**1**") and before punctuation: a copy of the
 * letterhead's neighbourhood into buf without those; the ones around words
 * still mark headings. Moves
 * *so_line, *d and *e into the copy; returns its length, or 0 when one of
 * them fell outside it. */
static size_t unbold(const struct cite_reader *sc, const char **so_line, const char **d,
		     const char **e, char *buf, size_t cap)
{
	const char *a = *so_line - sc->lo > 1800 ? *so_line - 1800 : sc->lo;
	const char *b = sc->end - *e > 2000 ? *e + 2000 : sc->end;
	size_t o = 0;
	const char *cd = NULL, *ce = NULL, *cso = NULL;
	for (const char *p = a; p <= b && o < cap; p++) {
		if (p == *d)
			cd = buf + o;
		if (p == *e)
			ce = buf + o;
		if (p == *so_line)
			cso = buf + o;
		if (p == b)
			break;
		if (*p == '*' && o > 0 && ((unsigned char)buf[o - 1] >= 0x80 ||
					   text_vn_is_word((unsigned char)buf[o - 1]))) {
			const char *r = p;
			while (r < b && *r == '*')
				r++;
			size_t n;
			/* "công nghệ**, **đổi mới": the marks before a comma too. */
			if (r < b && (text_vn_is_word(text_utf8_at(r, b, &n)) || strchr(",.;:)", *r))) {
				p = r - 1;
				continue;
			}
		}
		buf[o++] = *p;
	}
	if (!cd || !ce || !cso)
		return 0;
	*d = cd, *e = ce, *so_line = cso;
	return o;
}

/* What the lines below a letterhead's number gave, beside the mention. */
struct below {
	int heading;      /* a type heading stood under the number */
	int type_fits;    /* and it fits the number's type */
	int vv;           /* a "V/v …" line */
	int motto;        /* the national motto or the Party's name */
	int subject_sure; /* the subject was read under a fitting heading or a "V/v" */
	int body;         /* "CỦA BỘ CHÍNH TRỊ" under the heading named the issuer */
	const char *last; /* the end of the lines read: the heading, the title */
};

/* How many lines under the number its letterhead may take: the motto, the
 * place and date, a rule, the type heading; a table's rows go on. */
#define BELOW_LINES 10

/* One clause an old heading puts before or after its subject at p:
 * "CỦA QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỐ 35-L/CTN" (the
 * number itself, no other), "NGÀY 22/06/1994". Returns its end, or NULL;
 * *body, *be: the body's name when the clause names one. */
static const char *heading_clause(const char *p, const char *end, const struct cite_mention *m,
				  const char **body, const char **be)
{
	const char *w;
	*body = *be = NULL;
	if ((w = cite_match_name(p, end, "cua")) != NULL) {
		const char *s = cite_skip_soft(w, end), *name;
		size_t name_len;
		const char *e = cite_table_body(s, end, &name, &name_len);
		if (!e)
			return NULL;
		*body = s;
		*be = e;
		const char *n = cite_match_name(cite_skip_soft(e, end), end,
						"nuoc cong hoa xa hoi chu nghia viet nam");
		if (n)
			return n;
		/* "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ", "… VÀ BAN BÍ THƯ": the
		 * bodies that issued it together, the first named. */
		for (;;) {
			const char *q = cite_skip_soft(e, end);
			if (q < end && *q == ',')
				q = cite_skip_soft(q + 1, end);
			else if ((w = cite_match_name(q, end, "va")) != NULL)
				q = cite_skip_soft(w, end);
			else
				break;
			const char *e2 = cite_table_body(q, end, &name, &name_len);
			if (!e2)
				break;
			e = e2;
		}
		return e;
	}
	if ((w = cite_match_name(p, end, "so")) != NULL) {
		const char *s = cite_skip_soft(w, end);
		if (s < end && *s == ':')
			s = cite_skip_soft(s + 1, end);
		struct cite_parsed pp;
		const char *e = s < end && cite_is_digit(*s) ? cite_parse_number(s, end, 1, &pp) : NULL;
		return e && strcmp(pp.num.canonical, m->num.canonical) == 0 ? e : NULL;
	}
	if ((w = cite_match_name(p, end, "hoi nghi")) != NULL) {
		/* "HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XI": the
		 * plenum that resolved, to the end of its line. */
		const char *le = line_end(w, end), *ws, *we, *name;
		size_t name_len;
		for (const char *q = w; !*body && cite_next_word(q, le, &ws, &we); q = we) {
			const char *e = cite_table_body(ws, le, &name, &name_len);
			if (e) {
				*body = ws;
				*be = e;
			}
		}
		return *body ? le : NULL;
	}
	if (cite_match_name(p, end, "ngay")) {
		struct text_date t;
		size_t n = text_date_parse(p, (size_t)(end - p), &t);
		return n && t.year ? p + n : NULL;
	}
	return NULL;
}

/* Any lower-case letter in [s, e). */
static int has_lower(const char *s, const char *e)
{
	for (const char *q = s; q < e;) {
		size_t n;
		if (text_vn_is_lower(text_utf8_at(q, e, &n)))
			return 1;
		q += n;
	}
	return 0;
}

/* Spaces and bold marks on one line, not its end. */
static const char *skip_inline(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '*' || *p == '_'))
		p++;
	return p;
}

/* The subject under a type heading whose line ends at title: an old
 * heading's clauses first ("CỦA BỘ CHÍNH TRỊ" on a line of its own; "SỐ
 * 35-L/CTN NGÀY 22/06/1994 CỦA QUỐC HỘI VỀ …"), then "về"/"V/v", the lines
 * of the title up to a blank line, and no clause of the number after it
 * ("DOANH NGHIỆP TƯ NHÂN CỦA QUỐC HỘI SỐ 48-LCT/HĐNN8 NGÀY 21/12/1990"). */
/* The line naming who enacts, between the title and the grounds: "ỦY BAN
 * NHÂN DÂN TỈNH BẮC NINH", "CỤC TRƯỞNG CỤC HẢI QUAN", "CHÍNH PHỦ" — a body
 * the tables know, with its place, and nothing else, in capitals; not the
 * title's own end ("… QUẢN LÝ CỦA\nBỘ CÔNG THƯƠNG"): the line above [lo,
 * above) does not end in a word that asks for more. */
static int enacting_line(const char *lo, const char *above, const char *t, const char *le)
{
	static const char *const goes_on[] = { "cua", "va", "thuoc", "voi", "cho", "tai", "ve" };
	if (has_lower(t, le))
		return 0;
	const char *b = cite_skip_soft_back(lo, above);
	const char *w = cite_word_start_back(lo, b);
	for (size_t i = 0; w < b && i < N_ELEMS(goes_on); i++)
		if (cite_match_name(w, b, goes_on[i]) == b)
			return 0;
	const char *p = cite_skip_soft(t, le), *name;
	size_t name_len;
	const char *tw = cite_official_title(p, le);
	if (tw)
		p = cite_skip_soft(tw, le);
	const char *e = cite_table_body(p, le, &name, &name_len);
	if (!e)
		return 0;
	e = cite_read_locality(e, le);
	return cite_skip_soft(e, le) == le;
}

/* "THÔNG BÁO KẾT LUẬN" over "CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TẠI BUỔI …": a
 * heading (type row t) that goes on past the type's own name ("Thông
 * báo") says what the text is, and a subject opening with "của" continues
 * those words: "KẾT LUẬN CỦA ĐỒNG CHÍ …". */
static void heading_goes_on(const char *s, const char *le, int t, enum cite_kind kind,
			    struct cite_mention *m)
{
	size_t len = strlen(m->subject);
	if (t < 0 || !cite_match_name(m->subject, m->subject + len, "cua"))
		return;
	const char *base = kind == CITE_PARTY && cite_tab_types[t].party_name[0]
				   ? cite_tab_types[t].party_name
				   : cite_tab_types[t].state_name;
	char folded[40];
	if (!base[0] || !cite_fold_ascii(base, base + strlen(base), folded, sizeof folded))
		return;
	s = cite_skip_soft(s, le);
	while (s < le && *s == '#')
		s = cite_skip_soft(s + 1, le);
	const char *w = cite_match_name(s, le, folded);
	if (!w)
		return;
	w = cite_skip_soft(w, le);
	const char *we = le;
	while (we > w && (we[-1] == ' ' || we[-1] == '\t' || we[-1] == '\r' || we[-1] == '*'))
		we--;
	if (we <= w)
		return;
	char joined[sizeof m->subject];
	int n = snprintf(joined, sizeof joined, "%.*s %s", (int)(we - w), w, m->subject);
	if (n > 0)
		cite_copy_clean(m->subject, sizeof m->subject, joined,
				joined + ((size_t)n < sizeof joined ? (size_t)n : sizeof joined - 1));
}

static void read_title(const char *title, const char *end, struct cite_mention *m, struct below *r)
{
	/* The first line that holds something; a rule or a table's row under
	 * the heading is not a title. */
	const char *s = NULL;
	for (int k = 0; k < 6 && title < end; k++) {
		const char *ls = title + 1, *le = line_end(ls, end);
		const char *t = ls;
		while (t < le && (*t == ' ' || *t == '\t' || *t == '\r'))
			t++;
		if (t < le && (cite_dash_at(t, le) || *t == '|' || *t == '_'))
			return;
		if (cite_skip_soft(t, le) < le) {
			s = cite_skip_soft(t, le);
			break;
		}
		title = le;
	}
	if (!s || cite_match_name(s, end, "can cu") || cite_match_name(s, end, "kinh gui"))
		return;
	const char *body = NULL, *be = NULL;
	for (;;) {
		const char *b, *bend;
		const char *c = heading_clause(s, end, m, &b, &bend);
		if (!c)
			break;
		if (b) {
			body = b;
			be = bend;
		}
		const char *q = skip_inline(c, end);
		if (q < end && (*q == ',' || *q == '-'))
			q = skip_inline(q + 1, end);
		if (q < end && *q == '\n') {
			/* The clauses took the line; the title is on the next, or
			 * past a blank line when it says "VỀ …". */
			const char *n = skip_inline(q + 1, end);
			int blank = 0;
			while (n < end && *n == '\n' && blank < 2) {
				n = skip_inline(n + 1, end);
				blank++;
			}
			if (n >= end || *n == '\n' || *n == '|' ||
			    (blank && !cite_match_name(n, end, "ve")))
				return;
			q = n;
		}
		s = q;
	}
	/* The lines of the title, up to a blank line or what follows it; a
	 * title in capitals ends where sentence case starts ("… VỀ LUẬT BIÊN
	 * GIỚI QUỐC\nBiên giới quốc gia của nước …"). */
	const char *p = line_end(s, end);
	int capitals = !has_lower(s, p);
	for (int lines = 1; p < end && lines < 8; lines++) {
		const char *ls = p + 1;
		const char *le = line_end(ls, end);
		const char *t = ls;
		while (t < le && (*t == ' ' || *t == '\t' || *t == '\r'))
			t++;
		/* "CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG …" / blank / "TẠI HỘI NGHỊ …": a
		 * heading's clause in capitals goes on past a blank line. */
		if (t == le && capitals && cite_match_name(s, p, "cua") && le < end) {
			const char *n = cite_skip_soft(le + 1, end), *ne = line_end(n, end);
			if (n < ne && !has_lower(n, ne) &&
			    (cite_match_name(n, ne, "tai") || cite_match_name(n, ne, "ve"))) {
				p = ne;
				continue;
			}
		}
		/* A rule ends it, of hyphens or of dashes ("––––––"). */
		if (t == le || *t == '*' || cite_dash_at(t, le) || *t == '|' || *t == '_' ||
		    (capitals && has_lower(t, le)) || enacting_line(s, p, t, le) ||
		    cite_match_name(cite_skip_soft(t, le), le, "can cu") ||
		    cite_match_name(cite_skip_soft(t, le), le, "kinh gui"))
			break;
		p = le;
	}
	const char *t = cite_skip_soft(s, p);
	/* The number's clause after the subject, and the body's before it. */
	const char *cut = p;
	for (const char *w = t; w < p; w++) {
		const char *b, *bend;
		if ((w == t || w[-1] == ' ' || w[-1] == '\n') && (*w == 'S' || *w == 's') &&
		    heading_clause(w, p, m, &b, &bend)) {
			cut = w;
			break;
		}
	}
	if (cut < p) {
		for (const char *w = t; w < cut; w++) {
			const char *b, *bend, *c;
			if ((w == t || w[-1] == ' ') && (*w == 'C' || *w == 'c') &&
			    (c = heading_clause(w, cut, m, &b, &bend)) != NULL && b &&
			    cite_skip_soft(c, cut) == cut) {
				body = b;
				be = bend;
				cut = w;
				break;
			}
		}
	}
	const char *v = cite_match_name(t, cut, "ve viec");
	if (!v)
		v = cite_match_name(t, cut, "ve");
	if (!v && cut - t > 3 && (t[0] | 32) == 'v' && t[1] == '/' && (t[2] | 32) == 'v')
		v = t + 3;
	if (v)
		t = cite_skip_soft(v, cut);
	/* "VỀ LUẬT BIÊN GIỚI QUỐC GIA" under "LUẬT": the heading's type again. */
	const char *ty = v && m->type_name ? cite_match_name(t, cut, m->type_name) : NULL;
	if (ty && cite_skip_soft(ty, cut) < cut)
		t = cite_skip_soft(ty, cut);
	cite_copy_clean(m->subject, sizeof m->subject, t, cut);
	r->last = p;
	/* Clauses nothing could read ("CỦA <a body the tables do not know>")
	 * are not a subject one can trust. */
	const char *so = cite_match_name(t, cut, "so");
	r->subject_sure = m->subject[0] && !cite_match_name(t, cut, "cua") &&
			  !(so && (so = cite_skip_soft(so, cut)) < cut && cite_is_digit(*so));
	if (body) {
		char name[CITE_ISSUER_MAX];
		body_case(body, be, name, sizeof name);
		if (name[0]) {
			cite_set_field(m->issuer_name, sizeof m->issuer_name, name);
			m->issuer_from_context = 1;
			r->body = 1;
		}
	}
}

/* "LUẬT VIỆC LÀM", "BỘ LUẬT LAO ĐỘNG": a law's type heading with its name
 * on the same line (thuvienphapluat's copies of laws), in capitals. Returns
 * where the name starts and sets *type, or NULL. */
static const char *law_heading_name(const char *t, const char *le, const char **type)
{
	if (text_has_lower(t, (size_t)(le - t)))
		return NULL;
	const char *n = cite_match_word(t, le, "bộ luật", 1);
	*type = "Bộ luật";
	if (!n) {
		n = cite_match_word(t, le, "luật", 1);
		*type = "Luật";
	}
	if (!n)
		return NULL;
	n = cite_skip_soft(n, le);
	return n < le && cite_capital_at(n, le) && !cite_is_digit(*n) ? n : NULL;
}

/* The lines below a letterhead's number: the motto, the type heading, then
 * the title or the "V/v" line, to m->type_name and m->subject. */
static void read_below(const struct cite_reader *sc, const char *end, const char *e,
		       struct cite_mention *m, struct below *r)
{
	const char *win = end - e > 1200 ? e + 1200 : end;
	int lines = 0;
	for (const char *p = line_end(e, end); p < win && lines < BELOW_LINES;) {
		const char *s = p + 1;
		const char *le = line_end(s, end);
		const char *t = cite_skip_soft(s, le);
		if (t < le)
			lines++;
		if (le - t > 3 && (t[0] == 'V' || t[0] == 'v') && t[1] == '/' && (t[2] | 32) == 'v') {
			const char *vv = t + 3;
			const char *ve = vv;
			while (ve < end && *ve != '*' && *ve != '|' &&
			       !(*ve == '\n' && ve + 1 < end && ve[1] == '\n'))
				ve++;
			cite_copy_clean(m->subject, sizeof m->subject, vv, ve);
			r->last = ve;
			r->vv = 1;
			r->subject_sure = m->subject[0] != 0;
			return;
		}
		if (t < le && cite_motto(t, (size_t)(le - t)) != CITE_MOTTO_NONE)
			r->motto = 1;
		int h = heading_type(sc, s, le);
		if (h >= 0) {
			/* The heading names the type when the number agrees: "QUY ĐỊNH"
			 * tells a Party QĐ apart; a consolidated text keeps its
			 * heading ("QUYẾT ĐỊNH") but is a Văn bản hợp nhất. */
			const char *ty = heading_name(sc, h, m->num.type, m->num.kind);
			if (ty && m->num.kind != CITE_VBHN)
				m->type_name = ty;
			r->heading = 1;
			r->type_fits = ty != NULL;
			r->last = le;
			read_title(le, end, m, r);
			if (ty)
				heading_goes_on(s, le, sc->nm->v[h].type, m->num.kind, m);
			if (!r->type_fits)
				r->subject_sure = 0;
			return;
		}
		const char *law_type, *name;
		if (m->num.kind == CITE_LAW && (name = law_heading_name(t, le, &law_type))) {
			m->type_name = law_type;
			cite_copy_clean(m->subject, sizeof m->subject, name, le);
			r->heading = 1;
			r->type_fits = 1;
			r->subject_sure = m->subject[0] != 0;
			r->last = le;
			return;
		}
		if (cite_match_name(t, le, "can cu") || cite_match_name(t, le, "kinh gui"))
			return;
		p = le;
	}
}

/* A consolidated text's number stands in the certificate at its end ("BỘ
 * TÀI CHÍNH / Số: 05/VBHN-BTC / XÁC THỰC VĂN BẢN HỢP NHẤT"), its subject
 * under the heading it opens with ("THÔNG TƯ1 / Hướng dẫn …"): the first
 * type heading above the number, within the text's first lines. So too a
 * gazette page whose letterhead box, laid out after the first page's text,
 * has no heading under it ("NGHỊ ĐỊNH / Quy định cơ chế …" opens it, "Số:
 * 135/2026/NĐ-CP" 30 lines down): there the heading must name the number's
 * type (fit). Returns 1 when a heading was read. */
static int subject_above(const struct cite_reader *sc, const char *so_word, struct cite_mention *m,
			 int fit)
{
	const char *p = sc->lo;
	for (int lines = 0; lines < 60 && p < so_word; lines++) {
		const char *le = line_end(p, so_word);
		int h = heading_type(sc, p, le);
		if (h >= 0) {
			if (fit && !heading_name(sc, h, m->num.type, m->num.kind))
				return 0;
			struct below r = { 0 };
			read_title(le, so_word, m, &r);
			return 1;
		}
		p = le + 1;
	}
	return 0;
}

/* Is the number a legislature's, whatever its kind: a resolution of the
 * Standing Committee (1666/NQ-UBTVQH15) is dated where it was passed too. */
static int legislature_number(const struct cite_number *num)
{
	char term[8];
	size_t len = strcspn(num->issuer, "-");
	const char *code = len ? cite_issuer_body(num->issuer, len, term) : NULL;
	return code && cite_issuer_kind(code) == CITE_TAB_LAW;
}

/* A code several bodies share: /TW is the Ban Chấp hành Trung ương's, the
 * Bộ Chính trị's and the Ban Bí thư's, all under one letterhead. */
static int shared_code(const char *issuer)
{
	for (size_t i = 0; i < cite_tab_n_issuers; i++)
		if (strcmp(cite_tab_issuers[i].code, issuer) == 0)
			return !cite_single_name(cite_tab_issuers[i].names);
	return 0;
}

/* Does a heading naming another full number ("Nghị quyết số 57-NQ/TW", a
 * line of its own: a type's name, "số", the number) stand in the text
 * above upto? Then the text opened as that regulation's, and a letterhead
 * below is of a text it holds later: party-docs-nq57's press copy of
 * 57-NQ/TW, with 69-KL/TW after it, ends with 20-NQ/TW's letterhead. */
static int opened_before(const struct cite_reader *sc, const char *upto, const char *canonical)
{
	int after_blank = 1; /* a heading stands after a blank line, not in a wrapped sentence */
	for (const char *s = sc->lo; s < upto;) {
		const char *le = line_end(s, upto), *t = s, *te = le;
		while (t < te && (*t == ' ' || *t == '\t' || *t == '#' || *t == '*'))
			t++;
		while (te > t && (te[-1] == ' ' || te[-1] == '\t' || te[-1] == '\r' || te[-1] == '*'))
			te--;
		int heading = after_blank && te > t && te[-1] != ';' && te[-1] != ',';
		after_blank = t == te;
		if (heading && te - t >= 8 && te - t <= 80 && memchr(t, '/', (size_t)(te - t)) &&
		    cite_capital_at(t, te)) {
			for (size_t i = 0; i < sc->nm->n; i++) {
				if (sc->nm->v[i].is_code)
					continue;
				const char *q = cite_match_name(t, te, sc->nm->v[i].name), *w;
				if (!q)
					continue;
				q = cite_skip_soft(q, te);
				if ((w = cite_match_name(q, te, "so")) != NULL)
					q = cite_skip_soft(w, te);
				struct cite_number n;
				if (q < te && cite_is_digit(*q) && cite_parse(q, (size_t)(te - q), &n) &&
				    n.kind != CITE_SHORT && n.canonical[0] && strcmp(n.canonical, canonical) != 0)
					return 1;
				break;
			}
		}
		s = le < upto ? le + 1 : upto;
	}
	return 0;
}

/* Reads the letterhead around the number at [d, e): date line, body above,
 * type heading and "V/v" or title below. Returns 1 and fills m when the
 * number stands in a letterhead's structure — capitals or the motto above
 * it, and the place and date, a type heading or a "V/v" line below, with a
 * body the tables know, the motto or the date line besides; else 0 and m
 * is as it was: "Số 74/2014/QH13" in a table's row is only a mention. */
/* A text that opens with its type heading, nothing but the motto above it,
 * and under it a line in capitals giving its number, date and subject, with
 * no "Số:" letterhead: "LUẬT / SỐ 103-SL/L.005 NGÀY 20-5-1957 ĐẢM BẢO …"
 * (the laws of 1957). The heading's index among the names, and where its
 * line ends; or -1. */
static int heading_above(const struct cite_reader *sc, const char *so_line, const char **hl_end)
{
	const char *lo = sc->lo, *p = so_line;
	for (int blank = 0; p > lo && blank < 3; blank++) {
		const char *e = p - 1, *s = e;
		while (s > lo && s[-1] != '\n')
			s--;
		p = s;
		if (cite_skip_soft(s, e) == e)
			continue;
		int h = heading_type(sc, s, e);
		if (h < 0 || !at_top(lo, s))
			return -1;
		*hl_end = e;
		return h;
	}
	return -1;
}

/* The letterhead heading_above reads: the type from the heading, the
 * date and subject from the number's line (read_title's clauses). Who
 * issued it the line does not say. */
static int read_heading_number(const struct cite_reader *sc, int h, const char *hl_end,
			       const char *e, struct cite_mention *m, const char **own_end)
{
	struct below r = { 0 };
	const char *ty = heading_name(sc, h, m->num.type, m->num.kind);
	if (ty)
		m->type_name = ty;
	read_title(hl_end, sc->end, m, &r);
	const char *le = line_end(e, sc->end), *ng;
	for (const char *w = e; w < le; w++) {
		if ((w[0] == 'N' || w[0] == 'n') && w[-1] == ' ' && (ng = cite_match_name(w, le, "ngay"))) {
			struct text_date t;
			if (text_date_parse(w, (size_t)(le - w), &t) && t.year)
				m->date = t;
			break;
		}
	}
	m->letterhead = CITE_OWN_TEXT | CITE_UNSURE_ISSUER | (ty ? 0 : CITE_UNSURE_TYPE) |
			(r.subject_sure ? 0 : CITE_UNSURE_SUBJECT) | (m->date.year ? 0 : CITE_UNSURE_DATE);
	*own_end = r.last && r.last > le ? r.last : le;
	return 1;
}

int cite_read_letterhead(const struct cite_reader *sc, const char *so_word, const char *d,
			 const char *e, struct cite_mention *out, const char **own_end)
{
	const char *hl_end;
	int h;
	if ((so_word == sc->lo || so_word[-1] == '\n') && *so_word == 'S' &&
	    (h = heading_above(sc, so_word, &hl_end)) >= 0) {
		struct cite_mention t = *out;
		t.sentence_start = (size_t)(so_word - sc->lo);
		t.sentence_end = (size_t)(line_end(e, sc->end) - sc->lo);
		if (!read_heading_number(sc, h, hl_end, e, &t, own_end))
			return 0;
		*out = t;
		return 1;
	}
	const char *text_e = e;
	struct cite_mention t = *out, *m = &t;
	const char *so_line = so_word;
	while (so_line > sc->lo && so_line[-1] != '\n')
		so_line--;
	const char *text_line = so_line;
	m->sentence_start = (size_t)(so_word - sc->lo);
	m->sentence_end = (size_t)(line_end(e, sc->end) - sc->lo);
	const char *sig_from = e;
	int unsure = 0;

	char buf[4096];
	size_t o = unbold(sc, &so_line, &d, &e, buf, sizeof buf);
	if (!o)
		return 0;
	const char *lo = buf, *end = buf + o;

	/* The place and date line follows the number, before the text
	 * starts ("Căn cứ …", "Kính gửi …"); some layouts put it above. */
	const char *dw = end - e > 600 ? e + 600 : end;
	static const char *const stops[] = { "Căn cứ", "căn cứ", "CĂN CỨ", "Kính gửi" };
	for (size_t i = 0; i < N_ELEMS(stops); i++) {
		const char *s = cite_find_bytes(e, dw, stops[i]);
		if (s)
			dw = s;
	}
	int dated = place_date(e, dw, end, &m->date);
	if (!dated) {
		const char *bb = so_line - lo > 500 ? so_line - 500 : lo;
		if (place_date(bb, so_line, end, &m->date))
			unsure |= CITE_UNSURE_DATE;
	}

	/* Laws and resolutions of the Assembly carry no date line: they are
	 * dated where they were passed, "… thông qua ngày 17 tháng 5 năm 2025". */
	if (!m->date.year && (m->num.kind == CITE_LAW || legislature_number(&m->num))) {
		const char *tq = cite_find_bytes(sig_from, sc->end, "thông qua ngày");
		if (tq && !text_date_parse(tq + strlen("thông qua "),
					   (size_t)(sc->end - tq) - strlen("thông qua "), &m->date))
			memset(&m->date, 0, sizeof m->date);
	}

	char body[CITE_ISSUER_MAX];
	int known = 0, motto_above = 0, lines_above = 0;
	if (letterhead_body(lo, so_line, body, sizeof body, &lines_above, &known, &motto_above)) {
		cite_set_field(m->issuer_name, sizeof m->issuer_name, body);
		m->issuer_from_context = 1;
	}
	/* A joint text is issued by every body its letterhead lists, not by
	 * the lowest of them. */
	int joint_sure = 0;
	if (cite_is_joint(&m->num) &&
	    joint_letterhead(lo, so_line, &m->num, body, sizeof body, &joint_sure)) {
		cite_set_field(m->issuer_name, sizeof m->issuer_name, body);
		m->issuer_from_context = 1;
		known = joint_sure;
	}
	/* The Party's letterhead names the Ban Chấp hành Trung ương over what
	 * its Bộ Chính trị and Ban Bí thư issue: the signature says which. */
	int issuer_sure = known && !shared_code(m->num.issuer);
	if (shared_code(m->num.issuer)) {
		char sig[CITE_ISSUER_MAX] = "";
		signature_body(sig_from, sc->end, sig, sizeof sig);
		if (sig[0]) {
			cite_set_field(m->issuer_name, sizeof m->issuer_name, sig);
			m->issuer_from_context = 1;
			issuer_sure = 1;
		}
	}

	struct below r = { 0 };
	read_below(sc, end, e, m, &r);
	if (r.body)
		issuer_sure = 1;
	if (m->num.kind == CITE_VBHN && !r.heading)
		subject_above(sc, so_word, m, 0);
	else if (!r.heading && !r.vv && !m->subject[0] && subject_above(sc, so_word, m, 1))
		r.subject_sure = m->subject[0] != 0;
	const char *so_text = so_word;
	while (so_text > sc->lo && so_text[-1] != '\n')
		so_text--;
	int top = at_top(sc->lo, so_text);
	if (!top && (!(lines_above || motto_above || r.motto) || !(dated || r.heading || r.vv) ||
		     !(known || motto_above || r.motto || dated)))
		return 0;
	if (!issuer_sure)
		unsure |= CITE_UNSURE_ISSUER;
	/* The type is the heading's; a consolidated text's is its code's; a
	 * "V/v" line is a công văn's own. */
	const char *cv = cite_type_name("CV", CITE_CONG_VAN);
	if (!r.type_fits && m->num.kind != CITE_VBHN &&
	    !(r.vv && m->type_name && cv && strcmp(m->type_name, cv) == 0))
		unsure |= CITE_UNSURE_TYPE;
	if (!r.subject_sure)
		unsure |= CITE_UNSURE_SUBJECT;
	m->letterhead = CITE_OWN_TEXT | unsure;
	if (m->num.kind != CITE_VBHN && opened_before(sc, text_line, m->num.canonical))
		m->letterhead |= CITE_LATER_TEXT;
	*out = t;
	/* Where the letterhead ends in the text: as many line breaks on as in
	 * the copy (unbolding drops only '*'). */
	const char *q = line_end(text_e, sc->end);
	for (const char *c = line_end(e, end); r.last && c < r.last && q < sc->end;
	     c = line_end(c + 1, end))
		q = line_end(q + 1, sc->end);
	*own_end = q;
	return 1;
}

/* thuvienphapluat's own attribute block: "Loại văn bản:", "Nơi ban hành:",
 * "Ngày ban hành:", each value on the next cell. */
static const char *tvpl_value(const char *from, const char *end, const char *label,
			      const char **ve)
{
	const char *p = from;
	size_t n = strlen(label);
	while (p + n < end) {
		const char *f = memchr(p, label[0], (size_t)(end - p));
		if (!f || f + n >= end)
			return NULL;
		if (memcmp(f, label, n) == 0) {
			const char *v = cite_skip_soft(f + n, end);
			const char *e = v;
			while (e < end && *e != '\n' && *e != '|')
				e++;
			while (e > v && (e[-1] == ' ' || e[-1] == '*' || e[-1] == '\r'))
				e--;
			*ve = e;
			return v;
		}
		p = f + 1;
	}
	return NULL;
}

/* The site names a province's or a city's committee and council by their
 * place ("Nơi ban hành: Tỉnh Hà Tĩnh" over 84/2025/QĐ-UBND): the body is
 * the one the number's code names, of that place, as letterheads say it
 * ("Ủy ban nhân dân tỉnh Hà Tĩnh"). 0 when the code names no one body. */
static int tvpl_place_body(struct cite_mention *m, const char *v, const char *ve)
{
	char term[8];
	size_t len = strcspn(m->num.issuer, "-");
	const char *code = len ? cite_issuer_body(m->num.issuer, len, term) : NULL;
	const char *names = code ? cite_issuer_names(code) : NULL;
	if (!names || strchr(names, '|'))
		return 0;
	char place[sizeof m->issuer_name];
	cite_copy_clean(place, sizeof place, v, ve);
	size_t n;
	unsigned cp = text_utf8_at(place, place + strlen(place), &n);
	char low[4];
	size_t k = text_utf8_encode(low, text_vn_lower(cp));
	struct cite_out o = { m->issuer_name, 0, sizeof m->issuer_name, 0 };
	m->issuer_name[0] = '\0';
	cite_out_adds(&o, names);
	cite_out_adds(&o, " ");
	cite_out_add(&o, low, k);
	cite_out_adds(&o, place + n);
	if (o.overflow)
		cite_copy_clean(m->issuer_name, sizeof m->issuer_name, v, ve);
	return !o.overflow;
}

/* The body the block names, as letterheads write it: a body the tables know
 * in their spelling ("Bộ Văn hoá, Thể thao và du lịch" -> "Bộ Văn hóa, Thể
 * thao và Du lịch"), the word naming its place in lower case ("Sở Giáo dục
 * và Đào tạo Thành phố Hồ Chí Minh" -> "… thành phố Hồ Chí Minh"). A body
 * the tables know that the number's code says is not the issuer gives way
 * to the code's (the site files the Government Office's notices, TB-VPCP,
 * under "Thủ tướng Chính phủ"). */
static void tvpl_body(struct cite_mention *m, const char *v, const char *ve)
{
	struct buf b = BUF_INIT;
	cite_body_spelled(v, (size_t)(ve - v), &b);
	char term[8];
	size_t len = strcspn(m->num.issuer, "-");
	const char *code = len ? cite_issuer_body(m->num.issuer, len, term) : NULL;
	const char *names = code ? cite_issuer_names(code) : NULL;
	const char *read = b.len ? cite_issuer_code(b.p) : NULL;
	if (names && cite_single_name(names) && read && strcmp(read, code) != 0) {
		cite_set_field(m->issuer_name, sizeof m->issuer_name, names);
		buf_release(&b);
		return;
	}
	if (b.len)
		cite_lower_locality(b.p, b.len, 1);
	cite_copy_clean(m->issuer_name, sizeof m->issuer_name, b.p ? b.p : "", b.p ? b.p + b.len : "");
	buf_release(&b);
}

/* vbpl.vn's attribute table opens with a row of its own naming the text's
 * subject ("Tố tụng hình sự" over "Số ký hiệu: 101/2015/QH13"; a
 * consolidated text's "hợp nhất Luật Xử lý vi phạm hành chính", its type
 * saying the first words): the line above the number's (ls), when it is no
 * "label: value" line. thuvienphapluat's block has no such row. */
static void vbpl_subject(const struct cite_reader *sc, const char *ls, struct cite_mention *m)
{
	static const char label[] = "Số ký hiệu";
	if ((size_t)(sc->end - ls) < sizeof label - 1 || memcmp(ls, label, sizeof label - 1) != 0)
		return;
	const char *e = ls;
	while (e > sc->lo && (e[-1] == '\n' || e[-1] == ' ' || e[-1] == '\r' || e[-1] == '\t'))
		e--;
	const char *a = e;
	while (a > sc->lo && a[-1] != '\n')
		a--;
	a = cite_skip_soft(a, e);
	if (a == e || e - a > 300 || memchr(a, ':', (size_t)(e - a)) || !text_has_letter(a, (size_t)(e - a)))
		return;
	const char *past = cite_match_name(a, e, "hop nhat");
	const char *w = cite_skip_soft(past ? past : a, e);
	if (w < e)
		cite_copy_clean(m->subject, sizeof m->subject, w, e);
}

void cite_read_tvpl(const struct cite_reader *sc, const char *d, const char *e, struct cite_mention *m)
{
	const char *end = sc->end;
	const char *win = end - e > 900 ? e + 900 : end;
	const char *v, *ve;
	/* Up to the next block's number: vbpl.vn lists the texts a
	 * consolidated one joins, each with its "Số ký hiệu:15/2012/QH13" and
	 * "Ngày ban hành:". */
	for (const char *const *l = (const char *const[]){ "Số ký hiệu", "Số hiệu:", "Số án lệ:", NULL }; *l; l++) {
		const char *next = tvpl_value(e, win, *l, &ve);
		if (next)
			win = next - strlen(*l);
	}
	/* The block names no subject; what it does not name is the code's. */
	m->letterhead = CITE_OWN_TEXT | CITE_UNSURE_TYPE | CITE_UNSURE_ISSUER | CITE_UNSURE_SUBJECT;
	if ((v = tvpl_value(e, win, "Loại văn bản:", &ve)) != NULL) {
		for (size_t i = 0; i < sc->nm->n; i++)
			if (!sc->nm->v[i].is_code && cite_match_name(v, ve, sc->nm->v[i].name) == ve) {
				m->type_name = sc->nm->v[i].name;
				m->letterhead &= ~CITE_UNSURE_TYPE;
				break;
			}
	}
	/* vbpl.vn's table names the issuing body, the signer's title and the
	 * signer on one row, its cells apart: the body is the first. */
	static const char *const issuer_labels[] = {
		"Nơi ban hành:", "Cơ quan ban hành/ Chức danh / Người ký:",
		"Cơ quan hợp nhất/ Người ký/ Chức danh:", NULL,
	};
	v = NULL;
	for (const char *const *l = issuer_labels; *l && !v; l++)
		v = tvpl_value(e, win, *l, &ve);
	if (v && ve > v) {
		tvpl_body(m, v, ve);
		m->issuer_from_context = 1;
		/* The site files every /TW text under "Ban Chấp hành Trung
		 * ương": for a code several bodies share, the letterhead's
		 * heading or signature says which. */
		if ((cite_read_locality(v, ve) != ve || tvpl_place_body(m, v, ve)) &&
		    !shared_code(m->num.issuer))
			m->letterhead &= ~CITE_UNSURE_ISSUER;
	}
	/* A precedent's block (anle.toaan.gov.vn) names it, "Tên án lệ: Về …";
	 * its code says its type and the number no issuer. */
	if ((v = tvpl_value(e, win, "Tên án lệ:", &ve)) != NULL && ve > v) {
		/* "Về xem xét …": the subject is what a mention's "về" opens. */
		const char *t = cite_match_name(v, ve, "ve");
		cite_copy_clean(m->subject, sizeof m->subject, t ? cite_skip_soft(t, ve) : v, ve);
		m->letterhead &= ~(CITE_UNSURE_SUBJECT | CITE_UNSURE_TYPE);
	}
	/* A consolidated text is dated by the day it was authenticated, a
	 * precedent by the day it was published ("Ngày công bố:"; the day its
	 * Council adopted it, "Ngày thông qua:", comes before). */
	if ((v = tvpl_value(e, win, "Ngày ban hành:", &ve)) != NULL ||
	    (v = tvpl_value(e, win, "Ngày xác thực:", &ve)) != NULL ||
	    (v = tvpl_value(e, win, "Ngày công bố:", &ve)) != NULL) {
		struct text_date t;
		if (text_date_parse(v, (size_t)(ve - v), &t) && t.year)
			m->date = t;
	}
	const char *ls = d;
	while (ls > sc->lo && ls[-1] != '\n')
		ls--;
	vbpl_subject(sc, ls, m);
	m->sentence_start = (size_t)(ls - sc->lo);
	m->sentence_end = (size_t)(line_end(e, end) - sc->lo);
}

const char *cite_first_line_issuer(const char *text, size_t len)
{
	size_t s = 0;
	while (s < len && strchr(" \t\r\n*_#", text[s]))
		s++;
	size_t e = s;
	while (e < len && !strchr("\r\n*", text[e]))
		e++;
	struct buf k = BUF_INIT;
	text_fold_key(text + s, e - s, &k);
	const char *code = k.len ? cite_issuer_code_key(k.p) : NULL;
	buf_release(&k);
	return code;
}

const char *cite_first_line_body(const char *text, size_t len)
{
	const char *code = cite_first_line_issuer(text, len);
	const char *names = code ? cite_issuer_names(code) : NULL;
	return names && !strchr(names, '|') ? code : NULL;
}

const char *cite_unnumbered_body(const char *text, size_t len, const char *type)
{
	const char *code = cite_first_line_body(text, len);
	return code ? code : cite_type_body(type, -1);
}
