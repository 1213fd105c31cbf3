/* relations.c — what a regulation's own text says it does to the numbers it cites:
 * replaces, repeals, amends, guides, consolidates, or takes as its grounds. */
#include "text/text.h"
#include "text/text_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const rel_names[] = {
	[TEXT_REL_NONE] = "",
	[TEXT_REL_REPLACES] = "replaces",
	[TEXT_REL_REPEALS] = "repeals",
	[TEXT_REL_AMENDS] = "amends",
	[TEXT_REL_GUIDES] = "guides",
	[TEXT_REL_CONSOLIDATES] = "consolidates",
	[TEXT_REL_BASED_ON] = "based-on",
	[TEXT_REL_SUSPENDS] = "suspends",
};

const char *text_relation_name(enum text_relation r)
{
	return (unsigned)r < N_ELEMS(rel_names) ? rel_names[r] : "";
}

enum text_relation text_relation_from_name(const char *s)
{
	for (unsigned i = 1; s && *s && i < N_ELEMS(rel_names); i++)
		if (strcmp(s, rel_names[i]) == 0)
			return (enum text_relation)i;
	return TEXT_REL_NONE;
}

int text_type_last_word(const char *w, size_t len)
{
	/* Thông tư, Nghị định, Quyết định, Luật, Pháp lệnh, Nghị quyết, Chỉ
	 * thị, Thông tri, Văn bản hợp nhất, Hiến pháp, Quy chế, Chương trình,
	 * Quy định: "này" after them is the text itself. */
	static const char *const tails[] = { "tu", "dinh", "luat", "lenh", "quyet", "thi", "tri",
					     "phap", "ban", "nhat", "che", "trinh" };
	for (size_t k = 0; k < N_ELEMS(tails); k++)
		if (strlen(tails[k]) == len && memcmp(w, tails[k], len) == 0)
			return 1;
	return 0;
}

/* ---- the sentence folded ---------------------------------------------------- */

/* Words before a mention looked at (folded bytes): a verb further back is
 * another clause's. */
#define WINDOW 600

/* s[0..len) folded to ASCII lower case, one space for soft space, with the
 * offset in s of each folded byte. */
struct folded {
	char f[WINDOW + 1];
	size_t at[WINDOW + 1];
	size_t n;
};

static void fold(const char *s, size_t len, struct folded *out)
{
	const char *p = s, *end = s + len;
	size_t o = 0;
	int space = 0;
	while (p < end && o + 2 < sizeof out->f) {
		size_t n;
		if (cite_soft_at(p, end, &n)) {
			space = o > 0;
			p += n;
			continue;
		}
		unsigned f = text_vn_fold(text_utf8_at(p, end, &n));
		if (f != 0) {
			if (space) {
				out->at[o] = (size_t)(p - s);
				out->f[o++] = ' ';
			}
			space = 0;
			out->at[o] = (size_t)(p - s);
			out->f[o++] = f < 0x80 ? (char)f : '?';
		}
		p += n;
	}
	out->f[o] = '\0';
	out->at[o] = (size_t)(p - s);
	out->n = o;
}

static int alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '?';
}

/* Whether w stands at f[i] as whole words. */
static int word_at(const char *f, size_t n, size_t i, const char *w)
{
	size_t wl = strlen(w);
	return i + wl <= n && memcmp(f + i, w, wl) == 0 && (i == 0 || !alnum(f[i - 1])) &&
	       (i + wl == n || !alnum(f[i + wl]));
}

/* The last (or first) place w stands as whole words in f[0..n), or -1. */
static long find_word(const char *f, size_t n, const char *w, int last)
{
	long found = -1;
	/* Only where w's first byte stands: every verb is sought in every
	 * sentence that cites, and a check at each byte was most of it. */
	for (const char *p = f; n && (p = memchr(p, w[0], n - (size_t)(p - f))) != NULL; p++)
		if (word_at(f, n, (size_t)(p - f), w)) {
			found = (long)(p - f);
			if (!last)
				break;
		}
	return found;
}

/* The word that ends before f[i] (spaces and commas skipped): [*ws, i'). */
static size_t word_before(const char *f, size_t i, size_t *ws)
{
	while (i > 0 && (f[i - 1] == ' ' || f[i - 1] == ','))
		i--;
	size_t e = i;
	while (i > 0 && alnum(f[i - 1]))
		i--;
	*ws = i;
	return e - i;
}

static int word_is(const char *f, size_t ws, size_t wl, const char *w)
{
	return strlen(w) == wl && memcmp(f + ws, w, wl) == 0;
}

/* Whether a quotation opened in [s, e) is still open at e: “…” or "…". */
static int in_quote(const char *s, const char *e)
{
	int open = 0, plain = 0;
	for (const char *p = s; p + 2 < e; p++)
		if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80)
			open += p[2] == (char)0x9C ? 1 : p[2] == (char)0x9D ? -1 : 0;
	for (const char *p = s; p < e; p++)
		plain += *p == '"';
	return open > 0 || plain % 2;
}

struct verb {
	const char *w;
	enum text_relation r;
};

static const struct verb verbs[] = {
	{ "thay the", TEXT_REL_REPLACES },
	{ "bai bo", TEXT_REL_REPEALS },
	{ "huy bo", TEXT_REL_REPEALS },
	{ "het hieu luc", TEXT_REL_REPEALS },
	{ "sua doi", TEXT_REL_AMENDS },
	{ "bo sung", TEXT_REL_AMENDS },
	{ "dinh chinh", TEXT_REL_AMENDS },
	{ "huong dan", TEXT_REL_GUIDES },
	{ "quy dinh chi tiet", TEXT_REL_GUIDES },
	/* before "ngưng hiệu lực", which it holds */
	{ "tam ngung hieu luc", TEXT_REL_SUSPENDS },
	{ "ngung hieu luc", TEXT_REL_SUSPENDS },
	{ "tam dinh chi thi hanh", TEXT_REL_SUSPENDS },
};

/* The last verb of the table in f[0..n): its index, *at where it stands. */
static int last_verb(const char *f, size_t n, size_t *at)
{
	int best = -1;
	long best_at = -1;
	for (size_t k = 0; k < N_ELEMS(verbs); k++) {
		long i = find_word(f, n, verbs[k].w, 1);
		/* "ngưng hiệu lực" inside "tạm ngưng hiệu lực" found before */
		if (best >= 0 && i > best_at && (size_t)i < (size_t)best_at + strlen(verbs[best].w))
			continue;
		if (i > best_at) {
			best_at = i;
			best = (int)k;
		}
	}
	if (best >= 0)
		*at = (size_t)best_at;
	return best;
}

/* A verb that names no act of this text: future ("sẽ thay thế"), passive
 * ("được thay thế bởi", "bị bãi bỏ"), denied or past ("đã hết hiệu lực"). */
