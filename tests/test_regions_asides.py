"""Regions named beside the story (issue 15, regions round 3): a linked story's headline glued
into the text, a member of parliament's constituency, an island, a university in a person's
description, a former office "pernah menjabat", the rest of an origin's address, a football
club; and the one kabupaten/kota named late as where a story about its province happens.
Checked on written articles."""

from __future__ import annotations

import pytest

from extracted import FILLER
from index.extract.regions import article_evidence, extract_regions
from index.extract.regions.asides import aside_spans, in_institution_name
from index.extract.regions.evidence import ASIDE


def test_a_linked_headline_ends_before_the_next_sentence():
    text = ("kata dia. Baca juga: Dolar Naik, Perajin Jaket Kulit di Bogor Hentikan Produksi "
            "Sementara itu, harga kedelai naik.")
    (start, end), = aside_spans(text)[0]
    assert text[start:end] == ("Baca juga: Dolar Naik, Perajin Jaket Kulit di Bogor Hentikan "
                               "Produksi")
    text = "kata dia. (Baca: Kabareskrim Jamin Tidak Usut Kasus Lama)Catatan itu ada."
    (start, end), = aside_spans(text)[0]
    assert text[start:end] == "Baca: Kabareskrim Jamin Tidak Usut Kasus Lama"


def test_a_region_only_in_a_linked_headline_does_not_count():
    body = ("VIVA.co.id - Pemerintah Provinsi Sumatera Selatan menyiapkan anggaran kuliah gratis."
            " Baca juga:Jasad Osama Dimakamkan di Poso \"Penerima ini dipilih,\" ujar Kepala "
            "Dinas Pendidikan Sumatera Selatan." + FILLER * 3)
    assert extract_regions("Kuliah Gratis, Sumsel Siapkan Anggaran", body) == (
        ["Sumatera Selatan"], [])


def test_a_linked_headline_running_into_the_story_keeps_a_region_of_its_province():
    body = ("Kepala Depo Pertamina di Kupang, Nusa Tenggara Timur ditemukan tewas." + FILLER
            + " Baca juga:Ini Jenis Kanker yang Rentan Perokok Kapolres Kota Kupang AKBP Budi "
            "mengatakan korban tewas lebih dari 24 jam." + FILLER)
    assert extract_regions("Kepala Depo Ditemukan Tewas", body) == (
        ["Nusa Tenggara Timur"], ["Kota Kupang"])


def test_a_constituency_is_not_where_the_story_is():
    body = ("Anggota Komisi VIII DPR mengkritik anggaran pendidikan Islam." + FILLER
            + " Menurut anggota dari daerah pemilihan Jawa Barat I (Kota Bandung dan Kota "
            "Cimahi), madrasah kurang diperhatikan." + FILLER)
    assert extract_regions("Pendidikan Islam Minim Perhatian", body) == ([], [])
    body = "Jokowi menegaskan pencalonan Kaesang dari Dapil Jateng V adalah keputusan pribadi."
    assert extract_regions("Kaesang Maju Caleg", body) == ([], [])


def test_an_island_is_not_the_kabupaten_of_its_name():
    body = ("Para pendaki menuju Gunung Tambora di Pulau Sumbawa, Nusa Tenggara Barat." + FILLER
            + " Pendakian dimulai dari Kabupaten Dompu." + FILLER)
    assert extract_regions("Pendaki Tambora", body) == (
        ["Nusa Tenggara Barat"], ["Kabupaten Dompu"])


def test_a_university_in_a_persons_description_is_no_place_of_the_story():
    text = "kata dosen Universitas Gadjah Mada (UGM) Yogyakarta itu"
    assert in_institution_name(text, text.index("Yogyakarta"))
    text = "Upacara berlangsung di Stadion Kampus Institut Teknologi Sepuluh Nopember Surabaya."
    assert not in_institution_name(text, text.index("Surabaya"))
    body = ("Akademisi Universitas Jember Budi mengingatkan prinsip syariah dalam memilih "
            "investasi." + FILLER * 2)
    assert extract_regions("Akademisi Ingatkan Prinsip Syariah", body) == ([], [])
    text = "Pakar Hukum Tata Negara dari Universitas Parahyangan, Bandung, Jawa Barat, Asep"
    assert in_institution_name(text, text.index("Bandung"))
    assert in_institution_name(text, text.index("Jawa Barat"))
    text = "Kuliah umum digelar di Universitas Parahyangan, Bandung, Jawa Barat, Senin."
    assert not in_institution_name(text, text.index("Jawa Barat"))


