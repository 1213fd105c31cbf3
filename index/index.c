/* index.c — the index's C side: opening, batches, adding documents with
 * their identity and content checks, reading records back, statistics. */
#include "index/index.h"
#include "index/cites.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "index/bulk.h"
#include "index/compact.h"
#include "index/record.h"
#include "index/registry.h"
#include "index/schema.h"
#include "index/shards.h"
#include "index/termgen.h"
#include "index/xapian_shim.h"
#include "text/text.h"
#include "util/util.h"

struct idx_db {
	xs_db *xs;
	char *pidfile; /* writers: IDX_WRITER_FILE, removed on close */
	char *path;    /* writers: the folder, swept on close (compact.c) */
	int lockfd;    /* writers: the folder's lock, or -1 */
	struct text_tokeniser *tz; /* writers only */
	struct text_tokeniser *read_tz; /* idx_read_tokeniser's, made when first asked */
	int writable;
	struct registry_pending pending; /* numbers whose entries this batch changed */
	struct bulk *bulk; /* a bulk run's segments (bulk.c), or NULL */
	size_t recovered;  /* documents of a killed bulk run merged by idx_open */
	char *recovery_err;
	int remote_writer; /* a writer of one remote database (a shard) */
	/* Asked whether a source is gone, so its content met again under
	 * another name is a move (idx_set_source_gone), or NULL. */
	int (*gone)(const char *source, void *arg);
	void *gone_arg;
	struct pos_memo *pos_memo; /* over the network: idx_positions' last document */
	struct text_tokeniser *side_tz; /* idx_records_positions_ahead's second thread's */
};

/* Over the network Xapian 1.4 sends a position list a message a position
 * (thousands for a common word in a law: most of what a question's
 * article ranking cost over remote shards). The positions of a folded word
 * (PREFIX_FOLDED) then come from the document's text, fetched with the
 * page, tokenised as the indexer did (index/termgen.c: every token a
 * PREFIX_FOLDED posting, the title from position 1, the body from the
 * first position SLOT_OFFSETS gives): every word of the last document
 * asked about, in a table by folded form. */
struct pos_word {
	size_t off, len; /* the folded form, in pos_memo.words */
	unsigned *pos;
	size_t n, cap;
};

struct pos_memo {
	unsigned docid;
	unsigned body_pos;   /* the body's first position (SLOT_OFFSETS) */
	char *hash;          /* the document's content hash: a replaced text is read again */
	struct buf words;
	struct pos_word *w;
	size_t nw, capw;
	size_t *slot, mask;  /* open addressing: index + 1 into w, 0 free */
};

static void pos_memo_clear(struct pos_memo *m)
{
	for (size_t i = 0; i < m->nw; i++)
		free(m->w[i].pos);
	m->nw = 0;
	buf_reset(&m->words);
	free(m->hash);
	m->hash = NULL;
	m->docid = 0;
	if (m->slot)
		memset(m->slot, 0, (m->mask + 1) * sizeof *m->slot);
}

static void pos_memo_free(struct pos_memo *m)
{
	if (!m)
		return;
	pos_memo_clear(m);
	free(m->w);
	free(m->slot);
	buf_release(&m->words);
	free(m);
}

static size_t pos_hash(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return (size_t)h;
}

static size_t *pos_slot(struct pos_memo *m, const char *s, size_t len)
{
	size_t at = pos_hash(s, len) & m->mask;
	while (m->slot[at]) {
		const struct pos_word *w = &m->w[m->slot[at] - 1];
		if (w->len == len && memcmp(m->words.p + w->off, s, len) == 0)
			break;
		at = (at + 1) & m->mask;
	}
	return &m->slot[at];
}

static const struct pos_word *pos_memo_find(struct pos_memo *m, const char *s, size_t len)
{
	size_t *slot = pos_slot(m, s, len);
	return *slot ? &m->w[*slot - 1] : NULL;
}

static void pos_memo_grow(struct pos_memo *m)
{
	size_t size = m->mask ? 2 * (m->mask + 1) : 1024;
	free(m->slot);
	m->slot = xcalloc(size, sizeof *m->slot);
	m->mask = size - 1;
	for (size_t i = 0; i < m->nw; i++)
		*pos_slot(m, m->words.p + m->w[i].off, m->w[i].len) = i + 1;
}

static int pos_memo_token(const struct text_token *t, void *arg)
{
	struct pos_memo *m = arg;
	if (!t->folded_len)
		return 0;
	if (2 * (m->nw + 1) > m->mask + 1)
		pos_memo_grow(m);
	size_t *slot = pos_slot(m, t->folded, t->folded_len);
	if (!*slot) {
		if (m->nw == m->capw) {
			m->capw = m->capw ? 2 * m->capw : 512;
			m->w = xrealloc(m->w, m->capw * sizeof *m->w);
		}
		m->w[m->nw] = (struct pos_word){ m->words.len, t->folded_len, NULL, 0, 0 };
		buf_add(&m->words, t->folded, t->folded_len);
		*slot = ++m->nw;
	}
	struct pos_word *w = &m->w[*slot - 1];
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 8;
		w->pos = xrealloc(w->pos, w->cap * sizeof *w->pos);
	}
	w->pos[w->n++] = t->position;
	return 0;
}

/* db->pos_memo holds docid's words: 0, 1 no such document, -1 its text or
 * its first body position cannot be read (the caller asks the index). */
static int pos_memo_read(idx_db *db, unsigned docid)
{
	struct idx_record r;
	int rc = idx_get_lazy(db, docid, &r, NULL);
	if (rc != 0)
		return rc;
	struct pos_memo *m = db->pos_memo;
	if (m && m->docid == docid && m->hash && r.hash && strcmp(m->hash, r.hash) == 0) {
		idx_record_release(&r);
		return 0;
	}
	char *offsets = NULL;
	size_t olen = 0, body_pos;
	const unsigned char *p;
	if (xs_get_value(db->xs, docid, SLOT_OFFSETS, &offsets, &olen, NULL) != 0 || !olen ||
	    (p = (const unsigned char *)offsets, varint_get(&p, p + olen, &body_pos) < 0)) {
		free(offsets);
		idx_record_release(&r);
		return -1;
	}
	free(offsets);
	if (!m)
		m = db->pos_memo = xcalloc(1, sizeof *m);
	pos_memo_clear(m);
	m->docid = docid;
	m->body_pos = (unsigned)body_pos;
	m->hash = r.hash ? xstrdup(r.hash) : NULL;
	struct text_tokeniser *tz = idx_read_tokeniser(db);
	if (r.title && *r.title)
		text_tokenise(tz, r.title, strlen(r.title), 1, pos_memo_token, m);
	idx_record_need(&r, 0, r.text_len);
	text_tokenise(tz, r.text, r.text_len, (unsigned)body_pos, pos_memo_token, m);
	idx_record_release(&r);
	return 0;
}

xs_db *idx_xs(idx_db *db)
{
	return db->xs;
}

struct text_tokeniser *idx_read_tokeniser(idx_db *db)
{
	if (!db->read_tz)
		db->read_tz = text_tokeniser_new();
	return db->read_tz;
}

/* The pid in a locked index's IDX_WRITER_FILE when that process is alive,
 * else 0. */
static long writer_pid(const char *path)
{
	char *p = xasprintf("%s/%s", path, IDX_WRITER_FILE);
	FILE *f = fopen(p, "r");
	free(p);
	long pid = 0;
	if (f) {
		if (fscanf(f, "%ld", &pid) != 1)
			pid = 0;
		fclose(f);
	}
	if (pid <= 0 || (kill((pid_t)pid, 0) < 0 && errno == ESRCH))
		return 0;
	return pid;
}

/* A folder holding only the files Xapian makes while it creates an index,
 * and not the one it writes last (iamglass): a first ingest killed before
 * its first commit. It is started again rather than refused. */
static int unfinished_index(const char *path)
{
	DIR *d = opendir(path);
	if (!d)
		return 0;
	int any = 0, other = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		const char *n = e->d_name;
		size_t len = strlen(n);
		if (strcmp(n, ".") == 0 || strcmp(n, "..") == 0)
			continue;
		any = 1;
		if (strcmp(n, "flintlock") == 0 || strcmp(n, IDX_WRITER_FILE) == 0 ||
		    (len > 6 && strcmp(n + len - 6, ".glass") == 0) ||
		    (len > 4 && strcmp(n + len - 4, ".tmp") == 0))
			continue;
		other = 1; /* iamglass, or files that are not Xapian's */
	}
	closedir(d);
	return any && !other;
}

/* An index made with another term scheme (schema.h) would answer wrongly:
 * refuse it and say what to do. An empty index takes this scheme. */
static int check_schema_one(xs_db *xs, const char *path, char **err);

/* Is an index's scheme v (vlen bytes, none: scheme 1) newer than the one
 * this tracuu reads? An older tracuu opening a newer index says so, and
 * not that the index is old. */
