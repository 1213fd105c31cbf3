#!/bin/sh
# gen-text-dict.sh — compiles the record's preset dictionary of text pieces
# (corpus/text-dict-1.txt, frozen: docs/design.md "The stored record") into C
# (stdout). ADLER is the adler-32 every piece written with it names in its
# header: a file whose bytes give another is refused, as every index written
# before would read its texts as damaged.
# Usage: gen-text-dict.sh text-dict-N.txt ADLER > util/text_dict.c
set -e
if [ $# -ne 2 ] || [ ! -r "$1" ]; then
	echo "usage: $0 text-dict-N.txt ADLER" >&2
	exit 2
fi
size=$(wc -c < "$1")
if [ "$size" -lt 1 ] || [ "$size" -gt 32768 ]; then
	echo "$1: $size bytes; a deflate dictionary holds 1 to 32768" >&2
	exit 1
fi
# Its adler-32 (RFC 1950), which names it in a stream's header: computed here,
# not by every process that reads a record.
adler=$(od -An -v -tu1 "$1" | awk 'BEGIN { a = 1; b = 0 }
	{ for (i = 1; i <= NF; i++) { a = (a + $i) % 65521; b = (b + a) % 65521 } }
	END { printf "%.0f\n", b * 65536 + a }')
if [ "$adler" != "$2" ]; then
	echo "$1: its adler-32 is $adler, not $2: the dictionary is frozen (every index names it by $2)." >&2
	echo "A new dictionary goes beside it as a new file, read beside the old: docs/design.md, \"The stored record\"." >&2
	exit 1
fi
echo "/* text_dict.c — generated from $(basename "$1") by scripts/gen-text-dict.sh; do not edit. */"
echo "#include \"util/util.h\""
echo ""
echo "const unsigned char deflate_text_dict[] = {"
od -An -v -tu1 "$1" | awk '{ s = "\t"; for (i = 1; i <= NF; i++) s = s $i ","; print s }'
echo "};"
echo "const size_t deflate_text_dict_len = sizeof deflate_text_dict;"
echo "const unsigned long deflate_text_dict_adler = ${adler}UL;"
