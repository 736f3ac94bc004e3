"""A typed word that is in no article (round 18's audit, `bencanna alam`): when nothing has all
the words and a close word is in the index, the corrected query is searched instead and the
response says so, with the typed query kept and a way to search it as typed (the word in
quotes). Our own sentences, in a real index built by the CLI."""

from __future__ import annotations

import json
import re

import pytest

from search import open_index
from tests.conftest import build_release_index, run_kabar
from webui import create_app

PLACES = ["desa di lereng gunung", "kampung nelayan", "kota di tepi sungai", "pulau kecil",
          "lembah pertanian"]
ARTICLES = [
    (f"Bencana alam melanda {place}", f"Warga {place} mengungsi setelah bencana alam merusak "
     f"{day * 10} rumah mereka.", f"2025-01-0{day}")
    for day, place in enumerate(PLACES, start=1)
] + [
    ("Gubernur Nur Alam diperiksa penyidik", "Penyidik memeriksa Nur Alam soal izin tambang "
     "di wilayah itu.", "2025-02-01"),
] + [
    (f"Rating acara televisi lokal naik {n} persen", f"Rating acara itu naik {n} persen bulan "
     "ini.", f"2025-03-0{n}") for n in range(1, 6)
] + [
    ("Alam terbuka jadi ruang belajar murid", "Sekolah mengajak murid belajar di alam terbuka "
     "setiap pekan.", "2025-02-02"),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return build_release_index(tmp_path_factory.mktemp("corrected"), ARTICLES)


@pytest.fixture(scope="module")
def engine(index):
    return open_index(index)


def titles(response: dict) -> list[str]:
    """The titles of the hits with all the words, without their marks."""
    return [re.sub(r"</?mark>", "", hit["title"]) for hit in response["hits"]
            if not hit["partial"]]


def test_a_word_in_no_article_is_searched_as_the_close_word_that_is(engine):
    response = engine.search("bencanna alam", limit=20)
    assert response["query"] == "bencanna alam"  # as typed
    assert response["corrected"] == {"query": "bencana alam", "exact": '"bencanna" alam'}
    assert response["relaxed"] is False and response["total"] == 5
    assert len(titles(response)) == 5
    assert all(title.startswith("Bencana alam") for title in titles(response))
    assert response["notices"][0] == ("Menampilkan hasil untuk: bencana alam. "
                                      'Cari persis: "bencanna" alam')
    assert response["suggestion"] is None


def test_a_word_in_quotes_is_searched_as_typed(engine):
    response = engine.search('"bencanna" alam', limit=20)
    assert response["corrected"] is None
    assert response["relaxed"] is True  # "alam" alone, as asked
    assert "Gubernur Nur Alam diperiksa penyidik" in titles(response)


def test_filters_hold_in_the_corrected_search(engine):
    response = engine.search("bencanna alam tanggal:2025-01-03")
    assert response["corrected"]["query"] == "bencana alam tanggal:2025-01-03"
    assert [hit["published"] for hit in response["hits"]] == ["2025-01-03"]


def test_no_correction_when_the_words_are_found_or_nothing_is_close(engine):
    assert engine.search("bencana alam")["corrected"] is None
    assert engine.search("qwzrtplk alam")["corrected"] is None
    # the exports and the statements follow the same search as the page
    listed = engine.statements("bencanna alam")
    assert listed["query"] == "bencanna alam" and listed["corrected"]["query"] == "bencana alam"
    assert listed["total"] == 5
    total, rows = engine.export("bencanna alam")
    assert total == 5 and titles({"hits": rows}) == titles(engine.search("bencana alam"))[:5]


def test_page_says_what_it_searched_and_links_the_typed_words(index):
    client = create_app({"KABAR_INDEX": str(index), "TESTING": True}).test_client()
    html = client.get("/?q=bencanna+alam").get_data(as_text=True)
    assert "Menampilkan hasil untuk: <strong>bencana alam</strong>" in html
    assert 'Cari persis: <a href="/?q=%22bencanna%22+alam">bencanna alam</a>' in html
    # a hit's article page marks the words searched
    assert 'href="/artikel?q=bencana+alam&amp;id=' in html
    exact = client.get("/?q=%22bencanna%22+alam").get_data(as_text=True)
    assert "Menampilkan hasil untuk" not in exact and "notice relaxed" in exact


def test_cli_says_what_it_searched(index):
    text = run_kabar("search", "bencanna alam", index=index, check=True).stdout
    assert text.splitlines()[0].startswith("Menampilkan hasil untuk: bencana alam.")
    assert '5 hasil untuk "bencana alam"' in text
    response = json.loads(run_kabar("search", "bencanna alam", "--json", index=index,
                                    check=True).stdout)
    assert response["query"] == "bencanna alam"


def test_a_short_word_or_a_rare_correction_is_only_suggested(engine):
    # four letters: "alan" may be a new term as well as a slip of "alam"
    short = engine.search("alan bencana")
    assert short["corrected"] is None and short["suggestion"] == "alam bencana"
    # "murid" is in one article here: too rare to be searched instead of a word typed
    rare = engine.search("muridd belajar")
    assert rare["corrected"] is None and rare["suggestion"] == "murid belajar"


def test_a_region_name_is_never_taken_for_a_typo(engine):
    # no article here names Katingan, while "rating" would be one letter away
    response = engine.search("bencana katingan")
    assert response["corrected"] is None and response["relaxed"] is True
