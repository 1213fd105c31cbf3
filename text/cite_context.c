/* cite_context.c — what the text around a number says: its date, the body
 * that issued it ("của Bộ Tài chính"), its subject ("về …") and the
 * sentence that holds it. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "text/text.h"
#include "text/text_int.h"

/* ---- context: dates, bodies, subjects --------------------------------------- */

/* Copies src[0..n) into dst (cap bytes with the NUL), soft space as single
 * spaces; when too long, cut at a word (else UTF-8) boundary and ended with
 * "…", so a reader knows there is more. */
void cite_copy_clean(char *dst, size_t cap, const char *src, const char *end)
{
	static const char ellipsis[] = "\xe2\x80\xa6";
	size_t o = 0;
	int space = 0, cut = 0;
	size_t last_space = 0;
	if (cap > 16)
		cap -= sizeof ellipsis - 1; /* room to mark a cut */
	else
		cut = -1;
	while (src < end) {
		size_t n;
		if (cite_soft_at(src, end, &n) && *src != '_') {
			space = o > 0;
			src += n;
			continue;
		}
		text_utf8_at(src, end, &n);
		if (space) {
			if (o + 1 >= cap) {
				cut += cut == 0;
				break;
			}
			last_space = o;
			dst[o++] = ' ';
			space = 0;
		}
		if (o + n >= cap) {
			if (last_space)
				o = last_space;
			cut += cut == 0;
			break;
		}
		memcpy(dst + o, src, n);
		o += n;
		src += n;
	}
	while (o > 0 && (dst[o - 1] == ' ' || dst[o - 1] == ',' || dst[o - 1] == '-'))
		o--;
	if (cut > 0 && o) {
		memcpy(dst + o, ellipsis, sizeof ellipsis - 1);
		o += sizeof ellipsis - 1;
	}
	dst[o] = '\0';
}

/* The next word after soft space: [*ws, *we); letters, digits, '-', '&'
 * inside. Returns 0 at punctuation or the end. */
int cite_next_word(const char *p, const char *end, const char **ws, const char **we)
{
	p = cite_skip_soft(p, end);
	const char *s = p;
	while (p < end) {
		size_t n;
		unsigned cp = text_utf8_at(p, end, &n);
		if (text_vn_is_word(cp) || ((cp == '-' || cp == '&' || cp == '.') && p > s && p + 1 < end &&
				       text_vn_is_word(text_utf8_at(p + 1, end, &(size_t){ 0 }))))
			p += n;
		else
			break;
	}
	*ws = s;
	*we = p;
	return p > s;
}

static int word_is(const char *ws, const char *we, const char *ascii)
{
	return cite_match_name(ws, we, ascii) == we;
}

const char *const cite_localities[] = { "tỉnh", "thành phố", "huyện", "quận", "thị xã",
					"xã", "phường", "đặc khu", "thị trấn", "tp" };
const size_t cite_n_localities = N_ELEMS(cite_localities);

/* A decision's subject opening with its verb in capitals right after the
 * place, as the Gazette's lists write it ("… của Ủy ban nhân dân tỉnh Bình
 * Phước Thành lập trạm y tế …"): a place's name capitalises every syllable,
 * the verb's second one is in lower case; in a heading typed in capitals
 * ("… CỦA ỦY BAN NHÂN DÂN TỈNH SỬA ĐỔI …") the verb alone tells. */
static int subject_verb_at(const char *s, const char *end, int heading)
{
	static const char *const verbs[] = { "thanh lap", "phe duyet", "cong bo", "sua doi",
					     "bai bo", "huy bo", "dieu chinh", "cho phep",
					     "chap thuan", "giai the", "kien toan", "bo nhiem",
					     "thu hoi", "thong qua", "phan bo", "uy quyen",
					     "giao nhiem", "giao chi" };
	for (size_t i = 0; i < N_ELEMS(verbs); i++) {
		const char *e = cite_match_name(s, end, verbs[i]), *ws, *we;
		if (!e || !cite_next_word(s, end, &ws, &we))
			continue;
		const char *second = cite_skip_soft(we, end);
		if (second < e && (heading || !cite_capital_at(second, end)))
			return 1;
	}
	return 0;
}

/* "tỉnh Bắc Ninh", "thành phố Hồ Chí Minh", "TP. Huế": the place after an
 * Ủy ban nhân dân or a Sở. Returns the end, or p; *place (if not NULL) is
 * where the place's name starts ("Bắc Ninh"), NULL when it has none. */
static const char *read_locality(const char *p, const char *end, const char **place)
{
	if (place)
		*place = NULL;
	const char *ws = cite_skip_soft(p, end), *q = NULL;
	size_t i;
	for (i = 0; i < cite_n_localities && !q; i++)
		q = cite_match_word(ws, end, cite_localities[i], 1);
	if (!q)
		return p;
	/* "TP. Huế"; "… của Ủy ban nhân dân tỉnh. Điều 2" ends a sentence. */
	if (q < end && *q == '.' && i == cite_n_localities)
		q++;
	const char *t = cite_skip_soft(q, end);
	if (!cite_capital_at(t, end) || cite_is_digit(*t))
		return q; /* "UBND tỉnh" with no name: the province of the text */
	/* The locality word in capitals ("TỈNH", not the short "TP"): a
	 * heading's, where every word after it is in capitals too. */
	size_t n1;
	text_utf8_at(ws, end, &n1);
	int heading = i < cite_n_localities && ws + n1 < end &&
		      cite_capital_at(ws + n1, end);
	/* A capitalised "Ban hành" after the place is the sentence going on;
	 * "Căn cứ", "Điều 2", "Chương", "về" start what follows; no place's
	 * name starts with them. */
	const char *last = q, *s, *e;
	int words = 0;
	while (words < 6 && cite_next_word(last, end, &s, &e) && cite_capital_at(s, end) &&
	       !cite_match_name(s, end, "ban hanh") && !cite_match_name(s, end, "quy dinh") &&
	       !cite_match_name(s, end, "ve") && !subject_verb_at(s, end, heading) &&
	       !cite_match_name(s, end, "can cu") && !cite_match_name(s, end, "dieu") &&
	       !cite_match_name(s, end, "chuong")) {
		last = e;
		words++;
	}
	if (words && place)
		*place = t;
	return words ? last : q;
}

const char *cite_read_locality(const char *p, const char *end)
{
	return read_locality(p, end, NULL);
}

const char *cite_locality_at_end(const char *s, const char *e, const char **place)
{
	for (const char *w = s; w < e; w++)
		if ((w == s || w[-1] == ' ') && read_locality(w, e, place) == e)
			return w;
	if (place)
		*place = NULL;
	return NULL;
}

void cite_lower_locality(char *name, size_t len, int city_too)
{
	const char *place;
	char *loc = (char *)cite_locality_at_end(name, name + len, &place);
	if (!loc || loc == name)
		return;
	if (!city_too && (!place || cite_match_word(loc, name + len, "thành phố", 1) ||
			  cite_match_word(loc, name + len, "thị xã", 1) ||
			  cite_match_word(loc, name + len, "tp", 1)))
		return;
	size_t n, n2;
	unsigned cp = text_utf8_at(loc, name + len, &n);
	/* "Tỉnh", not "TỈNH": a name in capitals is a heading's, left whole. */
	if (loc + n >= name + len || !text_vn_is_lower(text_utf8_at(loc + n, name + len, &n2)))
		return;
	char low[4];
	if (text_utf8_encode(low, text_vn_lower(cp)) == n)
		memcpy(loc, low, n);
}

size_t cite_body_place(const char *s, size_t len, const char **locality, const char **place)
{
	const char *e = s + len;
	*locality = cite_locality_at_end(s, e, place);
	return *locality && *place ? (size_t)(e - *place) : 0;
}

int cite_body_with_place(const char *name, const char *placed, char *out, size_t cap)
{
	size_t nl = strlen(name), ol = strlen(placed);
	const char *place, *oplace;
	const char *loc = cite_locality_at_end(name, name + nl, &place);
	if (!loc || place || loc == name)
		return 0;
	const char *oloc = cite_locality_at_end(placed, placed + ol, &oplace);
	if (!oloc || !oplace)
		return 0;
	/* The same locality word ("tỉnh" and "tỉnh", not "tỉnh" and "xã"),
	 * written as the placed name writes it ("thành phố", not "Thành phố"). */
	char a[32], b[32];
	cite_fold_ascii(loc, name + nl, a, sizeof a);
	cite_fold_ascii(oloc, oplace, b, sizeof b);
	size_t bl = strlen(b);
	while (bl && b[bl - 1] == ' ')
		b[--bl] = '\0';
	if (strcmp(a, b) != 0)
		return 0;
	int n = snprintf(out, cap, "%.*s%s", (int)(loc - name), name, oloc);
	if (n < 0 || (size_t)n >= cap)
		return 0;
	return 1;
}

int cite_body_placed(const char *s, size_t len, size_t k, struct buf *out)
{
	const char *end = s + len, *name;
	size_t name_len;
	const char *b = cite_table_body(s, end, &name, &name_len);
	if (!b || k + 1 >= cite_n_localities) /* not "tp" */
		return 0;
	const char *t = cite_skip_soft(b, end);
	if (t >= end || !cite_capital_at(t, end) || read_locality(t, end, NULL) != t)
		return 0;
	buf_reset(out);
	buf_add(out, s, (size_t)(b - s));
	buf_addc(out, ' ');
	buf_adds(out, cite_localities[k]);
	buf_addc(out, ' ');
	buf_add(out, t, (size_t)(end - t));
	return 1;
}

/* The first letter of s[..end) without its marks (cite_match_word's
 * first comparison), or 0 when a space or the end comes first. */
static unsigned first_folded(const char *s, const char *end)
{
	while (s < end && *s != ' ') {
		size_t n;
		unsigned f = text_vn_fold(text_utf8_at(s, end, &n));
		s += n;
		if (f)
			return f;
	}
	return 0;
}

/* Body names the tables know, longest first; returns the end and sets
 * *name to its primary spelling (copied by the caller). */
const char *cite_table_body(const char *p, const char *end, const char **name, size_t *name_len)
{
	const char *best = NULL;
	/* A name whose first letter is not the text's cannot match: the
	 * table's hundreds of names are not each compared letter by letter. */
	unsigned first = first_folded(p, end);
	for (size_t i = 0; i < cite_tab_n_issuers; i++) {
		const struct cite_issuer_row *r = &cite_tab_issuers[i];
		for (int list = 0; list < 2; list++) {
			const char *s = list ? r->aliases : r->names;
			while (*s) {
				const char *e = s + strcspn(s, list ? ";" : "|");
				char one[128];
				size_t n = (size_t)(e - s);
				unsigned f = first ? first_folded(s, e) : 0;
				if (n < sizeof one && (!f || f == first)) {
					memcpy(one, s, n);
					one[n] = '\0';
					const char *m = cite_match_name(p, end, one);
					if (m && (!best || m > best)) {
						best = m;
						if (list) {
							*name = r->names;
							*name_len = strcspn(r->names, "|");
						} else {
							*name = s;
							*name_len = n;
						}
					}
				}
				s = *e ? e + 1 : e;
			}
		}
	}
	return best;
}

/* A table's body at p, written once: a text that writes it twice, its
 * short form then its name ("của UBND Ủy ban nhân dân thành phố Hà Nội",
 * tvpl 8d9779edcdd6c422), names it by the second, which *from is set to
 * (else p): its place goes on from there, not from a name said again. */
