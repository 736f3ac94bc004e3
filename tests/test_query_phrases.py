"""A query of quoted phrases only is built without Whoosh's parser (search/query.py's
phrases_query): the same tree as the parser's, for phrases typed and for phrases cut from real
titles (any punctuation, case, stopwords, numbers)."""

from __future__ import annotations

import csv
import itertools

import pytest
from whoosh import query

from index.store.schema import make_schema
from search.query import _PHRASES_ONLY, _parser, parse_query, phrases_query
from tests.conftest import corpus_file

SCHEMA = make_schema()

TYPED = [
    '"pemerintah daerah"', '"pemerintah daerah" "dana desa"', '"Presiden Joko Widodo"',
    '"covid 19"', '"jalan tol" "jalan tol"', '"dana desa" "Dana Desa"', '"tidak ada"',
    '"tidak ada" "rumah sakit"', '"dprd"', '"di"', '" . "', '"a:b c"', '"(x) OR y"',
    '"BUKAN banjir"', '"Kota-kota besar"', '"pt. pln (persero)" "di"', '"Rp 1,5 triliun"',
    '"é ü"', '"hari ini" "yang"', '"wakil gubernur" "dana desa" "gempa bumi" "timnas indonesia"',
]


def _same(text: str) -> None:
    built, parsed = phrases_query(text, SCHEMA), _parser(SCHEMA).parse(text)
    assert repr(built) == repr(parsed) and built == parsed, text
    assert [(type(leaf), getattr(leaf, "char_ranges", None), leaf.boost)
            for leaf in built.leaves()] == [
        (type(leaf), getattr(leaf, "char_ranges", None), leaf.boost) for leaf in parsed.leaves()]


@pytest.mark.parametrize("text", TYPED)
def test_typed_phrases_as_the_parser_makes_them(text):
    assert _PHRASES_ONLY.fullmatch(text)
    _same(text)


def test_phrases_of_real_titles_as_the_parser_makes_them():
    with open(corpus_file("detik-2025.csv"), encoding="utf-8", newline="") as handle:
        titles = [row.get("judul") or "" for row in itertools.islice(csv.DictReader(handle), 400)]
    titles = [t for t in titles if t and '"' not in t]
    assert len(titles) > 100
    for first, second in zip(titles[::2], titles[1::2], strict=False):
        # two to five words of each title, as a user would quote them
        one, two = " ".join(first.split()[:2]), " ".join(second.split()[1:6])
        _same(f'"{one}"')
        _same(f'"{one}" "{two}"')


def test_other_queries_still_go_through_the_parser():
    for text in ['"dana desa" korupsi', '"dana desa" -"kepala desa"', '"dana desa"~2',
                 '"dana desa" OR "alokasi dana"', 'judul:"bank indonesia"', '"dana desa']:
        assert not _PHRASES_ONLY.fullmatch(text)
    # a phrase of stopwords only is nothing: its words are then searched plainly, as before
    assert phrases_query('"tidak ada"', SCHEMA) is query.NullQuery
    assert parse_query('"tidak ada"', SCHEMA).query == _parser(SCHEMA).parse("tidak ada")

