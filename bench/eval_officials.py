"""Officials extraction: hand labels, and the 1,000 detik articles against the corpus's hint.

    .venv/bin/python -m bench.eval_officials [--disagreements N] [--repeat N]
    .venv/bin/python -m bench.eval_officials --labels tests/fixtures/officials_heldout.json

With --labels it scores hand labels ({file, id, officials: [{name, role}]}, the article read from
../shared/corpus as the index reads it) and prints every disagreement: name F1 (a name matches
when it is the same words, full stops and case aside) and the share of matched names whose role
is right (case and spacing aside).

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
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bench.scoring import SetScores
from index.extract.officials import extract_officials, load_lexicon
from index.extract.pipeline import make_article
from index.gazetteer import canonical_region
from index.sources.drafts import Draft, clean_body, draft_from_record
from index.sources.files import read_source

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
DETIK = CORPUS / "detik-2025.csv"
LABEL_FILES = {
    "original": ROOT / "tests" / "fixtures" / "officials_labels.json",
    "heldout": ROOT / "tests" / "fixtures" / "officials_heldout.json",
}


# --- Hand labels --------------------------------------------------------------------------------


@dataclass
class LabelScores(SetScores):
    articles: int
    labelled: int  # officials in the labels
    found: int  # officials extracted
    matched: int  # names in both
    roles_right: int  # of the matched names
    notes: list[str]

    @property
    def role_accuracy(self) -> float:
        return self.roles_right / self.matched if self.matched else 0.0


@cache
def _records(file: str) -> dict[str, dict]:
    """id -> record of one CSV or JSONL corpus file."""
    path = CORPUS / file
    if not path.exists():
        raise FileNotFoundError(f"the shared corpus is missing: {path}")
    if file.endswith(".jsonl"):
        with path.open(encoding="utf-8") as lines:
            return {record["id"]: record for record in map(json.loads, lines)}
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


def labelled_draft(file: str, record_id: str) -> Draft:
    """The article a label is about, read and cleaned as `kabar index build` reads it."""
    if file.endswith((".html", ".htm", ".txt")):
        drafts = [d for d in read_source(str(CORPUS / file)) if isinstance(d, Draft)]
        if not drafts:
            raise ValueError(f"{file}: not readable")
        return drafts[0]
    return draft_from_record(_records(file)[record_id], file, record_id)


def _plain(text: str) -> str:
    return " ".join(text.replace(".", " ").lower().split())


def score_labels(path: Path, stored: bool = False) -> LabelScores:
    """Extracted officials against one file of hand labels. `stored`: the officials the index
    stores (index.extract.pipeline.make_article: with those the statements show and the public
    figures named without an office), else those of index.extract.officials alone."""
    labels = json.loads(path.read_text("utf-8"))
    scores = LabelScores(len(labels), 0, 0, 0, 0, [])
    for entry in labels:
        draft = labelled_draft(entry["file"], entry["id"])
        where = f"{entry['file']} {entry['id']}"
        wanted = {_plain(o["name"]): o["role"] for o in entry["officials"]}
        officials = (make_article(draft).officials if stored
                     else extract_officials(draft.title, draft.body))
        got = {_plain(o.name): o.role for o in officials}
        scores.labelled += len(wanted)
        scores.found += len(got)
        for name, role in got.items():
            if name not in wanted:
                scores.notes.append(f"{where}: extra {name!r} ({role})")
                continue
            scores.matched += 1
            if _plain(role) == _plain(wanted[name]):
                scores.roles_right += 1
            else:
                scores.notes.append(f"{where}: {name!r} role {role!r}, labelled {wanted[name]!r}")
        scores.notes += [f"{where}: missed {name!r} ({wanted[name]})"
                         for name in wanted if name not in got]
    return scores


def print_label_scores(path: Path, stored: bool = False) -> None:
    scores = score_labels(path, stored)
    for note in scores.notes:
        print(note)
    print(f"\n{path.name}: {scores.articles} articles, {scores.labelled} labelled officials, "
          f"{scores.found} found")
    print(f"{'precision':<16}{scores.precision:>8.3f}")
    print(f"{'recall':<16}{scores.recall:>8.3f}")
    print(f"{'name F1':<16}{scores.f1:>8.3f}")
    print(f"{'roles right':<16}{scores.role_accuracy:>8.3f}")


# --- The detik hint -----------------------------------------------------------------------------


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
    parser.add_argument("--stored", action="store_true",
                        help="with --labels: score the officials the index stores (the whole "
                        "pipeline: statements, public figures), not the officials' reading alone")
    parser.add_argument("--labels", metavar="FILE",
                        help="score hand labels instead: a path, 'original' or 'heldout'")
    args = parser.parse_args()
    if args.labels:
        print_label_scores(LABEL_FILES.get(args.labels) or Path(args.labels), args.stored)
        return 0
    if not DETIK.exists():
        print(f"missing {DETIK}: see ../shared/corpus/README.md", file=sys.stderr)
        return 2
    csv.field_size_limit(sys.maxsize)
    with DETIK.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    articles = [(row["id"], row["judul"], clean_body(row["isi_berita"])) for row in rows]
    hints = {row["id"]: hinted_people(row["entity"]) for row in rows}

    load_lexicon()  # data files are read once per process; keep that out of the timing
    started = time.process_time()  # CPU seconds: other work on the machine aside
    for _ in range(args.repeat):
        results = {rid: extract_officials(title, body) for rid, title, body in articles}
    elapsed = time.process_time() - started
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
