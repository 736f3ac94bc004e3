"""The body an office belongs to: public and international institutions, parties' long forms,
press officers, police units and offices the lexicon knows, read as the office's object and
not as the first words of the holder's name; an association's or a firm's post is no public
office."""

from __future__ import annotations

import pytest

from extracted import officials
from index.extract.officials import extract_officials, load_lexicon
from index.extract.officials.office_mentions import mentions


@pytest.mark.parametrize("text, expected", [
    ("Kasi Penkum Kejati Sumsel Vanny Yulia Eka Sari membenarkan kejadian itu.",
     [("Vanny Yulia Eka Sari", "Kepala Seksi Penerangan Hukum Kejati Sumatera Selatan")]),
    ("Mereka hendak bertemu Kasi Dal Ops di bidang pidana khusus.", []),
    ("Doni Monardo, yang juga Ketua Satgas Covid-19, mengatakan vaksin tiba.",
     [("Doni Monardo", "Ketua Satgas Covid-19")]),
    # the task force's disease is its field, not a person named Covid
    ("Ridwan Kamil, yang juga Ketua Satgas Covid, menambahkan bahwa vaksin tiba.",
     [("Ridwan Kamil", "Ketua Satgas Covid")]),
    ("Presiden Torino Urbano Cairo mengatakan timnya siap.", []),
    ("Presiden Barcelona Joan Laporta menolak tawaran itu.", []),
    # a club's name that is also a given name stays one: Bupati Sikka
    ("Bupati Sikka Juventus Prima Yoris Kago mengimbau warga.",
     [("Juventus Prima Yoris Kago", "Bupati Sikka")]),
    ("Menteri Koordinator Ekonomi Pertanian dan Perikanan Republik Demokratik Timor Leste "
     "Estanislau Alreixo da Silva mengunjungi Taman Safari.",
     [("Estanislau Alreixo da Silva", "Menteri Koordinator Ekonomi Pertanian dan Perikanan "
       "Republik Demokratik Timor Leste")]),
    ("Menteri Desa, PDT, dan Transmigrasi Marwan Jafar mengatakan desa punya potensi.",
     [("Marwan Jafar", "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi")]),
    ("Terima kasih atas kehadiran Bapak Presiden, Sekolah Rakyat adalah program beliau.", []),
])
def test_sections_task_forces_clubs_and_ministries(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, official", [
    ("Ketua Umum Partai Amanat Nasional (PAN), Zulkifli Hasan menilai kondisi saat ini.",
     ("Zulkifli Hasan", "Ketua Umum Partai Amanat Nasional")),
    ("Terkait ucapan Ketua Umum DPP Partai Kebangkitan Bangsa (PKB) Muhaimin Iskandar yang "
     "keberatan.", ("Muhaimin Iskandar", "Ketua Umum DPP Partai Kebangkitan Bangsa")),
    ("Sekretaris Jenderal Partai Amanat Nasional (PAN), Eddy Soeparno menilai.",
     ("Eddy Soeparno", "Sekretaris Jenderal Partai Amanat Nasional")),
])
def test_a_party_spelt_out_before_its_unlisted_acronym_is_the_post_s_object(text, official):
    # read as the post's object; a party's post alone makes no official (test_officials_public)
    assert [(m.name, m.role) for m in mentions(text, load_lexicon())] == [official]


def test_a_long_form_that_names_no_body_still_needs_one():
    # "Yayasan Amal Bakti (YAB)" spells its acronym but is no public body
    assert extract_officials("", "Ketua Yayasan Amal Bakti (YAB) Budi Susanto menilai.") == []


@pytest.mark.parametrize("text, official", [
    # an international public body's name is the office's object, not the start of the name
    ("Presiden Bank Dunia Jim Yong Kim mengatakan pertumbuhan melambat.",
     ("Jim Yong Kim", "Presiden Bank Dunia")),
    ("Presiden Bank Pembangunan Asia Takehiko Nakao hadir.",
     ("Takehiko Nakao", "Presiden Bank Pembangunan Asia")),
    ("Direktur Eksekutif Sekretariat APEC Alan Bollard mengatakan.",
     ("Alan Bollard", "Direktur Eksekutif Sekretariat APEC")),
    ("Direktur Jenderal WTO Roberto Azevedo menegaskan.",
     ("Roberto Azevedo", "Direktur Jenderal WTO")),
])
def test_international_public_bodies_are_institutions(text, official):
    assert [(o.name, o.role) for o in extract_officials("", text)] == [official]


