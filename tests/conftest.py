"""Shared fixtures: the real corpus, indexes built in temporary folders, a real server, the web
UI through Flask's test client."""

from __future__ import annotations

import csv
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import settings

from webui import create_app

# CI draws the same property-test examples every run, so that a gate does not fail on one rare
# draw; a developer's run (no CI variable) draws anew each time and explores more.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = CORPUS / "seed" / "wartasenja-asn-kalteng.txt"
DEMO = ROOT / "demo"
KABAR = str(Path(sys.executable).with_name("kabar"))


def pytest_configure(config: pytest.Config) -> None:
    """The whole session, subprocesses included, reads no developer's own word lists
    (~/.config/kabar): KABAR_DATA names an empty folder of its own."""
    os.environ["KABAR_DATA"] = tempfile.mkdtemp(prefix="kabar-test-data-")


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = os.environ.pop("KABAR_DATA", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


def corpus_file(name: str) -> Path:
    """A file of ../shared/corpus; a test that needs it fails (not skips) when it is missing."""
    path = CORPUS / name
    if not path.exists():
        pytest.fail(f"the shared corpus is missing: {path} (clone the project beside ../shared)")
    return path


def run_kabar(*args: str, index: Path | None = None, check: bool = False,
              timeout: float = 300, data: Path | None = None) -> subprocess.CompletedProcess:
    """``kabar ARGS``; ``data``: the user data folder (KABAR_DATA) instead of the session's."""
    env = dict(os.environ)
    if index is not None:
        env["KABAR_INDEX"] = str(index)
    if data is not None:
        env["KABAR_DATA"] = str(data)
    result = subprocess.run([KABAR, *args], capture_output=True, text=True, env=env,
                            timeout=timeout)
    if check and result.returncode != 0:
        raise AssertionError(f"kabar {' '.join(args)} failed ({result.returncode}):\n"
                             f"{result.stdout}\n{result.stderr}")
    return result


def reranking_input(engine, query: str) -> tuple:
    """What a reranking step (search/proximity.py, title_share.py, lead_share.py) is given for
    a query on the engine's current snapshot: (snapshot, evaluator, the query's droppable parts,
    its matches)."""
    from search.best_match import parts_of
    from search.evaluate import Evaluator

    snap = engine._current()
    evaluator = Evaluator(snap.columns, snap.searcher)
    parsed = engine.parse(query).query
    return snap, evaluator, parts_of(parsed)[0], evaluator.run(parsed)


def every(engine, query: str) -> dict[str, float]:
    """id -> score of every hit of a query (copies under `also_in` with their hit's score)."""
    total, hits = engine.export(query, rows=10_000)
    assert total < 10_000
    found = {h["id"]: h["score"] for h in hits}
    found.update({c["id"]: h["score"] for h in hits for c in h["also_in"]})
    return found


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory) -> Path:
    """An index of the founding article alone."""
    index = tmp_path_factory.mktemp("seed") / "index"
    run_kabar("index", "build", str(corpus_file("seed/wartasenja-asn-kalteng.txt")),
              index=index, check=True)
    return index


