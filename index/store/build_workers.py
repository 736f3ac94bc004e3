"""A build's writers: each reads, prepares and writes its share of the sources.

The main process only lists the files (and fetches feeds named by URL). A worker process first
plans each file (``plan_file``: a plain export cut into parts of a few hundred records at byte
offsets; any other file it reads itself, and its records come back in batches of as many); the
main process deals the parts and batches out, in turn, to the workers
(one per core by default, ``default_workers``). Each worker reads its parts, cleans, extracts,
analyses and writes their articles into segments of the new index with a ``BulkWriter``, and
tells the main process only where each article went. The main process reads those answers in the
order of the sources, so it can decide which copy of a repeated article stays (the later version
wins), and commits all the workers' segments in one table of contents, the other copies marked
deleted.

Dealing the parts in turn keeps a build deterministic: the same sources give the same segments
and document numbers, whatever the timing (a plan writes nothing, so which worker made it, and
when, does not matter).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import itertools
import multiprocessing
import os
import signal
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path

from whoosh.codec.whoosh3 import W3Segment
from whoosh.index import FileIndex

from index.sources.drafts import ReadFailure, ReadResult
from index.sources.export_parts import PART_RECORDS, WholeFile, plan_file
from index.sources.fetch import read_url
from index.sources.files import read_file, source_files
from index.store.bulk_writer import BulkWriter, commit_segments
from index.store.prepare import prepare

BATCH = 64  # records of a fetched feed per message to a worker
# Sources smaller than this (bytes of files, no URL) are not worth starting workers for.
INLINE_BYTES = 32 * 1024
# Parts queued per worker: enough that both go on while one writes out a segment (seconds),
# few enough that the answers waiting stay small.
IN_FLIGHT = 8
# A worker's garbage collector: a young generation larger than Python's 700 objects, since an
# article makes thousands of short-lived objects and almost no cycles, while each full
# collection walks the segment's posting lists (a fiftieth of a worker's CPU with the defaults).
WORKER_GC_THRESHOLDS = (5000, 10, 10)
_PR_SET_PDEATHSIG = 1  # prctl(2)
WORKERS_VARIABLE = "KABAR_BUILD_WORKERS"


def default_workers() -> int:
    """Worker processes of a build: $KABAR_BUILD_WORKERS when set, else the cores this process
    may run on (its CPU affinity, which a container's or taskset's limit narrows)."""
    value = os.environ.get(WORKERS_VARIABLE, "").strip()
    if value:
        try:
            workers = int(value)
        except ValueError:
            workers = 0
        if workers < 1:
            raise ValueError(f"{WORKERS_VARIABLE} must be a whole number of 1 or more, "
                             f"not {value!r}")
        return workers
    counted = getattr(os, "process_cpu_count", None)  # Python 3.13
    if counted is not None:
        return counted() or 1
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class Written:
    """Where one article went: which writer, which of its segments, which document there."""

    id: str
    content_hash: str
    writer: int
    segment: int
    docnum: int


class _Writing:
    """One writer's share: drafts prepared and added to its own segments."""

    def __init__(self, ix: FileIndex, number: int) -> None:
        self.writer = BulkWriter(ix)
        self.number = number

    def add(self, batch: Iterable[ReadResult]) -> list[Written | ReadFailure]:
        done: list[Written | ReadFailure] = []
        for result in batch:
            item = prepare(result)
            if isinstance(item, ReadFailure):
                done.append(item)
                continue
            segment, docnum = self.writer.add_analyzed(item.document, item.analyzed)
            done.append(Written(item.id, item.content_hash, self.number, segment, docnum))
        return done

    def finish(self) -> list[W3Segment]:
        return self.writer.finish()

    def cancel(self) -> None:
        self.writer.cancel()


class _WorkerFailed(Exception):
    """A worker's own error (not an article's), with its traceback."""


