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
> 1. Bộ luật Lao động số 45/2019/QH14
>    Bộ luật 45/2019/QH14 · Quốc hội · 2019-11-20
>    congbao/nghi-quyet-so-45-2019-qh14-30232.txt · id 1
>    Bộ luật Lao động số «10/2012/QH13» hết hiệu lực thi hành kể từ ngày Bộ luật này có hiệu lực.
>    also: uts/bo-luat-lao-dong.txt · id 2
? 0
$ tracuu cite --db db --json 10/2012/QH13 | jq -c '[.cited_in_total, [.cited_in[] | [.source, (.copies // [] | map(.source))]]]'
> [1,[["congbao/nghi-quyet-so-45-2019-qh14-30232.txt",["uts/bo-luat-lao-dong.txt"]]]]
? 0
$ tracuu cite --db db --all-copies 10/2012/QH13 | grep -c '^[0-9]\.'
> 2
? 0
#
# Site furniture inside a saved text (thuvienphapluat.vn): the end of every saved page (its panel's
# legend, attached files, address and log-in dialogs, one naming Nghị định 13/2023/NĐ-CP, so 282
# pages cited it) and, in its English translations, a request to log in where the text is hidden.
# tvpl-legal-news/legal_docs/518fe8ba9a6bd9dc.md (its end, shortened) and c2b60521aafae842.md.
<file name="tv/518fe8ba9a6bd9dc.md">
Điều 3. Trách nhiệm thi hành

Quyết định này có hiệu lực kể từ ngày ký.
|
NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN
Văn bản bị thay thế
*Chú thích: *
Rà chuột vào nội dụng văn bản để sử dụng.
**FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN**
**FILE ATTACHED TO DOCUMENT**
|
**Địa chỉ:**
|
17 Nguyễn Gia Thiều, P. Xuân Hòa, TP.HCM
TP. HCM, ngày 31/05/2021
Thưa Quý khách,
THÔNG BÁO 
về Lưu trữ, Sử dụng Thông tin Khách hàng
Kính gửi: Quý Thành viên,
Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân (hiệu lực từ ngày 01/07/2023) yêu cầu xác nhận sự đồng ý của thành viên khi thu thập, lưu trữ, sử dụng thông tin mà quý khách đã cung cấp trong quá trình đăng ký, sử dụng sản phẩm, dịch vụ của **THƯ VIỆN PHÁP LUẬT**.
Tiếp tục sử dụng
- Xin lỗi Quý khách vì sự bất tiện này!
Quý khách Đăng nhập vào thì sẽ
có 1 người khác bị Đăng xuất.
Có thể tài khoản của bạn đã bị rò rỉ mật khẩu và mất bảo mật, xin vui lòng đổi mật khẩu tại đây để tiếp tục sử dụng
</file>
<file name="tv/c2b60521aafae842.md">
documents shall apply. 4. Any difficulties or proposals
that arise during the implementation of this Circular should be reported to the
Ministry of Finance for study, guidance and amendments./. ... ... ... Hãy đăng nhập hoặc đăng ký Thành viên Pro tại đây để xem toàn bộ văn bản tiếng Anh. **PP. MINISTER**
DEPUTY MINISTER
</file>
# gov_news_and_docs/c6ee6d0ebeddee6c.md: the request wrapped over lines, between blank ones.
<file name="tv/c6ee6d0ebeddee6c.md">
documents and reports on the management of medical devices.

...

...

...

Hãy đăng nhập hoặc đăng ký Thành viên

Pro tại đây để xem toàn bộ văn bản tiếng Anh.

