"""Reported speech found whole and once (issue 17 round 10): adverbs between a subject and its
verb, speakers the text does not name, more speech verbs, a conjunction before the clause a cue
splits, "menurut" with no comma, and the noun objects that say nothing. The sentences are our
own writing."""

from __future__ import annotations

import pytest

from index.extract.statements import find_statements


def indirect(body: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in find_statements(body) if not s.direct]


@pytest.mark.parametrize("body, speaker, said", [
    ("Calon hakim Rudi Hartono hadir. Rudi akhirnya mengakui bahwa yayasannya pernah menerima "
     "hibah dari perusahaan itu.", "Rudi Hartono",
     "yayasannya pernah menerima hibah dari perusahaan itu"),
    ("Petinju Andi Saputra kembali berlatih. Andi tiba-tiba mengatakan cederanya telah sembuh "
     "tanpa operasi.", "Andi Saputra", "cederanya telah sembuh tanpa operasi"),
    ("Bupati Sleman Budi Santoso awalnya hanya mengatakan jalan itu rusak karena hujan.",
     "Budi Santoso", "jalan itu rusak karena hujan"),
    ("Calon Wali Kota Siti Aminah berjanji akan membangun pasar baru di setiap kecamatan.",
     "Siti Aminah", "akan membangun pasar baru di setiap kecamatan"),
    ("Andi Kurniawan hadir. Namun pakar hukum tata negara itu membantah kampusnya "
     "ada kaitannya dengan perkara tersebut.", "Andi Kurniawan",
     "kampusnya ada kaitannya dengan perkara tersebut"),
])
def test_reported_speech_after_an_adverb_or_a_new_verb(body, speaker, said):
    assert (speaker, said) in indirect(body)


@pytest.mark.parametrize("body, said", [
    ("Seorang pejabat mengatakan rapat anggaran ditunda hingga pekan depan.",
     "rapat anggaran ditunda hingga pekan depan"),
    ("Sejumlah analis menilai harga beras akan naik menjelang Lebaran.",
     "harga beras akan naik menjelang Lebaran"),
    ("Korban ditemukan di sungai. Namun keluarganya mengklaim ada luka di kepala korban.",
     "ada luka di kepala korban"),
    ("Pihak sekolah mengatakan kegiatan belajar tetap berjalan seperti biasa.",
     "kegiatan belajar tetap berjalan seperti biasa"),
    ("Salah satu rekan korban yang enggan menyebutkan namanya mengaku bahwa korban sempat "
     "mengeluh sakit.", "korban sempat mengeluh sakit"),
])
def test_a_speaker_the_text_does_not_name_keeps_the_statement(body, said):
    assert (None, said) in indirect(body)


def test_an_unnamed_speaker_inside_an_asked_question_says_nothing():
    body = ("Ketika ditanyakan kenapa pihak kepolisian selalu menyatakan bahwa kasus itu sudah "
            "selesai, Budi Santoso enggan menanggapi.")
    assert indirect(body) == []


def test_a_negation_before_the_verb_says_nothing():
    body = "Seorang warga yang enggan menyebutkan namanya mengaku melihat api dari gudang."
    assert [said for _, said in indirect(body)] == ["melihat api dari gudang"]


def test_a_conjunction_before_the_clause_a_cue_splits_is_left_out():
    body = ("Direktur lembaga survei Andi Saputra hadir. Sedangkan program perumahan rakyat, "
            "lanjut Andi, kepuasannya belum optimal.")
    assert indirect(body) == [
        ("Andi Saputra", "program perumahan rakyat, lanjut Andi, kepuasannya belum optimal")]


def test_an_aside_before_the_cue_is_no_subject():
    body = ("Menteri Budi Santoso hadir. Namun yang jelas, kata Budi, kalaupun benar, utang "
            "tersebut menjadi tanggungan perusahaan.")
    assert indirect(body) == [
        ("Budi Santoso", "kalaupun benar, utang tersebut menjadi tanggungan perusahaan")]


def test_menurut_without_a_comma_after_the_name():
    body = "Menurut Prabowo Subianto setiap sekolah akan mendapat guru tambahan tahun depan."
    assert indirect(body) == [
        ("Prabowo Subianto", "setiap sekolah akan mendapat guru tambahan tahun depan")]


def test_a_hope_with_its_clause_is_said():
    body = ("Andi, mahasiswa lain, mengungkapkan harapannya agar kunjungan itu mempererat "
            "hubungan kedua negara.")
    assert indirect(body) == [
        ("Andi", "harapannya agar kunjungan itu mempererat hubungan kedua negara")]


@pytest.mark.parametrize("body", [
    "Gubernur Budi Santoso melaporkan berbagai persiapan mulai dari venue yang sudah siap "
    "digunakan hingga perlengkapan lainnya.",
    "Menteri Budi Santoso menyampaikan laporan terkait hartanya kepada panitia seleksi.",
    "Pengacara Andi Saputra menyampaikan itu saat ditanya wartawan di gedung pengadilan.",
    "Para mahasiswa menyampaikan aspirasi mengenai peningkatan kualitas pendidikan di sana.",
    "Seorang juru bicara mengungkapkan kabar terbaru mengenai kesepakatan kedua perusahaan.",
    "Menko Budi Santoso menekankan pentingnya kolaborasi pemerintah pusat dan daerah.",
])
def test_a_noun_object_says_nothing(body):
    assert indirect(body) == []


def test_untuk_before_a_noun_is_no_purpose():
    body = ("Menteri Keuangan Budi Santoso mengatakan penghapusan pajak untuk jasa kesenian oleh "
            "pemerintah dilakukan untuk harmonisasi aturan.")
    assert indirect(body) == [("Budi Santoso", "penghapusan pajak untuk jasa kesenian oleh "
                                               "pemerintah dilakukan untuk harmonisasi aturan")]


@pytest.mark.parametrize("body, said", [
    ("Menteri Budi Santoso hadir. Sedangkan untuk korupsi, kata Budi, setelah lembaga itu tak "
     "ada menjadi tanggung jawab Presiden.",
     "setelah lembaga itu tak ada menjadi tanggung jawab Presiden"),
    ("Kakorlantas Budi Santoso hadir. Namun begitu, lanjut dia, kemacetan masih akan terjadi di "
     "jalur mudik.", "kemacetan masih akan terjadi di jalur mudik"),
])
def test_a_topic_or_an_opener_before_the_cue_is_left_out(body, said):
    assert [text for _, text in indirect(body)] == [said]


def test_an_enumeration_in_the_subject_keeps_the_clause():
    body = ("Menteri Budi Santoso menegaskan ketersediaan beras, cabai, dan daging menjelang "
            "Lebaran dinyatakan aman.")
    assert indirect(body) == [("Budi Santoso", "ketersediaan beras, cabai, dan daging menjelang "
                                               "Lebaran dinyatakan aman")]
