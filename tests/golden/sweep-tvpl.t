# Cases found using tracuu on tvpl-legal-news, vbpl-html and party-docs-nq57 (docs/trust-sweep.md,
# second sweep). Each fails without its fix.
#
# A subject written in several cases shows as most of its mentions write it: two of three
# grounds write "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày …", one "… Chính
# quyền …" with no date (before, the dated mentions were counted first and the spelling merged
# last won, whatever its count: "Tổ chức Chính quyền địa phương", 152 of 162 mentions on the
# sweep's index). Grounds of three thuvienphapluat pages (tvpl-legal-news/legal_docs:
# 15decdf210c22d70.md, 8bb752497f83eeee.md, a16f8b41d34cc524.md).
<file name="in/15decdf210c22d70.md">
*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15
ngày 16 tháng 6 năm 2025;*
*Căn cứ Luật Giá số 16/2023/QH15 ngày 19 tháng 6 năm
2023;*
</file>
<file name="in/8bb752497f83eeee.md">
*Căn cứ Luật Tổ chức chính quyền
địa phương số 72/2025/QH15 ngày 16/6/2025;*
*Căn cứ các Nghị định của Chính
phủ: số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành chính; số
</file>
<file name="in/a16f8b41d34cc524.md">
*Căn cứ Luật Tổ chức Chính quyền địa phương số
72/2025/QH15; *
*Căn cứ Luật Ban hành văn bản quy phạm pháp luật
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu cite --db db 72/2025/QH15 | grep subject
>   subject       Tổ chức chính quyền địa phương (3 of 3 mentions)
? 0