def test_an_associations_board_defined_by_acronym_is_no_public_body():
    text = ("Badan Pengurus Daerah (BPD) Himpunan Petani Sikka bertemu. Ketua BPD Himpunan "
            "Petani Sikka, Maria Goreti, mengatakan stok cukup.")
    assert officials(text) == []


def test_a_building_named_for_an_office_is_no_holder():
    text = "Konser digelar di Wisma Menpora, Kemenpora, Senayan, Jakarta, pada Sabtu."
    assert officials(text) == []


@pytest.mark.parametrize("text, official", [
    ("Menteri Koperasi dan UKM Wahyu Pratama mengatakan bunga kredit turun.",
     ("Wahyu Pratama", "Menteri Koperasi dan UKM")),
    ("kata Kalakhar BPBD Kabupaten Boyolali, Sutrisno, saat dihubungi.",
     ("Sutrisno", "Kepala Pelaksana Harian BPBD Kabupaten Boyolali")),
    ("Kepala Bidang Mitigasi Gunung Api PVMBG Made Sudana mengatakan status tetap.",
     ("Made Sudana", "Kepala Bidang Mitigasi Gunung Api PVMBG")),
])
def test_offices_and_bodies_added_to_the_data(text, official):
    assert officials(text) == [official]


@pytest.mark.parametrize("text, official", [
    ("KPK akan memeriksa ajudan Menteri Kehutanan Budi Hartono pekan depan.",
     [("Budi Hartono", "Menteri Kehutanan")]),
    ("Massa berkumpul di luar kantor Perdana Menteri Sean Murphy sejak pagi.",
     [("Sean Murphy", "Perdana Menteri")]),
    ("Penyidik menggeledah rumah dinas Gubernur Jambi Budi Hartono kemarin.",
     [("Budi Hartono", "Gubernur Jambi")]),
    # no holder: the aide is named after a comma, a building's name, a place
    ("Ajudan itu, ajudan Bupati Katingan, Andi Wijaya, dipanggil penyidik.", []),
    ("Presiden disambut di Istana Presiden Arg pada siang hari.", []),
    ("Rapat digelar di istana Presiden Bogor, Jawa Barat.", []),
    ("Warga berunjuk rasa di kantor Gubernur Kalteng Jalan RTA Milono.", []),
])
def test_an_office_after_an_aide_or_a_building_names_its_holder_right_after(text, official):
    assert officials(text) == official


@pytest.mark.parametrize("text, official", [
    ("Terpisah, Humas Pengadilan Negeri Katingan, Budi Hartono, memaparkan perkara itu.",
     ("Budi Hartono", "Humas Pengadilan Negeri Katingan")),
    ("Kabagpenum Divhumas Mabes Polri, Kombes Pol Budi Hartono mengatakan pelaku ditangkap.",
     ("Budi Hartono", "Kepala Bagian Penerangan Umum Divhumas Mabes Polri")),
    ("Pelaksana Tugas Administrator NASA Sean Murphy mengumumkan misi baru.",
     ("Sean Murphy", "Pelaksana Tugas Administrator NASA")),
])
def test_press_officers_and_foreign_agencies(text, official):
    assert officials(text) == [official]


def test_a_press_office_of_a_company_names_no_official():
    text = "Hal itu dikatakan Humas PT Sinar Jaya cabang Bekasi, Handoko, kepada wartawan."
    assert officials(text) == []


