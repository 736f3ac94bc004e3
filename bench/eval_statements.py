"""Statements extraction against the hand labels of bench/labels/statements-2026-12-06.json.

    .venv/bin/python -m bench.eval_statements [--split dev|heldout|all] [--show] [--labels FILE]
        [--exclude IDS]
    .venv/bin/python -m bench.eval_statements --split dev2 \
        --labels bench/labels/statements-dev2-2026-12-06.json   # the in-sample attribution set
    .venv/bin/python -m bench.eval_statements --split dev3 \
        --labels bench/labels/statements-dev3-2026-12-06.json   # labelled before the extractor ran
    .venv/bin/python -m bench.eval_statements --split dev4 \
        --labels bench/labels/statements-dev4-2026-12-06.json   # round 3's unseen set
    .venv/bin/python -m bench.eval_statements --split dev5 \
        --labels bench/labels/statements-dev5-2026-12-06.json   # round 4's unseen set
    .venv/bin/python -m bench.eval_statements --split dev6 \
        --labels bench/labels/statements-dev6-2026-12-06.json   # round 5's unseen set
    .venv/bin/python -m bench.eval_statements --split dev7 \
        --labels bench/labels/statements-dev7-2026-12-07.json   # round 10's set, several speakers
    .venv/bin/python -m bench.eval_statements --split dev8 \
        --labels bench/labels/statements-dev8-2026-12-07.json   # round 10's, reported speech
    .venv/bin/python -m bench.eval_statements --split dev9 \
        --labels bench/labels/statements-dev9-2026-12-07.json   # round 11's, several speakers
    .venv/bin/python -m bench.eval_statements --split dev10 \
        --labels bench/labels/statements-dev10-2026-12-07.json  # round 12's, ordinary news
    .venv/bin/python -m bench.eval_statements --split dev11 \
        --labels bench/labels/statements-dev11-2026-12-07.json  # round 13's, ordinary news
    .venv/bin/python -m bench.eval_statements --split dev12 \
        --labels bench/labels/statements-dev12-2026-12-07.json  # round 15's, ordinary news
    .venv/bin/python -m bench.eval_statements --split dev13 \
        --labels bench/labels/statements-dev13-2026-12-07.json  # statements-r15's, ordinary news
    .venv/bin/python -m bench.eval_statements --split dev14 \
        --labels bench/labels/statements-dev14-2026-12-07.json  # statements-r16's, ordinary news
    .venv/bin/python -m bench.eval_statements --split dev15 \
        --labels bench/labels/statements-dev15-2026-12-07.json  # statements-r17's, ordinary news
    .venv/bin/python -m bench.eval_statements --split dev16 \
        --labels bench/labels/statements-dev16-2026-12-07.json  # statements-r17b's, several speak
    .venv/bin/python -m bench.eval_statements --split dev17 \
        --labels bench/labels/statements-dev17-2026-12-08.json  # statements-r18's, several speak
    .venv/bin/python -m bench.eval_statements --split heldout \
        --labels bench/labels/statements-2nd-2026-12-06.json    # the second held-out set (lead)
    .venv/bin/python -m bench.eval_statements --split heldout \
        --labels bench/labels/statements-3rd-2026-12-07.json    # the third held-out set (lead)

Each labelled article is read from ../shared/corpus as Kabar reads and stores it (its id is the
one `kabar index build` gives it), and `index.extract.statements.find_statements` runs on its
body and title, as `make_article` runs it. A statement found matches a labelled one when the F1
of their words (case and punctuation aside, each word counted as often as it occurs) is at least
0.5, one to one, the pairs with the most overlap first. Printed for each split: statement
precision, recall and F1; speaker accuracy over the matched statements (names compared with
case, punctuation and honorifics set aside; a labelled statement without a speaker is right only
when none is found); the F1 of statements found with the right speaker; and the same for direct
quotations and reported speech apart (a statement's kind is its label's for recall, ours for
precision). --show prints each dev article's misses and wrong speakers; it never prints heldout
articles. --exclude IDS also scores each split without the articles listed in a file (one id a
line): the heldout articles a developer has read, say, in the same single run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import ROOT
from bench.make_label_sample import article_id, corpus_drafts
from bench.scoring import precision_recall_f1
from index.extract.officials import load_lexicon
from index.extract.pipeline import make_article
from index.extract.statements import Statement, find_statements

LABELS = ROOT / "bench" / "labels" / "statements-2026-12-06.json"
PARTS = ["antara-rss-2026.json", "indosum-dev.jsonl", "berita-2015-08-25.csv", "detik-2025.csv",
         "html", "seed"]
MATCH_F1 = 0.5
_WORD = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    return Counter(word.lower() for word in _WORD.findall(text or ""))


def word_f1(one: str, other: str) -> float:
    a, b = words(one), words(other)
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def speaker_key(name: str | None) -> str | None:
    """A speaker's name with case, punctuation and honorifics ("Dr.", "H.", "AKBP") aside."""
    if name is None or not name.strip():
        return None
    honorific = load_lexicon().honorific_pattern
    kept = [w for w in name.split() if not honorific.fullmatch(w)] or name.split()
    return " ".join(_WORD.findall(" ".join(kept).lower()))


def match(found: list[dict], labelled: list[dict]) -> list[tuple[int, int]]:
    """(found, labelled) index pairs: word F1 >= 0.5, one to one, most overlap first."""
    pairs = []
    for i, f in enumerate(found):
        for j, lab in enumerate(labelled):
            score = word_f1(f["text"], lab["text"])
            if score >= MATCH_F1:
                pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_found, used_labelled, matched = set(), set(), []
    for _, i, j in pairs:
        if i not in used_found and j not in used_labelled:
            used_found.add(i)
            used_labelled.add(j)
            matched.append((i, j))
    return matched


