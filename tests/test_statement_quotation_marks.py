"""Quotations with a mark left out next to their cue: a missing opening mark before a spaced
closing one, a missing closing mark that ends at the cue or before the next quotation
(statements/quotes.py). Sentences written for these tests."""

from __future__ import annotations

from extracted import said


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