@pytest.mark.parametrize("text", [
    "Presiden Konfederasi Serikat Pekerja Sejahtera Andi Wijaya meminta upah dinaikkan.",
    "Presiden Federasi Sepakbola Italia Carlo Bianchi menolak usulan itu.",
    "Wakil Presiden Riset dan Analisis Sekuritas Maju Budi Hartono menilai pasar stabil.",
])
def test_an_associations_or_a_firms_president_is_no_official(text):
    assert officials(text) == []


def test_an_organisations_dpd_is_no_senate():
    # an unknown acronym after "DPD": a union's regional board, no public office
    assert officials("Hal itu disampaikan Ketua DPD KSBI Jawa Tengah, Sutrisno Adi.") == []
    assert officials("Ketua DPD RI Irman Gusman hadir. Anggota DPD NTT Abraham Paul Liyanto "
                     "juga.") == [("Irman Gusman", "Ketua DPD RI"),
                                  ("Abraham Paul Liyanto", "Anggota DPD Nusa Tenggara Timur")]
    # a party's board of the second level is the party's, as before (a party's post: no official)
    assert [(m.name, m.role) for m in mentions("Ketua DPD II Golkar Makassar Andi Rahman hadir.",
                                               load_lexicon())] == [
        ("Andi Rahman", "Ketua DPD II Golkar Makassar")]


@pytest.mark.parametrize("text, expected", [
    # a section opening a body's long name: the office is the head of that body
    ("Hal itu dikatakan Kepala Unit Pelaksana Teknis Dinas Pendidikan Kota Bogor Budi Santoso.",
     [("Budi Santoso", "Kepala Unit Pelaksana Teknis Dinas Pendidikan Kota Bogor")]),
    # what follows the office opens with a common noun the text writes in lower case: the
    # rest of the object, the holder named before it
    ("Pengelola wanawisata membuka wahana. Dedi Kurnia, Kepala Unit Pelaksana Teknis Wanawisata "
     "Curug Cipendok menyebut dua wahana baru.",
     [("Dedi Kurnia", "Kepala Unit Pelaksana Teknis Wanawisata Curug Cipendok")]),
    ("Pengelola wanawisata membuka wahana. Dedi Kurnia, Kepala UPT Wanawisata Cipendok, "
     "mengatakan hal itu.", [("Dedi Kurnia", "Kepala UPT Wanawisata Cipendok")]),
    # the office of a body's head stays as read
    ("Kepala Dinas Pendidikan DKI Jakarta Sopan Adrianto menjelaskan hal itu.",
     [("Sopan Adrianto", "Kepala Dinas Pendidikan DKI Jakarta")]),
])
def test_a_bodys_name_after_a_section(text, expected):
    assert officials(text) == expected


def test_offices_the_lexicon_gained():
    assert officials("Hal itu dikatakan Perwakilan Perdagangan AS Robert Lighthizer kemarin.") == [
        ("Robert Lighthizer", "Perwakilan Perdagangan AS")]
    assert officials("Hal itu dikatakan Ketua Komite Ekonomi dan Industri Nasional (KEIN) "
                     "Soetrisno Bachir.") == [
        ("Soetrisno Bachir", "Ketua Komite Ekonomi dan Industri Nasional")]


def test_an_heir_to_a_throne():
    assert officials("Hal itu disampaikan Putra Mahkota Arab Saudi Mohammed bin Salman.") == [
        ("Mohammed bin Salman", "Putra Mahkota Arab Saudi")]
    assert officials("Hadir Putra Mahkota Abu Dhabi Mohamed bin Zayed di Abu Dhabi.") == [
        ("Mohamed bin Zayed", "Putra Mahkota Abu Dhabi")]


@pytest.mark.parametrize("body, role", [
    ("Komisi Eropa", "Presiden Komisi Eropa"),
    ("Parlemen Eropa", "Presiden Parlemen Eropa"),
    ("Bank Sentral Eropa", "Presiden Bank Sentral Eropa"),
])
def test_the_european_unions_bodies(body, role):
    # the body's name is the office's object, not the first word of its holder's name
    assert officials(f"Hal itu disampaikan Presiden {body} Ana Santos di Brussels.") == [
        ("Ana Santos", role)]


