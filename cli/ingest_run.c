/* ingest_run.c — one ingest run: the loader's documents and the fetcher's
 * pages into the index writer, and the walk's names for the removal of
 * files gone. Above ingest/ and index/, which do not know each other. */
#include "cli/ingest_run.h"

#include <stdlib.h>

#include "util/util.h"

/* What the walk found, by stored name, for the removal of files gone. */
struct walked {
	const struct ingest_list *list;
	const char *root;
	struct ingest_names found, held, others;
};

struct ingest_run {
	idx_writer *w;
	char *path;
	const struct ingest_run_options *o;
	volatile sig_atomic_t *cancel;
	struct ingest_run_counts n;
	size_t urls;
	/* A bulk run removes after its merge: what the walk found lives until
	 * the run is closed. */
	struct walked found;
};

static volatile sig_atomic_t never;

/* ---- documents to records -------------------------------------------------
 * What the index stores of d (pointing into d), and the loader's prepare
 * step that builds it on the worker threads. */

static struct idx_record record_of(const struct ingest_doc *d)
{
	return (struct idx_record){
		.source = d->source, .title = d->title, .date = d->date,
		.date_inferred = d->date_inferred ? (char *)"1" : NULL,
		.format = (char *)ingest_format_name(d->format),
		.charset = (char *)ingest_charset_name(d->charset), .hash = (char *)d->hash,
		.canonical_url = d->canonical_url, .site_name = d->site_name,
		.etag = d->etag, .last_modified = d->last_modified,
		.bytes = d->bytes, .text = d->text, .text_len = d->text_len, .note = d->note,
	};
}

static void *prep_begin(void *path) { return idx_preparer_new(path); }
static void prep_end(void *p, void *path) { (void)path; idx_preparer_free(p); }
static void prep_release(void *d, void *path) { (void)path; idx_prepared_free(d); }
static void *prep_doc(void *p, const struct ingest_doc *d, void *path)
{
	(void)path;
	struct idx_record r = record_of(d);
	return idx_prepare(p, &r);
}

static void tell(ingest_run *r, enum ingest_run_kind kind, const char *name, const char *why)
{
	struct ingest_run_outcome o = { .kind = kind, .name = name, .why = why };
	r->o->on_outcome(&o, r->o->arg);
}

/* An input that did not reach the index: passed over (rc > 0) or failed. */
static void not_added(ingest_run *r, int rc, const char *name, const char *why)
{
	tell(r, rc > 0 ? INGEST_RUN_SKIPPED : INGEST_RUN_FAILED, name, why);
	if (rc > 0) {
		r->n.skipped++;
	} else {
		r->n.failed++;
		r->n.failed_input++;
	}
}

/* Adds d (prep: d prepared, or NULL). Returns 0, or -1 when the index
 * failed. */
static int add_doc(ingest_run *r, struct ingest_doc *d, idx_prepared *prep, const char *name,
		   enum idx_add_result *out)
{
	struct idx_record rec = record_of(d);
	enum idx_add_result res;
	char *dup_of = NULL, *err = NULL;
	int rc = idx_writer_add(r->w, &rec, prep, &res, &dup_of, &err);
	if (rc == -1) {
		tell(r, INGEST_RUN_ADD_FAILED, name, err);
		free(err);
		return -1;
	}
	struct ingest_run_outcome o = { .kind = INGEST_RUN_INDEXED, .name = name, .res = res,
					.dup_of = dup_of };
	r->o->on_outcome(&o, r->o->arg);
	free(dup_of);
	if (out)
		*out = res;
	if (rc < 0) {
		tell(r, INGEST_RUN_COMMIT_FAILED, name, err);
		free(err);
		return -1;
	}
	return 0;
}

int ingest_run_open(const char *path, const struct ingest_run_options *o, ingest_run **out,
		    char **err)
{
	ingest_run *r = xcalloc(1, sizeof *r);
	r->o = o;
	r->cancel = o->cancel ? o->cancel : &never;
	struct idx_writer_options wo = o->writer;
	wo.files = 1;
	wo.cancel = r->cancel;
	int rc = idx_writer_open(path, &wo, &r->w, err);
	if (rc < 0) {
		free(r);
		*out = NULL;
		return rc;
	}
	r->path = xstrdup(path);
	*out = r;
	return 0;
}

