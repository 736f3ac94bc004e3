"""Known-item signal: every word typed, as typed, in the title or the lead.

The index keeps stems, so an article that writes a word another way ("Kebakaran" for a typed
`terbakar`, "Ketua" without the typed `wakil` but with "Wakil" only as a stem in the body's
depths, "terendah" for `rendah`) or holds it only through a short or long form
(search/synonyms.py) matches as fully as one that writes the word as typed where a reader sees
it first. Someone looking for one article types the words they read in its headline and lead;
the other pieces on the same story use their own words for some of them.

For the best RERANKED complete matches, an article whose stored title and first LEAD tokens
of its body hold every typed word (as the analyzer reads a token before stemming: lower case,
no apostrophe, "Rp6" as "6"; stopwords left out) gets its score times ``1 + WEIGHT``; so does
one of the best RERANKED partial matches when they hold every typed word but one (and one at
least): of the articles that lack a word, those that write the others as typed come first
(`tawuran pelajar`: "Pelajar di Cileungsi ..." before the articles that say "belajar", a word
of the same stem; ranking round 13, bench/labels/ranking.md). Every hit of a relaxed search
lacks a part, and the engine passes them all as partial matches (ranking round 14).

Measured with `bench.eval_ranking` (bench/labels/ranking.md, round 6 of issue 16): known-item
dev sets 1-4 gain a rank each, the yardstick, ranking-dev and ranking-dev2 do not lose. Tried
and left: the whole body instead of the lead (the yardstick's nDCG@10 and MAP lower by 0.0002
at a WEIGHT of 0.3); a raise in proportion to the share of the typed words' weight held; a
raise for the typed words that few of the other candidates hold (dev2 and dev6 lose); WEIGHT
0.2 and 0.3 (ranking-dev2's nDCG@10 lowers by 0.001 or less).
"""

from __future__ import annotations

import numpy as np

from index.analysis._tokens import words
from index.analysis.analyzer import _CURRENCY, LEAD_TOKENS, iter_words, surface, term_for
from search.evaluate import Evaluator, Matches

RERANKED = 20  # documents of the first tier looked at: read from the stored records
WEIGHT = 0.4
LEAD = LEAD_TOKENS  # the body's first tokens that count as its lead


def typed_words(words: list[str]) -> list[str]:
    """The typed forms of the query's words that are index terms (no stopwords), each once."""
    typed: list[str] = []
    for match in iter_words(" ".join(words)):
        word = match.group(0)
        if term_for(word) is not None and surface(word) not in typed:
            typed.append(surface(word))
    return typed


def left_out(text: str, typed: set[str], limit: int | None = None) -> set[str]:
    """Which of `typed` (surfaces, as `typed_words` gives them) the text's first `limit` tokens
    (all: None) do not hold, each token read as `surface` reads it. A token's surface is its
    lower case unless it holds a hyphen or an apostrophe (then it is not all letters and
    digits) or is an amount glued to the currency ("rp6"): only those are read one by one,
    the rest in compiled loops (the leads of 40 articles a page)."""
    if not typed:
        return set()
    lowered = set(map(str.lower, words(text, -1 if limit is None else limit)))
    missing = typed - lowered
    if missing:
        for word in [w for w in lowered if not w.isalnum()]:
            missing.discard(surface(word))
        missing -= {number for number in missing
                    if number.isdigit() and _CURRENCY + number in lowered}
    return missing


def up_front_as_typed(title: str, body: str, typed: list[str]) -> bool:
    """Whether the title and the body's first LEAD tokens hold every one of `typed`."""
    return not left_out(body, left_out(title, set(typed)), LEAD)


def with_typed_share(evaluator: Evaluator, words: list[str], found: Matches,
                     partial: np.ndarray | None) -> Matches:
    """`found` with the scores of its best RERANKED complete matches raised where the title
    and lead hold every typed word of `words` (the query's positive words), and of its best
    RERANKED partial matches (`partial`) where they hold every one but one."""
    typed = typed_words(words)
    if len(typed) < 2 or not len(found):
        return found
    lacking = np.zeros(len(found), bool) if partial is None else partial
    scores = found.scores.astype(np.float64)
    for tier, spare in ((~lacking, 0), (lacking, 1)):
        at = np.flatnonzero(tier)
        for place in at[np.argsort(-found.scores[at], kind="stable")[:RERANKED]]:
            if _holds_typed(evaluator, int(found.ids[place]), typed, spare):
                scores[place] *= 1 + WEIGHT
    return Matches(found.ids, scores.astype(np.float32))


def _holds_typed(evaluator: Evaluator, doc: int, typed: list[str], spare: int) -> bool:
    """Whether the title and lead of `doc` hold every one of `typed` but at most `spare`, and
    one at least."""
    card = evaluator.columns.card(doc)  # the title without the whole stored record
    stored = None if card else evaluator.stored_fields(doc)
    missing = left_out((card or stored).get("title", ""), set(typed))
    if len(missing) > spare:
        stored = stored or evaluator.stored_fields(doc)
        missing = left_out(stored.get("body", ""), missing, LEAD)
    return len(missing) <= spare and len(missing) < len(typed)
