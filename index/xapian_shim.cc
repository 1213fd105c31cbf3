// xapian_shim.cc — the project's only C++: a thin extern "C" layer over libxapian.
#include "config.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <new>
#include <stdexcept>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <xapian.h>

#include "index/schema.h"
#include "index/xapian_shim.h"

// What a connection was told of its shard when it opened or last reopened
// (no round trip): the same for two connections at one revision.
struct shard_revision {
	std::string uuid;
	Xapian::doccount docs = 0;
	Xapian::docid last = 0;
	Xapian::totallength length = 0;
};

// A copies' check (xs_search) asked on connections of its own, one a
// shard (xs_db.side), while the caller goes on to the page's documents and
// passages: which keys of the page's hits another document holds, of the
// whole index (for the keys the memo does not know) and then of the query.
// Settled (xs_settle_copies) before the hits' copies are read.
struct copies_check {
	std::thread th;
	std::map<Xapian::docid, std::string> hits; // hit -> its key, in question
	std::vector<std::string> ask;              // those keys, once each
	std::vector<std::string> unknown;          // of them, those the memo does not know
	std::map<std::string, bool> shared;        // key -> another document of the index holds it
	std::map<std::string, unsigned> seen;      // key -> documents of the query holding it
	std::string q;                             // the query, serialised (the thread's own)
	std::vector<shard_revision> at;            // each shard's own connection's revision
	bool done = false;                         // the thread answered all of it
	const struct idx_results *owner = nullptr; // the results it answers for
};

struct xs_shard_db {
	std::string name;  // as messages name it
	std::string path;  // local, or empty
	std::string host;  // remote (xapian-tcpsrv)
	unsigned port;
	Xapian::Database db; // open, or an empty stand-in once down
	bool down;
	// More connections to a remote shard, for documents only
	// (read_shard_docs), opened as they are first needed; null until then
	// and once found at another revision than db's or failed.
	std::vector<std::shared_ptr<Xapian::Database>> readers;
};

struct xs_db {
	Xapian::Database *rd;          // always set: the database to read
	Xapian::WritableDatabase *wr;  // set for writers (rd points to the same object)
	bool in_batch;
	std::string path;              // what was opened, to open again
	// Opened from a stub (index/shards.c): rd combines these, in order.
	std::vector<xs_shard_db> shards;
	bool partial;                  // a shard that fails is left out, not an error
	// Remote reads are one round trip each: a document's data and values
	// come in one, kept for the next reads of that document (readers of
	// shards or of a remote database only; emptied when reopened).
	bool cache_docs;
	bool network;                  // some reads go over the network
	std::vector<std::pair<Xapian::docid, Xapian::Document>> docs;
	// Documents of the revision read found there (read_doc): a ring of
	// the last few, 0 free; emptied on reopen.
	Xapian::docid known[32] = {};
	unsigned known_next = 0;
	// What index/ computed from the revision it reads (xs_memo_*), with
	// its size in bytes; emptied on reopen and when a shard is left out.
	std::map<std::string, std::string> memo;
	size_t memo_bytes;
	// The next xs_search may leave its copies' check running (xs_copies_later).
	bool copies_later = false;
	// The next xs_search answers its hits' docids only (xs_ids_only).
	bool ids_only = false;
	// The copies' check left running (pending_copies), and the further
	// connections to every shard it runs on (one a shard, opened by it).
	std::unique_ptr<copies_check> copies;
	std::vector<std::shared_ptr<Xapian::Database>> side;
	// SLOT_ORDER's order as a rank a docid (0: no value; equal values, equal
	// ranks), for the revision order_rev whose last docid is order_last:
	// built by a handle's second search of a revision (order_key_for).
	std::vector<uint32_t> order_rank;
	Xapian::rev order_rev = 0;
	Xapian::docid order_last = 0;
	unsigned order_searches = 0; // searches of the revision order_rev
};

// A memo over this many bytes starts again empty. Its keys' first letter
// says whose they are: t a term's frequency, m metadata, M a shard's
// metadata, K the metadata keys of a prefix, s a lookup, h which keys two
// documents hold, l a term's documents (here), C a term's collection
// frequency (here, on every reader), c a card (index/registry.c), p a
// word's positions in a text's body and P in the whole text
// (index/index.c), w which pairs a text writes (query/search.c), n what a
// regulation's name means (query/cite.c; w and n through xs_keep_*).
static const size_t MEMO_BYTES = 8u << 20;

static void forget(xs_db *db)
{
	db->docs.clear();
	std::fill(std::begin(db->known), std::end(db->known), 0);
	db->memo.clear();
	db->memo_bytes = 0;
}

// A page, or the citing documents of a card (xs_prefetch).
static const size_t DOC_CACHE = 256;
// The search of a revision from which a handle ranks SLOT_ORDER once
// (order_key_for): the ranks cost about what 13 searches save on them, so a
// command of a few searches reads the values as before.
static const unsigned ORDER_AFTER = 8;
// A ranked page is taken from the top this many times its end (xs_search).
static const size_t PRUNE_OVERASK = 4;

// A relevance tie broken by SLOT_ORDER (xs_search): Xapian reads each
// candidate's value through the slot's value stream — source path and hash,
// about 100 bytes a document, every chunk of the stream for a common word
// (83 of the 306 postlist blocks a search of "thủy sản" read) — and copies
// it. The same order from a rank a docid, 4 bytes big-endian, compared as
// Xapian compares the values: a handle that searches a revision more than
// once reads the stream once (bench/RESULTS.md, h14b). One local database
// only: over shards or the network docids are not the stream's, and a
// process that searches once would read the stream whole for one search.
class OrderKey : public Xapian::KeyMaker {
	const std::vector<uint32_t> &rank;

      public:
	explicit OrderKey(const std::vector<uint32_t> &r) : rank(r) {}
	std::string operator()(const Xapian::Document &doc) const override
	{
		Xapian::docid d = doc.get_docid();
		uint32_t r = d < rank.size() ? rank[d] : 0;
		char k[4] = { static_cast<char>(r >> 24), static_cast<char>(r >> 16),
			      static_cast<char>(r >> 8), static_cast<char>(r) };
		return std::string(k, sizeof k);
	}
};

// The ranks for the revision db reads, when this is its second search or
// later and one local database is read; else nullptr (the values are read).
static const std::vector<uint32_t> *order_key_for(xs_db *db)
{
	if (db->network || db->wr || !db->shards.empty())
		return nullptr;
	Xapian::rev rev;
	Xapian::docid last;
	try {
		rev = db->rd->get_revision();
		last = db->rd->get_lastdocid();
	} catch (const Xapian::Error &) {
		return nullptr;
	}
	if (rev != db->order_rev || last != db->order_last) {
		db->order_rank.clear();
		db->order_rev = rev;
		db->order_last = last;
		db->order_searches = 0;
	}
	if (!db->order_rank.empty())
		return &db->order_rank;
	if (++db->order_searches < ORDER_AFTER || last >= UINT32_MAX)
		return nullptr;
	std::vector<std::pair<std::string, Xapian::docid>> v;
	for (Xapian::ValueIterator it = db->rd->valuestream_begin(SLOT_ORDER);
	     it != db->rd->valuestream_end(SLOT_ORDER); ++it)
		v.emplace_back(*it, it.get_docid());
	// In docid order the sources mostly rise (an ingest reads a folder in
	// order): the runs that do are merged, not the whole sorted again.
	auto by_value = [](const std::pair<std::string, Xapian::docid> &a,
			   const std::pair<std::string, Xapian::docid> &b) { return a.first < b.first; };
	std::vector<size_t> runs{ 0 };
	for (size_t i = 1; i < v.size(); i++)
		if (v[i].first < v[i - 1].first)
			runs.push_back(i);
	runs.push_back(v.size());
	while (runs.size() > 2) {
		std::vector<size_t> merged{ 0 };
		size_t k = 0;
		for (; k + 2 < runs.size(); k += 2) {
			std::inplace_merge(v.begin() + static_cast<std::ptrdiff_t>(runs[k]),
					   v.begin() + static_cast<std::ptrdiff_t>(runs[k + 1]),
					   v.begin() + static_cast<std::ptrdiff_t>(runs[k + 2]), by_value);
			merged.push_back(runs[k + 2]);
		}
		if (merged.back() != runs.back()) /* an odd run out: merged next time */
			merged.push_back(runs.back());
		runs.swap(merged);
	}
	std::vector<uint32_t> rank(static_cast<size_t>(last) + 1, 0);
	uint32_t r = 0;
	for (size_t i = 0; i < v.size(); i++) {
		if (i == 0 || v[i].first != v[i - 1].first)
			r++;
		if (v[i].second <= last)
			rank[v[i].second] = r;
	}
	db->order_rank.swap(rank);
	return &db->order_rank;
}

static Xapian::Document get_doc(xs_db *db, Xapian::docid id)
{
	if (!db->cache_docs)
		return db->rd->get_document(id);
	for (const auto &d : db->docs)
		if (d.first == id)
			return d.second;
	Xapian::Document doc = db->rd->get_document(id);
	if (db->docs.size() >= DOC_CACHE)
		db->docs.erase(db->docs.begin());
	db->docs.emplace_back(id, doc);
	return doc;
}

/* A document whose data or one value is read: opened without Xapian's
 * check that it exists (DOC_ASSUME_VALID), which reads its length from the
 * postlist table — a B-tree lookup, a block copied — at every open: a
 * result's record and its values (issue date, offsets, mentions) opened it
 * 34 times a served search. What is read is the same; an empty read asks
 * whether the document is there (get_doc then throws DocNotFoundError as
 * before), unless the revision showed it already (a read that was not
 * empty, or that check: db->known), so a document gone reads as gone.
 * Handles that cache their documents (shards, remote) open them as
 * get_doc does, and so does a writer: its documents change under it
 * without a reopen (a document read, then deleted, reads as gone). */
static bool doc_known(const xs_db *db, Xapian::docid id)
{
	for (Xapian::docid k : db->known)
		if (k == id)
			return true;
	return false;
}

template <typename Read>
static auto read_doc(xs_db *db, Xapian::docid id, Read read) -> decltype(read(get_doc(db, id)))
{
	if (db->cache_docs || db->wr)
		return read(get_doc(db, id));
	auto got = read(db->rd->get_document(id, Xapian::DOC_ASSUME_VALID));
	if (doc_known(db, id))
		return got;
	if (got.empty())
		(void)get_doc(db, id); /* throws when it is not there */
	db->known[db->known_next] = id;
	db->known_next = (db->known_next + 1) % (sizeof db->known / sizeof *db->known);
	return got;
}

struct xs_doc {
	Xapian::Document doc;
};

