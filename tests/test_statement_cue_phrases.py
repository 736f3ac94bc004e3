"""Phrases that say or do not say something: "menurut rencana" and "sebut saja" say nothing,
"menurutnya" after a subject, a passive cue after the lead ("Hal itu diutarakan X") and a
passive whose agent comes before its predicate ("disebut Joko bisa ...") (statements/
reported.py, statement_cues.tsv). Sentences written for these tests."""

from __future__ import annotations

from extracted import said, speakers
from index.extract.statements import find_statements


def test_menurut_rencana_and_sebut_saja_say_nothing():
    plan = "Menurut rencana, stasiun baru itu akan dilengkapi dengan fasilitas check in kota."
    assert said(plan) == []
    example = ("Banyak artis menjual barang bekasnya. Sebut saja Maya Lestari yang gemar menjual "
               "tas, Rina Wulandari yang menjual sepatu, hingga Tari Ayu yang menjual gaun.")
    assert said(example) == []


def test_a_passive_after_a_lead_said_with_its_cue_adds_nothing():
    body = ("Medan, Kabar Harian - - Wakil Wali Kota Bagus Pranoto mengaku tak sanggup menatap "
            "ponsel lama-lama. Hal ini disampaikan Bagus saat membuka pameran, Selasa.")
    assert said(body) == [("Bagus Pranoto", "mengaku", False,
                           "tak sanggup menatap ponsel lama-lama")]


def test_a_passive_after_a_lead_without_a_cue_is_the_leads_words_without_the_dateline():
    body = ("Medan, Kabar Harian - - Partai Golkar menargetkan kemenangan di separuh pilkada "
            "tahun depan.\n\nHal itu diutarakan Sekretaris Jenderal Golkar Hasan Basri usai "
            "rapat kerja, Minggu.")
    assert said(body) == [("Hasan Basri", "diutarakan", False, "Partai Golkar menargetkan "
                           "kemenangan di separuh pilkada tahun depan")]


def test_menurutnya_after_a_subject_closed_by_a_demonstrative():
    body = ("Menteri Rahmat Hidayat meninjau pelabuhan itu, Senin. Kebijakan ini menurutnya "
            "akan mempercepat bongkar muat. Selain itu menurutnya biaya logistik akan turun.")
    assert [(s[0], s[3]) for s in said(body)] == [
        ("Rahmat Hidayat", "Kebijakan ini menurutnya akan mempercepat bongkar muat"),
        ("Rahmat Hidayat", "biaya logistik akan turun")]


def test_a_passive_whose_agent_comes_before_the_predicate_is_the_agents_statement():
    body = ("Pebalap Joko Santoso menanggapi insiden di tikungan terakhir.\n\n"
            "Insiden yang dialami rekannya itu disebut Joko bisa menjadi pelajaran bagi pebalap "
            "muda agar tidak memacu motor terlalu kencang.")
    assert [(s.speaker, s.cue, s.direct) for s in find_statements(body)] == [
        ("Joko Santoso", "disebut", False)]


def test_a_passive_agent_without_a_predicate_after_it_says_nothing():
    for body in ("Rudi Hartono disebut Joko sebagai sahabat lamanya sejak kecil di kampung.",
                 "Harga beras yang dijual mahal dianggap Joko karena kualitasnya lebih baik."):
        assert speakers(body) == []


def test_menuliskan_says_a_quotation_or_a_clause_not_a_thing():
    body = ("Petinju Rudi Hartono memamerkan mobil barunya di Instagram. Pada komentarnya, Rudi "
            "Hartono menuliskan, \"Mobil baru saya seharga 4,8 juta dollar.\" Ia juga menuliskan "
            "pesan singkat untuk penggemarnya.")
    assert [(s[0], s[1], s[2]) for s in said(body)] == [("Rudi Hartono", "menuliskan", True)]


def test_a_passive_cue_with_nya_then_a_clause_without_a_comma_reports_it():
    body = ("Gelandang Budi Santoso resmi bergabung dengan tim itu. Bahkan, ditegaskannya "
            "tidak mendapatkan halangan dari manajemen klub lamanya.")
    assert said(body) == [("Budi Santoso", "ditegaskannya", False,
                           "tidak mendapatkan halangan dari manajemen klub lamanya")]
