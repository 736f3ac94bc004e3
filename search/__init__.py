"""Kabar read side: ``open_index(path).search(...)`` and ``.get(id)`` (see DESIGN.md)."""

from __future__ import annotations

from pathlib import Path

from search.engine import BadRequest, Engine

__all__ = ["BadRequest", "Engine", "open_index"]


def open_index(path: str | Path) -> Engine:
    """Open a Kabar index folder for searching; raises KabarIndexError subclasses."""
    return Engine(path)
