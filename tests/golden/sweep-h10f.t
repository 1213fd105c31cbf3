# sweep-h10f.t — what h10f's sweep left (docs/trust-sweep.md, h10f): excerpts past a regulation's letterhead.
#
# A regulation's own text matched only in its letterhead (its number after
# "Số:", the issuer "CHÍNH PHỦ") shows its type heading and subject, not the
# Gazette's furniture (congbao-8chude hdld/nghi-dinh-so-145-2020-nd-cp-32732.txt,
# its first 1,500 bytes); a match below the heading is shown as before; a
# page with capitals but no type heading below its motto keeps its start.
<file name="in/nd145.txt">
 
2 
CÔNG BÁO/Số 1203 + 1204/Ngày 28-12-2020 
  
VĂN BẢN QUY PHẠM PHÁP LUẬT 
 
CHÍNH PHỦ 
 
CHÍNH PHỦ 
 
 
Số: 145/2020/NĐ-CP 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
 
Hà Nội, ngày 14 tháng 12 năm 2020 
 
NGHỊ ĐỊNH 
Quy định chi tiết và hướng dẫn thi hành một số điều của  
Bộ luật Lao động về điều kiện lao động và quan hệ lao động 
 
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ 
sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa 
phương ngày 22 tháng 11 năm 2019; 
Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019; 
Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020; 
Căn cứ Luật Doanh nghiệp ngày 17 tháng 6 năm 2020; 
Theo đề nghị của Bộ trưởng Bộ Lao động - Thương binh và Xã hội; 
Chính phủ ban hành Nghị định quy định chi tiết và hướng dẫn thi hành một số 
điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động.  
 
Chương I 
NHỮNG QUY ĐỊNH CHUNG 
 
Điều 1. Phạm vi điều chỉnh 
Nghị định này quy định chi tiết và hướng dẫn thi hành một số nội dung về 
điều kiện lao động và quan hệ lao động theo các điều, khoản sau đây của Bộ 
luật Lao động: 
</file>
<file name="in/page.md">
# Nghị định 145/2020/NĐ-CP hướng dẫn Bộ luật Lao động

CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Bài viết tóm tắt Nghị định số 145/2020/NĐ-CP về điều kiện lao động và quan hệ lao động.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu search --db db 145/2020/NĐ-CP --json | jq -r '[.source, .excerpt] | @tsv'
> nd145.txt	… NGHỊ ĐỊNH Quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung …
> page.md	Nghị định 145/2020/NĐ-CP hướng dẫn Bộ luật Lao động CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Bài viết tóm tắt Nghị định số 145/2020/NĐ-CP về điều kiện lao động và quan hệ lao động.
? 0
$ tracuu search --db db 'Chính phủ' --json | jq -r 'select(.source == "nd145.txt") | .excerpt'
> … hệ lao động Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019; Căn cứ Bộ …
? 0
$ tracuu search --db db 'Phạm vi điều chỉnh' --json | jq -r .excerpt
> … Điều 1. Phạm vi điều chỉnh Nghị định này quy định chi tiết và hướng dẫn thi hành một số nội dung về điều kiện lao động và quan hệ lao động theo các điều, khoản sau đây của Bộ luật Lao động:
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
