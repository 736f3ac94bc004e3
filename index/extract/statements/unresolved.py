"""Statements whose speaker the text does not let us resolve, kept with no speaker (issue 17:
"kept with no speaker, not guessed"): "Lembaga antirasuah itu memastikan ..." when no
institution was named before is a statement by something the article only describes, labelled
with no speaker and the description as its role.

Only when nothing is named before it within `PARAGRAPHS_BACK` paragraphs: a description after a
name ("... seperti yang dilakukan Tata Motors Distribusi Indonesia. Pabrikan otomotif asal
India itu mengaku") refers to that name, which the labels give as the speaker; kept with no
speaker it would be a statement with a wrong speaker, so it is left out as before.

Such a statement is never the speaker in view: `__init__._resolved` does not make it the
statement before, so a pronoun ("-nya", "ia", "dia") or a quotation without a cue after it is
resolved as if it were not there (a first version that let it be the one in view gave a later
quotation of someone named before to no one). With no speaker it makes no official and no
person of the article.
"""

from __future__ import annotations

from index.extract.statements.direct import Found
from index.extract.statements.institutions import named_between
from index.extract.statements.sentences import sentence_start

# how far back a name would be what a description refers to
PARAGRAPHS_BACK = 2


def unresolved_role(body: str, statement: Found) -> str | None:
    """The role of a statement kept with no speaker: its speaker's description as written
    ("Lembaga antirasuah itu"); None when the statement is not to be kept (no description, or
    something named before that the description may refer to)."""
    role = (statement.speaker.role or "").strip()
    if not role:
        return None
    at = body.rfind(role, 0, statement.speaker.at)  # where the description opens
    if at < 0:
        return None
    start = at
    for _ in range(PARAGRAPHS_BACK + 1):
        start = body.rfind("\n", 0, max(start - 1, 0)) + 1
        if start == 0:
            break
    while start < at and body[start] == "\n":
        start += 1
    if any(word[:1].isupper() for word in body[sentence_start(body, at):at].split()):
        return None  # "Zettabyte, perusahaan komputasi AI global, mengumumkan": its apposition
    return None if named_between(body[start:at]) else role
