# watch-latency.sh — `make bench-watch`: how long a law copied into a folder under
# `tracuu ingest --watch` takes to be found by a phrase, and a deleted one to be gone
# (issue 21's acceptance: within 5 s). The folder starts with the UTS VLC laws but
# ROUNDS of them; each round copies one back and deletes it again.
# Environment: TRACUU (the binary), TRACUU_SHARED (the corpus), ROUNDS (default 5).
set -u
: "${TRACUU:?}"
LAWS="${TRACUU_SHARED:-../shared}/corpus/uts-vlc-laws/docs"
ROUNDS=${ROUNDS:-5}
[ -d "$LAWS" ] || { echo "watch-latency: no corpus at $LAWS (set TRACUU_SHARED)" >&2; exit 1; }
WORK=$(mktemp -d)
WATCHER=
trap '[ -n "$WATCHER" ] && kill "$WATCHER" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
mkdir "$WORK/w"
# The largest laws are the rounds' (the longest to read); the rest start in the folder.
ls -S "$LAWS" | grep '\.txt$' >"$WORK/all"
head -n "$ROUNDS" "$WORK/all" >"$WORK/rounds"
tail -n +"$((ROUNDS + 1))" "$WORK/all" | while read -r f; do cp "$LAWS/$f" "$WORK/w/"; done

now() { date +%s.%N; }
"$TRACUU" ingest --watch --db "$WORK/db" "$WORK/w" 2>"$WORK/log" &
WATCHER=$!
until grep -q 'watching' "$WORK/log"; do
	kill -0 "$WATCHER" 2>/dev/null || { cat "$WORK/log" >&2; exit 1; }
	sleep 0.2
done
docs=$("$TRACUU" stats --db "$WORK/db" --json | jq -r .documents)
echo "index: $docs laws; each round copies in one of the $ROUNDS largest, then deletes it"
# has SOURCE PHRASE: is SOURCE among the results for PHRASE?
has() { "$TRACUU" search --db "$WORK/db" --json --limit 500 "\"$2\"" 2>/dev/null |
	jq -r .source | grep -qx "$1"; }
# poll WANT SOURCE PHRASE: until has's status is WANT (0 found, 1 gone), for at most 60 s.
poll() {
	_n=0
	while has "$2" "$3"; [ $? -ne "$1" ]; do
		_n=$((_n + 1))
		[ "$_n" -lt 1200 ] || return 1
		sleep 0.05
	done
}
while read -r f; do
	# A phrase of the law's own: six words of a line far into it.
	phrase=$(awk 'NF >= 8 && ++n == 40 { print $2, $3, $4, $5, $6, $7; exit }' "$LAWS/$f" |
		tr -d '",;:.()')
	src="$WORK/w/$f"
	t0=$(now)
	cp "$LAWS/$f" "$src"
	poll 0 "$src" "$phrase" || { echo "$f: not found within 60 s ('$phrase')" >&2; exit 1; }
	t1=$(now)
	sleep 1.5
	t2=$(now)
	rm "$src"
	poll 1 "$src" "$phrase" || { echo "$f: not gone within 60 s" >&2; exit 1; }
	t3=$(now)
	printf '%-48s %7s KB  added → found %.2f s  deleted → gone %.2f s\n' "$f" \
		"$(($(wc -c <"$LAWS/$f") / 1024))" "$(echo "$t1 - $t0" | bc)" "$(echo "$t3 - $t2" | bc)"
	sleep 1.5
done <"$WORK/rounds"
