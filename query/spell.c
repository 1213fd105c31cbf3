/* spell.c — typos and run-together words read as the collection's words ("hợp đòng", "laodong"). */
#include "query/query_int.h"

#include <stdlib.h>
#include <string.h>

#include "index/schema.h"

/* A marked spelling held by fewer than 1 in RARE_SHARE of the documents
 * its folded form is in is read as a slip of the tone ("đòng": 1 document,
 * "dong": 497); one that is no syllable at all, below 1 in BAD_SHARE. */
#define RARE_SHARE 100
#define BAD_SHARE 10
/* …and only when the folded form is that common: a rare syllable of a
 * rare fold is just a rare word. */
#define MIN_FOLDED_DOCS 20
/* Run-together words of up to this many syllables are split. */
#define MAX_PIECES 3

static unsigned long long df_of(idx_db *db, const char *prefix, const char *a, const char *b)
{
	struct buf t = BUF_INIT;
	buf_adds(&t, prefix);
	buf_adds(&t, a);
	if (b) {
		buf_addc(&t, PAIR_JOIN);
		buf_adds(&t, b);
	}
	unsigned long long df = idx_term_freq(db, t.p, t.len);
	buf_release(&t);
	return df;
}

struct piece {
	char *exact, *folded;
	int has_marks;
};

static void pieces_release(struct piece *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(p[i].exact);
		free(p[i].folded);
	}
}

/* s[0..len) as one syllable's terms, or 0 if it is no syllable. */
static int piece_of(const char *s, size_t len, struct piece *p)
{
	struct buf e = BUF_INIT, f = BUF_INIT;
	text_word_terms(s, len, &e, &f);
	if (e.len == 0 || !text_syllable_valid(e.p, e.len)) {
		buf_release(&e);
		buf_release(&f);
		return 0;
	}
	p->has_marks = strcmp(e.p, f.p) != 0;
	p->exact = buf_detach(&e, NULL);
	p->folded = buf_detach(&f, NULL);
	return 1;
}

/* The best cut of s[from..len) into at most `left` syllables, each pair
 * of them a word of the collection: the pieces into out[0..), their count,
 * and the fewest documents holding one of the pairs (with prev, the piece
 * before, pairing the first). 0 pieces if there is none. */
static size_t split_best(idx_db *db, const char *s, size_t from, size_t len, const char *prev,
			 size_t left, struct piece *out, unsigned long long *score)
{
	size_t best_n = 0;
	*score = 0;
	if (left == 0)
		return 0;
	for (size_t cut = from; cut < len;) {
		unsigned cp;
		cut += text_utf8_decode(s + cut, len - cut, &cp);
		struct piece p;
		if (!piece_of(s + from, cut - from, &p))
			continue;
		unsigned long long df = prev ? df_of(db, PREFIX_PAIR, prev, p.folded) : ~0ull;
		if (df == 0) {
			pieces_release(&p, 1);
			continue;
		}
		struct piece rest[MAX_PIECES];
		size_t n = 0;
		unsigned long long sc = df;
		if (cut < len) {
			unsigned long long rs;
			n = split_best(db, s, cut, len, p.folded, left - 1, rest, &rs);
			if (n == 0) {
				pieces_release(&p, 1);
				continue;
			}
			sc = rs < df ? rs : df;
		} else if (!prev) {
			/* The whole word is one syllable: nothing to split. */
			pieces_release(&p, 1);
			continue;
		}
		/* Fewer pieces first, then the commoner word. */
		if (best_n == 0 || n + 1 < best_n || (n + 1 == best_n && sc > *score)) {
			pieces_release(out, best_n);
			out[0] = p;
			memcpy(out + 1, rest, n * sizeof *rest);
			best_n = n + 1;
			*score = sc;
		} else {
			pieces_release(&p, 1);
			pieces_release(rest, n);
		}
	}
	return best_n;
}

struct spell {
	idx_db *db;
	struct buf read_as, note, suggest;
	int changed;
};

