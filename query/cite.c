/* cite.c — document numbers in queries: resolving what a typed number
 * means, and the documents that cite it. */
#include "query/query_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "index/schema.h"

/* ---- what a typed number means ----------------------------------------- */

static int card_exists(idx_db *db, const char *canonical, char **err)
{
	struct idx_card *c;
	size_t n;
	int rc = idx_cards_get(db, canonical, &c, &n, err);
	idx_cards_release(c, n);
	return rc;
}

/* The year a canonical number carries ("145/2024/NĐ-CP", "57-NQ/TW": 0). */
static int number_year(const char *canonical)
{
	const char *slash = strchr(canonical, '/');
	if (!slash || strspn(slash + 1, "0123456789") != 4 || slash[5] != '/')
		return 0;
	return atoi(slash + 1);
}

/* Sorts v by the year its numbers carry, newest first, keeping the order of
 * numbers of one year (insertion sort: a handful). */
static void newest_first(char **v, size_t n)
{
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && number_year(v[j]) > number_year(v[j - 1]); j--) {
			char *t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
}

/* Fills c->canonicals (and c->short_key for references by type and number). */
static int resolve_one(idx_db *db, struct query_cite *c, char **err)
{
	const struct cite_number *num = &c->num;
	char **cands = NULL;
	size_t n = 0;
	if (num->kind == CITE_SHORT) {
		const char *name = num->type_name ? num->type_name : cite_type_name(num->type, CITE_QPPL);
		struct buf key = BUF_INIT;
		cite_short_key(name ? name : num->type, num->number, num->year, &key);
		c->short_key = buf_detach(&key, NULL);
		if (idx_card_candidates(db, META_SHORT, c->short_key, &cands, &n, err) < 0)
			return -1;
		/* QĐ is read as Quy định in Party usage, and a Bộ luật is a law
		 * ("Luật 45" may mean Bộ luật Lao động 45/2019/QH14): try that name too. */
		const char *party = num->type[0] ? cite_type_name(num->type, CITE_PARTY)
						 : name && strcmp(name, "Luật") == 0 ? "Bộ luật" : NULL;
		if (party && (!name || strcmp(party, name) != 0)) {
			char **more = NULL;
			size_t m = 0;
			struct buf k2 = BUF_INIT;
			cite_short_key(party, num->number, num->year, &k2);
			int rc = idx_card_candidates(db, META_SHORT, k2.p, &more, &m, err);
			buf_release(&k2);
			if (rc < 0)
				return -1;
			cands = xrealloc(cands, (n + m + 1) * sizeof *cands);
			memcpy(cands + n, more, m * sizeof *more);
			n += m;
			free(more);
		}
	} else {
		int rc = card_exists(db, num->canonical, err);
		if (rc < 0)
			return -1;
		if (rc == 0) {
			cands = xmalloc(sizeof *cands);
			cands[n++] = xstrdup(num->canonical);
		} else {
			/* Not indexed as typed: its leading-zero twins and the
			 * spellings of its marks and case, if any; an index written
			 * before the key lost them keeps them in its keys. */
			struct buf loose = BUF_INIT;
			cite_loose_key(num->canonical, num->number, &loose);
			rc = idx_card_candidates(db, META_LOOSE, loose.p, &cands, &n, err);
			buf_reset(&loose);
			size_t zeros = 0;
			while (num->number[zeros] == '0' && num->number[zeros + 1])
				zeros++;
			buf_adds(&loose, num->canonical + zeros);
			char **old = NULL;
			size_t nold = 0;
			if (rc == 0)
				rc = idx_card_candidates(db, META_LOOSE, loose.p, &old, &nold, err);
			buf_release(&loose);
			if (rc < 0) {
				for (size_t i = 0; i < n; i++)
					free(cands[i]);
				free(cands);
				return -1;
			}
			cands = xrealloc(cands, (n + nold + 1) * sizeof *cands);
			if (nold)
				memcpy(cands + n, old, nold * sizeof *old);
			n += nold;
			free(old);
		}
	}
	/* Keep only numbers the registry still holds, each once. */
	for (size_t i = 0; i < n; i++) {
		int dup = 0;
		for (size_t j = 0; j < c->ncanonicals; j++)
			dup |= strcmp(c->canonicals[j], cands[i]) == 0;
		int rc = dup ? 1 : card_exists(db, cands[i], err);
		if (rc < 0) {
			for (; i < n; i++)
				free(cands[i]);
			free(cands);
			return -1;
		}
		if (rc == 0) {
			c->canonicals = xrealloc(c->canonicals, (c->ncanonicals + 1) * sizeof *c->canonicals);
			c->canonicals[c->ncanonicals++] = cands[i];
		} else {
			free(cands[i]);
		}
	}
	free(cands);
	/* A reference without its year ("NĐ 145") may mean one number of
	 * each year: the newest first, as a reader means the one in force. */
	if (num->kind == CITE_SHORT && !num->year)
		newest_first(c->canonicals, c->ncanonicals);
	return 0;
}

