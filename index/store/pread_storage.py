"""Index files read with ``os.pread``, for a server that searches from many threads.

Whoosh's default file storage memory-maps each segment. Every page a search touches then counts
in the server's resident memory (a 222 MB index made a 530 MB server), and Whoosh copies each
compound sub-file into a ``BytesIO`` on top. Its other mode, plain file objects, shares one file
position between threads: two requests seeking and reading the same posting or stored-fields
file at once read each other's bytes (zlib and unpickling errors under load). The memory-mapped
mode has the same flaw, more rarely: the ``BytesIO`` position is shared too.

Here every read names its offset (``os.pread`` on one descriptor per segment file), and the
position that Whoosh's ``seek`` / ``read`` calls move is kept per thread, so concurrent
searches cannot disturb each other. The operating system's page cache still holds the file; it
is just not counted as the server's memory. Segment files never change once written, which is
what makes the small per-thread read-ahead buffer safe.
"""

from __future__ import annotations

import os
import threading
from array import array

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.system import IS_LITTLE

READ_AHEAD = 8192  # bytes a small sequential read (block header, pickle) fetches at once


class _Descriptor:
    """An open file descriptor shared by a file and its sub-files; closed with the last of them.

    Closing it while another view still reads could hand its number to a newly opened file,
    whose bytes that view would then read: so it closes only when nothing refers to it.
    """

    fd = -1

    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)

    def __del__(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)


class _Cursor:
    """One thread's position in a file and what it last read ahead."""

    __slots__ = ("buffer", "buffer_start", "position")

    def __init__(self) -> None:
        self.position = 0
        self.buffer_start = 0
        self.buffer = b""


class PreadFile:
    """A read-only file object over bytes start..start+length of a descriptor.

    It has ``read``, ``readline``, ``seek``, ``tell`` and ``peek`` (which lets pickle read a
    block header in one call) like a file, with a position per thread.
    """

    def __init__(self, descriptor: _Descriptor, start: int, length: int) -> None:
        self._descriptor = descriptor
        self._start = start
        self._length = length
        self._local = threading.local()
        self.closed = False

    def _cursor(self) -> _Cursor:
        try:
            return self._local.cursor
        except AttributeError:
            cursor = self._local.cursor = _Cursor()
            return cursor

    def pread(self, position: int, size: int) -> bytes:
        """Up to `size` bytes at `position`, without moving this thread's position.

        Whoosh reads small pieces in order (a column value per document, a block header and then
        its data), so they come from this thread's read-ahead buffer: one system call serves
        many of them. This is the hot path, hence the inlined cursor lookup.
        """
        try:
            cursor = self._local.cursor
        except AttributeError:
            cursor = self._cursor()
        offset = position - cursor.buffer_start
        if offset >= 0 and offset + size <= len(cursor.buffer):
            return cursor.buffer[offset:offset + size]
        size = min(size, self._length - position)
        if size <= 0:
            return b""
        if size >= READ_AHEAD:
            return self._pread_all(position, size)
        cursor.buffer = self._pread_all(position, min(READ_AHEAD, self._length - position))
        cursor.buffer_start = position
        return cursor.buffer[:size]

    def _pread_all(self, position: int, size: int) -> bytes:
        fd, where = self._descriptor.fd, self._start + position
        data = os.pread(fd, size, where)
        while len(data) < size:  # short reads are allowed, if rare, on regular files
            more = os.pread(fd, size - len(data), where + len(data))
            if not more:
                raise OSError(f"index file shorter than expected at byte {where + len(data)}")
            data += more
        return data

    def read(self, size: int | None = -1) -> bytes:
        cursor = self._cursor()
        left = self._length - cursor.position
        size = left if size is None or size < 0 else min(size, left)
        if size <= 0:
            return b""
        data = self.pread(cursor.position, size)
        cursor.position += len(data)
        return data

    def peek(self, size: int = 1) -> bytes:
        """What follows the position, without moving it: at most one read-ahead buffer's worth
        (pickle asks for 128 KB to parse a block header of a few bytes)."""
        position = self._cursor().position
        return self.pread(position, min(READ_AHEAD, self._length - position))

    def readline(self, size: int | None = -1) -> bytes:
        cursor = self._cursor()
        limit = self._length - cursor.position
        if size is not None and size >= 0:
            limit = min(limit, size)
        line = b""
        while len(line) < limit:
            chunk = self.peek(READ_AHEAD)[:limit - len(line)]
            if not chunk:
                break
            end = chunk.find(b"\n")
            taken = chunk if end < 0 else chunk[:end + 1]
            line += taken
            cursor.position += len(taken)
            if end >= 0:
                break
        return line

    def __iter__(self):
        while line := self.readline():
            yield line

    def seek(self, where: int, whence: int = os.SEEK_SET) -> int:
        cursor = self._cursor()
        if whence == os.SEEK_CUR:
            where += cursor.position
        elif whence == os.SEEK_END:
            where += self._length
        cursor.position = max(0, where)
        return cursor.position

    def tell(self) -> int:
        return self._cursor().position

    def subfile(self, offset: int, length: int) -> PreadFile:
        return PreadFile(self._descriptor, self._start + offset, length)

    def close(self) -> None:
        self.closed = True  # the descriptor closes with its last view (see _Descriptor)


class PreadStructFile(StructFile):
    """Whoosh's structured reads over a ``PreadFile``; reads at an offset do not seek."""

    file: PreadFile

    def __init__(self, fileobj: PreadFile, name: str | None = None, **kwargs) -> None:
        super().__init__(fileobj, name=name, **kwargs)
        self.get = fileobj.pread  # StructFile.get is seek-then-read: not safe between threads
        # StructFile only passes these on; bound directly, a posting block header costs fewer calls
        self.read, self.seek, self.tell = fileobj.read, fileobj.seek, fileobj.tell

    def get_array(self, position: int, typecode: str, length: int) -> array:
        values = array(typecode, self.get(position, length * array(typecode).itemsize))
        if IS_LITTLE:  # whoosh writes arrays big-endian
            values.byteswap()
        return values

    def subset(self, offset: int, length: int, name: str | None = None) -> PreadStructFile:
        # str() of a StructFile is its name ('' for none)
        return PreadStructFile(self.file.subfile(offset, length), name=name or str(self) or None)


class PreadStorage(FileStorage):
    """A read-only Whoosh storage of a folder whose files are read with ``os.pread``."""

    def __init__(self, path: str) -> None:
        super().__init__(path, supports_mmap=False, readonly=True)

    def open_file(self, name: str, **kwargs) -> PreadStructFile:
        path = os.path.abspath(os.path.join(self.folder, name))
        descriptor = _Descriptor(path)
        length = os.fstat(descriptor.fd).st_size
        return PreadStructFile(PreadFile(descriptor, 0, length), name=name, **kwargs)