static int not_an_act(const char *f, size_t at)
{
	static const char *const before[] = { "se", "duoc", "bi", "da", "dang", "chua", "khong",
					      "neu", "co the", "de", "theo" };
	size_t ws, wl = word_before(f, at, &ws);
	for (size_t k = 0; k < N_ELEMS(before); k++)
		if (word_is(f, ws, wl, before[k]))
			return 1;
	size_t ws2, wl2 = word_before(f, ws, &ws2);
	return wl2 && word_is(f, ws2, wl2, "co") && word_is(f, ws, wl, "the");
}

/* Where the sentence's own words start, past an article's heading or an
 * item's mark ("Điều 1.", "2.", "a)"). */
static size_t past_marks(const char *f, size_t n)
{
	size_t i = 0;
	for (int round = 0; round < 3; round++) {
		while (i < n && f[i] == ' ')
			i++;
		size_t j = i;
		if (word_at(f, n, j, "dieu"))
			j += 5;
		size_t d = j;
		while (j < n && j - d < 4 && alnum(f[j]))
			j++;
		if (j > d && j < n && (f[j] == '.' || f[j] == ')' || f[j] == ':') &&
		    (j + 1 == n || f[j + 1] == ' ')) {
			i = j + 1;
			continue;
		}
		break;
	}
	return i;
}

/* The verbs joined with this one ("sửa đổi, bổ sung", "bãi bỏ và thay thế"):
 * where the first starts. */
static size_t verb_group_start(const char *f, size_t n, size_t at)
{
	for (;;) {
		size_t i = at;
		while (i > 0 && f[i - 1] == ' ')
			i--;
		if (i > 0 && f[i - 1] == ',')
			i--;
		else if (i >= 2 && word_at(f, n, i - 2, "va"))
			i -= 2;
		else
			return at;
		while (i > 0 && f[i - 1] == ' ')
			i--;
		int moved = 0;
		for (size_t k = 0; k < N_ELEMS(verbs) && !moved; k++) {
			size_t wl = strlen(verbs[k].w);
			if (i >= wl && word_at(f, n, i - wl, verbs[k].w)) {
				at = i - wl;
				moved = 1;
			}
		}
		if (!moved)
			return at;
	}
}

static int holds_code(const char *f, size_t n);
static int last_verb(const char *f, size_t n, size_t *at);

/* Whether a text is cited in f[from..at) before any verb of an act: "…
 * có hiệu lực … cùng với … Nghị định số 37/2026/NĐ-CP … hướng dẫn …" (its
 * title's verb), not "… có hiệu lực …, thay thế Thông tư số A … và bãi
 * bỏ …" (a list of acts). */
static int cited_before_verb(const char *f, size_t from, size_t at)
{
	size_t code = at;
	for (size_t i = from; i < at && code == at; i++) {
		if (i > from && f[i - 1] != ' ')
			continue;
		size_t j = i;
		while (j < at && f[j] != ' ')
			j++;
		if (holds_code(f + i, j - i))
			code = i;
	}
	size_t v;
	return code < at && last_verb(f + from, code - from, &v) < 0;
}

/* Whether the verb at f[at] has this text for subject: nothing before it
 * but marks ("Bãi bỏ Điều 5 …"; not for named: "a) Hướng dẫn các cơ
 * quan …" is a task; nor when the window cut the sentence's start), or
 * "<type> này" shortly before ("Thông tư
 * này thay thế", "Nghị định này quy định chi tiết"). */
static int own_subject(const char *f, size_t n, size_t at, int named, int cut)
{
	size_t s = past_marks(f, n);
	if (s >= at)
		return !named && !cut;
	long nay = -1;
	for (size_t i = s; i < at; i++)
		if (word_at(f, n, i, "nay"))
			nay = (long)i;
	if (nay < 0)
		return 0;
	/* "<type> này", not "Điều này", "khoản này": an article's act. */
	size_t ws, wl = word_before(f, (size_t)nay, &ws);
	if (!text_type_last_word(f + ws, wl))
		return 0;
	/* At most a few words between "này" and the verb ("này được", no:
	 * that was refused already; "này quy định việc"). */
	unsigned words = 0;
	for (size_t i = (size_t)nay + 3; i < at; i++)
		if (f[i] == ' ')
			words++;
	if (words <= 3)
		return 1;
	/* "Nghị định này có hiệu lực … từ ngày … và thay thế …" */
	size_t vw, vl = word_before(f, at, &vw);
	size_t c = at;
	while (c > 0 && f[c - 1] == ' ')
		c--;
	long eff = find_word(f + nay, at - (size_t)nay, "co hieu luc", 0);
	/* "… có hiệu lực thi hành, trường hợp gói thầu … thì phải lập, sửa
	 * đổi … hồ sơ": another clause's subject, and a duty, not an act. */
	if (find_word(f + nay, at - (size_t)nay, "truong hop", 0) >= 0 ||
	    find_word(f + nay, at - (size_t)nay, "phai", 0) >= 0)
		return 0;
	/* "… có hiệu lực … cùng với … Điều 97 Nghị định số 37/2026/NĐ-CP …
	 * quy định chi tiết …, hướng dẫn thi hành Luật …": a text cited
	 * between is the verb's subject, its title's words. */
	if (eff >= 0 && cited_before_verb(f, (size_t)nay + (size_t)eff, at))
		return 0;
	return eff >= 0 && (word_is(f, vw, vl, "va") || (c > 0 && f[c - 1] == ','));
}

/* Words that say the act is on a part the scope does not number: "Bãi bỏ
 * thủ tục … quy định tại", "Thay thế Mẫu số 8 ban hành kèm theo". */
static int part_words(const char *f, size_t n)
{
	static const char *const part[] = { "tai", "kem theo", "cum tu", "mau", "bieu mau",
					    "thu tuc", "noi dung", "mot so", "mot phan", "quy dinh",
					    "che do", "quy trinh", "phu luc", "muc", "tieu muc",
					    "mot dieu", "mot so diem", "danh muc" };
	for (size_t k = 0; k < N_ELEMS(part); k++)
		for (size_t i = 0; i < n; i++) {
			if (!word_at(f, n, i, part[k]))
				continue;
			/* "Quy định số 270-QĐ/TW": the Party's type, not a part. */
			size_t e = i + strlen(part[k]);
			if (strcmp(part[k], "quy dinh") == 0 && (e == n || word_at(f, n, e + 1, "so")))
				continue;
			return 1;
		}
	return 0;
}

/* The scope of an act on the number that s[0..len) leads up to: "" when it
 * acts on the whole text (only its type's name between), the articles and
 * clauses named, else "một phần" (a part the words do not number: "Bãi bỏ
 * thủ tục … quy định tại Nghị định số …"). In a list ("Nghị định số A …
 * và Nghị định số B") only the words after the previous number count. */