/* ---- what a typed name means -------------------------------------------
 * "Bộ luật Lao động 2019", "Luật BHXH", "BLLĐ": a type, a subject and maybe
 * a year, read through the abbreviation table (corpus/abbreviations.tsv).
 * The numbers such a name means are learnt from the collection itself: the
 * letterheads whose type and subject it is ("BỘ LUẬT / LAO ĐỘNG" above
 * 45/2019/QH14), and the mentions the name stands right before ("Luật Bảo
 * hiểm xã hội số 41/2024/QH15"), in the documents where the name stands
 * most. */

/* Documents read for the name's numbers: the best matches of its phrase. */
#define NAME_DOCS 12
/* Numbers one name may mean, newest first. */
#define NAME_MAX 4
/* Where in a text names are read before numbers: its first bytes. */
#define NAME_HEAD 24000
/* How far before a number its name is looked for, in bytes. */
#define NAME_BEFORE 240

struct reg_name {
	struct buf type;     /* fold key of the type ("boluat") */
	struct buf subject;  /* fold key of the subject ("laodong") */
	struct buf whole;    /* type then subject */
	struct buf typed;    /* the words as typed, for the card's heading */
	char **words;        /* folded words of type and subject, for the phrase */
	size_t nwords;
	int year;            /* 0: any */
};

static void name_release(struct reg_name *nm)
{
	buf_release(&nm->type);
	buf_release(&nm->subject);
	buf_release(&nm->whole);
	buf_release(&nm->typed);
	for (size_t i = 0; i < nm->nwords; i++)
		free(nm->words[i]);
	free(nm->words);
	memset(nm, 0, sizeof *nm);
}

static void fold_key(const char *s, size_t len, struct buf *out)
{
	buf_reset(out);
	text_fold_key(s, len, out);
	if (!out->p)
		buf_adds(out, "");
}

static void name_word(struct reg_name *nm, const char *folded, size_t len)
{
	if (!len)
		return;
	/* "Luật Thuế TNCN": the expansion's "Thuế" is said already. */
	if (nm->nwords && strlen(nm->words[nm->nwords - 1]) == len &&
	    memcmp(nm->words[nm->nwords - 1], folded, len) == 0)
		return;
	nm->words = xrealloc(nm->words, (nm->nwords + 1) * sizeof *nm->words);
	nm->words[nm->nwords++] = xstrndup(folded, len);
}

/* Adds a query word, or what it abbreviates, to nm's words. */
static void name_add_typed(struct reg_name *nm, const char *exact)
{
	struct buf k = BUF_INIT, a = BUF_INIT;
	fold_key(exact, strlen(exact), &k);
	const char *exp = NULL;
	for (size_t i = 0; i < query_nabbrevs && !exp; i++) {
		fold_key(query_abbrevs[i].abbrev, strlen(query_abbrevs[i].abbrev), &a);
		if (strcmp(a.p, k.p) == 0)
			exp = query_abbrevs[i].expansion;
	}
	if (!exp) {
		name_word(nm, k.p, k.len);
	} else {
		for (const char *w = exp; *w;) {
			size_t n = strcspn(w, " ");
			fold_key(w, n, &a);
			name_word(nm, a.p, a.len);
			w += n;
			w += strspn(w, " ");
		}
	}
	if (nm->typed.len)
		buf_addc(&nm->typed, ' ');
	buf_adds(&nm->typed, exact);
	buf_release(&k);
	buf_release(&a);
}

