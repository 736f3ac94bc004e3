"""Which of a kabupaten and a kota a shared name means, and names that are better known as
places elsewhere (issue 15, regions round 4).

A police unit ("Polres Bogor" is the kabupaten, "Polrestabes Bandung" the kota), a kind after
the name ("Polres Bogor Kabupaten"), a dateline whose kabupaten the lead names outright; "kawasan
Puncak" is the pass in Bogor, not Kabupaten Puncak in Papua Tengah; a home address after the
lead weighs nothing. Checked on written articles with extract_regions, and on a user's own
line in region_elsewhere_forms.txt.
"""

from __future__ import annotations

import pytest

from extracted import FILLER
from index.extract.regions import extract_regions, readings
from index.gazetteer import gazetteer


def body(lead: str, middle: str = "", late: str = "") -> str:
    return lead + FILLER + "\n" + FILLER * 2 + "\n" + middle + FILLER * 2 + "\n" + late + FILLER


@pytest.mark.parametrize(("lead", "regency"), [
    ("Polres Malang menangkap dua pelaku pencurian.", "Kabupaten Malang"),
    ("Kapolres Bogor AKBP Rio Wahyu meninjau pos pengamanan.", "Kabupaten Bogor"),
    ("Polres Metro Bekasi menangkap dua pelaku di Babelan.", "Kabupaten Bekasi"),
    ("Polrestabes Bandung menggelar rekonstruksi kasus tabrak lari.", "Kota Bandung"),
    ("Polresta Malang Kota menangkap dua pelaku pencurian.", "Kota Malang"),
    ("Pasien dievakuasi Polres Bogor Kabupaten ke rumah sakit.", "Kabupaten Bogor"),
])
def test_a_police_unit_says_kabupaten_or_kota(lead: str, regency: str) -> None:
    provinces, regencies = extract_regions("Polisi Bergerak Cepat", body(lead))
    assert regencies == [regency]
    assert provinces == [gazetteer().regions[regency].province]


def test_a_police_unit_yields_to_the_kota_the_article_names_with_its_unit() -> None:
    text = body("Kapolres Jayapura Kota AKBP Tober Sirait dianiaya massa saat menenangkan warga.",
                "Kapolres Jayapura dan ajudannya kini dirawat di rumah sakit.")
    assert extract_regions("Kapolres Dianiaya Massa", text) == (["Papua"], ["Kota Jayapura"])


def test_a_kota_named_once_in_the_body_does_not_take_the_police_unit() -> None:
    text = body("Anggota TNI dirampok di Jalan Keradenan. Polres Bogor menyelidiki kasus itu.",
                "Kawanan perampok kabur ke arah Kota Bogor. Polres Bogor memburu mereka.")
    assert extract_regions("Anggota TNI Dirampok", text)[1][0] == "Kabupaten Bogor"


def test_a_shared_dateline_is_only_its_province_unless_the_article_says_which() -> None:
    # bench/labels/regions.md, "Names shared by a kabupaten and a kota"
    plain = "Kupang (ANTARA) - Warga memadati pantai untuk menyambut tahun baru."
    assert extract_regions("Warga Padati Pantai", body(plain)) == (["Nusa Tenggara Timur"], [])
    kabupaten = ("Kupang (ANTARA) - Pemerintah Kabupaten Kupang membuka wisata berkuda di "
                 "Pegunungan Fatuleu.")
    assert extract_regions("Wisata Berkuda Dibuka", body(kabupaten)) == (
        ["Nusa Tenggara Timur"], ["Kabupaten Kupang"])
    kota = "SEMARANG - Warga memadati alun-alun. Pemkot Semarang menyiapkan kantong parkir."
    assert extract_regions("Alun-alun Padat", body(kota)) == (["Jawa Tengah"], ["Kota Semarang"])
    police = ("TANGERANG - Seorang pengemudi ditangkap. Polres Tangerang Kota menahan pelaku "
              "di markasnya.")
    assert extract_regions("Pengemudi Ditangkap", body(police)) == (["Banten"], ["Kota Tangerang"])


