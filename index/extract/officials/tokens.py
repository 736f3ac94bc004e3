"""Tokens and known phrases: the words after an office as tokens, the longest known phrase at a
token (institution, unit, field, region, ...), and the words before an office that rule it
out ("mantan Gubernur", "Kabupaten Karo": Karo is also Kepala Biro); whether words are a
country's or a region's name, or one with a letter more or less ("Australi")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from index.extract.officials.lexicon import SPACE, Lexicon
from index.gazetteer import canonical_region, lookup_form
from index.people import one_edit

# Lower-case words that may sit inside a name ("Saleh bin Ahmad", "Joao de Sousa").
NAME_PARTICLES = frozenset({"bin", "binti", "van", "der", "den", "von", "de", "da", "dos", "del",
                            "al", "el"})  # "Issam al Rayes"
# Name parts written shortened with a full stop ("Muh. Yusuf"); any other word followed by a full
# stop ends the sentence.
NAME_ABBREVIATIONS = frozenset({"Muh", "Moh", "Moch", "Mochd", "Muhd", "Mhd", "Abd", "Ach", "St"})
MAX_REGION_WORDS = 4
MAX_TOKENS_AFTER_OFFICE = 28
_SPACES = re.compile(SPACE + "*")
_TOKEN = re.compile(
    r"(?P<comma>,)"
    r"|\((?P<paren>[^()\n]{1,80})\)"
    r"|['‘\"“](?P<nick>[A-Z][a-z]+)['’\"”]"
    r"|(?P<num>\d+(?:[/.\-]\w+)*)"
    r"|(?P<word>&|[^\W\d_](?:\w|['’](?=\w))*(?:[-/]\w(?:\w|['’](?=\w))*)*)(?P<dot>\.(?!\w))?"
)
_GLUED_INITIALS = re.compile(r"[A-Z]{2,4}")
_GLUED_NAME = re.compile(r"\.[A-Z][a-z]{2,}")
# "ke-7" after an office counts its holders; news uses it for past ones.
_HOLDER_NUMBER = re.compile(
    r"ke-?\d+|[Kk]e(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)|[Pp]ertama"
)
_ORDINAL = re.compile(r"ke-?\d+|[IVXL]{2,}|[IVXL]+/\w+")
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|as)-[A-Z][\w'’]*")
# the same written with spaces around the hyphen, as pre-tokenised texts do: "Bashar al - Assad"
_SPACED_ARTICLE = re.compile(rf"{SPACE}+-{SPACE}+([A-Z][\w'’]*)")
_SPACED_NUMBER = re.compile(rf"{SPACE}+-{SPACE}+(\d{{1,2}})(?!\d)")
# A noun derived from a root ("Percepatan", "Kepresidenan", "Digitalisasi", "Otoritas"): a
# field or a body, never a name. Letters foreign to Indonesian roots keep out names such as
# "Pezeshkian", and a consonant before "-kan" verbs such as "Perkenalkan" ("Pendidikan" is a
# noun).
_DERIVED_NOUN = re.compile(
    r"(?:[Pp]e(?:m|n|ng|ny|r)?|[Kk]e)(?![a-z]*(?:[fqvxz]|sh))[a-z]{3,}(?<![^aiueo]k)an"
    r"|[A-Z][a-z]{3,}(?:isasi|isme|itas)"
)


class Token(NamedTuple):
    kind: str  # word, honorific, comma, paren, nick, num
    text: str
    start: int
    end: int


def _lex(text: str, pos: int, lexicon: Lexicon) -> list[Token]:
    """Tokens after an office, up to where its object and name can no longer reach."""
    tokens: list[Token] = []
    while len(tokens) < MAX_TOKENS_AFTER_OFFICE:
        pos = _SPACES.match(text, pos).end()
        honorific = lexicon.honorific_pattern.match(text, pos)
        if honorific:
            tokens.append(Token("honorific", honorific.group().rstrip("."), pos, honorific.end()))
            pos = honorific.end()
            continue
        match = _TOKEN.match(text, pos)
        if match is None:
            break
        word = match.group("word")
        if word is None:
            kind = match.lastgroup or ""
            tokens.append(Token(kind, match.group(kind), match.start(), match.end()))
            pos = match.end()
            continue
        if word[0].islower() and _field_after_connector(word, tokens, lexicon):
            word = word[0].upper() + word[1:]  # "Kasi Data dan informasi BMKG": a field
        if word[0].islower() and not (
            word in lexicon.connectors or word in NAME_PARTICLES or word in lexicon.phrases
            or _starts_phrase(word, text, match.end(), lexicon)  # "non aktif": a field of two
            or (tokens and f"{tokens[-1].text} {word}" in lexicon.phrases)
            or _ARTICLE_NAME.fullmatch(word)
            or _ORDINAL.fullmatch(word) or _HOLDER_NUMBER.fullmatch(word)
        ):
            break
        if word in ("Ke", "ke") and (spaced := _SPACED_NUMBER.match(text, match.end())):
            tokens.append(Token("word", f"ke-{spaced.group(1)}", match.start(), spaced.end()))
            pos = spaced.end()  # "Presiden RI Ke - 5": "ke-5" as pre-tokenised texts write it
            continue
        if word in ("al", "el") and (spaced := _SPACED_ARTICLE.match(text, match.end())):
            tokens.append(Token("word", f"{word}-{spaced.group(1)}", match.start(), spaced.end()))
            pos = spaced.end()
            continue
        if _GLUED_INITIALS.fullmatch(word) and _GLUED_NAME.match(text, match.end()):
            tokens.append(Token("word", word, match.start(), match.end() + 1))
            pos = match.end() + 1  # "HM.Prasetyo": initials glued to the name by a full stop
            continue
        if match.group("dot") and (len(word) == 1 or word in NAME_ABBREVIATIONS):
            tokens.append(Token("word", word + ".", match.start(), match.end()))
            pos = match.end()
            continue
        tokens.append(Token("word", word, match.start(), match.start() + len(word)))
        if match.group("dot"):
            break  # the sentence ends
        pos = match.end()
    return tokens


def _field_after_connector(word: str, tokens: list[Token], lexicon: Lexicon) -> bool:
    """Whether a lower-case word is a known field written in lower case inside a Title Case
    object: after a connector that follows a capitalised word ("Data dan informasi")."""
    return (
        len(tokens) >= 2 and tokens[-1].kind == "word" and tokens[-1].text in lexicon.connectors
        and tokens[-2].kind == "word" and tokens[-2].text[:1].isupper()
        and lexicon.phrases.get(word[0].upper() + word[1:]) == "field"
    )


_NEXT_WORD = re.compile(r"[ \t\u00a0]+([a-z]+)")


def _starts_phrase(word: str, text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a word in lower case and the next one are an object's phrase: "non aktif"."""
    if lexicon.phrase_lengths.get(word, 0) < 2:
        return False  # most words start no phrase of two words
    following = _NEXT_WORD.match(text, end)
    return bool(following) and f"{word} {following.group(1)}" in lexicon.phrases


