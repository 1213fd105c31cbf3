# sweep-h14e.t — what h14e's sweep fixed (docs/trust-sweep.md, h14e).
#
# A type implies its issuing body (corpus/doctypes.tsv's body column) when the number names
# none: the laws of 1957 carry their Sắc lệnh's number (103-SL/L.005) under "LUẬT" and no body
# above it. Before: "issuing body unknown", and no --issuer 'Quốc hội' or issuer facet found
# them. Head of uts-vlc-laws/docs/luat-dam-bao-quyen-tu-do-than-the-va-quyen-bat-kha-xam-pham-
# doi-voi-nha-o-do-vat-thu-tin-cua-nhan-dan.txt.
<file name="in/luat-1957.txt">
LUẬT

SỐ 103-SL/L.005 NGÀY 20-5-1957 ĐẢM BẢO QUYỀN TỰ DO THÂN THỂ VÀ QUYỀN BẤT KHẢ XÂM PHẠM ĐỐI VỚI NHÀ Ở, ĐỒ VẬT, THƯ TÍN CỦA NHÂN DÂN

CHỦ TỊCH NƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ

RA SẮC LỆNH

Nay ban bố luật quy định quyền tự do thân thể và quyền bất khả xâm phạm đối với nhà ở, đồ vật, thư tín của nhân dân đã được Quốc hội biểu quyết trong khoá họp thứ VI như sau:

LUẬT

ĐẢM BẢO QUYỀN TỰ DO THÂN THỂ VÀ QUYỀN BẤT KHẢ  XÂM PHẠM ĐỐI VỚI NHÀ Ở, ĐỒ VẬT, THƯ TÍN CỦA NHÂN DÂN

Chương 1:

NGUYÊN TẮC

Điều 1. Quyền tự do thân thể và quyền bất khả xâm phạm đối với nhà ở, đồ vật và thư tín của nhân dân được tôn trọng và bảo đảm. Không ai được xâm phạm các quyền ấy.
</file>
# A page saved by the Wayback Machine whose text is its banner alone, opened by its count of
# captures (tvpl-legal-news gov_news_and_docs/33e25e9336eeb392.md, whole): the banner's other
# opening ("Starting in 1996, Alexa Internet …") was furniture, this one was indexed, titled
# "67 captures" (4 pages of the folder).
<file name="in/wayback.md" nonewline="yes">
67 captures
24 Jul 2011 - 18 Dec 2024
May
JUN
Jul
24
2020
2021
2022
success
fail
About this capture
COLLECTED BY
Collection:
Wikipedia Eventstream
TIMESTAMPS
The Wayback Machine - https://web.archive.org/web/20210624202345/http://www.tapchicongsan.org.vn/Home/Quan-triet-thuc-hien-nghi-quyet-dai-hoi-dang-XI/Noi-dung-co-ban-van-kien/2011/1570/Dai-hoi-Dang-Cong-san-Viet-Nam-lan-thu-XI-su.aspx
</file>
# A type that stands in the text issuing it (corpus/doctypes.tsv's "issued within" column):
# no document is itself a Quy chế, a Thông tư or a Quyết định "ban hành Quy chế …" holds it.
# Before: "--type 'Quy chế'" said "0 results" and nothing else. Head of congbao-8chude
# hd_khoan/thong-tu-so-15-2022-tt-bldtbxh-37777.txt.
<file name="in/tt-15-2022.txt">
BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI  
 
 
BỘ LAO ĐỘNG - THƯƠNG BINH 
VÀ XÃ HỘI  
 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc 
 
Số: 15/2022/TT-BLĐTBXH 
Hà Nội, ngày 30 tháng 8 năm 2022 
 
THÔNG TƯ 
Ban hành Quy chế quản lý, cấp phát Chứng chỉ  
giáo dục quốc phòng và an ninh cho sinh viên các trường cao đẳng 
 
Căn cứ Luật Giáo dục quốc phòng và an ninh ngày 19 tháng 6 năm 2013; 
Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014; 
Căn cứ Nghị định số 14/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ 
quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động - 
Thương binh và Xã hội; 
Căn cứ Nghị định số 15/2019/NĐ-CP ngày 01 tháng 02 năm 2019 của Chính phủ 
quy định chi tiết một số điều và biện pháp thi hành Luật Giáo dục nghề nghiệp; 
Theo đề nghị của Tổng cục trưởng Tổng cục Giáo dục nghề nghiệp; 
Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư ban hành 
Quy chế quản lý, cấp phát Chứng chỉ giáo dục quốc phòng và an ninh cho sinh 
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
! tracuu: warning: in/wayback.md: nothing but page furniture (menus, counters), nothing to index
? 0
$ tracuu cite --db db 103-SL/L.005 | head -3
> 103-SL/L.005 — Luật
>   type          Luật (its letterhead)
>   issuing body  Quốc hội (its letterhead)
? 0
$ tracuu search --db db --type Luật --issuer 'Quốc hội' --facets -n 0
> 1 result
> 
> facets (over 1 matching document):
> type: Luật (1)
> issuer: Quốc hội (1)
> year: 1957 (1)
? 0
$ tracuu search --db db --type 'Quy chế'
> 0 results
! tracuu: no indexed document is itself of that type: a Quy chế often stands in the text that issues it; 1 document says "ban hành Quy chế" (search for those words, without --type)
? 1
$ tracuu search --db db --type QC 'chứng chỉ'
> 0 results
! tracuu: no document matches the words with every filter given; the words alone find 1
! tracuu: no indexed document is itself of that type: a Quy chế often stands in the text that issues it; 1 document says "ban hành Quy chế" (search for those words, without --type)
? 1
# A type's genus beside its kind is no disagreement: the Gazette's consolidated texts name the
# Code of Civil Procedure "Luật số 92/2015/QH13" (as its own letterhead does: "Luật số:"), other
# texts "Bộ luật Tố tụng dân sự số 92/2015/QH13". Before: "the mentions disagree on: type" (also
# "Thông báo" beside "Thông báo kết luận", 624/TB-VPCP). Lines of uts-vlc-laws
# luat-doanh-nghiep.txt and bo-luat-lao-dong.txt, congbao-8chude bhxh/van-ban-hop-nhat-so-22-
# vbhn-vpqh-44464.txt and -47-vbhn-vpqh-41398.txt.
<file name="kinds/luat-doanh-nghiep.txt">
điểm b khoản 2 Điều 74 của Bộ luật Tố tụng dân sự số 92/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 45/2019/QH14;
</file>
<file name="kinds/bo-luat-lao-dong.txt">
2. Sửa đổi, bổ sung Điều 32 của Bộ luật Tố tụng dân sự số 92/2015/QH13 như sau:
</file>
<file name="kinds/vbhn-22.txt">
một số điều theo Luật số 19/2000/QH10 và Luật số 10/2008/QH12, Bộ luật Lao động số 
10/2012/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 92/2015/QH13, Luật Bảo 
hiểm xã hội số 58/2014/QH13, Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi, bổ sung 
</file>
<file name="kinds/vbhn-47.txt">
bổ sung một số điều theo Luật số 19/2000/QH10 và Luật số 10/2008/QH12, Bộ luật Lao 
động số 10/2012/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 92/2015/QH13, 
Luật Bảo hiểm xã hội số 58/2014/QH13, Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi, 
</file>
$ tracuu ingest --quiet --no-progress --db kinds.db --root kinds kinds
? 0
$ tracuu cite --db kinds.db --json 92/2015/QH13 | jq -c '[.type, .conflicts]'
> ["Bộ luật",[]]
? 0
