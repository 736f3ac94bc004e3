#!/bin/sh
# Checks README's promise on a fresh Debian 12: in a root file system made from Debian's packages
# only (mmdebstrap --variant=minbase bookworm: no Python, no make, no compiler), as root, the one
# prerequisite `apt-get install make`, then `make test` (the whole suite) and `make run` (the
# server answers on 127.0.0.1:8080, then is stopped). The project is cloned from this checkout's
# committed HEAD, with ../shared/corpus beside it as the tests expect.
# Needs root and mmdebstrap (apt-get install mmdebstrap). Takes about 15 minutes.
# Usage: sh tools/fresh-debian-check.sh [MIRROR [ROOT]]   (MIRROR: http://deb.debian.org/debian)
set -eu
mirror=${1:-http://deb.debian.org/debian}
root=${2:-/tmp/kabar-fresh-debian}
project=$(cd "$(dirname "$0")/.." && pwd)
corpus=$project/../shared/corpus

[ "$(id -u)" = 0 ] || { echo "run as root (mmdebstrap, chroot and mount need it)" >&2; exit 1; }
[ -d "$corpus" ] || { echo "no $corpus: clone the project beside shared/" >&2; exit 1; }
[ -e "$root" ] && { echo "$root exists: remove it or name another ROOT" >&2; exit 1; }

step() { printf '\n== %s\n' "$*"; }

step "mmdebstrap --variant=minbase bookworm $root ($mirror)"
mmdebstrap --quiet --variant=minbase bookworm "$root" "deb $mirror bookworm main" \
    "deb $mirror bookworm-updates main" "deb $mirror-security bookworm-security main"

step "the project (git clone of $(git -C "$project" rev-parse --short HEAD)) and shared/corpus"
git clone --quiet --branch "$(git -C "$project" rev-parse --abbrev-ref HEAD)" "$project" \
    "$root/root/kabar/kabar"
mkdir -p "$root/root/kabar/shared"
cp -a "$corpus" "$root/root/kabar/shared/corpus"
cp /etc/resolv.conf "$root/etc/resolv.conf"

unmount() {
    for point in dev/shm dev/pts dev sys proc; do
        mountpoint -q "$root/$point" && umount "$root/$point"
    done
    return 0
}
trap unmount EXIT INT TERM
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --bind /dev "$root/dev"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
mount -t tmpfs -o mode=1777 shm "$root/dev/shm"

# A root login's environment, nothing of this machine's.
inside() {
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        /bin/sh -c "cd /root/kabar/kabar && $1"
}

step "what the fresh system has"
inside 'for c in make python3 gcc chromium curl; do printf "%s: " $c; command -v $c || echo none; done'

step "README's prerequisite: apt-get update && apt-get install -y make"
inside 'apt-get update -qq && apt-get install -y -qq make >/dev/null && make --version | head -1'

step "make test"
inside 'make test'

step "make run, then curl http://127.0.0.1:8080/ (curl installed only for this check)"
inside 'apt-get install -y -qq curl >/dev/null'
inside 'setsid make run >/tmp/make-run.log 2>&1 & server=$!
    for _ in $(seq 180); do curl -fs -o /tmp/page.html http://127.0.0.1:8080/ && break; sleep 1; done
    curl -fsS -o /tmp/search.json "http://127.0.0.1:8080/api/search?q=banjir"
    kill -TERM -$server; wait $server || true
    echo "home page: $(wc -c </tmp/page.html) bytes; /api/search?q=banjir: $(head -c 120 /tmp/search.json)"
    cat /tmp/make-run.log
    grep -q "<html" /tmp/page.html && ! grep -q "\"total\": *0," /tmp/search.json'

step "done: every step passed; $root is left for inspection (unmounted)"
