#!/bin/sh
# The browser tests drive Debian's Chromium. Install it when it is missing (as root), else explain.
if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    command -v chromium >/dev/null 2>&1 && exit 0
fi
echo "The browser tests need Debian's chromium: run 'sudo apt-get install chromium' and try again." >&2
exit 1
