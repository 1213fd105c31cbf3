#!/usr/bin/env python3
"""bench.py — driven by bench.sh (`make bench`): ingest, size, peak RSS and
latency of tracuu beside SQLite FTS5, Xapian's omindex/quest and ripgrep, in
one run. Writes bench-<corpus>-x<scale>.md and .json (every figure, the
machine, the versions, the date) into --out, and prints the Markdown."""
import argparse, datetime, json, os, platform, re, shlex, sqlite3, statistics, subprocess, sys, time

ap = argparse.ArgumentParser()
for a in ("tracuu", "latency", "shared", "work", "out"):
    ap.add_argument("--" + a, required=True)
ap.add_argument("--scale", type=float, default=1)
ap.add_argument("--corpus", default="full")
ap.add_argument("--cli-rounds", type=int, default=3)
ap.add_argument("--inproc-rounds", type=int, default=20)
# FTS5's in-process loop alone: at ×10 its slow queries take seconds a round,
# while tracuu's p99 should come from as many searches as at ×1 (the p99 of
# fewer searches sits nearer the slowest one). Default: 5 when scaled up.
ap.add_argument("--fts5-rounds", type=int, default=None)
# The server line: seconds of wrk against `tracuu serve`, and its connections.
ap.add_argument("--serve-seconds", type=int, default=10)
ap.add_argument("--serve-connections", type=int, default=8)
A = ap.parse_args()
here = os.path.dirname(os.path.abspath(__file__))
W = os.path.abspath(A.work)
TRACUU, LATENCY = os.path.abspath(A.tracuu), os.path.abspath(A.latency)
corpus = os.path.join(A.shared, "corpus")
EXCLUDE = {"legacy-encodings", "dictionaries"}
TEXT = (".txt", ".md", ".html", ".htm")

def log(*a):
    print("bench:", *a, file=sys.stderr, flush=True)

def sh(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)

def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * p))] if xs else None

def disk(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(path) for f in fs)

# ---- the corpus ------------------------------------------------------------
files = []  # (stage-relative path, real path)
if not A.corpus.startswith("synthetic"):
    for sub in sorted(os.listdir(corpus)):
        d = os.path.join(corpus, sub)
        if sub in EXCLUDE or not os.path.isdir(d):
            continue
        for root, dirs, fs in os.walk(d):
            dirs.sort()
            for f in sorted(fs):
                if f.endswith(TEXT) and f not in ("SOURCE.md", "README.md"):
                    p = os.path.join(root, f)
                    files.append((os.path.relpath(p, corpus), p))
    if A.corpus == "subset":
        files = files[::20]
real_bytes = sum(os.path.getsize(p) for _, p in files)
synth_mb = 0.0
if A.corpus.startswith("synthetic"):
    synth_mb = float(A.corpus.split(":")[1]) if ":" in A.corpus else 5
elif A.scale > 1:
    synth_mb = real_bytes * (A.scale - 1) / (1 << 20)
if synth_mb:
    sd = os.path.join(W, "synth")
    if not os.path.isdir(sd):
        log(f"generating {synth_mb:.0f} MB of synthetic text")
        r = sh([sys.executable, os.path.join(here, "gen.py"), A.shared, sd, str(synth_mb), "1"])
        if r.returncode:
            sys.exit(r.stderr)
    for root, dirs, fs in os.walk(sd):
        dirs.sort()
        for f in sorted(fs):
            p = os.path.join(root, f)
            files.append((os.path.join("synth", os.path.relpath(p, sd)), p))
stage = os.path.join(W, "stage")  # symbolic links: one tree for omindex, rg and tracuu
for rel, p in files:
    s = os.path.join(stage, rel)
    if not os.path.lexists(s):
        os.makedirs(os.path.dirname(s), exist_ok=True)
        os.symlink(p, s)
listfile = os.path.join(W, "files.txt")
with open(listfile, "w", encoding="utf-8") as f:
    f.writelines(os.path.join(stage, rel) + "\n" for rel, _ in files)
