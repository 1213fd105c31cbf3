/* cite.c — document numbers in queries: resolving what a typed number
 * means, the documents that cite it, and its standing as of a date. */
#include "query/query_int.h"

#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "index/schema.h"

/* ---- what a typed number means ----------------------------------------- */

/* The year a canonical number carries ("145/2024/NĐ-CP", "57-NQ/TW": 0). */
static int number_year(const char *canonical)
{
	const char *slash = strchr(canonical, '/');
	if (!slash || strspn(slash + 1, "0123456789") != 4 || slash[5] != '/')
		return 0;
	return atoi(slash + 1);
}

/* A number a reference may mean, with its cards, read once: to keep it,
 * to order it and to show it. */
struct held {
	char *number;
	struct idx_card *cards;
	size_t n;
	unsigned docs; /* documents citing it, over its cards */
};

/* Sorts v by how many documents cite each number, most first, then by
 * the year it carries, newest first (as a reader means the one in force),
 * keeping the order of numbers alike (insertion sort: a handful): "Nghị
 * quyết 57" in a collection citing 57-NQ/TW in 71 texts means it, not a
 * province's newer 57/2025/NQ-HĐND cited in 2. */
static void most_cited_first(struct held *v, size_t n)
{
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && (v[j].docs > v[j - 1].docs ||
					     (v[j].docs == v[j - 1].docs &&
					      number_year(v[j].number) > number_year(v[j - 1].number)));
		     j--) {
			struct held t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
}

/* Whether a card of a number without a year is dated in year: "NQ 57/2024"
 * may mean 57-NQ/TW, issued 2024-12-22 (its card knows the date, its
 * number does not). */
static int held_of_year(const struct held *h, int year)
{
	for (size_t k = 0; k < h->n; k++)
		if (h->cards[k].ndates && atoi(h->cards[k].dates[0].value) == year)
			return 1;
	return 0;
}

/* Fills c->canonicals (and c->short_key for references by type and number). */
/* The units one công văn number typed without its unit may stand for, and
 * the numbers a number typed with its year only may be: more are not offered
 * (query_cite.capped says so). */
#define UNIT_KEYS_MAX 16

/* A công văn number read with its body and no unit ("10989/BNV"). */
static int unit_left_out(const struct cite_number *num)
{
	return num->kind == CITE_CONG_VAN && !strchr(num->canonical, '-');
}

/* A number typed with its year only ("45/2019"): the number and year
 * lead every canonical form it may be (45/2019/QH14, 45/2019/NĐ-CP). */
static int year_only(const struct cite_number *num)
{
	size_t n = strlen(num->number);
	return num->kind != CITE_SHORT && num->year && strncmp(num->canonical, num->number, n) == 0 &&
	       num->canonical[n] == '/' && strlen(num->canonical + n + 1) == 4;
}

/* "45/2019" typed to cite: a number and its year, no type or body. 1 read
 * into *num, else 0. */
static int read_year_only(const char *s, struct cite_number *num)
{
	while (*s == ' ')
		s++;
	size_t d = strspn(s, "0123456789");
	if (d == 0 || d >= sizeof num->number || s[d] != '/' || strspn(s + d + 1, "0123456789") != 4)
		return 0;
	const char *t = s + d + 5;
	while (*t == ' ')
		t++;
	int year = atoi(s + d + 1);
	if (*t || year < 1945 || year > 2100)
		return 0;
	memset(num, 0, sizeof *num);
	num->kind = CITE_QPPL;
	memcpy(num->number, s, d);
	num->year = year;
	snprintf(num->canonical, sizeof num->canonical, "%s/%d", num->number, year);
	return 1;
}

/* Appends to *cands the numbers short key (name, number, year) means. */
static int short_add(idx_db *db, const char *name, const char *number, int year, char ***cands,
		     size_t *n, char **err)
{
	char **more = NULL;
	size_t m = 0;
	struct buf key = BUF_INIT;
	cite_short_key(name, number, year, &key);
	int rc = idx_card_candidates(db, META_SHORT, key.p, &more, &m, err);
	buf_release(&key);
	if (rc < 0)
		return -1;
	*cands = xrealloc(*cands, (*n + m + 1) * sizeof **cands);
	if (m)
		memcpy(*cands + *n, more, m * sizeof *more);
	*n += m;
	free(more);
	return 0;
}

/* Reads number's cards into *v (*nv held so far) unless it is held
 * already: 0, or -1 with *err. A number the registry no longer holds is
 * left out. */
static int hold(idx_db *db, const char *number, struct held **v, size_t *nv, char **err)
{
	for (size_t i = 0; i < *nv; i++)
		if (strcmp((*v)[i].number, number) == 0)
			return 0;
	struct idx_card *cards = NULL;
	size_t n = 0;
	int rc = idx_cards_get(db, number, &cards, &n, err);
	if (rc != 0) {
		idx_cards_release(cards, n);
		return rc < 0 ? -1 : 0;
	}
	*v = xrealloc(*v, (*nv + 1) * sizeof **v);
	struct held *h = &(*v)[(*nv)++];
	h->number = xstrdup(number);
	h->cards = cards;
	h->n = n;
	h->docs = 0;
	for (size_t k = 0; k < n; k++)
		h->docs += cards[k].documents;
	return 0;
}

static void held_drop(struct held *h)
{
	free(h->number);
	idx_cards_release(h->cards, h->n);
}

static void held_release(struct held *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		held_drop(&v[i]);
	free(v);
}

/* Resolves c's number: c->canonicals, in the order they are shown, and
 * (cards not NULL) their cards, read once. */
static int resolve_one(idx_db *db, struct query_cite *c, struct idx_card **cards, size_t *ncards,
		       char **err)
{
	const struct cite_number *num = &c->num;
	char **cands = NULL;
	size_t n = 0, had = 0; /* cands[had…]: numbers without a year a short key with its year may mean */
	struct held *v = NULL;
	size_t nv = 0;
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
		int both = party && (!name || strcmp(party, name) != 0);
		if (both && short_add(db, party, num->number, num->year, &cands, &n, err) < 0)
			goto fail;
		/* With a year, the numbers that carry none and were issued in it. */
		had = n;
		if (num->year && (short_add(db, name ? name : num->type, num->number, 0, &cands, &n, err) < 0 ||
				  (both && short_add(db, party, num->number, 0, &cands, &n, err) < 0)))
			goto fail;
	} else {
		if (hold(db, num->canonical, &v, &nv, err) < 0)
			return -1;
		had = 1; /* no numbers without a year asked for */
		if (nv == 0) {
			/* Not indexed as typed: its leading-zero twins and the
			 * spellings of its marks and case, if any; an index written
			 * before the key lost them keeps them in its keys. */
			struct buf loose = BUF_INIT;
			cite_loose_key(num->canonical, num->number, &loose);
			int rc = idx_card_candidates(db, META_LOOSE, loose.p, &cands, &n, err);
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
			if (rc < 0)
				goto fail;
			cands = xrealloc(cands, (n + nold + 1) * sizeof *cands);
			if (nold)
				memcpy(cands + n, old, nold * sizeof *old);
			n += nold;
			free(old);
			/* "10989/BNV": a công văn typed without its unit, not
			 * cited so, may be any the collection cites under that
			 * number and body (10989/BNV-TCBC), as "Luật 45" may be
			 * any law numbered 45; "23/2021/QĐ-TT", its body's code
			 * typed short, any it cites whose code goes on from there
			 * (23/2021/QĐ-TTg). */
			if (n == 0 && num->canonical[0]) {
				free(cands);
				cands = NULL;
				cite_loose_key(num->canonical, num->number, &loose);
				if (unit_left_out(num))
					buf_addc(&loose, '-');
				else if (year_only(num))
					buf_addc(&loose, '/');
				rc = idx_card_candidates_under(db, META_LOOSE, loose.p, UNIT_KEYS_MAX,
							       &cands, &n, err);
				buf_release(&loose);
				if (rc < 0)
					goto fail;
				c->capped = n >= UNIT_KEYS_MAX;
			}
			had = n;
		}
	}
	/* Keep only numbers the registry still holds, each once. */
	int undated = 0;
	for (size_t i = 0; i < n; i++) {
		if (i >= had && number_year(cands[i]))
			continue;
		size_t before = nv;
		if (hold(db, cands[i], &v, &nv, err) < 0)
			goto fail;
		if (i >= had && nv > before) {
			if (held_of_year(&v[nv - 1], num->year)) {
				undated++;
			} else {
				held_drop(&v[--nv]);
			}
		}
	}
	strv_free(cands, n);
	/* A reference without its year ("NĐ 145") may mean one number of
	 * each year, or of each body: the one this collection cites most
	 * first, the newest of those cited as often (as a reader means the
	 * one in force); with its year, so too when a number without one is
	 * among them. */
	if ((num->kind == CITE_SHORT && (!num->year || undated)) || year_only(num))
		most_cited_first(v, nv);
	c->canonicals = xrealloc(c->canonicals, (c->ncanonicals + nv + 1) * sizeof *c->canonicals);
	for (size_t i = 0; i < nv; i++) {
		c->canonicals[c->ncanonicals++] = v[i].number;
		v[i].number = NULL;
		if (cards) {
			*cards = xrealloc(*cards, (*ncards + v[i].n + 1) * sizeof **cards);
			if (v[i].n)
				memcpy(*cards + *ncards, v[i].cards, v[i].n * sizeof *v[i].cards);
			*ncards += v[i].n;
			free(v[i].cards);
			v[i].cards = NULL;
			v[i].n = 0;
		}
	}
	held_release(v, nv);
	return 0;
fail:
	strv_free(cands, n);
	held_release(v, nv);
	return -1;
}

/* ---- what a typed name means -------------------------------------------
 * "Bộ luật Lao động 2019", "Luật BHXH", "BLLĐ": a type, a subject and maybe
 * a year, read through the abbreviation table (corpus/abbreviations.tsv).
 * The numbers such a name means are learnt from the collection itself: the
 * letterheads whose type and subject it is ("BỘ LUẬT / LAO ĐỘNG" above
 * 45/2019/QH14), and the mentions the name stands right before ("Luật Bảo
 * hiểm xã hội số 41/2024/QH15"), in the documents where the name stands
 * most. */

/* Documents read for the name's numbers: the best matches of its phrase;
 * when a year was asked and none of them names a number of that year, the
 * next NAME_DOCS_MORE ("Luật Đất đai 2024" is cited by number in a few
 * texts only, behind the many that cite the 2013 law by name). */
