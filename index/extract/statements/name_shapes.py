"""How a name is written where someone speaks: a degree after it ("M.Si"), a list of words
that names one body, the name that ends a subject ("Pengamat Pasar Keuangan Ariston Tjendra"),
a title or an organisation before it, a place glued after it, and the common words a sentence's
capital glued before it. Pure functions of the text and the lexicon; people.py and speakers.py
use them."""

from __future__ import annotations

import functools
import itertools
import re

from index.analysis.analyzer import attested_words
from index.extract.officials.lexicon import Lexicon
from index.extract.officials.names import MAX_NAME_WORDS, is_name_word
from index.extract.officials.tokens import (
    NAME_PARTICLES,
    _canonical_region,
    is_place,
    misspelt_place,
)
from index.extract.statements.capitals import word_places
from index.extract.statements.cues import load_cues
from index.extract.statements.openings import dateline_end, ends_a_sentence
from index.extract.statements.sentences import sentence_start
from index.extract.word_places import written_apart
from index.gazetteer import gazetteer, normalise

# A word with a capital inside after three small letters or more ("GrabPay", "PlayStation") is
# a brand's, not a person's ("McDonald", "DiCaprio", "LeBron" have it after one or two).
_BRAND = re.compile(r"[A-Z][a-z]{3,}[A-Z]")


# A degree written after a name: "SpPD-KEMD", "Sp.OG(K)", "S.H.", "M.Si", "SH", "MH"
_SPECIALIST = re.compile(r"Sp\.?[A-Z][\w.()-]*")
_DEGREE_LIKE = re.compile(r"[A-Z][a-z]{0,3}\.?[A-Z][\w.()]*")


def is_degree(word: str, lexicon: Lexicon) -> bool:
    """Whether a word after a name is an academic or a specialist's degree ("SpPD-KEMD",
    "M.Si", "SH"), not an acronym ("KPK") nor a courtesy title ("Pak")."""
    word = word.strip(",")
    return bool(_SPECIALIST.fullmatch(word)) or (
        bool(_DEGREE_LIKE.fullmatch(word)) and bool(lexicon.honorific_pattern.fullmatch(word)))


def listed_name(name: str) -> str:
    """A name whose words list several ("Badan Meteorologi, Klimatologi, dan Geofisika")
    without what a comma set before it ("Kemarin, Badan Meteorologi, ..."): a part of several
    words after the first starts the name, and a word that opens a sentence ("Sebelumnya,")
    is none of it."""
    parts = name.split(", ")
    cues = load_cues()
    if len(parts) > 1 and (parts[0].lower() in cues.openers
                           or parts[0].lower() in cues.topic_openers):
        parts = parts[1:]  # "Sebelumnya, Badan Nasional Penanggulangan Bencana (BNPB)"
    starts = [at for at, part in enumerate(parts[:-1]) if at and len(part.split()) > 1]
    return ", ".join(parts[starts[-1]:] if starts else parts)


def blends(word: str, name: str) -> bool:
    """Whether a nickname is the start of one word of a name and the start of the next, two
    letters of each at least, as Indonesian nicknames are made ("Djanur": Djadjang Nurdjaman)."""
    parts = [part.lower() for part in name.split() if part.lower() not in NAME_PARTICLES]
    for first, second in itertools.pairwise(parts):
        for cut in range(2, min(len(first), len(word) - 2) + 1):
            if word[:cut] == first[:cut] and second.startswith(word[cut:]):
                return True
    return False


# name_ending asks about the same words in article after article: what it learns of a word on
# its own is remembered for the lexicon read from the data files and for the latest one an
# article's own acronyms made (with_defined_acronyms), not for every such lexicon: one kept per
# article grew without end
_WORDS_ALONE: dict[bool, tuple[Lexicon, dict[str, bool]]] = {}
_WORDS_ALONE_LIMIT = 1 << 17


def _answers(tables: dict[bool, tuple[Lexicon, dict]], lexicon: Lexicon) -> dict:
    """The answers remembered for this lexicon (those for another it replaces are dropped)."""
    slot = bool(lexicon.defined)
    kept = tables.get(slot)
    if kept is None or kept[0] is not lexicon:
        kept = tables[slot] = (lexicon, {})
    return kept[1]


# name_ending asks the gazetteer about each word it reads and the two and three words ending
# there, nearly always for nothing (some 25,000 lookups over the 5,811 full-text articles):
# every form lookup_form tries ends with the last word's last part, and few words end a form
_REGION_ENDS: list = []  # [the gazetteer's forms, their endings, word -> ends one]


def _may_end_region(word: str) -> bool:
    """Whether a form of the gazetteer ends with `word`'s last part as lookup_form reads it
    (normalised): else no phrase ending with `word` is a region."""
    forms = gazetteer().forms
    if not _REGION_ENDS or _REGION_ENDS[0] is not forms:
        _REGION_ENDS[:] = [forms, {key[at:] for key in forms for at in range(len(key))}, {}]
    known = _REGION_ENDS[2]
    answer = known.get(word)
    if answer is None:
        if len(known) >= _WORDS_ALONE_LIMIT:
            known.clear()
        last = normalise(word).split(" ")[-1]
        answer = known[word] = not last or last in _REGION_ENDS[1]
    return answer