static void read_scope(const char *s, size_t len, char *out, size_t cap)
{
	struct folded *f = xmalloc(sizeof *f);
	fold(s, len, f);
	size_t tail = 0, first = f->n;
	for (size_t i = 0; i < f->n; i++)
		if (f->f[i] == '/' && i > 0 && f->f[i - 1] >= '0' && f->f[i - 1] <= '9') {
			if (first == f->n)
				for (first = i; first > 0 && f->f[first - 1] != ' ';)
					first--;
			/* past the number, then past its list's "và" or ',' */
			size_t j = i;
			while (j < f->n && f->f[j] != ' ')
				j++;
			long va = -1;
			for (size_t q = j; q < f->n; q++)
				if (f->f[q] == ',' || word_at(f->f, f->n, q, "va"))
					va = (long)q;
			if (va >= 0)
				tail = (size_t)va + (f->f[va] == ',' ? 1 : 2);
		}
	size_t off = f->at[tail];
	if (!cite_scope(s + off, len - off, out, cap) && part_words(f->f + tail, f->n - tail))
		snprintf(out, cap, "%s", "một phần");
	/* "bãi bỏ Danh mục … tại Phần III ban hành kèm theo Quyết định số A
	 * và Quyết định số B": the part the list's head names is of each. */
	else if (!out[0] && tail > 0 && first < tail && part_words(f->f, first) &&
		 (find_word(f->f, first, "tai", 0) >= 0 || find_word(f->f, first, "kem theo", 0) >= 0))
		snprintf(out, cap, "%s", "một phần");
	free(f);
}

/* Whether the words of a "Căn cứ" item before a target, s[0..e), name it
 * as a ground: past the last list separator, no "của", "quy định",
 * "hướng dẫn", "sửa đổi" describing another text, except "của" after an
 * article or clause ("điểm 13 của Nghị quyết số …"). */
static int grounds_named(const char *s, const char *e)
{
	struct folded *f = xmalloc(sizeof *f);
	if ((size_t)(e - s) > WINDOW)
		s = e - WINDOW;
	while (s < e && ((unsigned char)*s & 0xC0) == 0x80)
		s++;
	fold(s, (size_t)(e - s), f);
	/* "Căn cứ Luật sửa đổi, bổ sung … của Luật A và Luật B": the item is
	 * one amending text's title, whose number it does not give. */
	long amending = find_word(f->f, f->n, "sua doi", 0);
	if (amending < 0)
		amending = find_word(f->f, f->n, "bo sung", 0);
	if (amending >= 0 && amending < 24) {
		free(f);
		return 0;
	}
	size_t tail = 0;
	for (size_t i = 0; i < f->n; i++)
		if (f->f[i] == ',' || f->f[i] == ';' || word_at(f->f, f->n, i, "va"))
			tail = i + 1;
	int ok = 1;
	static const char *const describing[] = { "quy dinh", "huong dan", "sua doi", "bo sung",
						  "thi hanh" };
	for (size_t k = 0; k < N_ELEMS(describing) && ok; k++)
		ok = find_word(f->f + tail, f->n - tail, describing[k], 0) < 0;
	for (size_t i = tail; i < f->n && ok; i++) {
		if (!word_at(f->f, f->n, i, "cua"))
			continue;
		static const char *const units[] = { "dieu", "khoan", "diem", "muc", "chuong",
						     "phan", "luc" };
		int unit = 0;
		for (size_t k = 0; k < N_ELEMS(units) && !unit; k++) {
			long u = find_word(f->f + tail, i - tail, units[k], 1);
			unit = u >= 0 && i - (tail + (size_t)u) < 24;
		}
		ok = unit;
	}
	free(f);
	return ok;
}

/* Whether f[0..n) holds a document number ("12/CP", "01/2003/NĐ-CP"). */
static int holds_number(const char *f, size_t n)
{
	for (size_t i = 1; i + 1 < n; i++)
		if (f[i] == '/' && f[i - 1] >= '0' && f[i - 1] <= '9')
			return 1;
	return 0;
}

/* Whether f[0..n) holds a document number with its code ("37/2026/nd-cp",
 * "66/nq-cp"), not a date ("01/01/2026"). */
static int holds_code(const char *f, size_t n)
{
	for (size_t i = 1; i + 1 < n; i++)
		if (f[i] == '/' && f[i - 1] >= '0' && f[i - 1] <= '9')
			for (size_t j = i + 1; j < n && f[j] != ' ' && f[j] != ','; j++)
				if (f[j] >= 'a' && f[j] <= 'z')
					return 1;
	return 0;
}

/* Whether f[0..n) says a text or part was changed, in the passive a
 * consolidated text's notes use ("Điều này được sửa đổi, bổ sung theo …");
 * the active ("Sửa đổi, bổ sung một số điều của Luật …") is its base's act. */
static int changed_passive(const char *f, size_t n)
{
	static const char *const passive[] = { "duoc sua doi", "duoc bo sung", "duoc thay the",
					       "duoc bai bo", "bi bai bo", "duoc dinh chinh",
					       "duoc huy bo", "bi huy bo" };
	for (size_t k = 0; k < N_ELEMS(passive); k++)
		if (find_word(f, n, passive[k], 0) >= 0)
			return 1;
	return 0;
}

size_t text_consolidated_opening(const char *text, size_t len)
{
	static const char *const starts[] = { "\nCăn cứ", "\nĐiều 1.", "\nĐiều 1 " };
	size_t end = len;
	for (size_t k = 0; k < N_ELEMS(starts); k++) {
		const char *p = cite_find_bytes(text, text + end, starts[k]);
		if (p)
			end = (size_t)(p - text);
	}
	return end;
}

/* Whether a consolidated text joins the text mentioned at `start` (pre: its
 * sentence up to it, folded). The opening lists what it joins: its base
 * ("Luật … số 41/2024/QH15 …, được sửa đổi, bổ sung bởi:") and one text an
 * item ("Nghị định số 141/2026/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị
 * định số 68/2026/NĐ-CP …": the first number, no act before it); past it,
 * only its notes do
 * ("Điều này được sửa đổi, bổ sung theo quy định tại … Luật số
 * 73/2025/QH15"). The base's own sentences join nothing: a repeal ("… số
 * 58/2014/QH13 đã được sửa đổi … theo Luật số 84/2015/QH13 … hết hiệu
 * lực"), or a text named as changed by another ("Nghị định số 12/CP …
 * được sửa đổi … theo Nghị định số 01/2003/NĐ-CP"). */
static int joined(size_t opening, size_t start, const struct folded *pre)
{
	if (start < opening) {
		size_t item = 0;
		for (size_t i = 0; i < pre->n; i++)
			if (pre->f[i] == ':' || pre->f[i] == ';' ||
			    (pre->f[i] == '.' && (i + 1 == pre->n || pre->f[i + 1] == ' ')))
				item = i + 1;
		long boi = find_word(pre->f, pre->n, "boi", 1);
		if (boi >= 0 && (size_t)boi + 3 > item)
			item = (size_t)boi + 3;
		size_t at;
		if (!holds_number(pre->f + item, pre->n - item) &&
		    last_verb(pre->f + item, pre->n - item, &at) < 0)
			return 1;
	}
	return changed_passive(pre->f, pre->n) && !holds_number(pre->f, pre->n) &&
	       find_word(pre->f, pre->n, "het hieu luc", 0) < 0;
}

/* ---- a number that describes another ---------------------------------------- */

struct spans {
	const char *text; /* where the scan starts */
	size_t start[32], end[32];
	size_t n;
};

