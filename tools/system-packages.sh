#!/bin/sh
# What `make` needs from the system, named as Debian 12's packages:
#   build    Python 3.11 or later, its venv module and headers, and a C compiler (the install
#            compiles index/analysis/_words.c, index/store/_blocks.c, index/store/_positions.c,
#            index/extract/statements/_scan.c and index/extract/_trie_scan.c)
#            and Pango, which WeasyPrint draws the clipping's PDF with (kabar kliping)
#   browser  Chromium, which tests/test_browser.py drives, and pdftotext (poppler-utils), which
#            tests/test_kliping.py reads the PDF with
# Each check tries the thing itself, so a machine that has it some other way passes. When root on
# a system with apt-get, what is missing is installed (one `apt-get update`, one `apt-get
# install`); otherwise the packages are named and the script exits 1, before anything else is done.
# Usage: PYTHON=python3 sh tools/system-packages.sh build [browser]
PYTHON=${PYTHON:-python3}

need() {
    case " $missing " in *" $1 "*) ;; *) missing="${missing:+$missing }$1" ;; esac
}

check_build() {
    if ! command -v "$PYTHON" >/dev/null 2>&1; then
        need python3; need python3-venv; need python3-dev; need gcc
        return
    fi
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        echo "Kabar needs Python 3.11 or later, and $PYTHON is $("$PYTHON" -V 2>&1)." >&2
        echo "Debian 12's python3 is 3.11; elsewhere run make with PYTHON=python3.11." >&2
        exit 1
    fi
    "$PYTHON" -c 'import ensurepip' 2>/dev/null || need python3-venv
    # The compiler and include folders setuptools will use for the C modules.
    paths=$("$PYTHON" -c 'import sysconfig as s; p = s.get_paths()
print(p["include"]); print(p["platinclude"]); print(s.get_config_var("CC") or "cc")')
    include=$(echo "$paths" | sed -n 1p)
    platinclude=$(echo "$paths" | sed -n 2p)
    cc=${CC:-$(echo "$paths" | sed -n 3p)}
    if ! command -v "${cc%% *}" >/dev/null 2>&1; then
        [ -n "${CC:-}" ] && { echo "CC is $CC, which is not a command here." >&2; exit 1; }
        need gcc
    fi
    [ -f "$include/Python.h" ] || need python3-dev
    case " $missing " in *" gcc "* | *" python3-dev "*) return ;; esac
    # shellcheck disable=SC2086 # CC may carry flags ("gcc -pthread")
    if ! errors=$(printf '#include <Python.h>\n' |
        $cc -I"$include" -I"$platinclude" -fsyntax-only -x c - 2>&1); then
        echo "$cc cannot compile against $include/Python.h:" >&2
        echo "$errors" >&2
        exit 1
    fi
}

check() {
    missing=""
    for want in "$@"; do
        case $want in
            build) check_build
                   # WeasyPrint (the clipping's PDF) loads these with ctypes/cffi at run time
                   for lib in libpango-1.0-0:'libpango-1\.0\.so' \
                              libpangoft2-1.0-0:'libpangoft2-1\.0\.so' \
                              libharfbuzz-subset0:'libharfbuzz-subset\.so'; do
                       { ldconfig -p 2>/dev/null | grep -q "${lib#*:}"; } || need "${lib%%:*}"
                   done
                   ;;
            browser) command -v chromium >/dev/null 2>&1 || need chromium
                     command -v pdftotext >/dev/null 2>&1 || need poppler-utils ;;
            *) echo "tools/system-packages.sh: unknown need '$want' (build, browser)" >&2; exit 2 ;;
        esac
    done
}

check "$@"
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's packages that Kabar needs: $missing"
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck disable=SC2086 # one word per package
    if apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null; then
        check "$@"
        [ -z "$missing" ] && exit 0
    fi
fi
echo "Kabar needs these Debian packages: $missing" >&2
echo "Run 'sudo apt-get install --no-install-recommends $missing' (or that as root without sudo)" \
    "and try again." >&2
exit 1
