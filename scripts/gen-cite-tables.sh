#!/bin/sh
# gen-cite-tables.sh — compiles corpus/issuers.tsv and corpus/doctypes.tsv into C (stdout).
# Usage: gen-cite-tables.sh ISSUERS.tsv DOCTYPES.tsv > text/cite_tables.c
# A malformed row stops the build with file:line, so bad data never compiles.
set -e

if [ $# -ne 2 ]; then
	echo "usage: $0 issuers.tsv doctypes.tsv" >&2
	exit 2
fi
for f in "$1" "$2"; do
	if [ ! -r "$f" ]; then
		echo "$0: cannot read $f" >&2
		exit 1
	fi
done

# Byte-wise awk: the only non-ASCII letters in codes are Đ/đ, handled as bytes.
LC_ALL=C awk -F '\t' -v issuers="$1" -v doctypes="$2" '
BEGIN {
	ni = 0; nt = 0; nn = 0; nu = 0
	# A name as text_fold_key folds it (the keys a search compares): the
	# Vietnamese letters without their marks, lower case, no spaces; each
	# search otherwise folds every name again at its start. Only names that
	# fold to ASCII letters and digits here are compiled in (NULL: folded at
	# run time); the unit tests hold every compiled key to text_fold_key.
	vn_base = "a a a a a a a a a a a a a a a a a a e e e e e e e e e e e e i i i i i o o o o o o o o o o o o o o o o o o u u u u u u u u u u u y y y y y d"
	vn_lower = "a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ ì í ỉ ĩ ị o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ư ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ đ"
	vn_upper = "A À Á Ả Ã Ạ Ă Ằ Ắ Ẳ Ẵ Ặ Â Ầ Ấ Ẩ Ẫ Ậ E È É Ẻ Ẽ Ẹ Ê Ề Ế Ể Ễ Ệ Ì Í Ỉ Ĩ Ị O Ò Ó Ỏ Õ Ọ Ô Ồ Ố Ổ Ỗ Ộ Ơ Ờ Ớ Ở Ỡ Ợ Ù Ú Ủ Ũ Ụ Ư Ừ Ứ Ử Ữ Ự Ỳ Ý Ỷ Ỹ Ỵ Đ"
	nbase = split(vn_base, fb, " ")
	if (split(vn_lower, fl, " ") != nbase || split(vn_upper, fu, " ") != nbase) {
		print "gen-cite-tables.sh: the fold tables differ in length" > "/dev/stderr"
		exit 1
	}
}
function die(msg) {
	printf "%s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
	failed = 1
	exit 1
}
# A C string literal: backslash, quote and "?" (trigraphs) escaped; UTF-8 kept.
function cstr(s) {
	if (s == "-")
		s = ""
	gsub(/\\/, "\\\\", s)
	gsub(/"/, "\\\"", s)
	gsub(/\?/, "\\?", s)
	return "\"" s "\""
}
function upper(s) {
	s = toupper(s)
	gsub("\304\221", "\304\220", s)
	return s
}
function folded(s) {
	s = upper(s)
	gsub("\304\220", "D", s)
	return s
}
function name_key(s,    i) {
	if (s == "" || s == "-")
		return "NULL"
	for (i = 1; i <= nbase; i++) {
		if (fl[i] != fb[i])
			gsub(fl[i], fb[i], s)
		if (fu[i] != fb[i])
			gsub(fu[i], fb[i], s)
	}
	s = tolower(s)
	gsub(/ /, "", s)
	return s ~ /^[a-z0-9]+$/ ? cstr(s) : "NULL"
}
# Codes are unique per table as written (DA and ĐA are two types).
function check_code(table, c) {
	if (c !~ /^([A-Za-z]|\304\220|\304\221)+$/)
		die("bad code \"" c "\" (letters only; term digits are read from the text)")
	if ((table SUBSEP upper(c)) in seen)
		die("duplicate code " c)
	seen[table, upper(c)] = 1
}
# Names of type t (split at a bar or a semicolon): one row per (name, type), scopes merged.
function add_names(list, t, scope,    n, parts, i, k) {
	if (list == "" || list == "-")
		return
	n = split(list, parts, /[|;]/)
	for (i = 1; i <= n; i++) {
		if (parts[i] == "")
			die("empty name in \"" list "\"")
		k = parts[i] SUBSEP t
		if (!(k in name_scope))
			name_order[nn++] = k
		name_scope[k] = or_scope(name_scope[k], scope)
	}
}
function or_scope(a, b) {
	a += 0
	return (a == 3 || b == 3 || (a == 1 && b == 2) || (a == 2 && b == 1)) ? 3 : (a ? a : b)
}
/^#/ || /^[ \t]*$/ { next }
{ sub(/\r$/, "") }
FILENAME == issuers {
	if (NF != 6)
		die("want 6 tab-separated columns, got " NF)
	if ($3 == "" || $3 == "-")
		die("issuer " $1 " has no name")
	if ($2 != "party" && $2 != "state" && $2 != "law")
		die("kind must be party, state or law, not \"" $2 "\"")
	if ($5 != "yes" && $5 != "no")
		die("term digits must be yes or no, not \"" $5 "\"")
	check_code("i", $1)
	issuer_known[upper($1)] = 1
	kind = $2 == "party" ? "CITE_TAB_PARTY" : $2 == "state" ? "CITE_TAB_STATE" : "CITE_TAB_LAW"
	# "merged into BNNMT in 2025": the body that took its work over.
	succ = ""
	if (match($6, /merged into [^ ]+/))
		succ = substr($6, RSTART + 12, RLENGTH - 12)
	iss[ni++] = sprintf("\t{ %s, %s, %s, %s, %s, %s, %d, %s },", cstr($1), cstr(upper($1)), \
		cstr(folded($1)), kind, cstr($3), cstr($4), $5 == "yes", cstr(succ))
	next
}
FILENAME == doctypes {
	if (NF != 10)
		die("want 10 tab-separated columns, got " NF)
	if ($9 != "0" && $9 != "1" && $9 != "2")
		die("legal force must be 0, 1 or 2, not \"" $9 "\"")
	if ($8 != "yes" && $8 != "no")
		die("issued within another text must be yes or no, not \"" $8 "\"")
	# The body a type implies: an issuer code the issuers table knows.
	if ($7 != "-" && !(upper($7) in issuer_known))
		die("implied body \"" $7 "\" is no code of the issuers table")
	if ($5 != "yes" && $5 != "no")
		die("short references must be yes or no, not \"" $5 "\"")
	if ($6 != "slash" && $6 != "dash" && $6 != "alone")
		die("numbers must be slash, dash or alone, not \"" $6 "\"")
	# A type whose numbers carry no type code (a law is 59/2020/QH14): its
	# name alone, and whether it is read before a number ("Luật số 59/2020").
	if ($1 == "-") {
		if ($2 == "" || $2 == "-" || ($3 != "" && $3 != "-"))
			die("a type without a code needs a State name and no Party name")
		unc[nu++] = sprintf("\t{ %s, %d, %s, %s, %d },", cstr($2), $5 == "yes", cstr($7), name_key($2), $9)
		next
	}
	if (($2 == "" || $2 == "-") && ($3 == "" || $3 == "-"))
		die("type " $1 " has neither a State nor a Party name")
	check_code("t", $1)
	party = $3
	sub(/\|.*/, "", party)
	typ[nt] = sprintf("\t{ %s, %s, %s, %s, %s, %d, %d, %d, %s, %d, %d },", cstr($1), cstr(upper($1)), \
		cstr(folded($1)), cstr($2), cstr(party), $5 == "yes", $6 == "dash", $6 == "alone", cstr($7), \
		$8 == "yes", $9)
	add_names($2, nt, 1)
	add_names($3, nt, 2)
	add_names($4, nt, 3)
	nt++
	next
}
END {
	if (failed)
		exit 1
	if (ni == 0 || nt == 0) {
		print "gen-cite-tables.sh: empty table" > "/dev/stderr"
		exit 1
	}
	print "/* cite_tables.c — generated by scripts/gen-cite-tables.sh from corpus/issuers.tsv"
	print " * and corpus/doctypes.tsv: edit those, not this. */"
	print "#include \"text/text_int.h\""
	print ""
	print "const struct cite_issuer_row cite_tab_issuers[] = {"
	for (i = 0; i < ni; i++)
		print iss[i]
	print "};"
	printf "const size_t cite_tab_n_issuers = %d;\n\n", ni
	print "const struct cite_type_row cite_tab_types[] = {"
	for (i = 0; i < nt; i++)
		print typ[i]
	print "};"
	printf "const size_t cite_tab_n_types = %d;\n\n", nt
	print "const struct cite_type_name_row cite_tab_type_names[] = {"
	for (i = 0; i < nn; i++) {
		split(name_order[i], kp, SUBSEP)
		s = name_scope[name_order[i]]
		printf "\t{ %s, %d, %s, %s },\n", cstr(kp[1]), kp[2], \
			s == 1 ? "CITE_TAB_IN_STATE" : s == 2 ? "CITE_TAB_IN_PARTY" : \
			"CITE_TAB_IN_STATE | CITE_TAB_IN_PARTY", name_key(kp[1])
	}
	print "};"
	printf "const size_t cite_tab_n_type_names = %d;\n\n", nn
	print "const struct cite_uncoded cite_tab_uncoded[] = {"
	for (i = 0; i < nu; i++)
		print unc[i]
	if (nu == 0)
		print "\t{ \"\", 0, \"\" },"
	print "};"
	printf "const size_t cite_tab_n_uncoded = %d;\n", nu
}
' "$1" "$2"
