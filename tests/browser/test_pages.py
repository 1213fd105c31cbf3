# test_pages.py — `tracuu serve` in headless Chromium: search, facets, card, document at its article, export, no-JS, a hostile document.
"""Run by tests/e2e/browser.sh (which builds the index): drives the pages as a
user would through WebDriver and saves a screenshot of each step in SHOTS.
Environment: TRACUU, DB (the index), WORK (scratch), SHOTS (screenshots),
TRACUU_SRCDIR. Exit 0 all checks passed, 1 some failed, 77 no browser."""
import json
import os
import re
import sys
import time
import urllib.parse
import urllib.request

SRC = os.environ["TRACUU_SRCDIR"]
sys.dont_write_bytecode = True  # the source tree may be read-only (distcheck)
sys.path.insert(0, os.path.join(SRC, "tests", "browser"))
sys.path.insert(0, os.path.join(SRC, "bench"))
import webdriver  # noqa: E402
from serve_bench import said, start_server, stop_server  # noqa: E402

TRACUU, DB, WORK, SHOTS = (os.environ[k] for k in ("TRACUU", "DB", "WORK", "SHOTS"))
os.makedirs(SHOTS, exist_ok=True)
checks = failed = 0


def check(cond, what, detail=""):
    global checks, failed
    checks += 1
    if not cond:
        failed += 1
        print(f"FAIL: {what}" + (f" ({detail})" if detail else ""), file=sys.stderr, flush=True)
    return cond


def shot(b, name):
    path = b.screenshot(os.path.join(SHOTS, name + ".png"))
    print(f"screenshot: {path}", flush=True)


def fetch(url):
    """(status, headers, body text) of a GET, whatever the status."""
    try:
        with urllib.request.urlopen(url, timeout=20) as r:
            return r.status, r.headers, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8", "replace")


def texts(b, css):
    return [e.text for e in b.find_all(css)]


def search_box_query(b, base, query, what):
    """Types a query into the home page's box and submits it with Enter: the results page."""
    b.get(base + "/")
    box = b.wait_for("#q", what="the search box #q")
    box.clear()
    box.send_keys(query + webdriver.ENTER)
    b.wait_until(lambda: "/search" in b.url, what=f"the results page after typing {what}")
    b.wait_for(".result, #total, .error", what=f"results for {what}")
    return texts(b, ".result")


def step(name, fn, *a):
    """One part of the walk: a broken part fails its checks and the rest go on."""
    t0 = time.monotonic()
    try:
        fn(*a)
    except Exception as e:  # noqa: BLE001 — any breakage of one part is its failure
        check(False, f"{name}: {type(e).__name__}", str(e)[:600])
    print(f"step {name}: {time.monotonic() - t0:.1f} s", flush=True)


# ---- the walk, scripts on ------------------------------------------------------
def searching(b, base):
    with_marks = search_box_query(b, base, "quy định 57", "'quy định 57'")
    shot(b, "01-search-marks")
    check(len(with_marks) >= 3, "'quy định 57' typed with marks: at least 3 results", f"{len(with_marks)}")
    cards = texts(b, ".card")
    check(any("57-QĐ/TW" in c for c in cards), "the card of 57-QĐ/TW above the results", f"cards: {cards!r:.300}")
    check(any("Ban Bí thư" in c for c in cards), "the card names its issuing body")
    check(b.find("#q").attribute("value") == "quy định 57", "the box keeps the query typed")
    check(b.execute("return document.documentElement.lang") == "vi", "the page is in Vietnamese")
    english = next((a for a in b.find_all(".lang a") if a.text == "English"), None)
    if check(english is not None, "a link to the English labels"):
        english.click()
        b.wait_until(lambda: "lang=en" in b.url, what="the English page")
        check(b.find("#total").text == f"{len(with_marks)} results", "in English: the total",
              b.find("#total").text)
        check(b.find("#q").attribute("value") == "quy định 57", "in English: the same query")
    without = search_box_query(b, base, "quy dinh 57", "'quy dinh 57'")
    shot(b, "02-search-no-marks")
    check(len(without) == len(with_marks), "without marks: the same results",
          f"{len(without)} against {len(with_marks)}")
    check(any("57-QĐ/TW" in t for t in without), "a result shows the number with its marks")
    check(b.find_all(".result mark"), "the matches are marked in the excerpts")
    none = search_box_query(b, base, "xyzzyqqq", "a word in no document")
    check(not none, "a word in no document: no results", f"{len(none)}")
    check("Không có kết quả" in b.find("#total").text, "no results is said", b.find("#total").text)