def _phrase_at(tokens: list[Token], i: int, lexicon: Lexicon, *, regions: bool) -> tuple[str, int]:
    """(kind, number of tokens) of the longest known phrase at tokens[i], else ("", 0)."""
    if i >= len(tokens) or tokens[i].kind not in ("word", "honorific"):
        return "", 0
    first = tokens[i].text
    if first in lexicon.qualifiers and first[0].isupper():
        kind, size = _phrase_at(tokens, i + 1, lexicon, regions=regions)
        if kind in ("office", "office-of"):
            return kind, size + 1  # "Juru Bicara Wakil Presiden": a deputy's office as object
    longest = lexicon.phrase_lengths.get(first, 0)
    # regions.py reads "Gubernur Jambi" as the region; here the office is not part of it
    regions = regions and first[0].isupper() and first not in lexicon.offices
    if regions:
        longest = max(longest, MAX_REGION_WORDS)
    words: list[str] = []
    for token in tokens[i:i + longest]:
        if token.kind not in ("word", "honorific"):
            break
        words.append(token.text)
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[:size])
        if phrase in lexicon.institutions:
            return "institution", size
        kind = lexicon.phrases.get(phrase)
        if kind and kind not in ("not-name", "blocker"):
            return kind, size
        if phrase in lexicon.offices:
            # "Staf Khusus Presiden" names a public office; "Ketua Unit" alone does not
            return ("office-of" if lexicon.offices[phrase].needs_institution else "office"), size
        if regions and _canonical_region(phrase):
            return "region", size
    if "/" in first and (kind := _slashed_kind(first, lexicon)):
        return kind, 1  # "Investasi/BKPM": each part known
    if first in lexicon.phrases and lexicon.phrases[first] != "blocker":
        return "not-name", 1  # a blocker only matters before an office: "Ketua Dewan Pengarah"
    if is_derived_noun(first):
        return "field", 1
    if regions and _place_in_gazetteer(first):
        return "place", 1  # a town the gazetteer places in a region: "Kajari Lhoksukon"
    return "", 0


