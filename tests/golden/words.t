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
# Where the words stand: the text named by the query (its title) above a law whose article headings and body mention it; both long enough to carry name terms (SCHEMA_NAME_MIN_TOKENS). Excerpts: Hiến pháp 2013 (Điều 119, Chương II); Luật Tổ chức Quốc hội 2014 (Điều 4, 15 and on).
<file name="in2/a-hien-phap.txt">
HIẾN PHÁP

Điều 119.

1. Hiến pháp là luật cơ bản của nước Cộng hòa xã hội chủ nghĩa Việt Nam, có hiệu lực pháp lý cao nhất.

Điều 14.
2. Quyền con người, quyền công dân chỉ có thể bị hạn chế theo quy định của luật trong trường hợp cần thiết vì lý do quốc phòng, an ninh quốc gia, trật tự, an toàn xã hội, đạo đức xã hội, sức khỏe của cộng đồng.
Điều 15.
1. Quyền công dân không tách rời nghĩa vụ công dân.
2. Mọi người có nghĩa vụ tôn trọng quyền của người khác.
3. Công dân có trách nhiệm thực hiện nghĩa vụ đối với Nhà nước và xã hội.
4. Việc thực hiện quyền con người, quyền công dân không được xâm phạm lợi ích quốc gia, dân tộc, quyền và lợi ích hợp pháp của người khác.
Điều 16.
1. Mọi người đều bình đẳng trước pháp luật.
2. Không ai bị phân biệt đối xử trong đời sống chính trị, dân sự, kinh tế, văn hóa, xã hội.
Điều 17.
1. Công dân nước Cộng hòa xã hội chủ nghĩa Việt Nam là người có quốc tịch Việt Nam.
2. Công dân Việt Nam không thể bị trục xuất, giao nộp cho nhà nước khác.
3. Công dân Việt Nam ở nước ngoài được Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam bảo hộ.
Điều 18.
1. Người Việt Nam định cư ở nước ngoài là bộ phận không tách rời của cộng đồng dân tộc Việt Nam.
2. Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam khuyến khích và tạo điều kiện để người Việt Nam định cư ở nước ngoài giữ gìn và phát huy bản sắc văn hóa dân tộc Việt Nam, giữ quan hệ gắn bó với gia đình và quê hương, góp phần xây dựng quê hương, đất nước.
Điều 19.
Mọi người có quyền sống. Tính mạng con người được pháp luật bảo hộ. Không ai bị tước đoạt tính mạng trái luật.
Điều 20.
1. Mọi người có quyền bất khả xâm phạm về thân thể, được pháp luật bảo hộ về sức khoẻ, danh dự và nhân phẩm; không bị tra tấn, bạo lực, truy bức, nhục hình hay bất kỳ hình thức đối xử nào khác xâm phạm thân thể, sức khỏe, xúc phạm danh dự, nhân phẩm.
2. Không ai bị bắt nếu không có quyết định của Tòa án nhân dân, quyết định hoặc phê chuẩn của Viện kiểm sát nhân dân, trừ trường hợp phạm tội quả tang. Việc bắt, giam, giữ người do luật định.
3. Mọi người có quyền hiến mô, bộ phận cơ thể người và hiến xác theo quy định của luật. Việc thử nghiệm y học, dược học, khoa học hay bất kỳ hình thức thử nghiệm nào khác trên cơ thể người phải có sự đồng ý của người được thử nghiệm.
Điều 21.
1. Mọi người có quyền bất khả xâm phạm về đời sống riêng tư, bí mật cá nhân và bí mật gia đình; có quyền bảo vệ danh dự, uy tín của mình.
Thông tin về đời sống riêng tư, bí mật cá nhân, bí mật gia đình được pháp luật bảo đảm an toàn.
2. Mọi người có quyền bí mật thư tín, điện thoại, điện tín và các hình thức trao đổi thông tin riêng tư khác.
Không ai được bóc mở, kiểm soát, thu giữ trái luật thư tín, điện thoại, điện tín và các hình thức trao đổi thông tin riêng tư của người khác.
Điều 22.
1. Công dân có quyền có nơi ở hợp pháp.
2. Mọi người có quyền bất khả xâm phạm về chỗ ở. Không ai được tự ý vào chỗ ở của người khác nếu không được người đó đồng ý.
3. Việc khám xét chỗ ở do luật định.
Điều 23.
Công dân có quyền tự do đi lại và cư trú ở trong nước, có quyền ra nước ngoài và từ nước ngoài về nước. Việc thực hiện các quyền này do pháp luật quy định.
Điều 24.
1. Mọi người có quyền tự do tín ngưỡng, tôn giáo, theo hoặc không theo một tôn giáo nào. Các tôn giáo bình đẳng trước pháp luật.
2. Nhà nước tôn trọng và bảo hộ quyền tự do tín ngưỡng, tôn giáo.
3. Không ai được xâm phạm tự do tín ngưỡng, tôn giáo hoặc lợi dụng tín ngưỡng, tôn giáo để vi phạm pháp luật.
Điều 25.
Công dân có quyền tự do ngôn luận, tự do báo chí, tiếp cận thông tin, hội họp, lập hội, biểu tình. Việc thực hiện các quyền này do pháp luật quy định.
Điều 26.
1. Công dân nam, nữ bình đẳng về mọi mặt. Nhà nước có chính sách bảo đảm quyền và cơ hội bình đẳng giới.
2. Nhà nước, xã hội và gia đình tạo điều kiện để phụ nữ phát triển toàn diện, phát huy vai trò của mình trong xã hội.
3. Nghiêm cấm phân biệt đối xử về giới.
Điều 27.
Công dân đủ mười tám tuổi trở lên có quyền bầu cử và đủ hai mươi mốt tuổi trở lên có quyền ứng cử vào Quốc hội, Hội đồng nhân dân. Việc thực hiện các quyền này do luật định.
Điều 28.
1. Công dân có quyền tham gia quản lý nhà nước và xã hội, tham gia thảo luận và kiến nghị với cơ quan nhà nước về các vấn đề của cơ sở, địa phương và cả nước.
2. Nhà nước tạo điều kiện để công dân tham gia quản lý nhà nước và xã hội; công khai, minh bạch trong việc tiếp nhận, phản hồi ý kiến, kiến nghị của công dân.
Điều 29.
Công dân đủ mười tám tuổi trở lên có quyền biểu quyết khi Nhà nước tổ chức trưng cầu ý dân.
Điều 30.
1. Mọi người có quyền khiếu nại, tố cáo với cơ quan, tổ chức, cá nhân có thẩm quyền về những việc làm trái pháp luật của cơ quan, tổ chức, cá nhân.
2. Cơ quan, tổ chức, cá nhân có thẩm quyền phải tiếp nhận, giải quyết khiếu nại, tố cáo. Người bị thiệt hại có quyền được bồi thường về vật chất, tinh thần và phục hồi danh dự theo quy định của pháp luật.
3. Nghiêm cấm việc trả thù người khiếu nại, tố cáo hoặc lợi dụng quyền khiếu nại, tố cáo để vu khống, vu cáo làm hại người khác.
Điều 31.
1. Người bị buộc tội được coi là không có tội cho đến khi được chứng minh theo trình tự luật định và có bản án kết tội của Tòa án đã có hiệu lực pháp luật.
2. Người bị buộc tội phải được Tòa án xét xử kịp thời trong thời hạn luật định, công bằng, công khai. Trường hợp xét xử kín theo quy định của luật thì việc tuyên án phải được công khai.
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
2. Đại biểu Quốc hội chịu trách nhiệm trước cử tri và trước Quốc hội về việc thực hiện nhiệm vụ, quyền hạn đại biểu của mình.
3. Đại biểu Quốc hội bình đẳng trong thảo luận và quyết định các vấn đề thuộc nhiệm vụ và quyền hạn của Quốc hội.
Điều 22. Tiêu chuẩn của đại biểu Quốc hội
2. Có phẩm chất đạo đức tốt, cần, kiệm, liêm, chính, chí công vô tư, gương mẫu chấp hành pháp luật; có bản lĩnh, kiên quyết đấu tranh chống tham nhũng, lãng phí, mọi biểu hiện quan liêu, hách dịch, cửa quyền và các hành vi vi phạm pháp luật khác.
3. Có trình độ văn hóa, chuyên môn, có đủ năng lực, sức khỏe, kinh nghiệm công tác và uy tín để thực hiện nhiệm vụ đại biểu Quốc hội.
4. Liên hệ chặt chẽ với Nhân dân, lắng nghe ý kiến của Nhân dân, được Nhân dân tín nhiệm.
5. Có điều kiện tham gia các hoạt động của Quốc hội.
Điều 23. Số lượng đại biểu Quốc hội
1. Tổng số đại biểu Quốc hội không quá năm trăm người, bao gồm đại biểu hoạt động chuyên trách và đại biểu hoạt động không chuyên trách.
2. Số lượng đại biểu Quốc hội hoạt động chuyên trách ít nhất là ba mươi lăm phần trăm tổng số đại biểu Quốc hội.
Điều 24. Thời gian hoạt động của đại biểu Quốc hội
1. Đại biểu Quốc hội hoạt động chuyên trách dành toàn bộ thời gian làm việc để thực hiện nhiệm vụ, quyền hạn của đại biểu tại cơ quan của Quốc hội hoặc tại Đoàn đại biểu Quốc hội ở địa phương.
2. Đại biểu Quốc hội hoạt động không chuyên trách phải dành ít nhất một phần ba thời gian làm việc trong năm để thực hiện nhiệm vụ, quyền hạn của đại biểu Quốc hội. Người đứng đầu cơ quan, tổ chức, đơn vị nơi đại biểu Quốc hội làm việc có trách nhiệm sắp xếp thời gian, công việc, tạo điều kiện cần thiết cho đại biểu Quốc hội thực hiện nhiệm vụ, quyền hạn của đại biểu.
Điều 25. Nhiệm kỳ của đại biểu Quốc hội
Nhiệm kỳ của đại biểu Quốc hội theo nhiệm kỳ của Quốc hội.
Nhiệm kỳ của đại biểu Quốc hội được bầu bổ sung bắt đầu từ ngày khai mạc kỳ họp tiếp sau cuộc bầu cử bổ sung đến ngày khai mạc kỳ họp thứ nhất của Quốc hội khóa sau.
Điều 26. Trách nhiệm tham gia các hoạt động của Quốc hội, các cơ quan của Quốc hội
1. Đại biểu Quốc hội có trách nhiệm tham gia đầy đủ các kỳ họp, phiên họp toàn thể của Quốc hội; tham gia các hoạt động của Đoàn đại biểu Quốc hội; thảo luận và biểu quyết các vấn đề thuộc nhiệm vụ, quyền hạn của Quốc hội.
2. Đại biểu Quốc hội là thành viên của Hội đồng dân tộc, Ủy ban của Quốc hội có trách nhiệm tham dự các phiên họp, tham gia các hoạt động khác của Hội đồng, Ủy ban; thảo luận và biểu quyết các vấn đề thuộc nhiệm vụ, quyền hạn của Hội đồng dân tộc, Ủy ban mà mình là thành viên.
3. Đại biểu Quốc hội hoạt động chuyên trách có trách nhiệm tham gia hội nghị đại biểu Quốc hội chuyên trách và các hội nghị khác do Ủy ban thường vụ Quốc hội triệu tập.
Điều 27. Trách nhiệm với cử tri
2. Đại biểu Quốc hội tiếp xúc cử tri ở nơi ứng cử theo chương trình tiếp xúc cử tri của Đoàn đại biểu Quốc hội. Đại biểu Quốc hội tiếp xúc cử tri ở nơi cư trú, nơi làm việc; tiếp xúc cử tri theo chuyên đề, lĩnh vực, đối tượng, địa bàn mà đại biểu quan tâm. Trong quá trình tiếp xúc cử tri, đại biểu Quốc hội có trách nhiệm báo cáo với cử tri về hoạt động của đại biểu và Quốc hội; cử tri hoặc đại diện cử tri ở đơn vị bầu cử có thể góp ý kiến với đại biểu Quốc hội tại hội nghị cử tri do Đoàn đại biểu Quốc hội phối hợp với Ủy ban Mặt trận Tổ quốc và chính quyền địa phương tổ chức trong trường hợp cần thiết.
Điều 28. Trách nhiệm tiếp công dân, tiếp nhận và xử lý khiếu nại, tố cáo, kiến nghị của công dân
1. Đại biểu Quốc hội có trách nhiệm tiếp công dân theo quy định của pháp luật.
2. Khi nhận được khiếu nại, tố cáo, kiến nghị của công dân, đại biểu Quốc hội có trách nhiệm nghiên cứu, kịp thời chuyển đến người có thẩm quyền giải quyết và thông báo cho người khiếu nại, tố cáo, kiến nghị biết; đôn đốc, theo dõi và giám sát việc giải quyết. Người có thẩm quyền giải quyết phải thông báo cho đại biểu Quốc hội về kết quả giải quyết khiếu nại, tố cáo, kiến nghị của công dân trong thời hạn theo quy định của pháp luật.
3. Trong trường hợp xét thấy việc giải quyết khiếu nại, tố cáo, kiến nghị không đúng pháp luật, đại biểu Quốc hội có quyền gặp người đứng đầu cơ quan, tổ chức, đơn vị hữu quan để tìm hiểu, yêu cầu xem xét lại; khi cần thiết, đại biểu Quốc hội yêu cầu người đứng đầu cơ quan, tổ chức, đơn vị cấp trên trực tiếp của cơ quan, tổ chức, đơn vị đó giải quyết.
Điều 29. Quyền trình dự án luật, pháp lệnh và kiến nghị về luật, pháp lệnh
1. Đại biểu Quốc hội có quyền trình dự án luật, pháp lệnh, kiến nghị về luật, pháp lệnh trước Quốc hội, Ủy ban thường vụ Quốc hội theo trình tự và thủ tục do pháp luật quy định.
2. Đại biểu Quốc hội được tư vấn, hỗ trợ trong việc lập, hoàn thiện hồ sơ về dự án luật, pháp lệnh, kiến nghị về luật, pháp lệnh theo quy định của pháp luật.
Điều 30. Quyền tham gia làm thành viên và tham gia hoạt động của Hội đồng dân tộc, Ủy ban của Quốc hội
1. Đại biểu Quốc hội có quyền tham gia làm thành viên của Hội đồng dân tộc hoặc Ủy ban của Quốc hội.
Căn cứ vào năng lực chuyên môn, kinh nghiệm công tác, đại biểu Quốc hội đăng ký tham gia làm thành viên của Hội đồng dân tộc hoặc một Ủy ban của Quốc hội. Trên cơ sở đăng ký của đại biểu Quốc hội, Chủ tịch Hội đồng dân tộc, Chủ nhiệm Ủy ban của Quốc hội lập danh sách thành viên Hội đồng, Ủy ban trình Ủy ban thường vụ Quốc hội phê chuẩn.
</file>
$ tracuu ingest --quiet --no-progress --db db2 --root in2 in2
? 0
$ tracuu search --db db2 --json 'hiến pháp' | jq -r .source
> a-hien-phap.txt
> b-luat-to-chuc-quoc-hoi.txt
? 0
# A question of five words or more (a ranked list) weighs its pairs again where they stand in an
# article's heading: the article headed "Thời giờ làm việc bình thường" above a decree that uses
# the words in its body.
# uts-vlc-laws/docs/bo-luat-lao-dong.txt: Article 105.
<file name="long/blld-105.txt">
Điều 105. Thời giờ làm việc bình thường

