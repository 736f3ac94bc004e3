"""What extraction makes of every corpus article, one JSON line each, so that a change meant to
make extraction cheaper can be shown to change nothing.

    .venv/bin/python -m bench.extraction_dump OUT.jsonl    # before, on main
    .venv/bin/python -m bench.extraction_dump NEW.jsonl    # after, on the branch
    cmp OUT.jsonl NEW.jsonl                                 # must print nothing

Each line is `index.extract.pipeline.make_article`'s record (`Article.to_dict()`: officials,
regions, statements, date, government, content hash, ...) without the body, for every draft
of the sources bench.extraction reads (~11,800 articles), in the same order. It also prints the
CPU milliseconds per article that make_article took.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from bench.extraction import CORPUS, SOURCES, read_drafts
from index.extract.pipeline import make_article


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="the JSON lines file to write")
    args = parser.parse_args()
    missing = [name for name in SOURCES if not (CORPUS / name).exists()]
    if missing:
        print(f"the shared corpus is missing: {CORPUS / missing[0]}", file=sys.stderr)
        return 2
    count, seconds = 0, 0.0
    with open(args.out, "w", encoding="utf-8") as out:
        for name in SOURCES:
            for draft in read_drafts(CORPUS / name):
                started = time.process_time()
                article = make_article(draft)
                seconds += time.process_time() - started
                record = article.to_dict()
                del record["body"]
                out.write(json.dumps(record, ensure_ascii=False, default=str, sort_keys=True))
                out.write("\n")
                count += 1
    print(f"{count:,} articles, make_article {seconds / max(count, 1) * 1000:.3f} ms CPU each "
          f"-> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