struct idx_query {
	Xapian::Query q;
	/* The same query with Xapian's own AND_MAYBE (idx_q_combine writes q's
	 * as OR and FILTER): the same documents and weights wherever the match
	 * prunes nothing, and each FILTER's side, a phrase's positions above
	 * all, checked once a candidate instead of three times (xs_search). */
	Xapian::Query unpruned;
	/* The same documents, weights aside: what a FILTER's right side
	 * needs (its weight counts for nothing). An AND_MAYBE is its left
	 * side's documents, a scale its subquery's, a fixed weight its
	 * query's; so the left side an AND_MAYBE written as A OR (B FILTER
	 * A) filters by is opened without the optional parts of A
	 * (idx_q_combine). A phrase keeps its AND_MAYBE (h14a's fault). */
	Xapian::Query docs;
	bool maybe; /* an AND_MAYBE inside: the two differ */
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

static Xapian::Database open_shard(const xs_shard_db &s)
{
	if (s.path.empty())
		return Xapian::Remote::open(s.host, s.port);
	// A reader that read a tracuu folder's stub just as a compaction
	// retired the generation it named: the stub names the new one now.
	for (int tries = 0;; tries++) {
		try {
			return Xapian::Database(s.path);
		} catch (const Xapian::DatabaseOpeningError &) {
			if (tries >= 4)
				throw;
		}
	}
}

// An empty database in a shard's place keeps the others' docids where they
// were (Xapian interleaves them by the number of shards).
static Xapian::Database stand_in()
{
	return Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
}

static void shards_combine(xs_db *db)
{
	// Documents read stay what they were (a shard left out keeps its
	// docids): a page fetched before its shard went down is still shown.
	// What was computed over every shard is not.
	db->memo.clear();
	db->memo_bytes = 0;
	Xapian::Database all;
	for (const xs_shard_db &s : db->shards)
		all.add_database(s.db);
	*db->rd = all;
}

// Which shards answer no more: each remote one is asked (keep_alive).
// Returns the names of those found down, comma-separated ("" when none);
// with partial, they are marked down and replaced by a stand-in (without
// it, a later read tries them again).
static std::string shards_probe(xs_db *db)
{
	std::string down;
	for (xs_shard_db &s : db->shards) {
		if (s.down || !s.path.empty())
			continue;
		try {
			s.db.keep_alive();
		} catch (...) {
			if (db->partial) {
				s.down = true;
				s.db = stand_in();
			}
			down += (down.empty() ? "" : ", ") + s.name;
		}
	}
	return down;
}

static int fail_read(xs_db *db, char **err, bool *again);

// A read that cannot simply run again (it hands what it read to a
// callback as it goes): a shard found down fails it, named.
static int fail_once(xs_db *db, char **err)
{
	bool again;
	int rc = fail_read(db, err, &again);
	if (again) {
		if (err)
			*err = dup_string("a shard went down during the read; try again");
		return -1;
	}
	return rc;
}

static bool shards_reopen(xs_db *db)
{
	for (xs_shard_db &s : db->shards) {
		if (s.down)
			continue;
		try {
			s.db.reopen();
		} catch (...) {
			s.db = open_shard(s);
		}
	}
	shards_combine(db);
	return true;
}

// fail() for a read of db: when it reads shards, names the ones that are
// down; with partial, leaves them out and asks for the read to run again.
static int fail_read(xs_db *db, char **err, bool *again)
{
	*again = false;
	if (db->shards.empty())
		return fail(err);
	std::string down;
	try {
		down = shards_probe(db);
	} catch (...) {
	}
	if (!down.empty() && db->partial) {
		try {
			shards_combine(db);
			*again = true;
			return 0;
		} catch (...) {
		}
	}
	char *msg = nullptr;
	fail(&msg);
	if (err) {
		std::string m = down.empty() ? std::string(msg)
					     : "shard " + down + " is down (" + msg + ")" +
						       (db->partial ? ""
								    : "; --partial answers from "
								      "the other shards");
		*err = dup_string(m);
	}
	std::free(msg);
	return -1;
}

// How often a read runs again after a writer's commits discarded its
// revision. The first tries are at once; later ones wait a little longer
// each, so a long read (stats walks every term) on a busy machine is not
// outrun for ever by a writer that commits small batches back to back.
enum { READ_TRIES = 20, READ_TRIES_AT_ONCE = 5 };

// Xapian's documented recovery when a writer's commits have discarded the
// revision a reader was reading: reopen at the newest one and try again.
static bool reopened(xs_db *db, int tries)
{
	if (db->wr || tries >= READ_TRIES)
		return false;
	if (tries >= READ_TRIES_AT_ONCE)
		std::this_thread::sleep_for(
			std::chrono::milliseconds(5 * (tries - READ_TRIES_AT_ONCE + 1)));
	forget(db);
	try {
		db->rd->reopen();
		return true;
	} catch (...) {
	}
	// The files were retired: a compaction swapped in a new generation
	// (index/compact.c). Open the index again, through its stub.
	try {
		if (!db->shards.empty())
			return shards_reopen(db);
		*db->rd = Xapian::Database(db->path);
		return true;
	} catch (...) {
		return false;
	}
}

/* Runs a read: when a writer's commit moved the revision from under it,
 * reopens and runs it again (up to READ_TRIES times), else reports the error. */
template <typename Read> static int guarded_read(xs_db *db, char **err, Read read)
{
	bool again_unused;
	for (int tries = 0;; tries++) {
		try {
			return read();
		} catch (const Xapian::DatabaseModifiedError &) {
			if (!reopened(db, tries))
				return fail_read(db, err, &again_unused);
		} catch (...) {
			bool again;
			int rc = fail_read(db, err, &again);
			if (!again || tries >= 5)
				return rc;
		}
	}
}

// A handle: make() sets rd (and wr for a writer). 0, -1, or -2 when another
// writer holds the lock.
template <typename Make>
static int open_handle(const std::string &path, xs_db **out, char **err, Make make)
{
	*out = nullptr;
	try {
		xs_db *db = new xs_db();
		db->rd = nullptr;
		db->wr = nullptr;
		db->in_batch = false;
		db->partial = false;
		db->cache_docs = false;
		db->network = false;
		db->path = path;
		try {
			make(db);
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

extern "C" {

int xs_open(const char *path, int writable, xs_db **out, char **err)
{
	return open_handle(path, out, err, [&](xs_db *db) {
		if (writable) {
			db->wr = new Xapian::WritableDatabase(
				path, writable == 2 ? Xapian::DB_CREATE_OR_OVERWRITE
						    : Xapian::DB_CREATE_OR_OPEN);
			db->rd = db->wr;
		} else {
			db->rd = new Xapian::Database(path);
		}
	});
}

int xs_open_shards(const struct xs_shard *specs, size_t n, int partial, xs_db **out, char **err)
{
	*out = nullptr;
	xs_db *db = nullptr;
	try {
		db = new xs_db();
		db->wr = nullptr;
		db->rd = new Xapian::Database();
		db->in_batch = false;
		db->partial = partial != 0;
		db->cache_docs = true;
		db->network = false;
		for (size_t i = 0; i < n; i++) {
			xs_shard_db s;
			s.name = specs[i].name;
			s.path = specs[i].path ? specs[i].path : "";
			s.host = specs[i].host ? specs[i].host : "";
			s.port = specs[i].port;
			s.down = false;
			db->network |= s.path.empty();
			try {
				s.db = open_shard(s);
			} catch (...) {
				if (!db->partial) {
					char *msg = nullptr;
					fail(&msg);
					std::string m = "shard " + s.name + ": " + msg +
							"; --partial answers from the other shards";
					std::free(msg);
					throw std::runtime_error(m);
				}
				s.down = true;
				s.db = stand_in();
			}
			db->shards.push_back(s);
		}
		shards_combine(db);
		*out = db;
		return 0;
	} catch (...) {
		if (db) {
			delete db->rd;
			delete db;
		}
		return fail(err);
	}
}

int xs_open_remote(const char *host, unsigned port, int writable, xs_db **out, char **err)
{
	return open_handle(std::string(host) + ":" + std::to_string(port), out, err,
			   [&](xs_db *db) {
		if (writable) {
			db->wr = new Xapian::WritableDatabase(Xapian::Remote::open_writable(host, port));
			db->rd = db->wr;
		} else {
			db->rd = new Xapian::Database(Xapian::Remote::open(host, port));
			db->cache_docs = true;
			db->network = true;
		}
	});
}

int xs_terms_with_prefix_freq(xs_db *db, const char *prefix, size_t len,
			      int (*fn)(const char *term, size_t len, unsigned freq, void *ctx),
			      void *ctx, char **err)
{
	std::vector<std::pair<std::string, unsigned>> terms;
	std::string p(prefix, len);
	if (guarded_read(db, err, [&]() -> int {
		    terms.clear();
		    for (Xapian::TermIterator it = db->rd->allterms_begin(p);
			 it != db->rd->allterms_end(p); ++it)
			    terms.emplace_back(*it, it.get_termfreq());
		    return 0;
	    }) < 0)
		return -1;
	for (const auto &t : terms)
		if (fn(t.first.data(), t.first.size(), t.second, ctx))
			break;
	return 0;
}

int xs_remote_reads(xs_db *db)
{
	return db->cache_docs;
}

int xs_network_reads(xs_db *db)
{
	return db->network;
}

size_t xs_shard_count(xs_db *db)
{
	return db->shards.size();
}

const char *xs_shard_name(xs_db *db, size_t i)
{
	return db->shards[i].name.c_str();
}

int xs_shard_down(xs_db *db, size_t i)
{
	return db->shards[i].down;
}

static bool at_once(size_t n, const std::function<void(size_t)> &read);

// A shard's metadata as the memo keeps it: "M", the shard's number, a NUL,
// the key.
static std::string shard_meta_key(size_t i, const char *key)
{
	return "M" + std::to_string(i) + std::string(1, '\0') + key;
}

/* A key's value on every shard not down and not kept yet, each shard asked
 * by a thread of its own, at once, and kept in the memo: a set read from
 * every shard (index/registry.c, shards_set_union) asked them one after the
 * other, a round trip each, on every search that read it. What a thread
 * could not read is asked again alone. */
static void shard_metadata_ahead(xs_db *db, const char *key)
{
	size_t n = db->shards.size();
	std::vector<std::string> got(n);
	std::vector<char> want(n, 0), ok(n, 0);
	size_t asked = 0;
	for (size_t i = 0; i < n; i++) {
		if (db->shards[i].down)
			continue;
		std::string mk = shard_meta_key(i, key);
		want[i] = db->memo.find(mk) == db->memo.end();
		asked += want[i];
	}
	if (asked < 2)
		return;
	auto read = [&](size_t i) {
		if (!want[i])
			return;
		try {
			got[i] = db->shards[i].db.get_metadata(key);
			ok[i] = 1;
		} catch (...) {
		}
	};
	if (!at_once(n, read))
		return;
	for (size_t i = 0; i < n; i++) {
		if (!ok[i])
			continue;
		std::string mk = shard_meta_key(i, key);
		xs_memo_put(db, mk.data(), mk.size(), got[i].data(), got[i].size());
	}
}

int xs_shard_get_metadata(xs_db *db, size_t i, const char *key, char **v, size_t *len,
			  char **err)
{
	*v = nullptr;
	*len = 0;
	xs_shard_db &s = db->shards[i];
	if (s.down) {
		*v = dup_string("");
		return 0;
	}
	try {
		std::string mk = shard_meta_key(i, key);
		if (xs_memo_get(db, mk.data(), mk.size(), v, len) == 0)
			return 0;
		if (db->network) {
			shard_metadata_ahead(db, key);
			if (xs_memo_get(db, mk.data(), mk.size(), v, len) == 0)
				return 0;
		}
		std::string m;
		try {
			m = s.db.get_metadata(key);
		} catch (const Xapian::DatabaseModifiedError &) {
			s.db.reopen();
			/* A shard read at a newer revision: what was kept
			 * of the older one is not its. */
			db->memo.clear();
			db->memo_bytes = 0;
			m = s.db.get_metadata(key);
		}
		xs_memo_put(db, mk.data(), mk.size(), m.data(), m.size());
		*len = m.size();
		*v = dup_string(m);
		return 0;
	} catch (...) {
		bool again;
		int rc = fail_read(db, err, &again);
		if (again) { /* left out: as if it held nothing */
			*v = dup_string("");
			return 0;
		}
		return rc;
	}
}

unsigned long long xs_shard_doccount(xs_db *db, size_t i)
{
	try {
		return db->shards[i].db.get_doccount();
	} catch (...) {
		return 0;
	}
}

static void copies_drop(xs_db *db);

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
	copies_drop(db);
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

static std::string postlist_key(const std::string &term);
static void keep_postings(xs_db *db, const std::string &term, std::vector<Xapian::docid> &ids);

/* Can the shards be asked at once, a thread each: two or more, none down
 * (remote or not: network says whether it pays). */
static bool shards_all_up(const xs_db *db)
{
	if (db->shards.size() < 2)
		return false;
	for (const xs_shard_db &s : db->shards)
		if (s.down)
			return false;
	return true;
}


/* A term's documents over several remote shards, every shard asked at once
 * (a thread a shard, one message each, the whole list in the reply) and
 * kept in the memo as xs_postlist_each reads it. The combined database
 * asks the shards one after the other, a round trip each, and on every
 * call: a check of ten documents for one term was forty round trips. False
 * when a shard is down or failed, or a thread would not start. */
static bool postlist_by_shard(xs_db *db, const std::string &t, std::vector<unsigned> &all)
{
	size_t n = db->shards.size();
	if (!db->network || !shards_all_up(db))
		return false;
	std::vector<std::vector<unsigned>> ids(n);
	std::vector<char> failed(n, 0);
	auto read = [&](size_t i) {
		try {
			Xapian::Database &d = db->shards[i].db;
			for (Xapian::PostingIterator p = d.postlist_begin(t); p != d.postlist_end(t); ++p)
				ids[i].push_back((*p - 1) * n + i + 1);
		} catch (...) {
			failed[i] = 1;
		}
	};
	if (!at_once(n, read))
		return false;
	all.clear();
	for (size_t i = 0; i < n; i++) {
		if (failed[i])
			return false;
		all.insert(all.end(), ids[i].begin(), ids[i].end());
	}
	keep_postings(db, t, all);
	return true;
}

// What xs_holds_ahead said of a document and a term: "d", the docid, ':',
// the term; its value "1" or "0".
static std::string holds_key(unsigned docid, const std::string &term)
{
	return "d" + std::to_string(docid) + ":" + term;
}

// Terms xs_holds_ahead asks in one match: each a bit of the weight.
static const size_t HOLDS_TERMS = 16;

void xs_holds_ahead(xs_db *db, const char *const *terms, const size_t *lens, size_t nt,
		    const unsigned *docids, const char *const *ids, const size_t *idlens,
		    size_t nd)
{
	if (!db->network || !nt || !nd || nt > HOLDS_TERMS)
		return;
	try {
		std::vector<Xapian::Query> docs, ws;
		for (size_t j = 0; j < nd; j++)
			docs.emplace_back(std::string(ids[j], idlens[j]));
		for (size_t i = 0; i < nt; i++)
			ws.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
					Xapian::Query(std::string(terms[i], lens[i])), double(1u << i));
		/* Every document asked for by its identity term, weightless,
		 * then each term a power of two under CoordWeight (built in: the
		 * shards run it): a document's weight says which terms it holds,
		 * and a document missing from the answer is not told. */
		Xapian::Enquire enq(*db->rd);
		enq.set_query(Xapian::Query(
			Xapian::Query::OP_AND_MAYBE,
			Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
				      Xapian::Query(Xapian::Query::OP_OR, docs.begin(), docs.end()), 0.0),
			Xapian::Query(Xapian::Query::OP_OR, ws.begin(), ws.end())));
		enq.set_weighting_scheme(Xapian::CoordWeight());
		Xapian::MSet m = enq.get_mset(0, nd + 1);
		if (m.size() > nd || m.get_matches_upper_bound() != m.size())
			return;
		for (Xapian::MSetIterator it = m.begin(); it != m.end(); ++it) {
			if (std::find(docids, docids + nd, *it) == docids + nd)
				continue;
			double w = it.get_weight();
			unsigned long long bits = w > 0 && w < double(1ull << nt) ? (unsigned long long)w : 0;
			if (double(bits) != w)
				return; /* not a sum of the weights given: nothing kept */
		}
		for (Xapian::MSetIterator it = m.begin(); it != m.end(); ++it) {
			if (std::find(docids, docids + nd, *it) == docids + nd)
				continue;
			unsigned long long bits = (unsigned long long)it.get_weight();
			for (size_t i = 0; i < nt; i++) {
				std::string key = holds_key(*it, std::string(terms[i], lens[i]));
				xs_memo_put(db, key.data(), key.size(), bits >> i & 1 ? "1" : "0", 1);
			}
		}
	} catch (...) {
		// Not asked ahead: each document and term is asked as before.
	}
}

int xs_term_has_doc(xs_db *db, const char *term, size_t len, unsigned docid, char **err)
{
	if (db->network) {
		std::string key = holds_key(docid, std::string(term, len));
		char *v = nullptr;
		size_t vlen = 0;
		if (xs_memo_get(db, key.data(), key.size(), &v, &vlen) == 0) {
			int held = vlen == 1 && *v == '1';
			std::free(v);
			return held;
		}
	}
	if (db->network && db->shards.size() > 1) {
		/* A term asked of the page's documents one by one (a marked
		 * word as typed, query/search.c heading_held): its list read
		 * once, from every shard at once, then kept. */
		std::string t(term, len), key = postlist_key(t);
		std::vector<unsigned> ids;
		char *kept = nullptr;
		size_t klen = 0;
		bool have = false;
		if (xs_memo_get(db, key.data(), key.size(), &kept, &klen) == 0) {
			ids.resize(klen / sizeof(unsigned));
			if (klen)
				std::memcpy(ids.data(), kept, klen);
			std::free(kept);
			have = true;
		} else {
			have = postlist_by_shard(db, t, ids);
		}
		if (have)
			return std::binary_search(ids.begin(), ids.end(), docid);
	}
	return guarded_read(db, err, [&]() -> int {
		std::string t(term, len);
		Xapian::PostingIterator it = db->rd->postlist_begin(t);
		if (it == db->rd->postlist_end(t))
			return 0;
		it.skip_to(docid);
		return it != db->rd->postlist_end(t) && *it == docid;
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
			d = read_doc(db, docid,
				     [](const Xapian::Document &doc) { return doc.get_data(); });
		} catch (const Xapian::DocNotFoundError &) {
			return 1;
		}
		*len = d.size();
		*data = dup_string(d);
		return 0;
	});
}

int xs_get_data_kept(xs_db *db, unsigned docid, const char **data, size_t *len, void **keep,
		     char **err)
{
	*keep = nullptr;
	return guarded_read(db, err, [&]() -> int {
		std::string *d;
		try {
			d = new std::string(read_doc(
				db, docid, [](const Xapian::Document &doc) { return doc.get_data(); }));
		} catch (const Xapian::DocNotFoundError &) {
			return 1;
		}
		*data = d->data();
		*len = d->size();
		*keep = d;
		return 0;
	});
}

void xs_kept_free(void *keep)
{
	delete static_cast<std::string *>(keep);
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

/* read(i) for every shard i at once, each on a thread of its own on its
 * own shard's connection only, while the caller waits.
 * False when a thread would not start: those started are waited for, and
 * the caller reads another way. */
static bool at_once(size_t n, const std::function<void(size_t)> &read)
{
	std::vector<std::thread> threads;
	bool started = true;
	try {
		for (size_t i = 0; i < n; i++)
			threads.emplace_back(read, i);
	} catch (...) {
		started = false;
	}
	for (std::thread &th : threads)
		th.join();
	return started;
}

/* A term's frequency over several remote shards: each shard asked by a
 * thread of its own, at once (the combined database asks them one after
 * the other, a round trip each). False when a shard is down or failed, or
 * a thread would not start: the caller asks the combined database. */
static bool termfreq_by_shard(xs_db *db, const std::string &t, unsigned long long *out)
{
	size_t n = db->shards.size();
	if (!db->network || !shards_all_up(db))
		return false;
	std::vector<unsigned long long> f(n, 0);
	std::vector<char> failed(n, 0);
	auto ask = [&](size_t i) {
		try {
			f[i] = db->shards[i].db.get_termfreq(t);
		} catch (...) {
			failed[i] = 1;
		}
	};
	if (!at_once(n, ask))
		return false;
	unsigned long long sum = 0;
	for (size_t i = 0; i < n; i++) {
		if (failed[i])
			return false;
		sum += f[i];
	}
	*out = sum;
	return true;
}

static void memo_put(xs_db *db, const char *key, size_t klen, const char *v, size_t len);

/* A count that over shards is a round trip to each, asked once a
 * revision: kept in the handle's memo under tag and the term. */
static unsigned long long memo_count(xs_db *db, char tag, const std::string &term,
				     const std::function<unsigned long long()> &ask)
{
	std::string key = std::string(1, tag) + term;
	auto it = db->memo.find(key);
	if (it != db->memo.end())
		return std::strtoull(it->second.c_str(), nullptr, 10);
	unsigned long long n = ask();
	std::string s = std::to_string(n);
	memo_put(db, key.data(), key.size(), s.data(), s.size());
	return n;
}

unsigned long long xs_termfreq(xs_db *db, const char *term, size_t len)
{
	try {
		std::string t(term, len);
		if (!db->cache_docs)
			return db->rd->get_termfreq(t);
		return memo_count(db, 't', t, [&] {
			unsigned long long n;
			if (!termfreq_by_shard(db, t, &n))
				n = db->rd->get_termfreq(t);
			return n;
		});
	} catch (...) {
		return 0;
	}
}

unsigned long long xs_collfreq(xs_db *db, const char *term, size_t len)
{
	try {
		std::string t(term, len);
		/* Kept on every reader (written_first asks the same few
		 * counts for each of 10–20 texts; a writer's move). */
		if (db->wr)
			return db->rd->get_collection_freq(t);
		return memo_count(db, 'C', t, [&] { return db->rd->get_collection_freq(t); });
	} catch (...) {
		return 0;
	}
}

static bool spread_fits(const xs_db *db, size_t asks);
static bool spread_terms(xs_db *db, size_t terms,
			 const std::function<void(Xapian::Database &, size_t, size_t)> &read);

void xs_termfreqs_ahead(xs_db *db, const char *const *terms, const size_t *lens, size_t n)
{
	if (!db->network || !n)
		return;
	try {
		std::vector<std::string> ask;
		for (size_t i = 0; i < n; i++) {
			std::string key = "t" + std::string(terms[i], lens[i]);
			char *v = nullptr;
			size_t vlen = 0;
			if (xs_memo_get(db, key.data(), key.size(), &v, &vlen) == 0)
				std::free(v);
			else if (lens[i] && std::find(ask.begin(), ask.end(),
						      std::string(terms[i], lens[i])) == ask.end())
				ask.emplace_back(terms[i], lens[i]); /* a word's folded term comes twice */
		}
		/* As many terms as connections open to each shard: each asked
		 * on one of them, all at once, one round trip (spread_terms). */
		if (spread_fits(db, ask.size())) {
			size_t ns = db->shards.size();
			std::vector<unsigned long long> f(ns * ask.size(), 0);
			if (spread_terms(db, ask.size(), [&](Xapian::Database &d, size_t i, size_t k) {
				    f[i * ask.size() + k] = d.get_termfreq(ask[k]);
			    })) {
				for (size_t k = 0; k < ask.size(); k++) {
					unsigned long long sum = 0;
					for (size_t i = 0; i < ns; i++)
						sum += f[i * ask.size() + k];
					std::string s = std::to_string(sum), key = "t" + ask[k];
					xs_memo_put(db, key.data(), key.size(), s.data(), s.size());
				}
				return;
			}
		}
		/* The statistics a match gathers from every shard, pipelined
		 * (no document asked for), hold each term's frequency: two
		 * round trips, against one a term and shard asked alone (one a
		 * term over several shards: xs_termfreq asks them at once). */
		if (ask.size() < 2 || ask.size() * std::max<size_t>(1, db->shards.size()) <= 2)
			return;
		Xapian::Enquire enq(*db->rd);
		enq.set_query(Xapian::Query(Xapian::Query::OP_OR, ask.begin(), ask.end()));
		Xapian::MSet m = enq.get_mset(0, 0);
		for (const std::string &t : ask) {
			std::string s = std::to_string(m.get_termfreq(t));
			std::string key = "t" + t;
			xs_memo_put(db, key.data(), key.size(), s.data(), s.size());
		}
	} catch (...) {
		// Not kept: each is asked for alone.
	}
}

// m's documents asked for at once (the requests pipelined, a round trip in
// all) and kept with those kept already, the oldest let go past 2 x DOC_CACHE.
/* Connections a remote shard's documents are read over at once, its own
 * included, a document or more each: Xapian
 * 1.4's remote protocol reads one document a round trip (RemoteDatabase::
 * open_document waits for its reply; MSet::fetch() and
 * Database::Internal::request_document send nothing ahead), so a card's
 * forty citing documents on one shard were forty round trips one after the
 * other. A connection opened for this costs a round trip of its own (the
 * handshake) and a process of xapian-tcpsrv's; it is kept for the next. */
static const size_t DOC_READERS = 4;


static shard_revision revision_of(const Xapian::Database &d)
{
	shard_revision r;
	r.uuid = d.get_uuid();
	r.docs = d.get_doccount();
	r.last = d.get_lastdocid();
	r.length = d.get_total_length();
	return r;
}

static bool same_revision(const shard_revision &a, const shard_revision &b)
{
	return a.uuid == b.uuid && a.docs == b.docs && a.last == b.last && a.length == b.length;
}

/* Reads 0..parts-1 over remote shard i's connections at once: read 0 on the
 * shard's own, in this thread; read k on a further connection, in a thread
 * of its own. A further connection is opened when first needed and kept;
 * it is used only at the revision the shard's own reads (what each was
 * told when it opened: uuid, document count, last docid, total length;
 * reopened once when they differ, left out when they still do). Returns
 * which reads were done: the others (their connection failed, or it was at
 * another revision) are the caller's to do again on the shard's own, their
 * output dropped. Throws what read 0 throws. */
static std::vector<char> on_readers(xs_db *db, size_t i, size_t parts,
				    const std::function<void(Xapian::Database &, size_t)> &read)
{
	xs_shard_db &s = db->shards[i];
	std::vector<char> ok(parts, 0);
	std::vector<std::thread> threads;
	shard_revision own;
	if (parts > 1) {
		if (s.readers.size() < parts - 1)
			s.readers.resize(parts - 1);
		own = revision_of(s.db);
		for (size_t k = 1; k < parts; k++) {
			try {
				threads.emplace_back([&, k]() {
					try {
						std::shared_ptr<Xapian::Database> &r = s.readers[k - 1];
						if (!r)
							r = std::make_shared<Xapian::Database>(
								Xapian::Remote::open(s.host, s.port));
						if (!same_revision(own, revision_of(*r))) {
							r->reopen();
							if (!same_revision(own, revision_of(*r))) {
								r.reset();
								return;
							}
						}
						read(*r, k);
						ok[k] = 1;
					} catch (...) {
						s.readers[k - 1].reset();
					}
				});
			} catch (...) {
				break; /* not started: the caller reads it */
			}
		}
	}
	try {
		read(s.db, 0);
		ok[0] = 1;
	} catch (...) {
		for (std::thread &t : threads)
			t.join();
		throw;
	}
	for (std::thread &t : threads)
		t.join();
	return ok;
}

/* How many connections to shard s a read of reads items (documents, keys)
 * goes over: 1 for a local shard; else one a read, up to DOC_READERS, but
 * a connection not open yet only where it is given two reads or more (its
 * opening is a round trip, and a server process, of its own: a fresh
 * process's page of two or three documents a shard is read on one). */
static size_t readers_for(const xs_shard_db &s, size_t reads)
{
	if (!s.path.empty())
		return 1;
	size_t open = 0;
	for (const auto &r : s.readers)
		open += r != nullptr;
	size_t c = std::max(std::min(reads, open + 1), reads / 2);
	return std::max<size_t>(1, std::min(DOC_READERS, c));
}

/* The connections to shard s a few single requests can go over at once
 * without opening one: 1 for a local shard, else its own and the further
 * ones open already ahead of the first not open (on_readers takes them in
 * that order). */
static size_t conns_open(const xs_shard_db &s)
{
	if (!s.path.empty())
		return 1;
	size_t c = 1;
	while (c - 1 < s.readers.size() && s.readers[c - 1])
		c++;
	return c;
}

/* Can asks single requests, one a connection, go to every shard at once:
 * every shard up (one remote shard counts), each with a connection open
 * for each (conns_open)? Then one round trip answers them all, where a
 * match (statistics, then results) takes two. */
static bool spread_fits(const xs_db *db, size_t asks)
{
	if (!db->network || db->shards.empty() || asks < 2)
		return false;
	for (const xs_shard_db &s : db->shards)
		if (s.down || (s.path.empty() && conns_open(s) < asks))
			return false;
	return true;
}

/* One request a term, the terms spread over each shard's open connections
 * (on_readers), every shard by a thread of its own, all at once: read(d,
 * i, k) asks term k of shard i's connection d. A local shard's asked one
 * after the other. What another connection could not do is done on the
 * shard's own. False when a shard failed or a thread would not start. */
static bool spread_terms(xs_db *db, size_t terms,
			 const std::function<void(Xapian::Database &, size_t, size_t)> &read)
{
	size_t n = db->shards.size();
	std::vector<char> failed(n, 0);
	auto one = [&](size_t i) {
		try {
			xs_shard_db &s = db->shards[i];
			if (!s.path.empty()) {
				for (size_t k = 0; k < terms; k++)
					read(s.db, i, k);
				return;
			}
			std::vector<char> ok = on_readers(db, i, terms, [&](Xapian::Database &d, size_t k) {
				read(d, i, k);
			});
			for (size_t k = 0; k < terms; k++)
				if (!ok[k])
					read(s.db, i, k);
		} catch (...) {
			failed[i] = 1;
		}
	};
	if (n == 1)
		one(0);
	else if (!at_once(n, one))
		return false;
	return std::find(failed.begin(), failed.end(), 1) == failed.end();
}

/* Shard i's documents ids (combined docids) read into got: over a remote
 * shard, spread over up to DOC_READERS connections to it at once
 * (on_readers); what another connection could not read is read on the
 * shard's own. Throws what the shard's own connection throws. */
static void read_shard_docs(xs_db *db, size_t i, const std::vector<Xapian::docid> &ids,
			    std::vector<std::pair<Xapian::docid, Xapian::Document>> &got)
{
	xs_shard_db &s = db->shards[i];
	size_t n = db->shards.size();
	size_t conns = readers_for(s, ids.size());
	std::vector<std::vector<Xapian::docid>> part(std::max<size_t>(conns, 1));
	for (size_t k = 0; k < ids.size(); k++)
		part[k % part.size()].push_back(ids[k]);
	std::vector<std::vector<std::pair<Xapian::docid, Xapian::Document>>> out(part.size());
	std::vector<char> ok = on_readers(db, i, part.size(), [&](Xapian::Database &d, size_t k) {
		for (Xapian::docid id : part[k])
			out[k].emplace_back(id, d.get_document((id - 1) / n + 1));
	});
	for (size_t k = 0; k < part.size(); k++) {
		if (!ok[k]) {
			out[k].clear();
			for (Xapian::docid id : part[k])
				out[k].emplace_back(id, s.db.get_document((id - 1) / n + 1));
		}
		for (auto &d : out[k])
			got.push_back(std::move(d));
	}
}

void xs_metadata_ahead(xs_db *db, const char *const *keys, size_t n)
{
	if (db->shards.size() != 1 || !db->shards[0].path.empty() || db->shards[0].down || n < 2)
		return;
	try {
		std::vector<std::string> ask;
		for (size_t i = 0; i < n; i++) {
			std::string memo = std::string("m") + keys[i];
			if (db->memo.find(memo) == db->memo.end() &&
			    std::find(ask.begin(), ask.end(), keys[i]) == ask.end())
				ask.emplace_back(keys[i]);
		}
		size_t conns = readers_for(db->shards[0], ask.size());
		if (conns < 2)
			return;
		std::vector<std::vector<std::pair<std::string, std::string>>> out(conns);
		std::vector<char> ok = on_readers(db, 0, conns, [&](Xapian::Database &d, size_t k) {
			for (size_t j = k; j < ask.size(); j += conns)
				out[k].emplace_back(ask[j], d.get_metadata(ask[j]));
		});
		for (size_t k = 0; k < conns; k++) {
			if (!ok[k])
				continue; /* asked again as it is read */
			for (const auto &kv : out[k]) {
				std::string memo = "m" + kv.first;
				xs_memo_put(db, memo.data(), memo.size(), kv.second.data(), kv.second.size());
			}
		}
	} catch (...) {
		// Not read ahead: each key is asked for as it is read.
	}
}

// Whether document id is kept already (db->docs).
static bool doc_kept(const xs_db *db, Xapian::docid id)
{
	for (const auto &d : db->docs)
		if (d.first == id)
			return true;
	return false;
}

typedef std::vector<std::vector<std::pair<Xapian::docid, Xapian::Document>>> shard_docs;

// Each shard i's documents want[i] read into got[i] at once, a thread a
// shard (read_shard_docs). What a thread could not read, or one that would
// not start, is left out: read later, as it is asked for.
static void read_wanted(xs_db *db, const std::vector<std::vector<Xapian::docid>> &want,
			shard_docs &got)
{
	std::vector<std::thread> threads;
	try {
		for (size_t i = 0; i < want.size(); i++) {
			if (want[i].empty())
				continue;
			threads.emplace_back([&, i]() {
				try {
					read_shard_docs(db, i, want[i], got[i]);
				} catch (...) {
					got[i].clear();
				}
			});
		}
	} catch (...) {
		/* Not started: those documents are read as they are asked for. */
	}
	for (std::thread &t : threads)
		t.join();
}

// The documents kept, the oldest dropped past 2 × DOC_CACHE.
static void trim_docs(xs_db *db)
{
	if (db->docs.size() > 2 * DOC_CACHE)
		db->docs.erase(db->docs.begin(), db->docs.end() - 2 * DOC_CACHE);
}

// got kept in db->docs (trim_docs).
static void keep_got(xs_db *db, shard_docs &got)
{
	for (auto &g : got)
		for (auto &d : g)
			db->docs.push_back(std::move(d));
	trim_docs(db);
}

// Over several shards, m's documents not kept yet are read from their
// shards at once, a thread a shard: Xapian 1.4's remote backend reads a
// document in a round trip of its own (MSet::fetch() sends nothing ahead),
// so a page over four shards was ten round trips one after the other. Each
// thread reads its own shard's connections only (read_shard_docs: a remote
// shard's over several at once), while the caller waits; a single remote
// shard too. What a thread could not read is read later, as it is asked for.
static void read_docs_by_shard(xs_db *db, Xapian::MSet &m, Xapian::doccount count)
{
	size_t n = db->shards.size();
	std::vector<std::vector<Xapian::docid>> want(n);
	size_t busy = 0;
	for (Xapian::MSetIterator it = m.begin(); it != m.end() && it.get_rank() < m.get_firstitem() + count; ++it) {
		size_t i = (*it - 1) % n;
		if (doc_kept(db, *it) || db->shards[i].down)
			continue;
		busy += want[i].empty();
		want[i].push_back(*it);
	}
	size_t most = 0;
	for (const auto &w : want)
		most = std::max(most, w.size());
	if (busy < 2 && (!db->network || most < 2))
		return;
	shard_docs got(n);
	read_wanted(db, want, got);
	for (auto &g : got)
		for (auto &d : g)
			db->docs.push_back(std::move(d));
}

static void keep_docs(xs_db *db, Xapian::MSet &m, Xapian::doccount count)
{
	count = std::min(count, m.size());
	/* Xapian 1.4's MSet::fetch() asks a remote database for the wrong
	 * items, and crashes, when the MSet does not start at the first match
	 * (a second page, a name's further texts): there each document is
	 * read as it is asked for, one round trip each. */
	if (db->shards.size() > 1 || (db->shards.size() == 1 && db->network)) {
		try {
			read_docs_by_shard(db, m, count);
		} catch (...) {
			// Not read ahead: the documents are read one by one.
		}
	} else if (m.get_firstitem() == 0 && count) {
		m.fetch(m.begin(), m[count - 1]);
	}
	for (Xapian::MSetIterator it = m.begin(); it != m.end() && it.get_rank() < m.get_firstitem() + count; ++it)
		if (!doc_kept(db, *it))
			db->docs.emplace_back(*it, it.get_document());
	trim_docs(db);
}

// A term's documents, in docid order, as the memo keeps them (key "l"
// and the term): read by xs_postlist_each over the network.
static std::string postlist_key(const std::string &term)
{
	return "l" + term;
}

/* A term's documents, all of them, kept in the memo as xs_postlist_each
 * reads them (ids sorted here). */
static void keep_postings(xs_db *db, const std::string &term, std::vector<Xapian::docid> &ids)
{
	std::sort(ids.begin(), ids.end());
	std::string key = postlist_key(term);
	xs_memo_put(db, key.data(), key.size(),
		    ids.empty() ? "" : reinterpret_cast<const char *>(ids.data()),
		    ids.size() * sizeof(Xapian::docid));
}

/* Over several shards a term's documents, each shard read by a thread of
 * its own on its own connection: its posting list (one message, the whole
 * list in the reply), then the documents not kept yet. A match for the
 * same (xs_prefetch's other way) takes two round trips (statistics, then
 * results) that a boolean read needs not. False when it did not read them
 * all (a shard down or failing, DOC_CACHE documents or more): the caller
 * matches instead. */
static bool prefetch_by_shard(xs_db *db, const std::string &t)
{
	size_t n = db->shards.size();
	if (!shards_all_up(db))
		return false;
	std::vector<std::vector<Xapian::docid>> ids(n);
	shard_docs got(n);
	std::vector<char> failed(n, 0);
	auto read = [&](size_t i) {
		try {
			Xapian::Database &d = db->shards[i].db;
			for (Xapian::PostingIterator p = d.postlist_begin(t);
			     p != d.postlist_end(t) && ids[i].size() < DOC_CACHE; ++p)
				ids[i].push_back((*p - 1) * n + i + 1);
			if (ids[i].size() >= DOC_CACHE)
				return;
			std::vector<Xapian::docid> need;
			for (Xapian::docid id : ids[i])
				if (!doc_kept(db, id))
					need.push_back(id);
			read_shard_docs(db, i, need, got[i]);
		} catch (...) {
			failed[i] = 1;
		}
	};
	if (!at_once(n, read))
		return false;
	std::vector<Xapian::docid> all;
	for (size_t i = 0; i < n; i++) {
		if (failed[i])
			return false;
		all.insert(all.end(), ids[i].begin(), ids[i].end());
	}
	if (all.size() >= DOC_CACHE)
		return false;
	keep_got(db, got);
	keep_postings(db, t, all);
	return true;
}

/* The documents of a few terms, as prefetch_batch reads them, where every
 * shard has a connection open for each term (spread_fits): each term's
 * posting list asked on one of them, all at once (one round trip, where
 * the match takes two), then the shard's documents not kept yet
 * (read_shard_docs). False, nothing kept, when it did not read them all
 * (a shard failed, DOC_CACHE documents or more): the caller matches. */
static bool prefetch_spread(xs_db *db, const std::vector<std::string> &ts)
{
	size_t n = db->shards.size(), nt = ts.size();
	std::vector<std::vector<Xapian::docid>> ids(n * nt);
	std::vector<char> over(n * nt, 0);
	if (!spread_terms(db, nt, [&](Xapian::Database &d, size_t i, size_t k) {
		    std::vector<Xapian::docid> &v = ids[i * nt + k];
		    v.clear();
		    for (Xapian::PostingIterator p = d.postlist_begin(ts[k]);
			 p != d.postlist_end(ts[k]) && v.size() < DOC_CACHE; ++p)
			    v.push_back((*p - 1) * n + i + 1);
		    over[i * nt + k] = v.size() >= DOC_CACHE;
	    }))
		return false;
	if (std::find(over.begin(), over.end(), 1) != over.end())
		return false;
	std::vector<std::vector<Xapian::docid>> need(n);
	size_t all = 0;
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < nt; k++)
			need[i].insert(need[i].end(), ids[i * nt + k].begin(), ids[i * nt + k].end());
		std::sort(need[i].begin(), need[i].end());
		need[i].erase(std::unique(need[i].begin(), need[i].end()), need[i].end());
		all += need[i].size();
	}
	if (all >= DOC_CACHE)
		return false;
	for (auto &w : need)
		w.erase(std::remove_if(w.begin(), w.end(),
				       [db](Xapian::docid id) { return doc_kept(db, id); }),
			w.end());
	shard_docs got(n);
	read_wanted(db, need, got);
	keep_got(db, got);
	for (size_t k = 0; k < nt; k++) {
		std::vector<Xapian::docid> v;
		for (size_t i = 0; i < n; i++)
			v.insert(v.end(), ids[i * nt + k].begin(), ids[i * nt + k].end());
		keep_postings(db, ts[k], v);
	}
	return true;
}

// Terms a batch of xs_prefetch_many asks in one match: each a bit of the
// weight, which a double holds exactly.
static const size_t BATCH_TERMS = 30;

/* One match for the documents of up to BATCH_TERMS terms ts, at most
 * limit of them: each term weighs a power of two under CoordWeight (a
 * built-in scheme: the shards run it), so a document's weight says which
 * of them it holds: each term's documents into ids (unsorted), the match
 * into m. False when the match did not return every document, or a weight
 * is not a sum of the weights given. */
static bool coord_batch(xs_db *db, const std::vector<std::string> &ts, Xapian::doccount limit,
			Xapian::MSet &m, std::vector<std::vector<Xapian::docid>> &ids)
{
	std::vector<Xapian::Query> qs;
	for (size_t i = 0; i < ts.size(); i++)
		qs.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(ts[i]),
				double(1u << i));
	Xapian::Enquire enq(*db->rd);
	enq.set_query(Xapian::Query(Xapian::Query::OP_OR, qs.begin(), qs.end()));
	enq.set_weighting_scheme(Xapian::CoordWeight());
	enq.set_docid_order(Xapian::Enquire::ASCENDING);
	m = enq.get_mset(0, limit);
	if (m.get_matches_upper_bound() != m.size())
		return false;
	ids.assign(ts.size(), {});
	for (Xapian::MSetIterator it = m.begin(); it != m.end(); ++it) {
		double w = it.get_weight();
		unsigned long long bits = w > 0 && w < double(1ull << ts.size()) ? (unsigned long long)w : 0;
		if (!bits || double(bits) != w)
			return false; /* not a sum of the weights given */
		for (size_t i = 0; i < ts.size(); i++)
			if (bits >> i & 1)
				ids[i].push_back(*it);
	}
	return true;
}

