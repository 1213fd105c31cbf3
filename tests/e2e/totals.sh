#!/bin/sh
# totals.sh — "results 1–10 of N" is exact only when it is. With copies collapsed, Xapian's lower
# bound after the collapse falls under the 500 matches a search checks as soon as one copy is
# dropped, and was taken as "every candidate seen": over congbao-8chude and uts-vlc-laws,
# 'quy định' said "of 498" (exact) where 518 texts match, and over 6,672 documents 'thử việc' said
# "of 499" where 4,146 or more do. A total said to be exact must be the count the same search gives
# when asked to see every match (index/xapian_shim.cc xs_search).
. "$TRACUU_SRCDIR/tests/lib.sh"
need_shared
command -v jq >/dev/null 2>&1 || { echo "jq not installed: skipped" >&2; exit 77; }

run "$TRACUU" ingest --quiet --no-progress --db "$WORK/db" \
	"$TRACUU_SHARED/corpus/congbao-8chude/docs" "$TRACUU_SHARED/corpus/uts-vlc-laws/docs"
expect_rc 0 "ingest the gazette and the laws"

total() { # n query: "total exact"
	printf '%s\n' "$2" | "$TRACUU" search --db "$WORK/db" --batch -n "$1" | jq -r '"\(.total) \(.exact)"'
}
for q in 'quy định' 'cán bộ' 'nghị định' 'thông tư' 'thử việc'; do
	read -r full full_exact <<-EOF2
	$(total 1000 "$q")
	EOF2
	T_CHECKS=$((T_CHECKS + 1))
	[ "$full_exact" = true ] || fail "$q: asked to see every match, the total $full is not exact"
	for n in 1 10; do
		read -r t exact <<-EOF2
		$(total $n "$q")
		EOF2
		T_CHECKS=$((T_CHECKS + 1))
		[ "$exact" = false ] || [ "$t" = "$full" ] ||
			fail "$q, -n $n: the total $t is said to be exact, but $full texts match"
	done
done
# The same total on every page (h12f): an estimate followed the rows the page's match
# kept, so 'Cơ cấu tổ chức quản lý' said "about 508" on page 1 and 499 on page 2, and
# 'Quyền yêu cầu thi hành án' 507 on pages 1-3, 499 after. A later page's estimate is
# the first page's.
page_total() { # offset query: "total exact"
	printf '%s\n' "$2" | "$TRACUU" search --db "$WORK/db" --batch --offset "$1" | jq -r '"\(.total) \(.exact)"'
}
for q in 'Cơ cấu tổ chức quản lý' 'Quyền yêu cầu thi hành án' 'Luật tổ chức Quốc hội' \
	'Cuộc họp Thường trực Chính phủ' 'cán bộ'; do
	first=$(page_total 0 "$q")
	for off in 10 20 30 40; do
		T_CHECKS=$((T_CHECKS + 1))
		[ "$(page_total $off "$q")" = "$first" ] ||
			fail "$q: offset $off says $(page_total $off "$q"), the first page $first"
	done
done
# A total within twice what a search checks is counted in full, by the query's own bound
# from the collection's counts: Xapian's upper bound is lower over shards (each shard's
# added up), and counting by it made the same search exact over two remote shards and
# "about" over one index (the bench's shard line; lead, eleventh session: shards.sh).
T_CHECKS=$((T_CHECKS + 1))
[ "$(page_total 0 'Cơ cấu tổ chức quản lý')" = "499 true" ] ||
	fail "a total within twice what is checked is exact: $(page_total 0 'Cơ cấu tổ chức quản lý')"
finish
