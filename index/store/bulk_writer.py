"""Write a fresh index's segments directly, without Whoosh's posting pool.

Whoosh's SegmentWriter spends most of a build in Python per posting: a tuple per posting into an
external sort, then one call per posting into the codec. A build starts from an empty index, so the
postings can instead be gathered per field as flat lists, inverted with numpy when a segment ends,
and written as W3 posting blocks by compiled code (index/store/_blocks.c). The files are W3 segments
that Whoosh reads as its own; the equivalence is tested posting for posting
(tests/test_bulk_writer.py).

Only for a build into a new generation: updates and deletions go through Whoosh's own writer.
Several BulkWriters (a build's worker processes) may write segments into one index; one
``commit_segments`` then makes them all its content.
"""

from __future__ import annotations

import gc
from array import array
from collections import defaultdict

import numpy as np
from isal import isal_zlib
from whoosh.codec.whoosh3 import W3Codec, W3Segment
from whoosh.index import TOC, FileIndex, clean_files
from whoosh.reading import SegmentReader
from whoosh.util.numeric import length_to_byte

from index.analysis.postings import Analyzed, analyze_document
from index.store import segment_cards, segment_columns, segment_positions, whoosh_internals
from index.store._blocks import group_by_term, postings_blocks

# Documents per segment: bounds the memory a build holds.
SEGMENT_DOCS = 20_000
# What a build compresses (posting blocks, stored fields) it deflates with isal, which at its
# level 1 packs as tightly as zlib's level 3 (Whoosh's), three times as fast. zlib reads it.
DEFLATE_LEVEL = 1


class _FieldPostings:
    """One field's postings in one segment, document by document, as they were added."""

    __slots__ = ("counts", "docs", "terms", "values", "weights")

    def __init__(self) -> None:
        self.docs: list[int] = []
        self.counts: list[int] = []  # postings of each of those documents
        self.terms: list[bytes] = []
        # as the float32 the posting blocks store: 4 bytes a posting instead of a float object
        # and a list's pointer (32), in the memory a worker holds for a segment
        self.weights = array("f")
        self.values: list[bytes] = []

    def by_term(self) -> tuple[list[bytes], np.ndarray, np.ndarray, np.ndarray, list[bytes]]:
        """Terms in order, where each one's postings end, and the postings sorted by term (and
        by document within a term: they arrived in document order)."""
        terms, ends, order, values = group_by_term(self.terms, self.values)
        order = np.frombuffer(order, dtype=np.int64)
        docs = np.repeat(np.array(self.docs, dtype=np.uint32), self.counts)[order]
        weights = np.frombuffer(self.weights, dtype=np.float32)[order]
        return terms, np.frombuffer(ends, dtype=np.int64), docs, weights, values


def _check_empty(ix: FileIndex) -> None:
    if whoosh_internals.table_of_contents(ix).segments:
        raise ValueError("BulkWriter writes into an empty index only")


