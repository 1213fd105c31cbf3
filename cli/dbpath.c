/* dbpath.c — which index a command reads or writes: opening it for reading,
 * making its folder for writing. */
#include "cli/cli.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "index/index.h"
#include "text/text.h"
#include "util/util.h"

static int is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* $XDG_DATA_HOME/tracuu/index, or ~/.local/share/tracuu/index. */
static char *user_db(void)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	if (xdg && *xdg == '/')
		return xasprintf("%s/tracuu/index", xdg);
	const char *home = getenv("HOME");
	if (home && *home)
		return xasprintf("%s/.local/share/tracuu/index", home);
	return NULL;
}

/* The index built from corpus/ by make: installed, or beside the binary in
 * a build tree. */
static char *bundled_db(void)
{
	char *p = xasprintf("%s/bundled.db", PKGDATADIR);
	if (is_dir(p))
		return p;
	free(p);
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			p = xasprintf("%s/corpus/bundled.db", exe);
			if (is_dir(p))
				return p;
			free(p);
		}
	}
	return NULL;
}

/* Set when the index read is the bundled sample: the user has none. */
static int reading_bundled;

static char *dbpath_for_read(const char *opt, char **err)
{
	if (opt)
		return xstrdup(opt);
	const char *env = getenv("TRACUU_DB");
	if (env && *env)
		return xstrdup(env);
	char *u = user_db();
	if (u && is_dir(u))
		return u;
	free(u);
	char *b = bundled_db();
	if (b) {
		reading_bundled = 1;
		return b;
	}
	*err = xstrdup("no index found: neither your own (run 'tracuu ingest PATH…') "
		       "nor the bundled one (was 'make' run?)");
	return NULL;
}

int cli_read_partial;

/* --partial with no shard up has nothing to answer from: an index error
 * naming them (as without --partial), not "no results". */
static int every_shard_down(idx_db *db, char **err)
{
	size_t n = idx_shard_count(db), down = 0;
	for (size_t i = 0; i < n; i++)
		down += idx_shard_down(db, i) != 0;
	if (!n || down < n)
		return 0;
	struct buf b = BUF_INIT;
	buf_adds(&b, "every shard is down (");
	for (size_t i = 0; i < n; i++) {
		buf_adds(&b, i ? ", " : "");
		buf_adds(&b, idx_shard_name(db, i));
	}
	buf_adds(&b, "): nothing to answer from, --partial or not");
	*err = buf_detach(&b, NULL);
	return 1;
}

void cli_partial_end(idx_db *db, int json)
{
	size_t n = db ? idx_shard_count(db) : 0, down = 0, up = 0;
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < n; i++)
		up += !idx_shard_down(db, i);
	for (size_t i = 0; i < n; i++) {
		if (!idx_shard_down(db, i))
			continue;
		const char *name = idx_shard_name(db, i);
		warnf("shard %s is down: these answers come from the other %zu shard%s only "
		      "(--partial)", name, up, up == 1 ? "" : "s");
		buf_adds(&b, down++ ? "," : "{\"partial\":true,\"shards_down\":[");
		buf_add_json_string(&b, name, strlen(name));
	}
	if (down && json) {
		buf_adds(&b, "]}\n");
		fwrite(b.p, 1, b.len, stdout);
	}
	buf_release(&b);
}

int cli_open_index(const char *opt, idx_db **db, char **path)
{
	char *err = NULL;
	*db = NULL;
	*path = dbpath_for_read(opt, &err);
	int opened = *path &&
		     idx_open(*path, cli_read_partial ? IDX_READ_PARTIAL : IDX_READ, db, &err) == 0;
	if (opened && every_shard_down(*db, &err)) {
		idx_close(*db);
		opened = 0;
	}
	if (opened) {
		/* Answers from five sample articles must not pass for the
		 * user's own: said once, on stderr. */
		static int said;
		if (reading_bundled && !said++)
			notef("note: searching the bundled sample index (%llu news articles); "
			      "'tracuu ingest PATH…' makes your own", idx_doc_count(*db));
		return EXIT_OK;
	}
	errorf("index%s%s: %s", *path ? " " : "", *path ? *path : "", err);
	free(err);
	free(*path);
	*path = NULL;
	*db = NULL;
	return EXIT_INDEX;
}

static int mkdir_p(const char *path)
{
	char *p = xstrdup(path);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0755) < 0 && errno != EEXIST) {
			free(p);
			return -1;
		}
		*s = '/';
	}
	free(p);
	return 0;
}

char *dbpath_for_write(const char *opt, char **err)
{
	const char *env = getenv("TRACUU_DB");
	char *p = opt ? xstrdup(opt) : env && *env ? xstrdup(env) : user_db();
	if (!p) {
		*err = xstrdup("no place for your index: set HOME, XDG_DATA_HOME or use --db");
		return NULL;
	}
	if (mkdir_p(p) < 0) {
		*err = xasprintf("cannot make the folders for %s: %s", p, strerror(errno));
		free(p);
		return NULL;
	}
	return p;
}

int cli_source_is_typed(const char *source, const char *typed, int under)
{
	struct buf a = BUF_INIT, b = BUF_INIT;
	int same = 0;
	if (text_nfc(source, strlen(source), &a) == 0 && text_nfc(typed, strlen(typed), &b) == 0 &&
	    a.len >= b.len && b.len && memcmp(a.p, b.p, b.len) == 0)
		same = a.len == b.len || (under && (b.p[b.len - 1] == '/' || a.p[b.len] == '/'));
	buf_release(&a);
	buf_release(&b);
	return same;
}
