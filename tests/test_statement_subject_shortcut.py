"""The sentences' subjects skip a span when `may_end_long_name` says `name_ending` cannot read a
name of two words from it: exact only if every span it turns away gives no name of two words
(and a name of one word is never an office, the one use a short name has there). Checked on
spans written here and on every capitalised run of real articles."""

from __future__ import annotations

import re
from itertools import islice

from conftest import corpus_file
from index.extract.officials import load_lexicon
from index.extract.statements._scan import subject_spans
from index.extract.statements.name_shapes import may_end_long_name, name_ending
from index.sources.drafts import Draft
from index.sources.files import read_source

_SPANS = [
    "Pengamat Pasar Keuangan Ariston Tjendra",  # a name: read
    "Warga Desa Sayung, Ahmad Fauzi",
    "Sementara itu Rina Kartika Dewi",
    "Duta Besar Amparo Saa de Calderon",  # a particle before the last word
    "Pemerintah Kota Bandung",  # a region last
    "Kementerian Keuangan",  # no name words
    "Menurut Budi,",  # the word before closes nothing, but one name word only
    "Kata Budi. Menteri",
    "Presiden Joko Widodo, Menteri",
    "Pada Senin",
    "Budi",
    "",
    "Jaksa Agung",
    "Bupati Sleman\nKustini Sri Purnomo",
]


def _long(segment: str) -> bool:
    name = name_ending(segment, load_lexicon())
    return bool(name) and len(name.split()) >= 2


def _check(segment: str) -> bool:
    """Whether the shortcut turns the segment away; fails when that would lose a long name."""
    lexicon = load_lexicon()
    if may_end_long_name(segment, lexicon):
        return False
    assert not _long(segment), segment
    name = name_ending(segment, lexicon)
    assert not (name and lexicon.office_pattern.fullmatch(name)), segment
    return True


def test_written_spans_turned_away_give_no_name_of_two_words() -> None:
    skipped = [segment for segment in _SPANS if _check(segment)]
    kept = [segment for segment in _SPANS if segment not in skipped]
    assert "Pengamat Pasar Keuangan Ariston Tjendra" in kept
    assert "Duta Besar Amparo Saa de Calderon" in kept
    assert {"", "Budi", "Kementerian Keuangan", "Kata Budi. Menteri"} <= set(skipped)
    # a name that is read is read whole: the shortcut looks at its last two words only
    assert name_ending("Warga Desa Sayung, Ahmad Fauzi", load_lexicon()) == "Ahmad Fauzi"


def test_every_capitalised_run_of_real_articles() -> None:
    drafts = [d for d in islice(read_source(str(corpus_file("detik-2025.csv"))), 150)
              if isinstance(d, Draft)]
    seen = skipped = 0
    for draft in drafts:
        body = draft.body
        # every word's start, not only where subjects are read: more spans than add_subjects asks
        starts = [m.start() for m in re.finditer(r"(?<![^\s])\S", body)]
        for _start, name_start, name_end in subject_spans(body, starts):
            seen += 1
            skipped += _check(body[name_start:name_end].rstrip(" \t\u00a0,"))
    assert seen > 2_000
    assert 0 < skipped < seen  # it turns some away, not all
