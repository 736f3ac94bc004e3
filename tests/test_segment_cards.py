"""Card files: what a page shows of a listed copy (id, source, url, title), written beside each
segment at build and commit time (index/store/segment_cards.py) and read by document number
instead of decompressing the copy's whole stored record.

A real index of real articles, with copies of some under other addresses (as syndicated
stories are): built by a build's two workers, then updated, added to and pruned through
Whoosh's own writer (new segments, deleted documents). Every document's card must be its
stored fields', and the engine must answer the same with the files as without them.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from whoosh.reading import SegmentReader

from conftest import committed_segments, corpus_file, write_csv
from index.store import segment_cards
from index.store.generations import current_generation
from index.store.schema import make_schema
from index.store.writer import add, build, remove
from search import Engine, open_index
from search.deadline import MAX_SECONDS

QUERIES = ['"pemerintah daerah"', '"dana desa" "kepala desa"', "pemerintah kabupaten",
           "banjir", "korupsi -kpk", '"presiden joko widodo" "menteri keuangan"']



@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("segment-cards")
    with corpus_file("detik-2025.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = list(reader.fieldnames), list(reader)
    # every article five times more, under other addresses: copies of one story, as an archive
    # of several outlets holds them
    copies = [{**row, "tautan": f"{row['tautan']}?salinan={n}"}
              for n in range(1, 6) for row in rows[:150]]
    first = write_csv(folder / "first.csv", fields, rows[:150] + copies)
    index_dir = folder / "index"
    build([first], index_dir, workers=2)
    changed = dict(rows[3])
    changed["judul"] = "Judul baru: " + changed["judul"]
    second = write_csv(folder / "second.csv", fields, [changed, *rows[200:205]])
    add([second], index_dir)
    removed, _ = remove([rows[10]["tautan"]], index_dir)
    assert removed == 1
    return index_dir



def test_every_card_is_the_documents_stored_fields(index):
    folder, storage, segments = committed_segments(index)
    assert len(segments) >= 3  # two workers' segments and Whoosh's writer's
    assert any(s.has_deletions() for s in segments)
    compared = 0
    for segment in segments:
        reader = SegmentReader(storage, make_schema(), segment)
        try:
            loaded = segment_cards.load(folder, segment.segment_id(), reader.doc_count_all())
            assert loaded is not None, segment.segment_id()
            for docnum in range(reader.doc_count_all()):  # deleted ones too
                stored = reader.stored_fields(docnum)
                card = loaded.card(docnum)
                assert list(card) == list(segment_cards.CARD_FIELDS)
                assert card == {name: stored.get(name, "") for name in card}
                assert card["id"] and card["title"]
                compared += 1
        finally:
            reader.close()
    assert compared >= 800
    # one file a segment, none left of the segments merged or replaced (Whoosh removes them)
    assert {p.name for p in folder.glob("*" + segment_cards.SUFFIX)} == {
        segment_cards.card_file(folder, s.segment_id()).name for s in segments}


def _responses(index_dir: Path) -> list[dict]:
    engine = Engine(index_dir, search_seconds=MAX_SECONDS)
    try:
        found = [engine.search(q, limit=20) for q in QUERIES]
    finally:
        engine.close()
    for response in found:
        response.pop("took_ms", None)
    return found


def test_the_engine_lists_copies_as_from_whoosh_and_the_next_writer_writes_them(index,
                                                                               tmp_path):
    engine = open_index(index)
    try:
        assert all(data.card_file is not None for data, _ in engine._current().columns.segments)
    finally:
        engine.close()
    with_files = _responses(index)
    listed = [c for r in with_files for h in r["hits"] for c in h["also_in"]]
    assert len(listed) >= 20 and all("salinan=" in c["url"] or c["url"] for c in listed)
    old = tmp_path / "old"
    shutil.copytree(index, old, symlinks=True)
    dropped = list(current_generation(old).glob("*" + segment_cards.SUFFIX))
    assert dropped
    for path in dropped:
        path.unlink()
    engine = open_index(old)
    try:
        assert not any(data.card_file for data, _ in engine._current().columns.segments)
    finally:
        engine.close()
    assert _responses(old) == with_files
    # the next commit writes the files its segments lack
    removed, _ = remove(["https://tidak.ada/artikel"], old)
    assert removed == 0
    folder, _, segments = committed_segments(old)
    assert all(segment_cards.card_file(folder, s.segment_id()).exists() for s in segments)
    assert _responses(old) == with_files


def test_a_damaged_file_is_not_trusted(index, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(index, copy, symlinks=True)
    folder, _, segments = committed_segments(copy)
    first = segments[0]
    size = first.doc_count_all()
    cut = segment_cards.card_file(folder, first.segment_id())
    whole = cut.read_bytes()
    assert segment_cards.load(folder, first.segment_id(), size) is not None
    assert segment_cards.load(folder, first.segment_id(), size + 1) is None
    cut.write_bytes(whole[: len(whole) // 3])
    assert segment_cards.load(folder, first.segment_id(), size) is None
    cut.write_bytes(b"")
    assert segment_cards.load(folder, first.segment_id(), size) is None
    cut.write_bytes(whole.replace(b'"title"]', b'"judul"]', 1))
    assert segment_cards.load(folder, first.segment_id(), size) is None
    assert _responses(copy) == _responses(index)


@pytest.mark.parametrize("sort", ["relevance", "newest"])
def test_a_page_of_stories_with_many_copies_is_full(index, sort):
    """Six copies of a story take six of the ranked documents: a page still lists `limit`
    stories when there are that many, and the next page goes on where it ended."""
    engine = open_index(index)
    try:
        first = engine.search("pemerintah", sort=sort, limit=10)
        second = engine.search("pemerintah", sort=sort, page=2, limit=10)
        every = engine.search("pemerintah", sort=sort, limit=100)
    finally:
        engine.close()
    assert every["total"] > 60 and len(every["hits"]) > 20
    assert sum(len(h["also_in"]) == 5 for h in every["hits"]) >= 10
    assert len(first["hits"]) == len(second["hits"]) == 10
    ids = [h["id"] for h in first["hits"] + second["hits"]]
    assert ids == [h["id"] for h in every["hits"][:20]]
