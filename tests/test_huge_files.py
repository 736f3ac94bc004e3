"""Huge files: refused, or streamed in bounded memory; long fields cut; the streaming readers
read what reading a file whole reads.

Limits (index/sources/drafts.py, README "Running in production"): a page (.txt, .html) up to
5 MB, a JSON document or feed up to 50 MB (parsed whole), a CSV/TSV or JSON-lines export up to
200 MB (read row by row), one CSV line or JSON line up to 10 MB, an article body cut at 200,000
characters.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from conftest import KABAR, ROOT
from index.sources.drafts import Draft
from index.sources.files import read_source

HUGE_MB = 60
PEAK_MB = 250  # the reader's own peak (Python, lxml, trafilatura, Whoosh loaded: ~70 MB)


def _write_filler(out, prefix: str, suffix: str, megabytes: int = HUGE_MB) -> None:
    chunk = "pemerintah daerah menyalurkan bantuan kepada warga desa " * 2000
    out.write(prefix)
    for _ in range(megabytes * 2**20 // len(chunk) + 1):
        out.write(chunk)
    out.write(suffix)


@pytest.fixture(scope="module")
def huge_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("huge")
    good_row = '"Baris Baik Sesudah Sel Raksasa","Baris ini tetap terbaca utuh."\n'
    with open(folder / "halaman.txt", "w", encoding="utf-8") as out:
        _write_filler(out, "Situs\n\nJudul Halaman Raksasa\n\nKOTA — ", ".\n")
    with open(folder / "sel.csv", "w", encoding="utf-8") as out:
        _write_filler(out, 'judul,isi\n"Sel Raksasa","', '"\n' + good_row)
    with open(folder / "dokumen.json", "w", encoding="utf-8") as out:
        _write_filler(out, '[{"judul": "Dokumen Raksasa", "isi": "', '"}]')
    with open(folder / "baris.jsonl", "w", encoding="utf-8") as out:
        _write_filler(out, '{"judul": "Baris Raksasa", "isi": "', '"}\n')
        out.write(json.dumps({"judul": "Baris Biasa Sesudahnya", "isi": "Isi biasa."}) + "\n")
    with open(folder / "laman.html", "w", encoding="utf-8") as out:
        _write_filler(out, "<!doctype html><html><body><article><p>", "</p></article></body>")
    return folder


def run_measured(command: list[str]) -> tuple[int, str, str, float]:
    """Exit status, stdout, stderr and peak memory (MB) of a command.

    The peak is the child's own VmHWM, sampled while it runs: the rusage of a forked child
    starts at the parent's size (pytest's, hundreds of MB late in a full run), so it can't be
    used."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True)
        peak_kb = 0
        status_file = Path(f"/proc/{process.pid}/status")
        while process.poll() is None:
            try:
                for line in status_file.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak_kb = max(peak_kb, int(line.split()[1]))
            except (OSError, ValueError):
                pass
            time.sleep(0.01)
        out.seek(0)
        err.seek(0)
        return process.returncode, out.read(), err.read(), peak_kb / 1024


READ_ALL = """
import json, sys
from index.sources.drafts import Draft
from index.sources.files import read_source
results = list(read_source(sys.argv[1]))
print(json.dumps({"drafts": [d.title for d in results if isinstance(d, Draft)],
                  "failures": [str(f) for f in results if not isinstance(f, Draft)]}))
"""


def test_huge_files_are_refused_or_streamed_in_bounded_memory(huge_folder):
    status, out, err, peak = run_measured([sys.executable, "-c", READ_ALL, str(huge_folder)])
    assert status == 0, err
    result = json.loads(out)
    reasons = {Path(f.split(":", 1)[0].split(" (")[0]).name: f for f in result["failures"]}
    assert "over the 5 MB limit" in reasons["halaman.txt"]
    assert "over the 5 MB limit" in reasons["laman.html"]
    assert "over the 50 MB limit" in reasons["dokumen.json"]
    assert "over 10 MB" in reasons["sel.csv"]
    assert "over 10 MB" in reasons["baris.jsonl"]
    assert "Baris Baik Sesudah Sel Raksasa" in result["drafts"]
    assert "Baris Biasa Sesudahnya" in result["drafts"]
    assert peak < PEAK_MB, f"reading {HUGE_MB} MB files took {peak:.0f} MB"


def test_cli_build_of_huge_files_stays_in_bounded_memory(huge_folder, tmp_path):
    status, _, err, peak = run_measured([KABAR, "index", "build", str(huge_folder), "--index",
                                         str(tmp_path / "index")])
    assert status == 1 and "over the 5 MB limit" in err
    assert peak < PEAK_MB, f"kabar index build of {HUGE_MB} MB files took {peak:.0f} MB"


def test_long_fields_are_cut(tmp_path):
    path = tmp_path / "panjang.csv"
    with open(path, "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([
            ["judul", "isi", "sumber", "kategori", "tautan"],
            ["Judul " * 2000, "Kalimat isi berita yang panjang. " * 40_000, "Sumber " * 2000,
             "Kategori " * 2000, "https://contoh.go.id/" + "a" * 5000],
        ])
    [draft] = [r for r in read_source(str(path)) if isinstance(r, Draft)]
    assert len(draft.title) <= 1000 and len(draft.source) <= 1000 and len(draft.category) <= 1000
    assert len(draft.body) == 200_000
    assert draft.url == ""  # not a usable URL, nor an id


def test_readers_read_every_project_file_kind_unchanged():
    """The streaming readers give the demo exports exactly what reading them whole gave."""
    for name in ["export-humas.csv", "rilis-pemda.jsonl"]:
        path = ROOT / "demo" / name
        from_file = [r for r in read_source(str(path)) if isinstance(r, Draft)]
        from index.sources.kinds import read_bytes

        from_bytes = [r for r in read_bytes(path.read_bytes(), str(path), name)
                      if isinstance(r, Draft)]
        assert from_file == from_bytes and len(from_file) >= 5, name
