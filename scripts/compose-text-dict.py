#!/usr/bin/env python3
"""compose-text-dict.py — composes a candidate for the record's preset deflate
dictionary (docs/design.md "The stored record") from the project's own
material only: the formulas of corpus/text-dict-phrases.txt (written for
tracuu), filled from the names of corpus/doctypes.tsv and corpus/issuers.tsv,
after the names of corpus/propernames.tsv and corpus/abbreviations.tsv, and
before them, in the room left, the lines of the bundled seeds (corpus/seeds).
No text of the shared corpus goes in: the dictionary is compiled into the
binary.

Usage: compose-text-dict.py SRCDIR > candidate.txt
The dictionary in use, corpus/text-dict-1.txt, was composed by this script
once (2026-12-06) and is frozen: pieces name it by its adler-32, and the
build refuses it changed (scripts/gen-text-dict.sh). So a row added to a
table changes what this script gives, not the dictionary. A candidate is
measured with scripts/measure-text-dict.py; adopting one means a new file
read beside the old. The least useful lines stand first, as deflate reaches
the end of the dictionary cheapest; when the whole passes 32 KiB, deflate's
window, the first lines are dropped."""
import os, sys, unicodedata

LIMIT = 32768


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: compose-text-dict.py SRCDIR > candidate.txt")
    corpus = os.path.join(sys.argv[1], "corpus")
    try:
        compose(corpus)
    except (OSError, UnicodeDecodeError) as e:
        sys.exit(f"compose-text-dict.py: {e}")


def compose(corpus):
    types = []
    for r in rows(os.path.join(corpus, "doctypes.tsv")):
        if len(r) < 2:
            sys.exit(f"{corpus}/doctypes.tsv: a row without its state name: {r!r}")
        if len(r) > 4 and r[4] == "yes" and r[1] not in types:
            types.append(r[1])
    bodies, state = [], []
    for r in rows(os.path.join(corpus, "issuers.tsv")):
        if len(r) < 3:
            sys.exit(f"{corpus}/issuers.tsv: a row without its full name: {r!r}")
        for b in r[2].split("|"):
            if b not in bodies:
                bodies.append(b)
            if r[1] != "party" and b not in state:
                state.append(b)
    ministers = [b for b in state if b.startswith("Bộ ")]
    fill = {"{type}": types, "{TYPE}": [t.upper() for t in types], "{body}": bodies,
            "{BODY}": [b.upper() for b in state], "{minister}": ministers}
    lines = []
    seeds = os.path.join(corpus, "seeds")
    for name in sorted(os.listdir(seeds)):
        if name.endswith(".txt"):
            with open(os.path.join(seeds, name), encoding="utf-8") as f:
                lines += [l.strip() for l in f if l.strip()]
    lines += [r[0] for r in rows(os.path.join(corpus, "propernames.tsv"))]
    lines += [r[1] for r in rows(os.path.join(corpus, "abbreviations.tsv")) if len(r) > 1]
    with open(os.path.join(corpus, "text-dict-phrases.txt"), encoding="utf-8") as f:
        for phrase in f:
            phrase = phrase.rstrip("\n")
            if not phrase or phrase.startswith("#"):
                continue
            keys = [k for k in fill if k in phrase]
            if len(keys) > 1:
                sys.exit(f"text-dict-phrases.txt: one template a line: {phrase!r}")
            if not keys:
                lines.append(phrase)
            else:
                lines += [phrase.replace(keys[0], v) for v in fill[keys[0]]]
    # A line said twice is kept where it is most useful: its last place.
    seen, kept = set(), []
    for line in reversed(lines):
        line = unicodedata.normalize("NFC", line)
        if line not in seen:
            seen.add(line)
            kept.append(line)
    if not kept:
        sys.exit(f"compose-text-dict.py: no phrase in {corpus}")
    out = b""
    for line in kept:
        b = line.encode() + b"\n"
        if len(out) + len(b) > LIMIT:
            break
        out = b + out
    sys.stdout.buffer.write(out)


main()
