/* cmd_ingest.c — `tracuu ingest`: files, folders and web pages into the index, in
 * committed batches, every failure named, a summary at the end. */
#include "cli/cli.h"

#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "index/index.h"
#include "ingest/ingest.h"
#include "util/util.h"

/* A batch is committed after this many documents or this much text, so an
 * interruption loses at most one batch and memory stays bounded. */
#define BATCH_DOCS 1000
#define BATCH_BYTES ((size_t)64 << 20)
/* An @list file larger than this is a mistake (a page, a binary). */
#define LIST_MAX_BYTES ((size_t)64 << 20)

static const char ingest_help[] =
	"usage: tracuu ingest [OPTIONS] PATH|URL|@LIST…\n\n"
	"Adds files and folders (recursively) and web pages to the index: .txt, .md,\n"
	".html/.htm, UTF-8 with or without BOM, .pdf, .docx, .doc. Ingesting a path or\n"
	"URL again replaces its document; the same content under another name is\n"
	"reported and not indexed twice. From a news page only the article is kept:\n"
	"menus, ads, counters, footers and \"Tin khác\" lists are left out.\n\n"
	"  PATH            a file or a folder\n"
	"  URL             an http:// or https:// page (other schemes are refused)\n"
	"  @LIST           a file with one path or URL per line; blank lines and lines\n"
	"                  starting with # are skipped; @- reads the list from stdin\n\n"
	"  --db PATH       the index to write (default: $TRACUU_DB, else\n"
	"                  $XDG_DATA_HOME/tracuu/index)\n"
	"  --root DIR      store paths relative to DIR (a portable index)\n"
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
	"Exit status: 0 all went in, 3 some inputs failed (each is named), 5 some\n"
	"pages could not be downloaded (each is named with the reason), 4 the index\n"
	"could not be written, 2 bad usage, 130 interrupted. When both files and\n"
	"downloads failed, 3 wins over 5.\n";

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

struct tally {
	size_t added, replaced, unchanged, skipped, failed;
};

