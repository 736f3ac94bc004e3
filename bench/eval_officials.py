"""Officials extraction on the 1,000 detik articles, against the corpus's machine-made hint.

    .venv/bin/python -m bench.eval_officials [--disagreements N] [--repeat N]

The `entity` column of ../shared/corpus/detik-2025.csv lists "government" actors: people with
their office ("Menteri Keuangan Purbaya Yudhi Sadewa") mixed with institutions ("Kemendagri").
It is made by a machine and often wrong, so the figures are a sanity check, not a score: the
hand labels in tests/fixtures/officials_labels.json are the real measure. From the hint, an
entry counts as a person when it starts with an office (or carries one in parentheses), and the
person is the run of name words at its end. A name of ours matches a hinted one when the words
of one include the other's ("Purbaya" and "Purbaya Yudhi Sadewa").
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from pathlib import Path

from index.officials import extract_officials, load_lexicon
from index.readers import clean_body
from index.regions import canonical_region

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
DETIK = CORPUS / "detik-2025.csv"


def hinted_people(entity_json: str) -> list[str]:
    """Person names in the hint's "government" list, offices stripped, institutions skipped."""
    lexicon = load_lexicon()
    try:
        government = json.loads(entity_json).get("government", [])
    except (json.JSONDecodeError, AttributeError):
        return []
    people = []
    for entry in government:
        inside = " ".join(re.findall(r"\(([^()]*)\)", entry))
        outside = " ".join(re.sub(r"\([^()]*\)", " ", entry).split())
        qualifiers = lexicon.qualifier_pattern.match(outside)
        office_at = qualifiers.end() if qualifiers else 0
        while outside[office_at:office_at + 1] == " ":
            office_at += 1
        if not (lexicon.office_pattern.match(outside, office_at)
                or lexicon.office_pattern.search(inside)):
            continue
        name: list[str] = []
        for word in reversed(outside.split()):
            bare = word.rstrip(".,")
            if (
                not bare[:1].isupper()
                or (len(bare) > 1 and bare.isupper())
                or bare in lexicon.phrases
                or bare in lexicon.institutions
                or bare in lexicon.offices
                or canonical_region(bare)
            ):
                break
            name.insert(0, word)
        while name and lexicon.honorific_pattern.fullmatch(name[0]):
            name.pop(0)  # "Irjen Rizal Irawan"
        if name and not lexicon.office_pattern.fullmatch(" ".join(name)):
            people.append(" ".join(name))
    return people


def name_words(name: str) -> frozenset[str]:
    return frozenset(name.replace(".", " ").lower().split())


def same_person(a: str, b: str) -> bool:
    wa, wb = name_words(a), name_words(b)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def context(body: str, name: str, width: int = 90) -> str:
    first = name.split()[0]
    at = body.find(first)
    if at < 0:
        return ""
    return " ".join(body[max(0, at - width):at + len(name) + width // 2].split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--disagreements", type=int, default=20, help="how many to print")
    parser.add_argument("--repeat", type=int, default=5, help="timing passes over the articles")
    parser.add_argument("--seed", type=int, default=2025, help="which disagreements to print")
    args = parser.parse_args()
    if not DETIK.exists():
        print(f"missing {DETIK}: see ../shared/corpus/README.md", file=sys.stderr)
        return 2
    csv.field_size_limit(sys.maxsize)
    with DETIK.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    articles = [(row["id"], row["judul"], clean_body(row["isi_berita"])) for row in rows]
    hints = {row["id"]: hinted_people(row["entity"]) for row in rows}

    load_lexicon()  # data files are read once per process; keep that out of the timing
    started = time.perf_counter()
    for _ in range(args.repeat):
        results = {rid: extract_officials(title, body) for rid, title, body in articles}
    elapsed = time.perf_counter() - started
    per_second = len(articles) * args.repeat / elapsed

    ours_total = ours_matched = hint_total = hint_matched = 0
    disagreements = []
    bodies = {rid: body for rid, _, body in articles}
    for rid, _, _ in articles:
        ours = results[rid]
        hinted = hints[rid]
        ours_total += len(ours)
        hint_total += len(hinted)
        for official in ours:
            if any(same_person(official.name, name) for name in hinted):
                ours_matched += 1
            else:
                disagreements.append((rid, "only ours", f"{official.name} ({official.role})"))
        for name in hinted:
            if any(same_person(official.name, name) for official in ours):
                hint_matched += 1
            else:
                disagreements.append((rid, "only hint", name))
    precision = ours_matched / ours_total if ours_total else 0.0
    recall = hint_matched / hint_total if hint_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    print(f"{'articles':<28}{len(articles):>10}")
    print(f"{'officials found':<28}{ours_total:>10}")
    print(f"{'people in the hint':<28}{hint_total:>10}")
    print(f"{'precision vs hint':<28}{precision:>10.3f}")
    print(f"{'recall vs hint':<28}{recall:>10.3f}")
    print(f"{'F1 vs hint':<28}{f1:>10.3f}")
    print(f"{'articles/s (one core)':<28}{per_second:>10.0f}")
    print(f"{'ms per article':<28}{1000 / per_second:>10.3f}")
    if args.disagreements:
        print(f"\n{args.disagreements} disagreements (seed {args.seed}):")
        sample = random.Random(args.seed).sample(
            disagreements, min(args.disagreements, len(disagreements))
        )
        for rid, side, what in sorted(sample, key=lambda d: int(d[0])):
            name = what.split(" (")[0]
            print(f"- [{rid}] {side}: {what}\n    … {context(bodies[rid], name)} …")
    return 0


if __name__ == "__main__":
    sys.exit(main())
