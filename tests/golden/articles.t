# Articles (issue 19): a regulation's Điều and khoản — results name them,
# `show --article` prints one, `search --articles` ranks them as units.
# Excerpts of ../shared/corpus: the Labour Code (uts-vlc-laws/bo-luat-lao-dong.txt),
# an amending decree that quotes the articles it amends
# (congbao-8chude/hdld/nghi-dinh-so-372-2025-nd-cp-468594.txt) and a consolidated
# text (VBHN) with an added article and its footnotes
# (congbao-8chude/hd_khoan/van-ban-hop-nhat-so-4496-vbhn-bldtbxh-34936.txt).
<file name="in/blld.txt">
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
Điều 104. Thưởng

1. Thưởng là số tiền hoặc tài sản hoặc bằng các hình thức khác mà người sử dụng lao động thưởng cho người lao động căn cứ vào kết quả sản xuất, kinh doanh, mức độ hoàn thành công việc của người lao động.

2. Quy chế thưởng do người sử dụng lao động quyết định và công bố công khai tại nơi làm việc sau khi tham khảo ý kiến của tổ chức đại diện người lao động tại cơ sở đối với nơi có tổ chức đại diện người lao động tại cơ sở.

Chương VII

THỜI GIỜ LÀM VIỆC, THỜI GIỜ NGHỈ NGƠI

Mục 1. THỜI GIỜ LÀM VIỆC

Điều 105. Thời giờ làm việc bình thường

1. Thời giờ làm việc bình thường không quá 08 giờ trong 01 ngày và không quá 48 giờ trong 01 tuần.

2. Người sử dụng lao động có quyền quy định thời giờ làm việc theo ngày hoặc tuần nhưng phải thông báo cho người lao động biết; trường hợp theo tuần thì thời giờ làm việc bình thường không quá 10 giờ trong 01 ngày và không quá 48 giờ trong 01 tuần.

Nhà nước khuyến khích người sử dụng lao động thực hiện tuần làm việc 40 giờ đối với người lao động.

3. Người sử dụng lao động có trách nhiệm bảo đảm giới hạn thời gian làm việc tiếp xúc với yếu tố nguy hiểm, yếu tố có hại đúng theo quy chuẩn kỹ thuật quốc gia và pháp luật có liên quan.

Điều 106. Giờ làm việc ban đêm

Giờ làm việc ban đêm được tính từ 22 giờ đến 06 giờ sáng ngày hôm sau.

Điều 107. Làm thêm giờ

1. Thời gian làm thêm giờ là khoảng thời gian làm việc ngoài thời giờ làm việc bình thường theo quy định của pháp luật, thỏa ước lao động tập thể hoặc nội quy lao động.

2. Người sử dụng lao động được sử dụng người lao động làm thêm giờ khi đáp ứng đầy đủ các yêu cầu sau đây:
</file>
<file name="in/nd-372-2025.txt">
CHÍNH PHỦ 
_________ 
 
Số: 372/2025/NĐ-CP 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
________________________________________ 
Hà Nội, ngày 31 tháng 12 năm 2025 
 
NGHỊ ĐỊNH 
Sửa đổi, bổ sung một số điều của Nghị định số 112/2021/NĐ-CP  
ngày 10 tháng 12 năm 2021 của Chính phủ quy định chi tiết một số điều 
và biện pháp thi hành Luật Người lao động Việt Nam đi làm việc  
ở nước ngoài theo hợp đồng 
Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 112/2021/NĐ-CP 
ngày 10 tháng 12 năm 2021 của Chính phủ quy định chi tiết một số điều 
và biện pháp thi hành Luật Người lao động Việt Nam đi làm việc ở nước 
ngoài theo hợp đồng 
1. Sửa đổi, bổ sung Điều 3 như sau:  
“Điều 3. Giấy phép hoạt động dịch vụ đưa người lao động Việt Nam 
đi làm việc ở nước ngoài theo hợp đồng 
tự động và tủ đựng dụng cụ y tế để phục vụ bồi dưỡng kỹ năng nghề hộ lý theo 
chương trình của Nhật Bản.” 
10. Bổ sung Điều 15a như sau: 
“Điều 15a. Thông báo đáp ứng điều kiện của thị trường, ngành nghề  
1. Trước khi thực hiện hoạt động đưa người lao động đi làm việc tại Đài 
Loan (Trung Quốc), Nhật Bản và nghề hộ lý tại Nhật Bản, doanh nghiệp thực 
hiện việc thông báo trực tuyến trên Hệ thống cơ sở dữ liệu về người lao động 
Việt Nam đi làm việc ở nước ngoài theo hợp đồng về việc đáp ứng điều kiện 
của thị trường, ngành, nghề theo quy định tại Điều 12, Điều 15 của Nghị định này.  