/* The query's words in order, when it is nothing but words (a name is
 * not combined with OR, NOT or numbers). */
static int name_collect(const struct query_node *n, struct reg_name *nm)
{
	if (!n)
		return 0;
	if (n->kind == QN_WORDS) {
		for (size_t i = 0; i < n->nwords; i++)
			name_add_typed(nm, n->words[i].exact);
		return 1;
	}
	if (n->kind != QN_AND)
		return 0;
	for (size_t i = 0; i < n->nkids; i++)
		if (n->kids[i]->kind != QN_WORDS || !name_collect(n->kids[i], nm))
			return 0;
	return 1;
}

static int year_word(const char *w)
{
	if (strlen(w) != 4 || strspn(w, "0123456789") != 4)
		return 0;
	int y = atoi(w);
	return y >= 1945 && y <= 2100 ? y : 0;
}

/* "hợp đồng lao động" is a subject, not a name: query_int.h. */
int query_named_by_subject(const char *type_name)
{
	static const char *const named[] = { "Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp" };
	for (size_t i = 0; i < sizeof named / sizeof *named; i++)
		if (strcmp(type_name, named[i]) == 0)
			return 1;
	return 0;
}

/* Reads nm's words as a type, a subject and a year. 0: not a name. */
static int name_read(struct reg_name *nm)
{
	size_t n = nm->nwords;
	if (n && (nm->year = year_word(nm->words[n - 1])) != 0)
		n--;
	if (n && nm->year && strcmp(nm->words[n - 1], "nam") == 0)
		n--; /* "… năm 2019" */
	/* The longest type name first: "Thông tư liên tịch", "Bộ luật". */
	size_t k = n < 4 ? n : 4;
	for (; k > 0; k--) {
		struct buf t = BUF_INIT;
		for (size_t i = 0; i < k; i++)
			buf_adds(&t, nm->words[i]);
		const char *name = cite_type_name_for(t.p);
		buf_release(&t);
		if (name && query_named_by_subject(name)) {
			fold_key(name, strlen(name), &nm->type);
			break;
		}
	}
	if (!k || k == n)
		return 0; /* no type, or no subject: a type alone names nothing */
	buf_reset(&nm->subject);
	for (size_t i = k; i < n; i++) {
		if (year_word(nm->words[i]) || strspn(nm->words[i], "0123456789"))
			return 0; /* a number inside: not a name */
		buf_adds(&nm->subject, nm->words[i]);
	}
	buf_adds(&nm->whole, nm->type.p);
	buf_adds(&nm->whole, nm->subject.p);
	/* The phrase: its words without the year. */
	for (size_t i = n; i < nm->nwords; i++)
		free(nm->words[i]);
	nm->nwords = n;
	return 1;
}

struct name_cand {
	char *canonical;
	unsigned support; /* documents whose letterhead or text gave it */
	int year;
	char date[11];
};

struct name_scan {
	const struct reg_name *nm;
	struct idx_record *rec;
	struct name_cand *cands;
	size_t ncands;
	struct buf a, b;
};

static void cand_add(struct name_scan *s, const char *canonical)
{
	for (size_t i = 0; i < s->ncands; i++) {
		if (strcmp(s->cands[i].canonical, canonical) == 0) {
			s->cands[i].support++;
			return;
		}
	}
	s->cands = xrealloc(s->cands, (s->ncands + 1) * sizeof *s->cands);
	memset(&s->cands[s->ncands], 0, sizeof *s->cands);
	s->cands[s->ncands].canonical = xstrdup(canonical);
	s->cands[s->ncands++].support = 1;
}

static int is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
}

/* The word before *end in text[lo..*end): its bounds, white space skipped. */
static int prev_word(const char *text, size_t lo, size_t *end, size_t *ws)
{
	size_t e = *end;
	while (e > lo && is_space(text[e - 1]))
		e--;
	size_t b = e;
	while (b > lo && !is_space(text[b - 1]))
		b--;
	if (b == e || b == lo)
		return 0; /* none, or cut by the window: not a whole word */
	*ws = b;
	*end = e;
	return 1;
}

