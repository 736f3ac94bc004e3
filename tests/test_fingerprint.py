"""The pure-Python SimHash gives, bit for bit, what the numpy one gave (indexes built with either
hold the same fingerprints), and near copies stay near."""

from __future__ import annotations

import re
import zlib
from itertools import islice

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import corpus_file
from index.analysis.fingerprint import distance, simhash
from index.sources.drafts import Draft
from index.sources.files import read_source


def numpy_simhash(text: str) -> int:
    """The implementation Kabar used before (numpy), kept here as the reference."""
    words = re.findall(r"\w+", text.lower())
    if len(words) < 2:
        words = words + [""] * (2 - len(words))
    shingles = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]
    hashes = np.fromiter(
        ((zlib.crc32(s.encode()) << 32) | zlib.crc32(s.encode(), 0x9E3779B9) for s in shingles),
        dtype=np.uint64, count=len(shingles))
    bit_numbers = np.arange(64, dtype=np.uint64)
    bits = (hashes[:, None] >> bit_numbers) & np.uint64(1)
    votes = bits.sum(axis=0, dtype=np.int64) * 2 - len(shingles)
    value = int(((votes > 0).astype(np.uint64) << bit_numbers).sum())
    return value - (1 << 64) if value >= 1 << 63 else value


def test_short_and_empty_texts() -> None:
    for text in ["", "a", "a b", "Satu dua tiga.", "   ", "é ü 123", "kata " * 3000]:
        assert simhash(text) == numpy_simhash(text), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["banjir", "Kalteng", "asn", "gubernur", "rapat", "di", "2025",
                                 "Palangka", "Raya", "warga", "é", "x"]), max_size=400))
def test_same_bits_as_numpy_on_word_lists(words: list[str]) -> None:
    text = " ".join(words)
    assert simhash(text) == numpy_simhash(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_same_bits_as_numpy_on_any_text(text: str) -> None:
    assert simhash(text) == numpy_simhash(text)


def test_same_bits_as_numpy_on_real_articles() -> None:
    drafts = [d for d in islice(read_source(str(corpus_file("detik-2025.csv"))), 300)
              if isinstance(d, Draft)]
    assert len(drafts) >= 100
    for draft in drafts:
        assert simhash(draft.body) == numpy_simhash(draft.body), draft.record_id


def test_a_few_changed_words_change_a_few_bits() -> None:
    text = " ".join(f"kata{i}" for i in range(300))
    edited = text.replace("kata7 ", "ganti ").replace("kata200 ", "lain ")
    assert distance(simhash(text), simhash(edited)) <= 12
    assert distance(simhash(text), simhash("sesuatu yang sama sekali lain " * 20)) > 12
