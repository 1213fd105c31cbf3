#!/usr/bin/env python3
"""serve_bench.py — `make bench`'s server line: `tracuu serve` on loopback under
wrk (8 connections by default) over thousands of distinct queries, each asked
once; prints one JSON object (searches/s, p50/p90/p99, errors) on stdout.

Called by bench.py on the index it built; alone it measures any index:
    bench/serve_bench.py --tracuu build/tracuu --db DB --files LIST [--seconds 10]
LIST: a file naming corpus files, one a line (their titles make the queries)."""
import argparse, json, os, random, re, subprocess, sys, tempfile, time, unicodedata
import urllib.parse, urllib.request

here = os.path.dirname(os.path.abspath(__file__))
WORD = re.compile(r"[^\W\d_]+", re.U)
# Document numbers as written in the texts (bench.py's pattern): one query in five.
NUMBER = re.compile(r"\b\d{1,4}(?:/\d{4})?/[A-ZĐ]{1,6}(?:-[A-ZĐ0-9]{1,10})+\b|\b\d{1,4}-[A-ZĐ]{1,4}/[A-ZĐ0-9]{1,8}\b")


def log(*a):
    print("bench (serve):", *a, file=sys.stderr, flush=True)


def unmarked(s):
    """The query as typed without Vietnamese marks (đ → d too)."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def text_lines(path, limit=12000):
    """The lines of a file's opening with text in them: markup, '# key = value' headers
    and lines without words left out."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            head = f.read(limit)
    except OSError:
        return []
    head = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>|<[^>]+>", "\n", head)
    return [l.strip() for l in head.splitlines()
            if not l.startswith("#") and sum(c.isalpha() for c in l) >= 12]


def make_queries(files, mix, want, seed=1):
    """At least `want` distinct queries when the files give that many: the bench's
    query mix, then, in a fixed shuffled order, document numbers found in the files
    (one in five) and runs of 1-4 words out of their opening lines (one in five of
    those typed without marks)."""
    rnd = random.Random(seed)
    seen, out = set(), []

    def add(q):
        q = " ".join(q.split())
        if q and len(q) < 200 and q.lower() not in seen:
            seen.add(q.lower())
            out.append(q)
    for q in mix:
        add(q)
    runs, numbers = [], []
    for path in files:
        lines = text_lines(path)
        for line in lines[:6]:
            numbers += NUMBER.findall(line)
            words = WORD.findall(line)
            n = rnd.choice((2, 2, 3, 3, 1, 4))
            if len(words) >= n:
                i = rnd.randrange(len(words) - n + 1)
                runs.append(" ".join(words[i:i + n]).lower())
    rnd.shuffle(runs)
    numbers = sorted(set(numbers))
    rnd.shuffle(numbers)
    while len(out) < want and (runs or numbers):
        if numbers and (rnd.random() < 0.2 or not runs):
            add(numbers.pop())
        else:
            q = runs.pop()
            add(unmarked(q) if rnd.random() < 0.2 else q)
    return out


