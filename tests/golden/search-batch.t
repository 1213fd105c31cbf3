# `search --batch`: one JSON line per query from stdin, the same results as one search per query, bad lines said in their line.
# Queries as a script would send them: a blank line and a comment, skipped.
<file name="queries">
đào tạo cán bộ
# a comment
57-QĐ/TW

"Trường Chính trị Tô Hiệu"
dao tao
qxzzqqv
</file>
# A query that finds nothing makes the status 1.
$ tracuu search --batch --limit 3 < queries > batch.json
? 1
# One JSON line per query, none for blank and # lines, in the input's order;
# each has total, exact and results.
$ grep -c . batch.json
> 5
? 0
$ jq -r .query batch.json
> đào tạo cán bộ
> 57-QĐ/TW
> "Trường Chính trị Tô Hiệu"
> dao tao
> qxzzqqv
? 0
$ jq -e -s 'all(.[]; has("total") and has("exact") and (.results | type) == "array")' batch.json
> true
? 0
# Each line holds what a search of that query alone prints with --json
# (diff prints nothing).
$ diff <(tracuu search --json --limit 3 'đào tạo cán bộ' | jq -c .) <(jq -c 'select(.query == "đào tạo cán bộ") | .results[]' batch.json)
? 0
$ diff <(tracuu search --json --limit 3 '57-QĐ/TW' | jq -c .) <(jq -c 'select(.query == "57-QĐ/TW") | .results[]' batch.json)
? 0
$ diff <(tracuu search --json --limit 3 '"Trường Chính trị Tô Hiệu"' | jq -c .) <(jq -c 'select(.query == "\"Trường Chính trị Tô Hiệu\"") | .results[]' batch.json)
? 0
$ diff <(tracuu search --json --limit 3 'dao tao' | jq -c .) <(jq -c 'select(.query == "dao tao") | .results[]' batch.json)
? 0
$ diff <(tracuu search --json --limit 3 'qxzzqqv' | jq -c .) <(jq -c 'select(.query == "qxzzqqv") | .results[]' batch.json)
? 0
# The batch found results at all; a query that finds nothing: total 0, no results.
$ jq -s 'map(.results | length) | add > 3' batch.json
> true
? 0
$ jq -c 'select(.query == "qxzzqqv")' batch.json
> {"query":"qxzzqqv","total":0,"exact":true,"results":[]}
? 0
# Options apply to every query: a filter, the offset.
<file name="two">
57-QĐ/TW
đào tạo
</file>
$ tracuu search --batch --cites-type QĐ --offset 1 < two > filtered.json
? 0
$ diff <(tracuu search --json --cites-type QĐ --offset 1 '57-QĐ/TW' | jq -r .id) <(jq -r 'select(.query == "57-QĐ/TW") | .results[].id' filtered.json)
? 0
$ diff <(tracuu search --json --cites-type QĐ --offset 1 'đào tạo' | jq -r .id) <(jq -r 'select(.query == "đào tạo") | .results[].id' filtered.json)
? 0
# A query read leniently says so in its line, as a single search does on stderr.
<file name="lenient">
"đào tạo
đào tạo
</file>
$ tracuu search --batch < lenient | jq -c '{query, warning, found: (.total > 0)}'
> {"query":"\"đào tạo","warning":"unbalanced quote: read as a phrase to the end of the query","found":true}
> {"query":"đào tạo","warning":null,"found":true}
? 0
# A query that cannot be read is said in its line (status 2); the others still run.
<file name="bad">
đào tạo
NOT
"Tô Hiệu"
</file>
$ tracuu search --batch < bad > bad.json
? 2
$ jq -c '{query, error, found: ((.results // []) | length > 0)}' bad.json
> {"query":"đào tạo","error":null,"found":true}
> {"query":"NOT","error":"nothing to search for: the query has no words","found":false}
> {"query":"\"Tô Hiệu\"","error":null,"found":true}
? 0
# A phrase that finds nothing only because of punctuation not typed: the
# count of documents that have it across punctuation, as on stderr. Each
# line: the query, its total, whether it has across_punctuation, the count
# and whether it is exact.
<file name="t/a.txt">
Văn bản

Đội ngũ chuyên gia, kỹ sư được tuyển.
</file>
$ tracuu ingest -q --db db t
? 0
<file name="punct">
"chuyên gia kỹ sư"
"chuyên gia, kỹ sư"
"kỹ sư chuyên gia"
</file>
$ tracuu search --db db --batch < punct | jq -c '[.query, .total, has("across_punctuation"), .across_punctuation, .across_punctuation_exact]'
> ["\"chuyên gia kỹ sư\"",0,true,1,true]
> ["\"chuyên gia, kỹ sư\"",1,false,null,null]
> ["\"kỹ sư chuyên gia\"",0,false,null,null]
? 0
# A file saved by a Windows editor: a byte-order mark and CRLF line ends,
# for search --batch and cite --batch alike.
<file name="windows" crlf="yes">
%hex[%ef%bb%bf]hex%57-QĐ/TW

# x
đào tạo
</file>
$ tracuu search --batch < windows | jq -c '{query, found: (.total > 0)}'
> {"query":"57-QĐ/TW","found":true}
> {"query":"đào tạo","found":true}
? 0
$ head -n 1 windows | tracuu cite --batch | jq -c '{query, found}'
> {"query":"57-QĐ/TW","found":true}
? 0
# Input that cannot be read and output that cannot be written: said, why, status 3.
$ tracuu search --batch < .
! tracuu: search: cannot read the queries from stdin: Is a directory
? 3
$ tracuu cite --batch < .
! tracuu: cite: cannot read the numbers from stdin: Is a directory
? 3
<file name="many" nonewline="yes">
%repeat[300 x đào tạo%0a]%
</file>
$ tracuu search --batch < many | grep -c .
> 300
? 0
$ tracuu search --batch < many > /dev/full
! tracuu: search: cannot write the results: No space left on device
? 3
$ tracuu cite --batch < windows > /dev/full
! tracuu: cite: cannot write the cards: No space left on device
? 3
# Usage mistakes are found before any query runs (nothing printed on stdout,
# the bad filter named once); a missing index stops it.
$ tracuu search --batch 'đào tạo' < /dev/null
! tracuu: search: --batch reads the queries from stdin, not the command line
! (see 'tracuu search --help')
? 2
$ tracuu search --batch --facets < two
! tracuu: search: --facets counts one query's matches; it does not go with --batch
! (see 'tracuu search --help')
? 2
$ tracuu search --batch --type XYZ < two
! tracuu: search: 'XYZ' is not a document type (a code such as NQ, QĐ, NĐ, TT, KL, or a name such as 'Nghị quyết', 'Luật', 'bo luat')
! (see 'tracuu search --help')
? 2
$ tracuu search --db none --batch < two
! tracuu: index none: no index there (run 'tracuu ingest' first)
? 4
