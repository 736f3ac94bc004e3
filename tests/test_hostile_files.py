"""Bad and hostile files: each bad one is named with a reason, the rest is indexed, the exit status
is 1, the index keeps what it had (and an index removed under a running app is a 503).
Huge files: test_huge_files.py; hostile text in article fields: test_hostile_fields.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path

import pytest

from conftest import SEED, run_kabar
from index.sources.drafts import ReadFailure
from index.sources.files import read_source
from search import open_index
from webui import create_app

GOOD_PAGE = ("PortalUji.id\n\nBerandaDaerah\n\nBupati Resmikan Jembatan Gantung di Desa "
             "Sukamaju\n\njembatan\n\nKATINGAN — Jembatan gantung sepanjang 40 meter diresmikan "
             "Bupati Katingan, Kamis (4/12/2025), dan kini menghubungkan dua desa.\n\nWarga "
             "menyambut gembira karena perjalanan ke sekolah lebih singkat. (uji)\n")
GOOD_HTML = """<!doctype html><html><head><title>Warga Gotong Royong Bersihkan Sungai</title>
<script>var skrip = "SKRIP-DI-KEPALA";</script><style>/* GAYA-DI-KEPALA */</style></head>
<body><nav>Beranda Berita Daerah</nav><article><h1>Warga Gotong Royong Bersihkan Sungai</h1>
<p>PALANGKA RAYA — Ratusan warga bergotong royong membersihkan sungai di tengah kota, Sabtu
(6/12/2025), bersama petugas kebersihan dan relawan lingkungan dari berbagai kelurahan.</p>
<script>document.write("SKRIP-DI-BADAN")</script><noscript>NOSKRIP-DI-BADAN</noscript>
<p onclick="alert('ATRIBUT-ONCLICK')">Sampah plastik yang terkumpul diangkut ke tempat
pembuangan akhir, dan kegiatan serupa akan digelar setiap bulan. <img src=x
onerror="alert('IMG-ONERROR')"></p><svg><script>alert("SKRIP-DI-SVG")</script></svg>
</article><script type="application/ld+json">{"@type": "NewsArticle"}</script></body></html>
"""
GOOD_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Umpan Uji</title><link>https://umpan.example.id/</link>
<item><title>Posyandu Keliling Sambangi Desa Terpencil</title>
<link>https://umpan.example.id/berita/posyandu</link>
<description>Petugas posyandu keliling menyambangi desa terpencil untuk menimbang
balita.</description>
<pubDate>Thu, 04 Dec 2025 09:00:00 +0700</pubDate></item></channel></rss>
"""
SECRET = "RAHASIA-DI-LUAR-FOLDER"


