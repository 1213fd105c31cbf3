/* cmd_rm.c — `tracuu rm`: documents out of the index, by id, path or URL, with
 * the citation cards they counted in brought up to date. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "index/index.h"
#include "ingest/ingest.h"
#include "util/util.h"

static const char rm_help[] =
	"usage: tracuu rm [OPTIONS] ID|PATH|URL…\n\n"
	"Removes documents from the index. ID is the number search and show print\n"
	"(\"id 3\"); PATH a file as it was ingested, relative to the current folder or\n"
	"absolute, whether or not it still exists (a folder removes every document\n"
	"stored under it); URL a web page. The citation cards of the numbers the\n"
	"removed documents cited, or were the own text of, are brought up to date.\n"
	"Each document goes whole or not at all: a kill leaves it in or out, never\n"
	"half. To remove the documents of files deleted from a folder, ingesting\n"
	"the folder again is enough; a file removed that is still on disk comes\n"
	"back with the next ingest of its folder (said).\n\n"
	"  --db PATH       the index (default: $TRACUU_DB, else\n"
	"                  $XDG_DATA_HOME/tracuu/index)\n"
	"  --root DIR      paths were stored relative to DIR (ingest --root)\n"
	"  -n, --dry-run   say what would be removed, remove nothing\n"
	"  --wait[=S]      when another process is updating the index, wait for it\n"
	"                  (at most S seconds, default 600) instead of failing\n"
	"  -v, --verbose   name every document removed\n"
	"  -q, --quiet     no summary\n"
	"  -h, --help      this text\n\n"
	"Exit status: 0 all removed, 1 some were not in the index (each is named),\n"
	"2 bad usage, 4 the index could not be written.\n";

struct rm_run {
	idx_writer *w;
	const char *path, *root;
	int verbose, dry_run;
	size_t removed, missing;
	int failed;
	char *last; /* the source last removed */
};

/* Removes (or, dry, names) docid, stored as source. */
static void remove_one(struct rm_run *g, unsigned docid, const char *source)
{
	char *err = NULL;
	int rc = g->dry_run ? 0 : idx_writer_remove(g->w, docid, &err);
	if (rc < 0) {
		errorf("index %s: removing %s: %s", g->path, source, err);
		free(err);
		g->failed = 1;
		return;
	}
	if (rc > 0)
		return; /* named twice */
	g->removed++;
	free(g->last);
	g->last = xstrdup(source);
	if (g->verbose || g->dry_run)
		notef("%s%s (id %u)", g->dry_run ? "would remove " : "removed ", source, docid);
}

/* Every document stored under folder; how many. */
static size_t remove_under(struct rm_run *g, const char *folder)
{
	struct idx_sources in;
	char *err = NULL;
	if (idx_writer_sources_under(g->w, folder, &in, &err) < 0) {
		errorf("index %s: %s", g->path, err);
		free(err);
		g->failed = 1;
		return 0;
	}
	for (size_t i = 0; i < in.n && !g->failed; i++)
		remove_one(g, in.v[i].docid, in.v[i].source);
	size_t n = in.n;
	idx_sources_release(&in);
	return n;
}

/* The documents whose source is name, or lies under it, in Unicode's other
 * form (a folder copied from a Mac: `rm 'Luật đất đai.txt'` said "not in
 * the index" of a name stored in NFD, h14f); how many. */
static size_t remove_other_form(struct rm_run *g, const char *name)
{
	struct idx_sources all;
	char *err = NULL;
	/* Absolute paths under "/", an ingest root's relative ones under "". */
	if (idx_writer_sources_under(g->w, name[0] == '/' ? "/" : "", &all, &err) < 0) {
		errorf("index %s: %s", g->path, err);
		free(err);
		g->failed = 1;
		return 0;
	}
	size_t n = 0;
	for (size_t i = 0; i < all.n && !g->failed; i++)
		if (cli_source_is_typed(all.v[i].source, name, 1)) {
			remove_one(g, all.v[i].docid, all.v[i].source);
			n++;
		}
	idx_sources_release(&all);
	return n;
}

/* Finds source; 1 when it is not stored, after removing it if it is. */
static int remove_source(struct rm_run *g, const char *source)
{
	unsigned docid;
	char *err = NULL;
	int rc = idx_writer_find(g->w, source, &docid, &err);
	if (rc < 0) {
		errorf("index %s: %s", g->path, err);
		free(err);
		g->failed = 1;
		return 0;
	}
	if (rc == 0)
		remove_one(g, docid, source);
	return rc;
}

/* The file or folder is still there: the next ingest of its folder, or a
 * watch started again, adds it back unsaid (h14f). arg as typed (NULL for
 * an id); a document removed alone is looked at as stored too. */
static void warn_still_there(const struct rm_run *g, const char *arg, size_t before)
{
	struct stat st;
	const char *there = NULL;
	if (g->removed > before && !g->dry_run && !g->failed) {
		if (arg && stat(arg, &st) == 0)
			there = arg;
		else if (g->removed == before + 1 && g->last[0] == '/' && stat(g->last, &st) == 0)
			there = g->last;
	}
	if (there)
		warnf("%s: still on disk: ingesting %s again adds %s back", there,
		      S_ISDIR(st.st_mode) ? "it" : "its folder",
		      S_ISDIR(st.st_mode) ? "its documents" : "it");
}

