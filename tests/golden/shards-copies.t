# Two copies of one regulation (one number, two texts, two sources) over shards: the card's
# own text and its effective date's sentence, the copy a search shows and the copies under
# it, equal scores and citing documents of one date all go by source (SLOT_ORDER), not by
# docid, which shards number otherwise (docs/design.md, shards). These names put
# blhs-1.txt, docid 1 of one index, on shard s1 (combined id 2) and blhs-2.txt on s0 (id 1).
<file name="in/blhs-1.txt">
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 100/2015/QH13

Hà Nội, ngày 27 tháng 11 năm 2015

BỘ LUẬT
HÌNH SỰ

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Quốc hội ban hành Bộ luật hình sự.

Điều 1. Nhiệm vụ của Bộ luật hình sự

Bộ luật hình sự có nhiệm vụ bảo vệ chủ quyền quốc gia, an ninh của đất nước.

Điều 426. Hiệu lực thi hành

Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2016.
</file>
<file name="in/blhs-2.txt">
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 100/2015/QH13

Hà Nội, ngày 27 tháng 11 năm 2015

BỘ LUẬT
HÌNH SỰ

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Quốc hội ban hành Bộ luật hình sự.

Điều 1. Nhiệm vụ của Bộ luật hình sự

Bộ luật hình sự có nhiệm vụ bảo vệ chủ quyền quốc gia, an ninh của đất nước.

Điều 426. Hiệu lực thi hành

Bộ luật này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2016.
</file>
<file name="in/tt.txt">
BỘ CÔNG AN

Số: 05/2017/TT-BCA

Hà Nội, ngày 10 tháng 3 năm 2017

THÔNG TƯ
Hướng dẫn thi hành Bộ luật hình sự

Căn cứ Bộ luật hình sự số 100/2015/QH13 ngày 27 tháng 11 năm 2015;
</file>
<file name="two.stub">
auto s0
auto s1
</file>
$ tracuu ingest --quiet --no-progress --db one --root in in
? 0
$ tracuu ingest --quiet --no-progress --shards two.stub --root in in
? 0
$ for db in one two.stub; do tracuu show --db $db --json blhs-1.txt | jq .id; done
> 1
> 2
? 0
$ tracuu cite --db one --json 100/2015/QH13 | jq -c '[.source.source, .effective_evidence.sentence, [.cited_in[] | [.source, (.copies // [] | map(.source))]], [.relations[].other]]'
> ["blhs-1.txt","Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2016.",[["tt.txt",[]],["blhs-1.txt",["blhs-2.txt"]]],["05/2017/TT-BCA"]]
? 0
$ tracuu cite --db one 100/2015/QH13 | grep 'own text'
~ its own text +blhs-1\.txt
? 0
$ tracuu cite --db two.stub --json 100/2015/QH13 | jq -c '[.source.source, .effective_evidence.sentence, [.cited_in[] | [.source, (.copies // [] | map(.source))]], [.relations[].other]]'
> ["blhs-1.txt","Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2016.",[["tt.txt",[]],["blhs-1.txt",["blhs-2.txt"]]],["05/2017/TT-BCA"]]
? 0
$ tracuu cite --db two.stub 100/2015/QH13 | grep 'own text'
~ its own text +blhs-1\.txt
? 0
# A number alone: its own text scores 1, a text citing it 0 (h12f).
$ tracuu search --db one --json 100/2015/QH13 | jq -c '[.source, .score, [.copies[].source]]'
> ["blhs-1.txt",1,["blhs-2.txt"]]
> ["tt.txt",0,[]]
? 0
$ tracuu search --db one --json --all-copies 100/2015/QH13 | jq -r .source
> blhs-1.txt
> blhs-2.txt
> tt.txt
? 0
# A number alone: every match scores 0.
$ tracuu search --db two.stub --json 100/2015/QH13 | jq -c '[.source, .score, [.copies[].source]]'
> ["blhs-1.txt",1,["blhs-2.txt"]]
> ["tt.txt",0,[]]
? 0
$ tracuu search --db two.stub --json --all-copies 100/2015/QH13 | jq -r .source
> blhs-1.txt
> blhs-2.txt
> tt.txt
? 0
