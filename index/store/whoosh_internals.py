"""Every use Kabar makes of what Whoosh keeps private, in one place, checked when imported.

A build writes segments without Whoosh's posting pool (index/store/bulk_writer.py), writers skip
Whoosh's lock file (index/store/writer.py) and a search reads posting blocks straight into numpy
(search/columns.py). Each needs a name that whoosh3 keeps private (a leading underscore), or
internal state of one of its objects. No other module touches one (tests/test_whoosh_fence.py
makes sure); each use is a small function here, and importing this module checks that every
name they need is still there, so that another whoosh3 fails at once with a message rather
than in the middle of a build or a search. pyproject.toml pins the version they were read from.
"""

from __future__ import annotations

import dis
import inspect
import struct
import types
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from hashlib import md5
from itertools import accumulate, chain
from pickle import loads

import numpy as np
from whoosh import __version_str__ as installed_version
from whoosh.codec import whoosh3
from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3LeafMatcher, W3PerDocWriter
from whoosh.columns import (
    CompressedBytesColumn,
    NumericColumn,
    VarBytesColumn,
    WrappedColumnWriter,
)
from whoosh.filedb import filetables
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.filedb.structfile import StructFile
from whoosh.formats import Positions
from whoosh.index import TOC, FileIndex
from whoosh.reading import IndexReader, SegmentReader, TermNotFound
from whoosh.system import _INT_SIZE, pack_ushort
from whoosh.util.numlists import GrowableArray
from whoosh.writing import SegmentWriter

WHOOSH3_VERSION = "3.54.0"  # the one pyproject.toml pins; what is below was read from its code

STORED_COLUMN = "_stored"  # the column W3PerDocWriter keeps a document's stored fields in


class WhooshChanged(ImportError):
    """The installed Whoosh lacks something this module relies on."""


# (owner, name): a class or module and a name it must have (see _has), or a function and one of
# its parameters.
Requirement = tuple[object, str]

REQUIREMENTS: list[Requirement] = [
    (FileIndex, "_read_toc"),
    (TOC, "_pattern"),
    (W3Codec, "_blocklimit"),
    (W3PerDocWriter, "_get_column"),
    (W3PerDocWriter, STORED_COLUMN),
    # what start_doc, add_field and finish_doc keep, set for a segment's documents at once
    (W3PerDocWriter, "_has_column"),
    (W3PerDocWriter, "_create_column"),
    (W3PerDocWriter, "_doccount"),
    (W3PerDocWriter, "_fieldlengths"),
    (whoosh3, "_lenfield"),
    (whoosh3, "LENGTHS_COLUMN"),
    (NumericColumn, "_typecode"),
    (NumericColumn, "_default"),
    (NumericColumn.Writer, "_dbfile"),
    (NumericColumn.Writer, "_count"),
    (WrappedColumnWriter, "_child"),
    (CompressedBytesColumn.Writer, "_compress"),
    (CompressedBytesColumn.Writer, "_level"),
    (W3FieldWriter, "_postfile"),
    (W3FieldWriter, "_fieldid"),
    (W3FieldWriter, "_tindex"),
    (filetables, "_lengths"),
    # what OrderedHashWriter.add does to its state, done for many terms at once
    (OrderedHashWriter, "dbfile"),
    (OrderedHashWriter, "index"),
    (OrderedHashWriter, "hashfn"),
    (OrderedHashWriter, "buckets"),
    (OrderedHashWriter, "lastkey"),
    (OrderedHashWriter, "directory"),
    (OrderedHashWriter, "_write_hashes"),
    (filetables, "md5_hash"),
    (filetables, "_pointer"),
    (SegmentWriter.__init__, "_lk"),
    (SegmentWriter, "_commit_toc"),
    (SegmentReader, "_terms"),
    (W3LeafMatcher, "_data"),
    (W3LeafMatcher, "_read_data"),
    (W3LeafMatcher, "_byteids"),
    (W3LeafMatcher, "_next_block"),
    # what VarBytesColumn.Reader reads its lengths with and keeps (_fast_offsets_and_lengths)
    (VarBytesColumn.Reader, "_read_offsets_and_lengths"),
    (VarBytesColumn.Reader, "_dbfile"),
    (VarBytesColumn.Reader, "_basepos"),
    (VarBytesColumn.Reader, "_length"),
    (VarBytesColumn.Reader, "_doccount"),
    (VarBytesColumn.Reader, "_offsets"),
    (VarBytesColumn.Reader, "_lengths"),
]