/* Everything one run shares between files and pages. */
struct run {
	idx_db *db;
	const char *path;
	const struct ingest_options *iopts;
	struct tally t;
	struct tally kept; /* t as of the last successful commit */
	int verbose, progress, status;   /* status: EXIT_OK or EXIT_INDEX */
	int bulk;                        /* written as segments, merged at the end */
	unsigned bulk_threads;
	size_t failed_input, failed_network;
	size_t batch_docs, batch_bytes, committed, batch_max;
	/* Web pages. */
	size_t urls, urls_done, not_modified, pages_unchanged;
	double last_progress;
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

static int commit(struct run *g)
{
	char *err = NULL;
	if (g->bulk) { /* nothing reaches the index before the merge */
		g->batch_docs = g->batch_bytes = 0;
		return 0;
	}
	if (idx_commit(g->db, &err) < 0) {
		errorf("index %s: commit: %s", g->path, err);
		free(err);
		g->status = EXIT_INDEX;
		return -1;
	}
	g->committed = g->t.added + g->t.replaced;
	g->kept = g->t;
	g->batch_docs = g->batch_bytes = 0;
	return 0;
}

/* After the last commit: the citation cards of the numbers this run
 * touched, computed once. A failure leaves them marked (readers compute
 * them, the next run settles them): a warning only. */
static void settle(struct run *g)
{
	char *err = NULL;
	if (idx_settle(g->db, NULL, &err) < 0) {
		warnf("index %s: the citation cards of this run's numbers were not stored (%s); "
		      "they are computed as they are read until the next ingest",
		      g->path, err);
		free(err);
	}
}

/* A run adding at least this many files and pages to an index that it
 * makes due for compaction is written as a bulk run (index/bulk.c): the
 * compaction at its end merges it in. A smaller run gains too little for
 * what it costs: on the real corpus (6,666 documents, two segments) a bulk
 * run was 7% faster and its index 4% larger (posting lists split at
 * segments, the registry written into the compacted copy), over FTS5's.
 * At ten times the corpus it was 20% faster, 7% larger: what it saves
 * grows with the index. TRACUU_BULK_MIN sets it (tests). */
#define BULK_MIN (2 * IDX_SEGMENT_DOCS)
/* Threads writing segments, at most: each segment splits the posting list
 * of every term it shares with another into one more chunk, some 1% of
 * the index of the real corpus per segment. */
#define BULK_THREADS_MAX 4

static int want_bulk(struct run *g, int compact_mode, int update, size_t inputs, size_t jobs)
{
	const char *env = getenv("TRACUU_BULK_MIN");
	size_t min = env && *env ? strtoul(env, NULL, 10) : BULK_MIN;
	int worth = compact_mode > 0;
	char *err = NULL;
	if (compact_mode < 0 || update || inputs < min || inputs == 0)
		return 0;
	if (!worth && idx_bulk_worth(g->db, inputs, &worth, &err) < 0) {
		free(err); /* an index that cannot say: written as usual */
		return 0;
	}
	unsigned threads = jobs < BULK_THREADS_MAX ? (unsigned)jobs : BULK_THREADS_MAX;
	if (!worth || idx_bulk_begin(g->db, threads, inputs, &err) < 0) {
		free(err);
		return 0;
	}
	g->bulk_threads = threads;
	return 1;
}

/* The end of a bulk run: its segments merged into the index, compacted.
 * Returns 1 compacted (sizes in before, after), else 0. */
static int merge(struct run *g, unsigned long long *before, unsigned long long *after)
{
	char *err = NULL, *settle_err = NULL;
	int merged = 0;
	if (g->progress)
		progressf("merging and compacting the index…");
	if (idx_bulk_finish(g->db, &merged, before, after, &settle_err, &err) < 0) {
		errorf("index %s: merging this run's documents: %s", g->path, err);
		free(err);
		g->status = EXIT_INDEX;
		return 0;
	}
	if (settle_err) {
		warnf("index %s: the citation cards of this run's numbers were not stored (%s); "
		      "they are computed as they are read until the next ingest",
		      g->path, settle_err);
		free(settle_err);
	}
	if (g->verbose && merged)
		fprintf(stderr, "tracuu: %zu documents written as %d segments on %u threads, "
			"merged into the index\n", g->t.added + g->t.replaced, merged, g->bulk_threads);
	g->committed = g->t.added + g->t.replaced;
	g->kept = g->t;
	return merged > 0;
}

/* After the last commit: counts what the run wrote toward the next
 * compaction and compacts when it is due (mode 0), always (1) or never (-1).
 * Returns 1 compacted (sizes in before, after), else 0; a failure is a
 * warning only, as the documents are in and the index is as it was. */
static int compact_index(struct run *g, int mode, unsigned long long *before,
			 unsigned long long *after)
{
	char *err = NULL;
	int due;
	if (idx_compact_due(g->db, g->path, g->t.added + g->t.replaced, &due, &err) < 0) {
		warnf("index %s: not compacted: %s", g->path, err);
		free(err);
		return 0;
	}
	if (mode < 0 || (mode == 0 && !due))
		return 0;
	if (g->progress)
		progressf("compacting the index…");
	if (idx_compact(g->db, g->path, before, after, &err) < 0) {
		warnf("index %s: compaction failed, the index is kept as it was (uncompacted, "
		      "every document in): %s", g->path, err);
		free(err);
		return 0;
	}
	return 1;
}

/* What the index stores of d; it points into d. */
static struct idx_record record_of(struct ingest_doc *d)
{
	return (struct idx_record){
		.source = d->source, .title = d->title, .date = d->date,
		.date_inferred = d->date_inferred ? (char *)"1" : NULL,
		.format = (char *)ingest_format_name(d->format),
		.charset = (char *)ingest_charset_name(d->charset), .hash = d->hash,
		.canonical_url = d->canonical_url, .site_name = d->site_name,
		.etag = d->etag, .last_modified = d->last_modified,
		.bytes = d->bytes, .text = d->text, .text_len = d->text_len,
	};
}

/* Adds d (named name in messages; prep: d prepared by idx_prepare, or NULL)
 * and counts the outcome. Returns 0, or -1 when the index failed (g->status
 * is then EXIT_INDEX). */
static int add_doc(struct run *g, struct ingest_doc *d, idx_prepared *prep, const char *name,
		   enum idx_add_result *out)
{
	struct idx_record r = record_of(d);
	enum idx_add_result res;
	char *dup_of = NULL, *err = NULL;
	if (idx_add_prepared(g->db, &r, prep, &res, &dup_of, &err) < 0) {
		errorf("index %s: adding %s: %s", g->path, name, err);
		free(err);
		g->status = EXIT_INDEX;
		return -1;
	}
	switch (res) {
	case IDX_ADDED: g->t.added++; break;
	case IDX_REPLACED: g->t.replaced++; break;
	case IDX_UNCHANGED: g->t.unchanged++; break;
	case IDX_DUPLICATE:
		warnf("%s: same content as %s, not indexed again", name,
		      dup_of ? dup_of : "another document");
		g->t.skipped++;
		break;
	}
	if (g->verbose)
		fprintf(stderr, "tracuu: %s: %s\n", name,
			res == IDX_ADDED ? "added" : res == IDX_REPLACED ? "replaced"
			: res == IDX_UNCHANGED ? "unchanged" : "duplicate");
	free(dup_of);
	if (out)
		*out = res;
	g->batch_docs++;
	g->batch_bytes += d->text_len;
	if (g->batch_docs >= g->batch_max || g->batch_bytes >= BATCH_BYTES)
		return commit(g);
	return 0;
}

/* ---- files: loaded on worker threads, added in order ---------------------
 * Reading, decoding, extracting and building a file's terms and record
 * (idx_prepare) run on --jobs worker threads; the main thread takes the
 * files in the list's order and writes them, so docids, batches, messages
 * and counts are those of a run on one thread. Files are loaded at most a
 * window ahead of the one being added, and with a bound on their text, so
 * memory stays bounded whatever the list. */

#define JOBS_MAX 16
#define AHEAD_PER_JOB 32                  /* files loaded ahead, per worker */
#define AHEAD_BYTES ((size_t)32 << 20)    /* their text, all together */
#define WORKER_NICE 5

/* One file of the list, loaded (or passed over: skip_why). */
struct loaded {
	enum { SLOT_FREE, SLOT_LOADING, SLOT_READY, SLOT_DONE } state;
	int rc;             /* ingest_load_file's: 0, 1 nothing to index, -1 */
	char *err;
	struct ingest_doc d;
	idx_prepared *prep; /* d's document when a worker loaded it */
	size_t cost;        /* text counted against AHEAD_BYTES */
};

struct pipeline {
	pthread_mutex_t mu;
	pthread_cond_t work, ready; /* workers wait on work, the main thread on ready */
	const struct ingest_list *list;
	const struct ingest_options *iopts;
	const char *db_path;
	struct loaded *slot;   /* file i is loaded into slot[i % window] */
	size_t window;
	size_t next;           /* the next file a worker loads */
	size_t adding;         /* the file the main thread waits for or adds */
	size_t freed;          /* the next file whose slot a worker empties */
	size_t bytes;          /* text held in slots */
	int stop;
	pthread_t *threads;
	size_t nthreads;
};

static void load(struct loaded *s, const struct ingest_file *f, const struct ingest_options *o,
		 idx_preparer *prep)
{
	memset(&s->d, 0, sizeof s->d);
	s->rc = 0;
	s->err = NULL;
	s->prep = NULL;
	if (f->skip_why)
		return;
	s->rc = ingest_load_file(f->path, o, &s->d, &s->err);
	if (s->rc == 0 && prep) {
		struct idx_record r = record_of(&s->d);
		s->prep = idx_prepare(prep, &r);
	}
}

static void loaded_release(struct loaded *s)
{
	free(s->err);
	ingest_doc_release(&s->d);
	idx_prepared_free(s->prep);
	s->err = NULL;
	s->prep = NULL;
}

static void *worker(void *arg)
{
	struct pipeline *pl = arg;
#ifdef __linux__
	/* Nice values are per thread on Linux. The run waits on the main
	 * thread, which writes the index: it goes first. */
	setpriority(PRIO_PROCESS, 0, getpriority(PRIO_PROCESS, 0) + WORKER_NICE);
#endif
	idx_preparer *prep = idx_preparer_new(pl->db_path);
	pthread_mutex_lock(&pl->mu);
	while (!pl->stop) {
		struct loaded *s;
		if (pl->freed < pl->adding) {
			/* A slot the main thread is done with: emptied here, so
			 * that freeing documents' terms (some 5% of its time)
			 * does not slow the thread the run waits on. */
			s = &pl->slot[pl->freed++ % pl->window];
			pthread_mutex_unlock(&pl->mu);
			loaded_release(s);
			pthread_mutex_lock(&pl->mu);
			s->state = SLOT_FREE;
			pl->bytes -= s->cost;
			continue;
		}
		/* The file the main thread waits for is always loaded (once its
		 * slot is empty); others within the byte budget. */
		if (pl->next >= pl->list->n || pl->slot[pl->next % pl->window].state != SLOT_FREE ||
		    (pl->bytes >= AHEAD_BYTES && pl->next != pl->adding)) {
			pthread_cond_wait(&pl->work, &pl->mu);
			continue;
		}
		size_t i = pl->next++;
		s = &pl->slot[i % pl->window];
		s->state = SLOT_LOADING;
		pthread_mutex_unlock(&pl->mu);
		load(s, &pl->list->v[i], pl->iopts, prep);
		pthread_mutex_lock(&pl->mu);
		s->state = SLOT_READY;
		s->cost = s->d.text_len;
		pl->bytes += s->cost;
		pthread_cond_signal(&pl->ready);
	}
	pthread_mutex_unlock(&pl->mu);
	idx_preparer_free(prep);
	return NULL;
}

/* Starts up to jobs workers. Returns 0, or -1 when none could start (the
 * caller loads the files itself). */
static int pipeline_start(struct pipeline *pl, const struct ingest_list *list,
			  const struct ingest_options *iopts, const char *db_path, size_t jobs)
{
	memset(pl, 0, sizeof *pl);
	pthread_mutex_init(&pl->mu, NULL);
	pthread_cond_init(&pl->work, NULL);
	pthread_cond_init(&pl->ready, NULL);
	pl->list = list;
	pl->iopts = iopts;
	pl->db_path = db_path;
	pl->window = jobs * AHEAD_PER_JOB;
	pl->slot = xcalloc(pl->window, sizeof *pl->slot);
	pl->threads = xcalloc(jobs, sizeof *pl->threads);
	/* Ctrl-C is the main thread's to see. */
	sigset_t block, old;
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &block, &old);
	while (pl->nthreads < jobs &&
	       pthread_create(&pl->threads[pl->nthreads], NULL, worker, pl) == 0)
		pl->nthreads++;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (pl->nthreads)
		return 0;
	free(pl->slot);
	free(pl->threads);
	pthread_mutex_destroy(&pl->mu);
	pthread_cond_destroy(&pl->work);
	pthread_cond_destroy(&pl->ready);
	return -1;
}

