"""Who said it: speaker attribution of statements (index/extract/statements), on sentences
written for these tests. Each test is one general way Indonesian news names, or refers back to,
the person who speaks."""

from __future__ import annotations

from extracted import speakers
from index.extract.statements import Statement, find_statements


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


# --- Issue 17, dev3: rules that generalise beyond the articles read ----------------------------


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


# --- Round 4: one person under several names, descriptions that refer back ----------------------


def test_a_nickname_the_article_declares_is_the_person():
    body = ("Pengasuh pesantren KH Mahfudz Ridwan Hasan menerima tamu, Senin.\n\n"
            "Gus Mahfudz, sapaan akrab KH Mahfudz Ridwan Hasan, mengakui masalah itu lama. "
            "\"Santri kami tetap belajar seperti biasa,\" tegas Gus Mahfudz.")
    assert speakers(body) == ["Mahfudz Ridwan Hasan", "Mahfudz Ridwan Hasan"]


def test_a_nickname_declared_after_the_name():
    body = ("Pelatih Persikota, Wahyu Setyo Nugroho, yang akrab disapa Kancil, menyiapkan tim. "
            "\"Kami siap melawan siapa pun,\" kata Kancil.")
    assert last(body).speaker == "Wahyu Setyo Nugroho"


def test_a_name_misspelt_later_keeps_the_first_spelling():
    body = ("Tokoh masyarakat Salahuddin Marzuki Hasibuan hadir di balai desa.\n\n"
            "Salahudhin Marzuki Hasibuan mengatakan, warga menolak tambang pasir itu.")
    assert last(body).speaker == "Salahuddin Marzuki Hasibuan"


def test_an_alias_line_does_not_replace_the_articles_own_short_form():
    # person_aliases.tsv: "Sandiaga Uno" -> "Sandiaga Salahuddin Uno"; the article writes
    # "Sandiaga Uno", the fullest name it gives
    body = ("Calon Wakil Gubernur DKI Sandiaga Uno memberi pelatihan wirausaha. "
            "\"Harus ada kesamaan visi,\" ujar Sandi.")
    assert last(body).speaker == "Sandiaga Uno"


def test_a_nickname_in_the_alias_list_still_becomes_the_full_name():
    body = "\"Kalau ada bukti, silakan ditindak,\" kata Jokowi di Istana Merdeka, Rabu."
    assert last(body).speaker == "Joko Widodo"


def test_a_description_closed_by_ini_after_a_cue_refers_back_names_inside_it_aside():
    body = ("Tokoh agama Burhanuddin Lubis menilai kerukunan warga terjaga. \"Kalau sendi itu "
            "longgar, saya khawatir,\" kata putra dari pendiri pesantren itu, KH Ahmad Lubis ini.")
    assert last(body).speaker == "Burhanuddin Lubis"


def test_a_description_of_a_text_or_an_unnamed_source_refers_back_to_nobody():
    body = ("Penyanyi Ratna Kemuning Sari baru melahirkan. \"Bayinya sehat dan banyak tidur,\" "
            "kata sumber tersebut.")
    assert last(body).speaker is None
    body = ("Menteri Keuangan Sri Mulyani Indrawati membuka sidang. \"Iuran dapat disesuaikan "
            "bertahap,\" tulis dokumen tersebut.")
    assert last(body).speaker is None


def test_menurut_a_description_is_no_reference_back():
    body = ("Aktris Li Bingbing tampil dalam video itu. Menurut pengelola bioskop, tidak ada "
            "penjelasan atas perintah pemutaran video tersebut.")
    assert last(body).speaker != "Li Bingbing"


def test_a_show_named_after_its_host_is_not_the_host():
    body = ("Presenter Jimmy Kimmel mengatakan acara tahun lalu berjalan baik. "
            "\"Itu kesalahan sepele,\" kata Kimmel.\n\n"
            "Pembawa acara Jimmy Kimmel Live tersebut tampil di depan wartawan.")
    assert speakers(body) == ["Jimmy Kimmel", "Jimmy Kimmel"]


def test_a_surname_given_only_before_tersebut_is_still_the_persons():
    body = ("Nantinya, skuad arahan Dejan Antonic tersebut tergabung di Grup D bersama PSM. Dejan "
            "menuturkan, peluang timnya sangat terbuka.")
    assert last(body).speaker == "Dejan Antonic"


def test_the_name_before_an_office_set_off_by_commas_speaks_not_the_company():
    body = ("Sementara itu, Franky Welirang, Direktur PT Indofood Sukses Makmur, mengatakan, "
            "pertemuan tersebut perlu diapresiasi.")
    assert last(body).speaker == "Franky Welirang"


def test_a_particle_inside_a_name_is_kept():
    body = ("Ketua asosiasi itu, Amparo Saa Jaramillo de Calderon, menyampaikan kegiatan ini "
            "menggalang dana untuk proyek sosial.")
    assert last(body).speaker == "Amparo Saa Jaramillo de Calderon"