1. Thời giờ làm việc bình thường không quá 08 giờ trong 01 ngày và không quá 48 giờ trong 01 tuần.

2. Người sử dụng lao động có quyền quy định thời giờ làm việc theo ngày hoặc tuần nhưng phải thông báo cho người lao động biết; trường hợp theo tuần thì thời giờ làm việc bình thường không quá 10 giờ trong 01 ngày và không quá 48 giờ trong 01 tuần.

Nhà nước khuyến khích người sử dụng lao động thực hiện tuần làm việc 40 giờ đối với người lao động.
</file>
# congbao-8chude/docs/hdld/nghi-dinh-so-12-2022-nd-cp-36716.txt: part of Article 18.
<file name="long/nd12-18.txt">
 
30 
CÔNG BÁO/Số 199 + 200/Ngày 02-02-2022 
  
3. Phạt tiền từ 20.000.000 đồng đến 25.000.000 đồng đối với người sử dụng 
lao động có một trong các hành vi sau đây: 
a) Thực hiện thời giờ làm việc bình thường quá số giờ làm việc theo quy định 
của pháp luật; 
b) Huy động người lao động làm thêm giờ mà không được sự đồng ý của 
người lao động, trừ trường hợp theo quy định tại Điều 108 của Bộ luật Lao động. 
4. Phạt tiền đối với người sử dụng lao động khi có một trong các hành vi: 
không đảm bảo cho người lao động nghỉ trong giờ làm việc hoặc nghỉ chuyển ca 
theo quy định của pháp luật; huy động người lao động làm thêm giờ vượt quá số 
giờ theo quy định của pháp luật theo một trong các mức sau đây: 
a) Từ 5.000.000 đồng đến 10.000.000 đồng đối với vi phạm từ 01 người 
đến 10 người lao động; 
</file>
$ tracuu ingest --quiet --no-progress --db dblong --root long long
? 0
$ tracuu search --db dblong --json 'thời giờ làm việc bình thường của người lao động' | jq -r .source
> blld-105.txt
> nd12-18.txt
? 0
# A question typed with marks counts its pairs only where their marked words stand exactly: "đình
# công" is no strike in a text that only has "quyết định công nhận" (both fold to "dinh cong"). The
# pairs of a question (a ranked list) are filtered by the exact words, as those of a short query
# are; the words without marks ("ai") keep their folded pair.
$ tracuu search --explain 'ai có thẩm quyền quyết định đình công' 2>&1 >/dev/null
~ \(Bdinh_cong FILTER đình FILTER công\) OR \(Adinh_cong FILTER đình FILTER công\)
~ \(Bai_co FILTER có\)
# A chunk without marks ("1/7") in a query typed with marks weighs by its words, the phrase a
# filter: Xapian weighs a phrase by an estimate each database makes its own way, so over shards
# a description holding "từ ngày 1/7" scored otherwise than on one index.
# The phrase reaches Xapian as PHRASE AND_MAYBE 0 × its first word: an OR checked where the
# phrase fails no longer adds its weight to the next document (tests/unit/test_pruning).
$ tracuu search --explain 'nghỉ dưỡng sức phục hồi sức khỏe từ ngày 1/7' 2>&1 >/dev/null | grep -c '\* (F1 PHRASE 2 F7)'
> 0
? 1
$ tracuu search --explain 'nghỉ dưỡng sức phục hồi sức khỏe từ ngày 1/7' 2>&1 >/dev/null
~ OR \(\(F1 AND F7\) FILTER \(\(F1 PHRASE 2 F7\) AND_MAYBE 0 \* F1\)\)\)\)$
# In a name the pair itself is written as it stands too: there it must stand so ("Quyết định
# công nhận …" names no strike), not just its words somewhere in the text.
$ tracuu search --explain 'đình công' 2>&1 >/dev/null
~ \(XAdinh_cong FILTER XAđình_công\)
# An AND_MAYBE reaches Xapian as A OR (B FILTER A): B is filtered by A's documents alone (the
# folded words), not by A again with its optional exact words, posting lists opened and read twice.
$ tracuu search --explain 'thử việc' 2>&1 >/dev/null
~ FILTER \(Fthu AND Fviec\)\)\)\)$
# Marks: where a text holds the two syllables as the word ("quy định"), a syllable of theirs
# standing alone ("Nghị định", "quy chế") is no match of the word and is not marked; a text that
# holds them only apart keeps its marks (it matched by them). Excerpts: Nghị định
# 158/2025/NĐ-CP (congbao-8chude), Thông tư 22/2025/TT-BNV (tvpl-legal-news).
<file name="marks/a-158.txt">
Nghị định này quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc.
</file>
<file name="marks/b-22.txt">
Thông tư này ban hành Nội quy và Quy chế thi tuyển, xét tuyển công chức; định kỳ rà soát.
</file>
$ tracuu ingest --quiet --no-progress --db dbmarks --root marks marks
$ tracuu search --db dbmarks --color=never 'quy định' | grep -F '«'
>    Nghị định này «quy định» chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc.
>    Thông tư này ban hành Nội «quy» và «Quy» chế thi tuyển, xét tuyển công chức; «định» kỳ rà soát.

