"""One article, one id, however its file was given: by itself or inside its folder, by a relative
or an absolute path, from any working directory, after its folder moved, by `kabar index build`,
`kabar index add` or the watcher; and a file given again replaces what the index held from it,
never adds to it. Real indexes on disk, the command run as a user runs it."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import threading
import time
from pathlib import Path

from bench.label_ids import id_now, needs_now
from conftest import KABAR, corpus_file
from index.sources.article_ids import article_id, file_name
from index.sources.drafts import Draft
from index.sources.files import read_source
from index.store.generations import open_generation

PAGES = {
    "banjir.txt": ("Pemkab Katingan Salurkan Bantuan Korban Banjir",
                   "KASONGAN – Pemerintah Kabupaten Katingan menyalurkan bantuan beras dan air "
                   "bersih kepada warga korban banjir di tiga kecamatan."),
    "sub/jembatan.txt": ("Jembatan Desa Tumbang Samba Mulai Dibangun",
                         "KASONGAN – Dinas Pekerjaan Umum memulai pembangunan jembatan beton yang "
                         "menghubungkan dua desa di tepi sungai."),
}
ROWS = [("Rapat Koordinasi Musim Hujan", "PALANGKA RAYA – Rapat koordinasi membahas kesiapan "
         "menghadapi musim hujan di seluruh kabupaten."),
        ("Vaksinasi Ternak Dimulai", "SAMPIT – Dinas Peternakan memulai vaksinasi ternak di "
         "kecamatan yang berbatasan dengan provinsi tetangga."),
        ("Pasar Murah Jelang Natal", "PANGKALAN BUN – Pemerintah kabupaten menggelar pasar murah "
         "bahan pokok menjelang hari raya.")]


def page_text(title: str, body: str) -> str:
    return f"Portal Uji Kabar\n\n{title}\n\n{body}\n"


def write_export(path: Path, rows: list[tuple[str, str]]) -> Path:
    """A CSV export without URLs: its articles have no id of their own."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["judul", "isi"])
        out.writerows(rows)
    return path


def news_folder(root: Path) -> Path:
    folder = root / "berita"
    for name, (title, body) in PAGES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(page_text(title, body), encoding="utf-8")
    write_export(folder / "ekspor.csv", ROWS)
    return folder