static const char *table_body_once(const char *p, const char *end, const char **from,
				   const char **name, size_t *name_len)
{
	*from = p;
	const char *e = cite_table_body(p, end, name, name_len);
	if (!e)
		return NULL;
	/* The name itself, not the table again: one comparison a body read. */
	const char *q = cite_skip_soft(e, end);
	char one[128];
	if (q == e || *name_len >= sizeof one)
		return e;
	memcpy(one, *name, *name_len);
	one[*name_len] = '\0';
	const char *e2 = cite_match_name(q, end, one);
	if (!e2)
		return e;
	*from = q;
	return e2;
}

int cite_body_known(const char *s, size_t len)
{
	const char *end = s + len, *name;
	size_t name_len;
	const char *p = cite_skip_soft(s, end);
	return p < end && (cite_table_body(p, end, &name, &name_len) != NULL ||
			   cite_issuer_body(p, (size_t)(end - p), (char[8]){ 0 }) != NULL);
}

void cite_body_spelled(const char *s, size_t len, struct buf *out)
{
	const char *end = s + len, *name;
	size_t name_len;
	buf_reset(out);
	const char *p = cite_skip_soft(s, end);
	const char *e = table_body_once(p, end, &p, &name, &name_len);
	if (e)
		buf_add(out, name, name_len);
	else
		e = s;
	const char *t = cite_skip_soft(e, end);
	const char *tp = cite_match_name(t, end, "tp");
	if (!tp && t + 2 < end && (*t == 'T' || *t == 't') && (t[1] == 'P' || t[1] == 'p') && t[2] == '.')
		tp = t + 2;
	if (!tp && t + 2 < end && (*t == 'T' || *t == 't') && (t[1] == 'P' || t[1] == 'p') &&
	    cite_match_name(t + 2, end, "hcm"))
		tp = t + 2; /* "TPHCM" */
	if (tp) {
		buf_adds(out, out->len ? " thành phố" : "thành phố");
		if (tp < end && *tp == '.')
			tp++;
		e = tp;
	}
	/* The city's name as it is written short: "TP.HCM", "TP HCM". */
	const char *c = cite_skip_soft(e, end);
	const char *hcm = (tp || out->len) ? cite_match_name(c, end, "hcm") : NULL;
	if (hcm) {
		buf_adds(out, out->len ? " Hồ Chí Minh" : "Hồ Chí Minh");
		e = hcm;
	}
	if (out->len && e < end && *e != ' ')
		buf_addc(out, ' ');
	buf_add(out, e, (size_t)(end - e));
}

/* Whether a list's next item at p names a document, not a body: a type's
 * name and its number ("… của Ban Chỉ đạo Quốc gia và Quyết định số
 * 936/QĐ-UBND"), within a few words. */
static int names_document(const char *p, const char *end)
{
	const char *s, *e, *at = p;
	for (int words = 0; words < 4 && cite_next_word(at, end, &s, &e); words++) {
		if (cite_is_digit(*s))
			return words > 0;
		if (words > 0 && word_is(s, e, "so")) {
			const char *s2, *e2;
			return cite_next_word(e, end, &s2, &e2) && cite_is_digit(*s2);
		}
		at = e;
	}
	return 0;
}

/* The name goes on while words are capitalised, or one lower-case syllable
 * finishes a capitalised one ("Tài chính", "Chỉ đạo"); "và" joins two
 * capitalised parts ("Giáo dục và Đào tạo"). Returns its end, or p. */
static const char *name_goes_on(const char *p, const char *end, int same_line, int after_head)
{
	/* Lower-case runs that belong to names. */
	static const char *const units[] = { "uy ban nhan dan", "hoi dong nhan dan", "ban chap hanh",
					     "mat tran to quoc", "ban thuong vu" };
	/* Lower-case words that start what is said of the body, never finish
	 * its name: "Thành ủy Cần Thơ thực hiện", "Bộ Tài chính quy định". */
	static const char *const verbs[] = { "thuc", "quy", "ban hanh", "huong", "trien", "yeu",
					     "de", "phe", "giao", "ve", "tai", "trong", "theo", "cho",
					     "voi", "khoa", "da", "duoc", "nham", "nam", "ngay", "so",
					     "la", "co", "va", "tiep", "chu", "can", "ky", "gui",
					     "thong", "to chuc" };
	/* What a title says the text does, capitalised as titles are: "… của
	 * Chính phủ Sửa đổi, bổ sung …" is the body, then its title. */
	static const char *const acts[] = { "sua doi", "bo sung", "ban hanh", "quy dinh",
					    "huong dan", "ve viec", "phe duyet" };
	const char *last = p, *s, *e;
	int lower_run = after_head ? 0 : 2, words = 0;
	while (words < 14 && cite_next_word(last, end, &s, &e)) {
		if (same_line && memchr(last, '\n', (size_t)(s - last)))
			break;
		int act = 0;
		for (size_t i = 0; i < N_ELEMS(acts) && !act; i++)
			act = cite_match_name(s, end, acts[i]) != NULL;
		if (act)
			break;
		const char *u = NULL;
		for (size_t i = 0; i < N_ELEMS(units) && !u; i++)
			u = cite_capital_at(s, end) ? cite_match_name(s, end, units[i]) : NULL;
		if (u) {
			last = u;
			lower_run = 0;
			words++;
			continue;
		}
		int verb = 0;
		for (size_t i = 0; i < N_ELEMS(verbs) && !verb; i++)
			verb = cite_match_name(s, end, verbs[i]) != NULL;
		if (cite_capital_at(s, end) && !cite_is_digit(*s)) {
			lower_run = 0;
		} else if ((words || after_head) && !verb && !cite_is_digit(*s) && lower_run < 2) {
			/* One lower-case syllable finishes a capitalised one ("Tài
			 * chính"); a second only when a capitalised word follows
			 * ("Tổ giúp việc Ban Chỉ đạo…"). */
			const char *s2, *e2;
			if (lower_run == 1 &&
			    (!cite_next_word(e, end, &s2, &e2) || !cite_capital_at(s2, end) || cite_is_digit(*s2)))
				break;
			lower_run++;
		} else if (words && word_is(s, e, "va")) {
			const char *s2, *e2;
			if (!cite_next_word(e, end, &s2, &e2) || !cite_capital_at(s2, end) ||
			    names_document(s2, end))
				break;
			lower_run = 1;
		} else {
			break;
		}
		last = e;
		words++;
	}
	return last;
}

/* The plenum: "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII",
 * "Hội nghị Trung ương 7 (khóa XII)"; p is at "Hội nghị", q past it. Writes
 * the name to out and returns where it ends, or NULL when no "Trung ương". */
static const char *read_plenum(const char *p, const char *q, const char *end, char *out,
			       size_t cap)
{
	const char *last = q, *s, *e;
	int tw = 0;
	for (int words = 0; words < 14; words++) {
		const char *t = cite_skip_soft(last, end);
		int paren = t < end && *t == '(';
		if (!cite_next_word(paren ? t + 1 : t, end, &s, &e))
			break;
		if (word_is(s, e, "khoa") || word_is(s, e, "khoá")) {
			const char *rs, *re;
			if (cite_next_word(e, end, &rs, &re) && cite_capital_at(rs, end)) {
				last = re;
				if (paren && last < end && *last == ')')
					last++;
			}
			break;
		}
		if (paren || word_is(s, e, "ve") || word_is(s, e, "da") ||
		    word_is(s, e, "ngay") || word_is(s, e, "thong"))
			break;
		if (word_is(s, e, "uong"))
			tw = 1;
		last = e;
	}
	if (!tw)
		return NULL;
	cite_copy_clean(out, cap, p, last);
	return last;
}

/* A body named in running text after "của": the table's names first
 * ("Ban Bí thư", "UBND" + place), else a capitalised run after a head word
 * ("Ban Chỉ đạo Trung ương…"), or a plenum "Hội nghị Trung ương 7 (khóa XII)".
 * Writes the name to out and returns where it ends, or NULL. */
const char *cite_official_title(const char *p, const char *end)
{
	static const char *const titles[] = { "bo truong", "chu tich", "thong doc", "tong giam doc",
					      "tong cuc truong", "cuc truong", "vien truong",
					      "chanh an", "truong", "giam doc", "chu nhiem",
					      "tong kiem toan" };
	for (size_t i = 0; i < N_ELEMS(titles); i++) {
		const char *t = cite_match_name(p, end, titles[i]);
		if (t)
			return t;
	}
	return NULL;
}

static const char *read_body(const char *p, const char *end, char *out, size_t cap)
{
	static const char *const heads[] = { "bo", "ban", "so", "cuc", "tong cuc", "van phong",
					     "uy ban", "hoi dong", "ngan hang", "toa an", "vien",
					     "kiem toan", "thanh tra", "dang uy", "dang doan",
					     "tinh uy", "thanh uy", "huyen uy", "hoc vien",
					     "bao hiem", "kho bac", "chi cuc", "lien doan",
					     "mat tran", "quan uy", "thue" };
	p = cite_skip_soft(p, end);
	const char *q = cite_match_name(p, end, "hoi nghi");
	if (q && cite_capital_at(p, end))
		return read_plenum(p, q, end, out, cap);
	/* "của liên Bộ Quốc phòng, Bộ Y tế …": the first body. */
	const char *lien = cite_match_name(p, end, "lien");
	if (lien && !cite_capital_at(p, end) && cite_capital_at(cite_skip_soft(lien, end), end))
		p = cite_skip_soft(lien, end);
	/* Titles sign for their body: "của Bộ trưởng Bộ Tài chính" is the Bộ,
	 * and so is "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ". */
	for (int round = 0; round < 2; round++) {
		const char *t = cite_official_title(p, end);
		if (!t)
			break;
		const char *b = cite_skip_soft(t, end);
		while (b < end && *b == ',')
			b = cite_skip_soft(b + 1, end);
		if (!cite_capital_at(b, end))
			break;
		p = b;
	}
	const char *name;
	size_t name_len;
	const char *e = table_body_once(p, end, &p, &name, &name_len);
	if (e && cite_capital_at(p, end)) {
		struct cite_out o = { out, 0, cap, 0 };
		out[0] = '\0';
		cite_out_add(&o, name, name_len);
		const char *l = cite_read_locality(e, end);
		if (l == e)
			l = name_goes_on(e, end, 1, 0); /* "Ban Chỉ đạo Quốc gia", "Thành ủy Cần Thơ" */
		if (l != e) {
			char more[80];
			cite_copy_clean(more, sizeof more, cite_skip_soft(e, end), l);
			cite_out_adds(&o, " ");
			cite_out_adds(&o, more);
			e = l;
		}
		if (o.overflow)
			cite_copy_clean(out, cap, p, e);
		cite_lower_locality(out, strlen(out), 0);
		return e;
	}
	if (!cite_capital_at(p, end))
		return NULL;
	const char *ws, *we;
	if (!cite_next_word(p, end, &ws, &we))
		return NULL;
	/* "Tổ giúp việc" with its marks: "Tô Lâm" is a person. */
	const char *head = cite_match_word(p, end, "tổ", 1);
	for (size_t i = 0; i < N_ELEMS(heads) && !head; i++)
		head = cite_match_name(p, end, heads[i]);
	if (!head)
		return NULL;
	const char *last = name_goes_on(head, end, 0, 1);
	if (last == head)
		return NULL;
	last = cite_read_locality(last, end);
	cite_copy_clean(out, cap, p, last);
	cite_lower_locality(out, strlen(out), 0);
	return last;
}

/* A body's head as written, marks and capital, where "về" says where
 * something goes ("gửi … về Thanh tra Bộ", "về Sở Y tế"): not "về Bổ sung
 * dự toán …", "về Tổ chức …" (subjects typed in title case), "về Hội nghị
 * lần thứ 11 …" (a plenum's resolution) or "về Ban hành …" (a verb). */
