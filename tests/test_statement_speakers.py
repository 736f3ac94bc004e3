"""Who said it: speaker attribution of statements (index/extract/statements), on sentences
written for these tests. Each test is one general way Indonesian news names, or refers back to,
the person who speaks."""

from __future__ import annotations

from extracted import last, speakers
from extracted import only as only_one
from index.extract.statements import find_statements

# --- Pronouns: the person named before what is said -----------------------------------------------


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


# --- The name after the role ----------------------------------------------------------------------


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


# --- Names written in full ------------------------------------------------------------------------


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


# --- Organisations --------------------------------------------------------------------------------


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


# --- A pronoun, a subject, an opener or a verb around the cue -------------------------------------


def test_a_pronoun_keeps_the_previous_speaker_over_a_name_inside_a_clause():
    body = ("Direktur PT Sinar Jaya, Hendra Wibisono, mengatakan pabrik diperluas tahun depan. "
            "Dengan pengalaman yang dimiliki Rudi Hartono di bidang ekspor, menurutnya penjualan "
            "akan naik dua kali lipat.")
    statement = last(body)
    assert statement.speaker == "Hendra Wibisono"
    assert statement.text.startswith("Dengan pengalaman")  # the cue sits inside the clause


def test_a_pronoun_keeps_the_speaker_over_a_word_misread_inside_the_office():
    body = ("Kepala Seksi Urusan Umum dan Humas Bandara Sentani, Yohanes Wanimbo, mengatakan "
            "penerbangan ditunda sampai besok pagi.\n\n"
            "\"Abu vulkanik masih menutupi landasan pacu bandara,\" katanya.")
    assert speakers(body) == ["Yohanes Wanimbo", "Yohanes Wanimbo"]


def test_a_new_subject_named_since_takes_the_pronoun():
    body = ("Camat Lembang Asep Suparman mengatakan jalan desa rusak berat.\n\n"
            "Kepala Desa Cibodas Nining Rahayu meninjau lokasi longsor kemarin.\n\n"
            "\"Kami butuh alat berat secepatnya,\" ujarnya.")
    assert speakers(body)[-1] == "Nining Rahayu"


def test_a_brand_word_is_no_part_of_the_name_after_it():
    body = "Head of KopiPay Arief Santoso mengatakan jumlah pengguna naik pesat tahun ini."
    assert speakers(body) == ["Arief Santoso"]


def test_a_surname_written_alone_later_starts_the_name_at_the_given_name():
    body = ("Pelatih Elang Biru Marco Bellini mengatakan timnya siap menghadapi laga final. "
            "\"Kami sudah berlatih keras selama sebulan,\" kata Bellini.")
    assert speakers(body) == ["Marco Bellini", "Marco Bellini"]


def test_an_organisation_word_in_the_title_is_no_part_of_the_name():
    body = ("Direktur Bandung Film Academy Jonathan Reeves mengatakan festival dibuka pekan "
            "depan di gedung kesenian.")
    assert speakers(body) == ["Jonathan Reeves"]


def test_a_speaker_the_text_does_not_name_is_kept_without_a_name():
    found = find_statements("Warga sekitar menyebut banjir datang tiba-tiba pada malam hari.")
    assert [(s.speaker, s.text) for s in found] == [
        (None, "banjir datang tiba-tiba pada malam hari")]


def test_an_unnamed_noun_that_is_a_verbs_object_says_nothing():
    body = "Petugas berusaha mencegah orang lain mengakui lahan itu sebagai milik mereka."
    assert find_statements(body) == []


def test_a_name_then_a_description_between_commas_names_the_speaker():
    body = ("Api terlihat dari jalan raya. Rahmat, saksi mata lain, menyebut api muncul dari "
            "dapur rumah makan. Rahmat sedang lewat saat itu.")
    assert speakers(body) == ["Rahmat"]


def test_a_connective_before_a_comma_is_no_name():
    body = "Alhasil, KPU meminta semua partai melengkapi berkas pendaftaran pekan ini."
    assert speakers(body) != ["Alhasil"]


def test_a_description_closed_by_itu_then_an_adjunct_refers_back():
    body = ("Anggota DPR Budi Hartono mengatakan anggaran kesehatan harus naik. "
            "\"Kami minta anggaran obat ditambah tahun depan,\" kata anggota Komisi IX DPR itu "
            "kepada wartawan.")
    assert speakers(body) == ["Budi Hartono", "Budi Hartono"]


def test_openers_before_a_short_cue():
    body = ("Ketua tim, Putri Ayuningtyas, memamerkan alat buatan timnya. Selain itu lanjut "
            "Putri, alat ini lebih ringan dari buatan luar negeri.")
    statement = last(body)
    assert statement.speaker == "Putri Ayuningtyas"
    assert statement.text == "alat ini lebih ringan dari buatan luar negeri"


def test_a_quotation_whose_opening_mark_was_left_out():
    body = ("Ketua tim peneliti, Dewi Lestari, memaparkan hasil riset.\n\n"
            "Penting untuk memeriksa air sumur setiap bulan,\" kata Dewi.")
    statement = last(body)
    assert (statement.speaker, statement.direct) == ("Dewi Lestari", True)
    assert statement.text == "Penting untuk memeriksa air sumur setiap bulan"


def test_a_verb_naming_an_act_says_nothing():
    body = "Bupati Sleman Kustini Sri Purnomo mengungkapkan terima kasih kepada relawan banjir."
    assert find_statements(body) == []


def test_a_clause_opening_the_sentence_before_an_unnamed_subject():
    body = ("Sementara itu, usai memeriksa lokasi, polisi menyebut kebakaran dipicu korsleting "
            "listrik di lantai dua.")
    found = find_statements(body)
    assert [(s.speaker, s.text) for s in found] == [
        (None, "kebakaran dipicu korsleting listrik di lantai dua")]


def test_a_day_after_the_cue_that_ends_a_reported_sentence():
    body = ("Pelatih Persikota Rudi Gunawan menilai pemain muda tampil baik. Pemain muda harus "
            "diberi kesempatan bermain lebih sering, kata Rudi kepada wartawan, Selasa (25/8).")
    statement = last(body)
    assert statement.speaker == "Rudi Gunawan"
    assert statement.text == "Pemain muda harus diberi kesempatan bermain lebih sering"


def test_a_datelines_dash_before_an_institution():
    body = ("KABARNEWS.id - Kementerian Perindustrian menyatakan, industri tekstil belum banyak "
            "melakukan PHK tahun ini.")
    assert speakers(body) == ["Kementerian Perindustrian"]


def test_the_offices_read_once_give_the_same_statements():
    from index.extract.officials import load_lexicon
    from index.extract.officials.office_mentions import mentions

    body = ("Wakil Gubernur Kalteng Edy Pratowo membuka rapat itu. \"ASN harus kompeten,\" "
            "ujarnya. Kepala BKD Kalteng Lisda Arriyana mengatakan seleksi dibuka bulan depan.")
    read = list(mentions(body, load_lexicon()))
    assert len(read) == 2
    assert find_statements(body, read) == find_statements(body)
    assert [s.speaker for s in find_statements(body, read)] == ["Edy Pratowo", "Lisda Arriyana"]