# A title typed otherwise: "Quyết định công nhận" folds to the pair "dinh cong" of "đình công"
# (strike). Typed with marks, a title or heading weighs only where it holds the pair so.
<file name="strike/fe719bdc0b09db6f.md">
# Mẫu Quyết định công nhận Ban chấp hành công đoàn cơ sở mới nhất? Tải về mẫu số 7b Hướng dẫn 38/HD-TLĐ?

**Mẫu Quyết định công nhận Ban chấp hành công đoàn cơ sở mới nhất? Tải về mẫu số 7b Hướng dẫn 38/HD-TLĐ? Nhiệm vụ, quyền hạn của ban chấp hành công đoàn các cấp là gì? Đoàn viên công đoàn có quyền gì theo quy định?**

**Mẫu Quyết định công nhận Ban chấp hành công đoàn cơ sở mới nhất? Tải về mẫu số 7b Hướng dẫn 38/HD-TLĐ?**

Mẫu Quyết định công nhận Ban chấp hành công đoàn cơ sở là mẫu số 7b ban hành theo theo Hướng dẫn 38/HD-TLĐ năm 2024:

Tải về Mẫu Quyết định công nhận Ban chấp hành công đoàn cơ sở mới nhất

*Mẫu Quyết định công nhận Ban chấp hành công đoàn cơ sở mới nhất? Tải về mẫu số 7b Hướng dẫn 38/HD-TLĐ? (hình từ internet)*

