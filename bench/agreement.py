"""A second labeller's agreement with two frozen sets (facets-3rd and statements-3rd).

    .venv/bin/python -m bench.agreement --texts facets [--batch 2]  # the drawn texts, blind
    .venv/bin/python -m bench.agreement --texts statements [--batch 2]
    .venv/bin/python -m bench.agreement                     # agreement, once both are labelled

Draws 15 of the 60 facets-3rd articles and 10 of the 40 statements-3rd articles with
``random.Random(f"{SEED}-facets")`` / ``f"{SEED}-statements"`` over each set's draw order (the
order ``make_label_sample --third`` and ``make_statement_sample --third`` print), and a second
batch of 10 and 6 among the positions left (salt ``-2``); prints their texts as those scripts'
``--texts`` do (no extractor runs); and scores the second labeller's files
(bench/labels/agreement-2026-12-07/) against the frozen ones with bench's own comparisons:
``eval_facets.compare_officials`` / ``compare_regions`` (the frozen labels as the reference, the
second labeller's as what was "found"; officials also the other way round, since
compare_officials matches a found name against the reference's name and aliases only) and
``eval_statements.match`` / ``score`` (word F1 >= 0.5, one to one; speakers by ``speaker_key``).
Fields the evaluation does not score (roles of statements, cues, exact spans) are listed where
they differ. No extractor is run on these articles.
"""

from __future__ import annotations

import argparse
import json
import random
from functools import cache
from pathlib import Path
from types import SimpleNamespace

from bench.common import ROOT
from bench.scoring import precision_recall_f1

SEED = 20261207
FACETS = ROOT / "bench" / "labels" / "facets-3rd-2026-12-06.json"
STATEMENTS = ROOT / "bench" / "labels" / "statements-3rd-2026-12-07.json"
MINE = ROOT / "bench" / "labels" / "agreement-2026-12-07"
FACET_COUNT, STATEMENT_COUNT = 15, 10
SECOND_BATCH = {"facets": 10, "statements": 6}
UNSCORED = ("speaker_kind", "role", "cue", "text")


def _pick(total: int, count: int, salt: str, batch: int) -> list[int]:
    """Sorted positions (0-based) in a set's draw order: batch 1 the first draw, batch 2 a
    second one among the positions batch 1 left."""
    first = random.Random(f"{SEED}-{salt}").sample(range(total), count)
    if batch == 1:
        return sorted(first)
    rest = [i for i in range(total) if i not in first]
    return sorted(random.Random(f"{SEED}-{salt}-2").sample(rest, SECOND_BATCH[salt]))


@cache
def _draws(kind: str) -> tuple[dict, ...]:
    """A frozen set's draw, in its order (``--third``'s), read once."""
    if kind == "facets":
        from bench.make_label_sample import draw_third
    else:
        from bench.make_statement_sample import draw_third
    return tuple(draw_third())


def facet_entries(batch: int = 1) -> list[dict]:
    sample = _draws("facets")
    return [sample[i] for i in _pick(len(sample), FACET_COUNT, "facets", batch)]


def statement_entries(batch: int = 1) -> list[dict]:
    sample = _draws("statements")
    return [sample[i] for i in _pick(len(sample), STATEMENT_COUNT, "statements", batch)]


def print_texts(kind: str, batch: int) -> None:
    from bench.make_label_sample import corpus_drafts

    entries = facet_entries(batch) if kind == "facets" else statement_entries(batch)
    files = {e["file"] for e in entries}
    by_record = {(f, d.record_id): d for part in files for f, d in corpus_drafts(part)}
    for number, entry in enumerate(entries, 1):
        draft = by_record[(entry["file"], entry["record"])]
        print(f"=== {number} {entry['file']} {entry['record']} {entry['id']}")
        print(f"URL: {draft.url}\nSOURCE: {draft.source}\nTITLE: {draft.title}\n")
        print(draft.body, end="\n\n")


def _frozen(path: Path, mine: list[dict]) -> dict[str, dict]:
    """The frozen labels of the articles the second labeller labelled, by id."""
    data = json.loads(path.read_text("utf-8"))
    articles = data["articles"] if isinstance(data, dict) else data
    by_id = {a["id"]: a for a in articles}
    missing = [a["id"] for a in mine if a["id"] not in by_id]
    if missing:
        raise SystemExit(f"{path.name}: no frozen label for {missing}")
    return {a["id"]: by_id[a["id"]] for a in mine}


def _as_found(label: dict) -> SimpleNamespace:
    """A label in the shape the evaluation compares (what an Article gives it)."""
    return SimpleNamespace(officials=[SimpleNamespace(name=o["name"], role=o["role"])
                                      for o in label["officials"]])


def _officials(label: dict) -> list[tuple[str, str, tuple[str, ...]]]:
    return sorted((o["name"], o["role"], tuple(sorted(o["aliases"]))) for o in label["officials"])


def _prf(hits: int, found: int, labelled: int) -> str:
    precision, recall, f1 = precision_recall_f1(hits, found, labelled)
    return f"P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  ({hits} agreed; {found} mine, " \
           f"{labelled} frozen)"


