#!/usr/bin/env python3
"""shards.py — `make bench`, after bench.py: search latency over 1, 2 and 4 remote shards
(xapian-tcpsrv on loopback) beside the local index, the answers compared with the local
index's, and the ingest time into 2 remote shards. Reads bench.py's work folder (files.txt,
stage/, tracuu.db, queries.txt); writes shards.md and shards.json into --out.
Two measures: the query mix asked --rounds times in one process (what the process keeps for
the index's revision serves the later rounds: the best case), and the everyday queries
(bench/everyday-queries.tsv), each asked once in a fresh process: a search the process has
not seen, the honest figure."""
import argparse, datetime, json, os, re, shutil, socket, subprocess, sys, time

ap = argparse.ArgumentParser()
for a in ("tracuu", "latency", "work", "out"):
    ap.add_argument("--" + a, required=True)
ap.add_argument("--rounds", type=int, default=10)
ap.add_argument("--passes", type=int, default=3,
                help="each layout timed this many times, the layouts in turn: on a shared machine a burst of "
                     "other work then slows every layout alike, and the median of the passes is reported")
ap.add_argument("--reuse", action="store_true", help="the shards an earlier run ingested")
ap.add_argument("--distinct", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                   "everyday-queries.tsv"),
                help="queries asked once each (a .tsv: its second column), '' for none")
A = ap.parse_args()
TRACUU, LATENCY = os.path.abspath(A.tracuu), os.path.abspath(A.latency)
W = os.path.abspath(A.work)
listfile, stage = os.path.join(W, "files.txt"), os.path.join(W, "stage")
local, qfile = os.path.join(W, "tracuu.db"), os.path.join(W, "queries.txt")
for p in (listfile, local, qfile):
    if not os.path.exists(p):
        sys.exit(f"bench/shards.py: {p} is missing (bench.py writes it)")
for tool in ("xapian-tcpsrv", "stdbuf"):
    if not shutil.which(tool):
        sys.exit(f"bench/shards.py: {tool} is missing (scripts/deps.sh installs it)")
servers = []
dfile = None
if A.distinct:
    dfile = os.path.join(W, "distinct.txt")
    with open(A.distinct, encoding="utf-8") as f, open(dfile, "w", encoding="utf-8") as o:
        for l in f:
            if l.strip() and not l.startswith("#"):
                o.write((l.rstrip("\n").split("\t")[1] if A.distinct.endswith(".tsv") else l.rstrip("\n")) + "\n")

AS_OF = datetime.date.today().isoformat()

def log(*a):
    print("bench/shards:", *a, file=sys.stderr, flush=True)

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def serve(db, writable=False):
    """xapian-tcpsrv over db on a free loopback port, in its own session (it signals
    its whole process group when stopped)."""
    for _ in range(8):
        port = free_port()
        cmd = ["stdbuf", "-oL", "xapian-tcpsrv", "--interface", "127.0.0.1", "--port", str(port)]
        p = subprocess.Popen(cmd + (["--writable"] if writable else []) + [db],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                             start_new_session=True)
        line = ""
        while p.poll() is None and "Listening" not in line:
            line = p.stdout.readline()
        if "Listening" in line:
            servers.append(p)
            return port
        p.wait()
    sys.exit(f"bench/shards.py: xapian-tcpsrv would not start over {db}")

def stop_all():
    for p in servers:
        try:
            os.killpg(p.pid, 9)
        except ProcessLookupError:
            pass
        p.wait()
    servers.clear()

def stub(name, lines):
    path = os.path.join(W, name)
    with open(path, "w") as f:
        f.write("".join(l + "\n" for l in lines))
    return path

def ingest_shards(stubpath):
    t0 = time.perf_counter()
    r = subprocess.run([TRACUU, "ingest", "--shards", stubpath, "--root", stage, "--quiet",
                        "--no-progress", "@" + listfile], capture_output=True, text=True)
    if r.returncode not in (0, 3):
        sys.exit(f"bench/shards.py: ingest --shards {stubpath}: {r.stderr}")
    return time.perf_counter() - t0

def latency(db, queries=None, rounds=None):
    r = subprocess.run([LATENCY, db, str(rounds or A.rounds), "220"], stdin=open(queries or qfile),
                       capture_output=True, text=True)
    m = re.search(r"(\d+) searches: median ([\d.]+) ms, p95 ([\d.]+) ms, p99 ([\d.]+) ms", r.stdout)
    if not m or r.returncode:
        sys.exit(f"bench/shards.py: latency over {db}: {r.stdout}{r.stderr}")
    return {"n": int(m.group(1)), "median_ms": float(m.group(2)), "p95_ms": float(m.group(3)),
            "p99_ms": float(m.group(4))}

