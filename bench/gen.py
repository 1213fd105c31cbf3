#!/usr/bin/env python3
"""gen.py — a synthetic scale corpus of realistic Vietnamese regulation text.

usage: gen.py SHARED OUTDIR MEGABYTES [SEED]

Deterministic for a given SEED (default 1) and corpus. Each generated document
is modelled on one real document of the benchmark's corpus (every folder of
SHARED/corpus but legacy-encodings and dictionaries), picked at random: about
its length (log-normal jitter, sigma 0.3, around it, so the mix of short news,
Q&A and long codes is the real one), and its topic. The text is stitched from
runs of 2–6 syllables, carried on to the end of the clause when a comma or
full stop is near: 85% read in order through the model document (a cursor that
skips about one run for each run it takes, wrapping round), 10% from its
neighbours in the corpus (the same folder and category), 5% from anywhere. So
syllable and adjacent-pair frequencies follow the real corpus, a document
repeats its own vocabulary and boilerplate as a real one does, and the seams
between runs mostly fall at punctuation, where real text breaks its phrases.
Numbers of three digits or more get new digits (the same within a document),
so amounts and codes keep growing with the corpus as real ones do. Rare words
are bursty: each document draws its few syllables from hunspell-vi's list and
words from Hồ Ngọc Đức's word list and uses them again and again (3% of the
slots). Each document has a letterhead (issuer, number, place and date, type,
subject), numbered articles, and cites a handful of other documents by number,
date and issuer, in the spellings the real corpus uses. Writes
OUTDIR/NNN/NNNNNN.txt, 1000 files a folder. bench/NOTES.md ("Scale corpus")
compares its statistics with the real corpus's."""
import bisect, os, re, random, sys

shared, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
rng = random.Random(seed)
corpus = os.path.join(shared, "corpus")

# The real documents, in sorted order (bench.py's selection: every folder but
# legacy-encodings and dictionaries), HTML tags dropped, blanks collapsed but
# line breaks kept (a break ends a two-syllable word for the index).
EXCLUDE = {"legacy-encodings", "dictionaries"}
TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]*>", re.S | re.I)
CLAUSE = re.compile(r"[.,;:?!](?= )")
DIGITS = re.compile(r"\d{3,}")
docs = []
for sub in sorted(os.listdir(corpus)) if os.path.isdir(corpus) else []:
    d = os.path.join(corpus, sub)
    if sub in EXCLUDE or not os.path.isdir(d):
        continue
    for root, dirs, files in os.walk(d):
        dirs.sort()
        for f in sorted(files):
            if not f.endswith((".txt", ".md", ".html", ".htm")) or f in ("SOURCE.md", "README.md"):
                continue
            with open(os.path.join(root, f), encoding="utf-8", errors="replace") as fh:
                t = fh.read()
            if f.endswith((".html", ".htm")):
                t = TAG.sub(" ", t)
            t = "\n".join(" ".join(l.split()) for l in t.split("\n") if l and not l.isspace())
            if t.count(" ") >= 20:
                docs.append(" " + t + " ")
if not docs:
    sys.exit("gen: no real text to learn from under " + corpus)
ends, n = [], 0
for t in docs:
    n += len(t)
    ends.append(n)

def lines_of(path, strip_affix=False):
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            ls = [l.strip() for l in fh]
    except OSError:
        return []
    if strip_affix:
        ls = [l.split("/")[0] for l in ls[1:]]
    return [l for l in ls if l and not l.isascii()]

syllables = lines_of(os.path.join(corpus, "dictionaries/hunspell-vi/vi_VN.dic"), True) or docs[0].split()
words = lines_of(os.path.join(corpus, "dictionaries/hongocduc-words/words.txt")) or docs[0].split()

ISSUERS = [("CP", "Chính phủ", "NĐ"), ("TTg", "Thủ tướng Chính phủ", "QĐ"),
           ("BTC", "Bộ Tài chính", "TT"), ("BTP", "Bộ Tư pháp", "TT"),
           ("BGDĐT", "Bộ Giáo dục và Đào tạo", "TT"), ("BYT", "Bộ Y tế", "TT"),
           ("BNV", "Bộ Nội vụ", "TT"), ("NHNN", "Ngân hàng Nhà nước Việt Nam", "TT"),
           ("UBND", "Ủy ban nhân dân tỉnh", "QĐ"), ("TW", "Ban Chấp hành Trung ương", "NQ"),
           ("TW", "Ban Bí thư", "QĐ"), ("QH", "Quốc hội", "L")]
TYPES = {"NĐ": "Nghị định", "QĐ": "Quyết định", "TT": "Thông tư", "NQ": "Nghị quyết", "L": "Luật"}
PLACES = ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế"]

def number(rng):
    code, name, t = rng.choice(ISSUERS)
    y = rng.randint(1995, 2026)
    n = rng.randint(1, 400)
    if code == "TW":
        return f"{n}-{t}/TW", t, name, y
    if code == "QH":
        return f"{n}/{y}/QH{rng.randint(10, 15)}", t, name, y
    if code == "UBND":
        return f"{n}/{y}/QĐ-UBND", t, name, y
    return f"{n}/{y}/{t}-{code}", t, name, y