total_bytes = sum(os.path.getsize(p) for _, p in files)
MB = total_bytes / 1e6
log(f"{len(files)} files, {MB:.1f} MB")

def warm():  # every system starts with the files in the page cache
    for _, p in files:
        with open(p, "rb") as f:
            while f.read(1 << 20):
                pass

# ---- ingest ----------------------------------------------------------------
dbs = {"tracuu": os.path.join(W, "tracuu.db"), "fts5": os.path.join(W, "fts5.sqlite"),
       "xapian": os.path.join(W, "omega.db")}
ingest_cmds = {
    "tracuu": [TRACUU, "ingest", "--db", dbs["tracuu"], "--root", stage, "--quiet", "--no-progress",
               "@" + listfile],
    "fts5": [sys.executable, os.path.join(here, "fts5_load.py"), dbs["fts5"], listfile],
    "xapian": ["omindex", "--follow", "-s", "none", "--db", dbs["xapian"], "--url", "/",
               "-M", "md:text/plain", "-M", "htm:text/html", stage],
}
ingest = {}
for name, cmd in ingest_cmds.items():
    sh(["rm", "-rf", dbs[name]])
    warm()
    tf = os.path.join(W, name + ".time")
    log("ingest:", name)
    t0 = time.perf_counter()
    r = sh(["/usr/bin/time", "-f", "%e %M", "-o", tf] + cmd)
    wall = time.perf_counter() - t0
    rss_kb = int(open(tf).read().split()[-1])
    if r.returncode not in (0, 3):
        sys.exit(f"bench: {name} ingest failed ({r.returncode}): {r.stderr[-2000:]}")
    ingest[name] = {"wall_s": wall, "peak_rss_mib": rss_kb / 1024, "exit": r.returncode,
                    "stderr_lines": len(r.stderr.splitlines())}
st = json.loads(sh([TRACUU, "stats", "--db", dbs["tracuu"], "--json"]).stdout)
ingest["tracuu"]["docs"] = st["documents"]
ingest["fts5"]["docs"] = sqlite3.connect(dbs["fts5"]).execute("SELECT count(*) FROM docs").fetchone()[0]
m = re.search(r"number of documents = (\d+)", sh(["xapian-delve", dbs["xapian"]]).stdout)
ingest["xapian"]["docs"] = int(m.group(1)) if m else None
for name, v in ingest.items():
    v["disk_mb"] = disk(dbs[name]) / 1e6
    v["mb_per_s"] = MB / v["wall_s"]
    v["docs_per_s"] = (v["docs"] or 0) / v["wall_s"]
# A compacted copy of tracuu's index, for reference (xapian-compact).
cp = dbs["tracuu"] + ".compact"
if sh(["xapian-compact", dbs["tracuu"], cp]).returncode == 0:
    ingest["tracuu"]["disk_mb_compacted"] = disk(cp) / 1e6
    sh(["rm", "-rf", cp])

# ---- queries ---------------------------------------------------------------
# (kind, tracuu query, filter-free text for the peers or None = the same)
QUERIES = [
    ("number", "57-NQ/TW", None), ("number", "57/nq-tw", None), ("number", "57 - NQ/TW", None),
    ("number", "nghị quyết 57", None), ("number", "57-QĐ/TW", None), ("number", "57/qđ-tw", None),
    ("number", "100/2015/QH13", None), ("number", "100/2015/qh13", None),
    ("number", "15/2020/NĐ-CP", None), ("number", "15/2020/nd-cp", None),
    ("common", "người lao động", None), ("common", "trách nhiệm", None), ("common", "thuế", None),
    ("common", "nguoi lao dong", None),
    ("rare", "khoáng sản", None), ("rare", "biên phòng", None), ("rare", "ngư dân", None),
    ("rare", "thủy điện", None),
    ("phrase", '"bảo hiểm xã hội"', None), ("phrase", '"bao hiem xa hoi"', None),
    ("phrase", '"hợp đồng lao động"', None), ("phrase", '"hop dong lao dong"', None),
    ("tone", "hòa giải", None), ("tone", "hoà giải", None), ("tone", "thủy sản", None),
    ("tone", "thuỷ sản", None), ("dd", "dat dai", None), ("dd", "đất đai", None),
    ("filtered", "year:2021 đất đai", "đất đai"), ("filtered", "type:NĐ xử phạt", "xử phạt"),
    ("filtered", "issuer:CP đầu tư", "đầu tư"),
    ("sentence", "người sử dụng lao động phải trả lương cho người lao động", None),
]

