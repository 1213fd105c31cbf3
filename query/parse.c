/* parse.c — the query language: words, "phrases", AND/OR/NOT, -exclusions
 * and parentheses, read into a small tree of normalised words. */
#include "query/query_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text/text.h"

#define MAX_DEPTH 64

enum lex_kind { L_END, L_LPAREN, L_RPAREN, L_AND, L_OR, L_NOT, L_WORDS };

struct lexeme {
	enum lex_kind kind;
	const char *s; /* L_WORDS: the raw chunk or phrase content */
	size_t len;
	int phrase;    /* quoted */
	int negated;   /* written with a leading '-' */
};

struct parser {
	const char *s;
	size_t len, i;
	struct lexeme cur;
	struct text_tokeniser *tz;
	char *err;
	char *warning;
	int depth;
	struct query_cite *cites;
	size_t ncites;
	struct query_filters filters;
	const char *last_word_end; /* end of the last word read, in s */
	enum text_token_kind last_word_kind;
	size_t lexed; /* lexemes read so far */
};

/* A number may be typed over several words: "57 - QĐ/TW", "Quy định số 57",
 * "quy dinh 57", "NĐ 89/2021". */
#define CITE_MAX_WORDS 5

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Typographic quotes “ ” count as quotes: they arrive by copy and paste. */
static size_t quote_len(const char *s, size_t avail)
{
	if (avail >= 1 && s[0] == '"')
		return 1;
	if (avail >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] == 0x9C || (unsigned char)s[2] == 0x9D))
		return 3;
	return 0;
}

/* A single quote opening (' or ‘) or closing (' or ’) a field's value. */
static size_t squote_len(const char *s, size_t avail, int opening)
{
	if (avail >= 1 && s[0] == '\'')
		return 1;
	if (avail >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    (unsigned char)s[2] == (opening ? 0x98 : 0x99))
		return 3;
	return 0;
}

/* The length of a field's name when s starts with one and a colon
 * ("issuer:", "cites-type:", "format:"): ASCII letters, then letters and
 * '-'; else 0. */
static size_t field_name_len(const char *s, size_t len)
{
	size_t i = 0;
	/* Letters with marks too: "năm:2025" is a field typed in Vietnamese. */
	while (i < len && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
			   (unsigned char)s[i] >= 0x80 || (i && (s[i] == '-' || s[i] == '_'))))
		i++;
	return i && i < len && s[i] == ':' ? i : 0;
}

static void lex_next(struct parser *p)
{
	struct lexeme *l = &p->cur;
	memset(l, 0, sizeof *l);
	p->lexed++;
	while (p->i < p->len && is_space((unsigned char)p->s[p->i]))
		p->i++;
	if (p->i >= p->len) {
		l->kind = L_END;
		return;
	}
	char c = p->s[p->i];
	if (c == '(') {
		p->i++;
		l->kind = L_LPAREN;
		return;
	}
	if (c == ')') {
		p->i++;
		l->kind = L_RPAREN;
		return;
	}
	if ((c == '-' || c == '+') && p->i + 1 < p->len &&
	    !is_space((unsigned char)p->s[p->i + 1])) {
		l->negated = c == '-';
		p->i++;
	}
	size_t q = quote_len(p->s + p->i, p->len - p->i);
	l->kind = L_WORDS;
	if (q) {
		size_t start = p->i + q, j = start;
		size_t close = 0;
		while (j < p->len && !(close = quote_len(p->s + j, p->len - j)))
			j++;
		if (!close && !p->warning)
			p->warning = xstrdup("unbalanced quote: read as a phrase to the end of the query");
		l->s = p->s + start;
		l->len = j - start;
		l->phrase = 1;
		p->i = j + close;
		return;
	}
	size_t start = p->i;
	while (p->i < p->len && !is_space((unsigned char)p->s[p->i]) && p->s[p->i] != '(' &&
	       p->s[p->i] != ')' && !quote_len(p->s + p->i, p->len - p->i))
		p->i++;
	/* A field's value in single quotes, as shells teach people to type
	 * it: issuer:'Bộ Tài chính' is one value, spaces and all. */
	size_t name = field_name_len(p->s + start, p->i - start);
	size_t open = name ? squote_len(p->s + start + name + 1, p->len - start - name - 1, 1) : 0;
	if (open) {
		size_t j = start + name + 1 + open, close = 0;
		while (j < p->len && !(close = squote_len(p->s + j, p->len - j, 0)))
			j++;
		if (!close && !p->warning)
			p->warning = xstrdup("unbalanced quote: read as a phrase to the end of the query");
		p->i = j + close;
	}
	l->s = p->s + start;
	l->len = p->i - start;
	if (!l->negated) {
		if (l->len == 3 && memcmp(l->s, "AND", 3) == 0)
			l->kind = L_AND;
		else if (l->len == 2 && memcmp(l->s, "OR", 2) == 0)
			l->kind = L_OR;
		else if (l->len == 3 && memcmp(l->s, "NOT", 3) == 0)
			l->kind = L_NOT;
	}
}

