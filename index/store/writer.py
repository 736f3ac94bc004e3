"""Build, add to and remove from a Kabar index.

Every writer takes the index's write lock (waiting for another writer up to ``wait`` seconds),
cleans what a killed writer may have left (``store.recover``), and commits once: a reader sees the
index before or after the whole run, never half of it.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from hashlib import blake2b
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh import query as wq
from whoosh.index import Index
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from index.analysis.analyzer import data_digests
from index.errors import IndexMissing
from index.sources.drafts import ReadFailure, ReadResult, SkippedFile
from index.sources.files import iter_files, read_source
from index.sources.kinds import READABLE_SUFFIXES, size_limit
from index.store.generations import (
    DEFAULT_LOCK_TIMEOUT,
    clean_generation,
    current_generation,
    make_current,
    new_generation,
    open_generation,
    recover,
    remove_stale_generations,
    write_lock,
)
from index.store.prepare import Prepared, normal_origin, prepare
from index.store.segment_files import complete, write_missing
from index.store.whoosh_internals import unlocked_writer

if TYPE_CHECKING:
    from index.store.build_workers import Written

Progress = Callable[[int], None]


@dataclass
class WriteReport:
    """What one run did. ``added``, ``updated`` and ``unchanged`` compare each article with the
    index as it was before the run (for a build: with nothing); ``repeated`` counts the articles
    met again in the same run, under an id already met (an export that holds a story twice: the
    later version is kept); ``skipped`` names the files that are not article exports."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    repeated: int = 0
    removed: int = 0
    moved: int = 0  # of the unchanged: the same content, now read from another file
    failures: list[ReadFailure] = field(default_factory=list)
    skips: list[SkippedFile] = field(default_factory=list)
    kept_previous: bool = False  # a build that read nothing left the current index in place

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def skipped(self) -> int:
        return len(self.skips)

    def note(self, problem: ReadFailure) -> None:
        """Count a file or record that gave no article: skipped, or failed."""
        if isinstance(problem, SkippedFile):
            self.skips.append(problem)
        else:
            self.failures.append(problem)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.moved)

    def summary(self) -> str:
        """The line every writing command ends with (scripts and tests read it)."""
        return (f"added {self.added}, updated {self.updated}, unchanged {self.unchanged}, "
                f"failed {self.failed}, skipped {self.skipped}, repeated {self.repeated}")


def read_sources(sources: Iterable[str], follow_links: bool = False,
                 defer: bool = False) -> Iterator[ReadResult]:
    for source in sources:
        yield from read_source(source, follow_links=follow_links, defer=defer)


def prepared_articles(results: Iterable[ReadResult], report: WriteReport) -> Iterator[Prepared]:
    """Each article extracted (Whoosh's writer analyses it), failures recorded in the report."""
    for result in results:
        item = prepare(result, analyze=False)
        if isinstance(item, ReadFailure):
            report.note(item)
        else:
            yield item


def _open_writer(ix: Index) -> IndexWriter:
    # Whoosh's own WRITELOCK is skipped: our write.lock already serialises writers across
    # processes and threads, and Whoosh's lock could only add a LockError (a second writer of
    # this process that opened the file again, an old writer not yet collected).
    # its commits write the column, positions and card files of their new segments
    # (index/store/segment_files.py)
    return unlocked_writer(ix, write_missing)


class _RunArticles:
    """What one run has written, by id, so that an article met twice is written once.

    Whoosh's update_document replaces committed documents only, not one added earlier by the same
    writer; so a later, different version of an article already written in this run waits in
    ``late`` and replaces the earlier one in a second commit (exports repeat stories).
    """

    def __init__(self) -> None:
        self.hashes: dict[str, str] = {}
        self.late: dict[str, Prepared] = {}

    def seen_before(self, article: Prepared, report: WriteReport) -> bool:
        """True (and counted as repeated) when this run met the article already."""
        digest = article.content_hash
        before = self.hashes.get(article.id)
        if before is None:
            self.hashes[article.id] = digest
            return False
        if before != digest:
            self.late[article.id] = article
            self.hashes[article.id] = digest
        report.repeated += 1
        return True


