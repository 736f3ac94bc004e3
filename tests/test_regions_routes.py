"""Where people or things come from, journeys and spans, and a region the title names
(issue 15, round 8): written sentences, and the regions dev7 labels of feed items and national
stories (bench/labels/)."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT
from index.extract.regions import article_evidence, extract_regions
from index.extract.regions.evidence import FROM_PLACE, PLACE
from index.extract.regions.routes import from_place

DEV7 = ROOT / "bench" / "labels" / "regions-dev7-2026-12-07.json"


@pytest.mark.parametrize("title, body", [
    ("Kemensos Siapkan Bantuan bagi Korban Banjir dari Aceh hingga Papua",
     "Kementerian Sosial menyiapkan bantuan kebutuhan dasar bagi warga terdampak banjir."),
    ("RI Kaya Emas dari Sabang Sampai Merauke", "Cadangan emas tersebar di banyak pulau."),
    ("Lomba Foto Wisata Digelar", "Peserta memotret destinasi wisata dari Sabang sampai Merauke "
     "dan mengirim karyanya lewat laman resmi panitia."),
])
def test_the_ends_of_a_span_are_not_what_the_story_is_about(title, body):
    assert extract_regions(title, body) == ([], [])


def test_a_journeys_start_is_not_its_place_and_its_end_is():
    title = "Kapal Penumpang Terbakar saat Berlayar dari Bali ke Lombok"
    body = "Kapal itu terbakar di perairan Sekotong, Lombok Barat. Tim SAR dari Bali dikerahkan."
    provinces, regencies = extract_regions(title, body)
    assert "Bali" not in provinces
    assert provinces == ["Nusa Tenggara Barat"] and regencies == ["Kabupaten Lombok Barat"]
    one_way = extract_regions("One Way Jakarta Menuju Puncak Bogor Diterapkan",
                              "Arus lalu lintas menuju kawasan Puncak, Kabupaten Bogor, padat.")
    assert one_way == (["Jawa Barat"], ["Kabupaten Bogor"])
    flight = ("Presiden Resmikan Pelabuhan Baru",
              "Presiden terbang dari Jakarta ke Kota Bitung untuk meresmikan pelabuhan baru di "
              "Kota Bitung, Sulawesi Utara.")
    assert extract_regions(*flight) == (["Sulawesi Utara"], ["Kota Bitung"])


def test_where_helpers_come_from_weighs_less_than_where_they_work():
    title = "Pemkab Jayawijaya Datangkan Ahli Konservasi"
    body = ("Pemerintah Kabupaten Jayawijaya mendatangkan tim ahli dari Makassar dan Jayapura "
            "untuk merawat benda pusaka di museum daerah.")
    provinces, regencies = extract_regions(title, body)
    assert regencies == ["Kabupaten Jayawijaya"]
    assert "Sulawesi Selatan" not in provinces
    cues = {m.region: m.cue for m in article_evidence(title, body).mentions}
    assert cues["Kota Makassar"] == FROM_PLACE


def test_where_a_person_comes_from_is_the_place_of_a_story_that_names_no_other():
    body = ("Citra, 10 tahun, dari Pangkep, berlatih karate setiap sore sepulang sekolah. "
            "Ia bermimpi ikut kejuaraan nasional.")
    assert extract_regions("Kisah Citra, Karateka Cilik", body) == (
        ["Sulawesi Selatan"], ["Kabupaten Pangkajene dan Kepulauan"])


def test_where_something_starts_and_a_title_s_dari_are_places():
    body = ("Penyaluran bantuan beras untuk warga di Jawa Timur dimulai dari Kota Surabaya, Rabu. "
            "Beras dibagikan di kantor kelurahan.")
    assert extract_regions("Mentan Mulai Salurkan Bantuan Beras", body) == (
        ["Jawa Timur"], ["Kota Surabaya"])
    title = "Sosok Petani dari Ngawi yang Panen Tiga Kali Setahun"
    assert extract_regions(title, "Ia bercerita tentang sawahnya.")[1] == ["Kabupaten Ngawi"]
    assert next(m.cue for m in article_evidence(title, "").mentions) == PLACE
    assert from_place("dari", "tim") and from_place("arah", "dari")
    assert not from_place("dari", "dimulai") and not from_place("di", "")


def test_a_region_the_title_places_needs_no_share_of_a_long_round_up():
    others = " ".join(f"Di Kota Bandung, warga menggelar kegiatan ke-{n}." for n in range(16))
    body = (f"{others}\n\nSementara itu belasan balita di Desa Cibeber, Kabupaten Tasikmalaya, "
            "diduga keracunan makanan.")
    assert "Kabupaten Tasikmalaya" in extract_regions(
        "Sepekan: Belasan Balita di Tasikmalaya Diduga Keracunan", body)[1]
    assert "Kabupaten Tasikmalaya" not in extract_regions("Kabar Sepekan dari Priangan", body)[1]


def test_the_round_8_dev_set_is_scored_as_labelled():
    """regions-dev7 (30 feed items, 12 national stories): frozen before any score; in-sample
    now, so a regression check: the journey's start and the title's unit are gone."""
    entries = json.loads(DEV7.read_text("utf-8"))
    assert len(entries) == 42
    assert sum(e["file"] == "antara-rss-2026.json" for e in entries) == 30
    from bench.eval_regions import score_labels

    scores = score_labels(DEV7)
    assert scores.provinces.precision >= 0.94 and scores.provinces.recall >= 0.89
    assert scores.regencies.recall == 1.0


@pytest.mark.parametrize("sentence", [
    "Truk pekerja berhenti di lajur kiri dari arah Madiun menuju Surabaya.",
    "Bus jurusan Blitar - Surabaya berusaha mendahului truk itu.",
])
def test_a_directions_end_and_a_routes_two_places_are_not_where_it_happens(sentence):
    body = ("Kecelakaan beruntun terjadi di Desa Bejijong, Kecamatan Trowulan, Kabupaten "
            "Mojokerto, Senin pagi.\n\n" + sentence + " Satu pekerja tewas di lokasi.")
    assert extract_regions("Kecelakaan Beruntun di Jalan Raya", body) == (
        ["Jawa Timur"], ["Kabupaten Mojokerto"])


@pytest.mark.parametrize("way, padang", [("arah ke", False), ("mau ke", False), ("ke", True)])
def test_a_direction_or_a_wish_after_dari_is_no_journeys_end(way, padang):
    """"dari X arah ke Y", "dari X mau ke Y": the way to Y, not reached (round 18); "dari X ke
    Y" is a journey, and its end keeps its weight."""
    body = ("Sebuah mobil dinas terguling di Nagari Pandai Sikek, Kabupaten Tanah Datar, Kamis "
            f"sore. Warga melihat mobil itu melaju dari Bukittinggi {way} Padang sebelum "
            "terguling. Sopirnya selamat.\n\n\"Dari tadi mobil itu ngebut menuju Padang,\" kata "
            "seorang saksi.")
    provinces, regencies = extract_regions("Mobil Dinas Terguling di Jalan Lintas", body)
    assert provinces == ["Sumatera Barat"] and "Kabupaten Tanah Datar" in regencies
    assert ("Kota Padang" in regencies) is padang


@pytest.mark.parametrize("sentence, kendal", [
    ("Seorang pengendara yang hendak menuju Kabupaten Kendal terpaksa mendorong motornya.", False),
    ("Petugas kemudian bergerak menuju Kabupaten Kendal untuk memeriksa tanggul.", True),
])
def test_where_someone_was_heading_is_no_next_stop(sentence, kendal):
    """"pengendara yang hendak menuju Kabupaten Kendal" says where a rider stuck in the flood
    was going, not a place of the story (round 18); a next stop stays one."""
    body = ("Banjir setinggi lutut merendam jalur Pantura di Sayung, Demak, Jawa Tengah, Selasa "
            "pagi. Puluhan motor mogok di tepi jalan dan antrean kendaraan mengular hingga "
            "beberapa kilometer jauhnya.\n\nAir masih menggenang hingga siang hari dan petugas "
            f"mengatur lalu lintas di titik terparah.\n\n{sentence}")
    provinces, regencies = extract_regions("Banjir Rendam Jalur Pantura, Motor Mogok", body)
    assert provinces == ["Jawa Tengah"] and regencies[0] == "Kabupaten Demak"
    assert ("Kabupaten Kendal" in regencies) is kendal
