# Issue 18: a pair typed stands in a text across two stronger words ("gia đình công khai",
# "quyết định công nhận": gia_dinh and cong_khai each hold together more than twice as well
# as dinh_cong, by the collection's own counts) is not that word: the first page lists the
# texts that write the pair as a word first (written_first, query_pairs_written). Over the six
# folders `đình công` ranked a news page whose only "đình công" is "gia «đình công» khai" 2nd,
# above the Civil Procedure Code's Điều 410 on strikes.
# Excerpts: dantri news_business_174 and news_education_234 (news-dantri-unc), Bộ luật Lao
# động 45/2019/QH14 Điều 178 (uts-vlc-laws), Luật Hôn nhân và gia đình Điều 1-3 (uts-vlc-laws).
<file name="in/blld-dieu-178.txt">
Bộ luật Lao động

5. Các nghĩa vụ khác theo quy định của pháp luật.

Điều 178. Quyền và nghĩa vụ của tổ chức đại diện người lao động tại cơ sở trong quan hệ lao động

1. Thương lượng tập thể với người sử dụng lao động theo quy định của Bộ luật này.

2. Đối thoại tại nơi làm việc theo quy định của Bộ luật này.

3. Được tham khảo ý kiến xây dựng và giám sát việc thực hiện thang lương, bảng lương, mức lao động, quy chế trả lương, quy chế thưởng, nội quy lao động và những vấn đề liên quan đến quyền, lợi ích của người lao động là thành viên của mình.

4. Đại diện cho người lao động trong quá trình giải quyết khiếu nại, tranh chấp lao động cá nhân khi được người lao động ủy quyền.

5. Tổ chức và lãnh đạo đình công theo quy định của Bộ luật này.

6. Tiếp nhận hỗ trợ kỹ thuật của cơ quan, tổ chức đăng ký hoạt động hợp pháp tại Việt Nam nhằm tìm hiểu pháp luật về lao động; về trình tự, thủ tục thành lập tổ chức đại diện người lao động và việc tiến hành các hoạt động đại diện trong quan hệ lao động sau khi được cấp đăng ký.

7. Được người sử dụng lao động bố trí nơi làm việc và được cung cấp thông tin, bảo đảm các điều kiện cần thiết cho hoạt động của tổ chức đại diện người lao động tại cơ sở.

8. Các quyền và nghĩa vụ khác theo quy định của pháp luật.

Chương XIV

GIẢI QUYẾT TRANH CHẤP LAO ĐỘNG

Mục 1. NHỮNG QUY ĐỊNH CHUNG VỀ GIẢI QUYẾT TRANH CHẤP LAO ĐỘNG

Điều 179. Tranh chấp lao động

1. Tranh chấp lao động là tranh chấp về quyền và nghĩa vụ, lợi ích phát sinh giữa các bên trong quá trình xác lập, thực hiện hoặc chấm dứt quan hệ lao động; tranh chấp giữa các tổ chức đại diện người lao động với nhau; tranh chấp phát sinh từ quan hệ có liên quan trực tiếp đến quan hệ lao động. Các loại tranh chấp lao động bao gồm:

a) Tranh chấp lao động cá nhân giữa người lao động với người sử dụng lao động; giữa người lao động với doanh nghiệp, tổ chức đưa người lao động đi làm việc ở nước ngoài theo hợp đồng; giữa người lao động thuê lại với người sử dụng lao động thuê lại;

b) Tranh chấp lao động tập thể về quyền hoặc về lợi ích giữa một hay nhiều tổ chức đại diện người lao động với người sử dụng lao động hoặc một hay nhiều tổ chức của người sử dụng lao động.

2. Tranh chấp lao động tập thể về quyền là tranh chấp giữa một hay nhiều tổ chức đại diện người lao động với người sử dụng lao động hoặc một hay nhiều tổ chức của người sử dụng lao động phát sinh trong trường hợp sau đây:

a) Có sự khác nhau trong việc hiểu và thực hiện quy định của thỏa ước lao động tập thể, nội quy lao động, quy chế và thỏa thuận hợp pháp khác;

b) Có sự khác nhau trong việc hiểu và thực hiện quy định của pháp luật về lao động;

