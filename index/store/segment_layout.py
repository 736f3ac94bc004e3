"""The layout shared by the files Kabar writes beside each Whoosh segment (columns, positions,
cards): 8 bytes giving the header's length, a JSON header padded with spaces to 8 bytes, then
the file's sections. Each file is written under a temporary name, fsynced and renamed into
place, so a reader sees the whole file or none."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path


def write_file(target: Path, header: dict, sections: Iterable[bytes]) -> Path:
    """Write `header` and `sections` (as given, unpadded) to `target` atomically."""
    encoded = json.dumps(header, ensure_ascii=False).encode("utf-8")
    encoded += b" " * (-len(encoded) % 8)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as handle:
        handle.write(len(encoded).to_bytes(8, "little"))
        handle.write(encoded)
        for section in sections:
            handle.write(section)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    return target


def read_header(read: Callable[[int, int], bytes]) -> tuple[dict, int]:
    """A file's header, read by `read(offset, count)`, and the offset where its sections
    begin."""
    length = int.from_bytes(read(0, 8), "little")
    return json.loads(read(8, length)), 8 + length
