"""Officials: the founding article, the patterns news uses, and only people with their own
roles."""

from __future__ import annotations

import pytest

from conftest import corpus_file
from extracted import officials as officials_in
from index.article import Official
from index.extract.officials import extract_officials


def test_founding_article():
    text = corpus_file("seed/wartasenja-asn-kalteng.txt").read_text("utf-8")
    body = text[text.index("PALANGKA RAYA —"):text.index("(red1)") + len("(red1)")]
    title = "ASN Dituntut Tingkatkan Kompetensi untuk Dorong Laju Pembangunan Daerah"
    assert extract_officials(title, body) == [
        Official("Edy Pratowo", "Wakil Gubernur Kalimantan Tengah"),
        Official("Nunu Andriani",
                 "Kepala Badan Pengembangan Sumber Daya Manusia Provinsi Kalimantan Tengah"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hal itu disampaikan Wakil Gubernur (Wagub) Kalteng, Edy Pratowo, saat membuka rapat.",
         [("Edy Pratowo", "Wakil Gubernur Kalimantan Tengah")]),
        ("Gubernur Jawa Tengah Ganjar Pranowo meninjau pasar.",
         [("Ganjar Pranowo", "Gubernur Jawa Tengah")]),
        ("Bupati Katingan Saiful mengatakan jalan itu rusak.", [("Saiful", "Bupati Katingan")]),
        ("Menteri Dalam Negeri (Mendagri) Tito Karnavian hadir.",
         [("Tito Karnavian", "Menteri Dalam Negeri")]),
        ("Mendagri Tito Karnavian hadir.", [("Tito Karnavian", "Menteri Dalam Negeri")]),
        ("Kapolres Kotim AKBP Sarpani memimpin apel.",
         [("Sarpani", "Kepala Kepolisian Resor Kotawaringin Timur")]),
        ("Sekda Provinsi NTB, H. Lalu Gita Ariadi, M.Si, membuka acara.",
         [("Lalu Gita Ariadi", "Sekretaris Daerah Provinsi Nusa Tenggara Barat")]),
        ("Ketua DPRD Kota Palangka Raya Subandi menerima tamu.",
         [("Subandi", "Ketua DPRD Kota Palangka Raya")]),
        ("Presiden Prabowo Subianto meresmikan jembatan.", [("Prabowo Subianto", "Presiden")]),
        ("\"Kami siap,\" kata Kepala Dinas Kesehatan Kalteng Suyuti Syamsul.",
         [("Suyuti Syamsul", "Kepala Dinas Kesehatan Kalimantan Tengah")]),
        ("Plt Kepala BPBD Kotim Ahmad Yani meninjau banjir.",
         [("Ahmad Yani", "Pelaksana Tugas Kepala BPBD Kotawaringin Timur")]),
        ("Pj Bupati Katingan Budi Santoso melantik pejabat.",
         [("Budi Santoso", "Penjabat Bupati Katingan")]),
        ("Edy Pratowo, Wakil Gubernur Kalteng, mengatakan hal itu.",
         [("Edy Pratowo", "Wakil Gubernur Kalimantan Tengah")]),
        ("Rapat dipimpin Tito Karnavian selaku Mendagri.",
         [("Tito Karnavian", "Menteri Dalam Negeri")]),
        ("Kepala Pusat Penerangan Mabes TNI Mayjen TNI Endang Sodik angkat bicara.",
         [("Endang Sodik", "Kepala Pusat Penerangan Mabes TNI")]),
        ("Wali Kota Makassar Munafri 'Appi' Arifuddin menyapa warga.",
         [("Munafri Arifuddin", "Wali Kota Makassar")]),
        ("Camat Pahandut Berlianto hadir bersama Kepala Desa Tumbang Talaken, Yusuf, kemarin.",
         [("Berlianto", "Camat Pahandut"), ("Yusuf", "Kepala Desa Tumbang Talaken")]),
        ("Menteri Energi dan Sumber Daya Mineral (ESDM) Sudirman Said tidak menjawab.",
         [("Sudirman Said", "Menteri Energi dan Sumber Daya Mineral")]),
        ("Presiden Amerika Serikat Donald Trump menelepon.",
         [("Donald Trump", "Presiden Amerika Serikat")]),
        ("Hal itu dikatakan juru bicara KPK, Budi Prasetyo, kepada wartawan.",
         [("Budi Prasetyo", "Juru Bicara KPK")]),
        ("Kepala Badan Pengatur Jalan Tol (BPJT) Kementerian PU Wilan Oktavian menjelaskan.",
         [("Wilan Oktavian", "Kepala Badan Pengatur Jalan Tol Kementerian PU")]),
        ("Kanit Reskrim Polsek Kebon Jeruk, AKP Budi Santoso, membenarkan penangkapan itu.",
         [("Budi Santoso", "Kepala Unit Reserse Kriminal Polsek Kebon Jeruk")]),
        ("Ketua Majelis Hakim Ni Luh Suastini membacakan vonis.",
         [("Ni Luh Suastini", "Ketua Majelis Hakim")]),
        ("Kajari Samarinda dijabat oleh Retno Harjantari Iriana sejak Juni.",
         [("Retno Harjantari Iriana", "Kepala Kejaksaan Negeri Samarinda")]),
        ("Kata Deputi Penindakan dan Eksekusi KPK Asep Guntur Rahayu, kasus itu berkembang.",
         [("Asep Guntur Rahayu", "Deputi Penindakan dan Eksekusi KPK")]),
        # an initial or initials inside a name, not an honorific or an acronym
        ("Sementara Menkumham, Rudi H. Sitorus, menanggapi.",
         [("Rudi H. Sitorus", "Menteri Hukum dan Hak Asasi Manusia")]),
        ("Menteri Keuangan Bambang PS Wiranata menjelaskan.",
         [("Bambang PS Wiranata", "Menteri Keuangan")]),
        # several holders of an office held by several people
        ("Anggota KPU Rina Wati, Joko Susilo, dan Dewi Lestari hadir.",
         [("Rina Wati", "Anggota KPU"), ("Joko Susilo", "Anggota KPU"),
          ("Dewi Lestari", "Anggota KPU")]),
        ("Hadir Wakil Ketua KPK, Andi Saputra, Budi Hartono dan Citra Dewi, Menteri Agama Umar.",
         [("Andi Saputra", "Wakil Ketua KPK"), ("Budi Hartono", "Wakil Ketua KPK"),
          ("Citra Dewi", "Wakil Ketua KPK"), ("Umar", "Menteri Agama")]),
        # two offices sharing their object, then their two holders
        ("Hadir Bupati dan Wakil Bupati Katingan, Saiful Anwar dan Riza Pahlevi.",
         [("Saiful Anwar", "Bupati Katingan"), ("Riza Pahlevi", "Wakil Bupati Katingan")]),
        # the name in parentheses after the office
        ("Saya tidak mau masuk wilayah Pak Gubernur Jawa Barat (Ahmad Susanto), katanya.",
         [("Ahmad Susanto", "Gubernur Jawa Barat")]),
        # a name, then its office
        ("Menurut Eri Santoso yang juga Wali Kota Surabaya, banjir surut.",
         [("Eri Santoso", "Wali Kota Surabaya")]),
        ("Menurut Rina Ameliah, Kepala Pusat Literasi Digital Komdigi, literasi penting.",
         [("Rina Ameliah", "Kepala Pusat Literasi Digital Komdigi")]),
        # abbreviations inside a role are expanded too; a section's name stays in the role
        ("kata Juru Bicara Wapres Hasan Basri kepada wartawan.",
         [("Hasan Basri", "Juru Bicara Wakil Presiden")]),
        ("Staf Ahli Mendikbud bidang Regulasi, Rina Wulandari menjelaskan.",
         [("Rina Wulandari", "Staf Ahli Menteri Pendidikan dan Kebudayaan bidang Regulasi")]),
        # lower-case offices, units written lower case, units that look like ranks
        ("ujar kepala Diskar PB Bandung Ferdi Santoso di Bandung.",
         [("Ferdi Santoso", "Kepala Diskar PB Bandung")]),
        ("kata Juru Bicara kejaksaan Swedia Karin Larsson, Minggu.",
         [("Karin Larsson", "Juru Bicara kejaksaan Swedia")]),
        ("Direktur Polisi Perairan Polda Metro Jaya Kombes Hadi Santoso menyebut itu.",
         [("Hadi Santoso", "Direktur Polisi Perairan Polda Metro Jaya")]),
        # a local place of two words; a monarch by country
        ("Camat Tanah Abang Dedi Kurnia hadir.", [("Dedi Kurnia", "Camat Tanah Abang")]),
        ("Raja Arab Saudi Salman bin Abdulaziz Al Saud tiba di Moskow.",
         [("Salman bin Abdulaziz Al Saud", "Raja Arab Saudi")]),
        ("Wakil Presiden Jusuf Santoso dan Ibu Mufidah hadir.",  # a spouse is no deputy
         [("Jusuf Santoso", "Wakil Presiden")]),
        ("Deputi Statistik Sosial BPS, Ateng Hartanto, Bank Dunia memakai standar baru.",
         [("Ateng Hartanto", "Deputi Statistik Sosial BPS")]),  # no list without its "dan"
    ],
)
def test_office_and_name_patterns(text, expected):
    assert officials_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gubernur Kalteng mengatakan bahwa anggaran naik.",  # an office without a name
        "Para bupati dan seluruh gubernur diundang ke Jakarta.",  # offices used generically
        "Rapat digelar di Kantor Gubernur Kalteng, Kamis (4/12/2025).",  # a building
        "Pemprov Kalteng dan BKN menggelar rakor bersama DPRD.",  # institutions, no person
        "Menurut Wagub, ASN harus adaptif.",  # an acronym is not a name
        "Kepala Sekolah SMAN 1 Palangka Raya Budi Hartono hadir.",  # not a public office
        "Direktur Utama PT Maju Jaya Budi Santoso hadir.",  # a private company's executive
        "Ketua Pansel Calon Pimpinan KPK Dewi Sartika hadir.",  # an ad-hoc selection panel
        "Kepala Seksi Humas PT Angkasa Pura Budi Santoso hadir.",  # a state company's staff
        "Direktur Eksekutif Energy Watch Indonesia (EWI) Ferdinand Hutahaean berpendapat.",
        "Menurut survei, Presiden ke-8 Akan Dipilih Langsung.",  # no name after a number
        "Saat menjabat Menteri Tenaga Kerja (2009-2014), Muhaimin Iskandar menggagasnya.",
        "ujar Takuya Shimamura, Presiden Asahi Glass, yang membuka pabrik.",  # a company
        "Kepala Departemen Kajian BEM Universitas Udayana Made Wira hadir.",  # a student body
        "Budi Santoso yang saat itu menjabat Wali Kota Solo hadir.",  # a past holder
        "Dua daerah itu, Kabupaten Karo Pasangan calon diusung parpol.",  # Karo: a place here
        "Kadar Particulate Matter (PM) 2.5 naik.",  # the long form of an acronym, not a name
        "Meski banyak kritik kepada Menkeu, Budi Harsono justru menilai kritik itu baik.",
    ],
)
def test_no_official(text):
    assert officials_in(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered commission is a legislature's; "lainnya" and an affiliation before the name
        ("Ketua Komisi XI Bayu Saputra menilai kurs masih wajar.",
         [("Bayu Saputra", "Ketua Komisi XI")]),
        ("Kritik datang dari anggota Komisi II DPR lainnya, Dodi Marpaung. Dodi menilai.",
         [("Dodi Marpaung", "Anggota Komisi II DPR")]),
        ("Ketua Pansus dari Fraksi Partai Golkar Andi Gunawan menutup rapat.",
         [("Andi Gunawan", "Ketua Pansus")]),
        ("Anggota DPD RI asal Bali Made Wirawan mengatakan hal itu.",
         [("Made Wirawan", "Anggota DPD RI")]),
        # the role in apposition after the name, closed or not
        ("Budi Santoso, Kepala Dinas Pendidikan Kabupaten Bogor mengatakan sekolah dibuka.",
         [("Budi Santoso", "Kepala Dinas Pendidikan Kabupaten Bogor")]),
        ("Menurut Reza Pahlevi, Juru Bicara Kemlu, kabar itu benar.",
         [("Reza Pahlevi", "Juru Bicara Kemlu")]),
        ("\"Kami siap,\" ujar Asep Sunandar, Kepala Desa Sukamaju.",
         [("Asep Sunandar", "Kepala Desa Sukamaju")]),
        # sentence case of an office news also writes in lower case
        ("Juru bicara KPK Tono Suratman membenarkan penahanan itu.",
         [("Tono Suratman", "Juru Bicara KPK")]),
        ("Hakim anggota Kolonel Kum Rudi Hartono membacakan pertimbangan.",
         [("Rudi Hartono", "Hakim Anggota")]),
        ("JPU Siti Aminah menuntut terdakwa lima tahun penjara.",
         [("Siti Aminah", "Jaksa Penuntut Umum")]),
        # units named by an abbreviation's long form, a province between commas, public bodies
        ("Dandim 0805/Ngawi Letkol Inf Dwi Santoso meninjau banjir.",
         [("Dwi Santoso", "Komandan Distrik Militer 0805/Ngawi")]),
        ("Kepala Dinas Kesehatan Kabupaten Situbondo, Jawa Timur, Abu Sahid mengatakan.",
         [("Abu Sahid", "Kepala Dinas Kesehatan Kabupaten Situbondo")]),
        ("Kepala Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah (LKPP) Rina Sari hadir.",
         [("Rina Sari", "Kepala Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah")]),
        ("Hakim Ketua Majelis Budi Santoso membacakan vonis.",
         [("Budi Santoso", "Hakim Ketua Majelis")]),
        # a dateline's dash glued to the office
        ("Kupang (ANTARA News) -Ketua DPRD NTT Emi Nomleni membuka rapat.",
         [("Emi Nomleni", "Ketua DPRD Nusa Tenggara Timur")]),
        # a not-name noun inside the object; a field written in lower case after "dan"
        ("Direktur Perlindungan Sosial Korban Bencana Alam Kemensos Rudi Hartono hadir.",
         [("Rudi Hartono", "Direktur Perlindungan Sosial Korban Bencana Alam Kemensos")]),
        ("Kepala Dinas Pendidikan dan kebudayaan Kota Bogor Ahmad Ridwan mengatakan.",
         [("Ahmad Ridwan", "Kepala Dinas Pendidikan dan Kebudayaan Kota Bogor")]),
        # a hyphenated given name before a surname is one name
        ("Wakil Sekretaris Jenderal PBB Jean-Pierre Lacroix tiba di Bangui.",
         [("Jean-Pierre Lacroix", "Wakil Sekretaris Jenderal PBB")]),
        # a Title Case "Dan" inside an office; a comma of the object's list kept as written
        ("Wakil Menteri Pendidikan Dasar Dan Menengah Atip Latipulhayat menghadiri acara.",
         [("Atip Latipulhayat", "Wakil Menteri Pendidikan Dasar dan Menengah")]),
        ("Menteri Pertanian, Kehutanan, dan Perikanan Timor Leste Estanislau da Silva tiba.",
         [("Estanislau da Silva", "Menteri Pertanian, Kehutanan, dan Perikanan Timor Leste")]),
        # initials open a name without a rank when a surname follows
        ("Kepala Staf Kepresidenan AM Putranto mengatakan hal itu.",
         [("AM Putranto", "Kepala Staf Kepresidenan")]),
        # the office opens a sentence, its holder opens the next one with a verb of saying
        ("Gubernur Jawa Barat meninjau tanggul di Bekasi. Dedi Mulyadi mengatakan air surut.",
         [("Dedi Mulyadi", "Gubernur Jawa Barat")]),
    ],
)
def test_roles_news_writes_in_other_ways(text, expected):
    assert officials_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Menurut Budi Santoso, Kepala Dinas Pendidikan Kabupaten Bogor mengatakan sekolah dibuka.",
        "Selain Budi Santoso, Kepala Dinas Pendidikan Kabupaten Bogor juga hadir.",
        "Ketua Pansus dari Partai Golkar mengatakan rapat berlangsung.",
        # a club's president, named after the club between commas
        "Ia kecewa dengan Presiden Real Madrid, Florentino Perez, yang ingkar janji.",
        # a party's post needs the party's name; a past term written without parentheses
        "Ketua Umum DPP Projo Budi Arie Setiadi mengatakan.",
        "Direktur Utama Bank BJB 2019-2025 Yudi Rinaldi diperiksa.",
        "Direktur Eksekutif Pertamina Foundation Nina Lestari hadir.",
        # two candidates joined by a hyphen, then a Title Case headline's verb
        "Capres Prabowo-Gibran Menang di Jawa Tengah",
        # "Korban" after an office's region is not its object: no institution follows
        "Wali Kota Bogor Korban Banjir Kabupaten Bogor",
        # the office is not the sentence's subject, or the next speaker is introduced apart
        "Warga mengkritik Gubernur Jawa Barat. Budi Santoso mengatakan air surut.",
        "Gubernur Jawa Barat meninjau tanggul. Budi Santoso, warga, mengatakan air surut.",
        "Presiden meninjau tanggul. Budi Santoso mengatakan air surut.",
    ],
)
def test_no_holder_where_the_name_belongs_to_another_clause(text):
    assert officials_in(text) == []