def strip_ids(x):
    if isinstance(x, dict):
        return {k: strip_ids(v) for k, v in x.items() if k not in ("id", "rank")}
    if isinstance(x, list):
        return [strip_ids(v) for v in x]
    return x

def norm_results(rs):
    """Results as compared across layouts: ids dropped, nothing else. Ties (equal scores,
    the copy that stands for a collapsed text, the page's last places) go by source
    (SLOT_ORDER), not by docid, so their order is compared too."""
    return [strip_ids(r) for r in rs]

def facet_queries_of(db):
    out = []
    for q in (l.rstrip("\n") for l in open(qfile, encoding="utf-8")):
        n = subprocess.run([TRACUU, "search", "--db", db, "--batch"], input=q + "\n",
                           capture_output=True, text=True).stdout
        m = re.search(r'"total":(\d+)', n)
        if m and 0 < int(m.group(1)) <= 300:
            out.append(q)
    return out

def batch(db, queries):
    """search --batch --json over queries, results without ids, estimated totals as such."""
    r = subprocess.run([TRACUU, "search", "--db", db, "--batch"], stdin=open(queries),
                       capture_output=True, text=True)
    got = []
    for line in r.stdout.splitlines():
        o = json.loads(line)
        o["results"] = norm_results(o.get("results", []))
        if not o.get("exact", True):  # past 500 matches Xapian estimates: each shard its own
            o["total"] = "estimated"
        got.append(o)
    return got

def answers(db):
    """The query mix (search --batch --json), facets of each query, cards of its numbers."""
    got = batch(db, qfile)
    queries = [q.rstrip("\n") for q in open(qfile, encoding="utf-8")]
    # Facets read each of the first 10,000 matches' terms: over a remote shard one round
    # trip each, and the term list comes whole: only the queries of at most 300 matches are asked here.
    for q in facet_queries:
        f = subprocess.run([TRACUU, "search", "--db", db, "--json", "--facets", "-n", "0", q],
                           capture_output=True, text=True)
        got.append([json.loads(l) for l in f.stdout.splitlines() if l.startswith('{"facets"')])
    nums = sorted({n for q in queries for n in re.findall(r"\d+[/-][\w/.-]*[A-ZĐ]\w*", q)})
    # Statuses as of one day for every index: a run across midnight compares alike.
    c = subprocess.run([TRACUU, "cite", "--db", db, "--batch", "--json", "--as-of", AS_OF],
                       input="\n".join(nums) + "\n",
                       capture_output=True, text=True)
    for line in c.stdout.splitlines():
        got.append(strip_ids(json.loads(line)))
    return got, len(nums)

def ingest_all(res):
    log("ingest into 2 remote shards (xapian-tcpsrv --writable)")
    for i in range(2):
        d = os.path.join(W, f"shard2-{i}")
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    ports = [serve(os.path.join(W, f"shard2-{i}"), writable=True) for i in range(2)]
    res["ingest_2_remote_s"] = ingest_shards(stub("w2.stub", [f"remote 127.0.0.1:{p}" for p in ports]))
    stop_all()
    log("ingest into 4 local shards")
    for i in range(4):
        shutil.rmtree(os.path.join(W, f"shard4-{i}"), ignore_errors=True)
    res["ingest_4_local_s"] = ingest_shards(stub("l4.stub", [f"auto shard4-{i}" for i in range(4)]))

