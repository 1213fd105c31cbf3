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