This Circular provides for:
</file>
$ tracuu ingest --quiet --no-progress --db tvdb tv
? 0
$ tracuu cite --db tvdb 13/2023/NĐ-CP
! tracuu: cite: 13/2023/NĐ-CP: not cited in any indexed document
? 1
$ tracuu search --db tvdb --count 'đăng nhập'
> 0 results
? 1
$ tracuu show --db tvdb tv/c2b60521aafae842.md | tail -3
> that arise during the implementation of this Circular should be reported to the
> Ministry of Finance for study, guidance and amendments./. PP. MINISTER
> DEPUTY MINISTER
? 0
$ tracuu show --db tvdb tv/518fe8ba9a6bd9dc.md | tail -2
> 
> Quyết định này có hiệu lực kể từ ngày ký.
? 0
$ tracuu show --db tvdb tv/c6ee6d0ebeddee6c.md | grep -c -e 'Pro tại đây' -e '^\.\.\.$'
> 0
? 1
#
# A card's issuer from a citation ("… ngày 30/8/2025 của Bộ Chính trị", a guidance's grounds)
# beats a sentence telling who issued it, however often a site repeats it ("Ban Chấp hành Trung
# ương ban hành Quy định 366-QĐ/TW", the Q&A pages' formula, 14 times on 13 pages): cite 366-QĐ/TW
# said Ban Chấp hành Trung ương. tvpl-legal-news qa_explainers (078e971eeb8660ce.md and others)
# and legal_docs/fe168907f6107711.md (Hướng dẫn 45-HD/BTCTW).
<file name="qa/a.md">
Ngày 30/8/2025, Ban Chấp hành Trung ương ban hành Quy định 366-QĐ/TW về việc kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị.
</file>
<file name="qa/b.md">
Ngày 30/8/2025, Ban Chấp hành Trung ương đã ban hành Quy định 366-QĐ/TW về việc kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị.
</file>
<file name="qa/c.md">
Ban Chấp hành Trung ương ban hành Quy định 366-QĐ/TW năm 2025 kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị.
</file>
<file name="qa/hd45.md">
Các cấp uỷ, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị căn cứ Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị và các quy định, hướng dẫn liên quan;
</file>
$ tracuu ingest --quiet --no-progress --db qadb qa
? 0
$ tracuu cite --db qadb 366-QĐ/TW | sed -n 3p
>   issuing body  Bộ Chính trị (1 of 4 mentions; also Ban Chấp hành Trung ương ×3)
? 0
#
# Every facet value, clicked, gives its count. A text whose number's code the tables do not know
# (52/2025/QĐ-CTUBND, the chairman of Ủy ban nhân dân tỉnh Cao Bằng) has the committee's name and
# not its code: its name was taken from the code's count, so the facet said "Ủy ban nhân dân (1)",
# whose link (--issuer UBND) found 2, and showed no "Ủy ban nhân dân tỉnh Cao Bằng", which finds 2.
# tvpl-legal-news/legal_docs/fc5e61d70df8c70c.md and 3e09f285f64c35a5.md: their letterheads.
<file name="cb/fc5e61d70df8c70c.md">
|
**ỦY BAN NHÂN
DÂN**
TỈNH CAO BẰNG
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 52/2025/QĐ-CTUBND
|
*Cao Bằng, ngày
28 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
PHÂN CẤP CHO SỞ GIÁO DỤC VÀ ĐÀO TẠO THỰC HIỆN MỘT SỐ NHIỆM VỤ TRONG LĨNH
VỰC GIÁO DỤC VÀ ĐÀO TẠO TRÊN ĐỊA BÀN TỈNH CAO BẰNG
*Căn cứ Luật Tổ chức chính
quyền địa phương số 72/2025/QH15;*
</file>
<file name="cb/3e09f285f64c35a5.md">
|
**ỦY
BAN NHÂN DÂN**
TỈNH CAO BẰNG
--------
|
**CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 53/2025/QĐ-UBND
|
*Cao
Bằng, ngày 28 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
QUY ĐỊNH VIỆC PHÂN CẤP CHO SỞ GIÁO DỤC VÀ ĐÀO TẠO THỰC HIỆN
MỘT SỐ NHIỆM VỤ TRONG LĨNH VỰC GIÁO DỤC VÀ ĐÀO TẠO TRÊN ĐỊA BÀN TỈNH CAO BẰNG
*Căn cứ Luật Tổ chức
chính quyền địa phương số 72/2025/QH15;*
</file>
$ tracuu ingest --quiet --no-progress --db cbdb cb
? 0
$ tracuu search --db cbdb --facets --from 1900 | grep '^issuer'
> issuer: Ủy ban nhân dân tỉnh Cao Bằng (2)
? 0
$ tracuu search --db cbdb --count --from 1900 --issuer 'Ủy ban nhân dân tỉnh Cao Bằng' | head -1
> 2 results
? 0
$ tracuu search --db cbdb --count --from 1900 --issuer UBND | head -1
> 1 result
? 0
#
# A total says what it counts: 'thử việc' sorted by relevance counts every document holding both
# words anywhere (the pairs rank), sorted by date those holding them side by side ("about 5000"
# against 30 on an index of 6,672 documents, nothing said). Bộ luật Lao động 2019, Điều 24, and a
# sentence with the two words apart.
<file name="tv2/bll.txt">
Điều 24. Thử việc
1. Người sử dụng lao động và người lao động có thể thỏa thuận nội dung thử việc ghi trong hợp đồng lao động hoặc thỏa thuận về thử việc bằng việc giao kết hợp đồng thử việc.
</file>
<file name="tv2/apart.txt">
Công việc này cần làm thử trước khi giao cho người khác.
</file>
$ tracuu ingest --quiet --no-progress --db tv2db tv2
? 0
$ tracuu search --db tv2db 'thử việc' | head -1
> 2 results (every word, anywhere in the text)
? 0
$ tracuu search --db tv2db --sort=date 'thử việc' | head -1
> 1 result (the words side by side)
? 0
$ tracuu search --db tv2db --batch <<< 'thử việc' | jq -c '[.total, .counted]'
> [2,"every word, anywhere in the text"]
? 0
#
# A subject ends at a table's next cell: the Gazette's list of administrative procedures (congbao
# hd_kinh_te/nghi-quyet-so-24-2026-nq-cp-469471.txt, row 28) runs the decree's title into the
# articles cell ("… ngân hàng Điều 9, khoản 3 Điều 10, …") and, its page head dropped, the body
# cell and the next row's number: cite 94/2025/NĐ-CP took all of it as the subject.
<file name="cb2/nghi-quyet-so-24-2026-nq-cp-469471.txt">
3 Điều 20, khoản 2 Điều 22, khoản 2 Điều 
24, điểm b khoản 3 Điều 24, khoản 1 
Điều 25, điểm b khoản 1 Điều 26 
Ngân hàng Nhà 
nước Việt Nam 
27. 
Nghị định số 86/2024/NĐ-CP quy định về mức trích, 
phương pháp trích lập dự phòng rủi ro và việc sử dụng 
dự phòng để xử lý rủi ro trong hoạt động của tổ chức 
tín dụng, chi nhánh ngân hàng nước ngoài và trường 
hợp tổ chức tín dụng phân bổ lãi phải thu phải thoái 
Điểm b khoản 3 Điều 16 
Ngân hàng Nhà 
nước Việt Nam 
28. Nghị định số 94/2025/NĐ-CP về Cơ chế thử nghiệm có 
kiểm soát trong lĩnh vực ngân hàng 
Điều 9, khoản 3 Điều 10,  khoản 2 Điều 
17, điểm b khoản 2 Điều 19, khoản 2 
Điều 20, khoản 2 Điều 21 
Ngân hàng Nhà 
nước Việt Nam 