static int schema_newer(const char *v, size_t vlen)
{
	unsigned long got = 0;
	for (size_t i = 0; i < vlen && i < 9 && v[i] >= '0' && v[i] <= '9'; i++)
		got = got * 10 + (unsigned long)(v[i] - '0');
	return got > strtoul(SCHEMA_VERSION, NULL, 10);
}

static int check_schema(xs_db *xs, const char *path, char **err)
{
	size_t n = xs_shard_count(xs);
	if (!n)
		return check_schema_one(xs, path, err);
	for (size_t i = 0; i < n; i++) {
		char *v;
		size_t vlen;
		if (xs_shard_doccount(xs, i) == 0)
			continue;
		if (xs_shard_get_metadata(xs, i, META_SCHEMA, &v, &vlen, err) < 0)
			return -1;
		int same = vlen == strlen(SCHEMA_VERSION) && memcmp(v, SCHEMA_VERSION, vlen) == 0;
		if (!same)
			*err = xasprintf("shard %s: made with index scheme %s; this tracuu reads "
					 "scheme %s: %s",
					 xs_shard_name(xs, i), vlen ? v : "1", SCHEMA_VERSION,
					 schema_newer(v, vlen)
						 ? "read it with the newer tracuu that made it"
						 : "ingest its texts again into a new index");
		free(v);
		if (!same)
			return -1;
	}
	return 0;
}

static int check_schema_one(xs_db *xs, const char *path, char **err)
{
	unsigned long long docs = 0, len;
	unsigned last;
	char *v = NULL;
	size_t vlen = 0;
	if (xs_counts(xs, &docs, &len, &last, err) < 0)
		return -1;
	if (docs == 0)
		return 0;
	if (xs_get_metadata(xs, META_SCHEMA, &v, &vlen, err) < 0)
		return -1;
	int same = vlen == strlen(SCHEMA_VERSION) && memcmp(v, SCHEMA_VERSION, vlen) == 0;
	if (!same && schema_newer(v, vlen))
		*err = xasprintf("made by a newer tracuu (index scheme %.*s; this one reads scheme "
				 "%s): read it with that tracuu, or ingest the texts again with this "
				 "one into a new index",
				 (int)vlen, v, SCHEMA_VERSION);
	else if (!same)
		*err = xasprintf("made by an older tracuu (index scheme %s; this one reads scheme %s): "
				 "ingest the texts again into a new index (remove %s first)",
				 vlen ? v : "1", SCHEMA_VERSION, path);
	free(v);
	return same ? 0 : -1;
}

/* Writers lock the index folder itself (flock): Xapian's own lock is on the
 * generation it opens, which a compaction replaces (compact.c), so alone it
 * would let a second writer open the old one just as it is retired. Returns
 * 0 (*fd the lock, or -1 where folders cannot be locked: NFS, which is left
 * to Xapian's lock), IDX_LOCKED or -1. */
static int lock_folder(const char *path, int *fd, char **err)
{
	*fd = -1;
	if (mkdir(path, 0755) < 0 && errno != EEXIST) {
		*err = xasprintf("cannot create the index folder: %s", strerror(errno));
		return -1;
	}
	int d = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (d < 0) {
		*err = xasprintf("cannot open the index folder: %s", strerror(errno));
		return -1;
	}
	if (flock(d, LOCK_EX | LOCK_NB) == 0) {
		*fd = d;
		return 0;
	}
	int busy = errno == EWOULDBLOCK;
	close(d);
	if (!busy)
		return 0;
	long pid = writer_pid(path);
	*err = pid > 0 ? xasprintf("the index is being updated by process %ld", pid)
		       : xstrdup("the index is being updated by another process");
	return IDX_LOCKED;
}

/* Xapian holds a batch's postings in in-memory trees until it flushes them
 * into its tables, every XAPIAN_FLUSH_THRESHOLD documents (by default
 * more than a batch of ours, so once per batch). Trees of a thousand
 * documents cost more in cache misses than flushing ten times as often
 * does: an ingest runs faster in less memory (bench/RESULTS.md). Set
 * (setenv) as a writer opens; a user's setting wins. */
#define FLUSH_DOCS "100"

static void recover(idx_db *db);

int idx_open(const char *path, enum idx_mode mode, idx_db **out, char **err)
{
	*out = NULL;
	struct stat st;
	int lockfd = -1;
	if (mode == IDX_WRITE)
		setenv("XAPIAN_FLUSH_THRESHOLD", FLUSH_DOCS, 0);
	char *rhost = NULL;
	unsigned rport = 0;
	int remote = idx_remote_name(path, &rhost, &rport);
	if (remote < 0) {
		*err = xasprintf("not a remote index: %s needs HOST:PORT", IDX_REMOTE_SCHEME);
		return -1;
	}
	if (remote || (mode != IDX_WRITE && idx_is_stub(path))) {
		xs_db *xs;
		int rc = remote ? xs_open_remote(rhost, rport, mode == IDX_WRITE, &xs, err)
				: idx_open_stub(path, mode == IDX_READ_PARTIAL, &xs, err);
		free(rhost);
		if (rc < 0)
			return rc;
		/* A remote writer's changes reach its server as they are made,
		 * and xapian-tcpsrv commits what it holds when the writer's
		 * connection drops (Xapian's transaction is the client's): the
		 * scheme goes first, so what a writer killed mid-batch left is
		 * an index of this scheme (the registry's marks likewise go
		 * before each document, idx_add_prepared). */
		if (check_schema(xs, path, err) < 0 ||
		    (mode == IDX_WRITE &&
		     (xs_begin(xs, err) < 0 ||
		      (remote && xs_set_metadata(xs, META_SCHEMA, SCHEMA_VERSION,
						 strlen(SCHEMA_VERSION), err) < 0)))) {
			xs_close(xs);
			return -1;
		}
		idx_db *db = xcalloc(1, sizeof *db);
		db->xs = xs;
		db->lockfd = -1;
		db->writable = mode == IDX_WRITE;
		db->remote_writer = remote && db->writable;
		if (db->writable)
			db->tz = text_tokeniser_new();
		*out = db;
		return 0;
	}
	if (mode != IDX_WRITE) {
		if (stat(path, &st) < 0) {
			*err = errno == ENOENT ? xstrdup("no index there (run 'tracuu ingest' first)")
					       : xstrdup(strerror(errno));
			return -1;
		}
		if (!S_ISDIR(st.st_mode)) {
			*err = xstrdup("not an index (not a directory)");
			return -1;
		}
	}
	if (mode == IDX_WRITE) {
		if (idx_is_stub(path)) {
			*err = xasprintf("a file, not an index folder; a stub of shards is written "
					 "through its shards: 'tracuu ingest --shards %s'", path);
			return -1;
		}
		if (compact_foreign_stub(path)) {
			*err = xasprintf("%s/XAPIANDB is not a stub tracuu wrote: a replica kept by "
					 "xapian-replicate is read-only (ingest into its master)", path);
			return -1;
		}
		int lrc = lock_folder(path, &lockfd, err);
		if (lrc < 0)
			return lrc;
		compact_sweep(path);
	}
	xs_db *xs;
	int rc = xs_open(path, mode == IDX_WRITE ? 1 + unfinished_index(path) : 0, &xs, err);
	/* A reader that read the stub just as a compaction retired the
	 * generation it named: the stub names the new one now. */
	for (int tries = 0; rc == -1 && mode != IDX_WRITE && tries < 5; tries++) {
		char *live = compact_live_dir(path);
		free(live);
		/* A replica's stub switches too (xapian-replicate's full copy). */
		if (!live && !compact_foreign_stub(path))
			break;
		free(*err);
		*err = NULL;
		rc = xs_open(path, 0, &xs, err);
	}
	if (rc == -2) {
		long pid = writer_pid(path);
		if (pid > 0) {
			free(*err);
			*err = xasprintf("the index is being updated by process %ld", pid);
		}
		if (lockfd >= 0)
			close(lockfd);
		return IDX_LOCKED;
	}
	if (rc < 0 || check_schema(xs, path, err) < 0) {
		if (rc == 0)
			xs_close(xs);
		if (lockfd >= 0)
			close(lockfd);
		return -1;
	}
	idx_db *db = xcalloc(1, sizeof *db);
	db->xs = xs;
	db->lockfd = lockfd;
	db->writable = mode == IDX_WRITE;
	if (db->writable) {
		db->path = xstrdup(path);
		/* Who holds the lock, for the next writer's message (Xapian's
		 * lock is an OFD lock: fcntl cannot tell its holder's pid). */
		db->pidfile = xasprintf("%s/%s", path, IDX_WRITER_FILE);
		FILE *f = fopen(db->pidfile, "w");
		if (f) {
			fprintf(f, "%ld\n", (long)getpid());
			fclose(f);
		}
		db->tz = text_tokeniser_new();
		recover(db);
		if (!db->xs) { /* the merged copy did not open */
			*err = xasprintf("after merging an interrupted run: %s", db->recovery_err);
			idx_close(db);
			return -1;
		}
		if (xs_begin(db->xs, err) < 0) {
			idx_close(db);
			return -1;
		}
	}
	*out = db;
	return 0;
}

