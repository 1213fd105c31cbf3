/* cmd_ingest.c — `tracuu ingest`: files, folders and web pages into the index, in
 * committed batches, every failure named, a summary at the end. */
#include "cli/cli.h"

#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/ingest_run.h"
#include "cli/watch.h"

static const char ingest_help[] =
	"usage: tracuu ingest [OPTIONS] PATH|URL|@LIST…\n\n"
	"Adds files and folders (recursively) and web pages to the index. In a\n"
	"folder, the documents: .txt, .md, .html/.htm, .pdf, .docx, .doc, and files\n"
	"without an extension that read as text or HTML; other files (.json, .csv,\n"
	"images, archives…) are passed over and counted (-v names them). A file\n"
	"named on the command line is read whatever its name. Ingesting a path or\n"
	"URL again replaces its document; the same content under another name is\n"
	"reported and not indexed twice, unless the file that held it is gone (a\n"
	"rename): then its document moves. Ingesting a folder again removes the\n"
	"documents of files that are no longer in it (deleted, renamed, or not of\n"
	"a type indexed), as omindex does. From a news page only the article is\n"
	"kept: menus, ads, counters, footers and \"Tin khác\" lists are left out.\n\n"
	"  PATH            a file or a folder\n"
	"  URL             an http:// or https:// page (other schemes are refused)\n"
	"  @LIST           a file with one path or URL per line; blank lines and lines\n"
	"                  starting with # are skipped; @- reads the list from stdin\n"
	"                  (UTF-8, or UTF-16 as Windows saves \"Unicode\" text)\n\n"
	"  --db PATH       the index to write (default: $TRACUU_DB, else\n"
	"                  $XDG_DATA_HOME/tracuu/index)\n"
	"  --shards STUB   instead of --db: spread the documents over the shards a\n"
	"                  stub file lists ('auto FOLDER', 'remote HOST:PORT' of a\n"
	"                  xapian-tcpsrv --writable), each source on the shard its\n"
	"                  name hashes to, so ingesting it again replaces it there;\n"
	"                  remote shards are never compacted (see README, Shards)\n"
	"  --root DIR      store paths relative to DIR (a portable index)\n"
	"  --include-ext EXT[,EXT…]   in folders, index these types too, e.g.\n"
	"                  --include-ext json,csv ('*': every file, as read)\n"
	"  --follow        walk into symbolic links to folders (each folder once, so\n"
	"                  a link loop ends); by default they are passed over\n"
	"  --no-remove     keep the documents of files gone from the folders given\n"
	"  --watch         after ingesting the folders given, follow them: files added,\n"
	"                  changed, renamed or deleted are in searches within seconds\n"
	"                  (see Watching below); stops on Ctrl-C or SIGTERM\n"
	"  --encoding NAME read every file and page as NAME (utf-8, cp1258, tcvn3,\n"
	"                  vni, viscii, tcvn5712, latin1) instead of detecting it\n"
	"  --batch-size N  commit after every N documents (default 1000); a crash or\n"
	"                  kill loses at most the batch being written\n"
	"  --jobs N        read files and build their terms on N threads (default: one\n"
	"                  per CPU, at most 16); they go into the index in order\n"
	"  --wait[=S]      when another process is updating the index, wait for it\n"
	"                  (at most S seconds, default 600) instead of failing\n"
	"  --compact       compact the index at the end, even when it is not due\n"
	"  --no-compact    do not compact it\n"
	"  -v, --verbose   say what happened to every file and page\n"
	"  -q, --quiet     no summary; errors and warnings only\n"
	"  --progress / --no-progress   the progress line (default: on a terminal)\n"
	"  -h, --help      this text\n\n"
	"Web pages:\n"
	"  --update        fetch every page already in the index again, asking the\n"
	"                  site whether it changed (ETag, Last-Modified): an unchanged\n"
	"                  page costs no re-indexing\n"
	"  --force         with --update, ask for every page in full (to extract it\n"
	"                  again after an upgrade of tracuu)\n"
	"  --ignore-robots fetch pages that the site's robots.txt disallows\n"
	"  --timeout S     give up on one attempt after S seconds (default 30)\n"
	"  --connect-timeout S   give up connecting after S seconds (default 10)\n"
	"  --retries N     try again N times after a timeout or a 5xx error, waiting\n"
	"                  0.5 s, 1 s, 2 s… in between (default 2)\n"
	"  --max-size SIZE largest page, e.g. 16M, 512K or 100000 (default 16M)\n"
	"  --max-redirects N   redirects followed (default 5)\n"
	"  --parallel N    downloads at once (default 4)\n"
	"  --delay S       seconds between two requests to one site (default 1; 0 also\n"
	"                  allows several at once); a larger robots.txt Crawl-delay\n"
	"                  wins, up to 30 s\n"
	"  --user-agent S  the User-Agent sent (default: tracuu/VERSION …)\n\n"
	"Compaction: an index written a batch at a time has its B-trees about 60%\n"
	"full. At the end, when the documents added or replaced since the index was\n"
	"last compacted are at least a fifth of it (so always for a new index) and\n"
	"it takes 1 MiB or more, it is rewritten compactly, about a third smaller\n"
	"(a second or so per 300 MB, with room for the copy). Searches running\n"
	"meanwhile are not disturbed, and a kill at any moment leaves the index\n"
	"whole. When it fails (a full disk) the index stays as it was, with a\n"
	"warning.\n\n"
	"Bulk runs: a run of 16,384 files and pages or more that makes compaction due\n"
	"is written as segments beside the index, on up to 4 threads (--jobs), and\n"
	"merged in by that compaction; searches see its documents once it ends. A\n"
	"bulk run killed before its merge leaves the index as it was, and the next\n"
	"ingest merges in what its segments had committed (every 100 documents).\n"
	"--no-compact never makes a bulk run.\n\n"
	"Watching (--watch DIR…, folders only): the folders are ingested as usual\n"
	"(with removal), then followed with inotify, new subfolders too (and with\n"
	"--follow the folders links lead to, each once). A file is\n"
	"read once it is closed after writing or moved in and its size has settled;\n"
	"editors' and downloads' temporary files (.#x, x~, #x#, .x.swp, 4913, *.tmp,\n"
	"*.part, *.crdownload, .~lock.x#, ~$x) are not documents. Changes are\n"
	"batched (a second after the last one, at most a few seconds) into one commit,\n"
	"and the citation cards settled, so search and cite see them at once; one\n"
	"line per batch on stderr (-q: none). A file that cannot be read is named\n"
	"with the reason and the watch goes on; a folder deleted or moved away has\n"
	"its documents removed, and a folder given that goes is looked for every\n"
	"2 s and ingested again when it is back. Ctrl-C or SIGTERM ends the batch\n"
	"being written (committed), exit status 0; SIGHUP ingests every folder\n"
	"again (a hard link made in a folder sends no write, for one). The index is\n"
	"locked only while a batch is written: rm and other ingests may run\n"
	"meanwhile (a batch waits).\n\n"
	"The summary counts documents added, replaced, unchanged, skipped (empty,\n"
	"duplicates, links not followed) and failed (could not be read), then when\n"
	"there are any, moved and removed documents and other files passed over.\n\n"
	"Exit status: 0 all went in, 3 some inputs failed (each is named), 5 some\n"
	"pages could not be downloaded (each is named with the reason), 4 the index\n"
	"could not be written, 2 bad usage, 130 interrupted. When both files and\n"
	"downloads failed, 3 wins over 5.\n";

