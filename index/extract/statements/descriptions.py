"""Descriptions where a speaker is named or referred back to: a person noun and its relative
clause ("ujar pria yang ..."), a description closed by ini/itu/tersebut ("kata pelatih asal
Belanda tersebut"), a description in lower case then a name ("ujar penulis senior Gordon
Lithgow"), an office then a name after a comma ("kata Sersan Kepolisian Burbank, Derek Green").
speakers.py reads the words after a cue and before a verb with them."""

from __future__ import annotations

import re

from index.extract.officials.names import _read_name
from index.extract.officials.tokens import _canonical_region, _lex, is_place
from index.extract.statements.cues import SPACE, Cues, load_cues
from index.extract.statements.people import People
from index.extract.statements.reference import NOBODY, Reference
from index.extract.word_places import word_places, written_apart

QUANTIFIERS = frozenset({"beberapa", "para", "sejumlah", "banyak", "seorang", "sebagian",
                          "kebanyakan", "salah", "satu", "semua", "seluruh", "sebanyak"})
DAYS = frozenset({"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"})
ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,12}(?:[a-z]{0,4}[A-Z]+)?")
WORD = re.compile(r"[\w'’.-]+")
# A description of someone who speaks for the person named after it
FOR_SOMEONE = frozenset({"perwakilan", "bicara", "jubir", "kuasa", "pengacara", "penasihat",
                          "asisten", "ajudan", "utusan", "wakil"})
ADJUNCT_WORDS = frozenset({"di", "saat", "kepada", "dalam", "usai", "seusai", "ketika", "pada",
                            "dengan", "melalui", "lewat", "via", "seperti", "sebagaimana"})
# Words that start what is said about the circumstances, not the speaker: "kata Edy di acara
# itu" names Edy.
ADJUNCT = re.compile(r"(?<![\w-])(?:di|saat|kepada|dalam|usai|seusai|ketika|pada|kemarin|dengan"
                      r"|melalui|lewat|via|seperti|sebagaimana|sambil|seraya)(?![\w-])")


# A person noun, at most two more words in lower case or a number, then a relative clause
_RELATIVE = re.compile(rf"(?P<noun>[a-z][\w-]*)(?:{SPACE}+(?:\d+|[a-z][\w-]*)){{0,2}}{SPACE}+yang"
                       r"(?![\w-])")


NICKNAMED = re.compile(rf"(?<![\w-])(?:disapa|dipanggil|sapaan){SPACE}+(?:akrab{SPACE}+)?"
                        rf"(?P<nick>[A-Z][\w'’-]*)(?=[\s,.;:!?]|$)")


def office_word(word: str, people: People) -> bool:
    """Whether one word is an office's whole name ("Kapolres", "Bupati", "Gubernur")."""
    return bool(word[:1].isupper() and people.lexicon.office_pattern.fullmatch(word))


def head_noun(body: str, at: int, people: People, cues: Cues) -> str | None:
    """The noun a description of a person opens with, when it is a person noun or an office
    ("pelatih" in "pelatih asal Belanda tersebut"), for the holder of that role."""
    word = WORD.match(body, at + len(body[at:]) - len(body[at:].lstrip()))
    if word is None:
        return None
    written = word.group().rstrip(".")
    head = written.lower()
    return head if head in cues.person_nouns or office_word(written, people) else None


def relative_description(body: str, at: int, cues: Cues) -> bool:
    """Whether the words at `at` are a person noun and its relative clause ("pria yang ...",
    "pemain 26 tahun yang ..."), not a speaker the text does not name ("warga yang ...") nor
    someone speaking for another ("kuasa hukum yang ...")."""
    relative = _RELATIVE.match(body, at)
    if relative is None:
        return False
    noun = relative.group("noun").lower()
    return noun in cues.person_nouns and noun not in cues.unnamed and noun not in FOR_SOMEONE


def only_described(body: str, word: str) -> bool:
    """Whether the body writes a word only after a word in lower case ("penggawa Chelsea"),
    never alone as a name is written (", Kusno,"), after a cue ("kata Kusno") nor as the first
    word of a longer name ("Cepi Iskandar")."""
    cues = load_cues()
    for at in word_places(body, word):
        end = at + len(word)
        before = body[max(0, at - 30):at].split()[-1:]
        after = body[end:end + 30].split()[:1]
        if not before or not before[0][:1].islower() or before[0] in cues.short_forms or (
            before[0] in cues.passive_forms
        ) or (after and after[0][:1].isupper()):  # "hakim tunggal Cepi Iskandar"
            return False
    return True