size_t idx_shard_count(idx_db *db)
{
	return xs_shard_count(db->xs);
}

const char *idx_shard_name(idx_db *db, size_t i)
{
	return xs_shard_name(db->xs, i);
}

int idx_shard_down(idx_db *db, size_t i)
{
	return xs_shard_down(db->xs, i);
}

unsigned long long idx_shard_documents(idx_db *db, size_t i)
{
	return xs_shard_doccount(db->xs, i);
}

void idx_close(idx_db *db)
{
	if (!db)
		return;
	bulk_free(db->bulk); /* a run that did not reach its merge */
	if (db->pidfile) { /* while the lock is still ours */
		unlink(db->pidfile);
		free(db->pidfile);
	}
	xs_close(db->xs);
	if (db->path) { /* a compaction's old generation, now closed */
		compact_sweep(db->path);
		free(db->path);
	}
	if (db->lockfd >= 0)
		close(db->lockfd);
	text_tokeniser_free(db->tz);
	text_tokeniser_free(db->read_tz);
	text_tokeniser_free(db->side_tz);
	pos_memo_free(db->pos_memo);
	registry_pending_release(&db->pending);
	free(db->recovery_err);
	free(db);
}

int idx_commit(idx_db *db, char **err)
{
	if (db->bulk) /* a bulk run writes the index once, at its merge */
		return 0;
	/* The registry's marks go in the same batch as the documents. */
	if (registry_mark(db->xs, &db->pending, err) < 0)
		return -1;
	if (xs_set_metadata(db->xs, META_SCHEMA, SCHEMA_VERSION, strlen(SCHEMA_VERSION), err) < 0)
		return -1;
	if (xs_commit(db->xs, err) < 0)
		return -1;
	return xs_begin(db->xs, err);
}

int idx_settle(idx_db *db, size_t *settled, char **err)
{
	if (registry_mark(db->xs, &db->pending, err) < 0 ||
	    registry_settle(db->xs, settled, err) < 0)
		return -1;
	return idx_commit(db, err);
}

/* The unique term naming a source; long sources are named by a digest. */
static void id_term(const char *source, struct buf *out)
{
	buf_reset(out);
	buf_adds(out, PREFIX_ID);
	size_t len = strlen(source);
	if (len + strlen(PREFIX_ID) <= SCHEMA_MAX_ID_TERM) {
		buf_add(out, source, len);
	} else {
		char hex[33];
		hash_content_hex(source, len, hex);
		buf_addc(out, '#');
		buf_adds(out, hex);
	}
}

/* Field k (0-based) of a mention line (index/cites.c) in [line, end), or NULL. */
size_t idx_shard_for(const char *source, size_t nshards)
{
	/* The identity term's hash: the same source goes to the same shard for
	 * as long as the stub lists as many shards. */
	struct buf t = BUF_INIT;
	id_term(source, &t);
	uint64_t h = hash_fnv1a64(t.p, t.len, 0);
	buf_release(&t);
	return nshards ? (size_t)(h % nshards) : 0;
}

static const char *line_field(const char *line, const char *end, unsigned k)
{
	for (; k && line < end; k--) {
		const char *tab = memchr(line, '\t', (size_t)(end - line));
		if (!tab)
			return NULL;
		line = tab + 1;
	}
	return line < end ? line : NULL;
}

/* Is a mention line's letterhead field (cites.c's field 11, CITE_OWN_TEXT
 * and the CITE_UNSURE_* flags as one number) the document's own letterhead,
 * as termgen takes it? A text the file holds later is not. The flags make
 * it 5 or 33 as well as 1: its first character alone does not tell. */
static int own_letterhead(const char *lh)
{
	long flags = lh ? strtol(lh, NULL, 10) : 0;
	return (flags & CITE_OWN_TEXT) && !(flags & CITE_LATER_TEXT);
}

/* The number of the first letterhead among mention lines (the L term's),
 * malloc'd; "" when none. */
static char *first_letterhead(const char *lines, size_t len)
{
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(lines + i, '\n', len - i);
		const char *end = nl ? nl : lines + len;
		if (own_letterhead(line_field(lines + i, end, 11)))
			return xstrndup(lines + i, strcspn(lines + i, "\t"));
		i = (size_t)(end - lines) + 1;
	}
	return xstrdup("");
}

/* The document to write for r (identity term idt): terms, values and the
 * stored record; the numbers it cites are appended to mentions. */
static xs_doc *build_doc(struct text_tokeniser *tz, const struct idx_record *r,
			 const struct buf *idt, struct buf *mentions)
{
	struct buf data = BUF_INIT;
	xs_doc *doc = xs_doc_new();
	size_t before = mentions->len;
	struct buf articles = BUF_INIT;
	termgen_document(tz, r, doc, mentions, &articles);
	xs_doc_add_term(doc, idt->p, idt->len);
	/* Its own number rides in the record, read with every result anyway:
	 * finding it among the mention lines costs a long text's all. */
	struct idx_record with_own = *r;
	with_own.own = first_letterhead(mentions->p + before, mentions->len - before);
	with_own.articles = articles.p;
	with_own.articles_len = articles.len;
	record_encode(&with_own, &data);
	free(with_own.own);
	buf_release(&articles);
	xs_doc_set_data(doc, data.p, data.len);
	buf_release(&data);
	return doc;
}

/* One thread's scratch for idx_prepare. */
struct idx_preparer {
	struct text_tokeniser *tz;
	idx_db *snapshot; /* the index read-only, or NULL */
};

struct idx_prepared {
	xs_doc *doc; /* NULL: passed over as already indexed */
	struct buf mentions;
};

idx_preparer *idx_preparer_new(const char *path)
{
	idx_preparer *p = xcalloc(1, sizeof *p);
	p->tz = text_tokeniser_new();
	char *err = NULL;
	if (path && idx_open(path, IDX_READ, &p->snapshot, &err) == 0 &&
	    idx_doc_count(p->snapshot) == 0) {
		idx_close(p->snapshot);
		p->snapshot = NULL;
	}
	free(err);
	return p;
}

void idx_preparer_free(idx_preparer *p)
{
	if (!p)
		return;
	text_tokeniser_free(p->tz);
	idx_close(p->snapshot);
	free(p);
}

/* The term marking a text's content hash. */
static void hash_term(const char *hash, struct buf *out)
{
	buf_reset(out);
	buf_adds(out, PREFIX_HASH);
	buf_adds(out, hash);
}

enum stored { STORED_NOT, STORED_OTHER, STORED_SAME };

/* What xs holds under the source named by idt: nothing, another content or
 * the content whose hash term is ht (*existing: its docid). -1: an error. */
static int stored_as(xs_db *xs, const struct buf *idt, const struct buf *ht, unsigned *existing,
		     char **err)
{
	int have = xs_first_doc(xs, idt->p, idt->len, existing, err);
	if (have != 0)
		return have < 0 ? -1 : STORED_NOT;
	int same = xs_doc_has_term(xs, *existing, ht->p, ht->len, err);
	return same < 0 ? -1 : same ? STORED_SAME : STORED_OTHER;
}

idx_prepared *idx_prepare(idx_preparer *p, const struct idx_record *r)
{
	idx_prepared *d = xcalloc(1, sizeof *d);
	struct buf idt = BUF_INIT, ht = BUF_INIT;
	unsigned docid;
	id_term(r->source, &idt);
	hash_term(r->hash, &ht);
	/* An error says "not indexed": the writer checks again. */
	if (!p->snapshot || stored_as(p->snapshot->xs, &idt, &ht, &docid, NULL) != STORED_SAME)
		d->doc = build_doc(p->tz, r, &idt, &d->mentions);
	buf_release(&idt);
	buf_release(&ht);
	return d;
}

void idx_prepared_free(idx_prepared *d)
{
	if (!d)
		return;
	xs_doc_free(d->doc);
	buf_release(&d->mentions);
	free(d);
}

static void note_number(const char *term, size_t len, void *arg)
{
	struct buf *b = arg;
	buf_add(b, term + strlen(PREFIX_CITE), len - strlen(PREFIX_CITE));
	buf_adds(b, "\t\n");
}

/* Document docid is about to go or change: the numbers it cites now —
 * its mention lines, and the N terms that have none (numbers in its
 * title) — get their cards redone. 0, 1 no such document, -1. */
static int touch_old(idx_db *db, unsigned docid, char **err)
{
	char *old = NULL;
	size_t old_len = 0;
	int got = cites_get(db->xs, docid, &old, &old_len, err);
	if (got == 0) {
		registry_touch_lines(&db->pending, old, old_len, 0);
		struct buf nums = BUF_INIT;
		if (xs_doc_terms(db->xs, docid, PREFIX_CITE, note_number, &nums, err) < 0)
			got = -1;
		else if (nums.len)
			registry_touch_lines(&db->pending, nums.p, nums.len, 0);
		buf_release(&nums);
	}
	free(old);
	return got;
}