def kabar(*args: str, cwd: Path, index: Path) -> str:
    result = subprocess.run([KABAR, *args, "--index", str(index)], cwd=cwd, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def stored(index: Path) -> list[dict]:
    with open_generation(index).searcher() as searcher:
        return list(searcher.all_stored_fields())


def titles(index: Path) -> list[str]:
    return sorted(fields["title"] for fields in stored(index))


def test_a_file_by_itself_in_its_folder_relative_or_absolute_is_one_article(tmp_path):
    folder = news_folder(tmp_path)
    index = tmp_path / "index"
    elsewhere = tmp_path / "lain"
    elsewhere.mkdir()
    assert "added 5," in kabar("index", "build", "berita", cwd=tmp_path, index=index)
    ids = sorted(fields["id"] for fields in stored(index))
    for source, cwd in (("berita/banjir.txt", tmp_path), (str(folder / "banjir.txt"), tmp_path),
                        ("../berita/sub/jembatan.txt", elsewhere), ("ekspor.csv", folder),
                        (".", folder), (str(folder), elsewhere), ("sub", folder)):
        report = kabar("index", "add", source, cwd=cwd, index=index)
        assert report.startswith("added 0, updated 0, unchanged "), (source, report)
    assert sorted(fields["id"] for fields in stored(index)) == ids
    assert titles(index) == sorted([t for t, _ in PAGES.values()] + [t for t, _ in ROWS])
    # a build from the files one by one gives the same ids as the build from their folder
    single = tmp_path / "index-satu"
    kabar("index", "build", "banjir.txt", "sub/jembatan.txt", str(folder / "ekspor.csv"),
          cwd=folder, index=single)
    assert sorted(fields["id"] for fields in stored(single)) == ids


def test_an_edited_file_replaces_its_article(tmp_path):
    folder = news_folder(tmp_path)
    index = tmp_path / "index"
    kabar("index", "build", str(folder), cwd=tmp_path, index=index)
    title, body = PAGES["banjir.txt"]
    (folder / "banjir.txt").write_text(page_text(title, body + " Bantuan tahap kedua menyusul."),
                                       encoding="utf-8")
    report = kabar("index", "add", "banjir.txt", cwd=folder, index=index)
    assert report.startswith("added 0, updated 1, unchanged 0,"), report
    [article] = [f for f in stored(index) if f["title"] == title]
    assert "tahap kedua" in article["body"] and len(stored(index)) == 5
    # an export: a row edited, a row taken out, a row added
    write_export(folder / "ekspor.csv", [ROWS[0], (ROWS[1][0], ROWS[1][1] + " Diperbarui."),
                                         ("Lomba Perahu Naga", "KUALA KAPUAS – Lomba perahu "
                                          "naga digelar di sungai kota.")])
    report = kabar("index", "add", str(folder / "ekspor.csv"), cwd=tmp_path, index=index)
    assert report.startswith("added 1, updated 1, unchanged 1,"), report
    assert titles(index) == sorted([t for t, _ in PAGES.values()]
                                   + [ROWS[0][0], ROWS[1][0], "Lomba Perahu Naga"])


def test_a_moved_folder_keeps_its_articles_and_their_ids(tmp_path):
    folder = news_folder(tmp_path)
    index = tmp_path / "index"
    kabar("index", "build", "berita", cwd=tmp_path, index=index)
    before = {f["id"]: f["title"] for f in stored(index)}
    moved = tmp_path / "arsip" / "berita-2025"
    moved.parent.mkdir()
    shutil.move(folder, moved)
    report = kabar("index", "add", str(moved), cwd=tmp_path, index=index)
    assert report.startswith("added 0, updated 0, unchanged 5,"), report
    after = stored(index)
    assert {f["id"]: f["title"] for f in after} == before
    assert all(f["origin"].startswith(str(moved)) for f in after)
    shown = subprocess.run([KABAR, "show", next(iter(before)), "--json", "--index", str(index)],
                           capture_output=True, text=True, check=True).stdout
    assert json.loads(shown)["title"] == before[next(iter(before))]


def test_the_watcher_agrees_with_build_and_add(tmp_path):
    folder = news_folder(tmp_path)
    index = tmp_path / "index"
    kabar("index", "build", "berita/banjir.txt", "berita/sub", cwd=tmp_path, index=index)
    ids = {f["id"] for f in stored(index)}
    watch = subprocess.Popen([KABAR, "index", "watch", ".", "--index", str(index)], cwd=folder,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(watch.stdout), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while not any("first pass" in line for line in lines):
            assert time.monotonic() < deadline and watch.poll() is None, lines
            time.sleep(0.1)
        [first] = [line for line in lines if "first pass" in line]
        # the two pages were there already; only the export is new
        assert "added 3, updated 0, unchanged 2," in first, lines
    finally:
        watch.terminate()
        watch.wait(timeout=20)
    assert ids < {f["id"] for f in stored(index)} and len(stored(index)) == 5
    report = kabar("index", "add", "berita", cwd=tmp_path, index=index)
    assert report.startswith("added 0, updated 0, unchanged 5,"), report


def draft(record_id: str, **fields: str) -> Draft:
    return Draft(origin=record_id, record_id=record_id, title=fields.pop("title", "Judul"),
                 body=fields.pop("body", "Isi berita."), **fields)


def test_an_id_is_the_url_the_source_s_own_id_or_the_file_name_and_text():
    assert article_id(draft("a/b.csv#3", url="https://contoh.go.id/1")) == "https://contoh.go.id/1"
    assert article_id(draft("umpan.xml#2", source_id="tag:contoh,2025:7")) == "tag:contoh,2025:7"
    plain = article_id(draft("b.csv#3"))
    assert plain.startswith("b.csv#") and plain == article_id(draft("arsip/a/b.csv#9"))
    assert plain != article_id(draft("c.csv#3"))  # same text, another file: another article
    assert plain != article_id(draft("b.csv#3", body="Isi lain."))
    assert plain != article_id(draft("b.csv#3", source="Humas Kalteng"))
    assert file_name("berita/sub/laman#2.txt") == "laman#2.txt"
    assert file_name("ekspor#1.csv#12") == "ekspor#1.csv"


def test_labels_written_before_keep_naming_the_articles_they_judged():
    """bench/label_ids.py: a label names an article without a URL by where its file was (as ids
    were before schema 74); the evaluations score it by the id it has now."""
    [seed] = read_source(str(corpus_file("seed/wartasenja-asn-kalteng.txt")))
    now = article_id(seed)
    assert now.startswith("wartasenja-asn-kalteng.txt#")
    for written in ("corpus/seed/wartasenja-asn-kalteng.txt", "seed/wartasenja-asn-kalteng.txt",
                    "wartasenja-asn-kalteng.txt", now):
        assert id_now(written) == now, written
    url = "https://contoh.go.id/berita/1"
    assert id_now(url) == url and id_now("tidak-ada.txt") == "tidak-ada.txt"
    [need] = needs_now([{"query": "asn", "judgments": {"wartasenja-asn-kalteng.txt": 2, url: 1},
                         "target": "corpus/seed/wartasenja-asn-kalteng.txt"}])
    assert need == {"query": "asn", "judgments": {now: 2, url: 1}, "target": now}