def initials_of(acronym: str, words: list[str]) -> bool:
    """Whether an acronym is the initials of the words before it ("CCO": Chief Communication
    Officer)."""
    initials = "".join(word[0] for word in words if word[:1].isupper())
    return len(acronym) >= 2 and initials.upper() == acronym.upper()


def named_before_comma(body: str, at: int, described: Reference, people: People,
                        cues: Cues) -> Reference:
    """The name a description ends with before the comma, when there is one: in "tanya anggota
    pansel Supra Wimbarti di Sekretariat Negara, Jalan Veteran" the name after the comma is a
    place the circumstance goes on with, not the speaker."""
    if not ADJUNCT.search(body, at, described.at):
        return described
    before = name_after_description(body, at, people, cues)
    return before if before.kind == "name" and before.at < described.at else described


_TO_SENTENCE_END = re.compile(r"[^.;!?\"“”\n]{1,160}?(?=[.;!?\"“”\n]|$)")
_BACK_END = re.compile(r"(?<![\w-])(?:ini|itu|tersebut)(?:[ \t\u00a0]+(?:lagi|pula))?[ \t\u00a0]*$")
_BACK_WORDS = ("ini", "itu", "tersebut", "lagi", "pula")  # what _BACK_END's text ends with


# Heads of a description that name no person spoken of before: a text or an office ("lanjut
# pernyataan tersebut", "tulis kantor pemerintah itu"); speakers the text does not name and
# documents are statement_cues.tsv's (unnamed, document: "kata sumber itu", "ungkap
# penelitian tersebut").
_NOT_A_PERSON = frozenset({"pernyataan", "keterangan", "rilis", "surat", "siaran", "kantor",
                           "pihak", "akun", "situs", "laman", "unggahan", "tulisan", "artikel",
                           "teman", "rekan", "kerabat", "bunyi", "isi", "kutipan"})


def described_back(body: str, at: int, cues: Cues) -> bool:
    """Whether the words from `at` to the sentence's end are a description of a person closed
    by "ini", "itu" or "tersebut", with no circumstance in it ("di ...", "saat ...")."""
    rest = _TO_SENTENCE_END.match(body, at)
    # _BACK_END can only match where the words end so: a look at the end before the search
    if rest is None or not rest.group().rstrip(" \t\u00a0").endswith(_BACK_WORDS) or (
            not _BACK_END.search(rest.group())):
        return False
    words = [w.lower().strip(",") for w in rest.group().split()]
    while len(words) > 1 and (words[0] in QUANTIFIERS or words[0] == "satu"):
        words.pop(0)  # "salah satu sumber dekat aktor itu"
    head = words[0] if words else ""
    if head in cues.unnamed or head in cues.documents or head in _NOT_A_PERSON:
        return False
    adjunct = ADJUNCT.search(rest.group())
    if adjunct is None:
        return True
    # "imbuh pria terkaya di dunia ini", "kata mantan pesepakbola di era 80an tersebut": a "di"
    # after a person noun, the only circumstance, places the person, not the saying
    return adjunct.group() == "di" and not ADJUNCT.search(rest.group(), adjunct.end()) and any(
        word in cues.person_nouns for word in rest.group()[:adjunct.start()].lower().split())


# a description in lower case, then a name: "ujar penulis senior Gordon Lithgow dalam ..."
_LOWER_DESCRIPTION = re.compile(rf"(?:[a-z][\w-]*{SPACE}+){{1,4}}(?=[A-Z])")
# the same opened by a person's noun written with a capital: "kata Psikolog anak Rina Wulandari"
_NOUN_DESCRIPTION = re.compile(rf"[A-Z][a-z-]+{SPACE}+(?:[a-z][\w-]*{SPACE}+){{1,3}}(?=[A-Z])")


