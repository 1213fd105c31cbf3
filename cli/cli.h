/* cli.h — the command layer: subcommands, messages, exit codes, and where
 * the index lives. Only this layer prints. */
#ifndef TRACUU_CLI_H
#define TRACUU_CLI_H

#include <stdio.h>
#include <sys/types.h>

struct buf; /* util/util.h */
struct idx_db; /* index/index.h */

/* Exit codes, the same for every command (README, `tracuu --help`). */
enum {
	EXIT_OK = 0,          /* done; for search and cite: something was found */
	EXIT_NO_RESULTS = 1,  /* nothing matched, or no such document */
	EXIT_USAGE = 2,       /* bad command line or query syntax */
	EXIT_INPUT = 3,       /* some input could not be read or ingested */
	EXIT_INDEX = 4,       /* the index could not be opened, read or written */
	EXIT_NETWORK = 5,     /* a download failed */
	EXIT_INTERRUPTED = 130, /* stopped by a signal; committed work is kept */
};

/* Each subcommand: the return value is the exit status. */
int cmd_cite(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_rm(int argc, char **argv); /* in tracuu-ingest, as cmd_ingest */
int cmd_search(int argc, char **argv);
int cmd_serve(int argc, char **argv); /* in tracuu-serve */
int cmd_show(int argc, char **argv);
int cmd_stats(int argc, char **argv);

/* Messages go to stderr as "tracuu: <what>: <why>". */
void errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void warnf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A note (a summary, what was done): "tracuu: <what>", no "warning:". */
void notef(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A progress line on stderr (a terminal only); messages clear it first. */
void progressf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void progress_done(void);
/* Standard output could not be written (what: "the results"): a reader
 * that closed the pipe (`| head`) ends the process as SIGPIPE does, even
 * where Xapian's remote backend ignores that signal; any other failure is
 * said. Returns EXIT_INPUT. */
int cli_write_failed(const char *cmd, const char *what);
/* Usage mistakes: the message, a pointer to --help, EXIT_USAGE. */
int usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Opens the index a command reads (opt is --db, or NULL): --db, $TRACUU_DB,
 * the user's index if it exists, else the bundled one. Returns EXIT_OK with
 * *db and *path (malloc'd; idx_close and free them), or EXIT_INDEX, said on
 * stderr, with both NULL. */
int cli_open_index(const char *opt, struct idx_db **db, char **path);
/* --partial (search, cite, show, stats): an index of shards answers from
 * those that are up (IDX_READ_PARTIAL). Set before cli_open_index. */
extern int cli_read_partial;
#define CLI_OPT_PARTIAL 0x150
/* After a command's output, before idx_close: for each shard left out, a
 * warning; with json, a last line {"partial":true,"shards_down":[…]}. */
void cli_partial_end(struct idx_db *db, int json);
/* Where the index a command writes is: --db, $TRACUU_DB, else the user's
 * index ($XDG_DATA_HOME/tracuu/index), whose parent folders are made.
 * Returns a malloc'd path, or NULL and *err. */
char *dbpath_for_write(const char *opt, char **err);
/* Whether the stored source is the path typed, in Unicode's other form: a
 * file named in NFD (as macOS writes names) typed in NFC, or the reverse,
 * the same to the eye; with under, also a source under that folder so
 * written. */
int cli_source_is_typed(const char *source, const char *typed, int under);

/* After getopt_long returned '?' or ':': names the option that was wrong. */
int bad_option(const char *cmd, int argc, char **argv);

/* --color=auto|always|never -> 1 bold, 0 plain, -1 invalid. */
int color_choice(const char *when, FILE *stream);

/* The next line of a --batch input with something in it: without its line
 * end, a first line's byte-order mark, blank lines and lines starting with
 * '#'. Its length, or -1 at the end (or on a read error: ferror(in)).
 * *lineno counts every line read, from 0. */
ssize_t batch_line(FILE *in, char **line, size_t *cap, unsigned long *lineno);
/* Writes out to stdout and empties it (a write error stays in ferror). */
void batch_flush(struct buf *out);

/* ---- option values (cli/options.c) ----
 * The parse_* taking cmd and opt say what is wrong (usage_error, naming cmd
 * and opt) and return its status, or 0. */

/* Parses a non-negative integer option; -1 if it is not one. */
long parse_count(const char *s);
/* A number of seconds up to a day (more than 0 when positive) into *out. */
int parse_seconds(const char *cmd, const char *opt, const char *s, int positive, double *out);
/* A whole number in [lo, hi] into *out. */
int parse_whole(const char *cmd, const char *opt, const char *s, long lo, long hi, long *out);
/* "16M", "512K", "1G", "100000" -> bytes (at most 1 TiB); -1 if it is not
 * a size (said by the caller). */
int parse_size(const char *s, size_t *out);
/* "json,CSV,.xml" -> "json", "csv", "xml" appended to the NULL-terminated
 * *exts (*n of them); "*" stands for every file. */
int parse_extensions(const char *cmd, const char *opt, const char *arg, char ***exts, size_t *n);
void free_extensions(char **exts);

#endif
