"""A word glued before a holder's name after an office's object: a misspelt object word
("Menteri Luar Negeri Australi Julie Bishop", "Menteri Ekuangan Purbaya Yudhi Sadewa") or a
place or firm the article names as one elsewhere ("Presiden Lamborghini Stefano Domenicali"
beside "bekerja di Lamborghini", "Kepala Sektor Khusus Jeddah Ahmad Fauzan Lubis" beside "tiba
di Jeddah")."""

from __future__ import annotations

import re
from functools import cache

from index.analysis.analyzer import attested_words
from index.data_files import word_list
from index.extract.officials.lexicon import Lexicon
from index.extract.officials.tokens import _canonical_region
from index.extract.word_places import _word_char, word_places
from index.people import one_edit

# object words shorter than this are too close to too many names for a misspelling to tell
_MIN_TYPO_LENGTH = 6
_MIN_REST_WORDS = 2  # what is left must still be a full name: "Julie Bishop", not "Bishop"
_SPACE_CHARS = " \t\u00a0"  # what SPACE matches


# "Ketua KPK Jilid I Taufiequrachman Ruki": the body's term, numbered, read on as a name
_TERM_NUMBER = re.compile(r"[IVX]+|\d+")


def without_glued_word(words: list[str], text: str, lexicon: Lexicon) -> list[str]:
    """The name's words without a first word glued on from the office's object."""
    if len(words) > 3 and words[0] == "Jilid" and _TERM_NUMBER.fullmatch(words[1]):
        words = words[2:]
    if not _may_be_glued(words):
        return words
    if _misspelt_object_word(words[0], text, lexicon):
        rest = words[1:]
        if len(rest) > 1 and _continues_object(words[0], rest[0], lexicon):
            rest = rest[1:]  # "Menteri Sekrestaris Negara Pratikno": the object's next word too
        return rest
    if _written_as_place(words[0], words[1], text) or _object_word_elsewhere(
            words[0], words[1], text):
        return words[1:]
    return words


def _continues_object(misspelt: str, word: str, lexicon: Lexicon) -> bool:
    """Whether a misspelt object word, spelt right, and the word after it make one object phrase
    of the lexicon ("Sekrestaris Negara": Sekretaris Negara)."""
    lower = misspelt.lower()
    near = {w for v in (lower, *_deletions(lower)) for w in _object_words(lexicon).get(v, ())}
    return any(f"{w.capitalize()} {word}" in lexicon.phrases for w in near if one_edit(lower, w))


def glued_place(text: str, object_end: int, name: str, name_end: int, lexicon: Lexicon) -> str:
    """The place or firm left out before the name read after an office's object, for its role
    ("Wali Kota London" of "Wali Kota London Sadiq Khan"); "" when none was."""
    read = text[object_end:name_end].split()
    if len(read) != len(name.split()) + 1 or " ".join(read[1:]) != name:
        return ""
    if _may_be_glued(read) and not _misspelt_object_word(read[0], text, lexicon) and (
        _written_as_place(read[0], read[1], text) or (
            not lexicon.honorific_pattern.fullmatch(read[0])  # a rank: "Polda Metro Kombes"
            and _object_word_elsewhere(read[0], read[1], text))
    ):
        return read[0]
    return ""


def _may_be_glued(words: list[str]) -> bool:
    if len(words) <= _MIN_REST_WORDS:
        return False
    first = words[0]
    # "Muhammad Tito Karnavian"; "Bima Arya Sugiarto" beside "di Bima"
    return first.isalpha() and first[0].isupper() and not first.isupper() and (
        first not in _known_name_words() and not _canonical_region(first)
    )


def _written_as_place(word: str, next_word: str, text: str) -> bool:
    """Whether the text writes the word after "di"/"ke" ("di Lamborghini", "ke Jeddah"), as no
    one writes a person, without the rest of the name after it: a match of
    `(?<![\\w-])(?:di|ke)SPACE+WORD(?![\\w-])(?!SPACE+NEXT_WORD)`, found with `str.find` (a
    pattern compiled for each word cost more than the rest of this reading)."""
    for at in word_places(text, word):
        start = at
        while start and text[start - 1] in _SPACE_CHARS:
            start -= 1
        if start == at or start < 2 or text[start - 2:start] not in ("di", "ke") or (
            start > 2 and _word_char(text[start - 3])
        ):
            continue
        end = after = at + len(word)
        while after < len(text) and text[after] in _SPACE_CHARS:
            after += 1
        if not (after > end and text.startswith(next_word, after)):
            return True
    return False