**Nhiệm vụ, quyền hạn của ban chấp hành công đoàn các cấp là gì?**

Nhiệm vụ, quyền hạn của ban chấp hành công đoàn các cấp được quy định tại khoản 7 Điều 13 Điều lệ Công đoàn Việt Nam (khóa XIII) được ban hành kèm theo Quyết định 2399/QĐ-TLĐ năm 2024, cụ thể:

(1) Đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên, người lao động thuộc đối tượng, phạm vi theo phân cấp.

(2) Tổ chức thực hiện nghị quyết đại hội công đoàn cùng cấp, công đoàn cấp trên.

(3) Tổ chức thực hiện các chủ trương, nghị quyết, quy định của Đảng, chính sách, pháp luật của Nhà nước và công đoàn cấp trên.

(4) Chỉ đạo, hướng dẫn, kiểm tra, giám sát hoạt động đối với công đoàn cấp dưới.

(5) Quyết định thành lập, sáp nhập, hợp nhất, chuyển giao, tiếp nhận, chia tách, nâng cấp, hạ cấp, giải thể công đoàn cấp dưới, công nhận ban chấp hành, ủy ban kiểm tra (nếu có), các chức danh trong ban chấp hành, ủy ban kiểm tra công đoàn cấp dưới.

(6) Bầu Đoàn Chủ tịch (đối với Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam), bầu ban thường vụ (đối với ban chấp hành công đoàn có từ 09 ủy viên trở lên); bầu các chức danh trong ban chấp hành, bầu ủy ban kiểm tra và chủ nhiệm ủy ban kiểm tra công đoàn cùng cấp.