/* A number in quoted words ("Thay thế cụm từ “… Nghị định số 59/2021/NĐ-CP
 * …” tại khoản 3 Điều 12 Nghị định số …") lists nothing. */
static int on_span(const struct cite_mention *m, void *arg)
{
	struct spans *s = arg;
	if (in_quote(s->text, s->text + m->start))
		return 0;
	if (s->n == N_ELEMS(s->start)) {
		memmove(s->start, s->start + 1, (s->n - 1) * sizeof s->start[0]);
		memmove(s->end, s->end + 1, (s->n - 1) * sizeof s->end[0]);
		s->n--;
	}
	s->start[s->n] = m->start;
	s->end[s->n++] = m->end;
	return 0;
}

/* Whether the words between two numbers, s[0..len), go on a list of the
 * texts acted on ("…, Quyết định số", "… và Điều 5 Nghị định số", "; số"):
 * past the last "và", "hoặc", ',', ';' or ':' the next item's type, or a
 * part and its number. A parenthesis left open, or words describing the
 * text before ("… sửa đổi, bổ sung một số điều của Nghị định số", "… thi
 * hành Luật Thủ đô số"), make no list. */
static int list_goes_on(const char *s, size_t len)
{
	struct folded *f = xmalloc(sizeof *f);
	if (len > WINDOW) {
		s += len - WINDOW;
		len = WINDOW;
		while (len && ((unsigned char)*s & 0xC0) == 0x80)
			s++, len--;
	}
	fold(s, len, f);
	int depth = 0, ok = 0;
	size_t tail = 0, sep = 0;
	for (size_t i = 0; i < f->n; i++) {
		depth += f->f[i] == '(' ? 1 : f->f[i] == ')' ? -1 : 0;
		if (f->f[i] == ',' || f->f[i] == ';' || f->f[i] == ':')
			tail = i + 1, sep = 1;
		else if (word_at(f->f, f->n, i, "va"))
			tail = i + 2, sep = 1;
		else if (word_at(f->f, f->n, i, "hoac"))
			tail = i + 4, sep = 1;
	}
	if (depth > 0 || !sep)
		goto out;
	while (tail < f->n && f->f[tail] == ' ')
		tail++;
	static const char *const lead[] = { "cac", "toan bo", "mot phan", "mot so" };
	for (size_t k = 0; k < N_ELEMS(lead); k++)
		if (word_at(f->f, f->n, tail, lead[k])) {
			tail += strlen(lead[k]);
			while (tail < f->n && f->f[tail] == ' ')
				tail++;
		}
	static const char *const types[] = { "thong tu", "nghi dinh", "quyet dinh", "nghi quyet",
					     "luat", "bo luat", "phap lenh", "chi thi", "van ban",
					     "quy dinh", "cong van", "ke hoach", "thong tri", "quy che",
					     "hien phap", "thong bao", "ket luan", "lenh", "so",
					     "phu luc", "mau", "bieu mau", "danh muc", "noi dung",
					     "thu tuc", "quy trinh" };
	for (size_t k = 0; k < N_ELEMS(types) && !ok; k++)
		ok = word_at(f->f, f->n, tail, types[k]);
	/* A part with its number: "Điều 5", "khoản 2", "Mục II", "Phần A". */
	static const char *const units[] = { "dieu", "khoan", "diem", "muc", "tieu muc", "phan",
					     "chuong" };
	for (size_t k = 0; k < N_ELEMS(units) && !ok; k++)
		if (word_at(f->f, f->n, tail, units[k])) {
			size_t j = tail + strlen(units[k]);
			while (j < f->n && f->f[j] == ' ')
				j++;
			size_t w = j;
			while (w < f->n && alnum(f->f[w]))
				w++;
			int roman = w > j;
			for (size_t q = j; q < w; q++)
				roman &= strchr("ivxl", f->f[q]) != NULL;
			ok = j < f->n && ((f->f[j] >= '0' && f->f[j] <= '9') || roman || w == j + 1);
		}
out:
	free(f);
	return ok;
}

/* Whether the number at m_start is acted on by the verb that ends at
 * text[a]: the first number after it, or one that a list goes on to from
 * it ("thay thế Quyết định số A … và Quyết định số B"), not one that the
 * words describing a text acted on name ("Nghị quyết số 09/2026/NQ-CP …
 * tạm ngưng hiệu lực … Nghị định số 46/2026/NĐ-CP", "… trước khi Luật
 * phòng cháy và chữa cháy số 27/2001/QH10 có hiệu lực"). */
static int acted_on(const char *text, size_t a, size_t m_start)
{
	if (a >= m_start)
		return 1;
	struct spans *s = xcalloc(1, sizeof *s);
	s->text = text + a;
	cite_scan(text + a, m_start - a, on_span, s);
	int ok = 1;
	for (size_t i = 0; i < s->n && ok; i++) {
		size_t e = a + s->end[i], next = i + 1 < s->n ? a + s->start[i + 1] : m_start;
		if (next > e)
			ok = list_goes_on(text + e, next - e);
	}
	free(s);
	return ok;
}

/* ---- who may act on whom ---------------------------------------------------- */

static void on_body(const char *code, const char *term, void *arg)
{
	(void)term;
	int *kinds = arg; /* [0] a local body, [1] another body the tables know, [2] the legislature */
	const char *name = cite_issuer_names(code);
	if (strcmp(code, "UBND") == 0 || strcmp(code, "HĐND") == 0 ||
	    (name && strncmp(name, "Sở ", strlen("Sở ")) == 0))
		kinds[0] = 1;
	else if (name)
		kinds[1] = 1;
	if (strcmp(code, "QH") == 0 || strcmp(code, "UBTVQH") == 0)
		kinds[2] = 1;
}

/* Whether a body's name as a letterhead gives it is a province's unit:
 * "Ủy ban nhân dân thành phố Hà Nội Trung Tâm Phục Vụ Hành Chính Công",
 * "Sở Tài chính", "Hội đồng nhân dân tỉnh …". */
static int local_body(const char *name)
{
	char f[CITE_ISSUER_MAX];
	if (!name || !*name)
		return 0;
	cite_fold_ascii(name, name + strlen(name), f, sizeof f);
	return strstr(f, "uy ban nhan dan") || strstr(f, "hoi dong nhan dan") ||
	       strstr(f, "ubnd") || strstr(f, "hdnd") || strncmp(f, "so ", 3) == 0;
}

int text_relation_reaches(const struct cite_number *actor, const char *actor_body,
			  const struct cite_number *target)
{
	int a[3] = { 0, 0, 0 }, t[3] = { 0, 0, 0 };
	cite_issuer_bodies(actor, on_body, a);
	cite_issuer_bodies(target, on_body, t);
	if (strstr(actor->issuer, "UBND") || strstr(actor->issuer, "HĐND"))
		a[0] = 1;
	/* A code the tables do not know (TTPVHCC): the letterhead says whose
	 * unit it is. */
	if (!a[0] && !a[1] && !a[2] && local_body(actor_body))
		a[0] = 1;
	if (strstr(target->issuer, "UBND") || strstr(target->issuer, "HĐND"))
		t[0] = 1;
	/* A law, an ordinance or a resolution of the legislature: only the
	 * legislature changes it ("Sửa đổi Luật Đất đai" in a Government
	 * resolution's table is a task). */
	if ((target->kind == CITE_LAW || t[2]) && actor->kind != CITE_LAW && !a[2])
		return 0;
	if (!a[0])
		return 1;
	return !(target->kind == CITE_LAW || t[1]) || t[0];
}

