"""Near-duplicate fingerprints: a 64-bit SimHash of an article's word shingles.

Syndicated copies of one press release differ in a few words; their fingerprints differ in a
few bits, so the search side can show them as one hit with the other outlets listed.

Pure Python without a loop per word: the shingles are made and hashed by `map`, packed into
bytes, and each of the 64 bit counts is a big-integer mask over one byte column and a count of
its ones, all in C. No numpy, whose import `kabar index add` of one article would pay.
"""

from __future__ import annotations

import re
import struct
import zlib
from itertools import pairwise, repeat

_WORD = re.compile(r"\w+")
_SEED = 0x9E3779B9  # of the hash's low half


def _shingles(text: str) -> list[bytes]:
    """Each pair of consecutive words (lowercased), as UTF-8; a text of fewer than two words is
    padded with empty words."""
    words = _WORD.findall(text.lower())
    if len(words) < 2:
        words = words + [""] * (2 - len(words))
    return list(map(str.encode, map(" ".join, pairwise(words))))


def simhash(text: str) -> int:
    """A signed 64-bit SimHash (Whoosh stores signed numbers) of the text's word 2-shingles:
    bit i is set when more than half of the shingles' 64-bit hashes have bit i set. A shingle's
    hash is its CRC-32 (the high half) and its CRC-32 seeded with _SEED (the low half)."""
    shingles = _shingles(text)
    count = len(shingles)
    halves = ((0, map(zlib.crc32, shingles, repeat(_SEED, count))),
              (32, map(zlib.crc32, shingles)))
    # bit j of every byte of a column: a mask, whose ones in the column are counted in C
    masks = [int.from_bytes(bytes((1 << j,)) * count, "little") for j in range(8)]
    value = 0
    for shift, hashes in halves:
        packed = struct.pack(f"<{count}I", *hashes)
        for k in range(4):
            column = int.from_bytes(packed[k::4], "little")  # byte k of every half: 8 bits
            for j, mask in enumerate(masks):
                if 2 * (column & mask).bit_count() > count:
                    value |= 1 << (shift + 8 * k + j)
    return value - (1 << 64) if value >= 1 << 63 else value


def distance(a: int, b: int) -> int:
    """Bits that differ between two fingerprints."""
    return ((a ^ b) & (2**64 - 1)).bit_count()
