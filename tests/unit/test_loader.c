/* test_loader.c — unit tests for ingest/loader.c and ingest/inputs.c: files
 * handed out in the list's order whatever the threads, the prepare callback
 * run once per document and released, @list parsing, and the temporary files
 * of editors a walk passes over. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ingest/ingest.h"
#include "util/util.h"

#define NFILES 150

static char dir[] = "/tmp/tracuu-test-loader-XXXXXX";

static char *file_path(int i)
{
	return xasprintf("%s/f%03d.txt", dir, i);
}

static int setup(void **state)
{
	(void)state;
	if (!mkdtemp(dir))
		return -1;
	for (int i = 0; i < NFILES; i++) {
		char *p = file_path(i);
		FILE *f = fopen(p, "w");
		free(p);
		if (!f)
			return -1;
		/* Every fifth file is empty: nothing to index. */
		if (i % 5 != 4)
			fprintf(f, "Văn bản số %d\n\nNội dung của văn bản số %d.\n", i, i);
		fclose(f);
	}
	ingest_init();
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	for (int i = 0; i < NFILES; i++) {
		char *p = file_path(i);
		unlink(p);
		free(p);
	}
	rmdir(dir);
	return 0;
}

/* What the callbacks saw, across the worker threads. */
struct seen {
	pthread_mutex_t mu;
	int begun, ended, prepared, released;
};

struct prep_state {
	int thread_no;
};

static void *begin(void *arg)
{
	struct seen *s = arg;
	pthread_mutex_lock(&s->mu);
	struct prep_state *st = xcalloc(1, sizeof *st);
	st->thread_no = ++s->begun;
	pthread_mutex_unlock(&s->mu);
	return st;
}

static void end(void *state, void *arg)
{
	struct seen *s = arg;
	pthread_mutex_lock(&s->mu);
	s->ended++;
	pthread_mutex_unlock(&s->mu);
	free(state);
}

/* The prepared form of a document: its title, as a check of which
 * document it was made from. */
static void *prepare(void *state, const struct ingest_doc *d, void *arg)
{
	struct seen *s = arg;
	assert_non_null(state);
	pthread_mutex_lock(&s->mu);
	s->prepared++;
	pthread_mutex_unlock(&s->mu);
	return xstrdup(d->title);
}

static void release(void *prepared, void *arg)
{
	struct seen *s = arg;
	pthread_mutex_lock(&s->mu);
	s->released++;
	pthread_mutex_unlock(&s->mu);
	free(prepared);
}

static void list_files(struct ingest_list *l)
{
	char *err = NULL;
	memset(l, 0, sizeof *l);
	assert_int_equal(ingest_list_add(l, dir, &err), 0);
	assert_int_equal(l->n, NFILES);
}

/* Takes files [0, upto) in order and checks each. */
static void take(ingest_loader *ld, size_t upto, int threaded)
{
	for (size_t i = 0; i < upto; i++) {
		struct ingest_loaded *s = ingest_loader_get(ld, i);
		if (i % 5 == 4) {
			assert_int_equal(s->rc, 1);
			assert_non_null(s->err);
			assert_null(s->prepared);
			ingest_loader_done(ld, i);
			continue;
		}
		char want[64];
		snprintf(want, sizeof want, "Văn bản số %zu", i);
		assert_int_equal(s->rc, 0);
		assert_string_equal(s->doc.title, want);
		if (threaded) {
			assert_non_null(s->prepared);
			assert_string_equal(s->prepared, want);
		} else {
			assert_null(s->prepared);
		}
		ingest_loader_done(ld, i);
	}
}

static void run(size_t jobs, size_t upto, int threaded)
{
	struct ingest_list l;
	struct ingest_options o = { 0 };
	struct seen s = { .mu = PTHREAD_MUTEX_INITIALIZER };
	struct ingest_prepare p = { begin, prepare, release, end, &s };
	list_files(&l);
	ingest_loader *ld = ingest_loader_new(&l, &o, jobs, &p);
	take(ld, upto, threaded);
	ingest_loader_free(ld);
	ingest_list_release(&l);
	/* Every worker ended, and every document prepared was released,
	 * whether the caller took it or stopped before. */
	assert_int_equal(s.begun, s.ended);
	assert_int_equal(s.prepared, s.released);
	if (threaded) {
		assert_true(s.begun >= 1 && (size_t)s.begun <= jobs);
		assert_true(s.prepared >= (int)(upto - upto / 5));
	} else {
		assert_int_equal(s.begun, 0);
		assert_int_equal(s.prepared, 0);
	}
}