def words(q):
    return shlex.split(q.replace("'", " ")) if q.count('"') % 2 == 0 else q.split()

def fts_expr(q):  # each quoted phrase or bare word as an FTS5 string: AND of phrases
    return " ".join('"' + w.replace('"', '""') + '"' for w in words(q))

def rg_pattern(q):  # what a script would grep: the words as one literal string
    return " ".join(words(q))

fts_sql = ("SELECT path, snippet(docs, 1, '«', '»', '…', 32) FROM docs WHERE docs MATCH ? "
           "ORDER BY rank LIMIT 10")

def cli_cmd(system, q, pq):
    if system == "tracuu":
        return [TRACUU, "search", "--db", dbs["tracuu"], "-n", "10", "--color=never", q]
    if system == "fts5":
        e = fts_expr(pq).replace("'", "''")
        return ["sqlite3", dbs["fts5"], fts_sql.replace("?", "'" + e + "'")]
    if system == "xapian":
        return ["quest", "-d", dbs["xapian"], "-s", "none", "-o", "and", "-m", "10", pq]
    return ["rg", "-L", "-l", "-i", "-F", "--", rg_pattern(pq), stage]

def count(system, q, pq):
    if system == "tracuu":
        cmd = cli_cmd("tracuu", q, pq)
        out = sh(cmd[:-1] + ["--count", cmd[-1]]).stdout
        m = re.search(r"results \d+–\d+ of (?:about )?([\d,]+)|^(?:about )?(\d+) results?$", out, re.M)
        return int((m.group(1) or m.group(2)).replace(",", "")) if m else 0
    if system == "fts5":
        try:
            return con.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (fts_expr(pq),)).fetchone()[0]
        except sqlite3.Error:
            return None
    if system == "xapian":
        out = sh(["quest", "-d", dbs["xapian"], "-s", "none", "-o", "and", "-m", "0",
                  "-c", "100000000", pq]).stdout
        m = re.search(r"(?:Exactly|About) (\d+) matches", out)
        return int(m.group(1)) if m else None
    return len(sh(cli_cmd("rg", q, pq)).stdout.splitlines())

con = sqlite3.connect(dbs["fts5"])
SYSTEMS = ("tracuu", "fts5", "xapian", "rg")
rows = []
lat = {s: [] for s in SYSTEMS}
log("queries: counts and command-line calls")
for kind, q, pq in QUERIES:
    pq = pq or q
    row = {"kind": kind, "query": q, "peer_query": pq, "counts": {}, "cli_ms": {}}
    for s in SYSTEMS:
        row["counts"][s] = count(s, q, pq)
    for s in SYSTEMS:  # the first call of each warms the cache; not timed
        sh(cli_cmd(s, q, pq))
    ts = {s: [] for s in SYSTEMS}
    for _ in range(A.cli_rounds):
        for s in SYSTEMS:
            t0 = time.perf_counter()
            sh(cli_cmd(s, q, pq))
            ts[s].append((time.perf_counter() - t0) * 1e3)
    for s in SYSTEMS:
        row["cli_ms"][s] = statistics.median(ts[s])
        lat[s] += ts[s]
    rows.append(row)
cli = {s: {"median_ms": pct(v, 0.5), "p95_ms": pct(v, 0.95), "p99_ms": pct(v, 0.99), "n": len(v)}
       for s, v in lat.items()}