def start_server(tracuu, db, workdir, extra=(), timeout=30):
    """`tracuu serve` on a port of the system's choosing on loopback; returns
    (process, base URL) once the address it prints answers /api/stats."""
    out = os.path.join(workdir, "serve.out")
    with open(out, "w") as f:
        p = subprocess.Popen([tracuu, "serve", "--db", db, "--listen", "127.0.0.1:0", *extra],
                             stdin=subprocess.DEVNULL, stdout=f, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    base = None
    while time.monotonic() < deadline and p.poll() is None:
        if not base:
            m = re.search(r"http://127\.0\.0\.1:(\d+)", said(out))
            base = m and f"http://127.0.0.1:{m.group(1)}"
        if base:
            try:
                with urllib.request.urlopen(base + "/api/stats", timeout=5) as r:
                    if r.status == 200:
                        return p, base
            except OSError:
                pass
        time.sleep(0.05)
    stop_server(p)
    raise RuntimeError("tracuu serve did not start: " + said(out)[-1000:])


def said(path):
    with open(path, errors="replace") as f:
        return f.read()


def stop_server(p):
    """Stops it with SIGTERM (SIGKILL after 10 s); its exit status."""
    if p.poll() is None:
        p.terminate()
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
    return p.returncode


def cpu_seconds(pid):
    """User + system CPU seconds a process has used (/proc/PID/stat), or None."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def run_wrk(base, paths_file, threads, connections, seconds):
    r = subprocess.run(["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s",
                        "--timeout", "10s", "-s", os.path.join(here, "wrk-paths.lua"), base,
                        "--", paths_file, str(threads)], capture_output=True, text=True)
    m = re.search(r"^wrk-json: (\{.*\})$", r.stdout, re.M)
    if r.returncode or not m:
        sys.exit(f"bench: wrk failed ({r.returncode}): {r.stdout[-1000:]}{r.stderr[-1000:]}")
    return json.loads(m.group(1))


def measure(tracuu, db, files, mix, workdir, seconds=10, connections=8, threads=2, warmup=2,
            limit=10, extra=()):
    """The server line: searches/s and latency percentiles for queries nobody asked before."""
    per_s_guess = 4000  # enough distinct queries for a fast server; wraps are counted if not
    want = per_s_guess * (seconds + warmup)
    queries = make_queries(files, mix, want)
    n_warm = min(len(queries) // 10, 2000)
    warm, timed = queries[:n_warm], queries[n_warm:]

    def write(name, qs):
        path = os.path.join(workdir, name)
        with open(path, "w", encoding="utf-8") as f:
            for q in qs:
                f.write(f"/api/search?q={urllib.parse.quote(q, safe='')}&n={limit}\n")
        return path
    warm_file, timed_file = write("serve-warm.txt", warm), write("serve-paths.txt", timed)
    load0 = os.getloadavg()[0]
    try:
        p, base = start_server(tracuu, db, workdir, extra)
    except RuntimeError as e:
        sys.exit(f"bench: {e}")
    try:
        if warmup:  # first touches of the index's blocks and the server's threads, not timed
            run_wrk(base, warm_file, threads, connections, warmup)
        cpu0 = cpu_seconds(p.pid)
        w = run_wrk(base, timed_file, threads, connections, seconds)
        cpu1 = cpu_seconds(p.pid)
        rss = None
        try:
            with open(f"/proc/{p.pid}/status") as f:
                rss = next(int(l.split()[1]) / 1024 for l in f if l.startswith("VmHWM"))
        except (OSError, StopIteration):
            pass
    finally:
        stop_server(p)
    errs = sum(w["errors"].values())
    # CPU time the server spent per search: what the machine's load does not change much,
    # and the rate the cores could give if the server had them to itself.
    cpu_ms = (cpu1 - cpu0) * 1e3 / w["requests"] if cpu0 is not None and cpu1 is not None and w["requests"] else None
    return {"connections": connections, "threads": threads, "seconds": seconds,
            "distinct_queries": len(timed), "requests": w["requests"],
            "per_s": w["requests"] / (w["duration_us"] / 1e6),
            "p50_ms": w["latency_us"]["p50"] / 1e3, "p90_ms": w["latency_us"]["p90"] / 1e3,
            "p99_ms": w["latency_us"]["p99"] / 1e3, "max_ms": w["latency_us"]["max"] / 1e3,
            "errors": errs, "bad": w["bad"], "bad_statuses": w["bad_statuses"].strip(),
            "repeated": w["wraps"] > 0, "server_peak_rss_mib": rss, "limit": limit,
            "server_cpu_ms_per_search": cpu_ms, "cores": os.cpu_count(),
            "loadavg_before": load0, "loadavg_after": os.getloadavg()[0]}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tracuu", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--files", required=True, help="a file naming corpus files, one a line")
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--threads", type=int, default=2)
    A = ap.parse_args()
    with open(A.files, encoding="utf-8") as f:
        files = [l.strip() for l in f if l.strip()]
    with tempfile.TemporaryDirectory(prefix="tracuu-serve-bench.") as wd:
        res = measure(os.path.abspath(A.tracuu), A.db, files, [], wd, A.seconds, A.connections, A.threads)
    print(json.dumps(res, ensure_ascii=False))
