"""`kabar index watch` and feeds: files and feed items reach the index within seconds.

Feeds are served by a real HTTP server on loopback, started here, that honours ETag and
Last-Modified and counts what it was asked.
"""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import threading
import time
from collections import Counter
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import KABAR, run_kabar
from index.store.feed_state import FEED_STATE
from index.store.generations import open_generation

ITEMS = [
    ("Pemprov Kalteng Salurkan Bantuan Bibit Padi untuk Petani Katingan",
     "PALANGKA RAYA – Pemerintah Provinsi Kalimantan Tengah menyalurkan bantuan bibit padi "
     "unggul kepada kelompok tani di Kabupaten Katingan untuk musim tanam tahun ini."),
    ("Dinas Pendidikan Gelar Lomba Cerdas Cermat Antarsekolah",
     "KASONGAN – Dinas Pendidikan Kabupaten Katingan menggelar lomba cerdas cermat antarsekolah "
     "dasar yang diikuti tiga puluh regu dari seluruh kecamatan."),
    ("Jembatan Gantung Desa Baru Rampung Dikerjakan",
     "KASONGAN – Jembatan gantung yang menghubungkan dua desa di tepi Sungai Katingan rampung "
     "dikerjakan dan mulai dilalui warga pekan ini."),
]
LATE_ITEM = ("Posyandu Keliling Sambangi Desa Terpencil",
             "KASONGAN – Tim posyandu keliling menyambangi desa terpencil di hulu sungai untuk "
             "menimbang balita dan memberikan imunisasi dasar lengkap.")


def rss(items: list[tuple[str, str]], base: str) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>{base}/berita/{n}</link>"
        f"<guid>{base}/berita/{n}</guid><pubDate>Mon, 0{n + 1} Dec 2025 09:00:00 +0700</pubDate>"
        f"<description>{body}</description></item>"
        for n, (title, body) in enumerate(items))
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Kabar Katingan</title><link>{base}/</link>{entries}</channel></rss>"
            ).encode()


def atom(items: list[tuple[str, str]], base: str) -> bytes:
    entries = "".join(
        f'<entry><title>{title}</title><link href="{base}/atom/{n}"/><id>{base}/atom/{n}</id>'
        f"<updated>2025-12-1{n}T10:00:00+07:00</updated><content type=\"html\">&lt;p&gt;{body}"
        f"&lt;/p&gt;</content></entry>"
        for n, (title, body) in enumerate(items))
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Warta Sungai</title><id>{base}/atom</id>"
            f"<updated>2025-12-10T10:00:00+07:00</updated>{entries}</feed>").encode()


class FeedServer:
    """Serves feeds from memory with ETag and Last-Modified, counting requests and 304s."""

    def __init__(self) -> None:
        self.feeds: dict[str, tuple[bytes, str, str]] = {}
        self.requests: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests[self.path] += 1
                if self.path not in server.feeds:
                    self.send_error(404)
                    return
                body, etag, modified = server.feeds[self.path]
                if (self.headers.get("If-None-Match") == etag
                        or self.headers.get("If-Modified-Since") == modified):
                    server.not_modified[self.path] += 1
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/xml; charset=utf-8")
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", modified)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.http.server_port}"
        self.thread = threading.Thread(target=self.http.serve_forever, daemon=True)
        self.thread.start()

    def publish(self, path: str, body: bytes) -> str:
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        self.feeds[path] = (body, etag, formatdate(time.time(), usegmt=True))
        return self.base + path

    def stop(self) -> None:
        self.http.shutdown()
        self.http.server_close()


@pytest.fixture()
def feed_server():
    server = FeedServer()
    yield server
    server.stop()


def ids_in(index: Path) -> set[str]:
    with open_generation(index).searcher() as searcher:
        return {fields["id"] for fields in searcher.all_stored_fields()}


def files_in(index: Path, root: Path) -> set[str]:
    """The files the index holds articles from, relative to a folder (an article without a URL
    is not known by its path: index/sources/article_ids.py)."""
    with open_generation(index).searcher() as searcher:
        return {str(Path(fields["origin"]).relative_to(root))
                for fields in searcher.all_stored_fields()}


def body_of(index: Path, file: Path) -> str:
    with open_generation(index).searcher() as searcher:
        return (searcher.document(origin=str(file)) or {}).get("body", "")