def test_a_holder_listed_after_two_offices_keeps_the_office():
    text = "Ia melapor ke Presiden Joko Widodo, Wakil Presiden Jusuf Kalla, Wiranto, hingga BIN."
    assert officials_in(text) == [("Joko Widodo", "Presiden"), ("Jusuf Kalla", "Wakil Presiden")]


def test_later_mentions_join_the_full_name():
    text = (
        "Gubernur Abdul Wahid meluncurkan program itu. Kata Gubernur Riau Abdul Wahid, program "
        "ini murah. Wagub Edy Pratowo hadir. Wakil Gubernur Kalteng Edy Pratowo menegaskan."
    )
    assert officials_in(text) == [
        ("Abdul Wahid", "Gubernur Riau"),
        ("Edy Pratowo", "Wakil Gubernur Kalimantan Tengah"),
    ]


def test_another_name_given_joins():
    text = (
        "KPK menangkap Wakil Menteri Ketenagakerjaan Immanuel Ebenezer atau Noel. "
        "Salah satunya, Wamenaker Noel."
    )
    assert officials_in(text) == [("Immanuel Ebenezer", "Wakil Menteri Ketenagakerjaan")]


def test_a_short_name_takes_the_full_name_the_article_writes():
    text = (
        "Purnama Yudha Sadewa resmi dilantik hari ini. Pasar menyambut pengangkatan Purnama "
        "sebagai Menkeu baru."
    )
    assert officials_in(text) == [("Purnama Yudha Sadewa", "Menteri Keuangan")]


