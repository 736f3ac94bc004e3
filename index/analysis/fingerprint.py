"""Near-duplicate fingerprints: a 64-bit SimHash of an article's word shingles.

Syndicated copies of one press release differ in a few words; their fingerprints differ in a
few bits, so the search side can show them as one hit with the other outlets listed.
"""

from __future__ import annotations

from index.analysis import _words

_SEED = 0x9E3779B9  # of the hash's low half


def simhash(text: str) -> int:
    """A signed 64-bit SimHash (Whoosh stores signed numbers) of the 2-shingles of the text's
    words (runs of \\w, lowercased; fewer than two padded with empty words): bit i is set when
    more than half of the shingles' 64-bit hashes have bit i set. A shingle's hash is its CRC-32
    (the high half) and its CRC-32 seeded with _SEED (the low half).
    In C: index/analysis/_words.c."""
    return _words.simhash(text.lower(), _SEED)


def distance(a: int, b: int) -> int:
    """Bits that differ between two fingerprints."""
    return ((a ^ b) & (2**64 - 1)).bit_count()
