"""One person, several offices: the first written wins, a public office wins over a party's
post, an office held now over a former one, and a speaker's current office read from the
statements over a former one referred back to."""

from __future__ import annotations

import pytest

from extracted import officials
from index.extract.pipeline import make_article
from index.sources.drafts import Draft


@pytest.mark.parametrize("text, official", [
    ("Ketua DPRD sekaligus Ketua DPC Partai Golkar Budi Santosa hadir.",
     ("Budi Santosa", "Ketua DPRD")),
    ("Kepala Badan Pangan Nasional (Bapanas) sekaligus Menteri Pertanian Budi Santosa hadir.",
     ("Budi Santosa", "Kepala Badan Pangan Nasional")),
    ("Menteri Pertanian dan juga Kepala Badan Pangan Nasional (Bapanas) Budi Santosa hadir.",
     ("Budi Santosa", "Menteri Pertanian")),
    ("Budi Santosa, Ketua DPRD sekaligus Ketua DPC Partai Golkar, hadir.",
     ("Budi Santosa", "Ketua DPRD")),
])
def test_two_offices_of_one_person_give_the_first_written(text, official):
    assert officials(text) == [official]


def test_a_party_post_written_first_gives_way_to_the_public_office():
    text = "Sekjen Partai Golkar sekaligus Ketua Fraksi Golkar DPR RI Budi Santosa mengatakan."
    assert officials(text) == [("Budi Santosa", "Ketua Fraksi Golkar DPR RI")]


@pytest.mark.parametrize("text, expected", [
    # a second office after the holder's name, the first a party's post: the public one wins
    ("Calon terkuat adalah Ketua DPP Partai Amanat Nasional Rahmat Hidayat, yang kini menjabat "
     "sebagai Menteri Perdagangan.", [("Rahmat Hidayat", "Menteri Perdagangan")]),
    ("Calon terkuat adalah Ketua DPP Partai Golkar Rahmat Hidayat yang juga Menteri Perdagangan.",
     [("Rahmat Hidayat", "Menteri Perdagangan")]),
    # the party's post in Title Case the office reader leaves unread
    ("Menurut dia, yang tepat adalah Ketua Bidang Ekonomi Rahmat Hidayat, yang kini menjabat "
     "sebagai Menteri Perdagangan.", [("Rahmat Hidayat", "Menteri Perdagangan")]),
    # a party's regional board first, the public office in a later sentence
    ("Ketua DPD Golkar Jawa Timur Suharli Wibowo ditangkap. Suharli, yang juga menjabat Bupati "
     "Jombang, terjaring operasi.", [("Suharli Wibowo", "Bupati Jombang")]),
])
def test_a_public_office_after_the_name_wins_over_a_party_post(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a public office first stays: the second is a party's post
    ("Wakil Ketua DPR Rahmat Hidayat yang juga menjabat Wakil Ketua Umum Partai Gerindra hadir.",
     [("Rahmat Hidayat", "Wakil Ketua DPR")]),
    # a former office after the name does not replace the one held now
    ("Bupati Katingan Sakariyas, yang juga mantan Ketua DPRD Katingan, hadir.",
     [("Sakariyas", "Bupati Katingan")]),
])
def test_the_office_held_now_stays(text, expected):
    assert officials(text) == expected


def test_a_former_public_office_wins_over_a_party_post():
    text = ("Dana mengalir ke rekening Ketua Dewan Kehormatan PAN Hendra Wijaya. Jaksa menyebut "
            "Hendra Wijaya menerima Rp 100 juta. Transfer kepada mantan Ketua MPR itu dilakukan "
            "dua kali.")
    assert officials(text) == [("Hendra Wijaya", "Mantan Ketua MPR")]


def test_a_speakers_current_office_wins_over_a_former_one():
    body = ("Polisi mengawasi peredaran uang palsu. \"Kita harus antisipasi,\" ujar Kepala Badan "
            "Reserse Kriminal Polri, Komjen Pol, Arief Santoso, di Jakarta. \"Kita awasi,\" ujar "
            "Arief. Mantan Kapolda Gorontalo itu menambahkan, pengawasan dilakukan di semua "
            "wilayah. \"Bisa di mana saja,\" tutur Arief.")
    article = make_article(Draft(title="Polisi awasi uang palsu", body=body,
                                 url="https://contoh.id/1", origin="t", record_id="t#1"))
    assert [(o.name, o.role) for o in article.officials] == [
        ("Arief Santoso", "Kepala Badan Reserse Kriminal Polri")]