enum {
	OPT_UPDATE = 256, OPT_FORCE, OPT_IGNORE_ROBOTS, OPT_TIMEOUT, OPT_CONNECT_TIMEOUT,
	OPT_RETRIES, OPT_MAX_SIZE, OPT_MAX_REDIRECTS, OPT_PARALLEL, OPT_DELAY, OPT_USER_AGENT,
	OPT_ENCODING, OPT_BATCH_SIZE, OPT_WAIT, OPT_JOBS, OPT_COMPACT, OPT_NO_COMPACT,
	OPT_INCLUDE_EXT, OPT_FOLLOW, OPT_NO_REMOVE, OPT_WATCH, OPT_SHARDS,
};

/* Beside the help text, which names each of them. */
static const struct option ingest_opts[] = {
	{ "db", required_argument, NULL, 'd' },
	{ "root", required_argument, NULL, 'r' },
	{ "encoding", required_argument, NULL, OPT_ENCODING },
	{ "verbose", no_argument, NULL, 'v' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "progress", no_argument, NULL, 'P' },
	{ "no-progress", no_argument, NULL, 'N' },
	{ "help", no_argument, NULL, 'h' },
	{ "update", no_argument, NULL, OPT_UPDATE },
	{ "force", no_argument, NULL, OPT_FORCE },
	{ "ignore-robots", no_argument, NULL, OPT_IGNORE_ROBOTS },
	{ "timeout", required_argument, NULL, OPT_TIMEOUT },
	{ "connect-timeout", required_argument, NULL, OPT_CONNECT_TIMEOUT },
	{ "retries", required_argument, NULL, OPT_RETRIES },
	{ "max-size", required_argument, NULL, OPT_MAX_SIZE },
	{ "max-redirects", required_argument, NULL, OPT_MAX_REDIRECTS },
	{ "parallel", required_argument, NULL, OPT_PARALLEL },
	{ "delay", required_argument, NULL, OPT_DELAY },
	{ "user-agent", required_argument, NULL, OPT_USER_AGENT },
	{ "batch-size", required_argument, NULL, OPT_BATCH_SIZE },
	{ "jobs", required_argument, NULL, OPT_JOBS },
	{ "wait", optional_argument, NULL, OPT_WAIT },
	{ "compact", no_argument, NULL, OPT_COMPACT },
	{ "no-compact", no_argument, NULL, OPT_NO_COMPACT },
	{ "include-ext", required_argument, NULL, OPT_INCLUDE_EXT },
	{ "follow", no_argument, NULL, OPT_FOLLOW },
	{ "no-remove", no_argument, NULL, OPT_NO_REMOVE },
	{ "watch", no_argument, NULL, OPT_WATCH },
	{ "shards", required_argument, NULL, OPT_SHARDS },
	{ NULL, 0, NULL, 0 },
};

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

