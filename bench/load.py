"""Search latency under load: concurrent clients against a real server while the index is written.

    python -m bench.load [--threads 8] [--seconds 20] [--workers 2] [--no-writes]

The servers: `kabar serve` (one process, a thread per request) and gunicorn with several worker
processes sharing one index (`webui.wsgi:app`). Each gets `--threads` clients sending
/api/search requests for `--seconds`, while `kabar index add` writes a few hundred corpus
articles again and again under new URLs. Beside them, the same queries answered by SQLite FTS5
from the same number of threads in this process (no HTTP), for a ratio on any machine.

The load test (tests/test_load.py) uses the same pieces.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from bench.common import CACHE, CORPUS, ROOT, build_fts5, corpus_articles, fts5_results_page

KABAR = str(Path(sys.executable).with_name("kabar"))
CONTRACT_KEYS = {"query", "total", "page", "limit", "hits", "facets", "suggestion", "relaxed"}
LOAD_QUERIES = [
    "banjir", "asn kompetensi", "wagub kalteng", "pemerintah daerah", "bupati", "dana desa",
    "stunting", "jalan", "kesehatan", "pendidikan", '"wakil gubernur"', "banjir -jakarta",
    "banjir OR longsor", "judul:banjir", "wilayah:kalteng", "tanggal:2025", "presiden",
    "harga beras", "korupsi", "", "pilkada", "sekolah",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def search_paths(queries: list[str] = LOAD_QUERIES) -> list[str]:
    """/api/search requests: each query on its own, on page 2, sorted by date, with a filter."""
    paths = []
    for query in queries:
        paths.append("/api/search?" + urlencode({"q": query}))
        paths.append("/api/search?" + urlencode({"q": query, "page": 2, "sort": "newest"}))
        paths.append("/api/search?" + urlencode({"q": query, "region": "Kalimantan Tengah"}))
    return paths


class ServerProcess:
    """A web server started as a subprocess on a loopback port, its log kept in a file (a pipe
    nobody reads would stop the server once it filled). Stopped by its process id."""

    def __init__(self, command: list[str], port: int, env: dict[str, str] | None = None,
                 log: Path | None = None, ready_path: str = "/api/search?q=x",
                 wait: float = 60) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self._own_log = log is None  # a log of our own making is removed when stopped
        if log is None:
            handle, name = tempfile.mkstemp(prefix="kabar-server-", suffix=".log")
            os.close(handle)
            log = Path(name)
        self.log = log
        with open(self.log, "w") as out:
            self.process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT,
                                            env={**os.environ, **(env or {})}, cwd=ROOT)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited: {self.log_text()}")
            try:
                urllib.request.urlopen(self.url + ready_path, timeout=5).read()
                return
            except OSError:
                time.sleep(0.2)
        log_text = self.log_text()
        self.stop()
        raise RuntimeError(f"{' '.join(command)} did not answer within {wait:.0f} s: {log_text}")

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._own_log:
            self.log.unlink(missing_ok=True)

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def kabar_serve(index: Path, port: int | None = None) -> ServerProcess:
    port = port or free_port()
    return ServerProcess([KABAR, "serve", "--index", str(index), "--port", str(port)], port)


def gunicorn(index: Path, workers: int = 2, threads: int = 4,
             port: int | None = None) -> ServerProcess:
    """gunicorn with several worker processes, each opening the index itself (no --preload)."""
    port = port or free_port()
    command = [sys.executable, "-m", "gunicorn", "--workers", str(workers), "--threads",
               str(threads), "--bind", f"127.0.0.1:{port}", "--timeout", "30",
               "webui.wsgi:app"]
    return ServerProcess(command, port, env={"KABAR_INDEX": str(index)})


@dataclass
class LoadResult:
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)  # seconds, of the requests that worked
    errors: list[str] = field(default_factory=list)

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]

    def line(self, label: str) -> str:
        count = len(self.latencies) + len(self.errors)
        return (f"{label:<34} {count:>7} {count / self.seconds:>8.1f} "
                f"{self.percentile(0.5) * 1000:>8.1f} {self.percentile(0.95) * 1000:>8.1f} "
                f"{self.percentile(0.99) * 1000:>8.1f} {len(self.errors):>7}")


TABLE_HEAD = (f"{'':<34} {'requests':>7} {'per s':>8} {'p50 ms':>8} {'p95 ms':>8} "
              f"{'p99 ms':>8} {'errors':>7}")


def check_search_json(body: bytes) -> str | None:
    """What is wrong with an /api/search answer, or None."""
    try:
        response = json.loads(body)
    except ValueError as error:
        return f"not JSON: {error}"
    missing = CONTRACT_KEYS - set(response)
    return f"missing keys {sorted(missing)}" if missing else None


def run_threads(work: Callable[[random.Random], str | None], threads: int,
                seconds: float) -> LoadResult:
    """`threads` threads calling `work` (which returns a problem or None) for `seconds`."""
    result = LoadResult()
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def loop(number: int) -> None:
        rng = random.Random(number)
        while time.monotonic() < stop:
            began = time.perf_counter()
            try:
                problem = work(rng)
            except Exception as error:  # any failure of a request is counted, never raised
                problem = repr(error)
            took = time.perf_counter() - began
            with lock:
                if problem:
                    result.errors.append(problem)
                else:
                    result.latencies.append(took)

    began = time.monotonic()
    workers = [threading.Thread(target=loop, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    result.seconds = time.monotonic() - began
    return result


def http_load(base_url: str, paths: list[str], threads: int = 8,
              seconds: float = 20.0) -> LoadResult:
    """Clients requesting random paths; anything but a 200 with the search JSON is an error."""

    def request(rng: random.Random) -> str | None:
        path = rng.choice(paths)
        try:
            with urllib.request.urlopen(base_url + path, timeout=30) as response:
                body = response.read()
        except urllib.error.HTTPError as error:
            return f"{path}: HTTP {error.code}"
        problem = check_search_json(body)
        return f"{path}: {problem}" if problem else None

    return run_threads(request, threads, seconds)


def corpus_rows(count: int = 300) -> tuple[list[str], list[dict[str, str]]]:
    """The first `count` articles of the detik export (header and rows), to write again."""
    path = CORPUS / "detik-2025.csv"
    if not path.exists():
        raise FileNotFoundError(f"the shared corpus is missing: {path} (clone beside ../shared)")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = [row for _, row in zip(range(count), reader, strict=False)]
        return list(reader.fieldnames or []), rows


def write_round(folder: Path, header: list[str], rows: list[dict[str, str]], round_: int) -> Path:
    """The rows under new URLs (so that each round adds them again as new articles)."""
    path = folder / f"putaran-{round_}.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=header)
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "tautan": f"{row['tautan']}?putaran={round_}"})
    return path


class RepeatedAdds:
    """`kabar index add` of a few hundred corpus articles under new URLs, again and again in a
    background thread, until stopped; every run's exit status and output are kept."""

    def __init__(self, index: Path, folder: Path, count: int = 300) -> None:
        self.index = index
        self.folder = folder
        self.header, self.rows = corpus_rows(count)
        self.runs: list[subprocess.CompletedProcess] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop)

    def _loop(self) -> None:
        round_ = 0
        while not self._stop.is_set():
            round_ += 1
            path = write_round(self.folder, self.header, self.rows, round_)
            self.runs.append(subprocess.run(
                [KABAR, "index", "add", str(path), "--index", str(self.index)],
                capture_output=True, text=True, timeout=600))

    def __enter__(self) -> RepeatedAdds:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def failures(self) -> list[str]:
        return [f"exit {run.returncode}: {run.stdout}{run.stderr}" for run in self.runs
                if run.returncode != 0]


