"""Office holders named without their office (index/extract/officials/office_holders.py,
index/data/office_holders.tsv): an official of an article dated inside one of their terms, with
no role, through the whole pipeline that the index stores, and the user's own lines."""

from __future__ import annotations

import os
from datetime import date, datetime

import pytest

from conftest import corpus_file
from index.data_files import DataFileError
from index.extract.officials import office_holders
from index.extract.officials.office_holders import add_office_holders, read_terms
from index.extract.pipeline import make_article
from index.sources.drafts import Draft

# A full article (longer than a brief), so that only the dated file can find the person
FILLER = "Rapat itu membahas anggaran daerah dan program kerja tahun depan. " * 10


def stored(title: str, body: str, published: datetime | None) -> list[tuple[str, str]]:
    draft = Draft(origin="test", record_id="test#1", title=title, body=body,
                  url="https://example.id/berita/1", source="Contoh", published=published)
    return [(o.name, o.role) for o in make_article(draft).officials]


def test_a_holder_named_without_an_office_is_an_official_only_inside_a_term():
    body = f"Kebijakan Anies Baswedan soal ujian nasional dibahas. {FILLER}"
    assert stored("Ujian Nasional", body, datetime(2016, 3, 1)) == [("Anies Baswedan", "")]
    # before his term, and after it: no office held
    assert stored("Ujian Nasional", body, datetime(2014, 3, 1)) == []
    assert stored("Ujian Nasional", body, datetime(2025, 3, 1)) == []
    # an article with no date: nothing is known
    assert stored("Ujian Nasional", body, None) == []


def test_a_nickname_from_the_alias_file_counts_and_a_bare_surname_does_not():
    body = f"Proyek itu diresmikan Jokowi di Solo. {FILLER}"
    assert stored("Proyek Tol", body, datetime(2017, 5, 2)) == [("Joko Widodo", "")]
    body = f"Warga bernama Widodo dan Joko datang ke balai desa. {FILLER}"
    assert stored("Balai Desa", body, datetime(2017, 5, 2)) == []


def test_the_office_written_in_the_text_wins():
    body = f"Menteri Keuangan Sri Mulyani Indrawati menjelaskan defisit. {FILLER}"
    assert stored("Defisit", body, datetime(2017, 1, 5)) == [
        ("Sri Mulyani Indrawati", "Menteri Keuangan")]


@pytest.mark.parametrize("written", [
    "mantan Presiden RI, Susilo Bambang Yudhoyono",
    "Presiden ke-6 RI Susilo Bambang Yudhoyono",
    "Presiden keenam Susilo Bambang Yudhoyono",
    "proyek era Susilo Bambang Yudhoyono",
])
def test_a_former_holder_or_a_period_holds_no_office_in_the_whole_article(written):
    # SBY chaired his party in 2016; the article presents him as a former president, and a
    # later "SBY" alone or a headline does not make him an official ("mantan Presiden RI" and
    # "Presiden ke-6 RI" are the extractor's roles: a former holder named with the office)
    body = f"Pernyataan {written} dikutip. {FILLER} Kata SBY, ekonomi harus dijaga."
    assert stored("SBY Soal Ekonomi", body, datetime(2016, 5, 1)) in (
        [], *([("Susilo Bambang Yudhoyono", role)]
              for role in ("Mantan Presiden RI", "Presiden ke-6 RI", "Presiden keenam")))


def test_a_name_that_is_part_of_a_thing_or_of_a_longer_name_is_not_the_person():
    for text in ("Bus melintas di Jalan Joko Widodo kemarin.",
                 "Warga bernama Joko Widodo Saputra melapor."):
        assert stored("Warga", f"{text} {FILLER}", datetime(2017, 5, 2)) == []


