"""The seat of a national court, prosecutor or police headquarters where something was held
("sidang di Gedung MK, Jakarta Pusat", "di Mabes Polri, Jakarta") is no place of a national
story, as the DPR's and the palace's are not. Checked on written sentences."""

from __future__ import annotations

from index.extract.regions import extract_regions

FILLER = " Para pemohon menilai aturan itu merugikan hak warga negara."


def test_a_ruling_read_at_the_constitutional_court_is_not_about_jakarta():
    body = ("Mahkamah Konstitusi mengabulkan sebagian gugatan uji materi undang-undang."
            + FILLER + "\nPutusan dibacakan dalam sidang di Gedung MK, Jalan Medan Merdeka "
            "Barat, Jakarta Pusat, Selasa." + FILLER * 3)
    assert extract_regions("MK Kabulkan Sebagian Gugatan Uji Materi", body) == ([], [])


def test_an_agreement_signed_at_police_headquarters_is_not_about_jakarta():
    body = ("Kapolri menandatangani nota kesepahaman dengan menteri di Mabes Polri, Jakarta."
            + FILLER * 3)
    assert extract_regions("Polri Teken Nota Kesepahaman", body) == ([], [])


def test_a_dateline_still_counts():
    body = ("JAKARTA - Putusan dibacakan dalam sidang di Gedung MK, Jakarta Pusat, Selasa."
            + FILLER * 3)
    assert extract_regions("MK Bacakan Putusan", body) == (["DKI Jakarta"], [])