#define NAME_DOCS 12
#define NAME_DOCS_MORE 48
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
	unsigned char *joined; /* words[i] was typed after words[i - 1] with only
				* white space between (text_joins): texts naming
				* it hold their pair (PREFIX_PAIR) */
	size_t nwords;
	int year;            /* 0: any */
	const char *type_name; /* the table's ("Bộ luật") */
	int abbrev_last;     /* the last word added was an abbreviation's */
	/* The documents the phrase ranked in each window name_scan_window
	 * read, by offset: the phrase is of the words alone, so reading the
	 * name again as another type ("Luật Lao động" as "Bộ luật", in
	 * resolve_name) reads the same documents without a second match. */
	struct name_window {
		size_t offset, limit, n;
		unsigned *docids;
		int have;
	} windows[2];
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
	free(nm->joined);
	for (size_t i = 0; i < sizeof nm->windows / sizeof *nm->windows; i++)
		free(nm->windows[i].docids);
	memset(nm, 0, sizeof *nm);
}

static void fold_key(const char *s, size_t len, struct buf *out)
{
	buf_reset(out);
	text_fold_key(s, len, out);
	if (!out->p)
		buf_adds(out, "");
}

static void name_word(struct reg_name *nm, const char *folded, size_t len, int joined)
{
	if (!len)
		return;
	/* "Luật Thuế TNCN": the expansion's "Thuế" is said already. */
	if (nm->nwords && strlen(nm->words[nm->nwords - 1]) == len &&
	    memcmp(nm->words[nm->nwords - 1], folded, len) == 0)
		return;
	nm->words = xrealloc(nm->words, (nm->nwords + 1) * sizeof *nm->words);
	nm->joined = xrealloc(nm->joined, nm->nwords + 1);
	nm->joined[nm->nwords] = nm->nwords && joined;
	nm->words[nm->nwords++] = xstrndup(folded, len);
}

/* ---- abbreviations (corpus/abbreviations.tsv) ------------------------- */

/* The table's expansions folded, once per process, and only once a query
 * word is found among the abbreviations: most queries hold none, and a
 * command-line search paid for them all. The abbreviations come folded by
 * the build (query_abbrevs[i].key): a query word is looked up on every
 * search. */
struct abbrev_folded {
	char **words;   /* "bo", "luat", "lao", "dong" */
	size_t nwords;
};
static struct abbrev_folded *abbrev_folded;
static pthread_once_t abbrev_words_once = PTHREAD_ONCE_INIT;

static int abbrev_word(const struct text_token *t, void *arg)
{
	struct abbrev_folded *a = arg;
	if (t->kind != TEXT_WORD)
		return 0;
	a->words = xrealloc(a->words, (a->nwords + 1) * sizeof *a->words);
	a->words[a->nwords++] = xstrndup(t->folded, t->folded_len);
	return 0;
}

static void abbrev_words_build(void)
{
	struct text_tokeniser *tz = text_tokeniser_new();
	abbrev_folded = xcalloc(query_nabbrevs + 1, sizeof *abbrev_folded);
	for (size_t i = 0; i < query_nabbrevs; i++) {
		const char *e = query_abbrevs[i].expansion;
		text_tokenise(tz, e, strlen(e), 0, abbrev_word, &abbrev_folded[i]);
	}
	text_tokeniser_free(tz);
}

/* The row whose abbreviation folds to folded, or -1; a row found has its
 * words. */
static long abbrev_row(const char *folded)
{
	for (size_t i = 0; i < query_nabbrevs; i++)
		if (strcmp(query_abbrevs[i].key, folded) == 0) {
			pthread_once(&abbrev_words_once, abbrev_words_build);
			return (long)i;
		}
	return -1;
}

size_t query_abbrev_words(const char *folded, const char *const **words)
{
	long i = abbrev_row(folded);
	/* Two letters (NĐ, DN, CT) stand for too many things in running text
	 * to be searched as a name; they are read only where a query names a
	 * regulation (name_add_typed). */
	if (i < 0 || strlen(folded) < 3 || abbrev_folded[i].nwords < 2)
		return 0;
	*words = (const char *const *)abbrev_folded[i].words;
	return abbrev_folded[i].nwords;
}

/* Adds a query word, or what it abbreviates, to nm's words; joins: typed
 * after the word before with only white space between. What an
 * abbreviation stands for, and the words beside it, join nothing. */
static void name_add_typed(struct reg_name *nm, const char *exact, int joins)
{
	struct buf k = BUF_INIT;
	fold_key(exact, strlen(exact), &k);
	long row = abbrev_row(k.p);
	if (row < 0) {
		name_word(nm, k.p, k.len, joins && !nm->abbrev_last);
		nm->abbrev_last = 0;
	} else {
		for (size_t i = 0; i < abbrev_folded[row].nwords; i++)
			name_word(nm, abbrev_folded[row].words[i], strlen(abbrev_folded[row].words[i]),
				  0);
		nm->abbrev_last = 1;
	}
	if (nm->typed.len)
		buf_addc(&nm->typed, ' ');
	buf_adds(&nm->typed, exact);
	buf_release(&k);
}

/* The query's words in order, when it is nothing but words (a name is
 * not combined with OR, NOT or numbers). */
static int name_collect(const struct query_node *n, struct reg_name *nm)
{
	if (!n)
		return 0;
	if (n->kind == QN_WORDS) {
		for (size_t i = 0; i < n->nwords; i++)
			name_add_typed(nm, n->words[i].exact, i ? n->words[i].joins : n->joins_prev);
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
	return cite_named_by_subject(type_name);
}

/* Types of which one text stands at a time, named by type and year alone
 * ("Hiến pháp 2013"): they carry no number either. */
static int named_by_year(const char *type_name)
{
	return strcmp(type_name, "Hiến pháp") == 0;
}

/* Reads nm's words as a type, a subject and a year. 0: not a name. */
static int name_read(struct reg_name *nm)
{
	size_t n = nm->nwords;
	if (n && (nm->year = year_word(nm->words[n - 1])) != 0)
		n--;
	/* "… năm 2019"; but "… Việt Nam 2006" ends the name (folded, "Nam"
	 * and "năm" are one word: the one before tells them apart). */
	if (n && nm->year && strcmp(nm->words[n - 1], "nam") == 0 &&
	    !(n >= 2 && strcmp(nm->words[n - 2], "viet") == 0))
		n--;
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
			nm->type_name = name;
			break;
		}
	}
	if (!k || (k == n && !named_by_year(nm->type_name)))
		return 0; /* no type, or no subject: a type alone names nothing */
	buf_reset(&nm->subject);
	for (size_t i = k; i < n; i++) {
		if (year_word(nm->words[i]) || strspn(nm->words[i], "0123456789"))
			return 0; /* a number inside: not a name */
		buf_adds(&nm->subject, nm->words[i]);
	}
	buf_adds(&nm->whole, nm->type.p);
	if (!nm->subject.p)
		buf_adds(&nm->subject, ""); /* "Hiến pháp 2013": a type and a year */
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
	int own_text; /* its own text is indexed */
	int same_subject; /* its card's subject is the name's (not an amending law's) */
	unsigned documents; /* documents its card counts citing it */
};

struct name_scan {
	idx_db *db;
	const struct reg_name *nm;
	struct idx_record *rec;
	/* The document whose mentions are read; its text (rec) is read when
	 * a mention first needs it: -1 when it could not be. */
	unsigned docid;
	int have_rec;
	struct name_cand *cands;
	size_t ncands;
	struct buf a, b;
	/* The fold keys of the type names its texts' mentions give: a law
	 * cites thousands of numbers of a few types. */
	struct {
		char *name, *key;
	} types[8];
	size_t ntypes;
};

/* The fold key of a mention's type name, valid until the next call. */
static const char *type_key(struct name_scan *s, const char *name)
{
	for (size_t i = 0; i < s->ntypes; i++)
		if (strcmp(s->types[i].name, name) == 0)
			return s->types[i].key;
	fold_key(name, strlen(name), &s->a);
	if (s->ntypes == sizeof s->types / sizeof *s->types)
		return s->a.p;
	s->types[s->ntypes].name = xstrdup(name);
	s->types[s->ntypes].key = xstrdup(s->a.p);
	return s->types[s->ntypes++].key;
}

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
		/* The subject folded only under the name's type. */
		const char *ty = type_key(s, m->type_name);
		if (strcmp(ty, s->nm->type.p) == 0) {
			fold_key(m->subject, strlen(m->subject), &s->b);
			if (strcmp(s->b.p, s->nm->subject.p) == 0) {
				cand_add(s, m->canonical);
				return 0;
			}
		}
	}
	/* Reading the text before a number costs inflating its piece: only
	 * for numbers of the name's type, as their mention reads it (a bare
	 * /QH number reads as Luật: a suffix of Bộ luật's key). */
	if (m->type_name && *m->type_name) {
		const char *key = type_key(s, m->type_name);
		const char *ty = s->nm->type.p;
		size_t tl = s->nm->type.len, kl = strlen(key);
		if (kl > tl || strcmp(ty + tl - kl, key) != 0)
			return 0;
	}
	/* Known already: its text need not be read again. */
	for (size_t i = 0; i < s->ncands; i++)
		if (strcmp(s->cands[i].canonical, m->canonical) == 0)
			return 0;
	/* A regulation names its grounds in full at its top ("Căn cứ Luật
	 * … số …"): the first piece of its text is read, no other. */
	if (m->start > NAME_HEAD)
		return 0;
	if (!s->have_rec)
		s->have_rec = idx_get_text(s->db, s->docid, s->rec, NULL) == 0 ? 1 : -1;
	if (s->have_rec < 0)
		return 1; /* its text unread: its mentions are not either */
	if (m->start > s->rec->text_len)
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

/* The documents ranked [offset, offset + limit) by the name's phrase, into
 * *w (nm's window for offset: matched once for all the types the name is
 * read as). */