def test_add_reads_rss_and_atom_feeds_from_urls(feed_server, tmp_path):
    rss_url = feed_server.publish("/rss.xml", rss(ITEMS, feed_server.base))
    atom_url = feed_server.publish("/atom.xml", atom(ITEMS[:2], feed_server.base))
    index = tmp_path / "index"
    built = run_kabar("index", "build", rss_url, index=index, check=True)
    assert "added 3, updated 0, unchanged 0, failed 0" in built.stdout
    added = run_kabar("index", "add", atom_url, rss_url, index=index, check=True)
    assert "added 2, updated 0, unchanged 3, failed 0" in added.stdout
    assert ids_in(index) == ({f"{feed_server.base}/berita/{n}" for n in range(3)}
                             | {f"{feed_server.base}/atom/{n}" for n in range(2)})
    for article_id, source in ((f"{feed_server.base}/berita/1", "Kabar Katingan"),
                               (f"{feed_server.base}/atom/1", "Warta Sungai")):
        shown = json.loads(run_kabar("show", article_id, "--json", index=index).stdout)
        assert shown["source"] == source and "cerdas cermat" in shown["body"]


class Watch:
    """A running `kabar index watch`, its output collected line by line."""

    def __init__(self, folder: Path, index: Path, *options: str) -> None:
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [KABAR, "index", "watch", str(folder), "--index", str(index), *options],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.wait_for("watching")

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, text: str, limit: float = 20.0, after: int = 0) -> str:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            for line in self.lines[after:]:
                if text in line:
                    return line
            if self.process.poll() is not None and not self.reader.is_alive():
                break
            time.sleep(0.05)
        raise AssertionError(f"no line with {text!r} in:\n" + "\n".join(self.lines))

    def stop(self, signum: int = signal.SIGTERM) -> int:
        self.process.send_signal(signum)
        code = self.process.wait(timeout=20)
        self.reader.join(timeout=5)
        return code


def eventually(condition, limit: float = 10.0) -> float:
    """Seconds until the condition held (fails after ``limit``)."""
    began = time.monotonic()
    while not condition():
        assert time.monotonic() - began < limit, "did not happen in time"
        time.sleep(0.1)
    return time.monotonic() - began


def news_page(title: str, body: str) -> str:
    return f"Portal Uji Kabar\n\n{title}\n\n{body}\n"


def test_watch_follows_new_changed_moved_and_deleted_files(tmp_path):
    folder = tmp_path / "berita"
    folder.mkdir()
    (folder / "awal.txt").write_text(news_page(*ITEMS[0]), encoding="utf-8")
    index = tmp_path / "index"
    watch = Watch(folder, index)  # no index yet: the first pass builds it
    try:
        assert files_in(index, tmp_path) == {"berita/awal.txt"}

        (folder / "baru.txt").write_text(news_page(*ITEMS[1]), encoding="utf-8")
        assert eventually(lambda: "berita/baru.txt" in files_in(index, tmp_path)) < 5

        # written in bursts: read once, whole, after it stopped changing
        mark = len(watch.lines)
        with open(folder / "bertahap.txt", "w", encoding="utf-8") as handle:
            for part in news_page(*ITEMS[2]).split(" "):
                handle.write(part + " ")
                handle.flush()
                time.sleep(0.02)
            handle.write("Paragraf penutup ditulis paling akhir.\n")
        eventually(lambda: "paling akhir" in body_of(index, folder / "bertahap.txt"))
        # the watcher logs its line just after the commit that a reader may already see
        eventually(lambda: any("bertahap.txt" in line for line in watch.lines[mark:]), 2)
        written = [line for line in watch.lines[mark:] if "bertahap.txt" in line]
        assert len(written) == 1 and "added 1, updated 0, unchanged 0, failed 0" in written[0]

        (folder / "baru.txt").write_text(news_page(ITEMS[1][0], ITEMS[1][1] + " Diperbarui."),
                                         encoding="utf-8")
        eventually(lambda: "Diperbarui" in body_of(index, folder / "baru.txt"))

        (folder / "arsip").mkdir()
        (folder / "baru.txt").rename(folder / "arsip" / "baru.txt")
        eventually(lambda: files_in(index, tmp_path) == {"berita/awal.txt", "berita/bertahap.txt",
                                             "berita/arsip/baru.txt"})

        (folder / "awal.txt").unlink()
        eventually(lambda: "berita/awal.txt" not in files_in(index, tmp_path))

        # a folder moved in is read whole; moved out, its articles leave
        outside = tmp_path / "luar"
        outside.mkdir()
        (outside / "satu.txt").write_text(news_page(*LATE_ITEM), encoding="utf-8")
        outside.rename(folder / "luar")
        eventually(lambda: "berita/luar/satu.txt" in files_in(index, tmp_path))
        (folder / "luar").rename(tmp_path / "kembali")
        eventually(lambda: "berita/luar/satu.txt" not in files_in(index, tmp_path))

        # editors' hidden and temporary files are not articles
        (folder / ".baru.txt.swp").write_text("x", encoding="utf-8")
        (folder / "catatan.tmp").write_text("x", encoding="utf-8")
        time.sleep(1.5)
        assert files_in(index, tmp_path) == {"berita/bertahap.txt", "berita/arsip/baru.txt"}
        assert not [line for line in watch.lines if "failed: " in line], watch.lines
    finally:
        code = watch.stop(signal.SIGTERM)
    assert code == 0 and watch.lines[-1].endswith("stopped")