/* The documents of up to BATCH_TERMS terms and the documents themselves,
 * in one match (coord_batch). False when the match did not return every
 * document (DOC_CACHE of them or more). */
static bool prefetch_batch(xs_db *db, const std::vector<std::string> &ts)
{
	Xapian::MSet m;
	std::vector<std::vector<Xapian::docid>> ids;
	if (!coord_batch(db, ts, DOC_CACHE, m, ids) || m.size() >= DOC_CACHE)
		return false;
	keep_docs(db, m, m.size());
	for (size_t i = 0; i < ts.size(); i++)
		keep_postings(db, ts[i], ids[i]);
	return true;
}

/* The terms of n not kept in the memo already, each once. */
static std::vector<std::string> terms_unkept(xs_db *db, const char *const *terms,
					     const size_t *lens, size_t n)
{
	std::vector<std::string> ask;
	for (size_t i = 0; i < n; i++) {
		std::string t(terms[i], lens[i]), key = postlist_key(t);
		char *v = nullptr;
		size_t vlen = 0;
		if (xs_memo_get(db, key.data(), key.size(), &v, &vlen) == 0)
			std::free(v);
		else if (std::find(ask.begin(), ask.end(), t) == ask.end())
			ask.push_back(t);
	}
	return ask;
}

void xs_prefetch_many(xs_db *db, const char *const *terms, const size_t *lens, size_t n)
{
	if (!db->network || !shards_all_up(db))
		return;
	try {
		std::vector<std::string> ask = terms_unkept(db, terms, lens, n);
		/* One term: xs_prefetch's own read is one round trip. */
		if (spread_fits(db, ask.size()) && prefetch_spread(db, ask))
			return;
		for (size_t at = 0; at + 2 <= ask.size(); at += BATCH_TERMS) {
			size_t end = std::min(ask.size(), at + BATCH_TERMS);
			prefetch_batch(db, std::vector<std::string>(ask.begin() + at, ask.begin() + end));
		}
	} catch (...) {
		// Not fetched ahead: each term is read as it is asked for.
	}
}

