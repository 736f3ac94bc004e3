"""What the coverage is about: the words and two-word phrases most distinctive of a result set
against the whole index, and the result set's top sources, officials and regions.

Distinctive is Dunning's log-likelihood ratio (G², Dunning 1993; Rayson & Garside 2000) over
document frequencies: in how many of the result set's articles a word stands against in how many
of the index's. Only words more frequent in the result set than in the index are kept, scored by
G². The result set is read up to FOREGROUND_MOST articles (evenly spread over it when larger);
the index through a fixed sample of BACKGROUND_MOST articles, read once per snapshot.

Stopwords (index/data/stopwords-tala.txt), words that never say what coverage is about
(index/data/coverage_stopwords.txt: reported speech, page furniture, days, number words), the
outlets' names, numbers and words under three letters never appear; neither do the query's own
words, which every result has by definition.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter, OrderedDict
from datetime import date
from functools import cache

import numpy as np

from index.analysis.analyzer import stopwords, term_for
from index.data_files import word_list
from search.engine import Engine, Selected
from search.filters import words_of
from search.query import highlight_terms

FOREGROUND_MOST = 100
BACKGROUND_MOST = 2000
MIN_DOCUMENTS = 3  # a word must be in this many of the result set's articles
WORDS = 20
TOP = 5  # sources, officials and regions listed
TEXT_CHARS = 2000  # of each body: the lead says what an article is about
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_BREAK = re.compile(r"[^\w\s-]+|[\d_]+")
_SPACE = " "


@cache
def _left_out() -> frozenset[str]:
    return stopwords() | frozenset(word.lower() for word in word_list("coverage_stopwords.txt"))


def _document_terms(text: str, skip: frozenset[str]) -> set[str]:
    """The words (three letters or more, none left out) and the two-word phrases of such words
    with only spaces between them, each once."""
    found: set[str] = set()
    for run in _BREAK.split(text.lower()):  # punctuation and numbers end a phrase
        previous = None
        for word in _WORD.findall(run):
            if len(word) < 3 or word in skip:
                previous = None
                continue
            found.add(word)
            if previous is not None:
                found.add(previous + _SPACE + word)
            previous = word
    return found


def _texts_terms(selected: Selected, docnums: np.ndarray, skip: frozenset[str]) -> Counter:
    counts: Counter = Counter()
    searcher = selected.searcher
    for docnum in docnums:
        stored = searcher.stored_fields(int(docnum))
        text = stored.get("title", "") + "\n" + stored.get("body", "")[:TEXT_CHARS]
        counts.update(_document_terms(text, skip))
    return counts


def _spread(ids: np.ndarray, most: int) -> np.ndarray:
    """At most `most` of `ids`, evenly spread (deterministic, so a page shows the same)."""
    if len(ids) <= most:
        return ids
    return ids[np.linspace(0, len(ids) - 1, most).astype(np.int64)]


_background: dict[int, tuple[object, int, Counter]] = {}
_background_lock = threading.Lock()


def _background_counts(selected: Selected, skip: frozenset[str]) -> tuple[int, Counter]:
    """(articles read, document frequencies) of a fixed sample of the index, once per snapshot
    (a snapshot's arrays object stands for it)."""
    key = id(selected.columns)
    with _background_lock:
        known = _background.get(key)
        if known is not None and known[0] is selected.columns:
            return known[1], known[2]
    sample = _spread(np.flatnonzero(selected.columns.alive), BACKGROUND_MOST)
    counts = _texts_terms(selected, sample, skip)
    with _background_lock:
        _background.clear()  # one snapshot's sample at a time
        _background[key] = (selected.columns, len(sample), counts)
    return len(sample), counts


def log_likelihood(a: int, n1: int, b: int, n2: int) -> float:
    """Dunning's G² of a word in `a` of `n1` documents against `b` of `n2`."""
    total = n1 + n2
    with_word, without = a + b, total - a - b
    score = 0.0
    for observed, row, column in ((a, n1, with_word), (n1 - a, n1, without),
                                  (b, n2, with_word), (n2 - b, n2, without)):
        expected = row * column / total
        if observed > 0 and expected > 0:
            score += observed * math.log(observed / expected)
    return 2 * score


def _query_word(term: str, query_terms: set[str]) -> bool:
    return all(term_for(part) in query_terms for part in term.split(_SPACE))


def distinctive(selected: Selected, limit: int = WORDS) -> list[dict]:
    """The words and two-word phrases most distinctive of a result set, best first:
    [{"word", "count" (result articles read that have it), "score" (G²)}]."""
    if not len(selected.ids):
        return []
    outlets = frozenset(w for forms in selected.facets.sources.forms.items()
                        for name in (forms[0], *forms[1]) for w in words_of(name))
    skip = _left_out() | outlets
    read, background = _background_counts(selected, skip)
    foreground_ids = _spread(selected.ids, FOREGROUND_MOST)
    foreground = _texts_terms(selected, foreground_ids, skip)
    n1 = len(foreground_ids)
    query_terms = highlight_terms(selected.query)
    least = min(MIN_DOCUMENTS, max(2, n1 // 2))
    scored = []
    for term, a in foreground.items():
        if a < least or _query_word(term, query_terms):
            continue
        b = background.get(term, 0)
        if a / n1 <= b / read:
            continue
        scored.append((log_likelihood(a, n1, b, read), a, term))
    scored.sort(key=lambda item: (-item[0], item[2]))
    chosen: list[tuple[float, int, str]] = []
    for score, count, term in scored:
        # a word nearly always written inside a phrase already listed says nothing more
        if _SPACE not in term and any(
                term in other.split(_SPACE) and other_count >= 0.8 * count
                for _, other_count, other in chosen if _SPACE in other):
            continue
        chosen.append((score, count, term))
        if len(chosen) == limit:
            break
    return [{"word": term, "count": count, "score": round(score, 2)}
            for score, count, term in chosen]


def top_values(selected: Selected, limit: int = TOP) -> dict[str, list[dict]]:
    """The result set's most frequent sources, officials and regions (provinces and
    kabupaten/kota): {"sources", "officials", "regions"}, each [{"value", "count"}]."""
    mask = np.zeros(selected.columns.size, dtype=bool)
    mask[selected.ids] = True
    table = selected.facets
    regions = table.counts("province", mask, limit) + table.counts("regency", mask, limit)
    regions.sort(key=lambda item: (-item["count"], item["value"]))
    return {"sources": table.counts("source", mask, limit),
            "officials": table.counts("official", mask, limit),
            "regions": [{"value": r["value"], "count": r["count"]} for r in regions[:limit]]}


def distinctive_words(engine: Engine, q: str = "", *, region: list[str] | None = None,
                      official: list[str] | None = None, source: list[str] | None = None,
                      date_from: date | str | None = None, date_to: date | str | None = None,
                      scope: str | None = None, limit: int = WORDS) -> dict:
    """The response of /api/words: {"query", "total", "read", "words": [{"word", "count",
    "score"}], "sources", "officials", "regions", "notices"}."""
    selected = engine.selected(q, region=region, official=official, source=source,
                               date_from=date_from, date_to=date_to, scope=scope)
    key = (id(selected.columns), q, tuple(region or ()), tuple(official or ()),
           tuple(source or ()), str(date_from), str(date_to), str(scope), limit)
    with _answers_lock:
        known = _answers.get(key)
        if known is not None and known[0] is selected.columns:
            _answers.move_to_end(key)
            return known[1]
    answer = {"query": q, "total": len(selected.ids),
              "read": min(len(selected.ids), FOREGROUND_MOST),
              "words": distinctive(selected, limit), **top_values(selected),
              "notices": selected.notices}
    with _answers_lock:
        _answers[key] = (selected.columns, answer)
        while len(_answers) > ANSWERS_KEPT:
            _answers.popitem(last=False)
    return answer


ANSWERS_KEPT = 128  # recent answers (a results page's next pages ask again); per snapshot
_answers: OrderedDict = OrderedDict()
_answers_lock = threading.Lock()