static struct query_node *node_new(enum query_node_kind kind)
{
	struct query_node *n = xcalloc(1, sizeof *n);
	n->kind = kind;
	return n;
}

static void node_free(struct query_node *n)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->nwords; i++) {
		free(n->words[i].exact);
		free(n->words[i].folded);
	}
	free(n->words);
	for (size_t i = 0; i < n->nkids; i++)
		node_free(n->kids[i]);
	free(n->kids);
	free(n);
}

static void node_add_kid(struct query_node *n, struct query_node *kid)
{
	n->kids = xrealloc(n->kids, (n->nkids + 1) * sizeof *n->kids);
	n->kids[n->nkids++] = kid;
}

struct collect {
	struct query_node *n;
	const char *text; /* the lexeme */
	size_t first_start, last_end;
	enum text_token_kind first_kind, last_kind;
};

static int collect_word(const struct text_token *tok, void *arg)
{
	struct collect *c = arg;
	struct query_node *n = c->n;
	n->words = xrealloc(n->words, (n->nwords + 1) * sizeof *n->words);
	struct query_word *w = &n->words[n->nwords];
	memset(w, 0, sizeof *w);
	w->exact = xstrndup(tok->exact, tok->exact_len);
	w->folded = xstrndup(tok->folded, tok->folded_len);
	w->has_marks = tok->has_marks;
	if (n->nwords)
		w->joins = text_joins(c->last_kind, c->text, c->last_end, tok->start, tok->kind);
	else
		c->first_start = tok->start, c->first_kind = tok->kind;
	n->nwords++;
	c->last_end = tok->end;
	c->last_kind = tok->kind;
	return 0;
}

/* A chunk or a phrase -> QN_WORDS, or NULL when it holds no word at all
 * (lone punctuation), which the caller skips. */
static struct query_node *words_node(struct parser *p, const struct lexeme *l)
{
	struct query_node *n = node_new(QN_WORDS);
	n->quoted = l->phrase;
	struct collect c = { .n = n, .text = l->s };
	text_tokenise(p->tz, l->s, l->len, 0, collect_word, &c);
	if (n->nwords == 0) {
		node_free(n);
		return NULL;
	}
	/* Operators, parentheses, quotes and punctuation between two words all
	 * keep them apart; only white space joins (text_joins). */
	const char *first = l->s + c.first_start;
	if (p->last_word_end && p->last_word_end <= first) {
		n->joins_prev = text_joins(p->last_word_kind, p->last_word_end, 0,
					   (size_t)(first - p->last_word_end), c.first_kind);
		const char *comma = memchr(p->last_word_end, ',', (size_t)(first - p->last_word_end));
		n->comma_prev = comma && !n->joins_prev &&
				text_joins(p->last_word_kind, p->last_word_end, 0,
					   (size_t)(comma - p->last_word_end), TEXT_WORD) &&
				text_joins(TEXT_WORD, comma + 1, 0, (size_t)(first - comma - 1),
					   c.first_kind);
	}
	p->last_word_end = l->s + c.last_end;
	p->last_word_kind = c.last_kind;
	if (l->negated) {
		struct query_node *neg = node_new(QN_NOT);
		node_add_kid(neg, n);
		return neg;
	}
	return n;
}

static struct query_node *parse_or(struct parser *p);

/* The fields a query may hold, with the filter each adds. */
static const struct {
	const char *name;
	int (*add)(struct query_filters *f, const char *s, char **err);
} fields[] = {
	{ "type", query_filter_type },
	{ "issuer", query_filter_issuer },
	{ "cites-type", query_filter_cites_type },
	{ "cites-issuer", query_filter_cites_issuer },
	{ "year", query_filter_year },
	{ "status", query_filter_status },
	{ "from", NULL }, /* query_filter_date, lower bound */
	{ "to", NULL },   /* upper bound */
};
#define FIELD_LIST "type:, issuer:, cites-type:, cites-issuer:, year:, status:, from:, to:"