def test_a_sentence_without_a_subject_keeps_the_one_before():
    body = ("Penyanyi Miley Cyrus merilis video di akun Instagram-nya. Sembari menyampaikan, "
            "bahwa ia berpikir Clinton mestinya menang.")
    assert last(body).speaker == "Miley Cyrus"


def test_a_person_set_off_by_commas_before_yang_and_a_verb_speaks():
    body = ("Salah satunya pemilik grup media itu, Harry Tanoesoedibjo, yang mengatakan tidak "
            "ada solusi konkret dari pertemuan tersebut.")
    assert last(body).speaker == "Harry Tanoesoedibjo"


def test_a_place_before_yang_and_a_verb_is_no_speaker():
    body = ("Ada negara di Timur Tengah yang mengakui bahwa kesepakatan itu sudah lama dibahas "
            "para menteri.")
    assert all(s.speaker != "Timur Tengah" for s in find_statements(body))


# --- Round 5 (dev6): one person under the forms an article writes ------------------------------


def test_an_office_read_as_a_name_is_its_holder_named_before():
    body = ("Jaksa Agung M Prasetyo menegaskan lembaganya tidak punya kapasitas itu.\n\n"
            "Jaksa Agung juga menegaskan tidak akan mencampuri proses hukum lain. "
            "Dia berharap semua pihak bekerja secara profesional.")
    assert speakers(body) == ["M Prasetyo"] * 3


def test_two_letters_swapped_are_a_slip_of_the_pen():
    body = ("Kepala Bidang Humas Polda Jawa Barat Yusri Yunus menyebut massa berjumlah 150 "
            "orang.\n\nYursi mengatakan, kepolisian setempat telah berupaya mencegah bentrokan.")
    assert speakers(body) == ["Yusri Yunus", "Yusri Yunus"]


def test_a_word_alone_is_the_declared_full_name_that_has_it():
    body = ("Pengusaha Andi Agustinus alias Andi Narogong hadir sebagai saksi di pengadilan.\n\n"
            "\"Saya tidak pernah membahas proyek itu,\" ujar Andi.")
    assert last(body).speaker == "Andi Agustinus"


def test_a_sentence_opener_is_no_part_of_an_organisations_name():
    body = ("Sebelumnya, Badan Nasional Penanggulangan Bencana (BNPB) mengatakan banjir melanda "
            "empat kabupaten. BNPB mengatakan banjir terjadi sejak Selasa malam.")
    assert speakers(body) == ["Badan Nasional Penanggulangan Bencana (BNPB)"] * 2


def test_a_religious_title_is_the_role_not_the_name():
    body = "Romo Albertus Hani Rudi Hartoko mengajak jemaat untuk menghargai kebhinekaan."
    found = last(body)
    assert (found.speaker, found.role) == ("Albertus Hani Rudi Hartoko", "Romo")


def test_a_word_after_an_organisations_acronym_is_the_organisations():
    body = ("Ketua LHKP PP Muhammadiyah Ridho Al Hamdi menilai sistem itu perlu diubah. "
            "Usulan itu disampaikan di kantor Pimpinan Pusat Muhammadiyah di Jakarta. "
            "\"Sistem ini lebih adil,\" kata Ridho.")
    found = find_statements(body)[0]
    assert (found.speaker, found.role) == ("Ridho Al Hamdi", "Ketua LHKP PP Muhammadiyah")


# --- Round 10: several people in one article ---------------------------------------------------


def test_a_person_noun_and_its_relative_clause_after_a_cue_refer_back():
    body = ("Perancang busana Ratna Kemuning mengatakan pasar busana muslim terus tumbuh. "
            "\"Kita harus punya komunitas sendiri,\" tambah perempuan yang dijadwalkan tampil "
            "pada pekan mode di Paris awal Oktober ini.")
    assert last(body).speaker == "Ratna Kemuning"


def test_a_relative_clause_with_a_named_speaker_after_a_comma_is_that_speaker():
    body = ("Harga cabai naik pekan ini. \"Pasokan dari petani berkurang,\" kata pengamat yang "
            "juga dosen pertanian, Budi Santoso.")
    assert last(body).speaker == "Budi Santoso"


def test_an_unnamed_person_with_a_relative_clause_stays_unnamed():
    body = ("Kepala Desa Sukamaju Darmaji meninjau lokasi banjir. \"Air naik sejak subuh,\" kata "
            "warga yang rumahnya terendam.")
    assert last(body).speaker is None


def test_initials_given_as_a_nickname_are_no_other_persons():
    body = ("Kiper Lee Min Ho meninggalkan klub itu pekan lalu. \"Dia pamit kepada saya,\" kata "
            "sosok yang karib disapa HTM.")
    assert last(body).speaker is None


