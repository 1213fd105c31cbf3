/* walk.c — the list of files to ingest: paths as given, directories walked in sorted order. */
#include "ingest/ingest.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* One directory being walked. Its names are read and sorted up front and the
 * handle closed, so a deep tree holds no file descriptors and the walk is a
 * loop over an explicit stack rather than recursion. */
struct walk_dir {
	char *path;
	char **names;
	size_t n, next;
};

struct walk {
	struct walk_dir *v;
	size_t n, cap;
};

static void list_push(struct ingest_list *l, char *path, char *skip_why)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	l->v[l->n].path = path;
	l->v[l->n].skip_why = skip_why;
	l->n++;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join(const char *dir, const char *name)
{
	size_t n = strlen(dir);
	if (n && dir[n - 1] == '/')
		return xasprintf("%s%s", dir, name);
	return xasprintf("%s/%s", dir, name);
}

/* Reads and sorts the names in path; hidden names are counted, not kept.
 * Returns 0, or -1 with errno. */
static int read_names(struct ingest_list *l, const char *path, struct walk_dir *out)
{
	DIR *dir = opendir(path);
	if (!dir)
		return -1;
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	for (;;) {
		errno = 0;
		de = readdir(dir);
		if (!de)
			break;
		if (de->d_name[0] == '.') {
			if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
				l->hidden_skipped++;
			continue;
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			names = xrealloc(names, cap * sizeof *names);
		}
		names[n++] = xstrdup(de->d_name);
	}
	int e = errno;
	closedir(dir);
	if (e) {
		for (size_t i = 0; i < n; i++)
			free(names[i]);
		free(names);
		errno = e;
		return -1;
	}
	if (n > 1)
		qsort(names, n, sizeof *names, cmp_names);
	out->path = xstrdup(path);
	out->names = names;
	out->n = n;
	out->next = 0;
	return 0;
}

static void walk_push(struct walk *w, struct walk_dir *d)
{
	if (w->n == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 16;
		w->v = xrealloc(w->v, w->cap * sizeof *w->v);
	}
	w->v[w->n++] = *d;
}

static void walk_dir_release(struct walk_dir *d)
{
	for (size_t i = d->next; i < d->n; i++)
		free(d->names[i]);
	free(d->names);
	free(d->path);
}

static const char *not_regular_why(mode_t m)
{
	if (S_ISFIFO(m))
		return "named pipe (FIFO), not a regular file";
	if (S_ISSOCK(m))
		return "socket, not a regular file";
	if (S_ISCHR(m) || S_ISBLK(m))
		return "device, not a regular file";
	return "not a regular file";
}

/* Decides what one directory entry is: a file to read (pushed), a skipped
 * entry (pushed with its reason), or a subdirectory (returned as 1 with
 * its names read into *sub). */
static int visit(struct ingest_list *l, char *path, struct walk_dir *sub)
{
	struct stat st;
	if (lstat(path, &st) < 0) {
		list_push(l, path, xstrdup(strerror(errno)));
		return 0;
	}
	if (S_ISLNK(st.st_mode)) {
		if (stat(path, &st) < 0) {
			list_push(l, path, xasprintf("broken symbolic link (%s)", strerror(errno)));
			return 0;
		}
		/* Not following directory links keeps the walk finite (no loops)
		 * and the stored names unique. */
		if (S_ISDIR(st.st_mode))
			list_push(l, path, xstrdup("symbolic link to a directory, not followed"));
		else if (S_ISREG(st.st_mode))
			list_push(l, path, NULL);
		else
			list_push(l, path, xstrdup(not_regular_why(st.st_mode)));
		return 0;
	}
	if (S_ISREG(st.st_mode)) {
		list_push(l, path, NULL);
		return 0;
	}
	if (S_ISDIR(st.st_mode)) {
		if (read_names(l, path, sub) < 0) {
			list_push(l, path, xasprintf("cannot read directory (%s)", strerror(errno)));
			return 0;
		}
		free(path);
		return 1;
	}
	list_push(l, path, xstrdup(not_regular_why(st.st_mode)));
	return 0;
}

static void walk_tree(struct ingest_list *l, struct walk_dir *top)
{
	struct walk w = { NULL, 0, 0 };
	walk_push(&w, top);
	while (w.n) {
		struct walk_dir *d = &w.v[w.n - 1];
		if (d->next == d->n) {
			walk_dir_release(d);
			w.n--;
			continue;
		}
		char *name = d->names[d->next++];
		char *path = join(d->path, name);
		free(name);
		struct walk_dir sub;
		if (visit(l, path, &sub))
			walk_push(&w, &sub); /* d may move here: not used after */
	}
	free(w.v);
}

int ingest_list_add(struct ingest_list *l, const char *path, char **err)
{
	struct stat st;
	/* A path named on the command line is followed even when it is a
	 * symbolic link: the user asked for it by name. */
	if (stat(path, &st) < 0) {
		*err = xstrdup(strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		if (access(path, R_OK) < 0) {
			*err = xstrdup(strerror(errno));
			return -1;
		}
		list_push(l, xstrdup(path), NULL);
		return 0;
	}
	struct walk_dir top;
	if (read_names(l, path, &top) < 0) {
		*err = xstrdup(strerror(errno));
		return -1;
	}
	walk_tree(l, &top);
	return 0;
}

void ingest_list_release(struct ingest_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].path);
		free(l->v[i].skip_why);
	}
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
	l->hidden_skipped = 0;
}