/* What the command tells of a run. The run counts its inputs; the writer
 * counts what went into the index. */
struct run {
	ingest_run *run;
	const char *path;
	int verbose, quiet, progress, update;
	double wait, t0;
	double last_file, last_page; /* progress lines, at most ten a second */
	struct sigaction old_int, old_term;
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

static void restore_signals(void *arg)
{
	struct run *g = arg;
	sigaction(SIGINT, &g->old_int, NULL);
	sigaction(SIGTERM, &g->old_term, NULL);
}

/* What the writer has to say, said. */
static void on_event(const struct idx_writer_event *ev, void *arg)
{
	struct run *g = arg;
	const struct idx_writer_summary *s;
	switch (ev->kind) {
	case IDX_WRITER_WAITING:
		notef("index %s: %s; waiting for it (at most %.0f s)", g->path, ev->why, g->wait);
		break;
	case IDX_WRITER_NOT_SETTLED:
		warnf("index %s: the citation cards of this run's numbers were not stored (%s); "
		      "they are computed as they are read until the next ingest", g->path, ev->why);
		break;
	case IDX_WRITER_NOT_COMPACTED:
		warnf("index %s: not compacted: %s", g->path, ev->why);
		break;
	case IDX_WRITER_COMPACT_FAILED:
		warnf("index %s: compaction failed, the index is kept as it was (uncompacted, "
		      "every document in): %s", g->path, ev->why);
		break;
	case IDX_WRITER_COMPACTING:
		if (g->progress)
			progressf("compacting the index…");
		break;
	case IDX_WRITER_MERGING:
		if (g->progress)
			progressf("merging and compacting the index…");
		break;
	case IDX_WRITER_MERGED:
		s = ingest_run_summary(g->run);
		if (g->verbose && s->segments)
			notef("%zu documents written as %d segments on %u threads, merged into the "
			      "index", s->added + s->replaced + s->moved, s->segments, s->bulk_threads);
		break;
	case IDX_WRITER_REMOVED:
		if (g->verbose)
			notef("%s: removed (%s)", ev->source, ev->why);
		break;
	case IDX_WRITER_REMOVE_FAILED:
		errorf("index %s: %s", g->path, ev->why);
		break;
	}
}

/* What happened to each file and page, said. */
static void on_outcome(const struct ingest_run_outcome *o, void *arg)
{
	struct run *g = arg;
	switch (o->kind) {
	case INGEST_RUN_OTHER:
		if (g->verbose)
			notef("%s: %s", o->name, o->why);
		break;
	case INGEST_RUN_SKIPPED:
		warnf("%s: %s", o->name, o->why);
		break;
	case INGEST_RUN_FAILED:
	case INGEST_RUN_DOWNLOAD_FAILED:
		errorf("%s: %s", o->name, o->why);
		break;
	case INGEST_RUN_NOT_MODIFIED:
		if (g->verbose)
			notef("%s: not modified", o->name);
		break;
	case INGEST_RUN_INDEXED:
		if (o->res == IDX_DUPLICATE)
			warnf("%s: same content as %s, not indexed again", o->name,
			      o->dup_of ? o->dup_of : "another document");
		if (g->verbose && o->res == IDX_MOVED)
			notef("%s: moved from %s (gone)", o->name, o->dup_of ? o->dup_of : "a file");
		else if (g->verbose)
			notef("%s: %s", o->name, o->res == IDX_ADDED ? "added"
			      : o->res == IDX_REPLACED ? "replaced"
			      : o->res == IDX_UNCHANGED ? "unchanged" : "duplicate");
		break;
	case INGEST_RUN_ADD_FAILED:
		errorf("index %s: adding %s: %s", g->path, o->name, o->why);
		break;
	case INGEST_RUN_COMMIT_FAILED:
		errorf("index %s: commit: %s", g->path, o->why);
		break;
	case INGEST_RUN_VALIDATORS_FAILED:
		errorf("index %s: %s: %s", g->path, o->name, o->why);
		break;
	case INGEST_RUN_INDEX_ERROR:
		errorf("index %s: %s", g->path, o->why);
		break;
	case INGEST_RUN_FETCH_ERROR:
		errorf("fetch: %s", o->why);
		break;
	case INGEST_RUN_MERGE_FAILED:
		errorf("index %s: merging this run's documents: %s", g->path, o->why);
		break;
	}
}

static void on_progress(int page, size_t done, size_t total, const char *name, void *arg)
{
	struct run *g = arg;
	double *last = page ? &g->last_page : &g->last_file;
	if (!g->progress || now() - *last <= 0.1)
		return;
	*last = now();
	if (page)
		progressf("fetch [%3zu%%] %zu/%zu %.60s", done * 100 / total, done, total, name);
	else
		progressf("ingest [%3zu%%] %zu/%zu %.50s", done * 100 / total, done, total,
			  base_name(name));
}

static void on_input_error(const char *what, const char *why, void *arg)
{
	(void)arg;
	errorf("%s: %s", what, why);
}

/* The run's outcome: what went wrong, the summary, the exit status. */
static int report(struct run *g, const struct idx_writer_summary *s, struct ingest_run_counts *c,
		  const struct ingest_list *list, size_t npages)
{
	size_t added = s->added, replaced = s->replaced, moved = s->moved;
	size_t removed = s->removed + s->removed_after;
	int status = EXIT_OK;
	c->failed += s->removal_failed == 1;
	c->failed_input += s->removal_failed == 2;
	if (s->failed) {
		/* The summary counts what the index holds: the documents that
		 * could not be committed count as failed. */
		size_t kept = s->kept_added + s->kept_replaced + s->kept_moved;
		size_t lost = added + replaced + moved - kept;
		if (s->bulk)
			errorf("index %s: none of this run's %zu new or changed documents were "
			       "written; the index is as it was before the run", g->path, lost);
		else
			errorf("index %s: the last batch (%zu documents) was not committed; the "
			       "index keeps its state from before it, with %zu documents of this "
			       "run", g->path, lost, kept);
		added = s->kept_added;
		replaced = s->kept_replaced;
		moved = s->kept_moved;
		removed = s->kept_removed + s->removed_after;
		c->failed += lost;
		status = EXIT_INDEX;
	} else if (interrupted && npages) {
		errorf("interrupted after %zu of %zu files and %zu of %zu pages; what was read is "
		       "committed: run the same command again to finish", c->files_done, list->n,
		       c->urls_done, npages);
	} else if (interrupted) {
		errorf("interrupted after %zu of %zu files; what was read is committed: run the "
		       "same command again to finish", c->files_done, list->n);
	}
	if (!g->quiet) {
		printf("%zu added, %zu replaced, %zu unchanged, %zu skipped, %zu failed", added,
		       replaced, s->unchanged + c->not_modified, c->skipped + s->duplicates,
		       c->failed);
		if (moved)
			printf(", %zu moved", moved);
		if (removed)
			printf(", %zu removed", removed);
		if (list->others)
			printf(", %zu other file%s passed over", list->others,
			       list->others == 1 ? "" : "s");
		putchar('\n');
		if (s->compacted)
			printf("index compacted: %.1f MiB -> %.1f MiB\n", s->before / 1048576.0,
			       s->after / 1048576.0);
		if (g->update && added + replaced == 0)
			printf("update: %zu pages checked, nothing re-indexed (%zu not modified, "
			       "%zu with the same text)\n", npages, c->not_modified,
			       c->pages_unchanged - c->not_modified);
		else if (g->update)
			printf("update: %zu pages checked, %zu re-indexed (%zu not modified)\n",
			       npages, added + replaced, c->not_modified);
		if (g->progress)
			notef("%zu files and %zu pages in %.1f s into %s", list->n, npages,
			      now() - g->t0, g->path);
	}
	if (list->hidden_skipped && g->verbose)
		notef("%zu hidden files and folders passed over", list->hidden_skipped);
	if (status != EXIT_OK)
		return status;
	return interrupted ? EXIT_INTERRUPTED : c->failed_input ? EXIT_INPUT
	       : c->failed_network ? EXIT_NETWORK : EXIT_OK;
}

/* The run's sources in input order, for idx_shards_dedupe. */
struct ranked {
	char *name;
	long rank; /* its place in the input */
};
struct dedupe {
	struct ranked *v; /* by name */
	size_t n;
	int verbose;
};

static int cmp_ranked(const void *a, const void *b)
{
	return strcmp(((const struct ranked *)a)->name, ((const struct ranked *)b)->name);
}

static long dedupe_rank(const char *source, void *arg)
{
	struct dedupe *d = arg;
	struct ranked key = { (char *)source, 0 };
	struct ranked *hit = d->n ? bsearch(&key, d->v, d->n, sizeof *d->v, cmp_ranked) : NULL;
	return hit ? hit->rank : -1;
}

static void dedupe_removed(const char *source, const char *kept, void *arg)
{
	struct dedupe *d = arg;
	if (d->verbose)
		notef("%s: the same text as %s (on another shard): removed", source, kept);
}

/* One index refuses a text another source holds; shards each see their
 * own: what the shards hold twice goes, as one index would have kept it. */
static int shards_dedupe(struct run *g, const char *stub, const struct ingest_list *list,
			 const struct ingest_urls *urls, const char *root)
{
	struct dedupe d = { .verbose = g->verbose };
	size_t total = list->n + urls->n;
	d.v = total ? xcalloc(total, sizeof *d.v) : NULL;
	for (size_t k = 0; k < total; k++) {
		char *name = k < list->n ? path_source_name(list->v[k].path, root)
					 : xstrdup(urls->v[k - list->n].url);
		if (name)
			d.v[d.n++] = (struct ranked){ name, (long)k };
	}
	if (d.n)
		qsort(d.v, d.n, sizeof *d.v, cmp_ranked);
	size_t n = 0;
	char *err = NULL;
	int rc = idx_shards_dedupe(stub, dedupe_rank, dedupe_removed, &d, &n, &err);
	if (rc < 0) {
		errorf("shards: removing the texts held twice: %s", err);
		free(err);
	} else if (n && !g->quiet) {
		printf("shards: %zu duplicate%s removed (the same text as another source, on "
		       "another shard)\n", n, n == 1 ? "" : "s");
	}
	for (size_t k = 0; k < d.n; k++)
		free(d.v[k].name);
	free(d.v);
	return rc < 0 ? EXIT_INDEX : EXIT_OK;
}

/* A shard that failed (down, or its writes refused): what of the run it
 * lacks, and what mends it — the others went on, and their sources do
 * not change when the same command runs again. */
static void shard_left(const char *name, size_t sources, size_t reached)
{
	if (reached > sources)
		reached = sources;
	char what[128];
	if (!sources)
		snprintf(what, sizeof what, "no source of this run goes to it (what it holds of "
					    "the folders walked was not checked)");
	else if (!reached)
		snprintf(what, sizeof what, "the %zu source%s that go%s to it %s not read",
			 sources, sources == 1 ? "" : "s", sources == 1 ? "es" : "",
			 sources == 1 ? "was" : "were");
	else
		snprintf(what, sizeof what, "it stopped at source %zu of the %zu that go to it",
			 reached, sources);
	errorf("shard %s: %s, and texts held on two shards were not looked for: once it is up, "
	       "run the same command again (the other shards' documents stay as they are)",
	       name, what);
}

/* --shards STUB: one run per shard, each given the sources that hash to
 * it (idx_shard_for). What a shard should hold under a folder walked whole
 * is those of its files: a file gone goes from the shard that held it, and
 * one a shard holds that now hashes elsewhere (the stub lists other
 * shards) moves. A shard's failure is said and the others go on. */
static int ingest_shards(struct run *g, const char *stub, const struct ingest_run_options *ro,
			 struct ingest_list *list, struct ingest_urls *urls,
			 struct fetch_options *fo, int no_remove, int force, size_t bad_inputs)
{
	struct idx_shard *sh;
	size_t ns;
	char *err = NULL;
	if (idx_stub_read(stub, &sh, &ns, &err) < 0) {
		errorf("shards: %s", err);
		free(err);
		return EXIT_INDEX;
	}
	struct sigaction sa = { 0 };
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, &g->old_int);
	sigaction(SIGTERM, &sa, &g->old_term);
	int status = EXIT_OK;
	for (size_t i = 0; i < ns && !interrupted; i++) {
		struct ingest_list sub = { .folders = list->folders, .nfolders = list->nfolders };
		struct ingest_urls su = { 0 };
		for (size_t k = 0; k < list->n; k++) {
			char *src = path_source_name(list->v[k].path, ro->load.root);
			if (idx_shard_for(src ? src : list->v[k].path, ns) == i) {
				sub.v = xrealloc(sub.v, (sub.n + 1) * sizeof *sub.v);
				sub.v[sub.n++] = list->v[k]; /* shared: list owns it */
			}
			free(src);
		}
		for (size_t k = 0; k < urls->n; k++)
			if (idx_shard_for(urls->v[k].url, ns) == i) {
				const struct ingest_url *u = &urls->v[k];
				ingest_urls_add(&su, xstrdup(u->url));
				if (u->etag || u->last_modified)
					ingest_urls_set_validators(&su, u->url, u->etag,
								   u->last_modified);
			}
		const char *target = sh[i].path ? sh[i].path : sh[i].name;
		char *made = sh[i].path ? dbpath_for_write(sh[i].path, &err) : NULL;
		ingest_run *run = NULL;
		g->path = sh[i].name;
		int st = EXIT_OK;
		size_t reached = 0; /* of sub's files and su's pages */
		if ((sh[i].path && !made) || ingest_run_open(target, ro, &run, &err) < 0) {
			errorf("shard %s: %s", sh[i].name, err);
			st = EXIT_INDEX;
		} else if (g->update && ingest_run_update_requests(run, &su, force) < 0) {
			st = EXIT_INDEX;
		} else {
			g->run = run;
			ingest_run_plan(run, sub.n + su.n);
			g->t0 = now();
			ingest_run_add_files(run, &sub);
			ingest_run_fetch(run, &su, fo);
			if (!no_remove)
				ingest_run_remove_missing(run, &sub);
			ingest_run_finish(run);
			ingest_run_compact(run);
			if (g->progress)
				progress_done();
			struct idx_writer_summary sum = *ingest_run_summary(run);
			struct ingest_run_counts counts = *ingest_run_counts(run);
			reached = counts.files_done + counts.urls_done;
			ingest_run_close(run);
			run = NULL;
			g->run = NULL;
			if (i == 0) {
				counts.failed += bad_inputs;
				counts.failed_input += bad_inputs;
			}
			if (!g->quiet)
				printf("shard %s:\n", sh[i].name);
			sub.hidden_skipped = i == 0 ? list->hidden_skipped : 0;
			st = report(g, &sum, &counts, &sub, su.n);
		}
		ingest_run_close(run);
		if (st == EXIT_INDEX)
			shard_left(sh[i].name, sub.n + su.n, reached);
		/* The worst: the index's failure first, then an interruption. */
		if (st == EXIT_INDEX || status == EXIT_OK)
			status = st;
		ingest_urls_release(&su);
		free(sub.v);
		free(made);
		free(err);
		err = NULL;
	}
	if (!interrupted && status != EXIT_INDEX && shards_dedupe(g, stub, list, urls,
								   ro->load.root) == EXIT_INDEX)
		status = EXIT_INDEX;
	restore_signals(g);
	idx_shards_release(sh, ns);
	return interrupted && status == EXIT_OK ? EXIT_INTERRUPTED : status;
}

