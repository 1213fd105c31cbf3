# An article whose heading the query states whole ranks first among articles
# (issue 18; query/articles.c, HEADING_WHOLE_MIN): every word of "Giải thích
# hợp đồng" stands in the query, in another order, so the Civil Code's
# article comes before the Housing Law's, which holds more of the query's
# words but states none of its headings whole. A heading the query holds in
# part ("Phụ lục hợp đồng": no "phụ lục") gains nothing.
# Excerpts of ../shared/corpus/uts-vlc-laws: bo-luat-dan-su.txt (Điều 403–405)
# and luat-nha-o.txt (Điều 121–122).
<file name="in/bo-luat-dan-su.txt">
QUỐC HỘI
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Luật số: 91/2015/QH13

Hà Nội, ngày 24 tháng 11 năm 2015



BỘ LUẬT

DÂN SỰ

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Điều 403. Phụ lục hợp đồng

1. Hợp đồng có thể có phụ lục kèm theo để quy định chi tiết một số điều khoản của hợp đồng. Phụ lục hợp đồng có hiệu lực như hợp đồng. Nội dung của phụ lục hợp đồng không được trái với nội dung của hợp đồng.

2. Trường hợp phụ lục hợp đồng có điều khoản trái với nội dung của điều khoản trong hợp đồng thì điều khoản này không có hiệu lực, trừ trường hợp có thỏa thuận khác. Trường hợp các bên chấp nhận phụ lục hợp đồng có điều khoản trái với điều khoản trong hợp đồng thì coi như điều khoản đó trong hợp đồng đã được sửa đổi.

Điều 404. Giải thích hợp đồng

1. Khi hợp đồng có điều khoản không rõ ràng thì việc giải thích điều khoản đó không chỉ dựa vào ngôn từ của hợp đồng mà còn phải căn cứ vào ý chí của các bên được thể hiện trong toàn bộ quá trình trước, tại thời điểm xác lập, thực hiện hợp đồng.

2. Khi hợp đồng có điều khoản hoặc ngôn từ có thể hiểu theo nhiều nghĩa khác nhau thì phải giải thích theo nghĩa phù hợp nhất với mục đích, tính chất của hợp đồng.

3. Khi hợp đồng có điều khoản hoặc ngôn từ khó hiểu thì phải được giải thích theo tập quán tại địa điểm giao kết hợp đồng.

4. Các điều khoản trong hợp đồng phải được giải thích trong mối liên hệ với nhau, sao cho ý nghĩa của các điều khoản đó phù hợp với toàn bộ nội dung hợp đồng.

5. Trường hợp có sự mâu thuẫn giữa ý chí chung của các bên với ngôn từ sử dụng trong hợp đồng thì ý chí chung của các bên được dùng để giải thích hợp đồng.

6. Trường hợp bên soạn thảo đưa vào hợp đồng nội dung bất lợi cho bên kia thì khi giải thích hợp đồng phải theo hướng có lợi cho bên kia.

Điều 405. Hợp đồng theo mẫu

1. Hợp đồng theo mẫu là hợp đồng gồm những điều khoản do một bên đưa ra theo mẫu để bên kia trả lời trong một thời gian hợp lý; nếu bên được đề nghị trả lời chấp nhận thì coi như chấp nhận toàn bộ nội dung hợp đồng theo mẫu mà bên đề nghị đã đưa ra.

Hợp đồng theo mẫu phải được công khai để bên được đề nghị biết hoặc phải biết về những nội dung của hợp đồng.

</file>
<file name="in/luat-nha-o.txt">
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Luật số: 65/2014/QH13

Hà Nội, ngày 25 tháng 11 năm 2014

 

LUẬT

NHÀ Ở

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Điều 121. Hợp đồng về nhà ở

Hợp đồng về nhà ở do các bên thỏa thuận và phải được lập thành văn bản bao gồm các nội dung sau đây:

1. Họ và tên của cá nhân, tên của tổ chức và địa chỉ của các bên;

2. Mô tả đặc điểm của nhà ở giao dịch và đặc điểm của thửa đất ở gắn với nhà ở đó. Đối với hợp đồng mua bán, hợp đồng thuê mua căn hộ chung cư thì các bên phải ghi rõ phần sở hữu chung, sử dụng chung; diện tích sử dụng thuộc quyền sở hữu riêng; diện tích sàn xây dựng căn hộ; mục đích sử dụng của phần sở hữu chung, sử dụng chung trong nhà chung cư theo đúng mục đích thiết kế đã được phê duyệt ban đầu;

3. Giá trị góp vốn, giá giao dịch nhà ở nếu hợp đồng có thỏa thuận về giá; trường hợp mua bán, cho thuê, cho thuê mua nhà ở mà Nhà nước có quy định về giá thì các bên phải thực hiện theo quy định đó;

