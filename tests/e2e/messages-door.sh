# messages-door.sh — every line the command layer writes to stderr goes through cli/messages.c (errorf, warnf, notef, usage_error), which clears the progress line first: no raw fprintf(stderr, …), fputs(…, stderr) or perror in cli/ outside it.
. "$TRACUU_SRCDIR/tests/lib.sh"

# raw_stderr FILE…: "file:line: text" for each C statement that writes to
# stderr by itself. Comments and string literals are blanked first (a help
# text may say "stderr"); a call split over lines is read whole and named by
# the line where it starts.
raw_stderr() {
	LC_ALL=C awk -v q="'" '
	FNR == 1 { stmt = ""; mode = "" }
	{
		# The line without comments, and with "" for each literal.
		s = ""
		for (i = 1; i <= length($0); i++) {
			c = substr($0, i, 1)
			if (mode == "/*") {
				if (substr($0, i, 2) == "*/") { mode = ""; i++; s = s " " }
			} else if (mode != "") {
				if (c == "\\") i++
				else if (c == mode) { mode = ""; s = s c c }
			} else if (substr($0, i, 2) == "/*") {
				mode = "/*"; i++
			} else if (substr($0, i, 2) == "//") {
				break
			} else if (c == "\"" || c == q) {
				mode = c
			} else {
				s = s c
			}
		}
		if (mode != "/*")
			mode = ""
		if (stmt == "" && s ~ /^[ \t]*(#|$)/)
			next
		if (stmt == "")
			at = 0
		if (!at && s ~ /(^|[^A-Za-z0-9_])(v?fprintf|fputs|fputc|putc|fwrite|perror|v?warnx?|v?errx?|write|v?dprintf)[ \t]*\(/) {
			at = FNR
			text = $0
		}
		stmt = stmt " " s
		if (s !~ /[;{}]/)
			next
		if (stmt ~ /(^|[^A-Za-z0-9_])(v?fprintf|fputs|fputc|putc|fwrite)[ \t]*\((.*[^A-Za-z0-9_])?stderr([^A-Za-z0-9_]|$)/ ||
		    stmt ~ /(^|[^A-Za-z0-9_])(perror|v?warnx?|v?errx?)[ \t]*\(/ ||
		    stmt ~ /(^|[^A-Za-z0-9_])(write|v?dprintf)[ \t]*\([ \t]*(2|STDERR_FILENO)[ \t]*,/) {
			sub(/^[ \t]+/, "", text)
			print FILENAME ":" at ": " text
		}
		stmt = ""
	}' "$@"
}

# The check itself must see what it is there to see.
cat > "$WORK/bad.c" <<'EOF'
void f(void)
{
	fprintf(stderr, "tracuu: %s\n", x);
	fputs("tracuu: done\n", stderr);
	fprintf(stderr,
		"tracuu: split over lines\n");
	fputs("tracuu: the stream on the next line\n",
	      stderr);
	perror("tracuu");
	vfprintf(stderr, fmt, ap); fputc('\n', stderr);
}
EOF
cat > "$WORK/good.c" <<'EOF'
/* fprintf(stderr, …) in a comment,
 * fputs("x", stderr) over two lines */
static const char help[] = "--explain  print the query to stderr; fprintf(stderr, x);";
void f(void)
{
	errorf("index %s: %s", path, err); // fputs(x, stderr)
	notef("a quote \" and fprintf(stderr, in a string");
	print_help(stderr);
	fputs(help, stdout);
	char c = '"'; fprintf(stdout, "%c", c);
}
EOF
raw_stderr "$WORK/bad.c" > "$WORK/found"
T_CHECKS=$((T_CHECKS + 1))
[ "$(cut -d: -f2 "$WORK/found" | tr '\n' ' ')" = "3 4 5 7 9 10 " ] ||
	fail "the check finds each raw write, a split call by its first line (found: $(cat "$WORK/found"))"
raw_stderr "$WORK/good.c" > "$WORK/found"
T_CHECKS=$((T_CHECKS + 1))
[ ! -s "$WORK/found" ] || fail "the check passes comments, strings and other streams (found: $(cat "$WORK/found"))"

# The command layer.
cd "$TRACUU_SRCDIR" || exit 1
find cli -name '*.[ch]' ! -path cli/messages.c | LC_ALL=C sort > "$WORK/files"
T_CHECKS=$((T_CHECKS + 1))
[ -s "$WORK/files" ] || fail "no C files under $TRACUU_SRCDIR/cli"
raw_stderr $(cat "$WORK/files") > "$WORK/found"
T_CHECKS=$((T_CHECKS + 1))
if [ -s "$WORK/found" ]; then
	fail "$(wc -l < "$WORK/found") raw write(s) to stderr in cli/; use errorf, warnf, notef or usage_error (cli/cli.h):"
	sed 's/^/  /' "$WORK/found" >&2
fi
finish
