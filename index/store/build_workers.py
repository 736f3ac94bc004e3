"""A build's writers: each prepares its share of the drafts and writes its own segments.

The main process parses the sources and deals the drafts out in batches, in turn, to one worker
process per core. Each worker cleans, extracts, analyses and writes its articles into segments of
the new index with a ``BulkWriter``, and tells the main process only where each article went.
The main process reads those answers in the order the drafts were read, so it can decide which
copy of a repeated article stays (the later version wins), and commits all the workers' segments
in one table of contents, the other copies marked deleted.

Dealing the batches in turn keeps a build deterministic: the same sources give the same segments
and document numbers, whatever the timing.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from multiprocessing.connection import Connection

from whoosh.codec.whoosh3 import W3Segment
from whoosh.index import FileIndex

from index.sources.drafts import ReadFailure, ReadResult
from index.store.bulk_writer import BulkWriter, commit_segments
from index.store.prepare import prepare

BATCH = 64  # drafts per message to a worker: large enough that pickling is not the cost
INLINE = 2 * BATCH  # fewer drafts than this are not worth starting workers for
# Batches queued per worker: enough that both go on while one writes out a segment (seconds),
# few enough that a big build holds a few thousand drafts at most.
IN_FLIGHT = 48
_PR_SET_PDEATHSIG = 1  # prctl(2)


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

    def add(self, batch: list[ReadResult]) -> list[Written | ReadFailure]:
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


def _work(ix: FileIndex, number: int, tasks: multiprocessing.Queue, answers: Connection,
          build: int) -> None:
    _die_with_the_build()
    if os.getppid() != build:  # ended before that was set up
        return
    # Ctrl-C reaches the whole process group: the build stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    writing = _Writing(ix, number)
    try:
        while (batch := tasks.get()) is not None:
            answers.send(writing.add(batch))
        answers.send(writing.finish())
    except BaseException:
        answers.send(_WorkerFailed(traceback.format_exc()))


class SegmentBuild:
    """Prepares and writes a build's drafts into a new, empty index: in ``workers`` processes
    (default: one per core), or in this one when there are few drafts or one worker.

    ``written(results)`` yields what became of each draft, in order; ``commit(superseded)``
    then writes the table of contents with those articles deleted. Use it as a context manager:
    leaving it stops the workers.
    """

    def __init__(self, ix: FileIndex, workers: int | None = None) -> None:
        self.ix = ix
        self.workers = workers if workers is not None else (os.cpu_count() or 1)
        self.processes: list[multiprocessing.Process] = []
        self.tasks: list[multiprocessing.Queue] = []
        self.answers: list[Connection] = []
        self.inline: _Writing | None = None

    def __enter__(self) -> SegmentBuild:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop()

    def written(self, results: Iterable[ReadResult]) -> Iterator[Written | ReadFailure]:
        batches = _batches(results)
        first = list(islice(batches, INLINE // BATCH))
        if sum(map(len, first)) < INLINE or self.workers < 2:
            self.inline = _Writing(self.ix, 0)
            for batch in chain(first, batches):
                yield from self.inline.add(batch)
            return
        self._start()
        pending: deque[int] = deque()  # the worker of each batch in flight, oldest first
        for number, batch in enumerate(chain(first, batches)):
            worker = number % self.workers
            self.tasks[worker].put(batch)
            pending.append(worker)
            if len(pending) >= IN_FLIGHT * self.workers:
                yield from self._answer(pending.popleft())
        while pending:
            yield from self._answer(pending.popleft())

    def commit(self, superseded: Iterable[Written]) -> None:
        """Commit every writer's segments, the superseded articles deleted."""
        if self.inline is not None:
            segments = [self.inline.finish()]
            self.inline = None
        else:
            for tasks in self.tasks:
                tasks.put(None)
            segments = [self._answer(worker) for worker in range(self.workers)]
        for written in superseded:
            segments[written.writer][written.segment].delete_document(written.docnum)
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


def _batches(results: Iterable[ReadResult]) -> Iterator[list[ReadResult]]:
    results = iter(results)
    while batch := list(islice(results, BATCH)):
        yield batch