/* The fields by their Vietnamese names, with or without marks (loại:NĐ,
 * năm:2025, từ:2020 đến:2022, cơ-quan:QH). */
static const struct {
	const char *name, *field;
} field_names_vi[] = {
	{ "loại", "type" },   { "loai", "type" },   { "năm", "year" },       { "nam", "year" },
	{ "từ", "from" },     { "tu", "from" },     { "đến", "to" },         { "den", "to" },
	{ "cơ-quan", "issuer" }, { "co-quan", "issuer" },
};

static size_t field_index(const char *s, size_t n)
{
	size_t nfields = sizeof fields / sizeof *fields;
	const char *name = NULL;
	for (size_t i = 0; i < sizeof field_names_vi / sizeof *field_names_vi && !name; i++)
		if (strlen(field_names_vi[i].name) == n && strncasecmp(s, field_names_vi[i].name, n) == 0)
			name = field_names_vi[i].field;
	for (size_t which = 0; which < nfields; which++)
		if (name ? strcmp(fields[which].name, name) == 0
			 : strlen(fields[which].name) == n && strncasecmp(s, fields[which].name, n) == 0)
			return which;
	return nfields;
}

/* Does s name what the field takes, in the tables: a type's code or name,
 * a body's code or name (with its place: "Ủy ban nhân dân tỉnh Nghệ An")? */
static int value_known(const char *field, const char *s)
{
	if (strcmp(field, "type") == 0 || strcmp(field, "cites-type") == 0)
		return cite_type_code(s) || cite_type_name_for(s);
	if (strcmp(field, "issuer") != 0 && strcmp(field, "cites-issuer") != 0)
		return 0;
	char term[8];
	const char *typed[2];
	if (cite_issuer_body(s, strlen(s), term) || cite_issuer_code(s) ||
	    cite_issuer_codes_typed(s, typed, 2) == 1)
		return 1;
	const char *locality, *place;
	size_t n = strlen(s);
	if (!cite_body_place(s, n, &locality, &place))
		return 0;
	while (locality > s && locality[-1] == ' ')
		locality--;
	char *body = xstrndup(s, (size_t)(locality - s));
	struct buf spelled = BUF_INIT;
	cite_body_spelled(body, strlen(body), &spelled);
	int known = spelled.len && cite_issuer_code(spelled.p) != NULL;
	buf_release(&spelled);
	free(body);
	return known;
}

/* issuer:Bộ Tài chính, type:Nghị định typed without quotes: the value runs
 * on over the plain words after it as long as they make a name the tables
 * know ("issuer:Quốc hội lao động" is the body and a word). Returns the
 * value (malloc'd), the words it took consumed; NULL when it runs on over
 * none. */
static char *value_runs_on(struct parser *p, const char *field, const char *v)
{
	if (strcmp(field, "type") && strcmp(field, "cites-type") && strcmp(field, "issuer") &&
	    strcmp(field, "cites-issuer"))
		return NULL;
	struct parser saved = *p;
	const char *best = NULL;
	size_t took = 0;
	for (size_t k = 1; k <= 6 && p->cur.kind == L_WORDS && !p->cur.phrase && !p->cur.negated &&
			   !field_name_len(p->cur.s, p->cur.len);
	     k++) {
		const char *e = p->cur.s + p->cur.len;
		char *longer = xstrndup(v, (size_t)(e - v));
		if (value_known(field, longer)) {
			best = e;
			took = k;
		}
		free(longer);
		lex_next(p);
	}
	if (p->warning != saved.warning)
		free(p->warning);
	*p = saved;
	if (!best)
		return NULL;
	for (size_t k = 0; k < took; k++)
		lex_next(p);
	return xstrndup(v, (size_t)(best - v));
}

/* type:QĐ, issuer:"Bộ Tài chính", issuer:'Bộ Tài chính', year:2022.
 * Returns 1 if l was a field (consumed, with the next lexeme when the value
 * is quoted apart), setting p->err when it cannot be read; 0 for words. */
