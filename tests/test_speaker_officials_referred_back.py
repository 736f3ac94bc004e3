"""Issue 15 (round 18): an office referred back to at a quote, written in lower case in the cue
('"...," kata anggota Komisi I DPR itu'), or a legislator referred back to by party ("Legislator
PKB ini menyebut ..."), names the speaker quoted just before; not when someone else has been
named since, nor a lower-case office outside a cue, nor "legislator" without a party."""

from __future__ import annotations

import pytest

from index.extract.officials.legislators import legislator_before
from index.extract.pipeline import make_article
from index.sources.drafts import Draft


def officials(body: str, title: str = "Berita") -> dict[str, str]:
    article = make_article(Draft("test", "test#1", title, body))
    return {o.name: o.role for o in article.officials}


def test_a_lower_case_office_in_a_cue_refers_back_to_the_speaker():
    body = (
        "Menurut politisi Partai Demokrat, Darmawan Sukri, lembaga itu tak perlu diisi lagi. "
        "\"Sebaiknya digabung saja,\" kata Darmawan melalui pesan singkat, Selasa.\n\n"
        "Ia mencontohkan tugas itu dapat diatur di bawah sekretariat. \"Tugas itu sudah ada "
        "di lembaga lain,\" kata anggota Komisi I DPR itu."
    )
    assert officials(body).get("Darmawan Sukri") == "Anggota Komisi I DPR"


def test_a_lower_case_former_office_in_a_cue_keeps_mantan():
    body = (
        "Rustam Efendi mengkritik rencana itu. \"Anggarannya terlalu besar,\" kata Rustam, "
        "Senin.\n\n\"Rakyat lebih butuh sekolah,\" ujar mantan anggota DPRD Jawa Tengah itu."
    )
    assert officials(body).get("Rustam Efendi") == "Mantan Anggota DPRD Jawa Tengah"


def test_a_lower_case_office_outside_a_cue_names_no_one():
    body = (
        "Rustam Efendi mengkritik rencana itu. \"Anggarannya terlalu besar,\" kata Rustam, "
        "Senin.\n\nIa lalu menyerahkan surat kepada anggota Komisi I DPR itu."
    )
    assert "Rustam Efendi" not in officials(body)


def test_someone_named_after_the_speaker_may_be_the_one_referred_back():
    # the quotation is the second man's, whom the text names after the first one's answer
    body = (
        "\"Sudah satu jam, kan?\" tanya Hendra Wijaya kepada panitia, Selasa. \"Masih setengah "
        "jam lagi, pak,\" jawab anggota panitia, Sari Lestari kepada Hendra. \"Lama sekali, "
        "bisa seharian,\" ucap mantan ketua MK tersebut."
    )
    assert "Sari Lestari" not in officials(body)


def test_a_legislator_referred_back_by_party_is_the_speaker():
    body = (
        "\"Kami menghargai keputusan komisi itu,\" kata Marzuki kepada wartawan, Rabu "
        "(3/9/2025).\n\nLegislator PKB ini menyebut keputusan itu bijak."
    )
    assert officials(body).get("Marzuki") == "Legislator PKB"


def test_a_legislator_by_party_in_a_cue_is_the_speaker():
    body = (
        "Hartono Wibisono meminta pemerintah duduk bersama. \"Semua harus bersatu,\" kata "
        "Hartono di kompleks parlemen.\n\n\"Ini demi rakyat,\" kata legislator Gerindra itu."
    )
    assert officials(body).get("Hartono Wibisono") == "Legislator Gerindra"


@pytest.mark.parametrize("head", [
    "Ajang Best Legislator ",  # no party after it
    "kata Legislator DPP ",  # a party organ alone is no party
    "Legislator PKB Budi ",  # a name after the party: not a reference back
])
def test_legislator_without_its_party_right_before_the_reference_is_not_read(head):
    assert legislator_before(head) is None


def test_a_legislator_referred_back_in_a_sentence_about_someone_else_names_no_one():
    body = (
        "\"Kami menghargai keputusan itu,\" kata Marzuki kepada wartawan.\n\nWarga mendatangi "
        "rumah legislator PKB itu kemarin."
    )
    assert "Marzuki" not in officials(body)
