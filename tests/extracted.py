"""What the extractors find in a text, in the plain shapes the extraction tests compare: one
reader each, shared by every test file (imported as ``from extracted import officials``)."""

from __future__ import annotations

from index.extract.officials import extract_officials
from index.extract.statements import Statement, find_statements

# a sentence with no region, person or office in it, to give a written story its length
FILLER = " Kegiatan itu berlangsung lancar dan diikuti banyak peserta dari berbagai instansi."


def officials(text: str, title: str = "") -> list[tuple[str, str]]:
    """(name, role) of each official extract_officials finds in a body and its headline."""
    return [(o.name, o.role) for o in extract_officials(title, text)]


def speakers(body: str) -> list[str | None]:
    """The speaker of each statement find_statements finds in a body, in order."""
    return [s.speaker for s in find_statements(body)]


def said(body: str) -> list[tuple[str | None, str, bool, str]]:
    """(speaker, cue, direct, text) of each statement find_statements finds in a body."""
    return [(s.speaker, s.cue, s.direct, s.text) for s in find_statements(body)]


def speakers_and_roles(body: str) -> list[tuple[str | None, str | None]]:
    """(speaker, role) of each statement find_statements finds in a body."""
    return [(s.speaker, s.role) for s in find_statements(body)]


def only(body: str, title: str = "") -> Statement:
    """The one statement find_statements finds in a body (the test fails when it finds another)."""
    found = find_statements(body, title=title)
    assert len(found) == 1, found
    return found[0]


def last(body: str) -> Statement:
    """The last statement find_statements finds in a body (the test fails when it finds none)."""
    found = find_statements(body)
    assert found, body
    return found[-1]