static int dest_body(const char *p, const char *end)
{
	static const char *const heads[] = { "Bộ", "Sở", "Thanh tra", "Ủy ban", "Cục", "Tổng cục",
					     "Văn phòng", "Ban", "Phòng", "Kho bạc" };
	for (size_t i = 0; i < N_ELEMS(heads); i++) {
		size_t n = strlen(heads[i]);
		if ((size_t)(end - p) > n && memcmp(p, heads[i], n) == 0 && p[n] == ' ' &&
		    !cite_match_name(p, end, "ban hanh"))
			return 1;
	}
	return 0;
}

/* A body, or two joined by "và" ("của Ban Tổ chức Trung ương và Ban Tuyên
 * giáo Trung ương"); the name is written to out. */
static const char *body_of(const char *p, const char *end, char *out, size_t cap)
{
	const char *e = read_body(p, end, out, cap);
	if (!e)
		return NULL;
	/* "của liên Bộ Quốc phòng, Bộ Y tế và Bộ Tài chính": a list counts
	 * only when "và" closes it; "của Chính phủ, Thủ tướng … giao" is a
	 * new clause. Its bodies are joined as a joint text's are. */
	char list[CITE_ISSUER_MAX];
	struct cite_out o = { list, 0, sizeof list, 0 };
	cite_out_adds(&o, out);
	const char *le = e;
	for (int more = 0; more < 4; more++) {
		const char *q = cite_skip_soft(le, end);
		int comma = q < end && *q == ',';
		const char *v = comma ? q + 1 : cite_match_name(q, end, "va");
		char two[CITE_ISSUER_MAX / 2];
		const char *e2;
		if (!v || (e2 = read_body(v, end, two, sizeof two)) == NULL)
			break;
		size_t had = o.n;
		cite_out_adds(&o, CITE_JOINT_SEP);
		cite_out_adds(&o, two);
		if (o.overflow) {
			list[had] = '\0';
			break;
		}
		le = e2;
		if (!comma) {
			if (o.n < cap) {
				memcpy(out, list, o.n + 1);
				e = le;
			}
			break;
		}
	}
	return e;
}

/* Another citation starts: a type name then "số" or a digit. */
static int citation_starts(const struct cite_reader *sc, const char *p, const char *end)
{
	if (!cite_capital_at(p, end))
		return 0;
	for (size_t i = 0; i < sc->nm->n; i++) {
		if (sc->nm->v[i].is_code)
			continue;
		const char *e = cite_match_name(p, end, sc->nm->v[i].name);
		if (!e)
			continue;
		e = cite_skip_soft(e, end);
		if ((e < end && cite_is_digit(*e)) || cite_match_name(e, end, "so"))
			return 1;
	}
	return 0;
}

/* A text named by its type in the subject s..e ("… của Luật Quản lý ngoại
 * thương"): a capitalised type name at a word's start. */
static int subject_names_text(const struct cite_reader *sc, const char *s, const char *e)
{
	for (const char *w = s; w < e;) {
		const char *ws, *we;
		if (!cite_next_word(w, e, &ws, &we)) {
			size_t n;
			text_utf8_at(w, e, &n);
			w += n;
			continue;
		}
		for (size_t i = 0; cite_capital_at(ws, e) && i < sc->nm->n; i++)
			if (!sc->nm->v[i].is_code && cite_match_name(ws, e, sc->nm->v[i].name))
				return 1;
		w = we;
	}
	return 0;
}

/* The words that leave a subject hanging when a citation follows them. */
static int dangling_before(const char *lo, const char *p)
{
	static const char *const words[] = { "của", "theo", "tại", "về", "với", "thi hành",
					     "thực hiện", "và", "hướng dẫn", "bổ sung", "sửa đổi",
					     "thay thế", "bãi bỏ" };
	const char *q = cite_skip_soft_back(lo, p);
	for (size_t i = 0; i < N_ELEMS(words); i++) {
		/* The word (or two) ending at q. */
		const char *ws = cite_word_start_back(lo, q);
		if (ws == q)
			return 0;
		if (strchr(words[i], ' ')) {
			const char *b = cite_skip_soft_back(lo, ws);
			ws = cite_word_start_back(lo, b);
			if (ws == b)
				continue;
		}
		if (cite_match_word(ws, q, words[i], 1) == q)
			return 1;
	}
	return 0;
}

/* Where the citation at w ("Nghị định số 28/2015/NĐ-CP ngày …") ends its
 * type and number, when the subject before p hangs on it; else NULL. */
static const char *cited_number_end(const struct cite_reader *sc, const char *p, const char *w,
				    const char *end)
{
	if (!dangling_before(sc->lo, p))
		return NULL;
	for (size_t i = 0; i < sc->nm->n; i++) {
		if (sc->nm->v[i].is_code)
			continue;
		const char *e = cite_match_name(w, end, sc->nm->v[i].name);
		if (!e)
			continue;
		const char *q = cite_skip_soft(e, end);
		const char *so = cite_match_name(q, end, "so");
		if (so)
			q = cite_skip_soft(so, end);
		if (q >= end || !cite_is_digit(*q))
			continue;
		while (q < end && *q != ' ' && *q != '\n' && *q != '\r' && *q != '\t' && *q != ';' &&
		       *q != ',' && *q != '(' && *q != ')')
			q++;
		while (q > w && (q[-1] == '.' || q[-1] == ':'))
			q--;
		return q;
	}
	return NULL;
}

/* "về …" to the end of the clause: a full stop, ';', ':', '(', a blank line,
 * a table cell, another dated clause or another citation. */
/* A line that is only a list of articles ("Điều 9, khoản 3 Điều 10,
 * khoản 2 Điều" and its next line "17, điểm b khoản 2 Điều 19"): a table's
 * next cell, where the articles a row names stand, never a title's words. */
static int articles_cell(const char *p, const char *end)
{
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	const char *e = nl ? nl : end, *ws, *we;
	static const char *const words[] = { "dieu", "khoan", "diem", "va" };
	int refs = 0;
	for (const char *q = p;;) {
		while (q < e && (*q == ',' || *q == ';'))
			q++;
		if (!cite_next_word(q, e, &ws, &we))
			return refs && cite_skip_soft(q, e) >= e;
		int known = cite_is_digit(*ws) || we - ws == 1;
		for (size_t i = 0; !known && i < N_ELEMS(words); i++)
			known = word_is(ws, we, words[i]);
		if (!known)
			return 0;
		refs += word_is(ws, we, "dieu") || word_is(ws, we, "khoan") || word_is(ws, we, "diem");
		q = we;
	}
}

/* A line that is only a row's counter ("55.", "V.", "12)"): a table's next
 * row, printed one cell a line (the Gazette's PDF text, a Markdown table's
 * cells as ingest writes them). */
static int counter_line(const char *ls, const char *le)
{
	const char *t = cite_skip_soft(ls, le), *d = t;
	while (d < le && d - t < 4 && (cite_is_digit(*d) || *d == 'I' || *d == 'V' || *d == 'X'))
		d++;
	return d > t && d < le && (*d == '.' || *d == ')') && cite_skip_soft(d + 1, le) >= le;
}

/* A line that is only a body's name the tables know ("Bộ Xây dựng", "Bộ
 * Tài chính"), after a line that does not run on into it ("… của", "… và",
 * a comma): a table's next cell, the body a row assigns, not a wrapped
 * subject's end. */
static int body_cell(const char *lo, const char *line_end, const char *ls, const char *le)
{
	static const char *const linking[] = { "cua", "va", "voi", "cho", "tai", "thuoc", "giua",
					       "cac", "do", "ve", "trong", "nhung", "hoac" };
	const char *name;
	size_t name_len;
	const char *t = cite_skip_soft(ls, le);
	const char *b = t < le ? cite_table_body(t, le, &name, &name_len) : NULL;
	if (!b || cite_skip_soft(b, le) < le)
		return 0;
	const char *e = cite_skip_soft_back(lo, line_end);
	if (e == lo || e[-1] == ',' || e[-1] == '-')
		return 0;
	const char *ws = cite_word_start_back(lo, e);
	for (size_t i = 0; i < N_ELEMS(linking); i++)
		if (ws < e && word_is(ws, e, linking[i]))
			return 0;
	return 1;
}

/* The articles a row's next cell names, left on the subject's line ("…
 * vật liệu xây dựng Điều 8" before the body's cell): where they start, or
 * e when the subject does not end with them. */
static const char *trailing_articles(const char *s, const char *e)
{
	const char *t = cite_skip_soft_back(s, e), *cut = e;
	for (;;) {
		const char *ws = t;
		while (ws > s && (cite_is_digit(ws[-1]) || (ws[-1] >= 'a' && ws[-1] <= 'z')))
			ws--;
		/* "Điều 8", "khoản 3", "điểm c" */
		int point = ws < t && !cite_is_digit(*ws);
		if (ws == t || (point && t - ws != 1))
			return cut;
		const char *w2e = cite_skip_soft_back(s, ws), *w2 = cite_word_start_back(s, w2e);
		if (w2 == w2e || !(word_is(w2, w2e, "diem") ||
				   (!point && (word_is(w2, w2e, "dieu") || word_is(w2, w2e, "khoan")))))
			return cut;
		cut = w2;
		t = cite_skip_soft_back(s, w2);
		while (t > s && (t[-1] == ',' || t[-1] == ' '))
			t--;
		const char *v = cite_word_start_back(s, t);
		if (v < t && word_is(v, t, "va"))
			t = cite_skip_soft_back(s, v);
	}
}

/* After a comma in a subject, the words at p open another clause, not an
 * item of the subject's list: "… về BHXH bắt buộc, gửi Bộ Tài chính để
 * thẩm định …", "… Luật Chứng khoán, trong đó …", "…, thì cách tính …";
 * "gửi", "tại", "theo" only with a name after them ("tại Phụ lục I", "theo
 * Danh mục …"; "giám sát, theo dõi" is a list). */
static int clause_opens(const char *p, const char *end)
{
	static const char *const opens[] = { "trong đó", "đồng thời", "thì", "nhằm", "nếu", "sau khi",
					     "trước khi", "kể từ" };
	static const char *const named[] = { "gửi", "tại", "theo" };
	p = cite_skip_soft(p, end);
	for (size_t i = 0; i < N_ELEMS(opens); i++)
		if (cite_match_word(p, end, opens[i], 1))
			return 1;
	for (size_t i = 0; i < N_ELEMS(named); i++) {
		const char *w = cite_match_word(p, end, named[i], 1);
		if (w && cite_capital_at(cite_skip_soft(w, end), end))
			return 1;
	}
	/* The sentence's own subject and verb after an opening phrase ("Để
	 * tiếp tục thực hiện … Nghị quyết số 45-NQ/TW … về …, Bộ Chính trị yêu
	 * cầu …"): a body the tables know, then what a body does. */
	if (cite_capital_at(p, end)) {
		const char *name;
		size_t name_len;
		const char *b = cite_table_body(p, end, &name, &name_len);
		static const char *const acts[] = { "yêu cầu", "giao", "chỉ đạo", "đề nghị",
						    "quyết định", "quyết nghị", "ban hành", "kết luận",
						    "thống nhất", "chủ trương" };
		for (size_t i = 0; b && i < N_ELEMS(acts); i++)
			if (cite_match_word(cite_skip_soft(b, end), end, acts[i], 1))
				return 1;
	}
	return 0;
}

/* The verbs by which a text acts on another ("sửa đổi, bổ sung một số điều
 * của …", "bãi bỏ …", "thay thế …"). */
static const char *amending_verb(const char *p, const char *end)
{
	static const char *const verbs[] = { "sua doi", "bo sung", "bai bo", "thay the", "huy bo" };
	for (size_t i = 0; i < N_ELEMS(verbs); i++) {
		const char *e = cite_match_name(p, end, verbs[i]);
		if (e)
			return e;
	}
	return NULL;
}

