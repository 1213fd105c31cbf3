#!/usr/bin/env python3
"""eval.py — ranking benchmarks: tracuu beside SQLite FTS5 and Xapian's defaults.

ALQAC 2023: one document per law article; each of the 216 statements (train + test)
is a query. Everyday queries (issue 18): the set bench/everyday.py builds (headings,
law titles and names, Q&A questions) run on congbao-8chude + uts-vlc-laws, one
document per file. Every query as written and typed without marks; gold labels are
used for scoring only (bench/NOTES.md).
ALQAC as whole laws (issue 19): the same statements on the 18 laws joined into one
file each, searched with --articles and scored by article.
Usage: eval.py TRACUU SHARED_CORPUS_DIR WORK_DIR [--queries TSV] [--out FILE]
               [--only tracuu] [--protocol alqac|alqac-laws|everyday]
"""
import concurrent.futures as cf
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import unicodedata

K = 10


def strip_marks(s):
    """What a user without a Vietnamese keyboard types: no marks, đ -> d."""
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def load(corpus):
    laws = json.load(open(os.path.join(corpus, "legal_passages.json"), encoding="utf-8"))
    docs = []  # (key, text); key = (law_id, article_id)
    for law in laws:
        for art in law["articles"]:
            docs.append(((law["id"], art["id"]), art["text"]))
    # Two articles with the same text are one answer: tracuu indexes such
    # content once, and no ranking can tell them apart.
    same = {}
    for k, t in docs:
        same.setdefault(t, set()).add(k)
    text_of = dict(docs)
    queries = []
    for name in ("train.json", "test.json"):
        for item in json.load(open(os.path.join(corpus, name), encoding="utf-8")):
            gold = {(p["law_id"], p["article_id"]) for p in item["legal_passages"]}
            gold = set().union(*(same.get(text_of.get(g), {g}) for g in gold))
            queries.append((item["statement"], gold))
    return laws, docs, queries


def doc_name(i):
    return "a%05d.txt" % i


def score(runs, queries):
    """runs: list of ranked key lists, one per query -> R@1, R@5, R@10, MRR@10."""
    r1 = r5 = r10 = mrr = 0.0
    for ranked, (_, gold) in zip(runs, queries):
        first = next((i for i, k in enumerate(ranked[:K]) if k in gold), None)
        if first is None:
            continue
        r1 += first < 1
        r5 += first < 5
        r10 += first < 10
        mrr += 1.0 / (first + 1)
    n = len(queries)
    return r1 / n, r5 / n, r10 / n, mrr / n


def du(path):
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(root, f))
    return total if os.path.isdir(path) else os.path.getsize(path)


def pmap(fn, items):
    with cf.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        return list(ex.map(fn, items))


# ---- tracuu ---------------------------------------------------------------

