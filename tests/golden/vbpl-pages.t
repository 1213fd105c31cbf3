# Pages saved from vbpl.vn (the National Legal Database): the page's content, not the portal's
# menus, and its attribute table read into the fields a letterhead fills (docs/trust-sweep.md,
# h11g). Excerpts of vbpl-html/pages/vbpl_thuoctinh.html and vbpl_v2.html.
#
# An attribute page ("Thuộc tính") has no article that stands out (its cells are short): its
# text is the page's after furniture is taken out, with the menus of links (issuing bodies,
# types, the tabs, the breadcrumb) and the master page's hidden placeholder gone. Before, the
# whole page was kept, menus and "This div, which you should delete" with it. The table is
# written one field a line, "label: value | value", and read as thuvienphapluat's block is:
# number, type, issuing body and issue date; the signer is the cell the label's "Người ký"
# names (the third here, the second on a consolidated text's page).
<file name="p/vbpl_thuoctinh.html">
<html><head><meta charset="utf-8"><title>
		Trung ương
</title></head><body>
<div id="menu"><ul><li><a href="/TW">Trung ương</a></li><li><a href="/">CSDL Quốc Gia</a></li></ul></div>
<div class="box-container"><div class="box-content-01">
<div class="top"><div><a href="javascript:;">Cơ quan ban hành</a></div></div>
<div class="content"><ul class="category" id="capCQ">
<li><span><a href="/TW/Pages/vanban.aspx?cqbh=55&dvid=13"> Quốc hội </a></span></li>
<li><span><a href="/TW/Pages/vanban.aspx?cqbh=456&dvid=13"> Ủy ban thường vụ Quốc hội </a></span></li>
<li><span><a href="/TW/Pages/vanban.aspx?cqbh=1&dvid=13"> Chính phủ </a></span></li>
</ul></div></div></div>
<div class="box-container"><div class="box-content-01">
<div class="top"><div><a href="javascript:;">Loại văn bản</a></div></div>
<div class="content"><ul class="category" id="loaiVB">
<li><span><a href="/TW/Pages/vanban.aspx?idLoaiVanBan=15&dvid=13"> Hiến pháp</a></span></li>
<li><span><a href="/TW/Pages/vanban.aspx?idLoaiVanBan=16&dvid=13"> Bộ luật</a></span></li>
<li><span><a href="/TW/Pages/vanban.aspx?idLoaiVanBan=17&dvid=13"> Luật</a></span></li>
</ul></div></div></div>
<div class="box-container"><div class="box-tab-vb">
<div class="box-map"><ul>
<li> <a href="/">CSDL quốc gia về VBPL</a><span> » </span></li>
<li> <a href="/TW">CSDL Trung ương</a><span> » </span></li>
<li> <a href="/tw/pages/home.aspx">Văn bản pháp luật</a><span> » </span></li>
<li> <a href=""> Bộ luật 101/2015/QH13</a><span></span></li>
</ul></div>
<div class="header"><ul>
<li><a href="/TW/Pages/vbpq-toanvan.aspx?ItemID=96172&Keyword="> <span><b class="fulltext">Toàn văn</b></span></a></li>
<li><a href="/TW/Pages/vbpq-thuoctinh.aspx?ItemID=96172" class="selected"><span><b class="properties">Thuộc tính</b></span></a></li>
<li><a href="/TW/Pages/vbpq-lichsu.aspx?ItemID=96172&Keyword="> <span><b class="history">Lịch sử</b></span></a></li>
</ul></div>
<div class="content"><div class="fulltext">
<div class="vbInfo"><ul>
<li class="red"><span>Hiệu lực: </span> Còn hiệu lực</li>
<li class="green"><span>Ngày có hiệu lực: </span> 01/01/2018</li>
</ul></div>
<div class="vbProperties"><table cellpadding="0px" cellspacing="1px" border="none" width="100%"><tbody>
<tr><td colspan="4" class="title"> Tố tụng hình sự </td></tr>
<tr><td style="width: 25%;" class="label"> Số ký hiệu </td><td style="width: 25%;"> 101/2015/QH13 </td><td style="width: 25%;" class="label"> Ngày ban hành </td><td> 27/11/2015 </td></tr>
<tr><td class="label"> Loại văn bản </td><td> <a href="/TW/Pages/vanban.aspx?idLoaiVanBan=16"> Bộ luật </a> </td><td class="label"> Ngày có hiệu lực </td><td> 01/01/2018 </td></tr>
<tr><td class="label"> Nguồn thu thập </td><td> Công báo số 1271 đến 1276, năm 2015 </td><td class="label"> Ngày đăng công báo </td><td> 31/12/2015 </td></tr>
<tr><td rowspan="1" class="label"> Cơ quan ban hành/ Chức danh / Người ký </td><td> <a href="/TW/Pages/vanban.aspx?cqbh=55"> Quốc hội</a> </td><td> Chủ tịch Quốc hội </td><td> Nguyễn Sinh Hùng </td></tr>
<tr><td colspan="4" class="title"> Tình trạng hiệu lực: Còn hiệu lực </td></tr>
</tbody></table></div>
</div></div></div></div>
<div data-name="ContentPlaceHolderMain" style="display:none;">
<div class="DefaultContentBlock"> This div, which you should delete, represents the content area that your Page Layouts and pages will fill. Design your Master Page around this content placeholder. </div>
</div>
</body></html>
</file>
# A consolidated text's attribute page: dated by the day it was authenticated ("Ngày xác
# thực"), not by the issue date of the first law it joins, listed below with its own "Số ký
# hiệu:15/2012/QH13"; its body is "Cơ quan hợp nhất".
<file name="p/vbpl_v2.html">
<html><head><meta charset="utf-8"><title>Trung ương</title></head><body>
<div class="vbProperties"><table><tbody>
<tr><td colspan="4" class="title"> hợp nhất Luật Xử lý vi phạm hành chính </td></tr>
<tr><td class="label"> Số ký hiệu </td><td> 31/VBHN-VPQH </td><td class="label"> Loại VB được sửa đổi bổ sung </td><td> Luật </td></tr>
<tr><td class="label"> Ngày xác thực </td><td> 07/12/2020 </td><td class="label"> Ngày đăng công báo </td><td> 26/03/2021 </td></tr>
<tr><td class="label"> Cơ quan hợp nhất/ Người ký/ Chức danh </td><td> Văn phòng Quốc hội </td><td> Nguyễn Hạnh Phúc </td><td> Chủ nhiệm </td></tr>
</tbody></table></div>
<div class="vbhn"><p><strong>Văn bản được hợp nhất</strong></p><ul>
<li><a href="/TW/Pages/vbpq-toanvan.aspx?ItemID=27776">Luật 15/2012/QH13 Xử lý vi phạm hành chính</a>
<p>Số ký hiệu:15/2012/QH13</p><p>Ngày ban hành: 20/06/2012</p><p>Ngày có hiệu lực: 01/07/2013</p></li>
</ul></div>
</body></html>
</file>
# The attribute page lists the number with no subject: the card's own text is the law's full
# text, whose letterhead names it (its heading "BỘ LUẬT / TỐ TỤNG HÌNH SỰ"), though the
# attribute page comes first (before, the first letterhead's document was taken, whatever it
# named). Excerpt of vbpl_v3.html's letterhead, first article and Article 509.
<file name="p/vbpl_v3.html">
<html><head><meta charset="utf-8"><title>Trung ương</title></head><body>
<div class="content"><div class="fulltext"><div>
<table width="30%" cellpadding="1" border="0" align="left"><tr><td width="22%" valign="baseline" align="center">
<div align="center"><b>QUỐC HỘI</b></div>
<div style="padding-top:5px;text-align:center;">Số: 101/2015/QH13</div>
</td></tr></table>
<table width="50%" cellpadding="1" border="0" align="right"><tr><td>
<div style="padding: 5px; text-align: center;"><b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></div>
<div style="padding: 5px; text-align: center;"><b>Độc lập - Tự do - Hạnh phúc</b></div>
<div style="padding: 5px; text-align: center;"><i>Hà Nội, ngày 27 tháng 11 năm 2015</i></div>
</td></tr></table>
<div style="clear:both;"></div>
<div class="toanvancontent" id="toanvancontent">
<p align="center"><strong>BỘ LUẬT</strong></p>
<p align="center"><strong>TỐ TỤNG HÌNH SỰ</strong></p>
<p><em>Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;</em></p>
<p><em>Quốc hội ban hành Bộ luật tố tụng hình sự,</em></p>
<p><strong>Điều 1. Phạm vi điều chỉnh</strong></p>
<p>Bộ luật tố tụng hình sự quy định trình tự, thủ tục tiếp nhận, giải quyết nguồn tin về tội phạm, khởi tố, điều tra, truy tố, xét xử và một số thủ tục thi hành án hình sự; nhiệm vụ, quyền hạn và mối quan hệ giữa các cơ quan có thẩm quyền tiến hành tố tụng; nhiệm vụ, quyền hạn và trách nhiệm của người có thẩm quyền tiến hành tố tụng; quyền và nghĩa vụ của người tham gia tố tụng, cơ quan, tổ chức, cá nhân; hợp tác quốc tế trong tố tụng hình sự.</p>
<p align="center"><strong>ĐIỀU KHOẢN THI HÀNH</strong></p>
<p><strong>Điều <a name="Phan_chín_Dieu_509"></a>509. Hiệu lực thi hành</strong></p>
<p>1. Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2016.</p>
</div></div></div></div>
</body></html>
</file>
# A text with no number ("Số ký hiệu: Không số", the constitution): the breadcrumb says
# "Hiến pháp Không số", the type alone once "Không số" is dropped; the table's first row names
# it whole, "Hiến pháp năm 2013", and titles it (h11i; before, "Hiến pháp"). The table's first
# row is the subject of a numbered text too: "Bộ luật Tố tụng hình sự số 101/2015/QH13" above,
# not the breadcrumb's "Bộ luật 101/2015/QH13"; a consolidated text's "hợp nhất Luật Xử lý vi
# phạm hành chính" less the words its type says. Excerpt of vbpl_thuoctinh_2.html.
<file name="p/vbpl_thuoctinh_2.html">
<html><head><meta charset="utf-8"><title>Trung ương</title></head><body>
<div id="menu"><ul><li><a href="/TW">Trung ương</a></li><li><a href="/">CSDL Quốc Gia</a></li></ul></div>
<div class="box-container"><div class="box-tab-vb">
<div class="box-map"><ul>
<li> <a href="/">CSDL quốc gia về VBPL</a><span> » </span></li>
<li> <a href="/TW">CSDL Trung ương</a><span> » </span></li>
<li> <a href="/tw/pages/home.aspx">Văn bản pháp luật</a><span> » </span></li>
<li> <a href=""> Hiến pháp Không số</a><span></span></li>
</ul></div>
<div class="content"><div class="fulltext">
<div class="vbInfo"><ul>
<li class="red"><span>Hiệu lực: </span> Còn hiệu lực</li>
<li class="green"><span>Ngày có hiệu lực: </span> 01/01/2014</li>
</ul></div>
<div class="vbProperties"><table cellpadding="0px" cellspacing="1px" border="none" width="100%"><tbody>
<tr><td colspan="4" class="title">
                                    Hiến pháp năm 2013