_WORD_BEFORE = re.compile(r"(\w+)[ \t\u00a0]+$")
_WORD_AFTER = re.compile(r"[ \t\u00a0]+(\w+)")


def _object_word_elsewhere(word: str, next_word: str, text: str) -> bool:
    """Whether the text writes the word after the same word as here before another name
    ("Kasie Perlindungan Daker Madinah Maskat ..., Kepala Seksi Perumahan Daker Madinah
    Endang"): the object's last word, as no one's given name is."""
    here: set[str] = set()
    elsewhere: set[str] = set()
    for at in word_places(text, word):
        before = _WORD_BEFORE.search(text, max(0, at - 40), at)
        after = _WORD_AFTER.match(text, at + len(word))
        if before is None or after is None:
            continue
        if after.group(1) == next_word:
            here.add(before.group(1))
        elif after.group(1)[0].isupper():
            elsewhere.add(before.group(1))
    return bool(here & elsewhere)


def _misspelt_object_word(word: str, text: str, lexicon: Lexicon) -> bool:
    """Whether a word is one letter away from a long object word of the lexicon (one left out,
    added or changed, or two swapped: "Australi", "Ekuangan", "Sekrestaris", "Jendaral") and
    the article writes it nowhere else, as it does a person's given name ("Mardani", not
    "Madani")."""
    if len(word) < _MIN_TYPO_LENGTH:
        return False
    lower = word.lower()
    by_variant = _object_words(lexicon)
    if lower in by_variant.get(lower, ()):
        return False
    near = {w for v in (lower, *_deletions(lower)) for w in by_variant.get(v, ())}
    if not any(one_edit(lower, w) for w in near):
        return False
    return len(word_places(text, word)) <= 1


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


# per lexicon read, keyed by its phrases and offices (kept, so that their ids stay theirs): the
# lexicon an article's own acronyms extend (with_defined_acronyms) shares them with the one read
_OBJECT_WORDS: dict[tuple[int, int], tuple[object, object, dict[str, frozenset[str]]]] = {}


def _object_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The long words of the lexicon's object phrases and offices by themselves and by each of
    their forms with one letter left out (two words one edit apart share one of these)."""
    key = (id(lexicon.phrases), id(lexicon.offices))
    kept = _OBJECT_WORDS.get(key)
    if kept is None or kept[0] is not lexicon.phrases or kept[1] is not lexicon.offices:
        words = {w.lower() for phrase in [*lexicon.phrases, *lexicon.offices]
                 for w in phrase.split() if len(w) >= _MIN_TYPO_LENGTH - 1 and w.isalpha()}
        found: dict[str, set[str]] = {}
        for w in words:
            for variant in (w, *_deletions(w)):
                found.setdefault(variant, set()).add(w)
        _OBJECT_WORDS.clear()
        kept = _OBJECT_WORDS[key] = (lexicon.phrases, lexicon.offices,
                                     {v: frozenset(ws) for v, ws in found.items()})
    return kept[2]


@cache
def _known_name_words() -> frozenset[str]:
    """The words of the names of public_figures.tsv and office_holders.tsv: a person's."""
    words: set[str] = set()
    for file in ("public_figures.tsv", "office_holders.tsv"):
        for line in word_list(file):
            words.update(line.split("\t")[0].split())
    return frozenset(words)


def without_opening_noun(name: str, text: str) -> str:
    """A name without a common word that opens the sentences it is written in ("Posisi
    Moeldoko sebagai Kepala KSP ..."): the word is a dictionary's, no public figure's, written in
    lower case elsewhere in the text, and the rest of the name is written without it."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in attested_words() or (
        words[0] in _known_name_words()
    ):
        return name
    rest = " ".join(words[1:])
    places = word_places(text, name)
    if not places or not all(_opens_sentence(text, at) for at in places):
        return name
    if not word_places(text, words[0].lower()):
        return name
    alone = [at for at in word_places(text, rest)
             if not text[:at].rstrip(_SPACE_CHARS).endswith(words[0])]
    return rest if alone else name


def _opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(_SPACE_CHARS)
    return not before or before[-1] in ".!?\"”\n"
