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
#
# The Chief Justice's decisions are written /QĐ-CA: the code is the body's
# (vbpl-html/pages/anle_thuoctinh.html, a precedent's attributes).
<file name="anle/anle.txt">
Số án lệ 63/2023/AL
Tên án lệ Về xem xét quyết định hành chính có liên quan đến hành vi hành chính bị khiếu kiện
Quyết định công bố Quyết định 39/QĐ-CA về việc công bố án lệ
Ngày áp dụng 27/03/2023
</file>
$ tracuu ingest --quiet --no-progress --db anle.db --root anle anle
? 0
$ tracuu cite --db anle.db --json 39/QĐ-CA | jq -c '[.issuer, .issuer_code]'
> ["Chánh án Tòa án nhân dân tối cao","CA"]
? 0
