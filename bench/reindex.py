"""Adding one article to a large index while the site runs: Kabar beside SQLite FTS5.

    python -m bench.reindex [--scale 1|10|100] [--repeat 7]

Builds a fresh index of the corpus (x10: every record again under new URLs) with `kabar index
build`, starts `kabar serve` on it, then adds one new article at a time with `kabar index add`
(a new process, as a newsroom script would) and polls /api/search until the article is found.
The same single-row insert goes into an SQLite FTS5 table holding the same articles, both from a
new process and from a warm connection, and a second connection looks for it.
Targets (issue 6): add <= 0.5 s, searchable through the server <= 1 s after add returns.
"""

from __future__ import annotations

import argparse
import json
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from bench.common import scaled_corpus

KABAR = str(Path(sys.executable).with_name("kabar"))
ADD_TARGET, VISIBLE_TARGET = 0.5, 1.0
POLL = 0.01


def new_article(folder: Path, number: int) -> tuple[Path, str]:
    """A made-up news page with a word found nowhere else, and that word."""
    word = f"sungaibenchmark{number}x"
    path = folder / f"baru-{number}.txt"
    path.write_text(
        f"Portal Uji Kabar\n\nWarga Bantaran Sungai {number} Ikut Kerja Bakti\n\n"
        f"KASONGAN – Warga bantaran sungai di Kabupaten Katingan ikut kerja bakti {word} "
        "membersihkan saluran air menjelang musim hujan, kata kepala desa setempat.\n",
        encoding="utf-8")
    return path, word


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def api_total(base: str, word: str) -> int:
    url = f"{base}/api/search?" + urllib.parse.urlencode({"q": word})
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)["total"]