def facets(b, base):
    b.get(base + "/search?q=" + urllib.parse.quote("quy định"))
    b.wait_for(".result", what="results for 'quy định'")
    before = texts(b, ".result")
    links = b.find_all(".facet a")
    check(len(links) >= 2, "facets to narrow by", f"{len(links)} links")
    # A type facet: the link that narrows to 'Nghị định' (one document of the index).
    target = next((a for a in links if "Nghị định" in a.text and "type" in (a.attribute("href") or "")), None)
    if not check(target is not None, "a type facet 'Nghị định'", f"{[a.text for a in links]!r:.400}"):
        return
    shot(b, "03-facets-before")
    target.click()
    b.wait_until(lambda: "type" in b.url, what="the URL narrowed by type")
    b.wait_for(".result", what="results after the facet")
    after = texts(b, ".result")
    shot(b, "04-facet-narrowed")
    check(0 < len(after) < len(before), "the type facet narrows the results", f"{len(before)} → {len(after)}")
    check(all("Nghị định" in t for t in after), "every narrowed result is a Nghị định", f"{after!r:.400}")
    check(b.find("#q").attribute("value") in ("quy định", "quy định type:Nghị định", "quy định type:NĐ"),
          "the box still holds the query", b.find("#q").attribute("value"))
    # A wide window: the facets beside the results, shown without a click.
    b.get(base + "/search?q=" + urllib.parse.quote("quy định"))
    b.wait_for(".result")
    place = b.execute("""const f = document.querySelector('.facets').getBoundingClientRect(),
            r = document.querySelector('.result').getBoundingClientRect(),
            a = document.querySelector('.facet a').getBoundingClientRect();
        return [f.left >= r.right, a.height > 0,
                getComputedStyle(document.querySelector('.facets > summary')).display]""")
    check(place == [True, True, "none"], "on a wide screen the facets are beside the results, unfolded",
          f"{place}")


def card(b, base):
    # From the results: the card's number links to its page.
    search_box_query(b, base, "57/qd-tw", "'57/qd-tw'")
    link = next((a for a in b.find_all(".card a") if "/cite/" in (a.attribute("href") or "")), None)
    if check(link is not None, "the card in the results links to the card page"):
        link.click()
        b.wait_until(lambda: "/cite/" in b.url, what="the card page")
    else:
        b.get(base + "/cite/" + urllib.parse.quote("57-qđ/tw", safe=""))
    c = b.wait_for(".card", what="the card on its page")
    shot(b, "05-card")
    t = c.text
    check("57-QĐ/TW" in t, "the card page names the number", t[:200])
    check("Ban Bí thư" in t and "2022" in t, "the card page gives the body and the date", t[:400])
    body = b.find("body").text
    check(body.count("57-QĐ/TW") >= 3, "the citing documents and their sentences are shown")
    # Every spelling reaches the same card.
    for spelling in ("57-QĐ/TW", "57/qd-tw", "57 - QĐ/TW"):
        b.get(base + "/cite/" + urllib.parse.quote(spelling, safe=""))
        cs = texts(b, ".card")
        check(cs and "57-QĐ/TW" in cs[0], f"/cite/{spelling} shows the card", f"{cs!r:.200}")
    # A number nobody cites, and text that is no number: each says so, no card.
    for spelling, why in (("999/2020/NĐ-CP", "999/2020/NĐ-CP: không văn bản nào"),
                          ("999-XX/ZZ", "không phải số hiệu văn bản")):
        b.get(base + "/cite/" + urllib.parse.quote(spelling, safe=""))
        errs = texts(b, ".error .why")
        check(not b.find_all(".card") and errs and why in errs[0], f"/cite/{spelling} says why there is no card",
              f"{errs!r:.200}")