def facet_agreement(mine: list[dict], frozen: dict[str, dict]) -> tuple[list[str], list[str]]:
    """Figures (the frozen labels as reference, the second labeller's as found), and notes."""
    from bench.eval_facets import Counts, compare_officials, compare_regions, total

    per_article, back, notes = [], [], []
    for label in mine:
        theirs = frozen[label["id"]]
        where = label["record"]
        counts = Counts(articles=1)
        compare_officials(theirs, _as_found(label), counts, where)
        compare_regions("provinces", theirs["provinces"], label["provinces"], counts, where)
        compare_regions("regencies", theirs["regencies"], label["regencies"], counts, where)
        if {label["source"].lower(), label["domain"].lower()} & {theirs["source"].lower(),
                                                                 theirs["domain"].lower()}:
            counts.sources_right = 1
        if (label["source"], label["domain"]) != (theirs["source"], theirs["domain"]):
            counts.notes.append(f"{where}: source {label['source']!r} ({label['domain']}), "
                                f"frozen {theirs['source']!r} ({theirs['domain']})")
        if _officials(label) != _officials(theirs):
            counts.notes.append(f"{where}: officials written differently: mine "
                                f"{_officials(label)}, frozen {_officials(theirs)}")
        reverse = Counts(articles=1)
        compare_officials(label, _as_found(theirs), reverse, where)
        per_article.append(counts)
        back.append(reverse)
        notes += counts.notes
    c, r = total(per_article), total(back)
    rows = [
        ("officials", _prf(c.officials_matched, c.officials_found, c.officials_labelled)),
        ("officials, reversed", _prf(r.officials_matched, r.officials_labelled, r.officials_found)
         + "  (the frozen names matched against my names and aliases)"),
        ("roles agreeing", f"{c.roles_right} of {c.officials_matched} matched"),
        ("provinces", _prf(c.provinces_right, c.provinces_found, c.provinces_labelled)),
        ("kabupaten/kota", _prf(c.regencies_right, c.regencies_found, c.regencies_labelled)),
        ("source", f"{c.sources_right} of {c.articles} (display name or domain)"),
    ]
    lines = [f"facets: {len(mine)} articles (notes: 'extra' = mine only, 'missed' = frozen only)"]
    lines += [f"  {name:<20} {figure}" for name, figure in rows]
    return lines, ["  " + note for note in notes]


def statement_agreement(mine: list[dict], frozen: dict[str, dict]
                        ) -> tuple[list[str], list[str]]:
    """Statement P/R/F1 of the second labeller's statements against the frozen ones (word F1 >=
    0.5, one to one) and speaker agreement over the matched pairs, all and by kind."""
    from bench.eval_statements import Scores, match, score

    totals = {"all": Scores(), "direct": Scores(), "indirect": Scores()}
    notes = []
    for article in mine:
        ours, theirs = article["statements"], frozen[article["id"]]["statements"]
        overall = score(ours, theirs, show=True)
        totals["all"].add(overall)
        for kind, direct in (("direct", True), ("indirect", False)):
            totals[kind].add(score([s for s in ours if s["direct"] == direct],
                                   [s for s in theirs if s["direct"] == direct], False))
        # fields the evaluation does not score, compared for the matched pairs
        for i, j in match(ours, theirs):
            differ = {k: (ours[i][k], theirs[j][k]) for k in UNSCORED if ours[i][k] != theirs[j][k]}
            overall.notes += [f"  unscored {k}: mine {a!r}, frozen {b!r}"
                              for k, (a, b) in differ.items()]
        if overall.notes:
            # eval_statements' words: "missed" = frozen only, "extra" = mine only
            notes.append(f"  == {article['record']}")
            notes += ["  " + note[:160] for note in overall.notes]
    lines = [f"statements: {len(mine)} articles (mine as found, the frozen labels as labelled;"
             " 'speaker acc' = speakers agreeing among matched statements)"]
    lines += ["  " + scores.line(kind) for kind, scores in totals.items()]
    return lines, notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", choices=["facets", "statements"],
                        help="print the drawn articles' texts (before labelling, blind)")
    parser.add_argument("--batch", type=int, choices=[1, 2], default=1,
                        help="with --texts: the first draw or the second")
    args = parser.parse_args()
    if args.texts:
        print_texts(args.texts, args.batch)
        return
    both: dict[str, list[dict]] = {"facets": [], "statements": []}
    for batch, suffix in ((1, ""), (2, "-2")):
        facets = _read(MINE / f"facets-3rd-sample{suffix}.json")
        statements = _read(MINE / f"statements-3rd-sample{suffix}.json")
        both["facets"] += facets
        both["statements"] += statements
        print(f"=== batch {batch}")
        for figures, notes in (facet_agreement(facets, _frozen(FACETS, facets)),
                               statement_agreement(statements,
                                                   _frozen(STATEMENTS, statements))):
            print("\n".join(figures + notes))
    print("=== both batches")
    for figures, _ in (facet_agreement(both["facets"], _frozen(FACETS, both["facets"])),
                       statement_agreement(both["statements"],
                                           _frozen(STATEMENTS, both["statements"]))):
        print("\n".join(figures))


def _read(path: Path) -> list[dict]:
    if not path.exists():
        raise SystemExit(f"no second labeller's labels at {path}")
    data = json.loads(path.read_text("utf-8"))
    return data["articles"] if isinstance(data, dict) else data


if __name__ == "__main__":
    main()
