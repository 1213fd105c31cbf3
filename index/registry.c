/* registry.c — the citation registry: for each document number, the type,
 * issuing body, date and subject its mentions agree on, with the support for
 * each value, kept in Xapian's metadata and recomputed from the documents
 * that cite the number, so replacing a document never leaves stale counts
 * behind. A batch only marks the numbers it touched (META_PENDING); the run
 * recomputes each marked entry once at its end (registry_settle), as
 * recomputing at every batch re-read every citing document of a popular
 * number again and again. Until then readers compute a marked entry
 * themselves, so an index is never seen with a stale card, even after a
 * killed run. */
#include "index/registry.h"
#include "index/shards.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "index/cites.h"
#include "index/index.h"
#include "index/record.h"
#include "index/schema.h"
#include "text/text.h"

/* ---- pending numbers ------------------------------------------------- */

static void push(char ***v, size_t *n, size_t *cap, char *s)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*v = xrealloc(*v, *cap * sizeof **v);
	}
	(*v)[(*n)++] = s;
}

/* Where short references and loose spellings of m's number may lead: the
 * sets under META_SHORT and META_LOOSE take its canonical form. Only ever
 * added to, so they are kept at once rather than at the end of a run. */
static void note_keys(struct registry_pending *p, const struct stored_mention *m)
{
	struct buf k = BUF_INIT;
	/* A mention naming no type ("số 45/2019/QH14") keys as its shape
	 * suggests, as termgen's short terms do. */
	const char *type = m->type_name[0] || strcmp(m->kind, "law") != 0
				   ? m->type_name
				   : cite_type_guess("", CITE_LAW, m->issuer_code);
	for (int with_year = 0; type[0] && with_year <= (m->year != 0); with_year++) {
		buf_reset(&k);
		buf_adds(&k, META_SHORT);
		cite_short_key(type, m->number, with_year ? m->year : 0, &k);
		buf_addc(&k, '\t');
		buf_adds(&k, m->canonical);
		push(&p->keys, &p->nkeys, &p->capkeys, xstrndup(k.p, k.len));
	}
	buf_reset(&k);
	buf_adds(&k, META_LOOSE);
	cite_loose_key(m->canonical, m->number, &k);
	buf_addc(&k, '\t');
	buf_adds(&k, m->canonical);
	push(&p->keys, &p->nkeys, &p->capkeys, xstrndup(k.p, k.len));
	buf_release(&k);
}

static size_t unique(char **v, size_t n);

/* A bulk run (bulk.c) notes numbers for its whole length, not a batch: the
 * repeats go whenever a list has doubled since, so the lists hold about the
 * distinct numbers and keys (on a large corpus the repeats alone took a
 * lot of memory). */
#define FOLD_MIN 65536

static void fold(struct registry_pending *p)
{
	if (p->n >= p->fold_n && p->n >= FOLD_MIN) {
		p->n = unique(p->v, p->n);
		p->fold_n = 2 * p->n;
	}
	if (p->nkeys >= p->fold_keys && p->nkeys >= FOLD_MIN) {
		p->nkeys = unique(p->keys, p->nkeys);
		p->fold_keys = 2 * p->nkeys;
	}
}

void registry_touch_lines(struct registry_pending *p, const char *lines, size_t len,
			  int cited_now)
{
	size_t i = 0;
	while (i < len) {
		const char *nl = memchr(lines + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - lines) : len;
		const char *tab = memchr(lines + i, '\t', end - i);
		if (tab && tab > lines + i) {
			push(&p->v, &p->n, &p->cap, xstrndup(lines + i, (size_t)(tab - (lines + i))));
			struct stored_mention m;
			if (cited_now && cites_parse_line(lines + i, end - i, &m) == 0)
				note_keys(p, &m);
		}
		i = end + 1;
	}
	fold(p);
}

void registry_pending_release(struct registry_pending *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->v[i]);
	free(p->v);
	for (size_t i = 0; i < p->nkeys; i++)
		free(p->keys[i]);
	free(p->keys);
	memset(p, 0, sizeof *p);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ---- votes ------------------------------------------------------------ */

struct votes {
	struct idx_vote *v;
	size_t n, cap;
};

/* How a mention's letterhead stands behind a value: it read it with
 * confidence, or without (a type from the code table, an issuer the tables
 * do not know); settled to idx_vote.letterhead by settle_letterhead. */
enum { LH_SURE = 1, LH_UNSURE = 2 };

static int lh_says(const struct stored_mention *m, int unsure_bit)
{
	if (!(m->letterhead & CITE_OWN_TEXT))
		return 0;
	return m->letterhead & unsure_bit ? LH_UNSURE : LH_SURE;
}

static void vote(struct votes *vs, const char *value, int letterhead)
{
	if (!value || !*value)
		return;
	for (size_t i = 0; i < vs->n; i++) {
		if (strcmp(vs->v[i].value, value) == 0) {
			vs->v[i].support++;
			vs->v[i].letterhead |= letterhead;
			return;
		}
	}
	if (vs->n == vs->cap) {
		vs->cap = vs->cap ? vs->cap * 2 : 8;
		vs->v = xrealloc(vs->v, vs->cap * sizeof *vs->v);
	}
	vs->v[vs->n++] = (struct idx_vote){ xstrdup(value), 1, letterhead };
}

/* Best first: the letterhead's word, then support, then the value itself so
 * the order never depends on the order documents were added in. */
static int cmp_vote(const void *a, const void *b)
{
	const struct idx_vote *x = a, *y = b;
	if (x->letterhead != y->letterhead)
		return y->letterhead - x->letterhead;
	if (x->support != y->support)
		return x->support < y->support ? 1 : -1;
	return strcmp(x->value, y->value);
}

static void votes_release(struct idx_vote *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].value);
	free(v);
}

/* Two values each said by several mentions: a real disagreement (two
 * documents sharing a Party number across terms, a misprint repeated). */
static int disagree(const struct votes *vs)
{
	if (vs->n < 2)
		return 0;
	unsigned a = vs->v[0].support, b = vs->v[1].support;
	return b >= 2 && b * 3 >= a;
}

/* Is one type's name the other's with words before or after it: a
 * genus and its kind ("Luật số 92/2015/QH13", a code's letterhead, and
 * "Bộ luật Tố tụng dân sự số 92/2015/QH13"; "Thông báo" and "Thông báo
 * kết luận")? As votes compare them. */
static char *vote_key(const char *value);

static int type_kind_of(const char *a, const char *b)
{
	char *ka = vote_key(a), *kb = vote_key(b);
	size_t la = strlen(ka), lb = strlen(kb);
	if (la > lb) {
		char *t = ka;
		ka = kb;
		kb = t;
		size_t l = la;
		la = lb;
		lb = l;
	}
	int kind = la && la < lb &&
		   ((memcmp(kb, ka, la) == 0 && kb[la] == ' ') ||
		    (memcmp(kb + lb - la, ka, la) == 0 && kb[lb - la - 1] == ' '));
	free(ka);
	free(kb);
	return kind;
}

/* disagree for types: a genus beside its kind is no disagreement. */
static int types_disagree(const struct votes *vs)
{
	unsigned a = vs->n ? vs->v[0].support : 0, b = 0;
	for (size_t i = 1; i < vs->n; i++) {
		unsigned s = vs->v[i].support;
		if (s > b && s >= 2 && s * 3 >= a && !type_kind_of(vs->v[0].value, vs->v[i].value))
			b = s;
	}
	return b >= 2 && b * 3 >= a;
}

/* No value two mentions agree on, and others said: Q&A pages name a decree
 * by what the question is about ("Nghị định 144/2021/NĐ-CP quy định về mức
 * phạt khi dùng Flycam …", one of 57 mentions, each saying another thing).
 * A letterhead's value settles it. */
static int unsettled(const struct votes *vs)
{
	return vs->n >= 2 && vs->v[0].support == 1 && !vs->v[0].letterhead;
}

/* ---- recomputing one entry -------------------------------------------- */

/* A number can name more than one document: Party numbers restart each
 * term, and every province's People's Committee issues its own
 * 98/2025/QĐ-UBND. Mentions are grouped into variants that agree on the
 * issue date and on the place in the issuer's name; each variant is a card. */

struct found {
	unsigned docid;
	struct stored_mention m;
	char place[96]; /* what the issuer's name adds to its code's name: "tinhnghean" */
	/* For a letterhead's or a relation's line: the document's source, a
	 * NUL, its content hash (found_keys); NULL for the others. */
	char *key;
	size_t key_len;
};

struct gather {
	xs_db *xs;
	const char *canonical;
	struct found *v;
	size_t n, cap;
	char *err;
};

static void gather_add(struct gather *g, unsigned docid, const struct stored_mention *m)
{
	if (g->n == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 16;
		g->v = xrealloc(g->v, g->cap * sizeof *g->v);
	}
	struct found *f = &g->v[g->n++];
	f->docid = docid;
	f->m = *m;
	f->place[0] = '\0';
	f->key = NULL;
	f->key_len = 0;
}

static void gather_release(struct gather *g)
{
	for (size_t i = 0; i < g->n; i++)
		free(g->v[i].key);
	free(g->v);
}

/* Calls fn for each line of docid's mentions with the number it leads
 * with (the text before its first tab); -1 when they cannot be read. */
typedef void line_fn(const char *line, size_t len, size_t numlen, unsigned docid, void *arg);

/* The lines of mentions v[0..len) read: fn for each. */
static void lines_each(const char *v, size_t len, unsigned docid, line_fn *fn, void *arg)
{
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(v + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - v) : len;
		const char *tab = memchr(v + i, '\t', end - i);
		if (tab)
			fn(v + i, end - i, (size_t)(tab - (v + i)), docid, arg);
		i = end + 1;
	}
}

