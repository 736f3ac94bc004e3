"""Kabar read side: ``open_index(path).search(...)`` and ``.get(id)`` (see DESIGN.md).

The index's errors are re-exported so that a reader (the web UI) needs nothing from ``index``.
"""

from __future__ import annotations

from pathlib import Path

from index.errors import IndexBusy, IndexMissing, IndexOutdated, KabarIndexError
from search.engine import SEARCH_SECONDS, BadRequest, Engine

__all__ = ["BadRequest", "Engine", "IndexBusy", "IndexMissing", "IndexOutdated",
           "KabarIndexError", "open_index"]


def open_index(path: str | Path, search_seconds: float = SEARCH_SECONDS) -> Engine:
    """Open a Kabar index folder for searching; raises KabarIndexError subclasses.
    `search_seconds`: the time limit of one request, 0.05 to 600 (ValueError otherwise)."""
    return Engine(path, search_seconds)