void idx_set_source_gone(idx_db *db, int (*gone)(const char *source, void *arg), void *arg)
{
	db->gone = gone;
	db->gone_arg = arg;
}

int idx_remove(idx_db *db, unsigned docid, char **err)
{
	if (db->bulk) {
		*err = xstrdup("documents cannot be removed during a bulk run");
		return -1;
	}
	int got = touch_old(db, docid, err);
	if (got != 0)
		return got;
	return xs_delete(db->xs, docid, err) < 0 ? -1 : 0;
}

int idx_add(idx_db *db, const struct idx_record *r, enum idx_add_result *res, char **dup_of,
	    char **err)
{
	return idx_add_prepared(db, r, NULL, res, dup_of, err);
}

int idx_add_prepared(idx_db *db, const struct idx_record *r, idx_prepared *d,
		     enum idx_add_result *res, char **dup_of, char **err)
{
	struct buf idt = BUF_INIT, ht = BUF_INIT;
	int rc = -1;
	unsigned existing = 0, same = 0, docid;
	if (dup_of)
		*dup_of = NULL;

	id_term(r->source, &idt);
	hash_term(r->hash, &ht);
	int held = stored_as(db->xs, &idt, &ht, &existing, err);
	if (held < 0)
		goto out;
	/* A bulk run's own documents are not in the index yet: what it wrote
	 * under this source is what the source holds now. */
	int in_run = 0, run_same;
	if (db->bulk && bulk_source(db->bulk, &idt, r->hash, &existing, &run_same)) {
		in_run = 1;
		held = run_same ? STORED_SAME : STORED_OTHER;
	}
	if (held == STORED_SAME) {
		*res = IDX_UNCHANGED;
		rc = 0;
		goto out;
	}
	const char *run_dup = db->bulk ? bulk_content(db->bulk, r->hash) : NULL;
	int dup = run_dup ? 0 : xs_first_doc(db->xs, ht.p, ht.len, &same, err);
	if (dup < 0)
		goto out;
	if (dup == 0 && !run_dup && db->bulk && bulk_replaced(db->bulk, same))
		dup = 1; /* its source has another text since */
	int moved = 0;
	if (dup == 0 && (held == STORED_NOT || in_run || same != existing)) {
		char *holder = run_dup ? xstrdup(run_dup) : NULL;
		if (!holder) {
			struct idx_record other = { .docid = same };
			if (idx_get_lazy(db, same, &other, NULL) == 0) {
				holder = other.source;
				other.source = NULL;
				idx_record_release(&other);
			}
		}
		/* The holder's file is gone: this is where its text lives now
		 * (a rename), so the document moves instead of being refused.
		 * A bulk run replaces one document per addition: not when this
		 * source has one of its own too. */
		moved = !run_dup && holder && db->gone && db->gone(holder, db->gone_arg) &&
			!(db->bulk && held == STORED_OTHER);
		if (dup_of)
			*dup_of = holder;
		else
			free(holder);
		if (!moved) {
			*res = IDX_DUPLICATE;
			rc = 0;
			goto out;
		}
	}

	if (held == STORED_OTHER && !in_run && touch_old(db, existing, err) < 0)
		goto out; /* (those of a text this run wrote were marked as it was) */
	if (moved && touch_old(db, same, err) < 0)
		goto out;
	/* Not prepared, or passed over by a preparer that saw it as indexed. */
	struct buf mentions = BUF_INIT;
	int built = !d || !d->doc, marked = 0;
	xs_doc *doc = built ? build_doc(db->tz, r, &idt, &mentions) : d->doc;
	const struct buf *m = built ? &mentions : &d->mentions;
	if (db->bulk) {
		/* The segment's thread takes the document. */
		if (!built)
			d->doc = NULL;
		built = 0;
		rc = bulk_put(db->bulk, r->source, &idt, r->hash,
			      moved ? same : held == STORED_OTHER ? existing : 0, doc, &docid, err);
	} else {
		/* A remote writer marks the numbers before the document reaches
		 * its server: killed in between, a mark without its document
		 * costs a settle, a document without its mark a wrong card. */
		rc = 0;
		if (db->remote_writer) {
			registry_touch_lines(&db->pending, m->p, m->len, 1);
			rc = registry_mark(db->xs, &db->pending, err);
			marked = 1;
		}
		/* A moved document keeps its docid: a saved /doc/N link, a
		 * citation's "id", still reach it under its new source. What
		 * the new source held before (a file renamed over another)
		 * goes. */
		if (rc == 0 && moved) {
			if (held == STORED_OTHER)
				rc = xs_delete(db->xs, existing, err);
			if (rc == 0)
				rc = xs_put(db->xs, same, doc, err);
			docid = same;
		} else if (rc == 0) {
			rc = xs_replace(db->xs, idt.p, idt.len, doc, &docid, err);
		}
	}
	if (rc == 0) {
		if (!marked)
			registry_touch_lines(&db->pending, m->p, m->len, 1);
		*res = moved ? IDX_MOVED : held == STORED_OTHER ? IDX_REPLACED : IDX_ADDED;
	}
	if (built)
		xs_doc_free(doc);
	buf_release(&mentions);
out:
	buf_release(&idt);
	buf_release(&ht);
	return rc;
}

/* ---- bulk runs ------------------------------------------------------------ */

int idx_bulk_begin(idx_db *db, unsigned writers, size_t expected, char **err)
{
	unsigned long long docs, len;
	unsigned last;
	if (xs_counts(db->xs, &docs, &len, &last, err) < 0)
		return -1;
	db->bulk = bulk_new(db->path, last + 1, writers, expected);
	return 0;
}

struct merge_ctx {
	idx_db *db;
	xs_db *gen;
	unsigned after;    /* recovering: the index's last docid before the merge */
	int recovering;    /* a killed run's segments: their numbers to mark */
	size_t documents;  /* recovering: the segments' documents */
	char *settle_err;
};

/* Marks the numbers docid cites (cited_now: as added, else as dropped). */
static int touch_cites(struct merge_ctx *c, unsigned docid, int cited_now, char **err)
{
	char *v = NULL;
	size_t len = 0;
	int got = cites_get(c->gen, docid, &v, &len, err);
	if (got == 0)
		registry_touch_lines(&c->db->pending, v, len, cited_now);
	free(v);
	return got < 0 ? -1 : 0;
}

static int touch_segment_doc(unsigned docid, void *arg)
{
	struct merge_ctx *c = arg;
	if (docid <= c->after)
		return 0;
	c->documents++;
	return touch_cites(c, docid, 1, &c->settle_err) < 0;
}

/* The merged copy before it becomes the index: the documents the run
 * replaced go (the segments name them, META_REPLACED), the registry takes
 * the run's numbers and settles them. */
static int finish_merge(xs_db *gen, void *arg, char **err)
{
	struct merge_ctx *c = arg;
	struct registry_pending keys = { 0 }; /* the replaced docids */
	struct buf key = BUF_INIT;
	int rc = registry_meta_keys(gen, META_REPLACED, &keys, err);
	c->gen = gen;
	/* A killed run's numbers were never noted: from the documents. */
	if (rc == 0 && c->recovering) {
		rc = xs_postlist_each(gen, "", 0, touch_segment_doc, c, err);
		if (rc == 0 && c->settle_err) {
			*err = c->settle_err;
			c->settle_err = NULL;
			rc = -1;
		}
	}
	for (size_t i = 0; i < keys.n && rc == 0; i++) {
		unsigned docid = (unsigned)strtoul(keys.v[i], NULL, 10);
		if (c->recovering)
			rc = touch_cites(c, docid, 0, err);
		if (c->recovering && docid > c->after)
			c->documents--; /* a text the run itself replaced later */
		if (rc == 0)
			rc = xs_delete(gen, docid, err);
		if (rc == 0) {
			buf_reset(&key);
			buf_addf(&key, META_REPLACED "%s", keys.v[i]);
			rc = xs_set_metadata(gen, key.p, "", 0, err);
		}
	}
	registry_pending_release(&keys);
	buf_release(&key);
	if (rc < 0 || registry_mark(gen, &c->db->pending, err) < 0 ||
	    xs_set_metadata(gen, META_SCHEMA, SCHEMA_VERSION, strlen(SCHEMA_VERSION), err) < 0 ||
	    xs_commit(gen, err) < 0)
		return -1;
	/* As after any run, a card that could not be settled stays marked and
	 * is computed as it is read until the next run: no reason to lose the
	 * run (each entry is stored and unmarked in one step). */
	registry_settle(gen, NULL, &c->settle_err);
	return 0;
}

/* idx_open for a writer: the segments a bulk run killed before its merge
 * left (index/bulk.c) are merged in as that run would have. A failure
 * leaves the index as it was and drops them (db->recovery_err). */
