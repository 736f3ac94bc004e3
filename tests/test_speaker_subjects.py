"""What stands between a speaker and the speech verb: a business title set off by commas, a
role after "sebagai", "Pihak" before an organisation, an age in parentheses ("Baharuddin
(56)"); an organisation there takes no pronoun from the person named before
(statements/speakers.py, statements/ages.py). Sentences written for these tests."""

from __future__ import annotations

from extracted import said, speakers_and_roles
from index.extract.statements import find_statements


def test_a_name_then_a_business_title_set_off_by_commas():
    body = ("Rudi Hartanto, VP Product Marketing Nusantara Chip, memastikan bahwa produk "
            "pertamanya akan hadir akhir tahun ini.")
    assert [s[0] for s in said(body)] == ["Rudi Hartanto"]


def test_a_persons_role_after_sebagai_between_the_subject_and_its_verb():
    body = ("Ketua Bawaslu Kota Medan Surya Atmaja sebagai Majelis Pemeriksa mengatakan sidang "
            "akan selesai dalam dua pekan.")
    assert [s[0] for s in said(body)] == ["Surya Atmaja"]


def test_an_organisation_before_sebagai_takes_no_pronoun_from_the_person():
    body = ("Dina Puspita mengatakan jaringan baru akan dibangun tahun ini.\n\n"
            "Tahun ini, Telkomnet sebagai operator dengan jangkauan terluas, berjanji untuk "
            "memperluas jaringan ke semua kabupaten.\n\n"
            "Ia memprediksikan penerapan jaringan baru akan terlambat dua tahun.")
    assert said(body)[-1][0] == "Dina Puspita"


def test_pihak_before_an_organisation_is_no_part_of_its_name():
    body = ("Pihak Sentosa Digital sendiri menyebutkan rencana peluncuran aplikasi itu "
            "ditujukan untuk pasar Asia.")
    assert [s[0] for s in said(body)] == ["Sentosa Digital"]
    family = "Pihak Keluarga meminta polisi mengusut tuntas kasus kecelakaan itu."
    assert [s[0] for s in said(family)] != ["Keluarga"]


def test_a_name_right_after_an_active_verb_is_its_object_not_the_speaker():
    body = ("Polisi sebelumnya telah menetapkan Rudi Gunawan sebagai tersangka dalam kasus "
            "korupsi KTP - e. Namun kemudian hakim mengabulkan permohonan praperadilan dan "
            "menyatakan penetapannya tidak sesuai prosedur.")
    assert [s[0] for s in said(body)] in ([], [None])


def test_a_pronoun_after_a_cue_that_names_someone_else_as_a_topic_is_the_speaker():
    body = ("Wakil Presiden Hendra Wijaya mengatakan kasus korupsi yang melibatkan Ketua DPR Rudi "
            "Gunawan mesti diserahkan ke proses hukum.\n\n"
            "\" Itu tugas penegak hukum. Jadi serahkan saja ke proses hukum, \" katanya usai "
            "membuka muktamar di Jakarta, Sabtu, ketika ditanya mengenai penetapan kembali Rudi "
            "Gunawan sebagai tersangka kasus korupsi.\n\n"
            "Dia menambahkan penanganan kasus itu sebaiknya dipercayakan pada para penegak hukum.")
    assert [s[0] for s in said(body)] == ["Hendra Wijaya"] * 3


def test_a_pronoun_after_a_new_sentence_naming_someone_is_that_person():
    body = ("\"Kita akan membentuk tim penertiban,\" ujar Roni Hakim dalam rapat itu.\n\n"
            "Kesepakatan itu muncul setelah Organisasi Angkutan Darat (Organda) Pekanbaru yang "
            "diketuai oleh Agus Salim, menyampaikan keluhannya.\n\n"
            "Di hadapan anggota dewan, dia mengaku bahwa sembilan taksi rusak parah. \"Kami minta "
            "hasil rapat ini dikawal,\" ujar Agus.")
    assert [s[0] for s in said(body)] == ["Roni Hakim", "Agus Salim", "Agus Salim"]


def test_an_office_alone_after_a_comma_is_its_holder_not_a_name_inside_the_clause_before():
    body = ("Wakil Presiden Hendra Wijaya membuka muktamar itu pada Sabtu.\n\n"
            "Mengenai tuduhan pemalsuan surat berkenaan dengan Rudi Gunawan yang dilayangkan "
            "pengacara Rudi Gunawan ke dua pemimpin KPK, Wakil Presiden menegaskan bahwa polisi "
            "akan menghentikan kasus itu jika tidak menemukan bukti.")
    assert [s[0] for s in said(body)] == ["Hendra Wijaya"]


def test_an_age_in_parentheses_after_the_name_is_no_part_of_the_subject():
    assert speakers_and_roles(
        "Baharuddin (56) mengatakan panen tahun ini gagal karena hama.") == [("Baharuddin", None)]
    assert speakers_and_roles(
        "Ketua Kelompok Tani Maju Jaya, Baharuddin (56), mengatakan panen tahun ini gagal."
    ) == [("Baharuddin", "Ketua Kelompok Tani Maju Jaya")]


def test_a_numbered_clause_in_parentheses_is_no_age():
    body = "Aturan itu, Pasal 38 Ayat (10), menjelaskan bahwa jalan tol hanya untuk mobil."
    assert all(s.speaker != "Ayat" for s in find_statements(body))