static int each_line(xs_db *xs, unsigned docid, line_fn *fn, void *arg, char **err)
{
	char *v = NULL;
	size_t len;
	int got = cites_get(xs, docid, &v, &len, err);
	if (got != 0)
		return got < 0 ? -1 : 0;
	lines_each(v, len, docid, fn, arg);
	free(v);
	return 0;
}

static void gather_line(const char *line, size_t len, size_t numlen, unsigned docid, void *arg)
{
	struct gather *g = arg;
	struct stored_mention m;
	/* The number leads the line: only its own lines are parsed. */
	if (numlen == strlen(g->canonical) && memcmp(line, g->canonical, numlen) == 0 &&
	    cites_parse_line(line, len, &m) == 0)
		gather_add(g, docid, &m);
}

static int gather_doc(unsigned docid, void *arg)
{
	struct gather *g = arg;
	return each_line(g->xs, docid, gather_line, g, &g->err) < 0;
}

/* The place an issuer's name gives beyond its code's own name: "Ủy ban nhân
 * dân tỉnh Nghệ An" for UBND gives "tinhnghean"; "Ban Bí thư" for TW gives
 * nothing (it names the body, not a place). */
static void place_of(struct found *f)
{
	const struct stored_mention *m = &f->m;
	if (!m->issuer_from_context || !m->issuer_name[0])
		return;
	struct buf name = BUF_INIT, base = BUF_INIT;
	text_fold_key(m->issuer_name, strlen(m->issuer_name), &name);
	const char *table = cite_issuer_name(m->issuer_code);
	const char *prefixes[2] = { table, m->issuer_code };
	size_t skip = 0;
	for (int i = 0; i < 2 && !skip; i++) {
		if (!prefixes[i])
			continue;
		buf_reset(&base);
		text_fold_key(prefixes[i], strlen(prefixes[i]), &base);
		if (base.len && name.len > base.len && strncmp(name.p, base.p, base.len) == 0)
			skip = base.len;
	}
	if (skip && name.len - skip >= 3 && name.len - skip < sizeof f->place)
		memcpy(f->place, name.p + skip, name.len - skip + 1);
	buf_release(&name);
	buf_release(&base);
}

struct variant {
	struct votes types, issuers, told_issuers, table_issuers, dates, subjects, signers;
	struct votes article_subjects; /* subjects read after an article's name */
	unsigned mentions, source_docid;
	int source_sure; /* its letterhead named the subject with confidence */
	unsigned *docids;
	size_t ndocids;
	char date[11];
	char place[96];
	/* The subject its own letterhead gives with confidence, whole: cut at
	 * 200 bytes it was no string (memcpy of a longer subject left it
	 * unterminated, read on into the next field) and no longer the
	 * subject another copy's letterhead gives. */
	char own_subject[CITE_SUBJECT_MAX];
	/* The first type and subject a mention wrote together ("Luật An toàn
	 * thực phẩm số 55/2010/QH12"): what tells it from a namesake of
	 * another type ("Nghị quyết số 55/2010/QH12 … về miễn, giảm thuế"). */
	char said_type[64], said_subject[CITE_SUBJECT_MAX];
	unsigned unsure_issuers; /* issuers that only a letterhead read without confidence gave */
	/* Its own text's effective date and the sentence saying so; what other
	 * texts say they do to it (mention lines carrying a relation). */
	char effective[11], expires[11];
	unsigned eff_docid;
	size_t eff_start, eff_end;
	/* The date a portal's attribute table states ("Ngày có hiệu lực:
	 * 01/01/2018" on vbpl.vn), apart: it wins over the text's sentence. */
	char stated[11];
	unsigned st_docid;
	size_t st_start, st_end;
	struct found **rels;
	size_t nrels;
};

static int places_agree(const char *a, const char *b)
{
	return !*a || !*b || strstr(a, b) || strstr(b, a);
}

/* Two subjects that name one thing: their fold keys are the same, or one
 * holds the other ("An ninh quốc gia" in "Luật An ninh quốc gia"). */
static int subjects_agree(const char *a, const char *b)
{
	if (!*a || !*b)
		return 1;
	struct buf ka = BUF_INIT, kb = BUF_INIT;
	text_fold_key(a, strlen(a), &ka);
	text_fold_key(b, strlen(b), &kb);
	int r = !ka.len || !kb.len || strstr(ka.p, kb.p) || strstr(kb.p, ka.p);
	buf_release(&ka);
	buf_release(&kb);
	return r;
}

static int type_kind_of(const char *a, const char *b);

/* One type's name, or a genus beside its kind ("Luật", "Bộ luật"). */
static int types_kin(const char *a, const char *b)
{
	char *ka = vote_key(a), *kb = vote_key(b);
	int same = strcmp(ka, kb) == 0;
	free(ka);
	free(kb);
	return same || type_kind_of(a, b);
}

/* A mention of a legislature's number that writes a type and a subject
 * (not an article's). Only such a number's type is not in its code: a
 * decree's mentions that write another type are misprints, not a second
 * text. */
static int says_type_subject(const struct stored_mention *m)
{
	return m->type_name[0] && m->subject[0] && !m->subject_of_article && strcmp(m->kind, "law") == 0;
}

/* Two texts of one number a mention tells apart by writing both another
 * type and another subject: the Assembly numbers its laws and its
 * resolutions apart (Luật An toàn thực phẩm and Nghị quyết về miễn, giảm
 * thuế sử dụng đất nông nghiệp are both 55/2010/QH12). */
static int says_other_text(const char *type, const char *subject, const struct stored_mention *m)
{
	return type[0] && says_type_subject(m) && !types_kin(type, m->type_name) &&
	       !subjects_agree(subject, m->subject);
}

/* Two own texts that give the same number different subjects are two
 * documents: the laws of 22 June 1994 both numbered 35-L/CTN, after the
 * order that promulgated them. */
static int compatible(const struct variant *v, const struct found *f, int check_date)
{
	if (v->own_subject[0] && lh_says(&f->m, CITE_UNSURE_SUBJECT) == LH_SURE &&
	    !subjects_agree(v->own_subject, f->m.subject))
		return 0;
	if (says_other_text(v->said_type, v->said_subject, &f->m))
		return 0;
	return (!check_date || !v->date[0] || !f->m.date[0] || strcmp(v->date, f->m.date) == 0) &&
	       places_agree(v->place, f->place);
}

static void variant_add(struct variant *v, const struct found *f)
{
	const struct stored_mention *m = &f->m;
	v->mentions++;
	if (!v->date[0])
		memcpy(v->date, m->date, sizeof v->date);
	if (!v->place[0])
		memcpy(v->place, f->place, sizeof v->place);
	/* Its own text: the first whose letterhead names its subject (the
	 * regulation's own heading) over a site's attribute page that only
	 * lists its number, type and body (vbpl.vn's "Thuộc tính"). */
	if ((m->letterhead & CITE_OWN_TEXT) &&
	    (!v->source_docid || (!v->source_sure && lh_says(m, CITE_UNSURE_SUBJECT) == LH_SURE))) {
		v->source_docid = f->docid;
		v->source_sure = lh_says(m, CITE_UNSURE_SUBJECT) == LH_SURE;
	}
	if ((m->letterhead & CITE_OWN_TEXT) && m->eff_stated && !v->st_docid && m->effective[0]) {
		v->st_docid = f->docid;
		memcpy(v->stated, m->effective, sizeof v->stated);
		v->st_start = m->eff_start;
		v->st_end = m->eff_end;
	} else if ((m->letterhead & CITE_OWN_TEXT) && !m->eff_stated && !v->eff_docid && m->effective[0]) {
		v->eff_docid = f->docid;
		memcpy(v->effective, m->effective, sizeof v->effective);
		memcpy(v->expires, m->expires, sizeof v->expires);
		v->eff_start = m->eff_start;
		v->eff_end = m->eff_end;
	}
	if (m->relation[0] && m->by[0] && strcmp(m->by, m->canonical) != 0) {
		v->rels = xrealloc(v->rels, (v->nrels + 1) * sizeof *v->rels);
		v->rels[v->nrels++] = (struct found *)f;
	}
	if (lh_says(m, CITE_UNSURE_SUBJECT) == LH_SURE && !v->own_subject[0])
		snprintf(v->own_subject, sizeof v->own_subject, "%s", m->subject);
	if (!v->said_type[0] && says_type_subject(m) && lh_says(m, CITE_UNSURE_TYPE) != LH_UNSURE &&
	    lh_says(m, CITE_UNSURE_SUBJECT) != LH_UNSURE) {
		snprintf(v->said_type, sizeof v->said_type, "%s", m->type_name);
		snprintf(v->said_subject, sizeof v->said_subject, "%s", m->subject);
	}
	if (!v->ndocids || v->docids[v->ndocids - 1] != f->docid) {
		v->docids = xrealloc(v->docids, (v->ndocids + 1) * sizeof *v->docids);
		v->docids[v->ndocids++] = f->docid;
	}
	vote(&v->types, m->type_name, lh_says(m, CITE_UNSURE_TYPE));
	vote(m->issuer_from_context == CITE_ISSUER_TOLD ? &v->told_issuers
	     : m->issuer_from_context			 ? &v->issuers
							 : &v->table_issuers,
	     m->issuer_name, lh_says(m, CITE_UNSURE_ISSUER));
	if (m->issuer_from_context && m->issuer_name[0] && lh_says(m, CITE_UNSURE_ISSUER) == LH_UNSURE)
		v->unsure_issuers++;
	vote(&v->dates, m->date, lh_says(m, CITE_UNSURE_DATE));
	vote(m->subject_of_article ? &v->article_subjects : &v->subjects, m->subject,
	     lh_says(m, CITE_UNSURE_SUBJECT));
	vote(&v->signers, m->signer, lh_says(m, 0));
}