def in_view(b, css):
    """Whether the page is at the element, as a link to it lands: its top in the upper half
    of the window, or lower with the page scrolled as far as it goes."""
    top, height, bottom = b.execute(
        "const e = document.querySelector(arguments[0]), d = document.documentElement;"
        "return [e.getBoundingClientRect().top, window.innerHeight,"
        "        window.scrollY + window.innerHeight >= d.scrollHeight - 2]", css)
    return -2 <= top < height and (top < height / 2 or bottom), f"top {top}, window {height}"


def document(b, base):
    # The Press Law (Luật Báo chí): its title in the results opens it at the excerpt,
    # the matches marked; the result's article link opens it at that article.
    search_box_query(b, base, '"trang chủ"', "a phrase of the Press Law")
    links = b.find_all(".result h2 a[href*='/doc/']")
    if not check(links, "a result links to its document page"):
        return
    links[0].click()
    b.wait_for("#doc", what="the document #doc")
    shot(b, "06-document-from-search")
    check(b.url.endswith("#excerpt"), "the title opens the document at the excerpt", b.url)
    ok, why = in_view(b, "#excerpt")
    check(ok, "the page is scrolled to the excerpt", why)
    check(b.find_all("#doc mark"), "the matches are marked when arriving from a search")
    # The paragraph highlighted is the one holding the match (¶13, "Trang chủ là…"),
    # not the one above it where the excerpt's window starts.
    held = b.execute("""const e = document.querySelector('#excerpt');
        const p = e.tagName === 'SPAN' ? e.parentElement : e;
        return p.querySelector('mark') ? 'held' : p.textContent.slice(0, 80);""")
    check(held == "held", "the paragraph at #excerpt holds a match", held)
    seen = b.execute("""const m = Array.from(document.querySelectorAll('#doc mark'))
            .find(e => e.textContent.toLowerCase() === 'trang chủ');
        if (!m) return 'no mark';
        const r = m.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight ? 'seen' : 'top ' + r.top;""")
    check(seen == "seen", "the phrase's mark is in the window on arrival", seen)
    meta = b.find("body").text
    check("Quốc hội" in meta and "103/2016/QH13" in meta, "the document page shows its metadata")
    b.back()
    art = b.wait_for(".result .article a", what="the result's article link")
    # Article 3 and the clause of its match ("Điều 3. Giải thích từ ngữ (khoản 13)"),
    # linked at the clause's anchor (#dieu-3-khoan-13), as `tracuu search` names it.
    check(art.text.startswith("Điều 3."), "the result names its article", art.text)
    art.click()
    el = b.wait_for("#dieu-3", what="the anchor #dieu-3")
    anchor = b.url.split("#")[-1]
    check(re.fullmatch(r"dieu-3(-khoan-\d+)?", anchor), "the article link's URL ends in #dieu-3…", b.url)
    check(el.text.startswith("Điều 3."), "#dieu-3 is article 3", el.text[:100])
    ok, why = in_view(b, "#" + anchor)
    check(ok, "the page opens at article 3's clause", why)
    shot(b, "07-document-article")
    # Arriving at the article from a result, the words are marked there as from its
    # title (h14h: the article link dropped the search, the article had no mark).
    check("?q=" in b.url, "the article link carries the search", b.url)
    marked = b.execute("""const a = document.querySelector('#dieu-3'); let n = 0;
        for (const m of document.querySelectorAll('#doc mark'))
            if (a.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) n++;
        return n;""")
    check(marked > 0, "the matches are marked from the article on", f"{marked}")
    b.get(b.url.split("?")[0] + "#dieu-3")
    check(not b.find_all("#doc mark"), "no marks when not arriving from a search")
    # Article 4 from a typed link.
    b.get(b.url.split("#")[0] + "#dieu-4")
    ok, why = in_view(b, "#dieu-4")
    check(ok, "a link to #dieu-4 opens at article 4", why)
    # Its chapter from the contents: a heading with an id (#chuong-i), its title in it.
    b.execute("document.querySelector('nav.toc details').open = true")
    toc = b.wait_for("nav.toc li.division a", what="the contents' chapter link")
    check(toc.text.startswith("Chương I"), "the contents name the chapter", toc.text)
    toc.click()
    check(b.url.endswith("#chuong-i"), "the chapter's link is #chuong-i", b.url)
    ok, why = in_view(b, "#chuong-i")
    check(ok, "the page opens at the chapter", why)
    head = b.find("#chuong-i")
    check(b.execute("return document.getElementById('chuong-i').tagName") == "H2" and
          "NHỮNG QUY ĐỊNH CHUNG" in head.text, "the chapter is a heading holding its title", head.text)
    shot(b, "07b-document-chapter")


