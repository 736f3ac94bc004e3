"""Fit the regions extractor's evidence weights, leave one label set out.

    .venv/bin/python -m bench.fit_regions

The in-sample region label sets (tests/fixtures/regions_labels.json and
bench/labels/regions-dev*.json; never the frozen facet sets) are read once into each article's
evidence (``index.extract.regions.article_evidence``); then, for each set in turn, the grid of
weights below is searched on the other sets, and the best weights are scored on the set left
out. It prints, per set left out, the weights chosen and the held-out figures beside those of
the weights in use (``index.extract.regions.evidence.WEIGHTS``), then the grid's best on all
sets together (the fitted figures, in-sample by construction). The objective is the sum of the
provinces' and the kabupaten/kota's F1, micro-averaged; ties go to the weights nearest those
in use.
"""

from __future__ import annotations

import itertools
import json
import sys
from dataclasses import asdict, replace
from pathlib import Path

from bench.eval_regions import LABELS, Counts, _draft
from index.extract.regions import article_evidence
from index.extract.regions.evidence import WEIGHTS, Evidence, Weights, choose

ROOT = Path(__file__).resolve().parents[1]
SETS = (LABELS, *(ROOT / "bench" / "labels" / f"regions-dev{n}-2026-12-06.json"
                  for n in ("", "2", "3", "4", "5", "6")),
        *(ROOT / "bench" / "labels" / f"regions-dev{n}-2026-12-07.json" for n in ("7", "8")))
GRID = {
    "late": (0.5, 0.75),
    "late_province": (0.5, 0.75),
    "outright": (1.0, 1.5, 2.0),
    "with_province": (1.0, 1.5),
    "from_place": (0.5, 1.0),
    "named_after": (0.5, 1.0),
    "small_place": (0.5, 1.0),
    "threshold_in_province": (1.0, 1.5),
    "share_of_top": (0.2, 0.25),
}

Article = tuple[Evidence, set[str], set[str]]


def load() -> dict[str, list[Article]]:
    """Each set's articles: evidence, labelled provinces, labelled kabupaten/kota."""
    sets = {}
    for path in SETS:
        articles = []
        for entry in json.loads(path.read_text("utf-8")):
            draft = _draft(entry)
            articles.append((article_evidence(draft.title, draft.body),
                             set(entry["provinces"]), set(entry["regencies"])))
        sets[path.name] = articles
    return sets


def score(articles: list[Article], weights: Weights) -> tuple[Counts, Counts]:
    provinces, regencies = Counts(), Counts()
    for evidence, wanted_provinces, wanted_regencies in articles:
        got_provinces, got_regencies = choose(evidence, weights)
        provinces.add(set(got_provinces), wanted_provinces)
        regencies.add(set(got_regencies), wanted_regencies)
    return provinces, regencies


def _distance(weights: Weights) -> float:
    return sum(abs(getattr(weights, k) - getattr(WEIGHTS, k)) for k in GRID)


def best(articles: list[Article]) -> Weights:
    """The grid's weights with the highest objective on the articles."""
    def key(weights: Weights) -> tuple[float, float]:
        provinces, regencies = score(articles, weights)
        return (round(provinces.f1 + regencies.f1, 9), -_distance(weights))

    grid = [replace(WEIGHTS, **dict(zip(GRID, values, strict=True)))
            for values in itertools.product(*GRID.values())]
    return max(grid, key=key)


def _figures(articles: list[Article], weights: Weights) -> str:
    provinces, regencies = score(articles, weights)
    return (f"provinces P {provinces.precision:.3f} R {provinces.recall:.3f}, "
            f"kabupaten/kota P {regencies.precision:.3f} R {regencies.recall:.3f}")


def _changed(weights: Weights) -> str:
    return ", ".join(f"{k} {v}" for k, v in asdict(weights).items()
                     if v != getattr(WEIGHTS, k)) or "the weights in use"


def main() -> int:
    sets = load()
    for name, held_out in sets.items():
        rest = [a for other, articles in sets.items() if other != name for a in articles]
        fitted = best(rest)
        print(f"{name} held out: fitted on the rest: {_changed(fitted)}")
        print(f"  held out, fitted weights: {_figures(held_out, fitted)}")
        print(f"  held out, weights in use: {_figures(held_out, WEIGHTS)}")
    everything = [a for articles in sets.values() for a in articles]
    fitted = best(everything)
    print(f"all sets: fitted: {_changed(fitted)}")
    print(f"  fitted weights: {_figures(everything, fitted)}")
    print(f"  weights in use: {_figures(everything, WEIGHTS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
