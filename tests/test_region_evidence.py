"""Regions from weighted evidence (issue 15, regions round 6): each mention weighs its zone
times its cue (index/extract/regions/evidence.py), read from real text through
extract_regions, and the decision itself on evidence written out."""

from __future__ import annotations

import pytest

from extracted import FILLER
from index.extract.regions import article_evidence, extract_regions
from index.extract.regions import cues as region_cues
from index.extract.regions.evidence import (
    BARE,
    BODY,
    LATE,
    LEAD,
    OUTRIGHT,
    TITLE,
    WEIGHTS,
    Evidence,
    Mention,
    choose,
)

JATENG_LEAD = ("Gubernur Jawa Tengah meminta pemerintah daerah menjaga lahan pertanian di "
               "Jawa Tengah." + FILLER)


def story(lead: str, middle: str = "", late: str = "") -> str:
    """A long body: `lead`, `middle` in the body's middle, `late` in its last part."""
    return lead + "\n" + FILLER * 3 + "\n" + middle + FILLER * 3 + "\n" + late + FILLER


def cues(title: str, body: str, region: str) -> list[tuple[str, str]]:
    return [(m.zone, m.cue) for m in article_evidence(title, body).mentions
            if m.region == region]


def test_kabupaten_named_twice_in_the_last_part_of_a_story_about_their_province_count():
    late = ("Sertifikasi dilakukan di tiga kabupaten. Yakni, Cilacap, Blora, dan Wonosobo. "
            "Lahan tersebar di tiga kabupaten, yakni Blora (48.967 ha), Cilacap (53.000 ha), dan "
            "Wonosobo (10.168 ha).")
    assert extract_regions("Gubernur Jateng Jaga Lahan", story(JATENG_LEAD, late=late)) == (
        ["Jawa Tengah"], ["Kabupaten Cilacap", "Kabupaten Blora", "Kabupaten Wonosobo"])


def test_a_kota_named_once_in_the_body_of_a_story_about_its_province_does_not():
    middle = "Sudah ada tiga Sekolah Rakyat di Semarang Timur dan satu di Salatiga."
    assert extract_regions("Gubernur Jateng Jaga Lahan", story(JATENG_LEAD, middle)) == (
        ["Jawa Tengah"], [])


def test_a_kabupaten_followed_by_its_province_weighs_as_one_named_outright():
    lead = "Presiden menghadiri pernikahan kerabatnya di Gianyar, Bali, Sabtu." + FILLER
    assert cues("", lead, "Kabupaten Gianyar") == [(LEAD, "with-province")]
    assert extract_regions("Presiden Hadiri Pernikahan", story(lead)) == (
        ["Bali"], ["Kabupaten Gianyar"])


@pytest.mark.parametrize(("lead", "region"), [
    ("Penyidik menelusuri aliran dana dari Ketua KONI Ponorogo kepada tersangka.",
     "Kabupaten Ponorogo"),
    ("Pemerintah menyiapkan 1.900 kamar hotel untuk perayaan Festival Boalemo.",
     "Kabupaten Boalemo"),
])
def test_a_region_inside_an_organisations_or_events_name_is_not_enough(lead, region):
    assert cues("", lead + FILLER, region) == [(LEAD, "named-after")]
    assert extract_regions("Kabar Hari Ini", story(lead + FILLER)) == ([], [])


@pytest.mark.parametrize(("lead", "region"), [
    # a kind or a place word inside the name does not make the region its place
    ("Penyidik menelusuri aliran dana dari Ketua KONI Kabupaten Ponorogo kepada tersangka.",
     "Kabupaten Ponorogo"),
    ("KPK mendalami dana nonbujeter Bank Pembangunan Daerah Jawa Barat dan Banten (Bank BJB).",
     "Jawa Barat"),
    # nor does a name the sentence goes on with, nor an acronym in brackets inside the name
    ("KPK mendalami dana nonbujeter Bank Pembangunan Daerah Jawa Barat dan Banten (Bank BJB).",
     "Banten"),
    ("Pengurus Koperasi Simpan Pinjam (KSP) Sejahtera Sidoarjo diperiksa penyidik di Jakarta.",
     "Kabupaten Sidoarjo"),
])
def test_a_region_inside_an_institutions_longer_name_is_named_after_it(lead, region):
    assert cues("", lead + FILLER, region) == [(LEAD, "named-after")]
    provinces, regencies = extract_regions("Kabar Hari Ini", story(lead + FILLER))
    assert region not in provinces + regencies


