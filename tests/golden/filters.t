# Filters and facets on real letterheads (uts-vlc-laws, congbao-8chude) and a
# news piece (news-dantri-unc): --type and --issuer mean the document's own
# type and issuing body, read from its letterhead; --cites-type and
# --cites-issuer the numbers it cites. Issuers in any spelling or by code,
# term digits included; types by code or name, coded or not.
<file name="in/luat-bao-chi.txt">
QUỐC HỘI
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Luật số: 103/2016/QH13

Hà Nội, ngày 05 tháng 4 năm 2016

LUẬT

BÁO CHÍ

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Quốc hội ban hành Luật báo chí.

Luật này quy định về quyền tự do báo chí, quyền tự do ngôn luận trên báo chí của công dân; tổ chức và hoạt động báo chí.
</file>
<file name="in/bo-luat-lao-dong.txt">
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

Bộ luật Lao động quy định tiêu chuẩn lao động; quyền, nghĩa vụ, trách nhiệm của người lao động, người sử dụng lao động.
</file>
<file name="in/nghi-dinh-145-2020.txt">
CÔNG BÁO/Số 1203 + 1204/Ngày 28-12-2020

VĂN BẢN QUY PHẠM PHÁP LUẬT

CHÍNH PHỦ

Số: 145/2020/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 14 tháng 12 năm 2020

NGHỊ ĐỊNH
Quy định chi tiết và hướng dẫn thi hành một số điều của
Bộ luật Lao động về điều kiện lao động và quan hệ lao động

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;
địa bàn có khu công nghiệp quy định tại Điều 5 Nghị định số 105/2020/NĐ-CP
</file>
<file name="in/thong-tu-09-2021.txt">
CÔNG BÁO/Số 761 + 762/Ngày 17-9-2021

VĂN BẢN QUY PHẠM PHÁP LUẬT

BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI

Số: 09/2021/TT-BLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 07 tháng 9 năm 2021

THÔNG TƯ
Sửa đổi, bổ sung một số điều của Thông tư số 08/2020/TT-BLĐTBXH ngày
15/10/2020 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn
về bảo vệ việc làm của người tố cáo là người làm việc theo hợp đồng lao động

Căn cứ Nghị định số 14/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính
phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động -
Thương binh và Xã hội;
2. Bãi bỏ một phần Thông tư liên lịch số 17/2014/TTLT-BLĐTBXH-BTC
(Kèm theo Thông tư số 27/2018/TT-LĐTBXH ngày 25 tháng 12 năm 2018
Phụ lục Bảng kê chi tiết bất động sản theo Mẫu số 01/BK-BĐS ban hành kèm
a) Văn bản ủy quyền mẫu số 41/UQ-ĐKT ban hành kèm theo Thông tư số 86/2024/TT-BTC
</file>
<file name="in/news_education_008.txt">
Bộ Giáo dục trả lời về hiệu trưởng ĐH Tôn Đức Thắng bị đình chỉ chức vụ