def _mentions(code: types.CodeType, name: str) -> bool:
    """Whether a function's code, nested code included, names `name` at all (as an attribute,
    a global or a string constant): a cheap filter before reading its instructions."""
    if name in code.co_names or name in code.co_consts:
        return True
    return any(isinstance(c, types.CodeType) and _mentions(c, name) for c in code.co_consts)


def _sets_or_uses(code: types.CodeType, name: str) -> bool:
    """Whether a function's code assigns the attribute (``self._x = …``) or uses the name as a
    string, nested code (comprehensions, inner functions) included."""
    if not _mentions(code, name):
        return False
    for instruction in dis.get_instructions(code):
        if instruction.argval == name and (
                instruction.opname == "STORE_ATTR" or instruction.opname == "LOAD_CONST"):
            return True
    return any(isinstance(c, types.CodeType) and _sets_or_uses(c, name) for c in code.co_consts)


def _codes_of_class(cls: type) -> list[types.CodeType]:
    """The code of the methods of a class and of its bases."""
    codes = []
    for klass in cls.__mro__:
        if klass is object:
            continue
        for member in vars(klass).values():
            function = member.fget if isinstance(member, property) else member
            function = getattr(function, "__func__", function)  # classmethod, staticmethod
            code = getattr(function, "__code__", None)
            if code is not None:
                codes.append(code)
    return codes


def _has(owner: object, name: str) -> bool:
    """A function has the parameter; a module or class the attribute, or, for a class, its
    code sets it on its objects (an instance attribute) or uses it as a string (a column's
    name)."""
    if isinstance(owner, types.FunctionType):
        return name in inspect.signature(owner).parameters
    if hasattr(owner, name):
        return True
    # only the methods that name it are disassembled: reading every method's instructions
    # cost a fifth of a second at each start
    return isinstance(owner, type) and any(_sets_or_uses(code, name)
                                           for code in _codes_of_class(owner))


def _describe(owner: object, name: str) -> str:
    if isinstance(owner, types.ModuleType):
        return f"{owner.__name__}.{name}"
    if isinstance(owner, types.FunctionType):
        return f"{owner.__module__}.{owner.__qualname__}({name}=…)"
    return f"{getattr(owner, '__module__', '?')}.{getattr(owner, '__qualname__', owner)}.{name}"


def missing(requirements: Iterable[Requirement]) -> list[str]:
    """The requirements the installed Whoosh does not meet, named for a message."""
    return [_describe(owner, name) for owner, name in requirements if not _has(owner, name)]


def check(requirements: Iterable[Requirement] = REQUIREMENTS,
          version: str = installed_version) -> None:
    """Raise WhooshChanged, saying what is missing and what to install, when a requirement is
    not met."""
    absent = missing(requirements)
    if absent:
        raise WhooshChanged(
            f"Kabar needs whoosh3 {WHOOSH3_VERSION}, whose internals it uses; the installed "
            f"whoosh3 {version} lacks {', '.join(absent)}: install the pinned version with "
            f"'pip install -c constraints.txt -e .' (or 'make')")


check()


# ---------------------------------------------------------------- reading stored fields

_OFFSETS_IN_PYTHON = VarBytesColumn.Reader._read_offsets_and_lengths