@dataclass
class Scores:
    found: int = 0
    labelled: int = 0
    matched: int = 0
    right_speaker: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        self.found += other.found
        self.labelled += other.labelled
        self.matched += other.matched
        self.right_speaker += other.right_speaker

    def line(self, name: str) -> str:
        p, r, f = precision_recall_f1(self.matched, self.found, self.labelled)
        _, _, fs = precision_recall_f1(self.right_speaker, self.found, self.labelled)
        accuracy = self.right_speaker / self.matched if self.matched else 0.0
        return (f"{name:<10} labelled {self.labelled:>4}  found {self.found:>4}  "
                f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  speaker acc {accuracy:.3f}  "
                f"with-speaker F1 {fs:.3f}")


def score(found: list[dict], labelled: list[dict], show: bool) -> Scores:
    scores = Scores(found=len(found), labelled=len(labelled))
    pairs = match(found, labelled)
    scores.matched = len(pairs)
    matched_found = {i for i, _ in pairs}
    matched_labelled = {j for _, j in pairs}
    for i, j in pairs:
        ours, theirs = speaker_key(found[i]["speaker"]), speaker_key(labelled[j]["speaker"])
        if ours == theirs:
            scores.right_speaker += 1
        elif show:
            scores.notes.append(f"  speaker {found[i]['speaker']!r} != {labelled[j]['speaker']!r}"
                                f": {labelled[j]['text'][:90]!r}")
    if show:
        scores.notes += [f"  missed [{lab['speaker']!r}, {'D' if lab['direct'] else 'I'}] "
                         f"{lab['text'][:100]!r}" for j, lab in enumerate(labelled)
                         if j not in matched_labelled]
        scores.notes += [f"  extra  [{f['speaker']!r}, {'D' if f['direct'] else 'I'}, {f['cue']}] "
                         f"{f['text'][:100]!r}" for i, f in enumerate(found)
                         if i not in matched_found]
    return scores


def load_texts(ids: set[str]) -> dict[str, tuple[str, str]]:
    """id -> (the body Kabar stores, the title), for the labelled articles."""
    texts: dict[str, tuple[str, str]] = {}
    for part in PARTS:
        for _, draft in corpus_drafts(part):
            key = article_id(draft)
            if key in ids and key not in texts:
                article = make_article(draft)
                texts[key] = (article.body, article.title)
    return texts


def load_bodies(ids: set[str]) -> dict[str, str]:
    """id -> the body Kabar stores, for the labelled articles."""
    return {key: body for key, (body, _) in load_texts(ids).items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev",
                        choices=["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8",
                                 "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15",
                                 "dev16", "dev17", "heldout", "all"])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--exclude", type=Path,
                        help="a file of article ids (one a line): each split is also scored "
                             "without them")
    parser.add_argument("--show", action="store_true",
                        help="print each dev article's misses, extras and wrong speakers")
    args = parser.parse_args()
    if not args.labels.exists():
        raise SystemExit(f"no labels at {args.labels}")
    articles = json.loads(args.labels.read_text("utf-8"))["articles"]
    splits = ["dev", "heldout"] if args.split == "all" else [args.split]
    excluded = set(args.exclude.read_text("utf-8").split()) if args.exclude else set()
    chosen = [a for a in articles if a.get("split") in splits]
    texts = load_texts({a["id"] for a in chosen})
    missing = [a["id"] for a in chosen if a["id"] not in texts]
    if missing:
        print(f"warning: {len(missing)} labelled articles not found in the corpus",
              file=sys.stderr)
    totals = {split: {"all": Scores(), "direct": Scores(), "indirect": Scores()}
              for split in splits}
    for split in splits:
        if excluded:
            totals[split]["not listed"] = Scores()
    find_statements("Budi mengatakan data itu benar.")  # the word lists, read once
    seconds = 0.0
    for article in chosen:
        if article["id"] not in texts:
            continue
        body, title = texts[article["id"]]
        started = time.perf_counter()
        statements: list[Statement] = find_statements(body, title=title)
        seconds += time.perf_counter() - started
        found = [s.as_dict() for s in statements]
        labelled = article["statements"]
        show = args.show and article["split"] != "heldout"
        overall = score(found, labelled, show)
        totals[article["split"]]["all"].add(overall)
        if excluded and article["id"] not in excluded:
            totals[article["split"]]["not listed"].add(overall)
        for kind, direct in (("direct", True), ("indirect", False)):
            totals[article["split"]][kind].add(score(
                [f for f in found if f["direct"] == direct],
                [lab for lab in labelled if bool(lab["direct"]) == direct], False))
        if show and overall.notes:
            print(f"== {article['id']}")
            print("\n".join(overall.notes))
    for split in splits:
        count = sum(1 for a in chosen if a["split"] == split)
        unlisted = sum(1 for a in chosen if a["split"] == split and a["id"] not in excluded)
        print(f"-- {split} ({count} articles"
              + (f"; 'not listed': the {unlisted} not in --exclude" if excluded else "") + ")")
        for kind, scores in totals[split].items():
            print(scores.line(kind))
    if len(splits) > 1:
        combined = Scores()
        for split in splits:
            combined.add(totals[split]["all"])
        print("-- dev and heldout together")
        print(combined.line("all"))
    print(f"find_statements: {seconds * 1000 / max(1, len(chosen)):.2f} ms an article")


if __name__ == "__main__":
    main()
