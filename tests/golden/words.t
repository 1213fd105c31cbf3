# Two syllables typed side by side that form a word (thử việc) count as that word: the text holding the compound ranks above one holding the syllables apart (Việc thử nghiệm, việc thu hồi). Excerpts: Bộ luật Lao động 2019 Điều 24; Nghị định 142/2026/NĐ-CP; Luật Dược 2016.
<file name="in/a-bo-luat-lao-dong.txt">
Bộ luật Lao động

Điều 24. Thử việc
Người lao động và người sử dụng lao động có thể thỏa thuận nội dung thử việc ghi trong hợp đồng lao động.
2. Người sử dụng lao động.
4. Cơ quan, tổ chức, cá nhân khác có liên quan trực tiếp đến quan hệ lao động.
</file>
<file name="in/b-nghi-dinh-thu-nghiem.txt">
Nghị định quy định chi tiết Luật Trí tuệ nhân tạo

Điều 4. Giới hạn thử nghiệm 
Việc thử nghiệm hệ thống trí tuệ nhân tạo được thực hiện trong phạm vi và các 
giới hạn sau đây: 
1. Số lượng cá nhân hoặc tổ chức chịu tác động trực tiếp tối đa:………………… 
2. Quy mô triển khai tối đa của hệ thống trí tuệ nhân tạo trong phạm vi thử nghiệm, 
bao gồm toàn bộ các mô-đun, thành phần hoặc phiên bản của hệ thống được triển 
khai trong thử nghiệm, nếu có:………………………...………………………….. 
a) Thu hồi ở tất cả cơ sở kinh doanh dược, cơ sở khám bệnh, chữa bệnh và người sử dụng trong trường hợp thuốc vi phạm ở mức độ 1. Việc thu hồi phải hoàn thành trong thời hạn 03 ngày kể từ ngày có quyết định thu hồi;

b) Thu hồi ở tất cả cơ sở kinh doanh dược, cơ sở khám bệnh, chữa bệnh và người sử dụng trong trường hợp thuốc vi phạm ở mức độ 2. Việc thu hồi phải hoàn thành trong thời hạn 15 ngày kể từ ngày có quyết định thu hồi;

c) Thu hồi ở tất cả cơ sở kinh doanh dược trong trường hợp thuốc vi phạm ở mức độ 3. Việc thu hồi phải hoàn thành trong thời hạn 30 ngày kể từ ngày có quyết định thu hồi;
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu search --db db --json 'thử việc' | jq -r .source
> a-bo-luat-lao-dong.txt
> b-nghi-dinh-thu-nghiem.txt
? 0
$ tracuu search --db db --json 'thu viec' | jq -r .source
> a-bo-luat-lao-dong.txt
> b-nghi-dinh-thu-nghiem.txt
? 0
# Where the words stand: the text named by the query (its title) above a law whose articles mention it in their headings and bodies. Excerpts: Hiến pháp 2013 Điều 119; Luật Tổ chức Quốc hội 2014 Điều 4 and 15.
<file name="in2/a-hien-phap.txt">
HIẾN PHÁP

Điều 119.

1. Hiến pháp là luật cơ bản của nước Cộng hòa xã hội chủ nghĩa Việt Nam, có hiệu lực pháp lý cao nhất.

</file>
<file name="in2/b-luat-to-chuc-quoc-hoi.txt">
LUẬT TỔ CHỨC QUỐC HỘI

Điều 4. Làm Hiến pháp và sửa đổi Hiến pháp

1. Chủ tịch nước, Ủy ban thường vụ Quốc hội, Chính phủ hoặc ít nhất một phần ba tổng số đại biểu Quốc hội có quyền đề nghị Quốc hội xem xét, quyết định việc làm Hiến pháp hoặc sửa đổi Hiến pháp.

Quốc hội quyết định làm Hiến pháp, sửa đổi Hiến pháp khi có ít nhất hai phần ba tổng số đại biểu Quốc hội biểu quyết tán thành.

2. Quốc hội thành lập Ủy ban dự thảo Hiến pháp. Thành phần, số lượng thành viên, nhiệm vụ và quyền hạn của Ủy ban dự thảo Hiến pháp do Quốc hội quyết định theo đề nghị của Ủy ban thường vụ Quốc hội.
Điều 15. Bãi bỏ văn bản trái với Hiến pháp, luật, nghị quyết của Quốc hội

1. Quốc hội bãi bỏ văn bản của Chủ tịch nước, Chính phủ, Thủ tướng Chính phủ, Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao, cơ quan khác do Quốc hội thành lập trái với Hiến pháp, luật, nghị quyết của Quốc hội theo đề nghị của Ủy ban thường vụ Quốc hội.

2. Quốc hội bãi bỏ văn bản của Ủy ban thường vụ Quốc hội trái với Hiến pháp, luật, nghị quyết của Quốc hội theo đề nghị của Chủ tịch nước.
</file>
$ tracuu ingest --quiet --no-progress --db db2 --root in2 in2
? 0
$ tracuu search --db db2 --json 'hiến pháp' | jq -r .source
> a-hien-phap.txt
> b-luat-to-chuc-quoc-hoi.txt
? 0
