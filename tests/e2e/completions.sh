# completions.sh — the bash and zsh completions: commands, every option each command's --help gives, option values; bash with and without bash-completion loaded, zsh through its completion functions stubbed.
. "$TRACUU_SRCDIR/tests/lib.sh"
BASH_COMP="$TRACUU_SRCDIR/completions/tracuu.bash"
ZSH_COMP="$TRACUU_SRCDIR/completions/_tracuu"
mkdir -p "$WORK/bin"
ln -s "$TRACUU" "$WORK/bin/tracuu"
export PATH="$WORK/bin:$PATH"

# comp WORD… : what bash offers for the last word of "WORD…", one a line.
# $1 of the script run: "plain" or "full" (bash-completion loaded first).
cat >"$WORK/comp.bash" <<'EOF'
mode=$1; shift
if [ "$mode" = full ]; then
	[ -r /usr/share/bash-completion/bash_completion ] || exit 77
	. /usr/share/bash-completion/bash_completion
fi
. "$BASH_COMP"
COMP_WORDS=("$@")
COMP_CWORD=$(($# - 1))
COMP_LINE="$*"
COMP_POINT=${#COMP_LINE}
COMPREPLY=()
_tracuu tracuu "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
EOF
export BASH_COMP
bcomp() { bash "$WORK/comp.bash" "$mode" "$@" 2>"$WORK/comp.err"; }

# expect_offer WHAT WORD… : the completion of WORD… offers WHAT.
expect_offer() {
	local want=$1; shift
	T_CHECKS=$((T_CHECKS + 1))
	bcomp "$@" >"$WORK/offered"
	grep -qxF -- "$want" "$WORK/offered" ||
		fail "bash ($mode): '$*<TAB>' does not offer $want (offers: $(tr '\n' ' ' <"$WORK/offered"))"
}
expect_only() {
	local want=$1; shift
	T_CHECKS=$((T_CHECKS + 1))
	bcomp "$@" >"$WORK/offered"
	[ "$(cat "$WORK/offered")" = "$want" ] ||
		fail "bash ($mode): '$*<TAB>' offers $(tr '\n' ' ' <"$WORK/offered"), not only $want"
}

# every_option SHELL COMPLETER: each option of each command's --help is
# offered after "tracuu COMMAND --".
every_option() {
	local cmd opt
	for cmd in $cmds; do
		"$TRACUU" "$cmd" --help >"$WORK/cmdhelp" 2>&1
		"$2" tracuu "$cmd" -- >"$WORK/all-offered"
		for opt in $(grep -oE '(^|[^[:alnum:]-])--[a-z][a-z0-9-]*' "$WORK/cmdhelp" |
			     sed -E 's/^[^-]+//' | sort -u); do
			T_CHECKS=$((T_CHECKS + 1))
			grep -qE -- "^$opt=?\$" "$WORK/all-offered" ||
				fail "$1: tracuu $cmd --help lists $opt; the completion does not offer it"
		done
	done
}

"$TRACUU" --help >"$WORK/help"
cmds=$(sed -n '/^commands:/,/^$/{s/^  \([a-z][a-z-]*\) .*/\1/p}' "$WORK/help")
modes=plain
[ -r /usr/share/bash-completion/bash_completion ] && modes="plain full"
for mode in $modes; do
	# The commands starting "se" (search; serve where it is built), only.
	expect_only "$(printf '%s\n' $cmds | grep '^se')" tracuu se
	expect_offer search tracuu se
	expect_only --issuer tracuu search --is
	expect_offer csl-json tracuu cite --format ''
	expect_offer bibtex tracuu show --format b
	expect_offer date-asc tracuu search --sort=d
	expect_offer --help tracuu --h
	for cmd in $cmds; do
		expect_offer "$cmd" tracuu ''
	done
	every_option "bash ($mode)" bcomp
	# A file argument: ingest completes paths.
	touch "$WORK/doc-a.txt"
	expect_offer "$WORK/doc-a.txt" tracuu ingest "$WORK/doc-"
done

# zsh: its completion functions stubbed to print what they are given.
if command -v zsh >/dev/null; then
	cat >"$WORK/comp.zsh" <<'EOF'
compadd() {
	while [[ $# -gt 0 && $1 != -- ]]; do
		case $1 in -[SPJXVq]) shift 2 ;; *) shift ;; esac
	done
	shift
	print -rl -- "$@"
}
compset() { PREFIX=${PREFIX#*=} }
_describe() { local -a l; l=("${(@P)4}"); print -rl -- ${l%%:*} }
_files() { print -r -- "(files)" }
_message() { print -r -- "(message $*)" }
words=("$@")
CURRENT=$#
PREFIX=${words[CURRENT]}
# As compinit's autoload runs it: the file's body defines _tracuu and calls it.
source "$ZSH_COMP_FILE"
EOF
	export ZSH_COMP_FILE="$ZSH_COMP"
	zcomp() { zsh -f "$WORK/comp.zsh" "$@" 2>"$WORK/zcomp.err"; }
	zexpect() {
		local want=$1; shift
		T_CHECKS=$((T_CHECKS + 1))
		zcomp "$@" >"$WORK/zoffered"
		grep -qxF -- "$want" "$WORK/zoffered" ||
			fail "zsh: '$*<TAB>' does not offer $want (offers: $(tr '\n' ' ' <"$WORK/zoffered"); $(head -2 "$WORK/zcomp.err"))"
	}
	zexpect search tracuu se
	zexpect --issuer tracuu search --is
	zexpect ris tracuu cite --format ''
	zexpect date-asc tracuu search --sort=d
	zexpect "(files)" tracuu ingest ''
	for cmd in $cmds; do
		zexpect "$cmd" tracuu ''
	done
	every_option zsh zcomp
else
	echo "zsh is not installed: its completion is not tried" >&2
fi
finish