/* File i, once a worker has loaded it. */
static struct loaded *pipeline_wait(struct pipeline *pl, size_t i)
{
	struct loaded *s = &pl->slot[i % pl->window];
	pthread_mutex_lock(&pl->mu);
	while (s->state != SLOT_READY)
		pthread_cond_wait(&pl->ready, &pl->mu);
	pthread_mutex_unlock(&pl->mu);
	return s;
}

/* The main thread is done with file i: a worker empties its slot for file
 * i + window. */
static void pipeline_done(struct pipeline *pl, size_t i)
{
	pthread_mutex_lock(&pl->mu);
	pl->slot[i % pl->window].state = SLOT_DONE;
	pl->adding = i + 1;
	pthread_cond_broadcast(&pl->work);
	pthread_mutex_unlock(&pl->mu);
}

/* Stops the workers (each finishes its file) and drops what is loaded. */
static void pipeline_stop(struct pipeline *pl)
{
	pthread_mutex_lock(&pl->mu);
	pl->stop = 1;
	pthread_cond_broadcast(&pl->work);
	pthread_mutex_unlock(&pl->mu);
	for (size_t t = 0; t < pl->nthreads; t++)
		pthread_join(pl->threads[t], NULL);
	for (size_t k = 0; k < pl->window; k++)
		if (pl->slot[k].state == SLOT_READY || pl->slot[k].state == SLOT_DONE)
			loaded_release(&pl->slot[k]);
	free(pl->slot);
	free(pl->threads);
	pthread_mutex_destroy(&pl->mu);
	pthread_cond_destroy(&pl->work);
	pthread_cond_destroy(&pl->ready);
}