def test_a_term_ends_on_its_day():
    body = f"Keterangan Purbaya Yudhi Sadewa dikutip. {FILLER}"
    assert stored("Fiskal", body, datetime(2025, 9, 7)) == []
    assert stored("Fiskal", body, datetime(2025, 9, 8)) == [("Purbaya Yudhi Sadewa", "")]
    body = f"Keterangan Sri Mulyani Indrawati dikutip. {FILLER}"
    assert stored("Fiskal", body, datetime(2025, 9, 8)) == [("Sri Mulyani Indrawati", "")]
    assert stored("Fiskal", body, datetime(2025, 9, 9)) == []


def test_terms_are_read_in_order_and_a_dash_line_removes_a_person_s_terms():
    lines = ["A B\tMenteri\t\t2015-01-01\t2016-01-01", "A B\tMenteri\t\t2018-01-01\t",
             "C D\tGubernur Bali\tBali\t2019-01-01\t2020-01-01",
             "C D\tGubernur Bali\t\t-\t-", "C D\tGubernur Bali\tBali\t2021-01-01\t2022-01-01"]
    terms = read_terms(lines)
    assert [t.holds(date(2015, 6, 1)) for t in terms["A B"]] == [True, False]
    assert any(t.holds(date(2030, 1, 1)) for t in terms["A B"])  # no end: still in office
    assert [(t.start.year, t.region) for t in terms["C D"]] == [(2021, "Bali")]


@pytest.mark.parametrize("line, says", [
    ("A B\tMenteri\t\t2015-13-01\t", "is not a date"),
    ("A B\tMenteri\t\t2016-01-01\t2015-01-01", "ends before it starts"),
    ("A B\tMenteri", "needs a name, an office"),
])
def test_a_bad_line_names_itself(line, says):
    with pytest.raises(DataFileError, match=says):
        read_terms([line])


@pytest.fixture
def own_lines():
    folder = os.environ["KABAR_DATA"]
    path = os.path.join(folder, office_holders.FILE)

    def write(text: str) -> None:
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
        office_holders._holders.cache_clear()

    yield write
    os.remove(path)
    office_holders._holders.cache_clear()


def test_a_user_adds_a_holder_and_corrects_a_term_in_their_own_file(own_lines):
    body = f"Keterangan Ratna Sari Dewi dan Anies Baswedan dikutip. {FILLER}"
    assert [o.name for o in add_office_holders("Rapat", body, date(2016, 3, 1), [])] == [
        "Anies Baswedan"]
    own_lines("# mine\nRatna Sari Dewi\tBupati Contoh\t\t2015-01-01\t\n"
              "Anies Baswedan\tMenteri Pendidikan dan Kebudayaan\t\t-\t-\n")
    assert [o.name for o in add_office_holders("Rapat", body, date(2016, 3, 1), [])] == [
        "Ratna Sari Dewi"]


def test_a_bad_user_line_stops_with_its_message(own_lines):
    own_lines("Ratna Sari Dewi\tBupati Contoh\t\tkemarin\t\n")
    with pytest.raises(DataFileError, match="'kemarin' is not a date"):
        add_office_holders("Rapat", "Ratna Sari Dewi hadir.", date(2016, 3, 1), [])


def test_on_the_corpus_holders_found_are_in_office_on_the_article_s_date():
    """Over the detik export: everyone the file adds held an office on the article's date, and
    a holder of 2025 named in 2025 articles without an office is found."""
    from index.sources.files import read_source

    terms = read_terms(office_holders.word_list(office_holders.FILE))
    added = 0
    names: set[str] = set()
    for draft in read_source(str(corpus_file("detik-2025.csv"))):
        if not isinstance(draft, Draft) or draft.published is None:
            continue
        found = add_office_holders(draft.title, draft.body, draft.published, [])
        for official in found:
            assert official.role == ""
            assert any(t.holds(draft.published.date()) for t in terms[official.name]), (
                official.name, draft.published)
        added += len(found)
        names |= {o.name for o in found}
    assert added > 100
    assert "Prabowo Subianto" in names
    assert not names & {"Anies Baswedan", "Ganjar Pranowo", "Joko Widodo", "Ridwan Kamil"}


