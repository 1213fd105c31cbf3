/* test_mapread.c — web/mapread.c: reads of a table file (NAME.glass) copied from its mapping give what pread(2) gives, through writes, growth, a file cut short, a descriptor closed and reused or dup2'ed over. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "web/web_int.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))
#define FILE_LEN (64 * 1024)

static char dir[64];

/* The byte at offset i of file number k: each file and each offset its own. */
static char byte_of(int k, size_t i)
{
	return (char)((i * 31 + (size_t)k * 7 + i / 251) & 0xFF);
}

static char *path_of(const char *name)
{
	char *p = malloc(strlen(dir) + strlen(name) + 2);
	sprintf(p, "%s/%s", dir, name);
	return p;
}

static void write_file(const char *name, int k, size_t len)
{
	char *p = path_of(name);
	FILE *f = fopen(p, "wb");
	assert_non_null(f);
	for (size_t i = 0; i < len; i++)
		fputc(byte_of(k, i), f);
	assert_int_equal(fclose(f), 0);
	free(p);
}

static int open_ro(const char *name)
{
	char *p = path_of(name);
	int fd = open(p, O_RDONLY | O_CLOEXEC);
	free(p);
	assert_true(fd >= 0);
	return fd;
}

/* What pread gives, checked against file k's bytes; returns the length read. */
static ssize_t read_check(int fd, int k, size_t off, size_t len)
{
	char *buf = malloc(len ? len : 1);
	ssize_t got = pread(fd, buf, len, (off_t)off);
	for (ssize_t i = 0; i < got; i++)
		if (buf[i] != byte_of(k, off + (size_t)i))
			fail_msg("file %d, offset %zu: byte %zd differs", k, off, i);
	free(buf);
	return got;
}

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "%s/tracuu-mapread.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	const char *names[] = { "a.glass", "b.glass", "c.txt" };
	for (size_t i = 0; i < N_ELEMS(names); i++) {
		char *p = path_of(names[i]);
		unlink(p);
		free(p);
	}
	return rmdir(dir);
}

/* Each row: a range of a 64 KiB table, what pread returns, whether it is a
 * copy from the mapping (inside the file) or the system call (past it). */
static const struct {
	size_t off, len;
	ssize_t got;
	int mapped;
} range_rows[] = {
	{ 0, 8192, 8192, 1 },
	{ 8192 * 3, 8192, 8192, 1 },
	{ 12345, 100, 100, 1 },
	{ FILE_LEN - 8192, 8192, 8192, 1 },
	{ FILE_LEN - 10, 10, 10, 1 },
	{ FILE_LEN, 0, 0, 1 },
	{ FILE_LEN - 100, 8192, 100, 0 }, /* across the end: a short read */
	{ FILE_LEN, 8192, 0, 0 },
	{ (size_t)1 << 40, 8192, 0, 0 },
};

static void test_ranges(void **state)
{
	(void)state;
	write_file("a.glass", 1, FILE_LEN);
	int fd = open_ro("a.glass");
	for (size_t i = 0; i < N_ELEMS(range_rows); i++) {
		unsigned long before = web_mapped_reads();
		ssize_t got = read_check(fd, 1, range_rows[i].off, range_rows[i].len);
		if (got != range_rows[i].got)
			fail_msg("row %zu: read %zd bytes, expected %zd", i, got, range_rows[i].got);
		if ((web_mapped_reads() - before == 1) != range_rows[i].mapped)
			fail_msg("row %zu: %s, expected %s", i,
				 web_mapped_reads() - before ? "from the mapping" : "by the system call",
				 range_rows[i].mapped ? "from the mapping" : "by the system call");
	}
	close(fd);
}

/* Only a table opened for reading is mapped: another file is read as before. */
static void test_other_files(void **state)
{
	(void)state;
	write_file("c.txt", 3, FILE_LEN);
	int fd = open_ro("c.txt");
	unsigned long before = web_mapped_reads();
	assert_int_equal(read_check(fd, 3, 100, 8192), 8192);
	assert_int_equal(web_mapped_reads(), before);
	close(fd);
}

/* Mapping turned off (a one-search command): a table opened then is read by
 * the system call, the same bytes; one opened after it is turned on again is
 * mapped. */