c) Khi người sử dụng lao động có hành vi phân biệt đối xử đối với người lao động, thành viên ban lãnh đạo của tổ chức đại diện người lao động vì lý do thành lập, gia nhập, hoạt động trong tổ chức đại diện người lao động; can thiệp, thao túng tổ chức đại diện người lao động; vi phạm nghĩa vụ về thương lượng thiện chí.

3. Tranh chấp lao động tập thể về lợi ích bao gồm:

a) Tranh chấp lao động phát sinh trong quá trình thương lượng tập thể;

b) Khi một bên từ chối thương lượng hoặc không tiến hành thương lượng trong thời hạn theo quy định của pháp luật.

Điều 180. Nguyên tắc giải quyết tranh chấp lao động

1. Tôn trọng quyền tự định đoạt thông qua thương lượng của các bên trong suốt quá trình giải quyết tranh chấp lao động.

2. Coi trọng giải quyết tranh chấp lao động thông qua hòa giải, trọng tài trên cơ sở tôn trọng quyền và lợi ích của hai bên tranh chấp, tôn trọng lợi ích chung của xã hội, không trái pháp luật.

3. Công khai, minh bạch, khách quan, kịp thời, nhanh chóng và đúng pháp luật.

4. Bảo đảm sự tham gia của đại diện các bên trong quá trình giải quyết tranh chấp lao động.
</file>
<file name="in/hngd-dieu-1-3.txt">
Luật Hôn nhân và gia đình

Điều 1. Phạm vi điều chỉnh

Luật này quy định chế độ hôn nhân và gia đình; chuẩn mực pháp lý cho cách ứng xử giữa các thành viên gia đình; trách nhiệm của cá nhân, tổ chức, Nhà nước và xã hội trong việc xây dựng, củng cố chế độ hôn nhân và gia đình.

Điều 2. Những nguyên tắc cơ bản của chế độ hôn nhân và gia đình

1. Hôn nhân tự nguyện, tiến bộ, một vợ một chồng, vợ chồng bình đẳng.

2. Hôn nhân giữa công dân Việt Nam thuộc các dân tộc, tôn giáo, giữa người theo tôn giáo với người không theo tôn giáo, giữa người có tín ngưỡng với người không có tín ngưỡng, giữa công dân Việt Nam với người nước ngoài được tôn trọng và được pháp luật bảo vệ.

3. Xây dựng gia đình ấm no, tiến bộ, hạnh phúc; các thành viên gia đình có nghĩa vụ tôn trọng, quan tâm, chăm sóc, giúp đỡ nhau; không phân biệt đối xử giữa các con.

4. Nhà nước, xã hội và gia đình có trách nhiệm bảo vệ, hỗ trợ trẻ em, người cao tuổi, người khuyết tật thực hiện các quyền về hôn nhân và gia đình; giúp đỡ các bà mẹ thực hiện tốt chức năng cao quý của người mẹ; thực hiện kế hoạch hóa gia đình.

5. Kế thừa, phát huy truyền thống văn hóa, đạo đức tốt đẹp của dân tộc Việt Nam về hôn nhân và gia đình.

Điều 3. Giải thích từ ngữ

Trong Luật này, các từ ngữ dưới đây được hiểu như sau:

1. Hôn nhân là quan hệ giữa vợ và chồng sau khi kết hôn.

2. Gia đình là tập hợp những người gắn bó với nhau do hôn nhân, quan hệ huyết thống hoặc quan hệ nuôi dưỡng, làm phát sinh các quyền và nghĩa vụ giữa họ với nhau theo quy định của Luật này.

3. Chế độ hôn nhân và gia đình là toàn bộ những quy định của pháp luật về kết hôn, ly hôn; quyền và nghĩa vụ giữa vợ và chồng, giữa cha mẹ và con, giữa các thành viên khác trong gia đình; cấp dưỡng; xác định cha, mẹ, con; quan hệ hôn nhân và gia đình có yếu tố nước ngoài và những vấn đề khác liên quan đến hôn nhân và gia đình.

4. Tập quán về hôn nhân và gia đình là quy tắc xử sự có nội dung rõ ràng về quyền, nghĩa vụ của các bên trong quan hệ hôn nhân và gia đình, được lặp đi, lặp lại trong một thời gian dài và được thừa nhận rộng rãi trong một vùng, miền hoặc cộng đồng.

5. Kết hôn là việc nam và nữ xác lập quan hệ vợ chồng với nhau theo quy định của Luật này về điều kiện kết hôn và đăng ký kết hôn.

