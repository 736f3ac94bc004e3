"""The subject written after a comma, right before a reporting verb, when a clause opens the
sentence: another name ("kepada Sekjen PBB, Antonio Guterres, Ja menulis": Ja writes) or an
acronym alone ("Dalam situasi ekonomi Asia yang sedang susah, SBY meminta ...": SBY asks, not
Asia, the name the relative clause follows). speakers.speaker_before reads the subject there."""

from __future__ import annotations

import re

from index.extract.officials.names import is_name_word
from index.extract.statements.cues import Cues
from index.extract.statements.descriptions import DAYS
from index.extract.statements.people import People

_ACRONYM_ALONE = re.compile(r"[A-Z]{2,6}")


def is_role_word(word: str, people: People) -> bool:
    return word in people.lexicon.connectors or (is_name_word(word, people.lexicon) is False and (
        word[:1].isupper()))


def named_after_comma(tail: str, people: People, cues: Cues) -> bool:
    """Whether the words between an official's name and the verb end with another name after
    a comma: "kepada Sekjen PBB, Antonio Guterres, Ja menulis" (Ja writes)."""
    parts = tail.rstrip(" \t\u00a0,").rsplit(",", 1)
    if len(parts) < 2:
        return False
    words = [w for w in parts[1].split() if w.lower() not in cues.between]
    return bool(words) and words[0] not in DAYS and all(
        w[:1].isupper() and w.isalpha() and not is_role_word(w, people)
        and w.lower() not in cues.pronouns for w in words)


def acronym_after_comma(tail: str) -> bool:
    """Whether the words before the verb are one acronym alone after the last comma: "...
    yang sedang susah, SBY" (the acronym is the subject, a person's or an institution's)."""
    parts = tail.rstrip(" \t\u00a0").rsplit(",", 1)
    return len(parts) == 2 and _ACRONYM_ALONE.fullmatch(parts[1].strip()) is not None