static void votes_merge(struct votes *into, struct votes *from)
{
	for (size_t i = 0; i < from->n; i++) {
		for (unsigned k = 0; k < from->v[i].support; k++)
			vote(into, from->v[i].value, from->v[i].letterhead);
	}
}

static void variant_release(struct variant *v)
{
	votes_release(v->types.v, v->types.n);
	votes_release(v->issuers.v, v->issuers.n);
	votes_release(v->told_issuers.v, v->told_issuers.n);
	votes_release(v->table_issuers.v, v->table_issuers.n);
	votes_release(v->dates.v, v->dates.n);
	votes_release(v->subjects.v, v->subjects.n);
	votes_release(v->article_subjects.v, v->article_subjects.n);
	votes_release(v->signers.v, v->signers.n);
	free(v->docids);
	free(v->rels);
}

/* Strongest evidence first, so variants form around letterheads and around
 * mentions that give both a date and a place. */
static int found_rank(const struct found *f)
{
	return (f->m.letterhead ? 4 : 0) + (f->m.date[0] ? 2 : 0) + (f->place[0] ? 1 : 0);
}

/* What a line says, for an order that needs no docid. */
static int cmp_said(const struct found *x, const struct found *y)
{
	const struct stored_mention *a = &x->m, *b = &y->m;
	int c;
	if ((c = strcmp(a->date, b->date)) || (c = strcmp(x->place, y->place)) ||
	    (c = strcmp(a->subject, b->subject)) || (c = strcmp(a->issuer_name, b->issuer_name)) ||
	    (c = strcmp(a->type_name, b->type_name)) || (c = strcmp(a->relation, b->relation)) ||
	    (c = strcmp(a->by, b->by)) || (c = strcmp(a->scope, b->scope)) ||
	    (c = strcmp(a->effective, b->effective)) || (c = strcmp(a->expires, b->expires)) ||
	    (c = strcmp(a->signer, b->signer)))
		return c;
	if (a->letterhead != b->letterhead)
		return a->letterhead < b->letterhead ? -1 : 1;
	if (a->issuer_from_context != b->issuer_from_context)
		return a->issuer_from_context < b->issuer_from_context ? -1 : 1;
	return 0;
}

/* Ties are broken by the document's source and content hash (the lines
 * that have them), then by what the line says, never by the docid first: shards number documents
 * otherwise than one index (docs/design.md, shards), and the card (its own
 * text, its effective date's sentence, its relations' order) must not
 * follow the layout. */
static int cmp_found(const void *a, const void *b)
{
	const struct found *x = a, *y = b;
	int rx = found_rank(x), ry = found_rank(y);
	if (rx != ry)
		return ry - rx;
	int c;
	if (x->key && y->key) {
		if ((c = bytes_cmp(x->key, x->key_len, y->key, y->key_len)))
			return c;
	} else if (x->key || y->key) {
		return x->key ? -1 : 1;
	}
	if ((c = cmp_said(x, y)))
		return c;
	return x->docid < y->docid ? -1 : x->docid > y->docid;
}

/* The keys of the lines whose document is a choice (a letterhead's: the
 * card's own text; a relation's): few a number. A document that cannot
 * be read keeps no key (its docid decides). */
static void found_keys(xs_db *xs, struct gather *g)
{
	for (size_t i = 0; i < g->n; i++) {
		struct found *f = &g->v[i];
		if (!f->m.letterhead && !f->m.relation[0])
			continue;
		if (i && g->v[i - 1].docid == f->docid && g->v[i - 1].key) {
			f->key = xmalloc(g->v[i - 1].key_len);
			memcpy(f->key, g->v[i - 1].key, g->v[i - 1].key_len);
			f->key_len = g->v[i - 1].key_len;
			continue;
		}
		char *data = NULL;
		size_t len = 0;
		struct idx_record r;
		if (xs_get_data(xs, f->docid, &data, &len, NULL) != 0 ||
		    record_decode_take(data, len, 1, &r) != 0)
			continue;
		struct buf k = BUF_INIT;
		buf_adds(&k, r.source ? r.source : "");
		buf_addc(&k, '\0');
		buf_adds(&k, r.hash ? r.hash : "");
		f->key = buf_detach(&k, &f->key_len);
		idx_record_release(&r);
	}
}

static int cmp_docid(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
	return x < y ? -1 : x > y;
}

static int cmp_variant(const void *a, const void *b)
{
	const struct variant *x = a, *y = b;
	if (x->mentions != y->mentions)
		return x->mentions < y->mentions ? 1 : -1;
	return (y->source_docid != 0) - (x->source_docid != 0);
}

/* A number that carries its year, from a body that no mention places (the
 * Government, a ministry: one body of that name), names one text: mentions
 * dating it otherwise (69/2018/NĐ-CP "ngày 15/5/2018" and a copy's
 * "15/5/2025", 17/2021/TT-BTC "26/01" against "26/02") disagree on its
 * date, shown on its card; they are not a second text. Bodies of a place
 * (UBND, HĐND) keep their dates apart when a mention names no place. */
static int one_text_a_number(const struct found *v, size_t n)
{
	if (!n || !v[0].m.year)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (v[i].place[0])
			return 0;
	return 1;
}

/* Two dates (YYYY-MM-DD, or empty) one text's mentions may give: of one
 * year, or one day and month with the year misprinted. */
static int dates_may_agree(const char *a, const char *b)
{
	return !*a || !*b || memcmp(a, b, 4) == 0 || strcmp(a + 4, b + 4) == 0;
}

/* Do two of v[0..n) write types that are not kin and subjects that do not
 * agree? The types written are few (most numbers' mentions write one, or
 * a genus and its kind): only mentions of two types not kin are compared,
 * not every pair of a number's hundreds of mentions. */
static int two_types_two_subjects(const struct found *v, size_t n)
{
	enum { TYPES_MAX = 8 };
	const char *types[TYPES_MAX];
	size_t nt = 0;
	for (size_t i = 0; i < n; i++) {
		if (!says_type_subject(&v[i].m))
			continue;
		size_t k = 0;
		while (k < nt && strcmp(types[k], v[i].m.type_name) != 0)
			k++;
		if (k == nt && nt < TYPES_MAX)
			types[nt++] = v[i].m.type_name;
	}
	for (size_t a = 0; a < nt; a++)
		for (size_t b = a + 1; b < nt; b++) {
			if (types_kin(types[a], types[b]))
				continue;
			for (size_t i = 0; i < n; i++) {
				if (!says_type_subject(&v[i].m) || strcmp(v[i].m.type_name, types[a]) != 0)
					continue;
				for (size_t j = 0; j < n; j++)
					if (says_type_subject(&v[j].m) &&
					    strcmp(v[j].m.type_name, types[b]) == 0 &&
					    !subjects_agree(v[i].m.subject, v[j].m.subject))
						return 1;
			}
		}
	return 0;
}

/* Two variants whose mentions write other types and subjects. */
static int variants_other_texts(const struct variant *a, const struct variant *b)
{
	return a->said_type[0] && b->said_type[0] && !types_kin(a->said_type, b->said_type) &&
	       !subjects_agree(a->said_subject, b->said_subject);
}

static size_t group_variants(struct found *v, size_t n, struct variant **out)
{
	struct variant *vs = NULL;
	size_t nv = 0;
	int check_date = !one_text_a_number(v, n);
	qsort(v, n, sizeof *v, cmp_found);
	/* Mentions writing two texts' types and subjects: those writing both
	 * form the variants first, the rest join them by the type they write. */
	int two_texts = two_types_two_subjects(v, n);
	for (int pass = 0; pass < 1 + two_texts; pass++)
	for (size_t i = 0; i < n; i++) {
		if (two_texts && pass == says_type_subject(&v[i].m))
			continue;
		/* The variant whose own text names the mention's subject, else the
		 * one whose mentions write its type (or, naming none, its subject),
		 * else the best supported. */
		size_t best = nv;
		int best_subject = 0;
		for (size_t k = 0; k < nv; k++) {
			if (!compatible(&vs[k], &v[i], check_date))
				continue;
			int subject = 2 * (vs[k].own_subject[0] && v[i].m.subject[0] &&
					   subjects_agree(vs[k].own_subject, v[i].m.subject)) +
				      (two_texts && vs[k].said_type[0] &&
				       (v[i].m.type_name[0] ? types_kin(vs[k].said_type, v[i].m.type_name)
							     : v[i].m.subject[0] &&
								       subjects_agree(vs[k].said_subject,
										      v[i].m.subject)));
			if (best == nv || subject > best_subject ||
			    (subject == best_subject && vs[k].mentions > vs[best].mentions)) {
				best = k;
				best_subject = subject;
			}
		}
		if (best == nv) {
			vs = xrealloc(vs, (nv + 1) * sizeof *vs);
			memset(&vs[nv++], 0, sizeof *vs);
		}
		variant_add(&vs[best], &v[i]);
	}
	/* A lone mention with another date and no text of its own is more
	 * likely a misprint than a second document: fold it into the largest
	 * variant of the same place, where it shows as a disagreement. Not
	 * one of another year, unless on the same day and month (a year
	 * misprinted): a number without its year restarts each year
	 * (11/NQ-CP of 30/01/2022 is not 11/NQ-CP of 15/01/2025). */
	if (nv > 1)
		qsort(vs, nv, sizeof *vs, cmp_variant);
	for (size_t k = nv; k-- > 1;) {
		if (vs[k].source_docid || vs[k].mentions >= 2)
			continue;
		size_t into = 0;
		while (into < k && !(places_agree(vs[into].place, vs[k].place) &&
				     dates_may_agree(vs[into].date, vs[k].date) &&
				     !variants_other_texts(&vs[into], &vs[k])))
			into++;
		if (into == k)
			continue;
		struct variant *a = &vs[into], *b = &vs[k];
		a->mentions += b->mentions;
		a->unsure_issuers += b->unsure_issuers;
		votes_merge(&a->types, &b->types);
		votes_merge(&a->issuers, &b->issuers);
		votes_merge(&a->told_issuers, &b->told_issuers);
		votes_merge(&a->table_issuers, &b->table_issuers);
		votes_merge(&a->dates, &b->dates);
		votes_merge(&a->subjects, &b->subjects);
		votes_merge(&a->article_subjects, &b->article_subjects);
		votes_merge(&a->signers, &b->signers);
		a->docids = xrealloc(a->docids, (a->ndocids + b->ndocids) * sizeof *a->docids);
		memcpy(a->docids + a->ndocids, b->docids, b->ndocids * sizeof *b->docids);
		a->ndocids += b->ndocids;
		if (b->nrels) {
			a->rels = xrealloc(a->rels, (a->nrels + b->nrels) * sizeof *a->rels);
			memcpy(a->rels + a->nrels, b->rels, b->nrels * sizeof *b->rels);
			a->nrels += b->nrels;
		}
		variant_release(b);
		memmove(vs + k, vs + k + 1, (nv - k - 1) * sizeof *vs);
		nv--;
	}
	for (size_t k = 0; k < nv; k++) {
		/* One document, listed once. */
		qsort(vs[k].docids, vs[k].ndocids, sizeof *vs[k].docids, cmp_docid);
		size_t w = 0;
		for (size_t i = 0; i < vs[k].ndocids; i++)
			if (!w || vs[k].docids[w - 1] != vs[k].docids[i])
				vs[k].docids[w++] = vs[k].docids[i];
		vs[k].ndocids = w;
	}
	if (nv > 1)
		qsort(vs, nv, sizeof *vs, cmp_variant);
	*out = vs;
	return nv;
}

