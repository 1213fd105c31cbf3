/* mapread.c — a reader's reads of the index's tables from a mapping of
 * each file: Xapian 1.4 reads every 8 KiB block it needs with one pread(2),
 * hundreds a search, whose calls cost the server a fifth of its CPU time; a
 * copy out of the same pages, mapped, is the same bytes without the call.
 *
 * Linked into the programs that only read the index — tracuu-serve,
 * tracuu (search, cite, show, stats: `search --batch` reads as many blocks
 * a search as the server) and bench/latency — not into libweb.a nor
 * tracuu-ingest: it defines open, pread, close and dup2/dup3 in the
 * program, so that Xapian's calls come here. A table file Xapian opens
 * read-only (NAME.glass) is mapped whole, shared, at the size it has then;
 * pread of a range inside that size is a
 * copy from the mapping, anything else the system call as before. A mapping
 * shares the page cache with pread, so a write by an ingest is seen alike;
 * a file grown since (a commit's new blocks) is read past its mapping by
 * the system call; a file cut short under the server (an unfinished index
 * created again in place) makes the copy fault: SIGBUS, caught for that
 * copy only, and that file is read by the system call from then on. Closing
 * the descriptor (or dup2 over it) drops its mapping before the number can
 * be reused. The real calls are made with syscall(2), so nothing here
 * depends on the order in which libraries are searched. */
#define _GNU_SOURCE
#include "web/web_int.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* 64-bit Linux: where the system calls below take these arguments as they
 * are (a 32-bit pread64 splits its offset). Elsewhere, pread as it is. */
#if defined(__linux__) && defined(__LP64__)

/* Descriptors past this are read by the system call (the tables are opened
 * early, with small numbers). */
#define MAP_FDS 4096

/* One mapping a file and size, shared by the descriptors of every thread
 * that opened it (each server thread has its own handle on the index). */
struct mapped {
	const char *base;
	size_t len;
	dev_t dev;
	ino_t ino;
	unsigned refs;     /* descriptors; under maps_lock */
	atomic_int broken; /* the file shrank under us: pread only */
	struct mapped *next;
};

static _Atomic(struct mapped *) maps[MAP_FDS];
static struct mapped *all_maps;
static pthread_mutex_t maps_lock = PTHREAD_MUTEX_INITIALIZER;
static _Thread_local unsigned long mapped_reads; /* for tests: a thread's own */
static pthread_mutex_t bus_lock = PTHREAD_MUTEX_INITIALIZER;
static struct sigaction bus_before;
static _Thread_local sigjmp_buf *volatile bus_guard;