/* The documents of n terms over the network (a facet's values), as
 * xs_postlist_each reads them, BATCH_TERMS a match: each term a power of two
 * under CoordWeight, a document's weight its terms, every document asked
 * for (no document read). A match over the shards takes two round trips for
 * them all, where a term's posting list is a round trip a shard, one shard
 * after the other (a facet of 133 values over four shards: 532). Terms kept
 * already are not asked; what a match does not answer whole is read as it
 * is asked for. */
void xs_postlists_ahead(xs_db *db, const char *const *terms, const size_t *lens, size_t n)
{
	if (!db->network || !db->cache_docs || n < 2)
		return;
	try {
		std::vector<std::string> ask = terms_unkept(db, terms, lens, n);
		Xapian::doccount all = db->rd->get_doccount();
		for (size_t at = 0; at < ask.size() && all; at += BATCH_TERMS) {
			std::vector<std::string> ts(ask.begin() + at,
						    ask.begin() + std::min(ask.size(), at + BATCH_TERMS));
			Xapian::MSet m;
			std::vector<std::vector<Xapian::docid>> ids;
			if (!coord_batch(db, ts, all, m, ids))
				continue;
			for (size_t i = 0; i < ts.size(); i++)
				keep_postings(db, ts[i], ids[i]);
		}
	} catch (...) {
		// Not read ahead: each term is read as it is asked for.
	}
}

