"""Regions in their context: which mentions say what an article is about (issue 15, part 5).

Where a person spoke, a former office holder's title and a name inside a village's name are
no place of the story; a kabupaten/kota named outright that alone makes an article about its
province is one; "Polrestro Bekasi Kota" is the kota. Checked on written sentences, on every
line of the small-places register, and on the regions dev labels (bench/labels/: regions-dev and
regions-dev10).
"""

from __future__ import annotations

import json

import pytest

from conftest import ROOT
from extracted import FILLER
from index.data_files import word_list
from index.extract.regions import extract_regions

DEV_LABELS = ROOT / "bench" / "labels" / "regions-dev-2026-12-06.json"
DEV10 = ROOT / "bench" / "labels" / "regions-dev10-2026-12-07.json"


# --- where a statement was made --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    '"Kami tetapkan tersangka," ujar Juru Bicara KPK Budi Prasetyo di Gedung Merah Putih KPK, '
    "Jakarta, Selasa (21/10/2025).",
    '"Belum ada rencana," kata Prasetyo di kompleks Istana Kepresidenan, Jakarta Pusat, Jumat.',
    '"Kami siap," kata dia saat ditemui di Balai Kota, Jakarta Pusat.',
    "Hal itu disampaikan Menteri dalam konferensi pers di Jakarta, Senin.",
    '"Jalur dialihkan," kata Humas PT Jasa Marga cabang Cikampek, Handoyono, di Bekasi, Selasa.',
    '"Jalur dialihkan," kata Humas Jasa Marga bagian Operasi - Pemeliharaan, Handoyono, di '
    "Bekasi, Selasa.",
    "Demikian dikatakan Ketua MPR Zulkifli Hasan, saat memberi sambutan di Kongres Pemuda "
    "Katolik XVI, Batam, Kepulauan Riau, 22 Agustus 2015.",
    '"Kita perlu kawasan ekonomi khusus," kata Melki dalam sambutannya pada Forum Koordinasi '
    "Pembangunan, di Labuan Bajo, Manggarai Barat, NTT, Senin.",
    '"Cukup masuk akal," kata Adian saat ditemui detikBali di sela Konferda PDIP Bali, Badung, '
    "Sabtu (18/10/2025).",
    '"Jangan ke kita lagi," ujar Purbaya secara online dalam Media Gathering di Bogor, Jawa Barat, '
    "Jumat (10/10/2025).",
])
def test_where_a_statement_was_made_is_not_what_the_story_is_about(sentence):
    assert extract_regions("Pemerintah Siapkan Aturan Baru", sentence + FILLER) == ([], [])


def test_the_dateline_still_counts_beside_a_statement_venue():
    body = ("JAKARTA, KOMPAS.com - Pemerintah menyiapkan aturan baru. "
            '"Kami siap," kata Menteri di kantornya, Kalibata, Jakarta Selatan, Sabtu.' + FILLER)
    assert extract_regions("Aturan Baru", body) == (["DKI Jakarta"], [])


@pytest.mark.parametrize("sentence", [
    '"Air sudah surut," kata Bupati saat meninjau banjir di Kabupaten Sleman, Senin.',
    "Seorang pencuri mengaku anggota polisi saat tepergok di Kabupaten Sleman, Senin.",
    '"Arus sudah lancar," kata Kapolda di sela-sela peninjauan jalur tol di Kabupaten Sleman.',
])
def test_an_event_at_a_place_still_counts(sentence):
    assert extract_regions("Banjir Surut", sentence + FILLER) == (
        ["Daerah Istimewa Yogyakarta"], ["Kabupaten Sleman"])


def test_a_speech_verb_in_an_earlier_sentence_says_nothing_of_a_later_place():
    body = ('"Kami siap," kata Kepala BPBD. Banjir di Kabupaten Sleman merendam rumah warga.'
            + FILLER)
    assert extract_regions("Banjir", body) == (["Daerah Istimewa Yogyakarta"], ["Kabupaten Sleman"])


# --- who a person was ------------------------------------------------------------------------

@pytest.mark.parametrize("phrase", [
    "mantan Gubernur Jawa Barat Ridwan Kamil", "eks Wali Kota Solo Joko Widodo",
    "Mantan Bupati Belitung Timur itu", "bekas Wakil Gubernur Jawa Timur",
])
def test_a_former_office_holders_title_is_who_the_person_is(phrase):
    body = f"JAKARTA (ANTARA) - Kuasa hukum {phrase} memberi keterangan kepada penyidik." + FILLER
    assert extract_regions("Pemeriksaan Saksi", body) == (["DKI Jakarta"], [])


def test_a_serving_office_holders_title_still_names_the_region():
    body = "Bupati Gresik Fandi Akhmad Yani meresmikan pelabuhan." + FILLER
    assert extract_regions("Peresmian Pelabuhan", body) == (["Jawa Timur"], ["Kabupaten Gresik"])


# --- how a kabupaten/kota is named -----------------------------------------------------------

