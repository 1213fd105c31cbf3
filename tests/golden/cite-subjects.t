# A card's subject is what the text is about, not what one of its articles
# says (issue 17, item 7's class; excerpts of tvpl-legal-news pages). After
# "Điều 4 Nghị định 73/2024/NĐ-CP", "quy định về chế độ tiền thưởng" is the
# article's content; a citation in full (with its date or its body) still
# goes on with the title. An opening with nothing after it, a headline's
# question, or an amendment of articles it names without the text is no
# subject either.
<file name="in/thuong.md">
**> Tổng hợp Biểu mẫu theo Nghị định 73 về tiền thưởng cuối năm 2025**

Căn cứ Điều 4 Nghị định 73/2024/NĐ-CP quy định về chế độ tiền thưởng như sau:

Căn cứ theo Điều 5 Nghị định 73/2024/NĐ-CP quy định về kinh phí thực hiện chi tiền thưởng như sau:

Căn cứ khoản 1 Điều 3 Nghị định số 73/2024/NĐ-CP ngày 30 tháng 6 năm 2024 của Chính phủ quy định mức lương cơ sở và chế độ tiền thưởng đối với cán bộ, công chức, viên chức và lực lượng vũ trang.
</file>
<file name="in/giao-thong.md">
**Nghị định 168/2024/NĐ-CP quy định về gì?**

**(1) **Nghị định 168/2024/NĐ-CP quy định về:
</file>
<file name="in/dat.md">
Theo đó, Nghị định số 291/2025/NĐ-CP sửa đổi, bổ sung khoản 1 Điều 17 như sau: Hộ gia đình, cá nhân thuộc đối tượng được miễn hoặc giảm tiền sử dụng đất theo quy định tại Điều 18, Điều 19 Nghị định số 103/2024/NĐ-CP chỉ được miễn hoặc giảm một lần tiền sử dụng đất.

Chính phủ ban hành Nghị định số 291/2025/NĐ-CP ngày 6/11/2025 sửa đổi, bổ sung một số điều của Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 quy định về tiền sử dụng đất, tiền thuê đất.
</file>
$ tracuu ingest --quiet --no-progress --db db in
$ tracuu cite --db db --json 73/2024/NĐ-CP | jq -c '{subject, subjects: [.evidence.subject[].value]}'
> {"subject":"quy định mức lương cơ sở và chế độ tiền thưởng đối với cán bộ, công chức, viên chức và lực lượng vũ trang","subjects":["quy định mức lương cơ sở và chế độ tiền thưởng đối với cán bộ, công chức, viên chức và lực lượng vũ trang"]}
$ tracuu cite --db db --json 168/2024/NĐ-CP | jq -c '{subject, subjects: [.evidence.subject[].value]}'
> {"subject":null,"subjects":[]}
$ tracuu cite --db db --json 291/2025/NĐ-CP | jq -c '{subject, subjects: [.evidence.subject[].value]}'
> {"subject":"sửa đổi, bổ sung một số điều của Nghị định số 103/2024/NĐ-CP","subjects":["sửa đổi, bổ sung một số điều của Nghị định số 103/2024/NĐ-CP"]}