def _commit(ix: Index, work: Callable[[IndexWriter], bool]) -> None:
    """Run ``work`` on a writer; commit when it says it changed something, else cancel (a
    commit would only make every reader reload for nothing). A cancelled Whoosh writer leaves
    the files of the segment it had begun; they are removed at once, not at the next commit."""
    writer = _open_writer(ix)
    try:
        changed = work(writer)
    except BaseException:
        writer.cancel()
        clean_generation(Path(ix.storage.folder), ix.indexname)
        raise
    if changed:
        writer.commit()
    else:
        writer.cancel()
        clean_generation(Path(ix.storage.folder), ix.indexname)


def _replace_late(ix: Index, run: _RunArticles) -> None:
    if run.late:
        def replace(writer: IndexWriter) -> bool:
            for article in run.late.values():
                writer.update_document(**article.document)
            return True

        _commit(ix, replace)


def build(sources: Iterable[str], index_dir: Path, *, progress: Progress | None = None,
          follow_links: bool = False, wait: float = DEFAULT_LOCK_TIMEOUT,
          workers: int | None = None) -> WriteReport:
    """Index every source into a new generation, then make it current in one atomic step.

    ``workers``: processes that read, prepare and write the articles (default:
    ``build_workers.default_workers()``, the cores this process may run on, or
    $KABAR_BUILD_WORKERS)."""
    from index.store.build_workers import SegmentBuild  # with numpy: only a build needs it

    report = WriteReport()
    # The word lists are read now, once: the workers (forked) analyse with these very lines,
    # and the new generation records their digests (make_current).
    data_digests()
    with write_lock(index_dir, wait):
        recover(index_dir)
        folder, ix = new_generation(index_dir)
        try:
            with SegmentBuild(ix, workers) as segments:
                written = segments.written(sources, follow_links)
                superseded = _keep_latest(written, report, progress)
                segments.commit(superseded)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        if not report.added and (report.failed or report.skipped) and _has_current(index_dir):
            # everything failed (a wrong path, an unmounted share): an empty index would
            # replace a good one
            shutil.rmtree(folder, ignore_errors=True)
            report.kept_previous = True
            return report
        make_current(index_dir, folder)
        remove_stale_generations(index_dir)
    return report


Place = tuple[int, int, int]  # writer, its segment, the document's number there


def _keep_latest(written: Iterable[Written | ReadFailure], report: WriteReport,
                 progress: Progress | None) -> list[Place]:
    """Count what a build wrote; where the copies of repeated articles that lose are, to be
    deleted: a repeat with the same content, or an earlier version (exports repeat stories). A
    fresh index holds nothing to update: an id met again is counted as repeated, whatever its
    content.

    Each article is remembered in about 120 bytes, whatever the length of its id (half a million
    articles: some 70 MB): a 128-bit digest of its id (two ids share one with a chance of 2^-128),
    and in one number the first 64 bits of its content hash and its place."""
    latest: dict[bytes, int] = {}
    superseded: list[Place] = []
    for item in written:
        if isinstance(item, ReadFailure):
            report.note(item)
        else:
            key = blake2b(item.id.encode("utf-8"), digest_size=16).digest()
            place = (item.writer, item.segment, item.docnum)
            remembered = int(item.content_hash[:16], 16) << 64 | _packed(place)
            before = latest.get(key)
            if before is None:
                latest[key] = remembered
                report.added += 1
            else:
                if before >> 64 == remembered >> 64:  # the same content again
                    superseded.append(place)
                else:
                    superseded.append(_unpacked(before))
                    latest[key] = remembered
                report.repeated += 1
        if progress:
            progress(1)
    return superseded


def _packed(place: Place) -> int:
    writer, segment, docnum = place
    return writer << 48 | segment << 32 | docnum


def _unpacked(number: int) -> Place:
    return (number >> 48) & 0xFFFF, (number >> 32) & 0xFFFF, number & 0xFFFFFFFF


def _has_current(index_dir: Path) -> bool:
    try:
        current_generation(index_dir)
    except IndexMissing:
        return False
    return True


