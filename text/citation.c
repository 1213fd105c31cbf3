/* citation.c — document numbers (số hiệu) and short references in a text
 * and what their context says (cite_scan), and a number as a user typed it
 * (cite_parse). The reader's parts are in cite_*.c, declared in text_int.h. */
#include <stdio.h>
#include <string.h>

#include "text/text.h"
#include "text/text_int.h"

/* ---- where a number may start and end ----------------------------------- */

/* A digit run glued to a letter, a decimal point, a dash or a slash is the
 * middle of something else: QH14, 1.250.000, 2020-2022, 8/2/2022. */
static int anchor_ok(const char *lo, const char *d)
{
	if (d == lo)
		return 1;
	unsigned char c = (unsigned char)d[-1];
	if (c < 0x80) {
		if ((c | 32) >= 'a' && (c | 32) <= 'z')
			return 0;
		/* "Số:57" yes; "QCVN 14:2024/BGTVT", "15:30" and "://" no. */
		if (c == ':')
			return d - lo < 2 || !(cite_is_digit(d[-2]) || d[-2] == '/');
		return !strchr("./,-_=&?#%+\\@~", c);
	}
	const char *s;
	unsigned cp = text_utf8_before(lo, d, &s);
	/* "số57" happens; a dash before digits is a range "2020–2025". */
	return cp != 0x2013 && cp != 0x2014;
}

static int hex_digit(char c)
{
	return cite_is_digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'f');
}

/* What follows a number or a short reference may not continue it. A
 * percent-encoded byte ("32/2018/TT-BL%C4%90TBXH", a link's query wrapped
 * onto a line of its own) is the rest of a URL: the number is cut there. */
static int end_ok(const char *p, const char *end)
{
	if (p >= end)
		return 1;
	if (*p == '%' && p + 2 < end && hex_digit(p[1]) && hex_digit(p[2]))
		return 0;
	size_t n;
	unsigned cp = text_utf8_at(p, end, &n);
	if (text_vn_is_word(cp))
		return 0;
	if ((*p == '.' || *p == ',') && p + 1 < end && cite_is_digit(p[1]))
		return 0;
	return 1;
}