def name_after_description(body: str, at: int, people: People, cues: Cues,
                           noun_capitalised: bool = False) -> Reference:
    """A name of two words or more right after a description in lower case, ending the phrase
    that names the speaker: "ujar penulis senior Gordon Lithgow dalam ...". Not after a noun for
    an unnamed speaker ("kata warga Kampung Melayu": a place) nor a pronoun. With
    `noun_capitalised`, the description's first word, a person's noun, has a capital."""
    description = (_NOUN_DESCRIPTION if noun_capitalised else _LOWER_DESCRIPTION).match(body, at)
    if description is None:
        return NOBODY
    words = description.group().split()
    if any(w.lower() in cues.unnamed or w.lower() in cues.pronouns or w.lower() in ADJUNCT_WORDS
           or w.lower() in cues.kin or w.lower() in FOR_SOMEONE for w in words):
        return NOBODY  # "perwakilan properti Michael Jackson": someone speaking for the person
    tokens = _lex(body, description.end(), people.lexicon)
    named, _ = _read_name(tokens, 0, people.lexicon)
    role = description.group().strip()
    while len(named) > 2 and (ACRONYM.fullmatch(named[0]) or is_place(named[:1], people.lexicon)
                              or _canonical_region(named[0])):
        role = f"{role} {named.pop(0)}"  # "tokoh muda Poso Rizal Calvary Marimbo"
    if len(named) > 3 and is_place(named[:2], people.lexicon):
        role = f"{role} {named.pop(0)} {named.pop(0)}"  # "aktor Amerika Serikat Steven Seagal"
    for at in range(1, len(named) - 1):
        # "pelatih Arema Aji Santoso", then "kata Aji": the name starts at the word the body
        # also writes without the one before it
        if written_apart(body, named[at], preceding=named[at - 1], bounded=False):
            role = f"{role} {' '.join(named[:at])}"
            named = named[at:]
            break
    if len(named) < 2 or _canonical_region(" ".join(named)) or any(
        w in people.lexicon.phrases or ACRONYM.fullmatch(w) for w in named
    ):
        return NOBODY
    at = body.find(named[0], tokens[0].start)
    reference = Reference("name", " ".join(named), role, at)
    rest = body[at + len(reference.name or ""):at + len(reference.name or "") + 8].split()[:1]
    return reference if apposition_ends(body, reference) or rest == ["dari"] else NOBODY


def apposition_ends(body: str, reference: Reference) -> bool:
    """Whether a name read after a comma ends the phrase, as a person's name in apposition does
    ("..., Irfan Suryadiredja, kepada ..."), and is not a day's name ("..., Senin (6/6)")."""
    name = reference.name or ""
    if name.split()[0] in DAYS:
        return False
    rest = body[reference.at + len(name):reference.at + len(name) + 12]
    return not rest.strip() or rest.lstrip()[0] in ",.;:!?()\"”" or bool(
        ADJUNCT.match(rest.lstrip()))


def name_after_last_comma(body: str, at: int, people: People) -> Reference:
    """The name after the last comma of an office's phrase, when it ends the sentence or the
    clause: "Kepala Dinas Kesehatan (Dinkes) - unit X di Kota Y, Budi Santoso".
    """
    window = body[at:at + 200]
    end = re.search(r"[.;!?\n\"“”]", window)
    phrase = window[:end.start()] if end else window
    commas = list(re.finditer(rf",{SPACE}*", phrase))
    for comma in reversed(commas[-2:]):
        tokens = _lex(body, at + comma.end(), people.lexicon)
        words, _ = _read_name(tokens, 0, people.lexicon)
        if words and not _canonical_region(" ".join(words)):
            reference = Reference("name", " ".join(words), phrase[:comma.start()].strip(),
                                  at + comma.end())
            if apposition_ends(body, reference):
                return reference
    return NOBODY


def name_in_description(body: str, at: int, people: People) -> Reference:
    window = body[at:at + 160]
    end = re.search(r"[.;!?\n\"“”]", window)
    phrase = window[:end.start()] if end else window
    for comma in re.finditer(rf",{SPACE}*", phrase):
        tokens = _lex(body, at + comma.end(), people.lexicon)
        words, _ = _read_name(tokens, 0, people.lexicon)
        if words and not _canonical_region(" ".join(words)):
            role = phrase[:comma.start()].strip()
            return Reference("name", " ".join(words), role or None, at + comma.end())
        break
    return NOBODY
