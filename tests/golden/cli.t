# The command line itself: version, help, and usage mistakes (exit 2, a message naming the mistake).
$ tracuu --version
> tracuu 0.1.0
? 0
$ tracuu
! usage: tracuu [--version] [--help] COMMAND [ARGS…]
! 
! Search Vietnamese regulation texts and the news about them.
! 
! commands:
!   cite     what a document number is and where it is cited
!   ingest   add files and folders to the index
!   rm       remove documents from the index
!   search   search the index
!   serve    serve the search as web pages and a JSON API
!   show     print one document's metadata and text
!   stats    print the index's size and counts
! 
! 'tracuu COMMAND --help' tells more about each.
! 
! Which index: --db PATH, else $TRACUU_DB, else your own index
! ($XDG_DATA_HOME/tracuu/index, made by 'tracuu ingest'), else the bundled one.
! 
! exit status:
!   0  done (search: something was found)
!   1  no results, or no such document
!   2  bad command line or query
!   3  some input could not be read or ingested
!   4  the index could not be opened, read or written
!   5  a download failed
!   130  interrupted (what was committed is kept)
? 2
$ tracuu frobnicate
! tracuu: 'frobnicate' is not a command (see 'tracuu --help')
? 2
$ tracuu search
! tracuu: search: no query given (words, a number, or filters such as --type, --issuer, --year)
! (see 'tracuu search --help')
? 2
$ tracuu rm
! tracuu: rm: no document given (an id, a path or a URL)
! (see 'tracuu rm --help')
? 2
$ tracuu rm --frob 3
! tracuu: rm: unknown option or missing value: '--frob'
! (see 'tracuu rm --help')
? 2
$ tracuu search --limit many 'đào tạo'
! tracuu: search: --limit needs a whole number up to 1000000000, not 'many'
! (see 'tracuu search --help')
? 2
$ tracuu search --color=sometimes 'đào tạo'
! tracuu: search: --color takes auto, always or never, not 'sometimes'
! (see 'tracuu search --help')
? 2
$ tracuu search --bogus 'đào tạo'
! tracuu: search: unknown option or missing value: '--bogus'
! (see 'tracuu search --help')
? 2
$ tracuu ingest
! tracuu: ingest: no files or folders given
! (see 'tracuu ingest --help')
? 2
$ tracuu stats extra
! tracuu: stats: unexpected argument 'extra'
! (see 'tracuu stats --help')
? 2
$ tracuu show
! tracuu: show: no document id given
! (see 'tracuu show --help')
? 2
