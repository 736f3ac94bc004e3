"""Statements whose subject is an institution named by its proper name (issue 17, round 18c):
"Kantor Staf Presiden membantah ...", "Partai Golkar mengklaim ...", "Istana menyatakan ...".
The labels keep them with the institution, as written, as the speaker; it is no person and no
official. The sentences are our own writing; the articles are made by Kabar's own pipeline."""

from __future__ import annotations

import pytest

from index.extract.officials.lexicon import load_lexicon
from index.extract.pipeline import make_article
from index.extract.statements import find_statements
from index.extract.statements.cues import load_cues
from index.extract.statements.institutions import institution_named
from index.sources.drafts import Draft


def indirect(body: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in find_statements(body) if not s.direct]


@pytest.mark.parametrize("body, speaker, said", [
    ("Bank Indonesia menyatakan inflasi bulan ini masih terkendali.", "Bank Indonesia",
     "inflasi bulan ini masih terkendali"),
    ("Sebelumnya, dalam keterangan tertulisnya, Kantor Staf Presiden membantah jika pemerintah "
     "menunda pembangunan jalan tol itu.", "Kantor Staf Presiden",
     "jika pemerintah menunda pembangunan jalan tol itu"),
    ("Pada pemilihan tahun lalu, Partai Hanura mengklaim meraih suara terbanyak di kabupaten itu.",
     "Partai Hanura", "meraih suara terbanyak di kabupaten itu"),
    ("Bandung - - Istana menegaskan presiden tidak akan menghadiri acara peresmian itu.",
     "Istana", "presiden tidak akan menghadiri acara peresmian itu"),
    ("Asosiasi Pedagang Pasar Tradisional menilai harga cabai akan turun pekan depan.",
     "Asosiasi Pedagang Pasar Tradisional", "harga cabai akan turun pekan depan"),
])
def test_an_institution_as_the_subject(body: str, speaker: str, said: str) -> None:
    assert indirect(body) == [(speaker, said)]


def test_a_long_form_with_its_acronym_before_a_place() -> None:
    # the acronym's parentheses are no clause break here: the name is read from its first word
    body = ("Hujan deras turun sejak pagi. Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten "
            "Garut meminta warga di bantaran sungai tetap waspada.")
    assert indirect(body) == [("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut",
                               "warga di bantaran sungai tetap waspada")]


@pytest.mark.parametrize("body", [
    # a region after a comma is an apposition of the place, not the subject
    "Sejumlah petani jagung di Metro, Provinsi Lampung menyebutkan harga pupuk terus naik.",
])
def test_no_institution_guessed(body: str) -> None:
    assert all(speaker is None for speaker, _ in indirect(body))


@pytest.mark.parametrize("words, named", [
    (["Istana"], "Istana"),  # the seat that stands for the government
    (["Museum"], None),  # a word alone is no institution unless listed
    (["Partai", "Hanura"], "Partai Hanura"),
    (["Kota", "Bogor"], None),  # a region's name, not its government
    (["Sekolah", "Dasar"], None),  # no institution's word opens it
    (["Partai", "Hanura", "dan"], None),  # cut after a connector
])
def test_institution_named(words: list[str], named: str | None) -> None:
    assert institution_named(words, load_lexicon(), load_cues()) == named


def test_a_representative_is_no_institution() -> None:
    body = "Perwakilan Yayasan Harapan Bangsa menyatakan bantuan akan dikirim pekan depan."
    assert all(speaker != "Perwakilan Yayasan Harapan Bangsa" for speaker, _ in indirect(body))


def test_an_office_before_the_long_form_is_not_read_into_it() -> None:
    body = ("Ketua Federasi Bola Tangan Indonesia (FBTI) Jawa Barat menyatakan tim akan berangkat "
            "besok pagi.")
    assert all(speaker is None or not speaker.startswith("Ketua Federasi")
               for speaker, _ in indirect(body))


def test_an_institution_never_becomes_an_official() -> None:
    body = ("Jakarta - Kantor Staf Presiden membantah kabar bahwa rapat kabinet ditunda. Menurut "
            "Kantor Staf Presiden, rapat tetap digelar Senin depan di Istana Merdeka.")
    article = make_article(Draft("test", "test#1", "Kantor Staf Presiden bantah rapat ditunda",
                                 body))
    speakers = {s["speaker"] for s in article.statements}
    assert "Kantor Staf Presiden" in speakers
    assert all(o.name != "Kantor Staf Presiden" for o in article.officials)
    assert all(s["official"] is None for s in article.statements)


def test_a_description_after_the_institution_that_spoke() -> None:
    body = ("Bawaslu memastikan pengawasan di tempat pemungutan suara akan diperketat. Lembaga "
            "pengawas itu juga meminta warga melapor bila menemukan politik uang.")
    assert indirect(body) == [
        ("Bawaslu", "pengawasan di tempat pemungutan suara akan diperketat"),
        ("Bawaslu", "warga melapor bila menemukan politik uang"),
    ]


@pytest.mark.parametrize("body", [
    # no institution spoke before: the description names no one, nothing is guessed (the
    # statement is kept with no speaker: tests/test_statement_unresolved.py)
    "Hujan turun sejak pagi di pelabuhan. Perusahaan tersebut mengaku rugi besar tahun ini.",
    # a person spoke before: a company's description is not that person
    "Budi Santoso mengatakan gudang itu sudah penuh. Perusahaan itu menyatakan stok cukup.",
])
def test_a_description_names_no_one_by_itself(body: str) -> None:
    assert all(speaker is None for speaker, said in indirect(body)
               if said.startswith(("rugi", "stok")))


def test_a_description_after_another_organisation_named() -> None:
    body = ("Kementerian Pertanian menyatakan harga biji kopi akan naik. Kenaikan itu disambut "
            "kelompok petani, salah satunya Jaringan Tani Hijau. Lembaga ini mengatakan petani "
            "akan menambah lahan tanam.")
    assert ("Kementerian Pertanian", "petani akan menambah lahan tanam") not in indirect(body)