def export_links(b):
    """{format: href} of the page's export control."""
    out = {}
    for a in b.find_all(".export a"):
        fmt = (a.attribute("data-format") or a.text or "").strip().lower().replace(" ", "-")
        out.setdefault(fmt, a.attribute("href"))
    return out


def exported(b, page, fmt):
    """The text the page's export control gives in fmt, fetched as the browser would; None if absent."""
    links = export_links(b)
    if not check(fmt in links, f"{page}: the export control offers {fmt}", f"{sorted(links)}"):
        return None
    status, headers, text = fetch(links[fmt])
    check(status == 200, f"{page}: export {fmt}: HTTP 200", f"{status} for {links[fmt]}")
    ext = {"bibtex": ".bib", "csl-json": ".json", "ris": ".ris"}.get(fmt)
    if ext and "download=1" in links[fmt]:
        cd = headers.get("Content-Disposition", "")
        check(cd.startswith("attachment") and re.search('filename="[^"/]+' + re.escape(ext) + '"', cd),
              f"{page}: export {fmt} downloads as a {ext} file", cd)
    return text


def downloaded(b, page, fmt, expected):
    """Clicks the export link for fmt and checks the file the browser saves holds `expected`."""
    folder = os.path.join(WORK, "downloads", page + "-" + fmt)
    os.makedirs(folder, exist_ok=True)
    b.cdp("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": folder})
    link = next((a for a in b.find_all(".export a") if a.attribute("data-format") == fmt), None)
    if not check(link is not None, f"{page}: a {fmt} link to click"):
        return
    link.click()

    def finished():
        # Chromium may show the final name before the bytes are in it (a slow,
        # sanitised server): the download is finished when no partial file is
        # left beside it and what it holds is the same on two looks in a row.
        names = os.listdir(folder)
        done = [f for f in names if not f.endswith(".crdownload")]
        if not done or len(names) != len(done):
            return None
        path = os.path.join(folder, done[0])
        with open(path, encoding="utf-8") as f:
            first = f.read()
        time.sleep(0.1)
        with open(path, encoding="utf-8") as f:
            second = f.read()
        return (done[0], second) if first and first == second else None
    try:
        name, got = b.wait_until(finished, what=f"the {fmt} download")
    except webdriver.WebDriverError as e:
        check(False, f"{page}: clicking {fmt} saves a file", str(e))
        return
    check(got == expected, f"{page}: the {fmt} file the browser saved ({name}) is the export", got[:200])


def csl_item(page, text, number):
    if text is None:  # no such link: failed already
        return {}
    try:
        v = json.loads(text)
    except (TypeError, ValueError) as e:
        check(False, f"{page}: the CSL-JSON parses", f"{e}: {str(text)[:200]}")
        return {}
    check(isinstance(v, list) and len(v) == 1, f"{page}: CSL-JSON is a list of one item", str(text)[:200])
    item = v[0] if isinstance(v, list) and v else {}
    check(item.get("number") == number, f"{page}: CSL-JSON number", repr(item)[:300])
    check(item.get("type") in ("legislation", "regulation"), f"{page}: CSL-JSON type", str(item.get("type")))
    check(item.get("jurisdiction") == "vn" and item.get("language") == "vi",
          f"{page}: CSL-JSON jurisdiction and language", repr(item)[:300])
    return item