def tracuu_search(tracuu, db, texts, options=(), pick=lambda r: r.get("source")):
    """Ranked results of each query (pick: what of a result, its source by
    default), from one `search --batch` process."""
    for t in texts:
        if not t.strip() or t.lstrip().startswith("#") or "\n" in t:
            raise ValueError("eval: a query --batch cannot carry: %r" % t)
    p = subprocess.run([tracuu, "search", "--batch", "--json", "--db", db, "--limit", str(K)]
                       + list(options),
                       input="".join(t + "\n" for t in texts), capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.stderr.write("eval: tracuu search failed (%d): %s\n" % (p.returncode, p.stderr))
    out = [json.loads(line) for line in p.stdout.splitlines() if line.strip()]
    if len(out) != len(texts):
        sys.exit("eval: tracuu search --batch answered %d of %d queries" % (len(out), len(texts)))
    return [[pick(r) for r in o.get("results", [])] for o in out]


def tracuu_ingest(tracuu, db, folder):
    """A fresh index of folder's files; the seconds it took."""
    shutil.rmtree(db, ignore_errors=True)
    t0 = time.time()
    subprocess.run([tracuu, "ingest", "--quiet", "--no-progress", "--db", db, "--root", folder, folder],
                   check=True)
    return time.time() - t0


def tracuu_run(tracuu, work, docs, queries, modes, scorer=None):
    db = os.path.join(work, "tracuu.db")
    build = tracuu_ingest(tracuu, db, os.path.join(work, "articles"))
    keys = {doc_name(i): k for i, (k, _) in enumerate(docs)}

    out = {}
    for mode, f in modes:
        runs = tracuu_search(tracuu, db, [f(q) for q, *_ in queries])
        out[mode] = (scorer or score)([[keys.get(s) for s in r] for r in runs], queries)
    return out, du(db), build


# ---- SQLite FTS5 ------------------------------------------------------------

def fts5_run(work, docs, queries, modes, remove_diacritics, scorer=None):
    path = os.path.join(work, "fts5-%d.sqlite" % remove_diacritics)
    if os.path.exists(path):
        os.remove(path)
    con = sqlite3.connect(path)
    tok = "unicode61 remove_diacritics 2" if remove_diacritics else "unicode61 remove_diacritics 0"
    con.execute("CREATE VIRTUAL TABLE a USING fts5(body, tokenize=%r)" % tok)
    con.executemany("INSERT INTO a(rowid, body) VALUES (?, ?)", ((i, t) for i, (_, t) in enumerate(docs)))
    con.commit()
    out = {}
    for mode, f in modes:
        runs = []
        for q, *_ in queries:
            words = re.findall(r"\w+", f(q))
            if not words:
                runs.append([])
                continue
            # Any word may match (a statement never has all its words in one
            # article); FTS5's own bm25 ranks.
            expr = " OR ".join('"%s"' % w for w in words)
            rows = con.execute("SELECT rowid FROM a WHERE a MATCH ? ORDER BY rank LIMIT ?", (expr, K))
            runs.append([docs[r][0] for (r,) in rows])
        out[mode] = (scorer or score)(runs, queries)
    con.close()
    return out, os.path.getsize(path)


# ---- Xapian's defaults (scriptindex + quest) --------------------------------

def xapian_run(work, docs, queries, modes, scorer=None):
    db = os.path.join(work, "xapian.db")
    shutil.rmtree(db, ignore_errors=True)
    script = os.path.join(work, "xapian.script")
    with open(script, "w") as f:
        # TermGenerator with no stemmer; the article number in the data.
        f.write("id : unique=Q boolean=Q field=id\nbody : index\n")
    dump = os.path.join(work, "xapian.input")
    with open(dump, "w", encoding="utf-8") as f:
        for i, (_, t) in enumerate(docs):
            f.write("id=%d\n" % i)
            lines = t.split("\n")
            f.write("body=" + lines[0] + "\n" + "".join("=" + l + "\n" for l in lines[1:]) + "\n")
    subprocess.run(["scriptindex", "--stemmer=none", db, script, dump], check=True,
                   stdout=subprocess.DEVNULL)

    def one(text):
        # quest: QueryParser's defaults (default operator OR), BM25, no stemming.
        p = subprocess.run(["quest", "-d", db, "-s", "none", "-m", str(K), text],
                           capture_output=True, text=True)
        ids = re.findall(r"^id=(\d+)$", p.stdout, re.M)
        return [docs[int(i)][0] for i in ids]

    out = {}
    for mode, f in modes:
        out[mode] = (scorer or score)(pmap(one, [f(q) for q, *_ in queries]), queries)
    return out, du(db)


# ---- everyday queries (issue 18) ---------------------------------------------

EVERYDAY_FOLDERS = ("congbao-8chude", "uts-vlc-laws")
KINDS = ("heading", "title", "name", "qa")


def everyday_load(shared, tsv):
    """The collection (one document per file; a file whose bytes repeat an earlier one
    is left out, as tracuu leaves it out) and the queries [(text, gold paths, kind)]."""
    docs, seen = [], set()
    for folder in EVERYDAY_FOLDERS:
        for root, _, files in os.walk(os.path.join(shared, folder, "docs")):
            for f in files:
                p = os.path.join(root, f)
                if not f.endswith(".txt"):
                    continue
                raw = open(p, "rb").read()
                if not raw.strip() or raw in seen:
                    continue
                seen.add(raw)
                docs.append((os.path.relpath(p, shared), raw.decode("utf-8")))
    docs.sort()
    queries = []
    for line in open(tsv, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        kind, text, gold, _ = line.rstrip("\n").split("\t")
        queries.append((text, set(gold.split()), kind))
    return docs, queries


def score_kinds(runs, queries):
    """R@1, R@10, MRR@10 per kind and overall: {kind: (r1, r10, mrr, n)}."""
    acc = {}
    for ranked, (_, gold, kind) in zip(runs, queries):
        first = next((i for i, k in enumerate(ranked[:K]) if k in gold), None)
        for key in (kind, "all"):
            a = acc.setdefault(key, [0.0, 0.0, 0.0, 0])
            a[3] += 1
            if first is not None:
                a[0] += first < 1
                a[1] += first < 10
                a[2] += 1.0 / (first + 1)
    return {k: (a[0] / a[3], a[1] / a[3], a[2] / a[3], a[3]) for k, a in acc.items()}


def everyday_tracuu(tracuu, shared, work, queries, modes):
    db = os.path.join(work, "tracuu-everyday.db")
    shutil.rmtree(db, ignore_errors=True)
    t0 = time.time()
    subprocess.run([tracuu, "ingest", "--quiet", "--no-progress", "--db", db, "--root", shared]
                   + [os.path.join(shared, f, "docs") for f in EVERYDAY_FOLDERS], check=True,
                   stderr=subprocess.DEVNULL)
    build = time.time() - t0
    out = {}
    for mode, f in modes:
        out[mode] = score_kinds(tracuu_search(tracuu, db, [f(q) for q, _, _ in queries]), queries)
    return out, du(db), build


def everyday(tracuu, shared, work, tsv, only, modes, emit):
    t0 = time.time()
    docs, queries = everyday_load(shared, tsv)
    rows = []
    res, size, _ = everyday_tracuu(tracuu, shared, work, queries, modes)
    rows.append(("tracuu", res, size))
    if only != "tracuu":
        # The peers index the same files as tracuu, whole, one document each.
        res, size = fts5_run(work, docs, queries, modes, 1, score_kinds)
        rows.append(("FTS5 unicode61 remove_diacritics 2", res, size))
        res, size = fts5_run(work, docs, queries, modes, 0, score_kinds)
        rows.append(("FTS5 unicode61, marks kept", res, size))
        res, size = xapian_run(work, docs, queries, modes, score_kinds)
        rows.append(("Xapian defaults (scriptindex+quest)", res, size))
    n = {k: sum(1 for q in queries if q[2] == k) for k in KINDS}
    emit("")
    emit("Everyday queries (issue 18): %d documents of %s, %d queries (%s), top %d; a hit is any copy"
         % (len(docs), " + ".join(EVERYDAY_FOLDERS), len(queries),
            ", ".join("%s %d" % (k, n[k]) for k in KINDS), K))
    emit("of the answering text (same letterhead number, or a consolidated text of it); %s, %.0f s"
         % (os.path.basename(tsv), time.time() - t0))
    emit("%-37s %-10s %-8s %4s %6s %6s %7s" % ("system", "queries", "kind", "n", "R@1", "R@10", "MRR@10"))
    for name, res, _ in rows:
        for mode, _ in modes:
            for kind in KINDS + ("all",):
                if kind in res[mode]:
                    r1, r10, mrr, cnt = res[mode][kind]
                    emit("%-37s %-10s %-8s %4d %6.3f %6.3f %7.3f" % (name, mode, kind, cnt, r1, r10, mrr))


def main():
    args = sys.argv[1:]
    tracuu, shared, work = args[:3]
    opts = dict(zip(args[3::2], args[4::2]))
    only = opts.get("--only")
    protocol = opts.get("--protocol")
    here = os.path.dirname(os.path.abspath(__file__))
    tsv = opts.get("--queries", os.path.join(here, "everyday-queries.tsv"))
    outf = open(opts["--out"], "w", encoding="utf-8") if "--out" in opts else None

    def emit(line):
        print(line, flush=True)
        if outf:
            outf.write(line + "\n")
            outf.flush()

    modes = [("as written", lambda s: s), ("no marks", strip_marks)]
    os.makedirs(work, exist_ok=True)
    if protocol in (None, "alqac"):
        alqac(tracuu, os.path.join(shared, "alqac2023"), work, only, modes, emit)
    if protocol in (None, "alqac-laws"):
        alqac_laws(tracuu, os.path.join(shared, "alqac2023"), work, modes, emit)
    if protocol in (None, "everyday"):
        everyday(tracuu, shared, work, tsv, only, modes, emit)
    if outf:
        outf.close()


def alqac(tracuu, corpus, work, only, modes, emit):
    laws, docs, queries = load(corpus)
    arts = os.path.join(work, "articles")
    shutil.rmtree(arts, ignore_errors=True)
    os.makedirs(arts)
    for i, (_, t) in enumerate(docs):
        with open(os.path.join(arts, doc_name(i)), "w", encoding="utf-8") as f:
            f.write(t)
    rows = []
    res, size, build = tracuu_run(tracuu, work, docs, queries, modes)
    rows.append(("tracuu", res, size))
    if only != "tracuu":
        res, size = fts5_run(work, docs, queries, modes, 1)
        rows.append(("FTS5 unicode61 remove_diacritics 2", res, size))
        res, size = fts5_run(work, docs, queries, modes, 0)
        rows.append(("FTS5 unicode61, marks kept", res, size))
        res, size = xapian_run(work, docs, queries, modes)
        rows.append(("Xapian defaults (scriptindex+quest)", res, size))
    emit("ALQAC 2023: %d articles, %d statements (train + test), top %d" % (len(docs), len(queries), K))
    emit("%-37s %-10s %6s %6s %6s %7s %9s" % ("system", "queries", "R@1", "R@5", "R@10", "MRR@10", "index KB"))
    for name, res, size in rows:
        for mode, _ in modes:
            r1, r5, r10, mrr = res[mode]
            emit("%-37s %-10s %6.3f %6.3f %6.3f %7.3f %9d" % (name, mode, r1, r5, r10, mrr, size // 1024))


# ---- ALQAC as whole laws, ranked by article (issue 19) ------------------------

def law_name(i):
    return "law%02d.txt" % i


def alqac_laws(tracuu, corpus, work, modes, emit):
    """The 18 laws joined into one file each ("Điều N. heading" lines, the
    articles in order), searched with --articles, scored by article."""
    laws, docs, queries = load(corpus)
    folder = os.path.join(work, "laws")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    law_of = {}
    for i, law in enumerate(laws):
        law_of[law_name(i)] = law["id"]
        with open(os.path.join(folder, law_name(i)), "w", encoding="utf-8") as f:
            f.write(law["id"] + "\n\n")
            for art in law["articles"]:
                f.write("Điều %s. %s\n\n" % (art["id"], art["text"].strip()))
    db = os.path.join(work, "tracuu-laws.db")
    build = tracuu_ingest(tracuu, db, folder)
    res = {}
    t0 = time.time()
    for mode, f in modes:
        runs = tracuu_search(tracuu, db, [f(q) for q, *_ in queries], ["--articles"],
                             lambda r: (r.get("source"), (r.get("article") or {}).get("number")))
        res[mode] = score([[(law_of.get(s), a) for s, a in r] for r in runs], queries)
    took = time.time() - t0
    emit("")
    emit("ALQAC 2023 as whole laws (issue 19): %d laws, one file each (%d articles under their "
         "\"Điều N.\" lines), %d statements, top %d articles" % (len(laws), len(docs), len(queries), K))
    emit("%-37s %-10s %6s %6s %6s %7s %9s" % ("system", "queries", "R@1", "R@5", "R@10", "MRR@10", "index KB"))
    for mode, _ in modes:
        r1, r5, r10, mrr = res[mode]
        emit("%-37s %-10s %6.3f %6.3f %6.3f %7.3f %9d" % ("tracuu search --articles", mode, r1, r5, r10,
                                                          mrr, du(db) // 1024))
    emit("%-37s %s" % ("FTS5, Xapian defaults", "cannot: they rank files, and a whole law is one file;"))
    emit("%-37s %s" % ("", "by article only with the laws split by hand (the table above)"))
    emit("(ingest %.1f s, %d queries in %.1f s)" % (build, len(queries) * len(modes), took))


if __name__ == "__main__":
    main()