/* Inside a URL every number is part of a path: .../nghi-quyet-57-nq-tw.htm. */
static int in_url(const char *lo, const char *d)
{
	const char *s = d;
	while (s > lo && d - s < 400 && s[-1] != ' ' && s[-1] != '\n' && s[-1] != '\t' &&
	       s[-1] != '(' && s[-1] != '<' && s[-1] != '"' && s[-1] != '[')
		s--;
	/* A link's query wrapped before its value: "…/vbpq-\ntoanvan.aspx?
	 * ItemID=46822&Keyword=\n74/2014/QH13" in a table's cell. */
	if (s > lo && s[-1] == '\n' && cite_skip_soft(s, d) == d) {
		const char *e = s - 1, *b;
		while (e > lo && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
			e--;
		for (b = e; b > lo && b[-1] != '\n' && b[-1] != ' '; b--)
			;
		if (e > b && e[-1] == '=' && (b == lo || b[-1] == '\n') && memchr(b, '?', (size_t)(e - b)))
			return 1;
	}
	for (const char *q = s; q + 3 <= d; q++) {
		if ((q[0] == ':' && q[1] == '/' && q[2] == '/') ||
		    ((q[0] | 32) == 'w' && (q[1] | 32) == 'w' && (q[2] | 32) == 'w' && q + 3 < d &&
		     q[3] == '.'))
			return 1;
		if (q[0] == '.' && (q[1] | 32) == 'v' && (q[2] | 32) == 'n' && q + 3 < d && q[3] == '/')
			return 1;
	}
	return 0;
}

/* "Mẫu số 01/BHYT-QĐ", "mẫu 02/TP-TTTM": a form's code, not a document. */
static int form_before(const char *lo, const char *d)
{
	const char *q = cite_skip_soft_back(lo, d);
	const char *ws = cite_word_start_back(lo, q);
	if (ws < q && cite_match_name(ws, q, "so") == q) {
		q = cite_skip_soft_back(lo, ws);
		ws = cite_word_start_back(lo, q);
	}
	return ws < q && cite_match_name(ws, q, "mau") == q;
}

/* ---- mentions ------------------------------------------------------------------ */

/* Types the legislature's numbers (NUM/YYYY/QH14, UBTVQH14) may name: its
 * laws, codes and ordinances, its resolutions, and the President's orders. */
static int law_type(int row)
{
	static const char *const codes[] = { "NQ", "NQLT", "PL", "L", "LCT" };
	if (row < 0)
		return 1; /* Luật, Bộ luật */
	for (size_t i = 0; i < N_ELEMS(codes); i++)
		if (strcmp(cite_tab_types[row].code, codes[i]) == 0)
			return 1;
	return 0;
}

/* Whether the type written before a number (row t, named written) and
 * the one its code names (coded) can be one document's: one name within
 * the other ("Thông tư số 23/2005/TTLT-…", "Thông báo kết luận số
 * 02-KL/BCĐTW"), or the word is a công văn, the letter that carries any
 * document ("Công văn số 7886/HD-BNV"). A dash-shaped number of a body not
 * the Party's is of the 1990s State ("Thông tư số 89-TC/TCT": TC is the
 * Ministry of Finance's, not a type), its code no type to hold the word to. */
static int types_agree(int t, const char *written, const char *coded, const struct cite_parsed *pp)
{
	if (strcmp(cite_tab_types[t].code, "CV") == 0 || !coded)
		return 1;
	if (pp->num.kind == CITE_PARTY &&
	    (pp->iss_row < 0 || cite_tab_issuers[pp->iss_row].kind != CITE_TAB_PARTY))
		return 1;
	struct buf a = BUF_INIT, b = BUF_INIT;
	text_fold_key(written, strlen(written), &a);
	text_fold_key(coded, strlen(coded), &b);
	int agree = !a.len || !b.len || strstr(a.p, b.p) || strstr(b.p, a.p);
	buf_release(&a);
	buf_release(&b);
	return agree;
}

/* The name before the number when it fits the number's type ("Quy định số
 * 57-QĐ/TW", a law's "Bộ luật Lao động số 45/2019/QH14", whose name is
 * also its subject), else the table's name for the type and kind.
 * *misnamed: 1 when the name before it is another type's than its code
 * says ("Chỉ thị số 49-NQ/TW", congbao 100/NQ-CP, for 49-CT/TW): one of
 * the two is a misprint, and what the context says is about the document
 * meant, which may be another. */
static const char *mention_type_name(const struct cite_reader *sc, const char *d, const struct cite_parsed *pp,
				     char *law_subject, size_t cap, int *misnamed, int *guessed)
{
	*misnamed = 0;
	*guessed = 0;
	const char *q = cite_skip_soft_back(sc->lo, d);
	if (q > sc->lo && q[-1] == ':')
		q = cite_skip_soft_back(sc->lo, q - 1);
	const char *ws = cite_word_start_back(sc->lo, q);
	if (ws < q && cite_match_name(ws, q, "so") == q)
		q = cite_skip_soft_back(sc->lo, ws);
	const struct cite_number *n = &pp->num;
	const char *start;
	int i = cite_type_name_before(sc->nm, sc->lo, q, &start);
	/* "Nghị quyết số 190/2025/QH15" names its type; else the law's name
	 * may run back to its head word. */
	int named = i >= 0 && !sc->nm->v[i].is_code && law_type(sc->nm->v[i].type);
	if (n->kind == CITE_LAW && !named) {
		const char *head = cite_law_name_before(sc, q, law_subject, cap);
		if (head)
			return head;
	}
	/* An ordinance is named as a law is: "Pháp lệnh Ngoại hối số
	 * 28/2005/PL-UBTVQH11" has Ngoại hối as its subject. */
	if (pp->typ_row >= 0 && i < 0 && strcmp(cite_tab_types[pp->typ_row].state_name, "Pháp lệnh") == 0) {
		const char *head = cite_law_name_before(sc, q, law_subject, cap);
		if (head && strcmp(head, "Pháp lệnh") == 0)
			return cite_type_row_name(pp->typ_row, n->kind);
		law_subject[0] = '\0';
	}
	if (i >= 0 && !sc->nm->v[i].is_code) {
		int t = sc->nm->v[i].type;
		if (pp->typ_row >= 0 && t == pp->typ_row)
			return sc->nm->v[i].name;
		if (pp->typ_row < 0 && n->kind == CITE_CONG_VAN)
			return sc->nm->v[i].name;
		/* "… theo hợp đồng số 69/2020/QH14" ends a law's name. */
		if (pp->typ_row < 0 && n->kind == CITE_LAW && law_type(t))
			return sc->nm->v[i].name;
	}
	/* "trình QH NQ 193/2025/QH15": a type's code before a law's number. */
	if (i >= 0 && sc->nm->v[i].is_code && pp->typ_row < 0 && n->kind == CITE_LAW &&
	    law_type(sc->nm->v[i].type))
		return cite_type_row_name(sc->nm->v[i].type, CITE_LAW);
	/* A law of 1989-94 carries the number of the order that promulgated
	 * it (35-L/CTN, 21-LCT/HĐNN8): the word before names what it is
	 * ("Luật", "Pháp lệnh"), and the number alone names no type. */
	if (n->kind == CITE_PARTY && pp->typ_row >= 0 &&
	    strcmp(cite_tab_types[pp->typ_row].state_name, "Lệnh") == 0)
		return i >= 0 && !sc->nm->v[i].is_code ? sc->nm->v[i].name : NULL;
	if (pp->typ_row >= 0) {
		const char *coded = cite_type_row_name(pp->typ_row, n->kind);
		*misnamed = i >= 0 && !sc->nm->v[i].is_code && sc->nm->v[i].type >= 0 &&
			    !types_agree(sc->nm->v[i].type, sc->nm->v[i].name, coded, pp);
		return coded;
	}
	if (n->kind == CITE_LAW) {
		/* No type written: a guess (cite_type_guess), which a letterhead
		 * without its heading keeps as unsure; a mention drops it. */
		*guessed = 1;
		return cite_type_guess("", CITE_LAW, n->issuer);
	}
	if (n->kind == CITE_CONG_VAN)
		return cite_type_name("CV", CITE_CONG_VAN);
	return NULL;
}

/* The code table's name when the text names no body and the code names one
 * (or, when the number carries no body's code, the type implies one).
 * A joint number's codes name all its bodies: "… số 17/2014/TTLT-BLĐTBXH-BTC
 * của Bộ trưởng Bộ Lao động …" names one of them, and the number names
 * both (its letterhead has read them already). */
static void issuer_from_table(struct cite_mention *m, const struct cite_parsed *pp)
{
	if (pp->issuers > 1 && !(m->letterhead & CITE_OWN_TEXT)) {
		char joint[sizeof m->issuer_name];
		if (cite_joint_names(&m->num, joint, sizeof joint))
			memcpy(m->issuer_name, joint, sizeof joint);
		return;
	}
	if (m->issuer_name[0])
		return;
	const char *names = NULL;
	if (pp->issuers == 1 && pp->iss_row >= 0)
		names = cite_tab_issuers[pp->iss_row].names;
	else if (!pp->issuers) {
		/* No body in the number: the one its type implies (a law of
		 * 1957, 103-SL/L.005 under "LUẬT"; a precedent, 63/2023/AL). */
		const char *code = cite_type_body(m->type_name, pp->typ_row);
		names = code ? cite_issuer_names(code) : NULL;
		/* A letterhead that read its type heading with confidence
		 * names the body as surely as its type. */
		if (names && (m->letterhead & CITE_OWN_TEXT) && !(m->letterhead & CITE_UNSURE_TYPE))
			m->letterhead &= ~CITE_UNSURE_ISSUER;
	}
	if (names && cite_single_name(names)) {
		cite_set_field(m->issuer_name, sizeof m->issuer_name, names);
		m->issuer_from_context = 0;
	}
}

static void mention_init(struct cite_mention *m)
{
	memset(m, 0, sizeof *m);
}

/* The type a short reference names: "Quy định" names QyĐ for the State
 * and QĐ for the Party, and short references to a Quy định are the Party's. */
static int short_type(const struct cite_names *nm, int i)
{
	for (size_t k = 0; k < nm->n; k++)
		if (!nm->v[k].is_code && strcmp(nm->v[k].folded, nm->v[i].folded) == 0 &&
		    (nm->v[k].scope & CITE_TAB_IN_PARTY))
			return nm->v[k].type;
	return nm->v[i].type;
}

/* "Quy định 57", "Quy định số 57", "NĐ 89/2021", "Luật số 59/2020": a type
 * word (capitalised, or followed by "số") right before a number that is not
 * a year, a date or an amount. */
static const char *parse_short(const struct cite_reader *sc, const char *d, struct cite_mention *m)
{
	const char *lo = sc->lo, *end = sc->end;
	const char *p = d;
	while (p < end && cite_is_digit(*p))
		p++;
	size_t nd = (size_t)(p - d);
	if (nd > 5)
		return NULL;
	int year = 0;
	if (p < end && *p == '/') {
		if (!cite_year_at(p + 1, end, &year))
			return NULL;
		p += 5;
		if (p < end && (*p == '/' || *p == '-'))
			return NULL;
	}
	if (!end_ok(p, end) || (p < end && (*p == '%' || *p == '/' || cite_dash_at(p, end))))
		return NULL;
	/* Back over "số" to the type word. */
	const char *q = cite_skip_soft_back(lo, d);
	if (q == d && d > lo)
		return NULL; /* glued to something */
	int has_so = 0;
	const char *ws = cite_word_start_back(lo, q);
	if (ws < q && cite_match_name(ws, q, "so") == q) {
		has_so = 1;
		q = cite_skip_soft_back(lo, ws);
	}
	const char *start;
	int i = cite_type_name_before(sc->nm, lo, q, &start);
	if (i < 0 || (sc->nm->v[i].type >= 0 && !cite_tab_types[sc->nm->v[i].type].short_refs))
		return NULL; /* "Dự án 1", "Báo cáo 6 tháng" */
	size_t n;
	if (!has_so && !text_vn_is_upper(text_utf8_at(start, end, &n)))
		return NULL;
	if (memchr(q, '|', (size_t)(d - q)))
		return NULL; /* a table's type column beside its number column */
	int v = 0;
	for (const char *x = d; x < d + nd; x++)
		v = v * 10 + (*x - '0');
	if (!has_so && !year && nd == 4 && v >= 1900 && v <= 2099)
		return NULL; /* "Kế hoạch 2025" is a year */
	int t = sc->nm->v[i].type;
	if (t < 0 && !has_so && !year)
		return NULL; /* "Luật 2024" */
	m->num.kind = CITE_SHORT;
	memcpy(m->num.number, d, nd);
	m->num.number[nd] = '\0';
	m->num.year = year;
	if (t >= 0) {
		t = short_type(sc->nm, i);
		cite_set_field(m->num.type, sizeof m->num.type, cite_tab_types[t].code);
		m->type_name = sc->nm->v[i].is_code ? cite_type_row_name(t, CITE_QPPL) : sc->nm->v[i].name;
	} else {
		cite_set_field(m->num.issuer, sizeof m->num.issuer, "QH");
		m->type_name = sc->nm->v[i].name;
	}
	m->num.type_name = m->type_name;
	return p;
}

size_t cite_scan(const char *text, size_t len, cite_fn fn, void *ctx)
{
	struct cite_reader sc;
	sc.lo = text;
	sc.end = text + len;
	sc.nm = cite_names_get();
	size_t count = 0;
	const char *p = text, *end = text + len;
	/* The letterhead last read and where its title ends: an old heading
	 * restates the number ("LUẬT / SỐ 35-L/CTN NGÀY 22/06/1994 CỦA QUỐC
	 * HỘI VỀ …"), which is no mention of it. */
	char own[CITE_MAX] = "";
	const char *own_end = text;
	while (p < end) {
		while (p < end && (unsigned char)(*p - '0') > 9)
			p++;
		if (p >= end)
			break;
		const char *d = p;
		while (p < end && cite_is_digit(*p))
			p++;
		if (!anchor_ok(text, d))
			continue;
		struct cite_mention m;
		struct cite_parsed pp;
		const char *e = cite_parse_number(d, end, 0, &pp);
		if (e && ((!pp.glued && !end_ok(e, end)) || in_url(text, d) || form_before(text, d)))
			e = NULL;
		mention_init(&m);
		if (e && d < own_end && strcmp(pp.num.canonical, own) == 0) {
			p = e;
			continue;
		}
		if (e) {
			m.num = pp.num;
			const char *so_word = d;
			int lh = cite_letterhead_at(&sc, d, &so_word);
			char law_subject[sizeof m.subject];
			law_subject[0] = '\0';
			int misnamed, guessed;
			m.type_name = mention_type_name(&sc, d, &pp, law_subject, sizeof law_subject,
							&misnamed, &guessed);
			if (lh == CITE_LH_TVPL) {
				cite_read_tvpl(&sc, d, e, &m);
			} else if (lh == CITE_LH_SO && cite_read_letterhead(&sc, so_word, d, e, &m, &own_end)) {
				memcpy(own, m.num.canonical, sizeof own);
			} else {
				/* "Số 74/2014/QH13" in a table's row is a mention. */
				m.start = (size_t)(d - text);
				cite_read_after(&sc, e, &m);
				cite_sentence_bounds(text, end, d, e, &m);
				if (law_subject[0] && !m.subject[0])
					memcpy(m.subject, law_subject, sizeof m.subject);
				/* "các Nghị quyết của Quốc hội: số 55/2010/QH12",
				 * "Resolution No. 107/2023/QH15": a QH number with no
				 * type written before it says no type (55/2010/QH12 is
				 * a law and a resolution). */
				if (guessed)
					m.type_name = NULL;
				/* Misnamed: its body, date and subject are the
				 * document meant's; they vote for neither. */
				if (misnamed) {
					m.issuer_name[0] = '\0';
					m.issuer_from_context = 0;
					memset(&m.date, 0, sizeof m.date);
					m.subject[0] = '\0';
				}
			}
			issuer_from_table(&m, &pp);
			/* A number's year is its issue date's: a date of another
			 * year is a misprint or another day ("Nghị định 58/2022/NĐ-CP
			 * ngày 31/8/2002", an effective date), no issue date. */
			if (m.num.year > 0 && m.date.year > 0 && m.date.year != m.num.year)
				memset(&m.date, 0, sizeof m.date);
		} else {
			e = parse_short(&sc, d, &m);
			if (!e || in_url(text, d))
				continue;
			m.start = (size_t)(d - text);
			cite_read_after(&sc, e, &m);
			cite_sentence_bounds(text, end, d, e, &m);
		}
		m.start = (size_t)(d - text);
		m.end = (size_t)(e - text);
		p = e;
		count++;
		if (fn && fn(&m, ctx))
			break;
	}
	return count;
}

/* A user's short reference: the number (and "/year") after the type word
 * nm->v[word], at p, up to the end. */
static int parse_typed_short(const struct cite_names *nm, int word, const char *p, const char *end,
			     struct cite_number *out)
{
	const char *d = p;
	while (p < end && cite_is_digit(*p))
		p++;
	size_t nd = (size_t)(p - d);
	if (nd == 0 || nd >= sizeof out->number)
		return 0;
	int year = 0;
	if (p < end && *p == '/') {
		if (!cite_year_at(p + 1, end, &year))
			return 0;
		p += 5;
	} else {
		/* "Nghị định 145 năm 2020", as people write a year after it. */
		const char *y = cite_match_name(cite_skip_soft(p, end), end, "nam");
		if (y) {
			y = cite_skip_soft(y, end);
			if (!cite_year_at(y, end, &year))
				return 0;
			p = y + 4;
		}
	}
	if (cite_skip_soft(p, end) != end)
		return 0;
	memset(out, 0, sizeof *out);
	out->kind = CITE_SHORT;
	memcpy(out->number, d, nd);
	out->year = year;
	int t = nm->v[word].type;
	if (t >= 0) {
		t = short_type(nm, word);
		cite_set_field(out->type, sizeof out->type, cite_tab_types[t].code);
		out->type_name = nm->v[word].is_code ? cite_type_row_name(t, CITE_QPPL) : nm->v[word].name;
	} else {
		cite_set_field(out->issuer, sizeof out->issuer, "QH");
		out->type_name = nm->v[word].name;
	}
	return 1;
}


/* "NQ 57/TW", "nghị quyết 57-TW", "QĐ 57/TW": a Party number typed with
 * its type before it and only its issuer after, read as the number its
 * type and issuer make (57-NQ/TW). Its end in p's text, or NULL: "57/TW"
 * alone, a State body after ("Công văn 57/UBND"), not. */
static const char *party_typed_apart(const struct cite_names *nm, int word, const char *p,
				     const char *end, struct cite_parsed *pp)
{
	if (word < 0 || nm->v[word].type < 0)
		return NULL;
	const char *code = cite_tab_types[short_type(nm, word)].code;
	const char *d = p;
	while (p < end && cite_is_digit(*p))
		p++;
	size_t nd = (size_t)(p - d);
	if (!nd || nd > 5 || p + 1 >= end || (*p != '/' && *p != '-'))
		return NULL;
	char buf[CITE_MAX];
	int n = snprintf(buf, sizeof buf, "%.*s-%s/%.*s", (int)nd, d, code, (int)(end - p - 1), p + 1);
	if (n < 0 || (size_t)n >= sizeof buf)
		return NULL;
	const char *e = cite_parse_number(buf, buf + n, 1, pp);
	size_t tail = nd + strlen(code) + 2; /* where p + 1 stands in buf */
	if (!e || e < buf + tail || pp->num.kind != CITE_PARTY || pp->iss_row < 0 ||
	    cite_tab_issuers[pp->iss_row].kind != CITE_TAB_PARTY)
		return NULL;
	return p + 1 + (e - (buf + tail));
}

int cite_parse(const char *s, size_t len, struct cite_number *out)
{
	const char *end = s + len;
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r' ||
			   end[-1] == '.' || end[-1] == ',' || end[-1] == ';'))
		end--;
	const char *p = cite_skip_soft(s, end);
	const struct cite_names *nm = cite_names_get();
	/* An optional type word ("quy dinh", "NĐ", "Luật số"), as typed. */
	int word = -1;
	const char *after = p;
	for (size_t i = 0; i < nm->n; i++) {
		const char *e = cite_match_name(p, end, nm->v[i].name);
		if (e && e > after && (e >= end || !cite_is_digit(*e))) {
			after = e;
			word = (int)i;
		}
	}
	if (word < 0) {
		/* Codes typed in lower case: "nd 89/2021", "qd 57". */
		struct cite_code c;
		if (cite_read_code(p, end, CITE_WANT_TYPE, 1, &c) && c.typ >= 0 && !c.digits &&
		    cite_skip_soft(c.end, end) > c.end) {
			for (size_t i = 0; i < nm->n; i++)
				if (nm->v[i].is_code && nm->v[i].type == c.typ)
					word = (int)i;
			if (word >= 0)
				after = c.end;
		}
	}
	if (word < 0) {
		/* A code glued to its number ("NQ57", "nđ145"), as users type
		 * "NQ 57": the letters before the first digit. */
		const char *le = p;
		size_t n;
		while (le < end && text_vn_is_letter(text_utf8_at(le, end, &n)))
			le += n;
		for (size_t i = 0; le > p && le < end && cite_is_digit(*le) && i < nm->n; i++)
			if (nm->v[i].is_code && cite_match_name(p, le, nm->v[i].name) == le) {
				word = (int)i;
				after = le;
			}
	}
	p = cite_skip_soft(after, end);
	const char *so = cite_match_name(p, end, "so");
	if (so && word >= 0)
		p = cite_skip_soft(so, end);
	if (p < end && *p == ':')
		p = cite_skip_soft(p + 1, end);
	if (p >= end || !cite_is_digit(*p))
		return 0;
	struct cite_parsed pp;
	const char *e = cite_parse_number(p, end, 1, &pp);
	/* "NQ 57/TW" (57/TW alone would be a Party công văn with no unit),
	 * "nq 57-tw". */
	struct cite_parsed pa;
	const char *ea;
	if ((!e || pp.num.kind == CITE_CONG_VAN) && (ea = party_typed_apart(nm, word, p, end, &pa))) {
		e = ea;
		pp = pa;
	}
	if (e && cite_skip_soft(e, end) == end) {
		*out = pp.num;
		return 1;
	}
	if (e) {
		/* Its date after it, as texts write it: "145/2020/NĐ-CP ngày
		 * 14/12/2020", ", ngày 14 tháng 12 năm 2020". */
		const char *r = cite_skip_soft(e, end);
		if (r < end && *r == ',')
			r = cite_skip_soft(r + 1, end);
		struct text_date d;
		size_t k = r < end ? text_date_parse(r, (size_t)(end - r), &d) : 0;
		if (k && cite_skip_soft(r + k, end) == end) {
			*out = pp.num;
			return 1;
		}
	}
	return word >= 0 && parse_typed_short(nm, word, p, end, out);
}