def write_bad_folder(root: Path) -> dict[str, str]:
    """A folder with every kind of bad file among good ones; returns the expected failures
    (file name -> a word its reason must contain)."""
    folder = root / "campur"
    folder.mkdir()
    outside = root / "luar"
    outside.mkdir()
    (outside / "rahasia.txt").write_text(f"Situs\n\nJudul Rahasia\n\nKOTA — {SECRET} di sini "
                                         "dan tidak untuk dibaca tanpa izin.", "utf-8")
    (outside / "folder-luar").mkdir()
    (outside / "folder-luar" / "isi.txt").write_text(
        f"Situs\n\nJudul Lain\n\nKOTA — {SECRET}-FOLDER di sini juga.", "utf-8")
    (root / "rahasia.txt").write_text(SECRET, "utf-8")

    (folder / "baik.txt").write_text(GOOD_PAGE, "utf-8")
    (folder / "baik.html").write_text(GOOD_HTML, "utf-8")
    (folder / "baik.xml").write_text(GOOD_FEED, "utf-8")
    (folder / "latin.csv").write_bytes(
        "judul,isi\nCafé Baru Dibuka di Alun-alun,Sebuah café baru dibuka di alun-alun kota "
        "pada akhir pekan.\n".encode("cp1252"))
    (folder / "utf16.csv").write_bytes(
        "judul,isi\nKoperasi Café Desa Raih Penghargaan,Koperasi desa yang mengelola café "
        "meraih penghargaan.\n".encode("utf-16"))
    (folder / "catatan.md").write_text("# not a kind Kabar reads: passed over", "utf-8")
    (folder / ".tersembunyi.txt").write_text(GOOD_PAGE, "utf-8")

    expected = {
        "kosong.txt": "empty", "spasi.csv": "empty", "biner.txt": "binary",
        "biner.csv": "binary", "gambar.html": "binary", "potong.json": "JSON",
        "rusak.jsonl": "JSON", "kutip.csv": "row 2",
        "kepala.csv": "no rows", "rusak.xml": "malformed", "tawa.xml": "malformed",
        "pipa.txt": "regular", "tautan-dalam.txt": "link", "tautan-luar.txt": "link",
        "tautan-folder": "link", "tautan-putus.txt": "link",
    }
    (folder / "kosong.txt").write_bytes(b"")
    (folder / "spasi.csv").write_text("   \n\n  \n", "utf-8")
    (folder / "biner.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "biner.csv").write_bytes(b"judul,isi\n\x00\x01\x02\x03" * 50)
    (folder / "gambar.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (folder / "potong.json").write_text(
        '[{"judul": "Lumbung Pangan Desa Diresmikan", "isi": "Lumbung pangan desa diresmikan '
        'camat."}, {"judul": "Kedua", "isi": "Isi yang ter', "utf-8")
    (folder / "rusak.jsonl").write_text(
        json.dumps({"judul": "Bank Sampah Warga Berkembang", "isi": "Bank sampah warga kini "
                    "melayani tiga kelurahan."}) + "\n{\"judul\": \"rusak\", \"isi\": \n", "utf-8")
    (folder / "kutip.csv").write_text(
        'judul,isi\n"Pasar Murah Digelar Jelang Natal","Pasar murah digelar di kantor camat."\n'
        '"Kutip "salah" di sini,"isi rusak"\n'
        '"Lomba Perahu Naga Meriahkan Sungai","Lomba perahu naga digelar di sungai kota."\n',
        "utf-8")
    (folder / "kolom.csv").write_text("nama,umur\nBudi,40\n", "utf-8")
    (folder / "kepala.csv").write_text("judul,isi\n", "utf-8")
    (folder / "rusak.xml").write_text(GOOD_FEED[:GOOD_FEED.index("</description>")], "utf-8")
    (folder / "tawa.xml").write_text(_billion_laughs(), "utf-8")
    (folder / "xxe.xml").write_text(_external_entity(root / "rahasia.txt"), "utf-8")
    os.mkfifo(folder / "pipa.txt")
    (folder / "folder.csv").mkdir()  # a folder with a file's name: walked, not reported
    (folder / "folder.csv" / "dalam.txt").write_text(
        "PortalUji.id\n\nBerandaDaerah\n\nPerpustakaan Keliling Hadir di Desa Sukamulya\n\n"
        "literasi\n\nKATINGAN — Mobil perpustakaan keliling kini singgah di Desa Sukamulya "
        "setiap pekan, membawa ratusan buku cerita untuk anak-anak.\n\nKepala desa berharap "
        "minat baca warga meningkat. (uji)\n", "utf-8")
    (folder / "tautan-dalam.txt").symlink_to(folder / "baik.txt")
    (folder / "tautan-luar.txt").symlink_to(outside / "rahasia.txt")
    (folder / "tautan-folder").symlink_to(outside / "folder-luar")
    (folder / "tautan-putus.txt").symlink_to(root / "tidak-ada.txt")
    return expected


def _billion_laughs() -> str:
    entities = ['<!ENTITY lol "lol">']
    for level in range(1, 10):
        entities.append(f'<!ENTITY lol{level} "{("&lol" + str(level - 1) + ";") * 10}">'
                        .replace("&lol0;", "&lol;"))
    return ('<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(entities) + "\n]>\n"
            '<rss version="2.0"><channel><title>Tawa</title><item><title>Bom &lol9;</title>'
            "<link>https://tawa.example.id/1</link><description>&lol9;</description></item>"
            "</channel></rss>\n")


def _external_entity(target: Path) -> str:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{target}">]>\n'
            '<rss version="2.0"><channel><title>Umpan XXE</title><item>'
            "<title>Berita Entitas &xxe;</title><link>https://xxe.example.id/1</link>"
            "<description>Isi berita entitas &xxe; yang cukup panjang.</description>"
            "</item></channel></rss>\n")


