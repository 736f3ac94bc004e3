"""The gazetteer (index/data/regions.tsv, region_aliases.tsv): every province and
kabupaten/kota by its official name, the ways of writing each, names that are also words, and
region short forms written out in roles."""

from __future__ import annotations

import csv

import pytest

from conftest import ROOT
from index.extract.regions import expand_region_short_forms
from index.gazetteer import (
    canonical_region,
    form_key,
    gazetteer,
    is_common_word,
    is_province,
    province_of,
    region_aliases,
    regions_named,
)

REGIONS_TSV = ROOT / "index" / "data" / "regions.tsv"


def gazetteer_rows() -> list[dict[str, str]]:
    lines = [line for line in REGIONS_TSV.read_text("utf-8").splitlines()
             if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


# --- the gazetteer ------------------------------------------------------------------------

def test_gazetteer_has_every_province_and_kabupaten_kota():
    kinds = [row["kind"] for row in gazetteer_rows()]
    assert kinds.count("province") == 38
    assert kinds.count("regency") + kinds.count("city") == 514


def test_every_official_name_is_its_own_canonical_form():
    for row in gazetteer_rows():
        assert canonical_region(row["name"]) == row["name"]
        assert province_of(row["name"]) == row["province"]
        assert is_province(row["name"]) == (row["kind"] == "province")


@pytest.mark.parametrize(("written", "official"), [
    ("kalteng", "Kalimantan Tengah"),
    ("KALTENG", "Kalimantan Tengah"),
    ("Provinsi Kalteng", "Kalimantan Tengah"),
    ("Palangkaraya", "Kota Palangka Raya"),
    ("Palangka Raya", "Kota Palangka Raya"),
    ("Kota Palangkaraya", "Kota Palangka Raya"),
    ("Kabupaten Katingan", "Kabupaten Katingan"),
    ("Katingan", "Kabupaten Katingan"),
    ("Kab. Katingan", "Kabupaten Katingan"),
    ("Kotim", "Kabupaten Kotawaringin Timur"),
    ("Kota Bau-Bau", "Kota Baubau"),
    ("Baubau", "Kota Baubau"),
    ("Toba Samosir", "Kabupaten Toba"),
    ("Kabupaten Pangkajene Dan Kepulauan", "Kabupaten Pangkajene dan Kepulauan"),
    ("Pangkep", "Kabupaten Pangkajene dan Kepulauan"),
    ("DKI", "DKI Jakarta"),
    ("Daerah Khusus Ibukota Jakarta", "DKI Jakarta"),
    ("Jakarta", "DKI Jakarta"),
    ("Jaksel", "Kota Administrasi Jakarta Selatan"),
    ("Kota Jakarta Selatan", "Kota Administrasi Jakarta Selatan"),
    ("DIY", "Daerah Istimewa Yogyakarta"),
    ("Jogja", "Daerah Istimewa Yogyakarta"),
    ("Kota Jogja", "Kota Yogyakarta"),
    ("Babel", "Kepulauan Bangka Belitung"),
    ("Bangka Belitung", "Kepulauan Bangka Belitung"),
    ("NTB", "Nusa Tenggara Barat"),
    ("Sulsel", "Sulawesi Selatan"),
    ("Tangsel", "Kota Tangerang Selatan"),
    ("KBB", "Kabupaten Bandung Barat"),
    ("Labuhan Batu Utara", "Kabupaten Labuhanbatu Utara"),
    ("Solo", "Kota Surakarta"),
])
def test_canonical_region_reads_official_names_variants_and_short_forms(written, official):
    assert canonical_region(written) == official


def test_a_name_shared_by_kabupaten_and_kota_standing_alone_is_the_kota():
    assert canonical_region("Bogor") == "Kota Bogor"
    assert canonical_region("Kabupaten Bogor") == "Kabupaten Bogor"
    assert canonical_region("Kab. Bogor") == "Kabupaten Bogor"
    assert sorted(regions_named("Bogor")) == ["Kabupaten Bogor", "Kota Bogor"]
    assert regions_named("Kab. Bogor") == ["Kabupaten Bogor"]


def test_a_name_shared_by_a_province_and_its_capital_standing_alone_is_the_province():
    assert canonical_region("Jambi") == "Jambi"
    assert canonical_region("Kota Jambi") == "Kota Jambi"
    assert canonical_region("Gorontalo") == "Gorontalo"
    assert canonical_region("Kabupaten Gorontalo") == "Kabupaten Gorontalo"


def test_unknown_names_and_places_inside_a_region_are_not_regions():
    assert canonical_region("Atlantis") is None
    assert canonical_region("Kasongan") is None  # a town: it counts in articles, see below
    assert province_of("Atlantis") is None
    assert not is_province("Atlantis")


def test_province_of_and_is_province():
    assert province_of("Kota Palangka Raya") == "Kalimantan Tengah"
    assert province_of("Kalimantan Tengah") == "Kalimantan Tengah"
    assert province_of("Kotim") == "Kalimantan Tengah"
    assert is_province("Kalteng")
    assert not is_province("Kabupaten Katingan")


def test_names_that_are_also_ordinary_words_are_known():
    assert is_common_word("Bima")
    assert is_common_word("batu")
    assert not is_common_word("Katingan")
    assert not is_common_word("Atlantis")


def test_the_thesaurus_marks_words_but_not_short_forms_made_from_the_name():
    forms = gazetteer().forms
    for word in ("Kisaran", "Medan", "Palu", "Padang", "Solo"):
        assert forms[form_key(word)].ordinary, word
    assert not is_common_word("Medan")  # capitalised, an ordinary word is the name
    for short_form in ("Jabar", "Sumbar", "Kobar", "Tasik"):  # "jabar" is a word as well
        assert not forms[form_key(short_form)].ordinary, short_form
    assert not forms[form_key("Katingan")].ordinary


@pytest.mark.parametrize("written", [
    "Deli Serdang", "Deliserdang", "Deli-Serdang", "DELISERDANG", "Kabupaten Deliserdang",
])
def test_a_name_is_one_form_spaced_unspaced_or_hyphenated(written):
    assert canonical_region(written) == "Kabupaten Deli Serdang"


def test_every_multi_word_name_is_found_unspaced_and_hyphenated():
    for row in gazetteer_rows():
        bare = gazetteer().regions[row["name"]].bare_name
        if " " in bare:
            for written in (bare.replace(" ", ""), bare.replace(" ", "-")):
                assert row["name"] in regions_named(written), written


def test_short_forms_still_come_from_the_aliases():
    assert canonical_region("Sergai") == "Kabupaten Serdang Bedagai"
    assert canonical_region("Serdangbedagai") == "Kabupaten Serdang Bedagai"


def test_region_aliases_pair_forms_with_official_names():
    pairs = region_aliases()
    assert ("Kalteng", "Kalimantan Tengah") in pairs
    assert ("Palangkaraya", "Kota Palangka Raya") in pairs
    assert ("Kota Palangkaraya", "Kota Palangka Raya") in pairs
    official = {row["name"] for row in gazetteer_rows()}
    assert all(name in official for _, name in pairs)
    assert all(form not in official for form, _ in pairs)


# --- short forms in roles -----------------------------------------------------------------

@pytest.mark.parametrize(("role", "expanded"), [
    ("Wagub Kalteng", "Wagub Kalimantan Tengah"),
    ("Provinsi Kalteng", "Provinsi Kalimantan Tengah"),
    ("Kepala BPSDM Provinsi Kalteng", "Kepala BPSDM Provinsi Kalimantan Tengah"),
    ("Bupati Kotim", "Bupati Kotawaringin Timur"),
    ("Wali Kota Palangkaraya", "Wali Kota Palangka Raya"),
    ("Gubernur DKI", "Gubernur DKI Jakarta"),
    ("Ketua DPRD Kaltim dan Kaltara", "Ketua DPRD Kalimantan Timur dan Kalimantan Utara"),
    ("Bupati Katingan", "Bupati Katingan"),
    ("Wakil Gubernur Kalimantan Tengah", "Wakil Gubernur Kalimantan Tengah"),
    ("Kapolres Bogor", "Kapolres Bogor"),
])
def test_expand_region_short_forms(role, expanded):
    assert expand_region_short_forms(role) == expanded
