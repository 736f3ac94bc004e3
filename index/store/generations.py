"""Where an index lives on disk, and how it is opened safely.

An index folder holds generations and a pointer to the current one:

    kabar-index/
      CURRENT -> gen-000002      (a symbolic link, replaced atomically)
      gen-000002/                (a Whoosh index plus kabar.json: schema version, word lists)
      write.lock                 (held by whoever writes)
      feeds.json                 (the watcher's ETag / Last-Modified per feed URL)

``build`` writes a new generation and swaps CURRENT, so searches go on against the old one until
the swap. ``add`` and ``remove`` commit into the current generation; Whoosh commits are atomic (a
new table of contents is written beside the old one and renamed over it).

kabar.json records the schema version and the digests of the analyzer's word lists
(``data_digests``): an index whose terms were made with other lists than this process uses is
refused, with a request to rebuild it, by searches and writers alike, never searched with
silently different results.

A writer killed at any moment (even by SIGKILL) leaves the last commit intact. What it leaves
behind is cleaned by the next writer, under the lock, in ``recover``: half-built generations,
Whoosh's temporary folder and table-of-contents files, segment files that no commit refers to.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, clean_files

from index.analysis.analyzer import data_digests
from index.data_files import user_data_dir
from index.errors import IndexBusy, IndexMissing, IndexOutdated, KabarIndexError
from index.store.pread_storage import PreadStorage
from index.store.schema import SCHEMA_VERSION, make_schema
from index.store.whoosh_internals import is_unfinished_toc

CURRENT = "CURRENT"
META = "kabar.json"
WORD_LISTS = "analyzer_data"  # kabar.json's key for data_digests()
LOCK = "write.lock"
GENERATION_PREFIX = "gen-"
DEFAULT_LOCK_TIMEOUT = 60.0


def current_generation(index_dir: Path) -> Path:
    """The folder of the generation that readers should use now."""
    pointer = index_dir / CURRENT
    if not pointer.is_symlink() and not pointer.exists():
        raise IndexMissing(f"no Kabar index at {index_dir}: build one with 'kabar index build "
                           f"SOURCE... --index {index_dir}'")
    if not pointer.is_symlink():
        raise KabarIndexError(
            f"{pointer} is not the symbolic link Kabar keeps there: was the index folder copied "
            f"without its links? Copy it with 'cp -a' (or shutil.copytree(..., symlinks=True)), "
            f"or remove {index_dir} and build it again with 'kabar index build SOURCE... "
            f"--index {index_dir}'")
    return (index_dir / os.readlink(pointer)).resolve()


def read_meta(generation: Path) -> dict:
    try:
        return json.loads((generation / META).read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def usable_generation(index_dir: Path) -> Path:
    """The current generation, refusing one of another schema version or whose terms were made
    with other word lists than this process's analyzer uses."""
    generation = current_generation(index_dir)
    meta = read_meta(generation)
    version = meta.get("schema_version")
    command = f"'kabar index build SOURCE... --index {index_dir}'"
    if version != SCHEMA_VERSION:
        raise IndexOutdated(
            f"the index at {index_dir} was made by another version of Kabar (schema "
            f"{version}, this Kabar needs {SCHEMA_VERSION}): rebuild it with {command}")
    recorded = meta.get(WORD_LISTS)
    if not isinstance(recorded, dict):
        raise IndexOutdated(
            f"the index at {index_dir} was built before Kabar recorded its word lists, so "
            f"whether they changed since cannot be told: it must be rebuilt with {command}")
    current = data_digests()
    changed = sorted(name for name in recorded.keys() | current.keys()
                     if recorded.get(name) != current.get(name))
    if changed:
        folder = user_data_dir()
        whose = f"Kabar's own or yours in {folder}" if folder else "Kabar's own"
        raise IndexOutdated(
            f"the word lists changed since the index at {index_dir} was built "
            f"({', '.join(changed)}: {whose}), so searches would not match what was indexed: "
            f"it must be rebuilt with {command}")
    return generation


def open_generation(index_dir: Path) -> whoosh_index.Index:
    """The Whoosh index of the current generation, for writing.

    Not memory-mapped: whoosh3 copies a mapped segment's terms and postings whole into memory
    when a reader opens one (a tenth of a second at 58k articles), where a writer looks up a
    few ids. Plain reads share one file position, so this is not for searching from threads.
    """
    return FileStorage(str(usable_generation(index_dir)), supports_mmap=False).open_index()