void xs_prefetch(xs_db *db, const char *term, size_t len)
{
	if (!db->network)
		return;
	try {
		std::string t(term, len);
		/* Read already (xs_prefetch_many): its documents with it. */
		std::string kept = postlist_key(t);
		char *v = nullptr;
		size_t vlen = 0;
		if (xs_memo_get(db, kept.data(), kept.size(), &v, &vlen) == 0) {
			std::free(v);
			return;
		}
		if (prefetch_by_shard(db, t))
			return;
		Xapian::Enquire enq(*db->rd);
		enq.set_query(Xapian::Query(t));
		enq.set_weighting_scheme(Xapian::BoolWeight());
		Xapian::MSet m = enq.get_mset(0, DOC_CACHE);
		// The requests pipelined; the page's documents, kept already,
		// stay as they are.
		keep_docs(db, m, m.size());
		/* A match that kept every document holding the term is its
		 * posting list: the read that follows (a card's citing
		 * documents) need not ask each shard in turn, a round trip
		 * each, for what this one round trip said. */
		if (m.size() < DOC_CACHE && m.get_matches_upper_bound() == m.size()) {
			std::vector<Xapian::docid> ids;
			for (Xapian::MSetIterator it = m.begin(); it != m.end(); ++it)
				ids.push_back(*it);
			keep_postings(db, t, ids);
		}
	} catch (...) {
		// Not fetched ahead: each read asks for its own, and fails
		// there if it must.
	}
}

static int memo_get(xs_db *db, const char *key, size_t klen, char **v, size_t *len)
{
	auto it = db->memo.find(std::string(key, klen));
	if (it == db->memo.end())
		return 1;
	*len = it->second.size();
	*v = dup_string(it->second);
	return 0;
}