def _docs_of_origins(searcher: Searcher, origins: Iterable[str],
                     without_url: bool = False) -> dict[int, str]:
    """Document number -> id of the articles of these files, or of every file under these
    folders (``without_url``: only those without a URL)."""
    found = {}
    for origin in origins:
        origin = normal_origin(origin)
        under = wq.Prefix("origin", origin.rstrip(os.sep) + os.sep)
        for query in (wq.Term("origin", origin), under):
            for docnum in searcher.docs_for_query(query):
                stored = searcher.stored_fields(docnum)
                if not (without_url and stored.get("url")):
                    found[docnum] = stored["id"]
    return found


def _files_read_whole(results: Iterable[ReadResult], files: set[str]) -> Iterator[ReadResult]:
    """Pass results on, noting the local files that were read whole (no failure of the file; a
    skipped file was read whole too, and holds no article)."""
    failed = set()
    for result in results:
        origin = normal_origin(result.origin)
        if isinstance(result, ReadFailure) and not result.where and not isinstance(
                result, SkippedFile):
            failed.add(origin)
        elif not origin.startswith(("http://", "https://")):
            files.add(origin)
        yield result
    files -= failed


def add_results(results: Iterable[ReadResult], index_dir: Path, *,
                progress: Progress | None = None, wait: float = DEFAULT_LOCK_TIMEOUT,
                prune: bool = False, forget: Iterable[str] = ()) -> WriteReport:
    """Insert new articles, update changed ones (by id) and skip unchanged ones (by hash).

    ``forget``: files (or folders) whose articles leave the index, e.g. deleted files.
    ``prune``: each file read whole is the truth about its articles, so those it no longer holds
    leave the index (a row taken out of a CSV export). Without it, only its articles without a
    URL that it no longer holds leave: their id changes with their text
    (``index.sources.article_ids``), so they are earlier versions of what it holds now.
    One commit (two when the sources hold an article twice, in different versions: the set of
    articles is complete after the first). ``removed`` counts articles that left and did not
    come back.
    """
    report = WriteReport()
    run = _RunArticles()

    def write_all(writer: IndexWriter) -> bool:
        nonlocal results
        searcher = writer.searcher()
        doomed = _docs_of_origins(searcher, forget)
        whole_files: set[str] = set()
        results = _files_read_whole(results, whole_files)
        new_without_url: Counter[tuple[str, str]] = Counter()  # by file and headline
        for article in prepared_articles(results, report):
            if not run.seen_before(article, report):
                added = report.added
                _write_article(writer, searcher, article, report)
                if report.added > added and not article.document["url"]:
                    new_without_url[article.document["origin"], article.document["title"]] += 1
            if progress:
                progress(1)
        doomed.update(_docs_of_origins(searcher, whole_files, without_url=not prune))
        gone_without_url: Counter[tuple[str, str]] = Counter()
        for docnum, article_id in doomed.items():
            if article_id not in run.hashes:
                writer.delete_document(docnum)
                report.removed += 1
                stored = searcher.stored_fields(docnum)
                if not stored.get("url"):
                    gone_without_url[stored["origin"], stored["title"]] += 1
        # an article without a URL whose file now holds another text under the same headline
        # was updated, not added and removed
        for key, gone in gone_without_url.items():
            versions = min(gone, new_without_url[key])
            report.added -= versions
            report.removed -= versions
            report.updated += versions
        return report.changed

    with write_lock(index_dir, wait):
        recover(index_dir)
        ix = open_generation(index_dir)
        complete(current_generation(index_dir))
        _commit(ix, write_all)
        _replace_late(ix, run)
    return report


def _write_article(writer: IndexWriter, searcher: Searcher, article: Prepared,
                   report: WriteReport) -> None:
    stored = searcher.document(id=article.id)
    before = stored.get("content_hash") if stored else None
    if before == article.content_hash and stored.get("origin") == article.document["origin"]:
        report.unchanged += 1
        return
    writer.update_document(**article.document)
    if before is None:
        report.added += 1
    elif before == article.content_hash:
        report.unchanged += 1
        report.moved += 1
    else:
        report.updated += 1