/* Whether the words right before text[at] are the name: "Luật Bảo hiểm xã
 * hội số 41/2024/QH15", "Bộ luật Lao động 45/2019/QH14"; words with only
 * white space between them, the name not the end of a longer type
 * ("Bộ luật Lao động" is no "Luật Lao động"). */
static int name_before(struct name_scan *s, size_t at)
{
	const char *t = s->rec->text;
	size_t lo = at > NAME_BEFORE ? at - NAME_BEFORE : 0;
	size_t e = at, b;
	if (!prev_word(t, lo, &e, &b))
		return 0;
	fold_key(t + b, e - b, &s->a);
	if (strcmp(s->a.p, "so") == 0) { /* "số", "số:" */
		e = b;
		if (!prev_word(t, lo, &e, &b))
			return 0;
	}
	const char *want = s->nm->whole.p;
	size_t wlen = s->nm->whole.len, got = 0;
	struct buf acc = BUF_INIT;
	int ok = 0;
	for (int first = 1; got < wlen; first = 0) {
		/* A sentence's punctuation ends a name (a comma may stand in one:
		 * "Luật An toàn, vệ sinh lao động"). */
		char last = t[e - 1];
		if (!first && (last == ';' || last == '.' || last == ':' || last == ')'))
			break;
		fold_key(t + b, e - b, &s->a);
		buf_reset(&s->b);
		buf_add(&s->b, s->a.p, s->a.len);
		buf_add(&s->b, acc.p ? acc.p : "", acc.len);
		buf_reset(&acc);
		buf_add(&acc, s->b.p, s->b.len);
		got = acc.len;
		if (got == wlen) {
			ok = memcmp(acc.p, want, wlen) == 0;
			break;
		}
		if (got > wlen || memcmp(acc.p, want + wlen - got, got) != 0)
			break;
		e = b;
		if (!prev_word(t, lo, &e, &b))
			break;
	}
	size_t e2 = b, b2;
	if (ok && prev_word(t, lo, &e2, &b2)) {
		/* The word before must not make the type a longer one. */
		fold_key(t + b2, e2 - b2, &s->a);
		buf_adds(&s->a, s->nm->type.p);
		if (cite_type_name_for(s->a.p))
			ok = 0;
		/* Nor make the name the object of another law's title, whose
		 * number follows: "Luật sửa đổi Luật Doanh nghiệp số
		 * 76/2025/QH15", "… bổ sung một số điều của Luật …". */
		fold_key(t + b2, e2 - b2, &s->a);
		if (strcmp(s->a.p, "doi") == 0 || strcmp(s->a.p, "sung") == 0)
			ok = 0;
		size_t e3 = b2, b3;
		if (ok && strcmp(s->a.p, "cua") == 0 && prev_word(t, lo, &e3, &b3)) {
			fold_key(t + b3, e3 - b3, &s->a);
			if (strcmp(s->a.p, "dieu") == 0)
				ok = 0;
		}
	}
	buf_release(&acc);
	return ok;
}

static int on_name_mention(const struct idx_mention *m, void *arg)
{
	struct name_scan *s = arg;
	if (!m->canonical || !*m->canonical)
		return 0;
	if (m->letterhead && m->subject && *m->subject && m->type_name) {
		fold_key(m->type_name, strlen(m->type_name), &s->a);
		fold_key(m->subject, strlen(m->subject), &s->b);
		if (strcmp(s->a.p, s->nm->type.p) == 0 && strcmp(s->b.p, s->nm->subject.p) == 0) {
			cand_add(s, m->canonical);
			return 0;
		}
	}
	/* Reading the text before a number costs inflating its piece: only
	 * for numbers of the name's type, as their mention reads it (a bare
	 * /QH number reads as Luật: a suffix of Bộ luật's key). */
	if (m->type_name && *m->type_name) {
		fold_key(m->type_name, strlen(m->type_name), &s->a);
		const char *ty = s->nm->type.p;
		size_t tl = s->nm->type.len;
		if (s->a.len > tl || strcmp(ty + tl - s->a.len, s->a.p) != 0)
			return 0;
	}
	/* Known already: its text need not be read again. */
	for (size_t i = 0; i < s->ncands; i++)
		if (strcmp(s->cands[i].canonical, m->canonical) == 0)
			return 0;
	/* A regulation names its grounds in full at its top ("Căn cứ Luật
	 * … số …"): the first piece of its text is read, no other. */
	if (m->start > s->rec->text_len || m->start > NAME_HEAD)
		return 0;
	idx_record_need(s->rec, m->start > NAME_BEFORE ? m->start - NAME_BEFORE : 0, m->start);
	if (name_before(s, m->start))
		cand_add(s, m->canonical);
	return 0;
}

