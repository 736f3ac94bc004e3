"""Tables built from data files, kept between processes in ``$XDG_CACHE_HOME/kabar``.

A search's synonym table (search/synonyms.py) joins the abbreviation lists with the gazetteer's
short forms of region names: building the gazetteer for it is a tenth of the CPU a one-off
``kabar search`` spends, every time. So the built table is kept in the cache folder, one file
per table, stamped with a digest of what it was built from: the bytes of its data files,
Kabar's and the user's (index/data_files.py; hashing them costs a tenth of reading their
lines), the source of the modules that build it, and the Python version. A table whose stamp
differs is built again; a folder that cannot be written only costs the build. Tables are stored
with ``marshal`` (plain values only: strings, numbers, tuples, lists, dicts, sets), which runs
no code when read.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from index.data_files import data_bytes

T = TypeVar("T")


def cache_folder() -> Path | None:
    """``$XDG_CACHE_HOME/kabar``, else ``~/.cache/kabar``; None without a home folder."""
    try:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    except (KeyError, RuntimeError):  # no HOME and no password entry (some containers)
        return None
    return Path(base) / "kabar"


def cached_table(name: str, data_files: Iterable[str], modules: Iterable[ModuleType],
                 build: Callable[[], T], digests: Iterable[str] = ()) -> T:
    """``build()``, or the table it built in an earlier process from the same `data_files`
    (their bytes) with the same source of `modules` (those whose code builds it). `digests`:
    what else it was built from, as digests (the lines the analyzer read, data_digests)."""
    folder = cache_folder()
    stamp = _stamp(name, data_files, modules, digests)
    path = None if folder is None else folder / f"{name}.marshal"
    if path is not None:
        try:
            cached_stamp, table = marshal.loads(path.read_bytes())
            if cached_stamp == stamp:
                return table
        except Exception:  # missing, damaged, written by another Python: build afresh
            pass
    table = build()
    if path is not None:
        with contextlib.suppress(ValueError):  # not a plain value: not kept
            store(path, marshal.dumps((stamp, table)))
    return table


def _stamp(name: str, data_files: Iterable[str], modules: Iterable[ModuleType],
           digests: Iterable[str] = ()) -> str:
    digest = hashlib.sha256(f"{sys.version}|{marshal.version}|{name}".encode())
    for part in digests:
        digest.update(b"\x00" + part.encode("utf-8"))
    for file in data_files:
        digest.update(b"\x00" + file.encode("utf-8") + b"\x00")
        digest.update(data_bytes(file))
    for module in modules:
        digest.update(b"\x00" + Path(module.__file__).read_bytes())
    return digest.hexdigest()


def store(path: Path, data: bytes) -> None:
    """Write the file whole or not at all; a folder that cannot be written means no cache."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
