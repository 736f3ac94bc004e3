"""Joining mentions of one person: a later mention by part of a name, or misspelt by a letter,
joins the full one, and a name known only in part takes the full form the article writes
elsewhere ("Purbaya" -> "Purbaya Yudhi Sadewa")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.analysis.analyzer import stopwords
from index.extract.officials.lexicon import SPACE, Lexicon, load_lexicon
from index.extract.officials.names import MAX_NAME_WORDS, is_name_word
from index.extract.officials.office_mentions import OfficeMention, _party_or_company
from index.extract.officials.tokens import _canonical_region
from index.extract.word_places import written_apart
from index.people import alias_target

_MORE_NAME_WORDS = re.compile(rf"(?:{SPACE}+[A-Z][\w'’-]*)+")
# a name ends at punctuation, a word in lower case, or a running mate's name after a dash
# ("Airin Rachmi Diany - Benyamin Davnie", "Airin Rachmi Diany-Benyamin Davnie")
_NAME_ENDS = re.compile(rf"{SPACE}*[,.;:!?)\"”’]|{SPACE}+[a-z(]|{SPACE}*[-–]{SPACE}*[A-Z]")
_PAIRED = re.compile(r"[A-Z][\w'’]*[-–][A-Z]")


@dataclass
class Found:
    name: str
    role: str
    start: int
    words: frozenset[str]
    aliases: list[frozenset[str]]
    spellings: list[str] = field(default_factory=list)  # of the name, as misspelt elsewhere
    roles: list[str] = field(default_factory=list)  # every role a mention gave, in order


def _name_key(name: str) -> frozenset[str]:
    return frozenset(word.strip(".").lower() for word in name.split())


def _join(found: list[Found], mention: OfficeMention) -> None:
    """Add a mention to the people found, or merge it into the one it names again."""
    words = _name_key(mention.name)
    for person in found:
        if by_alias := _alias_of(mention.name, person.name):
            if by_alias == mention.name:  # "Presiden Jokowi" then "Presiden Joko Widodo"
                person.name, person.words = mention.name, words
            person.aliases.append(words)
            return
        if not (
            words <= person.words or person.words <= words or words in person.aliases
            # misspelt: with the same office, or two more words of a name of three agreeing
            # ("Tripeni Irianto Putro", Ketua PTUN Medan, then "Tripeni Irinto Putro", hakim)
            or ((mention.role == person.role or len(words) >= 3)
                and _misspelt(mention.name, person.name))
        ):
            continue
        if not (words <= person.words or person.words <= words or words in person.aliases):
            person.spellings.append(mention.name)
        elif len(person.words) < len(words) <= len(person.words) + 2:
            # "Wagub Edy" then "Edy Pratowo"; not a Title Case run after the name
            person.name, person.words = mention.name, words
        if mention.role.startswith(person.role) and len(mention.role) > len(person.role):
            person.role = mention.role  # "Gubernur" then "Gubernur Riau": the more specific
        elif _not_held(person.role) and mention.role and not _not_held(mention.role):
            person.role = mention.role  # the office held now, not a former or sought one
        elif _party_or_company_post(person.role) and mention.role and not (
            _not_held(mention.role) or _party_or_company_post(mention.role)
        ):
            person.role = mention.role  # a public office over a party's or a company's post
        person.aliases.extend(_name_key(alias) for alias in mention.aliases)
        person.roles.append(mention.role)
        return
    aliases = [_name_key(alias) for alias in mention.aliases]
    found.append(Found(mention.name, mention.role, mention.start, words, aliases,
                       roles=[mention.role]))


def _no_public_office(role: str) -> bool:
    """Whether a role is a party's or a company's post and nothing more: a party's faction in a
    legislature ("Ketua Fraksi PKS") and a party's legislator ("Legislator PKB", see
    legislators.py) are a legislator's, a public office."""
    return _party_or_company_post(role) and not {"Fraksi", "Legislator"} & set(role.split())


def _holding_public_office(found: list[Found]) -> list[Found]:
    """The people found who hold, held or run for a public office. One read only with a party's
    or a company's post ("Ketua DPD Partai NasDem Sumut A", "Direktur Utama PT Pertamina B") is
    no official (a faction's post in a legislature is a legislator's); one read with such a post
    and a public office takes the office as the role, held now before held or sought ("Mantan
    Ketua MPR" over "Ketua Dewan Kehormatan PAN"); a candidate of a pair ("pasangan calon A -
    B", no role written) keeps no role."""
    kept = []
    for person in found:
        if _no_public_office(person.role):
            public = [role for role in person.roles or [person.role]
                      if not _no_public_office(role)]
            if not public:
                continue
            person.role = min(public, key=lambda role: (not role, _not_held(role)))
        kept.append(person)
    return kept


