# Typos and run-together words (query/spell.c): a word read as the collection's word, and said so.
# Five articles of the Labour Code (45/2019/QH14) on labour contracts and one of the Land Law (45/2013/QH13).
<file name="in/blld-dieu-13.txt">
Điều 13. Hợp đồng lao động
1. Hợp đồng lao động là sự thỏa thuận giữa người lao động và người sử dụng lao động về việc làm có trả công, tiền lương, điều kiện lao động, quyền và nghĩa vụ của mỗi bên trong quan hệ lao động.
Trường hợp hai bên thỏa thuận bằng tên gọi khác nhưng có nội dung thể hiện về việc làm có trả công, tiền lương và sự quản lý, điều hành, giám sát của một bên thì được coi là hợp đồng lao động.
2. Trước khi nhận người lao động vào làm việc thì người sử dụng lao động phải giao kết hợp đồng lao động với người lao động.
</file>
<file name="in/blld-dieu-14.txt">
Điều 14. Hình thức hợp đồng lao động
1. Hợp đồng lao động phải được giao kết bằng văn bản và được làm thành 02 bản, người lao động giữ 01 bản, người sử dụng lao động giữ 01 bản, trừ trường hợp quy định tại khoản 2 Điều này.
Hợp đồng lao động được giao kết thông qua phương tiện điện tử dưới hình thức thông điệp dữ liệu theo quy định của pháp luật về giao dịch điện tử có giá trị như hợp đồng lao động bằng văn bản.
2. Hai bên có thể giao kết hợp đồng lao động bằng lời nói đối với hợp đồng có thời hạn dưới 01 tháng, trừ trường hợp quy định tại khoản 2 Điều 18, điểm a khoản 1 Điều 145 và khoản 1 Điều 162 của Bộ luật này.
</file>
<file name="in/blld-dieu-15.txt">
Điều 15. Nguyên tắc giao kết hợp đồng lao động
1. Tự nguyện, bình đẳng, thiện chí, hợp tác và trung thực.
2. Tự do giao kết hợp đồng lao động nhưng không được trái pháp luật, thỏa ước lao động tập thể và đạo đức xã hội.
</file>
<file name="in/blld-dieu-20.txt">
Điều 20. Loại hợp đồng lao động
1. Hợp đồng lao động phải được giao kết theo một trong các loại sau đây:
a) Hợp đồng lao động không xác định thời hạn là hợp đồng mà trong đó hai bên không xác định thời hạn, thời điểm chấm dứt hiệu lực của hợp đồng;
b) Hợp đồng lao động xác định thời hạn là hợp đồng mà trong đó hai bên xác định thời hạn, thời điểm chấm dứt hiệu lực của hợp đồng trong thời gian không quá 36 tháng kể từ thời điểm có hiệu lực của hợp đồng.
2. Khi hợp đồng lao động quy định tại điểm b khoản 1 Điều này hết hạn mà người lao động vẫn tiếp tục làm việc thì thực hiện như sau:
</file>
<file name="in/blld-dieu-21.txt">
Điều 21. Nội dung hợp đồng lao động
1. Hợp đồng lao động phải có những nội dung chủ yếu sau đây:
a) Tên, địa chỉ của người sử dụng lao động và họ tên, chức danh của người giao kết hợp đồng lao động bên phía người sử dụng lao động;
b) Họ tên, ngày tháng năm sinh, giới tính, nơi cư trú, số thẻ Căn cước công dân, Chứng minh nhân dân hoặc hộ chiếu của người giao kết hợp đồng lao động bên phía người lao động;
</file>
<file name="in/dat-dai-dieu-5.txt">
Điều 5. Người sử dụng đất
1. Tổ chức trong nước gồm cơ quan nhà nước, đơn vị vũ trang nhân dân, tổ chức chính trị, tổ chức chính trị - xã hội, tổ chức kinh tế, tổ chức chính trị xã hội - nghề nghiệp, tổ chức xã hội, tổ chức xã hội - nghề nghiệp, tổ chức sự nghiệp công lập và tổ chức khác theo quy định của pháp luật về dân sự (sau đây gọi chung là tổ chức);
2. Hộ gia đình, cá nhân trong nước (sau đây gọi chung là hộ gia đình, cá nhân);
3. Cộng đồng dân cư gồm cộng đồng người Việt Nam sinh sống trên cùng địa bàn thôn, làng, ấp, bản, buôn, phum, sóc, tổ dân phố và điểm dân cư tương tự có cùng phong tục, tập quán hoặc có chung dòng họ;
4. Cơ sở tôn giáo gồm chùa, nhà thờ, nhà nguyện, thánh thất, thánh đường, niệm phật đường, tu viện, trường đào tạo riêng của tôn giáo, trụ sở của tổ chức tôn giáo và cơ sở khác của tôn giáo;
</file>
$ tracuu ingest --quiet --no-progress --db db --root in in
? 0
# One tone typo: "đòng" is a syllable, but the collection holds "hợp đồng"
# and "đồng lao" in five documents and never with "đòng": read without its
# marks, said on stderr. First the article headed by the words typed.
$ tracuu search --color=never --db db --limit 1 'hợp đòng lao động'
> results 1–1 of 5 (every word, anywhere in the text)
> 
> 1. Điều 13. Hợp đồng lao động
>    blld-dieu-13.txt · id 1
>    … «Hợp đồng lao động» 1. «Hợp đồng lao động» là sự thỏa thuận giữa người «lao động» và người sử dụng «lao động» về việc làm có trả công, tiền lương, điều kiện «lao động», quyền và nghĩa vụ của mỗi bên trong quan hệ «lao» …
! tracuu: showing results for hợp dong lao động (read 'đòng' without its marks)
? 0
# Words run together: matched nothing before; now read as the collection's
# two-syllable word.
$ tracuu search --color=never --db db --limit 1 'laodong'
> results 1–1 of 5
> 
> 1. Điều 13. Hợp đồng lao động
>    blld-dieu-13.txt · id 1
>    … «lao động» 1. Hợp đồng «lao động» là sự thỏa thuận giữa người «lao động» và người sử dụng «lao động» về việc làm có trả công, tiền lương, điều kiện «lao động», quyền và nghĩa vụ của mỗi bên trong quan hệ «lao động». …
! tracuu: showing results for lao dong (read 'laodong' as 'lao dong')
? 0
$ tracuu search --color=never --db db --limit 1 'hợpđồng'
> results 1–1 of 5
> 
> 1. Điều 20. Loại hợp đồng lao động
>    blld-dieu-20.txt · id 4
>    … a) «Hợp đồng» lao động không xác định thời hạn là «hợp đồng» mà trong đó hai bên không xác định thời hạn, thời điểm chấm dứt hiệu lực của «hợp đồng»; b) «Hợp đồng» lao động xác định thời hạn là «hợp đồng» mà trong …
! tracuu: showing results for hợp đồng (read 'hợpđồng' as 'hợp đồng')
? 0
# A marked cluster that does not exist ("ngừoi" for "người").
$ tracuu search --color=never --db db --limit 1 'ngừoi lao động'
> results 1–1 of 4 (every word, anywhere in the text)
> 
> 1. Điều 13. Hợp đồng lao động
>    blld-dieu-13.txt · id 1
>    … «lao động» 1. Hợp đồng «lao động» là sự thỏa thuận giữa «người lao động» và người sử dụng «lao động» về việc làm có trả công, tiền lương, điều kiện «lao động», quyền và nghĩa vụ của mỗi bên trong quan hệ «lao động». …
! tracuu: showing results for nguoi lao động (read 'ngừoi' without its marks)
? 0
# In --batch, the same as fields of the line.
$ printf '%s\n' 'hợp đòng lao động' 'giao kết hợpđồng' | tracuu search --db db --batch --limit 1 | jq -c '{query, read_as, read_note, total, first: .results[0].source}'
> {"query":"hợp đòng lao động","read_as":"hợp dong lao động","read_note":"read 'đòng' without its marks","total":5,"first":"blld-dieu-13.txt"}
> {"query":"giao kết hợpđồng","read_as":"giao kết hợp đồng","read_note":"read 'hợpđồng' as 'hợp đồng'","total":5,"first":"blld-dieu-15.txt"}
? 0
# Telex typed with the input method off (h14f: 0 results): each word the collection does not
# hold is read as the syllable its Telex keys make, when the collection holds that; said.
# "tax" is a Telex "tã" the collection does not hold: left as typed.
$ printf '%s\n' 'hopwj ddoongf lao ddoongj' 'nguowif suwr dungj' 'giao keets tax' | tracuu search --db db --batch --limit 1 | jq -c '{read_as, read_note, total}'
> {"read_as":"hợp đồng lao động","read_note":"read 'hopwj' as Telex: 'hợp'; read 'ddoongf' as Telex: 'đồng'; read 'ddoongj' as Telex: 'động'","total":5}
> {"read_as":"người sử dụng","read_note":"read 'nguowif' as Telex: 'người'; read 'suwr' as Telex: 'sử'; read 'dungj' as Telex: 'dụng'","total":4}
> {"read_as":"giao kết tax","read_note":"read 'keets' as Telex: 'kết'","total":0}
? 0
# Correct words are never rewritten: "dòng" stands in one document, "dòng
# họ" in one, so nothing says it was mistyped.
$ tracuu search --color=never --db db --limit 1 'dòng họ'
> results 1–1 of 2 (every word, anywhere in the text)
> 
> 1. Điều 5. Người sử dụng đất
>    dat-dai-dieu-5.txt · id 6
>    … phố và điểm dân cư tương tự có cùng phong tục, tập quán hoặc có chung «dòng họ»; 4. Cơ sở tôn giáo gồm chùa, nhà thờ, nhà nguyện, thánh thất, thánh đường, niệm phật đường, tu viện, trường đào tạo riêng của tôn giáo, …
? 0
$ tracuu search --color=never --db db --limit 1 'hợp đồng lao động'
> results 1–1 of 5 (every word, anywhere in the text)
> 
> 1. Điều 13. Hợp đồng lao động
>    blld-dieu-13.txt · id 1
>    … «Hợp đồng lao động» 1. «Hợp đồng lao động» là sự thỏa thuận giữa người «lao động» và người sử dụng «lao động» về việc làm có trả công, tiền lương, điều kiện «lao động», quyền và nghĩa vụ của mỗi bên trong quan hệ «lao» …
? 0
# A run-together word that a few documents do hold (a site's name in a list
# of sources) is still read as the words it runs together when those are a
# hundred times commoner; quoted, it is searched as typed.
<file name="site/nsnd.md">
^ "Triển lãm nghệ thuật của NSND Vương Duy Biên tại Pháp" . laodong.vn . ngày 17 tháng 9 năm 2018. Truy cập ngày 5 tháng 7 năm 2024 .
</file>
$ for i in $(seq 101); do printf 'Điều %s. Người lao động được nghỉ hằng năm.\n' "$i" > site/dieu-$i.txt; done; tracuu ingest --quiet --no-progress --db sdb --root site site
$ tracuu search --db sdb --json 'laodong' | jq -s -r 'length, (map(select(.source == "nsnd.md")) | length)'
> 10
> 0
! tracuu: showing results for lao dong (read 'laodong' as 'lao dong'; 1 document holds 'laodong' as typed: quote it to search for it)
$ tracuu search --db sdb --json '"laodong"' | jq -r .source
> nsnd.md
