# removal.sh — what a folder holds now is what the index holds: files deleted or renamed and the
# folder ingested again, `tracuu rm` by id, path and URL, the citation cards kept current; which
# files of a folder are documents; --follow; a relative path for show; UTF-16 --batch input.
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
LAWS="$TRACUU_SHARED/corpus/uts-vlc-laws"
DB="$WORK/db"
D="$WORK/mix"
mkdir -p "$D/sub"
# Real texts: two laws (the tax law is the own text of 27/2008/QH12) and a note citing it.
cp "$LAWS/docs/luat-thue-tieu-thu-dac-biet.txt" "$LAWS/docs/luat-pho-cap-giao-duc-tieu-hoc.txt" "$D/"
printf 'Ghi chú về thuế\n\nTheo Luật Thuế tiêu thụ đặc biệt số 27/2008/QH12, thuế suất được quy định.\n' \
	>"$D/sub/ghi-chu.txt"
# Not documents: a metadata file that cites every number, an image, an archive, data.
cp "$LAWS/metadata.jsonl" "$D/metadata.jsonl"
printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\0\1' >"$D/anh.png"
printf 'PK\5\6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0' >"$D/goi.zip"
printf '{"so": "27/2008/QH12"}\n' >"$D/sub/data.json"
printf 'so,ten\n27/2008/QH12,thue\n' >"$D/sub/bang.csv"
# A name that ends in a document number is no extension: sniffed, and this one is text.
printf 'Luật bảo vệ môi trường\n\nCăn cứ Luật số 72/2020/QH14.\n' >"$D/sub/Luật 72.2020.QH14"
# Without an extension: text is a document, binary data is not.
printf 'Không có đuôi\n\nVăn bản về phổ cập giáo dục.\n' >"$D/sub/README"
printf '\0\1\2\3\0\0\0\0\0\0\0\0\0\0\0\0' >"$D/sub/blob"

cd "$WORK" || exit 1
run "$TRACUU" ingest --no-progress --db "$DB" mix
expect_rc 0 "a folder with images, archives and data files"
expect_out '^5 added, 0 replaced, 0 unchanged, 0 skipped, 0 failed, 6 other files passed over$' \
	"other files passed over and counted, not failed"
run "$TRACUU" search --db "$DB" --json '72/2020/QH14'
expect_out 'Luật 72\.2020\.QH14' "a file named by a document number is indexed"
run "$TRACUU" search --db "$DB" --json --limit 50 '27/2008/QH12'
expect_no_out 'metadata\.jsonl|data\.json|bang\.csv' "data files are not indexed"
run "$TRACUU" ingest -v --no-progress --db "$DB" mix
expect_err 'mix/anh\.png: not a document type \(\.png\), passed over' "-v names what is passed over"
run "$TRACUU" ingest --no-progress --include-ext json,CSV --db "$WORK/db-json" mix
expect_out '^7 added, .*, 4 other files passed over$' "--include-ext json,csv"
run "$TRACUU" ingest --no-progress --db "$WORK/db-named" "$D/sub/data.json"
expect_out '^1 added' "a file named on the command line is read whatever its name"
run "$TRACUU" ingest --include-ext 'js/on' --db "$WORK/db-x" mix
expect_rc 2 "--include-ext with a bad extension"

# show: the relative path given to ingest.
run "$TRACUU" show --db "$DB" mix/sub/ghi-chu.txt
expect_rc 0 "show finds a document by the relative path ingest was given"
expect_out "source: +$WORK/mix/sub/ghi-chu\\.txt" "show: the stored source"
run "$TRACUU" cite --db "$DB" --json 27/2008/QH12
T_CHECKS=$((T_CHECKS + 1))
[ "$(jq -r '.documents' "$WORK/out")" = 2 ] || fail "27/2008/QH12 cited by 2 documents: $OUT"

# Deleted: the folder ingested again drops its document, and the card its citations.
rm "$D/luat-thue-tieu-thu-dac-biet.txt"
# Renamed: the document moves, it is not refused as a duplicate.
mv "$D/luat-pho-cap-giao-duc-tieu-hoc.txt" "$D/sub/pho-cap.txt"
run "$TRACUU" ingest --no-progress --db "$DB" mix
expect_rc 0 "ingest after a delete and a rename"
expect_out '^0 added, 0 replaced, 3 unchanged, 0 skipped, 0 failed, 1 moved, 1 removed, 6 other files passed over$' \
	"the summary counts the moved and removed documents"
