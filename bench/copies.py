"""Which articles of the whole corpus count as copies of one another, by the rule before and after
issue 15 ("copies are copies"), with a sample of pairs to read.

    python -m bench.copies [--sample 10] [--seed 15]

The whole corpus: the three exports, the ANTARA feed items, the saved pages and the seed. A pair
counts as folded when the search side would show the two articles as one hit whenever both are
in a result. Before: the SimHash of the body alone within 12 bits. After: search/ranking.py's
``is_copy`` (the same facts, title and body within ``copy_bits`` of the shorter text).
"""

from __future__ import annotations

import argparse
import pickle
import random
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from bench.common import CACHE, CORPUS, FULL_TEXT_FILES
from index.analysis.fingerprint import CopyKey, copy_key, simhash
from search.ranking import is_copy

OLD_COPY_BITS = 12


def whole_corpus() -> list[Path]:
    paths = [CORPUS / name for name in [*FULL_TEXT_FILES, "antara-rss-2026.json"]]
    paths += sorted((CORPUS / "html").glob("*.html")) + sorted((CORPUS / "seed").iterdir())
    missing = [p for p in paths if not p.exists()]
    if missing or not paths:
        raise SystemExit(f"the shared corpus is missing: {missing[:1]} (clone beside ../shared)")
    return paths


def articles() -> list[tuple[str, object]]:
    """(file name, article) of the whole corpus, one per id (the later, as an index keeps)."""
    from index.extract.pipeline import make_article
    from index.sources.drafts import Draft
    from index.sources.files import read_source
    from index.store.schema import SCHEMA_VERSION

    # not bench.common's articles-whole pickle: these are (file name, article) pairs
    cache = CACHE / f"copies-articles-schema{SCHEMA_VERSION}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    by_id = {}
    for path in whole_corpus():
        for draft in read_source(str(path)):
            if isinstance(draft, Draft):
                article = make_article(draft)
                by_id[article.id] = (path.name, article)
    found = list(by_id.values())
    CACHE.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(found))
    return found


def old_pairs(bodies: list[str]) -> set[tuple[int, int]]:
    prints = np.array([simhash(b) for b in bodies], dtype=np.int64).view(np.uint64)
    pairs = set()
    for i in range(len(prints)):
        near = np.bitwise_count(np.bitwise_xor(prints[i + 1:], prints[i])) <= OLD_COPY_BITS
        pairs.update((i, i + 1 + int(j)) for j in np.flatnonzero(near))
    return pairs


def new_pairs(keys: list[CopyKey]) -> set[tuple[int, int]]:
    same_facts = defaultdict(list)
    for number, key in enumerate(keys):
        same_facts[key.facts].append(number)
    return {(i, j) for group in same_facts.values() for k, i in enumerate(group)
            for j in group[k + 1:] if is_copy(keys[i], keys[j])}


def show(pairs: list[tuple[int, int]], found: list, keys: list[CopyKey]) -> None:
    for i, j in pairs:
        print(f"  - {found[i][0]} / {found[j][0]}, {min(keys[i].words, keys[j].words)} words")
        for number in (i, j):
            article = found[number][1]
            print(f"      {article.source} {article.published_text[:10]}: {article.title[:90]}")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--sample", type=int, default=10, help="pairs shown of each kind")
    options.add_argument("--seed", type=int, default=15)
    args = options.parse_args()

    found = articles()
    keys = [copy_key(a.title, a.body, a.provinces + a.regencies) for _, a in found]
    before, after = old_pairs([a.body for _, a in found]), new_pairs(keys)
    print(f"whole corpus: {len(found)} articles")
    print(f"pairs folded before: {len(before)}, after: {len(after)} "
          f"(still folded {len(before & after)}, no longer {len(before - after)}, "
          f"newly {len(after - before)})")
    for name, pairs in (("before", before), ("after", after)):
        files = Counter(tuple(sorted((found[i][0], found[j][0]))) for i, j in pairs)
        print(f"\n{name}, by the files of the two articles:")
        for (a, b), count in files.most_common():
            print(f"  {count:5d}  {a} / {b}")
    chance = random.Random(args.seed)
    for name, pairs in (("no longer folded", before - after), ("still folded", before & after),
                        ("newly folded", after - before)):
        chosen = sorted(chance.sample(sorted(pairs), min(args.sample, len(pairs))))
        print(f"\n{name}: {len(chosen)} of {len(pairs)}")
        show(chosen, found, keys)


if __name__ == "__main__":
    main()