def test_a_misspelt_mention_joins_the_usual_spelling():
    text = (
        "Ketua KPU Afiffudin menjelaskan aturan itu. Ketua KPU Afifudin menambahkan, "
        "Afifudin akan hadir."
    )
    assert officials_in(text) == [("Afifudin", "Ketua KPU")]


def test_headline_office_goes_to_the_person_the_body_quotes():
    title = "Panglima Jelaskan soal Pengamanan Kejaksaan"
    body = 'Hal ini disampaikan Agus usai rapat. "Sudah sesuai aturan," kata Agus.'
    assert officials_in(body, title) == [("Agus", "Panglima")]
    title = "Cegah Inflasi, Mendagri: Kita Perlu Intervensi Stok"
    assert officials_in('"Stok aman," kata Tito kepada wartawan.', title) == [
        ("Tito", "Menteri Dalam Negeri")
    ]


def test_headline_office_not_given_to_someone_introduced_otherwise():
    title = "Ketua MK Bikin Dosen Bingung"
    body = (
        "Hal itu diakui Dosen Hukum Universitas Airlangga Herlambang Wira. "
        '"Sulit," kata Herlambang.'
    )
    assert officials_in(body, title) == []


def test_headline_nickname_joins_the_body_name():
    title = "Presiden Jokowi Janji Tuntaskan Kasus"
    body = "Presiden Joko Widodo (Jokowi) berjanji menuntaskan kasus itu."
    assert officials_in(body, title) == [("Joko Widodo", "Presiden")]


