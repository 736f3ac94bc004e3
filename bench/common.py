"""What the benchmarks share: the real corpus, scaled copies, Kabar and SQLite FTS5 indexes."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import pickle
import re
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from index.article import Article

if TYPE_CHECKING:
    from index.store.writer import WriteReport

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
FULL_TEXT_FILES = ["detik-2025.csv", "berita-2015-08-25.csv", "indosum-dev.jsonl"]
# Built indexes and extracted articles, kept between runs; another folder for another checkout.
CACHE = Path(os.environ.get("KABAR_BENCH_CACHE", "/tmp/kabar-bench"))


def corpus_paths() -> list[Path]:
    paths = [CORPUS / name for name in FULL_TEXT_FILES]
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise SystemExit(f"the shared corpus is missing: {missing[0]} (clone beside ../shared)")
    return paths


def whole_corpus() -> list[Path]:
    """All of ../shared/corpus as `kabar index build` reads the folder: full texts, feed items,
    saved pages and the seed article."""
    corpus_paths()
    return [CORPUS]


def _sources(scale: int, whole: bool) -> list[Path]:
    if whole and scale != 1:
        raise SystemExit("the whole corpus (feeds and saved pages too) is only used at scale 1")
    return whole_corpus() if whole else scaled_corpus(scale)


def scaled_corpus(scale: int) -> list[Path]:
    """The full-text corpus files, or `scale` copies of every record under new URLs and ids."""
    if scale == 1:
        return corpus_paths()
    folder = CACHE / f"corpus-x{scale}"
    done = folder / ".done"
    if done.exists():
        return sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    folder.mkdir(parents=True, exist_ok=True)
    for copy in range(scale):
        for path in corpus_paths():
            target = folder / f"{path.stem}-copy{copy}{path.suffix}"
            if path.suffix == ".csv":
                _copy_csv(path, target, copy)
            else:
                _copy_jsonl(path, target, copy)
    done.touch()
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


def _new_url(url: str, copy: int) -> str:
    return f"{url}?salinan={copy}" if copy else url


def _copy_csv(source: Path, target: Path, copy: int) -> None:
    with source.open(encoding="utf-8", newline="") as f_in, \
            target.open("w", encoding="utf-8", newline="") as f_out:
        reader = csv.DictReader(f_in)
        writer = csv.DictWriter(f_out, fieldnames=reader.fieldnames)
        writer.writeheader()
        for row in reader:
            for key in ("tautan", "link"):
                if key in row:
                    row[key] = _new_url(row[key], copy)
            writer.writerow(row)


def _copy_jsonl(source: Path, target: Path, copy: int) -> None:
    with source.open(encoding="utf-8") as f_in, target.open("w", encoding="utf-8") as f_out:
        for line in f_in:
            record = json.loads(line)
            record["source_url"] = _new_url(record.get("source_url", ""), copy)
            f_out.write(json.dumps(record, ensure_ascii=False) + "\n")


def corpus_articles(scale: int = 1, whole: bool = False) -> list[Article]:
    """Every article of the scaled corpus after extraction (cached between runs). Above x10 use
    ``scaled_articles``: half a million articles do not fit in one pickle.

    ``whole``: every article Kabar indexes from the corpus folder, feed items and saved pages
    included (scale 1 only); by default the three full-text files."""
    from index.extract.pipeline import make_article
    from index.sources.drafts import Draft
    from index.sources.files import read_source
    from index.store.schema import SCHEMA_VERSION

    # what extraction writes changes with the schema: a pickle of another schema is stale
    name = "articles-whole" if whole else f"articles-x{scale}"
    cache = CACHE / f"{name}-schema{SCHEMA_VERSION}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    articles = [make_article(d) for path in _sources(scale, whole)
                for d in read_source(str(path)) if isinstance(d, Draft)]
    CACHE.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(articles))
    return articles


class ScaledArticles:
    """The articles of the scaled corpus for FTS5, `scale` times those of the corpus, without
    extracting every copy again (a copy differs from its original by its URL and id only, which
    FTS5 does not store) or holding them all at once."""

    def __init__(self, scale: int) -> None:
        self.scale = scale
        self.base = corpus_articles(1)

    def __len__(self) -> int:
        return len(self.base) * self.scale

    def __iter__(self):
        for _ in range(self.scale):
            yield from self.base


def scaled_articles(scale: int) -> list[Article] | ScaledArticles:
    """The extracted articles of the scaled corpus: every copy extracted up to x10, the corpus's
    own repeated beyond."""
    return corpus_articles(scale) if scale <= 10 else ScaledArticles(scale)


def folder_size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def build_key(whole: bool = False) -> str:
    """What a built index depends on: the schema, the code and data files under index/ and the
    user's $KABAR_DATA. An index built by another version of them is stale and built again."""
    from index.store.schema import SCHEMA_VERSION

    digest = hashlib.sha256(f"schema {SCHEMA_VERSION} whole {whole}".encode())
    folders = [ROOT / "index"]
    if os.environ.get("KABAR_DATA"):
        folders.append(Path(os.environ["KABAR_DATA"]))
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _key_file(built: Path) -> Path:
    return built.with_name(built.name + ".key")


def _is_current(built: Path, key: str) -> bool:
    stamp = _key_file(built)
    return built.exists() and stamp.exists() and stamp.read_text() == key


def kabar_build(scale: int, whole: bool = False) -> tuple[Path, float, WriteReport]:
    """Build the shared Kabar index of the scaled corpus afresh (`kabar index build`'s code
    path): its folder, seconds and the build's report. bench.index times this; bench.search and
    the others reuse it through ``build_kabar_index``."""
    from index.store.writer import build

    folder = CACHE / ("kabar-whole" if whole else f"kabar-x{scale}")
    key = build_key(whole)
    _key_file(folder).unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    report = build([str(p) for p in _sources(scale, whole)], folder)
    seconds = time.perf_counter() - started
    _key_file(folder).write_text(key)
    return folder, seconds, report


