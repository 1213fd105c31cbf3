# misprint-names.t — a name typed without its year means the newest regulation of that
# name, not a newer-looking misprint of its number. The Law on Environmental Protection is
# 72/2020/QH14 of 17/11/2020; a Hải Phòng decision grounds itself on "72/2022/QH14 ngày 17
# tháng 11 năm 2020" (the 14th National Assembly sat 2016–2021: no number of 2022 is its), a
# Hà Tĩnh decision on "17/2020/QH14 ngày 17/11/2020" (the day of 72/2020/QH14, which more
# texts cite: the Assembly passes no two laws of one name a day). Before: `cite 'Luật Bảo vệ
# môi trường'` led with 72/2022/QH14. Excerpts of tvpl-legal-news legal_docs
# ef57df9384270c6e.md, ac0f18a2d1b4fb56.md and two others citing the law, and one citing
# 55/2014/QH13.
<file name="in/hai-phong.md">
*Căn cứ Luật Bảo vệ môi trường số 72/2022/QH14 ngày 17
tháng 11 năm 2020;*
</file>
<file name="in/ha-tinh.md">
1. Khoản 7 Điều
72, khoản 2, khoản 6 Điều 75 và khoản 6 Điều 79 Luật Bảo vệ môi trường số
17/2020/QH14 ngày 17/11/2020 (được sửa đổi, bổ sung tại khoản 7 Điều 73 Luật Giá số 16/2023/QH15 ngày 19/6/2023).
</file>
<file name="in/can-cu-1.md">
- Luật Bảo vệ môi trường số
72/2020/QH14 ngày 17/11/2020.
</file>
<file name="in/can-cu-2.md">
Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17/11/2020;
</file>
<file name="in/het-hieu-luc.md">
3. Luật Bảo vệ môi trường số 55/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 35/2018/QH14, Luật số 39/2019/QH14 và Luật số 61/2020/QH14 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0

$ tracuu cite --db db -n 0 'Luật Bảo vệ môi trường' | grep -E '^[0-9].* — '
> 72/2020/QH14 — Luật
> 55/2014/QH13 — Luật
> 72/2022/QH14 — Luật
> 17/2020/QH14 — Luật

# The misprinted number's own card says it cannot be (text and JSON); one of its term does not.
$ tracuu cite --db db -n 0 72/2022/QH14 | head -2
> 72/2022/QH14 — Luật
>   doubt         the National Assembly's term 14 sat 2016–2021: no number of 2022 is its (a misprint?)

$ tracuu cite --db db --json 72/2022/QH14 | jq -r '.doubt'
> the National Assembly's term 14 sat 2016–2021: no number of 2022 is its (a misprint?)

$ tracuu cite --db db --json 72/2020/QH14 | jq -c 'has("doubt")'
> false

# A number of its term dated the day of another of its name that more texts cite (or whose
# own text is here) may misprint it: its full card says so (text and JSON); the other's not.
$ tracuu cite --db db -n 0 17/2020/QH14 | head -2
> 17/2020/QH14 — Luật
>   doubt         Luật Bảo vệ môi trường of the same day, 2020-11-17, is 72/2020/QH14 (cited by more documents; a misprint?)

$ tracuu cite --db db --json 17/2020/QH14 | jq -r '.doubt'
> Luật Bảo vệ môi trường of the same day, 2020-11-17, is 72/2020/QH14 (cited by more documents; a misprint?)

$ tracuu cite --db db --json 55/2014/QH13 | jq -c 'has("doubt")'
> false