Theo đó, với các trường đại học ngoài thực hiện Luật sửa đổi số 34/2018/QH14 và Nghị định số 99/2019/NĐ-CP thì vẫn phải thực hiện theo Luật Giáo dục đại học năm 2012, bảo đảm quyền lợi người lao động.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
# Item 1: the Quốc hội by name in any spelling, by code, by code and term.
$ sources --db db --issuer 'Quốc hội'
> bo-luat-lao-dong.txt
> luat-bao-chi.txt
? 0
$ sources --db db --issuer 'quoc hoi'
> bo-luat-lao-dong.txt
> luat-bao-chi.txt
? 0
$ sources --db db --issuer 'QUỐC HỘI'
> bo-luat-lao-dong.txt
> luat-bao-chi.txt
? 0
$ sources --db db --issuer QH
> bo-luat-lao-dong.txt
> luat-bao-chi.txt
? 0
$ sources --db db --issuer QH14
> bo-luat-lao-dong.txt
? 0
$ sources --db db 'issuer:qh13'
> luat-bao-chi.txt
? 0
$ sources --db db --issuer CP
> nghi-dinh-145-2020.txt
? 0
$ sources --db db --issuer 'chinh phu'
> nghi-dinh-145-2020.txt
? 0
$ sources --db db --issuer 'Bộ Lao động - Thương binh và Xã hội'
> thong-tu-09-2021.txt
? 0
# A ministry by its code's letters after "Bộ"; a name no table knows and no document
# carries is said to be one, not left as a bare "0 results".
$ sources --db db --issuer 'Bộ LĐTBXH'
> thong-tu-09-2021.txt
? 0
$ sources --db db --issuer 'bo ldtbxh'
> thong-tu-09-2021.txt
? 0
$ tracuu search --db db --issuer 'Bộ Lao động Thương binh Xã hộ' --sort=date
> 0 results
! tracuu: no indexed document was issued by, or cites, a body named 'Bộ Lao động Thương binh Xã hộ' (--facets lists the bodies the index holds)
? 1
# An older code of the same body (27/2018/TT-LĐTBXH) and a joint circular's
# bodies each count as that body; a form's code (01/BK-BĐS, 41/UQ-ĐKT) names none.
$ sources --db db --cites-issuer LĐTBXH
> thong-tu-09-2021.txt
? 0
$ sources --db db --cites-issuer BTC
> thong-tu-09-2021.txt
? 0
$ tracuu search --db db --cites-issuer BK 'lao động'
> 0 results
! tracuu: no indexed document was issued by, or cites, a body named 'BK' (--facets lists the bodies the index holds)
? 1
# Filters that together leave nothing say which one does: a decree of 2021 (the index holds one
# decree, of 2020, and a circular of 2021).
$ tracuu search --db db --type NĐ --year 2021
> 0 results
! tracuu: no document matches every filter given; the type alone finds 1, the dates alone 1
? 1
$ tracuu search --db db --type NĐ --year 2021 'lao động'
> 0 results
! tracuu: no document matches the words with every filter given; the words alone find 4, with only the type 1, with only the dates 1
? 1
# Facets name bodies and types as people read them, counting each document's own.
$ tracuu search --db db --facets --limit 0 --type Luật --type 'Bộ luật' --type NĐ --type TT
> 4 results
> 
> facets (over 4 matching documents):
> type: Bộ luật (1), Luật (1), Nghị định (1), Thông tư (1)
> issuer: Quốc hội (2), Bộ Lao động - Thương binh và Xã hội (1), Chính phủ (1)
> year: 2021 (1), 2020 (1), 2019 (1), 2016 (1)
? 0
$ tracuu search --db db --facets --json --limit 0 'lao động' | jq -c .facets.issuer
> {"Bộ Lao động - Thương binh và Xã hội":1,"Chính phủ":1,"Quốc hội":1}
? 0
# Item 2: every type by its name, with or without marks, coded or not.
$ sources --db db --type 'Luật'
> luat-bao-chi.txt
? 0
$ sources --db db --type luat
> luat-bao-chi.txt
? 0
$ sources --db db --type 'bo luat'
> bo-luat-lao-dong.txt
? 0
$ sources --db db 'type:"Bộ luật"'
> bo-luat-lao-dong.txt
? 0
$ sources --db db --type 'nghi dinh'
> nghi-dinh-145-2020.txt
? 0
$ tracuu search --db db --type 'Hiến pháp' 'lao động'
> 0 results
! tracuu: no document matches the words with every filter given; the words alone find 4
? 1
# Item 3: a circular and a news piece cite decrees; only the decree is one.
$ sources --db db --type NĐ
> nghi-dinh-145-2020.txt
? 0
$ sources --db db --cites-type NĐ
> news_education_008.txt
> nghi-dinh-145-2020.txt
> thong-tu-09-2021.txt
? 0
$ sources --db db 'cites-type:"Nghị định" lao động'
> news_education_008.txt
> nghi-dinh-145-2020.txt
> thong-tu-09-2021.txt
? 0
$ sources --db db --cites-type Luật
> news_education_008.txt
? 0
# Item 4: filters alone, newest or oldest first; undated documents last.
$ tracuu search --db db --json --sort=date --limit 5 --issuer 'Quốc hội' --issuer CP --issuer BLĐTBXH | jq -r '.date + " " + .source'
> 2021-09-07 thong-tu-09-2021.txt
> 2020-12-14 nghi-dinh-145-2020.txt
> 2019-11-20 bo-luat-lao-dong.txt
> 2016-04-05 luat-bao-chi.txt
? 0
$ tracuu search --db db --json --sort=date-asc --year 2019 | jq -r '.date + " " + .source'
> 2019-11-20 bo-luat-lao-dong.txt
? 0
$ tracuu search --db db --json --sort=date-asc 'lao động' | jq -r '(.date // "undated") + " " + .source'
> 2019-11-20 bo-luat-lao-dong.txt
> 2020-12-14 nghi-dinh-145-2020.txt
> 2021-09-07 thong-tu-09-2021.txt
> undated news_education_008.txt
? 0
$ tracuu search --db db --json --sort=date 'lao động' | jq -r '(.date // "undated") + " " + .source'
> 2021-09-07 thong-tu-09-2021.txt
> 2020-12-14 nghi-dinh-145-2020.txt
> 2019-11-20 bo-luat-lao-dong.txt
> undated news_education_008.txt
? 0
$ sources --db db --cites-type NĐ -- '-"đại học"'
> nghi-dinh-145-2020.txt
> thong-tu-09-2021.txt
? 0
# A month as Vietnamese writes it: 9/2021 is September 2021, first day to last.
$ sources --db db --from 9/2021 --to 09/2021
> thong-tu-09-2021.txt
? 0
$ tracuu search --db db --from 13/2021
! tracuu: search: '13/2021' is not a date
! (see 'tracuu search --help')
? 2
# A month and day of one digit, as a form's date box may give them.
$ sources --db db --from 2021-9-7 --to 2021-9
> thong-tu-09-2021.txt
? 0
$ tracuu search --db db --from 2021-9-31
! tracuu: search: '2021-9-31' is not a date: 2021-09 has 30 days
! (see 'tracuu search --help')
? 2
$ tracuu search --db db --from 2021 --to 2020
! tracuu: search: the date range is empty: from 2021-01-01 is after to 2020-12-31
! (see 'tracuu search --help')
? 2
$ tracuu search --db db --year 2025 --to 2020
! tracuu: search: the date range is empty: year 2025 is outside … to 2020-12-31
! (see 'tracuu search --help')
? 2
$ tracuu search --db db 'from:2021 to:2020 lao động'
! tracuu: query: the date range is empty: from 2021-01-01 is after to 2020-12-31
? 2
# Fields the query language does not have are said, not searched as words;
# a value may be quoted with single quotes.
$ tracuu search --db db 'lao động format:html'
! tracuu: query: unknown field 'format:' (the fields are type:, issuer:, cites-type:, cites-issuer:, year:, status:, from:, to:); to search for the words, put them in quotes
? 2
$ tracuu search --db db 'title:"Bộ luật Lao động"'
! tracuu: query: unknown field 'title:' (the fields are type:, issuer:, cites-type:, cites-issuer:, year:, status:, from:, to:); to search for the words, put them in quotes
? 2
$ sources --db db "issuer:'Bộ Lao động - Thương binh và Xã hội' lao động"
> thong-tu-09-2021.txt
? 0
$ sources --db db "cites-issuer:‘Chính phủ’"
> news_education_008.txt
> nghi-dinh-145-2020.txt
> thong-tu-09-2021.txt
? 0
$ sources --db db '"format:html"'
? 0

