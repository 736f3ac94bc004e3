"""Indirect statements (issue 17 round 7): what a reporting verb's object is, the cue verbs that
need a clause, and "menurut" or a passive after words that open a sentence."""

from __future__ import annotations

import pytest

from index.extract.statements import find_statements


def indirect(body: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in find_statements(body) if not s.direct]


@pytest.mark.parametrize("body", [
    "Presiden Joko Widodo menjelaskan soal capaian program makan bergizi sejak Januari.",
    "Film London Love Story bercerita tentang kisah cinta dua anak muda di London.",
    "Anggota DPR Siti Aminah menegaskan pentingnya penyusunan aturan turunan yang baru disahkan.",
    "Wakil Ketua KPK Alexander Marwata mengusulkan penerapan sanksi administrasi bagi kepala desa.",
    "Pemerintah Kota Palembang menegaskan komitmennya untuk menindaklanjuti hasil pembahasan.",
    "Kepala BPS Budi Santoso mengumumkan perubahan jadwal rilis data ekspor impor bulan ini.",
    "Dosen Andi Kurniawan menyebutkan lima faktor lainnya yang membuat orang malas bergerak.",
    "Ketua KPK Mohammad Gudono mendorong perbaikan internal di lembaga yang dipimpinnya.",
    "Kapolres Budi Hartono membenarkan informasi tersebut saat dikonfirmasi wartawan.",
])
def test_a_noun_object_or_a_topic_is_no_statement(body):
    assert indirect(body) == []


@pytest.mark.parametrize("body, said", [
    ("Ketua RT Budi Santoso menyatakan pesanan naik dua kali lipat menjelang Lebaran.",
     "pesanan naik dua kali lipat menjelang Lebaran"),
    ("Kuasa hukum Budi Santoso mengatakan kliennya hadir di sidang pekan depan.",
     "kliennya hadir di sidang pekan depan"),
    ("Menteri Keuangan Sri Mulyani mengatakan penurunan yang dilakukan pemerintah ini menjadi "
     "yang pertama dalam sejarah.",
     "penurunan yang dilakukan pemerintah ini menjadi yang pertama dalam sejarah"),
    ("Wakil Ketua DPR Andi Saputra membantah adanya pertemuan dengan pengusaha itu di rumahnya.",
     "adanya pertemuan dengan pengusaha itu di rumahnya"),
])
def test_a_clause_after_a_noun_is_a_statement(body, said):
    assert [text for _, text in indirect(body)] == [said]


@pytest.mark.parametrize("body, said", [
    ("Presiden Prabowo Subianto melaporkan penerima program makan bergizi gratis sudah mencapai "
     "36,7 juta orang.", "penerima program makan bergizi gratis sudah mencapai 36,7 juta orang"),
    ("Anggota DPR Kamrussamad mendorong pemerintah agar melanjutkan kebijakan PPKM darurat.",
     "pemerintah agar melanjutkan kebijakan PPKM darurat"),
    ("Ketua IDI Adib Khumaidi mencontohkan, hal itu biasa terjadi di daerah terpencil.",
     "hal itu biasa terjadi di daerah terpencil"),
    ("Ketua MPR Siti Fauziah meminta jajarannya untuk melaksanakan tugasnya dengan jujur.",
     "jajarannya untuk melaksanakan tugasnya dengan jujur"),
])
def test_a_verb_that_needs_a_clause_reports_one(body, said):
    statements = indirect(body)
    assert [text for _, text in statements] == [said]
    assert statements[0][0] is not None


def test_a_verb_that_needs_a_clause_reports_no_thing():
    assert indirect("Aktivis Budi Santoso melaporkan Andi Wijaya ke polisi pekan lalu.") == []


def test_menurut_after_an_opener_and_menurut_without_a_comma():
    body = ("Wakil Ketua KPK Alexander Marwata hadir di Istana. Namun menurut Alex, KPK tak "
            "dapat mengusut kasus ini. Dengan capaian tersebut, menurut Alex setiap hari ada "
            "ratusan laporan yang masuk.")
    assert indirect(body) == [
        ("Alexander Marwata", "KPK tak dapat mengusut kasus ini"),
        ("Alexander Marwata", "setiap hari ada ratusan laporan yang masuk"),
    ]


def test_a_passive_cue_after_an_opener():
    body = ("Pemain Persija, Mbida Messi, mengatakan dirinya betah di Jakarta. Namun diakuinya, "
            "sama sekali hal tersebut tidak menimbulkan masalah.")
    assert indirect(body)[-1] == (
        "Mbida Messi", "sama sekali hal tersebut tidak menimbulkan masalah")


def test_a_short_cue_inside_a_short_sentence_is_the_whole_sentence():
    body = ("Camat Prambanan Nyoto Wibowo memimpin evakuasi. Dua sarang tersebut, sebut Nyoto, "
            "ukurannya bervariasi.")
    assert indirect(body) == [
        ("Nyoto Wibowo", "Dua sarang tersebut, sebut Nyoto, ukurannya bervariasi")]


def test_a_government_or_prisoners_the_text_does_not_name_speak_without_a_speaker():
    body = ("Para tahanan mengaku tak pernah takut menghadapi apa pun di dalam sel. Namun, "
            "pemerintah juga meminta pengusaha untuk ikut membantu menjaga produksi.")
    assert indirect(body) == [
        (None, "tak pernah takut menghadapi apa pun di dalam sel"),
        (None, "pengusaha untuk ikut membantu menjaga produksi")]


def test_dirinya_refers_back_and_hanya_saja_opens_a_sentence():
    body = ("Ketua Asosiasi Pertekstilan Syarif Hidayat hadir di Jakarta. Dirinya membenarkan "
            "hal itu bisa saja terjadi. Hanya saja dikatakannya, pabrik masih ingin "
            "mempertahankan pekerjanya.")
    assert indirect(body) == [
        ("Syarif Hidayat", "hal itu bisa saja terjadi"),
        ("Syarif Hidayat", "pabrik masih ingin mempertahankan pekerjanya")]


def test_a_cue_followed_by_a_description_ends_the_statement():
    body = ("Jadi Johny Wijaya ini mengelabui BPN Karawang dan menggelapkan tanah jaminan, kata "
            "Irfan, salah satu tim kuasa hukum VSIC di Jakarta, Jumat (21/8).")
    assert indirect(body) == [
        ("Irfan", "Jadi Johny Wijaya ini mengelabui BPN Karawang dan menggelapkan tanah jaminan")]


def test_a_short_opening_before_a_cue_is_no_statement_of_its_own():
    body = ("Kabid Humas Polda Metro Jaya Argo Yuwono memberi keterangan. Tiga hari kemudian, kata "
            "Argo, salah satu pelaku kembali melakukan pertemuan di hotel yang sama.")
    assert [text for _, text in indirect(body)] == [
        "Tiga hari kemudian, kata Argo, salah satu pelaku kembali melakukan pertemuan di hotel "
        "yang sama"]
