/* walk.c — the list of files to ingest: paths as given, directories walked in
 * sorted order, of their files the documents. */
#include "ingest/ingest_int.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* A file without an extension is sniffed from this much of its start; a
 * ZIP or OLE file (a DOCX or DOC may hide in one) is read up to the
 * loader's limit, as its member names may be anywhere. */
#define WALK_SNIFF_BYTES ((size_t)64 << 10)

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
	l->v[l->n].other = 0;
	l->n++;
}

/* ---- the folders seen (--follow): each walked once ------------------------ */

struct seen {
	uint64_t *dev, *ino; /* open addressing; ino 0 is free */
	size_t n, cap;
};

static size_t seen_slot(const struct seen *s, dev_t dev, ino_t ino)
{
	uint64_t h = ((uint64_t)ino * 0x9E3779B97F4A7C15u) ^ (uint64_t)dev;
	size_t i = (size_t)(h % s->cap);
	while (s->ino[i] && (s->ino[i] != (uint64_t)ino || s->dev[i] != (uint64_t)dev))
		i = (i + 1) % s->cap;
	return i;
}

/* Adds the folder st names; 0 when it was seen already. */
static int seen_add(struct ingest_list *l, const struct stat *st)
{
	struct seen *s = l->seen;
	if (!s)
		s = l->seen = xcalloc(1, sizeof *s);
	if (2 * (s->n + 1) > s->cap) {
		struct seen old = *s;
		s->cap = s->cap ? 2 * s->cap : 64;
		s->dev = xcalloc(s->cap, sizeof *s->dev);
		s->ino = xcalloc(s->cap, sizeof *s->ino);
		for (size_t i = 0; i < old.cap; i++) {
			if (!old.ino[i])
				continue;
			size_t k = seen_slot(s, (dev_t)old.dev[i], (ino_t)old.ino[i]);
			s->dev[k] = old.dev[i];
			s->ino[k] = old.ino[i];
		}
		free(old.dev);
		free(old.ino);
	}
	uint64_t ino = st->st_ino ? (uint64_t)st->st_ino : 1;
	size_t k = seen_slot(s, st->st_dev, (ino_t)ino);
	if (s->ino[k])
		return 0;
	s->dev[k] = (uint64_t)st->st_dev;
	s->ino[k] = ino;
	s->n++;
	return 1;
}

static void seen_free(struct seen *s)
{
	if (!s)
		return;
	free(s->dev);
	free(s->ino);
	free(s);
}

/* A folder walked in full: the index's documents under it are what the
 * walk finds. */
static void add_folder(struct ingest_list *l, const char *path)
{
	char *r = realpath(path, NULL);
	if (!r)
		return;
	if (l->nfolders == l->capfolders) {
		l->capfolders = l->capfolders ? 2 * l->capfolders : 8;
		l->folders = xrealloc(l->folders, l->capfolders * sizeof *l->folders);
	}
	l->folders[l->nfolders++] = r;
}

/* ---- what is a document ---------------------------------------------------- */

/* The name's extension, lower case, or "" when it has none: a dot that
 * starts a part of a document number ("Luật 45.2019.QH14", "QĐ 12.NĐ-CP",
 * "TT 08.2020.TT-BTC") does not make one, so an extension is 1 to 8 ASCII
 * letters. A name whose last part has digits is sniffed like one without
 * (.mp4, .7z come out as binary, passed over all the same). */
static void extension_of(const char *name, char out[9])
{
	out[0] = '\0';
	const char *dot = strrchr(name, '.');
	if (!dot || dot == name)
		return;
	size_t n = strlen(dot + 1);
	if (n == 0 || n > 8)
		return;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)dot[1 + i];
		if (!isascii(c) || !isalpha(c))
			return;
	}
	for (size_t i = 0; i <= n; i++)
		out[i] = (char)tolower((unsigned char)dot[1 + i]);
}

static int listed(const char *ext, char *const *list)
{
	for (; list && *list; list++)
		if (strcmp(*list, ext) == 0 || strcmp(*list, "*") == 0)
			return 1;
	return 0;
}

/* Does the file at path start as a document (text, HTML, PDF, Word)? */
static int sniffs_as_document(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 1; /* the loader says why it cannot be read */
	char *buf = xmalloc(WALK_SNIFF_BYTES);
	ssize_t n = read(fd, buf, WALK_SNIFF_BYTES);
	close(fd);
	if (n < 0) {
		free(buf);
		return 1;
	}
	enum ingest_format f = ingest_sniff(NULL, buf, (size_t)n);
	free(buf);
	if (f == FMT_ZIP || f == FMT_OLE) {
		char *data;
		size_t len;
		if (read_file(path, INGEST_MAX_FILE_BYTES, &data, &len) < 0)
			return 1;
		f = ingest_sniff(NULL, data, len);
		free(data);
	}
	switch (f) {
	case FMT_TEXT: case FMT_MARKDOWN: case FMT_HTML: case FMT_PDF: case FMT_DOCX: case FMT_DOC:
		return 1;
	default:
		return 0;
	}
}