static void memo_put(xs_db *db, const char *key, size_t klen, const char *v, size_t len)
{
	try {
		if (db->memo_bytes + klen + len > MEMO_BYTES) {
			db->memo.clear();
			db->memo_bytes = 0;
		}
		auto r = db->memo.emplace(std::string(key, klen), std::string(v, len));
		if (r.second)
			db->memo_bytes += klen + len;
	} catch (...) {
		// A memo not kept is computed again.
	}
}

int xs_memo_get(xs_db *db, const char *key, size_t klen, char **v, size_t *len)
{
	if (!db->cache_docs)
		return 1;
	return memo_get(db, key, klen, v, len);
}

void xs_memo_put(xs_db *db, const char *key, size_t klen, const char *v, size_t len)
{
	if (!db->cache_docs)
		return;
	memo_put(db, key, klen, v, len);
}

// A writer's revision moves with each commit: it keeps nothing.
int xs_keep_get(xs_db *db, const char *key, size_t klen, char **v, size_t *len)
{
	if (db->wr)
		return 1;
	return memo_get(db, key, klen, v, len);
}

void xs_keep_put(xs_db *db, const char *key, size_t klen, const char *v, size_t len)
{
	if (db->wr)
		return;
	memo_put(db, key, klen, v, len);
}

// How many documents (two at most) hold each of keys as their SLOT_TEXT_OF,
// of those q matches (all when q is null): one match for them all.
static std::map<std::string, unsigned> key_counts(const Xapian::Database &d,
						   const Xapian::Query *q,
						   const std::vector<std::string> &keys)
{
	std::vector<Xapian::Query> ranges;
	for (const std::string &k : keys)
		ranges.emplace_back(Xapian::Query::OP_VALUE_RANGE, SLOT_TEXT_OF, k, k);
	Xapian::Query any(Xapian::Query::OP_OR, ranges.begin(), ranges.end());
	Xapian::Enquire enq(d);
	enq.set_query(q ? Xapian::Query(Xapian::Query::OP_FILTER, *q, any) : any);
	enq.set_weighting_scheme(Xapian::BoolWeight());
	enq.set_collapse_key(SLOT_TEXT_OF, 2);
	Xapian::MSet two = enq.get_mset(0, 2 * keys.size());
	std::map<std::string, unsigned> n;
	for (Xapian::MSetIterator it = two.begin(); it != two.end(); ++it)
		n[it.get_collapse_key()]++;
	return n;
}

/* The copies' check's matches on d: which of c's unknown keys another
 * document of the index holds (c.shared), then which of the keys so shared
 * another document of the query holds (c.seen). */
static void copies_ask(const Xapian::Database &d, copies_check &c)
{
	if (!c.unknown.empty()) {
		std::map<std::string, unsigned> n = key_counts(d, nullptr, c.unknown);
		for (const std::string &k : c.unknown)
			c.shared[k] = n[k] > 1;
	}
	std::vector<std::string> still;
	for (const std::string &k : c.ask)
		if (c.shared[k])
			still.push_back(k);
	if (!still.empty()) {
		Xapian::Query q = Xapian::Query::unserialise(c.q);
		c.seen = key_counts(d, &q, still);
	}
}

/* What the check c answered: the unknown keys kept in the memo (a fact of
 * the revision), and a copy for each hit of out whose key the query's
 * other documents hold. */
static void copies_apply(xs_db *db, const copies_check &c, struct idx_results *out)
{
	for (const std::string &k : c.unknown) {
		std::string mk = "h" + k;
		auto f = c.shared.find(k);
		xs_memo_put(db, mk.data(), mk.size(), f != c.shared.end() && f->second ? "1" : "0", 1);
	}
	for (size_t i = 0; i < out->n; i++) {
		idx_hit &h = out->hits[i];
		auto k = c.hits.find(h.docid);
		if (h.copies || k == c.hits.end())
			continue;
		auto s = c.seen.find(k->second);
		if (s != c.seen.end() && s->second > 1)
			h.copies = 1;
	}
}

/* The check left running, if any, waited for and dropped. */
static void copies_drop(xs_db *db)
{
	if (db->copies && db->copies->th.joinable())
		db->copies->th.join();
	db->copies.reset();
}

/* c asked on the further connections to every shard (db->side: one a
 * shard, opened at once when first needed, then kept), in a thread of its
 * own while the caller goes on; each is used only at the revision its
 * shard's own connection reads (reopened once, else c is asked on those
 * at settling). False when the thread would not start. */
static bool copies_start(xs_db *db, std::unique_ptr<copies_check> &c)
{
	size_t n = db->shards.size();
	std::vector<char> down(n, 0);
	c->at.resize(n);
	for (size_t i = 0; i < n; i++) {
		down[i] = db->shards[i].down;
		c->at[i] = revision_of(db->shards[i].db);
	}
	db->side.resize(n);
	copies_check *cc = c.get();
	try {
		cc->th = std::thread([db, cc, down, n]() {
			try {
				std::vector<char> bad(n, 0);
				bool started = at_once(n, [&](size_t i) {
					try {
						std::shared_ptr<Xapian::Database> &r = db->side[i];
						if (down[i]) {
							r = std::make_shared<Xapian::Database>(stand_in());
							return;
						}
						if (!r)
							r = std::make_shared<Xapian::Database>(
								open_shard(db->shards[i]));
						if (!same_revision(cc->at[i], revision_of(*r))) {
							r->reopen();
							if (!same_revision(cc->at[i], revision_of(*r)))
								bad[i] = 1;
						}
					} catch (...) {
						bad[i] = 1;
					}
				});
				for (size_t i = 0; i < n; i++)
					if (bad[i])
						db->side[i].reset();
				if (!started || std::find(bad.begin(), bad.end(), 1) != bad.end())
					return;
				Xapian::Database all;
				for (size_t i = 0; i < n; i++)
					all.add_database(*db->side[i]);
				copies_ask(all, *cc);
				cc->done = true;
			} catch (...) {
				for (auto &r : db->side)
					r.reset();
			}
		});
	} catch (...) {
		return false;
	}
	db->copies = std::move(c);
	return true;
}

// The lookups index/ and query/ make for themselves (no count asked for, no
// collapse: the documents of a number's own text under a hit, find_copies)
// are facts of the revision, like a term's frequency: over the network each
// is a match, two round trips a shard, so its answer is kept in the memo.
// A search a user asks for always wants a count, and is never kept.
static std::string lookup_key(const idx_query *q, size_t limit)
{
	return "s" + std::to_string(limit) + ":" + q->q.serialise();
}

static bool lookup_read(xs_db *db, const std::string &key, struct idx_results *out)
{
	char *v = nullptr;
	size_t len = 0;
	if (xs_memo_get(db, key.data(), key.size(), &v, &len) != 0)
		return false;
	size_t n = (len - 3 * sizeof(unsigned long long)) / sizeof(idx_hit);
	std::memcpy(&out->lower, v, sizeof out->lower);
	std::memcpy(&out->estimated, v + sizeof out->lower, sizeof out->estimated);
	std::memcpy(&out->upper, v + 2 * sizeof out->lower, sizeof out->upper);
	if (n) {
		out->hits = static_cast<idx_hit *>(std::malloc(n * sizeof(idx_hit)));
		if (!out->hits)
			std::abort();
		std::memcpy(out->hits, v + 3 * sizeof out->lower, n * sizeof(idx_hit));
	}
	out->n = n;
	std::free(v);
	return true;
}

static void lookup_keep(xs_db *db, const std::string &key, const struct idx_results *out)
{
	std::string v;
	v.append(reinterpret_cast<const char *>(&out->lower), sizeof out->lower);
	v.append(reinterpret_cast<const char *>(&out->estimated), sizeof out->estimated);
	v.append(reinterpret_cast<const char *>(&out->upper), sizeof out->upper);
	if (out->n)
		v.append(reinterpret_cast<const char *>(out->hits), out->n * sizeof(idx_hit));
	xs_memo_put(db, key.data(), key.size(), v.data(), v.size());
}

// At most how many documents q matches, from its terms' frequencies (tfs
// keeps those asked): what Xapian's postlists would say, none opened. The
// frequencies are the database's, or the match m's own if given (an MSet's
// get_termfreq of a query's word asks no shard again: a round trip each over
// remote shards).
static Xapian::doccount match_bound(const Xapian::Database &rd, const Xapian::MSet *m,
				    const Xapian::Query &q, Xapian::doccount all,
				    std::map<std::string, Xapian::doccount> &tfs)
{
	size_t n = q.get_num_subqueries();
	switch (q.get_type()) {
	case Xapian::Query::LEAF_TERM: {
		std::string t = *q.get_terms_begin();
		auto f = tfs.find(t);
		if (f == tfs.end())
			f = tfs.emplace(t, m ? m->get_termfreq(t) : rd.get_termfreq(t)).first;
		return f->second;
	}
	case Xapian::Query::LEAF_MATCH_NOTHING:
		return 0;
	case Xapian::Query::OP_AND:
	case Xapian::Query::OP_FILTER:
	case Xapian::Query::OP_PHRASE:
	case Xapian::Query::OP_NEAR: {
		Xapian::doccount b = all;
		for (size_t i = 0; i < n && b; i++)
			b = std::min(b, match_bound(rd, m, q.get_subquery(i), all, tfs));
		return b;
	}
	case Xapian::Query::OP_AND_MAYBE:
	case Xapian::Query::OP_AND_NOT:
	case Xapian::Query::OP_SCALE_WEIGHT:
		return n ? match_bound(rd, m, q.get_subquery(0), all, tfs) : all;
	case Xapian::Query::OP_OR:
	case Xapian::Query::OP_SYNONYM: {
		Xapian::doccount b = 0;
		for (size_t i = 0; i < n && b < all; i++)
			b += std::min(all - b, match_bound(rd, m, q.get_subquery(i), all, tfs));
		return b;
	}
	default:
		return all;
	}
}