T_CHECKS=$((T_CHECKS + 1))
! grep -q 'same content as' "$WORK/err" || fail "a rename is refused as a duplicate: $ERR"
run "$TRACUU" search --db "$DB" --json 'tiêu thụ đặc biệt'
expect_no_out 'luat-thue-tieu-thu-dac-biet' "the deleted file is not found any more"
run "$TRACUU" search --db "$DB" --json 'phổ cập giáo dục tiểu học'
expect_out 'sub/pho-cap\.txt' "the renamed file is found under its new name"
expect_no_out 'luat-pho-cap' "and not under its old one"
run "$TRACUU" cite --db "$DB" --json 27/2008/QH12
T_CHECKS=$((T_CHECKS + 1))
[ "$(jq -r '.documents' "$WORK/out")" = 1 ] || fail "the card counts the remaining citing document only: $OUT"
expect_no_out 'luat-thue-tieu-thu' "the card no longer names the deleted text"
run "$TRACUU" ingest --no-progress --db "$DB" mix
expect_out '^0 added, 0 replaced, 4 unchanged, 0 skipped, 0 failed, 6 other files passed over$' \
	"once removed, nothing more to remove"
# A hidden file named by hand keeps its document (it is there, the walk just does not
# look at it); a type no longer included loses its documents.
cp "$D/sub/ghi-chu.txt" "$D/.rieng.txt"
printf 'Văn bản riêng\n\nMột ghi chú riêng.\n' >"$D/.rieng.txt"
"$TRACUU" ingest -q --no-progress --db "$DB" "$D/.rieng.txt"
"$TRACUU" ingest -q --no-progress --include-ext json --db "$DB" mix
run "$TRACUU" search --db "$DB" --json 'ghi chú riêng'
expect_out '\.rieng\.txt' "a hidden file named by hand"
run "$TRACUU" ingest -v --no-progress --db "$DB" mix
expect_out '^0 added, 0 replaced, 4 unchanged, 0 skipped, 0 failed, 1 removed, 6 other files passed over$' \
	"a folder ingested again without --include-ext json"
expect_err 'sub/data\.json: removed \(not a document type\)' "the json document removed, and why"
run "$TRACUU" search --db "$DB" --json 'ghi chú riêng'
expect_out '\.rieng\.txt' "the hidden file's document stays"
"$TRACUU" rm -q --db "$DB" "$D/.rieng.txt"
rm "$D/.rieng.txt"

# --no-remove keeps them.
rm "$D/sub/README"
run "$TRACUU" ingest --no-progress --no-remove --db "$DB" mix
expect_out '^0 added, 0 replaced, 3 unchanged, 0 skipped, 0 failed, 6 other' "--no-remove"
"$TRACUU" show --db "$DB" mix/sub/README >/dev/null 2>&1 && ok || fail "--no-remove kept the document"

# tracuu rm: by path (the file gone), by id, a folder, what is not there.
run "$TRACUU" rm --db "$DB" mix/sub/README
expect_rc 0 "rm a path whose file is gone"
expect_out '^1 removed$' "rm: the summary"
id=$("$TRACUU" search --db "$DB" --json 'phổ cập giáo dục tiểu học' |
	jq -r 'select(.source | endswith("sub/pho-cap.txt")) | .id')
run "$TRACUU" rm --db "$DB" "$id" 999 mix/nothing.txt
expect_rc 1 "rm of ids and paths not in the index"
expect_out '^1 removed$' "rm by id"
expect_err 'rm: no document with id 999' "an unknown id is named"
expect_err 'rm: mix/nothing\.txt: not in the index' "an unknown path is named"
run "$TRACUU" search --db "$DB" --json 'phổ cập giáo dục tiểu học'
expect_no_out 'pho-cap' "removed by id: not found"
run "$TRACUU" rm --db "$DB" --dry-run mix
expect_out '^2 would be removed$' "rm --dry-run of a folder"
run "$TRACUU" rm --db "$DB" mix
expect_out '^2 removed$' "rm of a folder"
run "$TRACUU" cite --db "$DB" 27/2008/QH12
expect_rc 1 "nothing cites 27/2008/QH12 any more"
run "$TRACUU" stats --db "$DB" --json
expect_out '"documents":0' "the index is empty"
run "$TRACUU" rm --db "$WORK/no-db" 1
expect_rc 4 "rm on a missing index"
run "$TRACUU" rm --db "$DB"
expect_rc 2 "rm with nothing to remove"