/* Newest first (a year asked for keeps only its own), then the most said. */
static int cmp_cand(const void *x, const void *y)
{
	const struct name_cand *a = x, *b = y;
	if (a->year != b->year)
		return a->year < b->year ? 1 : -1;
	int c = strcmp(b->date, a->date);
	if (c)
		return c;
	return a->support < b->support ? 1 : a->support > b->support ? -1 : 0;
}

/* The canonical numbers nm means, newest first, into c. */
static int name_numbers(idx_db *db, const struct reg_name *nm, struct query_cite *c, char **err)
{
	idx_query **v = xcalloc(nm->nwords, sizeof *v);
	struct buf t = BUF_INIT;
	for (size_t i = 0; i < nm->nwords; i++) {
		buf_reset(&t);
		buf_adds(&t, PREFIX_FOLDED);
		buf_adds(&t, nm->words[i]);
		v[i] = idx_q_term(t.p, t.len);
	}
	buf_release(&t);
	idx_query *iq = nm->nwords > 1 ? idx_q_combine(IDX_Q_PHRASE, v, nm->nwords) : v[0];
	free(v);
	struct idx_results r;
	int rc = idx_search(db, iq, 0, NAME_DOCS, 0, 0, 0, &r, err);
	idx_q_free(iq);
	if (rc < 0)
		return -1;
	struct name_scan s = { .nm = nm, .a = BUF_INIT, .b = BUF_INIT };
	for (size_t i = 0; i < r.n && rc == 0; i++) {
		struct idx_record rec;
		if (idx_get_lazy(db, r.hits[i].docid, &rec, NULL) != 0)
			continue;
		s.rec = &rec;
		char *e = NULL;
		if (idx_mentions_each(db, rec.docid, rec.own, 0, (size_t)-1, on_name_mention, &s,
				      &e) < 0) {
			*err = e;
			rc = -1;
		}
		idx_record_release(&rec);
	}
	idx_results_release(&r);
	/* What the cards say: the type, and the year the number or date gives. */
	size_t kept = 0;
	for (size_t i = 0; i < s.ncands && rc == 0; i++) {
		struct name_cand *k = &s.cands[i];
		struct idx_card *cards;
		size_t n;
		int got = idx_cards_get(db, k->canonical, &cards, &n, err);
		if (got < 0) {
			rc = -1;
			break;
		}
		int keep = 0;
		if (got == 0 && n) {
			const struct idx_card *cd = &cards[0];
			keep = 1;
			/* The text said the type before the number; only a letterhead
			 * outweighs it (mentions read a bare /QH number as Luật, be
			 * it a Bộ luật). */
			if (cd->ntypes && cd->types[0].letterhead) {
				fold_key(cd->types[0].value, strlen(cd->types[0].value), &s.a);
				keep = strcmp(s.a.p, nm->type.p) == 0;
			}
			if (cd->ndates && strlen(cd->dates[0].value) >= 10)
				snprintf(k->date, sizeof k->date, "%s", cd->dates[0].value);
			k->year = cd->year ? cd->year : atoi(k->date);
			if (nm->year && k->year != nm->year)
				keep = 0;
			idx_cards_release(cards, n);
		}
		if (keep)
			s.cands[kept++] = *k;
		else
			free(k->canonical);
	}
	if (rc < 0) {
		for (size_t i = kept; i < s.ncands; i++)
			free(s.cands[i].canonical);
	}
	if (kept)
		qsort(s.cands, kept, sizeof *s.cands, cmp_cand);
	for (size_t i = 0; i < kept; i++) {
		if (rc == 0 && c->ncanonicals < NAME_MAX) {
			c->canonicals = xrealloc(c->canonicals,
						 (c->ncanonicals + 1) * sizeof *c->canonicals);
			c->canonicals[c->ncanonicals++] = s.cands[i].canonical;
		} else {
			free(s.cands[i].canonical);
		}
	}
	free(s.cands);
	buf_release(&s.a);
	buf_release(&s.b);
	return rc;
}

