"""Who said it: speaker attribution of statements (index/extract/statements), on sentences
written for these tests. Each test is one general way Indonesian news names, or refers back to,
the person who speaks."""

from __future__ import annotations

from index.extract.statements import Statement, find_statements


def speakers(body: str) -> list[str | None]:
    return [statement.speaker for statement in find_statements(body)]


def last(body: str) -> Statement:
    found = find_statements(body)
    assert found, body
    return found[-1]


# --- Pronouns: the person named before what is said ---------------------------------------------


def test_a_pronoun_after_unquoted_words_is_not_a_name_inside_them():
    body = ("Kepala Dinas Perhubungan Kota Malang Widjaja Saleh Putra memeriksa terminal. "
            "Widjaja juga menyatakan, tarif angkutan kota belum naik tahun ini. "
            "Terminal Arjosari masih ramai setiap pagi, jadi petugas kami tambah, ucapnya.")
    assert last(body).speaker == "Widjaja Saleh Putra"


def test_a_short_name_at_a_cue_counts_for_a_later_pronoun():
    body = ("Ketua Koperasi Nelayan Sinar Laut, Marlina Kusumawardani, membuka rapat anggota. "
            "Harga solar memberatkan anggota, kata Marlina. Bantuan Perahu Motor dari dinas "
            "belum tiba sampai sekarang, kata dia lagi.")
    assert speakers(body)[-1] == "Marlina Kusumawardani"


def test_kata_dia_after_a_paragraph_about_someone_else():
    body = ("Bupati Klaten Hamenang Wajar Ismoyo mengatakan pasar darurat segera dibangun.\n\n"
            "Di lokasi, pedagang sayur, Suparmi Handayani, menunggu kepastian.\n\n"
            "\"Kami sudah tiga bulan berjualan di pinggir jalan,\" kata dia.")
    assert speakers(body) == ["Hamenang Wajar Ismoyo", "Suparmi Handayani"]


def test_a_person_noun_described_and_closed_by_itu_refers_back():
    body = ("Pengusaha batik asal Pekalongan, Ratna Dewi Anggraini, mengikuti pameran. "
            "Wanita yang akrab disapa Ratna itu menyatakan pesanan naik dua kali lipat.")
    assert last(body).speaker == "Ratna Dewi Anggraini"


def test_a_nickname_blended_from_a_full_name_written_in_the_article():
    body = ("Pelatih PSIS Semarang Gilbert Agius meninggalkan klub. Kabar mundurnya pelatih "
            "Sutrisno Darmawan dari tim junior juga beredar. Dalam jumpa pers, Sudar sudah "
            "menyatakan mundur dari kursi pelatih junior.")
    assert last(body).speaker == "Sutrisno Darmawan"


# --- The name after the role --------------------------------------------------------------------


def test_a_passive_cue_names_the_speaker_after_a_long_role_and_a_comma():
    body = ("Penjualan sepeda motor turun sepuluh persen. Hal itu diakui Direktur Pemasaran "
            "PT Sinar Roda Nusantara (SRN) - distributor Yamaha di Sumatera, Hendrik Tanoto.")
    statement = only_one(body)
    assert statement.speaker == "Hendrik Tanoto"
    assert statement.role is not None and statement.role.startswith("Direktur Pemasaran")


def test_passive_oleh_is_not_part_of_the_role():
    body = ("Gerbang tol baru beroperasi pekan depan. Hal tersebut disampaikan oleh Kepala "
            "Balai Pelaksana Jalan Nasional Jambi, Roni Saputra.")
    statement = only_one(body)
    assert statement.speaker == "Roni Saputra"
    assert statement.role is not None and not statement.role.lower().startswith("oleh")


def test_an_abbreviated_office_and_its_organisation_before_the_name():
    body = "\"Kami tetap mendukung calon itu,\" tegas Waketum PAN Yandri Wicaksono kemarin."
    statement = only_one(body)
    assert statement.speaker == "Yandri Wicaksono"
    assert statement.role == "Waketum PAN"


def test_the_subject_after_an_officials_apposition():
    body = ("Dalam suratnya kepada Menteri Luar Negeri, Retno Marsudi, Li menulis, \"Kami "
            "menghormati kedaulatan Indonesia.\" Sebelumnya Duta Besar Tiongkok, Li Qiang Wei, "
            "hadir di Jakarta.")
    assert speakers(body)[0] == "Li Qiang Wei"


# --- Names written in full ----------------------------------------------------------------------


def test_a_running_mates_name_after_a_dash_does_not_join_the_name():
    body = ("Pasangan Rahmat Hidayat - Siti Nuraini mendapat nomor urut satu, dan pasangan "
            "Andri-Yulia Kartika Sari nomor dua. \"Kami fokus pada air bersih,\" kata Rahmat. "
            "\"Sekolah gratis kami lanjutkan,\" kata Yulia.")
    assert speakers(body) == ["Rahmat Hidayat", "Yulia Kartika Sari"]


def test_a_name_misspelt_by_one_letter_is_the_same_person():
    body = ("Calon wali kota, Ikhsan Prasetyo, mendaftar ke KPU. Usai mendaftar, Ihsan Prasetyo "
            "menyapa pendukungnya. \"Kami siap bersaing sehat,\" ujarnya.")
    assert last(body).speaker == "Ikhsan Prasetyo"


def test_a_name_with_al_in_it():
    body = "\"Kota itu dikepung sejak pekan lalu,\" kata Kolonel Faisal al Masri, juru bicara."
    assert only_one(body).speaker == "Faisal al Masri"


# --- Organisations ------------------------------------------------------------------------------


def test_an_institution_whose_last_word_reads_as_a_name():
    body = "Jakarta - Polda Metro Jaya memastikan pemeriksaan saksi dilanjutkan pekan depan."
    assert only_one(body).speaker == "Polda Metro Jaya"


def test_an_institutions_name_that_lists_several_words():
    body = ("Kemarin, Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebutkan "
            "gelombang tinggi masih terjadi di selatan Jawa.")
    assert only_one(body).speaker == "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)"


def test_an_office_abbreviation_with_a_one_word_name_stays_a_person():
    body = ("Kapolres Bantul AKBP Wiyono mengatakan jalur mudik dijaga. Wiyono menyebutkan "
            "ada dua pos pengamanan.")
    assert speakers(body) == ["Wiyono", "Wiyono"]


def only_one(body: str) -> Statement:
    found = find_statements(body)
    assert len(found) == 1, found
    return found[0]
