"""Officials that only the statements show (index/extract/speaker_officials.py), through the
whole extraction (make_article): a speaker whose office is written at the quote where the
officials' reading does not look, and an office referred back to ("Ketua MPR RI tersebut")."""

from __future__ import annotations

from index.extract.pipeline import make_article
from index.sources.drafts import Draft


def officials(body: str, title: str = "Berita") -> list[tuple[str, str]]:
    article = make_article(Draft("test", "test#1", title, body))
    return [(o.name, o.role) for o in article.officials]


def test_an_office_in_a_cue_refers_back_to_the_speaker():
    body = (
        "Zulkifli Hasan menilai pembangunan gedung baru belum perlu. \"Rakyat lebih butuh "
        "lapangan kerja,\" kata Zulkifli di Jakarta, Senin.\n\n\"Gedung yang ada masih layak "
        "dipakai,\" terang Ketua MPR RI tersebut."
    )
    assert ("Zulkifli Hasan", "Ketua MPR RI") in officials(body)


def test_an_office_referred_back_opening_a_sentence_with_an_active_verb():
    body = (
        "\"Kami mendukung penuh penegakan hukum,\" kata Rano Alfath kepada wartawan, Rabu.\n\n"
        "Waka Komisi Hukum DPR itu kemudian mengapresiasi kerja kepolisian."
    )
    found = dict(officials(body))
    assert found.get("Rano Alfath") == "Wakil Ketua Komisi Hukum DPR"


def test_an_office_referred_back_in_a_sentence_about_someone_else_names_no_one():
    # the last speaker is a lawyer; "Ketua Umum nonaktif Partai Golkar itu disebut ..." is the
    # defendant the sentence talks about
    body = (
        "Kuasa hukum Setnov, Firman Wijaya, menyebut dakwaan itu imajinasi. \"Ada beberapa "
        "imajinasi di dalam dakwaan itu,\" tutur Firman usai sidang.\n\nSetnov diduga "
        "merugikan negara. Ketua Umum nonaktif Partai Golkar itu disebut mendapat jatah."
    )
    assert "Firman Wijaya" not in dict(officials(body))


def test_an_office_inside_a_quotation_refers_to_no_speaker():
    body = (
        "Agung, mahasiswa di Bandung, mengkritik kebijakan energi. \"Kebijakan itu tidak pro "
        "rakyat. Menteri ESDM ini sangat jauh dari rakyat,\" tegasnya."
    )
    assert "Agung" not in dict(officials(body))


def test_an_office_given_to_someone_else_in_the_role_is_not_the_speakers():
    body = (
        "Meski banyak kritik yang diarahkan kepada Menkeu, Gus Maksum justru menilai kebijakan "
        "itu tepat. \"Kebijakan ini sudah benar,\" ujar Gus Maksum."
    )
    assert ("Gus Maksum", "Menteri Keuangan") not in officials(body)


def test_a_rank_between_commas_after_the_office_at_the_quote():
    body = (
        "Polisi mengantisipasi peredaran uang palsu. \"Kemungkinan itu selalu ada,\" ujar Kepala "
        "Badan Reserse Kriminal Mabes Polri, Komjen Pol, Budi Waseso, di Jakarta, Selasa."
    )
    assert ("Budi Waseso", "Kepala Badan Reserse Kriminal Mabes Polri") in officials(body)


def test_a_lower_case_office_and_a_comma_before_the_speaker_at_the_quote():
    body = (
        "\"Penyidik mendalami aliran dana kepada pihak lain,\" ujar juru bicara KPK, Febri "
        "Diansyah di kantornya, Rabu."
    )
    assert ("Febri Diansyah", "Juru Bicara KPK") in officials(body)
