"""Source filters: any way of writing an outlet finds it ("antara", "ANTARA News",
"antaranews.com" all find ANTARA), by the outlet rules of ``index/outlets.py``."""

from __future__ import annotations

from collections.abc import Iterable

from index.outlets import match_keys


def resolve_source(value: str, indexed: Iterable[str]) -> list[str]:
    """The source names of an index (its source facet's values) that are the outlet `value`
    names, in the order given; [] when it names none of them."""
    wanted = match_keys(value)
    if not wanted:
        return []
    return [name for name in indexed if match_keys(name) & wanted]