/* Whether the item whose mention ends at text[e] (sentence ending at se)
 * is a task of a plan: its lead agency or its deadline follows it ("b)
 * Sửa đổi, bổ sung Nghị định số 01/2018/NĐ-CP … - Đơn vị chủ trì: Bộ
 * Công an. - Thời gian hoàn thành: Trong năm 2024."), before the next
 * item starts; not in the words an act puts in place ("… như sau: “…
 * cơ quan chủ trì …”"). */
static int a_task(const char *text, size_t len, size_t e, size_t se)
{
	size_t stop = se + 300 < len ? se + 300 : len;
	if (se > e + 300)
		e = se - 300;
	while (e < stop && ((unsigned char)text[e] & 0xC0) == 0x80)
		e++;
	if (stop <= e)
		return 0;
	struct folded *f = xmalloc(sizeof *f);
	fold(text + e, stop - e, f);
	static const char *const marks[] = { "don vi chu tri", "co quan chu tri", "don vi phoi hop",
					     "co quan phoi hop", "thoi gian hoan thanh",
					     "thoi han hoan thanh", "thoi gian thuc hien",
					     "thoi han thuc hien", "thoi gian trinh", "cap trinh" };
	size_t cut = f->n;
	long ns = find_word(f->f, f->n, "nhu sau", 0);
	if (ns >= 0)
		cut = (size_t)ns;
	/* the next item of the list ("c) Sửa đổi …", "2. …") is another's */
	for (size_t i = 1; i + 2 < cut; i++)
		if (f->f[i - 1] == ' ' && alnum(f->f[i]) && (f->f[i + 1] == ')' || f->f[i + 1] == '.') &&
		    f->f[i + 2] == ' ' && f->at[i] > se - e) {
			cut = i;
			break;
		}
	int task = 0;
	for (size_t k = 0; k < N_ELEMS(marks) && !task; k++)
		task = find_word(f->f, cut, marks[k], 0) >= 0;
	free(f);
	return task;
}

/* Whether a list's head, f[0..n) folded (past its marks), acts on its
 * items, and how: "Tạm ngưng hiệu lực … đối với các văn bản sau đây", "Bãi
 * bỏ các văn bản sau đây từ ngày …", "Thông tư này thay thế", "… có hiệu
 * lực thi hành … và thay thế các Quyết định sau", "Các văn bản sau đây hết
 * hiệu lực kể từ ngày …", "Nghị quyết này bãi bỏ các Nghị quyết". Not
 * what the verb rewrites ("Sửa đổi, bổ sung Điều
 * 7 như sau"), another text's act ("Căn cứ Điều 7 Thông tư 112/2025/TT-BQP
 * quy định bãi bỏ …", "… được sửa đổi, bổ sung bởi"), nor a condition ("…
 * hết hiệu lực khi …"). TEXT_REL_NONE when none. */
static enum text_relation head_verb(const char *f, size_t n)
{
	size_t v = past_marks(f, n);
	for (size_t k = 0; k < N_ELEMS(verbs); k++)
		if (verbs[k].r == TEXT_REL_SUSPENDS && word_at(f, n, v, verbs[k].w))
			return TEXT_REL_SUSPENDS;
	if (holds_code(f, n) || find_word(f, n, "nhu sau", 0) >= 0)
		return TEXT_REL_NONE;
	static const char *const cond[] = { "den khi", "khi", "neu", "chua", "tiep tuc", "truoc" };
	for (size_t u = 0; u < N_ELEMS(cond); u++)
		if (find_word(f, n, cond[u], 0) >= 0)
			return TEXT_REL_NONE;
	size_t at;
	int k = last_verb(f, n, &at);
	if (k < 0 || verbs[k].r == TEXT_REL_GUIDES || verbs[k].r == TEXT_REL_SUSPENDS)
		return TEXT_REL_NONE;
	size_t g = verb_group_start(f, n, at), e = at + strlen(verbs[k].w);
	if (not_an_act(f, g))
		return TEXT_REL_NONE;
	/* The list the head announces: "(các văn bản) sau (đây)", "dưới
	 * đây", "quy định tại", or nothing ("Thông tư này bãi bỏ:"). */
	int listed = find_word(f, n, "sau", 0) >= 0 || find_word(f, n, "duoi day", 0) >= 0;
	if (verbs[k].r == TEXT_REL_REPEALS && word_at(f, n, at, "het hieu luc")) {
		/* "Các văn bản sau đây hết hiệu lực …", "Kể từ ngày …, các
		 * Nghị định … và các điều khoản sau đây hết hiệu lực": its
		 * subject, the list, since the last comma. */
		size_t c = v;
		for (size_t i = v; i < at; i++)
			if (f[i] == ',')
				c = i + 1;
		return find_word(f + c, at - c, "sau", 0) >= 0 ? TEXT_REL_REPEALS : TEXT_REL_NONE;
	}
	size_t rest = e;
	while (rest < n && f[rest] == ' ')
		rest++;
	long tai = find_word(f, n, "tai", 1);
	/* "… bãi bỏ các Nghị quyết:", "… thay thế toàn bộ các văn bản:" */
	int plural = word_at(f, n, rest, "cac") || word_at(f, n, rest, "toan bo");
	if (!(listed || plural || rest == n || (tai >= 0 && (size_t)tai + 3 >= n)))
		return TEXT_REL_NONE;
	if (!own_subject(f, n, g, 0, 0))
		return TEXT_REL_NONE;
	enum text_relation r = verbs[k].r;
	/* "Sửa đổi, bãi bỏ các quy định sau đây": several acts amend. */
	for (size_t i = g; i < at; i++)
		for (size_t w = 0; w < N_ELEMS(verbs); w++)
			if (verbs[w].r != r && word_at(f, n, i, verbs[w].w))
				r = TEXT_REL_AMENDS;
	return r;
}

/* The words that may stand before an item's number: its type ("Nghị
 * định số"), or the parts acted on ("Khoản 1, khoản 2, khoản 10 Điều 1
 * Thông tư số"). */
static int item_words(const char *f, size_t n)
{
	static const char *const parts[] = { "dieu", "khoan", "diem", "chuong", "muc", "phu luc",
					     "phan" };
	int part = 0;
	for (size_t k = 0; k < N_ELEMS(parts) && !part; k++)
		part = word_at(f, n, 0, parts[k]);
	if (n > (part ? 120u : 32u))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (f[i] == ':' || f[i] == '(' || (f[i] == ',' && !part))
			return 0;
	return 1;
}

