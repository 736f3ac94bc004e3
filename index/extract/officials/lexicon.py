"""The officials' lexicon: offices, qualifiers, object phrases and honorifics from index/data
(titles.tsv, abbreviations.tsv, honorifics.txt, state_companies.txt), read once, and the
patterns built from them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from index.data_files import word_list
from index.extract.pattern_cache import compile_cached
from index.extract.trie_pattern import char_trie, trie_expression

SPACE = r"[ \t\u00a0]"
_WORD_START = r"(?<!\w)(?<!\w-)"  # a word's start, not after a hyphen inside a word


@dataclass(frozen=True)
class Office:
    role: str  # as a role spells it: "Wakil Gubernur" for "Wagub"
    needs_institution: bool  # "Kepala", "Direktur": only with a public institution after it
    takes_place: bool  # followed by a local place the gazetteer does not know: "Camat Pahandut"
    national: bool  # nothing after it is a region: "Wamendagri Bima Arya"
    public: bool = True  # False for "Ketua Umum", "Presiden Direktur": read only to be skipped
    several: bool = False  # held by several people at once: "Anggota KPU A, B dan C"
    posted: bool = False  # held in a place abroad: "Duta Besar RI di Amman, Teguh Wardoyo"
    named: bool = False  # public with its holder's name right after it: "hakim Kusno"


@dataclass(frozen=True)
class Lexicon:
    offices: dict[str, Office]  # as written, lower-case forms included
    qualifiers: dict[str, str]  # as written -> as in a role
    several_qualifiers: frozenset[str]  # "Wakil": several deputies may be listed after it
    phrases: dict[str, str]  # object words and not-names as written -> kind
    place_units: frozenset[str]
    place_words: frozenset[str]  # "Tanah" of "Camat Tanah Abang": a place's first word
    party_organs: frozenset[str]  # "Partai", "DPP": a party's post needs the party's name
    title_abbreviations: frozenset[str]
    institutions: dict[str, str]  # acronym -> long form
    connectors: frozenset[str]
    object_nouns: frozenset[str]  # not-names that may sit inside an object: "Korban Bencana"
    blockers: frozenset[str]
    status_blockers: frozenset[str]  # blockers also before "calon"/"mantan": "Seleksi Calon"
    holder_blockers: frozenset[str]  # "ajudan Menteri A": a name right after is the holder
    statuses: dict[str, str]  # "mantan" -> "Mantan", "bakal calon" -> "Bakal Calon"
    phrase_lengths: dict[str, int]  # first word -> words in the longest phrase it starts
    office_pattern: re.Pattern[str]
    qualifiers_before: re.Pattern[str]
    qualifier_pattern: re.Pattern[str]
    honorific_pattern: re.Pattern[str]
    defined: dict[str, str] = field(default_factory=dict)  # the article's own acronyms


@cache
def load_lexicon() -> Lexicon:
    """Offices, abbreviations and honorifics from index/data, read once."""
    rows = [line.split("\t") for line in word_list("titles.tsv")]
    abbreviations = [line.split("\t") for line in word_list("abbreviations.tsv")]
    kinds: dict[str, str] = {}
    flags: dict[str, set[str]] = {}
    for phrase, kind, *rest in rows:
        kinds[phrase] = kind
        flags[phrase] = set(rest[0].split(",")) if rest else set()
    head_offices = {p: k for p, k in kinds.items() if k in ("office", "office-of", "not-office")}
    qualifier_words = {p for p, k in kinds.items() if k == "qualifier"}
    status_words = {p for p, k in kinds.items() if k in ("former", "candidate")}  # "Cagub"

    offices: dict[str, Office] = {}
    qualifiers: dict[str, str] = {}
    for phrase in head_offices:
        # a lower-case line ("hakim") is an office only in lower case: "Hakim" is also a name
        office = _office_for(phrase[:1].upper() + phrase[1:], phrase, [], kinds, flags)
        offices[phrase] = office
        if "lower" in flags[phrase]:
            offices.update(dict.fromkeys(_lower_case_forms(phrase), office))
    for phrase in qualifier_words:
        qualifiers[phrase] = phrase
        if "lower" in flags[phrase]:
            qualifiers.update(dict.fromkeys(_lower_case_forms(phrase), phrase))
    institutions: dict[str, str] = {}
    title_abbreviations: set[str] = set()
    for abbreviation, expansion, kind in abbreviations:
        if kind == "institution":
            institutions[abbreviation] = expansion
            continue
        title_abbreviations.add(abbreviation)
        if expansion in qualifier_words:
            qualifiers[abbreviation] = qualifiers[abbreviation + "."] = expansion
        elif head := _head_of(expansion, head_offices, qualifier_words | status_words):
            offices[abbreviation] = _office_for(expansion, *head, kinds, flags)
            if "lower" in flags[head[0]]:
                offices.update(dict.fromkeys(_lower_case_forms(abbreviation),
                                             offices[abbreviation]))  # "jubir KPK"

    phrases = {expansion: "institution" for expansion in institutions.values()}
    not_phrases = ("office", "office-of", "not-office", "qualifier", "place-word", "former",
                   "candidate")
    phrases |= {p: k for p, k in kinds.items() if k not in not_phrases}
    phrases |= dict.fromkeys(_state_companies(), "state-company")
    qualifier_pattern = _trie_alternation(qualifiers)
    # The office pattern starts with its literal words so that the regular expression engine
    # skips quickly to where one may start; qualifiers are looked for before each match.
    office_pattern = compile_cached("offices", rf"(?:{_trie_alternation(offices)})(?![\w-])")
    # a qualifier opens a word, also after a dash and no word ("JAKARTA -Wakil Presiden A": a
    # dateline's dash glued to it), not inside a hyphenated word
    qualifiers_before = compile_cached(
        "qualifiers-before",
        rf"{_WORD_START}(?:(?:{qualifier_pattern})(?:{SPACE}*\([^()\n]{{1,20}}\))?{SPACE}+)+$"
    )
    honorifics = word_list("honorifics.txt")
    honorific_pattern = compile_cached(
        "honorifics", rf"(?:{_trie_alternation(honorifics)})\.?(?!\w)"
    )
    return Lexicon(
        offices=offices,
        qualifiers=qualifiers,
        several_qualifiers=frozenset(p for p in qualifier_words if "several" in flags[p]),
        phrases=phrases,
        place_units=frozenset(p for p in kinds if "place" in flags[p] and p not in head_offices),
        place_words=frozenset(p for p, k in kinds.items() if k == "place-word"),
        party_organs=frozenset(p for p, k in kinds.items() if k == "party" and "organ" in flags[p]),
        title_abbreviations=frozenset(title_abbreviations),
        institutions=institutions,
        connectors=frozenset(p for p, k in kinds.items() if k == "connector"),
        object_nouns=frozenset(p for p, k in kinds.items()
                               if k == "not-name" and "object" in flags[p]),
        blockers=frozenset(row[0] for row in rows if row[1] == "blocker"),
        status_blockers=frozenset(row[0] for row in rows
                                  if row[1] == "blocker" and "status" in flags[row[0]]),
        holder_blockers=frozenset(row[0] for row in rows
                                  if row[1] == "blocker" and "holder" in flags[row[0]]),
        statuses={row[0]: "Mantan" if row[1] == "former" else row[0].title()
                  for row in rows if row[1] in ("former", "candidate")},
        phrase_lengths=_phrase_lengths([*phrases, *institutions, *offices]),
        office_pattern=office_pattern,
        qualifiers_before=qualifiers_before,
        qualifier_pattern=compile_cached("qualifiers",
                                         rf"{_WORD_START}(?:{qualifier_pattern})(?![\w-])"),
        honorific_pattern=honorific_pattern,
    )


# "Dinas Perdagangan dan Perindustrian (Disdagperin)": a body's long form, its acronym after it
_DEFINED = re.compile(rf"\b([A-Z][\w-]*(?:{SPACE}+(?:dan|[A-Z][\w-]*)){{1,8}}){SPACE}*"
                      r"\(([A-Z][A-Za-z]{2,14})\)")


# Where a match of _DEFINED can end, and what it cannot hold: it lies in the run of word
# characters and spaces right before an acronym in parentheses, so only that run is read
# (_DEFINED opens with a word boundary, which the engine would try at every place of a text).
_ACRONYM_IN_PARENTHESES = re.compile(r"\(([A-Z][A-Za-z]{2,14})\)")
_OUTSIDE_LONG_FORM = re.compile(r"[^\w \t\u00a0-]")


def _defined_matches(text: str) -> Iterator[re.Match[str]]:
    """_DEFINED's matches in text, the same as its finditer gives."""
    backwards = text[::-1] if "(" in text else ""
    for parenthesis in _ACRONYM_IN_PARENTHESES.finditer(text):
        outside = _OUTSIDE_LONG_FORM.search(backwards, len(text) - parenthesis.start())
        run_start = len(text) - outside.start() if outside else 0
        if match := _DEFINED.search(text, run_start, parenthesis.end()):
            yield match