CÔNG BÁO/Số 30/Ngày 21-01-2026 
8
 
 
2. Ngay sau khi doanh nghiệp thực hiện việc thông báo trực tuyến tại 
khoản 1 Điều này thành công, doanh nghiệp được phép hoạt động đưa người 
lao động đi làm việc tại các thị trường, ngành nghề đã thông báo.  
3. Trường hợp doanh nghiệp chấm dứt hoạt động đưa người lao động đi 
làm việc tại thị trường, ngành, nghề đã thông báo đáp ứng điều kiện theo quy 
định tại khoản 1 Điều này, doanh nghiệp thực hiện thông báo chấm dứt hoạt 
động trực tuyến trên Hệ thống cơ sở dữ liệu về người lao động Việt Nam đi làm 
việc ở nước ngoài theo hợp đồng. Sau khi thông báo chấm dứt hoạt động thành 
công, doanh nghiệp không phải duy trì các điều kiện tương ứng quy định tại 
Điều 12, Điều 15 của Nghị định này.  
4. Bộ Nội vụ có trách nhiệm thông báo, cập nhật thông tin các doanh 
nghiệp đáp ứng điều kiện hoạt động, không đáp ứng điều kiện hoạt động hoặc 
doanh nghiệp chấm dứt hoạt động đưa người lao động đi làm việc tại Đài Loan 
(Trung Quốc), Nhật Bản và nghề hộ lý tại Nhật Bản đến các cơ quan có thẩm 
quyền của quốc gia, vùng lãnh thổ tiếp nhận lao động để phối hợp quản lý.  
5. Trong trường hợp Hệ thống cơ sở dữ liệu về người lao động Việt Nam 
đi làm việc ở nước ngoài theo hợp đồng gặp sự cố đường truyền, kỹ thuật, sự 
kiện bất khả kháng làm gián đoạn quá trình thực hiện quy định tại khoản 1 Điều 
này, doanh nghiệp nộp 01 bản giấy Thông báo theo Mẫu số 10 Phụ lục I ban 
hành kèm theo Nghị định này đến Bộ Nội vụ.” 
Điều 2. Hiệu lực thi hành 
Nghị định này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026. 
</file>
<file name="in/vbhn-4496.txt">
 
 
CÔNG BÁO/Số 1043 + 1044/Ngày 18-12-2021 
11 
 
VĂN BẢN PHÁP LUẬT KHÁC 
 
VĂN BẢN HỢP NHẤT -  
BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI 
 
 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc 
 
 
QUYẾT ĐỊNH 
Quy định về việc thực hiện một số chính sách hỗ trợ người lao động  
và người sử dụng lao động gặp khó khăn do đại dịch COVID-19 
 
Quyết định số 23/2021/QĐ-TTg ngày 07 tháng 7 năm 2021 của Thủ tướng 
Chính phủ quy định về việc thực hiện một số chính sách hỗ trợ người lao động và 
người sử dụng lao động gặp khó khăn do đại dịch COVID-19, có hiệu lực kể từ 
ngày 07 tháng 7 năm 2021, được sửa đổi, bổ sung bởi: 
Quyết định số 33/2021/QĐ-TTg ngày 06 tháng 11 năm 2021 của Thủ tướng 
Chính phủ sửa đổi, bổ sung một số điều của Quyết dịnh số 23/2021/QĐ-TTg 
ngày 07 tháng 7 năm 2021 của Thủ tướng Chính phủ về việc thực hiện một số 
chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại 
dịch COVID-19, có hiệu lực kể từ ngày 06 tháng 11 năm 2021. 
4. Trong 02 ngày làm việc, Ủy ban nhân dân cấp huyện rà soát, tổng hợp, trình 
Ủy ban nhân dân cấp tỉnh. 
5. Trong 02 ngày làm việc, Ủy ban nhân dân cấp tỉnh ban hành quyết định phê 
duyệt danh sách và kinh phí hỗ trợ; đồng thời chỉ đạo thực hiện hỗ trợ. Trường hợp 
không hỗ trợ, Ủy ban nhân dân cấp tỉnh thông báo bằng văn bản và nêu rõ lý do. 
Điều 37a. Hỗ trợ đối với hộ kinh doanh sản xuất nông, lâm, ngư nghiệp, 
làm muối và những người bán hàng rong, quà vặt, buôn chuyến, kinh doanh 
lưu động, kinh doanh thời vụ, làm dịch vụ có thu nhập thấp không phải đăng 
ký hộ kinh doanh29 
                                          
