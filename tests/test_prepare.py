"""A build's worker processes: the same articles, in the same order, as one process makes; and no
worker outlives a killed build."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from index.prepare import INLINE, prepared
from index.readers import PendingRecord, read_source
from tests.conftest import KABAR, corpus_file


def _children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if f"\nPPid:\t{pid}\n" in text:
            found.append(int(status.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has ended; only its parent has not looked


def test_workers_prepare_what_one_process_prepares():
    source = str(corpus_file("detik-2025.csv"))
    deferred = list(read_source(source, defer=True))
    assert len(deferred) > INLINE and all(isinstance(r, PendingRecord) for r in deferred)
    alone = list(prepared(read_source(source), workers=1))
    together = list(prepared(deferred, workers=2))
    assert [p.document for p in together] == [p.document for p in alone]
    assert [p.analyzed for p in together] == [p.analyzed for p in alone]


def test_a_failure_keeps_its_place_among_the_workers_results(tmp_path):
    rows = ["judul,isi"] + [f"Berita {n},Isi berita nomor {n} tentang banjir." for n in range(300)]
    rows[151] = ","  # no title and no text
    export = tmp_path / "ekspor.csv"
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    results = list(prepared(read_source(str(export), defer=True), workers=2))
    assert len(results) == 300
    assert results[150].reason == "no title and no text"
    assert results[151].document["title"] == "Berita 151"


def test_killed_build_leaves_no_workers_and_the_index_it_had(tmp_path, demo_index):
    index = tmp_path / "index"
    subprocess.run(["cp", "-a", str(demo_index), str(index)], check=True)
    env = dict(os.environ, KABAR_INDEX=str(index))

    def stats() -> str:
        done = subprocess.run([KABAR, "index", "stats"], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()[0]

    before = stats()
    build = subprocess.Popen([KABAR, "index", "build", str(corpus_file("detik-2025.csv"))],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not (workers := _children(build.pid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert workers, "the build started no workers"
    build.send_signal(signal.SIGKILL)
    build.wait()
    deadline = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_alive, workers))
    assert stats() == before == "articles: 37"