/* A full stop that ends a sentence: white space after it, and before it
 * no list's number ("2. Nghị định số …") nor a number's inner dot
 * ("19.10.2020"). p is at the '.'. */
static int sentence_stop(const char *lo, const char *p, const char *end)
{
	if (p + 1 < end && p[1] != ' ' && p[1] != '\n' && p[1] != '\t' && p[1] != '\r')
		return 0;
	const char *t = p;
	while (t > lo && cite_is_digit(t[-1]))
		t--;
	return !(p - t >= 1 && p - t <= 2 && (t == lo || t[-1] == ' ' || t[-1] == '\n'));
}

/* Whether the word before w (at a word's start) is ascii, marks folded. */
static int after_word(const char *lo, const char *w, const char *ascii)
{
	const char *q = cite_skip_soft_back(lo, w), *ws = cite_word_start_back(lo, q);
	return ws < q && word_is(ws, q, ascii);
}

/* Whether the citation at d stands in what an amending verb acts on, in the
 * same clause ("Thông tư số 94/2025/TT-BTC … sửa đổi, bổ sung một số điều
 * của Thông tư số 80/2021/TT-BTC … và Nghị định số 126/2020/NĐ-CP …"): a
 * clause runs back to a sentence's full stop, ';', ':', a table's '|' or a
 * blank line. A passive verb ("Khoản này được sửa đổi theo quy định tại …
 * Nghị định số 82/2021/NĐ-CP", a consolidated text's note) names the
 * citation as the one that acts; "tại" or "theo" after the verb (not "kèm
 * theo") a place, not what it acts on. */
static int acted_on(const struct cite_reader *sc, const char *d)
{
	const char *lo = d - sc->lo > 600 ? d - 600 : sc->lo, *cs = d;
	while (cs > lo) {
		char c = cs[-1];
		if (c == ';' || c == ':' || c == '|' || (c == '.' && sentence_stop(lo, cs - 1, d)) ||
		    (c == '\n' && cs - 1 > lo && cs[-2] == '\n'))
			break;
		cs--;
	}
	int acted = 0;
	for (const char *w = cs; w < d; w++) {
		if (w != cs && w[-1] != ' ' && w[-1] != '\n')
			continue;
		const char *e = cite_match_name(w, d, "duoc");
		if (e) {
			const char *v = cite_skip_soft(e, d);
			if (amending_verb(v, d))
				return 0;
		}
		if (amending_verb(w, d))
			acted = 1;
		/* a locative after the verb ("thủ tục cấp mới, sửa đổi, bổ sung
		 * … Giấy phép … tại Điều 6 Nghị định số 211/2025/NĐ-CP", "theo
		 * Mẫu số 07 … Thông tư số …") names where a thing stands, not
		 * what the verb acts on; "ban hành kèm theo" still is */
		else if (acted && (cite_match_word(w, d, "tại", 1) ||
				   (cite_match_word(w, d, "theo", 1) && !after_word(cs, w, "kem"))))
			acted = 0;
	}
	return acted;
}

/* The subject after a number, as far as it runs. cited: where the citation
 * stands; when it stands in what an amending verb acts on (acted_on, asked
 * only then), "và" with another such verb after a subject that opens with
 * none ("… quy định chi tiết một số điều của Luật Quản lý thuế và sửa đổi,
 * bổ sung một số mẫu biểu của …") is the amending text's second act, not
 * this text's subject. */
static int furniture_line(const char *ls, const char *le, int headings);

/* Where a subject s..p ends without the word it was left hanging on when
 * what followed stopped it: "… Phông lưu trữ Đảng Cộng sản Việt Nam và |
 * có hiệu lực …", and before a date (at_date) "… áp dụng từ | 01 tháng 01
 * năm 2026", "… kể từ | ngày …". */
static const char *hanging_end(const char *s, const char *p, int at_date)
{
	/* "từ" only before a date: "hóa đơn, chứng từ" ends with one. */
	static const char *const words[] = { "và", "hoặc", "từ" };
	for (;;) {
		const char *q = cite_skip_soft_back(s, p);
		while (q > s && q[-1] == ',')
			q = cite_skip_soft_back(s, q - 1);
		const char *ws = cite_word_start_back(s, q);
		size_t i = 0;
		while (i < N_ELEMS(words) && !(ws < q && cite_match_word(ws, q, words[i], 1) == q))
			i++;
		if (i == N_ELEMS(words) || ws == s || (i == 2 && !at_date))
			return p;
		p = ws;
		if (i == 2) { /* "kể từ" */
			const char *b = cite_skip_soft_back(s, ws), *ks = cite_word_start_back(s, b);
			if (ks < b && ks > s && cite_match_word(ks, b, "kể", 1) == b)
				p = ks;
		}
	}
}

static const char *read_subject(const struct cite_reader *sc, const char *p, const char *end, char *out,
				size_t cap, const char *cited)
{
	p = cite_skip_soft(p, end);
	const char *v = cite_match_name(p, end, "viec");
	if (v && !cite_match_name(cite_skip_soft(v, end), end, "nay"))
		p = cite_skip_soft(v, end);
	const char *s = p, *limit = end - p > 600 ? p + 600 : end;
	int quote = 0, at_date = 0;
	int outer = -1; /* -1: not asked yet */
	/* A title quoted whole ("về “Hoàn thiện thể chế kinh tế thị trường …”",
	 * "\"Chương trình chuyển đổi số Quốc gia …\", để Việt Nam …"): the
	 * subject is what the quotes hold. */
	size_t open = p < end && *p == '"' ? 1 : end - p > 2 && memcmp(p, "\xe2\x80\x9c", 3) == 0 ? 3 : 0;
	const char *closed = NULL;
	while (p < limit) {
		char c = *p;
		if (c == '.' && !(p > s && cite_is_digit(p[-1]) && p + 1 < end && cite_is_digit(p[1])))
			break;
		/* A closing bracket ends the parenthesis that held the citation
		 * (an annex's "(Ban hành kèm theo Thông tư số … quy định …)"):
		 * none opens inside a subject. */
		if (c == ';' || c == ':' || c == '(' || c == '[' || c == ')' || c == ']' || c == '|' ||
		    c == '?' || c == '!')
			break;
		if (c == ',' && !quote && clause_opens(p + 1, end))
			break;
		/* A quotation opened inside the subject is part of it; a closing
		 * mark with none open ends the title that held the citation. */
		if (c == '"') {
			int opening = p == s || p[-1] == ' ' || p[-1] == '\n' || p[-1] == '(';
			if (!quote && !opening)
				break;
			if (quote && !opening && open == 1) {
				closed = p;
				break;
			}
			quote = opening;
		} else if ((unsigned char)c == 0xE2 && p + 2 < end && (unsigned char)p[1] == 0x80) {
			unsigned char q = (unsigned char)p[2];
			if (q == 0x9C)
				quote = 1; /* “ */
			else if (q == 0x9D && !quote)
				break;     /* ” */
			else if (q == 0x9D && open == 3) {
				closed = p;
				break;
			} else if (q == 0x9D)
				quote = 0;
		}
		if (c == '\n') {
			const char *q = p + 1;
			while (q < limit && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '*'))
				q++;
			if (q >= limit || *q == '\n' || *q == '|' || *q == '#' || *q == '-')
				break;
			if (!quote && (cite_match_word(q, end, "Điều", 1) || cite_match_word(q, end, "Khoản", 1) ||
				       cite_match_word(q, end, "Điểm", 1)) &&
			    cite_capital_at(q, end) && articles_cell(q, end))
				break;
			const char *le = memchr(q, '\n', (size_t)(end - q));
			le = le ? le : end;
			/* A page's furniture, where the sentence went on to the
			 * next page ("… vi phạm hành\nKý bởi: CÔNG BÁO …"): the
			 * subject stops at the break, as its sentence does; not
			 * at a line in capitals, the rest of a title in capitals
			 * ("BAN HÀNH\nQUY ĐỊNH VỀ …"). */
			if (furniture_line(q, le, 0))
				break;
			if (!quote && (counter_line(q, le) || body_cell(s, p, q, le))) {
				p = trailing_articles(s, p);
				break;
			}
		}
		if (c == ' ' || c == '\n') {
			const char *w = cite_skip_soft(p, end);
			const char *n = cite_match_name(w, end, "ngay");
			if (!quote && n && (n = cite_skip_soft(n, end)) < end && cite_is_digit(*n)) {
				at_date = 1;
				break;
			}
			/* a table's next cell: a bare date ("… kế hoạch và đầu tư
			 * 01/01/2022 Nội dung: …") */
			struct text_date bare;
			if (!quote && w < end && cite_is_digit(*w) &&
			    text_date_parse(w, (size_t)(end - w), &bare) && bare.day) {
				at_date = 1;
				break;
			}
			/* "… do Ban Chấp hành Trung ương ban hành", "… đã đưa ra", "… được". */
			n = cite_match_word(w, end, "do", 1);
			if (!quote && ((n && cite_capital_at(cite_skip_soft(n, end), end)) ||
				       cite_match_word(w, end, "đã", 1) || cite_match_word(w, end, "được", 1) ||
				       cite_match_name(w, end, "co hieu luc") || cite_match_name(w, end, "het hieu luc") ||
				       cite_match_name(w, end, "nhu sau") ||
				       cite_match_word(w, end, "theo đó", 1) || cite_match_word(w, end, "cụ thể", 1)))
				break;
			const char *and = cite_match_name(w, end, "va");
			if (!quote && outer && p > s && and && amending_verb(cite_skip_soft(and, end), end)) {
				if (outer < 0)
					outer = !amending_verb(s, end) && acted_on(sc, cited);
				if (outer)
					break;
			}
			if (!quote && citation_starts(sc, w, end)) {
				/* "hướng dẫn một số điều của Nghị định số 28/2015/NĐ-CP":
				 * a subject that names the text it is about keeps
				 * its type and number, not its date and body. */
				const char *ce = p > s ? cited_number_end(sc, p, w, end) : NULL;
				/* "… hướng dẫn giám sát giao dịch chứng khoán và
				 * Thông tư số 06/2022/TT-BTC ngày …": after a
				 * subject that names no text, "và" lists the next
				 * cited text (an amending text's second), which is
				 * not this one's subject; "… của Luật Dược và Nghị
				 * định số 54/2017/NĐ-CP" is. */
				const char *q = cite_skip_soft_back(s, p), *va = cite_word_start_back(s, q);
				if (ce && va < q && word_is(va, q, "va") && !subject_names_text(sc, s, va)) {
					p = va;
					ce = NULL;
				}
				if (ce)
					p = ce;
				break;
			}
		}
		size_t n;
		text_utf8_at(p, end, &n);
		p += n;
	}
	if (open) {
		cite_copy_clean(out, cap, s + open, closed ? closed : p);
		return closed ? closed + open : p;
	}
	cite_copy_clean(out, cap, s, hanging_end(s, p, at_date));
	return p;
}

/* Where the text stands before the type name of the number at d ("… ban
 * hành | Nghị định số 73/2024/NĐ-CP"), its "số" passed over; NULL when no
 * type name stands there. */
static const char *before_type(const struct cite_reader *sc, const char *d)
{
	const char *lo = sc->lo;
	const char *q = cite_skip_soft_back(lo, d);
	const char *ws = cite_word_start_back(lo, q);
	if (ws < q && cite_match_name(ws, q, "so") == q)
		q = cite_skip_soft_back(lo, ws);
	const char *start;
	if (cite_type_name_before(sc->nm, lo, q, &start) < 0)
		return NULL;
	return cite_skip_soft_back(lo, start);
}

/* "Ngày 31 tháng 10 năm 2025, Ban Tổ chức Trung ương ban hành Hướng dẫn
 * 43-HD/BTCTW", "Ngày 27/10/2025, Bộ Tài chính …": the date that opens
 * the sentence the body at b (its name's start) stands in, right before
 * it and its comma, is the day the body issued it. 1 read into *date. */
