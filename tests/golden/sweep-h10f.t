# sweep-h10f.t — what h10f's sweep left (docs/trust-sweep.md, h10f): a page keeps its passage where a regulation skips its letterhead; the Chief Justice's code.
#
# A regulation matched only in its letterhead shows its type heading (tests/golden/names.t,
# db3); a page with capitals but no type heading below its motto keeps its start.
<file name="in/page.md">
# Nghị định 145/2020/NĐ-CP hướng dẫn Bộ luật Lao động

CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Bài viết tóm tắt Nghị định số 145/2020/NĐ-CP về điều kiện lao động và quan hệ lao động.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu search --db db 145/2020/NĐ-CP --json | jq -r '[.source, .excerpt] | @tsv'
> page.md	Nghị định 145/2020/NĐ-CP hướng dẫn Bộ luật Lao động CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Bài viết tóm tắt Nghị định số 145/2020/NĐ-CP về điều kiện lao động và quan hệ lao động.
? 0
