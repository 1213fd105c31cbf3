# serve-lib.sh — what the tests of `tracuu serve` by curl share: curl and jq or a skip, no proxy, a server on a free loopback port, requests and checks of the answers.
# Sourced after tests/lib.sh.
for tool in curl jq; do
	command -v $tool >/dev/null || { echo "$tool is not installed: skipped" >&2; exit 77; }
done
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
NO_PROXY='*'; no_proxy='*'; export NO_PROXY no_proxy

SERVER=
stop_server() {
	[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
	SERVER=
}
trap 'stop_server; rm -rf "$WORK"' EXIT
# start_server ARGS…: starts it on a free port (port 0), sets B to its address; a command
# in SERVE_WRAP (words, no quotes) runs it, e.g. `env VAR=…`.
start_server() {
	: >"$WORK/serve.out"
	$SERVE_WRAP "$TRACUU" serve --listen 127.0.0.1:0 "$@" >"$WORK/serve.out" 2>"$WORK/serve.err" &
	SERVER=$!
	i=0
	while ! grep -q '^serving http' "$WORK/serve.out" && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
	B=$(sed -n 's/^serving \(http:[^ ]*\)\/ .*/\1/p' "$WORK/serve.out")
	[ -n "$B" ] || { fail "the server did not start: $(cat "$WORK/serve.err")"; finish; exit 1; }
}
# get PATH [CURL ARGS…]: status in CODE, body in $WORK/body, headers in $WORK/head.
get() {
	_p=$1; shift
	CODE=$(curl -s -g -o "$WORK/body" -D "$WORK/head" -w '%{http_code}' "$@" "$B$_p")
}
expect_code() { # code what
	T_CHECKS=$((T_CHECKS + 1))
	[ "$CODE" = "$1" ] || fail "$2: status $CODE, expected $1 ($(head -c 300 "$WORK/body"))"
}
expect_body() { # pattern what
	T_CHECKS=$((T_CHECKS + 1))
	grep -Eq -- "$1" "$WORK/body" || fail "$2: the body lacks /$1/ ($(head -c 400 "$WORK/body"))"
}
expect_no_body() {
	T_CHECKS=$((T_CHECKS + 1))
	! grep -Eq -- "$1" "$WORK/body" || fail "$2: the body has /$1/"
}
json() { jq -r "$1" "$WORK/body" 2>/dev/null; }
expect_json() { # filter expected what: the body through `jq -c filter` is expected
	T_CHECKS=$((T_CHECKS + 1))
	[ "$(jq -c "$1" "$WORK/body")" = "$2" ] || fail "$3: $(head -c 400 "$WORK/body")"
}