def export_row(number: int) -> str:
    return (f"Rapat Koordinasi Tahap {number},https://contoh-pemda.go.id/rapat/{number},"
            f"2025-11-0{number} 09:00,\"PALANGKA RAYA – Rapat koordinasi tahap {number} membahas "
            f"kesiapan menghadapi musim hujan.\"\n")


def test_watch_first_pass_and_changed_exports(tmp_path):
    folder = tmp_path / "ekspor"
    folder.mkdir()
    header = "judul,tautan,tanggal,isi\n"
    (folder / "rapat.csv").write_text(header + export_row(1) + export_row(2) + export_row(3),
                                      encoding="utf-8")
    (folder / "lama.txt").write_text(news_page(*ITEMS[0]), encoding="utf-8")
    index = tmp_path / "index"
    run_kabar("index", "build", str(folder), index=index, check=True)
    (folder / "lama.txt").unlink()  # deleted while nothing watched
    watch = Watch(folder, index)
    try:
        first = watch.wait_for("first pass:")
        assert ("added 0, updated 0, unchanged 3, failed 0, skipped 0, repeated 0, "
                "removed 1") in first
        assert ids_in(index) == {f"https://contoh-pemda.go.id/rapat/{n}" for n in (1, 2, 3)}
        (folder / "rapat.csv").write_text(header + export_row(1) + export_row(3),
                                          encoding="utf-8")
        eventually(lambda: ids_in(index) == {f"https://contoh-pemda.go.id/rapat/{n}"
                                             for n in (1, 3)})
    finally:
        code = watch.stop(signal.SIGINT)
    assert code == 0


def test_watch_polls_feeds_and_respects_etag(feed_server, tmp_path):
    folder = tmp_path / "kosong"
    folder.mkdir()
    index = folder / "kabar-index"  # inside the watched folder: its own files are not news
    run_kabar("index", "build", str(folder), index=index)  # an empty index
    url = feed_server.publish("/rss.xml", rss(ITEMS, feed_server.base))
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# umpan yang dipantau\n{url}\n", encoding="utf-8")
    watch = Watch(folder, index, "--feeds", str(feeds), "--interval", "0.3")
    try:
        eventually(lambda: len(ids_in(index)) == 3)
        eventually(lambda: feed_server.not_modified["/rss.xml"] >= 3)
        assert feed_server.requests["/rss.xml"] == feed_server.not_modified["/rss.xml"] + 1
        state = json.loads((index / FEED_STATE).read_text("utf-8"))
        assert state[url]["etag"] == feed_server.feeds["/rss.xml"][1]

        feed_server.publish("/rss.xml", rss([*ITEMS, LATE_ITEM], feed_server.base))
        assert eventually(lambda: f"{feed_server.base}/berita/3" in ids_in(index)) < 5
        watch.wait_for(f"feed {url}: added 1, updated 0, unchanged 3, failed 0")
        fetched = feed_server.requests["/rss.xml"] - feed_server.not_modified["/rss.xml"]
        assert fetched == 2
        assert not [line for line in watch.lines if "failed: " in line], watch.lines
    finally:
        assert watch.stop() == 0
