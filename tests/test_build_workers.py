"""A build's worker processes: they write the index one process writes, the same way every time;
the later version of a repeated article wins whichever worker wrote it; a failure keeps its place;
and no worker outlives a killed build."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import time
from pathlib import Path

from index.sources.export_parts import PART_RECORDS
from index.store import writer
from index.store.build_workers import INLINE_BYTES, default_workers
from index.store.generations import open_generation
from search import open_index
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


def _contents(index: Path) -> tuple[list[dict], list[tuple]]:
    """Every live document's stored fields in document order, and every term with its
    document frequency."""
    with open_generation(index).searcher() as searcher:
        reader = searcher.reader()
        documents = [reader.stored_fields(n) for n in reader.all_doc_ids()]
        terms = [(field, text, reader.doc_frequency(field, text))
                 for field, text in reader.all_terms()]
    return documents, terms


def _export(path: Path, rows: list[dict]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        table = csv.DictWriter(handle, fieldnames=["judul", "tautan", "isi"])
        table.writeheader()
        table.writerows(rows)
    return path


def _row(n: int, text: str = "") -> dict:
    return {"judul": f"Warga Desa Nomor {n} Bergotong Royong",
            "tautan": f"https://contoh-pemda.go.id/berita/{n}",
            "isi": text or f"KASONGAN – Warga desa nomor {n} membersihkan parit bersama."}


def test_two_workers_write_what_one_process_writes_and_the_same_every_time(tmp_path):
    source = str(corpus_file("detik-2025.csv"))
    alone = writer.build([source], tmp_path / "alone", workers=1)
    together = writer.build([source], tmp_path / "together", workers=2)
    again = writer.build([source], tmp_path / "again", workers=2)
    assert Path(source).stat().st_size > INLINE_BYTES and alone.added > 2 * PART_RECORDS
    assert alone.summary() == together.summary() == again.summary()

    documents, terms = _contents(tmp_path / "alone")
    shared_documents, shared_terms = _contents(tmp_path / "together")
    assert len(shared_documents) == len(documents) == alone.added
    by_id = {document["id"]: document for document in documents}
    assert {document["id"]: document for document in shared_documents} == by_id
    assert shared_terms == terms
    # dealt out in turn, not to whichever worker is free: the same document numbers every time
    assert _contents(tmp_path / "again") == (shared_documents, shared_terms)
    assert len(open_generation(tmp_path / "together").reader().leaf_readers()) == 2

    for query in ("banjir", "presiden jokowi", "gubernur"):
        hits = [hit["id"] for hit in open_index(tmp_path / "alone").search(query)["hits"]]
        shared = [hit["id"] for hit in open_index(tmp_path / "together").search(query)["hits"]]
        assert hits and sorted(shared) == sorted(hits), query


def test_the_later_version_wins_whichever_worker_wrote_it(tmp_path):
    # parts of PART_RECORDS rows are dealt in turn: row 5 to the first worker, its later
    # version to the second, and a copy of row 7 to the first again
    rows = [_row(n) for n in range(3 * PART_RECORDS)]
    rows[PART_RECORDS + 3] = _row(5, "KASONGAN – Versi kedua yang dikoreksi: parit diperlebar.")
    rows[2 * PART_RECORDS + 1] = _row(7)  # the same again
    export = _export(tmp_path / "ekspor.csv", rows)
    assert export.stat().st_size > INLINE_BYTES
    report = writer.build([str(export)], tmp_path / "index", workers=2)
    assert (report.added, report.updated, report.unchanged, report.repeated) == (
        3 * PART_RECORDS - 2, 0, 0, 2)

    engine = open_index(tmp_path / "index")
    assert engine.stats()["articles"] == 3 * PART_RECORDS - 2
    assert "dikoreksi" in engine.get(_row(5)["tautan"])["body"]
    assert [hit["id"] for hit in engine.search("dikoreksi")["hits"]] == [_row(5)["tautan"]]
    assert engine.search('"warga desa nomor 5 membersihkan"')["total"] == 0
    assert engine.search('"warga desa nomor 7 membersihkan"')["total"] == 1
    assert len(open_generation(tmp_path / "index").reader().leaf_readers()) == 2


def test_a_failure_keeps_its_place_among_the_workers_results(tmp_path):
    rows = ["judul,isi"] + [f"Berita {n},Isi berita nomor {n} tentang banjir di desa yang "
                            f"terendam sejak pagi." for n in range(3 * PART_RECORDS)]
    failing = PART_RECORDS + 44  # in the second part: the second worker's
    rows[failing] = ","  # no title and no text
    export = tmp_path / "ekspor.csv"
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert export.stat().st_size > INLINE_BYTES
    report = writer.build([str(export), str(tmp_path / "hilang.csv")], tmp_path / "index",
                          workers=2)
    assert (report.added, report.failed) == (3 * PART_RECORDS - 1, 2)
    assert report.failures[0].reason == "no title and no text"
    assert report.failures[0].where == f"row {failing}"
    assert report.failures[1].reason == "no such file or folder"  # after the file's rows


def test_the_workers_follow_the_machine_unless_told(monkeypatch):
    monkeypatch.delenv("KABAR_BUILD_WORKERS", raising=False)
    assert default_workers() == len(os.sched_getaffinity(0))
    monkeypatch.setenv("KABAR_BUILD_WORKERS", "5")
    assert default_workers() == 5
    monkeypatch.setenv("KABAR_BUILD_WORKERS", "nol")
    try:
        default_workers()
    except ValueError as error:
        assert "KABAR_BUILD_WORKERS" in str(error)
    else:
        raise AssertionError("a wrong KABAR_BUILD_WORKERS was taken")


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


def test_a_file_that_is_not_cut_is_shared_out_too(tmp_path):
    records = [{"title": f"Banjir melanda desa nomor {n}", "url": f"https://pemda.go.id/b/{n}",
                "content": f"KASONGAN – Air naik di desa nomor {n} sejak pagi; warga mengungsi."}
               for n in range(3 * PART_RECORDS)]
    document = tmp_path / "ekspor.json"  # one JSON document: read whole, by one worker
    document.write_text(json.dumps(records), encoding="utf-8")
    report = writer.build([str(document)], tmp_path / "index", workers=2)
    assert (report.added, report.failed) == (3 * PART_RECORDS, 0)
    leaves = open_generation(tmp_path / "index").reader().leaf_readers()
    assert sorted(leaf.doc_count() for leaf, _ in leaves) == [PART_RECORDS, 2 * PART_RECORDS]
    engine = open_index(tmp_path / "index")
    assert engine.search('"desa nomor 700"')["total"] == 1