int xs_search(xs_db *db, const idx_query *q, size_t offset, size_t limit,
	      size_t check_at_least, int by_date, int collapse, struct idx_results *out,
	      char **err)
{
	out->hits = nullptr;
	out->n = 0;
	bool later = db->copies_later;
	db->copies_later = false;
	bool ids_only = db->ids_only;
	db->ids_only = false;
	bool lookup = db->network && !check_at_least && !collapse && !offset && !by_date;
	std::string key;
	if (lookup) {
		try {
			key = lookup_key(q, limit);
			if (lookup_read(db, key, out))
				return 0;
		} catch (...) {
			lookup = false;
		}
	}
	bool started = false; /* this search's copies' check runs (copies_start) */
	int rc = guarded_read(db, err, [&]() -> int {
		std::free(out->hits); /* what a try before a reopen left */
		out->hits = nullptr;
		out->n = 0;
		if (started) {
			copies_drop(db);
			started = false;
		}
		Xapian::Enquire enq(*db->rd);
		enq.set_query(q->q);
		enq.set_weighting_scheme(Xapian::BM25Weight());
		const std::vector<uint32_t> *order = by_date ? nullptr : order_key_for(db);
		OrderKey order_key(order ? *order : db->order_rank);
		size_t check = check_at_least;
		size_t checked = check > offset + limit ? check : offset + limit;
		/* Undated documents last both ways: an empty key sorts low, so
		 * oldest first gives them one above any date. */
		Xapian::MultiValueKeyMaker oldest;
		oldest.add_value(SLOT_DATE, false, std::string(1, '\xff'));
		/* Equal scores (every match of a number alone scores 0), and
		 * which copy a collapse keeps, go by SLOT_ORDER, the same on
		 * one index and on shards, not by docid. */
		if (by_date > 0)
			enq.set_sort_by_value_then_relevance(SLOT_DATE, true);
		else if (by_date < 0)
			enq.set_sort_by_key_then_relevance(&oldest, false);
		else if (order)
			enq.set_sort_by_relevance_then_key(&order_key, false);
		else
			enq.set_sort_by_relevance_then_value(SLOT_ORDER, false);
		/* Documents without the value are never collapsed; the
		 * bounds below then count texts, not copies. */
		if (collapse)
			enq.set_collapse_key(SLOT_TEXT_OF);
		/* Over several shards a hit's count of copies is in doubt (see
		 * below): the match counts every key it sees (before the
		 * collapse), which answers for it when the match saw every
		 * candidate, without a second match, two round trips a shard. */
		Xapian::ValueCountMatchSpy spied(SLOT_TEXT_OF);
		bool spy = collapse && db->shards.size() > 1 && !ids_only;
		if (spy)
			enq.add_matchspy(&spied);
		/* Fewer candidates than the match checks: it never raises its
		 * minimum weight, so nothing is pruned and Xapian's AND_MAYBE
		 * gives the OR's documents, weights and count for less work.
		 * Xapian's bound (its postlists opened, none read) decides; a
		 * remote shard would answer it in a round trip of its own. */
		/* (Against the number the caller asked to check, not every
		 * document as asked above: so swapped on every search, 4 local
		 * shards ranked a fused page's edge otherwise than one index,
		 * "Quyền được phát triển năng khiếu", not traced further.) */
		size_t asked = check_at_least > offset + limit ? check_at_least : offset + limit;
		bool swapped = false;
		if (q->maybe && !db->network && asked) {
			std::map<std::string, Xapian::doccount> tfs;
			swapped = match_bound(*db->rd, nullptr, q->unpruned, db->rd->get_doccount(),
					      tfs) < asked;
			if (swapped)
				enq.set_query(q->unpruned);
		}
		/* Xapian 1.4.22's pruning has two faults that reach a page
		 * (docs/design.md, "Counting"): an AND MAYBE decaying into AND
		 * in next() skips the document its optional side stands on
		 * (matcher/andmaybepostlist.cc:90, max(lhead, rhead) + 1), and
		 * an OR checked at a document its left side failed adds that
		 * side's weight at the next (orpostlist.cc:257, lhead = did + 1
		 * meeting rhead). Both bite where the minimum weight is high:
		 * the page is taken from the top PRUNE_OVERASK times its end,
		 * whose lower minimum weight kept every page of the bench's
		 * queries exact for a few percent more work; weighing every
		 * match (--count), the one cure that needs no margin, costs
		 * about ten times as much (bench/RESULTS.md, h9p). */
		size_t rows = limit;
		Xapian::doccount all = db->rd->get_doccount();
		if (!swapped && !by_date && check < all) {
			size_t end = offset + limit;
			size_t top = std::min(PRUNE_OVERASK * end, std::max(end, check));
			rows = top - offset;
		}
		Xapian::MSet m = enq.get_mset(offset, rows, check);
		/* The match's statistics hold the frequency of every term of
		 * its query, summed over the shards: kept as xs_termfreq keeps
		 * one, so that a search asking for one after (a heading's whole
		 * term) sends no round trip to each shard for it. */
		if (db->network) {
			const Xapian::Query &ran = swapped ? q->unpruned : q->q;
			for (Xapian::TermIterator t = ran.get_unique_terms_begin();
			     t != ran.get_unique_terms_end(); ++t) {
				std::string tk = "t" + *t;
				if (db->memo.count(tk))
					continue;
				std::string f = std::to_string(m.get_termfreq(*t));
				xs_memo_put(db, tk.data(), tk.size(), f.data(), f.size());
			}
		}
		out->lower = m.get_matches_lower_bound();
		out->estimated = m.get_matches_estimated();
		out->upper = m.get_matches_upper_bound();
		/* Collapsing, Xapian leaves the upper bound where the terms put
		 * it (a phrase's, before its positions are checked). The match
		 * stops early only once it has checked the number it was asked
		 * to: fewer documents matching before the collapse means every
		 * candidate was seen, and the count after it is exact. (The
		 * collapsed lower bound alone says nothing: "thử việc" kept 499
		 * of the 500 it checked, out of 4,146 or more.) */
		bool seen_all = collapse && m.get_uncollapsed_matches_lower_bound() < checked;
		if (seen_all)
			out->estimated = out->upper = out->lower;
		/* The page is the counting match's: with AND_MAYBE written as
		 * OR and FILTER (idx_q_combine), Xapian 1.4's matcher no longer
		 * leaves out of it a document that ranks on it ("ngư dân", and
		 * tests/e2e/page-ranks.sh), and a second match for the page
		 * cost a fifth of a search. */
		Xapian::MSet page = m;
		size_t npage = std::min<size_t>(page.size(), limit);
		if (npage) {
			out->hits = static_cast<idx_hit *>(std::calloc(npage, sizeof(idx_hit)));
			if (!out->hits)
				std::abort();
		}
		std::vector<std::string> ask; // keys of hits whose count is in doubt
		for (Xapian::MSetIterator it = page.begin(); it != page.end() && out->n < npage; ++it) {
			idx_hit &h = out->hits[out->n++];
			h.docid = *it;
			h.weight = it.get_weight();
			h.copies = 0;
			if (!collapse || ids_only)
				continue;
			/* The page is the counting match itself, so a hit's
			 * copies are its own count (looking each hit up in the
			 * match from its start, as when the page was a match
			 * of its own, was quadratic: 68% of a facet's 10,000). */
			h.copies = it.get_collapse_count();
			/* Over remote shards the count is a lower bound (each
			 * server collapses its own and reports no count for
			 * what the merge collapses). */
			if (!h.copies && db->shards.size() > 1 && !it.get_collapse_key().empty())
				ask.push_back(it.get_collapse_key());
		}
		/* A key the spy saw twice has a copy; when the count is exact
		 * (every candidate seen) the spy saw every match, and a key it
		 * saw once has none. Only the others need the second match. */
		if (!ask.empty() && spy) {
			std::map<std::string, unsigned> seen;
			for (const std::string &k : ask)
				seen[k] = 0;
			for (Xapian::TermIterator v = spied.values_begin(); v != spied.values_end(); ++v) {
				auto f = seen.find(*v);
				if (f != seen.end())
					f->second = v.get_termfreq();
			}
			ask.clear();
			for (size_t i = 0; i < out->n; i++) {
				idx_hit &h = out->hits[i];
				const std::string &k = page[(Xapian::doccount)i].get_collapse_key();
				auto f = seen.find(k);
				if (h.copies || f == seen.end())
					continue;
				if (f->second > 1)
					h.copies = 1;
				else if (!seen_all)
					ask.push_back(k);
			}
		}
		/* Over the network, a key no other document of the index holds
		 * has no copy whatever the query: which keys two documents hold
		 * is a fact of the revision, asked once (one match for the keys
		 * not known yet) and kept in the memo. Then which of the keys
		 * so shared another match of the query has: one match for them
		 * all, keeping two documents a key (copies_ask). Those matches
		 * need only the page's keys: asked on further connections
		 * while the page's documents are read and, for a caller that
		 * settles them later (xs_copies_later), its passages made. */
		if (!ask.empty() && db->network) {
			std::unique_ptr<copies_check> c(new copies_check());
			for (const std::string &k : ask) {
				std::string mk = "h" + k;
				char *v = nullptr;
				size_t vlen = 0;
				if (c->shared.count(k))
					continue;
				if (xs_memo_get(db, mk.data(), mk.size(), &v, &vlen) == 0) {
					c->shared[k] = vlen == 1 && v[0] == '1';
					std::free(v);
				} else {
					c->shared[k] = true;
					c->unknown.push_back(k);
				}
				if (c->shared[k])
					c->ask.push_back(k);
			}
			ask.clear();
			if (!c->ask.empty()) {
				for (size_t i = 0; i < out->n; i++)
					if (!out->hits[i].copies &&
					    !page[(Xapian::doccount)i].get_collapse_key().empty())
						c->hits[out->hits[i].docid] =
							page[(Xapian::doccount)i].get_collapse_key();
				c->q = q->q.serialise();
				c->owner = out;
				/* One check runs at a time: a search made before the
				 * caller settles its own asks on the shards' own; so
				 * does a writer (what it has not committed is its own
				 * connections' only). */
				if (db->copies || db->wr || !copies_start(db, c)) {
					copies_ask(*db->rd, *c);
					copies_apply(db, *c, out);
				} else {
					started = true;
				}
			}
		}
		/* Over the network the page's documents are asked for at once
		 * (the requests pipelined, a round trip in all) and kept for
		 * the reads that follow. */
		if (db->network && npage && !ids_only) {
			/* What is kept already stays: a search made while reading
			 * another's page (the copies of a hit) must not send the rest
			 * of that page back over the network one document at a time. */
			keep_docs(db, page, npage);
		}
		if (started && !later) {
			started = false;
			std::unique_ptr<copies_check> c = std::move(db->copies);
			c->th.join();
			if (!c->done)
				copies_ask(*db->rd, *c);
			copies_apply(db, *c, out);
		}
		/* Which of those keys another match has (over one index). */
		if (!ask.empty()) {
			std::map<std::string, unsigned> seen = key_counts(*db->rd, &q->q, ask);
			for (size_t i = 0; i < out->n; i++) {
				idx_hit &h = out->hits[i];
				if (h.copies)
					continue;
				Xapian::MSetIterator it = page[(Xapian::doccount)i];
				auto s = seen.find(it.get_collapse_key());
				if (s != seen.end() && s->second > 1)
					h.copies = 1;
			}
		}
		/* Totals said the same way on every page: an estimate depends
		 * on the rows the match keeps (their minimum weight prunes what
		 * it reads), which grow with the page, so page 2 said "about
		 * 700" where page 1 said "about 600". A later page whose count
		 * is an estimate takes it from a match shaped as the first
		 * page's, the same check and rows (h12f). An exact count is the
		 * same whatever the page. */
		/* And exact when cheap: an estimate whose bound is within twice
		 * the number checked is counted in full (the page said "about
		 * 508" where 499 texts match; page 2, pruning less, said 499).
		 * The bound is the query's own from the collection's counts
		 * (match_bound, with the match's counts), not Xapian's upper
		 * bound: over shards that is each shard's added up, lower for
		 * words required together, and the same search was counted in
		 * full over two remote shards ("683") and estimated over one
		 * index ("about 700"). Xapian's bound is never above the
		 * query's own (each shard's fewest added up is at most the
		 * fewest of the sums), so only a bound already low enough is
		 * worth the walk. */
		Xapian::doccount bound = all;
		if (check && out->lower != out->upper && out->upper <= 2 * check) {
			std::map<std::string, Xapian::doccount> tfs;
			bound = match_bound(*db->rd, &m, q->q, all, tfs);
		}
		bool cheap = check && out->lower != out->upper && bound <= 2 * check;
		if ((offset || cheap) && out->lower != out->upper) {
			size_t rows1 = limit;
			if (!swapped && !by_date && check < all)
				rows1 = std::min(PRUNE_OVERASK * limit, std::max(limit, check));
			/* One more than the bound: every candidate seen, the
			 * collapse's count is known exact (below). */
			size_t check1 = cheap ? bound + 1 : check;
			enq.clear_matchspies();
			Xapian::MSet first = enq.get_mset(0, rows1, check1);
			out->lower = first.get_matches_lower_bound();
			out->estimated = first.get_matches_estimated();
			out->upper = first.get_matches_upper_bound();
			if (collapse && first.get_uncollapsed_matches_lower_bound() <
						std::max(check1, limit))
				out->estimated = out->upper = out->lower;
		}
		return 0;
	});
	if (rc < 0) {
		if (started)
			copies_drop(db);
		std::free(out->hits);
		out->hits = nullptr;
		out->n = 0;
	} else if (lookup) {
		try {
			lookup_keep(db, key, out);
		} catch (...) {
			// Not kept: asked again next time.
		}
	}
	return rc;
}

void xs_ids_only(xs_db *db)
{
	db->ids_only = true;
}

void xs_copies_later(xs_db *db)
{
	db->copies_later = true;
}

