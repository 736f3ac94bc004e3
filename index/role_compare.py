"""Whether two roles written with a name are one office, or serve one body: the evidence
index/people.py reads to join two written names of one person.

Two roles are the same office when they are equal once "RI"/"Republik Indonesia", "nonaktif",
"mantan" and case are set aside and an institution's long form is read as its acronym
(index/data/abbreviations.tsv), or one is the other with more words after it ("Presiden",
"Presiden Rusia"); never when they number the office differently ("Presiden pertama", "Presiden
ke-5"). A role's body is its last institution with the words after it ("Direktur Utama BPJS
Kesehatan": the BPJS Kesehatan), unless every region has one and none is named ("Anggota DPRD").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from index.data_files import word_list
from index.letter_edits import one_edit

# Words at the end of a role that do not change the office.
_ROLE_TAIL = frozenset({"ri", "republik", "indonesia", "nonaktif", "(nonaktif)"})
# Words before a role that do not change the office: a former holder held it ("Mantan Ketua KPU").
_FORMER = frozenset({"mantan", "eks", "bekas"})
# Words inside a role that do not change the office ("Sekretaris Daerah Pemprov Sumatera Utara",
# "Kepala Bareskrim Mabes Polri").
_ROLE_FILLER = frozenset({"pemprov", "provinsi", "mabes", "dki"})  # "Gubernur (DKI) Jakarta"
# Institutions of which every region has its own (a DPRD, a Polres, a Dinas) or that are no one
# body (RI, ASN, Humas): named alone, without the place after them, they are not one body.
_THE_STATE = frozenset({"ri", "nkri"})  # the republic itself: no one body ("Duta Besar RI di ...")
_GENERIC_BODY_WORDS = """
    pemprov pemkab pemkot pemda pemdes setda setdaprov setwan dprd dprk dpra dprp banggar
    baleg bamus bapemperda pansus forkopimda asn pns pppk opd skpd upt uptd bkd bkpsdm bkpp bpsdm
    ppsdm kanwil ditjen itjen kemenko humas divhumas satgas bappeda bapperida bapenda bappenda
    bpkad bpkpd bakesbangpol kesbangpol bpbd kpud kip panwaslu pn diskominfo diskominfotik dinkes
    disdik disdikbud dishub disnaker disnakertrans disperindag dispar disparbud dispora disporapar
    dinsos disdukcapil dlh distan dkp dpmd dpmptsp disperkim damkar diskar rsud puskesmas lapas
    rutan mabes polda polres polresta polrestabes polsek satlantas satreskrim ditlantas
    ditreskrimum ditreskrimsus brimob kejati kejari kodam korem kodim koramil lanud lantamal lanal
    bnnp bnnk bbpom bpjn bbpjn bbws bws bptd ksop sppg upt pb
"""
_GENERIC_BODIES = frozenset(_GENERIC_BODY_WORDS.split())


@cache
def role_words(role: str) -> tuple[str, ...]:
    """A role's words as compared, "dan" and "DKI" left out: "Presiden RI" -> ("presiden",),
    "Walikota Bandung" -> ("wali", "kota", "bandung"); an institution's long form as its acronym
    (abbreviations.tsv): "Ketua Komisi Pemberantasan Korupsi" -> ("ketua", "kpk"), as "Ketua
    KPK" is, since a role keeps the long form an article writes and another the acronym."""
    written = role.lower().replace("walikota", "wali kota").replace(",", " ")
    pattern, acronyms = _institution_long_forms()
    if pattern is not None:
        written = pattern.sub(lambda match: acronyms[" ".join(match.group().split())], written)
    forms = _acronym_forms()
    words = [forms.get(word, word) for word in written.split()
             if word != "dan" and word not in _ROLE_FILLER]
    while words and words[-1] in _ROLE_TAIL:
        words.pop()
    while len(words) > 1 and words[0] in _FORMER:
        words.pop(0)
    return tuple(words)


@cache
def role_body(role: str) -> tuple[str, ...]:
    """The body a role serves in, as compared: its last institution and the words after it
    ("Direktur Utama BPJS Kesehatan" -> ("bpjs", "kesehatan"), "Ketua PTUN Medan" -> ("ptun",
    "medan"), "Anggota Komisi XI DPR RI" -> ("dpr",)); empty when it names none, or names one of
    a kind every region has without its place ("Kepala Polres", "Anggota DPRD")."""
    words = role_words(role)
    known = _institution_words()
    last = next((at for at in range(len(words) - 1, -1, -1) if words[at] in known), None)
    if last is None or (last == len(words) - 1 and words[last] in _GENERIC_BODIES):
        return ()
    return words[last:]


@cache
def _institution_words() -> frozenset[str]:
    """The institutions' acronyms of one word, in lower case (abbreviations.tsv)."""
    return frozenset(acronym for acronym in institution_acronyms().values()
                     if " " not in acronym and acronym not in _THE_STATE)


