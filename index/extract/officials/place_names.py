"""Places read as an official's name (issue 15: only people in the official facet).

An office's object runs on into a place when no holder follows it, or the holder comes after a
comma ("Kepala Sektor Khusus Madinah, A", "kata Wali Kota Verbania", "Menteri Luar Negeri Timor
Leste"): the place is then read as the holder. Two signs say a name is a place, not a person:

- the whole name is a country's or a region's name (titles.tsv, kind place, and the gazetteer),
  of any number of words ("Timor Leste", "Amerika"), unless it is also a common word or name;
- a name of one word that the article itself writes as a place's whole name: right after "di",
  or after a word for a local area ("Desa", "Kecamatan", "Kelurahan", "kampung", "kawasan"),
  with no capitalised word after it: "di Ankara", "Kecamatan Kutabaharu" (not "di Sri Lanka").
  A person's name follows "di" only inside a place's name ("di Jalan Sudirman" puts "Jalan"
  after "di"), so "Jalan", "Kota" and "Kabupaten" are not among those words: streets, and the
  office "Wali Kota", are written with people's names; nor is a name the article writes as a
  speaker's ("kata Agus": "di Agus tus" is a stray space in "Agustus").
"""

from __future__ import annotations

import re

from index.extract.officials.lexicon import Lexicon
from index.extract.officials.tokens import _canonical_region
from index.extract.word_places import word_places
from index.gazetteer import is_common_word

# "di Ankara", "Kecamatan Kutabaharu": a place's word before the name, then a space
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:di|[Dd]esa|[Kk]ecamatan|[Kk]elurahan|[Kk]ampung|"
                           r"[Kk]awasan)[ \t\u00a0]+$")
_CAPITALISED_AFTER = re.compile(r"[ \t\u00a0]+[A-Z]")


def names_a_place(name: str, body: str, lexicon: Lexicon) -> bool:
    """Whether an official's name read is a place's: a country or region named whole, or a name
    of one word that the body writes as a place ("di Ankara", "Kecamatan Kutabaharu")."""
    words = name.split()
    if not words:
        return False
    if ((name in lexicon.phrases and lexicon.phrases[name] == "place")
            or _canonical_region(name)) and not is_common_word(name):
        return True  # the whole name: "Timor Leste" ("Sri" alone starts "Sri Lanka")
    if len(words) != 1 or _speaks(name, body):
        return False
    for at in word_places(body, name, apostrophes=True):
        end = at + len(name)
        if _CAPITALISED_AFTER.match(body, end):
            continue  # "di Sri Lanka", "di Agus Salim": the place is the whole capitalised run
        if _PLACE_BEFORE.search(body, max(0, at - 12), at):
            return True
    return False


def _speaks(name: str, body: str) -> bool:
    """Whether the body writes the name as a speaker's ("kata Agus", "Agus mengatakan"): a
    person's, however a stray space elsewhere reads ("di Agus tus" for "di Agustus")."""
    from index.extract.statements.cues import load_cues  # statements' package imports this one
    cues = load_cues()
    for at in word_places(body, name, apostrophes=True):
        before = body[max(0, at - 12):at].split()
        after = body[at + len(name):at + len(name) + 20].split()
        # "Wali Kota Verbania menyatakan": an office's subject, its place written last
        after_office = bool(before) and before[-1][:1].isupper()
        if ((before and before[-1].lower() in cues.short_forms)
                or (after and not after_office and after[0].strip(",.") in cues.verb_forms)):
            return True
    return False
