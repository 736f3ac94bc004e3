"""The source readers, on small files we write and on the real corpus."""

from __future__ import annotations

import csv
import json
import re
import socket
import threading
from collections import Counter
from datetime import datetime
from itertools import islice

import pytest

from conftest import DEMO, ROOT, corpus_file
from index.data_files import word_list
from index.sources.drafts import (
    SHARED_TITLE_RECORDS,
    Draft,
    ReadFailure,
    SkippedFile,
    is_section_name,
    slug_title,
)
from index.sources.exports import csv_delimiter
from index.sources.fetch import read_url
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


# Files that are not article exports ------------------------------------------------------------

def test_the_corpus_list_of_sources_is_skipped_not_failed():
    [result] = read_source(str(corpus_file("html/SOURCES.tsv")))
    assert isinstance(result, SkippedFile)
    assert "not an article export" in result.reason and "column" in result.reason


def test_exports_without_article_fields_are_skipped_and_exports_with_them_are_not(tmp_path):
    skipped = {
        "pengaturan.json": json.dumps({"nama": "Portal Uji", "versi": 2}),
        "daftar.json": json.dumps([{"nama": "A", "alamat": "https://a.id"}] * 3),
        "log.jsonl": '{"waktu": "2025-12-04", "pesan": "ok"}\n' * 3,
        "alamat.csv": "nama;alamat\nDinas Kominfo;Jl. Merdeka 1\n",
    }
    for name, text in skipped.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        results = list(read_source(str(tmp_path / name)))
        assert len(results) == 1 and isinstance(results[0], SkippedFile), name
    # an export that names an article field is read, and what is wrong in it still fails
    (tmp_path / "kosong.json").write_text(json.dumps([{"judul": ""}, {"isi": "Teks."}]), "utf-8")
    results = list(read_source(str(tmp_path / "kosong.json")))
    assert [type(r) for r in results] == [ReadFailure, Draft]


# CSV dialects ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("header", "name", "expected"), [
    ("judul,isi,tanggal", "a.csv", ","),
    ('"judul";"isi, berita";"tanggal"', "a.csv", ";"),  # a comma inside quotes is no delimiter
    ("judul;isi,x;tanggal", "a.csv", ";"),
    ("judul\tisi\ttanggal", "a.tsv", "\t"),
    ("judul\tisi;tanggal", "a.tsv", "\t"),  # a tie: the tab, for a .tsv
    ("judul|isi|tanggal", "a.csv", "|"),
    ("judul", "a.csv", ","),
    ("judul", "a.TSV", "\t"),
])
def test_the_delimiter_is_read_from_the_header_line(header, name, expected):
    assert csv_delimiter(header + "\r\n", name) == expected