28 Điều này được sửa đổi, bổ sung theo quy định tại khoản 20 Điều 1 Quyết định số 
33/2021/QĐ-TTg ngày 06 tháng 11 năm 2021 của Thủ tướng Chính phủ sửa đổi, bổ sung một số 
điều của Quyết định số 23/2021/QĐ-TTg ngày 07 tháng 7 năm 2021 của Thủ tướng Chính phủ 
quy định về việc thực hiện một số chính sách hỗ trợ người lao động và người sử dụng lao động 
gặp khó khăn do đại dịch COVID-19, có hiệu lực kể từ ngày 06 tháng 11 năm 2021. 
29 Điều này được bổ sung theo quy định tại khoản 21 Điều 1 Quyết định số 33/2021/QĐ-TTg 
ngày 06 tháng 11 năm 2021 của Thủ tướng Chính phủ sửa đổi, bổ sung một số điều của Quyết 
định số 23/2021/QĐ-TTg ngày 07 tháng 7 năm 2021 của Thủ tướng Chính phủ quy định về việc 
thực hiện một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do 
đại dịch COVID-19, có hiệu lực kể từ ngày 06 tháng 11 năm 2021. 

 
38 
CÔNG BÁO/Số 1043 + 1044/Ngày 18-12-2021 
  