# Sorted by date nothing ranks a word above its syllables apart: two syllables typed side by side
# that make a word ("ngư dân") are required as that word, not "ngư nghiệp … tổ dân phố" (before, the
# 2023 circular came first, newest, and the count was every document with both syllables). When no
# document holds the word, the syllables apart are listed, and a note says so.
# uts-vlc-laws/docs/luat-thuy-san.txt: letterhead and Article 88 1(b).
<file name="in6/luat-thuy-san.txt">
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Luật số: 18/2017/QH14

Hà Nội, ngày 21 tháng 11 năm 2017

LUẬT
THỦY SẢN

b) Tuyên truyền, phổ biến, giáo dục pháp luật Việt Nam, pháp luật quốc tế, pháp luật các nước có liên quan trong lĩnh vực thủy sản; hướng dẫn ngư dân và tổ chức, cá nhân có liên quan trong việc thực hiện các quy định của pháp luật về thủy sản;
</file>
# congbao-8chude/docs/hd_khoan/van-ban-hop-nhat-so-1315-vbhn-bldtbxh-39218.txt, lines 11-14 and 106.
<file name="in6/vbhn-1315.txt">
THÔNG TƯ 
Hướng dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo; 
xác định thu nhập của hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp, 
diêm nghiệp có mức sống trung bình giai đoạn 2022 - 2025 
Hà Nội, ngày 13 tháng 4 năm 2023
Chỉ đạo rà soát cấp xã chủ trì, phối hợp với thôn, tổ dân phố, bản, buôn, khóm, ấp 
</file>
$ tracuu ingest --quiet --no-progress --db db6 --root in6 in6
? 0
$ tracuu search --db db6 --json --sort=date 'ngư dân' | jq -r .source
> luat-thuy-san.txt
? 0
$ tracuu search --db db6 --json --sort=date 'ngu dan' | jq -r .source
> luat-thuy-san.txt
? 0
# By relevance both match, the word first.
$ tracuu search --db db6 --json 'ngư dân' | jq -r .source
> luat-thuy-san.txt
> vbhn-1315.txt
? 0
$ tracuu search --db db6 --sort=date 'nghiệp dân' | grep -c '^[0-9]\. '
> 1
! tracuu: no document holds the words as typed, side by side; sorted by date, these hold their syllables apart
? 0
$ tracuu search --db db6 --json --batch --sort=date <<< 'nghiệp dân' | jq -c '{total, words_apart}'
> {"total":1,"words_apart":true}
? 0
# The facets count what the list holds.
$ tracuu search --db db6 --json --sort=date --facets 'ngư dân' | tail -n 1 | jq -c '.facets.documents_counted'
> 1
? 0