/* A step's failure, told. */
static void fail(ingest_run *r, enum ingest_run_kind kind, char *err)
{
	tell(r, kind, NULL, err);
	free(err);
}

int ingest_run_update_requests(ingest_run *r, struct ingest_urls *urls, int force)
{
	struct idx_sources src;
	char *err = NULL;
	if (idx_writer_web_sources(r->w, &src, &err) < 0) {
		fail(r, INGEST_RUN_INDEX_ERROR, err);
		return -1;
	}
	int all = urls->n == 0;
	for (size_t i = 0; all && i < src.n; i++)
		ingest_urls_add(urls, xstrdup(src.v[i].source));
	for (size_t i = 0; !force && i < src.n; i++)
		ingest_urls_set_validators(urls, src.v[i].source, src.v[i].etag,
					   src.v[i].last_modified);
	idx_sources_release(&src);
	return 0;
}

void ingest_run_plan(ingest_run *r, size_t expected)
{
	idx_writer_plan(r->w, expected);
}

void ingest_run_add_files(ingest_run *r, const struct ingest_list *list)
{
	const struct ingest_run_options *o = r->o;
	struct ingest_prepare prep = { prep_begin, prep_doc, prep_release, prep_end,
				       r->path };
	ingest_init();
	ingest_loader *ld = ingest_loader_new(list, &o->load, o->jobs, &prep);
	for (size_t i = 0; i < list->n && !*r->cancel; i++) {
		const struct ingest_file *f = &list->v[i];
		r->n.files_done = i + 1;
		if (o->on_progress)
			o->on_progress(0, i, list->n, f->path, o->arg);
		struct ingest_loaded *s = ingest_loader_get(ld, i);
		int arc = 0;
		if (f->other)
			tell(r, INGEST_RUN_OTHER, f->path, f->skip_why);
		else if (f->skip_why)
			not_added(r, 1, f->path, f->skip_why);
		else if (s->rc != 0)
			not_added(r, s->rc, f->path, s->err);
		else
			arc = add_doc(r, &s->doc, s->prepared, f->path, NULL);
		ingest_loader_done(ld, i);
		if (arc < 0)
			break;
	}
	ingest_loader_free(ld);
}

/* ---- web pages ----------------------------------------------------------- */

static void refresh_validators(ingest_run *r, const struct fetch_result *p)
{
	char *err = NULL;
	if (idx_writer_refresh_validators(r->w, p->url, p->etag, p->last_modified, &err) < 0) {
		tell(r, INGEST_RUN_VALIDATORS_FAILED, p->url, err);
		free(err);
	}
}

static int on_fetched(const struct fetch_result *p, void *arg)
{
	ingest_run *r = arg;
	const struct ingest_run_options *o = r->o;
	r->n.urls_done++;
	if (o->on_progress)
		o->on_progress(1, r->n.urls_done, r->urls, p->url, o->arg);
	if (p->failure != FETCH_OK) {
		struct ingest_run_outcome out = { .kind = INGEST_RUN_DOWNLOAD_FAILED,
						  .name = p->url, .why = p->error,
						  .refused = p->failure == FETCH_REFUSED };
		o->on_outcome(&out, o->arg);
		r->n.failed++;
		if (out.refused)
			r->n.failed_input++;
		else
			r->n.failed_network++;
		return *r->cancel;
	}
	if (p->not_modified) {
		r->n.not_modified++;
		r->n.pages_unchanged++;
		tell(r, INGEST_RUN_NOT_MODIFIED, p->url, NULL);
		refresh_validators(r, p);
		return *r->cancel || idx_writer_get_summary(r->w)->failed;
	}
	char *err = NULL;
	struct ingest_doc d = { 0 };
	int rc = ingest_load_fetched(p, &o->load, &d, &err);
	if (rc != 0) {
		not_added(r, rc, p->url, err);
		free(err);
		ingest_doc_release(&d);
		return *r->cancel;
	}
	enum idx_add_result res = IDX_ADDED;
	if (add_doc(r, &d, NULL, p->url, &res) == 0 && res == IDX_UNCHANGED) {
		r->n.pages_unchanged++;
		refresh_validators(r, p);
	}
	ingest_doc_release(&d);
	return *r->cancel || idx_writer_get_summary(r->w)->failed;
}