def _name_word_alone(word: str, lexicon: Lexicon) -> bool:
    """Whether a word may be part of a name at a sentence's start and is no region by itself."""
    known = _answers(_WORDS_ALONE, lexicon)
    answer = known.get(word)
    if answer is None:
        if len(known) >= _WORDS_ALONE_LIMIT:
            known.clear()
        answer = known[word] = is_name_word(word, lexicon, sentence_start=True) and not (
            _may_end_region(word) and _canonical_region(word))
    return answer


def may_go_on(before: list[str]) -> bool:
    """Whether the word before a name (`[word]`, or `[]` for none) may be read by
    `name_ending` as part of it: a name particle, or a word whose letters open with a capital
    (name_ending stops at any other)."""
    return bool(before) and (before[0] in NAME_PARTICLES
                             or before[0].strip(",").rstrip(".")[:1].isupper())


# name_ending is asked about the same words several times an article (a subject, then the
# speaker at a cue, then where the name is written again): its answers are remembered, as
# _WORDS_ALONE's are
_ENDINGS: dict[bool, tuple[Lexicon, dict[str, str | None]]] = {}
_ENDINGS_LIMIT = 1 << 15


def name_ending(segment: str, lexicon: Lexicon) -> str | None:
    """The name that ends a subject: "Pengamat Pasar Keuangan Ariston Tjendra" -> "Ariston
    Tjendra" (its words are name words, read backwards to the first that is not)."""
    known = _answers(_ENDINGS, lexicon)
    if segment in known:
        return known[segment]
    if len(known) >= _ENDINGS_LIMIT:
        known.clear()
    answer = known[segment] = _name_ending(segment, lexicon)
    return answer


def _name_ending(segment: str, lexicon: Lexicon) -> str | None:
    # a name never runs over a line break: a heading without its full stop ends before it
    words = segment[segment.rfind("\n") + 1:].split()
    name: list[str] = []
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if name and word[-1] in ".,;:!?\"”’)" and len(word.rstrip(".")) > 1:
            break  # the sentence or the clause before
        word = word.strip(",")
        if name and word in NAME_PARTICLES and at > 0 and words[at - 1][:1].isupper() and (
            words[at - 1][-1] not in ".,;:!?\"”’)"
        ):
            name.insert(0, word)  # "Amparo Saa Jaramillo de Calderon", "Issam al Rayes"
            continue
        if name and _BRAND.match(word):
            break  # "Head of GrabPay Jason Thomson": a brand's word is no part of a name
        if len(name) >= MAX_NAME_WORDS or not _name_word_alone(word, lexicon) or (
            at and _may_end_region(word) and (
                _canonical_region(f"{words[at - 1]} {word}")
                or (at > 1 and _canonical_region(f"{words[at - 2]} {words[at - 1]} {word}"))
            )
        ):
            break  # "... PT Transportasi Jakarta Budi Kaliwono": the name starts after the place
        if lexicon.honorific_pattern.fullmatch(word) and not (len(word.rstrip(".")) == 1 and name):
            break
        name.insert(0, word)
    while name and (lexicon.office_pattern.fullmatch(name[0])
                    or lexicon.honorific_pattern.fullmatch(name[0])):
        name.pop(0)
    if not name or not any(len(w.rstrip(".")) > 2 for w in name):
        return None
    text = " ".join(name)
    if _canonical_region(text) or lexicon.phrases.get(name[0]) is not None:
        return None
    return text


def without_title(name: str, body: str, titles: frozenset[str]) -> tuple[str, str]:
    """(name, title) of words read as a name that start with a title: "Manajer Persib Umuh
    Muchtar" -> ("Umuh Muchtar", "Manajer Persib"), "Coach Djanur" -> ("Djanur", "Coach"). After
    the title, an organisation's name may come before the person's: the person's name starts at
    the first word the article also writes on its own (a later "kata Umuh"), or at the word
    before the last when only the surname is written on its own (a later "kata Mourinho")."""
    words = name.split()
    last_title = -1
    name_words = load_cues().name_words
    for at, word in enumerate(words[:-1]):
        # a title that is a name's word too is a title only first: "Lukman Hakim Saifudin"
        if word.lower() in titles and not (at and word.lower() in name_words):
            last_title = at
    if last_title < 0:
        return name, ""
    rest = words[last_title + 1:]
    if len(rest) >= 3:
        for at in range(1, len(rest)):
            if written_apart(body, rest[at], preceding=rest[at - 1], bounded=False):
                # the last word alone is a surname ("tulis Mourinho" after "Manajer Setan Merah
                # Jose Mourinho"): the given name before it starts the name
                rest = rest[min(at, len(rest) - 2):]
                break
    title = name[:len(name) - len(" ".join(rest))].strip(" ,")
    return " ".join(rest), title


