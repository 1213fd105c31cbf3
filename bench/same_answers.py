#!/usr/bin/env python3
"""same_answers.py — do two tracuu builds give the same answers, byte for byte?
For a change meant only to make searching cheaper: `search --batch --json` over
the bench mix (top 10, and 5 from the 6th) and over serve_bench's distinct
queries, then the server's /api/search for each of them (every tenth from
offset 3) and its HTML page for the first 200. Prints the first difference
of each kind; exit status 0 when all are the same, 1 when not.

    bench/same_answers.py --db DB --files LIST [--queries 2000] OLD_TRACUU NEW_TRACUU
LIST: a file naming corpus files, one a line (serve_bench makes queries from them)."""
import argparse, ast, os, subprocess, sys, tempfile, urllib.error, urllib.parse, urllib.request

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.dont_write_bytecode = True
import serve_bench  # noqa: E402


def bench_mix():
    """The query mix of bench.py (its QUERIES list), read without running it."""
    with open(os.path.join(here, "bench.py"), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "QUERIES" for t in node.targets):
            return [q for _, q, _ in ast.literal_eval(node.value)]
    sys.exit("same_answers: no QUERIES list in bench.py")


def batch(tracuu, db, queries, extra):
    r = subprocess.run([tracuu, "search", "--batch", "--json", "--db", db, *extra],
                       input="".join(q + "\n" for q in queries), capture_output=True, text=True)
    return r.stdout.split("\n") + [f"exit {r.returncode}"]


def served(tracuu, db, queries, pages):
    out = []
    with tempfile.TemporaryDirectory(prefix="tracuu-same.") as wd:
        p, base = serve_bench.start_server(tracuu, db, wd)
        try:
            for i, q in enumerate(queries):
                path = "/api/search?q=" + urllib.parse.quote(q, safe="") + "&n=10"
                out.append(get(base + path + ("&offset=3" if i % 10 == 0 else "")))
            for q in queries[:pages]:
                out.append(get(base + "/?q=" + urllib.parse.quote(q, safe="")))
        finally:
            serve_bench.stop_server(p)
    return out


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=60) as r:
            return f"{r.status} {r.read().decode()}"
    except urllib.error.HTTPError as e:
        return f"{e.code} {e.read().decode()}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--files", required=True)
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--pages", type=int, default=200, help="HTML pages compared")
    ap.add_argument("old")
    ap.add_argument("new")
    A = ap.parse_args()
    with open(A.files, encoding="utf-8") as f:
        files = [l.strip() for l in f if l.strip()]
    mix = bench_mix()
    queries = serve_bench.make_queries(files, mix, A.queries)[:A.queries]
    kinds = [("search --batch, the mix", lambda t: batch(t, A.db, mix, ["-n", "10"])),
             ("search --batch, the mix from the 6th", lambda t: batch(t, A.db, mix, ["-n", "5", "--offset", "5"])),
             (f"search --batch, {len(queries)} queries", lambda t: batch(t, A.db, queries, ["-n", "10"])),
             (f"the server, {len(queries)} queries and {A.pages} pages", lambda t: served(t, A.db, queries, A.pages))]
    differ = 0
    for name, run in kinds:
        a, b = run(os.path.abspath(A.old)), run(os.path.abspath(A.new))
        same = a == b
        print(f"{'same' if same else 'DIFFERENT'}: {name} ({len(a)} answers)")
        if not same:
            differ = 1
            i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            print(f"  first at answer {i + 1}:\n  old: {a[i][:300] if i < len(a) else '(none)'}\n"
                  f"  new: {b[i][:300] if i < len(b) else '(none)'}")
    return differ


if __name__ == "__main__":
    sys.exit(main())
