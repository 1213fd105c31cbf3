# legacy-files.sh — TCVN3, VNI and Windows-1258 files detected, decoded exactly, searchable with and without marks; --encoding forces one.
. "$TRACUU_SRCDIR/tests/lib.sh"
DB="$WORK/db"
LEGACY="$FIXTURES/legacy"

# utf8/ holds each file's UTF-8 truth: walked after the legacy files, every
# one must be the same content as its legacy twin, byte for byte.
run "$TRACUU" ingest --db "$DB" "$LEGACY"
expect_rc 0 "ingesting the legacy files succeeds"
expect_out '^3 added, 0 replaced, 0 unchanged, 3 skipped, 0 failed$' "three in, three truths seen as duplicates"
for pair in 57-NQ-TW:tcvn3 dantri-metro:vni nghi-dinh-158-2025:cp1258; do
	name=${pair%%:*} enc=${pair#*:}
	expect_err "utf8/$name\.utf8\.txt: same content as .*legacy/$name\.$enc\.txt" "$enc decodes to its UTF-8 truth"
done

# Accented and unaccented queries find each one.
for q in 'kỷ nguyên vươn mình:ky nguyen vuon minh:57-NQ-TW\.tcvn3\.txt' \
	 'đội ngũ chuyên gia, kỹ sư:doi ngu chuyen gia, ky su:dantri-metro\.vni\.txt' \
	 'bảo hiểm xã hội bắt buộc:bao hiem xa hoi bat buoc:nghi-dinh-158-2025\.cp1258\.txt'; do
	accented=${q%%:*} rest=${q#*:}
	plain=${rest%%:*} file=${rest#*:}
	for words in "$accented" "$plain"; do
		run "$TRACUU" search --db "$DB" --json "\"$words\""
		expect_rc 0 "\"$words\" finds something"
		expect_out "\"source\":\"[^\"]*legacy/$file\"" "\"$words\" finds $file"
	done
done

# show prints the decoded text, capitals put back in TCVN3 headings. The
# stored names are resolved paths: taken from the index, not made up here.
stored() { sources "$DB" "$1" | grep -E "$2"; }
run "$TRACUU" show --db "$DB" "$(stored 'kỷ nguyên' 'tcvn3\.txt$')"
expect_rc 0 "show the TCVN3 document"
expect_out 'BAN CHẤP HÀNH TRUNG ƯƠNG' "TCVN3 heading, capitals restored"
expect_out 'CỦA BỘ CHÍNH TRỊ' "TCVN3 heading line in capitals"
expect_out 'hùng cường trong kỷ nguyên mới' "TCVN3 body text"
run "$TRACUU" show --db "$DB" "$(stored 'bảo hiểm' 'cp1258\.txt$')"
expect_out 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' "Windows-1258 heading"
expect_out 'Độc lập - Tự do - Hạnh phúc' "Windows-1258 combining tones composed"
LC_ALL=C grep -q "$(printf '\314[\200-\277]\|\315[\200-\257]')" "$WORK/out" && fail "Windows-1258 text shown with combining marks" || ok
run "$TRACUU" show --db "$DB" "$(stored 'metro' 'vni\.txt$')"
expect_out 'được cho phép vào Việt Nam' "VNI text"

# --encoding: the right one reads the file as detection does, a wrong one
# gives other text, an unknown name is bad usage.
mkdir -p "$WORK/one"
cp "$LEGACY/57-NQ-TW.tcvn3.txt" "$WORK/one/"
run "$TRACUU" ingest --db "$WORK/db-right" --encoding tcvn3 "$WORK/one"
expect_rc 0 "--encoding tcvn3"
run "$TRACUU" show --db "$WORK/db-right" 1
expect_out 'BAN CHẤP HÀNH TRUNG ƯƠNG' "forced TCVN3 reads right"
run "$TRACUU" ingest --db "$WORK/db-wrong" --encoding vni "$WORK/one"
expect_rc 0 "--encoding vni on a TCVN3 file is obeyed"
run "$TRACUU" show --db "$WORK/db-wrong" 1
expect_rc 0 "show what --encoding vni made of it"
expect_no_out 'CHẤP HÀNH' "read as VNI, the TCVN3 file is not Vietnamese"
run "$TRACUU" ingest --db "$WORK/db-x" --encoding klingon "$WORK/one"
expect_rc 2 "an unknown encoding is bad usage"
expect_err "klingon" "the unknown encoding is named"

# Bytes no Vietnamese encoding makes sense of are refused, not indexed.
mkdir -p "$WORK/bad"
printf 'Gr\374\337e aus K\366ln: \344\366\374 \337\344 \374\374\337, sch\366ne Gr\374\337e.\n' > "$WORK/bad/german.txt"
run "$TRACUU" ingest --db "$WORK/db-bad" "$WORK/bad"
expect_rc 3 "text in no Vietnamese encoding fails"
expect_err 'german\.txt: not valid UTF-8 at byte offset 2, and cannot tell the text encoding \(closest: [a-z0-9-]+, [0-9]+% of words valid Vietnamese\); use --encoding' "the failure says why and what to do"
run "$TRACUU" ingest --db "$WORK/db-bad" --encoding latin1 "$WORK/bad"
expect_rc 0 "--encoding latin1 reads it"
run "$TRACUU" search --db "$WORK/db-bad" 'schöne'
expect_rc 0 "and its words are found"
finish
