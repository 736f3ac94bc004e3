"""Turn drafts into Whoosh documents: cleaning an export's deferred records, extraction, and
(for a build's bulk writer) analysis."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache

from whoosh.fields import Schema

from index.analysis.fingerprint import copy_key
from index.analysis.postings import Analyzed, analyze_document
from index.article import Article
from index.extract.pipeline import make_article
from index.sources.drafts import PendingRecord, ReadFailure, ReadResult
from index.store.schema import make_schema


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
    copies = copy_key(article.title, article.body, article.provinces + article.regencies)
    document = {
        "id": article.id,
        "url": article.url,
        "origin": origin,
        "source": article.source,
        "title": article.title,
        "body": article.body,
        "provinces": ",".join(article.provinces),
        "regencies": ",".join(article.regencies),
        "officials": ",".join(o.name for o in article.officials),
        "officials_roles": [[o.name, o.role] for o in article.officials],
        "official_role_pairs": "\n".join(f"{o.name}\t{o.role}" for o in article.officials),
        "people": " ; ".join(f"{o.name} {o.role}" for o in article.officials),
        "places": " ; ".join(article.provinces + article.regencies),
        "category": article.category,
        "tags": ",".join(article.tags),
        "content_hash": article.content_hash,
        "fingerprint": copies.fingerprint,
        "facts": copies.facts,
        "words": copies.words,
        "government": int(article.government),
    }
    if article.published is not None:
        document["published"] = article.published
    if article.statements:
        document["statements"] = article.statements
        document["said"] = "\n".join(s["text"] for s in article.statements)
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