/* ---- web pages ----------------------------------------------------------- */

struct url_req {
	char *url;
	char *etag, *last_modified; /* stored validators (--update), or NULL */
};

struct url_list {
	struct url_req *v;
	size_t n, cap;
};

static void url_add(struct url_list *l, char *url)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i].url, url) == 0) {
			free(url);
			return;
		}
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	l->v[l->n++] = (struct url_req){ .url = url };
}

static void url_list_release(struct url_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].url);
		free(l->v[i].etag);
		free(l->v[i].last_modified);
	}
	free(l->v);
}

/* One argument or @list line: a URL goes to urls, anything else to files. */
static void add_input(const char *arg, struct ingest_list *files, struct url_list *urls,
		      struct run *g)
{
	char *err = NULL;
	if (fetch_is_url(arg)) {
		char *url = fetch_url_normalise(arg, &err);
		if (!url) {
			errorf("%s: %s", arg, err);
			free(err);
			g->t.failed++;
			g->failed_input++;
			return;
		}
		url_add(urls, url);
		return;
	}
	if (ingest_list_add(files, arg, &err) < 0) {
		errorf("%s: %s", arg, err);
		free(err);
		g->t.failed++;
		g->failed_input++;
	}
}

/* @LIST: one path or URL per line; blank lines and # comments skipped. */
static void add_list(const char *name, struct ingest_list *files, struct url_list *urls,
		     struct run *g)
{
	char *data = NULL;
	size_t len = 0;
	int rc;
	if (strcmp(name, "-") == 0) {
		struct buf b = BUF_INIT;
		char chunk[8192];
		size_t n;
		while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0 && b.len < LIST_MAX_BYTES)
			buf_add(&b, chunk, n);
		rc = ferror(stdin) ? -1 : 0;
		if (!b.p)
			buf_adds(&b, "");
		data = buf_detach(&b, &len);
	} else {
		rc = read_file(name, LIST_MAX_BYTES, &data, &len);
	}
	if (rc < 0) {
		errorf("@%s: %s", name, strerror(errno));
		free(data);
		g->t.failed++;
		g->failed_input++;
		return;
	}
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(data + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - data) : len;
		size_t a = i, b = end;
		while (a < b && (data[a] == ' ' || data[a] == '\t' || data[a] == '\r'))
			a++;
		while (b > a && (data[b - 1] == ' ' || data[b - 1] == '\t' || data[b - 1] == '\r'))
			b--;
		if (a < b && data[a] != '#') {
			char *line = xstrndup(data + a, b - a);
			add_input(line, files, urls, g);
			free(line);
		}
		i = end + 1;
	}
	free(data);
}