# "Badan Pengurus Daerah (BPD) AEKI": an association's board, not a public body
_BOARD_WORDS = frozenset({"Pengurus", "Pimpinan"})


def with_defined_acronyms(text: str, lexicon: Lexicon) -> Lexicon:
    """The lexicon, with the acronyms the text itself gives a public body that the data files
    do not know ("Dinas Perdagangan dan Perindustrian (Disdagperin)") read as institutions, so
    that "Kepala Disdagperin Provinsi Bali Ni Wayan Kusumawathi" names its head. The long form
    opens with a body (Dinas, Badan, Kementerian) and spells the acronym: its first letter,
    then the acronym's letters in order among the words' syllables. A role writes the long form
    the article gave (`defined`), as it does when the acronym follows it."""
    defined: dict[str, str] = {}
    for match in _defined_matches(text):
        long_form, acronym = match.group(1), match.group(2)
        words = long_form.split()
        if acronym in lexicon.institutions or acronym in lexicon.phrases or (
            acronym in lexicon.offices
        ) or lexicon.phrases.get(words[0]) not in ("unit", "institution") or (
            words[1] in _BOARD_WORDS
        ):
            continue
        letters = iter("".join(words).lower())
        if acronym[0] == words[0][0] and all(char in letters for char in acronym.lower()):
            defined[acronym] = long_form
    if not defined:
        return lexicon
    lengths = dict(lexicon.phrase_lengths)
    for acronym in defined:
        lengths[acronym] = max(lengths.get(acronym, 0), 1)
    return replace(lexicon, institutions={**lexicon.institutions, **defined},
                   phrase_lengths=lengths, defined=defined)