static void note_add(struct buf *b, const char *s)
{
	if (b->len)
		buf_adds(b, "; ");
	buf_adds(b, s);
}

static void join_pieces(struct buf *b, const struct piece *p, size_t n, int exact)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_addc(b, ' ');
		buf_adds(b, exact ? p[i].exact : p[i].folded);
	}
}

static void spell_words(struct spell *sp, struct query_node *n)
{
	struct query_word *out = xcalloc(n->nwords * MAX_PIECES, sizeof *out);
	size_t m = 0;
	for (size_t i = 0; i < n->nwords; i++) {
		struct query_word *w = &n->words[i];
		size_t elen = strlen(w->exact);
		unsigned long long typed = df_of(sp->db, PREFIX_FOLDED, w->folded, NULL);
		int valid = text_syllable_valid(w->exact, elen);
		struct piece pc[MAX_PIECES];
		unsigned long long score;
		size_t np = 0;
		if (!valid && strlen(w->folded) >= 4)
			np = split_best(sp->db, w->exact, 0, elen, NULL, MAX_PIECES, pc, &score);
		if (np && typed == 0) {
			struct buf s = BUF_INIT;
			buf_addf(&s, "read '%s' as '", w->exact);
			join_pieces(&s, pc, np, 1);
			buf_addc(&s, '\'');
			note_add(&sp->note, s.p);
			buf_release(&s);
			for (size_t k = 0; k < np; k++) {
				struct query_word *o = &out[m++];
				o->exact = pc[k].exact;
				o->folded = pc[k].folded;
				o->has_marks = pc[k].has_marks;
				o->joins = k ? 1 : w->joins;
			}
			free(w->exact);
			free(w->folded);
			sp->changed = 1;
			continue;
		}
		if (np && score > typed) {
			if (sp->suggest.len)
				buf_addc(&sp->suggest, ' ');
			join_pieces(&sp->suggest, pc, np, 1);
		}
		pieces_release(pc, np);
		if (w->has_marks && typed >= MIN_FOLDED_DOCS) {
			unsigned long long exact = df_of(sp->db, "", w->exact, NULL);
			if (exact * (valid ? RARE_SHARE : BAD_SHARE) < typed) {
				struct buf s = BUF_INIT;
				buf_addf(&s, "read '%s' without its marks", w->exact);
				note_add(&sp->note, s.p);
				buf_release(&s);
				free(w->exact);
				w->exact = xstrdup(w->folded);
				w->has_marks = 0;
				sp->changed = 1;
			}
		}
		out[m++] = *w;
	}
	free(n->words);
	n->words = out;
	n->nwords = m;
}

static void walk(struct spell *sp, struct query_node *n, int negated)
{
	if (!n)
		return;
	if (n->kind == QN_NOT) {
		walk(sp, n->kids[0], !negated);
		return;
	}
	if (n->kind == QN_WORDS) {
		/* An exclusion matches as typed. */
		if (!negated)
			spell_words(sp, n);
		for (size_t i = 0; i < n->nwords; i++) {
			if (sp->read_as.len)
				buf_addc(&sp->read_as, ' ');
			buf_adds(&sp->read_as, n->words[i].exact);
		}
		return;
	}
	for (size_t i = 0; i < n->nkids; i++)
		walk(sp, n->kids[i], negated);
}

void query_spell(idx_db *db, struct query *q)
{
	struct spell sp = { .db = db, .read_as = BUF_INIT, .note = BUF_INIT, .suggest = BUF_INIT };
	walk(&sp, q->root, 0);
	if (sp.changed) {
		q->read_as = buf_detach(&sp.read_as, NULL);
		q->read_note = buf_detach(&sp.note, NULL);
		q->accented = query_any_positive_marks(q->root, 0);
	}
	buf_release(&sp.read_as);
	buf_release(&sp.note);
	if (sp.suggest.len)
		q->suggest = buf_detach(&sp.suggest, NULL);
	buf_release(&sp.suggest);
}