def export(b, base):
    # A card: 57-QĐ/TW, issued by Ban Bí thư on 8 February 2022.
    b.get(base + "/cite/" + urllib.parse.quote("57-QĐ/TW", safe=""))
    b.wait_for(".card", what="the card")
    if not check(b.find_all(".export"), "an export control on the card page"):
        return
    bib = exported(b, "card", "bibtex")
    if bib is not None:
        check(re.search(r"^@legislation\{[^,\s]+,$", bib, re.M), "card: a biblatex @legislation entry", bib[:200])
        check("57-QĐ/TW" in bib and "Ban Bí thư" in bib and "2022-02-08" in bib,
              "card: the BibTeX has the number, the body and the date", bib[:400])
        check(bib.count("{") == bib.count("}"), "card: the BibTeX's braces balance")
        # The entry shown on the page to copy is the same.
        shown = b.find_all(".export pre")
        if shown:
            summary = b.find_all(".export summary")
            if summary:
                summary[0].click()
            shot(b, "08-export-card")
            check(shown[0].text.strip() == bib.strip(), "card: the entry shown is the one downloaded",
                  shown[0].text[:200])
        downloaded(b, "card", "bibtex", bib)
    csl = exported(b, "card", "csl-json")
    if csl is not None:
        downloaded(b, "card", "csl-json", csl)
    item = csl_item("card", csl, "57-QĐ/TW")
    if item:
        check(item.get("issued", {}).get("date-parts") == [[2022, 2, 8]], "card: CSL-JSON issued date-parts",
              repr(item.get("issued")))
        check(item.get("authority") == "Ban Bí thư", "card: CSL-JSON authority", repr(item.get("authority")))
    ris = exported(b, "card", "ris")
    if ris is not None:
        check(ris.startswith("TY  - STAT") and re.search(r"^ER  - ?$", ris, re.M), "card: RIS TY STAT … ER", ris[:200])
    # A document: the Press Law.
    search_box_query(b, base, "103/2016/QH13", "the Press Law's number")
    link = next((a for a in b.find_all(".result h2 a") if "/doc/" in (a.attribute("href") or "")), None)
    if not check(link is not None, "the Press Law in the results"):
        return
    link.click()
    b.wait_for("#doc", what="the Press Law's page")
    check(b.find_all(".export"), "an export control on the document page")
    item = csl_item("document", exported(b, "document", "csl-json"), "103/2016/QH13")
    if item:
        check(item.get("authority") == "Quốc hội", "document: CSL-JSON authority", repr(item.get("authority")))
        check(item.get("issued", {}).get("date-parts") == [[2016, 4, 5]], "document: CSL-JSON issued",
              repr(item.get("issued")))
        check("Báo chí" in item.get("title", ""), "document: CSL-JSON title", repr(item.get("title")))
    bib = exported(b, "document", "bibtex")
    if bib is not None:
        check("103/2016/QH13" in bib and "@legislation" in bib, "document: BibTeX", bib[:300])
    shot(b, "08-export-document")


def result_ids(b):
    return [re.search(r"/doc/(\d+)", a.attribute("href") or "").group(1)
            for a in b.find_all(".result h2 a[href*='/doc/']")]


def sort_by_date(b, base, query, submit, what):
    """Chooses 'newest first' in the sort box (submit: also press the form's button) and
    checks the page's order: the API's for the same query, sure dates newest first (an
    inferred year sorts with the undated, after them, as on the command line)."""
    b.find("#sort option[value='date']").click()
    if submit:
        b.find("form.refine button").click()
    b.wait_until(lambda: "sort=date" in b.url, what="the results sorted by date")
    b.wait_for(".result", what="the sorted results")
    status, _, text = fetch(f"{base}/api/search?q={urllib.parse.quote(query)}&sort=date&n=50")
    api = json.loads(text)["results"] if status == 200 else []
    sure = [r["date"] for r in api if r.get("date") and not r.get("date_inferred")]
    check(len(sure) >= 3 and sure == sorted(sure, reverse=True), f"{what}: the API's sure dates newest first", f"{sure}")
    check(result_ids(b) == [str(r["id"]) for r in api], f"{what}: the page in the API's order",
          f"{result_ids(b)} against {[r['id'] for r in api]}")


def script_niceties(b, base):
    # app.js runs (so the CSP lets the page's own script in): the box takes the focus on the
    # home page, "/" brings it back, choosing an order applies it at once.
    b.get(base + "/")
    b.wait_for("#q")
    check(b.execute("return document.activeElement && document.activeElement.id") == "q",
          "the home page's box has the focus (app.js ran)")
    b.get(base + "/search?q=" + urllib.parse.quote("quy định"))
    b.wait_for(".result")
    b.execute("document.activeElement && document.activeElement.blur()")
    b.keys("/")
    check(b.execute("return document.activeElement && document.activeElement.id") == "q",
          "'/' puts the cursor in the box")
    sort_by_date(b, base, "quy định", False, "newest first, at once")
    shot(b, "04b-sorted-by-date")