/* The name the sniffer sees: the URL's last path segment, with the
 * extension the Content-Type implies when the URL has none. */
static char *sniff_name(const struct fetch_result *r)
{
	const char *u = r->final_url;
	const char *path = strstr(u, "://");
	path = path ? strchr(path + 3, '/') : NULL;
	size_t n = path ? strcspn(path, "?#") : 0;
	char *seg = xstrndup(path ? path : "/", path ? n : 1);
	const char *base = base_name(seg);
	const char *dot = strrchr(base, '.');
	const char *ct = r->content_type ? r->content_type : "";
	const char *ext = NULL;
	if (strcmp(ct, "text/html") == 0 || strcmp(ct, "application/xhtml+xml") == 0)
		ext = dot && (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0 ||
			      strcasecmp(dot, ".xhtml") == 0) ? NULL : ".html";
	else if (strcmp(ct, "text/markdown") == 0)
		ext = ".md";
	else if (strcmp(ct, "text/plain") == 0)
		ext = dot && (strcasecmp(dot, ".md") == 0 || strcasecmp(dot, ".txt") == 0) ? NULL : ".txt";
	char *name = xasprintf("%s%s", *base ? base : "index", ext ? ext : "");
	free(seg);
	return name;
}

static int same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* The page came back unchanged: keep its new validators, if any, so the
 * next --update can be answered with a 304. */
static void refresh_validators(struct run *g, const char *url, const char *etag,
			       const char *last_modified)
{
	unsigned docid;
	char *err = NULL;
	struct idx_record rec = { 0 };
	if (idx_find_source(g->db, url, &docid, &err) != 0 || idx_get(g->db, docid, &rec, &err) != 0) {
		free(err);
		return;
	}
	if ((etag || last_modified) && (!same(rec.etag, etag) || !same(rec.last_modified, last_modified)) &&
	    idx_set_validators(g->db, docid, etag, last_modified, &err) < 0) {
		errorf("index %s: %s: %s", g->path, url, err);
		free(err);
		g->status = EXIT_INDEX;
	}
	idx_record_release(&rec);
}

static int on_fetched(const struct fetch_result *r, void *arg)
{
	struct run *g = arg;
	g->urls_done++;
	if (g->progress && now() - g->last_progress > 0.1) {
		g->last_progress = now();
		progressf("fetch [%3zu%%] %zu/%zu %.60s", g->urls_done * 100 / g->urls, g->urls_done,
			  g->urls, r->url);
	}
	if (r->failure != FETCH_OK) {
		errorf("%s: %s", r->url, r->error);
		g->t.failed++;
		if (r->failure == FETCH_REFUSED)
			g->failed_input++;
		else
			g->failed_network++;
		return interrupted;
	}
	if (r->not_modified) {
		g->t.unchanged++;
		g->not_modified++;
		g->pages_unchanged++;
		if (g->verbose)
			fprintf(stderr, "tracuu: %s: not modified\n", r->url);
		refresh_validators(g, r->url, r->etag, r->last_modified);
		return interrupted || g->status != EXIT_OK;
	}
	char *name = sniff_name(r), *err = NULL;
	struct ingest_doc d = { 0 };
	int rc = ingest_load_bytes(r->body, r->len, name, r->charset, g->iopts, &d, &err);
	free(name);
	if (rc != 0) {
		if (rc > 0) {
			warnf("%s: %s", r->url, err);
			g->t.skipped++;
		} else {
			errorf("%s: %s", r->url, err);
			g->t.failed++;
			g->failed_input++;
		}
		free(err);
		ingest_doc_release(&d);
		return interrupted;
	}
	d.source = xstrdup(r->url);
	d.etag = r->etag ? xstrdup(r->etag) : NULL;
	d.last_modified = r->last_modified ? xstrdup(r->last_modified) : NULL;
	enum idx_add_result res = IDX_ADDED;
	if (add_doc(g, &d, NULL, r->url, &res) == 0 && res == IDX_UNCHANGED) {
		g->pages_unchanged++;
		refresh_validators(g, r->url, r->etag, r->last_modified);
	}
	ingest_doc_release(&d);
	return interrupted || g->status != EXIT_OK;
}

/* --update: every web page in the index, asked for with what it had. */
static int add_indexed_urls(struct run *g, struct url_list *urls, int force)
{
	struct idx_sources src;
	char *err = NULL;
	if (idx_list_web_sources(g->db, &src, &err) < 0) {
		errorf("index %s: %s", g->path, err);
		free(err);
		return -1;
	}
	for (size_t i = 0; i < src.n; i++) {
		url_add(urls, xstrdup(src.v[i].source));
		struct url_req *u = NULL;
		for (size_t k = urls->n; k-- > 0;)
			if (strcmp(urls->v[k].url, src.v[i].source) == 0) {
				u = &urls->v[k];
				break;
			}
		if (u && !force && !u->etag && !u->last_modified) {
			u->etag = src.v[i].etag ? xstrdup(src.v[i].etag) : NULL;
			u->last_modified = src.v[i].last_modified ? xstrdup(src.v[i].last_modified) : NULL;
		}
	}
	idx_sources_release(&src);
	return 0;
}