static int date_opening(const struct cite_reader *sc, const char *b, struct text_date *date)
{
	const char *s = b;
	while (s > sc->lo && s[-1] != '\n' && s[-1] != '.' && b - s < 60)
		s--;
	if (s > sc->lo && s[-1] != '\n' && s[-1] != '.')
		return 0;
	const char *e = sc->end;
	s = cite_skip_soft(s, b);
	const char *v = cite_match_name(s, b, "vao");
	const char *w = cite_match_name(v ? cite_skip_soft(v, b) : s, b, "ngay");
	if (!w)
		return 0;
	struct text_date d;
	size_t used = text_date_parse(w, (size_t)(e - w), &d);
	if (!used || !d.year || !d.month || !d.day)
		return 0;
	const char *q = cite_skip_soft(w + used, b);
	if (q >= b || *q != ',' || cite_skip_soft(q + 1, b) != b)
		return 0;
	*date = d;
	return 1;
}

/* "Bộ Chính trị ban hành Kết luận số 39-KL/TW", "Bộ Nội vụ đã (vừa) ban hành
 * Công văn 10988/BNV-CQĐP": the body named right before "ban hành"; with
 * the date that opens its sentence, when one does (date_opening). */
static int body_before(const struct cite_reader *sc, const char *d, char *out, size_t cap,
		       struct text_date *date)
{
	const char *lo = sc->lo;
	const char *q = before_type(sc, d);
	if (!q)
		return 0;
	const char *ws = cite_word_start_back(lo, q);
	if (ws == q || cite_match_name(ws, q, "hanh") != q)
		return 0;
	q = cite_skip_soft_back(lo, ws);
	ws = cite_word_start_back(lo, q);
	if (ws == q || cite_match_name(ws, q, "ban") != q)
		return 0;
	q = cite_skip_soft_back(lo, ws);
	ws = cite_word_start_back(lo, q);
	if (ws < q && (cite_match_word(ws, q, "đã", 1) == q || cite_match_word(ws, q, "vừa", 1) == q ||
		       cite_match_word(ws, q, "mới", 1) == q))
		q = cite_skip_soft_back(lo, ws);
	/* The longest table name that ends at q. */
	const char *from = q - lo > 90 ? q - 90 : lo;
	for (const char *w = from; w < q; w++) {
		if (w > lo && text_vn_is_word((unsigned char)w[-1]) && (unsigned char)w[-1] < 0x80)
			continue;
		if (w > lo && ((unsigned char)w[-1] & 0xC0) == 0x80)
			continue;
		if (((unsigned char)*w & 0xC0) == 0x80 || !cite_capital_at(w, q))
			continue;
		const char *name;
		size_t name_len;
		const char *be = cite_table_body(w, q, &name, &name_len), *place = NULL;
		/* Its place after it ("Ủy ban nhân dân tỉnh Nghệ An ban hành …",
		 * "UBND TP Hà Nội ban hành …"), as read_body reads one; not after
		 * an official's title, whose name follows the place ("Chủ tịch
		 * UBND TP Hà Nội Chu Ngọc Anh đã ban hành …"). */
		if (be != q && !(be && read_locality(be, q, &place) == q && place &&
				 !after_word(lo, w, "tich") && !after_word(lo, w, "doc") &&
				 !after_word(lo, w, "truong")))
			continue;
		if (name_len >= cap)
			return 0;
		memcpy(out, name, name_len);
		out[name_len] = '\0';
		if (be != q) {
			const char *at = cite_skip_soft(be, q);
			struct cite_out o = { out, name_len, cap, 0 };
			char more[80];
			cite_copy_clean(more, sizeof more, at, q);
			cite_out_adds(&o, " ");
			cite_out_adds(&o, more);
			if (o.overflow)
				return 0;
			cite_lower_locality(out, strlen(out), 0);
		}
		/* "Đảng ủy Học viện Chính trị quốc gia…": a body of that body. */
		const char *b = cite_skip_soft_back(lo, w), *named = w;
		for (const char *w2 = from; b < w && w2 < b; w2++) {
			if ((w2 > lo && cite_word_start_back(lo, w2) != w2) || !cite_capital_at(w2, b))
				continue;
			const char *n2;
			size_t l2;
			if (cite_table_body(w2, b, &n2, &l2) == b) {
				cite_copy_clean(out, cap, w2, q);
				named = w2;
				break;
			}
		}
		date_opening(sc, named, date);
		return 1;
	}
	return 0;
}

/* A title that says what the text does rather than what it is about, right
 * after the date or the body ("… ngày 11 tháng 11 năm 2015 của Chính phủ
 * quy định chi tiết một số điều của Luật Bảo hiểm xã hội …"), or (strict)
 * right after the number (lower case only): its subject; not "quy định
 * tại …" (as provided in). */
static int title_verb(const char *p, const char *end, int strict)
{
	static const char *const verbs[] = { "quy định", "hướng dẫn", "sửa đổi", "bổ sung",
					     "bãi bỏ", "phê duyệt", "điều chỉnh", "thành lập",
					     "ban hành", "công bố", "giao", "phân cấp", "phân bổ" };
	/* Right after the number, only the openings that are a title's
	 * ("Thông tư 166/2011/TT-BTC quy định về quản lý …"), not what a
	 * sentence says the text does ("… quy định các hình thức …"). */
	static const char *const openings[] = { "quy định về", "quy định chi tiết",
						"hướng dẫn thi hành", "hướng dẫn thực hiện",
						"hướng dẫn về", "sửa đổi, bổ sung", "ban hành quy",
						"ban hành danh mục", "ban hành chương trình",
						"ban hành kế hoạch" };
	if (p >= end || (strict && cite_capital_at(p, end)))
		return 0;
	if (strict) {
		for (size_t i = 0; i < N_ELEMS(openings); i++) {
			/* "sửa đổi, bổ sung": the comma as written. */
			const char *c = strchr(openings[i], ',');
			const char *e;
			if (c) {
				e = cite_match_word(p, end, "sửa đổi", 1);
				if (e && e < end && *e == ',')
					e = cite_match_word(cite_skip_soft(e + 1, end), end, "bổ sung", 1);
				else
					e = NULL;
			} else {
				e = cite_match_word(p, end, openings[i], 1);
			}
			if (e)
				return 1;
		}
		return 0;
	}
	for (size_t i = 0; i < N_ELEMS(verbs); i++) {
		const char *e = cite_match_word(p, end, verbs[i], 1);
		if (!e)
			continue;
		const char *w = cite_skip_soft(e, end);
		return w < end && *w != '.' && *w != ';' && !cite_match_name(w, end, "tai") &&
		       !cite_match_name(w, end, "nay") && !cite_match_name(w, end, "nhu") &&
		       !cite_match_name(w, end, "kem theo") && !cite_match_name(w, end, "theo");
	}
	return 0;
}

int cite_subject_acts(const char *s, size_t len)
{
	/* A heading's title may open with what a plan or a directive does,
	 * verbs a mention's subject is not read after. */
	static const char *const heading_verbs[] = { "thực hiện", "triển khai", "tăng cường",
						     "đẩy mạnh", "tiếp tục", "tổ chức" };
	const char *end = s + len;
	for (size_t i = 0; i < N_ELEMS(heading_verbs); i++)
		if (cite_match_word(s, end, heading_verbs[i], 1))
			return 1;
	return title_verb(s, end, 0);
}

int cite_named_by_subject(const char *type_name)
{
	static const char *const named[] = { "Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp" };
	for (size_t i = 0; type_name && i < N_ELEMS(named); i++)
		if (strcmp(type_name, named[i]) == 0)
			return 1;
	return 0;
}

void cite_subject_cased(const char *type, const char *subject, size_t len, struct buf *out)
{
	if (!len)
		return;
	/* "Luật sửa đổi, bổ sung …" says what the law does, not its name
	 * ("Luật Tổ chức chính quyền địa phương" is one). */
	const char *end = subject + len;
	int amends = cite_match_word(subject, end, "sửa đổi", 1) || cite_match_word(subject, end, "bổ sung", 1) ||
		     cite_match_word(subject, end, "bãi bỏ", 1);
	if (cite_named_by_subject(type) && strcmp(type, "Hiến pháp") != 0 && !amends) {
		text_upper_first(subject, len, out);
		return;
	}
	size_t at = out->len;
	text_lower_first(subject, len, out);
	if (memcmp(out->p + at, subject, len) != 0 && text_proper_first(subject, len)) {
		out->len = at;
		buf_add(out, subject, len);
	}
}

void cite_regulation_name(const char *type, const char *subject, size_t len, struct buf *out)
{
	const char *end = subject + len;
	buf_adds(out, type);
	if (!len)
		return;
	if (cite_named_by_subject(type)) {
		/* "Luật Đất đai"; "Hiến pháp nước Cộng hòa …" */
		buf_addc(out, ' ');
		cite_subject_cased(type, subject, len, out);
		return;
	}
	if (len > 3 && strncasecmp(subject, "v/v", 3) == 0 && subject[3] == ' ') {
		const char *p = cite_skip_soft(subject + 3, end);
		buf_adds(out, " về việc ");
		buf_add(out, p, (size_t)(end - p));
		return;
	}
	if (cite_subject_acts(subject, len) || cite_match_word(subject, end, "về", 1)) {
		buf_addc(out, ' ');
		cite_subject_cased(type, subject, len, out);
		return;
	}
	buf_adds(out, " về ");
	cite_subject_cased(type, subject, len, out);
}

/* "Luật Bảo hiểm xã hội số 41/2024/QH15", "Bộ luật Lao động số 45/2019/QH14",
 * "Luật Người lao động … theo hợp đồng số 69/2020/QH14": a law cited by its
 * name. d is the number, q where "số" (or the number) starts. Returns the
 * type the name opens with ("Luật", "Bộ luật", "Pháp lệnh") and copies the
 * name after it, its subject, to out; NULL when no such name ends at q. */
const char *cite_law_name_before(const struct cite_reader *sc, const char *q, char *out, size_t cap)
{
	static const char *const heads[] = { "Bộ luật", "Luật", "Pháp lệnh" };
	const char *lo = sc->lo;
	const char *name_end = cite_skip_soft_back(lo, q);
	const char *p = name_end;
	const char *found = NULL;
	for (int words = 0; words < 30; words++) {
		const char *b = cite_skip_soft_back(lo, p);
		/* A comma may stand inside a name ("Luật An toàn, vệ sinh lao động"). */
		if (b > lo && b[-1] == ',')
			b = cite_skip_soft_back(lo, b - 1);
		const char *w = cite_word_start_back(lo, b);
		if (w == b)
			return found; /* punctuation, a digit: no name runs further back */
		for (size_t i = 0; i < N_ELEMS(heads); i++) {
			/* The head word as written: capitalised ("Luật", "LUẬT"), the
			 * name after it too ("Luật Đất đai", not "luật đất đai"). */
			/* a head of two words ("Bộ luật", "Pháp lệnh") starts a word
			 * further back */
			const char *hs = w;
			if (strchr(heads[i], ' ')) {
				const char *b2 = cite_skip_soft_back(lo, w);
				hs = cite_word_start_back(lo, b2);
				if (hs == b2)
					continue;
			}
			const char *he = cite_match_name(hs, name_end, heads[i]);
			/* "bộ luật" names a code in any case ("Bộ luật hình sự số
			 * 15/1999/QH10"); a lower-case "luật" may be a word of a
			 * sentence ("luật và nghị định số …"). */
			int code = i == 0 && !found;
			if (!he || he != b || (!code && !cite_capital_at(hs, name_end)))
				continue;
			const char *ns = cite_skip_soft(he, name_end);
			if (ns >= name_end || cite_is_digit(*ns))
				return found;
			/* "Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp
			 * số 76/2025/QH15": the number is the amending law's. */
			if (cite_match_word(ns, name_end, "sửa đổi", 1) ||
			    cite_match_word(ns, name_end, "bổ sung", 1)) {
				cite_copy_clean(out, cap, ns, name_end);
				return heads[i];
			}
			if (found)
				break;
			const char *ws2, *we2;
			if (code && !cite_capital_at(ns, name_end) &&
			    cite_next_word(ns, name_end, &ws2, &we2) && ws2 == ns) {
				/* Its name in lower case: the subject as a name reads. */
				struct buf up = BUF_INIT;
				cite_copy_clean(out, cap, ns, name_end);
				text_upper_first(out, strlen(out), &up);
				cite_set_field(out, cap, up.p ? up.p : "");
				buf_release(&up);
				found = heads[i];
				break;
			}
			if (!cite_capital_at(ns, name_end))
				return NULL;
			cite_copy_clean(out, cap, ns, name_end);
			found = heads[i];
			break;
		}
		p = w;
	}
	return found;
}

