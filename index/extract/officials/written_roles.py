"""The role of an official found without one, from an office the article writes beside another
form of their name. An office holder or a public figure is found by their name alone
("kebijakan Agus Harimurti Yudhoyono"), but the article may write their office where it uses a
nickname the office reader does not take for a name: "Pak AHY (Menko Infra)", "Menko AHY". The
labels give such a person that role ("the role the article gives that person"), so the office
written right before a form of their name, or in parentheses right after it, is read as if it
stood before the full name ("Menko Infrastruktur Agus Harimurti Yudhoyono"), with the office
reader's expansions. An office the person runs for, said right after the name ("yang memilih
maju jadi Cagub DKI"), is their role as a candidate (Calon Gubernur DKI Jakarta). Only the
person's own forms are read: their full name and the nicknames index/data/person_aliases.tsv
gives for it; the first office found wins. An office written in lower case, as a common noun,
counts there too when it stands right before the name ("berharap presiden Joko Widodo") or after
"merupakan"/"adalah"/"ialah"/"selaku" right after it ("Joko Widodo merupakan presiden
Indonesia"): the office reader reads capitalised offices only (a capital says the office is a
title), so only its office words are capitalised for it (Presiden Indonesia).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from index.article import Official
from index.extract.officials.lexicon import SPACE, Lexicon, load_lexicon
from index.extract.officials.office_mentions import _party_or_company, mentions
from index.people import name_key, written_aliases

_BRACKETS = re.compile(rf"{SPACE}*\(([^()\n]{{2,80}})\)")
_CLAUSE_END = re.compile(r".*[.!?\n;:,\"“”()]", re.DOTALL)  # the text up to the last clause end
_LOOK_BACK = 80  # characters before a form read for an office (about eight words)
# running for an office, said right after the name: "Agus Harimurti Yudhoyono yang memilih maju
# jadi Cagub DKI", "Budi, yang mencalonkan diri sebagai Bupati Katingan", "mengusung Prabowo
# untuk maju menjadi Presiden RI"
_RUNNING = re.compile(
    rf",?{SPACE}+(?:(?:yang|untuk){SPACE}+)?(?:(?:memilih|akan|kembali|resmi|siap){SPACE}+)?"
    rf"(?:maju|mencalonkan{SPACE}+diri){SPACE}+(?:jadi|menjadi|sebagai){SPACE}+"
    rf"([^.,;:!?()\n]{{2,80}})")
# a copula right after the name, then an office in lower case: "A merupakan presiden Indonesia"
_COPULA = re.compile(rf",?{SPACE}+(?:yang{SPACE}+)?(?:juga{SPACE}+)?"
                     rf"(?:merupakan|adalah|ialah|selaku){SPACE}+([^.,;:!?()\n]{{2,80}})")
_CANDIDATE = ("Calon ", "Bakal Calon ")
_LOWER_WORDS = 4  # the most words before a name read for an office in lower case
_OFFICE_WORDS = 8  # the most words of an office read after "maju sebagai"


def with_written_roles(body: str, officials: list[Official]) -> list[Official]:
    """`officials`, each found without a role given the office the body writes beside one of
    their forms, when it writes one."""
    if all(official.role for official in officials):
        return officials  # most articles: every official has the role written beside them
    lexicon = load_lexicon()
    return [Official(o.name, _written_role(body, o.name, lexicon)) if not o.role else o
            for o in officials]


def running_for(body: str, name: str, lexicon: Lexicon) -> str:
    """The office a person runs for, said right after their name or a word of it ("Prabowo untuk
    maju menjadi Presiden RI" -> Calon Presiden RI), else "": a party's chair so written is a
    candidate for a public office."""
    words = [word for word in name.split() if len(word) >= 4 and word[:1].isupper()]
    forms = "|".join(SPACE.join(map(re.escape, form.split()))
                     for form in sorted({name, *words}, key=len, reverse=True))
    for match in re.finditer(rf"(?<![\w'’-])(?:{forms})(?![\w'’-])", body):
        running = _RUNNING.match(body, match.end())
        if running and (role := _office_opening(running.group(1), name, lexicon)):
            return role if role.startswith(_CANDIDATE) else f"Calon {role}"
    return ""


def _written_role(body: str, name: str, lexicon: Lexicon) -> str:
    for match in _forms_pattern(name).finditer(body):
        inside = _BRACKETS.match(body, match.end())
        if inside and (role := _role_before(inside.group(1), name, lexicon)):
            return role
        running = _RUNNING.match(body, match.end())
        if running and (role := _office_opening(running.group(1), name, lexicon)):
            return role if role.startswith(_CANDIDATE) else f"Calon {role}"
        window = body[max(0, match.start() - _LOOK_BACK):match.start()]
        clause = _CLAUSE_END.match(window)
        window = window[clause.end():] if clause else window
        if role := _role_before(window, name, lexicon):
            return role
    for match in _forms_pattern(name).finditer(body):  # an office in lower case, the last resort
        copula = _COPULA.match(body, match.end())
        if copula and (titled := _titled(copula.group(1), lexicon)) != copula.group(1) and (
            role := _office_opening(titled, name, lexicon)
        ):
            return role
        window = body[max(0, match.start() - _LOOK_BACK):match.start()]
        clause = _CLAUSE_END.match(window)
        words = " ".join((window[clause.end():] if clause else window).split()[-_LOWER_WORDS:])
        if (titled := _titled(words, lexicon)) != words and (
            role := _role_before(titled, name, lexicon)
        ):
            return role
    return ""


def _titled(text: str, lexicon: Lexicon) -> str:
    """`text` with the office words written in lower case capitalised ("berharap wakil presiden"
    -> berharap Wakil Presiden): the first words of offices and their qualifiers, nothing else,
    so that the words around them are read as written."""
    heads = _office_heads(lexicon)
    words = text.split()
    titled = [word[:1].upper() + word[1:] if word[:1].islower()
              and word[:1].upper() + word[1:] in heads else word for word in words]
    for at, word in enumerate(titled):  # "putra Presiden": a word an office only starts
        rest = " ".join(titled[at:])
        if word != words[at] and not (lexicon.office_pattern.match(rest)
                                      or lexicon.qualifier_pattern.match(rest)):
            titled[at] = words[at]
    return " ".join(titled)


def _office_heads(lexicon: Lexicon) -> frozenset[str]:
    """The words an office opens with (Presiden, Menteri, Perdana) and its qualifiers (Wakil,
    Plt), once per lexicon read."""
    offices = lexicon.offices
    if (known := _HEADS.get(id(offices))) is None or known[0] is not offices:
        heads = frozenset({office.split()[0] for office in offices}
                          | {qualifier.split()[0] for qualifier in lexicon.qualifiers})
        _HEADS[id(offices)] = known = (offices, heads)
    return known[1]


_HEADS: dict[int, tuple[dict, frozenset[str]]] = {}  # per lexicon read: its office heads


def _role_before(office: str, name: str, lexicon: Lexicon) -> str:
    """The role of `office` read as written right before `name` ("Menko Infra" -> Menteri
    Koordinator ...), else "" (no office, a party's or a company's post, which is no public
    office, or an office whose holder is someone else)."""
    if not office.strip() or not lexicon.office_pattern.search(office):
        return ""  # most windows before a name hold no office: the reader need not run
    text = f"{office.strip()} {name}"
    key = name_key(name)
    return next((m.role for m in reversed(mentions(text, lexicon)) if name_key(m.name) == key
                 and not _party_or_company(m.role.split(), lexicon)), "")


def _office_opening(text: str, name: str, lexicon: Lexicon) -> str:
    """The role of the longest office that opens text ("Cagub DKI daripada kariernya ..." ->
    Calon Gubernur DKI Jakarta), else ""."""
    words = text.split()[:_OFFICE_WORDS]
    while words and words[0][:1].isupper():
        if role := _role_before(" ".join(words), name, lexicon):
            return role
        words.pop()
    return ""


@lru_cache(maxsize=4096)
def _forms_pattern(name: str) -> re.Pattern[str]:
    """The pattern finding a person's forms: their name and its nicknames."""
    forms = {name, *_aliases_of().get(name_key(name), ())}
    alternatives = "|".join(SPACE.join(map(re.escape, form.split()))
                            for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])")


@cache
def _aliases_of() -> dict[tuple[str, ...], tuple[str, ...]]:
    """A full name's key -> the nicknames person_aliases.tsv gives for it."""
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    for alias, target in written_aliases():
        found[name_key(target)] = (*found.get(name_key(target), ()), alias)
    return found