static void recover(idx_db *db)
{
	unsigned long long docs, len, before, after;
	unsigned last;
	char **segs = NULL, *err = NULL;
	if (xs_counts(db->xs, &docs, &len, &last, &err) < 0) {
		free(err); /* the segments stay for the next writer */
		return;
	}
	size_t n = bulk_leftovers(db->path, last, &segs);
	if (!n)
		return;
	struct merge_ctx c = { .db = db, .after = last, .recovering = 1 };
	int rc = compact_merge(db->path, (const char *const *)segs, n, finish_merge, &c, &before,
			       &after, &err);
	for (size_t i = 0; i < n; i++) {
		compact_remove_dir(segs[i]);
		free(segs[i]);
	}
	free(segs);
	free(c.settle_err);
	registry_pending_release(&db->pending);
	memset(&db->pending, 0, sizeof db->pending);
	if (rc < 0) {
		db->recovery_err = err;
		return;
	}
	db->recovered = c.documents;
	/* The index is the merged copy now: the writer opens it. */
	xs_close(db->xs);
	db->xs = NULL;
	if (xs_open(db->path, 1, &db->xs, &err) < 0)
		db->recovery_err = err;
	else
		compact_sweep(db->path);
}

size_t idx_recovered(const idx_db *db, const char **why_not)
{
	*why_not = db->recovery_err;
	return db->recovered;
}

int idx_bulk_finish(idx_db *db, int *merged, unsigned long long *before,
		    unsigned long long *after, char **settle_err, char **err)
{
	const char *const *segs;
	*merged = 0;
	*settle_err = NULL;
	int n = bulk_close(db->bulk, &segs, err);
	if (n < 0)
		return -1;
	int rc = 0;
	if (n > 0) {
		struct merge_ctx c = { .db = db };
		rc = compact_merge(db->path, segs, (size_t)n, finish_merge, &c, before, after, err);
		*merged = rc == 0 ? n : 0;
		*settle_err = c.settle_err;
	}
	bulk_free(db->bulk);
	db->bulk = NULL;
	return rc;
}

static int get_record(idx_db *db, unsigned docid, int lazy, struct idx_record *out, char **err)
{
	const char *data;
	size_t len;
	void *keep;
	int rc = xs_get_data_kept(db->xs, docid, &data, &len, &keep, err);
	if (rc != 0)
		return rc;
	out->docid = docid;
	rc = record_decode_kept(data, len, lazy, keep, xs_kept_free, out);
	if (rc < 0) {
		if (err)
			*err = xasprintf("document %u has no readable tracuu record (not a tracuu "
					 "index, or damaged)", docid);
		return -1;
	}
	if (lazy == RECORD_TEXT_ONLY)
		return 0;
	/* Beside the record: the date the document is filtered by (schema.h). */
	char *v;
	size_t vlen;
	if (idx_get_value(db, docid, SLOT_ISSUE_DATE, &v, &vlen, NULL) == 0 && v && vlen == 10)
		out->issue_date = v;
	else
		free(v);
	return 0;
}

int idx_get(idx_db *db, unsigned docid, struct idx_record *out, char **err)
{
	return get_record(db, docid, 0, out, err);
}

int idx_get_lazy(idx_db *db, unsigned docid, struct idx_record *out, char **err)
{
	return get_record(db, docid, 1, out, err);
}

int idx_get_text(idx_db *db, unsigned docid, struct idx_record *out, char **err)
{
	return get_record(db, docid, RECORD_TEXT_ONLY, out, err);
}

int idx_get_value(idx_db *db, unsigned docid, unsigned slot, char **v, size_t *len, char **err)
{
	*v = NULL;
	*len = 0;
	return xs_get_value(db->xs, docid, slot, v, len, err);
}

int idx_doc_terms(idx_db *db, unsigned docid, const char *prefix,
		  void (*fn)(const char *term, size_t len, void *ctx), void *ctx, char **err)
{
	return xs_doc_terms(db->xs, docid, prefix, fn, ctx, err) < 0 ? -1 : 0;
}

int idx_find_source(idx_db *db, const char *source, unsigned *docid, char **err)
{
	struct buf t = BUF_INIT;
	id_term(source, &t);
	int rc = xs_first_doc(db->xs, t.p, t.len, docid, err);
	buf_release(&t);
	return rc;
}

int idx_cards_get(idx_db *db, const char *canonical, struct idx_card **cards, size_t *n,
		  char **err)
{
	return registry_cards_read(db->xs, canonical, cards, n, err);
}

void idx_cards_ahead(idx_db *db, char *const *canonicals, size_t n)
{
	registry_cards_ahead(db->xs, canonicals, n);
}

int idx_card_outgoing(idx_db *db, struct idx_card *card, char **err)
{
	return registry_card_outgoing(db->xs, card, err);
}

int idx_card_candidates(idx_db *db, const char *meta_prefix, const char *key, char ***out,
			size_t *n, char **err)
{
	return registry_candidates(db->xs, meta_prefix, key, out, n, err);
}

