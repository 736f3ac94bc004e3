"""The Indonesian analysis: words to terms, a document's postings, near-duplicate fingerprints.

Whoosh pickles the analyzer into every index's schema by its import path. Indexes written before
the analyzer moved into ``analyzer.py`` name it ``index.analysis.IndonesianTokenizer``, so that
name stays importable here.
"""

from index.analysis.analyzer import IndonesianTokenizer

__all__ = ["IndonesianTokenizer"]