</td></tr>
<tr><td style="width: 25%;" class="label"> Số ký hiệu </td><td style="width: 25%;"> Không số </td><td style="width: 25%;" class="label"> Ngày ban hành </td><td> 28/11/2013 </td></tr>
<tr><td class="label"> Loại văn bản </td><td> <a href="/TW/Pages/vanban.aspx?idLoaiVanBan=15"> Hiến pháp </a> </td><td class="label"> Ngày có hiệu lực </td><td> 01/01/2014 </td></tr>
<tr><td rowspan="1" class="label"> Cơ quan ban hành/ Chức danh / Người ký </td><td> <a href="/TW/Pages/vanban.aspx?cqbh=55"> Quốc hội</a> </td><td> Chủ tịch Quốc hội </td><td> Nguyễn Sinh Hùng </td></tr>
</tbody></table></div>
</div></div></div></div>
</body></html>
</file>
# A consolidated text's diagram ("Lược đồ"): the breadcrumb names it by the type of the law it
# joins, "Luật 31/VBHN-VPQH"; its number says it is a consolidated text, titled as its attribute
# page's letterhead titles it, "Văn bản hợp nhất 31/VBHN-VPQH" (h11i; before, "Luật …").
# Excerpt of vbpl_luocdo_hopnhat.html.
<file name="p/vbpl_luocdo_hopnhat.html">
<html><head><meta charset="utf-8"><title>
		Trung ương