void ingest_run_fetch(ingest_run *r, const struct ingest_urls *urls, struct fetch_options *fo)
{
	char *err = NULL;
	if (!urls->n || idx_writer_get_summary(r->w)->failed || *r->cancel)
		return;
	r->urls = urls->n;
	fo->cancel = r->cancel;
	if (ingest_urls_fetch(urls, fo, on_fetched, r, &err) < 0) {
		fail(r, INGEST_RUN_FETCH_ERROR, err);
		r->n.failed += urls->n;
		r->n.failed_network += urls->n;
	}
}

/* ---- files gone ------------------------------------------------------------
 * A folder ingested again: what the index holds under it becomes what the
 * walk found there (idx_writer_remove_missing). */

static void list_walked(struct idx_walked *out, void *arg)
{
	struct walked *k = arg;
	ingest_list_names(k->list, k->root, &k->found, &k->held, &k->others);
	*out = (struct idx_walked){ k->found.v, k->held.v, k->others.v, k->found.n, k->held.n,
				    k->others.n };
}

static void walked_release(struct walked *k)
{
	ingest_names_release(&k->found);
	ingest_names_release(&k->held);
	ingest_names_release(&k->others);
}

void ingest_run_remove_missing(ingest_run *r, const struct ingest_list *list)
{
	if (!list->nfolders || *r->cancel || idx_writer_get_summary(r->w)->failed)
		return;
	struct ingest_names dirs = { 0 };
	char *err = NULL;
	walked_release(&r->found);
	r->found = (struct walked){ .list = list, .root = r->o->load.root };
	ingest_list_folder_names(list, r->o->load.root, &dirs);
	if (idx_writer_remove_missing(r->w, dirs.v, dirs.n, list_walked, &r->found, &err) < 0)
		fail(r, INGEST_RUN_INDEX_ERROR, err);
	ingest_names_release(&dirs);
}

void ingest_run_remove_gone(ingest_run *r, char *const *sources, size_t n)
{
	char *err = NULL;
	if (!n || *r->cancel || idx_writer_get_summary(r->w)->failed)
		return;
	if (idx_writer_remove_gone(r->w, sources, n, &err) < 0)
		fail(r, INGEST_RUN_INDEX_ERROR, err);
}

void ingest_run_finish(ingest_run *r)
{
	char *err = NULL;
	if (!idx_writer_get_summary(r->w)->failed && idx_writer_finish(r->w, &err) < 0)
		fail(r, INGEST_RUN_COMMIT_FAILED, err);
}

void ingest_run_compact(ingest_run *r)
{
	const struct idx_writer_summary *s = idx_writer_get_summary(r->w);
	char *err = NULL;
	if (s->failed || (!s->bulk && *r->cancel))
		return;
	if (r->o->before_compact)
		r->o->before_compact(r->o->arg);
	if (idx_writer_compact(r->w, &err) < 0)
		fail(r, INGEST_RUN_MERGE_FAILED, err);
}

void ingest_run_all(ingest_run *r, const struct ingest_list *list,
		    const struct ingest_urls *urls, struct fetch_options *fo, int keep_missing)
{
	ingest_run_add_files(r, list);
	ingest_run_fetch(r, urls, fo);
	if (!keep_missing)
		ingest_run_remove_missing(r, list);
	ingest_run_finish(r);
	ingest_run_compact(r);
}

const struct idx_writer_summary *ingest_run_summary(const ingest_run *r)
{
	return idx_writer_get_summary(r->w);
}

const struct ingest_run_counts *ingest_run_counts(const ingest_run *r)
{
	return &r->n;
}

void ingest_run_close(ingest_run *r)
{
	if (!r)
		return;
	idx_writer_close(r->w);
	walked_release(&r->found);
	free(r->path);
	free(r);
}