static int name_window(idx_db *db, struct reg_name *nm, size_t offset, size_t limit,
		       const struct name_window **w, char **err)
{
	struct name_window *win = NULL;
	for (size_t i = 0; i < sizeof nm->windows / sizeof *nm->windows && !win; i++)
		if (!nm->windows[i].have ||
		    (nm->windows[i].offset == offset && nm->windows[i].limit == limit))
			win = &nm->windows[i];
	if (!win) /* not met: NAME_DOCS and NAME_DOCS_MORE are the two */
		win = &nm->windows[1];
	*w = win;
	if (win->have && win->offset == offset && win->limit == limit)
		return 0;
	free(win->docids);
	memset(win, 0, sizeof *win);
	/* The phrase, and the phrase followed by "số": texts that write "Luật
	 * Đất đai số 31/2024/QH15" come before texts that only name it. */
	idx_query *phrase[2];
	struct buf t = BUF_INIT;
	for (int with_so = 0; with_so < 2; with_so++) {
		size_t n = nm->nwords + (size_t)with_so;
		idx_query **v = xcalloc(n, sizeof *v);
		for (size_t i = 0; i < n; i++) {
			buf_reset(&t);
			buf_adds(&t, PREFIX_FOLDED);
			buf_adds(&t, i < nm->nwords ? nm->words[i] : "so");
			v[i] = idx_q_term(t.p, t.len);
		}
		phrase[with_so] = n > 1 ? idx_q_combine(IDX_Q_PHRASE, v, n) : v[0];
		/* The pairs of the words typed side by side, as a filter: rare
		 * next to the syllables ("luật", "doanh", "nghiệp" stand in most
		 * laws), they leave far fewer texts whose positions the phrase
		 * checks; weights stay the phrase's. */
		size_t np = 0;
		v[np++] = phrase[with_so];
		for (size_t i = 1; i < nm->nwords; i++) {
			if (nm->joined[i] && query_pair_fits(nm->words[i - 1], nm->words[i]))
				v[np++] = query_pair_term(PREFIX_PAIR, nm->words[i - 1], nm->words[i]);
		}
		if (np > 1)
			phrase[with_so] = idx_q_combine(IDX_Q_FILTER, v, np);
		free(v);
	}
	buf_release(&t);
	idx_query *iq = idx_q_combine(IDX_Q_OR, phrase, 2);
	struct idx_results r;
	int rc = idx_search(db, iq, offset, limit, 0, 0, 0, &r, err);
	idx_q_free(iq);
	if (rc < 0)
		return -1;
	win->docids = r.n ? xcalloc(r.n, sizeof *win->docids) : NULL;
	for (size_t i = 0; i < r.n; i++)
		win->docids[i] = r.hits[i].docid;
	win->n = r.n;
	win->offset = offset;
	win->limit = limit;
	win->have = 1;
	idx_results_release(&r);
	return 0;
}

/* Reads the mentions of the documents ranked [offset, offset + limit) by
 * the name's phrase for numbers the name stands before, into s. */
static int name_scan_window(idx_db *db, struct reg_name *nm, size_t offset, size_t limit,
			    struct name_scan *s, char **err)
{
	const struct name_window *w;
	if (name_window(db, nm, offset, limit, &w, err) < 0)
		return -1;
	int rc = 0;
	for (size_t i = 0; i < w->n && rc == 0; i++) {
		/* The text alone, and only once a mention is to be read in it
		 * (on_name_mention): a text whose numbers are all letterheads or
		 * of other types is not read. */
		struct idx_record rec;
		memset(&rec, 0, sizeof rec);
		s->rec = &rec;
		s->db = db;
		s->docid = w->docids[i];
		s->have_rec = 0;
		char *e = NULL;
		/* on_name_mention reads nothing past NAME_HEAD but a letterhead. */
		if (idx_mentions_each_head(db, s->docid, NAME_HEAD, on_name_mention, s, &e) < 0) {
			*err = e;
			rc = -1;
		}
		if (s->have_rec > 0)
			idx_record_release(&rec);
	}
	return rc;
}

/* Checks s's candidates from *checked on against their cards: the type,
 * and the year the card's date or else the number gives. Kept ones move to
 * the front, *kept counting them; others are freed. */
static int name_check_cards(idx_db *db, const struct reg_name *nm, struct name_scan *s,
			    size_t *kept, char **err)
{
	int rc = 0;
	size_t i = *kept;
	/* Over remote shards each card alone is its citing documents read,
	 * a round trip or more, one card after the other: asked at once. */
	if (s->ncands > i + 1) {
		char **nums = xcalloc(s->ncands - i, sizeof *nums);
		for (size_t j = i; j < s->ncands; j++)
			nums[j - i] = s->cands[j].canonical;
		idx_cards_ahead(db, nums, s->ncands - i);
		free(nums);
	}
	for (; i < s->ncands && rc == 0; i++) {
		struct name_cand *k = &s->cands[i];
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
				fold_key(cd->types[0].value, strlen(cd->types[0].value), &s->a);
				keep = strcmp(s->a.p, nm->type.p) == 0;
			}
			if (cd->ndates && strlen(cd->dates[0].value) >= 10)
				snprintf(k->date, sizeof k->date, "%s", cd->dates[0].value);
			k->year = cd->year ? cd->year : atoi(k->date);
			k->own_text = cd->source_docid != 0;
			k->documents = cd->documents;
			/* Said by its letterhead or by two mentions at least. */
			if (cd->nsubjects && (cd->subjects[0].letterhead || cd->subjects[0].support >= 2)) {
				fold_key(cd->subjects[0].value, strlen(cd->subjects[0].value), &s->a);
				k->same_subject = strcmp(s->a.p, nm->subject.p) == 0;
			}
			if (nm->year && k->year != nm->year)
				keep = 0;
			idx_cards_release(cards, n);
		}
		if (keep)
			s->cands[(*kept)++] = *k;
		else
			free(k->canonical);
	}
	if (rc < 0)
		for (; i < s->ncands; i++)
			free(s->cands[i].canonical);
	s->ncands = *kept;
	return rc;
}

/* What name_candidates found for a name is kept with the handle for the
 * revision it reads (idx_keep_get): a search or cite of a name, and then
 * the later namesake of its card (query_later_namesake), or the server's
 * next page of the same name, read it once. The key: "n", the type, the
 * subject, the year and the phrase's words (each after '+' when joined). */
static void name_memo_key(const struct reg_name *nm, struct buf *k)
{
	buf_adds(k, "n");
	buf_add(k, nm->type.p, nm->type.len + 1);
	buf_add(k, nm->subject.p, nm->subject.len + 1);
	buf_addf(k, "%d", nm->year);
	for (size_t i = 0; i < nm->nwords; i++) {
		buf_addc(k, nm->joined[i] ? '+' : ' ');
		buf_adds(k, nm->words[i]);
	}
}

/* Candidates kept as lines "canonical support year date own same documents". */
static void name_memo_put(idx_db *db, const struct buf *k, const struct name_cand *c, size_t n)
{
	struct buf v = BUF_INIT;
	for (size_t i = 0; i < n; i++)
		buf_addf(&v, "%s\t%u\t%d\t%s\t%d\t%d\t%u\n", c[i].canonical, c[i].support,
			 c[i].year, c[i].date, c[i].own_text, c[i].same_subject, c[i].documents);
	idx_keep_put(db, k->p, k->len, v.p ? v.p : "", v.len);
	buf_release(&v);
}

/* 0 and *out, *n read from the memo; 1 when not kept. */
static int name_memo_get(idx_db *db, const struct buf *k, struct name_cand **out, size_t *n)
{
	char *v;
	size_t len;
	if (idx_keep_get(db, k->p, k->len, &v, &len) != 0)
		return 1;
	*out = NULL;
	*n = 0;
	for (char *line = v, *nl; line < v + len && (nl = memchr(line, '\n', (size_t)(v + len - line)));
	     line = nl + 1) {
		*nl = '\0';
		char *f[7];
		size_t nf = 0;
		for (char *p = line; nf < 7; p++) {
			f[nf++] = p;
			p = strchr(p, '\t');
			if (!p)
				break;
			*p = '\0';
		}
		if (nf != 7)
			continue;
		*out = xrealloc(*out, (*n + 1) * sizeof **out);
		struct name_cand *c = &(*out)[(*n)++];
		memset(c, 0, sizeof *c);
		c->canonical = xstrdup(f[0]);
		c->support = (unsigned)strtoul(f[1], NULL, 10);
		c->year = atoi(f[2]);
		snprintf(c->date, sizeof c->date, "%s", f[3]);
		c->own_text = atoi(f[4]);
		c->same_subject = atoi(f[5]);
		c->documents = (unsigned)strtoul(f[6], NULL, 10);
	}
	free(v);
	return 0;
}

/* A candidate a misprint may have made, its own text not indexed: a
 * number of the Assembly whose year is not its term's (72/2022/QH14), or
 * one dated the day of another candidate that its own text or more
 * documents give (17/2020/QH14 beside 72/2020/QH14, both 2020-11-17 in
 * one mention each against seventeen: the Assembly passes no two laws of
 * one name a day). */
static int cand_doubtful(const struct name_cand *c, size_t n, size_t k)
{
	if (c[k].own_text)
		return 0;
	struct cite_number num;
	if (cite_parse(c[k].canonical, strlen(c[k].canonical), &num) && !cite_term_fits(&num))
		return 1;
	if (!c[k].date[0])
		return 0;
	for (size_t j = 0; j < n; j++)
		if (j != k && strcmp(c[j].date, c[k].date) == 0 &&
		    (c[j].own_text || c[j].documents > c[k].documents))
			return 1;
	return 0;
}

/* The doubtful candidates after the others, each in its order: a name
 * typed without its year means the newest regulation of that name, not a
 * newer-looking misprint of it. */
static void doubtful_last(struct name_cand *c, size_t n)
{
	if (n < 2)
		return;
	char *doubt = xcalloc(n, 1);
	for (size_t k = 0; k < n; k++)
		doubt[k] = (char)cand_doubtful(c, n, k);
	struct name_cand *t = xmalloc(n * sizeof *t);
	size_t m = 0;
	for (int pass = 0; pass < 2; pass++)
		for (size_t k = 0; k < n; k++)
			if (doubt[k] == pass)
				t[m++] = c[k];
	memcpy(c, t, n * sizeof *c);
	free(t);
	free(doubt);
}

/* query.h: why a card's number cannot be as written, or may not be. */
int query_card_doubt(const struct idx_card *c, const struct query_standing *st, int vi,
		     struct buf *out)
{
	struct cite_number num;
	int term, from, to;
	if (!cite_parse(c->canonical, strlen(c->canonical), &num) ||
	    !cite_term_misfit(&num, &term, &from, &to)) {
		if (!st || !st->twin)
			return 0;
		const char *type = c->types[0].value, *subject = c->subjects[0].value;
		if (vi)
			buf_addf(out, "%s %s cùng ngày %s là số %s (%s; có lẽ in sai số)", type, subject,
				 c->dates[0].value, st->twin,
				 st->twin_own ? "có văn bản gốc ở đây" : "được nhiều văn bản trích dẫn hơn");
		else
			buf_addf(out, "%s %s of the same day, %s, is %s (%s; a misprint?)", type, subject,
				 c->dates[0].value, st->twin,
				 st->twin_own ? "its own text is here" : "cited by more documents");
		return 1;
	}
	if (vi)
		buf_addf(out, "Quốc hội khóa %d làm việc %d–%d: không có số hiệu năm %d nào của khóa "
			      "này (có lẽ in sai)", term, from, to, num.year);
	else
		buf_addf(out, "the National Assembly's term %d sat %d–%d: no number of %d is its "
			      "(a misprint?)", term, from, to, num.year);
	return 1;
}