def fts5_load(threads: int, seconds: float) -> LoadResult:
    """The same queries answered by SQLite FTS5, a connection per thread, no HTTP."""
    path = CACHE / "fts5-x1.sqlite"
    if not path.exists():
        build_fts5(corpus_articles(1), path)
    connections = threading.local()

    def query(rng: random.Random) -> str | None:
        if not hasattr(connections, "db"):
            connections.db = sqlite3.connect(path, check_same_thread=False)
        words = rng.choice([q for q in LOAD_QUERIES if q.strip()])
        fts5_results_page(connections.db, words.replace("judul:", "").replace("wilayah:", ""))
        return None

    return run_threads(query, threads, seconds)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__,
                                      formatter_class=argparse.RawDescriptionHelpFormatter)
    options.add_argument("--threads", type=int, default=8)
    options.add_argument("--seconds", type=float, default=20.0)
    options.add_argument("--workers", type=int, default=2)
    options.add_argument("--no-writes", action="store_true", help="no `kabar index add` meanwhile")
    args = options.parse_args()

    from bench.common import build_kabar_index

    corpus_index, _ = build_kabar_index(1)
    work = Path(tempfile.mkdtemp(prefix="kabar-load-"))
    index = work / "index"
    subprocess.run(["cp", "-a", str(corpus_index), str(index)], check=True)
    paths = search_paths()
    print(f"{args.threads} client threads, {args.seconds:.0f} s each, index of the corpus (x1)"
          f"{'' if args.no_writes else ', kabar index add running meanwhile'}\n")
    print(TABLE_HEAD)
    for label, start in (("kabar serve", lambda: kabar_serve(index)),
                         (f"gunicorn, {args.workers} workers x 4 threads",
                          lambda: gunicorn(index, workers=args.workers))):
        with start() as server:
            if args.no_writes:
                result = http_load(server.url, paths, args.threads, args.seconds)
            else:
                with RepeatedAdds(index, work) as adds:
                    result = http_load(server.url, paths, args.threads, args.seconds)
                for failure in adds.failures():
                    print(f"  add failed: {failure}")
            print(result.line(label))
    print(fts5_load(args.threads, args.seconds).line("SQLite FTS5 (in process, no HTTP)"))
    print(f"\nthe copy of the index is in {index}")


if __name__ == "__main__":
    main()
