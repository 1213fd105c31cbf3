# Equal scores are broken by the source (SLOT_ORDER), not by the order the texts were ingested in, on
# every search a process makes: the first reads each candidate's value, the later ones of the same
# revision a rank a document built once from them (index/xapian_shim.cc, OrderKey; bench/RESULTS.md h14b).
# Three texts of one length, ingested c, a, b (documents 1, 2, 3): a number alone scores 0 in each, a
# word as much in each.
<file name="in/c.txt">
Khoáng sản tỉnh c

Việc khai thác khoáng sản tại tỉnh c theo Nghị định số 15/2020/NĐ-CP được thực hiện.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in/c.txt
? 0
<file name="in/a.txt">
Khoáng sản tỉnh a

Việc khai thác khoáng sản tại tỉnh a theo Nghị định số 15/2020/NĐ-CP được thực hiện.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in/a.txt
? 0
<file name="in/b.txt">
Khoáng sản tỉnh b

Việc khai thác khoáng sản tại tỉnh b theo Nghị định số 15/2020/NĐ-CP được thực hiện.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in/b.txt
? 0
<file name="queries">
15/2020/NĐ-CP
khoáng sản
15/2020/NĐ-CP
khoáng sản
khoáng sản
</file>
# One process, five searches: each lists a, b, c, whatever its place in the batch.
$ tracuu search --batch --json --db db < queries | jq -c '[.results[] | [.id, .source]]'
> [[2,"a.txt"],[3,"b.txt"],[1,"c.txt"]]
> [[2,"a.txt"],[3,"b.txt"],[1,"c.txt"]]
> [[2,"a.txt"],[3,"b.txt"],[1,"c.txt"]]
> [[2,"a.txt"],[3,"b.txt"],[1,"c.txt"]]
> [[2,"a.txt"],[3,"b.txt"],[1,"c.txt"]]
? 0
# A page past the first tie: the same order, cut at its offset.
$ tracuu search --batch --json --db db --offset 1 --limit 1 < queries | jq -c '[.results[] | .source]'
> ["b.txt"]
> ["b.txt"]
> ["b.txt"]
> ["b.txt"]
> ["b.txt"]
? 0
# A search of its own (one search: the values read) lists them alike.
$ tracuu search --json --db db 'khoáng sản' | jq -r .source
> a.txt
> b.txt
> c.txt
? 0