# In process: tracuu's own loop (bench/latency: parse, resolve, top 10 with
# 220-character excerpts) and, for reference, FTS5 through Python's sqlite3.
qfile = os.path.join(W, "queries.txt")
with open(qfile, "w", encoding="utf-8") as f:
    f.writelines(q + "\n" for _, q, _ in QUERIES)
r = sh([LATENCY, dbs["tracuu"], str(A.inproc_rounds), "220"], stdin=open(qfile))
m = re.search(r"(\d+) searches: median ([\d.]+) ms, p95 ([\d.]+) ms, p99 ([\d.]+) ms, max ([\d.]+)", r.stdout)
if not m:
    sys.exit("bench: latency said: " + r.stdout + r.stderr)
inproc = {"tracuu": {"n": int(m.group(1)), "median_ms": float(m.group(2)), "p95_ms": float(m.group(3)),
                     "p99_ms": float(m.group(4)), "max_ms": float(m.group(5))}}
ft = []
fts5_rounds = A.fts5_rounds
if fts5_rounds is None:
    fts5_rounds = A.inproc_rounds if A.scale <= 1 else min(5, A.inproc_rounds)
for _ in range(fts5_rounds):
    for _, q, pq in QUERIES:
        t0 = time.perf_counter()
        con.execute(fts_sql, (fts_expr(pq or q),)).fetchall()
        ft.append((time.perf_counter() - t0) * 1e3)
inproc["fts5"] = {"n": len(ft), "median_ms": pct(ft, 0.5), "p95_ms": pct(ft, 0.95), "p99_ms": pct(ft, 0.99),
                  "max_ms": max(ft)}

# ---- cite --batch ----------------------------------------------------------
numre = re.compile(r"\b\d{1,4}(?:/\d{4})?/[A-ZĐ]{1,6}(?:-[A-ZĐ0-9]{1,10})+\b|\b\d{1,4}-[A-ZĐ]{1,4}/[A-ZĐ0-9]{1,8}\b")
nums = []
seen = set()
for _, p in files:
    with open(p, encoding="utf-8", errors="replace") as f:
        for n in numre.findall(f.read(200_000)):
            if n not in seen:
                seen.add(n)
                nums.append(n)
    if len(nums) >= 5000:
        break