def _fast_offsets_and_lengths(self: VarBytesColumn.Reader) -> None:
    """VarBytesColumn.Reader's own, the offsets summed by numpy. Whoosh stores a column's
    offsets only beyond 2**15 documents; below (a segment of 20,000 articles) each process
    derives them from the lengths in a Python loop over every document, the first time it
    reads a stored field of the segment: about 3 ms of CPU a segment in a new process's first
    results page. The same arrays, of the same types."""
    lastbyte = self._basepos + self._length - 1
    code = chr(self._dbfile.get_byte(lastbyte))
    if code == "X" or array("L").itemsize != 8:  # offsets stored, or another platform
        return _OFFSETS_IN_PYTHON(self)
    count = self._doccount
    lengths = self._dbfile.get_array(lastbyte - struct.calcsize(code) * count, code, count)
    sizes = np.frombuffer(lengths, dtype=code).astype(np.uint64) if count else \
        np.zeros(0, dtype=np.uint64)
    offsets = array("L")
    offsets.frombytes((np.cumsum(sizes, dtype=np.uint64) - sizes).tobytes())
    self._offsets, self._lengths = offsets, lengths
    return None


VarBytesColumn.Reader._read_offsets_and_lengths = _fast_offsets_and_lengths


# ---------------------------------------------------------------- writing a build's segments

def table_of_contents(ix: FileIndex) -> TOC:
    """The index's committed table of contents (its segments, its generation)."""
    return ix._read_toc()


def is_unfinished_toc(filename: str, indexname: str) -> bool:
    """A table of contents Whoosh was writing (``_MAIN_3.toc.<time>``), renamed into place
    only when its commit finished."""
    final, dot_toc, suffix = filename.partition(".toc.")
    return bool(dot_toc and suffix and TOC._pattern(indexname).match(final + ".toc"))


def compress_stored_fields(perdoc: W3PerDocWriter, compress: Callable[[bytes, int], bytes],
                           level: int) -> None:
    """Have a segment's stored fields compressed by ``compress(data, level)`` (zlib's format)
    instead of Whoosh's zlib at its own level."""
    stored = perdoc._get_column(STORED_COLUMN)._child
    if not isinstance(stored, CompressedBytesColumn.Writer):
        raise WhooshChanged(f"whoosh3's stored fields are no longer compressed bytes ({stored!r})")
    stored._compress, stored._level = compress, level


def stored_fields_writer(perdoc: W3PerDocWriter) -> WrappedColumnWriter:
    """The writer of a segment's stored fields: ``add(docnum, fields)`` pickles and deflates a
    document's stored fields (what ``finish_doc`` does with those ``add_field`` gathered)."""
    return perdoc._get_column(STORED_COLUMN)


def length_column(name: str) -> tuple[str, NumericColumn]:
    """The column a segment keeps a field's per-document lengths in (a byte each)."""
    return whoosh3._lenfield(name), whoosh3.LENGTHS_COLUMN


def numeric_column_array(column: NumericColumn, doccount: int) -> np.ndarray:
    """An array of a numeric column's values for ``doccount`` documents, all its default, of the
    type its values are written as (struct's typecode, which numpy reads alike)."""
    if type(column) is not NumericColumn:
        raise TypeError(f"{column!r} is no NumericColumn")
    dtype = np.dtype(column._typecode)
    if dtype.itemsize != struct.calcsize("!" + column._typecode):
        raise TypeError(f"numpy's {column._typecode!r} is not struct's")
    return np.full(doccount, column._default, dtype=dtype)


def write_documents_columns(perdoc: W3PerDocWriter, doccount: int,
                            field_lengths: dict[str, int],
                            columns: dict[str, tuple[NumericColumn, np.ndarray]]) -> None:
    """What ``start_doc``, ``add_field`` and ``add_column_value`` leave in a segment's writer
    after ``doccount`` documents, each numeric column written in one write: ``columns`` holds,
    in the order Whoosh would have created them, each column's value for every document (its
    default where a document has none), ``field_lengths`` each field's total length, in the
    order the fields first had one. The same bytes as Whoosh's writer, value by value: its
    numeric column writes a document's value, the defaults before it, and nothing after the
    last value other than the default."""
    if perdoc._doccount:
        raise ValueError("a segment's documents were already started one by one")
    perdoc._doccount = doccount
    perdoc._fieldlengths.update(field_lengths)
    for name, (column, values) in columns.items():
        if perdoc._has_column(name):
            raise ValueError(f"column {name!r} was already written")
        if type(column) is not NumericColumn or values.dtype.char != column._typecode:
            raise TypeError(f"column {name!r}: not a numeric_column_array of {column!r}")
        perdoc._create_column(name, column)
        writer = perdoc._get_column(name)
        big_endian = values.dtype.newbyteorder(">")
        different = np.flatnonzero(values != column._default)
        if len(different):
            count = int(different[-1]) + 1
            writer._dbfile.write(values[:count].astype(big_endian).tobytes())
            writer._count = count


