"""Re-indexing while the site stays up: commits reach readers, writers wait for each other,
deleted files leave, repeated articles are stored once, long runs show progress."""

from __future__ import annotations

import csv
import fcntl
import json
import os
import pty
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import DEMO, KABAR, Server, corpus_file, run_kabar
from index.sources.files import read_source
from index.store import writer
from index.store.generations import LOCK, current_generation, open_generation
from kabar.cli import _Progress
from search import open_index


def page(folder: Path, name: str, title: str, body: str) -> Path:
    """A plain-text news page as Kabar reads them (site, title, dateline paragraph, body)."""
    path = folder / name
    path.write_text(f"Portal Uji Kabar\n\n{title}\n\n{body}\n", encoding="utf-8")
    return path


def flood_page(folder: Path, word: str) -> Path:
    title = f"Warga Desa {word.title()} Bergotong Royong Bersihkan Parit"
    return page(folder, f"{word}.txt", title,
                f"KASONGAN – Warga Desa {word.title()} di Kabupaten Katingan bergotong royong "
                "membersihkan parit dan saluran air menjelang musim hujan. Kepala desa meminta "
                "setiap rumah tangga ikut serta agar banjir tidak terulang.")


def api_total(server: Server, query: str) -> int:
    url = f"{server.url}/api/search?" + urllib.parse.urlencode({"q": query})
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)["total"]


def found_id(index: Path, word: str) -> str:
    """The id of the one article with a word in its headline, as a user reads it from
    `kabar search --json`."""
    hits = json.loads(run_kabar("search", word, "--json", index=index, check=True).stdout)["hits"]
    [found] = [hit["id"] for hit in hits if word in hit["title"].lower()]
    return found


def ids_in(index: Path) -> list[str]:
    with open_generation(index).searcher() as searcher:
        return [fields["id"] for fields in searcher.all_stored_fields()]


@pytest.fixture(scope="module")
def demo_built(tmp_path_factory) -> Path:
    index = tmp_path_factory.mktemp("demo") / "index"
    run_kabar("index", "build", str(DEMO), index=index, check=True)
    return index


@pytest.fixture()
def demo_copy(demo_built, tmp_path) -> Path:
    """An index of the demo articles of this test's own, to write to."""
    index = tmp_path / "index"
    shutil.copytree(demo_built, index, symlinks=True)
    return index


def wait_until(condition, limit: float, message: str) -> None:
    began = time.monotonic()
    while not condition():
        assert time.monotonic() - began < limit, message
        time.sleep(0.05)


def test_an_add_is_searchable_through_the_running_server_within_a_second(demo_copy, tmp_path):
    server = Server(demo_copy)
    try:
        assert api_total(server, "zorbalanga") == 0
        run_kabar("index", "add", str(flood_page(tmp_path, "zorbalanga")), index=demo_copy,
                  check=True)
        wait_until(lambda: api_total(server, "zorbalanga") == 1, 1.5,
                   "not visible 1.5 s after add returned")
    finally:
        server.stop()


def test_a_removal_and_an_update_reach_the_running_server_within_a_second(demo_copy, tmp_path):
    server = Server(demo_copy)
    try:
        article = flood_page(tmp_path, "zorbalangi")
        run_kabar("index", "add", str(article), index=demo_copy, check=True)
        wait_until(lambda: api_total(server, "zorbalangi") == 1, 1.5, "add not visible")
        article.write_text(article.read_text("utf-8") + "\nKades menyebut kerja bakti rutin.\n",
                           encoding="utf-8")
        run_kabar("index", "add", str(article), index=demo_copy, check=True)
        wait_until(lambda: api_total(server, "kerja bakti rutin") == 1, 1.5, "update not visible")
        assert api_total(server, "zorbalangi") == 1, "the old version is still found"
        run_kabar("index", "remove", found_id(demo_copy, "zorbalangi"), index=demo_copy,
                  check=True)
        wait_until(lambda: api_total(server, "zorbalangi") == 0, 1.5, "removal not visible")
    finally:
        server.stop()


def test_the_server_keeps_answering_while_a_build_swaps_generations(demo_copy, tmp_path):
    server = Server(demo_copy)
    answers: list[int] = []
    errors: list[str] = []
    stop = threading.Event()

    def ask() -> None:
        while not stop.is_set():
            try:
                answers.append(api_total(server, "banjir"))
            except Exception as error:  # any failure to answer is what this test looks for
                errors.append(repr(error))

    askers = [threading.Thread(target=ask)]
    try:
        for thread in askers:
            thread.start()
        before = current_generation(demo_copy)
        built = run_kabar("index", "build", str(DEMO), str(detik_part(tmp_path, 100)),
                          index=demo_copy, check=True)
        time.sleep(0.5)
        run_kabar("index", "build", str(DEMO), index=demo_copy, check=True)
        time.sleep(0.5)
    finally:
        stop.set()
        for thread in askers:
            thread.join()
        server.stop()
    assert not errors, errors[:3]
    assert current_generation(demo_copy) != before
    small, large = min(answers), max(answers)
    assert large > small, "the server never saw the larger generation"
    assert answers[-1] == small, "the server did not come back to the last generation"
    assert built.stdout.startswith("added ") and ", failed 0" in built.stdout


