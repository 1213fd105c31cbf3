# Card subjects read from mentions, the classes still wrong after h9t (issue
# 17, item 7's class; excerpts of tvpl-legal-news and congbao-8chude). What a
# mention says an article is about ("Điều 11 Nghị định số 24/2012/NĐ-CP về
# điều kiện cấp …") is the text's subject only when no other mention names
# one; a clause that quotes the article, a question's words and a clause
# after a comma are none; a heading that goes on past its type ("THÔNG BÁO
# KẾT LUẬN") opens the subject under it, and a heading's clause in capitals
# ("CỦA ĐỒNG CHÍ …") goes on past a blank line ("TẠI HỘI NGHỊ …").
<file name="in/vang.md">
Bên cạnh đó, Nghị định số 232/2025/NĐ-CP sửa đổi, bổ sung khoản 2 Điều 3 của Nghị định số 24/2012/NĐ-CP về khái niệm vàng miếng: "2. Vàng miếng là sản phẩm vàng được dập thành miếng".

Đáng chú ý, Nghị định đã bổ sung Điều 11a sau Điều 11 Nghị định số 24/2012/NĐ-CP về điều kiện cấp Giấp phép sản xuất vàng miếng. Cụ thể như sau:

Đáng chú ý, Nghị định đã bổ sung Điều 11a sau Điều 11 Nghị định số 24/2012/NĐ-CP về điều kiện cấp Giấp phép sản xuất vàng miếng. Cụ thể như sau:
</file>
<file name="in/thong-tu-vang.md">
Thống đốc Ngân hàng Nhà nước Việt Nam đã ký ban hành Thông tư số 34/2025/TT-NHNN hướng dẫn một số điều của Nghị định số 24/2012/NĐ-CP ngày 03/4/2012 của Chính phủ về quản lý hoạt động kinh doanh vàng được sửa đổi, bổ sung bởi Nghị định số 232/2025/NĐ-CP.
</file>
<file name="in/dong-gop.md">
**Lưu ý:**** **Tại Điều 19 Nghị định 93/2021/NĐ-CP và Điều 23 Nghị định 93/2021/NĐ-CP về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ khắc phục khó khăn do thiên tai, dịch bệnh, sự cố; hỗ trợ bệnh nhân mắc bệnh hiểm nghèo.
</file>
<file name="in/dac-xa.md">
# Quyết định 266/2025/QĐ-CTN về đối tượng được đặc xá dịp lễ 30 4 2025? Điều kiện được đặc xã dịp lễ 30 4 2025?

Theo Điều 1, Điều 2 Quyết định 266/2025/QĐ-CTN về đối tượng được đặc xá dịp lễ 30 4 2025 như sau:

Chủ tịch nước ban hành Quyết định 266/2025/QĐ-CTN ngày 10/4/2025 về đặc xá năm 2025.
</file>
<file name="in/bhxh.txt">
a) Căn cứ dự toán chi ngân sách nhà nước được cấp có thẩm quyền giao, 
BHXH Việt Nam phân bổ dự toán chi tiết theo các chế độ quy định tại Điều 27 
Nghị định số 115/2015/NĐ-CP ngày 11 tháng 11 năm 2015 của Chính phủ quy 
định chi tiết một số điều của Luật BHXH về BHXH bắt buộc, gửi Bộ Tài chính để 
thẩm định theo quy định của Luật Ngân sách nhà nước.
</file>
<file name="in/432.md">
BAN CHẤP HÀNH
TRUNG ƯƠNG
**VĂN PHÒNG**
*****
|
**ĐẢNG CỘNG
SẢN VIỆT NAM**
---------------
|
|
Số 432-TB/VPTW
|
*Hà Nội, ngày
26 tháng 11 năm 2025*
|
**THÔNG BÁO KẾT LUẬN**
CỦA ĐỒNG CHÍ TỔNG BÍ THƯ
TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ VÀ CÁC BAN, BỘ, NGÀNH TRUNG ƯƠNG VỀ
CÔNG TÁC CHĂM SÓC VÀ BẢO VỆ TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT
**-----**
Ngày 24/11/2025, tại Trụ sở
Trung ương Đảng, đồng chí Tổng Bí thư đã có buổi làm việc với Đảng uỷ Bộ Y tế.
</file>
<file name="in/07.md">
|
BAN CHẤP HÀNH
TRUNG ƯƠNG
**VĂN PHÒNG**
*
|
**ĐẢNG CỘNG SẢN
VIỆT NAM**
---------------
|
|
Số 07-KL/VPTW
|
*Hà Nội, ngày 01 tháng 12 năm 2025*
|


**KẾT LUẬN**

CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG

TẠI HỘI NGHỊ TOÀN QUỐC CÔNG TÁC VĂN PHÒNG TỈNH
UỶ, THÀNH UỶ NĂM 2025

-----

Hội nghị toàn quốc công tác
văn phòng tỉnh uỷ, thành uỷ năm 2025 tổ chức ngày 26/11/2025 đã thống nhất đánh
giá kết quả hoạt động của Văn phòng Trung ương Đảng.
</file>
$ tracuu ingest --quiet --no-progress --db db in
$ tracuu cite --db db --json 24/2012/NĐ-CP 93/2021/NĐ-CP 266/2025/QĐ-CTN 115/2015/NĐ-CP 432-TB/VPTW 07-KL/VPTW | jq -c '{number, subject, subjects: [.evidence.subject[].value]}'
> {"number":"24/2012/NĐ-CP","subject":"quản lý hoạt động kinh doanh vàng","subjects":["quản lý hoạt động kinh doanh vàng"]}
> {"number":"93/2021/NĐ-CP","subject":"vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ khắc phục khó khăn do thiên tai, dịch bệnh, sự cố","subjects":["vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ khắc phục khó khăn do thiên tai, dịch bệnh, sự cố"]}
> {"number":"266/2025/QĐ-CTN","subject":"đặc xá năm 2025","subjects":["đặc xá năm 2025"]}
> {"number":"115/2015/NĐ-CP","subject":"quy định chi tiết một số điều của Luật BHXH về BHXH bắt buộc","subjects":["quy định chi tiết một số điều của Luật BHXH về BHXH bắt buộc"]}
> {"number":"432-TB/VPTW","subject":"kết luận của đồng chí Tổng Bí thư tại buổi làm việc với Đảng uỷ Bộ Y tế và các ban, bộ, ngành Trung ương về công tác chăm sóc và bảo vệ trẻ em có hoàn cảnh đặc biệt","subjects":["kết luận của đồng chí Tổng Bí thư tại buổi làm việc với Đảng uỷ Bộ Y tế và các ban, bộ, ngành Trung ương về công tác chăm sóc và bảo vệ trẻ em có hoàn cảnh đặc biệt"]}
> {"number":"07-KL/VPTW","subject":"của đồng chí chánh Văn phòng Trung ương Đảng tại hội nghị toàn quốc công tác Văn phòng Tỉnh uỷ, thành uỷ năm 2025","subjects":["của đồng chí chánh Văn phòng Trung ương Đảng tại hội nghị toàn quốc công tác Văn phòng Tỉnh uỷ, thành uỷ năm 2025"]}
