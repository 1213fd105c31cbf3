# Citation cards and letterheads: a text is a number's own only when the number stands in its letterhead (issuer above "Số: …", the place and date or the type heading below), never in a table's row or a link; a value the letterhead gave without confidence loses to the mentions; an old heading's clauses ("CỦA QUỐC HỘI … SỐ … NGÀY …") are no subject.
# A decision listing the texts it reviewed in a table, each row "Số …", with links whose query is
# percent-encoded and wrapped onto a line of its own (congbao-8chude, cong_doan/quyet-dinh-so-1478-qd-bldtbxh-42752.txt).
<file name="in/qd-1478.txt">
 
 
CÔNG BÁO/Số 1059 + 1060/Ngày 25-9-2024 
61 
 
BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI 
 
BỘ LAO ĐỘNG - THƯƠNG BINH 
VÀ XÃ HỘI 
 
Số: 1478/QĐ-BLĐTBXH 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
 
Hà Nội, ngày 12 tháng 9 năm 2024 
 
QUYẾT ĐỊNH 
Về việc bổ sung nội dung tại Quyết định số 225/QĐ-BLĐTBXH ngày 
05/3/2024 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội về việc công 
bố kết quả hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực quản lý 
nhà nước của Bộ Lao động - Thương binh và Xã hội  
kỳ hệ thống hóa 2019 - 2023 
 
BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI 
 
Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 
2015; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm 
pháp luật ngày 18 tháng 6 năm 2020; 
Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ 
quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy 
phạm pháp luật; Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của 
Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP ngày 14 
tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi 
hành Luật Ban hành văn bản quy phạm pháp luật; 
của Bộ Lao động - Thương binh và Xã hội) 
 
TT 
Tên loại 
văn bản 
Số, ký hiệu; ngày, tháng, 
năm ban hành VB 
Trích yếu nội dung của văn bản 
Ngày 
có hiệu lực 
Ghi chú 
I. LĨNH VỰC GIÁO DỤC NGHỀ NGHIỆP 
1.  
Luật 
Số 74/2014/QH13     
ngày 27/11/2014 
Luật giáo dục nghề nghiệp 
01/7/2015 
https://vbpl.vn/TW/Pages/vbpq-
toanvan.aspx?ItemID=46822&Keyword= 
74/2014/QH13  
2.  
51.  
Thông tư 
Số 32/2018/TT-
BLĐTBXH             
ngày 26/12/2018 
Hướng dẫn việc hỗ trợ đào tạo nghề 
đối với lao động đang làm việc trong 
doanh nghiệp nhỏ và vừa 
08/02/2019 
https://vbpl.vn/TW/Pages/vbpq-
toanvan.aspx?ItemID=135973&Keyword=
32/2018/TT-BL%C4%90TBXH  
52.  
</file>
# Nghị quyết 57-NQ/TW: the Party's letterhead over what the Bộ Chính trị issued, the
# body named under the heading (party-docs-nq57, 57-NQ-TW_document-layout.md); and a decision citing it
# (congbao-8chude, chinh_sach_dn/quyet-dinh-so-982-qd-ttg-469699.txt).
<file name="in/nq-57.md">
**BAN CHẤP HÀNH TRUNG ƯƠNG**   
**ĐẢNG CỘNG SẢN VIỆT NAM** 

Số 57\-NQ/TW   
*Hà Nội*, *ngày 22 tháng 12 năm 2024* 

**NGHỊ QUYẾT** 

CỦA BỘ CHÍNH TRỊ   
**về đột phá phát triển khoa học, công nghệ**, **đổi mới sáng tạo và chuyển** đổi **số quốc gia** 

Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đang là yếu tố quyết định phát triển của các quốc gia; là điều kiện tiên quyết, thời cơ tốt nhất để nước ta phát triển giàu mạnh, hùng cường trong kỷ nguyên mới \- kỷ nguyên vươn mình của Dân tộc. 

</file>
<file name="in/qd-982.txt">
THỦ TƯỚNG CHÍNH PHỦ 
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; Luật Tổ chức 
Chính quyền địa phương ngày 16 tháng 6 năm 2025; 
Căn cứ Luật Công nghiệp công nghệ số ngày 14 tháng 6 năm 2025; 
Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính 
trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số 
quốc gia; 
</file>
# An old law: the line under LUẬT restates its issuer, number and date before its
# subject (uts-vlc-laws, luat-an-ninh-quoc-gia.txt).
<file name="in/luat-an-ninh-quoc-gia.txt">
QUỐC HỘI
********

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
********