static void test_in_order(void **state)
{
	(void)state;
	run(4, NFILES, 1);
}

static void test_one_thread(void **state)
{
	(void)state;
	run(1, NFILES, 0);
}

static void test_stop_early(void **state)
{
	(void)state;
	run(3, 17, 1);
	run(3, 0, 1);
}

static void on_error(const char *what, const char *why, void *arg)
{
	struct buf *b = arg;
	buf_adds(b, what);
	buf_adds(b, " | ");
	buf_adds(b, why);
	buf_adds(b, "\n");
	(void)why;
}

static void test_inputs(void **state)
{
	(void)state;
	char *list = xasprintf("%s.list", dir);
	FILE *f = fopen(list, "w");
	assert_non_null(f);
	fprintf(f, "# a comment\n\n  %s/f000.txt  \r\nHTTPS://Example.COM:443/a#x\n"
		   "ftp://example.com/b\n%s/none.txt\nhttps://example.com/a\n", dir, dir);
	fclose(f);
	struct ingest_list files = { 0 };
	struct ingest_urls urls = { 0 };
	struct buf errs = BUF_INIT;
	char *arg = xasprintf("@%s", list);
	assert_int_equal(ingest_inputs_add(arg, &files, &urls, on_error, &errs), 2);
	assert_int_equal(ingest_inputs_add("@/nonexistent/list", &files, &urls, on_error, &errs), 1);
	assert_int_equal(ingest_inputs_add("http://example.com/c", &files, &urls, on_error, &errs),
			 0);
	assert_int_equal(files.n, 1);
	assert_int_equal(urls.n, 2);
	assert_string_equal(urls.v[0].url, "https://example.com/a");
	assert_string_equal(urls.v[1].url, "http://example.com/c");
	buf_addc(&errs, '\0');
	assert_non_null(strstr(errs.p, "ftp://example.com/b | "));
	assert_non_null(strstr(errs.p, "none.txt | "));
	assert_non_null(strstr(errs.p, "@/nonexistent/list | "));

	/* Validators go to a listed URL without any, once. */
	ingest_urls_set_validators(&urls, "https://example.com/a", "\"e1\"", NULL);
	ingest_urls_set_validators(&urls, "https://example.com/a", "\"e2\"", "x");
	ingest_urls_set_validators(&urls, "https://example.com/none", "\"e3\"", NULL);
	assert_string_equal(urls.v[0].etag, "\"e1\"");
	assert_null(urls.v[0].last_modified);
	assert_null(urls.v[1].etag);

	unlink(list);
	free(list);
	free(arg);
	buf_release(&errs);
	ingest_list_release(&files);
	ingest_urls_release(&urls);
}

/* path_source_name: how a path given to ingest, rm or show is stored. The
 * temporary folder may itself lie behind a link (/tmp on some systems):
 * names are compared with its resolved form. */
static void test_source_names(void **state)
{
	(void)state;
	char *rdir = realpath(dir, NULL);
	assert_non_null(rdir);
	static const struct {
		const char *path; /* under dir */
		int root;         /* relative to dir */
		const char *want; /* under rdir, or relative with root */
	} rows[] = {
		{ "f000.txt", 0, "/f000.txt" },                 /* a file */
		{ "gone.txt", 0, "/gone.txt" },                 /* deleted: named as it was */
		{ "sub/gone/x.txt", 0, "/sub/gone/x.txt" },     /* its folder deleted too */
		{ "sub/../f001.txt", 0, "/f001.txt" },          /* ".." of a missing folder */
		{ "./f002.txt", 0, "/f002.txt" },
		{ "f000.txt", 1, "f000.txt" },                  /* --root */
		{ "sub/gone/x.txt", 1, "sub/gone/x.txt" },
		{ "", 1, "" },                                  /* the root itself */
	};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
		char *path = *rows[i].path ? xasprintf("%s/%s", dir, rows[i].path) : xstrdup(dir);
		char *got = path_source_name(path, rows[i].root ? dir : NULL);
		char *want = rows[i].root ? xstrdup(rows[i].want) : xasprintf("%s%s", rdir, rows[i].want);
		assert_string_equal(got, want);
		free(path);
		free(got);
		free(want);
	}
	/* A relative path is taken from the current folder. */
	char *cwd = getcwd(NULL, 0);
	assert_int_equal(chdir(dir), 0);
	char *got = path_source_name("f003.txt", NULL);
	char *want = xasprintf("%s/f003.txt", rdir);
	assert_string_equal(got, want);
	assert_int_equal(chdir(cwd), 0);
	free(got);
	free(want);
	free(cwd);
	free(rdir);
}

