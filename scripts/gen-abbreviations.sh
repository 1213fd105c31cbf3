#!/bin/sh
# gen-abbreviations.sh — compiles corpus/abbreviations.tsv into C (stdout).
# Usage: gen-abbreviations.sh ABBREVIATIONS.tsv > query/abbrev_table.c
# A malformed row stops the build with file:line, so bad data never compiles.
set -e
if [ $# -ne 1 ] || [ ! -r "$1" ]; then
	echo "usage: $0 abbreviations.tsv" >&2
	exit 2
fi
LC_ALL=C awk -F '\t' '
function die(msg) {
	printf "%s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
	failed = 1
	exit 1
}
function cstr(s) {
	gsub(/\\/, "\\\\", s)
	gsub(/"/, "\\\"", s)
	gsub(/\?/, "\\?", s)
	return "\"" s "\""
}
BEGIN {
	print "/* abbrev_table.c — generated from corpus/abbreviations.tsv by scripts/gen-abbreviations.sh; do not edit. */"
	print "#include \"query/query_int.h\""
	print ""
	print "const struct query_abbrev query_abbrevs[] = {"
	n = 0
}
/^#/ || /^[ \t]*$/ { next }
{
	if (NF != 3)
		die("want 3 tab-separated fields, not " NF)
	if ($1 !~ /^([A-Za-z]|\304\220|\304\221)+$/)
		die("bad abbreviation \"" $1 "\" (letters only)")
	if ($2 == "" || $2 == "-")
		die("no expansion for " $1)
	if (toupper($1) in seen)
		die("duplicate abbreviation " $1)
	seen[toupper($1)] = 1
	# Its key as text_fold_key folds it (letters only: lower case, Đ as d),
	# compiled in rather than folded as each search starts; the unit
	# tests hold each to text_fold_key.
	key = tolower($1)
	gsub(/\304\220|\304\221/, "d", key)
	printf "\t{ %s, %s, %s },\n", cstr($1), cstr($2), cstr(key)
	n++
}
END {
	if (failed)
		exit 1
	print "};"
	printf "const size_t query_nabbrevs = %d;\n", n
}
' "$1"