Số: 32/2004/QH11

Hà Nội, ngày 03 tháng 12 năm 2004



LUẬT

CỦA QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM SỐ 32/2004/QH11 NGÀY 03 THÁNG 12 NĂM 2004 VỀ AN NINH QUỐC GIA

Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốc hội khoá X, kỳ họp thứ 10;
Luật này quy định về an ninh quốc gia.

</file>
# Two laws of 22 June 1994 carry the number of the order that promulgated them,
# 35-L/CTN; their letterheads say LUẬT (uts-vlc-laws, luat-khuyen-khich-dau-tu-trong-nuoc.txt,
# whose first line lost its Q, and luat-thue-chuyen-quyen-su-dung-dat.txt).
<file name="in/luat-khuyen-khich-dau-tu-trong-nuoc.txt">
UỐC HỘI
********

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
********

Số: 35-L/CTN

Hà Nội, ngày 22 tháng 6 năm 1994

 

LUẬT

SỐ 35-L/CTN NGÀY 22/06/1994 CỦA QUỐC HỘI VỀ KHUYẾN KHÍCH ĐẦU TƯ TRONG NƯỚC

Để huy động và sử dụng có hiệu quả mọi nguồn vốn, tài nguyên, lao động và các tiềm năng khác của đất nước nhằm góp phần phát triển kinh tế - xã hội, vì sự nghiệp dân giàu, nước mạnh, xã hội công bằng, văn minh;
Căn cứ vào Điều 84 của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;
Luật này quy định về khuyến khích đầu tư trong nước.
</file>
<file name="in/luat-thue-chuyen-quyen-su-dung-dat.txt">
QUỐC HỘI
********

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
********

Số: 35-L/CTN

Hà Nội, ngày 22 tháng 6 năm 1994



LUẬT

SỐ 35-L/CTN NGÀY 22/06/1994 CỦA QUỐC HỘI VỀ THUẾ CHUYỂN QUYỀN SỬ DỤNG ĐẤT

Để tăng cường quản lý Nhà nước về đất đai, khuyến khích sử dụng đất có hiệu quả, bảo đảm công bằng về nghĩa vụ nộp thuế và động viên vào ngân sách Nhà nước một phần thu nhập của người sử dụng đất khi chuyển quyền sử dụng đất;
Căn cứ vào Điều 80 và Điều 84 của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;
Căn cứ vào các điều 3, 73 và 79 của Luật đất đai;
Luật này quy định về thuế chuyển quyền sử dụng đất.

</file>
# A letterhead whose body the tables do not know ("UỐC HỘI", uts-vlc-laws,
# luat-bao-ve-moi-truong.txt), and two texts citing the law (congbao-8chude,
# chinh_sach_dn/thong-tu-so-22-2026-tt-bnnmt-469587.txt, uu_dai_dt/thong-tu-so-19-2024-tt-bkhdt-43112.txt).
<file name="in/luat-bao-ve-moi-truong.txt">
UỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Luật số: 72/2020/QH14

Hà Nội, ngày 17 tháng 11 năm 2020



LUẬT

BẢO VỆ MÔI TRƯỜNG

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Quốc hội ban hành Luật Bảo vệ môi trường.
</file>
<file name="in/tt-22-2026.txt">
Căn cứ Luật Chăn nuôi số 32/2018/QH14 được sửa đổi, bổ sung bởi Luật 
số 146/2025/QH15; 
Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 được sửa đổi, bổ sung một 
số điều theo Luật số 11/2022/QH15, Luật số 16/2023/QH15, Luật số 18/2023/QH15, 
Luật số 47/2024/QH15, Luật số 54/2024/QH15 và Luật số 146/2025/QH15; 
</file>
<file name="in/tt-19-2024.txt">
 
