"""The source readers, on small files we write and on the real corpus."""

from __future__ import annotations

import json
from datetime import datetime

from conftest import DEMO, ROOT, corpus_file
from index.sources.drafts import Draft, ReadFailure
from index.sources.files import read_source
from index.sources.text_page import parse_text_page


def drafts(source) -> list[Draft]:
    return [r for r in read_source(str(source)) if isinstance(r, Draft)]


def failures(source) -> list[ReadFailure]:
    return [r for r in read_source(str(source)) if isinstance(r, ReadFailure)]


def test_founding_article_page_shape():
    page = parse_text_page(corpus_file("seed/wartasenja-asn-kalteng.txt").read_text("utf-8"))
    assert page.title == ("ASN Dituntut Tingkatkan Kompetensi untuk Dorong Laju Pembangunan "
                          "Daerah")
    assert page.source == "WartaSenja.com"
    assert page.tags == ["asn"]
    assert page.body.startswith("PALANGKA RAYA — Aparatur Sipil Negara (ASN)")
    assert page.body.endswith("PPSDM Kemendagri Regional Bandung. (red1)")
    assert "Related posts" not in page.body and "Tim Redaksi" not in page.body


def test_text_page_furniture_is_dropped():
    text = ("PortalKita.id\n\nBerandaDaerahJawa Barat\n\nBupati Resmikan Jembatan Baru di Desa "
            "Sukamaju\n\njembatan\n\nBANDUNG — Jembatan baru sepanjang 40 meter diresmikan "
            "hari ini oleh bupati setempat.\n\nADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT\n\n"
            "Baca juga: Jalan Desa Diperbaiki\n\nWarga menyambut gembira. (adv)\n\nRelated posts"
            "\n\nJudul lain\n\nLeave a Comment")
    page = parse_text_page(text)
    assert page.title == "Bupati Resmikan Jembatan Baru di Desa Sukamaju"
    assert page.body.split("\n\n") == [
        "BANDUNG — Jembatan baru sepanjang 40 meter diresmikan hari ini oleh bupati setempat.",
        "Warga menyambut gembira. (adv)",
    ]


def test_csv_field_names_and_url_id(tmp_path):
    path = tmp_path / "ekspor.csv"
    path.write_text(
        'judul,tautan,tanggal,isi_berita\n'
        '"Pemkot Gelar Rapat","https://contoh.go.id/berita/1","10/21/2025 20:43",'
        '"Rapat digelar di balai kota.\nWarga hadir."\n'
        '"Dua","https://contoh.go.id/berita/2","10/02/2025 08:00","Teks kedua."\n',
        encoding="utf-8")
    found = drafts(path)
    assert [d.url for d in found] == ["https://contoh.go.id/berita/1",
                                      "https://contoh.go.id/berita/2"]
    assert found[0].title == "Pemkot Gelar Rapat"
    assert found[0].body == "Rapat digelar di balai kota.\n\nWarga hadir."
    assert found[0].published == datetime(2025, 10, 21, 20, 43)
    # month first for the whole file, since one value can only be read that way
    assert found[1].published == datetime(2025, 10, 2, 8, 0)
    assert found[0].source == ""  # what the export writes; the outlet is the extraction's


def test_json_and_jsonl(tmp_path):
    records = [{"title": "Satu", "url": "https://a.id/1", "text": "Isi satu.",
                "published": "2025-12-04T09:00:00+08:00", "source": "A"},
               {"judul": "Dua", "isi": "Isi dua.", "tanggal": "2015/08/25"}]
    array = tmp_path / "a.json"
    array.write_text(json.dumps({"items": records}), encoding="utf-8")
    lines = tmp_path / "b.jsonl"
    lines.write_text("\n".join(json.dumps(r) for r in records) + "\n{broken\n", encoding="utf-8")
    for path in (array, lines):
        found = drafts(path)
        assert [d.title for d in found] == ["Satu", "Dua"]
        assert found[0].published == datetime(2025, 12, 4, 8, 0)  # WITA -> WIB
        assert found[1].record_id.endswith("#2")
    [bad] = failures(lines)
    assert bad.where == "line 3" and "JSON" in bad.reason


def test_bad_files_are_reported_by_name(tmp_path):
    (tmp_path / "kosong.txt").write_text("", encoding="utf-8")
    (tmp_path / "biner.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "rusak.json").write_text('{"title": "x"', encoding="utf-8")
    (tmp_path / "quotes.csv").write_text('judul,isi\n"a,"b\n', encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes(
        "Situs\n\nJudul Berita tentang Caf\xe9 Baru di Kota\n\nKOTA — Isi berita caf\xe9 yang "
        "cukup panjang untuk menjadi paragraf badan berita.".encode("cp1252"))
    reasons = {f.origin.rsplit("/", 1)[-1]: f.reason for f in failures(tmp_path)}
    assert set(reasons) == {"kosong.txt", "biner.txt", "rusak.json", "quotes.csv"}
    [latin] = drafts(tmp_path / "latin.txt")
    assert "café" in latin.body
    assert failures(tmp_path / "tidak-ada")[0].reason == "no such file or folder"


def test_every_corpus_export_reads_completely():
    expected = {"detik-2025.csv": 1000, "berita-2015-08-25.csv": 1348,
                "indosum-dev.jsonl": 3463, "antara-rss-2026.json": 5971}
    for name, count in expected.items():
        results = list(read_source(str(corpus_file(name))))
        good = [r for r in results if isinstance(r, Draft)]
        assert len(good) == count, (name, [str(r) for r in results if isinstance(r, ReadFailure)])
        assert all(d.title and d.body for d in good[:50]), name
        dated = sum(d.published is not None for d in good)
        assert dated == count, f"{name}: {count - dated} records without a date"
        with_url = sum(bool(d.url) for d in good)
        assert with_url >= count * 0.99, name


def test_demo_titles_and_body_bounds_match_the_labels():
    labels = json.loads((ROOT / "tests" / "fixtures" / "demo_labels.json").read_text("utf-8"))
    found = {d.record_id.split("/", 1)[1]: d for d in drafts(DEMO)}
    assert len(found) == len(labels)
    for label in labels:
        draft = found[label["file"]]
        assert draft.title == label["title"], label["file"]
        assert draft.body.startswith(label["first_sentence"]), label["file"]
        assert draft.body.endswith(label["last_sentence"]), label["file"]
