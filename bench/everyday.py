#!/usr/bin/env python3
"""everyday.py — builds the everyday-query set of `make eval` (bench/everyday-queries.tsv).

Usage: everyday.py SHARED_CORPUS_DIR [OUT.tsv]   (default: bench/everyday-queries.tsv)
       everyday.py --check SHARED_CORPUS_DIR OUT.tsv
--check writes the Q&A questions of the pages 8–f only (the independent check, built by
the same rule): to report that a change did not make them worse, never to choose one.

Reads congbao-8chude and uts-vlc-laws (the collection the queries are run on) and the
legal Q&A pages tvpl-legal-news/qa_explainers/[0-7]*.md; the pages [8-f]* are kept for
an independent check and never read here. Deterministic: the same corpus gives the same
file, byte for byte. Four kinds of query (bench/NOTES.md, "Everyday queries"):
  heading  the words of an "Điều N. Heading" line found in one text only (2–6 words)
  title    a law's type and subject, as its preamble names it ("Luật Doanh nghiệp")
  name     the same with the year ("Luật Doanh nghiệp 2020", "Hiến pháp 2013")
  qa       the question a Q&A page asks (its title), answered by the law the title names
           (its number completed from the page) or else by the law the page cites first;
           left out when the title names by number a letter, a notice… (OTHER_NO)
Columns: kind, query, answers (collection paths, ' '-separated: every copy of the
answering text counts), origin (where the query came from).
The answers are for scoring only: nothing in tracuu reads this file.
"""
import hashlib
import json
import os
import re
import sys
import unicodedata

FOLDERS = ("congbao-8chude", "uts-vlc-laws")
QA_DIR = "tvpl-legal-news/qa_explainers"
QA_FIRST = "01234567"   # the pages 8–f are the independent check: never read
QA_CHECK = "89abcdef"   # read only with --check, to report on, never to tune on
# Which law answers a Q&A page that names none in its title: "first", the law its
# answering section cites first (the set of bench/everyday-queries.tsv), or "most",
# the law that section cites most often (bench/NOTES.md, "Everyday queries").
QA_KEY = os.environ.get("EVERYDAY_QA_KEY", "first")
HEADINGS_PER_TEXT = 2
HEADINGS_MAX = 160
TITLES_MAX_WORDS = 8

# Headings every law has: they name no text.
GENERIC = {
    "pham vi dieu chinh", "doi tuong ap dung", "hieu luc thi hanh", "giai thich tu ngu",
    "trach nhiem thi hanh", "dieu khoan thi hanh", "hieu luc", "to chuc thuc hien",
    "dieu khoan chuyen tiep", "quy dinh chuyen tiep", "pham vi dieu chinh va doi tuong ap dung",
    "doi tuong ap dung va pham vi dieu chinh", "nguyen tac ap dung", "ap dung phap luat",
    "quy dinh chung", "hieu luc thi hanh va quy dinh chuyen tiep", "to chuc thuc hien va hieu luc thi hanh",
    "hieu luc va trach nhiem thi hanh", "trach nhiem to chuc thuc hien", "dieu khoan chuyen tiep va hieu luc thi hanh",
}

NUMBER = r"\d+(?:/\d{4})?[/-][0-9A-ZĐ][0-9A-ZĐ/\-]*[0-9A-ZĐ]"
LETTERHEAD_NO = re.compile(r"(?:^|\n)[^\n]{0,20}?[Ss]ố\s*:\s*(" + NUMBER + ")")
BASE_NO = re.compile(r"\bsố\s+(" + NUMBER + r")\s+ngày")
DATE = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(\d{4})")
TYPES = ("Bộ luật", "Luật", "Hiến pháp")
PREAMBLE_NAME = re.compile(r"ban hành\s+(Bộ luật|Luật)\s+([^.;\n]{2,120}?)\s*\d?\s*"
                           r"(?:\.|,?\s+(?:Chương|CHƯƠNG|Phần|PHẦN|Điều)\s)")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def fold(s):
    """Marks dropped, đ -> d, lower case, spaces squeezed: for comparing names."""
    s = nfc(s).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return " ".join(re.findall(r"\w+", s.lower()))


def words(s):
    return re.findall(r"\w+", s)


def sentence_case(s):
    s = " ".join(s.split()).lower()
    return s[:1].upper() + s[1:]


