#!/usr/bin/env python3
"""serve_ab.py — two builds of `tracuu serve` (or one build under two
environments) measured in turns under serve_bench's load: the server's CPU
time a search, its median over the rounds, and each round's searches/s and
p99. On a shared machine the CPU a search is the figure that says which is
cheaper; instruction counts (callgrind) miss what a change does to the
cache, and requests a second are the hour's.

    bench/serve_ab.py --a build-main/tracuu --b build/tracuu --db DB --files LIST
                      [--env-b NAME=VALUE …] [--args-b "--cache-mb 0"] [--rounds 5] [--seconds 5]

LIST: a file naming corpus files, one a line (serve_bench's queries are made
from them); every round asks the same distinct queries, none twice."""
import argparse, os, statistics, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import serve_bench  # noqa: E402


def one(tracuu, env, db, files, wd, seconds, extra=()):
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        return serve_bench.measure(tracuu, db, files, [], wd, seconds, extra=extra)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def env_pairs(items):
    out = {}
    for s in items:
        name, eq, value = s.partition("=")
        if not eq or not name:
            sys.exit(f"serve_ab: --env-a/--env-b takes NAME=VALUE, not '{s}'")
        out[name] = value
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--a", required=True, help="the tracuu binary measured first in each round")
    ap.add_argument("--b", required=True, help="the other (the same binary for two environments)")
    ap.add_argument("--env-a", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--env-b", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--args-a", default="", help="more arguments of a's serve (split at blanks)")
    ap.add_argument("--args-b", default="", help="more arguments of b's serve: --cache-mb 0")
    ap.add_argument("--db", required=True)
    ap.add_argument("--files", required=True)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seconds", type=int, default=5)
    A = ap.parse_args()
    with open(A.files, encoding="utf-8") as f:
        files = [l.strip() for l in f if l.strip()]
    sides = (("a", os.path.abspath(A.a), env_pairs(A.env_a), A.args_a.split()),
             ("b", os.path.abspath(A.b), env_pairs(A.env_b), A.args_b.split()))
    cpu = {"a": [], "b": []}
    with tempfile.TemporaryDirectory(prefix="tracuu-serve-ab.") as wd:
        for r in range(A.rounds):
            for name, tracuu, env, extra in sides:
                m = one(tracuu, env, A.db, files, wd, A.seconds, extra)
                if m["errors"] or m["bad"] or m["server_cpu_ms_per_search"] is None:
                    sys.exit(f"serve_ab: round {r + 1}, {name}: {m}")
                cpu[name].append(m["server_cpu_ms_per_search"])
                print(f"round {r + 1} {name}: {m['server_cpu_ms_per_search']:.3f} ms CPU a search, "
                      f"{m['per_s']:.0f}/s, p99 {m['p99_ms']:.1f} ms, peak RSS {m['server_peak_rss_mib']:.0f} MiB, "
                      f"load {m['loadavg_after']:.1f}",
                      flush=True)
    ma, mb = statistics.median(cpu["a"]), statistics.median(cpu["b"])
    wins = sum(b < a for a, b in zip(cpu["a"], cpu["b"]))
    print(f"median CPU a search: a {ma:.3f} ms, b {mb:.3f} ms ({(mb / ma - 1) * 100:+.1f}%); "
          f"b cheaper in {wins} of {A.rounds} rounds")
