#!/usr/bin/env python3
"""learn-text-dict.py — how corpus/text-dict.txt was made: the preset
dictionary the record's text pieces are deflated with (util/deflate.c,
docs/design.md "The stored record").

Usage: learn-text-dict.py < files.txt > corpus/text-dict.txt
files.txt: the bench's list of the ×1 corpus, one path a line, in its order
(bench.py writes it into its work folder: every folder of the corpus but
legacy-encodings and dictionaries).

Lines (stripped, NFC, 8–300 bytes) that at least 3 texts of a training half
(every second .txt/.md file of the list) hold, the most bytes saved (texts ×
bytes) last, where deflate reaches them cheapest; up to 32 KiB, deflate's
window. Only a record's reader needs the same bytes: the pieces name the
dictionary by its adler-32, and a reader knows only this one, so the file is
never regenerated in place. A new dictionary would be a second one beside it."""
import collections, sys, unicodedata

if len(sys.argv) != 1:
    sys.exit("usage: learn-text-dict.py < files.txt > text-dict.txt")
files = [l.rstrip("\n") for l in sys.stdin if l.rstrip("\n").endswith((".txt", ".md"))]
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
