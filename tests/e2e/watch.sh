# watch.sh — `tracuu ingest --watch`: a law copied into a watched folder is found, renamed,
# edited and deleted (gone from results and from its card's citing documents); editors' temporary
# files and a half-written file never indexed; new and deleted subfolders; a file that cannot be
# read named and passed over; the folder watched moved away and back; SIGHUP; SIGTERM leaves the
# index whole.
# Deadlines are failure conditions (a change never seen), not timings.
. "$TRACUU_SRCDIR/tests/lib.sh"
LAW="$FIXTURES/watch/luat-thue-tieu-thu-dac-biet.txt"
DB="$WORK/db"
W="$WORK/w"
LOG="$WORK/watch.err"
mkdir -p "$W"
printf 'Ghi chú cũ\n\nMột ghi chú về hợp tác xã nông nghiệp Đồng Tháp.\n' >"$W/cu.txt"

run "$TRACUU" ingest --watch --db "$DB" "$W/cu.txt"
expect_rc 2 "--watch with a file, not a folder"
run "$TRACUU" ingest --watch --no-remove --db "$DB" "$W"
expect_rc 2 "--watch with --no-remove"

WATCHER=
stop_watcher() { [ -n "$WATCHER" ] && kill "$WATCHER" 2>/dev/null; wait "$WATCHER" 2>/dev/null; WATCHER=; }
trap 'stop_watcher; rm -rf "$WORK"' EXIT

"$TRACUU" ingest --watch -v --db "$DB" "$W" 2>"$LOG" &
WATCHER=$!

# until CMD… succeeds, every 0.1 s, for at most 60 s: 0, or 1 at the deadline.
until_ok() {
	_end=$(($(date +%s) + 60))
	while ! "$@" >/dev/null 2>&1; do
		[ "$(date +%s)" -ge "$_end" ] && return 1
		kill -0 "$WATCHER" 2>/dev/null || return 1
		sleep 0.1
	done
	return 0
}
found() { "$TRACUU" search --db "$DB" --json --limit 100 "$1" | jq -r .source | grep -qx "$2"; }
absent() { ! "$TRACUU" search --db "$DB" --json --limit 100 "$1" | jq -r .source | grep -q .; }
citing() { "$TRACUU" cite --db "$DB" --json 51/2001/QH10 | jq -r '.cited_in[]?.source' | grep -qx "$1"; }
check() { # what CMD…
	_what=$1; shift
	T_CHECKS=$((T_CHECKS + 1))
	until_ok "$@" || fail "$_what (within 60 s; watcher's stderr: $(tail -c 800 "$LOG"))"
}

check "the watcher starts and ingests the folder as it is" grep -q 'watching 1 folder' "$LOG"
check "a file there before the watch" found '"hợp tác xã nông nghiệp"' "$W/cu.txt"
grep -q 'watch: the folders as they are: 1 added' "$LOG" || fail "the first run's line: $(cat "$LOG")"

# A law copied in: found by a phrase, and among its card's citing documents.
cp "$LAW" "$W/luat.txt"
check "a law copied in is found by a phrase" found '"thuốc lá điếu, xì gà"' "$W/luat.txt"
check "the law cites 51/2001/QH10: its card lists it" citing "$W/luat.txt"

# Renamed into a new subfolder: the document moves, keeping its id (a saved
# /doc/N link still reaches it; it was given a new one, h12f).
ID=$("$TRACUU" search --db "$DB" --json '"thuốc lá điếu, xì gà"' | jq -r .id)
mkdir "$W/sub"
sleep 0.2
mv "$W/luat.txt" "$W/sub/thue.txt"
check "a law renamed into a new subfolder moves" found '"thuốc lá điếu, xì gà"' "$W/sub/thue.txt"
T_CHECKS=$((T_CHECKS + 1))
[ "$("$TRACUU" show --db "$DB" --json "$ID" | jq -r .source)" = "$W/sub/thue.txt" ] ||
	fail "the moved document keeps its id $ID: $("$TRACUU" search --db "$DB" --json '"thuốc lá điếu, xì gà"' | jq -c '{id,source}')"
