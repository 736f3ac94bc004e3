"""Round 17c of issue 17 (the kinds statements-dev16 left): "menjamin" and "sesumbar" as
reporting verbs before a clause, and a reporting verb inside a concessive clause that opens the
sentence ("Meski X menegaskan ..., namun ...": X said only up to the comma;
statements/concessions.py). Sentences written for these tests, not taken from the corpus. Each
test of a statement failed before the round but the guards (marked so)."""

from __future__ import annotations

from extracted import said


def test_menjamin_before_a_clause_is_a_statement():
    body = "Kepala gudang, Hartanto Wibisono, menjamin stok beras akan cukup sampai akhir tahun."
    assert said(body) == [("Hartanto Wibisono", "menjamin", False,
                           "stok beras akan cukup sampai akhir tahun")]


def test_menjamin_bahwa_is_a_statement():
    body = "Hartanto Wibisono menjamin bahwa seluruh dana bantuan itu diperoleh secara sah."
    assert [(s[0], s[3]) for s in said(body)] == [
        ("Hartanto Wibisono", "seluruh dana bantuan itu diperoleh secara sah")]


def test_menjamin_a_thing_says_nothing():  # a guard
    assert said("Hartanto Wibisono menjamin keamanan para pemudik di pelabuhan.") == []


def test_sesumbar_before_a_clause_is_a_statement():
    body = "Penyerang muda itu, Bayu Saputra, sesumbar bisa mencetak dua gol ke gawang lawan."
    assert [(s[0], s[3]) for s in said(body)] == [
        ("Bayu Saputra", "bisa mencetak dua gol ke gawang lawan")]


def test_a_boast_as_a_noun_says_nothing():  # a guard
    assert said("Sesumbar Bayu Saputra itu ditanggapi dingin oleh pelatih lawan.") == []


def test_a_concessive_clause_ends_before_namun():
    body = ("Meski Hartanto Wibisono menegaskan stok beras di gudang masih aman, namun warga "
            "tetap memborong beras di pasar.")
    assert [(s[0], s[3]) for s in said(body)] == [
        ("Hartanto Wibisono", "stok beras di gudang masih aman")]


def test_a_concessive_clause_ends_before_tetapi():
    body = ("Walaupun Menteri Perdagangan Hartanto Wibisono menyatakan harga akan turun, tetapi "
            "harga cabai justru naik sepekan ini.")
    assert [s[3] for s in said(body)] == ["harga akan turun"]


def test_a_transition_before_the_subject_is_no_concession():  # a guard
    body = ("Meski begitu, Hartanto Wibisono mengatakan stok beras masih aman, namun pemerintah "
            "akan tetap menambah pasokan.")
    assert [s[3] for s in said(body)] == [
        "stok beras masih aman, namun pemerintah akan tetap menambah pasokan"]


def test_namun_without_a_concession_stays_in_the_statement():  # a guard
    body = ("Hartanto Wibisono mengatakan stok beras masih aman, namun pemerintah akan tetap "
            "menambah pasokan.")
    assert [s[3] for s in said(body)] == [
        "stok beras masih aman, namun pemerintah akan tetap menambah pasokan"]
