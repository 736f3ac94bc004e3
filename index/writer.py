"""Build, add to and remove from a Kabar index."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from whoosh.writing import IndexWriter

from index.article import Article
from index.extract import make_article
from index.readers import ReadFailure, read_source
from index.store import (
    DEFAULT_LOCK_TIMEOUT,
    make_current,
    new_generation,
    open_generation,
    remove_stale_generations,
    write_lock,
)

LEAD_PARAGRAPHS = 2
Progress = Callable[[int], None]


@dataclass
class WriteReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failures: list[ReadFailure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def article_document(article: Article, origin: str) -> dict:
    """The Whoosh document of an article."""
    paragraphs = article.body.split("\n\n")
    document = {
        "id": article.id,
        "url": article.url,
        "origin": origin,
        "source": article.source,
        "source_text": article.source,
        "title": article.title,
        "lead": "\n\n".join(paragraphs[:LEAD_PARAGRAPHS]),
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
    }
    if article.published is not None:
        document["published"] = article.published
    return document


def read_articles(sources: Iterable[str], report: WriteReport,
                  follow_links: bool = False) -> Iterator[tuple[Article, str]]:
    """Articles from every source, failures recorded in the report."""
    for source in sources:
        for result in read_source(source, follow_links=follow_links):
            if isinstance(result, ReadFailure):
                report.failures.append(result)
                continue
            try:
                article = make_article(result)
            except Exception as error:
                report.failures.append(ReadFailure(result.origin, result.record_id,
                                                   f"could not extract: {error!r}"))
                continue
            yield article, result.origin


def build(sources: Iterable[str], index_dir: Path, *, progress: Progress | None = None,
          follow_links: bool = False, wait: float = DEFAULT_LOCK_TIMEOUT) -> WriteReport:
    """Index every source into a new generation, then make it current in one atomic step."""
    report = WriteReport()
    with write_lock(index_dir, wait):
        remove_stale_generations(index_dir)
        folder, ix = new_generation(index_dir)
        try:
            writer = ix.writer(limitmb=256)
            seen: set[str] = set()
            for article, origin in read_articles(sources, report, follow_links):
                if article.id in seen:
                    writer.update_document(**article_document(article, origin))
                    report.updated += 1
                else:
                    seen.add(article.id)
                    writer.add_document(**article_document(article, origin))
                    report.added += 1
                if progress:
                    progress(1)
            writer.commit()
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        make_current(index_dir, folder)
        remove_stale_generations(index_dir)
    return report


def _stored_hash(searcher, article_id: str) -> str | None:
    stored = searcher.document(id=article_id)
    return stored.get("content_hash") if stored else None


def add(sources: Iterable[str], index_dir: Path, *, progress: Progress | None = None,
        follow_links: bool = False, wait: float = DEFAULT_LOCK_TIMEOUT) -> WriteReport:
    """Insert new articles, update changed ones (by id) and skip unchanged ones (by hash)."""
    report = WriteReport()
    with write_lock(index_dir, wait):
        ix = open_generation(index_dir)
        writer: IndexWriter = ix.writer(limitmb=128)
        try:
            with ix.searcher() as searcher:
                written: dict[str, str] = {}
                for article, origin in read_articles(sources, report, follow_links):
                    digest = article.content_hash
                    before = written.get(article.id) or _stored_hash(searcher, article.id)
                    if before == digest:
                        report.unchanged += 1
                    else:
                        writer.update_document(**article_document(article, origin))
                        if before is None:
                            report.added += 1
                        else:
                            report.updated += 1
                        written[article.id] = digest
                    if progress:
                        progress(1)
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
    return report


def remove(ids: Iterable[str], index_dir: Path, *,
           wait: float = DEFAULT_LOCK_TIMEOUT) -> tuple[int, list[str]]:
    """Delete articles by id; returns how many were removed and the ids that were not found."""
    missing = []
    removed = 0
    with write_lock(index_dir, wait):
        ix = open_generation(index_dir)
        writer = ix.writer()
        try:
            for article_id in ids:
                count = writer.delete_by_term("id", article_id)
                removed += count
                if not count:
                    missing.append(article_id)
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
    return removed, missing


def remove_origin(origin: str, index_dir: Path, *, wait: float = DEFAULT_LOCK_TIMEOUT) -> int:
    """Delete every article that came from one file (used when the file is deleted)."""
    with write_lock(index_dir, wait):
        ix = open_generation(index_dir)
        writer = ix.writer()
        count = writer.delete_by_term("origin", origin)
        writer.commit()
    return count
