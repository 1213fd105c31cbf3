/* doc.c — Word 97-2003 .doc -> text through antiword, run without a shell, under a time and an output limit. */
#include "ingest/ingest_int.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* More text than this from one .doc is a runaway converter. */
#define DOC_MAX_OUTPUT ((size_t)64 << 20)
#define DOC_MAX_STDERR ((size_t)4 << 10)

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Documents load on several threads: a converter must not inherit another
 * thread's pipe, whose reader would then wait for that converter to end.
 * Pipes are made close-on-exec (posix_spawn's dup2 clears the flag on fds 1
 * and 2) and under spawn_mu until the parent's write ends are closed. */
static pthread_mutex_t spawn_mu = PTHREAD_MUTEX_INITIALIZER;

static int pipe_cloexec(int fd[2])
{
	if (pipe(fd) < 0)
		return -1;
	fcntl(fd[0], F_SETFD, FD_CLOEXEC);
	fcntl(fd[1], F_SETFD, FD_CLOEXEC);
	return 0;
}

/* argv[0] run with stdout and stderr collected; *status its wait status.
 * Returns 0, or -1 and *err (not found, timed out, too much output). */
static int run_converter(char *const argv[], struct buf *out, struct buf *errout, int *status,
			 char **err)
{
	int po[2], pe[2];
	pthread_mutex_lock(&spawn_mu);
	if (pipe_cloexec(po) < 0) {
		pthread_mutex_unlock(&spawn_mu);
		goto sys;
	}
	if (pipe_cloexec(pe) < 0) {
		close(po[0]);
		close(po[1]);
		pthread_mutex_unlock(&spawn_mu);
		goto sys;
	}
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, po[1], 1);
	posix_spawn_file_actions_adddup2(&fa, pe[1], 2);
	posix_spawn_file_actions_addclose(&fa, po[0]);
	posix_spawn_file_actions_addclose(&fa, pe[0]);
	pid_t pid;
	int e = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(po[1]);
	close(pe[1]);
	pthread_mutex_unlock(&spawn_mu);
	if (e) {
		close(po[0]);
		close(pe[0]);
		*err = e == ENOENT ? xasprintf("reading Word 97-2003 files needs %s (Debian package "
					       "%s), which is not installed", argv[0], argv[0])
				   : xasprintf("cannot run %s: %s", argv[0], strerror(e));
		return -1;
	}
	double deadline = now() + INGEST_CONVERT_SECONDS;
	const char *why = NULL;
	struct pollfd fds[2] = { { po[0], POLLIN, 0 }, { pe[0], POLLIN, 0 } };
	int open_fds = 2;
	char chunk[65536];
	while (open_fds && !why) {
		double left = deadline - now();
		if (left <= 0) {
			why = "timed out";
			break;
		}
		int r = poll(fds, 2, (int)(left * 1000) + 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			why = "poll failed";
			break;
		}
		for (int i = 0; i < 2; i++) {
			if (fds[i].fd < 0 || !fds[i].revents)
				continue;
			ssize_t n = read(fds[i].fd, chunk, sizeof chunk);
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0) {
				close(fds[i].fd);
				fds[i].fd = -1;
				open_fds--;
				continue;
			}
			struct buf *b = i == 0 ? out : errout;
			if (i == 1 && b->len + (size_t)n > DOC_MAX_STDERR)
				continue;
			buf_add(b, chunk, (size_t)n);
			if (out->len > DOC_MAX_OUTPUT)
				why = "gave more text than the limit";
		}
	}
	for (int i = 0; i < 2; i++)
		if (fds[i].fd >= 0)
			close(fds[i].fd);
	if (why)
		kill(pid, SIGKILL);
	while (waitpid(pid, status, 0) < 0 && errno == EINTR)
		;
	if (why) {
		*err = xasprintf("%s %s (limits: %d s, %zu MiB)", argv[0], why, INGEST_CONVERT_SECONDS,
				 DOC_MAX_OUTPUT >> 20);
		return -1;
	}
	return 0;
sys:
	*err = xasprintf("cannot run a converter: %s", strerror(errno));
	return -1;
}

/* antiword's first line of complaint, for the message. */
static char *first_line(const struct buf *b)
{
	if (!b->len)
		return xstrdup("no message");
	size_t n = 0;
	while (n < b->len && b->p[n] != '\n')
		n++;
	return xstrndup(b->p, n);
}

