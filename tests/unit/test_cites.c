/* test_cites.c — unit tables for index/cites.c: stored mention, named and part lines read back field by field, numbers read within their field. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "index/cites.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* A mention line as the index stores them, and what cites_parse_line reads. Each
 * line is parsed as a slice of a buffer in which `after` follows it (the next
 * stored line): a number field must never read on into it. */
static const struct mention_row {
	const char *line, *after;
	int rc;
	const char *canonical, *subject, *signer, *relation, *effective, *expires;
	int year, from_context, letterhead;
	size_t start, end, sent_start, sent_end, eff_start, eff_end;
	int of_article;
} mention_rows[] = {
	/* 23 fields: a regulation's own letterhead with no effective date; the
	 * empty "start,end" and expiry fields end the line, and the next line
	 * starts with a number's digits. */
	{ "19/2022/TT-BKHĐT\tqppl\t19\t2022\tTT\tThông tư\t2022-08-10\tBKHĐT\tBộ Kế hoạch và Đầu tư\t0\t"
	  "Quy định chế độ báo cáo thống kê\t1\t54\t73\t0\t120\tNguyễn Chí Dũng\t\t\t\t\t\t",
	  "\n94/2016/NĐ-CP\tqppl\t94\t2016\tNĐ\tNghị định\t2016-07-01\tCP\tChính phủ\t0\t\t0\t400\t413\t380\t500",
	  0, "19/2022/TT-BKHĐT", "Quy định chế độ báo cáo thống kê", "Nguyễn Chí Dũng", "", "", "",
	  2022, 0, 1, 54, 73, 0, 120, 0, 0, 0 },
	/* 23 fields with an effective date, its sentence and an expiry. */
	{ "03/2025/TT-BKHĐT\tqppl\t3\t2025\tTT\tThông tư\t2025-01-15\tBKHĐT\tBộ Kế hoạch và Đầu tư\t0\t"
	  "Quy định chế độ báo cáo\t1\t60\t76\t0\t90\tNguyễn Chí Dũng\t\t\t\t2025-03-01\t1200,1275\t2030-12-31",
	  "\n", 0, "03/2025/TT-BKHĐT", "Quy định chế độ báo cáo", "Nguyễn Chí Dũng", "", "2025-03-01",
	  "2030-12-31", 2025, 0, 1, 60, 76, 0, 90, 1200, 1275, 0 },
	/* 23 fields: a cited number the text replaces, on a part of it. */
	{ "19/2022/TT-BKHĐT\tqppl\t19\t2022\tTT\tThông tư\t\tBKHĐT\tBộ Kế hoạch và Đầu tư\t1\t\t0\t"
	  "900\t916\t850\t990\t\treplaces\tĐiều 3\t03/2025/TT-BKHĐT\t2025-03-01\t\t",
	  "\n7\t", 0, "19/2022/TT-BKHĐT", "", "", "replaces", "2025-03-01", "", 2022, 1, 0, 900, 916,
	  850, 990, 0, 0, 0 },
	/* 24 fields: a subject read after an article's name ("Điều 11 Nghị
	 * định số 24/2012/NĐ-CP về điều kiện cấp …"). */
	{ "24/2012/NĐ-CP\tqppl\t24\t2012\tNĐ\tNghị định\t\tCP\tChính phủ\t0\t"
	  "điều kiện cấp Giấp phép sản xuất vàng miếng\t0\t120\t133\t60\t220\t\t\t\t\t\t\t\t1",
	  "\n2", 0, "24/2012/NĐ-CP", "điều kiện cấp Giấp phép sản xuất vàng miếng", "", "", "", "",
	  2012, 0, 0, 120, 133, 60, 220, 0, 0, 1 },
	/* 16 fields (before the signer): an empty issuer-from-context field
	 * before a subject that starts with digits reads 0, not the year. */
	{ "94/2016/NĐ-CP\tqppl\t94\t2016\tNĐ\tNghị định\t2016-07-01\tCP\tChính phủ\t\t"
	  "2016 quy định chi tiết\t0\t10\t23\t5\t60",
	  "9", 0, "94/2016/NĐ-CP", "2016 quy định chi tiết", "", "", "", "", 2016, 0, 0, 10, 23, 5,
	  60, 0, 0, 0 },
	/* 17 fields: the signer; an empty year reads 0. */
	{ "57-NQ/TW\tparty\t57\t\tNQ\tNghị quyết\t2024-12-22\tTW\tBan Chấp hành Trung ương\t0\t\t1\t0\t8\t0\t"
	  "40\tTô Lâm",
	  "", 0, "57-NQ/TW", "", "Tô Lâm", "", "", "", 0, 0, 1, 0, 8, 0, 40, 0, 0, 0 },
	/* Not mention lines: a named relation's line (empty number), the wrong
	 * number of fields. */
	{ "\tname\tLuật\tThống kê\t2015\tbased-on\t\t19/2022/TT-BKHĐT\t2022-10-01\t1\t2\t3\t4\tluat:thongke",
	  "", -1, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
	{ "19/2022/TT-BKHĐT\tqppl\t19", "", -1, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0,
	  0, 0, 0 },
};

static void test_parse_line(void **state)
{
	(void)state;
	for (size_t i = 0; i < N_ELEMS(mention_rows); i++) {
		const struct mention_row *r = &mention_rows[i];
		size_t len = strlen(r->line), alen = strlen(r->after);
		/* The line's exact bytes in a heap block, the next line after it,
		 * and no NUL: a read past the field is what ASan or the value tells. */
		char *buf = malloc(len + alen ? len + alen : 1);
		memcpy(buf, r->line, len);
		memcpy(buf + len, r->after, alen);
		struct stored_mention m;
		int rc = cites_parse_line(buf, len, &m);
		if (rc != r->rc)
			fail_msg("row %zu: rc %d, want %d", i, rc, r->rc);
		if (rc == 0) {
			const char *got_s[] = { m.canonical, m.subject, m.signer, m.relation, m.effective,
						m.expires };
			const char *want_s[] = { r->canonical, r->subject, r->signer, r->relation,
						 r->effective, r->expires };
			for (size_t k = 0; k < N_ELEMS(got_s); k++)
				if (strcmp(got_s[k], want_s[k]) != 0)
					fail_msg("row %zu: string field %zu is \"%s\", want \"%s\"", i, k,
						 got_s[k], want_s[k]);
			const size_t got_n[] = { (size_t)m.year, (size_t)m.issuer_from_context,
						 (size_t)m.letterhead, m.start, m.end, m.sent_start,
						 m.sent_end, m.eff_start, m.eff_end,
						 (size_t)m.subject_of_article };
			const size_t want_n[] = { (size_t)r->year, (size_t)r->from_context,
						  (size_t)r->letterhead, r->start, r->end, r->sent_start,
						  r->sent_end, r->eff_start, r->eff_end,
						  (size_t)r->of_article };
			static const char *const names[] = { "year", "issuer_from_context", "letterhead",
							     "start", "end", "sent_start", "sent_end",
							     "eff_start", "eff_end", "subject_of_article" };
			for (size_t k = 0; k < N_ELEMS(got_n); k++)
				if (got_n[k] != want_n[k])
					fail_msg("row %zu: %s is %zu, want %zu", i, names[k], got_n[k],
						 want_n[k]);
		}
		free(buf);
	}
}

/* Named and part lines: their number fields too are read within the field. */
static void test_parse_named_part(void **state)
{
	(void)state;
	static const char named[] = "\tname\tLuật\tThống kê\t\tbased-on\t\t19/2022/TT-BKHĐT\t"
				    "2022-10-01\t11\t\t30\t\tluat:thongke";
	struct stored_named n;
	assert_int_equal(cites_parse_named(named, sizeof named - 1, &n), 0);
	assert_int_equal(n.year, 0);
	assert_int_equal(n.start, 11);
	assert_int_equal(n.end, 0);
	assert_int_equal(n.sent_start, 30);
	assert_int_equal(n.sent_end, 0);
	assert_string_equal(n.key, "luat:thongke");
	/* The part line's last field is empty and the next line follows. */
	static const char part[] = "\tpart\tĐiều 5\t2026-07-01\t\t\n12\t";
	struct stored_part p;
	assert_int_equal(cites_parse_part(part, strlen("\tpart\tĐiều 5\t2026-07-01\t\t"), &p), 0);
	assert_string_equal(p.scope, "Điều 5");
	assert_int_equal(p.sent_start, 0);
	assert_int_equal(p.sent_end, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_line),
		cmocka_unit_test(test_parse_named_part),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
