"""Column files: what a search needs per document, written beside each segment at build and
commit time (index/store/segment_columns.py), so that opening an index reads files instead of
passing over every document.

A real index of real articles: built by a build's two workers, then updated, added to and
pruned through Whoosh's own writer (new segments, merged ones, deleted documents). Each segment's
file must hold exactly what Whoosh's documents give, and the engine must answer the same with the
files as without them (an index written before they existed), which the next writer upgrades.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import numpy as np
import pytest
from whoosh.reading import SegmentReader

from conftest import committed_segments, corpus_file, write_csv
from index.store import segment_columns
from index.store.generations import current_generation
from index.store.schema import make_schema
from index.store.writer import add, build, remove
from search import Engine, open_index
from search.deadline import MAX_SECONDS

QUERIES = ["pemerintah", "presiden jokowi", "banjir", "gubernur", '"dana desa"', "korupsi -kpk"]



@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Path:
    """Built in two workers, then changed by Whoosh's writer: a row updated, rows added, an
    article removed."""
    folder = tmp_path_factory.mktemp("segment-columns")
    with corpus_file("detik-2025.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = list(reader.fieldnames), list(reader)
    first = write_csv(folder / "first.csv", fields, rows[:400])
    index_dir = folder / "index"
    build([first], index_dir, workers=2)
    changed = dict(rows[3])
    changed["isi_berita"] += " Warga Katingan ikut kerja bakti membersihkan sungai."
    second = write_csv(folder / "second.csv", fields, [changed, *rows[400:460]])
    add([second], index_dir)
    removed, _ = remove([rows[10]["tautan"]], index_dir)
    assert removed == 1
    return index_dir



def _responses(index_dir: Path) -> list[dict]:
    # the longest time limit: a loaded machine must not cut one of the two searches short
    engine = Engine(index_dir, search_seconds=MAX_SECONDS)
    try:
        found = [engine.search(q, limit=20, periods=True) for q in QUERIES]
        found += [engine.search("", region=["Jawa Barat"], sort="newest"), engine.stats()]
    finally:
        engine.close()
    for response in found:
        response.pop("took_ms", None)
        response.pop("index", None)  # the folder: the copies differ by it
    return found


def test_every_segment_has_a_column_file_equal_to_what_whoosh_gives(index):
    folder, storage, segments = committed_segments(index)
    assert len(segments) >= 3  # two workers' segments and Whoosh's writer's
    assert any(s.has_deletions() for s in segments)
    for segment in segments:
        reader = SegmentReader(storage, make_schema(), segment)
        try:
            expected = segment_columns.read_from_segment(reader)
            loaded = segment_columns.load(folder, segment.segment_id(), reader.doc_count_all())
        finally:
            reader.close()
        assert loaded is not None, segment.segment_id()
        assert loaded.size == expected.size
        for field, lengths in expected.lengths.items():
            np.testing.assert_array_equal(loaded.lengths[field], lengths)
        for name, numbers in expected.numbers.items():
            np.testing.assert_array_equal(loaded.numbers[name], numbers)
        for facet, (values, docs, codes) in expected.pairs.items():
            assert loaded.pairs[facet][0] == values
            np.testing.assert_array_equal(loaded.pairs[facet][1], docs)
            np.testing.assert_array_equal(loaded.pairs[facet][2], codes)
        assert expected.pairs["official"][0], "no officials: the facets were not compared"


def test_the_engine_reads_the_files_and_answers_as_whoosh_would(index, tmp_path):
    engine = open_index(index)
    try:
        assert all(data.from_file for data, _ in engine._current().columns.segments)
    finally:
        engine.close()
    old = tmp_path / "old"
    shutil.copytree(index, old, symlinks=True)
    dropped = list(current_generation(old).glob("*" + segment_columns.SUFFIX))
    assert dropped
    for path in dropped:
        path.unlink()
    engine = open_index(old)  # an index written before column files: read from Whoosh
    try:
        assert not any(data.from_file for data, _ in engine._current().columns.segments)
    finally:
        engine.close()
    with_files, without = _responses(index), _responses(old)
    assert with_files[0]["total"] > 0 and with_files[0]["facets"]["official"]
    assert with_files == without


def test_the_next_writer_writes_the_missing_files(index, tmp_path):
    old = tmp_path / "old"
    shutil.copytree(index, old, symlinks=True)
    for path in current_generation(old).glob("*" + segment_columns.SUFFIX):
        path.unlink()
    article = tmp_path / "baru.txt"
    article.write_text("Portal Uji\n\nJembatan Desa Diperbaiki\n\nKASONGAN – Pemerintah "
                       "Kabupaten Katingan memperbaiki jembatan desa yang rusak.\n", "utf-8")
    report = add([str(article)], old)
    assert report.added == 1
    folder, _, segments = committed_segments(old)
    assert all(segment_columns.column_file(folder, s.segment_id()).exists() for s in segments)
    engine = open_index(old)
    try:
        assert all(data.from_file for data, _ in engine._current().columns.segments)
        assert engine.search("jembatan katingan")["total"] >= 1
    finally:
        engine.close()


def test_a_writer_with_nothing_to_change_writes_them_too(index, tmp_path):
    old = tmp_path / "old"
    shutil.copytree(index, old, symlinks=True)
    for path in current_generation(old).glob("*" + segment_columns.SUFFIX):
        path.unlink()
    removed, missing = remove(["https://tidak.ada/artikel"], old)
    assert (removed, missing) == (0, ["https://tidak.ada/artikel"])
    folder, _, segments = committed_segments(old)
    assert all(segment_columns.column_file(folder, s.segment_id()).exists() for s in segments)
    assert _responses(old) == _responses(index)


def test_a_cut_short_or_foreign_file_is_not_trusted(index, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(index, copy, symlinks=True)
    folder, _, segments = committed_segments(copy)
    first, second = segments[0], segments[1]
    cut = segment_columns.column_file(folder, first.segment_id())
    cut.write_bytes(cut.read_bytes()[: cut.stat().st_size // 2])
    assert segment_columns.load(folder, first.segment_id(), first.doc_count_all()) is None
    # another segment's file under this one's name: its document count does not fit
    foreign = segment_columns.column_file(folder, second.segment_id())
    if first.doc_count_all() != second.doc_count_all():
        shutil.copy(segment_columns.column_file(index_generation(index), first.segment_id()),
                    foreign)
        assert segment_columns.load(folder, second.segment_id(), second.doc_count_all()) is None
    assert _responses(copy) == _responses(index)


def index_generation(index_dir: Path) -> Path:
    return current_generation(index_dir)
