"""Make the ranking yardstick: pool the systems' results for blind judging, then freeze.

    python -m bench.make_yardstick pool [--needs NEEDS.json] [--out /work/scratch/pool] [--depth N]
    python -m bench.make_yardstick freeze [--needs NEEDS.json] [--pool /work/scratch/pool]
                                          [--judgments /work/scratch/judgments] [--out FROZEN]

`pool` runs every need of the needs file (default bench/yardstick/needs-2026-12-06.json) through
the pooled systems (Kabar's default search, FTS5 OR, Snowball AND, Snowball OR), takes the union
of each one's top POOL_DEPTH and Kabar's collapsed copies of those, and writes one file per need
(NN.txt: the need, then the pooled articles in a shuffled order under opaque keys k001, k002, ...
with title, date, source and the start of the body) so that a judge cannot tell which system found
what; the key -> article id mapping goes to keys.json, which judges never read.

`freeze` turns the judges' files (NN.json: {"k001": 2, "k002": 0, ...}, grades 0/1/2) into the
frozen yardstick bench/yardstick/ranking-2026-12-06.json: article ids and grades only, no text.
Another set (e.g. the dev set bench/labels/ranking-dev-needs-2026-12-06.json) is pooled and frozen
the same way with --needs and --out; `pool` records the commit it ran in about.json beside the pool
files, and `freeze` names it. A needs file may have no known items.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

from bench.eval_ranking import FROZEN, Systems, whole_articles

NEEDS = Path(__file__).with_name("yardstick") / "needs-2026-12-06.json"
POOLED = ("Kabar", "FTS5 OR", "Snowball AND", "Snowball OR")
POOL_DEPTH = 15
BODY_CHARS = 900
SEED = 20261206
SCRATCH = Path("/work/scratch")
JUDGING = ("Each need's pool judged in one pass on 2026-12-06 by one judge, the session that wrote "
           "the needs (so each description was applied by its author; no second judge, agreement "
           "not measured), reading only the pool file: the need's query and description, then "
           "the pooled articles shuffled under opaque keys with title, date, source and the first "
           "900 characters of the body; which system found an article was never shown and no "
           "system's scores were looked at before all 45 needs were judged. Grades: 2 = relevant, "
           "1 = partly relevant, 0 = not relevant, as the description defines; judged from what "
           "the pool file shows (feed items show only their teaser).")


def pool(out: Path, needs_file: Path | None = None, depth: int = POOL_DEPTH) -> None:
    needs_file = needs_file or NEEDS
    spec = json.loads(needs_file.read_text("utf-8"))
    articles = whole_articles()
    by_id = {a.id: a for a in articles}
    systems = Systems(articles)
    out.mkdir(parents=True, exist_ok=True)
    keys: dict[str, dict[str, str]] = {}
    sizes = []
    for number, need in enumerate(spec["needs"], start=1):
        pooled: set[str] = set()
        for name in POOLED:
            for ids in systems.run[name](need["query"], depth):
                pooled |= ids
        order = sorted(pooled)
        random.Random(f"{SEED}-{number}").shuffle(order)
        mapping = {f"k{n:03d}": i for n, i in enumerate(order, start=1)}
        keys[f"{number:02d}"] = mapping
        sizes.append(len(mapping))
        lines = [f"need {number:02d} ({need['id']}): {need['query']}",
                 f"description: {need['description']}",
                 f"grade each key 0/1/2 into judgments/{number:02d}.json, "
                 f'e.g. {{"k001": 2, "k002": 0}}; {len(mapping)} articles', ""]
        for key, article_id in mapping.items():
            a = by_id[article_id]
            date = a.published.date().isoformat() if a.published else "no date"
            body = " ".join(a.body[:BODY_CHARS].split())
            lines += [f"=== {key}", f"title: {a.title}", f"date: {date}  source: {a.source}",
                      body, ""]
        (out / f"{number:02d}.txt").write_text("\n".join(lines), "utf-8")
    (out / "keys.json").write_text(json.dumps(keys, ensure_ascii=False, indent=1), "utf-8")
    about = {"needs": str(needs_file), "commit": _commit(), "depth": depth}
    (out / "about.json").write_text(json.dumps(about, indent=1), "utf-8")
    print(f"{len(sizes)} pool files in {out}: {sum(sizes)} articles to judge, "
          f"{min(sizes)}-{max(sizes)} per need")


def _commit() -> str:
    """The commit the pooled Kabar ran at (with '+changes' if the worktree was not clean)."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], capture_output=True, text=True,
                              cwd=Path(__file__).parent).stdout.strip()
    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + ("+changes" if git("status", "--porcelain", "--", "search", "index") else "")


