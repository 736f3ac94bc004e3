"""Officials that only the statements show: people quoted with an office that the officials'
reading did not pair with their name.

Two ways news writes them, both read after the statements (index/extract/statements) so that
who is speaking is known:

- **A speaker named with an office at the quote**, written where the officials' reading does not
  look: `"...," kata Wakil Ketua Komisi II DPR, Ahmad Riza Patria` after an opener ("Sementara
  itu"), a dateline ("JAKARTA -") or an outlet's name. The statement's role is read again as
  an office followed by the speaker's name; only an office that opens the role counts, so in
  "kritik yang diarahkan kepada Menkeu" the speaker is not the Menkeu.
- **An office referred back to**: `"...," terang Ketua MPR RI tersebut`, "Mantan Menteri
  Keuangan ini menjelaskan ...", "Waka Komisi Hukum DPR itu kemudian mengapresiasi ...": an
  office followed by "itu", "ini" or "tersebut", in a cue or opening a sentence with an active
  verb (in lower case only in a cue, with its object written: `"...," kata anggota Komisi I DPR
  itu`), names no one new, so it is the person the text is quoting: the speaker of the statement
  that ends just before it, when that speaker is named outside quotations shortly before (not
  someone a quotation talks about), holds no other office in the article, and nobody else holds
  that role. An office inside a quotation, or in a sentence about someone else ("... itu
  disebut mendapat jatah"), refers to no speaker.

Who counts is the officials' rule (index/data/titles.tsv): the office must be one that
`index.extract.officials` reads as public, and no party's or company's post: the statement keeps
such a speaker and the role as written, with no official.
"""

from __future__ import annotations

import re

from index.article import Official
from index.extract.officials import load_lexicon
from index.extract.officials.joining import _no_public_office, _not_held
from index.extract.officials.legislators import legislator_before
from index.extract.officials.lexicon import SPACE, Lexicon
from index.extract.officials.names import _may_be_person, is_name_word
from index.extract.officials.office_mentions import mentions
from index.extract.officials.place_names import names_a_place
from index.extract.speakers import speaking_official
from index.extract.word_places import word_places
from index.people import name_key

# What may open a statement's role before the office: a dateline or an outlet ("JAKARTA -",
# "Suara.com -", "CNN Indonesia - -") and a connective ("Sementara itu", "Selain itu").
_ROLE_OPENER = re.compile(
    r"^(?:[^-–—]{1,40}?" + SPACE + r"*[-–—]+(?:" + SPACE + r"*[-–—])*" + SPACE + r"+)?"
    r"(?:(?:Sementara|Selain|Di sisi lain|Adapun|Namun)(?:" + SPACE + r"+itu)?,?" + SPACE
    + r"+)?"
)
# An office referred back to: "Ketua MPR RI tersebut", "Mendag baru itu"
_BACK = re.compile(SPACE + r"+(?:baru" + SPACE + r"+)?(?:itu|ini|tersebut)\b")
# Where an office referred back to speaks: in a cue after the quotation ('"...," terang Ketua MPR
# RI tersebut'), or opening a sentence with an active verb ("Mantan Menteri Keuangan ini
# menjelaskan ...", "Waka Komisi Hukum DPR itu kemudian mengapresiasi ..."); not an object
# ("kepada Gubernur itu") nor a sentence about someone else ("Ketua Umum nonaktif Partai Golkar
# itu disebut mendapat jatah ...")
_CUE_BEFORE = re.compile(
    r"(?<![\w-])(?:kata|ujar|ucap|tutur|terang|jelas|ungkap|tegas|imbuh|papar|lanjut|tambah"
    r"|pungkas|beber|menurut|Menurut)" + SPACE + r"+$"
)
_STATUS_BEFORE = re.compile(r"(?<![\w-])(?:mantan|eks)" + SPACE + r"+$")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?\n\"“”]" + SPACE + r"*)$")
_SAYING_AFTER = re.compile(
    SPACE + r"+(?:(?:juga|kemudian|pun|lalu|pula|turut)" + SPACE + r"+)?(?:me|ber)[a-z]{3,}\b"
)
# how far (in characters) before an office referred back to the statement of the person it
# refers to may end: right before it ('"...," terang Ketua MPR RI tersebut', '"...". Mantan
# Menteri Keuangan ini menjelaskan ...'), not paragraphs away where it may be someone talked about
_BACK_REACH = 150
_NAMED_REACH = 1000  # how far before it the person it refers to is named outside quotations