/* Fills c (typed, canonicals) for the name the query's words are, if they
 * are one. 1: a name with numbers, 0: none, -1: error. */
static int resolve_name(idx_db *db, const struct query_node *root, struct query_cite *c,
			char **err)
{
	struct reg_name nm = { .type = BUF_INIT, .subject = BUF_INIT, .whole = BUF_INIT,
			       .typed = BUF_INIT };
	int rc = 0;
	memset(c, 0, sizeof *c);
	if (name_collect(root, &nm) && name_read(&nm)) {
		rc = name_numbers(db, &nm, c, err);
		if (rc == 0 && c->ncanonicals) {
			c->typed = buf_detach(&nm.typed, NULL);
			c->cited = 1;
			rc = 1;
		}
	}
	if (rc <= 0)
		query_cite_release(c);
	name_release(&nm);
	return rc;
}

/* A word in more than this share of the documents says little on its own. */
#define COMMON_SHARE 0.4

static void mark_common(idx_db *db, struct query_node *n, unsigned long long docs)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->nkids; i++)
		mark_common(db, n->kids[i], docs);
	if (n->kind != QN_WORDS || n->nwords != 1)
		return;
	struct query_word *w = &n->words[0];
	struct buf t = BUF_INIT;
	buf_adds(&t, PREFIX_FOLDED);
	buf_adds(&t, w->folded);
	/* Documents with the word in any spelling of its marks. */
	unsigned long long df = idx_term_freq(db, t.p, t.len);
	buf_release(&t);
	w->common = docs > 20 && (double)df > COMMON_SHARE * (double)docs;
}

int query_resolve(idx_db *db, struct query *q, char **err)
{
	for (size_t i = 0; i < q->ncites; i++) {
		struct query_cite *c = &q->cites[i];
		if (resolve_one(db, c, err) < 0)
			return -1;
		/* A number nothing cites only adds evidence to a long query
		 * (build.c, ranked_query). */
		c->cited = c->ncanonicals > 0;
		if (!c->cited && c->short_key) {
			struct buf t = BUF_INIT;
			buf_adds(&t, PREFIX_SHORT);
			buf_adds(&t, c->short_key);
			c->cited = idx_term_freq(db, t.p, t.len) > 0;
			buf_release(&t);
		}
	}
	/* A regulation's name typed instead of its number: its card first. */
	if (q->ncites == 0) {
		struct query_cite c;
		int rc = resolve_name(db, q->root, &c, err);
		if (rc < 0)
			return -1;
		if (rc > 0) {
			c.named = 1;
			q->cites = xrealloc(q->cites, (q->ncites + 1) * sizeof *q->cites);
			q->cites[q->ncites++] = c;
		}
	}
	mark_common(db, q->root, idx_doc_count(db));
	return 0;
}

