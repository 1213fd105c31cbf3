// xapian_shim.cc — the project's only C++: a thin extern "C" layer over libxapian.
#include "config.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include <xapian.h>

#include "index/schema.h"
#include "index/xapian_shim.h"

struct xs_db {
	Xapian::Database *rd;          // always set: the database to read
	Xapian::WritableDatabase *wr;  // set for writers (rd points to the same object)
	bool in_batch;
	std::string path;              // what was opened, to open again
};

struct xs_doc {
	Xapian::Document doc;
};

struct idx_query {
	Xapian::Query q;
};

static char *dup_string(const std::string &s)
{
	char *p = static_cast<char *>(std::malloc(s.size() + 1));
	if (!p)
		std::abort();
	std::memcpy(p, s.data(), s.size());
	p[s.size()] = '\0';
	return p;
}

// One place turns every exception into a message for the C side.
static int fail(char **err)
{
	std::string msg;
	try {
		throw;
	} catch (const Xapian::DatabaseLockError &e) {
		msg = "the index is being updated by another process";
	} catch (const Xapian::DatabaseNotFoundError &e) {
		msg = "no index there (" + e.get_msg() + ")";
	} catch (const Xapian::DatabaseCorruptError &e) {
		msg = "the index is corrupt: " + e.get_msg();
	} catch (const Xapian::DatabaseVersionError &e) {
		msg = "the index was written by an incompatible version: " + e.get_msg();
	} catch (const Xapian::DatabaseOpeningError &e) {
		msg = "cannot open the index: " + e.get_msg();
	} catch (const Xapian::Error &e) {
		msg = e.get_type() + std::string(": ") + e.get_msg();
		if (e.get_error_string())
			msg += std::string(" (") + e.get_error_string() + ")";
	} catch (const std::bad_alloc &) {
		std::abort();
	} catch (const std::exception &e) {
		msg = e.what();
	} catch (...) {
		msg = "unknown C++ exception";
	}
	if (err)
		*err = dup_string(msg);
	return -1;
}

// Xapian's documented recovery when a writer's commits have discarded the
// revision a reader was reading: reopen at the newest one and try again.
static bool reopened(xs_db *db, int tries)
{
	if (db->wr || tries >= 5)
		return false;
	try {
		db->rd->reopen();
		return true;
	} catch (...) {
	}
	// The files were retired: a compaction swapped in a new generation
	// (index/compact.c). Open the index again, through its stub.
	try {
		*db->rd = Xapian::Database(db->path);
		return true;
	} catch (...) {
		return false;
	}
}

/* Runs a read: when a writer's commit moved the revision from under it,
 * reopens and runs it again (up to 5 times), else reports the error. */
template <typename Read> static int guarded_read(xs_db *db, char **err, Read read)
{
	for (int tries = 0;; tries++) {
		try {
			return read();
		} catch (const Xapian::DatabaseModifiedError &) {
			if (!reopened(db, tries))
				return fail(err);
		} catch (...) {
			return fail(err);
		}
	}
}