def officials_from_statements(
    body: str, statements: list, officials: list[Official]
) -> list[Official]:
    """`officials` and, after them, the people the statements show holding an office."""
    if not statements:
        return officials
    lexicon = load_lexicon()
    found = list(officials)
    tried: set[tuple[str, str]] = set()
    for statement in statements:
        speaker, role = statement.speaker, statement.role
        if not speaker or not role or (speaker, role) in tried:
            continue
        tried.add((speaker, role))
        role = role[_ROLE_OPENER.match(role).end():].strip(" ,")
        named = speaking_official(speaker, found)
        known = next((o for o in found if o.name == named), None) if named else None
        if not lexicon.office_pattern.match(role) or (known and not _not_held(known.role)):
            continue  # an official read with an office held before may hold this one now
        if not _is_person(speaker, body, found, lexicon):
            continue
        office = _office_at_quote(speaker, role, lexicon)
        if office and not _no_public_office(office) and not (known and _not_held(office)):
            if known:  # "Kabareskrim, Komjen Pol, Budi Waseso ... Mantan Kapolda ... itu"
                found[found.index(known)] = Official(known.name, office)
            else:
                found.append(Official(speaker, office))
    quoted = [(s.start, s.start + len(s.text)) for s in statements if s.direct]
    for role, at in _offices_referred_back(body, statements, lexicon):
        before = [s for s in statements if s.start < at]
        if not before or before[-1].start + len(before[-1].text) < at - _BACK_REACH or any(
            start <= at < end for start, end in quoted
        ):
            continue  # no statement right before, or the office is inside a quotation
        speaker = before[-1].speaker
        if not speaker or not _is_person(speaker, body, found, lexicon):
            continue
        if not _named_outside_quotes(speaker, body, at, quoted):
            continue  # the statements' speaker is someone the quotation names
        others = {s.speaker for s in statements if s.speaker} | {o.name for o in found}
        if _someone_else_after(speaker, others - {speaker}, body, at, quoted):
            continue  # '..." jawab A kepada B. "...," ucap mantan ketua MK tersebut': B's?
        if _no_public_office(role):
            continue  # no public office: the statement keeps its role, with no official
        if speaking_official(speaker, found) is None and not any(role == o.role for o in found):
            found.append(Official(speaker, role))
    return found


def _is_person(speaker: str, body: str, found: list[Official], lexicon: Lexicon) -> bool:
    """Whether a statement's speaker is a person's name, not an institution that speaks nor words
    read on into a name ("Korupsi Jimly Asshiddiqie": the body writes it only after another
    capitalised word), and no shortened form of an official's name ("Melki" of "Melkiades")."""
    words = speaker.split()
    if not (
        _may_be_person(speaker) and all(is_name_word(word, lexicon, sentence_start=True)
                                        for word in words)
        and not lexicon.office_pattern.match(speaker)
        and not any(word in lexicon.institutions or word in lexicon.phrases for word in words)
        and not names_a_place(speaker, body, lexicon)  # "kata Wali Kota Verbania"
    ):
        return False
    if len(words) == 1 and len(words[0]) >= 4 and any(
        other.lower().startswith(words[0].lower()) for o in found for other in o.name.split()
    ):
        return False
    return any(
        not before or not before.rstrip()[-1:].isalnum() or before.split()[-1][:1].islower()
        for before in (body[max(0, at - 30):at] for at in word_places(body, speaker))
    )


