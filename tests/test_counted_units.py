"""'setahun', '1 tahun' and 'satu tahun' find one another (index/data/counted_units.txt,
search/synonyms.py), on real articles: news writes all three for the same thing."""

from __future__ import annotations

import re

import pytest

from search import open_index
from search.synonyms import expand_query


@pytest.fixture(scope="module")
def corpus(corpus_index):
    return open_index(corpus_index)


def test_a_unit_counted_by_se_is_one_unit_each_way():
    assert expand_query("setahun prabowo") == (
        '(setahun OR "1 tahun" OR "satu tahun") prabowo')
    assert expand_query("1 pekan") == '((1 pekan) OR "satu pekan" OR sepekan)'
    # a number other than one, and a unit alone, stay as typed
    assert expand_query("2 tahun") == "2 tahun"
    assert expand_query("tahun baru") == "tahun baru"


def _titles(response) -> list[str]:
    return [re.sub(r"</?mark>", "", h["title"]) for h in response["hits"] if not h["partial"]]


def test_setahun_finds_the_headlines_that_write_1_tahun_and_satu_tahun(corpus):
    titles = _titles(corpus.search("setahun pemerintahan prabowo", limit=100))
    assert any(t.startswith("1 Tahun Pemerintahan Prabowo") for t in titles)
    assert any("Setahun Pemerintahan Prabowo" in t for t in titles)
    back = _titles(corpus.search("1 tahun prabowo", limit=100))
    assert any("Setahun" in t for t in back) and any("Satu Tahun" in t for t in back)
