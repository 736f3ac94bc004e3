"""What a cue names as the speaker, as written, before people.py resolves it to a person."""

from __future__ import annotations

from typing import NamedTuple


class Reference(NamedTuple):
    kind: str  # name, pronoun ("ia", "pria itu"), role, institution, institution-back
    # ("lembaga itu": the institution that spoke just before), unnamed, group (statements/groups),
    # none
    name: str | None
    role: str | None
    at: int  # where it is written


NOBODY = Reference("none", None, None, 0)