@pytest.mark.parametrize(("title", "regency"), [
    ("Polrestro Bekasi Kota Bekuk 26 Tersangka Narkoba", "Kota Bekasi"),
    ("Polres Metro Bekasi Kota Ungkap Peredaran Sabu", "Kota Bekasi"),
    ("Polresta Serang Kota Bangun 8 Jembatan", "Kota Serang"),
    ("Polisi Bongkar Narkoba di Bekasi", None),
])
def test_kota_after_a_name_shared_by_a_kabupaten_and_a_kota_is_the_kota(title, regency):
    body = "Polisi menangkap para tersangka." + FILLER
    assert extract_regions(title, body)[1] == ([regency] if regency else [])


@pytest.mark.parametrize("written", ["Kajari Bima", "Kodim Bima", "Dandim Bima", "BPBD Bima"])
def test_institutions_of_a_region_mark_a_name_that_is_also_a_persons(written):
    body = f"{written} menggelar rapat koordinasi." + FILLER
    assert extract_regions("Rapat Koordinasi", body)[0] == ["Nusa Tenggara Barat"]


def test_a_kabupaten_named_outright_that_carries_its_province_counts_with_it():
    body = ("Petugas menangkap seekor harimau yang kerap memangsa ternak warga." + FILLER * 2
            + "\nHarimau itu ditangkap di Kabupaten Agam, Sumatera Barat, pada Senin pagi."
            + FILLER * 4)
    assert extract_regions("Harimau Ditangkap", body) == (["Sumatera Barat"], ["Kabupaten Agam"])


def test_a_kota_mentioned_as_a_venue_does_not_carry_a_datelined_province():
    body = ("JAKARTA (ANTARA) - Pemerintah menargetkan aturan selesai bulan ini." + FILLER * 2
            + "\nRapat digelar di Hotel Borobudur, Jakarta Pusat." + FILLER * 4)
    assert extract_regions("Aturan Baru", body) == (["DKI Jakarta"], [])


# --- small places ----------------------------------------------------------------------------

def small_places() -> list[tuple[str, str, str]]:
    return [tuple(line.split("\t")) for line in word_list("region_small_places.tsv")]


def test_no_kecamatan_or_desa_becomes_a_kabupaten_elsewhere():
    """Every kecamatan and desa of the register named like a region, written after its word
    and followed by its kabupaten/kota, gives that kabupaten/kota and nothing else; names of
    more than four words (one in the register) are left out."""
    checked = 0
    for level, name, holder in small_places():
        if len(name.split()) > 4:
            continue
        word = "Kecamatan" if level == "kecamatan" else "Desa"
        for body in (f"Banjir melanda {word} {name}, {holder}, kata petugas.",
                     f"Banjir melanda {word.lower()} {name}, {holder}."):
            checked += 1
            assert extract_regions("Banjir", body)[1] == [holder], body
    assert checked > 6000


def test_a_region_name_inside_a_desa_name_is_part_of_it():
    body = "Banjir melanda Desa Batang Merangin, Kabupaten Kerinci, Jambi." + FILLER
    assert extract_regions("Banjir", body) == (["Jambi"], ["Kabupaten Kerinci"])


# --- the dev labels --------------------------------------------------------------------------

def test_regions_dev_labels():
    """bench/labels/regions-dev-2026-12-06.json, 30 articles no other labels file uses: its
    first score (before the changes of issue 15 part 5) was unseen; since then it is
    in-sample. Floors at what is measured (deterministic). Its SEMARANG dateline is labelled
    the kota, against the rule settled in round 5 (bench/labels/regions.md: a shared name the
    article does not qualify is only its province); the file is frozen, so kabupaten/kota
    lose that one (0.857/0.857 -> 0.833/0.714)."""
    from bench.eval_regions import score_labels

    labels = json.loads(DEV_LABELS.read_text("utf-8"))
    assert len(labels) == 30
    scores = score_labels(DEV_LABELS)
    print(scores.provinces.precision, scores.provinces.recall,
          scores.regencies.precision, scores.regencies.recall)
    assert scores.provinces.precision >= 0.81 and scores.provinces.recall >= 0.92
    assert scores.regencies.precision >= 0.83 and scores.regencies.recall >= 0.71


def test_the_regions_dev10_set_is_scored_as_labelled():
    """regions-dev10 (40 articles, most of them regional stories): labelled before any score
    (kabupaten/kota R 0.935 unseen); in-sample now, so a regression check."""
    entries = json.loads(DEV10.read_text("utf-8"))
    assert len(entries) == 40
    assert sum(e["file"] == "antara-rss-2026.json" for e in entries) == 14
    from bench.eval_regions import score_labels

    scores = score_labels(DEV10)
    assert scores.provinces.precision == scores.provinces.recall == 1.0
    assert scores.regencies.precision == scores.regencies.recall == 1.0


# --- provinces made from another ------------------------------------------------------------

