"""Small places named like a kabupaten/kota elsewhere (issue 15: "a kelurahan or kecamatan never
becomes a kabupaten elsewhere"), measured on sentences we build from the register.

    .venv/bin/python -m bench.small_places [--without] [--show N]

For every line of index/data/region_small_places.tsv whose kecamatan or desa has exactly the
bare name of a kabupaten/kota ("Mabar", "Depok") but lies in another region, three short
articles of our own words:

- *named again*: "Banjir merendam Desa X, <where it lies>. Warga X mengungsi ke balai desa. Di X,
  air setinggi satu meter." -- wrong when any kabupaten/kota besides where it lies is found;
- *said outright*: the same with "Bupati/Wali Kota X mengirim bantuan." at the end -- wrong when
  the region X is lost (the article names it with its government);
and for every line whose small place lies in the region of its name ("Kecamatan Pidie"),
- *at home*: "Banjir merendam Kecamatan X. Warga X mengungsi ..." -- wrong when that region is
  lost.

--without runs the same with regions/small_places.py switched off, for the figure before it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import index.extract.regions as regions
from index.data_files import data_lines
from index.gazetteer import CITY, REGENCY, gazetteer

WORD = {"kecamatan": "Kecamatan", "desa": "Desa"}


def register() -> Iterator[tuple[str, str, str]]:
    for line in data_lines("region_small_places.tsv"):
        level, name, home = line.split("\t")
        yield level, name, home


def cases() -> Iterator[tuple[str, str, str, str, set[str], set[str]]]:
    """(kind of case, title, body, the small place's line, kabupaten/kota that must be found,
    kabupaten/kota that must not be)."""
    known = gazetteer().regions
    by_name: dict[str, list[str]] = {}
    for region in known.values():
        if region.kind in (REGENCY, CITY):
            by_name.setdefault(region.bare_name.lower(), []).append(region.name)
    for level, name, home in register():
        named = by_name.get(name.lower())
        if not named:
            continue
        word = WORD[level]
        line = f"{level} {name} ({home})"
        story = f"Warga {name} mengungsi ke balai desa. Di {name}, air setinggi satu meter."
        if home in named:
            yield ("at home", f"Banjir rendam {word} {name}", f"Banjir merendam {word} {name}. "
                   + story, line, {home}, set())
            continue
        others = set(named)
        yield ("named again", f"Banjir rendam {word} {name}",
               f"Banjir merendam {word} {name}, {home}. " + story, line, {home}, others)
        region = known[named[0]]
        office = "Bupati" if region.kind == REGENCY else "Wali Kota"
        yield ("said outright", f"Banjir rendam {word} {name}",
               f"Banjir merendam {word} {name}, {home}. {story} {office} {name} mengirim "
               "bantuan.", line, {named[0]}, set())


def measure(show: int) -> dict[str, tuple[int, int]]:
    """Per kind of case: (wrong, cases)."""
    counts: dict[str, list[int]] = {}
    shown = 0
    for kind, title, body, line, must, must_not in cases():
        found = set(regions.extract_regions(title, body)[1])
        wrong = bool(must - found or must_not & found)
        tally = counts.setdefault(kind, [0, 0])
        tally[0] += wrong
        tally[1] += 1
        if wrong and shown < show:
            shown += 1
            print(f"  {kind}: {line}: found {sorted(found)}")
    return {kind: (wrong, total) for kind, (wrong, total) in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--without", action="store_true",
                        help="switch regions/small_places.py off (the figure before it)")
    parser.add_argument("--show", type=int, default=0, help="print the first N wrong cases")
    args = parser.parse_args()
    if args.without:
        regions.drop_small_places_named_again = lambda readings: None  # type: ignore[attr-defined]
    for kind, (wrong, total) in measure(args.show).items():
        print(f"{kind:14} wrong {wrong:4} of {total:4}")


if __name__ == "__main__":
    main()