nums = (nums * (20000 // max(1, len(nums)) + 1))[:20000] if nums else ["57-NQ/TW"] * 20000
nfile = os.path.join(W, "numbers.txt")
with open(nfile, "w", encoding="utf-8") as f:
    f.writelines(n + "\n" for n in nums)
t0 = time.perf_counter()
r = sh([TRACUU, "cite", "--batch", "--db", dbs["tracuu"]], stdin=open(nfile))
wall = time.perf_counter() - t0
found = sum(1 for l in r.stdout.split("\n") if l.startswith("{") and json.loads(l).get("found") is True)
cite = {"lookups": len(nums), "distinct": len(set(nums)), "wall_s": wall, "per_s": len(nums) / wall,
        "found": found, "exit": r.returncode}

# ---- search --batch --------------------------------------------------------
# A script's searches in one process: the query mix, 20 times over, top 10
# with excerpts, start-up included (no target; the figure beside the CLI's).
sfile = os.path.join(W, "searches.txt")
with open(sfile, "w", encoding="utf-8") as f:
    f.writelines(q + "\n" for _ in range(20) for _, q, _ in QUERIES)
t0 = time.perf_counter()
r = sh([TRACUU, "search", "--batch", "--db", dbs["tracuu"], "-n", "10"], stdin=open(sfile))
wall = time.perf_counter() - t0
lines = [json.loads(l) for l in r.stdout.split("\n") if l.startswith("{")]  # JSON Lines: on \n only (excerpts may hold U+2028)
search_batch = {"searches": 20 * len(QUERIES), "answered": len(lines), "wall_s": wall,
                "per_s": 20 * len(QUERIES) / wall, "exit": r.returncode}
if len(lines) != 20 * len(QUERIES) or any("error" in l for l in lines):
    sys.exit("bench: search --batch answered %d of %d lines: %s" % (len(lines), 20 * len(QUERIES), r.stderr))

# ---- search --facets -------------------------------------------------------
# The page's facets (type, issuing body, year over every match): one
# command-line call a query of the mix, start-up included (no target).
ft = []
for _, q, _ in QUERIES:
    t0 = time.perf_counter()
    r = sh([TRACUU, "search", "--db", dbs["tracuu"], "--facets", "-n", "10", q])
    ft.append((time.perf_counter() - t0) * 1e3)
    if r.returncode not in (0, 1):
        sys.exit(f"bench: search --facets {q!r} exited {r.returncode}: {r.stderr}")
facets = {"calls": len(ft), "median_ms": pct(ft, 0.5), "p99_ms": pct(ft, 0.99), "max_ms": max(ft)}

# ---- the server ------------------------------------------------------------
# `tracuu serve` on loopback under wrk: /api/search (top 10 with excerpts) for
# thousands of distinct queries, each asked once (bench/serve_bench.py).
sys.path.insert(0, here)
sys.dont_write_bytecode = True
import serve_bench  # noqa: E402
log(f"server: wrk, {A.serve_connections} connections, {A.serve_seconds} s")
serve = serve_bench.measure(TRACUU, dbs["tracuu"], [p for _, p in files], [q for _, q, _ in QUERIES], W,
                            seconds=A.serve_seconds, connections=A.serve_connections)
if serve["errors"] or serve["bad"]:
    sys.exit(f"bench: the server failed {serve['errors']} requests and answered {serve['bad']} badly "
             f"({serve['bad_statuses']})")

# ---- report ----------------------------------------------------------------
def ver(cmd):
    try:
        return sh(cmd).stdout.splitlines()[0].strip()
    except (OSError, IndexError):
        return None
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "0")
res = {
    "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "machine": {"cpu": cpu, "cores": os.cpu_count(), "mem_gib": round(int(mem) / 2**20, 1),
                "kernel": platform.release(), "loadavg_at_end": os.getloadavg()},
    "versions": {"tracuu": ver([TRACUU, "--version"]), "sqlite": sqlite3.sqlite_version,
                 "sqlite3_cli": ver(["sqlite3", "--version"]), "omindex": ver(["omindex", "--version"]),
                 "ripgrep": ver(["rg", "--version"]), "python": platform.python_version()},
    "corpus": {"mode": A.corpus, "scale": A.scale, "files": len(files), "mb": MB,
               "real_mb": real_bytes / 1e6, "synthetic_mb": total_bytes / 1e6 - real_bytes / 1e6},
    "ingest": ingest, "cli": cli, "inproc": inproc, "cite_batch": cite,
    "search_batch": search_batch, "facets": facets, "serve": serve, "queries": rows,
}
I, T = ingest, {}
T["ingest ≥ 1.5× omindex MB/s"] = (I["tracuu"]["mb_per_s"] / I["xapian"]["mb_per_s"], 1.5, ">=")
T["index size ≤ FTS5's"] = (I["tracuu"]["disk_mb"] / I["fts5"]["disk_mb"], 1.0, "<=")
T["in-process median ≤ 2 ms"] = (inproc["tracuu"]["median_ms"], 2.0, "<=")
T["in-process p99 ≤ 10 ms"] = (inproc["tracuu"]["p99_ms"], 10.0, "<=")
T["CLI search median ≤ 1.5× sqlite3 FTS5"] = (cli["tracuu"]["median_ms"] / cli["fts5"]["median_ms"], 1.5, "<=")
T["cite --batch ≥ 5,000 look-ups/s"] = (cite["per_s"], 5000, ">=")
T[f"server ≥ 1,000 searches/s ({serve['connections']} connections)"] = (serve["per_s"], 1000, ">=")
T["server p99 < 25 ms"] = (serve["p99_ms"], 25.0, "<=")
T["ingest peak RSS ≤ 512 MiB"] = (I["tracuu"]["peak_rss_mib"], 512, "<=")
base_path = os.path.join(A.out, "bench-full-x1.json")
if A.scale > 1 and os.path.exists(base_path):
    b = json.load(open(base_path))
    res["growth_vs"] = base_path
    T[f"ingest time at ×{A.scale:g} ≤ {1.1 * A.scale:g}× ×1's"] = (
        I["tracuu"]["wall_s"] / b["ingest"]["tracuu"]["wall_s"], 1.1 * A.scale, "<=")
    T[f"p99 at ×{A.scale:g} ≤ 2× ×1's"] = (inproc["tracuu"]["p99_ms"] / b["inproc"]["tracuu"]["p99_ms"], 2, "<=")