def test_a_shared_dateline_with_a_seat_town_is_not_the_kabupaten_said() -> None:
    text = body("Bekasi (ANTARA) - Pengerjaan proyek di jalan tol dihentikan sementara.",
                "Kendaraan dialihkan ke gerbang tol Cikarang Barat.")
    assert "Kota Bekasi" not in extract_regions("Proyek Tol Dihentikan", text)[1]


def test_a_name_only_a_kota_stays_the_kota_in_a_dateline() -> None:
    assert extract_regions("Harga Beras Naik", body("MAKASSAR -- Harga beras naik.")) == (
        ["Sulawesi Selatan"], ["Kota Makassar"])


def test_a_dateline_stays_the_kota_when_the_article_names_the_kota() -> None:
    text = body("BOGOR - Pemerintah Kabupaten Bogor dan Pemkot Bogor membahas banjir.",
                "Wali Kota Bogor meninjau lokasi banjir di Kota Bogor.")
    assert "Kota Bogor" in extract_regions("Banjir Dibahas", text)[1]


@pytest.mark.parametrize("lead", [
    "Antrean kendaraan mengular menuju kawasan Puncak sejak pagi.",
    "Polisi memberlakukan sistem satu arah di jalur Puncak pada akhir pekan.",
    "Wisatawan yang hendak ke Puncak diminta berangkat lebih awal.",
])
def test_the_puncak_pass_is_not_kabupaten_puncak(lead: str) -> None:
    provinces, regencies = extract_regions("Lalu Lintas Padat", body(lead))
    assert "Kabupaten Puncak" not in regencies and "Papua Tengah" not in provinces


@pytest.mark.parametrize("lead", [
    "Massa membakar tujuh kantor pemerintah di Puncak, Papua Tengah, pada Senin.",
    "Pemkab Puncak memulihkan layanan publik setelah kerusuhan.",
    "Bupati Puncak meminta warga tetap tenang setelah kerusuhan.",
])
def test_kabupaten_puncak_named_as_a_region_counts(lead: str) -> None:
    provinces, regencies = extract_regions("Kerusuhan Mereda", body(lead))
    assert regencies == ["Kabupaten Puncak"] and provinces == ["Papua Tengah"]


def test_a_users_own_line_in_region_elsewhere_forms(tmp_path, monkeypatch) -> None:
    lead = "Wisatawan memadati kawasan Ende setiap akhir pekan."
    assert extract_regions("Wisata Ramai", body(lead))[1] == ["Kabupaten Ende"]
    (tmp_path / "region_elsewhere_forms.txt").write_text("Ende\n", "utf-8")
    monkeypatch.setenv("KABAR_DATA", str(tmp_path))
    readings.elsewhere_forms.cache_clear()
    try:
        assert extract_regions("Wisata Ramai", body(lead))[1] == []
    finally:
        monkeypatch.delenv("KABAR_DATA")
        readings.elsewhere_forms.cache_clear()


def test_a_home_address_after_the_lead_weighs_nothing() -> None:
    text = body("Pemerintah Kota Surabaya menangkap pengemudi taksi yang membawa golok.",
                "Pelaku berinisial ZA, warga Perumahan Griya Samudra, Kecamatan Taman, "
                "Kabupaten Sidoarjo, Jawa Timur.",
                "Korban lain beralamat di Jalan Melati RT 03/RW 06, Kabupaten Sidoarjo.")
    assert extract_regions("Sopir Bawa Golok Ditangkap", text) == (
        ["Jawa Timur"], ["Kota Surabaya"])


def test_a_home_address_in_the_lead_still_counts() -> None:
    text = body("Seorang pria warga Jalan Melati, Kabupaten Sidoarjo, ditemukan tewas di "
                "rumahnya.")
    assert extract_regions("Pria Ditemukan Tewas", text)[1] == ["Kabupaten Sidoarjo"]


