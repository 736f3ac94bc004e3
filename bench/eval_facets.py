"""Facets against the frozen labels of issue 15: officials, provinces, kabupaten/kota, source.

    .venv/bin/python -m bench.eval_facets [--show N] [--labels PATH]

Each labelled article (bench/labels/facets-2026-12-06.json; how they were drawn and labelled:
bench/labels/README.md) is read from ../shared/corpus as `kabar index build` reads it
(``read_source``, then ``index.extract.pipeline.make_article``) and compared with its labels:

- officials: a name found matches a labelled official when its words are the same, case and
  full stops aside (a hyphen counts as a space), or the same as one of that official's labelled
  aliases. A second name matching an official already matched counts as an extra (one person,
  one official). Precision, recall and F1 over all names; "roles right" is the share of matched
  officials whose role is the labelled one, case, spacing and full stops aside, and an
  abbreviation of index/data/abbreviations.tsv the same as its long form ("Kepala BKPM" is
  "Kepala Badan Koordinasi Penanaman Modal": Kabar writes the short form, as DESIGN.md's
  example does; the labels the long one). An empty labelled role is right only when Kabar
  gives none.
- provinces, kabupaten/kota: micro precision and recall of the official names.
- source: the share of articles whose source, or the registered domain of their URL, is the
  outlet's labelled display name or registered domain, case aside.

Each figure comes with a 95% bootstrap interval (articles resampled with replacement, 2,000
times, fixed seed). Then a line per kind of source, and the disagreements.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from bench.common import CORPUS, ROOT
from bench.label_ids import id_now
from index.article import Article
from index.data_files import word_list
from index.extract.pipeline import make_article
from index.outlets import registered_domain
from index.sources.drafts import Draft
from index.sources.files import read_source

LABELS = ROOT / "bench" / "labels" / "facets-2026-12-06.json"
RESAMPLES = 2000
SEED = 20261206


# --- One article --------------------------------------------------------------------------------


@dataclass
class Counts:
    """What one article (or a sum of articles) contributes to each figure."""

    officials_labelled: int = 0
    officials_found: int = 0
    officials_matched: int = 0
    roles_right: int = 0
    provinces_labelled: int = 0
    provinces_found: int = 0
    provinces_right: int = 0
    regencies_labelled: int = 0
    regencies_found: int = 0
    regencies_right: int = 0
    articles: int = 0
    sources_right: int = 0
    notes: list[str] = field(default_factory=list)

    def __add__(self, other: Counts) -> Counts:
        summed = {name: getattr(self, name) + getattr(other, name)
                  for name in self.__dataclass_fields__ if name != "notes"}
        return Counts(**summed)


def _words(name: str) -> tuple[str, ...]:
    return tuple(re.split(r"[\s.\-]+", name.lower().strip(" .-")))


@cache
def _long_forms() -> dict[str, str]:
    return {short.lower(): long.lower() for short, long, _kind in
            (line.split("\t") for line in word_list("abbreviations.tsv"))}


def _plain(role: str) -> str:
    """A role's words, case and full stops aside, abbreviations written out, an abbreviation
    in brackets after its long form left out."""
    role = re.sub(r"\s*\([^)]*\)", "", role)
    words = role.replace(".", " ").lower().split()
    return " ".join(_long_forms().get(word, word) for word in words)


@cache
def _drafts(file: str) -> dict[str, Draft]:
    """Record id -> draft, for one corpus file read as Kabar reads it."""
    path = CORPUS / file
    if not path.exists():
        raise SystemExit(f"the shared corpus is missing: {path}")
    return {d.record_id: d for d in read_source(str(path)) if isinstance(d, Draft)}


def labelled_article(label: dict) -> Article:
    draft = _drafts(label["file"]).get(label["record"])
    if draft is None:
        raise SystemExit(f"{label['file']} {label['record']}: no such record in the corpus")
    article = make_article(draft)
    if article.id != id_now(label["id"]):
        raise SystemExit(f"{label['file']} {label['record']}: Kabar's id is {article.id!r}, "
                         f"the label's {label['id']!r}")
    return article


def compare_officials(label: dict, article: Article, counts: Counts, where: str) -> None:
    wanted = label["officials"]
    forms = [{_words(o["name"]), *map(_words, o["aliases"])} for o in wanted]
    matched: dict[int, str] = {}  # labelled official -> the name that matched it
    counts.officials_labelled += len(wanted)
    for official in article.officials:
        name, role = official.name, getattr(official, "role", "")
        counts.officials_found += 1
        hits = [i for i, names in enumerate(forms) if _words(name) in names]
        free = [i for i in hits if i not in matched]
        if not free:
            why = f"same person as {matched[hits[0]]!r}" if hits else "not labelled"
            counts.notes.append(f"{where}: extra official {name!r} ({role}): {why}")
            continue
        index = free[0]
        matched[index] = name
        counts.officials_matched += 1
        if _plain(role) == _plain(wanted[index]["role"]):
            counts.roles_right += 1
        else:
            counts.notes.append(f"{where}: {name!r} role {role!r}, "
                                f"labelled {wanted[index]['role']!r}")
    counts.notes += [f"{where}: missed official {o['name']!r} ({o['role']})"
                     for i, o in enumerate(wanted) if i not in matched]


def compare_regions(kind: str, wanted: list[str], got: list[str], counts: Counts,
                    where: str) -> None:
    """``kind``: "provinces" or "regencies" (the kabupaten/kota)."""
    right = set(wanted) & set(got)
    setattr(counts, f"{kind}_labelled", len(set(wanted)))
    setattr(counts, f"{kind}_found", len(set(got)))
    setattr(counts, f"{kind}_right", len(right))
    noun = "province" if kind == "provinces" else "kabupaten/kota"
    counts.notes += [f"{where}: extra {noun} {r!r}" for r in sorted(set(got) - right)]
    counts.notes += [f"{where}: missed {noun} {r!r}" for r in sorted(set(wanted) - right)]


def score_article(label: dict) -> Counts:
    article = labelled_article(label)
    where = f"{label['file']} {label['record']}"
    counts = Counts(articles=1)
    compare_officials(label, article, counts, where)
    compare_regions("provinces", label["provinces"], article.provinces, counts, where)
    compare_regions("regencies", label["regencies"], article.regencies, counts, where)
    outlet = {label["source"].lower(), label["domain"].lower()}
    # an Article keeps no domain of its own: the registered domain of its URL stands for it
    given = {article.source.lower(), registered_domain(article.url or "").lower()} - {""}
    if given & outlet:
        counts.sources_right = 1
    else:
        counts.notes.append(f"{where}: source {article.source!r}, labelled "
                            f"{label['source']!r} ({label['domain']})")
    return counts


# --- Figures ------------------------------------------------------------------------------------


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def figures(c: Counts) -> dict[str, float]:
    precision = _share(c.officials_matched, c.officials_found)
    recall = _share(c.officials_matched, c.officials_labelled)
    return {
        "officials precision": precision,
        "officials recall": recall,
        "officials F1": 2 * precision * recall / (precision + recall) if precision + recall else 0,
        "roles right": _share(c.roles_right, c.officials_matched),
        "provinces precision": _share(c.provinces_right, c.provinces_found),
        "provinces recall": _share(c.provinces_right, c.provinces_labelled),
        "kabupaten/kota precision": _share(c.regencies_right, c.regencies_found),
        "kabupaten/kota recall": _share(c.regencies_right, c.regencies_labelled),
        "source right": _share(c.sources_right, c.articles),
    }


def total(per_article: list[Counts]) -> Counts:
    summed = Counts()
    for counts in per_article:
        summed = summed + counts
    return summed


def bootstrap(per_article: list[Counts]) -> dict[str, tuple[float, float]]:
    """A 95% percentile interval for each figure, resampling articles."""
    rng = random.Random(SEED)
    draws: dict[str, list[float]] = {}
    for _ in range(RESAMPLES):
        sample = total(rng.choices(per_article, k=len(per_article)))
        for name, value in figures(sample).items():
            draws.setdefault(name, []).append(value)
    low, high = int(0.025 * RESAMPLES), int(0.975 * RESAMPLES) - 1
    return {name: (sorted(values)[low], sorted(values)[high]) for name, values in draws.items()}


def kind_of(file: str) -> str:
    return file.split("/")[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=25, metavar="N",
                        help="print at most N disagreements (default 25; -1: all)")
    parser.add_argument("--labels", type=Path, default=LABELS, help="labels file to score")
    args = parser.parse_args()
    labels = json.loads(args.labels.read_text("utf-8"))
    per_article = [score_article(label) for label in labels]
    summed = total(per_article)

    notes = [note for counts in per_article for note in counts.notes]
    shown = notes if args.show < 0 else notes[:args.show]
    if shown:
        print(f"Disagreements ({len(shown)} of {len(notes)}):")
        print("\n".join(f"  {note}" for note in shown), end="\n\n")

    print(f"{args.labels.name}: {summed.articles} articles, {summed.officials_labelled} officials, "
          f"{summed.provinces_labelled} provinces, {summed.regencies_labelled} kabupaten/kota "
          f"labelled; Kabar found {summed.officials_found} officials, {summed.provinces_found} "
          f"provinces, {summed.regencies_found} kabupaten/kota\n")
    intervals = bootstrap(per_article)
    print(f"{'figure':<26}{'value':>7}   95% interval")
    for name, value in figures(summed).items():
        low, high = intervals[name]
        print(f"{name:<26}{value:>7.3f}   {low:.3f} - {high:.3f}")

    print(f"\n{'by kind':<22}{'articles':>9}{'off. F1':>9}{'roles':>7}{'prov P':>8}{'prov R':>8}"
          f"{'kab P':>7}{'kab R':>7}")
    for kind in sorted({kind_of(label["file"]) for label in labels}):
        part = total([counts for counts, label in zip(per_article, labels, strict=True)
                      if kind_of(label["file"]) == kind])
        f = figures(part)
        print(f"{kind:<22}{part.articles:>9}{f['officials F1']:>9.3f}{f['roles right']:>7.3f}"
              f"{f['provinces precision']:>8.3f}{f['provinces recall']:>8.3f}"
              f"{f['kabupaten/kota precision']:>7.3f}{f['kabupaten/kota recall']:>7.3f}")


if __name__ == "__main__":
    main()
