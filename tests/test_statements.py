"""Statements extraction (index/extract/statements) on sentences written for these tests: each
pattern of attribution, speakers resolved to the person, and bad input."""

from __future__ import annotations

import time

import pytest

from extracted import only
from index.extract.statements import Statement, find_statements

WAGUB = "Wakil Gubernur Kalimantan Tengah Edy Pratowo"


def check_offsets(body: str, found: list[Statement]) -> None:
    for statement in found:
        assert body[statement.start:statement.start + len(statement.text)] == statement.text
    assert [s.start for s in found] == sorted(s.start for s in found)


# --- Quotations --------------------------------------------------------------------------------


def test_a_quotation_then_its_cue_and_speaker_with_the_role_as_written():
    body = (f"“Kami akan memperbaiki jalan menuju desa itu tahun depan,” kata {WAGUB} di "
            "Palangka Raya, Senin.")
    statement = only(body)
    assert statement.speaker == "Edy Pratowo"
    assert statement.role == "Wakil Gubernur Kalimantan Tengah"
    assert statement.cue == "kata"
    assert statement.direct
    assert statement.text == "Kami akan memperbaiki jalan menuju desa itu tahun depan"
    check_offsets(body, [statement])


@pytest.mark.parametrize("cue", ["ujar", "ungkap", "tutur", "jelas", "tegas", "imbuh", "tambah"])
def test_each_cue_word_after_a_quotation(cue):
    body = f'Budi Santoso hadir di sana. "Anggaran untuk sekolah sudah kami siapkan," {cue} Budi.'
    statement = only(body)
    assert (statement.speaker, statement.cue, statement.direct) == ("Budi Santoso", cue, True)


def test_straight_quote_marks_with_spaces_inside():
    body = 'Menteri itu, Sri Wahyuni, datang. " Kami tidak akan menaikkan harga , " ujar Sri .'
    statement = only(body)
    assert statement.text == "Kami tidak akan menaikkan harga"
    assert statement.speaker == "Sri Wahyuni"


def test_nya_and_pronouns_are_the_person_named_before():
    body = (f"{WAGUB} meninjau pasar. “Harga beras masih stabil,” ujarnya.\n\n"
            "“Stok cukup sampai akhir tahun,” kata dia.\n\n"
            "“Warga tidak perlu khawatir,” kata beliau.")
    found = find_statements(body)
    assert [s.speaker for s in found] == ["Edy Pratowo"] * 3
    assert [s.cue for s in found] == ["ujarnya", "kata", "kata"]
    assert all(s.role == "Wakil Gubernur Kalimantan Tengah" for s in found)
    check_offsets(body, found)


def test_a_short_name_later_is_the_full_name():
    body = (f"{WAGUB} membuka acara itu.\n\nSelain itu, Kepala Dinas Pendidikan Rina Marlina "
            "juga hadir.\n\n“Kita butuh guru di pedalaman,” kata Edy.\n\n"
            "“Sekolah baru dibangun di Katingan,” ujar Rina.")
    found = find_statements(body)
    assert [s.speaker for s in found] == ["Edy Pratowo", "Rina Marlina"]


def test_the_cue_before_a_quotation():
    body = (f"{WAGUB} mengatakan, “Pelayanan publik harus lebih cepat.”\n\n"
            "Menurut Edy, “Aparatur harus melayani dengan ramah.”\n\n"
            "Ia menegaskan: “Tidak ada pungutan liar.”")
    found = find_statements(body)
    assert [(s.speaker, s.cue, s.direct) for s in found] == [
        ("Edy Pratowo", "mengatakan", True), ("Edy Pratowo", "Menurut", True),
        ("Edy Pratowo", "menegaskan", True)]
    assert found[0].text == "Pelayanan publik harus lebih cepat."


def test_a_quotation_over_several_paragraphs_is_one_statement():
    body = (f"{WAGUB} berbicara di depan peserta.\n\n"
            "“Pertama, kita harus menjaga hutan.\n\n"
            "“Kedua, kita harus menjaga sungai.\n\n"
            "“Ketiga, kita harus menjaga udara,” katanya.")
    statement = only(body)
    assert statement.text.startswith("Pertama") and statement.text.endswith("udara")
    assert "Kedua" in statement.text
    assert statement.speaker == "Edy Pratowo"
    check_offsets(body, [statement])