static int take_filter(struct parser *p, const struct lexeme *l)
{
	size_t n = l->phrase ? 0 : field_name_len(l->s, l->len);
	if (!n)
		return 0;
	size_t nfields = sizeof fields / sizeof *fields, which = field_index(l->s, n);
	const char *v = l->s + n + 1;
	size_t vlen = l->len - n - 1;
	int quoted_apart = !vlen && p->cur.kind == L_WORDS && p->cur.phrase;
	if (which == nfields) {
		/* "lưu ý: …" typed unmarked, a URL: words. A name glued to a
		 * value is a field the user expected to exist, unless it has
		 * marks ("lưu ý:đào"): a Vietnamese word, not a field's name. */
		int marked = 0;
		for (size_t i = 0; i < n && !marked; i++)
			marked = (unsigned char)l->s[i] >= 0x80;
		if ((!vlen && !quoted_apart) || (vlen && v[0] == '/') || marked)
			return 0;
		p->err = xasprintf("unknown field '%.*s:' (the fields are " FIELD_LIST "); "
				   "to search for the words, put them in quotes",
				   (int)n, l->s);
		return 1;
	}
	if (l->negated) {
		p->err = xasprintf("'-%.*s' cannot exclude: a filter keeps what it names "
				   "(exclude words with -word)", (int)l->len, l->s);
		return 1;
	}
	char *value;
	if (vlen) {
		size_t o = squote_len(v, vlen, 1), c = 0;
		if (o && vlen - o >= 3 && squote_len(v + vlen - 3, 3, 0) == 3)
			c = 3;
		else if (o && vlen - o >= 1 && v[vlen - 1] == '\'')
			c = 1;
		value = o ? NULL : value_runs_on(p, fields[which].name, v);
		if (!value)
			value = xstrndup(v + o, vlen - o - c);
	} else if (quoted_apart) {
		value = xstrndup(p->cur.s, p->cur.len);
		lex_next(p);
	} else {
		p->err = xasprintf("'%s:' needs a value", fields[which].name);
		return 1;
	}
	if (fields[which].add)
		fields[which].add(&p->filters, value, &p->err);
	else
		query_filter_date(&p->filters, value, strcmp(fields[which].name, "to") == 0, &p->err);
	free(value);
	return 1;
}

/* The longest run of up to CITE_MAX_WORDS plain words starting at the
 * current lexeme that reads as a document number, as a QN_CITE node; NULL
 * (and the parser untouched) when there is none. */
static struct query_node *take_cite(struct parser *p)
{
	struct parser saved = *p;
	size_t ends[CITE_MAX_WORDS], n = 0;
	const char *start = p->cur.s;
	int negated = p->cur.negated;
	while (n < CITE_MAX_WORDS && p->cur.kind == L_WORDS && !p->cur.phrase &&
	       (n == 0 || !p->cur.negated)) {
		ends[n++] = (size_t)(p->cur.s + p->cur.len - start);
		lex_next(p);
	}
	/* Looking ahead may have read an unbalanced quote: its warning is
	 * given again when the words are read for real. */
	if (p->warning != saved.warning)
		free(p->warning);
	*p = saved;
	for (size_t k = n; k > 0; k--) {
		struct cite_number num;
		if (!cite_parse(start, ends[k - 1], &num))
			continue;
		for (size_t j = 0; j < k; j++)
			lex_next(p);
		p->cites = xrealloc(p->cites, (p->ncites + 1) * sizeof *p->cites);
		struct query_cite *c = &p->cites[p->ncites];
		memset(c, 0, sizeof *c);
		c->typed = xstrndup(start, ends[k - 1]);
		c->num = num;
		struct query_node *node = xcalloc(1, sizeof *node);
		node->kind = QN_CITE;
		node->cite = p->ncites++;
		if (!negated)
			return node;
		struct query_node *neg = xcalloc(1, sizeof *neg);
		neg->kind = QN_NOT;
		neg->kids = xmalloc(sizeof *neg->kids);
		neg->kids[0] = node;
		neg->nkids = 1;
		return neg;
	}
	return NULL;
}

