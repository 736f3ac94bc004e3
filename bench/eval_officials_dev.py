"""Officials on a development sample: 40 corpus articles labelled by the developer who tunes.

    .venv/bin/python -m bench.eval_officials_dev [--show N]
    .venv/bin/python -m bench.eval_officials_dev --draw   # print the sample to label
    .venv/bin/python -m bench.eval_officials_dev \
        --labels bench/labels/officials-dev2-2026-12-06.json

The sample (bench/labels/officials-dev-2026-12-06.json) is drawn with a fixed seed from the
full-text corpus (bench.common.corpus_articles), leaving out every article of the frozen facet
labels (only their ids are read). Its labels were written while the extraction was being tuned
on the same articles: its figures are in-sample, a development aid, not a measure. The measure
is bench.eval_facets on the frozen labels. --labels scores another file of the same shape, such
as the dev2 set (bench.make_label_sample --dev2), labelled and frozen before the extractor was run
on it, so that its first figure was an unseen measure.

Beside the totals it prints the feed items (antara-rss-2026.json: a title and a cut-off teaser)
and the full articles apart, when a file has both.

Scoring is bench.eval_facets's: a name matches a labelled official when its words are the same
(case, full stops and hyphens aside) or one of its labelled aliases; roles are compared case,
spacing and full stops aside.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from bench.common import CORPUS, ROOT, corpus_articles, corpus_paths
from bench.eval_facets import LABELS as FROZEN
from bench.eval_facets import Counts, compare_officials, figures, total
from index.extract.pipeline import make_article
from index.sources.drafts import Draft
from index.sources.files import read_source

DEV = ROOT / "bench" / "labels" / "officials-dev-2026-12-06.json"
SEED = 20261206
SIZE = 40
FEEDS = {"antara-rss-2026.json"}  # short feed items: a title and a cut-off teaser


def draw() -> list[tuple[str, Draft]]:
    """The sample: (corpus file, draft) of SIZE articles, none in the frozen facet labels."""
    frozen = {label["id"] for label in json.loads(FROZEN.read_text("utf-8"))}
    ids = sorted(a.id for a in corpus_articles() if a.id not in frozen)
    chosen = set(random.Random(SEED).sample(ids, SIZE))
    drafts = [(path.name, d) for path in corpus_paths() for d in read_source(str(path))
              if isinstance(d, Draft) and (d.url or d.record_id) in chosen]
    return sorted(drafts, key=lambda pair: pair[1].url or pair[1].record_id)


def print_sample() -> None:
    for file, draft in draw():
        print(f"=== {file} | {draft.record_id} | {draft.url or draft.record_id}")
        print(f"TITLE: {draft.title}\n{draft.body}")
        got = make_article(draft).officials
        print("KABAR: " + "; ".join(f"{o.name} = {o.role}" for o in got) + "\n")


def score(show: int, labels: Path = DEV) -> None:
    entries = json.loads(labels.read_text("utf-8"))["articles"]
    drafts = {file: {d.record_id: d for d in read_source(str(CORPUS / file))
                     if isinstance(d, Draft)} for file in {e["file"] for e in entries}}
    per_article: list[Counts] = []
    for entry in entries:
        counts = Counts(articles=1)
        label = {"officials": [{"aliases": [], **o} for o in entry["officials"]]}
        article = make_article(drafts[entry["file"]][entry["record"]])
        compare_officials(label, article, counts, f"{entry['file']} {entry['record']}")
        per_article.append(counts)
    notes = [note for counts in per_article for note in counts.notes]
    for note in notes if show < 0 else notes[:show]:
        print(f"  {note}")
    summed = total(per_article)
    print(f"\n{labels.name} (development set): {summed.articles} articles, "
          f"{summed.officials_labelled} officials labelled, {summed.officials_found} found")
    for name, value in list(figures(summed).items())[:4]:
        print(f"{name:<26}{value:>7.3f}")
    feed = [c for entry, c in zip(entries, per_article, strict=True) if entry["file"] in FEEDS]
    full = [c for entry, c in zip(entries, per_article, strict=True) if entry["file"] not in FEEDS]
    if feed and full:  # the feed items (title + cut-off teaser) and the full articles apart
        for kind, part in (("feed items", feed), ("full articles", full)):
            part_sum = total(part)
            shown = "  ".join(f"{name.split()[-1]} {value:.3f}"
                              for name, value in list(figures(part_sum).items())[:4])
            print(f"  {kind} ({part_sum.articles}, {part_sum.officials_labelled} labelled, "
                  f"{part_sum.officials_found} found): {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--draw", action="store_true", help="print the sample to label")
    parser.add_argument("--show", type=int, default=-1, metavar="N",
                        help="print at most N disagreements (default all)")
    parser.add_argument("--labels", type=Path, default=DEV, metavar="FILE",
                        help=f"labels to score (default {DEV.relative_to(ROOT)})")
    args = parser.parse_args()
    if args.draw:
        print_sample()
    elif not args.labels.is_file():
        raise SystemExit(f"no such labels file: {args.labels}")
    else:
        score(args.show, args.labels)


if __name__ == "__main__":
    main()