# A bulk run (written as segments, merged at its end) removes and moves too.
mkdir -p "$WORK/bulk"
for f in luat-thue-tieu-thu-dac-biet luat-pho-cap-giao-duc-tieu-hoc luat-quy-dinh-quyen-tu-do-hoi-hop; do
	cp "$LAWS/docs/$f.txt" "$WORK/bulk/"
done
run env TRACUU_BULK_MIN=2 "$TRACUU" ingest --no-progress --db "$WORK/db-bulk" bulk
expect_out '^3 added' "a bulk run"
rm "$WORK/bulk/luat-thue-tieu-thu-dac-biet.txt"
mv "$WORK/bulk/luat-pho-cap-giao-duc-tieu-hoc.txt" "$WORK/bulk/pho-cap.txt"
run env TRACUU_BULK_MIN=1 "$TRACUU" ingest --no-progress --compact --db "$WORK/db-bulk" bulk
expect_rc 0 "a bulk run after a delete and a rename"
expect_out '^0 added, 0 replaced, 1 unchanged, 0 skipped, 0 failed, 1 moved, 1 removed$' \
	"a bulk run: moved and removed"
run "$TRACUU" search --db "$WORK/db-bulk" --json --limit 10 'luật'
T_CHECKS=$((T_CHECKS + 1))
[ "$(jq -r .source "$WORK/out" | sed 's|.*/||' | sort | tr '\n' ' ')" = 'luat-quy-dinh-quyen-tu-do-hoi-hop.txt pho-cap.txt ' ] ||
	fail "after a bulk run: $(jq -r .source "$WORK/out")"
run "$TRACUU" cite --db "$WORK/db-bulk" 27/2008/QH12
expect_rc 1 "a bulk run: the removed text's number is cited no more"

# Killed while it removes: each document is in with its cards or out with theirs, never
# half; the same ingest again ends as an uninterrupted one.
if command -v xapian-check >/dev/null; then
	mkdir -p "$WORK/gaz"
	find "$TRACUU_SHARED/corpus/congbao-8chude/docs" -type f -name '*.txt' | sort | head -n 24 |
		while read -r f; do cp "$f" "$WORK/gaz/"; done
	"$TRACUU" ingest -q --no-progress --no-compact --db "$WORK/db-kill0" gaz
	ls "$WORK/gaz" | sed -n '1~2p' | while read -r f; do rm "$WORK/gaz/$f"; done
	"$TRACUU" ingest -q --no-progress --no-compact --db "$WORK/db-ref" gaz
	nums=$("$TRACUU" search --db "$WORK/db-kill0" --json --limit 50 --facets 'lao động' 2>/dev/null |
		grep -oE '[0-9]+/20[0-9]{2}/(NĐ-CP|QH1[0-9]|TT-BTC|TT-BLĐTBXH)' | sort -u | head -n 12)
	T_CHECKS=$((T_CHECKS + 1))
	[ "$(echo "$nums" | wc -w)" -ge 10 ] || fail "numbers to check the cards with: $nums"
	cards() { for n in $nums; do "$TRACUU" cite --db "$1" --json "$n" 2>/dev/null | jq -c '[.number, .documents]'; done; }
	cards "$WORK/db-ref" >"$WORK/cards.ref"
	t0=$(date +%s%N)
	cp -r "$WORK/db-kill0" "$WORK/db-time"
	"$TRACUU" ingest -q --no-progress --no-compact --batch-size 2 --db "$WORK/db-time" gaz
	span=$(( ($(date +%s%N) - t0) / 1000000 ))
	for i in 1 2 3 4 5 6; do
		db="$WORK/db-kill$i"
		cp -r "$WORK/db-kill0" "$db"
		delay=$(awk -v i="$i" -v span="$span" 'BEGIN { printf "%.3f", i / 7 * span / 1000 }')
		"$TRACUU" ingest --no-progress --no-compact --batch-size 2 --db "$db" gaz >/dev/null 2>&1 &
		pid=$!
		sleep "$delay"
		kill -KILL "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
		T_CHECKS=$((T_CHECKS + 1))
		xapian-check "$(live_index "$db")" >/dev/null 2>&1 || fail "killed removal $i: xapian-check"
		# The cards a reader sees agree with the documents that are in.
		for n in $nums; do
			c=$("$TRACUU" cite --db "$db" --json "$n" 2>/dev/null | jq -r '.documents // 0')
			s=$("$TRACUU" search --db "$db" --json --limit 100 "$n" 2>/dev/null | grep -c '"id"')
			T_CHECKS=$((T_CHECKS + 1))
			[ "$c" -eq "$s" ] || fail "killed removal $i: $n's card counts $c documents, $s cite it"
		done
		"$TRACUU" ingest -q --no-progress --no-compact --db "$db" gaz >/dev/null 2>&1
		cards "$db" >"$WORK/cards.$i"
		cmp -s "$WORK/cards.ref" "$WORK/cards.$i" && ok ||
			fail "killed removal $i, then again: other cards than an uninterrupted run"
	done