@pytest.mark.parametrize("lead", [
    "Bupati menghadiri peresmian pasar di Kabupaten Ponorogo, Senin.",
    "Warga Daerah Jawa Barat menolak kenaikan tarif.",
    "Festival budaya digelar di Kota Sidoarjo dan Kabupaten Ponorogo.",
])
def test_a_place_named_outright_outside_any_institutions_name_keeps_its_cue(lead):
    assert all(cue != "named-after"
               for m in article_evidence("", lead + FILLER).mentions for cue in [m.cue])


def test_a_region_named_only_inside_other_things_names_is_not_chosen_however_often():
    title = "Gorontalo Siapkan 1.900 Kamar untuk Festival Boalemo"
    lead = "Pemerintah menyiapkan 1.900 kamar hotel untuk perayaan Festival Boalemo 2015."
    assert cues(title, lead + FILLER, "Kabupaten Boalemo") == [
        (TITLE, "named-after"), (LEAD, "named-after")]
    assert "Kabupaten Boalemo" not in extract_regions(title, story(lead + FILLER))[1]
    # named once as a place as well, the festival's mentions count with it
    placed = lead + " Festival digelar di Boalemo selama sepekan."
    assert "Kabupaten Boalemo" in extract_regions(title, story(placed + FILLER))[1]


def test_a_public_place_named_after_its_town_is_a_place_cue():
    lead = "Jemaah memadati Masjid Raya Singkawang sejak pagi." + FILLER
    assert cues("", lead, "Kota Singkawang") == [(LEAD, "place")]


def test_a_kecamatan_named_after_its_kabupaten_does_not_name_the_kabupaten():
    lead = ("Sampah di Kelurahan Pulau Tidung, Kecamatan Kepulauan Seribu Selatan, mencapai 3 "
            "ribu ton." + FILLER)
    assert cues("", lead, "Kabupaten Administrasi Kepulauan Seribu") == [(LEAD, "small-place")]
    assert extract_regions("Sampah di Pulau Tidung", story(lead)) == ([], [])


def test_a_kabupaten_does_not_make_its_own_province_to_pass_the_lower_bar():
    # a film's title twice near the end of a Jakarta story: NTT only through Atambua (Belu)
    late = ("Film yang diputar antara lain Atambua 39oC. Riri memuji keindahan alam dalam film "
            "Atambua 39 derajat Celcius.")
    body = story("JAKARTA (ANTARA) - Festival film Indonesia digelar di Den Haag." + FILLER,
                 late=late)
    assert extract_regions("Warga Belanda Menonton Film Indonesia", body) == (
        ["DKI Jakarta"], [])


def test_the_decision_on_evidence_written_out():
    def mention(region: str, zone: str, cue: str, at: int) -> Mention:
        return Mention(region, zone, cue, at)

    # one body mention outright (1 x 1.5) is below the bar of 2 alone ...
    alone = Evidence([], 0, [mention("Kabupaten Agam", BODY, OUTRIGHT, 10)])
    assert choose(alone, WEIGHTS) == ([], [])
    # ... with its province after it, it carries the province it makes ("di Kabupaten Agam,
    # Sumatera Barat") ...
    carrying = Evidence([], 0, [mention("Kabupaten Agam", BODY, OUTRIGHT, 10),
                                mention("Sumatera Barat", BODY, BARE, 30)])
    assert choose(carrying, WEIGHTS) == (["Sumatera Barat"], ["Kabupaten Agam"])
    # ... and it passes the lower bar of 1.5 in a province the article is about
    about = Evidence([], 0, [mention("Sumatera Barat", LEAD, BARE, 5),
                             mention("Kabupaten Agam", BODY, OUTRIGHT, 10)])
    assert choose(about, WEIGHTS) == (["Sumatera Barat"], ["Kabupaten Agam"])
    # a bare mention in the last part (0.75) passes neither
    passing = Evidence([], 0, [mention("Sumatera Barat", LEAD, BARE, 5),
                               mention("Kabupaten Agam", LATE, BARE, 10)])
    assert choose(passing, WEIGHTS) == (["Sumatera Barat"], [])


def test_a_users_own_institution_word(tmp_path, monkeypatch):
    lead = "Pengurus Sanggar Tari Ponorogo tampil di ibu kota." + FILLER
    assert cues("", lead, "Kabupaten Ponorogo") == [(LEAD, "bare")]
    (tmp_path / "region_institution_words.txt").write_text("sanggar\n", "utf-8")
    monkeypatch.setenv("KABAR_DATA", str(tmp_path))
    region_cues.cue_words.cache_clear()
    try:
        assert cues("", lead, "Kabupaten Ponorogo") == [(LEAD, "named-after")]
    finally:
        monkeypatch.delenv("KABAR_DATA")
        region_cues.cue_words.cache_clear()
