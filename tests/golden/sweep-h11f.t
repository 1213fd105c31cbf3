# h11f's sweep (session 11): a script over the corpus's cited numbers. Excerpts of
# ../shared/corpus (tvpl-legal-news/legal_docs, congbao-8chude).
#
# A number that carries its year, issued by a body no mention places (a ministry),
# is one text: mentions dating it on other days disagree on one card
# (tvpl-legal-news/legal_docs/93cafb7b0f4df375.md, e7eff1a535c155c1.md and another), and a
# date of another year is a misprint, not its date (congbao-8chude,
# nghi-quyet-so-100-nq-cp-469357.txt).
<file name="tt/a.txt">
Căn cứ Thông tư số 14/2015/TT-BTC ngày 30 tháng 01 năm 2015 của Bộ trưởng Bộ
Tài chính hướng dẫn về phân loại hàng hóa, phân tích để phân loại hàng hóa,
phân tích để kiểm tra chất lượng, kiểm tra an toàn thực phẩm đối với hàng hóa
xuất khẩu, nhập khẩu, được sửa đổi, bổ sung tại Thông tư số 17/2021/TT-BTC ngày 26 tháng 02 năm 2021
của Bộ trưởng Bộ Tài chính;
</file>
<file name="tt/b.txt">
Căn cứ Thông tư số 14/2015/TT-BTC ngày 30 tháng 01 năm 2015 của Bộ trưởng Bộ
Tài chính hướng dẫn về phân loại hàng hóa, phân tích để phân loại hàng hóa,
phân tích để kiểm tra chất lượng, kiểm tra an toàn thực phẩm, được
sửa đổi bổ sung tại Thông tư số 17/2021/TT-BTC ngày 26 tháng 01 năm 2021 của Bộ
trưởng Bộ Tài chính;
</file>
<file name="tt/c.txt">
được sửa đổi, bổ sung tại Thông tư số 17/2021/TT-BTC ngày
26/02/2021 của Bộ trưởng Bộ Tài chính;
</file>
<file name="tt/b2.txt">
thực phẩm, được sửa đổi bổ sung tại Thông tư số 17/2021/TT-BTC ngày 26/01/2021
của Bộ trưởng Bộ Tài chính;
</file>
<file name="tt/c2.txt">
tra chất lượng, kiểm tra an toàn thực phẩm; Thông tư số 17/2021/TT-BTC ngày
26/02/2021 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư
số 14/2015/TT-BTC;
</file>
<file name="tt/d.txt">
b) Tổng kết, đánh giá thực tiễn thi hành Nghị định số 58/2022/NĐ-CP ngày 31 tháng
8 năm 2002 của Chính phủ về đăng ký và quản lý hoạt động của tổ chức phi chính
phủ nước ngoài tại Việt Nam.
</file>
<file name="tt/e.txt">
Căn cứ Nghị định số 58/2022/NĐ-CP ngày 31 tháng 8 năm 2022 của Chính phủ về
đăng ký và quản lý hoạt động của tổ chức phi chính phủ nước ngoài tại Việt Nam;
</file>
<file name="tt/f.md">
# Toàn văn Công văn 1879/BHXH-CSXH triển khai thí điểm tiếp nhận hồ sơ, chi trả BHTN tại Cổng Dịch vụ công quốc gia ra sao?

Ngày 11/8/2025, Bảo hiểm xã hội Việt Nam đã ban hành Công văn 1879/BHXH-CSXH năm 2025 về việc triển khai thí điểm tiếp nhận hồ sơ, chi trả bảo hiểm thất nghiệp theo 6 thủ tục bảo hiểm thất nghiệp trên Cổng Dịch vụ công quốc gia
</file>
$ tracuu ingest --quiet --no-progress --db db tt
? 0
$ tracuu cite --db db -n 0 17/2021/TT-BTC | grep -E '—|issued'
> 17/2021/TT-BTC — Thông tư
>   issued        2021-02-26 (3 of 5 mentions; also 2021-01-26 ×2)
? 0
$ tracuu cite --db db -n 0 58/2022/NĐ-CP | grep -E '—|issued'
> 58/2022/NĐ-CP — Nghị định
>   issued        2022-08-31 (1 of 2 mentions)
? 0
#
# An issuer (or type) filter on documents' own numbers that finds nothing says when
# documents cite that body's texts, and which option asks that.
$ tracuu search --db db --issuer BHXH
> 0 results
! tracuu: no indexed document is itself from that body (the number in its own letterhead); 1 document cites that body's texts: ask with --cites-issuer
? 1
$ tracuu search --db db --type 'Nghị định'
> 0 results
! tracuu: no indexed document is itself of that type (the number in its own letterhead); 2 documents cite a text of that type: ask with --cites-type
? 1
#
# A reference manager's entry of a number whose day its mentions dispute (or none
# gives) still carries the year the number does, not no date at all.
$ tracuu cite --db db --format bibtex 17/2021/TT-BTC | grep -E 'number|date'
>   number   = {17/2021/TT-BTC},
>   date     = {2021},
? 0
#
# A number typed with its year only, as a script's list holds them ("58/2022"), offers
# the numbers it may be, as "Luật 45" does, rather than "not a document number".
$ tracuu cite --db db -n 0 58/2022 | head -1
> 58/2022 may be 1 number: 58/2022/NĐ-CP
? 0
$ tracuu cite --db db --json 17/2021 | jq -r .number
> 17/2021/TT-BTC
? 0
# Typed with its year only, a number many texts of that year share: the numbers offered stop
# at the most looked up, and the line says there may be more and how to narrow it. The
# numbers are the first ones of 2025 the six corpus folders cite (`cite 1/2025` there).
<file name="year1/danh-muc.txt">
Danh mục văn bản số 1 năm 2025 được trích dẫn:
1. Thông tư số 01/2025/TT-NHNN.
2. Thông tư số 01/2025/TT-BYT.
3. Nghị quyết số 01/2025/NQ-CP.
4. Thông tư số 01/2025/TT-BLĐTBXH.
5. Thông tư số 01/2025/TT-BNV.
6. Nghị định số 01/2025/NĐ-CP.
7. Nghị quyết số 01/2025/NQ-HĐTP.
8. Quyết định số 01/2025/QĐ-TTg.
9. Thông tư số 01/2025/TT-BGDĐT.
10. Thông tư số 01/2025/TT-BKHCN.
11. Thông tư số 01/2025/TT-BKHĐT.
12. Thông tư số 01/2025/TT-BNNMT.
13. Thông tư số 01/2025/TT-BTTTT.
14. Thông tư số 01/2025/TT-BTC.
15. Thông tư số 01/2025/TT-BCT.
16. Thông tư số 01/2025/TT-BXD.
17. Thông tư số 01/2025/TT-BQP.
18. Thông tư số 01/2025/TT-BCA.
</file>
$ tracuu ingest --quiet --no-progress --db dby --root year1 year1
? 0
$ tracuu cite --db dby -n 0 1/2025 | head -1
~ ^1/2025 may be 1[6-8] numbers: .*, and perhaps more: only the first numbers the index holds under that spelling were looked up; give the type or the issuing body to narrow it$
? 0
$ tracuu cite --db db -n 0 58/2022 | head -1 | grep -c 'perhaps more'
> 0
? 1
