#!/bin/sh
# gen-text-dict.sh — compiles corpus/text-dict.txt (the preset dictionary of
# the record's text pieces, scripts/compose-text-dict.py) into C (stdout).
# Usage: gen-text-dict.sh text-dict.txt > util/text_dict.c
set -e
if [ $# -ne 1 ] || [ ! -r "$1" ]; then
	echo "usage: $0 text-dict.txt" >&2
	exit 2
fi
size=$(wc -c < "$1")
if [ "$size" -lt 1 ] || [ "$size" -gt 32768 ]; then
	echo "$1: $size bytes; a deflate dictionary holds 1 to 32768" >&2
	exit 1
fi
echo "/* text_dict.c — generated from corpus/text-dict.txt by scripts/gen-text-dict.sh; do not edit. */"
echo "#include \"util/util.h\""
echo ""
echo "const unsigned char deflate_text_dict[] = {"
od -An -v -tu1 "$1" | awk '{ s = "\t"; for (i = 1; i <= NF; i++) s = s $i ","; print s }'
echo "};"
echo "const size_t deflate_text_dict_len = sizeof deflate_text_dict;"
# Its adler-32 (RFC 1950), which names it in a stream's header: computed here,
# not by every process that reads a record.
od -An -v -tu1 "$1" | awk 'BEGIN { a = 1; b = 0 }
	{ for (i = 1; i <= NF; i++) { a = (a + $i) % 65521; b = (b + a) % 65521 } }
	END { printf "const unsigned long deflate_text_dict_adler = %.0fUL;\n", b * 65536 + a }'
