"""Regions extraction: hand labels, and how many corpus articles a change moves.

    .venv/bin/python -m bench.eval_regions [--labels PATH]
    .venv/bin/python -m bench.eval_regions --labels bench/labels/regions-dev-2026-12-06.json
    .venv/bin/python -m bench.eval_regions --snapshot before.json
    .venv/bin/python -m bench.eval_regions --compare before.json [--show N]

With no option it scores tests/fixtures/regions_labels.json ({file, id, provinces, regencies},
the article read from ../shared/corpus as `kabar index build` reads it): precision and recall of
the provinces and of the kabupaten/kota, micro-averaged over the articles, then every
disagreement. Those labels were made while the extractor was built and tuned: they are
in-sample, a regression check rather than a measure of how Kabar does on articles it has not
seen.

--snapshot writes the regions of every article of the corpus (full-text files, feed items,
saved pages, seed) to a JSON file; --compare reads such a file, made before a change, and
prints how many articles' regions changed, with a sample of the changes (title, before, after)
to read by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from bench.eval_officials import labelled_draft
from bench.extraction import CORPUS, SOURCES, read_drafts
from bench.scoring import SetScores
from index.extract.regions import extract_regions
from index.sources.drafts import Draft
from index.sources.files import read_source

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "fixtures" / "regions_labels.json"


@dataclass
class Counts(SetScores):
    """Micro-averaged counts of one list (provinces or kabupaten/kota) over the articles."""

    found: int = 0
    labelled: int = 0
    matched: int = 0

    def add(self, got: set[str], wanted: set[str]) -> None:
        self.found += len(got)
        self.labelled += len(wanted)
        self.matched += len(got & wanted)


@dataclass
class Scores:
    articles: int = 0
    provinces: Counts = field(default_factory=Counts)
    regencies: Counts = field(default_factory=Counts)
    notes: list[str] = field(default_factory=list)
    # the same counts for feed items (a title and a cut-off teaser) and for full articles apart
    parts: dict[str, tuple[Counts, Counts]] = field(default_factory=dict)


FEED_FILES = ("antara-rss-2026.json",)


def _part(file: str) -> str:
    return "feed items" if file in FEED_FILES else "full articles"


@cache
def _drafts(file: str) -> dict[str, Draft]:
    """Record id ("detik-2025.csv#173") -> draft, for one corpus file read as Kabar reads it."""
    return {d.record_id: d for d in read_source(str(CORPUS / file)) if isinstance(d, Draft)}


def _draft(entry: dict) -> Draft:
    """The labelled article: by `record` (bench/labels/ files), else by the export's own id."""
    if "record" not in entry:
        return labelled_draft(entry["file"], entry["id"])
    draft = _drafts(entry["file"]).get(entry["record"])
    if draft is None or (draft.url or draft.record_id) != entry["id"]:
        raise SystemExit(f"{entry['file']} {entry['record']}: not the labelled article")
    return draft


def score_labels(path: Path) -> Scores:
    """Extracted regions against one file of hand labels, with every disagreement."""
    scores = Scores()
    for entry in json.loads(path.read_text("utf-8")):
        draft = _draft(entry)
        provinces, regencies = extract_regions(draft.title, draft.body)
        scores.articles += 1
        where = f"{entry['file']} {entry['id']}"
        part = scores.parts.setdefault(_part(entry["file"]), (Counts(), Counts()))
        for kind, counts, part_counts, got, wanted in (
                ("province", scores.provinces, part[0], set(provinces), set(entry["provinces"])),
                ("kabupaten/kota", scores.regencies, part[1], set(regencies),
                 set(entry["regencies"]))):
            counts.add(got, wanted)
            part_counts.add(got, wanted)
            scores.notes += [f"{where}: extra {kind} {name}" for name in sorted(got - wanted)]
            scores.notes += [f"{where}: missed {kind} {name}" for name in sorted(wanted - got)]
    return scores


def print_scores(path: Path) -> None:
    scores = score_labels(path)
    for note in scores.notes:
        print(note)
    sample = ("in-sample: the extractor was tuned on them" if path == LABELS
              else "see bench/labels/regions.md for how they were made")
    print(f"\n{path.name}: {scores.articles} articles ({sample})")
    print(f"{'':<16}{'labelled':>10}{'found':>8}{'right':>8}{'P':>8}{'R':>8}{'F1':>8}")
    for name, counts in (("provinces", scores.provinces),
                         ("kabupaten/kota", scores.regencies)):
        print(f"{name:<16}{counts.labelled:>10}{counts.found:>8}{counts.matched:>8}"
              f"{counts.precision:>8.3f}{counts.recall:>8.3f}{counts.f1:>8.3f}")
    for part, (provinces, regencies) in sorted(scores.parts.items()):
        print(f"  {part}: provinces P {provinces.precision:.3f} R {provinces.recall:.3f} "
              f"({provinces.labelled} labelled), kabupaten/kota P {regencies.precision:.3f} "
              f"R {regencies.recall:.3f} ({regencies.labelled} labelled)")


def corpus_regions() -> dict[str, dict]:
    """Every corpus article's title and regions, by "file#number"."""
    found = {}
    for name in SOURCES:
        for number, draft in enumerate(read_drafts(CORPUS / name)):
            provinces, regencies = extract_regions(draft.title, draft.body)
            found[f"{name}#{number}"] = {"title": draft.title[:120], "provinces": provinces,
                                         "regencies": regencies}
    return found


def compare(before_path: Path, show: int) -> None:
    before = json.loads(before_path.read_text("utf-8"))
    after = corpus_regions()
    changed = [key for key in after if key in before and (
        before[key]["provinces"], before[key]["regencies"]) != (
        after[key]["provinces"], after[key]["regencies"])]
    gained = sum(bool(set(after[k]["regencies"]) - set(before[k]["regencies"])) for k in changed)
    lost = sum(bool(set(before[k]["regencies"]) - set(after[k]["regencies"])) for k in changed)
    print(f"{len(changed)} of {len(after)} articles changed regions "
          f"({gained} gained a kabupaten/kota, {lost} lost one)")
    for key in sorted(random.Random(15).sample(changed, min(show, len(changed)))):
        old, new = before[key], after[key]
        print(f"\n{key}: {new['title']}")
        print(f"  before: {old['provinces']} {old['regencies']}")
        print(f"  after:  {new['provinces']} {new['regencies']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS, help="hand labels to score")
    parser.add_argument("--snapshot", type=Path, help="write every corpus article's regions")
    parser.add_argument("--compare", type=Path, help="compare with a snapshot made before")
    parser.add_argument("--show", type=int, default=30, help="changed articles to print")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"the shared corpus is missing: {CORPUS}", file=sys.stderr)
        return 2
    if args.snapshot:
        args.snapshot.write_text(json.dumps(corpus_regions(), ensure_ascii=False), "utf-8")
        print(f"wrote {args.snapshot}")
    elif args.compare:
        compare(args.compare, args.show)
    else:
        print_scores(args.labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
