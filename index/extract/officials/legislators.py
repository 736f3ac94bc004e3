"""A legislator referred back to by party: "Legislator PKB ini menyebut ...", '"...," kata
legislator PAN itu'. "Legislator" is no office of titles.tsv: before a name news mostly writes it
in headlines ("Legislator Kritik KPU: ...") and in names of things ("Best Legislator Award"), so
it is read only here, followed by a political party of titles.tsv and "itu", "ini" or
"tersebut": a member of a legislature named earlier (DPR or DPRD, which the article does not
say), whose role is written as the article writes it ("Legislator PKB"). index/extract/
speaker_officials.py gives it to the speaker quoted just before, as any office referred back.
"""

from __future__ import annotations

import re
from functools import cache

from index.extract.officials.lexicon import SPACE, load_lexicon


@cache
def _pattern() -> re.Pattern[str]:
    lexicon = load_lexicon()
    parties = [p for p, kind in lexicon.phrases.items()
               if kind == "party" and p not in lexicon.party_organs]
    names = "|".join(re.escape(p) for p in sorted(parties, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])[Ll]egislator{SPACE}+(?:Fraksi{SPACE}+)?(?:{names})"
                      rf"{SPACE}*$")


def legislator_before(head: str) -> tuple[str, int] | None:
    """The role ("Legislator PKB") and start of "legislator <party>" ending `head` (the text
    before "itu"/"ini"/"tersebut"), or None. Only a party's own name counts (titles.tsv's
    parties), not a party organ alone ("Legislator DPP ini")."""
    if "egislator" not in head:
        return None
    match = _pattern().search(head)
    if not match:
        return None
    written = " ".join(match.group().split())
    return "L" + written[1:], match.start()
