"""Nicknames an article declares for a person it names in full ("Gus Sholah, sapaan akrab KH
Salahuddin Wahid", "Budi Gunawan yang akrab disapa BG"): the people of an article
(`people.People`) count the nickname as that person."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from index.extract.officials.joining import _fuller_name
from index.extract.officials.lexicon import Lexicon
from index.extract.statements._scan import holds_any
from index.extract.statements.capitals import word_places
from index.extract.statements.cues import load_cues
from index.extract.statements.name_shapes import name_ending, name_key, trimmed_name, without_title

# A nickname the article declares: "Gus Sholah, sapaan akrab KH Salahuddin Wahid", "Budi
# Gunawan yang akrab disapa BG", "Ahmad Dhani alias Dhani". A name here: one to five words,
# each capitalised (particles and "'" inside allowed).
_SP = "[ \\t\\u00a0]+"
_NAME_RUN = rf"[A-Z][\w'’.-]*(?:{_SP}(?:(?:bin|binti|van|de|al|el){_SP})?[A-Z][\w'’.-]*){{0,4}}"
_NICK_FIRST = re.compile(
    rf"(?P<nick>{_NAME_RUN}),?{_SP}(?:nama{_SP})?(?:sapaan|panggilan)"
    rf"(?:{_SP}(?:akrab|karib|populer))?(?:{_SP}dari)?{_SP}(?P<full>{_NAME_RUN})"
)
_FULL_FIRST = re.compile(
    rf"(?P<full>{_NAME_RUN}),?{_SP}(?:(?:yang|atau){_SP})?(?:(?:akrab|biasa|karib|"
    rf"lebih{_SP}dikenal|populer){_SP})?(?:disapa|dipanggil|dikenal{_SP}dengan|alias)"
    rf"{_SP}(?P<nick>{_NAME_RUN})"
)
_DECLARES = ("sapaan", "panggilan", "disapa", "dipanggil", "alias", "dikenal dengan")
# parts of words that every declaring word holds: the words are looked for only where one stands
DECLARING_HINTS = ("sapa", "panggil", "alias", "dikenal")


def declaring_places(body: str) -> list[int]:
    r"""Where a declaring word stands as a word of its own, in order: the matches of
    `(?<![\w-])(?:sapaan|...)(?![\w-])`, found with `str.find` (a pattern that opens with a
    lookbehind is tried at every character of the body), in a body that holds a hint (in C:
    memmem is some twice as fast as four `in`)."""
    if not holds_any(body, DECLARING_HINTS):
        return []
    return sorted(at for word in _DECLARES for at in word_places(body, word))


def declared_nicknames(body: str, lexicon: Lexicon) -> dict[frozenset[str], str]:
    """Nicknames the article itself declares, by their words -> the full name it gives."""
    hits = declaring_places(body)
    found: dict[frozenset[str], str] = {}
    windows = [(max(0, at - 90), at + 90) for at in hits]  # the patterns tried only near them
    for pattern in (_NICK_FIRST, _FULL_FIRST) if hits else ():
        for match in (m for start, end in windows for m in pattern.finditer(body, start, end)):
            full = name_ending(match.group("full"), lexicon) if pattern is _FULL_FIRST else (
                _without_honorifics(match.group("full"), lexicon))
            if full:
                # "Gitaris Satriyo Yudi Wahono atau biasa disapa Piyu": the sentence's first word
                full, _ = without_title(full, body, load_cues().titles)
                full = trimmed_name(full, body, match.start("full") + match.group("full").find(
                    full), lexicon)
            nick = match.group("nick")
            if pattern is _NICK_FIRST:
                nick = name_ending(nick, lexicon) or nick
            if full and " " not in full:
                full = _fuller_name(full, body, lexicon)  # "Aburizal alias Ical": Aburizal Bakrie
            if full and nick and len(full.split()) >= 2 and name_key(nick) and not (
                name_key(nick) <= name_key(full)
            ):
                found.setdefault(name_key(nick), full)
                if (plain := _without_honorifics(nick, lexicon)) and plain != nick:
                    found.setdefault(name_key(plain), full)  # "Gus Sholah" and "Sholah"
    return found


def _without_honorifics(name: str, lexicon: Lexicon) -> str:
    words = name.split()
    while words and lexicon.honorific_pattern.fullmatch(words[0]):
        words.pop(0)
    return " ".join(words)


# A nickname declared for the person in view, "-nya" pointing back to them: '"...," tegas Ani,
# sapaan akrabnya.', "Ani, panggilan karibnya, mengatakan ..."
_BACK_DECLARED = re.compile(rf"(?:sapaan|panggilan)(?:{_SP}(?:akrab|karib|populer))?nya(?![\w-])")
_NICK_BEFORE = re.compile(rf"(?<![\w-])(?P<nick>{_NAME_RUN}),?{_SP}$")


def nicknames_of_the_one_in_view(body: str) -> dict[frozenset[str], int]:
    """Nicknames the article gives the person it is writing about with "sapaan akrabnya" and
    no name after (the "-nya" is theirs): the nickname's words -> where it is written, the first
    time. Who they are is the person a pronoun there would refer to (People.named)."""
    found: dict[frozenset[str], int] = {}
    for at in declaring_places(body):
        if not _BACK_DECLARED.match(body, at):
            continue
        if before := _NICK_BEFORE.search(body, max(0, at - 40), at):
            nick = before.group("nick").split()[-1]  # "tegas Ani": the cue's lower-case word stops
            found.setdefault(name_key(nick), before.start("nick") + before.group("nick").rfind(
                nick))
    return found


class _Named(Protocol):
    name: str


_P = TypeVar("_P", bound=_Named)


def cut_from(nickname: frozenset[str], person: _P | None) -> _P | None:
    """`person` when a nickname is cut from their name, as Indonesian nicknames are: its first
    three letters stand in the name ("Ani": Sri Mulyani, "Tiko": Kartika, "Mandy": Amanda);
    else None."""
    if person is None:
        return None
    name = person.name.lower()
    return person if all(word[:3] in name for word in nickname) else None
