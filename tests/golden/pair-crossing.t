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

# Typed without marks, "huu tri" put a customs circular on "quyền sở hữu trí tuệ" above a page
# on "trợ cấp hưu trí" (over the six folders: Thông tư 06/2026/TT-BTC and the Law on
# Intellectual Property 1st and 2nd): a query without marks orders its first results by its
# folded pairs (query_written_pairs), and "sở hữu trí tuệ" holds no "hưu trí" where "sở hữu"
# and "trí tuệ" each hold together better than "huu tri", as the Civil Code's "quyền sở hữu",
# the VAT law's "giá trị" and a decree's "trí tuệ nhân tạo" make them.
# Excerpts: Thông tư 06/2026/TT-BTC (congbao-8chude), tvpl Q&A 6d6e9df10a2bb46a (tvpl-legal-news),
# Bộ luật Dân sự 91/2015/QH13 Điều 158-176 and Luật Thuế giá trị gia tăng Điều 1-8
# (uts-vlc-laws), Nghị định 142/2026/NĐ-CP Điều 3 (congbao-8chude).
<file name="in2/blds-quyen-so-huu.txt">
Bộ luật Dân sự

Điều 158. Quyền sở hữu

Quyền sở hữu bao gồm quyền chiếm hữu, quyền sử dụng và quyền định đoạt tài sản của chủ sở hữu theo quy định của luật.

Điều 159. Quyền khác đối với tài sản

1. Quyền khác đối với tài sản là quyền của chủ thể trực tiếp nắm giữ, chi phối tài sản thuộc quyền sở hữu của chủ thể khác.

2. Quyền khác đối với tài sản bao gồm:

a) Quyền đối với bất động sản liền kề;

b) Quyền hưởng dụng;

c) Quyền bề mặt.

Điều 160. Nguyên tắc xác lập, thực hiện quyền sở hữu, quyền khác đối với tài sản

1. Quyền sở hữu, quyền khác đối với tài sản được xác lập, thực hiện trong trường hợp Bộ luật này, luật khác có liên quan quy định.

Quyền khác đối với tài sản vẫn có hiệu lực trong trường hợp quyền sở hữu được chuyển giao, trừ trường hợp Bộ luật này, luật khác có liên quan quy định khác.

2. Chủ sở hữu được thực hiện mọi hành vi theo ý chí của mình đối với tài sản nhưng không được trái với quy định của luật, gây thiệt hại hoặc làm ảnh hưởng đến lợi ích quốc gia, dân tộc, lợi ích công cộng, quyền và lợi ích hợp pháp của người khác.

3. Chủ thể có quyền khác đối với tài sản được thực hiện mọi hành vi trong phạm vi quyền được quy định tại Bộ luật này, luật khác có liên quan nhưng không được gây thiệt hại hoặc làm ảnh hưởng đến lợi ích quốc gia, dân tộc, lợi ích công cộng, quyền và lợi ích hợp pháp của chủ sở hữu tài sản hoặc của người khác.

Điều 161. Thời điểm xác lập quyền sở hữu, quyền khác đối với tài sản

1. Thời điểm xác lập quyền sở hữu, quyền khác đối với tài sản thực hiện theo quy định của Bộ luật này, luật khác có liên quan; trường hợp luật không có quy định thì thực hiện theo thỏa thuận của các bên; trường hợp luật không quy định và các bên không có thỏa thuận thì thời điểm xác lập quyền sở hữu, quyền khác đối với tài sản là thời điểm tài sản được chuyển giao.

Thời điểm tài sản được chuyển giao là thời điểm bên có quyền hoặc người đại diện hợp pháp của họ chiếm hữu tài sản.

2. Trường hợp tài sản chưa được chuyển giao mà phát sinh hoa lợi, lợi tức thì hoa lợi, lợi tức thuộc về bên có tài sản chuyển giao, trừ trường hợp có thỏa thuận khác.

Điều 162. Chịu rủi ro về tài sản

1. Chủ sở hữu phải chịu rủi ro về tài sản thuộc sở hữu của mình, trừ trường hợp có thỏa thuận khác hoặc Bộ luật này, luật khác có liên quan quy định khác.

2. Chủ thể có quyền khác đối với tài sản phải chịu rủi ro về tài sản trong phạm vi quyền của mình, trừ trường hợp có thỏa thuận khác với chủ sở hữu tài sản hoặc Bộ luật này, luật khác có liên quan quy định khác.