Căn cứ quy định tại Điều 3 Nghị định số 39/2007/NĐ-CP ngày 16 tháng 3 
năm 2007 của Chính phủ về hoạt động thương mại một cách độc lập, thường 
xuyên không phải đăng ký kinh doanh, Điều 79 Nghị định số 01/2021/NĐ-CP 
ngày 04 tháng 01 năm 2021 của Chính phủ về đăng ký doanh nghiệp và tình hình, 
điều kiện cụ thể của địa phương, các tỉnh, thành phố trực thuộc trung ương quy 
định tiêu chí xác định đối tượng đang hoạt động trên địa bàn địa phương quản lý, 
hồ sơ, thủ tục hỗ trợ trên cơ sở bảo đảm các nguyên tắc sau: 
1. Phải dừng hoạt động từ 15 ngày liên tục trở lên do yêu cầu của cơ quan nhà 
nước có thẩm quyền để phòng, chống dịch COVID-19 hoặc do có địa điểm kinh 
doanh trên địa bàn thực hiện các biện pháp phòng, chống dịch theo nguyên tắc của 
Chỉ thị số 16/CT-TTg hoặc phải áp dụng biện pháp không hoạt động/ngừng hoạt 
động theo Nghị quyết số 128/NQ-CP trong thời gian từ ngày 01 tháng 5 năm 2021 
đến hết ngày 31 tháng 12 năm 2021. 
2. Hỗ trợ 01 lần với mức 3.000.000 đồng/hộ. 
3. Không áp dụng đối với những trường hợp đã được địa phương quy định là 
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
# By the regulation's number: the article, and nothing else.
$ tracuu show --db db 45/2019/QH14 --article 105
> Điều 105. Thời giờ làm việc bình thường
> 
> 1. Thời giờ làm việc bình thường không quá 08 giờ trong 01 ngày và không quá 48 giờ trong 01 tuần.
> 
> 2. Người sử dụng lao động có quyền quy định thời giờ làm việc theo ngày hoặc tuần nhưng phải thông báo cho người lao động biết; trường hợp theo tuần thì thời giờ làm việc bình thường không quá 10 giờ trong 01 ngày và không quá 48 giờ trong 01 tuần.
> 
> Nhà nước khuyến khích người sử dụng lao động thực hiện tuần làm việc 40 giờ đối với người lao động.
> 
> 3. Người sử dụng lao động có trách nhiệm bảo đảm giới hạn thời gian làm việc tiếp xúc với yếu tố nguy hiểm, yếu tố có hại đúng theo quy chuẩn kỹ thuật quốc gia và pháp luật có liên quan.
? 0
$ tracuu show --db db 45/2019/QH14 --article 105.2
> 2. Người sử dụng lao động có quyền quy định thời giờ làm việc theo ngày hoặc tuần nhưng phải thông báo cho người lao động biết; trường hợp theo tuần thì thời giờ làm việc bình thường không quá 10 giờ trong 01 ngày và không quá 48 giờ trong 01 tuần.
> 
> Nhà nước khuyến khích người sử dụng lao động thực hiện tuần làm việc 40 giờ đối với người lao động.
? 0
$ tracuu show --db db 45/2019/QH14 --article 'khoản 3 Điều 105'
> 3. Người sử dụng lao động có trách nhiệm bảo đảm giới hạn thời gian làm việc tiếp xúc với yếu tố nguy hiểm, yếu tố có hại đúng theo quy chuẩn kỹ thuật quốc gia và pháp luật có liên quan.
? 0
$ tracuu show --db db 45/2019/QH14 --article 'Điều 999'
! tracuu: show: 45/2019/QH14 (id 1): no Điều 999 (its articles: 104 to 107)
? 1
$ tracuu show --db db 45/2019/QH14 --article 105.7
! tracuu: show: 45/2019/QH14 (id 1): no khoản 7 in Điều 105 (it has 3)
? 1
$ tracuu show --db db 45/2019/QH14 --article 'Chương VII'
! tracuu: show: 'Chương VII' is not an article: give its number (26, 5a), 26.3 for a clause, 26.3.a for a point, or 'khoản 3 Điều 26'
! (see 'tracuu show --help')
? 2
$ tracuu show --db db --json 45/2019/QH14 --article 106 | jq -c '{number, article, text}'
> {"number":"45/2019/QH14","article":{"number":"106","heading":"Giờ làm việc ban đêm","clause":null},"text":"Điều 106. Giờ làm việc ban đêm\n\nGiờ làm việc ban đêm được tính từ 22 giờ đến 06 giờ sáng ngày hôm sau.\n\n"}
? 0
# The amending decree's articles are its own two: the articles it quotes
# ("Điều 3.", "Điều 15a.") are text of its Điều 1.
$ tracuu show --db db 372/2025/NĐ-CP --article 15a
! tracuu: show: 372/2025/NĐ-CP (id 2): no Điều 15a (its articles: 1 to 2)
? 1
$ tracuu show --db db 372/2025/NĐ-CP --article 3
! tracuu: show: 372/2025/NĐ-CP (id 2): no Điều 3 (its articles: 1 to 2)
? 1
$ tracuu show --db db --json 372/2025/NĐ-CP --article 1 | jq -r .text | grep -c '“Điều 15a\.'
> 1
? 0
$ tracuu show --db db 372/2025/NĐ-CP --article 2
> Điều 2. Hiệu lực thi hành 
> Nghị định này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.
? 0
# The consolidated text keeps its own numbering: Điều 37a, its heading without
# the footnote's number.
$ tracuu show --db db vbhn-4496.txt --article 37a | head -n 4
> Điều 37a. Hỗ trợ đối với hộ kinh doanh sản xuất nông, lâm, ngư nghiệp, 
> làm muối và những người bán hàng rong, quà vặt, buôn chuyến, kinh doanh 
> lưu động, kinh doanh thời vụ, làm dịch vụ có thu nhập thấp không phải đăng 
> ký hộ kinh doanh29 
? 0
$ tracuu show --db db vbhn-4496.txt --article 37a.2
> 2. Hỗ trợ 01 lần với mức 3.000.000 đồng/hộ.
? 0
# A result names the article its excerpt is in (text and JSON).
$ tracuu search --db db --color=never --limit 1 'làm thêm giờ ban đêm' | sed -n 3,6p
> 1. Bộ luật Lao động số 45/2019/QH14
>    Bộ luật 45/2019/QH14 · Quốc hội · 2019-11-20
>    blld.txt · id 1
>    Điều 106. Giờ làm việc ban đêm
? 0
$ tracuu search --db db --json 'hộ kinh doanh sản xuất nông lâm ngư nghiệp' | jq -c '.article'
> {"number":"37a","heading":"Hỗ trợ đối với hộ kinh doanh sản xuất nông, lâm, ngư nghiệp, làm muối và những người bán hàng rong, quà vặt, buôn chuyến, kinh doanh lưu động, kinh doanh thời vụ, làm dịch vụ có thu nhập thấp không phải đăng ký hộ kinh doanh","clause":null}
> {"number":"104","heading":"Thưởng","clause":"1"}
> {"number":"1","heading":"Sửa đổi, bổ sung một số điều của Nghị định số 112/2021/NĐ-CP ngày 10 tháng 12 năm 2021 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng","clause":"1"}
? 0
$ tracuu search --db db --json 'Thời giờ làm việc bình thường không quá 08 giờ' | jq -c '{source, article}'
> {"source":"blld.txt","article":{"number":"105","heading":"Thời giờ làm việc bình thường","clause":null}}
> {"source":"vbhn-4496.txt","article":null}
> {"source":"nd-372-2025.txt","article":{"number":"1","heading":"Sửa đổi, bổ sung một số điều của Nghị định số 112/2021/NĐ-CP ngày 10 tháng 12 năm 2021 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng","clause":"1"}}
? 0
# Articles as units: one result per article, with its document; the Labour
# Code's article on the subject first, its clause where the passage lies.
$ tracuu search --db db --articles --color=never --limit 2 'thời giờ làm việc bình thường'
> results 1–2 of 6 articles in 3 documents
> 
> 1. Bộ luật Lao động số 45/2019/QH14
>    Bộ luật 45/2019/QH14 · Quốc hội · 2019-11-20
>    blld.txt · id 1
>    Điều 105. Thời giờ làm việc bình thường
>    … 105. «Thời giờ làm việc bình thường» 1. «Thời giờ làm việc bình thường» không quá 08 giờ trong 01 ngày và không quá 48 giờ trong 01 tuần. 2. Người sử dụng lao động có quyền quy định «thời giờ làm việc» theo ngày hoặc tuần nhưng …
> 
> 2. Bộ luật Lao động số 45/2019/QH14
>    Bộ luật 45/2019/QH14 · Quốc hội · 2019-11-20
>    blld.txt · id 1
>    Điều 107. Làm thêm giờ (khoản 1)
>    … Làm thêm giờ 1. Thời gian làm thêm giờ là khoảng thời gian «làm việc» ngoài «thời giờ làm việc bình thường» theo quy định của pháp luật, thỏa ước lao động tập thể hoặc nội quy lao động. 2. Người sử dụng lao động được …
? 0
$ tracuu search --db db --articles --json 'làm thêm giờ' | jq -c '[.source, .article.number, .article.clause]'
> ["blld.txt","107",null]
> ["blld.txt","106",null]
> ["blld.txt","105",null]
> ["blld.txt","104","2"]
? 0
$ tracuu search --db db --articles --json --offset 1 --limit 1 'làm thêm giờ' | jq -c '[.rank, .source, .article.number]'
> [2,"blld.txt","106"]
? 0
# The total counts articles, and says in how many documents: the same in a
# --batch line (and the API) as in the text.
$ tracuu search --db db --articles --color=never --limit 1 'làm thêm giờ' | head -n 1
> results 1–1 of 4 articles in 1 document
? 0
$ echo 'làm thêm giờ' | tracuu search --db db --articles --batch | jq -c '[.total, .exact, .unit, .documents, .documents_exact, (.results | length)]'
> [4,true,"article",1,true,4]
? 0
$ echo 'làm thêm giờ' | tracuu search --db db --batch | jq -c 'has("unit")'
> false
? 0
# An article's score counts the words of its heading again (ARTICLES_HEADING_TF),
# also where the query's words stand only at the heading's end, right before
# its first clause ("bình thường" of Điều 105, "ban đêm" of Điều 106): the
# headings the query's positions rule out are not read, and none that holds a
# query word may be ruled out. The same scores rank a question's documents by
# their best article (query_article_ranks).
$ tracuu search --db db --articles --json 'bình thường' | jq -c '[.article.number, .score]'
> ["105",3.2019]
> ["107",2.5488]
> ["104",0.4737]
> ["37a",0.26]
? 0
$ tracuu search --db db --articles --json 'ban đêm' | jq -c '[.article.number, .score]'
> ["106",5.9483]
? 0
$ tracuu search --db db --articles --json 'giờ làm việc ban đêm được tính từ mấy giờ' | jq -c '[.source, .article.number, .score]'
> ["blld.txt","106",24.3672]
> ["blld.txt","107",4.4197]
> ["vbhn-4496.txt","37a",4.1403]
> ["blld.txt","105",4.0635]
> ["nd-372-2025.txt","1",3.3346]
> ["blld.txt","104",0.9955]
> ["nd-372-2025.txt","2",0.819]
? 0
$ tracuu search --db db --articles --json 'người lao động làm thêm giờ vào ban đêm' | jq -c '[.source, .article.number, .score]'
> ["blld.txt","107",15.1425]
> ["blld.txt","106",8.806]
> ["blld.txt","104",5.3398]
> ["blld.txt","105",4.6485]
> ["nd-372-2025.txt","1",4.476]
> ["vbhn-4496.txt","37a",3.8709]
? 0
# A text without articles is one unit (tvpl-legal-news/qa_explainers/de5f7679297aba96.md);
# --articles ranks by relevance only.
<file name="in/hoi-dap.md">
**Tiền lương làm thêm giờ ban ngày vào Ngày Thuyền viên 25/6 của người lao động tính thế nào?**