def test_a_quotation_going_on_after_its_cue_is_one_statement_with_it():
    body = (f"“Bantuan sudah dikirim ke tiga kecamatan,” kata {WAGUB}. "
            "“Besok kami kirim lagi ke dua kecamatan lainnya.”")
    statement = only(body)
    assert statement.speaker == "Edy Pratowo"
    assert statement.text.startswith("Bantuan sudah dikirim")
    assert statement.text.endswith("dua kecamatan lainnya.")


def test_a_new_cue_starts_a_new_statement():
    body = (f"“Bantuan sudah dikirim ke tiga kecamatan,” kata {WAGUB}. "
            "“Besok kami kirim lagi ke dua kecamatan lainnya,” tambahnya.")
    found = find_statements(body)
    assert [(s.speaker, s.cue) for s in found] == [("Edy Pratowo", "kata"),
                                                   ("Edy Pratowo", "tambahnya")]


def test_a_quotation_without_cue_after_narrative_keeps_the_speaker_before():
    body = (f"“Bantuan sudah dikirim ke tiga kecamatan,” kata {WAGUB}.\n\n"
            "Bantuan itu berupa beras dan minyak goreng.\n\n"
            "“Besok kami kirim lagi ke dua kecamatan lainnya.”")
    found = find_statements(body)
    assert [s.speaker for s in found] == ["Edy Pratowo", "Edy Pratowo"]
    assert found[1].text == "Besok kami kirim lagi ke dua kecamatan lainnya."


def test_a_pronoun_may_be_a_person_named_only_as_a_subject():
    body = ("“Harga gabah naik,” kata Andi Wijaya.\n\n"
            "Kepala Bulog Kalimantan Tengah, Rina Marlina Sari pun menyambut baik kabar itu. "
            "“Kami siap menyerap gabah petani,” ujarnya.")
    assert [s.speaker for s in find_statements(body)] == ["Andi Wijaya", "Rina Marlina Sari"]


def test_a_pronoun_is_the_subject_of_the_sentence_before():
    body = ("“Saya belum tahu bisa hadir atau tidak,” kata Andi Wijaya.\n\n"
            "Budi Santoso mengatakan rapat itu tetap digelar pekan depan. Budi belum memastikan "
            "apakah Andi akan datang.\n\n“Kami tunggu saja kabar dari beliau,” ujarnya.")
    assert [s.speaker for s in find_statements(body)] == ["Andi Wijaya", "Budi Santoso",
                                                         "Budi Santoso"]


def test_a_name_right_after_a_quotation_without_a_cue_word():
    body = '"Jembatan itu selesai bulan depan," Budi Santoso.\n\nWarga menyambutnya gembira.'
    statement = only(body)
    assert (statement.speaker, statement.cue) == ("Budi Santoso", "")


def test_a_term_in_quote_marks_is_no_statement():
    assert find_statements("Pemerintah meluncurkan program “Desa Cerdas” di Palangka Raya.") == []


# --- Reported speech ---------------------------------------------------------------------------


def test_reported_speech_with_bahwa_and_the_role_as_written():
    body = f"{WAGUB} mengatakan bahwa seleksi pegawai tahun ini dilakukan secara terbuka."
    statement = only(body)
    assert (statement.speaker, statement.role, statement.cue, statement.direct) == (
        "Edy Pratowo", "Wakil Gubernur Kalimantan Tengah", "mengatakan", False)
    assert statement.text == "seleksi pegawai tahun ini dilakukan secara terbuka"


@pytest.mark.parametrize("verb", ["menyebutkan", "menjelaskan", "menegaskan", "meminta",
                                  "mengimbau", "berharap"])
def test_each_reporting_verb(verb):
    body = f"Budi Santoso {verb} warga menjaga kebersihan sungai di kampung masing-masing."
    statement = only(body)
    assert (statement.speaker, statement.cue, statement.direct) == ("Budi Santoso", verb, False)
    assert statement.text == "warga menjaga kebersihan sungai di kampung masing-masing"


def test_menurut_then_the_statement_after_the_comma():
    body = f"{WAGUB} datang ke Sampit. Menurut dia, jalan provinsi rusak berat di tiga titik."
    statement = only(body)
    assert (statement.speaker, statement.cue, statement.direct) == ("Edy Pratowo", "Menurut",
                                                                    False)
    assert statement.text == "jalan provinsi rusak berat di tiga titik"