def keyboard(b, base):
    # Keyboard only: from the box, a few Tabs reach "skip to the results", Enter goes there,
    # and the next Tab is the first result's link, not the refining form and every facet.
    b.get(base + "/search?q=" + urllib.parse.quote("quy định"))
    b.wait_for(".result")
    b.execute("document.getElementById('q').focus()")
    active = "return document.activeElement ? document.activeElement.className : ''"
    tabs = 0
    while tabs < 6 and b.execute(active) != "skip":
        b.keys("\ue004")  # Tab
        tabs += 1
    check(b.execute(active) == "skip", "Tab from the box reaches 'skip to the results'",
          f"after {tabs} Tabs the focus is on class '{b.execute(active)}'")
    check(b.execute("return getComputedStyle(document.activeElement).position") == "static",
          "the skip link shows when it has the focus")
    shot(b, "04c-keyboard-skip")
    b.keys("\ue007")  # Enter
    b.keys("\ue004")
    first = b.execute("var a = document.activeElement; return a && a.closest('li.result') ? "
                      "a.closest('li.result').getAttribute('value') + ' ' + a.tagName : ''")
    check(first == "1 A", "then Tab is on the first result's link", f"the focus: '{first}'")


# ---- the same pages without JavaScript -----------------------------------------
def no_script(b, base):
    found = search_box_query(b, base, "quy dinh 57", "'quy dinh 57' with scripts off")
    shot(b, "09-noscript-search")
    check(len(found) >= 3, "scripts off: the form still searches", f"{len(found)}")
    check(any("57-QĐ/TW" in c for c in texts(b, ".card")), "scripts off: the card is there")
    found = search_box_query(b, base, "quy dinh", "'quy dinh' with scripts off")
    links = [a for a in b.find_all(".facet a") if "type" in (a.attribute("href") or "")]
    if check(links, "scripts off: facet links"):
        n = len(found)
        links[0].click()
        b.wait_until(lambda: "type" in b.url, what="the narrowed URL")
        after = texts(b, ".result")
        check(0 < len(after) <= n, "scripts off: a facet narrows", f"{n} → {len(after)}")
    b.get(base + "/search?q=" + urllib.parse.quote("quy định"))
    b.wait_for(".result")
    sort_by_date(b, base, "quy định", True, "scripts off: newest first with the button")
    b.get(base + "/cite/" + urllib.parse.quote("57-QĐ/TW", safe=""))
    check(b.find_all(".card"), "scripts off: the card page")
    b.get(base + "/")
    check(b.execute("return document.activeElement && document.activeElement.id") != "q",
          "scripts off: app.js did not run (the session really has JavaScript off)")