fi

# --follow: a linked folder is walked, a link loop is walked once.
mkdir -p "$WORK/tree/a" "$WORK/elsewhere"
cp "$LAWS/docs/luat-quy-dinh-quyen-tu-do-hoi-hop.txt" "$WORK/elsewhere/hoi-hop.txt"
ln -s ../../elsewhere "$WORK/tree/a/link"
ln -s .. "$WORK/tree/a/loop"
run "$TRACUU" ingest --no-progress --db "$WORK/db-follow" tree
expect_err 'a/link: symbolic link to a directory, not followed' "links are not followed by default"
run timeout 60 "$TRACUU" ingest --no-progress --follow --db "$WORK/db-follow" tree
expect_rc 0 "--follow with a link loop ends"
expect_out '^1 added' "--follow: the linked folder's file"
expect_err 'a/loop: symbolic link to a folder walked already \(a loop\)' "--follow: the loop named"

# UTF-16 --batch input (Windows "Unicode" text): decoded, with or without a BOM.
"$TRACUU" ingest -q --no-progress --db "$WORK/db-b" "$LAWS/docs/luat-quy-dinh-quyen-tu-do-hoi-hop.txt"
for enc in UTF-16 UTF-16LE UTF-16BE; do
	printf 'quyền tự do hội họp\n' | iconv -f UTF-8 -t "$enc" >"$WORK/q.txt"
	run sh -c "\"$TRACUU\" search --db \"$WORK/db-b\" --batch < \"$WORK/q.txt\""
	expect_rc 0 "search --batch, $enc"
	T_CHECKS=$((T_CHECKS + 1))
	[ "$(jq -r .query "$WORK/out")" = 'quyền tự do hội họp' ] && [ "$(jq -r .total "$WORK/out")" = 1 ] ||
		fail "search --batch, $enc: $OUT"
done
printf '27/2008/QH12\n' | iconv -f UTF-8 -t UTF-16 >"$WORK/q.txt"
run sh -c "\"$TRACUU\" cite --db \"$DB-json\" --batch --json < \"$WORK/q.txt\""
expect_out '"number":"27/2008/QH12"' "cite --batch, UTF-16"
printf 'a\0b\0\0\0c\n' >"$WORK/q.txt"
run sh -c "\"$TRACUU\" search --db \"$WORK/db-b\" --batch < \"$WORK/q.txt\""
expect_err 'line 1 holds NUL bytes' "NULs that are not UTF-16 are refused with a message"
# A first line with a NUL second (no whole UTF-16 code units before its newline) is that line
# refused, not the input read as UTF-16: the next line is searched (h14f).
printf 'a\0b\nquyền tự do hội họp\n' >"$WORK/q.txt"
run sh -c "\"$TRACUU\" search --db \"$WORK/db-b\" --batch < \"$WORK/q.txt\""
expect_err 'line 1 holds NUL bytes' "a line 'a NUL b' is refused"
T_CHECKS=$((T_CHECKS + 1))
[ "$(jq -r .query "$WORK/out")" = 'quyền tự do hội họp' ] && [ "$(jq -r .total "$WORK/out")" = 1 ] ||
	fail "the line after 'a NUL b' is searched: $OUT"

# An @list saved as UTF-16, or as UTF-8 with a byte-order mark.
printf '%s\n' "$LAWS/docs/luat-quy-dinh-quyen-tu-do-hoi-hop.txt" | iconv -f UTF-8 -t UTF-16 >"$WORK/list16"
run "$TRACUU" ingest --no-progress --db "$WORK/db-list" "@$WORK/list16"
expect_out '^1 added, 0 replaced, 0 unchanged, 0 skipped, 0 failed$' "an @list in UTF-16"
printf '\357\273\277%s\n' "$LAWS/docs/luat-quy-dinh-quyen-tu-do-hoi-hop.txt" >"$WORK/list8"
run "$TRACUU" ingest --no-progress --db "$WORK/db-list" "@$WORK/list8"
expect_out '^0 added, 0 replaced, 1 unchanged, 0 skipped, 0 failed$' "an @list with a UTF-8 byte-order mark"

