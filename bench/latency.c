/* latency.c — in-process search latency: each query (one per line on stdin)
 * parsed, run for the top 10 with excerpts, as `tracuu search` does; prints
 * the median and the 99th percentile. Usage: latency DB [ROUNDS [EXCERPT_CHARS]] < queries
 * With LATENCY_PER_QUERY=1 in the environment, also each query's median,
 * slowest first: which queries make the tail. With LATENCY_MARK=1, a line
 * "latency: search N" on stderr before each search: a mark in an strace of
 * the run, to count each search's messages to remote shards.
 * Built by `make bench` (bench/latency, not part of `make all`). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "index/index.h"
#include "query/query.h"
#include "util/util.h"

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

struct one {
	double median;
	const char *query;
};

static int slower(const void *a, const void *b)
{
	double x = ((const struct one *)a)->median, y = ((const struct one *)b)->median;
	return (x < y) - (x > y);
}

/* t holds round r's time of query i at t[r * n + i]. */
static void per_query(char **lines, size_t n, int rounds, const double *t)
{
	struct one *q = malloc(n * sizeof *q);
	double *v = malloc((size_t)rounds * sizeof *v);
	for (size_t i = 0; i < n; i++) {
		for (int r = 0; r < rounds; r++)
			v[r] = t[(size_t)r * n + i];
		qsort(v, (size_t)rounds, sizeof *v, cmp);
		q[i] = (struct one){ v[rounds / 2], lines[i] };
	}
	qsort(q, n, sizeof *q, slower);
	for (size_t i = 0; i < n; i++)
		printf("%8.2f ms  %s\n", q[i].median, q[i].query);
	free(v);
	free(q);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: latency DB [ROUNDS] < queries\n");
		return 2;
	}
	int rounds = argc > 2 ? atoi(argv[2]) : 3;
	xalloc_keep_heap(); /* as tracuu search and serve do */
	idx_db *db;
	char *err = NULL;
	if (idx_open(argv[1], IDX_READ, &db, &err) != 0) {
		fprintf(stderr, "latency: %s\n", err);
		return 4;
	}
	char **lines = NULL, line[8192];
	size_t n = 0;
	while (fgets(line, sizeof line, stdin)) {
		line[strcspn(line, "\n")] = 0;
		lines = realloc(lines, (n + 1) * sizeof *lines);
		lines[n++] = strdup(line);
	}
	double *t = malloc(n * rounds * sizeof *t);
	const char *mark = getenv("LATENCY_MARK");
	size_t nt = 0, failed = 0;
	struct query_search_opts so = { .limit = 10,
					.excerpt_chars = argc > 3 ? (size_t)atoi(argv[3]) : 220 };
	for (int r = 0; r < rounds; r++) {
		for (size_t i = 0; i < n; i++) {
			if (mark && *mark == '1')
				fprintf(stderr, "latency: search %zu\n", (size_t)r * n + i);
			double t0 = now_ms();
			struct query *q;
			struct query_result res;
			if (query_parse(lines[i], strlen(lines[i]), &q, &err) < 0) {
				free(err);
				continue;
			}
			if (query_prepare(db, q, 0, &err) == 0 && query_search(db, q, &so, &res, &err) == 0) {
				query_result_release(&res);
			} else {
				/* A failed search is not a fast one: say so. */
				fprintf(stderr, "latency: %s: %s\n", lines[i], err ? err : "failed");
				free(err);
				err = NULL;
				failed++;
			}
			query_free(q);
			t[nt++] = now_ms() - t0;
		}
	}
	const char *per = getenv("LATENCY_PER_QUERY");
	if (per && *per == '1' && nt == n * (size_t)rounds)
		per_query(lines, n, rounds, t);
	qsort(t, nt, sizeof *t, cmp);
	if (nt)
		printf("%zu searches: median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms\n", nt,
		       t[nt / 2], t[nt * 95 / 100], t[nt * 99 / 100], t[nt - 1]);
	idx_close(db);
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
	free(t);
	if (failed)
		fprintf(stderr, "latency: %zu searches failed\n", failed);
	return failed ? 1 : 0;
}
