# The ways Vietnamese is typed find the same documents; typed tones rank first.
# On the bundled corpus: with and without marks; old and new tone placement
# (capitals, lower case); decomposed and composed; capitals. Each pair finds
# the same documents.
$ sources 'đào tạo'
> seeds/000_b59fb608fd294d74.txt
> seeds/001_41436ee5358bae99.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
> seeds/004_cc89c4ef70d66a47.txt
? 0
$ sources 'dao tao'
> seeds/000_b59fb608fd294d74.txt
> seeds/001_41436ee5358bae99.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
> seeds/004_cc89c4ef70d66a47.txt
? 0
$ sources 'Uỷ ban'
> seeds/000_b59fb608fd294d74.txt
> seeds/001_41436ee5358bae99.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
> seeds/004_cc89c4ef70d66a47.txt
? 0
$ sources 'Ủy ban'
> seeds/000_b59fb608fd294d74.txt
> seeds/001_41436ee5358bae99.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
> seeds/004_cc89c4ef70d66a47.txt
? 0
$ sources 'hoà'
> seeds/000_b59fb608fd294d74.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
? 0
$ sources 'hòa'
> seeds/000_b59fb608fd294d74.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
? 0
$ sources "$(printf '\304\221a\314\200o ta\314\243o')"
> seeds/000_b59fb608fd294d74.txt
> seeds/001_41436ee5358bae99.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
> seeds/004_cc89c4ef70d66a47.txt
? 0
$ sources 'đào tạo'
> seeds/000_b59fb608fd294d74.txt
> seeds/001_41436ee5358bae99.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
> seeds/004_cc89c4ef70d66a47.txt
? 0
$ sources 'ĐÀO TẠO'
> seeds/000_b59fb608fd294d74.txt
> seeds/001_41436ee5358bae99.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
> seeds/004_cc89c4ef70d66a47.txt
? 0
$ sources 'đào tạo'
> seeds/000_b59fb608fd294d74.txt
> seeds/001_41436ee5358bae99.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
> seeds/004_cc89c4ef70d66a47.txt
? 0
# The phrase finds only the article naming the school; words in the wrong
# order are not the phrase.
$ sources '"Trường Chính trị Tô Hiệu"'
> seeds/000_b59fb608fd294d74.txt
? 0
$ sources '"Tô Hiệu Trường"'
? 0
# A pasted sentence (five words or more) is ranked: a date in it, or a number
# nothing cites, adds evidence and empties nothing; a quoted phrase and a
# number some document cites stay required (the sentence citing 57-QĐ/TW
# finds what 57-QĐ/TW alone finds).
$ sources 'Học viện tổ chức hội nghị ngày 31/12/1999 về đào tạo cán bộ'
> seeds/000_b59fb608fd294d74.txt
> seeds/001_41436ee5358bae99.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
> seeds/004_cc89c4ef70d66a47.txt
? 0
$ sources 'Học viện tổ chức hội nghị theo Quy định 99-QĐ/TW về đào tạo cán bộ'
> seeds/000_b59fb608fd294d74.txt
> seeds/001_41436ee5358bae99.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
> seeds/004_cc89c4ef70d66a47.txt
? 0
$ sources 'Học viện tổ chức hội nghị "Trường Chính trị Tô Hiệu" về đào tạo cán bộ'
> seeds/000_b59fb608fd294d74.txt
? 0
$ sources '57-QĐ/TW'
> seeds/001_41436ee5358bae99.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
? 0
$ sources 'Học viện tổ chức hội nghị quán triệt 57-QĐ/TW về đào tạo cán bộ'
> seeds/001_41436ee5358bae99.txt
> seeds/002_87044e7d986aef26.txt
> seeds/003_ba266b507bcdfe8a.txt
? 0
# JSON Lines: one object per result with the documented fields, one object
# per line.
$ tracuu search --json 'học viện' > results.json
? 0
$ jq -e -s 'length >= 1 and all(.[]; has("rank") and has("title") and has("source") and has("excerpt") and has("highlights"))' results.json
> true
? 0
$ jq -cR 'fromjson | type' results.json
> "object"
> "object"
> "object"
> "object"
? 0
# Exact tones rank first: "dương" three times in A, "đường" once in B; the
# text without marks finds both, and so does "đường" (the folded match
# ranked lower).
<file name="t/a.txt">
Con dương ở đây.

Một con dương, hai con dương nữa.
</file>
<file name="t/b.txt">
Con đường ở đây.

Một con phố nữa.
</file>
$ tracuu ingest -q --db db --root t t
? 0
$ tracuu search --db db --json 'đường' | jq -r .source | head -n 1
> b.txt
? 0
$ tracuu search --db db --json 'dương' | jq -r .source | head -n 1
> a.txt
? 0
$ sources --db db 'duong'
> a.txt
> b.txt
? 0
$ sources --db db 'đường'
> a.txt
> b.txt
? 0
# Old tone placement in the query is the new one in the text: "thủy" once in
# C ranks above "thùy" (another word) three times in D for 'thuỷ' and 'THUỶ'.
<file name="t/c.txt">
Công trình thủy lợi.
</file>
<file name="t/d.txt">
Thùy, thùy, thùy lợi.
</file>
<file name="t/e.txt">
Hoà bình và hòa hợp.
</file>
$ tracuu ingest -q --db db --root t t
? 0
$ tracuu search --db db --json 'thuỷ' | jq -r .source | head -n 1
> c.txt
? 0
$ tracuu search --db db --json 'THUỶ LỢI' | jq -r .source | head -n 1
> c.txt
? 0
# 'hòa bình' finds 'Hoà bình'; 'hoà' marks both placements in the excerpt.
$ tracuu search --db db --json '"hòa bình"' | jq -r .source
> e.txt
? 0
$ tracuu search --db db --json --limit 1 'hoà' | jq -r '.highlights | length'
> 2
? 0
# Excerpts mark the match; bold on request.
$ tracuu search --color=never 'Tô Hiệu'
~ «Tô Hiệu»
? 0
$ tracuu search --color=always 'Tô Hiệu' | sed 's/\x1b/<ESC>/g'
~ <ESC>\[1mTô Hiệu
? 0
# Totals: exact up to 500 matches, then an estimate ("about"); --count counts
# all, a phrase's matches and not its words'. 1200 short texts, half of them
# with the phrase "bảo hiểm xã hội".
$ mkdir many && for i in $(seq 0 1199); do if [ $((i % 2)) -eq 0 ]; then printf 'Tin %d\n\nChế độ bảo hiểm xã hội cho người lao động, tin số %d.\n' $i $i; else printf 'Tin %d\n\nXã hội và bảo hiểm, tin số %d.\n' $i $i; fi > many/$i.txt; done
? 0
$ tracuu ingest --quiet --no-progress --db many.db many
? 0
$ tracuu search --db many.db --color=never '"tin số"'
~ ^results 1–10 of about [0-9]*$
? 0
$ tracuu search --db many.db --color=never --count '"tin số"'
~ ^results 1–10 of 1200$
? 0
$ tracuu search --db many.db --color=never --count '"bảo hiểm xã hội"'
~ ^results 1–10 of 600$
? 0
$ tracuu search --db many.db --color=never --count '"bảo hiểm xã hội" "tin số 70"'
~ ^1 result$
? 0