/* The candidates nm means, newest first (doubtful ones last), with their
 * years and dates: *out (malloc'd, each canonical the caller's), *n. */
static int name_candidates(idx_db *db, struct reg_name *nm, struct name_cand **out,
			   size_t *n, char **err)
{
	struct buf key = BUF_INIT;
	name_memo_key(nm, &key);
	int got = name_memo_get(db, &key, out, n);
	if (got == 0) {
		buf_release(&key);
		return 0;
	}
	struct name_scan s = { .nm = nm, .a = BUF_INIT, .b = BUF_INIT };
	size_t kept = 0;
	int rc = name_scan_window(db, nm, 0, NAME_DOCS, &s, err);
	if (rc == 0)
		rc = name_check_cards(db, nm, &s, &kept, err);
	if (rc == 0 && nm->year && !kept) {
		rc = name_scan_window(db, nm, NAME_DOCS, NAME_DOCS_MORE, &s, err);
		if (rc == 0)
			rc = name_check_cards(db, nm, &s, &kept, err);
	}
	if (kept) {
		qsort(s.cands, kept, sizeof *s.cands, cmp_cand);
		doubtful_last(s.cands, kept);
	}
	if (rc == 0)
		name_memo_put(db, &key, s.cands, kept);
	buf_release(&key);
	*out = s.cands;
	*n = kept;
	buf_release(&s.a);
	buf_release(&s.b);
	for (size_t i = 0; i < s.ntypes; i++) {
		free(s.types[i].name);
		free(s.types[i].key);
	}
	return rc;
}

/* The canonical numbers nm means, newest first, into c. */
static int name_numbers(idx_db *db, struct reg_name *nm, struct query_cite *c, char **err)
{
	struct name_cand *cands;
	size_t kept;
	int rc = name_candidates(db, nm, &cands, &kept, err);
	for (size_t i = 0; i < kept; i++) {
		if (rc == 0 && c->ncanonicals < NAME_MAX) {
			c->canonicals = xrealloc(c->canonicals,
						 (c->ncanonicals + 1) * sizeof *c->canonicals);
			c->canonicals[c->ncanonicals++] = cands[i].canonical;
		} else {
			free(cands[i].canonical);
		}
	}
	free(cands);
	return rc;
}

/* Can candidate k be the law after card (of the given year) by day: a
 * later year in its number, and a later date where its card gives one (a
 * misprinted year, "72/2022/QH14" for 72/2020/QH14 of the same day, is no
 * later law), issued by day (no date: its year by day's); its card's
 * subject the same, by its letterhead or two mentions (not an amending law
 * the name stands before: "Luật Đê điều số 79/2006/QH11 … bởi Luật số
 * 60/2020/QH14"); its own text not here (one that is says itself what it
 * does to this one: its relations). */
static int namesake_after(const struct name_cand *k, const struct idx_card *card, int year,
			  const char *day)
{
	if (k->year <= year || k->own_text || !k->same_subject ||
	    strcmp(k->canonical, card->canonical) == 0)
		return 0;
	if (!k->date[0])
		return k->year <= atoi(day);
	return strcmp(k->date, day) <= 0 &&
	       (!card->ndates || strcmp(k->date, card->dates[0].value) > 0);
}

/* The candidates of card's name, its type and subject (a law named by its
 * subject: query_named_by_subject): *c (malloc'd, NULL none), *n. 0, or -1
 * on error. */
static int card_name_candidates(idx_db *db, const struct idx_card *card, struct name_cand **c,
				size_t *n, char **err)
{
	*c = NULL;
	*n = 0;
	if (!card->ntypes || !card->nsubjects || !query_named_by_subject(card->types[0].value))
		return 0;
	struct reg_name nm = { .type = BUF_INIT, .subject = BUF_INIT, .whole = BUF_INIT,
			       .typed = BUF_INIT };
	struct buf name = BUF_INIT;
	buf_addf(&name, "%s %s", card->types[0].value, card->subjects[0].value);
	for (char *w = strtok(name.p, " \t\n"); w; w = strtok(NULL, " \t\n"))
		name_add_typed(&nm, w, 1);
	int rc = 0;
	if (nm.nwords && name_read(&nm) && !nm.year)
		rc = name_candidates(db, &nm, c, n, err);
	buf_release(&name);
	name_release(&nm);
	return rc < 0 ? -1 : 0;
}

/* The candidates c (n of them) freed, but for k's number: returned (the
 * caller's to free), NULL when k is n (none chosen). */
static char *cand_take(struct name_cand *c, size_t n, size_t k)
{
	char *kept = NULL;
	for (size_t i = 0; i < n; i++) {
		if (i == k)
			kept = c[i].canonical;
		else
			free(c[i].canonical);
	}
	free(c);
	return kept;
}

/* query.h: the next regulation of card's type and subject after it (the
 * earliest namesake_after). */
int query_later_namesake(idx_db *db, const struct idx_card *card, const char *day,
			 char **number, char date[11], char **err)
{
	*number = NULL;
	date[0] = '\0';
	int year = card->year ? card->year : card->ndates ? atoi(card->dates[0].value) : 0;
	if (!year)
		return 0;
	struct name_cand *c;
	size_t n;
	int rc = card_name_candidates(db, card, &c, &n, err);
	size_t best = n;
	for (size_t i = 0; rc == 0 && i < n; i++)
		if (namesake_after(&c[i], card, year, day) && (best == n || c[i].year < c[best].year))
			best = i;
	if (best < n)
		snprintf(date, 11, "%s", c[best].date);
	*number = cand_take(c, n, best);
	return rc;
}

/* A misprint is cited by few: each of the five numbers of the 7,070 cited
 * in the six folders that misprint another of their name and day by one or
 * two documents. A card more texts cite is not asked (the name's look-up
 * costs a law's card a third more). */
#define TWIN_DOCS_MAX 3

/* query.h: the regulation card's number may misprint: another candidate
 * of its name dated its day, its own text here or more documents citing
 * it (cand_doubtful's second kind, 17/2020/QH14 beside 72/2020/QH14). */
int query_same_day_namesake(idx_db *db, const struct idx_card *card, char **number,
			    int *own_text, char **err)
{
	*number = NULL;
	*own_text = 0;
	if (card->source_docid || card->documents > TWIN_DOCS_MAX || !card->ndates ||
	    strlen(card->dates[0].value) != 10)
		return 0;
	struct name_cand *c;
	size_t n;
	int rc = card_name_candidates(db, card, &c, &n, err);
	size_t self = n, best = n;
	for (size_t i = 0; i < n; i++)
		if (strcmp(c[i].canonical, card->canonical) == 0)
			self = i;
	/* Its own count as the candidates give it (the name's documents),
	 * else its card's. */
	unsigned docs = self < n ? c[self].documents : card->documents;
	for (size_t i = 0; rc == 0 && i < n; i++)
		if (i != self && strcmp(c[i].date, card->dates[0].value) == 0 &&
		    (c[i].own_text || c[i].documents > docs) &&
		    (best == n || c[i].own_text > c[best].own_text ||
		     (c[i].own_text == c[best].own_text && c[i].documents > c[best].documents)))
			best = i;
	if (best < n)
		*own_text = c[best].own_text;
	*number = cand_take(c, n, best);
	return rc;
}

/* ---- a regulation without a number ------------------------------------- */

/* Its own text: among the best matches of the name's words in document
 * names (PREFIX_NAME pairs) of that year, one with no number of its own
 * whose title starts with the name ("Hiến pháp: Nước Cộng hòa …"); the
 * newest when no year is given. 1 found (c->text_docid, text_hash), 0 not,
 * -1 error. */
static int name_text(idx_db *db, const struct reg_name *nm, struct query_cite *c, char **err)
{
	if (nm->nwords < 2)
		return 0;
	idx_query **v = xcalloc(nm->nwords + 1, sizeof *v);
	size_t n = 0;
	struct buf t = BUF_INIT, k = BUF_INIT;
	for (size_t i = 1; i < nm->nwords; i++)
		v[n++] = query_pair_term(PREFIX_NAME, nm->words[i - 1], nm->words[i]);
	if (nm->year) {
		buf_reset(&t);
		buf_addf(&t, "%s%d", PREFIX_YEAR, nm->year);
		v[n++] = idx_q_term(t.p, t.len);
	}
	idx_query *iq = idx_q_combine(IDX_Q_AND, v, n);
	free(v);
	struct idx_results r;
	int rc = idx_search(db, iq, 0, NAME_DOCS, 0, nm->year ? 0 : 1, 1, &r, err);
	idx_q_free(iq);
	for (size_t i = 0; rc == 0 && i < r.n && !c->text_docid; i++) {
		struct idx_record rec;
		if (idx_get_lazy(db, r.hits[i].docid, &rec, NULL) != 0)
			continue;
		fold_key(rec.title, strlen(rec.title), &k);
		if ((!rec.own || !*rec.own) && rec.hash && k.len >= nm->whole.len &&
		    memcmp(k.p, nm->whole.p, nm->whole.len) == 0) {
			c->text_docid = rec.docid;
			c->text_hash = xstrdup(rec.hash);
		}
		idx_record_release(&rec);
	}
	if (rc == 0)
		idx_results_release(&r);
	buf_release(&t);
	buf_release(&k);
	return rc < 0 ? -1 : c->text_docid != 0;
}

static int any_token(const struct text_token *t, void *arg)
{
	struct abbrev_folded *a = arg;
	a->words = xrealloc(a->words, (a->nwords + 1) * sizeof *a->words);
	a->words[a->nwords++] = xstrndup(t->folded, t->folded_len);
	return 0;
}

/* The documents holding phrase: its folded words in order. */
static idx_query *phrase_query(const char *phrase)
{
	struct abbrev_folded w = { 0 };
	struct text_tokeniser *tz = text_tokeniser_new();
	text_tokenise(tz, phrase, strlen(phrase), 0, any_token, &w);
	text_tokeniser_free(tz);
	idx_query **v = xcalloc(w.nwords + 1, sizeof *v);
	struct buf t = BUF_INIT;
	for (size_t i = 0; i < w.nwords; i++) {
		buf_reset(&t);
		buf_adds(&t, PREFIX_FOLDED);
		buf_adds(&t, w.words[i]);
		v[i] = idx_q_term(t.p, t.len);
		free(w.words[i]);
	}
	free(w.words);
	buf_release(&t);
	idx_query *iq = w.nwords > 1 ? idx_q_combine(IDX_Q_PHRASE, v, w.nwords)
		       : w.nwords ? v[0] : idx_q_match_nothing();
	free(v);
	return iq;
}