try:
    res = {}
    prev = os.path.join(W, "shards-ingest.json")
    if A.reuse and os.path.exists(prev):  # the shards of an earlier run, and its times
        res.update(json.load(open(prev)))
    else:
        ingest_all(res)
        json.dump(res, open(prev, "w"))
    layouts = {
        "local index": local,
        "1 remote shard": stub("r1.stub", [f"remote 127.0.0.1:{serve(local)}"]),
        "2 remote shards": stub("r2.stub", [f"remote 127.0.0.1:{serve(os.path.join(W, f'shard2-{i}'))}"
                                            for i in range(2)]),
        "4 remote shards": stub("r4.stub", [f"remote 127.0.0.1:{serve(os.path.join(W, f'shard4-{i}'))}"
                                            for i in range(4)]),
    }
    res["latency"], res["identical"], passes = {}, {}, {}
    res["distinct"], res["distinct_identical"], dpasses = {}, {}, {}
    facet_queries = facet_queries_of(local)
    base, ncards = answers(local)
    dbase = batch(local, dfile) if dfile else None
    # Searches timed in one process each (bench/latency: the index opened once, its
    # connections kept from search to search, as a server keeps them), every layout alike.
    for p in range(max(1, A.passes)):
        for name, db in layouts.items():
            log(f"latency, pass {p + 1}:", name)
            passes.setdefault(name, []).append(latency(db))
            if dfile:  # a fresh process: none of these asked before
                dpasses.setdefault(name, []).append(latency(db, dfile, 1))
    for key, ps in (("latency", passes), ("distinct", dpasses)):
        for name, runs in ps.items():
            runs.sort(key=lambda r: r["median_ms"])
            res[key][name] = dict(runs[len(runs) // 2], passes=[r["median_ms"] for r in runs])
    for name, db in layouts.items():
        if db != local:
            got, _ = answers(db)
            res["identical"][name] = got == base
            if got != base:
                bad = [i for i, (a, b) in enumerate(zip(base, got)) if a != b]
                res.setdefault("differences", {})[name] = bad[:20]
            if dfile:
                dgot = batch(db, dfile)
                res["distinct_identical"][name] = dgot == dbase
                if dgot != dbase:
                    qs = open(dfile, encoding="utf-8").read().splitlines()
                    res.setdefault("distinct_differences", {})[name] = [
                        qs[i] for i, (a, b) in enumerate(zip(dbase, dgot)) if a != b][:20]
finally:
    stop_all()

l0 = res["latency"]["local index"]["median_ms"]
l4 = res["latency"]["4 remote shards"]["median_ms"]
ok = l4 <= 2 * l0
rows = "\n".join(f"| {n} | {v['median_ms']:.2f} / {v['p95_ms']:.2f} / {v['p99_ms']:.2f} | "
                 f"{v['median_ms'] / l0:.2f}× | {'—' if n == 'local index' else ('yes' if res['identical'][n] else 'NO')} |"
                 for n, v in res["latency"].items())
dmd = ""
if dfile:
    d0 = res["distinct"]["local index"]["median_ms"]
    d4 = res["distinct"]["4 remote shards"]["median_ms"]
    nd = res["distinct"]["local index"]["n"]
    drows = "\n".join(f"| {n} | {v['median_ms']:.2f} / {v['p95_ms']:.2f} / {v['p99_ms']:.2f} | "
                      f"{v['median_ms'] / d0:.2f}× | "
                      f"{'—' if n == 'local index' else ('yes' if res['distinct_identical'][n] else 'NO')} |"
                      for n, v in res["distinct"].items())
    dd = res.get("distinct_differences", {})
    differing = "".join(f"\nAnswers that differ over {n}: " + "; ".join(f"`{q}`" for q in qs) + "."
                        for n, qs in dd.items())
    dmd = f"""
Searches a process has not seen: the {nd} everyday queries (bench/everyday-queries.tsv:
headings, names, titles, questions), each asked once in a fresh process (nothing kept from an
earlier search of the same words), the same passes; "same answers": their `search --batch --json`
compared with the local index's.

| index | median / p95 / p99 ms | median ÷ local | same answers |
|---|---|---|---|
{drows}

Target on these: **{'met' if d4 <= 2 * d0 else 'missed'}** ({d4:.2f} ms vs {d0:.2f} ms, {d4 / d0:.2f}×).
{differing}"""
load = os.getloadavg()[0]
secs = lambda k: f"{res[k]:.1f} s" if res.get(k) is not None else "not measured in this run"
md = f"""### Shards (bench/shards.py)

Search latency over remote shards (`xapian-tcpsrv` on 127.0.0.1, one process per
connection) beside the local index, in process (bench/latency, {A.rounds} rounds of the
query mix, top 10 with excerpts; the index opened once and its connections kept, start-up
not timed, the local index alike), {max(1, A.passes)} passes of every layout in turn, the pass of
median median shown (all passes' medians in shards.json); "same answers": the query mix (`search --batch --json`:
totals (exact ones: past 500 matches a total is Xapian's estimate, which shards make
their own way), results without ids), `--facets` of its {len(facet_queries)} queries of at most 300
matches and the `cite` cards of its {ncards} numbers, compared with the local index's.

| index | median / p95 / p99 ms | median ÷ local | same answers |
|---|---|---|---|
{rows}

Target: median over 4 remote shards at most 2× the local index's; on the mix asked again
(the best case: what a process keeps for the revision serves rounds 2–{A.rounds}):
**{'met' if ok else 'missed'}** ({l4:.2f} ms vs {l0:.2f} ms). Ingest of the corpus into 2 remote shards
(`xapian-tcpsrv --writable`): {secs('ingest_2_remote_s')}; into 4 local shards:
{secs('ingest_4_local_s')}. Load average at the end: {load:.2f}.
{dmd}"""
os.makedirs(A.out, exist_ok=True)
with open(os.path.join(A.out, "shards.md"), "w") as f:
    f.write(md)
with open(os.path.join(A.out, "shards.json"), "w") as f:
    json.dump(res, f, indent=1)
print(md)
sys.exit(0 if all(res["identical"].values()) and all(res["distinct_identical"].values()) else 1)
