"""Who said it in ordinary news, round 15 of issue 17: the kinds statements-dev12 showed, each on
sentences written for these tests, not taken from the corpus. A person's initials spoken as an
acronym ("kata JK"), a name then a business title set off by commas, "X sebagai Y" before the
verb, "Pihak X", "menurut rencana" and "sebut saja", a passive after a lead already said with its
cue, a quotation whose opening or closing mark was left out next to its cue, and "lulusan" and
"beralasan" (statements/__init__.py, speakers.py, reported.py, quotes.py, statement_cues.tsv)."""

from __future__ import annotations

from index.extract.statements import find_statements


def said(body: str) -> list[tuple[str | None, str, bool, str]]:
    return [(s.speaker, s.cue, s.direct, s.text) for s in find_statements(body)]


def test_initials_in_parentheses_after_a_name_are_that_person_not_an_organisation():
    body = ("Wakil Presiden Hadi Kusuma (HK) membuka kongres wartawan di Medan, Senin.\n\n"
            '"Berita harus cepat tetapi juga benar," kata HK di depan peserta.')
    assert [s[0] for s in said(body)] == ["Hadi Kusuma"]


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


def test_a_quotation_whose_opening_mark_was_left_out_before_a_spaced_closing_mark():
    body = ("Rapat itu dibuka Wakil Ketua Dewan Darma Wijaya.\n\n"
            'Karena itu semua pihak perlu bekerja sama dengan baik, " ucap Darma kepada '
            "peserta rapat.")
    found = said(body)
    assert found[-1][:3] == ("Darma Wijaya", "ucap", True)
    assert found[-1][3].startswith("Karena itu semua pihak")
    opened = 'Ia mengatakan, " Seru sekali, sudah lama kami menunggu. "'
    assert [s[3] for s in said(opened)] == ["Seru sekali, sudah lama kami menunggu."]


def test_a_quotation_whose_closing_mark_was_left_out_ends_at_its_cue():
    body = ("Darma Wijaya berpidato di depan para wisudawan.\n\n"
            '" Bagaimana kita menjaga sungai? Bagaimana kita menjaga hutan? ucap Darma kepada '
            "para wisudawan, Kamis.")
    assert said(body)[-1] == ("Darma Wijaya", "ucap", True,
                              "Bagaimana kita menjaga sungai? Bagaimana kita menjaga hutan?")


def test_a_graduates_description_referring_back_and_beralasan_with_a_clause():
    body = ("Menanggapi itu, pengamat budaya Anton Sukardi menilai, keputusan itu sangat aneh. "
            "Lulusan sebuah universitas di Paris ini menegaskan, bahasa menunjukkan bangsa.")
    assert [s[0] for s in said(body)] == ["Anton Sukardi", "Anton Sukardi"]
    reason = "Menteri Rahmat Hidayat beralasan bahwa jadwal rapat bertabrakan dengan kunjungan."
    assert said(reason)[0][:2] == ("Rahmat Hidayat", "beralasan")


def test_a_quotation_whose_closing_mark_was_left_out_before_its_cue_and_the_next_quotation():
    body = ('Ketua Koperasi Maju, Hendra Saputra, meminta anggota untuk bersabar. "Kami belum '
            "mendapat kabar dari bank. Kalau ada masalah, kami selesaikan bersama, kata Hendra. "
            'Hendra menuturkan, pencairan dana memang belum jelas. "Kami tunggu saja '
            'kepastiannya," katanya.')
    found = said(body)
    assert [s[:3] for s in found] == [("Hendra Saputra", "meminta", False),
                                      ("Hendra Saputra", "kata", True),
                                      ("Hendra Saputra", "menuturkan", False),
                                      ("Hendra Saputra", "katanya", True)]
    assert found[1][3].endswith("kami selesaikan bersama")


def test_a_common_word_before_a_short_name_is_no_part_of_its_fuller_form():
    # a heading "Pesan Wiranto ke Jaksa" and "memberikan pesan": "Pesan" is no given name
    body = ('"Kami terus bekerja," kata Wiranto di Jakarta.\n\nPesan Wiranto ke Jaksa\n\n'
            "Dalam sambutannya, Wiranto juga memberikan pesan kepada para jaksa.\n\n"
            '"Jangan mencari masalah," ujarnya.')
    assert {s[0] for s in said(body)} == {"Wiranto"}


def test_menurutnya_after_a_subject_closed_by_a_demonstrative():
    body = ("Menteri Rahmat Hidayat meninjau pelabuhan itu, Senin. Kebijakan ini menurutnya "
            "akan mempercepat bongkar muat. Selain itu menurutnya biaya logistik akan turun.")
    assert [(s[0], s[3]) for s in said(body)] == [
        ("Rahmat Hidayat", "Kebijakan ini menurutnya akan mempercepat bongkar muat"),
        ("Rahmat Hidayat", "biaya logistik akan turun")]