/* Whether the mention m opens an item of a list ("1. Nghị định số …",
 * pre its sentence up to it, folded from text[from]) whose head acts on
 * its items (head_verb), the earlier items between: the relation, else
 * TEXT_REL_NONE. */
static enum text_relation head_act(const char *text, const struct cite_mention *m,
				   const struct folded *pre, size_t from)
{
	size_t s = past_marks(pre->f, pre->n);
	/* the item's mark, in the sentence or just before it */
	size_t b = m->sentence_start;
	while (b > 0 && text[b - 1] == ' ')
		b--;
	int mark = s > 0;
	if (!mark && b >= 2 && (text[b - 1] == '.' || text[b - 1] == ')')) {
		size_t d = b - 1;
		while (d > 0 && b - 1 - d < 3 && ((text[d - 1] >= '0' && text[d - 1] <= '9') ||
						  (text[d - 1] >= 'a' && text[d - 1] <= 'z')))
			d--;
		mark = d < b - 1 && (d == 0 || text[d - 1] == '\n' || text[d - 1] == ' ');
	}
	if (from != m->sentence_start || !mark || holds_number(pre->f, pre->n) ||
	    !item_words(pre->f + s, pre->n - s))
		return TEXT_REL_NONE;
	/* the head: the last ':' before, followed by an item's mark */
	size_t lo = m->sentence_start > 3000 ? m->sentence_start - 3000 : 0, colon = 0;
	int found = 0;
	for (size_t i = m->sentence_start; i > lo && !found; i--) {
		if (text[i - 1] != ':')
			continue;
		size_t j = i;
		/* the mark may open the item's sentence ("a) Khoản 3 …") */
		while (j < m->start && (text[j] == ' ' || text[j] == '\n' || text[j] == '\r'))
			j++;
		size_t d = j;
		while (j < m->start && j - d < 3 && ((text[j] >= '0' && text[j] <= '9') ||
						     (text[j] >= 'a' && text[j] <= 'z')))
			j++;
		if (j > d && j < m->start && (text[j] == '.' || text[j] == ')')) {
			colon = i - 1;
			found = 1;
		}
	}
	/* not across an article's heading */
	if (!found || cite_find_bytes(text + colon, text + m->sentence_start, "\nĐiều "))
		return TEXT_REL_NONE;
	size_t hs = colon > WINDOW ? colon - WINDOW : 0;
	for (size_t i = colon; i > hs; i--)
		if (text[i - 1] == '.' || text[i - 1] == ';' || text[i - 1] == ':') {
			hs = i;
			break;
		}
	while (hs < colon && ((unsigned char)text[hs] & 0xC0) == 0x80)
		hs++;
	struct folded *f = xmalloc(sizeof *f);
	fold(text + hs, colon - hs, f);
	enum text_relation r = head_verb(f->f, f->n);
	free(f);
	return r;
}

int text_suspension_until(const char *s, size_t len, char out[11])
{
	struct folded *f = xmalloc(sizeof *f);
	fold(s, len, f);
	int ok = 0;
	long v = find_word(f->f, f->n, "ngung hieu luc", 0);
	if (v < 0)
		v = find_word(f->f, f->n, "tam dinh chi thi hanh", 0);
	for (size_t i = v < 0 ? f->n : (size_t)v; i < f->n && !ok; i++) {
		size_t at = i;
		if (word_at(f->f, f->n, i, "den ngay"))
			at = i + 4;
		else if (word_at(f->f, f->n, i, "den het ngay"))
			at = i + 8;
		else
			continue;
		struct text_date d;
		size_t o = f->at[at];
		if (text_date_parse(s + o, len - o, &d) && d.year && d.month && d.day) {
			text_date_iso(&d, out);
			ok = 1;
		}
	}
	free(f);
	return ok;
}

int text_suspension_last_day(const char *text, size_t len, char out[11])
{
	static const char *const verbs_nfc[] = { "ngưng hiệu lực", "Ngưng hiệu lực",
						 "NGƯNG HIỆU LỰC" };
	const char *end = text + len;
	int ok = 0;
	out[0] = '\0';
	for (size_t k = 0; k < N_ELEMS(verbs_nfc); k++)
		for (const char *p = text; p < end;) {
			const char *v = cite_find_bytes(p, end, verbs_nfc[k]);
			if (!v)
				break;
			/* its sentence: up to ". " or ";", at most a few lines */
			const char *e = v;
			while (e < end && e - v < 400 && *e != ';' &&
			       !(*e == '.' && (e + 1 == end || e[1] == ' ' || e[1] == '\n')))
				e++;
			char day[11];
			if (text_suspension_until(v, (size_t)(e - v), day) && strcmp(day, out) > 0) {
				memcpy(out, day, sizeof day);
				ok = 1;
			}
			p = v + strlen(verbs_nfc[k]);
		}
	return ok;
}

