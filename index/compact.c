/* compact.c — compaction after an ingest, and the generations of the index folder.
 *
 * A new index is a plain glass folder (iamglass, postlist.glass…). Its first
 * compaction writes the copy to gen-1/, then the stub XAPIANDB ("auto gen-1"),
 * then removes iamglass: Xapian opens a folder by its iamglass, and by its
 * stub only when there is none (Database() and WritableDatabase() alike,
 * backends/dbfactory.cc), so that unlink is the switch. Later compactions
 * write gen-N+1/ and rename a new stub over the old one. Each switch is one
 * atomic step taken once what it points to is synced: before it readers and
 * a kill see the old index whole, after it the new one.
 *
 * The old files go when the writer has closed them (compact_sweep from
 * idx_close); what a killed run left, the next writer clears (idx_open).
 * Readers that have the old files open go on reading them. One that read
 * the stub just before the generation it names was retired fails to open it,
 * never opens half of it, and tries again (idx_open): a generation is retired
 * by renaming its folder away in one step, and a plain index's files go
 * postlist.glass first, the table Xapian opens last. */
#include "index/compact.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "index/index.h"
#include "index/schema.h"
#include "index/xapian_shim.h"
#include "util/util.h"

#define STUB_TMP COMPACT_STUB ".tmp"
#define GEN_PREFIX "gen-"
#define RETIRED ".old" /* gen-N.old: a generation being removed */

/* Compaction is due when the documents written since the last one are at
 * least 1/DUE_SHARE of the index: written a batch at a time, that share of
 * the B-trees is left part empty. A smaller index is not worth a copy. */
#define DUE_SHARE 5
#define DUE_MIN_BYTES ((unsigned long long)1 << 20)

static int exists_in(const char *dir, const char *name)
{
	char *p = xasprintf("%s/%s", dir, name);
	struct stat st;
	int r = lstat(p, &st) == 0;
	free(p);
	return r;
}

static void unlink_in(const char *dir, const char *name)
{
	char *p = xasprintf("%s/%s", dir, name);
	unlink(p);
	free(p);
}

/* N for "gen-N" (*retired 0) and "gen-N.old" (*retired 1), else 0. */
static unsigned gen_number(const char *name, int *retired)
{
	size_t plen = strlen(GEN_PREFIX);
	*retired = 0;
	if (strncmp(name, GEN_PREFIX, plen) != 0 || name[plen] < '1' || name[plen] > '9')
		return 0;
	char *end;
	errno = 0;
	unsigned long n = strtoul(name + plen, &end, 10);
	if (errno || n > 1000000000UL)
		return 0;
	*retired = strcmp(end, RETIRED) == 0;
	return *end && !*retired ? 0 : (unsigned)n;
}

/* The folder's stub, at most max bytes: 0 and *data, or -1 (errno). */
static int read_stub(const char *path, size_t max, char **data)
{
	char *p = xasprintf("%s/%s", path, COMPACT_STUB);
	size_t len;
	int rc = read_file(p, max, data, &len);
	int e = errno;
	free(p);
	errno = e;
	return rc < 0 ? -1 : 0;
}

/* The generation the stub names: 1 and *gen; 0 when the folder has an
 * iamglass (which Xapian opens rather than the stub) or no stub; -1 when
 * the stub is not one of ours, and then nothing here touches the folder. */
static int live_gen(const char *path, unsigned *gen)
{
	*gen = 0;
	if (exists_in(path, "iamglass"))
		return 0;
	char *data = NULL;
	if (read_stub(path, 64, &data) < 0)
		return errno == ENOENT ? 0 : -1;
	unsigned n = 0;
	int ours = sscanf(data, "auto " GEN_PREFIX "%u", &n) == 1 && n > 0;
	if (ours) {
		char *want = xasprintf("auto " GEN_PREFIX "%u\n", n);
		ours = strcmp(data, want) == 0;
		free(want);
	}
	free(data);
	*gen = ours ? n : 0;
	return ours ? 1 : -1;
}

int compact_foreign_stub(const char *path)
{
	unsigned gen;
	return live_gen(path, &gen) < 0;
}

char *compact_live_dir(const char *path)
{
	unsigned gen;
	return live_gen(path, &gen) == 1 ? xasprintf("%s/" GEN_PREFIX "%u", path, gen) : NULL;
}

/* The regular files directly in dir. */
static unsigned long long files_bytes(const char *dir)
{
	unsigned long long total = 0;
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char *p = xasprintf("%s/%s", dir, e->d_name);
		struct stat st;
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
			total += (unsigned long long)st.st_size;
		free(p);
	}
	closedir(d);
	return total;
}

