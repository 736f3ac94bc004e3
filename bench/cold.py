"""A new process's first answer: what `kabar search` from the command line costs, beside FTS5.

Each figure comes from a fresh Python process (the operating system's file cache is warm, as it
is for a user who searches twice): the time to open the index, the time of the first results page
after that, the process's peak RSS, and the wall-clock time of one whole `kabar search --json`
(interpreter start, imports, open, search, printing). FTS5's side does the same in its own fresh
process: connect, one results page (bench/common.py's ``fts5_results_page``), print it as JSON.
"""

from __future__ import annotations

import inspect
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import _FTS_PART, _FTS_WORD, fts5_query, fts5_results_page
from index.store.segment_columns import SUFFIX

KABAR = str(Path(sys.executable).with_name("kabar"))
QUERY = "banjir jakarta"

# the process's own peak (getrusage's would be the larger of it and its parent's: Linux keeps
# ru_maxrss across exec)
_PEAK = """
def peak_mb():
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmHWM"))
    return int(line.split()[1]) / 1024
"""

_KABAR_PROBE = """
import json, sys, time
started = time.perf_counter()
""" + _PEAK + """
from search import open_index
imported = time.perf_counter()
engine = open_index(sys.argv[1])
opened = time.perf_counter()
engine.search(sys.argv[2], limit=10)
answered = time.perf_counter()
print(json.dumps({"import_s": imported - started, "open_s": opened - imported,
                  "first_query_s": answered - opened,
                  "rss_mb": peak_mb()}))
"""

_FTS_PATTERNS = (f"_FTS_PART = re.compile({_FTS_PART.pattern!r})\n"
                 f"_FTS_WORD = re.compile({_FTS_WORD.pattern!r})\n")
# bench/common.py's functions, copied into the probe: importing bench.common would load Kabar
_FTS5_PROBE = """
import json, re, sqlite3, sys, time
started = time.perf_counter()
""" + _PEAK + """
""" + _FTS_PATTERNS + inspect.getsource(fts5_query) + inspect.getsource(fts5_results_page) + """
imported = time.perf_counter()
db = sqlite3.connect(sys.argv[1])
db.execute("SELECT count(*) FROM sqlite_master").fetchone()
opened = time.perf_counter()
page = fts5_results_page(db, sys.argv[2])
answered = time.perf_counter()
if len(sys.argv) > 3:
    print(json.dumps(page, ensure_ascii=False, default=str))
else:
    print(json.dumps({"import_s": imported - started, "open_s": opened - imported,
                      "first_query_s": answered - opened,
                      "rss_mb": peak_mb()}))
"""


def _probe(code: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          check=True, cwd=Path.cwd())
    return json.loads(done.stdout)


def _wall(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True,
                   cwd=Path.cwd())
    return time.perf_counter() - started


def _median(runs: list[dict]) -> dict:
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def measure_kabar(kabar_index: Path, repeat: int = 3, query: str = QUERY) -> dict:
    """Medians over `repeat` fresh processes on a Kabar index."""
    kabar = _median([_probe(_KABAR_PROBE, str(kabar_index), query) for _ in range(repeat)])
    kabar["cli_s"] = statistics.median(
        _wall([KABAR, "search", query, "--json", "--index", str(kabar_index)])
        for _ in range(repeat))
    return kabar


def measure_fts5(fts_path: Path, repeat: int = 3, query: str = QUERY) -> dict:
    """Medians over `repeat` fresh processes on an FTS5 database."""
    fts5 = _median([_probe(_FTS5_PROBE, str(fts_path), query) for _ in range(repeat)])
    fts5["cli_s"] = statistics.median(
        _wall([sys.executable, "-c", _FTS5_PROBE, str(fts_path), query, "print"])
        for _ in range(repeat))
    return fts5


def measure(kabar_index: Path, fts_path: Path, repeat: int = 3, query: str = QUERY) -> dict:
    """Medians over `repeat` fresh processes each: {"kabar": {...}, "fts5": {...}}."""
    return {"kabar": measure_kabar(kabar_index, repeat, query),
            "fts5": measure_fts5(fts_path, repeat, query)}


def without_column_files(kabar_index: Path) -> Path:
    """A copy of an index (hard links: no room taken) without its segments' column files, as
    an index written before them is: opening it reads every document from Whoosh."""
    copy = kabar_index.with_name(kabar_index.name + "-without-column-files")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(kabar_index, copy, symlinks=True, copy_function=os.link)
    for path in copy.rglob("*" + SUFFIX):
        path.unlink()
    return copy


HEADER = (f"a new process, {QUERY!r}: {'open s':>8} {'1st query s':>12} {'search CLI s':>13} "
          f"{'RSS MB':>7}")


def row(label: str, figures: dict) -> str:
    return (f"{label:32} {figures['open_s']:8.2f} {figures['first_query_s']:12.2f} "
            f"{figures['cli_s']:13.2f} {figures['rss_mb']:7.0f}")


def report(figures: dict) -> str:
    """The figures as a small table, seconds and MB."""
    return "\n".join([HEADER, row("Kabar", figures["kabar"]),
                      row("SQLite FTS5", figures["fts5"])])