def test_headline_mention_comes_first():
    body = (
        "Wali Kota Bogor Dedie A. Rachim hadir. Kapolresta Bogor Kota Kombes Eko Prasetyo bicara."
    )
    title = "Kapolresta Eko dan Walkot Dedie Musnahkan Miras"
    names = [name for name, _ in officials_in(body, title)]
    assert names == ["Eko Prasetyo", "Dedie A. Rachim"]


# --- Only people, with their own roles (issue 15) -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ranks are no part of a name, spelt in full or misspelt
        ("Kapolsek Tebet Komisaris Rudi Hartanto memimpin olah tempat kejadian.",
         [("Rudi Hartanto", "Kepala Kepolisian Sektor Tebet")]),
        ("Kepala Bareskrim Polri Komisaris Jendral Rudi Hartanto hadir.",
         [("Rudi Hartanto", "Kepala Bareskrim Polri")]),
        ("Sekretaris Jendral KPU RI Bernardus Sitompul hadir.",  # an office, though
         [("Bernardus Sitompul", "Sekretaris Jendral KPU RI")]),
        # a town the gazetteer knows belongs to the office, not to the name
        ("Kajari Lhoksukon Teuku Ramli menyebutkan berkas perkara sudah diterima.",
         [("Teuku Ramli", "Kepala Kejaksaan Negeri Lhoksukon")]),
        # words that are no names stay in the office's object
        ("Kepala Badan Percepatan Pengentasan Kemiskinan Budiman Sasmita hadir.",
         [("Budiman Sasmita", "Kepala Badan Percepatan Pengentasan Kemiskinan")]),
        ("Kepala Kantor Staf Kepresidenan Teguh Santosa hadir.",
         [("Teguh Santosa", "Kepala Kantor Staf Kepresidenan")]),
        ("Menteri Kesehatan Publik Somchai Wongsawat menyebut 59 orang diawasi.",
         [("Somchai Wongsawat", "Menteri Kesehatan Publik")]),
        ("kata Kepala Bidang Informasi Gempa Bumi dan Peringatan Dini Tsunami BMKG, Wiratmo, "
         "kemarin.",
         [("Wiratmo", "Kepala Bidang Informasi Gempa Bumi dan Peringatan Dini Tsunami BMKG")]),
        ("Kepala Kantor Otoritas Bandar Udara Wilayah II Medan, Rahmat Hidayat, menjelaskan.",
         [("Rahmat Hidayat", "Kepala Kantor Otoritas Bandar Udara Wilayah II Medan")]),
        # a second region that is also a name starts the holder's name
        ("Sebelumnya, Wali Kota Bogor Bima Santika berjanji menyelidiki harga daging.",
         [("Bima Santika", "Wali Kota Bogor")]),
        ("Bupati Bima Indah Permata hadir.", [("Indah Permata", "Bupati Bima")]),
    ],
)
def test_only_people_and_their_offices(text, expected):
    assert officials_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mantan Gubernur Kalteng Agustin Teras Narang hadir.",
         [("Agustin Teras Narang", "Mantan Gubernur Kalimantan Tengah")]),
        ("Calon Bupati Katingan Ahmad Sugianto berkampanye.",
         [("Ahmad Sugianto", "Calon Bupati Katingan")]),
        ("Eka Putra, mantan Bupati Katingan, hadir.", [("Eka Putra", "Mantan Bupati Katingan")]),
        ("Hadir pula eks Kapolres Katingan AKBP Budi Hartono.",
         [("Budi Hartono", "Mantan Kepala Kepolisian Resor Katingan")]),
        ("menghadiri pelantikan mantan Gubernur dan Wakil Gubernur DKI, Budi Santoso dan Andi "
         "Wijaya.", [("Budi Santoso", "Mantan Gubernur DKI Jakarta"),
                     ("Andi Wijaya", "Mantan Wakil Gubernur DKI Jakarta")]),
        # a pair of candidates after two offices, written with a dash
        ("Partai itu mengusung bakal calon gubernur dan wakil gubernur Jawa Tengah Rudi Santoso "
         "- Dimas Prakoso.", [("Rudi Santoso", "Bakal Calon Gubernur Jawa Tengah"),
                              ("Dimas Prakoso", "Bakal Calon Wakil Gubernur Jawa Tengah")]),
        # a candidate's abbreviated title (abbreviations.tsv): Cagub is Calon Gubernur
        ("Cagub DKI Anies Baswedan berkampanye.",
         [("Anies Baswedan", "Calon Gubernur DKI Jakarta")]),
        # a former party or company post is no public office; a legislator's stays one
        ("Hadir mantan Ketua Umum Partai Golkar Akbar Tandjung.", []),
        ("Diperiksa mantan Anggota Komisi IX DPR Fraksi Partai Golkar Charles Mesang.",
         [("Charles Mesang", "Mantan Anggota Komisi IX DPR Fraksi Partai Golkar")]),
        # a holder by number, the number in the role (a pre-tokenised "Ke - 5" too)
        ("Mobil itu dipakai Presiden ke-7 Joko Widodo.", [("Joko Widodo", "Presiden ke-7")]),
        ("Hadir Presiden RI Ke - 5 Megawati Soekarnoputri.",
         [("Megawati Soekarnoputri", "Presiden RI ke-5")]),
        ("Presiden RI keenam, Susilo Bambang Yudhoyono pun meminta agar pemerintah fokus.",
         [("Susilo Bambang Yudhoyono", "Presiden RI keenam")]),
        # the office held now wins over one held before, whichever comes first
        ("Khofifah Indar Parawansa, mantan Menteri Sosial, hadir. Gubernur Jatim Khofifah "
         "berkata.", [("Khofifah Indar Parawansa", "Gubernur Jawa Timur")]),
    ],
)
def test_former_holders_and_candidates_count_without_the_office(text, expected):
    """Issue 15: a person who held or runs for an office is an official, the role saying so."""
    assert officials_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what an office's object runs into is no person
        "Menteri Dalam Keuangannya tidak disebut.",
        "Kepala Seksi Urusan Umum dan Humas PT Angkasa Pura, Eka Putra, saat dihubungi.",
    ],
)
def test_no_word_becomes_an_official(text):
    assert officials_in(text) == []


def test_a_headline_office_is_not_given_to_someone_the_headline_names_apart():
    title = "Mentan Ungkap Tantangan Swasembada yang Ditargetkan Presiden Darmawan"
    body = 'Target itu, kata Darmawan, tercapai. "Kita bisa," kata Darmawan.'
    assert officials_in(body, title) == []
    title = "Ketua DPD RI Surya B Pratama Serukan Penguatan Daerah"
    body = 'Surya menyampaikan pidato. "Daerah harus kuat," kata Surya Pratama.'
    assert officials_in(body, title) == [("Surya Pratama", "Ketua DPD RI")]


def test_a_nickname_and_the_full_name_are_one_official_in_an_article():
    text = "Presiden Jokowi membuka acara. Presiden Joko Widodo juga meninjau pasar."
    assert officials_in(text) == [("Joko Widodo", "Presiden")]
    text = "Presiden Joko Widodo membuka acara. Presiden Jokowi juga meninjau pasar."
    assert officials_in(text) == [("Joko Widodo", "Presiden")]