/* ingest_temp_name: the files of editors and downloads a folder walk and a
 * watcher pass over; documents keep their names. */
static void test_temp_names(void **state)
{
	(void)state;
	static const struct {
		const char *name;
		int temp;
	} rows[] = {
		{ ".#luat.txt", 1 },           /* Emacs lock */
		{ "#luat.txt#", 1 },           /* Emacs autosave */
		{ "luat.txt~", 1 },            /* backup */
		{ ".luat.txt.swp", 1 },        /* Vim swap */
		{ "luat.txt.swx", 1 },
		{ "4913", 1 },                 /* Vim's probe of a folder */
		{ "ban-nhap.tmp", 1 },
		{ "BAN-NHAP.TMP", 1 },
		{ "x.temp", 1 },
		{ ".~lock.luat.odt#", 1 },     /* LibreOffice lock */
		{ "~$i-giang.docx", 1 },       /* Word's owner file of bai-giang.docx */
		{ "~$luat.doc", 1 },
		{ "nghi-dinh.pdf.part", 1 },   /* a download running */
		{ "nghi-dinh.pdf.crdownload", 1 },
		{ "luat.txt___jb_tmp___", 1 }, /* a JetBrains IDE saving */
		{ "luat.txt___jb_old___", 1 },
		{ "luat.txt.kate-swp", 1 },    /* Kate's swap */
		{ "jb_tmp.txt", 0 },
		{ "luat.txt", 0 },
		{ "4914", 0 },
		{ "49130", 0 },
		{ "#", 0 },
		{ "#1 luat.txt", 0 },
		{ "Luật 72.2020.QH14", 0 },
		{ "tmp", 0 },
		{ "~", 0 },
		{ "~luat.txt", 0 },
		{ "$luat.txt", 0 },
	};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
		if (ingest_temp_name(rows[i].name) != rows[i].temp)
			fail_msg("%s: temp %d, expected %d", rows[i].name, !rows[i].temp, rows[i].temp);
	}
	/* A folder walk passes them over as no documents; a file met by a
	 * watcher is judged as the walk would. */
	char *sub = xasprintf("%s/temp", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	static const char *const names[] = { "a.txt", "a.txt~", "4913", NULL };
	for (const char *const *n = names; *n; n++) {
		char *p = xasprintf("%s/%s", sub, *n);
		FILE *f = fopen(p, "w");
		assert_non_null(f);
		fputs("Văn bản\n\nNội dung.\n", f);
		fclose(f);
		free(p);
	}
	struct ingest_list l = { 0 };
	char *err = NULL;
	assert_int_equal(ingest_list_add(&l, sub, &err), 0);
	assert_int_equal(l.n, 3);
	assert_int_equal(l.others, 2);
	for (size_t i = 0; i < l.n; i++)
		assert_int_equal(l.v[i].other, strcmp(strrchr(l.v[i].path, '/'), "/a.txt") != 0);
	ingest_list_release(&l);
	for (const char *const *n = names; *n; n++) {
		char *p = xasprintf("%s/%s", sub, *n);
		struct ingest_list one = { 0 };
		ingest_list_add_found(&one, p);
		assert_int_equal(one.n, 1);
		assert_int_equal(one.v[0].other, strcmp(*n, "a.txt") != 0);
		ingest_list_release(&one);
		unlink(p);
		free(p);
	}
	struct ingest_list none = { 0 };
	char *missing = xasprintf("%s/gone.txt", sub);
	ingest_list_add_found(&none, missing);
	assert_int_equal(none.n, 1);
	assert_non_null(none.v[0].skip_why); /* said, never silent */
	ingest_list_release(&none);
	free(missing);
	rmdir(sub);
	free(sub);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_in_order),
		cmocka_unit_test(test_one_thread),
		cmocka_unit_test(test_stop_early),
		cmocka_unit_test(test_inputs),
		cmocka_unit_test(test_source_names),
		cmocka_unit_test(test_temp_names),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
