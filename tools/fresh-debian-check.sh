#!/bin/sh
# shellcheck disable=SC2016 # the quoted commands expand inside the chroot, not here
# Checks README's promise on a fresh Debian 12: in a root file system made from Debian's packages
# only (mmdebstrap --variant=minbase bookworm: no Python, no make, no compiler), as root, the one
# prerequisite `apt-get install make`, then `make test` (the whole suite) and `make run` (the
# server answers on 127.0.0.1:8080, then is stopped). The project is cloned from this checkout's
# committed HEAD, with ../shared/corpus beside it as the tests expect.
# Needs root and mmdebstrap (apt-get install mmdebstrap). Takes about 15 minutes.
# Usage: sh tools/fresh-debian-check.sh [MIRROR [ROOT]]   (MIRROR: http://deb.debian.org/debian)
# Behind a proxy that re-signs HTTPS, set CA_BUNDLE to a file of certificates pip should trust
# (it is given to pip inside as PIP_CERT; the fresh system has no such certificate of its own).
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
pip_cert=""
if [ -n "${CA_BUNDLE:-}" ]; then
    cp "$CA_BUNDLE" "$root/etc/kabar-check-ca.pem"
    pip_cert=PIP_CERT=/etc/kabar-check-ca.pem
fi

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
    # shellcheck disable=SC2086 # $pip_cert: nothing, or one word
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin $pip_cert \
        /bin/sh -c "cd /root/kabar/kabar && $1"
}

step "what the fresh system has"
inside 'for c in make python3 gcc chromium curl; do printf "%s: " $c; command -v $c || echo none; done'

step "README's prerequisite: apt-get update && apt-get install -y make"
inside 'apt-get update -qq && apt-get install -y -qq make >/dev/null && make --version | head -1'

step "as a user who is not root, make test stops first and names the packages"
inside 'cp -a . /tmp/as-user && chown -R nobody:nogroup /tmp/as-user && cd /tmp/as-user &&
    if setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/tmp make test; then
        echo "make test went on without the packages"; exit 1
    fi
    [ ! -e .venv ] || { echo "make test made .venv before stopping"; exit 1; }
    cd / && rm -rf /tmp/as-user'

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
    grep -q "<html" /tmp/page.html && grep -q "\"total\":[1-9]" /tmp/search.json'

step "done: every step passed; $root is left for inspection (unmounted)"