int xs_settle_copies(xs_db *db, struct idx_results *out, char **err)
{
	if (!db->copies || db->copies->owner != out)
		return 0;
	std::unique_ptr<copies_check> c = std::move(db->copies);
	if (c->th.joinable())
		c->th.join();
	if (!c->done && guarded_read(db, err, [&]() -> int {
		    copies_ask(*db->rd, *c);
		    return 0;
	    }) < 0)
		return -1;
	copies_apply(db, *c, out);
	return 0;
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
	char *kept = nullptr;
	size_t klen = 0;
	std::string key = postlist_key(t);
	if (db->network && xs_memo_get(db, key.data(), key.size(), &kept, &klen) == 0) {
		ids.resize(klen / sizeof(unsigned));
		if (klen)
			std::memcpy(ids.data(), kept, klen);
		std::free(kept);
	} else if (guarded_read(db, err, [&]() -> int {
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
			s = read_doc(db, docid, [slot](const Xapian::Document &doc) {
				return doc.get_value(slot);
			});
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
	// Over the network, a round trip: each key asked once a revision.
	std::string memo = std::string("m") + key;
	if (xs_memo_get(db, memo.data(), memo.size(), v, len) == 0)
		return 0;
	return guarded_read(db, err, [&]() -> int {
		std::string s = db->rd->get_metadata(key);
		xs_memo_put(db, memo.data(), memo.size(), s.data(), s.size());
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
	/* Over the network, a round trip a shard: the list is kept for the
	 * revision (memo key "K" and the prefix; each key after its length). */
	std::string mk = std::string("K") + prefix;
	char *kept = nullptr;
	size_t klen = 0;
	if (!db->shards.empty() && xs_memo_get(db, mk.data(), mk.size(), &kept, &klen) == 0) {
		for (size_t at = 0; at + sizeof(uint32_t) <= klen;) {
			uint32_t l;
			std::memcpy(&l, kept + at, sizeof l);
			at += sizeof l;
			keys.emplace_back(kept + at, l);
			at += l;
		}
		std::free(kept);
	} else if (guarded_read(db, err, [&]() -> int {
		    keys.clear();
		    if (db->shards.empty()) {
			    for (Xapian::TermIterator it = db->rd->metadata_keys_begin(prefix);
				 it != db->rd->metadata_keys_end(prefix); ++it)
				    keys.push_back(*it);
			    return 0;
		    }
		    /* A combined database lists its first shard's keys only:
		     * each shard's, in order and once, as one index lists them;
		     * over the network every shard asked at once (a shard that
		     * failed there is asked again below, and fails as it may). */
		    size_t n = db->shards.size();
		    std::vector<std::set<std::string>> each(n);
		    std::vector<char> ok(n, 0);
		    if (db->network && n > 1)
			    at_once(n, [&](size_t i) {
				    xs_shard_db &s = db->shards[i];
				    if (s.down) {
					    ok[i] = 1;
					    return;
				    }
				    try {
					    for (Xapian::TermIterator it = s.db.metadata_keys_begin(prefix);
						 it != s.db.metadata_keys_end(prefix); ++it)
						    each[i].insert(*it);
					    ok[i] = 1;
				    } catch (...) {
					    each[i].clear();
				    }
			    });
		    std::set<std::string> all;
		    for (size_t i = 0; i < n; i++) {
			    xs_shard_db &s = db->shards[i];
			    if (ok[i])
				    all.insert(each[i].begin(), each[i].end());
			    else if (!s.down)
				    for (Xapian::TermIterator it = s.db.metadata_keys_begin(prefix);
					 it != s.db.metadata_keys_end(prefix); ++it)
					    all.insert(*it);
		    }
		    keys.assign(all.begin(), all.end());
		    return 0;
	    }) < 0) {
		return -1;
	} else if (!db->shards.empty()) {
		std::string v;
		for (const std::string &k : keys) {
			uint32_t l = static_cast<uint32_t>(k.size());
			v.append(reinterpret_cast<const char *>(&l), sizeof l);
			v += k;
		}
		xs_memo_put(db, mk.data(), mk.size(), v.data(), v.size());
	}
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
	r->unpruned = q;
	r->docs = q;
	r->maybe = false;
	return r;
}

static idx_query *wrap2(const Xapian::Query &q, const Xapian::Query &unpruned,
			const Xapian::Query &docs, bool maybe)
{
	idx_query *r = wrap(q);
	r->unpruned = unpruned;
	r->docs = docs;
	r->maybe = maybe;
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

/* q where only its documents count (the side an AND_NOT takes away): a
 * phrase's AND_MAYBE below (idx_q_combine) is its phrase alone, a scale its
 * subquery. Xapian 1.4.22 reads memory it never set when an AND_NOT's
 * right side holds a PHRASE AND_MAYBE (valgrind: postlist_sub_xor's
 * allocation, get_mset), and a build that happened to find other bytes
 * there kept a text whose phrase was excluded (golden search.t under
 * ASan, 'Hải Phòng -"Tô Hiệu"'). */
static Xapian::Query documents_only(const Xapian::Query &q)
{
	switch (q.get_type()) {
	case Xapian::Query::OP_AND_MAYBE:
	case Xapian::Query::OP_SCALE_WEIGHT:
		return documents_only(q.get_subquery(0));
	case Xapian::Query::OP_AND:
	case Xapian::Query::OP_OR:
	case Xapian::Query::OP_AND_NOT:
	case Xapian::Query::OP_FILTER:
	case Xapian::Query::OP_SYNONYM: {
		std::vector<Xapian::Query> v;
		for (size_t i = 0; i < q.get_num_subqueries(); i++)
			v.push_back(documents_only(q.get_subquery(i)));
		return Xapian::Query(q.get_type(), v.begin(), v.end());
	}
	default:
		return q;
	}
}

idx_query *idx_q_combine(enum idx_qop op, idx_query **subs, size_t n)
{
	static const Xapian::Query::op ops[] = {
		Xapian::Query::OP_AND,       Xapian::Query::OP_OR,
		Xapian::Query::OP_AND_NOT,   Xapian::Query::OP_AND_MAYBE,
		Xapian::Query::OP_PHRASE,    Xapian::Query::OP_SYNONYM,
		Xapian::Query::OP_FILTER,
	};
	std::vector<Xapian::Query> v, u, d;
	v.reserve(n);
	u.reserve(n);
	d.reserve(n);
	bool maybe = op == IDX_Q_AND_MAYBE && n >= 2;
	for (size_t i = 0; i < n; i++) {
		v.push_back(subs[i]->q);
		u.push_back(subs[i]->unpruned);
		d.push_back(subs[i]->docs);
		maybe |= subs[i]->maybe;
		delete subs[i];
	}
	Xapian::Query::op xop = ops[op];
	for (size_t i = 1; op == IDX_Q_AND_NOT && i < v.size(); i++) {
		v[i] = documents_only(v[i]);
		u[i] = documents_only(u[i]);
	}
	if (op == IDX_Q_AND_NOT && v.size() > 2) {
		// Xapian's AND_NOT is left-associative: a AND NOT (b OR c …).
		Xapian::Query rest(Xapian::Query::OP_OR, v.begin() + 1, v.end());
		Xapian::Query urest(Xapian::Query::OP_OR, u.begin() + 1, u.end());
		return wrap2(Xapian::Query(xop, v[0], rest), Xapian::Query(xop, u[0], urest),
			     Xapian::Query(xop, d[0], rest), maybe);
	}
	if (op == IDX_Q_AND_NOT && v.size() == 2)
		return wrap2(Xapian::Query(xop, v.begin(), v.end()),
			     Xapian::Query(xop, u.begin(), u.end()), Xapian::Query(xop, d[0], v[1]),
			     maybe);
	/* A phrase as PHRASE AND_MAYBE 0 × its first word: the same documents
	 * and weights. Xapian 1.4.22's OrPostList::check, at a document where
	 * a phrase's words stand apart, takes the phrase as standing at the
	 * next document, and when the OR's other side stands there adds the
	 * phrase's weight read where it failed (orpostlist.cc:257): a FILTER
	 * or AND_MAYBE checks an OR at each of its candidates, pruning or not,
	 * so a description's date ("10/12/2025") gave a text the words'
	 * weight of the text before it — which text is before which is the
	 * index's layout, so one index and its shards scored it differently
	 * (bench/RESULTS.md, h14a). Under AND_MAYBE the phrase is reached by
	 * skip_to, which never stops on a failed document. */
	if (op == IDX_Q_PHRASE && !v.empty()) {
		Xapian::Query p(xop, v.begin(), v.end(), (Xapian::termcount)v.size());
		Xapian::Query up(xop, u.begin(), u.end(), (Xapian::termcount)u.size());
		Xapian::Query none(Xapian::Query::OP_SCALE_WEIGHT, v[0], 0);
		Xapian::Query wrapped(Xapian::Query::OP_AND_MAYBE, p, none);
		return wrap2(wrapped, Xapian::Query(Xapian::Query::OP_AND_MAYBE, up, none), wrapped,
			     maybe);
	}
	if (op == IDX_Q_PHRASE)
		return wrap(Xapian::Query(xop, v.begin(), v.end(), 0));
	/* A AND_MAYBE B as A OR (B FILTER A): the same documents, weighed by
	 * A and by B where B matches too. Xapian 1.4.22's pruning of
	 * AND_MAYBE over scaled subqueries drops documents from a page that a
	 * longer page keeps (bench/RESULTS.md, "The server's cost"); this
	 * shape keeps pages of 10 the top of pages of 40, and prunes better.
	 * B is filtered by A's documents (docs), not by A again. */
	if (op == IDX_Q_AND_MAYBE && v.size() >= 2) {
		Xapian::Query maybe_side = v.size() == 2 ? v[1]
							 : Xapian::Query(Xapian::Query::OP_OR, v.begin() + 1,
									 v.end());
		return wrap2(Xapian::Query(Xapian::Query::OP_OR, v[0],
					   Xapian::Query(Xapian::Query::OP_FILTER, maybe_side, d[0])),
			     Xapian::Query(xop, u.begin(), u.end()), d[0], true);
	}
	/* A FILTER's right sides count for their documents only. */
	if (op == IDX_Q_FILTER)
		for (size_t i = 1; i < v.size(); i++)
			v[i] = u[i] = d[i];
	return wrap2(Xapian::Query(xop, v.begin(), v.end()), Xapian::Query(xop, u.begin(), u.end()),
		     Xapian::Query(xop, d.begin(), d.end()), maybe);
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
	q->unpruned = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q->unpruned, factor);
	return q;
}

/* A fixed weight's source holds FIXED_HEADROOM times its weight, scaled back
 * by 1 / FIXED_HEADROOM (idx_q_fixed). Xapian 1.4 hands a posting source the
 * least weight wanted in the units of the whole query (ExternalPostList::next
 * and skip_to pass w_min as given, not divided by the OP_SCALE_WEIGHT factors
 * above the source), and FixedWeightPostingSource ends its list once that
 * least weight exceeds its own weight. Under a scale above 1 (a year's texts,
 * YEAR_SCALE; a named text, NAMED_OWN_TEXT_SCALE) it ended while its scaled
 * weight could still count, and the documents after lost it (which ones
 * depends on the order the match meets them: tests/unit/test_pruning,
 * test_fixed_scaled; bench/RESULTS.md, h14a). With the headroom, the source's weight is above any product of the
 * scales, so it never ends early; a power of two, so the product of the
 * factors and the weight is the very figure of the weight times the scales. */
#define FIXED_HEADROOM 65536.0

idx_query *idx_q_fixed(idx_query *q, double weight)
{
	/* A built-in source (serialisable): remote shards run it too. */
	Xapian::PostingSource *fixed = new Xapian::FixedWeightPostingSource(weight * FIXED_HEADROOM);
	Xapian::Query source(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(fixed->release()),
			     1 / FIXED_HEADROOM);
	q->q = Xapian::Query(Xapian::Query::OP_FILTER, source, q->docs);
	q->unpruned = Xapian::Query(Xapian::Query::OP_FILTER, source, q->docs);
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
		return fail_once(db, err);
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
