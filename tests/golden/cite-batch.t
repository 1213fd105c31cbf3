# cite --batch: each card names its own text, read once a batch (cli/cmd_cite.c,
# seen_text). Two regulations' letterheads (short excerpts of congbao-8chude),
# asked in turn again and again: each line must name its own text, never the
# other's, and the same as a single cite.
<file name="in/luat-51-2024.txt">


CÔNG BÁO/Số 1523 + 1524/Ngày 29-12-2024
3

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

 QUỐC HỘI

Luật số: 51/2024/QH15


LUẬT
SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế
số 25/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 32/2013/QH13,
</file>
<file name="in/nd-188-2025.txt">

2
CÔNG BÁO/Số 977 + 978/Ngày 25-7-2025

2
VĂN BẢN QUY PHẠM PHÁP LUẬT

CHÍNH PHỦ

CHÍNH PHỦ

Số: 188/2025/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 01 tháng 7 năm 2025

NGHỊ ĐỊNH
Quy định chi tiết và hướng dẫn thi hành
 một số điều của Luật Bảo hiểm y tế

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008; Luật sửa đổi, bổ sung
một số điều của Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014; Luật sửa đổi, bổ
sung một số điều của Luật Bảo hiểm y tế ngày 27 tháng 11 năm 2024;
Căn cứ Luật số 90/2025/QH15 ngày 25 tháng 6 năm 2025 sửa đổi, bổ sung một
số điều của Luật Đấu thầu, Luật Đầu tư theo phương thức đối tác công tư, Luật
Hải quan, Luật Thuế giá trị gia tăng, Luật Thuế xuất khẩu, thuế nhập khẩu, Luật
Đầu tư, Luật Đầu tư công, Luật Quản lý, sử dụng tài sản công;
Căn cứ Nghị quyết số 190/2025/QH15 ngày 19 tháng 02 năm 2025 của Quốc hội
quy định về xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy nhà nước;
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ printf '51/2024/QH15\n188/2025/NĐ-CP\n188/2025/NĐ-CP\n51/2024/QH15\n90/2025/QH15\n51/2024/QH15\n188/2025/NĐ-CP\n' | tracuu cite --batch --db db | jq -c '{number, source: .source.source, id: .source.id}'
> {"number":"51/2024/QH15","source":"luat-51-2024.txt","id":1}
> {"number":"188/2025/NĐ-CP","source":"nd-188-2025.txt","id":2}
> {"number":"188/2025/NĐ-CP","source":"nd-188-2025.txt","id":2}
> {"number":"51/2024/QH15","source":"luat-51-2024.txt","id":1}
> {"number":"90/2025/QH15","source":null,"id":null}
> {"number":"51/2024/QH15","source":"luat-51-2024.txt","id":1}
> {"number":"188/2025/NĐ-CP","source":"nd-188-2025.txt","id":2}
? 0
$ tracuu cite --json --db db 51/2024/QH15 188/2025/NĐ-CP | jq -c '{number, source: .source.source, title: .source.title}'
> {"number":"51/2024/QH15","source":"luat-51-2024.txt","title":"Luật số 51/2024/QH15 sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế"}
> {"number":"188/2025/NĐ-CP","source":"nd-188-2025.txt","title":"Nghị định 188/2025/NĐ-CP: Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm y tế"}
? 0
$ printf '51/2024/QH15\n188/2025/NĐ-CP\n' | tracuu cite --batch --db db | jq -c '{number, source: .source.source, title: .source.title}'
> {"number":"51/2024/QH15","source":"luat-51-2024.txt","title":"Luật số 51/2024/QH15 sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế"}
> {"number":"188/2025/NĐ-CP","source":"nd-188-2025.txt","title":"Nghị định 188/2025/NĐ-CP: Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm y tế"}
? 0
# Blank lines and lines starting with # are skipped, as search --batch skips them; each answer
# names its line ("query"), a Windows line's CR and a byte-order mark left out.
$ printf '\357\273\277# numbers\r\n51/2024/QH15\r\n\r\n  90/2025/QH15 \n#188/2025/NĐ-CP\n' | tracuu cite --batch --db db | jq -c '{query, number}'
> {"query":"51/2024/QH15","number":"51/2024/QH15"}
> {"query":"  90/2025/QH15 ","number":"90/2025/QH15"}
? 0