</title></head><body>
<div id="menu"><ul><li><a href="/TW">Trung ương</a></li><li><a href="/">CSDL Quốc Gia</a></li></ul></div>
<div class="box-map"><ul>
<li><a href="/">
    Cổng thông tin</a><span> » </span></li>
<li><a href="/tw">
		CSDL Trung ương</a><span> » </span></li>
<li><a href="/TW/pages/vbpq-vanbanhopnhat.aspx">
		Văn bản hợp nhất</a><span> » </span></li>
<li><a href="">
		Luật 31/VBHN-VPQH</a><span></span></li>
</ul></div>
<div class="content"><div class="fulltext"><div class="vbInfo"><ul>
<li class="green"><span></span>
	Luật 31/VBHN-VPQH</li>
<li class="green"><span>Ngày ký xác thực: </span>
	07/12/2020</li>
</ul></div>
<ul><li><a href="/TW/Pages/vbpq-toanvan.aspx?ItemID=27621">Luật 15/2012/QH13</a> Ngày ban hành: 20/06/2012</li>
<li><a href="/TW/Pages/vbpq-toanvan.aspx?ItemID=36878">Luật 54/2014/QH13</a> Ngày ban hành: 23/06/2014</li></ul>
</div></div>
</body></html>
</file>
$ tracuu ingest --quiet --no-progress --db db --root p p
? 0
$ tracuu show --db db vbpl_thuoctinh.html | sed 1,2d | grep -v '^hash\|^bytes\|^$'
> title:   Bộ luật Tố tụng hình sự số 101/2015/QH13
> number:  101/2015/QH13
> type:    Bộ luật
> issuer:  Quốc hội
> signer:  Nguyễn Sinh Hùng
> date:    2015-11-27
> format:  html
> Hiệu lực: Còn hiệu lực
> Ngày có hiệu lực: 01/01/2018
> Tố tụng hình sự
> Số ký hiệu: 101/2015/QH13
> Ngày ban hành: 27/11/2015
> Loại văn bản: Bộ luật
> Ngày có hiệu lực: 01/01/2018
> Nguồn thu thập: Công báo số 1271 đến 1276, năm 2015
> Ngày đăng công báo: 31/12/2015
> Cơ quan ban hành/ Chức danh / Người ký: Quốc hội | Chủ tịch Quốc hội | Nguyễn Sinh Hùng
> Tình trạng hiệu lực: Còn hiệu lực
? 0
$ tracuu show --db db vbpl_v2.html | sed -n 3,8p
> title:   Văn bản hợp nhất 31/VBHN-VPQH: Luật Xử lý vi phạm hành chính
> number:  31/VBHN-VPQH
> type:    Văn bản hợp nhất
> issuer:  Văn phòng Quốc hội
> signer:  Nguyễn Hạnh Phúc
> date:    2020-12-07
? 0
$ tracuu cite --db db 101/2015/QH13 | grep 'its own text\|subject'
>   subject       Tố tụng hình sự (its letterhead)
>   its own text  vbpl_v3.html · id 5
? 0
# The portal's attribute table states the day the code took effect, "Ngày có hiệu lực:
# 01/01/2018": a resolution not in the collection (103/2015/QH13, then 144/2016/QH13) put off the
# day its Article 509 names, 01/07/2016. The portal's stated date is the effective date (the status
# follows it); the text's own sentence stands beside it (h12e; before, 2016-07-01 alone).
$ tracuu cite --db db 101/2015/QH13 | grep '^  effective'
>   effective     2018-01-01 (id 2: "Ngày có hiệu lực: 01/01/2018"); its text says 2016-07-01 (id 5: "1. Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2016.")
? 0
$ tracuu cite --db db --as-of 2017-01-01 --json 101/2015/QH13 | jq -c '[.effective, .effective_in_text.date, .status]'
> ["2018-01-01","2016-07-01","not yet in force"]
? 0
$ tracuu show --db db vbpl_thuoctinh_2.html | sed -n 3p
> title:   Hiến pháp năm 2013
? 0
$ tracuu show --db db vbpl_luocdo_hopnhat.html | sed -n 3p
> title:   Văn bản hợp nhất 31/VBHN-VPQH
? 0
# A text with no number whose page neither a heading nor an attribute table names: its related
# texts ("VB liên quan") and its diagram ("Lược đồ"). The breadcrumb gives the type alone, "Hiến
# pháp"; the page's script sets the title a browser shows, "Hiến pháp Không số Hiến pháp năm
# 2013" (the <title> is the site's "Trung ương"), which names it whole after "Không số" (h12e;
# before, both pages were titled "Hiến pháp"). Excerpt of vbpl_related_doc.html: the site's
# own script that sets its name first, then the page's.
<file name="q/vbpl_related_doc.html">
<html><head><meta charset="utf-8"><title>Trung ương</title>
<script type="text/javascript">
        document.title = 'Cơ sở dữ liệu quốc gia về văn bản quy phạm pháp luật Trung ương';