struct typed_scan {
	struct cite_number full, short_ref;
	int nfull, nshort;
};

static int typed_mention(const struct cite_mention *m, void *ctx)
{
	struct typed_scan *t = ctx;
	if (m->num.kind == CITE_SHORT) {
		t->short_ref = m->num;
		t->nshort++;
	} else if (!t->nfull || strcmp(t->full.canonical, m->num.canonical) != 0) {
		t->full = m->num;
		t->nfull++;
	}
	return t->nfull > 1;
}

/* Brackets and quotes around what was pasted: "(57 NQ/TW)". */
static int bracket_at(const char *p, const char *end, size_t *n)
{
	static const char *const marks[] = { "(", ")", "[", "]", "\"", "'", "\xe2\x80\x9c",
					     "\xe2\x80\x9d", "\xc2\xab", "\xc2\xbb" };
	for (size_t i = 0; i < N_ELEMS(marks); i++) {
		*n = strlen(marks[i]);
		if ((size_t)(end - p) >= *n && memcmp(p, marks[i], *n) == 0)
			return 1;
	}
	return 0;
}

static int parse_typed(const char *s, size_t len, struct cite_number *out);

int cite_parse_typed(const char *s, size_t len, struct cite_number *out)
{
	/* Pasted from a text whose "NĐ-CР" ends in a Cyrillic Р, or whose
	 * "NÐ-CP" has an eth. */
	struct buf t = BUF_INIT;
	if (!text_latin_lookalikes_copy(s, len, &t))
		return parse_typed(s, len, out);
	int rc = parse_typed(t.p, t.len, out);
	buf_release(&t);
	return rc;
}

static int parse_typed(const char *s, size_t len, struct cite_number *out)
{
	const char *a = s, *b = s + len;
	size_t n;
	for (;;) {
		a = cite_skip_soft(a, b);
		if (a < b && bracket_at(a, b, &n))
			a += n;
		else
			break;
	}
	for (;;) {
		while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\n' || b[-1] == '\r'))
			b--;
		int cut = 0;
		for (size_t k = 1; k <= 2 && !cut && (size_t)(b - a) >= k; k++)
			if (bracket_at(b - k, b, &n) && n == k)
				cut = (int)k;
		if (!cut && b - a >= 3 && bracket_at(b - 3, b, &n) && n == 3)
			cut = 3;
		if (!cut)
			break;
		b -= cut;
	}
	if (cite_parse(a, (size_t)(b - a), out))
		return 1;
	struct typed_scan t;
	memset(&t, 0, sizeof t);
	cite_scan(s, len, typed_mention, &t);
	if (t.nfull == 1)
		*out = t.full;
	else if (!t.nfull && t.nshort == 1)
		*out = t.short_ref;
	else
		return 0;
	return 1;
}
