"""Issue 15 (round 18 hyphen-names): a name's hyphenated part written between spaces, as
pre-tokenised texts do ("Moon Jae - in", "Butar - butar"), is part of the name, in officials,
speakers and identities alike; a dash before a clause, a pair of people and Indonesian
reduplication stay as written. The sentences and names are ours."""

from __future__ import annotations

from index.extract.hyphen_names import joined_names
from index.extract.pipeline import make_article
from index.sources.drafts import Draft


def article(body: str, title: str = "Berita"):
    return make_article(Draft("test", "test#1", title, body))


def test_an_east_asian_given_name_is_joined_and_the_length_kept():
    for written, joined in [
        ("Presiden Korea Selatan Han Seo - jun , kata", "Han Seo-jun"),
        ("pemimpin Korea Utara Ryu Chol - min.", "Ryu Chol-min"),
        ("Menlu Pyo Dong - hwan mengatakan", "Pyo Dong-hwan"),
        ("hakim Parlindungan Tobarangin - Tobarangin saat", "Tobarangin-Tobarangin"),
        ("hakim Rudi Halomoan Sibarangin - sibarangin saat", "Sibarangin-sibarangin"),
    ]:
        text = joined_names(written)
        assert len(text) == len(written)
        assert joined in text, written


def test_a_dash_a_pair_and_a_reduplication_stay():
    for written in [
        "Menteri Wang Lijun - tetap menolak tawaran itu",  # a long word before the dash
        "Presiden Lee Han - yang hadir kemarin - menolak",  # a function word, no syllable
        "Pasangan Budi - Rina menang di dua kecamatan",  # two people
        "Para Anak - anak bermain di halaman",  # reduplication of an attested word
        "Baru - baru ini warga mengeluh",
        "Gubernur Ahmad Tono - kata warga - jarang hadir",
    ]:
        assert joined_names(written) == written


def test_the_official_and_the_speaker_are_the_full_name():
    body = ("Presiden Korea Selatan Han Seo - jun mengatakan negaranya siap berunding kapan "
            "saja. \"Kami membuka pintu dialog,\" kata Han Seo - jun di Seoul.")
    found = article(body)
    roles = {o.name: o.role for o in found.officials}
    assert roles.get("Han Seo-jun") == "Presiden Korea Selatan"
    assert not any(o.name == "Han Seo" for o in found.officials)
    speakers = {s["speaker"] for s in found.statements}
    assert speakers == {"Han Seo-jun"}
    for statement in found.statements:  # the text stays as the body writes it
        start, text = statement["start"], statement["text"]
        assert body[start:start + len(text)] == text


def test_a_batak_name_repeated_in_lower_case_is_one_name():
    body = ("Ketua Majelis Hakim Rudi Halomoan Sibarangin - sibarangin saat membacakan putusan "
            "menyatakan terdakwa terbukti bersalah.")
    names = {o.name for o in article(body).officials}
    assert "Rudi Halomoan Sibarangin-sibarangin" in names
    assert "Rudi Halomoan Sibarangin" not in names


def test_a_quote_that_ends_on_a_joined_name_keeps_its_written_end():
    body = ("\"Tamu pertama yang kami undang adalah Park Ji - hun\", kata Wali Kota Bandar "
            "Sejahtera Ahmad Fauzan.")
    quotes = [s["text"] for s in article(body).statements]
    assert quotes and quotes[0].endswith("Park Ji - hun")
