# manpage.sh — man/tracuu.1 against the program: every command tracuu --help lists has its section, naming every option its --help gives; every exit code and variable of tracuu --help is there; groff reads it without a warning.
. "$TRACUU_SRCDIR/tests/lib.sh"
MAN="$TRACUU_SRCDIR/man/tracuu.1"
[ -f "$MAN" ] || { fail "no manual page at $MAN"; finish; }

# The page as words: roff's escaped minus as '-', font changes and the
# macros' quotes gone.
sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\ / /g' -e 's/"//g' "$MAN" >"$WORK/man"

# The lines of section $1 (a .SS or .SH title starting so), up to the next.
section() {
	awk -v t="$1" '
		/^\.S[SH] / { on = index(substr($0, 5), t) == 1; next }
		on' "$WORK/man"
}

# The options a --help text names: --long, and -x where an option line
# starts with it.
help_options() {
	{
		grep -oE '(^|[^[:alnum:]-])--[a-z][a-z0-9-]*' "$1" | sed -E 's/^[^-]+//'
		grep -oE '^ +-[a-zA-Z],' "$1" | tr -d ' ,'
	} | sort -u
}

# Does the text in file $2 name option $1 (a word of its own)?
names_option() {
	grep -qE -- "(^|[^[:alnum:]-])$1([^[:alnum:]-]|\$)" "$2"
}

"$TRACUU" --help >"$WORK/help" || fail "tracuu --help fails"
cmds=$(sed -n '/^commands:/,/^$/{s/^  \([a-z][a-z-]*\) .*/\1/p}' "$WORK/help")
[ -n "$cmds" ] && ok || fail "tracuu --help lists no commands"
for cmd in $cmds; do
	section "tracuu $cmd " >"$WORK/sec"
	T_CHECKS=$((T_CHECKS + 1))
	if [ ! -s "$WORK/sec" ]; then
		fail "the manual page has no section 'tracuu $cmd'"
		continue
	fi
	"$TRACUU" "$cmd" --help >"$WORK/cmdhelp" 2>&1 || fail "tracuu $cmd --help fails"
	for opt in $(help_options "$WORK/cmdhelp"); do
		T_CHECKS=$((T_CHECKS + 1))
		names_option "$opt" "$WORK/sec" ||
			fail "tracuu $cmd --help lists $opt; its section of the manual page does not"
	done
done
# Each command's exit codes: its --help says them (2 among them: each reads options), and its
# section of the manual page says the same ones.
exit_codes() { # the numbers of an "Exit status:" paragraph, one a line
	sed -n '/^Exit status:/,/^$/p' | grep -oE '(^|[ :,])[0-9]{1,3} [a-z]' | grep -oE '[0-9]+' | sort -un
}
for cmd in $cmds; do
	"$TRACUU" "$cmd" --help 2>&1 | exit_codes >"$WORK/hcodes"
	section "tracuu $cmd " | sed -e '/^\.S[SH] /,$d' -e '/^\.PP/d' | exit_codes >"$WORK/mcodes"
	T_CHECKS=$((T_CHECKS + 1))
	grep -qx 2 "$WORK/hcodes" ||
		fail "tracuu $cmd --help gives no exit status for bad usage (2): $(tr '\n' ' ' <"$WORK/hcodes")"
	T_CHECKS=$((T_CHECKS + 1))
	cmp -s "$WORK/hcodes" "$WORK/mcodes" ||
		fail "tracuu $cmd: --help's exit codes ($(tr '\n' ' ' <"$WORK/hcodes")) are not its manual section's ($(tr '\n' ' ' <"$WORK/mcodes"))"
done
for opt in --version --help; do
	T_CHECKS=$((T_CHECKS + 1))
	section "GLOBAL OPTIONS" >"$WORK/sec"
	names_option "$opt" "$WORK/sec" || fail "tracuu --help's $opt is not among the global options"
done

# Exit codes: each of tracuu --help's, as a tagged paragraph of EXIT STATUS.
section "EXIT STATUS" >"$WORK/exit"
codes=$(sed -n '/^exit status:/,/^$/{s/^  \([0-9][0-9]*\) .*/\1/p}' "$WORK/help")
[ -n "$codes" ] && ok || fail "tracuu --help lists no exit codes"
for code in $codes; do
	T_CHECKS=$((T_CHECKS + 1))
	grep -qx "\.B $code" "$WORK/exit" || fail "exit code $code is not under EXIT STATUS"
done

# The index choice: the variables tracuu --help names are under WHICH
# INDEX and ENVIRONMENT.
for var in $(grep -oE '\$[A-Z_]+' "$WORK/help" | tr -d '$' | sort -u); do
	T_CHECKS=$((T_CHECKS + 1))
	section "WHICH INDEX" | grep -q "$var" || fail "\$$var (tracuu --help) is not under WHICH INDEX"
	section "ENVIRONMENT" | grep -qx "\.B $var" || fail "\$$var is not under ENVIRONMENT"
done

# Written well enough for man to show it as meant.
if command -v groff >/dev/null; then
	groff -k -man -Tutf8 -ww -z "$MAN" 2>"$WORK/groff"
	T_CHECKS=$((T_CHECKS + 1))
	[ ! -s "$WORK/groff" ] || fail "groff warns: $(head -3 "$WORK/groff")"
fi

# The check itself: a page without an option fails it.
sed -e '/^\.BI \\-\\-offset/d' "$MAN" | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' >"$WORK/man"
section "tracuu search " >"$WORK/sec"
T_CHECKS=$((T_CHECKS + 1))
! names_option --offset "$WORK/sec" || fail "the check finds --offset in a page without it"
finish