/* A letterhead's value read with confidence wins over the mentions; one
 * read without wins only when every other value has less support and no
 * letterhead read another with confidence: a misread letterhead ("Ban Chấp
 * hành Trung ương" over what the Bộ Chính trị issued, "Uốc hội"), or a
 * site's block filing every /TW text under the Ban Chấp hành Trung ương,
 * loses to what the mentions or the signature ("T/M BỘ CHÍNH TRỊ") say. */
static void settle_letterhead(struct votes *vs)
{
	int sure = 0;
	for (size_t i = 0; i < vs->n; i++)
		sure += (vs->v[i].letterhead & LH_SURE) != 0;
	for (size_t i = 0; i < vs->n; i++) {
		int lh = vs->v[i].letterhead, wins = !(sure - ((lh & LH_SURE) != 0));
		for (size_t k = 0; k < vs->n && wins; k++)
			wins = k == i || vs->v[k].support < vs->v[i].support;
		vs->v[i].letterhead = (lh & LH_SURE) || ((lh & LH_UNSURE) && wins);
	}
}

/* A value as votes compare it: each word's exact term (case folded, one
 * tone placement), the words joined by one space. */
static char *vote_key(const char *value)
{
	struct buf key = BUF_INIT;
	for (const char *p = value; *p;) {
		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		const char *w = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\n')
			p++;
		if (p == w)
			break;
		if (key.len)
			buf_addc(&key, ' ');
		text_word_terms(w, (size_t)(p - w), &key, NULL);
	}
	buf_addc(&key, '\0');
	/* "quy định về cơ chế thử nghiệm …" (what a mention says the decree
	 * does) and "Cơ chế thử nghiệm …" (its name) are one subject. */
	static const char opening[] = "quy định về ";
	if (strncmp(key.p, opening, sizeof opening - 1) == 0 && key.p[sizeof opening - 1])
		memmove(key.p, key.p + sizeof opening - 1, strlen(key.p) - (sizeof opening - 1) + 1);
	return key.p;
}

/* Of two spellings of one value, does a's show rather than b's? One in
 * lower case rather than capitals ("Lao động", not a letterhead's "LAO
 * ĐỘNG"), then the one more mentions write ("Tổ chức chính quyền địa
 * phương" ×140, not "Tổ chức Chính quyền …" ×11), whichever was counted
 * first; b's when as many write each. */
static int spelling_wins(const struct idx_vote *a, const struct idx_vote *b)
{
	int al = text_has_lower(a->value, strlen(a->value)),
	    bl = text_has_lower(b->value, strlen(b->value));
	if (al != bl)
		return al;
	return a->support > b->support;
}

/* Votes for one value written two ways count as one: "LAO ĐỘNG" in a
 * letterhead and "Lao động" in the mentions (shown in the mentions' case).
 * With extensions, a rarely said value that is a well supported one with
 * words run on after it ("Bộ Chính trị VỀ ĐỘT PHÁ…", a subject that ran into
 * a table) is that value read too far: it counts for it. */
static void votes_unite(struct votes *vs, int extensions)
{
	if (vs->n < 2)
		return;
	char **keys = xmalloc(vs->n * sizeof *keys);
	for (size_t i = 0; i < vs->n; i++)
		keys[i] = vote_key(vs->v[i].value);
	for (size_t i = 0; i < vs->n; i++) {
		for (size_t j = 0; j < vs->n; j++) {
			if (i == j || !keys[i] || !keys[j])
				continue;
			size_t lj = strlen(keys[j]);
			int same = strcmp(keys[i], keys[j]) == 0;
			int extends = extensions && !same && strncmp(keys[i], keys[j], lj) == 0 &&
				      keys[i][lj] == ' ' && strchr(keys[j], ' ') &&
				      vs->v[i].support * 3 <= vs->v[j].support + 2 * !!vs->v[j].letterhead;
			if (!same && !extends)
				continue;
			if (same && spelling_wins(&vs->v[i], &vs->v[j])) {
				char *t = vs->v[i].value;
				vs->v[i].value = vs->v[j].value;
				vs->v[j].value = t;
			}
			vs->v[j].support += vs->v[i].support;
			vs->v[j].letterhead |= vs->v[i].letterhead;
			free(vs->v[i].value);
			free(keys[i]);
			vs->v[i].value = NULL;
			keys[i] = NULL;
			break;
		}
	}
	size_t n = 0;
	for (size_t i = 0; i < vs->n; i++) {
		free(keys[i]);
		if (vs->v[i].value)
			vs->v[n++] = vs->v[i];
	}
	vs->n = n;
	free(keys);
}

/* An issuer below the first that one mention names and the tables know no
 * body of: an OCR'd "Bộ phình" beside the letterhead's "Bộ Chính trị" is a
 * misreading, not another body (a card's "also"); an unknown body that is
 * the only one read (a tax office's name) stays. */
static int stray_body(const struct idx_vote *v, int first)
{
	return !first && v->support <= 1 && !v->letterhead &&
	       !cite_body_known(v->value, strlen(v->value));
}

/* One case for a subject whichever text gave it, the tail of its name
 * after the type the card shows (cite_subject_cased): "Lao động", "quy
 * định chi tiết …" from a letterhead's "Quy định …" too. After the votes
 * are sorted: as many mentions for two values order them as they were
 * written. */
static void subjects_cased(struct votes *vs, const char *type)
{
	for (size_t i = 0; type && i < vs->n; i++) {
		struct buf cased = BUF_INIT;
		const char *s = vs->v[i].value;
		cite_subject_cased(type, s, strlen(s), &cased);
		if (cased.len) {
			free(vs->v[i].value);
			vs->v[i].value = buf_detach(&cased, NULL);
		}
		buf_release(&cased);
	}
}

/* Writes a field's votes; type: for the subject, the type the card shows,
 * else NULL. */
static void put_votes(struct buf *b, const char *name, struct votes *vs, const char *type)
{
	int issuer = strcmp(name, "issuer") == 0;
	votes_unite(vs, strcmp(name, "subject") == 0 || issuer);
	settle_letterhead(vs);
	if (vs->n)
		qsort(vs->v, vs->n, sizeof *vs->v, cmp_vote);
	subjects_cased(vs, type);
	for (size_t i = 0; i < vs->n; i++)
		if (!issuer || !stray_body(&vs->v[i], i == 0))
			buf_addf(b, "%s\t%s\t%u\t%d\n", name, vs->v[i].value, vs->v[i].support,
				 vs->v[i].letterhead);
}

/* The votes of weak (a weaker kind of mention) count for the value vs
 * names the same, their support moved there. */
static void count_for_named(struct votes *vs, struct votes *weak)
{
	for (size_t i = 0; i < weak->n; i++) {
		char *key = vote_key(weak->v[i].value);
		for (size_t k = 0; k < vs->n; k++) {
			char *vk = vote_key(vs->v[k].value);
			int same = strcmp(key, vk) == 0;
			free(vk);
			if (same) {
				vs->v[k].support += weak->v[i].support;
				weak->v[i].support = 0;
				break;
			}
		}
		free(key);
	}
}

/* The issuers a citation or a letterhead names (vs), then those only a
 * sentence telling who issued it names ("Ngày 30/8/2025, Ban Chấp hành
 * Trung ương ban hành Quy định 366-QĐ/TW", a Q&A page's formula repeated on
 * 13 pages, against "Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị"
 * in a guidance's grounds): the second kind counts for a value the first
 * names, else it only stands behind it. */
static void put_issuers(struct buf *b, struct votes *vs, struct votes *told)
{
	votes_unite(vs, 1);
	votes_unite(told, 1);
	count_for_named(vs, told);
	put_votes(b, "issuer", vs, NULL);
	if (told->n)
		qsort(told->v, told->n, sizeof *told->v, cmp_vote);
	for (size_t i = 0; i < told->n; i++)
		if (told->v[i].support && !stray_body(&told->v[i], !vs->n && i == 0))
			buf_addf(b, "issuer\t%s\t%u\t0\n", told->v[i].value, told->v[i].support);
}

