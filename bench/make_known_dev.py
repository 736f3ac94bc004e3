"""Draw the unseen known-item dev set (issue 16): 40 articles to be given queries by hand.

    python -m bench.make_known_dev draw [--out /tmp/known-dev.txt]
    python -m bench.make_known_dev draw --dev2 [--out /tmp/known-dev2.txt]
    python -m bench.make_known_dev draw --dev3 [--out /tmp/known-dev3.txt]
    python -m bench.make_known_dev draw --dev4 [--out /tmp/known-dev4.txt]
    python -m bench.make_known_dev draw --dev5 [--out /tmp/known-dev5.txt]
    python -m bench.make_known_dev draw --dev6 [--out /tmp/known-dev6.txt]
    python -m bench.make_known_dev draw --dev7 [--out /tmp/known-dev7.txt]
    python -m bench.make_known_dev draw --dev8 [--out /tmp/known-dev8.txt]
    python -m bench.make_known_dev draw --dev9 [--out /tmp/known-dev9.txt]

Draws DEV_SIZE articles with `random.Random(DEV_SEED).sample` over the sorted ids of the whole
corpus (everything Kabar indexes from ../shared/corpus), leaving out the ids of the frozen
yardstick's known items (by id only), and writes each one's id, title, date, source and the start
of its body to a file to read. The queries were then written by hand from that file alone, before
any system was run on them, and frozen in bench/labels/known-items-dev-2026-12-06.json (see
bench/labels/ranking-known-items.md); `python -m bench.eval_ranking --known that-file` scores them.

`--dev2` draws the second set (round 2) with its own seed, leaving out the yardstick's and the
first dev set's known items by id only; frozen in bench/labels/known-items-dev2-2026-12-06.json.
`--dev3` draws the third set (round 3) with its own seed, leaving out the yardstick's and both
earlier dev sets' known items by id only; frozen in bench/labels/known-items-dev3-2026-12-06.json.
`--dev4` draws the fourth set (round 4) with its own seed, leaving out the yardstick's and all
three earlier dev sets' known items by id only; frozen in
bench/labels/known-items-dev4-2026-12-06.json.
`--dev5` draws the fifth set (round 5) with its own seed, leaving out the yardstick's and all
four earlier dev sets' known items by id only; frozen in
bench/labels/known-items-dev5-2026-12-06.json.
`--dev6` draws the sixth set (round 6) with its own seed, leaving out the yardstick's and all
five earlier dev sets' known items by id only; frozen in
bench/labels/known-items-dev6-2026-12-07.json.
`--dev7` draws the seventh set (round 12) with its own seed, leaving out the yardstick's and all
six earlier dev sets' known items by id, and also every article any labels or fixtures file
names by id, record id or title (the files pinned for "known-dev7" in bench/label_draws.py);
frozen in bench/labels/known-items-dev7-2026-12-07.json.
`--dev8` draws the eighth set (round 14) as dev7 was, with its own seed and the files pinned for
"known-dev8"; frozen in bench/labels/known-items-dev8-2026-12-07.json.
`--dev9` draws the ninth set (round 16, 25 articles) as dev8 was, with its own seed and the files
pinned for "known-dev9"; frozen in bench/labels/known-items-dev9-2026-12-07.json.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from bench.eval_ranking import whole_articles

DEV_SIZE = 40
BODY_CHARS = 1200
YARDSTICK = Path(__file__).with_name("yardstick") / "needs-2026-12-06.json"
_LABELS = Path(__file__).with_name("labels")
# Each set's seed and frozen file, in the order they were drawn: a set leaves out the yardstick's
# known items and every earlier set's, by id only.
SETS = {
    "dev": (20261216, _LABELS / "known-items-dev-2026-12-06.json"),
    "dev2": (20261227, _LABELS / "known-items-dev2-2026-12-06.json"),
    "dev3": (20261238, _LABELS / "known-items-dev3-2026-12-06.json"),
    "dev4": (20261249, _LABELS / "known-items-dev4-2026-12-06.json"),
    "dev5": (20261250, _LABELS / "known-items-dev5-2026-12-06.json"),
    "dev6": (20261260, _LABELS / "known-items-dev6-2026-12-07.json"),
    "dev7": (20261271, _LABELS / "known-items-dev7-2026-12-07.json"),
    "dev8": (20261284, _LABELS / "known-items-dev8-2026-12-07.json"),
    "dev9": (20261296, _LABELS / "known-items-dev9-2026-12-07.json"),
}
# Sets that also leave out every article a labels or fixtures file names: (flag in
# bench/label_draws.py whose pinned files are read).
APART_FROM_LABELS = {"dev7": "known-dev7", "dev8": "known-dev8", "dev9": "known-dev9"}
SIZES = {"dev7": 30, "dev9": 25}  # sets of another size than DEV_SIZE


def named_by_labels(name: str) -> set[str]:
    """Ids, record ids and titles (lower-cased) that the pinned labels files name."""
    if name not in APART_FROM_LABELS:
        return set()
    from bench.label_draws import DRAWN_APART_FROM
    from bench.make_label_sample import _used_by

    return _used_by(DRAWN_APART_FROM[APART_FROM_LABELS[name]])


def _targets(path: Path) -> set[str]:
    return {item["target"] for item in json.loads(path.read_text("utf-8")).get("known_items", [])}


def draw(out: Path, name: str = "dev") -> None:
    articles = {a.id: a for a in whole_articles()}
    earlier = list(SETS)[:list(SETS).index(name)]
    frozen = _targets(YARDSTICK)
    for other in earlier:
        frozen |= _targets(SETS[other][1])
    seed = SETS[name][0]
    named = named_by_labels(name)
    pool = sorted(i for i, a in articles.items() if i not in frozen and not (
        named and {i, a.title.strip().lower()} & named))
    chosen = random.Random(seed).sample(pool, SIZES.get(name, DEV_SIZE))
    left_out = ", ".join(["yardstick", *earlier])
    lines = [f"{len(chosen)} articles drawn with seed {seed} from {len(pool)} ids "
             f"({len(frozen)} {left_out} known items left out"
             + (", and what the labels files name" if named else "") + ")", ""]
    for number, article_id in enumerate(chosen, start=1):
        a = articles[article_id]
        date = a.published.date().isoformat() if a.published else "no date"
        body = " ".join(a.body[:BODY_CHARS].split())
        lines += [f"=== K{number:02d} {article_id}", f"title: {a.title}",
                  f"date: {date}  source: {a.source}", body, ""]
    out.write_text("\n".join(lines), "utf-8")
    print(f"{len(chosen)} articles written to {out}")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__,
                                      formatter_class=argparse.RawDescriptionHelpFormatter)
    options.add_argument("step", choices=["draw"])
    options.add_argument("--out", type=Path, default=Path("/tmp/known-dev.txt"))
    options.set_defaults(set="dev")
    for name in list(SETS)[1:]:
        options.add_argument(f"--{name}", dest="set", action="store_const", const=name,
                             help=f"the set of round {name[3:]}: its own seed, every earlier "
                                  "set's items left out")
    args = options.parse_args()
    draw(args.out, args.set)


if __name__ == "__main__":
    main()
