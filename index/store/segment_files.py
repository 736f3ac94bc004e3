"""The files Kabar writes beside each Whoosh segment (columns, positions, cards): a segment
that lacks one gets it before the table of contents that lists it is written, so that every
committed segment has all three (a Whoosh writer's new or merged segment; every segment of an
index written before a kind of file existed; a file removed by hand)."""

from __future__ import annotations

from pathlib import Path

from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC
from whoosh.reading import SegmentReader

from index.store import segment_cards, segment_columns, segment_positions
from index.store.schema import make_schema

_KINDS = (  # (the file of a segment, how to write it from the segment's reader)
    (segment_columns.column_file, segment_columns.write_for_segment),
    (segment_positions.positions_file, segment_positions.write_for_segment),
    (segment_cards.card_file, segment_cards.write_for_segment),
)


def write_missing(storage, schema, segments: list) -> None:
    """Write every file each of `segments` lacks."""
    folder = storage.folder
    for segment in segments:
        missing = [write for file_of, write in _KINDS
                   if not file_of(folder, segment.segment_id()).exists()]
        if not missing:
            continue
        reader = SegmentReader(storage, schema, segment)
        try:
            for write in missing:
                write(folder, reader)
        finally:
            reader.close()


def complete(generation: Path) -> None:
    """Write the files a generation's committed segments lack: every writer that commits into
    a generation does this first, so that the first `kabar index add` or `remove` after an
    upgrade makes opening it cheap."""
    schema = make_schema()
    storage = FileStorage(str(generation), supports_mmap=False)
    write_missing(storage, schema, TOC.read(storage, "MAIN", schema=schema).segments)