def test_an_office_and_its_acronym_before_the_name_are_the_role():
    body = ("\"Kami sedang merekrut banyak developer,\" terang Chief Technology Officer (CTO) "
            "Rangga Prakoso, Kamis (24/8).")
    found = last(body)
    assert (found.speaker, found.role) == ("Rangga Prakoso", "Chief Technology Officer (CTO)")


def test_a_persons_own_acronym_after_the_name_stays_the_name():
    body = ("\"Partai siap menghadapi pemilu,\" kata Agus Harimurti Yudhoyono (AHY) di Jakarta.")
    assert last(body).speaker == "Agus Harimurti Yudhoyono"


def test_a_description_with_a_teams_name_is_the_person_named_before():
    body = ("Gelandang asal Belgia Kevin Dirk mengatakan timnya berada di jalur yang benar. "
            "Eks penggawa Juventus kemudian mengatakan bahwa kemenangan itu merupakan pertanda "
            "bagus.")
    assert speakers(body) == ["Kevin Dirk", "Kevin Dirk"]


def test_a_title_and_one_name_written_alone_elsewhere_is_that_person():
    body = ("Hakim tunggal Pengadilan Negeri Jakarta Selatan, Kusno, menggugurkan praperadilan "
            "itu. Dalam sidang itu, hakim Kusno juga mengatakan perkara sudah dilimpahkan.")
    assert last(body).speaker == "Kusno"


def test_a_judge_is_the_role_not_the_name():
    body = "Hakim Samuel Colet mengatakan pemohon adalah seorang pembangkang muda."
    found = last(body)
    assert (found.speaker, found.role) == ("Samuel Colet", "Hakim")


def test_hakim_inside_a_name_is_the_names():
    body = "Menteri Agama Lukman Hakim Saifuddin mengatakan persiapan haji sudah aman."
    assert last(body).speaker == "Lukman Hakim Saifuddin"


def test_the_office_alone_is_the_person_whose_office_ends_with_it():
    body = ("Ketua majelis hakim Khamozaro Waruwu mengatakan sidang dibuka untuk umum. "
            "Hakim kemudian meminta penyidik menindaklanjuti kasus tersebut.")
    assert last(body).speaker == "Khamozaro Waruwu"


def test_an_obligation_before_a_reporting_verb_is_nothing_said():
    body = ("Tim mahasiswa itu membuat kereta dorong pintar. Mereka harus memastikan alat itu "
            "aman dipakai anak-anak setiap hari.")
    assert find_statements(body) == []


def test_a_letter_moved_in_a_name_is_a_slip_of_the_pen():
    body = ("Mahasiswa Teknik Industri Ulytz Sukma Susila mengatakan alat itu murah. "
            "Lebih lanjut, Ultzy menjelaskan alat itu mudah dipakai oleh guru.")
    assert speakers(body) == ["Ulytz Sukma Susila"] * 2


def test_a_verb_whose_object_is_hal_itu_names_who_said_the_statement_before():
    body = ("Sebelumnya, polisi mengungkap korban melompat dari lantai empat, bukan dari lantai "
            "dua.\n\nKasi Humas Polresta Denpasar, Kompol I Ketut Sukadi, mengungkapkan hal itu "
            "berdasarkan keterangan saksi.")
    found = find_statements(body)
    assert [(s.speaker, s.text[:12]) for s in found] == [("I Ketut Sukadi", "korban melom")]


def test_sang_and_an_office_is_the_holder_named_before():
    body = ("Menteri Keuangan Sri Mulyani meninjau pelabuhan bersama Gubernur Jawa Timur "
            "Khofifah Indar Parawansa. \"Pajak harus dibayar tepat waktu,\" kata sang menteri.")
    assert last(body).speaker == "Sri Mulyani"


def test_sang_and_a_name_after_the_comma_is_that_name():
    body = ("Pelari Justin Gatlin menolak bicara kepada media. \"Media bersikap tak adil,\" "
            "kata sang agen, Renaldo Nehemiah.")
    assert last(body).speaker == "Renaldo Nehemiah"


def test_an_office_closed_by_itu_as_subject_is_its_holder():
    body = ("Kapolres Kotim AKBP Sarpani mengatakan pelaku sudah ditangkap. Warga bernama Budi "
            "Santoso melapor kemarin. Kapolres itu menambahkan, barang bukti telah disita.")
    assert speakers(body) == ["Sarpani", "Sarpani"]


def test_a_description_after_a_cue_is_whoever_holds_its_noun():
    body = ("Pelatih Persib Robert Alberts mengatakan timnya sudah siap bertanding pada Sabtu "
            "malam. Gelandang Marc Klok juga optimistis. \"Kami akan bermain menyerang,\" kata "
            "pelatih asal Belanda tersebut.")
    assert last(body).speaker.endswith("Robert Alberts")
