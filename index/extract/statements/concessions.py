"""A reporting verb inside a concessive clause: "Kendati X mengatakan bahwa ..., namun ..."
says only up to the comma before "namun" (or "tetapi", "tapi"); what follows is the writer's
main clause, not X's. Only when the sentence opens with the concessive word and no comma
stands between it and the verb: "Meski begitu, X mengatakan ..., namun ..." is no concession
of X's, and its statement is left whole."""

from __future__ import annotations

import re

from index.extract.statements.cues import SPACE
from index.extract.statements.direct import Found

_CONCESSIVE = re.compile(r"(?:Kendati|Meski|Meskipun|Walau|Walaupun|Biarpun|Sekalipun)"
                         rf"{SPACE}+[^,;:\n]*$")
# the main clause after the concession: ", namun ...", ", tetapi ...", ", tapi ..."
_MAIN_CLAUSE = re.compile(rf",{SPACE}*(?:namun|tetapi|tapi)(?![\w-])")


def conceded(body: str, clause_start: int, verb_start: int, statement: Found) -> Found:
    """The statement cut before the main clause when its verb stands in a concessive clause
    that opens the sentence; else the statement as it was."""
    if body.startswith(("K", "M", "W", "B", "S"), clause_start) and _CONCESSIVE.match(
            body, clause_start, verb_start):
        main = _MAIN_CLAUSE.search(body, statement.start, statement.end)
        if main is not None and len(body[statement.start:main.start()].split()) >= 3:
            return statement._replace(end=main.start())
    return statement
