"""The name that closes an office's phrase: "kata Ketua Umum ISSC Budi Harta Winata dalam ...",
"Menurut Kepala Ekonom Bank Mandiri Andry Asmoro, ...", "ujar Direktur Utama PT Jasamarga
Kunciran Cengkareng (JKC) Edwin Cahyadi". The officials' reader pairs an office with a name only
when it knows the organisation (a ministry, a region's government); a company's, an
association's or a team's officer is a person with a role all the same, and the speaker is the
name the phrase ends with, not nobody.

The name is read backwards from the phrase's end (people.name_ending: it stops at an office, a
place, a parenthesis); the organisation's words left before it are dropped (an acronym, an
institution's or a place's word, a person the article names, a word the body writes on its own
where the next one is written on its own too). Two to four words, each a name's (at most three
besides initials such as "S."); else no name.
"""

from __future__ import annotations

import re

from index.extract.officials.tokens import _canonical_region, _lex, is_place
from index.extract.statements.cues import Cues
from index.extract.statements.name_shapes import is_degree, name_ending
from index.extract.statements.people import People
from index.extract.word_places import written_apart

MAX_WORDS = 4
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,12}")
_INITIAL = re.compile(r"[A-Z]\.?")
# What may follow a name that closes the phrase: the sentence's or the clause's end, or a
# circumstance ("di Jakarta", "dalam keterangan tertulis", "saat dihubungi", "kepada ...")
_CLOSES = re.compile(
    r"[ \t\u00a0]*(?:$|[,.;:!?()\n\"“”]|(?:di|dalam|saat|kepada|kpd|usai|seusai|ketika|pada"
    r"|melalui|lewat|via|seperti|sebagaimana|yang|dikutip|sambil|seraya|ketika|belum|akhir"
    r"|dihubungi|ditemui|mengutip|menambahkan)(?![\w-]))"
)


def name_closing_office(body: str, at: int, people: People,
                        cues: Cues) -> tuple[str, str, int] | None:
    """(name, role as written, where the name is written) of the person whose office phrase
    starts at `at` and who is named at its end without a comma, or None."""
    lexicon = people.lexicon
    run = []
    for token in _lex(body, at, lexicon):
        if token.kind not in ("word", "paren", "honorific"):
            break
        run.append(token)
    while run and run[-1].kind != "paren" and is_degree(run[-1].text, lexicon):
        run.pop()  # "Ari Wibowo SH"
    # the words after the phrase's last parenthesis or honorific: "(JKC) Edwin Cahyadi",
    # "Capt. Hasudungan Tambunan"
    last = max((i for i, t in enumerate(run) if t.kind != "word"), default=-1)
    words = run[last + 1:]
    if len(words) < 2 or not _CLOSES.match(body, words[-1].end):
        return None
    name = name_ending(" ".join(t.text for t in words), lexicon)
    if not name:
        return None
    named = _without_organisation(name.split(), body, people, cues)
    if named is None or not 2 <= len(named) <= MAX_WORDS or _canonical_region(
        " ".join(named)
    ) or any((_ACRONYM.fullmatch(w) and not _INITIAL.fullmatch(w)) or w in lexicon.phrases
             or w in lexicon.institutions for w in named) or is_place(named[-1:], lexicon):
        return None
    first = words[len(words) - len(named)]
    role = body[at:first.start].strip(" \t\u00a0,")
    if first.text != named[0] or not role:
        return None
    return " ".join(named), role, first.start


def _without_organisation(named: list[str], body: str, people: People,
                          cues: Cues) -> list[str] | None:
    """The name's words without the organisation's that name_ending read with them; None when
    where the name starts cannot be told."""
    lexicon = people.lexicon
    while len(named) > 2 and (
        _ACRONYM.fullmatch(named[0]) or named[0] in lexicon.institutions
        or named[0] in lexicon.phrases or named[0].lower() in cues.organisations
        or named[0].lower() in cues.titles or named[0].lower() in cues.person_nouns
        or is_place(named[:1], lexicon) or _canonical_region(named[0])
        or lexicon.office_pattern.fullmatch(named[0]) or "_" in named[0]  # "Baca_Juga"
    ):
        named = named[1:]  # "ISSC Budi Harta Winata", "Ekonom Bank Mandiri Andry Asmoro"
    for size in range(len(named) - 2, 1, -1):
        # "Juru Bicara Wakil Presiden Jusuf Kalla Husain Abdullah": the office is someone's
        # the article names; the speaker is the name after that person's
        if people.named(" ".join(named[:size]), len(body)) is not None:
            return named[size:]
    for at in range(1, len(named) - 1):
        # "Bank Mandiri Andry Asmoro", later "Andry menjelaskan" and "Bank Mandiri mencatat":
        # the name starts at a word the body writes without the one before it, when that one
        # is written without it too ("Ahmad Doli Kurnia", later "kata Doli": "Ahmad" is
        # written nowhere else, so it is the name's)
        if written_apart(body, named[at], "", named[at - 1]) and written_apart(
                body, named[at - 1], named[at]):
            return named[at:]
    # an initial inside the name is no word of its own: "Agus Mashud S. Asngari" is a
    # three-word name ("M Cash Martin Suharlie" is not: a first "M" may be a company's)
    return named if 1 + sum(not _INITIAL.fullmatch(w) for w in named[1:]) <= 3 else None
