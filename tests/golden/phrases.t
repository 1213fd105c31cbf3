# A quoted phrase: its words in order, with only white space (line breaks included) where the query has only white space; typed punctuation matches any.
<file name="in/a-wrapped.txt">
Văn bản A

Người sử dụng ký hợp đồng
lao động với người lao động.
</file>
<file name="in/b-sentences.txt">
Văn bản B

Bên A ký hợp đồng. Lao động là nghĩa vụ của công dân.
</file>
# A no-break space (U+00A0) between two words.
<file name="in/c-nbsp.txt">
Văn bản C

Mẫu hợp%hex[%c2%a0]hex%đồng lao động ban hành kèm theo.
</file>
<file name="in/d-numbers.txt">
Văn bản D

Theo Điều 5 khoản 2 của Luật này, đội ngũ chuyên gia, kỹ sư được tuyển.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
# Across a hard line break and U+00A0, not across a full stop; the same without marks.
$ sources --db db '"hợp đồng lao động"'
> a-wrapped.txt
> c-nbsp.txt
? 0
$ sources --db db '"hop dong lao dong"'
> a-wrapped.txt
> c-nbsp.txt
? 0
# Punctuation typed in the phrase matches punctuation or none.
$ sources --db db '"hợp đồng. Lao động"'
> a-wrapped.txt
> b-sentences.txt
> c-nbsp.txt
? 0
# Two words of a phrase, a full stop between.
$ sources --db db '"đồng lao"'
> a-wrapped.txt
> c-nbsp.txt
? 0
# Numbers in a phrase.
$ sources --db db '"Điều 5 khoản 2"'
> d-numbers.txt
? 0
# A comma in the text: none in the query, then one.
$ sources --db db '"chuyên gia kỹ sư"'
! tracuu: no document has the phrase with only white space between its words; 1 document has it with punctuation between them (type the punctuation inside the quotes, as in "chuyên gia, kỹ sư", or leave the quotes out)
? 0
$ sources --db db '"chuyên gia, kỹ sư"'
> d-numbers.txt
? 0
# Nothing found because of punctuation the user did not type: said, with
# the count; nothing found for another reason: no such hint.
$ tracuu search --db db '"chuyên gia kỹ sư"'
> 0 results
! tracuu: no document has the phrase with only white space between its words; 1 document has it with punctuation between them (type the punctuation inside the quotes, as in "chuyên gia, kỹ sư", or leave the quotes out)
? 1
$ tracuu search --db db '"hợp đồng lao động kỹ sư"'
> 0 results
? 1
# Unquoted words are not a phrase; an excluded phrase excludes what the
# phrase finds; words in the wrong order.
$ sources --db db 'hợp đồng lao động'
> a-wrapped.txt
> b-sentences.txt
> c-nbsp.txt
? 0
$ sources --db db 'lao động -"hợp đồng lao động"'
> b-sentences.txt
? 0
$ sources --db db '"lao động hợp đồng"'
? 0
# The excerpt marks the phrase where it stands, wrapped line and all, and
# not the words across the full stop.
$ tracuu search --db db --color=never '"hợp đồng lao động"'
~ «hợp đồng lao động»
? 0
$ tracuu search --db db --color=never --json '"đồng lao"' | grep -c b-sentences
> 0
? 1
<file name="e/e.txt">
Văn bản E

Ký hợp đồng lao động rồi. Sau đó, hợp đồng. Lao động chăm chỉ.
</file>
$ tracuu ingest --quiet --no-progress --db db-e e
? 0
# Only the occurrence without punctuation is marked.
$ tracuu search --db db-e --json '"hợp đồng lao động"' | jq -c '[.excerpt[.highlights[][0]:.highlights[][1]]]'
> ["hợp đồng lao động"]
? 0
# The index pairs words across white space only, and never a number: the
# documents each pair term is in.
$ for t in Bhop_dong Bdong_lao Blao_dong; do echo "$t $(xapian-delve -t $t db 2>/dev/null | grep -c 'Posting List')"; done
> Bhop_dong 1
> Bdong_lao 1
> Blao_dong 1
? 0
$ for t in Bgia_ky Bdieu_5 B5_khoan; do echo "$t $(xapian-delve -t $t db 2>/dev/null | grep -c 'Posting List')"; done
> Bgia_ky 0
> Bdieu_5 0
> B5_khoan 0
? 0
