"""The daily clipping: `kabar kliping` writes a PDF (WeasyPrint) and HTML of the saved searches'
new articles, read back with pdftotext; /kliping and /kliping.pdf on a real server."""

from __future__ import annotations

import shutil
import subprocess
import urllib.error
import urllib.request
from html import unescape

import pytest

from conftest import Server, run_kabar
from search import open_index

SINCE = "2025-10-15"


@pytest.fixture(scope="module")
def index(corpus_index, tmp_path_factory):
    folder = tmp_path_factory.mktemp("kliping") / "index"
    shutil.copytree(corpus_index, folder, symlinks=True)
    run_kabar("pantau", "add", "Korupsi", "korupsi", index=folder, check=True)
    run_kabar("pantau", "add", "Banjir Jateng", "banjir", "--region", "Jawa Tengah",
              index=folder, check=True)
    return folder


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: run `make test`, which installs poppler-utils")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def plain(title: str) -> str:
    return unescape(title.replace("<mark>", "").replace("</mark>", ""))


def new_titles(index, query: str, **filters) -> list[str]:
    hits = open_index(index).search(query, date_from=SINCE, sort="newest", limit=100,
                                    **filters)["hits"]
    return [plain(hit["title"]) for hit in hits]


def test_the_pdf_holds_the_saved_searches_headlines(index, tmp_path):
    out = tmp_path / "kliping.pdf"
    result = run_kabar("kliping", "--since", SINCE, "--out", str(out), index=index)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    text = " ".join(pdf_text(out).split())
    assert "Kliping berita" in text and "Halaman 1 dari" in text
    korupsi = new_titles(index, "korupsi")
    banjir = new_titles(index, "banjir", region=["Jawa Tengah"])
    assert korupsi and banjir
    for title in korupsi[:5] + banjir[:5]:
        assert " ".join(title.split())[:40] in text, title
    assert "Korupsi" in text and "Banjir Jateng" in text
    assert "Wilayah: Jawa Tengah" in text


def test_html_and_one_saved_search(index, tmp_path):
    out = tmp_path / "kliping.html"
    result = run_kabar("kliping", "--since", SINCE, "--pantau", "banjir jateng", "--out",
                       str(out), index=index)
    assert result.returncode == 0, result.stderr
    html = out.read_text("utf-8")
    assert "Banjir Jateng" in html and ">Korupsi<" not in html
    titles = new_titles(index, "banjir", region=["Jawa Tengah"])
    assert 1 <= html.count('class="clip-item"') <= len(titles)
    assert all(title in unescape(html) for title in titles[:3])


def test_the_clipping_shows_what_officials_said(index, tmp_path):
    out = tmp_path / "kliping.html"
    run_kabar("kliping", "--since", SINCE, "--out", str(out), index=index, check=True)
    html = unescape(out.read_text("utf-8"))
    engine = open_index(index)
    said = [s for title in new_titles(index, "korupsi")[:20]
            for hit in engine.search(f'judul:"{title[:60]}"', limit=1)["hits"]
            for s in (engine.get(hit["id"]) or {}).get("statements", []) if s.get("official")]
    assert said, "no official's statement among the new korupsi articles"
    assert " ".join(said[0]["text"].split())[:60] in " ".join(html.split())
    assert f"<strong>{said[0]['official']}</strong>" in html


@pytest.mark.parametrize("args, status, said", [
    (("--since", "kemarin", "--out", "x.pdf"), 2, "--since must be a date"),
    (("--since", "24h", "--pantau", "tidak-ada", "--out", "x.pdf"), 1,
     "no saved search named 'tidak-ada'"),
    (("--since", "24h", "--out", "x.docx"), 2, "must end in .pdf or .html"),
])
def test_bad_input_says_why(index, tmp_path, args, status, said):
    result = run_kabar("kliping", *args, index=index)
    assert result.returncode == status and said in result.stderr
    assert "Traceback" not in result.stderr


def test_an_empty_day_gives_a_clipping_that_says_so(index, tmp_path):
    out = tmp_path / "kosong.pdf"
    result = run_kabar("kliping", "--since", "24h", "--out", str(out), index=index)
    assert result.returncode == 0 and "no new article" in result.stdout
    text = " ".join(pdf_text(out).split())
    assert "Tidak ada artikel baru untuk pencarian tersimpan dalam rentang ini." in text


@pytest.fixture(scope="module")
def server(index):
    running = Server(index)
    yield running
    running.stop()


def fetch(server, path: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(server.url + path, timeout=120) as reply:
            return reply.status, reply.headers.get("Content-Type", ""), reply.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def test_the_clipping_of_any_search_as_a_page_and_a_pdf(index, server, tmp_path):
    status, kind, body = fetch(server, f"/kliping?q=korupsi&since={SINCE}")
    assert status == 200 and kind.startswith("text/html")
    page = unescape(body.decode("utf-8"))
    for title in new_titles(index, "korupsi")[:5]:
        assert title in page
    status, kind, body = fetch(server, f"/kliping.pdf?q=korupsi&since={SINCE}")
    assert status == 200 and kind == "application/pdf" and body.startswith(b"%PDF")
    (tmp_path / "web.pdf").write_bytes(body)
    assert new_titles(index, "korupsi")[0][:30] in " ".join(pdf_text(tmp_path / "web.pdf")
                                                           .split())


@pytest.mark.parametrize("path, status, said", [
    ("/kliping?since=kemarin", 400, "Sejak harus tanggal"),
    ("/kliping?pantau=tidak-ada", 404, "Tidak ada pencarian tersimpan bernama"),
    ("/kliping.pdf?q=banjir&since=7x", 400, "Sejak harus tanggal"),
])
def test_bad_input_on_the_web_is_said_in_indonesian(server, path, status, said):
    code, _, body = fetch(server, path)
    assert code == status and said in unescape(body.decode("utf-8"))
