"""Positions files: each term's documents, weights and positions in the positional fields,
written beside each segment at build and commit time (index/store/segment_positions.py), mapped
and read by term instead of unpickling Whoosh's blocks.

A real index of real articles: built by a build's two workers, then updated, added to and
pruned through Whoosh's own writer (new segments, merged ones, deleted documents). For every
term of every segment, the file must give exactly Whoosh's documents, weights and positions,
and the engine must answer phrase queries (and all others) the same with the files as without
them (Whoosh's postings, the fallback).
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import numpy as np
import pytest
from whoosh.reading import SegmentReader

from conftest import committed_segments, corpus_file, write_csv
from index.store import segment_positions
from index.store.generations import current_generation
from index.store.schema import make_schema
from index.store.whoosh_internals import term_positions, term_postings_blocks
from index.store.writer import add, build, remove
from search import Engine, open_index
from search.deadline import MAX_SECONDS

QUERIES = ['"pemerintah daerah"', '"dana desa" "kepala desa"', '"presiden joko widodo"',
           '"menteri keuangan" "bank indonesia" "harga beras"', "pemerintah kabupaten",
           "banjir bandang", 'title:"kota" body:"wali kota"', "korupsi -kpk"]



@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Path:
    """Built in two workers, then changed by Whoosh's writer: a row updated, rows added, an
    article removed."""
    folder = tmp_path_factory.mktemp("segment-positions")
    with corpus_file("detik-2025.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = list(reader.fieldnames), list(reader)
    first = write_csv(folder / "first.csv", fields, rows[:300])
    index_dir = folder / "index"
    build([first], index_dir, workers=2)
    changed = dict(rows[3])
    changed["isi_berita"] += " Pemerintah daerah Katingan ikut kerja bakti membersihkan sungai."
    second = write_csv(folder / "second.csv", fields, [changed, *rows[300:340]])
    add([second], index_dir)
    removed, _ = remove([rows[10]["tautan"]], index_dir)
    assert removed == 1
    return index_dir



def test_every_term_reads_from_the_file_as_from_whoosh(index):
    folder, storage, segments = committed_segments(index)
    assert len(segments) >= 3  # two workers' segments and Whoosh's writer's
    assert any(s.has_deletions() for s in segments)
    fields = segment_positions.positional_fields(make_schema())
    assert {"title", "body"} <= set(fields)
    random = np.random.default_rng(16)
    compared = 0
    for segment in segments:
        reader = SegmentReader(storage, make_schema(), segment)
        try:
            loaded = segment_positions.load(folder, segment.segment_id(),
                                            reader.doc_count_all())
            assert loaded is not None, segment.segment_id()
            for field in fields:
                assert loaded.has(field)
                for term in reader.lexicon(field):
                    blocks = list(term_postings_blocks(reader, field, term))
                    ids = np.concatenate([b[0] for b in blocks])
                    weights = np.concatenate([b[1] for b in blocks])
                    got_ids, got_weights = loaded.postings(field, term)
                    np.testing.assert_array_equal(got_ids, ids)
                    np.testing.assert_array_equal(got_weights, weights)
                    for result, expected in zip(loaded.positions(field, term),
                                                term_positions(reader, field, term),
                                                strict=True):
                        np.testing.assert_array_equal(result, expected)
                    # some of its documents and some others
                    wanted = np.unique(np.concatenate([
                        random.choice(ids, size=max(1, len(ids) // 3)),
                        random.integers(0, reader.doc_count_all(), 3)]))
                    for result, expected in zip(loaded.positions(field, term, wanted),
                                                term_positions(reader, field, term, wanted),
                                                strict=True):
                        np.testing.assert_array_equal(result, expected)
                    docs, counts, flat = term_positions(reader, field, term, wanted)
                    owners, where = loaded.occurrences(field, term, wanted)
                    np.testing.assert_array_equal(owners, np.repeat(docs, counts))
                    np.testing.assert_array_equal(where, flat)
                    compared += 1
                assert loaded.postings(field, b"\xff" * 3)[0].size == 0
        finally:
            reader.close()
    assert compared > 10_000


def _responses(index_dir: Path) -> list[dict]:
    engine = Engine(index_dir, search_seconds=MAX_SECONDS)
    try:
        found = [engine.search(q, limit=50) for q in QUERIES]
    finally:
        engine.close()
    for response in found:
        response.pop("took_ms", None)
        response.pop("index", None)
    return found


def test_the_engine_answers_as_from_whoosh_and_the_next_writer_writes_them(index, tmp_path):
    engine = open_index(index)
    try:
        assert all(data.positions_file is not None
                   for data, _ in engine._current().columns.segments)
    finally:
        engine.close()
    old = tmp_path / "old"
    shutil.copytree(index, old, symlinks=True)
    dropped = list(current_generation(old).glob("*" + segment_positions.SUFFIX))
    assert dropped
    for path in dropped:
        path.unlink()
    engine = open_index(old)
    try:
        assert not any(data.positions_file for data, _ in engine._current().columns.segments)
    finally:
        engine.close()
    with_files, without = _responses(index), _responses(old)
    assert all(r["total"] > 0 for r in with_files[:5])
    assert with_files == without
    # the next commit writes the files its segments lack
    removed, _ = remove(["https://tidak.ada/artikel"], old)
    assert removed == 0
    folder, _, segments = committed_segments(old)
    assert all(segment_positions.positions_file(folder, s.segment_id()).exists()
               for s in segments)
    assert _responses(old) == with_files


def test_a_cut_short_file_is_not_trusted(index, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(index, copy, symlinks=True)
    folder, _, segments = committed_segments(copy)
    first = segments[0]
    cut = segment_positions.positions_file(folder, first.segment_id())
    cut.write_bytes(cut.read_bytes()[: cut.stat().st_size // 3])
    assert segment_positions.load(folder, first.segment_id(), first.doc_count_all()) is None
    assert segment_positions.load(folder, first.segment_id(), first.doc_count_all() + 1) is None
    cut.write_bytes(b"")
    assert segment_positions.load(folder, first.segment_id(), first.doc_count_all()) is None
    assert _responses(copy) == _responses(index)


def test_a_term_is_found_by_its_whole_bytes_only(index):
    """The compiled binary search of a field's sorted terms (``find_term``) finds each term at
    its place and nothing for bytes between two terms, before the first or after the last;
    a term table pointing outside its file is refused, not read."""
    from index.store._positions import find_term

    folder, storage, segments = committed_segments(index)
    for segment in segments:
        reader = SegmentReader(storage, make_schema(), segment)
        try:
            loaded = segment_positions.load(folder, segment.segment_id(),
                                            reader.doc_count_all())
            for field in segment_positions.positional_fields(make_schema()):
                table = loaded._fields[field]
                terms = list(reader.lexicon(field))
                assert table.count == len(terms)
                for at, term in enumerate(terms):
                    assert find_term(loaded._data, table.terms, table.term_ends, table.count,
                                     term) == at
                    for other in (term + b"\x00", term[:-1] + b"\x00" if len(term) > 1
                                  else b"\x00", term + b"\xff"):
                        if other not in terms:
                            assert loaded._record(field, other) is None, other
                assert loaded._record(field, b"") is None
                assert loaded._record(field, b"\xff" * 4) is None
                damaged = np.array(table.term_ends, dtype=np.int64)
                damaged[-1] = len(loaded._data)
                with pytest.raises(ValueError):
                    find_term(loaded._data, table.terms, damaged, table.count, terms[0])
        finally:
            reader.close()


def test_a_term_over_every_segment_in_one_call(index):
    """``joined_postings`` finds, reads and decodes a term's record in each segment's file and
    joins them with the segments' offsets: the same documents and weights as each file's
    postings read one by one, a term missing from some segments (or all) included, and with a
    mask of the documents kept, those of them; a record table pointing outside its file, or a
    mask shorter than the documents, is refused, not read."""
    from index.store._positions import joined_postings

    folder, storage, segments = committed_segments(index)
    files, offsets, lexicons, offset = [], [], {}, 0
    for segment in segments:
        reader = SegmentReader(storage, make_schema(), segment)
        try:
            files.append(segment_positions.load(folder, segment.segment_id(),
                                                reader.doc_count_all()))
            for field in segment_positions.positional_fields(make_schema()):
                lexicons.setdefault(field, set()).update(reader.lexicon(field))
            offsets.append(offset)
            offset += reader.doc_count_all()
        finally:
            reader.close()
    random = np.random.default_rng(8)
    alive = random.random(offset) < 0.7
    compared = 0
    for field, lexicon in lexicons.items():
        lookups = [(*file.lookup(field), at) for file, at in zip(files, offsets, strict=True)]
        terms = sorted(lexicon)
        for term in [*random.choice(terms, size=min(400, len(terms)), replace=False).tolist(),
                     b"", b"\xff" * 4, terms[0] + b"\x00"]:
            docs, weights = joined_postings(lookups, term)
            parts = [file.postings(field, term) for file in files]
            np.testing.assert_array_equal(
                np.frombuffer(docs, dtype=np.int64),
                np.concatenate([ids + at for (ids, _), at in zip(parts, offsets, strict=True)]))
            np.testing.assert_array_equal(np.frombuffer(weights, dtype=np.float32),
                                          np.concatenate([w for _, w in parts]))
            kept_docs, kept_weights = joined_postings(lookups, term, alive)
            keep = alive[np.frombuffer(docs, dtype=np.int64)]
            np.testing.assert_array_equal(np.frombuffer(kept_docs, dtype=np.int64),
                                          np.frombuffer(docs, dtype=np.int64)[keep])
            np.testing.assert_array_equal(np.frombuffer(kept_weights, dtype=np.float32),
                                          np.frombuffer(weights, dtype=np.float32)[keep])
            compared += len(docs) > 0
        assert joined_postings([], terms[0]) == (b"", b"")
        longest = max(terms, key=lambda t: len(joined_postings(lookups, t)[0]))
        with pytest.raises(ValueError):
            joined_postings(lookups, longest, alive[:1])
        data, base, ends, count, starts, records, fd, at = lookups[0]
        first = next(t for t in terms if len(files[0].postings(field, t)[0]))
        with pytest.raises(ValueError):
            joined_postings([(data, base, ends, count, starts[:1], records, fd, at)], first)
        damaged = np.array(ends, dtype=np.int64)
        damaged[-1] = len(data)
        with pytest.raises(ValueError):
            joined_postings([(data, base, damaged, count, starts, records, fd, at)], first)
    assert compared > 500


def test_a_phrase_over_every_segment_in_one_call(index):
    """``joined_in_a_row`` (Columns.in_a_row) finds, among the documents with every word of a
    phrase, those where Whoosh finds the phrase, over segments with deleted documents; and
    among a part of them, that part's."""
    from whoosh import query as wq

    engine = open_index(index)
    try:
        snap = engine._current()
        columns, reader = snap.columns, snap.searcher.reader()
        random = np.random.default_rng(4)
        phrases = [["perintah", "daerah"], ["wali", "kota"], ["kerja", "bakti"],
                   ["presiden", "joko", "widodo"], ["daerah", "perintah"]]
        for field in ("title", "body"):
            # and pairs of words standing together in articles' titles
            for doc in random.choice(np.flatnonzero(columns.alive), 15, replace=False):
                words = [t.text for t in snap.searcher.schema[field].analyzer(
                    reader.stored_fields(int(doc))["title"])]
                if len(words) >= 2:
                    phrases.append(words[:2])
            checked = 0
            for words in phrases:
                postings = [columns.postings(field, w)[0] for w in words]
                loose = postings[0]
                for ids in postings[1:]:
                    loose = loose[np.isin(loose, ids)]
                order = sorted(range(len(words)), key=lambda i: len(postings[i]))
                whoosh = {d for d in snap.searcher.docs_for_query(wq.Phrase(field, words))
                          if columns.alive[d]}
                found = columns.in_a_row(field, [words[i] for i in order], order, loose)
                assert found.tolist() == sorted(whoosh), (field, words)
                some = loose[::2]
                found = columns.in_a_row(field, [words[i] for i in order], order, some)
                assert found.tolist() == sorted(whoosh & set(some.tolist())), (field, words)
                checked += len(whoosh)
            assert checked > 20, field
    finally:
        engine.close()