res["targets"] = {k: {"value": v, "target": t, "met": (v >= t if op == ">=" else v <= t)}
                  for k, (v, t, op) in T.items()}

def f(x, d=1):
    return "–" if x is None else f"{x:,.{d}f}"
NAMES = {"tracuu": "tracuu", "fts5": "SQLite FTS5", "xapian": "omindex / quest", "rg": "ripgrep"}
L = [f"# make bench — {res['date']}", "",
     f"Machine: {cpu}, {os.cpu_count()} cores, {res['machine']['mem_gib']} GiB, Linux {platform.release()}, "
     f"load average at the end {os.getloadavg()[0]:.2f} (other work on the machine skews every figure). "
     "Versions: " + "; ".join(f"{k} {v}" for k, v in res["versions"].items()) + ".", "",
     f"Corpus: {A.corpus} ×{A.scale:g}: {len(files):,} files, {MB:.1f} MB"
     + (f" ({res['corpus']['synthetic_mb']:.1f} MB generated by bench/gen.py)" if synth_mb else "") + ".", "",
     "## Ingest", "",
     "| system | wall s | MB/s | docs | docs/s | peak RSS MiB | on disk MB | tracuu ÷ peer (time / size) |",
     "|---|---|---|---|---|---|---|---|"]
for s in ("tracuu", "fts5", "xapian"):
    v = I[s]
    ratio = "" if s == "tracuu" else (f"{I['tracuu']['wall_s'] / v['wall_s']:.2f}× / "
                                      f"{I['tracuu']['disk_mb'] / v['disk_mb']:.2f}×")
    extra = f" ({f(v['disk_mb_compacted'])} compacted)" if "disk_mb_compacted" in v else ""
    L.append(f"| {NAMES[s]} | {f(v['wall_s'])} | {f(v['mb_per_s'], 2)} | {v['docs'] or '–'} | "
             f"{f(v['docs_per_s'], 0)} | {f(v['peak_rss_mib'], 0)} | {f(v['disk_mb'])}{extra} | {ratio} |")
L += ["", "## Latency (ms)", "",
      "| system | in-process median / p95 / p99 | per command-line call median / p95 / p99 | CLI ÷ tracuu's |",
      "|---|---|---|---|"]
for s in SYSTEMS:
    ip = inproc.get(s)
    ipt = f"{f(ip['median_ms'], 2)} / {f(ip['p95_ms'], 2)} / {f(ip['p99_ms'], 2)}" if ip else "–"
    c = cli[s]
    L.append(f"| {NAMES[s]} | {ipt} | {f(c['median_ms'], 1)} / {f(c['p95_ms'], 1)} / {f(c['p99_ms'], 1)} | "
             f"{c['median_ms'] / cli['tracuu']['median_ms']:.2f}× |")