def _named_outside_quotes(speaker: str, body: str, at: int,
                          quoted: list[tuple[int, int]]) -> bool:
    """Whether the speaker (a word of the name) is named outside quotations shortly before `at`:
    the person the text is following, not one a quotation talks about."""
    words = "|".join(re.escape(word) for word in speaker.split() if len(word) >= 3)
    if not words:
        return False
    pattern = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")
    return any(
        not any(start <= m.start() < end for start, end in quoted)
        for m in pattern.finditer(body, max(0, at - _NAMED_REACH), at)
    )


def _someone_else_after(speaker: str, others: set[str], body: str, at: int,
                        quoted: list[tuple[int, int]]) -> bool:
    """Whether another speaker or official is named (by a word of their name: "Jimly") outside
    quotations after the speaker's last such mention before `at`: the office referred back may
    then be theirs."""
    def outside(name: str) -> list[int]:
        return [place for place in word_places(body, name)
                if place < at and not any(start <= place < end for start, end in quoted)]
    own = set(speaker.split())
    last = max((place for word in own for place in outside(word)), default=-1)
    return any(place > last for other in others for word in other.split()
               if len(word) >= 3 and word not in own for place in outside(word))


def _office_at_quote(speaker: str, role: str, lexicon: Lexicon) -> str | None:
    """The office a statement's role (its opener left out) gives its speaker, read as the
    officials read "office name"; else None."""
    wanted = name_key(speaker)
    for mention in mentions(f"{role} {speaker}", lexicon):
        if mention.start == 0 and name_key(mention.name) == wanted and mention.role:
            return mention.role
    return None


def _offices_referred_back(body: str, statements: list,
                           lexicon: Lexicon) -> list[tuple[str, int]]:
    """(role, position) of each public office followed by "itu", "ini" or "tersebut" with no
    name between ("Ketua MPR RI tersebut"), looked for only within reach after a statement."""
    found = []
    backs = sorted({match.start(): match for s in statements for match in _BACK.finditer(
        body, s.start + len(s.text), s.start + len(s.text) + _BACK_REACH + 20)}.items())
    for _, match in backs:
        head = body[max(0, match.start() - 120):match.start()]
        legislator = legislator_before(head)
        if legislator and _speaks_there(head[:legislator[1]],
                                        bool(_SAYING_AFTER.match(body, match.end()))):
            found.append((legislator[0], match.start()))  # "Legislator PKB ini menyebut ..."
            continue
        # the office's role as the officials read it, with a stand-in name after it
        for office in lexicon.office_pattern.finditer(head):
            if office.group()[0].islower() and not _CUE_BEFORE.search(
                _STATUS_BEFORE.sub("", head[:office.start()])
            ):
                continue  # a lower-case office speaks only in a cue: "kata anggota DPR itu"
            written = head[office.start():]
            if any(mark in written for mark in ".,;:!?\"“”\n"):
                continue
            speaks = bool(_SAYING_AFTER.match(body, match.end()))
            role = _role_of(head[:office.start()], written, speaks, lexicon)
            if len(role.split()) > 1:
                found.append((role, match.start()))
                break
    return found


def _speaks_there(before: str, speaks: bool) -> bool:
    """Whether an office after `before` is a speaker's: in a cue ('"...," terang'), or opening a
    sentence when an active verb follows it (`speaks`)."""
    return bool(_CUE_BEFORE.search(before) or (speaks and _SENTENCE_BEFORE.search(before)))


def _role_of(before: str, written: str, speaks: bool, lexicon: Lexicon) -> str:
    """The role "office object" reads as when a name follows it, or "" when it is no public
    office or its object does not reach the end of what is written."""
    words = before.split()
    status = words[-1] if words and words[-1].lower() in ("mantan", "eks") else ""
    if status:
        before = before[:before.rstrip().rfind(status)]
    if not _speaks_there(before, speaks):
        return ""
    probe = f"{status} {written} Budi Santoso mengatakan".strip()
    for mention in mentions(probe, lexicon):
        if mention.name == "Budi Santoso" and mention.start == 0:
            return mention.role
    return ""
