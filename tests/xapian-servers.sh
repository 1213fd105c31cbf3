# xapian-servers.sh — for tests/e2e/shards.sh and replicas.sh: Xapian's own servers
# (xapian-tcpsrv, xapian-replicate-server) started on free loopback ports and stopped.
# Sourced after tests/lib.sh. Each server runs in its own process group (setsid):
# xapian-tcpsrv forks a child per connection and, on SIGTERM, signals its whole group.

command -v xapian-tcpsrv >/dev/null 2>&1 || { echo "xapian-tools not installed: skipped" >&2; exit 77; }
XS_PIDS=""
trap 'xs_stop_all; [ -n "${TRACUU_KEEP:-}" ] || rm -rf "$WORK"' EXIT

xs_random_port() { echo $((20000 + $(od -An -N2 -tu2 /dev/urandom) % 40000)); }

# xs_start VAR LOG_READY_PATTERN COMMAND…: COMMAND with %PORT% replaced by a
# free port, retried on another port when it cannot listen; sets VAR_PORT
# and VAR_PID. An empty pattern: ready when still running after half a second
# (a server that cannot bind exits at once).
xs_start() {
	_var=$1; _ready=$2; shift 2
	for _try in 1 2 3 4 5 6 7 8; do
		_port=$(xs_random_port)
		_args=""
		for _a in "$@"; do
			[ "$_a" = "%PORT%" ] && _a=$_port
			_args="$_args '$_a'"
		done
		# Emptied first: a server started again under the same name
		# must not be taken for ready on its predecessor's words.
		: >"$WORK/$_var.log"
		# exec: $! is the server's pid, and its process group's id.
		(eval "exec setsid $_args" >>"$WORK/$_var.log" 2>&1 </dev/null) &
		_pid=$!
		_i=0
		if [ -z "$_ready" ]; then
			sleep 0.5
		else
			while [ $_i -lt 200 ]; do
				grep -q "$_ready" "$WORK/$_var.log" 2>/dev/null && break
				kill -0 $_pid 2>/dev/null || break
				sleep 0.05
				_i=$((_i + 1))
			done
		fi
		if kill -0 $_pid 2>/dev/null &&
			{ [ -z "$_ready" ] || grep -q "$_ready" "$WORK/$_var.log"; }; then
			eval "${_var}_PORT=$_port ${_var}_PID=$_pid"
			XS_PIDS="$XS_PIDS $_pid"
			return 0
		fi
		kill -9 -- -$_pid 2>/dev/null
		kill -9 $_pid 2>/dev/null
		wait $_pid 2>/dev/null
	done
	echo "FAIL: could not start $* ($(cat "$WORK/$_var.log"))" >&2
	exit 1
}

# xs_tcpsrv VAR DB [--writable]
xs_tcpsrv() {
	_v=$1; _db=$2; shift 2
	# Line-buffered: "Listening..." reaches the log when it is said.
	xs_start "$_v" Listening stdbuf -oL xapian-tcpsrv --interface 127.0.0.1 --port %PORT% "$@" "$_db"
}

# xs_replicate_server VAR PARENT_DIR: serves the databases under PARENT_DIR.
xs_replicate_server() {
	xs_start "$1" "" xapian-replicate-server --interface 127.0.0.1 --port %PORT% "$2"
}

# xs_kill PID [SIGNAL]: the server and the children serving its connections.
xs_kill() {
	kill -"${2:-TERM}" -- -"$1" 2>/dev/null || kill -"${2:-TERM}" "$1" 2>/dev/null
	wait "$1" 2>/dev/null
	return 0
}

xs_stop_all() {
	for _p in $XS_PIDS; do
		kill -KILL -- -"$_p" 2>/dev/null
		kill -KILL "$_p" 2>/dev/null
	done
	for _p in $XS_PIDS; do
		wait "$_p" 2>/dev/null
	done
	XS_PIDS=""
}