def freeze(pool_folder: Path, judgments: Path, target: Path,
           needs_file: Path | None = None, judging: str | None = None) -> None:
    spec = json.loads((needs_file or NEEDS).read_text("utf-8"))
    keys = json.loads((pool_folder / "keys.json").read_text("utf-8"))
    needs = []
    incomplete = []
    for number, need in enumerate(spec["needs"], start=1):
        path = judgments / f"{number:02d}.json"
        mapping = keys[f"{number:02d}"]
        graded: dict[str, int] = {}
        if path.exists():
            given = json.loads(path.read_text("utf-8"))
            unknown = sorted(set(given) - set(mapping))
            bad = {k: g for k, g in given.items() if g not in (0, 1, 2)}
            if unknown or bad:
                sys.exit(f"{path}: keys not in the pool {unknown[:5]} or grades not 0/1/2 "
                         f"{list(bad.items())[:5]}")
            graded = dict(sorted((mapping[k], g) for k, g in given.items()))
            if len(given) < len(mapping):
                incomplete.append(f"{number:02d} ({len(given)}/{len(mapping)})")
        else:
            incomplete.append(f"{number:02d} (none)")
        needs.append({**need, "judgments": graded})
    frozen = {key: value for key, value in spec.items() if key not in ("needs", "known_items")}
    about_file = pool_folder / "about.json"
    about = json.loads(about_file.read_text("utf-8")) if about_file.exists() else {}
    ran_at = (f"Kabar = {about['commit']}" if about
              else "Kabar = main at 7bde736 before any ranking change")
    depth = about.get("depth", POOL_DEPTH)
    frozen.update({
        "pool": f"union of the top {depth} of {', '.join(POOLED)} for each need, plus the "
                f"copies Kabar collapsed into those hits; {ran_at}; the same articles in every "
                "system",
        "judging": judging or JUDGING.replace("45 needs", f"{len(needs)} needs"),
        "judged_needs": sum(bool(n["judgments"]) for n in needs),
        "judgments": sum(len(n["judgments"]) for n in needs),
        "needs": needs,
        "known_items": spec.get("known_items", []),
    })
    target.write_text(json.dumps(frozen, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{target}: {frozen['judged_needs']} judged needs, {frozen['judgments']} judgments")
    if incomplete:
        print(f"not (fully) judged: {', '.join(incomplete)}")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__,
                                      formatter_class=argparse.RawDescriptionHelpFormatter)
    steps = options.add_subparsers(dest="step", required=True)
    make_pool = steps.add_parser("pool", help="write the pool files for blind judging")
    make_pool.add_argument("--needs", type=Path, default=NEEDS, help="the needs file to pool")
    make_pool.add_argument("--out", type=Path, default=SCRATCH / "pool")
    make_pool.add_argument("--depth", type=int, default=POOL_DEPTH,
                           help=f"how many of each system's results to pool (default {POOL_DEPTH})")
    make_frozen = steps.add_parser("freeze", help="judgments -> the frozen yardstick")
    make_frozen.add_argument("--needs", type=Path, default=NEEDS, help="the needs file pooled")
    make_frozen.add_argument("--pool", type=Path, default=SCRATCH / "pool")
    make_frozen.add_argument("--judgments", type=Path, default=SCRATCH / "judgments")
    make_frozen.add_argument("--out", type=Path, default=FROZEN)
    make_frozen.add_argument("--judging",
                             help="how the pool was judged, if not as the yardstick was")
    args = options.parse_args()
    if args.step == "pool":
        pool(args.out, args.needs, args.depth)
    else:
        freeze(args.pool, args.judgments, args.out, args.needs, args.judging)


if __name__ == "__main__":
    main()
