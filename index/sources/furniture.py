"""Remove page furniture (related links, share prompts, ads, comment boxes) from article text.

The patterns live in ``index/data/furniture.tsv`` so that users can add the furniture of their
own sources without touching code, in a ``furniture.tsv`` of their own (index/data_files.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from index.data_files import data_lines
from index.sources.cleaning import is_single_spaced


@dataclass(frozen=True)
class _Patterns:
    """One kind's patterns, in file order, each with its cue words (none: tried everywhere)."""

    patterns: list[tuple[re.Pattern[str], tuple[str, ...]]]

    @cached_property
    def _uncued(self) -> list[re.Pattern[str]]:
        return [p for p, cues in self.patterns if not cues]

    @cached_property
    def _cues(self) -> tuple[str, ...]:
        # each cue once ("foto" cues two patterns): looked for in every paragraph of a build
        return tuple(dict.fromkeys(cue for _, cues in self.patterns for cue in cues))

    def matching(self, lowered: str) -> list[re.Pattern[str]]:
        """The patterns worth trying on a text, given the text in lowercase."""
        for cue in self._cues:  # most texts have none: found out with the least work
            if cue in lowered:
                return [p for p, cues in self.patterns
                        if not cues or any(c in lowered for c in cues)]
        return self._uncued

    def start(self, line: str, lowered: str) -> bool:
        """Whether one of the patterns matches at the start of a line."""
        return self.starts_stripped(line.strip(), lowered)

    def starts_stripped(self, stripped: str, lowered: str) -> bool:
        """``start`` of a line already stripped (``lowered``: the line in lowercase)."""
        # a loop, not any() over a generator: asked twice for every paragraph of a build
        for pattern in self.matching(lowered):  # noqa: SIM110
            if pattern.match(stripped):
                return True
        return False


@cache
def _patterns() -> dict[str, _Patterns]:
    rows: dict[str, list[tuple[str, tuple[str, ...]]]] = {"end": [], "line": [], "inline": []}
    for raw in data_lines("furniture.tsv"):
        kind, pattern, *cues = raw.split("\t")
        rows[kind].append((pattern, tuple(" ".join(cues).lower().split())))
    found = {"inline": _Patterns([(re.compile(p), cues) for p, cues in rows["inline"]])}
    for kind in ("end", "line"):  # matched at a line's start, in any case
        patterns = [(p, cues) for p, cues in rows[kind] if cues]
        always = "|".join(f"(?:{p})" for p, cues in rows[kind] if not cues)
        if always:  # one expression for all of them
            patterns.insert(0, (always, ()))
        found[kind] = _Patterns([(re.compile(p, re.IGNORECASE), cues) for p, cues in patterns])
    return found


def is_furniture_line(line: str) -> bool:
    """Whether a line is furniture on its own ("line" patterns)."""
    return _patterns()["line"].start(line, line.lower())


def strip_furniture(paragraphs: list[str]) -> list[str]:
    """Drop furniture paragraphs, cut at the first end marker, remove glued furniture phrases."""
    patterns = _patterns()
    end, line, inline = patterns["end"], patterns["line"], patterns["inline"]
    kept = []
    for paragraph in paragraphs:
        lowered = paragraph.lower()
        stripped = paragraph.strip()
        if end.starts_stripped(stripped, lowered):
            break  # nothing after it is article text ("Related posts")
        if line.starts_stripped(stripped, lowered):
            continue
        for pattern in inline.matching(lowered):
            paragraph = pattern.sub(" ", paragraph)
        if not is_single_spaced(paragraph):
            paragraph = " ".join(paragraph.split())
        if paragraph:
            kept.append(paragraph)
    return kept
