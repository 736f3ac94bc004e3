"""Write a fresh index's segments directly, without Whoosh's posting pool.

Whoosh's SegmentWriter spends most of a build in Python per posting: a tuple per posting into an
external sort, then one call per posting into the codec. A build starts from an empty index, so the
postings can instead be gathered per field as flat lists, inverted with numpy when a segment ends,
and handed to Whoosh's block writer 128 at a time. The files written are the same W3 segments
Whoosh writes; the equivalence is tested posting for posting (tests/test_bulk_writer.py).

Only for a build into a new generation: updates and deletions go through Whoosh's own writer.
Several BulkWriters (a build's worker processes) may write segments into one index; one
``commit_segments`` then makes them all its content.
"""

from __future__ import annotations

import zlib
from array import array
from collections import defaultdict
from pickle import dumps

import numpy as np
from whoosh.codec.whoosh3 import (
    COMPRESSION_MIN_SIZE,
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3Segment,
    W3TermInfo,
)
from whoosh.index import TOC, FileIndex, clean_files
from whoosh.system import pack_int, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte

from index.postings import Analyzed, analyze_document

# Documents per segment: bounds the memory a build holds.
SEGMENT_DOCS = 20_000


class _FieldPostings:
    """One field's postings in one segment, document by document, as the workers sent them."""

    __slots__ = ("counts", "docs", "terms", "values", "weights")

    def __init__(self) -> None:
        self.docs: list[int] = []
        self.counts: list[int] = []  # postings of each of those documents
        self.terms: list[bytes] = []
        self.weights: list[float] = []
        self.values: list[bytes] = []

    def by_term(self) -> tuple[list[bytes], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Terms in order, where each one's postings end, and the postings sorted by term (and
        by document within a term: they arrived in document order)."""
        terms = sorted(set(self.terms))
        number = {term: n for n, term in enumerate(terms)}
        ids = np.fromiter(map(number.__getitem__, self.terms), dtype=np.int64,
                          count=len(self.terms))
        order = np.argsort(ids, kind="stable")
        ends = np.cumsum(np.bincount(ids, minlength=len(terms)))
        docs = np.repeat(np.array(self.docs, dtype=np.uint32), self.counts)[order]
        weights = np.array(self.weights, dtype=np.float32)[order]
        values = np.empty(len(self.values), dtype=object)
        values[:] = self.values
        return terms, ends, docs, weights, values[order]


def _compress(data: bytes, level: int) -> bytes:
    # zlib.compress sets up a 32 KB window for every block of a few hundred bytes; 1 KB is
    # twice as fast, and zlib.decompress reads it the same (0.6% larger postings)
    compressor = zlib.compressobj(level, zlib.DEFLATED, 10)
    return compressor.compress(data) + compressor.flush()


def _write_term(postfile, fixed_size: int | None, docs: np.ndarray, gaps: np.ndarray,
                weights: np.ndarray, values: np.ndarray, lengths: list[int], limit: int,
                compression: int) -> W3TermInfo:
    """One term's postings as whoosh3's W3PostingsWriter writes them, a block of ``limit`` at a
    time, and its term info. The same bytes with a fraction of the calls: a build writes
    hundreds of thousands of terms. Follows whoosh3 3.x's format (pinned below 4); the
    equivalence test compares every term's postings and statistics with Whoosh's own.
    ``gaps``: each document number minus the one before."""
    info = W3TermInfo()
    start = postfile.tell()
    postfile.write(WHOOSH3_HEADER_MAGIC)
    count = len(docs)
    for block in range(0, count, limit):
        stop = min(block + limit, count)
        ids = docs[block:stop].tolist()
        block_weights = array("f", weights[block:stop].tobytes())
        present = [n for n in lengths[block:stop] if n]
        minlength = min(present) if present else None
        maxlength = max(present, default=0)
        maxweight = max(0, max(block_weights))
        deltas = gaps[block:stop].tolist()
        deltas[0] = ids[0]  # each block from 0
        if all(w == 1.0 for w in block_weights):
            mini_weights = None
        elif all(w == block_weights[0] for w in block_weights):
            mini_weights = block_weights[0]
        else:
            mini_weights = tuple(block_weights)
        kept = [v for v in values[block:stop] if v]
        if fixed_size is None or fixed_size < 0:
            mini_values = tuple(kept)
        elif fixed_size == 0:
            mini_values = None
        else:
            mini_values = b"".join(kept)
        # Whoosh reads any pickle protocol. Its own, 2, pickles each bytes value as a call to
        # decode; 4 stores them as they are: a third less time, a fifth smaller postings.
        data = dumps((tuple(deltas), mini_weights, mini_values), 4)
        level = compression if len(data) >= COMPRESSION_MIN_SIZE else 0
        if level:
            data = _compress(data, level)
        header = dumps((len(ids), ids[-1], maxweight, level, length_to_byte(minlength),
                        length_to_byte(maxlength)), 2)
        size = len(header) + len(data)
        postfile.write(pack_int(-size if stop == count else size) + header + data)

        info._weight += sum(block_weights)
        info._df += len(ids)
        if info._minlength is None:
            info._minlength = minlength
        elif minlength is not None:
            info._minlength = min(info._minlength, minlength)
        info._maxlength = max(info._maxlength, maxlength)
        info._maxweight = max(info._maxweight, maxweight)
        if info._minid is None:
            info._minid = ids[0]
        info._maxid = ids[-1]
    info.set_extent(start, postfile.tell() - start)
    return info


def _check_empty(ix: FileIndex) -> None:
    if ix._read_toc().segments:
        raise ValueError("BulkWriter writes into an empty index only")


def commit_segments(ix: FileIndex, segments: list[W3Segment]) -> None:
    """Make written segments the content of their empty index: its table of contents, then the
    scratch files (and the column files of an empty last segment) removed."""
    _check_empty(ix)
    name = ix.indexname
    generation = ix._read_toc().generation + 1
    TOC(ix.schema, segments, generation).write(ix.storage, name)
    clean_files(ix.storage, name, generation, segments)
    ix.storage.temp_storage(f"{name}.tmp").destroy()


class BulkWriter:
    """Adds documents to a new, empty index as one or more fresh segments.

    Use it like Whoosh's writer (``add_document(**fields)``, then ``commit()``); nothing is
    visible until the commit writes the table of contents. Or ``finish()`` it and hand its
    segments, with other writers', to ``commit_segments``.
    """

    def __init__(self, ix: FileIndex, segment_docs: int = SEGMENT_DOCS) -> None:
        _check_empty(ix)
        self.ix = ix
        self.schema = ix.schema
        self.storage = ix.storage
        self.segment_docs = segment_docs
        self.codec = W3Codec()
        self.segments = []
        self._start_segment()

    def _start_segment(self) -> None:
        self.segment = self.codec.new_segment(self.storage, self.ix.indexname)
        self.perdoc = self.codec.per_document_writer(self.storage, self.segment)
        self.postings: dict[str, _FieldPostings] = defaultdict(_FieldPostings)
        self.lengths: dict[str, array] = defaultdict(lambda: array("I"))
        self.docnum = 0

    def add_document(self, **fields) -> None:
        self.add_analyzed(fields, analyze_document(self.schema, fields))

    def add_analyzed(self, fields: dict, analyzed: Analyzed) -> tuple[int, int]:
        """Add a document whose indexed fields ``analyze_document`` has turned into postings.
        Returns where it went: the number of this writer's segment, and its document number
        there."""
        schema = self.schema
        docnum = self.docnum
        place = (len(self.segments), docnum)
        self.perdoc.start_doc(docnum)
        for name in sorted(fields):
            value = fields[name]
            if value is None:
                continue
            field = schema[name]
            length = 0
            if name in analyzed:
                terms, weights, values, length = analyzed[name]
                postings = self.postings[name]
                postings.docs.append(docnum)
                postings.counts.append(len(terms))
                postings.terms.extend(terms)
                postings.weights.extend(weights)
                postings.values.extend(values)
                if not field.scorable:
                    length = 0
                lengths = self.lengths[name]
                lengths.extend([0] * (docnum + 1 - len(lengths)))
                # a posting carries its document's length as the segment stores it: one byte
                lengths[docnum] = byte_to_length(length_to_byte(length)) if length else 0
            self.perdoc.add_field(name, field, value if field.stored else None, length)
            if field.column_type:
                self.perdoc.add_column_value(name, field.column_type,
                                             field.to_column_value(value))
        self.perdoc.finish_doc()
        self.docnum += 1
        if self.docnum >= self.segment_docs:
            self._finish_segment()
            self._start_segment()
        return place

    def _finish_segment(self) -> None:
        if not self.docnum:
            self.perdoc.close()
            return
        self.perdoc.close()
        fieldwriter = self.codec.field_writer(self.storage, self.segment)
        limit = self.codec._blocklimit
        for name in sorted(self.postings):
            terms, ends, docs, weights, values = self.postings[name].by_term()
            if not len(terms):
                continue
            lengths = np.frombuffer(self.lengths[name], dtype=np.uint32)[docs].tolist()
            gaps = np.diff(docs.astype(np.int64), prepend=0)
            field = self.schema[name]
            fieldwriter.start_field(name, field)
            # what W3FieldWriter.start_term .. finish_term do, without its per-posting writer
            prefix = pack_ushort(fieldwriter._fieldid)
            fixed_size = field.format.fixed_value_size()
            start = 0
            for tbytes, end in zip(terms, ends.tolist(), strict=True):
                info = _write_term(fieldwriter._postfile, fixed_size, docs[start:end],
                                   gaps[start:end], weights[start:end], values[start:end],
                                   lengths[start:end], limit, self.codec._compression)
                fieldwriter._tindex.add(prefix + tbytes, info.to_bytes())
                start = end
            fieldwriter.finish_field()
        fieldwriter.close()
        self.segment.set_doc_count(self.docnum)
        if self.segment.should_assemble():
            self.segment.create_compound_file(self.storage)
            self.segment.compound = True
        self.segments.append(self.segment)

    def finish(self) -> list[W3Segment]:
        """Write out the last segment; the segments written, for ``commit_segments``."""
        self._finish_segment()
        return self.segments

    def commit(self) -> None:
        commit_segments(self.ix, self.finish())

    def cancel(self) -> None:
        """Leave the index as it was (the caller removes the new generation's folder)."""
        self.perdoc.close()
        self.storage.temp_storage(f"{self.ix.indexname}.tmp").destroy()