def test_a_police_units_head_named_by_the_unit_alone():
    assert officials("Patroli dihadiri oleh Kanit Tipidter Iptu Hermanto Saleh dan anggota.") == [
        ("Hermanto Saleh", "Kepala Unit Tindak Pidana Tertentu")]
    # a unit of no public body stays no office
    assert officials("Hal itu dikatakan Kepala Unit Bisnis Budi Santoso di Jakarta.") == []


@pytest.mark.parametrize("text, expected", [
    # an office held now, then a comma: its holder ("saat itu" was read already)
    ("Ia enggan menyebut Wali Kota Surabaya saat ini, Rina Wulandari, sebagai penggantinya.",
     [("Rina Wulandari", "Wali Kota Surabaya")]),
    # a country the place list gained is the office's object, not the first word of a name
    ("Presiden Suriname Chan Santokhi tiba di Jakarta.", [("Chan Santokhi", "Presiden Suriname")]),
    # an institution's usual misspelling
    ("Hal itu disampaikan Gubernur Lemhanas Budi Santoso di Jakarta.",
     [("Budi Santoso", "Gubernur Lemhanas")]),
    # a country's name that is also a person's stays out of the list of places
    ("Kapolri Badrodin Haiti hadir.",
     [("Badrodin Haiti", "Kepala Kepolisian Negara Republik Indonesia")]),
])
def test_holders_named_after_their_office_in_other_ways(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a single word opening the sentence before "selaku" is the name
        ("Zubaidah selaku Kepala Dinas Pendidikan Kota Malang mengatakan sekolah siap.",
         [("Zubaidah", "Kepala Dinas Pendidikan Kota Malang")]),
        # court clerks; a navy rank with its corps; an incumbent is no part of the name
        ("Panitera Pengganti Budi Santoso hadir.", [("Budi Santoso", "Panitera Pengganti")]),
        ("Panitera Pengadilan Negeri Jakarta Pusat Budi Santoso hadir.",
         [("Budi Santoso", "Panitera Pengadilan Negeri Jakarta Pusat")]),
        ("Komandan Lanal Banyuwangi Letkol Laut (P) Budi Santoso mengatakan.",
         [("Budi Santoso", "Komandan Lanal Banyuwangi")]),
        ("Hal itu disampaikan Calon Gubernur DKI Jakarta Petahana Budi Santoso.",
         [("Budi Santoso", "Calon Gubernur DKI Jakarta")]),
        # a puskesmas is named for its place; a member of a body written in full
        ("Kepala Puskesmas Menteng Budi Santoso hadir.",
         [("Budi Santoso", "Kepala Puskesmas Menteng")]),
        ("Anggota Dewan Perwakilan Daerah (DPD) RI Achmad Azran mengapresiasi kinerja.",
         [("Achmad Azran", "Anggota Dewan Perwakilan Daerah RI")]),
        ("Juru Bicara Kepresidenan Johan Budi mengatakan.",
         [("Johan Budi", "Juru Bicara Kepresidenan")]),
        # a Title Case line goes on after an office with a passive verb, no name
        ("Mantan Presiden Suriah Dijatuhi Vonis Mati Usai Digulingkan", []),
        ("Calon Gubernur BI Dipantau hingga IHSG Anjlok", []),
    ],
)
def test_more_ways_officials_are_written(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calon pimpinan KPK Mayjen (Purn) Hendardji Soepandji menyatakan hal itu.",
         [("Hendardji Soepandji", "Calon Pimpinan KPK")]),
        ("Pimpinan DPR Fadli Zon dan Fahri Hamzah hadir.",
         [("Fadli Zon", "Pimpinan DPR"), ("Fahri Hamzah", "Pimpinan DPR")]),
    ],
)
def test_leadership_of_a_public_body(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a selection panel's members, not candidates (before "Calon" or in parentheses)
        "Anggota Panitia Seleksi Calon Pimpinan Komisi Pemberantasan Korupsi (KPK), Enny "
        "Nurbaningsih mencecar pelamar.",
        "Itulah wajah anggota Panitia Seleksi (Pansel) pimpinan KPK, Yenti Garnasih, saat itu.",
        # a count of candidates, no one named
        "Kompas TV 19 Calon Pimpinan KPK Jalani Tahap Wawancara Akhir",
        # another story's headline linked inside the body
        "Destry menolak menyebutkan detail. (Baca: Kabareskrim Jamin Penelusuran Rekam Jejak) "
        "Para pelacak bekerja.",
        "Hadir pula Pimpinan Badan Usaha Pembangun dan Pengelola KEK.",
    ],
)
def test_no_leader_named(text):
    assert officials(text) == []