/* What mentions say an article of the text is about ("Theo Điều 5 Nghị
 * định 105/2012/NĐ-CP về các chức danh được tổ chức Lễ Quốc tang") counts
 * for a subject other mentions give, and stands in for one only when none
 * gives any. */
static void subjects_of_articles(struct votes *vs, struct votes *art)
{
	if (!vs->n) {
		votes_merge(vs, art);
		return;
	}
	votes_unite(vs, 1);
	count_for_named(vs, art);
}

static void put_variant(struct buf *e, struct variant *v)
{
	/* Issuers named in the text outrank the code table's name, but for a
	 * letterhead's body read without confidence ("UỐC HỘI"), which only
	 * stands beside it. */
	unsigned named = 0;
	for (size_t i = 0; i < v->issuers.n; i++)
		named += v->issuers.v[i].support;
	if (named <= v->unsure_issuers) {
		/* No citation names one: what sentences tell competes with a
		 * letterhead read without confidence, as any mention does. */
		for (size_t i = 0; i < v->told_issuers.n; i++)
			named += v->told_issuers.v[i].support;
		votes_merge(&v->issuers, &v->told_issuers);
		votes_release(v->told_issuers.v, v->told_issuers.n);
		memset(&v->told_issuers, 0, sizeof v->told_issuers);
	}
	if (named && named == v->unsure_issuers)
		votes_merge(&v->issuers, &v->table_issuers);
	struct votes *issuers = v->issuers.n ? &v->issuers : &v->table_issuers;
	buf_addf(e, "variant\nmentions\t%u\ndocuments\t%zu\nsource\t%u\n", v->mentions, v->ndocids,
		 v->source_docid);
	put_votes(e, "type", &v->types, NULL);
	if (issuers == &v->issuers)
		put_issuers(e, &v->issuers, &v->told_issuers);
	else
		put_votes(e, "issuer", issuers, NULL);
	put_votes(e, "date", &v->dates, NULL);
	subjects_of_articles(&v->subjects, &v->article_subjects);
	put_votes(e, "subject", &v->subjects, v->types.n ? v->types.v[0].value : NULL);
	put_votes(e, "signer", &v->signers, NULL);
	const char *sep = "";
	struct buf conflicts = BUF_INIT;
	if (types_disagree(&v->types))
		buf_addf(&conflicts, "%stype", sep), sep = ",";
	if (disagree(issuers))
		buf_addf(&conflicts, "%sissuer", sep), sep = ",";
	if (disagree(&v->dates))
		buf_addf(&conflicts, "%sdate", sep), sep = ",";
	if (unsettled(&v->subjects))
		buf_addf(&conflicts, "%ssubject", sep), sep = ",";
	if (conflicts.len)
		buf_addf(e, "conflict\t%s\n", conflicts.p);
	buf_release(&conflicts);
	/* A portal's stated date is the effective date (it follows what
	 * postponed or advanced the text: 101/2015/QH13's 2016-07-01 became
	 * 2018-01-01 by a resolution not in the collection); the text's own
	 * sentence, when it says another day, is kept beside it. */
	if (v->stated[0]) {
		buf_addf(e, "effective\t%s\t%u\t%zu\t%zu\n", v->stated, v->st_docid, v->st_start,
			 v->st_end);
		if (v->effective[0] && strcmp(v->effective, v->stated) != 0)
			buf_addf(e, "effective_text\t%s\t%u\t%zu\t%zu\n", v->effective, v->eff_docid,
				 v->eff_start, v->eff_end);
	} else if (v->effective[0])
		buf_addf(e, "effective\t%s\t%u\t%zu\t%zu\n", v->effective, v->eff_docid, v->eff_start,
			 v->eff_end);
	if (v->expires[0])
		buf_addf(e, "expires\t%s\n", v->expires);
	/* What other texts do to it, in the order its mentions were grouped. */
	for (size_t i = 0; i < v->nrels; i++) {
		const struct stored_mention *m = &v->rels[i]->m;
		/* One line per act: a consolidation's hundred notes naming one
		 * amending text are one relation, its first sentence the evidence. */
		size_t k = 0;
		while (k < i && !(strcmp(v->rels[k]->m.relation, m->relation) == 0 &&
				  strcmp(v->rels[k]->m.by, m->by) == 0 &&
				  strcmp(v->rels[k]->m.scope, m->scope) == 0))
			k++;
		/* A suspension's last sentence: its article, which states its
		 * days, after its title ("Ngưng hiệu lực của Thông tư số …"). */
		int suspends = strcmp(m->relation, "suspends") == 0;
		if (suspends)
			for (k = i + 1; k < v->nrels && !(strcmp(v->rels[k]->m.relation, m->relation) == 0 &&
							   strcmp(v->rels[k]->m.by, m->by) == 0 &&
							   strcmp(v->rels[k]->m.scope, m->scope) == 0);)
				k++;
		if (suspends ? k < v->nrels : k < i)
			continue;
		buf_addf(e, "by\t%s\t%s\t%s\t%s\t%u\t%zu\t%zu\n", m->relation, m->by, m->scope,
			 m->effective, v->rels[i]->docid, m->sent_start, m->sent_end);
	}
	buf_adds(e, "docs\t");
	for (size_t i = 0; i < v->ndocids; i++)
		buf_addf(e, "%s%u", i ? "," : "", v->docids[i]);
	buf_addc(e, '\n');
}

/* Adds value to the tab-separated set under key, kept in byte order: the
 * same set whatever the order or the batches the values came in (a bulk
 * run notes them all at its end, a plain run batch by batch). */
static int meta_set_add(xs_db *xs, const char *key, const char *value, char **err)
{
	char *cur;
	size_t len;
	if (xs_get_metadata(xs, key, &cur, &len, err) < 0)
		return -1;
	size_t vl = strlen(value), at = len;
	for (size_t i = 0; i < len;) {
		const char *tab = memchr(cur + i, '\t', len - i);
		size_t end = tab ? (size_t)(tab - cur) : len;
		size_t el = end - i, common = el < vl ? el : vl;
		int c = memcmp(cur + i, value, common);
		if (c == 0 && el == vl) {
			free(cur);
			return 0;
		}
		if (c > 0 || (c == 0 && el > vl)) {
			at = i;
			break;
		}
		i = end + 1;
	}
	struct buf b = BUF_INIT;
	if (at < len) {
		buf_add(&b, cur, at);
		buf_adds(&b, value);
		buf_addc(&b, '\t');
		buf_add(&b, cur + at, len - at);
	} else {
		buf_add(&b, cur, len);
		if (len)
			buf_addc(&b, '\t');
		buf_adds(&b, value);
	}
	free(cur);
	int rc = xs_set_metadata(xs, key, b.p, b.len, err);
	buf_release(&b);
	return rc;
}

/* The entry of canonical from its mentions, gathered in docid order; empty
 * when no document cites it. */
static void entry_from(const char *canonical, struct gather *g, struct buf *entry)
{
	struct variant *vs = NULL;
	if (!g->n)
		return;
	for (size_t i = 0; i < g->n; i++)
		place_of(&g->v[i]);
	found_keys(g->xs, g);
	const struct stored_mention m = g->v[0].m;
	size_t nv = group_variants(g->v, g->n, &vs);
	buf_addf(entry, "canonical\t%s\nkind\t%s\nnumber\t%s\nyear\t%d\n", canonical, m.kind,
		 m.number, m.year);
	buf_addf(entry, "type_code\t%s\nissuer_code\t%s\n", m.type_code, m.issuer_code);
	for (size_t k = 0; k < nv; k++) {
		put_variant(entry, &vs[k]);
		variant_release(&vs[k]);
	}
	free(vs);
}

/* key = prefix + canonical: a term or a metadata key. */
static void prefixed(struct buf *key, const char *prefix, const char *canonical)
{
	buf_reset(key);
	buf_adds(key, prefix);
	buf_adds(key, canonical);
}

static int entry_of(xs_db *xs, const char *canonical, struct buf *entry, char **err)
{
	struct gather g = { .xs = xs, .canonical = canonical };
	struct buf term = BUF_INIT;
	int rc = -1;
	prefixed(&term, PREFIX_CITE, canonical);
	xs_prefetch(xs, term.p, term.len);
	if (xs_postlist_each(xs, term.p, term.len, gather_doc, &g, err) < 0)
		goto out;
	if (g.err) {
		*err = g.err;
		g.err = NULL;
		goto out;
	}
	rc = 0;
	entry_from(canonical, &g, entry);
out:
	gather_release(&g);
	free(g.err);
	buf_release(&term);
	return rc;
}

/* Stores the entry of canonical afresh (an empty one deletes it: no
 * document cites the number any more) and clears its mark. */
static int store(xs_db *xs, const char *canonical, const struct buf *entry, char **err)
{
	struct buf key = BUF_INIT;
	prefixed(&key, META_REGISTRY, canonical);
	int rc = xs_set_metadata(xs, key.p, entry->p, entry->len, err);
	if (rc == 0) {
		prefixed(&key, META_PENDING, canonical);
		rc = xs_set_metadata(xs, key.p, "", 0, err);
	}
	buf_release(&key);
	return rc;
}

/* Sorts and drops repeats. */
static size_t unique(char **v, size_t n)
{
	if (n)
		qsort(v, n, sizeof *v, cmp_str);
	size_t w = 0;
	for (size_t i = 0; i < n; i++) {
		if (w && strcmp(v[i], v[w - 1]) == 0)
			free(v[i]);
		else
			v[w++] = v[i];
	}
	return w;
}