int idx_card_candidates_under(idx_db *db, const char *meta_prefix, const char *key_prefix,
			      size_t max_keys, char ***out, size_t *n, char **err)
{
	*out = NULL;
	*n = 0;
	struct registry_pending keys = { 0 };
	struct buf k = BUF_INIT;
	buf_adds(&k, meta_prefix);
	buf_adds(&k, key_prefix);
	int rc = registry_meta_keys(db->xs, k.p, &keys, err);
	buf_release(&k);
	for (size_t i = 0; rc == 0 && i < keys.n && i < max_keys; i++) {
		struct buf key = BUF_INIT;
		buf_adds(&key, key_prefix);
		buf_adds(&key, keys.v[i]);
		char **more = NULL;
		size_t m = 0;
		rc = registry_candidates(db->xs, meta_prefix, key.p, &more, &m, err);
		buf_release(&key);
		if (rc == 0 && m) {
			*out = xrealloc(*out, (*n + m) * sizeof **out);
			memcpy(*out + *n, more, m * sizeof *more);
			*n += m;
		}
		free(more);
	}
	registry_pending_release(&keys);
	if (rc < 0) {
		for (size_t i = 0; i < *n; i++)
			free((*out)[i]);
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

size_t idx_cite_places(idx_db *db, unsigned docid, const char *canonical,
		       struct idx_cite_place *out, size_t max)
{
	return registry_places(db->xs, docid, canonical, out, max);
}

struct mentions_ctx {
	size_t from, to;
	int seen_letterhead;
	size_t head; /* past it, letterheads only (idx_mentions_each_head) */
	int (*fn)(const struct idx_mention *m, void *ctx);
	void *ctx;
};

static int mention_line(const char *line, size_t len, void *arg)
{
	struct mentions_ctx *c = arg;
	const char *end = line + len;
	/* A long text cites hundreds of numbers: read the three fields that
	 * decide before parsing a line (cites.c: letterhead, start and end are
	 * fields 11-13). Lines come in text order. */
	const char *lh = line_field(line, end, 11);
	const char *sf = lh ? line_field(lh, end, 1) : NULL;
	const char *ef = sf ? line_field(sf, end, 1) : NULL;
	if (!ef)
		return 0;
	int letterhead = own_letterhead(lh);
	size_t start = strtoul(sf, NULL, 10), stop = strtoul(ef, NULL, 10);
	if (start > c->head && strtol(lh, NULL, 10) == 0)
		return 0;
	int first = letterhead && !c->seen_letterhead;
	c->seen_letterhead |= letterhead;
	if (!first && !(start >= c->from && stop <= c->to))
		return c->seen_letterhead && start >= c->to;
	struct stored_mention s;
	if (cites_parse_line(line, len, &s) != 0)
		return 0;
	struct idx_mention m = { s.canonical, s.kind, s.type_code, s.type_name, s.date,
				 s.issuer_code, s.issuer_name, s.subject, s.signer,
				 s.letterhead, s.start, s.end };
	return c->fn(&m, c->ctx);
}

int idx_mentions_each(idx_db *db, unsigned docid, const char *own, size_t from, size_t to,
		      int (*fn)(const struct idx_mention *m, void *ctx), void *ctx, char **err)
{
	/* Known to have no letterhead: the lines past the range are not read. */
	struct mentions_ctx c = { from, to, own && !*own, (size_t)-1, fn, ctx };
	return cites_each_line(db->xs, docid, mention_line, &c, err);
}

int idx_mentions_each_head(idx_db *db, unsigned docid, size_t head,
			   int (*fn)(const struct idx_mention *m, void *ctx), void *ctx, char **err)
{
	/* A long law cites most of its numbers past its head: those lines are
	 * passed over on three fields, not parsed. (The whole range is read:
	 * no own number is needed to spare a look past it.) */
	struct mentions_ctx c = { 0, (size_t)-1, 0, head, fn, ctx };
	return cites_each_line(db->xs, docid, mention_line, &c, err);
}

int idx_keep_get(idx_db *db, const char *key, size_t klen, char **v, size_t *len)
{
	*v = NULL;
	*len = 0;
	return xs_keep_get(db->xs, key, klen, v, len);
}

void idx_keep_put(idx_db *db, const char *key, size_t klen, const char *v, size_t len)
{
	xs_keep_put(db->xs, key, klen, v, len);
}

unsigned long long idx_doc_count(idx_db *db)
{
	unsigned long long docs = 0, len;
	unsigned last;
	if (xs_counts(db->xs, &docs, &len, &last, NULL) < 0)
		return 0;
	return docs;
}

/* The longest list idx_body_positions or whole_memo_keep keeps, in positions. */
#define BODY_MEMO_MAX 16384

/* A folded word's positions in a whole record (the title from 1, the body
 * from its first position), as a scan of its text over the network found
 * them (idx_positions, a question's article ranking): kept in the memo for
 * the revision and read back by idx_positions, idx_records_positions_ahead
 * and idx_body_positions (the excerpt of the same hit, its body's part). The
 * first two had kept only the body's part, which they could not read back:
 * they tokenised the whole text again each time a process met the same words
 * in it (the bench's mix asked again scanned its question's page and its
 * pairs' texts every round). */
static void whole_key(struct buf *k, unsigned docid, const char *w, size_t len)
{
	buf_reset(k);
	buf_addf(k, "P%u:", docid);
	buf_add(k, w, len);
}

static void whole_memo_keep(idx_db *db, unsigned docid, const char *w, size_t len,
			    const unsigned *pos, size_t n)
{
	if (n > BODY_MEMO_MAX)
		return;
	struct buf k = BUF_INIT;
	whole_key(&k, docid, w, len);
	xs_memo_put(db->xs, k.p, k.len, n ? (const char *)pos : "", n * sizeof *pos);
	buf_release(&k);
}

/* 0 and the list (the caller's to free) when kept, else 1. */
static int whole_memo_get(idx_db *db, unsigned docid, const char *w, size_t len, unsigned **pos,
			  size_t *n)
{
	struct buf k = BUF_INIT;
	char *v = NULL;
	size_t vlen = 0;
	whole_key(&k, docid, w, len);
	int rc = xs_memo_get(db->xs, k.p, k.len, &v, &vlen);
	buf_release(&k);
	if (rc != 0)
		return 1;
	*n = vlen / sizeof **pos;
	*pos = NULL;
	if (*n) {
		*pos = xmalloc(vlen);
		memcpy(*pos, v, vlen);
	}
	free(v);
	return 0;
}

int idx_positions(idx_db *db, unsigned docid, const char *term, size_t len, unsigned **pos,
		  size_t *n, char **err)
{
	size_t fl = sizeof PREFIX_FOLDED - 1;
	if (xs_network_reads(db->xs) && len > fl && memcmp(term, PREFIX_FOLDED, fl) == 0) {
		if (whole_memo_get(db, docid, term + fl, len - fl, pos, n) == 0)
			return 0;
		int rc = pos_memo_read(db, docid);
		if (rc < 0)
			return xs_positions(db->xs, docid, term, len, pos, n, err);
		const struct pos_word *w = rc ? NULL : pos_memo_find(db->pos_memo, term + fl, len - fl);
		if (rc == 0)
			whole_memo_keep(db, docid, term + fl, len - fl, w ? w->pos : NULL,
					w ? w->n : 0);
		*n = w ? w->n : 0;
		*pos = *n ? xmalloc(*n * sizeof **pos) : NULL;
		if (*n)
			memcpy(*pos, w->pos, *n * sizeof **pos);
		return 0;
	}
	return xs_positions(db->xs, docid, term, len, pos, n, err);
}

int idx_record_positions(idx_db *db, struct idx_record *rec, const char *term, size_t len,
			 const unsigned **pos, size_t *n)
{
	int found;
	*pos = record_positions_find(rec, term, len, n, &found);
	if (found)
		return 0;
	unsigned *p = NULL;
	size_t k = 0;
	if (idx_positions(db, rec->docid, term, len, &p, &k, NULL) < 0)
		return -1;
	*pos = record_positions_keep(rec, term, len, p, k);
	*n = k;
	return 0;
}

int idx_record_offsets(idx_db *db, struct idx_record *rec, const char **v, size_t *len)
{
	if (!rec->offsets_read) {
		char *o = NULL;
		size_t n = 0;
		if (idx_get_value(db, rec->docid, SLOT_OFFSETS, &o, &n, NULL) != 0) {
			free(o);
			*v = NULL;
			*len = 0;
			return -1;
		}
		rec->offsets = o;
		rec->offsets_len = n;
		rec->offsets_read = 1;
	}
	*v = rec->offsets;
	*len = rec->offsets_len;
	return 0;
}

/* The lists idx_record_positions_ahead fills: one a word looked for. */
struct ahead_found {
	unsigned **pos;
	size_t *n, *cap;
};

static int ahead_found(size_t w, unsigned position, void *arg)
{
	struct ahead_found *a = arg;
	if (a->n[w] == a->cap[w]) {
		a->cap[w] = a->cap[w] ? 2 * a->cap[w] : 16;
		a->pos[w] = xrealloc(a->pos[w], a->cap[w] * sizeof *a->pos[w]);
	}
	a->pos[w][a->n[w]++] = position;
	return 0;
}

/* One record's scan for idx_record_positions_ahead: the words it has not
 * kept, found in one pass over its title and text. */
struct ahead_job {
	struct idx_record *rec;
	const char **miss;
	size_t *mlen, nm;
	size_t body_pos;
	unsigned **pos;
	size_t *npos, *cap;
};

/* The words of words[0..n) rec has not kept yet, and the body's first
 * position: 0, or -1 when there is nothing to scan (every word kept, or no
 * first position: the lists are then read as asked). Reads the index. */
static int ahead_prepare(idx_db *db, struct idx_record *rec, const char *const *words,
			 const size_t *lens, size_t n, struct ahead_job *j)
{
	struct buf t = BUF_INIT;
	memset(j, 0, sizeof *j);
	j->rec = rec;
	j->miss = xcalloc(n, sizeof *j->miss);
	j->mlen = xcalloc(n, sizeof *j->mlen);
	for (size_t i = 0; i < n; i++) {
		int found = 0, twice = 0;
		size_t k;
		buf_reset(&t);
		buf_adds(&t, PREFIX_FOLDED);
		buf_add(&t, words[i], lens[i]);
		record_positions_find(rec, t.p, t.len, &k, &found);
		for (size_t m = 0; m < j->nm && !twice; m++)
			twice = j->mlen[m] == lens[i] && memcmp(j->miss[m], words[i], lens[i]) == 0;
		unsigned *kept = NULL;
		if (!found && !twice && lens[i] &&
		    whole_memo_get(db, rec->docid, words[i], lens[i], &kept, &k) == 0) {
			record_positions_keep(rec, t.p, t.len, kept, k);
			found = 1;
		}
		if (!found && !twice && lens[i]) {
			j->miss[j->nm] = words[i];
			j->mlen[j->nm++] = lens[i];
		}
	}
	buf_release(&t);
	char *offsets = NULL;
	size_t olen = 0;
	const unsigned char *p;
	int rc = j->nm && xs_get_value(db->xs, rec->docid, SLOT_OFFSETS, &offsets, &olen, NULL) == 0 &&
			 olen && (p = (const unsigned char *)offsets,
				  varint_get(&p, p + olen, &j->body_pos) == 0)
		 ? 0
		 : -1;
	free(offsets);
	if (rc == 0) {
		j->pos = xcalloc(j->nm, sizeof *j->pos);
		j->npos = xcalloc(j->nm, sizeof *j->npos);
		j->cap = xcalloc(j->nm, sizeof *j->cap);
	}
	return rc;
}

/* The scan: the record's text inflated and tokenised by tz. Touches
 * nothing but the job, its record and tz: threads run it side by side. */
static void ahead_scan(struct text_tokeniser *tz, struct ahead_job *j)
{
	struct idx_record *rec = j->rec;
	struct ahead_found a = { j->pos, j->npos, j->cap };
	/* Numbered as pos_memo_read numbers them: the title from 1, the body
	 * from its first position. */
	if (rec->title && *rec->title)
		text_tokenise_find(tz, rec->title, strlen(rec->title), 1, j->miss, j->mlen, j->nm,
				   ahead_found, &a);
	if (rec->text_len) {
		idx_record_need(rec, 0, rec->text_len);
		text_tokenise_find(tz, rec->text, rec->text_len, (unsigned)j->body_pos, j->miss,
				   j->mlen, j->nm, ahead_found, &a);
	}
}

/* What the scan found, kept in the record and the memo; the job released. */
static void ahead_finish(idx_db *db, struct ahead_job *j, int scanned)
{
	struct buf t = BUF_INIT;
	for (size_t m = 0; scanned && m < j->nm; m++) {
		buf_reset(&t);
		buf_adds(&t, PREFIX_FOLDED);
		buf_add(&t, j->miss[m], j->mlen[m]);
		whole_memo_keep(db, j->rec->docid, j->miss[m], j->mlen[m], j->pos[m], j->npos[m]);
		record_positions_keep(j->rec, t.p, t.len, j->pos[m], j->npos[m]);
	}
	buf_release(&t);
	free(j->pos);
	free(j->npos);
	free(j->cap);
	free(j->miss);
	free(j->mlen);
}

void idx_record_positions_ahead(idx_db *db, struct idx_record *rec, const char *const *words,
				const size_t *lens, size_t n)
{
	if (!n || !xs_network_reads(db->xs))
		return;
	struct ahead_job j;
	int ok = ahead_prepare(db, rec, words, lens, n, &j) == 0;
	if (ok)
		ahead_scan(idx_read_tokeniser(db), &j);
	ahead_finish(db, &j, ok);
}

/* The second thread's share of idx_records_positions_ahead's scans. */
struct ahead_side {
	struct text_tokeniser *tz;
	struct ahead_job **jobs;
	size_t n;
};

static void *ahead_side_run(void *arg)
{
	struct ahead_side *s = arg;
	for (size_t i = 0; i < s->n; i++)
		ahead_scan(s->tz, s->jobs[i]);
	return NULL;
}

static int longer_text_first(const void *a, const void *b)
{
	const struct ahead_job *x = *(struct ahead_job *const *)a, *y = *(struct ahead_job *const *)b;
	size_t lx = x->rec->text_len, ly = y->rec->text_len;
	return lx < ly ? 1 : lx > ly ? -1 : 0;
}

void idx_records_positions_ahead(idx_db *db, struct idx_record *recs, size_t nrecs,
				 const char *const *words, const size_t *lens, size_t n)
{
	if (!n || !nrecs || !xs_network_reads(db->xs))
		return;
	struct ahead_job *jobs = xcalloc(nrecs, sizeof *jobs);
	struct ahead_job **scan = xcalloc(nrecs, sizeof *scan), **side = xcalloc(nrecs, sizeof *side),
			 **own = xcalloc(nrecs, sizeof *own);
	int *ok = xcalloc(nrecs, sizeof *ok);
	size_t ns = 0, nside = 0, nown = 0, side_len = 0, own_len = 0;
	for (size_t i = 0; i < nrecs; i++) {
		ok[i] = ahead_prepare(db, &recs[i], words, lens, n, &jobs[i]) == 0;
		if (ok[i])
			scan[ns++] = &jobs[i];
	}
	/* The texts shared between this thread and one more, the longest
	 * first, each to the one with less to read so far (a law is most of
	 * a page's bytes). */
	qsort(scan, ns, sizeof *scan, longer_text_first);
	for (size_t i = 0; i < ns; i++) {
		size_t len = scan[i]->rec->text_len + 1;
		if (side_len < own_len) {
			side[nside++] = scan[i];
			side_len += len;
		} else {
			own[nown++] = scan[i];
			own_len += len;
		}
	}
	if (!db->side_tz)
		db->side_tz = text_tokeniser_new();
	struct ahead_side s = { db->side_tz, side, nside };
	pthread_t th;
	int started = nside && pthread_create(&th, NULL, ahead_side_run, &s) == 0;
	for (size_t i = 0; i < nown; i++)
		ahead_scan(idx_read_tokeniser(db), own[i]);
	if (started)
		pthread_join(th, NULL);
	else
		ahead_side_run(&(struct ahead_side){ idx_read_tokeniser(db), side, nside });
	for (size_t i = 0; i < nrecs; i++)
		ahead_finish(db, &jobs[i], ok[i]);
	free(ok);
	free(own);
	free(side);
	free(scan);
	free(jobs);
}

int idx_network_reads(idx_db *db)
{
	return xs_network_reads(db->xs);
}

struct body_found {
	const size_t *at; /* the list of each word looked for */
	unsigned **pos;
	size_t *npos, *cap;
};

static int body_found(size_t w, unsigned position, void *arg)
{
	struct body_found *b = arg;
	size_t i = b->at[w];
	if (b->npos[i] == b->cap[i]) {
		b->cap[i] = b->cap[i] ? 2 * b->cap[i] : 64;
		b->pos[i] = xrealloc(b->pos[i], b->cap[i] * sizeof *b->pos[i]);
	}
	b->pos[i][b->npos[i]++] = position;
	return 0;
}

static void body_key(struct buf *k, unsigned docid, unsigned body_pos, const char *w, size_t len)
{
	buf_reset(k);
	buf_addf(k, "p%u:%u:", docid, body_pos);
	buf_add(k, w, len);
}

void idx_body_positions(idx_db *db, struct idx_record *rec, unsigned body_pos,
			const char *const *words, const size_t *lens, size_t n, unsigned **pos,
			size_t *npos)
{
	struct buf k = BUF_INIT;
	const char **miss = n ? xcalloc(n, sizeof *miss) : NULL;
	size_t *mlen = n ? xcalloc(n, sizeof *mlen) : NULL, *at = n ? xcalloc(n, sizeof *at) : NULL;
	size_t *cap = n ? xcalloc(n, sizeof *cap) : NULL, nm = 0;
	for (size_t i = 0; i < n; i++) {
		char *v = NULL;
		size_t vlen = 0;
		pos[i] = NULL;
		npos[i] = 0;
		body_key(&k, rec->docid, body_pos, words[i], lens[i]);
		if (xs_memo_get(db->xs, k.p, k.len, &v, &vlen) == 0) {
			npos[i] = vlen / sizeof **pos;
			if (npos[i]) {
				pos[i] = xmalloc(vlen);
				memcpy(pos[i], v, vlen);
			}
			free(v);
			continue;
		}
		/* The whole text's list (the title's positions too), kept by
		 * idx_positions or a question's article ranking. */
		unsigned *whole = NULL;
		size_t nw = 0;
		if (whole_memo_get(db, rec->docid, words[i], lens[i], &whole, &nw) == 0) {
			size_t from = 0;
			while (from < nw && whole[from] < body_pos)
				from++;
			npos[i] = nw - from;
			if (npos[i]) {
				pos[i] = xmalloc(npos[i] * sizeof **pos);
				memcpy(pos[i], whole + from, npos[i] * sizeof **pos);
			}
			free(whole);
			continue;
		}
		miss[nm] = words[i];
		mlen[nm] = lens[i];
		at[nm++] = i;
	}
	if (nm) {
		struct body_found b = { at, pos, npos, cap };
		idx_record_need(rec, 0, rec->text_len);
		text_tokenise_find(idx_read_tokeniser(db), rec->text, rec->text_len, body_pos, miss,
				   mlen, nm, body_found, &b);
		for (size_t j = 0; j < nm; j++) {
			size_t i = at[j];
			/* A list of a word on every line of a code would crowd
			 * the memo's other entries out (it starts again empty
			 * when full): found again instead. */
			if (npos[i] > BODY_MEMO_MAX)
				continue;
			body_key(&k, rec->docid, body_pos, words[i], lens[i]);
			xs_memo_put(db->xs, k.p, k.len, (const char *)pos[i], npos[i] * sizeof **pos);
		}
	}
	free(miss);
	free(mlen);
	free(at);
	free(cap);
	buf_release(&k);
}

int idx_doc_holds(idx_db *db, unsigned docid, const char *term, size_t len)
{
	return xs_term_has_doc(db->xs, term, len, docid, NULL);
}

void idx_doc_holds_ahead(idx_db *db, const struct idx_record *const *recs, size_t n,
			 const char *const *terms, const size_t *lens, size_t nt)
{
	if (!n || !nt || !xs_network_reads(db->xs))
		return;
	unsigned *docids = xcalloc(n, sizeof *docids);
	struct buf *ids = xcalloc(n, sizeof *ids);
	const char **id = xcalloc(n, sizeof *id);
	size_t *idlen = xcalloc(n, sizeof *idlen), m = 0;
	for (size_t i = 0; i < n; i++) {
		if (!recs[i]->source)
			continue;
		id_term(recs[i]->source, &ids[m]);
		docids[m] = recs[i]->docid;
		id[m] = ids[m].p;
		idlen[m] = ids[m].len;
		m++;
	}
	xs_holds_ahead(db->xs, terms, lens, nt, docids, id, idlen, m);
	for (size_t i = 0; i < n; i++)
		buf_release(&ids[i]);
	free(ids);
	free(id);
	free(idlen);
	free(docids);
}

unsigned long long idx_term_freq(idx_db *db, const char *term, size_t len)
{
	return xs_termfreq(db->xs, term, len);
}

unsigned long long idx_collection_freq(idx_db *db, const char *term, size_t len)
{
	return xs_collfreq(db->xs, term, len);
}

void idx_term_freqs_ahead(idx_db *db, const char *const *terms, const size_t *lens, size_t n)
{
	xs_termfreqs_ahead(db->xs, terms, lens, n);
}

int idx_read_stats(idx_db *db, const char *path, struct idx_stats *out, char **err)
{
	return idx_read_stats_kept(db, path, NULL, out, err);
}

int idx_read_stats_kept(idx_db *db, const char *path, struct idx_term_counts *kept,
			struct idx_stats *out, char **err)
{
	memset(out, 0, sizeof *out);
	if (xs_counts(db->xs, &out->documents, &out->postings, &out->last_docid, err) < 0)
		return -1;
	if (kept && kept->known) {
		out->terms = kept->terms;
		out->words = kept->words;
	} else {
		if (xs_count_terms(db->xs, &out->terms, &out->words, err) < 0)
			return -1;
		if (kept)
			*kept = (struct idx_term_counts){ 1, out->terms, out->words };
	}
	size_t n = xs_shard_count(db->xs);
	if (!n)
		out->disk_bytes = compact_disk_bytes(path);
	/* Of shards, the local ones': a remote one's files are its server's. */
	struct idx_shard *s = NULL;
	size_t ns = 0;
	if (n && idx_stub_read(path, &s, &ns, err) < 0)
		return -1;
	for (size_t i = 0; i < ns; i++)
		if (s[i].path)
			out->disk_bytes += compact_disk_bytes(s[i].path);
	idx_shards_release(s, ns);
	return 0;
}

int idx_search(idx_db *db, const idx_query *q, size_t offset, size_t limit,
	       size_t check_at_least, int by_date, int collapse, struct idx_results *out,
	       char **err)
{
	return xs_search(db->xs, q, offset, limit, check_at_least, by_date, collapse, out, err);
}

int idx_search_copies_later(idx_db *db, const idx_query *q, size_t offset, size_t limit,
			    size_t check_at_least, int by_date, int collapse,
			    struct idx_results *out, char **err)
{
	xs_copies_later(db->xs);
	return xs_search(db->xs, q, offset, limit, check_at_least, by_date, collapse, out, err);
}

int idx_results_settle(idx_db *db, struct idx_results *r, char **err)
{
	return xs_settle_copies(db->xs, r, err);
}

struct facet_ctx {
	const char *prefix;
	size_t plen;
	void (*fn)(const char *value, size_t len, unsigned count, void *ctx);
	void *ctx;
	/* term -> count, a small open list: facets have few values per page */
	char **terms;
	unsigned *counts;
	size_t n, cap;
};

static void facet_term(const char *term, size_t len, void *arg)
{
	struct facet_ctx *f = arg;
	for (size_t i = 0; i < f->n; i++) {
		if (strlen(f->terms[i]) == len && memcmp(f->terms[i], term, len) == 0) {
			f->counts[i]++;
			return;
		}
	}
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 32;
		f->terms = xrealloc(f->terms, f->cap * sizeof *f->terms);
		f->counts = xrealloc(f->counts, f->cap * sizeof *f->counts);
	}
	f->terms[f->n] = xstrndup(term, len);
	f->counts[f->n++] = 1;
}

static int cmp_docid(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
	return (x > y) - (x < y);
}

struct facet_posting {
	const unsigned *hits; /* sorted */
	size_t n;
	unsigned count;
};

static int facet_hit(unsigned docid, void *arg)
{
	struct facet_posting *p = arg;
	p->count += bsearch(&docid, p->hits, p->n, sizeof docid, cmp_docid) != NULL;
	return 0;
}

static int facet_value(const char *term, size_t len, void *arg)
{
	struct facet_ctx *f = arg;
	f->terms = xrealloc(f->terms, (f->n + 1) * sizeof *f->terms);
	f->terms[f->n++] = xstrndup(term, len);
	return 0;
}

/* The facet's values, the terms of its prefix: over the network kept in the
 * memo (key "F" and the prefix, the terms '\0'-ended), for the revision —
 * an issuer's names' facet asks them again for each issuer of the page,
 * a round trip a shard each time. */
static int facet_values(idx_db *db, struct facet_ctx *f, char **err)
{
	struct buf k = BUF_INIT;
	buf_add(&k, "F", 1);
	buf_add(&k, f->prefix, f->plen);
	char *v = NULL;
	size_t vlen = 0;
	int rc = 0;
	if (xs_memo_get(db->xs, k.p, k.len, &v, &vlen) == 0) {
		for (size_t at = 0; at < vlen;) {
			size_t len = strlen(v + at);
			facet_value(v + at, len, f);
			at += len + 1;
		}
		free(v);
	} else {
		rc = xs_terms_with_prefix(db->xs, f->prefix, f->plen, facet_value, f, err);
		struct buf all = BUF_INIT;
		for (size_t i = 0; rc == 0 && i < f->n; i++)
			buf_add(&all, f->terms[i], strlen(f->terms[i]) + 1);
		if (rc == 0)
			xs_memo_put(db->xs, k.p, k.len, all.len ? all.p : "", all.len);
		buf_release(&all);
	}
	buf_release(&k);
	return rc;
}

/* Over remote databases a document's term list comes whole, one round trip
 * each: there the facet's values are counted from their postings instead
 * (one stream each), against the matches. The same counts. */
static int facet_by_postings(idx_db *db, const struct idx_results *r, struct facet_ctx *f,
			     char **err)
{
	unsigned *hits = r->n ? xmalloc(r->n * sizeof *hits) : NULL;
	for (size_t i = 0; i < r->n; i++)
		hits[i] = r->hits[i].docid;
	if (r->n)
		qsort(hits, r->n, sizeof *hits, cmp_docid);
	int rc = facet_values(db, f, err);
	f->counts = f->n ? xcalloc(f->n, sizeof *f->counts) : NULL;
	if (rc == 0 && r->n && f->n) {
		size_t *lens = xmalloc(f->n * sizeof *lens);
		for (size_t i = 0; i < f->n; i++)
			lens[i] = strlen(f->terms[i]);
		xs_postlists_ahead(db->xs, (const char *const *)f->terms, lens, f->n);
		free(lens);
	}
	for (size_t i = 0; rc == 0 && i < f->n && r->n; i++) {
		struct facet_posting p = { hits, r->n, 0 };
		rc = xs_postlist_each(db->xs, f->terms[i], strlen(f->terms[i]), facet_hit, &p, err);
		f->counts[i] = p.count;
	}
	free(hits);
	return rc;
}

/* Matches from which a facet is counted from its values' postings. */
enum { FACET_POSTINGS_FROM = 32 };

static int facet_count(idx_db *db, const idx_query *q, const char *prefix, size_t max_docs,
		       int collapse, void (*fn)(const char *value, size_t len, unsigned count, void *ctx),
		       void *ctx, size_t *scanned, int by_postings, char **err)
{
	struct idx_results r;
	/* The matches' docids only: a facet reads neither their copies nor
	 * their documents (over four remote shards 1,340 matches were 3,868
	 * documents read, 1.0 s of a 1.3 s `search --facets`). */
	xs_ids_only(db->xs);
	if (xs_search(db->xs, q, 0, max_docs, 0, 0, collapse, &r, err) < 0)
		return -1;
	struct facet_ctx f = { prefix, strlen(prefix), fn, ctx, NULL, NULL, 0, 0 };
	int rc = 0;
	/* A document's term list holds every word of it (thousands): past a
	 * few dozen matches the facet's postings, one stream a value, are read
	 * far less (0.78 s -> 0.2 s a `search --facets` on six folders). */
	if (r.n >= FACET_POSTINGS_FROM)
		by_postings = 1;
	if (by_postings)
		rc = facet_by_postings(db, &r, &f, err);
	for (size_t i = 0; i < r.n && rc == 0 && !by_postings; i++)
		rc = xs_doc_terms(db->xs, r.hits[i].docid, prefix, facet_term, &f, err);
	*scanned = r.n;
	for (size_t i = 0; i < f.n; i++) {
		if (rc == 0 && f.counts[i])
			fn(f.terms[i] + f.plen, strlen(f.terms[i]) - f.plen, f.counts[i], ctx);
		free(f.terms[i]);
	}
	free(f.terms);
	free(f.counts);
	idx_results_release(&r);
	return rc;
}

int idx_facet(idx_db *db, const idx_query *q, const char *prefix, size_t max_docs, int collapse,
	      void (*fn)(const char *value, size_t len, unsigned count, void *ctx), void *ctx,
	      size_t *scanned, char **err)
{
	return facet_count(db, q, prefix, max_docs, collapse, fn, ctx, scanned, xs_remote_reads(db->xs),
			   err);
}

int idx_facet_sparse(idx_db *db, const idx_query *q, const char *prefix, size_t max_docs,
		     int collapse,
		     void (*fn)(const char *value, size_t len, unsigned count, void *ctx),
		     void *ctx, size_t *scanned, char **err)
{
	return facet_count(db, q, prefix, max_docs, collapse, fn, ctx, scanned, 1, err);
}

void idx_results_release(struct idx_results *r)
{
	if (!r)
		return;
	free(r->hits);
	r->hits = NULL;
	r->n = 0;
}
