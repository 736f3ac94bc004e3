"""Writers killed with SIGKILL at random moments never cost a committed article.

Real `kabar index add` and `kabar index build` processes on chunks of the real corpus are killed
during reading, indexing, the commit and the swap; after each kill the index must open, hold
exactly the articles committed before (or, for the killed run, all of its own: a commit is all or
nothing), and take the next `kabar index add`, which also cleans what the killed one left.
"""

from __future__ import annotations

import csv
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC

from conftest import KABAR, corpus_file
from index.sources.article_ids import article_id
from index.sources.files import read_source
from index.store.generations import META, current_generation, generations, open_generation
from search import open_index

CHUNKS = 5
ROWS_PER_CHUNK = 100
ROUNDS = 8
SEED = int(os.environ.get("KABAR_CRASH_SEED", "20251204"))


def split_corpus(folder: Path) -> list[tuple[Path, set[str]]]:
    """Chunks of detik-2025.csv as CSV files, each with the ids (URLs) of its articles."""
    with corpus_file("detik-2025.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    chunks = []
    for number in range(CHUNKS):
        part = rows[number * ROWS_PER_CHUNK:(number + 1) * ROWS_PER_CHUNK]
        path = folder / f"detik-part{number}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields)
            writer.writeheader()
            writer.writerows(part)
        chunks.append((path, {row["tautan"] for row in part}))
    return chunks


def start(*args: str, index: Path) -> subprocess.Popen:
    return subprocess.Popen([KABAR, *args, "--index", str(index)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def wait_for(condition, process: subprocess.Popen, limit: float) -> None:
    """Poll (about every millisecond) until the condition holds, the process ends or time is up."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and process.poll() is None:
        if condition():
            return
        time.sleep(0.001)


def entries(folder: Path) -> set[str]:
    try:
        return set(os.listdir(folder))
    except FileNotFoundError:
        return set()


def kill_at(process: subprocess.Popen, moment: str, index: Path, duration: float,
            rng: random.Random) -> None:
    """SIGKILL the writer at one of several moments of its work."""
    generation = current_generation(index)
    before_here, before_gens = entries(generation), set(generations(index))
    new_gens = lambda: [g for g in generations(index) if g not in before_gens]  # noqa: E731
    if moment == "anytime":
        time.sleep(rng.uniform(0.0, duration * 1.1))
    elif moment == "writer-open":  # Whoosh's temporary folder appears: indexing has begun
        wait_for(lambda: "MAIN.tmp" in entries(generation), process, duration * 2)
        time.sleep(rng.uniform(0.0, 0.3))
    elif moment == "commit":  # a new compound segment is being assembled: inside commit()
        wait_for(lambda: any(n.endswith(".seg") for n in entries(generation) - before_here),
                 process, duration * 2)
    elif moment == "committed":  # a new table of contents is in place; Whoosh cleans up after
        wait_for(lambda: any(n.endswith(".toc") for n in entries(generation) - before_here),
                 process, duration * 2)
    elif moment == "new-generation":
        wait_for(lambda: bool(new_gens()), process, duration * 2)
        time.sleep(rng.uniform(0.0, duration * 0.8))
    elif moment == "build-commit":
        wait_for(lambda: any(n.endswith(".seg") for g in new_gens() for n in entries(g)),
                 process, duration * 2)
    elif moment == "swap":  # the new generation is marked finished, CURRENT not yet replaced
        wait_for(lambda: any((g / META).exists() for g in new_gens()), process, duration * 2)
    elif moment == "swapped":  # CURRENT points at the new generation; old ones being removed
        wait_for(lambda: current_generation(index) != generation, process, duration * 2)
    process.send_signal(signal.SIGKILL)
    process.wait()


def index_state(index: Path) -> tuple[set[str], int]:
    """Every article id in the index and the number of live documents, read through Whoosh."""
    with open_generation(index).searcher() as searcher:
        ids = [fields["id"] for fields in searcher.all_stored_fields()]
        count = searcher.doc_count()
    assert len(ids) == len(set(ids)) == count, "duplicate or miscounted documents"
    return set(ids), count


def check_opens_with(index: Path, committed: set[str]) -> None:
    engine = open_index(index)
    try:
        # every committed segment has its complete column file: no pass over documents at open
        segments = engine._current().columns.segments
        assert all(data.from_file for data, _ in segments), "a segment without its column file"
        assert engine.stats()["articles"] == len(committed)
        for article_id in committed:
            assert engine.get(article_id) is not None, f"lost {article_id}"
    finally:
        engine.close()


def leftovers(index: Path) -> list[str]:
    """What a killed writer may leave: half-built generations, Whoosh's temporary folder, an
    unfinished table of contents, segment files no commit refers to, temporary files of the
    index folder."""
    current = current_generation(index)
    found = [f"half-built {g.name}" for g in generations(index)
             if g != current and not (g / META).exists()]
    names = entries(current)
    found += [n for n in names if n == "MAIN.tmp" or ".toc." in n]
    segments = {s.segment_id() for s in TOC.read(FileStorage(str(current)), "MAIN").segments}
    found += [n for n in names if n.startswith("MAIN_") and n.split(".")[0] not in segments
              and n != "MAIN_WRITELOCK"]
    found += [n for n in entries(index) if (n.startswith(".") and ".tmp" in n) or
              n.startswith(".CURRENT.")]
    return found


def assert_clean(index: Path) -> None:
    """Nothing a killed writer left survives the next writer."""
    assert not leftovers(index), leftovers(index)


def clean_up_without_writing(index: Path, committed_file: Path) -> None:
    """The next writer, with nothing to write: `kabar index add` of a file whose articles are
    all in the index. It cleans what the killed one left and commits nothing, so that what
    Whoosh sweeps at a commit of its own cannot hide a clean-up that did not happen."""
    result = subprocess.run([KABAR, "index", "add", str(committed_file), "--index", str(index),
                             "--wait", "10"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "added 0, updated 0, unchanged" in result.stdout, result.stdout


def new_article(folder: Path, number: int) -> tuple[Path, str]:
    path = folder / f"susulan-{number}.txt"
    path.write_text(
        "Portal Uji Kabar\n\nBerita Susulan Nomor " + str(number) + " dari Kabupaten Katingan\n\n"
        f"KASONGAN – Pemerintah Kabupaten Katingan mencatat laporan susulan ke-{number} tentang "
        "perbaikan jalan desa yang rusak setelah banjir. Warga diminta melapor ke kantor desa.\n",
        encoding="utf-8")
    [draft] = read_source(str(path))
    return path, article_id(draft)  # its file's name and a digest of its text


ADD_MOMENTS = ["anytime", "writer-open", "commit", "committed"]
BUILD_MOMENTS = ["anytime", "new-generation", "build-commit", "swap", "swapped"]


@pytest.mark.slow
def test_writers_killed_at_random_moments_lose_nothing(tmp_path):
    rng = random.Random(SEED)
    chunks = split_corpus(tmp_path)
    index = tmp_path / "index"
    began = time.monotonic()
    first = subprocess.run([KABAR, "index", "build", str(chunks[0][0]), "--index", str(index)],
                           capture_output=True, text=True)
    duration = time.monotonic() - began
    assert first.returncode == 0, first.stderr
    committed, _ = index_state(index)
    assert committed == chunks[0][1]

    history = []
    cleaned = 0  # rounds whose killed writer left something for the next one to clean
    for round_number in range(ROUNDS):
        missing = [c for c in chunks if not c[1] <= committed]
        if missing and round_number % 3 != 2:
            path, ids = rng.choice(missing)
            moment = rng.choice(ADD_MOMENTS)
            process = start("index", "add", str(path), index=index)
            possible = [committed, committed | ids]
        else:
            chosen = [chunks[0], *rng.sample(chunks[1:], 2)]
            moment = rng.choice(BUILD_MOMENTS)
            process = start("index", "build", *(str(p) for p, _ in chosen), index=index)
            possible = [committed, set().union(*(ids for _, ids in chosen))]
        kill_at(process, moment, index, duration, rng)
        ids, _ = index_state(index)
        outcome = {0: "before", 1: "after"}.get(possible.index(ids) if ids in possible else -1)
        history.append(f"round {round_number}: {' '.join(process.args[1:3])} killed at "
                       f"{moment} (exit {process.returncode}), index as {outcome or '???'}")
        assert outcome, "\n".join(history) + "\nthe index is neither as before nor as after"
        check_opens_with(index, ids)
        committed = ids

        left = leftovers(index)
        if left:
            cleaned += 1
            history[-1] += f"; left {len(left)} to clean"
        clean_up_without_writing(index, chunks[0][0])  # every run writes chunk 0 first
        assert_clean(index)

        path, article_id = new_article(tmp_path, round_number)
        after = subprocess.run([KABAR, "index", "add", str(path), "--index", str(index),
                                "--wait", "10"], capture_output=True, text=True)
        assert after.returncode == 0, "\n".join(history) + after.stderr
        assert "added 1, updated 0, unchanged 0, failed 0" in after.stdout
        assert_clean(index)
        committed, _ = index_state(index)
        assert article_id in committed
    print("\n".join(history))  # shown with pytest -s
    kills = [h for h in history if "exit -9" in h]
    assert len(kills) >= ROUNDS // 2, "too few writers were still running when killed:\n" + \
        "\n".join(history)
    assert cleaned >= 2, "too few killed writers left anything to clean:\n" + "\n".join(history)