int registry_mark(xs_db *xs, struct registry_pending *p, char **err)
{
	int rc = 0;
	struct buf key = BUF_INIT;
	p->n = unique(p->v, p->n);
	for (size_t i = 0; i < p->n && rc == 0; i++) {
		prefixed(&key, META_PENDING, p->v[i]);
		rc = xs_set_metadata(xs, key.p, "1", 1, err);
	}
	p->nkeys = unique(p->keys, p->nkeys);
	for (size_t i = 0; i < p->nkeys && rc == 0; i++) {
		char *tab = strchr(p->keys[i], '\t');
		*tab = '\0';
		rc = meta_set_add(xs, p->keys[i], tab + 1, err);
	}
	buf_release(&key);
	registry_pending_release(p);
	return rc;
}

struct collected {
	struct registry_pending *out;
	size_t prefix_len;
};

static int collect_key(const char *key, size_t len, void *arg)
{
	struct collected *c = arg;
	push(&c->out->v, &c->out->n, &c->out->cap,
	     xstrndup(key + c->prefix_len, len - c->prefix_len));
	return 0;
}

int registry_meta_keys(xs_db *xs, const char *prefix, struct registry_pending *out, char **err)
{
	struct collected c = { out, strlen(prefix) };
	return xs_metadata_keys(xs, prefix, collect_key, &c, err);
}

/* registry_settle takes the marked numbers in groups of about this many
 * citing documents: each document citing numbers of a group is read once
 * for the group, not once for each of its numbers (a text citing a
 * hundred numbers was inflated a hundred times, most of a settle on a
 * large corpus), and a group's mention lines stay few enough to hold at
 * once. */
#define SETTLE_GROUP_DOCS 200000

/* A group's mention lines, kept as text until their number's turn: a
 * parsed mention takes some 800 bytes, its line about 150. */
struct routed {
	unsigned docid;
	uint32_t num; /* index in settle_group.nums */
	size_t off, len; /* in settle_group.text */
};

struct settle_group {
	char **nums; /* sorted */
	size_t n;
	struct routed *lines; /* in docid order */
	size_t nlines, cap;
	struct buf text;
};

static int cmp_key(const void *key, const void *elem)
{
	return strcmp(key, *(char *const *)elem);
}

static void route_line(const char *line, size_t len, size_t numlen, unsigned docid, void *arg)
{
	struct settle_group *sg = arg;
	char num[CITE_MAX];
	if (numlen >= sizeof num)
		return;
	memcpy(num, line, numlen);
	num[numlen] = '\0';
	char **at = bsearch(num, sg->nums, sg->n, sizeof *sg->nums, cmp_key);
	if (!at)
		return;
	if (sg->nlines == sg->cap) {
		sg->cap = sg->cap ? 2 * sg->cap : 1024;
		sg->lines = xrealloc(sg->lines, sg->cap * sizeof *sg->lines);
	}
	sg->lines[sg->nlines++] = (struct routed){ docid, (uint32_t)(at - sg->nums), sg->text.len, len };
	buf_add(&sg->text, line, len);
}

struct docids {
	unsigned *v;
	size_t n, cap;
};

static int add_docid(unsigned docid, void *arg)
{
	struct docids *ids = arg;
	if (ids->n == ids->cap) {
		ids->cap = ids->cap ? 2 * ids->cap : 1024;
		ids->v = xrealloc(ids->v, ids->cap * sizeof *ids->v);
	}
	ids->v[ids->n++] = docid;
	return 0;
}

static int settle_group(xs_db *xs, char **nums, size_t n, char **err)
{
	struct settle_group sg = { .nums = nums, .n = n, .text = BUF_INIT };
	struct docids ids = { 0 };
	struct buf term = BUF_INIT, entry = BUF_INIT;
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		prefixed(&term, PREFIX_CITE, nums[i]);
		rc = xs_postlist_each(xs, term.p, term.len, add_docid, &ids, err);
	}
	if (ids.n)
		qsort(ids.v, ids.n, sizeof *ids.v, cmp_docid);
	for (size_t i = 0; i < ids.n && rc == 0; i++)
		if (i == 0 || ids.v[i] != ids.v[i - 1])
			rc = each_line(xs, ids.v[i], route_line, &sg, err);
	/* Each number's lines in docid order, as entry_of gathers them: a
	 * counting sort by number keeps that order. */
	size_t *first = xcalloc(n + 1, sizeof *first);
	for (size_t i = 0; i < sg.nlines; i++)
		first[sg.lines[i].num + 1]++;
	for (size_t k = 0; k < n; k++)
		first[k + 1] += first[k];
	struct routed *by_num = xmalloc((sg.nlines ? sg.nlines : 1) * sizeof *by_num);
	size_t *at = xmalloc((n ? n : 1) * sizeof *at);
	memcpy(at, first, n * sizeof *at);
	for (size_t i = 0; i < sg.nlines; i++)
		by_num[at[sg.lines[i].num]++] = sg.lines[i];
	for (size_t k = 0; k < n && rc == 0; k++) {
		struct gather g = { .xs = xs, .canonical = nums[k] };
		struct stored_mention m;
		for (size_t i = first[k]; i < first[k + 1]; i++)
			if (cites_parse_line(sg.text.p + by_num[i].off, by_num[i].len, &m) == 0)
				gather_add(&g, by_num[i].docid, &m);
		buf_reset(&entry);
		entry_from(nums[k], &g, &entry);
		gather_release(&g);
		rc = store(xs, nums[k], &entry, err);
	}
	free(first);
	free(at);
	free(by_num);
	free(sg.lines);
	buf_release(&sg.text);
	free(ids.v);
	buf_release(&term);
	buf_release(&entry);
	return rc;
}

int registry_settle(xs_db *xs, size_t *settled, char **err)
{
	struct registry_pending marked = { 0 };
	struct buf term = BUF_INIT;
	int rc = registry_meta_keys(xs, META_PENDING, &marked, err);
	/* Keys come in order: each group's numbers are sorted. */
	for (size_t i = 0, j; i < marked.n && rc == 0; i = j) {
		unsigned long long docs = 0;
		for (j = i; j < marked.n && (j == i || docs < SETTLE_GROUP_DOCS); j++) {
			prefixed(&term, PREFIX_CITE, marked.v[j]);
			docs += xs_termfreq(xs, term.p, term.len);
		}
		rc = settle_group(xs, marked.v + i, j - i, err);
	}
	buf_release(&term);
	if (settled)
		*settled = marked.n;
	registry_pending_release(&marked);
	return rc;
}

/* ---- reading ------------------------------------------------------------ */

static void card_vote(struct idx_vote **v, size_t *n, const char *rest)
{
	/* value \t support \t letterhead */
	const char *t1 = strchr(rest, '\t');
	if (!t1)
		return;
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	struct idx_vote *x = &(*v)[(*n)++];
	x->value = xstrndup(rest, (size_t)(t1 - rest));
	x->support = (unsigned)strtoul(t1 + 1, NULL, 10);
	const char *t2 = strchr(t1 + 1, '\t');
	x->letterhead = t2 ? atoi(t2 + 1) : 0;
}

/* Splits s at tabs in place into up to max fields; returns how many. */
static size_t split_tabs(char *s, char **f, size_t max)
{
	size_t n = 0;
	while (n < max) {
		f[n++] = s;
		char *t = strchr(s, '\t');
		if (!t)
			break;
		*t = '\0';
		s = t + 1;
	}
	return n;
}

/* A date with the sentence that states it: "DATE\tDOCID\tSTART\tEND" (the
 * card's "effective" and "effective_text" lines). */
static void read_dated(const char *rest, char **date, unsigned *docid, size_t *start, size_t *end)
{
	char *f[4] = { 0 };
	split_tabs((char *)rest, f, 4);
	*date = xstrdup(f[0]);
	*docid = f[1] ? (unsigned)strtoul(f[1], NULL, 10) : 0;
	*start = f[2] ? strtoul(f[2], NULL, 10) : 0;
	*end = f[3] ? strtoul(f[3], NULL, 10) : 0;
}

static void card_relation(struct idx_card *c, int incoming, const char *kind, const char *other,
			  const char *scope, const char *from, unsigned docid, size_t sent_start,
			  size_t sent_end, int by_name)
{
	for (size_t i = 0; i < c->nrelations; i++)
		if (c->relations[i].incoming == incoming && strcmp(c->relations[i].kind, kind) == 0 &&
		    strcmp(c->relations[i].other, other) == 0 && strcmp(c->relations[i].scope, scope) == 0) {
			/* one act, said again (a consolidation's notes); a suspension
			 * keeps its article's sentence, which states its days, over
			 * the title's */
			struct idx_relation *d = &c->relations[i];
			if (strcmp(kind, "suspends") == 0 && d->docid == docid && sent_start > d->sent_start) {
				d->sent_start = sent_start;
				d->sent_end = sent_end;
			}
			return;
		}
	c->relations = xrealloc(c->relations, (c->nrelations + 1) * sizeof *c->relations);
	struct idx_relation *r = &c->relations[c->nrelations++];
	r->kind = xstrdup(kind);
	r->incoming = incoming;
	r->other = xstrdup(other);
	r->scope = xstrdup(scope);
	r->from = xstrdup(from);
	r->docid = docid;
	r->sent_start = sent_start;
	r->sent_end = sent_end;
	r->by_name = by_name;
}

struct outgoing {
	struct idx_card *c;
	unsigned docid;
	const char *key;   /* incoming by name: the card's name key */
	char since[11];    /* … from a text dated after this day */
	xs_db *xs;
};

/* A named relation as the card shows it: "Luật Bảo hiểm y tế năm 2008". */
static void named_other(const struct stored_named *n, char *out, size_t cap)
{
	if (n->year)
		snprintf(out, cap, "%s %s năm %d", n->type, n->name, n->year);
	else
		snprintf(out, cap, "%s %s", n->type, n->name);
}

