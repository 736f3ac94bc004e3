#!/bin/sh
# tools/make_region_words.py reads Debian's Indonesian thesaurus (mythes-id). Install it when it
# is missing (as root), else explain.
THESAURUS=/usr/share/mythes/th_id_ID_v2.dat
if [ -f "$THESAURUS" ]; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's mythes-id (the Indonesian thesaurus) for make_region_words..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mythes-id >/dev/null
    [ -f "$THESAURUS" ] && exit 0
fi
echo "tools/make_region_words.py needs Debian's mythes-id: run 'sudo apt-get install mythes-id'." >&2
exit 1
