"""index/store/pread_storage.py reads what Whoosh's own files read, with a position per thread."""

from __future__ import annotations

import threading
from array import array
from pathlib import Path

from whoosh.filedb.filestore import FileStorage

from index.store.pread_storage import READ_AHEAD, PreadStorage


def write_sample(folder: Path) -> None:
    with FileStorage(str(folder)).create_file("sample") as out:
        out.write_int(-7)
        out.write_pickle(("header", 1, 2.5))
        out.write(b"first line\nsecond line\nno newline")
        out.write_array(array("i", range(3000)))  # more than one read-ahead buffer
        out.write_string(b"end")


def test_structured_reads_match_whoosh_file_reads(tmp_path):
    write_sample(tmp_path)
    plain = FileStorage(str(tmp_path)).open_file("sample")
    ours = PreadStorage(str(tmp_path)).open_file("sample")
    for f in (plain, ours):
        f.seek(0)
    assert ours.read_int() == plain.read_int() == -7
    assert ours.read_pickle() == plain.read_pickle() == ("header", 1, 2.5)
    assert ours.tell() == plain.tell()
    assert ours.readline() == plain.readline() == b"first line\n"
    assert ours.read(6) == plain.read(6) == b"second"
    start = ours.tell() + len(" line\nno newline")
    assert ours.get_array(start, "i", 3000) == plain.get_array(start, "i", 3000)
    assert ours.get(start + 2 * READ_AHEAD, 40) == plain.get(start + 2 * READ_AHEAD, 40)
    ours.seek(start + 3000 * 4)
    assert ours.read_string() == b"end"
    assert ours.read(10) == b""  # at the end
    assert ours.get(0, 10**9) == plain.get(0, 10**9)  # clipped at the end of the file
    part = ours.subset(4, 10)
    assert part.read() == plain.get(4, 10)
    plain.close()
    ours.close()


def test_each_thread_has_its_own_position(tmp_path):
    write_sample(tmp_path)
    f = PreadStorage(str(tmp_path)).open_file("sample")
    f.seek(4)
    seen = {}

    def elsewhere() -> None:
        seen["start"] = f.tell()
        f.seek(100)
        seen["after"] = f.tell()

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert seen == {"start": 0, "after": 100}
    assert f.tell() == 4
    assert f.read_pickle() == ("header", 1, 2.5)
