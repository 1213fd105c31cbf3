#!/usr/bin/env python3
"""learn-text-dict.py — how corpus/text-dict.txt was made: the preset
dictionary the record's text pieces are deflated with (util/deflate.c,
docs/design.md "The stored record").

Usage: learn-text-dict.py CORPUS > corpus/text-dict.txt

Lines (stripped, NFC, 8–300 bytes) that at least 3 texts of a training half
(every second .txt/.md file in path order, the bench's folders) hold, the
most bytes saved (texts × bytes) last, where deflate reaches them cheapest;
up to 32 KiB, deflate's window. Only a record's reader needs the same bytes:
the pieces name the dictionary by its adler-32, and a reader knows only
this one, so the file is never regenerated in place. A new dictionary
would be a second one beside it."""
import collections, os, sys, unicodedata

if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
    sys.exit("usage: learn-text-dict.py CORPUS > text-dict.txt")
corpus = sys.argv[1]
EXCLUDE = {"legacy-encodings", "dictionaries"}
files = []
for sub in sorted(os.listdir(corpus)):
    d = os.path.join(corpus, sub)
    if sub in EXCLUDE or not os.path.isdir(d):
        continue
    for root, dirs, fs in os.walk(d):
        dirs.sort()
        for f in sorted(fs):
            if f.endswith((".txt", ".md")) and f not in ("SOURCE.md", "README.md"):
                files.append(os.path.join(root, f))
count = collections.Counter()
for p in files[0::2]:
    with open(p, encoding="utf-8", errors="replace") as f:
        text = unicodedata.normalize("NFC", f.read())
    for line in set(l.strip() for l in text.split("\n")):
        if 8 <= len(line.encode()) <= 300:
            count[line] += 1
lines = sorted(((l, c) for l, c in count.items() if c >= 3),
               key=lambda x: (x[1] * len(x[0].encode()), x[0]))
out = b""
for line, _ in reversed(lines):
    b = line.encode() + b"\n"
    if len(out) + len(b) <= 32768:
        out = b + out
sys.stdout.buffer.write(out)