static void on_bus(int sig, siginfo_t *si, void *uc)
{
	if (bus_guard)
		siglongjmp(*bus_guard, 1);
	/* Not a copy of ours: what would have happened without us. */
	if (bus_before.sa_flags & SA_SIGINFO) {
		bus_before.sa_sigaction(sig, si, uc);
		return;
	}
	if (bus_before.sa_handler != SIG_DFL && bus_before.sa_handler != SIG_IGN) {
		bus_before.sa_handler(sig);
		return;
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Ours in front of whatever handles SIGBUS now: checked at each mapping, as
 * a handler set since (a test harness's) would otherwise take our faults. */
static void bus_install(void)
{
	struct sigaction sa, now;
	pthread_mutex_lock(&bus_lock);
	if (sigaction(SIGBUS, NULL, &now) == 0 &&
	    !((now.sa_flags & SA_SIGINFO) && now.sa_sigaction == on_bus)) {
		memset(&sa, 0, sizeof sa);
		sa.sa_sigaction = on_bus;
		sa.sa_flags = SA_SIGINFO | SA_NODEFER;
		sigemptyset(&sa.sa_mask);
		sigaction(SIGBUS, &sa, &bus_before);
	}
	pthread_mutex_unlock(&bus_lock);
}

static int table_name(const char *path)
{
	size_t n = strlen(path);
	return n > 6 && strcmp(path + n - 6, ".glass") == 0;
}

static void unmap_fd(int fd)
{
	if (fd < 0 || fd >= MAP_FDS)
		return;
	struct mapped *m = atomic_exchange(&maps[fd], NULL);
	if (!m)
		return;
	pthread_mutex_lock(&maps_lock);
	int last = --m->refs == 0;
	if (last)
		for (struct mapped **p = &all_maps; *p; p = &(*p)->next)
			if (*p == m) {
				*p = m->next;
				break;
			}
	pthread_mutex_unlock(&maps_lock);
	if (last) {
		munmap((void *)m->base, m->len);
		free(m);
	}
}

static void map_fd(int fd)
{
	struct stat sb;
	if (fd < 0 || fd >= MAP_FDS || fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode) || sb.st_size <= 0)
		return;
	unmap_fd(fd); /* a number closed behind our back (not through close) */
	size_t len = (size_t)sb.st_size;
	pthread_mutex_lock(&maps_lock);
	struct mapped *m = all_maps;
	while (m && (m->dev != sb.st_dev || m->ino != sb.st_ino || m->len != len ||
		     atomic_load(&m->broken)))
		m = m->next;
	if (!m) {
		void *p = mmap(NULL, len, PROT_READ, MAP_SHARED, fd, 0);
		m = p == MAP_FAILED ? NULL : malloc(sizeof *m);
		if (m) {
			m->base = p;
			m->len = len;
			m->dev = sb.st_dev;
			m->ino = sb.st_ino;
			m->refs = 0;
			atomic_init(&m->broken, 0);
			m->next = all_maps;
			all_maps = m;
		} else if (p != MAP_FAILED) {
			munmap(p, len);
		}
	}
	if (m)
		m->refs++;
	pthread_mutex_unlock(&maps_lock);
	if (m) {
		bus_install();
		atomic_store(&maps[fd], m);
	}
}

/* Off: tables opened from now on are read by the system call. */
static atomic_int maps_off;

static int open_at(const char *path, int flags, va_list ap)
{
	mode_t mode = 0;
	if (flags & (O_CREAT | O_TMPFILE))
		mode = (mode_t)va_arg(ap, unsigned);
	int fd = (int)syscall(SYS_openat, AT_FDCWD, path, flags, mode);
	if (fd >= 0 && (flags & O_ACCMODE) == O_RDONLY && !(flags & O_TMPFILE) && table_name(path) &&
	    !atomic_load(&maps_off))
		map_fd(fd);
	return fd;
}

int web_open(const char *path, int flags, ...) __asm__("open");
int web_open(const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	int fd = open_at(path, flags, ap);
	va_end(ap);
	return fd;
}

int web_open64(const char *path, int flags, ...) __asm__("open64");
int web_open64(const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	int fd = open_at(path, flags, ap);
	va_end(ap);
	return fd;
}

static ssize_t read_at(int fd, void *buf, size_t n, off_t off)
{
	struct mapped *m = fd >= 0 && fd < MAP_FDS ? atomic_load(&maps[fd]) : NULL;
	if (m && off >= 0 && (size_t)off <= m->len && n <= m->len - (size_t)off &&
	    !atomic_load_explicit(&m->broken, memory_order_relaxed)) {
		sigjmp_buf jb;
		if (sigsetjmp(jb, 0) == 0) {
			bus_guard = &jb;
			memcpy(buf, m->base + off, n);
			bus_guard = NULL;
			mapped_reads++;
			return (ssize_t)n;
		}
		bus_guard = NULL;
		atomic_store(&m->broken, 1);
	}
	return (ssize_t)syscall(SYS_pread64, fd, buf, n, off);
}

ssize_t web_pread(int fd, void *buf, size_t n, off_t off) __asm__("pread");
ssize_t web_pread(int fd, void *buf, size_t n, off_t off)
{
	return read_at(fd, buf, n, off);
}

ssize_t web_pread64(int fd, void *buf, size_t n, off_t off) __asm__("pread64");
ssize_t web_pread64(int fd, void *buf, size_t n, off_t off)
{
	return read_at(fd, buf, n, off);
}

int web_close(int fd) __asm__("close");
int web_close(int fd)
{
	unmap_fd(fd);
	return (int)syscall(SYS_close, fd);
}

int web_dup2(int from, int to) __asm__("dup2");
int web_dup2(int from, int to)
{
	if (from == to) /* as dup2: to, when it is open */
		return (int)syscall(SYS_fcntl, from, F_GETFD) < 0 ? -1 : to;
	unmap_fd(to);
	return (int)syscall(SYS_dup3, from, to, 0);
}

int web_dup3(int from, int to, int flags) __asm__("dup3");
int web_dup3(int from, int to, int flags)
{
	if (from != to)
		unmap_fd(to);
	return (int)syscall(SYS_dup3, from, to, flags);
}

unsigned long web_mapped_reads(void)
{
	return mapped_reads;
}

void web_map_tables(int on)
{
	atomic_store(&maps_off, !on);
}

#else

void web_map_tables(int on)
{
	(void)on;
}

unsigned long web_mapped_reads(void)
{
	return 0;
}

#endif