def test_a_holder_the_article_spells_otherwise_with_an_office_is_not_added_again():
    body = (f"Gubernur DKI Jakarta Basuki Tjahja Purnama menanggapi. {FILLER} Basuki Tjahaja "
            "Purnama berterima kasih.")
    names = [name for name, _ in stored("Sumber Waras", body, datetime(2016, 9, 8))]
    assert len(names) == 1 and names[0].startswith("Basuki")


def test_a_short_form_of_public_figures_names_a_holder_inside_a_term():
    # "Prabowo" alone is a short form that public_figures.tsv gives to Prabowo Subianto only
    body = f"Dalam sidang kabinet, Prabowo meminta para menteri bekerja keras. {FILLER}"
    assert stored("Sidang Kabinet", body, datetime(2025, 10, 20)) == [("Prabowo Subianto", "")]
    assert stored("Sidang Kabinet", body, datetime(2012, 10, 20)) == []  # no office then


def test_a_short_form_written_beside_another_name_word_counts_nowhere_in_the_article():
    # the article names another Prabowo: its bare "Prabowo" could be either
    body = (f"Kapolri Listyo Sigit Prabowo hadir. {FILLER} Prabowo meminta aparat siaga. "
            f"{FILLER}")
    assert stored("Aparat Siaga", body, datetime(2025, 10, 20)) == [
        ("Listyo Sigit Prabowo", "Kepala Kepolisian Negara Republik Indonesia")]


def test_the_office_written_beside_a_nickname_is_the_role():
    body = (f"Agus Harimurti Yudhoyono hadir di acara itu. {FILLER} \"Tadi Pak AHY (Menko "
            f"Infra) menjelaskan,\" kata Diana. {FILLER}")
    assert stored("Infrastruktur", body, datetime(2025, 8, 27)) == [(
        "Agus Harimurti Yudhoyono",
        "Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan")]
    body = f"Agus Harimurti Yudhoyono hadir. {FILLER} Menko AHY lalu menjelaskan. {FILLER}"
    assert stored("Infrastruktur", body, datetime(2025, 8, 27)) == [
        ("Agus Harimurti Yudhoyono", "Menteri Koordinator")]


def test_a_short_form_after_mantan_in_its_clause_does_not_make_the_person_a_former_holder():
    body = (f"Sebelumnya Donald Trump merilis memo. {FILLER} FBI memata-matai "
            f"mantan anggota tim kampanye Trump. {FILLER}")
    assert [name for name, _ in stored("Memo", body, datetime(2018, 2, 4))] == ["Donald Trump"]


def test_the_office_a_person_runs_for_after_their_name_is_their_role_as_a_candidate():
    body = (f"Ada tiga pasangan calon, yaitu Agus Harimurti Yudhoyono - Sylviana Murni. {FILLER} "
            f"Presiden mendukung Agus Harimurti Yudhoyono yang memilih maju jadi Cagub DKI "
            f"daripada kariernya di dunia militer. {FILLER}")
    assert ("Agus Harimurti Yudhoyono", "Calon Gubernur DKI Jakarta") in stored(
        "Pilkada", body, datetime(2016, 9, 28))


def test_a_party_post_alone_makes_no_one_an_official_whose_office_is_not_written():
    # Surya Paloh has chaired NasDem since 2013 and held no state office: a party post is no
    # public office for the labels, so named without it he is no official
    body = f"Surya Paloh menerima tamu di kantornya. {FILLER}"
    assert stored("Tamu", body, datetime(2025, 3, 1)) == []
    # written with it, he is no official either: a party's post is no public office
    body = f"Ketua Umum Partai NasDem Surya Paloh menerima tamu. {FILLER}"
    assert stored("Tamu", body, datetime(2025, 3, 1)) == []