def test_a_former_office_written_pernah_menjabat_is_who_the_person_is():
    body = ("Gamawan mengaku menandatangani pemberian uang itu." + FILLER
            + " \"Itu resmi,\" ujar pria yang juga pernah menjabat sebagai Gubernur Sumatera "
            "Barat tersebut." + FILLER)
    assert extract_regions("Gamawan Bersaksi", body) == ([], [])


def test_the_one_kabupaten_where_a_story_about_its_province_happens_counts_late():
    body = ("Polda Sulawesi Utara menangkap Kamal, tersangka pembunuhan di Sulawesi Utara."
            + FILLER * 4 + "\n" + FILLER * 3 + " Setelah itu Kamal terbang ke Kota Bitung."
            + FILLER)
    assert extract_regions("Pembunuh Bos Bar Ditangkap", body) == (
        ["Sulawesi Utara"], ["Kota Bitung"])


def test_a_next_stop_named_with_its_kind_late_in_a_story_about_its_province_counts():
    body = ("Gubernur Jawa Timur meninjau tanggul di Kabupaten Lamongan, Jawa Timur." + FILLER * 4
            + "\n" + FILLER * 3 + " Gubernur kemudian menuju Kabupaten Ngawi untuk meresmikan"
            " pasar." + FILLER)
    assert extract_regions("Gubernur Tinjau Tanggul", body) == (
        ["Jawa Timur"], ["Kabupaten Lamongan", "Kabupaten Ngawi"])
    body = body.replace("menuju Kabupaten Ngawi",
                        "meninjau bendungan di perbatasan Kabupaten Ngawi")
    assert extract_regions("Gubernur Tinjau Tanggul", body)[1] == [
        "Kabupaten Lamongan", "Kabupaten Ngawi"]
    # bare, or after a comma, the same name late in the story stays a passing one
    for late in (" Gubernur kemudian menuju Ngawi untuk meresmikan pasar.",
                 " Pasar itu berada di Jalan Merdeka, Kabupaten Ngawi."):
        body = ("Gubernur Jawa Timur meninjau tanggul di Kabupaten Lamongan, Jawa Timur."
                + FILLER * 4 + "\n" + FILLER * 3 + late + FILLER)
        assert extract_regions("Gubernur Tinjau Tanggul", body) == (
            ["Jawa Timur"], ["Kabupaten Lamongan"])


def test_a_list_of_kabupaten_named_late_counts_for_none_of_them():
    # "di Kabupaten A, B, dan C": an enumeration (a tally of hotspots), not a next stop
    body = ("Gubernur Jawa Timur meninjau tanggul di Kabupaten Lamongan, Jawa Timur." + FILLER * 4
            + "\n" + FILLER * 3 + " Titik panas terbanyak ada di Kabupaten Ngawi, Madiun, dan"
            " Magetan." + FILLER)
    assert extract_regions("Gubernur Tinjau Tanggul", body) == (
        ["Jawa Timur"], ["Kabupaten Lamongan"])


def test_the_rest_of_an_origins_address_weighs_nothing():
    body = ("Pemerintah Provinsi Jawa Tengah mendorong keamanan siber." + FILLER * 4
            + " \"Perbarui aplikasi,\" kata pria asal Cepu, Kabupaten Blora, Jawa Tengah, itu.")
    assert extract_regions("Keamanan Siber", body) == (["Jawa Tengah"], [])


@pytest.mark.parametrize("body", [
    "Komdis PSSI memeriksa mantan pelatih Persipur Purwodadi soal pengaturan skor.",
    "Manajer PSBK Kota Blitar dikenai larangan mendampingi tim selama tiga laga.",
    "Persija menahan imbang Perseru Serui pada laga tandang pekan lalu.",
    "Pelatih meminta skuat Maung Bandung tidak panik setelah kalah di laga perdana.",
])
def test_clubs_of_the_lower_leagues_are_not_their_towns_either(body):
    assert extract_regions("Kabar Sepak Bola", body) == ([], [])


