#!/bin/sh
# deps.sh — installs the Debian packages tracuu needs to build and test; a no-op when all are there.
set -e
# One entry per need; "a|b" means any one of them will do (the first is installed).
NEEDS="gcc g++ make autoconf automake pkg-config
libxapian-dev xapian-tools xapian-omega libicu-dev libxml2-dev
libcurl4-openssl-dev|libcurl4-gnutls-dev|libcurl4-nss-dev
libcmocka-dev libmicrohttpd-dev zlib1g-dev jq python3 curl
libpoppler-glib-dev libzip-dev antiword ripgrep
clang libclang-rt-14-dev
chromium chromium-driver wrk
zsh bash-completion faketime"

installed() {
	dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=""
for need in $NEEDS; do
	ok=""
	for alt in $(echo "$need" | tr '|' ' '); do
		if installed "$alt"; then ok=1; break; fi
	done
	[ -n "$ok" ] || missing="$missing ${need%%|*}"
done
[ -n "$missing" ] || exit 0

echo "tracuu: installing Debian packages:$missing" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
	command -v sudo >/dev/null 2>&1 || { echo "tracuu: need root (or sudo) to install:$missing" >&2; exit 1; }
	SUDO=sudo
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
