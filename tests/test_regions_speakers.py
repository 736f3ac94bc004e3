"""A region's name right before a speech verb, after a given name or opening a clause, names
someone speaking, not a place (regions/speakers.py). Checked on written sentences."""

from __future__ import annotations

from index.extract.regions import extract_regions
from index.extract.regions.speakers import names_a_speaker

FILLER = " Pembahasan itu berlangsung alot dan belum menghasilkan keputusan apa pun."


def _speaks(text: str, name: str) -> bool:
    start = text.index(name)
    return names_a_speaker(text, start, start + len(name))


def test_a_region_ending_a_persons_name_before_a_speech_verb_is_no_place():
    body = ("JAKARTA - Panitia kerja DPR membahas layanan visa jemaah." + FILLER
            + "\nAnggota panitia kerja Choirul Muna menegaskan masalah itu harus segera "
            "diselesaikan." + FILLER + "\nDi akhir rapat, Muna mengatakan kementerian akan "
            "dipanggil lagi." + FILLER)
    assert extract_regions("DPR Soroti Layanan Visa Jemaah", body) == (["DKI Jakarta"], [])


def test_a_name_opening_a_clause_before_a_speech_verb_speaks():
    assert _speaks("Timnya kalah tipis. Namun, Bima menegaskan pemainnya sudah berjuang.", "Bima")


def test_an_institution_named_after_its_region_still_places_it():
    assert not _speaks("Dinas Kesehatan Jakarta Barat menjelaskan kronologi kejadian.",
                       "Jakarta Barat")
    assert not _speaks("Bulog Kantor Cabang Banyumas menyebut stok beras aman.", "Banyumas")
    assert not _speaks("Badan Meteorologi (BMKG) Pekanbaru menyebutkan asap menebal.",
                       "Pekanbaru")
    assert not _speaks("Warga Muna berkumpul di lapangan.", "Muna")


def test_a_place_word_before_the_name_keeps_it_a_place():
    body = ("Banjir melanda permukiman warga sejak pagi." + FILLER
            + "\nPemkot Bima menyebut air mulai surut di sejumlah kelurahan." + FILLER
            + "\nPemkot Bima menyiapkan dapur umum." + FILLER)
    assert "Kota Bima" in extract_regions("Banjir Rendam Permukiman", body)[1]
