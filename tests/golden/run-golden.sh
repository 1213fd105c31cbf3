#!/bin/bash
# run-golden.sh — runs one golden file: commands with their expected stdout, stderr and exit status.
#
# Format (tests are data, as in jq's tests/jq.test):
#   # comment
#   $ tracuu search 'dao tao'      a command (bash), run with the bundled index
#   > line                         expected stdout, line by line ("> " or ">" alone)
#   ! line                         expected stderr, line by line
#   ? 1                            expected exit status (default 0)
# In what the commands print, the bundled index's path reads <bundled-db> and
# the scratch folder's <work>.
# A case ends at the next "$ " line or at the end of the file. stdout and
# stderr are compared exactly. TRACUU_GOLDEN_UPDATE=1 rewrites the file with
# what the commands print now (review the diff before committing it).
. "$TRACUU_SRCDIR/tests/lib.sh"
file=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
mkdir -p "$WORK/bin"
ln -s "$TRACUU" "$WORK/bin/tracuu"
export PATH="$WORK/bin:$PATH"
export TRACUU_DB="$TRACUU_BUNDLED_DB"
export FIXTURES WORK
cd "$WORK"

cmd="" ; exp_out="" ; exp_err="" ; exp_rc=0 ; have_case=0 ; header=""
updated=""

run_case() {
	[ "$have_case" -eq 1 ] || return 0
	bash -c "$cmd" >"$WORK/out.raw" 2>"$WORK/err.raw"
	local rc=$?
	# Machine-specific paths read as placeholders.
	local f
	for f in out err; do
		local text
		text=$(cat "$WORK/$f.raw"; echo x)
		text=${text%x}
		text=${text//"$TRACUU_BUNDLED_DB"/<bundled-db>}
		text=${text//"$WORK"/<work>}
		printf '%s' "$text" >"$WORK/$f"
	done
	if [ -n "${TRACUU_GOLDEN_UPDATE:-}" ]; then
		updated+="$header\$ $cmd"$'\n'
		while IFS= read -r l; do updated+="> $l"$'\n'; done <"$WORK/out"
		while IFS= read -r l; do updated+="! $l"$'\n'; done <"$WORK/err"
		updated+="? $rc"$'\n'
		header=""
		return 0
	fi
	T_CHECKS=$((T_CHECKS + 1))
	if [ "$rc" -ne "$exp_rc" ]; then
		fail "\$ $cmd: exit status $rc, expected $exp_rc"
	fi
	if ! diff -u <(printf '%s' "$exp_out") "$WORK/out" >"$WORK/diff"; then
		fail "\$ $cmd: stdout differs:"; cat "$WORK/diff" >&2
	fi
	if ! diff -u <(printf '%s' "$exp_err") "$WORK/err" >"$WORK/diff"; then
		fail "\$ $cmd: stderr differs:"; cat "$WORK/diff" >&2
	fi
}

while IFS= read -r line || [ -n "$line" ]; do
	case "$line" in
	'$ '*)
		run_case
		cmd=${line#\$ }; exp_out=""; exp_err=""; exp_rc=0; have_case=1 ;;
	'>') exp_out+=$'\n' ;;
	'> '*) exp_out+="${line#> }"$'\n' ;;
	'!') exp_err+=$'\n' ;;
	'! '*) exp_err+="${line#! }"$'\n' ;;
	'? '*) exp_rc=${line#? } ;;
	*) [ "$have_case" -eq 1 ] && [ -n "${TRACUU_GOLDEN_UPDATE:-}" ] && run_case && have_case=0
	   header+="$line"$'\n' ;;
	esac
done <"$file"
run_case
if [ -n "${TRACUU_GOLDEN_UPDATE:-}" ]; then
	printf '%s%s' "$updated" "$header" >"$file"
	echo "updated $file"
	exit 0
fi
finish
