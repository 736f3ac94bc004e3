"""Large regular expressions compiled once per machine, not once per process.

The gazetteer's and the officials' lexicon's patterns are tries of thousands of names; Python's
``re`` parses and compiles them in pure Python, about a tenth of a second each. That is nothing
for a build but most of ``kabar index add`` of one article in a fresh process. So the compiled
program is kept in ``$XDG_CACHE_HOME/kabar`` (``~/.cache/kabar``), one file per pattern name,
marked with the pattern's digest and the Python version; the next process hands it back to
the regular expression engine (which checks the program) in a millisecond.

It relies on CPython's ``re._compiler`` and ``_sre.compile`` (as in 3.11); when anything
about the cache does not fit -- another Python, another pattern, a damaged or unwritable
file -- the pattern is simply compiled as usual.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys

from index.table_cache import cache_folder, store

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python implementation: no cache
    _sre = None


def compile_cached(name: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache file ``name`` when it holds this pattern."""
    folder = cache_folder()
    if _sre is None or folder is None:
        return re.compile(pattern, flags)
    stamp = _stamp(pattern, flags)
    path = folder / f"{name}.re"
    try:
        cached_stamp, program = marshal.loads(path.read_bytes())
        if cached_stamp == stamp:
            return _sre.compile(pattern, *program)
    except Exception:  # missing, damaged, written by another Python: compile afresh
        pass
    try:
        program = _program(pattern, flags)
        compiled = _sre.compile(pattern, *program)
    except Exception:  # a Python whose internals differ: compile the usual way, no cache
        return re.compile(pattern, flags)
    store(path, marshal.dumps((stamp, program)))
    return compiled


def _stamp(pattern: str, flags: int) -> str:
    digest = hashlib.sha256(pattern.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{int(flags)}|{digest}"


def _program(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` after the pattern."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for group_name, number in groupindex.items():
        indexgroup[number] = group_name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))
