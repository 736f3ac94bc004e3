"""Results-page latency: Kabar's engine beside SQLite FTS5, same corpus, same process.

    python -m bench.search [--scale 1|10|100] [--repeat 3] [--fresh]

Reuses the indexes `python -m bench.index` built at the same scale when the code and data under
index/ have not changed since (bench/common.py's ``build_key``); --fresh builds them again.

A results page is 10 hits with snippets, every facet count and the total. Then what a new
process pays (bench/cold.py): opening the index, its first results page, one `kabar search
--json` end to end, its RSS; and the index sizes.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import time

from bench import cold
from bench.common import (
    build_kabar_index,
    folder_size_mb,
    fts5_index,
    fts5_results_page,
    median_p95,
    peak_rss_mb,
    running_server,
    scaled_articles,
    timed,
)

# Varied selectivity: very common words, mid-frequency topics, rare words, several-word ANDs,
# phrases (one, two, five and twenty in a query).
QUERIES = [
    "pemerintah", "presiden", "indonesia", "jakarta", "daerah", "pemerintah daerah",
    "menteri keuangan", "banjir", "inflasi", "stunting", "korupsi", "pilkada", "kpk",
    "gubernur jawa barat", "bupati", "dana desa", "harga beras", "rupiah melemah",
    "timnas indonesia", "jokowi", "prabowo subianto", "kebakaran hutan", "gempa bumi",
    "sekolah", "pendidikan tinggi", "kesehatan masyarakat", "jalan tol", "asn kompetensi",
    "kemendagri tito karnavian", "polisi tangkap pelaku", "ekspor", "bandara", "pariwisata bali",
    "listrik pln", "vaksin",
    '"pemerintah daerah"', '"menteri keuangan" "bank indonesia"',
    '"dana desa" "kepala desa" "pemerintah daerah" "jawa barat" "anggaran pendapatan"',
    " ".join(f'"{p}"' for p in (
        "pemerintah daerah", "dana desa", "menteri keuangan", "harga beras", "bank indonesia",
        "presiden joko widodo", "kebakaran hutan", "gempa bumi", "jalan tol",
        "pendidikan tinggi", "kesehatan masyarakat", "rumah sakit", "timnas indonesia",
        "rupiah melemah", "gubernur jawa barat", "kepala daerah", "komisi pemberantasan korupsi",
        "badan pusat statistik", "dewan perwakilan rakyat", "tenaga kerja")),
]


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--scale", type=int, default=1)
    options.add_argument("--repeat", type=int, default=3)
    options.add_argument("--fresh", action="store_true", help="rebuild the indexes")
    options.add_argument("--without-column-files", action="store_true",
                         help="also open a copy of the index without its column files (as an "
                              "index written before them is opened)")
    args = options.parse_args()

    from search import open_index

    articles = scaled_articles(args.scale)
    folder, build_seconds = build_kabar_index(args.scale, fresh=args.fresh)
    if build_seconds == build_seconds:  # not NaN: built in this run
        print(f"Kabar build {build_seconds:.1f} s ({len(articles) / build_seconds:.0f} records/s; "
              f"articles/s below) at load {os.getloadavg()[0]:.1f}", flush=True)
    # a new process's figures first: at x100 FTS5's build takes minutes more
    print(cold.HEADER)
    print(cold.row("Kabar", cold.measure_kabar(folder)), flush=True)
    if args.without_column_files:
        old = cold.measure_kabar(cold.without_column_files(folder), repeat=1)
        print(cold.row("Kabar without column files", old), flush=True)
    fts_path, fts_seconds = fts5_index(args.scale, fresh=args.fresh)
    print(cold.row("SQLite FTS5", cold.measure_fts5(fts_path)))
    if fts_seconds == fts_seconds:
        print(f"FTS5 build {fts_seconds:.1f} s ({len(articles) / fts_seconds:.0f} articles/s)")
    from index.store.generations import current_generation  # the one searched, not the last

    print(f"index size: Kabar {folder_size_mb(current_generation(folder)):.0f} MB, "
          f"SQLite FTS5 {folder_size_mb(fts_path):.0f} MB\n", flush=True)

    db = sqlite3.connect(fts_path)
    began = time.perf_counter()
    engine = open_index(folder)
    opened = time.perf_counter() - began
    engine.search("warm up")
    first = time.perf_counter() - began - opened
    fts5_results_page(db, "warm up")

    kabar_ms, fts_ms = [], []
    rows = []
    for query in QUERIES:
        k = timed(lambda q=query: engine.search(q, limit=10), args.repeat)
        f = timed(lambda q=query: fts5_results_page(db, q), args.repeat)
        kabar_ms += k
        fts_ms += f
        total = engine.search(query, limit=1)["total"]
        rows.append((query, total, min(k), min(f)))
    indexed = engine.stats()["articles"]
    print(counts_line(args.scale, indexed, len(articles)))
    if build_seconds == build_seconds:
        print(f"Kabar build: {indexed / build_seconds:.0f} articles/s")
    print(f"{len(QUERIES)} queries x {args.repeat} runs")
    print(f"\n{'query':32} {'total':>7} {'kabar ms':>9} {'fts5 ms':>8}")
    for query, total, k, f in rows:
        print(f"{query[:32]:32} {total:7d} {k:9.1f} {f:8.1f}")
    k_med, k_p95 = median_p95(kabar_ms)
    f_med, f_p95 = median_p95(fts_ms)
    print(f"\n{'':20} {'median ms':>10} {'p95 ms':>8}")
    print(f"{'Kabar':20} {k_med:10.1f} {k_p95:8.1f}")
    print(f"{'SQLite FTS5':20} {f_med:10.1f} {f_p95:8.1f}")
    print(f"{'ratio Kabar/FTS5':20} {k_med / f_med:10.1f} {k_p95 / f_p95:8.1f}")
    print(f"peak RSS of this process: {peak_rss_mb():.0f} MB; engine open {opened:.2f} s, "
          f"first query {first:.2f} s (this process, imports done)")
    served = serve_and_measure(folder)
    print(f"kabar serve: {served['median']:.1f} ms median, {served['p95']:.1f} ms p95 over HTTP "
          f"for the same queries; peak RSS {served['rss_mb']:.0f} MB")


def counts_line(scale: int, indexed: int, records: int) -> str:
    """What each engine holds: Kabar keeps one article per URL (the later of two records with
    the same one, as `kabar index build` does), FTS5 a row per record it was given."""
    repeated = records - indexed
    kept_once = (f" ({records:,} records, {repeated:,} of them repeating another's URL, kept "
                 f"once)" if repeated else "")
    return (f"corpus x{scale}: Kabar {indexed:,} articles indexed{kept_once}; "
            f"SQLite FTS5 {records:,} rows")


def serve_and_measure(folder) -> dict:
    """Start a real `kabar serve` on the index, send every query over HTTP, read its peak RSS."""
    import urllib.parse
    import urllib.request
    from pathlib import Path

    with running_server(folder) as (pid, base):
        times = []
        for query in QUERIES * 2:
            times += timed(lambda q=query: urllib.request.urlopen(
                base + urllib.parse.quote(q), timeout=60).read())
        status = Path(f"/proc/{pid}/status").read_text()
        peak_kb = int(next(line.split()[1] for line in status.splitlines()
                           if line.startswith("VmHWM")))
    median, p95 = median_p95(times)
    return {"median": median, "p95": p95, "rss_mb": peak_kb / 1024}


if __name__ == "__main__":
    main()