Căn cứ Điều 98 Bộ luật Lao động 2019 quy định về tiền lương làm thêm giờ, làm việc vào ban đêm như sau:

Tiền lương làm thêm giờ, làm việc vào ban đêm

</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu search --db db --articles --json 'tiền lương làm thêm giờ ban ngày' | jq -c '[.source, .article.number]'
> ["hoi-dap.md",null]
> ["blld.txt","107"]
> ["blld.txt","106"]
> ["blld.txt","105"]
> ["blld.txt","104"]
> ["vbhn-4496.txt","37a"]
> ["nd-372-2025.txt","1"]
> ["nd-372-2025.txt","2"]
? 0
$ tracuu search --db db --articles --json --type 'Bộ luật' | jq -c '[.source, .article.number]'
> ["blld.txt",null]
? 0
$ tracuu search --db db --articles --sort=date 'làm thêm giờ'
! tracuu: search: --articles ranks articles by relevance; it does not go with --sort=date
! (see 'tracuu search --help')
? 2
# Citing an article (issue 19, must-have 3): "khoản 2 Điều 4 Nghị định …" in cite and
# search prints the card, then that clause of the decree's own text; the card
# counts the articles its mentions cite; cite --json gives each citing
# sentence's article and clause. Excerpts of congbao-8chude/hdld:
# nghi-dinh-so-145-2020-nd-cp-32732.txt and thong-tu-so-08-2026-tt-bnv-469695.txt.
<file name="in/nd-145-2020.txt">
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
Điều 4. Báo cáo sử dụng lao động 
Việc khai trình sử dụng lao động, định kỳ báo cáo tình hình thay đổi về lao 
động tại khoản 2 Điều 12 của Bộ luật Lao động được quy định như sau: 
1. Người sử dụng lao động khai trình việc sử dụng lao động theo Nghị định 
số 122/2020/NĐ-CP ngày 15 tháng 10 năm 2020 của Chính phủ quy định về 
phối hợp, liên thông thủ tục đăng ký thành lập doanh nghiệp, chi nhánh, văn 
phòng đại diện, khai trình việc sử dụng lao động, cấp mã số đơn vị tham gia bảo 
hiểm xã hội, đăng ký sử dụng hóa đơn của doanh nghiệp. 
2. Định kỳ 06 tháng (trước ngày 05 tháng 6) và hằng năm (trước ngày 05 
</file>
<file name="in/tt-08-2026.txt">
2. Người sử dụng lao động có trách nhiệm báo cáo tình hình thay đổi về lao 
động theo quy định tại khoản 2 Điều 4 Nghị định số 145/2020/NĐ-CP ngày 14 
tháng 12 năm 2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số 
điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động đã được sửa 
đổi năm 2025 thông qua Nền tảng hợp đồng lao động điện tử. 
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu cite --db db --color=never -n 1 'khoản 2 Điều 4 Nghị định 145/2020/NĐ-CP'
> 145/2020/NĐ-CP — Nghị định
>   type          Nghị định (its letterhead)
>   issuing body  Chính phủ (its letterhead)
>   issued        2020-12-14 (its letterhead)
>   subject       quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động (its letterhead)
>   its own text  nd-145-2020.txt · id 5
>   cited in      2 documents (2 mentions)
>   effective     unknown (not stated in its text)
>   status        unknown (no effective date in its text)
>   relations     is based on Luật Tổ chức Chính phủ năm 2015 (by its name) · id 5
>                   "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"
>                 is based on Bộ luật Lao động năm 2019 (by its name) · id 5
>                   "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;"
>                 is based on Luật Đầu tư năm 2020 (by its name) · id 5
>                   "Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020;"
>                 is based on Luật Doanh nghiệp năm 2020 (by its name) · id 5
>                   "Căn cứ Luật Doanh nghiệp ngày 17 tháng 6 năm 2020;"
>   articles cited Điều 4 ×1
> 
> Điều 4. Báo cáo sử dụng lao động (khoản 2), nd-145-2020.txt · id 5
> 2. Định kỳ 06 tháng (trước ngày 05 tháng 6) và hằng năm (trước ngày 05
> 
> 1. Nghị định 145/2020/NĐ-CP: Quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động
>    Nghị định 145/2020/NĐ-CP · Chính phủ · 2020-12-14
>    nd-145-2020.txt · id 5
>    Số: «145/2020/NĐ-CP»
> 
> … and 1 more (--limit)
? 0
$ tracuu cite --db db --json 'Điều 4 của Nghị định số 145/2020/NĐ-CP' | jq -c '{cited_articles, article, cited_in: [.cited_in[] | {source, article, clause}]}'
> {"cited_articles":[{"article":"4","mentions":1}],"article":{"number":"4","heading":"Báo cáo sử dụng lao động","clause":null},"cited_in":[{"source":"nd-145-2020.txt","article":null,"clause":null},{"source":"tt-08-2026.txt","article":"4","clause":"2"}]}
? 0
$ tracuu cite --db db --json 145/2020/NĐ-CP | jq -c '[has("article"), has("article_text")]'
> [false,false]
? 0
$ tracuu cite --db db -n 0 'khoản 1 Điều 3 Nghị định 112/2021/NĐ-CP' | head -n 1
> 112/2021/NĐ-CP — Nghị định
! tracuu: cite: the text of 112/2021/NĐ-CP is not indexed: its card only
? 0
$ tracuu search --db db --color=never -n 1 'khoản 2 Điều 4 Nghị định 145/2020/NĐ-CP' | sed -n '/^Điều 4/,/^$/p'
> Điều 4. Báo cáo sử dụng lao động (khoản 2), nd-145-2020.txt · id 5
> 2. Định kỳ 06 tháng (trước ngày 05 tháng 6) và hằng năm (trước ngày 05
> 
? 0
# Points (điểm): the "a)" … "đ)" … lines of a clause, addressed as 35.2.đ,
# 'điểm đ khoản 2 Điều 35' and the same words before a number in cite and
# search; a clause without the point is an error naming the points it has.
# Excerpt of uts-vlc-laws/bo-luat-lao-dong.txt, Điều 35 (points cut short).
<file name="pts/blld-35.txt">
QUỐC HỘI

Bộ luật số: 45/2019/QH14

BỘ LUẬT

LAO ĐỘNG

Điều 35. Quyền đơn phương chấm dứt hợp đồng lao động của người lao động

1. Người lao động có quyền đơn phương chấm dứt hợp đồng lao động nhưng phải báo trước cho người sử dụng lao động như sau:

a) Ít nhất 45 ngày nếu làm việc theo hợp đồng lao động không xác định thời hạn;

b) Ít nhất 30 ngày nếu làm việc theo hợp đồng lao động xác định thời hạn có thời hạn từ 12 tháng đến 36 tháng;

2. Người lao động có quyền đơn phương chấm dứt hợp đồng lao động không cần báo trước trong trường hợp sau đây:

a) Không được bố trí theo đúng công việc, địa điểm làm việc hoặc không được bảo đảm điều kiện làm việc theo thỏa thuận;