def _die_with_the_build() -> None:
    """Have Linux kill this worker when the build process ends, however it ends: a killed build
    may leave half a batch in the pipe, which a worker would wait for forever."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: a killed build may leave workers waiting
        pass


def _plan(path: Path, name: str) -> list[tuple]:
    """The tasks that read one file: its parts; or, for a file that is not cut (a JSON
    document, a feed, a page, an export only a whole reading reports right), its records read
    here, in batches, so that a large one is shared out all the same."""
    parts = plan_file(path, name)
    if not isinstance(parts[0], WholeFile):
        return [("part", part) for part in parts]
    return [("batch", batch) for batch in _batches(parts[0].read(defer=True), PART_RECORDS)]


def _batches(results: Iterable[ReadResult], size: int) -> Iterator[list[ReadResult]]:
    results = iter(results)
    while batch := list(islice(results, size)):
        yield batch


def _task(writing: _Writing, task: tuple):
    kind, payload = task
    if kind == "plan":
        return _plan(*payload)
    if kind == "part":
        return writing.add(payload.read(defer=True))
    return writing.add(payload)  # a batch of a fetched feed's records


def _work(ix: FileIndex, number: int, tasks: multiprocessing.Queue, answers: Connection,
          build: int) -> None:
    _die_with_the_build()
    if os.getppid() != build:  # ended before that was set up
        return
    # Ctrl-C reaches the whole process group: the build stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.freeze()  # what the build process had made before the fork lives as long as the worker
    gc.set_threshold(*WORKER_GC_THRESHOLDS)
    writing = _Writing(ix, number)
    try:
        while (task := tasks.get()) is not None:
            answers.send(_task(writing, task))
        answers.send(writing.finish())
    except BaseException:
        answers.send(_WorkerFailed(traceback.format_exc()))


@dataclass(frozen=True)
class _Url:
    source: str


_Entry = tuple[Path, str] | ReadFailure | _Url


def _entries(sources: Iterable[str], follow_links: bool) -> list[_Entry]:
    """What the sources name, in order: files (with their names), failures, feed URLs."""
    entries: list[_Entry] = []
    for source in sources:
        if source.startswith(("http://", "https://")):
            entries.append(_Url(source))
        else:
            entries.extend(source_files(source, follow_links))
    return entries


def _read_entry(entry: _Entry) -> Iterator[ReadResult]:
    if isinstance(entry, ReadFailure):
        yield entry
    elif isinstance(entry, _Url):
        yield from read_url(entry.source, defer=True)
    else:
        yield from read_file(*entry, defer=True)


def _small(entries: list[_Entry]) -> bool:
    size = 0
    for entry in entries:
        if isinstance(entry, _Url):
            return False
        if isinstance(entry, tuple):
            with contextlib.suppress(OSError):
                size += entry[0].stat().st_size
    return size < INLINE_BYTES


class SegmentBuild:
    """Reads, prepares and writes a build's sources into a new, empty index: in ``workers``
    processes (default: ``default_workers()``), or in this one when the sources are small or
    there is one worker.

    ``written(sources)`` yields what became of each record, in order; ``commit(superseded)``
    then writes the table of contents with those articles (their places) deleted. Use it as
    a context manager: leaving it stops the workers.
    """

    def __init__(self, ix: FileIndex, workers: int | None = None) -> None:
        self.ix = ix
        self.workers = workers if workers is not None else default_workers()
        self.processes: list[multiprocessing.Process] = []
        self.tasks: list[multiprocessing.Queue] = []
        self.answers: list[Connection] = []
        self.inline: _Writing | None = None
        self._keys = itertools.count()
        self._expected: list[deque[int]] = []  # each worker's tasks not yet answered, by key
        self._owner: dict[int, int] = {}  # a task's worker
        self._received: dict[int, object] = {}  # answers read, not yet used

    def __enter__(self) -> SegmentBuild:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop()

    def written(self, sources: Iterable[str],
                follow_links: bool = False) -> Iterator[Written | ReadFailure]:
        entries = _entries(sources, follow_links)
        if self.workers < 2 or _small(entries):
            self.inline = _Writing(self.ix, 0)
            for entry in entries:
                yield from self.inline.add(_read_entry(entry))
            return
        self._start()
        pending: deque[int] = deque()  # the key of each task in flight, in the sources' order
        dealt = 0
        for task in self._tasks_in_order(entries):
            if task[0] == "done":  # a failure the listing met: no worker needed
                key = next(self._keys)
                self._received[key] = task[1]
            else:
                key = self._send(dealt % self.workers, task)
                dealt += 1
            pending.append(key)
            if len(pending) >= IN_FLIGHT * self.workers:
                yield from self._receive(pending.popleft())
        while pending:
            yield from self._receive(pending.popleft())

    def _tasks_in_order(self, entries: list[_Entry]) -> Iterator[tuple]:
        """The tasks that read the entries, in order: each file's parts once a worker has
        planned it (files are planned a few ahead, by the workers in turn)."""
        files = [at for at, entry in enumerate(entries) if isinstance(entry, tuple)]
        plans: dict[int, int] = {}  # entry -> key of its plan
        ahead = iter(enumerate(files))
        for at, entry in enumerate(entries):
            while len(plans) < 2 * self.workers and (nxt := next(ahead, None)) is not None:
                planned, index = nxt
                plans[index] = self._send(planned % self.workers, ("plan", entries[index]))
            if isinstance(entry, ReadFailure):
                yield ("done", [entry])
            elif isinstance(entry, _Url):
                for batch in _batches(read_url(entry.source, defer=True), BATCH):
                    yield ("batch", batch)
            else:
                yield from self._receive(plans.pop(at))

    def commit(self, superseded: Iterable[tuple[int, int, int]]) -> None:
        """Commit every writer's segments, the superseded articles deleted (each given by its
        writer, that writer's segment and its document number there)."""
        if self.inline is not None:
            segments = [self.inline.finish()]
            self.inline = None
        else:
            keys = [self._send(worker, None) for worker in range(self.workers)]
            segments = [self._receive(key) for key in keys]
        for writer, segment, docnum in superseded:
            segments[writer][segment].delete_document(docnum)
        commit_segments(self.ix, [segment for own in segments for segment in own])

    def _start(self) -> None:
        context = multiprocessing.get_context("fork")
        for number in range(self.workers):
            tasks = context.Queue()
            ours, theirs = context.Pipe(duplex=False)
            process = context.Process(target=_work,
                                      args=(self.ix, number, tasks, theirs, os.getpid()),
                                      name=f"kabar-build-{number}", daemon=True)
            process.start()
            theirs.close()  # so that a worker's end shows here as the end of its answers
            self.processes.append(process)
            self.tasks.append(tasks)
            self.answers.append(ours)
            self._expected.append(deque())

    def _send(self, worker: int, task: tuple | None) -> int:
        key = next(self._keys)
        self.tasks[worker].put(task)
        self._expected[worker].append(key)
        self._owner[key] = worker
        return key

    def _receive(self, key: int):
        """The answer to one task; the answers its worker gave before it are kept for later."""
        while key not in self._received:
            worker = self._owner[key]
            self._received[self._expected[worker].popleft()] = self._answer(worker)
        self._owner.pop(key, None)
        return self._received.pop(key)

    def _answer(self, worker: int):
        try:
            answer = self.answers[worker].recv()
        except EOFError:
            code = self.processes[worker].exitcode
            raise RuntimeError(f"a build worker ended unexpectedly (exit code {code})") from None
        if isinstance(answer, _WorkerFailed):
            raise RuntimeError(f"a build worker failed:\n{answer}")
        return answer

    def _stop(self) -> None:
        if self.inline is not None:
            self.inline.cancel()
        for process in self.processes:
            if process.is_alive():
                process.terminate()
            process.join()
        for tasks in self.tasks:
            tasks.cancel_join_thread()
            tasks.close()
        for answers in self.answers:
            answers.close()
