"""Files and folders: one file read by its kind (exports streamed, the rest read whole), a folder
walked for the files Kabar reads, and ``read_source``, which takes any SOURCE argument: a file,
a folder (recursively) or a URL."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from index.sources.drafts import ReadFailure, ReadResult
from index.sources.exports import TextSource, read_csv, read_json_lines
from index.sources.fetch import read_url
from index.sources.kinds import (
    READABLE_SUFFIXES,
    UNKNOWN_KIND,
    file_encoding,
    file_kind,
    is_binary,
    read_bytes,
    size_limit,
    too_big,
)

NOT_FOLLOWED = "symbolic link, not followed (use --follow-links to read it)"


def read_file(path: Path, name: str, defer: bool = False) -> Iterator[ReadResult]:
    """One file; exports (CSV, JSON lines) are streamed, everything else is read whole."""
    origin = str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            yield ReadFailure(origin, "", "is a folder, not a file")
            return
        if not stat.S_ISREG(info.st_mode):
            yield ReadFailure(origin, "", "not a regular file (a pipe, socket or device)")
            return
        with path.open("rb") as handle:
            head = handle.read(8192)
            kind = file_kind(name, head)
            if kind == "unknown":
                yield ReadFailure(origin, "", UNKNOWN_KIND)
                return
            if info.st_size > size_limit(kind):
                yield too_big(origin, info.st_size, kind)
                return
            streamed = kind in ("csv", "jsonl")
            # read whole, but never past the limit (the file may be growing)
            raw = b"" if streamed else head + handle.read(size_limit(kind) + 1 - len(head))
        if streamed:
            if is_binary(head):
                yield ReadFailure(origin, "", "binary content, not text")
            elif not head.strip() and info.st_size <= len(head):
                yield ReadFailure(origin, "", "empty file")
            else:
                source = TextSource(path=path, encoding=file_encoding(path))
                reader = read_csv if kind == "csv" else read_json_lines
                yield from reader(source, origin, name, defer)
            return
    except OSError as error:
        yield ReadFailure(origin, "", f"cannot read: {error.strerror or error}")
        return
    yield from read_bytes(raw, origin, name, defer=defer)


def walk_folder(folder: Path, follow_links: bool = False) -> list[tuple[Path, str]]:
    """Every file under a folder that Kabar would read, sorted, each with "" or the reason it is
    not read: a symbolic link (unless ``follow_links``), a pipe or device, a broken link, a
    sub-folder that cannot be listed. Hidden files and folders, and files of other kinds
    (images...), are passed over without a word. Followed links may lead out of the folder;
    a folder met twice (a link loop) is walked once."""
    found: list[tuple[Path, str]] = []
    walked: set[Path] = set()
    pending = [folder]
    while pending:
        directory = pending.pop()
        real = directory.resolve()
        if real in walked:
            continue
        walked.add(real)
        try:
            entries = list(os.scandir(directory))
        except OSError as error:
            found.append((directory, f"cannot list folder: {error.strerror or error}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            readable = path.suffix.lower() in READABLE_SUFFIXES
            try:
                is_dir = entry.is_dir()
                is_file = entry.is_file()
            except OSError as error:
                found.append((path, f"cannot read: {error.strerror or error}"))
                continue
            if entry.is_symlink():
                if not follow_links:
                    if readable or is_dir:
                        found.append((path, NOT_FOLLOWED))
                    continue
                if not is_dir and not is_file and not path.exists():
                    if readable:
                        found.append((path, "broken symbolic link"))
                    continue
            if is_dir:
                pending.append(path)
            elif readable:
                found.append((path, "" if is_file else "not a regular file (a pipe, socket or "
                                                       "device)"))
    return sorted(found)


def iter_files(folder: Path, follow_links: bool = False) -> Iterator[Path]:
    """Readable files under a folder, sorted, without hidden files and (unless asked) links."""
    return (path for path, problem in walk_folder(folder, follow_links) if not problem)


def source_files(source: str,
                 follow_links: bool = False) -> Iterator[tuple[Path, str] | ReadFailure]:
    """The files one SOURCE argument names (a file, or every file of a folder, recursively), each
    with the name its records' ids take; a failure for what cannot be read. Not for URLs."""
    path = Path(source)
    if path.is_symlink() and not follow_links:
        yield ReadFailure(source, "", NOT_FOLLOWED)
    elif path.is_dir():
        for file, problem in walk_folder(path, follow_links):
            if problem:
                yield ReadFailure(str(file), "", problem)
            else:
                yield file, str(Path(path.name) / file.relative_to(path))
    elif path.is_file():
        yield path, path.name
    elif path.exists():
        yield ReadFailure(source, "", "not a regular file or folder")
    else:
        yield ReadFailure(source, "", "no such file or folder")


def read_source(source: str, follow_links: bool = False,
                defer: bool = False) -> Iterator[ReadResult]:
    """Everything in one SOURCE argument: a file, a folder (recursively) or a feed URL."""
    if source.startswith(("http://", "https://")):
        yield from read_url(source, defer)
        return
    for found in source_files(source, follow_links):
        if isinstance(found, ReadFailure):
            yield found
        else:
            yield from read_file(*found, defer)
