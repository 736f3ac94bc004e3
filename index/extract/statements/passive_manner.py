"""A manner written between a passive speech verb and its agent: "Hal ini diungkapkan secara
terbuka oleh Dybala", "Hal tersebut disampaikan langsung oleh Edy". The agent is read after
the manner, as it is right after the verb ("diungkapkan oleh Edy")."""

from __future__ import annotations

import re

from index.extract.statements.cues import SPACE

# "langsung", "sendiri", "pula", "secara terbuka", "secara resmi", "secara tertulis": only with
# "oleh" after them (without it the words may be the agent's: "disampaikan Langsung ...")
_MANNER = re.compile(rf"{SPACE}+(?:langsung|sendiri|pula|juga|secara{SPACE}+[a-z]+)"
                     rf"{SPACE}+(?=oleh{SPACE})")


def after_manner(body: str, verb_end: int) -> int:
    """Where a passive verb's agent is looked for: after its manner and before "oleh" when one
    stands there, else right after the verb."""
    manner = _MANNER.match(body, verb_end)
    return manner.end() if manner else verb_end