/* The folders a stub not of ours names beside it ("auto replica_1", as
 * xapian-replicate writes its replica's stub): their files are the index's. */
static unsigned long long foreign_stub_bytes(const char *path)
{
	char *data = NULL;
	if (read_stub(path, 4096, &data) < 0)
		return 0;
	unsigned long long total = 0;
	char *save = NULL;
	for (char *line = strtok_r(data, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char type[16], dir[256];
		if (sscanf(line, "%15s %255s", type, dir) != 2 || type[0] == '#')
			continue;
		int backend = !strcmp(type, "auto") || !strcmp(type, "glass") || !strcmp(type, "chert") ||
			      !strcmp(type, "honey");
		if (!backend || strchr(dir, '/') || !strcmp(dir, ".") || !strcmp(dir, ".."))
			continue;
		char *sub = xasprintf("%s/%s", path, dir);
		total += files_bytes(sub);
		free(sub);
	}
	free(data);
	return total;
}

unsigned long long compact_disk_bytes(const char *path)
{
	unsigned long long total = files_bytes(path);
	unsigned gen;
	int k = live_gen(path, &gen);
	if (k == 1) {
		char *live = xasprintf("%s/" GEN_PREFIX "%u", path, gen);
		total += files_bytes(live);
		free(live);
	} else if (k < 0) {
		total += foreign_stub_bytes(path);
	}
	return total;
}

/* Removes a generation folder: Xapian's tables, no subfolders. */
void compact_remove_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			unlink_in(dir, e->d_name);
	closedir(d);
	rmdir(dir);
}

/* Takes gen-N out of reach in one step (a rename), then removes it. */
static void retire(const char *path, unsigned n)
{
	char *from = xasprintf("%s/" GEN_PREFIX "%u", path, n);
	char *to = xasprintf("%s" RETIRED, from);
	compact_remove_dir(to);
	if (rename(from, to) == 0)
		compact_remove_dir(to);
	free(from);
	free(to);
}

void compact_sweep(const char *path)
{
	unsigned live;
	int k = live_gen(path, &live);
	int plain = k == 0 && exists_in(path, "iamglass");
	if (k < 0 || (k == 0 && !plain))
		return; /* not ours, or no index yet */
	unlink_in(path, STUB_TMP);
	if (plain)
		unlink_in(path, COMPACT_STUB); /* a first compaction killed before its switch */
	else
		unlink_in(path, "postlist.glass"); /* first: see the top of this file */
	DIR *d = opendir(path);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		const char *n = e->d_name;
		size_t len = strlen(n);
		int retired;
		unsigned gen = gen_number(n, &retired);
		if (gen && retired) {
			char *p = xasprintf("%s/%s", path, n);
			compact_remove_dir(p);
			free(p);
		} else if (gen && (plain || gen != live)) {
			retire(path, gen);
		} else if (!plain && (strcmp(n, "flintlock") == 0 ||
				      (len > 6 && strcmp(n + len - 6, ".glass") == 0) ||
				      strncmp(n, "changes", 7) == 0)) {
			/* changesN: the plain index's changesets for replicas
			 * (XAPIAN_MAX_CHANGESETS); a generation keeps its own. */
			unlink_in(path, n);
		}
	}
	closedir(d);
}

/* The index's documents (*docs) and those written since its last
 * compaction (*since; *counted 0 when the count was never kept: an index
 * made before it was, all of whose documents were written since it was
 * made). */
static int written_since(xs_db *xs, unsigned long long *docs, unsigned long long *since,
			 int *counted, char **err)
{
	unsigned long long len;
	unsigned last;
	char *v = NULL;
	size_t vlen = 0;
	if (xs_counts(xs, docs, &len, &last, err) < 0 ||
	    xs_get_metadata(xs, META_WRITTEN, &v, &vlen, err) < 0)
		return -1;
	*counted = vlen > 0;
	*since = vlen ? strtoull(v, NULL, 10) : *docs;
	free(v);
	return 0;
}

int idx_compact_due(idx_db *db, const char *path, unsigned long long written, int *due,
		    char **err)
{
	xs_db *xs = idx_xs(db);
	unsigned long long docs, since;
	int counted;
	*due = 0;
	if (written_since(xs, &docs, &since, &counted, err) < 0)
		return -1;
	if (counted)
		since += written;
	if (written || !counted) {
		char num[24];
		snprintf(num, sizeof num, "%llu", since);
		if (xs_set_metadata(xs, META_WRITTEN, num, strlen(num), err) < 0 ||
		    idx_commit(db, err) < 0)
			return -1;
	}
	*due = docs > 0 && since * DUE_SHARE >= docs && compact_disk_bytes(path) >= DUE_MIN_BYTES;
	return 0;
}