const char *query_title_type(const char *title)
{
	/* The longest of up to four words: "Bộ luật", "Thông tư liên tịch". */
	return cite_type_name_leading(title, 4);
}

/* The card of a regulation without a number, from its own text: the
 * name as read ("Hiến pháp 2013") stands for the number; type, issuer (the
 * letterhead's first line, when it is a body the tables know) and date
 * from the text; cited in: the documents naming it with its year ("Hiến
 * pháp năm 2013"). */
static int text_card(idx_db *db, const struct query_cite *c, struct idx_card *card, char **err)
{
	struct idx_record rec;
	memset(card, 0, sizeof *card);
	int rc = idx_get_lazy(db, c->text_docid, &rec, err);
	if (rc != 0)
		return rc < 0 ? -1 : 0;
	const char *name = query_title_type(rec.title);
	char *type = xstrdup(name ? name : rec.title);
	char year[5] = "";
	if (rec.date && strlen(rec.date) == 10 && !rec.date_inferred)
		memcpy(year, rec.date, 4);
	/* A type named by its subject ("Luật Cải cách ruộng đất", a law of
	 * 1953 without a number): the title names it, its rest the subject
	 * (a constitution is named by its year, as above). */
	size_t tl = strlen(type);
	const char *subject = NULL;
	if (name && query_named_by_subject(type) && !named_by_year(type) && strncmp(rec.title, type, tl) == 0 &&
	    rec.title[tl] == ' ' && rec.title[tl + 1]) {
		subject = rec.title + tl + 1;
		free(type);
		type = xstrdup(rec.title);
	}
	card->canonical = *year ? xasprintf("%s %s", type, year) : xstrdup(type);
	card->kind = xstrdup("unnumbered");
	card->source_docid = rec.docid;
	struct idx_vote *vote;
#define ADD_VOTE(field, count, val)                                    \
	do {                                                           \
		vote = xcalloc(1, sizeof *vote);                       \
		vote->value = xstrdup(val);                            \
		vote->support = 1;                                     \
		vote->letterhead = 1;                                  \
		card->field = vote;                                    \
		card->count = 1;                                       \
	} while (0)
	if (subject) {
		ADD_VOTE(types, ntypes, name);
		ADD_VOTE(subjects, nsubjects, subject);
	} else {
		ADD_VOTE(types, ntypes, type);
	}
	idx_record_need(&rec, 0, 200);
	const char *code = cite_first_line_issuer(rec.text, rec.text_len < 200 ? rec.text_len : 200);
	if (!code)
		code = cite_type_body(name ? name : type, -1);
	const char *names = code ? cite_issuer_names(code) : NULL;
	if (names) {
		char *body = xstrndup(names, strcspn(names, "|"));
		ADD_VOTE(issuers, nissuers, body);
		free(body);
	}
	if (rec.date && strlen(rec.date) == 10 && !rec.date_inferred)
		ADD_VOTE(dates, ndates, rec.date);
#undef ADD_VOTE
	idx_record_release(&rec);
	/* Cited in: "Hiến pháp năm 2013" and "Hiến pháp 2013"; a law named
	 * by its subject, by its name ("Luật Cải cách ruộng đất"). */
	if (!*year && !subject) {
		free(type);
		return 1;
	}
	char *p1 = subject ? xstrdup(type) : xasprintf("%s %s", type, year),
	     *p2 = subject ? xstrdup(type) : xasprintf("%s năm %s", type, year);
	idx_query *v[2] = { phrase_query(p1), phrase_query(p2) };
	free(p1);
	free(p2);
	free(type);
	struct buf h = BUF_INIT;
	buf_adds(&h, PREFIX_HASH);
	buf_adds(&h, c->text_hash);
	/* Not its own text, which names itself. */
	idx_query *w[2] = { idx_q_combine(IDX_Q_OR, v, 2), idx_q_term(h.p, h.len) };
	buf_release(&h);
	idx_query *iq = idx_q_combine(IDX_Q_AND_NOT, w, 2);
	struct idx_results r;
	rc = idx_search(db, iq, 0, 0, idx_doc_count(db), 0, 0, &r, err);
	idx_q_free(iq);
	if (rc < 0)
		return -1;
	card->documents = card->mentions = (unsigned)r.lower;
	idx_results_release(&r);
	return 1;
}

/* One type's fold key, or a genus's beside its kind's ("luat" in
 * "boluat"). */
static int type_keys_kin(const char *a, const char *b)
{
	struct buf ka = BUF_INIT, kb = BUF_INIT;
	fold_key(a, strlen(a), &ka);
	fold_key(b, strlen(b), &kb);
	size_t la = ka.len, lb = kb.len;
	int kin = la && lb &&
		  (la <= lb ? memcmp(kb.p + lb - la, ka.p, la) == 0 || memcmp(kb.p, ka.p, la) == 0
			    : memcmp(ka.p + la - lb, kb.p, lb) == 0 || memcmp(ka.p, kb.p, lb) == 0);
	buf_release(&ka);
	buf_release(&kb);
	return kin;
}

/* A reference that names its type ("Luật 55/2010", "Luật An toàn thực
 * phẩm") means the cards of that type: of a number that names a law and a
 * resolution (55/2010/QH12), the resolution's card drops out, when a card
 * of that number has the type typed. Returns the cards kept. */
static size_t typed_type_only(const struct query_cite *c, struct idx_card *cards, size_t n)
{
	const char *typed = c->named_type ? c->named_type
			    : c->num.kind == CITE_SHORT ? c->num.type_name
							: NULL;
	if (!typed || n < 2)
		return n;
	unsigned char *kin = xcalloc(n, 1);
	for (size_t i = 0; i < n; i++) {
		const char *type = query_card_type(&cards[i]);
		kin[i] = type && type_keys_kin(type, typed);
	}
	size_t w = 0;
	for (size_t i = 0; i < n; i++) {
		int other = 0;
		for (size_t j = 0; j < n && !other && !kin[i]; j++)
			other = j != i && kin[j] && strcmp(cards[j].canonical, cards[i].canonical) == 0;
		if (other) {
			idx_card_release(&cards[i]);
			continue;
		}
		cards[w++] = cards[i];
	}
	free(kin);
	return w;
}

int query_cite_cards(idx_db *db, const struct query_cite *c, struct idx_card **cards, size_t *n,
		     char **err)
{
	*cards = NULL;
	*n = 0;
	idx_cards_ahead(db, c->canonicals, c->ncanonicals); /* at once over remote shards */
	for (size_t i = 0; i < c->ncanonicals; i++) {
		struct idx_card *more;
		size_t m;
		int rc = idx_cards_get(db, c->canonicals[i], &more, &m, err);
		if (rc < 0) {
			idx_cards_release(*cards, *n);
			*cards = NULL;
			*n = 0;
			return -1;
		}
		*cards = xrealloc(*cards, (*n + m + 1) * sizeof **cards);
		if (m)
			memcpy(*cards + *n, more, m * sizeof *more);
		*n += m;
		free(more);
	}
	*n = typed_type_only(c, *cards, *n);
	if (c->text_docid) {
		*cards = xrealloc(*cards, (*n + 1) * sizeof **cards);
		int rc = text_card(db, c, *cards + *n, err);
		if (rc < 0) {
			idx_cards_release(*cards, *n);
			*cards = NULL;
			*n = 0;
			return -1;
		}
		*n += rc;
	}
	return 0;
}

/* Fills c (typed, canonicals) for the name the query's words are, if they
 * are one. 1: a name with numbers, 0: none, -1: error. numberless: also
 * a text whose title is the name as typed and that has no number (the laws
 * of 1953–59 in uts-vlc-laws: "LUẬT / CẢI CÁCH RUỘNG ĐẤT"), as cite asks;
 * a search asks it of a constitution only (a name that means no number
 * would cost each such query a second match). */
static int resolve_name(idx_db *db, const struct query_node *root, struct query_cite *c,
			int numberless, char **err)
{
	struct reg_name nm = { .type = BUF_INIT, .subject = BUF_INIT, .whole = BUF_INIT,
			       .typed = BUF_INIT };
	int rc = 0;
	memset(c, 0, sizeof *c);
	if (name_collect(root, &nm) && name_read(&nm)) {
		rc = name_numbers(db, &nm, c, err);
		/* "Luật Lao động", "Luật Hình sự": the codes people name as
		 * laws ("Bộ luật Lao động"), when no law is named so; a code's
		 * subject is of at most four words ("Tố tụng hình sự"). */
		struct buf as_typed = BUF_INIT;
		if (rc == 0 && !c->ncanonicals && strcmp(nm.type.p, "luat") == 0 &&
		    nm.nwords <= 5) {
			buf_adds(&as_typed, nm.whole.p);
			buf_reset(&nm.type);
			buf_adds(&nm.type, "boluat");
			buf_reset(&nm.whole);
			buf_adds(&nm.whole, "boluat");
			buf_adds(&nm.whole, nm.subject.p);
			nm.type_name = "Bộ luật";
			rc = name_numbers(db, &nm, c, err);
		}
		/* No number means it: a regulation that has none, titled by
		 * the name as typed (not as the code it was tried as). */
		if (rc == 0 && !c->ncanonicals && (numberless || named_by_year(nm.type_name))) {
			if (as_typed.len) {
				buf_reset(&nm.whole);
				buf_adds(&nm.whole, as_typed.p);
			}
			rc = name_text(db, &nm, c, err) < 0 ? -1 : 0;
		}
		buf_release(&as_typed);
		if (rc == 0 && (c->ncanonicals || c->text_docid)) {
			c->typed = buf_detach(&nm.typed, NULL);
			c->named_type = nm.type_name;
			c->cited = 1;
			rc = 1;
		}
	}
	if (rc <= 0)
		query_cite_release(c);
	name_release(&nm);
	return rc;
}

/* Words a name inside a question may take: a type of up to three words,
 * a subject, "năm" and a year. */
#define NAME_IN_QUESTION_MAX 12

/* Can a name start at the query word k (next: the word after it): a
 * named type's first word, or an abbreviation ("BLHS")? resolve_name says
 * whether one does. */
