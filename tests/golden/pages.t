# A PDF's pages: a hit on page 2 or 3 is reported on its own page, and its excerpt stops at the page's edge (the form feed the reader puts between pages).
$ mkdir -p in && cp "$FIXTURES/formats/pages/three-pages.pdf" in/ && tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu search --db db --json marigold | jq -c '{page, excerpt}'
> {"page":1,"excerpt":"This page holds the word marigold in its second sentence. …"}
? 0
$ tracuu search --db db --json tamarind | jq -c '{page, excerpt}'
> {"page":2,"excerpt":"… This page holds the word tamarind in its second sentence. …"}
? 0
$ tracuu search --db db --json juniper | jq -c '{page, excerpt}'
> {"page":3,"excerpt":"… This page holds the word juniper in its second sentence."}
? 0
$ tracuu search --db db tamarind | sed -n 4p
>    three-pages.pdf, page 2 · id 1
? 0
