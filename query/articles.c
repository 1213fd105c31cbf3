/* articles.c — results by article: the article a passage lies in, an
 * article typed as an address ("khoản 3 Điều 26"), and articles ranked as
 * units (search --articles). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "index/schema.h"
#include "query/query.h"
#include "query/query_int.h"

/* Bytes between a match and the article it announces: a chapter's or a
 * section's title, no more. */
#define ARTICLE_GAP_MAX 400

void query_article_release(struct query_article *a)
{
	if (!a)
		return;
	free(a->number);
	free(a->heading);
	memset(a, 0, sizeof *a);
}

static void article_set(struct query_article *out, const struct idx_articles *as,
			const struct idx_article *a, const struct idx_clause *c)
{
	out->number = xstrdup(a->number);
	out->heading = xstrdup(a->heading);
	out->clause = c ? c->number : 0;
	(void)as;
}

void query_article_of(const struct idx_record *rec, size_t at, size_t until,
		      struct query_article *out)
{
	memset(out, 0, sizeof *out);
	struct idx_articles as;
	if (idx_articles_read(rec, &as) < 0)
		return;
	const struct idx_article *a = idx_article_at(&as, at);
	if (!a) {
		/* A chapter's title between two articles: the article the
		 * passage reaches. Not the preamble before the first. */
		for (size_t i = 1; i < as.n && !a; i++)
			if (as.a[i].start >= at && as.a[i].start < until &&
			    as.a[i].start - at < ARTICLE_GAP_MAX)
				a = &as.a[i];
		at = a ? a->start : at;
	}
	if (a)
		article_set(out, &as, a, idx_clause_at(&as, a, at));
	idx_articles_release(&as);
}

/* "26", "5a", "10đ": an article's number; 0 if s[0..n) is none. */
static int article_number(const char *s, size_t n, char number[IDX_ARTICLE_NUMBER_MAX])
{
	size_t d = 0;
	while (d < n && s[d] >= '0' && s[d] <= '9')
		d++;
	if (d == 0 || d > 4 || s[0] == '0')
		return 0;
	if (d < n && !(n == d + 1 && s[d] >= 'a' && s[d] <= 'z') &&
	    !(n == d + 2 && (unsigned char)s[d] == 0xc4 && (unsigned char)s[d + 1] == 0x91))
		return 0;
	memcpy(number, s, n);
	number[n] = '\0';
	return 1;
}

static int clause_number(const char *s, size_t n, unsigned *clause)
{
	if (n == 0 || n > 3 || s[0] == '0' || strspn(s, "0123456789") < n)
		return 0;
	*clause = (unsigned)strtoul(s, NULL, 10);
	return 1;
}

int query_article_ref(const char *s, char number[IDX_ARTICLE_NUMBER_MAX], unsigned *clause,
		      char **err)
{
	number[0] = '\0';
	*clause = 0;
	/* "26.3", "37a.2": article, clause. */
	const char *dot = strchr(s, '.');
	if (dot && dot > s && (size_t)(dot - s) < IDX_ARTICLE_NUMBER_MAX &&
	    article_number(s, (size_t)(dot - s), number) &&
	    clause_number(dot + 1, strlen(dot + 1), clause))
		return 0;
	number[0] = '\0';
	/* Words: "Điều" and "khoản" each before its number, in either order. */
	struct buf folded = BUF_INIT, exact = BUF_INIT;
	enum { NONE, ARTICLE, CLAUSE } want = NONE;
	int ok = 1;
	for (const char *p = s; *p && ok;) {
		size_t n = strcspn(p, " \t,;");
		if (!n) {
			p++;
			continue;
		}
		size_t m = n;
		while (m > 0 && p[m - 1] == '.')
			m--;
		buf_reset(&folded);
		buf_reset(&exact);
		text_word_terms(p, m, &exact, &folded);
		const char *f = folded.p ? folded.p : "";
		if (want == NONE && strcmp(f, "dieu") == 0) {
			want = ARTICLE;
		} else if (want == NONE && strcmp(f, "khoan") == 0) {
			want = CLAUSE;
		} else if (want == ARTICLE || (want == NONE && !number[0])) {
			ok = !number[0] && article_number(exact.p ? exact.p : "", exact.len, number);
			want = NONE;
		} else if (want == CLAUSE) {
			ok = !*clause && clause_number(p, m, clause);
			want = NONE;
		} else {
			ok = 0;
		}
		p += n;
	}
	buf_release(&folded);
	buf_release(&exact);
	if (ok && want == NONE && number[0])
		return 0;
	*err = xasprintf("'%s' is not an article: give its number (26, 5a), 26.3 for a clause, "
			 "or 'khoản 3 Điều 26'", s);
	number[0] = '\0';
	*clause = 0;
	return -1;
}

int query_article_range(const struct idx_record *rec, const char *number, unsigned clause,
			size_t *from, size_t *to, struct query_article *out, char **err)
{
	memset(out, 0, sizeof *out);
	struct idx_articles as;
	if (idx_articles_read(rec, &as) < 0) {
		*err = xasprintf("its stored articles are damaged");
		return -1;
	}
	if (!as.n) {
		*err = xasprintf("no articles: no line 'Điều N. …' in its text");
		return 1;
	}
	const struct idx_article *a = idx_article_find(&as, number);
	if (!a) {
		*err = xasprintf("no Điều %s (its articles: %s to %s)", number, as.a[0].number,
				 as.a[as.n - 1].number);
		idx_articles_release(&as);
		return 1;
	}
	const struct idx_clause *c = NULL;
	for (size_t k = 0; clause && k < a->nclauses; k++)
		if (as.clauses[a->first_clause + k].number == clause)
			c = &as.clauses[a->first_clause + k];
	if (clause && !c) {
		if (a->nclauses)
			*err = xasprintf("no khoản %u in Điều %s (it has %zu)", clause, number,
					 a->nclauses);
		else
			*err = xasprintf("no khoản in Điều %s (it has no numbered clauses)", number);
		idx_articles_release(&as);
		return 1;
	}
	*from = c ? c->start : a->start;
	*to = c ? c->end : a->end;
	article_set(out, &as, a, c);
	idx_articles_release(&as);
	return 0;
}