enum text_relation text_relation_of(const char *text, size_t len, const struct cite_mention *m,
				    const size_t *opening, char *scope, size_t cap)
{
	int consolidated = opening != NULL;
	if (cap)
		scope[0] = '\0';
	if (m->start > len || m->end > len || m->sentence_start > m->start)
		return TEXT_REL_NONE;
	size_t from = m->sentence_start;
	/* The grounds: what a "Căn cứ …" item names first, or after "và" or a
	 * comma — not what describes it ("… quy định chi tiết một số điều
	 * của Luật Thống kê"). A consolidated text's are its texts'. */
	const char *lo = cite_skip_soft(text + from, text + m->start);
	const char *cc = cite_match_name(lo, text + m->start, "can cu");
	if (cc && !consolidated)
		return grounds_named(cc, text + m->start) ? TEXT_REL_BASED_ON : TEXT_REL_NONE;
	/* Only the last WINDOW bytes before the mention, cut at a character. */
	if (m->start - from > WINDOW) {
		from = m->start - WINDOW;
		while (from < m->start && ((unsigned char)text[from] & 0xC0) == 0x80)
			from++;
	}
	struct folded *pre = xmalloc(sizeof *pre);
	struct folded *post = xmalloc(sizeof *post);
	fold(text + from, m->start - from, pre);
	size_t send = m->sentence_end > m->end && m->sentence_end <= len ? m->sentence_end : m->end;
	fold(text + m->end, send - m->end, post);
	enum text_relation r = TEXT_REL_NONE;
	size_t scope_from = 0, scope_to = 0; /* in text, relative to from */

	if (consolidated) {
		/* A consolidated text speaks with its base's words ("Nghị định
		 * này thay thế …" is the base's act): of it, only what it joins
		 * — the base ("…, được sửa đổi, bổ sung bởi:") and the texts its
		 * notes name ("Điều này được sửa đổi theo quy định tại …"). */
		if (!cc && joined(*opening, m->start, pre))
			r = TEXT_REL_CONSOLIDATES;
		goto out;
	}
	size_t at;
	int k = last_verb(pre->f, pre->n, &at);
	if (k >= 0) {
		size_t g = verb_group_start(pre->f, pre->n, at);
		if (!not_an_act(pre->f, g) && own_subject(pre->f, pre->n, g, verbs[k].r == TEXT_REL_GUIDES, from > m->sentence_start)) {
			r = verbs[k].r;
			/* "Sửa đổi, bổ sung, bãi bỏ", "Thay thế, bãi bỏ một số cụm từ":
			 * several acts on one text amend it. */
			for (size_t i = g; i < at; i++)
				for (size_t v = 0; v < N_ELEMS(verbs); v++)
					if (verbs[v].r != r && word_at(pre->f, pre->n, i, verbs[v].w))
						r = TEXT_REL_AMENDS;
			/* "Thay thế cụm từ “khoản 2 Điều 8 Nghị định số 63/2019/NĐ-CP”
			 * bằng cụm từ “Nghị định số 77/2025/NĐ-CP …”", "Bổ sung … như
			 * sau: “… Luật Bảo hiểm xã hội": a number in the words replaced
			 * or put in place is quoted, not acted on; nor one that the
			 * words describing a text acted on name. */
			if (in_quote(text + from + pre->at[at], text + m->start) ||
			    !acted_on(text, from + pre->at[at + strlen(verbs[k].w)], m->start)) {
				r = TEXT_REL_NONE;
				goto out;
			}
			/* "Thay thế cụm từ “doanh nghiệp nhà nước” bằng …": words
			 * put in place of others amend the text. */
			if (r == TEXT_REL_REPLACES) {
				size_t w = at + strlen(verbs[k].w);
				while (w < pre->n && pre->f[w] == ' ')
					w++;
				static const char *const wording[] = { "cum tu", "mot so cum tu",
								       "cac cum tu", "tu ngu", "tu" };
				for (size_t q = 0; q < N_ELEMS(wording); q++)
					if (word_at(pre->f, pre->n, w, wording[q]))
						r = TEXT_REL_AMENDS;
			}
			/* A plan's task ("b) Sửa đổi … Nghị định số …" with its lead
			 * agency and deadline) is no act of this text. */
			if (past_marks(pre->f, pre->n) >= g && a_task(text, len, m->end, send)) {
				r = TEXT_REL_NONE;
				goto out;
			}
			scope_from = pre->at[at + strlen(verbs[k].w)];
			scope_to = m->start - from;
			/* "hết hiệu lực" before the number reads as a repeal only
			 * when this text says so of it. */
		}
		goto out;
	}
	/* "1. Nghị định số 46/2026/NĐ-CP …" under "Tạm ngưng hiệu lực … đối
	 * với các văn bản sau đây:", "a) Khoản 3 Điều 3 Thông tư số …" under
	 * "Bãi bỏ các quy định sau:": the list's head acts on its items (the
	 * item's words before the number its scope). A plan's list of tasks
	 * is no act. */
	r = head_act(text, m, pre, from);
	if (r != TEXT_REL_NONE) {
		if (r != TEXT_REL_SUSPENDS && a_task(text, len, m->end, send)) {
			r = TEXT_REL_NONE;
			goto out;
		}
		scope_from = pre->at[past_marks(pre->f, pre->n)];
		scope_to = m->start - from;
		goto out;
	}
	/* "Thông tư số 35/2017/TT-BLĐTBXH … hết hiệu lực (thi hành) kể từ …":
	 * the number is the subject of the repeal; "Đối với Thông tư số …,
	 * ngưng hiệu lực thi hành từ ngày … đến ngày …", of the suspension. */
	long h = find_word(post->f, post->n, "het hieu luc", 0);
	enum text_relation act = TEXT_REL_REPEALS;
	long hs = find_word(post->f, post->n, "ngung hieu luc", 0);
	if (hs >= 0 && (h < 0 || hs < h)) {
		h = hs;
		act = TEXT_REL_SUSPENDS;
	}
	if (h >= 0 && !not_an_act(post->f, (size_t)h)) {
		size_t vat;
		int other = last_verb(post->f, (size_t)h, &vat);
		/* a suspended text's title ("… quy định chi tiết việc …") */
		if (act == TEXT_REL_SUSPENDS && other >= 0 && verbs[other].r == TEXT_REL_GUIDES)
			other = -1;
		/* "Thông tư số 16/2022/TT-BKHĐT … ngưng hiệu lực của Thông tư số
		 * 08/2022/TT-BKHĐT": the number is the one acting, in a list of
		 * others' acts. */
		if (act == TEXT_REL_SUSPENDS) {
			size_t w = (size_t)h + strlen("ngung hieu luc");
			while (w < post->n && post->f[w] == ' ')
				w++;
			if (word_at(post->f, post->n, w, "cua") || holds_code(post->f + w, post->n - w))
				other = 0;
		}
		long nay = find_word(post->f, (size_t)h, "nay", 0);
		static const char *const until[] = { "den khi", "khi", "neu", "truoc", "tiep tuc", "chua" };
		int cond = 0;
		for (size_t u = 0; u < N_ELEMS(until) && !cond; u++)
			cond = find_word(post->f, (size_t)h, until[u], 0) >= 0;
		size_t subj = past_marks(pre->f, pre->n);
		/* "… có hiệu lực … đến ngày các quy định … tại Nghị quyết số …
		 * hết hiệu lực": when this text ends, not an act on that one. */
		static const char *const until_before[] = { "den ngay", "den khi", "cho den" };
		for (size_t u = 0; u < N_ELEMS(until_before) && !cond; u++)
			cond = find_word(pre->f + subj, pre->n - subj, until_before[u], 0) >= 0;
		if (other < 0 && nay < 0 && !cond && acted_on(text, from + pre->at[subj], m->start)) {
			r = act;
			scope_from = pre->at[subj];
			scope_to = m->start - from;
		}
	}
out:
	if (r != TEXT_REL_NONE && r != TEXT_REL_BASED_ON && r != TEXT_REL_CONSOLIDATES && cap) {
		read_scope(text + from + scope_from, scope_to > scope_from ? scope_to - scope_from : 0,
			   scope, cap);
		/* "Thông tư số 01/2024/TT-BKHĐT hết hiệu lực thi hành, trừ nội
		 * dung quy định tại khoản 3 Điều này": all but a part; not "trừ
		 * các trường hợp quy định tại khoản 2 Điều này", the cases it
		 * still governs while they last. */
		if (!scope[0])
			for (size_t i = 2; i < post->n; i++)
				if (post->f[i - 2] == ',' && word_at(post->f, post->n, i, "tru")) {
					size_t w = i + 4;
					if (word_at(post->f, post->n, w, "cac"))
						w += 4;
					if (!word_at(post->f, post->n, w, "truong hop"))
						snprintf(scope, cap, "%s", "một phần");
					break;
				}
	}
	free(pre);
	free(post);
	return r;
}

/* ---- targets named by name ------------------------------------------------ */

/* Words that end a regulation's name as it is cited ("Luật Bảo hiểm y tế
 * số …", "… ngày 18 tháng 02 năm 2025", "… đã được sửa đổi"), with marks
 * and in lower case: "Vệ" and "về" differ. */
