"""Which of an article's officials a statement's speaker is.

The statement keeps the speaker as the article writes them; the official's name, as the
`officials` list writes it, is what the `pejabat:` filter and the official page resolve to a
person (search/identities.py), so a statement is theirs in both. A speaker is an official when
the names are the same (case, full stops), when one is a short form of the other (index/people.py:
"Edy" of "Edy Pratowo", "Basuki T. Purnama" of "Basuki Tjahaja Purnama"), or by an alias of
person_aliases.tsv ("Jokowi"). A short form that fits two officials links to neither.
"""

from __future__ import annotations

from index.article import Official
from index.people import alias_target, is_short_form, name_key


def speaking_official(speaker: str | None, officials: list[Official],
                      keys: list[tuple[str, ...]] | None = None) -> str | None:
    """The name (as in `officials`) of the official who is `speaker`, or None. `keys`: the
    officials' `name_key`s, in order, when the caller asks about several speakers."""
    if not speaker:
        return None
    if keys is None:
        keys = [name_key(official.name) for official in officials]
    wanted = {name_key(speaker)}
    if target := alias_target(speaker):
        wanted.add(name_key(target))
    for official, key in zip(officials, keys, strict=True):
        if key in wanted:
            return official.name
    fitting = [o.name for o, key in zip(officials, keys, strict=True)
               if any(is_short_form(one, key) or is_short_form(key, one) for one in wanted)]
    return fitting[0] if len(fitting) == 1 else None


def linked_statements(statements: list, officials: list[Official]) -> list[dict]:
    """The extractor's statements as the article keeps them: their fields (`as_dict`) and
    `official`, the official who spoke (None when the speaker is no official of the article)."""
    keys = [name_key(official.name) for official in officials]  # once, not once a statement
    linked = []
    answers: dict[str | None, str | None] = {}  # a speaker's, asked once an article
    for statement in statements:
        item = statement.as_dict()
        speaker = item["speaker"]
        if speaker not in answers:
            answers[speaker] = speaking_official(speaker, officials, keys)
        item["official"] = answers[speaker]
        linked.append(item)
    return linked