CÔNG BÁO/Số 276/Ngày 16-05-2026 
173 
 
 
29. 
Nghị định 88/2012/NĐ-CP ngày 23/10/2012 quy định 
về hoạt động thông tin, báo chí của báo chí nước ngoài, 
</file>
$ tracuu ingest --quiet --no-progress --db cb2db cb2
? 0
$ tracuu cite --db cb2db --json 94/2025/NĐ-CP | jq -r .subject
> cơ chế thử nghiệm có kiểm soát trong lĩnh vực ngân hàng
? 0
$ tracuu cite --db cb2db --json 86/2024/NĐ-CP | jq -r .subject
> quy định về mức trích, phương pháp trích lập dự phòng rủi ro và việc sử dụng dự phòng để xử lý rủi ro trong hoạt động của tổ chức tín dụng, chi nhánh ngân hàng nước ngoài và trường hợp tổ chức tín dụng phân bổ lãi phải thu phải thoái
? 0
#
# A year typed beside a topic favours the topic's texts of that year, and does not require the
# number written in them: 'lương cơ sở 2024' required "2024" in the text, and on an index of
# 6,672 documents its first ten held none of 2024 (now 7). In a regulation's name the year still
# says which (names.t: 'Hiến pháp 2013'); sorted by date it is still required.
# congbao-8chude/docs/hd_kinh_te/nghi-dinh-so-161-2026-nd-cp-469550.txt (letterhead, Điều 3) and
# Nghị định 73/2024/NĐ-CP as tvpl qa_explainers/ed6cba94727c34e5.md quotes it.
<file name="y/nghi-dinh-so-161-2026-nd-cp-469550.txt">
CHÍNH PHỦ

