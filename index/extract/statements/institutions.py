"""An institution as the subject of a reporting verb, named by its proper name: "Bank Indonesia
menyatakan ...", "Kantor Staf Presiden membantah ...", "Partai Golkar mengklaim ...", "Istana
menegaskan ...". The labels keep such a statement with the institution as its speaker, named
as written (bench/labels/README.md, statements: "the organisation's name as written at its
fullest when an institution ... speaks"). The speaker is no person: it has no role, so it never
becomes an official (speaker_officials reads a role), and a name read here is never added to
the article's people.

`speakers.speaker_before` asks this module last, about a subject its person and office readings
left: capitalised words only (a connector such as "dan" or "of" between them), the first an
institution's word: an acronym or a listed institution anywhere ("KPK", "Polda"), or at its
start a unit's, a section's or a party's word of the officials' lexicon ("Kementerian",
"Kantor", "Partai"), a word that opens an organisation's name ("Koalisi", "Lembaga") or an
institution's proper name ("Bank", "Universitas"). A word alone is an institution only when
it is an acronym, a listed institution, or the seat that stands for a government ("Istana").
"""

from __future__ import annotations

import re

from index.extract.officials.lexicon import Lexicon
from index.extract.statements.cues import Cues
from index.extract.statements.descriptions import ACRONYM

# kinds of the officials' lexicon (index/data/officials_*.tsv) whose word opens an institution's
# name: "Kementerian Pertanian", "Kantor Staf Presiden", "Partai Golkar"
_OPENING_KINDS = frozenset({"unit", "section", "party", "institution", "state-company"})
# opening words that name a person, not the institution they stand for; a region's word opens a
# place's name, which is an apposition ("Sejumlah pedagang di Mesuji, Provinsi Lampung
# menyebutkan") unless an institution's name comes before it (`before`)
_NOT_OPENING = frozenset({"Perwakilan", "Utusan", "Provinsi", "Kabupaten", "Kabupaten/Kota", "Kota",
                          "Kecamatan", "Kelurahan", "Desa", "Dusun", "Nagari", "Gampong",
                          "Kampung", "Distrik", "Daerah", "Wilayah", "Regional"})
# the seat that stands for a government, written alone as the subject ("Istana membantah")
SEATS = frozenset({"Istana", "Kremlin"})
MAX_WORDS = 8
# nouns that describe an organisation the text has named: "Lembaga antirasuah itu", "Pabrikan
# otomotif asal India itu", "klub tersebut"
ORGANISATION_NOUNS = frozenset({
    "lembaga", "pabrikan", "perusahaan", "klub", "partai", "instansi", "institusi", "organisasi",
    "produsen", "maskapai", "emiten", "kementerian", "komisi", "badan", "otoritas",
})
DEMONSTRATIVES = ("itu", "tersebut", "ini")


def institution_named(words: list[str], lexicon: Lexicon, cues: Cues,
                      before: str = "") -> str | None:
    """The institution `words` (a subject's words, openers left out) name, as written; None
    when they are not one (see the module docstring). `before`: the subject's words before
    `words` when an acronym in parentheses ends them ("Badan Penanggulangan Bencana Daerah
    (BPBD)" before "Kabupaten Sukabumi"): the name is read from the long form's start."""
    if before and words:
        words = _long_form(before.split(), lexicon, cues) + words
    if not words or not all(word[:1].isupper() or word in lexicon.connectors
                            or _in_parentheses(word) for word in words):
        return None
    named = " ".join(words)
    if any(ACRONYM.fullmatch(word) or word in lexicon.institutions
           or lexicon.phrases.get(word) in ("unit", "institution") for word in words):
        return named  # "Polda Jawa Barat", "PT Pertamina", "Dinas Kesehatan"
    first = words[0]
    if len(words) == 1:
        return named if first in SEATS else None
    if len(words) > MAX_WORDS or first in _NOT_OPENING or words[-1] in lexicon.connectors:
        return None
    if _opens_institution(words, lexicon, cues):
        return named  # "Bank Indonesia", "Kantor Staf Presiden", "Partai Golkar"
    return None


def _opens_institution(words: list[str], lexicon: Lexicon, cues: Cues) -> bool:
    first = words[0]
    return (first in lexicon.institutions or bool(ACRONYM.fullmatch(first))
            or lexicon.phrases.get(first) in _OPENING_KINDS
            or first.lower() in cues.organisations or first.lower() in cues.institution_openers
            or lexicon.phrases.get(" ".join(words[:2])) in _OPENING_KINDS)


def _in_parentheses(word: str) -> bool:
    return word.startswith("(") and word.endswith(")") and word[1:2].isupper()


def _long_form(words: list[str], lexicon: Lexicon, cues: Cues) -> list[str]:
    """The capitalised words that end `words`, an acronym in parentheses last ("Sekretariat DPRD
    (Setwan)"), from an institution's first word; none when the acronym follows no such words
    or an office stands among them ("Ketua Federasi ... (FORMI) Jawa Tengah Rakun MP": a
    person, whose name the subject's reading did not find)."""
    if not words or not _in_parentheses(words[-1]):
        return []
    at = len(words) - 1
    while at > 0 and (words[at - 1][:1].isupper() or words[at - 1] in lexicon.connectors) and (
            not words[at - 1].endswith((",", ";", ":"))):
        at -= 1
    while at < len(words) - 1 and not _opens_institution(words[at:], lexicon, cues):
        if lexicon.office_pattern.match(words[at]) or words[at].lower() in cues.titles:
            return []
        at += 1  # "Sementara Badan ...", "Temuan Badan ...": from the institution's word
    return words[at:] if at < len(words) - 1 else []


def institution_described(words: list[str], cues: Cues) -> str | None:
    """The description as written when a subject's `words` end with one of an organisation
    ("Lembaga antirasuah itu", "Pabrikan otomotif asal Negeri X, India, itu"): an organisation's
    noun opening the subject (or after an opener or a comma), at most `MAX_WORDS` words before
    the demonstrative. `__init__._resolved` gives it the institution that spoke just before, if
    any; it names no one by itself."""
    if len(words) < 2 or words[-1].lower() not in DEMONSTRATIVES:
        return None
    start = max(0, len(words) - 1 - MAX_WORDS)
    for at in range(start, len(words) - 1):
        word = words[at]
        if word.lower() in ORGANISATION_NOUNS and (at == 0 or words[at - 1].endswith(",") or (
                words[at - 1].lower() in cues.openers)):
            return " ".join(words[at:])
    return None


# a capitalised word inside a sentence (not its first): a name written there
_NAME_INSIDE = re.compile(r"(?<![.!?\n\"“”(])[ \t\u00a0]+[A-Z]")


def named_between(text: str) -> bool:
    """Whether `text` (between the statement before and an organisation's description) names
    something inside a sentence: "... disambut baik oleh lembaga di Skotlandia, salah satunya
    Ash Scotland. Lembaga ini mengatakan": the description is that one's, not the speaker's
    before."""
    return _NAME_INSIDE.search(text.strip()) is not None