int idx_bulk_worth(idx_db *db, size_t expected, int *worth, char **err)
{
	unsigned long long docs, since;
	int counted;
	*worth = 0;
	if (written_since(idx_xs(db), &docs, &since, &counted, err) < 0)
		return -1;
	*worth = (since + expected) * DUE_SHARE >= docs + expected;
	return 0;
}

/* fsync by path: 0, or -1 with errno. */
static int sync_path(const char *p)
{
	int fd = open(p, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	int e = errno;
	close(fd);
	errno = e;
	return rc;
}

/* Syncs a new generation: its files (Xapian syncs their data, not
 * necessarily their names), then the folder. */
static int sync_gen(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	struct dirent *e;
	int rc = 0;
	while (rc == 0 && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char *p = xasprintf("%s/%s", dir, e->d_name);
		rc = sync_path(p);
		free(p);
	}
	int se = errno;
	closedir(d);
	errno = se;
	return rc < 0 ? -1 : sync_path(dir);
}

/* Writes the stub naming gen-N to tmp, synced. */
static int write_stub(const char *tmp, unsigned gen)
{
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return -1;
	char line[32];
	int n = snprintf(line, sizeof line, "auto " GEN_PREFIX "%u\n", gen);
	int rc = write(fd, line, (size_t)n) == n && fsync(fd) == 0 ? 0 : -1;
	int e = errno;
	if (close(fd) < 0 && rc == 0)
		return -1;
	errno = e;
	return rc;
}

/* The new generation before it is switched to: the caller's changes (fn),
 * and the count of documents written since the copy was made starts. */
static int finish_gen(const char *dir, compact_finish_fn fn, void *arg, char **err)
{
	xs_db *xs;
	if (xs_open(dir, 1, &xs, err) < 0)
		return -1;
	int rc = (!fn || fn(xs, arg, err) == 0) &&
		 xs_set_metadata(xs, META_WRITTEN, "0", 1, err) == 0 && xs_commit(xs, err) == 0
		 ? 0 : -1;
	xs_close(xs);
	return rc;
}

int idx_compact(idx_db *db, const char *path, unsigned long long *before,
		unsigned long long *after, char **err)
{
	/* db's writer stays open, and so Xapian's lock on the old generation
	 * is kept, until idx_close: compaction reads what it committed. */
	(void)db;
	return compact_merge(path, NULL, 0, NULL, NULL, before, after, err);
}

int compact_merge(const char *path, const char *const *segs, size_t nsegs, compact_finish_fn fn,
		  void *arg, unsigned long long *before, unsigned long long *after, char **err)
{
	unsigned live;
	int k = live_gen(path, &live);
	if (k < 0 || (k == 0 && !exists_in(path, "iamglass"))) {
		*err = xasprintf("%s/%s is not tracuu's: not compacting", path, COMPACT_STUB);
		return -1;
	}
	unsigned gen = k ? live + 1 : 1;
	char *dir = xasprintf("%s/" GEN_PREFIX "%u", path, gen);
	char *tmp = xasprintf("%s/%s", path, STUB_TMP);
	char *stub = xasprintf("%s/%s", path, COMPACT_STUB);
	char *glass = xasprintf("%s/iamglass", path);
	int rc = -1;
	*before = compact_disk_bytes(path);
	compact_remove_dir(dir); /* what a killed attempt left, if the sweep could not */
	const char **srcs = xcalloc(nsegs + 1, sizeof *srcs);
	srcs[0] = path;
	for (size_t i = 0; i < nsegs; i++)
		srcs[i + 1] = segs[i];
	int merged = xs_compact_many(srcs, nsegs + 1, dir, err);
	free(srcs);
	if (merged < 0 || finish_gen(dir, fn, arg, err) < 0)
		goto out;
	if (sync_gen(dir) < 0 || write_stub(tmp, gen) < 0 || rename(tmp, stub) < 0) {
		*err = xasprintf("writing %s: %s", dir, strerror(errno));
		goto out;
	}
	/* For a stubbed index the rename was the switch: from here on the new
	 * generation is the index. A plain one switches when iamglass goes,
	 * once the stub is surely there. */
	if (!k && (sync_path(path) < 0 || unlink(glass) < 0)) {
		*err = xasprintf("switching %s to %s: %s", path, dir, strerror(errno));
		unlink(stub);
		goto out;
	}
	sync_path(path);
	*after = files_bytes(dir);
	rc = 0;
out:
	if (rc < 0) {
		unlink(tmp);
		compact_remove_dir(dir);
	}
	free(dir);
	free(tmp);
	free(stub);
	free(glass);
	return rc;
}
