/* file.c — whole-file reads with a size limit, and content digests. */
#include "util/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

/* path made absolute: the longest leading part that exists resolved by
 * realpath, the rest appended with "." and ".." applied as written. */
static char *resolve_missing(const char *path)
{
	char *abs;
	if (path[0] == '/') {
		abs = xstrdup(path);
	} else {
		char *cwd = getcwd(NULL, 0);
		if (!cwd)
			return NULL;
		abs = xasprintf("%s/%s", cwd, path);
		free(cwd);
	}
	/* Cut at each '/' from the end until a leading part resolves. */
	size_t n = strlen(abs);
	char *head = NULL;
	size_t cut = n;
	for (;;) {
		while (cut > 0 && abs[cut] != '/')
			cut--;
		char save = abs[cut];
		abs[cut] = '\0';
		head = realpath(cut ? abs : "/", NULL);
		abs[cut] = save;
		if (head || cut == 0)
			break;
		cut--;
	}
	if (!head)
		head = xstrdup("/");
	struct buf b = BUF_INIT;
	buf_adds(&b, head);
	free(head);
	const char *p = abs + cut;
	while (*p) {
		while (*p == '/')
			p++;
		const char *e = strchr(p, '/');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == 0 || (len == 1 && p[0] == '.')) {
			/* nothing */
		} else if (len == 2 && p[0] == '.' && p[1] == '.') {
			while (b.len > 1 && b.p[b.len - 1] != '/')
				b.len--;
			if (b.len > 1)
				b.len--;
			b.p[b.len] = '\0';
		} else {
			if (b.len == 0 || b.p[b.len - 1] != '/')
				buf_addc(&b, '/');
			buf_add(&b, p, len);
		}
		p += len;
	}
	free(abs);
	size_t len;
	return buf_detach(&b, &len);
}

/* The folder is resolved, the file's own name kept. */
static char *resolve(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : xstrdup(".");
	const char *base = slash ? slash + 1 : path;
	char *rdir = realpath(dir, NULL);
	free(dir);
	if (!rdir || !*base || strcmp(base, ".") == 0 || strcmp(base, "..") == 0) {
		free(rdir);
		char *r = realpath(path, NULL);
		return r ? r : resolve_missing(path);
	}
	char *r = xasprintf("%s%s%s", rdir, strcmp(rdir, "/") == 0 ? "" : "/", base);
	free(rdir);
	return r;
}

char *path_source_name(const char *path, const char *root)
{
	char *rp = resolve(path);
	if (!rp)
		return xstrdup(path);
	char *rr = root ? realpath(root, NULL) : NULL;
	if (rr) {
		size_t n = strlen(rr);
		char *rel = NULL;
		if (strcmp(rr, "/") == 0 && rp[0] == '/' && rp[1])
			rel = xstrdup(rp + 1);
		else if (strncmp(rp, rr, n) == 0 && rp[n] == '/' && rp[n + 1])
			rel = xstrdup(rp + n + 1);
		else if (strcmp(rp, rr) == 0)
			rel = xstrdup(""); /* the root itself, a folder */
		free(rr);
		if (rel) {
			free(rp);
			return rel;
		}
	}
	return rp;
}