int query_cite_lookup(idx_db *db, const char *s, struct query_cite *out,
		      struct idx_card **cards, size_t *n, char **err)
{
	memset(out, 0, sizeof *out);
	*cards = NULL;
	*n = 0;
	if (cite_parse_typed(s, strlen(s), &out->num)) {
		out->typed = xstrdup(s);
		if (resolve_one(db, out, err) < 0)
			return -1;
	} else {
		/* Not a number: maybe a regulation's name. */
		struct query *q;
		char *perr = NULL;
		if (query_parse(s, strlen(s), &q, &perr) < 0) {
			free(perr);
			return 0;
		}
		int rc = resolve_name(db, q->root, out, err);
		query_free(q);
		if (rc <= 0)
			return rc;
		free(out->typed);
		out->typed = xstrdup(s);
	}
	for (size_t i = 0; i < out->ncanonicals; i++) {
		struct idx_card *more;
		size_t m;
		int rc = idx_cards_get(db, out->canonicals[i], &more, &m, err);
		if (rc < 0) {
			idx_cards_release(*cards, *n);
			*cards = NULL;
			*n = 0;
			return -1;
		}
		*cards = xrealloc(*cards, (*n + m + 1) * sizeof **cards);
		memcpy(*cards + *n, more, m * sizeof *more);
		*n += m;
		free(more);
	}
	return 1;
}

/* ---- the documents that cite a number ----------------------------------- */

/* Bytes of a sentence kept on each side of the number. */
#define SENTENCE_SIDE 300

/* Where a sentence longer than SENTENCE_SIDE before the number may start:
 * after the first clause mark (';', ':', ',') in the window's far half, else
 * at its first word; never inside a word. */
static size_t cut_before(const char *t, size_t s, size_t at)
{
	size_t from = at - SENTENCE_SIDE;
	static const char marks[] = ";:,";
	/* A mark counts when it keeps at least half the window. */
	for (const char *m = marks; *m; m++)
		for (size_t i = from; i + 1 < at - SENTENCE_SIDE / 2; i++)
			if (t[i] == *m && is_space(t[i + 1]))
				return i + 1;
	for (size_t i = from; i < at; i++)
		if (is_space(t[i]) && i > s)
			return i;
	return at;
}

/* Where one longer than SENTENCE_SIDE after the number may end: after the
 * last clause mark in the window, else at the end of its last word. */
static size_t cut_after(const char *t, size_t e, size_t at)
{
	size_t to = at + SENTENCE_SIDE;
	static const char marks[] = ";:,";
	for (const char *m = marks; *m; m++)
		for (size_t i = to; i > at + SENTENCE_SIDE / 2; i--)
			if (t[i - 1] == *m && i < e && is_space(t[i]))
				return i;
	for (size_t i = to; i > at; i--)
		if (is_space(t[i]))
			return i;
	return at;
}

/* Markdown in the stored text of a saved page: emphasis ("**", "__"),
 * escapes ("57\\-NQ/TW"), heading marks and table pipes. Returns the bytes
 * of t[i..end) to leave out (0: keep t[i]); *space: put a space instead. */
static size_t markup_at(const char *t, size_t i, size_t end, int *space)
{
	*space = 0;
	char c = t[i];
	if (c == '\\' && i + 1 < end && strchr("-*_.#|()[]`>+!\\/", t[i + 1]))
		return 1;
	if ((c == '*' || c == '_') && i + 1 < end && t[i + 1] == c) {
		size_t n = 2;
		while (i + n < end && t[i + n] == c)
			n++;
		return n;
	}
	/* A lone '*' opening or closing emphasis, next to a space or a stop. */
	if (c == '*' && (i + 1 >= end || i == 0 || is_space(t[i + 1]) || is_space(t[i - 1]) ||
			 strchr(";,.:", t[i - 1])))
		return 1;
	if (c == '|' || (c == '#' && (i == 0 || is_space(t[i - 1])))) {
		*space = 1;
		return 1;
	}
	return 0;
}

/* The sentence around a mention, one line, NFC, with the number marked:
 * cut at a clause or a word when long (and "…" says so), without the
 * Markdown of saved pages. */
