# sweep-h13d.t — what h13d's sweep fixed (docs/trust-sweep.md, h13d): old numbers and labelled
# blocks that name a text.
#
# The laws of 1957 open with their type heading and a line in capitals giving the promulgating
# decree's number (a Sắc lệnh, SL, the law's own number after it: 103-SL/L.005), the date and
# the subject; there is no "Số:" letterhead. Head of uts-vlc-laws/docs/
# luat-dam-bao-quyen-tu-do-than-the-va-quyen-bat-kha-xam-pham-doi-voi-nha-o-do-vat-thu-tin-cua-nhan-dan.txt.
# Before: no number, type or date, titled "Luật Số 103-SL/L.005 ngày 20-5-1957 …".
<file name="in/luat-1957.txt">
LUẬT

SỐ 103-SL/L.005 NGÀY 20-5-1957 ĐẢM BẢO QUYỀN TỰ DO THÂN THỂ VÀ QUYỀN BẤT KHẢ XÂM PHẠM ĐỐI VỚI NHÀ Ở, ĐỒ VẬT, THƯ TÍN CỦA NHÂN DÂN

CHỦ TỊCH NƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ

RA SẮC LỆNH

Nay ban bố luật quy định quyền tự do thân thể và quyền bất khả xâm phạm đối với nhà ở, đồ vật, thư tín của nhân dân đã được Quốc hội biểu quyết trong khoá họp thứ VI như sau:

LUẬT

ĐẢM BẢO QUYỀN TỰ DO THÂN THỂ VÀ QUYỀN BẤT KHẢ  XÂM PHẠM ĐỐI VỚI NHÀ Ở, ĐỒ VẬT, THƯ TÍN CỦA NHÂN DÂN

Chương 1:

</file>
# anle.toaan.gov.vn's precedent page: its attribute table ("Số án lệ", "Tên án lệ", "Ngày
# công bố", "Ngày áp dụng") read as vbpl.vn's is. Excerpt of vbpl-html/pages/anle_thuoctinh.html
# (its <title> and its table). Before: titled "63/2023/AL", no date.
<file name="in/anle.html">
<!DOCTYPE HTML>
<html class="p_AFMaximized" dir="ltr" lang="en-US"><head><title>63/2023/AL</title>
</head><body>
<div class="tab-pane fade " id="thuoctinh" role="tabpanel">
                  <div class="box-tab">
                     <table class="table table-striped table-bordered">
                        <tbody>
                           <tr>
                              <th class="w30 col-md-4">S&#7889; &aacute;n l&#7879;</th>
                              <td class="col-md-8">
                                 <a>63/2023/AL
                                 </a>
                              </td>
                           </tr>
                           <tr>
                              <th>T&ecirc;n &aacute;n l&#7879;</th>
                              <td>V&#7873; xem x&eacute;t quy&#7871;t &#273;&#7883;nh h&agrave;nh ch&iacute;nh c&oacute; li&ecirc;n quan &#273;&#7871;n h&agrave;nh vi h&agrave;nh ch&iacute;nh b&#7883; khi&#7871;u ki&#7879;n
                              </td>
                           </tr>
                           <tr>
                              <th>Ng&agrave;y th&ocirc;ng qua</th>
                              <td>
                                 <span class="text-xanhduong">01/02/2023
                                 </span>
                              </td>
                           </tr>
                           <tr>
                              <th>Ng&agrave;y c&ocirc;ng b&#7889;</th>
                              <td>
                                 <span class="text-xanhla">24/02/2023
                                 </span>
                              </td>
                           </tr>
                           <tr>
                              <th>Quy&#7871;t &#273;&#7883;nh c&ocirc;ng b&#7889;</th>
                              <td>
                                 <a href="http://vbpq.toaan.gov.vn/webcenter/portal/htvb/chi-tiet?dDocName=TAND291475" target="_blank">Quy&#7871;t &#273;&#7883;nh 39/Q&#272;-CA v&#7873; vi&#7879;c c&ocirc;ng b&#7889; &aacute;n l&#7879;</a>
                              </td>
                           </tr>
                           <tr>
                              <th>Ng&agrave;y &aacute;p d&#7909;ng</th>
                              <td>
                                 <span class="text-do">27/03/2023
                                 </span>
                              </td>
                           </tr>
</tbody></table></div></div>
</body></html>
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
$ tracuu show --db db --json 103-SL/L.005 | jq -c '{title, number, type, date}'
> {"title":"Luật Đảm bảo quyền tự do thân thể và quyền bất khả xâm phạm đối với nhà ở, đồ vật, thư tín của nhân dân số 103-SL/L.005","number":"103-SL/L.005","type":"Luật","date":"1957-05-20"}
? 0
$ tracuu show --db db --json 63/2023/AL | jq -c '{title, number, type, date}'
> {"title":"Án lệ 63/2023/AL: Xem xét quyết định hành chính có liên quan đến hành vi hành chính bị khiếu kiện","number":"63/2023/AL","type":"Án lệ","date":"2023-02-24"}
? 0
$ tracuu cite --db db --json 63/2023/AL | jq -c '{subject, date, effective, status}'
> {"subject":"xem xét quyết định hành chính có liên quan đến hành vi hành chính bị khiếu kiện","date":"2023-02-24","effective":"2023-03-27","status":"in force"}
? 0
