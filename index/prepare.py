"""Turn drafts into analysed documents, in worker processes when there are many.

A build parses its files in the main process and leaves the costly steps (cleaning an export's
records, extraction, analysis) to one worker per core; the main process writes the postings the
workers send back. Drafts come back in the order they were read, so "the later version of an
article wins" holds as it does in one process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain, islice

from whoosh.fields import Schema

from index.article import Article
from index.extract import make_article
from index.fingerprint import simhash
from index.postings import Analyzed, analyze_document
from index.readers import PendingRecord, ReadFailure, ReadResult
from index.schema import make_schema

BATCH = 64  # drafts per message to a worker: large enough that pickling is not the cost
INLINE = 2 * BATCH  # fewer drafts than this are not worth starting workers for
IN_FLIGHT = 16  # batches per worker


@dataclass
class Prepared:
    """One article's Whoosh document and the postings of its indexed fields."""

    document: dict
    analyzed: Analyzed | None  # None when not asked for (Whoosh's own writer analyses)

    @property
    def id(self) -> str:
        return self.document["id"]

    @property
    def content_hash(self) -> str:
        return self.document["content_hash"]


def normal_origin(origin: str) -> str:
    """Where an article came from, one spelling per file: a feed URL as it is, a path absolute.

    A file can be named relative to any folder, or come from a folder read or a watcher's event;
    storing the absolute path lets a deleted file's articles be found again.
    """
    if origin.startswith(("http://", "https://")):
        return origin
    return os.path.abspath(origin)


def article_document(article: Article, origin: str) -> dict:
    """The Whoosh document of an article."""
    document = {
        "id": article.id,
        "url": article.url,
        "origin": origin,
        "source": article.source,
        "source_text": article.source,
        "title": article.title,
        "body": article.body,
        "provinces": ",".join(article.provinces),
        "regencies": ",".join(article.regencies),
        "officials": ",".join(o.name for o in article.officials),
        "officials_roles": [[o.name, o.role] for o in article.officials],
        "people": " ; ".join(f"{o.name} {o.role}" for o in article.officials),
        "places": " ; ".join(article.provinces + article.regencies),
        "category": article.category,
        "tags": ",".join(article.tags),
        "content_hash": article.content_hash,
        "fingerprint": simhash(article.body),
    }
    if article.published is not None:
        document["published"] = article.published
    return document


@cache
def _schema() -> Schema:
    return make_schema()


def prepare(result: ReadResult, analyze: bool = True) -> Prepared | ReadFailure:
    """Extraction (and analysis) of one draft; a failure passes through."""
    if isinstance(result, PendingRecord):
        result = result.resolve()
    if isinstance(result, ReadFailure):
        return result
    try:
        document = article_document(make_article(result), normal_origin(result.origin))
    except Exception as error:
        return ReadFailure(result.origin, result.record_id, f"could not extract: {error!r}")
    return Prepared(document, analyze_document(_schema(), document) if analyze else None)


def _prepare_batch(batch: list[ReadResult], analyze: bool) -> list[Prepared | ReadFailure]:
    return [prepare(result, analyze) for result in batch]


def _batches(results: Iterable[ReadResult]) -> Iterator[list[ReadResult]]:
    results = iter(results)
    while batch := list(islice(results, BATCH)):
        yield batch


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group: the build stops the workers itself, without a
    # traceback from each. (A worker also ends by itself when its build is killed: its task
    # pipe closes.)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def prepared(results: Iterable[ReadResult], *, analyze: bool = True,
             workers: int | None = None) -> Iterator[Prepared | ReadFailure]:
    """Every result prepared, in order; with ``workers`` processes (default: one per core) once
    there are enough drafts to be worth it. Workers are forked: give ``workers=1`` in a process
    that runs other threads."""
    results = iter(results)
    first = list(islice(results, INLINE))
    if workers is None:
        workers = os.cpu_count() or 1
    if len(first) < INLINE or workers < 2:
        for result in chain(first, results):
            yield prepare(result, analyze)
        return
    batches = _batches(chain(first, results))
    with multiprocessing.get_context("fork").Pool(workers, initializer=_ignore_interrupts) as pool:
        # Batches in flight: enough that the workers go on while the caller writes out a
        # segment (seconds), few enough that a big build holds a few thousand drafts at most.
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.apply_async(_prepare_batch, (batch, analyze)))
            if len(pending) >= IN_FLIGHT * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