Mục 2. BẢO VỆ QUYỀN SỞ HỮU, QUYỀN KHÁC ĐỐI VỚI TÀI SẢN

Điều 163. Bảo vệ quyền sở hữu, quyền khác đối với tài sản

1. Không ai có thể bị hạn chế, bị tước đoạt trái luật quyền sở hữu, quyền khác đối với tài sản.

2. Trường hợp thật cần thiết vì lý do quốc phòng, an ninh hoặc vì lợi ích quốc gia, tình trạng khẩn cấp, phòng chống thiên tai, Nhà nước trưng mua hoặc trưng dụng có bồi thường tài sản của tổ chức, cá nhân theo giá thị trường.

Điều 164. Biện pháp bảo vệ quyền sở hữu, quyền khác đối với tài sản

1. Chủ sở hữu, chủ thể có quyền khác đối với tài sản có quyền tự bảo vệ, ngăn chặn bất kỳ người nào có hành vi xâm phạm quyền của mình bằng những biện pháp không trái với quy định của pháp luật.

2. Chủ sở hữu, chủ thể có quyền khác đối với tài sản có quyền yêu cầu Tòa án, cơ quan nhà nước có thẩm quyền khác buộc người có hành vi xâm phạm quyền phải trả lại tài sản, chấm dứt hành vi cản trở trái pháp luật việc thực hiện quyền sở hữu, quyền khác đối với tài sản và yêu cầu bồi thường thiệt hại.

Điều 165. Chiếm hữu có căn cứ pháp luật

1. Chiếm hữu có căn cứ pháp luật là việc chiếm hữu tài sản trong trường hợp sau đây:

a) Chủ sở hữu chiếm hữu tài sản;

b) Người được chủ sở hữu ủy quyền quản lý tài sản;

c) Người được chuyển giao quyền chiếm hữu thông qua giao dịch dân sự phù hợp với quy định của pháp luật;

d) Người phát hiện và giữ tài sản vô chủ, tài sản không xác định được ai là chủ sở hữu, tài sản bị đánh rơi, bị bỏ quên, bị chôn, giấu, bị vùi lấp, chìm đắm phù hợp với điều kiện theo quy định của Bộ luật này, quy định khác của pháp luật có liên quan;

đ) Người phát hiện và giữ gia súc, gia cầm, vật nuôi dưới nước bị thất lạc phù hợp với điều kiện theo quy định của Bộ luật này, quy định khác của pháp luật có liên quan;

e) Trường hợp khác do pháp luật quy định.

2. Việc chiếm hữu tài sản không phù hợp với quy định tại khoản 1 Điều này là chiếm hữu không có căn cứ pháp luật.

Điều 166. Quyền đòi lại tài sản

1. Chủ sở hữu, chủ thể có quyền khác đối với tài sản có quyền đòi lại tài sản từ người chiếm hữu, người sử dụng tài sản, người được lợi về tài sản không có căn cứ pháp luật.

2. Chủ sở hữu không có quyền đòi lại tài sản từ sự chiếm hữu của chủ thể đang có quyền khác đối với tài sản đó.

Điều 167. Quyền đòi lại động sản không phải đăng ký quyền sở hữu từ người chiếm hữu ngay tình

Chủ sở hữu có quyền đòi lại động sản không phải đăng ký quyền sở hữu từ người chiếm hữu ngay tình trong trường hợp người chiếm hữu ngay tình có được động sản này thông qua hợp đồng không có đền bù với người không có quyền định đoạt tài sản; trường hợp hợp đồng này là hợp đồng có đền bù thì chủ sở hữu có quyền đòi lại động sản nếu động sản đó bị lấy cắp, bị mất hoặc trường hợp khác bị chiếm hữu ngoài ý chí của chủ sở hữu.

Điều 168. Quyền đòi lại động sản phải đăng ký quyền sở hữu hoặc bất động sản từ người chiếm hữu ngay tình

Chủ sở hữu được đòi lại động sản phải đăng ký quyền sở hữu hoặc bất động sản từ người chiếm hữu ngay tình, trừ trường hợp quy định tại khoản 2 Điều 133 của Bộ luật này.

Điều 169. Quyền yêu cầu chấm dứt hành vi cản trở trái pháp luật đối với việc thực hiện quyền sở hữu, quyền khác đối với tài sản

