"""An office referred back to: news often names a person first without the office and writes the
office later, with "itu", "ini" or "tersebut" and no name ("... saat Jimly mendapatkan posisi ...
Enny menanyakan hal itu kepada Ketua Dewan Kehormatan Penyelenggara Pemilu (DKPP) tersebut", "...
kata Dede. Anggota Komisi III DPR itu juga meminta ..."). Such an office names no one new, so it
belongs to a person the text has already named: the one person named shortly before it (in its
sentence or the one before, outside quotations) who holds no office in the article. The chain
stops at evidence against it: two such people, an official found with that role already, or the
office inside a quotation. Statements' speakers referred back to are index/extract/
speaker_officials.py's; this reading is for any position (subject, object, after a preposition).
"""

from __future__ import annotations

import re

from index.analysis.analyzer import stopwords
from index.extract.officials.joining import (
    Found,
    _aliased,
    _name_key,
    _no_public_office,
    _person_key,
)
from index.extract.officials.lexicon import SPACE, Lexicon
from index.extract.officials.names import (
    MAX_NAME_WORDS,
    _may_be_person,
    _starts_sentence,
    is_name_word,
)
from index.extract.officials.office_mentions import mentions, office_scan
from index.extract.officials.tokens import _canonical_region
from index.extract.word_places import last_word, spaced_word_places, word_places
from index.people import alias_target

# "itu"/"ini"/"tersebut" written alone after a space; where the reference starts is the start of
# that run of spaces
_BACK_WORDS = ("itu", "ini", "tersebut")
_SPACES = " \t\u00a0"
_OFFICE_REACH = 120  # how far before "itu"/"ini"/"tersebut" the office it closes may start
_PERSON_REACH = 400  # how far before the office the person it refers to may be named
# a run of capitalised words: a name candidate ("Jimly Asshiddiqie", "Dede")
_CAPITALISED_RUN = re.compile(r"(?<![\w-])[A-Z][\w'’-]*(?:" + SPACE + r"+[A-Z][\w'’-]*)*")
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:di|ke|dari|menuju)" + SPACE + r"+$")
# one end however many blank lines follow (". \n\n" between paragraphs is one sentence's end)
_SENTENCE_END = re.compile(r"(?:[.!?](?=" + SPACE + r"|\n|$)|\n)\s*")
# What an office referred back to follows: a sentence's or clause's start, a preposition of the
# person acted on ("kepada Ketua DKPP tersebut"), or a verb ("mencecar Ketua ... itu"); not a
# noun it belongs to ("putra ... Ketua Umum Partai Golkar tersebut", "Pemilu Presiden 2004 itu")
_OPENS_REFERENCE = re.compile(
    r"(?:[.!?,;:\n\"“”(]|(?<![\w-])(?:kepada|terhadap|bagi|oleh|dengan|bahwa"
    r"|(?:me|di|ber|ter)[a-z]{3,}))" + SPACE + r"*$"
)
_STATUS_ROLES = frozenset({"Mantan", "Calon", "Bakal"})  # a role's first word: not held now
_PROBE = "Budi Santoso"  # a stand-in holder, to read an office's role as "office name" reads