# rm of a web page, by its URL as typed.
mkdir -p "$WORK/docroot"
# Names in NFD (a folder copied from a Mac) typed in NFC, as a keyboard writes them: the same
# to the eye. `show` and `rm` of the file, `rm` of its folder (h14f: "not in the index").
cd "$WORK" || exit 1
nfd_thue=$(printf 'Thue\314\202\314\201')       # "Thuế": e, circumflex, acute
nfd_file=$(printf 'Lua\314\243\314\202t thue\314\202\314\201.txt') # "Luật thuế.txt"
mkdir -p "$WORK/mac/$nfd_thue"
cp "$LAWS/docs/luat-thue-tieu-thu-dac-biet.txt" "$WORK/mac/$nfd_thue/$nfd_file"
cp "$LAWS/docs/luat-quan-ly-thue.txt" "$WORK/mac/$nfd_thue/"
run "$TRACUU" ingest -q --no-progress --db "$WORK/db-mac" mac
expect_rc 0 "a folder named in NFD"
run "$TRACUU" show --db "$WORK/db-mac" 'mac/Thuế/Luật thuế.txt'
expect_rc 0 "show of an NFD name typed in NFC"
expect_out '^title: +Luật Thuế tiêu thụ đặc biệt' "show of an NFD name typed in NFC: the document"
run "$TRACUU" rm --db "$WORK/db-mac" 'mac/Thuế/Luật thuế.txt'
expect_rc 0 "rm of an NFD name typed in NFC"
expect_out '^1 removed$' "rm of an NFD name typed in NFC: removed"
# The file is still there: the next ingest adds it back, said (h14f).
expect_err "mac/$nfd_thue/$nfd_file: still on disk: ingesting its folder again adds it back" \
	"rm of a file still on disk says an ingest adds it back"
run "$TRACUU" rm --db "$WORK/db-mac" 'mac/Thuế'
expect_out '^1 removed$' "rm of an NFD folder typed in NFC: what lies under it"
run "$TRACUU" rm --db "$WORK/db-mac" 'mac/Thuế/nothing.txt'
expect_rc 1 "rm of a name in no form"
run "$TRACUU" ingest -q --no-progress --db "$WORK/db-mac" mac
rm "$WORK/mac/$nfd_thue/$nfd_file"
run "$TRACUU" rm --db "$WORK/db-mac" "mac/$nfd_thue/$nfd_file"
expect_out '^1 removed$' "rm of a deleted file"
T_CHECKS=$((T_CHECKS + 1))
! grep -q 'still on disk' "$WORK/err" || fail "rm of a deleted file: $ERR"
# By its id, the same: the stored path is still on disk.
id=$("$TRACUU" show --db "$WORK/db-mac" "mac/$nfd_thue/luat-quan-ly-thue.txt" | sed -n 's/^id: *//p')
run "$TRACUU" rm --db "$WORK/db-mac" "$id"
expect_out '^1 removed$' "rm of a document by its id"
expect_err "mac/$nfd_thue/luat-quan-ly-thue.txt: still on disk: ingesting its folder again adds it back" \
	"rm of a document by its id whose file is still on disk says an ingest adds it back"

cp "$FIXTURES/web/bai-1.html" "$WORK/docroot/"
if start_testserver "$WORK/docroot"; then
	URL="$B/f/bai-1.html"
	run "$TRACUU" ingest --no-progress --delay 0 --db "$WORK/db-web" "$URL"
	expect_out '^1 added' "a web page ingested"
	run "$TRACUU" rm --db "$WORK/db-web" "HTTP://127.0.0.1:$(cat "$WORK/port")/f/bai-1.html#top"
	expect_rc 0 "rm of a URL, written another way"
	expect_out '^1 removed$' "rm of a URL"
	run "$TRACUU" rm --db "$WORK/db-web" "$URL"
	expect_rc 1 "rm of a URL not in the index"
	expect_err 'not in the index' "rm of a URL not in the index: the message"
else
	echo "the test server was not built: rm of a URL not tried"
fi
finish
