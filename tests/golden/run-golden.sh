#!/bin/bash
# run-golden.sh — runs one golden file: input files, then commands with their expected stdout, stderr and exit status.
#
# Format (tests are data, as in jq's tests/jq.test; input files as in
# curl's test files, docs/tests/FILEFORMAT.md):
#   # comment
#   <file name="in/a.txt">         an input file, written when the runner reaches
#   line                           it, so before the commands below it run: its
#   …                              path is relative to the test's scratch folder,
#   </file>                        its content the lines between the tags,
#                                  verbatim (UTF-8), each ending in a newline
#   $ tracuu search 'dao tao'      a command (bash), run in the scratch folder
#   > line                         expected stdout, line by line ("> " or ">" alone)
#   ! line                         expected stderr, line by line
#   ? 1                            expected exit status (default 0)
#   ~ regex                        stdout has a line matching the regex (grep -E);
#                                  a case with ~ lines is not compared line by line
# A test that needs an index declares its files, ingests them with a command
# ("$ tracuu ingest --quiet --no-progress --db db --root in in"), then
# searches it with --db db: one scratch folder serves the whole file, so a
# later <file> block can add a file for a second ingest. Its folders bin/,
# home/ and run/ belong to the runner.
# A <file> tag takes, as in curl, nonewline="yes" (no newline after the last
# line) and crlf="yes" (lines end in CR LF). In a file's content, as in curl,
# %hex[%ef%bb%bf]hex% is the bytes written as %HH (a byte-order mark, a
# no-break space: bytes no one can see in the test), and
# %repeat[300 x đào tạo%0a]% a text (%HH allowed) so many times.
# The commands run with TRACUU_DB set to the bundled index (--db overrides
# it); `tracuu` is the binary under test; `sources ARGS…` prints the sources
# `tracuu search --json --limit 1000 ARGS…` finds, one a line, sorted.
# In what the commands print, the bundled index's path reads <bundled-db> and
# the scratch folder's <work>.
# A case ends at the next "$ " line, <file> block or the end of the file.
# stdout and stderr are compared exactly. TRACUU_GOLDEN_UPDATE=1 rewrites the
# file with what the commands print now, keeping <file> blocks and ~ lines
# (review the diff before committing it).
. "$TRACUU_SRCDIR/tests/lib.sh"
file=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
mkdir -p "$WORK/bin"
ln -s "$TRACUU" "$WORK/bin/tracuu"
export PATH="$WORK/bin:$PATH"
export TRACUU_DB="$TRACUU_BUNDLED_DB"
export FIXTURES WORK
sources() { tracuu search --json --limit 1000 "$@" | jq -r .source | sort; }
export -f sources
mkdir -p "$WORK/run"
cd "$WORK"

cmd="" ; exp_out="" ; exp_err="" ; exp_rc=0 ; exp_re=() ; have_case=0 ; header=""
updated=""