static struct query_node *parse_unary(struct parser *p)
{
	if (p->err)
		return NULL;
	switch (p->cur.kind) {
	case L_NOT: {
		lex_next(p);
		int bare = p->cur.kind == L_END || p->cur.kind == L_OR || p->cur.kind == L_AND ||
			   p->cur.kind == L_RPAREN;
		struct query_node *kid = parse_unary(p);
		if (bare && !p->err && !p->warning)
			p->warning = xstrdup("'NOT' with nothing after it: ignored");
		if (!kid)
			return NULL;
		struct query_node *n = node_new(QN_NOT);
		node_add_kid(n, kid);
		return n;
	}
	case L_LPAREN: {
		if (++p->depth > MAX_DEPTH) {
			p->err = xasprintf("parentheses nested more than %d deep", MAX_DEPTH);
			return NULL;
		}
		lex_next(p);
		struct query_node *n = parse_or(p);
		p->depth--;
		if (p->cur.kind == L_RPAREN)
			lex_next(p);
		else if (!p->err && !p->warning)
			p->warning = xstrdup("unbalanced parenthesis: closed at the end of the query");
		return n;
	}
	case L_WORDS: {
		struct query_node *cite = p->cur.phrase ? NULL : take_cite(p);
		if (cite)
			return cite;
		struct lexeme l = p->cur;
		lex_next(p);
		if (take_filter(p, &l))
			return NULL;
		return words_node(p, &l);
	}
	default:
		return NULL;
	}
}

/* Builds an n-ary node from kids, dropping empty ones. */
static struct query_node *join(enum query_node_kind kind, struct query_node **kids, size_t n)
{
	struct query_node *r = NULL;
	size_t live = 0;
	for (size_t i = 0; i < n; i++)
		live += kids[i] != NULL;
	if (live == 0)
		return NULL;
	if (live == 1) {
		for (size_t i = 0; i < n; i++)
			if (kids[i])
				return kids[i];
	}
	r = node_new(kind);
	for (size_t i = 0; i < n; i++)
		if (kids[i])
			node_add_kid(r, kids[i]);
	return r;
}

static struct query_node *parse_and(struct parser *p)
{
	struct query_node **kids = NULL;
	size_t n = 0;
	for (;;) {
		if (p->err)
			break;
		if (p->cur.kind == L_AND) {
			lex_next(p);
			if (!p->warning && (n == 0 || p->cur.kind == L_END || p->cur.kind == L_OR ||
					    p->cur.kind == L_AND || p->cur.kind == L_RPAREN))
				p->warning = xstrdup("'AND' with nothing on one side: ignored");
			continue;
		}
		if (p->cur.kind == L_END || p->cur.kind == L_OR)
			break;
		if (p->cur.kind == L_RPAREN) {
			if (p->depth > 0)
				break;
			/* A stray ')' at the top level: skip it, say so. */
			if (!p->warning)
				p->warning = xstrdup("unbalanced parenthesis: ignored");
			lex_next(p);
			continue;
		}
		kids = xrealloc(kids, (n + 1) * sizeof *kids);
		kids[n++] = parse_unary(p);
	}
	struct query_node *r = p->err ? NULL : join(QN_AND, kids, n);
	if (p->err)
		for (size_t i = 0; i < n; i++)
			node_free(kids[i]);
	free(kids);
	return r;
}

static struct query_node *parse_or(struct parser *p)
{
	struct query_node **kids = NULL;
	size_t n = 0;
	for (;;) {
		kids = xrealloc(kids, (n + 1) * sizeof *kids);
		size_t at = p->lexed;
		kids[n++] = parse_and(p);
		/* A side of nothing ("OR thuế", "thuế OR"): the other side
		 * alone is searched; say so. */
		if (!p->err && !p->warning && p->lexed == at && (n > 1 || p->cur.kind == L_OR))
			p->warning = xstrdup("'OR' with nothing on one side: the other side "
					     "searched alone");
		if (p->err || p->cur.kind != L_OR)
			break;
		lex_next(p);
	}
	struct query_node *r = p->err ? NULL : join(QN_OR, kids, n);
	if (p->err)
		for (size_t i = 0; i < n; i++)
			node_free(kids[i]);
	free(kids);
	return r;
}

int query_any_positive_marks(const struct query_node *n, int negated)
{
	if (!n)
		return 0;
	if (n->kind == QN_NOT)
		return query_any_positive_marks(n->kids[0], !negated);
	if (n->kind == QN_WORDS) {
		for (size_t i = 0; i < n->nwords && !negated; i++)
			if (n->words[i].has_marks)
				return 1;
		return 0;
	}
	for (size_t i = 0; i < n->nkids; i++)
		if (query_any_positive_marks(n->kids[i], negated))
			return 1;
	return 0;
}

static int has_positive(const struct query_node *n, int negated)
{
	if (n->kind == QN_NOT)
		return has_positive(n->kids[0], !negated);
	if (n->kind == QN_WORDS || n->kind == QN_CITE)
		return !negated;
	for (size_t i = 0; i < n->nkids; i++)
		if (has_positive(n->kids[i], negated))
			return 1;
	return 0;
}

