"""A name set apart by "sendiri" before its apposition: "Budi Santoso sendiri, Gubernur Jawa
Tengah, mengatakan ...". "sendiri" ("himself") stands between the name and the comma, so the
"name, office" apposition `office_mentions` knows is not read; read with the comma moved up to
the name and "sendiri" blanked (the same length, so every position still points into the body),
it names the holder. Only mentions whose name ends where "sendiri" was are kept.
"""

from __future__ import annotations

import re

from index.extract.officials.lexicon import Lexicon
from index.extract.officials.office_mentions import OfficeMention, mentions

# " sendiri," after a word, before the apposition's next word
_SELF = re.compile(r"(?<=\w)[ \t]+sendiri,(?=[ \t]*\w)")


def self_appositions(body: str, lexicon: Lexicon) -> list[OfficeMention]:
    """Holders named as "A sendiri, Office ..." in body, with their starts in body."""
    if "sendiri," not in body:  # most articles
        return []
    found: list[OfficeMention] = []
    for match in _SELF.finditer(body):
        start = body.rfind("\n", 0, match.start()) + 1
        end = body.find("\n", match.end())
        end = len(body) if end < 0 else end
        before = body[start:match.start()]
        blanked = "," + " " * (match.end() - match.start() - 1)
        text = before + blanked + body[match.end():end]
        found.extend(mention._replace(start=mention.start + start)
                     for mention in mentions(text, lexicon)
                     if mention.start >= len(before) and before.endswith(mention.name))
    return found
