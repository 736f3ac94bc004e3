"""The Indonesian analyzer: tokenize, lowercase, split reduplication, drop stopwords, stem.

Whoosh pickles analyzers into the index schema, so every filter here must pickle and keep its
import path (``index.analysis.X``). The PyStemmer object and the word lists are module-level
caches, never attributes of a filter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

import Stemmer
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter, Token

# Words and numbers; a reduplicated word ("kota-kota") is one token, other hyphenated compounds
# ("antar-daerah", "covid-19") are their parts.
TOKEN_PATTERN = r"(?i)(\w+)(?:-\1(?!\w))?"


def read_word_list(name: str) -> list[str]:
    """Lines of a data file under index/data, without comments and blanks."""
    text = resources.files("index").joinpath("data").joinpath(name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def stopwords() -> frozenset[str]:
    return frozenset(word.lower() for word in read_word_list("stopwords-tala.txt"))


@cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("indonesian")


_stem_cache: dict[str, str] = {}


def stem(word: str) -> str:
    """Snowball Indonesian stem of a lowercase word, cached (the same words recur all the time)."""
    root = _stem_cache.get(word)
    if root is None:
        root = _stemmer().stemWord(word)
        if len(_stem_cache) < 500_000:
            _stem_cache[word] = root
    return root


class ReduplicationFilter(Filter):
    """'kota-kota' -> 'kota', 'program-program' -> 'program' (plural by reduplication)."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            if "-" in t.text:
                t.text = t.text.split("-", 1)[0]
            yield t


class IndonesianStemFilter(Filter):
    """Snowball Indonesian stemming (PyStemmer), with a process-wide cache."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            if not t.stopped:
                t.text = stem(t.text)
            yield t


_TOKEN = re.compile(TOKEN_PATTERN)


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """The analyzer's tokens in a text, as regex matches (with their offsets)."""
    return _TOKEN.finditer(text)


def term_for(word: str) -> str | None:
    """The index term of one token as the analyzer makes it; None for a stopword."""
    word = word.lower()
    if "-" in word:
        word = word.split("-", 1)[0]
    if word in stopwords():
        return None
    return stem(word)


def indonesian_analyzer():
    """The analyzer stored in the schema for title and body."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | ReduplicationFilter()
        | StopFilter(stoplist=stopwords(), minsize=1)
        | IndonesianStemFilter()
    )


def analyze(text: str) -> list[str]:
    """The terms the analyzer makes of a text, for tests and query expansion."""
    return [t.text for t in indonesian_analyzer()(text)]
