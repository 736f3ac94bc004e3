"""How a kabupaten/kota is written: "Kep." for "Kepulauan" and old spellings
(region_aliases.tsv), a headline's short form of a name the body gives in full, the province it
was split from written after it, a name inside an address or a village's name
(region_small_places.tsv). Checked on written sentences."""

from __future__ import annotations

import pytest

from extracted import FILLER
from index.extract.regions import extract_regions

# --- "Kep." for "Kepulauan"; "Kerawang", the old spelling of Karawang (region_aliases.tsv) ---

@pytest.mark.parametrize(("written", "regency"), [
    ("Kep Seribu", "Kabupaten Administrasi Kepulauan Seribu"),
    ("Kep. Selayar", "Kabupaten Kepulauan Selayar"),
    ("Kab. Kep. Mentawai", "Kabupaten Kepulauan Mentawai"),
    ("Kabupaten Kerawang", "Kabupaten Karawang"),
])
def test_kep_is_written_for_kepulauan_and_an_old_spelling_is_found(written, regency):
    body = f"Layanan kapal penumpang di {written} ditambah mulai pekan depan." + FILLER * 3
    assert regency in extract_regions("Layanan Kapal Ditambah", body)[1]


# --- a province written next to its kabupaten/kota, before it was split ----------------------

@pytest.mark.parametrize("title", ["MK Tolak Gugatan Pilkada Intan Jaya Papua",
                                   "MK Tolak Gugatan Pilkada Intan Jaya (Papua)"])
def test_the_province_a_kabupaten_was_split_from_written_after_it_is_its_own(title):
    body = ("Mahkamah Konstitusi menolak permohonan sengketa pemilihan Bupati Intan Jaya."
            + FILLER * 3)
    assert extract_regions(title, body) == (["Papua Tengah"], ["Kabupaten Intan Jaya"])


def test_a_kabupaten_name_right_before_a_region_of_another_province_is_an_address_part():
    body = ("Keduanya keluar dari gedung KPK, Kuningan Jakarta Selatan, Selasa sore." + FILLER * 3)
    assert extract_regions("Usai Diperiksa KPK", body) == (
        ["DKI Jakarta"], ["Kota Administrasi Jakarta Selatan"])


# --- a title's short form of a kabupaten the body names in full ------------------------------

def test_a_titles_short_form_stands_for_the_longer_name_in_the_body():
    body = "Perusahaan itu bakal memutus kerja 1.900 karyawan di Morowali Utara, Sulawesi Tengah."
    assert extract_regions("Alasan Perusahaan PHK 1.900 Karyawan di Morowali", body) == (
        ["Sulawesi Tengah"], ["Kabupaten Morowali Utara"])


def test_both_stay_when_the_body_names_both():
    body = ("Banjir melanda Kabupaten Morowali dan Kabupaten Morowali Utara, Sulawesi Tengah. "
            "Warga Morowali mengungsi." + FILLER * 3)
    assert extract_regions("Banjir di Morowali", body) == (
        ["Sulawesi Tengah"], ["Kabupaten Morowali", "Kabupaten Morowali Utara"])


# --- a region form ending a village's name (region_small_places.tsv) --------------------------

def test_a_region_form_ending_a_villages_name_elsewhere_is_the_village():
    body = ("Jambi (ANTARA News) - Warga Desa Rengas Bandung, Kecamatan Jambi Luar Kota, "
            "Kabupaten Muaro Jambi, menemukan seorang sopir tewas." + FILLER * 3)
    provinces, regencies = extract_regions("Sopir Tewas di SPBU", body)
    assert "Jawa Barat" not in provinces and "Kabupaten Muaro Jambi" in regencies


def test_a_village_named_after_its_own_kabupaten_keeps_it():
    body = "Warga Desa Pasir Bandung di Kabupaten Bandung memanen padi." + FILLER * 3
    assert extract_regions("Panen Raya", body)[0] == ["Jawa Barat"]