Khi thực hiện quyền sở hữu, quyền khác đối với tài sản, chủ thể có quyền yêu cầu người có hành vi cản trở trái pháp luật phải chấm dứt hành vi đó hoặc có quyền yêu cầu Tòa án, cơ quan nhà nước có thẩm quyền khác buộc người đó chấm dứt hành vi vi phạm.

Điều 170. Quyền yêu cầu bồi thường thiệt hại

Chủ sở hữu, chủ thể có quyền khác đối với tài sản có quyền yêu cầu người có hành vi xâm phạm quyền sở hữu, quyền khác đối với tài sản bồi thường thiệt hại.

Mục 3. GIỚI HẠN QUYỀN SỞ HỮU, QUYỀN KHÁC ĐỐI VỚI TÀI SẢN

Điều 171. Quyền và nghĩa vụ của chủ sở hữu, chủ thể có quyền khác đối với tài sản trong trường hợp xảy ra tình thế cấp thiết

1. Tình thế cấp thiết là tình thế của người vì muốn tránh một nguy cơ đang thực tế đe dọa trực tiếp lợi ích công cộng, quyền, lợi ích hợp pháp của mình hoặc của người khác mà không còn cách nào khác là phải có hành động gây một thiệt hại nhỏ hơn thiệt hại cần ngăn chặn.

2. Trong tình thế cấp thiết, chủ sở hữu, chủ thể có quyền khác đối với tài sản không được cản trở người khác dùng tài sản của mình hoặc cản trở người khác gây thiệt hại đối với tài sản đó để ngăn chặn, làm giảm mối nguy hiểm hoặc thiệt hại lớn hơn có nguy cơ xảy ra.

3. Gây thiệt hại trong tình thế cấp thiết không phải là hành vi xâm phạm quyền sở hữu, quyền khác đối với tài sản. Chủ sở hữu, chủ thể có quyền khác đối với tài sản bị thiệt hại trong tình thế cấp thiết được bồi thường thiệt hại theo quy định tại Điều 595 của Bộ luật này.

Điều 172. Nghĩa vụ bảo vệ môi trường

Khi thực hiện quyền sở hữu, quyền khác đối với tài sản thì chủ thể phải tuân theo quy định của pháp luật về bảo vệ môi trường; nếu làm ô nhiễm môi trường thì phải chấm dứt hành vi gây ô nhiễm, thực hiện các biện pháp để khắc phục hậu quả và bồi thường thiệt hại.

Điều 173. Nghĩa vụ tôn trọng, bảo đảm trật tự, an toàn xã hội

Khi thực hiện quyền sở hữu, quyền khác đối với tài sản thì chủ thể phải tôn trọng, bảo đảm trật tự, an toàn xã hội, không được lạm dụng quyền để gây mất trật tự, an toàn xã hội, làm thiệt hại đến lợi ích quốc gia, dân tộc, lợi ích công cộng, quyền, lợi ích hợp pháp của người khác.

Điều 174. Nghĩa vụ tôn trọng quy tắc xây dựng

Khi xây dựng công trình, chủ sở hữu, chủ thể có quyền khác đối với tài sản phải tuân theo pháp luật về xây dựng, bảo đảm an toàn, không được xây vượt quá độ cao, khoảng cách mà pháp luật về xây dựng quy định và không được xâm phạm đến quyền, lợi ích hợp pháp của chủ sở hữu, người có quyền khác đối với tài sản là bất động sản liền kề và xung quanh.

Điều 175. Ranh giới giữa các bất động sản

1. Ranh giới giữa các bất động sản liền kề được xác định theo thỏa thuận hoặc theo quyết định của cơ quan nhà nước có thẩm quyền.

Ranh giới cũng có thể được xác định theo tập quán hoặc theo ranh giới đã tồn tại từ 30 năm trở lên mà không có tranh chấp.

Không được lấn, chiếm, thay đổi mốc giới ngăn cách, kể cả trường hợp ranh giới là kênh, mương, hào, rãnh, bờ ruộng. Mọi chủ thể có nghĩa vụ tôn trọng, duy trì ranh giới chung.

2. Người sử dụng đất được sử dụng không gian và lòng đất theo chiều thẳng đứng từ ranh giới của thửa đất phù hợp với quy định của pháp luật và không được làm ảnh hưởng đến việc sử dụng đất của người khác.