T_CHECKS=$((T_CHECKS + 1))
[ "$("$TRACUU" search --db "$DB" --json '"thuốc lá điếu, xì gà"' | jq -s length)" = 1 ] ||
	fail "after the rename, one document holds the law"
grep -q 'luat.txt: removed\|thue.txt: moved from' "$LOG" || fail "the rename is a move: $(cat "$LOG")"

# Edited: the new words are found.
printf '\nĐiều 99. Hàng hóa gửi kho ngoại quan ở cảng Cái Lân.\n' >>"$W/sub/thue.txt"
check "an edit is seen" found '"kho ngoại quan ở cảng Cái Lân"' "$W/sub/thue.txt"
# Saved as many editors do: a new file written beside it, renamed over it.
{ cat "$LAW"; printf '\nĐiều 100. Hàng hóa quá cảnh qua cửa khẩu Hữu Nghị.\n'; } >"$W/sub/.thue.txt.new"
mv "$W/sub/.thue.txt.new" "$W/sub/thue.txt"
check "a file saved by a rename over it is read again" found '"cửa khẩu Hữu Nghị"' "$W/sub/thue.txt"
check "… and its old words are gone" absent '"kho ngoại quan ở cảng Cái Lân"'

# Temporary files of editors and downloads: never documents.
for f in '.#thue.txt' 'thue.txt~' '.thue.txt.swp' '4913' 'ban-nhap.tmp' '.~lock.thue.odt#' \
	'#thue.txt#' 'tai-ve.part'; do
	printf 'Tệp tạm\n\nChim bói cá đậu cành tre ngà.\n' >"$W/sub/$f"
done
# Half-written: one open, two writes with a pause between them.
{ printf 'Văn bản viết dở\n\nPhần đầu: đàn sếu đầu đỏ về Tràm Chim.\n'; sleep 3
  printf 'Phần sau: sếu múa bên bờ sông Tiền.\n'; } >"$W/sub/do-dang.txt" &
HALF=$!
sleep 2.5
absent '"đàn sếu đầu đỏ"' || fail "a file still being written was indexed"
wait "$HALF"
check "the file written in two parts, once closed" found '"sếu múa bên bờ sông Tiền"' "$W/sub/do-dang.txt"
T_CHECKS=$((T_CHECKS + 1))
[ "$(grep -c 'do-dang.txt: ' "$LOG")" = 1 ] && grep -q 'do-dang.txt: added' "$LOG" ||
	fail "the half-written file was indexed once, whole: $(grep 'do-dang' "$LOG")"
absent '"chim bói cá đậu cành tre"' || fail "an editor's temporary file was indexed"

# Deleted: gone from results and from the card's citing documents.
rm "$W/sub/thue.txt"
check "a deleted law is gone from results" absent '"thuốc lá điếu, xì gà"'
T_CHECKS=$((T_CHECKS + 1))
citing "$W/sub/thue.txt" && fail "a deleted law is still among its card's citing documents"

# A copy under another name, then the first deleted (a move in two steps):
# the copy was a duplicate, and now holds the law alone (h11e).
cp "$LAW" "$W/luat-goc.txt"
check "a law copied in again" found '"thuốc lá điếu, xì gà"' "$W/luat-goc.txt"
cp "$LAW" "$W/luat-ban-sao.txt"
check "its copy is a duplicate" grep -q 'luat-ban-sao.txt: same content as' "$LOG"
rm "$W/luat-goc.txt"
check "the first deleted, its copy holds the law" found '"thuốc lá điếu, xì gà"' "$W/luat-ban-sao.txt"
check "… among its card's citing documents" citing "$W/luat-ban-sao.txt"
rm "$W/luat-ban-sao.txt"
check "and deleted too, the law is gone" absent '"thuốc lá điếu, xì gà"'

