# Shards named in a stub file: ingest --shards spreads sources by a hash of their
# identity; search, show (combined ids), stats over the stub; stub mistakes named.
<file name="in/luong.txt">
Quy định về tiền lương tối thiểu vùng
Mức lương tối thiểu vùng áp dụng đối với người lao động làm việc theo hợp đồng lao động.
</file>
<file name="in/thuviec.txt">
Quy định về thời gian thử việc
Thời gian thử việc không quá 60 ngày đối với công việc có chức danh nghề nghiệp.
</file>
<file name="in/nghiphep.txt">
Quy định về nghỉ phép năm
Người lao động làm việc đủ 12 tháng thì được nghỉ hằng năm, hưởng nguyên lương theo hợp đồng lao động.
</file>
<file name="in/baohiem.txt">
Quy định về bảo hiểm xã hội bắt buộc
Người lao động làm việc theo hợp đồng lao động từ đủ 01 tháng trở lên thuộc đối tượng tham gia.
</file>
<file name="two.stub">
# two local shards
auto s0
auto s1
</file>
$ tracuu ingest --quiet --no-progress --shards two.stub --root in in
? 0
$ tracuu ingest --quiet --no-progress --db one --root in in
? 0
# The same answers as one index holding the same documents (ids aside).
$ sources --db two.stub "hợp đồng lao động"
> baohiem.txt
> luong.txt
> nghiphep.txt
? 0
$ sources --db one "hợp đồng lao động"
> baohiem.txt
> luong.txt
> nghiphep.txt
? 0
$ tracuu search --db two.stub --json "thử việc" | jq -c '[.source, .title, .score]'
> ["thuviec.txt","Quy định về thời gian thử việc",2.9392]
? 0
$ tracuu search --db one --json "thử việc" | jq -c '[.source, .title, .score]'
> ["thuviec.txt","Quy định về thời gian thử việc",2.9392]
? 0
# Each shard holds the sources that hash to it; ids interleave: (d-1)*2 + shard+1.
$ tracuu stats --db two.stub --json | jq -c '[.documents, [.shards[] | .documents]]'
> [4,[1,3]]
? 0
$ for s in s0 s1; do tracuu search --db $s --json --limit 10 "quy định" | jq -r '"\(.id) \(.source)"' | sort; done
> 1 thuviec.txt
> 1 baohiem.txt
> 2 luong.txt
> 3 nghiphep.txt
? 0
$ tracuu search --db two.stub --json --limit 10 "quy định" | jq -r '"\(.id) \(.source)"' | sort
> 1 thuviec.txt
> 2 baohiem.txt
> 4 luong.txt
> 6 nghiphep.txt
? 0
$ tracuu show --db two.stub 2 | head -2
> id:      2
> source:  baohiem.txt
? 0
# Ingesting a source again replaces it on its shard.
<file name="in/thuviec.txt">
Quy định về thời gian thử việc
Thời gian thử việc không quá 180 ngày đối với người quản lý doanh nghiệp.
</file>
$ tracuu ingest --no-progress --shards two.stub --root in in
> shard s0:
> 0 added, 1 replaced, 0 unchanged, 0 skipped, 0 failed
> shard s1:
> 0 added, 0 replaced, 3 unchanged, 0 skipped, 0 failed
? 0
$ tracuu stats --db two.stub --json | jq -c '[.documents, [.shards[] | .documents]]'
> [4,[1,3]]
? 0
# Mistakes in a stub.
<file name="bad1.stub">
auto s0
sqlite s1
</file>
$ tracuu search --db bad1.stub "lương"
! tracuu: index bad1.stub: bad1.stub:2: unknown shard type 'sqlite' (auto PATH, remote HOST:PORT, tcp HOST PORT)
? 4
<file name="bad2.stub">
remote xapian-progsrv s0
</file>
$ tracuu search --db bad2.stub "lương"
! tracuu: index bad2.stub: bad2.stub:1: a remote shard is 'remote HOST:PORT' (xapian-tcpsrv); a program is not supported
? 4
<file name="bad3.stub">
tcp 127.0.0.1 http
</file>
$ tracuu search --db bad3.stub "lương"
! tracuu: index bad3.stub: bad3.stub:1: 'http' is not a port
? 4
<file name="bad4.stub">
auto s0
auto s0
</file>
$ tracuu search --db bad4.stub "lương"
! tracuu: index bad4.stub: bad4.stub:2: shard s0 is listed twice
? 4
<file name="bad5.stub">
# nothing
</file>
$ tracuu search --db bad5.stub "lương"
! tracuu: index bad5.stub: bad5.stub names no shards (lines 'auto PATH', 'remote HOST:PORT')
? 4
<file name="bad6.stub">
auto s0
auto missing
</file>
$ tracuu search --db bad6.stub "lương"
! tracuu: index bad6.stub: shard missing: no index there (Couldn't stat 'missing'); --partial answers from the other shards
? 4
$ tracuu search --db bad6.stub --partial --json "lương" | tail -n 1
> {"partial":true,"shards_down":["missing"]}
! tracuu: warning: shard missing is down: these answers come from the other 1 shard only (--partial)
? 0
$ tracuu ingest --quiet --db one --shards two.stub in
! tracuu: ingest: --shards names the shards to write; it does not go with --db
! (see 'tracuu ingest --help')
? 2