def failures_by_name(stderr: str, kind: str = "failed") -> dict[str, str]:
    """'  failed: /path/name (where): reason' lines (or 'skipped:') -> {name: reason}."""
    found = {}
    for line in stderr.splitlines():
        match = re.match(rf"\s*{kind}: (.+?)(?: \(([^)]*)\))?: (.+)$", line)
        if match:
            found[Path(match[1]).name] = match[3]
    return found


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("bad-files")
    return root / "campur", write_bad_folder(root)


@pytest.fixture(scope="module")
def bad_build(bad_folder, tmp_path_factory):
    folder, _ = bad_folder
    index = tmp_path_factory.mktemp("bad-build") / "index"
    result = run_kabar("index", "build", str(folder), index=index)
    return result, index


def titles(index: Path) -> set[str]:
    engine = open_index(index)
    hits = engine.search("", limit=100, sort="newest")["hits"]
    return {hit["title"] for hit in hits}


def test_each_bad_file_is_named_with_a_reason(bad_folder, bad_build):
    _, expected = bad_folder
    result, _ = bad_build
    assert result.returncode == 1, result.stderr
    reported = failures_by_name(result.stderr)
    for name, word in expected.items():
        assert name in reported, (name, result.stderr)
        assert word.lower() in reported[name].lower(), (name, reported[name])
    unexpected = set(reported) - set(expected)
    assert not unexpected, {name: reported[name] for name in unexpected}
    assert re.search(r"failed \d+", result.stdout)
    # a CSV without article columns is no article export: skipped and named, not failed
    skipped = failures_by_name(result.stderr, "skipped")
    assert set(skipped) == {"kolom.csv"}, result.stderr
    assert "not an article export" in skipped["kolom.csv"]
    assert ", skipped 1," in result.stdout


def test_good_files_and_records_are_indexed_beside_bad_ones(bad_build):
    _, index = bad_build
    found = titles(index)
    for title in ["Bupati Resmikan Jembatan Gantung di Desa Sukamaju",  # baik.txt
                  "Perpustakaan Keliling Hadir di Desa Sukamulya",  # folder.csv/dalam.txt
                  "Posyandu Keliling Sambangi Desa Terpencil",  # baik.xml
                  "Café Baru Dibuka di Alun-alun",  # cp1252
                  "Koperasi Café Desa Raih Penghargaan",  # UTF-16 with BOM
                  "Lumbung Pangan Desa Diresmikan",  # the record before a JSON cut
                  "Bank Sampah Warga Berkembang",  # the good line of a broken JSON-lines file
                  "Pasar Murah Digelar Jelang Natal",  # the rows around an unbalanced quote
                  "Lomba Perahu Naga Meriahkan Sungai"]:
        assert title in found, (title, sorted(found))
    assert any("Gotong Royong" in title for title in found), sorted(found)


def test_script_text_never_reaches_the_body(bad_build):
    _, index = bad_build
    engine = open_index(index)
    [hit] = engine.search("gotong royong sungai")["hits"]
    body = engine.get(hit["id"])["body"]
    assert "ratusan warga" in body.lower()
    for marker in ["SKRIP-DI-KEPALA", "GAYA-DI-KEPALA", "SKRIP-DI-BADAN", "ATRIBUT-ONCLICK",
                   "IMG-ONERROR", "SKRIP-DI-SVG", "document.write", "<"]:
        assert marker not in body, marker


def test_no_entity_or_link_leads_out_of_the_folder(bad_build):
    _, index = bad_build
    engine = open_index(index)
    for word in [SECRET, "rahasia"]:
        assert engine.search(word)["total"] == 0, word
    assert not [t for t in titles(index) if "&" in t and "xxe" in t.lower() and SECRET in t]