Người sử dụng đất chỉ được trồng cây và làm các việc khác trong khuôn viên đất thuộc quyền sử dụng của mình và theo ranh giới đã được xác định; nếu rễ cây, cành cây vượt quá ranh giới thì phải xén rễ, cắt, tỉa cành phần vượt quá, trừ trường hợp có thỏa thuận khác.

Điều 176. Mốc giới ngăn cách các bất động sản

1. Chủ sở hữu bất động sản chỉ được dựng cột mốc, hàng rào, trồng cây, xây tường ngăn trên phần đất thuộc quyền sử dụng của mình.

2. Các chủ sở hữu bất động sản liền kề có thể thỏa thuận với nhau về việc dựng cột mốc, hàng rào, trồng cây, xây tường ngăn trên ranh giới để làm mốc giới ngăn cách giữa các bất động sản; những vật mốc giới này là sở hữu chung của các chủ thể đó.

Trường hợp mốc giới ngăn cách chỉ do một bên tạo nên trên ranh giới và được chủ sở hữu bất động sản liền kề đồng ý thì mốc giới ngăn cách đó là sở hữu chung, chi phí để xây dựng do bên tạo nên chịu, trừ trường hợp có thỏa thuận khác; nếu chủ sở hữu bất động sản liền kề không đồng ý mà có lý do chính đáng thì chủ sở hữu đã dựng cột mốc, hàng rào, trồng cây, xây tường ngăn phải dỡ bỏ.

3. Đối với mốc giới là tường nhà chung, chủ sở hữu bất động sản liền kề không được trổ cửa sổ, lỗ thông khí hoặc đục tường để đặt kết cấu xây dựng, trừ trường hợp được chủ sở hữu bất động sản liền kề đồng ý.
</file>
<file name="in2/luat-thue-gtgt.txt">
Luật Thuế giá trị gia tăng

Điều 1. Phạm vi Điều chỉnh

Luật này quy định về đối tượng chịu thuế, đối tượng không chịu thuế, người nộp thuế, căn cứ và phương pháp tính thuế, khấu trừ và hoàn thuế giá trị gia tăng.

Điều 2. Thuế giá trị gia tăng

Thuế giá trị gia tăng là thuế tính trên giá trị tăng thêm của hàng hóa, dịch vụ phát sinh trong quá trình từ sản xuất, lưu thông đến tiêu dùng.

Điều 3. Đối tượng chịu thuế

Hàng hóa, dịch vụ sử dụng cho sản xuất, kinh doanh và tiêu dùng ở Việt Nam là đối tượng chịu thuế giá trị gia tăng, trừ các đối tượng quy định tại Điều 5 của Luật này.

Điều 4. Người nộp thuế

Người nộp thuế giá trị gia tăng là tổ chức, cá nhân sản xuất, kinh doanh hàng hóa, dịch vụ chịu thuế giá trị gia tăng (sau đây gọi là cơ sở kinh doanh) và tổ chức, cá nhân nhập khẩu hàng hóa chịu thuế giá trị gia tăng (sau đây gọi là người nhập khẩu).

Điều 5. Đối tượng không chịu thuế

1. Sản phẩm trồng trọt, chăn nuôi, thủy sản nuôi trồng, đánh bắt chưa chế biến thành các sản phẩm khác hoặc chỉ qua sơ chế thông thường của tổ chức, cá nhân tự sản xuất, đánh bắt bán ra và ở khâu nhập khẩu.

2. Sản phẩm là giống vật nuôi, giống cây trồng, bao gồm trứng giống, con giống, cây giống, hạt giống, tinh dịch, phôi, vật liệu di truyền.

3. Tưới, tiêu nước; cày, bừa đất; nạo vét kênh, mương nội đồng phục vụ sản xuất nông nghiệp; dịch vụ thu hoạch sản phẩm nông nghiệp.

4. Sản phẩm muối được sản xuất từ nước biển, muối mỏ tự nhiên, muối tinh, muối i-ốt.

5. Nhà ở thuộc sở hữu Nhà nước do Nhà nước bán cho người đang thuê.

6. Chuyển quyền sử dụng đất

7. Bảo hiểm nhân thọ, bảo hiểm người học, bảo hiểm vật nuôi, bảo hiểm cây trồng và tái bảo hiểm.