4. Thời hạn và phương thức thanh toán tiền nếu là trường hợp mua bán, cho thuê, cho thuê mua, chuyển nhượng hợp đồng mua bán nhà ở;

5. Thời gian giao nhận nhà ở; thời gian bảo hành nhà ở nếu là mua, thuê mua nhà ở được đầu tư xây dựng mới; thời hạn cho thuê, cho thuê mua, thế chấp, cho mượn, cho ở nhờ, ủy quyền quản lý nhà ở; thời hạn góp vốn;

6. Quyền và nghĩa vụ của các bên;

7. Cam kết của các bên;

8. Các thỏa thuận khác;

9. Thời điểm có hiệu lực của hợp đồng;

10. Ngày, tháng, năm ký kết hợp đồng;

11. Chữ ký và ghi rõ họ, tên của các bên, nếu là tổ chức thì phải đóng dấu (nếu có) và ghi rõ chức vụ của người ký.

Điều 122. Công chứng, chứng thực hợp đồng và thời điểm có hiệu lực của hợp đồng về nhà ở

1. Trường hợp mua bán, tặng cho, đổi, góp vốn, thế chấp nhà ở, chuyển nhượng hợp đồng mua bán nhà ở thương mại thì phải thực hiện công chứng, chứng thực hợp đồng, trừ trường hợp quy định tại khoản 2 Điều này.

Đối với các giao dịch quy định tại khoản này thì thời điểm có hiệu lực của hợp đồng là thời điểm công chứng, chứng thực hợp đồng.

2. Đối với trường hợp tổ chức tặng cho nhà tình nghĩa, nhà tình thương; mua bán, cho thuê mua nhà ở thuộc sở hữu nhà nước; mua bán, cho thuê mua nhà ở xã hội, nhà ở phục vụ tái định cư; góp vốn bằng nhà ở mà có một bên là tổ chức; cho thuê, cho mượn, cho ở nhờ, ủy quyền quản lý nhà ở thì không bắt buộc phải công chứng, chứng thực hợp đồng, trừ trường hợp các bên có nhu cầu.

Đối với các giao dịch quy định tại khoản này thì thời điểm có hiệu lực của hợp đồng là do các bên thỏa thuận; trường hợp các bên không có thỏa thuận thì thời điểm có hiệu lực của hợp đồng là thời điểm ký kết hợp đồng.

3. Văn bản thừa kế nhà ở được công chứng hoặc chứng thực theo quy định của pháp luật về dân sự.

4. Việc công chứng hợp đồng về nhà ở được thực hiện tại tổ chức hành nghề công chứng; việc chứng thực hợp đồng về nhà ở được thực hiện tại Ủy ban nhân dân cấp xã nơi có nhà ở.

Mục 2: MUA BÁN NHÀ Ở, CHUYỂN NHƯỢNG HỢP ĐỒNG MUA BÁN NHÀ Ở

</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
# By score alone the Housing Law's article 121 would be first (9.93 against 8.15).
$ tracuu search --articles --db db --json 'hợp đồng mua bán căn hộ giải thích' | jq -r '"\(.rank) \(.source) \(.article.number) \(.article.heading)"'
> 1 bo-luat-dan-su.txt 404 Giải thích hợp đồng
> 2 luat-nha-o.txt 121 Hợp đồng về nhà ở
> 3 luat-nha-o.txt 122 Công chứng, chứng thực hợp đồng và thời điểm có hiệu lực của hợp đồng về nhà ở
> 4 bo-luat-dan-su.txt 403 Phụ lục hợp đồng
> 5 bo-luat-dan-su.txt 405 Hợp đồng theo mẫu
? 0
$ tracuu search --articles --db db --json 'hop dong mua ban can ho giai thich' | jq -r '"\(.rank) \(.source) \(.article.number) \(.article.heading)"'
> 1 bo-luat-dan-su.txt 404 Giải thích hợp đồng
> 2 luat-nha-o.txt 121 Hợp đồng về nhà ở
> 3 luat-nha-o.txt 122 Công chứng, chứng thực hợp đồng và thời điểm có hiệu lực của hợp đồng về nhà ở
> 4 bo-luat-dan-su.txt 403 Phụ lục hợp đồng
> 5 bo-luat-dan-su.txt 405 Hợp đồng theo mẫu
? 0
# No heading stated whole: by score, article 121 first.
$ tracuu search --articles --db db --json 'hợp đồng mua bán căn hộ' | jq -r '"\(.rank) \(.source) \(.article.number)"'
> 1 luat-nha-o.txt 121
> 2 luat-nha-o.txt 122
> 3 bo-luat-dan-su.txt 404
> 4 bo-luat-dan-su.txt 403
> 5 bo-luat-dan-su.txt 405
? 0
