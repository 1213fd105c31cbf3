#!/usr/bin/env python3
"""shard_messages.py — what a search asks remote shards: bench/latency run under strace over
a stub, each search's messages to the shards (Xapian's remote protocol, 1.4) counted by kind,
and the round trips (the times the client waited for a reply) per search.
Usage: shard_messages.py LATENCY DB QUERIES [--skip N] [--per-query]
The first N searches (--skip, default 0) warm the process and are not counted."""
import argparse, collections, os, re, subprocess, sys, tempfile

from remote_protocol import split


ap = argparse.ArgumentParser()
ap.add_argument("latency")
ap.add_argument("db")
ap.add_argument("queries")
ap.add_argument("--skip", type=int, default=0)
ap.add_argument("--per-query", action="store_true")
ap.add_argument("--show", type=int, default=-1, help="print search N's messages, one a line")
A = ap.parse_args()

def unescape(s):
    return re.sub(rb"\\x([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]), s.encode())

with tempfile.TemporaryDirectory() as tmp:
    trace = os.path.join(tmp, "trace")
    env = dict(os.environ, LATENCY_MARK="1")
    r = subprocess.run(["strace", "-f", "-xx", "-s", "1000000", "-e", "trace=connect,write,read",
                        "-o", trace, A.latency, A.db, "1", "220"], stdin=open(A.queries), env=env,
                       capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"shard_messages: {r.stderr}")
    lines = open(trace, encoding="latin-1").read().splitlines()

socks, search = set(), -1
out = collections.defaultdict(lambda: collections.defaultdict(bytes))  # search -> fd -> bytes
waits = collections.Counter()  # search -> times the client read a reply after writing
wrote = False
for l in lines:
    m = re.match(r"\d+ +(connect|write|read)\((\d+), \"((?:[^\"\\]|\\.)*)\"", l)
    if not m:
        m2 = re.match(r"\d+ +connect\((\d+), \{sa_family=AF_INET", l)
        if m2:
            socks.add(int(m2.group(1)))
        continue
    call, fd, data = m.group(1), int(m.group(2)), unescape(m.group(3))
    if call == "connect":
        continue
    if call == "write" and fd == 2 and data.startswith(b"latency: search "):
        search = int(data.split()[2])
        continue
    if fd not in socks:
        continue
    if call == "write":
        out[search][fd] += data
        wrote = True
    elif wrote:  # requests written to several shards at once and then read: one wait
        waits[search] += 1
        wrote = False

counted = [s for s in sorted(out) if s >= A.skip]
total = collections.Counter()
for s in counted:
    per = collections.Counter()
    for fd, stream in out[s].items():
        for kind, body in split(stream)[0]:
            per[kind] += 1
            if s == A.show or A.show == -2:
                print(f"search {s} fd {fd} {kind} {body[:120]!r}")
    total.update(per)
    if A.per_query:
        print(f"search {s}: {sum(per.values())} messages, {waits[s]} waits: "
              + ", ".join(f"{k} {v}" for k, v in per.most_common()))
n = len(counted) or 1
print(f"{len(counted)} searches over {A.db}: {sum(total.values()) / n:.1f} messages a search, "
      f"{sum(waits[s] for s in counted) / n:.1f} waits for a reply (summed over the shards)")
for k, v in total.most_common():
    print(f"  {k:<14} {v / n:7.1f}")