8. Dịch vụ cấp tín dụng; kinh doanh chứng khoán; chuyển nhượng vốn; dịch vụ tài chính phát sinh, bao gồm hoán đổi lãi suất, hợp đồng kỳ hạn, hợp đồng tương lai, quyền chọn mua, bán ngoại tệ và các dịch vụ tài chính phát sinh khác theo quy định của pháp luật.

9. Dịch vụ y tế, dịch vụ thú y, bao gồm dịch vụ khám bệnh, chữa bệnh, phòng bệnh cho người và vật nuôi.

10. Dịch vụ bưu chính, viễn thông công ích và In-ter-net phổ cập theo chương trình của Chính phủ.

11. Dịch vụ phục vụ công cộng về vệ sinh, thoát nước đường phố và khu dân cư; duy trì vườn thú, vườn hoa, công viên, cây xanh đường phố, chiếu sáng công cộng; dịch vụ tang lễ.

12. Duy tu, sửa chữa, xây dựng bằng nguồn vốn đóng góp của nhân dân, vốn viện trợ nhân đạo đối với các công trình văn hóa, nghệ thuật, công trình phục vụ công cộng, cơ sở hạ tầng và nhà ở cho đối tượng chính sách xã hội.

13. Dạy học, dạy nghề theo quy định của pháp luật.

14. Phát sóng truyền thanh, truyền hình bằng nguồn vốn ngân sách nhà nước.

15. Xuất bản, nhập khẩu, phát hành báo, tạp chí, bản tin chuyên ngành, sách chính trị, sách giáo khoa, giáo trình, sách văn bản pháp luật, sách khoa học – kỹ thuật, sách in bằng chữ dân tộc thiểu số và tranh, ảnh, áp phích tuyên truyền cổ động, kể cả dưới dạng băng hoặc đĩa ghi tiếng, ghi hình, dữ liệu điện tử; in tiền.

16. Vận chuyển hành khách công cộng bằng xe buýt, xe điện.

17. Máy móc, thiết bị, vật tư thuộc loại trong nước chưa sản xuất được cần nhập khẩu để sử dụng trực tiếp cho hoạt động nghiên cứu khoa học, phát triển công nghệ; máy móc, thiết bị, phụ tùng thay thế, phương tiện vận tải chuyên dùng và vật tư thuộc loại trong nước chưa sản xuất được cần nhập khẩu để tiến hành hoạt động tìm kiếm, thăm dò, phát triển mỏ dầu, khí đốt; tàu bay, dàn khoan, tàu thủy thuộc loại trong nước chưa sản xuất được cần nhập khẩu tạo tài sản cố định của doanh nghiệp, thuê của nước ngoài sử dụng cho sản xuất, kinh doanh và để cho thuê.

18. Vũ khí, khí tài chuyên dùng phục vụ quốc phòng, an ninh.

19. Hàng hóa nhập khẩu trong trường hợp viện trợ nhân đạo, viện trợ không hoàn lại; quà tặng cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội, tổ chức chính trị xã hội – nghề nghiệp, tổ chức xã hội, tổ chức xã hội – nghề nghiệp, đơn vị vũ trang nhân dân; quà biếu, quà tặng cho cá nhân tại Việt Nam theo mức quy định của Chính phủ; đồ dùng của tổ chức, cá nhân nước ngoài theo tiêu chuẩn miễn trừ ngoại giao; hàng mang theo người trong tiêu chuẩn hành lý miễn thuế.

Hàng hóa, dịch vụ bán cho tổ chức, cá nhân nước ngoài, tổ chức quốc tế để viện trợ nhân đạo, viên trợ không hoàn lại cho Việt Nam.

20. Hàng hóa chuyển khẩu, quá cảnh qua lãnh thổ Việt Nam; hàng tạm nhập khẩu, tái xuất khẩu; hàng tạm xuất khẩu, tái nhập khẩu; nguyên liệu nhập khẩu để sản xuất, gia công hàng hóa xuất khẩu theo hợp đồng sản xuất; gia công xuất khẩu ký kết với bên nước ngoài; hàng hóa, dịch vụ được mua bán giữa nước ngoài với các khu phi thuế quan và giữa các khu phi thuế quan với nhau.

21. Chuyển giao công nghệ theo quy định của Luật chuyển giao công nghệ; chuyển nhượng quyền sở hữu trí tuệ theo quy định của Luật sở hữu trí tuệ; phần mềm máy tính.

