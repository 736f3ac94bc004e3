"""Issue 15 (round 18 facet-clean): a place read as an official's name is no official. An
office's object runs on into a place when no holder follows it ("Menteri Luar Negeri Timor
Leste", "Kapolsek Cibeureum", "kata Wali Kota Ranuvella"): a country or region named whole, or
a word of one that the article writes as a place ("di Cibeureum", "Kecamatan Rawaluhur"), is
not a person; a person's name the article writes otherwise stays. The sentences are ours."""

from __future__ import annotations

from index.extract.officials import load_lexicon
from index.extract.officials.place_names import names_a_place
from index.extract.pipeline import make_article
from index.sources.drafts import Draft


def officials(body: str, title: str = "Berita") -> dict[str, str]:
    article = make_article(Draft("test", "test#1", title, body))
    return {o.name: o.role for o in article.officials}


def test_a_country_named_whole_is_a_place_and_a_name_is_not():
    lexicon = load_lexicon()
    body = "Rute bus itu disambut Timor Leste, kata Menteri Luar Negeri Ratna Wulandari."
    assert names_a_place("Timor Leste", body, lexicon)
    assert not names_a_place("Ratna Wulandari", body, lexicon)
    assert not names_a_place("Sri", "Forum digelar di Sri Lanka.", lexicon)  # the place's start


def test_a_police_sector_the_article_writes_after_di_is_no_chief():
    body = ("Massa membakar sebuah pos ronda di Cibeureum, Jumat dini hari. Sebanyak 20 polisi, "
            "termasuk Kapolsek Cibeureum, disiagakan di lokasi sejak malam.")
    assert "Cibeureum" not in officials(body)


def test_a_district_written_after_kecamatan_is_no_camat():
    body = ("Danau itu terletak di Kecamatan Rawaluhur, di ujung timur kabupaten. Sewaktu "
            "wartawan berkeliling ditemani Camat Rawaluhur dan warga, danau tampak ramai.")
    assert "Rawaluhur" not in officials(body)


def test_a_foreign_town_whose_mayor_is_quoted_is_no_official():
    body = ("Perempuan yang tinggal di Ranuvella, utara Italia, itu meninggal pada usia 109 "
            "tahun. \"Ia teladan bagi kota kami,\" kata Wali Kota Ranuvella.")
    assert "Ranuvella" not in officials(body)


def test_a_name_the_article_quotes_as_a_speaker_stays():
    body = ("Gubernur Wirya meninjau gudang beras. Rapat berikutnya digelar di Wirya saja, "
            "katanya. \"Stok aman sampai akhir tahun,\" kata Wirya.")
    assert officials(body).get("Wirya") == "Gubernur"