(7) Đào tạo, bồi dưỡng và đảm bảo điều kiện hoạt động cho cán bộ công đoàn; hướng dẫn, hỗ trợ, bảo vệ cán bộ công đoàn khi bị phân biệt đối xử, bị xâm phạm quyền và lợi ích hợp pháp, chính đáng; ban chấp hành công đoàn cấp trên hỗ trợ ban chấp hành công đoàn cấp cơ sở thương lượng tập thể, ký kết thỏa ước lao động tập thể, thực hiện quyền tổ chức và lãnh đạo đình công theo quy định của pháp luật.

(8) Tổ chức chất vấn và trả lời chất vấn của cán bộ, đoàn viên công đoàn tại các hội nghị của ban chấp hành.

(9) Định kỳ báo cáo tình hình tổ chức, hoạt động công đoàn với cấp uỷ đảng cùng cấp (nếu có), với công đoàn cấp trên trực tiếp và thông báo cho công đoàn cấp dưới.

(10) Quản lý tài chính, tài sản và hoạt động kinh tế công đoàn theo quy định của pháp luật và quy định của Tổng Liên đoàn Lao động Việt Nam.
</file>
<file name="strike/blld-198.txt">
Điều 198. Đình công

Đình công là sự ngừng việc tạm thời, tự nguyện và có tổ chức của người lao động nhằm đạt được yêu cầu trong quá trình giải quyết tranh chấp lao động và do tổ chức đại diện người lao động có quyền thương lượng tập thể là một bên tranh chấp lao động tập thể tổ chức và lãnh đạo.

Điều 199. Trường hợp người lao động có quyền đình công

Tổ chức đại diện người lao động là bên tranh chấp lao động tập thể về lợi ích có quyền tiến hành thủ tục quy định tại các điều 200, 201 và 202 của Bộ luật này để đình công trong trường hợp sau đây:

1. Hòa giải không thành hoặc hết thời hạn hòa giải quy định tại khoản 2 Điều 188 của Bộ luật này mà hòa giải viên lao động không tiến hành hòa giải;

2. Ban trọng tài lao động không được thành lập hoặc thành lập nhưng không ra quyết định giải quyết tranh chấp hoặc người sử dụng lao động là bên tranh chấp không thực hiện quyết định giải quyết tranh chấp của Ban trọng tài lao động.

Điều 200. Trình tự đình công

1. Lấy ý kiến về đình công theo quy định tại Điều 201 của Bộ luật này.