def commit_segments(ix: FileIndex, segments: list[W3Segment]) -> None:
    """Make written segments the content of their empty index: its table of contents, then the
    scratch files (and the column files of an empty last segment) removed."""
    _check_empty(ix)
    name = ix.indexname
    generation = whoosh_internals.table_of_contents(ix).generation + 1
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
        self.positional_fields = set(segment_positions.positional_fields(self.schema))
        self._plans: dict[str, tuple] = {}  # a field's name: it, scorable, stored, column type
        self._start_segment()

    def _start_segment(self) -> None:
        self.segment = self.codec.new_segment(self.storage, self.ix.indexname)
        self.perdoc = self.codec.per_document_writer(self.storage, self.segment)
        whoosh_internals.compress_stored_fields(self.perdoc, isal_zlib.compress, DEFLATE_LEVEL)
        self.postings: dict[str, _FieldPostings] = defaultdict(_FieldPostings)
        # each document's length in a field, as the one byte postings carry (0: none)
        self.lengths: dict[str, array] = defaultdict(lambda: array("B"))
        self.cards: list[bytes] = []  # each document's card (index/store/segment_cards.py)
        self.stored = whoosh_internals.stored_fields_writer(self.perdoc)
        # Whoosh's per-document columns, written once at the segment's end: (True, field) for
        # a field's lengths (self.lengths), (False, field) for a sortable field's values (by
        # document), in the order Whoosh's own writer would have created them
        self.columns: dict[tuple[bool, str], None] = {}
        self.column_values: dict[str, dict[int, int]] = defaultdict(dict)
        self.field_lengths: dict[str, int] = {}  # each field's total, as Whoosh's segment keeps
        self.docnum = 0

    def add_document(self, **fields) -> None:
        self.add_analyzed(fields, analyze_document(self.schema, fields))

    def add_analyzed(self, fields: dict, analyzed: Analyzed) -> tuple[int, int]:
        """Add a document whose indexed fields ``analyze_document`` has turned into postings.
        Returns where it went: the number of this writer's segment, and its document number
        there."""
        plans = self._plans
        docnum = self.docnum
        place = (len(self.segments), docnum)
        columns = self.columns
        stored = {}
        for name in sorted(fields):
            value = fields[name]
            if value is None:
                continue
            plan = plans.get(name)
            if plan is None:
                field = self.schema[name]
                plan = plans[name] = (field, field.scorable, field.stored, field.column_type)
            field, scorable, is_stored, column_type = plan
            if name in analyzed:
                terms, weights, values, length = analyzed[name]
                postings = self.postings[name]
                postings.docs.append(docnum)
                postings.counts.append(len(terms))
                postings.terms.extend(terms)
                postings.weights.extend(weights)
                postings.values.extend(values)
                lengths = self.lengths[name]
                lengths.extend(bytes(docnum + 1 - len(lengths)))
                if length and scorable:
                    lengths[docnum] = length_to_byte(length)
                    self.field_lengths[name] = self.field_lengths.get(name, 0) + length
                    columns[True, name] = None
            if is_stored:
                stored[name] = value
            if column_type:
                self.column_values[name][docnum] = field.to_column_value(value)
                columns[False, name] = None
        if stored:
            self.stored.add(docnum, stored)
        self.cards.append(segment_cards.encoded(segment_cards.card_of(stored)))
        self.docnum += 1
        if self.docnum >= self.segment_docs:
            self._finish_segment()
            self._start_segment()
        return place

    def _finish_segment(self) -> None:
        if not self.docnum:
            self.perdoc.close()
            return
        # A segment's end makes a tuple or two per term and no cycles: each collection it set
        # off would walk the segment's posting lists (a twentieth of its CPU).
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._write_segment()
        finally:
            if collecting:
                gc.enable()

    def _write_segment(self) -> None:
        self._write_document_columns()
        self.perdoc.close()
        fieldwriter = self.codec.field_writer(self.storage, self.segment)
        whoosh_internals.write_term_hashes_at_close(fieldwriter)
        limit = whoosh_internals.block_limit(self.codec)
        pairs = {}  # the facet fields' postings, for the segment's column file
        positional = {}  # the positional fields' postings, for the segment's positions file
        for name in sorted(self.postings):
            terms, ends, docs, weights, values = self.postings[name].by_term()
            if not len(terms):
                continue
            if name in segment_columns.PAIR_FIELDS.values():
                counts = np.diff(ends, prepend=0)
                pairs[name] = ([t.decode("utf-8") for t in terms], docs.astype(np.int64),
                               np.repeat(np.arange(len(terms), dtype=np.int64), counts))
            lengths = np.frombuffer(self.lengths[name], dtype=np.uint8)[docs]
            field = self.schema[name]
            if name in self.positional_fields:
                counts, positions = segment_positions.decoded(values)
                positional[name] = segment_positions.FieldPostings(
                    terms, ends, docs, weights, counts, positions)
            fieldwriter.start_field(name, field)
            # what W3FieldWriter.start_term .. finish_term do for every term, in C
            fixed_size = field.format.fixed_value_size()
            postfile = whoosh_internals.postings_file(fieldwriter)
            written, infos = postings_blocks(
                postfile.tell(), ends, docs, weights, lengths, values, limit, DEFLATE_LEVEL,
                -1 if fixed_size is None else fixed_size, isal_zlib.compress)
            postfile.write(written)
            whoosh_internals.add_term_infos(fieldwriter, terms, infos)
            fieldwriter.finish_field()
        fieldwriter.close()
        self.segment.set_doc_count(self.docnum)
        if self.segment.should_assemble():
            self.segment.create_compound_file(self.storage)
            self.segment.compound = True
        self._write_columns(pairs)
        segment_positions.write(self.storage.folder, self.segment.segment_id(), self.docnum,
                                positional)
        segment_cards.write(self.storage.folder, self.segment.segment_id(), self.cards)
        self.segments.append(self.segment)

    def _write_document_columns(self) -> None:
        """Whoosh's per-document columns, each in one write (whoosh_internals)."""
        columns = {}
        for is_length, name in self.columns:
            if is_length:
                column_name, column = whoosh_internals.length_column(name)
                values = whoosh_internals.numeric_column_array(column, self.docnum)
                lengths = self.lengths[name]
                values[:len(lengths)] = np.frombuffer(lengths, dtype=np.uint8)
            else:
                column_name, column = name, self.schema[name].column_type
                values = whoosh_internals.numeric_column_array(column, self.docnum)
                by_doc = self.column_values[name]
                values[np.fromiter(by_doc, dtype=np.int64, count=len(by_doc))] = np.fromiter(
                    by_doc.values(), dtype=values.dtype, count=len(by_doc))
            columns[column_name] = (column, values)
        whoosh_internals.write_documents_columns(self.perdoc, self.docnum, self.field_lengths,
                                                 columns)

    def _write_columns(self, pairs: dict) -> None:
        """The segment's column file (index/store/segment_columns.py), from what this writer
        holds: in a build's workers, in parallel, before any table of contents lists it."""
        reader = SegmentReader(self.storage, self.schema, self.segment)
        try:
            lengths = {name: bytes(self.lengths[name]) for name in self.lengths}
            arrays = segment_columns.from_written(reader, lengths, pairs)
        finally:
            reader.close()
        segment_columns.write(self.storage.folder, self.segment.segment_id(), arrays)

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