def _slashed_kind(word: str, lexicon: Lexicon) -> str:
    """The kind of a word of parts joined by slashes when every part is a known object word or
    an institution ("Investasi/BKPM": a field and an institution): its last part's, else ""."""
    kind = ""
    for part in word.split("/"):
        if part in lexicon.institutions:
            kind = "institution"
        elif (known := lexicon.phrases.get(part)) and known not in ("not-name", "blocker"):
            kind = known
        else:  # an office after the slash ("Hilirisasi/Kepala BKPM") opens a second one
            return ""
    return kind


def is_derived_noun(word: str) -> bool:
    """Whether a word is a noun derived from a root ("Penanggulangan", "Kepresidenan")."""
    return bool(_DERIVED_NOUN.fullmatch(word))


# How one runs, between "calon" and the office: "calon independen bupati Bima A"
_CANDIDACY = frozenset({"independen", "perseorangan", "tunggal", "petahana"})


def _blocked(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the words just before an office say no current holder is named: "para menteri",
    "rumah dinas Wali Kota", also a former holder or a candidate ("mantan Gubernur")."""
    return bool(_word_before_office(text, start, lexicon))


def _word_before_office(text: str, start: int, lexicon: Lexicon) -> str:
    """The blocker, former or candidate word just before an office, else "": "mantan Gubernur",
    "calon Bupati", "rumah dinas Wali Kota", "mantan Aspam KSAD", "mantan Gubernur dan Wakil
    Gubernur", "bakal calon gubernur dan wakil gubernur"; a blocker before a status or in
    parentheses blocks ("Panitia Seleksi Calon Pimpinan KPK", "Seleksi (Pansel) pimpinan KPK")."""
    before = text[max(0, start - 70):start].split()[-6:]
    for at in range(len(before) - 1, -1, -1):
        word = before[at]
        pair = " ".join(before[max(0, at - 1):at + 1])
        for found in (pair, word):
            if found in lexicon.statuses and at and (
                (blocker := before[at - 1].strip("()")) in lexicon.status_blockers
                or blocker.isdigit()
            ):
                return blocker  # "Panitia Seleksi Calon Pimpinan KPK", "19 Calon Pimpinan"
            if found in lexicon.statuses or found in lexicon.blockers:
                return found
        if word.startswith("(") and word.strip("()") in lexicon.status_blockers:
            return word.strip("()")  # "Panitia Seleksi (Pansel) pimpinan KPK"
        if word.lower() in _CANDIDACY and at and before[at - 1].lower() in lexicon.statuses:
            continue  # "calon independen bupati Bima A", "Calon Tunggal Gubernur BI"
        if word in ("dan", "serta") and at and (
            before[at - 1][:1].isupper() or _office_word(before, at - 1, lexicon)
        ):
            continue  # another office before this one: "Gubernur dan", "gubernur dan"
        if word[-1] in ".,;:!?\"”)" or not (
            word[:1].isupper() or _office_word(before, at, lexicon)
        ):
            return ""  # only a title may stand between: "mantan Aspam KSAD"
    return ""


def _office_word(words: list[str], at: int, lexicon: Lexicon) -> bool:
    """Whether words[at] ends an office or a qualifier, in any case: "gubernur", "wali kota"."""
    for size in (1, 2):
        phrase = " ".join(words[max(0, at - size + 1):at + 1]).title()
        if phrase in lexicon.offices or phrase in lexicon.qualifiers:
            return True
    return False


def _names_a_place(text: str, start: int, written: str, lexicon: Lexicon) -> bool:
    """Whether an office's abbreviation is a place's name here: "Kabupaten Karo" (Karo is also
    Kepala Biro)."""
    before = text[max(0, start - 20):start].split()
    return bool(before) and lexicon.phrases.get(before[-1]) == "section" and bool(
        _canonical_region(written)
    )


def _collapse_spaces(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=1 << 16)
def _place_in_gazetteer(word: str) -> bool:
    """Whether a word is a town or an island the gazetteer knows (region_places.tsv) and not
    also an everyday word or a person's name."""
    entry, _ = lookup_form(word, places=True)
    return entry is not None and entry.place and not entry.word


@lru_cache(maxsize=1 << 16)
def _canonical_region(phrase: str) -> str | None:
    """The gazetteer's lookup, remembered: the same words come up in article after article."""
    if len(phrase.split()) > MAX_REGION_WORDS:
        return None
    return canonical_region(phrase)


_PLACE_WORDS: dict[int, frozenset[str]] = {}


def _place_words(lexicon: Lexicon) -> frozenset[str]:
    """Place names outside the gazetteer (titles.tsv, kind place) and their first words:
    "Amerika Serikat" and "Amerika"."""
    if (found := _PLACE_WORDS.get(id(lexicon))) is None:
        places = [phrase for phrase, kind in lexicon.phrases.items() if kind == "place"]
        found = frozenset(places) | frozenset(place.split()[0] for place in places)
        _PLACE_WORDS.clear()
        _PLACE_WORDS[id(lexicon)] = found
    return found


def is_place(words: list[str], lexicon: Lexicon) -> bool:
    """Whether the words are a country's or a region's name."""
    text = " ".join(words)
    return text in _place_words(lexicon) or bool(_canonical_region(text))


def misspelt_place(word: str, lexicon: Lexicon) -> bool:
    """Whether a word is a country's or region's name with a letter more or less ("Australi"),
    six letters or more (a letter other is a name as often: "Indra", "India")."""
    if len(word) < 6 or is_place([word], lexicon):
        return False
    by_start = _places_by_start(lexicon)
    return any(one_edit(word, place) for size in (len(word) - 1, len(word) + 1)
               for place in by_start.get((word[0], size), ()))


_PLACES_BY_START: dict[int, tuple[Lexicon, dict[tuple[str, int], list[str]]]] = {}


def _places_by_start(lexicon: Lexicon) -> dict[tuple[str, int], list[str]]:
    """The one-word place names by (first letter, length): a word's misspellings are looked
    for among those of its length give or take one, not among all."""
    kept = _PLACES_BY_START.get(id(lexicon))
    if kept is None or kept[0] is not lexicon:
        by_start: dict[tuple[str, int], list[str]] = {}
        for place in _place_words(lexicon):
            if place and " " not in place:
                by_start.setdefault((place[0], len(place)), []).append(place)
        _PLACES_BY_START.clear()
        kept = _PLACES_BY_START[id(lexicon)] = (lexicon, by_start)
    return kept[1]