2. Ra quyết định đình công và thông báo đình công theo quy định tại Điều 202 của Bộ luật này.
</file>
$ tracuu ingest --quiet --no-progress --db stdb --root strike strike
$ tracuu search --db stdb --json 'đình công' | jq -r .source
> blld-198.txt
> fe719bdc0b09db6f.md

# A few words that are an article's heading whole ("Điều 46. Trợ cấp thôi việc") name what that
# article is about: its law ranks above a short page that says them in its title and
# body, whatever the law's length (a fixed weight, not BM25's; the repeat stands for the rest
# of a long code; forty short texts give the words their weight).
<file name="whole/124a5ccaceadf062.md">
## Cụ thể, công chức tự nguyện xin thôi việc được hưởng trợ cấp thôi việc như sau:

+ Được trợ cấp 03 tháng tiền lương hiện hưởng.

+ Được trợ cấp 1,5 tháng tiền lương hiện hưởng cho mỗi năm công tác có đóng bảo hiểm xã hội bắt buộc.

+ Được bảo lưu thời gian đóng bảo hiểm xã hội bắt buộc hoặc hưởng bảo hiểm xã hội một lần theo quy định của pháp luật về bảo hiểm xã hội.

Tiền lương tháng hiện hưởng là tiền lương tháng liền kề trước khi thôi việc. Tiền lương tháng được tính bao gồm: mức lương theo ngạch, bậc; phụ cấp chức vụ lãnh đạo; phụ cấp thâm niên vượt khung, phụ cấp thâm niên nghề và hệ số chênh lệch bảo lưu lương (nếu có) theo quy định của pháp luật về tiền lương.

Mức trợ cấp bằng 1 tháng tiền lương hiện hưởng được thực hiện đối với trường hợp có tổng thời gian công tác trước khi thôi việc từ 06 tháng đến dưới 12 tháng.

Công chức đã có thông báo nghỉ hưu hoặc thuộc trường hợp tinh giản biên chế hoặc buộc thôi việc theo quy định của pháp luật thì không thuộc trường hợp được hưởng chế độ trợ cấp thôi việc nêu trên.

** Thời gian làm việc được tính trợ cấp thôi việc**

Thời gian được tính trợ cấp thôi việc là tổng thời gian tính theo năm có đóng bảo hiểm xã hội bắt buộc (nếu thời gian đứt quãng thì được cộng dồn) chưa nhận trợ cấp thôi việc hoặc trợ cấp phục viên, bao gồm:

+ Thời gian làm việc trong các cơ quan, tổ chức, đơn vị của Đảng Cộng sản Việt Nam, Nhà nước, Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội.

+ Thời gian làm việc trong quân đội nhân dân và công an nhân dân.

+ Thời gian làm việc tại hội do Đảng và Nhà nước giao nhiệm vụ, theo chỉ tiêu biên chế được cơ quan có thẩm quyền giao.

+ Thời gian được cơ quan, tổ chức, đơn vị cử đi đào tạo, bồi dưỡng.

+ Thời gian nghỉ được hưởng lương theo pháp luật về lao động.

+ Thời gian nghỉ chế độ ốm đau, thai sản, tai nạn lao động, bệnh nghề nghiệp, dưỡng sức phục hồi sức khỏe theo quy định của pháp luật về bảo hiểm xã hội.

</file>
<file name="whole/blld.txt">
QUỐC HỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Bộ luật số: 45/2019/QH14

Hà Nội, ngày 20 tháng 11 năm 2019


Điều 45. Thông báo chấm dứt hợp đồng lao động

1. Người sử dụng lao động phải thông báo bằng văn bản cho người lao động về việc chấm dứt hợp đồng lao động khi hợp đồng lao động chấm dứt theo quy định của Bộ luật này, trừ trường hợp quy định tại các khoản 4, 5, 6, 7 và 8 Điều 34 của Bộ luật này.

2. Trường hợp người sử dụng lao động không phải là cá nhân chấm dứt hoạt động thì thời điểm chấm dứt hợp đồng lao động tính từ thời điểm có thông báo chấm dứt hoạt động.

Trường hợp người sử dụng lao động không phải là cá nhân bị cơ quan chuyên môn về đăng ký kinh doanh thuộc Ủy ban nhân dân cấp tỉnh ra thông báo không có người đại diện theo pháp luật, người được ủy quyền thực hiện quyền và nghĩa vụ của người đại diện theo pháp luật theo quy định tại khoản 7 Điều 34 của Bộ luật này thì thời điểm chấm dứt hợp đồng lao động tính từ ngày ra thông báo.

Điều 46. Trợ cấp thôi việc

1. Khi hợp đồng lao động chấm dứt theo quy định tại các khoản 1, 2, 3, 4, 6, 7, 9 và 10 Điều 34 của Bộ luật này thì người sử dụng lao động có trách nhiệm trả trợ cấp thôi việc cho người lao động đã làm việc thường xuyên cho mình từ đủ 12 tháng trở lên, mỗi năm làm việc được trợ cấp một nửa tháng tiền lương, trừ trường hợp đủ điều kiện hưởng lương hưu theo quy định của pháp luật về bảo hiểm xã hội và trường hợp quy định tại điểm e khoản 1 Điều 36 của Bộ luật này.