def test_a_directorate_named_without_its_ministry():
    text = "Sebelumnya, Direktur Perlindungan WNI, Lalu Muhammad Iqbal memastikan korban hanya dua."
    assert officials(text) == [("Lalu Muhammad Iqbal", "Direktur Perlindungan WNI")]


@pytest.mark.parametrize(
    "text",
    [
        # the office's object read on as a name: a word the article also writes in lower case
        "Kepala Bidang Informasi Gempa mengatakan warga diminta tenang. Setelah gempa itu, "
        "sekolah ditutup.",
        "Inspektur Upacara menyematkan tanda jasa. Peserta upacara berbaris rapi.",
        # a month
        "Sekretaris Jenderal PBB Desember lalu menunjuk kepala misi baru.",
    ],
)
def test_an_offices_object_is_no_person(text):
    assert officials(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dirjen Hubdat Budi Setiyadi meninjau terminal.",
         [("Budi Setiyadi", "Direktur Jenderal Hubdat")]),
        ("Pangdam V/Brawijaya Mayjen TNI Rafael Granada Baay meninjau lokasi.",
         [("Rafael Granada Baay", "Panglima Komando Daerah Militer V/Brawijaya")]),
        ("Kepala Staf Gabungan meminta maaf.", []),
    ],
)
def test_a_directorate_or_command_named_by_its_short_name_is_the_offices_object(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a special representative of an international body's head
    ("\"Situasi aman,\" ujar Kenji Watanabe, Perwakilan Khusus Sekjen PBB untuk Irak.",
     [("Kenji Watanabe", "Perwakilan Khusus Sekretaris Jenderal PBB untuk Irak")]),
    ("Hal itu disampaikan Perwakilan Khusus PT Maju Kenji Watanabe di Baghdad.", []),
    # the customs directorate written without "dan"
    ("Hal itu dirancang oleh mantan Dirjen Bea Cukai, Hadi Soeprapto.",
     [("Hadi Soeprapto", "Mantan Direktur Jenderal Bea Cukai")]),
])
def test_special_representatives_and_customs_officials(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, official", [
    # "Kepala Badan" is an office of its own (a region's agency); before a known institution's
    # long form, the office is Kepala of that institution, and its last word no part of the name
    ("Kepala Badan Kepegawaian Negara Budi Santosa meninjau ujian itu.",
     ("Budi Santosa", "Kepala Badan Kepegawaian Negara")),
    ("Kepala Badan Narkotika Nasional Budi Santosa meninjau razia itu.",
     ("Budi Santosa", "Kepala Badan Narkotika Nasional")),
    ("Wakil Kepala Badan Penyelenggara Jaminan Produk Halal Budi Santosa meninjau pasar itu.",
     ("Budi Santosa", "Wakil Kepala Badan Penyelenggara Jaminan Produk Halal")),
    # written with its title's abbreviation after it, as before
    ("Kepala Kepolisian Negara Republik Indonesia (Kapolri) Jenderal Budi Santosa meninjau.",
     ("Budi Santosa", "Kepala Kepolisian Negara Republik Indonesia")),
    # a region's agency stays as read
    ("Kepala Badan Keuangan Daerah Kabupaten Sleman Budi Santosa meninjau pasar itu.",
     ("Budi Santosa", "Kepala Badan Keuangan Daerah Kabupaten Sleman")),
])
def test_a_unit_opening_a_known_institution_is_its_long_form(text, official):
    assert officials(text) == [official]