def block_limit(codec: W3Codec) -> int:
    """Postings per block in the codec's posting lists."""
    return codec._blocklimit


def postings_file(fieldwriter: W3FieldWriter) -> StructFile:
    """The postings file a segment's field writer writes to."""
    return fieldwriter._postfile


def add_term_infos(fieldwriter: W3FieldWriter, terms: list[bytes], infos: list[bytes]) -> None:
    """Enter terms of the field being written, in increasing order, with their W3TermInfo bytes:
    what ``W3FieldWriter.finish_term`` (``OrderedHashWriter.add``) does for each, with one
    write. A term's own write and two tells (each summing the file's blocks so far) took more
    time than the rest of its entry."""
    tindex = fieldwriter._tindex
    prefix = pack_ushort(fieldwriter._fieldid)
    keys = [prefix + term for term in terms]
    if not keys:
        return
    if keys[0] <= tindex.lastkey:
        raise ValueError("keys must increase")
    lengths = filetables._lengths
    header = lengths.size
    pack = lengths.pack
    records = []
    sizes = []
    for key, value in zip(keys, infos, strict=True):
        records += (pack(len(key), len(value)), key, value)
        sizes.append(header + len(key) + len(value))
    positions = list(accumulate(sizes[:-1], initial=tindex.dbfile.tell()))
    _extend_positions(tindex.index, positions)
    buckets = tindex.buckets
    for hashed, position in zip(_key_hashes(tindex, keys), positions, strict=True):
        buckets[hashed & 255].append((hashed, position))
    tindex.dbfile.write(b"".join(records))
    tindex.lastkey = keys[-1]


