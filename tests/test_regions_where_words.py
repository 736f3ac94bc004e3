"""A kabupaten/kota named with its kind after an area word or a verb of weather or disaster is
where the story happens (issue 15, round 17c).

"hujan deras yang mengguyur Kota X", "banjir melanda Kabupaten X", "rumah tersangka kawasan
Kota X" name the place something happens as "di Kota X" does, so the only kabupaten/kota an
article names so counts even named once deep in the body; a border ("berbatasan dengan wilayah
Kota X") and a bare name after such a verb do not. Checked on articles we wrote.
"""

from __future__ import annotations

from extracted import FILLER
from index.extract.regions import extract_regions


def body(middle: str) -> str:
    """A long body under no dateline that names `middle` deep in it, and no other place."""
    return ("Puluhan warga binaan kabur setelah tembok penjara roboh pada malam hari."
            + FILLER + "\n" + FILLER * 3 + "\n" + middle + FILLER * 2)


def test_a_kota_after_a_verb_of_weather_counts_in_its_province():
    text = body("Hujan lebat yang mengguyur Kota Jambi sejak sore merendam tembok itu.")
    assert extract_regions("Tembok Penjara di Jambi Roboh, Napi Kabur", text) == (
        ["Jambi"], ["Kota Jambi"])


def test_a_kabupaten_after_a_verb_of_disaster_counts_as_the_only_place():
    text = body("Banjir besar yang melanda Kabupaten Demak juga merendam lumbung desa.")
    assert extract_regions("Lumbung Desa Terendam", text) == (
        ["Jawa Tengah"], ["Kabupaten Demak"])


def test_a_kota_after_an_area_word_counts_as_the_only_place():
    text = body("Petugas menggeledah rumah seorang pengusaha kawasan Kota Bekasi pekan lalu.")
    assert extract_regions("Penggeledahan Rumah Pengusaha", text) == (
        ["Jawa Barat"], ["Kota Bekasi"])


def test_a_border_is_not_where_the_story_happens():
    text = body("Lahan itu berbatasan dengan wilayah Kota Bekasi di sisi timur.")
    assert extract_regions("Sengketa Lahan Warga", text) == ([], [])


def test_a_bare_name_after_a_verb_of_weather_stays_the_province():
    text = body("Hujan lebat yang mengguyur Jambi sejak sore merendam tembok itu.")
    assert extract_regions("Tembok Penjara di Jambi Roboh, Napi Kabur", text) == (
        ["Jambi"], [])
