"""Where a passive speech verb's agent stands. A manner may come between the verb and its agent:
"Hal ini diungkapkan secara terbuka oleh Dybala", "Hal tersebut disampaikan langsung oleh Edy"
(the agent is read after it, as right after the verb: "diungkapkan oleh Edy"). A passive verb
inside its sentence's clause names its agent, then the clause goes on: "Surat izin itu juga
diakui oleh Hasani sudah dikirim ...", read as "Kecelakaan itu disebut Lorenzo bisa ...".
"""

from __future__ import annotations

import re

from index.extract.statements.cues import SPACE
from index.extract.statements.sentences import sentence_start

# "langsung", "sendiri", "pula", "secara terbuka", "secara resmi", "secara tertulis": only with
# "oleh" after them (without it the words may be the agent's: "disampaikan Langsung ...")
_MANNER = re.compile(rf"{SPACE}+(?:langsung|sendiri|pula|juga|secara{SPACE}+[a-z]+)"
                     rf"{SPACE}+(?=oleh{SPACE})")


def after_manner(body: str, verb_end: int) -> int:
    """Where a passive verb's agent is looked for: after its manner and before "oleh" when one
    stands there, else right after the verb."""
    manner = _MANNER.match(body, verb_end)
    return manner.end() if manner else verb_end


def inside_clause(body: str, match: re.Match[str]) -> bool:
    """Whether a passive speech verb stands inside its sentence's clause, after its subject
    ("Surat izin itu juga diakui oleh Hasani sudah ..."), where its agent, then the clause's
    predicate, may follow as after "disebut": not at the sentence's start ("Diakui Rizal, ..."),
    not with -nya ("diakuinya": no agent named), not after a comma ("..., diakuinya"), not in a
    relative clause ("apa yang dikatakan X adalah ...") and not after a demonstrative ("Hal itu
    diakui Edy": what was said came before)."""
    if match.group().lower().endswith("nya"):
        return False
    before = body[sentence_start(body, match.start()):match.start()].split()
    return len(before) >= 2 and before[-1] not in _ANAPHORS and not before[-1].endswith(",") and (
        before[-1].lower() != "yang")


_ANAPHORS = frozenset({"itu", "ini", "tersebut", "Itu", "Ini"})