static void outgoing_line(const char *line, size_t len, size_t numlen, unsigned docid, void *arg)
{
	struct outgoing *o = arg;
	struct stored_mention m;
	struct stored_named nm;
	(void)numlen;
	struct stored_part pt;
	if (len && line[0] == '\t' && cites_parse_part(line, len, &pt) == 0) {
		struct idx_card *c = o->c;
		c->parts = xrealloc(c->parts, (c->nparts + 1) * sizeof *c->parts);
		c->parts[c->nparts++] = (struct idx_part_date){ xstrdup(pt.scope), xstrdup(pt.date),
								docid, pt.sent_start, pt.sent_end };
		return;
	}
	if (len && line[0] == '\t') {
		if (cites_parse_named(line, len, &nm) == 0 && strcmp(nm.by, o->c->canonical) == 0) {
			char other[200];
			named_other(&nm, other, sizeof other);
			card_relation(o->c, 0, nm.relation, other, nm.scope, nm.effective, docid,
				      nm.sent_start, nm.sent_end, 1);
		}
		return;
	}
	/* Most lines state no act: only those with a relation (field 17)
	 * are parsed. */
	const char *rel = line, *end = line + len;
	for (int k = 0; k < 17 && rel; k++) {
		rel = memchr(rel, '\t', (size_t)(end - rel));
		rel = rel ? rel + 1 : NULL;
	}
	if (!rel || rel == end || *rel == '\t')
		return;
	if (cites_parse_line(line, len, &m) == 0 && m.relation[0] &&
	    strcmp(m.by, o->c->canonical) == 0)
		card_relation(o->c, 0, m.relation, m.canonical, m.scope, m.effective, docid,
			      m.sent_start, m.sent_end, 0);
}

/* A text that names this card's regulation by its name: its year, if it
 * writes one, is the card's; else it must be later than the card's text (a
 * text acts on those before it). */
static void incoming_named_line(const char *line, size_t len, size_t numlen, unsigned docid,
				void *arg)
{
	struct outgoing *o = arg;
	struct stored_named nm;
	(void)numlen;
	if (!len || line[0] != '\t' || cites_parse_named(line, len, &nm) != 0 ||
	    strcmp(nm.key, o->key) != 0 || !nm.by[0] || strcmp(nm.by, o->c->canonical) == 0)
		return;
	if (nm.year) {
		if (!o->since[0] || atoi(o->since) != nm.year)
			return;
	} else {
		char *v = NULL;
		size_t vl = 0;
		if (xs_get_value(o->xs, docid, SLOT_ISSUE_DATE, &v, &vl, NULL) != 0 || vl != 10 ||
		    !o->since[0] || memcmp(v, o->since, 10) <= 0) {
			free(v);
			return;
		}
		free(v);
	}
	card_relation(o->c, 1, nm.relation, nm.by, nm.scope, nm.effective, docid, nm.sent_start,
		      nm.sent_end, 1);
}

/* The years a text writes with the card's name: one that is the card's,
 * one that is another's. */
struct name_years {
	const struct outgoing *o;
	int ours, other;             /* anywhere in the text */
	int grounds_ours, grounds_other; /* in its grounds ("Căn cứ …") */
};

static void name_years_add(struct name_years *y, int ours, const char *relation)
{
	int grounds = strcmp(relation, "based-on") == 0;
	if (ours)
		y->ours = 1, y->grounds_ours |= grounds;
	else
		y->other = 1, y->grounds_other |= grounds;
}

static void named_year_line(const char *line, size_t len, size_t numlen, unsigned docid, void *arg)
{
	struct name_years *y = arg;
	(void)numlen, (void)docid;
	if (!len)
		return;
	if (line[0] != '\t') {
		/* The name with a number: "Luật Bảo hiểm xã hội số 41/2024/QH15". */
		struct stored_mention m;
		if (cites_parse_line(line, len, &m) != 0 || !m.type_name[0] || !m.subject[0])
			return;
		struct buf key = BUF_INIT;
		cites_name_key(m.type_name, m.subject, &key);
		if (strcmp(key.p, y->o->key) == 0)
			name_years_add(y, strcmp(m.canonical, y->o->c->canonical) == 0, m.relation);
		buf_release(&key);
		return;
	}
	struct stored_named nm;
	if (cites_parse_named(line, len, &nm) != 0 || strcmp(nm.key, y->o->key) != 0 || !nm.year)
		return;
	name_years_add(y, y->o->since[0] && atoi(y->o->since) == nm.year, nm.relation);
}

static int incoming_named_doc(unsigned docid, void *arg)
{
	struct outgoing *o = arg;
	if (docid == o->c->source_docid)
		return 0;
	/* A text that dates or numbers the name as another law's ("Căn cứ
	 * Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024", "… số
	 * 41/2024/QH15", the card's law being 58/2014/QH13) and never as this
	 * one's means that law wherever it writes the name bare ("… một số
	 * điều của Luật Bảo hiểm xã hội"): none of its lines is this card's.
	 * Its grounds say which law it means first; a text that also cites
	 * the old law by number, in its transitional articles, still means
	 * the new one by the bare name. */
	char *v = NULL;
	size_t len;
	int got = cites_get(o->xs, docid, &v, &len, NULL);
	if (got != 0)
		return got < 0;
	struct name_years y = { .o = o };
	lines_each(v, len, docid, named_year_line, &y);
	if (!(y.grounds_ours || y.grounds_other ? y.grounds_other && !y.grounds_ours
						 : y.other && !y.ours))
		lines_each(v, len, docid, incoming_named_line, o);
	free(v);
	return 0;
}

/* A document and its SLOT_ORDER ("" unset: after the others, by docid). */
struct ordered {
	unsigned docid;
	char *key;
	size_t len;
};

static int cmp_ordered(const void *a, const void *b)
{
	const struct ordered *x = a, *y = b;
	if (!x->len != !y->len)
		return x->len ? -1 : 1;
	int c = bytes_cmp(x->key, x->len, y->key, y->len);
	if (c)
		return c;
	return x->docid < y->docid ? -1 : x->docid > y->docid;
}

int registry_card_outgoing(xs_db *xs, struct idx_card *c, char **err)
{
	if (!c->source_docid)
		return 0;
	struct outgoing o = { .c = c, .docid = c->source_docid, .xs = xs };
	if (each_line(xs, c->source_docid, outgoing_line, &o, err) < 0)
		return -1;
	/* Those that name it only by its name: a law, a code, an ordinance
	 * whose own text gives its type and subject. */
	if (!c->ntypes || !c->nsubjects || !c->ndates)
		return 0;
	struct buf key = BUF_INIT, term = BUF_INIT;
	cites_name_key(c->types[0].value, c->subjects[0].value, &key);
	o.key = key.p;
	snprintf(o.since, sizeof o.since, "%s", c->dates[0].value);
	buf_adds(&term, PREFIX_NAMED);
	buf_adds(&term, key.p);
	/* By source (SLOT_ORDER), not docid: of two documents saying one act,
	 * the first is the evidence shown, the same on one index and shards. */
	struct docids ids = { 0 };
	int rc = xs_postlist_each(xs, term.p, term.len, add_docid, &ids, err);
	struct ordered *by = ids.n ? xcalloc(ids.n, sizeof *by) : NULL;
	for (size_t i = 0; rc == 0 && i < ids.n; i++) {
		by[i].docid = ids.v[i];
		if (xs_get_value(xs, ids.v[i], SLOT_ORDER, &by[i].key, &by[i].len, err) < 0)
			rc = -1;
	}
	if (rc == 0 && ids.n > 1)
		qsort(by, ids.n, sizeof *by, cmp_ordered);
	for (size_t i = 0; rc == 0 && i < ids.n; i++)
		if (incoming_named_doc(by[i].docid, &o))
			break;
	for (size_t i = 0; i < ids.n; i++)
		free(by[i].key);
	free(by);
	free(ids.v);
	buf_release(&key);
	buf_release(&term);
	return rc < 0 ? -1 : 0;
}

/* The memo key a card is kept under over shards, once per revision
 * (registry_cards_read). */
static void card_memo_key(const char *canonical, struct buf *key)
{
	buf_reset(key);
	buf_addc(key, 'c');
	buf_adds(key, canonical);
}

void registry_cards_ahead(xs_db *xs, char *const *canonicals, size_t n)
{
	if (!xs_network_reads(xs) || n < 2)
		return;
	if (xs_shard_count(xs) == 1) {
		/* One remote shard: each card is its mark and its entry, two
		 * metadata reads (registry_cards_read), a round trip each;
		 * asked here over several connections at once. */
		char **keys = xcalloc(2 * n, sizeof *keys);
		struct buf k = BUF_INIT;
		for (size_t i = 0; i < n; i++) {
			prefixed(&k, META_PENDING, canonicals[i]);
			keys[2 * i] = buf_detach(&k, NULL);
			prefixed(&k, META_REGISTRY, canonicals[i]);
			keys[2 * i + 1] = buf_detach(&k, NULL);
		}
		xs_metadata_ahead(xs, (const char *const *)keys, 2 * n);
		for (size_t i = 0; i < 2 * n; i++)
			free(keys[i]);
		free(keys);
		buf_release(&k);
		return;
	}
	if (xs_shard_count(xs) < 2)
		return;
	char **terms = xcalloc(n, sizeof *terms);
	size_t *lens = xcalloc(n, sizeof *lens), m = 0;
	struct buf key = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		char *v = NULL;
		size_t len = 0;
		card_memo_key(canonicals[i], &key);
		if (xs_memo_get(xs, key.p, key.len, &v, &len) == 0) {
			free(v); /* the card is kept: its documents are not wanted */
			continue;
		}
		prefixed(&key, PREFIX_CITE, canonicals[i]);
		terms[m] = buf_detach(&key, &lens[m]);
		m++;
	}
	xs_prefetch_many(xs, (const char *const *)terms, lens, m);
	for (size_t i = 0; i < m; i++)
		free(terms[i]);
	free(terms);
	free(lens);
	buf_release(&key);
}