extern "C" {

int xs_open(const char *path, int writable, xs_db **out, char **err)
{
	*out = nullptr;
	try {
		xs_db *db = new xs_db();
		db->in_batch = false;
		db->path = path;
		try {
			if (writable) {
				db->wr = new Xapian::WritableDatabase(
					path, writable == 2 ? Xapian::DB_CREATE_OR_OVERWRITE
							    : Xapian::DB_CREATE_OR_OPEN);
				db->rd = db->wr;
			} else {
				db->wr = nullptr;
				db->rd = new Xapian::Database(path);
			}
		} catch (...) {
			delete db;
			throw;
		}
		*out = db;
		return 0;
	} catch (const Xapian::DatabaseLockError &) {
		fail(err);
		return -2;
	} catch (...) {
		return fail(err);
	}
}

void xs_close(xs_db *db)
{
	if (!db)
		return;
	try {
		if (db->wr && db->in_batch)
			db->wr->cancel_transaction();
	} catch (...) {
		// Nothing to report to: the batch is not committed either way.
	}
	try {
		if (db->wr) {
			// Outside a transaction close() would commit: only reach it with
			// nothing pending, as cancel_transaction() above ensured.
			db->wr->close();
		}
	} catch (...) {
	}
	delete db->rd;
	delete db;
}

int xs_begin(xs_db *db, char **err)
{
	try {
		db->wr->begin_transaction(true);
		db->in_batch = true;
		return 0;
	} catch (...) {
		return fail(err);
	}
}

int xs_commit(xs_db *db, char **err)
{
	try {
		if (db->in_batch) {
			db->in_batch = false;
			db->wr->commit_transaction();
		} else {
			db->wr->commit();
		}
		return 0;
	} catch (...) {
		return fail(err);
	}
}

xs_doc *xs_doc_new(void)
{
	return new xs_doc();
}

void xs_doc_free(xs_doc *doc)
{
	delete doc;
}

void xs_doc_add_posting(xs_doc *doc, const char *term, size_t len, unsigned pos)
{
	doc->doc.add_posting(std::string(term, len), pos);
}

void xs_doc_add_counted_term(xs_doc *doc, const char *term, size_t len)
{
	doc->doc.add_term(std::string(term, len));
}

void xs_doc_add_term(xs_doc *doc, const char *term, size_t len)
{
	doc->doc.add_boolean_term(std::string(term, len));
}

void xs_doc_add_term_wdf(xs_doc *doc, const char *term, size_t len, unsigned wdf,
			 const unsigned *pos, size_t npos)
{
	std::string t(term, len);
	for (size_t i = 0; i < npos; i++)
		doc->doc.add_posting(t, pos[i]);
	if (wdf)
		doc->doc.add_term(t, wdf);
}

void xs_doc_set_value(xs_doc *doc, unsigned slot, const char *v, size_t len)
{
	doc->doc.add_value(slot, std::string(v, len));
}

void xs_doc_set_data(xs_doc *doc, const char *data, size_t len)
{
	doc->doc.set_data(std::string(data, len));
}

int xs_replace(xs_db *db, const char *idterm, size_t len, xs_doc *doc, unsigned *docid,
	       char **err)
{
	try {
		*docid = db->wr->replace_document(std::string(idterm, len), doc->doc);
		return 0;
	} catch (...) {
		return fail(err);
	}
}

int xs_open_scratch(const char *path, xs_db **out, char **err)
{
	*out = nullptr;
	try {
		xs_db *db = new xs_db();
		db->in_batch = false;
		db->path = path;
		try {
			db->wr = new Xapian::WritableDatabase(
				path, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC);
			db->rd = db->wr;
		} catch (...) {
			delete db;
			throw;
		}
		*out = db;
		return 0;
	} catch (...) {
		return fail(err);
	}
}

int xs_put(xs_db *db, unsigned docid, xs_doc *doc, char **err)
{
	try {
		db->wr->replace_document(docid, doc->doc);
		return 0;
	} catch (...) {
		return fail(err);
	}
}

int xs_delete(xs_db *db, unsigned docid, char **err)
{
	try {
		db->wr->delete_document(docid);
		return 0;
	} catch (const Xapian::DocNotFoundError &) {
		return 0;
	} catch (...) {
		return fail(err);
	}
}

int xs_first_doc(xs_db *db, const char *term, size_t len, unsigned *docid, char **err)
{
	return guarded_read(db, err, [&]() -> int {
		std::string t(term, len);
		Xapian::PostingIterator it = db->rd->postlist_begin(t);
		if (it == db->rd->postlist_end(t))
			return 1;
		*docid = *it;
		return 0;
	});
}

int xs_doc_has_term(xs_db *db, unsigned docid, const char *term, size_t len, char **err)
{
	return guarded_read(db, err, [&]() -> int {
		std::string t(term, len);
		Xapian::TermIterator it = db->rd->termlist_begin(docid);
		it.skip_to(t);
		return it != db->rd->termlist_end(docid) && *it == t;
	});
}

int xs_positions(xs_db *db, unsigned docid, const char *term, size_t len, unsigned **pos,
		 size_t *n, char **err)
{
	*pos = nullptr;
	*n = 0;
	return guarded_read(db, err, [&]() -> int {
		std::string t(term, len);
		std::vector<unsigned> v;
		Xapian::PositionIterator it = db->rd->positionlist_begin(docid, t);
		Xapian::PositionIterator end = db->rd->positionlist_end(docid, t);
		for (; it != end; ++it)
			v.push_back(*it);
		if (!v.empty()) {
			*pos = static_cast<unsigned *>(malloc(v.size() * sizeof **pos));
			if (!*pos)
				throw std::bad_alloc();
			std::copy(v.begin(), v.end(), *pos);
		}
		*n = v.size();
		return 0;
	});
}

int xs_get_data(xs_db *db, unsigned docid, char **data, size_t *len, char **err)
{
	return guarded_read(db, err, [&]() -> int {
		std::string d;
		try {
			d = db->rd->get_document(docid).get_data();
		} catch (const Xapian::DocNotFoundError &) {
			return 1;
		}
		*len = d.size();
		*data = dup_string(d);
		return 0;
	});
}

int xs_counts(xs_db *db, unsigned long long *docs, unsigned long long *total_len,
	      unsigned *last_docid, char **err)
{
	return guarded_read(db, err, [&]() -> int {
		*docs = db->rd->get_doccount();
		*total_len = db->rd->get_total_length();
		*last_docid = db->rd->get_lastdocid();
		return 0;
	});
}

int xs_count_terms(xs_db *db, unsigned long long *all, unsigned long long *unprefixed,
		   char **err)
{
	return guarded_read(db, err, [&]() -> int {
		unsigned long long n = 0, u = 0;
		for (Xapian::TermIterator it = db->rd->allterms_begin();
		     it != db->rd->allterms_end(); ++it) {
			const std::string &t = *it;
			n++;
			if (!t.empty() && !(t[0] >= 'A' && t[0] <= 'Z'))
				u++;
		}
		*all = n;
		*unprefixed = u;
		return 0;
	});
}

unsigned long long xs_termfreq(xs_db *db, const char *term, size_t len)
{
	try {
		return db->rd->get_termfreq(std::string(term, len));
	} catch (...) {
		return 0;
	}
}

int xs_search(xs_db *db, const idx_query *q, size_t offset, size_t limit,
	      size_t check_at_least, int by_date, int collapse, struct idx_results *out,
	      char **err)
{
	out->hits = nullptr;
	out->n = 0;
	int rc = guarded_read(db, err, [&]() -> int {
		std::free(out->hits); /* what a try before a reopen left */
		out->hits = nullptr;
		out->n = 0;
		Xapian::Enquire enq(*db->rd);
		enq.set_query(q->q);
		enq.set_weighting_scheme(Xapian::BM25Weight());
		/* Undated documents last both ways: an empty key sorts low, so
		 * oldest first gives them one above any date. */
		Xapian::MultiValueKeyMaker oldest;
		oldest.add_value(SLOT_DATE, false, std::string(1, '\xff'));
		if (by_date > 0)
			enq.set_sort_by_value_then_relevance(SLOT_DATE, true);
		else if (by_date < 0)
			enq.set_sort_by_key_then_relevance(&oldest, false);
		/* Documents without the value are never collapsed; the
		 * bounds below then count texts, not copies. */
		if (collapse)
			enq.set_collapse_key(SLOT_TEXT_OF);
		Xapian::MSet m = enq.get_mset(offset, limit, check_at_least);
		out->lower = m.get_matches_lower_bound();
		out->estimated = m.get_matches_estimated();
		out->upper = m.get_matches_upper_bound();
		/* Collapsing, Xapian leaves the upper bound where the terms put
		 * it (a phrase's, before its positions are checked). The match
		 * stops early only once it has kept the number it was asked to
		 * check: a lower bound under that means every candidate was
		 * seen, and the count is exact. */
		size_t checked = check_at_least > offset + limit ? check_at_least : offset + limit;
		if (collapse && out->lower < checked)
			out->estimated = out->upper = out->lower;
		if (m.size()) {
			out->hits = static_cast<idx_hit *>(std::calloc(m.size(), sizeof(idx_hit)));
			if (!out->hits)
				std::abort();
		}
		for (Xapian::MSetIterator it = m.begin(); it != m.end(); ++it) {
			out->hits[out->n].docid = *it;
			out->hits[out->n].weight = it.get_weight();
			out->hits[out->n].copies = collapse ? it.get_collapse_count() : 0;
			out->n++;
		}
		return 0;
	});
	if (rc < 0) {
		std::free(out->hits);
		out->hits = nullptr;
		out->n = 0;
	}
	return rc;
}

/* The lists below are read whole under guarded_read, then handed to the
 * callback: a read that a writer's commit interrupts starts again without
 * the callback seeing anything twice (a watcher commits while people
 * search). */
int xs_postlist_each(xs_db *db, const char *term, size_t len,
		     int (*fn)(unsigned docid, void *ctx), void *ctx, char **err)
{
	std::vector<unsigned> ids;
	std::string t(term, len);
	if (guarded_read(db, err, [&]() -> int {
		    ids.clear();
		    for (Xapian::PostingIterator it = db->rd->postlist_begin(t);
			 it != db->rd->postlist_end(t); ++it)
			    ids.push_back(*it);
		    return 0;
	    }) < 0)
		return -1;
	for (unsigned id : ids)
		if (fn(id, ctx))
			break;
	return 0;
}

int xs_get_value(xs_db *db, unsigned docid, unsigned slot, char **v, size_t *len, char **err)
{
	return guarded_read(db, err, [&]() -> int {
		std::string s;
		try {
			s = db->rd->get_document(docid).get_value(slot);
		} catch (const Xapian::DocNotFoundError &) {
			return 1;
		}
		*len = s.size();
		*v = dup_string(s);
		return 0;
	});
}

int xs_doc_terms(xs_db *db, unsigned docid, const char *prefix,
		 void (*fn)(const char *term, size_t len, void *ctx), void *ctx, char **err)
{
	std::vector<std::string> terms;
	std::string p(prefix);
	if (guarded_read(db, err, [&]() -> int {
		    terms.clear();
		    Xapian::TermIterator it = db->rd->termlist_begin(docid);
		    Xapian::TermIterator end = db->rd->termlist_end(docid);
		    for (it.skip_to(p); it != end; ++it) {
			    const std::string &t = *it;
			    if (t.compare(0, p.size(), p) != 0)
				    break;
			    terms.push_back(t);
		    }
		    return 0;
	    }) < 0)
		return -1;
	for (const std::string &t : terms)
		fn(t.data(), t.size(), ctx);
	return 0;
}

int xs_get_metadata(xs_db *db, const char *key, char **v, size_t *len, char **err)
{
	return guarded_read(db, err, [&]() -> int {
		std::string s = db->rd->get_metadata(key);
		*len = s.size();
		*v = dup_string(s);
		return 0;
	});
}

int xs_set_metadata(xs_db *db, const char *key, const char *v, size_t len, char **err)
{
	try {
		db->wr->set_metadata(key, std::string(v, len));
		return 0;
	} catch (...) {
		return fail(err);
	}
}

int xs_metadata_keys(xs_db *db, const char *prefix,
		     int (*fn)(const char *key, size_t len, void *ctx), void *ctx, char **err)
{
	std::vector<std::string> keys;
	if (guarded_read(db, err, [&]() -> int {
		    keys.clear();
		    for (Xapian::TermIterator it = db->rd->metadata_keys_begin(prefix);
			 it != db->rd->metadata_keys_end(prefix); ++it)
			    keys.push_back(*it);
		    return 0;
	    }) < 0)
		return -1;
	for (const std::string &k : keys)
		if (fn(k.data(), k.size(), ctx))
			break;
	return 0;
}

int xs_compact_many(const char *const *srcs, size_t n, const char *dest, char **err)
{
	try {
		Xapian::Database all;
		for (size_t i = 0; i < n; i++)
			all.add_database(Xapian::Database(srcs[i]));
		all.compact(dest, Xapian::DBCOMPACT_NO_RENUMBER | Xapian::Compactor::FULL);
		return 0;
	} catch (...) {
		return fail(err);
	}
}

// ---- queries: value wrappers around Xapian::Query ----

static idx_query *wrap(const Xapian::Query &q)
{
	idx_query *r = new idx_query();
	r->q = q;
	return r;
}

idx_query *idx_q_term(const char *term, size_t len)
{
	return wrap(Xapian::Query(std::string(term, len)));
}

idx_query *idx_q_match_all(void)
{
	return wrap(Xapian::Query::MatchAll);
}

idx_query *idx_q_match_nothing(void)
{
	return wrap(Xapian::Query::MatchNothing);
}

idx_query *idx_q_combine(enum idx_qop op, idx_query **subs, size_t n)
{
	static const Xapian::Query::op ops[] = {
		Xapian::Query::OP_AND,       Xapian::Query::OP_OR,
		Xapian::Query::OP_AND_NOT,   Xapian::Query::OP_AND_MAYBE,
		Xapian::Query::OP_PHRASE,    Xapian::Query::OP_SYNONYM,
		Xapian::Query::OP_FILTER,
	};
	std::vector<Xapian::Query> v;
	v.reserve(n);
	for (size_t i = 0; i < n; i++) {
		v.push_back(subs[i]->q);
		delete subs[i];
	}
	Xapian::Query::op xop = ops[op];
	if (op == IDX_Q_AND_NOT && v.size() > 2) {
		// Xapian's AND_NOT is left-associative: a AND NOT (b OR c …).
		Xapian::Query rest(Xapian::Query::OP_OR, v.begin() + 1, v.end());
		return wrap(Xapian::Query(xop, v[0], rest));
	}
	if (op == IDX_Q_PHRASE)
		return wrap(Xapian::Query(xop, v.begin(), v.end(), (Xapian::termcount)v.size()));
	return wrap(Xapian::Query(xop, v.begin(), v.end()));
}

idx_query *idx_q_value_range(unsigned slot, const char *lo, const char *hi)
{
	if (lo && hi)
		return wrap(Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, lo, hi));
	if (lo)
		return wrap(Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, lo));
	return wrap(Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, hi ? hi : ""));
}