def date(rng, y):
    return rng.randint(1, 28), rng.randint(1, 12), y

class Topic:
    """What one document is about: a model document read in order (a cursor
    that skips about one run for each run it takes, wrapping round), three
    neighbours on each side, its own rare words and its own cited documents."""
    def __init__(self, rng, m, size):
        self.text = docs[m]
        self.cur = rng.randrange(len(self.text))
        self.near = [docs[j] for j in range(max(0, m - 3), min(len(docs), m + 4)) if j != m] or [self.text]
        k = 4 + size // 4000
        self.rare = [rng.choice(syllables) for _ in range(k)] + [rng.choice(words) for _ in range(k // 2)]
        self.cites = [number(rng) for _ in range(3 + size // 10000)]
        self.numbers = {}

    def renumber(self, m):
        """A number of three digits or more (an amount, a code, a count) is
        the document's own: new digits, the same each time it recurs. The
        leading digit stays, and a leading year (2021, 20210422) stays."""
        s = m.group()
        keep = 4 if s[:2] in ("19", "20") else 1
        if len(s) <= keep or len(s) > 18:
            return s
        n = self.numbers.get(s)
        if n is None:
            k = len(s) - keep
            n = self.numbers[s] = s[:keep] + str(rng.randrange(10 ** k)).zfill(k)
        return n

def take(rng, t, pos):
    """2–6 whole tokens of text t from the first space at or after pos, and the end."""
    a = t.find(" ", pos)
    if a < 0 or a > len(t) - 2:
        a = 0
    b = a
    for _ in range(2 + int(rng.random() * 5)):
        c = t.find(" ", b + 1)
        if c < 0:
            return t[a + 1:b], b
        b = c
    if t[b - 1] not in ".,;:?!":  # on to the end of the clause, if it is near
        m = CLAUSE.search(t, b, b + 96)
        if m:
            b = m.end()
        else:
            b = max(b, t.rfind(" ", b, b + 96))
    return t[a + 1:b], b

def run(rng, tp):
    r = rng.random()
    if r < 0.85:
        s, b = take(rng, tp.text, tp.cur)
        tp.cur = b + rng.randrange(2 * (len(s) + 1))
        if tp.cur >= len(tp.text) - 2:
            tp.cur = 0
    else:
        if r < 0.95:
            t = rng.choice(tp.near)
        else:
            t = docs[bisect.bisect(ends, rng.randrange(ends[-1]))]
        s = take(rng, t, rng.randrange(len(t)))[0]
    return DIGITS.sub(tp.renumber, s)

def sentence(rng, tp):
    out, n, want = [], 0, rng.randint(8, 30)
    while n < want:
        r = rng.random()
        if r < 0.03:
            out.append(rng.choice(tp.rare))
            n += 1
        elif r < 0.05:
            num, t, name, y = rng.choice(tp.cites)
            d, m, y = date(rng, y)
            form = rng.randrange(3)
            if form == 0:
                out += [TYPES[t], "số", num, f"ngày {d}/{m}/{y}", "của", name]
            elif form == 1:
                out += [TYPES[t].lower(), num, f"ngày {d} tháng {m} năm {y}"]
            else:
                out += ["theo", num]
            n += 4
        else:
            s = run(rng, tp)
            out.append(s)
            n += s.count(" ") + 1
    s = " ".join(out).strip(" ,;.")
    return s[:1].upper() + s[1:] + "."

def document(rng, m, size):
    tp = Topic(rng, m, size)
    num, t, name, y = number(rng)
    d, m, y = date(rng, y)
    parts = [name.upper(), f"Số: {num}", f"{rng.choice(PLACES)}, ngày {d} tháng {m} năm {y}", "",
             TYPES[t].upper(), sentence(rng, tp).rstrip("."), ""]
    n, art = sum(len(p) for p in parts), 0
    while n < size:
        art += 1
        head = f"Điều {art}. {sentence(rng, tp).rstrip('.')}"
        para = " ".join(sentence(rng, tp) for _ in range(rng.randint(2, 6)))
        parts += [head, para, ""]
        n += len(head) + len(para)
    return "\n".join(parts) + "\n"

target, written, i = int(mb * (1 << 20)), 0, 0
while written < target:
    m = rng.randrange(len(docs))
    size = int(min(2_000_000, max(800, len(docs[m]) * rng.lognormvariate(0, 0.3))))
    text = document(rng, m, size).encode()
    d = os.path.join(out, f"{i // 1000:03d}")
    if i % 1000 == 0:
        os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"{i:06d}.txt"), "wb") as fh:
        fh.write(text)
    written += len(text)
    i += 1
print(f"gen: {i} documents, {written / 1e6:.1f} MB in {out} (seed {seed})", file=sys.stderr)
