"""Dev sets drawn as the three frozen facet sets were, pooled (bench/labels/draws.md):

    .venv/bin/python -m bench.draw_as_frozen --regions-dev17 [--texts]

The frozen sets (279 articles) drew, per part of the corpus, half uniformly and half among the
articles naming an office (facets, facets-2nd: OFFICE), or half among the articles naming a
kabupaten/kota or its government and half among the rest (facets-3rd: LOCAL). A draw here keeps
those four strata in the pooled sets' proportions scaled to its size (DEV17_QUOTAS), leaving out
every article any labels or fixture file on main then named (DRAWN_APART_FROM) by id, record id
or title. --officials-dev17 draws as bench/make_label_sample.py's officials sets did, their
full-article parts only (OFFICIALS_DEV17_QUOTAS). Kept apart from bench/make_label_sample.py,
which is near its 800 lines."""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter

from bench.label_draws import DRAWN_APART_FROM
from bench.label_sample_quotas import (
    OFFICIALS_DEV17_QUOTAS,
    OFFICIALS_DEV17_SEED,
    REGIONS_DEV17_QUOTAS,
    REGIONS_DEV17_SEED,
)
from bench.make_label_sample import (
    LOCAL,
    OFFICE,
    _draw_strata,
    _names_an_office,
    _used_by,
    article_id,
    corpus_drafts,
    print_sample_texts,
)


def draw_pooled(seed: int, flag: str,
                quotas: dict[str, tuple[int, int, int, int]]) -> list[dict]:
    """Per part (uniform, office, regional, rest) articles: uniform among all eligible, then
    among the rest those naming an office, then those naming a kabupaten/kota or its government
    (LOCAL), then the others; none any file of DRAWN_APART_FROM[flag] names."""
    rng = random.Random(seed)
    used = _used_by(DRAWN_APART_FROM[flag])
    sample = []
    for part, (plain, office, regional, rest) in quotas.items():
        drafts = corpus_drafts(part)
        ids = Counter(article_id(d) for _, d in drafts)
        eligible = [(n, f, d) for n, (f, d) in enumerate(drafts) if ids[article_id(d)] == 1
                    and not {article_id(d), d.record_id, d.title.strip().lower()} & used]
        chosen = [(*item, "uniform") for item in rng.sample(eligible, plain)]
        strata = (("office", office, lambda text: bool(OFFICE.search(text))),
                  ("regional", regional, lambda text: bool(LOCAL.search(text))),
                  ("rest", rest, lambda text: not LOCAL.search(text)))
        for name, quota, wanted in strata:
            taken = {item[0] for item in chosen}
            pool = [item for item in eligible
                    if item[0] not in taken and wanted(f"{item[2].title}\n{item[2].body}")]
            chosen += [(*item, name) for item in rng.sample(pool, quota)]
        chosen.sort(key=lambda item: item[0])
        sample += [{"file": f, "id": article_id(d), "record": d.record_id, "title": d.title,
                    "stratum": kind} for _, f, d, kind in chosen]
    return sample


def draw_regions_dev17() -> list[dict]:
    """The regions dev17 sample (round 18): 40 articles as the pooled frozen facet sets."""
    return draw_pooled(REGIONS_DEV17_SEED, "regions-dev17", REGIONS_DEV17_QUOTAS)


def draw_officials_dev17() -> list[dict]:
    """The officials dev17 sample (round 18b): 40 full articles as --officials-dev16 drew its
    full-article parts (detik, berita, indosum; their proportions scaled to 40, per part about
    half uniform and half naming an office), no feed items, its own seed."""
    return _draw_strata(OFFICIALS_DEV17_SEED, _used_by(DRAWN_APART_FROM["officials-dev17"]),
                        OFFICIALS_DEV17_QUOTAS, _names_an_office, "office")


DRAWS = {"regions_dev17": (REGIONS_DEV17_QUOTAS, draw_regions_dev17),
         "officials_dev17": (OFFICIALS_DEV17_QUOTAS, draw_officials_dev17)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--regions-dev17", action="store_true",
                        help="regions dev17 (round 18): 40 articles as the pooled frozen facet "
                        "sets (seed 20270391)")
    parser.add_argument("--officials-dev17", action="store_true",
                        help="officials dev17 (round 18b): 40 full articles as --officials-dev16 "
                        "drew its detik, berita and indosum parts (seed 20271218)")
    parser.add_argument("--texts", action="store_true",
                        help="print each sampled article's title, source and text to label")
    args = parser.parse_args()
    chosen = next((name for name in DRAWS if getattr(args, name)), None)
    if chosen is None:
        parser.error("choose a draw (--regions-dev17, --officials-dev17)")
    quotas, draw = DRAWS[chosen]
    sample = draw()
    if not args.texts:
        print(json.dumps(sample, ensure_ascii=False, indent=1))
        return
    print_sample_texts(sample, quotas)


if __name__ == "__main__":
    main()