# Office's owner file of a document open in Word: no document, no failure (h11e).
printf '\005Lan N\000\000\000\000\000\000' >"$W/~\$i-giang.docx"
printf 'Sau Word\n\nBến Ninh Kiều bên sông Hậu.\n' >"$W/sau-word.txt"
check "after Word's owner file" found '"bến Ninh Kiều"' "$W/sau-word.txt"
T_CHECKS=$((T_CHECKS + 1))
grep -q 'i-giang.docx: .*binary\|i-giang.docx: added' "$LOG" && fail "Word's owner file was read: $(grep 'i-giang' "$LOG")"
rm -f "$W/~\$i-giang.docx" "$W/sau-word.txt"

# A subfolder made with files in it, then deleted.
mkdir -p "$WORK/tmp-src/nhom"
printf 'Tờ trình\n\nVề việc nạo vét kênh Xáng Xà No.\n' >"$WORK/tmp-src/nhom/to-trinh.txt"
mv "$WORK/tmp-src/nhom" "$W/nhom"
check "a folder moved in: its files are ingested" found '"kênh Xáng Xà No"' "$W/nhom/to-trinh.txt"
rm -rf "$W/nhom"
check "a folder deleted: its documents go" absent '"kênh Xáng Xà No"'

# A file that cannot be read (for root too: a PDF that is not one) is named; the watch goes on.
printf '%%PDF-1.4\nnot really a PDF\n' >"$W/hong.pdf"
if [ "$(id -u)" != 0 ]; then
	printf 'Khóa\n\nTệp không đọc được.\n' >"$WORK/khoa.txt"
	chmod 000 "$WORK/khoa.txt"
	mv "$WORK/khoa.txt" "$W/khoa.txt"
fi
printf 'Sau đó\n\nCầu Mỹ Thuận bắc qua sông Tiền.\n' >"$W/sau.txt"
check "the watch goes on after a file it cannot read" found '"cầu Mỹ Thuận"' "$W/sau.txt"
check "an unreadable file is named with the reason" grep -q "hong.pdf: " "$LOG"
if [ "$(id -u)" != 0 ]; then
	check "a file without read permission is named" grep -q "khoa.txt: .*[Pp]ermission" "$LOG"
fi
grep -q 'watch: .*failed' "$LOG" || fail "the batch line counts the failure: $(cat "$LOG")"

# The folder watched moved away: its documents go; back: ingested again.
mv "$W" "$WORK/w-elsewhere"
check "the folder watched moved away is said" grep -q 'moved away or deleted' "$LOG"
check "its documents go with it" absent '"cầu Mỹ Thuận"'
mv "$WORK/w-elsewhere" "$W"
check "the folder back is ingested again" found '"cầu Mỹ Thuận"' "$W/sau.txt"
check "and watched again" grep -q 'is back' "$LOG"
printf 'Mới\n\nBến Ninh Kiều bên sông Hậu.\n' >"$W/moi.txt"
check "changes in the folder back are seen" found '"bến Ninh Kiều"' "$W/moi.txt"

# A hard link sends no write: seen when SIGHUP asks for every folder again.
printf 'Liên kết\n\nChợ nổi Cái Răng họp từ sáng sớm.\n' >"$WORK/lien-ket.txt"
ln "$WORK/lien-ket.txt" "$W/lien-ket.txt"
kill -HUP "$WATCHER"
check "SIGHUP: every folder ingested again" found '"chợ nổi Cái Răng"' "$W/lien-ket.txt"
check "SIGHUP said" grep -q 'watch: every folder again: 1 added' "$LOG"
rm "$W/lien-ket.txt"
check "after SIGHUP the watch goes on" absent '"chợ nổi Cái Răng"'

# SIGTERM: the watcher ends cleanly and the index is whole. A file still being written
# (a copy running) is not ingested, and the operator is told so, and what ingests it.
exec 3>"$W/dang-chep.txt"
printf 'Đang chép\n\nPhà Cần Thơ ngày xưa.\n' >&3
kill -TERM "$WATCHER"
wait "$WATCHER"
RC=$?
WATCHER=
exec 3>&-
expect_rc 0 "the watcher stopped by SIGTERM"
grep -q 'watch stopped' "$LOG" || fail "SIGTERM said: $(tail -3 "$LOG")"
T_CHECKS=$((T_CHECKS + 1))
grep -q 'watch: 1 file added or changed not ingested yet (stopped before them): the next `tracuu ingest --watch`' "$LOG" ||
	fail "SIGTERM with a file being written says it is left, and what ingests it: $(tail -3 "$LOG")"
