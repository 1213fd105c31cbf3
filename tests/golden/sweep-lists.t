# Third trust sweep (issue 17, docs/trust-sweep.md): every list the user sees counts what its
# entries are, and what a card says comes from the strongest mentions.
#
# A card's citing list collapses the copies of one text as search results do (cite 10/2012/QH13
# listed the Labour Code of 2019 twice: its plain text and its Official Gazette copy); --all-copies
# lists each. uts-vlc-laws/docs/bo-luat-lao-dong.txt and congbao-8chude/docs/hdld/
# nghi-quyet-so-45-2019-qh14-30232.txt: the letterhead and the article repealing the 2012 Code.
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

Điều 220. Hiệu lực thi hành

1. Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.

Bộ luật Lao động số 10/2012/QH13 hết hiệu lực thi hành kể từ ngày Bộ luật này có hiệu lực.

Bộ luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 8 thông qua ngày 20 tháng 11 năm 2019.
</file>
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
 
Điều 220. Hiệu lực thi hành 
1. Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021. 
Bộ luật Lao động số 10/2012/QH13 hết hiệu lực thi hành kể từ ngày Bộ luật này 
có hiệu lực. 
Bộ luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, 
kỳ họp thứ 8 thông qua ngày 20 tháng 11 năm 2019./. 
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu cite --db db 10/2012/QH13 | sed -n '/^1\./,$p'
> 1. Bộ luật 45/2019/QH14: Lao động
>    2019-11-20 · congbao/nghi-quyet-so-45-2019-qh14-30232.txt · id 1
>    Bộ luật Lao động số «10/2012/QH13» hết hiệu lực thi hành kể từ ngày Bộ luật này có hiệu lực.
>    also: uts/bo-luat-lao-dong.txt · id 2
? 0
$ tracuu cite --db db --json 10/2012/QH13 | jq -c '[.cited_in_total, [.cited_in[] | [.source, (.copies // [] | map(.source))]]]'
> [1,[["congbao/nghi-quyet-so-45-2019-qh14-30232.txt",["uts/bo-luat-lao-dong.txt"]]]]
? 0
$ tracuu cite --db db --all-copies 10/2012/QH13 | grep -c '^[0-9]\.'
> 2
? 0