b) Không được trả đủ lương hoặc trả lương không đúng thời hạn;

c) Bị người sử dụng lao động ngược đãi, đánh đập hoặc có lời nói, hành vi nhục mạ;

d) Bị quấy rối tình dục tại nơi làm việc;

đ) Lao động nữ mang thai phải nghỉ việc theo quy định tại khoản 1 Điều 138 của Bộ luật này;

e) Đủ tuổi nghỉ hưu theo quy định tại Điều 169 của Bộ luật này, trừ trường hợp các bên có thỏa thuận khác;

g) Người sử dụng lao động cung cấp thông tin không trung thực theo quy định tại khoản 1 Điều 16 của Bộ luật này.

3. Người lao động có quyền đơn phương chấm dứt hợp đồng lao động trong trường hợp khác.
</file>
$ tracuu ingest --quiet --no-progress --db db2 --root pts pts
? 0
$ tracuu show --db db2 blld-35.txt --article 35.2.đ
> đ) Lao động nữ mang thai phải nghỉ việc theo quy định tại khoản 1 Điều 138 của Bộ luật này;
? 0
$ tracuu show --db db2 blld-35.txt --article 'điểm a khoản 1 Điều 35'
> a) Ít nhất 45 ngày nếu làm việc theo hợp đồng lao động không xác định thời hạn;
? 0
$ tracuu show --db db2 blld-35.txt --article 35.2.g --json | jq -c '.article'
> {"number":"35","heading":"Quyền đơn phương chấm dứt hợp đồng lao động của người lao động","clause":"2","point":"g"}
? 0
$ tracuu show --db db2 blld-35.txt --article 35.2.h
! tracuu: show: id 1: no điểm h in khoản 2 Điều 35 (its points: a to g)
? 1
$ tracuu show --db db2 blld-35.txt --article 'điểm a khoản 3 Điều 35'
! tracuu: show: id 1: no điểm in khoản 3 Điều 35 (it has no lettered points)
? 1
$ tracuu show --db db2 blld-35.txt --article 'điểm a Điều 35'
! tracuu: show: 'điểm a Điều 35': name the clause the point is in: 'điểm a khoản N Điều 35' or 35.N.a
! (see 'tracuu show --help')
? 2
$ tracuu show --db db2 blld-35.txt --article 35.2.ab
! tracuu: show: '35.2.ab' is not an article: give its number (26, 5a), 26.3 for a clause, 26.3.a for a point, or 'khoản 3 Điều 26'
! (see 'tracuu show --help')
? 2
$ tracuu cite --db db2 --color=never 'điểm d khoản 2 Điều 35 Bộ luật 45/2019/QH14' | sed -n '/^Điều 35/,$p'
> Điều 35. Quyền đơn phương chấm dứt hợp đồng lao động của người lao động (khoản 2, điểm d), blld-35.txt · id 1
> d) Bị quấy rối tình dục tại nơi làm việc;
> 
> 1. Bộ luật Lao động số 45/2019/QH14
>    Bộ luật 45/2019/QH14 · Quốc hội
>    blld-35.txt · id 1
>    Bộ luật số: «45/2019/QH14»
? 0
$ tracuu cite --db db2 --json 'điểm e khoản 2 Điều 35 Bộ luật 45/2019/QH14' | jq -c '.article'
> {"number":"35","heading":"Quyền đơn phương chấm dứt hợp đồng lao động của người lao động","clause":"2","point":"e"}
? 0
$ tracuu cite --db db2 --color=never 'điểm h khoản 2 Điều 35 Bộ luật 45/2019/QH14' >/dev/null
! tracuu: warning: cite: 45/2019/QH14 (id 1): no điểm h in khoản 2 Điều 35 (its points: a to g)
? 0
$ tracuu search --db db2 --color=never -n 1 'điểm b khoản 1 Điều 35 Bộ luật 45/2019/QH14' | sed -n '/^Điều 35/,/^$/p'
> Điều 35. Quyền đơn phương chấm dứt hợp đồng lao động của người lao động (khoản 1, điểm b), blld-35.txt · id 1
> b) Ít nhất 30 ngày nếu làm việc theo hợp đồng lao động xác định thời hạn có thời hạn từ 12 tháng đến 36 tháng;
> 
? 0
# "Điều 35.2.đ" before a number, and as an address, reads as the words do.
$ tracuu cite --db db2 --json 'Điều 35.2.đ Bộ luật 45/2019/QH14' | jq -c '.article'
> {"number":"35","heading":"Quyền đơn phương chấm dứt hợp đồng lao động của người lao động","clause":"2","point":"đ"}
? 0
$ tracuu search --db db2 --color=never -n 1 'Điều 35.1.b Bộ luật 45/2019/QH14' | sed -n '/^Điều 35/,/^$/p'
> Điều 35. Quyền đơn phương chấm dứt hợp đồng lao động của người lao động (khoản 1, điểm b), blld-35.txt · id 1
> b) Ít nhất 30 ngày nếu làm việc theo hợp đồng lao động xác định thời hạn có thời hạn từ 12 tháng đến 36 tháng;
> 
? 0
$ tracuu show --db db2 blld-35.txt --article 'Điều 35.2.d'
> d) Bị quấy rối tình dục tại nơi làm việc;
? 0
$ tracuu cite --db db2 --color=never 'điểm a Điều 35 Bộ luật 45/2019/QH14' >/dev/null
! tracuu: warning: cite: 45/2019/QH14 (id 1): điểm a of Điều 35: name the clause the point is in ('điểm a khoản N Điều 35')
? 0
$ tracuu cite --db db --color=never 'điểm b khoản 2 Điều 4 Nghị định 145/2020/NĐ-CP' >/dev/null
! tracuu: warning: cite: 145/2020/NĐ-CP (id 5): no điểm in khoản 2 Điều 4 (it has no lettered points)
? 0
$ tracuu search --db db --color=never 'điểm b khoản 2 Điều 4 Nghị định 145/2020/NĐ-CP' >/dev/null
! tracuu: warning: search: 145/2020/NĐ-CP (id 5): no điểm in khoản 2 Điều 4 (it has no lettered points)
? 0
# A result whose match lies in a point names it.
$ tracuu search --db db2 --color=never 'quấy rối tình dục' | grep '^   Điều'
>    Điều 35. Quyền đơn phương chấm dứt hợp đồng lao động của người lao động (khoản 2, điểm d)
? 0
$ tracuu search --db db2 --json 'quấy rối tình dục' | jq -c '.article'
> {"number":"35","heading":"Quyền đơn phương chấm dứt hợp đồng lao động của người lao động","clause":"2","point":"d"}
? 0
# A footnote's number glued to a heading's last word ("y tế44") is no part of
# the heading (text/structure.c), though the index holds the word with it
# ("te44"): that word still counts as the heading's. Excerpt of
# congbao-8chude/docs/bhxh/van-ban-hop-nhat-so-22-vbhn-vpqh-44464.txt.
<file name="in2/vbhn-22.txt">
Điều 17. Cấp thẻ bảo hiểm y tế44 
1. Hồ sơ cấp thẻ bảo hiểm y tế như sau: 
a) Tờ khai tham gia bảo hiểm y tế của cơ quan, tổ chức, đơn vị, cá nhân, hộ gia 
đình đối với người tham gia bảo hiểm y tế lần đầu; 
Điều 18. Cấp lại thẻ bảo hiểm y tế 
1. Thẻ bảo hiểm y tế được cấp lại trong trường hợp bị mất.  
2. Người bị mất thẻ bảo hiểm y tế phải có đơn đề nghị cấp lại thẻ. 
</file>
$ tracuu ingest --quiet --no-progress --db db2 --root in2 in2
? 0
$ tracuu search --db db2 --articles --json 'tế' | jq -c '[.article.number, .article.heading, .score]'
> ["18","Cấp lại thẻ bảo hiểm y tế",0.2865]
> ["17","Cấp thẻ bảo hiểm y tế",0.2794]
? 0
$ tracuu search --db db2 --articles --json 'y tế' | jq -c '[.article.number, .score]'
> ["18",0.8595]
> ["17",0.8454]
? 0