rm "$W/dang-chep.txt"
run "$TRACUU" stats --db "$DB" --json
expect_rc 0 "the index opens after SIGTERM"
T_CHECKS=$((T_CHECKS + 1))
N=$(jq -r .documents "$WORK/out")
[ "$N" = 4 ] || fail "stats counts the 4 documents the folder holds (cu, do-dang, sau, moi): $N"
if command -v xapian-check >/dev/null 2>&1; then
	T_CHECKS=$((T_CHECKS + 1))
	xapian-check "$(live_index "$DB")" >"$WORK/check" 2>&1 || fail "xapian-check: $(tail -3 "$WORK/check")"
fi
grep -Eq 'watch: [0-9]+ added, [0-9]+ changed, [0-9]+ moved, [0-9]+ removed' "$LOG" ||
	fail "one line per batch with its counts: $(cat "$LOG")"

# --quiet: no line per batch, errors still named.
"$TRACUU" ingest --watch -q --db "$DB" "$W" 2>"$LOG" &
WATCHER=$!
printf 'Lặng\n\nCon đò ngang sông Vàm Cỏ.\n' >"$W/lang.txt"
check "a quiet watcher ingests too" found '"con đò ngang"' "$W/lang.txt"
stop_watcher
T_CHECKS=$((T_CHECKS + 1))
grep -q 'tracuu: watch' "$LOG" && fail "--quiet: no line per batch: $(cat "$LOG")"
grep -q 'hong.pdf: not a readable PDF' "$LOG" || fail "--quiet still names the errors: $(cat "$LOG")"

# --follow: folders reached through symbolic links are watched too (as the walk walks
# them), each once: a link back up the tree (a loop) does not stop the watch.
F="$WORK/f"
OUT=$(mkdir -p "$WORK/ngoai" "$WORK/ngoai2" && cd "$WORK" && pwd -P)
mkdir -p "$F"
printf 'Ngoài\n\nĐồi chè Long Cốc mù sương.\n' >"$OUT/ngoai/truoc.txt"
ln -s "$OUT/ngoai" "$F/lk"
ln -s "$F" "$F/vong"
"$TRACUU" ingest --watch --follow -v --db "$WORK/db-follow" "$F" 2>"$LOG" &
WATCHER=$!
DB="$WORK/db-follow"
check "--follow: a file in a linked folder, there before the watch" found '"đồi chè Long Cốc"' "$OUT/ngoai/truoc.txt"
printf 'Sau\n\nRuộng bậc thang Mù Cang Chải.\n' >"$OUT/ngoai/sau.txt"
check "--follow: a file added in a linked folder is seen" found '"ruộng bậc thang Mù Cang Chải"' "$OUT/ngoai/sau.txt"
printf 'Mới\n\nCao nguyên đá Đồng Văn.\n' >"$OUT/ngoai2/da.txt"
ln -s "$OUT/ngoai2" "$F/lk2"
check "--follow: a link to a folder made in the folder watched: its files read" found '"cao nguyên đá Đồng Văn"' "$OUT/ngoai2/da.txt"
printf 'Rồi\n\nThác Bản Giốc mùa nước đổ.\n' >"$OUT/ngoai2/thac.txt"
check "--follow: … and watched" found '"thác Bản Giốc"' "$OUT/ngoai2/thac.txt"
T_CHECKS=$((T_CHECKS + 1))
kill -0 "$WATCHER" 2>/dev/null || fail "--follow: a link back up the tree (a loop) ends nothing: $(tail -c 800 "$LOG")"
stop_watcher

[ "$T_FAILED" -eq 0 ] || exit 1
echo "watch: $T_CHECKS checks passed"