# ---- a hostile document --------------------------------------------------------
def hostile(b, base, label):
    b.get(base + "/search?q=" + urllib.parse.quote('"thử nghiệm độc hại"'))
    b.wait_for(".result", what="the hostile documents in the results")
    shot(b, f"10-hostile-results-{label.replace(' ', '-')}")
    pwned = b.execute("return window.__pwned === undefined ? null : String(window.__pwned)")
    check(pwned is None, f"{label}: no script of a document ran on the results page", f"flag {pwned}")
    check(b.alert_text() is None, f"{label}: no alert on the results page")
    body = b.find("body").text
    check("<script>window.__pwned='text'</script>" in body and 'onerror="window.__pwned' in body,
          f"{label}: the documents' markup shows as text in the results", body[:300])
    injected = b.execute("""return Array.from(document.querySelectorAll('script')).filter(s => !s.src).length
        + document.querySelectorAll('[onerror],[onclick],[onload],iframe,object,embed').length
        + Array.from(document.querySelectorAll('a[href]')).filter(a => /^\\s*javascript:/i.test(a.getAttribute('href'))).length""")
    check(injected == 0, f"{label}: no inline script, handler or javascript: link on the results page", f"{injected}")
    ids = []
    for a in b.find_all(".result a[href*='/doc/']"):
        m = re.search(r"/doc/(\d+)", a.attribute("href") or "")
        if m and m.group(1) not in ids:
            ids.append(m.group(1))
    check(len(ids) == 2, f"{label}: the two hostile documents found", f"{ids}")
    for n, i in enumerate(ids):
        b.get(f"{base}/doc/{i}")
        b.wait_for("#doc", what="the hostile document")
        shot(b, f"11-hostile-doc-{label.replace(' ', '-')}-{n}")
        pwned = b.execute("return window.__pwned === undefined ? null : String(window.__pwned)")
        check(pwned is None, f"{label}: no script of document {i} ran", f"flag {pwned}")
        check(b.alert_text() is None, f"{label}: no alert on document {i}")
        injected = b.execute("""return Array.from(document.querySelectorAll('#doc script, #doc img, #doc iframe, #doc [onerror], #doc [onclick]')).length
            + Array.from(document.querySelectorAll('a[href]')).filter(a => /^\\s*javascript:/i.test(a.getAttribute('href'))).length""")
        check(injected == 0, f"{label}: document {i} has no element made from its markup", f"{injected}")
        text = b.find("#doc").text
        check("<script>" in text or "onerror" in text, f"{label}: document {i}'s markup is shown as text", text[:300])
        controls = b.execute("return (document.body.textContent.match(/[\\u0000-\\u0008\\u000b\\u000e-\\u001f\\u007f]/g) || []).length")
        check(controls == 0, f"{label}: document {i} shows no control character", f"{controls}")
        if "văn bản thô" in b.find("h1").text:
            check("ký tự điều khiển" in text and "hết." in text, f"{label}: the text around the control characters is shown",
                  text[-200:])


def phone(b, base):
    """At a phone's width every page fits: no sideways scrolling."""
    # The facets: a folded block above the results, opened by a tap (no script).
    b.get(base + "/search?q=" + urllib.parse.quote("quy định"))
    b.wait_for(".result")
    place = b.execute("""const f = document.querySelector('.facets').getBoundingClientRect(),
            r = document.querySelector('.result').getBoundingClientRect();
        return [f.bottom <= r.top, document.querySelector('.facets').open,
                document.querySelector('.facet a').checkVisibility()]""")
    check(place == [True, False, False], "on a phone the facets are a folded block above the results",
          f"{place}")
    shot(b, "12-phone-facets-folded")
    b.find(".facets > summary").click()
    opened = b.execute("return document.querySelector('.facet a').checkVisibility()")
    check(opened, "a tap on it shows the facets", f"{opened}")
    shot(b, "12-phone-facets-open")
    # A run no line can break (a form's dotted blank) in an excerpt and in a
    # text: it wraps, the page is no wider (h13h: "chỉ:……………" made a result
    # list 506 px wide on a 400 px phone).
    run = "/search?q=" + urllib.parse.quote("hợp đồng làm chứng")
    pages = (("results", lambda: search_box_query(b, base, "quy dinh 57", "on a phone")),
             ("card", lambda: b.get(base + "/cite/" + urllib.parse.quote("57-QĐ/TW", safe=""))),
             ("document", lambda: b.get(base + "/doc/" + result_id_of(base, "103/2016/QH13") + "#dieu-3")),
             ("results with a long run", lambda: b.get(base + run)),
             ("document with a long run", lambda: b.get(base + "/doc/" + result_id_of(base, "người làm chứng"))))
    for name, go in pages:
        go()
        b.wait_for(".result, .card, #doc")
        for summary in b.find_all(".export summary"):  # the BibTeX to copy, open
            summary.click()
        width = b.execute("return [document.documentElement.scrollWidth, window.innerWidth]")
        check(width[0] <= width[1], f"on a phone the {name} page needs no sideways scrolling", f"{width}")
        shot(b, f"12-phone-{name}")