static void test_switched_off(void **state)
{
	(void)state;
	write_file("b.glass", 4, FILE_LEN);
	web_map_tables(0);
	int fd = open_ro("b.glass");
	unsigned long before = web_mapped_reads();
	assert_int_equal(read_check(fd, 4, 8192, 8192), 8192);
	assert_int_equal(web_mapped_reads(), before);
	close(fd);
	web_map_tables(1);
	fd = open_ro("b.glass");
	assert_int_equal(read_check(fd, 4, 8192, 8192), 8192);
	assert_int_equal(web_mapped_reads(), before + 1);
	close(fd);
}

/* A write by another descriptor (an ingest's commit) is seen at once; the
 * file grown is read past its old end; cut short, it is read as it is now,
 * without a fault. */
static void test_changes(void **state)
{
	(void)state;
	write_file("a.glass", 1, FILE_LEN);
	int fd = open_ro("a.glass");
	char *p = path_of("a.glass");
	int w = open(p, O_RDWR | O_CLOEXEC);
	free(p);
	assert_true(w >= 0);

	char page[8192];
	for (size_t i = 0; i < sizeof page; i++)
		page[i] = byte_of(2, 8192 + i);
	assert_int_equal(pwrite(w, page, sizeof page, 8192), (ssize_t)sizeof page);
	char got[8192];
	unsigned long before = web_mapped_reads();
	assert_int_equal(pread(fd, got, sizeof got, 8192), (ssize_t)sizeof got);
	assert_memory_equal(got, page, sizeof page);
	assert_int_equal(web_mapped_reads(), before + 1);

	/* Grown: the new block by the system call. */
	for (size_t i = 0; i < sizeof page; i++)
		page[i] = byte_of(1, FILE_LEN + i);
	assert_int_equal(pwrite(w, page, sizeof page, FILE_LEN), (ssize_t)sizeof page);
	before = web_mapped_reads();
	assert_int_equal(read_check(fd, 1, FILE_LEN, 8192), 8192);
	assert_int_equal(web_mapped_reads(), before);

	/* Cut short under the mapping: the copy faults, the read is the
	 * system call's (nothing there), and the file is not mapped again. */
	assert_int_equal(ftruncate(w, 4096), 0);
	before = web_mapped_reads();
	assert_int_equal(read_check(fd, 1, 16384, 8192), 0);
	assert_int_equal(read_check(fd, 1, 0, 4096), 4096);
	assert_int_equal(web_mapped_reads(), before);
	close(w);
	close(fd);
}

/* A descriptor closed, its number taken by another table, reads the other
 * table; so does one dup2'ed over. */
static void test_reuse(void **state)
{
	(void)state;
	write_file("a.glass", 1, FILE_LEN);
	write_file("b.glass", 2, FILE_LEN / 2);
	int fd = open_ro("a.glass");
	assert_int_equal(read_check(fd, 1, 4096, 8192), 8192);
	close(fd);
	int again = open_ro("b.glass");
	assert_int_equal(again, fd); /* the lowest number free */
	unsigned long before = web_mapped_reads();
	assert_int_equal(read_check(again, 2, 4096, 8192), 8192);
	assert_int_equal(read_check(again, 2, FILE_LEN / 2 - 8, 8192), 8);
	assert_int_equal(web_mapped_reads(), before + 1);

	int a = open_ro("a.glass");
	assert_int_equal(read_check(a, 1, 0, 8192), 8192);
	assert_int_equal(dup2(again, a), a);
	assert_int_equal(read_check(a, 2, 0, 8192), 8192);
	assert_int_equal(dup2(a, a), a);
	close(a);
	close(again);
}

/* Two descriptors of one file (two server threads' handles) share its
 * mapping; closing one leaves the other's. */
static void test_shared(void **state)
{
	(void)state;
	write_file("a.glass", 1, FILE_LEN);
	int one = open_ro("a.glass"), two = open_ro("a.glass");
	unsigned long before = web_mapped_reads();
	assert_int_equal(read_check(one, 1, 0, 8192), 8192);
	assert_int_equal(read_check(two, 1, 8192, 8192), 8192);
	close(one);
	assert_int_equal(read_check(two, 1, FILE_LEN - 8192, 8192), 8192);
	assert_int_equal(web_mapped_reads(), before + 3);
	close(two);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ranges),
		cmocka_unit_test(test_other_files),
		cmocka_unit_test(test_switched_off),
		cmocka_unit_test(test_changes),
		cmocka_unit_test(test_reuse),
		cmocka_unit_test(test_shared),
	};
#if !(defined(__linux__) && defined(__LP64__))
	return 77; /* tables are not mapped there */
#endif
	return cmocka_run_group_tests(tests, setup, teardown);
}
