"""Source filters and the source facet: one outlet, one value, whatever its articles write.

Any way of writing an outlet finds it ("antara", "ANTARA News", "antaranews.com" all find
ANTARA), by the outlet rules of ``index/outlets.py``. The index keeps each article's source as
its build named it: an outlet that outlets.tsv does not list is named by its registered domain
when the article has its URL ("serambinews.com"), by the name its source writes when not
("Serambinews"). `Sources` joins those values into outlets once per snapshot, from the index's
own values (``index.outlets.joined_sources``), so that the facet counts outlets, a filter finds
all of an outlet's articles and every page shows one name, whatever was indexed in which commit
or `kabar index add`. Nothing is stored in the index.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from index.outlets import joined_sources, match_keys


class Sources:
    """The outlets among one snapshot's source values."""

    def __init__(self, pairs: tuple[list[str], np.ndarray, np.ndarray]) -> None:
        written, docs, codes = pairs
        articles = np.bincount(codes, minlength=len(written)) if len(codes) else np.zeros(
            len(written), dtype=np.int64)
        self._shown = joined_sources({v: int(articles[i]) for i, v in enumerate(written)})
        self.names = sorted(set(self._shown.values()))
        number = {name: i for i, name in enumerate(self.names)}
        self.forms: dict[str, list[str]] = {name: [] for name in self.names}
        for value in written:
            self.forms[self._shown[value]].append(value)
        mapping = np.array([number[self._shown[v]] for v in written], dtype=np.int64)
        self.pairs = (self.names, docs, mapping[codes] if len(codes) else codes)

    def shown(self, value: str) -> str:
        """The one name of the outlet a stored source value is a way of writing."""
        return self._shown.get(value, value)

    def resolve(self, value: str) -> list[str]:
        """The outlets (facet values) `value` names: the outlet it is a way of writing, or one
        of whose written forms it is. [] when it names none of them."""
        if value in self.forms:  # a facet's own value, as a page links it
            return [value]
        return resolve_source(value, self.names, self.forms)


def resolve_source(value: str, indexed: Iterable[str],
                   forms: dict[str, list[str]] | None = None) -> list[str]:
    """The source names of an index (its source facet's values) that are the outlet `value`
    names, in the order given; [] when it names none of them. `forms`: the values stored under
    each name, when the facet joined several (Sources)."""
    wanted = match_keys(value)
    if not wanted:
        return []
    forms = forms or {}
    return [name for name in indexed
            if any(match_keys(form) & wanted for form in forms.get(name, [name]))]