/* Can the body named beside a number have issued it? A Party number (/TW,
 * /ĐU) is never a State body's, nor a State number a Party body's: in
 * "Nghị quyết số 18-NQ/TW của Chính phủ" the Government is the one carrying
 * it out. A body or a number the tables do not place fits. */
/* Whether one body's name holds the other's, folded ("Chính phủ" in "Thủ
 * tướng Chính phủ": the head and the body it heads). */
static int names_hold(const char *a, const char *b)
{
	char fa[CITE_ISSUER_MAX], fb[CITE_ISSUER_MAX];
	cite_fold_ascii(a, a + strlen(a), fa, sizeof fa);
	cite_fold_ascii(b, b + strlen(b), fb, sizeof fb);
	return *fa && *fb && (strstr(fa, fb) || strstr(fb, fa));
}

/* 1 when the body read beside m's number may be its issuer; 0 when not
 * (a Party body beside a State number, or the reverse); -1 when the
 * number's own code names another body: the mention names another text. */
static int body_fits_number(const struct cite_mention *m)
{
	if (m->num.kind == CITE_SHORT || m->num.kind == CITE_CONG_VAN)
		return 1;
	const char *code = cite_issuer_code(m->issuer_name);
	int side = code ? cite_issuer_kind(code) : -1;
	if (side < 0)
		return 1;
	if ((side == CITE_TAB_PARTY) != (m->num.kind == CITE_PARTY))
		return 0;
	/* A number that carries its year names its body by its code: a body
	 * read beside it that the tables know as another single body, neither
	 * holding the other's name, is a misprint ("Thông tư số 03/2025/TT-BYT
	 * … của Văn phòng Chính phủ" for 03/2025/TT-VPCP; "44/2023/TT-BTC … của
	 * Bộ trưởng Bộ Công Thương"), not a vote for the number's body. Not
	 * "27/2018/QĐ-TTg … của Chính phủ" (the Prime Minister heads it), nor a
	 * number without a year ("2304/QĐ-BTNMT … Bộ Nông nghiệp và Môi
	 * trường": a ministry merged in 2025 kept its code a while). */
	const char *own = m->num.year ? cite_issuer_name(m->num.issuer) : NULL;
	const char *named = own ? cite_issuer_name(code) : NULL;
	if (!named || names_hold(own, named))
		return 1;
	/* "09/2026/TT-BNNMT ngày 29 tháng 01 năm 2026 của Bộ trưởng Bộ Tài
	 * nguyên và Môi trường": the ministry merged into the code's, named
	 * as before; no vote for the body, but the text is this one. */
	char term[8];
	const char *own_code = cite_issuer_body(m->num.issuer, strcspn(m->num.issuer, "-"), term);
	return cite_issuer_merged_into(code, own_code) ? 0 : -1;
}

/* The units of a regulation's text, as folded and as written. */
static const struct {
	const char *folded, *written;
} scope_units[] = {
	{ "diem", "điểm" },   { "khoan", "khoản" }, { "dieu", "Điều" }, { "tieu muc", "tiểu mục" },
	{ "chuong", "Chương" }, { "muc", "Mục" },  { "phan", "Phần" },
	{ "phu luc", "Phụ lục" },
};

/* A unit's number: digits with a letter ("5a"), a Roman numeral, or a
 * point's letter ("a", "đ"). Returns its end, or NULL. */