static int parse_seconds(const char *s, double *out)
{
	char *end;
	if (!s || !*s)
		return -1;
	double v = strtod(s, &end);
	if (*end || !(v >= 0) || v > 86400)
		return -1;
	*out = v;
	return 0;
}

/* "16M", "512K", "1G", "100000" -> bytes. */
static int parse_size(const char *s, size_t *out)
{
	char *end;
	if (!s || !*s || *s == '-')
		return -1;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s)
		return -1;
	unsigned shift = 0;
	if (*end) {
		switch (*end) {
		case 'k': case 'K': shift = 10; break;
		case 'm': case 'M': shift = 20; break;
		case 'g': case 'G': shift = 30; break;
		default: return -1;
		}
		end++;
		if (*end == 'i' || *end == 'I')
			end++;
		if (*end == 'b' || *end == 'B')
			end++;
		if (*end)
			return -1;
	}
	if (v == 0 || v > ((unsigned long long)1 << 40) >> shift)
		return -1;
	*out = (size_t)(v << shift);
	return 0;
}

enum {
	OPT_UPDATE = 256, OPT_FORCE, OPT_IGNORE_ROBOTS, OPT_TIMEOUT, OPT_CONNECT_TIMEOUT,
	OPT_RETRIES, OPT_MAX_SIZE, OPT_MAX_REDIRECTS, OPT_PARALLEL, OPT_DELAY, OPT_USER_AGENT,
	OPT_ENCODING, OPT_BATCH_SIZE, OPT_WAIT, OPT_JOBS, OPT_COMPACT, OPT_NO_COMPACT,
};

