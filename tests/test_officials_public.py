"""Only people holding public office are officials (docs/officials.md, "Who counts"): a party's
post or a state company's post alone makes no one an official, though the office reader still
reads it (a statement keeps it as its speaker's role); a public office the article gives the
same person, held, held before or sought, is their role."""

from __future__ import annotations

import pytest

from extracted import officials
from index.extract.officials import load_lexicon
from index.extract.officials.office_mentions import mentions
from index.extract.pipeline import make_article
from index.sources.drafts import Draft


@pytest.mark.parametrize(("text", "read"), [
    # heads of state- and region-owned companies (state_companies.txt), party posts
    ("Direktur Utama PT Pertamina (Persero) Rina Wulandari meninjau depo.",
     ("Rina Wulandari", "Direktur Utama PT Pertamina")),
    ("Dirut Bank BJB Agus Salim membuka cabang baru.", ("Agus Salim", "Direktur Utama Bank BJB")),
    ("Ketua Umum Partai Golkar Bambang Hartono hadir.",
     ("Bambang Hartono", "Ketua Umum Partai Golkar")),
    ("Ketua DPD Golkar Kalteng Ahmad Yani membuka rapat partai.",
     ("Ahmad Yani", "Ketua DPD Golkar Kalimantan Tengah")),
    # Golkar's numbered regional boards: "DPD I" (province), "DPD II" (kabupaten/kota)
    ("Ketua DPD I Partai Golkar Provinsi Jambi Hendra Saputra membuka rapat partai.",
     ("Hendra Saputra", "Ketua DPD I Partai Golkar Provinsi Jambi")),
    ("Sekretaris DPD II Golkar Kota Bogor Wawan Hermawan hadir.",
     ("Wawan Hermawan", "Sekretaris DPD II Golkar Kota Bogor")),
    ("Sekjen PDIP Hari Santoso menanggapi kritik itu.",
     ("Hari Santoso", "Sekretaris Jenderal PDIP")),
    ("Ketua Harian Partai Gerindra Dimas Arya menanggapi kritik itu.",
     ("Dimas Arya", "Ketua Harian Partai Gerindra")),
    ("Direktur Utama PT Telkom Indonesia (Persero) Tbk Rudi Hartono hadir.",
     ("Rudi Hartono", "Direktur Utama PT Telkom Indonesia")),
    ("Komisaris Utama PT Pertamina Budi Santoso hadir.",
     ("Budi Santoso", "Komisaris Utama PT Pertamina")),
    ("\"Kami pastikan,\" beber Wasekjen PKS Mardani Alisera kepada wartawan.",
     ("Mardani Alisera", "Wakil Sekretaris Jenderal PKS")),
    ("\"Kami sepakat,\" kata Ketua Dewan Pimpinan Wilayah (DPW) PPP Jateng, Masrukhan "
     "Syamsurie, di Semarang.",
     ("Masrukhan Syamsurie", "Ketua Dewan Pimpinan Wilayah PPP Jawa Tengah")),
])
def test_a_party_or_company_post_alone_is_read_but_makes_no_official(text, read):
    assert read in [(m.name, m.role) for m in mentions(text, load_lexicon())]
    assert officials(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a former public office written apart from the party's post: held before still counts
    ("Dana itu mengalir ke Ketua Dewan Kehormatan PAN Rahmat Hidayat. Mantan Ketua MPR Rahmat "
     "Hidayat membantahnya.", [("Rahmat Hidayat", "Mantan Ketua MPR")]),
    ("Mantan Ketua MPR Rahmat Hidayat membantah. Ketua Dewan Kehormatan PAN Rahmat Hidayat "
     "hadir.", [("Rahmat Hidayat", "Mantan Ketua MPR")]),
    # a public office held now wins over one held before, the party's post aside
    ("Mantan Bupati Katingan Sakariyas hadir. Ketua DPD Golkar Kalteng Sakariyas, yang juga "
     "menjabat Gubernur Kalteng, membuka rapat.", [("Sakariyas", "Gubernur Kalimantan Tengah")]),
    # a party's faction in a legislature is a legislator's post
    ("Ketua Fraksi PKS Jazuli Juwaini menolak usulan itu.",
     [("Jazuli Juwaini", "Ketua Fraksi PKS")]),
    # a party's chair the article says is running for a public office is a candidate
    ("Pilihannya Ketua Umum Gerindra Bambang Hartono. Partai itu mengusung Bambang untuk maju "
     "menjadi Presiden RI periode 2019 - 2024.", [("Bambang Hartono", "Calon Presiden RI")]),
])
def test_a_public_office_anywhere_in_the_article_keeps_the_person(text, expected):
    assert officials(text) == expected


def test_a_candidate_of_a_pair_with_a_party_post_keeps_no_role():
    text = ("Partai itu mendukung pasangan calon Rudi Santoso - Ahmad Yani. Ketua DPD Golkar "
            "Kalteng Ahmad Yani hadir.")
    assert ("Ahmad Yani", "") in officials(text)


def test_a_state_companys_speaker_keeps_the_role_without_an_official():
    body = ("Harga BBM tidak naik bulan ini. \"Stok kami aman sampai akhir tahun,\" kata Direktur "
            "Utama PT Pertamina Rina Wulandari di Jakarta, Senin. Sementara itu, Gubernur Jawa "
            "Barat Dedi Mulyadi mengatakan, \"Kami memantau harga di pasar setiap hari.\"")
    article = make_article(Draft("test", "a", "Stok BBM Aman", body))
    assert [(o.name, o.role) for o in article.officials] == [
        ("Dedi Mulyadi", "Gubernur Jawa Barat")]
    speakers = {s["speaker"]: s for s in article.statements}
    assert "Direktur Utama PT Pertamina" in speakers["Rina Wulandari"]["role"]
    assert speakers["Rina Wulandari"]["official"] is None
    assert speakers["Dedi Mulyadi"]["official"] == "Dedi Mulyadi"


def test_a_party_post_at_the_quote_adds_no_official():
    body = ("Rapat itu berlangsung tertutup. Sementara itu, Ketua DPD Partai NasDem Sumut, "
            "Iskandar Hasibuan mengatakan, \"Kami menghormati keputusan itu.\" Ia menolak "
            "berkomentar lagi.")
    article = make_article(Draft("test", "b", "Rapat", body))
    assert article.officials == []
    assert [s["official"] for s in article.statements if s["speaker"] == "Iskandar Hasibuan"] == [
        None]
