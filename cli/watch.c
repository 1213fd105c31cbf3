/* watch.c — `tracuu ingest --watch`: the folders given followed with inotify,
 * changed files let settle, bursts batched, each batch one ingest run. */
#include "cli/watch.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "util/util.h"

/* A batch starts DEBOUNCE s after the last event of a burst, or MAX_DELAY s
 * after its first when it goes on. A file goes in once no write is open on
 * it since it was closed and its size and modification time have stayed
 * the same for SETTLE s: a copy still running is never read half-written. */
#define DEBOUNCE 1.0
#define MAX_DELAY 4.0
#define SETTLE 0.5
/* How often a folder given is checked to still be where it was (renaming a
 * folder above it sends no event), and a gone one looked for. */
#define ROOT_POLL 2.0

/* IN_ATTRIB: a folder or a file that could not be read may be readable
 * now (its mode or owner changed), which sends no other event. */
#define WATCH_MASK (IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE | \
		    IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW | \
		    IN_EXCL_UNLINK)

/* A folder watched, by its watch descriptor. */
struct folder {
	char *path; /* NULL: not watched */
	size_t root;
};

/* A folder given. */
struct root {
	const char *given;
	char *path; /* resolved */
	int gone;   /* moved away or deleted: looked for every ROOT_POLL s */
	int wd;     /* its watch, or -1: it could not be watched (say, not
		     * readable): tried again every ROOT_POLL s */
	dev_t dev;
	ino_t ino;
};

/* A path with changes not yet ingested. */
struct change {
	char *path; /* NULL: a free slot */
	size_t root;
	unsigned add : 1;     /* closed after writing, moved in, or met in a new folder */
	unsigned writing : 1; /* written to since: a write is open */
	unsigned gone : 1;    /* deleted or moved away: its documents may go */
	off_t size;
	struct timespec mtime;
	double since; /* when size and mtime were last seen to change */
};

struct watcher {
	const struct cli_watch *o;
	struct ingest_run_options ro;
	int fd;
	struct folder *fv;
	size_t nf, nwatched;
	struct root *rv;
	struct change *cv; /* open addressing by path */
	size_t cap, nc;
	double next_batch; /* 0: nothing pending */
	double first;      /* the burst's first event */
	double next_roots;
	int overflow, warned_limit;
	/* Files not indexed as the same content as another's (IDX_DUPLICATE),
	 * with that holder's source: when the holder's file goes, the file
	 * is read again and its document moves there. */
	struct dup {
		char *path, *holder;
	} *dv;
	size_t nd;
	/* Files that could not be read (INGEST_RUN_FAILED): read again when
	 * their mode or owner changes (IN_ATTRIB), as a permission is given. */
	char **failv;
	size_t nfail;
	/* Changes a batch stopped by a signal did not reach: the files of
	 * its list past the last one read, its removals when it stopped
	 * before them (the changes still pending are counted at the end). */
	size_t left_files, left_removals;
};

/* The watcher whose runs report to watch_outcome (one a process). */
static struct watcher *watching;

static volatile sig_atomic_t stop, hangup;
static struct sigaction saved_int, saved_term, saved_hup;

static void on_signal(int sig)
{
	if (sig == SIGHUP)
		hangup = 1;
	else
		stop = 1;
}

