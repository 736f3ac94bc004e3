"""One person, one official, over the whole corpus: which names were joined, and on what evidence.

    .venv/bin/python -m bench.identities [--fresh] [--all]

Builds (once; --fresh rebuilds) a Kabar index of every file of ../shared/corpus (the exports,
the ANTARA feed items, the saved pages and the seed) with `kabar index build`'s code path, opens
it as the web UI does, and prints:

1. the issue's alias pairs (Jokowi / Joko Widodo, Prabowo / Prabowo Subianto, Melki Laka Lena /
   Emanuel Melkiades Laka Lena, ...) and whether each pair is one official;
2. the check that no two different people were merged: every identity whose written names do
   not all share their first word and their last word (old spelling aside), with each join and
   the rule and evidence it used; such an identity is either an alias from person_aliases.tsv
   or a short form or an initial, to be read by a person;
3. every short name resolved (a name of one word joined to a fuller one) with its evidence;
4. the people who still look like one person under two names (bench/identity_lookalikes.py
   says how);
5. how many written names, people, joins by rule, and pairs of part 4.

--all prints every join, not only those of parts 2 and 3.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter

from bench.common import CACHE, CORPUS
from bench.identity_lookalikes import KINDS, lookalikes
from index.people import name_key, spelling_key

SOURCES = ["detik-2025.csv", "berita-2015-08-25.csv", "indosum-dev.jsonl",
           "antara-rss-2026.json", "html", "seed"]
PAIRS = [
    ("Jokowi", "Joko Widodo"),
    ("Prabowo", "Prabowo Subianto"),
    ("Melki Laka Lena", "Emanuel Melkiades Laka Lena"),
    ("Ahok", "Basuki Tjahaja Purnama"),
    ("Sri Mulyani", "Sri Mulyani Indrawati"),
    ("Tito Karnavian", "Muhammad Tito Karnavian"),
    ("Gus Ipul", "Saifullah Yusuf"),
    ("Aher", "Ahmad Heryawan"),
    ("Purbaya", "Purbaya Yudhi Sadewa"),
]
# Different people who share a first name or a surname: never one official.
APART = [
    ("Prabowo Subianto", "Listyo Sigit Prabowo"),
    ("Prabowo Subianto", "Hadi Prabowo"),
    ("Basuki Tjahaja Purnama", "Basuki Hadimuljono"),
    ("Budi Gunadi Sadikin", "Budi Karya Sumadi"),
    ("Budi Santoso", "Budi Gunadi Sadikin"),
    ("Suhariyanto", "Suharyanto"),
    # names one letter apart, a name inside another: two people (round 17's look-alike pairs)
    ("Arief Budiman", "Aris Budiman"),
    ("Arief Hidayat", "Syarif Hidayat"),
    ("Budi Santoso", "Budhy Santoso"),
    ("Lukman Hakim Saifuddin", "Lukman Hakim"),
    ("Zulkifli Hasan", "Putri Zulkifli Hasan"),
    ("Soekarno", "Megawati Soekarnoputri"),
]


def build_index(fresh: bool):
    """The whole corpus's index (built when missing, outdated or asked for), and seconds."""
    from index.errors import KabarIndexError
    from index.store.generations import usable_generation
    from index.store.writer import build

    folder = CACHE / "kabar-identities"
    if (folder / "CURRENT").exists() and not fresh:
        try:
            usable_generation(folder)
            return folder, None
        except KabarIndexError:
            pass
    missing = [name for name in SOURCES if not (CORPUS / name).exists()]
    if missing:
        raise SystemExit(f"the shared corpus is missing {missing[0]} in {CORPUS}")
    started = time.perf_counter()
    report = build([str(CORPUS / name) for name in SOURCES], folder)
    if report.failed:
        print(f"warning: {report.failed} records failed while building", file=sys.stderr)
    return folder, time.perf_counter() - started


def _ends(name: str) -> tuple[str, str]:
    words = spelling_key(name_key(name))
    return words[0], words[-1]