def build_kabar_index(scale: int, fresh: bool = False,
                      whole: bool = False) -> tuple[Path, float]:
    """The shared Kabar index of the scaled corpus, reused when it was built by this code
    (``build_key``), e.g. by `python -m bench.index`; otherwise built now. Its folder and the
    seconds the build took (NaN when reused).

    ``whole``: of the whole corpus folder, as `corpus_articles(whole=True)` reads it."""
    from index.errors import KabarIndexError
    from index.store.generations import usable_generation

    folder = CACHE / ("kabar-whole" if whole else f"kabar-x{scale}")
    if not fresh and (folder / "CURRENT").exists() and _is_current(folder, build_key(whole)):
        try:
            usable_generation(folder)  # this schema, these word lists
            return folder, float("nan")
        except KabarIndexError:
            pass
    folder, seconds, report = kabar_build(scale, whole)
    if report.failed:
        print(f"warning: {report.failed} records failed while building")
    return folder, seconds


def fts5_path(scale: int) -> Path:
    return CACHE / f"fts5-x{scale}.sqlite"


def _fts5_key(scale: int) -> str:
    import inspect

    return hashlib.sha256(f"{scale} {inspect.getsource(build_fts5)}".encode()).hexdigest()


def fts5_index(scale: int, fresh: bool = False) -> tuple[Path, float]:
    """The shared FTS5 database of the scaled corpus, reused when complete and built by this
    ``build_fts5``; its path and the seconds of its build (NaN when reused)."""
    path = fts5_path(scale)
    key = _fts5_key(scale)
    if not fresh and _is_current(path, key):
        return path, float("nan")
    _key_file(path).unlink(missing_ok=True)
    seconds = build_fts5(scaled_articles(scale), path)
    _key_file(path).write_text(key)
    return path, seconds


_FTS_PART = re.compile(r'"([^"]*)"?|([^\s"]+)')
_FTS_WORD = re.compile(r"\w+")


def build_fts5(articles: Iterable[Article], path: Path) -> float:
    """The same articles in SQLite FTS5 (title and body), with a facet side table; seconds."""
    path.unlink(missing_ok=True)
    started = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='unicode61')")
    db.execute("CREATE TABLE facets(doc INTEGER, facet TEXT, value TEXT)")
    with db:
        for number, article in enumerate(articles, start=1):
            db.execute("INSERT INTO docs(rowid, title, body) VALUES (?, ?, ?)",
                       (number, article.title, article.body))
            values = [("province", p) for p in article.provinces]
            values += [("regency", r) for r in article.regencies]
            values += [("official", o.name) for o in article.officials]
            values += [("source", article.source)]
            if article.published:
                values.append(("year", str(article.published.year)))
            db.executemany("INSERT INTO facets VALUES (?, ?, ?)",
                           [(number, f, v) for f, v in values])
    db.execute("CREATE INDEX facets_doc ON facets(doc)")
    db.commit()
    db.close()
    return time.perf_counter() - started


def fts5_query(words: str) -> str:
    """A user's words as an FTS5 query: every word and "phrase" must match (FTS5's implicit
    AND); a phrase stays a phrase."""
    parts = []
    for phrase, word in _FTS_PART.findall(words.lower()):
        tokens = _FTS_WORD.findall(phrase or word)
        if phrase and tokens:
            parts.append('"' + " ".join(tokens) + '"')
        else:
            parts += [f'"{w}"' for w in tokens]
    return " ".join(parts)


def fts5_results_page(db: sqlite3.Connection, words: str) -> dict:
    """What a results page needs from FTS5: total, top 10 with snippets, facet counts."""
    match = fts5_query(words)
    total = db.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (match,)).fetchone()[0]
    hits = db.execute(
        "SELECT rowid, title, snippet(docs, 1, '<mark>', '</mark>', '…', 30) FROM docs "
        "WHERE docs MATCH ? ORDER BY bm25(docs, 2.0, 1.0) LIMIT 10", (match,)).fetchall()
    facets = db.execute(
        "SELECT facet, value, count(*) FROM facets WHERE doc IN "
        "(SELECT rowid FROM docs WHERE docs MATCH ?) GROUP BY facet, value", (match,)).fetchall()
    return {"total": total, "hits": hits, "facets": facets}


def timed(function: Callable[[], object], repeat: int = 1) -> list[float]:
    """Milliseconds of each call."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return times


def median_p95(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# `kabar serve` with another budget for its postings cache (search/columns.py), for
# bench.serve_cache: the MB first, then kabar's arguments
_SERVE_WITH_BUDGET = """
import sys
from search import columns
columns.CACHE.limit = int(sys.argv.pop(1)) * 2**20
from kabar.cli import main
sys.argv[0] = "kabar"
main()
"""


@contextmanager
def running_server(folder: Path, cache_mb: int | None = None) -> Iterator[tuple[int, str]]:
    """A real `kabar serve` on the index at a free loopback port, once it answers: its process
    id and the base URL of its search API (append a quoted query). `cache_mb`: its postings
    cache's budget, when not the default."""
    import socket
    import subprocess
    import sys
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    kabar = str(Path(sys.executable).with_name("kabar"))
    command = ([kabar] if cache_mb is None else
               [sys.executable, "-c", _SERVE_WITH_BUDGET, str(cache_mb)])
    server = subprocess.Popen([*command, "serve", "--index", str(folder), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/api/search?q="
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "x", timeout=5).read()
                break
            except OSError:
                time.sleep(0.2)
        yield server.pid, base
    finally:
        server.terminate()
        server.wait(timeout=10)