def open_for_search(index_dir: Path) -> whoosh_index.Index:
    """The Whoosh index of the current generation, read-only, safe to search from many threads
    and without memory maps (see index/store/pread_storage.py)."""
    return PreadStorage(str(usable_generation(index_dir))).open_index()


def new_generation(index_dir: Path) -> tuple[Path, whoosh_index.Index]:
    """A fresh, empty generation folder (not current until ``make_current``)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    numbers = [int(p.name[len(GENERATION_PREFIX):]) for p in generations(index_dir)]
    folder = index_dir / f"{GENERATION_PREFIX}{max(numbers, default=0) + 1:06d}"
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), make_schema())
    return folder, ix


def generations(index_dir: Path) -> list[Path]:
    found = []
    for path in index_dir.glob(GENERATION_PREFIX + "*"):
        suffix = path.name[len(GENERATION_PREFIX):]
        if path.is_dir() and suffix.isdigit():
            found.append(path)
    return sorted(found)


def write_json_atomically(path: Path, data: object) -> None:
    """Replace a small JSON file so that a reader (or a crash) sees the old or the new one."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def make_current(index_dir: Path, generation: Path) -> None:
    """Mark a complete generation as finished and point CURRENT at it, atomically."""
    meta = {"schema_version": SCHEMA_VERSION, "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
            WORD_LISTS: data_digests()}
    write_json_atomically(generation / META, meta)
    _fsync_dir(generation)
    temporary = index_dir / f".{CURRENT}.{os.getpid()}"
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    os.symlink(generation.name, temporary)
    os.replace(temporary, index_dir / CURRENT)
    _fsync_dir(index_dir)


def remove_stale_generations(index_dir: Path, keep: int = 2) -> None:
    """Delete old generations and abandoned half-built ones, keeping the newest few finished ones.

    The previous generation stays, because a server may still be reading it.
    """
    try:
        current = current_generation(index_dir)
    except IndexMissing:
        current = None
    finished = [g for g in generations(index_dir) if (g / META).exists() or g == current]
    keepers = set(finished[-keep:])
    if current is not None:
        keepers.add(current)
    for generation in generations(index_dir):
        if generation not in keepers:
            shutil.rmtree(generation, ignore_errors=True)
    for leftover in index_dir.glob(f".{CURRENT}.*"):
        leftover.unlink(missing_ok=True)
    for leftover in index_dir.glob(".*.tmp"):
        leftover.unlink(missing_ok=True)


def recover(index_dir: Path) -> None:
    """Clean what a killed writer left behind. Call only while holding ``write_lock``."""
    remove_stale_generations(index_dir)
    try:
        generation = current_generation(index_dir)
    except IndexMissing:
        return
    # an index of another schema version is left alone: the writer will ask for a rebuild
    if read_meta(generation).get("schema_version") == SCHEMA_VERSION:
        clean_generation(generation)


def clean_generation(generation: Path, indexname: str = "MAIN") -> None:
    """Remove a killed Whoosh writer's leftovers from a generation folder.

    Whoosh writes a segment's files, then a table of contents under a temporary name that it
    renames into place: until that rename the old commit stands, and what was written for the new
    one is garbage. Whoosh itself only sweeps unreferenced segments at its next commit and never
    its temporary folder or table-of-contents files, so they are removed here.
    """
    for path in generation.iterdir():
        if path.suffix == ".tmp" or is_unfinished_toc(path.name, indexname):
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
    # A Whoosh lock file is an fcntl lock that died with its process; ours serialises writers,
    # so a left-over file means nothing. Removed for tidiness.
    (generation / f"{indexname}_WRITELOCK").unlink(missing_ok=True)
    storage = FileStorage(str(generation))
    # the current schema is passed so that the pickled one (analyzers and all) is not loaded
    toc = TOC.read(storage, indexname, schema=make_schema())
    clean_files(storage, indexname, toc.generation, toc.segments)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def write_lock(index_dir: Path, timeout: float = DEFAULT_LOCK_TIMEOUT) -> Iterator[None]:
    """One writer at a time across processes. The lock dies with its process (even on SIGKILL)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / LOCK, "a") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as error:
                if error.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    raise IndexBusy(f"another Kabar process is writing to {index_dir}; waited "
                                    f"{timeout:.0f} s (try again, or raise --wait)") from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