def bodies_differ(one: Iterable[str], other: Iterable[str]) -> bool:
    """Whether both sets of roles name bodies and none of them is the same: the KPU's Arief
    Budiman and the KPK's Aris Budiman, whatever city both were written about in."""
    mine = {body for role in one if role and (body := role_body(role))}
    theirs = {body for role in other if role and (body := role_body(role))}
    return bool(mine and theirs) and not mine & theirs


def bodies_shared(one: Iterable[str], other: Iterable[str]) -> str | None:
    """A body both sets of roles serve in (see `role_body`), as written in a role of `one`,
    else None: "Ketua BPK" and "Kepala Badan Pemeriksa Keuangan" both serve the BPK."""
    mine: dict[tuple[str, ...], str] = {}
    for role in sorted(filter(None, one)):
        if body := role_body(role):
            mine.setdefault(body, role)
    for role in sorted(filter(None, other)):
        if (body := role_body(role)) and body in mine:
            return mine[body]
    return None


@cache
def institution_lines() -> tuple[tuple[str, str], ...]:
    """(acronym, long form), both in lower case, of each institution of
    index/data/abbreviations.tsv (Kabar's and the user's), read once per process."""
    lines = []
    for line in word_list("abbreviations.tsv"):
        parts = line.split("\t")
        if len(parts) == 3 and parts[2] == "institution":
            lines.append((parts[0].lower(), " ".join(parts[1].lower().replace(",", " ").split())))
    return tuple(lines)


@cache
def institution_acronyms() -> dict[str, str]:
    """Each institution's long form in lower case -> its acronym in lower case (the first line
    that gives that long form)."""
    acronyms: dict[str, str] = {}
    for acronym, long_form in institution_lines():
        acronyms.setdefault(long_form, acronym)
    return acronyms


@cache
def _acronym_forms() -> dict[str, str]:
    """Each institution's acronym of one word -> the acronym its long form is compared as:
    "kemlu" -> "kemenlu", both "Kementerian Luar Negeri"."""
    acronyms = institution_acronyms()
    return {acronym: acronyms[long_form] for acronym, long_form in institution_lines()
            if " " not in acronym and acronyms[long_form] != acronym}


@cache
def _institution_long_forms() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern of the institutions' long forms (lower case, longest first) and, for each,
    its acronym in lower case."""
    acronyms = institution_acronyms()
    if not acronyms:
        return None, acronyms
    forms = sorted(acronyms, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, form.split())) for form in forms)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), acronyms


def roles_shared(one: Iterable[str], other: Iterable[str]) -> str | None:
    """A role the two sets share (the same office, see the module docstring), else None."""
    if _ordinals_differ(one, other):
        return None
    # sorted: the same answer whatever order a set has in this process
    mine = {role_words(role): role for role in sorted(filter(None, one))}
    for role in sorted(filter(None, other)):
        words = role_words(role)
        if not words:
            continue
        for own, written in mine.items():
            size = min(len(own), len(words))
            if all(map(_same_role_word, own[:size], words[:size])):
                return written if len(own) >= len(words) else role
    return None


_ORDINAL_WORDS = "pertama kedua ketiga keempat kelima keenam ketujuh kedelapan kesembilan kesepuluh"
_ORDINALS = {word: at for at, word in enumerate(_ORDINAL_WORDS.split(), start=1)}
_ORDINAL = re.compile(r"ke-?(\d+)")


@cache
def role_ordinal(role: str) -> tuple[tuple[str, ...], int] | None:
    """The office a role numbers and its number: "Presiden RI ke-5" and "Presiden kelima" ->
    (("presiden",), 5); None when the role has no ordinal."""
    words = [word for word in role_words(role) if word not in _ROLE_TAIL]
    for at, word in enumerate(words):
        number = _ORDINALS.get(word)
        if number is None and (match := _ORDINAL.fullmatch(word)):
            number = int(match.group(1))
        if number is not None and at:
            return tuple(words[:at]), number
    return None


def _ordinals_differ(one: Iterable[str], other: Iterable[str]) -> bool:
    """Whether the two sets number one office differently ("Presiden pertama", "Presiden
    kelima"): two holders of it, whatever else they share."""
    mine = {found for role in one if role and (found := role_ordinal(role))}
    if not mine:
        return False
    offices = {office for office, _ in mine}
    return any(found[0] in offices and found not in mine
               for role in other if role and (found := role_ordinal(role)))


def _same_role_word(one: str, other: str) -> bool:
    """Words of two roles that are the same, or one letter apart in a long word ("Negri",
    "Negeri"); not in short ones ("Utara", "Utama")."""
    return one == other or (min(len(one), len(other)) >= 5 and max(len(one), len(other)) >= 6
                            and one_edit(one, other))