</script>
</head><body>
<div id="menu"><ul><li><a href="/TW">Trung ương</a></li><li><a href="/">CSDL Quốc Gia</a></li></ul></div>
<script type="text/javascript">
    $(document).ready(function () {

    });
    var title1 = 'Hiến pháp Không số Hiến pháp năm 2013';
    if (title1.length > 80) {
        title1 = title1.substring(0, 79) + '...';
    }
    document.title = title1 + ' - Cơ sở dữ liệu quốc gia về VBQPPL - Trung ương';
</script>
<div class="box-map"><ul>
<li> <a href="/">CSDL quốc gia về VBPL</a><span> » </span></li>
<li> <a href="/TW">CSDL Trung ương</a><span> » </span></li>
<li> <a href="/tw/pages/home.aspx">Văn bản pháp luật</a><span> » </span></li>
<li> <a href=""> Hiến pháp Không số</a><span></span></li>
</ul></div>
<div class="content"><div class="fulltext">
<div class="vbInfo"><ul>
<li class="green">Hiến pháp Không số</li>
<li class="red"><span>Hiệu lực: </span> Còn hiệu lực</li>
<li class="green"><span>Ngày có hiệu lực: </span> 01/01/2014</li>
</ul></div>
<div class="vbLienQuan"><table><tbody><tr><td class="label">Văn bản dẫn chiếu</td><td><ul class="listVB">
<li><div class="item"><p class="title"><a href="/TW/Pages/vbpq-toanvan.aspx?ItemID=11234">Hiến pháp Không số Hiến pháp năm 1992</a></p>
<p class="green"><label>Ngày ban hành:</label> 15/04/1992</p></div></li>
<li><div class="item"><p class="title"><a href="/TW/Pages/vbpq-toanvan.aspx?ItemID=1534">Hiến pháp Không số Hiến pháp năm 1980</a></p>
<p class="green"><label>Ngày ban hành:</label> 18/12/1980</p></div></li>
</ul></td></tr></tbody></table></div>
</div></div>
</body></html>
</file>
$ tracuu ingest --quiet --no-progress --db db2 --root q q
? 0
$ tracuu show --db db2 vbpl_related_doc.html | sed -n 3p
> title:   Hiến pháp năm 2013
? 0
# A precedent's page from anle.toaan.gov.vn opens with its script's loading line and the skip
# link for screen readers; neither is text (h12e; before, every precedent's text opened with
# "Loading..." and "Skip to main content"). Excerpt of anle_thuoctinh.html.
<file name="r/anle_thuoctinh.html">
<html><head><meta charset="utf-8"><title>Án lệ</title></head><body class="x1bl">
<div id="afr::DocWrapper"><div id="docrt"><a id="docrt::skip" href="#" class="x1h7">Skip to main content</a>
<div><span><img src="loading_lg.gif" alt=""><span class="x1n8">Loading...</span></span></div>
<div><h2>Tòa án nhân dân tối cao</h2><p>Trang tin điện tử về án lệ</p></div>
<div><h1>63/2023/AL</h1><p>Về xem xét quyết định hành chính có liên quan đến hành vi hành chính bị khiếu kiện</p></div>
<div><p>Số án lệ: 63/2023/AL</p>
<p>Tên án lệ: Về xem xét quyết định hành chính có liên quan đến hành vi hành chính bị khiếu kiện</p>
<p>Ngày thông qua: 01/02/2023</p>
<p>Ngày công bố: 24/02/2023</p>
<p>Quyết định công bố: Quyết định 39/QĐ-CA về việc công bố án lệ</p>
<p>Ngày áp dụng: 27/03/2023</p>
<p>Nguồn án lệ: Quyết định giám đốc thẩm số 04/2018/HC-GĐT ngày 23/10/2018 của Uỷ ban Thẩm phán Toà án nhân dân cấp cao tại Đà Nẵng về vụ án hành chính “Khiếu kiện quyết định hành chính”.</p></div>
</div></div>
</body></html>
</file>
$ tracuu ingest --quiet --no-progress --db db3 --root r r
? 0
$ tracuu show --db db3 anle_thuoctinh.html | sed '1,/^$/d' | grep -c 'Loading\|Skip to'
> 0
? 1
$ tracuu show --db db3 anle_thuoctinh.html | sed '1,/^$/d' | grep -m1 .
> Tòa án nhân dân tối cao
? 0
# The same page lists the other precedents in a table, a row each: number, name, and a
# download link's "Tải về". A data row's cells are written " | " apart, as a Markdown table's
# are (h14g; before, they were joined by a space and 56/2022/AL's subject, read from the
# row, was "giải quyết tranh chấp di dời mồ mả Tải về", like 11 other precedents' cards).
<file name="s/anle_thuoctinh.html">
<html><head><meta charset="utf-8"><title>Án lệ</title></head><body>
<div><h1>63/2023/AL</h1><p>Về xem xét quyết định hành chính có liên quan đến hành vi hành chính bị khiếu kiện</p></div>
<div><p>Số án lệ: 63/2023/AL</p>
<p>Ngày công bố: 24/02/2023</p></div>
<table><tbody>
                              <tr>
                                 <td class="text-center">56/2022/AL
                                 </td>
                                 <td class="text-justify">
                                    <span class="">V&#7873; vi&#7879;c gi&#7843;i quy&#7871;t tranh ch&#7845;p di d&#7901;i m&#7891; m&#7843;
                                    </span>
                                 </td>
                                 <td class="text-center" style="width:85px">
                                    <a class="text-muted" href="/webcenter/ShowProperty?nodeId=/UCMServer/TAND281187">
                                       <i class="fas fa-cloud-download-alt mr-5"></i>T&#7843;i v&#7873;</a>
                                 </td>
                              </tr>
</tbody></table>
</body></html>
</file>
$ tracuu ingest --quiet --no-progress --db db4 --root s s
? 0
$ tracuu show --db db4 anle_thuoctinh.html | grep '^56/2022/AL'
> 56/2022/AL | Về việc giải quyết tranh chấp di dời mồ mả | Tải về
? 0
$ tracuu cite --db db4 56/2022/AL | grep subject
>   subject       giải quyết tranh chấp di dời mồ mả (1 of 1 mention)
? 0
