"""A person described instead of named after a cue ("Lulusan sebuah universitas di Paris ini",
"imbuh pria terkaya di negeri ini") refers back to the person named before; a circumstance
after a description names no one (statements/descriptions.py). Sentences written for these
tests."""

from __future__ import annotations

from extracted import said, speakers


def test_a_graduates_description_referring_back_and_beralasan_with_a_clause():
    body = ("Menanggapi itu, pengamat budaya Anton Sukardi menilai, keputusan itu sangat aneh. "
            "Lulusan sebuah universitas di Paris ini menegaskan, bahasa menunjukkan bangsa.")
    assert [s[0] for s in said(body)] == ["Anton Sukardi", "Anton Sukardi"]
    reason = "Menteri Rahmat Hidayat beralasan bahwa jadwal rapat bertabrakan dengan kunjungan."
    assert said(reason)[0][:2] == ("Rahmat Hidayat", "beralasan")


def test_a_description_placed_by_di_refers_back_to_the_person_named_before():
    body = ('Pengusaha Hendra Wijaya berbicara di depan mahasiswa.\n\n'
            '"Kita harus terus belajar," kata Hendra.\n\n'
            '"Hidup terasa hampa tanpa tujuan yang lebih tinggi," imbuh pria terkaya di negeri '
            'ini lagi.')
    assert speakers(body) == ["Hendra Wijaya", "Hendra Wijaya"]


def test_a_circumstance_after_the_description_still_names_no_one():
    body = ('Hendra Wijaya berbicara di depan mahasiswa.\n\n'
            '"Kita harus terus belajar," kata Hendra.\n\n'
            '"Semua harus ikut," kata petugas di lokasi saat ditemui.')
    assert speakers(body)[-1] is None
