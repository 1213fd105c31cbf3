#!/usr/bin/env python3
"""measure-text-dict.py — how much a candidate preset dictionary saves on a
corpus, as the record deflates its text (util/deflate.c): 32 KiB pieces
(TEXT_PIECE), each on its own, level 5 with the dictionary against level 6
without (what pieces were before it). Prints the totals, for every second
file and for the others; writes nothing else.

Usage: measure-text-dict.py DICT < files.txt
files.txt: one path a line (the bench's list of the ×1 corpus, bench.py);
.txt and .md files are read, NFC, as ingest reads plain text."""
import sys, unicodedata, zlib

PIECE = 32768


def deflate(data, level, zdict=None):
    c = zlib.compressobj(level, zlib.DEFLATED, 15, 8, zlib.Z_DEFAULT_STRATEGY,
                         *([zdict] if zdict else []))
    return len(c.compress(data) + c.flush())


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: measure-text-dict.py DICT < files.txt")
    with open(sys.argv[1], "rb") as f:
        zdict = f.read()
    if not 1 <= len(zdict) <= 32768:
        sys.exit(f"{sys.argv[1]}: {len(zdict)} bytes; a deflate dictionary holds 1 to 32768")
    files = [l.rstrip("\n") for l in sys.stdin if l.rstrip("\n").endswith((".txt", ".md"))]
    if not files:
        sys.exit("measure-text-dict.py: no .txt or .md file in the list")
    tot = [[0, 0, 0, 0], [0, 0, 0, 0]]  # per half: files, raw, plain, with the dictionary
    for i, p in enumerate(files):
        with open(p, encoding="utf-8", errors="replace") as f:
            text = unicodedata.normalize("NFC", f.read()).encode()
        t = tot[i % 2]
        t[0] += 1
        t[1] += len(text)
        for j in range(0, len(text), PIECE):
            piece = text[j:j + PIECE]
            t[2] += deflate(piece, 6)
            t[3] += deflate(piece, 5, zdict)
    for name, t in (("even files", tot[0]), ("odd files", tot[1]),
                    ("all", [a + b for a, b in zip(*tot)])):
        print(f"{name}: {t[0]} files, {t[1]} bytes; deflated {t[2]} plain, {t[3]} with the "
              f"dictionary ({100 * (t[2] - t[3]) / max(1, t[2]):.1f}% smaller)")


main()
