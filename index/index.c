/* index.c — the index's C side: opening, batches, adding documents with
 * their identity and content checks, reading records back, statistics. */
#include "index/index.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "index/record.h"
#include "index/schema.h"
#include "index/termgen.h"
#include "index/xapian_shim.h"
#include "text/text.h"
#include "util/util.h"

struct idx_db {
	xs_db *xs;
	struct text_tokeniser *tz; /* writers only */
	int writable;
};

int idx_open(const char *path, enum idx_mode mode, idx_db **out, char **err)
{
	*out = NULL;
	struct stat st;
	if (mode == IDX_READ) {
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
	xs_db *xs;
	if (xs_open(path, mode == IDX_WRITE, &xs, err) < 0)
		return -1;
	idx_db *db = xcalloc(1, sizeof *db);
	db->xs = xs;
	db->writable = mode == IDX_WRITE;
	if (db->writable) {
		db->tz = text_tokeniser_new();
		if (xs_begin(xs, err) < 0) {
			idx_close(db);
			return -1;
		}
	}
	*out = db;
	return 0;
}

void idx_close(idx_db *db)
{
	if (!db)
		return;
	xs_close(db->xs);
	text_tokeniser_free(db->tz);
	free(db);
}

int idx_commit(idx_db *db, char **err)
{
	if (xs_commit(db->xs, err) < 0)
		return -1;
	return xs_begin(db->xs, err);
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

int idx_add(idx_db *db, const struct idx_record *r, enum idx_add_result *res, char **dup_of,
	    char **err)
{
	struct buf idt = BUF_INIT, ht = BUF_INIT, data = BUF_INIT;
	int rc = -1;
	unsigned existing = 0, same = 0, docid;
	if (dup_of)
		*dup_of = NULL;

	id_term(r->source, &idt);
	buf_adds(&ht, PREFIX_HASH);
	buf_adds(&ht, r->hash);
	int have = xs_first_doc(db->xs, idt.p, idt.len, &existing, err);
	if (have < 0)
		goto out;
	int dup = xs_first_doc(db->xs, ht.p, ht.len, &same, err);
	if (dup < 0)
		goto out;
	if (have == 0) {
		int unchanged = xs_doc_has_term(db->xs, existing, ht.p, ht.len, err);
		if (unchanged < 0)
			goto out;
		if (unchanged) {
			*res = IDX_UNCHANGED;
			rc = 0;
			goto out;
		}
	}
	if (dup == 0 && (have != 0 || same != existing)) {
		if (dup_of) {
			struct idx_record other = { .docid = same };
			if (idx_get(db, same, &other, NULL) == 0) {
				*dup_of = xstrdup(other.source);
				idx_record_release(&other);
			}
		}
		*res = IDX_DUPLICATE;
		rc = 0;
		goto out;
	}

	xs_doc *doc = xs_doc_new();
	termgen_document(db->tz, r, doc);
	xs_doc_add_term(doc, idt.p, idt.len);
	record_encode(r, &data);
	xs_doc_set_data(doc, data.p, data.len);
	rc = xs_replace(db->xs, idt.p, idt.len, doc, &docid, err);
	xs_doc_free(doc);
	if (rc == 0)
		*res = have == 0 ? IDX_REPLACED : IDX_ADDED;
out:
	buf_release(&idt);
	buf_release(&ht);
	buf_release(&data);
	return rc;
}

int idx_get(idx_db *db, unsigned docid, struct idx_record *out, char **err)
{
	char *data;
	size_t len;
	int rc = xs_get_data(db->xs, docid, &data, &len, err);
	if (rc != 0)
		return rc;
	out->docid = docid;
	rc = record_decode(data, len, out);
	free(data);
	if (rc < 0) {
		if (err)
			*err = xasprintf("document %u has no tracuu record (not a tracuu index?)",
					 docid);
		return -1;
	}
	return 0;
}

int idx_find_source(idx_db *db, const char *source, unsigned *docid, char **err)
{
	struct buf t = BUF_INIT;
	id_term(source, &t);
	int rc = xs_first_doc(db->xs, t.p, t.len, docid, err);
	buf_release(&t);
	return rc;
}

unsigned long long idx_term_freq(idx_db *db, const char *term, size_t len)
{
	return xs_termfreq(db->xs, term, len);
}

static unsigned long long dir_bytes(const char *path)
{
	unsigned long long total = 0;
	DIR *d = opendir(path);
	if (!d)
		return 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char *p = xasprintf("%s/%s", path, e->d_name);
		struct stat st;
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
			total += (unsigned long long)st.st_size;
		free(p);
	}
	closedir(d);
	return total;
}

int idx_read_stats(idx_db *db, const char *path, struct idx_stats *out, char **err)
{
	memset(out, 0, sizeof *out);
	if (xs_counts(db->xs, &out->documents, &out->postings, &out->last_docid, err) < 0)
		return -1;
	if (xs_count_terms(db->xs, &out->terms, &out->words, err) < 0)
		return -1;
	out->disk_bytes = dir_bytes(path);
	return 0;
}

int idx_search(idx_db *db, const idx_query *q, size_t offset, size_t limit,
	       size_t check_at_least, struct idx_results *out, char **err)
{
	return xs_search(db->xs, q, offset, limit, check_at_least, out, err);
}

void idx_results_release(struct idx_results *r)
{
	if (!r)
		return;
	free(r->hits);
	r->hits = NULL;
	r->n = 0;
}
