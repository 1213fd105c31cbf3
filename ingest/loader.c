/* loader.c — the files of a list loaded on worker threads and handed out in
 * the list's order; and a fetched page loaded as a document. */
#include "ingest/ingest.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <unistd.h>

/* Reading, decoding, extracting and the caller's prepare step (building a
 * file's terms and record) run on the worker threads; the caller takes the
 * files in the list's order, so that what it writes, and in which order, is
 * what one thread would have written. Files are loaded at most a window
 * ahead of the one being taken, and with a bound on their text, so memory
 * stays bounded whatever the list. */
#define AHEAD_PER_JOB 32                  /* files loaded ahead, per worker */
#define AHEAD_BYTES ((size_t)32 << 20)    /* their text, all together */
#define WORKER_NICE 5

enum slot_state { SLOT_FREE, SLOT_LOADING, SLOT_READY, SLOT_DONE };

struct slot {
	struct ingest_loaded l;
	enum slot_state state;
	size_t cost;        /* text counted against AHEAD_BYTES */
};

struct ingest_loader {
	pthread_mutex_t mu;
	pthread_cond_t work, ready; /* workers wait on work, the caller on ready */
	const struct ingest_list *list;
	const struct ingest_options *opts;
	struct ingest_prepare prep;
	struct slot *slot;     /* file i is loaded into slot[i % window] */
	size_t window;
	size_t next;           /* the next file a worker loads */
	size_t taking;         /* the file the caller waits for or holds */
	size_t freed;          /* the next file whose slot a worker empties */
	size_t bytes;          /* text held in slots */
	int stop;
	pthread_t *threads;
	size_t nthreads;       /* 0: the caller's thread loads, without prepare */
	struct ingest_loaded one;
};

static void load(struct ingest_loaded *s, const struct ingest_file *f,
		 const struct ingest_options *o, const struct ingest_prepare *prep, void *state)
{
	memset(s, 0, sizeof *s);
	if (f->skip_why)
		return;
	s->rc = ingest_load_file(f->path, o, &s->doc, &s->err);
	if (s->rc == 0 && prep && prep->prepare)
		s->prepared = prep->prepare(state, &s->doc, prep->arg);
}

static void loaded_release(struct ingest_loaded *s, const struct ingest_prepare *prep)
{
	free(s->err);
	ingest_doc_release(&s->doc);
	if (s->prepared && prep->release)
		prep->release(s->prepared, prep->arg);
	s->err = NULL;
	s->prepared = NULL;
}

static void *worker(void *arg)
{
	struct ingest_loader *ld = arg;
#ifdef __linux__
	/* Nice values are per thread on Linux. The run waits on the caller's
	 * thread, which writes: it goes first. */
	setpriority(PRIO_PROCESS, 0, getpriority(PRIO_PROCESS, 0) + WORKER_NICE);
#endif
	void *state = ld->prep.thread_begin ? ld->prep.thread_begin(ld->prep.arg) : NULL;
	pthread_mutex_lock(&ld->mu);
	while (!ld->stop) {
		struct slot *s;
		if (ld->freed < ld->taking) {
			/* A slot the caller is done with: emptied here, so that
			 * freeing documents' terms does not slow the thread the
			 * run waits on. */
			s = &ld->slot[ld->freed++ % ld->window];
			pthread_mutex_unlock(&ld->mu);
			loaded_release(&s->l, &ld->prep);
			pthread_mutex_lock(&ld->mu);
			s->state = SLOT_FREE;
			ld->bytes -= s->cost;
			continue;
		}
		/* The file the caller waits for is always loaded (once its slot
		 * is empty); others within the byte budget. */
		if (ld->next >= ld->list->n || ld->slot[ld->next % ld->window].state != SLOT_FREE ||
		    (ld->bytes >= AHEAD_BYTES && ld->next != ld->taking)) {
			pthread_cond_wait(&ld->work, &ld->mu);
			continue;
		}
		size_t i = ld->next++;
		s = &ld->slot[i % ld->window];
		s->state = SLOT_LOADING;
		pthread_mutex_unlock(&ld->mu);
		load(&s->l, &ld->list->v[i], ld->opts, &ld->prep, state);
		pthread_mutex_lock(&ld->mu);
		s->state = SLOT_READY;
		s->cost = s->l.doc.text_len;
		ld->bytes += s->cost;
		pthread_cond_signal(&ld->ready);
	}
	pthread_mutex_unlock(&ld->mu);
	if (ld->prep.thread_end)
		ld->prep.thread_end(state, ld->prep.arg);
	return NULL;
}

