# One result per text: the same regulation held twice (two sources, two formats: a plain text of the
# Labour Code and its Official Gazette copy with page headers) is one result, the best matching, its
# other copy under "also:" (JSON: copies); totals count texts; --all-copies lists every copy.
# uts-vlc-laws/docs/bo-luat-lao-dong.txt: letterhead, Article 1 and the closing.
<file name="in/uts/bo-luat-lao-dong.txt">
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Bộ luật số: 45/2019/QH14

Hà Nội, ngày 20 tháng 11 năm 2019



BỘ LUẬT

LAO ĐỘNG

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Quốc hội ban hành Bộ luật Lao động.

Chương I

NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Bộ luật Lao động quy định tiêu chuẩn lao động; quyền, nghĩa vụ, trách nhiệm của người lao động, người sử dụng lao động, tổ chức đại diện người lao động tại cơ sở, tổ chức đại diện người sử dụng lao động trong quan hệ lao động và các quan hệ khác liên quan trực tiếp đến quan hệ lao động; quản lý nhà nước về lao động.

Bộ luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 8 thông qua ngày 20 tháng 11 năm 2019.





CHỦ TỊCH QUỐC HỘI




Nguyễn Thị Kim Ngân
</file>
# congbao-8chude/docs/hdld/nghi-quyet-so-45-2019-qh14-30232.txt: the same parts of its Gazette copy.
<file name="in/congbao/nghi-quyet-so-45-2019-qh14-30232.txt">
 
 
CÔNG BÁO/Số 993 + 994/Ngày 26-12-2019 
3 
 
QUỐC HỘI 
 
Bộ luật số: 45/2019/QH14 
 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
 
BỘ LUẬT 
LAO ĐỘNG 
 
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; 
Quốc hội ban hành Bộ luật Lao động. 
 
Chương I 
NHỮNG QUY ĐỊNH CHUNG 
 
Điều 1. Phạm vi điều chỉnh 
Bộ luật Lao động quy định tiêu chuẩn lao động; quyền, nghĩa vụ, trách nhiệm 
của người lao động, người sử dụng lao động, tổ chức đại diện người lao động tại 
cơ sở, tổ chức đại diện người sử dụng lao động trong quan hệ lao động và các quan 
hệ khác liên quan trực tiếp đến quan hệ lao động; quản lý nhà nước về lao động.  
Bộ luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, 
kỳ họp thứ 8 thông qua ngày 20 tháng 11 năm 2019./. 
 
CHỦ TỊCH QUỐC HỘI 
 
