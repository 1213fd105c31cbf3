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