def test_links_are_followed_when_asked(bad_folder, tmp_path):
    folder, _ = bad_folder
    index = tmp_path / "index"
    result = run_kabar("index", "build", str(folder), "--follow-links", index=index)
    reported = failures_by_name(result.stderr)
    assert "tautan-luar.txt" not in reported and "tautan-dalam.txt" not in reported
    assert "tautan-putus.txt" in reported and "broken" in reported["tautan-putus.txt"]
    engine = open_index(index)
    assert engine.search("rahasia")["total"] == 2  # the linked file and the linked folder


def test_a_link_given_as_source_is_read_only_when_asked(bad_folder, tmp_path):
    folder, _ = bad_folder
    link = str(folder / "tautan-luar.txt")
    result = run_kabar("index", "build", link, index=tmp_path / "a")
    assert result.returncode == 1 and "--follow-links" in result.stderr
    result = run_kabar("index", "build", link, "--follow-links", index=tmp_path / "b")
    assert result.returncode == 0, result.stderr


def test_unreadable_file_is_named(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("running as root, which reads a chmod 000 file anyway; the pipe, the broken "
                    "link and the binary files stand for unreadable paths here")
    path = tmp_path / "terkunci.txt"
    path.write_text(GOOD_PAGE, "utf-8")
    path.chmod(0)
    try:
        [failure] = list(read_source(str(path)))
    finally:
        path.chmod(0o644)
    assert isinstance(failure, ReadFailure) and "permission" in failure.reason.lower()


def test_a_path_that_is_no_file_is_named(tmp_path):
    os.mkfifo(tmp_path / "pipa.csv")
    [failure] = list(read_source(str(tmp_path / "pipa.csv")))
    assert "not a regular file" in failure.reason
    [failure] = list(read_source(str(tmp_path / "tidak-ada.csv")))
    assert failure.reason == "no such file or folder"


# --- The index keeps what it had -----------------------------------------------------------------

@pytest.fixture
def good_index(tmp_path) -> Path:
    index = tmp_path / "index"
    run_kabar("index", "build", str(SEED), index=index, check=True)
    return index


def test_add_with_bad_files_keeps_the_index_and_adds_the_good(good_index, bad_folder):
    folder, _ = bad_folder
    before = open_index(good_index).stats()["articles"]
    result = run_kabar("index", "add", str(folder), index=good_index)
    assert result.returncode == 1
    engine = open_index(good_index)
    assert engine.search("kompetensi asn")["total"] >= 1  # what it had
    assert engine.stats()["articles"] >= before + 9
    assert engine.search("posyandu keliling")["total"] == 1


def test_build_with_some_failures_swaps_in_everything_readable(good_index, bad_folder):
    folder, _ = bad_folder
    result = run_kabar("index", "build", str(folder), index=good_index)
    assert result.returncode == 1
    engine = open_index(good_index)
    assert engine.search("posyandu keliling")["total"] == 1
    assert engine.search("kompetensi asn")["total"] == 0  # a build is a fresh index


def test_build_that_reads_nothing_keeps_the_old_index(good_index, bad_folder):
    folder, _ = bad_folder
    result = run_kabar("index", "build", str(folder / "kosong.txt"), str(folder / "biner.txt"),
                       index=good_index)
    assert result.returncode == 1 and "kosong.txt" in result.stderr
    assert open_index(good_index).search("kompetensi asn")["total"] >= 1


def test_an_empty_index_opens_and_answers(tmp_path):
    (tmp_path / "kosong").mkdir()
    run_kabar("index", "build", str(tmp_path / "kosong"), index=tmp_path / "index", check=True)
    assert open_index(tmp_path / "index").search("apa saja")["total"] == 0


def test_index_removed_under_a_running_app_is_a_503_not_a_500(tmp_path):
    index = tmp_path / "index"
    run_kabar("index", "build", str(SEED), index=index, check=True)
    client = create_app({"KABAR_INDEX": str(index)}).test_client()
    assert client.get("/api/search?q=asn").status_code == 200
    shutil.rmtree(index)
    time.sleep(0.3)  # past the engine's refresh interval
    for path in ["/api/search?q=asn", "/?q=asn"]:
        response = client.get(path)
        assert response.status_code == 503, (path, response.status_code)
        assert "index" in message_text(response).lower()


def message_text(response) -> str:
    if response.mimetype == "application/json":
        return response.get_json().get("error", "")
    return response.get_data(as_text=True)
