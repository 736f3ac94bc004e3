"""Near-duplicate fingerprints: a 64-bit SimHash of an article's word shingles.

Syndicated copies of one press release differ in a few words; their fingerprints differ in a
few bits, so the search side can show them as one hit with the other outlets listed.

Pure Python, as fast as numpy was here and without its import (a seventh of a second for
`kabar index add` of one article): the hashes are packed into bytes, and each of the 64 bit
counts is a big-integer mask over one byte column and a count of its ones, in C.
"""

from __future__ import annotations

import re
import struct
import zlib

SHINGLE = 2
_WORD = re.compile(r"\w+")


def _shingle_hashes(text: str) -> list[int]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    shingles = [" ".join(words[i:i + SHINGLE]).encode()
                for i in range(len(words) - SHINGLE + 1)]
    return [(zlib.crc32(s) << 32) | zlib.crc32(s, 0x9E3779B9) for s in shingles]


def simhash(text: str) -> int:
    """A signed 64-bit SimHash (Whoosh stores signed numbers) of the text's word 2-shingles:
    bit i is set when more than half of the shingles' 64-bit hashes have bit i set."""
    hashes = _shingle_hashes(text)
    packed = struct.pack(f"<{len(hashes)}Q", *hashes)
    half = len(hashes) // 2
    # bit j of every byte of a column: a mask, whose ones in the column are counted in C
    masks = [int.from_bytes(bytes((1 << j,)) * len(hashes), "little") for j in range(8)]
    value = 0
    for k in range(8):
        column = int.from_bytes(packed[k::8], "little")  # byte k of every hash: bits 8k to 8k+7
        for j, mask in enumerate(masks):
            if (column & mask).bit_count() > half:
                value |= 1 << (8 * k + j)
    return value - (1 << 64) if value >= 1 << 63 else value


def distance(a: int, b: int) -> int:
    """Bits that differ between two fingerprints."""
    return ((a ^ b) & (2**64 - 1)).bit_count()
