"""Whether two built indexes hold the same files, segment by segment: a stricter check than
bench.index_dump for a change meant to make the build cheaper and change nothing.

    .venv/bin/python -m bench.index_files BEFORE_DIR AFTER_DIR

The two index folders' segments are taken in the order of their tables of contents (a build is
deterministic: the same sources give the same segments and document numbers), and for each,
every file compared byte for byte with the segment's random id left out of its name: the
files inside the compound ``.seg`` (posting blocks, term index, stored fields, Whoosh's
columns) and the column, positions and card files beside it; with each segment's document
count, deleted documents and fields' total lengths. (The ``.seg`` files themselves differ by
their ids and times of writing, so they are compared by what they hold.) Exit status 1 when
anything differs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from whoosh.index import FileIndex

from index.store import whoosh_internals
from index.store.generations import open_generation

Segment = tuple[tuple, dict[str, bytes]]


def segments(index_dir: Path) -> list[Segment]:
    """Each segment of an index folder's current generation (``segments_of``)."""
    return segments_of(open_generation(index_dir))


def segments_of(ix: FileIndex) -> list[Segment]:
    """Each segment of an index: what it says of itself, and its files."""
    with ix.reader() as reader:
        leaves = [leaf for leaf, _ in reader.leaf_readers()]
        lengths = [[leaf.field_length(name) for name in ix.schema.names()] for leaf in leaves]
    found = []
    toc = whoosh_internals.table_of_contents(ix)
    for segment, field_lengths in zip(toc.segments, lengths, strict=True):
        segment_id = segment.segment_id()
        files = {}
        if segment.is_compound():
            compound = segment.open_compound_file(ix.storage)
            for name in sorted(compound.list()):
                handle = compound.open_file(name)
                files[name.replace(segment_id, "SEGMENT")] = handle.read()
                handle.close()
            compound.close()
        for path in sorted(Path(ix.storage.folder).glob(segment_id + "*")):
            if path.suffix != ".seg":
                files[path.name.replace(segment_id, "SEGMENT")] = path.read_bytes()
        deleted = sorted(segment.deleted_docs()) if segment.has_deletions() else []
        found.append(((segment.doc_count_all(), deleted, field_lengths), files))
    return found


def differences(before: list[Segment], after: list[Segment]) -> list[str]:
    if len(before) != len(after):
        return [f"{len(before)} segments before, {len(after)} after"]
    found = []
    pairs = zip(before, after, strict=True)
    for number, ((said, files), (said_after, files_after)) in enumerate(pairs):
        if said != said_after:
            found.append(f"segment {number}: document count, deletions or lengths differ")
        for name in sorted(set(files) | set(files_after)):
            if files.get(name) != files_after.get(name):
                found.append(f"segment {number}: {name} differs")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="an index folder")
    parser.add_argument("after", type=Path, help="another index folder")
    args = parser.parse_args()
    before, after = segments(args.before), segments(args.after)
    found = differences(before, after)
    for line in found:
        print(line)
    files = sum(len(files) for _, files in before)
    print(f"{len(before)} segments, {files} files: "
          + (f"{len(found)} differences" if found else "identical"))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
