"""Office holders named without their office: "kebijakan Sri Mulyani Indrawati", "Joko Widodo
meresmikan ...". News writes the office of the best-known holders seldom; the labels count such a
person as an official when the article presents them as one, with no role (none is written).
Who held which office when is knowledge, not text: index/data/office_holders.tsv gives each
holder's terms, so a person it lists, named in an article (by the full name written there or by
a nickname of index/data/person_aliases.tsv: "Jokowi"), is an official of an article dated inside
one of their terms, and not of one dated before or after ("Anies Baswedan" in 2016 is the
education minister; in 2025 he holds no office).

The text wins over the file: a person the extractor found with an office written beside them
keeps it (they are not added again, nor under another spelling of the middle of their name),
and one the article writes once as a former holder, a candidate or a period ("mantan", "eks",
"calon", "Presiden ke-5", "almarhum", "era" in the clause before the name) holds no office in
it, wherever else it names them. A name is read only where it stands as a person's, as public
figures' are (figures.py): not after a place word ("Jalan", "Bandara"), nor in a linked
headline, nor with another name word after it. A first name or surname alone is read only when
public_figures.tsv gives it as a short form that names that person only ("Prabowo", "Bahlil",
"Purbaya"), and not in an article that also writes it beside another name word ("Listyo Sigit
Prabowo", "Edhy Prabowo"): there it could be either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from index.article import Official
from index.data_files import DataFileError, word_list
from index.extract.officials.figures import (
    _LINKED,
    _WORD_AFTER,
    _WORD_BEFORE,
    _beside_name_word,
    _figures,
)
from index.extract.officials.lexicon import SPACE, load_lexicon
from index.extract.officials.names import PLACE_WORDS, is_name_word
from index.extract.pattern_cache import compile_cached
from index.extract.trie_pattern import char_trie, trie_expression
from index.extract.trie_scan import CASE_EXACT, SPACES_ONE, trie_scan
from index.people import alias_target, name_key, one_edit, written_aliases

FILE = "office_holders.tsv"
_MIN_ALIAS = 3  # "JK", "RK": too short to stand for one person wherever they are written
# Words just before a name that say the person does not hold an office there: a former holder,
# a candidate, a late person, a period named by its leader ("mantan Presiden Susilo Bambang
# Yudhoyono", "Presiden ke-5 Megawati Soekarnoputri", "capres Prabowo Subianto", "proyek era
# Presiden Susilo Bambang Yudhoyono")
_NOT_HOLDING = re.compile(
    r"(?<!\w)(?:mantan|eks|bekas|calon|bakal|capres|cawapres|cagub|cawagub|cabup|cawabup|"
    r"cawalkot|kandidat|almarhum|almarhumah|alm|mendiang|purnawirawan|era|zaman|"
    r"ke[- ]?(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))(?!\w)",
    re.IGNORECASE)
_CLAUSE_START = re.compile(r".*[.!?\n;:]", re.DOTALL)  # the text up to the last clause end
_WORD_CHAR = re.compile(r"[\w'’-]")
_LOOK_BACK = 60  # characters before a name read for those words (about six words)


@dataclass(frozen=True)
class Term:
    office: str
    region: str
    start: date
    end: date | None  # None: still in office

    def holds(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def _day(text: str, line: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DataFileError(f"{FILE}: {text!r} is not a date (YYYY-MM-DD) in the line {line!r} "
                            "(see index/data/README.md)") from None


def read_terms(lines: list[str]) -> dict[str, tuple[Term, ...]]:
    """Each holder's terms from the lines of office_holders.tsv, in their order: a line with
    "-" as both dates removes the terms given before it for that name and office."""
    terms: dict[tuple[str, str], list[Term]] = {}
    for line in lines:
        fields = [" ".join(field.split()) for field in line.split("\t")]
        if len(fields) < 4 or not fields[0] or not fields[1]:
            raise DataFileError(f"{FILE}: the line {line!r} needs a name, an office, a region "
                                "(may be empty) and the dates from and to, tab-separated "
                                "(see index/data/README.md)")
        name, office, region, start, end = [*fields, ""][:5]
        if start == "-" and end == "-":
            terms.pop((name, office), None)
            continue
        term = Term(office, region, _day(start, line), _day(end, line) if end else None)
        if term.end is not None and term.end < term.start:
            raise DataFileError(f"{FILE}: the term in the line {line!r} ends before it starts")
        terms.setdefault((name, office), []).append(term)
    by_name: dict[str, list[Term]] = {}
    for (name, _), held in terms.items():
        by_name.setdefault(name, []).extend(held)
    return {name: tuple(held) for name, held in by_name.items()}


@cache
def _holders() -> tuple[dict[str, tuple[Term, ...]], dict[str, str], frozenset[str],
                        re.Pattern[str] | None]:
    """The holders' terms, each written form -> full name, the forms that are a short form of
    public_figures.tsv ("Prabowo", "Bahlil"), and the pattern finding the forms."""
    terms = read_terms(word_list(FILE))
    full_of = {name: name for name in terms}
    by_key = {name_key(name): name for name in terms}
    for alias, target in written_aliases():  # "Jokowi", "Zulhas", "Gus Ipul"
        if (full := by_key.get(name_key(target))) and len(alias) >= _MIN_ALIAS:
            full_of.setdefault(alias, full)
    figure_of, figure_short, _ = _figures()
    short = set()
    for form in figure_short:  # a part of the name that names this person only: "Prabowo"
        if (full := by_key.get(name_key(figure_of[form]))) and form not in full_of:
            full_of[form] = full
            short.add(form)
    if not full_of:
        return terms, {}, frozenset(), None
    forms = trie_expression(char_trie(full_of), lambda c: SPACE if c == " " else re.escape(c))
    # no look-behind: a pattern opening with the names' first letters scans several times faster
    pattern = compile_cached("office-holders", rf"(?:{forms})(?![\w'’-])")
    return terms, full_of, frozenset(short), pattern


def holders_named(text: str, day: date, *, headline: bool = False,
                  others: tuple[str, ...] = ()) -> tuple[list[tuple[str, int]], set[str]]:
    """(full name, position) of each person of office_holders.tsv that text names as a person
    holding one of their offices on `day`, and the people it writes as a former holder or a
    candidate (once is enough: "Presiden ke-6 RI Susilo Bambang Yudhoyono ... pak SBY"), who
    are left out of the first. A short form ("Prabowo") is left out where the text or
    `others` (names found already) write it as a part of another person's name ("Listyo Sigit
    Prabowo")."""
    terms, full_of, short, pattern = _holders()
    found: list[tuple[str, int, str]] = []
    not_holding: set[str] = set()
    shared: set[str] = set()  # short forms the text writes as part of another name too
    scan = trie_scan(pattern, lambda: full_of, CASE_EXACT, SPACES_ONE) if pattern else None
    for match in scan.finditer(text) if scan is not None else ():
        start = match.start()
        if start and _WORD_CHAR.match(text, start - 1):
            continue  # inside a word: the pattern has no look-behind, so that it scans fast
        form = " ".join(match.group().split())
        name = full_of[form]
        if name in not_holding or not any(term.holds(day) and not _party_post(term.office)
                                          for term in terms[name]):
            continue  # out of office that day, or holding a party's post only
        if form in short and not headline and _beside_name_word(
                text, match, _WORD_BEFORE.search(text, max(0, start - 40), start),
                load_lexicon()):
            shared.add(form)  # "Listyo Sigit Prabowo": "Prabowo" may be either in this text
        elif not headline and _NOT_HOLDING.search(_clause_before(text, start)):
            if form not in short:  # "mantan anggota tim kampanye Trump": not Trump a former
                not_holding.add(name)
        elif _as_person(text, match, headline):
            found.append((name, start, form))
    if short_found := {form for _, _, form in found if form in short} - shared:
        named = [name_key(name) for name in {name for name, _, _ in found} | set(others)]
        shared.update(form for form in short_found
                      if _part_of_another(form, full_of[form], named))
    return [(name, start) for name, start, form in found
            if name not in not_holding and form not in shared], not_holding


