"""Speaker names without the words glued to them (index/extract/statements): a common word
that opens the sentence, a country after the name, a relative before it; a social-media
account's name after the cue. Sentences written for these tests."""

from __future__ import annotations

from extracted import speakers_and_roles as speakers


def test_a_common_word_opening_the_sentence_is_no_part_of_the_name():
    body = ("Warga sudah lama mengeluh.\nAwal Cerita Budi Santoso mengatakan bahwa jalan itu "
            "rusak parah. Kata Budi, warga diminta bersabar.")
    assert {name for name, _ in speakers(body)} == {"Budi Santoso"}


def test_a_word_the_article_writes_as_a_name_inside_a_sentence_stays():
    body = ("Bima Arya mengatakan bahwa kota itu siap. Menurut Bima Arya, warga diminta "
            "tertib.")
    assert {name for name, _ in speakers(body)} == {"Bima Arya"}
    body = ("Sri Mulyani Indrawati mengatakan bahwa anggaran negara masih cukup untuk tahun "
            "depan. Menurut Menteri Keuangan Sri Mulyani Indrawati, daerah harus berhemat.")
    assert {name for name, _ in speakers(body)} == {"Sri Mulyani Indrawati"}


def test_two_words_are_never_cut():
    body = "Budi Santoso mengatakan bahwa jalan itu rusak parah."
    assert speakers(body) == [("Budi Santoso", None)]


def test_a_country_after_the_name_is_left_out():
    body = ("Presiden Joe Biden menerima tamu. Joe Biden Amerika mengatakan bahwa perang harus "
            "berhenti.")
    assert [name for name, _ in speakers(body)] == ["Joe Biden"]


def test_a_relative_before_a_name_is_someone_else():
    # the wife speaks, not Mike Tramp: a speaker the text does not name
    found = speakers("Istri Mike Tramp mengatakan bahwa ia senang dapat menghibur warga.")
    assert found == [(None, "Istri Mike Tramp")]
    # "Kakak Raoul Salim ini": the person named before, never Raoul Salim
    body = ('Wali Kota Bogor Bima Arya hadir. Kakak Raoul Salim ini mengatakan bahwa ia jatuh '
            'cinta pada naskahnya.')
    assert all(name != "Raoul Salim" and name != "Kakak Raoul Salim"
               for name, _ in speakers(body))


def test_a_relative_set_off_by_a_comma_is_not_the_person_named():
    body = ("Penyanyi Ayu Azhari tampil di Jakarta. Istri Mike Tramp, vokalis grup musik itu, "
            "mengatakan bahwa ia senang dapat menghibur warga.")
    assert all(name != "Mike Tramp" and name != "Istri Mike Tramp"
               for name, _ in speakers(body))


def test_a_relative_as_a_sentence_subject_is_no_speaker_of_a_quotation_after_it():
    body = ('Film ini dibintangi Brandon Salim. Kakak Raoul Salim ini jatuh cinta pada '
            'naskahnya.\n\n"Bagus karena positif," katanya.')
    assert [name for name, _ in speakers(body)] != ["Kakak Raoul Salim"]


def test_a_team_nickname_is_no_person_a_pronoun_refers_to():
    body = ("Arsene Wenger bakal membahas masa depannya di London. Manajer The Gunners itu "
            "menerangkan, ia akan bertemu pemilik klub pada hari itu.")
    assert [name for name, _ in speakers(body)] == ["Arsene Wenger"]


def test_a_social_media_accounts_name_after_the_cue_is_the_speaker():
    body = ("\" Ini tuh enggak ada logatnya sedikitpun, \" cuit akun @sundakita yang juga "
            "menyayangkan hilangnya logat itu.\n\n"
            "\" Jangan dihujat dulu, \" ujar pemilik akun @Rina_88, seraya bercanda.\n\n"
            "\"Saya senang sekali,\" tulis @budi.s di Instagram.")
    assert speakers(body) == [("@sundakita", "akun"), ("@Rina_88", "pemilik akun"),
                              ("@budi.s", None)]
