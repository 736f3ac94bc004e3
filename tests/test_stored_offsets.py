"""Whoosh derives a stored column's offsets from its lengths in a Python loop over every
document (below 2**15 documents it stores none); index/store/whoosh_internals.py sums them with
numpy instead. The same arrays, of the same types, as Whoosh's own loop: on columns Whoosh
writes here, and on the stored fields of every segment of an index of real articles."""

from __future__ import annotations

import numpy as np
import pytest
from whoosh.columns import CompressedBytesColumn, VarBytesColumn
from whoosh.filedb.filestore import RamStorage

from index.store import whoosh_internals
from search import open_index


def _both_ways(reader) -> None:
    fast = (reader._offsets, reader._lengths)
    whoosh_internals._OFFSETS_IN_PYTHON(reader)
    assert (fast[0].typecode, fast[1].typecode) == (reader._offsets.typecode,
                                                    reader._lengths.typecode)
    assert fast[0].tolist() == reader._offsets.tolist()
    assert fast[1].tolist() == reader._lengths.tolist()


@pytest.mark.parametrize("count", [0, 1, 7, 300, 2**15 + 5])
def test_a_written_column_reads_as_whoosh_reads_it(count):
    assert VarBytesColumn.Reader._read_offsets_and_lengths is \
        whoosh_internals._fast_offsets_and_lengths
    random = np.random.default_rng(count)
    values = [bytes(random.integers(0, 256, int(random.choice([0, 3, 70, 300])),
                                    dtype=np.uint8)) for _ in range(count)]
    storage = RamStorage()
    column = VarBytesColumn()
    handle = storage.create_file("column")
    writer = column.writer(handle)
    for docnum, value in enumerate(values):
        if value:
            writer.add(docnum, value)
    writer.finish(count)
    length = handle.tell()
    handle.close()
    reader = column.reader(storage.open_file("column"), 0, length, count)
    assert [reader[d] for d in range(count)] == values
    _both_ways(reader)


def test_every_segment_s_stored_fields_read_as_whoosh_reads_them(corpus_index):
    snapshot = open_index(corpus_index)._current()
    compared = 0
    for segment, _ in snapshot.columns.segments:
        perdoc = segment.leaf._perdoc
        reader = perdoc.column_reader("_stored", CompressedBytesColumn())
        _both_ways(reader)
        compared += segment.size
    assert compared > 5_000
