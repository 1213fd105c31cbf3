/* cmd_ingest.c — `tracuu ingest`: files and folders into the index, in
 * committed batches, every failure named, a summary at the end. */
#include "cli/cli.h"

#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "index/index.h"
#include "ingest/ingest.h"
#include "util/util.h"

/* A batch is committed after this many documents or this much text, so an
 * interruption loses at most one batch and memory stays bounded. */
#define BATCH_DOCS 1000
#define BATCH_BYTES ((size_t)64 << 20)

static const char ingest_help[] =
	"usage: tracuu ingest [OPTIONS] PATH…\n\n"
	"Adds files and folders (recursively) to the index: .txt, .md, .html/.htm,\n"
	"UTF-8 with or without BOM. Ingesting a path again replaces its document;\n"
	"the same content under another path is reported and not indexed twice.\n\n"
	"  --db PATH       the index to write (default: $TRACUU_DB, else\n"
	"                  $XDG_DATA_HOME/tracuu/index)\n"
	"  --root DIR      store paths relative to DIR (a portable index)\n"
	"  -v, --verbose   say what happened to every file\n"
	"  -q, --quiet     no summary; errors and warnings only\n"
	"  --progress / --no-progress   the progress line (default: on a terminal)\n"
	"  -h, --help      this text\n\n"
	"Exit status: 0 all went in, 3 some inputs failed (each is named),\n"
	"4 the index could not be written, 2 bad usage, 130 interrupted.\n";

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

struct tally {
	size_t added, replaced, unchanged, skipped, failed;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

int cmd_ingest(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "root", required_argument, NULL, 'r' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "progress", no_argument, NULL, 'P' },
		{ "no-progress", no_argument, NULL, 'N' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db_opt = NULL, *root = NULL;
	int verbose = 0, quiet = 0, progress = -1, c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "vqh", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db_opt = optarg; break;
		case 'r': root = optarg; break;
		case 'v': verbose = 1; break;
		case 'q': quiet = 1; break;
		case 'P': progress = 1; break;
		case 'N': progress = 0; break;
		case 'h': fputs(ingest_help, stdout); return EXIT_OK;
		default:
			return bad_option("ingest", argc, argv);
		}
	}
	if (optind >= argc)
		return usage_error("ingest", "no files or folders given");
	if (progress < 0)
		progress = !quiet && isatty(2);
	struct ingest_options iopts = { .root = root, .encoding = CS_UNKNOWN };

	struct tally t = { 0 };
	struct ingest_list list = { 0 };
	for (int i = optind; i < argc; i++) {
		char *err = NULL;
		if (ingest_list_add(&list, argv[i], &err) < 0) {
			errorf("%s: %s", argv[i], err);
			free(err);
			t.failed++;
		}
	}

	char *err = NULL;
	char *path = dbpath_for_write(db_opt, &err);
	if (!path) {
		errorf("index: %s", err);
		free(err);
		ingest_list_release(&list);
		return EXIT_INDEX;
	}
	idx_db *db;
	if (idx_open(path, IDX_WRITE, &db, &err) < 0) {
		errorf("index %s: %s", path, err);
		free(err);
		free(path);
		ingest_list_release(&list);
		return EXIT_INDEX;
	}

	struct sigaction sa = { 0 }, old_int, old_term;
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);

	int status = EXIT_OK;
	size_t batch_docs = 0, batch_bytes = 0, committed = 0, done = 0;
	double t0 = now(), last_progress = 0;
	for (size_t i = 0; i < list.n && !interrupted; i++) {
		const struct ingest_file *f = &list.v[i];
		done = i + 1;
		if (progress && now() - last_progress > 0.1) {
			last_progress = now();
			progressf("ingest [%3zu%%] %zu/%zu %.50s", i * 100 / list.n, i, list.n,
				  base_name(f->path));
		}
		if (f->skip_why) {
			warnf("%s: %s", f->path, f->skip_why);
			t.skipped++;
			continue;
		}
		struct ingest_doc d = { 0 };
		int rc = ingest_load_file(f->path, &iopts, &d, &err);
		if (rc != 0) {
			if (rc > 0) {
				warnf("%s: %s", f->path, err);
				t.skipped++;
			} else {
				errorf("%s: %s", f->path, err);
				t.failed++;
			}
			free(err);
			err = NULL;
			ingest_doc_release(&d);
			continue;
		}
		struct idx_record r = {
			.source = d.source, .title = d.title, .date = d.date,
			.date_inferred = d.date_inferred ? (char *)"1" : NULL,
			.format = (char *)ingest_format_name(d.format),
			.charset = (char *)ingest_charset_name(d.charset), .hash = d.hash,
			.canonical_url = d.canonical_url, .site_name = d.site_name,
			.etag = d.etag, .last_modified = d.last_modified,
			.bytes = d.bytes, .text = d.text, .text_len = d.text_len,
		};
		enum idx_add_result res;
		char *dup_of = NULL;
		if (idx_add(db, &r, &res, &dup_of, &err) < 0) {
			errorf("index %s: adding %s: %s", path, f->path, err);
			free(err);
			ingest_doc_release(&d);
			status = EXIT_INDEX;
			break;
		}
		switch (res) {
		case IDX_ADDED: t.added++; break;
		case IDX_REPLACED: t.replaced++; break;
		case IDX_UNCHANGED: t.unchanged++; break;
		case IDX_DUPLICATE:
			warnf("%s: same content as %s, not indexed again", f->path,
			      dup_of ? dup_of : "another document");
			t.skipped++;
			break;
		}
		if (verbose)
			fprintf(stderr, "tracuu: %s: %s\n", f->path,
				res == IDX_ADDED ? "added" : res == IDX_REPLACED ? "replaced"
				: res == IDX_UNCHANGED ? "unchanged" : "duplicate");
		free(dup_of);
		batch_docs++;
		batch_bytes += d.text_len;
		ingest_doc_release(&d);
		if (batch_docs >= BATCH_DOCS || batch_bytes >= BATCH_BYTES) {
			if (idx_commit(db, &err) < 0) {
				errorf("index %s: commit: %s", path, err);
				free(err);
				status = EXIT_INDEX;
				break;
			}
			committed = t.added + t.replaced;
			batch_docs = batch_bytes = 0;
		}
	}
	if (status == EXIT_OK) {
		if (idx_commit(db, &err) < 0) {
			errorf("index %s: commit: %s", path, err);
			free(err);
			status = EXIT_INDEX;
		} else {
			committed = t.added + t.replaced;
		}
	}
	if (progress)
		progress_done();
	idx_close(db);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);

	if (status == EXIT_INDEX)
		errorf("index %s: the last batch was not committed; %zu documents committed "
		       "before it are kept", path, committed);
	else if (interrupted)
		errorf("interrupted after %zu of %zu files; what was read is committed: run the "
		       "same command again to finish", done, list.n);
	if (!quiet) {
		printf("%zu added, %zu replaced, %zu unchanged, %zu skipped, %zu failed\n",
		       t.added, t.replaced, t.unchanged, t.skipped, t.failed);
		if (progress)
			fprintf(stderr, "tracuu: %zu files in %.1f s into %s\n", list.n, now() - t0,
				path);
	}
	if (list.hidden_skipped && verbose)
		fprintf(stderr, "tracuu: %zu hidden files and folders passed over\n",
			list.hidden_skipped);
	free(path);
	ingest_list_release(&list);
	if (status != EXIT_OK)
		return status;
	if (interrupted)
		return EXIT_INTERRUPTED;
	return t.failed ? EXIT_INPUT : EXIT_OK;
}