def _key_hashes(tindex: OrderedHashWriter, keys: list[bytes]) -> list[int]:
    """``tindex.hashfn`` of each key; Whoosh's MD5 hash (the low 32 bits of the digest, which
    it reads from the hex digest) taken from the digest's bytes."""
    if tindex.hashfn is not filetables.md5_hash:
        return [tindex.hashfn(key) for key in keys]
    from_bytes = int.from_bytes
    return [from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big") for key in keys]


def _extend_positions(index: GrowableArray, positions: list[int]) -> None:
    """``index.append`` of each position (increasing): in one step when they fit the array's
    type, else one by one (Whoosh widens the type at the first that does not fit)."""
    if isinstance(index.array, array):
        try:
            more = array(index.array.typecode, positions)
        except OverflowError:
            pass
        else:
            index.array.extend(more)
            return
    for position in positions:
        index.append(position)


_HASH_SLOT = np.dtype([("hash", ">u4"), ("position", ">i8")])  # a slot as filetables._pointer
if filetables._pointer.format != "!Iq":
    raise WhooshChanged(f"whoosh3's hash slots are no longer '!Iq' ({filetables._pointer.format})")


def write_term_hashes_at_close(fieldwriter: W3FieldWriter) -> None:
    """Have the field writer's term index, when it closes, write its hash tables with
    ``write_term_hashes`` instead of ``HashWriter._write_hashes`` (the same bytes)."""
    tindex = fieldwriter._tindex
    tindex._write_hashes = lambda: write_term_hashes(tindex)


def write_term_hashes(tindex: OrderedHashWriter) -> None:
    """What ``HashWriter._write_hashes`` writes (256 open-addressing tables of the keys' hashes
    and places; their places in ``directory``), each table in one write instead of one a slot."""
    dbfile = tindex.dbfile
    for entries in tindex.buckets:
        numslots = 2 * len(entries)
        tindex.directory.append((dbfile.tell(), numslots))
        hashes = [0] * numslots  # an empty slot: (0, 0)
        places = [0] * numslots
        for hashed, position in entries:
            slot = (hashed >> 8) % numslots
            while places[slot]:  # no key is at 0: the file's header is
                slot = (slot + 1) % numslots
            hashes[slot] = hashed
            places[slot] = position
        table = np.empty(numslots, dtype=_HASH_SLOT)
        table["hash"] = hashes
        table["position"] = places
        dbfile.write(table.tobytes())


BeforeCommit = Callable[[object, object, list], None]  # (storage, schema, segments)


class _HookedWriter(SegmentWriter):
    """Whoosh's writer that calls ``before_commit`` with the segments of the commit once they
    are written, just before their table of contents is."""

    def __init__(self, ix: FileIndex, before_commit: BeforeCommit) -> None:
        super().__init__(ix, _lk=False)
        self._before_commit = before_commit

    def _commit_toc(self, segments: list) -> None:
        self._before_commit(self.storage, self.schema, segments)
        super()._commit_toc(segments)


def unlocked_writer(ix: FileIndex, before_commit: BeforeCommit | None = None) -> SegmentWriter:
    """Whoosh's writer without its WRITELOCK file (the caller serialises writers itself);
    ``before_commit(storage, schema, segments)`` runs when a commit's segments are written,
    before the table of contents that makes them the index's content."""
    if before_commit is None:
        return SegmentWriter(ix, _lk=False)
    return _HookedWriter(ix, before_commit)


# ------------------------------------------------------------------ reading posting blocks

class PackedValues:
    """A block's Positions values joined in one bytes object: kept, they are two objects, not
    one per document for the garbage collector to walk through."""

    __slots__ = ("data", "ends")

    def __init__(self, values: Sequence[bytes]) -> None:
        self.data = b"".join(values)
        self.ends = np.cumsum(np.fromiter(map(len, values), dtype=np.int64, count=len(values)))

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, at: int) -> bytes:
        return self.data[self.ends[at - 1] if at else 0:self.ends[at]]

    def __iter__(self) -> Iterator[bytes]:
        return map(self.__getitem__, range(len(self.ends)))

    @property
    def nbytes(self) -> int:
        return len(self.data) + self.ends.nbytes


# a block's documents and their Positions values
PositionBlock = tuple[np.ndarray, Sequence[bytes] | PackedValues]


def term_postings_blocks(leaf: IndexReader, field: str, term: bytes,
                         kept: list[PositionBlock] | None = None
                         ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """A term's postings in one segment, block by block: document numbers (int64) and weights
    (float32), deleted documents included. Nothing when the segment lacks the term.

    Whoosh's matchers give one posting per call; this unpickles each W3 block once and takes
    its arrays whole. A block holds the documents' positions too (their values): with `kept`,
    each block's documents and values are appended to it (for ``positions_in_blocks``),
    when the field keeps positions and the postings are not inlined in the term's info."""
    if (field, term) not in leaf:
        return
    try:
        matcher = leaf._terms.matcher(field, term, leaf.schema[field].format)
    except TermNotFound:
        return
    if not isinstance(matcher, W3LeafMatcher):  # postings inlined into the term's info
        ids, weights = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        yield np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float32)
        return
    keeps_positions = type(leaf.schema[field].format) is Positions
    while matcher.is_active():
        if matcher._data is None:
            matcher._read_data()
        raw_ids, raw_weights = matcher._data[0], matcher._data[1]
        ids = np.asarray(raw_ids, dtype=np.int64)
        if not matcher._byteids:
            ids = np.cumsum(ids)  # stored as gaps
        if raw_weights is None:  # every weight 1
            weights = np.ones(len(ids), dtype=np.float32)
        elif isinstance(raw_weights, float):  # every weight the same
            weights = np.full(len(ids), raw_weights, dtype=np.float32)
        else:
            weights = np.asarray(raw_weights, dtype=np.float32)
        if kept is not None and keeps_positions:
            kept.append((ids, PackedValues(matcher._data[2])))
        yield ids, weights
        matcher._next_block()