def _state_companies() -> list[str]:
    """State- and region-owned companies (state_companies.txt) as news writes them: "Pertamina",
    "PT Pertamina", "Perum Bulog"; a "prefixed" one only after "PT", "Perum" or "Perumda"."""
    companies: list[str] = []
    for line in word_list("state_companies.txt"):
        name, *flags = line.split("\t")
        if "prefixed" not in flags:
            companies.append(name)
        companies += [f"{prefix} {name}" for prefix in ("PT", "Perum", "Perumda")]
    return companies


def _lower_case_forms(phrase: str) -> set[str]:
    """How news writes an office in lower case: "anggota DPR", "juru bicara", "anggota komisi",
    "Juru bicara" (acronyms keep their capitals)."""
    words = phrase.split()
    first = [words[0].lower(), *words[1:]]
    every = [word if word.isupper() and len(word) > 1 else word.lower() for word in words]
    sentence = [words[0], *every[1:]]  # "Juru bicara KPK", "Anggota komisi"
    return {" ".join(first), " ".join(every), " ".join(sentence)}


def _phrase_lengths(phrases: list[str]) -> dict[str, int]:
    lengths: dict[str, int] = {}
    for phrase in phrases:
        words = phrase.split()
        lengths[words[0]] = max(lengths.get(words[0], 0), len(words))
    return lengths


def _head_of(
    expansion: str, head_offices: dict[str, str], qualifier_words: set[str]
) -> tuple[str, list[str]] | None:
    """The office from titles.tsv that an expanded title is built on, and the words after it:
    "Wakil Kepala Kepolisian Daerah" -> ("Kepala Kepolisian", ["Daerah"])."""
    words = expansion.split()
    while words and words[0] in qualifier_words:
        words = words[1:]
    for size in range(len(words), 0, -1):
        head = " ".join(words[:size])
        if head in head_offices:
            return head, words[size:]
    return None


def _office_for(
    written: str, head: str, rest: list[str], kinds: dict[str, str], flags: dict[str, set[str]]
) -> Office:
    return Office(
        role=written,
        needs_institution=kinds[head] == "office-of"
        and not any(kinds.get(" ".join(rest[i:j])) == "unit"  # "Distrik Militer" of "Dandim"
                    for i in range(len(rest)) for j in range(i + 1, len(rest) + 1)),
        takes_place="place" in flags[head] or bool(rest and "place" in flags.get(rest[-1], ())),
        national="national" in flags[head],
        public=kinds[head] != "not-office",
        several="several" in flags[head]
        or any("several" in flags.get(word, ()) for word in written.split()),
        posted="posted" in flags[head],
        named="named" in flags[head],
    )


def _trie_alternation(phrases: Iterable[str]) -> str:
    """A regular expression for any of the phrases (a character trie)."""
    return trie_expression(char_trie(phrases), _char_pattern)


@cache
def _char_pattern(char: str) -> str:
    return SPACE + "+" if char == " " else re.escape(char)
