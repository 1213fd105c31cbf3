#!/usr/bin/env python3
"""page_check.py — is a page of results the top of the ranking? For each of
serve_bench's distinct queries, `search --batch --json -n 10` against the first
ten of `-n 40`: the same documents in the same order with the same scores, or
not. Xapian 1.4.22's matcher prunes by weight bounds, and with our queries'
shape (a scaled folded term under AND_MAYBE, inside an AND under AND_MAYBE) a
pruned match can leave a document out or score it lower than an unpruned one
(bench/RESULTS.md, "The server's cost"). Prints one JSON summary and the first
differences; exit status 0 when every page agrees, 1 when some do not.

    bench/page_check.py --tracuu BIN --db DB --files LIST [--queries 2000]
LIST: a file naming corpus files, one a line (serve_bench makes queries from them)."""
import argparse, json, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.dont_write_bytecode = True
import serve_bench  # noqa: E402


def pages(tracuu, db, queries, n):
    r = subprocess.run([tracuu, "search", "--batch", "--json", "--db", db, "-n", str(n)],
                       input="".join(q + "\n" for q in queries), capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"page_check: search --batch failed ({r.returncode}): {r.stderr[-500:]}")
    out = [json.loads(l) for l in r.stdout.split("\n") if l.startswith("{")]
    if len(out) != len(queries):
        sys.exit(f"page_check: {len(out)} answers to {len(queries)} queries")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tracuu", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--files", required=True)
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--show", type=int, default=5, help="differences printed")
    A = ap.parse_args()
    with open(A.files, encoding="utf-8") as f:
        files = [l.strip() for l in f if l.strip()]
    queries = serve_bench.make_queries(files, [], A.queries)[:A.queries]
    short, long_ = pages(A.tracuu, A.db, queries, 10), pages(A.tracuu, A.db, queries, 40)
    missing = rescored = reordered = 0
    shown = []
    for s, l in zip(short, long_):
        a = [(r["id"], r["score"]) for r in s.get("results", [])]
        b = [(r["id"], r["score"]) for r in l.get("results", [])][:len(a)]
        if a == b:
            continue
        ia, ib = {d for d, _ in a}, {d for d, _ in b}
        sa, sb = dict(a), dict(b)
        if ia != ib:
            missing += 1
        elif any(sa[d] != sb[d] for d in ia):
            rescored += 1
        else:
            reordered += 1
        if len(shown) < A.show:
            shown.append({"query": s["query"], "total": s.get("total"), "exact": s.get("exact"),
                          "n10": a, "n40_first": b})
    bad = missing + rescored + reordered
    print(json.dumps({"queries": len(queries), "pages_differ": bad,
                      "documents_differ": missing, "scores_differ": rescored,
                      "order_differs": reordered}, ensure_ascii=False))
    for d in shown:
        print(json.dumps(d, ensure_ascii=False))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
