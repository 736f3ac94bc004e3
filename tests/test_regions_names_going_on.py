"""A region's name that goes on with another word is that other thing's name: "Polda Metro
Jaya", a regional firm "Sarana Pembangunan Palembang Jaya". Checked on written sentences."""

from __future__ import annotations

from index.extract.regions import extract_regions

FILLER = " Pemeriksaan berlangsung beberapa jam dan belum ada keterangan resmi lainnya."


def test_the_jakarta_police_region_is_not_kota_metro():
    body = ("JAKARTA - Kepolisian Daerah Metro Jaya memeriksa dua saksi kasus penganiayaan."
            + FILLER + "\nPenyidik Kepolisian Daerah Metro Jaya juga meminta rekaman kamera "
            "pengawas." + FILLER)
    assert extract_regions("Polisi Periksa Dua Saksi", body) == (["DKI Jakarta"], [])


def test_kota_metro_named_as_a_place_still_counts():
    body = ("Banjir merendam puluhan rumah di Kota Metro sejak semalam." + FILLER
            + "\nWarga Metro mengungsi ke balai kelurahan." + FILLER)
    assert extract_regions("Banjir Rendam Rumah Warga", body) == (["Lampung"], ["Kota Metro"])