22. Vàng nhập khẩu dạng thỏi, miếng chưa được chế tác thành sản phẩm mỹ nghệ, đồ trang sức hay sản phẩm khác.

23. Sản phẩm xuất khẩu là tài nguyên, khoáng sản khai thác chưa chế biến theo quy định của Chính phủ.

24. Sản phẩm nhân tạo dùng để thay thế cho bộ phận cơ thể của người bệnh; nạng, xe lăn và dụng cụ chuyên dùng khác cho người tàn tật.

25. Hàng hóa, dịch vụ của cá nhân kinh doanh có mức thu nhập bình quân tháng thấp hơn mức lương tối thiểu chung áp dụng đối với tổ chức, doanh nghiệp trong nước.

Cơ sở kinh doanh hàng hóa, dịch vụ không chịu thuế giá trị gia tăng quy định tại Điều này không được khấu trừ và hoàn thuế giá trị gia tăng đầu vào, trừ trường hợp áp dụng mức thuế suất 0% quy định tại khoản 1 Điều 8 của Luật này.

Chương 2.

CĂN CỨ VÀ PHƯƠNG PHÁP TÍNH THUẾ

Điều 6. Căn cứ tính thuế

Căn cứ tính thuế giá trị gia tăng là giá tính thuế và thuế suất.

Điều 7. Giá tính thuế

1. Giá tính thuế được quy định như sau:

a) Đối với hàng hóa, dịch vụ do cơ sở sản xuất, kinh doanh bán ra là giá bán chưa có thuế giá trị gia tăng. Đối với hàng hóa, dịch vụ chịu thuế tiêu thụ đặc biệt là giá bán đã có thuế tiêu thụ đặc biệt nhưng chưa có thuế giá trị gia tăng;

b) Đối với hàng hóa nhập khẩu là giá nhập tại cửa khẩu cộng với thuế nhập khẩu (nếu có), cộng với thuế tiêu thụ đặc biệt (nếu có). Giá nhập tại cửa khẩu được xác định theo quy định về giá tính thuế hàng nhập khẩu.

c) Đối với hàng hóa, dịch vụ dùng để trao đổi, tiêu dùng nội bộ, biếu tặng cho là giá tính thuế giá trị gia tăng của hàng hóa, dịch vụ cùng loại hoặc tương đương tại thời điểm phát sinh các hoạt động này;

d) Đối với hoạt động cho thuê tài sản là số tiền cho thuê chưa có thuế giá trị gia tăng;

Trường hợp cho thuê theo hình thức trả tiền thuê từng kỳ hoặc trả trước tiền thuê cho một thời hạn thuê thì giá tính thuế là tiền cho thuê trả từng thời kỳ hoặc trả trước cho thời hạn thuê chưa có thuế giá trị gia tăng;

Trường hợp thuê máy móc, thiết bị, phương tiện vận tải của nước ngoài loại trong nước chưa sản xuất được để cho thuê lại, giá tính thuế được trừ giá thuê phải trả cho nước ngoài.

đ) Đối với hàng hóa bán theo phương thức trả góp, trả chậm là giá tính theo giá bán trả một lần chưa có thuế giá trị gia tăng của hàng hóa đó, không bao gồm khoản lãi trả góp, lãi trả chậm;

e) Đối với gia công hàng hóa là giá gia công chưa có thuế giá trị gia tăng;

g) Đối với hoạt động xây dựng, lắp đặt là giá trị công trình, hạng mục công trình hay phần công việc thực hiện bàn giao chưa có thuế giá trị gia tăng. Trường hợp xây dựng, lắp đặt không bao thầu nguyên vật liệu, máy móc, thiết bị thì giá tính thuế là giá trị xây dựng, lắp đặt không bao gồm giá trị nguyên vật liệu và máy móc, thiết bị;

h) Đối với hoạt động kinh doanh bất động sản là giá bán bất động sản chưa có thuế giá trị gia tăng, trừ giá chuyển quyền sử dụng đất hoặc tiền thuê đất phải nộp ngân sách nhà nước;

i) Đối với hoạt động đại lý, môi giới mua bán hàng hóa và dịch vụ hưởng hoa hồng là tiền hoa hồng thu được từ các hoạt động này chưa có thuế giá trị gia tăng;