Căn cứ Luật Đầu tư công số 39/2019/QH14 đã được sửa đổi, bổ sung một số 
điều theo Luật số 64/2020/QH14, Luật số 72/2020/QH14 và Luật số 03/2022/QH15; 
Căn cứ Nghị định số 40/2020/NĐ-CP ngày 06 tháng 4 năm 2020 của Chính 
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
# The decision is the own text of its own number only: not of the law in
# its table's row, nor of the numbers its links end with.
$ tracuu cite --db db --json 1478/QĐ-BLĐTBXH | jq -c '{number, type, issuer, date, source: .source.source}'
> {"number":"1478/QĐ-BLĐTBXH","type":"Quyết định","issuer":"Bộ Lao động - Thương binh và Xã hội","date":"2024-09-12","source":"qd-1478.txt"}
? 0
$ tracuu cite --db db --json 74/2014/QH13 | jq -c '{number, type, issuer, date, source}'
> {"number":"74/2014/QH13","type":"Luật","issuer":"Quốc hội","date":"2014-11-27","source":null}
? 0
$ tracuu cite --db db --json 32/2018/TT-BLĐTBXH | jq -c '{number, date, mentions, source}'
> {"number":"32/2018/TT-BLĐTBXH","date":"2018-12-26","mentions":1,"source":null}
? 0
# No card of its own for the link's cut number: typed, it is read as the number it starts.
$ tracuu cite --db db 32/2018/TT-BL | head -1
> 32/2018/TT-BL may be 1 number: 32/2018/TT-BLĐTBXH
? 0
# NQ 57: the Bộ Chính trị its heading names, not the Ban Chấp hành Trung
# ương over every Party letterhead; the subject under it, not "CỦA BỘ CHÍNH TRỊ".
$ tracuu cite --db db --json 57-NQ/TW | jq -c '{type, issuer, date, subject, source: .source.source}'
> {"type":"Nghị quyết","issuer":"Bộ Chính trị","date":"2024-12-22","subject":"đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia","source":"nq-57.md"}
? 0
$ tracuu show --db db --json nq-57.md | jq -r .title
> Nghị quyết 57-NQ/TW: Đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia
? 0
# An old law: its subject and title without the clauses of its heading.
$ tracuu cite --db db --json 32/2004/QH11 | jq -c '{type, issuer, date, subject}'
> {"type":"Luật","issuer":"Quốc hội","date":"2004-12-03","subject":"An ninh quốc gia"}
? 0
$ tracuu show --db db --json luat-an-ninh-quoc-gia.txt | jq -r .title
> Luật An ninh quốc gia số 32/2004/QH11
? 0
# Two laws, one number: two cards, each a Luật with its own text.
$ tracuu cite --db db --json 35-L/CTN | jq -c '{type, issuer, date, subject, mentions, source: .source.source}'
> {"type":"Luật","issuer":"Quốc hội","date":"1994-06-22","subject":"Khuyến khích đầu tư trong nước","mentions":1,"source":"luat-khuyen-khich-dau-tu-trong-nuoc.txt"}
> {"type":"Luật","issuer":"Quốc hội","date":"1994-06-22","subject":"Thuế chuyển quyền sử dụng đất","mentions":1,"source":"luat-thue-chuyen-quyen-su-dung-dat.txt"}
? 0
$ tracuu show --db db --json luat-thue-chuyen-quyen-su-dung-dat.txt | jq -r .title
> Luật Thuế chuyển quyền sử dụng đất số 35-L/CTN
? 0
# Each its own citation key (a key twice is BibTeX's "repeated entry", one item in Zotero):
# what tells the cards apart, here the subject's first words; the show of one text the same.
$ tracuu cite --db db --format bibtex 35-L/CTN | grep '^@'
> @legislation{luat-35-l-ctn-1994-khuyen-khich-dau,
> @legislation{luat-35-l-ctn-1994-thue-chuyen-quyen,
? 0
$ tracuu show --db db --format csl-json luat-thue-chuyen-quyen-su-dung-dat.txt | jq -r '.[0].id'
> luat-35-l-ctn-1994-thue-chuyen-quyen
? 0
# A body misread in the letterhead ("UỐC HỘI") loses to what the number's code
# and the mentions say.
$ tracuu cite --db db --json 72/2020/QH14 | jq -c '{type, issuer, subject, mentions}'
> {"type":"Luật","issuer":"Quốc hội","subject":"Bảo vệ môi trường","mentions":3}
? 0