@pytest.mark.parametrize(("body", "provinces", "regencies"), [
    ("Massa membakar kantor pemerintah di Kabupaten Puncak, Papua, Senin.",
     ["Papua Tengah"], ["Kabupaten Puncak"]),
    ("TARAKAN (ANTARA) - Banjir melanda Kota Tarakan, Kalimantan Timur, Senin.",
     ["Kalimantan Utara"], ["Kota Tarakan"]),
    ("Penyidik memeriksa saksi di gedung KPK, Kuningan, Jakarta Selatan.",
     ["DKI Jakarta"], ["Kota Administrasi Jakarta Selatan"]),
])
def test_a_kabupaten_followed_by_the_province_it_was_split_from_is_that_kabupaten(
        body, provinces, regencies):
    assert extract_regions("Kabar Daerah", body + FILLER) == (provinces, regencies)


@pytest.mark.parametrize(("written", "regency"), [
    ("Tulung Agung", "Kabupaten Tulungagung"), ("Karang Anyar", "Kabupaten Karanganyar"),
    ("Banjar Baru", "Kota Banjarbaru"), ("Muko-Muko", "Kabupaten Mukomuko"),
    ("Deliserdang", "Kabupaten Deli Serdang"), ("Deli-Serdang", "Kabupaten Deli Serdang"),
])
def test_a_one_word_name_written_in_two_and_the_reverse_are_found(written, regency):
    body = f"Pemerintah daerah {written} menggelar rapat di kantor bupati {written}." + FILLER
    assert extract_regions("Rapat Daerah", body)[1] == [regency]


# --- enumerations ----------------------------------------------------------------------------

def test_regions_in_an_enumeration_of_many_weigh_nothing():
    body = ("Bandara itu kembali melayani penerbangan ke Medan, Pekanbaru, Padang, Batam, "
            "Pontianak, Makassar, dan Denpasar mulai pekan depan." + FILLER)
    assert extract_regions("Bandara Kembali Dibuka", body) == ([], [])


def test_a_region_of_an_enumeration_named_elsewhere_still_counts():
    body = ("Bandara Husein Sastranegara di Kota Bandung kembali melayani penerbangan ke Medan, "
            "Pekanbaru, Padang, Batam, Pontianak, dan Makassar." + FILLER)
    assert extract_regions("Bandara Kembali Dibuka", body) == (["Jawa Barat"], ["Kota Bandung"])


def test_a_short_list_of_regions_with_their_kinds_counts():
    body = ("Penetapan calon diumumkan di Kabupaten Karo, Kabupaten Simalungun, Kabupaten Dairi, "
            "dan Kabupaten Samosir." + FILLER)
    assert extract_regions("Penetapan Calon", body) == (["Sumatera Utara"], [
        "Kabupaten Karo", "Kabupaten Simalungun", "Kabupaten Dairi", "Kabupaten Samosir"])


@pytest.mark.parametrize("body", [
    "KPU menunda penetapan calon di Kabupaten Karo, Kabupaten Selayar, Kabupaten Nabire, dan "
    "Kabupaten Supiori.",
    "Daerah yang calonnya kurang dari dua pasang, yakni Kabupaten Kutai Kartanegara, Kota "
    "Denpasar, dan Minahasa Selatan, memperpanjang masa pendaftaran.",
])
def test_a_short_list_of_kabupaten_kota_of_three_provinces_weighs_nothing(body):
    assert extract_regions("Penetapan Calon Ditunda", body + FILLER) == ([], [])


def test_a_capitalised_word_inside_a_name_is_no_speech_verb_before_a_venue():
    # "nilai" is a speech verb ("nilai Budi"); in "Zona Nilai Tanah" it is part of a name
    text = ("Pemprov Jawa Tengah menandatangani kesepakatan dengan BPN." + FILLER * 2
            + "\nSelain itu, dilakukan pemetaan Zona Nilai Tanah (ZNT) di Kabupaten Klaten, "
            "dan sertifikasi aset di sejumlah kabupaten." + FILLER)
    assert "Kabupaten Klaten" in extract_regions("Kesepakatan Ditandatangani", text)[1]


def test_a_region_inside_a_firms_name_is_part_of_that_name():
    body = ("Menteri Perhubungan menyiapkan sanksi untuk PT Atosim Lampung Pelayaran setelah "
            "kebakaran kapal di Madura." + FILLER)
    assert extract_regions("Izin Kapal Terancam Dicabut", body) == (["Jawa Timur"], [])
    body = ("Pemerintah menunjuk Budi sebagai Direktur Utama PT Indonesia Asahan Aluminium "
            "(Persero) atau Inalum." + FILLER)
    assert extract_regions("Budi Ditunjuk Jadi Bos Inalum", body) == ([], [])


def test_a_regional_unit_named_last_in_a_firms_name_works_there():
    body = ("PT PLN NTT terus memulihkan sistem kelistrikan pascagempa. 429 gardu distribusi "
            "telah dinormalkan." + FILLER)
    assert extract_regions("PLN Pulihkan Kelistrikan Pascagempa", body) == (
        ["Nusa Tenggara Timur"], [])


def test_a_rates_name_is_no_place():
    body = ("Berdasarkan Referensi Jakarta Interbank Spot Dollar Rate (Jisdor) Bank Indonesia, "
            "kurs rupiah melemah ke posisi Rp14.067 per dolar AS." + FILLER)
    assert extract_regions("Rupiah Masih Tertekan", body) == ([], [])