2. Thời gian làm việc để tính trợ cấp thôi việc là tổng thời gian người lao động đã làm việc thực tế cho người sử dụng lao động trừ đi thời gian người lao động đã tham gia bảo hiểm thất nghiệp theo quy định của pháp luật về bảo hiểm thất nghiệp và thời gian làm việc đã được người sử dụng lao động chi trả trợ cấp thôi việc, trợ cấp mất việc làm.

3. Tiền lương để tính trợ cấp thôi việc là tiền lương bình quân của 06 tháng liền kề theo hợp đồng lao động trước khi người lao động thôi việc.

4. Chính phủ quy định chi tiết Điều này.

Điều 47. Trợ cấp mất việc làm

1. Người sử dụng lao động trả trợ cấp mất việc làm cho người lao động đã làm việc thường xuyên cho mình từ đủ 12 tháng trở lên mà bị mất việc làm theo quy định tại khoản 11 Điều 34 của Bộ luật này, cứ mỗi năm làm việc trả 01 tháng tiền lương nhưng ít nhất bằng 02 tháng tiền lương.

2. Thời gian làm việc để tính trợ cấp mất việc làm là tổng thời gian người lao động đã làm việc thực tế cho người sử dụng lao động trừ đi thời gian người lao động đã tham gia bảo hiểm thất nghiệp theo quy định của pháp luật về bảo hiểm thất nghiệp và thời gian làm việc đã được người sử dụng lao động chi trả trợ cấp thôi việc, trợ cấp mất việc làm.

3. Tiền lương để tính trợ cấp mất việc làm là tiền lương bình quân của 06 tháng liền kề theo hợp đồng lao động trước khi người lao động mất việc làm.

4. Chính phủ quy định chi tiết Điều này.

Điều 48. Trách nhiệm khi chấm dứt hợp đồng lao động

1. Trong thời hạn 14 ngày làm việc kể từ ngày chấm dứt hợp đồng lao động, hai bên có trách nhiệm thanh toán đầy đủ các khoản tiền có liên quan đến quyền lợi của mỗi bên, trừ trường hợp sau đây có thể kéo dài nhưng không được quá 30 ngày:
%repeat[300 x Người sử dụng lao động phải bảo đảm điều kiện làm việc an toàn, vệ sinh lao động cho người lao động theo quy định của pháp luật.%0a]%
</file>
$ for i in $(seq 40); do printf 'Điều %s. Quy định chung\nCơ quan nhà nước có trách nhiệm hướng dẫn thi hành văn bản này.\n' "$i" > whole/f$i.txt; done; tracuu ingest --quiet --no-progress --db wdb --root whole whole
$ tracuu search --db wdb --json 'trợ cấp thôi việc' | jq -r '[.source, (.article.number // "-")] | join(" ")'
> blld.txt 46
> 124a5ccaceadf062.md -
$ tracuu search --db wdb --json 'tro cap thoi viec' | jq -r .source
> blld.txt
> 124a5ccaceadf062.md
# The result shows the article so headed ("Điều 13. Hợp đồng lao động"), not the passage where
# the words stand closest (Điều 18, on who signs one).
<file name="whole2/blld.txt">
Điều 13. Hợp đồng lao động

1. Hợp đồng lao động là sự thỏa thuận giữa người lao động và người sử dụng lao động về việc làm có trả công, tiền lương, điều kiện lao động, quyền và nghĩa vụ của mỗi bên trong quan hệ lao động.

Trường hợp hai bên thỏa thuận bằng tên gọi khác nhưng có nội dung thể hiện về việc làm có trả công, tiền lương và sự quản lý, điều hành, giám sát của một bên thì được coi là hợp đồng lao động.

2. Trước khi nhận người lao động vào làm việc thì người sử dụng lao động phải giao kết hợp đồng lao động với người lao động.

Điều 14. Hình thức hợp đồng lao động

1. Hợp đồng lao động phải được giao kết bằng văn bản và được làm thành 02 bản, người lao động giữ 01 bản, người sử dụng lao động giữ 01 bản, trừ trường hợp quy định tại khoản 2 Điều này.

Hợp đồng lao động được giao kết thông qua phương tiện điện tử dưới hình thức thông điệp dữ liệu theo quy định của pháp luật về giao dịch điện tử có giá trị như hợp đồng lao động bằng văn bản.

2. Hai bên có thể giao kết hợp đồng lao động bằng lời nói đối với hợp đồng có thời hạn dưới 01 tháng, trừ trường hợp quy định tại khoản 2 Điều 18, điểm a khoản 1 Điều 145 và khoản 1 Điều 162 của Bộ luật này.

Điều 15. Nguyên tắc giao kết hợp đồng lao động

1. Tự nguyện, bình đẳng, thiện chí, hợp tác và trung thực.

2. Tự do giao kết hợp đồng lao động nhưng không được trái pháp luật, thỏa ước lao động tập thể và đạo đức xã hội.

Điều 16. Nghĩa vụ cung cấp thông tin khi giao kết hợp đồng lao động

1. Người sử dụng lao động phải cung cấp thông tin trung thực cho người lao động về công việc, địa điểm làm việc, điều kiện làm việc, thời giờ làm việc, thời giờ nghỉ ngơi, an toàn, vệ sinh lao động, tiền lương, hình thức trả lương, bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp, quy định về bảo vệ bí mật kinh doanh, bảo vệ bí mật công nghệ và vấn đề khác liên quan trực tiếp đến việc giao kết hợp đồng lao động mà người lao động yêu cầu.

