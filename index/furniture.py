"""Remove page furniture (related links, share prompts, ads, comment boxes) from article text.

The patterns live in ``index/data/furniture.tsv`` so that users can add the furniture of their
own sources without touching code.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# An inline pattern, and the words one of which a paragraph must contain for it to apply.
Inline = tuple[re.Pattern[str], tuple[str, ...]]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], list[Inline]]:
    kinds: dict[str, list[str]] = {"end": [], "line": []}
    inline: list[Inline] = []
    data = resources.files("index").joinpath("data/furniture.tsv").read_text("utf-8")
    for raw in data.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, pattern, *cues = raw.split("\t")
        if kind == "inline":
            inline.append((re.compile(pattern), tuple(" ".join(cues).lower().split())))
        else:
            kinds[kind].append(pattern)
    end = re.compile("|".join(f"(?:{p})" for p in kinds["end"]), re.IGNORECASE)
    line = re.compile("|".join(f"(?:{p})" for p in kinds["line"]), re.IGNORECASE)
    return end, line, inline


def is_end_marker(line: str) -> bool:
    """True for a line after which a page carries no more article text ("Related posts")."""
    return bool(_patterns()[0].match(line.strip()))


def is_furniture_line(line: str) -> bool:
    return bool(_patterns()[1].match(line.strip()))


def strip_furniture(paragraphs: list[str]) -> list[str]:
    """Drop furniture paragraphs, cut at the first end marker, remove glued furniture phrases."""
    _, _, inline = _patterns()
    kept = []
    for paragraph in paragraphs:
        if is_end_marker(paragraph):
            break
        if is_furniture_line(paragraph):
            continue
        lowered = paragraph.lower()
        for pattern, cues in inline:
            # a regex tried at every character costs more than a search for its words
            if not cues or any(cue in lowered for cue in cues):
                paragraph = pattern.sub(" ", paragraph)
        paragraph = " ".join(paragraph.split())
        if paragraph:
            kept.append(paragraph)
    return kept
