"""A kelurahan or kecamatan never becomes a kabupaten/kota elsewhere (issue 15, regions round
17): once an article names "Desa Depok, Kabupaten Tegal" or "Kelurahan Mabar, Kecamatan Medan
Deli", a later bare "Depok" or "warga Mabar" is that small place, unless the article names the
region outright (its kind or its government) somewhere; a small place that lies in the region
of its name changes nothing. Checked on sentences we wrote and on every line of the small-places
register (bench/small_places.py).
"""

from __future__ import annotations

import pytest

from bench import small_places
from extracted import FILLER
from index.extract.regions import extract_regions
from index.gazetteer import gazetteer


def body(lead: str, later: str) -> str:
    return lead + FILLER + "\n" + later + FILLER


@pytest.mark.parametrize(("title", "lead", "later", "where", "not_there"), [
    ("Sumur Warga Depok Tercemar Limbah",
     "Puluhan sumur warga di Desa Depok, Kabupaten Tegal, tercemar limbah pabrik tahu.",
     "Warga Depok meminta pabrik itu ditutup sampai limbahnya diolah.",
     "Kabupaten Tegal", "Kota Depok"),
    ("Jalan di Mabar Rusak Parah",
     "Jalan kampung di Kelurahan Mabar, Kecamatan Medan Deli, Kota Medan, rusak parah.",
     "Menurut warga Mabar, lubang di jalan itu sudah ada sejak tahun lalu.",
     "Kota Medan", "Kabupaten Manggarai Barat"),
    ("Mahasiswa Bersihkan Selokan di Depok",
     "Ratusan mahasiswa membersihkan selokan di Kecamatan Depok, Kabupaten Sleman, Sabtu pagi.",
     "Camat Depok menyebut kegiatan itu akan diulang setiap bulan di Depok.",
     "Kabupaten Sleman", "Kota Depok"),
    ("Pura Tua di Kediri Dipugar",
     "Sebuah pura tua di Kecamatan Kediri, Kabupaten Tabanan, dipugar warga.",
     "Pemugaran di Kediri ditargetkan selesai sebelum hari raya.",
     "Kabupaten Tabanan", "Kota Kediri"),
    ("Sekolah di Cimahi Kekurangan Guru",
     "Tiga sekolah dasar di Kecamatan Cimahi, Kabupaten Kuningan, kekurangan guru.",
     "Kepala sekolah di Cimahi meminta tambahan guru honorer.",
     "Kabupaten Kuningan", "Kota Cimahi"),
    ("Pasar Baru Kudus Dibuka",
     "Pasar baru di Desa Kudus, Kecamatan Klakah, Kabupaten Lumajang, dibuka Senin.",
     "Pedagang dari Kudus dan desa sekitarnya mulai berjualan di sana.",
     "Kabupaten Lumajang", "Kabupaten Kudus"),
])
def test_a_small_place_named_again_is_no_region_elsewhere(
        title: str, lead: str, later: str, where: str, not_there: str) -> None:
    provinces, regencies = extract_regions(title, body(f"{lead} {later}", later))
    assert regencies == [where]
    assert provinces == [gazetteer().regions[where].province]
    assert not_there not in regencies


@pytest.mark.parametrize(("lead", "later", "both"), [
    ("Puluhan sumur warga di Desa Depok, Kabupaten Tegal, tercemar limbah pabrik tahu.",
     "Wali Kota Depok mengirim tim untuk membantu memeriksa air warga Depok.",
     ("Kabupaten Tegal", "Kota Depok")),
    ("Pura tua di Kecamatan Kediri, Kabupaten Tabanan, dipugar warga.",
     "Pemkot Kediri di Jawa Timur ikut menyumbang untuk pemugaran di Kediri.",
     ("Kabupaten Tabanan", "Kota Kediri")),
])
def test_a_region_also_named_outright_stays(lead: str, later: str,
                                             both: tuple[str, str]) -> None:
    regencies = extract_regions("Warga Gotong Royong", body(lead, later))[1]
    assert set(both) <= set(regencies)


@pytest.mark.parametrize(("lead", "later", "region"), [
    ("Banjir merendam Kelurahan Depok, Kecamatan Pancoran Mas, Selasa malam.",
     "Warga Depok mengungsi ke masjid terdekat.", "Kota Depok"),
    ("Gudang beras di Kecamatan Pidie terbakar, Kamis dini hari.",
     "Petugas pemadam dari Pidie tiba setengah jam kemudian.", "Kabupaten Pidie"),
])
def test_a_small_place_in_the_region_of_its_name_is_that_region(
        lead: str, later: str, region: str) -> None:
    assert region in extract_regions("Musibah di Kampung", body(f"{lead} {later}", ""))[1]


def test_every_small_place_of_the_register_named_again() -> None:
    # Each kecamatan/desa of region_small_places.tsv named like a kabupaten/kota it does not
    # lie in: named again bare, it brings no kabupaten/kota besides where it lies; with the
    # region's head named too, that region stays.
    counts = small_places.measure(show=0)
    assert counts["named again"][1] > 500
    assert counts["named again"][0] == 0
    assert counts["said outright"][0] == 0