def _capitalised_mid_sentence(word: str, body: str, skipped: tuple[int, int]) -> bool:
    """Whether the body writes a word capitalised where no sentence starts (outside the span
    `skipped`, the name being read): as a name."""
    for at in word_places(body, word):
        if skipped[0] <= at < skipped[1]:
            continue
        if sentence_start(body, at) != at:
            return True
    return False


# without_place is asked about each speaker at every statement of theirs, and about the same
# names in article after article: its answers are remembered for the lexicon and the cues
# they were read with (both kept, so that their ids stay their own)
_WITHOUT_PLACE: list[tuple[Lexicon, object, dict[str, str]]] = []
_WITHOUT_PLACE_LIMIT = 1 << 15


def without_place(name: str, lexicon: Lexicon) -> str:
    """A name of three words or more without a country or region after it ("Joe Biden
    Amerika"); two words at least are kept."""
    cues = load_cues()
    if not _WITHOUT_PLACE or not (_WITHOUT_PLACE[0][0] is lexicon
                                  and _WITHOUT_PLACE[0][1] is cues):
        _WITHOUT_PLACE[:] = [(lexicon, cues, {})]
    known = _WITHOUT_PLACE[0][2]
    answer = known.get(name)
    if answer is None:
        if len(known) >= _WITHOUT_PLACE_LIMIT:
            known.clear()
        answer = known[name] = _without_place(name, lexicon)
    return answer


def _without_place(name: str, lexicon: Lexicon) -> str:
    words = name.split()
    if len(words) < 3 or words[0].lower() in load_cues().organisations or not all(
        is_name_word(word, lexicon) for word in words[:2]
    ) or any(
        " ".join(words[at:at + size]) in lexicon.phrases
        for size in (2, 3) for at in range(len(words) - size)
    ):
        return name  # an institution's name keeps its place: "Angkatan Laut AS"
    if len(words) > 3 and is_place(words[-2:], lexicon):
        words = words[:-2]
    while len(words) > 2 and is_place(words[-1:], lexicon):
        words.pop()
    if len(words) > 2 and misspelt_place(words[0], lexicon):
        words.pop(0)  # "Menteri Luar Negeri Australi Julie Bishop": the office's country
    return " ".join(words)


def trimmed_name(name: str, body: str, at: int, lexicon: Lexicon) -> str:
    """A name read at `at` without the words glued to it that are no part of it: a common word
    capitalised only because it opens the sentence or a heading ("Awal Cerita Budi Santoso
    mengatakan" -> "Budi Santoso"), and a country or region after it ("Joe Biden Amerika").
    A word the body also writes capitalised inside a sentence is a name's ("Bima Arya"); at
    least two words are kept."""
    words = without_place(name, lexicon).split()
    if len(words) < 3:
        return " ".join(words)
    if _opens(body, at, lexicon):
        common, cues = attested_words(), load_cues()
        drop = 0
        while (drop < len(words) and words[drop].lower() in common
               and words[drop].lower() not in cues.name_words
               and words[drop].lower() not in cues.organisations
               and words[drop].lower() not in cues.unnamed  # "Warga Kramat Lontar"
               and not _capitalised_mid_sentence(words[drop], body, (at, at + len(name)))):
            drop += 1
        # only a run of common words that a name's word ends, two words of it at least
        # ("Laman Medical News Today", "Warga Kramat Lontar" are kept as they are)
        if drop and _whole_name(words[drop:]):
            words = words[drop:]
    return " ".join(words)


_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III"})


def _whole_name(words: list[str]) -> bool:
    """Whether the words left are a name of two words at least ("Mayweather Jr" is not), that
    opens with a capital and with no particle ("De Niro", "de Bruyne" are the end of one)."""
    return (len([word for word in words if word not in _SUFFIXES]) >= 2
            and words[0][:1].isupper() and words[0].lower() not in NAME_PARTICLES)


def _opens(body: str, at: int, lexicon: Lexicon) -> bool:
    """Whether `at` opens a sentence or a paragraph: not after an abbreviation's full stop
    ("Capt. Avi Rianto Suratno", "dr. Budi")); the lead's first word after its dateline opens
    it ("Jakarta, CNN Indonesia - - Nama Gunawan Maryanto")."""
    if at and at == dateline_end(body):
        return True
    if sentence_start(body, at) != at:
        return False
    before = body[:at].rstrip(" \t\u00a0")
    if not before or before[-1] == "\n" or before[-1] != ".":
        return True
    word = before.split()[-1] if before.split() else ""
    if lexicon.honorific_pattern.fullmatch(word):
        return False
    return len(word) > 5 or ends_a_sentence(word)  # "... 2017 lalu. Kendati Gianni Infantino"


@functools.lru_cache(maxsize=1 << 14)  # asked about each name some 20 times an article
def name_key(name: str) -> frozenset[str]:
    return frozenset([word.strip(".,").lower() for word in name.split()
                      if word.lower() not in NAME_PARTICLES])