@pytest.fixture(scope="session")
def demo_index(tmp_path_factory) -> Path:
    """An index of the founding article and the project's demo articles."""
    index = tmp_path_factory.mktemp("demo") / "index"
    run_kabar("index", "build", str(corpus_file("seed/wartasenja-asn-kalteng.txt")), str(DEMO),
              index=index, check=True)
    return index


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory) -> Path:
    """An index of real articles with many facet values: the detik and 2015 exports and the
    ANTARA feed items (about 8,300 articles)."""
    index = tmp_path_factory.mktemp("corpus") / "index"
    run_kabar("index", "build", str(corpus_file("detik-2025.csv")),
              str(corpus_file("berita-2015-08-25.csv")), str(corpus_file("antara-rss-2026.json")),
              index=index, check=True, timeout=600)
    return index


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, index: Path, *options: str) -> None:
        """`kabar serve` on INDEX, with `options` (e.g. "--search-seconds", "0.4")."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # the server's log goes to a file: a pipe nobody reads fills up and stalls the server
        self.log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed in stop()
            prefix="kabar-serve-", suffix=".log", delete=False)
        self.process = subprocess.Popen(
            [KABAR, "serve", "--index", str(index), "--port", str(self.port), *options],
            stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log = Path(self.log.name).read_text(errors="replace")
                raise AssertionError(f"kabar serve exited: {log}")
            try:
                urllib.request.urlopen(self.url + "/api/search?q=x", timeout=2).read()
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise AssertionError("kabar serve did not answer within 30 s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
        Path(self.log.name).unlink(missing_ok=True)


@pytest.fixture(scope="session")
def demo_server(demo_index):
    server = Server(demo_index)
    yield server
    server.stop()


def build_release_index(folder: Path, articles: list[tuple[str, str, str]]) -> Path:
    """An index built by the CLI from (title, body, date) triples written as one outlet's JSONL
    releases (each with its own URL), in folder/index."""
    with open(folder / "rilis.jsonl", "w", encoding="utf-8") as out:
        for number, (title, body, day) in enumerate(articles):
            out.write(json.dumps({"title": title, "body": body, "published": day,
                                  "url": f"https://contoh.go.id/{number}",
                                  "source": "Humas Contoh"}) + "\n")
    run_kabar("index", "build", str(folder / "rilis.jsonl"), index=folder / "index", check=True)
    return folder / "index"


def write_csv(path: Path, fields: list[str], rows: list[dict]) -> str:
    """Rows written as a CSV export at `path` (its name returned, as build() takes it)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.DictWriter(handle, fieldnames=fields)
        out.writeheader()
        out.writerows(rows)
    return str(path)


def committed_segments(index_dir: Path) -> tuple:
    """The current generation's folder, its storage, and the segments its table of contents
    lists."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC

    from index.store.generations import current_generation
    from index.store.schema import make_schema

    folder = current_generation(index_dir)
    storage = FileStorage(str(folder))
    return folder, storage, TOC.read(storage, "MAIN", schema=make_schema()).segments


# The web UI through Flask's test client (test_webui_*.py): the demo index, and an index of
# two articles written to attack the pages and the spreadsheet exports.

HOSTILE_SOURCE = "<b onmouseover=alert('sumber')>S</b>"
HOSTILE_ROWS = [
    ["judul", "isi", "url", "tanggal", "sumber", "kategori", "tags"],
    ["<script>alert('judul')</script> Banjir Katingan",
     '=HYPERLINK("http://jahat.example") Banjir merendam desa di Kabupaten Katingan, Kalimantan '
     "Tengah. Bupati Katingan, Saiful, meninjau lokasi. <img src=x onerror=alert('isi')> warga "
     "mengungsi.", "", "2025-11-20", HOSTILE_SOURCE, "<i>kat</i>", "<svg>,banjir"],
    ["+Rumus di judul", "-2+3 Warga Palangka Raya menerima bantuan banjir dari pemerintah. "
     "@SUM(1) kata.", "https://contoh.go.id/berita/2", "2025-11-21", "WartaUji", "Umum", "banjir"],
]


@pytest.fixture(scope="module")
def client(demo_index):
    return create_app({"KABAR_INDEX": str(demo_index), "TESTING": True}).test_client()


@pytest.fixture(scope="module")
def seed_id(client) -> str:
    """The seed article's id (it has no URL), quoted, as the search API gives it."""
    hits = json.loads(page(client, "/api/search?q=judul:kompetensi+asn"))["hits"]
    return quote(hits[0]["id"], safe="")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """An index of two articles written to attack the pages and the spreadsheet exports."""
    folder = tmp_path_factory.mktemp("hostile")
    with open(folder / "serangan.csv", "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(HOSTILE_ROWS)
    index = folder / "index"
    run_kabar("index", "build", str(folder / "serangan.csv"), index=index, check=True)
    return create_app({"KABAR_INDEX": str(index), "TESTING": True}).test_client()


def page(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.get_data(as_text=True)


def assert_no_raw_markup(html: str) -> None:
    for raw in ("<script>alert", "<img src=x", "<b onmouseover", "<svg>", "<i>kat"):
        assert raw not in html, raw