k) Đối với hàng hóa, dịch vụ được sử dụng chứng từ thanh toán ghi giá thanh toán là giá đã có thuế giá trị gia tăng thì giá tính thuế được xác định theo công thức sau:

Giá chưa có thuế giá trị gia tăng

=

Giá thanh toán

1 + thuế suất của hàng hóa, dịch vụ (%)

2. Giá tính thuế đối với hàng hóa, dịch vụ quy định tại khoản 1 Điều này bao gồm cả khoản phụ thu và phí thu thêm mà cơ sở kinh doanh được hưởng.

3. Giá tính thuế được xác định bằng đồng Việt Nam. Trường hợp người nộp thuế có doanh thu bằng ngoại tệ thì phải quy đổi ra đồng Việt Nam theo tỷ giá giao dịch bình quân trên thị trường ngoại tệ liên ngân hàng do Ngân hàng Nhà nước Việt Nam công bố tại thời điểm phát sinh doanh thu để xác định giá tính thuế.

Điều 8. Thuế suất
</file>
<file name="in2/nd142-2026-dieu-3.txt">
Điều 3. Giải thích từ ngữ 
Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau: 
1. Hồ sơ kỹ thuật của hệ thống trí tuệ nhân tạo có rủi ro cao là tập hợp tài liệu 
kỹ thuật phù hợp với mức độ rủi ro của hệ thống, phục vụ việc phân loại, đánh giá 
sự phù hợp, giám sát và xử lý sự cố, bao gồm mô tả chức năng hệ thống, mô tả dữ 
liệu huấn luyện, quy trình kiểm thử, biện pháp quản lý rủi ro và các thông tin kỹ 
thuật liên quan khác theo quy định của pháp luật. 
2. Mã định danh hệ thống trí tuệ nhân tạo là mã điện tử phục vụ quản lý hồ sơ 
được tạo lập tự động trên Cổng thông tin điện tử một cửa về trí tuệ nhân tạo khi nhà 
cung cấp thực hiện thông báo kết quả phân loại rủi ro. 
3. Giá trị chịu rủi ro là tổng giá trị bằng tiền của giao dịch hoặc tài sản mà tổ 
chức, cá nhân tham gia thử nghiệm đề xuất, phê duyệt hoặc thực thi trong phạm vi 
thử nghiệm có kiểm soát. 
4. Mô hình trí tuệ nhân tạo là thành phần thuật toán của hệ thống trí tuệ nhân 
tạo, được huấn luyện từ dữ liệu để học, biểu diễn và suy luận các quy luật của dữ 
liệu, qua đó tạo ra các đầu ra như dự đoán, nội dung, khuyến nghị hoặc quyết định. 
5. Thẻ mô hình là tài liệu đi kèm mô hình trí tuệ nhân tạo, cung cấp thông tin 
mô tả về đặc tính của mô hình, mục đích sử dụng, phạm vi áp dụng, các hạn chế và  
 

CÔNG BÁO/Số 278/Ngày 18-05-2026 
4
 
 
rủi ro tiềm ẩn, dữ liệu huấn luyện, các tham số và điều kiện huấn luyện, cũng như 
kết quả đánh giá hiệu năng của mô hình, nhằm bảo đảm khả năng minh bạch, truy 
vết và tái lập trong quá trình phát triển và sử dụng mô hình. 
6. Thẻ hệ thống là tài liệu mô tả hệ thống trí tuệ nhân tạo bao gồm thông tin về 
kiến trúc hệ thống, các thành phần cấu thành, mô hình được sử dụng, dữ liệu phục 
vụ huấn luyện hoặc tăng cường hệ thống, mục đích và phạm vi triển khai, các biện 
pháp bảo đảm an toàn, an ninh, cùng thông tin về sự cố, lỗ hổng hoặc biện pháp khắc 
</file>
<file name="in2/tro-cap-huu-tri.md">
# Chính thức mức trợ cấp hưu trí xã hội hằng tháng là bao nhiêu tiền từ ngày 1/7/2025 theo Nghị định 176?

### Nội dung chính

## Đối tượng và điều kiện hưởng trợ cấp hưu trí xã hội từ ngày 1/7/2025 ra sao?

Ngày 30/6/2025, Chính phủ ban hành Nghị định 176/2025/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về trợ cấp hưu trí xã hội. Trong đó có nêu đối tượng và điều kiện hưởng trợ cấp hưu trí xã hội.