Số: 161/2026/NĐ-CP

Hà Nội, ngày 15 tháng 5 năm 2026

NGHỊ ĐỊNH
Quy định mức lương cơ sở và chế độ tiền thưởng đối với cán bộ, công chức, viên chức và lực lượng vũ trang

Điều 3. Mức lương cơ sở
2. Từ ngày 01 tháng 7 năm 2026, mức lương cơ sở là 2.530.000 đồng/tháng.
</file>
<file name="y/nd-73-2024.txt">
CHÍNH PHỦ

Số: 73/2024/NĐ-CP

Hà Nội, ngày 30 tháng 6 năm 2024

NGHỊ ĐỊNH
Quy định mức lương cơ sở và chế độ tiền thưởng đối với cán bộ, công chức, viên chức và lực lượng vũ trang

Điều 3. Mức lương cơ sở
2. Từ ngày 01 tháng 7 năm 2024, mức lương cơ sở là 2.340.000 đồng/tháng.
</file>
$ tracuu ingest --quiet --no-progress --db ydb y
? 0
$ tracuu search --db ydb --json 'lương cơ sở 2024' | jq -r .source
> <work>/y/nd-73-2024.txt
> <work>/y/nghi-dinh-so-161-2026-nd-cp-469550.txt
? 0
$ tracuu search --db ydb 'lương cơ sở 2024' | head -1
> 2 results (every word but the year, anywhere in the text; that year's texts first)
? 0
$ tracuu search --db ydb --json 'lương cơ sở 2026' | jq -r .source
> <work>/y/nghi-dinh-so-161-2026-nd-cp-469550.txt
> <work>/y/nd-73-2024.txt
? 0
$ tracuu search --db ydb --sort=date --json 'lương cơ sở 2024' | jq -r .source
> <work>/y/nd-73-2024.txt
? 0
#
# A law's type heading with its name on the same line ("LUẬT VIỆC LÀM", thuvienphapluat's copy of
# Luật Việc làm 2025) gives the type and the subject: it was titled "Luật 74/2025/QH15", its card's
# subject read from mentions only. tvpl-legal-news/gov_news_and_docs/7f4a15771553654e.md, its top.
<file name="lv/7f4a15771553654e.md">
Luật số: 74/2025/QH15 |
|

**LUẬT VIỆC LÀM**

*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15;*

*Quốc hội ban hành Luật Việc làm.*
</file>
$ tracuu ingest --quiet --no-progress --db lvdb lv
? 0
$ tracuu show --db lvdb lv/7f4a15771553654e.md | sed -n 3,5p
> title:   Luật Việc làm số 74/2025/QH15
> number:  74/2025/QH15
> type:    Luật
? 0
$ tracuu cite --db lvdb 74/2025/QH15 | grep subject
>   subject       Việc làm (its letterhead)
? 0
#
# A file that opens as one regulation's text and holds another's letterhead further down is not
# that letterhead's number: party-docs-nq57's press copy of 57-NQ/TW (no letterhead), then
# 69-KL/TW, then 20-NQ/TW's letterhead, showed number 20-NQ/TW, dated 2012-11-01, under its title
# "Nghị quyết số 57-NQ/TW". It still is 20-NQ/TW's own text on that number's card.
# party-docs-nq57/docs/57-NQ-TW_fulltext_news-intro_plus-commentary.md, its headings and the
# letterhead of 20-NQ/TW (a paragraph of 57-NQ/TW repeated between them, as the file's 60 KB are).
<file name="nq/57-NQ-TW_fulltext_news-intro_plus-commentary.md">


# Nghị quyết số 57-NQ/TW

**Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.**

*Trân trọng giới thiệu toàn văn Nghị quyết số 57-NQ/TW:*

%repeat[40 x Bảo đảm chủ quyền quốc gia trên không gian mạng; bảo đảm an ninh mạng, an ninh dữ liệu, an toàn thông tin của tổ chức và cá nhân là yêu cầu xuyên suốt, không thể tách rời trong quá trình phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.%0a%0a]%
# Kết luận số 69-KL/TW

Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khoá XI về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hoá, hiện


# Nghị quyết 20 \- 2012

| BAN CHẤP HÀNH TRUNG ƯƠNG
\-------- | ĐẢNG CỘNG SẢN VIỆT NAM
\--------------- |
| :---- | :---- |
| Số: 20-NQ/TW | *Hà Nội, ngày 01 tháng 11 năm 2012* |

 

**NGHỊ QUYẾT**  
**HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XI**

VỀ PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ PHỤC VỤ SỰ NGHIỆP CÔNG NGHIỆP HOÁ, HIỆN ĐẠI HOÁ TRONG ĐIỀU KIỆN KINH TẾ THỊ TRƯỜNG ĐỊNH HƯỚNG XÃ HỘI CHỦ NGHĨA VÀ HỘI NHẬP QUỐC TẾ

</file>
$ tracuu ingest --quiet --no-progress --db nqdb nq
? 0
$ tracuu show --db nqdb nq/57-NQ-TW_fulltext_news-intro_plus-commentary.md | sed -n 3,5p
> title:   Nghị quyết số 57-NQ/TW
> date:    unknown
> format:  markdown
? 0
$ tracuu cite --db nqdb 20-NQ/TW | grep 'own text'
>   its own text  <work>/nq/57-NQ-TW_fulltext_news-intro_plus-commentary.md · id 1
? 0
#
# A subject said with its opening and without ("quy định về cơ chế thử nghiệm …", "Cơ chế thử
# nghiệm …") is one value: 94/2025/NĐ-CP's card put each at 1 of 27 mentions and flagged its
# subject unsettled (five cards so). The Gazette's list row (row 28 above) and tvpl Q&A sentences.
<file name="s94/a.txt">
28. Nghị định số 94/2025/NĐ-CP về Cơ chế thử nghiệm có kiểm soát trong lĩnh vực ngân hàng
</file>
<file name="s94/b.txt">
Nghị định 94/2025/NĐ-CP quy định về cơ chế thử nghiệm có kiểm soát trong lĩnh vực ngân hàng.
</file>
<file name="s94/c.txt">
Nghị định 94/2025/NĐ-CP quy định về các giải pháp công nghệ tài chính.
</file>
$ tracuu ingest --quiet --no-progress --db s94db s94
? 0
$ tracuu cite --db s94db --json 94/2025/NĐ-CP | jq -c '[.conflicts, [.evidence.subject[].support]]'
> [[],[2,1]]
? 0
