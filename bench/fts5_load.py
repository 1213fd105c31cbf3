#!/usr/bin/env python3
"""fts5_load.py — the FTS5 peer's ingest, timed as its own process by bench.py:
reads every file of LIST (one path a line), strips HTML tags from .html files,
and stores path and text in an FTS5 table (unicode61 remove_diacritics 2, text
stored, so snippets work), one transaction per 1000 documents."""
import html, re, sqlite3, sys

db, lst = sys.argv[1], sys.argv[2]
con = sqlite3.connect(db)
con.execute("CREATE VIRTUAL TABLE docs USING fts5(path, body, "
            "tokenize='unicode61 remove_diacritics 2')")
tag = re.compile(r"<script.*?</script>|<style.*?</style>|<[^>]*>", re.S | re.I)
n = 0
with open(lst, encoding="utf-8") as f:
    paths = [l.rstrip("\n") for l in f if l.strip()]
for p in paths:
    with open(p, "rb") as fh:
        t = fh.read().decode("utf-8", "replace")
    if p.endswith((".html", ".htm")):
        t = html.unescape(tag.sub(" ", t))
    con.execute("INSERT INTO docs(path, body) VALUES (?, ?)", (p, t))
    n += 1
    if n % 1000 == 0:
        con.commit()
con.commit()
con.close()
