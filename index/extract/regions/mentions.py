"""Region mentions in a text: each known region form, the longest at each place, with the
words around it that say what it is (a kind, a place word, a former office holder's title ...)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from index.extract.regions.form_scan import forms_scan
from index.gazetteer import KIND_WORDS, Form, form_key, gazetteer, normalise

# Words in front of a name that say a region follows, whatever else the name may be: a kind
# ("Kota Batu", "Bupati Bima") or an institution of the region ("Polres Pati", "DPRD Serang").
REGION_WORDS = frozenset({
    *KIND_WORDS, "polres", "polresta", "polrestro", "polrestabes", "kapolres", "kapolresta",
    "kapolrestro", "kapolrestabes", "kodim", "dandim", "dprd", "kejari", "kajari", "pn", "rsud",
    "pemda", "sekda", "setda", "bpbd", "kpud", "pdam", "pilkada", "pilbup", "pilwalkot",
    "kpu", "bawaslu", "panwaslu", "dinkes", "disdik", "dishub", "bappeda", "kemenag",
})
# Words in front of a name that show it is used as a place ("di Batu", "warga Pati"): enough
# for a name that is also a word in running text, where its capital letter says it is a name,
# but not in a headline, where every word has one ("Bergerak di Kisaran Rp 17.750").
PLACE_WORDS = frozenset({
    *REGION_WORDS, "di", "ke", "dari", "asal", "warga", "wilayah", "daerah", "kawasan",
    "masyarakat", "penduduk",
})
# Words for the places inside a kabupaten/kota: a name after one is that small place, not a
# region of the same name elsewhere ("Kelurahan Mabar" in Medan is not Mabar, Manggarai
# Barat; "Desa Ketapang" in Sampang is not Kabupaten Ketapang).
DISTRICT_WORDS = frozenset({"kecamatan", "kec", "distrik"})
SMALL_PLACE_WORDS = frozenset({
    *DISTRICT_WORDS, "kelurahan", "kel", "kalurahan", "desa", "ds", "kampung", "kampong",
    "dusun", "dukuh", "padukuhan", "nagari", "jorong", "gampong", "pekon", "lembang",
})
# A former office holder's title: "mantan Gubernur Jawa Barat Ridwan Kamil", "eks Wali Kota
# Solo" say who the person is, not where the story is.
_FORMER_TITLE = re.compile(
    r"(?<!\w)(?:mantan|eks|bekas|pernah[ \t\xa0]+(?:menjabat(?:[ \t\xa0]+sebagai)?|menjadi)"
    # a relative of an office holder: "suami Kapolres Kendal", "istri Bupati Sleman" say who
    # the person is, as a former title does ("Ibu Bupati" is a form of address: not here)
    r"|(?:istri|suami|anak|putra|putri|ayah|adik|kakak|menantu|mertua|ipar|cucu|keponakan)"
    r"(?:[ \t\xa0]+dari)?)"
    r"[ \t\xa0-]+(?:wakil[ \t\xa0]+)?"
    r"(?:gubernur|bupati|wali[ \t\xa0]*kota|walkot|wagub|wabup|wawali|kapolres|kapolresta"
    r"|kapolda|ketua[ \t\xa0]+(?:dprd|kpu|kpud|bawaslu|panwaslu)|sekda)"
    r"(?:[ \t\xa0]+(?:kota|kabupaten|kab\.?))?[ \t\xa0]+$", re.IGNORECASE)
_TITLE_ENDS = frozenset({"gubernur", "bupati", "kota", "walikota", "walkot", "wagub", "wabup",
                         "wawali", "kapolres", "kapolresta", "kapolda", "dprd", "sekda", "kpu",
                         "kpud", "bawaslu", "panwaslu", "kabupaten", "kab"})

_SE = re.compile(r"(?<!\w)se-", re.IGNORECASE)
_MID_SENTENCE_MARKS = frozenset(",;()/&-–—")
# A country named like a province: "Papua Nugini", "Papua New Guinea" (not Papua).
_FOREIGN = re.compile(r"(?i:papua[ \t\xa0]+(?:nugini|new[ \t\xa0]+guinea))(?![\w-])")
_NEXT_WORD = re.compile(r"[ \t\xa0]+([A-Z][\w'’-]*)")
_NAME_WORD = re.compile(r"[ \t\xa0]+[A-Z0-9][\w'’-]*")
# An amount right after a word: "Kisaran Rp 17.750", "Kisaran 38 Dollar".
_AMOUNT_AFTER = re.compile(r"[ \t\xa0]+(?:Rp\.?|US\$|\$)?[ \t\xa0]*\d")
_PLAIN_WORD = re.compile(r"[\w.]+")


@dataclass(frozen=True)
class RegionMention:
    start: int
    end: int
    form: Form
    before: str  # the word in front, normalised ("" at the start)
    before_that: str  # the word in front of that one
    written: str  # the name as the text writes it
    former: bool  # after a former office holder's title ("mantan Bupati Banyuwangi") or a
    # relative's ("istri Bupati Sleman")
    after: str  # the next word when it is capitalised, normalised, else ""
    acronym_before: bool  # the word in front is an acronym: "DPRD", "PUPR", "KPU"
    # for a form that is also a word (Form.word or Form.ordinary), else False:
    mid_sentence: bool  # a word or a comma before it: its capital letter marks a name
    amount_after: bool  # a number or an amount follows it
    # after a SMALL_PLACE_WORDS word, the small place's name it may start, longest first:
    # ("medan deli", "medan") for "Kecamatan Medan Deli,"
    small_place_names: tuple[str, ...]
    small_place_ends: tuple[int, ...]  # where each of those names ends in the text
    # written in capitals amid words that are not ("integrasi SATUSEHAT dan SIAK"), where the
    # gazetteer writes the name otherwise ("Siak"): an acronym, not the region (``_acronym``)
    acronym: bool = False


def find_mentions(text: str, start: int = 0, any_case: bool = False) -> Iterable[RegionMention]:
    """Known region forms in text, the longest at each place, with the words around each.

    Unless any_case, a form counts only when it starts with a capital letter.
    """
    known = gazetteer()
    for found in forms_scan(any_case).finditer(text, start):
        at = found.start()
        if _joined_on(text, at) or _FOREIGN.match(text, at):
            continue
        entry = known.forms[form_key(found.group())]
        written_before, before_that = _words_before(text, at)
        before = normalise(written_before)
        word_after = _NEXT_WORD.match(text, found.end())
        also_word = entry.word or entry.ordinary
        small_place_names: tuple[str, ...] = ()
        small_place_ends: tuple[int, ...] = ()
        if before in SMALL_PLACE_WORDS:
            more = [found, *islice(_NAME_WORD.finditer(text, found.end()), 3)]
            more = more[:next((k for k in range(1, len(more))
                               if more[k].start() != more[k - 1].end()), len(more))]
            small_place_names = tuple(normalise(" ".join(m.group().strip() for m in more[:n]))
                                      for n in range(len(more), 0, -1))
            small_place_ends = tuple(more[n - 1].end() for n in range(len(more), 0, -1))
        yield RegionMention(at, found.end(), entry, before, normalise(before_that),
                            found.group(),
                            _after_former_title(text, at, before, found.group()),
                            normalise(word_after.group(1)) if word_after else "",
                            2 <= len(written_before) <= 6 and written_before.isupper(),
                            also_word and _mid_sentence(text, at, start),
                            also_word and bool(_AMOUNT_AFTER.match(text, found.end())),
                            small_place_names, small_place_ends,
                            _acronym(text, at, found.end(), found.group(), known.written))


_WORD_AROUND = re.compile(r"[A-Za-z][\w'’-]*")
# What follows a dateline's place: "JAKARTA -", "MEDAN (ANTARA)", "SURABAYA, KOMPAS.com".
_DATELINE_AFTER = re.compile(r"[ \t\xa0]*(?:[-–—(]|,[ \t\xa0]*[A-Z]{2})")


def _acronym(text: str, at: int, end: int, written: str, spellings: dict[str, str]) -> bool:
    """Whether a name at `at` written in capitals ("SIAK") is an acronym: the gazetteer spells
    the name otherwise ("Siak"; not "OKU", "PALI", "NTT") and a word next to it on its line is
    not in capitals, so that the capitals are not a dateline's or a headline's."""
    if len(written) < 3 or not written.isupper() or spellings.get(normalise(written), written) \
            .isupper() or _DATELINE_AFTER.match(text, end) or text[at - 1:at] in (".", ","):
        return False  # a dateline's place: "JAKARTA -", "TRIBUNNEWS.COM.SURABAYA, Presiden"
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", end)
    before = _WORD_AROUND.findall(text, max(line_start, at - 40), at)
    after = _WORD_AROUND.findall(text, end, min(len(text) if line_end < 0 else line_end,
                                                end + 40))
    near = before[-1:] + after[:1]
    return bool(near) and any(not word.isupper() for word in near)


def _after_former_title(text: str, at: int, before: str, written: str) -> bool:
    """Whether a name at `at` follows a former office holder's title: "mantan Bupati Gowa",
    and "mantan Wali Kota Blitar", where the form found ("Kota Blitar") holds the title's
    last word."""
    first = written.split()[0]
    if form_key(first) in KIND_WORDS:
        at += len(first) + 1
        before = form_key(first)
    return before in _TITLE_ENDS and bool(_FORMER_TITLE.search(text, max(0, at - 40), at))


def _words_before(text: str, at: int) -> tuple[str, str]:
    """The two words before position `at` on its line, nearest first. A word counts only when
    nothing but spaces parts it from the name: in "KPK, Kuningan" nothing is before Kuningan."""
    start = max(0, at - 40)
    line_break = text.rfind("\n", start, at)
    window = text[line_break + 1 if line_break >= 0 else start:at]
    kept = window.rstrip(" \t\xa0")
    if kept == window or not kept:
        return "", ""
    words = kept.split()[-2:]
    words[-1] = words[-1].lstrip("(")  # "(Tribun Medan/...)": the word inside the bracket
    if words[-1].endswith(")") and normalise(words[-1][:-1]) in REGION_WORDS:
        # "Pemerintah Kota (Pemkot) Yogyakarta", "Kejaksaan Negeri (Kejari) Sikka": the
        # bracketed short form of the institution stands right before the name.
        words[-1] = words[-1][:-1]
    if not _PLAIN_WORD.fullmatch(words[-1]):
        return "", ""
    before_that = words[0] if len(words) == 2 and _PLAIN_WORD.fullmatch(words[0]) else ""
    return words[-1], before_that


def _mid_sentence(text: str, at: int, start: int = 0) -> bool:
    """Whether a word, a comma, a bracket or a dash comes before position `at` in its sentence
    (which starts at `start` or later), so that a capital letter there marks a name."""
    before = text[max(start, at - 20):at].rstrip(" \t\xa0")
    return bool(before) and (before[-1].isalnum() or before[-1] in _MID_SENTENCE_MARKS)


def _joined_on(text: str, at: int) -> bool:
    """Whether a name found at `at` is joined to a word before it: the end of another word
    ("detikSulsel") or a pair ("Semarang-Demak", a road). "se-Kalteng" (all Kalteng) is not."""
    if not at:
        return False
    before = text[at - 1]
    return before.isalnum() or (before == "-" and not _SE.match(text, max(0, at - 3)))


def outright(mention: RegionMention) -> bool:
    """Whether a mention names a kabupaten/kota with its kind or an institution of it:
    "Kabupaten Agam", "Kota Bitung", "Bupati Gowa", "Polres Cimahi"."""
    return mention.before in REGION_WORDS or form_key(mention.written.split()[0]) in KIND_WORDS
