/* fuzz_citation.c — libFuzzer target: the citation recogniser (cite_scan, cite_parse) and what
 * is read around its mentions: relations, scopes, names, effective dates. */
#include <stdint.h>
#include <stdlib.h>

#include "tests/fuzz/fuzz.h"

#include "text/text.h"

/* The longest input this target takes (run.sh reads it from here for -max_len). */
#define FUZZ_MAX_LEN 4096

struct seen {
	const char *text;
	size_t len, n;
	struct text_quote *quotes;
	size_t nquotes;
	size_t opening; /* text_consolidated_opening */
};

static int on_mention(const struct cite_mention *m, void *ctx)
{
	struct seen *s = ctx;
	char scope[128];
	s->n++;
	if (!text_quoted(s->quotes, s->nquotes, m->start))
		text_relation_of(s->text, s->len, m, (s->n & 1) ? &s->opening : NULL, scope, sizeof scope);
	return 0;
}

static int on_named(const struct text_named *r, void *ctx)
{
	(void)r;
	(*(size_t *)ctx)++;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (fuzz_too_big(size, FUZZ_MAX_LEN))
		return 0;
	const char *text = (const char *)data;
	struct seen s = { .text = text, .len = size };
	s.nquotes = text_quotes(text, size, &s.quotes);
	s.opening = text_consolidated_opening(text, size);
	cite_scan(text, size, on_mention, &s);
	free(s.quotes);
	struct cite_number num;
	cite_parse(text, size, &num);
	size_t named = 0;
	text_relations_named(text, size, 0, on_named, &named);
	struct text_effective e;
	char iso[11], scope[64];
	if (text_effective_find(text, size, NULL, &e))
		text_effective_iso(&e, "2024-02-29", iso);
	cite_scope(text, size, scope, sizeof scope);
	return 0;
}