def term_positions(leaf: IndexReader, field: str, term: bytes,
                   wanted: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Where a term stands in the documents of one segment, deleted ones included: (document
    numbers ascending, how many times each has the term, the positions one document after
    the other). Nothing when the segment lacks the term.

    With `wanted` (ascending document numbers of the segment), only those documents: a block
    of postings none of them is in is skipped unread (its header says its last document), and
    only their positions are decoded."""
    if (field, term) not in leaf:
        return _NO_IDS, _NO_IDS, _NO_IDS
    try:
        matcher = leaf._terms.matcher(field, term, leaf.schema[field].format)
    except TermNotFound:
        return _NO_IDS, _NO_IDS, _NO_IDS
    if not isinstance(matcher, W3LeafMatcher):  # postings inlined into the term's info
        docs, lists = [], []
        while matcher.is_active():
            docs.append(matcher.id())
            lists.append(matcher.value_as("positions"))
            matcher.next()
        counts = np.array([len(p) for p in lists], dtype=np.int64)
        flat = np.fromiter(chain.from_iterable(lists), dtype=np.int64, count=int(counts.sum()))
        found = np.array(docs, dtype=np.int64)
        if wanted is None:
            return found, counts, flat
        keep = np.isin(found, wanted)
        flat = flat[np.repeat(keep, counts)]
        return found[keep], counts[keep], flat
    if type(leaf.schema[field].format) is not Positions:
        raise WhooshChanged(f"whoosh3's field {field} does not keep Positions")
    blocks: list[PositionBlock] = []
    first = 0  # how many of `wanted` come before the block
    while matcher.is_active():
        if wanted is not None:
            if first == len(wanted):
                break
            last = int(np.searchsorted(wanted, matcher.block_max_id(), side="right"))
            if last == first:  # none of the wanted documents in this block
                matcher._next_block()
                continue
            first = last
        if matcher._data is None:
            matcher._read_data()
        ids = np.asarray(matcher._data[0], dtype=np.int64)
        blocks.append((ids if matcher._byteids else np.cumsum(ids), matcher._data[2]))
        matcher._next_block()
    return positions_in_blocks(blocks, wanted)


def positions_in_blocks(blocks: list[PositionBlock], wanted: np.ndarray | None = None
                        ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(documents, how many positions each, the positions one document after the other) of
    blocks of a term's postings (ascending), for all their documents or those of `wanted`
    (ascending): only their values are decoded."""
    found: list[np.ndarray] = []
    values: list[bytes] = []
    for ids, block_values in blocks:
        if wanted is None:
            found.append(ids)
            values += block_values
            continue
        low = int(np.searchsorted(wanted, ids[0]))
        inside = wanted[low:int(np.searchsorted(wanted, ids[-1], side="right"))]
        if not len(inside):
            continue
        at = np.searchsorted(ids, inside)
        at = at[ids[at] == inside]
        found.append(ids[at])
        values += [block_values[i] for i in at.tolist()]
    if not values:
        return _NO_IDS, _NO_IDS, _NO_IDS
    return (np.concatenate(found), *positions_of_values(values))


def positions_of_values(values: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """(how many positions each value holds, the positions one value after the other) from
    Positions values (``Positions.encode``: the count as 4 bytes, then the pickled list of gaps
    between positions). The pickles are unpickled in one call, as the items of one list: a
    MARK, each pickle without its STOP, LIST, STOP."""
    pickles = [v[_INT_SIZE:-1] if v.endswith(b".") else v[_INT_SIZE:] for v in values]
    gaps = loads(b"\x80\x02(" + b"".join(pickles) + b"l.")
    counts = np.fromiter((len(g) for g in gaps), dtype=np.int64, count=len(gaps))
    flat = np.fromiter(chain.from_iterable(gaps), dtype=np.int64, count=int(counts.sum()))
    summed = np.cumsum(flat)
    before = np.concatenate([[0], summed])[np.cumsum(counts) - counts]
    return counts, summed - np.repeat(before, counts)


_NO_IDS = np.zeros(0, dtype=np.int64)