static const char *scope_number(const char *p, const char *end)
{
	const char *s = p;
	if (p < end && cite_is_digit(*p)) {
		/* "5", "10a", "4.1" */
		while (p < end && (cite_is_digit(*p) ||
				   (*p == '.' && p + 1 < end && cite_is_digit(p[1]))))
			p++;
		for (int k = 0; k < 2 && p < end && *p >= 'a' && *p <= 'z'; k++)
			p++;
	} else if (p < end && strchr("IVXLC", *p)) {
		while (p < end && *p && strchr("IVXLC", *p))
			p++;
		if (p < end && *p >= 'a' && *p <= 'z')
			p++;
	} else if (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
		p++; /* điểm a, Phần A */
	} else if (end - p >= 2 && (unsigned char)p[0] == 0xC4 && (unsigned char)p[1] == 0x91) {
		p += 2; /* điểm đ */
	}
	if (p == s || p - s > 8)
		return NULL;
	if (p < end && ((unsigned char)*p >= 0x80 || cite_is_digit(*p) ||
			(*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
		return NULL; /* a word goes on: "ban", "Điều" are no numbers */
	return p;
}

/* "Điều 4 Nghị định 73/2024/NĐ-CP", "khoản 1 Điều 3 của Luật …": an article
 * or a clause of the text is named right before its type and number (d), so
 * a verb after the number says what that article does ("… quy định về chế
 * độ tiền thưởng như sau"), not what the text is about. */
static int article_before(const struct cite_reader *sc, const char *d)
{
	const char *lo = sc->lo;
	const char *q = before_type(sc, d);
	if (!q)
		return 0;
	const char *ws = cite_word_start_back(lo, q);
	if (ws < q && (cite_match_name(ws, q, "cua") == q || cite_match_name(ws, q, "tai") == q))
		q = cite_skip_soft_back(lo, ws);
	/* the unit's number: "4", "10a", "4.1", "a", "đ", "IV" */
	for (ws = q; ws > lo;) {
		const char *s;
		unsigned cp = text_utf8_before(lo, ws, &s);
		if (!text_vn_is_letter(cp) && !(cp >= '0' && cp <= '9') && cp != '.')
			break;
		ws = s;
	}
	if (ws == q || scope_number(ws, q) != q)
		return 0;
	q = cite_skip_soft_back(lo, ws);
	for (size_t u = 0; u < N_ELEMS(scope_units); u++) {
		/* "phụ lục", "tiểu mục": a unit of two words */
		const char *w = cite_word_start_back(lo, q);
		if (strchr(scope_units[u].folded, ' ') && w > lo)
			w = cite_word_start_back(lo, cite_skip_soft_back(lo, w));
		if (w < q && cite_match_name(w, q, scope_units[u].folded) == q)
			return 1;
	}
	return 0;
}

/* A subject that says nothing of the text: an opening with nothing after
 * it ("quy định về"), a headline's question ("quy định về gì"), or what an
 * amendment does to articles it names with no text ("sửa đổi, bổ sung
 * khoản 4, khoản 5 Điều 6"). */
static int subject_hollow(const char *s)
{
	static const char *const empty[] = { "quy định chi tiết", "quy định", "hướng dẫn", "sửa đổi",
					     "bổ sung", "bãi bỏ", "thay thế", "về", "một số", "các",
					     "của", "và" };
	static const char *const asks[] = { "gì", "nào", "ra sao", "thế nào" };
	const char *p = s, *end = s + strlen(s);
	while ((p = cite_skip_soft(p, end)) < end) {
		if (*p == ',') {
			p++;
			continue;
		}
		const char *q = NULL;
		for (size_t i = 0; i < N_ELEMS(asks) && !q; i++)
			q = cite_match_word(p, end, asks[i], 1);
		if (q && cite_skip_soft(q, end) >= end)
			return 1;
		q = NULL;
		for (size_t i = 0; i < N_ELEMS(empty) && !q; i++)
			q = cite_match_word(p, end, empty[i], 1);
		if (!q) {
			for (size_t u = 0; u < N_ELEMS(scope_units) && !q; u++)
				q = cite_match_name(p, end, scope_units[u].folded);
			if (!q)
				return 0; /* a word of substance */
			const char *n = scope_number(cite_skip_soft(q, end), end);
			if (n)
				q = n;
		}
		p = q;
	}
	return 1;
}

/* The clause from p ends in ":": it introduces what it quotes ("Theo
 * Điều 1, Điều 2 Quyết định 266/2025/QĐ-CTN về đối tượng được đặc xá dịp
 * lễ 30 4 2025 như sau:"), wherever the subject stopped. */
static int clause_quotes(const char *p, const char *end)
{
	for (; p < end; p++) {
		if (*p == ':')
			return 1;
		/* "… về Thủ tục … do Ban Chấp hành Trung ương ban hành quy định
		 * như sau:": the citation names its body, the title goes on */
		if (*p == ' ' && p + 4 < end && p[1] == 'd' && p[2] == 'o' && p[3] == ' ' &&
		    cite_capital_at(p + 4, end))
			return 0;
		if (*p == '\n' || *p == ';' || *p == '?' || *p == '!' ||
		    (*p == '.' && !(p + 1 < end && cite_is_digit(p[1]))))
			return 0;
	}
	return 0;
}

/* The subject (s) is in a question: it stopped (at p) short of the
 * question's mark, the question's words running on ("Quyết định
 * 266/2025/QĐ-CTN về đối tượng được đặc xá dịp lễ 30 4 2025?"), or it
 * ends in the question's word ("… thuộc diện đặc biệt ra sao?"). A
 * headline naming the text with a mark after it ("Toàn văn Nghị quyết
 * 01/2025/NQ-CP về đầu tư mở rộng Cảng hàng không quốc tế Phú Quốc?")
 * keeps its subject. */
static int asked(const char *s, const char *p, const char *end)
{
	static const char *const asks[] = { " gì", " nào", " ra sao", " không", " bao nhiêu", " đâu" };
	for (const char *q = p; q < end; q++) {
		if (*q == '?') {
			if (cite_skip_soft(p, end) < q)
				return 1;
			size_t n = strlen(s);
			while (n && (s[n - 1] == ' ' || s[n - 1] == '*'))
				n--;
			for (size_t i = 0; i < N_ELEMS(asks); i++) {
				size_t k = strlen(asks[i]);
				if (n >= k && strncmp(s + n - k, asks[i], k) == 0)
					return 1;
			}
			return 0;
		}
		if (*q == '\n' || *q == '!' || *q == ';' ||
		    (*q == '.' && !(q + 1 < end && cite_is_digit(q[1]))))
			return 0;
	}
	return 0;
}

/* Reads what follows a number: ", ngày 8/2/2022", "của Ban Bí thư",
 * "năm 2025", in any order, then "về …". */
void cite_read_after(const struct cite_reader *sc, const char *p, struct cite_mention *m)
{
	const char *end = sc->end;
	int have_date = 0, have_body = 0;
	for (int step = 0; step < 5; step++) {
		const char *q = cite_skip_soft(p, end);
		while (q < end && (*q == ',' || *q == ')'))
			q = cite_skip_soft(q + 1, end);
		const char *w;
		if (!have_date && (w = cite_match_name(q, end, "ngay")) != NULL) {
			const char *r = cite_skip_soft(w, end);
			const char *again = cite_match_name(r, end, "ngay"); /* "ngày ngày 08…" */
			if (again)
				r = again;
			size_t used = text_date_parse(r, (size_t)(end - r), &m->date);
			if (!used || m->date.year == 0) {
				memset(&m->date, 0, sizeof m->date);
				break;
			}
			have_date = 1;
			p = r + used;
			continue;
		}
		if (!have_date && (w = cite_match_name(q, end, "ban hanh ngay")) != NULL) {
			size_t used = text_date_parse(w, (size_t)(end - w), &m->date);
			if (used && m->date.year) {
				have_date = 1;
				p = w + used;
				continue;
			}
			memset(&m->date, 0, sizeof m->date);
		}
		if ((w = cite_match_name(q, end, "nam")) != NULL) {
			const char *r = cite_skip_soft(w, end);
			int y;
			if (cite_year_at(r, end, &y)) {
				p = r + 4;
				continue;
			}
		}
		if (!have_body) {
			const char *b = cite_match_name(q, end, "cua");
			const char *e = NULL;
			if (b)
				e = body_of(b, end, m->issuer_name, sizeof m->issuer_name);
			else if (cite_match_name(q, end, "hoi nghi"))
				e = body_of(q, end, m->issuer_name, sizeof m->issuer_name);
			/* A joint text's bodies listed without "và" ("96/2014/TTLT-
			 * BTC-BCA … của Bộ Tài chính, Bộ Công an hướng dẫn …"): the
			 * number names them all, so the list is no new clause. */
			for (int more = 0; e && b && cite_is_joint(&m->num) && more < 4; more++) {
				const char *c = cite_skip_soft(e, end), *e2;
				char other[CITE_ISSUER_MAX / 2];
				if (c >= end || *c != ',' || (e2 = read_body(c + 1, end, other, sizeof other)) == NULL)
					break;
				e = e2;
			}
			if (e) {
				m->issuer_from_context = 1;
				have_body = 1;
				p = e;
				continue;
			}
			m->issuer_name[0] = '\0';
		}
		break;
	}
	const char *q = cite_skip_soft(p, end);
	while (q < end && *q == ',')
		q = cite_skip_soft(q + 1, end);
	const char *v = cite_match_name(q, end, "ve");
	char dest[sizeof m->issuer_name];
	/* "gửi … theo mẫu … kèm theo Thông tư 03/2025/TT-BYT về Thanh tra Bộ
	 * trước ngày …": "về" a body is where a report goes, no subject. */
	if (v && dest_body(cite_skip_soft(v, end), end) && body_of(v, end, dest, sizeof dest))
		v = NULL;
	else if (v)
		q = cite_skip_soft(read_subject(sc, v, end, m->subject, sizeof m->subject, sc->lo + m->start), end);
	/* "Quy định số 89-QĐ/TW ngày 4/8/2017, Quy định số 214-QĐ/TW …": a
	 * type name that starts the list's next citation is not a title's verb. */
	else if (title_verb(q, end, !have_date && !have_body) && !citation_starts(sc, q, end))
		q = cite_skip_soft(read_subject(sc, q, end, m->subject, sizeof m->subject, sc->lo + m->start), end);
	/* "Căn cứ Điều 4 Nghị định 73/2024/NĐ-CP quy định về chế độ tiền
	 * thưởng như sau:" introduces what the article says, not the text's
	 * title (which "tại Điều 9 Nghị định số 94/2025/NĐ-CP quy định về cơ
	 * chế thử nghiệm …" does give). */
	if (m->subject[0] && !have_date && !have_body && article_before(sc, sc->lo + m->start)) {
		if (cite_match_name(q, end, "nhu sau") || (q < end && *q == ':') || clause_quotes(q, end))
			m->subject[0] = '\0';
		else
			m->subject_of_article = 1;
	}
	if (subject_hollow(m->subject) || asked(m->subject, q, end))
		m->subject[0] = '\0';
	/* "… về định hướng … do Ban Chấp hành Trung ương ban hành" ("do" as
	 * written: "theo đó Hội đồng …" names no issuer; nor does "do Quốc hội
	 * chuyển đến"). */
	/* A site's title line of the text: "Công văn 17809/BTC-CTK cung cấp
	 * thông tin … do Bộ Tài chính ban hành" (thuvienphapluat's footer).
	 * With no subject read, what stands between the number (and its year
	 * or date) and the last "do" of that line is the text's subject,
	 * whatever verb it opens with, when "do <body> ban hành" ends it. */
	const char *at_do = q, *lend = memchr(q, '\n', (size_t)(end - q));
	if (!lend)
		lend = end;
	/* Not a consolidated text's ("hợp nhất Quyết định …": its subject is
	 * its heading's), nor a clause the site's title split around the
	 * number ("Thông báo kết luận 432-TB/VPTW năm 2025 tại buổi …"). */
	if (!m->subject[0] && !have_body && m->type_name && m->num.kind != CITE_VBHN && q < lend &&
	    !cite_capital_at(q, lend) && !cite_match_name(q, lend, "tai") &&
	    !cite_match_name(q, lend, "cua"))
		for (const char *x = q + 1; x + 3 < lend; x++) {
			if (x[-1] != ' ' || x[0] != 'd' || x[1] != 'o' || x[2] != ' ')
				continue;
			/* only "do <body> ban hành" ending the line */
			char b2[sizeof m->issuer_name];
			const char *e2 = body_of(x + 2, lend, b2, sizeof b2);
			const char *h2 = e2 ? cite_match_name(cite_skip_soft(e2, lend), lend, "ban hanh")
					    : NULL;
			while (h2 && h2 < lend && (*h2 == ' ' || *h2 == '\t' || *h2 == '\r'))
				h2++;
			if (h2 == lend)
				at_do = x;
		}
	/* "… về định hướng … do Ban Chấp hành Trung ương ban hành" ("do" as
	 * written: "theo đó Hội đồng …" names no issuer; nor does "do Quốc hội
	 * chuyển đến"). */
	const char *by = cite_match_word(at_do, end, "do", 1);
	char body[sizeof m->issuer_name];
	const char *be = !have_body && by ? body_of(by, end, body, sizeof body) : NULL;
	if (be) {
		const char *t = cite_skip_soft(be, end);
		const char *bh = cite_match_name(t, end, "ban hanh");
		if (bh || t >= end || strchr(".;,)\n", *t)) {
			memcpy(m->issuer_name, body, sizeof body);
			m->issuer_from_context = CITE_ISSUER_TOLD;
			have_body = 1;
		}
		const char *le = bh;
		while (le && le < lend && (*le == ' ' || *le == '\t' || *le == '\r'))
			le++;
		if (at_do > q && bh && le == lend) {
			const char *se = at_do;
			while (se > q && se[-1] == ' ')
				se--;
			cite_copy_clean(m->subject, sizeof m->subject, q, se);
			if (subject_hollow(m->subject))
				m->subject[0] = '\0';
		}
	}
	struct text_date told = { 0 };
	if (!have_body && body_before(sc, sc->lo + m->start, m->issuer_name, sizeof m->issuer_name,
				      &told)) {
		m->issuer_from_context = CITE_ISSUER_TOLD;
		if (!m->date.year && told.year)
			m->date = told;
	}
	/* a citation whose body is named ("Căn cứ Điều 6 Quy định 338-QĐ/TW
	 * năm 2025 về … do Ban Chấp hành Trung ương ban hành") gives the title */
	if (have_body)
		m->subject_of_article = 0;
	/* A body that is not the number's: the mention names another text
	 * (03/2025/TT-BYT "ngày 15 tháng 9 năm 2025 của Văn phòng Chính phủ
	 * hướng dẫn thi hành … Nghị định số 118/2025/NĐ-CP", the Government
	 * Office's 03/2025/TT-VPCP): its date and subject are that text's, as
	 * a misnamed type's are, and vote for neither. */
	int how = m->issuer_from_context;
	int fits = m->issuer_from_context ? body_fits_number(m) : 1;
	if (fits < 1) {
		m->issuer_name[0] = '\0';
		m->issuer_from_context = 0;
	}
	/* Only a body read with the number ("… ngày … của <body>"): "Nghị
	 * quyết 136/2024/QH15 về … do Chính phủ ban hành" tells who issued
	 * the text the line is the title of. */
	if (fits < 0 && how != CITE_ISSUER_TOLD) {
		memset(&m->date, 0, sizeof m->date);
		m->subject[0] = '\0';
	}
}

/* A line that is no part of running text: a blank one (of spaces), a heading or a letterhead line in
 * capitals ("LUẬT BẢO HIỂM XÃ HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), the
 * slogan under the motto, a page number or a rule ("10", "_____"), the
 * gazette's running head and a signature stamp ("CÔNG BÁO/Số 290/…", "Ký
 * bởi: …", "Cơ quan: …", "Ngày ký: …"). A sentence never runs across one.
 * Without headings, the page's marks only: not a line in capitals nor the
 * slogan. */
static int furniture_line(const char *ls, const char *le, int headings)
{
	static const char *const stamps[] = { "ky boi", "co quan", "ngay ky", "cong bao" };
	const char *t = cite_skip_soft(ls, le);
	while (t < le && *t == '#')
		t = cite_skip_soft(t + 1, le);
	if (t >= le)
		return 1; /* a blank line, spaces and all: a paragraph ends */
	for (size_t i = 0; i < N_ELEMS(stamps); i++) {
		const char *e = cite_match_name(t, le, stamps[i]);
		e = e ? cite_skip_soft(e, le) : NULL;
		/* Its colon (or the head's slash), or nothing after it (a
		 * table's heading, "Cơ quan\nchủ trì"), makes it one: a
		 * hard-wrapped sentence's next line may open with "cơ quan
		 * nhà nước" (1,500 lines of the six folders do). */
		if (e && (e >= le || *e == ':' || *e == '/'))
			return 1;
	}
	/* "Độc lập - Tự do - Hạnh phúc" (cite_motto folds through ICU: asked
	 * only of a short line that may be it). */
	size_t n0;
	if (headings && le - t < 80 && text_vn_fold(text_utf8_at(t, le, &n0)) == 'd' &&
	    cite_motto(t, (size_t)(le - t)) == CITE_MOTTO_SLOGAN)
		return 1;
	int upper = 0, digits = 0, rule = 0, other = 0;
	for (const char *p = t; p < le;) {
		size_t n;
		unsigned cp = text_utf8_at(p, le, &n);
		if (text_vn_is_lower(cp))
			return 0;
		if (text_vn_is_upper(cp))
			upper++;
		else if (cp >= '0' && cp <= '9')
			digits++;
		else if (cp == '_' || cp == '-' || cp == '=' || cp == '*' || cp == '.')
			rule++;
		else if (cp != ' ' && cp != '\t' && cp != '\r')
			other++;
		p += n;
	}
	/* Capitals only (a line holding "QH15;" is the end of a hard-wrapped
	 * sentence), a page number, a rule. */
	return (headings && upper >= 6) || (!upper && !other && (digits ? !rule : rule > 2));
}

/* A line that opens a new item: a preamble's "Căn cứ …", "Theo đề nghị …",
 * "Xét …", a list's bullet or counter ("-",
 * "+", "a)", "1.", "2)"). A hard-wrapped sentence never starts one. */
static int item_line(const char *ls, const char *le)
{
	/* Not "Điều 5": hard-wrapped text often breaks "khoản 1\nĐiều 5". */
	static const char *const openers[] = { "căn cứ", "theo đề nghị", "xét" };
	const char *t = cite_skip_soft(ls, le);
	if (t >= le)
		return 0;
	if ((*t == '-' || *t == '+') && t + 1 < le && t[1] == ' ')
		return 1;
	if (t + 2 < le && (unsigned char)t[0] == 0xE2 && (unsigned char)t[1] == 0x80 &&
	    (unsigned char)t[2] == 0xA2)
		return 1; /* • */
	const char *d = t;
	while (d < le && cite_is_digit(*d) && d - t < 3)
		d++;
	if (d == t && d < le && *d >= 'a' && *d <= 'z')
		d++;
	if (d > t && d + 1 < le && (*d == '.' || *d == ')') && d[1] == ' ')
		return 1;
	for (size_t i = 0; i < N_ELEMS(openers); i++) {
		const char *e = cite_match_word(t, le, openers[i], 1);
		if (e && cite_capital_at(t, le))
			return 1;
	}
	return 0;
}

/* Characters of [ls, le), trailing space left out. */
static size_t line_chars(const char *ls, const char *le)
{
	while (le > ls && (le[-1] == ' ' || le[-1] == '\r' || le[-1] == '\t'))
		le--;
	size_t n = 0;
	for (const char *p = ls; p < le; p++)
		n += ((unsigned char)*p & 0xC0) != 0x80;
	return n;
}

/* Lines of a hard-wrapped paragraph this much shorter than its longest end
 * it, when the next starts with a capital: a Gazette table's text cell
 * ends there and the next cell ("Bộ Khoa học và", "2026 - 2030") begins,
 * printed one under the other. A line wrapped mid-sentence ("… của Bộ",
 * then "Chính trị …") fills most of the width. */
#define WRAP_WIDTH_MIN 40

static int cell_ends(const char *ls, const char *le, size_t widest, const char *next,
		     const char *end)
{
	size_t w = line_chars(ls, le);
	const char *t = le;
	while (t > ls && (t[-1] == ' ' || t[-1] == '\r' || t[-1] == '\t'))
		t--;
	if (widest < WRAP_WIDTH_MIN || w * 2 >= widest || t == ls || t[-1] == ',' || t[-1] == '-')
		return 0;
	next = cite_skip_soft(next, end);
	return next < end && cite_capital_at(next, end);
}

/* A line furniture only by its capitals (furniture_line with headings,
 * not without): a heading's or a letterhead's line. */
static int in_capitals(const char *ls, const char *le)
{
	return furniture_line(ls, le, 1) && !furniture_line(ls, le, 0);
}

/* A line in capitals that is no other furniture (no blank line, stamp,
 * page number, rule or motto): a heading's line. after: the line follows
 * the citation's (else it precedes it); a Markdown heading ("## …") or a
 * line in bold marks of its own ("**BỘ TRƯỞNG BỘ Y TẾ**": opening them
 * after, closing them before) is a heading of its own, not a wrapped one. */
static int capitals_line(const char *ls, const char *le, int after)
{
	if (!in_capitals(ls, le))
		return 0;
	const char *t = ls, *u = le;
	while (t < u && (*t == ' ' || *t == '\t'))
		t++;
	while (u > t && (u[-1] == ' ' || u[-1] == '\r' || u[-1] == '\t'))
		u--;
	if (t < le && *t == '#')
		return 0;
	if (after ? u - t > 2 && t[0] == '*' && t[1] == '*' : u - t > 2 && u[-1] == '*' && u[-2] == '*')
		return 0;
	t = cite_skip_soft(t, le);
	u = cite_skip_soft_back(t, u);
	size_t n0;
	if (le - t < 80 && text_vn_fold(text_utf8_at(t, le, &n0)) == 'd' &&
	    cite_motto(t, (size_t)(le - t)) == CITE_MOTTO_SLOGAN)
		return 0;
	/* The type's heading alone ("QUYẾT ĐỊNH" above "BÃI BỎ QUYẾT ĐỊNH SỐ
	 * …"): the title under it opens the sentence. */
	if (u > t && u - t < 40) {
		char line[40];
		memcpy(line, t, (size_t)(u - t));
		line[u - t] = '\0';
		if (cite_type_name_for(line))
			return 0;
	}
	return 1;
}

/* The sentence around [s, e): back to a full stop, a clause's ';', a blank
 * line, a table cell, a line of page furniture or the start of an item,
 * forward to the next; at most about 1 KB each way. A citation in a
 * heading in capitals wrapped over lines ("… TRONG LĨNH VỰC THIẾT BỊ Y" /
 * "TẾ QUY ĐỊNH TẠI THÔNG TƯ SỐ 44/2025/TT-BYT …") has the heading's other
 * lines in capitals for its sentence: they are no page furniture to it. */
void cite_sentence_bounds(const char *lo, const char *end, const char *s, const char *e,
			  struct cite_mention *m)
{
	const char *hs = s, *he = e;
	while (hs > lo && hs[-1] != '\n')
		hs--;
	while (he < end && *he != '\n')
		he++;
	int heading = in_capitals(hs, he);
	const char *a = s;
	while (a > lo && s - a < 1000) {
		char c = a[-1];
		if (c == '|' || c == '#' || c == '!' || c == '?')
			break;
		if ((c == '.' || c == ';') && !(a - 1 > lo && cite_is_digit(a[-2]) && cite_is_digit(*a)) &&
		    (*a == ' ' || *a == '\n' || *a == '\r' || *a == '*' || *a == '"'))
			break;
		if (c == '\n') {
			if (a - 1 > lo && (a[-2] == '\n' || (a[-2] == '\r' && a - 2 > lo && a[-3] == '\n')))
				break;
			const char *ls = a - 1;
			while (ls > lo && ls[-1] != '\n')
				ls--;
			const char *le = a;
			while (le < s && *le != '\n')
				le++;
			if ((furniture_line(ls, a - 1, 1) && !(heading && capitals_line(ls, a - 1, 0))) ||
			    item_line(a, le))
				break;
		}
		a--;
	}
	a = cite_skip_soft(a, s);
	/* The widest line of the sentence so far, from the one it starts in. */
	const char *line = a;
	while (line > lo && line[-1] != '\n')
		line--;
	size_t widest = 0;
	for (const char *p = line; p < e; p++)
		if (*p == '\n') {
			size_t w = line_chars(line, p);
			widest = w > widest ? w : widest;
			line = p + 1;
		}
	const char *b = e;
	while (b < end && b - e < 1000) {
		char c = *b;
		if (c == '|' || c == '#')
			break;
		if ((c == '.' || c == '!' || c == '?' || c == ';') &&
		    (b + 1 >= end || b[1] == ' ' || b[1] == '\n' || b[1] == '\r' || b[1] == '*' || b[1] == '"') &&
		    !(c == '.' && b > lo && cite_is_digit(b[-1]) && b + 1 < end && cite_is_digit(b[1]))) {
			b++;
			break;
		}
		if (c == '\n') {
			if (b + 1 < end && (b[1] == '\n' || b[1] == '\r'))
				break;
			size_t w = line_chars(line, b);
			widest = w > widest ? w : widest;
			if (cell_ends(line, b, widest, b + 1, end))
				break;
			line = b + 1;
			const char *le = b + 1;
			while (le < end && *le != '\n')
				le++;
			if ((furniture_line(b + 1, le, 1) && !(heading && capitals_line(b + 1, le, 1))) ||
			    item_line(b + 1, le))
				break;
		}
		/* "… được sửa đổi, bổ sung bởi: 1. …": a list's counter. */
		if (c == ':' && item_line(b + 1, b + 1 + (end - b - 1 < 8 ? end - b - 1 : 8))) {
			b++;
			break;
		}
		b++;
	}
	while (b > e && (b[-1] == ' ' || b[-1] == '\n' || b[-1] == '\r' || b[-1] == '\t'))
		b--;
	m->sentence_start = (size_t)(a - lo);
	m->sentence_end = (size_t)(b - lo);
}

/* ---- scope: the articles and clauses a relation names -------------------- */

size_t cite_scope(const char *s, size_t len, char *out, size_t cap)
{
	const char *p = s, *end = s + len;
	struct buf b = BUF_INIT;
	int open = 0; /* inside a run of units and numbers */
	while (p < end) {
		p = cite_skip_soft(p, end);
		if (p >= end)
			break;
		const char *q = NULL;
		if ((q = cite_match_name(p, end, "mot so dieu")) != NULL ||
		    (q = cite_match_name(p, end, "mot so noi dung")) != NULL) {
			if (b.len)
				buf_adds(&b, ", ");
			buf_adds(&b, "một số điều");
			p = q;
			open = 0;
			continue;
		}
		size_t u = 0;
		for (; u < N_ELEMS(scope_units); u++)
			if ((q = cite_match_name(p, end, scope_units[u].folded)) != NULL)
				break;
		if (u < N_ELEMS(scope_units)) {
			const char *n = cite_skip_soft(q, end);
			const char *so = cite_match_name(n, end, "so");
			if (so) /* "Phụ lục số 01" */
				n = cite_skip_soft(so, end);
			const char *ne = n < end ? scope_number(n, end) : NULL;
			if (ne) {
				if (b.len)
					buf_adds(&b, open ? " " : ", ");
				buf_adds(&b, scope_units[u].written);
				buf_addc(&b, ' ');
				buf_add(&b, n, (size_t)(ne - n));
				open = 1;
				p = ne;
				continue;
			}
			if (open && strcmp(scope_units[u].folded, "phu luc") == 0) {
				/* "Mục V Phụ lục": a part of the one appendix */
				buf_addc(&b, ' ');
				buf_adds(&b, scope_units[u].written);
				p = q;
				continue;
			}
		}
		if (open && (*p == ',' || (q = cite_match_name(p, end, "va")) != NULL)) {
			/* "khoản 1, 2 Điều 3", "Điều 5 và Điều 6" */
			const char *after = cite_skip_soft(*p == ',' ? p + 1 : q, end);
			const char *ne = after < end ? scope_number(after, end) : NULL;
			if (ne && *p == ',') {
				buf_adds(&b, ", ");
				buf_add(&b, after, (size_t)(ne - after));
				p = ne;
				continue;
			}
			if (ne) {
				buf_adds(&b, " và ");
				buf_add(&b, after, (size_t)(ne - after));
				p = ne;
				continue;
			}
			p = after;
			open = 0;
			continue;
		}
		/* Any other word ends a run: "của", "các", the type's name. */
		open = 0;
		size_t n;
		const char *ws, *we;
		if (cite_next_word(p, end, &ws, &we))
			p = we;
		else
			p += (text_utf8_at(p, end, &n), n ? n : 1);
	}
	size_t o = 0;
	if (cap) {
		o = b.len < cap ? b.len : cap - 1;
		/* Too long for out: the items that fit whole, then "…" (a
		 * replaced annex list of eleven was "…, Phụ lục VIII, Phụ lục "). */
		static const char more[] = "…";
		if (o < b.len) {
			size_t keep = 0;
			/* Not after "khoản 2" of "khoản 2, khoản 3 Điều 23": an item
			 * of points or clauses without its article hangs on the
			 * next one's. */
			size_t item = 0;
			for (size_t i = 0; i + 2 <= b.len && i + 2 + sizeof more - 1 < cap; i++)
				if (b.p[i] == ',' && b.p[i + 1] == ' ') {
					const char *is = b.p + item, *ie = b.p + i;
					int part = cite_match_word(is, ie, "khoản", 1) || cite_match_word(is, ie, "điểm", 1);
					static const char art[] = "Điều";
					for (const char *q = is; part && q + sizeof art - 1 <= ie; q++)
						if (memcmp(q, art, sizeof art - 1) == 0)
							part = 0;
					if (!part)
						keep = i + 2;
					item = i + 2;
				}
			o = keep;
			if (o)
				memcpy(out + 0, b.p, o);
			if (o + sizeof more <= cap) {
				memcpy(out + o, more, sizeof more - 1);
				o += sizeof more - 1;
			}
		} else if (o) {
			memcpy(out, b.p, o);
		}
		out[o] = '\0';
	}
	buf_release(&b);
	return o;
}
