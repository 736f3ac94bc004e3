"""Load: real servers answering 8 concurrent clients while `kabar index add` writes to the index
they read. Zero errors is the assertion; the latency percentiles are printed, not asserted.

The pieces (servers on loopback ports, the client threads, the repeated adds of a few hundred
corpus articles under new URLs) are bench/load.py's, which also runs this as a benchmark.
"""

from __future__ import annotations

import json
import time
import urllib.request
from pathlib import Path

import pytest

from bench.load import (
    TABLE_HEAD,
    RepeatedAdds,
    ServerProcess,
    free_port,
    gunicorn,
    http_load,
    kabar_serve,
    search_paths,
)
from conftest import DEMO, corpus_file, run_kabar
from search.engine import REFRESH_EVERY

CLIENTS = 8
SECONDS = 20.0
DEMO_ARTICLES = 37  # the founding article and the demo folder


@pytest.fixture
def load_index(tmp_path) -> Path:
    corpus_file("detik-2025.csv")  # the adds read it: fail clearly when the corpus is missing
    index = tmp_path / "index"
    run_kabar("index", "build", str(corpus_file("seed/wartasenja-asn-kalteng.txt")), str(DEMO),
              index=index, check=True)
    return index


def total_of(url: str, query: str = "") -> int:
    with urllib.request.urlopen(f"{url}/api/search?q={query}", timeout=30) as response:
        return json.loads(response.read())["total"]


def show(capsys, label: str, result, adds: RepeatedAdds) -> None:
    with capsys.disabled():
        print(f"\n{TABLE_HEAD}\n{result.line(label)}\n"
              f"  meanwhile: {len(adds.runs)} runs of kabar index add, 300 articles each")


def child_processes(pid: int) -> list[int]:
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return children


@pytest.mark.slow
def test_kabar_serve_under_load_while_adding(load_index, tmp_path, capsys):
    with kabar_serve(load_index) as server:
        with RepeatedAdds(load_index, tmp_path) as adds:
            result = http_load(server.url, search_paths(), threads=CLIENTS, seconds=SECONDS)
        show(capsys, f"kabar serve, {CLIENTS} clients, {SECONDS:.0f} s", result, adds)
        assert not result.errors, result.errors[:10]
        assert len(result.latencies) >= 100, "the server hardly answered"
        assert adds.runs and not adds.failures(), adds.failures()
        assert total_of(server.url) > DEMO_ARTICLES + 200  # what the adds wrote is served


@pytest.mark.slow
def test_gunicorn_workers_share_one_index_and_survive_an_add(load_index, tmp_path, capsys):
    with gunicorn(load_index, workers=2) as server:
        assert len(child_processes(server.process.pid)) >= 2, "gunicorn runs 2 worker processes"
        before = total_of(server.url)
        with RepeatedAdds(load_index, tmp_path) as adds:
            result = http_load(server.url, search_paths(), threads=CLIENTS, seconds=10)
        show(capsys, f"gunicorn 2 workers, {CLIENTS} clients, 10 s", result, adds)
        assert not result.errors, result.errors[:10]
        assert adds.runs and not adds.failures(), adds.failures()
        # every worker (requests land on either) sees what was committed, once each has had
        # its quarter second to look (the last add may have committed just now)
        time.sleep(REFRESH_EVERY + 0.1)
        totals = {total_of(server.url) for _ in range(40)}
        assert len(totals) == 1 and totals.pop() > before, totals
        assert server.process.poll() is None


@pytest.mark.slow
def test_waitress_serves_the_wsgi_app(load_index):
    port = free_port()
    command = [str(Path(__import__("sys").executable).with_name("waitress-serve")), "--threads",
               "8", "--listen", f"127.0.0.1:{port}", "webui.wsgi:app"]
    with ServerProcess(command, port, env={"KABAR_INDEX": str(load_index)}) as server:
        result = http_load(server.url, search_paths(), threads=CLIENTS, seconds=3)
        assert not result.errors and result.latencies, result.errors[:10]
        assert total_of(server.url) == DEMO_ARTICLES