def test_a_cue_closing_a_sentence_without_quote_marks():
    body = f"{WAGUB} hadir. Pembangunan jembatan dimulai bulan depan, katanya."
    statement = only(body)
    assert statement.text == "Pembangunan jembatan dimulai bulan depan"
    assert (statement.speaker, statement.direct) == ("Edy Pratowo", False)


def test_an_institution_speaks_under_its_own_name():
    statement = only("BMKG menyebutkan hujan lebat akan turun di Kalimantan Tengah pekan ini.")
    assert statement.speaker == "BMKG"
    assert statement.text == "hujan lebat akan turun di Kalimantan Tengah pekan ini"


def test_an_institution_is_named_at_its_fullest():
    body = ("Komisi Pemberantasan Korupsi (KPK) menyatakan berkas perkara itu sudah lengkap. "
            "Badan Pusat Statistik (BPS) mencatat harga beras naik. "
            "BPS menyebutkan inflasi bulan ini sebesar dua persen.")
    assert [s.speaker for s in find_statements(body)] == [
        "Komisi Pemberantasan Korupsi (KPK)", "Badan Pusat Statistik (BPS)"]


def test_a_name_in_apposition_before_the_verb():
    statement = only("Kuasa hukum terdakwa, Jhon Ely Tumanggor, mengatakan kliennya hadir "
                     "di sidang pekan depan.")
    assert (statement.speaker, statement.role) == ("Jhon Ely Tumanggor", "Kuasa hukum terdakwa")


def test_a_speaker_that_cannot_be_resolved_is_none():
    statement = only("“Harga cabai naik terus sejak pekan lalu,” katanya.")
    assert statement.speaker is None and statement.role is None
    assert statement.text == "Harga cabai naik terus sejak pekan lalu"


def test_a_subject_that_is_no_speaker_gives_no_statement():
    assert find_statements("Data penjualan menyebutkan harga naik dua persen bulan ini.") == []


def test_as_dict_has_the_fields_of_the_interface():
    statement = only(f"{WAGUB} meminta warga menjaga kebersihan lingkungan masing-masing.")
    assert statement.as_dict() == {
        "speaker": "Edy Pratowo", "role": "Wakil Gubernur Kalimantan Tengah", "cue": "meminta",
        "direct": False, "text": "warga menjaga kebersihan lingkungan masing-masing",
        "start": statement.start}


# --- Bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "", "   \n\n ", "“", '"', "“”", '""', "”Kami siap,", "“Kami siap bekerja keras,",
    'kata', ", katanya.", "Menurut", "Menurut ,", "mengatakan bahwa", "“\n\n“\n\n“",
    "“Kami akan bekerja keras untuk warga,” kata", "“Jalan rusak,” ujar ,.",
])
def test_bad_input_gives_a_result(body):
    found = find_statements(body)
    assert isinstance(found, list)
    check_offsets(body, found)


def test_an_unbalanced_quote_mark_runs_to_its_paragraphs_end():
    body = (f"{WAGUB} berkata tegas. “Kami tidak akan mundur dari rencana ini, kata Edy.\n\n"
            "Acara selesai pukul 12.00 WIB.")
    found = find_statements(body)
    check_offsets(body, found)
    assert all("Acara selesai" not in s.text for s in found)


def test_a_long_body_is_read_quickly():
    paragraph = (f"“Kami akan memperbaiki jalan menuju desa itu tahun depan,” kata {WAGUB}. "
                 "Ia mengatakan anggaran sudah disiapkan oleh pemerintah provinsi. "
                 "Warga menyambut baik rencana itu dan berharap segera dimulai.\n\n")
    body = (paragraph * (200_000 // len(paragraph) + 1))[:200_000]
    started = time.perf_counter()
    found = find_statements(body)
    assert time.perf_counter() - started < 10
    assert len(found) > 500
    check_offsets(body, found)


def test_a_long_body_of_unbalanced_marks_is_read_quickly():
    body = ("“Kata " * 40_000)[:200_000]
    started = time.perf_counter()
    check_offsets(body, find_statements(body))
    assert time.perf_counter() - started < 10
