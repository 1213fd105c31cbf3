#!/usr/bin/env python3
"""cite_agreement.py — how often `tracuu cite` agrees with thuvienphapluat's attribute block.

For every document of tvpl-legal-news whose index.jsonl row carries the site's attribute
block (Số hiệu / Loại văn bản / Nơi ban hành / Ngày ban hành), looks its number up with
`tracuu cite --batch --json` and compares type, issuing body and issue date. Prints the
agreement per field and overall, lists every disagreement with what the document's own
letterhead says, and exits 1 when the overall agreement is below --min.

usage: cite_agreement.py --tracuu BIN --db DB --corpus DIR [--min 0.95] [--show N]
"""
import argparse
import json
import subprocess
import sys
import unicodedata


def fold(s):
    """Marks, đ, case and punctuation away: names compare as the words they are."""
    s = unicodedata.normalize("NFD", s or "").replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


# The site names a People's Committee by its place ("Tỉnh Hà Tĩnh"); letterheads
# and mentions say "Ủy ban nhân dân tỉnh Hà Tĩnh". Both name the same body.
BODY_WORDS = ("uy ban nhan dan ", "ubnd ", "hoi dong nhan dan ", "hdnd ")


def same_body(site, ours):
    a, b = fold(site), fold(ours)
    for w in BODY_WORDS:
        a = a.replace(w, "")
        b = b.replace(w, "")
    return bool(a) and bool(b) and (a == b or a in b or b in a)


def iso(ddmmyyyy):
    try:
        d, m, y = ddmmyyyy.split("/")
        return "%04d-%02d-%02d" % (int(y), int(m), int(d))
    except ValueError:
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tracuu", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--min", type=float, default=0.95)
    ap.add_argument("--show", type=int, default=40)
    a = ap.parse_args()

    rows = [json.loads(l) for l in open(a.corpus + "/index.jsonl", encoding="utf-8")]
    rows = [r for r in rows if r.get("tvpl_attributes") and r["tvpl_attributes"].get("so_hieu")]
    numbers = "".join(r["tvpl_attributes"]["so_hieu"] + "\n" for r in rows)
    p = subprocess.run([a.tracuu, "cite", "--db", a.db, "--batch"], input=numbers.encode(),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode not in (0, 1):
        sys.exit("tracuu cite failed (%d): %s" % (p.returncode, p.stderr.decode()[:500]))
    cards = {}
    for line in p.stdout.decode().splitlines():
        c = json.loads(line)
        cards.setdefault(c["query"], []).append(c)

    def card_for(row):
        # A number can name several documents (one per province for
        # …/QĐ-UBND): the card whose own text is this file, else the first.
        cs = cards.get(row["tvpl_attributes"]["so_hieu"], [{"found": False}])
        for c in cs:
            if (c.get("source") or {}).get("source", "").endswith(row["path"]):
                return c
        return cs[0]

    fields = ("number", "type", "issuer", "date")
    agree = dict.fromkeys(fields, 0)
    whole = 0
    misses = []
    for r in rows:
        t = r["tvpl_attributes"]
        c = card_for(r)
        ok = {
            "number": c.get("found", False),
            "type": fold(c.get("type")) == fold(t.get("loai_van_ban")),
            "issuer": same_body(t.get("noi_ban_hanh"), c.get("issuer") or ""),
            "date": c.get("date") == iso(t.get("ngay_ban_hanh", "")),
        }
        for f in fields:
            agree[f] += ok[f]
        if all(ok.values()):
            whole += 1
        else:
            lh = {}
            for f in ("type", "issuer", "date"):
                ev = [v for v in c.get("evidence", {}).get(f, []) if v.get("letterhead")]
                lh[f] = ev[0]["value"] if ev else None
            misses.append((r["path"], t, c, ok, lh))

    n = len(rows)
    # The signer is reported, not part of the four fields the target counts.
    signed = [r for r in rows if r["tvpl_attributes"].get("nguoi_ky")]
    signer_ok = sum(fold(card_for(r).get("signer")) == fold(r["tvpl_attributes"]["nguoi_ky"])
                    for r in signed)
    print("documents with an attribute block: %d" % n)
    for f in fields:
        print("  %-7s agrees: %d (%.1f%%)" % (f, agree[f], 100.0 * agree[f] / n))
    print("all four agree: %d of %d (%.1f%%)" % (whole, n, 100.0 * whole / n))
    if signed:
        print("  signer  agrees: %d of %d (%.1f%%)" % (signer_ok, len(signed),
                                                      100.0 * signer_ok / len(signed)))
    # Where the letterhead disagrees with the site, the letterhead wins: those
    # are the site's errors or other names, not ours.
    lh_wins = [m for m in misses if m[2].get("found") and
               (m[2].get("source") or {}).get("source", "").endswith(m[0]) and all(
        m[3][f] or (m[4][f] is not None and fold(m[4][f]) == fold(m[2].get(f)))
        for f in ("type", "issuer", "date"))]
    print("disagreements where the document's own letterhead says what tracuu says: %d"
          % len(lh_wins))
    good = whole + len(lh_wins)
    print("agreement counting the letterhead as right: %d of %d (%.1f%%)" % (good, n, 100.0 * good / n))
    for path, t, c, ok, lh in misses[: a.show]:
        bad = [f for f in fields if not ok[f]]
        print("- %s %s: %s" % (path, t["so_hieu"], ", ".join(
            "%s site=%r tracuu=%r%s" % (f, t.get({"type": "loai_van_ban", "issuer": "noi_ban_hanh",
                                                 "date": "ngay_ban_hanh", "number": "so_hieu"}[f]),
                                       c.get(f) if f != "number" else c.get("found"),
                                       " (letterhead)" if lh.get(f) else "")
            for f in bad)))
    if good < a.min * n:
        print("below the %.0f%% target" % (100 * a.min))
        sys.exit(1)


if __name__ == "__main__":
    main()
