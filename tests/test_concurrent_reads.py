"""Many threads reading one index at once get exactly the answers one thread gets.

The server answers each request in its own thread, all of them reading the same open index files.
Whoosh's plain file reads share one file position between threads (a seek in one request moves
the other's read: zlib and unpickling errors, or silently wrong stored fields), which is why the
engine opens the index with index/store/pread_storage.py. Each engine here starts cold, so the
threads also read the postings concurrently, not only the stored fields.
"""

from __future__ import annotations

import json
import random
import sys
import threading
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import Server, corpus_file, run_kabar
from search import open_index

THREADS = 8
QUERIES = ["pemerintah", "presiden jokowi", "jakarta", "banjir", "korupsi", "harga",
           "menteri keuangan", "polisi", "sekolah", "indonesia -jakarta", '"dana desa"']


@pytest.fixture(scope="module")
def news_index(tmp_path_factory) -> Path:
    """An index of a thousand real news articles: posting lists of many blocks."""
    index = tmp_path_factory.mktemp("concurrent") / "index"
    run_kabar("index", "build", str(corpus_file("detik-2025.csv")), index=index, check=True)
    return index


@pytest.fixture
def tiny_switch_interval() -> Iterator[None]:
    """Threads switch as often as the interpreter allows, so that a race shows up at once."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def search_answer(engine, query: str) -> dict:
    answer = engine.search(query, limit=10)
    answer.pop("took_ms")
    return answer


def requests_and_answers(news_index: Path) -> list[tuple[str, str, object]]:
    """(kind, argument, expected answer): searches, their hits' articles and related articles,
    answered by one thread."""
    engine = open_index(news_index)
    work = []
    for query in QUERIES:
        answer = search_answer(engine, query)
        assert answer["total"], f"{query!r} finds nothing: the test would prove little"
        work.append(("search", query, answer))
        for hit in answer["hits"][:4]:
            work.append(("article", hit["id"], engine.get(hit["id"])))
            work.append(("related", hit["id"], engine.related(hit["id"])))
    engine.close()
    return work


def hammer(work: list[tuple[str, str, object]], answer: Callable[[str, str], object]) -> list[str]:
    """Every request from THREADS threads at once, each in its own order; what went wrong."""
    problems: list[str] = []
    start = threading.Barrier(THREADS)

    def client(seed: int) -> None:
        mine = list(work)
        random.Random(seed).shuffle(mine)
        start.wait()
        for kind, argument, expected in mine:
            try:
                got = answer(kind, argument)
            except Exception as error:
                problems.append(f"{kind} {argument!r}: {type(error).__name__}: {error}")
                continue
            if got != expected:
                problems.append(f"{kind} {argument!r}: a different answer than one thread's")

    threads = [threading.Thread(target=client, args=(seed,)) for seed in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return problems


@pytest.mark.slow
def test_engine_answers_many_threads_as_it_answers_one(news_index, tiny_switch_interval):
    work = requests_and_answers(news_index)
    engine = open_index(news_index)  # cold: postings are read by the threads too

    def answer(kind: str, argument: str) -> object:
        if kind == "search":
            return search_answer(engine, argument)
        if kind == "article":
            return engine.get(argument)
        return engine.related(argument)

    problems = hammer(work, answer)
    engine.close()
    assert not problems, f"{len(problems)} wrong answers, e.g. {problems[:5]}"


@pytest.mark.slow
def test_server_answers_concurrent_requests_as_one_engine_does(news_index):
    work = [(kind, argument, json.loads(json.dumps(expected)))
            for kind, argument, expected in requests_and_answers(news_index)
            if kind != "related"]
    server = Server(news_index)

    def answer(kind: str, argument: str) -> object:
        if kind == "search":
            path = "/api/search?" + urllib.parse.urlencode({"q": argument, "limit": 10})
        else:
            path = "/api/article?" + urllib.parse.urlencode({"id": argument})
        with urllib.request.urlopen(server.url + path, timeout=60) as response:
            got = json.loads(response.read())
        got.pop("took_ms", None)
        return got

    try:
        problems = hammer(work, answer)
    finally:
        server.stop()
    assert not problems, f"{len(problems)} wrong answers, e.g. {problems[:5]}"