6. Kết hôn trái pháp luật là việc nam, nữ đã đăng ký kết hôn tại cơ quan nhà nước có thẩm quyền nhưng một bên hoặc cả hai bên vi phạm điều kiện kết hôn theo quy định tại Điều 8 của Luật này.

7. Chung sống như vợ chồng là việc nam, nữ tổ chức cuộc sống chung và coi nhau là vợ chồng.

8. Tảo hôn là việc lấy vợ, lấy chồng khi một bên hoặc cả hai bên chưa đủ tuổi kết hôn theo quy định tại điểm a khoản 1 Điều 8 của Luật này.
</file>
<file name="in/news-quyet-dinh-cong-nhan.txt">
Ngày 27/4/2021 Tổng Liên đoàn Lao động Việt Nam có quyết định công nhận quyền Hiệu trưởng Trường ĐH Tôn Đức Thắng đối với TS Trần Trọng Đạo, thành viên Hội đồng trường nhiệm kỳ 2021-2026, nguyên Phó Hiệu trưởng nhiệm kỳ 2014-2019.
Trước đó, Hội đồng trường của Trường ĐH Tôn Đức Thắng đã tổ chức hội nghị bầu chức danh quyền Hiệu trưởng. TS Trần Trọng Đạo đã được bầu với số phiếu đồng ý là 15 phiếu trên tổng số 15 thành viên Hội đồng trường dự họp(tỷ lệ 100%).
Tiến sĩ Trần Trọng Đạo
Ngay sau khi thành lập vào ngày 3/4/2021, Hội đồng trường Trường ĐH Tôn Đức Thắng cùng với Đảng ủy trường đã nhanh chóng thực hiện các công việc để ổn định hoạt động của trường, trong đó có việc hoàn thiện, ban hành quy chế tổ chức và hoạt động của trường; tiến hành các thủ tục quyết định nhân sự lãnh đạo trường phù hợp với tình hình thực tế theo chỉ đạo của Tổng Liên đoàn Lao động Việt Nam.
TS Trần Trọng Đạo sinh năm 1981, quê ở Quảng Ngãi. Trình độ chuyên môn: Tiến sĩ, chuyên ngành Kỹ thuật điều khiển. Ông Trần Trọng Đạo từng theo học đại học, thạc sĩ và tiến sĩ tại Cộng hòa Séc (Tiệp Khắc cũ), tốt nghiệp Tiến sĩ chuyên ngành Kỹ thuật điều khiển năm 2009.
</file>
<file name="in/news-van-phong-gia-dinh.txt">
Sự sụp đổ của Archegos khiến mô hình văn phòng gia đình trở thành tâm điểm của các cơ quan quản lý (Ảnh: FT, YouTube, Getty Images).
Một số nhà lập pháp, cơ quan quản lý và những người bênh vực cho nhà đầu tư đang kêu gọi các văn phòng gia đình công khai hoạt động nội bộ. Văn phòng gia đình vốn là mô hình quỹ quản lý tài sản được tổ chức kín đáo và bị quản lý với cơ chế thoải mái dù đây là nhóm nắm giữ khối tài sản khoảng 6.000 tỷ USD của giới siêu giàu trên toàn cầu.
Siết hoạt động của các quỹ kiểu Archegos
Trong cuộc cải cách lần này, các văn phòng gia đình được cho là sẽ bị yêu cầu đăng ký hoạt động với tư cách là tổ chức tư vấn đầu tư và phải báo cáo công khai số tiền nắm giữ theo quý như hầu hết mô hình công ty đầu tư khác đang làm.
Những dữ liệu trên có thể cảnh báo cơ quan quản lý, nhà đầu tư và người tham gia Phố Wall về những rủi ro tiềm ẩn nhưng cũng sẽ làm lộ thông tin về tài sản cho các đối thủ.
Những người ủng hộ cải cách tự tin rằng, tân chủ tịch Ủy ban Chứng khoán và Giao dịch Mỹ (SEC), Gary Gensler, người có tiếng là cứng rắn trên Phố Wall, sẽ nhanh chóng thay đổi quy định quản lý với giới văn phòng gia đình.
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
$ tracuu search --db db --json 'đình công' | jq -r .source
> blld-dieu-178.txt
> news-van-phong-gia-dinh.txt
> hngd-dieu-1-3.txt
> news-quyet-dinh-cong-nhan.txt