static int name_may_start(const struct query_node *k, const struct query_node *next)
{
	if (k->kind != QN_WORDS || k->nwords != 1 || k->quoted)
		return 0;
	const char *w = k->words[0].folded, *nx = NULL;
	if (next && next->kind == QN_WORDS && next->nwords == 1 && next->joins_prev)
		nx = next->words[0].folded;
	if (strcmp(w, "luat") == 0)
		return 1;
	if (nx && ((strcmp(w, "bo") == 0 && strcmp(nx, "luat") == 0) ||
		   (strcmp(w, "hien") == 0 && strcmp(nx, "phap") == 0) ||
		   (strcmp(w, "phap") == 0 && strcmp(nx, "lenh") == 0)))
		return 1;
	return abbrev_row(w) >= 0;
}

/* A question that names a regulation among its words ("… theo Luật Nghĩa
 * vụ quân sự mới nhất?", "… về Hiến pháp …", "… theo BLHS?"): the longest
 * run of words, from a type word on, that resolve_name reads as a name the
 * collection holds. A name given with a year the collection does not hold
 * ("Luật Đất đai 2024") is not read as another year's law. */
static int resolve_name_within(idx_db *db, const struct query_node *root, struct query_cite *c,
			       char **err)
{
	if (!root || root->kind != QN_AND)
		return 0;
	for (size_t s = 0; s < root->nkids; s++) {
		if (!name_may_start(root->kids[s], s + 1 < root->nkids ? root->kids[s + 1] : NULL))
			continue;
		/* The run: plain words side by side, or after a comma (a name
		 * may hold one: "Luật Phòng, chống tham nhũng"; the longest
		 * run read as a name wins, so "Luật Đất đai, ai …" is still
		 * "Luật Đất đai"; a question mark ends it), and a year after
		 * them (a number joins no word). */
		size_t e = s + 1;
		while (e < root->nkids && e - s < NAME_IN_QUESTION_MAX &&
		       root->kids[e]->kind == QN_WORDS && root->kids[e]->nwords == 1 &&
		       !root->kids[e]->quoted &&
		       (root->kids[e]->joins_prev || root->kids[e]->comma_prev ||
			year_word(root->kids[e]->words[0].folded)))
			e++;
		for (; e > s; e--) {
			struct query_node run = { .kind = QN_AND, .kids = root->kids + s,
						  .nkids = e - s };
			int rc = resolve_name(db, &run, c, 0, err);
			if (rc != 0)
				return rc;
			if (year_word(root->kids[e - 1]->words[0].folded))
				break;
		}
	}
	return 0;
}

/* A word in more than this share of the documents says little on its own. */
#define COMMON_SHARE 0.4

/* Two words side by side, one of them common, that the collection writes so
 * in under this share of the documents holding the rarer one are no word
 * (mark_loose). */
#define LOOSE_PAIR_SHARE 0.05

/* The folded term of a word into t. */
static void folded_term(struct buf *t, const char *folded)
{
	buf_adds(t, PREFIX_FOLDED);
	buf_adds(t, folded);
}

/* Documents holding term t (a folded word or a pair). */
static unsigned long long term_df(idx_db *db, const struct buf *t)
{
	return idx_term_freq(db, t->p, t->len);
}

/* Two plain words of a list, the second at i, that may form a pair. */
static int plain_pair_at(const struct query_node *n, size_t i)
{
	const struct query_node *a = n->kids[i - 1], *b = n->kids[i];
	return b->joins_prev && a->kind == QN_WORDS && b->kind == QN_WORDS && a->nwords == 1 &&
	       b->nwords == 1 && !a->quoted && !b->quoted;
}

/* A list read as a description (query_ranked_list): the lists whose pairs
 * mark_loose weighs. */
static int long_list(const struct query_node *n)
{
	return n->kind == QN_AND && query_ranked_list(n);
}

/* A question's words join across its words' bounds: "cha mẹ là nghĩa vụ"
 * makes the pairs "mẹ là" and "là nghĩa" beside "cha mẹ" and "nghĩa vụ". A
 * heading that holds such a pair by chance ("… có cha mẹ là công dân Việt
 * Nam") is one of a few, so the pair's heading term weighed as a rare word
 * and put the Nationality Law above the Law on Marriage and Family. A pair
 * one of whose words is common, written side by side in under
 * LOOSE_PAIR_SHARE of the documents holding its rarer word, is no word: its
 * heading term is left out (build.c, ranked_query). Its text term stays: a
 * question's phrases ("theo quy định của") are evidence on ALQAC. */
static void mark_loose(idx_db *db, struct query_node *n)
{
	for (size_t i = 1; i < n->nkids; i++) {
		struct query_word *a = &n->kids[i - 1]->words[0], *b = &n->kids[i]->words[0];
		if (!plain_pair_at(n, i) || (!a->common && !b->common))
			continue;
		unsigned long long lo = a->df < b->df ? a->df : b->df;
		struct buf t = BUF_INIT;
		query_pair_text(&t, PREFIX_PAIR, a->folded, b->folded);
		b->loose = lo > 0 && (double)term_df(db, &t) < LOOSE_PAIR_SHARE * (double)lo;
		buf_release(&t);
	}
}

/* How rare an article heading holding each pair of a description is
 * (query_word.head_idf): the pair's heading term then weighs also at a
 * weight no text's length divides (build.c, HEADING_FLAT). A loose pair
 * (mark_loose) has no heading term. */
static void mark_heads(idx_db *db, struct query_node *n, unsigned long long docs)
{
	for (size_t i = 1; i < n->nkids; i++) {
		struct query_word *a = &n->kids[i - 1]->words[0], *b = &n->kids[i]->words[0];
		if (!plain_pair_at(n, i) || b->loose)
			continue;
		struct buf t = BUF_INIT;
		query_pair_text(&t, PREFIX_HEADING, a->folded, b->folded);
		unsigned long long df = term_df(db, &t);
		b->head_idf = df && df < docs ? log((double)docs / (double)df) : 0;
		buf_release(&t);
	}
}

static void mark_common(idx_db *db, struct query_node *n, unsigned long long docs)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->nkids; i++)
		mark_common(db, n->kids[i], docs);
	if (long_list(n)) {
		mark_loose(db, n);
		mark_heads(db, n, docs);
	}
	if (n->kind != QN_WORDS || n->nwords != 1)
		return;
	struct query_word *w = &n->words[0];
	struct buf t = BUF_INIT;
	folded_term(&t, w->folded);
	/* Documents with the word in any spelling of its marks. */
	w->df = term_df(db, &t);
	buf_release(&t);
	w->common = docs > 20 && (double)w->df > COMMON_SHARE * (double)docs;
}

void query_common_terms(const struct query_node *n, struct buf **terms, size_t *nterms)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->nkids; i++) {
		query_common_terms(n->kids[i], terms, nterms);
		if (i && long_list(n) && plain_pair_at(n, i)) {
			*terms = xrealloc(*terms, (*nterms + 1) * sizeof **terms);
			struct buf *t = &(*terms)[(*nterms)++];
			*t = (struct buf)BUF_INIT;
			query_pair_text(t, PREFIX_PAIR, n->kids[i - 1]->words[0].folded,
					n->kids[i]->words[0].folded);
			*terms = xrealloc(*terms, (*nterms + 1) * sizeof **terms);
			t = &(*terms)[(*nterms)++];
			*t = (struct buf)BUF_INIT;
			query_pair_text(t, PREFIX_HEADING, n->kids[i - 1]->words[0].folded,
					n->kids[i]->words[0].folded);
		}
	}
	if (n->kind != QN_WORDS || n->nwords != 1)
		return;
	*terms = xrealloc(*terms, (*nterms + 1) * sizeof **terms);
	struct buf *t = &(*terms)[(*nterms)++];
	*t = (struct buf)BUF_INIT;
	folded_term(t, n->words[0].folded);
}

/* The frequencies mark_common reads, asked at once: over remote shards each
 * alone is a round trip to every shard in turn. (query_spell asked them
 * already with its own, unless it read a word otherwise.) */
static void mark_common_ahead(idx_db *db, struct query_node *root)
{
	struct buf *t = NULL;
	size_t n = 0;
	query_common_terms(root, &t, &n);
	if (n) {
		const char **terms = xcalloc(n, sizeof *terms);
		size_t *lens = xcalloc(n, sizeof *lens);
		for (size_t i = 0; i < n; i++) {
			terms[i] = t[i].p;
			lens[i] = t[i].len;
		}
		idx_term_freqs_ahead(db, terms, lens, n);
		free(terms);
		free(lens);
	}
	for (size_t i = 0; i < n; i++)
		buf_release(&t[i]);
	free(t);
}

void query_cite_name(const struct cite_number *n, struct buf *out)
{
	if (n->canonical[0]) {
		buf_adds(out, n->canonical);
		return;
	}
	const char *type = n->type_name ? n->type_name : cite_type_name(n->type, CITE_QPPL);
	buf_addf(out, "%s%s%s", type ? type : "", type ? " " : "", n->number);
	if (n->year)
		buf_addf(out, "/%d", n->year);
}

/* qs with the short number c read as words (query_cite_uncited). */
static char *cite_as_words(const char *qs, const struct query_cite *c)
{
	if (c->num.kind != CITE_SHORT || !c->typed || !*c->typed)
		return NULL;
	const char *at = strstr(qs, c->typed);
	if (!at)
		return NULL;
	/* Its number, the last word typed, quoted: a word, not a number. */
	size_t n = strlen(c->typed), last = n;
	while (last > 0 && c->typed[last - 1] != ' ')
		last--;
	if (last == 0)
		return NULL; /* "NĐ89/2021": no word to keep apart */
	struct buf b = BUF_INIT;
	buf_add(&b, qs, (size_t)(at - qs) + last);
	buf_addc(&b, '"');
	buf_add(&b, c->typed + last, n - last);
	buf_addc(&b, '"');
	buf_adds(&b, at + n);
	return buf_detach(&b, NULL);
}

int query_cite_uncited(const char *qs, const struct query_cite *c, struct buf *name,
		       char **words)
{
	*words = NULL;
	if (c->cited || c->named)
		return 0;
	query_cite_name(&c->num, name);
	*words = cite_as_words(qs, c);
	return 1;
}

