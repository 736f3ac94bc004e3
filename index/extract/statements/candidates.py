"""Whom a pronoun's statement is by, as a scored choice among candidates.

"..., ujarnya", "Ia menegaskan ...", "Menurut dia, ...": the speaker is someone named before.
The rules of people.py and the package's `_resolved` give one answer (the subject of the last
sentence naming someone, kept as the previous speaker when nobody new became a subject); here
every person named in the statement's paragraph and the ones before, the previous statement's
speaker and the rules' answer are candidates, each described by a few transparent features, and
the one with the highest weighted sum is chosen. The weights are in
index/data/speaker_weights.tsv (fitted by `python -m bench.fit_speakers` on the development
labels, which says where they come from); a feature the file does not weigh counts nothing.
"""

from __future__ import annotations

import bisect
import math
import re
from functools import cache
from typing import NamedTuple

from index.data_files import data_lines
from index.extract.statements.people import People, Person
from index.extract.statements.sentences import sentence_start, sentence_starts

WEIGHTS_FILE = "speaker_weights.tsv"
# How far back a candidate may be named: paragraphs before the statement's own.
PARAGRAPHS_BACK = 3

FEATURES = (
    "rule",  # the rules' answer
    "previous",  # the previous statement's speaker (the quote goes on)
    "latest",  # the subject of the last sentence that names someone
    "sentences_back",  # sentences since last named, over 5 (at most 1)
    "paragraphs_back",  # paragraph breaks since last named, over PARAGRAPHS_BACK (at most 1)
    "mentions",  # log(1 + times named before)
    "statements",  # log(1 + statements already by the candidate)
    "role",  # named with a role or an office
    "subject",  # last named as a sentence's or a clause's subject
    "object",  # last named after a preposition or a verb: "kepada X", "meminta X", "dan X"
    "heading",  # last named in a line with no full stop: a heading, a link to another story
    "institution",  # an institution, not a person
)

# Words before a name that make it an object or a companion, not who speaks.
_OBJECT_WORDS = frozenset({
    "kepada", "terhadap", "dengan", "oleh", "bersama", "untuk", "dari", "melawan", "antara",
    "dan", "atau", "tentang", "soal", "menemui", "meminta", "menantang", "menyebut", "memanggil",
    "mengenal", "menawarkan", "bertemu", "mengalahkan", "menggantikan", "seperti", "pada", "ke",
    "bagi", "milik", "mantan", "istri", "suami", "anak", "putra", "putri",
})
_WORD_BEFORE = re.compile(r"([\w-]+)[ \t\u00a0,]*$")


class Candidate(NamedTuple):
    who: Person | str
    features: tuple[float, ...]


@cache
def load_weights() -> tuple[float, ...]:
    """The weight of each feature, in FEATURES order (0 for one the file does not give)."""
    weights: dict[str, float] = {}
    for line in data_lines(WEIGHTS_FILE):
        name, _, value = line.partition("\t")
        try:
            weights[name.strip()] = float(value)
        except ValueError:
            continue  # a line that is no weight: left out, as a comment would be
    return tuple(weights.get(name, 0.0) for name in FEATURES)


def rules_only() -> bool:
    """Whether the weights give the rules' answer alone: then no candidate need be read."""
    weights = load_weights()
    rule = FEATURES.index("rule")
    return weights[rule] > 0 and not any(w for at, w in enumerate(weights) if at != rule)


def candidates(body: str, at: int, rule: Person | str | None, previous: Person | str | None,
               people: People, spoken: dict[int, int]) -> list[Candidate]:
    """The people a reference at `at` may be, each with its features. `spoken`: how many
    statements each candidate (by id) has made before."""
    paragraph = body.rfind("\n", 0, at)
    for _ in range(PARAGRAPHS_BACK):
        if paragraph <= 0:
            break
        paragraph = body.rfind("\n", 0, paragraph - 1)
    events = people.named_between(max(0, paragraph), at)
    last: dict[int, int] = {}
    counts: dict[int, int] = {}
    found: dict[int, Person | str] = {}
    for _position, person in people.named_between(0, at):
        counts[id(person)] = counts.get(id(person), 0) + 1
    for position, person in events:
        last[id(person)] = position
        found[id(person)] = person
    for extra in (previous, rule):
        if extra is not None and id(extra) not in found:
            found[id(extra)] = extra
    latest = people.latest_before(at)
    starts = sentence_starts(body)
    chosen: list[Candidate] = []
    for key, who in found.items():
        named = last.get(key)
        if named is None and isinstance(who, Person):
            named = people.last_named(who, at)
        if named is None or named > at:
            sentences, paragraphs, subject, obj, heading = 5, PARAGRAPHS_BACK, 0.0, 0.0, 0.0
        else:
            sentences = _count_between(starts, named, at)
            paragraphs = body.count("\n", named, at)
            subject = 1.0 if _opens(body, named) else 0.0
            obj = 1.0 if _after_object_word(body, named) else 0.0
            heading = 1.0 if _in_heading(body, named) else 0.0
        is_person = isinstance(who, Person)
        features = (
            1.0 if who is rule else 0.0,
            1.0 if who is previous else 0.0,
            1.0 if who is latest else 0.0,
            min(sentences, 5) / 5,
            min(paragraphs, PARAGRAPHS_BACK) / PARAGRAPHS_BACK,
            math.log1p(counts.get(key, 0)),
            math.log1p(spoken.get(key, 0)),
            1.0 if is_person and (who.role or who.official) else 0.0,
            subject,
            obj,
            heading,
            0.0 if is_person else 1.0,
        )
        chosen.append(Candidate(who, features))
    return chosen


def choose(found: list[Candidate], weights: tuple[float, ...] | None = None
           ) -> Person | str | None:
    """The candidate with the highest weighted sum of its features (the first on a tie)."""
    if not found:
        return None
    weights = load_weights() if weights is None else weights
    best = max(found, key=lambda c: sum(w * x for w, x in zip(weights, c.features, strict=True)))
    return best.who


def _count_between(starts: list[int], start: int, end: int) -> int:
    return bisect.bisect_right(starts, end) - bisect.bisect_right(starts, start)


def _opens(body: str, at: int) -> bool:
    """Whether a name at `at` opens its sentence or its clause: only capitalised words (titles,
    a description's proper nouns) between the start, or the last comma, and it."""
    start = sentence_start(body, at)
    words = body[start:at].rsplit(",", 1)[-1].split()
    return all(word[:1].isupper() for word in words)


def _after_object_word(body: str, at: int) -> bool:
    before = _WORD_BEFORE.search(body, max(0, at - 40), at)
    return before is not None and before.group(1).lower() in _OBJECT_WORDS


def _in_heading(body: str, at: int) -> bool:
    start = body.rfind("\n", 0, at) + 1
    end = body.find("\n", at)
    line = body[start:end if end >= 0 else len(body)].rstrip()
    return bool(line) and line[-1] not in ".!?\"”:;,"
