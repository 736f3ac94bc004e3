"""The sample of articles behind the frozen facet labels (bench/labels/): drawn once, with a fixed
seed, from the whole of ../shared/corpus as Kabar reads it.

    .venv/bin/python -m bench.make_label_sample > sample.json
    .venv/bin/python -m bench.make_label_sample --texts > texts.txt   # what the labeller reads

Each kind of source gets its own quota (the short feed teasers, the exports, the saved pages, the
seed); within a kind, half is drawn uniformly and half among the articles whose text names an
office (Gubernur, Bupati, Wali Kota, Menteri, Kapolres, Kepala...), since Kabar is for government
and regional news. Articles that other hand labels in tests/fixtures/ already use for officials
or regions are left out (by file and id, and any copy under the same title), and so are export
rows whose URL is not unique (Kabar's article id would not find them again).

The saved pages (html/) are all in tests/fixtures/html_labels.json, which labels only their
title, date and boundaries; the pages drawn here are those no officials or regions label uses.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter

from bench.common import CORPUS, ROOT
from bench.eval_officials import labelled_draft
from index.sources.drafts import Draft
from index.sources.files import read_source

SEED = 20261206
QUOTAS = {  # file or folder in the corpus -> articles drawn
    "detik-2025.csv": 30,
    "berita-2015-08-25.csv": 30,
    "indosum-dev.jsonl": 35,
    "antara-rss-2026.json": 45,
    "html": 8,
    "seed": 1,
}
FACET_FIXTURES = ["officials_labels.json", "officials_heldout.json", "regions_labels.json"]
OFFICE = re.compile(r"\b(?:Gubernur|Bupati|Wali ?kota|Menteri|Kapolres|Kapolda|Kepala)\b", re.I)


def corpus_drafts(part: str) -> list[tuple[str, Draft]]:
    """(file relative to the corpus, draft) for one file or folder of the corpus, in read order."""
    path = CORPUS / part
    if not path.exists():
        raise SystemExit(f"the shared corpus is missing: {path}")
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    found = []
    for file in files:
        relative = str(file.relative_to(CORPUS))
        found += [(relative, d) for d in read_source(str(file)) if isinstance(d, Draft)]
    return found


def article_id(draft: Draft) -> str:
    """Kabar's id for the article (index.extract.pipeline.make_article)."""
    return draft.url or draft.record_id


def used_elsewhere() -> tuple[set[tuple[str, str]], set[str]]:
    """(file, Kabar id) and titles of the articles the officials and regions fixtures label."""
    keys, titles = set(), set()
    for name in FACET_FIXTURES:
        for entry in json.loads((ROOT / "tests" / "fixtures" / name).read_text("utf-8")):
            draft = labelled_draft(entry["file"], entry.get("id", ""))
            keys.add((entry["file"], article_id(draft)))
            titles.add(draft.title.strip().lower())
    return keys, titles


def draw_sample() -> list[dict]:
    rng = random.Random(SEED)
    used, used_titles = used_elsewhere()
    sample = []
    for part, quota in QUOTAS.items():
        drafts = corpus_drafts(part)
        ids = Counter(article_id(d) for _, d in drafts)
        eligible = [(n, f, d) for n, (f, d) in enumerate(drafts)
                    if (f, article_id(d)) not in used and ids[article_id(d)] == 1
                    and d.title.strip().lower() not in used_titles]
        uniform = rng.sample(eligible, min(quota - quota // 2, len(eligible)))
        taken = {n for n, _, _ in uniform}
        offices = [(n, f, d) for n, f, d in eligible
                   if n not in taken and OFFICE.search(f"{d.title}\n{d.body}")]
        chosen = [(*item, "uniform") for item in uniform]
        chosen += [(*item, "office") for item in rng.sample(offices, min(quota // 2, len(offices)))]
        chosen.sort(key=lambda item: item[0])
        sample += [{"file": f, "id": article_id(d), "record": d.record_id, "title": d.title,
                    "stratum": stratum} for _, f, d, stratum in chosen]
    return sample


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", action="store_true",
                        help="print each sampled article's title, source and text to label")
    args = parser.parse_args()
    sample = draw_sample()
    if not args.texts:
        print(json.dumps(sample, ensure_ascii=False, indent=1))
        return
    by_record = {(f, d.record_id): d for part in QUOTAS for f, d in corpus_drafts(part)}
    for number, entry in enumerate(sample, 1):
        draft = by_record[(entry["file"], entry["record"])]
        print(f"=== {number} {entry['file']} {entry['record']} [{entry['stratum']}]")
        print(f"URL: {draft.url}\nSOURCE: {draft.source}\nTITLE: {draft.title}\n")
        print(draft.body, end="\n\n")


if __name__ == "__main__":
    main()