run_case() {
	[ "$have_case" -eq 1 ] || return 0
	have_case=0
	bash -c "$cmd" >"$WORK/run/out.raw" 2>"$WORK/run/err.raw"
	local rc=$?
	# Machine-specific paths read as placeholders.
	local f
	for f in out err; do
		local text
		text=$(cat "$WORK/run/$f.raw"; echo x)
		text=${text%x}
		text=${text//"$TRACUU_BUNDLED_DB"/<bundled-db>}
		text=${text//"$WORK"/<work>}
		printf '%s' "$text" >"$WORK/run/$f"
	done
	if [ -n "${TRACUU_GOLDEN_UPDATE:-}" ]; then
		updated+="$header\$ $cmd"$'\n'
		local re
		if [ ${#exp_re[@]} -gt 0 ]; then
			for re in "${exp_re[@]}"; do updated+="~ $re"$'\n'; done
		else
			while IFS= read -r l; do updated+="> $l"$'\n'; done <"$WORK/run/out"
		fi
		while IFS= read -r l; do updated+="! $l"$'\n'; done <"$WORK/run/err"
		updated+="? $rc"$'\n'
		header=""
		return 0
	fi
	T_CHECKS=$((T_CHECKS + 1))
	if [ "$rc" -ne "$exp_rc" ]; then
		fail "\$ $cmd: exit status $rc, expected $exp_rc"
	fi
	if [ ${#exp_re[@]} -gt 0 ]; then
		local re
		for re in "${exp_re[@]}"; do
			grep -Eq -- "$re" "$WORK/run/out" ||
				fail "\$ $cmd: stdout lacks /$re/ (stdout: $(head -c 600 "$WORK/run/out"))"
		done
	elif ! diff -u <(printf '%s' "$exp_out") "$WORK/run/out" >"$WORK/run/diff"; then
		fail "\$ $cmd: stdout differs:"; cat "$WORK/run/diff" >&2
	fi
	if ! diff -u <(printf '%s' "$exp_err") "$WORK/run/err" >"$WORK/run/diff"; then
		fail "\$ $cmd: stderr differs:"; cat "$WORK/run/diff" >&2
	fi
}

# The text with %hex[…]hex% and %repeat[N x …]% expanded, as curl's runner does.
expand() {
	local s=$1 out="" pre body n re='%(hex\[([^]]*)\]hex|repeat\[([0-9]+) x ([^]]*)\])%'
	while [[ $s =~ $re ]]; do
		pre=${s%%"${BASH_REMATCH[0]}"*}
		out+=$pre
		s=${s#*"${BASH_REMATCH[0]}"}
		if [ -z "${BASH_REMATCH[3]}" ]; then
			out+=$(printf '%b' "${BASH_REMATCH[2]//%/\\x}"; echo x); out=${out%x}
		else
			n=${BASH_REMATCH[3]}
			body=$(printf '%b' "${BASH_REMATCH[4]//%/\\x}"; echo x); body=${body%x}
			while [ "$n" -gt 0 ]; do out+=$body; n=$((n - 1)); done
		fi
	done
	printf '%s' "$out$s"
}

# write_file TAG: reads the block's lines up to </file> from the golden file
# (fd 3) and writes the file the tag names.
write_file() {
	local tag=$1 name nonewline=0 crlf=0 content="" l eol=$'\n'
	[[ $tag =~ name=\"([^\"]+)\" ]] || { fail "$tag: no name=\"…\""; exit 1; }
	name=${BASH_REMATCH[1]}
	[[ $tag =~ nonewline=\"yes\" ]] && nonewline=1
	[[ $tag =~ crlf=\"yes\" ]] && { crlf=1; eol=$'\r\n'; }
	header+="$tag"$'\n'
	while :; do
		IFS= read -r l <&3 || { fail "<file name=\"$name\">: no </file>"; exit 1; }
		header+="$l"$'\n'
		[ "$l" = "</file>" ] && break
		content+="$l$eol"
	done
	[ "$nonewline" -eq 1 ] && content=${content%"$eol"}
	case "$name" in /*|..|../*|*/../*|*/..) fail "$name: outside the scratch folder"; exit 1 ;; esac
	mkdir -p "$WORK/$(dirname "$name")"
	expand "$content" >"$WORK/$name"
}

while IFS= read -r line <&3 || [ -n "$line" ]; do
	case "$line" in
	'$ '*)
		run_case
		cmd=${line#\$ }; exp_out=""; exp_err=""; exp_rc=0; exp_re=(); have_case=1 ;;
	'<file '*'>')
		run_case
		write_file "$line" ;;
	'>') exp_out+=$'\n' ;;
	'> '*) exp_out+="${line#> }"$'\n' ;;
	'!') exp_err+=$'\n' ;;
	'! '*) exp_err+="${line#! }"$'\n' ;;
	'? '*) exp_rc=${line#? } ;;
	'~ '*) exp_re+=("${line#\~ }") ;;
	*) [ "$have_case" -eq 1 ] && [ -n "${TRACUU_GOLDEN_UPDATE:-}" ] && run_case
	   header+="$line"$'\n' ;;
	esac
done 3<"$file"
run_case
if [ -n "${TRACUU_GOLDEN_UPDATE:-}" ]; then
	printf '%s%s' "$updated" "$header" >"$file"
	echo "updated $file"
	exit 0
fi
finish
