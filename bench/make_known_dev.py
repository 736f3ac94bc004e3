"""Draw the unseen known-item dev set (issue 16): 40 articles to be given queries by hand.

    python -m bench.make_known_dev draw [--out /tmp/known-dev.txt]
    python -m bench.make_known_dev draw --dev2 [--out /tmp/known-dev2.txt]
    python -m bench.make_known_dev draw --dev3 [--out /tmp/known-dev3.txt]
    python -m bench.make_known_dev draw --dev4 [--out /tmp/known-dev4.txt]
    python -m bench.make_known_dev draw --dev5 [--out /tmp/known-dev5.txt]

Draws DEV_SIZE articles with `random.Random(DEV_SEED).sample` over the sorted ids of the whole
corpus (everything Kabar indexes from ../shared/corpus), leaving out the ids of the frozen
yardstick's known items (by id only), and writes each one's id, title, date, source and the start
of its body to a file to read. The queries were then written by hand from that file alone, before
any system was run on them, and frozen in bench/labels/known-items-dev-2026-12-06.json (see
bench/labels/README.md); `python -m bench.eval_ranking --known that-file` scores them.

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
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from bench.eval_ranking import whole_articles

DEV_SEED = 20261216
DEV2_SEED = 20261227
DEV3_SEED = 20261238
DEV4_SEED = 20261249
DEV5_SEED = 20261250
DEV_SIZE = 40
BODY_CHARS = 1200
YARDSTICK = Path(__file__).with_name("yardstick") / "needs-2026-12-06.json"
DEV = Path(__file__).with_name("labels") / "known-items-dev-2026-12-06.json"
DEV2 = Path(__file__).with_name("labels") / "known-items-dev2-2026-12-06.json"
DEV3 = Path(__file__).with_name("labels") / "known-items-dev3-2026-12-06.json"
DEV4 = Path(__file__).with_name("labels") / "known-items-dev4-2026-12-06.json"


def _targets(path: Path) -> set[str]:
    return {item["target"] for item in json.loads(path.read_text("utf-8")).get("known_items", [])}


def draw(out: Path, dev2: bool = False, dev3: bool = False, dev4: bool = False,
         dev5: bool = False) -> None:
    articles = {a.id: a for a in whole_articles()}
    frozen = _targets(YARDSTICK)
    if dev2 or dev3 or dev4 or dev5:
        frozen |= _targets(DEV)
    if dev3 or dev4 or dev5:
        frozen |= _targets(DEV2)
    if dev4 or dev5:
        frozen |= _targets(DEV3)
    if dev5:
        frozen |= _targets(DEV4)
    seed = (DEV5_SEED if dev5 else DEV4_SEED if dev4 else DEV3_SEED if dev3
            else DEV2_SEED if dev2 else DEV_SEED)
    pool = sorted(i for i in articles if i not in frozen)
    chosen = random.Random(seed).sample(pool, DEV_SIZE)
    left_out = ("yardstick, dev, dev2, dev3 and dev4" if dev5
                else "yardstick, dev, dev2 and dev3" if dev4
                else "yardstick, dev and dev2" if dev3
                else "yardstick and dev" if dev2 else "yardstick")
    lines = [f"{len(chosen)} articles drawn with seed {seed} from {len(pool)} ids "
             f"({len(frozen)} {left_out} known items left out)", ""]
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
    options.add_argument("--dev2", action="store_true",
                         help="the second set: its own seed, the first set's items left out")
    options.add_argument("--dev3", action="store_true",
                         help="the third set: its own seed, both earlier sets' items left out")
    options.add_argument("--dev4", action="store_true",
                         help="the fourth set: its own seed, all earlier sets' items left out")
    options.add_argument("--dev5", action="store_true",
                         help="the fifth set: its own seed, all earlier sets' items left out")
    args = options.parse_args()
    draw(args.out, args.dev2, args.dev3, args.dev4, args.dev5)


if __name__ == "__main__":
    main()
