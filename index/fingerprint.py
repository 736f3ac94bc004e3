"""Near-duplicate fingerprints: a 64-bit SimHash of an article's word shingles.

Syndicated copies of one press release differ in a few words; their fingerprints differ in a
few bits, so the search side can show them as one hit with the other outlets listed.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

SHINGLE = 2
_WORD = re.compile(r"\w+")
_BITS = np.arange(64, dtype=np.uint64)


def simhash(text: str) -> int:
    """A signed 64-bit SimHash (Whoosh stores signed numbers) of the text's word 2-shingles."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    shingles = [" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
    hashes = np.fromiter(
        ((zlib.crc32(s.encode()) << 32) | zlib.crc32(s.encode(), 0x9E3779B9) for s in shingles),
        dtype=np.uint64, count=len(shingles))
    bits = (hashes[:, None] >> _BITS) & np.uint64(1)
    votes = bits.sum(axis=0, dtype=np.int64) * 2 - len(shingles)
    value = int(((votes > 0).astype(np.uint64) << _BITS).sum())
    return value - (1 << 64) if value >= 1 << 63 else value


def distance(a: int, b: int) -> int:
    """Bits that differ between two fingerprints."""
    return ((a ^ b) & (2**64 - 1)).bit_count()
