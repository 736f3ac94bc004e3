"""A United Nations agency's country office named after its seat ("Kantor UNESCO Jakarta") is
the office, not the story's place (region_institution_words.txt). Checked on written sentences."""

from __future__ import annotations

from index.extract.regions import extract_regions

FILLER = " Kegiatan itu melibatkan para ahli konservasi dan pemandu wisata setempat."


def test_a_country_office_does_not_place_the_story_in_its_seat():
    body = ("MAGELANG - Pelatihan pengurangan risiko bencana digelar di kompleks candi." + FILLER
            + "\nProgram itu dijalankan Kantor UNESCO Jakarta bersama balai konservasi." + FILLER
            + "\nUNESCO Jakarta juga menyiapkan dana pemeliharaan." + FILLER
            + "\nSelanjutnya UNESCO Jakarta akan mengevaluasi hasilnya." + FILLER)
    provinces, _ = extract_regions("Pelatihan Mitigasi Bencana di Kompleks Candi", body)
    assert "DKI Jakarta" not in provinces and "Jawa Tengah" in provinces
