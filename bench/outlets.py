"""One outlet, one source: the source facet of the whole corpus, and the values in it that look
like one outlet under two names.

    .venv/bin/python -m bench.outlets [SOURCE...]

Reads the SOURCEs (by default the whole of ../shared/corpus: the exports, the feed items, the
saved pages and the seed) as `kabar index build` does (`index.sources.files.read_source`, then
`index.store.prepare.prepare`, the step each build worker runs on every record), prints the
source facet's values with their counts, most frequent first, marking those that
index/data/outlets.tsv does not list, then the values a search shows under another one's name
(one outlet's values, joined at read time: ``index.outlets.joined_sources``), and then every
group of two or more values, as a search shows them, that still look like one outlet:

- the same registered domain: articles whose URLs share a registered domain (a relay's aside:
  an aggregator's URL does not name the outlet) under different names;
- the same outlet: values that index/outlets.py reads as one outlet;
- the same name: values equal once case, spaces, punctuation, a domain ending and a "News"
  ending are set aside (``index.outlets.name_key``).

Exit status 0 when there is no such group, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict

from bench.common import CORPUS
from index.outlets import (
    is_relay,
    joined_sources,
    name_key,
    outlet_named,
    registered_domain,
)
from index.sources.drafts import ReadFailure
from index.sources.files import read_source
from index.store.prepare import Prepared, prepare


def read_sources(sources: list[str]) -> tuple[Counter, dict[str, set[str]], list[str]]:
    """(articles per source value, source values per registered domain of the URLs, failures)."""
    counts: Counter = Counter()
    by_domain: dict[str, set[str]] = defaultdict(set)
    failures = []
    for source in sources:
        for result in read_source(source):
            prepared = prepare(result, analyze=False)
            if isinstance(prepared, ReadFailure):
                failures.append(f"{prepared.origin} {prepared.where}: {prepared.reason}")
                continue
            assert isinstance(prepared, Prepared)
            value = prepared.document["source"]
            counts[value] += 1
            domain = registered_domain(prepared.document["url"])
            if domain and not is_relay(domain):
                by_domain[domain].add(value)
    return counts, by_domain, failures


def look_alike(counts: Counter, by_domain: dict[str, set[str]]) -> list[tuple[str, list[str]]]:
    """(why, values) for every group of two or more source values that look like one outlet."""
    groups: list[tuple[str, list[str]]] = []
    for domain, values in sorted(by_domain.items()):
        if len(values) > 1:
            groups.append((f"same registered domain {domain}", sorted(values)))
    for why, key in (("same outlet", lambda v: outlet_named(v).key), ("same name", name_key)):
        grouped: dict[str, list[str]] = defaultdict(list)
        for value in counts:
            if value:
                grouped[key(value)].append(value)
        groups += [(f"{why} {k}", sorted(vs)) for k, vs in sorted(grouped.items()) if len(vs) > 1]
    return groups


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", default=[str(CORPUS)],
                        help="files or folders to read (default: the whole shared corpus)")
    args = parser.parse_args()
    if not CORPUS.exists() and not sys.argv[1:]:
        raise SystemExit(f"the shared corpus is missing: {CORPUS} (clone beside ../shared)")
    counts, by_domain, failures = read_sources(args.sources)
    print(f"{sum(counts.values())} articles, {len(counts)} source values "
          f"({len(failures)} records not read)\n")
    print(f"{'articles':>8}  source  (* not in outlets.tsv)")
    for value, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        mark = "" if outlet_named(value).known else "  *"
        print(f"{count:>8}  {value or '(none)'}{mark}")
    shown = joined_sources(dict(counts))  # what a search on this index shows (search/sources.py)
    joins = sorted((name, value) for value, name in shown.items() if name != value)
    print(f"\nvalues a search shows under another value's name (joined at read time): "
          f"{len(joins)}")
    for name, value in joins:
        print(f"  {value} ({counts[value]}) -> {name}")
    joined: Counter = Counter()
    for value, count in counts.items():
        joined[shown[value]] += count
    counts = joined
    by_domain = {domain: {shown[v] for v in values} for domain, values in by_domain.items()}
    groups = look_alike(counts, by_domain)
    print(f"\nvalues that look like one outlet: {len(groups)}")
    for why, values in groups:
        print(f"  {why}: " + " / ".join(f"{v} ({counts[v]})" for v in values))
    return 1 if groups else 0


if __name__ == "__main__":
    sys.exit(main())