int query_resolve(idx_db *db, struct query *q, char **err)
{
	for (size_t i = 0; i < q->ncites; i++) {
		struct query_cite *c = &q->cites[i];
		if (resolve_one(db, c, NULL, NULL, err) < 0)
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
	/* A regulation's name typed instead of its number: its card first;
	 * so too in a question that names one among its words. */
	if (q->ncites == 0) {
		struct query_cite c;
		int rc = resolve_name(db, q->root, &c, 0, err);
		if (rc == 0 && query_is_ranked(q))
			rc = resolve_name_within(db, q->root, &c, err);
		if (rc < 0)
			return -1;
		if (rc > 0) {
			c.named = 1;
			q->cites = xrealloc(q->cites, (q->ncites + 1) * sizeof *q->cites);
			q->cites[q->ncites++] = c;
		}
	}
	mark_common_ahead(db, q->root);
	mark_common(db, q->root, idx_doc_count(db));
	/* A question giving a number is about that regulation (build.c,
	 * named_first): where its own text is not indexed, a consolidated
	 * text (VBHN) of it stands for it. */
	for (size_t i = 0; query_is_ranked(q) && i < q->ncites; i++) {
		struct query_cite *c = &q->cites[i];
		for (size_t j = 0; c->cited && !c->named && j < c->ncanonicals; j++) {
			struct idx_card *cards;
			size_t n;
			if (idx_cards_get(db, c->canonicals[j], &cards, &n, err) < 0)
				return -1;
			for (size_t k = 0; k < n; k++)
				for (size_t r = 0; r < cards[k].nrelations; r++) {
					const struct idx_relation *rel = &cards[k].relations[r];
					if (!rel->incoming || strcmp(rel->kind, "consolidates") != 0)
						continue;
					c->consolidated = xrealloc(c->consolidated,
								   (c->nconsolidated + 1) *
									   sizeof *c->consolidated);
					c->consolidated[c->nconsolidated++] = xstrdup(rel->other);
				}
			idx_cards_release(cards, n);
		}
	}
	return 0;
}

int query_cite_lookup(idx_db *db, const char *s, struct query_cite *out,
		      struct idx_card **cards, size_t *n, char **err)
{
	memset(out, 0, sizeof *out);
	*cards = NULL;
	*n = 0;
	if (cite_parse_typed(s, strlen(s), &out->num) || read_year_only(s, &out->num)) {
		/* Its cards as resolving it read them. */
		out->typed = xstrdup(s);
		if (resolve_one(db, out, cards, n, err) < 0) {
			idx_cards_release(*cards, *n);
			*cards = NULL;
			*n = 0;
			return -1;
		}
		*n = typed_type_only(out, *cards, *n);
		return 1;
	} else {
		/* Not a number: maybe a regulation's name. */
		struct query *q;
		char *perr = NULL;
		if (query_parse(s, strlen(s), &q, &perr) < 0) {
			free(perr);
			return 0;
		}
		int rc = resolve_name(db, q->root, out, 1, err);
		query_free(q);
		if (rc <= 0)
			return rc;
		free(out->typed);
		out->typed = xstrdup(s);
	}
	return query_cite_cards(db, out, cards, n, err) < 0 ? -1 : 1;
}

struct several {
	struct buf list;
	size_t n;
};

static int several_add(const struct cite_mention *m, void *ctx)
{
	struct several *s = ctx;
	if (m->num.kind == CITE_SHORT || !m->num.canonical[0])
		return 0;
	s->n++;
	if (s->n <= 3)
		buf_addf(&s->list, "%s%s", s->n > 1 ? ", " : "", m->num.canonical);
	return 0;
}

char *query_cite_several(const char *typed, size_t *n)
{
	struct several s = { BUF_INIT, 0 };
	cite_scan(typed, strlen(typed), several_add, &s);
	*n = s.n;
	if (s.n < 2) {
		buf_release(&s.list);
		return NULL;
	}
	if (s.n > 3)
		buf_adds(&s.list, ", …");
	return buf_detach(&s.list, NULL);
}

/* Does typed read as a regulation's name: a type named by its subject
 * and words after it ("Luật Cải cách ruộng đất")? */
static int typed_is_name(const char *typed)
{
	struct query *q;
	char *perr = NULL;
	if (query_parse(typed, strlen(typed), &q, &perr) < 0) {
		free(perr);
		return 0;
	}
	struct reg_name nm = { .type = BUF_INIT, .subject = BUF_INIT, .whole = BUF_INIT,
			       .typed = BUF_INIT };
	int is = name_collect(q->root, &nm) && name_read(&nm);
	name_release(&nm);
	query_free(q);
	return is;
}

char *query_cite_several_why(const char *typed)
{
	size_t n;
	char *several = query_cite_several(typed, &n);
	if (!several && typed_is_name(typed))
		return xstrdup("a regulation's name that no letterhead, mention or title in the "
			       "index gives a number: search its words instead");
	if (!several)
		return NULL;
	char *why = xasprintf("%zu numbers (%s), not one: give one number a line", n, several);
	free(several);
	return why;
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

/* Decompresses what sentence_of and query_article_cited read of a record
 * read lazily: the sentence [s, e) and the byte before it (markup_at looks
 * back one); not the rest of a long law's text, which reading whole was
 * most of a cite call's own cost. */
static void sentence_need(struct idx_record *r, size_t s, size_t e)
{
	idx_record_need(r, s ? s - 1 : 0, e + 1);
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
	char *order; /* SLOT_ORDER, "" when unset */
	size_t order_len;
	char *text_of; /* SLOT_TEXT_OF: the copies of one text share it */
	size_t text_of_len;
	size_t copy_of; /* the index of the first copy listed (itself when first) */
};

/* Newest first; undated last; then by SLOT_ORDER (source, hash), the same
 * over shards as on one index; the docid only where it is unset. */
static int cmp_dated(const void *a, const void *b)
{
	const struct dated *x = a, *y = b;
	int c = strcmp(y->date, x->date);
	if (c)
		return c;
	if (!x->order_len != !y->order_len)
		return x->order_len ? -1 : 1;
	if ((c = bytes_cmp(x->order, x->order_len, y->order, y->order_len)))
		return c;
	return x->docid < y->docid ? 1 : x->docid > y->docid ? -1 : 0;
}

static void dated_free(struct dated *d, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(d[i].order);
		free(d[i].text_of);
	}
	free(d);
}

/* The copies of one text (SLOT_TEXT_OF: two sources, two formats of one
 * regulation) listed once, the first in d's order, the others its copies:
 * as search results are, so a card never lists one law twice. Returns the
 * texts left. */
static size_t collapse_copies(struct dated *d, size_t n)
{
	size_t texts = 0;
	for (size_t i = 0; i < n; i++) {
		d[i].copy_of = i;
		for (size_t k = 0; d[i].text_of_len && k < i; k++)
			if (d[k].copy_of == k && d[k].text_of_len == d[i].text_of_len &&
			    memcmp(d[k].text_of, d[i].text_of, d[i].text_of_len) == 0) {
				d[i].copy_of = k;
				break;
			}
		texts += d[i].copy_of == i;
	}
	return texts;
}

static void add_copy(struct query_cite_doc *c, unsigned docid, const char *source)
{
	c->copies = xrealloc(c->copies, (c->ncopies + 1) * sizeof *c->copies);
	c->copies[c->ncopies].docid = docid;
	c->copies[c->ncopies++].source = xstrdup(source ? source : "");
}

int query_cite_documents(idx_db *db, const struct idx_card *card, size_t offset, size_t limit,
			 struct query_cite_doc **docs, size_t *n, unsigned long long *total,
			 char **err)
{
	return query_cite_documents_copies(db, card, 0, offset, limit, docs, n, total, err);
}

int query_cite_documents_copies(idx_db *db, const struct idx_card *card, int all_copies,
				size_t offset, size_t limit, struct query_cite_doc **docs,
				size_t *n, unsigned long long *total, char **err)
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
			dated_free(d, i);
			return -1;
		}
		if (v && len == 10)
			memcpy(d[i].date, v, 11);
		free(v);
		if (idx_get_value(db, d[i].docid, SLOT_ORDER, &d[i].order, &d[i].order_len,
				  err) < 0 ||
		    (!all_copies && idx_get_value(db, d[i].docid, SLOT_TEXT_OF, &d[i].text_of,
						  &d[i].text_of_len, err) < 0)) {
			dated_free(d, i + 1);
			return -1;
		}
	}
	if (card->ndocids)
		qsort(d, card->ndocids, sizeof *d, cmp_dated);
	size_t texts = collapse_copies(d, card->ndocids);
	*total = texts;
	/* The texts, in order: listed are those from offset to offset+limit. */
	size_t *slot = card->ndocids ? xcalloc(card->ndocids, sizeof *slot) : NULL;
	size_t rank = 0;
	for (size_t i = 0; i < card->ndocids; i++)
		slot[i] = d[i].copy_of == i ? rank++ : slot[d[i].copy_of];
	size_t end = offset + limit < texts ? offset + limit : texts;
	*docs = end > offset ? xcalloc(end - offset, sizeof **docs) : NULL;
	/* Where each listed text stands in *docs (SIZE_MAX: gone). */
	size_t *at = end > offset ? xcalloc(end - offset, sizeof *at) : NULL;
	for (size_t i = 0; i < card->ndocids; i++) {
		if (slot[i] < offset || slot[i] >= end)
			continue;
		size_t t = slot[i] - offset;
		if (d[i].copy_of != i) {
			/* A copy: named under the text it is a copy of. */
			struct idx_record cr;
			if (at[t] != SIZE_MAX && idx_get_lazy(db, d[i].docid, &cr, NULL) == 0) {
				add_copy(&(*docs)[at[t]], d[i].docid, cr.source);
				idx_record_release(&cr);
			}
			continue;
		}
		at[t] = SIZE_MAX;
		struct query_cite_doc *c = &(*docs)[*n];
		char *e = NULL;
		int rc = idx_get_lazy(db, d[i].docid, &c->rec, &e);
		/* Its year, when inferred, raised by the cards of what it cites,
		 * as the same text is dated in search results and on its page. */
		if (rc == 0 && query_date_floor(db, &c->rec, NULL, &e) < 0) {
			idx_record_release(&c->rec);
			memset(&c->rec, 0, sizeof c->rec);
			rc = -1;
		}
		if (rc < 0) {
			*err = e;
			dated_free(d, card->ndocids);
			free(slot);
			free(at);
			query_cite_documents_release(*docs, *n);
			*docs = NULL;
			*n = 0;
			return -1;
		}
		if (rc > 0)
			continue; /* removed since the registry was written */
		at[t] = *n;
		struct idx_cite_place p;
		if (idx_cite_places(db, c->rec.docid, card->canonical, &p, 1) == 1) {
			sentence_need(&c->rec, p.sent_start, p.sent_end > p.end ? p.sent_end : p.end);
			sentence_of(&c->rec, &p, c);
			if (p.start <= c->rec.text_len)
				query_article_cited(c->rec.text, p.sent_start, p.start, c->article,
						    &c->clause);
		} else
			c->sentence = xstrdup(""); /* cited in the title only */
		(*n)++;
		/* What it is, when a regulation: the line a search result has. */
		if (query_regs_read(db, &c->rec, 0, 0, NULL, &c->regs, err) < 0) {
			dated_free(d, card->ndocids);
			free(slot);
			free(at);
			query_cite_documents_release(*docs, *n);
			*docs = NULL;
			*n = 0;
			return -1;
		}
	}
	free(slot);
	free(at);
	dated_free(d, card->ndocids);
	return 0;
}

