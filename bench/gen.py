#!/usr/bin/env python3
"""gen.py — a synthetic scale corpus of realistic Vietnamese regulation text.

usage: gen.py SHARED OUTDIR MEGABYTES [SEED]

Deterministic for a given SEED (default 1) and corpus. The text is stitched
from short runs (2–6 syllables) drawn at random positions from a token stream
of the real corpus, so syllable and adjacent-pair frequencies follow it; one
syllable in fifty is drawn from hunspell-vi's syllable list and one word in a
hundred from Hồ Ngọc Đức's word list (the rare tail). Each document has a
letterhead (issuer, number, place and date, type, subject), numbered articles,
and cites other documents by number, date and issuer, in the spellings the
real corpus uses. Writes OUTDIR/NNN/NNNNNN.txt, 1000 files a folder; document
sizes are log-normal around the real corpus's (median about 10 KB)."""
import os, random, sys

shared, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
rng = random.Random(seed)
corpus = os.path.join(shared, "corpus")

# The real token stream: the first 8 MB of law texts and news, in sorted order.
stream, budget = [], 8 << 20
for sub in ("uts-vlc-laws", "congbao-8chude", "news-dantri-unc"):
    d = os.path.join(corpus, sub)
    for root, dirs, files in sorted(os.walk(d)):
        dirs.sort()
        for f in sorted(files):
            if not f.endswith(".txt") or budget <= 0:
                continue
            with open(os.path.join(root, f), encoding="utf-8", errors="replace") as fh:
                t = fh.read(400_000)
            budget -= len(t.encode())
            stream.extend(w for w in t.split() if len(w) < 20)
if not stream:
    sys.exit("gen: no real text to learn from under " + corpus)

def lines_of(path, strip_affix=False):
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            ls = [l.strip() for l in fh]
    except OSError:
        return []
    if strip_affix:
        ls = [l.split("/")[0] for l in ls[1:]]
    return [l for l in ls if l and not l.isascii()]

syllables = lines_of(os.path.join(corpus, "dictionaries/hunspell-vi/vi_VN.dic"), True) or stream
words = lines_of(os.path.join(corpus, "dictionaries/hongocduc-words/words.txt")) or stream

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

def run(rng):
    i = rng.randrange(len(stream) - 6)
    return stream[i:i + rng.randint(2, 6)]

def sentence(rng):
    out = []
    while len(out) < rng.randint(8, 30):
        r = rng.random()
        if r < 0.02:
            out.append(rng.choice(syllables))
        elif r < 0.03:
            out.append(rng.choice(words))
        elif r < 0.05:
            num, t, name, y = number(rng)
            d, m, y = date(rng, y)
            form = rng.randrange(3)
            if form == 0:
                out += [TYPES[t], "số", num, f"ngày {d}/{m}/{y}", "của", name]
            elif form == 1:
                out += [TYPES[t].lower(), num, f"ngày {d} tháng {m} năm {y}"]
            else:
                out += ["theo", num]
        else:
            out += run(rng)
    s = " ".join(out).strip(" ,;.")
    return s[:1].upper() + s[1:] + "."

def document(rng, size):
    num, t, name, y = number(rng)
    d, m, y = date(rng, y)
    parts = [name.upper(), f"Số: {num}", f"{rng.choice(PLACES)}, ngày {d} tháng {m} năm {y}", "",
             TYPES[t].upper(), sentence(rng).rstrip("."), ""]
    n, art = sum(len(p) for p in parts), 0
    while n < size:
        art += 1
        head = f"Điều {art}. {sentence(rng).rstrip('.')}"
        para = " ".join(sentence(rng) for _ in range(rng.randint(2, 6)))
        parts += [head, para, ""]
        n += len(head) + len(para)
    return "\n".join(parts) + "\n"

target, written, i = int(mb * (1 << 20)), 0, 0
while written < target:
    size = int(min(200_000, max(800, rng.lognormvariate(9.2, 0.9))))
    text = document(rng, size).encode()
    d = os.path.join(out, f"{i // 1000:03d}")
    if i % 1000 == 0:
        os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"{i:06d}.txt"), "wb") as fh:
        fh.write(text)
    written += len(text)
    i += 1
print(f"gen: {i} documents, {written / 1e6:.1f} MB in {out} (seed {seed})", file=sys.stderr)