idx_query *idx_q_scale(idx_query *q, double factor)
{
	q->q = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q->q, factor);
	return q;
}

void idx_q_free(idx_query *q)
{
	delete q;
}

char *idx_q_describe(const idx_query *q)
{
	return dup_string(q->q.get_description());
}

} // extern "C"

// index/sources.c: listing sources, rewriting a record in place.
extern "C" {

int xs_terms_with_prefix(xs_db *db, const char *prefix, size_t len,
			 int (*fn)(const char *term, size_t len, void *ctx), void *ctx, char **err)
{
	try {
		std::string p(prefix, len);
		for (Xapian::TermIterator it = db->rd->allterms_begin(p); it != db->rd->allterms_end(p);
		     ++it) {
			const std::string &t = *it;
			if (fn(t.data(), t.size(), ctx))
				break;
		}
		return 0;
	} catch (...) {
		return fail(err);
	}
}

int xs_set_data(xs_db *db, unsigned docid, const char *data, size_t len, char **err)
{
	try {
		Xapian::Document doc;
		try {
			doc = db->rd->get_document(docid);
		} catch (const Xapian::DocNotFoundError &) {
			return 1;
		}
		doc.set_data(std::string(data, len));
		db->wr->replace_document(docid, doc);
		return 0;
	} catch (...) {
		return fail(err);
	}
}

} // extern "C"