/* One line, trimmed, as a paragraph; blank lines and "[pic]" left out. */
static void add_line(const char *s, size_t n, struct buf *out)
{
	size_t a = 0, b = n;
	while (a < b && (s[a] == ' ' || s[a] == '\t'))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r'))
		b--;
	if (b > a && !(b - a == 5 && memcmp(s + a, "[pic]", 5) == 0)) {
		buf_add(out, s + a, b - a);
		buf_add(out, "\n\n", 2);
	}
}

/* The k-th cell of a table line "|a|b|", or 0 when it has fewer. */
static int cell_of(const char *s, size_t n, size_t k, const char **cs, size_t *cn)
{
	size_t i = 0, col = 0;
	while (i < n && s[i] == '|') {
		size_t e = i + 1;
		while (e < n && s[e] != '|')
			e++;
		if (e >= n)
			return 0; /* the text after the last bar is not a cell */
		if (col++ == k) {
			*cs = s + i + 1;
			*cn = e - i - 1;
			return 1;
		}
		i = e;
	}
	return 0;
}

/* A block of table lines, column by column: the cells of a letterhead
 * (issuer and number | motto, place and date) each keep their lines
 * together, as in the DOCX and HTML readers. */
static void table_cells(const char *s, size_t n, struct buf *out)
{
	for (size_t k = 0; k < 64; k++) {
		int any = 0;
		for (size_t i = 0; i < n;) {
			size_t e = i;
			while (e < n && s[e] != '\n')
				e++;
			const char *c;
			size_t cn;
			if (cell_of(s + i, e - i, k, &c, &cn)) {
				any = 1;
				add_line(c, cn, out);
			}
			i = e + 1;
		}
		if (!any)
			break;
	}
}

int ingest_doc_text(const char *data, size_t len, struct buf *out, enum ingest_charset *cs,
		    char **err)
{
	*cs = CS_UTF8;
	const char *tmpdir = getenv("TMPDIR");
	char *path = xasprintf("%s/tracuu-doc-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
	int fd = mkstemp(path);
	if (fd < 0) {
		*err = xasprintf("cannot make a temporary file for antiword: %s", strerror(errno));
		free(path);
		return -1;
	}
	int wr = write_all(fd, data, len);
	close(fd);
	if (wr < 0) {
		*err = xasprintf("cannot write a temporary file for antiword: %s", strerror(errno));
		unlink(path);
		free(path);
		return -1;
	}
	/* -w 0: a paragraph on one line; UTF-8 whatever the locale. */
	char *argv[] = { "antiword", "-m", "UTF-8.txt", "-w", "0", path, NULL };
	struct buf text = BUF_INIT, msg = BUF_INIT;
	int status = 0;
	int rc = run_converter(argv, &text, &msg, &status, err);
	unlink(path);
	if (rc == 0 && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
		/* "/tmp/tracuu-doc-x is not a Word Document.": the temporary name
		 * means nothing to the user. */
		char *m = first_line(&msg);
		size_t pn = strlen(path);
		if (strncmp(m, path, pn) == 0) {
			char *t = xasprintf("the file%s", m + pn);
			free(m);
			m = t;
		}
		*err = xasprintf("not a readable Word 97-2003 file (antiword: %s)", m);
		free(m);
		rc = -1;
	}
	free(path);
	if (rc == 0) {
		/* antiword writes a paragraph per line: a blank line between them,
		 * "[pic]" where a picture was, and a table as lines of cells
		 * ("|QUỐC HỘI   |CỘNG HÒA…|"). */
		struct buf para = BUF_INIT;
		for (size_t i = 0; i < text.len;) {
			size_t e = i;
			while (e < text.len && text.p[e] != '\n')
				e++;
			if (text.p[i] == '|') {
				while (e < text.len && e + 1 < text.len && text.p[e + 1] == '|') {
					e++;
					while (e < text.len && text.p[e] != '\n')
						e++;
				}
				table_cells(text.p + i, e - i, &para);
				i = e + 1;
				continue;
			}
			add_line(text.p + i, e - i, &para);
			i = e + 1;
		}
		/* antiword knows no fonts: text that is all bytes may be TCVN3 or
		 * VNI, and the detector decides. */
		enum ingest_charset used = CS_UNKNOWN;
		if (para.len && ingest_redecode_bytes(para.p, para.len, CS_UNKNOWN, out, &used))
			*cs = used;
		else
			buf_add(out, para.p, para.len);
		buf_release(&para);
	}
	buf_release(&text);
	buf_release(&msg);
	return rc;
}
