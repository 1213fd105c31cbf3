# lib.sh — shared by the test scripts: where things are, a scratch folder, checks that say what failed.
# Sourced by tests/e2e/*.sh and tests/golden/run-golden.sh under automake's harness,
# which sets TRACUU (the binary), TRACUU_BUNDLED_DB, TRACUU_SRCDIR, TRACUU_TMP, TRACUU_SHARED.

: "${TRACUU:?run the tests through make check}"
FIXTURES="$TRACUU_SRCDIR/tests/fixtures"
T_NAME=$(basename "$0" .sh)
WORK="$TRACUU_TMP/$T_NAME.$$"
rm -rf "$WORK" && mkdir -p "$WORK"
# No test touches the user's own index.
HOME="$WORK/home"; export HOME
mkdir -p "$HOME"
unset TRACUU_DB XDG_DATA_HOME
trap 'rm -rf "$WORK"' EXIT
# A test stopped by a signal (a harness's timeout, Ctrl-C) exits, so that its EXIT trap
# (here, or the servers' in xapian-servers.sh) still stops what it started: a test killed
# by `timeout` had left its xapian-tcpsrv shards running.
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
T_FAILED=0
T_CHECKS=0
T_START=$(date +%s)

# loops SUITE STRESS: a loop count, the suite's short run or, under `make stress`
# (TRACUU_STRESS=1), the long one.
loops() { if [ -n "${TRACUU_STRESS:-}" ]; then echo "$2"; else echo "$1"; fi; }

fail() { echo "FAIL: $*" >&2; T_FAILED=$((T_FAILED + 1)); }
ok() { T_CHECKS=$((T_CHECKS + 1)); }

# The real corpus: needed by some tests. Missing where TRACUU_SHARED says it
# is: a failure. Nobody said, and not beside the source tree: skip (77).
need_shared() {
	if [ -n "${TRACUU_SHARED:-}" ]; then
		[ -d "$TRACUU_SHARED/corpus" ] && return 0
		echo "FAIL: TRACUU_SHARED=$TRACUU_SHARED has no corpus/" >&2
		exit 1
	fi
	TRACUU_SHARED="$TRACUU_SRCDIR/../shared"
	if [ ! -d "$TRACUU_SHARED/corpus" ]; then
		echo "the shared corpus is not beside the sources (set TRACUU_SHARED): skipped" >&2
		exit 77
	fi
}

# The folder holding an index's glass files, for xapian-check (which does not
# follow stubs): the index itself, or the generation a compacted one's stub
# (XAPIANDB, "auto gen-N") names.
live_index() {
	if [ ! -f "$1/iamglass" ] && [ -f "$1/XAPIANDB" ]; then
		echo "$1/$(sed -n 's/^auto //p' "$1/XAPIANDB")"
	else
		echo "$1"
	fi
}

# run CMD…: runs it, keeping stdout, stderr and status in OUT, ERR, RC.
run() {
	"$@" >"$WORK/out" 2>"$WORK/err"
	RC=$?
	OUT=$(cat "$WORK/out")
	ERR=$(cat "$WORK/err")
}

expect_rc() { # expected what
	T_CHECKS=$((T_CHECKS + 1))
	[ "$RC" -eq "$1" ] || fail "$2: exit status $RC, expected $1 (stderr: $(head -c 400 "$WORK/err"))"
}
expect_out() { # pattern what  (grep -E on stdout)
	T_CHECKS=$((T_CHECKS + 1))
	grep -Eq -- "$1" "$WORK/out" || fail "$2: stdout lacks /$1/ (stdout: $(head -c 600 "$WORK/out"))"
}
expect_no_out() {
	T_CHECKS=$((T_CHECKS + 1))
	! grep -Eq -- "$1" "$WORK/out" || fail "$2: stdout has /$1/"
}
expect_err() {
	T_CHECKS=$((T_CHECKS + 1))
	grep -Eq -- "$1" "$WORK/err" || fail "$2: stderr lacks /$1/ (stderr: $(head -c 600 "$WORK/err"))"
}

# The set of sources a search returns, one per line, sorted.
sources() { # db query…
	_db=$1; shift
	"$TRACUU" search --db "$_db" --json --limit 1000 "$@" | jq -r .source | sort
}

# start_testserver DOCROOT: tests/server/testserver serving DOCROOT's files
# under /f/ on a free port of 127.0.0.1 until the script ends (at most
# $TRACUU_TESTSERVER_LIFETIME seconds, default 120); sets B (its base URL),
# PORT and SERVER_LOG (one line per request). No proxy: nothing may leave
# the machine. Returns 1 when the server was not built.
start_testserver() {
	[ -x "${TRACUU_TESTSERVER:-}" ] || return 1
	unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
	NO_PROXY='*'; no_proxy='*'; export NO_PROXY no_proxy
	SERVER_LOG="$WORK/server.log"
	TESTSERVER_LIFETIME=${TRACUU_TESTSERVER_LIFETIME:-120} \
		"$TRACUU_TESTSERVER" "$1" "$WORK/port" "$SERVER_LOG" &
	SERVER=$!
	trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
	_i=0
	while [ ! -s "$WORK/port" ] && [ $_i -lt 100 ]; do sleep 0.05; _i=$((_i + 1)); done
	[ -s "$WORK/port" ] || { echo "FAIL: the test server did not start" >&2; exit 1; }
	PORT=$(cat "$WORK/port")
	B="http://127.0.0.1:$PORT"
}
# The same, or skip the script (77) when the server was not built.
need_testserver() {
	start_testserver "$1" && return 0
	echo "the test server was not built (TRACUU_TESTSERVER): skipped" >&2
	exit 77
}

finish() {
	echo "$T_CHECKS checks, $T_FAILED failed, $(( $(date +%s) - T_START )) s"
	[ "$T_CHECKS" -gt 0 ] || { echo "FAIL: no check ran" >&2; exit 1; }
	[ "$T_FAILED" -eq 0 ]
}