int cmd_ingest(int argc, char **argv)
{
	static const struct option opts[] = {
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
		{ NULL, 0, NULL, 0 },
	};
	const char *db_opt = NULL, *root = NULL;
	int verbose = 0, quiet = 0, progress = -1, update = 0, force = 0, c;
	int compact_mode = 0; /* 1 --compact, -1 --no-compact */
	enum ingest_charset encoding = CS_UNKNOWN;
	size_t batch_max = BATCH_DOCS;
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	size_t jobs = cpus < 1 ? 1 : cpus > JOBS_MAX ? JOBS_MAX : (size_t)cpus;
	double wait = -1;
	struct fetch_options fo;
	fetch_options_init(&fo);
	long n;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "vqh", opts, NULL)) != -1) {
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
			if (parse_seconds(optarg, &fo.timeout) < 0 || fo.timeout <= 0)
				return usage_error("ingest", "--timeout needs a number of seconds, not '%s'",
						   optarg);
			break;
		case OPT_CONNECT_TIMEOUT:
			if (parse_seconds(optarg, &fo.connect_timeout) < 0 || fo.connect_timeout <= 0)
				return usage_error("ingest", "--connect-timeout needs a number of seconds, "
						   "not '%s'", optarg);
			break;
		case OPT_DELAY:
			if (parse_seconds(optarg, &fo.host_delay) < 0)
				return usage_error("ingest", "--delay needs a number of seconds, not '%s'",
						   optarg);
			break;
		case OPT_RETRIES:
			if ((n = parse_count(optarg)) < 0 || n > 100)
				return usage_error("ingest", "--retries needs a whole number up to 100, "
						   "not '%s'", optarg);
			fo.retries = (unsigned)n;
			break;
		case OPT_MAX_REDIRECTS:
			if ((n = parse_count(optarg)) < 0 || n > 100)
				return usage_error("ingest", "--max-redirects needs a whole number up to "
						   "100, not '%s'", optarg);
			fo.max_redirects = (unsigned)n;
			break;
		case OPT_PARALLEL:
			if ((n = parse_count(optarg)) < 1 || n > 256)
				return usage_error("ingest", "--parallel needs a whole number from 1 to "
						   "256, not '%s'", optarg);
			fo.max_parallel = (unsigned)n;
			break;
		case OPT_MAX_SIZE:
			if (parse_size(optarg, &fo.max_bytes) < 0)
				return usage_error("ingest", "--max-size needs a size such as 16M, 512K "
						   "or 100000, not '%s'", optarg);
			break;
		case OPT_USER_AGENT: fo.user_agent = optarg; break;
		case OPT_BATCH_SIZE:
			if ((n = parse_count(optarg)) < 1 || n > 1000000)
				return usage_error("ingest", "--batch-size needs a whole number from 1 to "
						   "1000000, not '%s'", optarg);
			batch_max = (size_t)n;
			break;
		case OPT_JOBS:
			if ((n = parse_count(optarg)) < 1 || n > JOBS_MAX)
				return usage_error("ingest", "--jobs needs a whole number from 1 to %d, "
						   "not '%s'", JOBS_MAX, optarg);
			jobs = (size_t)n;
			break;
		case OPT_COMPACT: compact_mode = 1; break;
		case OPT_NO_COMPACT: compact_mode = -1; break;
		case OPT_WAIT:
			wait = 600;
			if (optarg && (parse_seconds(optarg, &wait) < 0))
				return usage_error("ingest", "--wait needs a number of seconds, not '%s'",
						   optarg);
			break;
		default:
			return bad_option("ingest", argc, argv);
		}
	}
	if (optind >= argc && !update)
		return usage_error("ingest", "no files or folders given");
	if (force && !update)
		return usage_error("ingest", "--force goes with --update");
	if (progress < 0)
		progress = !quiet && isatty(2);
	struct ingest_options iopts = { .root = root, .encoding = encoding };

	struct run g = { .iopts = &iopts, .verbose = verbose, .progress = progress,
			 .batch_max = batch_max };
	struct ingest_list list = { 0 };
	struct url_list urls = { 0 };
	for (int i = optind; i < argc; i++) {
		if (argv[i][0] == '@' && argv[i][1])
			add_list(argv[i] + 1, &list, &urls, &g);
		else
			add_input(argv[i], &list, &urls, &g);
	}

	char *err = NULL;
	char *path = dbpath_for_write(db_opt, &err);
	if (!path) {
		errorf("index: %s", err);
		free(err);
		ingest_list_release(&list);
		url_list_release(&urls);
		return EXIT_INDEX;
	}
	g.path = path;
	int orc = idx_open(path, IDX_WRITE, &g.db, &err);
	if (orc == IDX_LOCKED && wait >= 0) {
		/* --wait: try again every 0.2 s until the other writer is done. */
		fprintf(stderr, "tracuu: index %s: %s; waiting for it (at most %.0f s)\n", path, err,
			wait);
		double until = now() + wait;
		while (orc == IDX_LOCKED && now() < until) {
			free(err);
			err = NULL;
			nanosleep(&(struct timespec){ 0, 200000000 }, NULL);
			orc = idx_open(path, IDX_WRITE, &g.db, &err);
		}
		if (orc == IDX_LOCKED) {
			char *e = xasprintf("%s (gave up after waiting %.0f s)", err, wait);
			free(err);
			err = e;
		}
	}
	if (orc < 0) {
		errorf("index %s: %s", path, err);
		free(err);
		free(path);
		ingest_list_release(&list);
		url_list_release(&urls);
		return EXIT_INDEX;
	}
	const char *why_not;
	size_t recovered = idx_recovered(g.db, &why_not);
	if (why_not)
		warnf("index %s: the documents an interrupted bulk run had written could not be "
		      "merged (%s); they were dropped, run that ingest again", path, why_not);
	else if (recovered && !quiet)
		fprintf(stderr, "tracuu: index %s: merged the %zu documents an interrupted bulk run "
			"had written\n", path, recovered);
	/* URLs given with --update are asked for conditionally too; with none
	 * given, every page in the index is (files given are ingested as usual). */
	int update_all = update && urls.n == 0;
	if (update && (update_all || urls.n)) {
		struct url_list known = { 0 };
		if (add_indexed_urls(&g, &known, force) < 0) {
			idx_close(g.db);
			free(path);
			ingest_list_release(&list);
			url_list_release(&urls);
			url_list_release(&known);
			return EXIT_INDEX;
		}
		if (update_all) {
			url_list_release(&urls);
			urls = known;
		} else {
			for (size_t i = 0; i < urls.n; i++)
				for (size_t k = 0; k < known.n; k++)
					if (strcmp(urls.v[i].url, known.v[k].url) == 0) {
						urls.v[i].etag = known.v[k].etag;
						urls.v[i].last_modified = known.v[k].last_modified;
						known.v[k].etag = known.v[k].last_modified = NULL;
					}
			url_list_release(&known);
		}
	}

	g.bulk = want_bulk(&g, compact_mode, update, list.n + urls.n, jobs);

	struct sigaction sa = { 0 }, old_int, old_term;
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);

	size_t done = 0;
	double t0 = now(), last_progress = 0;
	ingest_init();
	struct pipeline pl;
	int piped = jobs > 1 && list.n > 1 &&
		    pipeline_start(&pl, &list, &iopts, path, jobs < list.n ? jobs : list.n) == 0;
	for (size_t i = 0; i < list.n && !interrupted; i++) {
		const struct ingest_file *f = &list.v[i];
		done = i + 1;
		if (progress && now() - last_progress > 0.1) {
			last_progress = now();
			progressf("ingest [%3zu%%] %zu/%zu %.50s", i * 100 / list.n, i, list.n,
				  base_name(f->path));
		}
		struct loaded one = { 0 }, *s = &one;
		if (piped)
			s = pipeline_wait(&pl, i);
		else
			load(&one, f, &iopts, NULL);
		int arc = 0;
		if (f->skip_why) {
			warnf("%s: %s", f->path, f->skip_why);
			g.t.skipped++;
		} else if (s->rc > 0) {
			warnf("%s: %s", f->path, s->err);
			g.t.skipped++;
		} else if (s->rc < 0) {
			errorf("%s: %s", f->path, s->err);
			g.t.failed++;
			g.failed_input++;
		} else {
			arc = add_doc(&g, &s->d, s->prep, f->path, NULL);
		}
		if (piped)
			pipeline_done(&pl, i);
		else
			loaded_release(&one);
		if (arc < 0)
			break;
	}
	if (piped)
		pipeline_stop(&pl);

	if (urls.n && g.status == EXIT_OK && !interrupted) {
		struct fetch_request *reqs = xcalloc(urls.n, sizeof *reqs);
		for (size_t i = 0; i < urls.n; i++)
			reqs[i] = (struct fetch_request){ urls.v[i].url, urls.v[i].etag,
							  urls.v[i].last_modified };
		g.urls = urls.n;
		fo.cancel = &interrupted;
		if (fetch_run(reqs, urls.n, &fo, on_fetched, &g, &err) < 0) {
			errorf("fetch: %s", err);
			free(err);
			err = NULL;
			g.t.failed += urls.n;
			g.failed_network += urls.n;
		}
		free(reqs);
	}

	unsigned long long before = 0, after = 0;
	int compacted = 0;
	if (g.bulk && g.status == EXIT_OK) {
		/* Ctrl-C now stops the merge: the index stays as it was and the
		 * next writer merges the segments (idx_open). */
		sigaction(SIGINT, &old_int, NULL);
		sigaction(SIGTERM, &old_term, NULL);
		compacted = merge(&g, &before, &after);
	} else if (!g.bulk && g.status == EXIT_OK && commit(&g) == 0) {
		settle(&g);
	}
	if (!g.bulk && g.status == EXIT_OK && !interrupted) {
		/* A kill leaves the index whole, so Ctrl-C may stop a compaction. */
		sigaction(SIGINT, &old_int, NULL);
		sigaction(SIGTERM, &old_term, NULL);
		compacted = compact_index(&g, compact_mode, &before, &after);
	}
	if (progress)
		progress_done();
	idx_close(g.db);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);

	if (g.status == EXIT_INDEX && g.bulk) {
		size_t lost = g.t.added + g.t.replaced;
		errorf("index %s: none of this run's %zu new or changed documents were written; "
		       "the index is as it was before the run", path, lost);
		g.t.added = g.t.replaced = 0;
		g.t.failed += lost;
	} else if (g.status == EXIT_INDEX) {
		/* The summary counts what the index holds: the documents of the
		 * batch that could not be committed count as failed. */
		size_t lost = g.t.added + g.t.replaced - g.committed;
		errorf("index %s: the last batch (%zu documents) was not committed; the index "
		       "keeps its state from before it, with %zu documents of this run", path, lost,
		       g.committed);
		g.t.added = g.kept.added;
		g.t.replaced = g.kept.replaced;
		g.t.failed += lost;
	}
	else if (interrupted && urls.n)
		errorf("interrupted after %zu of %zu files and %zu of %zu pages; what was read is "
		       "committed: run the same command again to finish", done, list.n, g.urls_done,
		       urls.n);
	else if (interrupted)
		errorf("interrupted after %zu of %zu files; what was read is committed: run the "
		       "same command again to finish", done, list.n);
	if (!quiet) {
		printf("%zu added, %zu replaced, %zu unchanged, %zu skipped, %zu failed\n",
		       g.t.added, g.t.replaced, g.t.unchanged, g.t.skipped, g.t.failed);
		if (compacted)
			printf("index compacted: %.1f MiB -> %.1f MiB\n", before / 1048576.0,
			       after / 1048576.0);
		if (update) {
			size_t reindexed = g.t.added + g.t.replaced;
			if (reindexed == 0)
				printf("update: %zu pages checked, nothing re-indexed (%zu not modified, "
				       "%zu with the same text)\n", urls.n, g.not_modified,
				       g.pages_unchanged - g.not_modified);
			else
				printf("update: %zu pages checked, %zu re-indexed (%zu not modified)\n",
				       urls.n, reindexed, g.not_modified);
		}
		if (progress)
			fprintf(stderr, "tracuu: %zu files and %zu pages in %.1f s into %s\n", list.n,
				urls.n, now() - t0, path);
	}
	if (list.hidden_skipped && verbose)
		fprintf(stderr, "tracuu: %zu hidden files and folders passed over\n",
			list.hidden_skipped);
	free(path);
	ingest_list_release(&list);
	url_list_release(&urls);
	if (g.status != EXIT_OK)
		return g.status;
	if (interrupted)
		return EXIT_INTERRUPTED;
	if (g.failed_input)
		return EXIT_INPUT;
	return g.failed_network ? EXIT_NETWORK : EXIT_OK;
}