def printed(b, base):
    """The page as printed (print media): the document and its metadata, without the
    search box, facets, export control or footer."""
    b.get(base + "/doc/" + result_id_of(base, "103/2016/QH13") + "?q=" + urllib.parse.quote("báo chí"))
    b.wait_for("#doc")
    b.cdp("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        hidden = b.execute("""return ['header.top', 'footer', '.export', 'form.refine']
            .filter(s => document.querySelector(s))
            .filter(s => getComputedStyle(document.querySelector(s)).display !== 'none')""")
        check(hidden == [], "printed: no search box, footer or export control", f"shown: {hidden}")
        check(b.find("#doc").text.count("Điều") >= 4, "printed: the text is there")
        # A heading is not left at a page's foot, its text on the next.
        breaks = b.execute("""return ['#doc h2.division', '#doc h3.article']
            .map(s => document.querySelector(s))
            .map(e => e ? getComputedStyle(e).breakAfter : 'missing')""")
        check(breaks == ["avoid", "avoid"], "printed: no page break after a chapter's or an article's heading", f"{breaks}")
        shot(b, "13-printed-document")
    finally:
        b.cdp("Emulation.setEmulatedMedia", {"media": ""})
    # A printed result list says what it answers: the box, the facets and the
    # refining form are not printed, so the words, the filter, the order and
    # the page are said on paper (h13h: a printout of results and nothing
    # saying for what).
    b.get(base + "/search?q=" + urllib.parse.quote("quy định") + "&type=" + urllib.parse.quote("Nghị định")
          + "&sort=date")
    b.wait_for(".result")
    on_screen = b.execute("return getComputedStyle(document.querySelector('.searched')).display")
    check(on_screen == "none", "on screen the searched line is not shown (the box and facets say it)", on_screen)
    b.cdp("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        said_ = b.execute("return document.body.innerText")
        check("«quy định»" in said_ and "Loại văn bản: Nghị định" in said_ and "Xếp theo: mới nhất" in said_,
              "a printed result list says its words, its filter and its order", said_[:300])
        shot(b, "13-printed-results")
    finally:
        b.cdp("Emulation.setEmulatedMedia", {"media": ""})


def result_id_of(base, query):
    """The id of the first result for a query, through the API."""
    _, _, text = fetch(f"{base}/api/search?q={urllib.parse.quote(query)}&n=1")
    return str(json.loads(text)["results"][0]["id"])


def headers(base):
    status, h, _ = fetch(base + "/")
    csp = h.get("Content-Security-Policy", "")
    check(status == 200, "the home page answers", str(status))
    check("script-src" in csp or "default-src" in csp, "a Content-Security-Policy", csp)
    check("unsafe-inline" not in re.sub(r"style-src[^;]*", "", csp), "the CSP forbids inline script", csp)
    check(h.get("X-Content-Type-Options", "").lower() == "nosniff", "X-Content-Type-Options: nosniff")


def main():
    try:
        webdriver.find_chromium()
    except webdriver.Unavailable as e:
        print(f"{e}: skipped", file=sys.stderr)
        return 77
    server, base = start_server(TRACUU, DB, WORK)
    try:
        headers(base)
        with webdriver.Browser(scripts=True) as b:
            for name, fn in (("search", searching), ("facets", facets), ("script niceties", script_niceties),
                             ("keyboard", keyboard),
                             ("card", card), ("document", document), ("export", export),
                             ("print", printed)):
                step(name, fn, b, base)
            step("hostile (scripts on)", hostile, b, base, "scripts on")
            b.set_size(400, 800)  # a phone
            # A window is no narrower than 500 px in headless Chromium: the page
            # itself laid out at a phone's 400 (not scaled as a phone's browser
            # would, so that a page too wide shows as sideways scrolling).
            b.cdp("Emulation.setDeviceMetricsOverride",
                  {"width": 400, "height": 800, "deviceScaleFactor": 1, "mobile": False})
            step("phone", phone, b, base)
        with webdriver.Browser(scripts=False) as b:
            step("no script", no_script, b, base)
            step("hostile (scripts off)", hostile, b, base, "scripts off")
    finally:
        rc = stop_server(server)
        # Under ASan a leak or an error shows here: the status and what the server said.
        check(rc == 0, "tracuu serve stopped cleanly on SIGTERM",
              f"status {rc}: {said(os.path.join(WORK, 'serve.out'))[-2000:]}")
    print(f"{checks} checks, {failed} failed; screenshots in {SHOTS}")
    if checks == 0:
        print("FAIL: no check ran", file=sys.stderr)
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