class Doc:
    def __init__(self, rel, text):
        self.rel = rel
        self.text = text
        head = text[:6000]
        # A PDF-extracted number may wrap ("66-\nNQ/TW"): join before matching.
        joined = re.sub(r"-\s*\n\s*", "-", head)
        m = LETTERHEAD_NO.search(joined[:2500])
        self.number = m.group(1).rstrip("-") if m else None
        consolidated = "van-ban-hop-nhat" in rel or (not self.number and "sửa đổi, bổ sung bởi" in head)
        self.base = None
        if consolidated:
            m = BASE_NO.search(" ".join(head.split()))
            self.base = m.group(1) if m else None
        self.numbers = {n for n in (self.number, self.base) if n}
        self.type, self.subject = self._title(head)
        self.year = self._year(head)

    def _title(self, head):
        flat = " ".join(head.split())
        m = PREAMBLE_NAME.search(flat)
        if m and not re.search(r"sửa đổi|bổ sung", m.group(2)):
            return m.group(1), m.group(2).strip()
        lines = [l.strip() for l in head.split("\n")]
        for i, l in enumerate(lines):
            if l == "HIẾN PHÁP":
                return "Hiến pháp", ""
            if l in ("LUẬT", "BỘ LUẬT"):
                sub = []
                for nxt in lines[i + 1:i + 6]:
                    if not nxt:
                        if sub:
                            break
                        continue
                    if nxt != nxt.upper() or nxt.startswith("Căn cứ"):
                        break
                    sub.append(nxt)
                if sub and not re.search(r"SỬA ĐỔI|BỔ SUNG", " ".join(sub)):
                    return sentence_case(l), sentence_case(" ".join(sub))
                return None, None
        return None, None

    def _year(self, head):
        n = self.base or self.number
        m = re.match(r"\d+/(\d{4})/", n or "")
        if m:
            return m.group(1)
        m = DATE.search(" ".join(head.split())[:3000])
        return m.group(1) if m else None

    def name(self, with_year):
        if self.type is None:
            return None
        s = self.type + (" " + self.subject if self.subject else "")
        return s + " " + self.year if with_year and self.year else (None if with_year else s)


def load_collection(corpus):
    docs = []
    for folder in FOLDERS:
        for root, _, files in os.walk(os.path.join(corpus, folder, "docs")):
            for f in files:
                if f.endswith(".txt"):
                    p = os.path.join(root, f)
                    text = nfc(open(p, encoding="utf-8").read())
                    if text.strip():
                        docs.append(Doc(os.path.relpath(p, corpus), text))
    docs.sort(key=lambda d: d.rel)
    return docs