def people_referred_back(body: str, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """People the body names without an office and later refers back to by one ("Ketua DKPP
    tersebut"), each with that office as role, in order of their first mention."""
    if "itu" not in body and "ini" not in body and "tersebut" not in body:
        return []
    added: list[Found] = []
    quoted: list[tuple[int, int]] | None = None
    for end in spaced_word_places(body, _BACK_WORDS):  # at the space before the word
        while end and body[end - 1] in _SPACES:
            end -= 1
        word = last_word(body, max(0, end - 40), end)
        if not word or not (word[0].isupper() or word[-1] == ")"):
            continue  # "hal itu", "kegiatan tersebut": an office's object ends capitalised
        office = _office_before(body, end, lexicon)
        if office is None:
            continue
        if quoted is None:
            quoted = _quoted_spans(body)
        if _inside(office[1], quoted):
            continue
        role, at = office
        written = body[at:end]
        if written.lower() in body[max(0, at - _PERSON_REACH):at].lower():
            continue  # "menerima anggota DPR ... Anggota DPR itu": the office named as a noun
        if any(person.role == role for person in (*found, *added)):
            continue  # the official with that office is named: the office is theirs
        # a former or sought office is mostly said of someone who holds another now ("Mantan
        # Kapolda Metro Jaya itu" of the Kapolri): then no official may be named near it either
        former = role.split()[0] in _STATUS_ROLES
        person = _only_unplaced_person(body, at, found, added, quoted, lexicon, strict=former)
        if person is None:
            continue
        name, start = person
        roleless = [p for p in found if _same_person(name, p) and not p.role]
        if roleless and former:
            continue  # a speaker read later may give them the office they hold now
        if roleless:  # a running mate read with no role ("pasangan A - B")
            roleless[0].role = role
            continue
        posted = [p for p in found if _same_person(name, p)]
        if posted:  # "Ketua Dewan Kehormatan PAN Amien Rais ... mantan Ketua MPR itu"
            posted[0].roles = [*(posted[0].roles or [posted[0].role]), role]
            continue
        added.append(Found(name, role, start, _name_key(name), []))
    return sorted(added, key=lambda person: person.start)


def _public(person: Found) -> bool:
    """Whether a person found holds a public office, not only a party's or a company's post."""
    return any(role and not _no_public_office(role) for role in person.roles or [person.role])


def _office_before(body: str, end: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """(role, start) of a public office whose object ends at `end` ("Ketua DKPP" before
    "tersebut"), written with nothing but the office between ("Ketua KPK, Agus ... itu" is
    not); None when none does."""
    head = body[max(0, end - _OFFICE_REACH):end]
    search = office_scan(lexicon).searcher()  # lexicon.office_pattern.search, cheaper
    pos = 0
    while office := search(head, pos):
        pos = office.end()
        written = head[office.start():]
        if office.group()[0].islower() or any(mark in written for mark in ".,;:!?\"“”\n"):
            continue
        at = end - len(head) + office.start()
        status, at = _status_before(body, at, lexicon)
        if at and not _OPENS_REFERENCE.search(body[max(0, at - 40):at]):
            return None  # "putra ... Ketua Umum Partai Golkar tersebut": someone else's
        probe = f"{written} {_PROBE} mengatakan"
        for mention in mentions(probe, lexicon):
            if mention.name == _PROBE and mention.start == 0 and len(mention.role.split()) > 1:
                # "kepada mantan Ketua MPR itu": the person held it before; the person must
                # hold no office found (_only_unplaced_person), so no current holder is merged
                return (f"{status} {mention.role}" if status else mention.role), at
        return None  # the first office is the one referred back to
    return None


def _status_before(body: str, at: int, lexicon: Lexicon) -> tuple[str, int]:
    """("Mantan", where "mantan" starts) when a former or candidate word stands right before
    the office at `at` ("mantan Ketua MPR", "bakal calon Bupati"), else ("", at)."""
    reach = max(0, at - 30)
    words = list(re.finditer(r"\S+", body[reach:at]))[-2:]
    for size in (2, 1):
        if len(words) >= size:
            phrase = " ".join(word.group() for word in words[-size:])
            if phrase in lexicon.statuses:
                return lexicon.statuses[phrase], reach + words[-size].start()
    return "", at


def _only_unplaced_person(
    body: str, at: int, found: list[Found], added: list[Found],
    quoted: list[tuple[int, int]], lexicon: Lexicon, *, strict: bool = False,
) -> tuple[str, int] | None:
    """(name, first position) of the one person named in the sentence before `at` or the one
    before that, outside quotations, who holds no office found; None when there is no such
    person or more than one."""
    window_start = _sentences_back(body, at, 2)
    people: dict[frozenset[str], str] = {}
    for run in _CAPITALISED_RUN.finditer(body, window_start, at):
        if _inside(run.start(), quoted):
            continue
        name = _person_name(body, run, lexicon)
        if name is None:
            continue
        key = _name_key(name)
        holder = [p for p in (*found, *added)
                  if key <= p.words or key in p.aliases or _aliased(name, p)]
        if holder and all(_public(p) for p in holder):
            if strict:
                return None
            continue  # an official the article names with their office
        full = _full_form(name, body, lexicon)
        if full == name and len(name.split()) == 1 and not _spoken(name, body):
            continue  # one word never written as part of a full name, nor speaking
        if alias_target(people.setdefault(_person_key(full), full)):
            people[_person_key(full)] = full  # "Ridwan Kamil" over "Kang Emil" when both are near
    if len(people) != 1:
        return None
    name = next(iter(people.values()))
    first = word_places(body, name)
    if strict and len(word_places(body, name.split()[0])) < 2:
        return None  # a former holder referred back to is someone the article is about
    return name, first[0] if first else window_start


def _same_person(name: str, person: Found) -> bool:
    """Whether a name names a person found: the same words, or one of the two names an alias
    of the other in person_aliases.tsv."""
    return _name_key(name) == person.words or _person_key(name) == _person_key(person.name)


def _person_name(body: str, run: re.Match[str], lexicon: Lexicon) -> str | None:
    """The run of capitalised words as a person's name, or None: every word a name word (no
    office, institution, place, stopword or acronym), written as a name is (after a lower-case
    word or punctuation, not inside a Title Case phrase), at most MAX_NAME_WORDS words."""
    words = run.group().split()
    if len(words) > MAX_NAME_WORDS or not _may_be_person(run.group()):
        return None
    if not all(is_name_word(word, lexicon, sentence_start=True) for word in words):
        return None
    if any(_canonical_region(word) or word.lower() in stopwords() for word in words):
        return None
    if lexicon.office_pattern.match(run.group()) or _canonical_region(run.group()):
        return None  # "Tapanuli Tengah": a place
    if len(words) == 1 and not _written_in_full(words[0], body):
        return None  # a single capitalised word is a name only as part of a full one
    if _PLACE_BEFORE.search(body, max(0, run.start() - 12), run.start()):
        return None  # "di Jalan Veteran": a place
    return run.group()


def _written_in_full(word: str, body: str) -> bool:
    """Whether the body writes the word as part of a longer name elsewhere ("Jimly" of
    "Jimly Asshiddiqie"), or the word alone after a speech verb ("kata Dede")."""
    w = re.escape(word)
    return bool(
        re.search(rf"(?<![\w-]){w}{SPACE}+[A-Z][a-z]|[A-Z][a-z][\w'’-]*{SPACE}+{w}(?![\w-])", body)
    ) or _spoken(word, body)


def _spoken(word: str, body: str) -> bool:
    """Whether the body writes the word alone after a verb of saying ("kata Dede")."""
    return bool(re.search(
        rf"(?<![\w-])(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas){SPACE}+{re.escape(word)}\b", body
    ))


def _full_form(name: str, body: str, lexicon: Lexicon) -> str:
    """The longest name the body writes that starts or ends with `name` ("Jimly" ->
    "Jimly Asshiddiqie"), one without an honorific first ("Amien Rais" over "Bapak Amien",
    "Kang Emil" when the body writes no other, unless `name` is a known alias), else `name`."""
    if len(name.split()) > 1:
        return name
    w = re.escape(name)
    longest = {True: name, False: name}  # by whether the form opens with an honorific
    for match in re.finditer(
        rf"(?<![\w-])(?:{w}(?:{SPACE}+[A-Z][\w'’-]*){{1,3}}|(?:[A-Z][\w'’-]*{SPACE}+){{1,3}}{w})"
        r"(?![\w-])", body
    ):
        words = match.group().split()
        if words[0] != name and _starts_sentence(body, match.start()):
            continue  # "Nama Jimly kembali ...": a capitalised word opening the sentence
        honorific = bool(lexicon.honorific_pattern.fullmatch(words[0]))
        if len(match.group()) > len(longest[honorific]) and all(
            is_name_word(word, lexicon) and not _canonical_region(word) for word in words
        ):
            longest[honorific] = " ".join(words)
    if longest[False] == name and alias_target(name):
        return name  # "Ahok", who person_aliases.tsv names, not "Pak Ahok"
    return longest[False] if longest[False] != name else longest[True]


def _sentences_back(body: str, at: int, count: int) -> int:
    """Where the sentence `count` sentences back from `at` starts (within _PERSON_REACH)."""
    floor = max(0, at - _PERSON_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(body, floor, at)]
    return ends[-count] if len(ends) >= count else floor


def _quoted_spans(body: str) -> list[tuple[int, int]]:
    """The spans of quotations, paired straight or curly quotes within a paragraph."""
    spans = []
    for match in re.finditer(r"[\"“][^\"“”\n]*[\"”]", body):
        spans.append((match.start(), match.end()))
    return spans


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)
