# watch-access.sh — `tracuu ingest --watch` run as a user who cannot read everything (as
# root the watcher runs as nobody, on folders nobody owns): a folder given, a subfolder and a
# file without read permission are named; once the permission is given (chmod, which sends no
# write) they are watched and ingested without a restart; a file made unreadable keeps its
# document. Deadlines are failure conditions (a change never seen), not timings.
. "$TRACUU_SRCDIR/tests/lib.sh"
LAW="$FIXTURES/watch/luat-thue-tieu-thu-dac-biet.txt"
if [ "$(id -u)" = 0 ]; then
	command -v setpriv >/dev/null 2>&1 || { echo "setpriv missing: skipped" >&2; exit 77; }
	AS="setpriv --reuid=nobody --regid=nogroup --clear-groups"
	chown nobody:nogroup "$WORK" "$HOME"
	$AS "$TRACUU" --version >/dev/null 2>&1 ||
		{ echo "nobody cannot run $TRACUU (a folder above it closed): skipped" >&2; exit 77; }
else
	AS=
fi
DB="$WORK/db"
D="$WORK/phong"  # a department's folder
G="$WORK/khoa"   # a second folder given, closed at the start
LOG="$WORK/watch.err"
mkdir -p "$D/kin" "$G"
printf 'Công văn\n\nVề việc tu bổ đình làng Đình Bảng.\n' >"$D/cong-van.txt"
printf 'Tờ trình\n\nVề việc nạo vét kênh Chợ Gạo.\n' >"$D/kin/to-trinh.txt"
printf 'Báo cáo\n\nVề việc trồng rừng ngập mặn Cần Giờ.\n' >"$G/bao-cao.txt"
[ -n "$AS" ] && chown -R nobody:nogroup "$D" "$G"
chmod 000 "$D/kin" "$G"

WATCHER=
stop_watcher() { [ -n "$WATCHER" ] && kill "$WATCHER" 2>/dev/null; wait "$WATCHER" 2>/dev/null; WATCHER=; }
trap 'stop_watcher; chmod -R u+rwX "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
$AS "$TRACUU" ingest --watch -v --db "$DB" "$D" "$G" 2>"$LOG" &
WATCHER=$!

until_ok() {
	_end=$(($(date +%s) + 60))
	while ! "$@" >/dev/null 2>&1; do
		[ "$(date +%s)" -ge "$_end" ] && return 1
		kill -0 "$WATCHER" 2>/dev/null || return 1
		sleep 0.1
	done
}
found() { "$TRACUU" search --db "$DB" --json --limit 100 "$1" | jq -r .source | grep -qx "$2"; }
check() { # what CMD…
	_what=$1; shift
	T_CHECKS=$((T_CHECKS + 1))
	until_ok "$@" || fail "$_what (within 60 s; watcher's stderr: $(tail -c 1200 "$LOG"))"
}

check "the watcher starts" grep -q 'watching 1 folder under 2 given' "$LOG"
check "a readable file is ingested" found '"đình làng Đình Bảng"' "$D/cong-van.txt"
check "a subfolder without read permission is named" grep -q "kin: not watched: Permission denied" "$LOG"
check "a folder given without read permission is named, and tried again" \
	grep -q "khoa: the folder given cannot be watched now: it is tried again" "$LOG"

# A file copied in that its reader cannot read: named, the watch goes on.
cp "$LAW" "$WORK/luat.txt"
[ -n "$AS" ] && chown nobody:nogroup "$WORK/luat.txt"
chmod 000 "$WORK/luat.txt"
mv "$WORK/luat.txt" "$D/luat.txt"
check "a file without read permission is named" grep -q "luat.txt: Permission denied" "$LOG"

# Permissions given: a chmod sends no write, yet each is read now.
chmod 644 "$D/luat.txt"
check "a file made readable is ingested" found '"thuốc lá điếu, xì gà"' "$D/luat.txt"
chmod 755 "$D/kin"
check "a subfolder made readable: its files are ingested" found '"kênh Chợ Gạo"' "$D/kin/to-trinh.txt"
printf 'Sau\n\nVề việc lát đá đường lên chùa Hương.\n' >"$D/kin/sau.txt"
check "… and it is watched" found '"đường lên chùa Hương"' "$D/kin/sau.txt"
chmod 755 "$G"
check "a folder given made readable is ingested" found '"rừng ngập mặn Cần Giờ"' "$G/bao-cao.txt"
printf 'Mới\n\nVề việc kè bờ sông Hậu.\n' >"$G/moi.txt"
check "… and watched" found '"kè bờ sông Hậu"' "$G/moi.txt"
T_CHECKS=$((T_CHECKS + 1))
[ "$(grep -c 'khoa: not watched' "$LOG")" -le 1 ] ||
	fail "the folder given tried again is named once: $(grep -c 'khoa: not watched' "$LOG") times"

# A file made unreadable stays in the index (it is still there), a SIGHUP too.
chmod 000 "$D/cong-van.txt"
kill -HUP "$WATCHER"
check "SIGHUP: every folder again" grep -q 'watch: every folder again' "$LOG"
T_CHECKS=$((T_CHECKS + 1))
found '"đình làng Đình Bảng"' "$D/cong-van.txt" || fail "a file made unreadable lost its document"
stop_watcher

[ "$T_FAILED" -eq 0 ] || exit 1
echo "watch-access: $T_CHECKS checks passed"