def _not_held(role: str) -> bool:
    """Whether a role is an office held before or sought: "Mantan Bupati", "Calon Gubernur"."""
    first = role.split(maxsplit=1)[:1]
    return bool(first) and first[0] in {
        status.split()[0] for status in load_lexicon().statuses.values()
    }


def _party_or_company_post(role: str) -> bool:
    return bool(role) and _party_or_company(role.split(), load_lexicon())


def _alias_of(one: str, other: str) -> str | None:
    """Of two names, the full one when the other is its alias in person_aliases.tsv ("Jokowi",
    "Joko Widodo"), else None."""
    if (target := alias_target(one)) and _name_key(target) <= _name_key(other):
        return other
    if (target := alias_target(other)) and _name_key(target) <= _name_key(one):
        return one
    return None


def _person_key(name: str) -> frozenset[str]:
    """A name's key as one person's: the full name's when person_aliases.tsv lists the name as
    another's ("Kang Emil" -> "Ridwan Kamil"), so that both names count as one person."""
    target = alias_target(name)
    return _name_key(target) if target else _name_key(name)


def _aliased(name: str, person: Found, *, either_way: bool = False) -> bool:
    """Whether a name names a person found, or a part of their name, counting a name and its
    alias in person_aliases.tsv as one ("Kang Emil" and "Ridwan Kamil"); `either_way`: or the
    person's name is a part of this one."""
    mine, theirs = _person_key(name), _person_key(person.name)
    return mine <= theirs or (either_way and theirs <= mine)


def _misspelt(one: str, other: str) -> bool:
    """Whether two names differ by one letter in one long word: "Affifudin" and "Afifudin"."""
    one_words, other_words = one.lower().split(), other.lower().split()
    differ = [(a, b) for a, b in zip(one_words, other_words, strict=False) if a != b]
    if len(one_words) != len(other_words) or len(differ) != 1:
        return False
    a, b = differ[0]
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for at, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return a[at + (len(a) == len(b)):] == b[at + 1:]
    return True


def _surname_stopword(word: str, text: str, lexicon: Lexicon) -> bool:
    """Whether a capitalised word of the stopword list ending the words after a name is the
    name's last word: the text never writes it in lower case ("Baim Wong": "wong" is Javanese
    for "people"; "Lin Dan" is not taken, as "dan" is written everywhere, nor a heading's "Tak
    Bisa", whose first word is not the last)."""
    return (word.lower() in stopwords() and is_name_word(word, lexicon)
            and not written_apart(text, word.lower()))


def _fuller_name(name: str, text: str, lexicon: Lexicon,
                 others: frozenset[str] = frozenset()) -> str:
    """The name as written in full elsewhere in the text: an official named with the office only
    as "Purbaya" is "Purbaya Yudhi Sadewa" when the article writes that. Two different fuller
    names ("Budi Santoso", "Budi Prasetyo") leave the name as it is; so does another official's
    name written right after it (`others`: "Jusuf Kalla Husain Abdullah" is two people)."""
    if len(name.split()) >= MAX_NAME_WORDS:
        return name
    fuller = ""
    start = -1
    while (start := text.find(name, start + 1)) >= 0:
        match = _MORE_NAME_WORDS.match(text, start + len(name))
        paired = start > 1 and text[start - 1] in "-–" and text[start - 2].isalpha()
        inside_word = start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’") and (
            not paired)  # "Arsid-Elvier Ariadiannie Soedarto": a pair of candidates
        if match is None or inside_word or not _NAME_ENDS.match(text, match.end()):
            continue  # inside a word, or a Title Case run: "Budi Waseso Ingatkan Pansel"
        words = []
        for word in match.group().split():
            if _PAIRED.match(word):  # "Diany-Benyamin": the running mate's name is not hers
                words.append(re.split("[-–]", word)[0])
                break
            words.append(word)
        if len(name.split()) + len(words) > MAX_NAME_WORDS or not all(
            (is_name_word(word, lexicon, sentence_start=True)
             or (last and _surname_stopword(word, text, lexicon)))
            and not _canonical_region(word) and not word.endswith("kan")
            for last, word in zip([False] * (len(words) - 1) + [True], words, strict=True)
        ):
            continue  # a Title Case headline ("Budi Waseso Ingatkan Pansel") or a place
        more = " ".join(words)
        if more in others:
            continue
        if not more or fuller.startswith(more):
            continue
        if fuller and not more.startswith(fuller):
            return name  # two different people
        fuller = more
    return f"{name} {fuller}" if fuller else name