def groups_of(docs):
    """Texts that are one text: the same number in the letterhead (a consolidated text
    counts as the text it consolidates), or the same bytes. Union-find over both."""
    parent = list(range(len(docs)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen = {}
    for i, d in enumerate(docs):
        for key in [("n", n) for n in d.numbers] + [("h", hashlib.sha1(d.text.encode()).hexdigest())]:
            if key in seen:
                parent[find(i)] = find(seen[key])
            else:
                seen[key] = i
    out = {}
    for i in range(len(docs)):
        out.setdefault(find(i), []).append(i)
    return {i: out[find(i)] for i in range(len(docs))}


def stable(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


HEADING = re.compile(r"^\s*Điều\s+\d+[a-zđ]?\s*[.:]\s*(.+?)\s*$")


def heading_queries(docs, group):
    found = {}   # folded heading -> {group id: (heading as written, doc index)}
    for i, d in enumerate(docs):
        lines = d.text.split("\n")
        for j, l in enumerate(lines):
            m = HEADING.match(l)
            if not m:
                continue
            h = m.group(1).rstrip(" .;:")
            nxt = next((x.strip() for x in lines[j + 1:j + 4] if x.strip()), "")
            # A heading the PDF wrapped goes on in lower case on the next line.
            if nxt[:1].islower():
                continue
            n = len(words(h))
            if not 2 <= n <= 6 or re.search(r"\d", h) or "“" in l or '"' in l:
                continue
            found.setdefault(fold(h), {}).setdefault(min(group[i]), (h, i))
    cands = []
    for key, where in found.items():
        if key in GENERIC or len(where) != 1:
            continue
        (gid, (h, i)), = where.items()
        cands.append((stable(key), gid, h, i))
    cands.sort()
    per, out = {}, []
    for _, gid, h, i in cands:
        if per.get(gid, 0) >= HEADINGS_PER_TEXT or len(out) >= HEADINGS_MAX:
            continue
        per[gid] = per.get(gid, 0) + 1
        out.append(("heading", h, i, "%s: Điều … %s" % (docs[i].rel, h)))
    return out


def name_queries(docs, group):
    titles, names = {}, {}
    for i, d in enumerate(docs):
        t = d.name(False)
        if not t or len(words(t)) > TITLES_MAX_WORDS:
            continue
        titles.setdefault(fold(t), (t, set(), i))[1].update(group[i])
        y = d.name(True)
        if y:
            names.setdefault(fold(y), (y, set(), i))[1].update(group[i])
    out = []
    for kind, table in (("title", titles), ("name", names)):
        for key in sorted(table):
            q, gold, i = table[key]
            out.append((kind, q, gold, "%s: preamble/title" % docs[i].rel))
    return out, names


# ---- the Q&A pages ----------------------------------------------------------

CITE = re.compile(
    r"(?P<num>(?:Bộ luật|Luật|Hiến pháp|Nghị định|Thông tư liên tịch|Thông tư|Nghị quyết|Quyết định)\s+(?:số\s+)?"
    + r"(?P<full>" + NUMBER + r"))"
    r"|(?P<short>(?P<stype>Nghị định|Thông tư|Nghị quyết)\s+(?:số\s+)?(?P<sn>\d+)/(?P<sy>\d{4})(?![\d/-]))"
    r"|(?P<named>(?P<ntype>Bộ luật|Luật|Hiến pháp)(?P<nsub>(?:\s+[^\s\d().;:]+){0,12}?)\s+(?:năm\s+)?(?P<ny>(?:19|20)\d{2})(?!\d|/))")
SHORT_CODE = {"Nghị định": "NĐ-CP", "Thông tư": "TT-", "Nghị quyết": "NQ-"}


def qa_question(text):
    m = re.search(r"^# (.+)$", text, re.M)
    return " ".join(m.group(1).replace("*", "").split()) if m else None


def qa_cited(text, title, every=False):
    """The law the page cites first for its title question: the first 'Điều N <law>'
    after the bold heading that repeats the title (or after the title, failing that);
    every=True: all of them, in order."""
    body = text[text.find("\n", text.find("# ")) + 1:]
    start = 0
    t = fold(title)
    for m in re.finditer(r"^\*\*(.+?)\*\*\s*$", body, re.M):
        if fold(m.group(1)) == t:
            start = m.end()   # the last repeat is the section heading
    sec = body[start:]
    nxt = re.search(r"^\*\*[^\n]*\?\*\*\s*$", sec, re.M)
    if nxt and start:
        sec = sec[:nxt.start()]
    cites = []
    for m in re.finditer(r"Điều\s+\d+[a-zđ]?[\s*]+", sec):
        # "Điều 35 Bộ luật Lao động 2019", or a few words later ("… của Luật …").
        c = CITE.match(sec, m.end()) or CITE.search(sec, m.end(), m.end() + 60)
        if c:
            if not every:
                return c
            cites.append(c)
    return cites if every else None


TITLE_NO = re.compile(r"(?P<t>Nghị định|Thông tư|Nghị quyết|Quyết định)\s+(?:số\s+)?(?P<n>\d+)(?![\d/-])")


# A document the question names by number that is none of CITE's types: an official
# letter, a notice, a directive… ("Toàn văn Công văn 163/TANDTC-PC?", "Thông báo
# 14834: …"). The question asks about that document; the law the page goes on to cite
# is one of its topics, not the answer (bench/RESULTS.md, h9r's class A, h12d).
OTHER_NO = re.compile(r"(?<!\w)(?:Công văn|Công điện|Thông báo|Chỉ thị|Kết luận|Hướng dẫn|Kế hoạch|Quy định|Quy chế|Tờ trình|Báo cáo)\s+(?:số\s+)?\d+(?![\d])")


def qa_named(text, title):
    """The law the question names itself ("… theo Nghị định 12?", "… Bộ luật Lao động
    2019"), its full number taken from the page's citations: that law answers. None
    when the title names no law; [] when it names one the page does not pin down, or
    names by number a document of another type (OTHER_NO): the regulations of the
    collection hold no letter or notice, so no text of it answers."""
    c = CITE.search(title)
    if c:
        return [c]
    m = TITLE_NO.search(title)
    if not m:
        return [] if OTHER_NO.search(title) else None
    # Every spelling the page gives ("320/2025/ND-CP" first, "320/2025/NĐ-CP" later).
    full = re.finditer(r"%s\s+(?:số\s+)?%s/\d{4}/[0-9A-ZĐ][0-9A-ZĐ/\-]*[0-9A-ZĐ]" % (m.group("t"), m.group("n")), text)
    return [CITE.match(f.group(0)) for f in full]


def resolve(c, docs, group, names):
    """Collection paths holding the cited law, or None when it is not in the collection."""
    if c.group("full"):
        n = c.group("full")
        hits = [i for i, d in enumerate(docs) if n in d.numbers]
    elif c.group("short"):
        code = SHORT_CODE[c.group("stype")]
        # "Nghị định 145/2020" (a number without its year is left out: ambiguous).
        pat = re.compile(r"%s/%s/%s" % (c.group("sn"), c.group("sy"), re.escape(code)))
        hits = [i for i, d in enumerate(docs) if any(pat.match(n) for n in d.numbers)]
    else:
        key = fold(c.group("ntype") + c.group("nsub") + " " + c.group("ny"))
        hit = names.get(key)
        hits = sorted(hit[1]) if hit else []
    if not hits:
        return None
    return set().union(*(group[i] for i in hits))


def most_cited(cites, docs, group, names):
    """QA_KEY=most: the law the answering section cites most often ('Điều N <law>'; a
    tie goes to the one cited first), as (its first citation, its answers); the
    answers are None when that law is not in the collection (the page is left out, as
    under "first"), (None, None) when the section cites none."""
    count, first, gold = {}, {}, {}
    for i, c in enumerate(cites):
        g = resolve(c, docs, group, names)
        k = frozenset(g) if g else fold(c.group(0))
        count[k] = count.get(k, 0) + 1
        first.setdefault(k, i)
        gold[k] = g
    if not count:
        return None, None
    best = max(count, key=lambda k: (count[k], -first[k]))
    return cites[first[best]], gold[best]


def qa_queries(corpus, docs, group, names, pages=QA_FIRST):
    qa = os.path.join(corpus, QA_DIR)
    out = []
    for f in sorted(os.listdir(qa)):
        if f[:1] not in pages or not f.endswith(".md"):
            continue
        text = nfc(open(os.path.join(qa, f), encoding="utf-8").read())
        q = qa_question(text)
        if not q:
            continue
        cands = qa_named(text, q)
        gold = None
        if cands is None and QA_KEY == "most":
            c, gold = most_cited(qa_cited(text, q, every=True), docs, group, names)
        else:
            for c in cands if cands is not None else [qa_cited(text, q)]:
                gold = resolve(c, docs, group, names) if c else None
                if gold:
                    break
        if gold:
            out.append(("qa", q, gold, "%s/%s: %s" % (QA_DIR, f, " ".join(c.group(0).split()))))
    return out


def main():
    args = sys.argv[1:]
    check = args[:1] == ["--check"]
    if check:
        args = args[1:]
        if len(args) != 2:
            sys.exit("everyday: --check takes the corpus folder and an output file")
    corpus = args[0]
    dest = args[1] if len(args) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                      "everyday-queries.tsv")
    docs = load_collection(corpus)
    group = groups_of(docs)
    named, names = name_queries(docs, group)
    if check:
        rows = [(k, q, g, o) for k, q, g, o in qa_queries(corpus, docs, group, names, QA_CHECK)]
    else:
        rows = [(k, q, set(group[i]), o) for k, q, i, o in heading_queries(docs, group)]
        rows += named
        rows += qa_queries(corpus, docs, group, names)
    with open(dest, "w", encoding="utf-8") as f:
        f.write("# everyday-queries.tsv — written by bench/everyday.py from the shared corpus; do not edit.\n")
        f.write("# kind\tquery\tanswers (every copy counts)\torigin\n")
        for kind, q, gold, origin in rows:
            paths = " ".join(sorted(docs[i].rel for i in gold))
            f.write("%s\t%s\t%s\t%s\n" % (kind, q, paths, origin.replace("\t", " ")))
    counts = {}
    for r in rows:
        counts[r[0]] = counts.get(r[0], 0) + 1
    sys.stderr.write("everyday: %d queries (%s) -> %s\n" % (
        len(rows), ", ".join("%s %d" % kv for kv in counts.items()), dest))


if __name__ == "__main__":
    main()