def add(sources: Iterable[str], index_dir: Path, *, progress: Progress | None = None,
        follow_links: bool = False, wait: float = DEFAULT_LOCK_TIMEOUT,
        prune: bool = False) -> WriteReport:
    """``add_results`` of every SOURCE (files, folders, feed URLs)."""
    return add_results(read_sources(sources, follow_links), index_dir, progress=progress,
                       wait=wait, prune=prune)


def remove(ids: Iterable[str], index_dir: Path, *,
           wait: float = DEFAULT_LOCK_TIMEOUT) -> tuple[int, list[str]]:
    """Delete articles by id; returns how many were removed and the ids that were not found."""
    missing: list[str] = []
    removed = 0

    def delete(writer: IndexWriter) -> bool:
        nonlocal removed
        for article_id in ids:
            count = writer.delete_by_term("id", article_id)
            removed += count
            if not count:
                missing.append(article_id)
        return removed > 0

    with write_lock(index_dir, wait):
        recover(index_dir)
        ix = open_generation(index_dir)
        complete(current_generation(index_dir))
        _commit(ix, delete)
    return removed, missing


def remove_origin(origin: str, index_dir: Path, *, wait: float = DEFAULT_LOCK_TIMEOUT) -> int:
    """Delete every article that came from one file, or from any file under one folder (used
    when a file or folder is deleted). Returns how many left."""
    return add_results([], index_dir, wait=wait, forget=[origin]).removed


def origins_under(folder: str | Path, index_dir: Path) -> list[str]:
    """The files under a folder that the index holds articles from."""
    prefix = normal_origin(str(folder)).rstrip(os.sep) + os.sep
    with open_generation(index_dir).searcher() as searcher:
        terms = searcher.reader().expand_prefix("origin", prefix)
        origins = [t.decode("utf-8") if isinstance(t, bytes) else t for t in terms]
        # the lexicon keeps a deleted document's terms until its segment is merged
        return [o for o in origins if searcher.document_number(origin=o) is not None]


def count_records(sources: Iterable[str], follow_links: bool = False) -> int | None:
    """How many records the sources hold, for a progress bar's ETA: read in small chunks, never
    parsed whole (except a JSON document, which its reader parses whole anyway).

    None when it cannot be known beforehand (a feed URL). A file that will not be read counts one.
    """
    total = 0
    for source in sources:
        if source.startswith(("http://", "https://")):
            return None
        path = Path(source)
        if path.is_dir():
            total += sum(_records_in(file) for file in iter_files(path, follow_links))
        elif path.suffix.lower() in READABLE_SUFFIXES:
            total += _records_in(path)
    return total


_CHUNK = 2**20


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            yield chunk


def _csv_records(path: Path) -> int:
    """Rows of a CSV/TSV file after its header: line ends outside quotes, blank lines skipped."""
    records, quoted, content = 0, False, False
    for chunk in _chunks(path):
        parts = chunk.split(b"\n")
        for number, part in enumerate(parts):
            content = content or bool(part.strip())
            if part.count(b'"') % 2:
                quoted = not quoted
            if number < len(parts) - 1 and not quoted:  # a line end that ends a record
                records += content
                content = False
    return max(records + content - 1, 0)


def _lines(path: Path) -> int:
    count, content = 0, False
    for chunk in _chunks(path):
        parts = chunk.split(b"\n")
        for number, part in enumerate(parts):
            content = content or bool(part.strip())
            if number < len(parts) - 1:
                count += content
                content = False
    return count + content


def _records_in(path: Path) -> int:
    kinds = {".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl",
             ".json": "json", ".xml": "feed", ".rss": "feed", ".atom": "feed"}
    kind = kinds.get(path.suffix.lower(), "text")
    try:
        if kind == "text" or path.stat().st_size > size_limit(kind):
            return 1
        if kind == "csv":
            return _csv_records(path)
        if kind == "jsonl":
            return _lines(path)
        if kind == "feed":
            return sum(c.count(b"<item") + c.count(b"<entry") for c in _chunks(path)) or 1
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return 1
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list)]
        data = max(lists, key=len) if lists else [data]
    return len(data) if isinstance(data, list) else 1
