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
