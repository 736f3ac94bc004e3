"""The bulk writer's term index (whoosh_internals.add_term_infos and write_term_hashes) is the
file Whoosh's own OrderedHashWriter writes, byte for byte."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import TEXT
from whoosh.filedb.filestore import FileStorage
from whoosh.system import pack_ushort

from index.store import whoosh_internals

LETTERS = "abcdefghijklmnopqrstuvwxyzé0123456789"


def _field(count: int, seed: int) -> tuple[list[bytes], list[bytes]]:
    """Increasing terms of varied lengths, with term infos of varied sizes."""
    rng = random.Random(seed)
    terms = sorted({"".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 14))).encode()
                    for _ in range(count)})
    infos = [rng.randbytes(rng.choice((9, 17, 40))) for _ in terms]
    return terms, infos


def _term_index(folder: Path, fields: list[tuple[str, tuple[list[bytes], list[bytes]]]],
                ours: bool) -> bytes:
    folder.mkdir()
    storage = FileStorage(str(folder)).create()
    codec = W3Codec()
    segment = codec.new_segment(storage, "t")
    fieldwriter = codec.field_writer(storage, segment)
    if ours:
        whoosh_internals.write_term_hashes_at_close(fieldwriter)
    for name, (terms, infos) in fields:
        fieldwriter.start_field(name, TEXT())
        if ours:
            whoosh_internals.add_term_infos(fieldwriter, terms, infos)
        else:  # what W3FieldWriter.finish_term does for each term
            prefix = pack_ushort(fieldwriter._fieldid)
            for term, info in zip(terms, infos, strict=True):
                fieldwriter._tindex.add(prefix + term, info)
        fieldwriter.finish_field()
    fieldwriter.close()
    return (folder / segment.make_filename(W3Codec.TERMS_EXT)).read_bytes()


@pytest.mark.parametrize("sizes", [(0,), (1,), (5, 0, 700), (3000, 12000, 40)])
def test_term_index_is_whoosh_term_index(tmp_path, sizes):
    # 12,000 terms take the file past 65,535 bytes: the positions' array is widened midway
    fields = [(f"field{at}", _field(count, seed=at)) for at, count in enumerate(sizes)]
    theirs = _term_index(tmp_path / "whoosh", fields, ours=False)
    assert _term_index(tmp_path / "ours", fields, ours=True) == theirs


def test_term_index_refuses_keys_out_of_order(tmp_path):
    with pytest.raises(ValueError, match="increase"):
        _term_index(tmp_path / "ours", [("a", ([b"b"], [b"x" * 9])), ("a", ([b"a"], [b"y" * 9]))],
                    ours=True)
