"""A second labeller's agreement with two frozen sets (facets-3rd and statements-3rd).

    .venv/bin/python -m bench.agreement --texts facets       # the drawn articles' texts, blind
    .venv/bin/python -m bench.agreement --texts statements
    .venv/bin/python -m bench.agreement                      # agreement, once both are labelled

Draws 15 of the 60 facets-3rd articles and 10 of the 40 statements-3rd articles with
``random.Random(SEED)`` over each set's draw order (the order ``make_label_sample --third`` and
``make_statement_sample --third`` print), prints their texts as those scripts' ``--texts`` do
(no extractor runs), and scores the second labeller's file (bench/labels/agreement-2026-12-07/)
against the frozen one with bench's own comparisons, each set of labels taking the place of the
other: ``eval_facets.compare_officials`` / ``compare_regions`` (the frozen labels as the
reference, the second labeller's as what was "found") and ``eval_statements.match`` /
``speaker_key`` (word F1 >= 0.5, one to one). Officials are also scored the other way round
(the second labeller's names and aliases as the reference), since compare_officials matches a
found name against the reference's name and aliases only. No extractor is run on these articles.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from types import SimpleNamespace

from bench.common import ROOT

SEED = 20261207
FACETS = ROOT / "bench" / "labels" / "facets-3rd-2026-12-06.json"
STATEMENTS = ROOT / "bench" / "labels" / "statements-3rd-2026-12-07.json"
MINE = ROOT / "bench" / "labels" / "agreement-2026-12-07"
FACET_COUNT, STATEMENT_COUNT = 15, 10


def _pick(total: int, count: int, salt: str) -> list[int]:
    """Sorted positions (0-based) in a set's draw order."""
    return sorted(random.Random(f"{SEED}-{salt}").sample(range(total), count))


def facet_entries() -> list[dict]:
    from bench.make_label_sample import draw_third

    sample = draw_third()
    return [sample[i] for i in _pick(len(sample), FACET_COUNT, "facets")]


def statement_entries() -> list[dict]:
    from bench.make_statement_sample import draw_third

    sample = draw_third()
    return [sample[i] for i in _pick(len(sample), STATEMENT_COUNT, "statements")]


def print_texts(kind: str) -> None:
    from bench.make_label_sample import corpus_drafts

    entries = facet_entries() if kind == "facets" else statement_entries()
    files = {e["file"] for e in entries}
    by_record = {(f, d.record_id): d for part in files for f, d in corpus_drafts(part)}
    for number, entry in enumerate(entries, 1):
        draft = by_record[(entry["file"], entry["record"])]
        print(f"=== {number} {entry['file']} {entry['record']} {entry['id']}")
        print(f"URL: {draft.url}\nSOURCE: {draft.source}\nTITLE: {draft.title}\n")
        print(draft.body, end="\n\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", choices=["facets", "statements"],
                        help="print the drawn articles' texts (before labelling, blind)")
    args = parser.parse_args()
    if args.texts:
        print_texts(args.texts)
        return


if __name__ == "__main__":
    main()