@pytest.mark.parametrize("lead", [
    "Warga menolak pembangunan jalan layang di Padang Luar karena lahan belum dibebaskan.",
    "Polisi membubarkan massa yang mengadang jalan di kawasan Padang Bulan pada Senin.",
])
def test_a_desa_whose_name_starts_with_a_region_elsewhere_is_not_that_region(lead: str) -> None:
    # region_small_places.tsv: Padang Luar lies in Agam, Padang Bulan in Medan and elsewhere
    assert "Kota Padang" not in extract_regions("Warga Menolak", body(lead))[1]


def test_a_desa_of_that_name_inside_the_region_keeps_it() -> None:
    lead = "Banjir merendam permukiman di Kecamatan Bogor Barat, Kota Bogor, pada Senin."
    assert "Kota Bogor" in extract_regions("Banjir Merendam", body(lead))[1]


@pytest.mark.parametrize("lead", [
    "Personel Polres Metro Jakara Selatan berjaga di halaman rumah tersangka.",  # a typo
    "Kapolres Metro Bekasi memimpin apel pengamanan malam tahun baru.",
])
def test_a_metropolitan_police_unit_is_not_kota_metro(lead: str) -> None:
    provinces, regencies = extract_regions("Polisi Berjaga", body(lead))
    assert "Kota Metro" not in regencies and "Lampung" not in provinces


def test_kota_metro_police_is_kota_metro() -> None:
    lead = "Polres Metro menangkap dua pengedar sabu di Kota Metro, Lampung."
    assert extract_regions("Pengedar Ditangkap", body(lead)) == (["Lampung"], ["Kota Metro"])


@pytest.mark.parametrize(("lead", "region"), [
    ("Kemacetan parah terjadi di Jalan Raya Bogor, Kramat Jati, akibat perbaikan jalan.",
     "Kota Bogor"),
    ("Umat Hindu merayakan Hari Raya Kuningan sepuluh hari setelah Galungan.",
     "Kabupaten Kuningan"),
    ("Warga menghabiskan akhir pekan di taman kota seperti Kebun Raya Bogor.", "Kota Bogor"),
])
def test_a_road_a_holiday_or_a_garden_named_after_a_region_is_not_it(lead: str,
                                                                    region: str) -> None:
    assert region not in extract_regions("Akhir Pekan", body(lead))[1]


def test_a_grand_mosque_stands_in_its_kota() -> None:
    lead = "Polisi mengusut akun yang menawarkan Masjid Raya Singkawang untuk dijual."
    assert extract_regions("Polisi Mengusut Akun", body(lead)) == (
        ["Kalimantan Barat"], ["Kota Singkawang"])


@pytest.mark.parametrize("lead", [
    "LRT Jakarta dan KRL di Stasiun Manggarai akan terintegrasi, memudahkan penumpang.",
    "Pedagang pohon pinang mulai bermunculan di Manggarai, Jakarta, menjelang HUT RI.",
])
def test_a_kota_neighbourhood_named_like_a_kabupaten_elsewhere_is_the_neighbourhood(
        lead: str) -> None:
    # region_small_places.tsv: Manggarai is a kelurahan of Kota Administrasi Jakarta Selatan
    provinces, regencies = extract_regions("Kabar Jakarta", body(lead))
    assert provinces == ["DKI Jakarta"] and "Kabupaten Manggarai" not in regencies


def test_the_kabupaten_stays_where_the_article_names_its_province() -> None:
    lead = "Gempa mengguncang Nusa Tenggara Timur. Sebanyak 15 warga Manggarai meninggal dunia."
    assert "Kabupaten Manggarai" in extract_regions("Gempa di NTT", body(lead))[1]


def test_a_village_named_like_a_kabupaten_does_not_hide_it() -> None:
    # there are desa named Sampang in Cilacap and Kebumen (Jawa Tengah); only a kota's
    # neighbourhoods, which news names bare, count against the kabupaten
    lead = "Guru SMA di Sampang tewas dianiaya, sepekan setelah kasus serupa di Jawa Tengah."
    assert "Kabupaten Sampang" in extract_regions("Guru Dianiaya", body(lead, lead))[1]