static int parse_text(const char *s, size_t len, int filtered, struct query **out, char **err);

/* Does s[0..len) hold a combining mark of U+0300-U+036F (bytes CC or CD)? */
static int has_combining(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] == 0xCC || (unsigned char)s[i] == 0xCD)
			return 1;
	return 0;
}

/* A query pasted from a text whose "NĐ-CР" ends in a Cyrillic Р, or whose
 * "Ðơn vị" has an eth, reads as the document's text was stored
 * (text_latin_lookalikes). */
static int parse(const char *s, size_t len, int filtered, struct query **out, char **err)
{
	/* Typed with combining marks (Unikey's "Unicode tổ hợp", a name copied
	 * from a PDF or a Mac): NFC first, so "loại:NĐ" is the field, not the
	 * words "loại" and "NĐ" (0 results, h14f). Bytes that are not UTF-8
	 * are read as typed, for their error's offset. */
	struct buf n = BUF_INIT, t = BUF_INIT;
	size_t bad;
	if (s && has_combining(s, len) && !memchr(s, '\0', len) && text_utf8_valid(s, len, &bad) &&
	    text_nfc(s, len, &n) == 0) {
		s = n.p;
		len = n.len;
	}
	int rc = text_latin_lookalikes_copy(s, len, &t) ? parse_text(t.p, t.len, filtered, out, err)
							: parse_text(s, len, filtered, out, err);
	buf_release(&t);
	buf_release(&n);
	return rc;
}

static int parse_text(const char *s, size_t len, int filtered, struct query **out, char **err)
{
	*out = NULL;
	/* A query is text: a byte that is not would be dropped by the
	 * tokeniser unsaid (a query of such bytes alone, "no words"). */
	const char *nul = len ? memchr(s, '\0', len) : NULL; /* s is NULL for filters alone */
	size_t bad;
	if (len && !text_utf8_valid(s, nul ? (size_t)(nul - s) : len, &bad)) {
		*err = xasprintf("not valid UTF-8 at byte offset %zu: a query is text in UTF-8",
				 bad);
		return -1;
	}
	if (nul) {
		*err = xasprintf("a NUL byte at byte offset %zu: a query is text, without NUL bytes",
				 (size_t)(nul - s));
		return -1;
	}
	struct parser p = { .s = s, .len = len };
	p.tz = text_tokeniser_new();
	lex_next(&p);
	struct query_node *root = parse_or(&p);
	while (!p.err && p.cur.kind != L_END) {
		/* Only a stray ')' can stop parse_or early at depth 0; parse_and
		 * skipped those, so this is unreachable in practice. */
		lex_next(&p);
	}
	text_tokeniser_free(p.tz);
	struct query *q = xcalloc(1, sizeof *q);
	q->root = root;
	q->warning = p.warning;
	q->cites = p.cites;
	q->ncites = p.ncites;
	q->filters = p.filters;
	if (p.err) {
		query_free(q);
		*err = p.err;
		return -1;
	}
	if (!root || !has_positive(root, 0)) {
		/* Filters alone select documents (type:NQ year:2022), less
		 * what the query excludes. */
		if (filtered || query_filters_any(&q->filters)) {
			*out = q;
			return 0;
		}
		*err = xstrdup(root ? "nothing to search for: the query only excludes words"
				    : "nothing to search for: the query has no words");
		query_free(q);
		return -1;
	}
	q->accented = query_any_positive_marks(root, 0);
	*out = q;
	return 0;
}

int query_parse(const char *s, size_t len, struct query **out, char **err)
{
	return parse(s, len, 0, out, err);
}

int query_parse_filtered(const char *s, size_t len, struct query **out, char **err)
{
	return parse(s, len, 1, out, err);
}

void query_cite_release(struct query_cite *c)
{
	if (!c)
		return;
	free(c->typed);
	strv_free(c->canonicals, c->ncanonicals);
	free(c->short_key);
	free(c->text_hash);
	strv_free(c->consolidated, c->nconsolidated);
	memset(c, 0, sizeof *c);
}

void query_free(struct query *q)
{
	if (!q)
		return;
	node_free(q->root);
	free(q->warning);
	free(q->read_as);
	free(q->read_note);
	free(q->suggest);
	for (size_t i = 0; i < q->ncites; i++)
		query_cite_release(&q->cites[i]);
	free(q->cites);
	query_filters_release(&q->filters);
	free(q);
}