static int name_stop(const char *ws, const char *we)
{
	static const char *const stops[] = {
		"số", "ngày", "năm", "của", "đã", "được", "như", "và", "theo", "để", "tại",
		"thì", "hiện", "này", "về", "trong", "do", "sau", "cho", "là", "khi",
		"với", "mà", "hoặc", "bởi", "gồm", "hết", "thay", "sửa", "bãi", "kể", "từ",
		"đến", "hướng", "nay", "trước", "tiếp", "vẫn", "cũng", "sẽ", "bị",
		"nhằm", "đối", "trên", "thuộc", "các", "những", "bao", "nêu",
	};
	size_t n = (size_t)(we - ws);
	for (size_t k = 0; k < N_ELEMS(stops); k++)
		if (strlen(stops[k]) == n && memcmp(ws, stops[k], n) == 0)
			return 1;
	return 0;
}

/* A part's word after a comma ends a name: "Luật Bảo hiểm xã hội, khoản 5
 * Điều 137 …". */
static int part_word(const char *ws, const char *we)
{
	static const char *const units[] = { "khoản", "điểm", "điều", "mục", "chương", "phần",
					     "phụ" };
	size_t n = (size_t)(we - ws);
	for (size_t k = 0; k < N_ELEMS(units); k++)
		if (strlen(units[k]) == n && memcmp(ws, units[k], n) == 0)
			return 1;
	return 0;
}

/* "số" not before a number is a word of the name: "Luật Dân số", "Luật
 * Công nghiệp công nghệ số" (not "Luật Đất đai số 31/2024/QH15"). */
static int number_word_of_name(const char *ws, const char *we, const char *end)
{
	const char *nws, *nwe;
	return (size_t)(we - ws) == strlen("số") && memcmp(ws, "số", strlen("số")) == 0 &&
	       (!cite_next_word(we, end, &nws, &nwe) || !cite_is_digit(*nws));
}

/* The types cited by name, as written (capitalised). */
static const char *const named_types[] = { "Bộ luật", "Luật", "Pháp lệnh", "Hiến pháp" };

/* Reads a name at p (after a type and its space): its words up to a stop
 * word or punctuation, at most 14, the first capitalised. Returns the end. */
static const char *read_name(const char *p, const char *end)
{
	const char *last = NULL, *ws, *we;
	int words = 0;
	for (const char *q = p; words < 14; q = we) {
		if (!cite_next_word(q, end, &ws, &we)) {
			/* "Phòng, chống tham nhũng", "An toàn, vệ sinh lao động":
			 * a comma inside a name, before a word in lower case. */
			const char *c = cite_skip_soft(q, end);
			if (!words || c >= end || *c != ',' ||
			    !cite_next_word(c + 1, end, &ws, &we) || cite_capital_at(ws, end) ||
			    cite_is_digit(*ws) || name_stop(ws, we) || part_word(ws, we))
				break;
		}
		/* A blank line ends it: a heading, a table's cell. */
		for (const char *g = q; g < ws; g++)
			if (*g == '\n' && memchr(g + 1, '\n', (size_t)(ws - g - 1)))
				return last;
		if (words == 0 ? !cite_capital_at(ws, end) || cite_is_digit(*ws)
			       : name_stop(ws, we) && !number_word_of_name(ws, we, end))
			break;
		if (cite_is_digit(*ws))
			break;
		last = we;
		words++;
	}
	return last;
}

void text_relations_named(const char *text, size_t len, int consolidated, text_named_fn fn,
			  void *ctx)
{
	/* A consolidated text names its base and the amending laws by number;
	 * its notes' names are the amending laws' titles, not targets. */
	if (consolidated)
		return;
	const char *end = text + len;
	struct text_quote *quotes = NULL;
	size_t nquotes = text_quotes(text, len, &quotes);
	struct text_named *r = xmalloc(sizeof *r);
	for (const char *p = text; p < end; p++) {
		if (*p != 'L' && *p != 'B' && *p != 'P' && *p != 'H')
			continue;
		if (p > text && (text_vn_is_word(text_utf8_before(text, p, &(const char *){ NULL }))))
			continue;
		size_t t = 0;
		const char *q = NULL;
		for (; t < N_ELEMS(named_types); t++) {
			size_t tl = strlen(named_types[t]);
			if ((size_t)(end - p) > tl && memcmp(p, named_types[t], tl) == 0 &&
			    (p[tl] == ' ' || p[tl] == '\n')) {
				q = p + tl;
				break;
			}
		}
		if (!q)
			continue;
		/* "(sau đây gọi là Luật Dẫn độ)", "(sau đây viết gọn là …)": the
		 * short name of a number the sentence gave already. */
		char before[64];
		const char *bs = p - text > 40 ? p - 40 : text;
		while (bs < p && ((unsigned char)*bs & 0xC0) == 0x80)
			bs++;
		cite_fold_ascii(bs, p, before, sizeof before);
		if (strstr(before, "goi la") || strstr(before, "goi tat la") ||
		    strstr(before, "gon la") || strstr(before, "goi chung la") ||
		    strstr(before, "sau day"))
			continue;
		const char *ns = cite_skip_soft(q, end), *ne = read_name(ns, end);
		if (!ne)
			continue;
		memset(r, 0, sizeof *r);
		/* Its year: "năm 1990", "2020", or the date after it. */
		const char *after = cite_skip_soft(ne, end), *w = NULL, *stop = ne;
		int year = 0;
		if ((w = cite_match_word(after, end, "năm", 1)) != NULL) {
			const char *y = cite_skip_soft(w, end);
			if (cite_year_at(y, end, &year))
				stop = y + 4;
		} else if (cite_year_at(after, end, &year)) {
			stop = after + 4;
		} else if (cite_match_word(after, end, "ngày", 1)) {
			struct text_date d;
			size_t n = text_date_parse(after, (size_t)(end - after), &d);
			if (n && d.year) {
				year = d.year;
				stop = after + n;
			}
		}
		/* With its number it is a mention, read as one. */
		const char *so = cite_match_word(cite_skip_soft(stop, end), end, "số", 1);
		const char *digit = so ? cite_skip_soft(so, end) : end;
		if (digit < end && cite_is_digit(*digit))
			continue;
		if (text_quoted(quotes, nquotes, (size_t)(p - text)))
			continue;
		struct cite_mention m;
		memset(&m, 0, sizeof m);
		m.start = (size_t)(p - text);
		m.end = (size_t)(stop - text);
		cite_sentence_bounds(text, end, p, stop, &m);
		r->rel = text_relation_of(text, len, &m, NULL, r->scope, sizeof r->scope);
		if (r->rel != TEXT_REL_NONE) {
			snprintf(r->type, sizeof r->type, "%s", named_types[t]);
			size_t nl = (size_t)(ne - ns);
			cite_copy_clean(r->name, sizeof r->name, ns, ns + nl);
			r->year = year;
			r->start = m.start;
			r->end = m.end;
			r->sentence_start = m.sentence_start;
			r->sentence_end = m.sentence_end;
			if (fn(r, ctx))
				break;
		}
		p = stop - 1;
	}
	free(quotes);
	free(r);
}