void query_cite_documents_release(struct query_cite_doc *docs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		idx_record_release(&docs[i].rec);
		query_regs_release(&docs[i].regs);
		free(docs[i].sentence);
		for (size_t k = 0; k < docs[i].ncopies; k++)
			free(docs[i].copies[k].source);
		free(docs[i].copies);
	}
	free(docs);
}

/* ---- standing: in force, replaced, repealed as of a date ----------------- */

static const char *const state_names[] = {
	[QUERY_STATE_UNKNOWN] = "unknown",
	[QUERY_STATE_IN_FORCE] = "in force",
	[QUERY_STATE_NOT_YET] = "not yet in force",
	[QUERY_STATE_REPLACED] = "replaced",
	[QUERY_STATE_REPEALED] = "repealed",
	[QUERY_STATE_EXPIRED] = "expired",
	[QUERY_STATE_SUSPENDED] = "suspended",
};

const char *query_state_name(enum query_state s)
{
	return (unsigned)s < sizeof state_names / sizeof *state_names ? state_names[s] : "unknown";
}

int query_as_of(const char *s, char out[11])
{
	char trimmed[128];
	s = query_trimmed(s, trimmed, sizeof trimmed);
	int y, m, d, n = 0;
	struct text_date t = { 0 };
	size_t len = strlen(s);
	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && (size_t)n == len) {
		/* The written forms' parser checks the day against its month. */
		char dmy[16];
		snprintf(dmy, sizeof dmy, "%d/%d/%d", d, m, y);
		if (text_date_parse(dmy, strlen(dmy), &t) != strlen(dmy))
			return -1;
	} else if (text_date_parse(s, len, &t) != len || !t.year) {
		return -1;
	}
	text_date_iso(&t, out);
	return 0;
}

void query_today(char out[11])
{
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

/* The sentence [s, e) of document docid, one line, with the number
 * canonical marked when it stands there; NULL when it cannot be read. */
static char *evidence_sentence(idx_db *db, unsigned docid, size_t s, size_t e,
			       const char *canonical)
{
	struct idx_record r = { 0 };
	if (idx_get_text(db, docid, &r, NULL) != 0)
		return NULL;
	sentence_need(&r, s, e);
	struct idx_cite_place places[16], p = { s, s, s, e };
	size_t n = canonical ? idx_cite_places(db, docid, canonical, places, 16) : 0;
	for (size_t i = 0; i < n && i < 16; i++)
		if (places[i].start >= s && places[i].end <= e) {
			p = places[i];
			p.sent_start = s;
			p.sent_end = e;
			break;
		}
	struct query_cite_doc d = { 0 };
	sentence_of(&r, &p, &d);
	idx_record_release(&r);
	return d.sentence;
}

/* Whether a relation's act ends the whole text (replaces or repeals it,
 * no part named). */
static int ends_whole(const struct idx_relation *r)
{
	return r->incoming && !r->by_name && !r->scope[0] &&
	       (strcmp(r->kind, "replaces") == 0 || strcmp(r->kind, "repeals") == 0);
}

static int ends_part(const struct idx_relation *r)
{
	return r->incoming && !r->by_name && r->scope[0] &&
	       (strcmp(r->kind, "replaces") == 0 || strcmp(r->kind, "repeals") == 0);
}

int query_card_standing(idx_db *db, struct idx_card *card, const char *as_of, int with_out,
			int with_evidence, struct query_standing *out, char **err)
{
	memset(out, 0, sizeof *out);
	if (as_of && *as_of)
		snprintf(out->as_of, sizeof out->as_of, "%s", as_of);
	else
		query_today(out->as_of);
	if (with_out && idx_card_outgoing(db, card, err) < 0)
		return -1;
	const char *day = out->as_of;
	/* What ended it: the earliest whole replacement or repeal in effect
	 * by that day. One whose acting text's date is unknown counts only
	 * for today (the collection holds it now), never for a past day. */
	const struct idx_relation *by = NULL;
	int dated_today = !(as_of && *as_of);
	for (size_t i = 0; i < card->nrelations; i++) {
		const struct idx_relation *r = &card->relations[i];
		if (ends_whole(r)) {
			if (r->from[0] ? strcmp(r->from, day) <= 0 : dated_today) {
				if (!by || (r->from[0] && (!by->from[0] || strcmp(r->from, by->from) < 0)))
					by = r;
			}
		} else if (ends_part(r) && r->from[0] && strcmp(r->from, day) <= 0) {
			out->partial++;
		}
	}
	/* Suspended, while no act ended it: from the suspending text's
	 * effective date to the day its sentence states (none: until the
	 * condition it states, which the collection cannot tell is met). */
	for (size_t i = 0; i < card->nrelations && !by && !out->suspended_by; i++) {
		const struct idx_relation *r = &card->relations[i];
		if (!r->incoming || r->by_name || r->scope[0] || strcmp(r->kind, "suspends") != 0 ||
		    !(r->from[0] ? strcmp(r->from, day) <= 0 : dated_today))
			continue;
		/* The whole sentence, not the evidence's cut of it. */
		char until[11] = "";
		struct idx_record rec = { 0 };
		if (idx_get_text(db, r->docid, &rec, NULL) == 0) {
			sentence_need(&rec, r->sent_start, r->sent_end);
			if (r->sent_end <= rec.text_len && r->sent_start < r->sent_end &&
			    !text_suspension_until(rec.text + r->sent_start,
						   r->sent_end - r->sent_start, until))
				until[0] = '\0';
			/* A title or a list's head names no day: its articles may. */
			if (!until[0]) {
				idx_record_need(&rec, 0, rec.text_len);
				text_suspension_last_day(rec.text, rec.text_len, until);
			}
			idx_record_release(&rec);
		}
		if (until[0] && strcmp(until, day) < 0)
			continue; /* over */
		out->suspended_by = r;
		snprintf(out->suspended_until, sizeof out->suspended_until, "%s", until);
	}
	if (out->suspended_by) {
		out->state = QUERY_STATE_SUSPENDED;
		out->by = out->suspended_by;
		snprintf(out->since, sizeof out->since, "%s", out->suspended_by->from);
	} else if (by) {
		out->state = strcmp(by->kind, "replaces") == 0 ? QUERY_STATE_REPLACED
							     : QUERY_STATE_REPEALED;
		out->by = by;
		snprintf(out->since, sizeof out->since, "%s", by->from);
	} else if (card->expires && *card->expires && strcmp(card->expires, day) < 0) {
		out->state = QUERY_STATE_EXPIRED;
		snprintf(out->since, sizeof out->since, "%s", card->expires);
	} else if (card->effective && *card->effective) {
		int before = strcmp(day, card->effective) < 0;
		out->state = before ? QUERY_STATE_NOT_YET : QUERY_STATE_IN_FORCE;
		snprintf(out->since, sizeof out->since, "%s", card->effective);
	} else {
		out->state = QUERY_STATE_UNKNOWN;
		/* Its own text is not here, but an act that ends it from a later
		 * day shows it standing until then, from the day the act was
		 * issued: no earlier day is claimed (it may not have taken
		 * effect yet). */
		for (size_t i = 0; i < card->nrelations && !card->source_docid; i++) {
			const struct idx_relation *r = &card->relations[i];
			char *issued = NULL;
			size_t len;
			/* Only the act's issue date is wanted: its slot, not its record. */
			if (!ends_whole(r) || !r->from[0] || strcmp(day, r->from) >= 0 ||
			    (out->until && strcmp(r->from, out->until->from) >= 0) ||
			    idx_get_value(db, r->docid, SLOT_ISSUE_DATE, &issued, &len, NULL) != 0)
				continue;
			if (len == 10 && strcmp(issued, day) <= 0) {
				out->state = QUERY_STATE_IN_FORCE;
				out->until = r;
				snprintf(out->acted, sizeof out->acted, "%s", issued);
			}
			free(issued);
		}
	}
	/* In force by its own texts, while a later law of its name is cited
	 * whose text is not here to say whether it replaces it: said beside
	 * the status, never in place of it. */
	if (with_out && (out->state == QUERY_STATE_IN_FORCE || out->state == QUERY_STATE_NOT_YET) &&
	    card->source_docid && !out->until &&
	    query_later_namesake(db, card, day, &out->namesake, out->namesake_date, err) < 0)
		return -1;
	if (!with_evidence)
		return 0;
	/* Its own text not here, its name's regulation of its day elsewhere:
	 * the full card says it may be a misprint (query_card_doubt). */
	if (with_out && query_same_day_namesake(db, card, &out->twin, &out->twin_own, err) < 0)
		return -1;
	if (card->effective && card->eff_docid)
		out->eff_sentence = evidence_sentence(db, card->eff_docid, card->eff_start,
						      card->eff_end, NULL);
	if (card->eff_text && card->efft_docid)
		out->eff_text_sentence = evidence_sentence(db, card->efft_docid, card->efft_start,
							   card->efft_end, NULL);
	out->nparts = card->nparts;
	out->part_sentences = card->nparts ? xcalloc(card->nparts, sizeof *out->part_sentences)
					   : NULL;
	for (size_t i = 0; i < card->nparts; i++)
		out->part_sentences[i] = evidence_sentence(db, card->parts[i].docid,
							   card->parts[i].sent_start,
							   card->parts[i].sent_end, NULL);
	out->nsentences = card->nrelations;
	out->sentences = card->nrelations ? xcalloc(card->nrelations, sizeof *out->sentences) : NULL;
	for (size_t i = 0; i < card->nrelations; i++) {
		const struct idx_relation *r = &card->relations[i];
		out->sentences[i] = evidence_sentence(db, r->docid, r->sent_start, r->sent_end,
						      r->incoming ? card->canonical : r->other);
	}
	return 0;
}

void query_standing_release(struct query_standing *s)
{
	if (!s)
		return;
	free(s->eff_sentence);
	free(s->eff_text_sentence);
	free(s->namesake);
	free(s->twin);
	for (size_t i = 0; i < s->nsentences; i++)
		free(s->sentences[i]);
	free(s->sentences);
	for (size_t i = 0; i < s->nparts; i++)
		free(s->part_sentences[i]);
	free(s->part_sentences);
	memset(s, 0, sizeof *s);
}
