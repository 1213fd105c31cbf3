/* watch.h — `tracuu ingest --watch`: folders followed with inotify, their
 * changes ingested in batches by the ingest run (cli/ingest_run.h). */
#ifndef TRACUU_WATCH_H
#define TRACUU_WATCH_H

#include "cli/ingest_run.h"

struct cli_watch {
	const char *db;        /* the index written */
	char *const *dirs;     /* the folders watched, as given */
	size_t ndirs;
	/* The runs' options: writer (its on_event), load, jobs, on_outcome and
	 * arg as a one-shot ingest has them; cancel and before_compact are the
	 * watcher's own. */
	struct ingest_run_options ro;
	int follow;            /* --follow: links to folders are walked and watched */
	char **include_ext;    /* as struct ingest_list's */
	int quiet;             /* no line per batch */
	ingest_run **current;  /* set to the run in progress (NULL between runs), for
				* the callbacks */
};

/* Brings the index in step with the folders (an ingest of them with
 * removal), then follows them until SIGINT or SIGTERM: each batch of
 * changes is one ingest run, committed and settled. Returns the exit
 * status: EXIT_OK when stopped by a signal, EXIT_USAGE when a folder
 * cannot be watched at the start, EXIT_INDEX when the index failed. */
int cli_watch_run(const struct cli_watch *o);

#endif
