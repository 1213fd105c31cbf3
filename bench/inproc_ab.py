#!/usr/bin/env python3
"""inproc_ab.py — two builds' in-process searches measured in turns: each
build's bench/latency on its own index (the two may have different schemes),
in interleaved rounds, and optionally each build's `tracuu search --batch`.
Prints every round and, per build, the median over the rounds of bench/latency's
median and p99, and of the CPU time a search (user + system of the whole
process, divided by the searches). On a shared machine the CPU a search and
the rounds' medians are what compare; one wall-clock run says nothing.

    bench/inproc_ab.py --a-latency BASE/bench/latency --a-db BASE.db
                       --b-latency build/bench/latency --b-db MAIN.db
                       [--a-tracuu BASE/tracuu --b-tracuu build/tracuu]
                       [--queries /tmp/bq.txt] [--repeat 10] [--rounds 5]

--repeat is bench/latency's ROUNDS argument (the queries asked that many
times in one process); with --a-tracuu/--b-tracuu each round also feeds the
queries, --repeat times, to `search --batch -n 10` and reports searches/s of
CPU time."""
import argparse, os, re, resource, statistics, subprocess, sys, tempfile, time

LINE = re.compile(r"(\d+) searches: median ([\d.]+) ms, p95 ([\d.]+) ms, p99 ([\d.]+) ms")


def run(cmd, stdin_path, ok=(0,)):
    """Runs cmd with stdin from a file; returns (stdout, cpu seconds, wall seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    with open(stdin_path, "rb") as f:
        r = subprocess.run(cmd, stdin=f, capture_output=True)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode not in ok:
        sys.exit(f"inproc_ab: {' '.join(cmd)} exited {r.returncode}: {r.stderr.decode(errors='replace')[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return r.stdout.decode(errors="replace"), cpu, wall


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for side in ("a", "b"):
        ap.add_argument(f"--{side}-latency", required=True, help="a build's bench/latency")
        ap.add_argument(f"--{side}-db", required=True, help="that build's own index")
        ap.add_argument(f"--{side}-tracuu", help="that build's tracuu, for `search --batch`")
    ap.add_argument("--queries", default="/tmp/bq.txt")
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=5)
    A = ap.parse_args()
    with open(A.queries, encoding="utf-8") as f:
        nq = sum(1 for l in f if l.strip())
    if not nq:
        sys.exit(f"inproc_ab: {A.queries}: no queries")
    batch = bool(A.a_tracuu and A.b_tracuu)
    if bool(A.a_tracuu) != bool(A.b_tracuu):
        sys.exit("inproc_ab: give both --a-tracuu and --b-tracuu, or neither")
    sides = {"a": (A.a_latency, A.a_db, A.a_tracuu), "b": (A.b_latency, A.b_db, A.b_tracuu)}
    fig = {s: {"median": [], "p99": [], "cpu": [], "batch": []} for s in sides}
    searches = nq * A.repeat
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as rep:
        with open(A.queries, encoding="utf-8") as f:
            qs = [l for l in f if l.strip()]
        rep.writelines(qs * A.repeat)
        rep.flush()
        for r in range(A.rounds):
            # Alternate which side goes first: a slow minute is shared.
            for s in (("a", "b") if r % 2 == 0 else ("b", "a")):
                lat, db, tracuu = sides[s]
                out, cpu, _ = run([lat, db, str(A.repeat), "220"], A.queries)
                m = LINE.search(out)
                if not m or int(m.group(1)) != searches:
                    sys.exit(f"inproc_ab: {lat} said: {out}")
                med, p99 = float(m.group(2)), float(m.group(4))
                fig[s]["median"].append(med)
                fig[s]["p99"].append(p99)
                fig[s]["cpu"].append(cpu * 1e3 / searches)
                msg = (f"round {r + 1} {s}: median {med:.2f} ms, p99 {p99:.2f} ms, "
                       f"CPU {cpu * 1e3 / searches:.3f} ms a search")
                if batch:
                    # Exit 1: some line found nothing; each line still answers.
                    out, cpu, wall = run([tracuu, "search", "--batch", "--db", db, "-n", "10"],
                                         rep.name, ok=(0, 1))
                    if out.count("\n") != searches:
                        sys.exit(f"inproc_ab: {tracuu} search --batch answered "
                                 f"{out.count(chr(10))} of {searches} lines")
                    fig[s]["batch"].append(searches / cpu)
                    msg += f"; search --batch {searches / cpu:.0f}/s of CPU ({searches / wall:.0f}/s wall)"
                print(msg + f", load {os.getloadavg()[0]:.1f}", flush=True)
    med = {s: {k: statistics.median(v) for k, v in fig[s].items() if v} for s in sides}
    for s in sides:
        line = (f"{s}: median {med[s]['median']:.2f} ms, p99 {med[s]['p99']:.2f} ms, "
                f"CPU {med[s]['cpu']:.3f} ms a search")
        if batch:
            line += f", search --batch {med[s]['batch']:.0f}/s of CPU"
        print(line + f" (medians of {A.rounds} rounds)")
    wins = sum(b < a for a, b in zip(fig["a"]["cpu"], fig["b"]["cpu"]))
    print(f"b against a: CPU a search {(med['b']['cpu'] / med['a']['cpu'] - 1) * 100:+.1f}%, "
          f"b cheaper in {wins} of {A.rounds} rounds")


if __name__ == "__main__":
    main()