int ingest_temp_name(const char *name)
{
	/* JetBrains IDEs save through "luat.txt___jb_tmp___" and keep the
	 * old text as "luat.txt___jb_old___" meanwhile; Kate and KWrite swap
	 * to "luat.txt.kate-swp": text with no extension a walk knows, sniffed
	 * and indexed as documents (h14f). */
	static const char *const ends[] = { "~", ".tmp", ".temp", ".swp", ".swx", ".part",
					    ".crdownload", "___jb_tmp___", "___jb_old___",
					    ".kate-swp", NULL };
	size_t n = strlen(name);
	/* "~$": the owner file Word, Excel and PowerPoint keep beside a document
	 * open ("~$i-giang.docx" for bai-giang.docx), a few bytes of a user's name. */
	if (name[0] == '.' || strcmp(name, "4913") == 0 || (name[0] == '#' && n > 1 &&
							     name[n - 1] == '#') ||
	    (name[0] == '~' && name[1] == '$'))
		return 1;
	for (const char *const *e = ends; *e; e++) {
		size_t k = strlen(*e);
		if (n > k && strcasecmp(name + n - k, *e) == 0)
			return 1;
	}
	return 0;
}

/* A file met in a folder: added when it is a document, else passed over. */
static void push_found(struct ingest_list *l, char *path)
{
	static char *const doc_ext[] = { "txt", "md", "markdown", "html", "htm", "xhtml", "pdf",
					 "docx", "doc", NULL };
	const char *base = strrchr(path, '/');
	char ext[9];
	if (ingest_temp_name(base ? base + 1 : path)) {
		list_push(l, path, xstrdup("an editor's or a download's temporary file, passed over"));
		l->v[l->n - 1].other = 1;
		l->others++;
		return;
	}
	extension_of(base ? base + 1 : path, ext);
	int doc = *ext ? listed(ext, doc_ext) || listed(ext, l->include_ext)
		       : listed("*", l->include_ext) || sniffs_as_document(path);
	if (doc) {
		list_push(l, path, NULL);
		return;
	}
	list_push(l, path, *ext ? xasprintf("not a document type (.%s), passed over", ext)
				: xstrdup("not a document (no extension, not text), passed over"));
	l->v[l->n - 1].other = 1;
	l->others++;
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
		/* Followed only when asked (--follow), and each folder once: the
		 * walk stays finite (no loops) and the stored names unique. Its
		 * files are stored under the folder's own path. */
		if (S_ISDIR(st.st_mode) && !l->follow) {
			list_push(l, path, xstrdup("symbolic link to a directory, not followed "
						   "(--follow follows it)"));
		} else if (S_ISDIR(st.st_mode)) {
			if (!seen_add(l, &st)) {
				list_push(l, path, xstrdup("symbolic link to a folder walked already "
							   "(a loop), not followed again"));
				return 0;
			}
			if (read_names(l, path, sub) < 0) {
				list_push(l, path, xasprintf("cannot read directory (%s)", strerror(errno)));
				return 0;
			}
			add_folder(l, path);
			free(path);
			return 1;
		} else if (S_ISREG(st.st_mode)) {
			push_found(l, path);
		} else {
			list_push(l, path, xstrdup(not_regular_why(st.st_mode)));
		}
		return 0;
	}
	if (S_ISREG(st.st_mode)) {
		push_found(l, path);
		return 0;
	}
	if (S_ISDIR(st.st_mode)) {
		if (l->follow && !seen_add(l, &st)) {
			list_push(l, path, xstrdup("a folder walked already (through a symbolic "
						   "link), not walked again"));
			return 0;
		}
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
	if (l->follow && !seen_add(l, &st))
		return 0; /* walked already, as a followed link or given twice */
	struct walk_dir top;
	if (read_names(l, path, &top) < 0) {
		*err = xstrdup(strerror(errno));
		return -1;
	}
	add_folder(l, path);
	walk_tree(l, &top);
	return 0;
}

void ingest_list_add_found(struct ingest_list *l, const char *path)
{
	struct walk_dir sub;
	if (visit(l, xstrdup(path), &sub))
		walk_tree(l, &sub);
}

void ingest_list_release(struct ingest_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].path);
		free(l->v[i].skip_why);
	}
	free(l->v);
	for (size_t i = 0; i < l->nfolders; i++)
		free(l->folders[i]);
	free(l->folders);
	seen_free(l->seen);
	l->v = NULL;
	l->n = l->cap = 0;
	l->hidden_skipped = l->others = 0;
	l->folders = NULL;
	l->nfolders = l->capfolders = 0;
	l->seen = NULL;
}
