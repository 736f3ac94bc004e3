"""Who said it when an article names one person in several ways, or several people: nicknames
and aliases, misspelt names, descriptions, offices and "sang" that refer back to a speaker named
before, and who speaks where several people do (index/extract/statements). Sentences written for
these tests, not taken from the corpus."""

from __future__ import annotations

from extracted import last, speakers
from index.extract.statements import find_statements

# --- One person under several names, descriptions that refer back ---------------------------------


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


# --- One person under the forms an article writes -------------------------------------------------


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


# --- Several people in one article ----------------------------------------------------------------


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


# --- A person presented with a copula or "bernama", then referred back to ---------------------


def test_a_person_presented_after_salah_satunya_adalah_is_the_description_that_speaks():
    body = ("Sejumlah artis bersiap menyambut Lebaran, salah satunya adalah Rina Kartika Dewi.\n\n"
            "Perempuan kelahiran 1990 ini mengaku, ia akan pulang ke Solo.\n\n"
            "\"Saya rindu ibu,\" ucapnya.")
    assert speakers(body) == ["Rina Kartika Dewi", "Rina Kartika Dewi"]


def test_a_person_presented_with_bernama_is_the_pronoun_that_speaks():
    body = ("Gugatan itu diajukan warga bernama Ahmad Fauzi Ramli. Dalam petitumnya, Ahmad "
            "menggugat dua pasal.\n\nPenggugat merasa pasal itu tidak adil. Dia meminta hakim "
            "membatalkan pasal itu.")
    assert last(body).speaker == "Ahmad Fauzi Ramli"


def test_a_person_noun_before_the_copula_presents_a_person():
    body = ("Pemain yang cedera adalah Ahmad Fauzi Ramli. "
            "Dia mengatakan lututnya masih sakit.")
    assert last(body).speaker == "Ahmad Fauzi Ramli"


def test_a_copula_after_a_thing_presents_no_speaker():
    # "hasilnya adalah X": a result, not a person the next "ia" refers to
    body = ("Ia mencari di internet dan hasilnya adalah Rina Kartika Dewi.\n\n"
            "Ia mengaku akan pulang ke Solo.")
    assert last(body).speaker is None


def test_a_list_after_yakni_presents_no_one_person():
    body = ("Tiga pendaki naik ke puncak, yakni Ahmad Fauzi, Budi Santoso, dan Rina Kartika "
            "Dewi.\n\nIa mengatakan cuaca buruk.")
    assert all(s.speaker is None for s in find_statements(body))


def test_a_nickname_that_starts_a_surname_is_the_person_named_in_full():
    body = ("Pendiri Facebook Mark Zuckerberg menerima gelar kehormatan. Zuck memberi pidato di "
            "depan wisudawan.\n\n\"Kita harus membangun komunitas,\" ucap Zuck kepada para "
            "sarjana baru.")
    assert last(body).speaker == "Mark Zuckerberg"


def test_a_name_that_starts_an_institutions_word_stays_as_written():
    # "Satgas Hartonomics" is a task force, no person "Harton" shortens
    body = ("Partai itu membentuk Satgas Hartonomics pekan lalu.\n\n"
            "\"Kami mendukung program itu,\" kata Harton.")
    assert last(body).speaker == "Harton"
