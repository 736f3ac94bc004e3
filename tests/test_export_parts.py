"""A file cut into parts for a build's workers: the parts, read one by one from their byte
offsets, yield exactly what the file read whole yields; a file that only a whole reading reports
right (damaged, UTF-16, not an export, a page) stays one part."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.sources.drafts import ReadFailure
from index.sources.export_parts import CHANGED, ExportPart, WholeFile, plan_file
from index.sources.files import read_file
from tests.conftest import corpus_file


def _same_when_cut(path: Path, records: int = 3) -> list:
    parts = plan_file(path, path.name, records)
    whole = list(read_file(path, path.name))
    assert [result for part in parts for result in part.read()] == whole
    return parts


def _csv(path: Path, lines: list[str], ending: str = "\n", encoding: str = "utf-8") -> Path:
    path.write_bytes(ending.join(lines).encode(encoding) + ending.encode())
    return path


ROWS = [f'"Banjir melanda desa {n}","https://pemda.go.id/berita/{n}","KASONGAN – Air naik '
        f'sejak pagi di desa {n}.\n\nWarga mengungsi ke balai desa."' for n in range(10)]


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_a_csv_export_is_cut_between_records_and_read_the_same(tmp_path, ending):
    lines = ["judul,tautan,isi", *ROWS[:4], "", *ROWS[4:]]  # a blank line is no record
    lines[0] = "\ufeff" + lines[0]  # a byte-order mark, as Excel writes
    path = _csv(tmp_path / "ekspor.csv", [line.replace("\n", ending) for line in lines], ending)
    parts = _same_when_cut(path)
    assert [type(part) for part in parts] == [ExportPart] * 4
    assert [(part.first, part.count) for part in parts] == [(1, 3), (4, 3), (7, 3), (10, 1)]


def test_a_semicolon_export_in_windows_1252_is_cut_too(tmp_path):
    lines = ["judul;isi"] + [f"Rapat di Kantor Bupati {n};Bupati menyerahkan bantuan "
                             f"senilai Rp {n} juta, kata Pak Sumarno \u2013 caf\u00e9."
                             for n in range(7)]
    parts = _same_when_cut(_csv(tmp_path / "ekspor.csv", lines, encoding="cp1252"))
    assert len(parts) == 3 and parts[0].encoding == "cp1252" and parts[0].delimiter == ";"


def test_json_lines_are_cut_between_lines_and_numbered_as_read_whole(tmp_path):
    records = [json.dumps({"title": f"Gubernur meninjau jalan {n}", "text": f"Jalan {n} rusak.",
                           "date": f"0{n % 9 + 1}/02/2025"}) for n in range(8)]
    lines = [*records[:3], "", "   ", *records[3:]]
    path = tmp_path / "ekspor.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parts = _same_when_cut(path)
    assert len(parts) == 4 and all(isinstance(part, ExportPart) for part in parts)
    assert [result.record_id for result in parts[1].read()] == ["ekspor.jsonl#6"]


def test_what_only_a_whole_reading_reports_stays_whole(tmp_path):
    damaged = _csv(tmp_path / "rusak.csv", ["judul,isi", *ROWS[:4], '"Tanpa penutup,isi', "a,b"])
    lone_return = _csv(tmp_path / "mac.csv", ["judul,isi", "a,b\rc,d", "e,f"])
    too_many = _csv(tmp_path / "lebih.csv", ["judul,isi", "a,b", "c,d,e", "f,g"])
    sources = _csv(tmp_path / "sumber.csv", ["nama,alamat", "Antara,antaranews.com"])
    broken_json = tmp_path / "rusak.jsonl"
    broken_json.write_text('{"title": "a", "text": "b"}\n{"title": \n', encoding="utf-8")
    utf16 = tmp_path / "utf16.csv"
    utf16.write_text("judul,isi\nBanjir,Air naik\nLongsor,Jalan putus\n", encoding="utf-16")
    page = tmp_path / "halaman.html"
    page.write_text("<html><body><h1>Banjir</h1><p>Air naik.</p></body></html>")
    for path in (damaged, lone_return, too_many, sources, broken_json, utf16, page):
        parts = _same_when_cut(path)
        assert parts == [WholeFile(str(path), path.name)], path.name


def test_the_corpus_exports_are_read_the_same_in_parts():
    for name in ("detik-2025.csv", "berita-2015-08-25.csv"):
        parts = _same_when_cut(corpus_file(name), records=256)
        assert len(parts) > 2 and all(isinstance(part, ExportPart) for part in parts)


def test_a_part_of_a_file_changed_since_its_plan_fails_with_the_reason(tmp_path):
    path = _csv(tmp_path / "ekspor.csv", ["judul,tautan,isi", *ROWS])
    parts = plan_file(path, path.name, 3)
    _csv(path, ["judul,tautan,isi", *ROWS[:4]])  # cut short while the build runs
    results = [result for part in parts for result in part.read()]
    # the second part fails after its first row, the two after it at once
    assert [r.reason for r in results if isinstance(r, ReadFailure)] == [CHANGED] * 3
    assert len([r for r in results if not isinstance(r, ReadFailure)]) == 4