static void rm_arg(struct rm_run *g, const char *arg)
{
	long n = parse_count(arg);
	char *err = NULL;
	if (n > 0 && n <= 0xFFFFFFFFL) {
		struct idx_record r = { 0 };
		int rc = idx_writer_get(g->w, (unsigned)n, &r, &err);
		if (rc < 0) {
			errorf("index %s: %s", g->path, err);
			free(err);
			g->failed = 1;
		} else if (rc > 0) {
			errorf("rm: no document with id %s in %s", arg, g->path);
			g->missing++;
		} else {
			size_t before = g->removed;
			remove_one(g, (unsigned)n, r.source);
			warn_still_there(g, NULL, before);
		}
		idx_record_release(&r);
		return;
	}
	if (fetch_is_url(arg)) {
		char *url = fetch_url_normalise(arg, &err);
		if (!url) {
			errorf("rm: %s: %s", arg, err);
			free(err);
			g->missing++;
		} else if (remove_source(g, url) > 0 && !g->failed) {
			errorf("rm: %s: not in the index %s", url, g->path);
			g->missing++;
		}
		free(url);
		return;
	}
	/* A path: as ingest stored it (resolved, relative to --root), else as
	 * written (an index whose root is not known); a folder: all under it. */
	char *name = path_source_name(arg, g->root);
	size_t before = g->removed;
	int rc = remove_source(g, name);
	if (rc > 0 && strcmp(name, arg) != 0 && !g->failed)
		rc = remove_source(g, arg);
	if (rc > 0 && !g->failed && remove_under(g, name) == 0 && !g->failed &&
	    remove_other_form(g, name) == 0 && !g->failed) {
		errorf("rm: %s: not in the index %s (looked for %s and what lies under it)", arg,
		       g->path, name);
		g->missing++;
	}
	warn_still_there(g, arg, before);
	free(name);
}

int cmd_rm(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "root", required_argument, NULL, 'r' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "wait", optional_argument, NULL, 'W' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db_opt = NULL;
	struct rm_run g = { 0 };
	int quiet = 0, c, rc;
	double wait = -1;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "nvqh", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db_opt = optarg; break;
		case 'r': g.root = optarg; break;
		case 'n': g.dry_run = 1; break;
		case 'v': g.verbose = 1; break;
		case 'q': quiet = 1; break;
		case 'W':
			wait = 600;
			if (optarg && (rc = parse_seconds("rm", "--wait", optarg, 0, &wait)))
				return rc;
			break;
		case 'h': fputs(rm_help, stdout); return EXIT_OK;
		default:
			return bad_option("rm", argc, argv);
		}
	}
	if (optind >= argc)
		return usage_error("rm", "no document given (an id, a path or a URL)");

	char *err = NULL;
	char *path = dbpath_for_write(db_opt, &err);
	if (!path) {
		errorf("index: %s", err);
		free(err);
		return EXIT_INDEX;
	}
	g.path = path;
	struct stat st;
	if (idx_is_stub(path)) {
		/* A document's shard is its own index: removal goes there. */
		errorf("index %s: a file, not an index folder; from a stub of shards, rm removes "
		       "through the shard that holds the document (--db SHARD), or 'tracuu ingest "
		       "--shards %s' of its folder removes what is gone from it", path, path);
		free(path);
		return EXIT_INDEX;
	}
	if (stat(path, &st) < 0 || !S_ISDIR(st.st_mode)) {
		errorf("index %s: no index there (nothing to remove)", path);
		free(path);
		return EXIT_INDEX;
	}
	struct idx_writer_options wo = { .wait = wait };
	if (idx_writer_open(path, &wo, &g.w, &err) < 0) {
		errorf("index %s: %s", path, err);
		free(err);
		free(path);
		return EXIT_INDEX;
	}
	for (int i = optind; i < argc && !g.failed; i++)
		rm_arg(&g, argv[i]);
	/* The last batch, and the cards of the numbers the documents cited. */
	if (!g.failed && !g.dry_run && idx_writer_finish(g.w, &err) < 0) {
		errorf("index %s: commit: %s", path, err);
		free(err);
		g.failed = 1;
	}
	const struct idx_writer_summary *s = idx_writer_get_summary(g.w);
	size_t kept = g.dry_run ? g.removed : s->kept_removed;
	idx_writer_close(g.w);
	free(g.last);
	if (g.failed && !g.dry_run)
		errorf("index %s: %zu documents removed; the index keeps its last committed state",
		       path, kept);
	else if (!quiet)
		printf("%zu %s\n", kept, g.dry_run ? "would be removed" : "removed");
	free(path);
	return g.failed ? EXIT_INDEX : g.missing ? EXIT_NO_RESULTS : EXIT_OK;
}