def test_a_regional_paper_named_after_its_town_is_not_the_town():
    body = ("Laporan Wartawan Tribun Medan, Rina Sari\nWisatawan mulai melirik air terjun di "
            "Kecamatan Sipispis, Kabupaten Serdang Bedagai, Sumatera Utara." + FILLER * 3
            + " (Tribun Medan/Rina Sari)" + FILLER)
    assert extract_regions("Air Terjun Tersembunyi", body) == (
        ["Sumatera Utara"], ["Kabupaten Serdang Bedagai"])
    tips = "Laporan Tribun Jateng, Dewi Lestari\nOrang tua perlu memilih mainan yang aman." + FILLER
    assert extract_regions("Tips Memilih Mainan Anak", tips) == ([], [])


def test_a_list_of_people_or_things_with_their_region_in_brackets_is_no_place_of_the_story():
    listed = ("Akan tampil penyair Jumari HS (Kudus), Bambang Eka Prasetya (Magelang), Ardi"
              " Rasyidi (Temanggung), dan Ardi Susanti (Tulungagung).")
    body = ("Festival puisi akan digelar di Kabupaten Tangerang bulan depan." + FILLER + "\n"
            + FILLER * 3 + "\n" + listed + "\n" + FILLER * 2)
    assert extract_regions("Festival Puisi", body) == (["Banten"], ["Kabupaten Tangerang"])
    single = body.replace(listed, "Akan tampil penyair Ardi Susanti (Tulungagung).")
    assert extract_regions("Festival Puisi", single + FILLER) == (
        ["Banten"], ["Kabupaten Tangerang"])


def test_one_thing_with_its_place_in_brackets_still_counts():
    body = ("Kemacetan di jalur Pejagan (Brebes) terurai setelah jembatan layang dibuka."
            + FILLER)
    assert extract_regions("Jembatan Layang Dibuka", body) == (
        ["Jawa Tengah"], ["Kabupaten Brebes"])


def test_a_football_club_is_not_the_town_it_is_named_after():
    body = ("Persija Jakarta akhirnya memutuskan meminjam pemain dari Persita Tangerang untuk "
            "Piala Presiden." + FILLER * 2)
    assert extract_regions("Persija Pinjam Pemain", body) == ([], [])
    body = ("Pemain Persib Bandung berlatih di Kota Bandung menjelang laga." + FILLER * 2)
    assert extract_regions("Persib Berlatih", body) == (["Jawa Barat"], ["Kota Bandung"])


def test_a_national_seat_of_government_is_no_place_of_the_story():
    body = ("Presiden memimpin rapat terbatas soal inflasi di Istana Bogor, Jawa Barat, Senin."
            + FILLER * 3)
    assert extract_regions("Presiden Pimpin Rapat Inflasi", body) == ([], [])
    body = ("Komisi II menggelar rapat kerja di Gedung Nusantara II DPR, Senayan, Jakarta, Senin."
            + FILLER * 3)
    assert extract_regions("Komisi II Rapat", body) == ([], [])
    body = ("Presiden mengundang para kepala daerah dan KPK ke Istana Bogor, Senin." + FILLER * 3)
    assert extract_regions("Presiden Undang Kepala Daerah", body) == ([], [])
    body = ("Ia mengembalikan formulir ke kantor DPD Partai Golkar Jawa Timur, Jalan A Yani, "
            "Kota Surabaya, Senin." + FILLER * 3)
    assert extract_regions("Formulir Dikembalikan", body) == (["Jawa Timur"], ["Kota Surabaya"])
    body = "Jakarta (ANTARA) - Komisi II menggelar rapat kerja di Gedung DPR, Jakarta." + FILLER
    assert extract_regions("Komisi II Rapat", body) == (["DKI Jakarta"], [])
    body = ("Festival pernikahan digelar di Jakarta Convention Center, Senayan, Jakarta Pusat."
            + FILLER * 3)
    assert extract_regions("Festival Pernikahan", body) == (
        ["DKI Jakarta"], ["Kota Administrasi Jakarta Pusat"])


