"""Fit the weights of the scored choice of a pronoun's speaker (index/extract/statements/
candidates.py) on the development statement labels, and say how well it does on a set it was
not fitted on.

    .venv/bin/python -m bench.fit_speakers [--write] [--without rule,...] [--sets dev,dev2,...]

Every statement of the labelled articles whose speaker is a pronoun ("ujarnya", "Ia
menegaskan") is one choice among its candidates; a candidate is right when its name and the
labelled speaker's are the same person (one's words among the other's: "Yusri" and "Yusri
Yunus"). The weights are those of a conditional logit (a softmax over each statement's
candidates, L2-regularised), fitted with plain numpy. Printed: for each set left out in turn,
the share of choices right with the weights fitted on the other sets (leave one set out) beside
the rules' share; then the weights fitted on all the sets given. --write writes those to
index/data/speaker_weights.tsv. Only the development sets are read: the frozen file's "dev"
split, dev2, dev3, dev4, dev5 (never "heldout"); dev6 is left out unless named in --sets.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from bench.common import ROOT
from bench.eval_statements import load_texts, match, speaker_key
from index.extract.statements import find_statements
from index.extract.statements.candidates import FEATURES, WEIGHTS_FILE

LABELS = ROOT / "bench" / "labels"
SETS = {
    "dev": ("statements-2026-12-06.json", "dev"),
    "dev2": ("statements-dev2-2026-12-06.json", "dev2"),
    "dev3": ("statements-dev3-2026-12-06.json", "dev3"),
    "dev4": ("statements-dev4-2026-12-06.json", "dev4"),
    "dev5": ("statements-dev5-2026-12-06.json", "dev5"),
    "dev6": ("statements-dev6-2026-12-06.json", "dev6"),
}
DEFAULT_SETS = ["dev", "dev2", "dev3", "dev4", "dev5"]
L2 = 0.5


def _same_person(name: str | None, gold: str | None) -> bool:
    one, other = speaker_key(name), speaker_key(gold)
    if not one or not other:
        return False
    a, b = set(one.split()), set(other.split())
    return a <= b or b <= a


def choices_of(set_name: str) -> list[tuple[np.ndarray, np.ndarray, int]]:
    """Each pronoun's choice in a set: its candidates' features, which are right, the rules'."""
    file, split = SETS[set_name]
    if split == "heldout":
        raise SystemExit("the heldout split is never read here")
    articles = [a for a in json.loads((LABELS / file).read_text("utf-8"))["articles"]
                if a.get("split") == split]
    texts = load_texts({a["id"] for a in articles})
    out = []
    for article in articles:
        if article["id"] not in texts:
            continue
        body, title = texts[article["id"]]
        recorded: list = []
        statements = find_statements(body, title=title, choices=recorded)
        found = [s.as_dict() for s in statements]
        labelled = article["statements"]
        gold_at = {found[i]["start"]: labelled[j]["speaker"] for i, j in match(found, labelled)}
        for start, _end, candidates in recorded:
            gold = gold_at.get(start)
            if gold is None or not candidates:
                continue
            features = np.array([c.features for c in candidates], dtype=float)
            right = np.array([_same_person(getattr(c.who, "name", c.who), gold)
                              for c in candidates], dtype=bool)
            rule = int(np.argmax(features[:, FEATURES.index("rule")]))
            out.append((features, right, rule))
    return out


def fit(data: list, mask: np.ndarray, steps: int = 3000, rate: float = 0.1) -> np.ndarray:
    """Conditional-logit weights (the masked features at 0), by gradient ascent."""
    weights = np.zeros(len(FEATURES))
    usable = [(x * mask, right) for x, right, _ in data if right.any()]
    for _ in range(steps):
        gradient = -L2 * weights
        for x, right in usable:
            scores = x @ weights
            p = np.exp(scores - scores.max())
            p /= p.sum()
            q = p * right
            q /= q.sum()
            gradient += (q - p) @ x
        weights += rate * gradient / max(1, len(usable))
    return weights * mask


def accuracy(data: list, weights: np.ndarray | None) -> tuple[int, int]:
    right = 0
    for x, ok, rule in data:
        chosen = rule if weights is None else int(np.argmax(x @ weights))
        right += bool(ok[chosen])
    return right, len(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS))
    parser.add_argument("--without", default="", help="features left out, comma-separated")
    parser.add_argument("--write", action="store_true",
                        help=f"write the weights fitted on all the sets to index/data/"
                             f"{WEIGHTS_FILE}")
    args = parser.parse_args()
    names = [n for n in args.sets.split(",") if n]
    unknown = [n for n in names if n not in SETS]
    if unknown:
        raise SystemExit(f"unknown sets: {', '.join(unknown)} (known: {', '.join(SETS)})")
    mask = np.array([0.0 if f in args.without.split(",") else 1.0 for f in FEATURES])
    data = {name: choices_of(name) for name in names}
    print("choices (pronouns with a labelled speaker): "
          + ", ".join(f"{n} {len(d)}" for n, d in data.items()))
    total = [0, 0, 0]
    for name in names:
        others = [item for other in names if other != name for item in data[other]]
        weights = fit(others, mask)
        scored, count = accuracy(data[name], weights)
        rules, _ = accuracy(data[name], None)
        total[0] += scored
        total[1] += rules
        total[2] += count
        print(f"left out {name:5}: scored {scored}/{count}  rules {rules}/{count}")
    print(f"left out, all   : scored {total[0]}/{total[2]}  rules {total[1]}/{total[2]}")
    weights = fit([item for name in names for item in data[name]], mask)
    print("weights fitted on " + ", ".join(names) + ":")
    for feature, weight in zip(FEATURES, weights, strict=True):
        print(f"  {feature:15} {weight:+.3f}")
    if args.write:
        path = ROOT / "index" / "data" / WEIGHTS_FILE
        head = [line for line in path.read_text("utf-8").splitlines() if line.startswith("#")]
        lines = [f"{f}\t{w:.3f}" for f, w in zip(FEATURES, weights, strict=True)
                 if mask[FEATURES.index(f)]]
        path.write_text("\n".join(head + lines) + "\n", "utf-8")
        print(f"written to {Path(path).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
