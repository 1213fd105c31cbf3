/* file.c — whole-file reads with a size limit, and content digests. */
#include "util/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

int read_file(const char *path, size_t max_bytes, char **out, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) < 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		close(fd);
		errno = EISDIR;
		return -1;
	}
	if (S_ISREG(st.st_mode) && (uint64_t)st.st_size > max_bytes) {
		close(fd);
		errno = EFBIG;
		return -1;
	}
	struct buf b = BUF_INIT;
	buf_grow(&b, S_ISREG(st.st_mode) ? (size_t)st.st_size : 65536);
	for (;;) {
		if (b.len > max_bytes) {
			buf_release(&b);
			close(fd);
			errno = EFBIG;
			return -1;
		}
		buf_grow(&b, 65536);
		ssize_t n = read(fd, b.p + b.len, b.cap - b.len - 1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			buf_release(&b);
			close(fd);
			errno = e;
			return -1;
		}
		if (n == 0)
			break;
		b.len += (size_t)n;
	}
	close(fd);
	b.p[b.len] = '\0';
	if (b.len > max_bytes) {
		buf_release(&b);
		errno = EFBIG;
		return -1;
	}
	*out = buf_detach(&b, len);
	return 0;
}

uint64_t hash_fnv1a64(const void *data, size_t len, uint64_t seed)
{
	const unsigned char *p = data;
	uint64_t h = 0xcbf29ce484222325ULL ^ seed;
	for (size_t i = 0; i < len; i++) {
		h ^= p[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* Two 64-bit hashes of different construction; a collision in both at once
 * is far below any realistic archive size. */
void hash_content_hex(const void *data, size_t len, char out[33])
{
	uint64_t a = hash_fnv1a64(data, len, 0);
	uint64_t b = hash_fnv1a64(data, len, 0x9e3779b97f4a7c15ULL);
	b ^= b >> 33;
	b *= 0xff51afd7ed558ccdULL;
	b ^= (uint64_t)len * 0xc4ceb9fe1a85ec53ULL;
	b ^= b >> 29;
	snprintf(out, 33, "%016llx%016llx", (unsigned long long)a, (unsigned long long)b);
}