static void catch_signals(void)
{
	struct sigaction sa = { 0 };
	sa.sa_handler = on_signal; /* no SA_RESTART: a wait ends at once */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

/* Before a compaction, which a kill leaves whole: the signals as they were. */
static void release_signals(void *arg)
{
	(void)arg;
	sigaction(SIGINT, &saved_int, NULL);
	sigaction(SIGTERM, &saved_term, NULL);
	sigaction(SIGHUP, &saved_hup, NULL);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *join(const char *dir, const char *name)
{
	return xasprintf("%s%s%s", dir, strcmp(dir, "/") == 0 ? "" : "/", name);
}

/* Is path p, or a path under it, q? */
static int under(const char *q, const char *p)
{
	size_t n = strlen(p);
	return strncmp(q, p, n) == 0 && (q[n] == '\0' || q[n] == '/');
}

/* ---- changes pending, by path ------------------------------------------- */

static size_t slot_of(const struct watcher *w, const char *path)
{
	uint64_t h = 1469598103934665603u;
	for (const unsigned char *p = (const unsigned char *)path; *p; p++)
		h = (h ^ *p) * 1099511628211u;
	size_t i = (size_t)(h & (w->cap - 1));
	while (w->cv[i].path && strcmp(w->cv[i].path, path) != 0)
		i = (i + 1) & (w->cap - 1);
	return i;
}

/* The table rebuilt at cap, keeping the entries with a path. */
static void changes_rebuild(struct watcher *w, size_t cap)
{
	struct change *old = w->cv;
	size_t oldcap = w->cap;
	w->cap = cap;
	w->cv = xcalloc(cap, sizeof *w->cv);
	w->nc = 0;
	for (size_t i = 0; i < oldcap; i++) {
		if (!old[i].path)
			continue;
		w->cv[slot_of(w, old[i].path)] = old[i];
		w->nc++;
	}
	free(old);
}

static struct change *change_get(struct watcher *w, const char *path, size_t root)
{
	if (2 * (w->nc + 1) > w->cap)
		changes_rebuild(w, w->cap ? 2 * w->cap : 64);
	struct change *c = &w->cv[slot_of(w, path)];
	if (!c->path) {
		*c = (struct change){ .path = xstrdup(path), .root = root };
		w->nc++;
	}
	return c;
}

static void change_drop(struct change *c)
{
	free(c->path);
	c->path = NULL;
}

/* Is a write open on path since its last close (its own events settle it)? */
static int being_written(const struct watcher *w, const char *path)
{
	if (!w->cap)
		return 0;
	const struct change *c = &w->cv[slot_of(w, path)];
	return c->path && c->writing;
}

/* A file closed, moved in or met: to be read once it has settled. */
static void change_added(struct watcher *w, const char *path, size_t root, double t)
{
	struct change *c = change_get(w, path, root);
	struct stat st;
	c->add = 1;
	c->writing = 0;
	if (lstat(path, &st) == 0) {
		c->size = st.st_size;
		c->mtime = st.st_mtim;
	}
	c->since = t;
}

static void schedule(struct watcher *w, double t)
{
	if (!w->next_batch)
		w->first = t;
	w->next_batch = t + DEBOUNCE < w->first + MAX_DELAY ? t + DEBOUNCE : w->first + MAX_DELAY;
}

/* ---- folders watched -------------------------------------------------------- */

static void folder_set(struct watcher *w, int wd, char *path, size_t root)
{
	if ((size_t)wd >= w->nf) {
		size_t n = (size_t)wd + 64;
		w->fv = xrealloc(w->fv, n * sizeof *w->fv);
		memset(w->fv + w->nf, 0, (n - w->nf) * sizeof *w->fv);
		w->nf = n;
	}
	if (w->fv[wd].path)
		free(w->fv[wd].path);
	else
		w->nwatched++;
	w->fv[wd] = (struct folder){ path, root };
}

/* The folder path and those under it no longer watched (moved away or
 * deleted). */
static void unwatch_under(struct watcher *w, const char *path)
{
	for (size_t i = 0; i < w->nf; i++) {
		if (!w->fv[i].path || !under(w->fv[i].path, path))
			continue;
		inotify_rm_watch(w->fd, (int)i);
		free(w->fv[i].path);
		w->fv[i].path = NULL;
		w->nwatched--;
	}
}

/* A folder to watch, and whether it was reached through a symbolic link. */
struct watch_dir {
	char *path;
	int link;
};

/* Watches top and the folders under it (not hidden ones; through links to
 * folders only with --follow: as the walk); with pend, its files are
 * changes to read (a folder created or moved in: files may be there before
 * its watch). link: top is reached through a symbolic link. Returns top's
 * watch, or -1 when it could not be watched (said unless quiet: a folder
 * given tried again). */
static int watch_tree(struct watcher *w, const char *top, size_t root, int pend, double t, int link,
		      int quiet)
{
	struct watch_dir *stack = xmalloc(sizeof *stack);
	size_t n = 1, cap = 1;
	stack[0] = (struct watch_dir){ xstrdup(top), link };
	/* With --follow a link is watched as the folder it names (no
	 * IN_DONT_FOLLOW); without, the walk does not go there either. */
	uint32_t mask = w->o->follow ? WATCH_MASK & ~(uint32_t)IN_DONT_FOLLOW : WATCH_MASK;
	int top_wd = -1, first = 1;
	while (n) {
		char *dir = stack[n - 1].path;
		int via_link = stack[--n].link;
		int wd = inotify_add_watch(w->fd, dir, mask), is_top = first;
		first = 0;
		if (wd < 0) {
			if (errno == ENOSPC && !w->warned_limit && !quiet)
				warnf("%s: not watched: the system's limit of folders watched is "
				      "reached (raise fs.inotify.max_user_watches)", dir);
			else if (errno != ENOSPC && errno != ENOENT && errno != ENOTDIR && !quiet)
				warnf("%s: not watched: %s", dir, strerror(errno));
			w->warned_limit |= errno == ENOSPC;
			free(dir);
			continue;
		}
		/* A folder reached through a link and watched already (the
		 * kernel gives its watch again): a loop, or a second way to
		 * it; each folder is watched once, as the walk walks it once. */
		if (via_link && (size_t)wd < w->nf && w->fv[wd].path) {
			free(dir);
			continue;
		}
		folder_set(w, wd, dir, root);
		if (is_top)
			top_wd = wd;
		DIR *d = opendir(dir);
		if (!d) {
			if (errno != ENOENT)
				warnf("%s: not watched: cannot read the folder (%s)", dir,
				      strerror(errno));
			continue;
		}
		struct dirent *de;
		while ((de = readdir(d))) {
			if (de->d_name[0] == '.')
				continue;
			char *p = join(dir, de->d_name);
			struct stat st;
			int is_link = lstat(p, &st) == 0 && S_ISLNK(st.st_mode);
			if (is_link && w->o->follow && stat(p, &st) < 0)
				st.st_mode = 0;
			if ((!is_link || w->o->follow) && S_ISDIR(st.st_mode)) {
				if (n == cap)
					stack = xrealloc(stack, (cap *= 2) * sizeof *stack);
				stack[n++] = (struct watch_dir){ p, is_link };
				continue;
			}
			if (pend && !ingest_temp_name(de->d_name))
				change_added(w, p, root, t);
			free(p);
		}
		closedir(d);
	}
	free(stack);
	return top_wd;
}

/* ---- runs ----------------------------------------------------------------- */

static void dup_drop(struct watcher *w, size_t i)
{
	free(w->dv[i].path);
	free(w->dv[i].holder);
	w->dv[i] = w->dv[--w->nd];
}

/* The files that could not be read, path or under it, forgotten (gone). */
static void failed_forget(struct watcher *w, const char *path)
{
	for (size_t i = 0; i < w->nfail; i++)
		if (under(w->failv[i], path)) {
			free(w->failv[i]);
			w->failv[i--] = w->failv[--w->nfail];
		}
}

static void failed_clear(struct watcher *w)
{
	while (w->nfail)
		free(w->failv[--w->nfail]);
}

static int failed_has(const struct watcher *w, const char *path)
{
	for (size_t i = 0; i < w->nfail; i++)
		if (strcmp(w->failv[i], path) == 0)
			return 1;
	return 0;
}

/* Every outcome as the command says it; a duplicate is kept in mind, a
 * file indexed otherwise is none any more; a file that could not be read is
 * kept in mind until it is read or gone. */
static void watch_outcome(const struct ingest_run_outcome *o, void *arg)
{
	struct watcher *w = watching;
	if (w && o->name && (o->kind == INGEST_RUN_FAILED || o->kind == INGEST_RUN_SKIPPED ||
			     o->kind == INGEST_RUN_INDEXED)) {
		failed_forget(w, o->name);
		if (o->kind == INGEST_RUN_FAILED) {
			w->failv = xrealloc(w->failv, (w->nfail + 1) * sizeof *w->failv);
			w->failv[w->nfail++] = xstrdup(o->name);
		}
	}
	if (w && o->kind == INGEST_RUN_INDEXED && o->name) {
		for (size_t i = 0; i < w->nd; i++)
			if (strcmp(w->dv[i].path, o->name) == 0)
				dup_drop(w, i--);
		if (o->res == IDX_DUPLICATE && o->dup_of) {
			w->dv = xrealloc(w->dv, (w->nd + 1) * sizeof *w->dv);
			w->dv[w->nd++] = (struct dup){ xstrdup(o->name), xstrdup(o->dup_of) };
		}
	}
	if (w && w->o->ro.on_outcome)
		w->o->ro.on_outcome(o, arg);
}

/* The folder given that path is under (the first). */
static size_t root_of(const struct watcher *w, const char *path)
{
	for (size_t i = 0; i < w->o->ndirs; i++)
		if (w->rv[i].path && under(path, w->rv[i].path))
			return i;
	return 0;
}

static ingest_run *open_run(struct watcher *w)
{
	ingest_run *run = NULL;
	char *err = NULL;
	if (ingest_run_open(w->o->db, &w->ro, &run, &err) < 0) {
		if (!stop)
			errorf("index %s: %s", w->o->db, err);
		free(err);
		return NULL;
	}
	*w->o->current = run;
	return run;
}

/* The run's line, when it did anything; closes it. Returns -1 when the
 * index failed. */
static int close_run(struct watcher *w, ingest_run *run, const char *what)
{
	const struct idx_writer_summary *s = ingest_run_summary(run);
	const struct ingest_run_counts *c = ingest_run_counts(run);
	int failed = s->failed;
	size_t added = failed ? s->kept_added : s->added;
	size_t changed = failed ? s->kept_replaced : s->replaced;
	size_t moved = failed ? s->kept_moved : s->moved;
	size_t removed = failed ? s->kept_removed : s->removed;
	size_t skipped = c->skipped + s->duplicates;
	if (!w->o->quiet && (what || added || changed || moved || removed || c->failed || skipped)) {
		char extra[160] = "";
		if (s->unchanged)
			snprintf(extra + strlen(extra), sizeof extra - strlen(extra),
				 ", %zu unchanged", s->unchanged);
		if (skipped)
			snprintf(extra + strlen(extra), sizeof extra - strlen(extra),
				 ", %zu skipped", skipped);
		if (c->failed)
			snprintf(extra + strlen(extra), sizeof extra - strlen(extra),
				 ", %zu failed", c->failed);
		if (s->compacted)
			snprintf(extra + strlen(extra), sizeof extra - strlen(extra),
				 "; index compacted");
		notef("watch: %s%s%zu added, %zu changed, %zu moved, %zu removed%s", what ? what : "",
		      what ? ": " : "", added, changed, moved, removed, extra);
	}
	if (failed)
		errorf("index %s: the watch stops: the last batch was not committed (the index "
		       "keeps what was committed before it)", w->o->db);
	else if (stop && what)
		errorf("interrupted while ingesting %s; what was read is committed", what);
	*w->o->current = NULL;
	ingest_run_close(run);
	progress_done();
	catch_signals(); /* given back for a compaction */
	return failed ? -1 : 0;
}

/* The run's additions and removals committed and settled, compacted when
 * due, as every ingest. */
static void end_run(ingest_run *run)
{
	ingest_run_finish(run);
	ingest_run_compact(run);
}

/* The folders given (roots[i] for i in which) ingested in full, with the
 * removal of what is gone: the start, a folder back, a lost event queue. */
static int sync_roots(struct watcher *w, const size_t *which, size_t n, const char *what)
{
	struct ingest_list list = { .follow = w->o->follow, .include_ext = w->o->include_ext };
	for (size_t i = 0; i < n; i++) {
		char *err = NULL;
		if (ingest_list_add(&list, w->rv[which[i]].path, &err) < 0) {
			errorf("%s: %s", w->rv[which[i]].given, err);
			free(err);
		}
	}
	ingest_run *run = open_run(w);
	int rc = -1;
	if (run) {
		ingest_run_plan(run, list.n);
		ingest_run_add_files(run, &list);
		ingest_run_remove_missing(run, &list);
		end_run(run);
		rc = close_run(w, run, what);
	}
	ingest_list_release(&list);
	return rc;
}

static int cmp_change(const void *a, const void *b)
{
	return strcmp((*(struct change *const *)a)->path, (*(struct change *const *)b)->path);
}

/* The changes ready, ingested as one run: files settled are read (in path
 * order), then the documents of what is gone are removed (a file renamed
 * has met its content again under its new name first and moved). The
 * others wait. Returns -1 when the index failed. */
static int run_batch(struct watcher *w, double t)
{
	struct change **add = xmalloc((w->nc + 1) * sizeof *add);
	struct change **gone = xmalloc((w->nc + 1) * sizeof *gone);
	size_t nadd = 0, ngone = 0, waiting = 0, nrequeue = 0;
	char **requeue = NULL;
	for (size_t i = 0; i < w->cap; i++) {
		struct change *c = &w->cv[i];
		struct stat st;
		if (!c->path)
			continue;
		if (lstat(c->path, &st) < 0) {
			gone[ngone++] = c; /* whatever happened before, it is not there */
		} else if (c->add && !c->writing) {
			if (st.st_size != c->size || st.st_mtim.tv_sec != c->mtime.tv_sec ||
			    st.st_mtim.tv_nsec != c->mtime.tv_nsec) {
				c->size = st.st_size;
				c->mtime = st.st_mtim;
				c->since = t;
			}
			if (t - c->since >= SETTLE)
				add[nadd++] = c;
			else
				waiting++;
		} else if (c->writing) {
			waiting++;
		} else {
			change_drop(c); /* gone, and back before the batch: its events say how */
		}
	}
	int rc = 0;
	ingest_run *run = nadd || ngone ? open_run(w) : NULL;
	if (run) {
		struct ingest_list list = { .follow = w->o->follow, .include_ext = w->o->include_ext };
		char **names = xmalloc((ngone + 1) * sizeof *names);
		if (nadd > 1)
			qsort(add, nadd, sizeof *add, cmp_change);
		for (size_t i = 0; i < nadd; i++)
			ingest_list_add_found(&list, add[i]->path);
		for (size_t i = 0; i < ngone; i++)
			names[i] = path_source_name(gone[i]->path, w->ro.load.root);
		ingest_run_add_files(run, &list);
		if (stop)
			w->left_files = nadd - ingest_run_counts(run)->files_done;
		if (stop && ngone)
			w->left_removals = ngone; /* ingest_run_remove_gone does none */
		ingest_run_remove_gone(run, names, ngone);
		end_run(run);
		rc = close_run(w, run, NULL);
		/* A file that held the same content as one gone now holds it
		 * alone: read again (next batch), its document moves there. */
		for (size_t i = 0; rc == 0 && i < ngone; i++)
			for (size_t k = 0; k < w->nd; k++)
				if (strcmp(w->dv[k].holder, names[i]) == 0) {
					requeue = xrealloc(requeue, (nrequeue + 1) * sizeof *requeue);
					requeue[nrequeue++] = w->dv[k].path;
					w->dv[k].path = NULL;
					free(w->dv[k].holder);
					w->dv[k] = w->dv[--w->nd];
					k--;
				}
		for (size_t i = 0; i < ngone; i++)
			free(names[i]);
		free(names);
		ingest_list_release(&list);
		for (size_t i = 0; i < nadd; i++)
			change_drop(add[i]);
		for (size_t i = 0; i < ngone; i++)
			change_drop(gone[i]);
	} else if (nadd || ngone) {
		rc = -1; /* the index could not be opened (said) */
	}
	free(add);
	free(gone);
	changes_rebuild(w, w->cap);
	for (size_t i = 0; i < nrequeue; i++) {
		if (access(requeue[i], F_OK) == 0) {
			change_added(w, requeue[i], root_of(w, requeue[i]), t - SETTLE);
			waiting++;
		}
		free(requeue[i]);
	}
	free(requeue);
	w->next_batch = 0;
	if (waiting && !stop) {
		w->first = t;
		w->next_batch = t + SETTLE;
	}
	return rc;
}

/* ---- folders given ---------------------------------------------------------- */

static void root_gone(struct watcher *w, size_t i, double t)
{
	struct root *r = &w->rv[i];
	r->gone = 1;
	r->wd = -1;
	unwatch_under(w, r->path);
	failed_forget(w, r->path);
	change_get(w, r->path, i)->gone = 1;
	schedule(w, t);
	warnf("%s: the folder watched was moved away or deleted: its documents are removed; "
	      "it is looked for every %.0f s, and ingested again when it is back", r->given,
	      ROOT_POLL);
}

static int root_here(struct root *r, struct stat *st)
{
	return stat(r->path, st) == 0 && S_ISDIR(st->st_mode);
}

/* Folders given still where they were, gone ones back. */
static int check_roots(struct watcher *w, double t)
{
	w->next_roots = t + ROOT_POLL;
	for (size_t i = 0; i < w->o->ndirs; i++) {
		struct root *r = &w->rv[i];
		struct stat st;
		int here = root_here(r, &st);
		if (!r->gone && (!here || st.st_dev != r->dev || st.st_ino != r->ino)) {
			root_gone(w, i, t);
		} else if (r->gone && here) {
			r->gone = 0;
			r->dev = st.st_dev;
			r->ino = st.st_ino;
			if (!w->o->quiet)
				notef("%s: the folder watched is back: ingested again", r->given);
			r->wd = watch_tree(w, r->path, i, 0, t, 0, 0);
			if (sync_roots(w, &i, 1, r->given) < 0)
				return -1;
		} else if (!r->gone && r->wd < 0 &&
			   (r->wd = watch_tree(w, r->path, i, 0, t, 0, 1)) >= 0) {
			/* It could not be watched (not readable): now it can. */
			if (!w->o->quiet)
				notef("%s: the folder given can be read now: watched and ingested",
				      r->given);
			if (sync_roots(w, &i, 1, r->given) < 0)
				return -1;
		}
	}
	return 0;
}

/* The kernel dropped events, or SIGHUP asked: every folder watched and
 * ingested again. */
static int rescan(struct watcher *w, double t)
{
	size_t *which = xmalloc(w->o->ndirs * sizeof *which), n = 0;
	if (w->overflow)
		warnf("too many changes at once for the kernel's event queue: every folder "
		      "watched is ingested again");
	w->overflow = 0;
	hangup = 0;
	for (size_t i = 0; i < w->nf; i++) {
		if (!w->fv[i].path)
			continue;
		inotify_rm_watch(w->fd, (int)i);
		free(w->fv[i].path);
		w->fv[i].path = NULL;
	}
	w->nwatched = 0;
	for (size_t i = 0; i < w->cap; i++)
		if (w->cv[i].path)
			change_drop(&w->cv[i]);
	changes_rebuild(w, w->cap);
	failed_clear(w); /* said again by the run */
	w->next_batch = 0;
	for (size_t i = 0; i < w->o->ndirs; i++) {
		if (w->rv[i].gone)
			continue;
		w->rv[i].wd = watch_tree(w, w->rv[i].path, i, 0, t, 0, 0);
		which[n++] = i;
	}
	int rc = sync_roots(w, which, n, "every folder again");
	free(which);
	return rc;
}

/* ---- events ----------------------------------------------------------------- */

static int is_folder_link(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0 && S_ISLNK(st.st_mode) && stat(path, &st) == 0 &&
	       S_ISDIR(st.st_mode);
}

/* Is the folder at path watched? (Asking the kernel to watch it gives its
 * watch when it has one.) */
static int watched(struct watcher *w, const char *path)
{
	uint32_t mask = w->o->follow ? WATCH_MASK & ~(uint32_t)IN_DONT_FOLLOW : WATCH_MASK;
	int wd = inotify_add_watch(w->fd, path, mask);
	if (wd < 0)
		return 1; /* cannot be: as if it were */
	return (size_t)wd < w->nf && w->fv[wd].path;
}

static void on_inotify(struct watcher *w, const struct inotify_event *ev, double t)
{
	if (ev->mask & IN_Q_OVERFLOW) {
		w->overflow = 1;
		return;
	}
	if (ev->wd < 0 || (size_t)ev->wd >= w->nf || !w->fv[ev->wd].path)
		return; /* a folder no longer watched */
	struct folder *f = &w->fv[ev->wd];
	size_t root = f->root;
	if (ev->mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT | IN_IGNORED)) {
		/* Folders under one given are told of by the folder above them. */
		if (strcmp(f->path, w->rv[root].path) == 0 && !w->rv[root].gone)
			root_gone(w, root, t);
		return;
	}
	if (!ev->len || ingest_temp_name(ev->name))
		return;
	char *path = join(f->path, ev->name);
	if (ev->mask & IN_ATTRIB) {
		/* Its mode or owner changed: a folder not watched, or a file
		 * that could not be read, may be readable now. */
		int dir = (ev->mask & IN_ISDIR) != 0;
		int now_readable = dir ? ev->name[0] != '.' && !watched(w, path)
				       : failed_has(w, path) && access(path, R_OK) == 0 &&
						 !being_written(w, path);
		if (now_readable && dir)
			watch_tree(w, path, root, 1, t, 0, 0);
		else if (now_readable)
			change_added(w, path, root, t);
		if (now_readable)
			schedule(w, t);
		free(path);
		return;
	}
	if (ev->mask & IN_ISDIR) {
		if (ev->mask & (IN_DELETE | IN_MOVED_FROM)) {
			unwatch_under(w, path);
			failed_forget(w, path);
			change_get(w, path, root)->gone = 1;
		}
		if (ev->mask & (IN_CREATE | IN_MOVED_TO))
			watch_tree(w, path, root, 1, t, 0, 0);
	} else if ((ev->mask & (IN_CREATE | IN_MOVED_TO)) && w->o->follow && is_folder_link(path)) {
		/* --follow: a link to a folder made or moved in, watched as
		 * the folder it names, its files read. */
		watch_tree(w, path, root, 1, t, 1, 0);
	} else {
		if (ev->mask & IN_MODIFY)
			change_get(w, path, root)->writing = 1;
		if (ev->mask & (IN_CLOSE_WRITE | IN_MOVED_TO))
			change_added(w, path, root, t);
		if (ev->mask & (IN_DELETE | IN_MOVED_FROM)) {
			failed_forget(w, path);
			change_get(w, path, root)->gone = 1;
			if (w->o->follow) /* a link followed: no longer */
				unwatch_under(w, path);
		}
	}
	free(path);
	schedule(w, t);
}

/* Reads what the kernel has; 0, or -1 when the event queue cannot be read. */
static int read_events(struct watcher *w)
{
	char buf[65536] __attribute__((aligned(__alignof__(struct inotify_event))));
	for (;;) {
		ssize_t n = read(w->fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			return 0;
		if (n < 0 && errno == EAGAIN)
			return 0;
		if (n <= 0) {
			errorf("watch: reading the kernel's events: %s",
			       n < 0 ? strerror(errno) : "end of file");
			return -1;
		}
		double t = now();
		for (char *p = buf; p < buf + n;) {
			const struct inotify_event *ev = (const struct inotify_event *)(void *)p;
			on_inotify(w, ev, t);
			p += sizeof *ev + ev->len;
		}
	}
}

/* Waits for events, a batch or a look at the folders given, or a signal. */
static void wait_for(struct watcher *w, double t)
{
	double until = w->next_roots;
	if (w->next_batch && w->next_batch < until)
		until = w->next_batch;
	double d = until > t ? until - t : 0;
	struct timespec ts = { (time_t)d, (long)((d - (double)(time_t)d) * 1e9) };
	fd_set in;
	FD_ZERO(&in);
	FD_SET(w->fd, &in);
	sigset_t block, old;
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	/* A signal between the look at stop and the wait ends the wait. */
	sigprocmask(SIG_BLOCK, &block, &old);
	if (!stop && !hangup)
		pselect(w->fd + 1, &in, NULL, NULL, &ts, &old);
	sigprocmask(SIG_SETMASK, &old, NULL);
}

/* At the end: the changes not ingested, said with what does them (the
 * next start ingests the folders as they are). Events the kernel queued
 * meanwhile are read first: a file copied in just before the signal is
 * a change not ingested too. */
static void say_left(struct watcher *w)
{
	if (w->fd >= 0)
		read_events(w);
	size_t files = w->left_files, removals = w->left_removals;
	for (size_t i = 0; i < w->cap; i++) {
		const struct change *c = &w->cv[i];
		if (!c->path)
			continue;
		if (access(c->path, F_OK) == 0)
			files++;
		else if (c->gone)
			removals++;
	}
	if (!files && !removals)
		return;
	char what[96] = "";
	if (files)
		snprintf(what, sizeof what, "%zu file%s added or changed", files,
			 files == 1 ? "" : "s");
	if (removals)
		snprintf(what + strlen(what), sizeof what - strlen(what), "%s%zu file%s deleted",
			 files ? " and " : "", removals, removals == 1 ? "" : "s");
	warnf("watch: %s not ingested yet (stopped before them): the next `tracuu ingest "
	      "--watch` (or `tracuu ingest`) of these folders ingests them",
	      what);
}

static void watcher_free(struct watcher *w)
{
	for (size_t i = 0; i < w->nf; i++)
		free(w->fv[i].path);
	free(w->fv);
	for (size_t i = 0; i < w->cap; i++)
		free(w->cv[i].path);
	free(w->cv);
	for (size_t i = 0; w->rv && i < w->o->ndirs; i++)
		free(w->rv[i].path);
	free(w->rv);
	while (w->nd)
		dup_drop(w, 0);
	free(w->dv);
	failed_clear(w);
	free(w->failv);
	watching = NULL;
	if (w->fd >= 0)
		close(w->fd);
}

int cli_watch_run(const struct cli_watch *o)
{
	struct watcher w = { .o = o, .ro = o->ro, .fd = -1 };
	int status = EXIT_OK;
	stop = hangup = 0;
	w.ro.cancel = &stop;
	w.ro.before_compact = release_signals;
	w.ro.on_outcome = watch_outcome;
	watching = &w;
	w.rv = xcalloc(o->ndirs, sizeof *w.rv);
	for (size_t i = 0; i < o->ndirs; i++) {
		struct root *r = &w.rv[i];
		struct stat st;
		r->given = o->dirs[i];
		r->path = realpath(o->dirs[i], NULL);
		if (!r->path || !root_here(r, &st)) {
			status = usage_error("ingest", "--watch: %s: %s", o->dirs[i],
					     r->path ? "not a folder" : strerror(errno));
			goto out;
		}
		r->dev = st.st_dev;
		r->ino = st.st_ino;
	}
	w.fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (w.fd < 0) {
		errorf("watch: inotify: %s", strerror(errno));
		status = EXIT_INDEX;
		goto out;
	}
	sigaction(SIGINT, NULL, &saved_int);
	sigaction(SIGTERM, NULL, &saved_term);
	sigaction(SIGHUP, NULL, &saved_hup);
	catch_signals();
	/* Watched first, then ingested: a change made meanwhile is seen again. */
	double t = now();
	size_t *all = xmalloc(o->ndirs * sizeof *all);
	for (size_t i = 0; i < o->ndirs; i++) {
		w.rv[i].wd = watch_tree(&w, w.rv[i].path, i, 0, t, 0, 0);
		if (w.rv[i].wd < 0)
			warnf("%s: the folder given cannot be watched now: it is tried again every "
			      "%.0f s, and ingested once it can be", o->dirs[i], ROOT_POLL);
		all[i] = i;
	}
	int rc = sync_roots(&w, all, o->ndirs, "the folders as they are");
	free(all);
	if (rc == 0 && !stop && !o->quiet)
		notef("watching %zu folder%s under %zu given for changes (Ctrl-C stops)", w.nwatched,
		      w.nwatched == 1 ? "" : "s", o->ndirs);
	w.next_roots = now() + ROOT_POLL;
	while (rc == 0 && !stop) {
		wait_for(&w, now());
		if (stop || read_events(&w) < 0)
			break;
		t = now();
		if (w.overflow || hangup)
			rc = rescan(&w, t);
		else if (w.next_batch && t >= w.next_batch)
			rc = run_batch(&w, t);
		if (rc == 0 && !stop && t >= w.next_roots)
			rc = check_roots(&w, t);
	}
	if (rc < 0)
		status = EXIT_INDEX;
	else if (!o->quiet)
		notef("watch stopped: every change ingested so far is committed");
	if (rc == 0)
		say_left(&w);
	release_signals(NULL);
out:
	watcher_free(&w);
	return status;
}