# --- a comparison or a previous posting (region_passing_cues.txt) ----------------------------

KLATEN_LEAD = "Pemerintah Kabupaten Klaten membagikan bantuan beras kepada warga miskin di desa."


def _story(middle: str) -> str:
    filler = " Kegiatan itu berlangsung lancar dan diikuti banyak peserta dari berbagai instansi."
    return KLATEN_LEAD + filler + "\n" + filler * 2 + "\n" + middle + filler * 2 + "\n" + filler


@pytest.mark.parametrize("middle", [
    "Program serupa sudah berjalan, seperti di Kabupaten Boyolali.",
    "Angka itu lebih rendah dibandingkan Kabupaten Boyolali yang mencapai 20 persen.",
    "Sebelumnya, ia menjabat Kepala Dinas Sosial Kabupaten Boyolali.",
    "Ia pernah bertugas di Kabupaten Boyolali selama lima tahun.",
])
def test_a_comparison_or_a_previous_posting_after_the_lead_is_no_place_of_the_story(
        middle: str) -> None:
    assert extract_regions("Bantuan Beras Dibagikan", _story(middle)) == (
        ["Jawa Tengah"], ["Kabupaten Klaten"])


def test_the_same_kabupaten_as_where_the_story_goes_on_still_counts() -> None:
    middle = "Bantuan juga dibagikan di Kabupaten Boyolali pada hari yang sama."
    assert "Kabupaten Boyolali" in extract_regions("Bantuan Beras Dibagikan", _story(middle))[1]


def test_a_users_own_passing_cue(tmp_path, monkeypatch) -> None:
    from index.extract.regions import asides as region_asides

    middle = "Skemanya meniru Kabupaten Boyolali yang lebih dulu menjalankannya."
    assert "Kabupaten Boyolali" in extract_regions("Bantuan Beras Dibagikan", _story(middle))[1]
    (tmp_path / "region_passing_cues.txt").write_text("meniru\n", "utf-8")
    monkeypatch.setenv("KABAR_DATA", str(tmp_path))
    region_asides._passing_cues.cache_clear()
    try:
        assert extract_regions("Bantuan Beras Dibagikan", _story(middle)) == (
            ["Jawa Tengah"], ["Kabupaten Klaten"])
    finally:
        monkeypatch.delenv("KABAR_DATA")
        region_asides._passing_cues.cache_clear()


def test_a_bracketed_linked_headline_weighs_nothing_even_where_the_region_is_named_elsewhere():
    body = ("KPU pusat mengumumkan jadwal tahapan pilkada serentak." + FILLER + "\n\n"
            "KPU masih menunggu penetapan calon di Kota Surabaya pada akhir bulan. (Baca "
            "Penetapan Calon Pilkada Surabaya Diundur) Tahapan kampanye dimulai pekan depan.")
    evidence = article_evidence("Jadwal Pilkada Diumumkan", body)
    zones = [m.zone for m in evidence.mentions if m.region == "Kota Surabaya"]
    assert len(zones) == 2 and zones[0] != ASIDE and zones[1] == ASIDE


def test_a_speakers_place_before_the_day_and_the_verb_is_no_place_of_the_story():
    body = ("Kepala Dinas Kelautan NTB Lalu Hamdi di Mataram, Senin, mengatakan nelayan di Desa "
            "Pemenang Timur, Kabupaten Lombok Utara, menerima bantuan perahu." + FILLER)
    assert extract_regions("Nelayan Terima Perahu", body) == (
        ["Nusa Tenggara Barat"], ["Kabupaten Lombok Utara"])
    event = ("Banjir merendam ratusan rumah di Mataram, Senin, menurut petugas BPBD setempat."
             + FILLER)
    assert extract_regions("Banjir Merendam Rumah", event)[1] == ["Kota Mataram"]


def test_a_regional_coordinators_town_is_part_of_the_units_name():
    body = ("Menteri meminta Badan Gizi Nasional mengganti Korwil BGN Surabaya setelah polemik "
            "pencopotan kepala dapur." + FILLER)
    assert extract_regions("Menteri Minta Korwil BGN Surabaya Diganti", body) == ([], [])