def detik_part(folder: Path, rows: int) -> Path:
    """The first rows of the real detik-2025.csv, as a file of their own."""
    with corpus_file("detik-2025.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        part = [r for _, r in zip(range(rows), reader, strict=False)]
        fields = reader.fieldnames
    path = folder / "detik-part.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.DictWriter(handle, fieldnames=fields)
        out.writeheader()
        out.writerows(part)
    return path


def test_an_engine_sees_commits_without_being_reopened(demo_copy, tmp_path):
    engine = open_index(demo_copy)
    assert engine.search("kelembutan")["total"] == 0
    run_kabar("index", "add", str(flood_page(tmp_path, "kelembutan")), index=demo_copy,
              check=True)
    deadline = time.monotonic() + 1.5
    while engine.search("kelembutan")["total"] == 0:
        assert time.monotonic() < deadline
        time.sleep(0.05)


def hold_lock(path: Path, seconds: float) -> subprocess.Popen:
    """Another process holding an fcntl lock on a file, as a writer would."""
    code = ("import fcntl, sys, time\n"
            "f = open(sys.argv[1], 'a')\n"
            "fcntl.flock(f, fcntl.LOCK_EX)\n"
            "print('held', flush=True)\n"
            "time.sleep(float(sys.argv[2]))\n")
    process = subprocess.Popen([sys.executable, "-c", code, str(path), str(seconds)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "held"
    return process


def test_a_writer_waits_for_another_and_says_so_when_it_gives_up(demo_copy, tmp_path):
    article = flood_page(tmp_path, "menunggu")
    holder = hold_lock(demo_copy / LOCK, 120)  # released below, however slow the machine is
    try:
        gave_up = run_kabar("index", "add", str(article), "--wait", "0.5", index=demo_copy)
        assert gave_up.returncode == 1
        assert "another Kabar process is writing" in gave_up.stderr
        assert "Traceback" not in gave_up.stderr and "LockError" not in gave_up.stderr
        with ThreadPoolExecutor(1) as pool:
            began = time.monotonic()
            waiting = pool.submit(run_kabar, "index", "add", str(article), "--wait", "60",
                                  index=demo_copy, check=True)
            time.sleep(1.5)
            assert not waiting.done()  # still waiting for the lock
            holder.kill()
            waited = waiting.result()
        assert time.monotonic() - began > 1.5
        assert "added 1, updated 0, unchanged 0, failed 0" in waited.stdout
    finally:
        holder.kill()
        holder.wait()


def test_a_whoosh_lock_held_or_left_behind_never_blocks_a_writer(demo_copy, tmp_path):
    whoosh_lock = current_generation(demo_copy) / "MAIN_WRITELOCK"
    holder = hold_lock(whoosh_lock, 30)
    try:
        added = run_kabar("index", "add", str(flood_page(tmp_path, "terkunci")),
                          index=demo_copy, check=True)
        assert "added 1" in added.stdout
    finally:
        holder.kill()
        holder.wait()
    removed = run_kabar("index", "remove", found_id(demo_copy, "terkunci"), index=demo_copy)
    assert removed.returncode == 0


def test_a_file_leaves_the_index_however_it_was_named_when_added(demo_copy, tmp_path):
    folder = tmp_path / "berita"
    folder.mkdir()
    flood_page(folder, "pertama")
    flood_page(folder, "kedua")
    subprocess.run([KABAR, "index", "add", "berita/pertama.txt", "--index", str(demo_copy)],
                   cwd=tmp_path, check=True, capture_output=True)
    run_kabar("index", "add", str(folder / "kedua.txt"), index=demo_copy, check=True)
    assert writer.origins_under(folder, demo_copy) == [str(folder / "kedua.txt"),
                                                       str(folder / "pertama.txt")]
    assert writer.remove_origin(str(folder / "pertama.txt"), demo_copy) == 1
    assert writer.remove_origin(str(folder), demo_copy) == 1  # a folder: every file under it
    assert writer.origins_under(folder, demo_copy) == []


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.DictWriter(handle, fieldnames=["judul", "tautan", "tanggal", "isi"])
        out.writeheader()
        out.writerows(rows)
    return path


def row(number: int, body: str = "") -> dict[str, str]:
    return {"judul": f"Rapat Koordinasi Penanganan Banjir Tahap {number}",
            "tautan": f"https://contoh-pemda.go.id/berita/{number}",
            "tanggal": f"2025-11-{number:02d} 09:00",
            "isi": body or f"PALANGKA RAYA – Pemerintah Provinsi Kalimantan Tengah menggelar rapat "
                           f"koordinasi tahap {number} untuk penanganan banjir di daerah aliran "
                           "sungai."}


def test_rows_taken_out_of_a_changed_export_leave_when_pruning(demo_copy, tmp_path):
    export = write_csv(tmp_path / "ekspor.csv", [row(1), row(2), row(3)])
    first = writer.add([str(export)], demo_copy)
    assert (first.added, first.removed) == (3, 0)
    write_csv(export, [row(1), row(3, "PALANGKA RAYA – Isi yang diperbarui untuk tahap ketiga.")])
    plain = writer.add([str(export)], demo_copy)
    assert (plain.unchanged, plain.updated, plain.removed) == (1, 1, 0)
    pruned = writer.add([str(export)], demo_copy, prune=True)
    assert (pruned.unchanged, pruned.removed) == (2, 1)
    assert "https://contoh-pemda.go.id/berita/2" not in ids_in(demo_copy)


def test_an_article_met_twice_in_one_run_is_stored_once_in_its_last_version(tmp_path):
    export = write_csv(tmp_path / "ganda.csv", [row(1), row(2), row(1, "PALANGKA RAYA – Versi "
                                                                      "kedua yang dikoreksi.")])
    index = tmp_path / "index"
    built = writer.build([str(export)], index)
    # a fresh index has nothing to update: the second row 1 is a repeat, not an update
    assert (built.added, built.updated, built.unchanged, built.repeated) == (2, 0, 0, 1)
    assert sorted(ids_in(index)) == [row(1)["tautan"], row(2)["tautan"]]
    assert "dikoreksi" in open_index(index).get(row(1)["tautan"])["body"]
    write_csv(export, [row(1), row(4), row(4, "PALANGKA RAYA – Versi kedua tahap empat."), row(4)])
    added = writer.add([str(export)], index)
    assert sorted(ids_in(index)) == sorted(row(n)["tautan"] for n in (1, 2, 4))
    assert "Versi kedua" not in open_index(index).get(row(4)["tautan"])["body"]
    # row 1 goes back to its first version (updated); row 4 is new, then met twice again
    assert (added.added, added.updated, added.unchanged, added.repeated) == (1, 1, 0, 2)


def test_an_add_that_changes_nothing_does_not_commit(demo_copy):
    before = open_generation(demo_copy).latest_generation()
    report = writer.add([str(DEMO)], demo_copy)
    assert report.changed is False and report.unchanged > 30
    assert open_generation(demo_copy).latest_generation() == before


def test_a_moved_article_keeps_its_content_and_follows_its_file(demo_copy, tmp_path):
    first = write_csv(tmp_path / "lama.csv", [row(5)])
    writer.add([str(first)], demo_copy)
    second = write_csv(tmp_path / "baru.csv", [row(5)])
    first.unlink()
    moved = writer.add_results(read_source(str(second)), demo_copy, forget=[str(first)])
    assert (moved.added, moved.unchanged, moved.removed) == (0, 1, 0)
    assert writer.origins_under(tmp_path, demo_copy) == [str(second)]


def test_a_long_run_on_a_terminal_shows_a_bar_with_rate(tmp_path):
    leader, follower = pty.openpty()
    process = subprocess.Popen([KABAR, "index", "build", str(DEMO), "--index",
                                str(tmp_path / "index")], stdout=subprocess.PIPE,
                               stderr=follower, text=True)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        shown += chunk
    out, _ = process.communicate(timeout=120)
    os.close(leader)
    text = shown.decode("utf-8", "replace")
    assert process.returncode == 0
    assert "indexing" in text and "/s" in text and "[#" in text
    assert out.strip().startswith("added ") and ", failed 0" in out


def test_progress_off_a_terminal_is_plain_lines_with_rate_and_time_left(capsys):
    with _Progress("indexing", 2500) as progress:
        for _ in range(2100):
            progress(1)
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(" (")[0] for line in lines] == ["indexing: 1000 of 2500",
                                                       "indexing: 2000 of 2500"]
    assert "/s, about " in lines[1] and lines[1].endswith(" s left)")


def test_counting_records_for_the_bar_matches_what_is_read():
    sources = [str(corpus_file("detik-2025.csv")), str(DEMO)]
    drafts = [r for r in writer.read_sources(sources)]
    assert writer.count_records(sources) == len(drafts)
    assert writer.count_records(["https://contoh.go.id/rss"]) is None


def test_recovery_cleans_what_a_killed_writer_left(demo_copy):
    generation = current_generation(demo_copy)
    (generation / "MAIN.tmp").mkdir()
    (generation / "MAIN.tmp" / "run0.tmp").write_bytes(b"x")
    (generation / "_MAIN_99.toc.1700000000.5").write_bytes(b"half")
    (generation / "MAIN_zzzzzzzzzzzzzzzz.trm").write_bytes(b"orphan")
    half_built = demo_copy / "gen-000099"
    half_built.mkdir()
    (demo_copy / ".CURRENT.12345").symlink_to(generation.name)
    with open(demo_copy / LOCK, "a") as handle:  # a free lock file is no obstacle
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(handle, fcntl.LOCK_UN)
    writer.remove(["tidak-ada"], demo_copy)
    left = set(os.listdir(generation))
    assert not {"MAIN.tmp", "_MAIN_99.toc.1700000000.5", "MAIN_zzzzzzzzzzzzzzzz.trm"} & left
    assert not half_built.exists() and not (demo_copy / ".CURRENT.12345").is_symlink()
    assert open_index(demo_copy).stats()["articles"] > 30