size_t ingest_default_jobs(void)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	return cpus < 1 ? 1 : cpus > INGEST_JOBS_MAX ? INGEST_JOBS_MAX : (size_t)cpus;
}

ingest_loader *ingest_loader_new(const struct ingest_list *list, const struct ingest_options *o,
				 size_t jobs, const struct ingest_prepare *prep)
{
	ingest_loader *ld = xcalloc(1, sizeof *ld);
	ld->list = list;
	ld->opts = o;
	if (prep)
		ld->prep = *prep;
	if (jobs > list->n)
		jobs = list->n;
	if (jobs < 2)
		return ld;
	pthread_mutex_init(&ld->mu, NULL);
	pthread_cond_init(&ld->work, NULL);
	pthread_cond_init(&ld->ready, NULL);
	ld->window = jobs * AHEAD_PER_JOB;
	ld->slot = xcalloc(ld->window, sizeof *ld->slot);
	ld->threads = xcalloc(jobs, sizeof *ld->threads);
	/* Signals are the caller's thread's to see (Ctrl-C stops a run there). */
	sigset_t block, old;
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &block, &old);
	while (ld->nthreads < jobs &&
	       pthread_create(&ld->threads[ld->nthreads], NULL, worker, ld) == 0)
		ld->nthreads++;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (ld->nthreads == 0) {
		free(ld->slot);
		free(ld->threads);
		ld->slot = NULL;
		ld->threads = NULL;
		pthread_mutex_destroy(&ld->mu);
		pthread_cond_destroy(&ld->work);
		pthread_cond_destroy(&ld->ready);
	}
	return ld;
}

struct ingest_loaded *ingest_loader_get(ingest_loader *ld, size_t i)
{
	if (!ld->nthreads) {
		load(&ld->one, &ld->list->v[i], ld->opts, NULL, NULL);
		return &ld->one;
	}
	struct slot *s = &ld->slot[i % ld->window];
	pthread_mutex_lock(&ld->mu);
	while (s->state != SLOT_READY)
		pthread_cond_wait(&ld->ready, &ld->mu);
	pthread_mutex_unlock(&ld->mu);
	return &s->l;
}

void ingest_loader_done(ingest_loader *ld, size_t i)
{
	if (!ld->nthreads) {
		loaded_release(&ld->one, &ld->prep);
		return;
	}
	/* A worker empties the slot, for file i + window. */
	pthread_mutex_lock(&ld->mu);
	ld->slot[i % ld->window].state = SLOT_DONE;
	ld->taking = i + 1;
	pthread_cond_broadcast(&ld->work);
	pthread_mutex_unlock(&ld->mu);
}

void ingest_loader_free(ingest_loader *ld)
{
	if (!ld)
		return;
	if (ld->nthreads) {
		pthread_mutex_lock(&ld->mu);
		ld->stop = 1;
		pthread_cond_broadcast(&ld->work);
		pthread_mutex_unlock(&ld->mu);
		for (size_t t = 0; t < ld->nthreads; t++)
			pthread_join(ld->threads[t], NULL);
		for (size_t k = 0; k < ld->window; k++)
			if (ld->slot[k].state == SLOT_READY || ld->slot[k].state == SLOT_DONE)
				loaded_release(&ld->slot[k].l, &ld->prep);
		free(ld->slot);
		free(ld->threads);
		pthread_mutex_destroy(&ld->mu);
		pthread_cond_destroy(&ld->work);
		pthread_cond_destroy(&ld->ready);
	}
	free(ld);
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
	const char *slash = strrchr(seg, '/');
	const char *base = slash ? slash + 1 : seg;
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

int ingest_load_fetched(const struct fetch_result *r, const struct ingest_options *o,
			struct ingest_doc *d, char **err)
{
	char *name = sniff_name(r);
	int rc = ingest_load_bytes(r->body, r->len, name, r->charset, o, d, err);
	free(name);
	if (rc != 0)
		return rc;
	d->source = xstrdup(r->url);
	d->etag = r->etag ? xstrdup(r->etag) : NULL;
	d->last_modified = r->last_modified ? xstrdup(r->last_modified) : NULL;
	return 0;
}