L += ["", f"`tracuu cite --batch`: {cite['lookups']:,} look-ups ({cite['distinct']:,} distinct numbers "
      f"found in the corpus, {cite['found']:,} answered found) in {cite['wall_s']:.2f} s = "
      f"**{cite['per_s']:,.0f} look-ups/s** (one process, start-up included).", "",
      f"`tracuu search --batch`: the query mix 20 times over, {search_batch['searches']:,} searches "
      f"(top 10 with excerpts, one JSON line each) in {search_batch['wall_s']:.2f} s = "
      f"**{search_batch['per_s']:,.0f} searches/s** (one process, start-up included).", "",
      f"`tracuu search --facets` (type, issuing body and year over every match, top 10): one call a "
      f"query of the mix, median **{facets['median_ms']:.1f} ms**, p99 {facets['p99_ms']:.1f} ms, "
      f"max {facets['max_ms']:.1f} ms (start-up included).", "",
      f"`tracuu serve` under wrk on loopback: {serve['connections']} connections for {serve['seconds']} s, "
      f"`/api/search` (top {serve['limit']} with excerpts) over {serve['distinct_queries']:,} distinct queries "
      f"(the mix, numbers and word runs from the texts, a fifth typed without marks; "
      + ("each asked once" if not serve["repeated"] else "**the list ran out and started over**")
      + f"): {serve['requests']:,} searches = **{serve['per_s']:,.0f} searches/s**, latency p50 "
      f"{serve['p50_ms']:.2f} / p90 {serve['p90_ms']:.2f} / p99 {serve['p99_ms']:.2f} ms "
      f"(max {serve['max_ms']:.1f}), {serve['errors'] + serve['bad']} failed; "
      f"server peak RSS {f(serve['server_peak_rss_mib'], 0)} MiB. wrk shares the cores with the server; "
      f"the server used {f(serve['server_cpu_ms_per_search'], 2)} ms of CPU a search, "
      f"{f(serve['cores'] * 1e3 / serve['server_cpu_ms_per_search'], 0) if serve['server_cpu_ms_per_search'] else '–'} "
      f"searches/s on {serve['cores']} cores of its own (load average {serve['loadavg_before']:.2f} "
      f"before, {serve['loadavg_after']:.2f} after).", "",
      f"In process: tracuu = bench/latency (parse, resolve, top 10 with 220-character excerpts), "
      f"{inproc['tracuu']['n']} searches; FTS5 = Python's sqlite3, top 10 by rank with snippet(). "
      f"Command line: {A.cli_rounds} timed calls per query and system after one warm-up; "
      "`tracuu search -n 10`, `sqlite3 DB \"… MATCH … ORDER BY rank LIMIT 10\"` with snippet(), "
      "`quest -s none -o and -m 10`, `rg -L -l -i -F` over the files.", "",
      "## Result counts", "",
      "Peers get the query without its filter (they have no metadata); FTS5 gets each word or quoted "
      "phrase as an FTS5 string (all required), quest the same text with AND, ripgrep the words as one "
      "literal string, case-insensitive (files containing it).", "",
      "| kind | query | tracuu | FTS5 | omindex | rg | CLI ms tracuu / FTS5 / quest / rg |",
      "|---|---|---|---|---|---|---|"]
for r in rows:
    c = r["counts"]
    qq = r["query"].replace("|", "\\|") + ("" if r["peer_query"] == r["query"] else f" (peers: {r['peer_query']})")
    L.append(f"| {r['kind']} | `{qq}` | {c['tracuu']} | {c['fts5'] if c['fts5'] is not None else '–'} | "
             f"{c['xapian'] if c['xapian'] is not None else '–'} | {c['rg']} | "
             + " / ".join(f(r["cli_ms"][s], 0) for s in SYSTEMS) + " |")
L += ["", "## Targets", "", "| target | measured | met |", "|---|---|---|"]
for k, v in res["targets"].items():
    L.append(f"| {k} | {v['value']:,.2f} | {'yes' if v['met'] else '**no**'} |")
md = "\n".join(L) + "\n"
tag = f"bench-{A.corpus.replace(':', '')}-x{A.scale:g}"
os.makedirs(A.out, exist_ok=True)
with open(os.path.join(A.out, tag + ".json"), "w", encoding="utf-8") as fh:
    json.dump(res, fh, ensure_ascii=False, indent=1)
with open(os.path.join(A.out, tag + ".md"), "w", encoding="utf-8") as fh:
    fh.write(md)
print(md)
log(f"wrote {tag}.md and {tag}.json in {os.path.abspath(A.out)}")