int registry_cards_read(xs_db *xs, const char *canonical, struct idx_card **out, size_t *n,
			char **err)
{
	*out = NULL;
	*n = 0;
	struct buf key = BUF_INIT;
	char *v = NULL;
	size_t len = 0;
	prefixed(&key, META_PENDING, canonical);
	/* Shards: a combined database gives the first shard's metadata only;
	 * the card is computed from every shard's citing documents, as one
	 * index holding them would store it (docids: the combined ones). */
	int rc = xs_shard_count(xs) > 1 ? 0 : xs_get_metadata(xs, key.p, &v, &len, err);
	int marked = xs_shard_count(xs) > 1 || (rc == 0 && len);
	free(v);
	v = NULL;
	if (rc == 0 && marked) {
		/* Marked by a run still going or killed: its stored entry may be
		 * stale. Over shards, computed once per revision they read. */
		card_memo_key(canonical, &key);
		if (xs_memo_get(xs, key.p, key.len, &v, &len) != 0) {
			struct buf entry = BUF_INIT;
			rc = entry_of(xs, canonical, &entry, err);
			v = buf_detach(&entry, &len);
			if (rc == 0)
				xs_memo_put(xs, key.p, key.len, v ? v : "", len);
		}
	} else if (rc == 0) {
		prefixed(&key, META_REGISTRY, canonical);
		rc = xs_get_metadata(xs, key.p, &v, &len, err);
	}
	buf_release(&key);
	if (rc < 0) {
		free(v);
		return -1;
	}
	/* The header lines hold for every variant; each "variant" line opens a card. */
	struct idx_card head = { 0 }, *c = &head;
	for (char *line = len ? v : NULL; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		if (strcmp(line, "variant") == 0) {
			*out = xrealloc(*out, (*n + 1) * sizeof **out);
			c = &(*out)[(*n)++];
			memset(c, 0, sizeof *c);
			c->canonical = xstrdup(head.canonical ? head.canonical : canonical);
			c->kind = head.kind ? xstrdup(head.kind) : NULL;
			c->number = head.number ? xstrdup(head.number) : NULL;
			c->year = head.year;
			c->type_code = head.type_code ? xstrdup(head.type_code) : NULL;
			c->issuer_code = head.issuer_code ? xstrdup(head.issuer_code) : NULL;
		}
		char *tab = strchr(line, '\t');
		if (tab) {
			*tab = '\0';
			const char *rest = tab + 1;
			if (strcmp(line, "canonical") == 0)
				c->canonical = xstrdup(rest);
			else if (strcmp(line, "kind") == 0)
				c->kind = xstrdup(rest);
			else if (strcmp(line, "number") == 0)
				c->number = xstrdup(rest);
			else if (strcmp(line, "year") == 0)
				c->year = atoi(rest);
			else if (strcmp(line, "type_code") == 0)
				c->type_code = xstrdup(rest);
			else if (strcmp(line, "issuer_code") == 0)
				c->issuer_code = xstrdup(rest);
			else if (strcmp(line, "mentions") == 0)
				c->mentions = (unsigned)strtoul(rest, NULL, 10);
			else if (strcmp(line, "documents") == 0)
				c->documents = (unsigned)strtoul(rest, NULL, 10);
			else if (strcmp(line, "source") == 0)
				c->source_docid = (unsigned)strtoul(rest, NULL, 10);
			else if (strcmp(line, "conflict") == 0)
				c->conflicts = xstrdup(rest);
			else if (strcmp(line, "type") == 0)
				card_vote(&c->types, &c->ntypes, rest);
			else if (strcmp(line, "issuer") == 0)
				card_vote(&c->issuers, &c->nissuers, rest);
			else if (strcmp(line, "date") == 0)
				card_vote(&c->dates, &c->ndates, rest);
			else if (strcmp(line, "subject") == 0)
				card_vote(&c->subjects, &c->nsubjects, rest);
			else if (strcmp(line, "signer") == 0)
				card_vote(&c->signers, &c->nsigners, rest);
			else if (strcmp(line, "effective") == 0)
				read_dated(rest, &c->effective, &c->eff_docid, &c->eff_start,
					   &c->eff_end);
			else if (strcmp(line, "effective_text") == 0)
				read_dated(rest, &c->eff_text, &c->efft_docid, &c->efft_start,
					   &c->efft_end);
			else if (strcmp(line, "expires") == 0)
				c->expires = xstrdup(rest);
			else if (strcmp(line, "by") == 0) {
				char *f[7] = { 0 };
				if (split_tabs((char *)rest, f, 7) == 7)
					card_relation(c, 1, f[0], f[1], f[2], f[3],
						      (unsigned)strtoul(f[4], NULL, 10),
						      strtoul(f[5], NULL, 10), strtoul(f[6], NULL, 10), 0);
			} else if (strcmp(line, "docs") == 0)
				for (char *d = (char *)rest; *d;) {
					char *e;
					unsigned long id = strtoul(d, &e, 10);
					if (e == d)
						break;
					c->docids = xrealloc(c->docids, (c->ndocids + 1) * sizeof *c->docids);
					c->docids[c->ndocids++] = (unsigned)id;
					d = *e == ',' ? e + 1 : e;
				}
		}
		line = nl ? nl + 1 : NULL;
	}
	free(v);
	idx_card_release(&head);
	return *n ? 0 : 1;
}

void idx_cards_release(struct idx_card *cards, size_t n)
{
	for (size_t i = 0; i < n; i++)
		idx_card_release(&cards[i]);
	free(cards);
}

void idx_card_release(struct idx_card *c)
{
	if (!c)
		return;
	free(c->canonical);
	free(c->kind);
	free(c->number);
	free(c->type_code);
	free(c->issuer_code);
	free(c->conflicts);
	votes_release(c->types, c->ntypes);
	votes_release(c->issuers, c->nissuers);
	votes_release(c->dates, c->ndates);
	votes_release(c->subjects, c->nsubjects);
	votes_release(c->signers, c->nsigners);
	free(c->docids);
	free(c->effective);
	free(c->eff_text);
	free(c->expires);
	for (size_t i = 0; i < c->nrelations; i++) {
		free(c->relations[i].kind);
		free(c->relations[i].other);
		free(c->relations[i].scope);
		free(c->relations[i].from);
	}
	free(c->relations);
	for (size_t i = 0; i < c->nparts; i++) {
		free(c->parts[i].scope);
		free(c->parts[i].date);
	}
	free(c->parts);
	memset(c, 0, sizeof *c);
}

struct set_union {
	char **v;
	size_t n;
};

static int union_add(size_t shard, const char *v, size_t len, void *arg)
{
	(void)shard;
	struct set_union *u = arg;
	for (size_t i = 0; i < len;) {
		const char *tab = memchr(v + i, '\t', len - i);
		size_t end = tab ? (size_t)(tab - v) : len;
		if (end > i) {
			u->v = xrealloc(u->v, (u->n + 1) * sizeof *u->v);
			u->v[u->n++] = xstrndup(v + i, end - i);
		}
		i = end + 1;
	}
	return 0;
}

/* The tab-separated set under key as one index would hold it: every
 * shard's members, in byte order, each once. */
static int shards_set_union(xs_db *xs, const char *key, char **out, size_t *len, char **err)
{
	struct set_union u = { 0 };
	int rc = shards_metadata_each(xs, key, union_add, &u, err);
	size_t n = rc < 0 ? 0 : unique(u.v, u.n);
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_addc(&b, '\t');
		buf_adds(&b, u.v[i]);
	}
	for (size_t i = 0; i < (rc < 0 ? u.n : n); i++)
		free(u.v[i]); /* unique() freed the repeats */
	free(u.v);
	*out = buf_detach(&b, len);
	if (!*out)
		*out = xstrdup("");
	return rc < 0 ? -1 : 0;
}

int registry_candidates(xs_db *xs, const char *meta_prefix, const char *key, char ***out,
			size_t *n, char **err)
{
	*out = NULL;
	*n = 0;
	struct buf k = BUF_INIT;
	buf_adds(&k, meta_prefix);
	buf_adds(&k, key);
	char *v;
	size_t len;
	int rc = xs_shard_count(xs) ? shards_set_union(xs, k.p, &v, &len, err)
				    : xs_get_metadata(xs, k.p, &v, &len, err);
	buf_release(&k);
	if (rc < 0)
		return -1;
	for (size_t i = 0; i < len;) {
		const char *tab = memchr(v + i, '\t', len - i);
		size_t end = tab ? (size_t)(tab - v) : len;
		if (end > i) {
			*out = xrealloc(*out, (*n + 1) * sizeof **out);
			(*out)[(*n)++] = xstrndup(v + i, end - i);
		}
		i = end + 1;
	}
	free(v);
	return 0;
}

size_t registry_places(xs_db *xs, unsigned docid, const char *canonical,
		       struct idx_cite_place *out, size_t max)
{
	char *v = NULL;
	size_t len, n = 0;
	if (cites_get(xs, docid, &v, &len, NULL) != 0)
		return 0;
	size_t clen = strlen(canonical);
	for (size_t i = 0; i < len && n < max;) {
		const char *nl = memchr(v + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - v) : len;
		struct stored_mention m;
		/* The canonical is the line's first field (cut, if ever, to a
		 * prefix): a line that does not start with it is not parsed —
		 * a long law cites hundreds of other numbers. */
		if (clen && end - i >= clen && memcmp(v + i, canonical, clen) == 0 &&
		    cites_parse_line(v + i, end - i, &m) == 0 && strcmp(m.canonical, canonical) == 0)
			out[n++] = (struct idx_cite_place){ m.start, m.end, m.sent_start, m.sent_end };
		i = end + 1;
	}
	free(v);
	return n;
}
