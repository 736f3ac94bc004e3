"""Officials round 14b (issue 15): a former or sought office referred back to ("mantan Ketua MPR
itu") names the one person the article is about who holds no public office; a speaker's current
office, read from the statements, wins over such a former one."""

from __future__ import annotations

from index.extract.officials import extract_officials
from index.extract.pipeline import make_article
from index.sources.drafts import Draft


def officials(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials(title, text)]


def test_a_former_office_referred_back_to_names_the_person_spoken_of():
    text = ("Jaksa menyebut nama Hendra Wijaya dalam tuntutannya. Hendra disebut menerima dana "
            "Rp 100 juta.\n\nTransfer kepada mantan Ketua MPR itu dilakukan dua kali.")
    assert officials(text) == [("Hendra Wijaya", "Mantan Ketua MPR")]


def test_a_former_public_office_wins_over_a_party_post():
    text = ("Dana mengalir ke rekening Ketua Dewan Kehormatan PAN Hendra Wijaya. Jaksa menyebut "
            "Hendra Wijaya menerima Rp 100 juta. Transfer kepada mantan Ketua MPR itu dilakukan "
            "dua kali.")
    assert officials(text) == [("Hendra Wijaya", "Mantan Ketua MPR")]


def test_a_candidate_office_referred_back_to_keeps_the_word():
    text = ("Polisi memeriksa Budi Hartono kemarin. Pemeriksaan terhadap calon Bupati Bogor "
            "tersebut berlangsung lima jam, kata pengacara Budi Hartono.")
    assert officials(text) == [("Budi Hartono", "Calon Bupati Bogor")]


def test_a_former_office_near_an_official_names_no_one_else():
    # "Mantan Kapolda Metro Jaya itu" is said of the Kapolri, not of the event named between
    text = ("Kapolri Jenderal Tito Karnavian melepas peserta lomba lari di Monas. Lomba itu "
            "memeriahkan Hari Bhayangkara ke-71.\n\nMantan Kapolda Metro Jaya itu mengatakan "
            "lomba lari menunjukkan situasi aman. Tito juga menyapa peserta.")
    assert officials(text) == [("Tito Karnavian", "Kepala Kepolisian Negara Republik Indonesia")]


def test_a_former_office_is_not_given_to_a_name_written_once():
    text = ("Lomba itu memeriahkan Hari Bhayangkara ke-71. Mantan Kapolda Metro Jaya itu "
            "mengatakan lomba lari menunjukkan situasi aman.")
    assert officials(text) == []


def test_a_blank_line_between_paragraphs_is_one_sentence_end():
    text = ("Juru bicara partai Dede Yusuf menyarankan pertemuan itu.\n\n\"Bisa saja,\" ujar "
            "Dede Yusuf di Gedung DPR.\n\nKetua Komisi IX DPR itu khawatir soal ekonomi.")
    assert officials(text) == [("Dede Yusuf", "Ketua Komisi IX DPR")]


def test_an_honorific_is_not_part_of_the_full_name_referred_back_to():
    text = ("\"Tidak ada dana ke Bapak Hendra Wijaya,\" kata pengacara itu. Jaksa menyebut nama "
            "Hendra Wijaya. Hendra disebut menerima Rp 100 juta. Transfer kepada mantan Ketua "
            "MPR itu dilakukan dua kali.")
    assert officials(text) == [("Hendra Wijaya", "Mantan Ketua MPR")]


def test_a_speakers_current_office_wins_over_a_former_one():
    body = ("Polisi mengawasi peredaran uang palsu. \"Kita harus antisipasi,\" ujar Kepala Badan "
            "Reserse Kriminal Polri, Komjen Pol, Arief Santoso, di Jakarta. \"Kita awasi,\" ujar "
            "Arief. Mantan Kapolda Gorontalo itu menambahkan, pengawasan dilakukan di semua "
            "wilayah. \"Bisa di mana saja,\" tutur Arief.")
    article = make_article(Draft(title="Polisi awasi uang palsu", body=body,
                                 url="https://contoh.id/1", origin="t", record_id="t#1"))
    assert [(o.name, o.role) for o in article.officials] == [
        ("Arief Santoso", "Kepala Badan Reserse Kriminal Polri")]


def test_a_headlines_holder_may_be_named_in_the_body_after_a_comma():
    title = "Cawabup Sutarjo batalkan pengunduran diri"
    body = ("Calon wakil bupati yang diusung PKB dan PDIP, Sutarjo Sentana, menarik kembali "
            "pengunduran dirinya. KPU menerima surat itu kemarin.")
    assert officials(body, title) == [("Sutarjo Sentana", "Calon Wakil Bupati")]
