# An abbreviation in a query counts, in the ranking of articles, as the words it
# stands for (corpus/abbreviations.tsv), as it does in the documents' ranking:
# "phương thức đóng BHYT" is the Health Insurance Law's article on how it is paid,
# not the Social Insurance Law's article that repeats "phương thức đóng" more often.
# The same reading serves a question's first page (articles and documents fused).
# Short excerpts of ../shared/corpus/congbao-8chude/docs/bhxh: the consolidated
# Health Insurance Law (van-ban-hop-nhat-so-22-vbhn-vpqh-44464.txt, Điều 15) and
# Social Insurance Law (van-ban-hop-nhat-so-50-vbhn-vpqh-28208.txt, Điều 13, 85).
<file name="in/bhyt.txt">
VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

LUẬT
BẢO HIỂM Y TẾ

Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008 của Quốc hội, có hiệu lực kể từ ngày 01 tháng 7 năm 2009.

Điều 15. Phương thức đóng bảo hiểm y tế
1. Hằng tháng, người sử dụng lao động đóng bảo hiểm y tế cho người lao động và trích tiền đóng bảo hiểm y tế từ tiền lương của người lao động để nộp cùng một lúc vào quỹ bảo hiểm y tế.
2. Đối với các doanh nghiệp, tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã, hộ kinh doanh hoạt động trong lĩnh vực nông nghiệp, lâm nghiệp, ngư nghiệp, diêm nghiệp trả tiền lương theo sản phẩm, theo khoán thì đóng theo phương thức đóng hằng tháng, 03 tháng hoặc 06 tháng một lần.
</file>
<file name="in/bhxh.txt">
VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

LUẬT
BẢO HIỂM XÃ HỘI

Luật Bảo hiểm xã hội số 58/2014/QH13 ngày 20 tháng 11 năm 2014 của Quốc hội, có hiệu lực kể từ ngày ngày 01 tháng 01 năm 2016.

Điều 13. Thanh tra bảo hiểm xã hội
3. Cơ quan bảo hiểm xã hội thực hiện chức năng thanh tra chuyên ngành về đóng bảo hiểm xã hội, bảo hiểm thất nghiệp và bảo hiểm y tế theo quy định của Luật này và quy định khác của pháp luật có liên quan.
Điều 85. Mức đóng và phương thức đóng của người lao động tham gia bảo hiểm xã hội bắt buộc
2. Người lao động quy định tại điểm g khoản 1 Điều 2 của Luật này, mức đóng và phương thức đóng được quy định như sau:
b) Phương thức đóng được thực hiện 3 tháng, 06 tháng, 12 tháng một lần hoặc đóng trước một lần theo thời hạn ghi trong hợp đồng đưa người lao động đi làm việc ở nước ngoài. Trường hợp đóng qua doanh nghiệp, tổ chức sự nghiệp đưa người lao động đi làm việc ở nước ngoài thì doanh nghiệp, tổ chức sự nghiệp thu, nộp bảo hiểm xã hội cho người lao động và đăng ký phương thức đóng cho cơ quan bảo hiểm xã hội.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu search --db db --articles -n 2 --json 'phương thức đóng BHYT' | jq -r '"\(.source) \(.article.number) \(.article.heading)"'
> bhyt.txt 15 Phương thức đóng bảo hiểm y tế
> bhxh.txt 85 Mức đóng và phương thức đóng của người lao động tham gia bảo hiểm xã hội bắt buộc
? 0
$ tracuu search --db db --articles -n 2 --json 'phuong thuc dong bhyt' | jq -r '"\(.source) \(.article.number)"'
> bhyt.txt 15
> bhxh.txt 85
? 0
$ tracuu search --db db --articles -n 2 --json 'BHYT quy định phương thức đóng thế nào?' | jq -r '"\(.source) \(.article.number)"'
> bhyt.txt 15
> bhxh.txt 85
? 0