2. Người lao động phải cung cấp thông tin trung thực cho người sử dụng lao động về họ tên, ngày tháng năm sinh, giới tính, nơi cư trú, trình độ học vấn, trình độ kỹ năng nghề, xác nhận tình trạng sức khỏe và vấn đề khác liên quan trực tiếp đến việc giao kết hợp đồng lao động mà người sử dụng lao động yêu cầu.

Điều 17. Hành vi người sử dụng lao động không được làm khi giao kết, thực hiện hợp đồng lao động

1. Giữ bản chính giấy tờ tùy thân, văn bằng, chứng chỉ của người lao động.

2. Yêu cầu người lao động phải thực hiện biện pháp bảo đảm bằng tiền hoặc tài sản khác cho việc thực hiện hợp đồng lao động.

3. Buộc người lao động thực hiện hợp đồng lao động để trả nợ cho người sử dụng lao động.

Điều 18. Thẩm quyền giao kết hợp đồng lao động

1. Người lao động trực tiếp giao kết hợp đồng lao động, trừ trường hợp quy định tại khoản 2 Điều này.

2. Đối với công việc theo mùa vụ, công việc nhất định có thời hạn dưới 12 tháng thì nhóm người lao động từ đủ 18 tuổi trở lên có thể ủy quyền cho một người lao động trong nhóm để giao kết hợp đồng lao động; trong trường hợp này, hợp đồng lao động phải được giao kết bằng văn bản và có hiệu lực như giao kết với từng người lao động.

Hợp đồng lao động do người được ủy quyền ký kết phải kèm theo danh sách ghi rõ họ tên, ngày tháng năm sinh, giới tính, nơi cư trú và chữ ký của từng người lao động.

3. Người giao kết hợp đồng lao động bên phía người sử dụng lao động là người thuộc một trong các trường hợp sau đây:

a) Người đại diện theo pháp luật của doanh nghiệp hoặc người được ủy quyền theo quy định của pháp luật;

b) Người đứng đầu cơ quan, tổ chức có tư cách pháp nhân theo quy định của pháp luật hoặc người được ủy quyền theo quy định của pháp luật;

c) Người đại diện của hộ gia đình, tổ hợp tác, tổ chức khác không có tư cách pháp nhân hoặc người được ủy quyền theo quy định của pháp luật;

d) Cá nhân trực tiếp sử dụng lao động.

4. Người giao kết hợp đồng lao động bên phía người lao động là người thuộc một trong các trường hợp sau đây:

a) Người lao động từ đủ 18 tuổi trở lên;

b) Người lao động từ đủ 15 tuổi đến chưa đủ 18 tuổi khi có sự đồng ý bằng văn bản của người đại diện theo pháp luật của người đó;

c) Người chưa đủ 15 tuổi và người đại diện theo pháp luật của người đó;

d) Người lao động được những người lao động trong nhóm ủy quyền hợp pháp giao kết hợp đồng lao động.

5. Người được ủy quyền giao kết hợp đồng lao động không được ủy quyền lại cho người khác giao kết hợp đồng lao động.

Điều 19. Giao kết nhiều hợp đồng lao động

1. Người lao động có thể giao kết nhiều hợp đồng lao động với nhiều người sử dụng lao động nhưng phải bảo đảm thực hiện đầy đủ các nội dung đã giao kết.

2. Người lao động đồng thời giao kết nhiều hợp đồng lao động với nhiều người sử dụng lao động thì việc tham gia bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp được thực hiện theo quy định của pháp luật về bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp và an toàn, vệ sinh lao động.

Điều 20. Loại hợp đồng lao động

1. Hợp đồng lao động phải được giao kết theo một trong các loại sau đây:

a) Hợp đồng lao động không xác định thời hạn là hợp đồng mà trong đó hai bên không xác định thời hạn, thời điểm chấm dứt hiệu lực của hợp đồng;

b) Hợp đồng lao động xác định thời hạn là hợp đồng mà trong đó hai bên xác định thời hạn, thời điểm chấm dứt hiệu lực của hợp đồng trong thời gian không quá 36 tháng kể từ thời điểm có hiệu lực của hợp đồng.

2. Khi hợp đồng lao động quy định tại điểm b khoản 1 Điều này hết hạn mà người lao động vẫn tiếp tục làm việc thì thực hiện như sau:

a) Trong thời hạn 30 ngày kể từ ngày hợp đồng lao động hết hạn, hai bên phải ký kết hợp đồng lao động mới; trong thời gian chưa ký kết hợp đồng lao động mới thì quyền, nghĩa vụ và lợi ích của hai bên được thực hiện theo hợp đồng đã giao kết;

b) Nếu hết thời hạn 30 ngày kể từ ngày hợp đồng lao động hết hạn mà hai bên không ký kết hợp đồng lao động mới thì hợp đồng đã giao kết theo quy định tại điểm b khoản 1 Điều này trở thành hợp đồng lao động không xác định thời hạn;
</file>
$ tracuu ingest --quiet --no-progress --db wdb2 --root whole2 whole2
$ tracuu search --db wdb2 --json 'hợp đồng lao động' | jq -r '[.source, (.article.number // "-")] | join(" ")'
> blld.txt 13