def start_server(index: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([KABAR, "serve", "--index", str(index), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while True:
        try:
            api_total(base, "warm")
            return server, base
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise SystemExit("kabar serve did not start") from None
            time.sleep(0.2)


def seconds_until_found(base: str, word: str, limit: float = 30.0) -> float:
    began = time.perf_counter()
    while api_total(base, word) == 0:
        if time.perf_counter() - began > limit:
            return float("inf")
        time.sleep(POLL)
    return time.perf_counter() - began


def run(*args: str) -> float:
    began = time.perf_counter()
    result = subprocess.run([KABAR, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"kabar {' '.join(args)} failed:\n{result.stderr}")
    return time.perf_counter() - began


def article_count(index: Path) -> int:
    stats = subprocess.run([KABAR, "index", "stats", "--index", str(index)], check=True,
                           capture_output=True, text=True).stdout
    return int(stats.split("articles:", 1)[1].split()[0])


def fts5_table(sources: list[Path], path: Path) -> tuple[int, float]:
    """The same records' titles and bodies in FTS5 (as the readers give them, without our
    extraction); number of rows and seconds."""
    from index.sources.drafts import Draft
    from index.sources.files import read_source

    began = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body)")
    rows = 0
    with db:
        for source in sources:
            for draft in read_source(str(source)):
                if isinstance(draft, Draft):
                    db.execute("INSERT INTO docs VALUES (?, ?, ?)",
                               (draft.url or draft.record_id, draft.title, draft.body))
                    rows += 1
    db.close()
    return rows, time.perf_counter() - began


FTS5_INSERT = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
with db:
    db.execute("INSERT INTO docs VALUES (?, ?, ?)", (sys.argv[2], sys.argv[3], sys.argv[4]))
db.close()
"""


def fts5_inserts(path: Path, folder: Path, repeat: int) -> dict[str, list[float]]:
    reader = sqlite3.connect(path)
    timings: dict[str, list[float]] = {"process": [], "warm": [], "visible": []}
    warm = sqlite3.connect(path)
    for number in range(repeat):
        page, word = new_article(folder, 1000 + number)
        text = page.read_text("utf-8")
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", FTS5_INSERT, str(path), page.name, "", text],
                       check=True)
        timings["process"].append(time.perf_counter() - began)
        began = time.perf_counter()
        reader.execute("SELECT rowid FROM docs WHERE docs MATCH ?", (word,)).fetchall()
        timings["visible"].append(time.perf_counter() - began)
        _, other = new_article(folder, 2000 + number)
        began = time.perf_counter()
        with warm:
            warm.execute("INSERT INTO docs VALUES (?, ?, ?)", (f"warm-{number}", "", other))
        timings["warm"].append(time.perf_counter() - began)
    return timings


def kabar_adds(index: Path, base: str, folder: Path,
               repeat: int) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {"process": [], "warm": [], "visible": [],
                                       "visible_warm": [], "unchanged": []}
    for number in range(repeat):
        page, word = new_article(folder, number)
        timings["process"].append(run("index", "add", str(page), "--index", str(index)))
        timings["visible"].append(seconds_until_found(base, word))
        timings["unchanged"].append(run("index", "add", str(page), "--index", str(index)))
    from index.store import writer

    writer.add([str(new_article(folder, 500)[0])], index)  # warm up: imports, data, regexes
    for number in range(repeat):
        page, word = new_article(folder, 600 + number)
        began = time.perf_counter()
        writer.add([str(page)], index)
        timings["warm"].append(time.perf_counter() - began)
        timings["visible_warm"].append(seconds_until_found(base, word))
    return timings


def reader_reopens(index: Path, repeat: int) -> list[float]:
    """Seconds for an engine to open the index afresh and answer (what the server does on a new
    generation: a new searcher and its facet table)."""
    from search import open_index

    timings = []
    for _ in range(repeat):
        began = time.perf_counter()
        engine = open_index(index)
        engine.search("banjir")
        timings.append(time.perf_counter() - began)
        engine.close()
    return timings


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--scale", type=int, default=1, help="copies of the corpus (1, 10, 100)")
    options.add_argument("--repeat", type=int, default=7, help="single adds to time")
    args = options.parse_args()

    sources = scaled_corpus(args.scale)
    with tempfile.TemporaryDirectory(prefix="kabar-reindex-") as temporary:
        work = Path(temporary)
        index = work / "index"
        build_seconds = run("index", "build", *map(str, sources), "--index", str(index))
        server, base = start_server(index)
        try:
            articles = article_count(index)
            kabar = kabar_adds(index, base, work, args.repeat)
            kabar["reopen"] = reader_reopens(index, 3)
        finally:
            server.terminate()
            server.wait()
        rows, fts_build = fts5_table(sources, work / "fts5.sqlite")
        fts = fts5_inserts(work / "fts5.sqlite", work, args.repeat)

    print(f"corpus x{args.scale}: Kabar {articles} articles, FTS5 {rows} rows; "
          f"median of {args.repeat} single adds")
    print(f"build: Kabar {build_seconds:.1f} s ({articles / build_seconds:.0f} articles/s, "
          f"with extraction); FTS5 {fts_build:.1f} s ({rows / fts_build:.0f} rows/s, "
          "readers only)\n")
    table = [
        ("add 1 article, new process", kabar["process"], fts["process"]),
        ("  same file again (unchanged)", kabar["unchanged"], None),
        ("add 1 article, warm in-process", kabar["warm"], fts["warm"]),
        ("searchable after add returned", kabar["visible"], fts["visible"]),
        ("  after a warm add", kabar["visible_warm"], None),
        ("a reader opening the index afresh", kabar["reopen"], None),
    ]
    print(f"{'seconds (median / max)':34} {'Kabar':>15} {'SQLite FTS5':>15}")
    for label, ours, theirs in table:
        shown = f"{median(ours):.3f} / {max(ours):.3f}"
        other = f"{median(theirs):.3f} / {max(theirs):.3f}" if theirs else "-"
        print(f"{label:34} {shown:>15} {other:>15}")
    add, visible = median(kabar["process"]), median(kabar["visible"])
    print(f"\ntargets: add <= {ADD_TARGET} s: {'met' if add <= ADD_TARGET else 'NOT met'} "
          f"({add:.2f}); searchable <= {VISIBLE_TARGET} s after add: "
          f"{'met' if visible <= VISIBLE_TARGET else 'NOT met'} ({visible:.2f})")


if __name__ == "__main__":
    main()
