/* spell.c — typos and run-together words read as the collection's words ("hợp đòng", "laodong"). */
#include "query/query_int.h"

#include <stdlib.h>
#include <string.h>

#include "index/schema.h"

/* A marked word that is no syllable at all and held by fewer than 1 in
 * BAD_SHARE of the documents its folded form is in is a slip. */
#define BAD_SHARE 10
/* A real syllable is only suspect when its spelling holds fewer than 1 in
 * RARE_SHARE of the documents of its folded form ("đòng": 1, "dong": 497);
 * so is a run-together word against the words it runs together. */
#define RARE_SHARE 100
/* A two-syllable word the collection holds in at least MIN_PAIR_DOCS
 * documents, but with the typed spelling of one syllable in fewer than 1
 * in PAIR_SHARE of them, was mistyped ("hợp đòng": 305 and 1). */
#define MIN_PAIR_DOCS 5
#define PAIR_SHARE 20
/* …and only when the folded form is that common: a rare syllable of a
 * rare fold is just a rare word. */
#define MIN_FOLDED_DOCS 5
#define MAX_PIECES QUERY_SPLIT_MAX

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
static size_t split_best(query_pair_docs_fn pairs, void *ctx, const char *s, size_t from,
			 size_t len, const char *prev, size_t left, struct piece *out,
			 unsigned long long *score)
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
		unsigned long long df = prev ? pairs(prev, p.folded, ctx) : ~0ull;
		if (df == 0) {
			pieces_release(&p, 1);
			continue;
		}
		struct piece rest[MAX_PIECES];
		size_t n = 0;
		unsigned long long sc = df;
		if (cut < len) {
			unsigned long long rs;
			n = split_best(pairs, ctx, s, cut, len, p.folded, left - 1, rest, &rs);
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

static unsigned long long index_pairs(const char *a, const char *b, void *db)
{
	return df_of(db, PREFIX_PAIR, a, b);
}

size_t query_spell_split(const char *word, size_t len, query_pair_docs_fn pairs, void *ctx,
			 char *pieces[QUERY_SPLIT_MAX], unsigned long long *score)
{
	struct piece pc[QUERY_SPLIT_MAX];
	size_t n = split_best(pairs, ctx, word, 0, len, NULL, QUERY_SPLIT_MAX, pc, score);
	for (size_t i = 0; i < n; i++) {
		pieces[i] = pc[i].exact;
		free(pc[i].folded);
	}
	return n;
}

struct spell {
	idx_db *db;
	struct buf read_as, note, suggest;
	int changed;
	struct query_word **words; /* the positive words in order */
	int *joins;                /* words[i] may be one word with words[i-1] */
	size_t nwords;
	const struct query_node *root;
	const struct query *q;
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

/* ---- Telex typed with the input method off ---------------------------------
 * "luaatj ddaast ddai" is "luật đất đai" typed in Telex while the keyboard
 * sent letters as they are (an input method switched off: 0 results, h14f).
 * A word of ASCII letters that is no syllable, held by no document, read as
 * Telex: "dd" is đ, "aa" "ee" "oo" are â ê ô, "w" makes a ă, o ơ, u ư ("uo"
 * ươ, alone ư), and s f r x j after the first vowel are the tones. */

static int is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* The syllable word[0..len) spells in Telex, into out (NFC, its tone
 * placed canonically); 0 when it holds no Telex key or is no syllable. */
static int telex_read(const char *word, size_t len, struct buf *out)
{
	/* Each letter: its base and the marks on it (1 circumflex, 2 breve,
	 * 3 horn; the stroke of đ as 4). */
	char base[32];
	int mark[32];
	size_t n = 0, first_vowel = (size_t)-1;
	int tone = 0, keys = 0;
	if (len < 2 || len >= sizeof base)
		return 0;
	for (size_t i = 0; i < len; i++) {
		char c = word[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c < 'a' || c > 'z')
			return 0;
		if (first_vowel != (size_t)-1 && strchr("sfrxj", c)) {
			tone = c; /* the last tone key wins */
			keys++;
			continue;
		}
		if (c == 'w') {
			/* The nearest a, o or u before it ("uo" both); none: ư. */
			size_t k = n;
			while (k > 0 && !(base[k - 1] == 'a' || base[k - 1] == 'o' || base[k - 1] == 'u'))
				k--;
			if (k == 0) {
				base[n] = 'u';
				mark[n++] = 3;
			} else if (base[k - 1] == 'a') {
				mark[k - 1] = 2;
			} else {
				mark[k - 1] = 3;
				if (base[k - 1] == 'o' && k >= 2 && base[k - 2] == 'u')
					mark[k - 2] = 3;
			}
			keys++;
			continue;
		}
		if (n && base[n - 1] == c && !mark[n - 1] &&
		    (c == 'a' || c == 'e' || c == 'o' || (c == 'd' && n == 1))) {
			mark[n - 1] = c == 'd' ? 4 : 1;
			keys++;
			continue;
		}
		if (is_vowel(c) && first_vowel == (size_t)-1)
			first_vowel = n;
		base[n] = c;
		mark[n++] = 0;
	}
	if (!keys || first_vowel == (size_t)-1)
		return 0;
	/* Letters with their marks, the tone on the first vowel, then NFC and
	 * the canonical place of the tone. */
	static const char *const marks[] = { "", "\xcc\x82", "\xcc\x86", "\xcc\x9b" };
	static const struct { char key; const char *mark; } tones[] = {
		{ 's', "\xcc\x81" }, { 'f', "\xcc\x80" }, { 'r', "\xcc\x89" },
		{ 'x', "\xcc\x83" }, { 'j', "\xcc\xa3" },
	};
	struct buf d = BUF_INIT, c = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (mark[i] == 4) {
			buf_adds(&d, "\xc4\x91"); /* đ */
			continue;
		}
		buf_addc(&d, base[i]);
		buf_adds(&d, marks[mark[i]]);
		for (size_t t = 0; t < sizeof tones / sizeof *tones && i == first_vowel; t++)
			if (tones[t].key == tone)
				buf_adds(&d, tones[t].mark);
	}
	int ok = text_nfc(d.p, d.len, &c) == 0;
	if (ok) {
		text_tone_canonical(c.p, c.len, out);
		ok = text_syllable_valid(out->p, out->len);
	}
	buf_release(&d);
	buf_release(&c);
	return ok;
}

/* A word typed in Telex read as its syllable, when the collection holds that
 * and not the word as typed ("ddaast" as "đất"); said in the note. */
static int telex_word(struct spell *sp, struct query_word *w)
{
	struct buf t = BUF_INIT, e = BUF_INIT, f = BUF_INIT;
	int done = 0;
	if (!w->has_marks && !text_syllable_valid(w->exact, strlen(w->exact)) &&
	    telex_read(w->exact, strlen(w->exact), &t) &&
	    df_of(sp->db, PREFIX_FOLDED, w->folded, NULL) == 0) {
		text_word_terms(t.p, t.len, &e, &f);
		if (e.len && f.len && df_of(sp->db, PREFIX_FOLDED, f.p, NULL) > 0) {
			struct buf s = BUF_INIT;
			buf_addf(&s, "read '%s' as Telex: '%s'", w->exact, e.p);
			note_add(&sp->note, s.p);
			buf_release(&s);
			free(w->exact);
			free(w->folded);
			w->has_marks = strcmp(e.p, f.p) != 0;
			w->exact = buf_detach(&e, NULL);
			w->folded = buf_detach(&f, NULL);
			sp->changed = 1;
			done = 1;
		}
	}
	buf_release(&t);
	buf_release(&e);
	buf_release(&f);
	return done;
}

/* Run-together words of a chunk read as their syllables (or suggested). */
static void split_words(struct spell *sp, struct query_node *n)
{
	struct query_word *out = xcalloc(n->nwords * MAX_PIECES, sizeof *out);
	size_t m = 0;
	for (size_t i = 0; i < n->nwords; i++) {
		struct query_word *w = &n->words[i];
		if (telex_word(sp, w)) {
			out[m++] = *w;
			continue;
		}
		size_t elen = strlen(w->exact);
		struct piece pc[MAX_PIECES];
		unsigned long long score;
		size_t np = 0;
		if (!text_syllable_valid(w->exact, elen) && strlen(w->folded) >= 4)
			np = split_best(index_pairs, sp->db, w->exact, 0, elen, NULL, MAX_PIECES, pc,
					&score);
		unsigned long long typed = np ? df_of(sp->db, PREFIX_FOLDED, w->folded, NULL) : 0;
		/* A run-together word held only here and there (a site's name,
		 * "laodong.vn") is still read as the words it runs together. */
		if (np && (typed == 0 || typed * RARE_SHARE < score)) {
			struct buf s = BUF_INIT;
			buf_addf(&s, "read '%s' as '", w->exact);
			join_pieces(&s, pc, np, 1);
			buf_addc(&s, '\'');
			if (typed)
				buf_addf(&s, "; %llu document%s hold%s '%s' as typed: quote it to search for it",
					 typed, typed == 1 ? "" : "s", typed == 1 ? "s" : "", w->exact);
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
		out[m++] = *w;
	}
	free(n->words);
	n->words = out;
	n->nwords = m;
}

/* Documents holding both the folded pair a_b and the exact word, counted
 * up to `upto`. */
static unsigned long long pair_with_exact(idx_db *db, const char *a, const char *b,
					  const char *exact, unsigned long long upto)
{
	struct buf t = BUF_INIT;
	buf_adds(&t, PREFIX_PAIR);
	buf_adds(&t, a);
	buf_addc(&t, PAIR_JOIN);
	buf_adds(&t, b);
	idx_query *v[2] = { idx_q_term(t.p, t.len), idx_q_term(exact, strlen(exact)) };
	buf_release(&t);
	idx_query *both = idx_q_combine(IDX_Q_AND, v, 2);
	struct idx_results r;
	char *err = NULL;
	unsigned long long n = upto;
	if (idx_search(db, both, 0, 0, (size_t)upto, 0, 0, &r, &err) == 0) {
		n = r.lower;
		free(r.hits);
	}
	free(err);
	idx_q_free(both);
	return n;
}

/* Is the marked words[i] a slip of the tone? It is no syllable and the
 * collection hardly holds it; or it is a spelling the collection rarely
 * uses and each word it joins forms with it a word the collection often
 * holds (folded pair "hop_dong") but hardly ever with this spelling
 * ("đòng"). */
static int tone_slip(struct spell *sp, size_t i, unsigned long long folded_docs, int valid)
{
	struct query_word *w = sp->words[i];
	unsigned long long exact = df_of(sp->db, "", w->exact, NULL);
	if (!valid)
		return exact * BAD_SHARE < folded_docs;
	/* A real syllable is a slip only where the collection says so: a
	 * spelling it rarely uses, in a word it often holds otherwise. A
	 * syllable it does not hold at all ("mùa" in a text without) is
	 * still a word. */
	if (exact * RARE_SHARE >= folded_docs)
		return 0;
	int slip = 0;
	for (int side = 0; side < 2; side++) {
		size_t j = side ? i + 1 : i - 1;
		if ((side == 0 && (i == 0 || !sp->joins[i])) ||
		    (side == 1 && (j >= sp->nwords || !sp->joins[j])))
			continue;
		const char *a = side ? w->folded : sp->words[j]->folded;
		const char *b = side ? sp->words[j]->folded : w->folded;
		unsigned long long pair = df_of(sp->db, PREFIX_PAIR, a, b);
		/* Every neighbour must say so: "và cờ bạc" is no slip for
		 * "và có" being common, as "co_bac" is not. */
		if (pair < MIN_PAIR_DOCS)
			return 0;
		unsigned long long upto = pair / PAIR_SHARE + 1;
		unsigned long long with = pair_with_exact(sp->db, a, b, w->exact, upto);
		if (with < upto)
			slip = 1;
		else
			return 0;
	}
	return slip;
}

/* The frequencies read_tones asks for first, asked at once: over remote
 * shards each alone is a round trip to every shard in turn. */
static void tones_ahead(struct spell *sp)
{
	size_t n = 0, ncommon = 0;
	/* With those query_resolve reads next (mark_common): one match for
	 * both over remote shards. */
	struct buf *common = NULL;
	/* And the words typed as a heading's term, whose frequency
	 * query_search reads before its match (heading_typed). */
	struct buf heading = BUF_INIT;
	if (idx_network_reads(sp->db)) {
		query_common_terms(sp->root, &common, &ncommon);
		query_whole_heading_term(sp->q, &heading);
	}
	const char **terms = xcalloc(2 * sp->nwords + ncommon + 2, sizeof *terms);
	size_t *lens = xcalloc(2 * sp->nwords + ncommon + 2, sizeof *lens);
	for (size_t i = 0; i < ncommon; i++) {
		terms[n] = common[i].p;
		lens[n++] = common[i].len;
	}
	if (heading.len && heading.len <= SCHEMA_MAX_ID_TERM) {
		terms[n] = heading.p;
		lens[n++] = heading.len;
	}
	struct buf *folded = xcalloc(sp->nwords + 1, sizeof *folded);
	for (size_t i = 0; i < sp->nwords; i++) {
		struct query_word *w = sp->words[i];
		if (!w->has_marks)
			continue;
		buf_adds(&folded[i], PREFIX_FOLDED);
		buf_adds(&folded[i], w->folded);
		terms[n] = folded[i].p;
		lens[n++] = folded[i].len;
		terms[n] = w->exact;
		lens[n++] = strlen(w->exact);
	}
	idx_term_freqs_ahead(sp->db, terms, lens, n);
	for (size_t i = 0; i < ncommon; i++)
		buf_release(&common[i]);
	free(common);
	buf_release(&heading);
	for (size_t i = 0; i < sp->nwords; i++)
		buf_release(&folded[i]);
	free(folded);
	free(lens);
	free(terms);
}

static void read_tones(struct spell *sp)
{
	tones_ahead(sp);
	for (size_t i = 0; i < sp->nwords; i++) {
		struct query_word *w = sp->words[i];
		if (!w->has_marks)
			continue;
		unsigned long long folded = df_of(sp->db, PREFIX_FOLDED, w->folded, NULL);
		if (folded < MIN_FOLDED_DOCS)
			continue;
		if (!tone_slip(sp, i, folded, text_syllable_valid(w->exact, strlen(w->exact))))
			continue;
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

/* Splits run-together words and lists the positive words in order; an
 * exclusion between two words keeps them apart. */
static void walk(struct spell *sp, struct query_node *n, int negated, int *apart)
{
	if (!n)
		return;
	if (n->kind == QN_NOT) {
		walk(sp, n->kids[0], !negated, apart);
		*apart = 1;
		return;
	}
	if (n->kind == QN_WORDS) {
		/* An exclusion matches as typed. */
		if (negated) {
			*apart = 1;
			return;
		}
		/* A quoted word is searched as typed ("\"laodong\"" for the site). */
		if (!n->quoted)
			split_words(sp, n);
		sp->words = xrealloc(sp->words, (sp->nwords + n->nwords) * sizeof *sp->words);
		sp->joins = xrealloc(sp->joins, (sp->nwords + n->nwords) * sizeof *sp->joins);
		for (size_t i = 0; i < n->nwords; i++) {
			sp->words[sp->nwords] = &n->words[i];
			sp->joins[sp->nwords] = i ? n->words[i].joins : (n->joins_prev && !*apart);
			sp->nwords++;
		}
		*apart = 0;
		return;
	}
	for (size_t i = 0; i < n->nkids; i++)
		walk(sp, n->kids[i], negated, apart);
	if (n->kind == QN_OR)
		*apart = 1;
}

void query_spell(idx_db *db, struct query *q)
{
	struct spell sp = { .db = db, .read_as = BUF_INIT, .note = BUF_INIT, .suggest = BUF_INIT,
			    .root = q->root, .q = q };
	int apart = 1;
	walk(&sp, q->root, 0, &apart);
	read_tones(&sp);
	if (sp.changed) {
		for (size_t i = 0; i < sp.nwords; i++) {
			if (i)
				buf_addc(&sp.read_as, ' ');
			buf_adds(&sp.read_as, sp.words[i]->exact);
		}
		q->read_as = buf_detach(&sp.read_as, NULL);
		q->read_note = buf_detach(&sp.note, NULL);
		q->accented = query_any_positive_marks(q->root, 0);
	}
	buf_release(&sp.read_as);
	buf_release(&sp.note);
	if (sp.suggest.len)
		q->suggest = buf_detach(&sp.suggest, NULL);
	buf_release(&sp.suggest);
	free(sp.words);
	free(sp.joins);
}