Nguyễn Thị Kim Ngân
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu search --db db 'phạm vi điều chỉnh'
~ ^1 result( \(.*\))?$
~ ^   uts/bo-luat-lao-dong\.txt · id 2$
~ ^   also: congbao/nghi-quyet-so-45-2019-qh14-30232\.txt · id 1$
? 0
$ tracuu search --db db --json 'tiêu chuẩn lao động' | jq -c '[.id, .number, .copies]'
> [2,"45/2019/QH14",[{"id":1,"source":"congbao/nghi-quyet-so-45-2019-qh14-30232.txt"}]]
? 0
$ tracuu search --db db --all-copies 'phạm vi điều chỉnh'
~ ^2 results( \(.*\))?$
~ ^   congbao/nghi-quyet-so-45-2019-qh14-30232\.txt · id 1$
? 0
$ tracuu search --db db --all-copies --json 'phạm vi điều chỉnh' | jq -c '[.id, .copies]'
> [2,[]]
> [1,[]]
? 0
$ echo "quốc hội ban hành" | tracuu search --db db --batch | jq -c "[.total, [.results[] | [.id, (.copies | length)]]]"
> [1,[[2,1]]]
? 0
# The facets count a text once, as the results do (a facet's count is what its link finds); with
# --all-copies, every copy.
$ tracuu search --db db --json --facets 'phạm vi điều chỉnh' | jq -c 'select(.facets) | .facets | [.documents_counted, .type]'
> [1,{"Bộ luật":1}]
? 0
$ tracuu search --db db --json --facets --all-copies 'phạm vi điều chỉnh' | jq -c 'select(.facets) | .facets | [.documents_counted, .type]'
> [2,{"Bộ luật":2}]
? 0
# A copy is cited as the card's own text is (h11e): the copy a search shows first (id 2, its card's
# text is id 1) exported as the card exports it, its title "Bộ luật Lao động", not "… số 45/2019/QH14".
$ tracuu cite --db db --json 45/2019/QH14 | jq -c '.source.id'
> 1
? 0
$ tracuu show --db db --format ris 2 | grep '^TI'
> TI  - Bộ luật Lao động
? 0
$ tracuu show --db db --format ris 1 | grep '^TI'
> TI  - Bộ luật Lao động
? 0
# h12e: a number that carries its year, under the one body its code names (CHÍNH PHỦ over NĐ-CP),
# is one text: thuvienphapluat's copy of 158/2025/NĐ-CP has no "Hà Nội, ngày …" line and doubles
# its heading's "Quy định", the Gazette's has both right; one result, the other copy under "also:".
# tvpl-legal-news/legal_docs/750314c2c5666d56.md: its opening and Article 1.
<file name="in2/tvpl/750314c2c5666d56.md">
CHÍNH PHỦ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc--------------- |
Số: 158/2025/NĐ-CP |
|

**NGHỊ ĐỊNH**

**Quy ****định quy định chi tiết v****à hư****ớng dẫn thi h****ành m****ột số điều **** c****ủa Luật Bảo hiểm x****ã h****ội về bảo hiểm x****ã h****ội bắt buộc**

*Căn cứ **Luật Tổ chức Chính phủ** ngày 18 tháng 02 năm 2025;*

*Căn cứ **Luật Bảo hiểm xã hội** ngày 29 tháng 6 năm 2024;*

**Chương I**

**NHỮNG QUY ĐỊNH CHUNG**

**Điều 1. Phạm vi điều chỉnh**

Nghị định này quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc và chế độ đối với người lao động không đủ điều kiện hưởng lương hưu và chưa đủ tuổi hưởng trợ cấp hưu trí xã hội.
</file>
# congbao-8chude/docs/bhxh/nghi-dinh-so-158-2025-nd-cp-45240.txt: the same parts of its Gazette copy.
<file name="in2/congbao/nghi-dinh-so-158-2025-nd-cp-45240.txt">
 
 
CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025 
3 
 
VĂN BẢN QUY PHẠM PHÁP LUẬT 
 
CHÍNH PHỦ 
 
CHÍNH PHỦ 
 
 
Số: 158/2025/NĐ-CP 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
 
Hà Nội, ngày 25 tháng 6 năm 2025 
 
 NGHỊ ĐỊNH 
Quy định chi tiết và hướng dẫn thi hành một số điều  
của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc 
 
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; 
Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024; 
 
Chương I  
NHỮNG QUY ĐỊNH CHUNG 
 
Điều 1. Phạm vi điều chỉnh 
Nghị định này quy định chi tiết và hướng dẫn thi hành một số điều của Luật 
Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc và chế độ đối với người lao động 
không đủ điều kiện hưởng lương hưu và chưa đủ tuổi hưởng trợ cấp hưu trí xã hội. 
</file>
$ tracuu ingest --quiet --no-progress --db db2 --root in2 in2
? 0
$ tracuu search --db db2 --json 'bảo hiểm xã hội bắt buộc' | jq -c '[.number, ([.source] + (.copies | map(.source)) | sort)]'
> ["158/2025/NĐ-CP",["congbao/nghi-dinh-so-158-2025-nd-cp-45240.txt","tvpl/750314c2c5666d56.md"]]
? 0