int cmd_ingest(int argc, char **argv)
{
	const char *db_opt = NULL, *root = NULL, *shards = NULL;
	int verbose = 0, quiet = 0, progress = -1, update = 0, force = 0, c, rc;
	int compact_mode = 0; /* 1 --compact, -1 --no-compact */
	int follow = 0, no_remove = 0, watch = 0;
	char **exts = NULL;
	size_t nexts = 0;
	enum ingest_charset encoding = CS_UNKNOWN;
	size_t batch_max = IDX_BATCH_DOCS;
	size_t jobs = ingest_default_jobs();
	double wait = -1;
	struct fetch_options fo;
	fetch_options_init(&fo);
	long n;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "vqh", ingest_opts, NULL)) != -1) {
		switch (c) {
		case 'd': db_opt = optarg; break;
		case 'r': root = optarg; break;
		case OPT_ENCODING:
			if ((encoding = ingest_charset_from_name(optarg)) == CS_UNKNOWN)
				return usage_error("ingest", "--encoding: unknown encoding '%s' (utf-8, "
						   "cp1258, tcvn3, vni, viscii, tcvn5712, latin1)", optarg);
			break;
		case 'v': verbose = 1; break;
		case 'q': quiet = 1; break;
		case 'P': progress = 1; break;
		case 'N': progress = 0; break;
		case 'h': fputs(ingest_help, stdout); return EXIT_OK;
		case OPT_UPDATE: update = 1; break;
		case OPT_FORCE: force = 1; break;
		case OPT_IGNORE_ROBOTS: fo.ignore_robots = 1; break;
		case OPT_TIMEOUT:
			if ((rc = parse_seconds("ingest", "--timeout", optarg, 1, &fo.timeout)))
				return rc;
			break;
		case OPT_CONNECT_TIMEOUT:
			if ((rc = parse_seconds("ingest", "--connect-timeout", optarg, 1,
						&fo.connect_timeout)))
				return rc;
			break;
		case OPT_DELAY:
			if ((rc = parse_seconds("ingest", "--delay", optarg, 0, &fo.host_delay)))
				return rc;
			break;
		case OPT_RETRIES:
			if ((rc = parse_whole("ingest", "--retries", optarg, 0, 100, &n)))
				return rc;
			fo.retries = (unsigned)n;
			break;
		case OPT_MAX_REDIRECTS:
			if ((rc = parse_whole("ingest", "--max-redirects", optarg, 0, 100, &n)))
				return rc;
			fo.max_redirects = (unsigned)n;
			break;
		case OPT_PARALLEL:
			if ((rc = parse_whole("ingest", "--parallel", optarg, 1, 256, &n)))
				return rc;
			fo.max_parallel = (unsigned)n;
			break;
		case OPT_MAX_SIZE:
			if (parse_size(optarg, &fo.max_bytes) < 0)
				return usage_error("ingest", "--max-size needs a size such as 16M, 512K "
						   "or 100000, not '%s'", optarg);
			break;
		case OPT_USER_AGENT: fo.user_agent = optarg; break;
		case OPT_BATCH_SIZE:
			if ((rc = parse_whole("ingest", "--batch-size", optarg, 1, 1000000, &n)))
				return rc;
			batch_max = (size_t)n;
			break;
		case OPT_JOBS:
			if ((rc = parse_whole("ingest", "--jobs", optarg, 1, INGEST_JOBS_MAX, &n)))
				return rc;
			jobs = (size_t)n;
			break;
		case OPT_INCLUDE_EXT:
			rc = parse_extensions("ingest", "--include-ext", optarg, &exts, &nexts);
			if (rc) {
				free_extensions(exts);
				return rc;
			}
			break;
		case OPT_FOLLOW: follow = 1; break;
		case OPT_NO_REMOVE: no_remove = 1; break;
		case OPT_WATCH: watch = 1; break;
		case OPT_SHARDS: shards = optarg; break;
		case OPT_COMPACT: compact_mode = 1; break;
		case OPT_NO_COMPACT: compact_mode = -1; break;
		case OPT_WAIT:
			wait = 600;
			if (optarg && (rc = parse_seconds("ingest", "--wait", optarg, 0, &wait)))
				return rc;
			break;
		default:
			free_extensions(exts);
			return bad_option("ingest", argc, argv);
		}
	}
	if ((optind >= argc && !update) || (force && !update))
		free_extensions(exts);
	if (optind >= argc && !update)
		return usage_error("ingest", "no files or folders given");
	if (force && !update)
		return usage_error("ingest", "--force goes with --update");
	if (watch && (update || no_remove || optind >= argc)) {
		free_extensions(exts);
		return usage_error("ingest", "--watch %s", update ? "does not go with --update"
				   : no_remove ? "keeps the index in step with the folders: it does "
				   "not go with --no-remove" : "needs the folders to follow");
	}
	if (watch && wait < 0)
		wait = 600; /* a batch waits for another writer */
	if (shards && (db_opt || watch)) {
		free_extensions(exts);
		return usage_error("ingest", "--shards names the shards to write; it does not go "
				   "with %s", db_opt ? "--db" : "--watch");
	}
	if (progress < 0)
		progress = !quiet && isatty(2);
	struct run g = { .verbose = verbose, .quiet = quiet, .progress = progress,
			 .update = update, .wait = wait };
	struct ingest_list list = { .follow = follow, .include_ext = exts };
	struct ingest_urls urls = { 0 };
	size_t bad_inputs = 0;
	for (int i = optind; i < argc && !watch; i++)
		bad_inputs += ingest_inputs_add(argv[i], &list, &urls, on_input_error, NULL);

	char *err = NULL;
	char *path = shards ? xstrdup(shards) : dbpath_for_write(db_opt, &err);
	ingest_run *run = NULL;
	int status = EXIT_OK;
	if (!path) {
		errorf("index: %s", err);
		free(err);
		status = EXIT_INDEX;
		goto out;
	}
	g.path = path;
	struct ingest_run_options ro = {
		.writer = { .batch_docs = batch_max, .compact = compact_mode, .update = update,
			    .jobs = jobs, .wait = wait, .on_event = on_event, .arg = &g,
			    .root = root },
		.load = { .root = root, .encoding = encoding },
		.jobs = jobs, .cancel = &interrupted, .on_outcome = on_outcome,
		.on_progress = on_progress, .before_compact = restore_signals, .arg = &g,
	};
	if (shards) {
		status = ingest_shards(&g, shards, &ro, &list, &urls, &fo, no_remove, force,
				       bad_inputs);
		goto out;
	}
	if (watch) {
		struct cli_watch wo = { .db = path, .dirs = argv + optind,
					.ndirs = (size_t)(argc - optind), .ro = ro, .follow = follow,
					.include_ext = exts, .quiet = quiet, .current = &g.run };
		status = cli_watch_run(&wo);
		goto out;
	}
	if (ingest_run_open(path, &ro, &run, &err) < 0) {
		errorf("index %s: %s", path, err);
		free(err);
		status = EXIT_INDEX;
		goto out;
	}
	g.run = run;
	const struct idx_writer_summary *s = ingest_run_summary(run);
	if (s->recovery_failed)
		warnf("index %s: the documents an interrupted bulk run had written could not be "
		      "merged (%s); they were dropped, run that ingest again", path,
		      s->recovery_failed);
	else if (s->recovered && !quiet)
		notef("index %s: merged the %zu documents an interrupted bulk run had written", path,
		      s->recovered);
	/* URLs given with --update are asked for conditionally too; with none
	 * given, every page in the index is (files given are ingested as usual). */
	if (update && ingest_run_update_requests(run, &urls, force) < 0) {
		status = EXIT_INDEX;
		goto out;
	}
	ingest_run_plan(run, list.n + urls.n);

	/* Until the compaction, which a kill leaves whole (restore_signals). */
	struct sigaction sa = { 0 };
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, &g.old_int);
	sigaction(SIGTERM, &sa, &g.old_term);

	g.t0 = now();
	ingest_run_all(run, &list, &urls, &fo, no_remove);
	if (progress)
		progress_done();
	struct idx_writer_summary sum = *s;
	struct ingest_run_counts counts = *ingest_run_counts(run);
	ingest_run_close(run);
	run = NULL;
	restore_signals(&g);
	counts.failed += bad_inputs;
	counts.failed_input += bad_inputs;
	status = report(&g, &sum, &counts, &list, urls.n);
out:
	ingest_run_close(run);
	free(path);
	ingest_list_release(&list);
	ingest_urls_release(&urls);
	free_extensions(exts);
	return status;
}