def _print_joins(joins: list[dict], indent: str = "    ") -> None:
    for join in joins:
        print(f"{indent}{join['name']!r} -> {join['to']!r}: {join['why']}")


def _described(engine, person: dict) -> str:
    roles = [role["role"] for role in engine.official(person["name"])["roles"] if role["role"]]
    return f"{person['name']} ({person['articles']}; {'; '.join(roles[:2])})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", action="store_true", help="rebuild the index")
    parser.add_argument("--all", action="store_true", help="print every join")
    args = parser.parse_args()

    from search import open_index

    folder, seconds = build_index(args.fresh)
    started = time.perf_counter()
    engine = open_index(folder)
    opened = time.perf_counter() - started
    listing = engine.officials()

    print("1. The issue's pairs: one official?")
    for pair in PAIRS:
        people = [engine.official(name) for name in pair]
        if None in people:
            absent = [name for name, person in zip(pair, people, strict=True) if person is None]
            print(f"  {'n/a':<6} {pair[0]!r} / {pair[1]!r}: no article names {absent}")
            continue
        same = people[0]["name"] == people[1]["name"]
        print(f"  {'merged' if same else 'APART':<6} {pair[0]!r} / {pair[1]!r} -> "
              f"{people[0]['name']!r}{'' if same else ' / ' + repr(people[1]['name'])}")
    print("\n   Different people who share a name: never one official?")
    for pair in APART:
        people = [engine.official(name) for name in pair]
        if None in people:
            print(f"  {'n/a':<6} {pair[0]!r} / {pair[1]!r}: not both named in the corpus")
            continue
        same = people[0]["name"] == people[1]["name"]
        print(f"  {'MERGED' if same else 'apart':<6} {pair[0]!r} / {pair[1]!r}")

    print("\n2. People whose names do not all share a first and a last word (to read: no two "
          "different people merged)")
    mixed = [entry for entry in listing
             if len({_ends(n)[0] for n in entry["names"]}) > 1
             or len({_ends(n)[1] for n in entry["names"]}) > 1]
    for entry in mixed:
        print(f"  {entry['name']}  [{', '.join(entry['names'])}]")
        _print_joins(entry["joins"])

    print("\n3. Short names (one word) resolved, with the evidence used")
    for entry in listing:
        short = [join for join in entry["joins"] if len(name_key(join["name"])) == 1]
        if short:
            print(f"  {entry['name']}")
            _print_joins(short)

    if args.all:
        print("\nEvery join")
        for entry in listing:
            print(f"  {entry['name']}  [{', '.join(entry['names'])}]")
            _print_joins(entry["joins"])

    people = engine.people()
    alike = lookalikes(people)
    print("\n4. People who look like one person under two names (bench/identity_lookalikes.py: "
          "to read; some are two people)")
    for how, one, other in alike:
        print(f"  {how:<10} {_described(engine, one)}  ~  {_described(engine, other)}")

    rules = Counter(join["why"].split(",")[0] for entry in listing for join in entry["joins"])
    written = sum(len(entry["names"]) for entry in listing)
    print("\n5. Totals")
    print(f"  articles in the index        {engine.stats()['articles']:>8,}")
    print(f"  people with several names    {len(listing):>8,} ({written:,} written names)")
    for rule, count in rules.most_common():
        print(f"    joins: {rule:<34}{count:>6,}")
    print(f"  of them to read in part 2    {len(mixed):>8,}")
    print(f"  people named                 {len(people):>8,}")
    kinds = Counter(how for how, _, _ in alike)
    print(f"  pairs that look alike (4.)   {len(alike):>8,} ("
          + ", ".join(f"{how} {kinds[how]}" for how in KINDS) + ")")
    if seconds is not None:
        print(f"  index built in {seconds:.1f} s")
    print(f"  index opened (identities resolved) in {opened * 1000:.0f} ms")
    engine.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