@cache
def _party_post(office: str) -> bool:
    """Whether an office is a political party's post ("Ketua Umum Partai NasDem"): the labels'
    rule is that a party post alone is not an office, so it makes no one an official whose
    office the article does not write (written, "Ketua Umum Partai NasDem Surya Paloh" still
    counts, as titles.tsv says)."""
    return any(organ in office.split() for organ in load_lexicon().party_organs)


def _part_of_another(form: str, full: str, names: list[tuple[str, ...]]) -> bool:
    """Whether a short form is a part of a name in `names` (name keys) that is not its own
    person's."""
    words, own = set(name_key(form)), name_key(full)
    return any(words <= set(other) and not _same_person(own, other) for other in names)


def _clause_before(text: str, start: int) -> str:
    """The words of a name's clause before it, at most _LOOK_BACK characters."""
    window = text[max(0, start - _LOOK_BACK):start]
    clause = _CLAUSE_START.match(window)
    return window[clause.end():] if clause else window


def _as_person(text: str, match: re.Match, headline: bool) -> bool:
    """Whether a name stands as a person's: not a thing named after them, not a linked
    headline, not part of a longer name."""
    start = match.start()
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and before.group(1).rstrip(".").lower() in PLACE_WORDS:
        return False
    if headline:
        return True  # Title Case: a capital after the name says nothing
    after = _WORD_AFTER.match(text, match.end())
    if after and is_name_word(after.group(1), load_lexicon(), sentence_start=True):
        return False  # "Joko Widodo Saputra": another person
    return not _LINKED.search(text, max(0, start - 200), start)


def add_office_holders(title: str, body: str, published: datetime | date | None,
                       officials: list[Official]) -> list[Official]:
    """`officials` and, after them, the people of office_holders.tsv the body or title names
    who held an office on the article's date and whom `officials` do not hold already (by the
    full name, a part of it or an alias), with no role: none is written."""
    if published is None:
        return officials
    day = published.date() if isinstance(published, datetime) else published
    had = [name_key(o.name) for o in officials]
    had += [name_key(target) for o in officials if (target := alias_target(o.name))]
    added: list[Official] = []
    others = tuple(o.name for o in officials)
    in_body, not_holding = holders_named(body, day, others=others)
    in_title = [(name, start) for name, start in
                holders_named(title, day, headline=True,
                              others=(*others, *(name for name, _ in in_body)))[0]
                if name not in not_holding]  # the body says who is a former holder
    for name, _ in in_body + in_title:
        words = name_key(name)
        if any(_same_person(words, other) for other in had):
            continue  # found already, with the office written or as a public figure
        had.append(words)
        added.append(Official(name, ""))
    return [*officials, *added] if added else officials


def _same_person(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two names of one article are one person: the words of one are a part of the
    other's ("Prabowo", "Sri Mulyani"), or they share their first and last words, the article
    spelling the middle otherwise ("Basuki Tjahja Purnama"), or their first names one letter
    apart ("Anie Rasyid Baswedan", a typo, and Anies Baswedan)."""
    return (set(words) <= set(other) or set(other) <= set(words)
            or (len(words) > 1 and len(other) > 1 and words[-1] == other[-1] and (
                words[0] == other[0]
                or (min(len(words[0]), len(other[0])) >= 4 and one_edit(words[0], other[0])))))
