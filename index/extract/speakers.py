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


def speaking_official(speaker: str | None, officials: list[Official]) -> str | None:
    """The name (as in `officials`) of the official who is `speaker`, or None."""
    if not speaker:
        return None
    keys = {name_key(speaker)}
    if target := alias_target(speaker):
        keys.add(name_key(target))
    for official in officials:
        if name_key(official.name) in keys:
            return official.name
    fitting = [o.name for o in officials
               if any(is_short_form(key, name_key(o.name)) or is_short_form(name_key(o.name), key)
                      for key in keys)]
    return fitting[0] if len(fitting) == 1 else None


def linked_statements(statements: list, officials: list[Official]) -> list[dict]:
    """The extractor's statements as the article keeps them: their fields (`as_dict`) and
    `official`, the official who spoke (None when the speaker is no official of the article)."""
    linked = []
    for statement in statements:
        item = statement.as_dict()
        item["official"] = speaking_official(item["speaker"], officials)
        linked.append(item)
    return linked
