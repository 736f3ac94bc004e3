"""An opinion column's author signed at its end with a name, a full stop and an office: "M
Afifuddin. Ketua KPU RI." or "Sugiat Santoso. Anggota DPR RI Fraksi Partai Gerindra.". The full
stop ends the name's sentence, so the office is read with no holder; read as "name, office" (the
apposition `office_mentions` knows) it names the author. Only the body's last paragraph, short and
opening with the name alone (capitalised words and initials), is such a signature.
"""

from __future__ import annotations

import re

from index.extract.officials.lexicon import Lexicon
from index.extract.officials.office_mentions import OfficeMention, mentions

_LONGEST = 250  # a signature is a line: a name and a post or two, not a paragraph of text
# the name written alone before the stop: up to six capitalised words or initials ("M", "A.M.")
_SIGNED_NAME = re.compile(r"(?:[A-Z][\w'’-]*\.?[ \t]+){0,5}[A-Z][\w'’-]*")
_STOP = re.compile(r"\.[ \t]*(?=[A-Z])")


def signed_authors(body: str, lexicon: Lexicon) -> list[OfficeMention]:
    """The author a column's last paragraph signs with an office ("Name. Office."), if any."""
    text = body.rstrip()
    start = text.rfind("\n") + 1
    line = text[start:].strip()
    start += len(text[start:]) - len(text[start:].lstrip())
    if not line or len(line) > _LONGEST:
        return []
    for stop in _STOP.finditer(line):
        name = line[:stop.start()]
        if not _SIGNED_NAME.fullmatch(name):
            continue
        # the same length, so every position still points into the body
        signed = f"{name},{line[stop.start() + 1:]}"
        found = [mention for mention in mentions(signed, lexicon)
                 if mention.start > stop.start() and name.endswith(mention.name)]
        if found:
            return [mention._replace(start=mention.start + start) for mention in found[:1]]
    return []