Căn cứ tại Điều 2 Nghị định 176/2025/NĐ-CP quy định về như sau:
</file>
<file name="in2/tt06-2026.txt">
CÔNG BÁO/Số 106/Ngày 13-02-2026 
27
 
 
BỘ TÀI CHÍNH 
 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập - Tự do - Hạnh phúc  
 
Số: 06/2026/TT-BTC 
Hà Nội, ngày 26  tháng 01 năm 2026 
 
 
THÔNG TƯ  
Sửa đổi, bổ sung một số điều của Thông tư số 13/2015/TT-BTC ngày 30 
tháng 01 năm 2015 của Bộ trưởng Bộ Tài chính quy định về kiểm tra, giám 
sát, tạm dừng làm thủ tục hải quan đối với hàng hóa xuất khẩu, nhập khẩu 
có yêu cầu bảo vệ quyền sở hữu trí tuệ; kiểm soát hàng giả và hàng hóa 
xâm phạm quyền sở hữu trí tuệ được sửa đổi, bổ sung bởi Thông tư số 
13/2020/TT-BTC 
 
 
 
Căn cứ Luật Hải quan số 54/2014/QH13 được sửa đổi, bổ sung bởi Luật 
số 90/2025/QH15; 
Căn cứ Luật Sở hữu trí tuệ số 50/2005/QH11 được sửa đổi, bổ sung bởi Luật 
số 36/2009/QH12, Luật số 42/2019/QH14 và Luật số 07/2022/QH15; 
Căn cứ Luật Giao dịch điện tử số 20/2023/QH15;  
Căn cứ Nghị định số 08/2015/NĐ-CP ngày 21 tháng 01 năm 2015 của 
Chính phủ quy định chi tiết và biện pháp thi hành Luật Hải quan về thủ tục hải 
quan, kiểm tra, giám sát, kiểm soát hải quan được sửa đổi, bổ sung bởi Nghị định 
số 167/2025/NĐ-CP; 
Căn cứ Nghị định số 65/2023/NĐ-CP ngày 23 tháng 8 năm 2023 của Chính 
phủ quy định chi tiết một số điều và biện pháp thi hành Luật Sở hữu trí tuệ về sở 
hữu công nghiệp, bảo vệ quyền sở hữu công nghiệp, quyền đối với giống cây trồng 
và quản lý nhà nước về sở hữu trí tuệ; 
Căn cứ Nghị định số 17/2023/NĐ-CP ngày 26 tháng 4 năm 2023 của Chính 
phủ quy định chi tiết một số điều và biện pháp thi hành Luật Sở hữu trí tuệ về 
quyền tác giả, quyền liên quan;   
Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24 tháng 02 năm 2025 của 
Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ 
Tài chính được sửa đổi, bổ sung bởi Nghị định số 166/2025/NĐ-CP; 
Theo đề nghị của Cục trưởng Cục Hải quan,  
Bộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều 
của Thông tư số 13/2015/TT-BTC ngày 30 tháng 01 năm 2015 quy định về kiểm 
tra, giám sát, tạm dừng làm thủ tục hải quan đối với hàng hóa xuất khẩu, nhập 
khẩu có yêu cầu bảo vệ quyền sở hữu trí tuệ; kiểm soát hàng giả và hàng hóa xâm 
Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Cơ quan: VĂN PHÒNG CHÍNH PHỦ
Ngày ký: 2026-02-12 15:49:33 +07:00

CÔNG BÁO/Số 106/Ngày 13-02-2026 
28
 
 
phạm quyền sở hữu trí tuệ được sửa đổi, bổ sung bởi Thông tư số 13/2020/TT-BTC. 
Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 13/2015/TT-BTC 
đã được sửa đổi, bổ sung một số điều bởi Thông tư số 13/2020/TT-BTC 
1. Sửa đổi, bổ sung Điều 3 đã được sửa đổi, bổ sung theo quy định tại 
khoản 1 Điều 1 Thông tư số 13/2020/TT-BTC như sau:  
</file>
$ tracuu ingest --quiet --no-progress --db db2 --root in2 in2
$ tracuu search --db db2 --json 'huu tri' | jq -r .source
> tro-cap-huu-tri.md
> tt06-2026.txt
> luat-thue-gtgt.txt
> blds-quyen-so-huu.txt
