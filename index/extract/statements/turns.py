"""Turn-taking where several people speak: a quotation that "katanya"/"ujarnya" gives to the
person in view but that names that person itself is someone else's. People speak of others by
their name or their office, not of themselves: after "Jokowi juga menyampaikan pendapatnya ...",
'"Kita sepaham dengan Presiden," katanya.' is said by the one who spoke before Jokowi."""

from __future__ import annotations

import re

from index.extract.statements.people import Person

# how far back the speaker who spoke before may have spoken: paragraphs between
_TURN_PARAGRAPHS = 4


def names_the_speaker(text: str, person: Person) -> bool:
    """Whether a quotation names `person`: a word of their name (three letters or more) or the
    office the article writes beside the name ("Presiden"), capitalised as a word of its own."""
    named = person.name.split()
    # of three words or more, the first may be an organisation's glued before the name ("HRC
    # Yoshishige Nomura", "Xbox Mike Nichols"), which the person may well name
    words = [word for word in named[len(named) > 2:] if len(word) > 2 and word[0].isupper()]
    role = (person.role or "").strip()
    if role[:1].isupper():
        words.append(role)
    # a substring test first: most quotations hold none of the words
    return any(word in text and _written_apart(text, word) for word in words)


def _written_apart(text: str, word: str) -> bool:
    return bool(re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text))


def speaker_before_them(body: str, text: str, at: int, person: Person,
                        spoken: list[tuple[Person, int]]) -> Person | None:
    """The latest earlier speaker other than `person`, close before `at`, when the quotation
    does not name them either and their name has two words at least; else None."""
    for earlier, start in reversed(spoken):
        if body.count("\n", start, at) > 2 * _TURN_PARAGRAPHS:
            return None
        if earlier is not person:
            # a one-word name read at a sentence's start is often no one's ("Sebulan", "Mei")
            named = len(earlier.name.split()) >= 2 and not names_the_speaker(text, earlier)
            return earlier if named else None
    return None