def _detik_rows(count: int) -> tuple[list[str], list[dict[str, str]]]:
    with corpus_file("detik-2025.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames), list(islice(reader, count))


def _as_windows_1252(text: str) -> str:
    """What survives Excel's saving in Windows-1252: other characters become '?'."""
    return text.encode("cp1252", "replace").decode("cp1252")


def test_a_semicolon_csv_saved_by_excel_reads_like_the_comma_csv(tmp_path):
    fields, rows = _detik_rows(60)
    rows = [{k: _as_windows_1252(v) for k, v in row.items()} for row in rows]
    fields.append("skor")
    for number, row in enumerate(rows):
        row["skor"] = f"0,{number:02d}"  # a decimal comma, as Excel writes numbers in Indonesia
    comma = tmp_path / "koma.csv"
    with comma.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fields)
        writer.writeheader()
        writer.writerows(rows)
    excel = tmp_path / "excel.csv"  # Excel: ";", CRLF, quotes only where needed, Windows-1252
    with excel.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.DictWriter(handle, fields, delimiter=";", lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    raw = excel.read_bytes()
    assert raw.count(b"\r\n") >= len(rows) and b";0,05\r\n" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # really Windows-1252

    assert failures(excel) == []
    read_comma, read_excel = drafts(comma), drafts(excel)
    assert len(read_excel) == len(rows)
    shape = [(d.title, d.url, d.published, d.body, d.category) for d in read_comma]
    assert [(d.title, d.url, d.published, d.body, d.category) for d in read_excel] == shape
    assert [d.url for d in read_excel] == [row["tautan"] for row in rows]
    # and the comma CSV reads as the real export it was cut from
    original = {d.url: d for d in islice(drafts(corpus_file("detik-2025.csv")), 60)}
    for draft in read_comma:
        assert draft.published == original[draft.url].published
        if draft.title == original[draft.url].title:  # unless Windows-1252 changed it
            assert draft.body == original[draft.url].body or "?" in draft.body


# Titles that are a section's name --------------------------------------------------------------

def test_section_names_file_has_a_header_and_plain_names():
    names = word_list("section_names.txt")
    assert {"nasional", "news", "olahraga"} <= {n.casefold() for n in names}
    assert all(len(name.split()) <= 3 for name in names)


def test_a_section_name_for_a_title_gives_way_to_the_headline_in_the_url():
    url = ("http://nasional.contoh.co.id/berita/nasional/daerah/15/08/25/abc1d2345-kabut-asap-"
           "ganggu-jadwal-penerbangan-di-jambi")
    body = "JAMBI -- Kabut asap yang melanda Jambi mengganggu jadwal penerbangan."
    assert slug_title(url, body) == "Kabut asap ganggu jadwal penerbangan di Jambi"
    assert is_section_name("Nasional") and is_section_name("  gaya   HIDUP ")
    assert is_section_name("Warta Desa", category="warta desa")
    assert is_section_name("Oto Tek", shared_titles=frozenset({"oto tek"}))
    assert not is_section_name("Kabut Asap Ganggu Penerbangan di Jambi", category="Nasional")
    records = [{"judul": "Nasional", "link": url, "isi": body},
               {"judul": "Nasional", "link": "https://contoh.co.id/berita/123", "isi": body},
               {"judul": "Gubernur Resmikan Pasar", "kategori": "Daerah", "link": url,
                "isi": body}]
    titles = [_draft_of(records, n).title for n in range(3)]
    # no slug in the second URL: the title stays; a real headline is never replaced
    assert titles == ["Kabut asap ganggu jadwal penerbangan di Jambi", "Nasional",
                      "Gubernur Resmikan Pasar"]


def _draft_of(records: list[dict], number: int) -> Draft:
    from index.sources.exports import read_json

    return [r for r in read_json(json.dumps(records), "uji.json", "uji.json")][number]


def test_a_short_title_many_records_share_is_a_section_name():
    rows = [{"judul": "Oto Tek", "isi": f"Isi berita {n}.",
             "link": f"https://contoh.id/otomotif/mobil-listrik-nomor-{n}-diluncurkan"}
            for n in range(SHARED_TITLE_RECORDS)]
    rows.append({"judul": "Oto Tek", "isi": "Isi.", "link": "https://contoh.id/a"})
    titles = [d.title for d in read_json_records(rows)]
    assert titles[:-1] == [f"Mobil listrik nomor {n} diluncurkan"
                           for n in range(SHARED_TITLE_RECORDS)]
    assert titles[-1] == "Oto Tek"
    # fewer records sharing it: a headline that happens to repeat
    assert [d.title for d in read_json_records(rows[:SHARED_TITLE_RECORDS - 1])] == ["Oto Tek"] * (
        SHARED_TITLE_RECORDS - 1)


def read_json_records(records: list[dict]) -> list[Draft]:
    from index.sources.exports import read_json

    return [r for r in read_json(json.dumps(records), "uji.json", "uji.json")
            if isinstance(r, Draft)]


def test_the_2015_export_has_no_section_name_for_a_headline():
    path = corpus_file("berita-2015-08-25.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    found = {d.url: d for d in drafts(path)}
    written = Counter(row["judul"] for row in rows)
    section_rows = [row for row in rows if written[row["judul"]] >= SHARED_TITLE_RECORDS
                    and len(row["judul"].split()) <= 3]
    assert len(section_rows) >= 185  # "News" alone titles 185 of them
    for row in section_rows:
        title = found[row["link"]].title
        assert title != row["judul"], row["link"]
        # every word of the new title is a word of the URL's slug
        slug_words = set(re.findall(r"[a-z0-9]+", row["link"].lower()))
        assert set(re.findall(r"[a-z0-9]+", title.lower())) <= slug_words, (title, row["link"])
        assert len(title.split()) >= 3
    headlines = [row for row in rows if written[row["judul"]] < SHARED_TITLE_RECORDS]
    assert all(found[row["link"]].title == row["judul"].strip() for row in headlines[:300])
    titles = Counter(d.title for d in found.values())
    assert titles.most_common(1)[0][1] < SHARED_TITLE_RECORDS


# Dates from ids --------------------------------------------------------------------------------

def test_only_an_indosum_shaped_id_without_a_date_field_gives_a_date(tmp_path):
    path = tmp_path / "ekspor.csv"
    path.write_text(
        "id,judul,isi,tanggal\n"
        "1700000000-2,Satu,Isi satu.,\n"  # digits and a dash: a batch and a row, not a time
        "1490674536-7,Dua,Isi dua.,\n"
        "1490674536-mustahil-transportasi-online,Tiga,Isi tiga.,kemarin sore\n", "utf-8")
    assert [d.published for d in drafts(path)] == [None, None, None]
    lines = tmp_path / "indosum.jsonl"
    lines.write_text(json.dumps({"id": "1490674536-mustahil-transportasi-online",
                                 "text": "Isi."}) + "\n", "utf-8")
    assert [d.published for d in drafts(lines)] == [datetime(2017, 3, 28, 11, 15, 36)]


def test_a_server_that_breaks_the_protocol_is_a_failure_not_an_error():
    """A peer that answers with a garbled status line: read_url names the URL and the reason."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)

    def answer() -> None:
        connection, _ = server.accept()
        connection.recv(4096)
        connection.sendall(b"NONSENSE\r\n\r\n")
        connection.close()

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.getsockname()[1]}/umpan.xml"
    results = list(read_url(url))
    thread.join(5)
    server.close()
    assert [type(r).__name__ for r in results] == ["ReadFailure"]
    assert results[0].origin == url and "cannot fetch" in results[0].reason

