"""What the benchmarks share: the real corpus, scaled copies, Kabar and SQLite FTS5 indexes."""

from __future__ import annotations

import csv
import json
import os
import pickle
import re
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from index.article import Article

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
    """Every article of the scaled corpus after extraction (cached between runs).

    ``whole``: every article Kabar indexes from the corpus folder, feed items and saved pages
    included (scale 1 only); by default the three full-text files."""
    from index.extract.pipeline import make_article
    from index.sources.drafts import Draft
    from index.sources.files import read_source

    cache = CACHE / ("articles-whole.pickle" if whole else f"articles-x{scale}.pickle")
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    articles = [make_article(d) for path in _sources(scale, whole)
                for d in read_source(str(path)) if isinstance(d, Draft)]
    CACHE.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(articles))
    return articles


def build_kabar_index(scale: int, fresh: bool = False,
                      whole: bool = False) -> tuple[Path, float]:
    """A Kabar index of the scaled corpus built with `kabar index build`'s code path; seconds.

    ``whole``: of the whole corpus folder, as `corpus_articles(whole=True)` reads it."""
    from index.errors import KabarIndexError
    from index.store.generations import usable_generation
    from index.store.writer import build

    folder = CACHE / ("kabar-whole" if whole else f"kabar-x{scale}")
    if (folder / "CURRENT").exists() and not fresh:
        try:
            usable_generation(folder)  # this schema, these word lists
            return folder, float("nan")
        except KabarIndexError:
            pass
    started = time.perf_counter()
    report = build([str(p) for p in _sources(scale, whole)], folder)
    seconds = time.perf_counter() - started
    if report.failed:
        print(f"warning: {report.failed} records failed while building")
    return folder, seconds


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