static void sentence_of(const struct idx_record *r, const struct idx_cite_place *p,
			struct query_cite_doc *d)
{
	size_t s = p->sent_start, e = p->sent_end;
	if (e > r->text_len || s > e || p->start < s || p->end > e) {
		d->sentence = xstrdup("");
		return;
	}
	int cut_s = 0, cut_e = 0;
	/* Very long "sentences" (tables, lists) are cut around the number. */
	if (p->start - s > SENTENCE_SIDE) {
		s = cut_before(r->text, s, p->start);
		cut_s = 1;
	}
	if (e - p->end > SENTENCE_SIDE) {
		e = cut_after(r->text, e, p->end);
		cut_e = 1;
	}
	struct buf b = BUF_INIT;
	if (cut_s)
		buf_adds(&b, "… ");
	const char *t = r->text;
	size_t parts[3][2] = { { s, p->start }, { p->start, p->end }, { p->end, e } };
	for (int i = 0; i < 3; i++) {
		if (i == 1)
			d->mark.start = b.len;
		struct buf raw = BUF_INIT;
		size_t lim = parts[i][1];
		for (size_t k = parts[i][0]; k < lim; k++) {
			char ch = t[k];
			int space;
			size_t skip = markup_at(t, k, lim, &space);
			if (skip) {
				k += skip - 1;
				if (!space)
					continue;
				ch = ' ';
			}
			/* Line breaks and other controls (text_control_len). */
			size_t n = text_control_len(t + k, lim - k);
			if (n) {
				ch = ' ';
				k += n - 1;
			}
			if (ch == ' ' && ((raw.len && raw.p[raw.len - 1] == ' ') ||
					  (!raw.len && (b.len == 0 || b.p[b.len - 1] == ' '))))
				continue;
			buf_addc(&raw, ch);
		}
		if (i == 1)
			while (raw.len && raw.p[raw.len - 1] == ' ')
				raw.p[--raw.len] = '\0';
		if (raw.len && text_nfc(raw.p, raw.len, &b) < 0)
			buf_add(&b, raw.p, raw.len);
		buf_release(&raw);
		if (i == 1)
			d->mark.end = b.len;
	}
	while (b.len && b.p[b.len - 1] == ' ')
		b.p[--b.len] = '\0';
	if (cut_e)
		buf_adds(&b, " …");
	d->sentence = buf_detach(&b, NULL);
}

struct dated {
	unsigned docid;
	char date[11];
};

/* Newest first; undated last; then the later-added first. */
static int cmp_dated(const void *a, const void *b)
{
	const struct dated *x = a, *y = b;
	int c = strcmp(y->date, x->date);
	if (c)
		return c;
	return x->docid < y->docid ? 1 : x->docid > y->docid ? -1 : 0;
}

int query_cite_documents(idx_db *db, const struct idx_card *card, size_t offset, size_t limit,
			 struct query_cite_doc **docs, size_t *n, unsigned long long *total,
			 char **err)
{
	*docs = NULL;
	*n = 0;
	*total = card->ndocids;
	struct dated *d = card->ndocids ? xcalloc(card->ndocids, sizeof *d) : NULL;
	for (size_t i = 0; i < card->ndocids; i++) {
		char *v;
		size_t len;
		d[i].docid = card->docids[i];
		if (idx_get_value(db, d[i].docid, SLOT_DATE, &v, &len, err) < 0) {
			free(d);
			return -1;
		}
		if (v && len == 10)
			memcpy(d[i].date, v, 11);
		free(v);
	}
	if (card->ndocids)
		qsort(d, card->ndocids, sizeof *d, cmp_dated);
	size_t end = offset + limit < card->ndocids ? offset + limit : card->ndocids;
	*docs = end > offset ? xcalloc(end - offset, sizeof **docs) : NULL;
	for (size_t i = offset; i < end; i++) {
		struct query_cite_doc *c = &(*docs)[*n];
		char *e = NULL;
		int rc = idx_get(db, d[i].docid, &c->rec, &e);
		if (rc < 0) {
			*err = e;
			free(d);
			query_cite_documents_release(*docs, *n);
			*docs = NULL;
			*n = 0;
			return -1;
		}
		if (rc > 0)
			continue; /* removed since the registry was written */
		struct idx_cite_place p;
		if (idx_cite_places(db, c->rec.docid, card->canonical, &p, 1) == 1)
			sentence_of(&c->rec, &p, c);
		else
			c->sentence = xstrdup(""); /* cited in the title only */
		(*n)++;
	}
	free(d);
	return 0;
}

void query_cite_documents_release(struct query_cite_doc *docs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		idx_record_release(&docs[i].rec);
		free(docs[i].sentence);
	}
	free(docs);
}
