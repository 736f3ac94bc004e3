"""Cleaning: bytes in any of the encodings news exports use, entities, odd spaces, glued text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.sources.cleaning import _SPACES, clean_text, decode_bytes, is_single_spaced

SENTENCE = "“Kami siap,” kata Wakil Gubernur Kalteng Edy Pratowo di Palangka Raya – Kamis."


# --- Bytes -------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_decodes_every_encoding_news_exports_use(encoding):
    assert decode_bytes(SENTENCE.encode(encoding)) == SENTENCE


def test_latin1_bytes_are_read():
    assert decode_bytes("Café Kopi Nusantara, Rp 25.000".encode("latin-1")) == (
        "Café Kopi Nusantara, Rp 25.000"
    )


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_its_byte_order_mark(encoding):
    raw = SENTENCE.encode(encoding)
    if not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raw = ("\ufeff" + SENTENCE).encode(encoding)
    assert decode_bytes(raw) == SENTENCE


def test_byte_order_marks_inside_the_text_go():
    assert clean_text("\ufeffJudul\n\n\ufeffIsi berita.") == "Judul\n\nIsi berita."


@pytest.mark.parametrize(
    ("broken", "clean"),
    [
        ("digelar di Nims CafÃ©, Jakarta", "digelar di Nims Café, Jakarta"),
        ("mengusung konsep â€œBelajar Bahasa Prancisâ€\x9d sambil", (
            "mengusung konsep “Belajar Bahasa Prancis” sambil")),
        ("kehendak umum (volontÃ© gÃ©nÃ©rale) itu", "kehendak umum (volonté générale) itu"),
        ("Rp 5 juta â€“ Rp 10 juta", "Rp 5 juta – Rp 10 juta"),
    ],
)
def test_utf8_read_as_windows_1252_is_repaired(broken, clean):
    assert clean_text(broken) == clean


@pytest.mark.parametrize("text", ["São Paulo", "Hà Nội", "Çatalhöyük", "Â", "Ñandú", "ÅRHUS"])
def test_real_accents_are_left_alone(text):
    assert clean_text(text) == text


# --- Entities and spaces -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Jum&#039;at &amp; Sabtu", "Jum'at & Sabtu"),
        ("&quot;Kami siap&quot;", '"Kami siap"'),
        ("&#8220;Kami&#8221; &ndash; kata dia", "“Kami” – kata dia"),
        ("&amp;quot;dua kali&amp;quot; &amp;amp; lagi", '"dua kali" & lagi'),
        ("R&D dan AT&T tetap", "R&D dan AT&T tetap"),
    ],
)
def test_html_entities_single_and_double_escaped(raw, clean):
    assert clean_text(raw) == clean


def test_non_breaking_and_odd_spaces_become_one_space():
    raw = "Wakil\u00a0Gubernur\u2009Kalteng \u00a0 Edy\u202fPratowo\u200b hadir"
    assert clean_text(raw) == "Wakil Gubernur Kalteng Edy Pratowo hadir"


@given(st.text(alphabet=st.sampled_from(["a", "b", " ", "\t", "\u00a0", "\u2009", "\u200b",
                                          "\u3000", "\x0b", "\u2028", "\x85", "\u00ad", "é"]),
               max_size=12) | st.text(max_size=30))
def test_a_line_found_single_spaced_needs_no_cleaning(line):
    """The check that lets most lines skip the replacement of spaces is never wrong."""
    if is_single_spaced(line):
        assert _SPACES.sub(" ", line).strip() == line == " ".join(line.split())


def test_line_endings_and_blank_lines_become_paragraphs():
    raw = "Paragraf satu.\r\n\r\n\r\n  Paragraf   dua.\rParagraf tiga.\n"
    assert clean_text(raw) == "Paragraf satu.\n\nParagraf dua.\n\nParagraf tiga."


def test_invisible_characters_go():
    assert clean_text("Pa\u00adlangka Ra\u200cya") == "Palangka Raya"
    assert clean_text("\ufeffKota Ba\u2060ndung") == "Kota Bandung"


def test_letters_and_their_accents_become_one_character():
    assert clean_text("Cafe\u0301 di Bandung") == "Caf\u00e9 di Bandung"
    assert clean_text("Pe\u0301rez, Ba\u00adndung") == "P\u00e9rez, Bandung"


# --- Glued sentences ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("glued", "apart"),
    [
        ("bernama Cortana.Kecanggihan lain", "bernama Cortana. Kecanggihan lain"),
        ("kata Rudy.Waktu itu", "kata Rudy. Waktu itu"),
        ("sudah siap?Kami akan", "sudah siap? Kami akan"),
        ("Senin (24/8/2015).Pemerintah menilai", "Senin (24/8/2015). Pemerintah menilai"),
        ("pada tahun 2015.Pemerintah menilai", "pada tahun 2015. Pemerintah menilai"),
        ('jelang Piala Presiden."Tentunya kami', 'jelang Piala Presiden. "Tentunya kami'),
        ('"Kami siap," ujarnya."Besok kami', '"Kami siap," ujarnya. "Besok kami'),
        ('"Kami siap."Budi lalu pergi', '"Kami siap." Budi lalu pergi'),
        ("lanjut dia.“Kami siap", "lanjut dia. “Kami siap"),
        ("Kapolda Bali Irjen Pol.Ronny F Sompie", "Kapolda Bali Irjen Pol. Ronny F Sompie"),
    ],
)
def test_glued_sentences_are_separated(glued, apart):
    assert clean_text(glued) == apart


@pytest.mark.parametrize(
    "text",
    [
        "dilansir Kompas.com, Senin",
        "JAKARTA, KOMPAS.com - Menteri",
        "dari TRIBUNNEWS.COM, Jakarta",
        "VIVA.co.id - Pemerintah",
        "kunjungi www.Kemenkeu.go.id untuk",
        "situs www.DetikNews.com",
        "biaya Rp.5 juta",
        "inflasi 2.5 persen",
        "Sekda Budi Santoso, S.Sos, M.Si hadir",
        "dr. Budi, Sp.An dan Sp.Rad hadir",
        "Jaksa Agung H.M. Prasetyo hadir",
        "di Jl.Sudirman nomor 5",
        "Pukul 09.30 WIB",
        "Ph.D dari Leiden",
    ],
)
def test_abbreviations_domains_numbers_and_initials_stay_joined(text):
    assert clean_text(text) == text
