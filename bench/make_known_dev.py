"""Draw the unseen known-item dev set (issue 16): 40 articles to be given queries by hand.

    python -m bench.make_known_dev draw [--out /tmp/known-dev.txt]

Draws DEV_SIZE articles with `random.Random(DEV_SEED).sample` over the sorted ids of the whole
corpus (everything Kabar indexes from ../shared/corpus), leaving out the ids of the frozen
yardstick's known items (by id only), and writes each one's id, title, date, source and the start
of its body to a file to read. The queries were then written by hand from that file alone, before
any system was run on them, and frozen in bench/labels/known-items-dev-2026-12-06.json (see
bench/labels/README.md); `python -m bench.eval_ranking --known that-file` scores them.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from bench.eval_ranking import whole_articles

DEV_SEED = 20261216
DEV_SIZE = 40
BODY_CHARS = 1200
YARDSTICK = Path(__file__).with_name("yardstick") / "needs-2026-12-06.json"


def draw(out: Path) -> None:
    articles = {a.id: a for a in whole_articles()}
    frozen = {item["target"] for item in
              json.loads(YARDSTICK.read_text("utf-8")).get("known_items", [])}
    pool = sorted(i for i in articles if i not in frozen)
    chosen = random.Random(DEV_SEED).sample(pool, DEV_SIZE)
    lines = [f"{len(chosen)} articles drawn with seed {DEV_SEED} from {len(pool)} ids "
             f"({len(frozen)} yardstick known items left out)", ""]
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
    args = options.parse_args()
    draw(args.out)


if __name__ == "__main__":
    main()
